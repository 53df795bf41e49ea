// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QVector>

// One try to deliver an event. httpStatus is 0 when no HTTP answer came (network error, timeout).
struct WebhookAttempt
{
    QDateTime time;
    int httpStatus = 0;
    qint64 latencyMs = 0;
    QString error;
};

// An outbox event with its delivery state and every attempt so far.
struct WebhookDelivery
{
    enum class State { Pending, Delivered, Dead };

    QString eventId;
    QString agentId;
    State state = State::Pending;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QByteArray body;
    int attemptCount = 0;
    int lastStatus = 0;
    qint64 lastLatencyMs = -1;
    QString lastError;
    QVector<WebhookAttempt> attempts; // oldest first

    static QString stateName(State state); // pending | delivered | dead
    static State stateFromName(const QString &name);
    static QString stateLabel(State state); // translated: "Pending", "Delivered", "Dead letter"
};

Q_DECLARE_METATYPE(WebhookAttempt)
Q_DECLARE_METATYPE(WebhookDelivery)
