// SPDX-License-Identifier: GPL-3.0-or-later
// Without any keychain (no session bus at all), a secret is kept for this run only and the failure
// is reported, so that the console can say so; an audit key is not kept at all.
#include "audit/AuditKey.h"
#include "desktop/AuditKeyring.h"
#include "desktop/SecretStore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

class TestNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void secretIsKeptForThisRunOnly();
    void auditKeyIsNotMadeWithoutAKeychain();
};

void TestNoKeychain::secretIsKeptForThisRunOnly()
{
    SecretStore store;
    const QString key = SecretStore::keyFor(QStringLiteral("nokeychain"), QStringLiteral("client-secret"));
    QSignalSpy stored(&store, &SecretStore::stored);
    store.store(key, QStringLiteral("only-now"));
    QVERIFY(stored.wait(15000));
    QCOMPARE(stored.first().at(1).toBool(), false);
    QVERIFY(!stored.first().at(2).toString().isEmpty());
    QVERIFY(store.keychainFailed());

    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load(key);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("only-now"));
    QVERIFY(loaded.first().at(2).toBool());

    // A second store (the next run) does not know it.
    SecretStore nextRun;
    QSignalSpy nextLoaded(&nextRun, &SecretStore::loaded);
    nextRun.load(key);
    QVERIFY(nextLoaded.wait(15000));
    QVERIFY(nextLoaded.first().at(1).toString().isEmpty());
    QVERIFY(!nextLoaded.first().at(2).toBool());
}

void TestNoKeychain::auditKeyIsNotMadeWithoutAKeychain()
{
    qunsetenv("STATUSDESK_AUDIT_KEY");
    SecretStore store;
    AuditKeyring keyring(&store);
    const QString location = QStringLiteral("nokeychain-audit.sqlite");
    for (int attempt = 0; attempt < 2; ++attempt) {
        // A key kept for this run only would key the log and be gone tomorrow: none is made.
        QSignalSpy fetched(&keyring, &AuditKeyring::fetched);
        keyring.fetch(location);
        QVERIFY(fetched.wait(15000));
        QVERIFY(fetched.first().at(1).toByteArray().isEmpty());
        QCOMPARE(fetched.first().at(2).value<AuditKeyring::Source>(), AuditKeyring::Source::None);
        QVERIFY(!fetched.first().at(3).toString().isEmpty());
    }
    // An imported key is not taken either.
    QSignalSpy saved(&keyring, &AuditKeyring::saved);
    keyring.save(location, AuditKey::generate().text());
    QVERIFY(saved.wait(15000));
    QVERIFY(!saved.first().at(1).toBool());
    QSignalSpy lookedUp(&keyring, &AuditKeyring::lookedUp);
    keyring.lookUp(location);
    QVERIFY(lookedUp.wait(15000));
    QVERIFY(lookedUp.first().at(1).toByteArray().isEmpty());
}

int main(int argc, char *argv[])
{
    // Point both QtDBus and libsecret at a bus that does not exist, before anything connects.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/statusdesk-test-bus");
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
