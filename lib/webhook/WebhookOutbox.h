// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookRetryPolicy.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class AuditStore;
class MetricsRegistry;
class QNetworkAccessManager;
class QNetworkReply;
struct AuditEntry;

// The durable webhook outbox, stored in the audit store's database. An event is recorded in the
// same transaction as its audit outcome, then POSTed (DESIGN.md §6) with retries; every attempt is
// kept and audited. Events of one agent go out in order. Everything is asynchronous.
class WebhookOutbox : public QObject
{
    Q_OBJECT
public:
    WebhookOutbox(AuditStore *store, MetricsRegistry *metrics, QObject *parent = nullptr);
    ~WebhookOutbox() override;

    void setEndpoint(const QUrl &url);
    QUrl endpoint() const;
    void setSecret(const QByteArray &secret); // kept in memory only
    void setPolicy(const WebhookRetryPolicy &policy);
    WebhookRetryPolicy policy() const;

    // Appends the audit outcome and stores the event in ONE transaction, then schedules delivery.
    bool recordOutcome(AuditEntry &outcome, const WebhookEvent &event, QString *error = nullptr);

    void start(); // deliver, including everything pending from before
    void stop(); // stop delivering; in-flight requests are dropped and stay pending
    bool isRunning() const;
    void resend(const QString &eventId); // dead letter or delivered -> pending again, now
    void flush(int timeoutMs); // try every pending event now; emits flushed(allDelivered)

    int pendingCount() const;
    int deadLetterCount() const;
    // Newest first, each with its attempts.
    QVector<WebhookDelivery> deliveries(int limit = 500, int offset = 0) const;
    bool delivery(const QString &eventId, WebhookDelivery *out) const;

    static QByteArray signature(const QByteArray &body, const QByteArray &secret); // "sha256=<hex>"

signals:
    void deliveryUpdated(const QString &eventId);
    void pendingCountChanged(int pending);
    void flushed(bool allDelivered);

private:
    bool ensureSchema(QString *error);
    bool canSend() const;
    bool ready() const;
    void schedulePump(qint64 delayMs);
    void pump();
    bool claim(const QString &eventId);
    void send(const QString &eventId, const QString &agentId, const QByteArray &body);
    void onFinished(QNetworkReply *reply);
    void recordAttempt(
        const QString &eventId, const QString &agentId, const WebhookAttempt &attempt, qint64 retryAfterMs);
    void notifyPending();
    void finishFlush(bool allDelivered);

    struct InFlight
    {
        QString eventId;
        QString agentId;
        qint64 sentAtMs = 0;
    };

    QPointer<AuditStore> m_store; // not owned; the outbox goes quiet if the store goes first
    QPointer<MetricsRegistry> m_metrics;
    QNetworkAccessManager *m_network;
    QUrl m_endpoint;
    QByteArray m_secret;
    WebhookRetryPolicy m_policy;
    QString m_owner; // this outbox's lease name: several consoles may share one PostgreSQL outbox
    bool m_running = false;
    bool m_flushing = false;
    bool m_schemaReady = false;
    bool m_endpointWarned = false;
    int m_lastPending = -1;
    QTimer m_pumpTimer;
    QTimer m_flushTimer;
    QHash<QNetworkReply *, InFlight> m_inFlight;
};
