// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimConfig.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"
#include "sim/SimRouter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>

class Clock;
class HttpFrontend;
class SimAdherence;
class SimApi;
class SimAuth;
class SimCompetitor;
class SimFaults;
class SimNotificationHub;
class SimOrganisation;
class SimQueueApi;
class SimRateLimiter;
class SimWebhookSink;
struct SimToken;

// A simulated Genesys Cloud organisation served over HTTP and WebSocket on 127.0.0.1: OAuth, the Platform
// API subset StatusDesk uses, the Status API with ETags, notifications, faults, a competing supervisor and
// a webhook sink. The in-process controls below exist over HTTP under /sim/ as well.
//
// Every time the simulator knows (token lifetimes, authorization codes, channel expiry, heartbeats, rate
// windows, modifiedDate stamps, the competitor's pace, latencies, the sink's records) comes from one Clock,
// given here: the system clock by default, a ManualClock in tests, so that a day of channel life or an
// expired token is a test of milliseconds.
class SimServer : public QObject
{
    Q_OBJECT

public:
    // `clock` (nullptr: the system clock) must outlive the server.
    explicit SimServer(const SimConfig &config, Clock *clock = nullptr, QObject *parent = nullptr);
    ~SimServer() override;

    quint16 listen(quint16 port = 0); // 0 on failure
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    const SimConfig &config() const { return m_config; }
    Clock *clock() const { return m_clock; }
    SimOrganisation *organisation() const { return m_org; }
    SimAdherence *adherence() const { return m_adherence; }
    // Answers one request in-process as if it had come over HTTP (the request fuzzer's way in).
    SimResponse respond(const SimRequest &request) { return handle(request); }

    // In-process controls for tests.
    QString changeAgentAsCompetitor(const QString &userId = QString());
    void setCompetitorRate(double perMinute);
    int revokeAllTokens();
    int closeAllSockets();
    int sendSocketClosing();
    // The next `count` requests for method and path (exact, or a prefix ending in '*') get `status`.
    void failNext(const QByteArray &method, const QString &path, int status, int count = 1);
    void dropNext(const QByteArray &method, const QString &path, int count = 1);
    // The next `count` matching requests are carried out, then answered with `status` (0: their real
    // answer), or dropped (`drop`), `delayMs` late: the server did the work and the client cannot know.
    void failAfterApplying(
        const QByteArray &method, const QString &path, int status, int count = 1, bool drop = false, int delayMs = 0);
    void clearFaults(); // every scripted fault (DELETE /sim/faults)
    // Stopped: the notification sockets get no heartbeats and no pong; events still flow.
    void setHeartbeatsStopped(bool stopped);
    // Moves the simulator's clock `milliseconds` forward when it is a ManualClock (tests, or
    // statusdesk-sim --movable-clock), firing what falls due; false, and nothing moved, otherwise.
    bool advanceClock(qint64 milliseconds);
    void setLatency(int minMs, int maxMs);
    void setFailRate(double fraction);
    void setRateLimit(int perMinute);
    void setTokenTtl(int seconds);
    void setQueueApplyDelay(int milliseconds); // how late a PATCH of user queues takes effect
    // The next `count` deliveries to the sink `name` are answered with `status` (0: stall, never answer).
    void failWebhooks(const QString &name, int status, int count = 1);
    QJsonArray webhookDeliveries(const QString &name) const;
    int connectedSockets() const;
    // API and token requests since start or the last reset, fault-injected answers included, /sim/*
    // not: what the benchmarks compare clients by.
    qint64 requestsServed() const { return m_requestsServed; }
    qint64 answered429() const { return m_answered429; }
    // The same count per "METHOD /path" (the path as requested, without its query).
    QJsonObject requestsByPath() const;
    void resetCounters();

Q_SIGNALS:
    void webhookDelivered(const QString &name, int answeredStatus);
    void notificationSocketAttached(const QString &channelId);

private:
    SimResponse handle(SimRequest request);
    SimResponse dispatch(SimRequest &request);
    SimResponse route(SimRequest &request, bool api);
    static QString rateKey(const SimToken &token); // whose budget a request counts against
    void finish(SimResponse &response, const SimRequest &request) const;
    void registerControlRoutes();
    void count(const SimRequest &request, const SimResponse &response);

    SimConfig m_config;
    Clock *m_clock; // first: every part below is built on it
    quint16 m_port = 0;
    HttpFrontend *m_frontend;
    SimOrganisation *m_org;
    SimAuth *m_auth;
    SimNotificationHub *m_hub;
    SimWebhookSink *m_sink;
    SimCompetitor *m_competitor;
    std::unique_ptr<SimRateLimiter> m_limiter;
    std::unique_ptr<SimFaults> m_faults;
    std::unique_ptr<SimApi> m_api;
    std::unique_ptr<SimQueueApi> m_queueApi;
    SimAdherence *m_adherence;
    SimRouter m_router;
    qint64 m_requestsServed = 0;
    qint64 m_answered429 = 0;
    QHash<QString, qint64> m_requestsByPath;
};
