// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditEntry.h"

#include "audit/AuditCanonical.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

namespace AuditOutcome {

QStringList all()
{
    return {ValidationFailed, Intent, Applied, AppliedOverConcurrent, Unchanged, Rejected, Conflict, ConflictResolved,
        Retried, RateLimited, Failed, Unknown, Reconciled, WebhookDelivered, WebhookRetry, WebhookDeadLetter,
        ChainKeyed};
}

QStringList closingIntent()
{
    return {ValidationFailed, Applied, AppliedOverConcurrent, Unchanged, Rejected, Conflict, ConflictResolved, Failed,
        Reconciled};
}

QString label(const QString &outcome)
{
    static const QHash<QString, const char *> labels = {
        {ValidationFailed, QT_TRANSLATE_NOOP("AuditOutcome", "Invalid")},
        {Intent, QT_TRANSLATE_NOOP("AuditOutcome", "Intent")},
        {Applied, QT_TRANSLATE_NOOP("AuditOutcome", "Applied")},
        {AppliedOverConcurrent, QT_TRANSLATE_NOOP("AuditOutcome", "Applied over a concurrent change")},
        {Unchanged, QT_TRANSLATE_NOOP("AuditOutcome", "Already there")},
        {Rejected, QT_TRANSLATE_NOOP("AuditOutcome", "Rejected")},
        {Conflict, QT_TRANSLATE_NOOP("AuditOutcome", "Conflict")},
        {ConflictResolved, QT_TRANSLATE_NOOP("AuditOutcome", "Conflict resolved")},
        {Retried, QT_TRANSLATE_NOOP("AuditOutcome", "Retried")},
        {RateLimited, QT_TRANSLATE_NOOP("AuditOutcome", "Rate limited")},
        {Failed, QT_TRANSLATE_NOOP("AuditOutcome", "Failed")},
        {Unknown, QT_TRANSLATE_NOOP("AuditOutcome", "Outcome unknown")},
        {Reconciled, QT_TRANSLATE_NOOP("AuditOutcome", "Reconciled")},
        {WebhookDelivered, QT_TRANSLATE_NOOP("AuditOutcome", "Webhook delivered")},
        {WebhookRetry, QT_TRANSLATE_NOOP("AuditOutcome", "Webhook retry")},
        {WebhookDeadLetter, QT_TRANSLATE_NOOP("AuditOutcome", "Webhook dead letter")},
        {ChainKeyed, QT_TRANSLATE_NOOP("AuditOutcome", "Chain keyed from here")},
    };
    const auto it = labels.constFind(outcome);
    return it == labels.constEnd() ? outcome : QCoreApplication::translate("AuditOutcome", *it);
}

} // namespace AuditOutcome

namespace {

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
    appendCanonicalBytes(out);
    return out;
}

void AuditEntry::appendCanonicalBytes(QByteArray &out) const
{
    using namespace AuditCanonical;
    out.reserve(out.size() + 512);
    appendText(out, "prev_hash", prevHash);
    if (time.isValid())
        appendTime(out, time.toMSecsSinceEpoch());
    else
        appendText(out, "time", formatTime(time));
    appendText(out, "level", level);
    appendText(out, "msg", msg);
    appendText(out, "supervisor", supervisor);
    appendText(out, "agent_id", agentId);
    appendText(out, "agent_name", agentName);
    appendText(out, "from_status", fromStatus);
    appendText(out, "to_status", toStatus);
    appendText(out, "reason", reason);
    appendText(out, "outcome", outcome);
    appendText(out, "error", error);
    appendInteger(out, "latency_ms", latencyMs);
    appendText(out, "etag_before", etagBefore);
    appendText(out, "etag_after", etagAfter);
    appendText(out, "correlation_id", correlationId);
}

QString AuditEntry::computeHash() const
{
    QByteArray buffer;
    return computeHash(buffer);
}

QString AuditEntry::computeHash(QByteArray &buffer) const
{
    buffer.clear();
    appendCanonicalBytes(buffer);
    char hex[64];
    AuditCanonical::sha256Hex(buffer.constData(), buffer.size(), hex);
    return QString::fromLatin1(hex, sizeof hex);
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

QString AuditEntry::queueState(bool active)
{
    return active ? QStringLiteral("queue active") : QStringLiteral("queue inactive");
}

bool AuditEntry::isQueueMembership() const
{
    return fromStatus.startsWith(QLatin1String("queue ")) && toStatus.startsWith(QLatin1String("queue "));
}

QString AuditEntry::queueId() const
{
    return isQueueMembership() ? etagBefore : QString();
}
