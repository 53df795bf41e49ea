// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/TeamsJson.h"

#include <QJsonArray>

QString TeamsJson::safeNext(const QJsonObject &listing)
{
    // A next page elsewhere than this API would take the token to another origin.
    const QString next = listing.value(QStringLiteral("nextUri")).toString();
    if (!next.startsWith(QLatin1String("/api/v2/")) || next.contains(QLatin1String("//")) || next.size() > 4096)
        return {};
    return next;
}

bool TeamsJson::readTeams(const QJsonObject &listing, Page *page)
{
    const QJsonValue entities = listing.value(QStringLiteral("entities"));
    if (!entities.isArray())
        return false;
    for (const QJsonValue &value : entities.toArray()) {
        const QJsonObject o = value.toObject();
        Team team;
        team.id = o.value(QStringLiteral("id")).toString();
        team.name = o.value(QStringLiteral("name")).toString();
        const QJsonValue count = o.value(QStringLiteral("memberCount"));
        if (count.isDouble() && count.toDouble() >= 0 && count.toDouble() < 1e9)
            team.memberCount = count.toInt();
        if (!team.id.isEmpty())
            page->teams.append(team);
    }
    page->nextUri = safeNext(listing);
    return true;
}

bool TeamsJson::readMembers(const QJsonObject &listing, Page *page)
{
    const QJsonValue entities = listing.value(QStringLiteral("entities"));
    if (!entities.isArray())
        return false;
    for (const QJsonValue &value : entities.toArray()) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !page->memberIds.contains(id))
            page->memberIds.append(id);
    }
    page->nextUri = safeNext(listing);
    return true;
}

bool TeamsJson::readUserIds(const QJsonValue &array, QStringList *ids)
{
    if (!array.isArray())
        return false;
    for (const QJsonValue &value : array.toArray()) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (!id.isEmpty())
            ids->append(id);
    }
    return true;
}
