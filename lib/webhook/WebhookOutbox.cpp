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
#include <memory>

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

// What one pump found and leased on the audit writer's thread.
struct WebhookOutbox::Round
{
    bool read = false; // the pending heads could be read
    bool nonePending = false;
    QVector<WebhookOutboxTable::Head> claimed; // in send order, each leased to this outbox
    qint64 wakeAtMs = 0;
};

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
    , m_sharedRecount(m_clock)
{
    qRegisterMetaType<WebhookDelivery>();
    connect(m_sender, &WebhookSender::attemptFinished, this, &WebhookOutbox::onAttemptFinished);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &ClockTimer::timeout, this, &WebhookOutbox::pump);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &ClockTimer::timeout, this, [this] { finishFlush(pendingCount() == 0); });
    m_sharedRecount.setInterval(SharedRecountMs);
    connect(&m_sharedRecount, &ClockTimer::timeout, this, [this] {
        if (m_countsInFlight == 0)
            recountLater(false);
    });
    makeSchemaLater();
    recountLater(false);
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

// For recordOutcome() only, which blocks anyway: the writer's thread makes the tables for everything else.
bool WebhookOutbox::ensureSchema(QString *error)
{
    if (m_schema == Schema::Made || m_schemaMadeHere)
        return true;
    if (!m_store->beginWrite(error))
        return false;
    if (!table().createSchema(error)) {
        m_store->rollbackWrite();
        return false;
    }
    m_schemaMadeHere = m_store->commitWrite(error);
    return m_schemaMadeHere;
}

// In a write transaction of the audit writer (PostgreSQL: under the schema lock, as consoles starting
// together take turns), ahead of everything this outbox queues there afterwards.
void WebhookOutbox::makeSchemaLater()
{
    if (!m_store) {
        schemaMade(false, tr("No audit store."));
        return;
    }
    const bool postgres = shared();
    const AuditWriter::Prepare prepare = [postgres](AuditStore &connection, QVector<AuditEntry> &, QString *error) {
        return WebhookOutboxTable(connection.database(), postgres).createSchema(error);
    };
    m_store->writer()->submitPrepared(
        prepare, this, [this](bool ok, const QVector<AuditEntry> &, const QString &error) { schemaMade(ok, error); });
}

void WebhookOutbox::schemaMade(bool ok, const QString &error)
{
    m_schema = ok ? Schema::Made : Schema::Failed;
    if (!ok)
        qCWarning(lcWebhook) << "the webhook outbox is not available:" << error;
    emit readyChanged(isReady());
    if (ok)
        schedulePump(0);
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
    if (!usable()) {
        if (error)
            *error = tr("The webhook outbox is not available.");
        return false;
    }
    if (!ensureSchema(error))
        return false;
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
    ++m_directWrites;
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
    if (!usable()) {
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

// The leases of dead consoles are released and the events counted on the audit writer's thread: with
// PostgreSQL each is a round trip. Until then the pump sends what it can; leased events wait.
void WebhookOutbox::start()
{
    recountLater(true);
    m_running = true;
    if (shared())
        m_sharedRecount.start();
    schedulePump(0);
}

// The leases are released on the writer's thread after every round queued before, so that what a
// round still on its way there leases is released too; its answer is then not sent (m_generation).
void WebhookOutbox::stop()
{
    m_running = false;
    ++m_generation;
    m_pumpTimer.stop();
    m_sharedRecount.stop();
    m_sender->abortAll();
    if (!usable())
        return;
    const bool postgres = shared();
    const QString owner = m_owner;
    m_store->writer()->read(this,
        [postgres, owner](AuditStore *connection) {
            if (connection)
                WebhookOutboxTable(connection->database(), postgres).releaseLeases(owner);
        },
        {});
}

// A console killed on this machine (kill -9, a crash) holds its leases until they lapse, though it can
// send nothing any more: its events would wait half a minute for no one. Owners are named
// "host/pid/uuid"; a lease of a process of this host that no longer exists is released. What that
// process had on the wire may have arrived: the receiver drops a second copy by X-StatusDesk-Delivery.
void WebhookOutbox::releaseLeasesOfTheDead(WebhookOutboxTable table, const QString &self, qint64 nowMs)
{
    const QString host = QSysInfo::machineHostName() + QLatin1Char('/');
    const QStringList owners = table.leaseOwners(nowMs);
    for (const QString &owner : owners) {
        if (owner == self || !owner.startsWith(host))
            continue;
        bool ok = false;
        const qint64 pid = owner.section(QLatin1Char('/'), 1, 1).toLongLong(&ok);
        if (!ok || pid <= 0 || processExists(pid))
            continue;
        qCInfo(lcWebhook) << "releasing the webhook leases of a console that is gone:" << owner;
        table.releaseLeases(owner);
    }
}

bool WebhookOutbox::isRunning() const
{
    return m_running;
}

// On the writer's thread, in order with the counts and records: the state it leaves is counted once.
void WebhookOutbox::resend(const QString &eventId)
{
    if (!usable())
        return;
    const bool postgres = shared();
    const qint64 now = nowMs();
    auto was = std::make_shared<std::optional<WebhookDelivery::State>>();
    m_store->writer()->read(
        this,
        [postgres, eventId, now, was](AuditStore *connection) {
            if (!connection)
                return;
            WebhookOutboxTable table(connection->database(), postgres);
            const std::optional<WebhookDelivery::State> state = table.state(eventId);
            if (state && table.makePending(eventId, now))
                *was = state;
        },
        [this, eventId, was] {
            if (!*was)
                return;
            countStateChange(*was, WebhookDelivery::State::Pending);
            emit deliveryUpdated(eventId);
            notifyPending();
            schedulePump(0);
        });
}

void WebhookOutbox::flush(int timeoutMs)
{
    if (usable() && m_countsInFlight > 0) {
        // "Nothing pending" is only known once the outbox is counted.
        whenCounted(this, [this, timeoutMs] { flush(timeoutMs); });
        return;
    }
    if (!usable()) {
        QMetaObject::invokeMethod(
            this, [this] { emit flushed(false); }, Qt::QueuedConnection);
        return;
    }
    const bool postgres = shared();
    const qint64 now = nowMs();
    m_store->writer()->read(
        this,
        [postgres, now](AuditStore *connection) {
            if (connection)
                WebhookOutboxTable(connection->database(), postgres).makeAllPendingDue(now);
        },
        [this, timeoutMs] { startFlush(timeoutMs); });
}

// Every pending event is due now (never inside flush()).
void WebhookOutbox::startFlush(int timeoutMs)
{
    // Without an endpoint nothing can go: waiting out the timeout would only hold the caller up.
    if (pendingCount() == 0 || !endpointSupported()) {
        emit flushed(pendingCount() == 0);
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

bool WebhookOutbox::isReady() const
{
    return m_schema == Schema::Made && m_store;
}

bool WebhookOutbox::usable() const
{
    return m_schema != Schema::Failed && m_store;
}

bool WebhookOutbox::endpointSupported() const
{
    return m_endpoint.isValid() && !m_endpoint.host().isEmpty()
        && (m_endpoint.scheme() == QLatin1String("https")
            || (m_endpoint.scheme() == QLatin1String("http") && isLoopback(m_endpoint)));
}

bool WebhookOutbox::canSend() const
{
    if (!usable() || !(m_running || m_flushing))
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

// The heads are read and leased on the audit writer's thread (with PostgreSQL each is a round trip),
// one round at a time; what it leased is sent here when it is back. Events on the wire or waiting for
// their record are left alone, and no more are leased than there are free delivery slots.
void WebhookOutbox::pump()
{
    if (!canSend())
        return;
    if (m_pumping) {
        m_pumpAgain = true;
        return;
    }
    m_pumping = true;
    m_pumpAgain = false;
    const bool postgres = shared();
    const QString owner = m_owner;
    const qint64 now = nowMs();
    const qint64 leaseUntil = now + m_policy.requestTimeoutMs + LeaseMarginMs;
    const int freeSlots = qMax(1, m_policy.maxInFlight) - m_sender->inFlightCount();
    QSet<QString> busy = m_sender->inFlightIds();
    busy.unite(m_recording);
    const quint64 generation = m_generation;
    auto round = std::make_shared<Round>();
    m_store->writer()->read(
        this,
        [postgres, owner, busy, freeSlots, now, leaseUntil, round](AuditStore *connection) {
            if (connection)
                *round = claimRound(
                    WebhookOutboxTable(connection->database(), postgres), owner, busy, freeSlots, now, leaseUntil);
        },
        [this, round, generation, now] { pumped(*round, generation, now); });
}

WebhookOutbox::Round WebhookOutbox::claimRound(WebhookOutboxTable table, const QString &owner,
    const QSet<QString> &busy, int freeSlots, qint64 nowMs, qint64 leaseUntilMs)
{
    Round round;
    QVector<WebhookOutboxTable::Head> heads;
    if (!table.pendingHeads(owner, &heads))
        return round;
    round.read = true;
    round.nonePending = heads.isEmpty();
    round.wakeAtMs = nowMs + MaxIdleWaitMs;
    // The longest-waiting event goes first, so that one that is retried at once cannot keep the
    // others from the few delivery slots (per-agent order is kept: only heads are candidates).
    std::stable_sort(heads.begin(), heads.end(),
        [](const WebhookOutboxTable::Head &a, const WebhookOutboxTable::Head &b) { return a.readyAtMs < b.readyAtMs; });
    for (const WebhookOutboxTable::Head &head : std::as_const(heads)) {
        if (busy.contains(head.eventId))
            continue;
        if (head.readyAtMs > nowMs) {
            round.wakeAtMs = qMin(round.wakeAtMs, head.readyAtMs);
            continue;
        }
        if (round.claimed.size() >= freeSlots)
            continue;
        if (table.claim(head.eventId, owner, nowMs, leaseUntilMs))
            round.claimed.append(head);
    }
    return round;
}

void WebhookOutbox::pumped(const Round &round, quint64 generation, qint64 startedMs)
{
    m_pumping = false;
    const qint64 now = nowMs();
    if (!round.read) {
        schedulePump(MaxIdleWaitMs);
    } else {
        if (round.nonePending && shared())
            recountLater(false); // other consoles may have written to the shared outbox meanwhile
        // Stopped meanwhile: stop() released these leases. Held up on the writer's thread past the
        // lease's margin: they are too short now; the next round leases them again.
        const bool current = generation == m_generation;
        const bool fresh = now - startedMs < LeaseMarginMs;
        if (current && !fresh && !round.claimed.isEmpty())
            m_pumpAgain = true;
        for (const WebhookOutboxTable::Head &head : round.claimed) {
            if (!current || !fresh || !canSend() || m_sender->isInFlight(head.eventId)
                || m_recording.contains(head.eventId))
                continue;
            m_sender->post(m_endpoint, head.eventId, head.body, m_secret, m_policy.requestTimeoutMs);
            emit attemptStarted(head.eventId);
        }
        schedulePump(round.wakeAtMs - now);
    }
    if (m_pumpAgain)
        schedulePump(0);
}

void WebhookOutbox::onAttemptFinished(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs)
{
    recordAttempt(eventId, attempt, retryAfterMs);
    schedulePump(0);
}

WebhookOutbox::Step WebhookOutbox::nextStep(const WebhookRetryPolicy &policy, const WebhookAttempt &attempt,
    int attempts, qint64 windowStartMs, qint64 retryAfterMs, qint64 nowMs)
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
    const qint64 delay = retryAfterMs >= 0 ? qMax(retryAfterMs, policy.minRetryAfterMs)
                                           : policy.delayAfter(attempts, QRandomGenerator::global()->generateDouble());
    step.nextAttemptMs = nowMs + delay;
    if (step.nextAttemptMs - windowStartMs > policy.giveUpAfterMs) {
        step.state = WebhookDelivery::State::Dead;
        step.error = tr("%1; gave up after %2 attempts").arg(attempt.error).arg(attempts);
    }
    return step;
}

// Recorded on the audit writer's thread, in one transaction with its audit entry: the attempt's number
// and the event's retry window are read there. Until it is committed the event stays pending under
// this console's lease and is not sent again; a crash before the commit leaves it pending, so it is
// sent again after the restart (the receiver drops the copy by X-StatusDesk-Delivery): none is lost.
void WebhookOutbox::recordAttempt(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs)
{
    if (!usable())
        return;
    m_recording.insert(eventId);
    const bool postgres = m_store->backend() == AuditStore::Backend::Postgres;
    const WebhookRetryPolicy policy = m_policy;
    const QDateTime time = m_clock->now();
    auto made = std::make_shared<std::optional<Step>>();
    const AuditWriter::Prepare prepare = [eventId, attempt, retryAfterMs, postgres, policy, time, made](
                                             AuditStore &connection, QVector<AuditEntry> &entries, QString *error) {
        made->reset();
        WebhookOutboxTable table(connection.database(), postgres);
        const std::optional<WebhookOutboxTable::Progress> progress = table.progress(eventId);
        if (!progress)
            return true; // resent or gone meanwhile: nothing to record
        const int attempts = progress->attempts + 1;
        const Step step
            = nextStep(policy, attempt, attempts, progress->windowStartMs, retryAfterMs, time.toMSecsSinceEpoch());
        if (!table.recordAttempt(eventId, attempts, attempt, step.state, step.nextAttemptMs, step.error)) {
            *error = tr("The webhook attempt could not be stored.");
            return false;
        }
        const bool delivered = step.state == WebhookDelivery::State::Delivered;
        const bool dead = step.state == WebhookDelivery::State::Dead;
        AuditEntry entry;
        entry.time = time;
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
        entries.append(entry);
        *made = step;
        return true;
    };
    m_store->writer()->submitPrepared(
        prepare, this, [this, eventId, made](bool ok, const QVector<AuditEntry> &, const QString &error) {
            m_recording.remove(eventId);
            if (!ok)
                qCWarning(lcWebhook) << "cannot record a webhook attempt:" << error;
            else if (*made)
                attemptRecorded(eventId, **made);
            schedulePump(0);
        });
}

void WebhookOutbox::attemptRecorded(const QString &eventId, const Step &step)
{
    countStateChange(WebhookDelivery::State::Pending, step.state);
    if (m_metrics) {
        const QString result = step.state == WebhookDelivery::State::Delivered ? QStringLiteral("delivered")
            : step.state == WebhookDelivery::State::Dead                       ? QStringLiteral("dead_letter")
                                                                               : QStringLiteral("retry");
        m_metrics->increment(Metric::WebhookDeliveries, {{QStringLiteral("result"), result}});
    }
    emit deliveryUpdated(eventId);
    notifyPending();
    if (m_flushing && pendingCount() == 0)
        finishFlush(true);
}

void WebhookOutbox::whenCounted(QObject *context, std::function<void()> then)
{
    if (!usable() || m_countsInFlight == 0) {
        QMetaObject::invokeMethod(context ? context : this, std::move(then), Qt::QueuedConnection);
        return;
    }
    // The counts' answers come in the order asked, before any barrier queued after them.
    const QPointer<QObject> caller = context ? context : this;
    m_store->writer()->afterQueued(this, [this, caller, then] {
        if (!caller)
            return;
        if (m_countsInFlight > 0)
            whenCounted(caller, then);
        else
            then();
    });
}

// A store gone first leaves nothing to count. The counts come from the writer's thread (recountLater)
// and follow this outbox's writes; no query here.
int WebhookOutbox::pendingCount() const
{
    return m_store ? m_pending : 0;
}

int WebhookOutbox::deadLetterCount() const
{
    return m_store ? m_dead : 0;
}

bool WebhookOutbox::shared() const
{
    return m_store && m_store->backend() == AuditStore::Backend::Postgres;
}

// Counted on the audit writer's thread, in order with its writes: a write queued before the count is in
// it and told before it arrives; one queued after is told after. A write made directly on this thread
// meanwhile may or may not be in it: then it counts again.
void WebhookOutbox::recountLater(bool releaseDeadLeases)
{
    if (!usable())
        return;
    const bool postgres = m_store->backend() == AuditStore::Backend::Postgres;
    const QString self = m_owner;
    const qint64 now = nowMs();
    const int directWrites = m_directWrites;
    ++m_countsInFlight;
    auto counts = std::make_shared<std::pair<int, int>>(0, 0);
    m_store->writer()->read(
        this,
        [postgres, self, now, releaseDeadLeases, counts](AuditStore *connection) {
            if (!connection)
                return;
            const WebhookOutboxTable table(connection->database(), postgres);
            if (releaseDeadLeases)
                releaseLeasesOfTheDead(table, self, now);
            *counts = {table.count(WebhookDelivery::State::Pending), table.count(WebhookDelivery::State::Dead)};
        },
        [this, directWrites, counts, releaseDeadLeases] {
            if (directWrites != m_directWrites)
                recountLater(false); // counted again before this one is done: no gap in m_countsInFlight
            --m_countsInFlight;
            if (directWrites != m_directWrites)
                return;
            m_pending = counts->first;
            m_dead = counts->second;
            notifyCounts(m_pending, m_dead);
            if (releaseDeadLeases)
                schedulePump(0); // released leases: their events are due now
        });
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
    if (!usable() || !table().pendingHeads(m_owner, &heads) || heads.isEmpty())
        return QDateTime();
    qint64 earliest = heads.first().readyAtMs;
    for (const WebhookOutboxTable::Head &head : std::as_const(heads))
        earliest = qMin(earliest, head.readyAtMs);
    return QDateTime::fromMSecsSinceEpoch(earliest, Qt::UTC);
}

void WebhookOutbox::notifyPending()
{
    notifyCounts(pendingCount(), deadLetterCount());
}

void WebhookOutbox::notifyCounts(int pending, int dead)
{
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingCountChanged(pending);
    }
    if (dead != m_lastDead) {
        m_lastDead = dead;
        emit deadLetterCountChanged(dead);
    }
}

QVector<WebhookDelivery> WebhookOutbox::deliveries(int limit, int offset) const
{
    return usable() ? table().deliveries(limit, offset) : QVector<WebhookDelivery>();
}

bool WebhookOutbox::delivery(const QString &eventId, WebhookDelivery *out) const
{
    if (!usable())
        return false;
    const std::optional<WebhookDelivery> found = table().delivery(eventId);
    if (found && out)
        *out = *found;
    return found.has_value();
}
