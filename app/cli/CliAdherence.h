// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"
#include "core/AgentAdherence.h"
#include "models/StatusLabels.h"
#include "service/ShiftTimeline.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

// How statusdesk-cli shows adherence and the shift timeline: raw Genesys values and UTC times in JSON
// (snake_case keys, as the other commands), translated words and local times in tables.
class CliAdherence
{
    Q_DECLARE_TR_FUNCTIONS(CliAdherence)

public:
    static QJsonObject adherenceJson(const Agent &agent, const AgentAdherence &adherence);
    static QString adherenceTable(
        const QVector<Agent> &agents, const QHash<QString, AgentAdherence> &records, const StatusLabels &labels);

    static QJsonObject timelineJson(const ShiftTimeline &timeline);
    static QString timelineTable(const ShiftTimeline &timeline, const StatusLabels &labels);
};
