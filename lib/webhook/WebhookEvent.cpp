// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookEvent.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace {
QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}
} // namespace

WebhookEvent WebhookEvent::create(const QString &userId, const QString &targetStatus, const QString &previousStatus,
    const QString &reason, const QString &changedBy, const QString &etag, Clock *clock)
{
    WebhookEvent event;
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.userId = userId;
    event.targetStatus = targetStatus;
    event.timestamp = Clock::orSystem(clock)->now();
    event.etag = etag;
    event.previousStatus = previousStatus;
    event.reason = reason;
    event.changedBy = changedBy;
    return event;
}

WebhookEvent WebhookEvent::createQueueMembership(const QString &userId, const QString &queueId, bool active,
    const QString &reason, const QString &changedBy, Clock *clock)
{
    WebhookEvent event;
    event.kind = Kind::QueueMembership;
    event.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.userId = userId;
    event.queueId = queueId;
    event.active = active;
    event.timestamp = Clock::orSystem(clock)->now();
    event.reason = reason;
    event.changedBy = changedBy;
    return event;
}

QByteArray WebhookEvent::eventType() const
{
    return kind == Kind::QueueMembership ? QByteArrayLiteral("queue_membership") : QByteArrayLiteral("state_change");
}

QByteArray WebhookEvent::eventTypeOf(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    return object.contains(QLatin1String("queue_id")) ? QByteArrayLiteral("queue_membership")
                                                      : QByteArrayLiteral("state_change");
}

WebhookEvent WebhookEvent::anchoredAt(qint64 sequence, const QString &head) const
{
    WebhookEvent anchored = *this;
    anchored.auditSequence = sequence;
    anchored.auditHead = head;
    return anchored;
}

QJsonObject WebhookEvent::toJson() const
{
    if (kind == Kind::QueueMembership) {
        QJsonObject object {{QLatin1String("event_id"), eventId}, {QLatin1String("user_id"), userId},
            {QLatin1String("queue_id"), queueId}, {QLatin1String("active"), active},
            {QLatin1String("timestamp"), rfc3339(timestamp)}, {QLatin1String("reason"), reason},
            {QLatin1String("changed_by"), changedBy}};
        if (auditSequence > 0) {
            object.insert(QLatin1String("audit_sequence"), double(auditSequence));
            object.insert(QLatin1String("audit_head"), auditHead);
        }
        return object;
    }
    QJsonObject object {
        {QLatin1String("event_id"), eventId},
        {QLatin1String("user_id"), userId},
        {QLatin1String("target_status"), targetStatus},
        {QLatin1String("timestamp"), rfc3339(timestamp)},
        {QLatin1String("etag"), etag},
        {QLatin1String("previous_status"), previousStatus},
        {QLatin1String("reason"), reason},
        {QLatin1String("changed_by"), changedBy},
    };
    if (auditSequence > 0) {
        object.insert(QLatin1String("audit_sequence"), double(auditSequence));
        object.insert(QLatin1String("audit_head"), auditHead);
    }
    return object;
}

QByteArray WebhookEvent::toJsonBytes() const
{
    // QJsonObject keeps its keys sorted, so the same event always gives the same bytes.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

bool WebhookEvent::fromJsonBytes(const QByteArray &body, WebhookEvent *event, QString *error)
{
    const auto fail = [error](const char *text) {
        if (error)
            *error = QCoreApplication::translate("WebhookEvent", text);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail("The webhook body is not a JSON object.");
    const QJsonObject object = doc.object();
    WebhookEvent parsed;
    parsed.eventId = object.value(QLatin1String("event_id")).toString();
    parsed.userId = object.value(QLatin1String("user_id")).toString();
    parsed.targetStatus = object.value(QLatin1String("target_status")).toString();
    parsed.timestamp
        = QDateTime::fromString(object.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs).toUTC();
    parsed.etag = object.value(QLatin1String("etag")).toString();
    parsed.previousStatus = object.value(QLatin1String("previous_status")).toString();
    parsed.reason = object.value(QLatin1String("reason")).toString();
    parsed.changedBy = object.value(QLatin1String("changed_by")).toString();
    parsed.auditSequence = qint64(object.value(QLatin1String("audit_sequence")).toDouble());
    parsed.auditHead = object.value(QLatin1String("audit_head")).toString();
    if (object.contains(QLatin1String("queue_id"))) {
        parsed.kind = Kind::QueueMembership;
        parsed.queueId = object.value(QLatin1String("queue_id")).toString();
        parsed.active = object.value(QLatin1String("active")).toBool();
        if (parsed.eventId.isEmpty() || parsed.userId.isEmpty() || parsed.queueId.isEmpty()
            || !object.value(QLatin1String("active")).isBool())
            return fail("The webhook body lacks event_id, user_id, queue_id or active.");
    } else if (parsed.eventId.isEmpty() || parsed.userId.isEmpty() || parsed.targetStatus.isEmpty())
        return fail("The webhook body lacks event_id, user_id or target_status.");
    if (!parsed.timestamp.isValid())
        return fail("The webhook body has no valid timestamp.");
    if (event)
        *event = parsed;
    return true;
}
