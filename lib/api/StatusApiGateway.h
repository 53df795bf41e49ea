// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/StatusGateway.h"

#include <QHash>

#include <functional>

// The Status API with ETags: statuses and reasons cached at start; GET the status with its ETag;
// PUT with If-Match; 409 becomes a conflict carrying the latest state from a fresh GET.
class StatusApiGateway : public StatusGateway
{
    Q_OBJECT

public:
    explicit StatusApiGateway(ApiClient *client, QObject *parent = nullptr);

    Protocol protocol() const override { return Protocol::StatusApi; }
    GatewayReply *loadCatalogue() override;
    GatewayReply *loadRoster() override; // users pages for names/teams, then each status
    GatewayReply *readAgents(const QStringList &ids) override;
    GatewayReply *writeStatus(const StatusChange &change) override;
    GatewayReply *writeStatuses(const QVector<StatusChange> &changes) override;
    QString describeWrite(const StatusChange &change) const override;
    bool versionFromActivity(const ActivityEvent &event, QString *version) const override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    int rosterPageSize() const override { return m_pageSize; }
    void setParallelPages(int parallel) { m_parallelPages = parallel; }

private:
    void writeOne(
        const StatusChange &change, GatewayReply *owner, const std::function<void(const WriteResult &)> &done);
    void put(const StatusChange &change, const QString &etag, GatewayReply *owner,
        const std::function<void(WriteResult)> &finishWith);
    void conflictFromFreshRead(const StatusChange &change, WriteResult result, bool retried,
        const std::function<void(WriteResult)> &finishWith);

    int m_pageSize = 100;
    int m_parallelPages = 4;
    QHash<QString, QString> m_serverNames; // canonical key -> the server's status name
};
