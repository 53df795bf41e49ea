// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ChangeResult.h"

QString ChangeResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::ConflictKeptTheirs:
        return QStringLiteral("conflict_kept_theirs");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

ChangeResult ChangeResult::forChange(const StatusChange &change, Outcome outcome)
{
    ChangeResult result;
    result.agentId = change.agentId;
    result.agentName = change.agentName;
    result.team = change.team;
    result.fromStatus = change.fromStatus;
    result.toStatus = change.toStatus;
    result.reason = change.reason;
    result.outcome = outcome;
    return result;
}
