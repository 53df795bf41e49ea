// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "core/ManualClock.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

AuditEntry makeEntry(int i)
{
    static const QStringList agents {QStringLiteral("a-1"), QStringLiteral("a-2"), QStringLiteral("a-3")};
    static const QStringList names {
        QStringLiteral("Ana Souza"), QStringLiteral("Zoë Müller"), QStringLiteral("Łukasz Nowak")};
    static const QStringList supervisors {QStringLiteral("m.chen"), QStringLiteral("j.doe")};
    AuditEntry entry;
    entry.time = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(60LL * i);
    entry.msg = QStringLiteral("change %1").arg(i);
    entry.supervisor = supervisors.at(i % supervisors.size());
    entry.agentId = agents.at(i % agents.size());
    entry.agentName = names.at(i % names.size());
    entry.fromStatus = QStringLiteral("Available");
    entry.toStatus = QStringLiteral("Break");
    entry.reason = i == 7 ? QStringLiteral("Coffee 100%_off") : QStringLiteral("Coffee");
    entry.outcome = i % 4 == 0 ? QString(AuditOutcome::Applied) : QString(AuditOutcome::Intent);
    entry.latencyMs = 100 + i;
    entry.correlationId = QStringLiteral("corr-%1").arg(i);
    return entry;
}

// A second connection to the same file, as someone with the file in hand would tamper with it.
class Tamperer
{
public:
    explicit Tamperer(const QString &path)
        : m_name(QStringLiteral("tamper-%1").arg(quintptr(this)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Tamperer()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(QSqlDatabase::database(m_name));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value.userType() == QMetaType::QString && value.toString().isNull()
                    ? QVariant(QStringLiteral(""))
                    : value);
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return false;
        }
        return true;
    }

private:
    QString m_name;
};

} // namespace

class TestAuditStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void appendChainsEntries();
    void reopenContinuesChain();
    void appendStampsTimeFromClock();
    void filters_data();
    void filters();
    void newestFirstByTime();
    void textIndexBuiltForOlderLogs();
    void paging();
    void verifyIntactChain();
    void cloneWorksOnAnotherThread();
    void verifyDetectsTampering_data();
    void verifyDetectsTampering();
    void exportCsvEscapes();
    void exportJsonLinesRoundTrips();
    void intentsWithoutOutcome();
    void queueAndPresenceIntentsCloseApart();
    void latestAppliedIsAStatusChange();
    void openErrors_data();
    void openErrors();

private:
    void fill(int count);
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
};

void TestAuditStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sub/audit.sqlite"));
    QString error;
    m_store = AuditStore::open(m_path, &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestAuditStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditStore::fill(int count)
{
    for (int i = 0; i < count; ++i) {
        AuditEntry entry = makeEntry(i);
        QString error;
        QVERIFY2(m_store->append(entry, &error), qPrintable(error));
    }
}

void TestAuditStore::appendChainsEntries()
{
    QSignalSpy appended(m_store.get(), &AuditStore::entryAppended);
    AuditEntry first = makeEntry(0);
    first.time = QDateTime();
    QVERIFY(m_store->append(first));
    QCOMPARE(first.id, 1);
    QVERIFY(first.time.isValid());
    QCOMPARE(first.prevHash, AuditEntry::genesisHash());
    QCOMPARE(first.hash, first.computeHash());
    AuditEntry second = makeEntry(1);
    second.time = QDateTime();
    QVERIFY(m_store->append(second));
    QCOMPARE(second.id, 2);
    QCOMPARE(second.prevHash, first.hash);
    QCOMPARE(appended.count(), 2);
    QCOMPARE(appended.at(1).at(0).value<AuditEntry>().hash, second.hash);

    const QVector<AuditEntry> all = m_store->query(AuditQuery());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).id, 2); // newest first
    QVERIFY(all.at(0).time >= all.at(1).time);
    QCOMPARE(all.at(0).agentName, second.agentName);
    QCOMPARE(all.at(0).time, second.time);
    QCOMPARE(all.at(0).latencyMs, second.latencyMs);
    QCOMPARE(all.at(1).hash, first.hash);
}

void TestAuditStore::reopenContinuesChain()
{
    fill(3);
    m_store.reset();
    QString error;
    m_store = AuditStore::open(m_path, &error);
    QVERIFY2(m_store, qPrintable(error));
    AuditEntry entry = makeEntry(9);
    QVERIFY(m_store->append(entry));
    QCOMPARE(entry.id, 4);
    QVERIFY(m_store->verify().ok);
    QSqlQuery mode(m_store->database());
    QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
}

void TestAuditStore::appendStampsTimeFromClock()
{
    m_store.reset();
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(22, 0), Qt::UTC));
    QString error;
    m_store = AuditStore::open(m_path, &error, &clock);
    QVERIFY2(m_store, qPrintable(error));
    AuditEntry first = makeEntry(0);
    first.time = QDateTime();
    QVERIFY(m_store->append(first));
    QCOMPARE(first.time, clock.now());
    clock.advance(9LL * 60 * 60 * 1000 + 7); // a night shift later, to the millisecond
    AuditEntry second = makeEntry(1);
    second.time = QDateTime();
    QVERIFY(m_store->append(second));
    QCOMPARE(second.time, QDateTime(QDate(2026, 3, 3), QTime(7, 0, 0, 7), Qt::UTC));
    AuditEntry given = makeEntry(2); // a time the caller gives is kept
    QVERIFY(m_store->append(given));
    QCOMPARE(given.time, makeEntry(2).time);
    // The clone used for long work on another thread stamps on the same clock.
    std::unique_ptr<AuditStore> clone = m_store->openClone(&error);
    QVERIFY2(clone, qPrintable(error));
    AuditEntry cloned = makeEntry(3);
    cloned.time = QDateTime();
    QVERIFY(clone->append(cloned));
    QCOMPARE(cloned.time, clock.now());
    clone.reset();
    QVERIFY(m_store->verify().ok);
}

void TestAuditStore::filters_data()
{
    QTest::addColumn<AuditQuery>("query");
    QTest::addColumn<QList<qint64>>("ids");
    // 12 entries, ids 1..12 for i = 0..11: agent a-(i%3+1), supervisor m.chen for even i,
    // applied for i%4 == 0, time 08:00 + i minutes.
    const auto q = [] {
        AuditQuery query;
        query.limit = 0;
        return query;
    };
    AuditQuery byAgentId = q();
    byAgentId.agent = QStringLiteral("a-2");
    QTest::newRow("agent id") << byAgentId << QList<qint64> {11, 8, 5, 2};
    AuditQuery byName = q();
    byName.agent = QStringLiteral("zoë");
    QTest::newRow("agent name substring, any case") << byName << QList<qint64> {11, 8, 5, 2};
    AuditQuery bySupervisor = q();
    bySupervisor.supervisor = QStringLiteral("j.doe");
    QTest::newRow("supervisor") << bySupervisor << QList<qint64> {12, 10, 8, 6, 4, 2};
    AuditQuery byOutcome = q();
    byOutcome.outcome = QString(AuditOutcome::Applied);
    QTest::newRow("outcome") << byOutcome << QList<qint64> {9, 5, 1};
    AuditQuery byText = q();
    byText.text = QStringLiteral("CHANGE 1");
    QTest::newRow("free text") << byText << QList<qint64> {12, 11, 2};
    AuditQuery byWildcard = q();
    byWildcard.text = QStringLiteral("100%_");
    QTest::newRow("wildcards are literal") << byWildcard << QList<qint64> {8};
    AuditQuery byCorrelation = q();
    byCorrelation.text = QStringLiteral("corr-3");
    QTest::newRow("correlation id") << byCorrelation << QList<qint64> {4};
    AuditQuery byUnicode = q();
    byUnicode.text = QStringLiteral("ŁUKASZ NOW");
    QTest::newRow("free text, Unicode case folding") << byUnicode << QList<qint64> {12, 9, 6, 3};
    AuditQuery shortText = q();
    shortText.text = QStringLiteral("-3");
    QTest::newRow("free text shorter than a trigram") << shortText << QList<qint64> {12, 9, 6, 4, 3}; // a-3 and corr-3
    AuditQuery byTime = q();
    byTime.from = QDateTime(QDate(2026, 1, 1), QTime(8, 3), Qt::UTC);
    byTime.to = QDateTime(QDate(2026, 1, 1), QTime(8, 5), Qt::UTC);
    QTest::newRow("time range, inclusive") << byTime << QList<qint64> {6, 5, 4};
    AuditQuery combined = byTime;
    combined.supervisor = QStringLiteral("m.chen");
    QTest::newRow("combined") << combined << QList<qint64> {5};
    AuditQuery none = q();
    none.agent = QStringLiteral("nobody");
    QTest::newRow("no match") << none << QList<qint64> {};
}

void TestAuditStore::filters()
{
    QFETCH(AuditQuery, query);
    QFETCH(QList<qint64>, ids);
    fill(12);
    QString error;
    const QVector<AuditEntry> entries = m_store->query(query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<qint64> found;
    for (const AuditEntry &entry : entries)
        found << entry.id;
    QCOMPARE(found, ids);
    QCOMPARE(m_store->count(query), qint64(ids.size()));
}

void TestAuditStore::newestFirstByTime()
{
    AuditEntry late = makeEntry(5);
    QVERIFY(m_store->append(late));
    AuditEntry backdated = makeEntry(2); // appended later, but happened earlier
    QVERIFY(m_store->append(backdated));
    const QVector<AuditEntry> entries = m_store->query(AuditQuery());
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).id, late.id);
    QCOMPARE(entries.at(1).id, backdated.id);
    AuditQuery after;
    after.beforeId = late.id;
    QCOMPARE(m_store->query(after).size(), 1);
    QCOMPARE(m_store->query(after).at(0).id, backdated.id);
}

void TestAuditStore::textIndexBuiltForOlderLogs()
{
    fill(6);
    m_store.reset();
    {
        Tamperer t(m_path); // a log written before the text index existed
        QVERIFY(t.exec(QStringLiteral("DROP TABLE audit_text")));
    }
    QString error;
    m_store = AuditStore::open(m_path, &error);
    QVERIFY2(m_store, qPrintable(error));
    AuditQuery query;
    query.text = QStringLiteral("corr-4");
    QCOMPARE(m_store->count(query), 1);
    AuditEntry next = makeEntry(7);
    QVERIFY(m_store->append(next));
    query.text = QStringLiteral("corr-7");
    QCOMPARE(m_store->query(query).size(), 1);
}

void TestAuditStore::paging()
{
    fill(25);
    AuditQuery query;
    query.limit = 10;
    query.offset = 20;
    const QVector<AuditEntry> last = m_store->query(query);
    QCOMPARE(last.size(), 5);
    QCOMPARE(last.first().id, 5);
    QCOMPARE(last.last().id, 1);
    query.offset = 10;
    QCOMPARE(m_store->query(query).first().id, 15);
    QCOMPARE(m_store->count(query), 25); // paging does not change the count
    AuditQuery keyset;
    keyset.limit = 10;
    keyset.beforeId = 15;
    const QVector<AuditEntry> older = m_store->query(keyset);
    QCOMPARE(older.size(), 10);
    QCOMPARE(older.first().id, 14);
    QCOMPARE(older.last().id, 5);
}

void TestAuditStore::verifyIntactChain()
{
    AuditVerifyResult empty = m_store->verify();
    QVERIFY(empty.ok);
    QCOMPARE(empty.entriesChecked, 0);
    fill(10);
    const AuditVerifyResult result = m_store->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entriesChecked, 10);
    QCOMPARE(result.problem, AuditVerifyResult::Problem::None);
}

void TestAuditStore::cloneWorksOnAnotherThread()
{
    fill(12);
    // The console verifies and exports on a worker thread, through a clone of the store.
    AuditVerifyResult result;
    QByteArray exported;
    QString error = QStringLiteral("not run");
    bool otherThread = false;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        std::unique_ptr<AuditStore> clone = m_store->openClone(&error);
        if (!clone)
            return;
        otherThread = QThread::currentThread() != m_store->thread();
        result = clone->verify();
        QBuffer buffer(&exported);
        buffer.open(QIODevice::WriteOnly);
        if (clone->exportJsonLines(&buffer, AuditQuery(), &error))
            error.clear();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(otherThread);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entriesChecked, 12);
    QCOMPARE(exported.count('\n'), 12);

    // A clone sees tampering like the store itself does.
    QSqlQuery edit(m_store->database());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entries SET reason = 'forged' WHERE id = 3")));
    worker.reset(QThread::create([&] {
        if (std::unique_ptr<AuditStore> clone = m_store->openClone(&error))
            result = clone->verify();
    }));
    worker->start();
    QVERIFY(worker->wait(30000));
    QVERIFY(!result.ok);
    QCOMPARE(result.firstBadId, qint64(3));
}

void TestAuditStore::verifyDetectsTampering_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<AuditVerifyResult::Problem>("problem");
    QTest::addColumn<qint64>("firstBadId");
    QTest::newRow("field edited") << QStringLiteral("edit") << AuditVerifyResult::Problem::Edited << qint64(4);
    QTest::newRow("edited, hash recomputed")
        << QStringLiteral("rehash") << AuditVerifyResult::Problem::Edited << qint64(4);
    QTest::newRow("first entry edited, hash recomputed")
        << QStringLiteral("rehash-first") << AuditVerifyResult::Problem::Edited << qint64(1);
    QTest::newRow("middle deleted") << QStringLiteral("delete") << AuditVerifyResult::Problem::Deleted << qint64(5);
    QTest::newRow("first deleted") << QStringLiteral("delete-first") << AuditVerifyResult::Problem::Deleted
                                   << qint64(2);
    QTest::newRow("last deleted") << QStringLiteral("delete-last") << AuditVerifyResult::Problem::Deleted << qint64(10);
    QTest::newRow("inserted, well forged")
        << QStringLiteral("insert") << AuditVerifyResult::Problem::Inserted << qint64(4);
    QTest::newRow("inserted, bad link") << QStringLiteral("insert-badlink") << AuditVerifyResult::Problem::Inserted
                                        << qint64(4);
    QTest::newRow("appended behind head")
        << QStringLiteral("append") << AuditVerifyResult::Problem::Inserted << qint64(11);
}

void TestAuditStore::verifyDetectsTampering()
{
    QFETCH(QString, how);
    QFETCH(AuditVerifyResult::Problem, problem);
    QFETCH(qint64, firstBadId);
    fill(10);
    const QVector<AuditEntry> all = [&] {
        AuditQuery q;
        q.limit = 0;
        QVector<AuditEntry> newestFirst = m_store->query(q);
        std::reverse(newestFirst.begin(), newestFirst.end());
        return newestFirst;
    }();
    const auto forged = [&](qint64 id, const QString &prevHash) {
        AuditEntry entry = makeEntry(42);
        entry.id = id;
        entry.prevHash = prevHash;
        entry.hash = entry.computeHash();
        return entry;
    };
    const auto insertRow = [](Tamperer &t, const AuditEntry &e) {
        return t.exec(QStringLiteral("INSERT INTO audit_entries (id, time_ms, level, msg, supervisor, agent_id, "
                                     "agent_name, from_status, to_status, reason, outcome, error, latency_ms, "
                                     "etag_before, etag_after, correlation_id, prev_hash, hash) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.id, e.time.toMSecsSinceEpoch(), e.level, e.msg, e.supervisor, e.agentId, e.agentName, e.fromStatus,
                e.toStatus, e.reason, e.outcome, e.error, e.latencyMs, e.etagBefore, e.etagAfter, e.correlationId,
                e.prevHash, e.hash});
    };
    const auto renumberFrom = [](Tamperer &t, qint64 id) {
        return t.exec(QStringLiteral("UPDATE audit_entries SET id = id + 1000 WHERE id >= ?"), {id})
            && t.exec(QStringLiteral("UPDATE audit_entries SET id = id - 999 WHERE id >= 1000"));
    };
    {
        Tamperer t(m_path);
        if (how == QLatin1String("edit")) {
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET to_status = 'Meal' WHERE id = 4")));
        } else if (how == QLatin1String("rehash") || how == QLatin1String("rehash-first")) {
            AuditEntry edited = all.at(how == QLatin1String("rehash") ? 3 : 0);
            edited.toStatus = QStringLiteral("Meal");
            edited.hash = edited.computeHash();
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET to_status = ?, hash = ? WHERE id = ?"),
                {edited.toStatus, edited.hash, edited.id}));
        } else if (how == QLatin1String("delete")) {
            QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_entries WHERE id = 4")));
        } else if (how == QLatin1String("delete-first")) {
            QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_entries WHERE id = 1")));
        } else if (how == QLatin1String("delete-last")) {
            QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_entries WHERE id = 10")));
        } else if (how == QLatin1String("insert")) {
            QVERIFY(renumberFrom(t, 4));
            QVERIFY(insertRow(t, forged(4, all.at(2).hash)));
        } else if (how == QLatin1String("insert-badlink")) {
            QVERIFY(renumberFrom(t, 4));
            QVERIFY(insertRow(t, forged(4, QString(64, QLatin1Char('f')))));
        } else if (how == QLatin1String("append")) {
            QVERIFY(insertRow(t, forged(11, QString(64, QLatin1Char('e')))));
        }
    }
    const AuditVerifyResult result = m_store->verify();
    QVERIFY(!result.ok);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.firstBadId, firstBadId);
}

void TestAuditStore::exportCsvEscapes()
{
    const QStringList tricky {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
        QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"), QStringLiteral("\rCR"), QStringLiteral("a,b"),
        QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"), QStringLiteral("plain")};
    for (const QString &text : tricky) {
        AuditEntry entry = makeEntry(1);
        entry.reason = text;
        QVERIFY(m_store->append(entry));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(m_store->exportCsv(&buffer, AuditQuery(), &error), qPrintable(error));
    const QByteArray csv = buffer.data();
    QVERIFY(csv.startsWith("id,time,level,msg,supervisor,agent_id,agent_name,from_status,to_status,reason,"));
    QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"x\"\")\","));
    QVERIFY(csv.contains(",'+1,"));
    QVERIFY(csv.contains(",'-2,"));
    QVERIFY(csv.contains(",'@SUM(A1),"));
    QVERIFY(csv.contains(",'\tTab,"));
    QVERIFY(csv.contains(",\"'\rCR\","));
    QVERIFY(csv.contains(",\"a,b\","));
    QVERIFY(csv.contains(",\"say \"\"hi\"\"\","));
    QVERIFY(csv.contains(",\"two\nlines\","));
    QVERIFY(csv.contains(",plain,"));
    QCOMPARE(csv.count("\r\n"), 1 + tricky.size());
    QCOMPARE(AuditStore::csvCell(QStringLiteral("=1+2")), QStringLiteral("'=1+2"));
    QCOMPARE(AuditStore::csvCell(QString()), QString());
}

void TestAuditStore::exportJsonLinesRoundTrips()
{
    fill(5);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    AuditQuery onlyA1;
    onlyA1.agent = QStringLiteral("a-1");
    QVERIFY(m_store->exportJsonLines(&buffer, onlyA1));
    const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
    QCOMPARE(lines.size(), 2); // i = 0 and 3
    AuditEntry previous;
    for (const QByteArray &line : lines) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const AuditEntry entry = AuditEntry::fromJson(doc.object());
        QCOMPARE(entry.agentId, QStringLiteral("a-1"));
        QCOMPARE(entry.computeHash(), entry.hash); // all hashed fields survive the export
        QVERIFY(entry.id > previous.id); // oldest first
        previous = entry;
    }
}

void TestAuditStore::intentsWithoutOutcome()
{
    const auto add = [this](const QString &agent, QLatin1String outcome) {
        AuditEntry entry;
        entry.agentId = agent;
        entry.outcome = outcome;
        QVERIFY(m_store->append(entry));
    };
    add(QStringLiteral("a-1"), AuditOutcome::Intent); // 1: closed by 3
    add(QStringLiteral("a-2"), AuditOutcome::Intent); // 2: only retried and rate limited after it
    add(QStringLiteral("a-1"), AuditOutcome::Applied); // 3
    add(QStringLiteral("a-2"), AuditOutcome::Retried); // 4
    add(QStringLiteral("a-2"), AuditOutcome::RateLimited); // 5
    add(QStringLiteral("a-3"), AuditOutcome::Applied); // 6: before the intent, does not close it
    add(QStringLiteral("a-3"), AuditOutcome::Intent); // 7
    add(QStringLiteral("a-4"), AuditOutcome::Intent); // 8: closed by a conflict
    add(QStringLiteral("a-4"), AuditOutcome::Conflict); // 9
    const QVector<AuditEntry> open = m_store->intentsWithoutOutcome();
    QList<qint64> ids;
    for (const AuditEntry &entry : open)
        ids << entry.id;
    QCOMPARE(ids, (QList<qint64> {2, 7}));
}

// A queue membership intent is closed only by an entry of the same agent and queue; a presence intent
// only by a presence entry: the outcome of one kind never closes an intent of the other.
void TestAuditStore::queueAndPresenceIntentsCloseApart()
{
    const auto add = [this](const QString &queueId, QLatin1String outcome) {
        AuditEntry entry;
        entry.agentId = QStringLiteral("a-7");
        entry.outcome = outcome;
        if (!queueId.isEmpty()) {
            entry.fromStatus = AuditEntry::queueState(false);
            entry.toStatus = AuditEntry::queueState(true);
            entry.etagBefore = queueId;
        } else {
            entry.fromStatus = QStringLiteral("Available");
            entry.toStatus = QStringLiteral("Break");
        }
        QVERIFY(m_store->append(entry));
    };
    const QString q1 = QStringLiteral("q-1");
    const QString q2 = QStringLiteral("q-2");
    add(q1, AuditOutcome::Intent); // 1: closed by 6 only
    add(q2, AuditOutcome::Intent); // 2: closed by 5
    add(QString(), AuditOutcome::Intent); // 3: presence, closed by 7 only
    add(QString(), AuditOutcome::Unknown); // 4: closes nothing
    add(q2, AuditOutcome::Applied); // 5
    add(q1, AuditOutcome::Failed); // 6
    QList<qint64> ids;
    for (const AuditEntry &entry : m_store->intentsWithoutOutcome())
        ids << entry.id;
    QCOMPARE(ids, (QList<qint64> {3}));
    QCOMPARE(m_store->intentsWithoutOutcome().constFirst().queueId(), QString());
    add(QString(), AuditOutcome::Applied); // 7
    add(q1, AuditOutcome::Intent); // 8: presence applied after it does not close it
    add(QString(), AuditOutcome::Applied); // 9
    ids.clear();
    for (const AuditEntry &entry : m_store->intentsWithoutOutcome())
        ids << entry.id;
    QCOMPARE(ids, (QList<qint64> {8}));
    QCOMPARE(m_store->intentsWithoutOutcome().constFirst().queueId(), q1);
    // Another queue's answer, and a later attempt that finds the membership already as asked or meets a
    // conflict, leave it open: only an answer to its own PATCH (or the reconciler) closes it.
    add(q2, AuditOutcome::Applied); // 10
    add(q1, AuditOutcome::Unchanged); // 11
    add(q1, AuditOutcome::Conflict); // 12
    QCOMPARE(m_store->intentsWithoutOutcome().size(), 1);
    QCOMPARE(m_store->intentsWithoutOutcome().constFirst().id, qint64(8));
    add(q1, AuditOutcome::Applied); // 13
    QVERIFY(m_store->intentsWithoutOutcome().isEmpty());
}

// "Changed by" names who left an agent's status: a later queue membership change of the agent is no
// change of status and must not hide the status change before it.
void TestAuditStore::latestAppliedIsAStatusChange()
{
    AuditEntry status = makeEntry(0);
    status.agentId = QStringLiteral("a-9");
    status.etagAfter = QStringLiteral("2026-01-01T08:00:00.000Z");
    QVERIFY(m_store->append(status));
    AuditEntry queue = makeEntry(4);
    queue.agentId = QStringLiteral("a-9");
    queue.fromStatus = AuditEntry::queueState(false);
    queue.toStatus = AuditEntry::queueState(true);
    QVERIFY(queue.isQueueMembership() && !status.isQueueMembership());
    QCOMPARE(queue.outcome, QString(AuditOutcome::Applied));
    QVERIFY(m_store->append(queue));
    for (const QStringList &asked : {QStringList(), QStringList {QStringLiteral("a-9")}}) {
        QVector<AuditEntry> latest;
        for (const AuditEntry &entry : m_store->latestApplied(asked)) {
            if (entry.agentId == QLatin1String("a-9"))
                latest.append(entry);
        }
        QCOMPARE(latest.size(), 1);
        QCOMPARE(latest.first().id, status.id);
        QCOMPARE(latest.first().toStatus, QStringLiteral("Break"));
    }
}

void TestAuditStore::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("folder") << QStringLiteral("folder");
    QTest::newRow("not a database") << QStringLiteral("garbage");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("postgres unreachable") << QStringLiteral("postgres");
}

void TestAuditStore::openErrors()
{
    QFETCH(QString, kind);
    QString location;
    if (kind == QLatin1String("folder")) {
        location = m_dir->path();
    } else if (kind == QLatin1String("garbage")) {
        location = m_dir->filePath(QStringLiteral("garbage.sqlite"));
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else if (kind == QLatin1String("postgres")) {
        location = QStringLiteral("postgresql://someone:s3cret@127.0.0.1:1/nothing");
    }
    QString error;
    const auto store = AuditStore::open(location, &error);
    QVERIFY(!store);
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1String("s3cret")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAuditStore)
#include "tst_auditstore.moc"
