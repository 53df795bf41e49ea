// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ManualClock.h"
#include "desktop/ShiftTimelineView.h"
#include "desktop/TimelinePanel.h"
#include "service/DayLog.h"
#include "service/ShiftTimeline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

// The timeline panel on real day log files, offscreen: a read still running when the panel moves on
// (sign-out, another day) never reaches the drawing, and a refresh costs the shown agents' entries,
// not the day's (10,000 agents, the figures printed).
class TestTimelinePanel : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPerAgent = 12; // statuses and activities of one agent's day

    QTemporaryDir m_dir;
    QDate m_day {2026, 11, 25};

    static QString agentId(int i) { return QStringLiteral("agent-%1").arg(i, 5, 10, QLatin1Char('0')); }

    // `agents` agents, each kPerAgent entries from 08:00 local on, interleaved as the recorder writes them.
    DayLogEntries dayOf(int agents) const
    {
        static const QStringList statuses {QStringLiteral("Available"), QStringLiteral("OnQueue"),
            QStringLiteral("Break"), QStringLiteral("OnQueue"), QStringLiteral("Meal"), QStringLiteral("Away")};
        DayLogEntries out;
        out.reserve(agents * kPerAgent);
        const QDateTime start = QDateTime(m_day, QTime(8, 0)).toUTC();
        for (int n = 0; n < kPerAgent; ++n) {
            for (int i = 0; i < agents; ++i) {
                DayLogEntry e;
                e.time = start.addSecs(qint64(n) * 1800 + i % 60);
                e.agentId = agentId(i);
                e.agentName = QStringLiteral("Agent %1").arg(i);
                e.kind = n % 3 == 2 ? DayLogEntry::Kind::Scheduled : DayLogEntry::Kind::Status;
                e.value = e.kind == DayLogEntry::Kind::Scheduled ? QStringLiteral("OnQueueWork")
                                                                 : statuses.at((n + i) % statuses.size());
                e.source = QStringLiteral("push");
                out.append(e);
            }
        }
        return out;
    }

    QString writeDay(const QString &name, const QDate &day, const DayLogEntries &entries) const
    {
        const QString folder = m_dir.filePath(name);
        DayLog log(folder);
        QDir().mkpath(folder);
        QFile file(log.fileFor(day));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        QByteArray all;
        for (const DayLogEntry &e : entries)
            all += QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) + '\n';
        file.write(all);
        return folder;
    }

    static QStringList idsOf(int agents)
    {
        QStringList ids;
        for (int i = 0; i < agents; ++i)
            ids.append(agentId(i));
        return ids;
    }

    // Milliseconds of the fastest of a few redraws of the whole scope, as a refresh does them.
    static double rebuildMs(TimelinePanel &panel)
    {
        double best = 1e9;
        for (int i = 0; i < 5; ++i) {
            panel.setShow(TimelinePanel::Show::Selected);
            QElapsedTimer timer;
            timer.start();
            panel.setShow(TimelinePanel::Show::Scope); // redraws at once, on this thread
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
        }
        return best;
    }

    // The longest the UI thread is held while the day log is read again and drawn (ms).
    static double longestStallMs(TimelinePanel &panel)
    {
        QSignalSpy reloaded(&panel, &TimelinePanel::reloaded);
        QElapsedTimer since;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(0);
        QObject::connect(&ticker, &QTimer::timeout, &panel, [&] {
            longest = std::max(longest, since.nsecsElapsed());
            since.restart();
        });
        since.start();
        ticker.start();
        panel.reload();
        const bool done = reloaded.wait(60000);
        ticker.stop();
        return done ? double(longest) / 1e6 : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Signed out while the day log is still being read: the answer that comes after draws nothing.
    void aReadRunningAtSignOutIsDropped()
    {
        const QString folder = writeDay(QStringLiteral("signout"), m_day, dayOf(2000));
        ManualClock clock(QDateTime(m_day, QTime(18, 0)).toUTC());
        TimelinePanel panel;
        panel.resize(900, 400);
        panel.show();
        panel.setSelectedAgents({agentId(1), agentId(2)});
        QList<int> drawn; // timelines drawn at each reload
        connect(&panel, &TimelinePanel::reloaded, this, [&] { drawn.append(int(panel.view()->timelines().size())); });
        panel.attach(folder, nullptr, &clock, [] { return idsOf(2000); });
        QVERIFY(panel.isLoading());
        panel.attach({}, nullptr, nullptr, {}); // as the window does at sign-out
        QCOMPARE(drawn, QList<int> {0});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && drawn.size() >= 2, 30000);
        QCOMPARE(drawn, QList<int>(drawn.size(), 0));
        QVERIFY(panel.view()->timelines().isEmpty());
        QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("timelineExportCsv"))->isEnabled());

        // The same read, left to finish, draws both agents: the one above was dropped, not empty.
        drawn.clear();
        panel.attach(folder, nullptr, &clock, [] { return idsOf(2000); });
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && !drawn.isEmpty(), 30000);
        QCOMPARE(panel.view()->timelines().size(), 2);
    }

    // Another day chosen while a day is being read: what is drawn at each reload is never the other day's.
    void aReadOfAnotherDayIsDropped()
    {
        const QString folder = writeDay(QStringLiteral("days"), m_day, dayOf(2000));
        ManualClock clock(QDateTime(m_day.addDays(2), QTime(18, 0)).toUTC());
        TimelinePanel panel;
        panel.resize(900, 400);
        panel.show();
        panel.setSelectedAgents({agentId(1), agentId(2)});
        QSignalSpy reloaded(&panel, &TimelinePanel::reloaded);
        panel.attach(folder, nullptr, &clock, [] { return idsOf(2000); });
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && reloaded.count() >= 1, 30000);
        QVERIFY(panel.view()->timelines().isEmpty()); // nothing two days later

        QList<int> drawn; // timelines drawn at each reload after the day below is chosen
        bool watching = false;
        connect(&panel, &TimelinePanel::reloaded, this, [&] {
            if (watching)
                drawn.append(int(panel.view()->timelines().size()));
        });
        panel.setDay(m_day);
        QVERIFY(panel.isLoading());
        watching = true;
        panel.setDay(m_day.addDays(1)); // the day after: no file
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && !drawn.isEmpty(), 30000);
        QCOMPARE(drawn, QList<int> {0});
        QVERIFY(panel.view()->timelines().isEmpty());

        panel.setDay(m_day);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && panel.view()->timelines().size() == 2, 30000);
    }

    // With 300 agents shown, a redraw costs their entries: a day of 10,000 agents takes no longer than
    // one of 1,000. What is drawn is each agent's timeline from the whole day.
    void refreshCostsTheShownAgents()
    {
        ManualClock clock(QDateTime(m_day, QTime(18, 0)).toUTC());
        QMap<int, double> rebuild;
        QMap<int, double> stall;
        for (const int agents : {1000, 10000}) {
            const DayLogEntries entries = dayOf(agents);
            const QString folder = writeDay(QStringLiteral("cost-%1").arg(agents), m_day, entries);
            TimelinePanel panel;
            panel.resize(1200, 800);
            panel.show();
            const QStringList ids = idsOf(agents);
            panel.setShow(TimelinePanel::Show::Scope);
            QSignalSpy reloaded(&panel, &TimelinePanel::reloaded);
            panel.attach(folder, nullptr, &clock, [ids] { return ids; });
            QTRY_VERIFY_WITH_TIMEOUT(!panel.isLoading() && reloaded.count() >= 1, 60000);
            QCOMPARE(panel.view()->timelines().size(), TimelinePanel::MaxRows);
            for (const int row : {0, 149, TimelinePanel::MaxRows - 1}) {
                const ShiftTimeline &t = panel.view()->timelines().at(row);
                const ShiftTimeline expected = ShiftTimeline::build(entries, ids.at(row), m_day, clock.now());
                QCOMPARE(t.agentId, ids.at(row));
                QCOMPARE(t.agentName, expected.agentName);
                QCOMPARE(t.statuses.size(), expected.statuses.size());
                QCOMPARE(t.scheduled.size(), expected.scheduled.size());
                QCOMPARE(t.statuses.last().value, expected.statuses.last().value);
                QCOMPARE(t.statuses.first().start, expected.statuses.first().start);
            }
            rebuild[agents] = rebuildMs(panel);
            stall[agents] = longestStallMs(panel);
            QVERIFY(stall[agents] >= 0);
            qInfo("timeline refresh, %d agents x %d entries, %d rows shown: redraw %.2f ms, longest UI stall "
                  "during a reload %.2f ms",
                agents, kPerAgent, TimelinePanel::MaxRows, rebuild[agents], stall[agents]);
        }
        // Ten times the day, the same rows shown: about the same redraw, with room for a busy machine (a
        // scan of the whole day per row took 18 times as long: 10,257 ms against 562 ms in a Debug build).
        QVERIFY2(rebuild[10000] < 5 * rebuild[1000] + 10.0,
            qPrintable(QStringLiteral("%1 ms against %2 ms").arg(rebuild[10000]).arg(rebuild[1000])));
    }
};

QTEST_MAIN(TestTimelinePanel)
#include "tst_timelinepanel.moc"
