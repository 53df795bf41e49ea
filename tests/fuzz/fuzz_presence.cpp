// SPDX-License-Identifier: GPL-3.0-or-later
// A UserPresence (GET or PATCH /api/v2/users/{id}/presences/purecloud) and a Status API status resource.
#include "FuzzSupport.h"
#include "api/GenesysJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const StatusCatalogue catalogue = [] {
        fuzz::quiet();
        return StatusCatalogue::defaults();
    }();
    const QJsonObject object = fuzz::object(fuzz::bytes(data, size));
    Agent agent;
    GenesysJson::readPresence(object, catalogue, &agent);
    Agent status;
    GenesysJson::readStatusResource(object, &status);
    return 0;
}
