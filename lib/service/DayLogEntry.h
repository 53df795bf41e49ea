// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

// One line of the day log: a status an agent was seen in, or an activity its schedule had, from a time on.
struct DayLogEntry
{
    enum class Kind { Status, Scheduled };

    QDateTime time; // UTC: when the status began (as the server told it) or when it was seen
    QString agentId;
    QString agentName;
    Kind kind = Kind::Status;
    QString value; // a canonical status key ("OnQueue"), or a Genesys activity category ("" off shift)
    QString label; // the organisation's label of the presence, when it says more than the status
    QString source; // load, push, poll, audit, adherence

    QJsonObject toJson() const;
    // False for a line that is not an entry (no time, no agent or an unknown kind).
    static bool fromJson(const QJsonObject &object, DayLogEntry *out);
    static QString kindName(Kind kind);
};
using DayLogEntries = QVector<DayLogEntry>;
