// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class StatusGateway;

// The live roster. Loads every agent through the gateway, then keeps the rows fresh by push
// (notification channels, v2.users.{id}.activity, 1000 topics per channel) and falls back to polling
// when push is unavailable. mode() says which; Agent::lastConfirmed says how fresh a row is.
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
    // Agents per canonical status, within one team or (empty team) the whole roster.
    QHash<QString, int> countsByStatus(const QString &team = QString()) const;
    int count(const QString &team, const QString &status) const;
    QStringList idsInTeam(const QString &team) const;

    Mode mode() const;
    bool isLoaded() const;
    // When the row was last confirmed by the server (load, push event or re-read).
    QDateTime freshness(const QString &id) const;

    // Push first; polling (every pollInterval) when the channel cannot be opened or keeps failing.
    void setPushEnabled(bool enabled);
    void setPollInterval(int milliseconds);

    // Loads (or reloads) the whole roster, then starts the live updates.
    void refresh();
    // Re-reads some agents (after a gap, a conflict or a write) and updates their rows.
    void reread(const QStringList &ids);
    // Takes the state the server answered after our own write, without waiting for push.
    void applyConfirmed(const Agent &agent);
    void stop();

signals:
    void agentsReset();
    void agentChanged(const QString &id);
    void modeChanged();
    void loadProgress(int done, int total);
    void loadFailed(const QString &message);

private:
    struct Private;
    Private *d;
};
