// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One agent's real-time schedule adherence as Genesys reports it (UserScheduleAdherence), in Genesys'
// spellings: categories OnQueueWork, Break, Meal, Meeting, OffQueueWork, TimeOff, Training, Unavailable,
// Unscheduled; states InAdherence, OutOfAdherence, Unscheduled, Unknown, Ignored, Explained.
struct AgentAdherence
{
    QString userId;
    QString scheduledCategory; // empty: nothing scheduled now (off shift)
    QString actualCategory;
    QString state;
    QString impact; // Positive, Negative, Neutral, Unknown
    QDateTime since; // timeOfAdherenceChange (UTC); invalid when not told
    QString systemPresence;

    bool isValid() const { return !userId.isEmpty(); }
    bool isOut() const { return state == QLatin1String("OutOfAdherence"); }
    bool operator==(const AgentAdherence &o) const
    {
        return userId == o.userId && scheduledCategory == o.scheduledCategory && actualCategory == o.actualCategory
            && state == o.state && impact == o.impact && since == o.since && systemPresence == o.systemPresence;
    }
    bool operator!=(const AgentAdherence &o) const { return !(*this == o); }
};
Q_DECLARE_METATYPE(AgentAdherence)
