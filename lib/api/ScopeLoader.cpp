// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ScopeLoader.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/GatewayReply.h"
#include "api/StatusGateway.h"
#include "api/TeamsJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace {
// A team holds at most what a roster loads; the cap stops a server that pages forever.
constexpr int kMaxMemberPages = 1000;
} // namespace

ScopeLoader::ScopeLoader(ApiClient *client, StatusGateway *gateway, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_gateway(gateway)
    , m_resolver(client)
{
    connect(&m_resolver, &ScopeResolver::failed, this, &ScopeLoader::failed);
    connect(&m_resolver, &ScopeResolver::teamsResolved, this, [this](const QStringList &ids, const QStringList &) {
        m_teamIds = ids;
        readMembers(ids, 0, QString(), {}, true);
    });
    connect(&m_resolver, &ScopeResolver::userResolved, this, &ScopeLoader::readReports);
}

void ScopeLoader::load(const RosterScope &scope)
{
    m_teamIds.clear();
    if (scope.kind() == RosterScope::Kind::Teams)
        m_resolver.resolveTeams(scope.teamNames());
    else if (scope.kind() == RosterScope::Kind::DirectReports)
        m_resolver.resolveUser(scope.manager());
    else
        serverFailed(scope.describe(),
            ApiError::make(ApiError::Kind::Configuration, tr("The whole organisation loads through the listing.")));
}

void ScopeLoader::loadTeamMembers(const QString &teamId)
{
    readMembers({teamId}, 0, QString(), {}, false);
}

void ScopeLoader::serverFailed(const QString &name, const ApiError &error)
{
    ScopeResolver::Problem problem;
    problem.name = name;
    problem.error = error;
    emit failed(problem);
}

void ScopeLoader::readMembers(const QStringList &teamIds, int index, const QString &next, QStringList ids, bool forLoad)
{
    if (index >= teamIds.size()) {
        if (forLoad)
            readAgents(ids);
        return;
    }
    ApiReply *reply = nullptr;
    if (next.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        reply = m_client->get(QStringLiteral("/api/v2/teams/%1/members").arg(teamIds.at(index)), query);
    } else {
        const QUrl url(next);
        reply = m_client->get(url.path(), QUrlQuery(url.query()));
    }
    connect(reply, &ApiReply::finished, this, [=]() mutable {
        reply->deleteLater();
        TeamsJson::Page page;
        if (!reply->isOk() || !TeamsJson::readMembers(reply->json().object(), &page)) {
            serverFailed(teamIds.at(index),
                reply->isOk() ? ApiError::make(
                    ApiError::Kind::MalformedResponse, tr("The team members answer has no list of entities."))
                              : reply->error());
            return;
        }
        for (const QString &id : std::as_const(page.memberIds)) {
            if (!ids.contains(id))
                ids.append(id);
        }
        const bool more = !page.nextUri.isEmpty() && ids.size() < kMaxMemberPages * 100;
        if (!forLoad && !more)
            emit membersLoaded(teamIds.at(index), ids);
        if (more)
            readMembers(teamIds, index, page.nextUri, ids, forLoad);
        else
            readMembers(teamIds, index + 1, QString(), forLoad ? ids : QStringList(), forLoad);
    });
}

void ScopeLoader::readReports(const QString &managerId)
{
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users/%1/directreports").arg(managerId));
    connect(reply, &ApiReply::finished, this, [this, reply, managerId] {
        reply->deleteLater();
        QStringList ids;
        if (!reply->isOk() || !TeamsJson::readUserIds(reply->json().array(), &ids)) {
            serverFailed(managerId,
                reply->isOk()
                    ? ApiError::make(ApiError::Kind::MalformedResponse, tr("The direct reports answer is no list."))
                    : reply->error());
            return;
        }
        readAgents(ids);
    });
}

void ScopeLoader::readAgents(const QStringList &ids)
{
    if (!m_gateway)
        return;
    if (ids.isEmpty()) {
        emit loaded({});
        return;
    }
    GatewayReply *reply = m_gateway->readAgents(ids);
    connect(reply, &GatewayReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk())
            return serverFailed(tr("agents"), reply->error());
        emit loaded(reply->agents());
    });
}
