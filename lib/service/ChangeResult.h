// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/RuleViolation.h"
#include "core/StatusChange.h"

#include <QMetaType>
#include <QString>

// The end of one status change, as audited: what was asked, what happened and why.
struct ChangeResult
{
    enum class Outcome { Applied, Rejected, ConflictKeptTheirs, Cancelled, Failed };

    QString changeId;
    QString agentId;
    QString agentName;
    QString team;
    QString fromStatus;
    QString toStatus;
    QString reason;
    Outcome outcome = Outcome::Failed;
    RuleViolations violations; // Rejected: every reason the rules refused the change
    QString error; // Failed: the server's or the network's message
    int httpStatus = 0; // Failed: 0 for a transport failure
    QString errorCode; // Failed: the Genesys error code, when given
    QString errorKind; // Failed: ApiError::kindName ("network", "permission", ...), for exit codes
    QString correlationId;
    QString etagBefore;
    QString etagAfter;
    qint64 latencyMs = 0;

    // What was asked (agent, team, statuses, reason) copied from the change, with this outcome.
    static ChangeResult forChange(const StatusChange &change, Outcome outcome);

    bool succeeded() const { return outcome == Outcome::Applied; }
    // "applied", "rejected", "conflict_kept_theirs", "cancelled", "failed"
    static QString outcomeName(Outcome outcome);
    QString outcomeName() const { return outcomeName(outcome); }
};

Q_DECLARE_METATYPE(ChangeResult)
