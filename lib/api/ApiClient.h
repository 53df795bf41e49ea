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
// bearer token, JSON, a timeout on every attempt, http:// only to loopback, a limiter that keeps
// to the server's budget (below) and that a 429 pauses for everyone, retries with bounded exponential
// backoff (full jitter), typed errors, and request metrics. Everything is asynchronous. Its own timers
// (limiter, 429 pause, backoff, attempt timeouts) and its latency figures run on `clock` (null: the real
// one); give the token provider the same clock.
//
// The limiter: Genesys allows N requests per minute (per token, or per user and app), so the client
// allows N (ApiClientOptions::requestsPerMinute) in any rolling 60 s, all at once if they come at once.
// Every attempt counts, retries too, from the moment it leaves until 60 s after its answer (or its
// failure) arrived: the server counted it somewhere in between, so whatever way the server cuts its
// minute, no 60 s of its count holds more than N of ours. A third of the budget is kept for writes:
// a read leaves only while the window holds fewer than two thirds of N reads (readShare()) and fewer
// than N requests, a write while it holds fewer than N requests, and a queued write goes before
// queued reads. The request's fields:
// - kind: Auto counts GET as a read and every other method as a write; Read and Write say it
//   outright (a compare read made for a write says Write, so a write never waits behind the reads).
// - budgetCost: the budget its first attempt takes when it leaves (at least 1, at most the budget
//   its kind may use). A compare read takes 2: its own and the one of the write that follows it.
// - prepaid: its first attempt uses a share taken by an earlier request's budgetCost (the oldest one
//   still unclaimed; a share unclaimed 60 s after its request's answer lapses). It is held neither
//   by the limiter nor by the parallel cap: it leaves on the next turn of the event loop, before
//   everything queued. A 429 pause holds it (the server would refuse it too); it leaves first when the
//   pause ends. A prepaid request with no share to claim still leaves at once and is counted.
//   Its retries, like every retry, are ordinary requests of their kind costing 1.
// A 429 pauses everything for its Retry-After. When the server refused while the count said there
// was room (another client on the same budget, or a lower limit than the profile's) and its
// Retry-After is explained by our own requests, the budget is lowered to the requests the server had
// accepted in the window, so that the pause is not followed by a second 429; it grows back by a tenth
// of requestsPerMinute each minute after the first. A Retry-After much shorter than our window (a
// count that is not ours) is only waited for.
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
    int requestsLeftPerMinute() const; // the budget less the requests in the rolling window now
    int budgetPerMinute() const; // requestsPerMinute, or less while a 429 has lowered it
    int readShare() const; // the part of the budget reads may use (two thirds)
    QDateTime tokenExpiresAt() const;
    bool isSlowedDown() const; // a 429 pause is in force
    int queuedRequests() const { return static_cast<int>(m_queue.size() + m_prepaidQueue.size()); }
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
        QJsonDocument json; // the body parsed once, by bodyError(); null otherwise
        bool parsed = false;
        ApiError error; // bodyError()'s verdict, when it ran on another thread
    };
    // Bodies from this size on are parsed on a pool thread.
    static constexpr qsizetype kParseOnThreadBytes = 64 * 1024;
    void parseOffThread(RequestId id, Answer answer);

    ApiError tooLargeError() const;
    ApiReply *sendBody(const QByteArray &method, const QString &path, const QJsonDocument &body);
    void enqueueNew(RequestId id);
    void schedulePump(int delayMs);
    void pump();
    // The budget: every attempt's use of the window, and what a 429 taught about it.
    struct BudgetUse
    {
        RequestId owner = 0;
        qint64 sentAt = 0;
        qint64 until = 0; // on m_clock's monotonicMs(); kInFlight while its attempt waits for an answer
        bool write = false;
        bool reserved = false; // a share for a prepaid request, not yet claimed
        bool refused = false; // answered 429
    };
    static bool isWrite(const ApiRequest &request);
    int usedNow(bool readsOnly) const;
    int costOf(const Pending *pending) const;
    bool admits(const Pending *pending) const;
    RequestId takeNext(); // the next request the limiter lets go, out of the queue; 0: none
    void charge(Pending *pending);
    void release(RequestId id, bool refused);
    void learnFromRefusal(const Pending *pending, int retryAfterSeconds);
    void expireUses();
    void onBudgetTimer();
    void notifyBudget();
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
    static ApiError bodyError(Answer &answer);
    void retryLater(Pending *pending, int delayMs);
    void finish(Pending *pending, const Answer &answer, const ApiError &error);
    void cancel(RequestId id);
    void abortNetwork(Pending *pending);
    void pauseAll(int delayMs);
    void onTokenRenewed();
    void onTokenFailed(const ApiError &error);
    int backoffDelay(int attempt) const;
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
    QQueue<RequestId> m_prepaidQueue; // prepaid first attempts: only the pause or the token holds them
    QList<RequestId> m_waitingForToken;
    int m_inFlight = 0;
    QList<BudgetUse> m_uses; // the rolling window, oldest first
    int m_learnedBudget = 0; // 0: none; otherwise what the server allowed when it refused us
    qint64 m_learnedAt = 0; // on m_clock's monotonicMs(), as is the pause
    qint64 m_pausedUntil = 0; // nothing is sent before (429)
    int m_budgetShown = -1; // the last requestsLeftPerMinute() budgetChanged carried
    ClockTimer *m_pumpTimer = nullptr;
    ClockTimer *m_budgetTimer = nullptr; // when the next use leaves the window
};
