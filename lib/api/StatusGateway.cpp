// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/StatusGateway.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/RosterLoader.h"

#include <QJsonObject>

StatusGateway::StatusGateway(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString StatusGateway::protocolName(Protocol protocol)
{
    return protocol == Protocol::Genesys ? QStringLiteral("genesys") : QStringLiteral("status-api");
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
