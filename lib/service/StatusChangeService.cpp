// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/StatusChangeService.h"

#include "api/GatewayReply.h"
#include "api/GenesysJson.h"
#include "api/StatusGateway.h"
#include "api/WriteResult.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/TransitionRules.h"
#include "metrics/MetricsRegistry.h"
#include "service/AgentDirectory.h"
#include "service/ServiceLogging.h"
#include "webhook/WebhookOutbox.h"

#include <QSet>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <optional>

namespace {

QString resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::ApplyToLatest:
        return QStringLiteral("apply_to_latest");
    case Resolution::KeepTheirs:
        return QStringLiteral("keep_theirs");
    case Resolution::Cancel:
        break;
    }
    return QStringLiteral("cancel");
}

// At most this many pushed states are kept per change in flight: enough to find one that overtook us.
constexpr int kSeenWhileWritingCap = 8;

// The audit message with the compare-before-write window, when a write was sent.
QString withWindow(const QString &message, const WriteResult &result)
{
    if (result.windowMs < 0)
        return message;
    return StatusChangeService::tr("%1 (compare read to write: %2 ms)").arg(message).arg(result.windowMs);
}

} // namespace

StatusChangeService::StatusChangeService(StatusGateway *gateway, AgentDirectory *directory,
    const TransitionRules *rules, MetricsRegistry *metrics, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_directory(directory)
    , m_rules(rules)
    , m_metrics(metrics)
{
    if (m_directory)
        connect(m_directory, &AgentDirectory::agentChanged, this, &StatusChangeService::onAgentChanged);
}

StatusChangeService::~StatusChangeService()
{
    for (Pending *pending : std::as_const(m_pending)) {
        if (pending->reply)
            pending->reply->disconnect(this);
        delete pending;
    }
}

void StatusChangeService::setStores(AuditStore *audit, WebhookOutbox *webhooks)
{
    m_audit = audit;
    m_webhooks = webhooks;
}

void StatusChangeService::setSupervisor(const QString &supervisor)
{
    m_supervisor = supervisor;
}

QString StatusChangeService::supervisor() const
{
    return m_supervisor;
}

int StatusChangeService::pendingCount() const
{
    return static_cast<int>(m_pending.size());
}

bool StatusChangeService::isWaitingForDecision(const QString &changeId) const
{
    const Pending *pending = m_pending.value(changeId);
    return pending && pending->waitingForDecision;
}

StatusChange StatusChangeService::completed(const StatusChange &change) const
{
    StatusChange full = change;
    if (!m_directory)
        return full;
    const std::optional<Agent> agent = m_directory->agent(change.agentId);
    if (!agent)
        return full;
    if (full.agentName.isEmpty())
        full.agentName = agent->name;
    if (full.team.isEmpty())
        full.team = agent->team;
    if (full.fromStatus.isEmpty()) {
        full.fromStatus = agent->status;
        if (full.expectedVersion.isEmpty())
            full.expectedVersion = agent->version;
    }
    return full;
}

RuleViolations StatusChangeService::validate(const StatusChange &change) const
{
    return validateWithReservations(completed(change), QString());
}

// Capacity counts the agents already in the target plus the changes to it that are on their way, so
// that a bulk change with several writes in flight cannot overfill a status.
RuleViolations StatusChangeService::validateWithReservations(const StatusChange &change, const QString &ignoreId) const
{
    QHash<QString, int> counts = m_directory ? m_directory->countsByStatus(change.team) : QHash<QString, int>();
    if (!change.team.isEmpty()) {
        const QHash<QString, int> outside = m_outsideCounts.value(change.team);
        for (auto it = outside.cbegin(); it != outside.cend(); ++it)
            counts[it.key()] += it.value();
    }
    for (const Pending *other : std::as_const(m_pending)) {
        if (other->id == ignoreId || !other->writing || other->change.team != change.team)
            continue;
        counts[other->change.toStatus] += 1;
        if (counts.value(other->change.fromStatus) > 0)
            counts[other->change.fromStatus] -= 1;
    }
    const StatusCatalogue *catalogue = nullptr;
    if (m_gateway && !m_gateway->catalogue().isEmpty())
        catalogue = &m_gateway->catalogue();
    RuleViolations violations = m_rules->validate(change, counts, catalogue);
    if (m_uncounted.contains(change.team) && m_rules->capacity(change.toStatus) >= 0
        && change.fromStatus != change.toStatus) {
        RuleViolation uncounted;
        uncounted.type = RuleViolation::Type::CapacityReached;
        uncounted.message = tr("The members of team %1 outside the roster could not be counted, so the limit on "
                               "%2 cannot be checked.")
                                .arg(change.team, change.toStatus);
        violations.append(uncounted);
    }
    if (change.fromStatus == change.toStatus && m_gateway && m_gateway->protocol() == Protocol::Genesys) {
        // Already there: the compare read confirms it and nothing is written (Unchanged), so the rules
        // have no move to refuse; had the agent moved meanwhile, the compare read makes it a conflict.
        violations.erase(std::remove_if(violations.begin(), violations.end(),
                             [](const RuleViolation &violation) {
                                 return violation.type == RuleViolation::Type::NotAllowed
                                     || violation.type == RuleViolation::Type::ReasonRequired;
                             }),
            violations.end());
    }
    return violations;
}

void StatusChangeService::setOutsideCounts(const QString &team, const QHash<QString, int> &counts)
{
    if (counts.isEmpty())
        m_outsideCounts.remove(team);
    else
        m_outsideCounts.insert(team, counts);
}

void StatusChangeService::clearOutsideCounts()
{
    m_outsideCounts.clear();
    m_partialTeams.clear();
    m_uncounted.clear();
    m_refreshOutside = {};
}

void StatusChangeService::setOutsideRefresh(const QSet<QString> &partialTeams, OutsideRefresh refresh)
{
    m_partialTeams = partialTeams;
    m_uncounted.clear();
    m_refreshOutside = std::move(refresh);
}

// The partial teams that the limited changes among these count on.
QSet<QString> StatusChangeService::teamsToRecount(const QStringList &changeIds) const
{
    QSet<QString> teams;
    if (!m_refreshOutside)
        return teams;
    for (const QString &id : changeIds) {
        const Pending *pending = m_pending.value(id);
        if (!pending || pending->stopped || !m_partialTeams.contains(pending->change.team))
            continue;
        if (m_rules->capacity(pending->change.toStatus) >= 0 && pending->change.fromStatus != pending->change.toStatus)
            teams.insert(pending->change.team);
    }
    return teams;
}

// Reads the partial teams' other members again, one read per team for the whole batch, then goes on.
void StatusChangeService::recountThen(const QStringList &changeIds, std::function<void()> then)
{
    const QSet<QString> teams = teamsToRecount(changeIds);
    if (teams.isEmpty()) {
        then();
        return;
    }
    auto left = std::make_shared<int>(int(teams.size()));
    const QPointer<StatusChangeService> self = this;
    for (const QString &team : teams) {
        m_refreshOutside(team, [self, team, left, then](const ApiError &error) {
            if (!self)
                return;
            if (error.isError()) {
                qCWarning(lcService) << "team" << team << "outside the scope not counted:" << error.toString();
                self->m_uncounted.insert(team);
            } else {
                self->m_uncounted.remove(team);
            }
            if (--*left == 0)
                then();
        });
    }
}

StatusChangeService::Pending *StatusChangeService::createPending(const StatusChange &change)
{
    auto *pending = new Pending;
    pending->id = QStringLiteral("change-%1").arg(++m_nextId);
    pending->change = completed(change);
    pending->startedMs = m_clock->monotonicMs();
    m_pending.insert(pending->id, pending);
    return pending;
}

QString StatusChangeService::change(const StatusChange &change)
{
    const QString id = createPending(change)->id;
    QTimer::singleShot(0, this, [this, id] { process(id); });
    return id;
}

QStringList StatusChangeService::changeMany(const QVector<StatusChange> &changes)
{
    QStringList ids;
    for (const StatusChange &change : changes)
        ids.append(createPending(change)->id);
    QTimer::singleShot(0, this, [this, ids] { processBatch(ids); });
    return ids;
}

void StatusChangeService::process(const QString &changeId)
{
    Pending *pending = m_pending.value(changeId);
    if (!pending)
        return;
    if (!m_audit) {
        finishUnsent(pending, ChangeResult::Outcome::Failed,
            ApiError::make(ApiError::Kind::Configuration,
                tr("The audit store is not open; no change is made without an audit trail.")));
        return;
    }
    recountThen({changeId}, [this, changeId] {
        if (Pending *pending = m_pending.value(changeId); pending && validateAndAudit(pending))
            writeWhenAudited(changeId);
    });
}

void StatusChangeService::processBatch(const QStringList &changeIds)
{
    recountThen(changeIds, [this, changeIds] { validateBatch(changeIds); });
}

void StatusChangeService::validateBatch(const QStringList &changeIds)
{
    QStringList writing;
    for (const QString &id : changeIds) {
        Pending *pending = m_pending.value(id);
        if (!pending)
            continue;
        if (pending->stopped) {
            finishUnsent(pending, ChangeResult::Outcome::Cancelled);
            continue;
        }
        if (!m_audit) {
            finishUnsent(pending, ChangeResult::Outcome::Failed,
                ApiError::make(ApiError::Kind::Configuration,
                    tr("The audit store is not open; no change is made without an audit trail.")));
            continue;
        }
        if (!validateAndAudit(pending))
            continue;
        pending->writing = true; // reserves its capacity for the validations after it
        writing.append(id);
    }
    if (writing.isEmpty())
        return;
    // The intents of the whole batch commit in one group; the write leaves once they are durable.
    afterAudit([this, writing] {
        QStringList ids;
        for (const QString &id : writing) {
            if (audited(id))
                ids.append(id);
        }
        writeBatch(ids);
    });
}

void StatusChangeService::writeBatch(const QStringList &writing)
{
    if (writing.isEmpty())
        return;
    QVector<StatusChange> changes;
    for (const QString &id : writing)
        changes.append(m_pending.value(id)->change);
    if (writing.size() == 1) {
        startWrite(m_pending.value(writing.constFirst()));
        return;
    }
    GatewayReply *reply = m_gateway->writeStatuses(changes);
    for (const QString &id : std::as_const(writing))
        m_pending.value(id)->reply = reply;
    connect(reply, &GatewayReply::writeDone, this,
        [this, writing, reply](const WriteResult &result) { onBatchWritten(writing, reply, result); });
    // The reply answers every change with writeDone() before finished(): then it is only deleted.
    connect(reply, &GatewayReply::finished, reply, &QObject::deleteLater);
}

// A batch answers per agent; the change of that agent in this batch takes the answer.
void StatusChangeService::onBatchWritten(const QStringList &changeIds, GatewayReply *reply, const WriteResult &result)
{
    for (const QString &id : changeIds) {
        Pending *pending = m_pending.value(id);
        if (!pending || pending->reply != reply || pending->change.agentId != result.change.agentId)
            continue;
        pending->reply = nullptr;
        pending->writing = false;
        handleWrite(pending, result);
        return;
    }
}

// Refusals end the change here: audited, counted, finished as Rejected. Otherwise the intent is
// written before any request leaves, so that a crash can be reconciled on the next start.
bool StatusChangeService::validateAndAudit(Pending *pending)
{
    const RuleViolations violations = validateWithReservations(pending->change, pending->id);
    if (!violations.isEmpty()) {
        AuditEntry entry
            = entryFor(pending->change, AuditOutcome::ValidationFailed, tr("Refused by the transition rules"));
        entry.level = AuditLevel::Warning;
        entry.error = ChangeResult::violationText(violations);
        appendAudit(entry);
        for (const RuleViolation &violation : violations) {
            if (m_metrics)
                m_metrics->increment(Metric::ValidationErrors, {{QStringLiteral("error_type"), violation.typeName()}});
        }
        observeLatency(pending, QStringLiteral("rejected"));
        finish(pending, ChangeResult::Outcome::Rejected, violations);
        return false;
    }
    AuditEntry intent = entryFor(pending->change, AuditOutcome::Intent, tr("Status change requested"));
    intent.etagBefore = pending->change.expectedVersion;
    pending->intentLost = false;
    appendAudit(intent, pending->id);
    return true;
}

void StatusChangeService::writeWhenAudited(const QString &changeId)
{
    afterAudit([this, changeId] {
        if (Pending *pending = audited(changeId))
            startWrite(pending);
    });
}

StatusChangeService::Pending *StatusChangeService::audited(const QString &changeId)
{
    Pending *pending = m_pending.value(changeId);
    if (!pending || !pending->intentLost)
        return pending;
    pending->writing = false;
    finishUnsent(pending, ChangeResult::Outcome::Failed,
        ApiError::make(ApiError::Kind::Configuration, tr("The intent could not be audited; the change was not sent.")));
    return nullptr;
}

void StatusChangeService::startWrite(Pending *pending)
{
    pending->writing = true;
    pending->rateLimited = false;
    GatewayReply *reply = m_gateway->writeStatus(pending->change);
    pending->reply = reply;
    const QString id = pending->id;
    connect(reply, &GatewayReply::finished, this, [this, id] { onWritten(id); });
}

void StatusChangeService::onWritten(const QString &changeId)
{
    Pending *pending = m_pending.value(changeId);
    if (!pending || !pending->reply)
        return;
    GatewayReply *reply = pending->reply;
    pending->reply = nullptr;
    pending->writing = false;
    reply->deleteLater();
    handleWrite(pending, reply->writeResult());
}

void StatusChangeService::handleWrite(Pending *pending, const WriteResult &result)
{
    if (result.outcome == WriteResult::Outcome::Failed && result.error.kind == ApiError::Kind::Cancelled
        && result.attempts == 0 && result.windowMs < 0)
        return stoppedBeforeSending(pending, result);
    pending->lastWrite = result;
    pending->requestMs += result.requestMs;
    observeWindow(result);
    auditSteps(pending, result);
    switch (result.outcome) {
    case WriteResult::Outcome::Applied:
        applied(pending, result);
        break;
    case WriteResult::Outcome::Conflict:
        conflicted(pending, result);
        break;
    case WriteResult::Outcome::Failed:
        failed(pending, result);
        break;
    case WriteResult::Outcome::Unknown:
        unknown(pending, result);
        break;
    case WriteResult::Outcome::Unchanged:
        unchanged(pending, result);
        break;
    }
}

// Retries and 429 pauses are steps on the way, audited so that compliance sees why a change was slow.
void StatusChangeService::auditSteps(Pending *pending, const WriteResult &result)
{
    if (result.attempts > 1) {
        AuditEntry entry
            = entryFor(pending->change, AuditOutcome::Retried, tr("The write needed %1 attempts").arg(result.attempts));
        entry.correlationId = result.correlationId;
        appendAudit(entry);
    }
    if (pending->rateLimited) {
        AuditEntry entry
            = entryFor(pending->change, AuditOutcome::RateLimited, tr("The server asked StatusDesk to slow down"));
        entry.level = AuditLevel::Warning;
        appendAudit(entry);
    }
}

void StatusChangeService::applied(Pending *pending, const WriteResult &result, const QString &message)
{
    const Agent theirs = concurrentChange(pending, result);
    QString text = message.isEmpty() ? tr("Status changed") : message;
    if (theirs.isValid()) {
        pending->overwritten = theirs;
        text = tr("%1 over a concurrent change: between our read and our write the agent was set to %2 (version %3)")
                   .arg(text, theirs.status, theirs.version);
    }
    AuditEntry entry = entryFor(pending->change,
        theirs.isValid() ? AuditOutcome::AppliedOverConcurrent : AuditOutcome::Applied, withWindow(text, result));
    if (theirs.isValid())
        entry.level = AuditLevel::Warning;
    entry.latencyMs = pending->requestMs;
    entry.etagBefore = result.etagBefore;
    entry.etagAfter = result.etagAfter;
    entry.correlationId = result.correlationId;
    const WebhookEvent event = WebhookEvent::create(pending->change.agentId, pending->change.toStatus,
        pending->change.fromStatus, pending->change.reason, m_supervisor, result.etagAfter, m_clock);
    if (m_webhooks) {
        m_webhooks->recordOutcomeLater(entry, event, this, [](bool ok, const AuditEntry &, const QString &error) {
            if (!ok)
                qCWarning(lcService) << "applied change could not be recorded:" << error;
        });
    } else {
        appendAudit(entry);
    }
    // The row keeps its name and team: the server's agent carries the presence fields.
    if (m_directory && result.agent.isValid())
        m_directory->applyConfirmed(result.agent);
    observeLatency(pending, QStringLiteral("applied"));
    finish(pending, ChangeResult::Outcome::Applied);
}

// Already in the target: nothing was written and nothing changed for payroll, so no webhook event.
void StatusChangeService::unchanged(Pending *pending, const WriteResult &result)
{
    AuditEntry entry = entryFor(
        pending->change, AuditOutcome::Unchanged, tr("Already %1: nothing written").arg(pending->change.toStatus));
    entry.latencyMs = pending->requestMs;
    entry.etagBefore = result.etagBefore;
    entry.etagAfter = result.etagAfter;
    entry.correlationId = result.correlationId;
    appendAudit(entry);
    if (m_directory && result.agent.isValid())
        m_directory->applyConfirmed(result.agent);
    observeLatency(pending, QStringLiteral("unchanged"));
    finish(pending, ChangeResult::Outcome::Unchanged);
}

// Stopped in its batch before anything was sent for it: its intent is closed and it ends Cancelled.
void StatusChangeService::stoppedBeforeSending(Pending *pending, const WriteResult &result)
{
    AuditEntry entry = entryFor(pending->change, AuditOutcome::Failed, tr("Cancelled before it was sent"));
    entry.error = result.error.toString();
    appendAudit(entry);
    pending->lastWrite = result;
    observeLatency(pending, QStringLiteral("cancelled"));
    finish(pending, ChangeResult::Outcome::Cancelled);
}

void StatusChangeService::stopUnsent(const QStringList &changeIds)
{
    QSet<GatewayReply *> stopped;
    for (const QString &id : changeIds) {
        Pending *pending = m_pending.value(id);
        if (pending && !pending->reply && !pending->writing)
            pending->stopped = true; // not processed yet
        if (pending && pending->reply && !stopped.contains(pending->reply)) {
            stopped.insert(pending->reply);
            pending->reply->requestStop();
        }
    }
}

int StatusChangeService::preferredBatchSize() const
{
    return m_gateway ? m_gateway->preferredBatchSize() : 20;
}

// A pushed state of an agent whose write is on its way: it may be another change overtaking ours.
void StatusChangeService::onAgentChanged(const QString &agentId)
{
    for (Pending *pending : std::as_const(m_pending)) {
        if (!pending->writing || pending->change.agentId != agentId)
            continue;
        const std::optional<Agent> agent = m_directory->agent(agentId);
        if (agent && pending->seenWhileWriting.size() < kSeenWhileWritingCap)
            pending->seenWhileWriting.append(*agent);
    }
}

// Another change between our compare read and our write: a state of the agent, other than our target,
// whose version (the presence's modifiedDate) is later than the one we read and earlier than the one we
// wrote. Only a
// protocol whose versions are times can tell; the latest such state, or an invalid Agent.
Agent StatusChangeService::concurrentChange(const Pending *pending, const WriteResult &result) const
{
    const QDateTime read = GenesysJson::parseDate(result.etagBefore);
    if (!read.isValid())
        return Agent();
    const QDateTime written = GenesysJson::parseDate(result.etagAfter);
    AgentList candidates = pending->seenWhileWriting;
    if (m_directory) {
        if (const std::optional<Agent> row = m_directory->agent(pending->change.agentId))
            candidates.append(*row);
    }
    Agent theirs;
    QDateTime latest;
    for (const Agent &candidate : std::as_const(candidates)) {
        // A state in our own target is no other change to speak of (a retried write of ours leaves
        // several versions of it).
        const QDateTime at = GenesysJson::parseDate(candidate.version);
        if (!at.isValid() || at <= read || candidate.version == result.etagAfter
            || candidate.status == pending->change.toStatus)
            continue;
        if (written.isValid() && at >= written)
            continue;
        if (!latest.isValid() || at > latest) {
            latest = at;
            theirs = candidate;
        }
    }
    return theirs;
}

void StatusChangeService::observeWindow(const WriteResult &result)
{
    if (m_metrics && result.windowMs >= 0)
        m_metrics->observe(Metric::CompareWindow, {}, static_cast<double>(result.windowMs) / 1000.0);
}

void StatusChangeService::conflicted(Pending *pending, const WriteResult &result)
{
    const Agent &theirs = result.agent;
    AuditEntry entry = entryFor(
        pending->change, AuditOutcome::Conflict, tr("The agent changed meanwhile: now %1").arg(theirs.status));
    entry.level = AuditLevel::Warning;
    entry.etagBefore = result.etagBefore;
    entry.etagAfter = theirs.version;
    entry.correlationId = result.correlationId;
    entry.latencyMs = pending->requestMs;
    appendAudit(entry);
    if (m_directory && theirs.isValid())
        m_directory->applyConfirmed(theirs);
    pending->waitingForDecision = true;
    pending->decisionStartedMs = m_clock->monotonicMs();
    emit conflict(ChangeConflict {pending->id, pending->change, theirs});
}

void StatusChangeService::failed(Pending *pending, const WriteResult &result, const QString &message)
{
    AuditEntry entry = entryFor(pending->change, AuditOutcome::Failed,
        withWindow(message.isEmpty() ? tr("Status change failed") : message, result));
    entry.level = AuditLevel::Error;
    entry.error = result.error.toString();
    entry.latencyMs = pending->requestMs;
    entry.etagBefore = result.etagBefore;
    entry.correlationId = result.correlationId;
    appendAudit(entry);
    observeLatency(pending, QStringLiteral("failed"));
    finish(pending, ChangeResult::Outcome::Failed);
}

// The write was sent and its answer lost: said so in the audit, then the agent is read back. The
// change keeps its capacity reservation meanwhile, since it may have landed.
void StatusChangeService::unknown(Pending *pending, const WriteResult &result)
{
    AuditEntry entry = entryFor(pending->change, AuditOutcome::Unknown,
        withWindow(
            tr("The server's answer was lost; reading the agent to learn whether the change took effect"), result));
    entry.level = AuditLevel::Warning;
    entry.error = result.error.toString();
    entry.latencyMs = pending->requestMs;
    entry.etagBefore = result.etagBefore;
    entry.correlationId = result.correlationId;
    appendAudit(entry);
    pending->writing = true;
    GatewayReply *read = m_gateway->readAgents({pending->change.agentId});
    pending->reply = read;
    const QString id = pending->id;
    connect(read, &GatewayReply::finished, this, [this, id, read] { onReadBack(id, read); });
}

void StatusChangeService::onReadBack(const QString &changeId, GatewayReply *read)
{
    read->deleteLater();
    Pending *pending = m_pending.value(changeId);
    if (!pending || pending->reply != read)
        return;
    pending->reply = nullptr;
    pending->writing = false;
    std::optional<Agent> now;
    if (read->isOk()) {
        const AgentList agents = read->agents();
        for (const Agent &agent : agents) {
            if (agent.id == pending->change.agentId)
                now = agent;
        }
    }
    if (!now) {
        qCWarning(lcService) << "the outcome of" << changeId << "stays unknown:" << read->error().toString();
        observeLatency(pending, QStringLiteral("unknown"));
        finish(pending, ChangeResult::Outcome::Unknown);
        return;
    }
    pending->confirmedByRead = true;
    WriteResult confirmed = pending->lastWrite;
    if (now->status == pending->change.toStatus) {
        confirmed.outcome = WriteResult::Outcome::Applied;
        confirmed.error = ApiError();
        confirmed.agent = *now;
        confirmed.etagAfter = now->version;
        pending->lastWrite = confirmed;
        applied(pending, confirmed, tr("Status changed (the answer was lost; a read of the agent confirmed it)"));
        return;
    }
    confirmed.outcome = WriteResult::Outcome::Failed;
    confirmed.agent = *now;
    pending->lastWrite = confirmed;
    if (m_directory)
        m_directory->applyConfirmed(*now);
    failed(pending, confirmed,
        tr("Status change did not take effect: the answer was lost and the agent is in %1").arg(now->status));
}

void StatusChangeService::resolveConflict(const QString &changeId, Resolution resolution, const QString &reason)
{
    Pending *pending = m_pending.value(changeId);
    if (!pending || !pending->waitingForDecision)
        return;
    pending->waitingForDecision = false;
    if (pending->decisionStartedMs >= 0)
        pending->decidingMs += m_clock->elapsedSince(pending->decisionStartedMs);
    pending->decisionStartedMs = -1;
    if (m_metrics)
        m_metrics->increment(Metric::Conflicts, {{QStringLiteral("resolution"), resolutionName(resolution)}});
    AuditEntry entry = entryFor(
        pending->change, AuditOutcome::ConflictResolved, tr("Conflict resolved: %1").arg(resolutionName(resolution)));
    const ChangeConflict conflict {pending->id, pending->change, pending->lastWrite.agent};
    entry.etagBefore = conflict.theirs.version;
    appendAudit(entry);

    if (resolution == Resolution::ApplyToLatest) {
        // The lead's target, against the state the agent is in now: validated again, then written.
        pending->change = conflict.appliedToLatest();
        if (!reason.isEmpty())
            pending->change.reason = reason;
        if (validateAndAudit(pending))
            writeWhenAudited(pending->id);
        return;
    }
    const bool keep = resolution == Resolution::KeepTheirs;
    observeLatency(pending, keep ? QStringLiteral("conflict_kept_theirs") : QStringLiteral("cancelled"));
    finish(pending, keep ? ChangeResult::Outcome::ConflictKeptTheirs : ChangeResult::Outcome::Cancelled);
}

void StatusChangeService::noteRateLimited(int delayMs)
{
    Q_UNUSED(delayMs)
    for (Pending *pending : std::as_const(m_pending)) {
        if (pending->writing)
            pending->rateLimited = true;
    }
}

// Nothing was sent for this attempt: the error (if any) is the service's own.
void StatusChangeService::finishUnsent(Pending *pending, ChangeResult::Outcome outcome, const ApiError &error)
{
    pending->lastWrite = WriteResult::failure(error);
    finish(pending, outcome);
}

// The lead hears of the change only once its outcome (and everything before it) is durable.
void StatusChangeService::finish(Pending *pending, ChangeResult::Outcome outcome, const RuleViolations &violations)
{
    const QString id = pending->id;
    afterAudit([this, id, outcome, violations] { finishNow(id, outcome, violations); });
}

void StatusChangeService::finishNow(
    const QString &changeId, ChangeResult::Outcome outcome, const RuleViolations &violations)
{
    Pending *pending = m_pending.value(changeId);
    if (!pending)
        return;
    ChangeResult result;
    result.changeId = pending->id;
    result.outcome = outcome;
    result.write = pending->lastWrite;
    result.write.change = pending->change; // as last asked (Apply to latest may have rebased it)
    result.violations = violations;
    result.latencyMs = m_clock->elapsedSince(pending->startedMs);
    result.confirmedByRead = pending->confirmedByRead;
    if (outcome == ChangeResult::Outcome::Applied)
        result.overwritten = pending->overwritten;

    m_pending.remove(pending->id);
    bool shared = false;
    for (const Pending *other : std::as_const(m_pending))
        shared = shared || (pending->reply && other->reply == pending->reply);
    if (pending->reply && !shared) {
        pending->reply->disconnect(this);
        pending->reply->deleteLater();
    }
    delete pending;
    if (result.overConcurrentChange())
        emit concurrentChangeOverwritten(result);
    emit finished(result);
}

AuditEntry StatusChangeService::entryFor(
    const StatusChange &change, const QString &outcome, const QString &message) const
{
    AuditEntry entry;
    entry.level = AuditLevel::Info;
    entry.msg = message;
    entry.supervisor = m_supervisor;
    entry.agentId = change.agentId;
    entry.agentName = change.agentName;
    entry.fromStatus = change.fromStatus;
    entry.toStatus = change.toStatus;
    entry.reason = change.reason;
    entry.outcome = outcome;
    return entry;
}

void StatusChangeService::appendAudit(const AuditEntry &entry, const QString &changeId)
{
    if (!m_audit) {
        if (Pending *pending = m_pending.value(changeId))
            pending->intentLost = true;
        return;
    }
    m_audit->writer()->submit(
        {entry}, this, [this, changeId](bool ok, const QVector<AuditEntry> &, const QString &error) {
            if (ok)
                return;
            qCWarning(lcService) << "audit entry could not be written:" << error;
            if (Pending *pending = m_pending.value(changeId))
                pending->intentLost = true;
        });
}

void StatusChangeService::afterAudit(std::function<void()> then)
{
    if (m_audit)
        m_audit->writer()->afterQueued(this, std::move(then));
    else
        then();
}

// The update latency is the request's own time: neither the lead's time in the conflict dialog nor
// the wait in the rate limiter's (or a bulk change's) queue, which observeWait() shows apart.
void StatusChangeService::observeLatency(const Pending *pending, const QString &result)
{
    if (!m_metrics)
        return;
    const double seconds = static_cast<double>(pending->requestMs) / 1000.0;
    m_metrics->observe(Metric::StateUpdateLatency,
        {{QStringLiteral("status"), pending->change.toStatus}, {QStringLiteral("result"), result}}, seconds);
    if (pending->requestMs > 0 || result != QLatin1String("rejected"))
        observeWait(pending);
}

void StatusChangeService::observeWait(const Pending *pending)
{
    const qint64 waited = m_clock->elapsedSince(pending->startedMs) - pending->requestMs - pending->decidingMs;
    m_metrics->observe(Metric::StateUpdateWait, {{QStringLiteral("status"), pending->change.toStatus}},
        static_cast<double>(qMax<qint64>(0, waited)) / 1000.0);
}

bool StatusChangeService::needsReason(const StatusChange &change) const
{
    const StatusChange full = completed(change);
    return m_rules->reasonRequired(full.fromStatus, full.toStatus);
}
