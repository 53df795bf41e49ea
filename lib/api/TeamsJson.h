// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

// Reads the cursor-paged Genesys team listings: GET /api/v2/teams (TeamEntityListing) and
// GET /api/v2/teams/{id}/members (TeamMemberEntityListing). Entities without an id are skipped; a listing
// without an entities array is malformed.
class TeamsJson
{
public:
    struct Team
    {
        QString id;
        QString name;
        int memberCount = -1; // -1: not told
    };
    struct Page
    {
        QVector<Team> teams; // readTeams
        QStringList memberIds; // readMembers
        QString nextUri; // empty on the last page; only a relative /api/v2/ path is taken
    };

    static bool readTeams(const QJsonObject &listing, Page *page);
    static bool readMembers(const QJsonObject &listing, Page *page);
    // The ids of a JSON array of users (GET /api/v2/users/{id}/directreports); false if not an array.
    static bool readUserIds(const QJsonValue &array, QStringList *ids);

private:
    static QString safeNext(const QJsonObject &listing);
};
