// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "sim/SimServer.h"
#include "support/SimFixture.h"

#include <QTest>

// The server-side counts the benchmarks compare clients by: API and token requests and the 429s among
// them, fault-injected answers included, the simulator's own /sim/* controls not.
class TestSimCounters : public QObject
{
    Q_OBJECT

private:
    static QJsonObject state(const QUrl &base)
    {
        return SimTestClient(base).get(QStringLiteral("/sim/state")).object();
    }
    static qint64 served(const QJsonObject &state)
    {
        return qint64(state.value(QStringLiteral("requestsServed")).toDouble(-1));
    }
    static qint64 answered429(const QJsonObject &state)
    {
        return qint64(state.value(QStringLiteral("answered429")).toDouble(-1));
    }

private slots:
    void countsApiAndTokenRequestsButNotControls()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 3;
        QVERIFY(sim.start(config).isValid());
        QCOMPARE(served(state(sim.baseUrl())), 0);
        QCOMPARE(answered429(state(sim.baseUrl())), 0);

        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty()); // 1 token request
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429); // the limiter's own 429
        QCOMPARE(client.get(QStringLiteral("/api/v2/nowhere")).status, 404); // unknown paths count too
        QCOMPARE(SimTestClient(sim.baseUrl()).get(QStringLiteral("/api/v2/users")).status, 401); // no token

        const QJsonObject after = state(sim.baseUrl()); // /sim/state itself is not counted
        QCOMPARE(served(after), 7);
        QCOMPARE(answered429(after), 1);
        QCOMPARE(sim.server()->requestsServed(), 7);
        QCOMPARE(sim.server()->answered429(), 1);
    }

    void faultInjectedAnswersCount()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 0;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        sim.server()->failNext("GET", QStringLiteral("/api/v2/users"), 429, 2);
        sim.server()->failNext("POST", QStringLiteral("/oauth/token"), 503, 1);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QVERIFY(client.signIn().isEmpty()); // the scripted 503
        const QJsonObject after = state(sim.baseUrl());
        QCOMPARE(served(after), 5);
        QCOMPARE(answered429(after), 2);
    }

    void resetZeroesThem()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.rateLimitPerMinute = 1;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        QCOMPARE(served(state(sim.baseUrl())), 3);

        SimTestClient control(sim.baseUrl());
        const SimTestClient::Reply reset = control.send("POST", QStringLiteral("/sim/counters/reset"));
        QCOMPARE(reset.status, 200);
        QCOMPARE(reset.object().value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(served(state(sim.baseUrl())), 0);
        QCOMPARE(answered429(state(sim.baseUrl())), 0);
        // Counting goes on from zero; the rate window is not the counters' business.
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        QCOMPARE(served(state(sim.baseUrl())), 1);
        QCOMPARE(answered429(state(sim.baseUrl())), 1);
        sim.server()->resetCounters();
        QCOMPARE(sim.server()->requestsServed(), 0);
        QCOMPARE(control.send("GET", QStringLiteral("/sim/counters/reset")).status, 405);
    }
};

QTEST_GUILESS_MAIN(TestSimCounters)
#include "tst_sim_counters.moc"
