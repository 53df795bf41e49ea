// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/StatusGateway.h"

class ApiReply;

// Genesys Cloud Platform API: presence definitions become the catalogue; users pages with
// expand=presence,routingStatus (page 1, then the rest in parallel, bounded). Writes are
// compare-before-write: a compare read of the presence (in bulk, a chunk at a time), a conflict if the
// status or modifiedDate changed, nothing written if the agent is already in the target (Unchanged),
// otherwise a PATCH of presences/purecloud for one agent or a PUT of users/presences/bulk for several,
// whose per-agent outcome a read-back tells (a refused PUT falls back to one PATCH per agent).
class GenesysGateway : public StatusGateway
{
    Q_OBJECT

public:
    explicit GenesysGateway(ApiClient *client, QObject *parent = nullptr);

    Protocol protocol() const override { return Protocol::Genesys; }
    GatewayReply *loadCatalogue() override;
    GatewayReply *loadRoster() override;
    GatewayReply *readAgents(const QStringList &ids) override;
    GatewayReply *writeStatus(const StatusChange &change) override;
    GatewayReply *writeStatuses(const QVector<StatusChange> &changes) override;
    QString describeWrite(const StatusChange &change) const override;
    int preferredBatchSize() const override { return 500; }
    bool versionFromActivity(const ActivityEvent &event, QString *version) const override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int rosterPageSize() const override { return m_pageSize; }
    void setParallelPages(int parallel) { m_parallelPages = parallel; }
    static constexpr int BulkPresenceIds = 50;
    // Agents per bulk PUT. Genesys documents no limit for it; 50 is what its bulk read takes. The
    // read-back of a chunk travels with the compare read of the next, so chunks of up to 25 cost two
    // requests each, larger ones three.
    static constexpr int DefaultWriteChunk = 50;
    void setWriteChunk(int agents) { m_writeChunk = qBound(1, agents, BulkPresenceIds); }
    int writeChunk() const { return m_writeChunk; }

private:
    // One listing of the definitions with labels in localeCode; `earlier`: the first listing's, whose
    // missing labels this one fills in.
    void loadDefinitions(
        GatewayReply *result, const QString &localeCode, const QVector<StatusCatalogue::Definition> &earlier);
    int m_writeChunk = DefaultWriteChunk;
    int m_pageSize = 500; // the largest users page known to work; Genesys documents no maximum
    int m_parallelPages = 4;
};
