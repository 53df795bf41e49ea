// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/GatewayReply.h"
#include "api/Protocol.h"
#include "core/StatusCatalogue.h"
#include "core/StatusChange.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QVector>

#include <functional>

class ApiClient;
struct ActivityEvent;

// The one interface to the server's agents and statuses; two implementations: GenesysGateway
// (presence, re-read before write) and StatusApiGateway (ETag / If-Match). All asynchronous.
class StatusGateway : public QObject
{
    Q_OBJECT

public:
    // The users a request reads by id (GET /api/v2/users?id=...): the server takes at most 100 ids.
    static constexpr int kUsersPerRead = 100;

    explicit StatusGateway(ApiClient *client, QObject *parent = nullptr);

    virtual Protocol protocol() const = 0;
    ApiClient *client() const { return m_client; }

    // The statuses and reasons the server knows; cached in catalogue() once loaded.
    virtual GatewayReply *loadCatalogue() = 0;
    const StatusCatalogue &catalogue() const { return m_catalogue; }

    // Every agent, with progress(loaded, total). Loads the catalogue first if it is not there.
    virtual GatewayReply *loadRoster() = 0;
    // The agents one request of the roster listing carries: a re-read of the whole roster costs
    // ceil(agents / rosterPageSize()) requests, one by id ceil(ids / kUsersPerRead).
    virtual int rosterPageSize() const { return 100; }
    // The current state of these agents (fresh from the server).
    virtual GatewayReply *readAgents(const QStringList &ids) = 0;

    // Writes one change with conflict detection: if the agent is no longer in change.fromStatus (or,
    // when change.expectedVersion is set, its version differs), the result is a Conflict carrying
    // the latest state and nothing is written.
    virtual GatewayReply *writeStatus(const StatusChange &change) = 0;
    // Many changes; writeDone() per agent, writeResults() at the end. Genesys re-reads in bulk
    // (50 ids a call). Paced by the ApiClient's limiter.
    virtual GatewayReply *writeStatuses(const QVector<StatusChange> &changes) = 0;
    // How many changes a bulk change should hand to one writeStatuses(): Genesys writes whole chunks and
    // stops between them (GatewayReply::requestStop()), so it takes large batches; one write per agent
    // takes a small window so that a cancel is quick.
    virtual int preferredBatchSize() const { return 20; }
    // The request writeStatus(change) sends, as the lead may read it before confirming: method, path,
    // conditional header and body.
    virtual QString describeWrite(const StatusChange &change) const = 0;

    // The version (optimistic-locking token) a pushed event gives the agent, into *version (empty when the
    // event does not touch it). False when this protocol's version is not in events and must be read.
    virtual bool versionFromActivity(const ActivityEvent &event, QString *version) const = 0;

    // The signed-in user (GET /api/v2/users/me) as an Agent (id, name, email); fails for client
    // credentials on a real org.
    GatewayReply *loadSignedInUser();

protected:
    void setCatalogue(const StatusCatalogue &catalogue) { m_catalogue = catalogue; }
    // Runs `then` once the catalogue is there (loading it first if needed); a failed load ends `result`.
    void withCatalogue(GatewayReply *result, const std::function<void()> &then);
    // Loads the users pages (page 1, then the rest in parallel) into result, with progress and cancel;
    // adjust may rework the agents before result finishes.
    void loadRosterInto(GatewayReply *result, int pageSize, int parallelPages,
        const std::function<void(AgentList &agents)> &adjust = {});
    using UsersRead = std::function<void(const QHash<QString, Agent> &users, const ApiError &error)>;
    // Reads these users (kUsersPerRead ids a request, the expansions asked), cancelled with result; then
    // calls done once with the users found by id and the first error (none when every read succeeded).
    void readUsers(GatewayReply *result, const QStringList &ids, const QStringList &expand, const UsersRead &done);

private:
    ApiClient *m_client = nullptr;
    StatusCatalogue m_catalogue;
};
