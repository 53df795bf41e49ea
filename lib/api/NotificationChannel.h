// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ActivityEvent.h"
#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

class ApiClient;
class ApiReply;
class Clock;
class ClockTimer;
class QWebSocket;

// Live updates over Genesys notification channels: POST /api/v2/notifications/channels, open the
// connectUri WebSocket, subscribe the agents' topics (at most 1000 per channel; more channels as
// needed). Watches heartbeats (sends {"message":"ping"} when quiet, reconnects when nothing comes),
// reconnects with backoff and resubscribes, follows v2.system.socket_closing, and keeps the channel past
// its `expires` (24 h on Genesys) by subscribing its topics again before then, which starts its lifetime
// again; only when that fails does it open a new channel. After any interruption it emits gap():
// whoever keeps state re-reads it (gapFor() names the users concerned). Before subscribing it reads
// the topic catalogue (availabletopics, with requiresPermissions) once and drops topic kinds the server
// does not offer; topics the server rejects (a missing permission, an unknown user) leave their users
// without push: isPushed() is false for them and missingPermissions() says why. The limits (kTopicsPerChannelLimit,
// kChannelLifetimeHours, the extension by re-subscribing) come from third-party quotes of Genesys' notifications page.
// Heartbeats, reconnect delays and channel expiry run on the client's clock.
class NotificationChannel : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Connecting, Live, Reconnecting };
    Q_ENUM(State)

    explicit NotificationChannel(ApiClient *client, QObject *parent = nullptr);
    ~NotificationChannel() override;

    // Which topics per user: "activity" (default: presence and routing status in one topic), or
    // "presence" + "routingStatus".
    void setTopicKinds(const QStringList &kinds);
    static constexpr int kTopicsPerChannelLimit = 1000;
    // A channel's lifetime; used when a server's answer names no `expires`.
    static constexpr int kChannelLifetimeHours = 24;
    void setTopicsPerChannel(int limit) { m_topicsPerChannel = limit; } // default kTopicsPerChannelLimit
    // A user and app hold at most 20 channels on Genesys; the 21st would evict the oldest (a channel of
    // ours). Users whose topics do not fit get no push: usersWithoutPush() names them.
    static constexpr int kChannelsLimit = 20;
    void setMaxChannels(int limit) { m_maxChannels = limit; } // default kChannelsLimit
    void setHeartbeatTimeoutMs(int ms) { m_heartbeatTimeoutMs = ms; } // default 75 s
    void setReconnectDelayMs(int firstMs, int maxMs);
    void setRenewBeforeExpiryMs(int ms) { m_renewBeforeExpiryMs = ms; } // default 10 min

    // Subscribes these users (replaces the previous set) and goes live.
    void start(const QStringList &userIds);
    void stop();

    State state() const { return m_state; }
    int channelCount() const;
    QStringList topicsFor(const QString &userId) const;
    // The users of start() whose topics did not fit in the channels allowed: their rows need polling.
    QStringList usersWithoutPush() const { return m_usersWithoutPush; }
    QDateTime lastMessageAt() const { return m_lastMessageAt; }
    // True while this user's topics are subscribed, permitted and on a live channel: events for the
    // user arrive. False for users rejected, without a channel, or on a channel that is down.
    bool isPushed(const QString &userId) const;
    bool isRejected(const QString &userId) const;
    // The users whose topics the server rejected in the last subscriptions.
    int rejectedCount() const;
    // The permissions the server named for rejected topics, and what the topic catalogue says a topic
    // kind requires (empty until read).
    QStringList missingPermissions() const;
    QStringList requiredPermissions(const QString &kind) const { return m_requiredPermissions.value(kind); }

signals:
    void stateChanged(NotificationChannel::State state);
    void activity(const ActivityEvent &event);
    // Events may have been missed (connect, reconnect, new channel): re-read the roster.
    void gap();
    // The same, naming the users whose events may have been missed (a channel's users).
    void gapFor(const QStringList &userIds);
    // isPushed() may have changed for some users (a channel up or down, topics rejected).
    void coverageChanged();
    void error(const ApiError &error);

private:
    struct Channel;

    void readTopicCatalogue();
    void onTopicCatalogue(const ApiReply *reply);
    void openChannels();
    void openChannel(int index);
    void onChannelCreated(int index, const ApiReply *reply);
    void connectSocket(int index);
    void subscribe(int index);
    ApiRequest subscriptionRequest(const Channel &channel) const;
    void extend(int index); // re-subscribes before `expires`, then reads the new `expires` back
    void onExtended(int index, const ApiReply *reply);
    void takeRejectedTopics(int index, const ApiReply *reply);
    void onTextMessage(int index, const QString &message);
    void onSocketClosed(int index, QWebSocket *socket);
    void scheduleReconnect(int index, bool newChannel);
    void watch();
    void setState(State state);
    void updateState();
    void teardown(Channel *channel);
    void fail(int index, const ApiError &error, bool newChannel);
    qint64 now() const; // on m_clock's monotonicMs()

    ApiClient *m_client = nullptr;
    Clock *m_clock;
    QStringList m_topicKinds;
    QStringList m_activeKinds; // m_topicKinds less those the topic catalogue does not offer
    bool m_catalogueRead = false;
    QHash<QString, QStringList> m_requiredPermissions; // topic kind -> permissions, from the catalogue
    QHash<QString, int> m_channelOf; // user id -> channel index
    QStringList m_missingPermissions;
    int m_topicsPerChannel = kTopicsPerChannelLimit;
    int m_maxChannels = kChannelsLimit;
    QStringList m_usersWithoutPush;
    int m_heartbeatTimeoutMs = 75000;
    int m_reconnectFirstMs = 1000;
    int m_reconnectMaxMs = 60000;
    int m_renewBeforeExpiryMs = 600000;
    QStringList m_userIds;
    QVector<Channel *> m_channels;
    State m_state = State::Stopped;
    QDateTime m_lastMessageAt;
    ClockTimer *m_watchdog = nullptr;
    quint64 m_generation = 0; // bumped by start/stop so that late answers are ignored
};
