// SPDX-License-Identifier: GPL-3.0-or-later
// The audit and webhook panels on their models: selection and details, refresh, next attempt, dead
// letters, re-send confirmation, the export count, and a bulk dialog closed mid-run. Offscreen, on a
// real SQLite file, against the in-process simulator where a change or a delivery is involved.
#include "ConsoleRig.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "desktop/AuditPanel.h"
#include "desktop/BulkChangeDialog.h"
#include "desktop/ChangeController.h"
#include "desktop/ChangeDialog.h"
#include "desktop/MainWindow.h"
#include "desktop/MessageBar.h"
#include "desktop/SessionStatusBar.h"
#include "desktop/WebhookPanel.h"
#include "models/AuditStoreReader.h"
#include "models/AuditTableModel.h"
#include "models/WebhookDeliveryModel.h"
#include "service/Session.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookOutbox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kAgents = 12;
constexpr int kWait = ConsoleRig::kWait;
// How long a cancelled re-send is given to show up at the sink if it were sent anyway.
constexpr int kNothingSentWaitMs = 1500;

AuditEntry entryFor(const QString &agent, const QString &reason)
{
    AuditEntry entry;
    entry.level = AuditLevel::Info;
    entry.agentId = agent;
    entry.fromStatus = QStringLiteral("Available");
    entry.toStatus = QStringLiteral("Break");
    entry.reason = reason;
    entry.outcome = QString(AuditOutcome::Applied);
    return entry;
}

int deliveriesOf(const QJsonArray &records, const QString &eventId)
{
    int count = 0;
    for (const QJsonValue &record : records)
        count += record.toObject().value(QStringLiteral("body")).toObject().value(QStringLiteral("event_id")).toString()
                == eventId
            ? 1
            : 0;
    return count;
}

} // namespace

class TestPanels : public QObject, public ConsoleRig
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void auditDetailsFollowTheSelectedEntry();
    void exportSaysHowManyOfAllEntries();
    void outcomesHaveLabels();
    void retriedDeliveryShowsItsNextAttempt();
    void deadLetterReachesStatusBarAndAlert();
    void resendOfDeliveredEventAsksFirst();
    void webhookPanelReadsOnePageAndKeepsTheView();
    void bulkDialogClosedMidRunCancels();

private:
    bool openSignedIn() { return signIn(true, payrollSink(), 3000, 3000); }
    QString applyChange(const QString &agentId, const QString &target);
};

void TestPanels::init()
{
    QStandardPaths::setTestModeEnabled(true);
    SimConfig config;
    config.agents = kAgents;
    QVERIFY(startRig(config));
}

void TestPanels::cleanup()
{
    stopRig();
}

// The change through the change dialog; returns the agent id once the server has it.
QString TestPanels::applyChange(const QString &agentId, const QString &target)
{
    ChangeDialog *dialog = openChangeDialog({agentId});
    if (!dialog || !dialog->selectTarget(target))
        return QString();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    return agentId;
}

void TestPanels::auditDetailsFollowTheSelectedEntry()
{
    QVERIFY(openSignedIn());
    AuditStore *store = m_window->session()->audit();
    AuditPanel *panel = m_window->auditPanel();
    QString error;
    for (int i = 0; i < 6; ++i) {
        AuditEntry entry = entryFor(QStringLiteral("agent-%1").arg(i), i % 2 ? QStringLiteral("odd") : QString());
        QVERIFY2(store->append(entry, &error), qPrintable(error));
    }
    QTRY_VERIFY(!panel->isLoading() && panel->entryCount() >= 6);

    // The lead picks the third row: its entry is the one the details show.
    QTableView *table = panel->table();
    table->selectRow(2);
    const qint64 chosen
        = table->selectionModel()->selectedRows().first().data(AuditTableModel::EntryIdRole).toLongLong();
    auto *details = panel->findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"));
    const auto detailsShow
        = [details](qint64 id) { return details->toPlainText().contains(QStringLiteral("\"id\": %1,").arg(id)); };
    QVERIFY(detailsShow(chosen));
    const auto highlighted = [table] {
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        return rows.isEmpty() ? qint64(-1) : rows.first().data(AuditTableModel::EntryIdRole).toLongLong();
    };

    // New entries arrive on top: the same entry stays highlighted and detailed.
    const int before = panel->entryCount();
    for (int i = 0; i < 4; ++i) {
        AuditEntry entry = entryFor(QStringLiteral("agent-new-%1").arg(i), QStringLiteral("odd"));
        QVERIFY2(store->append(entry, &error), qPrintable(error));
    }
    QTRY_COMPARE(panel->entryCount(), before + 4);
    QCOMPARE(highlighted(), chosen);
    QCOMPARE(panel->selectedEntryId(), chosen);
    QVERIFY(detailsShow(chosen));
    QVERIFY(table->selectionModel()->selectedRows().first().row() > 2);

    // The filter changes and still holds the entry: the page is read anew, the entry stays chosen.
    const AuditEntry chosenEntry = panel->model()->entryAt(panel->model()->rowOfId(chosen));
    auto *agent = panel->findChild<QLineEdit *>(QStringLiteral("auditAgent"));
    agent->setText(chosenEntry.agentId);
    QTRY_VERIFY(!panel->isLoading() && panel->entryCount() == 1);
    QCOMPARE(highlighted(), chosen);
    QVERIFY(detailsShow(chosen));

    // A filter that excludes it: no other entry is passed off as the chosen one.
    agent->setText(QStringLiteral("agent-new-0"));
    QTRY_VERIFY(!panel->isLoading() && panel->entryCount() == 1);
    QCOMPARE(highlighted(), qint64(-1));
    QVERIFY(!detailsShow(panel->model()->entryAt(0).id));
    // And back: the chosen entry is found again.
    agent->clear();
    QTRY_VERIFY(!panel->isLoading() && panel->entryCount() == before + 4);
    QCOMPARE(highlighted(), chosen);
    QVERIFY(detailsShow(chosen));
}

void TestPanels::exportSaysHowManyOfAllEntries()
{
    QVERIFY(openSignedIn());
    AuditStore *store = m_window->session()->audit();
    AuditPanel *panel = m_window->auditPanel();
    QString error;
    for (int i = 0; i < 5; ++i) {
        AuditEntry entry = entryFor(QStringLiteral("agent-%1").arg(i), i < 2 ? QStringLiteral("exportme") : QString());
        QVERIFY2(store->append(entry, &error), qPrintable(error));
    }
    auto *text = panel->findChild<QLineEdit *>(QStringLiteral("auditText"));
    text->setText(QStringLiteral("exportme"));
    QTRY_VERIFY(!panel->isLoading() && panel->entryCount() == 2);
    const qint64 all = store->count(AuditQuery());
    QVERIFY(all > 2);

    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("auditExportCsv")), Qt::LeftButton);
    QTRY_VERIFY(panel->exportConfirmation() && panel->exportConfirmation()->isVisible());
    QMessageBox *confirm = panel->exportConfirmation();
    // "entries" once the English catalogue has the plural, "entry(s)" before.
    const QRegularExpression said(QStringLiteral("^Export 2 of %1 entr(ies|y\\(s\\))\\?$").arg(all));
    QVERIFY2(said.match(confirm->text()).hasMatch(), qPrintable(confirm->text()));
    QVERIFY(QRegularExpression(QStringLiteral("^1 of 199 entr(ies|y\\(s\\))$"))
                .match(AuditPanel::exportCountText(1, 199))
                .hasMatch());
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!panel->exportConfirmation());
    QVERIFY(!panel->findChild<QFileDialog *>());
}

void TestPanels::outcomesHaveLabels()
{
    QVERIFY(openSignedIn());
    AuditPanel *panel = m_window->auditPanel();
    auto *outcome = panel->findChild<QComboBox *>(QStringLiteral("auditOutcome"));
    for (const QString &value : {QString(AuditOutcome::AppliedOverConcurrent), QString(AuditOutcome::Unchanged)}) {
        const int index = outcome->findData(value);
        QVERIFY(index > 0);
        QVERIFY2(outcome->itemText(index) != value, qPrintable(outcome->itemText(index)));
    }
    AuditEntry entry = entryFor(QStringLiteral("agent-1"), QString());
    entry.outcome = QString(AuditOutcome::Unchanged);
    QString error;
    QVERIFY2(m_window->session()->audit()->append(entry, &error), qPrintable(error));
    QTRY_VERIFY(!panel->isLoading() && panel->entryCount() > 0
        && panel->model()->entryAt(0).outcome == QLatin1String("unchanged"));
    QCOMPARE(panel->model()->index(0, AuditTableModel::Outcome).data().toString(), QStringLiteral("Already there"));
}

void TestPanels::retriedDeliveryShowsItsNextAttempt()
{
    const QString id = agentInTeam(QStringLiteral("Billing"));
    setStatus(id, QStringLiteral("Available"));
    // The receiver is down for a while: the event waits for its next attempt.
    m_sim->server()->failWebhooks(QStringLiteral("payroll"), 503, 1000);
    QVERIFY(openSignedIn());
    QVERIFY(!applyChange(id, QStringLiteral("OnQueue")).isEmpty());
    WebhookPanel *panel = m_window->webhookPanel();
    panel->setStateFilter(QStringLiteral("pending"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->deliveryCount() == 1 && panel->deliveries().first().attemptCount >= 1, kWait);
    const QModelIndex next = panel->table()->model()->index(0, WebhookDeliveryModel::NextAttempt);
    QVERIFY(!panel->table()->isColumnHidden(WebhookDeliveryModel::NextAttempt));
    QTRY_VERIFY(!next.data().toString().isEmpty());
    QVERIFY(panel->deliveries().first().nextAttemptAt.isValid());
    QCOMPARE(
        panel->table()->model()->index(0, WebhookDeliveryModel::LastStatus).data().toString(), QStringLiteral("503"));
}

void TestPanels::deadLetterReachesStatusBarAndAlert()
{
    const QString id = agentInTeam(QStringLiteral("Billing"));
    setStatus(id, QStringLiteral("Available"));
    m_sim->server()->failWebhooks(QStringLiteral("payroll"), 400, 1);
    QVERIFY(openSignedIn());
    QVERIFY(!applyChange(id, QStringLiteral("OnQueue")).isEmpty());
    SessionStatusBar *status = m_window->sessionStatus();
    QTRY_VERIFY_WITH_TIMEOUT(status->webhookText().contains(QStringLiteral("1 dead letter")), kWait);
    QCOMPARE(m_window->session()->webhooks()->deadLetterCount(), 1);
    MessageBar *bar = m_window->messageBar();
    QTRY_COMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("dead letter")), qPrintable(bar->text()));
    // Its action opens the dead letters.
    QTest::mouseClick(bar->findChild<QPushButton *>(QStringLiteral("messageBarAction")), Qt::LeftButton);
    WebhookPanel *panel = m_window->webhookPanel();
    QCOMPARE(panel->findChild<QComboBox *>(QStringLiteral("webhookState"))->currentData().toString(),
        QStringLiteral("dead"));
    QTRY_COMPARE(panel->deliveryCount(), 1);
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("webhookSummary"))->text().contains(QStringLiteral("1 dead")));
}

void TestPanels::resendOfDeliveredEventAsksFirst()
{
    const QString id = agentInTeam(QStringLiteral("Billing"));
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    QVERIFY(!applyChange(id, QStringLiteral("OnQueue")).isEmpty());
    WebhookPanel *panel = m_window->webhookPanel();
    panel->setStateFilter(QStringLiteral("delivered"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->deliveryCount(), 1, kWait);
    const QString eventId = panel->deliveries().first().eventId;
    QTRY_COMPARE(deliveriesOf(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")), eventId), 1);
    panel->selectDelivery(0);
    auto *resend = panel->findChild<QPushButton *>(QStringLiteral("webhookResend"));
    QTRY_VERIFY(resend->isEnabled());

    // Cancel: nothing goes to payroll.
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY(panel->resendConfirmation() && panel->resendConfirmation()->isVisible());
    QVERIFY(panel->resendConfirmation()->informativeText().contains(eventId));
    panel->resendConfirmation()->button(QMessageBox::Cancel)->click();
    QTest::qWait(kNothingSentWaitMs);
    QCOMPARE(deliveriesOf(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")), eventId), 1);
    QCOMPARE(m_window->session()->webhooks()->pendingCount(), 0);

    // Re-send: one more copy, with the same event id.
    QTRY_VERIFY(!panel->resendConfirmation());
    QTest::mouseClick(resend, Qt::LeftButton);
    QTRY_VERIFY(panel->resendConfirmation() && panel->resendConfirmation()->isVisible());
    panel->resendConfirmation()->findChild<QPushButton *>(QStringLiteral("webhookResendConfirm"))->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        deliveriesOf(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")), eventId), 2, kWait);
    // The panel reads its page again after the re-send: the list may be empty in between.
    QTRY_VERIFY_WITH_TIMEOUT(!panel->deliveries().isEmpty() && panel->deliveries().first().attemptCount == 2, kWait);
}

// A panel on an outbox of its own (no receiver: everything stays pending), many deliveries.
void TestPanels::webhookPanelReadsOnePageAndKeepsTheView()
{
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(dir.filePath(QStringLiteral("audit.sqlite")), &error);
    QVERIFY2(store, qPrintable(error));
    WebhookOutbox outbox(store.get(), nullptr);
    const auto record = [&outbox](int i) {
        AuditEntry outcome = entryFor(QStringLiteral("agent-%1").arg(i), QString());
        const WebhookEvent event = WebhookEvent::create(QStringLiteral("agent-%1").arg(i), QStringLiteral("Break"),
            QStringLiteral("Available"), QString(), QStringLiteral("m.chen"), QStringLiteral("\"1\""));
        return outbox.recordOutcome(outcome, event);
    };
    for (int i = 0; i < 60; ++i)
        QVERIFY(record(i));
    QCOMPARE(outbox.pendingCount(), 60);

    WebhookPanel panel;
    panel.resize(700, 300);
    panel.show();
    panel.attach(&outbox);
    QTRY_VERIFY(!panel.isLoading() && panel.deliveryCount() == 60);
    // The whole page with its attempts: one read on the reader's thread.
    QCOMPARE(panel.reader()->readsDone(), qint64(1));

    // The lead scrolls down to older deliveries and picks one.
    QTableView *table = panel.table();
    QScrollBar *bar = table->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 20);
    bar->setValue(20);
    const QString topBefore = table->indexAt(QPoint(0, 0)).data(WebhookDeliveryModel::EventIdRole).toString();
    panel.selectDelivery(22);
    const QString selected = panel.selectedEventId();
    QVERIFY(!topBefore.isEmpty() && !selected.isEmpty());

    // Three new deliveries come on top: the view stays where the lead looks, the selection with it.
    for (int i = 60; i < 63; ++i)
        QVERIFY(record(i));
    QTRY_COMPARE(panel.deliveryCount(), 63);
    QCOMPARE(table->indexAt(QPoint(0, 0)).data(WebhookDeliveryModel::EventIdRole).toString(), topBefore);
    QCOMPARE(panel.selectedEventId(), selected);
    // One row read per new delivery, no page again.
    QCOMPARE(panel.reader()->readsDone(), qint64(4));
    QCOMPARE(outbox.pendingCount(), 63);

    // At the top, the lead sees new ones arrive.
    bar->setValue(0);
    QVERIFY(record(63));
    QTRY_COMPARE(panel.deliveryCount(), 64);
    QCOMPARE(bar->value(), 0);
    panel.attach(nullptr);
}

void TestPanels::bulkDialogClosedMidRunCancels()
{
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << m_sim->server()->organisation()->activeAgentAt(quint32(i));
        setStatus(ids.last(), QStringLiteral("Available"));
    }
    QVERIFY(signIn(false, payrollSink(), 3000, 3000));
    ChangeDialog *dialog = openChangeDialog(ids);
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY(m_window->changes()->bulkDialog());
    QPointer<BulkChangeDialog> bulk = m_window->changes()->bulkDialog();
    // Two agents move meanwhile: their changes wait for the lead's review.
    setStatus(ids.at(0), QStringLiteral("Meeting"));
    setStatus(ids.at(1), QStringLiteral("Training"));
    QSignalSpy finished(m_window->changes(), &ChangeController::bulkFinished);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkConfirm")), Qt::LeftButton);
    auto *conflicts = bulk->findChild<QTableWidget *>(QStringLiteral("bulkConflicts"));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts->rowCount(), 2, kWait);
    QVERIFY(finished.isEmpty());

    // The lead closes the dialog instead of deciding: the waiting conflicts are cancelled, not left.
    bulk->close();
    QTRY_VERIFY(!bulk);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    const auto summary = finished.first().at(0).value<BulkSummary>();
    QCOMPARE(summary.total, 4);
    QCOMPARE(summary.applied, 2);
    QVERIFY(summary.wasCancelled);
    QCOMPARE(statusOf(ids.at(0)), QStringLiteral("Meeting"));
    QCOMPARE(statusOf(ids.at(1)), QStringLiteral("Training"));
    // Nothing of the batch stays marked pending in the roster.
    QTRY_VERIFY(m_window->changes()->findChildren<BulkChange *>().isEmpty());
}

QTEST_MAIN(TestPanels)
#include "tst_panels.moc"
