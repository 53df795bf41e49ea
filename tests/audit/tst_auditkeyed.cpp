// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditAnchor.h"
#include "audit/AuditChain.h"
#include "audit/AuditKey.h"
#include "audit/AuditStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

AuditEntry makeEntry(int i)
{
    AuditEntry entry;
    entry.time = QDateTime(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC).addSecs(60LL * i);
    entry.msg = QStringLiteral("change %1").arg(i);
    entry.supervisor = QStringLiteral("m.chen");
    entry.agentId = QStringLiteral("a-%1").arg(i % 3);
    entry.fromStatus = QStringLiteral("Available");
    entry.toStatus = QStringLiteral("Break");
    entry.outcome = QString(AuditOutcome::Applied);
    entry.latencyMs = 100 + i;
    return entry;
}

AuditKey testKey(const char *text = "a team key of some length 0123456789")
{
    return AuditKey::fromText(QByteArray(text));
}

// A second connection to the file, as one who can write it but holds no key would use it.
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
    bool moveHead(qint64 id, const QString &hash)
    {
        return exec(QStringLiteral("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1"), {id, hash});
    }
    bool setLink(const AuditEntry &e)
    {
        return exec(QStringLiteral("UPDATE audit_entries SET to_status = ?, prev_hash = ?, hash = ? WHERE id = ?"),
            {e.toStatus, e.prevHash, e.hash, e.id});
    }
    bool insertRow(const AuditEntry &e)
    {
        return exec(QStringLiteral("INSERT INTO audit_entries (id, time_ms, level, msg, supervisor, agent_id, "
                                   "agent_name, from_status, to_status, reason, outcome, error, latency_ms, "
                                   "etag_before, etag_after, correlation_id, prev_hash, hash) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {e.id, e.time.toMSecsSinceEpoch(), e.level, e.msg, e.supervisor, e.agentId, e.agentName, e.fromStatus,
                e.toStatus, e.reason, e.outcome, e.error, e.latencyMs, e.etagBefore, e.etagAfter, e.correlationId,
                e.prevHash, e.hash});
    }

private:
    QString m_name;
};

} // namespace

class TestAuditKeyed : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keyedChainVerifiesOnlyWithTheKey();
    void tamperingWithoutTheKey_data();
    void tamperingWithoutTheKey();
    void migrationOfAnUnkeyedLog();
    void checkpointNamesTruncation_data();
    void checkpointNamesTruncation();
    void lostWalIsFoundByTheAnchor();
    void receiverRecordNamesRewrite();
    void checkpointSignatureIsChecked();
    void keyFilePermissions();
    void hmacIsRfc2104_data();
    void hmacIsRfc2104();

private:
    void fill(AuditStore &store, int count);
    QVector<AuditEntry> oldestFirst(AuditStore &store);
    QString m_path;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AuditStore> m_store;
};

void TestAuditKeyed::init()
{
    qunsetenv("STATUSDESK_AUDIT_KEY");
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("audit.sqlite"));
    QString error;
    m_store = AuditStore::open(m_path, &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestAuditKeyed::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestAuditKeyed::fill(AuditStore &store, int count)
{
    for (int i = 0; i < count; ++i) {
        AuditEntry entry = makeEntry(i);
        QString error;
        QVERIFY2(store.append(entry, &error), qPrintable(error));
    }
}

QVector<AuditEntry> TestAuditKeyed::oldestFirst(AuditStore &store)
{
    AuditQuery q;
    q.limit = 0;
    QVector<AuditEntry> entries = store.query(q);
    std::sort(entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.id < b.id; });
    return entries;
}

void TestAuditKeyed::keyedChainVerifiesOnlyWithTheKey()
{
    QVERIFY(m_store->setKey(testKey()));
    fill(*m_store, 10);
    const AuditVerifyResult keyed = m_store->verify();
    QVERIFY2(keyed.ok, qPrintable(keyed.message));
    QCOMPARE(keyed.entriesChecked, 10);
    QCOMPARE(keyed.keyedFromId, 1); // an empty log needs no marker
    const AuditEntry first = oldestFirst(*m_store).constFirst();
    QVERIFY(first.hash != first.computeHash());

    QVERIFY(m_store->setKey(AuditKey()));
    const AuditVerifyResult unkeyed = m_store->verify();
    QVERIFY(!unkeyed.ok);
    QCOMPARE(unkeyed.firstBadId, 1);
    QVERIFY2(unkeyed.message.contains(QLatin1String("no audit key")), qPrintable(unkeyed.message));

    // Another key is refused before anything is written with it: no marker buries the keyed chain.
    QString problem;
    QVERIFY(!m_store->setKey(testKey("another key, not the team key"), &problem));
    QVERIFY2(problem.contains(QLatin1String("another key")), qPrintable(problem));
    QVERIFY(!m_store->verify().ok);
    QVERIFY(m_store->setKey(testKey()));
    const AuditVerifyResult again = m_store->verify();
    QVERIFY2(again.ok, qPrintable(again.message));
    QCOMPARE(again.entriesChecked, 10);
}

void TestAuditKeyed::tamperingWithoutTheKey_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<AuditVerifyResult::Problem>("problem");
    QTest::addColumn<qint64>("firstBadId");
    using P = AuditVerifyResult::Problem;
    QTest::newRow("edit and recompute the hashes") << "rehash" << P::Edited << qint64(4);
    QTest::newRow("edit and recompute with another key") << "otherkey" << P::Edited << qint64(4);
    QTest::newRow("insert with a plain hash") << "insert" << P::Inserted << qint64(4);
    QTest::newRow("swap two entries") << "swap" << P::Inserted << qint64(4);
}

void TestAuditKeyed::tamperingWithoutTheKey()
{
    QFETCH(QString, how);
    QFETCH(AuditVerifyResult::Problem, problem);
    QFETCH(qint64, firstBadId);
    QVERIFY(m_store->setKey(testKey()));
    fill(*m_store, 10);
    const QVector<AuditEntry> all = oldestFirst(*m_store);
    {
        Tamperer t(m_path);
        if (how == QLatin1String("rehash") || how == QLatin1String("otherkey")) {
            // Everything from entry 4 on rewritten, links and head recomputed: all a writer can do.
            const AuditKey forger = testKey("the forger's own key 0123456789");
            QString prev = all.at(2).hash;
            for (qsizetype i = 3; i < all.size(); ++i) {
                AuditEntry e = all.at(i);
                if (i == 3)
                    e.toStatus = QStringLiteral("Meal");
                e.prevHash = prev;
                e.hash = how == QLatin1String("rehash") ? e.computeHash() : AuditChain::linkOf(e, forger);
                QVERIFY(t.setLink(e));
                prev = e.hash;
            }
            QVERIFY(t.moveHead(all.constLast().id, prev));
        } else if (how == QLatin1String("insert")) {
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET id = id + 1000 WHERE id >= 4")));
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET id = id - 999 WHERE id >= 1000")));
            AuditEntry forged = makeEntry(42);
            forged.id = 4;
            forged.level = AuditLevel::Info;
            forged.prevHash = all.at(2).hash;
            forged.hash = forged.computeHash();
            QVERIFY(t.insertRow(forged));
            QVERIFY(t.moveHead(11, all.constLast().hash));
        } else if (how == QLatin1String("swap")) {
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET id = 1000 WHERE id = 4")));
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET id = 4 WHERE id = 5")));
            QVERIFY(t.exec(QStringLiteral("UPDATE audit_entries SET id = 5 WHERE id = 1000")));
        }
    }
    const AuditVerifyResult result = m_store->verify();
    QVERIFY(!result.ok);
    QVERIFY(!result.message.isEmpty());
    QCOMPARE(result.problem, problem);
    QCOMPARE(result.firstBadId, firstBadId);
}

void TestAuditKeyed::migrationOfAnUnkeyedLog()
{
    fill(*m_store, 5); // written before the chain was keyed
    m_store.reset();
    QString error;
    m_store = AuditStore::open(m_path, &error);
    QVERIFY2(m_store->setKey(testKey(), &error), qPrintable(error));
    QVERIFY(m_store->setKey(testKey(), &error)); // a second time adds no second marker
    fill(*m_store, 3);
    const QVector<AuditEntry> all = oldestFirst(*m_store);
    QCOMPARE(all.size(), 9);
    QCOMPARE(all.at(5).outcome, QString(AuditOutcome::ChainKeyed));
    const AuditVerifyResult result = m_store->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entriesChecked, 9);
    QCOMPARE(result.keyedFromId, 6);

    // The unkeyed part rewritten with recomputed hashes: the keyed marker still links to the old one.
    {
        Tamperer t(m_path);
        AuditEntry e = all.at(4);
        e.toStatus = QStringLiteral("Meal");
        e.hash = e.computeHash();
        QVERIFY(t.setLink(e));
    }
    const AuditVerifyResult broken = m_store->verify();
    QVERIFY(!broken.ok);
    QCOMPARE(broken.problem, AuditVerifyResult::Problem::Edited);
    QCOMPARE(broken.firstBadId, 5);
}

void TestAuditKeyed::checkpointNamesTruncation_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<qint64>("firstBadId");
    QTest::newRow("tail deleted, head moved") << "tail" << qint64(8);
    QTest::newRow("emptied") << "empty" << qint64(1);
}

void TestAuditKeyed::checkpointNamesTruncation()
{
    QFETCH(QString, how);
    QFETCH(qint64, firstBadId);
    QVERIFY(m_store->setKey(testKey()));
    fill(*m_store, 10);
    qint64 lastId = 0;
    QString lastLink;
    QVERIFY(m_store->head(&lastId, &lastLink));
    const QByteArray checkpoint = AuditAnchor::checkpoint(lastId, lastLink, QDateTime::currentDateTimeUtc(), testKey());
    QVector<AuditAnchor::Point> points;
    QString error;
    QVERIFY2(AuditAnchor::parse(checkpoint, testKey(), &points, &error), qPrintable(error));
    QCOMPARE(points.size(), 1);
    QVERIFY(AuditAnchor::check(*m_store, points).ok);
    const QVector<AuditEntry> all = oldestFirst(*m_store);
    {
        Tamperer t(m_path);
        const qint64 keep = how == QLatin1String("tail") ? 7 : 0;
        QVERIFY(t.exec(QStringLiteral("DELETE FROM audit_entries WHERE id > ?"), {keep}));
        QVERIFY(t.moveHead(keep, keep == 0 ? AuditEntry::genesisHash() : all.at(keep - 1).hash));
    }
    // The log alone cannot tell: what is left is a well-formed keyed chain.
    QVERIFY(m_store->verify().ok);
    const AuditVerifyResult result = AuditAnchor::check(*m_store, points);
    QVERIFY(!result.ok);
    QCOMPARE(result.problem, AuditVerifyResult::Problem::Truncated);
    QCOMPARE(result.firstBadId, firstBadId);
    QVERIFY(result.message.contains(QLatin1String("entry 10")));
}

void TestAuditKeyed::lostWalIsFoundByTheAnchor()
{
    QVERIFY(m_store->setKey(testKey()));
    fill(*m_store, 5);
    {
        Tamperer t(m_path);
        QVERIFY(t.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    fill(*m_store, 5); // these live only in the -wal until the next checkpoint
    qint64 lastId = 0;
    QString lastLink;
    QVERIFY(m_store->head(&lastId, &lastLink));
    QCOMPARE(lastId, 10);
    // What a kill -9 followed by the loss of the -wal file leaves: the main file alone.
    const QString copy = m_dir->filePath(QStringLiteral("lost-wal.sqlite"));
    QVERIFY(QFile::copy(m_path, copy));
    QString error;
    std::unique_ptr<AuditStore> survivor = AuditStore::open(copy, &error);
    QVERIFY2(survivor, qPrintable(error));
    QVERIFY(survivor->setKey(testKey()));
    QVERIFY(survivor->verify().ok);
    const AuditVerifyResult result = AuditAnchor::check(*survivor, {AuditAnchor::Point {lastId, lastLink}});
    QVERIFY(!result.ok);
    QCOMPARE(result.problem, AuditVerifyResult::Problem::Truncated);
    QCOMPARE(result.firstBadId, 6);
}

void TestAuditKeyed::receiverRecordNamesRewrite()
{
    QVERIFY(m_store->setKey(testKey()));
    fill(*m_store, 6);
    const QVector<AuditEntry> all = oldestFirst(*m_store);
    // A sink's record (the event as "body") and a bare event, as payroll keeps them; one older event without anchor.
    QByteArray record;
    record += QJsonDocument(
                  QJsonObject {{QStringLiteral("answeredStatus"), 200},
                      {QStringLiteral("body"),
                          QJsonObject {{QStringLiteral("event_id"), QStringLiteral("e-3")},
                              {QStringLiteral("audit_sequence"), 3}, {QStringLiteral("audit_head"), all.at(2).hash}}}})
                  .toJson(QJsonDocument::Compact)
        + '\n';
    record += QByteArray("{\"event_id\":\"old\"}\n");
    record += QJsonDocument(QJsonObject {{QStringLiteral("event_id"), QStringLiteral("e-5")},
                                {QStringLiteral("audit_sequence"), 5}, {QStringLiteral("audit_head"), all.at(4).hash}})
                  .toJson(QJsonDocument::Compact)
        + '\n';
    QVector<AuditAnchor::Point> points;
    QString error;
    QVERIFY2(AuditAnchor::parse(record, AuditKey(), &points, &error), qPrintable(error));
    QCOMPARE(points.size(), 2);
    const AuditVerifyResult intact = AuditAnchor::check(*m_store, points);
    QVERIFY2(intact.ok, qPrintable(intact.message));
    QCOMPARE(intact.anchorsChecked, 2);

    // One who holds the key rewrites entry 4 and everything after it: only the witness shows it.
    {
        Tamperer t(m_path);
        QString prev = all.at(2).hash;
        for (qsizetype i = 3; i < all.size(); ++i) {
            AuditEntry e = all.at(i);
            if (i == 3)
                e.toStatus = QStringLiteral("Meal");
            e.prevHash = prev;
            e.hash = AuditChain::linkOf(e, testKey());
            QVERIFY(t.setLink(e));
            prev = e.hash;
        }
        QVERIFY(t.moveHead(all.constLast().id, prev));
    }
    QVERIFY(m_store->verify().ok);
    const AuditVerifyResult result = AuditAnchor::check(*m_store, points);
    QVERIFY(!result.ok);
    QCOMPARE(result.problem, AuditVerifyResult::Problem::Rewritten);
    QCOMPARE(result.firstBadId, 5);

    QVERIFY(!AuditAnchor::parse("{\"event_id\":\"old\"}\n", AuditKey(), &points, &error));
    QVERIFY(!AuditAnchor::parse("not json\n", AuditKey(), &points, &error));
    QVERIFY(error.contains(QLatin1String("Line 1")));
}

void TestAuditKeyed::checkpointSignatureIsChecked()
{
    const QByteArray checkpoint
        = AuditAnchor::checkpoint(10, QString(64, QLatin1Char('a')), QDateTime::currentDateTimeUtc(), testKey());
    QVector<AuditAnchor::Point> points;
    QString error;
    QVERIFY(!AuditAnchor::parse(checkpoint, AuditKey(), &points, &error));
    QVERIFY(!AuditAnchor::parse(checkpoint, testKey("another key, not the team key"), &points, &error));
    QVERIFY(error.contains(QLatin1String("not signed")));
    QByteArray moved = checkpoint;
    moved.replace("\"sequence\":10", "\"sequence\":9");
    QVERIFY(!AuditAnchor::parse(moved, testKey(), &points, &error));
    QVERIFY(AuditAnchor::parse(checkpoint, testKey(), &points, &error));
    QCOMPARE(points.constFirst().sequence, 10);
}

void TestAuditKeyed::keyFilePermissions()
{
    const QString path = m_dir->filePath(QStringLiteral("audit.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0123456789abcdef0123456789abcdef\n");
    file.close();
    QString error;
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    QVERIFY(!AuditKey::fromFile(path, &error).isValid());
    QVERIFY2(error.contains(QLatin1String("chmod 600")), qPrintable(error));
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    QVERIFY(!AuditKey::fromEnvironmentOrFile(path, &error).isValid());
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    error.clear();
    const AuditKey key = AuditKey::fromEnvironmentOrFile(path, &error);
    QVERIFY2(key.isValid(), qPrintable(error));
    QCOMPARE(key.text(), QByteArray("0123456789abcdef0123456789abcdef"));

    qputenv("STATUSDESK_AUDIT_KEY", "the variable wins over the file");
    QCOMPARE(AuditKey::fromEnvironmentOrFile(path).text(), QByteArray("the variable wins over the file"));
    qputenv("STATUSDESK_AUDIT_KEY", "short");
    QVERIFY(!AuditKey::fromEnvironmentOrFile(path, &error).isValid());
    QVERIFY(error.contains(QLatin1String("too short")));
    qunsetenv("STATUSDESK_AUDIT_KEY");
    QVERIFY(!AuditKey::fromEnvironmentOrFile(m_dir->filePath(QStringLiteral("none.key")), &error).isValid());
}

void TestAuditKeyed::hmacIsRfc2104_data()
{
    // Expected values from an independent HMAC-SHA-256 (Python's hmac module).
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("expected");
    const QByteArray key = "a team key of some length 0123456789";
    QTest::newRow("empty") << key << QByteArray()
                           << QStringLiteral("089ed1b122aeea15fd48d7b2f080ac36f0012dc3e51126fa5c7fa8b9680fbd12");
    QTest::newRow("short") << key << QByteArray("abc")
                           << QStringLiteral("ab09e8328708b207b8bdf79d09848b5dd570e7f7147073687959d39bce9f35a2");
    QTest::newRow("several blocks") << key << QByteArray(500, 'x')
                                    << QStringLiteral(
                                           "549311a3dbbb02fa5bd6abf90cafcb54046e555394226053b40bee0f39883dd0");
    QTest::newRow("key longer than a block") << QByteArray(100,
        'k') << QByteArray("abc") << QStringLiteral("b58b2b694fdba0dd76da3ebe99174f728d327560f36ece224e90867972479922");
}

void TestAuditKeyed::hmacIsRfc2104()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QString, expected);
    const AuditKey audit = AuditKey::fromText(key);
    QCOMPARE(audit.hmacHex(message), expected);
    QVERIFY(audit.isHmacOf(message.constData(), message.size(), expected));
    // Again, so that whatever is prepared once per key is used as it was made.
    QCOMPARE(audit.hmacHex(message), expected);
}

QTEST_GUILESS_MAIN(TestAuditKeyed)
#include "tst_auditkeyed.moc"
