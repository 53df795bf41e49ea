// SPDX-License-Identifier: GPL-3.0-or-later
// The request pipeline against servers that misbehave on purpose: redirects that would carry the
// credentials away, answers too big or too slow, and counts that do not add up. None of this is
// what Genesys or the simulator does, so scripted raw HTTP servers on 127.0.0.1 play the server.
#include "RawHttpServer.h"
#include "api/ApiClient.h"
#include "api/ApiReply.h"
#include "api/ClientCredentialsTokenProvider.h"
#include "api/RosterLoader.h"
#include "core/ManualClock.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtTest>

#include <climits>

namespace {

QByteArray tokenAnswer()
{
    return RawHttpServer::response(200, R"({"access_token":"tok-123","token_type":"bearer","expires_in":86400})");
}

QByteArray redirectTo(int status, const QUrl &target)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Moved\r\nLocation: " + target.toEncoded()
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QJsonObject user(const QString &id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), QString(QStringLiteral("User ") + id)}};
}

QByteArray usersPage(const QJsonArray &entities, double total)
{
    const QJsonObject page {{QStringLiteral("entities"), entities}, {QStringLiteral("total"), total}};
    return RawHttpServer::response(200, QJsonDocument(page).toJson(QJsonDocument::Compact));
}

// Answers every request with a status line and headers at once, then the body one byte at a time
// every `intervalMs`: an answer that is never silent long enough for an inactivity timeout.
class TricklingServer : public QObject
{
public:
    explicit TricklingServer(int intervalMs)
        : m_interval(intervalMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n") || socket->property("started").toBool())
                        return;
                    socket->setProperty("started", true);
                    ++requests;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n");
                    auto *timer = new QTimer(socket);
                    connect(timer, &QTimer::timeout, socket, [socket] { socket->write(" "); });
                    timer->start(m_interval);
                });
            }
        });
    }
    QUrl start()
    {
        return m_server.listen(QHostAddress::LocalHost, 0)
            ? QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()))
            : QUrl();
    }
    int requests = 0;

private:
    QTcpServer m_server;
    int m_interval;
};

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private slots:
    void tokenRedirectIsNotFollowed_data();
    void tokenRedirectIsNotFollowed();
    void apiRedirectIsNotFollowed();
    void tokenAnswerTooLarge();
    void tokenAnswerTricklesPastItsDeadline();
    void rosterTotalNearIntMax();
    void rosterEndlessPages();
    void rosterPageLargerThanAsked();
    void rosterDuplicateIds();
    void largeAnswersAreCheckedOffThread_data();
    void largeAnswersAreCheckedOffThread();

private:
    static ApiClientOptions fastOptions();
};

ApiClientOptions TestHostileServer::fastOptions()
{
    ApiClientOptions options;
    options.timeoutMs = 5000;
    options.requestsPerMinute = 60000;
    options.maxRetries = 0;
    return options;
}

void TestHostileServer::tokenRedirectIsNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("307") << 307;
    QTest::newRow("308") << 308;
    QTest::newRow("302") << 302;
}

// A 307 from the token endpoint would re-post the client id and secret (Basic) to the other address.
void TestHostileServer::tokenRedirectIsNotFollowed()
{
    QFETCH(int, status);
    RawHttpServer login;
    RawHttpServer elsewhere;
    const QUrl base = login.start();
    const QUrl other = elsewhere.start();
    QVERIFY(base.isValid() && other.isValid());
    QUrl target = other;
    target.setHost(QStringLiteral("localhost")); // another origin, still loopback
    target.setPath(QStringLiteral("/steal"));
    login.script({redirectTo(status, target)});

    const Region region = Region::fromBaseUrl(base);
    ClientCredentialsTokenProvider tokens(region, QStringLiteral("client"), QStringLiteral("top-secret"));
    ApiClient client(region, &tokens);
    QSignalSpy failed(&tokens, &TokenProvider::failed);
    tokens.renew();
    QVERIFY(failed.wait(5000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::Authentication);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(QLatin1String("redirect")), qPrintable(error.message));
    QVERIFY2(error.message.contains(QLatin1String("/steal")), qPrintable(error.message));
    QTest::qWait(200);
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(login.requestCount(), 1);
}

// A 302 on an API call would send the bearer token to the other address.
void TestHostileServer::apiRedirectIsNotFollowed()
{
    RawHttpServer api;
    RawHttpServer elsewhere;
    const QUrl base = api.start();
    QUrl target = elsewhere.start();
    QVERIFY(base.isValid() && target.isValid());
    target.setHost(QStringLiteral("localhost"));
    target.setPath(QStringLiteral("/api/v2/users/me"));
    api.script({tokenAnswer(), redirectTo(302, target)});

    const Region region = Region::fromBaseUrl(base);
    ClientCredentialsTokenProvider tokens(region, QStringLiteral("client"), QStringLiteral("top-secret"));
    ApiClient client(region, &tokens);
    client.setOptions(fastOptions());
    ApiReply *reply = client.get(QStringLiteral("/api/v2/users/me"));
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error().httpStatus, 302);
    QCOMPARE(reply->error().code, QStringLiteral("redirect"));
    QVERIFY2(reply->error().toString().contains(QLatin1String("redirect")), qPrintable(reply->error().toString()));
    QTest::qWait(200);
    QCOMPARE(elsewhere.requestCount(), 0);
    QVERIFY(api.requestHeads().value(1).contains("Bearer tok-123")); // the token went to the API host only
    delete reply;
}

void TestHostileServer::tokenAnswerTooLarge()
{
    RawHttpServer login;
    const QUrl base = login.start();
    QVERIFY(base.isValid());
    login.script({RawHttpServer::response(
        200, R"({"access_token":"tok","expires_in":3600,"pad":")" + QByteArray(4 * 1024 * 1024, 'x') + "\"}")});
    const Region region = Region::fromBaseUrl(base);
    ClientCredentialsTokenProvider tokens(region, QStringLiteral("client"), QStringLiteral("secret"));
    ApiClient client(region, &tokens);
    QSignalSpy failed(&tokens, &TokenProvider::failed);
    tokens.renew();
    QVERIFY(failed.wait(10000));
    const ApiError error = failed.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(error.message.contains(QString::number(TokenProvider::MaxAnswerBytes)), qPrintable(error.message));
    QVERIFY(!tokens.hasToken());
}

// One byte every 50 ms never trips the inactivity timeout; the overall deadline, on the provider's
// clock, ends the exchange.
void TestHostileServer::tokenAnswerTricklesPastItsDeadline()
{
    TricklingServer login(50);
    const QUrl base = login.start();
    QVERIFY(base.isValid());
    ManualClock clock;
    const Region region = Region::fromBaseUrl(base);
    ClientCredentialsTokenProvider tokens(region, QStringLiteral("client"), QStringLiteral("secret"), &clock);
    ApiClient client(region, &tokens, &clock);
    QSignalSpy failed(&tokens, &TokenProvider::failed);
    tokens.renew();
    QTRY_COMPARE(login.requests, 1);
    QTest::qWait(300); // bytes are arriving
    QCOMPARE(failed.count(), 0);
    clock.advance(TokenProvider::TokenTimeoutMs + 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
    QCOMPARE(failed.first().first().value<ApiError>().kind, ApiError::Kind::Timeout);
    QVERIFY(!tokens.isRenewing());
}

// total = INT_MAX - 1 used to overflow "total + pageSize" into a negative page count.
void TestHostileServer::rosterTotalNearIntMax()
{
    RawHttpServer api;
    const QUrl base = api.start();
    QVERIFY(base.isValid());
    api.script({usersPage({user(QStringLiteral("a")), user(QStringLiteral("b"))}, double(INT_MAX - 1))});
    ApiClient client(Region::fromBaseUrl(base), nullptr);
    client.setOptions(fastOptions());
    RosterLoader loader(&client, StatusCatalogue(), 2, 4);
    QSignalSpy finished(&loader, &RosterLoader::finished);
    loader.start();
    QVERIFY(finished.wait(5000));
    const ApiError error = finished.first().first().value<ApiError>();
    QCOMPARE(error.kind, ApiError::Kind::MalformedResponse);
    QVERIFY2(error.message.contains(QString::number(RosterLoader::MaxAgents)), qPrintable(error.message));
    QCOMPARE(api.requestCount(), 1);
}

// A server that announces ten million users and answers every page in full is not followed to the end.
void TestHostileServer::rosterEndlessPages()
{
    RawHttpServer api;
    const QUrl base = api.start();
    QVERIFY(base.isValid());
    api.script({usersPage({user(QStringLiteral("a")), user(QStringLiteral("b"))}, 1e7)});
    ApiClient client(Region::fromBaseUrl(base), nullptr);
    client.setOptions(fastOptions());
    RosterLoader loader(&client, StatusCatalogue(), 2, 4);
    QSignalSpy finished(&loader, &RosterLoader::finished);
    loader.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::MalformedResponse);
    QCOMPARE(api.requestCount(), 1);
}

void TestHostileServer::rosterPageLargerThanAsked()
{
    RawHttpServer api;
    const QUrl base = api.start();
    QVERIFY(base.isValid());
    QJsonArray many;
    for (int i = 0; i < 5; ++i)
        many.append(user(QString::number(i)));
    api.script({usersPage(many, 5)});
    ApiClient client(Region::fromBaseUrl(base), nullptr);
    client.setOptions(fastOptions());
    RosterLoader loader(&client, StatusCatalogue(), 2, 4);
    QSignalSpy finished(&loader, &RosterLoader::finished);
    loader.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::MalformedResponse);
}

// The same user on two pages (or twice on one) is one agent.
void TestHostileServer::rosterDuplicateIds()
{
    RawHttpServer api;
    const QUrl base = api.start();
    QVERIFY(base.isValid());
    api.script({usersPage({user(QStringLiteral("u-1")), user(QStringLiteral("u-2"))}, 4),
        usersPage({user(QStringLiteral("u-2")), user(QStringLiteral("u-3"))}, 4)});
    ApiClient client(Region::fromBaseUrl(base), nullptr);
    client.setOptions(fastOptions());
    RosterLoader loader(&client, StatusCatalogue(), 2, 1);
    QSignalSpy finished(&loader, &RosterLoader::finished);
    QSignalSpy pages(&loader, &RosterLoader::pageArrived);
    loader.start();
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.first().first().value<ApiError>().isError());
    // Each page tells only the users not listed before.
    QCOMPARE(pages.count(), 2);
    QCOMPARE(pages.at(0).first().value<AgentList>().size(), 2);
    const AgentList second = pages.at(1).first().value<AgentList>();
    QCOMPARE(second.size(), 1);
    QCOMPARE(second.first().id, QStringLiteral("u-3"));
    QCOMPARE(loader.outstanding(), 0);
    QStringList ids;
    for (const Agent &agent : loader.agents())
        ids.append(agent.id);
    QCOMPARE(ids, (QStringList {QStringLiteral("u-1"), QStringLiteral("u-2"), QStringLiteral("u-3")}));
}

void TestHostileServer::largeAnswersAreCheckedOffThread_data()
{
    QTest::addColumn<int>("padding");
    QTest::addColumn<bool>("truncated");
    QTest::newRow("small, whole") << 100 << false;
    QTest::newRow("small, cut") << 100 << true;
    QTest::newRow("large, whole") << 200000 << false;
    QTest::newRow("large, cut") << 200000 << true;
}

// Bodies of 64 KiB and more are parsed on a pool thread: the verdict must be the one a small body
// gets, a whole document or a clear error, and never half-parsed data.
void TestHostileServer::largeAnswersAreCheckedOffThread()
{
    QFETCH(int, padding);
    QFETCH(bool, truncated);
    RawHttpServer api;
    const QUrl base = api.start();
    QVERIFY(base.isValid());
    const QJsonObject object {
        {QStringLiteral("id"), QStringLiteral("u-1")}, {QStringLiteral("padding"), QString(padding, QLatin1Char('x'))}};
    QByteArray body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (truncated)
        body.chop(2);
    api.script({RawHttpServer::response(200, body)});
    ApiClient client(Region::fromBaseUrl(base), nullptr);
    client.setOptions(fastOptions());
    ApiReply *reply = client.get(QStringLiteral("/api/v2/users/u-1"));
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    if (truncated) {
        QCOMPARE(reply->error().kind, ApiError::Kind::MalformedResponse);
        QVERIFY(reply->json().isNull());
    } else {
        QVERIFY2(reply->isOk(), qPrintable(reply->error().toString()));
        QCOMPARE(reply->json().object().value(QStringLiteral("id")).toString(), QStringLiteral("u-1"));
        QCOMPARE(reply->json().object().value(QStringLiteral("padding")).toString().size(), padding);
    }
    delete reply;
}

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
