// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ScopeChoices.h"

#include "api/ApiClient.h"
#include "api/ApiReply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace {
constexpr int kMaxTeams = 10000; // a guard against a server that pages forever
}

ScopeChoices::ScopeChoices(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

void ScopeChoices::load(const QString &lead)
{
    m_teams.clear();
    m_reports = -1;
    m_ownTeam.clear();
    m_error.clear();
    m_lead = lead;
    m_pending = 2;
    readTeams(QString());
    readLead(lead);
}

RosterScope ScopeChoices::suggested() const
{
    if (m_reports > 0)
        return RosterScope::directReports(m_lead);
    if (!m_ownTeam.isEmpty())
        return RosterScope::teams({m_ownTeam});
    return RosterScope::organisation();
}

void ScopeChoices::oneDone()
{
    if (--m_pending == 0)
        emit ready();
}

void ScopeChoices::readTeams(const QString &next)
{
    ApiReply *reply = nullptr;
    if (next.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
        reply = m_client->get(QStringLiteral("/api/v2/teams"), query);
    } else {
        const QUrl url(next);
        reply = m_client->get(url.path(), QUrlQuery(url.query()));
    }
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        TeamsJson::Page page;
        if (!reply->isOk() || !TeamsJson::readTeams(reply->json().object(), &page)) {
            m_error = reply->isOk() ? tr("The teams answer has no list of entities.") : reply->error().toString();
            return oneDone();
        }
        m_teams += page.teams;
        if (!page.nextUri.isEmpty() && m_teams.size() < kMaxTeams)
            return readTeams(page.nextUri);
        oneDone();
    });
}

void ScopeChoices::readLead(const QString &lead)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("expand"), QStringLiteral("team"));
    const QString path = lead == QLatin1String("me") ? QStringLiteral("/api/v2/users/me")
                                                     : QStringLiteral("/api/v2/users/%1").arg(lead);
    ApiReply *reply = m_client->get(path, query);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject user = reply->json().object();
        const QString id = user.value(QStringLiteral("id")).toString();
        if (!reply->isOk() || id.isEmpty())
            return oneDone(); // no signed-in user: no reports, no own team
        m_ownTeam = user.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString();
        readReports(id);
    });
}

void ScopeChoices::readReports(const QString &leadId)
{
    ApiReply *reply = m_client->get(QStringLiteral("/api/v2/users/%1/directreports").arg(leadId));
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        QStringList ids;
        if (reply->isOk() && TeamsJson::readUserIds(reply->json().array(), &ids))
            m_reports = int(ids.size());
        oneDone();
    });
}
