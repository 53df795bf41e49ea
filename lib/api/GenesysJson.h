// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ActivityEvent.h"
#include "api/QueueMembership.h"
#include "core/Agent.h"
#include "core/StatusCatalogue.h"

#include <QJsonObject>
#include <QLocale>
#include <QString>

// Reads the Genesys Cloud JSON shapes StatusDesk uses into domain values. Every function is
// tolerant of missing optional fields and reports missing required ones (id) by returning false.
class GenesysJson
{
public:
    // A User (with presence and routingStatus expanded when present) into *agent.
    static bool readUser(const QJsonObject &user, const StatusCatalogue &catalogue, Agent *agent);
    // A UserPresence / UcUserPresence into the presence fields of *agent.
    static void readPresence(const QJsonObject &presence, const StatusCatalogue &catalogue, Agent *agent);
    // An OrganizationPresenceDefinition; false if it has no id or maps to no system presence.
    static bool readDefinition(const QJsonObject &object, StatusCatalogue::Definition *definition);
    // A notification's eventBody for a v2.users.{id}.* topic.
    static bool readActivity(const QString &topic, const QJsonObject &eventBody, ActivityEvent *event);
    // Applies a pushed event to an agent's row (status, definition, label, since, version, routing).
    static void applyActivity(const ActivityEvent &event, const StatusCatalogue &catalogue, Agent *agent);
    // A Status API status resource ({"id","status","reason","etag",...}) into *agent.
    static bool readStatusResource(const QJsonObject &status, Agent *agent);

    // A UserQueue into *membership; `joinedByFilter` when it carries no joined field (the listing's filter
    // says it). False without an id.
    static bool readUserQueue(const QJsonObject &queue, bool joinedByFilter, QueueMembership *membership);
    static QDateTime parseDate(const QString &text);
    // The localeCode the presence definitions listing takes for `locale` (one of its list: "de",
    // "en_US", "pt_BR", ...); en_US for a language the list does not have.
    static QString presenceLocaleCode(const QLocale &locale);
};
