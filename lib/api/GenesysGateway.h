// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/StatusGateway.h"

class ApiReply;

// Genesys Cloud Platform API: presence definitions become the catalogue; users pages with
// expand=presence,routingStatus (page 1, then the rest in parallel, bounded); a write re-reads the
// presence and reports a conflict if the definition or modifiedDate changed, otherwise PATCHes
// presences/purecloud.
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
    bool versionFromActivity(const ActivityEvent &event, QString *version) const override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    void setParallelPages(int parallel) { m_parallelPages = parallel; }
    static constexpr int BulkPresenceIds = 50;

private:
    // One listing of the definitions with labels in localeCode; `earlier`: the first listing's, whose
    // missing labels this one fills in.
    void loadDefinitions(
        GatewayReply *result, const QString &localeCode, const QVector<StatusCatalogue::Definition> &earlier);
    int m_pageSize = 100;
    int m_parallelPages = 4;
};
