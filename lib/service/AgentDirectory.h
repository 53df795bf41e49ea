// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Agent.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class GatewayReply;
class Clock;
class NotificationChannel;
class StatusGateway;
struct ActivityEvent;

// The live roster. Loads every agent through the gateway, then keeps the rows fresh by push
// (notification channels, v2.users.{id}.activity, 1000 topics per channel, reconnect and resubscribe
// in NotificationChannel) and re-reads the rows of a channel after any gap (by id, or the whole
// listing when that costs fewer requests). Every row is either pushed (Agent::pushed: its topic is
// permitted on a live channel) or polled (Agent::pollSeconds): rows whose topics were rejected, did not
// fit in the channels allowed, or whose channel is down are read by id on a period that keeps the
// polling within half of the reads' share of the budget (ApiClient::readShare()), so that it never
// takes the third kept for writes nor all the other reads' room. A row whose channel went down is
// stale until a read confirms it. mode() says how the roster as a whole is kept; Agent::lastConfirmed
// (freshness()) says how fresh a row is.
//
// The one copy of the roster: rows are kept in place (new agents are appended) so that views read
// them by row (at(), rowOf()) and follow the row signals below, as a model follows its store.
class AgentDirectory : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Offline, Polling, Push };
    Q_ENUM(Mode)

    // Polling, re-reads and freshness stamps run on `clock` (nullptr: the real one).
    explicit AgentDirectory(StatusGateway *gateway, Clock *clock = nullptr, QObject *parent = nullptr);
    ~AgentDirectory() override;

    Clock *clock() const;

    QVector<Agent> agents() const;
    // The agent in one row, 0 <= row < size(); rows keep their place until a reset or a removal.
    const Agent &at(int row) const;
    // The rows themselves, for a view that reads many of them: the same object for the directory's
    // whole life, its contents changing only as the row signals say.
    const QVector<Agent> &rows() const;
    int rowOf(const QString &id) const; // -1 when unknown
    std::optional<Agent> agent(const QString &id) const;
    // An agent by id, or by exact name when no id matches; nullopt when none or several match by name.
    std::optional<Agent> find(const QString &idOrName) const;
    int size() const;
    QStringList teams() const;
    // Agents per canonical status, within one team or (empty team) the whole roster. Kept as rows
    // change: no walk over the roster.
    QHash<QString, int> countsByStatus(const QString &team = QString()) const;
    int count(const QString &team, const QString &status) const;
    QStringList idsInTeam(const QString &team) const;

    Mode mode() const;
    // True once rows are there: from the first page of the first load on.
    bool isLoaded() const;
    // Agents a load under way has announced and not yet delivered (0 when no load is under way).
    int stillComing() const;
    // Why the last roster load failed (kind None when it did not).
    ApiError lastLoadError() const;
    // When the row was last confirmed by the server (load, push event or re-read); null if unknown.
    QDateTime freshness(const QString &id) const;

    // Push (default on): live updates over notification channels; off: polling only.
    void setPushEnabled(bool enabled);
    // The shortest polling period (default 15 s; longer when the budget needs it); 0 disables polling.
    void setPollInterval(int milliseconds);
    // The rows polled now (not pushed), and the period they are read on (0: none polled).
    int polledCount() const;
    int pollPeriodMs() const;
    // The push machinery, to tune its timers (tests) or watch its state (status bar).
    NotificationChannel *channel() const;

    // Loads (or reloads) the whole roster, then starts the live updates. The first page replaces the
    // rows (agentsReset), each further page appends its agents (agentsAdded) as it arrives, and
    // loadFinished() says when the last one is in.
    void refresh();
    // Where refresh() and the polling re-read take the roster from (nullptr, the default: the gateway's
    // whole-organisation listing); a roster scope sets its own loader here.
    void setRosterSource(const std::function<GatewayReply *()> &source);
    // Re-reads these agents now and updates their rows.
    void reread(const QStringList &ids);
    // Takes a state the server confirmed (after our own write or a conflict) without waiting for push.
    void applyConfirmed(const Agent &agent);
    // The queues an agent is active on, as a read of its memberships told them: only those fields change
    // (a membership read confirms nothing of the presence).
    void setActiveQueues(const QString &id, const QStringList &queueIds);
    // Takes a whole roster as loaded (what refresh() does with the server's answer), for a roster read
    // elsewhere: rows replaced, no live updates started.
    void applyRoster(const AgentList &roster);
    // Drops an agent's row (one who left the organisation); rows after it move up.
    void removeAgent(const QString &id);
    void stop();

signals:
    // The whole roster is about to be replaced / was replaced (a load): row numbers start over.
    void agentsAboutToBeReset();
    void agentsReset();
    // Rows first..last are about to be appended / were appended.
    void agentsAboutToBeAdded(int first, int last);
    void agentsAdded(int first, int last);
    // Rows first..last are about to go / went; the rows after them moved up.
    void agentsAboutToBeRemoved(int first, int last);
    void agentsRemoved(int first, int last);
    // A row changed in place (rowOf(id) says which).
    void agentChanged(const QString &id);
    void modeChanged();
    // Which rows are pushed or polled changed (polledCount(), pollPeriodMs()).
    void coverageChanged();
    void loadProgress(int done, int total);
    void stillComingChanged(int agents);
    // A load (refresh()) has delivered its last page; live updates start now.
    void loadFinished();
    void loadFailed(const QString &message);

private:
    void onRosterLoaded();
    void onRosterPage(const AgentList &page);
    void onRosterProgress(int done, int total);
    void setStillComing(int agents);
    void resetRows(const AgentList &roster);
    void appendRows(const AgentList &fresh);
    void resync();
    void onActivity(const ActivityEvent &event);
    void onChannelState();
    void startLive();
    void setMode(Mode mode);
    // keepNewerRows: for reads, which may have left before a newer push event was applied.
    void mergeAgents(const AgentList &agents, bool markMissingStale, bool keepNewerRows);
    void mergeRow(Agent &row, const Agent &fresh);
    void updatePolling();
    void onCoverage();
    void onGap(const QStringList &userIds);
    void rereadGap();
    void poll();
    int pollPeriodFor(int rows) const;
    int readCost(int rows, bool *byListing) const;

    struct Private;
    std::unique_ptr<Private> d;
};
