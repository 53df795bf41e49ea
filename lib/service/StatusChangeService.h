// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RuleViolation.h"
#include "core/StatusChange.h"
#include "service/ChangeConflict.h"
#include "service/ChangeResult.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class AgentDirectory;
class AuditStore;
class MetricsRegistry;
class StatusGateway;
class TransitionRules;
class WebhookOutbox;

// One status change end to end (DESIGN.md §3): validate → audit the intent → write with optimistic
// locking → on conflict emit both sides and wait for resolveConflict() → audit the outcome together
// with its webhook event → metrics. Every call is asynchronous; finished() comes exactly once per
// change id that change() returned.
//
// conflict() is emitted for every change; a front end answers the ones it started (a BulkChange
// gathers its own).
class StatusChangeService : public QObject
{
    Q_OBJECT
public:
    StatusChangeService(StatusGateway *gateway, AgentDirectory *directory, AuditStore *audit, WebhookOutbox *webhooks,
        MetricsRegistry *metrics, const TransitionRules *rules, QObject *parent = nullptr);
    ~StatusChangeService() override;

    // Who is making the changes: written as the supervisor of every audit entry and webhook event.
    void setSupervisor(const QString &supervisor);
    QString supervisor() const;

    // Starts the change and returns its id. A refused change ends with finished(Rejected) from the
    // event loop, never inside this call.
    QString change(const StatusChange &change);
    // Every reason the rules refuse the change, with nothing sent or audited (for the UI).
    RuleViolations validate(const StatusChange &change) const;
    // Answers a conflict() of a change that is waiting; unknown ids are ignored.
    void resolveConflict(const QString &changeId, Resolution resolution);

    int pendingCount() const;
    bool isWaitingForDecision(const QString &changeId) const;

signals:
    void conflict(const ChangeConflict &conflict);
    void finished(const ChangeResult &result);

private:
    struct Pending;

    void startWrite(const QString &changeId);
    void finish(const QString &changeId, ChangeResult result);
    void reject(const QString &changeId, const RuleViolations &violations);

    StatusGateway *m_gateway;
    AgentDirectory *m_directory;
    AuditStore *m_audit;
    WebhookOutbox *m_webhooks;
    MetricsRegistry *m_metrics;
    const TransitionRules *m_rules;
    QString m_supervisor;
    QHash<QString, Pending *> m_pending;
    quint64 m_nextId = 0;
};
