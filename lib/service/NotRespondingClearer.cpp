// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/NotRespondingClearer.h"

#include "core/StatusChange.h"
#include "service/AgentDirectory.h"
#include "service/ChangeConflict.h"
#include "service/ChangeResult.h"
#include "service/StatusChangeService.h"

namespace {
const QString kOffQueue = QStringLiteral("Available"); // where Genesys' own supervisor view takes an agent off queue
const QString kOnQueue = QStringLiteral("OnQueue");
} // namespace

NotRespondingClearer::NotRespondingClearer(StatusChangeService *changes, AgentDirectory *directory, QObject *parent)
    : QObject(parent)
    , m_changes(changes)
    , m_directory(directory)
{
    connect(changes, &StatusChangeService::conflict, this, &NotRespondingClearer::onConflict);
    connect(changes, &StatusChangeService::finished, this, &NotRespondingClearer::onFinished);
}

bool NotRespondingClearer::isClearing(const QString &agentId) const
{
    for (const Clearing &c : m_byChange) {
        if (c.agentId == agentId)
            return true;
    }
    return false;
}

bool NotRespondingClearer::clear(const QString &agentId, const QString &reason, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!m_changes || !m_directory)
        return fail(tr("Not signed in."));
    const std::optional<Agent> agent = m_directory->agent(agentId);
    if (!agent)
        return fail(tr("The agent is not in the roster."));
    if (agent->routingStatus != QLatin1String("NOT_RESPONDING"))
        return fail(tr("%1 is not flagged as not responding.").arg(agent->name));
    if (isClearing(agentId))
        return fail(tr("%1 is being cleared already.").arg(agent->name));
    const StatusChange offQueue = StatusChange::fromAgent(*agent, kOffQueue, reason);
    const RuleViolations violations = m_changes->validate(offQueue);
    if (!violations.isEmpty())
        return fail(violations.constFirst().message);
    m_byChange.insert(m_changes->change(offQueue), {agentId, reason, false});
    return true;
}

void NotRespondingClearer::onConflict(const ChangeConflict &conflict)
{
    if (m_byChange.contains(conflict.changeId) && m_changes)
        m_changes->resolveConflict(conflict.changeId, Resolution::Cancel);
}

void NotRespondingClearer::onFinished(const ChangeResult &result)
{
    const auto it = m_byChange.find(result.changeId);
    if (it == m_byChange.end())
        return;
    const Clearing clearing = it.value();
    m_byChange.erase(it);
    const QString name = result.write.change.agentName.isEmpty() ? clearing.agentId : result.write.change.agentName;
    const bool applied = result.outcome == ChangeResult::Outcome::Applied;
    if (!applied) {
        emit finished(clearing.agentId, false,
            clearing.onQueueStep
                ? tr("%1 was taken off queue but could not be put on queue again: %2").arg(name, result.outcomeLabel())
                : tr("%1 could not be taken off queue: %2").arg(name, result.outcomeLabel()));
        return;
    }
    if (clearing.onQueueStep) {
        emit finished(clearing.agentId, true, tr("%1 is on queue again.").arg(name));
        return;
    }
    const std::optional<Agent> agent = m_directory ? m_directory->agent(clearing.agentId) : std::nullopt;
    if (!m_changes) {
        emit finished(clearing.agentId, false, tr("%1 was taken off queue; signed out before On Queue.").arg(name));
        return;
    }
    if (!agent) {
        emit finished(clearing.agentId, false, tr("%1 left the roster after being taken off queue.").arg(name));
        return;
    }
    const StatusChange onQueue = StatusChange::fromAgent(*agent, kOnQueue, QString());
    m_byChange.insert(m_changes->change(onQueue), {clearing.agentId, clearing.reason, true});
}
