// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// One agent's schedule for one day: activity categories (Genesys' spellings: OnQueueWork, Break, Meal,
// Meeting, Training, ...) by time slot, in UTC. Deterministic from the agent's place in the listing, so
// that every run of the simulator, and every test, sees the same day.
class SimSchedule
{
public:
    struct Slot
    {
        QDateTime start; // inclusive
        QDateTime end; // exclusive
        QString category;
    };

    // The schedule of the agent at `index` of the listing on `day`. Every tenth agent (index % 10 == 9)
    // has none: it is not in a management unit.
    static SimSchedule forAgent(int index, const QDate &day);

    bool isScheduled() const { return m_scheduled; }
    const QList<Slot> &timeSlots() const { return m_slots; }
    // The category scheduled at `time`; empty off shift (and for an agent with no schedule).
    QString categoryAt(const QDateTime &time) const;
    // Every instant of [from, to) where the scheduled category changes, latest first.
    QList<QDateTime> boundariesBetween(const QDateTime &from, const QDateTime &to) const;

private:
    bool m_scheduled = false;
    QList<Slot> m_slots; // in order, without gaps inside the shift
};
