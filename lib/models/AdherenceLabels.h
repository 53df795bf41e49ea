// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/AgentAdherence.h"

#include <QString>

// Words for Genesys' adherence values in the UI language: activity categories, adherence states and
// the roster's "Scheduled" cell. Unknown values are shown as sent.
class AdherenceLabels
{
public:
    static QString category(const QString &category); // "" is off shift
    static QString state(const QString &state);
    static QString impact(const QString &impact);
    // The roster cell: the scheduled activity, after "Out since hh:mm" (local time) when out.
    static QString cell(const AgentAdherence &adherence);
    // The state in words, "Out of adherence since hh:mm" when out.
    static QString stateSince(const AgentAdherence &adherence);
    static QString noPermission();
    static QString noPermissionToolTip();
};
