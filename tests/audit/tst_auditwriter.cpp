// SPDX-License-Identifier: GPL-3.0-or-later
// The asynchronous audit writer on a real SQLite file: many submissions commit in few transactions,
// each is reported on the caller's thread only once another connection can read it, in the order
// submitted; a failing job fails alone; nothing queued is lost when the store closes.
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/ManualClock.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

AuditEntry entryFor(int i)
{
    AuditEntry entry;
    entry.agentId = QStringLiteral("agent-%1").arg(i % 13);
    entry.agentName = QStringLiteral("Zoë %1").arg(i);
    entry.supervisor = QStringLiteral("m.chen");
    entry.outcome = QString(i % 2 ? AuditOutcome::Applied : AuditOutcome::Intent);
    entry.msg = QStringLiteral("entry %1").arg(i);
    return entry;
}

qint64 rowsWithId(AuditStore &reader, qint64 id)
{
    QSqlQuery query(reader.database());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_entries WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

} // namespace

class TestAuditWriter : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void manySubmissionsFewCommits();
    void reportedOnlyWhenReadableElsewhere();
    void failingJobFailsAlone();
    void barrierComesAfterEverythingBefore();
    void stampsOnTheStoresClock();
    void queuedEntriesSurviveClosing();
    void canonicalBytesAsDefined();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestAuditWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("audit.sqlite"));
}

void TestAuditWriter::cleanup()
{
    m_dir.reset();
}

void TestAuditWriter::manySubmissionsFewCommits()
{
    QString error;
    auto store = AuditStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QSignalSpy appended(store.get(), &AuditStore::entryAppended);
    AuditWriter *writer = store->writer();
    constexpr int Jobs = 1000;
    QVector<qint64> ids;
    int failures = 0;
    bool onCallerThread = true;
    for (int i = 0; i < Jobs; ++i) {
        writer->submit({entryFor(i)}, this, [&](bool ok, const QVector<AuditEntry> &entries, const QString &) {
            onCallerThread = onCallerThread && QThread::currentThread() == thread();
            failures += ok ? 0 : 1;
            if (ok)
                ids.append(entries.constFirst().id);
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ids.size() + failures, Jobs, 30000);
    QCOMPARE(failures, 0);
    QVERIFY(onCallerThread);
    for (int i = 0; i < Jobs; ++i)
        QCOMPARE(ids.at(i), qint64(i + 1)); // reported in the order submitted, chained in that order
    // 1,000 one-entry submissions made in one go: a handful of transactions, not 1,000.
    QCOMPARE(writer->committedEntries(), qint64(Jobs));
    QVERIFY2(writer->commitCount() <= Jobs / 20, qPrintable(QString::number(writer->commitCount())));
    QCOMPARE(appended.count(), Jobs);
    const AuditVerifyResult verified = store->verify();
    QVERIFY2(verified.ok, qPrintable(verified.message));
    QCOMPARE(verified.entriesChecked, qint64(Jobs));
}

void TestAuditWriter::reportedOnlyWhenReadableElsewhere()
{
    QString error;
    auto store = AuditStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    auto reader = AuditStore::open(m_path, &error); // another connection: sees committed rows only
    QVERIFY2(reader, qPrintable(error));
    int reported = 0;
    int unreadable = 0;
    for (int i = 0; i < 200; ++i) {
        store->writer()->submit(
            {entryFor(i), entryFor(i + 1)}, this, [&](bool ok, const QVector<AuditEntry> &entries, const QString &) {
                ++reported;
                for (const AuditEntry &entry : entries)
                    unreadable += ok && rowsWithId(*reader, entry.id) == 1 ? 0 : 1;
            });
    }
    QTRY_COMPARE_WITH_TIMEOUT(reported, 200, 30000);
    QCOMPARE(unreadable, 0);
}

void TestAuditWriter::failingJobFailsAlone()
{
    QString error;
    auto store = AuditStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    QStringList results;
    for (int i = 0; i < 5; ++i) {
        AuditWriter::Step step;
        if (i == 2)
            step = [](QSqlDatabase, const QVector<AuditEntry> &, QString *problem) {
                *problem = QStringLiteral("refused by its step");
                return false;
            };
        store->writer()->submit(
            {entryFor(i)}, this,
            [&results, i](bool ok, const QVector<AuditEntry> &entries, const QString &problem) {
                results << QStringLiteral("%1:%2:%3").arg(i).arg(ok ? entries.constFirst().id : 0).arg(problem);
            },
            step);
    }
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 5, 30000);
    QCOMPARE(results,
        QStringList({QStringLiteral("0:1:"), QStringLiteral("1:2:"), QStringLiteral("2:0:refused by its step"),
            QStringLiteral("3:3:"), QStringLiteral("4:4:")}));
    AuditQuery all;
    all.limit = 0;
    QCOMPARE(store->count(all), 4);
    QVERIFY(store->verify().ok);
}

void TestAuditWriter::barrierComesAfterEverythingBefore()
{
    QString error;
    auto store = AuditStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    int done = 0;
    int doneAtBarrier = -1;
    for (int i = 0; i < 50; ++i)
        store->writer()->submit(
            {entryFor(i)}, this, [&](bool, const QVector<AuditEntry> &, const QString &) { ++done; });
    store->writer()->afterQueued(this, [&] { doneAtBarrier = done; });
    QTRY_COMPARE_WITH_TIMEOUT(doneAtBarrier, 50, 30000);
}

void TestAuditWriter::stampsOnTheStoresClock()
{
    ManualClock clock(QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC));
    QString error;
    auto store = AuditStore::open(m_path, &error, &clock);
    QVERIFY2(store, qPrintable(error));
    QVector<AuditEntry> stored;
    AuditEntry timed = entryFor(1);
    timed.time = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
    store->writer()->submit({entryFor(0), timed}, this,
        [&](bool, const QVector<AuditEntry> &entries, const QString &) { stored = entries; });
    QTRY_COMPARE_WITH_TIMEOUT(stored.size(), 2, 30000);
    QCOMPARE(stored.at(0).time, clock.now());
    QCOMPARE(stored.at(1).time, timed.time);
    QCOMPARE(stored.at(0).level, QString(AuditLevel::Info));
}

void TestAuditWriter::queuedEntriesSurviveClosing()
{
    QString error;
    {
        auto store = AuditStore::open(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        for (int i = 0; i < 300; ++i)
            store->writer()->submit({entryFor(i)}, this, {});
    } // closed at once, with most of them still queued
    auto store = AuditStore::open(m_path, &error);
    QVERIFY2(store, qPrintable(error));
    AuditQuery all;
    all.limit = 0;
    QCOMPARE(store->count(all), 300);
    QVERIFY(store->verify().ok);
}

// The bytes are built without QString formatting; they must still be the documented ones.
void TestAuditWriter::canonicalBytesAsDefined()
{
    const auto field = [](const char *name, const QString &value) -> QByteArray {
        const QByteArray utf8 = value.toUtf8();
        return QByteArray(name) + ':' + QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
    };
    const QList<QDateTime> times {QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 12, 31), QTime(12, 0, 0, 5), Qt::UTC),
        QDateTime(QDate(2100, 3, 1), QTime(1, 2, 3, 40), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 0), Qt::UTC), QDateTime()};
    for (const QDateTime &time : times) {
        for (const qint64 latency : {qint64(-1), qint64(0), qint64(1234567890123)}) {
            AuditEntry e = entryFor(3);
            e.time = time;
            e.latencyMs = latency;
            e.reason = QStringLiteral("Kaffee ☕ und Łódź");
            e.error = QString(); // null
            e.prevHash = AuditEntry::genesisHash();
            const QByteArray expected = field("prev_hash", e.prevHash) + field("time", AuditEntry::formatTime(time))
                + field("level", e.level) + field("msg", e.msg) + field("supervisor", e.supervisor)
                + field("agent_id", e.agentId) + field("agent_name", e.agentName) + field("from_status", e.fromStatus)
                + field("to_status", e.toStatus) + field("reason", e.reason) + field("outcome", e.outcome)
                + field("error", e.error) + field("latency_ms", QString::number(latency))
                + field("etag_before", e.etagBefore) + field("etag_after", e.etagAfter)
                + field("correlation_id", e.correlationId);
            QCOMPARE(e.canonicalBytes(), expected);
            QCOMPARE(e.computeHash(),
                QString::fromLatin1(QCryptographicHash::hash(expected, QCryptographicHash::Sha256).toHex()));
        }
    }
}

QTEST_GUILESS_MAIN(TestAuditWriter)
#include "tst_auditwriter.moc"
