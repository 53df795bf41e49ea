// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"
#include "api/GenesysGateway.h"
#include "api/PkceTokenProvider.h"
#include "support/SimFixture.h"

#include <QCryptographicHash>
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

private slots:
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
