// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiError.h"

#include <QDateTime>
#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("correlationHeader");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("correlationId");
        QTest::addColumn<int>("retryAfterSeconds");
        QTest::addColumn<QString>("permission");
        QTest::addColumn<QString>("textContains");

        using K = ApiError::Kind;
        QTest::newRow("403 permission in message")
            << 403
            << QByteArray("{\"message\":\"You are missing the following permission(s): [presence:userPresence:edit]\","
                          "\"code\":\"missing.permissions\",\"status\":403,\"contextId\":\"ctx-1\"}")
            << QByteArray("hdr-1") << QByteArray() << int(K::Permission) << "missing.permissions"
            << "ctx-1" << -1 << "presence:userPresence:edit"
            << "presence:userPresence:edit";
        QTest::newRow("403 permission in params")
            << 403
            << QByteArray("{\"message\":\"Missing permission\",\"code\":\"missing.any.permissions\","
                          "\"messageParams\":{\"perm\":\"presence:presenceDefinition:view\"}}")
            << QByteArray() << QByteArray() << int(K::Permission) << "missing.any.permissions"
            << "" << -1 << "presence:presenceDefinition:view"
            << "presence:presenceDefinition:view";
        QTest::newRow("403 without permission")
            << 403 << QByteArray("{\"message\":\"Not authorized\",\"code\":\"not.authorized\"}") << QByteArray()
            << QByteArray() << int(K::Permission) << "not.authorized"
            << "" << -1 << ""
            << "Not authorized";
        QTest::newRow("400 shows the server message")
            << 400 << QByteArray("{\"message\":\"Unknown status Napping.\",\"code\":\"invalid.value\",\"status\":400}")
            << QByteArray("corr-9") << QByteArray() << int(K::BadRequest) << "invalid.value"
            << "corr-9" << -1 << ""
            << "Unknown status Napping.";
        QTest::newRow("429 retry after") << 429
                                         << QByteArray(
                                                "{\"message\":\"Rate limit exceeded\",\"code\":\"too.many.requests\"}")
                                         << QByteArray() << QByteArray(" 7 ") << int(K::RateLimited)
                                         << "too.many.requests"
                                         << "" << 7 << ""
                                         << "7 s";
        QTest::newRow("429 retry after date")
            << 429 << QByteArray() << QByteArray()
            << QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::RFC2822Date).toLatin1() << int(K::RateLimited)
            << ""
            << "" << 3599 << ""
            << "Rate limited";
        QTest::newRow("429 bad retry after")
            << 429 << QByteArray() << QByteArray() << QByteArray("soon") << int(K::RateLimited) << ""
            << "" << -1 << ""
            << "Rate limited";
        QTest::newRow("401 oauth body")
            << 401 << QByteArray("{\"error\":\"invalid_client\",\"error_description\":\"bad credentials\"}")
            << QByteArray() << QByteArray() << int(K::Authentication) << "invalid_client"
            << "" << -1 << ""
            << "bad credentials";
        QTest::newRow("404") << 404 << QByteArray("{\"message\":\"x not found\",\"code\":\"not.found\"}")
                             << QByteArray() << QByteArray() << int(K::NotFound) << "not.found"
                             << "" << -1 << ""
                             << "x not found";
        QTest::newRow("409") << 409 << QByteArray("{\"code\":\"general.conflict\",\"message\":\"stale\"}")
                             << QByteArray() << QByteArray() << int(K::Conflict) << "general.conflict"
                             << "" << -1 << ""
                             << "stale";
        QTest::newRow("503 html body") << 503 << QByteArray("<html>down</html>") << QByteArray("c-5") << QByteArray()
                                       << int(K::Server) << ""
                                       << "c-5" << -1 << ""
                                       << "server error";
        QTest::newRow("truncated json") << 500 << QByteArray("{\"message\":\"boo") << QByteArray() << QByteArray()
                                        << int(K::Server) << ""
                                        << "" << -1 << ""
                                        << "500";
        QTest::newRow("json array body") << 418 << QByteArray("[1,2]") << QByteArray() << QByteArray() << int(K::Http)
                                         << ""
                                         << "" << -1 << ""
                                         << "418";
        QTest::newRow("markup is data") << 400 << QByteArray("{\"message\":\"<b>bold</b>\"}") << QByteArray()
                                        << QByteArray() << int(K::BadRequest) << ""
                                        << "" << -1 << ""
                                        << "<b>bold</b>";
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, correlationHeader);
        QFETCH(QByteArray, retryAfter);
        QFETCH(int, kind);
        QFETCH(QString, code);
        QFETCH(QString, correlationId);
        QFETCH(int, retryAfterSeconds);
        QFETCH(QString, permission);
        QFETCH(QString, textContains);

        const ApiError error = ApiError::fromHttp(status, body, correlationHeader, retryAfter);
        QVERIFY(error.isError());
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.code, code);
        QCOMPARE(error.correlationId, correlationId);
        if (retryAfterSeconds > 60) // an HTTP date: a second may pass while the test runs
            QVERIFY(qAbs(error.retryAfterSeconds - retryAfterSeconds) <= 2);
        else
            QCOMPARE(error.retryAfterSeconds, retryAfterSeconds);
        QCOMPARE(error.missingPermission, permission);
        QVERIFY2(error.toString().contains(textContains), qPrintable(error.toString()));
        if (!correlationId.isEmpty())
            QVERIFY(error.toString().contains(correlationId));
    }

    // A Retry-After date is read against the caller's clock, to the second.
    void retryAfterDateOnTheCallersClock()
    {
        const QDateTime now(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC);
        const QByteArray date = now.addSecs(90).toString(Qt::RFC2822Date).toLatin1();
        QCOMPARE(ApiError::fromHttp(429, QByteArray(), QByteArray(), date, now).retryAfterSeconds, 90);
        QCOMPARE(ApiError::fromHttp(429, QByteArray(), QByteArray(), date, now.addSecs(120)).retryAfterSeconds, 0);
        // The IMF-fixdate that RFC 9110 senders use ends in "GMT", which Qt::RFC2822Date does not read.
        QCOMPARE(
            ApiError::fromHttp(429, QByteArray(), QByteArray(), "Mon, 05 Jan 2026 08:02:00 GMT", now).retryAfterSeconds,
            120);
    }

    void transient_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");
        using K = ApiError::Kind;
        QTest::newRow("network") << int(K::Network) << true;
        QTest::newRow("timeout") << int(K::Timeout) << true;
        QTest::newRow("server") << int(K::Server) << true;
        QTest::newRow("rate limited") << int(K::RateLimited) << true;
        QTest::newRow("bad request") << int(K::BadRequest) << false;
        QTest::newRow("permission") << int(K::Permission) << false;
        QTest::newRow("malformed") << int(K::MalformedResponse) << false;
        QTest::newRow("none") << int(K::None) << false;
    }

    void transient()
    {
        QFETCH(int, kind);
        QFETCH(bool, transient);
        QCOMPARE(ApiError::make(static_cast<ApiError::Kind>(kind), QStringLiteral("x")).isTransient(), transient);
    }

    void kindNamesAreDistinct()
    {
        QSet<QString> names;
        for (int k = int(ApiError::Kind::None); k <= int(ApiError::Kind::Cancelled); ++k)
            names.insert(ApiError::kindName(static_cast<ApiError::Kind>(k)));
        QCOMPARE(names.size(), int(ApiError::Kind::Cancelled) + 1);
        QVERIFY(!names.contains(QStringLiteral("unknown")));
    }

    void noErrorSaysNothing()
    {
        QVERIFY(!ApiError().isError());
        QVERIFY(ApiError().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
