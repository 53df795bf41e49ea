// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimApi.h"

#include "core/Clock.h"
#include "sim/SimBody.h"
#include "sim/SimJson.h"
#include "sim/SimNotificationHub.h"
#include "sim/SimOrganisation.h"
#include "sim/SimPaging.h"
#include "sim/SimRouter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

constexpr int kMaxUserIds = 100;
constexpr int kMaxIntegrationPageSize = 100;
constexpr int kMaxBulkIds = 50;
constexpr int kMaxTeamPageSize = 100; // not documented: the strictest size third parties report
constexpr int kMaxSearchPageSize = 100;
const QString kEditPresence = QStringLiteral("presence:userPresence:edit");
const QString kViewTeams = QStringLiteral("groups:team:view");
const QString kSearchUsers = QStringLiteral("directory:user:view");

QString tr(const char *text)
{
    return QCoreApplication::translate("SimApi", text);
}

// The expand values the Platform API definition lists for GET /api/v2/users; Genesys refuses any other.
bool validUsersExpand(const QStringList &expand, SimResponse *error)
{
    static const QStringList allowed {QStringLiteral("routingStatus"), QStringLiteral("presence"),
        QStringLiteral("integrationPresence"), QStringLiteral("conversationSummary"), QStringLiteral("outOfOffice"),
        QStringLiteral("geolocation"), QStringLiteral("station"), QStringLiteral("authorization"),
        QStringLiteral("lasttokenissued"), QStringLiteral("authorization.unusedRoles"), QStringLiteral("team"),
        QStringLiteral("workPlanBidRanks"), QStringLiteral("externalContactsSettings"), QStringLiteral("groups"),
        QStringLiteral("customAttributes"), QStringLiteral("profileSkills"), QStringLiteral("certifications"),
        QStringLiteral("locations"), QStringLiteral("skills"), QStringLiteral("languages"),
        QStringLiteral("languagePreference"), QStringLiteral("employerInfo"), QStringLiteral("biography"),
        QStringLiteral("dateLastLogin"), QStringLiteral("dateWelcomeSent")};
    for (const QString &value : expand) {
        if (!allowed.contains(value)) {
            *error = SimResponse::error(400, QStringLiteral("bad.request"),
                tr("Value [%1] is not valid for field [expand]. Allowable values are: %2.")
                    .arg(value, allowed.join(QStringLiteral(", "))),
                QStringLiteral("expand"));
            return false;
        }
    }
    return true;
}

// integrationPresenceSource: one of the documented sources; with expand=presence it caps the page at 100.
bool validIntegrationSource(const SimRequest &request, bool withPresence, int pageSize, SimResponse *error)
{
    const QString source = request.queryValue(QStringLiteral("integrationPresenceSource"));
    if (source.isEmpty())
        return true;
    static const QStringList sources {QStringLiteral("MicrosoftTeams"), QStringLiteral("ZoomPhone"),
        QStringLiteral("EightByEight"), QStringLiteral("RingCentral")};
    if (!sources.contains(source)) {
        *error = SimResponse::error(400, QStringLiteral("bad.request"),
            tr("Value [%1] is not valid for field [integrationPresenceSource].").arg(source),
            QStringLiteral("integrationPresenceSource"));
        return false;
    }
    if (withPresence && pageSize > kMaxIntegrationPageSize) {
        *error = SimResponse::error(400, QStringLiteral("bad.request"),
            tr("Value [%1] is not valid for field [pageSize]. Allowable values are: 1 to %2.")
                .arg(pageSize)
                .arg(kMaxIntegrationPageSize),
            QStringLiteral("pageSize"));
        return false;
    }
    return true;
}

QString queryExtra(const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return {};
    return QLatin1Char('&') + key + QLatin1Char('=')
        + QString::fromLatin1(QUrl::toPercentEncoding(values.join(QLatin1Char(',')), ","));
}

QString cursorFor(qsizetype offset)
{
    return QString::fromLatin1(QByteArray("o:" + QByteArray::number(offset))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The window of a cursor-paged listing (after/before as the teams calls take them); false with the 400.
bool cursorWindow(
    const SimRequest &request, qsizetype total, qsizetype *first, qsizetype *last, int *pageSize, SimResponse *error)
{
    if (!SimPaging::intParam(request, QStringLiteral("pageSize"), 25, kMaxTeamPageSize, pageSize, error))
        return false;
    const QString after = request.queryValue(QStringLiteral("after"));
    const QString before = request.queryValue(QStringLiteral("before"));
    if (!after.isEmpty() && !before.isEmpty()) {
        *error = SimBody::badRequest(tr("Give either after or before, not both."), QStringLiteral("after"));
        return false;
    }
    const QString cursor = after.isEmpty() ? before : after;
    qsizetype offset = 0;
    if (!cursor.isEmpty()) {
        const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
        bool ok = raw.startsWith("o:");
        offset = ok ? raw.mid(2).toLongLong(&ok) : 0;
        if (!ok || offset < 0 || offset > total) {
            *error = SimBody::badRequest(tr("The cursor %1 is not valid.").arg(cursor),
                after.isEmpty() ? QStringLiteral("before") : QStringLiteral("after"));
            return false;
        }
    }
    *first = before.isEmpty() ? offset : qMax<qsizetype>(0, offset - *pageSize);
    *last = before.isEmpty() ? qMin(total, offset + *pageSize) : offset;
    return true;
}

// entities plus selfUri, nextUri and previousUri (cursor forms) of a cursor-paged listing.
QJsonObject cursorListing(const SimRequest &request, const QJsonArray &entities, qsizetype first, qsizetype last,
    qsizetype total, int pageSize, const QString &extra)
{
    QJsonObject out {{QStringLiteral("entities"), entities}};
    const QString base = request.path + QStringLiteral("?pageSize=%1").arg(pageSize) + extra;
    out.insert(QStringLiteral("selfUri"), base);
    if (last < total)
        out.insert(QStringLiteral("nextUri"), QString(base + QStringLiteral("&after=") + cursorFor(last)));
    if (first > 0)
        out.insert(QStringLiteral("previousUri"), QString(base + QStringLiteral("&before=") + cursorFor(first)));
    return out;
}

} // namespace

SimApi::SimApi(SimOrganisation *org, SimNotificationHub *hub, Clock *clock)
    : m_org(org)
    , m_hub(hub)
    , m_clock(Clock::orSystem(clock))
{
}

void SimApi::registerRoutes(SimRouter &r)
{
    using Args = const QStringList &;
    const QString users = QStringLiteral("/api/v2/users");
    r.add("GET", users, [this](const SimRequest &q, Args) { return this->users(q); });
    r.add("GET", users + QStringLiteral("/me"), [this](const SimRequest &q, Args) { return me(q); });
    r.add("GET", users + QStringLiteral("/{}"), [this](const SimRequest &q, Args a) { return userById(q, a.at(0)); });
    r.add("GET", users + QStringLiteral("/{}/directreports"),
        [this](const SimRequest &q, Args a) { return directReports(q, a.at(0)); });
    r.add("GET", users + QStringLiteral("/{}/superiors"),
        [this](const SimRequest &q, Args a) { return superiors(q, a.at(0)); });
    r.add("POST", users + QStringLiteral("/search"), [this](const SimRequest &q, Args) { return searchUsers(q); });
    const QString teams = QStringLiteral("/api/v2/teams");
    r.add("GET", teams, [this](const SimRequest &q, Args) { return this->teams(q); });
    r.add("GET", teams + QStringLiteral("/{}"), [this](const SimRequest &q, Args a) { return teamById(q, a.at(0)); });
    r.add("GET", teams + QStringLiteral("/{}/members"),
        [this](const SimRequest &q, Args a) { return teamMembers(q, a.at(0)); });
    r.add("GET", QStringLiteral("/api/v2/presence/definitions"),
        [this](const SimRequest &q, Args) { return presenceDefinitions(q); });
    r.add("GET", QStringLiteral("/api/v2/presence/definitions/{}"),
        [this](const SimRequest &, Args a) { return presenceDefinition(a.at(0), false); });
    r.add("GET", QStringLiteral("/api/v2/presencedefinitions"),
        [this](const SimRequest &q, Args) { return legacyPresenceDefinitions(q); });
    r.add("GET", QStringLiteral("/api/v2/presencedefinitions/{}"),
        [this](const SimRequest &, Args a) { return presenceDefinition(a.at(0), true); });
    r.add("GET", QStringLiteral("/api/v2/systempresences"),
        [this](const SimRequest &, Args) { return systemPresences(); });
    r.add("GET", users + QStringLiteral("/{}/presences/{}"),
        [this](const SimRequest &, Args a) { return getPresence(a.at(0), a.at(1)); });
    r.add("PATCH", users + QStringLiteral("/{}/presences/{}"),
        [this](const SimRequest &q, Args a) { return patchPresence(q, a.at(0), a.at(1)); });
    r.add("GET", users + QStringLiteral("/presences/{}/bulk"), [this](const SimRequest &q, Args a) {
        return isPurecloudSource(a.at(0)) ? bulkPresence(q) : notFound(a.at(0));
    });
    r.add("PUT", users + QStringLiteral("/presences/bulk"),
        [this](const SimRequest &q, Args) { return putBulkPresence(q); });
    r.add("GET", users + QStringLiteral("/{}/routingstatus"),
        [this](const SimRequest &, Args a) { return getRoutingStatus(a.at(0)); });
    r.add("PUT", users + QStringLiteral("/{}/routingstatus"),
        [this](const SimRequest &q, Args a) { return putRoutingStatus(q, a.at(0)); });
    r.add("GET", users + QStringLiteral("/statuses"), [this](const SimRequest &, Args) { return statuses(); });
    r.add("GET", users + QStringLiteral("/reasons"), [this](const SimRequest &, Args) { return reasons(); });
    r.add(
        "GET", users + QStringLiteral("/{}/status"), [this](const SimRequest &, Args a) { return getStatus(a.at(0)); });
    r.add("PUT", users + QStringLiteral("/{}/status"),
        [this](const SimRequest &q, Args a) { return putStatus(q, a.at(0)); });

    // A signed-in lead's channels count against the lead and this app, an app's against the app.
    const auto owner = [](const SimRequest &q) { return SimNotificationHub::ownerOf(q.clientId, q.userId); };
    const QString channels = QStringLiteral("/api/v2/notifications/channels");
    r.add("POST", channels, [this, owner](const SimRequest &q, Args) {
        return m_hub->createChannel(owner(q), q.clientId, q.token, q.tokenExpires);
    });
    r.add("GET", channels, [this, owner](const SimRequest &q, Args) { return m_hub->listChannels(owner(q)); });
    r.add("HEAD", channels + QStringLiteral("/{}"), [this, owner](const SimRequest &q, Args a) {
        return m_hub->channelExists(a.at(0), owner(q)) ? SimResponse::json(QJsonObject()) : notFound(a.at(0));
    });
    const QString subscriptions = channels + QStringLiteral("/{}/subscriptions");
    r.add("GET", subscriptions,
        [this, owner](const SimRequest &q, Args a) { return m_hub->subscriptions(a.at(0), owner(q)); });
    r.add("POST", subscriptions, [this, owner](const SimRequest &q, Args a) {
        const bool ignore = q.queryValue(QStringLiteral("ignoreErrors")) == QLatin1String("true");
        return m_hub->subscribe(a.at(0), owner(q), q.body, false, ignore, q.permissions);
    });
    r.add("PUT", subscriptions, [this, owner](const SimRequest &q, Args a) {
        const bool ignore = q.queryValue(QStringLiteral("ignoreErrors")) == QLatin1String("true");
        return m_hub->subscribe(a.at(0), owner(q), q.body, true, ignore, q.permissions);
    });
    r.add("DELETE", subscriptions,
        [this, owner](const SimRequest &q, Args a) { return m_hub->unsubscribeAll(a.at(0), owner(q)); });
    r.add("GET", QStringLiteral("/api/v2/notifications/availabletopics"),
        [this](const SimRequest &, Args) { return availableTopics(); });
}

QString SimApi::actor(const SimRequest &request)
{
    return request.userId.isEmpty() ? request.clientId : request.userId;
}

bool SimApi::mayEditPresence(const SimRequest &request, const QString &userId)
{
    return request.userId == userId || request.hasPermission(kEditPresence);
}

SimResponse SimApi::missingPermission(const QString &permission)
{
    return SimResponse::error(403, QStringLiteral("missing.permissions"),
        tr("Unable to perform the requested action. You are missing the following "
           "permission(s): [%1]")
            .arg(permission));
}

SimResponse SimApi::notFound(const QString &what)
{
    return SimResponse::error(
        404, QStringLiteral("not.found"), tr("The requested resource %1 was not found.").arg(what));
}

bool SimApi::isPurecloudSource(const QString &source)
{
    return source.compare(QLatin1String("purecloud"), Qt::CaseInsensitive) == 0
        || source == SimOrganisation::purecloudSourceId();
}

SimResponse SimApi::users(const SimRequest &request)
{
    SimResponse error;
    int pageSize = 25;
    int pageNumber = 1;
    if (!SimPaging::pageParams(request, &pageSize, &pageNumber, &error))
        return error;
    const QStringList expand = request.queryValues(QStringLiteral("expand"));
    const bool withPresence = expand.contains(QLatin1String("presence"));
    const bool withRouting = expand.contains(QLatin1String("routingStatus"));
    if (!validUsersExpand(expand, &error) || !validIntegrationSource(request, withPresence, pageSize, &error))
        return error;
    const bool withTeam = expand.contains(QLatin1String("team"));
    const QStringList ids = request.queryValues(QStringLiteral("id"));
    if (ids.size() > kMaxUserIds)
        return SimResponse::error(400, QStringLiteral("max.user.ids"),
            tr("No more than %1 user ids may be requested at once.").arg(kMaxUserIds), QStringLiteral("id"));
    QString state = request.queryValue(QStringLiteral("state"));
    if (state.isEmpty())
        state = QStringLiteral("active");
    static const QStringList states {
        QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("deleted"), QStringLiteral("any")};
    if (!states.contains(state))
        return SimResponse::error(400, QStringLiteral("bad.request"),
            tr("Value [%1] is not valid for field [state].").arg(state), QStringLiteral("state"));

    const QList<SimAgent> &all = m_org->users();
    QList<const SimAgent *> selected;
    selected.reserve(all.size());
    if (!ids.isEmpty()) {
        for (const QString &id : ids) {
            const SimAgent *a = m_org->user(id);
            if (a && (state == QLatin1String("any") || a->state == state) && !selected.contains(a))
                selected.append(a);
        }
    } else {
        for (const SimAgent &a : all) {
            if (state == QLatin1String("any") || a.state == state)
                selected.append(&a);
        }
    }
    QByteArray entities = QByteArrayLiteral("{\"entities\":[");
    const qsizetype first = qsizetype(pageNumber - 1) * pageSize;
    for (qsizetype i = first; i < selected.size() && i < first + pageSize; ++i) {
        if (i > first)
            entities += ',';
        entities += m_userJson.user(*m_org, *selected.at(i), withPresence, withRouting, withTeam);
    }
    entities += "],";

    QString extra = queryExtra(QStringLiteral("expand"), expand);
    extra += queryExtra(QStringLiteral("id"), ids);
    if (!request.queryValue(QStringLiteral("state")).isEmpty())
        extra += queryExtra(QStringLiteral("state"), {state});
    const QJsonObject page = SimPaging::paging(request.path, extra, pageSize, pageNumber, int(selected.size()));
    // Splice the cached entities in front of the paging fields of the listing object.
    SimResponse r;
    r.body = entities + QJsonDocument(page).toJson(QJsonDocument::Compact).mid(1);
    return r;
}

SimResponse SimApi::userById(const SimRequest &request, const QString &id) const
{
    const SimAgent *a = m_org->user(id);
    if (!a)
        return notFound(id);
    const QStringList expand = request.queryValues(QStringLiteral("expand"));
    return SimResponse::json(SimJson::user(*m_org, *a, expand.contains(QLatin1String("presence")),
        expand.contains(QLatin1String("routingStatus")), expand.contains(QLatin1String("team"))));
}

QByteArray SimApi::userArray(const QList<const SimAgent *> &users, const SimRequest &request)
{
    const QStringList expand = request.queryValues(QStringLiteral("expand"));
    const bool withPresence = expand.contains(QLatin1String("presence"));
    const bool withRouting = expand.contains(QLatin1String("routingStatus"));
    const bool withTeam = expand.contains(QLatin1String("team"));
    QByteArray out = QByteArrayLiteral("[");
    for (const SimAgent *a : users) {
        if (out.size() > 1)
            out += ',';
        out += m_userJson.user(*m_org, *a, withPresence, withRouting, withTeam);
    }
    return out + ']';
}

SimResponse SimApi::directReports(const SimRequest &request, const QString &id)
{
    if (!m_org->user(id))
        return notFound(id);
    SimResponse r;
    r.body = userArray(m_org->directReports(id), request);
    return r;
}

SimResponse SimApi::superiors(const SimRequest &request, const QString &id)
{
    if (!m_org->user(id))
        return notFound(id);
    SimResponse r;
    r.body = userArray(m_org->superiors(id), request);
    return r;
}

// UserSearchRequest with query criteria of type EXACT, STARTS_WITH or CONTAINS on name, email, username or
// id (values ANDed), active users only; other criteria types are refused rather than guessed.
SimResponse SimApi::searchUsers(const SimRequest &request)
{
    static const QStringList allowed {QStringLiteral("sortOrder"), QStringLiteral("sortBy"), QStringLiteral("pageSize"),
        QStringLiteral("pageNumber"), QStringLiteral("sort"), QStringLiteral("expand"), QStringLiteral("query"),
        QStringLiteral("integrationPresenceSource"), QStringLiteral("enforcePermissions")};
    QJsonObject body;
    SimResponse error;
    if (!SimBody::object(request.body, allowed, &body, &error))
        return error;
    if (!request.hasPermission(kSearchUsers))
        return missingPermission(kSearchUsers);
    const int pageSize = body.value(QStringLiteral("pageSize")).toInt(25);
    const int pageNumber = body.value(QStringLiteral("pageNumber")).toInt(1);
    if (pageSize < 1 || pageSize > kMaxSearchPageSize || pageNumber < 1)
        return SimBody::badRequest(tr("pageSize must be 1 to %1 and pageNumber at least 1.").arg(kMaxSearchPageSize),
            QStringLiteral("pageSize"));
    const QJsonArray query = body.value(QStringLiteral("query")).toArray();
    if (query.isEmpty())
        return SimBody::badRequest(tr("A search needs at least one query criterion."), QStringLiteral("query"));
    static const QStringList fields {
        QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("username"), QStringLiteral("id")};
    static const QStringList types {QStringLiteral("EXACT"), QStringLiteral("STARTS_WITH"), QStringLiteral("CONTAINS")};
    for (const QJsonValue &c : query) {
        const QJsonObject o = c.toObject();
        const QJsonArray f = o.value(QStringLiteral("fields")).toArray();
        bool fieldsOk = !f.isEmpty();
        for (const QJsonValue &v : f)
            fieldsOk = fieldsOk && fields.contains(v.toString());
        if (!c.isObject() || !types.contains(o.value(QStringLiteral("type")).toString()) || !fieldsOk
            || !o.value(QStringLiteral("value")).isString() || o.value(QStringLiteral("value")).toString().isEmpty())
            return SimBody::badRequest(
                tr("Each query criterion needs a type (EXACT, STARTS_WITH, CONTAINS), fields and a value."),
                QStringLiteral("query"));
    }
    auto matches = [&query](const SimAgent &a) {
        for (const QJsonValue &c : query) {
            const QJsonObject o = c.toObject();
            const QString type = o.value(QStringLiteral("type")).toString();
            const QString value = o.value(QStringLiteral("value")).toString();
            bool any = false;
            for (const QJsonValue &f : o.value(QStringLiteral("fields")).toArray()) {
                const QString field = f.toString();
                const QString text = field == QLatin1String("name") ? a.name
                    : field == QLatin1String("email")               ? a.email
                    : field == QLatin1String("username")            ? a.username
                                                                    : a.id;
                any = any
                    || (type == QLatin1String("EXACT")             ? text.compare(value, Qt::CaseInsensitive) == 0
                            : type == QLatin1String("STARTS_WITH") ? text.startsWith(value, Qt::CaseInsensitive)
                                                                   : text.contains(value, Qt::CaseInsensitive));
            }
            if (!any)
                return false;
        }
        return true;
    };
    QList<const SimAgent *> hits;
    for (const SimAgent *a : m_org->everyone()) {
        if (a->state == QLatin1String("active") && matches(*a))
            hits.append(a);
    }
    const qsizetype first = qsizetype(pageNumber - 1) * pageSize;
    QJsonArray results;
    for (qsizetype i = first; i < hits.size() && i < first + pageSize; ++i)
        results.append(SimJson::user(*m_org, *hits.at(i), false, false, false));
    const int total = int(hits.size());
    return SimResponse::json(QJsonObject {{QStringLiteral("total"), total},
        {QStringLiteral("pageCount"), total == 0 ? 0 : (total + pageSize - 1) / pageSize},
        {QStringLiteral("pageSize"), pageSize}, {QStringLiteral("pageNumber"), pageNumber},
        {QStringLiteral("types"), QJsonArray {QStringLiteral("users")}}, {QStringLiteral("results"), results}});
}

SimResponse SimApi::teams(const SimRequest &request) const
{
    if (!request.hasPermission(kViewTeams))
        return missingPermission(kViewTeams);
    const QString name = request.queryValue(QStringLiteral("name"));
    QList<const SimTeam *> selected;
    for (const SimTeam &t : m_org->teams()) {
        if (t.name.startsWith(name, Qt::CaseInsensitive))
            selected.append(&t);
    }
    qsizetype first = 0;
    qsizetype last = 0;
    int pageSize = 25;
    SimResponse error;
    if (!cursorWindow(request, selected.size(), &first, &last, &pageSize, &error))
        return error;
    const bool division = request.queryValue(QStringLiteral("expand")) == QLatin1String("entities.division");
    QJsonArray entities;
    for (qsizetype i = first; i < last; ++i)
        entities.append(SimJson::team(*selected.at(i), division));
    QString extra = name.isEmpty() ? QString() : queryExtra(QStringLiteral("name"), {name});
    return SimResponse::json(cursorListing(request, entities, first, last, selected.size(), pageSize, extra));
}

SimResponse SimApi::teamById(const SimRequest &request, const QString &id) const
{
    if (!request.hasPermission(kViewTeams))
        return missingPermission(kViewTeams);
    const SimTeam *t = m_org->team(id);
    if (!t)
        return notFound(id);
    return SimResponse::json(
        SimJson::team(*t, request.queryValue(QStringLiteral("expand")) == QLatin1String("entities.division")));
}

SimResponse SimApi::teamMembers(const SimRequest &request, const QString &id) const
{
    if (!request.hasPermission(kViewTeams))
        return missingPermission(kViewTeams);
    const SimTeam *t = m_org->team(id);
    if (!t)
        return notFound(id);
    qsizetype first = 0;
    qsizetype last = 0;
    int pageSize = 25;
    SimResponse error;
    if (!cursorWindow(request, t->memberIds.size(), &first, &last, &pageSize, &error))
        return error;
    // Names only with expand=entities, as the definition says.
    const bool names = request.queryValue(QStringLiteral("expand")) == QLatin1String("entities");
    QJsonArray entities;
    for (qsizetype i = first; i < last; ++i) {
        const QString &memberId = t->memberIds.at(i);
        QJsonObject member {{QStringLiteral("id"), memberId},
            {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/users/") + memberId)}};
        if (const SimAgent *a = names ? m_org->user(memberId) : nullptr)
            member.insert(QStringLiteral("name"), a->name);
        entities.append(member);
    }
    const QString extra = names ? QStringLiteral("&expand=entities") : QString();
    return SimResponse::json(cursorListing(request, entities, first, last, t->memberIds.size(), pageSize, extra));
}

SimResponse SimApi::me(const SimRequest &request) const
{
    if (request.userId.isEmpty())
        return SimResponse::error(400, QStringLiteral("bad.request"),
            tr("This request requires a user context. Client credentials cannot be used for "
               "requests to this resource."));
    return userById(request, request.userId);
}

// The locale codes GET /api/v2/presence/definitions takes (its definition's enum); anything else is
// refused. Without one the labels come in en_US only (what Genesys returns then is not documented:
// the strictest reading, so that a client must ask for the lead's language).
bool SimApi::readLocaleCode(const SimRequest &request, QString *localeCode, SimResponse *error)
{
    static const QStringList known {QStringLiteral("ALL"), QStringLiteral("he"), QStringLiteral("fr"),
        QStringLiteral("en_US"), QStringLiteral("da"), QStringLiteral("de"), QStringLiteral("it"), QStringLiteral("cs"),
        QStringLiteral("es"), QStringLiteral("fi"), QStringLiteral("ar"), QStringLiteral("ja"), QStringLiteral("ko"),
        QStringLiteral("nl"), QStringLiteral("no"), QStringLiteral("pl"), QStringLiteral("pt_BR"),
        QStringLiteral("pt_PT"), QStringLiteral("ru"), QStringLiteral("sv"), QStringLiteral("th"), QStringLiteral("tr"),
        QStringLiteral("uk"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
    *localeCode = request.queryValue(QStringLiteral("localeCode"));
    if (localeCode->isEmpty() || known.contains(*localeCode))
        return true;
    *error = SimBody::badRequest(
        tr("localeCode %1 is not a supported locale.").arg(*localeCode), QStringLiteral("localeCode"));
    return false;
}

SimResponse SimApi::presenceDefinitions(const SimRequest &request) const
{
    if (!request.hasPermission(QStringLiteral("presence:presenceDefinition:view")))
        return missingPermission(QStringLiteral("presence:presenceDefinition:view"));
    QString localeCode;
    SimResponse error;
    if (!readLocaleCode(request, &localeCode, &error))
        return error;
    QJsonArray entities;
    for (const SimPresenceDefinition &d : m_org->definitions())
        entities.append(SimJson::organizationPresenceDefinition(d, localeCode));
    return SimResponse::json(QJsonObject {{QStringLiteral("total"), int(entities.size())},
        {QStringLiteral("entities"), entities}, {QStringLiteral("selfUri"), request.path}});
}

SimResponse SimApi::presenceDefinition(const QString &id, bool deprecatedShape) const
{
    const SimPresenceDefinition *d = m_org->definition(id);
    if (!d)
        return notFound(id);
    return SimResponse::json(
        deprecatedShape ? SimJson::organizationPresence(*d) : SimJson::organizationPresenceDefinition(*d));
}

SimResponse SimApi::legacyPresenceDefinitions(const SimRequest &request) const
{
    SimResponse error;
    int pageSize = 25;
    int pageNumber = 1;
    if (!SimPaging::pageParams(request, &pageSize, &pageNumber, &error))
        return error;
    // The legacy listing documents no list of codes: an unknown one gives no labels.
    const QString localeCode = request.queryValue(QStringLiteral("localeCode"));
    const QList<SimPresenceDefinition> &all = m_org->definitions();
    QJsonArray entities;
    const qsizetype first = qsizetype(pageNumber - 1) * pageSize;
    for (qsizetype i = first; i < all.size() && i < first + pageSize; ++i)
        entities.append(SimJson::organizationPresence(all.at(i), localeCode));
    QJsonObject out = SimPaging::paging(request.path, QString(), pageSize, pageNumber, int(all.size()));
    out.insert(QStringLiteral("entities"), entities);
    SimResponse r = SimResponse::json(out);
    r.setHeader("Deprecation", "true");
    return r;
}

SimResponse SimApi::systemPresences() const
{
    QJsonArray out;
    for (const SimPresenceDefinition &d : m_org->definitions()) {
        if (d.system)
            out.append(QJsonObject {{QStringLiteral("id"), d.systemPresence}, {QStringLiteral("name"), d.name()},
                {QStringLiteral("selfUri"), QString(QStringLiteral("/api/v2/systempresences/") + d.systemPresence)}});
    }
    return SimResponse::json(out);
}

SimResponse SimApi::getPresence(const QString &userId, const QString &source) const
{
    const SimAgent *a = m_org->user(userId);
    if (!a)
        return notFound(userId);
    if (!isPurecloudSource(source))
        return notFound(source);
    return SimResponse::json(SimJson::userPresence(*m_org, *a));
}

bool SimApi::readPresenceBody(
    const QJsonObject &body, QString *definitionId, std::optional<QString> *message, SimResponse *error) const
{
    definitionId->clear();
    message->reset();
    const QJsonValue def = body.value(QStringLiteral("presenceDefinition"));
    if (!def.isUndefined() && !def.isNull()) {
        if (!def.isObject() || !def.toObject().value(QStringLiteral("id")).isString()) {
            *error = SimBody::badRequest(
                tr("presenceDefinition must be an object with a string id."), QStringLiteral("presenceDefinition.id"));
            return false;
        }
        *definitionId = def.toObject().value(QStringLiteral("id")).toString();
        if (!m_org->definition(*definitionId)) {
            *error = SimBody::badRequest(tr("The presence definition %1 does not exist.").arg(*definitionId),
                QStringLiteral("presenceDefinition.id"));
            return false;
        }
    }
    const QJsonValue msg = body.value(QStringLiteral("message"));
    if (!msg.isUndefined() && !msg.isNull()) {
        if (!msg.isString()) {
            *error = SimBody::badRequest(tr("message must be a string."), QStringLiteral("message"));
            return false;
        }
        *message = msg.toString();
    }
    const QJsonValue primary = body.value(QStringLiteral("primary"));
    if (!primary.isUndefined() && !primary.isBool()) {
        *error = SimBody::badRequest(tr("primary must be a boolean."), QStringLiteral("primary"));
        return false;
    }
    if (definitionId->isEmpty() && !message->has_value() && primary.isUndefined()) {
        *error = SimBody::badRequest(tr("Give a presenceDefinition, a message or primary."));
        return false;
    }
    return true;
}

SimResponse SimApi::patchPresence(const SimRequest &request, const QString &userId, const QString &source)
{
    if (!m_org->user(userId))
        return notFound(userId);
    if (!isPurecloudSource(source))
        return notFound(source);
    static const QStringList allowed {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("source"),
        QStringLiteral("sourceId"), QStringLiteral("primary"), QStringLiteral("presenceDefinition"),
        QStringLiteral("message"), QStringLiteral("modifiedDate"), QStringLiteral("selfUri"),
        QStringLiteral("futurePresenceDefinition")};
    QJsonObject body;
    SimResponse error;
    QString definitionId;
    std::optional<QString> message;
    if (!SimBody::object(request.body, allowed, &body, &error)
        || !readPresenceBody(body, &definitionId, &message, &error))
        return error;
    if (!mayEditPresence(request, userId))
        return missingPermission(kEditPresence);
    const QString failure = m_org->setPresence(userId, definitionId, message, actor(request));
    if (!failure.isEmpty())
        return SimBody::badRequest(failure);
    return SimResponse::json(SimJson::userPresence(*m_org, *m_org->user(userId)));
}

SimResponse SimApi::bulkPresence(const SimRequest &request) const
{
    const QStringList ids = request.queryValues(QStringLiteral("id"));
    if (ids.isEmpty() || ids.size() > kMaxBulkIds)
        return SimResponse::error(400, QStringLiteral("bad.request"),
            tr("Give between 1 and %1 user ids.").arg(kMaxBulkIds), QStringLiteral("id"));
    QJsonArray out;
    for (const QString &id : ids) {
        if (const SimAgent *a = m_org->user(id))
            out.append(SimJson::ucUserPresence(*m_org, *a));
    }
    return SimResponse::json(out);
}

SimResponse SimApi::putBulkPresence(const SimRequest &request)
{
    QJsonArray items;
    SimResponse error;
    if (!SimBody::array(request.body, &items, &error))
        return error;
    if (items.isEmpty() || items.size() > kMaxBulkIds)
        return SimBody::badRequest(tr("Give between 1 and %1 presences.").arg(kMaxBulkIds));
    if (!request.hasPermission(kEditPresence))
        return missingPermission(kEditPresence);
    // MutableUserPresence: every field of the definition is accepted (read-only ones ignored), as on the PATCH.
    static const QStringList allowed {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("source"),
        QStringLiteral("sourceId"), QStringLiteral("primary"), QStringLiteral("presenceDefinition"),
        QStringLiteral("futurePresenceDefinition"), QStringLiteral("message"), QStringLiteral("modifiedDate"),
        QStringLiteral("selfUri")};
    struct Change
    {
        QString userId;
        QString definitionId;
        std::optional<QString> message;
    };
    QList<Change> changes;
    for (const QJsonValue &v : std::as_const(items)) {
        const QJsonObject item = v.toObject();
        Change c;
        if (!v.isObject() || !SimBody::keysAllowed(item, allowed, &error)
            || !SimBody::string(item, QStringLiteral("id"), true, false, &c.userId, &error)
            || !readPresenceBody(item, &c.definitionId, &c.message, &error))
            return error.status == 200 ? SimBody::badRequest(tr("Each item must be an object.")) : error;
        if (!m_org->user(c.userId))
            return SimBody::badRequest(tr("The user %1 does not exist.").arg(c.userId), QStringLiteral("id"));
        // Per-entry failure is not documented: an entry that cannot be applied refuses the whole array.
        if (!c.definitionId.isEmpty() && !m_org->definition(c.definitionId))
            return SimBody::badRequest(tr("The presence definition %1 does not exist.").arg(c.definitionId),
                QStringLiteral("presenceDefinition.id"));
        changes.append(c);
    }
    QJsonArray out;
    for (const Change &c : std::as_const(changes)) {
        m_org->setPresence(c.userId, c.definitionId, c.message, actor(request));
        out.append(SimJson::userPresence(*m_org, *m_org->user(c.userId)));
    }
    return SimResponse::json(out);
}

SimResponse SimApi::getRoutingStatus(const QString &userId) const
{
    const SimAgent *a = m_org->user(userId);
    if (!a) {
        // Genesys answers OFF_QUEUE for a user that does not exist.
        SimAgent unknown;
        unknown.id = userId;
        unknown.routingStart = m_clock->now();
        return SimResponse::json(SimJson::routingStatus(unknown));
    }
    return SimResponse::json(SimJson::routingStatus(*a));
}

SimResponse SimApi::putRoutingStatus(const SimRequest &request, const QString &userId)
{
    if (!m_org->user(userId))
        return notFound(userId);
    QJsonObject body;
    SimResponse error;
    QString status;
    static const QStringList allowed {QStringLiteral("userId"), QStringLiteral("status"), QStringLiteral("startTime")};
    if (!SimBody::object(request.body, allowed, &body, &error)
        || !SimBody::string(body, QStringLiteral("status"), true, false, &status, &error))
        return error;
    static const QStringList known {QStringLiteral("OFF_QUEUE"), QStringLiteral("IDLE"), QStringLiteral("INTERACTING"),
        QStringLiteral("NOT_RESPONDING"), QStringLiteral("COMMUNICATING")};
    if (!known.contains(status))
        return SimBody::badRequest(
            tr("Value [%1] is not valid for field [status].").arg(status), QStringLiteral("status"));
    if (!mayEditPresence(request, userId))
        return missingPermission(kEditPresence);
    const QString failure = m_org->setRoutingStatus(userId, status, actor(request));
    if (!failure.isEmpty())
        return SimResponse::error(400, QStringLiteral("general.bad.request"), failure, QStringLiteral("status"));
    return SimResponse::json(SimJson::routingStatus(*m_org->user(userId)));
}

SimResponse SimApi::statuses() const
{
    QJsonArray entities;
    for (const SimPresenceDefinition &d : m_org->definitions()) {
        if (d.system)
            entities.append(QJsonObject {{QStringLiteral("id"), d.systemPresence}, {QStringLiteral("name"), d.name()}});
    }
    return SimResponse::json(
        QJsonObject {{QStringLiteral("entities"), entities}, {QStringLiteral("total"), int(entities.size())}});
}

SimResponse SimApi::reasons() const
{
    QJsonArray entities;
    for (const QString &reason : SimOrganisation::reasons())
        entities.append(QJsonObject {{QStringLiteral("id"), reason}, {QStringLiteral("name"), reason}});
    return SimResponse::json(
        QJsonObject {{QStringLiteral("entities"), entities}, {QStringLiteral("total"), int(entities.size())}});
}

SimResponse SimApi::getStatus(const QString &userId) const
{
    const SimAgent *a = m_org->user(userId);
    if (!a)
        return notFound(userId);
    SimResponse r = SimResponse::json(SimJson::status(*m_org, *a));
    r.setHeader("ETag", a->etag().toUtf8());
    return r;
}

SimResponse SimApi::putStatus(const SimRequest &request, const QString &userId)
{
    const SimAgent *a = m_org->user(userId);
    if (!a)
        return notFound(userId);
    static const QStringList allowed {QStringLiteral("status"), QStringLiteral("reason"), QStringLiteral("wrapupCode"),
        QStringLiteral("id"), QStringLiteral("etag")};
    QJsonObject body;
    SimResponse error;
    QString status;
    QString reason;
    QString wrapup;
    if (!SimBody::object(request.body, allowed, &body, &error)
        || !SimBody::string(body, QStringLiteral("status"), true, false, &status, &error)
        || !SimBody::string(body, QStringLiteral("reason"), false, true, &reason, &error)
        || !SimBody::string(body, QStringLiteral("wrapupCode"), false, true, &wrapup, &error))
        return error;
    if (!SimOrganisation::systemPresences().contains(status))
        return SimResponse::error(
            400, QStringLiteral("invalid.value"), tr("Unknown status %1.").arg(status), QStringLiteral("status"));
    if (!reason.isEmpty() && !SimOrganisation::reasons().contains(reason))
        return SimResponse::error(
            400, QStringLiteral("invalid.value"), tr("Unknown reason %1.").arg(reason), QStringLiteral("reason"));
    if (!mayEditPresence(request, userId))
        return missingPermission(kEditPresence);
    const QByteArray ifMatch = request.header("If-Match").trimmed();
    if (ifMatch.isEmpty())
        return SimResponse::error(428, QStringLiteral("precondition.required"),
            tr("An If-Match header with the agent's current ETag is required."));
    QByteArray given = ifMatch.startsWith("W/") ? ifMatch.mid(2) : ifMatch;
    if (!given.startsWith('"'))
        given = '"' + given + '"';
    if (ifMatch != "*" && QString::fromUtf8(given) != a->etag()) {
        SimResponse conflict = SimResponse::error(
            409, QStringLiteral("general.conflict"), tr("The agent changed since the given ETag; read it again."));
        conflict.setHeader("ETag", a->etag().toUtf8());
        return conflict;
    }
    m_org->setStatus(userId, status, reason, wrapup, actor(request));
    return getStatus(userId);
}

SimResponse SimApi::availableTopics() const
{
    QJsonArray entities;
    const QStringList topics {QStringLiteral("v2.users.{id}.presence"), QStringLiteral("v2.users.{id}.routingStatus"),
        QStringLiteral("v2.users.{id}.activity")};
    for (const QString &topic : topics)
        entities.append(QJsonObject {{QStringLiteral("id"), topic},
            {QStringLiteral("requiresPermissions"),
                QJsonArray::fromStringList(SimNotificationHub::requiredPermissions(topic))},
            {QStringLiteral("requiresCurrentUser"), false},
            {QStringLiteral("transports"), QJsonArray {QStringLiteral("Websocket")}},
            {QStringLiteral("visibility"), QStringLiteral("Public")}});
    return SimResponse::json(QJsonObject {{QStringLiteral("entities"), entities}});
}
