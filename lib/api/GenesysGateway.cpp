// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GenesysGateway.h"

#include "api/ActivityEvent.h"
#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/ApiReply.h"
#include "api/GenesysJson.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

namespace {

QString presencePath(const QString &userId)
{
    return QStringLiteral("/api/v2/users/%1/presences/purecloud")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(userId)));
}

// Same instant, whatever the text's precision.
bool sameVersion(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QDateTime left = GenesysJson::parseDate(a);
    const QDateTime right = GenesysJson::parseDate(b);
    return left.isValid() && right.isValid() && left == right;
}

// One bulk write: chunks of changes, each re-read then written.
struct WriteJob
{
    QPointer<GatewayReply> reply;
    QVector<StatusChange> changes;
    QVector<QElapsedTimer> clocks;
    QVector<qint64> wireMs; // per change: its requests' time on the wire
    int next = 0; // first change of the next chunk
    int pendingInChunk = 0;
    bool cancelled = false;
};

void record(const std::shared_ptr<WriteJob> &job, int index, WriteResult result)
{
    result.latencyMs = job->clocks.at(index).elapsed();
    result.requestMs = job->wireMs.at(index);
    if (job->reply)
        job->reply->setWriteResult(index, result);
}

WriteResult failed(const ApiError &error)
{
    return WriteResult::failure(error);
}

// The presences of a re-read, by user id.
bool readPresences(const ApiReply *reply, bool single, const QString &singleId, const StatusCatalogue &catalogue,
    QHash<QString, Agent> *out)
{
    QJsonArray items;
    if (single) {
        if (!reply->json().isObject())
            return false;
        QJsonObject object = reply->json().object();
        object.insert(QStringLiteral("userId"), singleId);
        items.append(object);
    } else {
        if (!reply->json().isArray())
            return false;
        items = reply->json().array();
    }
    for (const QJsonValue &value : std::as_const(items)) {
        const QJsonObject object = value.toObject();
        QString userId = object.value(QStringLiteral("userId")).toString();
        if (userId.isEmpty())
            userId = object.value(QStringLiteral("id")).toString();
        if (userId.isEmpty() || !object.value(QStringLiteral("presenceDefinition")).isObject())
            return false;
        Agent agent;
        agent.id = userId;
        GenesysJson::readPresence(object, catalogue, &agent);
        out->insert(userId, agent);
    }
    return true;
}

void writeNextChunk(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job);

// When the server answers a write with 409 (it sent an ETag and we sent If-Match): read their state.
void conflictAfterPatch(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, int index, WriteResult result,
    const std::function<void(const WriteResult &)> &complete)
{
    const StatusChange &change = job->changes.at(index);
    ApiReply *read = gateway->client()->get(presencePath(change.agentId));
    QObject::connect(read, &ApiReply::finished, gateway, [gateway, job, index, read, result, complete]() mutable {
        read->deleteLater();
        job->wireMs[index] += read->wireMs();
        const StatusChange &change = job->changes.at(index);
        QHash<QString, Agent> latest;
        if (!read->isOk() || !readPresences(read, true, change.agentId, gateway->catalogue(), &latest)) {
            WriteResult failure = failed(read->isOk() ? ApiError::make(ApiError::Kind::MalformedResponse,
                                             GenesysGateway::tr("The presence answer is not an object."))
                                                      : read->error());
            failure.etagBefore = result.etagBefore;
            return complete(failure);
        }
        result.outcome = WriteResult::Outcome::Conflict;
        result.agent = latest.value(change.agentId);
        complete(result);
    });
}

void patchOne(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, int index, const Agent &current,
    const QString &definitionId, const QByteArray &etag)
{
    const StatusChange &change = job->changes.at(index);
    const QJsonObject body {{QStringLiteral("presenceDefinition"), QJsonObject {{QStringLiteral("id"), definitionId}}}};
    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = presencePath(change.agentId);
    request.body = QJsonDocument(body);
    if (!etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Match"), etag}); // then the server's 409 decides
    ApiReply *reply = gateway->client()->send(request);
    ++job->pendingInChunk;
    const auto complete = [gateway, job, index](const WriteResult &result) {
        record(job, index, result);
        if (--job->pendingInChunk == 0)
            writeNextChunk(gateway, job);
    };
    QObject::connect(reply, &ApiReply::finished, gateway, [gateway, job, index, current, reply, complete] {
        reply->deleteLater();
        job->wireMs[index] += reply->wireMs();
        WriteResult result;
        if (reply->httpStatus() == 409 || reply->httpStatus() == 412) {
            result.etagBefore = current.version;
            result.attempts = reply->attempts();
            result.correlationId = reply->correlationId();
            return conflictAfterPatch(gateway, job, index, result, complete);
        }
        if (!reply->isOk() || !reply->json().isObject()) {
            // Sent: a lost or unreadable answer leaves the outcome unknown, for the service to read.
            result = WriteResult::afterSending(reply->isOk() ? ApiError::make(ApiError::Kind::MalformedResponse,
                                                   GenesysGateway::tr("The presence answer is not an object."))
                                                             : reply->error());
        } else {
            Agent after = current;
            GenesysJson::readPresence(reply->json().object(), gateway->catalogue(), &after);
            if (after.status != QLatin1String("OnQueue"))
                after.routingStatus = QStringLiteral("OFF_QUEUE");
            result.outcome = WriteResult::Outcome::Applied;
            result.agent = after;
            result.etagAfter = after.version;
        }
        result.etagBefore = current.version;
        result.attempts = reply->attempts();
        if (result.correlationId.isEmpty())
            result.correlationId = reply->correlationId();
        complete(result);
    });
}

void onChunkRead(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, int first, int end, ApiReply *reply)
{
    QHash<QString, Agent> current;
    const bool single = end - first == 1;
    ApiError error = reply->error();
    if (reply->isOk() && !readPresences(reply, single, job->changes.at(first).agentId, gateway->catalogue(), &current))
        error = ApiError::make(ApiError::Kind::MalformedResponse,
            GenesysGateway::tr("The presence re-read before writing is not what the server should send."));
    for (int i = first; i < end; ++i) {
        const StatusChange &change = job->changes.at(i);
        job->wireMs[i] += reply->wireMs(); // the re-read is part of every change it read
        if (error.isError()) {
            record(job, i, failed(error));
            continue;
        }
        if (!current.contains(change.agentId)) {
            ApiError missing = ApiError::make(
                ApiError::Kind::NotFound, GenesysGateway::tr("The agent %1 was not found.").arg(change.agentId));
            missing.httpStatus = 404;
            record(job, i, failed(missing));
            continue;
        }
        const Agent now = current.value(change.agentId);
        const bool moved = now.status != change.fromStatus;
        const bool touched = !change.expectedVersion.isEmpty() && !sameVersion(now.version, change.expectedVersion);
        if (moved || touched) {
            WriteResult conflict;
            conflict.outcome = WriteResult::Outcome::Conflict;
            conflict.agent = now;
            conflict.etagBefore = now.version;
            conflict.correlationId = reply->correlationId();
            record(job, i, conflict);
            continue;
        }
        const QString definitionId = gateway->catalogue().primaryDefinitionId(change.toStatus);
        if (definitionId.isEmpty()) {
            record(job, i,
                failed(ApiError::make(ApiError::Kind::Configuration,
                    GenesysGateway::tr("The organisation has no presence definition for %1.").arg(change.toStatus))));
            continue;
        }
        patchOne(gateway, job, i, now, definitionId, single ? reply->header(QByteArrayLiteral("etag")) : QByteArray());
    }
    if (job->pendingInChunk == 0)
        writeNextChunk(gateway, job);
}

void writeNextChunk(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job)
{
    const int size = int(job->changes.size());
    if (!job->reply)
        return;
    // A cancelled reply fails the changes not sent yet with its Cancelled error.
    if (job->cancelled || job->next >= size)
        return job->reply->finish();
    const int first = job->next;
    const int end = qMin(size, first + GenesysGateway::BulkPresenceIds);
    job->next = end;
    QUrlQuery query;
    for (int i = first; i < end; ++i) {
        job->clocks[i].start();
        query.addQueryItem(QStringLiteral("id"), job->changes.at(i).agentId);
    }
    ApiReply *reply = end - first == 1
        ? gateway->client()->get(presencePath(job->changes.at(first).agentId))
        : gateway->client()->get(QStringLiteral("/api/v2/users/presences/purecloud/bulk"), query);
    QObject::connect(reply, &ApiReply::finished, gateway, [gateway, job, first, end, reply] {
        reply->deleteLater();
        onChunkRead(gateway, job, first, end, reply);
    });
}

} // namespace

GenesysGateway::GenesysGateway(ApiClient *client, QObject *parent)
    : StatusGateway(client, parent)
{
}

// The labels come in the lead's language (localeCode); when a definition has none in it, a second
// listing in English fills them in.
GatewayReply *GenesysGateway::loadCatalogue()
{
    auto *result = new GatewayReply(GatewayReply::Operation::Catalogue, this);
    const QString localeCode = GenesysJson::presenceLocaleCode(QLocale());
    loadDefinitions(result, localeCode, {});
    return result;
}

void GenesysGateway::loadDefinitions(
    GatewayReply *result, const QString &localeCode, const QVector<StatusCatalogue::Definition> &earlier)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("localeCode"), localeCode);
    ApiReply *reply = client()->get(QStringLiteral("/api/v2/presence/definitions"), query);
    connect(result, &GatewayReply::cancelRequested, reply, &ApiReply::abort);
    connect(reply, &ApiReply::finished, this, [this, reply, result, localeCode, earlier] {
        reply->deleteLater();
        if (!reply->isOk())
            return result->finish(reply->error());
        const QJsonValue entities = reply->json().object().value(QStringLiteral("entities"));
        if (!entities.isArray())
            return result->finish(ApiError::make(
                ApiError::Kind::MalformedResponse, tr("The presence definitions answer has no list of entities.")));
        QVector<StatusCatalogue::Definition> fetched;
        for (const QJsonValue &value : entities.toArray()) {
            StatusCatalogue::Definition definition;
            if (GenesysJson::readDefinition(value.toObject(), &definition))
                fetched.append(definition);
        }
        QVector<StatusCatalogue::Definition> definitions = earlier.isEmpty() ? fetched : earlier;
        if (earlier.isEmpty()) {
            const bool someUnlabelled = std::any_of(definitions.cbegin(), definitions.cend(),
                [](const StatusCatalogue::Definition &d) { return d.languageLabels.isEmpty(); });
            if (someUnlabelled && localeCode != QLatin1String("en_US"))
                return loadDefinitions(result, QStringLiteral("en_US"), definitions);
        } else {
            QHash<QString, QMap<QString, QString>> english;
            for (const StatusCatalogue::Definition &definition : std::as_const(fetched))
                english.insert(definition.id, definition.languageLabels);
            for (StatusCatalogue::Definition &definition : definitions) {
                if (definition.languageLabels.isEmpty())
                    definition.languageLabels = english.value(definition.id);
            }
        }
        StatusCatalogue catalogue;
        for (const StatusCatalogue::Definition &definition : std::as_const(definitions))
            catalogue.addDefinition(definition);
        if (catalogue.isEmpty())
            return result->finish(ApiError::make(
                ApiError::Kind::MalformedResponse, tr("The server lists no usable presence definitions.")));
        setCatalogue(catalogue);
        result->setCatalogue(catalogue);
        result->finish();
    });
}

GatewayReply *GenesysGateway::loadRoster()
{
    auto *result = new GatewayReply(GatewayReply::Operation::Roster, this);
    withCatalogue(result, [this, result] { loadRosterInto(result, m_pageSize, m_parallelPages); });
    return result;
}

GatewayReply *GenesysGateway::readAgents(const QStringList &ids)
{
    auto *result = new GatewayReply(GatewayReply::Operation::ReadAgents, this);
    withCatalogue(result, [this, result, ids] {
        const QStringList expand {QStringLiteral("presence"), QStringLiteral("routingStatus")};
        readUsers(result, ids, expand, [result, ids](const QHash<QString, Agent> &users, const ApiError &error) {
            if (error.isError())
                return result->finish(error);
            AgentList agents;
            for (const QString &id : ids) {
                if (users.contains(id))
                    agents.append(users.value(id));
            }
            result->setAgents(agents);
            result->finish();
        });
    });
    return result;
}

GatewayReply *GenesysGateway::writeStatus(const StatusChange &change)
{
    return writeStatuses({change});
}

GatewayReply *GenesysGateway::writeStatuses(const QVector<StatusChange> &changes)
{
    auto *result = new GatewayReply(
        changes.size() == 1 ? GatewayReply::Operation::Write : GatewayReply::Operation::WriteMany, this);
    auto job = std::make_shared<WriteJob>();
    job->reply = result;
    job->changes = changes;
    result->expectWrites(changes);
    job->clocks.resize(changes.size());
    job->wireMs.fill(0, changes.size());
    connect(result, &GatewayReply::cancelRequested, this, [job] { job->cancelled = true; });
    withCatalogue(result, [this, job] { writeNextChunk(this, job); });
    if (changes.isEmpty())
        result->finish();
    return result;
}

QString GenesysGateway::describeWrite(const StatusChange &change) const
{
    const QJsonObject body {{QStringLiteral("presenceDefinition"),
        QJsonObject {{QStringLiteral("id"), catalogue().primaryDefinitionId(change.toStatus)}}}};
    return QStringLiteral("PATCH %1\n").arg(presencePath(change.agentId))
        + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool GenesysGateway::versionFromActivity(const ActivityEvent &event, QString *version) const
{
    // The presence modifiedDate is the version, and a presence event carries it.
    *version = event.hasPresence ? event.modifiedDateText : QString();
    return true;
}
