// SPDX-License-Identifier: GPL-3.0-or-later
#include "SimTestClient.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

// statusdesk-sim as a child process: the first stdout line, the options, bad input and a clean stop.
class TestSimCli : public QObject
{
    Q_OBJECT

private:
    static QString program() { return QDir(TestSupport::binaryDir()).filePath(QStringLiteral("statusdesk-sim")); }

    // Starts the simulator and returns its base URL from the first line of stdout.
    static QUrl start(QProcess &process, const QStringList &arguments)
    {
        process.start(program(), arguments);
        if (!process.waitForStarted(10000))
            return {};
        QElapsedTimer clock;
        clock.start();
        while (!process.canReadLine() && process.state() == QProcess::Running && clock.elapsed() < 30000)
            process.waitForReadyRead(100);
        const QString line = QString::fromUtf8(process.readLine());
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\\n$")).match(line);
        if (!m.hasMatch()) {
            qWarning() << "unexpected first line" << line;
            return {};
        }
        return QUrl(m.captured(1));
    }

    static int stop(QProcess &process, int signal)
    {
        ::kill(pid_t(process.processId()), signal);
        if (!process.waitForFinished(10000))
            return -1;
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(program()), qPrintable(program())); }

    void firstLineAndDefaults()
    {
        QProcess process;
        const QUrl base = start(process, {});
        QVERIFY(base.isValid());
        QVERIFY(base.port() > 0);
        SimTestClient client(base);
        QVERIFY(!client.signIn().isEmpty());
        const auto users = client.get(QStringLiteral("/api/v2/users"));
        QCOMPARE(users.object().value(QStringLiteral("total")).toInt(), 200);
        QCOMPARE(stop(process, SIGTERM), 0);
    }

    void optionsShapeTheOrganisation()
    {
        QProcess process;
        const QUrl base = start(process,
            {QStringLiteral("--agents"), QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("5"),
                QStringLiteral("--rate-limit"), QStringLiteral("3"), QStringLiteral("--token-ttl"),
                QStringLiteral("600"), QStringLiteral("--heartbeat"), QStringLiteral("5"), QStringLiteral("--latency"),
                QStringLiteral("1-3"), QStringLiteral("--competitor"), QStringLiteral("2"),
                QStringLiteral("--fail-rate"), QStringLiteral("0")});
        QVERIFY(base.isValid());
        SimTestClient client(base);
        const QString token = client.signIn();
        QVERIFY(!token.isEmpty());
        const QJsonObject state = client.get(QStringLiteral("/sim/state")).object();
        QCOMPARE(state.value(QStringLiteral("agents")).toInt(), 40);
        QCOMPARE(state.value(QStringLiteral("seed")).toInt(), 5);
        QCOMPARE(state.value(QStringLiteral("competitorPerMinute")).toDouble(), 2.0);
        QCOMPARE(state.value(QStringLiteral("rateLimitPerMinute")).toInt(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 429);
        QCOMPARE(stop(process, SIGINT), 0);
    }

    // --movable-clock: the clock follows real time, and PUT /sim/clock moves it an hour ahead, so that a
    // token of 600 s issued before has expired; without the option the clock cannot be moved.
    void movableClock()
    {
        QProcess process;
        const QUrl base = start(process,
            {QStringLiteral("--movable-clock"), QStringLiteral("--agents"), QStringLiteral("5"),
                QStringLiteral("--token-ttl"), QStringLiteral("600")});
        QVERIFY(base.isValid());
        SimTestClient client(base);
        QVERIFY(!client.signIn().isEmpty());
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 200);
        const QJsonObject before = client.get(QStringLiteral("/sim/clock")).object();
        QCOMPARE(before.value(QStringLiteral("movable")), QJsonValue(true));
        const QDateTime then = QDateTime::fromString(before.value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        QTest::qWait(50);
        const QDateTime later = QDateTime::fromString(
            client.get(QStringLiteral("/sim/clock")).object().value(QStringLiteral("now")).toString(),
            Qt::ISODateWithMs);
        QVERIFY2(later > then, "the movable clock follows real time");
        const auto moved = client.send("PUT", QStringLiteral("/sim/clock"), "{\"advanceMs\":3600000}");
        QCOMPARE(moved.status, 200);
        const QDateTime now
            = QDateTime::fromString(moved.object().value(QStringLiteral("now")).toString(), Qt::ISODateWithMs);
        QVERIFY(now >= then.addSecs(3600));
        QCOMPARE(client.get(QStringLiteral("/api/v2/users")).status, 401); // the token's hour is over
        QCOMPARE(stop(process, SIGTERM), 0);

        QProcess fixed;
        const QUrl fixedBase = start(fixed, {QStringLiteral("--agents"), QStringLiteral("5")});
        QVERIFY(fixedBase.isValid());
        SimTestClient control(fixedBase);
        QCOMPARE(control.send("PUT", QStringLiteral("/sim/clock"), "{\"advanceMs\":1000}").status, 409);
        QCOMPARE(stop(fixed, SIGTERM), 0);
    }

    void restrictedClientGets403()
    {
        QProcess process;
        const QUrl base = start(process,
            {QStringLiteral("--client"),
                QStringLiteral("viewer:v-secret:presence:presenceDefinition:view,routing:queue:view"),
                QStringLiteral("--client"), QStringLiteral("editor:e-secret:presence:userPresence:edit")});
        QVERIFY(base.isValid());
        SimTestClient viewer(base);
        QVERIFY(!viewer.signIn(QStringLiteral("viewer"), QStringLiteral("v-secret")).isEmpty());
        const QString agent = viewer.firstAgentId();
        QCOMPARE(
            viewer
                .send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent), "{\"message\":\"x\"}")
                .status,
            403);
        SimTestClient editor(base);
        QVERIFY(!editor.signIn(QStringLiteral("editor"), QStringLiteral("e-secret")).isEmpty());
        QCOMPARE(
            editor
                .send("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(agent), "{\"message\":\"x\"}")
                .status,
            200);
        QCOMPARE(viewer.get(QStringLiteral("/api/v2/presence/definitions")).status, 200);
        QCOMPARE(editor.get(QStringLiteral("/api/v2/presence/definitions")).status, 403);
        // The demo client exists only when no client is given.
        SimTestClient demo(base);
        QVERIFY(demo.signIn().isEmpty());
        QCOMPARE(stop(process, SIGTERM), 0);
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("agents not a number") << QStringList {QStringLiteral("--agents"), QStringLiteral("many")};
        QTest::newRow("negative rate limit") << QStringList {QStringLiteral("--rate-limit"), QStringLiteral("-1")};
        QTest::newRow("latency backwards") << QStringList {QStringLiteral("--latency"), QStringLiteral("200-10")};
        QTest::newRow("latency garbage") << QStringList {QStringLiteral("--latency"), QStringLiteral("fast")};
        QTest::newRow("fail rate above one") << QStringList {QStringLiteral("--fail-rate"), QStringLiteral("1.5")};
        QTest::newRow("client without secret") << QStringList {QStringLiteral("--client"), QStringLiteral("lonely")};
        QTest::newRow("port out of range") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList {QStringLiteral("extra")};
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QProcess process;
        process.start(program(), arguments);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY(process.exitCode() != 0);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(!process.readAllStandardError().isEmpty());
    }

    void busyPortIsAClearError()
    {
        QProcess first;
        const QUrl base = start(first, {});
        QVERIFY(base.isValid());
        QProcess second;
        second.start(program(), {QStringLiteral("--port"), QString::number(base.port())});
        QVERIFY(second.waitForFinished(10000));
        QVERIFY(second.exitCode() != 0);
        QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains(QString::number(base.port())));
        QCOMPARE(stop(first, SIGTERM), 0);
    }

    void helpAndVersion()
    {
        QProcess process;
        process.start(program(), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(10000));
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        for (const char *option : {"--port", "--agents", "--seed", "--rate-limit", "--token-ttl", "--competitor",
                 "--latency", "--fail-rate", "--heartbeat", "--client"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        process.start(program(), {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(10000));
        QVERIFY(process.readAllStandardOutput().startsWith("statusdesk-sim "));
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "tst_sim_cli.moc"
