// SPDX-License-Identifier: GPL-3.0-or-later
// A notification WebSocket message, read as NotificationChannel reads it, and applied to an agent.
#include "FuzzSupport.h"
#include "api/GenesysJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const StatusCatalogue catalogue = [] {
        fuzz::quiet();
        return StatusCatalogue::defaults();
    }();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject object = document.object();
    const QString topic = object.value(QStringLiteral("topicName")).toString();
    ActivityEvent event;
    if (GenesysJson::readActivity(topic, object.value(QStringLiteral("eventBody")).toObject(), &event)) {
        Agent agent;
        agent.id = event.userId;
        GenesysJson::applyActivity(event, catalogue, &agent);
    }
    return 0;
}
