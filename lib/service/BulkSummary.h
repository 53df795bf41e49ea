// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>

// The end of a bulk change: how many agents ended in each outcome.
struct BulkSummary
{
    int total = 0;
    int applied = 0;
    int unchanged = 0; // already in the target: nothing written, counted with the applied
    int rejected = 0;
    int conflictsKeptTheirs = 0;
    int cancelled = 0;
    int failed = 0;
    int unknown = 0; // sent, answer lost, not yet read back: the next start reconciles them
    bool wasCancelled = false; // cancel() was called before every change was started

    // Every agent is in the target now: applied, or already there.
    bool allApplied() const { return applied + unchanged == total; }
};

Q_DECLARE_METATYPE(BulkSummary)
