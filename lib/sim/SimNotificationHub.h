// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClockTimer.h"
#include "sim/SimResponse.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

class Clock;
class QWebSocket;
class SimOrganisation;

// Notification channels: REST side (channels, subscriptions with per-topic state, limits) and the
// WebSocket side (events in the {topicName, version, eventBody, metadata} envelope, heartbeats, pong,
// socket_closing). Expiry and heartbeats run on the simulator's clock.
class SimNotificationHub : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxChannelsPerClient = 20;
    static constexpr int kMaxTopicsPerChannel = 1000;
    static constexpr quint64 kMaxIncomingMessageBytes = 64 * 1024;
    // A client that does not read (its pongs, its events) is dropped once this much waits to be
    // sent to it, instead of the simulator buffering without bound.
    static constexpr qint64 kMaxOutgoingBacklogBytes = 1024 * 1024;

    // A channel lives this long (unless its token ends first), as on Genesys Cloud.
    static constexpr int kChannelLifetimeSeconds = 24 * 3600;

    SimNotificationHub(SimOrganisation *org, int heartbeatSeconds, Clock *clock, QObject *parent = nullptr);
    ~SimNotificationHub() override;

    void setWebSocketBase(const QString &base) { m_wsBase = base; } // ws://127.0.0.1:PORT
    // The channel closes when the token expires or is revoked, or after 24 hours.
    // `owner`: whose channels these are, as Genesys counts them (per user and OAuth client for a signed-in
    // user, per OAuth client for client credentials): see ownerOf(). The cap and every lookup are per owner.
    static QString ownerOf(const QString &clientId, const QString &userId);
    SimResponse createChannel(
        const QString &owner, const QString &clientId, const QString &token, const QDateTime &tokenExpires);
    SimResponse listChannels(const QString &owner) const;
    bool channelExists(const QString &channelId, const QString &owner) const;
    // `permissions`: the caller's (empty grants every one); a topic whose requiredPermissions() the
    // caller lacks is rejected, naming them, and fails the request unless ignoreErrors is set.
    SimResponse subscribe(const QString &channelId, const QString &owner, const QByteArray &body, bool replace,
        bool ignoreErrors, const QStringList &permissions = {});
    // What a topic pattern (v2.users.{id}.presence, ...) requires. Not verified for Genesys: the simulator
    // assumes the view permissions of what each topic carries.
    static QStringList requiredPermissions(const QString &topic);
    SimResponse subscriptions(const QString &channelId, const QString &owner) const;
    SimResponse unsubscribeAll(const QString &channelId, const QString &owner);

    void attach(QWebSocket *socket); // takes ownership
    int sendSocketClosing(); // to every connected channel; returns how many got it
    int closeAllSockets();
    void closeChannelsOfTokens(const QStringList &tokens);
    int connectedSockets() const;
    // Stopped: no heartbeats and no pong (a socket that went quiet without closing); events still flow.
    void setHeartbeatsStopped(bool stopped);
    bool heartbeatsStopped() const { return m_heartbeatsStopped; }

Q_SIGNALS:
    void socketAttached(const QString &channelId);

private:
    struct Channel
    {
        QString id;
        QString owner;
        QString clientId;
        QString token;
        QDateTime expires;
        QDateTime tokenExpires;
        mutable qint64 lastUsed = 0; // reading a channel counts as using it
        QStringList topics;
        QPointer<QWebSocket> socket;
    };
    void publish(const QString &userId, bool presenceChanged, bool routingChanged);
    void sendHeartbeats();
    void removeExpiredChannels();
    void send(Channel &channel, const QString &topic, const QJsonObject &body);
    void removeChannel(const QString &channelId);
    // A topic of the form availabletopics lists (any user id).
    static bool isTopicOfCatalogue(const QString &topic);
    QJsonObject topicState(const QString &topic, QString *rejection, const QStringList &permissions = {},
        bool *forPermission = nullptr) const;
    static QJsonObject channelJson(const Channel &channel);
    Channel *owned(const QString &channelId, const QString &owner);
    const Channel *owned(const QString &channelId, const QString &owner) const;

    SimOrganisation *m_org;
    Clock *m_clock;
    QString m_wsBase;
    QHash<QString, Channel> m_channels;
    QHash<QString, QSet<QString>> m_topicIndex; // topic -> channel ids
    ClockTimer m_heartbeat;
    ClockTimer m_expiry;
    mutable qint64 m_useCounter = 0;
    bool m_heartbeatsStopped = false;
};
