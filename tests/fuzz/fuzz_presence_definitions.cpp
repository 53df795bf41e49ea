// SPDX-License-Identifier: GPL-3.0-or-later
// GET /api/v2/presence/definitions: the definitions into a catalogue, then looked up.
#include "FuzzSupport.h"
#include "api/GenesysJson.h"

#include <QJsonArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const bool ready = [] {
        fuzz::quiet();
        return true;
    }();
    (void)ready;
    const QJsonArray entities = fuzz::object(fuzz::bytes(data, size)).value(QStringLiteral("entities")).toArray();
    StatusCatalogue catalogue;
    for (const QJsonValue &value : entities) {
        StatusCatalogue::Definition definition;
        if (GenesysJson::readDefinition(value.toObject(), &definition))
            catalogue.addDefinition(definition);
    }
    for (const StatusCatalogue::Definition &definition : catalogue.definitions()) {
        (void)catalogue.statusForDefinition(definition.id);
        (void)catalogue.definitionLabel(definition.id, QStringLiteral("de"));
        (void)catalogue.primaryDefinitionId(definition.status);
    }
    return 0;
}
