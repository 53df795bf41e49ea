// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimNotificationHub.h"

#include "core/Clock.h"
#include "sim/SimJson.h"
#include "sim/SimLogging.h"
#include "sim/SimOrganisation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QWebSocket>

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray envelope(const QString &topic, const QJsonObject &body)
{
    const QJsonObject event {{QStringLiteral("topicName"), topic}, {QStringLiteral("version"), QStringLiteral("2")},
        {QStringLiteral("eventBody"), body},
        {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("CorrelationId"), newId()}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

} // namespace

SimNotificationHub::SimNotificationHub(SimOrganisation *org, int heartbeatSeconds, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_org(org)
    , m_clock(Clock::orSystem(clock))
    , m_heartbeat(m_clock)
    , m_expiry(m_clock)
{
    connect(m_org, &SimOrganisation::agentChanged, this, &SimNotificationHub::publish);
    m_heartbeat.setInterval(qMax(1, heartbeatSeconds) * 1000);
    connect(&m_heartbeat, &ClockTimer::timeout, this, &SimNotificationHub::sendHeartbeats);
    m_heartbeat.start();
    m_expiry.setInterval(1000);
    connect(&m_expiry, &ClockTimer::timeout, this, &SimNotificationHub::removeExpiredChannels);
    m_expiry.start();
}

SimNotificationHub::~SimNotificationHub() = default;

QJsonObject SimNotificationHub::channelJson(const Channel &channel)
{
    return {{QStringLiteral("id"), channel.id}, {QStringLiteral("connectUri"), QString()},
        {QStringLiteral("expires"), SimJson::date(channel.expires)}};
}

QString SimNotificationHub::ownerOf(const QString &clientId, const QString &userId)
{
    return userId.isEmpty() ? clientId : clientId + QLatin1Char('/') + userId;
}

SimResponse SimNotificationHub::createChannel(
    const QString &owner, const QString &clientId, const QString &token, const QDateTime &tokenExpires)
{
    QList<const Channel *> mine;
    for (const Channel &c : std::as_const(m_channels)) {
        if (c.owner == owner)
            mine.append(&c);
    }
    if (mine.size() >= kMaxChannelsPerClient) {
        // Like Genesys: the 21st channel evicts the least recently used, unconnected ones first.
        const Channel *victim = *std::min_element(mine.cbegin(), mine.cend(), [](const Channel *a, const Channel *b) {
            const bool aLive = a->socket != nullptr;
            const bool bLive = b->socket != nullptr;
            return aLive != bLive ? !aLive : a->lastUsed < b->lastUsed;
        });
        removeChannel(QString(victim->id)); // a copy: the id lives in the entry being removed
    }
    Channel c;
    c.id = newId();
    c.owner = owner;
    c.clientId = clientId;
    c.token = token;
    c.tokenExpires = tokenExpires;
    c.expires = m_clock->now().addSecs(kChannelLifetimeSeconds);
    c.lastUsed = ++m_useCounter;
    m_channels.insert(c.id, c);
    QJsonObject out = channelJson(c);
    out.insert(QStringLiteral("connectUri"), QString(m_wsBase + QStringLiteral("/channels/") + c.id));
    return SimResponse::json(out);
}

SimResponse SimNotificationHub::listChannels(const QString &owner) const
{
    QJsonArray entities;
    for (const Channel &c : m_channels) {
        if (c.owner != owner)
            continue;
        QJsonObject out = channelJson(c);
        out.insert(QStringLiteral("connectUri"), QString(m_wsBase + QStringLiteral("/channels/") + c.id));
        entities.append(out);
    }
    return SimResponse::json(QJsonObject {{QStringLiteral("entities"), entities}});
}

SimNotificationHub::Channel *SimNotificationHub::owned(const QString &channelId, const QString &owner)
{
    auto it = m_channels.find(channelId);
    if (it == m_channels.end() || it->owner != owner)
        return nullptr;
    it->lastUsed = ++m_useCounter;
    return &it.value();
}

const SimNotificationHub::Channel *SimNotificationHub::owned(const QString &channelId, const QString &owner) const
{
    auto it = m_channels.constFind(channelId);
    if (it == m_channels.constEnd() || it->owner != owner)
        return nullptr;
    it->lastUsed = ++m_useCounter;
    return &it.value();
}

bool SimNotificationHub::channelExists(const QString &channelId, const QString &owner) const
{
    return owned(channelId, owner) != nullptr;
}

namespace {
const QString kViewPresence = QStringLiteral("presence:userPresence:view");
const QString kViewRoutingStatus = QStringLiteral("routing:agent:view");
} // namespace

QStringList SimNotificationHub::requiredPermissions(const QString &topic)
{
    if (topic.endsWith(QLatin1String(".presence")))
        return {kViewPresence};
    if (topic.endsWith(QLatin1String(".routingStatus")))
        return {kViewRoutingStatus};
    if (topic.endsWith(QLatin1String(".activity")))
        return {kViewPresence, kViewRoutingStatus}; // it carries both
    return {};
}

bool SimNotificationHub::isTopicOfCatalogue(const QString &topic)
{
    static const QRegularExpression pattern(QStringLiteral("^v2\\.users\\.[^.]+\\.(presence|routingStatus|activity)$"));
    return pattern.match(topic).hasMatch();
}

QJsonObject SimNotificationHub::topicState(
    const QString &topic, QString *rejection, const QStringList &permissions, bool *forPermission) const
{
    static const QRegularExpression pattern(
        QStringLiteral("^v2\\.users\\.([^.]+)\\.(presence|routingStatus|activity)$"));
    const QRegularExpressionMatch m = pattern.match(topic);
    QJsonObject out {{QStringLiteral("id"), topic}, {QStringLiteral("selfUri"), QString()}};
    rejection->clear();
    if (forPermission)
        *forPermission = false;
    QStringList missing;
    if (!m.hasMatch()) {
        *rejection = tr("The topic %1 is not a valid topic.").arg(topic);
    } else if (!m_org->user(m.captured(1))) {
        *rejection = tr("The user %1 does not exist.").arg(m.captured(1));
    } else if (!permissions.isEmpty()) {
        for (const QString &permission : requiredPermissions(topic)) {
            if (!permissions.contains(permission))
                missing.append(permission);
        }
        if (!missing.isEmpty()) {
            *rejection = tr("Missing permissions: %1").arg(missing.join(QStringLiteral(", ")));
            if (forPermission)
                *forPermission = true;
        }
    }
    out.insert(
        QStringLiteral("state"), rejection->isEmpty() ? QStringLiteral("Permitted") : QStringLiteral("Rejected"));
    if (!rejection->isEmpty())
        out.insert(QStringLiteral("rejectionReason"), *rejection);
    if (!missing.isEmpty())
        out.insert(QStringLiteral("missingPermissions"), QJsonArray::fromStringList(missing));
    return out;
}

SimResponse SimNotificationHub::subscribe(const QString &channelId, const QString &owner, const QByteArray &body,
    bool replace, bool ignoreErrors, const QStringList &permissions)
{
    Channel *channel = owned(channelId, owner);
    if (!channel)
        return SimResponse::error(404, QStringLiteral("not.found"), tr("The channel %1 was not found.").arg(channelId));
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray())
        return SimResponse::error(
            400, QStringLiteral("bad.request"), tr("The request body must be a JSON array of topics."));

    QStringList requested;
    const QJsonArray items = doc.array();
    for (const QJsonValue &v : items) {
        const QString topic = v.isObject() ? v.toObject().value(QStringLiteral("id")).toString() : QString();
        if (topic.isEmpty())
            return SimResponse::error(
                400, QStringLiteral("bad.request"), tr("Each topic needs a string id."), QStringLiteral("id"));
        requested.append(topic);
    }
    QStringList permitted;
    QJsonArray entities;
    for (const QString &topic : std::as_const(requested)) {
        QString rejection;
        bool forPermission = false;
        QJsonObject state = topicState(topic, &rejection, permissions, &forPermission);
        if (forPermission && !ignoreErrors)
            return SimResponse::error(403, QStringLiteral("missing.permissions"), rejection, QStringLiteral("id"));
        // ignoreErrors hides permission failures only; whether an invalid topic then fails the whole
        // request is not documented, so it does here (the stricter reading).
        if (!rejection.isEmpty() && (!ignoreErrors || !isTopicOfCatalogue(topic)))
            return SimResponse::error(
                400, QStringLiteral("notification.invalid.topic"), rejection, QStringLiteral("id"));
        if (rejection.isEmpty() && !permitted.contains(topic))
            permitted.append(topic);
        entities.append(state);
    }
    QStringList next = replace ? QStringList() : channel->topics;
    for (const QString &topic : std::as_const(permitted)) {
        if (!next.contains(topic))
            next.append(topic);
    }
    if (next.size() > kMaxTopicsPerChannel)
        return SimResponse::error(400, QStringLiteral("bad.request"),
            tr("A channel can have at most %1 topics; this request would make %2.")
                .arg(kMaxTopicsPerChannel)
                .arg(next.size()));
    for (const QString &topic : std::as_const(channel->topics))
        m_topicIndex[topic].remove(channelId);
    channel->topics = next;
    for (const QString &topic : std::as_const(channel->topics))
        m_topicIndex[topic].insert(channelId);
    // Subscribing keeps a channel: its lifetime starts again (a channel is kept past a day this way).
    channel->expires = m_clock->now().addSecs(kChannelLifetimeSeconds);
    if (replace || !ignoreErrors) {
        // The listing describes the channel's whole subscription, as Genesys answers.
        QJsonArray all;
        QString unused;
        for (const QString &topic : std::as_const(channel->topics))
            all.append(topicState(topic, &unused));
        for (const QJsonValue &v : std::as_const(entities)) {
            if (v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("Rejected"))
                all.append(v);
        }
        entities = all;
    }
    return SimResponse::json(QJsonObject {{QStringLiteral("entities"), entities}});
}

SimResponse SimNotificationHub::subscriptions(const QString &channelId, const QString &owner) const
{
    const Channel *channel = owned(channelId, owner);
    if (!channel)
        return SimResponse::error(404, QStringLiteral("not.found"), tr("The channel %1 was not found.").arg(channelId));
    QJsonArray entities;
    QString unused;
    for (const QString &topic : channel->topics)
        entities.append(topicState(topic, &unused));
    return SimResponse::json(QJsonObject {{QStringLiteral("entities"), entities}});
}

SimResponse SimNotificationHub::unsubscribeAll(const QString &channelId, const QString &owner)
{
    Channel *channel = owned(channelId, owner);
    if (!channel)
        return SimResponse::error(404, QStringLiteral("not.found"), tr("The channel %1 was not found.").arg(channelId));
    for (const QString &topic : std::as_const(channel->topics))
        m_topicIndex[topic].remove(channelId);
    channel->topics.clear();
    return SimResponse::noContent();
}

void SimNotificationHub::removeChannel(const QString &channelId)
{
    auto it = m_channels.find(channelId);
    if (it == m_channels.end())
        return;
    for (const QString &topic : std::as_const(it->topics))
        m_topicIndex[topic].remove(channelId);
    if (it->socket)
        it->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("channel removed"));
    m_channels.erase(it);
}

void SimNotificationHub::attach(QWebSocket *socket)
{
    socket->setParent(this);
    // Clients only ever send a ping: a huge message is refused (1009) instead of being buffered.
    socket->setMaxAllowedIncomingMessageSize(kMaxIncomingMessageBytes);
    socket->setMaxAllowedIncomingFrameSize(kMaxIncomingMessageBytes);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    const QString path = socket->requestUrl().path();

    const QString channelId = path.section(QLatin1Char('/'), -1);
    auto it = m_channels.find(channelId);
    if (!path.startsWith(QLatin1String("/channels/")) || it == m_channels.end()) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown channel"));
        return;
    }
    if (it->socket && it->socket != socket)
        it->socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("replaced by a new connection"));
    it->socket = socket;
    it->lastUsed = ++m_useCounter;
    connect(socket, &QWebSocket::textMessageReceived, this, [this, channelId](const QString &message) {
        const QJsonObject request = QJsonDocument::fromJson(message.toUtf8()).object();
        auto ch = m_channels.find(channelId);
        if (ch != m_channels.end() && !m_heartbeatsStopped
            && request.value(QStringLiteral("message")).toString() == QLatin1String("ping"))
            send(*ch, QStringLiteral("channel.metadata"),
                QJsonObject {{QStringLiteral("message"), QStringLiteral("pong")}});
    });
    Q_EMIT socketAttached(channelId);
}

void SimNotificationHub::send(Channel &channel, const QString &topic, const QJsonObject &body)
{
    QWebSocket *socket = channel.socket;
    if (!socket || !socket->isValid())
        return;
    if (socket->bytesToWrite() > kMaxOutgoingBacklogBytes) {
        qCInfo(lcSim) << "dropping the socket of channel" << channel.id << "which reads nothing;"
                      << socket->bytesToWrite() << "bytes wait";
        socket->abort();
        return;
    }
    socket->sendTextMessage(QString::fromUtf8(envelope(topic, body)));
}

void SimNotificationHub::publish(const QString &userId, bool presenceChanged, bool routingChanged)
{
    const SimAgent *agent = m_org->user(userId);
    if (!agent)
        return;
    const QString prefix = QStringLiteral("v2.users.") + userId;
    auto deliver = [this](const QString &topic, const QJsonObject &body) {
        const auto it = m_topicIndex.constFind(topic);
        if (it == m_topicIndex.constEnd())
            return;
        for (const QString &channelId : *it) {
            auto ch = m_channels.find(channelId);
            if (ch != m_channels.end())
                send(*ch, topic, body);
        }
    };
    if (presenceChanged)
        deliver(prefix + QStringLiteral(".presence"), SimJson::presenceEvent(*m_org, *agent));
    if (routingChanged)
        deliver(prefix + QStringLiteral(".routingStatus"), SimJson::routingStatusEvent(*agent));
    deliver(prefix + QStringLiteral(".activity"), SimJson::activityEvent(*m_org, *agent));
}

void SimNotificationHub::removeExpiredChannels()
{
    const QDateTime now = m_clock->now();
    QStringList expired;
    for (const Channel &c : std::as_const(m_channels)) {
        if (c.expires <= now || (c.tokenExpires.isValid() && c.tokenExpires <= now))
            expired.append(c.id);
    }
    for (const QString &id : std::as_const(expired))
        removeChannel(id);
}

void SimNotificationHub::setHeartbeatsStopped(bool stopped)
{
    m_heartbeatsStopped = stopped;
}

void SimNotificationHub::sendHeartbeats()
{
    if (m_heartbeatsStopped)
        return;
    for (Channel &c : m_channels)
        send(c, QStringLiteral("channel.metadata"),
            QJsonObject {{QStringLiteral("message"), QStringLiteral("WebSocket Heartbeat")}});
}

int SimNotificationHub::sendSocketClosing()
{
    int sent = 0;
    for (Channel &c : m_channels) {
        if (!c.socket || !c.socket->isValid())
            continue;
        send(c, QStringLiteral("v2.system.socket_closing"),
            QJsonObject {{QStringLiteral("channelId"), c.id},
                {QStringLiteral("systemTopicType"), QStringLiteral("socket_closing")},
                {QStringLiteral("correlationId"), newId()}, {QStringLiteral("organizationId"), m_org->organizationId()},
                {QStringLiteral("oauthClientId"), c.clientId},
                {QStringLiteral("reason"), QStringLiteral("maintenance")},
                {QStringLiteral("message"), QStringLiteral("The socket will close in about a minute; reconnect.")}});
        ++sent;
    }
    return sent;
}

int SimNotificationHub::closeAllSockets()
{
    int closed = 0;
    for (Channel &c : m_channels) {
        if (c.socket) {
            c.socket->abort();
            ++closed;
        }
    }
    return closed;
}

void SimNotificationHub::closeChannelsOfTokens(const QStringList &tokens)
{
    const QSet<QString> revoked(tokens.cbegin(), tokens.cend());
    QStringList doomed;
    for (const Channel &c : std::as_const(m_channels)) {
        if (revoked.contains(c.token))
            doomed.append(c.id);
    }
    for (const QString &id : std::as_const(doomed))
        removeChannel(id);
}

int SimNotificationHub::connectedSockets() const
{
    int n = 0;
    for (const Channel &c : m_channels)
        n += (c.socket && c.socket->isValid()) ? 1 : 0;
    return n;
}
