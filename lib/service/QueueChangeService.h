// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/QueueMembership.h"
#include "service/QueueChange.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

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

// Queue membership changes end to end, per agent: a fresh count of the agents active on each queue that a
// deactivation in the run would take below a "minimum active" rule (see recount()) → the rules → a
// compare read of the agent's memberships (a change made since the lead looked is a conflict; a
// non-member pair or a membership already as asked is told, not sent) → an intent entry per change,
// committed on the audit writer → one PATCH of the rest, only once the intents are durable (a lost
// intent ends the change Failed, unsent) → reads after confirmDelayMs (up to confirmReads of them) until
// the memberships show the change, since Genesys applies the PATCH asynchronously. A PATCH whose answer
// was lost (network, timeout, 5xx) may have landed: the same reads decide. Every outcome is audited; a
// confirmed change also goes to payroll (X-Genesys-Event: queue_membership) in the same transaction as
// its audit entry. A change the reads never showed is audited `unknown`: its intent stays open for the
// QueueIntentReconciler of the next start, which tells payroll if it landed after all.
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
    // The entry that writes ahead of a change (outcome intent), as the service commits it.
    AuditEntry intentFor(const QueueChange &change) const;
    // Starts the changes (any agents, any queues); the run is a child of the service until deleted.
    QueueChangeRun *apply(const QVector<QueueChange> &changes);

signals:
    // After every read of an agent's memberships, by this service (compare, confirming, or asked for).
    void membershipsRead(const QString &agentId, const QueueMemberships &memberships);

private:
    struct AgentJob;
    struct QueueCount;
    using Counts = QHash<QString, std::shared_ptr<QueueCount>>;
    void recount(QueueChangeRun *run, const QVector<QueueChange> &changes);
    void readRound(const std::shared_ptr<QueueCount> &count, const std::function<void()> &done);
    void validate(QueueChangeRun *run, const QVector<QueueChange> &changes, const Counts &counts);
    int countedActive(const QueueChange &change, const QVector<QueueChange> &changes, const Counts &counts) const;
    void writeIntents(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job);
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
