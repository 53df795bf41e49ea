// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"
#include "support/TestSupport.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

// An entry acknowledged by append(), or reported durable by the group-committing AuditWriter,
// survives a kill -9 of the writer, and the chain stays valid.
class TestAuditKill : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedEntriesSurviveSigkill_data();
    void acknowledgedEntriesSurviveSigkill();
};

void TestAuditKill::acknowledgedEntriesSurviveSigkill_data()
{
    QTest::addColumn<QStringList>("mode");
    QTest::newRow("append") << QStringList();
    QTest::newRow("group commit") << QStringList {QStringLiteral("group")};
}

void TestAuditKill::acknowledgedEntriesSurviveSigkill()
{
    QFETCH(QStringList, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    const QString writer = TestSupport::binaryDir() + QStringLiteral("/audit_writer");
    QSet<qint64> acknowledged;
    for (int round = 0; round < 3; ++round) {
        QProcess process;
        process.start(
            writer, QStringList {path, QStringLiteral("100000000"), QStringLiteral("round%1").arg(round)} + mode);
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QByteArray output;
        const int before = acknowledged.size();
        // Kill after a different number of entries each round, while the writer is still busy.
        while (output.count('\n') < 150 + 70 * round) {
            QVERIFY2(process.waitForReadyRead(20000), process.readAllStandardError().constData());
            output += process.readAllStandardOutput();
        }
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        output += process.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        for (const QByteArray &line : lines) {
            // A line cut off by the kill was not written completely, so it is not an acknowledgement.
            if (!line.isEmpty() && &line != &lines.constLast())
                acknowledged.insert(line.toLongLong());
        }
        QVERIFY(acknowledged.size() > before);

        QString error;
        const auto store = AuditStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        AuditQuery all;
        all.limit = 0;
        QSet<qint64> stored;
        const QVector<AuditEntry> entries = store->query(all);
        for (const AuditEntry &entry : entries)
            stored.insert(entry.id);
        const QSet<qint64> missing = acknowledged - stored;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 acknowledged entries lost").arg(missing.size())));
        const AuditVerifyResult result = store->verify();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.entriesChecked, qint64(entries.size()));
    }
}

QTEST_GUILESS_MAIN(TestAuditKill)
#include "tst_auditkill.moc"
