// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"
#include "sim/SimUserJsonCache.h"

#include <optional>

class Clock;
class SimAuth;
class SimNotificationHub;
class SimOrganisation;
class SimRouter;
struct SimAgent;

// The Genesys Cloud Platform API endpoints (users, presence, routing status, notifications) and the
// Status API with ETags, over the one organisation.
class SimApi
{
public:
    SimApi(SimOrganisation *org, SimNotificationHub *hub, Clock *clock);

    void registerRoutes(SimRouter &router);

private:
    SimResponse users(const SimRequest &request);
    SimResponse userById(const SimRequest &request, const QString &id) const;
    SimResponse me(const SimRequest &request) const;
    SimResponse directReports(const SimRequest &request, const QString &id);
    SimResponse superiors(const SimRequest &request, const QString &id);
    SimResponse searchUsers(const SimRequest &request);
    SimResponse teams(const SimRequest &request) const;
    SimResponse teamById(const SimRequest &request, const QString &id) const;
    SimResponse teamMembers(const SimRequest &request, const QString &id) const;
    QByteArray userArray(const QList<const SimAgent *> &users, const SimRequest &request);
    SimResponse presenceDefinitions(const SimRequest &request) const;
    static bool readLocaleCode(const SimRequest &request, QString *localeCode, SimResponse *error);
    SimResponse presenceDefinition(const QString &id, bool deprecatedShape) const;
    SimResponse legacyPresenceDefinitions(const SimRequest &request) const;
    SimResponse systemPresences() const;
    SimResponse getPresence(const QString &userId, const QString &source) const;
    SimResponse patchPresence(const SimRequest &request, const QString &userId, const QString &source);
    SimResponse bulkPresence(const SimRequest &request) const;
    SimResponse putBulkPresence(const SimRequest &request);
    SimResponse getRoutingStatus(const QString &userId) const;
    SimResponse putRoutingStatus(const SimRequest &request, const QString &userId);
    SimResponse statuses() const;
    SimResponse reasons() const;
    SimResponse getStatus(const QString &userId) const;
    SimResponse putStatus(const SimRequest &request, const QString &userId);
    SimResponse availableTopics() const;

    static QString actor(const SimRequest &request);
    static bool mayEditPresence(const SimRequest &request, const QString &userId);
    static SimResponse missingPermission(const QString &permission);
    static SimResponse notFound(const QString &what);
    static bool isPurecloudSource(const QString &source);
    // Validates a presence body; on success fills the definition id (may be empty) and message.
    bool readPresenceBody(
        const QJsonObject &body, QString *definitionId, std::optional<QString> *message, SimResponse *error) const;

    SimOrganisation *m_org;
    SimNotificationHub *m_hub;
    Clock *m_clock;
    SimUserJsonCache m_userJson;
};
