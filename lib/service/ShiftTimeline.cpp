// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ShiftTimeline.h"

#include <QTimeZone>

#include <algorithm>

namespace {

QByteArray csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.at(0)))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text.toUtf8();
}

QString localIso(const QDateTime &time)
{
    return time.toOffsetFromUtc(time.toLocalTime().offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

namespace {

void sortByTime(DayLogEntries *entries)
{
    std::stable_sort(
        entries->begin(), entries->end(), [](const DayLogEntry &a, const DayLogEntry &b) { return a.time < b.time; });
}

} // namespace

ShiftTimeline ShiftTimeline::build(
    const DayLogEntries &entries, const QString &agentId, const QDate &day, const QDateTime &now)
{
    DayLogEntries mine;
    for (const DayLogEntry &e : entries) {
        if (e.agentId == agentId)
            mine.append(e);
    }
    sortByTime(&mine);
    return fromSorted(mine, agentId, day, now);
}

ShiftTimeline ShiftTimeline::build(const Index &index, const QString &agentId, const QDate &day, const QDateTime &now)
{
    const auto it = index.constFind(agentId);
    return fromSorted(it == index.constEnd() ? DayLogEntries() : *it, agentId, day, now);
}

ShiftTimeline::Index ShiftTimeline::index(const DayLogEntries &entries)
{
    Index out;
    for (const DayLogEntry &e : entries)
        out[e.agentId].append(e);
    for (DayLogEntries &mine : out)
        sortByTime(&mine);
    return out;
}

ShiftTimeline ShiftTimeline::fromSorted(
    const DayLogEntries &mine, const QString &agentId, const QDate &day, const QDateTime &now)
{
    ShiftTimeline t;
    t.agentId = agentId;
    t.day = day;
    t.dayStart = QDateTime(day, QTime(0, 0)).toUTC();
    t.dayEnd = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    for (const DayLogEntry &e : mine) {
        if (!e.agentName.isEmpty())
            t.agentName = e.agentName;
    }
    const QDateTime until = now.isValid() && now < t.dayEnd ? qMax(now.toUTC(), t.dayStart) : t.dayEnd;
    t.statuses = segments(mine, DayLogEntry::Kind::Status, t.dayStart, until);
    t.scheduled = segments(mine, DayLogEntry::Kind::Scheduled, t.dayStart, until);
    return t;
}

QVector<ShiftTimeline::Segment> ShiftTimeline::segments(
    const DayLogEntries &sorted, DayLogEntry::Kind kind, const QDateTime &from, const QDateTime &to)
{
    QVector<Segment> out;
    for (const DayLogEntry &e : sorted) {
        if (e.kind != kind)
            continue;
        const QDateTime start = qBound(from, e.time, to);
        if (!out.isEmpty()) {
            Segment &last = out.last();
            if (last.value == e.value && last.label == e.label)
                continue; // the same status seen again (a load after a restart, a poll)
            last.end = start;
            if (last.end <= last.start)
                out.removeLast();
        }
        out.append({start, to, e.value, e.label, e.source});
    }
    if (!out.isEmpty() && out.last().end <= out.last().start)
        out.removeLast();
    return out;
}

QList<QPair<QString, QString>> ShiftTimeline::agents(const DayLogEntries &entries)
{
    QList<QPair<QString, QString>> out;
    QHash<QString, int> index;
    for (const DayLogEntry &e : entries) {
        const auto it = index.constFind(e.agentId);
        if (it == index.constEnd()) {
            index.insert(e.agentId, int(out.size()));
            out.append({e.agentId, e.agentName});
        } else if (!e.agentName.isEmpty()) {
            out[*it].second = e.agentName;
        }
    }
    return out;
}

QStringList ShiftTimeline::match(const DayLogEntries &entries, const QString &idOrName)
{
    const auto all = agents(entries);
    for (const auto &a : all) {
        if (a.first == idOrName)
            return {a.first};
    }
    QStringList byName;
    for (const auto &a : all) {
        if (a.second.compare(idOrName, Qt::CaseInsensitive) == 0)
            byName.append(a.first);
    }
    return byName;
}

const ShiftTimeline::Segment *ShiftTimeline::statusAt(const QDateTime &time) const
{
    for (const Segment &s : statuses) {
        if (s.start <= time && time < s.end)
            return &s;
    }
    return nullptr;
}

QByteArray ShiftTimeline::csv(bool header) const
{
    QByteArray out;
    if (header)
        out += "agent_id,agent_name,kind,start,end,seconds,value,label\r\n";
    auto rows = [&](const QVector<Segment> &list, const char *kind) {
        for (const Segment &s : list) {
            out += csvCell(agentId) + ',' + csvCell(agentName) + ',' + kind + ',' + csvCell(localIso(s.start)) + ','
                + csvCell(localIso(s.end)) + ',' + QByteArray::number(s.seconds()) + ',' + csvCell(s.value) + ','
                + csvCell(s.label) + "\r\n";
        }
    };
    rows(statuses, "status");
    rows(scheduled, "scheduled");
    return out;
}
