// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "core/ManualClock.h"
#include "core/RosterScope.h"
#include "models/AgentTableModel.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"
#include "sim/SimAdherence.h"
#include "sim/SimOrganisation.h"
#include "sim/SimSchedule.h"

#include <QSignalSpy>
#include <QTest>

// The roster's adherence against the simulator: 100 ids a request, rounds within a tenth of the budget
// over time, the records the simulator holds, the Scheduled column, alerts after a threshold, and a
// client without the permission. Simulator and session share a ManualClock (Monday 08:00 UTC).
class TestAdherence : public QObject
{
    Q_OBJECT

private:
    static constexpr int kAgents = 250;
    static const QString kPath;

    ManualClock m_clock;
    SessionHarness m_harness;
    Session *m_session = nullptr;

    qint64 adherenceRequests() const
    {
        return m_harness.server()->requestsByPath().value(QStringLiteral("GET ") + kPath).toInteger();
    }

    bool waitForRounds(AdherenceMonitor &monitor, int rounds)
    {
        return QTest::qWaitFor([&] { return monitor.rounds() >= rounds; }, 20000);
    }

    // Moves the clock in steps, letting each round's answers in.
    void advance(qint64 ms, qint64 step = 1000)
    {
        for (qint64 done = 0; done < ms; done += step) {
            m_clock.advance(std::min(step, ms - done));
            QTest::qWait(2);
        }
    }

    SimOrganisation *org() const { return m_harness.server()->organisation(); }
    SimAdherence *simAdherence() const { return m_harness.server()->adherence(); }

    void setSimPresence(const QString &id, const QString &system)
    {
        QVERIFY(
            org()->setPresence(id, org()->systemDefinition(system)->id, std::nullopt, QStringLiteral("t")).isEmpty());
    }

    // Agents of the roster outside `team` whose schedule has queue work from now for `minutes`.
    QStringList queueWorkers(int count, int minutes, const QString &notTeam) const
    {
        QStringList out;
        const QDateTime now = m_clock.now();
        for (const Agent &agent : m_session->directory()->rows()) {
            const SimAgent *sim = org()->user(agent.id);
            if (!sim || org()->teamName(*sim) == notTeam)
                continue;
            const SimSchedule schedule = simAdherence()->scheduleOf(agent.id);
            bool working = true;
            for (int m = 0; m <= minutes && working; ++m)
                working = schedule.categoryAt(now.addSecs(qint64(m) * 60)) == QLatin1String("OnQueueWork");
            if (working)
                out.append(agent.id);
            if (out.size() == count)
                break;
        }
        return out;
    }

    static int alertsFor(const QSignalSpy &alerts, const QString &id)
    {
        int n = 0;
        for (const QList<QVariant> &a : alerts)
            n += a.at(0).toString() == id ? 1 : 0;
        return n;
    }

    bool changeScope(const RosterScope &scope)
    {
        QSignalSpy ready(m_session, &Session::ready);
        m_session->changeScope(scope);
        return ready.wait(20000);
    }

private slots:
    void initTestCase()
    {
        SimConfig config;
        config.agents = kAgents;
        config.rateLimitPerMinute = 300;
        config.clients = {{QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}},
            {QStringLiteral("no-wfm"), QStringLiteral("no-wfm-secret"),
                {QStringLiteral("presence:userPresence:edit"), QStringLiteral("presence:presenceDefinition:view"),
                    QStringLiteral("presence:userPresence:view"), QStringLiteral("routing:agent:view")}}};
        m_harness.setClock(&m_clock);
        m_harness.setLiveUpdates(false);
        QVERIFY(m_harness.startSim(config));
        m_session = m_harness.startSession(Protocol::Genesys);
        QVERIFY2(m_session, qPrintable(m_harness.lastError()));
        QCOMPARE(m_session->directory()->size(), kAgents);
    }

    // A test that failed half-way leaves no fault and no other scope to the next.
    void cleanup()
    {
        m_harness.server()->clearFaults();
        if (m_session && !m_session->scope().isOrganisation())
            QVERIFY(changeScope(RosterScope::organisation()));
    }

    void readsTheRosterInRequestsOfHundred()
    {
        AdherenceMonitor monitor(m_session->api(), m_session->directory(), &m_clock);
        m_harness.server()->resetCounters();
        monitor.refresh();
        QVERIFY(waitForRounds(monitor, 1));
        QCOMPARE(adherenceRequests(), 3);
        QCOMPARE(monitor.records().size(), kAgents);
        QVERIFY(!monitor.lastError().isError());
        // Each record is the simulator's.
        int out = 0;
        for (const Agent &agent : m_session->directory()->rows()) {
            const QJsonObject server = simAdherence()->record(*org()->user(agent.id));
            const AgentAdherence mine = monitor.adherence(agent.id);
            QCOMPARE(mine.state, server.value(QStringLiteral("adherenceState")).toString());
            QCOMPARE(mine.scheduledCategory, server.value(QStringLiteral("scheduledActivityCategory")).toString());
            QCOMPARE(mine.actualCategory, server.value(QStringLiteral("actualActivityCategory")).toString());
            out += mine.isOut() ? 1 : 0;
        }
        QCOMPARE(monitor.outOfAdherenceCount(), out);
        QVERIFY(out > 0);
    }

    // Over ten minutes of rounds the reads stay within a tenth of the budget per minute, never more
    // often than the shortest period.
    void roundsKeepWithinTheBudget()
    {
        AdherenceMonitor monitor(m_session->api(), m_session->directory(), &m_clock);
        QCOMPARE(monitor.intervalMs(), AdherenceMonitor::MinIntervalMs); // 3 requests a round, 30 a minute allowed
        m_harness.server()->resetCounters();
        monitor.start();
        QVERIFY(waitForRounds(monitor, 1));
        advance(10 * 60 * 1000);
        monitor.stop();
        const qint64 requests = adherenceRequests();
        // A round every 30 s (and the time its answers take): at most 1 + 20 rounds of 3 requests, where
        // a tenth of the budget would allow 300; rounds go on.
        QVERIFY2(requests >= 3 * 15 && requests <= 3 * 21, qPrintable(QString::number(requests)));
        QCOMPARE(requests % 3, 0);
    }

    void periodGrowsWithTheRoster()
    {
        ApiClientOptions options = m_session->api()->options();
        const ApiClientOptions before = options;
        options.requestsPerMinute = 30; // 3 a minute for adherence: a round of 3 requests a minute
        m_session->api()->setOptions(options);
        AdherenceMonitor monitor(m_session->api(), m_session->directory(), &m_clock);
        QCOMPARE(monitor.intervalMs(), 60000);
        m_session->api()->setOptions(before);
    }

    // The Scheduled column says what the schedule has, and since when an agent is out of adherence.
    void columnShowsTheSchedule()
    {
        const QString id = org()->activeAgentAt(1); // 06:30-08:30 queue work
        setSimPresence(id, QStringLiteral("OnQueue"));
        m_clock.advance(60 * 1000);
        setSimPresence(id, QStringLiteral("Meal"));
        AdherenceMonitor monitor(m_session->api(), m_session->directory(), &m_clock);
        AgentTableModel model;
        model.setTicking(false);
        model.setDirectory(m_session->directory());
        model.setAdherence(&monitor);
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, AgentTableModel::Scheduled);
        QVERIFY(cell.data().toString().isEmpty());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        monitor.refresh();
        QVERIFY(waitForRounds(monitor, 1));
        QVERIFY(!changed.isEmpty());
        const QString since = QLocale().toString(m_clock.now().toLocalTime().time(), QLocale::ShortFormat);
        QCOMPARE(cell.data().toString(), QStringLiteral("Out since %1 · On queue work").arg(since));
        QVERIFY(cell.data(AgentTableModel::OutOfAdherenceRole).toBool());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Out of adherence since %1").arg(since)));
        QVERIFY(cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.headerData(AgentTableModel::Scheduled, Qt::Horizontal).toString(), QStringLiteral("Scheduled"));

        setSimPresence(id, QStringLiteral("OnQueue"));
        monitor.refresh();
        QVERIFY(waitForRounds(monitor, 2));
        QCOMPARE(cell.data().toString(), QStringLiteral("On queue work"));
        QVERIFY(!cell.data(AgentTableModel::OutOfAdherenceRole).toBool());
        QVERIFY(!cell.data(Qt::BackgroundRole).isValid());
    }

    // Queue work's threshold is 5 minutes: the alert comes once, after 5 minutes out of adherence.
    void alertsOncePastTheThreshold()
    {
        const QString id = org()->activeAgentAt(7); // 07:30-09:30 queue work
        setSimPresence(id, QStringLiteral("OnQueue"));
        m_clock.advance(60 * 1000);
        setSimPresence(id, QStringLiteral("Away"));
        AdherenceMonitor monitor(m_session->api(), m_session->directory(), &m_clock);
        QSignalSpy alerts(&monitor, &AdherenceMonitor::overThreshold);
        monitor.start();
        QVERIFY(waitForRounds(monitor, 1));
        advance(4 * 60 * 1000);
        QVERIFY(!monitor.isOverThreshold(id));
        for (const QList<QVariant> &a : std::as_const(alerts))
            QVERIFY(a.at(0).toString() != id);
        advance(2 * 60 * 1000);
        QVERIFY(monitor.isOverThreshold(id));
        advance(3 * 60 * 1000);
        int forAgent = 0;
        for (const QList<QVariant> &a : std::as_const(alerts)) {
            if (a.at(0).toString() == id) {
                ++forAgent;
                QCOMPARE(a.at(1).value<AgentAdherence>().scheduledCategory, QStringLiteral("OnQueueWork"));
            }
        }
        QCOMPARE(forAgent, 1);
        monitor.stop();
    }

    // Over a scope change and back: an agent that has left the roster is not alerted, even while the
    // rounds fail (which keeps the last records), and an episode already alerted is not alerted again
    // when its agent comes back in it.
    void scopeChangeNeitherRepeatsNorAlertsTheLeft()
    {
        const QString team = QStringLiteral("Billing");
        const QStringList ids = queueWorkers(2, 20, team);
        QCOMPARE(ids.size(), 2);
        const QString alerted = ids.at(0); // over its threshold before the scope change
        const QString leaving = ids.at(1); // would cross it after leaving the roster
        setSimPresence(alerted, QStringLiteral("OnQueue"));
        setSimPresence(leaving, QStringLiteral("OnQueue"));
        m_clock.advance(60 * 1000);
        setSimPresence(alerted, QStringLiteral("Away"));
        AdherenceMonitor monitor(m_session->api(), m_session->directory(), &m_clock);
        monitor.setThresholds({{QStringLiteral("OnQueueWork"), 3}});
        QSignalSpy alerts(&monitor, &AdherenceMonitor::overThreshold);
        monitor.start();
        QVERIFY(waitForRounds(monitor, 1));
        advance(2 * 60 * 1000);
        setSimPresence(leaving, QStringLiteral("Away"));
        advance(90 * 1000);
        QCOMPARE(alertsFor(alerts, alerted), 1);
        QCOMPARE(alertsFor(alerts, leaving), 0);
        QVERIFY(monitor.adherence(leaving).isOut());

        // A scope without either, whose adherence reads fail: no answer removes a record.
        m_harness.server()->failNext("GET", kPath, 503, 1000);
        QVERIFY(changeScope(RosterScope::teams({team})));
        QCOMPARE(m_session->directory()->rowOf(alerted), -1);
        QCOMPARE(m_session->directory()->rowOf(leaving), -1);
        QVERIFY(m_session->directory()->size() > 0);
        advance(3 * 60 * 1000); // past the leaving agent's threshold
        QVERIFY(monitor.rounds() >= 3);
        QCOMPARE(alertsFor(alerts, leaving), 0);
        QVERIFY(!monitor.adherence(leaving).isValid());
        QVERIFY(!monitor.adherence(alerted).isValid());
        for (auto it = monitor.records().constBegin(); it != monitor.records().constEnd(); ++it)
            QVERIFY(m_session->directory()->rowOf(it.key()) >= 0);

        // Back to the whole organisation, a round at once: the alerted episode goes on and is not alerted
        // again; the other agent, over its threshold on the roster now, is alerted once.
        m_harness.server()->clearFaults();
        QVERIFY(changeScope(RosterScope::organisation()));
        const int rounds = monitor.rounds();
        monitor.restartRound();
        QVERIFY(waitForRounds(monitor, rounds + 1));
        QVERIFY(monitor.adherence(alerted).isOut());
        advance(60 * 1000);
        QCOMPARE(alertsFor(alerts, alerted), 1);
        QCOMPARE(alertsFor(alerts, leaving), 1);
        monitor.stop();
    }

    // Without wfm:realtimeAdherence:view the column says so and no more requests are spent.
    void missingPermissionIsSaid()
    {
        Profile profile = m_harness.profile(Protocol::Genesys);
        profile.clientId = QStringLiteral("no-wfm");
        profile.clientSecret = QStringLiteral("no-wfm-secret");
        Session *session = m_harness.startSession(profile);
        QVERIFY2(session, qPrintable(m_harness.lastError()));
        m_session = session;
        AdherenceMonitor monitor(session->api(), session->directory(), &m_clock);
        QSignalSpy missing(&monitor, &AdherenceMonitor::permissionMissingChanged);
        AgentTableModel model;
        model.setTicking(false);
        model.setDirectory(session->directory());
        model.setAdherence(&monitor);
        m_harness.server()->resetCounters();
        monitor.start();
        QVERIFY(waitForRounds(monitor, 1));
        QCOMPARE(missing.count(), 1);
        QVERIFY(monitor.permissionMissing());
        QCOMPARE(monitor.lastError().missingPermission, QStringLiteral("wfm:realtimeAdherence:view"));
        QCOMPARE(model.index(0, AgentTableModel::Scheduled).data().toString(), QStringLiteral("No permission"));
        QVERIFY(model.index(0, AgentTableModel::Scheduled)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("wfm:realtimeAdherence:view")));
        const qint64 spent = adherenceRequests();
        QVERIFY(spent >= 1 && spent <= 3);
        advance(3 * 60 * 1000);
        QCOMPARE(adherenceRequests(), spent);
    }
};

const QString TestAdherence::kPath = QStringLiteral("/api/v2/workforcemanagement/adherence");

QTEST_GUILESS_MAIN(TestAdherence)
#include "tst_adherence.moc"
