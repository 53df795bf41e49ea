// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleRig.h"
#include "api/AdherenceReader.h"
#include "core/RosterScope.h"
#include "desktop/AdherenceConsole.h"
#include "desktop/MainWindow.h"
#include "desktop/RosterView.h"
#include "desktop/SessionStatusBar.h"
#include "desktop/ShiftTimelineView.h"
#include "desktop/TimelinePanel.h"
#include "models/AdherenceLabels.h"
#include "models/AgentTableModel.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"
#include "service/DayLog.h"
#include "service/Session.h"
#include "service/ShiftTimeline.h"
#include "sim/SimAdherence.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The console's adherence and shift timeline, offscreen against the simulator: the Scheduled column and
// the status bar count are the server's; the timeline draws the day log's segments in their colours,
// its last status is the server's, and the PNG and CSV exports hold what is drawn.
class TestTimeline : public QObject, public ConsoleRig
{
    Q_OBJECT

private:
    AgentAdherence serverAdherence(const QString &id) const
    {
        AgentAdherence a;
        AdherenceReader::readRecord(
            m_sim->server()->adherence()->record(*m_sim->server()->organisation()->user(id)), &a);
        return a;
    }

private slots:
    void init()
    {
        SimConfig config;
        config.agents = 40;
        QVERIFY(startRig(config));
        QVERIFY(signIn(true, payrollSink(), 3000, 3000));
    }

    void cleanup() { stopRig(); }

    void scheduledColumnIsTheServers()
    {
        AdherenceMonitor *monitor = m_window->adherence()->monitor();
        QVERIFY(monitor);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->rounds() >= 1, kWait);
        AgentTableModel *model = m_window->agentModel();
        int out = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->agentAt(row).id;
            const AgentAdherence server = serverAdherence(id);
            out += server.isOut() ? 1 : 0;
            QCOMPARE(model->index(row, AgentTableModel::Scheduled).data().toString(), AdherenceLabels::cell(server));
            QCOMPARE(model->index(row, AgentTableModel::Scheduled).data(AgentTableModel::OutOfAdherenceRole).toBool(),
                server.isOut());
        }
        QCOMPARE(m_window->sessionStatus()->adherenceText(), QStringLiteral("%1 out of adherence").arg(out));
        // The column is on screen beside the status.
        const int statusX = m_window->roster()->table()->columnViewportPosition(AgentTableModel::Presence);
        const int scheduledX = m_window->roster()->table()->columnViewportPosition(AgentTableModel::Scheduled);
        QVERIFY(scheduledX > statusX);
    }

    // Another scope: the console keeps its adherence monitor, and with it the episodes already alerted
    // (a new monitor would alert each again), and reads the new roster's adherence at once.
    void scopeChangeKeepsTheMonitor()
    {
        const QPointer<AdherenceMonitor> monitor = m_window->adherence()->monitor();
        QVERIFY(monitor);
        QTRY_VERIFY_WITH_TIMEOUT(monitor->rounds() >= 1, kWait);
        const int rounds = monitor->rounds();
        Session *session = m_window->session();
        QSignalSpy ready(session, &Session::ready);
        session->changeScope(RosterScope::teams({QStringLiteral("Support")}));
        QVERIFY(ready.wait(kWait));
        QVERIFY(monitor);
        QCOMPARE(m_window->adherence()->monitor(), monitor.data());
        QTRY_VERIFY_WITH_TIMEOUT(monitor->rounds() > rounds, kWait); // not 30 s later
        AgentDirectory *directory = session->directory();
        QVERIFY(directory->size() > 0 && directory->size() < 40);
        int out = 0;
        for (const Agent &agent : directory->rows()) {
            QVERIFY(monitor->adherence(agent.id).isValid());
            out += serverAdherence(agent.id).isOut() ? 1 : 0;
        }
        QCOMPARE(monitor->records().size(), directory->size());
        QTRY_COMPARE(m_window->sessionStatus()->adherenceText(), QStringLiteral("%1 out of adherence").arg(out));
    }

    void timelineDrawsTheDayLog()
    {
        const QString id = agentInTeam(QStringLiteral("Support"));
        QVERIFY(!id.isEmpty());
        const QString first = statusOf(id);
        const QString second = first == QLatin1String("Break") ? QStringLiteral("Meal") : QStringLiteral("Break");
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->directory()->mode(), AgentDirectory::Mode::Push, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).pushed, kWait);
        setStatus(id, second);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).status, second, kWait);
        setStatus(id, QStringLiteral("OnQueue"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).status, QStringLiteral("OnQueue"), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->adherence()->monitor()->rounds() >= 1, kWait);

        // The day log is beside the audit file and holds the three statuses.
        const QString folder = DayLog::folderBeside(m_dir->filePath(QStringLiteral("audit.sqlite")));
        QCOMPARE(m_window->adherence()->dayLogFolder(), folder);
        const QDate today = QDate::currentDate();
        // The recorder writes as the row's change is announced: wait for the third status to be in.
        const auto read = [&] {
            return ShiftTimeline::build(DayLog(folder).read(today), id, today, QDateTime::currentDateTimeUtc());
        };
        QTRY_COMPARE_WITH_TIMEOUT(read().statuses.size(), 3, kWait);
        const ShiftTimeline expected = read();
        QCOMPARE(expected.statuses.at(0).value, first);
        QCOMPARE(expected.statuses.at(1).value, second);
        QCOMPARE(expected.statuses.last().value, statusOf(id)); // the server's status now

        m_window->timelineDock()->show();
        m_window->timelineDock()->raise();
        TimelinePanel *panel = m_window->timelinePanel();
        QSignalSpy reloaded(panel, &TimelinePanel::reloaded);
        selectAgents({id});
        panel->reload();
        QVERIFY(reloaded.wait(kWait));
        ShiftTimelineView *view = panel->view();
        QTRY_COMPARE(view->timelines().size(), 1);
        const ShiftTimeline &drawn = view->timelines().first();
        QCOMPARE(drawn.agentId, id);
        QCOMPARE(drawn.statuses.size(), 3);
        QCOMPARE(drawn.statuses.last().value, QStringLiteral("OnQueue"));
        QCOMPARE(drawn.scheduled.size(), 1);
        const AgentAdherence server = serverAdherence(id);
        QCOMPARE(drawn.scheduled.first().value,
            server.state == QLatin1String("Unscheduled") ? server.state : server.scheduledCategory);

        // What is drawn: each segment wide enough to see has its status's colour in the status lane,
        // the scheduled activity its colour in the lane above.
        QTRY_VERIFY(view->width() > 300);
        const QImage image = view->grab().toImage();
        int checked = 0;
        for (const ShiftTimeline::Segment &s : drawn.statuses) {
            const int x0 = view->xFor(s.start);
            const int x1 = view->xFor(s.end);
            if (x1 - x0 < 4)
                continue;
            QCOMPARE(image.pixelColor((x0 + x1) / 2, view->statusLaneY(0)).rgb(),
                ShiftTimelineView::statusColor(s.value).rgb());
            ++checked;
        }
        QVERIFY(checked >= 1);
        const ShiftTimeline::Segment &plan = drawn.scheduled.first();
        if (view->xFor(plan.end) - view->xFor(plan.start) >= 2)
            QCOMPARE(image.pixelColor(view->xFor(plan.start), view->scheduledLaneY(0)).rgb(),
                ShiftTimelineView::activityColor(plan.value).rgb());
        // The lane before the first segment is empty.
        if (view->xFor(drawn.statuses.first().start) > view->xFor(view->rangeStart()) + 2)
            QVERIFY(image.pixelColor(view->xFor(view->rangeStart()) + 1, view->statusLaneY(0)).rgb()
                != ShiftTimelineView::statusColor(first).rgb());

        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("t.png"));
        const QString csv = out.filePath(QStringLiteral("t.csv"));
        QVERIFY(panel->exportPng(png));
        QCOMPARE(QImage(png).size(), view->size() * view->devicePixelRatio());
        QVERIFY(panel->exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 3 + 1);
        QVERIFY(lines.at(3).contains(",status,"));
        QVERIFY(lines.at(3).contains(",OnQueue"));

        // The whole scope: one row per agent of the roster the day log knows.
        panel->setShow(TimelinePanel::Show::Scope);
        QTRY_COMPARE(view->timelines().size(), m_window->agentModel()->rowCount());
    }

    // Closed (its default), the timeline reads nothing as the day log grows: with 10,000 agents each
    // read is the whole day. Opened, it reads at once and draws the change made while it was closed.
    void closedTimelineReadsOnlyWhenOpened()
    {
        const QString id = agentInTeam(QStringLiteral("Support"));
        QVERIFY(!id.isEmpty());
        const QString target
            = statusOf(id) == QLatin1String("Break") ? QStringLiteral("Meal") : QStringLiteral("Break");
        TimelinePanel *panel = m_window->timelinePanel();
        QVERIFY(!panel->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->directory()->mode(), AgentDirectory::Mode::Push, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).pushed, kWait);
        selectAgents({id});
        QTest::qWait(500); // whatever the sign-in started has ended
        QSignalSpy reloaded(panel, &TimelinePanel::reloaded);
        setStatus(id, target);
        const QString folder = DayLog::folderBeside(m_dir->filePath(QStringLiteral("audit.sqlite")));
        const QDate today = QDate::currentDate();
        const auto written = [&] {
            const ShiftTimeline t
                = ShiftTimeline::build(DayLog(folder).read(today), id, today, QDateTime::currentDateTimeUtc());
            return !t.statuses.isEmpty() && t.statuses.last().value == target;
        };
        QTRY_VERIFY_WITH_TIMEOUT(written(), kWait);
        QTest::qWait(3000); // past the 2 s within which an open panel reads again
        QCOMPARE(reloaded.count(), 0);
        QVERIFY(!panel->isLoading());

        m_window->timelineDock()->show();
        m_window->timelineDock()->raise();
        QVERIFY(reloaded.wait(kWait));
        QTRY_COMPARE(panel->view()->timelines().size(), 1);
        QCOMPARE(panel->view()->timelines().first().statuses.last().value, target);
    }
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
