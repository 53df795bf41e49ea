// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AgentDirectory.h"

#include "api/ActivityEvent.h"
#include "api/GatewayReply.h"
#include "api/NotificationChannel.h"
#include "api/StatusGateway.h"
#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "service/ServiceLogging.h"

#include <QPointer>
#include <QSet>

#include <algorithm>

namespace {

constexpr int kDefaultPollIntervalMs = 15000;
// Push events for several agents within this time share one re-read.
constexpr int kRereadDelayMs = 200;

// Copies what the server confirmed over the row; fields the source did not fill keep their value.
// `now` stamps the row when the source says nothing of when it was confirmed.
void mergeInto(Agent &row, const Agent &fresh, const QDateTime &now)
{
    auto take = [](QString &target, const QString &value) {
        if (!value.isEmpty())
            target = value;
    };
    take(row.name, fresh.name);
    take(row.email, fresh.email);
    take(row.team, fresh.team);
    take(row.teamId, fresh.teamId);
    take(row.department, fresh.department);
    take(row.managerId, fresh.managerId);
    take(row.divisionId, fresh.divisionId);
    take(row.divisionName, fresh.divisionName);
    take(row.status, fresh.status);
    take(row.presenceDefinitionId, fresh.presenceDefinitionId);
    take(row.presenceLabel, fresh.presenceLabel);
    take(row.routingStatus, fresh.routingStatus);
    if (fresh.statusSince.isValid())
        row.statusSince = fresh.statusSince;
    if (!fresh.version.isEmpty() && fresh.version != row.version) {
        row.version = fresh.version;
        row.changedBy = fresh.changedBy;
        row.reason = fresh.reason;
    } else {
        take(row.changedBy, fresh.changedBy);
        take(row.reason, fresh.reason);
    }
    row.lastConfirmed = fresh.lastConfirmed.isValid() ? fresh.lastConfirmed : now;
    row.stale = false;
}

// A read that left before a push event (or a confirmed write) was applied carries an older state: it
// must not put the row back. The server's modifiedDate only moves forward.
bool olderThanRow(const Agent &fresh, const Agent &row)
{
    return fresh.statusSince.isValid() && row.statusSince.isValid() && fresh.statusSince < row.statusSince;
}

// What the directory took from the server is confirmed when it took it, on the directory's clock: the
// clock its polling runs on and its views judge staleness by.
AgentList stamped(AgentList agents, const QDateTime &now)
{
    for (Agent &agent : agents)
        agent.lastConfirmed = now;
    return agents;
}

bool sameState(const Agent &a, const Agent &b)
{
    return a.status == b.status && a.presenceDefinitionId == b.presenceDefinitionId && a.reason == b.reason
        && a.routingStatus == b.routingStatus && a.version == b.version && a.name == b.name && a.team == b.team
        && a.stale == b.stale;
}

} // namespace

struct AgentDirectory::Private
{
    StatusGateway *gateway = nullptr;
    std::function<GatewayReply *()> rosterSource;
    Clock *clock = nullptr;
    NotificationChannel *channel = nullptr;
    QVector<Agent> agents;
    QHash<QString, int> index;
    // Agents per team and status, kept as rows change so that validating a change (once per agent of a
    // bulk change) does not walk the whole roster. The empty team holds the whole roster.
    QHash<QString, QHash<QString, int>> counts;
    Mode mode = Mode::Offline;
    bool loaded = false;
    bool pushEnabled = true;
    bool live = false;
    int pollInterval = kDefaultPollIntervalMs;
    ClockTimer *pollTimer = nullptr;
    ClockTimer *rereadTimer = nullptr;
    QSet<QString> rereadIds;
    QPointer<GatewayReply> rosterReply;
    QPointer<GatewayReply> resyncReply;
    bool resyncAgain = false;
    ApiError loadError;

    void countRow(const Agent &agent, int delta);
    void recount();
    void reindex(int fromRow = 0);
};

void AgentDirectory::Private::countRow(const Agent &agent, int delta)
{
    for (const QString &team : {QString(), agent.team}) {
        QHash<QString, int> &byStatus = counts[team];
        const int value = byStatus.value(agent.status) + delta;
        if (value > 0)
            byStatus.insert(agent.status, value);
        else
            byStatus.remove(agent.status);
        if (team.isEmpty() && agent.team.isEmpty())
            break; // the agent has no team: counted once, in the whole roster
    }
}

void AgentDirectory::Private::recount()
{
    counts.clear();
    for (const Agent &agent : std::as_const(agents))
        countRow(agent, 1);
}

void AgentDirectory::Private::reindex(int fromRow)
{
    if (fromRow == 0)
        index.clear();
    index.reserve(agents.size());
    for (int row = fromRow; row < agents.size(); ++row)
        index.insert(agents.at(row).id, row);
}

AgentDirectory::AgentDirectory(StatusGateway *gateway, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->gateway = gateway;
    d->clock = Clock::orSystem(clock);
    d->pollTimer = new ClockTimer(d->clock, this);
    d->rereadTimer = new ClockTimer(d->clock, this);
    d->channel = new NotificationChannel(gateway->client(), this);
    connect(d->channel, &NotificationChannel::activity, this, &AgentDirectory::onActivity);
    connect(d->channel, &NotificationChannel::gap, this, &AgentDirectory::resync);
    connect(d->channel, &NotificationChannel::stateChanged, this, &AgentDirectory::onChannelState);
    connect(d->channel, &NotificationChannel::error, this,
        [](const ApiError &error) { qCInfo(lcService) << "push channel:" << error.toString(); });
    connect(d->pollTimer, &ClockTimer::timeout, this, &AgentDirectory::resync);
    d->rereadTimer->setSingleShot(true);
    d->rereadTimer->setInterval(kRereadDelayMs);
    connect(d->rereadTimer, &ClockTimer::timeout, this, [this] {
        const QStringList ids(d->rereadIds.cbegin(), d->rereadIds.cend());
        d->rereadIds.clear();
        reread(ids);
    });
}

AgentDirectory::~AgentDirectory()
{
    for (GatewayReply *reply : {d->rosterReply.data(), d->resyncReply.data()}) {
        if (reply) {
            reply->disconnect(this);
            reply->deleteLater();
        }
    }
}

Clock *AgentDirectory::clock() const
{
    return d->clock;
}

QVector<Agent> AgentDirectory::agents() const
{
    return d->agents;
}

const Agent &AgentDirectory::at(int row) const
{
    return d->agents.at(row);
}

const QVector<Agent> &AgentDirectory::rows() const
{
    return d->agents;
}

int AgentDirectory::rowOf(const QString &id) const
{
    return d->index.value(id, -1);
}

std::optional<Agent> AgentDirectory::agent(const QString &id) const
{
    const auto it = d->index.constFind(id);
    if (it == d->index.cend())
        return std::nullopt;
    return d->agents.at(it.value());
}

std::optional<Agent> AgentDirectory::find(const QString &idOrName) const
{
    if (std::optional<Agent> byId = agent(idOrName))
        return byId;
    std::optional<Agent> match;
    for (const Agent &candidate : d->agents) {
        if (candidate.name != idOrName)
            continue;
        if (match)
            return std::nullopt; // ambiguous: the caller must use the id
        match = candidate;
    }
    return match;
}

int AgentDirectory::size() const
{
    return static_cast<int>(d->agents.size());
}

QStringList AgentDirectory::teams() const
{
    QSet<QString> names;
    for (const Agent &agent : d->agents)
        names.insert(agent.team);
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list;
}

QHash<QString, int> AgentDirectory::countsByStatus(const QString &team) const
{
    return d->counts.value(team);
}

int AgentDirectory::count(const QString &team, const QString &status) const
{
    return d->counts.value(team).value(status);
}

QStringList AgentDirectory::idsInTeam(const QString &team) const
{
    QStringList ids;
    for (const Agent &agent : d->agents) {
        if (agent.team == team)
            ids.append(agent.id);
    }
    return ids;
}

AgentDirectory::Mode AgentDirectory::mode() const
{
    return d->mode;
}

bool AgentDirectory::isLoaded() const
{
    return d->loaded;
}

ApiError AgentDirectory::lastLoadError() const
{
    return d->loadError;
}

QDateTime AgentDirectory::freshness(const QString &id) const
{
    const std::optional<Agent> row = agent(id);
    return row ? row->lastConfirmed : QDateTime();
}

void AgentDirectory::setPushEnabled(bool enabled)
{
    d->pushEnabled = enabled;
    if (!enabled)
        d->channel->stop();
}

void AgentDirectory::setPollInterval(int milliseconds)
{
    d->pollInterval = milliseconds;
    onChannelState();
}

NotificationChannel *AgentDirectory::channel() const
{
    return d->channel;
}

void AgentDirectory::refresh()
{
    if (d->rosterReply)
        return;
    GatewayReply *reply = d->rosterSource ? d->rosterSource() : d->gateway->loadRoster();
    d->rosterReply = reply;
    connect(reply, &GatewayReply::progress, this, &AgentDirectory::loadProgress);
    connect(reply, &GatewayReply::finished, this, &AgentDirectory::onRosterLoaded);
}

void AgentDirectory::onRosterLoaded()
{
    GatewayReply *reply = d->rosterReply;
    d->rosterReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    d->loadError = reply->error();
    if (!reply->isOk()) {
        if (!d->loaded)
            setMode(Mode::Offline);
        emit loadFailed(reply->error().toString());
        return;
    }
    resetRows(stamped(reply->agents(), d->clock->now()));
    startLive();
}

void AgentDirectory::setRosterSource(const std::function<GatewayReply *()> &source)
{
    d->rosterSource = source;
}

void AgentDirectory::applyRoster(const AgentList &roster)
{
    resetRows(roster);
}

void AgentDirectory::resetRows(const AgentList &roster)
{
    emit agentsAboutToBeReset();
    const QDateTime now = d->clock->now();
    d->agents = roster;
    const auto unstamped = [](const Agent &agent) { return !agent.lastConfirmed.isValid(); };
    if (std::any_of(d->agents.cbegin(), d->agents.cend(), unstamped)) {
        for (Agent &agent : d->agents) {
            if (unstamped(agent))
                agent.lastConfirmed = now;
        }
    }
    d->reindex();
    d->recount();
    d->loaded = true;
    emit agentsReset();
}

// New rows go to the end, so that every row already shown keeps its number.
void AgentDirectory::appendRows(const AgentList &fresh)
{
    if (fresh.isEmpty())
        return;
    const int first = size();
    const int last = first + static_cast<int>(fresh.size()) - 1;
    emit agentsAboutToBeAdded(first, last);
    d->agents.append(fresh);
    d->reindex(first);
    for (const Agent &agent : fresh)
        d->countRow(agent, 1);
    emit agentsAdded(first, last);
}

void AgentDirectory::removeAgent(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    emit agentsAboutToBeRemoved(row, row);
    d->countRow(d->agents.at(row), -1);
    d->agents.remove(row);
    d->index.remove(id);
    d->rereadIds.remove(id);
    d->reindex(row);
    emit agentsRemoved(row, row);
}

void AgentDirectory::startLive()
{
    if (d->pushEnabled) {
        QStringList ids;
        ids.reserve(d->agents.size());
        for (const Agent &agent : std::as_const(d->agents))
            ids.append(agent.id);
        d->channel->start(ids);
    }
    onChannelState();
}

void AgentDirectory::onChannelState()
{
    d->live = d->pushEnabled && d->channel->state() == NotificationChannel::State::Live;
    if (!d->loaded)
        return;
    if (d->live)
        setMode(Mode::Push);
    else
        setMode(d->pollInterval > 0 ? Mode::Polling : Mode::Offline); // Offline: nothing keeps the rows fresh
    updatePolling();
}

void AgentDirectory::updatePolling()
{
    const bool poll = d->loaded && !d->live && d->pollInterval > 0;
    if (!poll) {
        d->pollTimer->stop();
        return;
    }
    if (!d->pollTimer->isActive() || d->pollTimer->interval() != d->pollInterval)
        d->pollTimer->start(d->pollInterval);
}

void AgentDirectory::setMode(Mode mode)
{
    if (d->mode == mode)
        return;
    d->mode = mode;
    qCInfo(lcService) << "roster mode:" << mode;
    emit modeChanged();
}

// After a gap (reconnect, new channel) or a poll: the whole roster again, rows merged, changes signalled.
void AgentDirectory::resync()
{
    if (!d->loaded)
        return;
    if (d->resyncReply) {
        d->resyncAgain = true;
        return;
    }
    GatewayReply *reply = d->rosterSource ? d->rosterSource() : d->gateway->loadRoster();
    d->resyncReply = reply;
    connect(reply, &GatewayReply::finished, this, [this] {
        GatewayReply *done = d->resyncReply;
        d->resyncReply = nullptr;
        if (!done)
            return;
        done->deleteLater();
        if (done->isOk()) {
            mergeAgents(stamped(done->agents(), d->clock->now()), true, true);
        } else {
            qCInfo(lcService) << "roster re-read failed:" << done->error().toString();
            for (int i = 0; i < d->agents.size(); ++i) {
                d->agents[i].stale = true;
                emit agentChanged(d->agents.at(i).id);
            }
        }
        if (d->resyncAgain) {
            d->resyncAgain = false;
            resync();
        }
    });
}

void AgentDirectory::reread(const QStringList &ids)
{
    if (ids.isEmpty())
        return;
    GatewayReply *reply = d->gateway->readAgents(ids);
    connect(reply, &GatewayReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->isOk())
            mergeAgents(stamped(reply->agents(), d->clock->now()), false, true);
        else
            qCInfo(lcService) << "agent re-read failed:" << reply->error().toString();
    });
}

void AgentDirectory::mergeAgents(const AgentList &agents, bool markMissingStale, bool keepNewerRows)
{
    AgentList added;
    QHash<QString, int> addedIndex; // an agent listed twice is added once
    QSet<QString> seen;
    const QDateTime now = d->clock->now();
    for (Agent fresh : agents) {
        if (!fresh.lastConfirmed.isValid())
            fresh.lastConfirmed = now;
        seen.insert(fresh.id);
        const auto it = d->index.constFind(fresh.id);
        if (it == d->index.cend()) {
            const auto pending = addedIndex.constFind(fresh.id);
            if (pending == addedIndex.cend()) {
                addedIndex.insert(fresh.id, static_cast<int>(added.size()));
                added.append(fresh);
            } else if (!keepNewerRows || !olderThanRow(fresh, added.at(pending.value()))) {
                mergeInto(added[pending.value()], fresh, now);
            }
            continue;
        }
        Agent &row = d->agents[it.value()];
        if (keepNewerRows && olderThanRow(fresh, row))
            continue;
        const Agent before = row;
        mergeRow(row, fresh);
        if (!sameState(before, row))
            emit agentChanged(row.id);
    }
    if (markMissingStale) {
        for (Agent &row : d->agents) {
            if (!seen.contains(row.id) && !row.stale) {
                row.stale = true;
                emit agentChanged(row.id);
            }
        }
    }
    appendRows(added);
}

// Every change to a known row goes through here, so the counts per team and status stay true.
void AgentDirectory::mergeRow(Agent &row, const Agent &fresh)
{
    d->countRow(row, -1);
    mergeInto(row, fresh, d->clock->now());
    d->countRow(row, 1);
}

void AgentDirectory::applyConfirmed(const Agent &agent)
{
    mergeAgents({agent}, false, false);
}

void AgentDirectory::onActivity(const ActivityEvent &event)
{
    const auto it = d->index.constFind(event.userId);
    if (it == d->index.cend())
        return;
    Agent fresh;
    fresh.id = event.userId;
    if (event.hasPresence) {
        const StatusCatalogue &catalogue = d->gateway->catalogue();
        fresh.presenceDefinitionId = event.presenceDefinitionId;
        fresh.status = catalogue.statusForDefinition(event.presenceDefinitionId, event.systemPresence);
        if (fresh.status.isEmpty())
            fresh.status = StatusCatalogue::canonicalKey(event.systemPresence);
        fresh.presenceLabel = catalogue.definitionLabel(event.presenceDefinitionId);
        fresh.statusSince = event.modifiedDate;
    }
    if (event.hasRoutingStatus)
        fresh.routingStatus = event.routingStatus;
    if (!d->gateway->versionFromActivity(event, &fresh.version)) {
        // The event carries no version of this protocol (an ETag, say): read the agent soon for it.
        d->rereadIds.insert(event.userId);
        d->rereadTimer->start();
    }
    Agent &row = d->agents[it.value()];
    const Agent before = row;
    mergeRow(row, fresh);
    if (!sameState(before, row) || before.lastConfirmed != row.lastConfirmed)
        emit agentChanged(row.id);
}

void AgentDirectory::stop()
{
    d->channel->stop();
    d->pollTimer->stop();
    d->rereadTimer->stop();
    d->live = false;
    setMode(Mode::Offline);
}
