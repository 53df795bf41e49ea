// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RosterLoader.h"

#include "api/ApiClient.h"
#include "api/GenesysJson.h"

#include <QJsonArray>
#include <QJsonObject>

RosterLoader::RosterLoader(
    ApiClient *client, const StatusCatalogue &catalogue, int pageSize, int parallel, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_catalogue(catalogue)
    , m_pageSize(qBound(1, pageSize, 500))
    , m_parallel(qMax(1, parallel))
{
}

RosterLoader::~RosterLoader()
{
    cancel();
}

void RosterLoader::start()
{
    requestPage(1);
}

void RosterLoader::cancel()
{
    const QList<QPointer<ApiReply>> replies = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ApiReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

AgentList RosterLoader::agents() const
{
    AgentList all;
    all.reserve(m_loaded);
    for (const AgentList &page : m_pages)
        all += page;
    return all;
}

void RosterLoader::requestPage(int page)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    query.addQueryItem(QStringLiteral("pageNumber"), QString::number(page));
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("presence"));
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("routingStatus"));
    query.addQueryItem(QStringLiteral("state"), QStringLiteral("active"));
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users"), query);
    m_inFlight.append(reply);
    connect(reply, &ApiReply::finished, this, [this, page, reply] { onPage(page, reply); });
}

void RosterLoader::onPage(int page, ApiReply *reply)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    if (m_done)
        return;
    if (!reply->isOk())
        return fail(reply->error());
    const QJsonObject object = reply->json().object();
    const QJsonValue entities = object.value(QStringLiteral("entities"));
    if (!entities.isArray())
        return fail(ApiError::make(
            ApiError::Kind::MalformedResponse, tr("The users page %1 has no list of entities.").arg(page)));
    AgentList agents;
    const QJsonArray array = entities.toArray();
    agents.reserve(array.size());
    for (const QJsonValue &value : array) {
        Agent agent;
        if (!value.isObject() || !GenesysJson::readUser(value.toObject(), m_catalogue, &agent))
            return fail(ApiError::make(
                ApiError::Kind::MalformedResponse, tr("The users page %1 holds an entry without an id.").arg(page)));
        agents.append(agent);
    }
    m_loaded += int(agents.size());
    m_pages.insert(page, agents);
    if (page == 1) {
        m_total = object.value(QStringLiteral("total")).toInt(int(agents.size()));
        // The page count follows from the total; a server that claims more pages is not believed.
        const int fromTotal = m_total > 0 ? (m_total + m_pageSize - 1) / m_pageSize : 1;
        const int claimed = object.value(QStringLiteral("pageCount")).toInt(0);
        m_pageCount = claimed > 0 ? qMin(claimed, fromTotal) : fromTotal;
    } else if (agents.isEmpty()) {
        m_nextPage = m_pageCount + 1; // an empty page: the list is shorter than announced
    }
    emit progress(m_loaded, qMax(m_total, m_loaded));
    while (m_nextPage <= m_pageCount && m_inFlight.size() < m_parallel)
        requestPage(m_nextPage++);
    if (m_inFlight.isEmpty() && m_nextPage > m_pageCount) {
        m_done = true;
        emit finished(ApiError());
    }
}

void RosterLoader::fail(const ApiError &error)
{
    if (m_done)
        return;
    m_done = true;
    cancel();
    emit finished(error);
}
