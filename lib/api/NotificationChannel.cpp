// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/NotificationChannel.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"
#include "api/ApiReply.h"
#include "api/GenesysJson.h"
#include "core/Clock.h"
#include "core/ClockTimer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace {

const QString kChannelsPath = QStringLiteral("/api/v2/notifications/channels");
constexpr int kAttemptsBeforeNewChannel = 2;
constexpr quint64 kMaxMessageBytes = 4 * 1024 * 1024;

} // namespace

struct NotificationChannel::Channel
{
    QStringList users;
    QStringList topics;
    QSet<QString> rejectedUsers; // whose topics the last subscription rejected
    QString id;
    QUrl connectUri;
    QDateTime expires;
    QPointer<QWebSocket> socket;
    ClockTimer *retry = nullptr;
    bool live = false;
    bool everLive = false;
    bool pinged = false;
    bool extending = false; // a re-subscription to keep the channel is under way
    int failures = 0;
    qint64 lastMessageMs = 0;
};

NotificationChannel::NotificationChannel(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(Clock::orSystem(client ? client->clock() : nullptr))
    , m_topicKinds {QStringLiteral("activity")}
    , m_activeKinds(m_topicKinds)
    , m_watchdog(new ClockTimer(m_clock, this))
{
    connect(m_watchdog, &ClockTimer::timeout, this, &NotificationChannel::watch);
}

NotificationChannel::~NotificationChannel()
{
    stop();
}

void NotificationChannel::setTopicKinds(const QStringList &kinds)
{
    m_topicKinds = kinds.isEmpty() ? QStringList {QStringLiteral("activity")} : kinds;
    m_activeKinds = m_topicKinds;
    m_catalogueRead = false;
}

void NotificationChannel::setReconnectDelayMs(int firstMs, int maxMs)
{
    m_reconnectFirstMs = std::max(1, firstMs);
    m_reconnectMaxMs = std::max(m_reconnectFirstMs, maxMs);
}

qint64 NotificationChannel::now() const
{
    return m_clock->monotonicMs();
}

int NotificationChannel::channelCount() const
{
    return static_cast<int>(m_channels.size());
}

QStringList NotificationChannel::topicsFor(const QString &userId) const
{
    QStringList topics;
    for (const QString &kind : m_activeKinds)
        topics.append(QStringLiteral("v2.users.%1.%2").arg(userId, kind));
    return topics;
}

void NotificationChannel::start(const QStringList &userIds)
{
    stop();
    ++m_generation;
    m_userIds = userIds;
    m_usersWithoutPush.clear();
    m_channelOf.clear();
    m_missingPermissions.clear();
    // A user's topics stay together on one channel; whoever does not fit in the last one allowed is
    // left to polling rather than evicting a channel of ours.
    const int limit = std::max(1, m_topicsPerChannel);
    const int maxChannels = std::max(1, m_maxChannels);
    auto newChannel = [this] {
        auto *channel = new Channel;
        channel->retry = new ClockTimer(m_clock, this);
        channel->retry->setSingleShot(true);
        m_channels.append(channel);
        return channel;
    };
    Channel *current = newChannel();
    for (const QString &id : userIds) {
        const QStringList topics = topicsFor(id);
        if (current->topics.size() + topics.size() > limit && !current->topics.isEmpty()) {
            if (m_channels.size() >= maxChannels) {
                m_usersWithoutPush.append(id);
                continue;
            }
            current = newChannel();
        }
        current->topics += topics;
        current->users.append(id);
        m_channelOf.insert(id, static_cast<int>(m_channels.size()) - 1);
    }
    if (!m_usersWithoutPush.isEmpty())
        qCWarning(lcApi) << m_usersWithoutPush.size() << "users get no push: the" << maxChannels
                         << "channels allowed are full";
    setState(State::Connecting);
    for (int i = 0; i < m_channels.size(); ++i) {
        connect(m_channels.at(i)->retry, &ClockTimer::timeout, this, [this, i] {
            Channel *channel = m_channels.value(i);
            if (!channel)
                return;
            if (channel->id.isEmpty() || channel->failures >= kAttemptsBeforeNewChannel)
                openChannel(i);
            else
                connectSocket(i);
        });
    }
    m_watchdog->start(std::max(50, m_heartbeatTimeoutMs / 4));
    if (m_catalogueRead)
        openChannels();
    else
        readTopicCatalogue();
}

// Which topics the server offers and what each requires: a topic it does not know would fail a whole
// subscription, so such kinds are dropped before subscribing.
void NotificationChannel::readTopicCatalogue()
{
    ApiRequest request;
    request.path = QStringLiteral("/api/v2/notifications/availabletopics");
    request.query.addQueryItem(QStringLiteral("expand"), QStringLiteral("requiresPermissions"));
    ApiReply *reply = m_client->send(request);
    const quint64 generation = m_generation;
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation == m_generation)
            onTopicCatalogue(reply);
    });
}

void NotificationChannel::onTopicCatalogue(const ApiReply *reply)
{
    const QJsonArray entities = reply->json().object().value(QStringLiteral("entities")).toArray();
    QHash<QString, QStringList> offered;
    for (const QJsonValue &value : entities) {
        const QJsonObject topic = value.toObject();
        const QString id = topic.value(QStringLiteral("id")).toString();
        if (!id.startsWith(QLatin1String("v2.users.{id}.")))
            continue;
        QStringList permissions;
        const QJsonArray required = topic.value(QStringLiteral("requiresPermissions")).toArray();
        for (const QJsonValue &permission : required)
            permissions.append(permission.toString());
        offered.insert(id.mid(int(qstrlen("v2.users.{id}."))), permissions);
    }
    if (!reply->isOk() || offered.isEmpty()) {
        // No catalogue to judge by: subscribe every kind asked and let the answer tell.
        qCInfo(lcApi) << "no topic catalogue:" << reply->error().toString();
    } else {
        m_catalogueRead = true;
        m_requiredPermissions = offered;
        QStringList kinds;
        for (const QString &kind : std::as_const(m_topicKinds)) {
            if (offered.contains(kind))
                kinds.append(kind);
            else
                qCWarning(lcApi) << "the server offers no topic of kind" << kind << "; not subscribing it";
        }
        if (kinds.isEmpty()) {
            emit error(ApiError::make(ApiError::Kind::BadRequest,
                tr("The server offers none of the notification topics asked (%1).")
                    .arg(m_topicKinds.join(QStringLiteral(", ")))));
            kinds = m_topicKinds;
        }
        m_activeKinds = kinds;
    }
    openChannels();
}

void NotificationChannel::openChannels()
{
    for (int i = 0; i < m_channels.size(); ++i) {
        Channel *channel = m_channels.at(i);
        channel->topics.clear();
        for (const QString &id : std::as_const(channel->users))
            channel->topics += topicsFor(id);
        openChannel(i);
    }
}

bool NotificationChannel::isPushed(const QString &userId) const
{
    const Channel *channel = m_channels.value(m_channelOf.value(userId, -1));
    return channel && channel->live && !channel->rejectedUsers.contains(userId);
}

bool NotificationChannel::isRejected(const QString &userId) const
{
    const Channel *channel = m_channels.value(m_channelOf.value(userId, -1));
    return channel && channel->rejectedUsers.contains(userId);
}

int NotificationChannel::rejectedCount() const
{
    int count = 0;
    for (const Channel *channel : std::as_const(m_channels))
        count += int(channel->rejectedUsers.size());
    return count;
}

QStringList NotificationChannel::missingPermissions() const
{
    return m_missingPermissions;
}

void NotificationChannel::stop()
{
    ++m_generation;
    m_watchdog->stop();
    for (Channel *channel : std::as_const(m_channels)) {
        teardown(channel);
        channel->retry->deleteLater();
        delete channel;
    }
    m_channels.clear();
    if (m_state != State::Stopped)
        setState(State::Stopped);
}

void NotificationChannel::teardown(Channel *channel)
{
    channel->live = false;
    channel->extending = false;
    channel->retry->stop();
    if (channel->socket) {
        QWebSocket *socket = channel->socket;
        channel->socket = nullptr;
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

void NotificationChannel::openChannel(int index)
{
    Channel *channel = m_channels.at(index);
    teardown(channel);
    channel->id.clear();
    channel->failures = 0;
    const quint64 generation = m_generation;
    ApiReply *reply = m_client->post(kChannelsPath);
    connect(reply, &ApiReply::finished, this, [this, reply, index, generation] {
        reply->deleteLater();
        if (generation == m_generation)
            onChannelCreated(index, reply);
    });
}

void NotificationChannel::onChannelCreated(int index, const ApiReply *reply)
{
    Channel *channel = m_channels.at(index);
    if (!reply->isOk())
        return fail(index, reply->error(), true);
    const QJsonObject object = reply->json().object();
    channel->id = object.value(QStringLiteral("id")).toString();
    channel->connectUri = QUrl(object.value(QStringLiteral("connectUri")).toString());
    channel->expires = GenesysJson::parseDate(object.value(QStringLiteral("expires")).toString());
    if (!channel->expires.isValid())
        channel->expires = m_clock->now().addSecs(kChannelLifetimeHours * 3600);
    if (channel->id.isEmpty() || !channel->connectUri.isValid())
        return fail(index,
            ApiError::make(ApiError::Kind::MalformedResponse, tr("The notification channel has no id or address.")),
            true);
    if (!ApiClient::isAllowedUrl(channel->connectUri))
        return fail(index,
            ApiError::make(ApiError::Kind::InsecureUrl,
                tr("Refusing the notification address %1: only wss, or ws to loopback.")
                    .arg(channel->connectUri.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))),
            true);
    connectSocket(index);
}

void NotificationChannel::connectSocket(int index)
{
    Channel *channel = m_channels.at(index);
    if (channel->socket) {
        QWebSocket *old = channel->socket;
        old->disconnect(this);
        old->close();
        old->deleteLater();
    }
    channel->live = false;
    channel->extending = false; // an extension under way belonged to the old socket
    channel->lastMessageMs = now();
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Events are small; a server sending megabytes is refused by the socket instead of buffered.
    socket->setMaxAllowedIncomingMessageSize(kMaxMessageBytes);
    channel->socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, index, socket] {
        if (m_channels.value(index) && m_channels.at(index)->socket == socket)
            subscribe(index);
    });
    connect(socket, &QWebSocket::textMessageReceived, this,
        [this, index](const QString &message) { onTextMessage(index, message); });
    connect(socket, &QWebSocket::disconnected, this, [this, index, socket] { onSocketClosed(index, socket); });
    socket->open(channel->connectUri);
}

ApiRequest NotificationChannel::subscriptionRequest(const Channel &channel) const
{
    QJsonArray topics;
    for (const QString &topic : std::as_const(channel.topics))
        topics.append(QJsonObject {{QStringLiteral("id"), topic}});
    // PUT replaces the list, so a resubscription after a reconnect is the same call.
    ApiRequest request;
    request.method = QByteArrayLiteral("PUT");
    request.path = kChannelsPath + QLatin1Char('/') + channel.id + QStringLiteral("/subscriptions");
    // One unknown or forbidden topic must not cost the others their updates.
    request.query.addQueryItem(QStringLiteral("ignoreErrors"), QStringLiteral("true"));
    request.body = QJsonDocument(topics);
    return request;
}

void NotificationChannel::subscribe(int index)
{
    Channel *channel = m_channels.at(index);
    ApiReply *reply = m_client->send(subscriptionRequest(*channel));
    const quint64 generation = m_generation;
    const QPointer<QWebSocket> socket = channel->socket;
    connect(reply, &ApiReply::finished, this, [this, reply, index, generation, socket] {
        reply->deleteLater();
        if (generation != m_generation || !socket || m_channels.at(index)->socket != socket)
            return;
        Channel *channel = m_channels.at(index);
        if (!reply->isOk())
            return fail(index, reply->error(), reply->error().kind == ApiError::Kind::NotFound);
        takeRejectedTopics(index, reply);
        channel->live = true;
        channel->everLive = true;
        channel->failures = 0;
        channel->pinged = false;
        channel->lastMessageMs = now();
        qCInfo(lcApi) << "notification channel" << index << "live with" << channel->topics.size() << "topics";
        updateState();
        emit gap();
        emit gapFor(channel->users);
    });
}

// The answer lists each topic with its state; a rejected topic's user gets no push (it is polled), and
// the permissions the server names are kept to tell the lead.
void NotificationChannel::takeRejectedTopics(int index, const ApiReply *reply)
{
    Channel *channel = m_channels.at(index);
    channel->rejectedUsers.clear();
    const QJsonArray entities = reply->json().object().value(QStringLiteral("entities")).toArray();
    QStringList rejected;
    QString reason;
    for (const QJsonValue &value : entities) {
        const QJsonObject topic = value.toObject();
        if (topic.value(QStringLiteral("state")).toString() != QLatin1String("Rejected"))
            continue;
        const QString id = topic.value(QStringLiteral("id")).toString();
        rejected.append(id);
        // v2.users.{id}.{kind}: Genesys user ids are UUIDs, without dots.
        if (id.startsWith(QLatin1String("v2.users.")))
            channel->rejectedUsers.insert(id.section(QLatin1Char('.'), 2, 2));
        const QJsonArray missing = topic.value(QStringLiteral("missingPermissions")).toArray();
        for (const QJsonValue &permission : missing) {
            if (!m_missingPermissions.contains(permission.toString()))
                m_missingPermissions.append(permission.toString());
        }
        if (reason.isEmpty())
            reason = topic.value(QStringLiteral("rejectionReason")).toString();
    }
    if (rejected.isEmpty())
        return;
    qCWarning(lcApi) << rejected.size() << "topics rejected on channel" << index << "; their users are polled";
    emit error(ApiError::make(ApiError::Kind::BadRequest,
        tr("%n topic(s) were refused, e.g. %1: %2", nullptr, int(rejected.size())).arg(rejected.first(), reason)));
}

void NotificationChannel::onTextMessage(int index, const QString &message)
{
    Channel *channel = m_channels.value(index);
    if (!channel)
        return;
    channel->lastMessageMs = now();
    channel->pinged = false;
    m_lastMessageAt = m_clock->now();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(message.toUtf8(), &parseError);
    if (!document.isObject()) {
        qCDebug(lcApi) << "ignoring a notification that is not a JSON object";
        return;
    }
    const QJsonObject object = document.object();
    const QString topic = object.value(QStringLiteral("topicName")).toString();
    if (topic == QLatin1String("channel.metadata"))
        return; // heartbeat or pong: only proof of life
    if (topic == QLatin1String("v2.system.socket_closing")) {
        qCInfo(lcApi) << "notification socket closing for maintenance; reconnecting";
        return connectSocket(index);
    }
    ActivityEvent event;
    if (GenesysJson::readActivity(topic, object.value(QStringLiteral("eventBody")).toObject(), &event))
        emit activity(event);
}

void NotificationChannel::onSocketClosed(int index, QWebSocket *socket)
{
    Channel *channel = m_channels.value(index);
    if (!channel || channel->socket != socket)
        return;
    channel->socket = nullptr;
    socket->deleteLater();
    qCInfo(lcApi) << "notification socket" << index << "closed:" << socket->closeCode() << socket->closeReason();
    channel->live = false;
    ++channel->failures;
    updateState();
    scheduleReconnect(index, channel->failures >= kAttemptsBeforeNewChannel);
}

void NotificationChannel::fail(int index, const ApiError &error, bool newChannel)
{
    Channel *channel = m_channels.at(index);
    qCWarning(lcApi) << "notification channel" << index << "failed:" << ApiError::kindName(error.kind)
                     << error.httpStatus;
    ++channel->failures;
    if (newChannel)
        channel->id.clear();
    channel->live = false;
    updateState();
    emit this->error(error);
    scheduleReconnect(index, newChannel);
}

void NotificationChannel::scheduleReconnect(int index, bool newChannel)
{
    Channel *channel = m_channels.at(index);
    if (newChannel)
        channel->id.clear();
    const double ceiling
        = std::min<double>(m_reconnectMaxMs, m_reconnectFirstMs * std::pow(2.0, std::max(0, channel->failures - 1)));
    // Half fixed, half jitter: never zero, never a thundering herd.
    const int delay = static_cast<int>(ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1));
    channel->retry->start(delay);
}

void NotificationChannel::watch()
{
    const qint64 current = now();
    const QDateTime renewAt = m_clock->now().addMSecs(m_renewBeforeExpiryMs);
    for (int i = 0; i < m_channels.size(); ++i) {
        Channel *channel = m_channels.at(i);
        if (!channel->socket)
            continue;
        if (!channel->live) {
            // A connect or subscription that never completes.
            if (current - channel->lastMessageMs > m_heartbeatTimeoutMs) {
                teardown(channel);
                ++channel->failures;
                scheduleReconnect(i, channel->failures >= kAttemptsBeforeNewChannel);
            }
            continue;
        }
        if (channel->expires.isValid() && channel->expires <= renewAt) {
            if (!channel->extending)
                extend(i);
            continue;
        }
        const qint64 silence = current - channel->lastMessageMs;
        if (silence > m_heartbeatTimeoutMs) {
            qCWarning(lcApi) << "notification channel" << i << "silent for" << silence << "ms; reconnecting";
            channel->socket->abort(); // disconnected() follows and schedules the reconnect
            continue;
        }
        if (silence > m_heartbeatTimeoutMs / 2 && !channel->pinged) {
            channel->pinged = true;
            channel->socket->sendTextMessage(QStringLiteral("{\"message\":\"ping\"}"));
        }
    }
}

// The socket stays up meanwhile: no event is missed, so no gap() and no re-read of the roster.
void NotificationChannel::extend(int index)
{
    Channel *channel = m_channels.at(index);
    qCInfo(lcApi) << "notification channel" << index << "expires soon; subscribing again to keep it";
    channel->extending = true;
    ApiReply *reply = m_client->send(subscriptionRequest(*channel));
    const quint64 generation = m_generation;
    const QPointer<QWebSocket> socket = channel->socket;
    connect(reply, &ApiReply::finished, this, [this, reply, index, generation, socket] {
        reply->deleteLater();
        if (generation != m_generation || index >= m_channels.size() || m_channels.at(index)->socket != socket)
            return;
        Channel *current = m_channels.at(index);
        if (!reply->isOk()) {
            current->extending = false;
            return openChannel(index);
        }
        ApiReply *listing = m_client->get(kChannelsPath);
        connect(listing, &ApiReply::finished, this, [this, listing, index, generation, socket] {
            listing->deleteLater();
            if (generation == m_generation && index < m_channels.size() && m_channels.at(index)->socket == socket)
                onExtended(index, listing);
        });
    });
}

// The channel's `expires` as the server now says; a server that did not extend it gets a new channel.
void NotificationChannel::onExtended(int index, const ApiReply *reply)
{
    Channel *channel = m_channels.at(index);
    channel->extending = false;
    QDateTime expires;
    const QJsonArray entities = reply->json().object().value(QStringLiteral("entities")).toArray();
    for (const QJsonValue &value : entities) {
        const QJsonObject listed = value.toObject();
        if (listed.value(QStringLiteral("id")).toString() == channel->id)
            expires = GenesysJson::parseDate(listed.value(QStringLiteral("expires")).toString());
    }
    if (reply->isOk() && expires.isValid() && expires > m_clock->now().addMSecs(m_renewBeforeExpiryMs)) {
        channel->expires = expires;
        qCInfo(lcApi) << "notification channel" << index << "kept until" << expires;
        return;
    }
    qCInfo(lcApi) << "notification channel" << index << "was not extended; opening a new one";
    channel->live = false;
    updateState();
    openChannel(index);
}

void NotificationChannel::updateState()
{
    if (m_channels.isEmpty())
        return setState(State::Stopped);
    bool allLive = true;
    bool anyEverLive = false;
    for (const Channel *channel : std::as_const(m_channels)) {
        allLive = allLive && channel->live;
        anyEverLive = anyEverLive || channel->everLive;
    }
    if (allLive)
        setState(State::Live);
    else
        setState(anyEverLive ? State::Reconnecting : State::Connecting);
    emit coverageChanged();
}

void NotificationChannel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}
