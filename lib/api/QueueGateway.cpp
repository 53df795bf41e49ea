// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/QueueGateway.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/GenesysJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

struct QueueGateway::Read
{
    QString userId;
    ApiRequest::Kind kind = ApiRequest::Kind::Read;
    int pending = 0;
    ApiError error;
    QueueMemberships joined;
    QueueMemberships notJoined;
};

namespace {

QString queuesPath(const QString &userId)
{
    return QStringLiteral("/api/v2/users/%1/queues").arg(QString::fromLatin1(QUrl::toPercentEncoding(userId)));
}

// Joined first; a queue in both listings (which should not happen) keeps what its own joined field says.
QueueMemberships merged(const QueueMemberships &joined, const QueueMemberships &notJoined)
{
    QueueMemberships out = joined;
    for (const QueueMembership &m : notJoined) {
        const bool known
            = std::any_of(out.cbegin(), out.cend(), [&](const QueueMembership &o) { return o.queueId == m.queueId; });
        if (!known)
            out.append(m);
    }
    return out;
}

} // namespace

QueueGateway::QueueGateway(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QueueReply *QueueGateway::readMemberships(const QString &userId, ApiRequest::Kind kind)
{
    auto *reply = new QueueReply(this);
    auto read = std::make_shared<Read>();
    read->userId = userId;
    read->kind = kind;
    readPage(reply, read, true, 1);
    readPage(reply, read, false, 1);
    return reply;
}

QueueReply *QueueGateway::readActive(const QString &userId, ApiRequest::Kind kind)
{
    auto *reply = new QueueReply(this);
    auto read = std::make_shared<Read>();
    read->userId = userId;
    read->kind = kind;
    readPage(reply, read, true, 1);
    return reply;
}

void QueueGateway::readPage(QueueReply *reply, const std::shared_ptr<Read> &read, bool joined, int page)
{
    ApiRequest request;
    request.path = queuesPath(read->userId);
    request.kind = read->kind;
    request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
    request.query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    request.query.addQueryItem(QStringLiteral("joined"), joined ? QStringLiteral("true") : QStringLiteral("false"));
    ApiReply *api = m_client->send(request);
    ++read->pending;
    connect(api, &ApiReply::finished, reply, [this, api, reply, read, joined, page] {
        api->deleteLater();
        reply->addRequest(api->elapsedMs());
        --read->pending;
        const QJsonObject body = api->json().object();
        const QJsonValue entities = body.value(QStringLiteral("entities"));
        if (!api->isOk() && !read->error.isError())
            read->error = api->error();
        else if (api->isOk() && !entities.isArray() && !read->error.isError())
            read->error = ApiError::make(
                ApiError::Kind::MalformedResponse, tr("The user queues answer has no list of entities."));
        if (!read->error.isError()) {
            QueueMemberships &into = joined ? read->joined : read->notJoined;
            for (const QJsonValue &v : entities.toArray()) {
                QueueMembership m;
                if (GenesysJson::readUserQueue(v.toObject(), joined, &m))
                    into.append(m);
            }
            const int pageCount = body.value(QStringLiteral("pageCount")).toInt(1);
            if (page < pageCount && page < kMaxPages)
                return readPage(reply, read, joined, page + 1);
            if (page >= kMaxPages && page < pageCount)
                read->error = ApiError::make(ApiError::Kind::MalformedResponse,
                    tr("The user has more than %1 queue memberships.").arg(kMaxPages * kPageSize));
        }
        if (read->pending > 0)
            return;
        reply->setMemberships(merged(read->joined, read->notJoined));
        reply->finish(read->error);
    });
}

QueueReply *QueueGateway::setJoined(const QString &userId, const QVector<QPair<QString, bool>> &changes)
{
    auto *reply = new QueueReply(this);
    if (changes.isEmpty()) {
        reply->finish();
        return reply;
    }
    QJsonArray body;
    for (const auto &[queueId, joined] : changes)
        body.append(QJsonObject {{QStringLiteral("id"), queueId}, {QStringLiteral("joined"), joined}});
    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = queuesPath(userId);
    request.body = QJsonDocument(body);
    // Sending the same activation twice does no harm, but a lost answer must not make it run again
    // behind the lead's back: the confirming read tells what happened.
    request.retryable = false;
    ApiReply *api = m_client->send(request);
    connect(api, &ApiReply::finished, reply, [api, reply, changes] {
        api->deleteLater();
        reply->addRequest(api->elapsedMs());
        reply->setCorrelationId(api->correlationId());
        if (!api->isOk())
            return reply->finish(api->error());
        const QJsonValue entities = api->json().object().value(QStringLiteral("entities"));
        QueueMemberships answered;
        for (const QJsonValue &v : entities.toArray()) {
            QueueMembership m;
            if (GenesysJson::readUserQueue(v.toObject(), false, &m))
                answered.append(m);
        }
        QStringList ignored;
        for (const auto &change : changes) {
            const bool inAnswer = std::any_of(answered.cbegin(), answered.cend(),
                [&](const QueueMembership &m) { return m.queueId == change.first; });
            if (!inAnswer && !ignored.contains(change.first))
                ignored.append(change.first);
        }
        reply->setMemberships(answered);
        reply->setIgnored(ignored);
        reply->finish();
    });
    return reply;
}

QString QueueGateway::describeWrite(const QString &userId, const QVector<QPair<QString, bool>> &changes)
{
    QJsonArray body;
    for (const auto &[queueId, joined] : changes)
        body.append(QJsonObject {{QStringLiteral("id"), queueId}, {QStringLiteral("joined"), joined}});
    return QStringLiteral("PATCH ") + queuesPath(userId) + QLatin1Char('\n')
        + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}
