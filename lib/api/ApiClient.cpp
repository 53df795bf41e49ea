// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/TokenProvider.h"
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
    ApiRequest request;
    QPointer<ApiReply> reply;
    QNetworkReply *network = nullptr;
    QTimer *timeout = nullptr;
    QElapsedTimer started;
    int attempts = 0;
    int retries = 0;
    bool renewedAfter401 = false;
    QString tokenUsed; // to tell a stale token's 401 from a fresh one's
    bool timedOut = false;
    bool tooLarge = false;
};

ApiClient::ApiClient(const Region &region, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_region(region)
    , m_tokens(tokens)
    , m_nam(new QNetworkAccessManager(this))
    , m_pumpTimer(new QTimer(this))
{
    m_clock.start();
    m_bucket = m_options.burst;
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &QTimer::timeout, this, &ApiClient::pump);
    if (m_tokens) {
        m_tokens->setNetworkAccessManager(m_nam);
        connect(m_tokens, &TokenProvider::renewed, this, &ApiClient::onTokenRenewed);
        connect(m_tokens, &TokenProvider::failed, this, &ApiClient::onTokenFailed);
        connect(m_tokens, &TokenProvider::expiryChanged, this, &ApiClient::tokenExpiryChanged);
    }
}

ApiClient::~ApiClient()
{
    const QList<Pending *> all = m_all;
    m_all.clear();
    for (Pending *pending : all) {
        if (pending->network) {
            pending->network->disconnect(this);
            pending->network->abort();
            pending->network->deleteLater();
        }
        delete pending;
    }
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
    auto *pending = new Pending;
    pending->request = request;
    pending->reply = reply;
    pending->started.start();
    m_all.append(pending);
    connect(reply, &ApiReply::aborted, this, [this, pending] { cancel(pending); });
    connect(reply, &QObject::destroyed, this, [this, pending] {
        if (!m_all.contains(pending))
            return;
        pending->reply = nullptr;
        cancel(pending);
    });

    const QUrl url = m_region.apiUrl(request.path);
    if (!isAllowedUrl(url)) {
        const ApiError error = ApiError::make(ApiError::Kind::InsecureUrl,
            tr("Refusing to send to %1: only https, or http to this computer (loopback), is allowed.")
                .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        QTimer::singleShot(0, this, [this, pending, error] {
            if (m_all.contains(pending))
                finish(pending, Answer(), error);
        });
        return reply;
    }
    m_queue.enqueue(pending);
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
    const qint64 now = m_clock.elapsed();
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
    return m_clock.elapsed() < m_pausedUntil;
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
    const qint64 now = m_clock.elapsed();
    const double perMs = m_options.requestsPerMinute / double(kMinuteMs);
    m_bucket = std::min<double>(m_options.burst, m_bucket + (now - m_bucketRefilledAt) * perMs);
    m_bucketRefilledAt = now;
}

void ApiClient::pump()
{
    while (!m_queue.isEmpty() && m_inFlight < m_options.maxParallel) {
        const qint64 now = m_clock.elapsed();
        if (now < m_pausedUntil) {
            schedulePump(int(m_pausedUntil - now));
            return;
        }
        refillBucket();
        if (m_bucket < 1) {
            const double perMs = m_options.requestsPerMinute / double(kMinuteMs);
            schedulePump(int(std::ceil((1 - m_bucket) / perMs)));
            return;
        }
        Pending *pending = m_queue.dequeue();
        if (!ensureToken(pending))
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
    const bool usable = m_tokens->hasToken() && QDateTime::currentDateTimeUtc() < m_tokens->expiresAt();
    if (!m_tokens->isFresh() && !m_tokens->isRenewing())
        m_tokens->renew(); // ahead of expiry: the current token still serves meanwhile
    if (usable)
        return true;
    m_waitingForToken.append(pending);
    if (!m_tokens->isRenewing())
        m_tokens->renew();
    return false;
}

void ApiClient::onTokenRenewed()
{
    const QList<Pending *> waiting = m_waitingForToken;
    m_waitingForToken.clear();
    for (auto it = waiting.crbegin(); it != waiting.crend(); ++it)
        m_queue.prepend(*it);
    schedulePump(0);
}

void ApiClient::onTokenFailed(const ApiError &error)
{
    const QList<Pending *> waiting = m_waitingForToken;
    m_waitingForToken.clear();
    ApiError failure = error;
    if (failure.kind == ApiError::Kind::None || failure.kind == ApiError::Kind::BadRequest
        || failure.kind == ApiError::Kind::Http)
        failure.kind = ApiError::Kind::Authentication;
    for (Pending *pending : waiting)
        finish(pending, Answer(), failure);
}

void ApiClient::startAttempt(Pending *pending)
{
    const ApiRequest &request = pending->request;
    QUrl url = m_region.apiUrl(request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    QNetworkRequest networkRequest(url);
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
    if (request.method == "GET")
        pending->network = m_nam->get(networkRequest);
    else
        pending->network = m_nam->sendCustomRequest(networkRequest, request.method, body);
    recordSent();

    if (!pending->timeout) {
        pending->timeout = new QTimer(this);
        pending->timeout->setSingleShot(true);
        connect(pending->timeout, &QTimer::timeout, this, [pending] {
            pending->timedOut = true;
            if (pending->network)
                pending->network->abort();
        });
    }
    pending->timeout->start(request.timeoutMs > 0 ? request.timeoutMs : m_options.timeoutMs);
    QNetworkReply *network = pending->network;
    pending->tooLarge = false;
    connect(network, &QNetworkReply::downloadProgress, this, [this, pending, network](qint64 received, qint64 total) {
        if (received <= m_options.maxResponseBytes && total <= m_options.maxResponseBytes)
            return;
        if (m_all.contains(pending) && pending->network == network) {
            pending->tooLarge = true;
            network->abort();
        }
    });
    connect(network, &QNetworkReply::finished, this, [this, pending, network] {
        if (m_all.contains(pending) && pending->network == network)
            onAttemptFinished(pending);
        network->deleteLater();
    });
}

void ApiClient::onAttemptFinished(Pending *pending)
{
    QNetworkReply *network = pending->network;
    pending->network = nullptr;
    pending->timeout->stop();
    --m_inFlight;
    schedulePump(0);

    Answer answer;
    answer.status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = network->isOpen() ? network->readAll() : QByteArray();
    answer.headers = headersOf(network);
    const QByteArray method = pending->request.method;
    const bool canRetry = pending->request.retryable && pending->retries < m_options.maxRetries;
    emit requestFinished(method, pending->request.path, answer.status, pending->started.elapsed());

    if (pending->tooLarge)
        return finish(pending, Answer(), tooLargeError());
    if (isTransportError(network->error()))
        return onTransportError(pending, answer, network->errorString(), canRetry);
    countRequest(method, answer.status);
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
        m_queue.prepend(pending);
        return schedulePump(0);
    }
    m_tokens->invalidate();
    m_waitingForToken.append(pending);
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
    pauseAll(error.retryAfterSeconds >= 0 ? error.retryAfterSeconds * 1000 : backoffDelay(pending->retries + 1));
    if (!canRetry)
        return finish(pending, answer, error);
    ++pending->retries;
    m_queue.prepend(pending);
    schedulePump(0);
}

ApiError ApiClient::httpError(const Answer &answer)
{
    return ApiError::fromHttp(answer.status, answer.body,
        answer.headers.value(QByteArrayLiteral("inin-correlation-id")),
        answer.headers.value(QByteArrayLiteral("retry-after")));
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
    QTimer::singleShot(delayMs, this, [this, pending] {
        if (!m_all.contains(pending))
            return;
        m_queue.prepend(pending);
        schedulePump(0);
    });
}

void ApiClient::finish(Pending *pending, const Answer &answer, const ApiError &error)
{
    m_all.removeOne(pending);
    m_queue.removeOne(pending);
    m_waitingForToken.removeOne(pending);
    if (pending->timeout) {
        pending->timeout->stop();
        pending->timeout->deleteLater();
    }
    if (pending->reply) {
        pending->reply->disconnect(this);
        pending->reply->complete(
            answer.status, answer.body, answer.headers, error, pending->attempts, pending->started.elapsed());
    }
    delete pending;
}

void ApiClient::cancel(Pending *pending)
{
    if (!m_all.contains(pending))
        return;
    if (pending->network) {
        QNetworkReply *network = pending->network;
        pending->network = nullptr;
        network->disconnect(this);
        network->abort();
        network->deleteLater();
        --m_inFlight;
        schedulePump(0);
    }
    finish(pending, Answer(), ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void ApiClient::pauseAll(int delayMs)
{
    const qint64 until = m_clock.elapsed() + delayMs;
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
    return int(QRandomGenerator::global()->bounded(ceiling + 1));
}

void ApiClient::recordSent()
{
    const qint64 now = m_clock.elapsed();
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
