// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiRequest.h"
#include "api/QueueMembership.h"
#include "api/QueueReply.h"

#include <QObject>
#include <QPair>
#include <QVector>

class ApiClient;

// A user's queue memberships on Genesys Cloud. Reading asks GET /api/v2/users/{userId}/queues with
// joined=true and with joined=false (what the latter returns is not documented), every page of each,
// and merges the two by queue id (readActive() asks joined=true alone). Writing sends one PATCH
// /api/v2/users/{userId}/queues with
// [{"id", "joined"}]; Genesys processes it asynchronously, so its 200 says the change was accepted,
// not applied: a caller confirms with a later read. Pairs of a queue the user is not a member of are
// disregarded by Genesys; the reply names those the answer left out.
class QueueGateway : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 50; // 5,000 memberships per listing: beyond that the answer is refused

    explicit QueueGateway(ApiClient *client, QObject *parent = nullptr);
    ApiClient *client() const { return m_client; }

    // `kind`: Write for the compare read made right before a write (it goes before queued reads).
    QueueReply *readMemberships(const QString &userId, ApiRequest::Kind kind = ApiRequest::Kind::Read);
    // The active memberships only: the joined=true listing, every page (one request for an agent of up to
    // 100 active queues). What a count of the agents active on a queue needs.
    QueueReply *readActive(const QString &userId, ApiRequest::Kind kind = ApiRequest::Kind::Write);
    QueueReply *setJoined(const QString &userId, const QVector<QPair<QString, bool>> &changes);
    // The request setJoined() sends, as a lead may read it before confirming.
    static QString describeWrite(const QString &userId, const QVector<QPair<QString, bool>> &changes);

private:
    struct Read;
    void readPage(QueueReply *reply, const std::shared_ptr<Read> &read, bool joined, int page);

    ApiClient *m_client;
};
