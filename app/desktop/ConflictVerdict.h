// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// What the console knows and the rules say about one conflict, for ConflictDialog: whether Apply to
// latest would be allowed, what is missing when it is not, and who left the agent's state.
struct ConflictVerdict
{
    bool allowed = false; // the rules allow our target from their status (a missing reason aside)
    QString text; // "Break is allowed from Meeting." or every refusal
    // Not empty: from their status our target needs a reason, ours has none, and one of these is asked for.
    QStringList reasonCodes;
    QString changedBy; // a name or "you" from an audit history; empty when nothing is known
};
