// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/QueueMembership.h"
#include "service/QueueChange.h"

#include <QObject>
#include <QPointer>

#include <functional>

class AgentDirectory;
class AuditStore;
class Clock;
class QueueGateway;
class QueueReply;
class TransitionRules;
class WebhookOutbox;
struct AuditEntry;

// One run of queue membership changes (QueueChangeService::apply()). finished() comes exactly once, never
// inside apply(); results() then holds one result per change asked, in order.
class QueueChangeRun : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    QueueChangeResults results() const { return m_results; }
    bool isFinished() const { return m_finished; }

signals:
    void resultReady(const QueueChangeResult &result);
    void finished();

private:
    friend class QueueChangeService;
    QueueChangeResults m_results;
    QVector<bool> m_done;
    int m_remaining = 0;
    bool m_finished = false;
};

// Queue membership changes end to end, per agent: the rules (reasons, "at least N of the scope active
// on queue Q" counted from the directory's activeQueueIds) → a compare read of the agent's memberships
// (a change made since the lead looked is a conflict; a non-member pair or a membership already as
// asked is told, not sent) → one PATCH of the rest → reads after confirmDelayMs (up to confirmReads of
// them) until the memberships show the change, since Genesys applies the PATCH asynchronously. Every
// outcome is audited; a confirmed change also goes to payroll (X-Genesys-Event: queue_membership) in
// the same transaction as its audit entry. Nothing of it writes an intent: an unconfirmed change is
// audited as failed with what was seen, and the next read of the panel shows the truth.
class QueueChangeService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultConfirmDelayMs = 2000;
    static constexpr int kDefaultConfirmReads = 3;

    // `directory` (nullable) counts the scope's active agents per queue and takes the confirmed
    // memberships; the rules are read at every validation.
    QueueChangeService(QueueGateway *gateway, AgentDirectory *directory, const TransitionRules *rules,
        Clock *clock = nullptr, QObject *parent = nullptr);

    // Without an audit store no change is started (each ends Failed).
    void setStores(AuditStore *audit, WebhookOutbox *webhooks);
    void setSupervisor(const QString &supervisor) { m_supervisor = supervisor; }
    void setConfirmDelay(int milliseconds) { m_confirmDelayMs = qMax(0, milliseconds); }
    void setConfirmReads(int reads) { m_confirmReads = qMax(1, reads); }
    QueueGateway *gateway() const { return m_gateway; }

    // Reads one agent's memberships (both joined listings, merged) and hands the active ones to the
    // directory. The receiver deletes the reply.
    QueueReply *readMemberships(const QString &agentId);
    // The agents of the directory whose activeQueueIds holds the queue (those whose memberships are not
    // known yet are not counted).
    int activeInScope(const QString &queueId, const QString &exceptAgentId = QString()) const;
    // Starts the changes (any agents, any queues); the run is a child of the service until deleted.
    QueueChangeRun *apply(const QVector<QueueChange> &changes);

signals:
    // After every read of an agent's memberships, by this service (compare, confirming, or asked for).
    void membershipsRead(const QString &agentId, const QueueMemberships &memberships);

private:
    struct AgentJob;
    void validate(QueueChangeRun *run, const QVector<QueueChange> &changes);
    void compare(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job);
    void onCompared(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job, QueueReply *reply);
    void write(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job);
    void confirm(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job);
    void onConfirmRead(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job, QueueReply *reply);
    void finishChange(QueueChangeRun *run, int index, QueueChangeResult result);
    void audit(const QueueChangeResult &result, const std::function<void()> &then);
    AuditEntry entryFor(const QueueChangeResult &result) const;
    void publish(const QString &agentId, const QueueMemberships &memberships);

    QueueGateway *m_gateway;
    QPointer<AgentDirectory> m_directory;
    const TransitionRules *m_rules;
    Clock *m_clock;
    QPointer<AuditStore> m_audit;
    QPointer<WebhookOutbox> m_webhooks;
    QString m_supervisor;
    int m_confirmDelayMs = kDefaultConfirmDelayMs;
    int m_confirmReads = kDefaultConfirmReads;
};
