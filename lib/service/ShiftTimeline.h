// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/DayLogEntry.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QVector>

// One agent's day as a timeline: the statuses seen and the activities scheduled, each a run of segments
// from the day log, in the local time zone's day. The last segment of today runs to `now`, of a past
// day to its end; consecutive entries of the same value make one segment.
class ShiftTimeline
{
public:
    struct Segment
    {
        QDateTime start; // UTC
        QDateTime end; // UTC, after start
        QString value;
        QString label;
        QString source;

        qint64 seconds() const { return start.secsTo(end); }
    };

    // One agent's entries by agent id, each list in time order (equal times in the order written).
    using Index = QHash<QString, DayLogEntries>;

    static ShiftTimeline build(
        const DayLogEntries &entries, const QString &agentId, const QDate &day, const QDateTime &now);
    // The same from an index: the cost is that agent's entries, not the whole day's.
    static ShiftTimeline build(const Index &index, const QString &agentId, const QDate &day, const QDateTime &now);
    static Index index(const DayLogEntries &entries);
    // The agents the entries name: id -> name (the latest name seen).
    static QList<QPair<QString, QString>> agents(const DayLogEntries &entries);
    // Ids whose id equals `idOrName`, or else whose name does (case-insensitive).
    static QStringList match(const DayLogEntries &entries, const QString &idOrName);

    QString agentId;
    QString agentName;
    QDate day;
    QDateTime dayStart; // local midnight, UTC
    QDateTime dayEnd;
    QVector<Segment> statuses;
    QVector<Segment> scheduled;

    bool isEmpty() const { return statuses.isEmpty() && scheduled.isEmpty(); }
    // The status segment covering `time` (nullptr: none).
    const Segment *statusAt(const QDateTime &time) const;
    // agent_id,agent_name,kind,start,end,seconds,value,label (times ISO 8601 with the local offset);
    // cells beginning with = + - @ are escaped for spreadsheets.
    QByteArray csv(bool header = true) const;

private:
    static ShiftTimeline fromSorted(
        const DayLogEntries &mine, const QString &agentId, const QDate &day, const QDateTime &now);
    static QVector<Segment> segments(
        const DayLogEntries &sorted, DayLogEntry::Kind kind, const QDateTime &from, const QDateTime &to);
};
