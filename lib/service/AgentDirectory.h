// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Agent.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class NotificationChannel;
class StatusGateway;
struct ActivityEvent;

// The live roster. Loads every agent through the gateway, then keeps the rows fresh by push
// (notification channels, v2.users.{id}.activity, 1000 topics per channel, reconnect and resubscribe
// in NotificationChannel) and re-reads the roster after any gap. Polling is only the fallback while
// push is down. mode() says which; Agent::lastConfirmed (freshness()) says how fresh a row is.
class AgentDirectory : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Offline, Polling, Push };
    Q_ENUM(Mode)

    explicit AgentDirectory(StatusGateway *gateway, QObject *parent = nullptr);
    ~AgentDirectory() override;

    QVector<Agent> agents() const;
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
    // Re-reads these agents now and updates their rows.
    void reread(const QStringList &ids);
    // Takes a state the server confirmed (after our own write or a conflict) without waiting for push.
    void applyConfirmed(const Agent &agent);
    void stop();

signals:
    void agentsReset();
    void agentChanged(const QString &id);
    void modeChanged();
    void loadProgress(int done, int total);
    void loadFailed(const QString &message);

private:
    void onRosterLoaded();
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
