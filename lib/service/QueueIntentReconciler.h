// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/QueueMembership.h"
#include "audit/AuditEntry.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

class AuditStore;
class Clock;
class QueueGateway;
class WebhookOutbox;

// The queue sibling of the IntentReconciler. A queue membership intent (AuditEntry::isQueueMembership,
// the queue in AuditEntry::queueId) left open by a crash during the PATCH or its confirming reads, or
// by a change audited `unknown` (answer lost, or never shown by the reads), may have landed on Genesys
// since. On start the memberships of those agents are read (QueueGateway, both listings: two requests
// an agent) and each intent is audited `reconciled`: error empty when the membership is as asked,
// `not_applied` when it is not, `not_member` when the agent is no member of the queue any more,
// `agent_not_found` for a 404. A landed change also gets its queue_membership webhook event, which
// payroll would otherwise never see (the entry alone, and a warning in the log, when the outbox is not
// available). The entries and events are stamped with the clock's time. Intents of an agent whose read
// failed otherwise stay open. The log is read and written on the audit store's writer thread.
class QueueIntentReconciler : public QObject
{
    Q_OBJECT
public:
    // `clock`: nullptr for the system clock.
    QueueIntentReconciler(QueueGateway *gateway, AuditStore *audit, WebhookOutbox *webhooks, Clock *clock = nullptr,
        QObject *parent = nullptr);

    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    // Starts; finished() follows (also when there is nothing to do), never inside this call.
    void start();

signals:
    // reconciled: intents closed; error: empty, or why some agents could not be read (their intents stay open).
    void finished(int reconciled, const QString &error);

private:
    struct Read
    {
        bool found = false; // false: 404, the agent is gone
        QueueMemberships memberships;
    };
    void onIntents(const QVector<AuditEntry> &intents);
    void onAllRead();
    void reconcile(const QVector<AuditEntry> &intents);
    AuditEntry reconciled(const AuditEntry &intent, const Read &read, bool *landed) const;

    QueueGateway *m_gateway;
    QPointer<AuditStore> m_audit;
    QPointer<WebhookOutbox> m_webhooks;
    Clock *m_clock;
    QString m_supervisor;
    QHash<QString, Read> m_read; // agent id -> what its read told
    QSet<qint64> m_known; // the intents the reads were made for
    QString m_error;
    int m_pending = 0;
};
