// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/TeamsJson.h"
#include "core/RosterScope.h"

#include <QObject>

class ApiClient;

// What a lead can choose as the roster scope: the organisation's teams (every page of GET /api/v2/teams),
// the lead's direct reports and own team. The lead is "me" (a signed-in lead) or a user id; without a
// user (client credentials) there are only teams and the organisation.
class ScopeChoices : public QObject
{
    Q_OBJECT

public:
    explicit ScopeChoices(ApiClient *client, QObject *parent = nullptr);

    void load(const QString &lead = QStringLiteral("me"));

    QVector<TeamsJson::Team> teams() const { return m_teams; }
    int directReports() const { return m_reports; } // -1: unknown (no signed-in user)
    QString ownTeam() const { return m_ownTeam; }
    QString error() const { return m_error; } // why the teams could not be listed; empty when they were
    // Direct reports when the lead has any, else the lead's own team, else the whole organisation.
    RosterScope suggested() const;

Q_SIGNALS:
    void ready();

private:
    void readTeams(const QString &next);
    void readLead(const QString &lead);
    void readReports(const QString &leadId);
    void oneDone();

    ApiClient *m_client;
    QVector<TeamsJson::Team> m_teams;
    int m_reports = -1;
    QString m_ownTeam;
    QString m_error;
    int m_pending = 0;
    QString m_lead;
};
