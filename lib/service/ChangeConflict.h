// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Resolution.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A status change that met a newer state than the lead saw: both sides, for the conflict dialog or
// a bulk change's review. Server-provided text (names, reasons) is data, never markup.
struct ChangeConflict
{
    QString changeId;
    QString agentId;
    QString agentName;
    QString team;

    // Ours: what the lead saw and asked for.
    QString ourFromStatus;
    QString ourTarget;
    QString ourReason;

    // Theirs: the agent's state now.
    QString theirStatus;
    QString theirReason;
    QDateTime theirSince;
    QString theirChangedBy; // empty when the server does not say
    QString theirVersion; // ETag or modifiedDate
};

Q_DECLARE_METATYPE(ChangeConflict)
