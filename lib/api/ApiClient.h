// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiClientOptions.h"
#include "api/ApiReply.h"
#include "api/ApiRequest.h"
#include "api/Region.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQueue>

#include <memory>
#include <unordered_map>

class Clock;
class ClockTimer;
class MetricsRegistry;
class QNetworkAccessManager;
class QNetworkReply;
class TokenProvider;

// The request pipeline and the one owner of the QNetworkAccessManager for the Genesys API:
// bearer token, JSON, a timeout on every attempt, http:// only to loopback, a token-bucket limiter
// that 429 pauses for everyone, retries with bounded exponential backoff (full jitter), typed errors,
// and request metrics. Everything is asynchronous. Its own timers (limiter, 429 pause, backoff,
// attempt timeouts) and its latency figures run on `clock` (null: the real one); give the token
// provider the same clock.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(const Region &region, TokenProvider *tokens, Clock *clock = nullptr, QObject *parent = nullptr);
    ~ApiClient() override;

    Clock *clock() const { return m_clock; }

    void setOptions(const ApiClientOptions &options);
    ApiClientOptions options() const { return m_options; }
    void setMetrics(MetricsRegistry *metrics); // nullable; not owned
    Region region() const { return m_region; }
    TokenProvider *tokenProvider() const { return m_tokens; }
    // For the token providers (login host) and nobody else.
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // Queues a request; the reply's finished() always comes later (never inside this call).
    ApiReply *send(const ApiRequest &request);
    ApiReply *get(const QString &path, const QUrlQuery &query = QUrlQuery());
    ApiReply *post(const QString &path, const QJsonDocument &body = QJsonDocument());
    ApiReply *put(const QString &path, const QJsonDocument &body);
    ApiReply *patch(const QString &path, const QJsonDocument &body);

    // What the status bar shows.
    int requestsLeftPerMinute() const; // tokens left in the limiter now
    QDateTime tokenExpiresAt() const;
    bool isSlowedDown() const; // a 429 pause is in force
    int queuedRequests() const { return static_cast<int>(m_queue.size()); }
    int inFlightRequests() const { return m_inFlight; }

    // True when `url` may be used: https, or http to 127.0.0.0/8, ::1 or localhost.
    static bool isAllowedUrl(const QUrl &url);

signals:
    // A 429 (or the server slowing us) paused all requests for delayMs.
    void rateLimited(int delayMs);
    void budgetChanged(int requestsLeftPerMinute);
    void tokenExpiryChanged(const QDateTime &expiresAt);
    // Every finished attempt, for logs and metrics views: method, path, status (0: no answer), ms.
    void requestFinished(const QByteArray &method, const QString &path, int httpStatus, qint64 elapsedMs);

private:
    // Every request is known by its id: queues hold ids, and callbacks that run later (retries,
    // timeouts, network replies) carry the id and look the request up, so that one finished or
    // cancelled meanwhile is simply not found.
    using RequestId = quint64;
    struct Pending;
    struct Answer
    {
        int status = 0; // 0: no HTTP answer
        QByteArray body;
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };

    ApiError tooLargeError() const;
    ApiReply *sendBody(const QByteArray &method, const QString &path, const QJsonDocument &body);
    void schedulePump(int delayMs);
    void pump();
    void refillBucket();
    Pending *find(RequestId id) const; // null once finished
    bool ensureToken(Pending *pending);
    void failWriteIfStillWaiting(RequestId id);
    void startAttempt(Pending *pending);
    void onTimeout(RequestId id);
    void onAttemptFinished(Pending *pending);
    void onTransportError(Pending *pending, const Answer &answer, const QString &errorString, bool canRetry);
    void onUnauthorized(Pending *pending);
    void onRateLimited(Pending *pending, const Answer &answer, bool canRetry);
    ApiError httpError(const Answer &answer) const;
    static ApiError bodyError(const Answer &answer);
    void retryLater(Pending *pending, int delayMs);
    void finish(Pending *pending, const Answer &answer, const ApiError &error);
    void cancel(RequestId id);
    void abortNetwork(Pending *pending);
    void pauseAll(int delayMs);
    void onTokenRenewed();
    void onTokenFailed(const ApiError &error);
    int backoffDelay(int attempt) const;
    void recordSent();
    void countRequest(const QByteArray &method, int status);

    Region m_region;
    TokenProvider *m_tokens = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    MetricsRegistry *m_metrics = nullptr;
    ApiClientOptions m_options;

    Clock *m_clock;
    std::unordered_map<RequestId, std::unique_ptr<Pending>> m_pending; // every request not yet finished
    RequestId m_lastId = 0;
    QQueue<RequestId> m_queue; // waiting for the limiter, the pause or a free slot
    QList<RequestId> m_waitingForToken;
    int m_inFlight = 0;
    double m_bucket = 0;
    qint64 m_bucketRefilledAt = 0; // on m_clock's monotonicMs(), as are the two below
    qint64 m_pausedUntil = 0; // nothing is sent before (429)
    QQueue<qint64> m_sentTimes; // the sends of the last minute
    ClockTimer *m_pumpTimer = nullptr;
};
