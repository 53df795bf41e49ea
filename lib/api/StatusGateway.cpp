// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/StatusGateway.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/GenesysJson.h"
#include "api/RosterLoader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

StatusGateway::StatusGateway(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

GatewayReply *StatusGateway::loadSignedInUser()
{
    auto *result = new GatewayReply(GatewayReply::Operation::SignedInUser, this);
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users/me"));
    connect(result, &GatewayReply::cancelRequested, reply, &ApiReply::abort);
    connect(reply, &ApiReply::finished, result, [reply, result] {
        reply->deleteLater();
        if (!reply->isOk())
            return result->finish(reply->error());
        const QJsonObject object = reply->json().object();
        Agent user;
        user.id = object.value(QStringLiteral("id")).toString();
        user.name = object.value(QStringLiteral("name")).toString();
        user.email = object.value(QStringLiteral("email")).toString();
        if (user.id.isEmpty())
            return result->finish(ApiError::make(ApiError::Kind::MalformedResponse,
                GatewayReply::tr("The signed-in user has no id in the server's answer.")));
        result->setAgents({user});
        result->finish();
    });
    return result;
}

void StatusGateway::loadRosterInto(
    GatewayReply *result, int pageSize, int parallelPages, const std::function<void(AgentList &agents)> &adjust)
{
    auto *loader = new RosterLoader(client(), catalogue(), pageSize, parallelPages, result);
    connect(loader, &RosterLoader::pageArrived, result, [result, adjust](const AgentList &page) {
        AgentList agents = page;
        if (adjust)
            adjust(agents);
        result->reportAgents(agents);
    });
    connect(loader, &RosterLoader::progress, result, &GatewayReply::reportProgress);
    connect(result, &GatewayReply::cancelRequested, loader, &RosterLoader::cancel);
    connect(loader, &RosterLoader::finished, result, [loader, result, adjust](const ApiError &error) {
        AgentList agents = loader->agents();
        if (adjust)
            adjust(agents);
        result->setAgents(agents);
        result->finish(error);
        loader->deleteLater();
    });
    loader->start();
}

void StatusGateway::withCatalogue(GatewayReply *result, const std::function<void()> &then)
{
    if (!catalogue().isEmpty())
        return then();
    GatewayReply *load = loadCatalogue();
    connect(result, &GatewayReply::cancelRequested, load, &GatewayReply::cancel);
    connect(load, &GatewayReply::finished, result, [load, result, then] {
        load->deleteLater();
        if (result->isCancelled())
            return;
        if (!load->isOk())
            return result->finish(load->error());
        then();
    });
}

void StatusGateway::readUsers(
    GatewayReply *result, const QStringList &ids, const QStringList &expand, const UsersRead &done)
{
    if (ids.isEmpty())
        return done({}, ApiError());
    struct Read
    {
        int remaining = 0;
        QHash<QString, Agent> users;
        ApiError error;
    };
    auto read = std::make_shared<Read>();
    for (int first = 0; first < ids.size(); first += kUsersPerRead) {
        QUrlQuery query;
        const QStringList chunk = ids.mid(first, kUsersPerRead);
        for (const QString &id : chunk)
            query.addQueryItem(QStringLiteral("id"), id);
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(kUsersPerRead));
        for (const QString &expansion : expand)
            query.addQueryItem(QStringLiteral("expand"), expansion);
        ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users"), query);
        ++read->remaining;
        connect(result, &GatewayReply::cancelRequested, reply, &ApiReply::abort);
        connect(reply, &ApiReply::finished, result, [this, reply, result, read, done] {
            reply->deleteLater();
            const QJsonValue entities = reply->json().object().value(QStringLiteral("entities"));
            if (!reply->isOk() && !read->error.isError())
                read->error = reply->error();
            else if (reply->isOk() && !entities.isArray() && !read->error.isError())
                read->error = ApiError::make(
                    ApiError::Kind::MalformedResponse, tr("The users answer has no list of entities."));
            const QJsonArray array = entities.toArray();
            for (const QJsonValue &value : array) {
                Agent agent;
                if (GenesysJson::readUser(value.toObject(), catalogue(), &agent))
                    read->users.insert(agent.id, agent);
            }
            if (--read->remaining > 0 || result->isCancelled())
                return;
            done(read->users, read->error);
        });
    }
}
