// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ScopeResolver.h"
#include "core/Agent.h"
#include "core/RosterScope.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class StatusGateway;

// Loads the agents of a scope that is not the whole organisation, in requests proportional to the scope:
// the names resolved (one request each), the team members (100 a page) or the direct reports (one request),
// then the agents by id through the gateway (100 ids a request, presence, routing status and team).
class ScopeLoader : public QObject
{
    Q_OBJECT

public:
    ScopeLoader(ApiClient *client, StatusGateway *gateway, QObject *parent = nullptr);

    void load(const RosterScope &scope);
    // The resolved team ids of the last Teams scope (empty for direct reports).
    QStringList teamIds() const { return m_teamIds; }
    // The member ids of one team, every page (for a capacity rule that counts the whole team).
    void loadTeamMembers(const QString &teamId);

Q_SIGNALS:
    void loaded(const AgentList &agents);
    void membersLoaded(const QString &teamId, const QStringList &ids);
    void failed(const ScopeResolver::Problem &problem);

private:
    void readMembers(const QStringList &teamIds, int index, const QString &next, QStringList ids, bool forLoad);
    void readReports(const QString &managerId);
    void readAgents(const QStringList &ids);
    void serverFailed(const QString &name, const ApiError &error);

    ApiClient *m_client;
    QPointer<StatusGateway> m_gateway;
    ScopeResolver m_resolver;
    QStringList m_teamIds;
};
