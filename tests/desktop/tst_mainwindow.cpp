// SPDX-License-Identifier: GPL-3.0-or-later
// The console against the in-process simulator, offscreen, driven through its real widgets.
#include "ConsoleRig.h"
#include "api/ApiClient.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "core/StatusCatalogue.h"
#include "desktop/AlertNotifier.h"
#include "desktop/AppSettings.h"
#include "desktop/AuditPanel.h"
#include "desktop/BulkChangeDialog.h"
#include "desktop/ChangeController.h"
#include "desktop/ChangeDialog.h"
#include "desktop/ConflictDialog.h"
#include "desktop/MainWindow.h"
#include "desktop/MessageBar.h"
#include "desktop/MetricsPanel.h"
#include "desktop/RosterView.h"
#include "desktop/ScopeDialog.h"
#include "desktop/SecretStore.h"
#include "desktop/SessionStatusBar.h"
#include "desktop/SignInDialog.h"
#include "desktop/WebhookPanel.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kAgents = 40;
constexpr int kWait = ConsoleRig::kWait;

// The lead's browser, for QDesktopServices: it follows a sign-in address (and its redirect back to
// the console's loopback listener) when told to.
class TestBrowser : public QObject
{
    Q_OBJECT

public:
    bool followAtOnce = true;
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url)
    {
        opened << url;
        if (followAtOnce)
            follow(url);
    }

public:
    void follow(const QUrl &url)
    {
        QNetworkReply *reply = m_nam.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }

    TestBrowser() { m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy); }

private:
    QNetworkAccessManager m_nam;
};

} // namespace

class TestMainWindow : public QObject, public ConsoleRig
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void signInToDemoThroughTheDialog();
    void demoStartsItsOwnSimulator();
    void rosterLoadsAndFilters();
    void rosterShowsEachPageAsItArrives();
    void permittedChangeShowsInAuditAndWebhooks();
    void disallowedTargetIsDisabledWithItsReason();
    void shortcutPreselectsTheTarget();
    void deadLetterCanBeResent();
    void conflictDialogChoices_data();
    void conflictDialogChoices();
    void conflictAsksForTheReasonTheirStatusNeeds();
    void bulkChangeCanBeCancelledAndReverted();
    void bulkConflictsAreReviewedTogether();
    void permissionErrorSaysWhatToDo();
    void rateLimitSlowdownShowsInStatusBar();
    void budgetShowsTheServersCount();
    void hostileNameIsPlainText();
    void alertOncePerStayOverThreshold();
    void layoutIsRemembered();
    void pkceRenewalIsAnnouncedAheadOfExpiry();
    void firstSignInAsksForTheScopeBeforeLoading();

private:
    bool openSignedIn(bool liveUpdates = true, int requestsPerMinute = 300);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    SimConfig config;
    config.agents = kAgents;
    QVERIFY(startRig(config));
}

void TestMainWindow::cleanup()
{
    stopRig();
}

bool TestMainWindow::openSignedIn(bool liveUpdates, int requestsPerMinute)
{
    return signIn(liveUpdates, payrollSink(), requestsPerMinute, requestsPerMinute);
}

void TestMainWindow::signInToDemoThroughTheDialog()
{
    m_window->show();
    m_window->showSignIn();
    SignInDialog *dialog = m_window->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("signInDemoUrl"));
    auto *button = dialog->findChild<QPushButton *>(QStringLiteral("signInButton"));
    QVERIFY(url && button);
    url->setText(QStringLiteral("not a url ::"));
    url->setText(m_sim->baseUrl().toString());
    QVERIFY(button->isEnabled());
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(ready.wait(kWait));
    QCOMPARE(m_window->agentModel()->rowCount(), kAgents);
    QTRY_VERIFY(!m_window->signInDialog());
    // The profile is remembered, without any secret.
    QVERIFY(m_settings->hasProfile(m_window->currentProfile().name));
    m_settings->sync();
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("statusdesk-demo-secret"));
    QVERIFY(m_window->sessionStatus()->modeText() != QLatin1String("Signed out"));
}

void TestMainWindow::demoStartsItsOwnSimulator()
{
    // No address: the console starts statusdesk-sim as a child process on a free port.
    m_window->show();
    AppSettings::StoredProfile stored = AppSettings::demoProfile(QUrl());
    stored.profile.auditLocation = m_dir->filePath(QStringLiteral("audit.sqlite"));
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    m_window->startSession(stored, QStringLiteral("statusdesk-demo-secret"));
    QVERIFY(ready.wait(kWait));
    const QUrl started = m_window->session()->profile().apiBase;
    QCOMPARE(started.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(started.port() > 0);
    QVERIFY(started != m_sim->baseUrl());
    QVERIFY(m_window->agentModel()->rowCount() > 0);
}

// The roster is there from its first page on; the status bar says how many agents the pages still
// outstanding hold, and says nothing once the last one is in.
void TestMainWindow::rosterShowsEachPageAsItArrives()
{
    stopRig();
    SimConfig config;
    config.agents = 2600;
    config.latencyMinMs = 20; // pages that take their time, so that the console is seen between them
    config.latencyMaxMs = 100;
    QVERIFY(startRig(config));
    m_window->setLiveUpdates(false);
    m_window->show();
    AppSettings::StoredProfile stored = AppSettings::demoProfile(m_sim->baseUrl());
    stored.profile.auditLocation = m_dir->filePath(QStringLiteral("audit.sqlite"));
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    SessionStatusBar *bar = m_window->sessionStatus();
    auto *label = bar->findChild<QLabel *>(QStringLiteral("statusStillComing"));
    QVERIFY(label);
    QStringList failures;
    int pagesSeen = 0;
    Session *session = nullptr;
    // The session is made once the audit key is fetched: watch its pages from its start.
    QObject watching;
    connect(m_window, &MainWindow::sessionCreated, &watching, [&](Session *created) {
        session = created;
        connect(session->directory(), &AgentDirectory::loadProgress, &watching, [&](int done, int total) {
            ++pagesSeen;
            const int outstanding = total - done;
            const QString expected
                = outstanding > 0 ? SessionStatusBar::tr("%n more still coming", nullptr, outstanding) : QString();
            if (bar->stillComingText() != expected || label->isVisible() != (outstanding > 0))
                failures.append(QStringLiteral("%1 of %2: \"%3\"").arg(done).arg(total).arg(bar->stillComingText()));
            if (outstanding > 0 && !ready.isEmpty())
                failures.append(QStringLiteral("ready with %1 outstanding").arg(outstanding));
            // What has arrived is in the roster the lead sees.
            if (m_window->roster()->proxy()->rowCount() != done)
                failures.append(QStringLiteral("%1 rows shown of %2 arrived")
                                    .arg(m_window->roster()->proxy()->rowCount())
                                    .arg(done));
        });
    });
    m_window->startSession(stored, QStringLiteral("statusdesk-demo-secret"));
    QVERIFY(ready.wait(kWait));
    QVERIFY(session);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("; "))));
    QVERIFY2(pagesSeen >= 5, qPrintable(QString::number(pagesSeen))); // 2,548 active agents: six pages
    QVERIFY(bar->stillComingText().isEmpty());
    QVERIFY(!label->isVisible());
    QCOMPARE(m_window->agentModel()->rowCount(), session->directory()->size());
}

void TestMainWindow::rosterLoadsAndFilters()
{
    QVERIFY(openSignedIn());
    RosterView *roster = m_window->roster();
    QAbstractItemModelTester proxyTester(roster->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(roster->proxy()->rowCount(), kAgents);

    // Ctrl+F puts the cursor in the filter; typing narrows the roster.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(roster->filterEdit()->hasFocus());
    // QTest types ASCII only: an agent whose name is plain letters.
    QString name;
    for (int row = 0; row < m_window->agentModel()->rowCount() && name.isEmpty(); ++row) {
        const QString candidate = m_window->agentModel()->agentAt(row).name;
        if (QRegularExpression(QStringLiteral("^[A-Za-z ]+$")).match(candidate).hasMatch())
            name = candidate;
    }
    QVERIFY(!name.isEmpty());
    QTest::keyClicks(roster->filterEdit(), name);
    QTRY_VERIFY(roster->proxy()->rowCount() >= 1);
    QVERIFY(roster->proxy()->rowCount() < kAgents);
    for (int row = 0; row < roster->proxy()->rowCount(); ++row)
        QVERIFY(roster->proxy()->index(row, 0).data().toString().contains(name, Qt::CaseInsensitive));
    roster->filterEdit()->clear();
    QCOMPARE(roster->proxy()->rowCount(), kAgents);

    auto *team = roster->findChild<QComboBox *>(QStringLiteral("rosterTeam"));
    QVERIFY(team);
    QVERIFY(team->count() > 2);
    team->setCurrentIndex(team->findData(QStringLiteral("Support")));
    QVERIFY(roster->proxy()->rowCount() > 0);
    QVERIFY(roster->proxy()->rowCount() < kAgents);
    for (int row = 0; row < roster->proxy()->rowCount(); ++row)
        QCOMPARE(roster->proxy()->index(row, AgentTableModel::Team).data().toString(), QStringLiteral("Support"));
    team->setCurrentIndex(0);

    auto *status = roster->findChild<QComboBox *>(QStringLiteral("rosterStatus"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("OnQueue")));
    QVERIFY(roster->proxy()->rowCount() > 0);
    for (int row = 0; row < roster->proxy()->rowCount(); ++row)
        QCOMPARE(
            roster->proxy()->index(row, 0).data(AgentTableModel::StatusKeyRole).toString(), QStringLiteral("OnQueue"));
}

void TestMainWindow::permittedChangeShowsInAuditAndWebhooks()
{
    const QString id = agentInTeam(QStringLiteral("Billing"));
    QVERIFY(!id.isEmpty());
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->selectTarget(QStringLiteral("OnQueue")));
    auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("changeDialogPreview"));
    QVERIFY(preview->toPlainText().contains(id));
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply"));
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("OnQueue"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).status, QStringLiteral("OnQueue"), kWait);
    QTRY_COMPARE(m_window->messageBar()->level(), MessageBar::Level::Positive);

    // The audit panel shows the applied change of this agent.
    AuditPanel *audit = m_window->auditPanel();
    const auto hasApplied = [audit, id] {
        for (const AuditEntry &entry : audit->entries()) {
            if (entry.agentId == id && entry.outcome == QLatin1String("applied")
                && entry.toStatus == QLatin1String("OnQueue"))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasApplied(), kWait);

    // The webhook reached the payroll sink and the panel says delivered.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).isEmpty(), kWait);
    WebhookPanel *webhooks = m_window->webhookPanel();
    const auto delivered = [webhooks, id] {
        for (const WebhookDelivery &delivery : webhooks->deliveries()) {
            if (delivery.agentId == id && delivery.state == WebhookDelivery::State::Delivered)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), kWait);

    // The outcome filter narrows the history.
    auto *outcome = audit->findChild<QComboBox *>(QStringLiteral("auditOutcome"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("intent")));
    // The page shown is read off the UI thread: wait until it holds only intents.
    const auto onlyIntents = [audit] {
        const QVector<AuditEntry> shown = audit->entries();
        return !audit->isLoading() && !shown.isEmpty()
            && std::all_of(shown.cbegin(), shown.cend(),
                [](const AuditEntry &entry) { return entry.outcome == QLatin1String("intent"); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(onlyIntents(), kWait);
    outcome->setCurrentIndex(0);

    // Verify chain, export, and the metrics' Prometheus text.
    // Verifying and exporting run on a worker thread: the panel stays responsive and shows a busy bar.
    auto *verdict = audit->findChild<QLabel *>(QStringLiteral("auditVerdict"));
    QTest::mouseClick(audit->findChild<QPushButton *>(QStringLiteral("auditVerify")), Qt::LeftButton);
    QVERIFY(audit->findChild<QProgressBar *>(QStringLiteral("auditBusy"))->isVisibleTo(audit));
    QTRY_VERIFY(verdict->text().contains(QStringLiteral("intact")));
    QVERIFY(!audit->findChild<QProgressBar *>(QStringLiteral("auditBusy"))->isVisibleTo(audit));
    const QString background = m_dir->filePath(QStringLiteral("background.csv"));
    audit->startExport(background, QStringLiteral("csv"));
    QTRY_VERIFY(verdict->text().startsWith(QStringLiteral("Exported")));
    QVERIFY(QFileInfo(background).size() > 0);
    QString error;
    const QString jsonl = m_dir->filePath(QStringLiteral("audit.jsonl"));
    QVERIFY2(audit->exportTo(jsonl, QStringLiteral("jsonl"), &error), qPrintable(error));
    QFile exported(jsonl);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains(id.toUtf8()));
    const QString csv = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY2(audit->exportTo(csv, QStringLiteral("csv"), &error), qPrintable(error));
    QVERIFY(QFileInfo(csv).size() > 0);
    const QString prometheus = m_window->metricsPanel()->prometheusText();
    QVERIFY(prometheus.contains(QStringLiteral("genesys_state_update_latency_seconds_bucket")));
}

void TestMainWindow::deadLetterCanBeResent()
{
    const QString id = agentInTeam(QStringLiteral("Billing"));
    setStatus(id, QStringLiteral("Available"));
    // The payroll receiver refuses the first delivery for good (a 4xx other than 408/429).
    m_sim->server()->failWebhooks(QStringLiteral("payroll"), 400, 1);
    QVERIFY(openSignedIn());
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    WebhookPanel *panel = m_window->webhookPanel();
    panel->setStateFilter(QStringLiteral("dead"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->deliveryCount(), 1, kWait);
    QCOMPARE(panel->deliveries().first().agentId, id);
    auto *attempts = panel->findChild<QTableWidget *>(QStringLiteral("webhookAttempts"));
    panel->selectDelivery(0);
    QTRY_COMPARE(attempts->rowCount(), 1);
    QCOMPARE(attempts->item(0, 1)->text(), QStringLiteral("400"));
    auto *resend = panel->findChild<QPushButton *>(QStringLiteral("webhookResend"));
    QTRY_VERIFY(resend->isEnabled());
    QTest::mouseClick(resend, Qt::LeftButton);
    panel->setStateFilter(QStringLiteral("delivered"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->deliveryCount(), 1, kWait);
    QCOMPARE(panel->deliveries().first().attemptCount, 2);
}

void TestMainWindow::disallowedTargetIsDisabledWithItsReason()
{
    const QString id = agentInTeam(QStringLiteral("Sales"));
    setStatus(id, QStringLiteral("Break"));
    QVERIFY(openSignedIn());
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog);
    auto *targets = dialog->findChild<QListWidget *>(QStringLiteral("changeDialogTargets"));
    QVERIFY(targets);
    QListWidgetItem *meal = nullptr;
    QListWidgetItem *available = nullptr;
    for (int i = 0; i < targets->count(); ++i) {
        const QString key = targets->item(i)->data(Qt::UserRole).toString();
        if (key == QLatin1String("Meal"))
            meal = targets->item(i);
        if (key == QLatin1String("Available"))
            available = targets->item(i);
    }
    QVERIFY(meal && available);
    // Break -> Meal is not in the rules: disabled, and the tooltip says why.
    QVERIFY(!(meal->flags() & Qt::ItemIsEnabled));
    QVERIFY(!meal->toolTip().isEmpty());
    QVERIFY(!dialog->selectTarget(QStringLiteral("Meal")));
    QVERIFY(available->flags() & Qt::ItemIsEnabled);
    QVERIFY(available->toolTip().isEmpty());
}

void TestMainWindow::shortcutPreselectsTheTarget()
{
    const QString id = agentInTeam(QStringLiteral("Sales"));
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    selectAgents({id});
    m_window->roster()->table()->setFocus();
    // Ctrl+2: On Queue.
    QTest::keyClick(m_window->roster()->table(), Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_window->changes()->changeDialog());
    QCOMPARE(m_window->changes()->changeDialog()->selectedTarget(), QStringLiteral("OnQueue"));
}

void TestMainWindow::conflictDialogChoices_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expectedStatus");
    QTest::addColumn<int>("expectedOutcome");
    QTest::newRow("apply to latest") << QStringLiteral("conflictApplyLatest") << QStringLiteral("OnQueue")
                                     << int(ChangeResult::Outcome::Applied);
    QTest::newRow("keep theirs") << QStringLiteral("conflictKeepTheirs") << QStringLiteral("Meeting")
                                 << int(ChangeResult::Outcome::ConflictKeptTheirs);
    QTest::newRow("cancel") << QStringLiteral("conflictCancel") << QStringLiteral("Meeting")
                            << int(ChangeResult::Outcome::Cancelled);
}

void TestMainWindow::conflictDialogChoices()
{
    QFETCH(QString, button);
    QFETCH(QString, expectedStatus);
    QFETCH(int, expectedOutcome);
    const QString id = agentInTeam(QStringLiteral("Retention"));
    setStatus(id, QStringLiteral("Available"));
    // No push and no polling: the roster keeps what the lead saw.
    QVERIFY(openSignedIn(false));
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog);
    QVERIFY(dialog->selectTarget(QStringLiteral("OnQueue")));
    // Another supervisor moves the agent while the lead decides.
    setStatus(id, QStringLiteral("Meeting"));
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_window->changes()->conflictDialog(), kWait);
    ConflictDialog *conflict = m_window->changes()->conflictDialog();
    QTRY_VERIFY(conflict->isVisible());
    QCOMPARE(conflict->conflict().theirs.status, QStringLiteral("Meeting"));
    QCOMPARE(conflict->conflict().ours.toStatus, QStringLiteral("OnQueue"));
    auto *theirs = conflict->findChild<QLabel *>(QStringLiteral("conflictTheirStatus"));
    QVERIFY(theirs->text().contains(QStringLiteral("Meeting")));
    auto *apply = conflict->findChild<QPushButton *>(QStringLiteral("conflictApplyLatest"));
    QVERIFY(apply->isEnabled()); // On Queue is allowed from Meeting
    QTest::mouseClick(conflict->findChild<QPushButton *>(button), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    const auto result = finished.last().at(0).value<ChangeResult>();
    QCOMPARE(int(result.outcome), expectedOutcome);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), expectedStatus, kWait);
    QTRY_VERIFY(!m_window->changes()->conflictDialog());
}

// The lead asks for Break from Available (no reason needed); meanwhile another client puts the agent On
// Queue, and leaving On Queue needs a reason. The dialog says so, names no author it does not know,
// shows no status name as a reason, and sends Apply to latest only with the reason picked there.
void TestMainWindow::conflictAsksForTheReasonTheirStatusNeeds()
{
    const QString id = agentInTeam(QStringLiteral("Retention"), 1);
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn(false));
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog);
    QVERIFY(dialog->selectTarget(QStringLiteral("Break")));
    setStatus(id, QStringLiteral("OnQueue"));
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(m_window->changes()->conflictDialog(), kWait);
    ConflictDialog *conflict = m_window->changes()->conflictDialog();
    QTRY_VERIFY(conflict->isVisible());
    QCOMPARE(conflict->conflict().theirs.status, statusOf(id));
    QCOMPARE(
        conflict->findChild<QLabel *>(QStringLiteral("conflictTheirBy"))->text(), QStringLiteral("another client"));
    QCOMPARE(conflict->findChild<QLabel *>(QStringLiteral("conflictTheirReason"))->text(), QStringLiteral("—"));
    auto *apply = conflict->findChild<QPushButton *>(QStringLiteral("conflictApplyLatest"));
    auto *reason = conflict->findChild<QComboBox *>(QStringLiteral("conflictReason"));
    QVERIFY2(reason->isVisible(), qPrintable(conflict->findChild<QLabel *>(QStringLiteral("conflictVerdict"))->text()));
    QVERIFY(!apply->isEnabled());
    QVERIFY(conflict->findChild<QPushButton *>(QStringLiteral("conflictKeepTheirs"))->isDefault());
    QVERIFY(
        conflict->findChild<QLabel *>(QStringLiteral("conflictVerdict"))->text().contains(QStringLiteral("reason")));

    reason->setCurrentIndex(reason->findData(QStringLiteral("Coffee")));
    QVERIFY(apply->isEnabled() && apply->isDefault());
    QTest::mouseClick(apply, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    const auto result = finished.last().at(0).value<ChangeResult>();
    QCOMPARE(int(result.outcome), int(ChangeResult::Outcome::Applied));
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Break"), kWait);
    // The audit history has the applied change from On Queue with the reason picked in the dialog.
    AuditQuery query;
    query.agent = id;
    query.outcome = AuditOutcome::Applied;
    const QVector<AuditEntry> applied = m_window->session()->audit()->query(query);
    QVERIFY(!applied.isEmpty());
    QCOMPARE(applied.first().fromStatus, QStringLiteral("OnQueue"));
    QCOMPARE(applied.first().reason, QStringLiteral("Coffee"));
}

void TestMainWindow::bulkChangeCanBeCancelledAndReverted()
{
    QStringList ids;
    QHash<QString, QString> before;
    // Chunks of four agents, so that some are still waiting at the cancel.
    const int count = qMin(m_sim->server()->organisation()->activeAgentCount(), 32);
    for (int i = 0; i < count; ++i) {
        const QString id = m_sim->server()->organisation()->activeAgentAt(quint32(i));
        if (id.isEmpty())
            break;
        setStatus(id, QStringLiteral("Available"));
        ids << id;
        before.insert(id, QStringLiteral("Available"));
    }
    QVERIFY(ids.size() >= 25);
    // Slow answers, so that the cancel comes while most changes still wait their turn.
    m_sim->server()->setLatency(150, 200);
    // A generous budget: this test is about cancelling, not about the limiter's pace.
    m_bulkWriteChunk = 4;
    QVERIFY(openSignedIn(true, 6000));
    ChangeDialog *dialog = openChangeDialog(ids);
    QVERIFY(dialog);
    QVERIFY(dialog->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);

    QTRY_VERIFY(m_window->changes()->bulkDialog());
    BulkChangeDialog *bulk = m_window->changes()->bulkDialog();
    auto *preview = bulk->findChild<QTableWidget *>(QStringLiteral("bulkPreviewTable"));
    QCOMPARE(preview->rowCount(), int(ids.size()));
    QSignalSpy finished(m_window->changes(), &ChangeController::bulkFinished);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkConfirm")), Qt::LeftButton);
    auto *progress = bulk->findChild<QProgressBar *>(QStringLiteral("bulkProgress"));
    QVERIFY(progress->isVisible());
    // The first chunk lands, then the lead cancels: the chunks not written yet are not sent.
    QTRY_VERIFY_WITH_TIMEOUT(bulk->resultCount() > 0, kWait);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkCancel")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    const auto summary = finished.first().at(0).value<BulkSummary>();
    QCOMPARE(summary.total, int(ids.size()));
    QVERIFY(summary.cancelled > 0);
    QCOMPARE(summary.applied + summary.cancelled + summary.failed + summary.rejected + summary.conflictsKeptTheirs,
        summary.total);
    QCOMPARE(bulk->resultCount(), summary.total);
    QVERIFY(summary.applied > 0);
    // A cancelled agent kept its status on the server.
    int untouched = 0;
    for (const QString &id : std::as_const(ids))
        untouched += statusOf(id) == QLatin1String("Available") ? 1 : 0;
    QCOMPARE(untouched, summary.cancelled);

    // Revert batch puts the applied ones back.
    auto *revert = bulk->findChild<QPushButton *>(QStringLiteral("bulkRevert"));
    // Leaving On Queue needs a reason: the revert waits for its own before it can start.
    QVERIFY(!revert->isEnabled());
    if (summary.applied > 0) {
        m_sim->server()->setLatency(0, 0);
        auto *reason = bulk->findChild<QComboBox *>(QStringLiteral("bulkRevertReason"));
        QVERIFY(reason);
        reason->setCurrentIndex(reason->findData(QStringLiteral("SystemIssue")));
        QVERIFY(reason->currentIndex() > 0);
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWait);
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), before.value(id), kWait);
    }
}

void TestMainWindow::bulkConflictsAreReviewedTogether()
{
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        ids << m_sim->server()->organisation()->activeAgentAt(quint32(i));
        setStatus(ids.last(), QStringLiteral("Available"));
    }
    QVERIFY(openSignedIn(false));
    ChangeDialog *dialog = openChangeDialog(ids);
    QVERIFY(dialog);
    QVERIFY(dialog->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY(m_window->changes()->bulkDialog());
    BulkChangeDialog *bulk = m_window->changes()->bulkDialog();
    // Two agents move while the lead reads the preview.
    setStatus(ids.at(0), QStringLiteral("Meeting"));
    setStatus(ids.at(1), QStringLiteral("Training"));
    QSignalSpy finished(m_window->changes(), &ChangeController::bulkFinished);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkConfirm")), Qt::LeftButton);
    auto *conflicts = bulk->findChild<QTableWidget *>(QStringLiteral("bulkConflicts"));
    QTRY_COMPARE_WITH_TIMEOUT(conflicts->rowCount(), 2, kWait);
    QTRY_VERIFY(conflicts->isVisible());
    QVERIFY(finished.isEmpty()); // nothing ends before the review
    for (int row = 0; row < 2; ++row) {
        // The simulator's own change is in no audit history: nobody is named, and "unknown" is no fact.
        QCOMPARE(conflicts->item(row, 2)->text(), QStringLiteral("another client"));
        // Meeting and Training may go On Queue without a reason: Apply to latest is the default.
        auto *choice = qobject_cast<QComboBox *>(conflicts->cellWidget(row, 3));
        QVERIFY(choice);
        QCOMPARE(choice->currentIndex(), 0);
        QVERIFY2(choice->toolTip().contains(QStringLiteral("is allowed from")), qPrintable(choice->toolTip()));
    }
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkAllTheirs")), Qt::LeftButton);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkApplyChoices")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    const auto summary = finished.first().at(0).value<BulkSummary>();
    QCOMPARE(summary.total, 4);
    QCOMPARE(summary.applied, 2);
    QCOMPARE(summary.conflictsKeptTheirs, 2);
    QCOMPARE(statusOf(ids.at(0)), QStringLiteral("Meeting"));
    QCOMPARE(statusOf(ids.at(1)), QStringLiteral("Training"));
    QCOMPARE(statusOf(ids.at(2)), QStringLiteral("OnQueue"));
}

void TestMainWindow::permissionErrorSaysWhatToDo()
{
    const QString id = agentInTeam(QStringLiteral("Support"));
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    m_sim->server()->failNext("PATCH", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(id), 403);
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    MessageBar *bar = m_window->messageBar();
    QTRY_COMPARE_WITH_TIMEOUT(bar->level(), MessageBar::Level::Error, kWait);
    QCOMPARE(finished.size(), 1);
    const StatusChange failed = finished.first().at(0).value<ChangeResult>().write.change;
    QCOMPARE(failed.team, QStringLiteral("Support"));
    QVERIFY(!failed.expectedVersion.isEmpty());
    QVERIFY2(bar->text().contains(QStringLiteral("presence:userPresence:edit")), qPrintable(bar->text()));
    auto *retry = bar->findChild<QPushButton *>(QStringLiteral("messageBarAction"));
    QVERIFY(retry->isVisible());
    QCOMPARE(statusOf(id), QStringLiteral("Available"));
    // Retry does what it says, now that the permission is there.
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("OnQueue"), kWait);
    // The retry is the same change, whole: its team and the version it expects are not lost on the way.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, kWait);
    const ChangeResult retried = finished.at(1).at(0).value<ChangeResult>();
    QCOMPARE(retried.outcome, ChangeResult::Outcome::Applied);
    QCOMPARE(retried.write.change.agentName, failed.agentName);
    QCOMPARE(retried.write.change.team, failed.team);
    QCOMPARE(retried.write.change.fromStatus, failed.fromStatus);
    QCOMPARE(retried.write.change.expectedVersion, failed.expectedVersion);
}

void TestMainWindow::rateLimitSlowdownShowsInStatusBar()
{
    QVERIFY(openSignedIn());
    SessionStatusBar *status = m_window->sessionStatus();
    QVERIFY(!status->budgetText().contains(QStringLiteral("429")));
    QSignalSpy limited(m_window->session()->api(), &ApiClient::rateLimited);
    m_sim->server()->failNext("GET", QStringLiteral("/api/v2/users"), 429);
    m_window->session()->directory()->refresh();
    QVERIFY(limited.wait(kWait));
    QTRY_VERIFY(status->budgetText().contains(QStringLiteral("429")));
    auto *label = status->findChild<QLabel *>(QStringLiteral("statusBudget"));
    QVERIFY(label && label->isVisible());
}

// The budget in the status bar is the rolling minute's: the profile's 300 less every API request the
// simulator counted since sign-in (its token request aside), and its tooltip names the reads' share.
void TestMainWindow::budgetShowsTheServersCount()
{
    m_sim->server()->resetCounters();
    QVERIFY(openSignedIn());
    SessionStatusBar *status = m_window->sessionStatus();
    auto *label = status->findChild<QLabel *>(QStringLiteral("statusBudget"));
    QVERIFY(label);
    const auto expected = [&] {
        const qint64 apiRequests = m_sim->server()->requestsServed() - 1; // the client-credentials token
        return QStringLiteral("%1/300 ").arg(300 - apiRequests);
    };
    QTRY_VERIFY2(status->budgetText().startsWith(expected()),
        qPrintable(status->budgetText() + QStringLiteral(" vs ") + expected()));
    QVERIFY(m_sim->server()->requestsServed() > 1);
    QVERIFY2(label->toolTip().contains(QStringLiteral("200")), qPrintable(label->toolTip()));
}

void TestMainWindow::hostileNameIsPlainText()
{
    QVERIFY(openSignedIn());
    QString id;
    for (int row = 0; row < m_window->agentModel()->rowCount(); ++row) {
        if (m_window->agentModel()->agentAt(row).name == QLatin1String("<b>Bold</b> Smith"))
            id = m_window->agentModel()->agentAt(row).id;
    }
    QVERIFY2(!id.isEmpty(), "the simulator seeds an agent with markup in the name");
    const QModelIndex index = m_window->agentModel()->index(rowOf(id), AgentTableModel::Name);
    QCOMPARE(index.data().toString(), QStringLiteral("<b>Bold</b> Smith"));
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("&lt;b&gt;Bold&lt;/b&gt;")));
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog);
    auto *heading = dialog->findChild<QLabel *>(QStringLiteral("changeDialogHeading"));
    QCOMPARE(heading->textFormat(), Qt::PlainText);
    QVERIFY(heading->text().contains(QStringLiteral("<b>Bold</b> Smith")));
}

void TestMainWindow::alertOncePerStayOverThreshold()
{
    const QString id = agentInTeam(QStringLiteral("Billing"));
    setStatus(id, QStringLiteral("Meal"));
    QVERIFY(openSignedIn());
    AlertNotifier *alerts = m_window->alerts();
    alerts->setTrayEnabled(false);
    QSignalSpy alerted(alerts, &AlertNotifier::alert);
    // Nobody has been on Meal for a day: no alert.
    alerts->setThresholds({{QStringLiteral("Meal"), 24 * 60}});
    alerts->check();
    QCOMPARE(alerted.count(), 0);
    alerts->setThresholds({{QStringLiteral("Meal"), 0}});
    alerts->check();
    QCOMPARE(alerted.count(), 0); // 0 means no alert for that status
    const Agent agent = m_window->agentModel()->agentAt(rowOf(id));
    // The stay began five minutes ago; the threshold is one minute.
    alerts->setThresholds({{QStringLiteral("Meal"), 1}});
    Agent older = agent;
    older.statusSince = QDateTime::currentDateTimeUtc().addSecs(-5 * 60);
    m_window->session()->directory()->applyConfirmed(older);
    alerts->check();
    // Other agents of the simulated floor may be on Meal too: look at ours.
    int ours = 0;
    for (const QList<QVariant> &args : std::as_const(alerted)) {
        if (args.at(0).toString() == id) {
            ++ours;
            QVERIFY(args.at(1).toString().contains(agent.name));
        }
    }
    QCOMPARE(ours, 1);
    const int total = int(alerted.count());
    alerts->check();
    QCOMPARE(int(alerted.count()), total); // once per stay
}

void TestMainWindow::layoutIsRemembered()
{
    QVERIFY(openSignedIn());
    QHeaderView *header = m_window->roster()->table()->horizontalHeader();
    header->resizeSection(AgentTableModel::Team, 211);
    m_window->close();
    QVERIFY(!m_settings->value(AppSettings::Key::WindowGeometry).toByteArray().isEmpty());
    QVERIFY(!m_settings->value(AppSettings::Key::RosterHeaderState).toByteArray().isEmpty());
    MainWindow second(m_settings, m_secrets);
    QCOMPARE(second.roster()->table()->horizontalHeader()->sectionSize(AgentTableModel::Team), 211);
}

// A PKCE sign-in whose login host gives no refresh token: ahead of expiry the message bar says when the
// sign-in ends and offers Renew sign-in, which opens the browser; the renewed token serves on.
void TestMainWindow::pkceRenewalIsAnnouncedAheadOfExpiry()
{
    stopRig();
    SimConfig config;
    config.agents = kAgents;
    config.anyLoopbackPort = true; // the console listens on any free port here
    config.tokenTtlSeconds = 8; // renewal due after 4 s: half the lifetime of so short a token
    QVERIFY(startRig(config));
    TestBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });

    m_window->show();
    AppSettings::StoredProfile stored = AppSettings::demoProfile(m_sim->baseUrl());
    stored.profile.auditLocation = m_dir->filePath(QStringLiteral("audit.sqlite"));
    stored.profile.authMode = Profile::AuthMode::Pkce;
    stored.profile.redirectPort = 0;
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    m_window->startSession(stored, QString());
    QVERIFY(ready.wait(kWait));
    QCOMPARE(browser.opened.size(), 1); // the sign-in itself
    const QDateTime firstExpiry = m_window->session()->api()->tokenExpiresAt();
    QVERIFY(firstExpiry.isValid());

    // The renewal is announced, not opened behind the lead's back.
    browser.followAtOnce = false;
    MessageBar *bar = m_window->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(QStringLiteral("Your sign-in ends at")), kWait);
    QCOMPARE(bar->level(), MessageBar::Level::Warning);
    QVERIFY(QDateTime::currentDateTimeUtc() < firstExpiry); // ahead of expiry
    QCOMPARE(browser.opened.size(), 1);
    auto *renew = bar->findChild<QPushButton *>(QStringLiteral("messageBarAction"));
    QVERIFY(renew && renew->isVisible());
    QCOMPARE(renew->text(), QStringLiteral("&Renew sign-in"));
    QTest::mouseClick(renew, Qt::LeftButton);
    QTRY_COMPARE(browser.opened.size(), 2);
    browser.follow(browser.opened.last());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->api()->tokenExpiresAt() > firstExpiry, kWait);
    QCOMPARE(m_window->session()->state(), Session::State::Ready);
}

// A profile's first sign-in (PKCE, the demo lead) asks for the scope before the roster loads: while the
// question is open nothing of the roster has been read; after it, the roster holds exactly the lead's
// direct reports as the simulator has them, read by id, and no page of the organisation's listing was.
void TestMainWindow::firstSignInAsksForTheScopeBeforeLoading()
{
    stopRig();
    SimConfig config;
    config.agents = 1500; // the organisation's listing would be at least three pages of 500
    config.anyLoopbackPort = true;
    config.rateLimitPerMinute = 0;
    QVERIFY(startRig(config));
    m_window->setAskScopeOnSignIn(true);
    TestBrowser browser;
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); });
    const auto usersReads = [this] {
        return qint64(m_sim->server()->requestsByPath().value(QStringLiteral("GET /api/v2/users")).toDouble());
    };

    m_window->show();
    AppSettings::StoredProfile stored = AppSettings::demoProfile(m_sim->baseUrl());
    stored.profile.auditLocation = m_dir->filePath(QStringLiteral("audit.sqlite"));
    stored.profile.authMode = Profile::AuthMode::Pkce;
    stored.profile.redirectPort = 0;
    QVERIFY(stored.scope.isEmpty());
    m_sim->server()->resetCounters();
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    m_window->startSession(stored, QString());
    ScopeDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = m_window->findChild<ScopeDialog *>(QStringLiteral("scopeDialog"))) && dialog->isVisible(), kWait);
    QCOMPARE(ready.count(), 0);
    QVERIFY(m_window->session()->isWaitingForScope());
    QCOMPARE(m_window->agentModel()->rowCount(), 0);
    QCOMPARE(usersReads(), qint64(0));
    QCOMPARE(dialog->scope(), RosterScope::directReports(QStringLiteral("me"))); // the suggestion

    const SimOrganisation *org = m_sim->server()->organisation();
    QSet<QString> reports;
    for (const SimAgent *agent : org->directReports(org->supervisorId()))
        reports.insert(agent->id);
    QVERIFY(!reports.isEmpty());
    dialog->accept();
    QVERIFY(ready.wait(kWait));
    QSet<QString> shown;
    for (const Agent &agent : m_window->session()->directory()->agents())
        shown.insert(agent.id);
    QCOMPARE(shown, reports);
    QCOMPARE(m_window->agentModel()->rowCount(), int(reports.size()));
    // By id, 100 a request; the organisation's listing would have read every user, 500 a page.
    QCOMPARE(usersReads(), qint64((reports.size() + 99) / 100));
    QCOMPARE(m_settings->profile(stored.name).scope, RosterScope::directReports(QStringLiteral("me")).toSetting());
    QVERIFY(m_window->windowTitle().contains(RosterScope::directReports(QStringLiteral("me")).describe()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
