// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 25), QTime(14, 0, 0), Qt::UTC);

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

} // namespace

class TestAgentModel : public QObject
{
    Q_OBJECT
private slots:
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

private:
    AgentTableModel *m_model = nullptr;
    AgentFilterProxyModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_modelTester = nullptr;
    QAbstractItemModelTester *m_proxyTester = nullptr;
};

void TestAgentModel::init()
{
    m_model = new AgentTableModel(this);
    m_model->setTicking(false);
    m_model->setNow(kNow);
    m_proxy = new AgentFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_modelTester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_proxyTester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model->setAgents(sampleAgents());
}

void TestAgentModel::cleanup()
{
    delete m_proxyTester;
    delete m_modelTester;
    delete m_proxy;
    delete m_model;
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
    m_model->upsertAgent(agent);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), m_model->rowOf(QStringLiteral("a1")));
    QCOMPARE(m_model->index(m_model->rowOf(QStringLiteral("a1")), AgentTableModel::Presence).data().toString(),
        QStringLiteral("Break"));
    // The same state again changes nothing.
    m_model->upsertAgent(agent);
    QCOMPARE(changed.count(), 1);
}

void TestAgentModel::insertsAndRemovesRows()
{
    m_model->upsertAgent(makeAgent(
        QStringLiteral("a5"), QStringLiteral("New Hire"), QStringLiteral("Sales"), QStringLiteral("Offline"), 0));
    QCOMPARE(m_model->rowCount(), 5);
    m_model->removeAgent(QStringLiteral("a2"));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->rowOf(QStringLiteral("a2")), -1);
    QCOMPARE(m_model->agentAt(m_model->rowOf(QStringLiteral("a5"))).name, QStringLiteral("New Hire"));
    m_model->removeAgent(QStringLiteral("nobody"));
    QCOMPARE(m_model->rowCount(), 4);
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
    m_model->upsertAgent(agent);
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
    m_model->upsertAgent(agent);
    QCOMPARE(m_model->index(0, AgentTableModel::Freshness).data().toString(), QStringLiteral("stale"));
    QVERIFY(m_model->index(0, 0).data(AgentTableModel::StaleRole).toBool());
    QVERIFY(m_model->index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("out of date")));
    m_proxy->setStaleOnly(true);
    QCOMPARE(m_proxy->rowCount(), 1);
    agent.lastConfirmed = kNow;
    agent.stale = true; // the directory marked it after a push gap
    m_model->upsertAgent(agent);
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestAgentModel::ticksTheTimeInStatus()
{
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_model->setNow(kNow.addSecs(60));
    QVERIFY(!changed.isEmpty());
    const int row = m_model->rowOf(QStringLiteral("a4"));
    QCOMPARE(m_model->index(row, AgentTableModel::TimeInStatus).data().toString(), QStringLiteral("0:03:00"));
}

QTEST_GUILESS_MAIN(TestAgentModel)
#include "tst_agentmodel.moc"
