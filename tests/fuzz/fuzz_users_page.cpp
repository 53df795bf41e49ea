// SPDX-License-Identifier: GPL-3.0-or-later
// A GET /api/v2/users page (presence and routingStatus expanded), as RosterLoader reads it.
#include "FuzzSupport.h"
#include "api/GenesysJson.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const StatusCatalogue catalogue = [] {
        fuzz::quiet();
        return StatusCatalogue::defaults();
    }();
    const QJsonObject page = fuzz::object(fuzz::bytes(data, size));
    (void)page.value(QStringLiteral("total")).toDouble(0);
    (void)page.value(QStringLiteral("pageCount")).toDouble(0);
    const QJsonArray entities = page.value(QStringLiteral("entities")).toArray();
    for (const QJsonValue &value : entities) {
        Agent agent;
        if (value.isObject() && GenesysJson::readUser(value.toObject(), catalogue, &agent))
            (void)agent.id.size();
    }
    return 0;
}
