// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What AuditStore::verify found while walking the hash chain.
struct AuditVerifyResult
{
    // Truncated and Rewritten are found only against an anchor (a checkpoint or a receiver's record):
    // entries the anchor saw are gone, or the anchor's entry is no longer the one in the log.
    enum class Problem { None, Edited, Inserted, Deleted, ReadError, Truncated, Rewritten };

    bool ok = false;
    qint64 entriesChecked = 0;
    qint64 firstBadId = 0; // the first entry found edited or inserted, or the first one after a gap
    Problem problem = Problem::None;
    qint64 keyedFromId = 0; // the first keyed entry (the marker); 0: the chain is not keyed
    qint64 anchorsChecked = 0; // verifyAgainst(): anchor points found in the log as recorded
    QString message;

    static QString problemName(Problem problem); // none|edited|inserted|deleted|read_error|truncated|rewritten
};
