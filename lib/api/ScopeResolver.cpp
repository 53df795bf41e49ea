// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ScopeResolver.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/TeamsJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

QString ScopeResolver::Problem::message() const
{
    switch (kind) {
    case Kind::Unknown:
        return tr("Nothing is called \"%1\".").arg(name);
    case Kind::Ambiguous:
        return tr("\"%1\" matches several: %2").arg(name, candidates.join(QStringLiteral(", ")));
    case Kind::Server:
        break;
    }
    return tr("\"%1\" could not be looked up: %2").arg(name, error.toString());
}

int ScopeResolver::pick(const QString &name, const QStringList &found, bool *ambiguous)
{
    *ambiguous = false;
    int exact = -1;
    int exactCount = 0;
    int prefix = -1;
    int prefixCount = 0;
    for (int i = 0; i < found.size(); ++i) {
        if (found.at(i).compare(name, Qt::CaseInsensitive) == 0) {
            exact = i;
            ++exactCount;
        } else if (found.at(i).startsWith(name, Qt::CaseInsensitive)) {
            prefix = i;
            ++prefixCount;
        }
    }
    if (exactCount == 1)
        return exact;
    if (exactCount == 0 && prefixCount == 1)
        return prefix;
    *ambiguous = exactCount > 1 || prefixCount > 1;
    return -1;
}

bool ScopeResolver::looksLikeId(const QString &text)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

ScopeResolver::ScopeResolver(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ScopeResolver::resolveTeams(const QStringList &names)
{
    resolveNextTeam(names, 0, {}, {});
}

void ScopeResolver::resolveNextTeam(const QStringList &names, int index, QStringList ids, QStringList resolvedNames)
{
    if (index >= names.size()) {
        emit teamsResolved(ids, resolvedNames);
        return;
    }
    const QString name = names.at(index);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("name"), name);
    query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/teams"), query);
    connect(reply, &ApiReply::finished, this, [=]() mutable {
        reply->deleteLater();
        TeamsJson::Page page;
        Problem problem;
        problem.name = name;
        if (!reply->isOk() || !TeamsJson::readTeams(reply->json().object(), &page)) {
            problem.error = reply->isOk()
                ? ApiError::make(ApiError::Kind::MalformedResponse, tr("The teams answer has no list of entities."))
                : reply->error();
            emit failed(problem);
            return;
        }
        QStringList found;
        for (const TeamsJson::Team &team : std::as_const(page.teams))
            found.append(team.name);
        bool ambiguous = false;
        const int chosen = pick(name, found, &ambiguous);
        if (chosen < 0) {
            problem.kind = ambiguous ? Problem::Kind::Ambiguous : Problem::Kind::Unknown;
            problem.candidates = found;
            emit failed(problem);
            return;
        }
        ids.append(page.teams.at(chosen).id);
        resolvedNames.append(page.teams.at(chosen).name);
        resolveNextTeam(names, index + 1, ids, resolvedNames);
    });
}

void ScopeResolver::resolveUser(const QString &reference)
{
    if (looksLikeId(reference)) {
        emit userResolved(reference);
        return;
    }
    Problem problem;
    problem.name = reference;
    if (reference.compare(QLatin1String("me"), Qt::CaseInsensitive) == 0) {
        ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users/me"));
        connect(reply, &ApiReply::finished, this, [this, reply, problem]() mutable {
            reply->deleteLater();
            const QString id = reply->json().object().value(QStringLiteral("id")).toString();
            if (reply->isOk() && !id.isEmpty())
                return emit userResolved(id);
            problem.error = reply->isOk()
                ? ApiError::make(ApiError::Kind::MalformedResponse, tr("The signed-in user has no id."))
                : reply->error();
            emit failed(problem);
        });
        return;
    }
    const QJsonObject criterion {{QStringLiteral("type"), QStringLiteral("STARTS_WITH")},
        {QStringLiteral("fields"), QJsonArray {QStringLiteral("name")}}, {QStringLiteral("value"), reference}};
    const QJsonObject body {{QStringLiteral("pageSize"), 25}, {QStringLiteral("query"), QJsonArray {criterion}}};
    ApiReply *reply = m_client->post(QStringLiteral("/api/v2/users/search"), QJsonDocument(body));
    connect(reply, &ApiReply::finished, this, [this, reply, reference, problem]() mutable {
        reply->deleteLater();
        const QJsonValue results = reply->json().object().value(QStringLiteral("results"));
        if (!reply->isOk() || !results.isArray()) {
            problem.error = reply->isOk()
                ? ApiError::make(ApiError::Kind::MalformedResponse, tr("The search answer has no results."))
                : reply->error();
            emit failed(problem);
            return;
        }
        QStringList names;
        QStringList ids;
        for (const QJsonValue &value : results.toArray()) {
            const QString id = value.toObject().value(QStringLiteral("id")).toString();
            if (id.isEmpty())
                continue;
            ids.append(id);
            names.append(value.toObject().value(QStringLiteral("name")).toString());
        }
        bool ambiguous = false;
        const int chosen = pick(reference, names, &ambiguous);
        if (chosen >= 0)
            return emit userResolved(ids.at(chosen));
        problem.kind = ambiguous ? Problem::Kind::Ambiguous : Problem::Kind::Unknown;
        for (int i = 0; i < names.size(); ++i)
            problem.candidates.append(QStringLiteral("%1 (%2)").arg(names.at(i), ids.at(i)));
        emit failed(problem);
    });
}
