// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AgentDirectory.h"

#include "api/ActivityEvent.h"
#include "api/ApiClient.h"
#include "api/GatewayReply.h"
#include "api/NotificationChannel.h"
#include "api/StatusGateway.h"
#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "service/ServiceLogging.h"

#include <QLocale>
#include <QPointer>
#include <QSet>

#include <algorithm>

namespace {

constexpr int kDefaultPollIntervalMs = 15000;
// Channels going live within this time share one re-read of their rows.
constexpr int kGapDelayMs = 500;
// The first subscriptions' moments between listing and subscription are re-read this much later: the
// load's requests have then left the server's rolling minute, so the re-read never costs the lead's
// first minute.
constexpr int kInitialGapDelayMs = 60000;
// Polling may use this part of the reads' share of the budget: the rest stays for the lead's reads
// and re-reads after a gap.
constexpr int kPollShareDivisor = 2;
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
    if (fresh.activeQueuesKnown) {
        row.activeQueueIds = fresh.activeQueueIds;
        row.activeQueuesKnown = true;
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
        && a.stale == b.stale && a.pushed == b.pushed && a.pollSeconds == b.pollSeconds
        && a.activeQueueIds == b.activeQueueIds && a.activeQueuesKnown == b.activeQueuesKnown;
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
    ClockTimer *gapTimer = nullptr;
    ClockTimer *initialGapTimer = nullptr;
    QSet<QString> initialGapIds;
    QSet<QString> gapIds;
    QPointer<GatewayReply> pollReply;
    QStringList polled; // the rows not pushed
    int pollPeriodMs = 0;
    QSet<QString> rereadIds;
    QPointer<GatewayReply> rosterReply;
    QPointer<GatewayReply> resyncReply;
    bool resyncAgain = false;
    ApiError loadError;
    bool pageShown = false; // the load under way has replaced the rows with its first page
    int stillComing = 0;
    // Gaps still to come from the first subscription of the channels a load started: the listing just
    // read is what they would re-read.
    int initialGaps = 0;

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
    d->gapTimer = new ClockTimer(d->clock, this);
    d->gapTimer->setSingleShot(true);
    d->gapTimer->setInterval(kGapDelayMs);
    connect(d->gapTimer, &ClockTimer::timeout, this, &AgentDirectory::rereadGap);
    d->initialGapTimer = new ClockTimer(d->clock, this);
    d->initialGapTimer->setSingleShot(true);
    d->initialGapTimer->setInterval(kInitialGapDelayMs);
    connect(d->initialGapTimer, &ClockTimer::timeout, this, [this] {
        for (const QString &id : std::as_const(d->initialGapIds))
            d->gapIds.insert(id);
        d->initialGapIds.clear();
        rereadGap();
    });
    d->channel = new NotificationChannel(gateway->client(), this);
    connect(d->channel, &NotificationChannel::activity, this, &AgentDirectory::onActivity);
    connect(d->channel, &NotificationChannel::gapFor, this, &AgentDirectory::onGap);
    connect(d->channel, &NotificationChannel::coverageChanged, this, &AgentDirectory::onCoverage);
    connect(d->channel, &NotificationChannel::stateChanged, this, &AgentDirectory::onChannelState);
    connect(d->channel, &NotificationChannel::error, this, [this](const ApiError &error) {
        qCInfo(lcService) << "push channel:" << error.toString();
        d->initialGaps = 0; // a failed set-up may have lost events: its gaps re-read
    });
    connect(d->pollTimer, &ClockTimer::timeout, this, &AgentDirectory::poll);
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
    for (GatewayReply *reply : {d->rosterReply.data(), d->resyncReply.data(), d->pollReply.data()}) {
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

int AgentDirectory::stillComing() const
{
    return d->stillComing;
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

int AgentDirectory::polledCount() const
{
    return static_cast<int>(d->polled.size());
}

int AgentDirectory::pollPeriodMs() const
{
    return d->polled.isEmpty() ? 0 : d->pollPeriodMs;
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
    d->pageShown = false;
    connect(reply, &GatewayReply::agentsArrived, this, &AgentDirectory::onRosterPage);
    connect(reply, &GatewayReply::progress, this, &AgentDirectory::onRosterProgress);
    connect(reply, &GatewayReply::finished, this, &AgentDirectory::onRosterLoaded);
}

// The rows are shown as the pages come: the first one replaces the roster, the others add to it.
void AgentDirectory::onRosterPage(const AgentList &page)
{
    if (!d->rosterReply || sender() != d->rosterReply.data())
        return;
    const AgentList fresh = stamped(page, d->clock->now());
    if (!d->pageShown) {
        d->pageShown = true;
        resetRows(fresh);
        return;
    }
    mergeAgents(fresh, false, true);
}

void AgentDirectory::onRosterProgress(int done, int total)
{
    setStillComing(qMax(0, total - done));
    emit loadProgress(done, total);
}

void AgentDirectory::setStillComing(int agents)
{
    if (d->stillComing == agents)
        return;
    d->stillComing = agents;
    emit stillComingChanged(agents);
}

void AgentDirectory::onRosterLoaded()
{
    GatewayReply *reply = d->rosterReply;
    d->rosterReply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    setStillComing(0);
    d->loadError = reply->error();
    if (!reply->isOk()) {
        if (!d->loaded)
            setMode(Mode::Offline);
        emit loadFailed(reply->error().toString());
        return;
    }
    if (!d->pageShown)
        resetRows(stamped(reply->agents(), d->clock->now())); // an empty roster, or a gateway without pages
    d->pageShown = false;
    startLive();
    emit loadFinished();
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
        d->initialGaps = d->channel->channelCount();
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
    onCoverage();
}

// Every row is pushed or polled: marks each, and sets the polling period for the rows polled.
void AgentDirectory::onCoverage()
{
    if (!d->loaded)
        return;
    QStringList polled;
    for (const Agent &row : std::as_const(d->agents)) {
        if (!d->pushEnabled || !d->channel->isPushed(row.id))
            polled.append(row.id);
    }
    const bool changedSet = polled != d->polled;
    d->polled = polled;
    d->pollPeriodMs = pollPeriodFor(static_cast<int>(polled.size()));
    const int pollSeconds = d->pollPeriodMs > 0 ? (d->pollPeriodMs + 999) / 1000 : 0;
    for (Agent &row : d->agents) {
        const bool pushed = d->pushEnabled && d->channel->isPushed(row.id);
        // A channel that went down may have missed events: the row is stale until a read confirms it.
        const bool stale = row.stale || (row.pushed && !pushed && !d->channel->isRejected(row.id));
        const int rowPollSeconds = pushed ? 0 : pollSeconds;
        // Called for every page of a roster load: a row that keeps its state is not copied.
        if (row.pushed == pushed && row.stale == stale && row.pollSeconds == rowPollSeconds)
            continue;
        row.stale = stale;
        row.pushed = pushed;
        row.pollSeconds = rowPollSeconds;
        emit agentChanged(row.id); // each of the three is part of sameState()
    }
    updatePolling();
    if (changedSet)
        qCInfo(lcService) << polled.size() << "rows polled every" << d->pollPeriodMs << "ms";
    emit coverageChanged();
}

// Requests a read of `rows` rows takes: by id (kUsersPerRead a request), or, for the whole roster,
// the listing of the whole roster when its pages are fewer.
int AgentDirectory::readCost(int rows, bool *byListing) const
{
    const int byId = (rows + StatusGateway::kUsersPerRead - 1) / StatusGateway::kUsersPerRead;
    const int pageSize = std::max(1, d->gateway->rosterPageSize());
    const int listing = (size() + pageSize - 1) / pageSize;
    const bool useListing = listing <= byId; // the listing reads every row, the asked ones among them
    if (byListing)
        *byListing = useListing;
    return useListing ? listing : byId;
}

// The period that keeps one read of `rows` rows within the polling's part of the reads' share of the
// budget, and never shorter than the poll interval set.
int AgentDirectory::pollPeriodFor(int rows) const
{
    if (d->pollInterval <= 0 || rows <= 0)
        return 0;
    const int requests = readCost(rows, nullptr);
    const ApiClient *client = d->gateway->client();
    const int share = client ? std::max(1, client->readShare() / kPollShareDivisor) : requests;
    const qint64 period = (qint64(requests) * 60000 + share - 1) / share;
    return static_cast<int>(std::clamp<qint64>(period, d->pollInterval, 24 * 3600 * 1000));
}

void AgentDirectory::updatePolling()
{
    const bool poll = d->loaded && !d->polled.isEmpty() && d->pollPeriodMs > 0;
    if (!poll) {
        d->pollTimer->stop();
        return;
    }
    if (!d->pollTimer->isActive() || d->pollTimer->interval() != d->pollPeriodMs)
        d->pollTimer->start(d->pollPeriodMs);
}

// One read of the polled rows: by id, or the listing when the polled rows are the whole roster and the
// listing's pages are fewer requests. A read still out is not doubled.
void AgentDirectory::poll()
{
    if (d->polled.isEmpty() || d->pollReply || d->resyncReply)
        return;
    bool byListing = false;
    readCost(static_cast<int>(d->polled.size()), &byListing);
    if (byListing)
        return resync();
    GatewayReply *reply = d->gateway->readAgents(d->polled);
    d->pollReply = reply;
    connect(reply, &GatewayReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (d->pollReply == reply)
            d->pollReply = nullptr;
        if (reply->isOk())
            mergeAgents(stamped(reply->agents(), d->clock->now()), false, true);
        else
            qCInfo(lcService) << "poll read failed:" << reply->error().toString();
    });
}

// The first subscription of each channel a load started is re-read a minute later, not at once: the
// events it could have missed are those between the listing and the subscription, and a re-read costs as
// many requests as the load (20 for 10,000 agents), which the lead's first minute should not pay. Later
// gaps (reconnects, new channels, a failed set-up) re-read their rows at once.
void AgentDirectory::onGap(const QStringList &userIds)
{
    if (d->initialGaps > 0) {
        --d->initialGaps;
        for (const QString &id : userIds)
            d->initialGapIds.insert(id);
        if (!d->initialGapTimer->isActive())
            d->initialGapTimer->start();
        return;
    }
    for (const QString &id : userIds)
        d->gapIds.insert(id);
    if (!d->gapTimer->isActive())
        d->gapTimer->start();
}

// The rows of the channels that had a gap, by id or by the whole listing, whichever costs fewer
// requests.
void AgentDirectory::rereadGap()
{
    QStringList ids;
    for (const QString &id : std::as_const(d->gapIds)) {
        if (d->index.contains(id))
            ids.append(id);
    }
    d->gapIds.clear();
    if (ids.isEmpty() || !d->loaded)
        return;
    bool byListing = false;
    readCost(static_cast<int>(ids.size()), &byListing);
    if (byListing)
        resync();
    else
        reread(ids);
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
    if (!added.isEmpty())
        onCoverage(); // the new rows are polled until the next subscription covers them
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

void AgentDirectory::setActiveQueues(const QString &id, const QStringList &queueIds)
{
    const auto it = d->index.constFind(id);
    if (it == d->index.cend())
        return;
    Agent &row = d->agents[it.value()];
    if (row.activeQueuesKnown && row.activeQueueIds == queueIds)
        return;
    row.activeQueueIds = queueIds;
    row.activeQueuesKnown = true;
    emit agentChanged(id);
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
        // In the lead's language, as the roster read it: a push must not turn the label back to English.
        fresh.presenceLabel = catalogue.definitionLabel(event.presenceDefinitionId, QLocale().name());
        fresh.statusSince = event.modifiedDate;
    }
    if (event.hasRoutingStatus)
        fresh.routingStatus = event.routingStatus;
    if (event.hasActiveQueues) {
        fresh.activeQueueIds = event.activeQueueIds;
        fresh.activeQueuesKnown = true;
    }
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
    d->initialGaps = 0;
    d->channel->stop();
    d->pollTimer->stop();
    d->rereadTimer->stop();
    d->gapTimer->stop();
    d->initialGapTimer->stop();
    d->initialGapIds.clear();
    d->live = false;
    setMode(Mode::Offline);
}
