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
// in NotificationChannel) and re-reads the roster after any gap. Polling is only the fallback while
// push is down. mode() says which; Agent::lastConfirmed (freshness()) says how fresh a row is.
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
    bool isLoaded() const;
    // Why the last roster load failed (kind None when it did not).
    ApiError lastLoadError() const;
    // When the row was last confirmed by the server (load, push event or re-read); null if unknown.
    QDateTime freshness(const QString &id) const;

    // Push (default on): live updates over notification channels; off: polling only.
    void setPushEnabled(bool enabled);
    // Polling period while push is down (default 15 s); 0 disables polling.
    void setPollInterval(int milliseconds);
    // The push machinery, to tune its timers (tests) or watch its state (status bar).
    NotificationChannel *channel() const;

    // Loads (or reloads) the whole roster, then starts the live updates.
    void refresh();
    // Where refresh() and the polling re-read take the roster from (nullptr, the default: the gateway's
    // whole-organisation listing); a roster scope sets its own loader here.
    void setRosterSource(const std::function<GatewayReply *()> &source);
    // Re-reads these agents now and updates their rows.
    void reread(const QStringList &ids);
    // Takes a state the server confirmed (after our own write or a conflict) without waiting for push.
    void applyConfirmed(const Agent &agent);
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
    void loadProgress(int done, int total);
    void loadFailed(const QString &message);

private:
    void onRosterLoaded();
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

    struct Private;
    std::unique_ptr<Private> d;
};
