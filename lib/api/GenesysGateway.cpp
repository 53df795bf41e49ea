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

// One bulk write, chunk by chunk: one compare read of the chunk, then one PUT of the agents to write
// (a PATCH when only one is left), then a read-back of what was written. The read-back of a chunk
// travels with the compare read of the next one in one users read by id (100 ids, presence expanded),
// so a chunk costs two requests.
struct WriteJob
{
    QPointer<GatewayReply> reply;
    QVector<StatusChange> changes;
    QVector<QElapsedTimer> clocks;
    QVector<qint64> wireMs; // per change: its requests' time on the wire
    QHash<int, WriteResult> written; // sent by a PUT, waiting for the read-back that tells its outcome
    int chunkSize = GenesysGateway::DefaultWriteChunk;
    int next = 0; // first change of the next chunk
    int pending = 0; // requests of the current step still out
    bool cancelled = false;
    bool stopping = false; // no new chunk: the rest are answered as not sent
};

// A change the compare read cleared for writing, with the state it found.
struct Cleared
{
    int index = 0;
    Agent now;
    QString definitionId;
};

void record(const std::shared_ptr<WriteJob> &job, int index, WriteResult result)
{
    result.latencyMs = job->clocks.at(index).isValid() ? job->clocks.at(index).elapsed() : 0;
    result.requestMs = job->wireMs.at(index);
    if (job->reply)
        job->reply->setWriteResult(index, result);
}

WriteResult failed(const ApiError &error)
{
    return WriteResult::failure(error);
}

// A change of a stopped batch that was never written: no attempt, nothing on the wire.
WriteResult notSent()
{
    return WriteResult::failure(
        ApiError::make(ApiError::Kind::Cancelled, GenesysGateway::tr("Not sent: the bulk change was stopped.")));
}

// From the compare read's answer until the write left: the write's time minus its time on the wire.
qint64 windowOf(const QElapsedTimer &readAnswered, const ApiReply *write)
{
    return qMax<qint64>(0, readAnswered.elapsed() - write->wireMs());
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
    } else if (reply->json().isObject()) {
        // The users read by id: each User's presence (UserPresence: definition and modifiedDate, what the
        // compare needs) under the user's id.
        const QJsonValue entities = reply->json().object().value(QStringLiteral("entities"));
        if (!entities.isArray())
            return false;
        for (const QJsonValue &value : entities.toArray()) {
            QJsonObject presence = value.toObject().value(QStringLiteral("presence")).toObject();
            presence.insert(QStringLiteral("userId"), value.toObject().value(QStringLiteral("id")));
            items.append(presence);
        }
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

void step(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job);

void stepDone(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job)
{
    if (--job->pending == 0)
        step(gateway, job);
}

// When the server answers a write with 409 (it sent an ETag and we sent If-Match): read their state.
void conflictAfterPatch(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, int index, WriteResult result,
    const std::function<void(const WriteResult &)> &complete)
{
    const StatusChange &change = job->changes.at(index);
    ApiRequest request;
    request.path = presencePath(change.agentId);
    request.kind = ApiRequest::Kind::Write;
    ApiReply *read = gateway->client()->send(request);
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

// prepaid: the compare read took this PATCH's budget, so it leaves the limiter at once.
void patchOne(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, const Cleared &cleared,
    const std::shared_ptr<QElapsedTimer> &readAnswered, const QByteArray &etag, bool prepaid)
{
    const int index = cleared.index;
    const Agent current = cleared.now;
    const StatusChange &change = job->changes.at(index);
    const QJsonObject body {
        {QStringLiteral("presenceDefinition"), QJsonObject {{QStringLiteral("id"), cleared.definitionId}}}};
    ApiRequest request;
    request.method = QByteArrayLiteral("PATCH");
    request.path = presencePath(change.agentId);
    request.body = QJsonDocument(body);
    request.kind = ApiRequest::Kind::Write;
    request.prepaid = prepaid;
    if (!etag.isEmpty())
        request.headers.append({QByteArrayLiteral("If-Match"), etag}); // then the server's 409 decides
    ApiReply *reply = gateway->client()->send(request);
    ++job->pending;
    const auto complete = [gateway, job, index](const WriteResult &result) {
        record(job, index, result);
        stepDone(gateway, job);
    };
    QObject::connect(
        reply, &ApiReply::finished, gateway, [gateway, job, index, current, reply, readAnswered, complete] {
            reply->deleteLater();
            job->wireMs[index] += reply->wireMs();
            WriteResult result;
            result.windowMs = windowOf(*readAnswered, reply);
            if (reply->httpStatus() == 409 || reply->httpStatus() == 412) {
                result.etagBefore = current.version;
                result.attempts = reply->attempts();
                result.correlationId = reply->correlationId();
                return conflictAfterPatch(gateway, job, index, result, complete);
            }
            if (!reply->isOk() || !reply->json().isObject()) {
                // Sent: a lost or unreadable answer leaves the outcome unknown, for the service to read.
                const qint64 window = result.windowMs;
                result = WriteResult::afterSending(reply->isOk() ? ApiError::make(ApiError::Kind::MalformedResponse,
                                                       GenesysGateway::tr("The presence answer is not an object."))
                                                                 : reply->error());
                result.windowMs = window;
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

// One PUT for the chunk's agents. Its answer names no user and says nothing of single entries, so
// every agent's outcome comes from the read-back; a refused PUT falls back to one PATCH per agent.
void putChunk(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, const QVector<Cleared> &cleared,
    const std::shared_ptr<QElapsedTimer> &readAnswered)
{
    QJsonArray body;
    for (const Cleared &c : cleared) {
        body.append(QJsonObject {{QStringLiteral("id"), c.now.id},
            {QStringLiteral("presenceDefinition"), QJsonObject {{QStringLiteral("id"), c.definitionId}}}});
    }
    ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = QStringLiteral("/api/v2/users/presences/bulk");
    request.body = QJsonDocument(body);
    request.kind = ApiRequest::Kind::Write;
    request.prepaid = true;
    ApiReply *reply = gateway->client()->send(request);
    ++job->pending;
    QObject::connect(reply, &ApiReply::finished, gateway, [gateway, job, cleared, reply, readAnswered] {
        reply->deleteLater();
        const qint64 window = windowOf(*readAnswered, reply);
        const bool sent = reply->isOk() || WriteResult::mayHaveApplied(reply->error());
        if (!sent) {
            qCInfo(lcApi) << "bulk presence write refused, writing one by one:" << reply->error().toString();
            for (const Cleared &c : cleared) {
                job->wireMs[c.index] += reply->wireMs();
                patchOne(gateway, job, c, readAnswered, QByteArray(), false);
            }
            return stepDone(gateway, job);
        }
        for (const Cleared &c : cleared) {
            job->wireMs[c.index] += reply->wireMs();
            WriteResult result;
            result.outcome = WriteResult::Outcome::Unknown;
            result.error = reply->error();
            result.etagBefore = c.now.version;
            result.attempts = reply->attempts();
            result.correlationId = reply->correlationId();
            result.windowMs = window;
            result.agent = c.now;
            job->written.insert(c.index, result);
        }
        stepDone(gateway, job);
    });
}

// What the read-back says of a change a PUT sent: in the target, applied; elsewhere, not applied.
void settleWritten(const std::shared_ptr<WriteJob> &job, int index, WriteResult result,
    const QHash<QString, Agent> &current, const ApiError &readError)
{
    const StatusChange &change = job->changes.at(index);
    if (readError.isError() || !current.contains(change.agentId)) {
        // Sent and not read back: unknown, for the service to read the agent again.
        if (!result.error.isError())
            result.error = readError.isError()
                ? readError
                : ApiError::make(ApiError::Kind::MalformedResponse,
                    GenesysGateway::tr("The read-back after the bulk write has no presence of %1.")
                        .arg(change.agentId));
        result.outcome = WriteResult::Outcome::Unknown;
        return record(job, index, result);
    }
    const Agent now = current.value(change.agentId);
    if (now.status == change.toStatus) {
        Agent after = result.agent;
        after.status = now.status;
        after.presenceDefinitionId = now.presenceDefinitionId;
        after.version = now.version;
        after.routingStatus = now.status == QLatin1String("OnQueue") ? now.routingStatus : QStringLiteral("OFF_QUEUE");
        result.outcome = WriteResult::Outcome::Applied;
        result.error = ApiError();
        result.agent = after;
        result.etagAfter = now.version;
        return record(job, index, result);
    }
    result.outcome = WriteResult::Outcome::Failed;
    result.agent = now;
    result.error = ApiError::make(ApiError::Kind::Http,
        GenesysGateway::tr("The bulk write did not take effect: %1 is in %2.").arg(change.agentId, now.status));
    record(job, index, result);
}

// The compare read decides each change of the chunk: already there, changed meanwhile, or to write.
void clearChunk(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, int first, int end,
    const QHash<QString, Agent> &current, const ApiError &error, const QString &correlationId,
    QVector<Cleared> *cleared)
{
    for (int i = first; i < end; ++i) {
        const StatusChange &change = job->changes.at(i);
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
        if (now.status == change.toStatus) {
            WriteResult unchanged;
            unchanged.outcome = WriteResult::Outcome::Unchanged;
            unchanged.agent = now;
            unchanged.etagBefore = now.version;
            unchanged.etagAfter = now.version;
            unchanged.correlationId = correlationId;
            record(job, i, unchanged);
            continue;
        }
        const bool moved = now.status != change.fromStatus;
        const bool touched = !change.expectedVersion.isEmpty() && !sameVersion(now.version, change.expectedVersion);
        if (moved || touched) {
            WriteResult conflict;
            conflict.outcome = WriteResult::Outcome::Conflict;
            conflict.agent = now;
            conflict.etagBefore = now.version;
            conflict.correlationId = correlationId;
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
        cleared->append(Cleared {i, now, definitionId});
    }
}

// The answers of one read: the read-back of the last chunk written and the compare read of the next.
struct ReadStep
{
    QVector<ApiReply *> replies;
    int first = 0;
    int end = 0;
    QHash<int, WriteResult> written;
    int answered = 0;
};

void onStepRead(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job, const std::shared_ptr<ReadStep> &read)
{
    auto readAnswered = std::make_shared<QElapsedTimer>();
    readAnswered->start();
    const bool single = job->changes.size() == 1;
    QHash<QString, Agent> current;
    ApiError error;
    QString correlationId;
    qint64 wire = 0;
    for (ApiReply *reply : std::as_const(read->replies)) {
        reply->deleteLater();
        wire = qMax(wire, reply->wireMs());
        correlationId = reply->correlationId();
        if (error.isError())
            continue;
        error = reply->error();
        if (!error.isError()
            && !readPresences(reply, single, job->changes.constFirst().agentId, gateway->catalogue(), &current))
            error = ApiError::make(ApiError::Kind::MalformedResponse,
                GenesysGateway::tr("The presence re-read before writing is not what the server should send."));
    }
    for (auto it = read->written.cbegin(); it != read->written.cend(); ++it) {
        job->wireMs[it.key()] += wire;
        settleWritten(job, it.key(), it.value(), current, error);
    }
    for (int i = read->first; i < read->end; ++i)
        job->wireMs[i] += wire; // the compare read is part of every change it read
    QVector<Cleared> cleared;
    if (job->stopping) {
        // Stopped while the compare read was out: nothing of this chunk is written.
        for (int i = read->first; i < read->end; ++i)
            record(job, i, notSent());
    } else {
        clearChunk(gateway, job, read->first, read->end, current, error, correlationId, &cleared);
    }
    if (cleared.size() == 1) {
        const QByteArray etag = single ? read->replies.constFirst()->header(QByteArrayLiteral("etag")) : QByteArray();
        patchOne(gateway, job, cleared.constFirst(), readAnswered, etag, true);
    } else if (!cleared.isEmpty()) {
        putChunk(gateway, job, cleared, readAnswered);
    }
    if (job->pending == 0)
        step(gateway, job);
}

// One read of at most BulkPresenceIds ids, or of up to kUsersPerRead through the users read by id with
// the presence expanded (the read-back of a chunk and the compare read of the next then travel together).
// The compare read takes the budget of the write after it, so that the write leaves the limiter at once and
// the window stays one round trip.
ApiReply *readPresenceIds(GenesysGateway *gateway, const QStringList &ids, bool single, int budgetCost)
{
    ApiRequest request;
    request.kind = ApiRequest::Kind::Write;
    request.budgetCost = budgetCost;
    if (single) {
        request.path = presencePath(ids.constFirst());
    } else if (ids.size() > GenesysGateway::BulkPresenceIds) {
        request.path = QStringLiteral("/api/v2/users");
        for (const QString &id : ids)
            request.query.addQueryItem(QStringLiteral("id"), id);
        request.query.addQueryItem(QStringLiteral("pageSize"), QString::number(StatusGateway::kUsersPerRead));
        request.query.addQueryItem(QStringLiteral("expand"), QStringLiteral("presence"));
    } else {
        request.path = QStringLiteral("/api/v2/users/presences/purecloud/bulk");
        for (const QString &id : ids)
            request.query.addQueryItem(QStringLiteral("id"), id);
    }
    return gateway->client()->send(request);
}

void step(GenesysGateway *gateway, const std::shared_ptr<WriteJob> &job)
{
    const int size = int(job->changes.size());
    if (!job->reply)
        return;
    if (job->stopping) {
        for (int i = job->next; i < size; ++i)
            record(job, i, notSent());
        job->next = size;
    }
    auto read = std::make_shared<ReadStep>();
    read->written = job->written;
    job->written.clear();
    // A cancelled reply starts no new chunk; what was sent is still read back.
    read->first = job->next;
    read->end = job->cancelled ? job->next : qMin(size, job->next + job->chunkSize);
    job->next = read->end;
    if (read->written.isEmpty() && read->first == read->end)
        return job->reply->finish();
    QStringList ids;
    for (auto it = read->written.cbegin(); it != read->written.cend(); ++it)
        ids.append(job->changes.at(it.key()).agentId);
    for (int i = read->first; i < read->end; ++i) {
        job->clocks[i].start();
        ids.append(job->changes.at(i).agentId);
    }
    ids.removeDuplicates();
    const bool single = size == 1;
    const bool writesAfter = read->end > read->first;
    const int perRead
        = ids.size() > GenesysGateway::BulkPresenceIds ? StatusGateway::kUsersPerRead : GenesysGateway::BulkPresenceIds;
    for (int at = 0; at < ids.size(); at += perRead) {
        const int cost = at == 0 && writesAfter ? 2 : 1;
        read->replies.append(readPresenceIds(gateway, ids.mid(at, perRead), single, cost));
    }
    for (ApiReply *reply : std::as_const(read->replies)) {
        QObject::connect(reply, &ApiReply::finished, gateway, [gateway, job, read] {
            if (++read->answered == read->replies.size())
                onStepRead(gateway, job, read);
        });
    }
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
        const QStringList expand {QStringLiteral("presence"), QStringLiteral("routingStatus"), QStringLiteral("team")};
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
    job->chunkSize = m_writeChunk;
    job->clocks.resize(changes.size());
    job->wireMs.fill(0, changes.size());
    connect(result, &GatewayReply::cancelRequested, this, [job] { job->cancelled = true; });
    connect(result, &GatewayReply::stopRequested, this, [job] { job->stopping = true; });
    withCatalogue(result, [this, job] { step(this, job); });
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
