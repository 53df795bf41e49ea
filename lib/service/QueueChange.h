// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/RuleViolation.h"

#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

// One queue membership of one agent to activate (join) or deactivate, as the lead asked for it.
struct QueueChange
{
    QString agentId;
    QString agentName; // for the audit; taken from the directory when empty
    QString queueId;
    QString queueName; // for the audit and the messages; taken from the compare read when empty
    bool activate = true;
    QString reason;
    // Whether the membership was active when the lead looked (nullopt: the lead did not look, e.g. a
    // script): a compare read that finds otherwise is a change made meanwhile, and nothing is written.
    std::optional<bool> seenJoined;
};

// How one QueueChange ended.
struct QueueChangeResult
{
    enum class Outcome {
        Applied, // written, and a later read confirmed it
        Unchanged, // the membership already was as asked: nothing written
        Conflict, // it changed since the lead looked: nothing written
        NotMember, // the agent is not a member of the queue: Genesys disregards such a pair
        Rejected, // the rules refuse it: nothing sent
        Unconfirmed, // written (200, or its answer lost), but the reads after it did not show it yet
        Failed, // the read or the write failed
    };
    QueueChange change;
    Outcome outcome = Outcome::Failed;
    QString message; // translated, for the lead
    RuleViolations violations; // Rejected
    ApiError error; // Failed
    std::optional<bool> joinedNow; // what the last read found (nullopt: not read, or not a member)
    QString correlationId; // of the PATCH
    // The PATCH was sent and its answer lost (network, timeout, 5xx): only the reads after it tell.
    bool answerLost = false;

    // applied, unchanged, conflict, not_member, rejected, unconfirmed, failed (CLI, audit, metrics).
    static QString outcomeName(Outcome outcome);
    QString outcomeName() const { return outcomeName(outcome); }
};
using QueueChangeResults = QVector<QueueChangeResult>;
Q_DECLARE_METATYPE(QueueChangeResult)
