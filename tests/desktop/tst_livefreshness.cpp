// SPDX-License-Identifier: GPL-3.0-or-later
// What the status bar and each row's Freshness say about how live the roster is, checked against the
// simulator's state minutes of test clock after start: Live with every row live, Live with the rows
// whose topics were rejected polled (and the missing permission named), Polling when push is off.
#include "core/ManualClock.h"
#include "desktop/SessionStatusBar.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kWait = 20000;

SimClient presenceOnlyClient()
{
    return SimClient {QStringLiteral("presence-only"), QStringLiteral("presence-only-secret"),
        {QStringLiteral("presence:userPresence:view"), QStringLiteral("presence:userPresence:edit"),
            QStringLiteral("presence:presenceDefinition:view")}};
}

// A simulator and a session on one test clock, the status bar and the roster model on them.
struct LiveRig
{
    ManualClock clock {QDateTime::currentDateTimeUtc()};
    SimFixture sim;
    QTemporaryDir dir;
    std::unique_ptr<Session> session;
    std::unique_ptr<SessionStatusBar> bar;
    std::unique_ptr<AgentTableModel> model;

    bool start(const SimConfig &config, const SimClient &client)
    {
        const QUrl base = sim.start(config, &clock);
        if (base.isEmpty() || !dir.isValid())
            return false;
        Profile profile;
        profile.protocol = Protocol::Genesys;
        profile.apiBase = base;
        profile.clientId = client.id;
        profile.clientSecret = client.secret;
        profile.auditLocation = dir.filePath(QStringLiteral("audit.sqlite"));
        session = std::make_unique<Session>(profile, &clock);
        QSignalSpy ready(session.get(), &Session::ready);
        session->start();
        if (!ready.wait(kWait))
            return false;
        bar = std::make_unique<SessionStatusBar>();
        bar->attach(session.get());
        model = std::make_unique<AgentTableModel>();
        model->setDirectory(session->directory());
        return true;
    }

    ~LiveRig()
    {
        if (bar)
            bar->attach(nullptr);
    }

    // Moves the test clock `ms` forward half a second at a time, letting heartbeats and answers through.
    void advance(qint64 ms)
    {
        for (qint64 moved = 0; moved < ms; moved += 500) {
            clock.advance(500);
            QTest::qWait(2);
        }
    }

    QString freshness(int row) const { return model->index(row, AgentTableModel::Freshness).data().toString(); }

    // Every row's Freshness says `text`.
    bool everyRowSays(const QString &text) const
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (freshness(row) != text)
                return false;
        }
        return model->rowCount() > 0;
    }
};

SimConfig smallOrg()
{
    SimConfig config;
    config.agents = 25;
    config.seed = 11;
    return config;
}

} // namespace

class TestLiveFreshness : public QObject
{
    Q_OBJECT

private slots:
    void liveRowsStayLiveForMinutes();
    void rejectedRowsArePolledAndTheLeadIsTold();
    void pollingWhenPushIsOff();
};

// Nobody changes anything for five minutes: the bar says Live and every row "live", never "stale".
void TestLiveFreshness::liveRowsStayLiveForMinutes()
{
    LiveRig rig;
    QVERIFY(rig.start(
        smallOrg(), SimClient {QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}}));
    QTRY_COMPARE_WITH_TIMEOUT(rig.bar->modeText(), QStringLiteral("Live"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rig.everyRowSays(QStringLiteral("live")), kWait);
    rig.advance(5 * 60 * 1000);
    QCOMPARE(rig.sim.server()->connectedSockets(), 1);
    QCOMPARE(rig.bar->modeText(), QStringLiteral("Live"));
    QVERIFY(rig.everyRowSays(QStringLiteral("live")));
    // An agent changed on the server shows at once, and stays live.
    SimOrganisation *org = rig.sim.server()->organisation();
    const QString id = org->activeAgentAt(2);
    QVERIFY(org->setStatus(id, QStringLiteral("Meeting"), QString(), QString(), QStringLiteral("t")).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(rig.session->directory()->agent(id)->status, QStringLiteral("Meeting"), kWait);
    QCOMPARE(rig.freshness(rig.model->rowOf(id)), QStringLiteral("live"));
}

// A client without routing:agent:view: the simulator rejects every activity topic. The bar says Live
// with all the rows polled and names the permission; each row says "polled every 15 s", and a change on
// the server reaches its row by the next poll.
void TestLiveFreshness::rejectedRowsArePolledAndTheLeadIsTold()
{
    SimConfig config = smallOrg();
    config.clients = {presenceOnlyClient()};
    LiveRig rig;
    QVERIFY(rig.start(config, presenceOnlyClient()));
    const int agents = rig.session->directory()->size();
    const QString expected = QStringLiteral("Live · %1 polled every 15 s (missing routing:agent:view)").arg(agents);
    QTRY_COMPARE_WITH_TIMEOUT(rig.bar->modeText(), expected, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(rig.everyRowSays(QStringLiteral("polled every 15 s")), kWait);
    rig.advance(3 * 60 * 1000);
    QCOMPARE(rig.bar->modeText(), expected);
    QVERIFY(rig.everyRowSays(QStringLiteral("polled every 15 s")));

    SimOrganisation *org = rig.sim.server()->organisation();
    const QString id = org->activeAgentAt(4);
    const QString next = rig.session->directory()->agent(id)->status == QLatin1String("Meeting")
        ? QStringLiteral("Training")
        : QStringLiteral("Meeting");
    QVERIFY(org->setStatus(id, next, QString(), QString(), QStringLiteral("t")).isEmpty());
    rig.advance(15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.session->directory()->agent(id)->status, next, kWait);
    // Polls that stop answering make the rows stale once two periods pass without one.
    rig.sim.server()->setFailRate(1.0);
    rig.advance(45000);
    QTRY_VERIFY_WITH_TIMEOUT(rig.everyRowSays(QStringLiteral("stale")), kWait);
    rig.sim.server()->setFailRate(0);
}

// Push off: the bar says Polling with its period, the rows "polled every 15 s".
void TestLiveFreshness::pollingWhenPushIsOff()
{
    LiveRig rig;
    QVERIFY(rig.start(
        smallOrg(), SimClient {QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}}));
    rig.session->directory()->setPushEnabled(false);
    QTRY_COMPARE_WITH_TIMEOUT(rig.bar->modeText(), QStringLiteral("Polling every 15 s"), kWait);
    QVERIFY(rig.everyRowSays(QStringLiteral("polled every 15 s")));
    rig.advance(2 * 60 * 1000);
    QCOMPARE(rig.bar->modeText(), QStringLiteral("Polling every 15 s"));
    QVERIFY(rig.everyRowSays(QStringLiteral("polled every 15 s")));
}

QTEST_MAIN(TestLiveFreshness)
#include "tst_livefreshness.moc"
