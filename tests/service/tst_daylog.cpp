// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHarness.h"
#include "core/ManualClock.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"
#include "service/DayLog.h"
#include "service/DayLogRecorder.h"
#include "service/ShiftTimeline.h"
#include "sim/SimOrganisation.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <ctime>

// The day log: what the console saw, written beside the audit file, read back after a restart (the
// morning is kept, nothing is written twice) and drawn as one agent's timeline. Local time is Berlin's
// (UTC+1 in January), so that the local day and the UTC day differ.
class TestDayLog : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;
    SessionHarness m_harness;

    SimOrganisation *org() const { return m_harness.server()->organisation(); }

    static DayLogEntry entry(const QString &agent, const QDateTime &time, const QString &value,
        DayLogEntry::Kind kind = DayLogEntry::Kind::Status)
    {
        DayLogEntry e;
        e.agentId = agent;
        e.agentName = QStringLiteral("Name of ") + agent;
        e.time = time;
        e.value = value;
        e.kind = kind;
        e.source = QStringLiteral("push");
        return e;
    }

    static QDateTime local(const QDate &day, int h, int m) { return QDateTime(day, QTime(h, m)).toUTC(); }

    void setSimPresence(const QString &id, const QString &system)
    {
        QVERIFY(
            org()->setPresence(id, org()->systemDefinition(system)->id, std::nullopt, QStringLiteral("t")).isEmpty());
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Europe/Berlin");
        tzset();
        SimConfig config;
        config.agents = 60;
        m_harness.setClock(&m_clock);
        m_harness.setLiveUpdates(false);
        QVERIFY(m_harness.startSim(config));
    }

    void folderIsBesideTheAudit()
    {
        QCOMPARE(DayLog::folderBeside(QStringLiteral("/var/lib/x/audit.sqlite")), QStringLiteral("/var/lib/x/daylog"));
        QVERIFY(DayLog::folderBeside(QStringLiteral("postgresql://u@h/db")).endsWith(QStringLiteral("/daylog")));
    }

    void roundTripSkipsTornLines()
    {
        QTemporaryDir dir;
        DayLog log(dir.filePath(QStringLiteral("daylog")));
        const QDate day(2026, 1, 5);
        QVERIFY(log.append(entry(QStringLiteral("a"), local(day, 9, 0), QStringLiteral("OnQueue"))));
        QVERIFY(log.append(entry(QStringLiteral("a"), local(day, 9, 30), QStringLiteral("Break"))));
        // Local 00:30 on the 6th is 23:30 UTC on the 5th: it belongs to the 6th's file.
        QVERIFY(log.append(entry(QStringLiteral("a"), local(day.addDays(1), 0, 30), QStringLiteral("Offline"))));
        {
            QFile file(log.fileFor(day));
            QVERIFY(file.open(QIODevice::Append));
            file.write("not json at all\n{\"time\":5,\"agent_id\":[1],\"kind\":\"status\"}\n"
                       "{\"time\":\"2026-01-05T09:45:00.000Z\",\"agent_id\":\"a\",\"kind\":\"mood\"}\n");
            file.write("{\"time\":\"2026-01-05T09:40:00.000Z\",\"agent_id\":\"a\",\"kind\":\"sta"); // torn
        }
        int skipped = -1;
        QString error;
        const DayLogEntries read = log.read(day, &error, &skipped);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), 2);
        QCOMPARE(skipped, 4);
        QCOMPARE(read.at(1).value, QStringLiteral("Break"));
        QCOMPARE(read.at(1).time, local(day, 9, 30));
        QCOMPARE(log.read(day.addDays(1)).size(), 1);
        QVERIFY(log.read(day.addDays(2)).isEmpty());
    }

    void timelineMergesAndEnds()
    {
        const QDate day(2026, 1, 5);
        DayLogEntries entries {entry(QStringLiteral("a"), local(day, 9, 0), QStringLiteral("OnQueue")),
            entry(QStringLiteral("b"), local(day, 9, 5), QStringLiteral("Meal")),
            entry(QStringLiteral("a"), local(day, 9, 20), QStringLiteral("OnQueue")), // seen again: one segment
            entry(QStringLiteral("a"), local(day, 10, 0), QStringLiteral("Break")),
            entry(QStringLiteral("a"), local(day, 9, 0), QStringLiteral("OnQueueWork"), DayLogEntry::Kind::Scheduled),
            entry(QStringLiteral("a"), local(day, 10, 0), QStringLiteral("Break"), DayLogEntry::Kind::Scheduled),
            entry(QStringLiteral("a"), local(day.addDays(-1), 22, 0), QStringLiteral("Offline"))};
        std::rotate(entries.begin(), entries.end() - 1, entries.end()); // an entry of the day before, first
        const ShiftTimeline t = ShiftTimeline::build(entries, QStringLiteral("a"), day, local(day, 10, 15));
        QCOMPARE(t.agentName, QStringLiteral("Name of a"));
        QCOMPARE(t.statuses.size(), 3);
        QCOMPARE(t.statuses.at(0).value, QStringLiteral("Offline"));
        QCOMPARE(t.statuses.at(0).start, t.dayStart); // clamped to local midnight
        QCOMPARE(t.statuses.at(1).start, local(day, 9, 0));
        QCOMPARE(t.statuses.at(1).end, local(day, 10, 0));
        QCOMPARE(t.statuses.at(2).end, local(day, 10, 15)); // today: until now
        QCOMPARE(t.scheduled.size(), 2);
        QCOMPARE(t.statusAt(local(day, 9, 30))->value, QStringLiteral("OnQueue"));
        // A past day runs to its end.
        const ShiftTimeline past
            = ShiftTimeline::build(entries, QStringLiteral("a"), day, local(day, 10, 15).addDays(3));
        QCOMPARE(past.statuses.last().end, past.dayEnd);
        QCOMPARE(ShiftTimeline::match(entries, QStringLiteral("name of B")), QStringList {QStringLiteral("b")});
        QCOMPARE(ShiftTimeline::match(entries, QStringLiteral("a")), QStringList {QStringLiteral("a")});

        const QList<QByteArray> lines = t.csv().split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("agent_id,agent_name,kind,start,end,seconds,value,label"));
        QCOMPARE(lines.size(), 1 + 5 + 1);
        QVERIFY(lines.at(2).contains("status,2026-01-05T09:00:00+01:00,2026-01-05T10:00:00+01:00,3600,OnQueue"));
        DayLogEntry hostile = entry(QStringLiteral("=cmd"), local(day, 9, 0), QStringLiteral("OnQueue"));
        hostile.agentName = QStringLiteral("=HYPERLINK(\"x\")");
        const QByteArray csv = ShiftTimeline::build({hostile}, hostile.agentId, day, local(day, 9, 10)).csv(false);
        QVERIFY2(csv.startsWith("'=cmd,\"'=HYPERLINK(\"\"x\"\")\",status"), csv.constData());
    }

    // A morning seen by one console, then a restart: the second console's log keeps the morning and adds
    // only what changed; the timeline drawn from it is the server's history of the agent.
    void restartKeepsTheMorning()
    {
        const QString id = org()->activeAgentAt(3);
        setSimPresence(id, QStringLiteral("OnQueue")); // 08:00 UTC, 09:00 in Berlin
        const QDateTime onQueueAt = m_clock.now();
        const QString folder = DayLog::folderBeside(m_harness.auditPath());
        {
            Session *session = m_harness.startSession(Protocol::Genesys);
            QVERIFY2(session, qPrintable(m_harness.lastError()));
            DayLog log(folder);
            DayLogRecorder recorder(&log, session->directory(), &m_clock);
            recorder.setAudit(session->audit());
            QTRY_VERIFY_WITH_TIMEOUT(recorder.isIdle(), 10000);
            QCOMPARE(recorder.written(), session->directory()->size());
            m_clock.advance(45 * 60 * 1000);
            setSimPresence(id, QStringLiteral("Break"));
            QSignalSpy recorded(&recorder, &DayLogRecorder::recorded);
            session->directory()->reread({id});
            QVERIFY(recorded.wait(10000));
            QCOMPARE(recorded.at(0).at(0).toString(), id);
            m_harness.stopSession();
        }
        const QDateTime breakAt = onQueueAt.addSecs(45 * 60);
        m_clock.advance(60 * 60 * 1000); // the console is closed for an hour; the agent goes to lunch
        setSimPresence(id, QStringLiteral("Meal"));
        const QDateTime mealAt = m_clock.now();
        m_clock.advance(10 * 60 * 1000);

        Session *session = m_harness.startSession(Protocol::Genesys);
        QVERIFY2(session, qPrintable(m_harness.lastError()));
        DayLog log(folder);
        DayLogRecorder recorder(&log, session->directory(), &m_clock);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isIdle(), 10000);
        QCOMPARE(recorder.written(), 1); // only the agent that changed while the console was closed
        const QDate today = m_clock.now().toLocalTime().date();
        const ShiftTimeline t = ShiftTimeline::build(log.read(today), id, today, m_clock.now());
        QCOMPARE(t.statuses.size(), 3);
        QCOMPARE(t.statuses.at(0).value, QStringLiteral("OnQueue"));
        QCOMPARE(t.statuses.at(0).start, onQueueAt);
        QCOMPARE(t.statuses.at(1).value, QStringLiteral("Break"));
        QCOMPARE(t.statuses.at(1).start, breakAt);
        QCOMPARE(t.statuses.at(2).value, QStringLiteral("Meal"));
        QCOMPARE(t.statuses.at(2).start, mealAt); // from the time the server says, not the restart
        QCOMPARE(t.statuses.at(2).end, m_clock.now());
        QCOMPARE(t.statuses.at(2).source, QStringLiteral("load"));
    }

    // A folder that cannot be written loses nothing that comes after it is fixed: the failed values are
    // not taken as written, and the error is kept for the console to show.
    void anUnwritableFolderIsToldAndRecovers()
    {
        Session *session = m_harness.session();
        QVERIFY(session);
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("blocked"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        DayLog log(QDir(blocker).filePath(QStringLiteral("daylog")));
        DayLogRecorder recorder(&log, session->directory(), &m_clock);
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isIdle(), 10000);
        QCOMPARE(recorder.written(), 0);
        QVERIFY(!recorder.lastError().isEmpty());

        QVERIFY(QFile::remove(blocker));
        const QString id = org()->activeAgentAt(5);
        m_clock.advance(60 * 1000);
        setSimPresence(id, QStringLiteral("Meal"));
        QSignalSpy recorded(&recorder, &DayLogRecorder::recorded);
        session->directory()->reread({id});
        QVERIFY(recorded.wait(10000));
        QCOMPARE(recorded.at(0).at(0).toString(), id);
        QCOMPARE(recorder.written(), 1);
        const DayLogEntries entries = log.read(m_clock.now().toLocalTime().date());
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0).agentId, id);
        QCOMPARE(entries.at(0).value, QStringLiteral("Meal"));
    }

    // The scheduled activities come from the adherence answers, written when they change.
    void scheduledActivitiesFromAdherence()
    {
        Session *session = m_harness.session();
        QVERIFY(session);
        const QString folder = DayLog::folderBeside(m_harness.auditPath());
        DayLog log(folder);
        DayLogRecorder recorder(&log, session->directory(), &m_clock);
        AdherenceMonitor monitor(session->api(), session->directory(), &m_clock);
        recorder.setAdherence(&monitor);
        monitor.refresh();
        QVERIFY(QTest::qWaitFor([&] { return monitor.rounds() == 1; }, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isIdle(), 10000);
        const int afterFirst = recorder.written();
        QVERIFY(afterFirst >= session->directory()->size());
        monitor.refresh();
        QVERIFY(QTest::qWaitFor([&] { return monitor.rounds() == 2; }, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.isIdle(), 10000);
        QCOMPARE(recorder.written(), afterFirst); // nothing changed
        const QString id = org()->activeAgentAt(3);
        const QDateTime seen = m_clock.now();
        m_clock.advance(60 * 1000);
        const QDate today = m_clock.now().toLocalTime().date();
        const ShiftTimeline t = ShiftTimeline::build(log.read(today), id, today, m_clock.now());
        QCOMPARE(t.scheduled.size(), 1);
        QCOMPARE(t.scheduled.at(0).start, seen);
        QCOMPARE(t.scheduled.at(0).value, monitor.adherence(id).scheduledCategory);
    }
};

QTEST_GUILESS_MAIN(TestDayLog)
#include "tst_daylog.moc"
