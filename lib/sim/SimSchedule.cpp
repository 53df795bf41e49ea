// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimSchedule.h"

#include <QTimeZone>

namespace {

struct Piece
{
    int minutes;
    const char *category;
};

// A contact center's 8.5-hour shift: queue work between two short breaks and a meal; one agent in three
// has a meeting, one in three a training in the afternoon.
QList<Piece> shiftFor(int index)
{
    const char *afternoon = index % 3 == 0 ? "Meeting" : (index % 3 == 1 ? "Training" : "OnQueueWork");
    return {{120, "OnQueueWork"}, {15, "Break"}, {105, "OnQueueWork"}, {30, "Meal"}, {30, "OnQueueWork"},
        {60, afternoon}, {30, "OnQueueWork"}, {15, "Break"}, {105, "OnQueueWork"}};
}

} // namespace

SimSchedule SimSchedule::forAgent(int index, const QDate &day)
{
    SimSchedule s;
    if (index < 0 || index % 10 == 9 || !day.isValid())
        return s;
    s.m_scheduled = true;
    // Shifts start between 06:00 and 08:30 UTC, half an hour apart.
    QDateTime at(day, QTime(6, 0), QTimeZone::utc());
    at = at.addSecs(qint64(index % 6) * 30 * 60);
    for (const Piece &p : shiftFor(index)) {
        const QDateTime end = at.addSecs(qint64(p.minutes) * 60);
        const QString category = QString::fromLatin1(p.category);
        if (!s.m_slots.isEmpty() && s.m_slots.last().category == category)
            s.m_slots.last().end = end;
        else
            s.m_slots.append({at, end, category});
        at = end;
    }
    return s;
}

QString SimSchedule::categoryAt(const QDateTime &time) const
{
    for (const Slot &slot : m_slots) {
        if (slot.start <= time && time < slot.end)
            return slot.category;
    }
    return {};
}

QList<QDateTime> SimSchedule::boundariesBetween(const QDateTime &from, const QDateTime &to) const
{
    QList<QDateTime> out;
    for (auto it = m_slots.crbegin(); it != m_slots.crend(); ++it) {
        for (const QDateTime &edge : {it->end, it->start}) {
            if (edge > from && edge < to && (out.isEmpty() || out.last() != edge))
                out.append(edge);
        }
    }
    return out;
}
