// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Agent.h"

bool Agent::operator==(const Agent &other) const
{
    return id == other.id && name == other.name && email == other.email && team == other.team && teamId == other.teamId
        && department == other.department && managerId == other.managerId && divisionId == other.divisionId
        && divisionName == other.divisionName && status == other.status
        && presenceDefinitionId == other.presenceDefinitionId && presenceLabel == other.presenceLabel
        && reason == other.reason && routingStatus == other.routingStatus && statusSince == other.statusSince
        && version == other.version && changedBy == other.changedBy && lastConfirmed == other.lastConfirmed
        && stale == other.stale && pushed == other.pushed && pollSeconds == other.pollSeconds
        && activeQueueIds == other.activeQueueIds && activeQueuesKnown == other.activeQueuesKnown;
}
