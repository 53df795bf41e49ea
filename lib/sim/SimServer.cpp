// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimServer.h"

#include "core/Clock.h"
#include "core/ManualClock.h"
#include "sim/HttpFrontend.h"
#include "sim/SimAdherence.h"
#include "sim/SimApi.h"
#include "sim/SimAuth.h"
#include "sim/SimBody.h"
#include "sim/SimCompetitor.h"
#include "sim/SimFaults.h"
#include "sim/SimLogging.h"
#include "sim/SimNotificationHub.h"
#include "sim/SimOrganisation.h"
#include "sim/SimQueueApi.h"
#include "sim/SimRateLimiter.h"
#include "sim/SimWebhookSink.h"

#include <QJsonDocument>
#include <QUuid>

SimServer::SimServer(const SimConfig &config, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(Clock::orSystem(clock))
    , m_frontend(new HttpFrontend(m_clock, this))
    , m_org(new SimOrganisation(config.agents, config.seed, config.demoSupervisorName, m_clock, this))
    , m_auth(new SimAuth(config, m_org->supervisorId(), m_clock, this))
    , m_hub(new SimNotificationHub(m_org, config.heartbeatSeconds, m_clock, this))
    , m_sink(new SimWebhookSink(m_clock, this))
    , m_competitor(new SimCompetitor(m_org, config.seed, config.competitorPerMinute, m_clock, this))
    , m_limiter(std::make_unique<SimRateLimiter>(config.rateLimitPerMinute, m_clock))
    , m_faults(std::make_unique<SimFaults>(config))
    , m_api(std::make_unique<SimApi>(m_org, m_hub, m_clock))
    , m_queueApi(std::make_unique<SimQueueApi>(m_org, m_clock, config.queueApplyDelayMs))
    , m_adherence(new SimAdherence(m_org, m_clock, this))
{
    m_frontend->setHandler([this](const SimRequest &request) { return handle(request); });
    connect(m_frontend, &HttpFrontend::webSocketOpened, m_hub, &SimNotificationHub::attach);
    connect(m_auth, &SimAuth::tokensRevoked, m_hub, &SimNotificationHub::closeChannelsOfTokens);
    connect(m_sink, &SimWebhookSink::delivered, this, &SimServer::webhookDelivered);
    connect(m_hub, &SimNotificationHub::socketAttached, this, &SimServer::notificationSocketAttached);
    m_router.add("POST", QStringLiteral("/oauth/token"),
        [this](const SimRequest &r, const QStringList &) { return m_auth->token(r); });
    m_router.add("GET", QStringLiteral("/oauth/authorize"),
        [this](const SimRequest &r, const QStringList &) { return m_auth->authorize(r); });
    m_api->registerRoutes(m_router);
    m_queueApi->registerRoutes(m_router);
    m_adherence->registerRoutes(m_router);
    registerControlRoutes();
}

SimServer::~SimServer()
{
    m_frontend->releaseStalled();
}

quint16 SimServer::listen(quint16 port)
{
    m_port = m_frontend->listenLocal(port);
    if (m_port == 0) {
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port;
        return 0;
    }
    m_hub->setWebSocketBase(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
    qCDebug(lcSim) << "listening on" << baseUrl().toString() << "with" << m_config.agents << "agents";
    return m_port;
}

QUrl SimServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

SimResponse SimServer::handle(SimRequest request)
{
    request.correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    SimResponse response = dispatch(request);
    finish(response, request);
    count(request, response);
    return response;
}

SimResponse SimServer::dispatch(SimRequest &request)
{
    if (request.body.size() > m_config.maxBodyBytes)
        return SimBody::badRequest(tr("The request body exceeds the limit of %1 bytes.").arg(m_config.maxBodyBytes));

    const bool api = request.path.startsWith(QLatin1String("/api/"));
    const bool genesys = api || request.path.startsWith(QLatin1String("/oauth/"));
    int latency = 0;
    std::optional<SimResponse> fault;
    bool applyFirst = false;
    if (genesys) {
        latency = m_faults->latencyMs();
        fault = m_faults->intercept(request, &applyFirst);
        if (fault && !applyFirst) {
            fault->delayMs += latency;
            return *fault;
        }
    }
    SimResponse response = route(request, api);
    if (fault) // carried out; only the answer is lost, late or replaced
        response = SimFaults::afterApplying(*fault, response);
    response.delayMs += latency;
    return response;
}

SimResponse SimServer::route(SimRequest &request, bool api)
{
    SimRouter::Handler handler;
    QStringList args;
    const SimRouter::Match match = m_router.find(request.method, request.path, &handler, &args);
    SimResponse response;
    if (match == SimRouter::Match::NotFound) {
        response = SimResponse::error(
            404, QStringLiteral("not.found"), tr("The requested resource %1 was not found.").arg(request.path));
    } else if (match == SimRouter::Match::WrongMethod) {
        response = SimResponse::error(405, QStringLiteral("method.not.allowed"),
            tr("The method %1 is not allowed on %2.").arg(QString::fromLatin1(request.method), request.path));
    } else if (api) {
        SimResponse error;
        const SimToken *token = m_auth->authenticate(request, &error);
        if (!token) {
            response = error;
        } else if (const int retryAfter = m_limiter->take(rateKey(*token))) {
            response = SimResponse::error(429, QStringLiteral("too.many.requests.retry.after"),
                tr("Rate limit exceeded the maximum [%1] requests within [60] seconds").arg(m_limiter->limit()));
            response.setHeader("Retry-After", QByteArray::number(retryAfter));
        } else {
            request.token = token->value;
            request.tokenExpires = token->expires;
            request.clientId = token->clientId;
            request.userId = token->userId;
            request.permissions = token->permissions;
            response = handler(request, args);
        }
    } else {
        response = handler(request, args);
    }
    return response;
}

// Genesys counts a client-credentials token's requests per token, a signed-in user's per user and OAuth
// client (org.app.user.rate.per.minute): a renewed sign-in keeps the same budget.
QString SimServer::rateKey(const SimToken &token)
{
    if (token.userId.isEmpty())
        return QStringLiteral("token:") + token.value;
    return QStringLiteral("user:") + token.clientId + QLatin1Char('/') + token.userId;
}

void SimServer::finish(SimResponse &response, const SimRequest &request) const
{
    response.setHeader("ININ-Correlation-Id", request.correlationId.toLatin1());
    if (response.status >= 400 && response.contentType == "application/json" && response.body.startsWith('{')) {
        QJsonObject body = QJsonDocument::fromJson(response.body).object();
        if (body.contains(QStringLiteral("code")) && !body.contains(QStringLiteral("contextId"))) {
            body.insert(QStringLiteral("contextId"), request.correlationId);
            response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
    }
    qCDebug(lcSim) << request.method << request.path << response.status;
}

void SimServer::count(const SimRequest &request, const SimResponse &response)
{
    if (!request.path.startsWith(QLatin1String("/api/")) && request.path != QLatin1String("/oauth/token"))
        return;
    ++m_requestsServed;
    ++m_requestsByPath[QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path];
    if (response.status == 429)
        ++m_answered429;
}

void SimServer::resetCounters()
{
    m_requestsServed = 0;
    m_answered429 = 0;
    m_requestsByPath.clear();
}

QJsonObject SimServer::requestsByPath() const
{
    QJsonObject out;
    for (auto it = m_requestsByPath.cbegin(); it != m_requestsByPath.cend(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

void SimServer::registerControlRoutes()
{
    using Args = const QStringList &;
    auto ok = [](const QJsonObject &extra = QJsonObject()) {
        QJsonObject out = extra;
        out.insert(QStringLiteral("ok"), true);
        return SimResponse::json(out);
    };
    auto readObject = [](const SimRequest &r, QJsonObject *out, SimResponse *error) {
        if (r.body.trimmed().isEmpty()) {
            *out = QJsonObject();
            return true;
        }
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            *error = SimBody::badRequest(tr("The control request body must be a JSON object."));
            return false;
        }
        *out = doc.object();
        return true;
    };

    m_router.add("GET", QStringLiteral("/sim/state"), [this](const SimRequest &, Args) {
        return SimResponse::json(QJsonObject {{QStringLiteral("agents"), m_config.agents},
            {QStringLiteral("seed"), qint64(m_config.seed)}, {QStringLiteral("port"), m_port},
            {QStringLiteral("competitorPerMinute"), m_competitor->rate()},
            {QStringLiteral("failRate"), m_faults->failRate()},
            {QStringLiteral("rateLimitPerMinute"), m_limiter->limit()},
            {QStringLiteral("connectedSockets"), m_hub->connectedSockets()},
            {QStringLiteral("supervisorId"), m_org->supervisorId()},
            {QStringLiteral("competitorId"), m_org->competitorId()}, {QStringLiteral("faults"), m_faults->scripts()},
            {QStringLiteral("heartbeatsStopped"), m_hub->heartbeatsStopped()},
            {QStringLiteral("now"), m_clock->now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("requestsServed"), m_requestsServed}, {QStringLiteral("answered429"), m_answered429},
            {QStringLiteral("requestsByPath"), requestsByPath()}});
    });
    m_router.add("POST", QStringLiteral("/sim/counters/reset"), [this, ok](const SimRequest &, Args) {
        resetCounters();
        return ok();
    });
    m_router.add("POST", QStringLiteral("/sim/faults"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        const QString path = body.value(QStringLiteral("path")).toString();
        const int status = body.value(QStringLiteral("status")).toInt(0);
        const bool drop = body.value(QStringLiteral("drop")).toBool(false);
        const bool apply = body.value(QStringLiteral("apply")).toBool(false);
        const bool realAnswer = apply && !drop && status == 0; // apply, then the real answer delayMs late
        if (path.isEmpty() || (!drop && !realAnswer && (status < 100 || status > 599)))
            return SimBody::badRequest(
                tr("Give a path and a status between 100 and 599, or drop: true (with apply: true, no status "
                   "means the real answer)."));
        m_faults->script(body.value(QStringLiteral("method")).toString().toLatin1(), path, status,
            body.value(QStringLiteral("count")).toInt(1), drop, body.value(QStringLiteral("delayMs")).toInt(0), apply);
        return ok();
    });
    m_router.add("PUT", QStringLiteral("/sim/heartbeats"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        if (!body.value(QStringLiteral("stopped")).isBool())
            return SimBody::badRequest(tr("Give stopped: true or false."));
        setHeartbeatsStopped(body.value(QStringLiteral("stopped")).toBool());
        return ok({{QStringLiteral("stopped"), m_hub->heartbeatsStopped()}});
    });
    auto clockJson = [this] {
        return QJsonObject {{QStringLiteral("now"), m_clock->now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("monotonicMs"), double(m_clock->monotonicMs())},
            {QStringLiteral("movable"), qobject_cast<ManualClock *>(m_clock) != nullptr}};
    };
    m_router.add("GET", QStringLiteral("/sim/clock"),
        [clockJson](const SimRequest &, Args) { return SimResponse::json(clockJson()); });
    m_router.add("PUT", QStringLiteral("/sim/clock"), [this, readObject, clockJson](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        qint64 ms = -1;
        if (body.value(QStringLiteral("advanceMs")).isDouble()) {
            ms = qint64(body.value(QStringLiteral("advanceMs")).toDouble());
        } else if (body.value(QStringLiteral("to")).isString()) {
            const QDateTime to = QDateTime::fromString(body.value(QStringLiteral("to")).toString(), Qt::ISODateWithMs);
            if (to.isValid())
                ms = m_clock->now().msecsTo(to);
        }
        if (ms < 0)
            return SimBody::badRequest(tr(
                "Give advanceMs (0 or more) or to (an ISO 8601 time not before now): the clock only moves forward."));
        if (!advanceClock(ms))
            return SimResponse::error(409, QStringLiteral("clock.not.movable"),
                tr("The simulator runs on the system clock; start it with --movable-clock."));
        return SimResponse::json(clockJson());
    });
    m_router.add("GET", QStringLiteral("/sim/faults"),
        [this](const SimRequest &, Args) { return SimResponse::json(m_faults->scripts()); });
    m_router.add("DELETE", QStringLiteral("/sim/faults"), [this, ok](const SimRequest &, Args) {
        m_faults->clearScripts();
        return ok();
    });
    m_router.add("PUT", QStringLiteral("/sim/latency"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        setLatency(body.value(QStringLiteral("minMs")).toInt(), body.value(QStringLiteral("maxMs")).toInt());
        return ok();
    });
    m_router.add("PUT", QStringLiteral("/sim/fail-rate"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        setFailRate(body.value(QStringLiteral("fraction")).toDouble());
        return ok();
    });
    m_router.add("PUT", QStringLiteral("/sim/rate-limit"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        setRateLimit(body.value(QStringLiteral("perMinute")).toInt(m_limiter->limit()));
        return ok();
    });
    m_router.add("PUT", QStringLiteral("/sim/token-ttl"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        setTokenTtl(body.value(QStringLiteral("seconds")).toInt(m_config.tokenTtlSeconds));
        return ok();
    });
    m_router.add("POST", QStringLiteral("/sim/tokens/revoke"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        const QString token = body.value(QStringLiteral("token")).toString();
        const int revoked = token.isEmpty() ? revokeAllTokens() : (m_auth->revoke(token) ? 1 : 0);
        return ok({{QStringLiteral("revoked"), revoked}});
    });
    m_router.add("POST", QStringLiteral("/sim/sockets/close"), [this, ok](const SimRequest &, Args) {
        return ok({{QStringLiteral("closed"), closeAllSockets()}});
    });
    m_router.add("POST", QStringLiteral("/sim/sockets/closing"), [this, ok](const SimRequest &, Args) {
        return ok({{QStringLiteral("notified"), sendSocketClosing()}});
    });
    m_router.add("PUT", QStringLiteral("/sim/competitor"), [this, readObject, ok](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        setCompetitorRate(body.value(QStringLiteral("perMinute")).toDouble());
        return ok();
    });
    m_router.add("POST", QStringLiteral("/sim/competitor/change"), [this, readObject](const SimRequest &r, Args) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        const QString changed = changeAgentAsCompetitor(body.value(QStringLiteral("userId")).toString());
        if (changed.isEmpty())
            return SimResponse::error(404, QStringLiteral("not.found"), tr("No such agent."));
        return SimResponse::json(QJsonObject {{QStringLiteral("userId"), changed}});
    });

    const QString sink = QStringLiteral("/sim/webhooks/{}");
    m_router.add("POST", sink, [this](const SimRequest &r, Args a) { return m_sink->deliver(a.at(0), r); });
    m_router.add("PUT", sink, [this](const SimRequest &r, Args a) { return m_sink->deliver(a.at(0), r); });
    m_router.add(
        "GET", sink, [this](const SimRequest &, Args a) { return SimResponse::json(m_sink->deliveries(a.at(0))); });
    m_router.add("DELETE", sink, [this](const SimRequest &, Args a) {
        m_sink->clear(a.at(0));
        return SimResponse::noContent();
    });
    m_router.add("POST", sink + QStringLiteral("/fail"), [this, readObject, ok](const SimRequest &r, Args a) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        const int status = body.value(QStringLiteral("status")).toInt(500);
        if (status < 100 || status > 599)
            return SimBody::badRequest(tr("status must be between 100 and 599."));
        m_sink->failNext(a.at(0), status, body.value(QStringLiteral("count")).toInt(1));
        return ok();
    });
    m_router.add("POST", sink + QStringLiteral("/stall"), [this, readObject, ok](const SimRequest &r, Args a) {
        QJsonObject body;
        SimResponse error;
        if (!readObject(r, &body, &error))
            return error;
        m_sink->failNext(a.at(0), 0, body.value(QStringLiteral("count")).toInt(1));
        return ok();
    });
}

QString SimServer::changeAgentAsCompetitor(const QString &userId)
{
    return m_competitor->changeAgent(userId);
}

void SimServer::setCompetitorRate(double perMinute)
{
    m_competitor->setRate(perMinute);
}

int SimServer::revokeAllTokens()
{
    return m_auth->revokeAll();
}

int SimServer::closeAllSockets()
{
    return m_hub->closeAllSockets();
}

int SimServer::sendSocketClosing()
{
    return m_hub->sendSocketClosing();
}

void SimServer::failNext(const QByteArray &method, const QString &path, int status, int count)
{
    m_faults->script(method, path, status, count, false, 0);
}

void SimServer::dropNext(const QByteArray &method, const QString &path, int count)
{
    m_faults->script(method, path, 0, count, true, 0);
}

void SimServer::failAfterApplying(
    const QByteArray &method, const QString &path, int status, int count, bool drop, int delayMs)
{
    m_faults->script(method, path, status, count, drop, delayMs, true);
}

void SimServer::clearFaults()
{
    m_faults->clearScripts();
}

void SimServer::setHeartbeatsStopped(bool stopped)
{
    m_hub->setHeartbeatsStopped(stopped);
}

bool SimServer::advanceClock(qint64 milliseconds)
{
    auto *manual = qobject_cast<ManualClock *>(m_clock);
    if (!manual || milliseconds < 0)
        return false;
    manual->advance(milliseconds);
    return true;
}

void SimServer::setLatency(int minMs, int maxMs)
{
    m_faults->setLatency(minMs, maxMs);
}

void SimServer::setFailRate(double fraction)
{
    m_faults->setFailRate(fraction);
}

void SimServer::setRateLimit(int perMinute)
{
    m_limiter->setLimit(perMinute);
}

void SimServer::setTokenTtl(int seconds)
{
    m_auth->setTokenTtl(seconds);
}

void SimServer::setQueueApplyDelay(int milliseconds)
{
    m_queueApi->setApplyDelay(milliseconds);
}

void SimServer::failWebhooks(const QString &name, int status, int count)
{
    m_sink->failNext(name, status, count);
}

QJsonArray SimServer::webhookDeliveries(const QString &name) const
{
    return m_sink->deliveries(name);
}

int SimServer::connectedSockets() const
{
    return m_hub->connectedSockets();
}
