// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GenesysJson.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

QDateTime GenesysJson::parseDate(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

bool GenesysJson::readUser(const QJsonObject &user, const StatusCatalogue &catalogue, Agent *agent)
{
    const QString id = user.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return false;
    agent->id = id;
    agent->name = user.value(QStringLiteral("name")).toString();
    agent->email = user.value(QStringLiteral("email")).toString();
    const QJsonObject team = user.value(QStringLiteral("team")).toObject();
    agent->team = team.value(QStringLiteral("name")).toString();
    agent->teamId = team.value(QStringLiteral("id")).toString();
    agent->department = user.value(QStringLiteral("department")).toString();
    agent->managerId = user.value(QStringLiteral("manager")).toObject().value(QStringLiteral("id")).toString();
    const QJsonObject division = user.value(QStringLiteral("division")).toObject();
    agent->divisionId = division.value(QStringLiteral("id")).toString();
    agent->divisionName = division.value(QStringLiteral("name")).toString();
    const QJsonValue presence = user.value(QStringLiteral("presence"));
    if (presence.isObject())
        readPresence(presence.toObject(), catalogue, agent);
    const QJsonObject routing = user.value(QStringLiteral("routingStatus")).toObject();
    if (!routing.isEmpty())
        agent->routingStatus = routing.value(QStringLiteral("status")).toString();
    agent->lastConfirmed = QDateTime::currentDateTimeUtc();
    agent->stale = false;
    return true;
}

void GenesysJson::readPresence(const QJsonObject &presence, const StatusCatalogue &catalogue, Agent *agent)
{
    const QJsonObject definition = presence.value(QStringLiteral("presenceDefinition")).toObject();
    agent->presenceDefinitionId = definition.value(QStringLiteral("id")).toString();
    agent->status = catalogue.statusForDefinition(
        agent->presenceDefinitionId, definition.value(QStringLiteral("systemPresence")).toString());
    // The organisation's label in the lead's language, as the catalogue was asked for it (localeCode).
    agent->presenceLabel = catalogue.definitionLabel(agent->presenceDefinitionId, presenceLocaleCode(QLocale()));
    if (agent->presenceLabel.isEmpty())
        agent->presenceLabel = agent->status;
    const QString modified = presence.value(QStringLiteral("modifiedDate")).toString();
    agent->version = modified;
    agent->statusSince = parseDate(modified);
    agent->lastConfirmed = QDateTime::currentDateTimeUtc();
}

QString GenesysJson::presenceLocaleCode(const QLocale &locale)
{
    static const QStringList languages {QStringLiteral("he"), QStringLiteral("fr"), QStringLiteral("da"),
        QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("cs"), QStringLiteral("es"), QStringLiteral("fi"),
        QStringLiteral("ar"), QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("nl"), QStringLiteral("no"),
        QStringLiteral("pl"), QStringLiteral("ru"), QStringLiteral("sv"), QStringLiteral("th"), QStringLiteral("tr"),
        QStringLiteral("uk")};
    const QString name = locale.name(); // "de_DE", "pt_BR", "C"
    const QString language = name.section(QLatin1Char('_'), 0, 0);
    if (language == QLatin1String("pt"))
        return name == QLatin1String("pt_PT") ? name : QStringLiteral("pt_BR");
    if (language == QLatin1String("zh"))
        return name == QLatin1String("zh_TW") ? name : QStringLiteral("zh_CN");
    if (language == QLatin1String("nb") || language == QLatin1String("nn"))
        return QStringLiteral("no");
    return languages.contains(language) ? language : QStringLiteral("en_US");
}

bool GenesysJson::readDefinition(const QJsonObject &object, StatusCatalogue::Definition *definition)
{
    definition->id = object.value(QStringLiteral("id")).toString();
    definition->status = StatusCatalogue::canonicalKey(object.value(QStringLiteral("systemPresence")).toString());
    definition->name = object.value(QStringLiteral("name")).toString();
    definition->system = object.value(QStringLiteral("type")).toString() != QLatin1String("User");
    definition->languageLabels.clear();
    const QJsonObject labels = object.value(QStringLiteral("languageLabels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        definition->languageLabels.insert(it.key(), it.value().toString());
    return !definition->id.isEmpty() && !definition->status.isEmpty()
        && !object.value(QStringLiteral("deactivated")).toBool(false);
}

bool GenesysJson::readActivity(const QString &topic, const QJsonObject &eventBody, ActivityEvent *event)
{
    static const QRegularExpression pattern(
        QStringLiteral("^v2\\.users\\.([^.]+)\\.(activity|presence|routingStatus)$"));
    const QRegularExpressionMatch match = pattern.match(topic);
    if (!match.hasMatch())
        return false;
    *event = ActivityEvent();
    event->userId = match.captured(1);
    event->topic = topic;
    const QString kind = match.captured(2);
    QJsonObject presence;
    if (kind == QLatin1String("presence"))
        presence = eventBody;
    else if (kind == QLatin1String("activity"))
        presence = eventBody.value(QStringLiteral("presence")).toObject();
    if (!presence.isEmpty()) {
        const QJsonObject definition = presence.value(QStringLiteral("presenceDefinition")).toObject();
        event->hasPresence = true;
        event->presenceDefinitionId = definition.value(QStringLiteral("id")).toString();
        event->systemPresence = definition.value(QStringLiteral("systemPresence")).toString();
        event->presenceMessage = presence.value(QStringLiteral("presenceMessage")).toString();
        if (event->presenceMessage.isEmpty())
            event->presenceMessage = presence.value(QStringLiteral("message")).toString();
        event->modifiedDateText = presence.value(QStringLiteral("modifiedDate")).toString();
        event->modifiedDate = parseDate(event->modifiedDateText);
    }
    const QJsonObject routing = eventBody.value(QStringLiteral("routingStatus")).toObject();
    if (kind != QLatin1String("presence") && !routing.isEmpty()) {
        event->hasRoutingStatus = true;
        event->routingStatus = routing.value(QStringLiteral("status")).toString();
        event->routingStatusSince = parseDate(routing.value(QStringLiteral("startTime")).toString());
    }
    const QJsonValue queues = eventBody.value(QStringLiteral("activeQueueIds"));
    if (kind == QLatin1String("activity") && queues.isArray()) {
        event->hasActiveQueues = true;
        for (const QJsonValue &id : queues.toArray()) {
            if (id.isString() && !id.toString().isEmpty())
                event->activeQueueIds.append(id.toString());
        }
    }
    return event->hasPresence || event->hasRoutingStatus || event->hasActiveQueues;
}

void GenesysJson::applyActivity(const ActivityEvent &event, const StatusCatalogue &catalogue, Agent *agent)
{
    if (event.hasPresence) {
        agent->presenceDefinitionId = event.presenceDefinitionId;
        agent->status = catalogue.statusForDefinition(event.presenceDefinitionId, event.systemPresence);
        agent->presenceLabel = catalogue.definitionLabel(event.presenceDefinitionId, presenceLocaleCode(QLocale()));
        if (agent->presenceLabel.isEmpty())
            agent->presenceLabel = agent->status;
        if (!event.modifiedDateText.isEmpty()) {
            agent->version = event.modifiedDateText;
            agent->statusSince = event.modifiedDate;
        }
    }
    if (event.hasRoutingStatus)
        agent->routingStatus = event.routingStatus;
    agent->lastConfirmed = QDateTime::currentDateTimeUtc();
    agent->stale = false;
}

bool GenesysJson::readStatusResource(const QJsonObject &status, Agent *agent)
{
    const QString id = status.value(QStringLiteral("id")).toString();
    const QString key = StatusCatalogue::canonicalKey(status.value(QStringLiteral("status")).toString());
    if (id.isEmpty() || !status.contains(QStringLiteral("status")))
        return false;
    agent->id = id;
    agent->status = key;
    if (agent->presenceLabel.isEmpty() || !key.isEmpty())
        agent->presenceLabel = key;
    agent->reason = status.value(QStringLiteral("reason")).toString();
    agent->version = status.value(QStringLiteral("etag")).toString();
    agent->changedBy = status.value(QStringLiteral("modifiedBy")).toString();
    const QDateTime modified = parseDate(status.value(QStringLiteral("modifiedDate")).toString());
    if (modified.isValid())
        agent->statusSince = modified;
    agent->lastConfirmed = QDateTime::currentDateTimeUtc();
    agent->stale = false;
    return true;
}

bool GenesysJson::readUserQueue(const QJsonObject &queue, bool joinedByFilter, QueueMembership *membership)
{
    const QString id = queue.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return false;
    *membership = QueueMembership();
    membership->queueId = id;
    membership->name = queue.value(QStringLiteral("name")).toString();
    membership->divisionName
        = queue.value(QStringLiteral("division")).toObject().value(QStringLiteral("name")).toString();
    const QJsonValue joined = queue.value(QStringLiteral("joined"));
    membership->joined = joined.isBool() ? joined.toBool() : joinedByFilter;
    membership->memberCount = queue.value(QStringLiteral("memberCount")).toInt(-1);
    membership->joinedMemberCount = queue.value(QStringLiteral("joinedMemberCount")).toInt(-1);
    return true;
}
