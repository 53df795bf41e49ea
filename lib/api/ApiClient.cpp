// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/TokenProvider.h"
#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "metrics/MetricsRegistry.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

constexpr qint64 kMinuteMs = 60000;

bool isTransportError(QNetworkReply::NetworkError error)
{
    // Below 100: connection, TLS, proxy-less transport and our own abort (timeout).
    return error != QNetworkReply::NoError && static_cast<int>(error) < 100;
}

QHash<QByteArray, QByteArray> headersOf(const QNetworkReply *reply)
{
    QHash<QByteArray, QByteArray> headers;
    const QList<QNetworkReply::RawHeaderPair> pairs = reply->rawHeaderPairs();
    for (const auto &pair : pairs)
        headers.insert(pair.first.toLower(), pair.second);
    return headers;
}

} // namespace

struct ApiClient::Pending
{
    Pending(RequestId id, const ApiRequest &request, ApiReply *reply, Clock *clock, QObject *timerParent)
        : id(id)
        , request(request)
        , reply(reply)
        , startedAt(clock->monotonicMs())
        , timeout(new ClockTimer(clock, timerParent))
    {
        timeout->setSingleShot(true);
    }
    ~Pending()
    {
        // Later, not now: a request may finish from inside its own timer's timeout().
        timeout->stop();
        timeout->deleteLater();
    }
    Pending(const Pending &) = delete;
    Pending &operator=(const Pending &) = delete;

    const RequestId id;
    ApiRequest request;
    QPointer<ApiReply> reply;
    QNetworkReply *network = nullptr; // the attempt in flight
    qint64 startedAt; // on the client's clock
    qint64 attemptStartedAt = 0; // when the attempt in flight left
    qint64 wireMs = 0; // the attempts' time on the wire, added up
    ClockTimer *timeout; // the attempt's; owned (deleted with the request)
    int attempts = 0;
    int retries = 0;
    bool renewedAfter401 = false;
    QString tokenUsed; // to tell a stale token's 401 from a fresh one's
    bool timedOut = false;
    bool tooLarge = false;
};

ApiClient::ApiClient(const Region &region, TokenProvider *tokens, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_region(region)
    , m_tokens(tokens)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock(Clock::orSystem(clock))
    , m_pumpTimer(new ClockTimer(m_clock, this))
{
    m_bucket = m_options.burst;
    m_bucketRefilledAt = m_clock->monotonicMs();
    // Genesys redirects none of these calls; following one would carry the bearer token (or, for the
    // token providers sharing this manager, the client secret) to whatever address it names.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &ClockTimer::timeout, this, &ApiClient::pump);
    if (m_tokens) {
        if (m_tokens->clock() != m_clock)
            qCWarning(lcApi) << "the token provider runs on another clock than its ApiClient";
        m_tokens->setNetworkAccessManager(m_nam);
        connect(m_tokens, &TokenProvider::renewed, this, &ApiClient::onTokenRenewed);
        connect(m_tokens, &TokenProvider::failed, this, &ApiClient::onTokenFailed);
        connect(m_tokens, &TokenProvider::expiryChanged, this, &ApiClient::tokenExpiryChanged);
    }
}

ApiClient::~ApiClient()
{
    auto all = std::move(m_pending);
    m_pending.clear();
    for (auto &entry : all) {
        if (QNetworkReply *network = entry.second->network) {
            network->disconnect(this);
            network->abort();
            network->deleteLater();
        }
    }
}

ApiClient::Pending *ApiClient::find(RequestId id) const
{
    const auto it = m_pending.find(id);
    return it == m_pending.end() ? nullptr : it->second.get();
}

void ApiClient::setOptions(const ApiClientOptions &options)
{
    m_options = options;
    m_options.burst = std::max(1, m_options.burst);
    m_options.requestsPerMinute = std::max(1, m_options.requestsPerMinute);
    m_options.maxParallel = std::max(1, m_options.maxParallel);
    m_bucket = std::min<double>(m_bucket, m_options.burst);
}

void ApiClient::setMetrics(MetricsRegistry *metrics)
{
    m_metrics = metrics;
}

bool ApiClient::isAllowedUrl(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("wss"))
        return true;
    if (scheme != QLatin1String("http") && scheme != QLatin1String("ws"))
        return false;
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ApiReply *ApiClient::send(const ApiRequest &request)
{
    auto *reply = new ApiReply(request, this);
    const RequestId id = ++m_lastId;
    auto owned = std::make_unique<Pending>(id, request, reply, m_clock, this);
    connect(owned->timeout, &ClockTimer::timeout, this, [this, id] { onTimeout(id); });
    m_pending.emplace(id, std::move(owned));
    connect(reply, &ApiReply::aborted, this, [this, id] { cancel(id); });
    connect(reply, &QObject::destroyed, this, [this, id] {
        if (Pending *pending = find(id)) {
            pending->reply = nullptr;
            cancel(id);
        }
    });

    const QUrl url = m_region.apiUrl(request.path);
    if (!isAllowedUrl(url)) {
        const ApiError error = ApiError::make(ApiError::Kind::InsecureUrl,
            tr("Refusing to send to %1: only https, or http to this computer (loopback), is allowed.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        QTimer::singleShot(0, this, [this, id, error] {
            if (Pending *pending = find(id))
                finish(pending, Answer(), error);
        });
        return reply;
    }
    m_queue.enqueue(id);
    schedulePump(0);
    return reply;
}

ApiReply *ApiClient::get(const QString &path, const QUrlQuery &query)
{
    ApiRequest request;
    request.path = path;
    request.query = query;
    return send(request);
}

ApiReply *ApiClient::post(const QString &path, const QJsonDocument &body)
{
    return sendBody(QByteArrayLiteral("POST"), path, body);
}

ApiReply *ApiClient::put(const QString &path, const QJsonDocument &body)
{
    return sendBody(QByteArrayLiteral("PUT"), path, body);
}

ApiReply *ApiClient::patch(const QString &path, const QJsonDocument &body)
{
    return sendBody(QByteArrayLiteral("PATCH"), path, body);
}

ApiReply *ApiClient::sendBody(const QByteArray &method, const QString &path, const QJsonDocument &body)
{
    ApiRequest request;
    request.method = method;
    request.path = path;
    request.body = body;
    return send(request);
}

int ApiClient::requestsLeftPerMinute() const
{
    const qint64 now = m_clock->monotonicMs();
    int recent = 0;
    for (const qint64 at : m_sentTimes) {
        if (now - at < kMinuteMs)
            ++recent;
    }
    return std::max(0, m_options.requestsPerMinute - recent);
}

QDateTime ApiClient::tokenExpiresAt() const
{
    return m_tokens ? m_tokens->expiresAt() : QDateTime();
}

bool ApiClient::isSlowedDown() const
{
    return m_clock->monotonicMs() < m_pausedUntil;
}

void ApiClient::schedulePump(int delayMs)
{
    delayMs = std::max(0, delayMs);
    if (m_pumpTimer->isActive() && m_pumpTimer->remainingTime() <= delayMs)
        return;
    m_pumpTimer->start(delayMs);
}

void ApiClient::refillBucket()
{
    const qint64 now = m_clock->monotonicMs();
    const double perMs = m_options.requestsPerMinute / static_cast<double>(kMinuteMs);
    m_bucket = std::min<double>(m_options.burst, m_bucket + (now - m_bucketRefilledAt) * perMs);
    m_bucketRefilledAt = now;
}

void ApiClient::pump()
{
    while (!m_queue.isEmpty() && m_inFlight < m_options.maxParallel) {
        const qint64 now = m_clock->monotonicMs();
        if (now < m_pausedUntil) {
            schedulePump(static_cast<int>(m_pausedUntil - now));
            return;
        }
        refillBucket();
        if (m_bucket < 1) {
            const double perMs = m_options.requestsPerMinute / static_cast<double>(kMinuteMs);
            schedulePump(static_cast<int>(std::ceil((1 - m_bucket) / perMs)));
            return;
        }
        Pending *pending = find(m_queue.dequeue());
        if (!pending || !ensureToken(pending))
            continue;
        m_bucket -= 1;
        startAttempt(pending);
    }
}

// True when the request may go now; otherwise it waits for the renewal.
bool ApiClient::ensureToken(Pending *pending)
{
    if (!m_tokens)
        return true;
    const bool usable = m_tokens->isUsable();
    if (!m_tokens->isFresh() && !m_tokens->isRenewing())
        m_tokens->renew(); // ahead of expiry: the current token still serves meanwhile
    if (usable)
        return true;
    m_waitingForToken.append(pending->id);
    if (pending->request.method != "GET")
        failWriteIfStillWaiting(pending->id);
    if (!m_tokens->isRenewing())
        m_tokens->renew();
    return false;
}

void ApiClient::failWriteIfStillWaiting(RequestId id)
{
    m_clock->singleShot(m_options.writeWaitForSignInMs, this, [this, id] {
        Pending *pending = find(id);
        if (!pending || !m_waitingForToken.removeOne(id))
            return;
        ApiError error = ApiError::make(ApiError::Kind::Authentication,
            tr("The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the "
               "sign-in, then send it again.",
                nullptr, m_options.writeWaitForSignInMs / 1000));
        error.code = QStringLiteral("signin.expired");
        finish(pending, Answer(), error);
    });
}

void ApiClient::onTokenRenewed()
{
    const QList<RequestId> waiting = std::exchange(m_waitingForToken, {});
    for (auto it = waiting.crbegin(); it != waiting.crend(); ++it)
        m_queue.prepend(*it);
    schedulePump(0);
}

void ApiClient::onTokenFailed(const ApiError &error)
{
    const QList<RequestId> waiting = std::exchange(m_waitingForToken, {});
    ApiError failure = error;
    if (failure.kind == ApiError::Kind::None || failure.kind == ApiError::Kind::BadRequest
        || failure.kind == ApiError::Kind::Http)
        failure.kind = ApiError::Kind::Authentication;
    for (const RequestId id : waiting) {
        if (Pending *pending = find(id)) // a receiver of an earlier failure may have cancelled it
            finish(pending, Answer(), failure);
    }
}

void ApiClient::startAttempt(Pending *pending)
{
    const ApiRequest &request = pending->request;
    QUrl url = m_region.apiUrl(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    networkRequest.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (m_tokens && m_tokens->hasToken()) {
        pending->tokenUsed = m_tokens->accessToken();
        networkRequest.setRawHeader(
            QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + pending->tokenUsed.toLatin1());
    }
    QByteArray body;
    if (!request.body.isNull()) {
        body = request.body.toJson(QJsonDocument::Compact);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    }
    for (const auto &header : request.headers)
        networkRequest.setRawHeader(header.first, header.second);

    ++pending->attempts;
    ++m_inFlight;
    pending->timedOut = false;
    pending->attemptStartedAt = m_clock->monotonicMs();
    if (request.method == "GET")
        pending->network = m_nam->get(networkRequest);
    else
        pending->network = m_nam->sendCustomRequest(networkRequest, request.method, body);
    recordSent();

    pending->timeout->start(request.timeoutMs > 0 ? request.timeoutMs : m_options.timeoutMs);
    QNetworkReply *network = pending->network;
    pending->tooLarge = false;
    const RequestId id = pending->id;
    connect(network, &QNetworkReply::downloadProgress, this, [this, id, network](qint64 received, qint64 total) {
        if (received <= m_options.maxResponseBytes && total <= m_options.maxResponseBytes)
            return;
        Pending *current = find(id);
        if (current && current->network == network) {
            current->tooLarge = true;
            network->abort();
        }
    });
    connect(network, &QNetworkReply::finished, this, [this, id, network] {
        Pending *current = find(id);
        if (current && current->network == network)
            onAttemptFinished(current);
        network->deleteLater();
    });
}

void ApiClient::onTimeout(RequestId id)
{
    Pending *pending = find(id);
    if (!pending || !pending->network)
        return;
    pending->timedOut = true;
    pending->network->abort(); // finished() follows and tells a timeout from other errors
}

void ApiClient::onAttemptFinished(Pending *pending)
{
    QNetworkReply *network = pending->network;
    pending->network = nullptr;
    pending->timeout->stop();
    pending->wireMs += m_clock->elapsedSince(pending->attemptStartedAt);
    --m_inFlight;
    schedulePump(0);

    Answer answer;
    answer.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = network->isOpen() ? network->readAll() : QByteArray();
    answer.headers = headersOf(network);
    const QByteArray method = pending->request.method;
    const bool canRetry = pending->request.retryable && pending->retries < m_options.maxRetries;
    emit requestFinished(method, pending->request.path, answer.status, m_clock->elapsedSince(pending->startedAt));

    if (pending->tooLarge)
        return finish(pending, Answer(), tooLargeError());
    if (isTransportError(network->error()))
        return onTransportError(pending, answer, network->errorString(), canRetry);
    countRequest(method, answer.status);
    if (answer.status >= 300 && answer.status < 400 && answer.status != 304) // 304 redirects nowhere
        return finish(
            pending, answer, ApiError::redirected(answer.status, answer.headers.value(QByteArrayLiteral("location"))));
    if (answer.status == 401 && m_tokens && !pending->renewedAfter401)
        return onUnauthorized(pending);
    if (answer.status == 429)
        return onRateLimited(pending, answer, canRetry);
    if (answer.status >= 500 && answer.status != 501 && canRetry)
        return retryLater(pending, backoffDelay(++pending->retries));
    if (answer.status >= 400)
        return finish(pending, answer, httpError(answer));
    finish(pending, answer, bodyError(answer));
}

void ApiClient::onTransportError(Pending *pending, const Answer &answer, const QString &errorString, bool canRetry)
{
    countRequest(pending->request.method, 0);
    qCDebug(lcApi) << pending->request.method << pending->request.path << "transport error:" << errorString;
    if (canRetry)
        return retryLater(pending, backoffDelay(++pending->retries));
    const int timeoutMs = pending->request.timeoutMs > 0 ? pending->request.timeoutMs : m_options.timeoutMs;
    ApiError error = pending->timedOut
        ? ApiError::make(ApiError::Kind::Timeout, tr("No answer within %1 s.").arg(timeoutMs / 1000.0))
        : ApiError::make(ApiError::Kind::Network, errorString);
    error.httpStatus = answer.status;
    finish(pending, answer, error);
}

// One renewal and one retry; a 401 for a token that was already replaced just retries.
void ApiClient::onUnauthorized(Pending *pending)
{
    pending->renewedAfter401 = true;
    if (m_tokens->hasToken() && m_tokens->accessToken() != pending->tokenUsed) {
        m_queue.prepend(pending->id);
        return schedulePump(0);
    }
    m_tokens->invalidate();
    m_waitingForToken.append(pending->id);
    if (!m_tokens->isRenewing())
        m_tokens->renew();
}

void ApiClient::onRateLimited(Pending *pending, const Answer &answer, bool canRetry)
{
    const ApiError error = httpError(answer);
    if (m_metrics)
        m_metrics->increment(Metric::RateLimited);
    if (error.retryAfterSeconds > m_options.maxRetryAfterSeconds)
        return finish(pending, answer, error);
    // "Retry-After: 0" still waits the first backoff step: a server that keeps saying "now" gets no burst.
    pauseAll(error.retryAfterSeconds >= 0 ? std::max(error.retryAfterSeconds * 1000, m_options.backoffBaseMs)
                                          : backoffDelay(pending->retries + 1));
    if (!canRetry)
        return finish(pending, answer, error);
    ++pending->retries;
    m_queue.prepend(pending->id);
    schedulePump(0);
}

ApiError ApiClient::httpError(const Answer &answer) const
{
    return ApiError::fromHttp(answer.status, answer.body,
        answer.headers.value(QByteArrayLiteral("inin-correlation-id")),
        answer.headers.value(QByteArrayLiteral("retry-after")), m_clock->now());
}

ApiError ApiClient::tooLargeError() const
{
    return ApiError::make(ApiError::Kind::MalformedResponse,
        tr("The server's answer is larger than %1 bytes; it was refused.").arg(m_options.maxResponseBytes));
}

// A 2xx body must be JSON (or empty): anything else is an error, never half-parsed data.
ApiError ApiClient::bodyError(const Answer &answer)
{
    if (answer.body.trimmed().isEmpty())
        return ApiError();
    QJsonParseError parseError;
    QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return ApiError();
    ApiError error = ApiError::make(ApiError::Kind::MalformedResponse,
        tr("The server's answer is not valid JSON (%1 at byte %2).")
            .arg(parseError.errorString())
            .arg(parseError.offset));
    error.httpStatus = answer.status;
    error.correlationId = QString::fromLatin1(answer.headers.value(QByteArrayLiteral("inin-correlation-id")));
    return error;
}

void ApiClient::retryLater(Pending *pending, int delayMs)
{
    qCDebug(lcApi) << "retrying" << pending->request.method << pending->request.path << "in" << delayMs << "ms";
    m_clock->singleShot(delayMs, this, [this, id = pending->id] {
        if (!find(id))
            return; // cancelled meanwhile
        m_queue.prepend(id);
        schedulePump(0);
    });
}

void ApiClient::finish(Pending *pending, const Answer &answer, const ApiError &error)
{
    // Out of every list before the reply is told: its receivers may send, cancel or delete at once.
    const auto it = m_pending.find(pending->id);
    Q_ASSERT(it != m_pending.end() && it->second.get() == pending);
    const std::unique_ptr<Pending> owned = std::move(it->second);
    m_pending.erase(it);
    m_queue.removeAll(owned->id);
    m_waitingForToken.removeAll(owned->id);
    abortNetwork(owned.get());
    if (owned->reply) {
        owned->reply->disconnect(this);
        owned->reply->m_wireMs = owned->wireMs;
        owned->reply->complete(answer.status, answer.body, answer.headers, error, owned->attempts,
            m_clock->elapsedSince(owned->startedAt));
    }
}

void ApiClient::cancel(RequestId id)
{
    if (Pending *pending = find(id))
        finish(pending, Answer(), ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void ApiClient::abortNetwork(Pending *pending)
{
    QNetworkReply *network = std::exchange(pending->network, nullptr);
    if (!network)
        return;
    network->disconnect(this);
    network->abort();
    network->deleteLater();
    --m_inFlight;
    schedulePump(0);
}

void ApiClient::pauseAll(int delayMs)
{
    const qint64 until = m_clock->monotonicMs() + delayMs;
    if (until > m_pausedUntil)
        m_pausedUntil = until;
    m_bucket = 0; // no burst right after the pause: requests leave at the steady rate
    m_bucketRefilledAt = std::max(m_bucketRefilledAt, m_pausedUntil);
    qCInfo(lcApi) << "rate limited: all requests wait" << delayMs << "ms";
    emit rateLimited(delayMs);
    schedulePump(delayMs);
}

int ApiClient::backoffDelay(int attempt) const
{
    const double ceiling
        = std::min<double>(m_options.backoffMaxMs, m_options.backoffBaseMs * std::pow(2.0, std::max(0, attempt - 1)));
    return static_cast<int>(QRandomGenerator::global()->bounded(ceiling + 1));
}

void ApiClient::recordSent()
{
    const qint64 now = m_clock->monotonicMs();
    m_sentTimes.enqueue(now);
    while (!m_sentTimes.isEmpty() && now - m_sentTimes.head() >= kMinuteMs)
        m_sentTimes.dequeue();
    emit budgetChanged(requestsLeftPerMinute());
}

void ApiClient::countRequest(const QByteArray &method, int status)
{
    if (!m_metrics)
        return;
    m_metrics->increment(Metric::HttpRequests,
        {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("code"), status > 0 ? QString::number(status) : QStringLiteral("error")}});
}
