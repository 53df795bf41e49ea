// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "models/AuditTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

class TestAuditModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsNewestPageFirst();
    void displayAndSortRoles_data();
    void displayAndSortRoles();
    void filtersAndPagesThroughQuery();
    void countStopsAtTheCap_data();
    void countStopsAtTheCap();
    void newEntriesSlideIn();
    void filteredPageIgnoresOtherEntries();
    void sortsThroughProxyOnRawValues();

private:
    AuditEntry append(int i, const QString &agent = QStringLiteral("a-1"));
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    std::unique_ptr<AuditTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestAuditModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_model = std::make_unique<AuditTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestAuditModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_store.reset();
    m_dir.reset();
}

AuditEntry TestAuditModel::append(int i, const QString &agent)
{
    AuditEntry entry;
    entry.time = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC).addSecs(i);
    entry.supervisor = QStringLiteral("m.chen");
    entry.agentId = agent;
    entry.agentName = agent == QLatin1String("a-1") ? QStringLiteral("Ana Souza") : QString();
    entry.fromStatus = QStringLiteral("Available");
    entry.toStatus = QStringLiteral("Break");
    entry.reason = QStringLiteral("Coffee");
    entry.outcome = QString(AuditOutcome::Applied);
    entry.latencyMs = i % 2 ? 1000 - i : -1;
    entry.correlationId = QStringLiteral("c-%1").arg(i);
    entry.error = i == 3 ? QStringLiteral("<b>server says no</b>") : QString();
    m_store->append(entry);
    return entry;
}

void TestAuditModel::showsNewestPageFirst()
{
    for (int i = 0; i < 30; ++i)
        append(i);
    AuditQuery query;
    query.limit = 10;
    m_model->setQuery(query);
    m_model->setStore(m_store.get());
    QCOMPARE(m_model->rowCount(), 10);
    QCOMPARE(m_model->columnCount(), int(AuditTableModel::ColumnCount));
    QCOMPARE(m_model->totalCount(), 30);
    QCOMPARE(m_model->index(0, 0).data(AuditTableModel::EntryIdRole).toLongLong(), 30);
    QCOMPARE(m_model->index(9, 0).data(AuditTableModel::EntryIdRole).toLongLong(), 21);
    QCOMPARE(m_model->headerData(AuditTableModel::Outcome, Qt::Horizontal).toString(), QStringLiteral("Outcome"));
    QCOMPARE(m_model->entryAt(0).correlationId, QStringLiteral("c-29"));
}

void TestAuditModel::displayAndSortRoles_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");
    QTest::addColumn<QVariant>("sort");
    const QDateTime time = QDateTime(QDate(2026, 2, 1), QTime(10, 0, 3), Qt::UTC);
    QTest::newRow("time") << int(AuditTableModel::Time)
                          << QVariant(time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                          << QVariant(time.toMSecsSinceEpoch());
    QTest::newRow("agent name") << int(AuditTableModel::Agent) << QVariant(QStringLiteral("Ana Souza"))
                                << QVariant(QStringLiteral("Ana Souza"));
    QTest::newRow("latency") << int(AuditTableModel::Latency) << QVariant(QStringLiteral("997 ms"))
                             << QVariant(qint64(997));
    QTest::newRow("outcome") << int(AuditTableModel::Outcome) << QVariant(QStringLiteral("Applied"))
                             << QVariant(QStringLiteral("applied"));
    QTest::newRow("correlation") << int(AuditTableModel::CorrelationId) << QVariant(QStringLiteral("c-3"))
                                 << QVariant(QStringLiteral("c-3"));
}

void TestAuditModel::displayAndSortRoles()
{
    QFETCH(int, column);
    QFETCH(QVariant, display);
    QFETCH(QVariant, sort);
    for (int i = 0; i < 4; ++i)
        append(i);
    m_model->setStore(m_store.get());
    const QModelIndex index = m_model->index(0, column); // entry i = 3
    QCOMPARE(index.data(Qt::DisplayRole), display);
    QCOMPARE(index.data(AuditTableModel::SortRole).toString(), sort.toString());
    // Server text is shown as it came: plain text, never interpreted.
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QLatin1String("<b>server says no</b>")));
    QCOMPARE(m_model->index(1, AuditTableModel::Latency).data(AuditTableModel::SortRole).toLongLong(), -1);
    QCOMPARE(m_model->index(1, AuditTableModel::Latency).data().toString(), QString());
}

void TestAuditModel::filtersAndPagesThroughQuery()
{
    for (int i = 0; i < 20; ++i)
        append(i, i % 2 ? QStringLiteral("a-2") : QStringLiteral("a-1"));
    m_model->setStore(m_store.get());
    AuditQuery query;
    query.agent = QStringLiteral("a-2");
    query.limit = 4;
    query.offset = 4;
    m_model->setQuery(query);
    QCOMPARE(m_model->totalCount(), 10);
    QCOMPARE(m_model->rowCount(), 4);
    for (int row = 0; row < 4; ++row)
        QCOMPARE(m_model->entryAt(row).agentId, QStringLiteral("a-2"));
    QCOMPARE(m_model->entryAt(0).id, 12); // a-2 ids 20, 18, 16, 14 | 12, 10, 8, 6
}

void TestAuditModel::countStopsAtTheCap_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<bool>("exact");
    // "Coffee" is the reason of every entry; "c-11" only the correlation id of the last one
    // (long enough for the text index, and rare).
    QTest::newRow("common text over the cap") << QStringLiteral("Coffee") << qint64(5) << qint64(5) << false;
    QTest::newRow("common text one over the cap") << QStringLiteral("Coffee") << qint64(11) << qint64(11) << false;
    QTest::newRow("common text exactly at the cap") << QStringLiteral("Coffee") << qint64(12) << qint64(12) << true;
    QTest::newRow("common text under the cap") << QStringLiteral("Coffee") << qint64(100) << qint64(12) << true;
    QTest::newRow("rare text") << QStringLiteral("c-11") << qint64(5) << qint64(1) << true;
    QTest::newRow("no text over the cap") << QString() << qint64(3) << qint64(3) << false;
}

void TestAuditModel::countStopsAtTheCap()
{
    QFETCH(QString, text);
    QFETCH(qint64, cap);
    QFETCH(qint64, total);
    QFETCH(bool, exact);
    for (int i = 0; i < 12; ++i)
        append(i);
    m_model->setCountCap(cap);
    AuditQuery query;
    query.text = text;
    query.limit = 4;
    m_model->setQuery(query);
    m_model->setStore(m_store.get());
    QCOMPARE(m_model->totalCount(), total);
    QCOMPARE(m_model->totalCountIsExact(), exact);
    const qint64 exactCount = m_store->count(query);
    QCOMPARE(m_model->rowCount(), int(qMin<qint64>(4, exactCount))); // the page does not depend on the cap
    QCOMPARE(m_store->countUpTo(query, cap), qMin(cap, exactCount));
}

void TestAuditModel::newEntriesSlideIn()
{
    for (int i = 0; i < 5; ++i)
        append(i);
    AuditQuery query;
    query.limit = 5;
    m_model->setQuery(query);
    m_model->setStore(m_store.get());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    append(5);
    append(6);
    QTRY_COMPARE(m_model->entryAt(0).id, 7);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->entryAt(1).id, 6);
    QCOMPARE(m_model->entryAt(4).id, 3);
    QCOMPARE(reset.count(), 0); // rows slid in, the view keeps its selection
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(m_model->totalCount(), 7);
}

void TestAuditModel::filteredPageIgnoresOtherEntries()
{
    append(0, QStringLiteral("a-1"));
    AuditQuery query;
    query.agent = QStringLiteral("a-1");
    m_model->setQuery(query);
    m_model->setStore(m_store.get());
    QSignalSpy refreshed(m_model.get(), &AuditTableModel::refreshed);
    append(1, QStringLiteral("a-9"));
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(m_model->rowCount(), 1);
    append(2, QStringLiteral("a-1"));
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->entryAt(0).id, 3);
}

void TestAuditModel::sortsThroughProxyOnRawValues()
{
    for (int i = 0; i < 12; ++i)
        append(i);
    m_model->setStore(m_store.get());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.setSortRole(AuditTableModel::SortRole);
    proxy.sort(AuditTableModel::Latency, Qt::DescendingOrder);
    // 999 ms sorts above 989 ms and above entries without latency (-1), unlike the text "999 ms".
    QCOMPARE(proxy.index(0, AuditTableModel::Latency).data().toString(), QStringLiteral("999 ms"));
    QCOMPARE(proxy.index(11, AuditTableModel::Latency).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TestAuditModel)
#include "tst_auditmodel.moc"
