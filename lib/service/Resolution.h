// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the lead answers a conflict (DESIGN.md §3.5).
enum class Resolution {
    ApplyToLatest, // re-validate the intended target against the agent's new status, then write
    KeepTheirs, // leave the agent as the other party set it
    Cancel // drop the change
};
