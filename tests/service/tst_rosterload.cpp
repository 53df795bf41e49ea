// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-organisation roster against the simulator: 10,000 agents in pages of 500 (at most 20
// listing requests, counted by the simulator), at least 250 of the minute's 300 requests left once push
// is live, and rows that are there, sorted and filtered, before the last page has arrived.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "core/StatusCatalogue.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "sim/SimOrganisation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {

constexpr int kAgents = 10000;
constexpr int kWaitMs = 30000;

int activeUsers(SimServer *server)
{
    int active = 0;
    for (const SimAgent &agent : server->organisation()->users())
        active += agent.state == QLatin1String("active") ? 1 : 0;
    return active;
}

qint64 served(SimServer *server, const QString &methodAndPath)
{
    return qint64(server->requestsByPath().value(methodAndPath).toDouble());
}

// The proxy's own order, to check that its rows are sorted.
class SortedProxy : public AgentFilterProxyModel
{
public:
    using AgentFilterProxyModel::lessThan;
};

// The names of the proxy's rows, in its order.
QStringList shownNames(const SortedProxy &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names.append(proxy.index(row, AgentTableModel::Name).data(AgentTableModel::SortRole).toString());
    return names;
}

} // namespace

class TestRosterLoad : public QObject
{
    Q_OBJECT

private slots:
    void tenThousandInTwentyListingsWithTheBudgetLeft()
    {
        SessionHarness harness;
        SimConfig config;
        config.agents = kAgents;
        QVERIFY(harness.startSim(config));
        const int active = activeUsers(harness.server());
        Session *session = harness.startSession(Protocol::Genesys);
        QVERIFY2(session, qPrintable(harness.lastError()));
        AgentDirectory *directory = session->directory();
        QCOMPARE(directory->size(), active);
        QTRY_COMPARE_WITH_TIMEOUT(directory->mode(), AgentDirectory::Mode::Push, kWaitMs);
        // Whatever the live set-up would still send has had its chance to leave.
        QTest::qWait(500);
        const QJsonObject byPath = harness.server()->requestsByPath();
        qInfo().noquote() << "requests served:" << harness.server()->requestsServed()
                          << QJsonDocument(byPath).toJson(QJsonDocument::Compact);
        const qint64 listings = served(harness.server(), QStringLiteral("GET /api/v2/users"));
        QCOMPARE(listings, qint64((active + 499) / 500));
        QVERIFY2(listings <= 20, qPrintable(QString::number(listings)));
        QCOMPARE(harness.server()->answered429(), qint64(0));
        const int left = session->api()->requestsLeftPerMinute();
        qInfo() << "requests left of the minute:" << left;
        QVERIFY2(left >= 250, qPrintable(QStringLiteral("%1 requests left of 300").arg(left)));
        // The simulator's own count agrees: at most 50 requests for the roster and its push channels.
        QVERIFY2(
            harness.server()->requestsServed() <= 50, qPrintable(QString::number(harness.server()->requestsServed())));
        QCOMPARE(directory->stillComing(), 0);
    }

    void aChangeAfterTheSetUpStillArrivesByPush()
    {
        SessionHarness harness;
        SimConfig config;
        config.agents = 2500;
        QVERIFY(harness.startSim(config));
        Session *session = harness.startSession(Protocol::Genesys);
        QVERIFY2(session, qPrintable(harness.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(session->directory()->mode(), AgentDirectory::Mode::Push, kWaitMs);
        // An agent of the last channel, changed by someone else once push is live, without a re-read.
        const Agent last = session->directory()->at(session->directory()->size() - 1);
        const QString before = harness.simStatus(last.id);
        const QString target = before == StatusCatalogue::canonicalKey(QStringLiteral("Busy"))
            ? QStringLiteral("Meeting")
            : QStringLiteral("Busy");
        const qint64 listings = served(harness.server(), QStringLiteral("GET /api/v2/users"));
        QVERIFY(harness.setSimStatus(last.id, target));
        QVERIFY(harness.simStatus(last.id) != before);
        QTRY_COMPARE_WITH_TIMEOUT(session->directory()->agent(last.id)->status, harness.simStatus(last.id), kWaitMs);
        QCOMPARE(served(harness.server(), QStringLiteral("GET /api/v2/users")), listings);
    }

    void rowsSortedAndFilteredBeforeTheLastPage()
    {
        SessionHarness harness;
        SimConfig config;
        config.agents = 3000;
        // Pages that take their time, so that several arrive while others are still on their way.
        config.latencyMinMs = 20;
        config.latencyMaxMs = 120;
        QVERIFY(harness.startSim(config));
        const int active = activeUsers(harness.server());
        Profile profile = harness.profile(Protocol::Genesys);
        Session session(profile);
        AgentDirectory *directory = session.directory();
        AgentTableModel model;
        model.setDirectory(directory); // before the load: the model follows every page
        SortedProxy proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(AgentTableModel::SortRole);
        proxy.sort(AgentTableModel::Name);
        const QString team = harness.server()->organisation()->users().constFirst().department;
        int pagesBeforeReady = 0;
        int firstRows = -1;
        int firstStillComing = -1;
        QStringList failures;
        auto check = [&] {
            if (session.state() != Session::State::Ready)
                ++pagesBeforeReady;
            // Every row the directory holds is in the model; the proxy shows them sorted and filtered.
            if (model.rowCount() != directory->size())
                failures.append(
                    QStringLiteral("model %1 rows, directory %2").arg(model.rowCount()).arg(directory->size()));
            proxy.setTeam(QString());
            const QStringList names = shownNames(proxy);
            if (names.size() != directory->size())
                failures.append(QStringLiteral("proxy shows %1 of %2").arg(names.size()).arg(directory->size()));
            for (int i = 1; i < names.size(); ++i) {
                if (proxy.lessThan(proxy.mapToSource(proxy.index(i, 0)), proxy.mapToSource(proxy.index(i - 1, 0)))) {
                    failures.append(
                        QStringLiteral("not sorted at %1: %2 after %3").arg(i).arg(names.at(i), names.at(i - 1)));
                    break;
                }
            }
            proxy.setTeam(team);
            int inTeam = 0;
            for (const Agent &agent : directory->rows())
                inTeam += agent.team == team ? 1 : 0;
            if (proxy.rowCount() != inTeam)
                failures.append(QStringLiteral("team filter shows %1 of %2").arg(proxy.rowCount()).arg(inTeam));
        };
        connect(directory, &AgentDirectory::agentsReset, &model, [&] {
            if (firstRows < 0)
                firstRows = directory->size();
            check();
        });
        connect(directory, &AgentDirectory::stillComingChanged, &model, [&](int agents) {
            if (firstStillComing < 0)
                firstStillComing = agents;
        });
        connect(directory, &AgentDirectory::agentsAdded, &model, check);
        QSignalSpy ready(&session, &Session::ready);
        session.setLiveUpdates(false);
        session.start();
        QVERIFY(ready.wait(kWaitMs));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
        QCOMPARE(firstRows, 500);
        QCOMPARE(firstStillComing, active - 500);
        QVERIFY2(pagesBeforeReady >= (active + 499) / 500, qPrintable(QString::number(pagesBeforeReady)));
        QCOMPARE(directory->size(), active);
        QCOMPARE(directory->stillComing(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRosterLoad)
#include "tst_rosterload.moc"
