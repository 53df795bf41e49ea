// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditQueryRunner.h"

#include "audit/AuditLogging.h"
#include "audit/AuditRow.h"
#include "audit/AuditSql.h"

#include <QSqlQuery>

using AuditSql::exec;
using AuditSql::setError;

namespace {

// Substrings shorter than a trigram cannot use the index.
constexpr int MinIndexedText = 3;
// Up to this many matches the text index beats a scan of the newest entries for one page.
constexpr int RareTextMatches = 2000;
// Rows per statement of an export: a large log is read in steps, never held whole.
constexpr int ExportBatch = 1000;

struct WhereClause
{
    QString sql; // empty or " WHERE ..."
    QVariantList values;
};

// How the filters of a query are written: agentIsId - q.agent names an agent id present in the
// log, so the (indexed) id alone decides; textIndex - the SQLite trigram index can answer q.text.
struct FilterContext
{
    AuditDialect dialect;
    bool agentIsId = false;
    bool textIndex = false;
};

// Escapes LIKE wildcards so that user text matches literally (ESCAPE '!').
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("!"), QLatin1String("!!"));
    escaped.replace(QLatin1String("%"), QLatin1String("!%"));
    escaped.replace(QLatin1String("_"), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// A phrase of consecutive trigrams is exactly a substring match, case-folded by FTS5.
QString trigramPhrase(const QString &text)
{
    QString phrase = text;
    phrase.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

void addTextCondition(const AuditQuery &q, const FilterContext &context, QStringList &conditions, WhereClause &clause)
{
    if (q.text.isEmpty())
        return;
    if (context.textIndex && q.text.size() >= MinIndexedText) {
        conditions << QStringLiteral("id IN (SELECT rowid FROM audit_text WHERE audit_text MATCH ?)");
        clause.values << trigramPhrase(q.text);
        return;
    }
    static const char *const searched[] = {
        "msg", "reason", "error", "agent_name", "agent_id", "supervisor", "from_status", "to_status", "correlation_id"};
    const QString like = context.dialect.likeCondition();
    QStringList any;
    const QString pattern = likePattern(q.text);
    for (const char *column : searched) {
        any << QLatin1String(column) + like;
        clause.values << pattern;
    }
    conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
}

WhereClause whereFor(const AuditQuery &q, const FilterContext &context, const QString &extra = QString(),
    const QVariantList &extraValues = {})
{
    QStringList conditions;
    WhereClause clause;
    if (q.from.isValid()) {
        conditions << QStringLiteral("time_ms >= ?");
        clause.values << q.from.toMSecsSinceEpoch();
    }
    if (q.to.isValid()) {
        conditions << QStringLiteral("time_ms <= ?");
        clause.values << q.to.toMSecsSinceEpoch();
    }
    if (!q.agent.isEmpty() && context.agentIsId) {
        conditions << QStringLiteral("agent_id = ?");
        clause.values << q.agent;
    } else if (!q.agent.isEmpty()) {
        conditions << QStringLiteral("agent_name") + context.dialect.likeCondition();
        clause.values << likePattern(q.agent);
    }
    if (!q.supervisor.isEmpty()) {
        conditions << QStringLiteral("supervisor = ?");
        clause.values << q.supervisor;
    }
    if (!q.outcome.isEmpty()) {
        conditions << QStringLiteral("outcome = ?");
        clause.values << q.outcome;
    }
    addTextCondition(q, context, conditions, clause);
    if (q.beforeId > 0) {
        // Row values keep keyset paging in the (time, id) order of the results.
        conditions << QStringLiteral("(time_ms, id) < ((SELECT time_ms FROM audit_entries WHERE id = ?), ?)");
        clause.values << q.beforeId << q.beforeId;
    }
    if (!extra.isEmpty()) {
        conditions << extra;
        clause.values << extraValues;
    }
    if (!conditions.isEmpty())
        clause.sql = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return clause;
}

QString selectEntries()
{
    return QLatin1String("SELECT ") + AuditRow::columns() + QLatin1String(" FROM audit_entries");
}

} // namespace

AuditQueryRunner::AuditQueryRunner(QSqlDatabase db, AuditDialect dialect, bool textIndex)
    : m_db(db)
    , m_dialect(dialect)
    , m_textIndex(textIndex)
{
}

QVector<AuditEntry> AuditQueryRunner::query(const AuditQuery &q, QString *error) const
{
    QVector<AuditEntry> entries;
    // A page stops after `limit` rows, so a common text is found sooner by scanning the newest
    // entries than by collecting all its matches from the index first.
    const bool useTextIndex = m_textIndex && (q.limit <= 0 || textIsRare(q.text));
    WhereClause where = whereFor(q, FilterContext {m_dialect, agentIsId(q.agent), useTextIndex});
    QString sql = selectEntries() + where.sql + QLatin1String(" ORDER BY time_ms DESC, id DESC");
    if (q.limit > 0) {
        sql += QLatin1String(" LIMIT ? OFFSET ?");
        where.values << q.limit << qMax(0, q.offset);
    } else if (q.offset > 0) {
        sql += m_dialect.offsetWithoutLimit();
        where.values << q.offset;
    }
    QSqlQuery query(m_db);
    QString problem;
    if (!exec(query, sql, where.values, &problem)) {
        qCWarning(lcAudit) << "audit query failed:" << problem;
        setError(error, tr("Cannot read the audit log: %1").arg(problem));
        return entries;
    }
    while (query.next())
        entries << AuditRow::fromQuery(query);
    return entries;
}

qint64 AuditQueryRunner::count(const AuditQuery &q) const
{
    const WhereClause where = whereFor(q, FilterContext {m_dialect, agentIsId(q.agent), m_textIndex});
    return countRows(QLatin1String("SELECT COUNT(*) FROM audit_entries") + where.sql, where.values);
}

qint64 AuditQueryRunner::countUpTo(const AuditQuery &q, qint64 cap) const
{
    if (cap <= 0)
        return 0;
    // The index collects every match before the limit applies; for a common text a scan that
    // stops after cap matches is the cheaper one (as for a page in query()).
    const bool useTextIndex = m_textIndex && textIsRare(q.text);
    WhereClause where = whereFor(q, FilterContext {m_dialect, agentIsId(q.agent), useTextIndex});
    where.values << cap;
    return countRows(QLatin1String("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entries") + where.sql
            + QLatin1String(" LIMIT ?) AS capped"),
        where.values);
}

qint64 AuditQueryRunner::countRows(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(m_db);
    QString problem;
    if (!exec(query, sql, values, &problem) || !query.next()) {
        qCWarning(lcAudit) << "audit count failed:" << problem;
        return -1;
    }
    return query.value(0).toLongLong();
}

bool AuditQueryRunner::forEachMatching(
    const AuditQuery &q, const std::function<bool(const AuditEntry &)> &visit, QString *error) const
{
    qint64 after = 0;
    const FilterContext context {m_dialect, agentIsId(q.agent), m_textIndex};
    for (;;) {
        WhereClause where = whereFor(q, context, QStringLiteral("id > ?"), {after});
        QSqlQuery query(m_db);
        QString problem;
        if (!exec(query,
                selectEntries() + where.sql + QLatin1String(" ORDER BY id ASC LIMIT ") + QString::number(ExportBatch),
                where.values, &problem)) {
            setError(error, tr("Cannot read the audit log: %1").arg(problem));
            return false;
        }
        int rows = 0;
        while (query.next()) {
            const AuditEntry entry = AuditRow::fromQuery(query);
            after = entry.id;
            ++rows;
            if (!visit(entry)) {
                setError(error, tr("Cannot write the export."));
                return false;
            }
        }
        if (rows < ExportBatch)
            return true;
    }
}

QVector<AuditEntry> AuditQueryRunner::intentsWithoutOutcome() const
{
    QVector<AuditEntry> entries;
    const QStringList closing = AuditOutcome::closingIntent();
    QStringList marks;
    QVariantList values {QString(AuditOutcome::Intent)};
    for (const QString &outcome : closing) {
        marks << QStringLiteral("?");
        values << outcome;
    }
    // A presence intent is closed by a presence entry of its agent, a queue membership intent only by an
    // entry of the same agent and queue (AuditEntry::isQueueMembership, queueId): one kind never closes the other.
    const QString iQueue = QStringLiteral("(i.from_status LIKE 'queue %' AND i.to_status LIKE 'queue %')");
    const QString oQueue = QStringLiteral("(o.from_status LIKE 'queue %' AND o.to_status LIKE 'queue %')");
    // Of a queue intent, only the answers a sent PATCH gets: a later attempt that finds the membership
    // already as asked, or a conflict, must not close an intent whose change may still land unseen (its
    // event would never reach payroll).
    const QStringList queueClosing = {AuditOutcome::Applied, AuditOutcome::AppliedOverConcurrent,
        AuditOutcome::Rejected, AuditOutcome::Failed, AuditOutcome::Reconciled};
    QStringList queueMarks;
    for (const QString &outcome : queueClosing) {
        queueMarks << QStringLiteral("?");
        values << outcome;
    }
    const QString sameKind = QLatin1String(" AND ((") + iQueue + QLatin1String(" AND ") + oQueue
        + QLatin1String(" AND o.etag_before = i.etag_before AND o.outcome IN (") + queueMarks.join(QLatin1Char(','))
        + QLatin1String(")) OR (NOT ") + iQueue + QLatin1String(" AND NOT ") + oQueue + QLatin1String("))");
    const QString sql = QLatin1String("SELECT ") + AuditRow::columns(QStringLiteral("i"))
        + QLatin1String(" FROM audit_entries i WHERE i.outcome = ? AND NOT EXISTS (SELECT 1 FROM audit_entries o "
                        "WHERE o.agent_id = i.agent_id AND o.id > i.id AND o.outcome IN (")
        + marks.join(QLatin1Char(',')) + QLatin1Char(')') + sameKind + QLatin1String(") ORDER BY i.id ASC");
    QSqlQuery query(m_db);
    QString problem;
    if (!exec(query, sql, values, &problem)) {
        qCWarning(lcAudit) << "cannot look for open intents:" << problem;
        return entries;
    }
    while (query.next())
        entries << AuditRow::fromQuery(query);
    return entries;
}

// The newest applied entry (applied over a concurrent change included) of each agent (of the given ones; all agents
// when empty), in one statement: the console asks for the whole roster at sign-in and for a few agents at a time
// afterwards.
QVector<AuditEntry> AuditQueryRunner::latestApplied(const QStringList &agentIds) const
{
    // SQLite resolves each of a statement's parameters by a linear search: thousands in one IN list
    // took seconds. Chunks of a few hundred keep each statement cheap.
    constexpr qsizetype kIdsPerStatement = 400;
    if (agentIds.size() > kIdsPerStatement) {
        QVector<AuditEntry> entries;
        for (qsizetype from = 0; from < agentIds.size(); from += kIdsPerStatement)
            entries += latestApplied(agentIds.mid(from, kIdsPerStatement));
        return entries;
    }
    QVector<AuditEntry> entries;
    QVariantList values {QString(AuditOutcome::Applied), QString(AuditOutcome::AppliedOverConcurrent)};
    QString agents;
    if (!agentIds.isEmpty()) {
        QStringList marks;
        for (const QString &id : agentIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        agents = QLatin1String(" AND agent_id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString sql = selectEntries()
        + QLatin1String(" WHERE id IN (SELECT MAX(id) FROM audit_entries WHERE outcome IN (?, ?)")
        // A queue membership change (AuditEntry::isQueueMembership) is no change of status.
        + QLatin1String(" AND NOT (from_status LIKE 'queue %' AND to_status LIKE 'queue %')") + agents
        + QLatin1String(" GROUP BY agent_id)");
    QSqlQuery query(m_db);
    QString problem;
    if (!exec(query, sql, values, &problem)) {
        qCWarning(lcAudit) << "cannot read who changed the agents:" << problem;
        return entries;
    }
    while (query.next())
        entries << AuditRow::fromQuery(query);
    return entries;
}

bool AuditQueryRunner::agentIsId(const QString &agent) const
{
    if (agent.isEmpty())
        return false;
    QSqlQuery query(m_db);
    return exec(query, QStringLiteral("SELECT 1 FROM audit_entries WHERE agent_id = ? LIMIT 1"), {agent}, nullptr)
        && query.next();
}

bool AuditQueryRunner::textIsRare(const QString &text) const
{
    if (text.size() < MinIndexedText)
        return false;
    QSqlQuery query(m_db);
    return exec(query,
               QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM audit_text WHERE audit_text MATCH ? LIMIT %1)")
                   .arg(RareTextMatches),
               {trigramPhrase(text)}, nullptr)
        && query.next() && query.value(0).toInt() < RareTextMatches;
}
