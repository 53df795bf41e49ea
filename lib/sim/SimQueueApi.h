// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QJsonArray>

class Clock;
class SimOrganisation;
class SimRouter;
struct SimAgent;

// A user's queue memberships: GET /api/v2/users/{userId}/queues (joined, divisionId, paging) and the two
// PATCH calls that activate or deactivate memberships. As the definition says, a PATCH is processed
// asynchronously: it answers at once with the memberships as they still are and applies the change
// `applyDelayMs` later on the clock; user-queue pairs of a non-member are disregarded.
class SimQueueApi
{
public:
    SimQueueApi(SimOrganisation *org, Clock *clock, int applyDelayMs);

    void registerRoutes(SimRouter &router);
    void setApplyDelay(int milliseconds) { m_applyDelayMs = qMax(0, milliseconds); }
    int applyDelay() const { return m_applyDelayMs; }

private:
    SimResponse list(const SimRequest &request, const QString &userId) const;
    SimResponse patchMany(const SimRequest &request, const QString &userId);
    SimResponse patchOne(const SimRequest &request, const QString &userId, const QString &queueId);
    static bool readJoined(const QJsonObject &item, bool *joined, SimResponse *error);
    static bool readDivisions(const SimRequest &request, QStringList *divisionIds, SimResponse *error);
    static bool mayChange(const SimRequest &request);
    void applyLater(const QString &userId, const QList<QPair<QString, bool>> &changes);
    QJsonArray entities(const SimAgent &agent, const QStringList &queueIds) const;

    SimOrganisation *m_org;
    Clock *m_clock;
    int m_applyDelayMs;
};
