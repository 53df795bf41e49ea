// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimAgent.h"
#include "sim/SimPresenceDefinition.h"
#include "sim/SimQueue.h"
#include "sim/SimTeam.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QRandomGenerator>

#include <optional>

class Clock;

// The simulated organisation: users (agents, a few departed ones, two supervisors), divisions, queues and
// presence definitions, generated deterministically from a seed. It owns the one agent state that both
// protocols read and write, and announces every change.
class SimOrganisation : public QObject
{
    Q_OBJECT

public:
    // Presence and modification stamps are the clock's time.
    SimOrganisation(int agents, quint32 seed, const QString &supervisorName, Clock *clock, QObject *parent = nullptr);

    const QList<SimAgent> &users() const { return m_users; } // listed by GET /api/v2/users
    const SimAgent *user(const QString &id) const;
    // Every user reachable by id, listed agents first, then staff (leads, supervisors, the director).
    QList<const SimAgent *> everyone() const;
    const QList<SimTeam> &teams() const { return m_teams; }
    const SimTeam *team(const QString &id) const;
    QString teamName(const SimAgent &agent) const; // empty for a user in no team
    QList<const SimAgent *> directReports(const QString &userId) const;
    QList<const SimAgent *> superiors(const QString &userId) const; // nearest first
    const QList<SimQueue> &queues() const { return m_queues; }
    const SimQueue *queue(const QString &id) const;
    // Members of the queue, and of those the ones whose membership is active.
    int queueMemberCount(const QString &queueId) const;
    int queueJoinedCount(const QString &queueId) const;
    const QList<SimPresenceDefinition> &definitions() const { return m_definitions; }
    const SimPresenceDefinition *definition(const QString &id) const;
    const SimPresenceDefinition *systemDefinition(const QString &systemPresence) const;
    static QStringList systemPresences();
    static QStringList reasons();
    static QString purecloudSourceId();

    QString supervisorId() const { return m_supervisorId; }
    QString competitorId() const { return m_competitorId; }
    QString organizationId() const { return m_organizationId; }
    QString activeAgentAt(quint32 index) const; // index modulo the active agents
    int activeAgentCount() const { return m_activeCount; }

    // Each returns an error message, empty on success.
    QString setPresence(const QString &userId, const QString &definitionId, const std::optional<QString> &message,
        const QString &actor);
    QString setStatus(const QString &userId, const QString &status, const QString &reason, const QString &wrapupCode,
        const QString &actor);
    QString setRoutingStatus(const QString &userId, const QString &status, const QString &actor);
    // An administrator deactivates ("inactive") or reactivates ("active") a listed user: the users listing
    // shifts under a client that reads it page by page. False (nothing changed) for an unknown user or
    // state. activeAgentAt() assumes the organisation as built: reactivate before relying on it again.
    bool setUserState(const QString &userId, const QString &state);
    // Activates or deactivates an existing membership; false (nothing changed) for a non-member or a
    // membership already in that state.
    bool setQueueJoined(const QString &userId, const QString &queueId, bool joined);
    // An On Queue agent let an interaction's alert go unanswered: Genesys sets NOT_RESPONDING (and routes
    // nothing more to them until they go off queue and on again). False for an agent not On Queue.
    bool missAlert(const QString &userId);

Q_SIGNALS:
    void agentChanged(const QString &userId, bool presenceChanged, bool routingChanged);

private:
    QString applyPresence(const QString &userId, const QString &definitionId, const std::optional<QString> &message,
        const QString &actor, const QString &reason, const QString &wrapupCode);
    void createDefinitions();
    void createUsers(int agents, const QString &supervisorName);
    void createTeams();
    void createQueues();
    void assignManagers(const QString &directorId);
    QString addStaff(const QString &key, const QString &name, const QString &title, const QString &managerId);
    void joinTeam(SimAgent &agent, const QString &teamName);
    SimAgent makeAgent(int index, const QString &name, const QString &team);
    SimAgent *mutableUser(const QString &id);
    QString uuidFor(const QString &what) const;
    void touch(SimAgent &agent, const QString &actor);

    Clock *m_clock;
    quint32 m_seed;
    QRandomGenerator m_rng;
    QString m_organizationId;
    QString m_supervisorId;
    QString m_competitorId;
    int m_activeCount = 0;
    quint64 m_revisionCounter = 0;
    QList<SimAgent> m_users;
    QList<SimAgent> m_staff; // supervisors: reachable by id, not listed
    QHash<QString, int> m_userIndex;
    QHash<QString, int> m_staffIndex;
    QList<SimTeam> m_teams;
    QHash<QString, int> m_teamIndex;
    QHash<QString, QStringList> m_reports; // manager id -> direct reports in listing order
    QList<SimQueue> m_queues;
    QHash<QString, int> m_queueIndex;
    QList<SimPresenceDefinition> m_definitions;
    QHash<QString, int> m_definitionIndex;
};
