// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"
#include "sim/SimSchedule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>

class Clock;
class SimOrganisation;
class SimRouter;
struct SimAgent;

// Real-time schedule adherence (GET /api/v2/workforcemanagement/adherence): every listed agent has a
// schedule for the day (SimSchedule); the answer compares the activity scheduled now with the one the
// agent's presence stands for. It remembers each agent's presences since it started, so that
// timeOfAdherenceChange is the last time the state really changed, not the last presence change.
class SimAdherence : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxUserIds = 100;

    SimAdherence(SimOrganisation *org, Clock *clock, QObject *parent = nullptr);

    void registerRoutes(SimRouter &router);

    // The activity category a system presence stands for (Offline: Unavailable).
    static QString actualCategory(const QString &systemPresence);
    // The schedule of a user today (UTC day of the clock); none for staff and departed users.
    SimSchedule scheduleOf(const QString &userId) const;
    // The UserScheduleAdherence record of a user now.
    QJsonObject record(const SimAgent &agent) const;

private:
    struct Presence
    {
        QDateTime since;
        QString systemPresence;
    };
    struct State
    {
        QString adherence;
        QString impact;
        bool operator==(const State &o) const { return adherence == o.adherence && impact == o.impact; }
        bool operator!=(const State &o) const { return !(*this == o); }
    };

    SimResponse adherence(const SimRequest &request) const;
    void onAgentChanged(const QString &userId, bool presenceChanged);
    QString presenceAt(const QString &userId, const QDateTime &time) const;
    static State stateFor(bool scheduled, const QString &scheduledCategory, const QString &actual);
    State stateAt(const SimAgent &agent, const SimSchedule &schedule, const QDateTime &time) const;
    QDateTime lastChange(const SimAgent &agent, const SimSchedule &schedule, const QDateTime &now) const;
    QString systemPresenceOf(const SimAgent &agent) const;

    SimOrganisation *m_org;
    Clock *m_clock;
    QHash<QString, int> m_index; // user id -> place in the listing (the schedule's seed)
    QHash<QString, QList<Presence>> m_history; // oldest first
};
