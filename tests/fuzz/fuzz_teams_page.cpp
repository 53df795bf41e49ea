// SPDX-License-Identifier: GPL-3.0-or-later
// A GET /api/v2/teams or /api/v2/teams/{id}/members page, or a direct reports array, as the scope reads them.
#include "FuzzSupport.h"
#include "api/TeamsJson.h"

#include <QJsonArray>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool quiet = [] {
        fuzz::quiet();
        return true;
    }();
    (void)quiet;
    const QByteArray bytes = fuzz::bytes(data, size);
    const QJsonObject listing = fuzz::object(bytes);
    TeamsJson::Page teams;
    if (TeamsJson::readTeams(listing, &teams))
        (void)teams.nextUri.size();
    TeamsJson::Page members;
    if (TeamsJson::readMembers(listing, &members))
        (void)members.memberIds.size();
    QStringList ids;
    (void)TeamsJson::readUserIds(QJsonDocument::fromJson(bytes).array(), &ids);
    return 0;
}
