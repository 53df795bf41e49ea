// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "core/ManualClock.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QCryptographicHash>
#include <QTest>
#include <QUrlQuery>

// The login host: client credentials, Authorization Code + PKCE, token lifetime and revocation.
class TestSimOAuth : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kMinuteMs = 60 * 1000;

    static QByteArray basic(const QString &id, const QString &secret)
    {
        return "Basic " + QString(id + QLatin1Char(':') + secret).toUtf8().toBase64();
    }

    static QString challengeFor(const QByteArray &verifier)
    {
        return QString::fromLatin1(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                       .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    // Runs /oauth/authorize and returns the query of the redirect.
    static QUrlQuery authorize(SimTestClient &client, const QString &redirect, const QString &challenge,
        const QString &method = QStringLiteral("S256"))
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("client_id"), QStringLiteral("statusdesk-demo"));
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("code_challenge"), challenge);
        q.addQueryItem(QStringLiteral("code_challenge_method"), method);
        q.addQueryItem(QStringLiteral("state"), QStringLiteral("st-42"));
        const auto r = client.get(QStringLiteral("/oauth/authorize?") + q.toString(QUrl::FullyEncoded));
        if (r.status != 302)
            return {};
        const QUrl location(QString::fromUtf8(r.header("Location")));
        if (!location.toString().startsWith(redirect))
            return {};
        return QUrlQuery(location);
    }

    static SimTestClient::Reply exchange(
        SimTestClient &client, const QString &code, const QByteArray &verifier, const QString &redirect)
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
        form.addQueryItem(QStringLiteral("code"), code);
        form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(verifier));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("statusdesk-demo"));
        form.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        return client.send("POST", QStringLiteral("/oauth/token"), form.toString(QUrl::FullyEncoded).toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

    static SimTestClient::Reply refreshWith(
        SimTestClient &client, const QString &token, const QString &clientId = QStringLiteral("statusdesk-demo"))
    {
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
        form.addQueryItem(QStringLiteral("refresh_token"), token);
        form.addQueryItem(QStringLiteral("client_id"), clientId);
        return client.send("POST", QStringLiteral("/oauth/token"), form.toString(QUrl::FullyEncoded).toLatin1(),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    }

private slots:
    void clientCredentials()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        const auto r = client.send("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
            {{"Authorization", basic(QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"))},
                {"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(r.object().value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QCOMPARE(r.object().value(QStringLiteral("expires_in")).toInt(), 86400);
        client.setToken(r.object().value(QStringLiteral("access_token")).toString());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    void clientCredentialsErrors_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong secret") << basic(QStringLiteral("statusdesk-demo"), QStringLiteral("guess"))
                                      << QByteArray("grant_type=client_credentials") << 401
                                      << QStringLiteral("invalid_client");
        QTest::newRow("unknown client") << basic(QStringLiteral("who"), QStringLiteral("x"))
                                        << QByteArray("grant_type=client_credentials") << 401
                                        << QStringLiteral("invalid_client");
        QTest::newRow("no basic header") << QByteArray() << QByteArray("grant_type=client_credentials") << 401
                                         << QStringLiteral("invalid_client");
        QTest::newRow("garbage basic") << QByteArray("Basic !!!") << QByteArray("grant_type=client_credentials") << 401
                                       << QStringLiteral("invalid_client");
        QTest::newRow("unknown grant") << basic(
            QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"))
                                       << QByteArray("grant_type=password") << 400
                                       << QStringLiteral("unsupported_grant_type");
        QTest::newRow("no grant") << basic(QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"))
                                  << QByteArray() << 400 << QStringLiteral("unsupported_grant_type");
    }

    void clientCredentialsErrors()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", "application/x-www-form-urlencoded"}};
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        const auto r = client.send("POST", QStringLiteral("/oauth/token"), body, headers);
        QCOMPARE(r.status, status);
        // Genesys' OAuth error shape, not ErrorBody.
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), error);
        QVERIFY(!r.object().value(QStringLiteral("description")).toString().isEmpty());
        QVERIFY(!r.object().value(QStringLiteral("error_description")).toString().isEmpty());
    }

    void pkceSignsInTheDemoSupervisor()
    {
        SimFixture sim;
        SimConfig config;
        config.demoSupervisorName = QStringLiteral("Priya Raman");
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        const QString redirect = QStringLiteral("http://127.0.0.1:8085/callback");
        const QUrlQuery answer = authorize(client, redirect, challengeFor(verifier));
        QCOMPARE(answer.queryItemValue(QStringLiteral("state")), QStringLiteral("st-42"));
        const QString code = answer.queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());

        const auto token = exchange(client, code, verifier, redirect);
        QCOMPARE(token.status, 200);
        client.setToken(token.object().value(QStringLiteral("access_token")).toString());
        const auto me = client.get(QStringLiteral("/api/v2/users/me"));
        QCOMPARE(me.status, 200);
        QCOMPARE(me.object().value(QStringLiteral("name")).toString(), QStringLiteral("Priya Raman"));
        QCOMPARE(me.object().value(QStringLiteral("id")).toString(), sim.server()->organisation()->supervisorId());

        // A code is good for one exchange only.
        QCOMPARE(exchange(client, code, verifier, redirect).status, 400);

        // Changes by the signed-in supervisor carry their user id.
        const QString agent = client.firstAgentId();
        const auto status = client.get(QStringLiteral("/api/v2/users/%1/status").arg(agent));
        QCOMPARE(client
                     .send("PUT", QStringLiteral("/api/v2/users/%1/status").arg(agent), "{\"status\":\"Break\"}",
                         {{"If-Match", status.header("ETag")}})
                     .status,
            200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users/%1/status").arg(agent))
                     .object()
                     .value(QStringLiteral("modifiedBy"))
                     .toString(),
            sim.server()->organisation()->supervisorId());
    }

    void pkceChecksVerifierAndRedirect_data()
    {
        QTest::addColumn<QByteArray>("verifier");
        QTest::addColumn<QString>("redirect");
        QTest::newRow("wrong verifier") << QByteArray(64, 'w') << QStringLiteral("http://127.0.0.1:8085/callback");
        QTest::newRow("short verifier") << QByteArray("short") << QStringLiteral("http://127.0.0.1:8085/callback");
        QTest::newRow("other redirect") << QByteArray(64, 'v') << QStringLiteral("http://127.0.0.1:9999/callback");
    }

    void pkceChecksVerifierAndRedirect()
    {
        QFETCH(QByteArray, verifier);
        QFETCH(QString, redirect);
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        const QString registered = QStringLiteral("http://127.0.0.1:8085/callback");
        const QString code
            = authorize(client, registered, challengeFor(QByteArray(64, 'v'))).queryItemValue(QStringLiteral("code"));
        QVERIFY(!code.isEmpty());
        const auto r = exchange(client, code, verifier, redirect);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void authorizeErrors()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        const QUrlQuery plain = authorize(
            client, QStringLiteral("http://localhost:8085/callback"), QStringLiteral("abc"), QStringLiteral("plain"));
        QCOMPARE(plain.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QVERIFY(!plain.hasQueryItem(QStringLiteral("code")));
        const auto unknown = client.get(
            QStringLiteral("/oauth/authorize?client_id=nobody&redirect_uri=http%3A%2F%2F127.0.0.1%3A1%2F"));
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        const auto remote = client.get(
            QStringLiteral("/oauth/authorize?client_id=statusdesk-demo&redirect_uri=https%3A%2F%2Fevil.example%2F"));
        QCOMPARE(remote.status, 400);
        // Genesys matches registered redirect URIs exactly: another port or path is refused, not redirected to.
        for (const char *uri : {"http%3A%2F%2F127.0.0.1%3A9999%2Fcallback", "http%3A%2F%2F127.0.0.1%3A8085%2Fother"}) {
            const auto unregistered
                = client.get(QStringLiteral("/oauth/authorize?client_id=statusdesk-demo&response_type=code"
                                            "&code_challenge=abc&code_challenge_method=S256&redirect_uri=")
                    + QLatin1String(uri));
            QCOMPARE(unregistered.status, 400);
            QVERIFY(unregistered.header("Location").isEmpty());
        }
    }

    void anyLoopbackPortIsAnOption()
    {
        SimFixture sim;
        SimConfig config;
        config.anyLoopbackPort = true;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        QVERIFY(!authorize(client, QStringLiteral("http://127.0.0.1:9999/callback"), challengeFor(verifier))
                     .queryItemValue(QStringLiteral("code"))
                     .isEmpty());
        QVERIFY(authorize(client, QStringLiteral("http://127.0.0.1:9999/other"), challengeFor(verifier)).isEmpty());
    }

    // Whether Genesys gives a PKCE client a refresh token is not documented: by default the simulator
    // gives none and refuses the grant; told to, it gives one that is good for exactly one renewal.
    void refreshTokensOnlyWhenTold()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        const QString redirect = QStringLiteral("http://127.0.0.1:8085/callback");
        const QString code = authorize(client, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
        const auto token = exchange(client, code, verifier, redirect);
        QCOMPARE(token.status, 200);
        QVERIFY(!token.object().contains(QStringLiteral("refresh_token")));
        const auto refused = refreshWith(client, QStringLiteral("anything"));
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.object().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    }

    // A signed-in lead's requests count per user and OAuth client, as Genesys counts them
    // (org.app.user.rate.per.minute): a second sign-in of the same lead does not get a budget of its own.
    void signedInLeadsShareOneBudget()
    {
        SimFixture sim;
        SimConfig config;
        config.rateLimitPerMinute = 4;
        QVERIFY(sim.start(config).isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        const QString redirect = QStringLiteral("http://127.0.0.1:8085/callback");
        QStringList tokens;
        for (int i = 0; i < 2; ++i) {
            const QString code
                = authorize(client, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
            tokens.append(
                exchange(client, code, verifier, redirect).object().value(QStringLiteral("access_token")).toString());
            QVERIFY(!tokens.last().isEmpty());
        }
        QVERIFY(tokens.first() != tokens.last());
        for (int i = 0; i < 4; ++i) {
            client.setToken(tokens.at(i % 2));
            QCOMPARE(client.get(QStringLiteral("/api/v2/users/me")).status, 200);
        }
        for (const QString &token : std::as_const(tokens)) {
            client.setToken(token);
            QCOMPARE(client.get(QStringLiteral("/api/v2/users/me")).status, 429);
        }
        // A client-credentials token still has a budget of its own.
        SimTestClient app(sim.baseUrl());
        QVERIFY(!app.signIn().isEmpty());
        QCOMPARE(app.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    // Channels count per user and OAuth client, as Genesys counts them: a signed-in lead's channels are
    // the lead's (neither counted against nor visible to the app's client-credentials token of the same
    // OAuth client, nor the other way round).
    void channelsArePerUserAndApp()
    {
        SimFixture sim;
        SimConfig config;
        config.rateLimitPerMinute = 0;
        QVERIFY(sim.start(config).isValid());
        SimTestClient app(sim.baseUrl());
        QVERIFY(!app.signIn().isEmpty());
        QStringList appChannels;
        for (int i = 0; i < 20; ++i) {
            const auto created = app.send("POST", QStringLiteral("/api/v2/notifications/channels"));
            QCOMPARE(created.status, 200);
            appChannels.append(created.object().value(QStringLiteral("id")).toString());
        }
        SimTestClient lead(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        const QString redirect = QStringLiteral("http://127.0.0.1:8085/callback");
        const QString code = authorize(lead, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
        lead.setToken(
            exchange(lead, code, verifier, redirect).object().value(QStringLiteral("access_token")).toString());
        QVERIFY(!lead.token().isEmpty());
        const auto mine = lead.send("POST", QStringLiteral("/api/v2/notifications/channels"));
        QCOMPARE(mine.status, 200);
        const auto count = [](SimTestClient &client) {
            return client.get(QStringLiteral("/api/v2/notifications/channels"))
                .object()
                .value(QStringLiteral("entities"))
                .toArray()
                .size();
        };
        QCOMPARE(count(lead), 1);
        QCOMPARE(count(app), 20); // the lead's channel evicted none of the app's
        QCOMPARE(app.send("HEAD", QStringLiteral("/api/v2/notifications/channels/") + appChannels.first()).status, 200);
        QCOMPARE(
            lead.send("HEAD", QStringLiteral("/api/v2/notifications/channels/") + appChannels.first()).status, 404);
        QCOMPARE(app.send("HEAD",
                        QStringLiteral("/api/v2/notifications/channels/")
                            + mine.object().value(QStringLiteral("id")).toString())
                     .status,
            404);
    }

    void refreshTokenRenewsOnce()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.refreshTokens = true;
        config.tokenTtlSeconds = 3600;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        const QString redirect = QStringLiteral("http://127.0.0.1:8085/callback");
        const QString code = authorize(client, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
        const auto first = exchange(client, code, verifier, redirect);
        QCOMPARE(first.status, 200);
        const QString refresh = first.object().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!refresh.isEmpty());

        clock.advance(3601 * 1000); // the access token has run out
        client.setToken(first.object().value(QStringLiteral("access_token")).toString());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users/me")).status, 401);
        QCOMPARE(refreshWith(client, refresh, QStringLiteral("someone-else")).status, 400);
        // A refused attempt spent the token too: a stolen one cannot be tried twice.
        QCOMPARE(refreshWith(client, refresh).object().value(QStringLiteral("error")).toString(),
            QStringLiteral("invalid_grant"));

        const QString code2
            = authorize(client, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
        const QString refresh2
            = exchange(client, code2, verifier, redirect).object().value(QStringLiteral("refresh_token")).toString();
        const auto renewed = refreshWith(client, refresh2);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(renewed.object().value(QStringLiteral("expires_in")).toInt(), 3600);
        const QString next = renewed.object().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!next.isEmpty() && next != refresh2);
        client.setToken(renewed.object().value(QStringLiteral("access_token")).toString());
        const auto me = client.get(QStringLiteral("/api/v2/users/me"));
        QCOMPARE(me.status, 200); // still the signed-in lead
        QCOMPARE(me.object().value(QStringLiteral("id")).toString(), sim.server()->organisation()->supervisorId());
        QCOMPARE(refreshWith(client, refresh2).status, 400); // used once
        QCOMPARE(refreshWith(client, next).status, 200);
    }

    void tokensExpire()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.tokenTtlSeconds = 1;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        const QString token = client.signIn();
        QVERIFY(!token.isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        clock.advance(1000);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 401);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).object().value(QStringLiteral("code")).toString(),
            QStringLiteral("bad.credentials"));
        QVERIFY(client.signIn() != token);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    // An hour-long token on the simulator's clock: good at 59 minutes, refused at 61, with no waiting.
    void tokenLifetimeRunsOnTheSimulatorsClock()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config;
        config.tokenTtlSeconds = 3600;
        config.rateLimitPerMinute = 0;
        QVERIFY(sim.start(config, &clock).isValid());
        SimTestClient client(sim.baseUrl());
        const auto issued = client.send("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
            {{"Authorization", basic(QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"))},
                {"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(issued.status, 200);
        QCOMPARE(issued.object().value(QStringLiteral("expires_in")).toInt(), 3600);
        client.setToken(issued.object().value(QStringLiteral("access_token")).toString());
        clock.advance(59 * kMinuteMs);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        clock.advance(2 * kMinuteMs);
        const auto refused = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.object().value(QStringLiteral("code")).toString(), QStringLiteral("bad.credentials"));
        // A token issued later lives its own hour.
        QVERIFY(!client.signIn().isEmpty());
        clock.advance(59 * kMinuteMs);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
    }

    // An authorization code is good for five minutes of the simulator's clock.
    void authorizationCodesExpire()
    {
        ManualClock clock;
        SimFixture sim;
        QVERIFY(sim.start(SimConfig(), &clock).isValid());
        SimTestClient client(sim.baseUrl());
        const QByteArray verifier(64, 'v');
        const QString redirect = QStringLiteral("http://127.0.0.1:8085/callback");
        const QString fresh
            = authorize(client, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
        const QString stale
            = authorize(client, redirect, challengeFor(verifier)).queryItemValue(QStringLiteral("code"));
        QVERIFY(!fresh.isEmpty());
        QVERIFY(!stale.isEmpty());
        clock.advance(5 * kMinuteMs - 1000);
        QCOMPARE(exchange(client, fresh, verifier, redirect).status, 200);
        clock.advance(2000);
        const auto expired = exchange(client, stale, verifier, redirect);
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    }

    void revocation()
    {
        SimFixture sim;
        QVERIFY(sim.start().isValid());
        SimTestClient a(sim.baseUrl());
        SimTestClient b(sim.baseUrl());
        QVERIFY(!a.signIn().isEmpty());
        QVERIFY(!b.signIn().isEmpty());
        // One token over HTTP control...
        SimTestClient control(sim.baseUrl());
        const auto one = control.send("POST", QStringLiteral("/sim/tokens/revoke"),
            QJsonDocument(QJsonObject {{QStringLiteral("token"), a.token()}}).toJson());
        QCOMPARE(one.object().value(QStringLiteral("revoked")).toInt(), 1);
        QCOMPARE(a.get(QStringLiteral("/api/v2/users")).status, 401);
        QCOMPARE(b.get(QStringLiteral("/api/v2/users")).status, 200);
        // ...and all of them in-process.
        QCOMPARE(sim.server()->revokeAllTokens(), 1);
        QCOMPARE(b.get(QStringLiteral("/api/v2/users")).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestSimOAuth)
#include "tst_sim_oauth.moc"
