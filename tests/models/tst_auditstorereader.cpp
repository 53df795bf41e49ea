// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "models/AuditStoreReader.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

// The panels' reader on a real SQLite log. Its open is held in some tests (the open is what a test can
// hold; with PostgreSQL it is a connection that may take seconds): neither making nor destroying the
// reader waits for it, and a reader destroyed meanwhile leaves nothing behind once it is let go.
class TestAuditStoreReader : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void readsOnItsOwnThread();
    void constructionDoesNotWaitForTheOpen();
    void destructionDoesNotWaitForQueuedReads();
    void failedOpenIsToldAndReadsAnswerEmpty();
    void storeGoneBeforeTheOpen();

private:
    // An open held until gate is released; held says it has begun.
    AuditStore::CloneOpener heldOpen(std::shared_ptr<QSemaphore> gate, std::shared_ptr<QSemaphore> held) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
    int m_threadsBefore = 0;
};

void TestAuditStoreReader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = AuditStore::open(m_dir->filePath(QStringLiteral("audit.sqlite")), &error);
    QVERIFY2(m_store, qPrintable(error));
    AuditEntry entry;
    entry.agentId = QStringLiteral("agent-1");
    entry.outcome = QString(AuditOutcome::Applied);
    entry.toStatus = QStringLiteral("Break");
    QVERIFY2(m_store->append(entry, &error), qPrintable(error));
    m_threadsBefore = AuditStoreReader::threadsRunning();
}

void TestAuditStoreReader::cleanup()
{
    // Every reader of the test is gone: its thread ends by itself.
    QTRY_COMPARE(AuditStoreReader::threadsRunning(), m_threadsBefore);
    m_store.reset();
    m_dir.reset();
}

AuditStore::CloneOpener TestAuditStoreReader::heldOpen(
    std::shared_ptr<QSemaphore> gate, std::shared_ptr<QSemaphore> held) const
{
    const AuditStore::CloneOpener open = m_store->cloneOpener();
    return [open, gate, held](QString *error) {
        held->release();
        gate->tryAcquire(1, 20000);
        return open(error);
    };
}

void TestAuditStoreReader::readsOnItsOwnThread()
{
    std::atomic<QThread *> openedOn {nullptr};
    const AuditStore::CloneOpener open = m_store->cloneOpener();
    AuditStoreReader reader([open, &openedOn](QString *error) {
        openedOn = QThread::currentThread();
        return open(error);
    });
    QSignalSpy opened(&reader, &AuditStoreReader::opened);
    QSignalSpy latest(&reader, &AuditStoreReader::latestAppliedRead);
    const quint64 ticket = reader.readLatestApplied({});
    QVERIFY(latest.wait(5000));
    QCOMPARE(opened.count(), 1); // told before the first answer
    QVERIFY(reader.isOpen());
    QCOMPARE(latest.first().at(0).value<quint64>(), ticket);
    const auto entries = latest.first().at(1).value<QVector<AuditEntry>>();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().agentId, QStringLiteral("agent-1"));
    QVERIFY(openedOn.load() != nullptr);
    QVERIFY(openedOn.load() != QThread::currentThread());
    QCOMPARE(reader.readsDone(), qint64(1));
}

// The open is held: the constructor returns at once, reads asked meanwhile wait for it on the
// reader's thread and are answered, in order, once it is let go.
void TestAuditStoreReader::constructionDoesNotWaitForTheOpen()
{
    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    const auto release = qScopeGuard([gate] { gate->release(); });
    QElapsedTimer timer;
    timer.start();
    AuditStoreReader reader(heldOpen(gate, held));
    const quint64 first = reader.readLatestApplied({});
    const quint64 second = reader.readAuditPage(AuditQuery(), 10);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(held->tryAcquire(1, 5000)); // the open has begun, on the reader's thread, and waits
    QSignalSpy latest(&reader, &AuditStoreReader::latestAppliedRead);
    QSignalSpy page(&reader, &AuditStoreReader::auditPageRead);
    QTest::qWait(200);
    QVERIFY(!reader.isOpen());
    QCOMPARE(latest.count(), 0);
    QCOMPARE(reader.readsDone(), qint64(0));

    gate->release();
    QTRY_COMPARE(page.count(), 1);
    QCOMPARE(latest.count(), 1);
    QCOMPARE(latest.first().at(0).value<quint64>(), first);
    QCOMPARE(page.first().at(0).value<quint64>(), second);
    QCOMPARE(page.first().at(1).value<QVector<AuditEntry>>().size(), 1);
    QVERIFY(page.first().at(3).toString().isEmpty());
    QVERIFY(reader.isOpen());
}

// Destroyed while its open is held and reads are queued behind it: the destructor returns at once.
// Once the open is let go the queued reads are dropped (no answer reaches anything), the connection is
// closed there and the thread ends and deletes itself (ASan and LSan watch this test).
void TestAuditStoreReader::destructionDoesNotWaitForQueuedReads()
{
    auto gate = std::make_shared<QSemaphore>();
    auto held = std::make_shared<QSemaphore>();
    const auto release = qScopeGuard([gate] { gate->release(); });
    QObject listener;
    int answers = 0;
    auto reader = std::make_unique<AuditStoreReader>(heldOpen(gate, held));
    connect(reader.get(), &AuditStoreReader::latestAppliedRead, &listener, [&answers] { ++answers; });
    connect(reader.get(), &AuditStoreReader::deliveriesRead, &listener, [&answers] { ++answers; });
    for (int i = 0; i < 20; ++i) {
        reader->readLatestApplied({});
        reader->readDeliveries(100);
    }
    QVERIFY(held->tryAcquire(1, 5000));
    QCOMPARE(AuditStoreReader::threadsRunning(), m_threadsBefore + 1);
    QElapsedTimer timer;
    timer.start();
    reader.reset();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(AuditStoreReader::threadsRunning(), m_threadsBefore + 1); // still in the open

    gate->release();
    QTRY_COMPARE(AuditStoreReader::threadsRunning(), m_threadsBefore);
    QTest::qWait(100);
    QCOMPARE(answers, 0);
}

void TestAuditStoreReader::failedOpenIsToldAndReadsAnswerEmpty()
{
    AuditStoreReader reader([](QString *error) -> std::unique_ptr<AuditStore> {
        *error = QStringLiteral("no such log");
        return nullptr;
    });
    QSignalSpy failed(&reader, &AuditStoreReader::openFailed);
    QSignalSpy page(&reader, &AuditStoreReader::auditPageRead);
    reader.readAuditPage(AuditQuery(), 10);
    QVERIFY(page.wait(5000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("no such log"));
    QCOMPARE(reader.openError(), QStringLiteral("no such log"));
    QVERIFY(!reader.isOpen());
    QVERIFY(page.first().at(1).value<QVector<AuditEntry>>().isEmpty());
    QVERIFY(!page.first().at(3).toString().isEmpty());
    QCOMPARE(reader.readsDone(), qint64(0));
}

// A sign-out closes the store while readers made for it are still opening: each either opened its
// clone before or is told the log is closed; nothing reads the store that is gone.
void TestAuditStoreReader::storeGoneBeforeTheOpen()
{
    std::vector<std::unique_ptr<AuditStoreReader>> readers;
    for (int i = 0; i < 10; ++i)
        readers.push_back(std::make_unique<AuditStoreReader>(*m_store));
    m_store.reset();
    const auto told = [&readers] {
        return std::count_if(readers.begin(), readers.end(),
            [](const std::unique_ptr<AuditStoreReader> &r) { return r->isOpen() || !r->openError().isEmpty(); });
    };
    QTRY_COMPARE(told(), std::ptrdiff_t(readers.size()));
    readers.clear();
}

QTEST_GUILESS_MAIN(TestAuditStoreReader)
#include "tst_auditstorereader.moc"
