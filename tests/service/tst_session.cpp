// SPDX-License-Identifier: GPL-3.0-or-later
// The Session as both front ends use it: the profile from the environment, configuration errors,
// the supervisor of the audit entries (client id, or the user signed in with PKCE through the
// simulator's authorize endpoint), and rules that keep the old ones on error.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "api/TokenProvider.h"
#include "audit/AuditStore.h"
#include "core/ManualClock.h"
#include "core/TransitionRules.h"
#include "service/AgentDirectory.h"
#include "service/StatusChangeService.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void profileFromEnvironment();
    void configurationErrors_data();
    void configurationErrors();
    void clientCredentialsSupervisor();
    void pkceSignInSupervisor();
    void loadRules();
    void oneClockForSessionAndSimulator();
    void pkceShiftOfTenHours_data();
    void pkceShiftOfTenHours();
};

void TestSession::profileFromEnvironment()
{
    qputenv("GENESYS_CLIENT_ID", "lead-console");
    qputenv("GENESYS_CLIENT_SECRET", "s3cret");
    qputenv("GENESYS_REGION", "eu_central_1");
    qputenv("WEBHOOK_ENDPOINT", "https://payroll.example.org/hook");
    qputenv("WEBHOOK_SECRET", "hmac-key");
    qputenv("STATUSDESK_API_BASE", "http://127.0.0.1:9");
    qputenv("STATUSDESK_PROTOCOL", "status-api");
    qputenv("STATUSDESK_REDIRECT_PORT", "8085");
    const Profile profile = Profile::fromEnvironment();
    for (const char *name : {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "GENESYS_REGION", "WEBHOOK_ENDPOINT",
             "WEBHOOK_SECRET", "STATUSDESK_API_BASE", "STATUSDESK_PROTOCOL", "STATUSDESK_REDIRECT_PORT"})
        qunsetenv(name);
    QCOMPARE(profile.redirectPort, quint16(8085));
    QCOMPARE(profile.clientId, QStringLiteral("lead-console"));
    QCOMPARE(profile.clientSecret, QStringLiteral("s3cret"));
    QCOMPARE(profile.region, QStringLiteral("eu_central_1"));
    QCOMPARE(profile.webhookUrl, QUrl(QStringLiteral("https://payroll.example.org/hook")));
    QCOMPARE(profile.webhookSecret, QStringLiteral("hmac-key"));
    QCOMPARE(profile.apiBase, QUrl(QStringLiteral("http://127.0.0.1:9")));
    QCOMPARE(profile.protocol, Protocol::StatusApi);
    QVERIFY(profile.validate(nullptr));
    QVERIFY(profile.effectiveAuditLocation().endsWith(QLatin1String("audit.sqlite")));
}

void TestSession::configurationErrors_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown region") << "region"
                                    << "mars-north-1"
                                    << "us-east-1";
    QTest::newRow("no client id") << "clientId"
                                  << ""
                                  << "client id";
    QTest::newRow("no secret") << "clientSecret"
                               << ""
                               << "secret";
    QTest::newRow("broken rules") << "rulesFile"
                                  << "{ \"statuses\": [ }"
                                  << "line";
}

void TestSession::configurationErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, mentions);
    SessionHarness harness;
    QVERIFY(harness.startSim());
    Profile profile = harness.profile(Protocol::Genesys);
    QTemporaryDir dir;
    if (field == QLatin1String("region")) {
        profile.apiBase.clear();
        profile.region = value;
    } else if (field == QLatin1String("clientId")) {
        profile.clientId = value;
    } else if (field == QLatin1String("clientSecret")) {
        profile.clientSecret = value;
    } else {
        QFile rules(dir.filePath(QStringLiteral("rules.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(value.toUtf8());
        rules.close();
        profile.rulesFile = rules.fileName();
    }
    Session session(profile);
    QSignalSpy failed(&session, &Session::failed);
    QSignalSpy ready(&session, &Session::ready);
    session.start();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(session.state(), Session::State::Failed);
    QVERIFY2(session.lastError().contains(mentions, Qt::CaseInsensitive), qPrintable(session.lastError()));
    QCOMPARE(session.lastApiError().kind, ApiError::Kind::Configuration);
    QVERIFY(!session.lastError().contains(QLatin1String("statusdesk-demo-secret")));
}

void TestSession::clientCredentialsSupervisor()
{
    SessionHarness harness;
    QVERIFY(harness.startSim());
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QCOMPARE(session->supervisor(), QStringLiteral("statusdesk-demo"));
    QCOMPARE(session->state(), Session::State::Ready);
    QVERIFY(session->api()->tokenExpiresAt().isValid());
}

void TestSession::pkceSignInSupervisor()
{
    // A real OAuth client registers one redirect URI, so the port is fixed by the profile.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SessionHarness harness;
    SimConfig config;
    config.redirectUris = {QStringLiteral("http://127.0.0.1:%1/callback").arg(port)};
    QVERIFY(harness.startSim(config));
    Profile profile = harness.profile(Protocol::Genesys);
    profile.authMode = Profile::AuthMode::Pkce;
    profile.clientSecret.clear(); // a public client has none
    profile.redirectPort = port;
    Session session(profile);
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy failed(&session, &Session::failed);
    // The "browser": follows the authorize redirect back to the session's loopback listener.
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    QUrl signInUrl;
    connect(&session, &Session::signInUrl, &browser, [&browser, &signInUrl](const QUrl &url) {
        signInUrl = url;
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));
    const QString supervisor = harness.server()->config().demoSupervisorName;
    QCOMPARE(session.supervisor(), supervisor);
    const QUrl redirect(QUrlQuery(signInUrl).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    QCOMPARE(redirect.port(), int(profile.redirectPort));
    QCOMPARE(redirect.path(), QStringLiteral("/callback"));

    // Every audit entry names the signed-in lead.
    StatusChange change;
    const QVector<Agent> agents = session.directory()->agents();
    for (const Agent &agent : agents) {
        for (const QString &target : session.rules().allowedTargets(agent.status)) {
            StatusChange candidate;
            candidate.agentId = agent.id;
            candidate.toStatus = target;
            if (change.agentId.isEmpty() && session.changes()->validate(candidate).isEmpty())
                change = candidate;
        }
    }
    QVERIFY(!change.agentId.isEmpty());
    QSignalSpy finished(session.changes(), &StatusChangeService::finished);
    session.changes()->change(change);
    QVERIFY(finished.wait(10000));
    AuditQuery query;
    query.agent = change.agentId;
    const QVector<AuditEntry> entries = session.audit()->query(query);
    QVERIFY(!entries.isEmpty());
    for (const AuditEntry &entry : entries)
        QCOMPARE(entry.supervisor, supervisor);
}

void TestSession::loadRules()
{
    SessionHarness harness;
    QVERIFY(harness.startSim());
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QVERIFY(session->rules().isAllowed(QStringLiteral("Available"), QStringLiteral("Break")));

    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"statuses\": [\"Available\",\n  oops ]\n}\n");
    file.close();
    QString error;
    QVERIFY(!session->loadRules(broken, &error));
    QVERIFY2(error.contains(QLatin1String("line 3")), qPrintable(error));
    QVERIFY(session->rules().isAllowed(QStringLiteral("Available"), QStringLiteral("Break"))); // old rules stay

    // Stricter rules take effect for the next validation at once.
    const QString strict = dir.filePath(QStringLiteral("strict.json"));
    QFile strictFile(strict);
    QVERIFY(strictFile.open(QIODevice::WriteOnly));
    strictFile.write(R"({"statuses": ["Available", "OnQueue", "Break", "Meal", "Away", "Busy", "Meeting", "Training",
        "Offline", "Idle"], "transitions": {"Available": ["OnQueue"]}})");
    strictFile.close();
    QVERIFY2(session->loadRules(strict, &error), qPrintable(error));
    QVERIFY(!session->rules().isAllowed(QStringLiteral("Available"), QStringLiteral("Break")));
    StatusChange change;
    change.agentId = session->directory()->agents().constFirst().id;
    change.fromStatus = QStringLiteral("Available");
    change.toStatus = QStringLiteral("Break");
    change.reason = QStringLiteral("Coffee");
    QVERIFY(!session->changes()->validate(change).isEmpty());
}

// The session hands its clock to what it builds: with the simulator on the same ManualClock, a
// change's latency is exactly the time the test moved the clock while the simulator held the answers.
void TestSession::oneClockForSessionAndSimulator()
{
    ManualClock clock(QDateTime::currentDateTimeUtc());
    SessionHarness harness;
    harness.setClock(&clock);
    SimConfig config;
    config.agents = 5;
    config.rateLimitPerMinute = 0;
    QVERIFY(harness.startSim(config));
    Session *session = harness.startSession(Protocol::StatusApi);
    QVERIFY2(session, qPrintable(harness.lastError()));
    QVERIFY(session->clock() == &clock);
    QVERIFY(harness.server()->clock() == &clock);
    const std::optional<StatusChange> change = harness.allowedChange();
    QVERIFY(change);

    constexpr int kLatencyMs = 2500;
    harness.server()->setLatency(kLatencyMs, kLatencyMs);
    QSignalSpy finished(session->changes(), &StatusChangeService::finished);
    session->changes()->change(*change);
    // The clock moves in steps; between steps the loopback I/O runs (a wait for sockets, not for time).
    constexpr int kStepMs = 250;
    qint64 advanced = 0;
    for (int step = 0; step < 400 && finished.isEmpty(); ++step) {
        QTest::qWait(10);
        if (finished.isEmpty()) {
            clock.advance(kStepMs);
            advanced += kStepMs;
        }
    }
    QCOMPARE(finished.count(), 1);
    const ChangeResult result = finished.constFirst().constFirst().value<ChangeResult>();
    QCOMPARE(result.outcome, ChangeResult::Outcome::Applied);
    QVERIFY2(advanced >= kLatencyMs, "the simulator held its answer on the shared clock");
    QCOMPARE(result.latencyMs, advanced);
}

void TestSession::pkceShiftOfTenHours_data()
{
    QTest::addColumn<bool>("refreshTokens");
    QTest::newRow("with refresh tokens") << true;
    QTest::newRow("without refresh tokens") << false;
}

// A lead's shift on the test clock: signed in with PKCE on one-hour tokens, a change every half hour
// for ten hours. With refresh tokens the browser opens once; without, the lead renews in the browser
// each time the session asks, ahead of expiry. Either way every change lands, is audited with its
// outcome and reaches payroll.
void TestSession::pkceShiftOfTenHours()
{
    QFETCH(bool, refreshTokens);
    ManualClock clock(QDateTime::currentDateTimeUtc());
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    SessionHarness harness;
    harness.setClock(&clock);
    SimConfig config;
    config.agents = 5;
    config.rateLimitPerMinute = 0;
    config.tokenTtlSeconds = 3600;
    config.refreshTokens = refreshTokens;
    config.redirectUris = {QStringLiteral("http://127.0.0.1:%1/callback").arg(port)};
    QVERIFY(harness.startSim(config));
    Profile profile = harness.profile(Protocol::Genesys);
    profile.authMode = Profile::AuthMode::Pkce;
    profile.clientSecret.clear();
    profile.redirectPort = port;
    Session session(profile, &clock);
    QNetworkAccessManager browser;
    browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    int browserSignIns = 0;
    connect(&session, &Session::signInUrl, &browser, [&browser, &browserSignIns](const QUrl &url) {
        ++browserSignIns;
        QNetworkReply *reply = browser.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    });
    QSignalSpy ready(&session, &Session::ready);
    QSignalSpy failed(&session, &Session::failed);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() || !failed.isEmpty(), 15000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.constFirst().constFirst().toString()));

    const QString agent = session.directory()->agents().constFirst().id;
    QVERIFY(harness.setSimStatus(agent, QStringLiteral("Available")));
    TokenProvider *tokens = session.api()->tokenProvider();
    QSignalSpy finished(session.changes(), &StatusChangeService::finished);
    int changes = 0;
    QString status = QStringLiteral("Available");
    for (int minute = 30; minute <= 10 * 60; minute += 30) {
        // Half an hour in steps of a minute: renewals fall due on the way and finish in between.
        for (int step = 0; step < 30; ++step) {
            clock.advance(60 * 1000);
            QTest::qWait(2);
            QDeadlineTimer renewalEnds(10000);
            while (tokens->isRenewing() && !renewalEnds.hasExpired())
                QTest::qWait(5);
        }
        StatusChange change;
        change.agentId = agent;
        change.fromStatus = status;
        change.toStatus
            = status == QLatin1String("Available") ? QStringLiteral("Meeting") : QStringLiteral("Available");
        change.agentName = session.directory()->agent(agent)->name;
        QVERIFY2(session.changes()->validate(change).isEmpty(), qPrintable(QString::number(minute)));
        finished.clear();
        session.changes()->change(change);
        QVERIFY2(finished.wait(10000), qPrintable(QStringLiteral("the change at minute %1").arg(minute)));
        const ChangeResult result = finished.constFirst().constFirst().value<ChangeResult>();
        QVERIFY2(result.outcome == ChangeResult::Outcome::Applied,
            qPrintable(QStringLiteral("minute %1: %2").arg(minute).arg(result.errorText())));
        QCOMPARE(harness.simStatus(agent), change.toStatus);
        status = change.toStatus;
        ++changes;
    }
    QCOMPARE(changes, 20);
    QVERIFY(session.audit()->intentsWithoutOutcome().isEmpty());
    AuditQuery applied;
    applied.agent = agent;
    applied.outcome = QStringLiteral("applied");
    QCOMPARE(int(session.audit()->query(applied).size()), changes);
    QTRY_COMPARE_WITH_TIMEOUT(harness.server()->webhookDeliveries(QStringLiteral("payroll")).size(), changes, 10000);
    if (refreshTokens)
        QCOMPARE(browserSignIns, 1);
    else
        QVERIFY2(browserSignIns >= 10, qPrintable(QString::number(browserSignIns))); // the sign-in + one an hour
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
