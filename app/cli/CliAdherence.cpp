// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliAdherence.h"

#include "TextTable.h"
#include "models/AdherenceLabels.h"

#include <QJsonArray>
#include <QLocale>

namespace {

QString utc(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

// The local time of day a lead reads, with the date when it is not the day shown.
QString localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("HH:mm:ss")) : QStringLiteral("-");
}

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QJsonArray segmentsJson(const QVector<ShiftTimeline::Segment> &segments, const QString &valueKey)
{
    QJsonArray out;
    for (const ShiftTimeline::Segment &s : segments) {
        QJsonObject o {{QStringLiteral("start"), utc(s.start)}, {QStringLiteral("end"), utc(s.end)},
            {QStringLiteral("seconds"), s.seconds()}, {valueKey, s.value}, {QStringLiteral("source"), s.source}};
        if (!s.label.isEmpty())
            o.insert(QStringLiteral("presence_label"), s.label);
        out.append(o);
    }
    return out;
}

} // namespace

QJsonObject CliAdherence::adherenceJson(const Agent &agent, const AgentAdherence &a)
{
    return QJsonObject {
        {QStringLiteral("id"), agent.id},
        {QStringLiteral("name"), agent.name},
        {QStringLiteral("team"), agent.team},
        {QStringLiteral("status"), agent.status},
        {QStringLiteral("scheduled_activity_category"), a.scheduledCategory},
        {QStringLiteral("actual_activity_category"), a.actualCategory},
        {QStringLiteral("adherence_state"), a.isValid() ? a.state : QString()},
        {QStringLiteral("impact"), a.impact},
        {QStringLiteral("adherence_since"), utc(a.since)},
    };
}

QString CliAdherence::adherenceTable(
    const QVector<Agent> &agents, const QHash<QString, AgentAdherence> &records, const StatusLabels &labels)
{
    TextTable table(
        {tr("ID"), tr("NAME"), tr("TEAM"), tr("STATUS"), tr("SCHEDULED"), tr("ADHERENCE"), tr("SINCE"), tr("IMPACT")});
    for (const Agent &agent : agents) {
        const AgentAdherence a = records.value(agent.id);
        const QString scheduled = !a.isValid()        ? QStringLiteral("-")
            : a.state == QLatin1String("Unscheduled") ? AdherenceLabels::category(a.state)
                                                      : AdherenceLabels::category(a.scheduledCategory);
        table.addRow({agent.id, agent.name, agent.team.isEmpty() ? QStringLiteral("-") : agent.team,
            agent.status.isEmpty() ? QStringLiteral("-") : TextTable::sanitized(labels.status(agent.status)), scheduled,
            a.isValid() ? AdherenceLabels::state(a.state) : QStringLiteral("-"), localTime(a.since),
            a.impact.isEmpty() ? QStringLiteral("-") : AdherenceLabels::impact(a.impact)});
    }
    return table.toString();
}

QJsonObject CliAdherence::timelineJson(const ShiftTimeline &t)
{
    return QJsonObject {
        {QStringLiteral("agent_id"), t.agentId},
        {QStringLiteral("agent_name"), t.agentName},
        {QStringLiteral("date"), t.day.toString(Qt::ISODate)},
        {QStringLiteral("day_start"), utc(t.dayStart)},
        {QStringLiteral("day_end"), utc(t.dayEnd)},
        {QStringLiteral("statuses"), segmentsJson(t.statuses, QStringLiteral("status"))},
        {QStringLiteral("scheduled"), segmentsJson(t.scheduled, QStringLiteral("activity_category"))},
    };
}

QString CliAdherence::timelineTable(const ShiftTimeline &t, const StatusLabels &labels)
{
    TextTable table({tr("FROM"), tr("TO"), tr("DURATION"), tr("KIND"), tr("WHAT")});
    QVector<QPair<const ShiftTimeline::Segment *, bool>> all;
    for (const ShiftTimeline::Segment &s : t.statuses)
        all.append({&s, false});
    for (const ShiftTimeline::Segment &s : t.scheduled)
        all.append({&s, true});
    std::stable_sort(
        all.begin(), all.end(), [](const auto &a, const auto &b) { return a.first->start < b.first->start; });
    for (const auto &[s, scheduled] : std::as_const(all)) {
        QString what = scheduled ? AdherenceLabels::category(s->value) : labels.status(s->value);
        if (!s->label.isEmpty())
            what += QStringLiteral(" (") + s->label + QLatin1Char(')');
        table.addRow({localTime(s->start), localTime(s->end), duration(s->seconds()),
            scheduled ? tr("scheduled") : tr("status"), TextTable::sanitized(what)});
    }
    return TextTable::sanitized(t.agentName) + QStringLiteral(" · ") + QLocale().toString(t.day, QLocale::LongFormat)
        + QLatin1Char('\n') + table.toString();
}
