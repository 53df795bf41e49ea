// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestRig.h"
#include "RawHttpServer.h"
#include "api/ActivityEvent.h"
#include "api/GenesysGateway.h"
#include "api/StatusApiGateway.h"
#include "core/ManualClock.h"
#include "sim/SimOrganisation.h"

#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

bool waitFor(GatewayReply *reply, int ms = 20000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &GatewayReply::finished);
    return spy.wait(ms);
}

std::unique_ptr<StatusGateway> makeGateway(ApiClient *client, bool genesys)
{
    if (genesys)
        return std::make_unique<GenesysGateway>(client);
    return std::make_unique<StatusApiGateway>(client);
}

// An active agent of the simulated organisation, put into `status` by the server itself.
QString agentIn(ApiTestRig &rig, int index, const QString &status)
{
    SimOrganisation *org = rig.sim.server()->organisation();
    const QString id = org->activeAgentAt(quint32(index));
    const QString error = org->setStatus(id, status, QString(), QString(), QStringLiteral("test"));
    return error.isEmpty() ? id : QString();
}

QString serverStatusOf(ApiTestRig &rig, const QString &id)
{
    SimOrganisation *org = rig.sim.server()->organisation();
    const SimPresenceDefinition *definition = org->definition(org->user(id)->presenceDefinitionId);
    return definition ? StatusCatalogue::canonicalKey(definition->systemPresence) : QString();
}

Agent readOne(StatusGateway *gateway, const QString &id)
{
    GatewayReply *reply = gateway->readAgents({id});
    if (!waitFor(reply) || !reply->isOk() || reply->agents().size() != 1)
        return Agent();
    return reply->agents().first();
}

StatusChange changeOf(const Agent &agent, const QString &to, const QString &reason = QString())
{
    return StatusChange::fromAgent(agent, to, reason);
}

} // namespace

class TestGateways : public QObject
{
    Q_OBJECT

private slots:
    void genesysCatalogueFromPresenceDefinitions()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        GenesysGateway gateway(rig.client.get());
        GatewayReply *reply = gateway.loadCatalogue();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        const StatusCatalogue catalogue = gateway.catalogue();
        for (const QString &key : StatusCatalogue::systemStatusKeys())
            QVERIFY2(catalogue.hasStatus(key), qPrintable(key));
        for (const SimPresenceDefinition &definition : rig.sim.server()->organisation()->definitions()) {
            QCOMPARE(
                catalogue.statusForDefinition(definition.id), StatusCatalogue::canonicalKey(definition.systemPresence));
            if (definition.system)
                QCOMPARE(catalogue.primaryDefinitionId(catalogue.statusForDefinition(definition.id)), definition.id);
        }
        // Labels in the lead's language (here the test's default, English): see catalogueLabelsInTheLeadsLanguage.
        QVERIFY(!catalogue.label(QStringLiteral("Available"), QLocale().name()).isEmpty());
    }

    // The labels are asked for in the lead's language: one listing in German gives the simulator's German
    // labels; a language the organisation has no labels in (Japanese) falls back to English with a second
    // listing, counted on the simulator.
    void catalogueLabelsInTheLeadsLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("labelKey");
        QTest::addColumn<int>("requests");
        QTest::newRow("German") << QStringLiteral("de_DE") << QStringLiteral("de") << 1;
        QTest::newRow("French") << QStringLiteral("fr_CA") << QStringLiteral("fr") << 1;
        QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("en_US") << 1;
        QTest::newRow("Japanese, English labels") << QStringLiteral("ja_JP") << QStringLiteral("en_US") << 2;
    }

    void catalogueLabelsInTheLeadsLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, labelKey);
        QFETCH(int, requests);
        const QLocale before;
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        ApiTestRig rig;
        QVERIFY(rig.start());
        rig.tokens->renew();
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        QVERIFY(renewed.wait(5000));
        rig.sim.server()->resetCounters();
        GenesysGateway gateway(rig.client.get());
        GatewayReply *reply = gateway.loadCatalogue();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        QCOMPARE(rig.sim.server()->requestsServed(), qint64(requests));
        const StatusCatalogue catalogue = gateway.catalogue();
        for (const SimPresenceDefinition &definition : rig.sim.server()->organisation()->definitions()) {
            QCOMPARE(catalogue.definitionLabel(definition.id, locale), definition.labels.value(labelKey));
            QVERIFY(!definition.labels.value(labelKey).isEmpty());
        }
    }

    void rosterOfTenThousandInParallelPages()
    {
        SimConfig config;
        config.agents = 10000;
        config.rateLimitPerMinute = 0;
        ApiTestRig rig;
        QVERIFY(rig.start(config));
        GenesysGateway gateway(rig.client.get());
        gateway.setPageSize(100);
        gateway.setParallelPages(4);
        int maxInFlight = 0;
        connect(
            rig.client.get(), &ApiClient::requestFinished, this, [&](const QByteArray &, const QString &, int, qint64) {
                maxInFlight = qMax(maxInFlight, rig.client->inFlightRequests() + 1);
            });
        GatewayReply *reply = gateway.loadRoster();
        QSignalSpy progress(reply, &GatewayReply::progress);
        QVERIFY(waitFor(reply, 60000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));

        int active = 0;
        QStringList expectedOrder;
        for (const SimAgent &agent : rig.sim.server()->organisation()->users()) {
            if (agent.state == QLatin1String("active")) {
                ++active;
                expectedOrder.append(agent.id);
            }
        }
        QVERIFY(active >= 10000);
        const AgentList agents = reply->agents();
        QCOMPARE(agents.size(), active);
        QStringList order;
        QSet<QString> unique;
        for (const Agent &agent : agents) {
            order.append(agent.id);
            unique.insert(agent.id);
            QVERIFY(!agent.name.isEmpty());
            QVERIFY2(!agent.status.isEmpty(), qPrintable(agent.id));
            QVERIFY(!agent.version.isEmpty());
            QVERIFY(agent.statusSince.isValid());
            QVERIFY(!agent.routingStatus.isEmpty());
        }
        QCOMPARE(order, expectedOrder); // page order kept although pages arrive in any order
        QCOMPARE(unique.size(), active);
        QVERIFY(maxInFlight > 1);
        QVERIFY(maxInFlight <= 4);
        QVERIFY(progress.size() >= 100);
        QCOMPARE(progress.last().at(0).toInt(), active);
        QCOMPARE(progress.last().at(1).toInt(), active);
        const SimAgent *sample = rig.sim.server()->organisation()->user(agents.at(4321).id);
        QCOMPARE(agents.at(4321).team, rig.sim.server()->organisation()->teamName(*sample));
        QCOMPARE(agents.at(4321).department, sample->department);
        QCOMPARE(agents.at(4321).presenceDefinitionId, sample->presenceDefinitionId);
    }

    void rosterPageFailureEndsTheLoad()
    {
        SimConfig config;
        config.agents = 300;
        ApiTestRig rig;
        QVERIFY(rig.start(config));
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.maxRetries = 0;
        rig.client->setOptions(options);
        GenesysGateway gateway(rig.client.get());
        gateway.setPageSize(50);
        GatewayReply *catalogue = gateway.loadCatalogue();
        QVERIFY(waitFor(catalogue));
        rig.sim.server()->failNext("GET", QStringLiteral("/api/v2/users"), 500, 2);
        GatewayReply *reply = gateway.loadRoster();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Server);
    }

    void writes_data()
    {
        QTest::addColumn<bool>("genesys");
        QTest::newRow("genesys") << true;
        QTest::newRow("status-api") << false;
    }

    void writes()
    {
        QFETCH(bool, genesys);
        ManualClock simClock(QDateTime::currentDateTimeUtc());
        ApiTestRig rig;
        rig.simClock = &simClock;
        QVERIFY(rig.start());
        auto gateway = makeGateway(rig.client.get(), genesys);
        const QString id = agentIn(rig, 3, QStringLiteral("Available"));
        const Agent before = readOne(gateway.get(), id);
        QCOMPARE(before.status, QStringLiteral("Available"));
        QVERIFY(!before.version.isEmpty());

        simClock.advance(1000); // a later modifiedDate than the one we read
        GatewayReply *reply = gateway->writeStatus(changeOf(before, QStringLiteral("Break"), QStringLiteral("Coffee")));
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        const WriteResult result = reply->writeResult();
        QCOMPARE(result.outcome, WriteResult::Outcome::Applied);
        QCOMPARE(result.agent.status, QStringLiteral("Break"));
        QCOMPARE(result.agent.id, id);
        QCOMPARE(result.etagBefore, before.version);
        QVERIFY(!result.etagAfter.isEmpty());
        QVERIFY(result.etagAfter != result.etagBefore);
        QVERIFY(!result.correlationId.isEmpty());
        QCOMPARE(result.change.toStatus, QStringLiteral("Break"));
        QCOMPARE(serverStatusOf(rig, id), QStringLiteral("Break"));
        const Agent after = readOne(gateway.get(), id);
        QCOMPARE(after.status, QStringLiteral("Break"));
        QCOMPARE(after.version, result.etagAfter);
        if (!genesys)
            QCOMPARE(after.reason, QStringLiteral("Coffee"));
    }

    void queuedWriteKeepsAWindowOfOneRoundTrip_data()
    {
        QTest::addColumn<int>("agents");
        QTest::newRow("single change") << 1;
        QTest::newRow("bulk chunk") << 3;
    }

    // The budget of the minute is all but spent when the lead's write comes: the compare read waits
    // in the limiter until there is room for it and its write, so the write leaves as soon as the read
    // is answered. Had the read gone first and the write waited, the real time held here would be in
    // the window.
    void queuedWriteKeepsAWindowOfOneRoundTrip()
    {
        QFETCH(int, agents);
        ManualClock clock(QDateTime::currentDateTimeUtc());
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start());
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.requestsPerMinute = 6;
        rig.client->setOptions(options);
        GenesysGateway gateway(rig.client.get());
        gateway.setWriteChunk(agents);
        QVector<StatusChange> changes;
        for (int i = 0; i < agents; ++i) {
            const QString id = agentIn(rig, 20 + i, QStringLiteral("Available"));
            QVERIFY(!id.isEmpty());
            const Agent seen = readOne(&gateway, id);
            QVERIFY(seen.isValid());
            changes.append(changeOf(seen, QStringLiteral("Break"), QStringLiteral("Coffee")));
        }
        clock.advance(61000); // the reads above have left the rolling minute
        // Five of six requests of the minute spent: room for one request, not for a read and its write.
        QVector<ApiReply *> busy;
        for (int i = 0; i < 5; ++i) {
            ApiRequest request;
            request.path = QStringLiteral("/api/v2/users/me");
            request.kind = ApiRequest::Kind::Write;
            busy.append(rig.client->send(request));
        }
        for (ApiReply *reply : std::as_const(busy)) {
            if (!reply->isFinished()) {
                QSignalSpy done(reply, &ApiReply::finished);
                QVERIFY(done.wait(10000));
            }
        }
        QCOMPARE(rig.client->requestsLeftPerMinute(), 1);
        const qint64 servedBefore = rig.sim.server()->requestsServed();
        GatewayReply *reply = agents == 1 ? gateway.writeStatus(changes.constFirst()) : gateway.writeStatuses(changes);
        // Held in the limiter for a while of real time: nothing of the write reaches the server.
        QTest::qWait(400);
        QCOMPARE(rig.sim.server()->requestsServed(), servedBefore);
        QVERIFY(!reply->isFinished());
        clock.advance(61000); // the minute rolls on
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        const WriteResults results = reply->writeResults();
        QCOMPARE(int(results.size()), agents);
        for (const WriteResult &result : results) {
            QCOMPARE(result.outcome, WriteResult::Outcome::Applied);
            QVERIFY(result.windowMs >= 0);
            QVERIFY2(result.windowMs < 300, qPrintable(QString::number(result.windowMs)));
        }
        for (const StatusChange &change : std::as_const(changes))
            QCOMPARE(serverStatusOf(rig, change.agentId), QStringLiteral("Break"));
    }

    void conflictWithACompetitor()
    {
        QFETCH(bool, genesys);
        ManualClock simClock(QDateTime::currentDateTimeUtc());
        ApiTestRig rig;
        rig.simClock = &simClock;
        QVERIFY(rig.start());
        auto gateway = makeGateway(rig.client.get(), genesys);
        const QString id = agentIn(rig, 5, QStringLiteral("Available"));
        const Agent seen = readOne(gateway.get(), id);
        QVERIFY(seen.isValid());
        simClock.advance(1000); // their change gets a later modifiedDate than the one we read
        QCOMPARE(rig.sim.server()->changeAgentAsCompetitor(id), id);
        const QString theirStatus = serverStatusOf(rig, id);

        GatewayReply *reply = gateway->writeStatus(changeOf(seen, QStringLiteral("Meal"), QStringLiteral("Lunch")));
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        const WriteResult result = reply->writeResult();
        QCOMPARE(result.outcome, WriteResult::Outcome::Conflict);
        QCOMPARE(result.agent.id, id);
        QCOMPARE(result.agent.status, theirStatus);
        QCOMPARE(result.change.agentName, seen.name);
        QVERIFY(result.agent.version != seen.version);
        QCOMPARE(serverStatusOf(rig, id), theirStatus); // nothing written over their change
        if (!genesys)
            QCOMPARE(result.agent.changedBy, rig.sim.server()->organisation()->competitorId());
    }

    void conflictWithACompetitor_data() { writes_data(); }

    void conflictWhenNotInTheExpectedStatus()
    {
        QFETCH(bool, genesys);
        ApiTestRig rig;
        QVERIFY(rig.start());
        auto gateway = makeGateway(rig.client.get(), genesys);
        const QString id = agentIn(rig, 7, QStringLiteral("Meeting"));
        StatusChange change;
        change.agentId = id;
        change.fromStatus = QStringLiteral("Available"); // --expect Available
        change.toStatus = QStringLiteral("Break");
        GatewayReply *reply = gateway->writeStatus(change);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->writeResult().outcome, WriteResult::Outcome::Conflict);
        QCOMPARE(reply->writeResult().agent.status, QStringLiteral("Meeting"));
        QCOMPARE(serverStatusOf(rig, id), QStringLiteral("Meeting"));

        change.fromStatus = QStringLiteral("Meeting");
        GatewayReply *second = gateway->writeStatus(change);
        QVERIFY(waitFor(second));
        QCOMPARE(second->writeResult().outcome, WriteResult::Outcome::Applied);
        QCOMPARE(serverStatusOf(rig, id), QStringLiteral("Break"));
    }

    void conflictWhenNotInTheExpectedStatus_data() { writes_data(); }

    void bulkWritesGatherEveryResult()
    {
        QFETCH(bool, genesys);
        ApiTestRig rig;
        QVERIFY(rig.start());
        auto gateway = makeGateway(rig.client.get(), genesys);
        QVector<StatusChange> changes;
        for (int i = 0; i < 120; ++i) {
            const QString id = agentIn(rig, 10 + i, QStringLiteral("Available"));
            QVERIFY(!id.isEmpty());
            StatusChange change;
            change.agentId = id;
            change.fromStatus = QStringLiteral("Available");
            change.toStatus = QStringLiteral("Training");
            changes.append(change);
        }
        rig.sim.server()->changeAgentAsCompetitor(changes.at(77).agentId);
        int bulkReads = 0;
        int bulkPuts = 0;
        int patches = 0;
        int readsById = 0;
        connect(rig.client.get(), &ApiClient::requestFinished, this,
            [&](const QByteArray &method, const QString &path, int, qint64) {
                if (method == "PATCH")
                    ++patches;
                else if (path.endsWith(QLatin1String("/bulk")))
                    ++(method == "PUT" ? bulkPuts : bulkReads);
                else if (method == "GET" && path.endsWith(QLatin1String("/api/v2/users")))
                    ++readsById;
            });
        GatewayReply *reply = gateway->writeStatuses(changes);
        QSignalSpy done(reply, &GatewayReply::writeDone);
        QVERIFY(waitFor(reply, 30000));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        const WriteResults results = reply->writeResults();
        QCOMPARE(results.size(), 120);
        QCOMPARE(done.size(), 120);
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).change.agentId, changes.at(i).agentId);
            QCOMPARE(results.at(i).outcome, i == 77 ? WriteResult::Outcome::Conflict : WriteResult::Outcome::Applied);
            if (i != 77)
                QCOMPARE(serverStatusOf(rig, changes.at(i).agentId), QStringLiteral("Training"));
        }
        if (genesys) {
            // Chunks of 50, 50 and 20: a PUT each; the first compare read and the last read-back by the
            // bulk presence read, and each read-back travelling with the next compare read in one users
            // read by id (100 ids): 2 x 3 requests for 3 chunks.
            QCOMPARE(bulkPuts, 3);
            QCOMPARE(patches, 0);
            QCOMPARE(bulkReads + readsById, 4);
            QCOMPARE(readsById, 2);
        }
    }

    void bulkWritesGatherEveryResult_data() { writes_data(); }

    void statusApiCatalogueAndRefusals()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        StatusApiGateway gateway(rig.client.get());
        GatewayReply *catalogue = gateway.loadCatalogue();
        QVERIFY(waitFor(catalogue));
        QVERIFY2(catalogue->isOk(), qPrintable(catalogue->error().toString()));
        QCOMPARE(gateway.catalogue().statuses().size(), 10);
        QCOMPARE(gateway.catalogue().reasons(), SimOrganisation::reasons());

        const QString id = agentIn(rig, 2, QStringLiteral("Available"));
        StatusChange change;
        change.agentId = id;
        change.fromStatus = QStringLiteral("Available");
        change.toStatus = QStringLiteral("Break");
        change.reason = QStringLiteral("Siesta");
        GatewayReply *reply = gateway.writeStatus(change);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->writeResult().outcome, WriteResult::Outcome::Failed);
        QCOMPARE(reply->error().kind, ApiError::Kind::BadRequest);
        QVERIFY(reply->error().toString().contains(QLatin1String("Siesta")));
    }

    void genesysWriteNeedsPermission()
    {
        SimConfig config;
        config.clients.append({QStringLiteral("viewer"), QStringLiteral("viewer-secret"),
            {QStringLiteral("presence:presenceDefinition:view")}});
        ApiTestRig rig;
        QVERIFY(rig.start(config, QStringLiteral("viewer"), QStringLiteral("viewer-secret")));
        GenesysGateway gateway(rig.client.get());
        const QString id = agentIn(rig, 1, QStringLiteral("Available"));
        StatusChange change;
        change.agentId = id;
        change.fromStatus = QStringLiteral("Available");
        change.toStatus = QStringLiteral("Break");
        GatewayReply *reply = gateway.writeStatus(change);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->writeResult().outcome, WriteResult::Outcome::Failed);
        QCOMPARE(reply->error().missingPermission, QStringLiteral("presence:userPresence:edit"));
    }

    void unknownAgentFails()
    {
        QFETCH(bool, genesys);
        ApiTestRig rig;
        QVERIFY(rig.start());
        auto gateway = makeGateway(rig.client.get(), genesys);
        StatusChange change;
        change.agentId = QStringLiteral("no-such-agent");
        change.fromStatus = QStringLiteral("Available");
        change.toStatus = QStringLiteral("Break");
        GatewayReply *reply = gateway->writeStatus(change);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->writeResult().outcome, WriteResult::Outcome::Failed);
        QCOMPARE(reply->error().kind, ApiError::Kind::NotFound);
    }

    void unknownAgentFails_data() { writes_data(); }

    void malformedServerAnswers_data()
    {
        QTest::addColumn<bool>("genesys");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("genesys no entities") << true << QByteArray("{\"total\": 3}");
        QTest::newRow("genesys entities not a list") << true << QByteArray("{\"entities\": {\"a\": 1}}");
        QTest::newRow("genesys nothing usable") << true << QByteArray("{\"entities\": [{\"id\": 1}, 7, null]}");
        QTest::newRow("status-api not a list") << false << QByteArray("{\"entities\": \"Available\"}");
        QTest::newRow("status-api array") << false << QByteArray("[]");
    }

    void malformedServerAnswers()
    {
        QFETCH(bool, genesys);
        QFETCH(QByteArray, body);
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        server.script({RawHttpServer::response(200, body)});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        auto gateway = makeGateway(&client, genesys);
        GatewayReply *roster = gateway->loadRoster();
        QVERIFY(waitFor(roster));
        QCOMPARE(roster->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(roster->agents().isEmpty());
        QVERIFY(!roster->error().toString().isEmpty());
    }

    void exaggeratedPageCountIsNotBelieved()
    {
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        server.script({RawHttpServer::response(200,
                           "{\"entities\": [{\"id\": \"d1\", \"systemPresence\": \"Available\", \"type\": "
                           "\"System\"}]}"),
            RawHttpServer::response(
                200, "{\"entities\": [{\"id\": \"u1\"}, {\"id\": \"u2\"}], \"total\": 2, \"pageCount\": 1000000}")});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        GenesysGateway gateway(&client);
        GatewayReply *roster = gateway.loadRoster();
        QVERIFY(waitFor(roster));
        QVERIFY2(roster->isOk(), qPrintable(roster->error().toString()));
        QCOMPARE(roster->agents().size(), 2);
        QCOMPARE(server.requestCount(), 2);
    }

    void genesysSendsIfMatchWhenTheServerGivesAnEtag()
    {
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        const QByteArray presence = "{\"presenceDefinition\": {\"id\": \"d-avail\", \"systemPresence\": "
                                    "\"Available\"}, \"modifiedDate\": \"2026-01-01T10:00:00.000Z\"}";
        const QByteArray theirs = "{\"presenceDefinition\": {\"id\": \"d-meet\", \"systemPresence\": "
                                  "\"Meeting\"}, \"modifiedDate\": \"2026-01-01T10:00:01.000Z\"}";
        server.script({RawHttpServer::response(200,
                           "{\"entities\": [{\"id\": \"d-avail\", \"systemPresence\": \"Available\"}, "
                           "{\"id\": \"d-break\", \"systemPresence\": \"Break\"}, "
                           "{\"id\": \"d-meet\", \"systemPresence\": \"Meeting\"}]}"),
            RawHttpServer::response(200, presence, "ETag: \"v7\"\r\n"),
            RawHttpServer::response(409, "{\"code\": \"general.conflict\", \"message\": \"changed\"}"),
            RawHttpServer::response(200, theirs, "ETag: \"v8\"\r\n")});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        GenesysGateway gateway(&client);
        StatusChange change;
        change.agentId = QStringLiteral("u1");
        change.fromStatus = QStringLiteral("Available");
        change.toStatus = QStringLiteral("Break");
        GatewayReply *reply = gateway.writeStatus(change);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->writeResult().outcome, WriteResult::Outcome::Conflict);
        QCOMPARE(reply->writeResult().agent.status, QStringLiteral("Meeting"));
        QCOMPARE(server.requestCount(), 4);
        QVERIFY(server.requestLines().at(2).startsWith("PATCH /api/v2/users/u1/presences/purecloud"));
        QVERIFY(server.requestHeads().at(2).contains("If-Match: \"v7\""));
    }

    // The dialog's preview is the gateway's own account of its write: the request line it sends, the
    // version it sends it against and the body's target.
    void describedWriteIsTheRequestSent()
    {
        QFETCH(bool, genesys);
        ApiTestRig rig;
        QVERIFY(rig.start());
        auto gateway = makeGateway(rig.client.get(), genesys);
        const QString id = agentIn(rig, 4, QStringLiteral("Available"));
        const Agent before = readOne(gateway.get(), id);
        QVERIFY(!before.version.isEmpty());
        const StatusChange change = changeOf(before, QStringLiteral("Break"), QStringLiteral("Coffee"));
        const QStringList described = gateway->describeWrite(change).split(QLatin1Char('\n'));
        QStringList sent;
        connect(rig.client.get(), &ApiClient::requestFinished, this,
            [&sent](const QByteArray &method, const QString &path, int, qint64) {
                sent.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
            });
        GatewayReply *reply = gateway->writeStatus(change);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->writeResult().outcome, WriteResult::Outcome::Applied);
        QVERIFY2(sent.contains(described.constFirst()), qPrintable(described.join(QLatin1Char('|'))));
        if (genesys) {
            const QString definition = gateway->catalogue().primaryDefinitionId(QStringLiteral("Break"));
            QVERIFY(described.constLast().contains(definition));
        } else {
            QCOMPARE(described.at(1), QStringLiteral("If-Match: ") + before.version);
            QVERIFY(described.constLast().contains(QStringLiteral("\"reason\":\"Coffee\"")));
        }
    }

    void describedWriteIsTheRequestSent_data() { writes_data(); }

    // A write reports its end in its WriteResult and only there: a batch that cannot start (no
    // catalogue) answers every change, each with the change it is about and the error.
    void writeFailuresComeOnePerChange()
    {
        QFETCH(bool, genesys);
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        server.script({RawHttpServer::response(200, "{}")});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        auto gateway = makeGateway(&client, genesys);
        QVector<StatusChange> changes;
        for (const char *id : {"u1", "u2", "u3"}) {
            StatusChange change;
            change.agentId = QString::fromLatin1(id);
            change.agentName = QStringLiteral("Agent ") + change.agentId;
            change.fromStatus = QStringLiteral("Available");
            change.toStatus = QStringLiteral("Break");
            changes.append(change);
        }
        GatewayReply *many = gateway->writeStatuses(changes);
        QSignalSpy done(many, &GatewayReply::writeDone);
        QVERIFY(waitFor(many));
        QCOMPARE(done.size(), changes.size());
        const WriteResults results = many->writeResults();
        QCOMPARE(results.size(), changes.size());
        for (int i = 0; i < results.size(); ++i) {
            QCOMPARE(results.at(i).outcome, WriteResult::Outcome::Failed);
            QCOMPARE(results.at(i).error.kind, ApiError::Kind::MalformedResponse);
            QCOMPARE(results.at(i).change.agentName, changes.at(i).agentName);
        }

        GatewayReply *one = gateway->writeStatus(changes.constFirst());
        QVERIFY(waitFor(one));
        QCOMPARE(one->writeResult().outcome, WriteResult::Outcome::Failed);
        QCOMPARE(one->writeResult().change.agentId, changes.constFirst().agentId);
        QCOMPARE(one->error().kind, one->writeResult().error.kind);
        QCOMPARE(one->error().message, one->writeResult().error.message);
        QVERIFY(!one->isOk());
    }

    void writeFailuresComeOnePerChange_data() { writes_data(); }

    // Whether a pushed event carries the version is the protocol's to say: the presence modifiedDate
    // does, the Status API's ETag does not (the agent is read).
    void versionFromActivityIsTheProtocols()
    {
        ApiClient client(Region::fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1"))), nullptr);
        GenesysGateway genesys(&client);
        StatusApiGateway statusApi(&client);
        ActivityEvent event;
        event.userId = QStringLiteral("u1");
        event.hasPresence = true;
        event.modifiedDateText = QStringLiteral("2026-01-01T10:00:00.000Z");
        QString version;
        QVERIFY(genesys.versionFromActivity(event, &version));
        QCOMPARE(version, event.modifiedDateText);
        event.hasPresence = false;
        QVERIFY(genesys.versionFromActivity(event, &version));
        QVERIFY(version.isEmpty());
        event.hasPresence = true;
        QVERIFY(!statusApi.versionFromActivity(event, &version));
        QVERIFY(version.isEmpty());
    }

    void malformedUsersPage()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        GenesysGateway gateway(rig.client.get());
        GatewayReply *catalogue = gateway.loadCatalogue();
        QVERIFY(waitFor(catalogue));
        RawHttpServer server;
        const QUrl base = server.start();
        server.script({RawHttpServer::response(200, "{\"entities\": [{\"name\": \"no id\"}], \"total\": 1}")});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        // A gateway on the bad server, with the good catalogue already known.
        GenesysGateway bad(&client);
        GatewayReply *roster = bad.loadRoster();
        QVERIFY(waitFor(roster));
        QCOMPARE(roster->error().kind, ApiError::Kind::MalformedResponse);
    }

    void cancelStopsTheRoster()
    {
        SimConfig config;
        config.agents = 2000;
        ApiTestRig rig;
        QVERIFY(rig.start(config));
        rig.sim.server()->setLatency(50, 50);
        GenesysGateway gateway(rig.client.get());
        gateway.setPageSize(25);
        GatewayReply *reply = gateway.loadRoster();
        QSignalSpy progress(reply, &GatewayReply::progress);
        QVERIFY(progress.wait(10000));
        reply->cancel();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        QTRY_COMPARE(rig.client->inFlightRequests(), 0);
        QCOMPARE(rig.client->queuedRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGateways)
#include "tst_gateways.moc"
