// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"
#include "core/StatusChange.h"
#include "service/Resolution.h"

#include <QMetaType>
#include <QString>

// A status change that met a newer state than the lead saw: both sides, for the conflict dialog or
// a bulk change's review. Server-provided text (names, reasons) is data, never markup.
struct ChangeConflict
{
    QString changeId;
    StatusChange ours; // what the lead saw and asked for (agent name and team included)
    Agent theirs; // the agent's state now, as the server returned it (presence fields; no name or team)

    // Our change against their state: what Apply to latest validates and sends.
    StatusChange appliedToLatest() const
    {
        StatusChange change = ours;
        change.fromStatus = theirs.status;
        change.expectedVersion = theirs.version;
        return change;
    }
};

Q_DECLARE_METATYPE(ChangeConflict)
