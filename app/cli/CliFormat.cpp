// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliFormat.h"

#include "TextTable.h"
#include "audit/AuditEntry.h"
#include "core/Agent.h"
#include "service/BulkChange.h"
#include "service/ChangeConflict.h"
#include "service/ChangeResult.h"
#include "webhook/WebhookDelivery.h"

#include <QCoreApplication>
#include <QDateTime>

#include <utility>

namespace {

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// The label may be the organisation's (server text): no control character reaches the terminal.
QString statusText(const StatusLabels &labels, const QString &key)
{
    return key.isEmpty() ? QStringLiteral("-") : TextTable::sanitized(labels.status(key));
}

// A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped, UTF-8 otherwise.
void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char c : text.toUtf8()) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (byte < 0x20) {
            out.append("\\u00").append(hex[byte >> 4]).append(hex[byte & 0xf]);
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

QString isoTime(const QDateTime &time, Qt::DateFormat format)
{
    return time.isValid() ? time.toUTC().toString(format) : QString();
}

} // namespace

QString CliFormat::time(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonObject CliFormat::agentJson(const Agent &agent)
{
    return QJsonObject {
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("team"), agent.team},
        {QStringLiteral("department"), agent.department},
        {QStringLiteral("status"), agent.status},
        {QStringLiteral("presence_label"), agent.presenceLabel},
        {QStringLiteral("reason"), agent.reason},
        {QStringLiteral("routing_status"), agent.routingStatus},
        {QStringLiteral("since"),
            agent.statusSince.isValid() ? agent.statusSince.toUTC().toString(Qt::ISODate) : QString()},
        {QStringLiteral("version"), agent.version},
        {QStringLiteral("changed_by"), agent.changedBy},
        {QStringLiteral("last_confirmed"),
            agent.lastConfirmed.isValid() ? agent.lastConfirmed.toUTC().toString(Qt::ISODateWithMs) : QString()},
    };
}

QByteArray CliFormat::agentsJson(const QVector<Agent> &agents)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(agents.size()) * 480 + 4);
    out.append('[');
    bool first = true;
    for (const Agent &agent : agents) {
        // In agentJson()'s key order, which QJsonObject sorts.
        const std::pair<const char *, QString> fields[] = {
            {"changed_by", agent.changedBy},
            {"department", agent.department},
            {"id", agent.id},
            {"last_confirmed", isoTime(agent.lastConfirmed, Qt::ISODateWithMs)},
            {"name", agent.name},
            {"presence_label", agent.presenceLabel},
            {"reason", agent.reason},
            {"routing_status", agent.routingStatus},
            {"since", isoTime(agent.statusSince, Qt::ISODate)},
            {"status", agent.status},
            {"team", agent.team},
            {"version", agent.version},
        };
        out.append(first ? "\n    {" : ",\n    {");
        first = false;
        bool firstField = true;
        for (const auto &[key, value] : fields) {
            out.append(firstField ? "\n        \"" : ",\n        \"").append(key).append("\": ");
            firstField = false;
            appendJsonString(out, value);
        }
        out.append("\n    }");
    }
    out.append(first ? "]\n" : "\n]\n");
    return out;
}

QString CliFormat::agentsTable(const QVector<Agent> &agents, const StatusLabels &labels)
{
    TextTable table({tr("ID"), tr("NAME"), tr("TEAM"), tr("DEPARTMENT"), tr("STATUS"), tr("SINCE"), tr("ROUTING")});
    for (const Agent &agent : agents) {
        table.addRow({agent.id, agent.name, dash(agent.team), dash(agent.department), statusText(labels, agent.status),
            time(agent.statusSince), dash(StatusLabels::routing(agent.routingStatus))});
    }
    return table.toString();
}

QJsonObject CliFormat::resultJson(const ChangeResult &result)
{
    QJsonArray violations;
    for (const RuleViolation &violation : result.violations) {
        violations.append(QJsonObject {
            {QStringLiteral("type"), violation.typeName()}, {QStringLiteral("message"), violation.message}});
    }
    const WriteResult &write = result.write;
    return QJsonObject {
        {QStringLiteral("agent_id"), write.change.agentId},
        {QStringLiteral("agent_name"), write.change.agentName},
        {QStringLiteral("from_status"), write.change.fromStatus},
        {QStringLiteral("to_status"), write.change.toStatus},
        {QStringLiteral("reason"), write.change.reason},
        {QStringLiteral("outcome"), result.outcomeName()},
        {QStringLiteral("violations"), violations},
        {QStringLiteral("error"), result.errorText()},
        {QStringLiteral("http_status"), write.error.httpStatus},
        {QStringLiteral("correlation_id"), write.correlationId},
        {QStringLiteral("etag_before"), write.etagBefore},
        {QStringLiteral("etag_after"), write.etagAfter},
        {QStringLiteral("latency_ms"), result.latencyMs},
        {QStringLiteral("confirmed_by_read"), result.confirmedByRead},
        {QStringLiteral("window_ms"), write.windowMs < 0 ? QJsonValue() : QJsonValue(double(write.windowMs))},
        {QStringLiteral("over_concurrent_change"), result.overConcurrentChange()},
        {QStringLiteral("overwritten_status"),
            result.overConcurrentChange() ? QJsonValue(result.overwritten.status) : QJsonValue()},
    };
}

QString CliFormat::resultLine(const ChangeResult &result, const StatusLabels &labels)
{
    const StatusChange &change = result.write.change;
    QString line = TextTable::sanitized(change.agentName.isEmpty() ? change.agentId : change.agentName)
        + QLatin1String(": ")
        + tr("%1 -> %2 %3 (%4 ms)")
              .arg(statusText(labels, change.fromStatus), statusText(labels, change.toStatus), result.outcomeLabel())
              .arg(result.latencyMs);
    for (const RuleViolation &violation : result.violations)
        line += QLatin1String("\n  ") + violation.message;
    const QString error = result.errorText();
    if (!error.isEmpty() && result.violations.isEmpty())
        line += QLatin1String("\n  ") + TextTable::sanitized(error);
    if (result.outcome == ChangeResult::Outcome::Unknown)
        line += QLatin1String("\n  ")
            + tr("The server's answer was lost and the agent could not be read back: whether the change took "
                 "effect is checked again at the next start.");
    else if (result.confirmedByRead)
        line += QLatin1String("\n  ") + tr("The server's answer was lost; a read of the agent told the outcome.");
    if (result.overConcurrentChange())
        line += QLatin1String("\n  ")
            + tr("Written over a concurrent change: between the compare read and the write the agent was set to %1.")
                  .arg(TextTable::sanitized(statusText(labels, result.overwritten.status)));
    return line;
}

QJsonObject CliFormat::conflictJson(const ChangeConflict &conflict)
{
    return QJsonObject {
        {QStringLiteral("agent_id"), conflict.ours.agentId},
        {QStringLiteral("agent_name"), conflict.ours.agentName},
        {QStringLiteral("our_from_status"), conflict.ours.fromStatus},
        {QStringLiteral("our_target"), conflict.ours.toStatus},
        {QStringLiteral("their_status"), conflict.theirs.status},
        {QStringLiteral("their_since"), time(conflict.theirs.statusSince)},
        {QStringLiteral("their_changed_by"), conflict.theirs.changedBy},
    };
}

QString CliFormat::conflictLine(const ChangeConflict &conflict, const StatusLabels &labels)
{
    const StatusChange &ours = conflict.ours;
    QString line = tr("Conflict: %1 is now %2 (expected %3)")
                       .arg(TextTable::sanitized(ours.agentName.isEmpty() ? ours.agentId : ours.agentName),
                           statusText(labels, conflict.theirs.status), statusText(labels, ours.fromStatus));
    if (!conflict.theirs.changedBy.isEmpty())
        line += tr(", changed by %1").arg(TextTable::sanitized(conflict.theirs.changedBy));
    return line;
}

QJsonObject CliFormat::summaryJson(const BulkSummary &summary)
{
    return QJsonObject {
        {QStringLiteral("total"), summary.total},
        {QStringLiteral("applied"), summary.applied},
        {QStringLiteral("unchanged"), summary.unchanged},
        {QStringLiteral("rejected"), summary.rejected},
        {QStringLiteral("conflict_kept_theirs"), summary.conflictsKeptTheirs},
        {QStringLiteral("cancelled"), summary.cancelled},
        {QStringLiteral("failed"), summary.failed},
        {QStringLiteral("unknown"), summary.unknown},
    };
}

QString CliFormat::summaryLine(const BulkSummary &summary)
{
    QString line = tr("%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed")
                       .arg(summary.total)
                       .arg(summary.applied)
                       .arg(summary.unchanged)
                       .arg(summary.rejected)
                       .arg(summary.conflictsKeptTheirs)
                       .arg(summary.cancelled)
                       .arg(summary.failed);
    if (summary.unknown > 0)
        line += tr(", %1 unknown (the server's answer was lost; checked again at the next start)").arg(summary.unknown);
    return line;
}

QString CliFormat::auditTable(const QVector<AuditEntry> &entries, const StatusLabels &labels)
{
    TextTable table({tr("ID"), tr("TIME"), tr("SUPERVISOR"), tr("AGENT"), tr("FROM"), tr("TO"), tr("REASON"),
        tr("OUTCOME"), tr("LATENCY"), tr("MESSAGE")});
    for (const AuditEntry &entry : entries) {
        table.addRow({QString::number(entry.id), time(entry.time), dash(entry.supervisor),
            dash(entry.agentName.isEmpty() ? entry.agentId : entry.agentName), statusText(labels, entry.fromStatus),
            statusText(labels, entry.toStatus), dash(StatusLabels::reason(entry.reason)),
            AuditOutcome::label(entry.outcome),
            entry.latencyMs >= 0 ? tr("%1 ms").arg(entry.latencyMs) : QStringLiteral("-"),
            entry.error.isEmpty() ? entry.msg : entry.msg + QLatin1String(": ") + entry.error});
    }
    return table.toString();
}

QJsonObject CliFormat::deliveryJson(const WebhookDelivery &delivery)
{
    return QJsonObject {
        {QStringLiteral("event_id"), delivery.eventId},
        {QStringLiteral("agent_id"), delivery.agentId},
        {QStringLiteral("state"), WebhookDelivery::stateName(delivery.state)},
        {QStringLiteral("created_at"), time(delivery.createdAt)},
        {QStringLiteral("attempts"), delivery.attemptCount},
        {QStringLiteral("last_status"), delivery.lastStatus},
        {QStringLiteral("last_latency_ms"), delivery.lastLatencyMs},
        {QStringLiteral("last_error"), delivery.lastError},
    };
}

QString CliFormat::deliveriesTable(const QVector<WebhookDelivery> &deliveries)
{
    TextTable table(
        {tr("EVENT"), tr("AGENT"), tr("STATE"), tr("CREATED"), tr("ATTEMPTS"), tr("LAST STATUS"), tr("LAST ERROR")});
    for (const WebhookDelivery &delivery : deliveries) {
        table.addRow({delivery.eventId, delivery.agentId, WebhookDelivery::stateLabel(delivery.state),
            time(delivery.createdAt), QString::number(delivery.attemptCount),
            delivery.lastStatus ? QString::number(delivery.lastStatus) : QStringLiteral("-"),
            dash(delivery.lastError)});
    }
    return table.toString();
}
