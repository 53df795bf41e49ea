// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

class Clock;

// One change as payroll receives it (DESIGN.md §6): a state change (X-Genesys-Event: state_change), or a
// queue membership activated or deactivated (X-Genesys-Event: queue_membership, body user_id, queue_id,
// active, timestamp, reason, plus event_id, changed_by and the audit anchor).
struct WebhookEvent
{
    enum class Kind { StateChange, QueueMembership };
    Kind kind = Kind::StateChange;
    QString eventId; // UUID without braces; also the X-StatusDesk-Delivery header
    QString userId;
    QString targetStatus;
    QDateTime timestamp; // sent as RFC 3339 UTC
    QString etag;
    QString previousStatus;
    QString reason;
    QString changedBy;
    QString queueId; // QueueMembership
    bool active = false; // QueueMembership: the membership is active (joined) after the change
    // The audit chain's anchor: the sequence number (id) and link of the event's audit outcome, so
    // that the receiver holds a witness of the chain (AuditAnchor). 0 / empty: not anchored.
    qint64 auditSequence = 0;
    QString auditHead;

    // A new event with a fresh UUID, stamped with the time on `clock` (nullptr: the system clock).
    static WebhookEvent create(const QString &userId, const QString &targetStatus, const QString &previousStatus,
        const QString &reason, const QString &changedBy, const QString &etag, Clock *clock = nullptr);

    static WebhookEvent createQueueMembership(const QString &userId, const QString &queueId, bool active,
        const QString &reason, const QString &changedBy, Clock *clock = nullptr);
    // The X-Genesys-Event header: "state_change" or "queue_membership".
    QByteArray eventType() const;
    // The same for a stored body (a queue membership's carries queue_id); state_change for anything else.
    static QByteArray eventTypeOf(const QByteArray &body);
    // This event anchored at its audit outcome (the entry stored in the same transaction).
    WebhookEvent anchoredAt(qint64 sequence, const QString &head) const;

    QJsonObject toJson() const;
    // The canonical body: compact JSON, keys sorted, UTF-8. The signature covers exactly these bytes.
    QByteArray toJsonBytes() const;
    // Returns false and fills *error for a body that is not a valid event.
    static bool fromJsonBytes(const QByteArray &body, WebhookEvent *event, QString *error = nullptr);
};
