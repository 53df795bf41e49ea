// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "core/ManualClock.h"
#include "sim/SimOrganisation.h"
#include "sim/SimWebhookSink.h"
#include "support/SimFixture.h"

#include <QElapsedTimer>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

// Rate limits, scripted and random faults, latency, the competing supervisor and the webhook sink.
class TestSimFaults : public QObject
{
    Q_OBJECT

private slots:
    void rateLimitGives429WithRetryAfter()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 5;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        const auto limited = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(limited.status, 429);
        // The code Genesys answers 429s with today (the 2017 definition said too.many.requests).
        QCOMPARE(
            limited.object().value(QStringLiteral("code")).toString(), QStringLiteral("too.many.requests.retry.after"));
        QVERIFY(limited.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("[5]")));
        bool ok = false;
        const int retryAfter = limited.header("Retry-After").toInt(&ok);
        QVERIFY(ok);
        QVERIFY(retryAfter >= 1 && retryAfter <= 60);
        // The budget is per token: a fresh token gets its own.
        SimTestClient other(sim.baseUrl());
        QVERIFY(!other.signIn().isEmpty());
        QCOMPARE(other.get(QStringLiteral("/api/v2/users")).status, 200);
        // The limit can be lifted at run time.
        SimTestClient control(sim.baseUrl());
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/rate-limit"), "{\"perMinute\":0}").status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    // The one-minute window is the simulator's minute: it resets after 60 s of its clock, no sleeping.
    void rateLimitWindowResetsOnTheSimulatorsClock()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 5;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        auto limited = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("60"));
        clock.advance(30'000);
        limited = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("30"));
        clock.advance(29'999);
        limited = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("1"));
        clock.advance(1);
        // A new window with the whole budget.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
    }

    // The minute is a rolling one: no 60 s stretch holds more than the limit, wherever it starts. A
    // window counted from its first request would let 5 more through at 60 s, 7 in the stretch 30 s..90 s.
    void rateLimitWindowRolls()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 5;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        clock.advance(30'000);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        clock.advance(30'000); // the first three leave the window, the two of 30 s stay
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        const auto limited = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.header("Retry-After"), QByteArray("30")); // when the two of 30 s leave
        clock.advance(29'999);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        clock.advance(1);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
    }

    void scriptedFaultsOverHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("500") << 500 << QStringLiteral("internal.server.error");
        QTest::newRow("503") << 503 << QStringLiteral("service.unavailable");
        QTest::newRow("504") << 504 << QStringLiteral("request.timeout");
        QTest::newRow("429") << 429 << QStringLiteral("too.many.requests.retry.after");
    }

    void scriptedFaultsOverHttp()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        SimTestClient control(sim.baseUrl());
        const QJsonObject fault {{QStringLiteral("method"), QStringLiteral("GET")},
            {QStringLiteral("path"), QStringLiteral("/api/v2/users")}, {QStringLiteral("status"), status},
            {QStringLiteral("count"), 2}};
        QCOMPARE(control.sendJson("POST", QStringLiteral("/sim/faults"), QJsonDocument(fault)).status, 200);
        QCOMPARE(control.get(QStringLiteral("/sim/faults")).array().size(), 1);
        for (int i = 0; i < 2; ++i) {
            const auto r = client.get(QStringLiteral("/api/v2/users"));
            QCOMPARE(r.status, status);
            QCOMPARE(r.object().value(QStringLiteral("code")).toString(), code);
            QVERIFY(!r.header("ININ-Correlation-Id").isEmpty());
        }
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(control.get(QStringLiteral("/sim/faults")).array().size(), 0);
    }

    void scriptedFaultsMatchMethodAndPrefix()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        const QString agent = client.firstAgentId();
        sim.server()->failNext("PUT", QStringLiteral("/api/v2/users/*"), 503, 1);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users/%1/status").arg(agent)).status, 200); // GET is not matched
        const auto current = client.get(QStringLiteral("/api/v2/users/%1/status").arg(agent));
        QCOMPARE(client
                     .send("PUT", QStringLiteral("/api/v2/users/%1/status").arg(agent), "{\"status\":\"Break\"}",
                         {{"If-Match", current.header("ETag")}})
                     .status,
            503);
        // The failed write changed nothing, so the same ETag still works.
        QCOMPARE(client
                     .send("PUT", QStringLiteral("/api/v2/users/%1/status").arg(agent), "{\"status\":\"Break\"}",
                         {{"If-Match", current.header("ETag")}})
                     .status,
            200);
        SimTestClient control(sim.baseUrl());
        control.sendJson("POST", QStringLiteral("/sim/faults"),
            QJsonDocument(QJsonObject {
                {QStringLiteral("path"), QStringLiteral("/oauth/token")}, {QStringLiteral("status"), 500}}));
        QVERIFY(client.signIn().isEmpty());
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(control.send("DELETE", QStringLiteral("/sim/faults")).status, 200);
        QCOMPARE(control.send("POST", QStringLiteral("/sim/faults"), "{\"path\":\"/x\",\"status\":99}").status, 400);
        QCOMPARE(control.send("POST", QStringLiteral("/sim/faults"), "not json").status, 400);
    }

    // "apply": true carries the write out, then answers with the fault: the server did the work and the
    // client cannot know. Without apply the fault answers instead of the request, which changes nothing.
    void appliedFaultsCarryTheWriteOut()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        SimOrganisation *org = sim.server()->organisation();
        const QString agent = org->activeAgentAt(2);
        const QString path = QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent);
        auto patch = [&](const QString &presence) {
            const QString id = org->systemDefinition(presence)->id;
            return client.sendJson("PATCH", path,
                QJsonDocument(
                    QJsonObject {{QStringLiteral("presenceDefinition"), QJsonObject {{QStringLiteral("id"), id}}}}));
        };
        const quint64 before = org->user(agent)->revision;
        sim.server()->failNext("PATCH", path, 500, 1);
        QCOMPARE(patch(QStringLiteral("Meeting")).status, 500);
        QCOMPARE(org->user(agent)->revision, before); // answered instead: nothing happened

        SimTestClient control(sim.baseUrl());
        QCOMPARE(control
                     .sendJson("POST", QStringLiteral("/sim/faults"),
                         QJsonDocument(QJsonObject {{QStringLiteral("method"), QStringLiteral("PATCH")},
                             {QStringLiteral("path"), QStringLiteral("/api/v2/users/*")},
                             {QStringLiteral("status"), 500}, {QStringLiteral("apply"), true}}))
                     .status,
            200);
        QCOMPARE(control.get(QStringLiteral("/sim/faults")).array().at(0).toObject().value(QStringLiteral("apply")),
            QJsonValue(true));
        const auto answered500 = patch(QStringLiteral("Meeting"));
        QCOMPARE(answered500.status, 500);
        QCOMPARE(
            answered500.object().value(QStringLiteral("code")).toString(), QStringLiteral("internal.server.error"));
        QCOMPARE(client.systemPresenceOf(agent), QStringLiteral("Meeting")); // but it happened

        // Applied, then the connection dropped (more than one: QNAM re-sends once on a dropped keep-alive).
        sim.server()->failAfterApplying("PATCH", path, 0, 3, true);
        const auto dropped = patch(QStringLiteral("Training"));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        QCOMPARE(client.systemPresenceOf(agent), QStringLiteral("Training"));
        QCOMPARE(control.send("DELETE", QStringLiteral("/sim/faults")).status, 200);

        // Applied, the real answer late; a body without status and without apply is refused.
        QCOMPARE(control
                     .send("POST", QStringLiteral("/sim/faults"),
                         "{\"method\":\"PATCH\",\"path\":\"/api/v2/users/*\",\"apply\":true,\"delayMs\":300}")
                     .status,
            200);
        QElapsedTimer timer;
        timer.start();
        const auto late = patch(QStringLiteral("Busy"));
        QCOMPARE(late.status, 200);
        QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(client.systemPresenceOf(agent), QStringLiteral("Busy"));
        QCOMPARE(control.send("POST", QStringLiteral("/sim/faults"), "{\"path\":\"/x\",\"delayMs\":300}").status, 400);
    }

    // PUT /sim/clock moves a ManualClock (in-process, or statusdesk-sim --movable-clock) forward only;
    // on the system clock it is refused.
    void clockCanBeMovedWhenManual()
    {
        ManualClock clock;
        SimFixture sim;
        QVERIFY(sim.start(SimConfig(), &clock).isValid());
        SimTestClient control(sim.baseUrl());
        const QDateTime start = clock.now();
        const auto moved = control.send("PUT", QStringLiteral("/sim/clock"), "{\"advanceMs\":3600000}");
        QCOMPARE(moved.status, 200);
        QCOMPARE(clock.now(), start.addSecs(3600));
        QCOMPARE(moved.object().value(QStringLiteral("movable")), QJsonValue(true));
        QCOMPARE(QDateTime::fromString(moved.object().value(QStringLiteral("now")).toString(), Qt::ISODateWithMs),
            start.addSecs(3600));
        const QString to = start.addSecs(7200).toString(Qt::ISODateWithMs);
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/clock"), QStringLiteral("{\"to\":\"%1\"}").arg(to).toUtf8())
                     .status,
            200);
        QCOMPARE(clock.now(), start.addSecs(7200));
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/clock"), "{\"advanceMs\":-1}").status, 400);
        const QString back = start.toString(Qt::ISODateWithMs);
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/clock"), QStringLiteral("{\"to\":\"%1\"}").arg(back).toUtf8())
                     .status,
            400);
        QCOMPARE(clock.now(), start.addSecs(7200));

        SimFixture real;
        QVERIFY(real.start().isValid());
        SimTestClient realControl(real.baseUrl());
        QCOMPARE(realControl.send("PUT", QStringLiteral("/sim/clock"), "{\"advanceMs\":1000}").status, 409);
        QCOMPARE(
            realControl.get(QStringLiteral("/sim/clock")).object().value(QStringLiteral("movable")), QJsonValue(false));
    }

    void droppedConnections()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        // QNAM quietly retries a GET once on a dropped keep-alive connection, so drop more than one.
        sim.server()->dropNext("GET", QStringLiteral("/api/v2/users"), 10);
        const auto dropped = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(dropped.status, 0);
        QVERIFY(dropped.error != QNetworkReply::NoError);
        SimTestClient control(sim.baseUrl());
        QCOMPARE(control.send("DELETE", QStringLiteral("/sim/faults")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        control.sendJson("POST", QStringLiteral("/sim/faults"),
            QJsonDocument(QJsonObject {{QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("path"), QStringLiteral("/oauth/token")}, {QStringLiteral("drop"), true},
                {QStringLiteral("count"), 10}}));
        QVERIFY(client.signIn().isEmpty());
    }

    void failRateFailsEveryRequestAtOne()
    {
        SimFixture sim;
        SimConfig config;
        config.failRate = 1.0;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(client.signIn().isEmpty()); // the login host fails as well
        int http5xx = 0;
        int dropped = 0;
        for (int i = 0; i < 30; ++i) {
            const auto r = client.get(QStringLiteral("/api/v2/users"));
            QVERIFY2(r.status == 500 || r.status == 503 || r.status == 0, qPrintable(QString::number(r.status)));
            http5xx += r.status != 0 ? 1 : 0;
            dropped += r.status == 0 ? 1 : 0;
        }
        QVERIFY(http5xx > 0);
        QVERIFY(dropped > 0);
        // The control endpoint is never faulted, and can switch the faults off.
        SimTestClient control(sim.baseUrl());
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/fail-rate"), "{\"fraction\":0}").status, 200);
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    void latencyDelaysButDelivers()
    {
        SimFixture sim;
        SimConfig config;
        config.latencyMinMs = 50;
        config.latencyMaxMs = 80;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        // A delay longer than the client's patience is a timeout, not an answer.
        SimTestClient control(sim.baseUrl());
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/latency"), "{\"minMs\":3000,\"maxMs\":3000}").status, 200);
        const auto late = client.send("GET", QStringLiteral("/api/v2/users"), QByteArray(), {}, 300);
        QCOMPARE(late.status, 0);
        QCOMPARE(late.error, QNetworkReply::OperationCanceledError);
        sim.server()->setLatency(0, 0);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    // Added latency waits on the simulator's clock: the answer leaves when the clock has moved on by it.
    void latencyRunsOnTheSimulatorsClock()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.latencyMinMs = 3000;
        config.latencyMaxMs = 3000;
        QVERIFY(sim.start(config, &clock).isValid());
        const int idleTimers = clock.activeTimerCount();
        QNetworkAccessManager nam;
        QNetworkRequest request(sim.baseUrl().resolved(QUrl(QStringLiteral("/oauth/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setRawHeader(
            "Authorization", "Basic " + QByteArray("statusdesk-demo:statusdesk-demo-secret").toBase64());
        std::unique_ptr<QNetworkReply> reply(nam.post(request, QByteArrayLiteral("grant_type=client_credentials")));
        // The simulator holds the answer on a timer of its clock.
        QTRY_COMPARE_WITH_TIMEOUT(clock.activeTimerCount(), idleTimers + 1, 10000);
        clock.advance(2999);
        QCOMPARE(clock.activeTimerCount(), idleTimers + 1);
        QVERIFY(!reply->isFinished());
        clock.advance(1);
        QCOMPARE(clock.activeTimerCount(), idleTimers);
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(!QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("access_token"))
                     .toString()
                     .isEmpty());
    }

    void competitorChangesAgentsAtItsRate()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 10;
        config.competitorPerMinute = 600; // one every 100 ms
        QVERIFY(sim.start(config, &clock).isValid());
        SimOrganisation *org = sim.server()->organisation();
        const QString competitor = org->competitorId();
        auto changedByCompetitor = [&]() {
            int n = 0;
            for (const SimAgent &a : org->users())
                n += a.modifiedBy == competitor ? 1 : 0;
            return n;
        };
        QCOMPARE(changedByCompetitor(), 0);
        clock.advance(99);
        QCOMPARE(changedByCompetitor(), 0);
        clock.advance(1);
        QCOMPARE(changedByCompetitor(), 1);
        clock.advance(1000);
        QVERIFY(changedByCompetitor() >= 2);
        SimTestClient control(sim.baseUrl());
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/competitor"), "{\"perMinute\":0}").status, 200);
        QCOMPARE(
            control.get(QStringLiteral("/sim/state")).object().value(QStringLiteral("competitorPerMinute")).toDouble(),
            0.0);
        const auto changed = control.send("POST", QStringLiteral("/sim/competitor/change"), "{}");
        QCOMPARE(changed.status, 200);
        QCOMPARE(org->user(changed.object().value(QStringLiteral("userId")).toString())->modifiedBy, competitor);
        QCOMPARE(control.send("POST", QStringLiteral("/sim/competitor/change"), "{\"userId\":\"nobody\"}").status, 404);
    }

    void webhookSinkRecordsDeliveries()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient payroll(sim.baseUrl());
        const QByteArray body
            = "{\"user_id\":\"u1\",\"target_status\":\"Break\",\"timestamp\":\"2026-11-25T10:00:00Z\",\"etag\":\"r2\"}";
        const auto r = payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), body,
            {{"X-Genesys-Event", "state_change"}, {"X-StatusDesk-Delivery", "evt-1"}});
        QCOMPARE(r.status, 200);
        payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "not json");
        payroll.send("POST", QStringLiteral("/sim/webhooks/other"), "{}");
        const QJsonArray deliveries = payroll.get(QStringLiteral("/sim/webhooks/payroll")).array();
        QCOMPARE(deliveries.size(), 2);
        const QJsonObject first = deliveries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("body")).toObject().value(QStringLiteral("target_status")).toString(),
            QStringLiteral("Break"));
        QCOMPARE(first.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-genesys-event")).toString(),
            QStringLiteral("state_change"));
        QCOMPARE(
            first.value(QStringLiteral("headers")).toObject().value(QStringLiteral("x-statusdesk-delivery")).toString(),
            QStringLiteral("evt-1"));
        QVERIFY(!first.value(QStringLiteral("time")).toString().isEmpty());
        QCOMPARE(deliveries.at(1).toObject().value(QStringLiteral("rawBody")).toString(), QStringLiteral("not json"));
        QCOMPARE(sim.server()->webhookDeliveries(QStringLiteral("other")).size(), 1);
        QCOMPARE(payroll.send("DELETE", QStringLiteral("/sim/webhooks/payroll")).status, 204);
        QCOMPARE(payroll.get(QStringLiteral("/sim/webhooks/payroll")).array().size(), 0);
    }

    void webhookSinkKeepsTheNewestDeliveries()
    {
        ManualClock clock;
        const QDateTime start = clock.now();
        SimWebhookSink sink(&clock);
        sink.setMaxRecorded(3);
        for (int i = 1; i <= 5; ++i) {
            clock.advance(1000);
            SimRequest request;
            request.method = "POST";
            request.body = QByteArray("{\"n\":") + QByteArray::number(i) + '}';
            QCOMPARE(sink.deliver(QStringLiteral("payroll"), request).status, 200);
        }
        const QJsonArray kept = sink.deliveries(QStringLiteral("payroll"));
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.first()[QLatin1String("body")][QLatin1String("n")].toInt(), 3);
        QCOMPARE(kept.last()[QLatin1String("body")][QLatin1String("n")].toInt(), 5);
        // Each delivery is stamped with the simulator's time.
        QCOMPARE(kept.first()[QLatin1String("time")].toString(), start.addSecs(3).toString(Qt::ISODateWithMs));
        QCOMPARE(kept.last()[QLatin1String("time")].toString(), start.addSecs(5).toString(Qt::ISODateWithMs));
    }

    void webhookSinkFailsOnDemand_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("server error") << 500;
        QTest::newRow("unavailable") << 503;
        QTest::newRow("too many") << 429;
        QTest::newRow("gone") << 410;
    }

    void webhookSinkFailsOnDemand()
    {
        QFETCH(int, status);
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient payroll(sim.baseUrl());
        QCOMPARE(payroll
                     .sendJson("POST", QStringLiteral("/sim/webhooks/payroll/fail"),
                         QJsonDocument(QJsonObject {{QStringLiteral("status"), status}, {QStringLiteral("count"), 2}}))
                     .status,
            200);
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "{}").status, status);
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "{}").status, status);
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "{}").status, 200);
        const QJsonArray deliveries = payroll.get(QStringLiteral("/sim/webhooks/payroll")).array();
        QCOMPARE(deliveries.size(), 3); // failed deliveries are recorded too, with what they were told
        QCOMPARE(deliveries.at(0).toObject().value(QStringLiteral("answeredStatus")).toInt(), status);
        QCOMPARE(deliveries.at(2).toObject().value(QStringLiteral("answeredStatus")).toInt(), 200);
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll/fail"), "{\"status\":1000}").status, 400);
    }

    void webhookSinkStalls()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        QSignalSpy delivered(sim.server(), &SimServer::webhookDelivered);
        sim.server()->failWebhooks(QStringLiteral("payroll"), 0, 1);
        SimTestClient payroll(sim.baseUrl());
        const auto stalled = payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "{\"n\":1}", {}, 300);
        QCOMPARE(stalled.status, 0);
        QCOMPARE(stalled.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(delivered.at(0).at(1).toInt(), 0);
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "{\"n\":2}").status, 200);
        // Stalling over HTTP control as well.
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll/stall"), "{\"count\":1}").status, 200);
        QCOMPARE(payroll.send("POST", QStringLiteral("/sim/webhooks/payroll"), "{\"n\":3}", {}, 300).status, 0);
        QCOMPARE(sim.server()->webhookDeliveries(QStringLiteral("payroll")).size(), 3);
    }

    void garbageOnTheWireDoesNotStopTheServer_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not http") << QByteArray("GARBAGE\r\n\r\n");
        QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
        QTest::newRow("bad content length")
            << QByteArray("POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\nabc");
        QTest::newRow("truncated body") << QByteArray(
            "PUT /sim/latency HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"minMs\"");
        QTest::newRow("huge header") << QByteArray(
            "GET /api/v2/users HTTP/1.1\r\nX-Big: " + QByteArray(200000, 'a') + "\r\n\r\n");
    }

    void garbageOnTheWireDoesNotStopTheServer()
    {
        QFETCH(QByteArray, bytes);
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        {
            QTcpSocket raw;
            raw.connectToHost(QStringLiteral("127.0.0.1"), quint16(sim.baseUrl().port()));
            QVERIFY(raw.waitForConnected(5000));
            raw.write(bytes);
            QVERIFY(raw.waitForBytesWritten(5000));
            raw.waitForReadyRead(200); // an answer or a closed connection, both are fine
            raw.abort();
        }
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    void stateReportsTheSetup()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 12;
        config.seed = 99;
        QVERIFY(sim.start(config).isValid());
        const QJsonObject state = SimTestClient(sim.baseUrl()).get(QStringLiteral("/sim/state")).object();
        QCOMPARE(state.value(QStringLiteral("agents")).toInt(), 12);
        QCOMPARE(state.value(QStringLiteral("seed")).toInt(), 99);
        QCOMPARE(state.value(QStringLiteral("port")).toInt(), sim.baseUrl().port());
        QCOMPARE(state.value(QStringLiteral("supervisorId")).toString(), sim.server()->organisation()->supervisorId());
    }
};

QTEST_GUILESS_MAIN(TestSimFaults)
#include "tst_sim_faults.moc"
