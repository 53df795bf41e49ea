// SPDX-License-Identifier: GPL-3.0-or-later
// What a hostile or broken client cannot do to the simulator: grow it without bound through a
// WebSocket it never reads or through big webhook bodies, or make it log credentials.
#include "SimTestClient.h"
#include "sim/SimLogRedaction.h"
#include "sim/SimServer.h"
#include "sim/SimWebhookSink.h"
#include "support/SimFixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QTcpSocket>
#include <QtTest>

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_testHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + QLatin1String(": ") + message);
    }
    if (g_testHandler && type != QtDebugMsg)
        g_testHandler(type, context, message);
}

// A masked WebSocket text frame (mask key 0, so the payload goes as it is).
QByteArray textFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    frame.append(char(0x80 | payload.size())); // payloads here are shorter than 126 bytes
    frame.append(4, '\0');
    return frame + payload;
}

} // namespace

class TestSimLimits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Before any simulator: its redacting handler then passes messages on to this one.
        g_testHandler = qInstallMessageHandler(captureHandler);
    }

    void init()
    {
        m_sim = std::make_unique<SimFixture>();
        SimConfig config;
        config.agents = 5;
        QVERIFY(!m_sim->start(config).isEmpty());
        m_client = std::make_unique<SimTestClient>(m_sim->baseUrl());
        QVERIFY(!m_client->signIn().isEmpty());
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    // A client that sends pings and reads none of the pongs is dropped once a megabyte waits for it.
    void webSocketThatReadsNothingIsDropped()
    {
        const auto channel = m_client->send("POST", QStringLiteral("/api/v2/notifications/channels"));
        QCOMPARE(channel.status, 200);
        const QUrl uri(channel.object().value(QStringLiteral("connectUri")).toString());
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(uri.port()));
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET " + uri.path().toLatin1()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
              "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n");
        QTRY_COMPARE(m_sim->server()->connectedSockets(), 1);
        QTRY_VERIFY(socket.bytesAvailable() > 0); // the handshake's answer
        socket.setReadBufferSize(1024); // and from now on next to nothing is read
        socket.readAll();

        const QByteArray ping = textFrame(R"({"message":"ping"})");
        QByteArray burst;
        for (int i = 0; i < 1000; ++i)
            burst += ping;
        QElapsedTimer elapsed;
        elapsed.start();
        // Each ping is answered by a pong ~7 times its size: 200,000 pings ask for about 30 MB.
        for (int round = 0; round < 200 && m_sim->server()->connectedSockets() > 0; ++round) {
            socket.write(burst);
            QTest::qWait(5);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->server()->connectedSockets(), 0, 20000);
        qInfo() << "the silent client was dropped after" << elapsed.elapsed() << "ms";
    }

    // Forty bodies of almost 1 MiB: the sink keeps the newest, within its byte budget.
    void webhookSinkKeepsItsByteBudget()
    {
        const QByteArray body = "{\"pad\":\"" + QByteArray(1000 * 1000, 'x') + "\"}";
        for (int i = 0; i < 40; ++i)
            QCOMPARE(m_client
                         ->send("POST", QStringLiteral("/sim/webhooks/big"), body,
                             {{"Content-Type", "application/json"}}, 30000)
                         .status,
                200);
        const auto listed = m_client->get(QStringLiteral("/sim/webhooks/big"));
        QCOMPARE(listed.status, 200);
        const int kept = int(listed.array().size());
        QVERIFY2(kept >= 1 && qint64(kept) * 2 * body.size() <= SimWebhookSink::DefaultMaxRecordedBytes,
            qPrintable(QString::number(kept)));
        QVERIFY2(listed.body.size() < 2 * SimWebhookSink::DefaultMaxRecordedBytes,
            qPrintable(QString::number(listed.body.size())));
    }

    // With Qt's HTTP-server debug logging on, the requests are logged, their credentials not.
    void credentialsNeverReachTheLog()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=true"));
        {
            QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        // The client sends its bearer token itself.
        const auto answer
            = m_client->get(QStringLiteral("/api/v2/users?pageSize=1"), {{"Cookie", "session=cookie-secret-42"}});
        QVERIFY2(answer.status == 200, answer.body.constData());
        QLoggingCategory::setFilterRules(QStringLiteral("qt.httpserver*=false"));
        QMutexLocker lock(&g_logMutex);
        const QString log = g_log.join(QLatin1Char('\n'));
        QVERIFY2(log.contains(QLatin1String("qt.httpserver")), qPrintable(log)); // the logging was on
        QVERIFY2(log.contains(QLatin1String("/api/v2/users")), qPrintable(log));
        QVERIFY2(!log.contains(m_client->token()), qPrintable(log));
        QVERIFY2(!log.contains(QLatin1String("cookie-secret-42")), qPrintable(log));
    }

    void redactionForms_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("header list") << QStringLiteral(R"((std::pair("Authorization","Bearer abc.def"), ("Host","x")))")
                                     << QStringLiteral(R"((std::pair("Authorization","<redacted>"), ("Host","x")))");
        QTest::newRow("header line") << QStringLiteral("authorization: Basic c2VjcmV0\r\nHost: x")
                                     << QStringLiteral("authorization: <redacted>\r\nHost: x");
        QTest::newRow("proxy") << QStringLiteral("Proxy-Authorization: Basic eA==")
                               << QStringLiteral("Proxy-Authorization: <redacted>");
        QTest::newRow("nothing to hide") << QStringLiteral("GET /api/v2/users") << QStringLiteral("GET /api/v2/users");
    }

    void redactionForms()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        QCOMPARE(SimLogRedaction::redacted(message), expected);
    }

private:
    std::unique_ptr<SimFixture> m_sim;
    std::unique_ptr<SimTestClient> m_client;
};

QTEST_GUILESS_MAIN(TestSimLimits)
#include "tst_sim_limits.moc"
