// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookOutbox.h"

#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/Clock.h"
#include "metrics/MetricsRegistry.h"
#include "webhook/WebhookLogging.h"
#include "webhook/WebhookOutboxTable.h"
#include "webhook/WebhookSender.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <csignal>

namespace {

// With nothing due the outbox still looks again this often: another console sharing a PostgreSQL
// outbox may have recorded events or let a lease lapse.
constexpr qint64 MaxIdleWaitMs = 60 * 1000;
// A lease outlives the request it covers, so that a slow answer is not delivered twice by two consoles.
constexpr qint64 LeaseMarginMs = 30 * 1000;

// "host/pid/": the start of this process's lease owner names.
QString leaseOwnerPrefix()
{
    return QSysInfo::machineHostName() + QLatin1Char('/') + QString::number(QCoreApplication::applicationPid())
        + QLatin1Char('/');
}

bool processExists(qint64 pid)
{
    // Signal 0 only asks; EPERM means it exists under another user.
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

constexpr int HttpRequestTimeout = 408;
constexpr int HttpTooManyRequests = 429;
constexpr int HttpServerErrorFirst = 500;

bool isDelivered(int status)
{
    return status >= 200 && status <= 299;
}

// No answer, a timeout, throttling or a server error may pass; any other answer will not change.
bool isRetryable(int status)
{
    return status == 0 || status == HttpRequestTimeout || status == HttpTooManyRequests
        || status >= HttpServerErrorFirst;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

// What an attempt leads to: the event's new state, when to try again, and how it is audited.
struct WebhookOutbox::Step
{
    WebhookDelivery::State state = WebhookDelivery::State::Pending;
    qint64 nextAttemptMs = 0;
    QString error;
};

WebhookOutbox::WebhookOutbox(AuditStore *store, MetricsRegistry *metrics, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_metrics(metrics)
    , m_clock(Clock::orSystem(clock))
    , m_sender(new WebhookSender(m_clock, this))
    , m_owner(leaseOwnerPrefix() + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_pumpTimer(m_clock)
    , m_flushTimer(m_clock)
{
    qRegisterMetaType<WebhookDelivery>();
    connect(m_sender, &WebhookSender::attemptFinished, this, &WebhookOutbox::onAttemptFinished);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &ClockTimer::timeout, this, &WebhookOutbox::pump);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &ClockTimer::timeout, this, [this] { finishFlush(pendingCount() == 0); });
    QString error;
    m_schemaReady = ensureSchema(&error);
    if (!m_schemaReady)
        qCWarning(lcWebhook) << "the webhook outbox is not available:" << error;
    recount();
}

WebhookOutbox::~WebhookOutbox()
{
    stop();
}

WebhookOutboxTable WebhookOutbox::table() const
{
    return WebhookOutboxTable(m_store->database(), m_store->backend() == AuditStore::Backend::Postgres);
}

qint64 WebhookOutbox::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

bool WebhookOutbox::ensureSchema(QString *error)
{
    if (!m_store) {
        *error = tr("No audit store.");
        return false;
    }
    if (!m_store->beginWrite(error))
        return false;
    if (!table().createSchema(error)) {
        m_store->rollbackWrite();
        return false;
    }
    return m_store->commitWrite(error);
}

AuditStore *WebhookOutbox::store() const
{
    return m_store;
}

void WebhookOutbox::setEndpoint(const QUrl &url)
{
    m_endpoint = url;
    m_endpointWarned = false;
    schedulePump(0);
}

QUrl WebhookOutbox::endpoint() const
{
    return m_endpoint;
}

void WebhookOutbox::setSecret(const QByteArray &secret)
{
    m_secret = secret;
}

void WebhookOutbox::setPolicy(const WebhookRetryPolicy &policy)
{
    m_policy = policy;
}

WebhookRetryPolicy WebhookOutbox::policy() const
{
    return m_policy;
}

QByteArray WebhookOutbox::signature(const QByteArray &body, const QByteArray &secret)
{
    return WebhookSender::signature(body, secret);
}

bool WebhookOutbox::recordOutcome(AuditEntry &outcome, const WebhookEvent &event, QString *error)
{
    if (!ready()) {
        if (error)
            *error = tr("The webhook outbox is not available.");
        return false;
    }
    AuditEntry candidate = outcome;
    if (!m_store->beginWrite(error))
        return false;
    if (!m_store->appendInTransaction(candidate, error)
        || !table().insert(event.anchoredAt(candidate.id, candidate.hash), candidate.id, nowMs(), error)) {
        m_store->rollbackWrite();
        return false;
    }
    if (!m_store->commitWrite(error))
        return false;
    outcome = candidate;
    countStateChange(std::nullopt, WebhookDelivery::State::Pending);
    emit deliveryUpdated(event.eventId);
    notifyPending();
    schedulePump(0);
    return true;
}

void WebhookOutbox::recordOutcomeLater(
    const AuditEntry &outcome, const WebhookEvent &event, QObject *context, OutcomeDone done)
{
    QPointer<QObject> caller = context;
    if (!ready()) {
        const QString error = tr("The webhook outbox is not available.");
        QMetaObject::invokeMethod(
            this,
            [caller, done, outcome, error] {
                if (caller && done)
                    done(false, outcome, error);
            },
            Qt::QueuedConnection);
        return;
    }
    const bool postgres = m_store->backend() == AuditStore::Backend::Postgres;
    const qint64 now = nowMs();
    const AuditWriter::Step storeEvent
        = [event, postgres, now](QSqlDatabase db, const QVector<AuditEntry> &entries, QString *error) {
              return WebhookOutboxTable(db, postgres)
                  .insert(event.anchoredAt(entries.constFirst().id, entries.constFirst().hash), entries.constFirst().id,
                      now, error);
          };
    const QString eventId = event.eventId;
    m_store->writer()->submit(
        {outcome}, this,
        [this, caller, done, outcome, eventId](bool ok, const QVector<AuditEntry> &entries, const QString &error) {
            if (ok) {
                // Written on the writer's thread: the count follows here, or the new event is never sent.
                countStateChange(std::nullopt, WebhookDelivery::State::Pending);
                emit deliveryUpdated(eventId);
                notifyPending();
                schedulePump(0);
            }
            if (caller && done)
                done(ok, ok ? entries.constFirst() : outcome, error);
        },
        storeEvent);
}

void WebhookOutbox::start()
{
    if (ready())
        releaseLeasesOfTheDead();
    recount();
    m_running = true;
    notifyPending();
    schedulePump(0);
}

void WebhookOutbox::stop()
{
    m_running = false;
    m_pumpTimer.stop();
    m_sender->abortAll();
    if (ready())
        table().releaseLeases(m_owner);
}

// A console killed on this machine (kill -9, a crash) holds its leases until they lapse, though it can
// send nothing any more: its events would wait half a minute for no one. Owners are named
// "host/pid/uuid"; a lease of a process of this host that no longer exists is released. What that
// process had on the wire may have arrived: the receiver drops a second copy by X-StatusDesk-Delivery.
void WebhookOutbox::releaseLeasesOfTheDead()
{
    const QString host = QSysInfo::machineHostName() + QLatin1Char('/');
    const QStringList owners = table().leaseOwners(nowMs());
    for (const QString &owner : owners) {
        if (owner == m_owner || !owner.startsWith(host))
            continue;
        bool ok = false;
        const qint64 pid = owner.section(QLatin1Char('/'), 1, 1).toLongLong(&ok);
        if (!ok || pid <= 0 || processExists(pid))
            continue;
        qCInfo(lcWebhook) << "releasing the webhook leases of a console that is gone:" << owner;
        table().releaseLeases(owner);
    }
}

bool WebhookOutbox::isRunning() const
{
    return m_running;
}

void WebhookOutbox::resend(const QString &eventId)
{
    if (!ready())
        return;
    const std::optional<WebhookDelivery::State> was = table().state(eventId);
    if (!was || !table().makePending(eventId, nowMs()))
        return;
    countStateChange(was, WebhookDelivery::State::Pending);
    emit deliveryUpdated(eventId);
    notifyPending();
    schedulePump(0);
}

void WebhookOutbox::flush(int timeoutMs)
{
    if (!ready()) {
        QMetaObject::invokeMethod(
            this, [this] { emit flushed(false); }, Qt::QueuedConnection);
        return;
    }
    table().makeAllPendingDue(nowMs());
    // Without an endpoint nothing can go: waiting out the timeout would only hold the caller up.
    if (pendingCount() == 0 || !endpointSupported()) {
        const bool delivered = pendingCount() == 0;
        QMetaObject::invokeMethod(
            this, [this, delivered] { emit flushed(delivered); }, Qt::QueuedConnection);
        return;
    }
    m_flushing = true;
    m_flushTimer.start(qMax(0, timeoutMs));
    schedulePump(0);
}

void WebhookOutbox::finishFlush(bool allDelivered)
{
    if (!m_flushing)
        return;
    m_flushing = false;
    m_flushTimer.stop();
    if (!m_running)
        stop();
    emit flushed(allDelivered);
}

bool WebhookOutbox::ready() const
{
    return m_schemaReady && m_store;
}

bool WebhookOutbox::endpointSupported() const
{
    return m_endpoint.isValid() && !m_endpoint.host().isEmpty()
        && (m_endpoint.scheme() == QLatin1String("https")
            || (m_endpoint.scheme() == QLatin1String("http") && isLoopback(m_endpoint)));
}

bool WebhookOutbox::canSend() const
{
    if (!ready() || !(m_running || m_flushing))
        return false;
    const bool supported = endpointSupported();
    if (!supported && !m_endpointWarned) {
        // Events wait in the outbox until a usable endpoint is configured.
        qCWarning(lcWebhook) << "no usable webhook endpoint (https, or http to loopback only):"
                             << m_endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        m_endpointWarned = true;
    }
    return supported;
}

void WebhookOutbox::schedulePump(qint64 delayMs)
{
    const int delay = static_cast<int>(qBound<qint64>(0, delayMs, MaxIdleWaitMs));
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= delay)
        return;
    m_pumpTimer.start(delay);
}

void WebhookOutbox::pump()
{
    if (!canSend())
        return;
    QVector<WebhookOutboxTable::Head> heads;
    if (!table().pendingHeads(m_owner, &heads)) {
        schedulePump(MaxIdleWaitMs);
        return;
    }
    if (heads.isEmpty() && shared())
        notifyPending(); // other consoles may have written to the shared outbox meanwhile
    const qint64 now = nowMs();
    qint64 wakeAt = now + MaxIdleWaitMs;
    // The longest-waiting event goes first, so that one that is retried at once cannot keep the
    // others from the few delivery slots (per-agent order is kept: only heads are candidates).
    std::stable_sort(heads.begin(), heads.end(),
        [](const WebhookOutboxTable::Head &a, const WebhookOutboxTable::Head &b) { return a.readyAtMs < b.readyAtMs; });
    for (const WebhookOutboxTable::Head &head : std::as_const(heads)) {
        if (m_sender->isInFlight(head.eventId))
            continue;
        if (head.readyAtMs > now) {
            wakeAt = qMin(wakeAt, head.readyAtMs);
            continue;
        }
        if (m_sender->inFlightCount() >= qMax(1, m_policy.maxInFlight))
            continue;
        const qint64 leaseUntil = now + m_policy.requestTimeoutMs + LeaseMarginMs;
        if (table().claim(head.eventId, m_owner, now, leaseUntil))
            m_sender->post(m_endpoint, head.eventId, head.body, m_secret, m_policy.requestTimeoutMs);
    }
    schedulePump(wakeAt - now);
}

void WebhookOutbox::onAttemptFinished(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs)
{
    recordAttempt(eventId, attempt, retryAfterMs);
    schedulePump(0);
}

WebhookOutbox::Step WebhookOutbox::nextStep(
    const WebhookAttempt &attempt, int attempts, qint64 windowStartMs, qint64 retryAfterMs) const
{
    Step step;
    step.error = attempt.error;
    if (isDelivered(attempt.httpStatus)) {
        step.state = WebhookDelivery::State::Delivered;
        return step;
    }
    if (!isRetryable(attempt.httpStatus)) {
        step.state = WebhookDelivery::State::Dead;
        return step;
    }
    const qint64 delay = retryAfterMs >= 0
        ? qMax(retryAfterMs, m_policy.minRetryAfterMs)
        : m_policy.delayAfter(attempts, QRandomGenerator::global()->generateDouble());
    step.nextAttemptMs = nowMs() + delay;
    if (step.nextAttemptMs - windowStartMs > m_policy.giveUpAfterMs) {
        step.state = WebhookDelivery::State::Dead;
        step.error = tr("%1; gave up after %2 attempts").arg(attempt.error).arg(attempts);
    }
    return step;
}

void WebhookOutbox::recordAttempt(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs)
{
    if (!ready())
        return;
    const std::optional<WebhookOutboxTable::Progress> progress = table().progress(eventId);
    if (!progress)
        return;
    const int attempts = progress->attempts + 1;
    const Step step = nextStep(attempt, attempts, progress->windowStartMs, retryAfterMs);
    const bool delivered = step.state == WebhookDelivery::State::Delivered;
    const bool dead = step.state == WebhookDelivery::State::Dead;

    AuditEntry entry;
    entry.level = delivered ? AuditLevel::Info : dead ? AuditLevel::Error : AuditLevel::Warning;
    entry.outcome = delivered ? AuditOutcome::WebhookDelivered
        : dead                ? AuditOutcome::WebhookDeadLetter
                              : AuditOutcome::WebhookRetry;
    entry.agentId = progress->agentId;
    entry.msg = tr("Webhook %1: attempt %2, %3")
                    .arg(eventId)
                    .arg(attempts)
                    .arg(attempt.httpStatus ? QString::number(attempt.httpStatus) : tr("no answer"));
    entry.error = step.error;
    entry.latencyMs = attempt.latencyMs;
    entry.correlationId = eventId;

    QString problem;
    if (!m_store->beginWrite(&problem)) {
        qCWarning(lcWebhook) << "cannot record a webhook attempt:" << problem;
        return;
    }
    const bool ok = table().recordAttempt(eventId, attempts, attempt, step.state, step.nextAttemptMs, step.error)
        && m_store->appendInTransaction(entry, &problem);
    if (!ok) {
        m_store->rollbackWrite();
        qCWarning(lcWebhook) << "cannot record a webhook attempt:" << problem;
        return;
    }
    if (!m_store->commitWrite(&problem)) {
        qCWarning(lcWebhook) << "cannot record a webhook attempt:" << problem;
        return;
    }
    countStateChange(WebhookDelivery::State::Pending, step.state);
    if (m_metrics) {
        const QString result = delivered ? QStringLiteral("delivered")
            : dead                       ? QStringLiteral("dead_letter")
                                         : QStringLiteral("retry");
        m_metrics->increment(Metric::WebhookDeliveries, {{QStringLiteral("result"), result}});
    }
    emit deliveryUpdated(eventId);
    notifyPending();
    if (m_flushing && pendingCount() == 0)
        finishFlush(true);
}

// A store gone first leaves nothing to count. A PostgreSQL outbox is shared with other consoles, whose
// writes this one does not see: it is counted in the database.
int WebhookOutbox::pendingCount() const
{
    if (!ready())
        return 0;
    return shared() ? table().count(WebhookDelivery::State::Pending) : m_pending;
}

int WebhookOutbox::deadLetterCount() const
{
    if (!ready())
        return 0;
    return shared() ? table().count(WebhookDelivery::State::Dead) : m_dead;
}

bool WebhookOutbox::shared() const
{
    return m_store && m_store->backend() == AuditStore::Backend::Postgres;
}

void WebhookOutbox::recount()
{
    m_pending = ready() ? table().count(WebhookDelivery::State::Pending) : 0;
    m_dead = ready() ? table().count(WebhookDelivery::State::Dead) : 0;
}

void WebhookOutbox::countStateChange(std::optional<WebhookDelivery::State> from, WebhookDelivery::State to)
{
    if (from == to)
        return;
    const auto add = [this](WebhookDelivery::State state, int delta) {
        if (state == WebhookDelivery::State::Pending)
            m_pending = qMax(0, m_pending + delta);
        else if (state == WebhookDelivery::State::Dead)
            m_dead = qMax(0, m_dead + delta);
    };
    if (from)
        add(*from, -1);
    add(to, 1);
}

QDateTime WebhookOutbox::nextAttemptAt() const
{
    QVector<WebhookOutboxTable::Head> heads;
    if (!ready() || !table().pendingHeads(m_owner, &heads) || heads.isEmpty())
        return QDateTime();
    qint64 earliest = heads.first().readyAtMs;
    for (const WebhookOutboxTable::Head &head : std::as_const(heads))
        earliest = qMin(earliest, head.readyAtMs);
    return QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC);
}

void WebhookOutbox::notifyPending()
{
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingCountChanged(pending);
    }
    const int dead = deadLetterCount();
    if (dead != m_lastDead) {
        m_lastDead = dead;
        emit deadLetterCountChanged(dead);
    }
}

QVector<WebhookDelivery> WebhookOutbox::deliveries(int limit, int offset) const
{
    return ready() ? table().deliveries(limit, offset) : QVector<WebhookDelivery>();
}

bool WebhookOutbox::delivery(const QString &eventId, WebhookDelivery *out) const
{
    if (!ready())
        return false;
    const std::optional<WebhookDelivery> found = table().delivery(eventId);
    if (found && out)
        *out = *found;
    return found.has_value();
}
