// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimAgent.h"
#include "sim/SimPresenceDefinition.h"
#include "sim/SimQueue.h"
#include "sim/SimTeam.h"

#include <QJsonObject>

class SimOrganisation;

// The Genesys Cloud wire shapes of the simulator's entities (User, UserPresence, RoutingStatus, ...).
class SimJson
{
public:
    static QJsonObject user(
        const SimOrganisation &org, const SimAgent &agent, bool presence, bool routingStatus, bool team = false);
    static QJsonObject team(const SimTeam &team, bool withDivision = false);
    static QJsonObject userPresence(const SimOrganisation &org, const SimAgent &agent);
    static QJsonObject ucUserPresence(const SimOrganisation &org, const SimAgent &agent);
    static QJsonObject routingStatus(const SimAgent &agent);
    static QJsonObject status(const SimOrganisation &org, const SimAgent &agent);
    static QJsonObject presenceDefinitionRef(const SimPresenceDefinition &definition);
    // localeCode: "ALL", one locale code, or empty (en_US): the languageLabels returned.
    static QJsonObject organizationPresenceDefinition(
        const SimPresenceDefinition &definition, const QString &localeCode = QString());
    static QJsonObject organizationPresence(
        const SimPresenceDefinition &definition, const QString &localeCode = QString()); // deprecated shape
    // Notification event bodies of the three user topics.
    static QJsonObject presenceEvent(const SimOrganisation &org, const SimAgent &agent);
    static QJsonObject routingStatusEvent(const SimAgent &agent);
    static QJsonObject activityEvent(const SimOrganisation &org, const SimAgent &agent);
    // A UserQueue: the queue with its member counts and whether `agent`'s membership is joined.
    static QJsonObject userQueue(const SimOrganisation &org, const SimQueue &queue, const SimAgent &agent);
    static QString date(const QDateTime &time);
};
