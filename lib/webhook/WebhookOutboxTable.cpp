// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookOutboxTable.h"

#include "webhook/WebhookEvent.h"
#include "webhook/WebhookLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

// Null strings would bind as SQL NULL; the columns are NOT NULL with '' for "none".
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

} // namespace

WebhookOutboxTable::WebhookOutboxTable(QSqlDatabase db, bool postgres)
    : m_db(db)
    , m_postgres(postgres)
{
}

QStringList WebhookOutboxTable::schemaStatements() const
{
    const QString bigint = m_postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
    return {
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
}

bool WebhookOutboxTable::createSchema(QString *error)
{
    QSqlQuery query(m_db);
    if (m_postgres && !exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey))) {
        *error = query.lastError().text();
        return false;
    }
    const QStringList statements = schemaStatements();
    for (const QString &statement : statements) {
        // Not prepared: PostgreSQL cannot prepare DDL.
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool WebhookOutboxTable::insert(const WebhookEvent &event, qint64 seq, qint64 nowMs, QString *error)
{
    QSqlQuery insert(m_db);
    if (exec(insert,
            QStringLiteral("INSERT INTO webhook_outbox (event_id, seq, agent_id, body, state, created_ms, "
                           "window_start_ms, next_attempt_ms) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?)"),
            {text(event.eventId), seq, text(event.userId), QString::fromUtf8(event.toJsonBytes()), nowMs, nowMs,
                nowMs}))
        return true;
    if (error)
        *error = tr("Cannot store the webhook event: %1").arg(insert.lastError().text());
    return false;
}

void WebhookOutboxTable::releaseLeases(const QString &owner)
{
    QSqlQuery release(m_db);
    exec(release, QStringLiteral("UPDATE webhook_outbox SET lease_until_ms = 0 WHERE lease_owner = ?"), {owner});
}

QStringList WebhookOutboxTable::leaseOwners(qint64 nowMs) const
{
    QSqlQuery query(m_db);
    QStringList owners;
    if (!exec(query,
            QStringLiteral(
                "SELECT DISTINCT lease_owner FROM webhook_outbox WHERE lease_until_ms > ? AND lease_owner <> ''"),
            {nowMs}))
        return owners;
    while (query.next())
        owners.append(query.value(0).toString());
    return owners;
}

bool WebhookOutboxTable::makePending(const QString &eventId, qint64 nowMs)
{
    QSqlQuery query(m_db);
    return exec(query,
               QStringLiteral("UPDATE webhook_outbox SET state = 'pending', next_attempt_ms = ?, window_start_ms = ? "
                              "WHERE event_id = ? AND state <> 'pending'"),
               {nowMs, nowMs, eventId})
        && query.numRowsAffected() > 0;
}

void WebhookOutboxTable::makeAllPendingDue(qint64 nowMs)
{
    QSqlQuery query(m_db);
    exec(query, QStringLiteral("UPDATE webhook_outbox SET next_attempt_ms = ? WHERE state = 'pending'"), {nowMs});
}

bool WebhookOutboxTable::pendingHeads(const QString &owner, QVector<Head> *heads) const
{
    // Only the oldest pending event of each agent is a candidate: per-agent order.
    QSqlQuery rows(m_db);
    if (!exec(rows,
            QStringLiteral("SELECT o.event_id, o.agent_id, o.body, o.next_attempt_ms, o.lease_owner, o.lease_until_ms "
                           "FROM webhook_outbox o WHERE o.state = 'pending' AND NOT EXISTS (SELECT 1 FROM "
                           "webhook_outbox p WHERE p.state = 'pending' AND p.agent_id = o.agent_id AND p.seq < o.seq) "
                           "ORDER BY o.seq")))
        return false;
    while (rows.next()) {
        Head head {rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString().toUtf8(),
            rows.value(3).toLongLong()};
        if (rows.value(4).toString() != owner)
            head.readyAtMs = qMax(head.readyAtMs, rows.value(5).toLongLong());
        heads->append(head);
    }
    return true;
}

bool WebhookOutboxTable::claim(const QString &eventId, const QString &owner, qint64 nowMs, qint64 leaseUntilMs)
{
    QSqlQuery query(m_db);
    if (!exec(query,
            QStringLiteral("UPDATE webhook_outbox SET lease_owner = ?, lease_until_ms = ? WHERE event_id = ? AND "
                           "state = 'pending' AND (lease_owner = ? OR lease_until_ms <= ?)"),
            {owner, leaseUntilMs, eventId, owner, nowMs}))
        return false;
    return query.numRowsAffected() == 1;
}

std::optional<WebhookOutboxTable::Progress> WebhookOutboxTable::progress(const QString &eventId) const
{
    QSqlQuery row(m_db);
    if (!exec(row, QStringLiteral("SELECT attempts, window_start_ms, agent_id FROM webhook_outbox WHERE event_id = ?"),
            {eventId})
        || !row.next())
        return std::nullopt;
    return Progress {row.value(2).toString(), row.value(0).toInt(), row.value(1).toLongLong()};
}

bool WebhookOutboxTable::recordAttempt(const QString &eventId, int number, const WebhookAttempt &attempt,
    WebhookDelivery::State state, qint64 nextAttemptMs, const QString &error)
{
    QSqlQuery insert(m_db);
    QSqlQuery update(m_db);
    return exec(insert,
               QStringLiteral("INSERT INTO webhook_attempts (event_id, attempt, time_ms, status, latency_ms, "
                              "error) VALUES (?, ?, ?, ?, ?, ?)"),
               {eventId, number, attempt.time.toMSecsSinceEpoch(), attempt.httpStatus, attempt.latencyMs,
                   text(attempt.error)})
        && exec(update,
            QStringLiteral("UPDATE webhook_outbox SET state = ?, attempts = ?, next_attempt_ms = ?, last_status = ?, "
                           "last_latency_ms = ?, last_error = ?, lease_until_ms = 0 WHERE event_id = ?"),
            {WebhookDelivery::stateName(state), number, nextAttemptMs, attempt.httpStatus, attempt.latencyMs,
                text(error), eventId});
}

int WebhookOutboxTable::count(WebhookDelivery::State state) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QStringLiteral("SELECT COUNT(*) FROM webhook_outbox WHERE state = ?"),
            {WebhookDelivery::stateName(state)})
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

// Deliveries and their attempts in one query (a query per delivery made a page of 500 cost 501):
// `outbox` selects the webhook_outbox rows, newest first.
QVector<WebhookDelivery> WebhookOutboxTable::joined(const QString &outbox, const QVariantList &values) const
{
    QVector<WebhookDelivery> result;
    QSqlQuery rows(m_db);
    if (!exec(rows,
            QLatin1String(
                "SELECT o.event_id, o.agent_id, o.state, o.created_ms, o.next_attempt_ms, o.body, o.attempts, "
                "o.last_status, o.last_latency_ms, o.last_error, a.time_ms, a.status, a.latency_ms, a.error "
                "FROM (")
                + outbox
                + QLatin1String(") o LEFT JOIN webhook_attempts a ON a.event_id = o.event_id "
                                "ORDER BY o.seq DESC, a.attempt"),
            values))
        return result;
    while (rows.next()) {
        if (result.isEmpty() || result.constLast().eventId != rows.value(0).toString())
            result << deliveryFromRow(rows);
        if (rows.value(10).isNull())
            continue;
        WebhookAttempt attempt;
        attempt.time = QDateTime::fromMSecsSinceEpoch(rows.value(10).toLongLong(), Qt::UTC);
        attempt.httpStatus = rows.value(11).toInt();
        attempt.latencyMs = rows.value(12).toLongLong();
        attempt.error = rows.value(13).toString();
        result.last().attempts << attempt;
    }
    return result;
}

QVector<WebhookDelivery> WebhookOutboxTable::deliveries(int limit, int offset) const
{
    return joined(QStringLiteral("SELECT * FROM webhook_outbox ORDER BY seq DESC LIMIT ? OFFSET ?"),
        {qMax(0, limit), qMax(0, offset)});
}

std::optional<WebhookDelivery> WebhookOutboxTable::delivery(const QString &eventId) const
{
    const QVector<WebhookDelivery> found
        = joined(QStringLiteral("SELECT * FROM webhook_outbox WHERE event_id = ?"), {eventId});
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<WebhookDelivery::State> WebhookOutboxTable::state(const QString &eventId) const
{
    QSqlQuery row(m_db);
    if (!exec(row, QStringLiteral("SELECT state FROM webhook_outbox WHERE event_id = ?"), {eventId}) || !row.next())
        return std::nullopt;
    return WebhookDelivery::stateFromName(row.value(0).toString());
}
