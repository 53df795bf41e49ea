// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

// Users over real HTTP: paging, expand forms, filters, the User fields and the error paths.
class TestSimUsers : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 120;
        config.rateLimitPerMinute = 0;
        QVERIFY(m_sim.start(config).isValid());
        QCOMPARE(m_sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_sim.baseUrl().port() > 0);
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
    }

    void firstPageHasTheListingShape()
    {
        const auto r = m_client->get(QStringLiteral("/api/v2/users"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("pageSize")).toInt(), 25); // the Genesys default
        QCOMPARE(o.value(QStringLiteral("pageNumber")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 120);
        QCOMPARE(o.value(QStringLiteral("pageCount")).toInt(), 5);
        QCOMPARE(o.value(QStringLiteral("entities")).toArray().size(), 25);
        QVERIFY(!o.contains(QStringLiteral("previousUri")));
        QCOMPARE(
            o.value(QStringLiteral("nextUri")).toString(), QStringLiteral("/api/v2/users?pageSize=25&pageNumber=2"));
        QCOMPARE(
            o.value(QStringLiteral("lastUri")).toString(), QStringLiteral("/api/v2/users?pageSize=25&pageNumber=5"));
        QCOMPARE(
            o.value(QStringLiteral("firstUri")).toString(), QStringLiteral("/api/v2/users?pageSize=25&pageNumber=1"));
        QCOMPARE(
            o.value(QStringLiteral("selfUri")).toString(), QStringLiteral("/api/v2/users?pageSize=25&pageNumber=1"));
    }

    void pagingEdges_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("pageNumber");
        QTest::addColumn<int>("entities");
        QTest::addColumn<bool>("hasNext");
        QTest::addColumn<bool>("hasPrevious");
        QTest::newRow("last partial page") << 50 << 3 << 20 << false << true;
        QTest::newRow("middle page") << 50 << 2 << 50 << true << true;
        QTest::newRow("past the end") << 50 << 9 << 0 << false << true;
        QTest::newRow("maximum page size") << 500 << 1 << 120 << false << false;
        QTest::newRow("one per page") << 1 << 120 << 1 << false << true;
    }

    void pagingEdges()
    {
        QFETCH(int, pageSize);
        QFETCH(int, pageNumber);
        QFETCH(int, entities);
        QFETCH(bool, hasNext);
        QFETCH(bool, hasPrevious);
        const auto r
            = m_client->get(QStringLiteral("/api/v2/users?pageSize=%1&pageNumber=%2").arg(pageSize).arg(pageNumber));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("entities")).toArray().size(), entities);
        QCOMPARE(o.contains(QStringLiteral("nextUri")), hasNext);
        QCOMPARE(o.contains(QStringLiteral("previousUri")), hasPrevious);
        QCOMPARE(o.value(QStringLiteral("pageCount")).toInt(), (120 + pageSize - 1) / pageSize);
    }

    void pagesDoNotOverlap()
    {
        QSet<QString> seen;
        for (int page = 1; page <= 3; ++page) {
            const QJsonArray entities
                = m_client->get(QStringLiteral("/api/v2/users?pageSize=50&pageNumber=%1").arg(page))
                      .object()
                      .value(QStringLiteral("entities"))
                      .toArray();
            for (const QJsonValue &v : entities)
                seen.insert(v.toObject().value(QStringLiteral("id")).toString());
        }
        QCOMPARE(seen.size(), 120);
    }

    void badPagingIsRejected_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("page size over the maximum") << QStringLiteral("pageSize=501");
        QTest::newRow("page size zero") << QStringLiteral("pageSize=0");
        QTest::newRow("page size not a number") << QStringLiteral("pageSize=lots");
        QTest::newRow("page number zero") << QStringLiteral("pageNumber=0");
        QTest::newRow("unknown state") << QStringLiteral("state=sleeping");
        QTest::newRow("expand not in the definition") << QStringLiteral("expand=presence,routingstatus");
        QTest::newRow("expand of another resource") << QStringLiteral("expand=presenceDefinition");
        QTest::newRow("unknown integration presence source") << QStringLiteral("integrationPresenceSource=Skype");
        QTest::newRow("integration presence over 100 a page")
            << QStringLiteral("expand=presence&integrationPresenceSource=MicrosoftTeams&pageSize=101");
    }

    void largestPageWithEveryDocumentedExpand()
    {
        const auto r = m_client->get(QStringLiteral(
            "/api/v2/users?pageSize=500&expand=presence,routingStatus,team&integrationPresenceSource=ZoomPhone"));
        QCOMPARE(r.status, 400); // the integration source caps a page with presence at 100
        const auto page = m_client->get(QStringLiteral("/api/v2/users?pageSize=500&expand=presence,routingStatus"));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.object().value(QStringLiteral("pageSize")).toInt(), 500);
        const auto capped = m_client->get(
            QStringLiteral("/api/v2/users?pageSize=100&expand=presence&integrationPresenceSource=ZoomPhone"));
        QCOMPARE(capped.status, 200);
    }

    void badPagingIsRejected()
    {
        QFETCH(QString, query);
        const auto r = m_client->get(QStringLiteral("/api/v2/users?") + query);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.request"));
        QCOMPARE(r.object().value(QStringLiteral("status")).toInt(), 400);
        QVERIFY(!r.object().value(QStringLiteral("message")).toString().isEmpty());
    }

    void expandInBothForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("comma") << QStringLiteral("expand=presence,routingStatus");
        QTest::newRow("repeated") << QStringLiteral("expand=presence&expand=routingStatus");
        QTest::newRow("encoded comma") << QStringLiteral("expand=presence%2CroutingStatus");
    }

    void expandInBothForms()
    {
        QFETCH(QString, query);
        const QJsonArray entities = m_client->get(QStringLiteral("/api/v2/users?pageSize=100&") + query)
                                        .object()
                                        .value(QStringLiteral("entities"))
                                        .toArray();
        QCOMPARE(entities.size(), 100);
        for (const QJsonValue &v : entities) {
            const QJsonObject user = v.toObject();
            const QJsonObject presence = user.value(QStringLiteral("presence")).toObject();
            const QJsonObject routing = user.value(QStringLiteral("routingStatus")).toObject();
            const QString system = presence.value(QStringLiteral("presenceDefinition"))
                                       .toObject()
                                       .value(QStringLiteral("systemPresence"))
                                       .toString();
            QVERIFY2(SimOrganisation::systemPresences().contains(system), qPrintable(system));
            QVERIFY(!presence.value(QStringLiteral("modifiedDate")).toString().isEmpty());
            // Routing status exists only while On Queue.
            if (system == QLatin1String("OnQueue"))
                QVERIFY(routing.value(QStringLiteral("status")).toString() != QLatin1String("OFF_QUEUE"));
            else
                QCOMPARE(routing.value(QStringLiteral("status")).toString(), QStringLiteral("OFF_QUEUE"));
        }
    }

    void noExpandMeansNoPresence()
    {
        const QJsonObject user = m_client->get(QStringLiteral("/api/v2/users?pageSize=1"))
                                     .object()
                                     .value(QStringLiteral("entities"))
                                     .toArray()
                                     .at(0)
                                     .toObject();
        QVERIFY(!user.contains(QStringLiteral("presence")));
        QVERIFY(!user.contains(QStringLiteral("routingStatus")));
    }

    void usersCarryTheFieldsTheConsoleNeeds()
    {
        const QJsonArray entities = m_client->get(QStringLiteral("/api/v2/users?pageSize=120&expand=team"))
                                        .object()
                                        .value(QStringLiteral("entities"))
                                        .toArray();
        const QStringList teams {QStringLiteral("Billing"), QStringLiteral("Support"), QStringLiteral("Sales"),
            QStringLiteral("Retention"), QStringLiteral("Onboarding"), QStringLiteral("Escalations")};
        const QStringList departments {QStringLiteral("Customer Care"), QStringLiteral("Operations"),
            QStringLiteral("Service Desk"), QStringLiteral("Sales & Retention")};
        QSet<QString> seenTeams;
        QSet<QString> emails;
        for (const QJsonValue &v : entities) {
            const QJsonObject u = v.toObject();
            const QString team = u.value(QStringLiteral("team")).toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(teams.contains(team), qPrintable(team));
            QVERIFY(departments.contains(u.value(QStringLiteral("department")).toString()));
            seenTeams.insert(team);
            const QJsonObject division = u.value(QStringLiteral("division")).toObject();
            QVERIFY(!division.value(QStringLiteral("id")).toString().isEmpty());
            QVERIFY(!division.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(u.value(QStringLiteral("email")).toString().contains(QLatin1Char('@')));
            QVERIFY(!u.value(QStringLiteral("username")).toString().isEmpty());
            QCOMPARE(u.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
            QVERIFY(u.value(QStringLiteral("version")).toInt() >= 1);
            QCOMPARE(u.value(QStringLiteral("selfUri")).toString(),
                QStringLiteral("/api/v2/users/") + u.value(QStringLiteral("id")).toString());
            emails.insert(u.value(QStringLiteral("email")).toString());
        }
        QCOMPARE(seenTeams.size(), 6);
        QCOMPARE(emails.size(), 120);
    }

    void namesAreVariedAndSomeAreHostile()
    {
        const QJsonArray entities = m_client->get(QStringLiteral("/api/v2/users?pageSize=120"))
                                        .object()
                                        .value(QStringLiteral("entities"))
                                        .toArray();
        QStringList names;
        for (const QJsonValue &v : entities)
            names.append(v.toObject().value(QStringLiteral("name")).toString());
        QVERIFY(names.contains(QStringLiteral("<b>Bold</b> Smith")));
        QVERIFY(names.contains(QStringLiteral("=HYPERLINK(\"x\")")));
        const bool nonAscii = std::any_of(names.cbegin(), names.cend(), [](const QString &n) {
            return std::any_of(n.cbegin(), n.cend(), [](QChar c) { return c.unicode() > 127; });
        });
        QVERIFY(nonAscii);
        QVERIFY(QSet<QString>(names.cbegin(), names.cend()).size() > 60);
    }

    void theOrganisationFollowsTheSeed()
    {
        auto namesFor = [](quint32 seed) {
            SimFixture sim;
            SimConfig config;
            config.agents = 30;
            config.seed = seed;
            sim.start(config);
            SimTestClient client(sim.baseUrl());
            client.signIn();
            QStringList out;
            const QJsonArray entities = client.get(QStringLiteral("/api/v2/users?pageSize=30&expand=presence"))
                                            .object()
                                            .value(QStringLiteral("entities"))
                                            .toArray();
            for (const QJsonValue &v : entities)
                out.append(v.toObject().value(QStringLiteral("id")).toString()
                    + v.toObject().value(QStringLiteral("name")).toString()
                    + v.toObject().value(QStringLiteral("department")).toString());
            return out;
        };
        const QStringList a = namesFor(7);
        QCOMPARE(a.size(), 30);
        QCOMPARE(namesFor(7), a);
        QVERIFY(namesFor(8) != a);
    }

    void idAndStateFilters()
    {
        const QJsonArray page = m_client->get(QStringLiteral("/api/v2/users?pageSize=3"))
                                    .object()
                                    .value(QStringLiteral("entities"))
                                    .toArray();
        const QString a = page.at(0).toObject().value(QStringLiteral("id")).toString();
        const QString b = page.at(2).toObject().value(QStringLiteral("id")).toString();
        auto ids = [](const QJsonArray &entities) {
            QStringList out;
            for (const QJsonValue &v : entities)
                out.append(v.toObject().value(QStringLiteral("id")).toString());
            return out;
        };
        const auto comma = m_client->get(QStringLiteral("/api/v2/users?id=%1,%2").arg(a, b)).object();
        QCOMPARE(comma.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(ids(comma.value(QStringLiteral("entities")).toArray()), (QStringList {a, b}));
        const auto repeated = m_client->get(QStringLiteral("/api/v2/users?id=%1&id=%2").arg(a, b)).object();
        QCOMPARE(ids(repeated.value(QStringLiteral("entities")).toArray()), (QStringList {a, b}));

        const auto inactive = m_client->get(QStringLiteral("/api/v2/users?state=inactive")).object();
        QVERIFY(inactive.value(QStringLiteral("total")).toInt() > 0);
        for (const QJsonValue &v : inactive.value(QStringLiteral("entities")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("inactive"));
        const auto any = m_client->get(QStringLiteral("/api/v2/users?state=any")).object();
        QCOMPARE(any.value(QStringLiteral("total")).toInt(), 120 + inactive.value(QStringLiteral("total")).toInt());
    }

    void userByIdAndUnknownUser()
    {
        const QString id = m_client->firstAgentId();
        const auto r = m_client->get(QStringLiteral("/api/v2/users/%1?expand=presence").arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("id")).toString(), id);
        QVERIFY(r.object().contains(QStringLiteral("presence")));
        const auto missing = m_client->get(QStringLiteral("/api/v2/users/00000000-0000-0000-0000-000000000000"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.object().value(QStringLiteral("code")).toString(), QStringLiteral("not.found"));
    }

    void meNeedsAUserContext()
    {
        const auto r = m_client->get(QStringLiteral("/api/v2/users/me"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.object().value(QStringLiteral("message")).toString().contains(QStringLiteral("user context")));
    }

    void everyResponseHasACorrelationId_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("authenticated");
        QTest::addColumn<int>("status");
        QTest::newRow("ok") << QStringLiteral("/api/v2/users") << true << 200;
        QTest::newRow("unknown path") << QStringLiteral("/api/v2/nothing/here") << true << 404;
        QTest::newRow("no token") << QStringLiteral("/api/v2/users") << false << 401;
        QTest::newRow("control") << QStringLiteral("/sim/state") << false << 200;
    }

    void everyResponseHasACorrelationId()
    {
        QFETCH(QString, path);
        QFETCH(bool, authenticated);
        QFETCH(int, status);
        SimTestClient client(m_sim.baseUrl());
        if (authenticated)
            client.setToken(m_client->token());
        const auto r = client.get(path);
        QCOMPARE(r.status, status);
        const QByteArray id = r.header("ININ-Correlation-Id");
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f-]{36}$")).match(QString::fromLatin1(id)).hasMatch());
        if (status >= 400)
            QCOMPARE(r.object().value(QStringLiteral("contextId")).toString(), QString::fromLatin1(id));
    }

    void badTokensGet401()
    {
        SimTestClient client(m_sim.baseUrl());
        auto none = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(none.status, 401);
        QCOMPARE(none.object().value(QStringLiteral("code")).toString(), QStringLiteral("authentication.required"));
        client.setToken(QStringLiteral("not-a-token"));
        auto bad = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(bad.status, 401);
        QCOMPARE(bad.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.credentials"));
    }
};

QTEST_GUILESS_MAIN(TestSimUsers)
#include "tst_sim_users.moc"
