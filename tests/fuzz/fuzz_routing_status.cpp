// SPDX-License-Identifier: GPL-3.0-or-later
// A routing status: a user's expanded routingStatus, and the v2.users.{id}.routingStatus event body.
#include "FuzzSupport.h"
#include "api/GenesysJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const StatusCatalogue catalogue = [] {
        fuzz::quiet();
        return StatusCatalogue::defaults();
    }();
    const QJsonObject routing = fuzz::object(fuzz::bytes(data, size));
    Agent agent;
    const QJsonObject user {{QStringLiteral("id"), QStringLiteral("u-1")}, {QStringLiteral("routingStatus"), routing}};
    GenesysJson::readUser(user, catalogue, &agent);
    ActivityEvent event;
    if (GenesysJson::readActivity(QStringLiteral("v2.users.u-1.routingStatus"),
            QJsonObject {{QStringLiteral("routingStatus"), routing}}, &event))
        GenesysJson::applyActivity(event, catalogue, &agent);
    return 0;
}
