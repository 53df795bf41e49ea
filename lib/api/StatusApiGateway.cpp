// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/StatusApiGateway.h"

#include "api/ActivityEvent.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/GenesysJson.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace {

QString statusPath(const QString &userId)
{
    return QStringLiteral("/api/v2/users/%1/status").arg(QString::fromLatin1(QUrl::toPercentEncoding(userId)));
}

QStringList idsOf(const ApiReply *reply, bool *ok)
{
    QStringList ids;
    const QJsonValue entities = reply->json().object().value(QStringLiteral("entities"));
    *ok = entities.isArray();
    const QJsonArray array = entities.toArray();
    for (const QJsonValue &value : array) {
        const QString id = value.toObject().value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            *ok = false;
        ids.append(id);
    }
    return ids;
}

// The agent of a status answer: the ETag header wins over the body's etag.
bool readStatusReply(const ApiReply *reply, Agent *agent)
{
    if (!reply->json().isObject() || !GenesysJson::readStatusResource(reply->json().object(), agent))
        return false;
    const QByteArray etag = reply->header(QByteArrayLiteral("etag"));
    if (!etag.isEmpty())
        agent->version = QString::fromLatin1(etag);
    return true;
}

ApiError malformed(const QString &what)
{
    return ApiError::make(ApiError::Kind::MalformedResponse, what);
}

} // namespace

StatusApiGateway::StatusApiGateway(ApiClient *client, QObject *parent)
    : StatusGateway(client, parent)
{
}

GatewayReply *StatusApiGateway::loadCatalogue()
{
    auto *result = new GatewayReply(GatewayReply::Operation::Catalogue, this);
    ApiReply *statuses = client()->get(QStringLiteral("/api/v2/users/statuses"));
    ApiReply *reasons = client()->get(QStringLiteral("/api/v2/users/reasons"));
    connect(result, &GatewayReply::cancelRequested, statuses, &ApiReply::abort);
    connect(result, &GatewayReply::cancelRequested, reasons, &ApiReply::abort);
    const auto done = [this, result, statuses, reasons] {
        if (!statuses->isFinished() || !reasons->isFinished())
            return;
        statuses->deleteLater();
        reasons->deleteLater();
        for (const ApiReply *reply : {statuses, reasons}) {
            if (!reply->isOk())
                return result->finish(reply->error());
        }
        bool statusesOk = false;
        bool reasonsOk = false;
        const QStringList statusNames = idsOf(statuses, &statusesOk);
        const QStringList reasonCodes = idsOf(reasons, &reasonsOk);
        if (!statusesOk || !reasonsOk)
            return result->finish(malformed(tr("The statuses or reasons answer is not a list of entities.")));
        StatusCatalogue catalogue;
        m_serverNames.clear();
        for (const QString &name : statusNames) {
            const QString key = StatusCatalogue::canonicalKey(name);
            if (key.isEmpty())
                continue;
            catalogue.addStatus(key);
            m_serverNames.insert(key, name);
        }
        catalogue.setReasons(reasonCodes);
        if (catalogue.isEmpty())
            return result->finish(malformed(tr("The server lists no known statuses.")));
        setCatalogue(catalogue);
        result->setCatalogue(catalogue);
        result->finish();
    };
    connect(statuses, &ApiReply::finished, result, done);
    connect(reasons, &ApiReply::finished, result, done);
    return result;
}

GatewayReply *StatusApiGateway::loadRoster()
{
    auto *result = new GatewayReply(GatewayReply::Operation::Roster, this);
    withCatalogue(result, [this, result] {
        // The users pages carry no ETag: versions come with the first read of each agent.
        loadRosterInto(result, m_pageSize, m_parallelPages, [](AgentList &agents) {
            for (Agent &agent : agents)
                agent.version.clear();
        });
    });
    return result;
}

GatewayReply *StatusApiGateway::readAgents(const QStringList &ids)
{
    auto *result = new GatewayReply(GatewayReply::Operation::ReadAgents, this);
    withCatalogue(result, [this, result, ids] {
        auto identities = std::make_shared<QHash<QString, Agent>>();
        auto statuses = std::make_shared<QHash<QString, Agent>>();
        auto remaining = std::make_shared<int>(0);
        const auto complete = [result, ids, identities, statuses, remaining] {
            if (--*remaining > 0 || result->isCancelled())
                return;
            AgentList agents;
            for (const QString &id : ids) {
                if (!statuses->contains(id))
                    continue;
                Agent agent = identities->value(id);
                const Agent status = statuses->value(id);
                agent.id = id;
                agent.status = status.status;
                agent.presenceLabel = status.presenceLabel;
                agent.reason = status.reason;
                agent.version = status.version;
                agent.changedBy = status.changedBy;
                agent.statusSince = status.statusSince.isValid() ? status.statusSince : agent.statusSince;
                agent.lastConfirmed = status.lastConfirmed;
                agent.stale = false;
                agents.append(agent);
            }
            result->setAgents(agents);
            result->finish();
        };
        // Names and teams: a users read that fails leaves them out, the statuses still count.
        ++*remaining;
        readUsers(result, ids, {QStringLiteral("routingStatus")},
            [identities, complete](const QHash<QString, Agent> &users, const ApiError &) {
                *identities = users;
                complete();
            });
        for (const QString &id : ids) {
            ApiReply *reply = client()->get(statusPath(id));
            ++*remaining;
            connect(result, &GatewayReply::cancelRequested, reply, &ApiReply::abort);
            connect(reply, &ApiReply::finished, result, [reply, result, statuses, complete] {
                reply->deleteLater();
                Agent agent;
                if (reply->isOk() && !readStatusReply(reply, &agent))
                    return result->finish(malformed(tr("The status answer is not a status resource.")));
                if (!reply->isOk() && reply->error().kind != ApiError::Kind::NotFound)
                    return result->finish(reply->error());
                if (reply->isOk())
                    statuses->insert(agent.id, agent);
                complete();
            });
        }
    });
    return result;
}

GatewayReply *StatusApiGateway::writeStatus(const StatusChange &change)
{
    auto *result = new GatewayReply(GatewayReply::Operation::Write, this);
    result->expectWrites({change});
    withCatalogue(result, [this, result, change] {
        writeOne(change, result, [result](const WriteResult &outcome) {
            result->setWriteResult(0, outcome);
            result->finish();
        });
    });
    return result;
}

GatewayReply *StatusApiGateway::writeStatuses(const QVector<StatusChange> &changes)
{
    auto *result = new GatewayReply(GatewayReply::Operation::WriteMany, this);
    result->expectWrites(changes);
    withCatalogue(result, [this, result, changes] {
        auto finished = std::make_shared<int>(0);
        for (int i = 0; i < changes.size(); ++i) {
            QPointer<GatewayReply> guard(result);
            writeOne(changes.at(i), result,
                [guard, finished, i, total = static_cast<int>(changes.size())](const WriteResult &outcome) {
                    ++*finished;
                    if (!guard)
                        return;
                    guard->setWriteResult(i, outcome);
                    if (*finished == total)
                        guard->finish();
                });
        }
        if (changes.isEmpty())
            result->finish();
    });
    return result;
}

// GET (when no version is known) then PUT with If-Match; 409 or a changed status is a conflict.
void StatusApiGateway::writeOne(
    const StatusChange &change, GatewayReply *owner, const std::function<void(const WriteResult &)> &done)
{
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    const auto finishWith = [clock, done](WriteResult result) {
        result.latencyMs = clock->elapsed();
        done(result);
    };
    if (!change.expectedVersion.isEmpty())
        return put(change, change.expectedVersion, owner, finishWith);
    ApiReply *read = client()->get(statusPath(change.agentId));
    connect(owner, &GatewayReply::cancelRequested, read, &ApiReply::abort);
    const QPointer<GatewayReply> guard(owner);
    connect(read, &ApiReply::finished, this, [this, read, change, guard, finishWith] {
        read->deleteLater();
        WriteResult result;
        result.requestMs = read->wireMs();
        Agent now;
        if (!read->isOk() || !readStatusReply(read, &now)) {
            result.error = read->isOk() ? malformed(tr("The status answer is not a status resource.")) : read->error();
            result.correlationId = read->correlationId();
            return finishWith(result);
        }
        if (now.status != change.fromStatus) {
            result.outcome = WriteResult::Outcome::Conflict;
            result.agent = now;
            result.etagBefore = now.version;
            result.correlationId = read->correlationId();
            return finishWith(result);
        }
        if (!guard || guard->isCancelled()) {
            result.error = ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled."));
            return finishWith(result);
        }
        const qint64 readMs = read->wireMs(); // the read before the write is part of the write
        put(change, now.version, guard, [finishWith, readMs](WriteResult written) {
            written.requestMs += readMs;
            finishWith(written);
        });
    });
}

void StatusApiGateway::put(const StatusChange &change, const QString &etag, GatewayReply *owner,
    const std::function<void(WriteResult)> &finishWith)
{
    QJsonObject body {{QStringLiteral("status"), m_serverNames.value(change.toStatus, change.toStatus)}};
    body.insert(QStringLiteral("reason"), change.reason.isEmpty() ? QJsonValue() : QJsonValue(change.reason));
    ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = statusPath(change.agentId);
    request.body = QJsonDocument(body);
    request.headers.append({QByteArrayLiteral("If-Match"), etag.toLatin1()});
    ApiReply *reply = client()->send(request);
    if (owner)
        connect(owner, &GatewayReply::cancelRequested, reply, &ApiReply::abort);
    connect(reply, &ApiReply::finished, this, [this, reply, change, etag, finishWith] {
        reply->deleteLater();
        WriteResult result;
        result.requestMs = reply->wireMs();
        result.etagBefore = etag;
        result.attempts = reply->attempts();
        result.correlationId = reply->correlationId();
        if (reply->httpStatus() == 409 || reply->httpStatus() == 412)
            return conflictFromFreshRead(change, result, reply->attempts() > 1, finishWith);
        Agent after;
        if (!reply->isOk() || !readStatusReply(reply, &after)) {
            result.error
                = reply->isOk() ? malformed(tr("The status answer is not a status resource.")) : reply->error();
            // Sent: a lost or unreadable answer leaves the outcome unknown, for the service to read.
            result.outcome = WriteResult::afterSending(result.error).outcome;
            return finishWith(result);
        }
        result.outcome = WriteResult::Outcome::Applied;
        result.agent = after;
        result.etagAfter = after.version;
        finishWith(result);
    });
}

void StatusApiGateway::conflictFromFreshRead(
    const StatusChange &change, WriteResult result, bool retried, const std::function<void(WriteResult)> &finishWith)
{
    ApiReply *read = client()->get(statusPath(change.agentId));
    connect(read, &ApiReply::finished, this, [read, change, result, retried, finishWith]() mutable {
        read->deleteLater();
        result.requestMs += read->wireMs();
        Agent theirs;
        if (!read->isOk() || !readStatusReply(read, &theirs)) {
            // After a retry an earlier attempt may have landed: only a later read can tell.
            result.outcome = retried ? WriteResult::Outcome::Unknown : WriteResult::Outcome::Failed;
            result.error = read->isOk() ? malformed(tr("The status answer is not a status resource.")) : read->error();
            return finishWith(result);
        }
        // A retried PUT whose first attempt landed (the answer was lost) meets its own ETag change.
        if (retried && theirs.status == change.toStatus && theirs.reason == change.reason) {
            result.outcome = WriteResult::Outcome::Applied;
            result.agent = theirs;
            result.etagAfter = theirs.version;
            return finishWith(result);
        }
        result.outcome = WriteResult::Outcome::Conflict;
        result.agent = theirs;
        finishWith(result);
    });
}

// The PUT that put() sends; without a version known, writeStatus() reads the ETag first.
QString StatusApiGateway::describeWrite(const StatusChange &change) const
{
    QJsonObject body {{QStringLiteral("status"), m_serverNames.value(change.toStatus, change.toStatus)}};
    body.insert(QStringLiteral("reason"), change.reason.isEmpty() ? QJsonValue() : QJsonValue(change.reason));
    const QString version
        = change.expectedVersion.isEmpty() ? tr("(the ETag read just before)") : change.expectedVersion;
    return QStringLiteral("PUT %1\nIf-Match: %2\n").arg(statusPath(change.agentId), version)
        + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

bool StatusApiGateway::versionFromActivity(const ActivityEvent &, QString *version) const
{
    // The version is the status resource's ETag, which no event carries.
    version->clear();
    return false;
}
