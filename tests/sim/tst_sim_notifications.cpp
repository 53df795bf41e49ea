// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "core/ManualClock.h"
#include "sim/SimNotificationHub.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

// Notification channels over real WebSocket: delivery after changes through either protocol, heartbeat,
// ping/pong, topic and channel limits, socket_closing, token revocation and expiry. The simulator runs on
// a ManualClock: heartbeats and expiry come when a test moves the clock, not when the wall clock ticks.
class TestSimNotifications : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kHourMs = 60 * 60 * 1000;

    ManualClock m_clock; // declared before m_sim: outlives it
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;

    struct Socket
    {
        QWebSocket socket;
        QList<QJsonObject> events;

        // Waits for the next event of a topic and takes it from the list.
        QJsonObject waitFor(const QString &topic, int timeoutMs = 10000)
        {
            QJsonObject found;
            auto take = [&]() {
                if (!found.isEmpty())
                    return true;
                for (int i = 0; i < events.size(); ++i) {
                    if (events.at(i).value(QStringLiteral("topicName")).toString() == topic) {
                        found = events.takeAt(i);
                        return true;
                    }
                }
                return false;
            };
            QTRY_LOOP_IMPL(take(), timeoutMs, 20);
            return found;
        }
        bool has(const QString &topic) const
        {
            return std::any_of(events.cbegin(), events.cend(),
                [&](const QJsonObject &e) { return e.value(QStringLiteral("topicName")).toString() == topic; });
        }
    };

    QJsonObject createChannel(SimTestClient &client)
    {
        const auto r = client.send("POST", QStringLiteral("/api/v2/notifications/channels"));
        return r.status == 200 ? r.object() : QJsonObject();
    }

    std::unique_ptr<Socket> connectTo(const QString &connectUri)
    {
        auto s = std::make_unique<Socket>();
        Socket *raw = s.get();
        QObject::connect(&s->socket, &QWebSocket::textMessageReceived, &s->socket,
            [raw](const QString &text) { raw->events.append(QJsonDocument::fromJson(text.toUtf8()).object()); });
        QSignalSpy connected(&s->socket, &QWebSocket::connected);
        s->socket.open(QUrl(connectUri));
        if (!connected.wait(10000))
            return nullptr;
        return s;
    }

    // A ping answered: every event the simulator sent before it has arrived by then.
    static bool pingPong(Socket &ws)
    {
        ws.socket.sendTextMessage(QStringLiteral("{\"message\":\"ping\"}"));
        QTRY_LOOP_IMPL(std::any_of(ws.events.cbegin(), ws.events.cend(), isPong), 10000, 20);
        const auto pong = std::find_if(ws.events.cbegin(), ws.events.cend(), isPong);
        if (pong == ws.events.cend())
            return false;
        ws.events.erase(pong);
        return true;
    }
    static bool isPong(const QJsonObject &e)
    {
        return e.value(QStringLiteral("eventBody")).toObject().value(QStringLiteral("message")).toString()
            == QLatin1String("pong");
    }

    SimTestClient::Reply subscribe(SimTestClient &client, const QString &channelId, const QStringList &topics,
        const QByteArray &method = "POST", const QString &query = QString())
    {
        QJsonArray body;
        for (const QString &t : topics)
            body.append(QJsonObject {{QStringLiteral("id"), t}});
        return client.sendJson(method,
            QStringLiteral("/api/v2/notifications/channels/%1/subscriptions%2").arg(channelId, query),
            QJsonDocument(body));
    }

    QString definitionId(const QString &systemPresence)
    {
        const QJsonArray d = m_client->get(QStringLiteral("/api/v2/presence/definitions"))
                                 .object()
                                 .value(QStringLiteral("entities"))
                                 .toArray();
        for (const QJsonValue &v : d) {
            if (v.toObject().value(QStringLiteral("systemPresence")).toString() == systemPresence
                && v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("System"))
                return v.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 50;
        config.rateLimitPerMinute = 0;
        config.heartbeatSeconds = 30;
        QVERIFY(m_sim.start(config, &m_clock).isValid());
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
    }

    void channelShape()
    {
        const QJsonObject channel = createChannel(*m_client);
        QVERIFY(!channel.value(QStringLiteral("id")).toString().isEmpty());
        const QUrl uri(channel.value(QStringLiteral("connectUri")).toString());
        QCOMPARE(uri.scheme(), QStringLiteral("ws"));
        QCOMPARE(uri.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(uri.port(), m_sim.baseUrl().port());
        const QDateTime expires
            = QDateTime::fromString(channel.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        QVERIFY(expires > m_clock.now().addSecs(23 * 3600));
        QCOMPARE(expires, m_clock.now().addSecs(24 * 3600));
        const QString path
            = QStringLiteral("/api/v2/notifications/channels/") + channel.value(QStringLiteral("id")).toString();
        QCOMPARE(m_client->send("HEAD", path).status, 200);
        QCOMPARE(m_client->send("HEAD", QStringLiteral("/api/v2/notifications/channels/nope")).status, 404);
        const QJsonArray listed = m_client->get(QStringLiteral("/api/v2/notifications/channels"))
                                      .object()
                                      .value(QStringLiteral("entities"))
                                      .toArray();
        QVERIFY(std::any_of(listed.cbegin(), listed.cend(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("id")) == channel.value(QStringLiteral("id"));
        }));
    }

    void presencePatchIsDelivered()
    {
        const QJsonObject channel = createChannel(*m_client);
        const QString agent = m_client->firstAgentId();
        const auto sub = subscribe(*m_client, channel.value(QStringLiteral("id")).toString(),
            {QStringLiteral("v2.users.%1.presence").arg(agent), QStringLiteral("v2.users.%1.activity").arg(agent),
                QStringLiteral("v2.users.%1.routingStatus").arg(agent)});
        QCOMPARE(sub.status, 200);
        const QJsonArray states = sub.object().value(QStringLiteral("entities")).toArray();
        QCOMPARE(states.size(), 3);
        for (const QJsonValue &v : states)
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("Permitted"));

        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        const QString onQueue = definitionId(QStringLiteral("OnQueue"));
        QCOMPARE(m_client
                     ->send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent),
                         "{\"presenceDefinition\":{\"id\":\"" + onQueue.toLatin1() + "\"},\"message\":\"back\"}")
                     .status,
            200);
        const QJsonObject presence = ws->waitFor(QStringLiteral("v2.users.%1.presence").arg(agent));
        QVERIFY(!presence.isEmpty());
        QVERIFY(presence.contains(QStringLiteral("version")));
        QVERIFY(presence.contains(QStringLiteral("metadata")));
        const QJsonObject body = presence.value(QStringLiteral("eventBody")).toObject();
        QCOMPARE(body.value(QStringLiteral("presenceDefinition")).toObject().value(QStringLiteral("id")).toString(),
            onQueue);
        QCOMPARE(body.value(QStringLiteral("presenceDefinition"))
                     .toObject()
                     .value(QStringLiteral("systemPresence"))
                     .toString(),
            QStringLiteral("OnQueue"));
        QCOMPARE(body.value(QStringLiteral("message")).toString(), QStringLiteral("back"));

        const QJsonObject activity = ws->waitFor(QStringLiteral("v2.users.%1.activity").arg(agent));
        QCOMPARE(SimTestClient::at(
                     activity, {QStringLiteral("eventBody"), QStringLiteral("routingStatus"), QStringLiteral("status")})
                     .toString(),
            QStringLiteral("IDLE"));
        // Activity events spell system presences in upper snake case, presence events as the definitions do.
        QCOMPARE(SimTestClient::at(activity,
                     {QStringLiteral("eventBody"), QStringLiteral("presence"), QStringLiteral("presenceDefinition"),
                         QStringLiteral("systemPresence")})
                     .toString(),
            QStringLiteral("ON_QUEUE"));
        QVERIFY(!activity.value(QStringLiteral("eventBody"))
                     .toObject()
                     .value(QStringLiteral("activeQueueIds"))
                     .toArray()
                     .isEmpty());
        const QJsonObject routing = ws->waitFor(QStringLiteral("v2.users.%1.routingStatus").arg(agent));
        QCOMPARE(SimTestClient::at(
                     routing, {QStringLiteral("eventBody"), QStringLiteral("routingStatus"), QStringLiteral("status")})
                     .toString(),
            QStringLiteral("IDLE"));
    }

    void statusApiAndCompetitorChangesAreDelivered()
    {
        const QJsonObject channel = createChannel(*m_client);
        const QString agent = m_client->firstAgentId();
        QCOMPARE(subscribe(*m_client, channel.value(QStringLiteral("id")).toString(),
                     {QStringLiteral("v2.users.%1.presence").arg(agent)})
                     .status,
            200);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        const auto current = m_client->get(QStringLiteral("/api/v2/users/%1/status").arg(agent));
        QCOMPARE(m_client
                     ->send("PUT", QStringLiteral("/api/v2/users/%1/status").arg(agent),
                         "{\"status\":\"Training\",\"reason\":\"Coaching\"}", {{"If-Match", current.header("ETag")}})
                     .status,
            200);
        const QJsonObject event = ws->waitFor(QStringLiteral("v2.users.%1.presence").arg(agent));
        QCOMPARE(
            SimTestClient::at(event,
                {QStringLiteral("eventBody"), QStringLiteral("presenceDefinition"), QStringLiteral("systemPresence")})
                .toString(),
            QStringLiteral("Training"));

        QCOMPARE(m_sim.server()->changeAgentAsCompetitor(agent), agent);
        QVERIFY(!ws->waitFor(QStringLiteral("v2.users.%1.presence").arg(agent)).isEmpty());
    }

    void unsubscribedTopicsStayQuiet()
    {
        const QJsonObject channel = createChannel(*m_client);
        const QJsonArray users = m_client->get(QStringLiteral("/api/v2/users?pageSize=2"))
                                     .object()
                                     .value(QStringLiteral("entities"))
                                     .toArray();
        const QString watched = users.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString other = users.at(1).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(subscribe(*m_client, channel.value(QStringLiteral("id")).toString(),
                     {QStringLiteral("v2.users.%1.presence").arg(watched)})
                     .status,
            200);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        m_sim.server()->changeAgentAsCompetitor(other);
        m_sim.server()->changeAgentAsCompetitor(watched);
        QVERIFY(!ws->waitFor(QStringLiteral("v2.users.%1.presence").arg(watched)).isEmpty());
        // Events go out in order, so the other agent's change would have arrived first.
        QVERIFY(!ws->has(QStringLiteral("v2.users.%1.presence").arg(other)));
    }

    void heartbeatAndPong()
    {
        const QJsonObject channel = createChannel(*m_client);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        // The heartbeat comes every 30 s of the simulator's clock, and not before.
        const qint64 sinceBeat = 30'000 - m_clock.monotonicMs() % 30'000;
        m_clock.advance(sinceBeat - 1);
        QVERIFY(pingPong(*ws));
        QVERIFY(!ws->has(QStringLiteral("channel.metadata")));
        m_clock.advance(1);
        const QJsonObject heartbeat = ws->waitFor(QStringLiteral("channel.metadata"));
        QCOMPARE(heartbeat.value(QStringLiteral("eventBody")).toObject().value(QStringLiteral("message")).toString(),
            QStringLiteral("WebSocket Heartbeat"));
        ws->events.clear();
        ws->socket.sendTextMessage(QStringLiteral("{\"message\":\"ping\"}"));
        QJsonObject pong;
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(ws->events.cbegin(), ws->events.cend(),
                [](const QJsonObject &e) {
                    return e.value(QStringLiteral("eventBody")).toObject().value(QStringLiteral("message")).toString()
                        == QLatin1String("pong");
                }),
            10000);
        // Nonsense from the client is ignored, the socket stays up.
        ws->socket.sendTextMessage(QStringLiteral("not json at all {"));
        ws->socket.sendBinaryMessage(QByteArray("\x01\x02", 2));
        ws->events.clear();
        m_clock.advance(30'000);
        QVERIFY(!ws->waitFor(QStringLiteral("channel.metadata")).isEmpty());
        QVERIFY(ws->socket.isValid());
    }

    // PUT /sim/heartbeats {"stopped": true}: a socket gone quiet without closing (no heartbeat, no pong),
    // while events still flow; {"stopped": false} brings both back.
    void stoppedHeartbeatsAndPong()
    {
        const QJsonObject channel = createChannel(*m_client);
        const QString channelId = channel.value(QStringLiteral("id")).toString();
        const QString watched = m_sim.server()->organisation()->activeAgentAt(7);
        QCOMPARE(subscribe(*m_client, channelId, {QStringLiteral("v2.users.%1.presence").arg(watched)}).status, 200);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        SimTestClient control(m_sim.baseUrl());
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/heartbeats"), "{}").status, 400);
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/heartbeats"), "{\"stopped\":true}").status, 200);
        QCOMPARE(control.get(QStringLiteral("/sim/state")).object().value(QStringLiteral("heartbeatsStopped")),
            QJsonValue(true));
        ws->events.clear();
        m_clock.advance(5 * 30'000);
        ws->socket.sendTextMessage(QStringLiteral("{\"message\":\"ping\"}"));
        m_sim.server()->changeAgentAsCompetitor(watched);
        QVERIFY(!ws->waitFor(QStringLiteral("v2.users.%1.presence").arg(watched)).isEmpty()); // events flow
        QTest::qWait(100);
        QVERIFY(!ws->has(QStringLiteral("channel.metadata"))); // neither heartbeat nor pong came
        QVERIFY(ws->socket.isValid());

        QCOMPARE(control.send("PUT", QStringLiteral("/sim/heartbeats"), "{\"stopped\":false}").status, 200);
        QVERIFY(pingPong(*ws));
        m_clock.advance(30'000);
        QVERIFY(!ws->waitFor(QStringLiteral("channel.metadata")).isEmpty());
    }

    void oversizedClientMessageClosesTheSocket()
    {
        const QJsonObject channel = createChannel(*m_client);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        QSignalSpy closed(&ws->socket, &QWebSocket::disconnected);
        ws->socket.sendTextMessage(QString(int(SimNotificationHub::kMaxIncomingMessageBytes) + 1, QLatin1Char('x')));
        QVERIFY(closed.wait(10000));
        QCOMPARE(ws->socket.closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
    }

    void subscriptionsListReplaceAndDelete()
    {
        const QString id = createChannel(*m_client).value(QStringLiteral("id")).toString();
        const QJsonArray users = m_client->get(QStringLiteral("/api/v2/users?pageSize=3"))
                                     .object()
                                     .value(QStringLiteral("entities"))
                                     .toArray();
        auto topic = [&](int i) {
            return QStringLiteral("v2.users.%1.presence")
                .arg(users.at(i).toObject().value(QStringLiteral("id")).toString());
        };
        QCOMPARE(subscribe(*m_client, id, {topic(0), topic(1)}).status, 200);
        QCOMPARE(subscribe(*m_client, id, {topic(2)}).status, 200);
        const QString path = QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(id);
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("entities")).toArray().size(), 3);
        const auto replaced = subscribe(*m_client, id, {topic(1)}, "PUT");
        QCOMPARE(replaced.status, 200);
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("entities")).toArray().size(), 1);
        QCOMPARE(m_client->send("DELETE", path).status, 204);
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("entities")).toArray().size(), 0);
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/notifications/channels/nope/subscriptions")).status, 404);
    }

    void invalidTopics()
    {
        const QString id = createChannel(*m_client).value(QStringLiteral("id")).toString();
        const QString good = QStringLiteral("v2.users.%1.presence").arg(m_client->firstAgentId());
        const auto bad = subscribe(*m_client, id, {good, QStringLiteral("v2.nonsense")});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.object().value(QStringLiteral("code")).toString(), QStringLiteral("notification.invalid.topic"));
        // ignoreErrors hides an unknown user's topic (Rejected), not a topic of no listed kind (the
        // stricter reading of what Genesys leaves undocumented).
        const auto nonsense = subscribe(
            *m_client, id, {good, QStringLiteral("v2.nonsense")}, "POST", QStringLiteral("?ignoreErrors=true"));
        QCOMPARE(nonsense.status, 400);
        const auto ignored = subscribe(*m_client, id, {good, QStringLiteral("v2.users.nobody.presence")}, "POST",
            QStringLiteral("?ignoreErrors=true"));
        QCOMPARE(ignored.status, 200);
        int rejected = 0;
        for (const QJsonValue &v : ignored.object().value(QStringLiteral("entities")).toArray())
            rejected += v.toObject().value(QStringLiteral("state")).toString() == QLatin1String("Rejected") ? 1 : 0;
        QCOMPARE(rejected, 1);
        QCOMPARE(
            m_client
                ->send("POST", QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(id), "{\"id\":1}")
                .status,
            400);
        QCOMPARE(
            m_client
                ->send("POST", QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(id), "[{\"id\":")
                .status,
            400);
    }

    void thousandTopicsPerChannel()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 1001;
        config.rateLimitPerMinute = 0;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        client.signIn();
        QStringList topics;
        for (int page = 1; page <= 3; ++page) {
            const QJsonArray users = client.get(QStringLiteral("/api/v2/users?pageSize=500&pageNumber=%1").arg(page))
                                         .object()
                                         .value(QStringLiteral("entities"))
                                         .toArray();
            for (const QJsonValue &v : users)
                topics.append(
                    QStringLiteral("v2.users.%1.activity").arg(v.toObject().value(QStringLiteral("id")).toString()));
        }
        QCOMPARE(topics.size(), 1001);
        const QString id = createChannel(client).value(QStringLiteral("id")).toString();
        QCOMPARE(subscribe(client, id, topics.mid(0, 1000)).status, 200);
        const auto over = subscribe(client, id, topics.mid(1000, 1));
        QCOMPARE(over.status, 400);
        QVERIFY(over.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("1000")));
        QCOMPARE(client.get(QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(id))
                     .object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .size(),
            1000);
        QCOMPARE(
            subscribe(client, id, topics.mid(1, 1000), "PUT").status, 200); // a replacement may use the full budget
    }

    // A client without a topic's permissions gets that topic rejected, naming what is missing, as the
    // catalogue says it requires; with ignoreErrors the rest is subscribed, without it the request fails.
    void topicsNeedTheirPermissions()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 0;
        config.clients = {{QStringLiteral("narrow"), QStringLiteral("s1"), {QStringLiteral("routing:agent:view")}}};
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn(QStringLiteral("narrow"), QStringLiteral("s1")).isEmpty());

        QHash<QString, QStringList> required;
        const auto catalogue
            = client.get(QStringLiteral("/api/v2/notifications/availabletopics?expand=requiresPermissions"));
        for (const QJsonValue &v : catalogue.object().value(QStringLiteral("entities")).toArray()) {
            QStringList permissions;
            for (const QJsonValue &p : v.toObject().value(QStringLiteral("requiresPermissions")).toArray())
                permissions.append(p.toString());
            required.insert(v.toObject().value(QStringLiteral("id")).toString(), permissions);
        }
        QCOMPARE(required.value(QStringLiteral("v2.users.{id}.presence")),
            QStringList {QStringLiteral("presence:userPresence:view")});
        QCOMPARE(required.value(QStringLiteral("v2.users.{id}.routingStatus")),
            QStringList {QStringLiteral("routing:agent:view")});

        const QString agent = sim.server()->organisation()->activeAgentAt(0);
        const QString presence = QStringLiteral("v2.users.%1.presence").arg(agent);
        const QString routing = QStringLiteral("v2.users.%1.routingStatus").arg(agent);
        const QString activity = QStringLiteral("v2.users.%1.activity").arg(agent);
        const QString id = createChannel(client).value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(subscribe(client, id, {routing, presence}).status, 403);

        const auto sub
            = subscribe(client, id, {presence, routing, activity}, "POST", QStringLiteral("?ignoreErrors=true"));
        QCOMPARE(sub.status, 200);
        QHash<QString, QJsonObject> states;
        for (const QJsonValue &v : sub.object().value(QStringLiteral("entities")).toArray())
            states.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
        QCOMPARE(states.value(routing).value(QStringLiteral("state")).toString(), QStringLiteral("Permitted"));
        for (const QString &rejected : {presence, activity}) {
            const QJsonObject state = states.value(rejected);
            QCOMPARE(state.value(QStringLiteral("state")).toString(), QStringLiteral("Rejected"));
            QCOMPARE(state.value(QStringLiteral("missingPermissions")).toArray(),
                QJsonArray {QStringLiteral("presence:userPresence:view")});
            QVERIFY(state.value(QStringLiteral("rejectionReason"))
                        .toString()
                        .contains(QStringLiteral("presence:userPresence:view")));
        }
        const auto listed = client.get(QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(id));
        const QJsonArray topics = listed.object().value(QStringLiteral("entities")).toArray();
        QCOMPARE(topics.size(), 1);
        QCOMPARE(topics.at(0).toObject().value(QStringLiteral("id")).toString(), routing);
    }

    void twentyChannelsPerClient()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 0;
        config.clients
            = {{QStringLiteral("one"), QStringLiteral("s1"), {}}, {QStringLiteral("two"), QStringLiteral("s2"), {}}};
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn(QStringLiteral("one"), QStringLiteral("s1")).isEmpty());
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids.append(createChannel(client).value(QStringLiteral("id")).toString());
        QCOMPARE(client.get(QStringLiteral("/api/v2/notifications/channels"))
                     .object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .size(),
            20);
        // Keep the oldest channel in use: the least recently used one goes instead.
        QCOMPARE(
            client.get(QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(ids.at(0))).status, 200);
        const QString newest = createChannel(client).value(QStringLiteral("id")).toString();
        QVERIFY(!newest.isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/notifications/channels"))
                     .object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .size(),
            20);
        QCOMPARE(client.send("HEAD", QStringLiteral("/api/v2/notifications/channels/") + ids.at(1)).status, 404);
        QCOMPARE(client.send("HEAD", QStringLiteral("/api/v2/notifications/channels/") + ids.at(0)).status, 200);
        // Another client has its own budget and cannot see these channels.
        SimTestClient other(sim.baseUrl());
        QVERIFY(!other.signIn(QStringLiteral("two"), QStringLiteral("s2")).isEmpty());
        QCOMPARE(other.get(QStringLiteral("/api/v2/notifications/channels"))
                     .object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .size(),
            0);
    }

    void socketClosingOnDemand()
    {
        const QJsonObject channel = createChannel(*m_client);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        SimTestClient control(m_sim.baseUrl());
        QVERIFY(control.send("POST", QStringLiteral("/sim/sockets/closing"))
                    .object()
                    .value(QStringLiteral("notified"))
                    .toInt()
            >= 1);
        const QJsonObject closing = ws->waitFor(QStringLiteral("v2.system.socket_closing"));
        QCOMPARE(closing.value(QStringLiteral("eventBody")).toObject().value(QStringLiteral("channelId")).toString(),
            channel.value(QStringLiteral("id")).toString());

        QSignalSpy disconnected(&ws->socket, &QWebSocket::disconnected);
        QVERIFY(
            control.send("POST", QStringLiteral("/sim/sockets/close")).object().value(QStringLiteral("closed")).toInt()
            >= 1);
        QVERIFY(!disconnected.isEmpty() || disconnected.wait(10000));
        // The channel survives a dropped socket: reconnecting works.
        QVERIFY(connectTo(channel.value(QStringLiteral("connectUri")).toString()));
    }

    void unknownChannelSocketIsClosed()
    {
        QWebSocket socket;
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/channels/unknown").arg(m_sim.baseUrl().port())));
        QVERIFY(disconnected.wait(10000));
    }

    void expiredTokensLoseTheirChannels()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.tokenTtlSeconds = 1;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        const QJsonObject channel = createChannel(client);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        QSignalSpy disconnected(&ws->socket, &QWebSocket::disconnected);
        clock.advance(999);
        QVERIFY(pingPong(*ws)); // still up while the token lives
        QVERIFY(disconnected.isEmpty());
        clock.advance(1);
        QVERIFY(!disconnected.isEmpty() || disconnected.wait(10000));
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(
            client
                .send("HEAD",
                    QStringLiteral("/api/v2/notifications/channels/") + channel.value(QStringLiteral("id")).toString())
                .status,
            404);
    }

    // A channel lives 24 hours of the simulator's clock, even when its token lives longer.
    void channelsExpireAfterTheirLifetime()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.tokenTtlSeconds = 48 * 3600;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        const QJsonObject channel = createChannel(client);
        const QString path
            = QStringLiteral("/api/v2/notifications/channels/") + channel.value(QStringLiteral("id")).toString();
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        QSignalSpy disconnected(&ws->socket, &QWebSocket::disconnected);
        clock.advance(SimNotificationHub::kChannelLifetimeSeconds * 1000LL - 1000);
        QCOMPARE(client.send("HEAD", path).status, 200);
        QVERIFY(pingPong(*ws));
        QVERIFY(disconnected.isEmpty());
        QCOMPARE(ws->events.size(), 24 * 60 * 2 - 1); // a heartbeat every 30 s of the day so far
        clock.advance(1000);
        QVERIFY(!disconnected.isEmpty() || disconnected.wait(10000));
        QCOMPARE(client.send("HEAD", path).status, 404);
        QCOMPARE(client.get(QStringLiteral("/api/v2/notifications/channels"))
                     .object()
                     .value(QStringLiteral("entities"))
                     .toArray()
                     .size(),
            0);
    }

    // Subscribing again before `expires` keeps the channel: its lifetime starts again, so one channel
    // and one socket last past a day.
    void resubscribingExtendsTheChannel()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.tokenTtlSeconds = 72 * 3600;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        const QJsonObject channel = createChannel(client);
        const QString id = channel.value(QStringLiteral("id")).toString();
        const QDateTime firstExpiry
            = QDateTime::fromString(channel.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        QSignalSpy disconnected(&ws->socket, &QWebSocket::disconnected);
        const QString topic = QStringLiteral("v2.users.%1.activity").arg(client.firstAgentId());
        QCOMPARE(subscribe(client, id, {topic}).status, 200);
        clock.advance(23 * 3600 * 1000LL);
        QCOMPARE(subscribe(client, id, {topic}).status, 200);
        const QJsonArray listed = client.get(QStringLiteral("/api/v2/notifications/channels"))
                                      .object()
                                      .value(QStringLiteral("entities"))
                                      .toArray();
        QCOMPARE(listed.size(), 1);
        const QDateTime extended = QDateTime::fromString(
            listed.at(0).toObject().value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs);
        QCOMPARE(extended, firstExpiry.addSecs(23 * 3600));
        clock.advance(2 * 3600 * 1000LL); // past the first day
        QCOMPARE(client.send("HEAD", QStringLiteral("/api/v2/notifications/channels/") + id).status, 200);
        QVERIFY(pingPong(*ws));
        QVERIFY(disconnected.isEmpty());
        clock.advance(22 * 3600 * 1000LL); // a day after the last subscription
        QVERIFY(!disconnected.isEmpty() || disconnected.wait(10000));
        QCOMPARE(client.send("HEAD", QStringLiteral("/api/v2/notifications/channels/") + id).status, 404);
    }

    void revokedTokensLoseTheirChannels()
    {
        SimTestClient client(m_sim.baseUrl());
        client.signIn();
        const QJsonObject channel = createChannel(client);
        auto ws = connectTo(channel.value(QStringLiteral("connectUri")).toString());
        QVERIFY(ws);
        QSignalSpy disconnected(&ws->socket, &QWebSocket::disconnected);
        SimTestClient control(m_sim.baseUrl());
        control.send("POST", QStringLiteral("/sim/tokens/revoke"),
            QJsonDocument(QJsonObject {{QStringLiteral("token"), client.token()}}).toJson());
        QVERIFY(!disconnected.isEmpty() || disconnected.wait(10000));
        QCOMPARE(
            m_client
                ->send("HEAD",
                    QStringLiteral("/api/v2/notifications/channels/") + channel.value(QStringLiteral("id")).toString())
                .status,
            404);
    }
};

QTEST_GUILESS_MAIN(TestSimNotifications)
#include "tst_sim_notifications.moc"
