// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "core/Agent.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class AuditStore;
class Clock;
class GatewayReply;
class StatusGateway;
class WebhookOutbox;

// After a crash between request and answer, an intent is left without an outcome: nobody knows
// whether the write reached the server. On start the reconciler reads those agents' current state
// and audits each intent as `reconciled`, saying whether the agent is in the requested status. An
// intent that did land also gets its webhook event, which payroll would otherwise never see. The
// reconciled entries and events are stamped with the clock's time. The error field says `not_applied`
// (the agent is elsewhere) or `agent_not_found`; it is empty for an intent that took effect. Intents
// whose write was audited `unknown` (the answer lost, the read back failed too) are closed here as well.
// Queue membership intents (AuditEntry::isQueueMembership) are left to the QueueIntentReconciler. When
// the webhook outbox is not available, a closing entry is written without its event (and the log says so).
// The log is read and written on the audit store's writer thread (with PostgreSQL each is a round
// trip): the caller's thread only asks and is told.
class IntentReconciler : public QObject
{
    Q_OBJECT
public:
    // `clock`: nullptr for the system clock.
    IntentReconciler(StatusGateway *gateway, AuditStore *audit, WebhookOutbox *webhooks, Clock *clock = nullptr,
        QObject *parent = nullptr);

    void setSupervisor(const QString &supervisor);
    // Starts; finished() follows (also when there is nothing to do), never inside this call.
    void start();

signals:
    // reconciled: intents closed; error: empty, or why the agents could not be read (intents stay open).
    void finished(int reconciled, const QString &error);

private:
    void onIntents(const QVector<AuditEntry> &intents);
    void onRead();
    void reconcile(const QHash<QString, Agent> &now, const QVector<AuditEntry> &intents);
    AuditEntry reconciled(const AuditEntry &intent, const QHash<QString, Agent> &now, bool *landed) const;

    StatusGateway *m_gateway;
    QPointer<AuditStore> m_audit;
    QPointer<WebhookOutbox> m_webhooks;
    Clock *m_clock;
    QString m_supervisor;
    QPointer<GatewayReply> m_reply;
};
