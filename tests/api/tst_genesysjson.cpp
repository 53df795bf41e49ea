// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GenesysJson.h"
#include "api/TeamsJson.h"

#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

StatusCatalogue catalogue()
{
    StatusCatalogue c;
    c.addDefinition({QStringLiteral("d-queue"), QStringLiteral("OnQueue"), QStringLiteral("On Queue"), true,
        {{QStringLiteral("en_US"), QStringLiteral("On Queue")}}});
    c.addDefinition({QStringLiteral("d-coffee"), QStringLiteral("Break"), QStringLiteral("Coffee"), false,
        {{QStringLiteral("en_US"), QStringLiteral("Coffee break")}}});
    return c;
}

} // namespace

class TestGenesysJson : public QObject
{
    Q_OBJECT

private slots:
    void activity_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<bool>("hasPresence");
        QTest::addColumn<QString>("system");
        QTest::addColumn<bool>("hasRouting");
        QTest::addColumn<QString>("routing");

        QTest::newRow("activity") << "v2.users.u1.activity"
                                  << QByteArray("{\"id\":\"u1\",\"routingStatus\":{\"status\":\"IDLE\",\"startTime\":"
                                                "\"2026-01-01T10:00:00.000Z\"},\"presence\":{\"presenceDefinition\":{"
                                                "\"id\":\"d-queue\",\"systemPresence\":\"ON_QUEUE\"},\"modifiedDate\":"
                                                "\"2026-01-01T10:00:00.000Z\"}}")
                                  << true << "u1" << true << "ON_QUEUE" << true << "IDLE";
        QTest::newRow("presence") << "v2.users.u2.presence"
                                  << QByteArray("{\"presenceDefinition\":{\"id\":\"x\",\"systemPresence\":\"Break\"},"
                                                "\"modifiedDate\":\"2026-01-01T10:00:00Z\",\"message\":\"tea\"}")
                                  << true << "u2" << true << "Break" << false << "";
        QTest::newRow("routing") << "v2.users.u3.routingStatus"
                                 << QByteArray("{\"id\":\"u3\",\"routingStatus\":{\"status\":\"INTERACTING\"}}") << true
                                 << "u3" << false << "" << true << "INTERACTING";
        QTest::newRow("other topic") << "v2.users.u4.outofoffice" << QByteArray("{\"active\":true}") << false << ""
                                     << false << "" << false << "";
        QTest::newRow("system topic") << "v2.system.socket_closing" << QByteArray("{}") << false << "" << false << ""
                                      << false << "";
        QTest::newRow("empty body") << "v2.users.u5.activity" << QByteArray("{}") << false << "" << false << "" << false
                                    << "";
        QTest::newRow("wrong types") << "v2.users.u6.activity"
                                     << QByteArray("{\"presence\":7,\"routingStatus\":\"IDLE\"}") << false << ""
                                     << false << "" << false << "";
    }

    void activity()
    {
        QFETCH(QString, topic);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, userId);
        QFETCH(bool, hasPresence);
        QFETCH(QString, system);
        QFETCH(bool, hasRouting);
        QFETCH(QString, routing);

        ActivityEvent event;
        QCOMPARE(GenesysJson::readActivity(topic, QJsonDocument::fromJson(body).object(), &event), ok);
        if (!ok)
            return;
        QCOMPARE(event.userId, userId);
        QCOMPARE(event.topic, topic);
        QCOMPARE(event.hasPresence, hasPresence);
        QCOMPARE(event.systemPresence, system);
        QCOMPARE(event.hasRoutingStatus, hasRouting);
        QCOMPARE(event.routingStatus, routing);
        if (hasPresence)
            QVERIFY(event.modifiedDate.isValid());
    }

    // activeQueueIds of the activity topic (an empty list is news too: no queue active); the other topics
    // carry none.
    void activeQueueIds()
    {
        ActivityEvent event;
        QVERIFY(GenesysJson::readActivity(QStringLiteral("v2.users.u1.activity"),
            QJsonDocument::fromJson(R"({"id":"u1","activeQueueIds":["q1","",7,"q2"]})").object(), &event));
        QVERIFY(event.hasActiveQueues);
        QCOMPARE(event.activeQueueIds, (QStringList {QStringLiteral("q1"), QStringLiteral("q2")}));
        QVERIFY(GenesysJson::readActivity(QStringLiteral("v2.users.u1.activity"),
            QJsonDocument::fromJson(R"({"id":"u1","activeQueueIds":[]})").object(), &event));
        QVERIFY(event.hasActiveQueues);
        QVERIFY(event.activeQueueIds.isEmpty());
        QVERIFY(GenesysJson::readActivity(QStringLiteral("v2.users.u1.routingStatus"),
            QJsonDocument::fromJson(R"({"routingStatus":{"status":"IDLE"},"activeQueueIds":["q1"]})").object(),
            &event));
        QVERIFY(!event.hasActiveQueues);
    }

    void userQueue()
    {
        QueueMembership m;
        QVERIFY(GenesysJson::readUserQueue(
            QJsonDocument::fromJson(
                R"({"id":"q1","name":"Billing","division":{"id":"d","name":"Home"},"memberCount":12,"joinedMemberCount":9,"joined":false})")
                .object(),
            true, &m));
        QCOMPARE(m.queueId, QStringLiteral("q1"));
        QCOMPARE(m.name, QStringLiteral("Billing"));
        QCOMPARE(m.divisionName, QStringLiteral("Home"));
        QCOMPARE(m.joined, false); // its own field wins over the listing's filter
        QCOMPARE(m.memberCount, 12);
        QCOMPARE(m.joinedMemberCount, 9);
        QVERIFY(GenesysJson::readUserQueue(QJsonDocument::fromJson(R"({"id":"q2"})").object(), true, &m));
        QCOMPARE(m.joined, true);
        QCOMPARE(m.memberCount, -1);
        QVERIFY(!GenesysJson::readUserQueue(QJsonDocument::fromJson(R"({"name":"no id"})").object(), true, &m));
    }

    void applyActivityUpdatesTheRow()
    {
        Agent agent;
        agent.id = QStringLiteral("u1");
        agent.status = QStringLiteral("Available");
        agent.stale = true;
        ActivityEvent event;
        QVERIFY(GenesysJson::readActivity(QStringLiteral("v2.users.u1.activity"),
            object("{\"routingStatus\":{\"status\":\"IDLE\"},\"presence\":{\"presenceDefinition\":{\"id\":\"d-coffee\","
                   "\"systemPresence\":\"Available\"},\"modifiedDate\":\"2026-01-01T10:00:00.123Z\"}}"),
            &event));
        GenesysJson::applyActivity(event, catalogue(), &agent);
        QCOMPARE(agent.status, QStringLiteral("Break")); // the definition id wins over the system presence text
        QCOMPARE(agent.presenceLabel, QStringLiteral("Coffee break"));
        QCOMPARE(agent.version, QStringLiteral("2026-01-01T10:00:00.123Z"));
        QCOMPARE(agent.routingStatus, QStringLiteral("IDLE"));
        QVERIFY(!agent.stale);
        QVERIFY(agent.lastConfirmed.isValid());
    }

    void readUser_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("status");
        QTest::newRow("full") << QByteArray("{\"id\":\"u1\",\"name\":\"Zoë\",\"department\":\"Billing\",\"division\":{"
                                            "\"id\":\"dv\",\"name\":\"Home\"},\"presence\":{\"presenceDefinition\":{"
                                            "\"id\":\"unknown\",\"systemPresence\":\"On Queue\"},\"modifiedDate\":"
                                            "\"2026-01-01T10:00:00Z\"},\"routingStatus\":{\"status\":\"IDLE\"}}")
                              << true << "OnQueue";
        QTest::newRow("no presence expanded") << QByteArray("{\"id\":\"u1\",\"name\":\"A\"}") << true << "";
        QTest::newRow("no id") << QByteArray("{\"name\":\"A\"}") << false << "";
        QTest::newRow("id not text") << QByteArray("{\"id\":5}") << false << "";
    }

    void readUser()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(QString, status);
        Agent agent;
        QCOMPARE(GenesysJson::readUser(QJsonDocument::fromJson(json).object(), catalogue(), &agent), ok);
        if (ok)
            QCOMPARE(agent.status, status);
    }

    void teamAndDepartmentAreApart()
    {
        Agent agent;
        QVERIFY(GenesysJson::readUser(object("{\"id\":\"u1\",\"department\":\"Customer Care\",\"team\":{\"id\":"
                                             "\"t1\",\"name\":\"Billing\"},\"manager\":{\"id\":\"m1\"}}"),
            catalogue(), &agent));
        QCOMPARE(agent.team, QStringLiteral("Billing"));
        QCOMPARE(agent.teamId, QStringLiteral("t1"));
        QCOMPARE(agent.department, QStringLiteral("Customer Care"));
        QCOMPARE(agent.managerId, QStringLiteral("m1"));
        Agent noTeam;
        QVERIFY(GenesysJson::readUser(
            object("{\"id\":\"u2\",\"department\":\"Billing\",\"team\":7}"), catalogue(), &noTeam));
        QVERIFY(noTeam.team.isEmpty()); // the department is no team
    }

    void teamListings()
    {
        TeamsJson::Page teams;
        QVERIFY(TeamsJson::readTeams(object("{\"entities\":[{\"id\":\"t1\",\"name\":\"Billing\",\"memberCount\":3},"
                                            "{\"name\":\"no id\"},5],\"nextUri\":\"/api/v2/teams?after=x\"}"),
            &teams));
        QCOMPARE(teams.teams.size(), 1);
        QCOMPARE(teams.teams.at(0).memberCount, 3);
        QCOMPARE(teams.nextUri, QStringLiteral("/api/v2/teams?after=x"));
        TeamsJson::Page members;
        QVERIFY(TeamsJson::readMembers(object("{\"entities\":[{\"id\":\"u1\"},{\"id\":\"u1\"},{\"id\":\"u2\"}],"
                                              "\"nextUri\":\"https://elsewhere.example/api/v2/x\"}"),
            &members));
        QCOMPARE(members.memberIds, (QStringList {QStringLiteral("u1"), QStringLiteral("u2")}));
        QVERIFY(members.nextUri.isEmpty()); // another origin is never followed
        TeamsJson::Page none;
        QVERIFY(!TeamsJson::readMembers(object("{\"entities\":{}}"), &none));
        QVERIFY(!TeamsJson::readTeams(object("{}"), &none));
    }

    void statusResource()
    {
        Agent agent;
        QVERIFY(GenesysJson::readStatusResource(object("{\"id\":\"u1\",\"status\":\"Meal\",\"reason\":\"Lunch\","
                                                       "\"etag\":\"\\\"r4\\\"\",\"modifiedBy\":\"lead\"}"),
            &agent));
        QCOMPARE(agent.status, QStringLiteral("Meal"));
        QCOMPARE(agent.reason, QStringLiteral("Lunch"));
        QCOMPARE(agent.version, QStringLiteral("\"r4\""));
        QCOMPARE(agent.changedBy, QStringLiteral("lead"));
        QVERIFY(!GenesysJson::readStatusResource(object("{\"status\":\"Meal\"}"), &agent));
        QVERIFY(!GenesysJson::readStatusResource(object("{\"id\":\"u1\"}"), &agent));
    }

    void definitions()
    {
        StatusCatalogue::Definition definition;
        QVERIFY(GenesysJson::readDefinition(object("{\"id\":\"d\",\"systemPresence\":\"ON_QUEUE\",\"type\":\"User\","
                                                   "\"languageLabels\":{\"de\":\"Anrufe\"}}"),
            &definition));
        QCOMPARE(definition.status, QStringLiteral("OnQueue"));
        QVERIFY(!definition.system);
        QCOMPARE(definition.languageLabels.value(QStringLiteral("de")), QStringLiteral("Anrufe"));
        QVERIFY(!GenesysJson::readDefinition(object("{\"id\":\"d\",\"systemPresence\":\"Lunch\"}"), &definition));
        QVERIFY(!GenesysJson::readDefinition(
            object("{\"id\":\"d\",\"systemPresence\":\"Break\",\"deactivated\":true}"), &definition));
    }

    // The secondary label in the lead's language where the organisation has one, English otherwise.
    void secondaryLabelInTheLeadsLanguage()
    {
        StatusCatalogue c = catalogue();
        c.addDefinition({QStringLiteral("d-lunch"), QStringLiteral("Meal"), QStringLiteral("Lunch"), false,
            {{QStringLiteral("en_US"), QStringLiteral("Lunch break")},
                {QStringLiteral("de"), QStringLiteral("Mittagspause")}}});
        const QLocale before;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        Agent agent;
        GenesysJson::readPresence(object("{\"presenceDefinition\":{\"id\":\"d-lunch\",\"systemPresence\":\"Meal\"},"
                                         "\"modifiedDate\":\"2026-01-01T10:00:00Z\"}"),
            c, &agent);
        const QString german = agent.presenceLabel;
        GenesysJson::readPresence(object("{\"presenceDefinition\":{\"id\":\"d-coffee\",\"systemPresence\":\"Break\"},"
                                         "\"modifiedDate\":\"2026-01-01T10:00:00Z\"}"),
            c, &agent);
        const QString fallback = agent.presenceLabel;
        QLocale::setDefault(before);
        QCOMPARE(german, QStringLiteral("Mittagspause"));
        QCOMPARE(fallback, QStringLiteral("Coffee break"));
    }
};

QTEST_GUILESS_MAIN(TestGenesysJson)
#include "tst_genesysjson.moc"
