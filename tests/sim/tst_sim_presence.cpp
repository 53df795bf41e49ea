// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "core/ManualClock.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QTest>

// Presence definitions, per-user and bulk presence, routing status, and the 400/403/404 paths.
class TestSimPresence : public QObject
{
    Q_OBJECT

private:
    SimFixture m_sim;
    std::unique_ptr<SimTestClient> m_client;

    QString definitionId(const QString &systemPresence, bool system = true)
    {
        const QJsonArray entities = m_client->get(QStringLiteral("/api/v2/presence/definitions"))
                                        .object()
                                        .value(QStringLiteral("entities"))
                                        .toArray();
        for (const QJsonValue &v : entities) {
            const QJsonObject d = v.toObject();
            if (d.value(QStringLiteral("systemPresence")).toString() == systemPresence
                && (d.value(QStringLiteral("type")).toString() == QLatin1String("System")) == system)
                return d.value(QStringLiteral("id")).toString();
        }
        return {};
    }

    // An agent that is not On Queue, so that presence changes are visible.
    QString agentIn(const QString &systemPresence)
    {
        const QJsonArray entities = m_client->get(QStringLiteral("/api/v2/users?pageSize=200&expand=presence"))
                                        .object()
                                        .value(QStringLiteral("entities"))
                                        .toArray();
        for (const QJsonValue &v : entities) {
            const QJsonObject u = v.toObject();
            if (u.value(QStringLiteral("presence"))
                    .toObject()
                    .value(QStringLiteral("presenceDefinition"))
                    .toObject()
                    .value(QStringLiteral("systemPresence"))
                    .toString()
                == systemPresence)
                return u.value(QStringLiteral("id")).toString();
        }
        return {};
    }

    SimTestClient::Reply patchPresence(const QString &userId, const QJsonObject &body)
    {
        return m_client->sendJson(
            "PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(userId), QJsonDocument(body));
    }

    static QJsonObject definitionRef(const QString &id) { return {{QStringLiteral("id"), id}}; }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = 200;
        config.rateLimitPerMinute = 0;
        QVERIFY(m_sim.start(config).isValid());
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
    }

    void definitionsHaveSystemAndSecondaryOnes()
    {
        const auto r = m_client->get(QStringLiteral("/api/v2/presence/definitions?localeCode=ALL"));
        QCOMPARE(r.status, 200);
        const QJsonArray entities = r.object().value(QStringLiteral("entities")).toArray();
        QCOMPARE(r.object().value(QStringLiteral("total")).toInt(), entities.size());
        QStringList systems;
        int secondary = 0;
        for (const QJsonValue &v : entities) {
            const QJsonObject d = v.toObject();
            const QJsonObject labels = d.value(QStringLiteral("languageLabels")).toObject();
            for (const char *locale : {"en_US", "de", "es", "fr"})
                QVERIFY2(!labels.value(QString::fromLatin1(locale)).toString().isEmpty(), locale);
            if (d.value(QStringLiteral("type")).toString() == QLatin1String("System"))
                systems.append(d.value(QStringLiteral("systemPresence")).toString());
            else
                ++secondary;
            QCOMPARE(d.value(QStringLiteral("deactivated")).toBool(true), false);
        }
        systems.sort();
        QStringList expected = SimOrganisation::systemPresences();
        expected.sort();
        QCOMPARE(systems, expected);
        QVERIFY(secondary >= 2);
    }

    // localeCode selects the labels: ALL gives every one, a code that one (none where a definition has no
    // label in it), no code the default en_US; a code outside the definition's list is refused.
    void definitionsHonourLocaleCode()
    {
        const auto labelsOf = [this](const QString &query) {
            QList<QJsonObject> out;
            const auto r = m_client->get(QStringLiteral("/api/v2/presence/definitions") + query);
            for (const QJsonValue &v : r.object().value(QStringLiteral("entities")).toArray())
                out.append(v.toObject().value(QStringLiteral("languageLabels")).toObject());
            return out;
        };
        const QList<QJsonObject> german = labelsOf(QStringLiteral("?localeCode=de"));
        QVERIFY(!german.isEmpty());
        for (const QJsonObject &labels : german) {
            QCOMPARE(labels.keys(), QStringList {QStringLiteral("de")});
            QVERIFY(!labels.value(QStringLiteral("de")).toString().isEmpty());
        }
        for (const QJsonObject &labels : labelsOf(QString()))
            QCOMPARE(labels.keys(), QStringList {QStringLiteral("en_US")});
        for (const QJsonObject &labels : labelsOf(QStringLiteral("?localeCode=ja")))
            QVERIFY(labels.isEmpty()); // the organisation has no Japanese labels
        for (const QJsonObject &labels : labelsOf(QStringLiteral("?localeCode=ALL")))
            QCOMPARE(labels.size(), 4);
        const auto refused = m_client->get(QStringLiteral("/api/v2/presence/definitions?localeCode=de_DE"));
        QCOMPARE(refused.status, 400);
    }

    void deprecatedDefinitionsArePaged()
    {
        const auto r = m_client->get(QStringLiteral("/api/v2/presencedefinitions?pageSize=4&pageNumber=2"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.object();
        QCOMPARE(o.value(QStringLiteral("entities")).toArray().size(), 4);
        QCOMPARE(o.value(QStringLiteral("pageNumber")).toInt(), 2);
        QVERIFY(o.value(QStringLiteral("total")).toInt() > 10);
        QVERIFY(o.value(QStringLiteral("entities")).toArray().at(0).toObject().contains(QStringLiteral("primary")));
        const QString id
            = o.value(QStringLiteral("entities")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/presencedefinitions/") + id).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/presencedefinitions/nope")).status, 404);
    }

    void systemPresencesAreListed()
    {
        const QJsonArray list = m_client->get(QStringLiteral("/api/v2/systempresences")).array();
        QCOMPARE(list.size(), 10);
        QVERIFY(!list.at(0).toObject().value(QStringLiteral("name")).toString().isEmpty());
    }

    void patchChangesPresenceAndModifiedDate()
    {
        const QString agent = agentIn(QStringLiteral("Available"));
        QVERIFY(!agent.isEmpty());
        const QString path = QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent);
        const QString before = m_client->get(path).object().value(QStringLiteral("modifiedDate")).toString();
        const auto r = patchPresence(agent,
            {{QStringLiteral("presenceDefinition"), definitionRef(definitionId(QStringLiteral("Meeting")))},
                {QStringLiteral("message"), QStringLiteral("Quarterly review")}});
        QCOMPARE(r.status, 200);
        const QJsonObject now = m_client->get(path).object();
        QCOMPARE(now.value(QStringLiteral("presenceDefinition"))
                     .toObject()
                     .value(QStringLiteral("systemPresence"))
                     .toString(),
            QStringLiteral("Meeting"));
        QCOMPARE(now.value(QStringLiteral("message")).toString(), QStringLiteral("Quarterly review"));
        QCOMPARE(now.value(QStringLiteral("source")).toString(), QStringLiteral("PURECLOUD"));
        QVERIFY(now.value(QStringLiteral("modifiedDate")).toString() > before);
        QVERIFY(!now.contains(QStringLiteral("version"))); // presence has no version: last writer wins
        QVERIFY(r.header("ETag").isEmpty());
        // The source id path reaches the same presence.
        const QString sourceId = now.value(QStringLiteral("sourceId")).toString();
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/%1/presences/%2").arg(agent, sourceId)).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/%1/presences/othersource").arg(agent)).status, 404);
    }

    // The organisation's stamps are the simulator's time: the seeded ones lie in the hours before it
    // started, a change is stamped with the clock's now.
    void modifiedDatesAreTheSimulatorsTime()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.agents = 5;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.signIn().isEmpty());
        const QString agent = client.firstAgentId();
        const QString presencePath = QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent);
        const QString statusPath = QStringLiteral("/api/v2/users/%1/status").arg(agent);
        const QDateTime started = clock.now();
        const QDateTime seeded = QDateTime::fromString(
            client.get(presencePath).object().value(QStringLiteral("modifiedDate")).toString(), Qt::ISODateWithMs);
        QVERIFY(seeded < started);
        QVERIFY(seeded >= started.addSecs(-(4 * 3600 + 60)));

        clock.advance(90 * 60 * 1000);
        QCOMPARE(sim.server()->changeAgentAsCompetitor(agent), agent);
        const QString expected = clock.now().toString(Qt::ISODateWithMs);
        QCOMPARE(client.get(presencePath).object().value(QStringLiteral("modifiedDate")).toString(), expected);
        QCOMPARE(client.get(statusPath).object().value(QStringLiteral("modifiedDate")).toString(), expected);
        clock.advance(1000); // reading does not move the stamps
        QCOMPARE(client.get(statusPath).object().value(QStringLiteral("modifiedDate")).toString(), expected);
    }

    void secondaryDefinitionKeepsItsSystemPresence()
    {
        const QString agent = agentIn(QStringLiteral("Available"));
        const QString coffee = definitionId(QStringLiteral("Break"), false);
        QVERIFY(!coffee.isEmpty());
        QCOMPARE(patchPresence(agent, {{QStringLiteral("presenceDefinition"), definitionRef(coffee)}}).status, 200);
        const QJsonObject def = m_client->get(QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent))
                                    .object()
                                    .value(QStringLiteral("presenceDefinition"))
                                    .toObject();
        QCOMPARE(def.value(QStringLiteral("id")).toString(), coffee);
        QCOMPARE(def.value(QStringLiteral("systemPresence")).toString(), QStringLiteral("Break"));
    }

    void badPresenceBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("malformed json") << QByteArray("{\"presenceDefinition\": {") << QString();
        QTest::newRow("not an object") << QByteArray("[1,2]") << QString();
        QTest::newRow("unknown field") << QByteArray("{\"presenceDefinition\":{\"id\":\"x\"},\"colour\":\"red\"}")
                                       << QStringLiteral("colour");
        QTest::newRow("wrong type") << QByteArray("{\"presenceDefinition\":\"Available\"}")
                                    << QStringLiteral("presenceDefinition.id");
        QTest::newRow("message not a string") << QByteArray("{\"message\":42}") << QStringLiteral("message");
        QTest::newRow("unknown definition") << QByteArray("{\"presenceDefinition\":{\"id\":\"no-such-definition\"}}")
                                            << QStringLiteral("presenceDefinition.id");
        QTest::newRow("empty object") << QByteArray("{}") << QString();
        QTest::newRow("empty body") << QByteArray() << QString();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << QString();
    }

    void badPresenceBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QString agent = m_client->firstAgentId();
        const auto r = m_client->send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.request"));
        if (!field.isEmpty())
            QCOMPARE(r.object()
                         .value(QStringLiteral("details"))
                         .toArray()
                         .at(0)
                         .toObject()
                         .value(QStringLiteral("fieldName"))
                         .toString(),
                field);
    }

    void oversizedBodyIsRejected()
    {
        const QString agent = m_client->firstAgentId();
        const QByteArray big = "{\"message\":\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"}";
        const auto r = m_client->send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent), big);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.request"));
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/") + agent).status, 200); // still serving
    }

    void unknownUserIs404()
    {
        const auto r = patchPresence(QStringLiteral("nobody"), {{QStringLiteral("message"), QStringLiteral("x")}});
        QCOMPARE(r.status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/nobody/presences/purecloud")).status, 404);
    }

    void clientWithoutEditPermissionGets403()
    {
        SimFixture sim;
        SimConfig config;
        config.agents = 10;
        config.clients = {{QStringLiteral("viewer"), QStringLiteral("viewer-secret"),
                              {QStringLiteral("presence:presenceDefinition:view")}},
            {QStringLiteral("editor"), QStringLiteral("editor-secret"),
                {QStringLiteral("presence:userPresence:edit")}}};
        QVERIFY(sim.start(config).isValid());
        SimTestClient viewer(sim.baseUrl());
        QVERIFY(!viewer.signIn(QStringLiteral("viewer"), QStringLiteral("viewer-secret")).isEmpty());
        const QString agent = viewer.firstAgentId();
        const QByteArray body = "{\"message\":\"hello\"}";
        const auto denied
            = viewer.send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent), body);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.object().value(QStringLiteral("code")).toString(), QStringLiteral("missing.permissions"));
        QVERIFY(denied.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("presence:userPresence:edit")));
        QCOMPARE(viewer
                     .send("PUT", QStringLiteral("/api/v2/users/presences/bulk"),
                         "[{\"id\":\"" + agent.toLatin1() + "\",\"message\":\"x\"}]")
                     .status,
            403);
        QCOMPARE(viewer.get(QStringLiteral("/api/v2/presence/definitions")).status, 200);

        SimTestClient editor(sim.baseUrl());
        QVERIFY(!editor.signIn(QStringLiteral("editor"), QStringLiteral("editor-secret")).isEmpty());
        QCOMPARE(
            editor.send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent), body).status, 200);
        QCOMPARE(editor.get(QStringLiteral("/api/v2/presence/definitions")).status, 403);
    }

    void bulkGet()
    {
        const QJsonArray page = m_client->get(QStringLiteral("/api/v2/users?pageSize=60"))
                                    .object()
                                    .value(QStringLiteral("entities"))
                                    .toArray();
        QStringList ids;
        for (const QJsonValue &v : page)
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        const auto ok = m_client->get(
            QStringLiteral("/api/v2/users/presences/purecloud/bulk?id=") + ids.mid(0, 50).join(QLatin1Char(',')));
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.array().size(), 50);
        const QJsonObject first = ok.array().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("userId")).toString(), ids.at(0));
        QVERIFY(first.contains(QStringLiteral("presenceDefinition")));
        const auto repeated = m_client->get(
            QStringLiteral("/api/v2/users/presences/purecloud/bulk?id=%1&id=%2").arg(ids.at(0), ids.at(1)));
        QCOMPARE(repeated.array().size(), 2);
        QCOMPARE(m_client
                     ->get(QStringLiteral("/api/v2/users/presences/purecloud/bulk?id=")
                         + ids.mid(0, 51).join(QLatin1Char(',')))
                     .status,
            400);
        QCOMPARE(m_client->get(QStringLiteral("/api/v2/users/presences/purecloud/bulk")).status, 400);
    }

    void bulkPut()
    {
        const QJsonArray page = m_client->get(QStringLiteral("/api/v2/users?pageSize=3"))
                                    .object()
                                    .value(QStringLiteral("entities"))
                                    .toArray();
        const QString training = definitionId(QStringLiteral("Training"));
        QJsonArray body;
        for (const QJsonValue &v : page)
            body.append(QJsonObject {{QStringLiteral("id"), v.toObject().value(QStringLiteral("id"))},
                {QStringLiteral("presenceDefinition"), definitionRef(training)}});
        const auto r = m_client->sendJson("PUT", QStringLiteral("/api/v2/users/presences/bulk"), QJsonDocument(body));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.array().size(), 3);
        for (const QJsonValue &v : page) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            QCOMPARE(m_client->systemPresenceOf(id), QStringLiteral("Training"));
        }
        // One bad item rejects the whole request and changes nothing.
        QJsonArray bad {
            QJsonObject {{QStringLiteral("id"), page.at(0).toObject().value(QStringLiteral("id"))},
                {QStringLiteral("presenceDefinition"), definitionRef(definitionId(QStringLiteral("Meal")))}},
            QJsonObject {{QStringLiteral("id"), QStringLiteral("nobody")},
                {QStringLiteral("presenceDefinition"), definitionRef(training)}}};
        QCOMPARE(
            m_client->sendJson("PUT", QStringLiteral("/api/v2/users/presences/bulk"), QJsonDocument(bad)).status, 400);
        QCOMPARE(m_client->systemPresenceOf(page.at(0).toObject().value(QStringLiteral("id")).toString()),
            QStringLiteral("Training"));
        QCOMPARE(m_client->send("PUT", QStringLiteral("/api/v2/users/presences/bulk"), "{\"not\":\"an array\"}").status,
            400);
        // An unknown presence definition refuses the whole array too: nothing is half applied.
        QJsonArray unknownDefinition {
            QJsonObject {{QStringLiteral("id"), page.at(0).toObject().value(QStringLiteral("id"))},
                {QStringLiteral("presenceDefinition"), definitionRef(definitionId(QStringLiteral("Meal")))}},
            QJsonObject {{QStringLiteral("id"), page.at(1).toObject().value(QStringLiteral("id"))},
                {QStringLiteral("presenceDefinition"), definitionRef(QStringLiteral("no-such-definition"))}}};
        QCOMPARE(
            m_client->sendJson("PUT", QStringLiteral("/api/v2/users/presences/bulk"), QJsonDocument(unknownDefinition))
                .status,
            400);
        QCOMPARE(m_client->systemPresenceOf(page.at(0).toObject().value(QStringLiteral("id")).toString()),
            QStringLiteral("Training"));
        // Every field of MutableUserPresence is accepted, as the definition has them; the answer is a
        // UserPresence per entry, without the user's id.
        QJsonArray full {QJsonObject {{QStringLiteral("id"), page.at(0).toObject().value(QStringLiteral("id"))},
            {QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("source"), QStringLiteral("PURECLOUD")},
            {QStringLiteral("presenceDefinition"), definitionRef(definitionId(QStringLiteral("Meal")))},
            {QStringLiteral("modifiedDate"), QStringLiteral("2020-01-01T00:00:00.000Z")},
            {QStringLiteral("selfUri"), QStringLiteral("/x")}}};
        const auto accepted
            = m_client->sendJson("PUT", QStringLiteral("/api/v2/users/presences/bulk"), QJsonDocument(full));
        QCOMPARE(accepted.status, 200);
        QVERIFY(!accepted.array().at(0).toObject().contains(QStringLiteral("userId")));
        QCOMPARE(m_client->systemPresenceOf(page.at(0).toObject().value(QStringLiteral("id")).toString()),
            QStringLiteral("Meal"));
    }

    void onQueueGoesThroughPresence()
    {
        const QString agent = agentIn(QStringLiteral("Available"));
        const QString path = QStringLiteral("/api/v2/users/%1/routingstatus").arg(agent);
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("status")).toString(), QStringLiteral("OFF_QUEUE"));

        // A routing status cannot put an agent on queue.
        const auto refused = m_client->send("PUT", path, "{\"status\":\"IDLE\"}");
        QCOMPARE(refused.status, 400);
        QCOMPARE(m_client->get(path).object().value(QStringLiteral("status")).toString(), QStringLiteral("OFF_QUEUE"));

        QCOMPARE(patchPresence(agent,
                     {{QStringLiteral("presenceDefinition"), definitionRef(definitionId(QStringLiteral("OnQueue")))}})
                     .status,
            200);
        const QJsonObject routing = m_client->get(path).object();
        QCOMPARE(routing.value(QStringLiteral("status")).toString(), QStringLiteral("IDLE"));
        QCOMPARE(routing.value(QStringLiteral("userId")).toString(), agent);
        QVERIFY(!routing.value(QStringLiteral("startTime")).toString().isEmpty());

        // Taking the agent off queue leaves them Available.
        const auto off = m_client->send("PUT", path, "{\"status\":\"OFF_QUEUE\"}");
        QCOMPARE(off.status, 200);
        QCOMPARE(off.object().value(QStringLiteral("status")).toString(), QStringLiteral("OFF_QUEUE"));
        QCOMPARE(m_client->systemPresenceOf(agent), QStringLiteral("Available"));
    }

    void routingStatusErrors()
    {
        const QString agent = m_client->firstAgentId();
        const QString path = QStringLiteral("/api/v2/users/%1/routingstatus").arg(agent);
        QCOMPARE(m_client->send("PUT", path, "{\"status\":\"SLEEPING\"}").status, 400);
        QCOMPARE(m_client->send("PUT", path, "{\"status\":7}").status, 400);
        QCOMPARE(m_client->send("PUT", path, "{\"status\":\"IDLE\"").status, 400);
        QCOMPARE(
            m_client->send("PUT", QStringLiteral("/api/v2/users/nobody/routingstatus"), "{\"status\":\"IDLE\"}").status,
            404);
        // Like Genesys, reading the routing status of an unknown user answers OFF_QUEUE.
        const auto unknown = m_client->get(QStringLiteral("/api/v2/users/nobody/routingstatus"));
        QCOMPARE(unknown.status, 200);
        QCOMPARE(unknown.object().value(QStringLiteral("status")).toString(), QStringLiteral("OFF_QUEUE"));
    }

    void listingAndSingleUserAgree()
    {
        // The listing is written by a fast path; it must say exactly what GET /users/{id} says, also for
        // text that needs escaping.
        const QString agent = m_client->firstAgentId();
        const QString message = QStringLiteral("He said \"back in 5\" \\ tab\there\nnew line \u0001 Zoë <b>");
        QCOMPARE(patchPresence(agent, {{QStringLiteral("message"), message}}).status, 200);
        const QJsonArray entities
            = m_client->get(QStringLiteral("/api/v2/users?pageSize=200&expand=presence,routingStatus"))
                  .object()
                  .value(QStringLiteral("entities"))
                  .toArray();
        QCOMPARE(entities.size(), 200);
        for (const QJsonValue &v : entities) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            const QJsonObject single
                = m_client->get(QStringLiteral("/api/v2/users/%1?expand=presence,routingStatus").arg(id)).object();
            QCOMPARE(v.toObject(), single);
        }
        QCOMPARE(entities.at(0)
                     .toObject()
                     .value(QStringLiteral("presence"))
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toString(),
            message);
        const QJsonObject plain = m_client->get(QStringLiteral("/api/v2/users?pageSize=1"))
                                      .object()
                                      .value(QStringLiteral("entities"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(plain, m_client->get(QStringLiteral("/api/v2/users/") + agent).object());
    }

    void wrongMethodIsRefused()
    {
        const auto r = m_client->send("DELETE", QStringLiteral("/api/v2/presence/definitions"));
        QCOMPARE(r.status, 405);
        QVERIFY(!r.object().value(QStringLiteral("code")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSimPresence)
#include "tst_sim_presence.moc"
