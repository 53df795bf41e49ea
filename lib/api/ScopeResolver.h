// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QStringList>

class ApiClient;

// Turns the names of a roster scope into ids: team names with GET /api/v2/teams?name= (a prefix search:
// an exact match wins; a name is ambiguous only when several teams match it exactly, or none exactly and
// several by prefix), and a user given as an id, "me" or a name (one POST /api/v2/users/search).
class ScopeResolver : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        enum class Kind { Server, Unknown, Ambiguous };
        Kind kind = Kind::Server;
        QString name; // what the lead gave
        QStringList candidates; // for Ambiguous: the names that matched
        ApiError error; // for Server
        QString message() const;
    };
    // The index in `found` that `name` picks, -1 when none does (*ambiguous tells why).
    static int pick(const QString &name, const QStringList &found, bool *ambiguous);
    static bool looksLikeId(const QString &text);

    explicit ScopeResolver(ApiClient *client, QObject *parent = nullptr);

    void resolveTeams(const QStringList &names);
    void resolveUser(const QString &reference);

Q_SIGNALS:
    void teamsResolved(const QStringList &ids, const QStringList &names);
    void userResolved(const QString &id);
    void failed(const ScopeResolver::Problem &problem);

private:
    void resolveNextTeam(const QStringList &names, int index, QStringList ids, QStringList resolvedNames);

    ApiClient *m_client;
};
Q_DECLARE_METATYPE(ScopeResolver::Problem)
