// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"

#include <QMetaType>
#include <QString>

// One requested change of one agent's status, as the lead asked for it.
struct StatusChange
{
    QString agentId;
    QString agentName;
    QString team;
    QString fromStatus; // canonical key the lead saw; a gateway reports a conflict if it changed
    QString toStatus; // canonical key
    QString reason; // reason code; may be empty where the rules allow it
    // The version the lead saw (Agent::version). Empty: only the status is compared.
    QString expectedVersion;

    // The change of this agent, from the state the lead sees (status and version), to target.
    static StatusChange fromAgent(const Agent &agent, const QString &target, const QString &reason)
    {
        StatusChange change;
        change.agentId = agent.id;
        change.agentName = agent.name;
        change.team = agent.team;
        change.fromStatus = agent.status;
        change.expectedVersion = agent.version;
        change.toStatus = target;
        change.reason = reason;
        return change;
    }

    // The change back: from our target to the status the agent was in, only if the agent is still at
    // `version` (the version our write left).
    StatusChange reverted(const QString &version) const
    {
        StatusChange back = *this;
        back.fromStatus = toStatus;
        back.toStatus = fromStatus;
        back.expectedVersion = version;
        return back;
    }
};

Q_DECLARE_METATYPE(StatusChange)
