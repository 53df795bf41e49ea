// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"
#include "api/GenesysGateway.h"
#include "api/PkceTokenProvider.h"
#include "core/ManualClock.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace {

// What the browser does: follow the authorize URL and its redirect to our loopback listener.
std::unique_ptr<QNetworkReply> browse(QNetworkAccessManager *nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    std::unique_ptr<QNetworkReply> reply(nam->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    return reply;
}

} // namespace

class TestPkce : public QObject
{
    Q_OBJECT

private:
    // The provider listens on any free port; the simulator is told to accept it.
    static SimConfig anyPort()
    {
        SimConfig config;
        config.anyLoopbackPort = true;
        return config;
    }

    // One shift on the test clock: a PKCE sign-in, then a read every five minutes for ten hours on
    // one-hour tokens. The "browser" follows the authorize redirect back to the provider's listener,
    // as a lead's would, whenever the provider asks for one.
    struct Shift
    {
        int reads = 0;
        int failedReads = 0;
        int browserSignIns = 0;
        int renewals = 0;
        int heldReads = 0; // a read that found no usable token and waited for the renewal
    };

    static Shift runShift(bool refreshTokens)
    {
        Shift shift;
        ManualClock clock;
        SimFixture sim;
        SimConfig config = anyPort();
        config.refreshTokens = refreshTokens;
        config.tokenTtlSeconds = 3600;
        config.rateLimitPerMinute = 0;
        if (sim.start(config, &clock).isEmpty())
            return shift;
        const Region region = Region::fromBaseUrl(sim.baseUrl());
        PkceTokenProvider tokens(region, QStringLiteral("statusdesk-demo"), 0, QStringLiteral("/callback"), &clock);
        ApiClient client(region, &tokens, &clock);
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QObject::connect(&tokens, &PkceTokenProvider::authorizationUrlReady, &browser, [&](const QUrl &url) {
            ++shift.browserSignIns;
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        });
        QObject::connect(&tokens, &TokenProvider::renewed, &tokens, [&] { ++shift.renewals; });
        constexpr int kStepMinutes = 5;
        for (int minute = 0; minute <= 10 * 60; minute += kStepMinutes) {
            if (!tokens.isUsable() && minute > 0)
                ++shift.heldReads;
            ApiReply *reply = client.get(QStringLiteral("/api/v2/users/me"));
            QSignalSpy finished(reply, &ApiReply::finished);
            if (!finished.wait(10000) || !reply->isOk())
                ++shift.failedReads;
            ++shift.reads;
            reply->deleteLater();
            // A renewal started ahead of expiry ends before the clock moves on.
            QDeadlineTimer renewalEnds(10000);
            while (tokens.isRenewing() && !renewalEnds.hasExpired())
                QTest::qWait(5);
            if (minute < 10 * 60) // the shift ends with its last read
                clock.advance(kStepMinutes * 60 * 1000);
        }
        return shift;
    }

private slots:
    // With refresh tokens the browser is opened once, at the start; every renewal uses the refresh
    // token while the current token still serves, so no read waits and none fails.
    void shiftWithRefreshTokens()
    {
        const Shift shift = runShift(true);
        QCOMPARE(shift.reads, 121);
        QCOMPARE(shift.failedReads, 0);
        QCOMPARE(shift.heldReads, 0);
        QCOMPARE(shift.browserSignIns, 1);
        QVERIFY2(shift.renewals >= 10, qPrintable(QString::number(shift.renewals))); // the sign-in + one an hour
    }

    // Without them every renewal is a browser sign-in, asked for ahead of expiry: still no read waits.
    void shiftWithoutRefreshTokens()
    {
        const Shift shift = runShift(false);
        QCOMPARE(shift.reads, 121);
        QCOMPARE(shift.failedReads, 0);
        QCOMPARE(shift.heldReads, 0);
        QVERIFY2(shift.browserSignIns >= 10, qPrintable(QString::number(shift.browserSignIns)));
        QCOMPARE(shift.browserSignIns, shift.renewals);
    }

    // The lead lets the sign-in run out: reads wait for the renewal however long it takes; a write
    // that waits longer than writeWaitForSignInMs fails with its own error, and nothing was sent.
    void expiredSignInHoldsReadsAndFailsLateWrites()
    {
        ManualClock clock;
        SimFixture sim;
        SimConfig config = anyPort();
        config.tokenTtlSeconds = 3600;
        config.rateLimitPerMinute = 0;
        QVERIFY(!sim.start(config, &clock).isEmpty());
        const Region region = Region::fromBaseUrl(sim.baseUrl());
        PkceTokenProvider tokens(region, QStringLiteral("statusdesk-demo"), 0, QStringLiteral("/callback"), &clock);
        ApiClient client(region, &tokens, &clock);
        QNetworkAccessManager browser;
        browser.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
        QList<QUrl> asked;
        connect(&tokens, &PkceTokenProvider::authorizationUrlReady, this, [&asked](const QUrl &url) { asked << url; });
        const auto signIn = [&browser](const QUrl &url) {
            QNetworkReply *reply = browser.get(QNetworkRequest(url));
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        };
        ApiReply *first = client.get(QStringLiteral("/api/v2/users/me"));
        QTRY_COMPARE(asked.size(), 1);
        signIn(asked.takeFirst());
        QSignalSpy firstDone(first, &ApiReply::finished);
        QVERIFY(firstDone.wait(10000));
        QVERIFY(first->isOk());
        const SimOrganisation *org = sim.server()->organisation();
        const QString agent = org->activeAgentAt(0);
        const QString before = org->user(agent)->presenceDefinitionId;
        const SimPresenceDefinition *onBreak = org->systemDefinition(QStringLiteral("Break"));
        QVERIFY(onBreak && onBreak->id != before);

        // 61 minutes later: the renewal was asked for at 54, nobody answered, the token has run out.
        clock.advance(61 * 60 * 1000);
        ApiReply *read = client.get(QStringLiteral("/api/v2/users/me"));
        ApiRequest patch;
        patch.method = QByteArrayLiteral("PATCH");
        patch.path = QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent);
        patch.body = QJsonDocument(
            QJsonObject {{QStringLiteral("presenceDefinition"), QJsonObject {{QStringLiteral("id"), onBreak->id}}}});
        ApiReply *write = client.send(patch);
        QSignalSpy readDone(read, &ApiReply::finished);
        QSignalSpy writeDone(write, &ApiReply::finished);
        QTest::qWait(100);
        QCOMPARE(readDone.size(), 0);
        QCOMPARE(writeDone.size(), 0);
        clock.advance(client.options().writeWaitForSignInMs);
        QTRY_COMPARE(writeDone.size(), 1);
        QCOMPARE(write->error().kind, ApiError::Kind::Authentication);
        QCOMPARE(write->error().code, QStringLiteral("signin.expired"));
        QCOMPARE(readDone.size(), 0); // still waiting
        QCOMPARE(org->user(agent)->presenceDefinitionId, before); // nothing was sent

        // Half an hour later the lead renews: the held read goes out and succeeds.
        clock.advance(30 * 60 * 1000);
        QVERIFY(!asked.isEmpty());
        signIn(asked.last());
        QVERIFY(readDone.wait(10000));
        QVERIFY2(read->isOk(), qPrintable(read->error().toString()));
    }

    void verifierAndChallenge()
    {
        const QByteArray verifier = PkceTokenProvider::makeCodeVerifier();
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[A-Za-z0-9._~-]+$")).match(QString::fromLatin1(verifier)).hasMatch());
        QVERIFY(PkceTokenProvider::makeCodeVerifier() != verifier);
        // Computed independently (Python hashlib + urlsafe_b64encode, padding stripped).
        QCOMPARE(PkceTokenProvider::codeChallenge("dBjftJeZ4CVP-mJ92K1ZhtT5ucXJbcKBkUVkpkRVc0k"),
            QByteArray("Wm1-ggNQ8s8tp3YeLIp3fyyFz3MTZWWljrNZufm3_GI"));
    }

    void signInThroughTheSimulator()
    {
        SimFixture sim;
        const QUrl base = sim.start(anyPort());
        QVERIFY(!base.isEmpty());
        const Region region = Region::fromBaseUrl(base);
        PkceTokenProvider tokens(region, QStringLiteral("statusdesk-demo"));
        ApiClient client(region, &tokens);
        GenesysGateway gateway(&client);
        QSignalSpy urlReady(&tokens, &PkceTokenProvider::authorizationUrlReady);
        QSignalSpy renewed(&tokens, &TokenProvider::renewed);

        // The first request starts the sign-in and waits for it.
        GatewayReply *me = gateway.loadSignedInUser();
        QVERIFY(urlReady.wait(5000));
        const QUrl url = urlReady.first().first().toUrl();
        const QUrlQuery query(url);
        QCOMPARE(url.path(), QStringLiteral("/oauth/authorize"));
        QCOMPARE(query.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("statusdesk-demo"));
        QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
        QVERIFY(!url.toString().contains(QLatin1String("secret")));
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(redirect, tokens.redirectUri());

        QNetworkAccessManager browser;
        const auto page = browse(&browser, url);
        QCOMPARE(page->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(page->url().toString().startsWith(redirect.toString()));
        QVERIFY(renewed.wait(5000) || renewed.size() == 1);
        QVERIFY(tokens.hasToken());

        QSignalSpy meDone(me, &GatewayReply::finished);
        QVERIFY(me->isFinished() || meDone.wait(5000));
        QVERIFY2(me->isOk(), qPrintable(me->error().toString()));
        QCOMPARE(me->agents().size(), 1);
        QCOMPARE(me->agents().first().name, sim.server()->config().demoSupervisorName);
        tokens.setSignedInUser(me->agents().first().id, me->agents().first().name);
        QCOMPARE(tokens.principal(), sim.server()->config().demoSupervisorName);

        // The listener was one-shot.
        const auto again = browse(&browser, redirect);
        QVERIFY(again->error() != QNetworkReply::NoError);
    }

    void wrongStateIsIgnoredAndErrorFails()
    {
        SimFixture sim;
        const QUrl base = sim.start(anyPort());
        QVERIFY(!base.isEmpty());
        const Region region = Region::fromBaseUrl(base);
        PkceTokenProvider tokens(region, QStringLiteral("statusdesk-demo"));
        ApiClient client(region, &tokens);
        QSignalSpy urlReady(&tokens, &PkceTokenProvider::authorizationUrlReady);
        QSignalSpy failed(&tokens, &TokenProvider::failed);
        QSignalSpy renewed(&tokens, &TokenProvider::renewed);
        tokens.renew();
        QTRY_COMPARE(urlReady.size(), 1);
        const QString state = QUrlQuery(urlReady.first().first().toUrl()).queryItemValue(QStringLiteral("state"));

        QNetworkAccessManager browser;
        QUrl forged = tokens.redirectUri();
        forged.setQuery(QStringLiteral("code=stolen&state=not-ours"));
        const auto forgedReply = browse(&browser, forged);
        QCOMPARE(forgedReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(renewed.size(), 0);
        QVERIFY(tokens.isRenewing());

        QUrl denied = tokens.redirectUri();
        denied.setQuery(QStringLiteral("error=access_denied&state=") + state);
        const auto deniedReply = browse(&browser, denied);
        QCOMPARE(deniedReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QTRY_COMPARE(failed.size(), 1);
        const ApiError error = failed.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Authentication);
        QVERIFY(error.toString().contains(QLatin1String("access_denied")));
        QVERIFY(!tokens.hasToken());
    }

    void insecureLoginHostIsRefused()
    {
        const Region region = Region::fromBaseUrl(QUrl(QStringLiteral("http://login.example.org")));
        PkceTokenProvider tokens(region, QStringLiteral("statusdesk-demo"));
        ApiClient client(region, &tokens);
        QSignalSpy failed(&tokens, &TokenProvider::failed);
        QSignalSpy urlReady(&tokens, &PkceTokenProvider::authorizationUrlReady);
        tokens.renew();
        QVERIFY(failed.wait(5000));
        QCOMPARE(urlReady.size(), 0);
        QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Configuration);
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
