// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestRig.h"
#include "RawHttpServer.h"
#include "api/ApiReply.h"
#include "core/ManualClock.h"
#include "metrics/MetricsRegistry.h"
#include "sim/SimOrganisation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace {

bool waitFor(ApiReply *reply, int ms = 15000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(ms);
}

QString someUserId(const ApiTestRig &rig, int index = 0)
{
    return rig.sim.server()->organisation()->users().at(index).id;
}

QString definitionIdFor(const ApiTestRig &rig, const QString &systemPresence)
{
    for (const SimPresenceDefinition &definition : rig.sim.server()->organisation()->definitions()) {
        if (definition.system && definition.systemPresence == systemPresence)
            return definition.id;
    }
    return QString();
}

QJsonDocument breakBody(const ApiTestRig &rig)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("presenceDefinition"),
        QJsonObject {{QStringLiteral("id"), definitionIdFor(rig, QStringLiteral("Break"))}}}});
}

// A simulator allowing serverPerMinute and a client whose profile says clientPerMinute, both on one
// test clock, the token already fetched and the simulator's counters zeroed.
struct LimiterRig
{
    ManualClock *clock;
    ApiTestRig api;
    bool started = false;

    LimiterRig(ManualClock *clock, int clientPerMinute, int serverPerMinute)
        : clock(clock)
    {
        SimConfig config;
        config.rateLimitPerMinute = serverPerMinute;
        api.clock = clock;
        api.simClock = clock;
        if (!api.start(config))
            return;
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.requestsPerMinute = clientPerMinute;
        options.timeoutMs = 120'000; // the clock jumps while nothing is in flight, never past a timeout
        api.client->setOptions(options);
        api.tokens->renew();
        QSignalSpy renewed(api.tokens.get(), &TokenProvider::renewed);
        started = renewed.wait(5000);
        api.sim.server()->resetCounters();
    }

    // GET /sim/state over HTTP: what the server counted.
    QJsonObject state() const
    {
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(api.sim.baseUrl().resolved(QUrl(QStringLiteral("/sim/state")))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(5000))
            return QJsonObject();
        const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return out;
    }

    // Moves the clock from one due timer to the next, each time nothing is in flight, until `done` or
    // `maxMs` of clock have passed.
    template <typename Done> bool driveUntil(Done done, qint64 maxMs)
    {
        const qint64 end = clock->monotonicMs() + maxMs;
        QElapsedTimer guard;
        guard.start();
        while (!done()) {
            if (guard.elapsed() > 30'000 || clock->monotonicMs() > end)
                return false;
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            if (api.client->inFlightRequests() > 0)
                continue;
            const qint64 next = clock->msUntilNextTimer();
            clock->advance(next < 0 ? 1000 : std::max<qint64>(next, 1));
        }
        return true;
    }
};
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void getWithBearerToken()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        QSignalSpy expiry(rig.client.get(), &ApiClient::tokenExpiryChanged);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("5"));
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users"), query);
        QVERIFY(!reply->isFinished());
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->httpStatus(), 200);
        QCOMPARE(reply->json().object().value(QStringLiteral("entities")).toArray().size(), 5);
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(expiry.size(), 1);
        QVERIFY(rig.client->tokenExpiresAt() > QDateTime::currentDateTimeUtc());
        QCOMPARE(rig.tokens->principal(), QStringLiteral("statusdesk-demo"));
        QCOMPARE(reply->attempts(), 1);
    }

    void oneRenewalForManyWaitingRequests()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        QList<ApiReply *> replies;
        for (int i = 0; i < 20; ++i)
            replies.append(rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig, i)));
        for (ApiReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        }
        QCOMPARE(renewed.size(), 1);
    }

    void renewsAheadOfExpiry()
    {
        SimConfig config;
        config.tokenTtlSeconds = 3;
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start(config));
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        ApiReply *first = rig.client->get(QStringLiteral("/api/v2/users/me"));
        QVERIFY(waitFor(first));
        QCOMPARE(renewed.size(), 1);
        const QString firstToken = rig.tokens->accessToken();
        const QDateTime firstExpiry = rig.tokens->expiresAt();
        QVERIFY(rig.tokens->isFresh());
        // With 3 s of life the renewal is due half-way, before the token runs out.
        QVERIFY(rig.tokens->renewalDueAt() < firstExpiry);
        clock.advance(2000);
        QVERIFY(!rig.tokens->isFresh());
        QVERIFY(clock.now() < firstExpiry || renewed.size() > 1);
        ApiReply *second = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(second));
        QVERIFY2(second->isOk(), qPrintable(second->error().toString()));
        QTRY_COMPARE(renewed.size(), 2);
        QVERIFY(rig.tokens->accessToken() != firstToken);
        QVERIFY(rig.tokens->expiresAt() > firstExpiry);
    }

    void expiredTokenIsRenewedBeforeSending()
    {
        SimConfig config;
        config.tokenTtlSeconds = 1;
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start(config));
        ApiReply *first = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(first));
        QVERIFY(first->isOk());
        const QDateTime expiry = rig.tokens->expiresAt();
        clock.advance(1201);
        QVERIFY(clock.now() > expiry.addMSecs(200));
        ApiReply *second = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(second));
        QVERIFY2(second->isOk(), qPrintable(second->error().toString()));
        QCOMPARE(second->attempts(), 1); // renewed before sending, not after a 401
    }

    // A shift and more of test clock: the token (1 h) is renewed ahead of expiry, in the background,
    // each time a request finds it due; no request ever waits for a token or meets a 401.
    void oneHourTokenRenewedAheadForTenHours()
    {
        SimConfig config;
        config.tokenTtlSeconds = 3600;
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start(config));
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        QSignalSpy failed(rig.tokens.get(), &TokenProvider::failed);
        constexpr qint64 kStepMs = 5 * 60 * 1000;
        constexpr int kSteps = 10 * 12; // 10 hours
        for (int step = 0; step <= kSteps; ++step) {
            if (step > 0) {
                clock.advance(kStepMs);
                QVERIFY2(rig.tokens->isUsable(), qPrintable(clock.now().toString(Qt::ISODate)));
            }
            ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig, step % 10));
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
            QCOMPARE(reply->attempts(), 1);
            QTRY_VERIFY(!rig.tokens->isRenewing()); // a renewal ahead of expiry ends before time moves on
            QVERIFY(rig.tokens->expiresAt() > clock.now());
            delete reply;
        }
        // Due 6 min ahead of expiry (10 % of 1 h), found due by the request 55 min after each issue:
        // tokens at 0, 55, 110, ... 550 min.
        QCOMPARE(renewed.size(), 11);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(rig.sim.server()->revokeAllTokens(), 11); // what the simulator issued
        QCOMPARE(rig.client->tokenExpiresAt(), clock.now().addSecs(-50 * 60 + 3600));
    }

    void retriesOnceAfter401()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        ApiReply *first = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(first));
        const QString before = rig.tokens->accessToken();
        QVERIFY(rig.sim.server()->revokeAllTokens() >= 1);
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        ApiReply *second = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(second));
        QVERIFY2(second->isOk(), qPrintable(second->error().toString()));
        QCOMPARE(second->attempts(), 2);
        QCOMPARE(renewed.size(), 1);
        QVERIFY(rig.tokens->accessToken() != before);
    }

    void manyUnauthorizedRequestsShareOneRenewal()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        ApiReply *first = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(first));
        QVERIFY(rig.sim.server()->revokeAllTokens() >= 1);
        QSignalSpy renewed(rig.tokens.get(), &TokenProvider::renewed);
        QList<ApiReply *> replies;
        for (int i = 0; i < 10; ++i)
            replies.append(rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig, i)));
        for (ApiReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
            QVERIFY(reply->attempts() <= 2); // those queued behind the renewal go once, with the new token
        }
        QCOMPARE(renewed.size(), 1);
    }

    void badCredentialsAreAnAuthenticationError()
    {
        ApiTestRig rig;
        QVERIFY(rig.start(SimConfig(), QStringLiteral("statusdesk-demo"), QStringLiteral("wrong-secret")));
        QSignalSpy failed(rig.tokens.get(), &TokenProvider::failed);
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Authentication);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!reply->error().toString().contains(QLatin1String("wrong-secret")));
    }

    void forbiddenNamesThePermission()
    {
        SimConfig config;
        config.clients.append({QStringLiteral("viewer"), QStringLiteral("viewer-secret"),
            {QStringLiteral("presence:presenceDefinition:view")}});
        ApiTestRig rig;
        QVERIFY(rig.start(config, QStringLiteral("viewer"), QStringLiteral("viewer-secret")));
        const QJsonObject body {{QStringLiteral("presenceDefinition"),
            QJsonObject {{QStringLiteral("id"), definitionIdFor(rig, QStringLiteral("Break"))}}}};
        ApiReply *reply = rig.client->patch(
            QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(someUserId(rig)), QJsonDocument(body));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->httpStatus(), 403);
        QCOMPARE(reply->error().kind, ApiError::Kind::Permission);
        QCOMPARE(reply->error().missingPermission, QStringLiteral("presence:userPresence:edit"));
        QVERIFY(reply->error().toString().contains(QLatin1String("presence:userPresence:edit")));
        QCOMPARE(reply->attempts(), 1);
    }

    void badRequestShowsTheServerMessage()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        const QJsonObject body {{QStringLiteral("presenceDefinition"),
            QJsonObject {{QStringLiteral("id"), QStringLiteral("no-such-def")}}}};
        ApiReply *reply = rig.client->patch(
            QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(someUserId(rig)), QJsonDocument(body));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::BadRequest);
        QVERIFY2(reply->error().message.contains(QLatin1String("no-such-def")), qPrintable(reply->error().message));
        QVERIFY(!reply->correlationId().isEmpty());
        QCOMPARE(reply->attempts(), 1); // 4xx is data: no retry
    }

    void rateLimitPausesEveryRequest()
    {
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start());
        auto *metrics = MetricsRegistry::createStandard(rig.client.get());
        rig.client->setMetrics(metrics);
        ApiReply *warmup = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(warmup));
        rig.sim.server()->failNext("GET", QStringLiteral("/api/v2/users"), 429, 1);

        QSignalSpy limited(rig.client.get(), &ApiClient::rateLimited);
        QList<ApiReply *> others;
        bool sentDuringPause = false;
        connect(rig.client.get(), &ApiClient::rateLimited, this, [&](int) {
            // Requests queued now, to other paths, must wait for the pause too.
            for (int i = 0; i < 5; ++i)
                others.append(rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig, i)));
        });
        connect(rig.client.get(), &ApiClient::requestFinished, this,
            [&](const QByteArray &, const QString &, int status, qint64) {
                if (status != 429 && limited.size() > 0 && rig.client->isSlowedDown())
                    sentDuringPause = true;
            });
        ApiReply *limitedReply = rig.client->get(QStringLiteral("/api/v2/users"));
        QVERIFY(limited.wait(5000));
        QCOMPARE(limited.first().first().toInt(), 1000); // Retry-After: 1
        QVERIFY(rig.client->isSlowedDown());
        QCoreApplication::processEvents();
        QCOMPARE(rig.client->inFlightRequests(), 0);
        QCOMPARE(rig.client->queuedRequests(), 6);
        clock.advance(999);
        QVERIFY(rig.client->isSlowedDown());
        QCOMPARE(rig.client->inFlightRequests(), 0);
        QCOMPARE(rig.client->queuedRequests(), 6);
        // After the pause they leave together: the budget has room (a short Retry-After teaches nothing).
        clock.advance(1);
        QVERIFY(!rig.client->isSlowedDown());
        clock.advance(100);
        QCOMPARE(rig.client->queuedRequests(), 0);
        QVERIFY(waitFor(limitedReply));
        QVERIFY2(limitedReply->isOk(), qPrintable(limitedReply->error().toString()));
        QCOMPARE(limitedReply->attempts(), 2);
        for (ApiReply *reply : std::as_const(others)) {
            QVERIFY(waitFor(reply));
            QVERIFY(reply->isOk());
        }
        QVERIFY(!sentDuringPause);
        QCOMPARE(limited.size(), 1);
        QCOMPARE(metrics->counterValue(Metric::RateLimited), 1.0);
        QCOMPARE(
            metrics->counterValue(Metric::HttpRequests,
                {{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("code"), QStringLiteral("429")}}),
            1.0);
        QCOMPARE(
            metrics->counterValue(Metric::HttpRequests,
                {{QStringLiteral("method"), QStringLiteral("GET")}, {QStringLiteral("code"), QStringLiteral("200")}}),
            7.0);
    }

    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("failures");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("attempts");
        QTest::newRow("503 twice") << 503 << 2 << true << 3;
        QTest::newRow("500 once") << 500 << 1 << true << 2;
        QTest::newRow("504 once") << 504 << 1 << true << 2;
        QTest::newRow("503 for good") << 503 << 10 << false << 4;
        QTest::newRow("501 is not retried") << 501 << 1 << false << 1;
    }

    void serverErrorsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(int, failures);
        QFETCH(bool, ok);
        QFETCH(int, attempts);
        ApiTestRig rig;
        QVERIFY(rig.start());
        rig.sim.server()->failNext("GET", QStringLiteral("/api/v2/users/*"), status, failures);
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->isOk(), ok);
        QCOMPARE(reply->attempts(), attempts);
        if (!ok) {
            QCOMPARE(reply->error().httpStatus, status);
            QVERIFY(!reply->error().toString().isEmpty());
        }
    }

    void droppedConnectionsAreRetried()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        ApiReply *warmup = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(warmup));
        rig.sim.server()->dropNext("GET", QStringLiteral("/api/v2/users/*"), 1);
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(reply));
        // Qt may resend once itself on a reused connection; either way the caller sees success.
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        QVERIFY(reply->attempts() <= 2);

        rig.sim.server()->dropNext("GET", QStringLiteral("/api/v2/users/*"), 10);
        ApiReply *failing = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(failing));
        QCOMPARE(failing->error().kind, ApiError::Kind::Network);
        QCOMPARE(failing->attempts(), 4);
    }

    void slowAnswersTimeOut()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        ApiReply *warmup = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(warmup));
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.timeoutMs = 200;
        options.maxRetries = 1;
        rig.client->setOptions(options);
        rig.sim.server()->setLatency(1500, 1500);
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(reply->attempts(), 2);
        QVERIFY(reply->error().toString().contains(QLatin1String("0.2")));
    }

    void plainHttpOnlyToLoopback()
    {
        ClientCredentialsTokenProvider tokens(Region::fromBaseUrl(QUrl(QStringLiteral("http://api.example.org"))),
            QStringLiteral("id"), QStringLiteral("s"));
        ApiClient client(Region::fromBaseUrl(QUrl(QStringLiteral("http://api.example.org"))), &tokens);
        QSignalSpy renewed(&tokens, &TokenProvider::renewed);
        ApiReply *reply = client.get(QStringLiteral("/api/v2/users"));
        QVERIFY(!reply->isFinished()); // never inside send()
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(reply->attempts(), 0);
        QCOMPARE(renewed.size(), 0);
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("attempts");
        QTest::newRow("not json") << RawHttpServer::response(200, "{\"entities\": [1, 2")
                                  << int(ApiError::Kind::MalformedResponse) << 1;
        QTest::newRow("html") << RawHttpServer::response(200, "<html>hello</html>")
                              << int(ApiError::Kind::MalformedResponse) << 1;
        QTest::newRow("truncated") << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                                 "500\r\nConnection: close\r\n\r\n{\"entities\": [")
                                   << int(ApiError::Kind::Network) << 4;
        QTest::newRow("garbage status line")
            << QByteArray("NOT HTTP AT ALL\r\n\r\n") << int(ApiError::Kind::Network) << 4;
        QTest::newRow("error body not json") << RawHttpServer::response(404, "nope", "ININ-Correlation-Id: c-404\r\n")
                                             << int(ApiError::Kind::NotFound) << 1;
        QTest::newRow("429 asking for too long a wait")
            << RawHttpServer::response(429, "{\"code\":\"too.many.requests\"}", "Retry-After: 600\r\n")
            << int(ApiError::Kind::RateLimited) << 1;
        QTest::newRow("empty 429 without retry-after")
            << RawHttpServer::response(429, QByteArray()) << int(ApiError::Kind::RateLimited) << 4;
    }

    void malformedBodies()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, kind);
        QFETCH(int, attempts);
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        server.script({raw});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        client.setOptions(ApiTestRig::fastOptions());
        ApiReply *reply = client.get(QStringLiteral("/api/v2/users"));
        QVERIFY(waitFor(reply));
        QCOMPARE(int(reply->error().kind), kind);
        QCOMPARE(reply->attempts(), attempts);
        QVERIFY(server.requestCount() >= attempts); // Qt itself may resend on a broken connection
        QVERIFY(!reply->error().toString().isEmpty());
        if (kind == int(ApiError::Kind::NotFound))
            QCOMPARE(reply->correlationId(), QStringLiteral("c-404"));
    }

    void oversizedAnswerIsRefused()
    {
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        const QByteArray big = "{\"padding\": \"" + QByteArray(8192, 'x') + "\"}";
        server.script({RawHttpServer::response(200, big)});
        ApiClient client(Region::fromBaseUrl(base), nullptr);
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.maxResponseBytes = 1024;
        client.setOptions(options);
        ApiReply *reply = client.get(QStringLiteral("/api/v2/users"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY2(reply->error().toString().contains(QLatin1String("1024")), qPrintable(reply->error().toString()));
        QCOMPARE(reply->attempts(), 1); // not a transport failure: no retry

        options.maxResponseBytes = 64 * 1024; // the same answer within the bound is taken
        client.setOptions(options);
        ApiReply *within = client.get(QStringLiteral("/api/v2/users"));
        QVERIFY(waitFor(within));
        QVERIFY2(within->isOk(), qPrintable(within->error().toString()));
        QCOMPARE(within->json().object().value(QStringLiteral("padding")).toString().size(), 8192);
    }

    // The budget of a rolling minute: a burst as big as the budget leaves at once, with no clock moving
    // (reads up to their two thirds, compare reads made for writes the rest), and the server counts
    // no 429.
    void burstWithinTheBudgetLeavesAtOnce()
    {
        ManualClock clock;
        LimiterRig rig(&clock, 300, 300);
        QVERIFY(rig.started);
        QList<ApiReply *> replies;
        for (int i = 0; i < 250; ++i) {
            ApiRequest request;
            request.path = QStringLiteral("/api/v2/users/") + someUserId(rig.api, i % 20);
            if (i >= 200)
                request.kind = ApiRequest::Kind::Write; // a compare read made for a write
            replies.append(rig.api.client->send(request));
        }
        for (ApiReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        }
        QCOMPARE(clock.monotonicMs(), qint64(0)); // nothing waited for the clock
        const QJsonObject state = rig.state();
        QCOMPARE(state.value(QStringLiteral("requestsServed")).toInt(), 250);
        QCOMPARE(state.value(QStringLiteral("answered429")).toInt(), 0);
        QCOMPARE(rig.api.client->requestsLeftPerMinute(), 50);
    }

    // 400 requests against a simulator allowing 300 a minute of the same test clock: 200 reads at once,
    // the other 200 when the first ones leave the window, all within a minute and a bit of clock, with
    // no 429. The window ends 60 s after each answer, and budgetChanged says what is left.
    void fourHundredRequestsAtThreeHundredAMinute()
    {
        ManualClock clock;
        LimiterRig rig(&clock, 300, 300);
        QVERIFY(rig.started);
        QSignalSpy budget(rig.api.client.get(), &ApiClient::budgetChanged);
        QList<ApiReply *> replies;
        for (int i = 0; i < 400; ++i)
            replies.append(rig.api.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig.api, i % 20)));
        QTRY_COMPARE(rig.api.sim.server()->requestsServed(), qint64(200));
        QTRY_COMPARE(rig.api.client->inFlightRequests(), 0);
        QCOMPARE(rig.api.client->queuedRequests(), 200);
        QCOMPARE(rig.api.client->requestsLeftPerMinute(), 100); // the reads' share is spent
        QCOMPARE(budget.constLast().first().toInt(), 100);
        clock.advance(59'999);
        QCoreApplication::processEvents();
        QCOMPARE(rig.api.client->queuedRequests(), 200);
        QVERIFY(rig.driveUntil([&] { return rig.api.client->queuedRequests() == 0; }, 61'000));
        for (ApiReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        }
        QVERIFY2(clock.monotonicMs() <= 61'000, qPrintable(QString::number(clock.monotonicMs())));
        const QJsonObject state = rig.state();
        QCOMPARE(state.value(QStringLiteral("requestsServed")).toInt(), 400);
        QCOMPARE(state.value(QStringLiteral("answered429")).toInt(), 0);
        QCOMPARE(rig.api.client->requestsLeftPerMinute(), 100);
        clock.advance(60'000);
        QCOMPARE(rig.api.client->requestsLeftPerMinute(), 300);
        QCOMPARE(budget.constLast().first().toInt(), 300);
    }

    // Reads stop at two thirds of the budget; a write, and a compare read made for one, still leave at
    // once, ahead of the reads that wait.
    void readsStopAtTwoThirdsWhileWritesLeave()
    {
        ManualClock clock;
        LimiterRig rig(&clock, 30, 30);
        QVERIFY(rig.started);
        QCOMPARE(rig.api.client->readShare(), 20);
        QList<ApiReply *> reads;
        for (int i = 0; i < 25; ++i)
            reads.append(rig.api.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig.api, i)));
        QTRY_COMPARE(rig.api.sim.server()->requestsServed(), qint64(20));
        QTRY_COMPARE(rig.api.client->inFlightRequests(), 0);
        QCOMPARE(rig.api.client->queuedRequests(), 5);
        ApiRequest compare;
        compare.path = QStringLiteral("/api/v2/users/") + someUserId(rig.api, 3);
        compare.kind = ApiRequest::Kind::Write;
        ApiReply *compareRead = rig.api.client->send(compare);
        ApiReply *write = rig.api.client->patch(
            QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(someUserId(rig.api, 3)), breakBody(rig.api));
        QVERIFY(waitFor(compareRead));
        QVERIFY(waitFor(write));
        QVERIFY2(write->isOk(), qPrintable(write->error().toString()));
        QVERIFY(compareRead->isOk());
        QCOMPARE(rig.api.sim.server()->requestsServed(), qint64(22));
        QCOMPARE(rig.api.client->queuedRequests(), 5); // the reads still wait
        QCOMPARE(rig.api.sim.server()->answered429(), qint64(0));
    }

    // A compare read costs 2; the prepaid write after it leaves at once even when the budget is
    // otherwise spent and a write queued before it waits; the server counts no 429.
    void prepaidWriteLeavesAtOnce()
    {
        ManualClock clock;
        LimiterRig rig(&clock, 9, 9);
        QVERIFY(rig.started);
        QList<ApiReply *> replies;
        for (int i = 0; i < 7; ++i) {
            ApiRequest request;
            request.path = QStringLiteral("/api/v2/users/") + someUserId(rig.api, i);
            request.kind = ApiRequest::Kind::Write;
            replies.append(rig.api.client->send(request));
        }
        ApiRequest compare;
        compare.path = QStringLiteral("/api/v2/users/") + someUserId(rig.api, 8);
        compare.kind = ApiRequest::Kind::Write;
        compare.budgetCost = 2;
        ApiReply *compareRead = rig.api.client->send(compare);
        QVERIFY(waitFor(compareRead));
        for (ApiReply *reply : std::as_const(replies))
            QVERIFY(waitFor(reply));
        QCOMPARE(rig.api.client->requestsLeftPerMinute(), 0);
        ApiReply *queuedWrite = rig.api.client->patch(
            QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(someUserId(rig.api, 1)), breakBody(rig.api));
        ApiRequest write;
        write.method = QByteArrayLiteral("PATCH");
        write.path = QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(someUserId(rig.api, 8));
        write.body = breakBody(rig.api);
        write.prepaid = true;
        ApiReply *prepaid = rig.api.client->send(write);
        QVERIFY(waitFor(prepaid));
        QVERIFY2(prepaid->isOk(), qPrintable(prepaid->error().toString()));
        QVERIFY(!queuedWrite->isFinished());
        QCOMPARE(rig.api.client->queuedRequests(), 1);
        QCOMPARE(clock.monotonicMs(), qint64(0));
        QCOMPARE(rig.api.sim.server()->requestsServed(), qint64(9));
        QCOMPARE(rig.api.sim.server()->answered429(), qint64(0));
        QVERIFY(rig.driveUntil([&] { return queuedWrite->isFinished(); }, 61'000));
        QVERIFY(queuedWrite->isOk());
        QCOMPARE(rig.api.sim.server()->answered429(), qint64(0));
    }

    // The server allows fewer than the profile says (100 against 300): its first refusal teaches the
    // client the real budget, and the requests after the pause meet no second 429 while the budget grows
    // back a tenth a minute. The minute is rolling: 60 reads at 0 s, 140 more at 30 s. (The job ends
    // before the regrown budget's read share passes the server's 100, two minutes after the refusal:
    // from then on a 429 is the regrowth's probe, and would come or not with how many requests were in
    // flight at the first refusal.)
    void retryAfterLowersTheBudget()
    {
        ManualClock clock;
        LimiterRig rig(&clock, 300, 100);
        QVERIFY(rig.started);
        QList<ApiReply *> replies;
        for (int i = 0; i < 60; ++i)
            replies.append(rig.api.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig.api, i % 20)));
        QTRY_COMPARE(rig.api.sim.server()->requestsServed(), qint64(60));
        QTRY_COMPARE(rig.api.client->inFlightRequests(), 0);
        clock.advance(30'000);
        QSignalSpy limited(rig.api.client.get(), &ApiClient::rateLimited);
        for (int i = 0; i < 140; ++i)
            replies.append(rig.api.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig.api, i % 20)));
        QVERIFY(limited.wait(5000));
        QCOMPARE(limited.first().first().toInt(), 30'000); // the oldest of the server's window leaves at 60 s
        QTRY_COMPARE(rig.api.client->inFlightRequests(), 0);
        const qint64 refused = rig.api.sim.server()->answered429();
        QVERIFY(refused >= 1 && refused <= rig.api.client->options().maxParallel);
        QCOMPARE(rig.api.client->budgetPerMinute(), 100);
        QCOMPARE(rig.api.client->readShare(), 66);
        QVERIFY(rig.driveUntil(
            [&] { return rig.api.client->queuedRequests() == 0 && rig.api.client->inFlightRequests() == 0; },
            10 * 60'000));
        QVERIFY2(clock.monotonicMs() < 30'000 + 2 * 60'000, "the job outlasted the lowered budget");
        for (ApiReply *reply : std::as_const(replies)) {
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        }
        QCOMPARE(rig.api.sim.server()->answered429(), refused); // no second 429
        QCOMPARE(limited.size(), int(refused)); // the ones in flight together, and no more
        clock.advance(10 * 60'000);
        QCOMPARE(rig.api.client->budgetPerMinute(), 300); // grown back
    }

    // A short Retry-After that our own count cannot explain (a scripted 429 after one request) is only
    // waited for: the budget is not lowered.
    void shortRetryAfterIsOnlyWaitedFor()
    {
        ManualClock clock;
        LimiterRig rig(&clock, 300, 300);
        QVERIFY(rig.started);
        ApiReply *warmup = rig.api.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig.api));
        QVERIFY(waitFor(warmup));
        rig.api.sim.server()->failNext("GET", QStringLiteral("/api/v2/users/*"), 429, 1);
        ApiReply *limited = rig.api.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig.api));
        QTRY_VERIFY(rig.api.client->isSlowedDown());
        QCOMPARE(rig.api.client->budgetPerMinute(), 300);
        QVERIFY(rig.driveUntil([&] { return limited->isFinished(); }, 2000));
        QVERIFY(limited->isOk());
    }

    // Requests cancelled or dropped while their retries are due, then new ones (which may reuse the
    // old ones' memory): a late retry finds nothing to re-queue, and every new request goes once and
    // is answered once.
    void lateRetriesNeverTouchNewRequests()
    {
        RawHttpServer server;
        const QUrl base = server.start();
        QVERIFY(!base.isEmpty());
        server.script({RawHttpServer::response(503, "{}")});
        ManualClock clock;
        ApiClient client(Region::fromBaseUrl(base), nullptr, &clock);
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.backoffBaseMs = 1000;
        options.backoffMaxMs = 1000;
        client.setOptions(options);
        clock.advance(1000);
        constexpr int kRequests = 50;
        for (int round = 0; round < 4; ++round) {
            QList<ApiReply *> doomed;
            for (int i = 0; i < kRequests; ++i)
                doomed.append(client.get(QStringLiteral("/doomed/%1").arg(i)));
            QTRY_VERIFY2(server.requestCount() >= (round + 1) * kRequests,
                qPrintable(QStringLiteral("round %1: %2 requests").arg(round).arg(server.requestCount())));
            QTRY_VERIFY(client.inFlightRequests() == 0 && client.queuedRequests() == 0); // retries wait
            for (int i = 0; i < kRequests; ++i) {
                if (i % 2 == 0)
                    doomed.at(i)->abort();
                delete doomed.at(i);
            }
            server.script({RawHttpServer::response(200, "{}")});
            const int before = server.requestCount();
            QHash<ApiReply *, int> answers;
            QList<ApiReply *> fresh;
            for (int i = 0; i < kRequests; ++i) {
                ApiReply *reply = client.get(QStringLiteral("/fresh/%1").arg(i));
                connect(reply, &ApiReply::finished, this, [&answers, reply] { ++answers[reply]; });
                fresh.append(reply);
            }
            clock.advance(1000); // every late retry is due now
            for (ApiReply *reply : std::as_const(fresh))
                QVERIFY(waitFor(reply));
            clock.advance(60000);
            QCoreApplication::processEvents();
            for (ApiReply *reply : std::as_const(fresh)) {
                QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
                QCOMPARE(reply->attempts(), 1);
                QCOMPARE(answers.value(reply), 1);
            }
            QTRY_COMPARE(server.requestCount(), before + kRequests);
            QCOMPARE(client.inFlightRequests(), 0);
            QCOMPARE(client.queuedRequests(), 0);
            QCOMPARE(clock.activeTimerCount(), 0); // no timer of a finished request is left
            qDeleteAll(fresh);
            server.script({RawHttpServer::response(503, "{}")});
        }
    }

    // Our attempt timeout runs on the clock: a server that takes long is given up on when the clock
    // says so, not before.
    void attemptTimeoutIsOnTheClock()
    {
        ManualClock clock;
        ApiTestRig rig;
        rig.clock = &clock;
        QVERIFY(rig.start());
        ApiReply *warmup = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(warmup));
        ApiClientOptions options = ApiTestRig::fastOptions();
        options.timeoutMs = 60000;
        options.maxRetries = 0;
        rig.client->setOptions(options);
        rig.sim.server()->setLatency(30000, 30000);
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QTRY_COMPARE(rig.client->inFlightRequests(), 1);
        clock.advance(59999);
        QCoreApplication::processEvents();
        QVERIFY(!reply->isFinished());
        clock.advance(1);
        QVERIFY(waitFor(reply, 1000));
        QCOMPARE(reply->error().kind, ApiError::Kind::Timeout);
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(reply->elapsedMs(), 60000);
        QVERIFY(reply->error().toString().contains(QLatin1String("60")));
    }

    void abortCancels()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        rig.sim.server()->setLatency(2000, 2000);
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users"));
        QSignalSpy finished(reply, &ApiReply::finished);
        QTRY_COMPARE(rig.client->inFlightRequests(), 1);
        reply->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(reply->error().kind, ApiError::Kind::Cancelled);
        QCOMPARE(rig.client->inFlightRequests(), 0);
        delete reply;
    }

    void deletingAReplyDropsTheRequest()
    {
        ApiTestRig rig;
        QVERIFY(rig.start());
        ApiReply *doomed = rig.client->get(QStringLiteral("/api/v2/users"));
        delete doomed;
        ApiReply *reply = rig.client->get(QStringLiteral("/api/v2/users/") + someUserId(rig));
        QVERIFY(waitFor(reply));
        QVERIFY(reply->isOk());
        QCOMPARE(rig.client->queuedRequests(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
