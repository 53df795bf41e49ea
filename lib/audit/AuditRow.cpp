// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditRow.h"

#include "audit/AuditSql.h"

#include <QSqlQuery>

using AuditSql::text;

QStringList AuditRow::columnNames()
{
    return {QStringLiteral("id"), QStringLiteral("time_ms"), QStringLiteral("level"), QStringLiteral("msg"),
        QStringLiteral("supervisor"), QStringLiteral("agent_id"), QStringLiteral("agent_name"),
        QStringLiteral("from_status"), QStringLiteral("to_status"), QStringLiteral("reason"), QStringLiteral("outcome"),
        QStringLiteral("error"), QStringLiteral("latency_ms"), QStringLiteral("etag_before"),
        QStringLiteral("etag_after"), QStringLiteral("correlation_id"), QStringLiteral("prev_hash"),
        QStringLiteral("hash")};
}

QString AuditRow::columns(const QString &alias)
{
    QStringList names = columnNames();
    if (!alias.isEmpty()) {
        for (QString &name : names)
            name.prepend(alias + QLatin1Char('.'));
    }
    return names.join(QLatin1String(", "));
}

AuditEntry AuditRow::fromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.level = query.value(2).toString();
    entry.msg = query.value(3).toString();
    entry.supervisor = query.value(4).toString();
    entry.agentId = query.value(5).toString();
    entry.agentName = query.value(6).toString();
    entry.fromStatus = query.value(7).toString();
    entry.toStatus = query.value(8).toString();
    entry.reason = query.value(9).toString();
    entry.outcome = query.value(10).toString();
    entry.error = query.value(11).toString();
    entry.latencyMs = query.value(12).toLongLong();
    entry.etagBefore = query.value(13).toString();
    entry.etagAfter = query.value(14).toString();
    entry.correlationId = query.value(15).toString();
    entry.prevHash = query.value(16).toString();
    entry.hash = query.value(17).toString();
    return entry;
}

QVariantList AuditRow::values(const AuditEntry &e)
{
    return {e.id, e.time.toMSecsSinceEpoch(), text(e.level), text(e.msg), text(e.supervisor), text(e.agentId),
        text(e.agentName), text(e.fromStatus), text(e.toStatus), text(e.reason), text(e.outcome), text(e.error),
        e.latencyMs, text(e.etagBefore), text(e.etagAfter), text(e.correlationId), text(e.prevHash), text(e.hash)};
}

QString AuditRow::insertStatement()
{
    const QStringList marks(columnNames().size(), QStringLiteral("?"));
    return QLatin1String("INSERT INTO audit_entries (") + columns() + QLatin1String(") VALUES (")
        + marks.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString AuditRow::searchableText(const AuditEntry &e)
{
    // A newline between fields keeps a search from matching across two of them.
    return QStringList {
        e.msg, e.reason, e.error, e.agentName, e.agentId, e.supervisor, e.fromStatus, e.toStatus, e.correlationId}
        .join(QLatin1Char('\n'));
}
