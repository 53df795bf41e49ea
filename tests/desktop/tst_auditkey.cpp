// SPDX-License-Identifier: GPL-3.0-or-later
// The console's audit key: made once per audit log and kept in the OS keychain (a throw-away
// gnome-keyring under scripts/with-test-session), STATUSDESK_AUDIT_KEY overriding it, the signed-in
// console keying its log with it, and the audit key dialog saying what the real audit file says:
// keyed or not, the fingerprint but never the key, a team key imported only when it keys the log,
// and an exported key file private to its owner.
#include "ConsoleRig.h"
#include "audit/AuditKey.h"
#include "audit/AuditStore.h"
#include "desktop/AppSettings.h"
#include "desktop/AuditKeyDialog.h"
#include "desktop/AuditKeyring.h"
#include "desktop/MainWindow.h"
#include "desktop/SecretStore.h"
#include "desktop/SettingsDialog.h"
#include "service/Session.h"
#include "support/SimFixture.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kWait = ConsoleRig::kWait;
const QByteArray kTeamKey = "0123456789abcdef0123456789abcdef0123456789abcdef";
const QByteArray kOtherKey = "fedcba9876543210fedcba9876543210";

struct Fetched
{
    QByteArray key;
    AuditKeyring::Source source = AuditKeyring::Source::None;
    QString warning;
};

Fetched fetch(AuditKeyring &keyring, const QString &location, bool generate)
{
    QSignalSpy spy(&keyring, generate ? &AuditKeyring::fetched : &AuditKeyring::lookedUp);
    if (generate)
        keyring.fetch(location);
    else
        keyring.lookUp(location);
    if (!spy.wait(kWait))
        return {};
    const QList<QVariant> args = spy.first();
    return {args.at(1).toByteArray(), args.at(2).value<AuditKeyring::Source>(), args.at(3).toString()};
}

bool save(AuditKeyring &keyring, const QString &location, const QByteArray &key)
{
    QSignalSpy spy(&keyring, &AuditKeyring::saved);
    keyring.save(location, key);
    return spy.wait(kWait) && spy.first().at(1).toBool();
}

// A log of `plain` unkeyed entries, then keyed with key (when given) and `keyed` entries more.
bool writeLog(const QString &path, int plain, const QByteArray &key = {}, int keyed = 0)
{
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(path, &error);
    if (!store)
        return false;
    const auto add = [&store](int count) {
        for (int i = 0; i < count; ++i) {
            AuditEntry entry;
            entry.agentId = QStringLiteral("agent-%1").arg(i);
            entry.toStatus = QStringLiteral("Break");
            entry.outcome = AuditOutcome::Applied;
            if (!store->append(entry))
                return false;
        }
        return true;
    };
    if (!add(plain))
        return false;
    if (key.isEmpty())
        return true;
    return store->setKey(AuditKey::fromText(key)) && add(keyed);
}

AuditKeyState stateOf(const QString &path, const QByteArray &key)
{
    std::unique_ptr<AuditStore> store = AuditStore::open(path, nullptr);
    AuditKeyState state;
    state.kind = AuditKeyState::Kind::Empty;
    state.lastId = -1;
    if (store)
        store->keyState(AuditKey::fromText(key), &state);
    return state;
}

QString text(const QDialog &dialog, const char *name)
{
    const auto *label = dialog.findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("(no %1)").arg(QLatin1String(name));
}

// No label of the dialog shows the key itself.
bool showsKey(const QDialog &dialog, const QByteArray &key)
{
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        if (label->text().contains(QString::fromLatin1(key)))
            return true;
    return false;
}

} // namespace

class TestAuditKey : public QObject, public ConsoleRig
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void keyringMakesOneKeyPerLogAndKeepsIt();
    void environmentOverridesTheKeychain();
    void teamKeyValidation();
    void consoleKeysItsLogWithTheKeychainsKey();
    void consoleKeysAnUnkeyedLogFromAMarker();
    void consoleRefusesALogKeyedWithAnotherKeyUntilTheTeamKeyIsImported();
    void dialogShowsAnUnkeyedLog();
    void dialogShowsTheKeyedLogAndItsFingerprint();
    void dialogRefusesAnotherKeyForAKeyedLog();
    void dialogImportsTheTeamKeyTheLogIsKeyedWith();
    void dialogImportsFromAFileAndRejectsBadKeys();
    void dialogExportsAPrivateFile();
    void settingsOpenTheAuditKeyDialog();

private:
    AuditKeyDialog *openDialog(const QString &location);
    QString logPath(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<AuditKeyring> m_keyring;
    std::unique_ptr<AuditKeyDialog> m_dialog;
};

void TestAuditKey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("STATUSDESK_AUDIT_KEY");
    // The keychain is the point: without one (not under scripts/with-test-session) there is nothing to test.
    SecretStore probe;
    QSignalSpy stored(&probe, &SecretStore::stored);
    probe.store(QStringLiteral("tst_auditkey/probe"), QStringLiteral("probe"));
    QVERIFY(stored.wait(kWait));
    if (!stored.first().at(1).toBool())
        QSKIP("no keychain: run under scripts/with-test-session");
}

void TestAuditKey::init()
{
    SimConfig config;
    config.agents = 6;
    QVERIFY(startRig(config));
    m_keyring = std::make_unique<AuditKeyring>(m_secrets);
}

void TestAuditKey::cleanup()
{
    qunsetenv("STATUSDESK_AUDIT_KEY");
    m_dialog.reset();
    m_keyring.reset();
    stopRig();
}

AuditKeyDialog *TestAuditKey::openDialog(const QString &location)
{
    m_dialog = std::make_unique<AuditKeyDialog>(m_keyring.get(), location);
    m_dialog->show();
    return m_dialog.get();
}

void TestAuditKey::keyringMakesOneKeyPerLogAndKeepsIt()
{
    const QString first = logPath(QStringLiteral("first.sqlite"));
    const QString second = logPath(QStringLiteral("second.sqlite"));
    QCOMPARE(fetch(*m_keyring, first, false).source, AuditKeyring::Source::None);
    const Fetched made = fetch(*m_keyring, first, true);
    QCOMPARE(made.source, AuditKeyring::Source::Generated);
    QVERIFY(AuditKey::fromText(made.key).isValid());
    const Fetched again = fetch(*m_keyring, first, true);
    QCOMPARE(again.source, AuditKeyring::Source::Keychain);
    QCOMPARE(again.key, made.key);
    // Another run (another store on the same keychain) finds it too: it is in the keychain, not in memory.
    SecretStore nextRun;
    AuditKeyring nextKeyring(&nextRun);
    QCOMPARE(fetch(nextKeyring, first, false).key, made.key);
    // Another log gets a key of its own.
    const Fetched other = fetch(*m_keyring, second, true);
    QCOMPARE(other.source, AuditKeyring::Source::Generated);
    QVERIFY(other.key != made.key);
    // Never in the settings file.
    QFile settings(logPath(QStringLiteral("settings.ini")));
    if (settings.open(QIODevice::ReadOnly))
        QVERIFY(!settings.readAll().contains(made.key));
}

void TestAuditKey::environmentOverridesTheKeychain()
{
    const QString location = logPath(QStringLiteral("env.sqlite"));
    QVERIFY(save(*m_keyring, location, kTeamKey));
    qputenv("STATUSDESK_AUDIT_KEY", kOtherKey);
    const Fetched fetched = fetch(*m_keyring, location, true);
    QCOMPARE(fetched.source, AuditKeyring::Source::Environment);
    QCOMPARE(fetched.key, kOtherKey);
    qunsetenv("STATUSDESK_AUDIT_KEY");
    QCOMPARE(fetch(*m_keyring, location, false).key, kTeamKey); // the keychain's was left alone
}

void TestAuditKey::teamKeyValidation()
{
    QString error;
    QVERIFY(AuditKey::fromTeamText(kTeamKey, &error).isValid());
    QVERIFY(AuditKey::fromTeamText("  c3RhdHVzZGVzayB0ZWFtIGtleSAxMjM0NQ==\n", &error).isValid());
    QVERIFY(!AuditKey::fromTeamText("0123456789abcdef", &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("32 digits")), qPrintable(error));
    QVERIFY(!AuditKey::fromTeamText("c3RhdHVzZGVzaw==", &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("24 characters")), qPrintable(error));
    QVERIFY(!AuditKey::fromTeamText("a team key with spaces in it, long enough", &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("hex or base64")), qPrintable(error));
    QVERIFY(!AuditKey::fromTeamText("", &error).isValid());
    QVERIFY(!AuditKey::fromTeamText(QByteArray(5000, 'a'), &error).isValid());
    // The fingerprint tells keys apart and is not the key.
    const AuditKey key = AuditKey::fromText(kTeamKey);
    QCOMPARE(key.fingerprint().size(), 19);
    QVERIFY(!QString::fromLatin1(kTeamKey).contains(key.fingerprint().remove(QLatin1Char(' '))));
    QVERIFY(key.fingerprint() != AuditKey::fromText(kOtherKey).fingerprint());
}

void TestAuditKey::consoleKeysItsLogWithTheKeychainsKey()
{
    QVERIFY(signIn(false, {}, 6000, 6000));
    const QString location = logPath(QStringLiteral("audit.sqlite"));
    AuditStore *audit = m_window->session()->audit();
    QVERIFY(audit->isKeyed());
    const Fetched kept = fetch(*m_keyring, location, false);
    QCOMPARE(kept.source, AuditKeyring::Source::Keychain);
    QCOMPARE(audit->key().text(), kept.key);
    AuditEntry entry;
    entry.agentId = QStringLiteral("agent-x");
    entry.outcome = AuditOutcome::Applied;
    QVERIFY(audit->append(entry));
    QCOMPARE(stateOf(location, kept.key).kind, AuditKeyState::Kind::KeyedWithKey);
    QVERIFY(audit->verify().ok);
    // Signed in again, the console uses the same key: the log still verifies and no marker is added.
    QVERIFY(signIn(false, {}, 6000, 6000));
    QCOMPARE(m_window->session()->audit()->key().text(), kept.key);
    QVERIFY(m_window->session()->audit()->verify().ok);
    QCOMPARE(stateOf(location, kept.key).markerId, qint64(0));
    m_window->close(); // writes the settings file
    QFile settings(logPath(QStringLiteral("settings.ini")));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(kept.key));
}

void TestAuditKey::consoleKeysAnUnkeyedLogFromAMarker()
{
    const QString location = logPath(QStringLiteral("audit.sqlite"));
    QVERIFY(writeLog(location, 3));
    QVERIFY(signIn(false, {}, 6000, 6000));
    const Fetched kept = fetch(*m_keyring, location, false);
    const AuditKeyState state = stateOf(location, kept.key);
    QCOMPARE(state.kind, AuditKeyState::Kind::KeyedWithKey);
    QCOMPARE(state.markerId, qint64(4));
    QVERIFY(m_window->session()->audit()->verify().ok);
}

void TestAuditKey::consoleRefusesALogKeyedWithAnotherKeyUntilTheTeamKeyIsImported()
{
    // The team log was keyed by a colleague's console; this one has never seen it.
    const QString location = logPath(QStringLiteral("audit.sqlite"));
    QVERIFY(writeLog(location, 0, kTeamKey, 3));
    QSignalSpy failed(m_window, &MainWindow::sessionFailed);
    AppSettings::StoredProfile stored = AppSettings::demoProfile(m_sim->baseUrl());
    stored.profile.auditLocation = location;
    m_window->show();
    m_window->startSession(stored, QStringLiteral("statusdesk-demo-secret"));
    QVERIFY(failed.wait(kWait));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("keyed with another key")),
        qPrintable(failed.first().at(0).toString()));
    // Nothing was written to the team log: its last entry is still the colleague's.
    const AuditKeyState untouched = stateOf(location, kTeamKey);
    QCOMPARE(untouched.kind, AuditKeyState::Kind::KeyedWithKey);
    QCOMPARE(untouched.lastId, qint64(3));

    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("not with this console's key")),
        qPrintable(text(*dialog, "auditKeyChain")));
    QSignalSpy imported(dialog, &AuditKeyDialog::keyImported);
    dialog->importText(kTeamKey);
    QVERIFY(imported.wait(kWait));
    m_dialog.reset();

    QVERIFY(signIn(false, {}, 6000, 6000));
    QCOMPARE(m_window->session()->audit()->key().text(), kTeamKey);
    AuditEntry entry;
    entry.agentId = QStringLiteral("agent-y");
    entry.outcome = AuditOutcome::Applied;
    QVERIFY(m_window->session()->audit()->append(entry));
    QVERIFY(m_window->session()->audit()->verify().ok);
    QCOMPARE(stateOf(location, kTeamKey).kind, AuditKeyState::Kind::KeyedWithKey);
}

void TestAuditKey::dialogShowsAnUnkeyedLog()
{
    const QString location = logPath(QStringLiteral("plain.sqlite"));
    QVERIFY(writeLog(location, 3));
    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("not keyed: its 3 entries")),
        qPrintable(text(*dialog, "auditKeyChain")));
    QVERIFY2(text(*dialog, "auditKeyFingerprint").contains(QStringLiteral("no key")),
        qPrintable(text(*dialog, "auditKeyFingerprint")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("auditKeyExport"))->isEnabled());
}

void TestAuditKey::dialogShowsTheKeyedLogAndItsFingerprint()
{
    const QString location = logPath(QStringLiteral("keyed.sqlite"));
    QVERIFY(writeLog(location, 3, kTeamKey, 2));
    QVERIFY(save(*m_keyring, location, kTeamKey));
    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    // Three plain entries, the marker (4), two keyed ones: six in all.
    QVERIFY2(
        text(*dialog, "auditKeyChain").contains(QStringLiteral("keyed with this console's key from entry 4 on (6")),
        qPrintable(text(*dialog, "auditKeyChain")));
    QVERIFY(text(*dialog, "auditKeyFingerprint").contains(AuditKey::fromText(kTeamKey).fingerprint()));
    QVERIFY(!showsKey(*dialog, kTeamKey));
    // Someone appends without the key: the dialog reads it from the file.
    QVERIFY(writeLog(location, 1));
    m_dialog.reset();
    dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("last entry (7) has a plain link")),
        qPrintable(text(*dialog, "auditKeyChain")));
}

void TestAuditKey::dialogRefusesAnotherKeyForAKeyedLog()
{
    const QString location = logPath(QStringLiteral("keyed.sqlite"));
    QVERIFY(writeLog(location, 0, kTeamKey, 2));
    QVERIFY(save(*m_keyring, location, kTeamKey));
    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QSignalSpy imported(dialog, &AuditKeyDialog::keyImported);
    dialog->findChild<QLineEdit *>(QStringLiteral("auditKeyInput"))->setText(QString::fromLatin1(kOtherKey));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("auditKeyImport")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(text(*dialog, "auditKeyResult").startsWith(QStringLiteral("Not imported")), kWait);
    QVERIFY2(text(*dialog, "auditKeyResult").contains(QStringLiteral("cannot be changed")),
        qPrintable(text(*dialog, "auditKeyResult")));
    QCOMPARE(imported.count(), 0);
    QCOMPARE(fetch(*m_keyring, location, false).key, kTeamKey);
    QVERIFY(!showsKey(*dialog, kOtherKey));
}

void TestAuditKey::dialogImportsTheTeamKeyTheLogIsKeyedWith()
{
    // A team log keyed by a colleague's console; this console made a key of its own first.
    const QString location = logPath(QStringLiteral("team.sqlite"));
    QVERIFY(writeLog(location, 2, kTeamKey, 3));
    const Fetched own = fetch(*m_keyring, location, true);
    QCOMPARE(own.source, AuditKeyring::Source::Generated);
    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("not with this console's key")),
        qPrintable(text(*dialog, "auditKeyChain")));
    QSignalSpy imported(dialog, &AuditKeyDialog::keyImported);
    dialog->findChild<QLineEdit *>(QStringLiteral("auditKeyInput"))->setText(QString::fromLatin1(kTeamKey));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("auditKeyImport")), Qt::LeftButton);
    QVERIFY(imported.wait(kWait));
    QVERIFY2(text(*dialog, "auditKeyResult").startsWith(QStringLiteral("Imported")),
        qPrintable(text(*dialog, "auditKeyResult")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("keyed with this console's key from entry 3")),
        qPrintable(text(*dialog, "auditKeyChain")));
    QVERIFY(text(*dialog, "auditKeyFingerprint").contains(AuditKey::fromText(kTeamKey).fingerprint()));
    QCOMPARE(fetch(*m_keyring, location, false).key, kTeamKey);
    // The console signs in with it and writes entries that verify.
    m_dialog.reset();
    std::unique_ptr<AuditStore> store = AuditStore::open(location, nullptr);
    QVERIFY(store && store->setKey(AuditKey::fromText(fetch(*m_keyring, location, true).key)));
    QVERIFY(store->verify().ok);
}

void TestAuditKey::dialogImportsFromAFileAndRejectsBadKeys()
{
    const QString location = logPath(QStringLiteral("plain.sqlite"));
    QVERIFY(writeLog(location, 2));
    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    dialog->importText("too short");
    QVERIFY2(text(*dialog, "auditKeyResult").startsWith(QStringLiteral("Not imported")),
        qPrintable(text(*dialog, "auditKeyResult")));
    dialog->importFile(logPath(QStringLiteral("missing.key")));
    QVERIFY2(text(*dialog, "auditKeyResult").contains(QStringLiteral("cannot read")),
        qPrintable(text(*dialog, "auditKeyResult")));
    QCOMPARE(fetch(*m_keyring, location, false).source, AuditKeyring::Source::None);

    const QString keyFile = logPath(QStringLiteral("team.key"));
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kTeamKey + "\n");
    file.close();
    QSignalSpy imported(dialog, &AuditKeyDialog::keyImported);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait); // the look-up above is read by the dialog too
    dialog->importFile(keyFile);
    QVERIFY(imported.wait(kWait));
    QCOMPARE(fetch(*m_keyring, location, false).key, kTeamKey);
    // An unkeyed log accepts any key; it stays unkeyed until the next sign-in appends the marker.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("not keyed")),
        qPrintable(text(*dialog, "auditKeyChain")));
    QCOMPARE(stateOf(location, kTeamKey).kind, AuditKeyState::Kind::Unkeyed);
}

void TestAuditKey::dialogExportsAPrivateFile()
{
    const QString location = logPath(QStringLiteral("keyed.sqlite"));
    QVERIFY(writeLog(location, 0, kTeamKey, 1));
    QVERIFY(save(*m_keyring, location, kTeamKey));
    AuditKeyDialog *dialog = openDialog(location);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("auditKeyExport"))->isEnabled());
    QVERIFY(text(*dialog, "auditKeyExportWarning").contains(QStringLiteral("rewrite the audit log")));
    const QString exported = logPath(QStringLiteral("export.key"));
    QVERIFY(dialog->exportTo(exported));
    QFile file(exported);
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed(), kTeamKey);
    // The CLI's key file check accepts it as it is.
    QCOMPARE(AuditKey::fromFile(exported).text(), kTeamKey);
    QVERIFY(!showsKey(*dialog, kTeamKey));
}

void TestAuditKey::settingsOpenTheAuditKeyDialog()
{
    SettingsDialog settings;
    AppSettings::StoredProfile stored = AppSettings::demoProfile({});
    stored.profile.auditLocation = logPath(QStringLiteral("plain.sqlite"));
    QVERIFY(writeLog(stored.profile.auditLocation, 2));
    settings.setProfile(stored);
    auto *button = settings.findChild<QPushButton *>(QStringLiteral("settingsAuditKey"));
    QVERIFY(button);
    QVERIFY(button->isHidden());
    settings.setAuditKeyring(m_keyring.get());
    settings.show();
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = settings.findChild<AuditKeyDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), kWait);
    QVERIFY2(text(*dialog, "auditKeyChain").contains(QStringLiteral("not keyed: its 2 entries")),
        qPrintable(text(*dialog, "auditKeyChain")));
}

QTEST_MAIN(TestAuditKey)
#include "tst_auditkey.moc"
