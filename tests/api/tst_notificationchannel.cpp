// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestRig.h"
#include "RawHttpServer.h"
#include "api/NotificationChannel.h"
#include "core/ManualClock.h"
#include "core/StatusCatalogue.h"
#include "sim/SimOrganisation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

QStringList firstAgents(ApiTestRig &rig, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids.append(rig.sim.server()->organisation()->activeAgentAt(quint32(i)));
    return ids;
}

// Changes an agent on the server and waits until the channel reports it.
bool pushArrives(ApiTestRig &rig, NotificationChannel &channel, const QString &id, const QString &status)
{
    QSignalSpy activity(&channel, &NotificationChannel::activity);
    SimOrganisation *org = rig.sim.server()->organisation();
    const SimPresenceDefinition *current = org->definition(org->user(id)->presenceDefinitionId);
    const QString target = current && current->systemPresence == status ? QStringLiteral("Available") : status;
    if (!org->setStatus(id, target, QString(), QString(), QStringLiteral("test")).isEmpty())
        return false;
    for (int round = 0; round < 50; ++round) {
        for (const QList<QVariant> &arguments : std::as_const(activity)) {
            const ActivityEvent event = arguments.first().value<ActivityEvent>();
            if (event.userId == id && event.hasPresence
                && StatusCatalogue::canonicalKey(event.systemPresence) == target)
                return true;
        }
        activity.wait(200);
    }
    return false;
}

// The topic catalogue a channel reads before its first subscription, as a scripted server answers it.
QByteArray topicCatalogue()
{
    return RawHttpServer::response(200,
        "{\"entities\": [{\"id\": \"v2.users.{id}.activity\", \"requiresPermissions\": "
        "[\"presence:userPresence:view\", \"routing:agent:view\"]}]}");
}

// A WebSocket server on 127.0.0.1 that accepts and never says a word, not even pong; it keeps the
// sockets and what they were sent.
struct SilentSocketServer
{
    QWebSocketServer server {QStringLiteral("silent"), QWebSocketServer::NonSecureMode};
    QList<QWebSocket *> sockets;
    QStringList received;

    bool listen(QObject *context)
    {
        QObject::connect(&server, &QWebSocketServer::newConnection, context, [this, context] {
            QWebSocket *socket = server.nextPendingConnection();
            sockets.append(socket);
            QObject::connect(socket, &QWebSocket::textMessageReceived, context,
                [this](const QString &text) { received.append(text); });
        });
        return server.listen(QHostAddress::LocalHost, 0);
    }
    ~SilentSocketServer() { qDeleteAll(sockets); }

    // The body of POST /api/v2/notifications/channels for channel `id` on this server.
    QByteArray channel(const QByteArray &id, const QDateTime &expires) const
    {
        return "{\"id\": \"" + id + "\", \"connectUri\": \"ws://127.0.0.1:" + QByteArray::number(server.serverPort())
            + "/channels/" + id + "\", \"expires\": \"" + expires.toString(Qt::ISODateWithMs).toLatin1() + "\"}";
    }
};

} // namespace

class TestNotificationChannel : public QObject
{
    Q_OBJECT

private slots:
    void livePushEvents()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        QSignalSpy gap(&channel, &NotificationChannel::gap);
        const QStringList ids = firstAgents(rig, 5);
        channel.start(ids);
        QCOMPARE(channel.state(), NotificationChannel::State::Connecting);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(gap.size(), 1); // whatever changed before the subscription is re-read
        QCOMPARE(channel.channelCount(), 1);
        QCOMPARE(channel.topicsFor(ids.first()), QStringList {QStringLiteral("v2.users.%1.activity").arg(ids.first())});

        QSignalSpy activity(&channel, &NotificationChannel::activity);
        SimOrganisation *org = rig.sim.server()->organisation();
        QVERIFY(pushArrives(rig, channel, ids.at(2), QStringLiteral("Training")));
        const ActivityEvent event = activity.last().first().value<ActivityEvent>();
        QCOMPARE(event.userId, ids.at(2));
        QCOMPARE(event.topic, QStringLiteral("v2.users.%1.activity").arg(ids.at(2)));
        QVERIFY(event.hasRoutingStatus);
        QCOMPARE(event.routingStatus, QStringLiteral("OFF_QUEUE"));
        QCOMPARE(event.presenceDefinitionId, org->user(ids.at(2))->presenceDefinitionId);
        QVERIFY(event.modifiedDate.isValid());
        QVERIFY(!event.modifiedDateText.isEmpty());

        // Agents nobody subscribed to stay silent.
        activity.clear();
        const QString other = org->activeAgentAt(50);
        QVERIFY(org->setStatus(other, QStringLiteral("Meeting"), QString(), QString(), QStringLiteral("t")).isEmpty());
        QVERIFY(pushArrives(rig, channel, ids.at(0), QStringLiteral("Break")));
        for (const QList<QVariant> &arguments : std::as_const(activity))
            QVERIFY(arguments.first().value<ActivityEvent>().userId != other);
    }

    void rejectedTopicsDoNotStopTheOthers()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        QSignalSpy errors(&channel, &NotificationChannel::error);
        QStringList ids = firstAgents(rig, 2);
        ids.append(QStringLiteral("no-such-user"));
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().value<ApiError>().toString().contains(QLatin1String("no-such-user")));
        QVERIFY(pushArrives(rig, channel, ids.at(1), QStringLiteral("Meeting")));
    }

    // A topic kind the server does not offer would fail the whole subscription (the simulator takes the
    // strict reading: ignoreErrors hides permission failures only): the topic catalogue, read first,
    // drops it and the others are subscribed.
    void kindTheServerDoesNotOfferIsDropped()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        channel.setTopicKinds({QStringLiteral("activity"), QStringLiteral("conversations")});
        const QStringList ids = firstAgents(rig, 3);
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(channel.topicsFor(ids.first()), QStringList {QStringLiteral("v2.users.%1.activity").arg(ids.first())});
        QVERIFY(channel.isPushed(ids.at(1)));
        QCOMPARE(channel.requiredPermissions(QStringLiteral("presence")),
            QStringList {QStringLiteral("presence:userPresence:view")});
        QVERIFY(pushArrives(rig, channel, ids.at(1), QStringLiteral("Meeting")));
    }

    // A client without the permission a topic requires: the topics are rejected (Rejected, with
    // missingPermissions), the channel is live for the rest, and the users rejected are not pushed.
    void topicsRejectedForAMissingPermission()
    {
        ApiTestRig rig;
        SimConfig config;
        config.agents = 10;
        config.clients.append(SimClient {QStringLiteral("presence-only"), QStringLiteral("secret"),
            {QStringLiteral("presence:userPresence:view"), QStringLiteral("presence:presenceDefinition:view")}});
        QVERIFY(rig.start(config, QStringLiteral("presence-only"), QStringLiteral("secret")));
        NotificationChannel channel(rig.client.get());
        channel.setTopicKinds({QStringLiteral("presence"), QStringLiteral("routingStatus")});
        QSignalSpy errors(&channel, &NotificationChannel::error);
        QSignalSpy coverage(&channel, &NotificationChannel::coverageChanged);
        const QStringList ids = firstAgents(rig, 3);
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(channel.missingPermissions(), QStringList {QStringLiteral("routing:agent:view")});
        QCOMPARE(channel.rejectedCount(), 3);
        for (const QString &id : ids) {
            QVERIFY(!channel.isPushed(id));
            QVERIFY(channel.isRejected(id));
        }
        QVERIFY(!coverage.isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().first().value<ApiError>().toString().contains(QLatin1String("routing:agent:view")));
        // The presence topics were permitted: their events still arrive.
        QVERIFY(pushArrives(rig, channel, ids.at(0), QStringLiteral("Meeting")));
    }

    void presenceAndRoutingTopics()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        channel.setTopicKinds({QStringLiteral("presence"), QStringLiteral("routingStatus")});
        const QStringList ids = firstAgents(rig, 2);
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(channel.topicsFor(ids.first()).size(), 2);
        QVERIFY(pushArrives(rig, channel, ids.at(1), QStringLiteral("Busy")));
    }

    void moreChannelsWhenTopicsExceedTheLimit()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        channel.setTopicsPerChannel(2);
        QSignalSpy attached(rig.sim.server(), &SimServer::notificationSocketAttached);
        const QStringList ids = firstAgents(rig, 5);
        channel.start(ids);
        QCOMPARE(channel.channelCount(), 3);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(attached.size(), 3);
        QVERIFY(pushArrives(rig, channel, ids.at(4), QStringLiteral("Meeting")));
        QVERIFY(pushArrives(rig, channel, ids.at(0), QStringLiteral("Meeting")));
    }

    // Never more than the 20 channels a user and app may hold (the 21st would evict the oldest, one of
    // ours): users beyond them are named for polling, and every channel stays, counted on the simulator.
    void neverMoreThanTheChannelCap()
    {
        ApiTestRig rig;
        SimConfig config;
        config.agents = 30;
        QVERIFY(rig.start(config));
        NotificationChannel channel(rig.client.get());
        channel.setTopicsPerChannel(1);
        QSignalSpy attached(rig.sim.server(), &SimServer::notificationSocketAttached);
        const QStringList ids = firstAgents(rig, 22);
        channel.start(ids);
        QCOMPARE(channel.channelCount(), NotificationChannel::kChannelsLimit);
        QCOMPARE(channel.usersWithoutPush(), ids.mid(20));
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(attached.size(), 20);
        ApiReply *listing = rig.client->get(QStringLiteral("/api/v2/notifications/channels"));
        QSignalSpy listed(listing, &ApiReply::finished);
        QVERIFY(listed.wait(5000));
        QCOMPARE(listing->json().object().value(QStringLiteral("entities")).toArray().size(), 20);
        QVERIFY(pushArrives(rig, channel, ids.at(0), QStringLiteral("Meeting"))); // the oldest is still there
        QVERIFY(pushArrives(rig, channel, ids.at(19), QStringLiteral("Meeting")));
        QCOMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(attached.size(), 20); // no channel lost and opened again
        delete listing;
    }

    void reconnectsAfterSocketClosing()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        QSignalSpy attached(rig.sim.server(), &SimServer::notificationSocketAttached);
        QSignalSpy gap(&channel, &NotificationChannel::gap);
        const QStringList ids = firstAgents(rig, 3);
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(attached.size(), 1);
        const QString channelId = attached.first().first().toString();

        QCOMPARE(rig.sim.server()->sendSocketClosing(), 1);
        QTRY_COMPARE(attached.size(), 2);
        QCOMPARE(attached.last().first().toString(), channelId); // the same channel, a new socket
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QTRY_COMPARE(gap.size(), 2);
        QVERIFY(pushArrives(rig, channel, ids.at(1), QStringLiteral("Away")));
    }

    void reconnectsAfterADroppedSocket()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        NotificationChannel channel(rig.client.get());
        channel.setReconnectDelayMs(20, 200);
        QSignalSpy states(&channel, &NotificationChannel::stateChanged);
        QSignalSpy gap(&channel, &NotificationChannel::gap);
        const QStringList ids = firstAgents(rig, 3);
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        states.clear();
        QCOMPARE(rig.sim.server()->closeAllSockets(), 1);
        QTRY_VERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().value<NotificationChannel::State>(), NotificationChannel::State::Reconnecting);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QTRY_COMPARE(gap.size(), 2);
        QVERIFY(pushArrives(rig, channel, ids.at(2), QStringLiteral("Meal")));
    }

    void pingsWhenTheServerIsQuiet()
    {
        SimConfig config;
        config.heartbeatSeconds = 3600; // no heartbeats: only our pings get answers
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start(config));
        NotificationChannel channel(rig.client.get());
        channel.setHeartbeatTimeoutMs(400);
        QSignalSpy attached(rig.sim.server(), &SimServer::notificationSocketAttached);
        channel.start(firstAgents(rig, 1));
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        const QDateTime liveAt = clock.now();
        clock.advance(300); // the watchdog looks every 100 ms and pings after 200 ms of silence
        // A pong is the only message that can arrive: the ping went out and the socket stays.
        QTRY_VERIFY_WITH_TIMEOUT(channel.lastMessageAt().isValid() && channel.lastMessageAt() > liveAt, 5000);
        QCOMPARE(attached.size(), 1);
        QCOMPARE(channel.state(), NotificationChannel::State::Live);
    }

    void reconnectsWhenTheServerFallsSilent()
    {
        // A WebSocket server that accepts and never says a word, not even pong.
        QWebSocketServer silent(QStringLiteral("silent"), QWebSocketServer::NonSecureMode);
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket *> sockets;
        QStringList received;
        connect(&silent, &QWebSocketServer::newConnection, this, [&] {
            QWebSocket *socket = silent.nextPendingConnection();
            sockets.append(socket);
            connect(
                socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) { received.append(text); });
        });
        RawHttpServer rest;
        const QUrl base = rest.start();
        const QByteArray channel = "{\"id\": \"c1\", \"connectUri\": \"ws://127.0.0.1:"
            + QByteArray::number(silent.serverPort()) + "/channels/c1\", \"expires\": \"2099-01-01T00:00:00Z\"}";
        rest.script({topicCatalogue(), RawHttpServer::response(200, channel),
            RawHttpServer::response(200, "{\"entities\": []}")});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        NotificationChannel notifications(&client);
        notifications.setHeartbeatTimeoutMs(400);
        notifications.setReconnectDelayMs(20, 50);
        QSignalSpy gap(&notifications, &NotificationChannel::gap);
        notifications.start({QStringLiteral("u1")});
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Live);
        QTRY_VERIFY(received.contains(QStringLiteral("{\"message\":\"ping\"}")));
        QTRY_VERIFY_WITH_TIMEOUT(sockets.size() >= 2, 5000); // gave up on the silent socket, connected again
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Live);
        QVERIFY(gap.size() >= 2);
        QVERIFY(rest.requestLines().first().startsWith(
            "GET /api/v2/notifications/availabletopics?expand=requiresPermissions"));
        QVERIFY(rest.requestLines().at(1).startsWith("POST /api/v2/notifications/channels"));
        QVERIFY(rest.requestLines().at(2).startsWith("PUT /api/v2/notifications/channels/c1/subscriptions"));
        notifications.stop();
        qDeleteAll(sockets);
    }

    // Minutes of silence on the test clock: a ping half-way, the socket given up on once the timeout
    // has passed (and not before), then a new socket on the same channel.
    void heartbeatWatchdogOnTheClock()
    {
        constexpr int kMinuteMs = 60 * 1000;
        ManualClock clock;
        SilentSocketServer silent;
        QVERIFY(silent.listen(this));
        RawHttpServer rest;
        const QUrl base = rest.start();
        rest.script({topicCatalogue(), RawHttpServer::response(200, silent.channel("c1", clock.now().addDays(1))),
            RawHttpServer::response(200, "{\"entities\": []}")});
        ApiClient client(Region::fromBaseUrl(base), nullptr, &clock);
        client.setOptions(ApiTestRig::fastOptions());
        NotificationChannel notifications(&client);
        notifications.setHeartbeatTimeoutMs(4 * kMinuteMs); // the watchdog looks every minute
        notifications.setReconnectDelayMs(20, 50);
        QSignalSpy gap(&notifications, &NotificationChannel::gap);
        notifications.start({QStringLiteral("u1")});
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Live);
        QCOMPARE(silent.sockets.size(), 1);

        clock.advance(2 * kMinuteMs);
        QCoreApplication::processEvents();
        QVERIFY(silent.received.isEmpty()); // 2 min of silence: not yet worth a ping
        clock.advance(kMinuteMs);
        QTRY_VERIFY(silent.received.contains(QStringLiteral("{\"message\":\"ping\"}")));
        clock.advance(kMinuteMs);
        QCoreApplication::processEvents();
        QCOMPARE(notifications.state(), NotificationChannel::State::Live); // 4 min: the limit, not past it
        QCOMPARE(silent.sockets.size(), 1);

        clock.advance(kMinuteMs); // 5 min without a word
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Reconnecting);
        clock.advance(1000); // the reconnect delay
        QTRY_COMPARE(silent.sockets.size(), 2);
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Live);
        QCOMPARE(gap.size(), 2);
        QCOMPARE(rest.requestLines().size(), 4); // the same channel, subscribed again (the catalogue read once)
        QVERIFY(rest.requestLines().at(3).startsWith("PUT /api/v2/notifications/channels/c1/subscriptions"));
        notifications.stop();
    }

    // A channel that expires in 3 h 5 min is subscribed again 5 min ahead, after 3 h of test clock, to
    // keep it; a server that does not extend it (its listing still says 3 h 5 min) gets a new channel.
    void channelNotExtendedIsReplacedOnTheClock()
    {
        constexpr int kHourMs = 60 * 60 * 1000;
        ManualClock clock;
        SilentSocketServer silent;
        QVERIFY(silent.listen(this));
        RawHttpServer rest;
        const QUrl base = rest.start();
        const QDateTime firstExpires = clock.now().addSecs(3 * 3600 + 5 * 60);
        const QByteArray first = silent.channel("c1", firstExpires);
        rest.script({topicCatalogue(), RawHttpServer::response(200, first),
            RawHttpServer::response(200, "{\"entities\": []}"), RawHttpServer::response(200, "{\"entities\": []}"),
            RawHttpServer::response(200, "{\"entities\": [" + first + "]}"),
            RawHttpServer::response(200, silent.channel("c2", clock.now().addDays(1))),
            RawHttpServer::response(200, "{\"entities\": []}")});
        ApiClient client(Region::fromBaseUrl(base), nullptr, &clock);
        client.setOptions(ApiTestRig::fastOptions());
        NotificationChannel notifications(&client);
        notifications.setHeartbeatTimeoutMs(4 * kHourMs); // the watchdog looks every hour; silence is fine
        QSignalSpy gap(&notifications, &NotificationChannel::gap);
        notifications.start({QStringLiteral("u1")});
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Live);

        clock.advance(2 * kHourMs);
        QCoreApplication::processEvents();
        QCOMPARE(rest.requestLines().size(), 3);
        QCOMPARE(notifications.state(), NotificationChannel::State::Live);

        clock.advance(kHourMs);
        QVERIFY(clock.now() < firstExpires);
        QTRY_COMPARE(rest.requestLines().size(), 7);
        QVERIFY(rest.requestLines().at(3).startsWith("PUT /api/v2/notifications/channels/c1/subscriptions"));
        QVERIFY(rest.requestLines().at(4).startsWith("GET /api/v2/notifications/channels"));
        QVERIFY(rest.requestLines().at(5).startsWith("POST /api/v2/notifications/channels"));
        QVERIFY(rest.requestLines().at(6).startsWith("PUT /api/v2/notifications/channels/c2/subscriptions"));
        QTRY_COMPARE(notifications.state(), NotificationChannel::State::Live);
        QTRY_COMPARE(silent.sockets.size(), 2);
        QCOMPARE(gap.size(), 2);
        notifications.stop();
    }

    // One channel kept past a day by subscribing again before it expires, against the simulator on the
    // same test clock: the same socket stays up for 26 h, no new channel, no gap (no re-read of the
    // roster), and pushes still arrive.
    void keepsTheChannelPastADay()
    {
        constexpr qint64 kHourMs = 60 * 60 * 1000;
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        rig.simClock = &clock;
        SimConfig config;
        config.agents = 20;
        config.tokenTtlSeconds = 72 * 3600;
        QVERIFY(rig.start(config));
        NotificationChannel channel(rig.client.get());
        channel.setHeartbeatTimeoutMs(int(4 * kHourMs)); // the watchdog looks every hour
        channel.setRenewBeforeExpiryMs(90 * 60 * 1000);
        QSignalSpy attached(rig.sim.server(), &SimServer::notificationSocketAttached);
        QSignalSpy gap(&channel, &NotificationChannel::gap);
        const QStringList agents = firstAgents(rig, 2);
        channel.start(agents);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        const qsizetype gapsAtStart = gap.size();
        for (int hour = 0; hour < 26; ++hour) {
            clock.advance(kHourMs);
            QTest::qWait(20); // the hour's heartbeats, and the extension's requests, are read
            QTRY_VERIFY(rig.client->inFlightRequests() == 0 && rig.client->queuedRequests() == 0);
        }
        QCOMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(attached.size(), 1);
        QCOMPARE(channel.channelCount(), 1);
        QCOMPARE(gap.size(), gapsAtStart);
        QVERIFY(pushArrives(rig, channel, agents.first(), QStringLiteral("Break")));
        channel.stop();
    }

    void retriesWhenTheChannelCannotBeCreated()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.maxRetries = 0;
        rig.client->setOptions(options);
        rig.sim.server()->failNext("POST", QStringLiteral("/api/v2/notifications/channels"), 500, 2);
        NotificationChannel channel(rig.client.get());
        channel.setReconnectDelayMs(20, 100);
        QSignalSpy errors(&channel, &NotificationChannel::error);
        const QStringList ids = firstAgents(rig, 2);
        channel.start(ids);
        QTRY_COMPARE(channel.state(), NotificationChannel::State::Live);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(pushArrives(rig, channel, ids.at(0), QStringLiteral("Busy")));
    }
};

QTEST_GUILESS_MAIN(TestNotificationChannel)
#include "tst_notificationchannel.moc"
