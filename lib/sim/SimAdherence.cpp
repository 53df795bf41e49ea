// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimAdherence.h"

#include "core/Clock.h"
#include "sim/SimBody.h"
#include "sim/SimJson.h"
#include "sim/SimOrganisation.h"
#include "sim/SimRouter.h"

#include <QJsonArray>
#include <QTimeZone>

namespace {

const QString kViewAdherence = QStringLiteral("wfm:realtimeAdherence:view");

QJsonObject reference(const QString &id, const QString &selfUri)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("selfUri"), selfUri}};
}

} // namespace

SimAdherence::SimAdherence(SimOrganisation *org, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_org(org)
    , m_clock(Clock::orSystem(clock))
{
    const QList<SimAgent> &users = m_org->users();
    for (int i = 0; i < users.size(); ++i) {
        const SimAgent &a = users.at(i);
        m_index.insert(a.id, i);
        m_history[a.id].append({a.presenceModified, systemPresenceOf(a)});
    }
    connect(m_org, &SimOrganisation::agentChanged, this,
        [this](const QString &id, bool presence, bool) { onAgentChanged(id, presence); });
}

void SimAdherence::registerRoutes(SimRouter &router)
{
    router.add("GET", QStringLiteral("/api/v2/workforcemanagement/adherence"),
        [this](const SimRequest &q, const QStringList &) { return adherence(q); });
}

QString SimAdherence::actualCategory(const QString &systemPresence)
{
    if (systemPresence == QLatin1String("OnQueue"))
        return QStringLiteral("OnQueueWork");
    static const QStringList same {
        QStringLiteral("Break"), QStringLiteral("Meal"), QStringLiteral("Meeting"), QStringLiteral("Training")};
    if (same.contains(systemPresence))
        return systemPresence;
    if (systemPresence == QLatin1String("Offline"))
        return QStringLiteral("Unavailable");
    return QStringLiteral("OffQueueWork"); // Available, Busy, Away, Idle: at work, off queue
}

SimSchedule SimAdherence::scheduleOf(const QString &userId) const
{
    const SimAgent *agent = m_org->user(userId);
    if (!agent || agent->state != QLatin1String("active"))
        return {};
    return SimSchedule::forAgent(m_index.value(userId, -1), m_clock->now().toUTC().date());
}

QString SimAdherence::systemPresenceOf(const SimAgent &agent) const
{
    const SimPresenceDefinition *def = m_org->definition(agent.presenceDefinitionId);
    return def ? def->systemPresence : QStringLiteral("Offline");
}

void SimAdherence::onAgentChanged(const QString &userId, bool presenceChanged)
{
    const SimAgent *agent = m_org->user(userId);
    if (!presenceChanged || !agent)
        return;
    QList<Presence> &history = m_history[userId];
    const QString system = systemPresenceOf(*agent);
    if (history.isEmpty() || history.last().systemPresence != system)
        history.append({m_clock->now(), system});
    // A day of changes is all an answer looks back on.
    const QDateTime dayAgo = m_clock->now().addDays(-1);
    while (history.size() > 1 && history.at(1).since < dayAgo)
        history.removeFirst();
}

QString SimAdherence::presenceAt(const QString &userId, const QDateTime &time) const
{
    const QList<Presence> history = m_history.value(userId);
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (it->since <= time)
            return it->systemPresence;
    }
    return history.isEmpty() ? QStringLiteral("Offline") : history.first().systemPresence;
}

// In adherence when the actual activity is the scheduled one; off shift, when offline. Out of adherence
// the impact is Negative for queue time lost, Positive for queue time gained, Neutral otherwise.
SimAdherence::State SimAdherence::stateFor(bool scheduled, const QString &scheduledCategory, const QString &actual)
{
    if (!scheduled)
        return {QStringLiteral("Unscheduled"), QStringLiteral("Unknown")};
    const QString expected = scheduledCategory.isEmpty() ? QStringLiteral("Unavailable") : scheduledCategory;
    if (actual == expected)
        return {QStringLiteral("InAdherence"), QStringLiteral("Neutral")};
    const QString onQueue = QStringLiteral("OnQueueWork");
    if (expected == onQueue)
        return {QStringLiteral("OutOfAdherence"), QStringLiteral("Negative")};
    if (actual == onQueue)
        return {QStringLiteral("OutOfAdherence"), QStringLiteral("Positive")};
    return {QStringLiteral("OutOfAdherence"), QStringLiteral("Neutral")};
}

SimAdherence::State SimAdherence::stateAt(
    const SimAgent &agent, const SimSchedule &schedule, const QDateTime &time) const
{
    return stateFor(schedule.isScheduled(), schedule.categoryAt(time), actualCategory(presenceAt(agent.id, time)));
}

// Walks back over every instant where the schedule or the presence changed (since the start of the UTC
// day) to the latest one where the state differs on its two sides.
QDateTime SimAdherence::lastChange(const SimAgent &agent, const SimSchedule &schedule, const QDateTime &now) const
{
    const QDateTime dayStart(now.toUTC().date(), QTime(0, 0), QTimeZone::utc());
    QList<QDateTime> edges = schedule.boundariesBetween(dayStart, now);
    for (const Presence &p : m_history.value(agent.id)) {
        if (p.since > dayStart && p.since <= now)
            edges.append(p.since);
    }
    std::sort(edges.begin(), edges.end(), std::greater<QDateTime>());
    const State current = stateAt(agent, schedule, now);
    for (const QDateTime &edge : std::as_const(edges)) {
        if (stateAt(agent, schedule, edge.addMSecs(-1)) != current)
            return edge;
    }
    return dayStart;
}

QJsonObject SimAdherence::record(const SimAgent &agent) const
{
    const QDateTime now = m_clock->now();
    const SimSchedule schedule = scheduleOf(agent.id);
    const QString system = systemPresenceOf(agent);
    const QString actual = actualCategory(system);
    QJsonObject out {{QStringLiteral("id"), agent.id}, {QStringLiteral("name"), agent.name},
        {QStringLiteral("user"), reference(agent.id, QStringLiteral("/api/v2/users/") + agent.id)},
        {QStringLiteral("systemPresence"), system},
        {QStringLiteral("organizationSecondaryPresenceId"), agent.presenceDefinitionId},
        {QStringLiteral("routingStatus"), agent.routingStatus}, {QStringLiteral("actualActivityCategory"), actual},
        {QStringLiteral("isOutOfOffice"), false},
        {QStringLiteral("presenceUpdateTime"), SimJson::date(agent.presenceModified)},
        {QStringLiteral("removedFromManagementUnit"), false}};
    if (!agent.teamId.isEmpty())
        out.insert(QStringLiteral("team"), reference(agent.teamId, QStringLiteral("/api/v2/teams/") + agent.teamId));
    if (agent.state != QLatin1String("active")) {
        out.insert(QStringLiteral("adherenceState"), QStringLiteral("Unknown"));
        out.insert(QStringLiteral("impact"), QStringLiteral("Unknown"));
        return out;
    }
    const QString scheduled = schedule.isScheduled() ? schedule.categoryAt(now) : QStringLiteral("Unscheduled");
    if (!scheduled.isEmpty()) // off shift nothing is scheduled
        out.insert(QStringLiteral("scheduledActivityCategory"), scheduled);
    const State state = stateFor(schedule.isScheduled(), schedule.categoryAt(now), actual);
    out.insert(QStringLiteral("adherenceState"), state.adherence);
    out.insert(QStringLiteral("impact"), state.impact);
    out.insert(QStringLiteral("timeOfAdherenceChange"), SimJson::date(lastChange(agent, schedule, now)));
    return out;
}

// userId is a "multi" collection: repeated, 1 to 100 of them; each is one id (a comma is not a separator).
SimResponse SimAdherence::adherence(const SimRequest &request) const
{
    if (!request.hasPermission(kViewAdherence))
        return SimResponse::error(403, QStringLiteral("missing.permissions"),
            tr("Unable to perform the requested action. You are missing the following permission(s): [%1]")
                .arg(kViewAdherence));
    const QStringList ids = request.query.allQueryItemValues(QStringLiteral("userId"), QUrl::FullyDecoded);
    if (ids.isEmpty())
        return SimBody::badRequest(
            tr("userId is required: between 1 and %1 of them.").arg(MaxUserIds), QStringLiteral("userId"));
    if (ids.size() > MaxUserIds)
        return SimResponse::error(400, QStringLiteral("bad.request"),
            tr("Min 1, Max of %1 userIds per request; %2 were given.").arg(MaxUserIds).arg(ids.size()),
            QStringLiteral("userId"));
    QJsonArray out;
    QStringList seen;
    for (const QString &id : ids) {
        const SimAgent *agent = m_org->user(id);
        if (agent && !seen.contains(id)) {
            seen.append(id);
            out.append(record(*agent));
        }
    }
    return SimResponse::json(out);
}
