// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/TokenProvider.h"
#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "metrics/MetricsRegistry.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace {

constexpr qint64 kMinuteMs = 60000;
// Retry-After is in whole seconds, and our window ends a round trip after the server's.
constexpr qint64 kRetryAfterSlackMs = 2000;
// A use of the budget whose attempt has no answer yet: it stays in the window whatever the clock says.
constexpr qint64 kInFlight = std::numeric_limits<qint64>::max();

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
    bool charged = false; // its first attempt took its budgetCost (or its prepaid share)
};

ApiClient::ApiClient(const Region &region, TokenProvider *tokens, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_region(region)
    , m_tokens(tokens)
    , m_nam(new QNetworkAccessManager(this))
    , m_clock(Clock::orSystem(clock))
    , m_pumpTimer(new ClockTimer(m_clock, this))
    , m_budgetTimer(new ClockTimer(m_clock, this))
{
    // Genesys redirects none of these calls; following one would carry the bearer token (or, for the
    // token providers sharing this manager, the client secret) to whatever address it names.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pumpTimer->setSingleShot(true);
    connect(m_pumpTimer, &ClockTimer::timeout, this, &ApiClient::pump);
    m_budgetTimer->setSingleShot(true);
    connect(m_budgetTimer, &ClockTimer::timeout, this, &ApiClient::onBudgetTimer);
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
    m_options.requestsPerMinute = std::max(1, m_options.requestsPerMinute);
    m_options.maxParallel = std::max(1, m_options.maxParallel);
    notifyBudget();
    schedulePump(0);
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
    enqueueNew(id);
    return reply;
}

// A prepaid request's first attempt waits in a queue of its own, which goes before the other.
void ApiClient::enqueueNew(RequestId id)
{
    const Pending *pending = find(id);
    if (pending && pending->request.prepaid && !pending->charged)
        m_prepaidQueue.enqueue(id);
    else
        m_queue.enqueue(id);
    schedulePump(0);
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
    return std::max(0, budgetPerMinute() - usedNow(false));
}

// A lowered budget holds for a minute, then grows by a tenth of the profile's every minute without a
// refusal until it is the profile's again: a server whose limit really is lower refuses again only now
// and then, and a budget lowered by a passing neighbour comes back.
int ApiClient::budgetPerMinute() const
{
    if (m_learnedBudget <= 0)
        return m_options.requestsPerMinute;
    const qint64 minutes = (m_clock->monotonicMs() - m_learnedAt) / kMinuteMs;
    const qint64 step = std::max(1, m_options.requestsPerMinute / 10);
    return static_cast<int>(std::min<qint64>(m_options.requestsPerMinute, m_learnedBudget + minutes * step));
}

int ApiClient::readShare() const
{
    return std::max(1, budgetPerMinute() * 2 / 3);
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

void ApiClient::pump()
{
    const qint64 now = m_clock->monotonicMs();
    if (now < m_pausedUntil) {
        schedulePump(static_cast<int>(m_pausedUntil - now));
        return;
    }
    expireUses();
    while (const RequestId id = takeNext()) {
        Pending *pending = find(id);
        if (pending && ensureToken(pending))
            startAttempt(pending);
    }
    // Whatever still waits for the budget goes when the next use leaves the window (onBudgetTimer) or
    // when an answer frees a slot.
    notifyBudget();
}

bool ApiClient::isWrite(const ApiRequest &request)
{
    if (request.kind == ApiRequest::Kind::Auto)
        return request.method != "GET";
    return request.kind == ApiRequest::Kind::Write;
}

int ApiClient::usedNow(bool readsOnly) const
{
    const qint64 now = m_clock->monotonicMs();
    return static_cast<int>(std::count_if(m_uses.cbegin(), m_uses.cend(),
        [now, readsOnly](const BudgetUse &use) { return use.until > now && (!readsOnly || !use.write); }));
}

int ApiClient::costOf(const Pending *pending) const
{
    if (pending->charged)
        return 1;
    const int cap = isWrite(pending->request) ? budgetPerMinute() : readShare();
    return std::clamp(pending->request.budgetCost, 1, cap);
}

bool ApiClient::admits(const Pending *pending) const
{
    const int cost = costOf(pending);
    if (usedNow(false) + cost > budgetPerMinute())
        return false;
    return isWrite(pending->request) || usedNow(true) + cost <= readShare();
}

// Prepaid first, then (with a slot free) the first queued write, then the first queued read: each kind
// in its order, and a kind whose first request does not fit waits whole.
ApiClient::RequestId ApiClient::takeNext()
{
    while (!m_prepaidQueue.isEmpty()) {
        const RequestId id = m_prepaidQueue.dequeue();
        if (find(id))
            return id;
    }
    if (m_inFlight >= m_options.maxParallel)
        return 0;
    qsizetype write = -1;
    qsizetype read = -1;
    bool writesChecked = false;
    bool readsChecked = false;
    for (qsizetype i = 0; i < m_queue.size();) {
        const Pending *pending = find(m_queue.at(i));
        if (!pending) {
            m_queue.removeAt(i);
            continue;
        }
        const bool writing = isWrite(pending->request);
        bool &checked = writing ? writesChecked : readsChecked;
        if (!checked) {
            checked = true;
            if (admits(pending))
                (writing ? write : read) = i;
        }
        if (writesChecked && readsChecked)
            break;
        ++i;
    }
    if (write >= 0)
        return m_queue.takeAt(write);
    if (read >= 0)
        return m_queue.takeAt(read);
    return 0;
}

void ApiClient::charge(Pending *pending)
{
    const qint64 now = m_clock->monotonicMs();
    const bool write = isWrite(pending->request);
    const BudgetUse use {pending->id, now, kInFlight, write, false, false};
    if (pending->charged) {
        m_uses.append(use);
        return;
    }
    const int cost = costOf(pending);
    pending->charged = true;
    if (pending->request.prepaid) {
        const auto share = std::find_if(m_uses.begin(), m_uses.end(),
            [now](const BudgetUse &candidate) { return candidate.reserved && candidate.until > now; });
        if (share != m_uses.end()) {
            m_uses.erase(share); // the share becomes this attempt's use, in flight
            m_uses.append(use);
            return;
        }
        qCDebug(lcApi) << "a prepaid request found no share to claim:" << pending->request.path;
        m_uses.append(use);
        return;
    }
    m_uses.append(use);
    for (int i = 1; i < cost; ++i)
        m_uses.append(BudgetUse {pending->id, now, kInFlight, write, true, false});
}

// The attempt's answer (or failure) is in: its uses leave the window 60 s from now.
void ApiClient::release(RequestId id, bool refused)
{
    // The list stays sorted by end, the uses in flight last: these ones end after every use already
    // answered, so they move to just before the first one still in flight.
    const qint64 until = m_clock->monotonicMs() + kMinuteMs;
    QList<BudgetUse> released;
    for (qsizetype i = m_uses.size() - 1; i >= 0 && m_uses.at(i).until == kInFlight; --i) {
        if (m_uses.at(i).owner != id)
            continue;
        BudgetUse use = m_uses.takeAt(i);
        use.until = until;
        use.refused = refused && !use.reserved;
        released.prepend(use);
    }
    qsizetype boundary = m_uses.size();
    while (boundary > 0 && m_uses.at(boundary - 1).until == kInFlight)
        --boundary;
    for (const BudgetUse &use : std::as_const(released))
        m_uses.insert(boundary++, use);
    notifyBudget();
}

// The server refused an attempt our count let go. If its Retry-After is explained by our own requests
// (it frees no sooner than our oldest accepted one leaves our window), the server counts as we do and
// had counted as many as it allows: what it had accepted of ours before this attempt left is the budget
// it really gives us. A much shorter Retry-After comes from a count that is not ours (a fixed minute
// about to turn, another limit): the pause alone answers it.
void ApiClient::learnFromRefusal(const Pending *pending, int retryAfterSeconds)
{
    if (retryAfterSeconds < 0)
        return;
    const qint64 now = m_clock->monotonicMs();
    const qint64 sentAt = pending->attemptStartedAt;
    int accepted = 0;
    qint64 oldestLeaves = kInFlight;
    for (const BudgetUse &use : std::as_const(m_uses)) {
        if (use.until <= now || use.refused || use.reserved || use.owner == pending->id || use.sentAt > sentAt)
            continue;
        ++accepted;
        oldestLeaves = std::min(oldestLeaves, use.until == kInFlight ? now + kMinuteMs : use.until);
    }
    if (accepted == 0 || accepted >= budgetPerMinute())
        return; // nothing to learn: the refusal is not about our count, or our count agreed
    if (retryAfterSeconds * 1000LL + kRetryAfterSlackMs < oldestLeaves - now)
        return;
    m_learnedBudget = accepted;
    m_learnedAt = now;
    qCInfo(lcApi) << "the server refused at" << accepted << "requests in the minute; the budget is lowered to"
                  << accepted << "and raised again by a tenth a minute";
    notifyBudget();
}

void ApiClient::expireUses()
{
    const qint64 now = m_clock->monotonicMs();
    while (!m_uses.isEmpty() && m_uses.constFirst().until <= now)
        m_uses.removeFirst();
    if (m_learnedBudget > 0 && budgetPerMinute() >= m_options.requestsPerMinute)
        m_learnedBudget = 0;
}

void ApiClient::onBudgetTimer()
{
    expireUses();
    notifyBudget();
    if (!m_queue.isEmpty())
        schedulePump(0);
}

// Tells the status bar when the number changed, and wakes up when the window next changes by itself.
void ApiClient::notifyBudget()
{
    expireUses();
    const int left = requestsLeftPerMinute();
    if (left != m_budgetShown) {
        m_budgetShown = left;
        emit budgetChanged(left);
    }
    qint64 next = kInFlight;
    if (!m_uses.isEmpty())
        next = m_uses.constFirst().until;
    if (m_learnedBudget > 0) {
        const qint64 sinceLearned = m_clock->monotonicMs() - m_learnedAt;
        next = std::min(next, m_clock->monotonicMs() + kMinuteMs - sinceLearned % kMinuteMs); // the next step
    }
    if (next == kInFlight) {
        m_budgetTimer->stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, next - m_clock->monotonicMs());
    if (!m_budgetTimer->isActive() || m_budgetTimer->remainingTime() != delay)
        m_budgetTimer->start(static_cast<int>(delay));
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
    for (auto it = waiting.crbegin(); it != waiting.crend(); ++it) {
        const Pending *pending = find(*it);
        if (pending && pending->request.prepaid && !pending->charged)
            m_prepaidQueue.prepend(*it);
        else
            m_queue.prepend(*it);
    }
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

    charge(pending);
    ++pending->attempts;
    ++m_inFlight;
    pending->timedOut = false;
    pending->attemptStartedAt = m_clock->monotonicMs();
    if (request.method == "GET")
        pending->network = m_nam->get(networkRequest);
    else
        pending->network = m_nam->sendCustomRequest(networkRequest, request.method, body);
    notifyBudget();

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
    release(pending->id, answer.status == 429);
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
    if (answer.body.size() < kParseOnThreadBytes) {
        const ApiError malformed = bodyError(answer);
        return finish(pending, answer, malformed);
    }
    parseOffThread(pending->id, std::move(answer));
}

// A page of 500 users is a megabyte: parsed on this thread it held up the other pages' bytes, which
// reach the reply through this thread's event loop, and froze the console's window for its duration.
void ApiClient::parseOffThread(RequestId id, Answer answer)
{
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        Pending *pending = find(id);
        if (!pending)
            return; // cancelled while its body was parsed
        Answer parsed = watcher->result();
        const ApiError malformed = parsed.error;
        finish(pending, parsed, malformed);
    });
    watcher->setFuture(QtConcurrent::run([answer = std::move(answer)]() mutable {
        answer.error = bodyError(answer);
        return answer;
    }));
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
    learnFromRefusal(pending, error.retryAfterSeconds);
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
// The parsed document is kept: a page of 500 users is a megabyte, and parsing it twice was a quarter of a
// roster load's time. Runs on any thread: it touches nothing but the answer.
ApiError ApiClient::bodyError(Answer &answer)
{
    answer.parsed = true;
    if (answer.body.trimmed().isEmpty())
        return ApiError();
    QJsonParseError parseError;
    answer.json = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error == QJsonParseError::NoError)
        return ApiError();
    answer.json = QJsonDocument();
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
    m_prepaidQueue.removeAll(owned->id);
    m_waitingForToken.removeAll(owned->id);
    abortNetwork(owned.get());
    if (owned->reply) {
        owned->reply->disconnect(this);
        owned->reply->m_wireMs = owned->wireMs;
        owned->reply->complete(answer.status, answer.body, answer.headers, error, owned->attempts,
            m_clock->elapsedSince(owned->startedAt), answer.parsed ? &answer.json : nullptr);
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
    release(pending->id, false); // the server may have counted it all the same
    schedulePump(0);
}

void ApiClient::pauseAll(int delayMs)
{
    const qint64 until = m_clock->monotonicMs() + delayMs;
    if (until > m_pausedUntil)
        m_pausedUntil = until;
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

void ApiClient::countRequest(const QByteArray &method, int status)
{
    if (!m_metrics)
        return;
    m_metrics->increment(Metric::HttpRequests,
        {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("code"), status > 0 ? QString::number(status) : QStringLiteral("error")}});
}
