// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "support/PostgresServer.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The shared team log on a real PostgreSQL server started by the test.
class TestAuditPostgres : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void appendQueryVerify();
    void detectsTampering();
    void twoConnectionsKeepOneChain();
    void twoWriterProcessesKeepOneChain();

private:
    std::unique_ptr<AuditStore> openFresh(const QString &name);
    std::unique_ptr<PostgresServer> m_server;
};

void TestAuditPostgres::initTestCase()
{
    m_server = std::make_unique<PostgresServer>();
    QString error;
    // No skip: a missing server is a broken test environment (scripts/install-deps installs it).
    QVERIFY2(m_server->start(&error), qPrintable(error));
}

void TestAuditPostgres::cleanupTestCase()
{
    m_server.reset();
}

std::unique_ptr<AuditStore> TestAuditPostgres::openFresh(const QString &name)
{
    QString error;
    const QString url = m_server->createDatabase(name, &error);
    if (url.isEmpty()) {
        qWarning() << error;
        return nullptr;
    }
    auto store = AuditStore::open(url, &error);
    if (!store)
        qWarning() << error;
    return store;
}

void TestAuditPostgres::appendQueryVerify()
{
    const auto store = openFresh(QStringLiteral("basic"));
    QVERIFY(store);
    QCOMPARE(store->backend(), AuditStore::Backend::Postgres);
    QSignalSpy appended(store.get(), &AuditStore::entryAppended);
    for (int i = 0; i < 5; ++i) {
        AuditEntry entry;
        entry.agentId = QStringLiteral("a-%1").arg(i % 2);
        entry.agentName = i % 2 ? QStringLiteral("Zoë Müller") : QStringLiteral("Ana Souza");
        entry.supervisor = QStringLiteral("m.chen");
        entry.outcome = QString(AuditOutcome::Applied);
        entry.reason = QStringLiteral("Coffee");
        QString error;
        QVERIFY2(store->append(entry, &error), qPrintable(error));
        QCOMPARE(entry.id, qint64(i + 1));
    }
    QCOMPARE(appended.count(), 5);
    AuditQuery byName;
    byName.agent = QStringLiteral("zoë"); // ASCII case folding only: SQLite LIKE folds no more
    const QVector<AuditEntry> found = store->query(byName);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.first().id, 4);
    QCOMPARE(found.first().agentName, QStringLiteral("Zoë Müller"));
    QCOMPARE(store->count(byName), 2);
    AuditQuery byText;
    byText.text = QStringLiteral("Coffee");
    QCOMPARE(store->countUpTo(byText, 3), 3); // the audit panel's capped count
    QCOMPARE(store->countUpTo(byText, 10), 5);
    const AuditVerifyResult result = store->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entriesChecked, 5);
    QVERIFY(!store->location().contains(QLatin1String("password")));
}

void TestAuditPostgres::detectsTampering()
{
    const auto store = openFresh(QStringLiteral("tamper"));
    QVERIFY(store);
    for (int i = 0; i < 6; ++i) {
        AuditEntry entry;
        entry.agentId = QStringLiteral("a-%1").arg(i);
        QVERIFY(store->append(entry));
    }
    QSqlQuery edit(store->database());
    QVERIFY(edit.exec(QStringLiteral("DELETE FROM audit_entries WHERE id = 3")));
    const AuditVerifyResult result = store->verify();
    QVERIFY(!result.ok);
    QCOMPARE(result.problem, AuditVerifyResult::Problem::Deleted);
    QCOMPARE(result.firstBadId, 4);
}

void TestAuditPostgres::twoConnectionsKeepOneChain()
{
    const auto first = openFresh(QStringLiteral("twoconnections"));
    QVERIFY(first);
    QString error;
    const auto second = AuditStore::open(m_server->url(QStringLiteral("twoconnections")), &error);
    QVERIFY2(second, qPrintable(error));
    // The second console holds the chain lock; the first one must not slip in between.
    QVERIFY(second->beginWrite(&error));
    AuditEntry inside;
    inside.msg = QStringLiteral("second");
    QVERIFY(second->appendInTransaction(inside, &error));
    QCOMPARE(inside.id, 1);
    QVERIFY(second->commitWrite(&error));
    for (int i = 0; i < 20; ++i) {
        AuditEntry a;
        a.msg = QStringLiteral("first %1").arg(i);
        QVERIFY(first->append(a));
        AuditEntry b;
        b.msg = QStringLiteral("second %1").arg(i);
        QVERIFY(second->append(b));
        QCOMPARE(b.prevHash, a.hash);
    }
    const AuditVerifyResult result = first->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entriesChecked, 41);
}

void TestAuditPostgres::twoWriterProcessesKeepOneChain()
{
    const auto store = openFresh(QStringLiteral("twowriters"));
    QVERIFY(store);
    const QString url = m_server->url(QStringLiteral("twowriters"));
    const QString writer = TestSupport::binaryDir() + QStringLiteral("/audit_writer");
    constexpr int PerWriter = 300;
    QProcess a;
    QProcess b;
    a.start(writer, {url, QString::number(PerWriter), QStringLiteral("writer-a")});
    b.start(writer, {url, QString::number(PerWriter), QStringLiteral("writer-b")});
    QVERIFY(a.waitForFinished(60000));
    QVERIFY(b.waitForFinished(60000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    QCOMPARE(a.readAllStandardOutput().count('\n'), PerWriter);

    AuditQuery all;
    all.limit = 0;
    const QVector<AuditEntry> entries = store->query(all);
    QCOMPARE(entries.size(), 2 * PerWriter);
    // Both writers really interleaved, and the result is still one chain.
    int switches = 0;
    for (int i = 1; i < entries.size(); ++i)
        switches += entries.at(i).supervisor != entries.at(i - 1).supervisor;
    qInfo() << "writer switches in the chain:" << switches;
    const AuditVerifyResult result = store->verify();
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(result.entriesChecked, 2 * PerWriter);
}

QTEST_GUILESS_MAIN(TestAuditPostgres)
#include "tst_auditpostgres.moc"
