// SPDX-License-Identifier: GPL-3.0-or-later
// The queue panel and the not-responding flag, offscreen against the in-process simulator: the panel
// shows the memberships of the agents selected in the roster as the simulator has them, changes one or
// several rows (confirmed by the simulator's state after its delay), reports a change made meanwhile;
// a NOT_RESPONDING agent is highlighted and counted, and clearing it takes two audited presence changes.
#include "ConsoleRig.h"
#include "audit/AuditStore.h"
#include "desktop/AlertNotifier.h"
#include "desktop/MainWindow.h"
#include "desktop/QueuePanel.h"
#include "desktop/SessionStatusBar.h"
#include "models/AgentTableModel.h"
#include "models/QueueMembershipModel.h"
#include "service/AgentDirectory.h"
#include "service/QueueChangeService.h"
#include "service/Session.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QDockWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kAgents = 30;
constexpr int kWait = ConsoleRig::kWait;
constexpr int kSimDelayMs = 300;
} // namespace

class TestQueuePanel : public QObject, public ConsoleRig
{
    Q_OBJECT

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        SimConfig config;
        config.agents = kAgents;
        config.queueApplyDelayMs = kSimDelayMs;
        QVERIFY(startRig(config));
        QVERIFY(signIn(true, payrollSink(), 3000, 3000));
        m_window->session()->queues()->setConfirmDelay(kSimDelayMs + 200);
    }
    void cleanup() { stopRig(); }

    void panelShowsTheSelectedAgentsMembershipsAsTheServerHasThem()
    {
        const QStringList ids = twoAgents();
        QCOMPARE(ids.size(), 2);
        selectAgents(ids);
        QueueMembershipModel *model = m_window->queuePanel()->model();
        int expected = 0;
        for (const QString &id : ids)
            expected += int(org()->user(id)->queueIds.size());
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), expected, kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), kWait);
        verifyPanelMatchesServer();
        QVERIFY(m_window->queuePanel()->summary().contains(QLatin1String("2 agent")));
        // For looking at, not for comparing: STATUSDESK_SCREENSHOT_DIR=… keeps the window as drawn.
        const QString shots = qEnvironmentVariable("STATUSDESK_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            m_window->queueDock()->show();
            m_window->queueDock()->raise();
            m_window->resize(1024, 700);
            QCoreApplication::processEvents();
            QVERIFY(m_window->grab().save(shots + QStringLiteral("/queue-panel.png")));
        }
    }

    void deactivateAndActivateSelectedRows()
    {
        const QStringList ids = twoAgents();
        selectAgents(ids);
        QueuePanel *panel = m_window->queuePanel();
        QueueMembershipModel *model = panel->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2 && !model->isLoading(), kWait);
        // The team queue of each agent (their first membership): two agents in one change.
        QList<int> rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r).membership.queueId == org()->user(model->rowAt(r).agentId)->queueIds.first())
                rows.append(r);
        }
        QCOMPARE(rows.size(), 2);
        panel->selectRows(rows);
        QSignalSpy finished(panel, &QueuePanel::changesFinished);
        QPushButton *deactivate = panel->findChild<QPushButton *>(QStringLiteral("queueDeactivate"));
        QVERIFY(deactivate->isEnabled());
        QTest::mouseClick(deactivate, Qt::LeftButton);
        QVERIFY(finished.wait(kWait));
        for (const QString &id : ids)
            QVERIFY(!org()->user(id)->joinedQueueIds.contains(org()->user(id)->queueIds.first()));
        QTRY_VERIFY_WITH_TIMEOUT(panelMatchesServer(), kWait);
        const QStringList outcomes = outcomesOf(ids.first());
        QVERIFY2(outcomes.contains(QStringLiteral("applied")), qPrintable(outcomes.join(QLatin1Char(','))));

        // A change made meanwhile by someone else: the panel saw it inactive, the server has it active.
        const QString first = ids.first();
        QVERIFY(org()->setQueueJoined(first, org()->user(first)->queueIds.first(), true));
        QList<int> firstRow;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->rowAt(r).agentId == first
                && model->rowAt(r).membership.queueId == org()->user(first)->queueIds.first())
                firstRow.append(r);
        }
        QCOMPARE(firstRow.size(), 1);
        QVERIFY(!model->rowAt(firstRow.first()).membership.joined);
        panel->selectRows(firstRow);
        QVERIFY(panel->changeSelected(true));
        QVERIFY(finished.wait(kWait));
        QCOMPARE(
            finished.last().at(0).value<QueueChangeResults>().value(0).outcome, QueueChangeResult::Outcome::Conflict);
        QVERIFY(panel->summary().contains(QLatin1String("meanwhile")));
        QTRY_VERIFY_WITH_TIMEOUT(panelMatchesServer(), kWait);
    }

    void notRespondingIsFlaggedCountedAndCleared()
    {
        QString agent;
        for (const Agent &a : m_window->session()->directory()->agents()) {
            if (a.status == QLatin1String("OnQueue") && a.routingStatus != QLatin1String("NOT_RESPONDING")) {
                agent = a.id;
                break;
            }
        }
        QVERIFY(!agent.isEmpty());
        const int before = m_window->agentModel()->notRespondingCount();
        QVERIFY(org()->missAlert(agent));
        // Pushed or polled, the row follows; a re-read makes it now.
        m_window->session()->directory()->reread({agent});
        AgentTableModel *model = m_window->agentModel();
        QTRY_VERIFY_WITH_TIMEOUT(
            model->data(model->index(model->rowOf(agent), 0), AgentTableModel::NotRespondingRole).toBool(), kWait);
        QVERIFY(model->data(model->index(model->rowOf(agent), 0), Qt::BackgroundRole).isValid());
        QCOMPARE(model->notRespondingCount(), before + 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->sessionStatus()->countsText().contains(QStringLiteral("%1 not responding").arg(before + 1)),
            kWait);

        // An alert once the agent has stayed not responding past the threshold, once per stay.
        AlertNotifier *alerts = m_window->alerts();
        alerts->setTrayEnabled(false);
        alerts->setNotRespondingThreshold(1);
        QSignalSpy alerted(alerts, &AlertNotifier::alert);
        const auto alertsFor = [&] {
            int n = 0;
            for (const QList<QVariant> &args : std::as_const(alerted))
                n += args.at(0).toString() == agent
                    && args.at(1).toString().contains(QLatin1String("not been responding"));
            return n;
        };
        alerts->check();
        QCOMPARE(alertsFor(), 0); // just seen
        QTRY_VERIFY_WITH_TIMEOUT((alerts->check(), alertsFor() == 1), kWait);
        alerts->check();
        QCOMPARE(alertsFor(), 1);

        QCOMPARE(m_window->clearNotResponding({agent}, QStringLiteral("SystemIssue")), 1);
        QTRY_COMPARE_WITH_TIMEOUT(org()->user(agent)->routingStatus, QStringLiteral("IDLE"), kWait);
        QCOMPARE(statusOf(agent), QStringLiteral("OnQueue"));
        m_window->session()->directory()->reread({agent});
        QTRY_VERIFY_WITH_TIMEOUT(
            !model->data(model->index(model->rowOf(agent), 0), AgentTableModel::NotRespondingRole).toBool(), kWait);
        // Two audited changes: off queue with the reason, then on queue (the outcome is written after the
        // answer: wait for it).
        const auto applied = [&] {
            QStringList out;
            for (const AuditEntry &e : auditOf(agent)) {
                if (e.outcome == QLatin1String("applied"))
                    out.append(e.toStatus + QLatin1Char('/') + e.reason);
            }
            return out;
        };
        QTRY_COMPARE_WITH_TIMEOUT(
            applied(), (QStringList {QStringLiteral("Available/SystemIssue"), QStringLiteral("OnQueue/")}), kWait);
    }

private:
    SimOrganisation *org() const { return m_sim->server()->organisation(); }

    QStringList twoAgents() const
    {
        QStringList ids;
        for (const SimAgent &a : org()->users()) {
            if (a.state == QLatin1String("active") && rowOf(a.id) >= 0 && ids.size() < 2)
                ids.append(a.id);
        }
        return ids;
    }

    bool panelMatchesServer() const
    {
        QueueMembershipModel *model = m_window->queuePanel()->model();
        int expected = 0;
        for (const QString &id : model->agents())
            expected += int(org()->user(id)->queueIds.size());
        if (model->rowCount() != expected)
            return false;
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto &row = model->rowAt(r);
            const SimAgent *a = org()->user(row.agentId);
            if (!a->queueIds.contains(row.membership.queueId)
                || a->joinedQueueIds.contains(row.membership.queueId) != row.membership.joined
                || row.membership.name != org()->queue(row.membership.queueId)->name)
                return false;
        }
        return true;
    }
    void verifyPanelMatchesServer() const { QVERIFY(panelMatchesServer()); }

    QVector<AuditEntry> auditOf(const QString &agentId) const
    {
        AuditQuery query;
        query.agent = agentId;
        query.limit = 0;
        QVector<AuditEntry> entries = m_window->session()->audit()->query(query);
        std::reverse(entries.begin(), entries.end());
        return entries;
    }
    QStringList outcomesOf(const QString &agentId) const
    {
        QStringList out;
        for (const AuditEntry &e : auditOf(agentId))
            out.append(e.outcome);
        return out;
    }
};

QTEST_MAIN(TestQueuePanel)
#include "tst_queuepanel.moc"
