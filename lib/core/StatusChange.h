// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// One requested change of one agent's status, as the lead asked for it.
struct StatusChange
{
    QString agentId;
    QString agentName;
    QString team;
    QString fromStatus; // canonical key the lead saw; a gateway reports a conflict if it changed
    QString toStatus; // canonical key
    QString reason; // reason code; may be empty where the rules allow it
    // The version the lead saw (Agent::version). Empty: only the status is compared.
    QString expectedVersion;
};

Q_DECLARE_METATYPE(StatusChange)
