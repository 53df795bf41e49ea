// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QUrl>

class Clock;
class QNetworkAccessManager;
class QNetworkReply;

// The HTTP side of a delivery: POSTs an event's body with the delivery headers (DESIGN.md §6) and
// its HMAC signature, and reports what came back as a WebhookAttempt, with the receiver's
// Retry-After. Redirects are not followed. A receiver's answer is read up to MaxAnswerBytes, and
// the whole exchange, not only each silence, ends after its timeout. Both bounds are real time:
// they bound a real network exchange, whatever clock the outbox schedules on.
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
    QSet<QString> inFlightIds() const;
    void abortAll(); // no attemptFinished() for them

    // A larger answer is cut off: the outbox needs only the status line and Retry-After.
    static constexpr qint64 MaxAnswerBytes = 64 * 1024;

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
        bool timedOut = false;
        bool tooLarge = false;
    };
    void onFinished(QNetworkReply *reply);
    void cutOff(QNetworkReply *reply, bool tooLarge);

    Clock *m_clock;
    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, InFlight> m_inFlight;
};
