// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/WriteResult.h"
#include "core/Agent.h"
#include "core/Clock.h"
#include "core/RuleViolation.h"
#include "core/StatusChange.h"
#include "service/ChangeConflict.h"
#include "service/ChangeResult.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class AgentDirectory;
class AuditStore;
class GatewayReply;
class MetricsRegistry;
class StatusGateway;
class TransitionRules;
class WebhookOutbox;
struct AuditEntry;

// One status change end to end (DESIGN.md §3): validate → audit the intent → write with optimistic
// locking → on conflict emit both sides and wait for resolveConflict() → audit the outcome together
// with its webhook event → metrics. Every call is asynchronous; finished() comes exactly once per
// change id that change() returned, and never inside change().
//
// conflict() is emitted for every change; a front end answers the ones it started (a BulkChange
// gathers its own).
//
// A write whose answer was lost (WriteResult::Outcome::Unknown: 5xx, dropped, timed out) is audited
// `unknown` and the agent is read back at once: in the target status it ends Applied (audited with its
// webhook event, as if the answer had come), otherwise Failed. When the read fails too, the change ends
// Unknown and its intent stays open for the IntentReconciler of the next start.
//
// An agent the compare read finds already in the target ends Unchanged: audited `unchanged`, no
// webhook event. A change that another one overtook between our compare read and our write (the push
// channel reported a version of the agent, in another status, between the one we read and the one we
// wrote) ends Applied,
// audited `applied_over_concurrent` with both states, goes to payroll, and concurrentChangeOverwritten()
// tells the front end.
class StatusChangeService : public QObject
{
    Q_OBJECT
public:
    // The rules are read at every validation, so Session::loadRules() takes effect at once.
    StatusChangeService(StatusGateway *gateway, AgentDirectory *directory, const TransitionRules *rules,
        MetricsRegistry *metrics, QObject *parent = nullptr);
    ~StatusChangeService() override;

    // The stores: set once they are open. Without an audit store no change is started (each ends Failed).
    void setStores(AuditStore *audit, WebhookOutbox *webhooks);

    // The time latencies are measured on (nullptr: the system clock).
    void setClock(Clock *clock) { m_clock = Clock::orSystem(clock); }

    // Who is making the changes: written as the supervisor of every audit entry and webhook event.
    void setSupervisor(const QString &supervisor);
    QString supervisor() const;

    // Starts the change and returns its id. Missing agentName, team or fromStatus are taken from the
    // directory. A refused change ends with finished(Rejected), audited and counted.
    QString change(const StatusChange &change);
    // Starts many changes at once; each is validated and audited as by change(), and the allowed ones
    // are written in one gateway call (Genesys re-reads up to 50 agents a request). Ids in order.
    QStringList changeMany(const QVector<StatusChange> &changes);
    // Every reason the rules refuse the change, with nothing sent, audited or counted (for the UI).
    RuleViolations validate(const StatusChange &change) const;
    // Answers a conflict() of a change that is waiting; unknown ids are ignored.
    // reason: for ApplyToLatest, the reason the lead gave when their status asks for one that the
    // change lacked (empty: the change keeps its own).
    void resolveConflict(const QString &changeId, Resolution resolution, const QString &reason = QString());
    // Of these changes, those still waiting in a batch's write and not sent yet end Cancelled (audited, so
    // that their intents close); those on their way are finished as usual.
    void stopUnsent(const QStringList &changeIds);
    // How many changes a bulk change should hand to changeMany() at once (the gateway's batch).
    int preferredBatchSize() const;
    // The ApiClient slowed every request down: audited as rate_limited for the writes in flight.
    void noteRateLimited(int delayMs);

    // Members of a team that the roster's scope leaves out, counted per status (read by the Session when
    // the scope holds only part of a team): capacity rules count the whole team. Empty: none outside.
    void setOutsideCounts(const QString &team, const QHash<QString, int> &counts);
    void clearOutsideCounts();
    // Reads those members again and calls setOutsideCounts() before done (an error: they could not be
    // read). Set by the Session for a scope that holds part of some teams (the teams given): before each
    // change to a status the rules limit, of an agent of such a team, the count is read again (once
    // per team for a batch of changes), so that no change is decided on a count another console or
    // Genesys has made stale. A team that cannot be counted refuses such changes.
    using OutsideRefresh = std::function<void(const QString &team, std::function<void(const ApiError &error)> done)>;
    void setOutsideRefresh(const QSet<QString> &partialTeams, OutsideRefresh refresh);

    int pendingCount() const;
    bool isWaitingForDecision(const QString &changeId) const;
    // Whether the rules ask a reason for this change (its fromStatus taken from the directory when
    // missing): the UI asks here instead of reading the rules itself.
    bool needsReason(const StatusChange &change) const;

signals:
    void conflict(const ChangeConflict &conflict);
    void finished(const ChangeResult &result);
    // Before finished(): our write landed over another change (result.overwritten is theirs).
    void concurrentChangeOverwritten(const ChangeResult &result);

private:
    struct Pending
    {
        QString id;
        StatusChange change;
        qint64 startedMs = 0; // on m_clock
        qint64 requestMs = 0; // the writes' requests on the wire, added up: the update latency
        qint64 decisionStartedMs = -1; // the conflict dialog opened (on m_clock), or -1
        qint64 decidingMs = 0; // time the lead spent deciding conflicts
        QPointer<GatewayReply> reply;
        WriteResult lastWrite; // the server's answer to the last write (a conflict: theirs in agent)
        bool waitingForDecision = false;
        bool rateLimited = false;
        bool writing = false;
        bool confirmedByRead = false; // the answer was lost; the outcome comes from a read of the agent
        bool intentLost = false; // an entry of its own could not be committed to the audit log
        bool stopped = false; // stopUnsent() before it was processed: never audited nor sent
        AgentList seenWhileWriting; // the agent as pushed while the write was on its way
        Agent overwritten; // their change that ours landed over
    };

    StatusChange completed(const StatusChange &change) const;
    QSet<QString> teamsToRecount(const QStringList &changeIds) const;
    void recountThen(const QStringList &changeIds, std::function<void()> then);
    RuleViolations validateWithReservations(const StatusChange &change, const QString &ignoreId) const;
    Pending *createPending(const StatusChange &change);
    void process(const QString &changeId);
    void processBatch(const QStringList &changeIds);
    void validateBatch(const QStringList &changeIds);
    void writeBatch(const QStringList &changeIds);
    void onBatchWritten(const QStringList &changeIds, GatewayReply *reply, const WriteResult &result);
    bool validateAndAudit(Pending *pending);
    void startWrite(Pending *pending);
    void onWritten(const QString &changeId);
    void handleWrite(Pending *pending, const WriteResult &result);
    void applied(Pending *pending, const WriteResult &result, const QString &message = QString());
    void conflicted(Pending *pending, const WriteResult &result);
    void failed(Pending *pending, const WriteResult &result, const QString &message = QString());
    void unknown(Pending *pending, const WriteResult &result);
    void unchanged(Pending *pending, const WriteResult &result);
    void stoppedBeforeSending(Pending *pending, const WriteResult &result);
    void onAgentChanged(const QString &agentId);
    Agent concurrentChange(const Pending *pending, const WriteResult &result) const;
    void observeWindow(const WriteResult &result);
    void onReadBack(const QString &changeId, GatewayReply *read);
    void auditSteps(Pending *pending, const WriteResult &result);
    void finishUnsent(Pending *pending, ChangeResult::Outcome outcome, const ApiError &error = ApiError());
    void finish(Pending *pending, ChangeResult::Outcome outcome, const RuleViolations &violations = {});
    void finishNow(const QString &changeId, ChangeResult::Outcome outcome, const RuleViolations &violations);
    AuditEntry entryFor(const StatusChange &change, const QString &outcome, const QString &message) const;
    // Queues the entry on the audit store's writer (group commit, off this thread). changeId: the
    // change whose write must not leave if the entry is lost (its intent).
    void appendAudit(const AuditEntry &entry, const QString &changeId = QString());
    // Runs then once every entry queued so far is durable (or failed): before a write leaves and
    // before a change is reported finished.
    void afterAudit(std::function<void()> then);
    // The change, once its intent is durable; nullptr (and the change finished unsent) if it was lost.
    Pending *audited(const QString &changeId);
    void writeWhenAudited(const QString &changeId);
    void observeLatency(const Pending *pending, const QString &result);
    void observeWait(const Pending *pending);

    StatusGateway *m_gateway;
    AgentDirectory *m_directory;
    const TransitionRules *m_rules;
    MetricsRegistry *m_metrics;
    QPointer<AuditStore> m_audit;
    QPointer<WebhookOutbox> m_webhooks;
    QString m_supervisor;
    Clock *m_clock = Clock::system();
    QHash<QString, Pending *> m_pending;
    QHash<QString, QHash<QString, int>> m_outsideCounts; // team -> status -> members outside the scope
    QSet<QString> m_partialTeams; // teams with members outside the scope
    QSet<QString> m_uncounted; // of those, teams whose last recount failed
    OutsideRefresh m_refreshOutside;
    quint64 m_nextId = 0;
};
