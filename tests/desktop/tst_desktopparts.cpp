// SPDX-License-Identifier: GPL-3.0-or-later
// The console's parts that need no server: settings, keychain, message bar, the dialogs fed by values,
// the audit panel on a local log and the demo's simulator child.
#include "audit/AuditStore.h"
#include "core/ManualClock.h"
#include "desktop/AppSettings.h"
#include "desktop/AuditPanel.h"
#include "desktop/BulkChangeDialog.h"
#include "desktop/ChangeDialog.h"
#include "desktop/ConflictDialog.h"
#include "desktop/DemoLauncher.h"
#include "desktop/IconLoader.h"
#include "desktop/MessageBar.h"
#include "desktop/SecretStore.h"
#include "desktop/SettingsDialog.h"
#include "models/AuditTableModel.h"
#include "models/StatusLabels.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <signal.h>

class TestDesktopParts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsRoundTripWithoutSecrets();
    void settingsKeysHaveDefaults();
    void secretStoreKeepsTheSecret();
    void messageBarShowsPlainText();
    void iconsExistForEveryStatus_data();
    void iconsExistForEveryStatus();
    void actionIconsFollowTheDarkPalette();
    void changeDialogNeedsReasonWhereRulesAsk();
    void conflictDialogAnswersOnce_data();
    void conflictDialogAnswersOnce();
    void conflictDialogRefusedApply();
    void bulkConflictsSayOnlyWhatIsKnown();
    void conflictDialogAsksForAMissingReason();
    void conflictDialogShowsStatusLabels();
    void auditPanelNeverWaitsForItsJob();
    void auditPanelShowsABrokenChain();
    void demoWebhookSinkIsTheSimulatorsPayrollSink();
    void demoStopReturnsWhileTheChildStillRuns();
    void demoStopKillsAChildThatDoesNotEnd();
    void settingsDialogShowsRulesErrorWithLine();
};

void TestDesktopParts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDesktopParts::settingsRoundTripWithoutSecrets()
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("s.ini"));
    AppSettings::StoredProfile stored;
    stored.name = QStringLiteral("Billing/Team <1>");
    stored.kind = AppSettings::Kind::Genesys;
    stored.profile.region = QStringLiteral("eu-central-1");
    stored.profile.clientId = QStringLiteral("abc");
    stored.profile.clientSecret = QStringLiteral("TOP-SECRET-1");
    stored.profile.webhookSecret = QStringLiteral("TOP-SECRET-2");
    stored.profile.authMode = Profile::AuthMode::Pkce;
    stored.profile.webhookUrl = QUrl(QStringLiteral("https://payroll.example.org/hook"));
    stored.profile.rateLimitPerMinute = 120;
    stored.profile.redirectPort = 9123;
    stored.alertMinutes = {{QStringLiteral("Break"), 20}};
    {
        AppSettings settings(ini, nullptr);
        QSignalSpy changed(&settings, &AppSettings::profilesChanged);
        settings.saveProfile(stored);
        QCOMPARE(changed.count(), 1);
        settings.sync();
    }
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("TOP-SECRET"));
    AppSettings settings(ini, nullptr);
    QCOMPARE(settings.profileNames(), QStringList {stored.name});
    const AppSettings::StoredProfile loaded = settings.profile(stored.name);
    QCOMPARE(loaded.kind, AppSettings::Kind::Genesys);
    QCOMPARE(loaded.profile.region, stored.profile.region);
    QCOMPARE(loaded.profile.clientId, stored.profile.clientId);
    QCOMPARE(loaded.profile.authMode, Profile::AuthMode::Pkce);
    QCOMPARE(loaded.profile.webhookUrl, stored.profile.webhookUrl);
    QCOMPARE(loaded.profile.rateLimitPerMinute, 120);
    QCOMPARE(loaded.profile.redirectPort, quint16(9123)); // the registered redirect URI's port
    QVERIFY(loaded.profile.clientSecret.isEmpty());
    QVERIFY(loaded.profile.webhookSecret.isEmpty());
    QCOMPARE(loaded.alertMinutes.value(QStringLiteral("Break")), 20);
    settings.removeProfile(stored.name);
    QVERIFY(settings.profileNames().isEmpty());
}

void TestDesktopParts::settingsKeysHaveDefaults()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("s.ini")), nullptr);
    QCOMPARE(settings.value(AppSettings::Key::TrayNotifications).toBool(), true);
    QVERIFY(settings.value(AppSettings::Key::WindowGeometry).toByteArray().isEmpty());
    QSignalSpy changed(&settings, &AppSettings::changed);
    settings.setValue(AppSettings::Key::LastProfile, QStringLiteral("Demo"));
    settings.setValue(AppSettings::Key::LastProfile, QStringLiteral("Demo"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(settings.value(AppSettings::Key::LastProfile).toString(), QStringLiteral("Demo"));
}

void TestDesktopParts::secretStoreKeepsTheSecret()
{
    // With a keychain (scripts/with-test-session) the secret is persisted; without one it is kept
    // for this run only and the failure is reported. Either way the next load finds it.
    SecretStore store;
    const QString key = SecretStore::keyFor(QStringLiteral("tst_desktopparts"), QStringLiteral("client-secret"));
    QSignalSpy stored(&store, &SecretStore::stored);
    store.store(key, QStringLiteral("s3cret"));
    QVERIFY(stored.wait(10000));
    const bool persisted = stored.first().at(1).toBool();
    const QString error = stored.first().at(2).toString();
    QCOMPARE(persisted, error.isEmpty());
    QCOMPARE(store.keychainFailed(), !persisted);
    QSignalSpy loaded(&store, &SecretStore::loaded);
    store.load(key);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toString(), key);
    QCOMPARE(loaded.first().at(1).toString(), QStringLiteral("s3cret"));
    QVERIFY(loaded.first().at(2).toBool());
    QSignalSpy removed(&store, &SecretStore::removed);
    store.remove(key);
    QVERIFY(removed.wait(10000));
    if (persisted) {
        store.load(key);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 10000);
        QVERIFY(!loaded.last().at(2).toBool());
    }
}

void TestDesktopParts::messageBarShowsPlainText()
{
    QWidget parent;
    MessageBar bar(&parent);
    QSignalSpy action(&bar, &MessageBar::actionTriggered);
    bar.showMessage(QStringLiteral("<b>403</b> from server"), MessageBar::Level::Error, QStringLiteral("Retry"),
        QStringLiteral("retry:1"));
    parent.show();
    QVERIFY(bar.isVisible());
    auto *text = bar.findChild<QLabel *>(QStringLiteral("messageBarText"));
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QCOMPARE(bar.text(), QStringLiteral("<b>403</b> from server"));
    QCOMPARE(bar.level(), MessageBar::Level::Error);
    QTest::mouseClick(bar.findChild<QPushButton *>(QStringLiteral("messageBarAction")), Qt::LeftButton);
    QCOMPARE(action.count(), 1);
    QCOMPARE(action.first().at(0).toString(), QStringLiteral("retry:1"));
    bar.showMessage(QStringLiteral("gone soon"), MessageBar::Level::Information, {}, {}, 50);
    QTRY_VERIFY(!bar.isVisible());
}

void TestDesktopParts::iconsExistForEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    for (const char *key :
        {"Available", "OnQueue", "Break", "Meal", "Away", "Busy", "Meeting", "Training", "Offline", "Idle"})
        QTest::newRow(key) << QString::fromLatin1(key);
}

void TestDesktopParts::iconsExistForEveryStatus()
{
    QFETCH(QString, status);
    QVERIFY(!IconLoader::statusIconPath(status).endsWith(QLatin1String("unknown.svg")));
    const QIcon icon = IconLoader::status(status);
    QVERIFY(!icon.isNull());
    // Crisp at 2x: a 32 px pixmap exists for a 16 px icon.
    QCOMPARE(icon.pixmap(QSize(32, 32)).size(), QSize(32, 32));
}

namespace {

// The mean lightness of the icon's opaque pixels.
int inkLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(32, 32)).toImage();
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

} // namespace

void TestDesktopParts::actionIconsFollowTheDarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette light = original;
    light.setColor(QPalette::WindowText, Qt::black);
    light.setColor(QPalette::Window, Qt::white);
    QApplication::setPalette(light);
    const int onLight = inkLightness(IconLoader::action(QStringLiteral("refresh")));
    QPalette dark = original;
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QApplication::setPalette(dark);
    const int onDark = inkLightness(IconLoader::action(QStringLiteral("refresh")));
    QApplication::setPalette(original);
    QVERIFY(onLight >= 0 && onDark >= 0);
    QVERIFY2(onLight < 80 && onDark > 180, qPrintable(QStringLiteral("%1 / %2").arg(onLight).arg(onDark)));
}

void TestDesktopParts::changeDialogNeedsReasonWhereRulesAsk()
{
    ChangeDialog dialog;
    dialog.setAgents({QStringLiteral("<i>Ana</i>")}, QStringLiteral("On Queue"));
    dialog.setReasonCodes({QStringLiteral("Coffee"), QStringLiteral("EndOfShift")});
    dialog.setTargets({{QStringLiteral("Break"), QStringLiteral("Break"), true, {}, true},
        {QStringLiteral("Meal"), QStringLiteral("Meal"), false, QStringLiteral("<b>full</b>"), false},
        {QStringLiteral("Available"), QStringLiteral("Available"), true, {}, false}});
    dialog.setPreviewFunction(
        [](const QString &target, const QString &reason) -> QString { return target + QLatin1Char('/') + reason; });
    QSignalSpy requested(&dialog, &ChangeDialog::changeRequested);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("changeDialogApply"));
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("changeDialogReason"));
    auto *targets = dialog.findChild<QListWidget *>(QStringLiteral("changeDialogTargets"));
    // Nothing is preselected: the lead picks the target.
    QCOMPARE(dialog.selectedTarget(), QString());
    QVERIFY(!apply->isEnabled());
    QVERIFY(dialog.selectTarget(QStringLiteral("Break")));
    QVERIFY(!apply->isEnabled()); // Break needs a reason
    QCOMPARE(targets->item(1)->toolTip(), QStringLiteral("<p>&lt;b&gt;full&lt;/b&gt;</p>"));
    QVERIFY(!(targets->item(1)->flags() & Qt::ItemIsEnabled));
    reason->setCurrentIndex(reason->findData(QStringLiteral("Coffee")));
    QVERIFY(apply->isEnabled());
    QCOMPARE(dialog.findChild<QPlainTextEdit *>(QStringLiteral("changeDialogPreview"))->toPlainText(),
        QStringLiteral("Break/Coffee"));
    QVERIFY(dialog.selectTarget(QStringLiteral("Available")));
    reason->setCurrentIndex(0);
    QVERIFY(apply->isEnabled());
    dialog.open();
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("Available"));
    QCOMPARE(requested.first().at(1).toString(), QString());
    auto *heading = dialog.findChild<QLabel *>(QStringLiteral("changeDialogHeading"));
    QCOMPARE(heading->textFormat(), Qt::PlainText);
    QVERIFY(heading->text().contains(QStringLiteral("<i>Ana</i>")));
}

void TestDesktopParts::conflictDialogAnswersOnce_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("resolution");
    QTest::newRow("apply") << QStringLiteral("conflictApplyLatest") << int(Resolution::ApplyToLatest);
    QTest::newRow("keep") << QStringLiteral("conflictKeepTheirs") << int(Resolution::KeepTheirs);
    QTest::newRow("cancel") << QStringLiteral("conflictCancel") << int(Resolution::Cancel);
    QTest::newRow("escape") << QString() << int(Resolution::Cancel);
}

void TestDesktopParts::conflictDialogAnswersOnce()
{
    QFETCH(QString, button);
    QFETCH(int, resolution);
    ConflictDialog dialog;
    ChangeConflict conflict;
    conflict.ours.agentName = QStringLiteral("<b>Bold</b> Smith");
    conflict.ours.toStatus = QStringLiteral("Break");
    conflict.theirs.status = QStringLiteral("Meeting");
    conflict.theirs.changedBy = QStringLiteral("M. Chen");
    ConflictVerdict verdict;
    verdict.allowed = true;
    verdict.text = QStringLiteral("ok");
    dialog.setConflict(conflict, StatusLabels(), verdict);
    QSignalSpy resolved(&dialog, &ConflictDialog::resolved);
    dialog.open();
    if (button.isEmpty())
        QTest::keyClick(&dialog, Qt::Key_Escape);
    else
        QTest::mouseClick(dialog.findChild<QPushButton *>(button), Qt::LeftButton);
    QCOMPARE(resolved.count(), 1);
    QCOMPARE(int(resolved.first().at(0).value<Resolution>()), resolution);
    QVERIFY(!dialog.isVisible());
    auto *title = dialog.findChild<QLabel *>(QStringLiteral("conflictTitle"));
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(title->text().startsWith(QStringLiteral("<b>Bold</b> Smith")));
}

void TestDesktopParts::conflictDialogRefusedApply()
{
    ConflictDialog dialog;
    ChangeConflict conflict;
    conflict.ours.agentName = QStringLiteral("Ana");
    conflict.ours.toStatus = QStringLiteral("Meal");
    conflict.theirs.status = QStringLiteral("Break");
    conflict.theirs.presenceLabel = QStringLiteral("Break");
    ConflictVerdict verdict;
    verdict.text = QStringLiteral("Meal is not allowed from Break.");
    dialog.setConflict(conflict, StatusLabels(), verdict);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("conflictApplyLatest"));
    QVERIFY(!apply->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictVerdict"))->text(),
        QStringLiteral("Meal is not allowed from Break."));
    // Nothing known of who did it, and no reason from the server: said as such, no status name instead.
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictTheirBy"))->text(), QStringLiteral("another client"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictTheirReason"))->text(), QStringLiteral("—"));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("conflictKeepTheirs"))->isDefault());
}

// The bulk review names who changed an agent only as an audit history knows it, and offers Apply to
// latest as the default only where the rules allow it.
void TestDesktopParts::bulkConflictsSayOnlyWhatIsKnown()
{
    BulkChangeDialog dialog(StatusLabels {});
    QVector<ChangeConflict> conflicts(3);
    QVector<ConflictVerdict> verdicts(3);
    const QStringList names {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Cy")};
    for (int i = 0; i < 3; ++i) {
        conflicts[i].changeId = QStringLiteral("c%1").arg(i);
        conflicts[i].ours.agentName = names.at(i);
        conflicts[i].ours.toStatus = QStringLiteral("Break");
        conflicts[i].theirs.status = QStringLiteral("Meeting");
    }
    verdicts[0].allowed = true;
    verdicts[0].text = QStringLiteral("Break is allowed from Meeting.");
    verdicts[0].changedBy = QStringLiteral("M. Chen");
    verdicts[1].text = QStringLiteral("Break is full.");
    verdicts[2].allowed = true;
    verdicts[2].reasonCodes = QStringList {QStringLiteral("Coffee")};
    dialog.showConflicts(conflicts, verdicts);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("bulkConflicts"));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("M. Chen"));
    QCOMPARE(table->item(1, 2)->text(), QStringLiteral("another client"));
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("another client"));
    const auto choice = [table](int row) { return qobject_cast<QComboBox *>(table->cellWidget(row, 3)); };
    const auto applyEnabled
        = [&choice](int row) { return qobject_cast<QStandardItemModel *>(choice(row)->model())->item(0)->isEnabled(); };
    QCOMPARE(choice(0)->currentIndex(), 0);
    QVERIFY(applyEnabled(0));
    // Refused: Keep theirs is the default, Apply to latest cannot be picked, and the tooltip says why.
    QCOMPARE(choice(1)->currentIndex(), 1);
    QVERIFY(!applyEnabled(1));
    QVERIFY(choice(1)->toolTip().contains(QStringLiteral("Break is full.")));
    // A reason would be needed, and the bulk review picks none: said as what is missing.
    QCOMPARE(choice(2)->currentIndex(), 1);
    QVERIFY(!applyEnabled(2));
    QVERIFY(choice(2)->toolTip().contains(QStringLiteral("needs a reason")));
    // "All: apply to latest" leaves the refused ones alone.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("bulkAllLatest")), Qt::LeftButton);
    QCOMPARE(choice(0)->currentIndex(), 0);
    QCOMPARE(choice(1)->currentIndex(), 1);
    QCOMPARE(choice(2)->currentIndex(), 1);
}

// From their status our target needs a reason that ours lacks: Apply waits for one picked here.
void TestDesktopParts::conflictDialogAsksForAMissingReason()
{
    ConflictDialog dialog;
    ChangeConflict conflict;
    conflict.ours.agentName = QStringLiteral("Ana");
    conflict.ours.toStatus = QStringLiteral("Break");
    conflict.theirs.status = QStringLiteral("OnQueue");
    ConflictVerdict verdict;
    verdict.allowed = true;
    verdict.text = QStringLiteral("Break is allowed from On Queue. It needs a reason.");
    verdict.reasonCodes = {QStringLiteral("Coffee"), QStringLiteral("Lunch")};
    verdict.changedBy = QStringLiteral("Mei Chen");
    dialog.setConflict(conflict, StatusLabels(), verdict);
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("conflictApplyLatest"));
    auto *keep = dialog.findChild<QPushButton *>(QStringLiteral("conflictKeepTheirs"));
    auto *reason = dialog.findChild<QComboBox *>(QStringLiteral("conflictReason"));
    QSignalSpy resolved(&dialog, &ConflictDialog::resolved);
    dialog.open();
    QVERIFY(reason && reason->isVisible());
    QVERIFY(!apply->isEnabled());
    QVERIFY(keep->isDefault());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictTheirBy"))->text(), QStringLiteral("Mei Chen"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("Lunch")));
    QVERIFY(apply->isEnabled());
    QVERIFY(apply->isDefault());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(resolved.count(), 1);
    QCOMPARE(int(resolved.first().at(0).value<Resolution>()), int(Resolution::ApplyToLatest));
    QCOMPARE(resolved.first().at(1).toString(), QStringLiteral("Lunch"));
}

void TestDesktopParts::conflictDialogShowsStatusLabels()
{
    // The server's label in the UI language where it has one, StatusDesk's own name otherwise.
    StatusCatalogue catalogue = StatusCatalogue::defaults();
    StatusCatalogue::Definition meeting;
    meeting.id = QStringLiteral("def-meeting");
    meeting.status = QStringLiteral("Meeting");
    meeting.name = QStringLiteral("Meeting");
    meeting.languageLabels = {{QStringLiteral("de"), QStringLiteral("Besprechung")}};
    catalogue.addDefinition(meeting);
    ConflictDialog dialog;
    ChangeConflict conflict;
    conflict.ours.agentName = QStringLiteral("Ana");
    conflict.ours.toStatus = QStringLiteral("OnQueue");
    conflict.theirs.status = QStringLiteral("Meeting");
    ConflictVerdict verdict;
    verdict.allowed = true;
    verdict.text = QStringLiteral("ok");
    dialog.setConflict(conflict, StatusLabels(catalogue, QStringLiteral("de")), verdict);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictTheirStatus"))->text(), QStringLiteral("Besprechung"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("conflictOurStatus"))->text(), QStringLiteral("On Queue"));
}

void TestDesktopParts::auditPanelNeverWaitsForItsJob()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit.sqlite"));
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    for (int i = 0; i < 3; ++i) {
        AuditEntry entry;
        entry.level = AuditLevel::Info;
        entry.agentId = QStringLiteral("agent-%1").arg(i);
        entry.fromStatus = QStringLiteral("Available");
        entry.toStatus = QStringLiteral("Break");
        entry.outcome = AuditOutcome::Applied;
        QVERIFY2(store->append(entry, &error), qPrintable(error));
    }
    AuditPanel panel;
    panel.setStatusLabels(StatusLabels());
    panel.attach(store.get());
    QTRY_COMPARE(panel.entryCount(), 3);
    auto *verify = panel.findChild<QPushButton *>(QStringLiteral("auditVerify"));
    auto *verdict = panel.findChild<QLabel *>(QStringLiteral("auditVerdict"));
    QTest::mouseClick(verify, Qt::LeftButton);
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Chain intact")), qPrintable(verdict->text()));

    // Another writer holds the log's write lock: the next job waits for it on its worker thread.
    std::unique_ptr<AuditStore> writer = AuditStore::open(path, &error);
    QVERIFY2(writer, qPrintable(error));
    QVERIFY2(writer->beginWrite(&error), qPrintable(error));
    QTest::mouseClick(verify, Qt::LeftButton);
    QVERIFY(panel.isBusy());
    // Signing out returns with the job still running, and the session may delete its store at once.
    panel.attach(nullptr);
    QVERIFY(panel.isBusy());
    store.reset();
    writer->rollbackWrite();
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(verdict->text().startsWith(QStringLiteral("Chain intact")), qPrintable(verdict->text()));
}

void TestDesktopParts::auditPanelShowsABrokenChain()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(dir.filePath(QStringLiteral("audit.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->setKey(AuditKey::fromText("a console's key from the keychain")));
    for (int i = 0; i < 4; ++i) {
        AuditEntry entry;
        entry.agentId = QStringLiteral("agent-%1").arg(i);
        entry.toStatus = QStringLiteral("Break");
        entry.outcome = AuditOutcome::Applied;
        QVERIFY2(store->append(entry, &error), qPrintable(error));
    }
    QSqlQuery edit(store->database());
    QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entries SET to_status = 'Meal' WHERE id = 2")));
    AuditPanel panel;
    panel.setStatusLabels(StatusLabels());
    panel.attach(store.get());
    auto *table = panel.findChild<QTableView *>(QStringLiteral("auditTable"));
    auto *verdict = panel.findChild<QLabel *>(QStringLiteral("auditVerdict"));
    QVERIFY(table && verdict);
    QTRY_VERIFY(!panel.isLoading() && panel.entryCount() == 4);
    QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("auditVerify")), Qt::LeftButton);
    QTRY_VERIFY(!panel.isBusy());
    QVERIFY2(verdict->text().contains(QStringLiteral("BROKEN at entry 2 (edited)")), qPrintable(verdict->text()));
    QVERIFY(!verdict->styleSheet().isEmpty());
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.constFirst().data(AuditTableModel::EntryIdRole).toLongLong(), 2);
}

void TestDesktopParts::demoWebhookSinkIsTheSimulatorsPayrollSink()
{
    QCOMPARE(DemoLauncher::webhookSinkUrl(QUrl(QStringLiteral("http://127.0.0.1:8123"))),
        QUrl(QStringLiteral("http://127.0.0.1:8123/sim/webhooks/payroll")));
}

void TestDesktopParts::demoStopReturnsWhileTheChildStillRuns()
{
    ManualClock clock;
    DemoLauncher launcher(nullptr, &clock);
    QSignalSpy started(&launcher, &DemoLauncher::started);
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
    launcher.start();
    QVERIFY(started.wait(20000));
    launcher.stop();
    // Asked to end, not waited for: the child is still there when stop() returns.
    QVERIFY(launcher.isRunning());
    QCOMPARE(stopped.count(), 0);
    QVERIFY(stopped.wait(20000));
    QVERIFY(!launcher.isRunning());
    QCOMPARE(failed.count(), 0);
}

void TestDesktopParts::demoStopKillsAChildThatDoesNotEnd()
{
#ifdef Q_OS_UNIX
    ManualClock clock;
    DemoLauncher launcher(nullptr, &clock);
    QSignalSpy started(&launcher, &DemoLauncher::started);
    QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
    launcher.start();
    QVERIFY(started.wait(20000));
    // A stopped process leaves the terminate request pending: only a kill ends it.
    QCOMPARE(::kill(pid_t(launcher.processId()), SIGSTOP), 0);
    launcher.stop();
    clock.advance(DemoLauncher::kKillAfterMs - 1);
    QCoreApplication::processEvents();
    QVERIFY(launcher.isRunning());
    clock.advance(1);
    QVERIFY(stopped.wait(20000));
    QVERIFY(!launcher.isRunning());
#else
    QSKIP("needs POSIX signals");
#endif
}

void TestDesktopParts::settingsDialogShowsRulesErrorWithLine()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"statuses\": [\"Available\",\n  \"Break\"\n  \"transitions\": {}\n}\n");
    file.close();
    SettingsDialog dialog;
    dialog.setProfile(AppSettings::demoProfile(QUrl(QStringLiteral("http://127.0.0.1:1"))));
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.findChild<QLineEdit *>(QStringLiteral("settingsRulesFile"))->setText(bad);
    QVERIFY(!dialog.validateRules());
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("settingsRulesStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("line 4")), qPrintable(status));
    dialog.open();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
    QCOMPARE(saved.count(), 0); // a bad rules file is never saved
    dialog.findChild<QLineEdit *>(QStringLiteral("settingsRulesFile"))->clear();
    dialog.findChild<QLineEdit *>(QStringLiteral("settingsWebhookSecret"))->setText(QStringLiteral("k"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("settingsWebhookSecret")), QStringLiteral("ey"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().at(1).toString(), QStringLiteral("key"));
    QVERIFY(saved.first().at(2).toBool());
    QVERIFY(saved.first().at(0).value<AppSettings::StoredProfile>().profile.webhookSecret.isEmpty());
}

QTEST_MAIN(TestDesktopParts)
#include "tst_desktopparts.moc"
