// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QTest>

// The Status API with ETags over the same agent state as presence: the If-Match cycle, 409, 400, 428.
class TestSimStatus : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;
    QString m_agent;

    QString statusPath() const { return QStringLiteral("/api/v2/users/%1/status").arg(m_agent); }

    SimTestClient::Reply put(const QByteArray &etag, const QByteArray &body)
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!etag.isNull())
            headers.append({"If-Match", etag});
        return m_client->send("PUT", statusPath(), body, headers);
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 20;
        config.rateLimitPerMinute = 0;
        QVERIFY(m_sim.start(config).isValid());
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
        m_agent = m_client->firstAgentId();
        QVERIFY(!m_agent.isEmpty());
    }

    void statusesAndReasons()
    {
        QStringList statuses;
        const QJsonArray s = m_client->get(QStringLiteral("/api/v2/users/statuses"))
                                 .object()
                                 .value(QStringLiteral("entities"))
                                 .toArray();
        for (const QJsonValue &v : s)
            statuses.append(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(statuses, SimOrganisation::systemPresences());
        QStringList reasons;
        const QJsonArray r = m_client->get(QStringLiteral("/api/v2/users/reasons"))
                                 .object()
                                 .value(QStringLiteral("entities"))
                                 .toArray();
        for (const QJsonValue &v : r)
            reasons.append(v.toObject().value(QStringLiteral("id")).toString());
        QCOMPARE(reasons,
            (QStringList {QStringLiteral("ReadyForCalls"), QStringLiteral("EndOfShift"), QStringLiteral("Coffee"),
                QStringLiteral("Lunch"), QStringLiteral("Coaching"), QStringLiteral("Sick"),
                QStringLiteral("SystemIssue"), QStringLiteral("Personal")}));
    }

    void getCarriesTheEtagInBodyAndHeader()
    {
        const auto r = m_client->get(statusPath());
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), m_agent);
        QVERIFY(SimOrganisation::systemPresences().contains(o.value(QStringLiteral("status")).toString()));
        QVERIFY(o.contains(QStringLiteral("reason")));
        QVERIFY(o.contains(QStringLiteral("wrapupCode")));
        QVERIFY(!o.value(QStringLiteral("modifiedBy")).toString().isEmpty());
        QVERIFY(!o.value(QStringLiteral("modifiedDate")).toString().isEmpty());
        QVERIFY(!r.header("ETag").isEmpty());
        QCOMPARE(QString::fromLatin1(r.header("ETag")), o.value(QStringLiteral("etag")).toString());
        QVERIFY(r.header("ETag").startsWith('"'));
    }

    void theIfMatchCycle()
    {
        const QByteArray etag = m_client->get(statusPath()).header("ETag");
        const auto ok = put(etag, "{\"status\":\"Break\",\"reason\":\"Coffee\"}");
        QCOMPARE(ok.status, 200);
        const QByteArray next = ok.header("ETag");
        QVERIFY(!next.isEmpty());
        QVERIFY(next != etag);
        QCOMPARE(ok.object().value(QStringLiteral("status")).toString(), QStringLiteral("Break"));
        QCOMPARE(ok.object().value(QStringLiteral("reason")).toString(), QStringLiteral("Coffee"));
        QCOMPARE(ok.object().value(QStringLiteral("modifiedBy")).toString(), QStringLiteral("statusdesk-demo"));

        // The old ETag is stale now.
        const auto stale = put(etag, "{\"status\":\"Meal\",\"reason\":\"Lunch\"}");
        QCOMPARE(stale.status, 409);
        QCOMPARE(stale.object().value(QStringLiteral("status")).toInt(), 409);
        QCOMPARE(stale.header("ETag"), next);
        QCOMPARE(
            m_client->get(statusPath()).object().value(QStringLiteral("status")).toString(), QStringLiteral("Break"));

        // The new one works, also unquoted and as a weak ETag.
        QCOMPARE(put(next, "{\"status\":\"Available\",\"reason\":\"ReadyForCalls\",\"wrapupCode\":null}").status, 200);
        const QByteArray third = m_client->get(statusPath()).header("ETag");
        QCOMPARE(put("W/" + third, "{\"status\":\"Meeting\"}").status, 200);
        const QByteArray fourth = m_client->get(statusPath()).header("ETag");
        QCOMPARE(put(fourth.mid(1, fourth.size() - 2), "{\"status\":\"Available\"}").status, 200);
    }

    void aPresenceChangeMovesTheEtag()
    {
        const auto before = m_client->get(statusPath());
        const QString meal = [this] {
            const QJsonArray d = m_client->get(QStringLiteral("/api/v2/presence/definitions"))
                                     .object()
                                     .value(QStringLiteral("entities"))
                                     .toArray();
            for (const QJsonValue &v : d) {
                if (v.toObject().value(QStringLiteral("systemPresence")).toString() == QLatin1String("Meal"))
                    return v.toObject().value(QStringLiteral("id")).toString();
            }
            return QString();
        }();
        QCOMPARE(m_client
                     ->send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(m_agent),
                         "{\"presenceDefinition\":{\"id\":\"" + meal.toLatin1() + "\"}}")
                     .status,
            200);
        const auto after = m_client->get(statusPath());
        QVERIFY(after.header("ETag") != before.header("ETag"));
        QCOMPARE(after.object().value(QStringLiteral("status")).toString(), QStringLiteral("Meal"));
        QCOMPARE(put(before.header("ETag"), "{\"status\":\"Available\"}").status, 409);
    }

    void aStatusChangeShowsInPresence()
    {
        const QByteArray etag = m_client->get(statusPath()).header("ETag");
        QCOMPARE(put(etag, "{\"status\":\"OnQueue\",\"reason\":\"ReadyForCalls\"}").status, 200);
        const QJsonObject user
            = m_client->get(QStringLiteral("/api/v2/users/%1?expand=presence,routingStatus").arg(m_agent)).object();
        QCOMPARE(user.value(QStringLiteral("presence"))
                     .toObject()
                     .value(QStringLiteral("presenceDefinition"))
                     .toObject()
                     .value(QStringLiteral("systemPresence"))
                     .toString(),
            QStringLiteral("OnQueue"));
        QCOMPARE(user.value(QStringLiteral("routingStatus")).toObject().value(QStringLiteral("status")).toString(),
            QStringLiteral("IDLE"));
    }

    void aCompetitorChangeIsAConflictThatNamesWho()
    {
        const QByteArray etag = m_client->get(statusPath()).header("ETag");
        QCOMPARE(m_sim.server()->changeAgentAsCompetitor(m_agent), m_agent);
        QCOMPARE(put(etag, "{\"status\":\"Available\"}").status, 409);
        const QJsonObject now = m_client->get(statusPath()).object();
        const QString by = now.value(QStringLiteral("modifiedBy")).toString();
        QCOMPARE(by, m_sim.server()->organisation()->competitorId());
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/") + by).object().value(QStringLiteral("name")).toString(),
            QStringLiteral("Mei Chen"));
    }

    void badWrites_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("withEtag");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown status") << QByteArray("{\"status\":\"Napping\"}") << true << 400;
        QTest::newRow("unknown reason") << QByteArray("{\"status\":\"Break\",\"reason\":\"Bored\"}") << true << 400;
        QTest::newRow("status not a string") << QByteArray("{\"status\":3}") << true << 400;
        QTest::newRow("no status") << QByteArray("{\"reason\":\"Coffee\"}") << true << 400;
        QTest::newRow("unknown field") << QByteArray("{\"status\":\"Break\",\"mood\":\"good\"}") << true << 400;
        QTest::newRow("malformed") << QByteArray("{\"status\":") << true << 400;
        QTest::newRow("no If-Match") << QByteArray("{\"status\":\"Break\"}") << false << 428;
    }

    void badWrites()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, withEtag);
        QFETCH(int, status);
        const auto before = m_client->get(statusPath());
        const auto r = put(withEtag ? before.header("ETag") : QByteArray(), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), status);
        QVERIFY(!r.object().value(QStringLiteral("code")).toString().isEmpty());
        QCOMPARE(m_client->get(statusPath()).header("ETag"), before.header("ETag"));
    }

    void unknownAgentIs404()
    {
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/nobody/status")).status, 404);
        QCOMPARE(m_client
                     ->send("PUT", QStringLiteral("/api/v2/users/nobody/status"), "{\"status\":\"Break\"}",
                         {{"If-Match", "\"r1\""}})
                     .status,
            404);
    }

    void writingNeedsThePermission()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        config.clients
            = {{QStringLiteral("reader"), QStringLiteral("s"), {QStringLiteral("presence:presenceDefinition:view")}}};
        QVERIFY(sim.start(config).isValid());
        SimTestClient reader(sim.baseUrl());
        QVERIFY(!reader.signIn(QStringLiteral("reader"), QStringLiteral("s")).isEmpty());
        const QString agent = reader.firstAgentId();
        const auto current = reader.get(QStringLiteral("/api/v2/users/%1/status").arg(agent));
        QCOMPARE(current.status, 200);
        const auto r = reader.send("PUT", QStringLiteral("/api/v2/users/%1/status").arg(agent),
            "{\"status\":\"Break\"}", {{"If-Match", current.header("ETag")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("missing.permissions"));
    }
};

QTEST_GUILESS_MAIN(TestSimStatus)
#include "tst_sim_status.moc"
