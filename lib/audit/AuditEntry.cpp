// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditEntry.h"

#include <QCryptographicHash>
#include <QJsonValue>

namespace AuditOutcome {

QStringList all()
{
    return {ValidationFailed, Intent, Applied, AppliedOverConcurrent, Unchanged, Rejected, Conflict, ConflictResolved,
        Retried, RateLimited, Failed, Unknown, Reconciled, WebhookDelivered, WebhookRetry, WebhookDeadLetter};
}

QStringList closingIntent()
{
    return {ValidationFailed, Applied, AppliedOverConcurrent, Unchanged, Rejected, Conflict, ConflictResolved, Failed,
        Reconciled};
}

} // namespace AuditOutcome

namespace {

void appendField(QByteArray &out, const char *name, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    out += name;
    out += ':';
    out += QByteArray::number(utf8.size());
    out += ':';
    out += utf8;
    out += '\n';
}

QString stringField(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

} // namespace

QString AuditEntry::formatTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QString AuditEntry::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QByteArray AuditEntry::canonicalBytes() const
{
    QByteArray out;
    out.reserve(512);
    appendField(out, "prev_hash", prevHash);
    appendField(out, "time", formatTime(time));
    appendField(out, "level", level);
    appendField(out, "msg", msg);
    appendField(out, "supervisor", supervisor);
    appendField(out, "agent_id", agentId);
    appendField(out, "agent_name", agentName);
    appendField(out, "from_status", fromStatus);
    appendField(out, "to_status", toStatus);
    appendField(out, "reason", reason);
    appendField(out, "outcome", outcome);
    appendField(out, "error", error);
    appendField(out, "latency_ms", QString::number(latencyMs));
    appendField(out, "etag_before", etagBefore);
    appendField(out, "etag_after", etagAfter);
    appendField(out, "correlation_id", correlationId);
    return out;
}

QString AuditEntry::computeHash() const
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalBytes(), QCryptographicHash::Sha256).toHex());
}

QJsonObject AuditEntry::toJson() const
{
    QJsonObject object;
    object.insert(QLatin1String("id"), QJsonValue(double(id)));
    object.insert(QLatin1String("time"), formatTime(time));
    object.insert(QLatin1String("level"), level);
    object.insert(QLatin1String("msg"), msg);
    object.insert(QLatin1String("supervisor"), supervisor);
    object.insert(QLatin1String("agent_id"), agentId);
    object.insert(QLatin1String("agent_name"), agentName);
    object.insert(QLatin1String("from_status"), fromStatus);
    object.insert(QLatin1String("to_status"), toStatus);
    object.insert(QLatin1String("reason"), reason);
    object.insert(QLatin1String("outcome"), outcome);
    object.insert(QLatin1String("error"), error);
    object.insert(QLatin1String("latency_ms"), latencyMs < 0 ? QJsonValue() : QJsonValue(double(latencyMs)));
    object.insert(QLatin1String("etag_before"), etagBefore);
    object.insert(QLatin1String("etag_after"), etagAfter);
    object.insert(QLatin1String("correlation_id"), correlationId);
    object.insert(QLatin1String("prev_hash"), prevHash);
    object.insert(QLatin1String("hash"), hash);
    return object;
}

AuditEntry AuditEntry::fromJson(const QJsonObject &object)
{
    AuditEntry entry;
    entry.id = qint64(object.value(QLatin1String("id")).toDouble());
    entry.time = QDateTime::fromString(stringField(object, "time"), Qt::ISODateWithMs).toUTC();
    entry.level = stringField(object, "level");
    entry.msg = stringField(object, "msg");
    entry.supervisor = stringField(object, "supervisor");
    entry.agentId = stringField(object, "agent_id");
    entry.agentName = stringField(object, "agent_name");
    entry.fromStatus = stringField(object, "from_status");
    entry.toStatus = stringField(object, "to_status");
    entry.reason = stringField(object, "reason");
    entry.outcome = stringField(object, "outcome");
    entry.error = stringField(object, "error");
    const QJsonValue latency = object.value(QLatin1String("latency_ms"));
    entry.latencyMs = latency.isDouble() ? qint64(latency.toDouble()) : -1;
    entry.etagBefore = stringField(object, "etag_before");
    entry.etagAfter = stringField(object, "etag_after");
    entry.correlationId = stringField(object, "correlation_id");
    entry.prevHash = stringField(object, "prev_hash");
    entry.hash = stringField(object, "hash");
    return entry;
}
