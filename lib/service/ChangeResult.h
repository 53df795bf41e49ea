// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/WriteResult.h"
#include "core/RuleViolation.h"

#include <QMetaType>
#include <QString>

// The end of one status change, as audited: what was asked, what happened and why. The change and the
// server's answer travel whole in `write`; nothing here is a copy of them.
struct ChangeResult
{
    // Unknown: the write was sent, its answer was lost and the agent could not be read back either;
    // the intent stays open and the next start reads the agent again.
    // Unchanged: the compare read found the agent already in the target status; nothing was written.
    enum class Outcome { Applied, Rejected, ConflictKeptTheirs, Cancelled, Failed, Unknown, Unchanged };

    QString changeId;
    Outcome outcome = Outcome::Failed;
    // The change as last asked (after Apply to latest: against their state) and what the server made of
    // its last write: the agent as returned (Applied: after; ConflictKeptTheirs: theirs), the versions,
    // the correlation id. A change that was never sent has only its change here, and write.error says
    // why it failed when it did (e.g. no audit store).
    WriteResult write;
    RuleViolations violations; // Rejected: every reason the rules refused the change
    qint64 latencyMs = 0; // the whole change, from change() to its end (write.latencyMs: the last write)
    // The write's answer was lost and the outcome (Applied or Failed) comes from reading the agent back.
    bool confirmedByRead = false;
    // Applied over a concurrent change: another change of the agent landed between our compare read and
    // our write, and ours overwrote it. Their state as the push channel reported it (invalid otherwise).
    Agent overwritten;

    // A change that ends before anything is sent.
    static ChangeResult unsent(const QString &changeId, const StatusChange &change, Outcome outcome);

    bool succeeded() const { return outcome == Outcome::Applied; }
    // The agent ends in the target status: applied, or already there.
    bool inTarget() const { return outcome == Outcome::Applied || outcome == Outcome::Unchanged; }
    bool overConcurrentChange() const { return outcome == Outcome::Applied && overwritten.isValid(); }
    // Why it did not succeed, for the lead: the error of a failed change, the refusals of a rejected one.
    QString errorText() const;
    // "type: message; type: message" (as audited for a refusal).
    static QString violationText(const RuleViolations &violations);
    // "applied", "rejected", "conflict_kept_theirs", "cancelled", "failed", "unknown", "unchanged"
    static QString outcomeName(Outcome outcome);
    QString outcomeName() const { return outcomeName(outcome); }
    // The translated word a lead reads for it ("applied" -> "angewendet").
    static QString outcomeLabel(Outcome outcome);
    QString outcomeLabel() const { return outcomeLabel(outcome); }
};

Q_DECLARE_METATYPE(ChangeResult)
