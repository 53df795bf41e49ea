// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookOutbox.h"

#include "audit/AuditStore.h"
#include "core/Version.h"
#include "metrics/MetricsRegistry.h"
#include "webhook/WebhookLogging.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

constexpr qint64 MaxIdleWaitMs = 60 * 1000;
// A lease outlives the request it covers, so that a slow answer is not delivered twice by two consoles.
constexpr qint64 LeaseMarginMs = 30 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        qCWarning(lcWebhook) << "outbox query failed:" << query.lastError().text();
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcWebhook) << "outbox query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

bool isRetryable(int status)
{
    return status == 0 || status == 408 || status == 429 || status >= 500;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

const char *const DeliveryColumns = "event_id, agent_id, state, created_ms, next_attempt_ms, body, attempts, "
                                    "last_status, last_latency_ms, last_error";

} // namespace

WebhookOutbox::WebhookOutbox(AuditStore *store, MetricsRegistry *metrics, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_metrics(metrics)
    , m_network(new QNetworkAccessManager(this))
    , m_owner(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    qRegisterMetaType<WebhookDelivery>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &WebhookOutbox::pump);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { finishFlush(pendingCount() == 0); });
    QString error;
    m_schemaReady = ensureSchema(&error);
    if (!m_schemaReady)
        qCWarning(lcWebhook) << "the webhook outbox is not available:" << error;
}

WebhookOutbox::~WebhookOutbox()
{
    stop();
}

bool WebhookOutbox::ensureSchema(QString *error)
{
    if (!m_store) {
        *error = tr("No audit store.");
        return false;
    }
    const bool postgres = m_store->backend() == AuditStore::Backend::Postgres;
    const QString bigint = postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    const QStringList statements {
        QLatin1String("CREATE TABLE IF NOT EXISTS webhook_outbox (event_id TEXT PRIMARY KEY, seq ") + bigint
            + QLatin1String(" NOT NULL, agent_id TEXT NOT NULL, body TEXT NOT NULL, state TEXT NOT NULL, created_ms ")
            + bigint + QLatin1String(" NOT NULL, window_start_ms ") + bigint
            + QLatin1String(" NOT NULL, next_attempt_ms ") + bigint
            + QLatin1String(" NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_status INTEGER NOT NULL DEFAULT 0, "
                            "last_latency_ms ")
            + bigint
            + QLatin1String(" NOT NULL DEFAULT -1, last_error TEXT NOT NULL DEFAULT '', lease_owner TEXT NOT NULL "
                            "DEFAULT '', lease_until_ms ")
            + bigint + QLatin1String(" NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS webhook_outbox_state ON webhook_outbox (state, agent_id, seq)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS webhook_outbox_seq ON webhook_outbox (seq)"),
        QLatin1String("CREATE TABLE IF NOT EXISTS webhook_attempts (event_id TEXT NOT NULL, attempt INTEGER NOT NULL, "
                      "time_ms ")
            + bigint + QLatin1String(" NOT NULL, status INTEGER NOT NULL, latency_ms ") + bigint
            + QLatin1String(" NOT NULL, error TEXT NOT NULL DEFAULT '', PRIMARY KEY (event_id, attempt))"),
    };
    if (!m_store->beginWrite(error))
        return false;
    QSqlQuery query(m_store->database());
    if (postgres && !exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(6087112352)"))) {
        m_store->rollbackWrite();
        *error = query.lastError().text();
        return false;
    }
    for (const QString &statement : statements) {
        // Not prepared: PostgreSQL cannot prepare DDL.
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            m_store->rollbackWrite();
            return false;
        }
    }
    return m_store->commitWrite(error);
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
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
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
    if (!m_store->appendInTransaction(candidate, error)) {
        m_store->rollbackWrite();
        return false;
    }
    const qint64 now = nowMs();
    QSqlQuery insert(m_store->database());
    if (!exec(insert,
            QStringLiteral("INSERT INTO webhook_outbox (event_id, seq, agent_id, body, state, created_ms, "
                           "window_start_ms, next_attempt_ms) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)"),
            {text(event.eventId), candidate.id, text(event.userId), QString::fromUtf8(event.toJsonBytes()), now, now,
                now})) {
        if (error)
            *error = tr("Cannot store the webhook event: %1").arg(insert.lastError().text());
        m_store->rollbackWrite();
        return false;
    }
    if (!m_store->commitWrite(error))
        return false;
    outcome = candidate;
    emit deliveryUpdated(event.eventId);
    notifyPending();
    schedulePump(0);
    return true;
}

void WebhookOutbox::start()
{
    m_running = true;
    notifyPending();
    schedulePump(0);
}

void WebhookOutbox::stop()
{
    m_running = false;
    m_pumpTimer.stop();
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        QNetworkReply *reply = it.key();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (ready()) {
        QSqlQuery release(m_store->database());
        exec(release, QStringLiteral("UPDATE webhook_outbox SET lease_until_ms = 0 WHERE lease_owner = ?"), {m_owner});
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
    QSqlQuery query(m_store->database());
    const qint64 now = nowMs();
    if (!exec(query,
            QStringLiteral("UPDATE webhook_outbox SET state = 'pending', next_attempt_ms = ?, window_start_ms = ? "
                           "WHERE event_id = ? AND state <> 'pending'"),
            {now, now, eventId}))
        return;
    if (query.numRowsAffected() > 0) {
        emit deliveryUpdated(eventId);
        notifyPending();
        schedulePump(0);
    }
}

void WebhookOutbox::flush(int timeoutMs)
{
    if (!ready()) {
        QMetaObject::invokeMethod(
            this, [this] { emit flushed(false); }, Qt::QueuedConnection);
        return;
    }
    QSqlQuery query(m_store->database());
    exec(query, QStringLiteral("UPDATE webhook_outbox SET next_attempt_ms = ? WHERE state = 'pending'"), {nowMs()});
    if (pendingCount() == 0) {
        QMetaObject::invokeMethod(
            this, [this] { emit flushed(true); }, Qt::QueuedConnection);
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

bool WebhookOutbox::canSend() const
{
    if (!ready() || !(m_running || m_flushing))
        return false;
    const bool supported = m_endpoint.isValid() && !m_endpoint.host().isEmpty()
        && (m_endpoint.scheme() == QLatin1String("https")
            || (m_endpoint.scheme() == QLatin1String("http") && isLoopback(m_endpoint)));
    if (!supported && !m_endpointWarned) {
        // Events wait in the outbox until a usable endpoint is configured.
        qCWarning(lcWebhook) << "no usable webhook endpoint (https, or http to loopback only):"
                             << m_endpoint.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        const_cast<WebhookOutbox *>(this)->m_endpointWarned = true;
    }
    return supported;
}

void WebhookOutbox::schedulePump(qint64 delayMs)
{
    const int delay = int(qBound<qint64>(0, delayMs, MaxIdleWaitMs));
    if (m_pumpTimer.isActive() && m_pumpTimer.remainingTime() <= delay)
        return;
    m_pumpTimer.start(delay);
}

void WebhookOutbox::pump()
{
    if (!canSend())
        return;
    // Only the oldest pending event of each agent is a candidate: per-agent order.
    QSqlQuery heads(m_store->database());
    if (!exec(heads,
            QStringLiteral("SELECT o.event_id, o.agent_id, o.body, o.next_attempt_ms, o.lease_owner, o.lease_until_ms "
                           "FROM webhook_outbox o WHERE o.state = 'pending' AND NOT EXISTS (SELECT 1 FROM "
                           "webhook_outbox p WHERE p.state = 'pending' AND p.agent_id = o.agent_id AND p.seq < o.seq) "
                           "ORDER BY o.seq"))) {
        schedulePump(MaxIdleWaitMs);
        return;
    }
    struct Head
    {
        QString eventId, agentId;
        QByteArray body;
    };
    QVector<Head> due;
    const qint64 now = nowMs();
    qint64 wakeAt = now + MaxIdleWaitMs;
    QSet<QString> busy;
    for (const InFlight &flight : std::as_const(m_inFlight))
        busy.insert(flight.eventId);
    while (heads.next()) {
        const QString eventId = heads.value(0).toString();
        if (busy.contains(eventId))
            continue;
        qint64 readyAt = heads.value(3).toLongLong();
        if (heads.value(4).toString() != m_owner)
            readyAt = qMax(readyAt, heads.value(5).toLongLong());
        if (readyAt > now) {
            wakeAt = qMin(wakeAt, readyAt);
            continue;
        }
        due.append({eventId, heads.value(1).toString(), heads.value(2).toString().toUtf8()});
    }
    heads.finish();
    for (const Head &head : std::as_const(due)) {
        if (m_inFlight.size() >= qMax(1, m_policy.maxInFlight))
            break;
        if (claim(head.eventId))
            send(head.eventId, head.agentId, head.body);
    }
    schedulePump(wakeAt - now);
}

bool WebhookOutbox::claim(const QString &eventId)
{
    const qint64 now = nowMs();
    QSqlQuery query(m_store->database());
    if (!exec(query,
            QStringLiteral("UPDATE webhook_outbox SET lease_owner = ?, lease_until_ms = ? WHERE event_id = ? AND "
                           "state = 'pending' AND (lease_owner = ? OR lease_until_ms <= ?)"),
            {m_owner, now + m_policy.requestTimeoutMs + LeaseMarginMs, eventId, m_owner, now}))
        return false;
    return query.numRowsAffected() == 1;
}

void WebhookOutbox::send(const QString &eventId, const QString &agentId, const QByteArray &body)
{
    QNetworkRequest request(m_endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("StatusDesk/" STATUSDESK_VERSION));
    request.setRawHeader("X-Genesys-Event", "state_change");
    request.setRawHeader("X-StatusDesk-Delivery", eventId.toUtf8());
    if (!m_secret.isEmpty())
        request.setRawHeader("X-StatusDesk-Signature", signature(body, m_secret));
    request.setTransferTimeout(m_policy.requestTimeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    m_inFlight.insert(reply, {eventId, agentId, nowMs()});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void WebhookOutbox::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const InFlight flight = it.value();
    m_inFlight.erase(it);
    WebhookAttempt attempt;
    attempt.time = QDateTime::fromMSecsSinceEpoch(flight.sentAtMs, Qt::UTC);
    attempt.latencyMs = nowMs() - flight.sentAtMs;
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (attempt.httpStatus == 0)
        attempt.error = reply->error() == QNetworkReply::OperationCanceledError
            ? tr("No answer within %1 ms").arg(m_policy.requestTimeoutMs)
            : reply->errorString();
    else if (attempt.httpStatus < 200 || attempt.httpStatus > 299)
        attempt.error = tr("HTTP %1 %2")
                            .arg(attempt.httpStatus)
                            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    qint64 retryAfter = -1;
    if (reply->hasRawHeader("Retry-After")) {
        const QByteArray value = reply->rawHeader("Retry-After").trimmed();
        bool isNumber = false;
        const qint64 seconds = value.toLongLong(&isNumber);
        // Bounded before scaling: a hostile or broken receiver's huge number must not overflow;
        // anything this far out is past any retry window and dead-letters the event.
        constexpr qint64 TenYearsSeconds = 10LL * 366 * 24 * 3600;
        if (isNumber)
            retryAfter = qBound<qint64>(0, seconds, TenYearsSeconds) * 1000;
        else if (const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
                 when.isValid())
            retryAfter = qMax<qint64>(0, when.toMSecsSinceEpoch() - nowMs());
    }
    recordAttempt(flight.eventId, flight.agentId, attempt, retryAfter);
    schedulePump(0);
}

void WebhookOutbox::recordAttempt(
    const QString &eventId, const QString &agentId, const WebhookAttempt &attempt, qint64 retryAfterMs)
{
    if (!ready())
        return;
    const bool delivered = attempt.httpStatus >= 200 && attempt.httpStatus <= 299;
    QSqlQuery row(m_store->database());
    if (!exec(row, QStringLiteral("SELECT attempts, window_start_ms FROM webhook_outbox WHERE event_id = ?"), {eventId})
        || !row.next())
        return;
    const int attempts = row.value(0).toInt() + 1;
    const qint64 windowStart = row.value(1).toLongLong();
    row.finish();

    QString state = QStringLiteral("pending");
    qint64 nextAttempt = 0;
    QString outcome = QString(AuditOutcome::WebhookRetry);
    QString level = QString(AuditLevel::Warning);
    QString error = attempt.error;
    if (delivered) {
        state = QStringLiteral("delivered");
        outcome = QString(AuditOutcome::WebhookDelivered);
        level = QString(AuditLevel::Info);
    } else if (!isRetryable(attempt.httpStatus)) {
        state = QStringLiteral("dead");
        outcome = QString(AuditOutcome::WebhookDeadLetter);
        level = QString(AuditLevel::Error);
    } else {
        const qint64 delay = retryAfterMs >= 0
            ? retryAfterMs
            : m_policy.delayAfter(attempts, QRandomGenerator::global()->generateDouble());
        nextAttempt = nowMs() + delay;
        if (nextAttempt - windowStart > m_policy.giveUpAfterMs) {
            state = QStringLiteral("dead");
            outcome = QString(AuditOutcome::WebhookDeadLetter);
            level = QString(AuditLevel::Error);
            error = tr("%1; gave up after %2 attempts").arg(attempt.error).arg(attempts);
        }
    }

    AuditEntry entry;
    entry.level = level;
    entry.outcome = outcome;
    entry.agentId = agentId;
    entry.msg = tr("Webhook %1: attempt %2, %3")
                    .arg(eventId)
                    .arg(attempts)
                    .arg(attempt.httpStatus ? QString::number(attempt.httpStatus) : tr("no answer"));
    entry.error = error;
    entry.latencyMs = attempt.latencyMs;
    entry.correlationId = eventId;

    QString problem;
    if (!m_store->beginWrite(&problem)) {
        qCWarning(lcWebhook) << "cannot record a webhook attempt:" << problem;
        return;
    }
    QSqlQuery insert(m_store->database());
    QSqlQuery update(m_store->database());
    const bool ok = exec(insert,
                        QStringLiteral("INSERT INTO webhook_attempts (event_id, attempt, time_ms, status, latency_ms, "
                                       "error) VALUES (?, ?, ?, ?, ?, ?)"),
                        {eventId, attempts, attempt.time.toMSecsSinceEpoch(), attempt.httpStatus, attempt.latencyMs,
                            text(attempt.error)})
        && exec(update,
            QStringLiteral("UPDATE webhook_outbox SET state = ?, attempts = ?, next_attempt_ms = ?, last_status = ?, "
                           "last_latency_ms = ?, last_error = ?, lease_until_ms = 0 WHERE event_id = ?"),
            {state, attempts, nextAttempt, attempt.httpStatus, attempt.latencyMs, text(error), eventId})
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
    if (m_metrics) {
        const QString result = delivered     ? QStringLiteral("delivered")
            : state == QLatin1String("dead") ? QStringLiteral("dead_letter")
                                             : QStringLiteral("retry");
        m_metrics->increment(Metric::WebhookDeliveries, {{QStringLiteral("result"), result}});
    }
    emit deliveryUpdated(eventId);
    notifyPending();
    if (m_flushing && pendingCount() == 0)
        finishFlush(true);
}

int WebhookOutbox::pendingCount() const
{
    if (!ready())
        return 0;
    QSqlQuery query(m_store->database());
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE state = 'pending'")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

int WebhookOutbox::deadLetterCount() const
{
    if (!ready())
        return 0;
    QSqlQuery query(m_store->database());
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE state = 'dead'")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

void WebhookOutbox::notifyPending()
{
    const int pending = pendingCount();
    if (pending != m_lastPending) {
        m_lastPending = pending;
        emit pendingCountChanged(pending);
    }
}

namespace {
WebhookDelivery deliveryFromRow(const QSqlQuery &row)
{
    WebhookDelivery d;
    d.eventId = row.value(0).toString();
    d.agentId = row.value(1).toString();
    d.state = WebhookDelivery::stateFromName(row.value(2).toString());
    d.createdAt = QDateTime::fromMSecsSinceEpoch(row.value(3).toLongLong(), Qt::UTC);
    if (d.state == WebhookDelivery::State::Pending)
        d.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(row.value(4).toLongLong(), Qt::UTC);
    d.body = row.value(5).toString().toUtf8();
    d.attemptCount = row.value(6).toInt();
    d.lastStatus = row.value(7).toInt();
    d.lastLatencyMs = row.value(8).toLongLong();
    d.lastError = row.value(9).toString();
    return d;
}

void loadAttempts(QSqlDatabase db, WebhookDelivery &delivery)
{
    QSqlQuery query(db);
    if (!exec(query,
            QStringLiteral("SELECT time_ms, status, latency_ms, error FROM webhook_attempts WHERE event_id = ? "
                           "ORDER BY attempt"),
            {delivery.eventId}))
        return;
    while (query.next()) {
        WebhookAttempt attempt;
        attempt.time = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), Qt::UTC);
        attempt.httpStatus = query.value(1).toInt();
        attempt.latencyMs = query.value(2).toLongLong();
        attempt.error = query.value(3).toString();
        delivery.attempts << attempt;
    }
}
} // namespace

QVector<WebhookDelivery> WebhookOutbox::deliveries(int limit, int offset) const
{
    QVector<WebhookDelivery> result;
    if (!ready())
        return result;
    QSqlQuery rows(m_store->database());
    if (!exec(rows,
            QLatin1String("SELECT ") + QLatin1String(DeliveryColumns)
                + QLatin1String(" FROM webhook_outbox ORDER BY seq DESC LIMIT ? OFFSET ?"),
            {qMax(0, limit), qMax(0, offset)}))
        return result;
    while (rows.next())
        result << deliveryFromRow(rows);
    rows.finish();
    for (WebhookDelivery &delivery : result)
        loadAttempts(m_store->database(), delivery);
    return result;
}

bool WebhookOutbox::delivery(const QString &eventId, WebhookDelivery *out) const
{
    if (!ready())
        return false;
    QSqlQuery row(m_store->database());
    if (!exec(row,
            QLatin1String("SELECT ") + QLatin1String(DeliveryColumns)
                + QLatin1String(" FROM webhook_outbox WHERE event_id = ?"),
            {eventId})
        || !row.next())
        return false;
    WebhookDelivery delivery = deliveryFromRow(row);
    row.finish();
    loadAttempts(m_store->database(), delivery);
    if (out)
        *out = delivery;
    return true;
}
