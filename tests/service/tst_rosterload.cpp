// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-organisation roster against the simulator: 10,000 agents in pages of 500 (at most 20
// listing requests, counted by the simulator), at least 250 of the minute's 300 requests left once push
// is live, and rows that are there, sorted and filtered, before the last page has arrived.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "api/RosterLoader.h"
#include "api/StatusGateway.h"
#include "core/ManualClock.h"
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
    void listedTwiceWinsByPageNotByArrival_data()
    {
        QTest::addColumn<int>("page2DelayMs");
        QTest::addColumn<int>("page3DelayMs");
        QTest::newRow("page 3 after page 4") << 1000 << 2000;
        QTest::newRow("page 3 before page 4") << 2000 << 1000;
    }

    // The listing shifts under the load: a user deactivated before it is reactivated once pages 2 and 3
    // are answered (held back by the simulator), so that the last user of page 3 is also the first of
    // page 4, in another status. Whichever of pages 3 and 4 comes first, page 3's listing wins and the
    // pages are told in page order: the same roster either way.
    void listedTwiceWinsByPageNotByArrival()
    {
        QFETCH(int, page2DelayMs);
        QFETCH(int, page3DelayMs);
        ManualClock clock;
        SessionHarness harness;
        harness.setClock(&clock);
        harness.setLiveUpdates(false);
        SimConfig config;
        config.agents = 12;
        QVERIFY(harness.startSim(config));
        Session *session = harness.startSession(Protocol::Genesys);
        QVERIFY2(session, qPrintable(harness.lastError()));
        SimServer *server = harness.server();
        SimOrganisation *org = server->organisation();
        QStringList listing; // the active users in listing order
        for (const SimAgent &agent : org->users()) {
            if (agent.state == QLatin1String("active"))
                listing.append(agent.id);
        }
        QCOMPARE(listing.size(), 12);
        const QString away = listing.at(2); // page 2's first, back once pages 2 and 3 are read
        QVERIFY(org->setUserState(away, QStringLiteral("inactive")));
        listing.removeAt(2);
        const QString twice = listing.at(5); // page 3's last; page 4's first after the shift
        const QString before = harness.simStatus(twice);
        const QString after = before == QLatin1String("Break") ? QStringLiteral("Meal") : QStringLiteral("Break");

        const QString path = QStringLiteral("/api/v2/users");
        server->resetCounters();
        server->failAfterApplying("GET", path, 0, 1, false, 0); // page 1 at once
        server->failAfterApplying("GET", path, 0, 1, false, page2DelayMs);
        server->failAfterApplying("GET", path, 0, 1, false, page3DelayMs);
        RosterLoader loader(session->api(), session->gateway()->catalogue(), 2, 2);
        QSignalSpy pages(&loader, &RosterLoader::pageArrived);
        QSignalSpy finished(&loader, &RosterLoader::finished);
        loader.start();
        QTRY_COMPARE_WITH_TIMEOUT(served(server, QStringLiteral("GET ") + path), qint64(3), kWaitMs);
        QVERIFY(org->setUserState(away, QStringLiteral("active")));
        QVERIFY(harness.setSimStatus(twice, after));
        // The earlier held answer, then pages 4 to 6 as they are asked for, then the later one.
        clock.advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(served(server, QStringLiteral("GET ") + path), qint64(6), kWaitMs);
        clock.advance(1000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QVERIFY(!finished.first().first().value<ApiError>().isError());

        QStringList told;
        for (const QList<QVariant> &page : std::as_const(pages)) {
            for (const Agent &agent : page.first().value<AgentList>())
                told.append(agent.id);
        }
        QStringList ids;
        QString status;
        for (const Agent &agent : loader.agents()) {
            ids.append(agent.id);
            if (agent.id == twice)
                status = agent.status;
        }
        QCOMPARE(ids, listing); // pages 2-3 read before the shift, 4-6 after: `away` missed, `twice` once
        QCOMPARE(told, ids);
        QCOMPARE(status, before); // page 3's listing
    }

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
