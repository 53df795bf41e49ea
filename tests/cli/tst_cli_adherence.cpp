// SPDX-License-Identifier: GPL-3.0-or-later
// statusdesk-cli adherence list and timeline show, the real executable against an in-process simulator
// and a day log written as the console writes it.
#include "service/DayLog.h"
#include "sim/SimAdherence.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestCliAdherence : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    SimFixture m_sim;
    QTemporaryDir m_dir;
    QString m_program;

    QString auditPath() const { return m_dir.filePath(QStringLiteral("audit.sqlite")); }

    Run run(const QStringList &arguments, const QString &clientId = QStringLiteral("statusdesk-demo"))
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "GENESYS_REGION", "WEBHOOK_ENDPOINT",
                 "WEBHOOK_SECRET", "STATUSDESK_API_BASE", "STATUSDESK_PROTOCOL", "STATUSDESK_AUDIT_KEY"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Berlin"));
        process.setProcessEnvironment(env);
        process.setProgram(m_program);
        process.setArguments(QStringList {QStringLiteral("--api-base"), m_sim.baseUrl().toString(),
                                 QStringLiteral("--client-id"), clientId, QStringLiteral("--client-secret"),
                                 clientId + QStringLiteral("-secret"), QStringLiteral("--audit-db"), auditPath()}
            + arguments);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start();
        Run result;
        if (!process.waitForStarted(10000) || !finished.wait(60000)) {
            process.kill();
            process.waitForFinished(5000);
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    SimOrganisation *org() const { return m_sim.server()->organisation(); }

private slots:
    void initTestCase()
    {
        m_program = TestSupport::binaryDir() + QLatin1String("/statusdesk-cli");
        QVERIFY2(QFileInfo::exists(m_program), qPrintable(m_program));
        QVERIFY(m_dir.isValid());
        SimConfig config;
        config.agents = 150;
        config.seed = 21;
        config.clients = {{QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}},
            {QStringLiteral("no-wfm"), QStringLiteral("no-wfm-secret"),
                {QStringLiteral("presence:presenceDefinition:view"), QStringLiteral("groups:team:view")}}};
        QVERIFY(!m_sim.start(config).isEmpty());
    }

    void adherenceListIsTheServers()
    {
        m_sim.server()->resetCounters();
        const Run all = run({QStringLiteral("--json"), QStringLiteral("adherence"), QStringLiteral("list")});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(rows.size(), 150);
        // 150 agents: two requests of at most 100 ids.
        QCOMPARE(m_sim.server()
                     ->requestsByPath()
                     .value(QStringLiteral("GET /api/v2/workforcemanagement/adherence"))
                     .toInteger(),
            2);
        for (const QJsonValue &v : rows) {
            const QJsonObject row = v.toObject();
            const QJsonObject server
                = m_sim.server()->adherence()->record(*org()->user(row.value(QStringLiteral("id")).toString()));
            QCOMPARE(row.value(QStringLiteral("adherence_state")).toString(),
                server.value(QStringLiteral("adherenceState")).toString());
            QCOMPARE(row.value(QStringLiteral("scheduled_activity_category")).toString(),
                server.value(QStringLiteral("scheduledActivityCategory")).toString());
            QCOMPARE(row.value(QStringLiteral("impact")).toString(), server.value(QStringLiteral("impact")).toString());
            QVERIFY(row.contains(QStringLiteral("adherence_since")));
        }
    }

    void adherenceListTakesTheScope()
    {
        const Run support = run({QStringLiteral("--json"), QStringLiteral("adherence"), QStringLiteral("list"),
            QStringLiteral("--team"), QStringLiteral("support"), QStringLiteral("--team"), QStringLiteral("sales")});
        QVERIFY2(support.exitCode == 0, support.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(support.out).array();
        QVERIFY(!rows.isEmpty());
        for (const QJsonValue &v : rows) {
            const QString team = v.toObject().value(QStringLiteral("team")).toString();
            QVERIFY2(team == QLatin1String("Support") || team == QLatin1String("Sales"), qPrintable(team));
        }
        const SimAgent *lead = org()->user(org()->supervisorId());
        const Run reports
            = run({QStringLiteral("adherence"), QStringLiteral("list"), QStringLiteral("--reports-to"), lead->name});
        QVERIFY2(reports.exitCode == 0, reports.err.constData());
        QVERIFY(reports.out.contains("SCHEDULED"));
        QCOMPARE(reports.out.count('\n'), int(org()->directReports(lead->id).size()) + 1);
        const Run both = run({QStringLiteral("adherence"), QStringLiteral("list"), QStringLiteral("--team"),
            QStringLiteral("support"), QStringLiteral("--reports-to"), QStringLiteral("me")});
        QCOMPARE(both.exitCode, 2);
    }

    void adherenceListWithoutThePermission()
    {
        const Run refused = run({QStringLiteral("adherence"), QStringLiteral("list")}, QStringLiteral("no-wfm"));
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("wfm:realtimeAdherence:view"), refused.err.constData());
        QVERIFY(refused.out.isEmpty());
    }

    void timelineShowReadsTheDayLog()
    {
        DayLog log(DayLog::folderBeside(auditPath()));
        const QDate day(2026, 1, 5);
        const QTimeZone berlin("Europe/Berlin");
        auto at = [&](int h, int m) { return QDateTime(day, QTime(h, m), berlin).toUTC(); };
        auto add = [&](const QString &id, const QString &name, int h, int m, const QString &value, bool scheduled) {
            DayLogEntry e;
            e.agentId = id;
            e.agentName = name;
            e.time = at(h, m);
            e.value = value;
            e.kind = scheduled ? DayLogEntry::Kind::Scheduled : DayLogEntry::Kind::Status;
            e.source = QStringLiteral("push");
            QVERIFY(log.append(e));
        };
        add(QStringLiteral("u1"), QStringLiteral("Ana Souza"), 9, 0, QStringLiteral("OnQueue"), false);
        add(QStringLiteral("u1"), QStringLiteral("Ana Souza"), 9, 0, QStringLiteral("OnQueueWork"), true);
        add(QStringLiteral("u2"), QStringLiteral("Zoë Müller"), 9, 10, QStringLiteral("Meal"), false);
        add(QStringLiteral("u1"), QStringLiteral("Ana Souza"), 10, 30, QStringLiteral("Break"), false);
        add(QStringLiteral("u1"), QStringLiteral("Ana Souza"), 10, 45, QStringLiteral("Break"), true);

        const Run json = run({QStringLiteral("--json"), QStringLiteral("timeline"), QStringLiteral("show"),
            QStringLiteral("ana souza"), QStringLiteral("--date"), QStringLiteral("2026-01-05")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject t = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(t.value(QStringLiteral("agent_id")).toString(), QStringLiteral("u1"));
        QCOMPARE(t.value(QStringLiteral("date")).toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(t.value(QStringLiteral("day_start")).toString(), QStringLiteral("2026-01-04T23:00:00Z"));
        const QJsonArray statuses = t.value(QStringLiteral("statuses")).toArray();
        QCOMPARE(statuses.size(), 2);
        QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OnQueue"));
        QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("start")).toString(),
            QStringLiteral("2026-01-05T08:00:00Z"));
        QCOMPARE(statuses.at(0).toObject().value(QStringLiteral("seconds")).toInt(), 90 * 60);
        // A past day: the last status runs to local midnight.
        QCOMPARE(
            statuses.at(1).toObject().value(QStringLiteral("end")).toString(), QStringLiteral("2026-01-05T23:00:00Z"));
        QCOMPARE(t.value(QStringLiteral("scheduled")).toArray().size(), 2);

        const Run table = run({QStringLiteral("timeline"), QStringLiteral("show"), QStringLiteral("u1"),
            QStringLiteral("--date"), QStringLiteral("2026-01-05")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        QVERIFY2(table.out.contains("09:00:00  10:30:00  1:30:00"), table.out.constData()); // local time
        QVERIFY(table.out.contains("On Queue"));
        QVERIFY(table.out.contains("On queue work"));

        const Run unknown = run({QStringLiteral("timeline"), QStringLiteral("show"), QStringLiteral("nobody"),
            QStringLiteral("--date"), QStringLiteral("2026-01-05")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("nobody"));
        const Run badDate = run({QStringLiteral("timeline"), QStringLiteral("show"), QStringLiteral("u1"),
            QStringLiteral("--date"), QStringLiteral("5.1.2026")});
        QCOMPARE(badDate.exitCode, 2);
        const Run otherDay = run({QStringLiteral("timeline"), QStringLiteral("show"), QStringLiteral("u1"),
            QStringLiteral("--date"), QStringLiteral("2026-01-06")});
        QCOMPARE(otherDay.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliAdherence)
#include "tst_cli_adherence.moc"
