// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimQueueApi.h"

#include "core/Clock.h"
#include "sim/SimBody.h"
#include "sim/SimJson.h"
#include "sim/SimOrganisation.h"
#include "sim/SimPaging.h"
#include "sim/SimRouter.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

const QString kView = QStringLiteral("routing:queue:view");
const QString kJoin = QStringLiteral("routing:queue:join");
const QString kManage = QStringLiteral("routing:queueMember:manage");

QString tr(const char *text)
{
    return QCoreApplication::translate("SimQueueApi", text);
}

SimResponse missingPermission(const QString &permissions)
{
    return SimResponse::error(403, QStringLiteral("missing.permissions"),
        tr("Unable to perform the requested action. You are missing the following "
           "permission(s): [%1]")
            .arg(permissions));
}

SimResponse notFound(const QString &what)
{
    return SimResponse::error(
        404, QStringLiteral("not.found"), tr("The requested resource %1 was not found.").arg(what));
}

// The fields of UserQueue: a body may carry any of them (the queue as read back); only id and joined count.
const QStringList &userQueueFields()
{
    static const QStringList fields {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("division"),
        QStringLiteral("description"), QStringLiteral("dateCreated"), QStringLiteral("dateModified"),
        QStringLiteral("modifiedBy"), QStringLiteral("createdBy"), QStringLiteral("memberCount"),
        QStringLiteral("userMemberCount"), QStringLiteral("joinedMemberCount"), QStringLiteral("mediaSettings"),
        QStringLiteral("routingRules"), QStringLiteral("conditionalGroupRouting"),
        QStringLiteral("conditionalGroupActivation"), QStringLiteral("bullseye"), QStringLiteral("scoringMethod"),
        QStringLiteral("lastAgentRoutingMode"), QStringLiteral("acwSettings"), QStringLiteral("skillEvaluationMethod"),
        QStringLiteral("memberGroups"), QStringLiteral("queueFlow"), QStringLiteral("emailInQueueFlow"),
        QStringLiteral("messageInQueueFlow"), QStringLiteral("whisperPrompt"), QStringLiteral("onHoldPrompt"),
        QStringLiteral("defaultMediaLanguage"), QStringLiteral("cannedResponseLibraries"),
        QStringLiteral("enableTranscription"), QStringLiteral("enableAudioMonitoring"),
        QStringLiteral("enableManualAssignment"), QStringLiteral("agentOwnedRouting"), QStringLiteral("directRouting"),
        QStringLiteral("callingPartyName"), QStringLiteral("callingPartyNumber"), QStringLiteral("defaultScripts"),
        QStringLiteral("outboundMessagingAddresses"), QStringLiteral("outboundEmailAddress"), QStringLiteral("peerId"),
        QStringLiteral("suppressInQueueCallRecording"), QStringLiteral("joined"), QStringLiteral("selfUri")};
    return fields;
}

} // namespace

SimQueueApi::SimQueueApi(SimOrganisation *org, Clock *clock, int applyDelayMs)
    : m_org(org)
    , m_clock(Clock::orSystem(clock))
    , m_applyDelayMs(qMax(0, applyDelayMs))
{
}

void SimQueueApi::registerRoutes(SimRouter &r)
{
    using Args = const QStringList &;
    const QString queues = QStringLiteral("/api/v2/users/{}/queues");
    r.add("GET", queues, [this](const SimRequest &q, Args a) { return list(q, a.at(0)); });
    r.add("PATCH", queues, [this](const SimRequest &q, Args a) { return patchMany(q, a.at(0)); });
    r.add("PATCH", queues + QStringLiteral("/{}"),
        [this](const SimRequest &q, Args a) { return patchOne(q, a.at(0), a.at(1)); });
}

bool SimQueueApi::mayChange(const SimRequest &request)
{
    return request.hasPermission(kJoin) || request.hasPermission(kManage);
}

bool SimQueueApi::readDivisions(const SimRequest &request, QStringList *divisionIds, SimResponse *error)
{
    *divisionIds = request.queryValues(QStringLiteral("divisionId"));
    for (const QString &id : std::as_const(*divisionIds)) {
        if (id.trimmed().isEmpty()) {
            *error = SimBody::badRequest(tr("A divisionId must not be empty."), QStringLiteral("divisionId"));
            return false;
        }
    }
    return true;
}

QJsonArray SimQueueApi::entities(const SimAgent &agent, const QStringList &queueIds) const
{
    QJsonArray out;
    for (const QString &id : queueIds) {
        if (const SimQueue *q = m_org->queue(id))
            out.append(SimJson::userQueue(*m_org, *q, agent));
    }
    return out;
}

SimResponse SimQueueApi::list(const SimRequest &request, const QString &userId) const
{
    if (!request.hasPermission(kView))
        return missingPermission(kView);
    const SimAgent *agent = m_org->user(userId);
    if (!agent)
        return notFound(userId);
    int pageSize = 25;
    int pageNumber = 1;
    SimResponse error;
    QStringList divisions;
    if (!SimPaging::pageParams(request, &pageSize, &pageNumber, &error) || !readDivisions(request, &divisions, &error))
        return error;
    const QString joinedText = request.queryValue(QStringLiteral("joined"));
    if (!joinedText.isEmpty() && joinedText != QLatin1String("true") && joinedText != QLatin1String("false"))
        return SimResponse::error(400, QStringLiteral("bad.request"),
            tr("Value [%1] is not valid for field [joined]. Allowable values are: true, false.").arg(joinedText),
            QStringLiteral("joined"));
    // joined=false is not documented; here it lists the memberships that are not active.
    const bool joined = joinedText != QLatin1String("false");
    QStringList selected;
    for (const QString &id : agent->queueIds) {
        const SimQueue *q = m_org->queue(id);
        if (q && agent->joinedQueueIds.contains(id) == joined
            && (divisions.isEmpty() || divisions.contains(q->divisionId)))
            selected.append(id);
    }
    const qsizetype first = qsizetype(pageNumber - 1) * pageSize;
    QString extra = QStringLiteral("&joined=") + (joined ? QStringLiteral("true") : QStringLiteral("false"));
    for (const QString &d : std::as_const(divisions))
        extra += QStringLiteral("&divisionId=") + QString::fromLatin1(QUrl::toPercentEncoding(d));
    QJsonObject out = SimPaging::paging(request.path, extra, pageSize, pageNumber, int(selected.size()));
    out.insert(QStringLiteral("entities"), entities(*agent, selected.mid(first, pageSize)));
    return SimResponse::json(out);
}

bool SimQueueApi::readJoined(const QJsonObject &item, bool *joined, SimResponse *error)
{
    const QJsonValue v = item.value(QStringLiteral("joined"));
    if (!v.isBool()) {
        *error = SimBody::badRequest(
            tr("The field \"joined\" is required and must be a boolean."), QStringLiteral("joined"));
        return false;
    }
    *joined = v.toBool();
    return true;
}

SimResponse SimQueueApi::patchMany(const SimRequest &request, const QString &userId)
{
    const SimAgent *agent = m_org->user(userId);
    if (!agent)
        return notFound(userId);
    QJsonArray items;
    SimResponse error;
    QStringList divisions;
    if (!SimBody::array(request.body, &items, &error) || !readDivisions(request, &divisions, &error))
        return error;
    if (items.isEmpty())
        return SimBody::badRequest(tr("Give at least one user queue."));
    QList<QPair<QString, bool>> changes;
    QStringList answered;
    for (const QJsonValue &v : std::as_const(items)) {
        if (!v.isObject())
            return SimBody::badRequest(tr("Each item must be an object."));
        const QJsonObject item = v.toObject();
        QString queueId;
        bool joined = false;
        if (!SimBody::keysAllowed(item, userQueueFields(), &error)
            || !SimBody::string(item, QStringLiteral("id"), true, false, &queueId, &error)
            || !readJoined(item, &joined, &error))
            return error;
        const SimQueue *q = m_org->queue(queueId);
        // Non-member user-queue pairs are disregarded, as are queues outside the divisions asked for.
        if (!q || !agent->queueIds.contains(queueId) || (!divisions.isEmpty() && !divisions.contains(q->divisionId)))
            continue;
        changes.append({queueId, joined});
        if (!answered.contains(queueId))
            answered.append(queueId);
    }
    if (!mayChange(request))
        return missingPermission(kJoin + QStringLiteral(", ") + kManage);
    applyLater(userId, changes);
    // The answer shows the memberships as they are now: the change is not applied yet.
    QJsonObject out
        = SimPaging::paging(request.path, QString(), qMax(1, int(answered.size())), 1, int(answered.size()));
    out.insert(QStringLiteral("entities"), entities(*agent, answered));
    return SimResponse::json(out);
}

SimResponse SimQueueApi::patchOne(const SimRequest &request, const QString &userId, const QString &queueId)
{
    const SimAgent *agent = m_org->user(userId);
    if (!agent)
        return notFound(userId);
    QJsonObject item;
    SimResponse error;
    bool joined = false;
    if (!SimBody::object(request.body, userQueueFields(), &item, &error) || !readJoined(item, &joined, &error))
        return error;
    const SimQueue *q = m_org->queue(queueId);
    if (!q || !agent->queueIds.contains(queueId))
        return notFound(queueId);
    if (!mayChange(request))
        return missingPermission(kJoin + QStringLiteral(", ") + kManage);
    applyLater(userId, {{queueId, joined}});
    return SimResponse::json(SimJson::userQueue(*m_org, *q, *agent));
}

void SimQueueApi::applyLater(const QString &userId, const QList<QPair<QString, bool>> &changes)
{
    if (changes.isEmpty())
        return;
    SimOrganisation *org = m_org;
    m_clock->singleShot(m_applyDelayMs, org, [org, userId, changes]() {
        for (const auto &[queueId, joined] : changes)
            org->setQueueJoined(userId, queueId, joined);
    });
}
