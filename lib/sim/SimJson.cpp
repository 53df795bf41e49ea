// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimJson.h"

#include "sim/SimOrganisation.h"

#include <QJsonArray>

namespace {

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// localeCode as the definitions listing takes it: "ALL" for every label, one code for that one
// (absent when the definition has none in it), empty for the default, en_US.
QJsonObject labels(const SimPresenceDefinition &definition, const QString &localeCode)
{
    QJsonObject out;
    const QString wanted = localeCode.isEmpty() ? QStringLiteral("en_US") : localeCode;
    for (auto it = definition.labels.constBegin(); it != definition.labels.constEnd(); ++it) {
        if (wanted == QLatin1String("ALL") || it.key() == wanted)
            out.insert(it.key(), it.value());
    }
    return out;
}

// "OnQueue" -> "ON_QUEUE", as activity events spell system presences.
QString upperSnake(const QString &camel)
{
    QString out;
    for (qsizetype i = 0; i < camel.size(); ++i) {
        if (i > 0 && camel.at(i).isUpper())
            out.append(QLatin1Char('_'));
        out.append(camel.at(i).toUpper());
    }
    return out;
}

} // namespace

QString SimJson::date(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject SimJson::presenceDefinitionRef(const SimPresenceDefinition &definition)
{
    return {{QStringLiteral("id"), definition.id}, {QStringLiteral("systemPresence"), definition.systemPresence},
        {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/presencedefinitions/") + definition.id)}};
}

QJsonObject SimJson::userPresence(const SimOrganisation &org, const SimAgent &agent)
{
    const SimPresenceDefinition *def = org.definition(agent.presenceDefinitionId);
    QJsonObject out {{QStringLiteral("source"), QStringLiteral("PURECLOUD")},
        {QStringLiteral("sourceId"), SimOrganisation::purecloudSourceId()}, {QStringLiteral("primary"), true},
        {QStringLiteral("presenceDefinition"), def ? presenceDefinitionRef(*def) : QJsonObject()},
        {QStringLiteral("modifiedDate"), date(agent.presenceModified)},
        {QStringLiteral("selfUri"), QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent.id)}};
    if (!agent.presenceMessage.isEmpty())
        out.insert(QStringLiteral("message"), agent.presenceMessage);
    return out;
}

QJsonObject SimJson::ucUserPresence(const SimOrganisation &org, const SimAgent &agent)
{
    QJsonObject out = userPresence(org, agent);
    out.insert(QStringLiteral("id"), agent.id);
    out.insert(QStringLiteral("userId"), agent.id);
    out.insert(QStringLiteral("name"), agent.name);
    return out;
}

QJsonObject SimJson::routingStatus(const SimAgent &agent)
{
    return {{QStringLiteral("userId"), agent.id}, {QStringLiteral("status"), agent.routingStatus},
        {QStringLiteral("startTime"), date(agent.routingStart)}};
}

QJsonObject SimJson::user(const SimOrganisation &org, const SimAgent &agent, bool presence, bool routing, bool withTeam)
{
    QJsonObject out {{QStringLiteral("id"), agent.id}, {QStringLiteral("name"), agent.name},
        {QStringLiteral("division"),
            QJsonObject {{QStringLiteral("id"), agent.divisionId}, {QStringLiteral("name"), agent.divisionName},
                {QStringLiteral("selfUri"),
                    QString(QStringLiteral("/api/v2/authorization/divisions/") + agent.divisionId)}}},
        {QStringLiteral("department"), agent.department}, {QStringLiteral("email"), agent.email},
        {QStringLiteral("username"), agent.username}, {QStringLiteral("title"), agent.title},
        {QStringLiteral("state"), agent.state}, {QStringLiteral("version"), agent.version},
        {QStringLiteral("acdAutoAnswer"), false},
        {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/users/") + agent.id)}};
    if (presence)
        out.insert(QStringLiteral("presence"), userPresence(org, agent));
    if (routing)
        out.insert(QStringLiteral("routingStatus"), routingStatus(agent));
    if (!agent.managerId.isEmpty())
        out.insert(QStringLiteral("manager"),
            QJsonObject {{QStringLiteral("id"), agent.managerId},
                {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/users/") + agent.managerId)}});
    if (withTeam) {
        if (const SimTeam *t = org.team(agent.teamId))
            out.insert(QStringLiteral("team"), team(*t));
    }
    return out;
}

QJsonObject SimJson::team(const SimTeam &t, bool withDivision)
{
    QJsonObject out {{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name},
        {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/teams/") + t.id)}};
    if (withDivision)
        out.insert(QStringLiteral("division"),
            QJsonObject {{QStringLiteral("id"), t.divisionId}, {QStringLiteral("name"), t.divisionName}});
    else
        out.insert(QStringLiteral("division"), QJsonObject {{QStringLiteral("id"), t.divisionId}});
    out.insert(QStringLiteral("memberCount"), int(t.memberIds.size()));
    return out;
}

QJsonObject SimJson::status(const SimOrganisation &org, const SimAgent &agent)
{
    const SimPresenceDefinition *def = org.definition(agent.presenceDefinitionId);
    return {{QStringLiteral("id"), agent.id}, {QStringLiteral("status"), def ? def->systemPresence : QString()},
        {QStringLiteral("reason"), nullable(agent.reason)}, {QStringLiteral("wrapupCode"), nullable(agent.wrapupCode)},
        {QStringLiteral("etag"), agent.etag()}, {QStringLiteral("modifiedBy"), agent.modifiedBy},
        {QStringLiteral("modifiedDate"), date(agent.modifiedDate)}};
}

QJsonObject SimJson::organizationPresenceDefinition(const SimPresenceDefinition &definition, const QString &localeCode)
{
    return {{QStringLiteral("id"), definition.id}, {QStringLiteral("name"), definition.name()},
        {QStringLiteral("type"), definition.system ? QStringLiteral("System") : QStringLiteral("User")},
        {QStringLiteral("languageLabels"), labels(definition, localeCode)},
        {QStringLiteral("systemPresence"), definition.systemPresence}, {QStringLiteral("deactivated"), false},
        {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/presence/definitions/") + definition.id)}};
}

QJsonObject SimJson::organizationPresence(const SimPresenceDefinition &definition, const QString &localeCode)
{
    return {{QStringLiteral("id"), definition.id}, {QStringLiteral("name"), definition.name()},
        {QStringLiteral("languageLabels"), labels(definition, localeCode)},
        {QStringLiteral("systemPresence"), definition.systemPresence}, {QStringLiteral("deactivated"), false},
        {QStringLiteral("primary"), definition.primary},
        {QStringLiteral("createdDate"), QStringLiteral("2024-01-15T09:00:00.000Z")},
        {QStringLiteral("modifiedDate"), QStringLiteral("2024-01-15T09:00:00.000Z")},
        {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/presencedefinitions/") + definition.id)}};
}

QJsonObject SimJson::presenceEvent(const SimOrganisation &org, const SimAgent &agent)
{
    const SimPresenceDefinition *def = org.definition(agent.presenceDefinitionId);
    QJsonObject out {{QStringLiteral("source"), QStringLiteral("PURECLOUD")},
        {QStringLiteral("presenceDefinition"),
            QJsonObject {{QStringLiteral("id"), def ? def->id : QString()},
                {QStringLiteral("systemPresence"), def ? def->systemPresence : QString()}}},
        {QStringLiteral("primary"), true}, {QStringLiteral("modifiedDate"), date(agent.presenceModified)}};
    if (!agent.presenceMessage.isEmpty())
        out.insert(QStringLiteral("message"), agent.presenceMessage);
    return out;
}

QJsonObject SimJson::routingStatusEvent(const SimAgent &agent)
{
    return {{QStringLiteral("id"), agent.id},
        {QStringLiteral("routingStatus"),
            QJsonObject {{QStringLiteral("status"), agent.routingStatus},
                {QStringLiteral("startTime"), date(agent.routingStart)}}}};
}

QJsonObject SimJson::activityEvent(const SimOrganisation &org, const SimAgent &agent)
{
    const SimPresenceDefinition *def = org.definition(agent.presenceDefinitionId);
    QJsonArray queues;
    for (const QString &q : agent.joinedQueueIds)
        queues.append(q);
    return {{QStringLiteral("id"), agent.id},
        {QStringLiteral("routingStatus"),
            QJsonObject {{QStringLiteral("status"), agent.routingStatus},
                {QStringLiteral("startTime"), date(agent.routingStart)}}},
        {QStringLiteral("presence"),
            QJsonObject {
                {QStringLiteral("presenceDefinition"),
                    QJsonObject {{QStringLiteral("id"), def ? def->id : QString()},
                        {QStringLiteral("systemPresence"), def ? upperSnake(def->systemPresence) : QString()}}},
                {QStringLiteral("presenceMessage"), agent.presenceMessage},
                {QStringLiteral("modifiedDate"), date(agent.presenceModified)}}},
        {QStringLiteral("outOfOffice"), QJsonObject {{QStringLiteral("active"), false}}},
        {QStringLiteral("activeQueueIds"), queues},
        {QStringLiteral("dateActiveQueuesChanged"), date(agent.queuesChanged)}};
}

QJsonObject SimJson::userQueue(const SimOrganisation &org, const SimQueue &queue, const SimAgent &agent)
{
    const int members = org.queueMemberCount(queue.id);
    return {{QStringLiteral("id"), queue.id}, {QStringLiteral("name"), queue.name},
        {QStringLiteral("division"),
            QJsonObject {{QStringLiteral("id"), queue.divisionId}, {QStringLiteral("name"), queue.divisionName},
                {QStringLiteral("selfUri"),
                    QString(QStringLiteral("/api/v2/authorization/divisions/") + queue.divisionId)}}},
        {QStringLiteral("dateCreated"), date(queue.dateCreated)}, {QStringLiteral("memberCount"), members},
        {QStringLiteral("userMemberCount"), members},
        {QStringLiteral("joinedMemberCount"), org.queueJoinedCount(queue.id)},
        {QStringLiteral("scoringMethod"), QStringLiteral("TimestampAndPriority")},
        {QStringLiteral("skillEvaluationMethod"), QStringLiteral("BEST")},
        {QStringLiteral("joined"), agent.joinedQueueIds.contains(queue.id)},
        {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/routing/queues/") + queue.id)}};
}
