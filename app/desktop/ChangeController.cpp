// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ChangeController.h"

#include "api/StatusGateway.h"
#include "core/TransitionRules.h"
#include "desktop/BulkChangeDialog.h"
#include "desktop/ChangeDialog.h"
#include "desktop/ConflictDialog.h"
#include "desktop/MessageBar.h"
#include "models/AgentTableModel.h"
#include "models/ChangeAuthors.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"
#include "service/StatusChangeService.h"

ChangeController::ChangeController(AgentTableModel *roster, MessageBar *messages, QWidget *window)
    : QObject(window)
    , m_roster(roster)
    , m_messages(messages)
    , m_window(window)
{
    connect(m_messages, &MessageBar::actionTriggered, this, [this](const QString &actionId) {
        const auto it = m_retry.constFind(actionId);
        if (it == m_retry.constEnd() || !m_session)
            return;
        const StatusChange change = *it;
        m_retry.remove(actionId);
        m_messages->hideMessage();
        m_roster->markPending(change.agentId, change.toStatus);
        m_mine.insert(m_session->changes()->change(change));
    });
}

ChangeController::~ChangeController() = default;

ChangeDialog *ChangeController::changeDialog() const
{
    return m_changeDialog;
}

ConflictDialog *ChangeController::conflictDialog() const
{
    return m_conflictDialog;
}

BulkChangeDialog *ChangeController::bulkDialog() const
{
    return m_bulkDialog;
}

QString ChangeController::violationText(const RuleViolations &violations)
{
    QStringList parts;
    for (const RuleViolation &violation : violations)
        parts << violation.message;
    return parts.join(QStringLiteral("; "));
}

void ChangeController::setSession(Session *session)
{
    if (m_session)
        disconnect(m_session->changes(), nullptr, this, nullptr);
    m_session = session;
    m_mine.clear();
    m_retry.clear();
    if (!session)
        return;
    connect(session->changes(), &StatusChangeService::conflict, this, &ChangeController::onConflict);
    connect(session->changes(), &StatusChangeService::finished, this, &ChangeController::onFinished);
    connect(session->changes(), &StatusChangeService::concurrentChangeOverwritten, this,
        &ChangeController::onConcurrentChangeOverwritten);
    // Every change of this console that ends, single or bulk, takes its "pending" off the row.
    connect(session->changes(), &StatusChangeService::finished, this,
        [this](const ChangeResult &result) { m_roster->clearPending(result.write.change.agentId); });
}

QStringList ChangeController::reasonCodes() const
{
    if (!m_session)
        return {};
    const QStringList fromRules = m_session->rules().reasons();
    return fromRules.isEmpty() ? m_session->gateway()->catalogue().reasons() : fromRules;
}

QString ChangeController::label(const QString &statusKey) const
{
    return m_roster->statusLabel(statusKey);
}

QVector<Agent> ChangeController::agentsFor(const QStringList &ids) const
{
    QVector<Agent> agents;
    if (!m_session)
        return agents;
    for (const QString &id : ids) {
        if (const std::optional<Agent> agent = m_session->directory()->agent(id))
            agents.append(*agent);
    }
    return agents;
}

QString ChangeController::refusalFor(const StatusChange &change) const
{
    if (change.fromStatus == change.toStatus)
        return tr("%1 is already in this status.").arg(change.agentName);
    const RuleViolations violations = m_session->changes()->validate(change);
    QStringList reasons;
    for (const RuleViolation &violation : violations) {
        // The reason is picked in the dialog; only the other refusals decide here.
        if (violation.type != RuleViolation::Type::ReasonRequired)
            reasons << violation.message;
    }
    return reasons.join(QLatin1Char(' '));
}

TargetOptions ChangeController::targetsFor(const QVector<Agent> &agents) const
{
    TargetOptions options;
    if (!m_session || agents.isEmpty())
        return options;
    const TransitionRules &rules = m_session->rules();
    for (const QString &status : rules.statuses()) {
        TargetOption option;
        option.key = status;
        option.label = label(status);
        option.allowed = false;
        for (const Agent &agent : agents) {
            const QString refusal = refusalFor(StatusChange::fromAgent(agent, status, {}));
            if (refusal.isEmpty()) {
                option.allowed = true;
                option.reasonRequired = option.reasonRequired
                    || m_session->changes()->needsReason(StatusChange::fromAgent(agent, status, {}));
            } else if (option.refusal.isEmpty()) {
                option.refusal = refusal;
            }
        }
        if (agents.size() == 1 && agents.first().status == status)
            continue; // the current status is no target
        options.append(option);
    }
    return options;
}

// What the gateway will send, in its own words.
QString ChangeController::previewFor(const QVector<Agent> &agents, const QString &target, const QString &reason) const
{
    if (!m_session || agents.isEmpty())
        return {};
    QString text = m_session->gateway()->describeWrite(StatusChange::fromAgent(agents.first(), target, reason));
    if (agents.size() > 1)
        text += QLatin1Char('\n') + tr("… and the same for %n more agent(s)", nullptr, int(agents.size() - 1));
    return text;
}

void ChangeController::requestChange(const QStringList &agentIds, const QString &presetTarget)
{
    if (!m_session || m_session->state() != Session::State::Ready) {
        m_messages->showMessage(tr("Sign in first: there is no roster to change yet."), MessageBar::Level::Warning);
        return;
    }
    const QVector<Agent> agents = agentsFor(agentIds);
    if (agents.isEmpty()) {
        m_messages->showMessage(tr("Select one or more agents first."), MessageBar::Level::Information, {}, {},
            MessageBar::kConfirmationTimeoutMs);
        return;
    }
    if (m_changeDialog)
        m_changeDialog->close();
    auto *dialog = new ChangeDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_changeDialog = dialog;
    QStringList names;
    for (const Agent &agent : agents)
        names << agent.name;
    dialog->setAgents(names, label(agents.first().status));
    dialog->setReasonCodes(reasonCodes());
    dialog->setPreviewFunction(
        [this, agents](const QString &target, const QString &reason) { return previewFor(agents, target, reason); });
    const TargetOptions targets = targetsFor(agents);
    dialog->setTargets(targets);
    if (!presetTarget.isEmpty() && !dialog->selectTarget(presetTarget))
        dialog->showRefusedRequest(refusedRequestText(agents, targets, presetTarget));
    connect(dialog, &ChangeDialog::changeRequested, this, [this, agents](const QString &target, const QString &reason) {
        if (agents.size() == 1)
            startSingle(agents.first(), target, reason);
        else
            startBulk(agents, target, reason);
    });
    dialog->open();
}

// Why a shortcut's target cannot be preselected, in one sentence that names it.
QString ChangeController::refusedRequestText(
    const QVector<Agent> &agents, const TargetOptions &targets, const QString &target) const
{
    const QString name = label(target);
    for (const TargetOption &option : targets) {
        if (option.key == target)
            return tr("%1 is refused: %2").arg(name, option.refusal);
    }
    if (agents.size() == 1 && agents.first().status == target)
        return tr("%1 is refused: %2 is already %1.").arg(name, agents.first().name);
    return tr("%1 is refused: it is not a status of the rules in force.").arg(name);
}

void ChangeController::startSingle(const Agent &agent, const QString &target, const QString &reason)
{
    m_roster->markPending(agent.id, target);
    const QString id = m_session->changes()->change(StatusChange::fromAgent(agent, target, reason));
    m_mine.insert(id);
}

void ChangeController::setAuthors(ChangeAuthors *authors)
{
    m_authors = authors;
}

// Our target judged again from their status, as Apply to latest will be, the reason included.
ConflictVerdict ChangeController::verdictFor(const ChangeConflict &conflict) const
{
    ConflictVerdict verdict;
    const StatusChange latest = conflict.appliedToLatest();
    const QString refusal = refusalFor(latest);
    verdict.allowed = refusal.isEmpty();
    verdict.changedBy
        = m_authors && m_authors->isKnown(conflict.theirs) ? m_authors->changedBy(conflict.theirs) : QString();
    if (!verdict.allowed) {
        verdict.text = refusal;
        return verdict;
    }
    verdict.text = tr("%1 is allowed from %2.").arg(label(latest.toStatus), label(latest.fromStatus));
    const int capacity = m_session->rules().capacity(latest.toStatus);
    if (capacity >= 0) {
        const int used = m_session->directory()->count(latest.team, latest.toStatus);
        verdict.text += QLatin1Char(' ')
            + tr("%n of %1 places in %2 free.", nullptr, qMax(0, capacity - used))
                  .arg(capacity)
                  .arg(label(latest.toStatus));
    }
    if (latest.reason.isEmpty() && m_session->changes()->needsReason(latest)) {
        verdict.reasonCodes = reasonCodes();
        verdict.text += QLatin1Char(' ')
            + tr("From %1 it needs a reason, and yours has none: choose one to apply.").arg(label(latest.fromStatus));
    }
    return verdict;
}

void ChangeController::onConflict(const ChangeConflict &conflict)
{
    if (!m_mine.contains(conflict.changeId) || !m_session)
        return;
    auto *dialog = new ConflictDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    // Re-judge our target from their status, as Apply to latest will.
    dialog->setConflict(conflict, m_roster->statusLabels(), verdictFor(conflict));
    const QString changeId = conflict.changeId;
    connect(dialog, &ConflictDialog::resolved, this, [this, changeId](Resolution resolution, const QString &reason) {
        if (m_session)
            m_session->changes()->resolveConflict(changeId, resolution, reason);
    });
    dialog->open();
}

void ChangeController::onFinished(const ChangeResult &result)
{
    if (!m_mine.remove(result.changeId))
        return;
    const StatusChange &change = result.write.change;
    switch (result.outcome) {
    case ChangeResult::Outcome::Applied:
        if (result.overConcurrentChange())
            break; // onConcurrentChangeOverwritten() said it, with the other state
        m_messages->showMessage(tr("%1 is now %2.").arg(change.agentName, label(change.toStatus)),
            MessageBar::Level::Positive, {}, {}, MessageBar::kOutcomeTimeoutMs);
        break;
    case ChangeResult::Outcome::Unchanged:
        m_messages->showMessage(tr("%1 is already %2; nothing was sent.").arg(change.agentName, label(change.toStatus)),
            MessageBar::Level::Information, {}, {}, MessageBar::kOutcomeTimeoutMs);
        break;
    case ChangeResult::Outcome::Rejected:
        m_messages->showMessage(
            tr("The change of %1 was refused: %2").arg(change.agentName, violationText(result.violations)),
            MessageBar::Level::Warning);
        break;
    case ChangeResult::Outcome::ConflictKeptTheirs:
        m_messages->showMessage(tr("%1 keeps the status the other side set.").arg(change.agentName),
            MessageBar::Level::Information, {}, {}, MessageBar::kOutcomeTimeoutMs);
        break;
    case ChangeResult::Outcome::Cancelled:
        m_messages->showMessage(tr("The change of %1 was cancelled; nothing was sent.").arg(change.agentName),
            MessageBar::Level::Information, {}, {}, MessageBar::kOutcomeTimeoutMs);
        break;
    case ChangeResult::Outcome::Failed:
        reportFailure(result);
        break;
    case ChangeResult::Outcome::Unknown:
        // No retry offered: the first write may have landed; the next start reads the agent again.
        m_messages->showMessage(tr("The server's answer to the change of %1 was lost and the agent could not be read "
                                   "back; whether it took effect is checked again at the next start.")
                                    .arg(change.agentName),
            MessageBar::Level::Warning);
        break;
    }
    emit changeFinished(result);
}

// Any change of this console, single or bulk: the lead learns that ours overwrote someone else's.
void ChangeController::onConcurrentChangeOverwritten(const ChangeResult &result)
{
    const StatusChange &change = result.write.change;
    m_messages->showMessage(tr("%1 is now %2, written over a concurrent change: between our read and our write "
                               "another client had set %3.")
                                .arg(change.agentName, label(change.toStatus), label(result.overwritten.status)),
        MessageBar::Level::Warning);
}

void ChangeController::reportFailure(const ChangeResult &result)
{
    const ApiError &error = result.write.error;
    const QString &name = result.write.change.agentName;
    QString text;
    switch (error.kind) {
    case ApiError::Kind::Permission:
        text = tr("StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the "
                  "permission presence:userPresence:edit.")
                   .arg(name, error.toString());
        break;
    case ApiError::Kind::RateLimited:
        text = tr("The server is slowing StatusDesk down (429). The change of %1 did not go through; try again "
                  "in a minute.")
                   .arg(name);
        break;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        text = tr("The server cannot be reached (%1). The change of %2 was not made; check the network and retry.")
                   .arg(error.toString(), name);
        break;
    default:
        text = error.httpStatus > 0
            ? tr("The change of %1 failed (%2): %3").arg(name).arg(error.httpStatus).arg(error.toString())
            : tr("The change of %1 failed: %2").arg(name, error.toString());
        break;
    }
    // The retry is the same change, whole: agent, team, statuses, reason and the version it expects.
    const QString actionId = QStringLiteral("retry:") + result.changeId;
    m_retry.insert(actionId, result.write.change);
    m_messages->showMessage(text, MessageBar::Level::Error, tr("&Retry"), actionId);
}

void ChangeController::startBulk(const QVector<Agent> &agents, const QString &target, const QString &reason)
{
    auto *dialog = new BulkChangeDialog(m_roster->statusLabels(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_bulkDialog = dialog;
    QVector<BulkChangeDialog::PreviewRow> rows;
    QVector<StatusChange> changes;
    for (const Agent &agent : agents) {
        BulkChangeDialog::PreviewRow row;
        row.agentName = agent.name;
        row.fromStatus = agent.status;
        if (agent.status == target) {
            // Already there: sent along so that the compare read confirms it; nothing is written.
            row.willChange = false;
            row.alreadyThere = true;
            if (m_session->profile().protocol == Protocol::Genesys)
                changes.append(StatusChange::fromAgent(agent, target, reason));
            rows.append(row);
            continue;
        }
        row.refusal = refusalFor(StatusChange::fromAgent(agent, target, {}));
        if (row.refusal.isEmpty() && reason.isEmpty()
            && m_session->changes()->needsReason(StatusChange::fromAgent(agent, target, reason)))
            row.refusal = tr("The rules ask for a reason.");
        row.willChange = row.refusal.isEmpty();
        if (row.willChange)
            changes.append(StatusChange::fromAgent(agent, target, reason));
        rows.append(row);
    }
    dialog->setPreview(target, reason, rows);
    connect(dialog, &BulkChangeDialog::confirmed, this, [this, changes, dialog] { runBulk(changes, dialog); });
    dialog->open();
}

void ChangeController::runBulk(const QVector<StatusChange> &changes, BulkChangeDialog *dialog)
{
    if (!m_session)
        return;
    auto *bulk = new BulkChange(m_session->changes(), dialog);
    // Waiting for their turn is pending too; cancelled ones never reach the service.
    for (const StatusChange &change : changes)
        m_roster->markPending(change.agentId, change.toStatus);
    connect(bulk, &BulkChange::agentFinished, m_roster,
        [this](const ChangeResult &result) { m_roster->clearPending(result.write.change.agentId); });
    connect(bulk, &BulkChange::progress, dialog, &BulkChangeDialog::showProgress);
    connect(bulk, &BulkChange::agentFinished, dialog, &BulkChangeDialog::addResult);
    connect(bulk, &BulkChange::conflictsReady, dialog, [this, dialog](const QVector<ChangeConflict> &conflicts) {
        if (!m_session)
            return;
        QVector<ConflictVerdict> verdicts;
        verdicts.reserve(conflicts.size());
        for (const ChangeConflict &conflict : conflicts)
            verdicts.append(verdictFor(conflict));
        dialog->showConflicts(conflicts, verdicts);
    });
    connect(
        dialog, &BulkChangeDialog::conflictsResolved, bulk, [bulk](const QVector<QPair<QString, Resolution>> &choices) {
            for (const auto &choice : choices)
                bulk->resolve(choice.first, choice.second);
        });
    connect(dialog, &BulkChangeDialog::cancelRequested, bulk, &BulkChange::cancel);
    connect(bulk, &BulkChange::finished, dialog, [this, bulk, dialog](const BulkSummary &summary) {
        const QVector<StatusChange> back = bulk->revertChanges();
        bool needsReason = false;
        for (const StatusChange &change : back)
            needsReason = needsReason || (m_session && m_session->changes()->needsReason(change));
        dialog->setRevertNeedsReason(needsReason);
        dialog->showSummary(summary, !back.isEmpty());
        m_messages->showMessage(summary.unchanged > 0
                ? tr("Bulk change finished: %1 of %2 applied, %3 already there.")
                      .arg(summary.applied)
                      .arg(summary.total)
                      .arg(summary.unchanged)
                : tr("Bulk change finished: %1 of %2 applied.").arg(summary.applied).arg(summary.total),
            summary.allApplied() ? MessageBar::Level::Positive : MessageBar::Level::Warning, {}, {},
            MessageBar::kSummaryTimeoutMs);
        emit bulkFinished(summary);
    });
    dialog->setReasonCodes(reasonCodes());
    connect(dialog, &BulkChangeDialog::revertRequested, bulk, [this, bulk, dialog](const QString &reason) {
        // The revert's own reason; the service judges every way back by the rules.
        const QVector<StatusChange> back = bulk->revertChanges(reason);
        auto *revert = new BulkChangeDialog(m_roster->statusLabels(), m_window);
        revert->setAttribute(Qt::WA_DeleteOnClose);
        revert->setWindowTitle(tr("Revert batch"));
        m_bulkDialog = revert;
        dialog->accept();
        revert->open();
        revert->showProgress(0, int(back.size()));
        runBulk(back, revert);
    });
    dialog->showProgress(0, int(changes.size()));
    bulk->start(changes);
}
