// SPDX-License-Identifier: GPL-3.0-or-later
// The roster table over an AgentDirectory: a known roster handed to the directory for the display,
// filter and sort cases, and rosters loaded from the in-process simulator for freshness. Time is a
// ManualClock throughout, the one clock the directory stamps rows with and the model ticks on.
#include "SessionHarness.h"
#include "api/ApiClient.h"
#include "core/ManualClock.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "sim/SimOrganisation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(14, 0, 0), Qt::UTC);
constexpr int kWaitMs = 10000;
constexpr qint64 kMinuteMs = 60 * 1000;

Agent makeAgent(const QString &id, const QString &name, const QString &team, const QString &status, int minutesAgo)
{
    Agent agent;
    agent.id = id;
    agent.name = name;
    agent.team = team;
    agent.status = status;
    agent.email = id + QStringLiteral("@example.org");
    agent.statusSince = kNow.addSecs(-60 * minutesAgo);
    agent.lastConfirmed = kNow;
    return agent;
}

AgentList sampleAgents()
{
    return {makeAgent(QStringLiteral("a1"), QStringLiteral("Ana Souza"), QStringLiteral("Billing"),
                QStringLiteral("Available"), 12),
        makeAgent(QStringLiteral("a2"), QStringLiteral("Zoë Müller"), QStringLiteral("Billing"),
            QStringLiteral("OnQueue"), 63),
        makeAgent(QStringLiteral("a3"), QStringLiteral("Łukasz Nowak"), QStringLiteral("Support"),
            QStringLiteral("Break"), 18),
        makeAgent(QStringLiteral("a4"), QStringLiteral("Ben Okafor"), QStringLiteral("Support"),
            QStringLiteral("OnQueue"), 2)};
}

QStringList proxyNames(const QSortFilterProxyModel &proxy)
{
    QStringList names;
    for (int row = 0; row < proxy.rowCount(); ++row)
        names << proxy.index(row, AgentTableModel::Name).data().toString();
    return names;
}

// "H:MM:SS", as the time-in-status column writes a duration.
QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

SimConfig quietOrg()
{
    SimConfig config;
    config.agents = 25;
    config.seed = 9;
    config.competitorPerMinute = 0; // nobody changes a row unless the test does
    return config;
}

// The model, its proxy and their testers over one directory.
struct Table
{
    explicit Table(AgentDirectory *directory)
    {
        model.setDirectory(directory);
        proxy.setSourceModel(&model);
    }
    AgentTableModel model;
    AgentFilterProxyModel proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

bool idle(Session *session)
{
    return session->api()->inFlightRequests() == 0 && session->api()->queuedRequests() == 0;
}

} // namespace

class TestAgentModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void displaysEveryColumn();
    void updatesOneRowInPlace();
    void insertsAndRemovesRows();
    void filters_data();
    void filters();
    void sortsOnRawValues_data();
    void sortsOnRawValues();
    void hostileNameStaysPlainText();
    void staleRowsSaySo();
    void ticksTheTimeInStatus();
    void freshnessOfAnUnchangedRowAfterMinutes();
    void rowsGoStaleWhenTheRereadFails();

private:
    // The simulator's gateway for the directories of the known roster, which never ask it.
    SessionHarness m_harness;
    ManualClock *m_clock = nullptr;
    AgentDirectory *m_directory = nullptr;
    AgentTableModel *m_model = nullptr;
    AgentFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestAgentModel::initTestCase()
{
    QVERIFY(m_harness.startSim(quietOrg()));
    Session *session = m_harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(m_harness.lastError()));
    session->directory()->stop(); // only the tests' own directories follow the server
}

void TestAgentModel::init()
{
    m_clock = new ManualClock(kNow, this);
    m_directory = new AgentDirectory(m_harness.session()->gateway(), m_clock, this);
    m_model = new AgentTableModel(this);
    m_model->setDirectory(m_directory);
    m_proxy = new AgentFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_directory->applyRoster(sampleAgents());
}

void TestAgentModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
    delete m_directory;
    delete m_clock;
}

void TestAgentModel::displaysEveryColumn()
{
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(AgentTableModel::ColumnCount));
    const int row = m_model->rowOf(QStringLiteral("a2"));
    QCOMPARE(m_model->index(row, AgentTableModel::Name).data().toString(), QStringLiteral("Zoë Müller"));
    QCOMPARE(m_model->index(row, AgentTableModel::Team).data().toString(), QStringLiteral("Billing"));
    QCOMPARE(m_model->index(row, AgentTableModel::Presence).data().toString(), QStringLiteral("On Queue"));
    QCOMPARE(m_model->index(row, AgentTableModel::TimeInStatus).data().toString(), QStringLiteral("1:03:00"));
    QCOMPARE(m_model->index(row, AgentTableModel::Freshness).data().toString(), QStringLiteral("live"));
    QCOMPARE(m_model->index(row, 0).data(AgentTableModel::AgentIdRole).toString(), QStringLiteral("a2"));
    QCOMPARE(m_model->headerData(AgentTableModel::TimeInStatus, Qt::Horizontal).toString(),
        QStringLiteral("Time in status"));
}

void TestAgentModel::updatesOneRowInPlace()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    Agent agent = m_model->agentAt(m_model->rowOf(QStringLiteral("a1")));
    agent.status = QStringLiteral("Break");
    m_directory->applyConfirmed(agent);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(QStringLiteral("a1")));
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("a1")), AgentTableModel::Presence).data().toString(),
        QStringLiteral("Break"));
    // The same state again changes nothing.
    m_directory->applyConfirmed(agent);
    QCOMPARE(changed.count(), 1);
}

void TestAgentModel::insertsAndRemovesRows()
{
    QSignalSpy reset(m_model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
    m_directory->applyConfirmed(makeAgent(
        QStringLiteral("a5"), QStringLiteral("New Hire"), QStringLiteral("Sales"), QStringLiteral("Offline"), 0));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.count(), 1); // one row at the end, not a reset
    QCOMPARE(inserted.first().at(1).toInt(), 4);
    QCOMPARE(inserted.first().at(2).toInt(), 4);
    const int a2 = m_model->rowOf(QStringLiteral("a2"));
    m_directory->removeAgent(QStringLiteral("a2"));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), a2);
    QCOMPARE(m_model->rowOf(QStringLiteral("a2")), -1);
    QCOMPARE(m_model->agentAt(m_model->rowOf(QStringLiteral("a5"))).name, QStringLiteral("New Hire"));
    m_directory->removeAgent(QStringLiteral("nobody"));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(reset.count(), 0);
}

void TestAgentModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("team");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nothing") << QString() << QString() << QString()
                             << QStringList {QStringLiteral("Ana Souza"), QStringLiteral("Ben Okafor"),
                                    QStringLiteral("Łukasz Nowak"), QStringLiteral("Zoë Müller")};
    QTest::newRow("text, any case") << QStringLiteral("  NOWAK ") << QString() << QString()
                                    << QStringList {QStringLiteral("Łukasz Nowak")};
    QTest::newRow("text matches e-mail") << QStringLiteral("a4@") << QString() << QString()
                                         << QStringList {QStringLiteral("Ben Okafor")};
    QTest::newRow("team") << QString() << QStringLiteral("Support") << QString()
                          << QStringList {QStringLiteral("Ben Okafor"), QStringLiteral("Łukasz Nowak")};
    QTest::newRow("status") << QString() << QString() << QStringLiteral("OnQueue")
                            << QStringList {QStringLiteral("Ben Okafor"), QStringLiteral("Zoë Müller")};
    QTest::newRow("team and status") << QString() << QStringLiteral("Billing") << QStringLiteral("OnQueue")
                                     << QStringList {QStringLiteral("Zoë Müller")};
    QTest::newRow("no match") << QStringLiteral("zzz") << QString() << QString() << QStringList {};
}

void TestAgentModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QString, team);
    QFETCH(QString, status);
    QFETCH(QStringList, expected);
    m_proxy->sort(AgentTableModel::Name);
    m_proxy->setText(text);
    m_proxy->setTeam(team);
    m_proxy->setStatus(status);
    QCOMPARE(proxyNames(*m_proxy), expected);
}

void TestAgentModel::sortsOnRawValues_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QStringList>("ascending");
    // Display text "1:03:00" would sort before "0:18:00" only by luck; raw values decide.
    QTest::newRow("time in status") << int(AgentTableModel::TimeInStatus)
                                    << QStringList {QStringLiteral("Ben Okafor"), QStringLiteral("Ana Souza"),
                                           QStringLiteral("Łukasz Nowak"), QStringLiteral("Zoë Müller")};
    QTest::newRow("status key, ties by name")
        << int(AgentTableModel::Presence)
        << QStringList {QStringLiteral("Ana Souza"), QStringLiteral("Łukasz Nowak"), QStringLiteral("Ben Okafor"),
               QStringLiteral("Zoë Müller")};
}

void TestAgentModel::sortsOnRawValues()
{
    QFETCH(int, column);
    QFETCH(QStringList, ascending);
    m_proxy->sort(column, Qt::AscendingOrder);
    QCOMPARE(proxyNames(*m_proxy), ascending);
    m_proxy->sort(column, Qt::DescendingOrder);
    std::reverse(ascending.begin(), ascending.end());
    QCOMPARE(proxyNames(*m_proxy), ascending);
}

void TestAgentModel::hostileNameStaysPlainText()
{
    Agent agent = makeAgent(QStringLiteral("h1"), QStringLiteral("<b>Bold</b> Smith"), QStringLiteral("<i>T</i>"),
        QStringLiteral("Available"), 1);
    m_directory->applyConfirmed(agent);
    const QModelIndex name = m_model->index(m_model->rowOf(QStringLiteral("h1")), AgentTableModel::Name);
    QCOMPARE(name.data().toString(), QStringLiteral("<b>Bold</b> Smith"));
    const QString tip = name.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt; Smith")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<b>Bold")));
}

void TestAgentModel::staleRowsSaySo()
{
    Agent agent = m_model->agentAt(0);
    agent.lastConfirmed = kNow.addSecs(-600);
    m_directory->applyConfirmed(agent);
    QCOMPARE(m_model->index(0, AgentTableModel::Freshness).data().toString(), QStringLiteral("stale"));
    QVERIFY(m_model->index(0, 0).data(AgentTableModel::StaleRole).toBool());
    QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("out of date")));
    m_proxy->setStaleOnly(true);
    QCOMPARE(m_proxy->rowCount(), 1);
    // Confirmed just now, but marked by the directory (after a push gap): still stale. The directory
    // marks rows itself after a failed re-read (rowsGoStaleWhenTheRereadFails); here the roster comes
    // with the mark.
    AgentList roster = sampleAgents();
    roster[0].lastConfirmed = kNow;
    roster[0].stale = true;
    m_directory->applyRoster(roster);
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestAgentModel::ticksTheTimeInStatus()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_clock->advance(kMinuteMs);
    QVERIFY(!changed.isEmpty());
    const int row = m_model->rowOf(QStringLiteral("a4"));
    QCOMPARE(m_model->index(row, AgentTableModel::TimeInStatus).data().toString(), QStringLiteral("0:03:00"));
}

// A row loaded from the server that nobody changes while push is live, minutes later: it stays "live"
// however old its last confirmation, since push would have brought any change.
void TestAgentModel::freshnessOfAnUnchangedRowAfterMinutes()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(quietOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    session->directory()->stop();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AgentDirectory directory(session->gateway(), &clock);
    Table table(&directory);
    directory.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(directory.mode(), AgentDirectory::Mode::Push, kWaitMs);
    const QDateTime loadedAt = clock.now(); // the first subscription re-reads nothing: the load confirmed the rows
    clock.advance(1000);
    QTRY_VERIFY_WITH_TIMEOUT(idle(session), kWaitMs);
    QVERIFY(table.model.rowCount() >= 25);

    const QDateTime start = clock.now();
    const QString id = harness.server()->organisation()->activeAgentAt(3);
    const int row = table.model.rowOf(id);
    QVERIFY(row >= 0);
    const Agent agent = directory.at(row);
    QVERIFY(agent.statusSince.isValid());
    QCOMPARE(agent.lastConfirmed, loadedAt);
    const qint64 inStatus = agent.statusSince.secsTo(start);
    const QModelIndex freshness = table.model.index(row, AgentTableModel::Freshness);
    const QModelIndex time = table.model.index(row, AgentTableModel::TimeInStatus);
    QCOMPARE(freshness.data().toString(), QStringLiteral("live"));
    QCOMPARE(time.data().toString(), duration(inStatus));

    QSignalSpy ticks(&table.model, &QAbstractItemModel::dataChanged);
    clock.advance(kMinuteMs); // within the threshold
    QCOMPARE(ticks.count(), 2 * 60); // time in status and freshness, once a second
    QCOMPARE(freshness.data().toString(), QStringLiteral("live"));
    QCOMPARE(time.data().toString(), duration(inStatus + 60));
    QVERIFY(!freshness.data(AgentTableModel::StaleRole).toBool());

    clock.advance(2 * kMinuteMs); // three minutes after the load
    QCOMPARE(directory.mode(), AgentDirectory::Mode::Push);
    QCOMPARE(directory.freshness(id), loadedAt); // nobody confirmed the row again
    QCOMPARE(freshness.data().toString(), QStringLiteral("live"));
    QVERIFY(!freshness.data(AgentTableModel::StaleRole).toBool());
    QCOMPARE(time.data().toString(), duration(inStatus + 180));
    table.proxy.setStaleOnly(true);
    QCOMPARE(table.proxy.rowCount(), 0);
}

// Polling, and the roster re-read fails: the directory marks every row stale, and a stale-only view
// follows row by row.
void TestAgentModel::rowsGoStaleWhenTheRereadFails()
{
    SessionHarness harness;
    QVERIFY(harness.startSim(quietOrg()));
    Session *session = harness.startSession(Protocol::Genesys);
    QVERIFY2(session, qPrintable(harness.lastError()));
    session->directory()->stop();
    ManualClock clock(QDateTime::currentDateTimeUtc());
    AgentDirectory directory(session->gateway(), &clock);
    directory.setPushEnabled(false);
    Table table(&directory);
    table.proxy.setStaleOnly(true);
    directory.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(directory.isLoaded(), kWaitMs);
    // Loaded from the first page on; the mode follows once the load has finished.
    QTRY_COMPARE_WITH_TIMEOUT(directory.mode(), AgentDirectory::Mode::Polling, kWaitMs);
    QCOMPARE(table.proxy.rowCount(), 0);

    QSignalSpy reset(&table.model, &QAbstractItemModel::modelReset);
    harness.server()->failNext("GET", QStringLiteral("/api/v2/users"), 503, 1000);
    clock.advance(15000); // the poll
    QTRY_COMPARE_WITH_TIMEOUT(table.proxy.rowCount(), table.model.rowCount(), kWaitMs);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(table.model.index(0, AgentTableModel::Freshness).data().toString(), QStringLiteral("stale"));
}

QTEST_GUILESS_MAIN(TestAgentModel)
#include "tst_agentmodel.moc"
