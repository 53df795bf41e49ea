// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QUrl>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

// The HTTP side of a delivery: POSTs an event's body with the delivery headers (DESIGN.md §6) and
// its HMAC signature, and reports what came back as a WebhookAttempt, with the receiver's
// Retry-After. Redirects are not followed. The transfer timeout is real time: it bounds a real
// network exchange, whatever clock the outbox schedules on.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    // clock times the attempts (nullptr: the system clock).
    explicit WebhookSender(Clock *clock = nullptr, QObject *parent = nullptr);
    ~WebhookSender() override;

    // Starts the POST of one event; attemptFinished() follows unless abortAll() comes first.
    void post(
        const QUrl &endpoint, const QString &eventId, const QByteArray &body, const QByteArray &secret, int timeoutMs);
    int inFlightCount() const;
    bool isInFlight(const QString &eventId) const;
    void abortAll(); // no attemptFinished() for them

    static QByteArray signature(const QByteArray &body, const QByteArray &secret); // "sha256=<hex>"
    // Milliseconds a Retry-After header value asks for (seconds or an HTTP date), -1 without a usable value.
    static qint64 retryAfterMs(const QByteArray &value, const QDateTime &now);

signals:
    // retryAfterMs: -1 when the receiver did not say.
    void attemptFinished(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs);

private:
    struct InFlight
    {
        QString eventId;
        QDateTime sentAt;
        qint64 sentAtMonotonicMs = 0;
        int timeoutMs = 0;
    };
    void onFinished(QNetworkReply *reply);

    Clock *m_clock;
    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, InFlight> m_inFlight;
};
