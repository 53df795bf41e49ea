// SPDX-License-Identifier: GPL-3.0-or-later
// What the console says is true: each test drives the real window offscreen against the in-process
// simulator and checks what the screen says against the simulator's or the audit store's state.
#include "ConsoleRig.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "core/StatusCatalogue.h"
#include "desktop/AppSettings.h"
#include "desktop/BulkChangeDialog.h"
#include "desktop/ChangeController.h"
#include "desktop/ChangeDialog.h"
#include "desktop/ConflictDialog.h"
#include "desktop/MainWindow.h"
#include "desktop/MessageBar.h"
#include "desktop/MetricsPanel.h"
#include "desktop/OutageBanner.h"
#include "desktop/RosterView.h"
#include "desktop/SecretStore.h"
#include "desktop/SessionStatusBar.h"
#include "desktop/SignInDialog.h"
#include "desktop/WebhookPanel.h"
#include "metrics/MetricsRegistry.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"
#include "service/Session.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"
#include "support/SimFixture.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFocusEvent>
#include <QGraphicsTextItem>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kAgents = 40;
constexpr int kWait = ConsoleRig::kWait;
const QString kCliClient = QStringLiteral("night-shift-cli");
const QString kCliSecret = QStringLiteral("night-shift-secret");

// Every text item the chart's scene draws (titles, axis labels, legend).
QStringList drawnTexts(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (const QGraphicsItem *item : items) {
        if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item)) {
            if (text->isVisible())
                texts << text->toPlainText();
        }
    }
    return texts;
}

// Whether the scene draws every category label of the chart's axes.
bool drawnTextsContainCategories(QChartView *view)
{
    const QStringList texts = drawnTexts(view);
    int categories = 0;
    for (QAbstractAxis *axis : view->chart()->axes()) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axis)) {
            for (const QString &category : names->categories()) {
                if (!texts.contains(category))
                    return false;
                ++categories;
            }
        }
    }
    return categories > 0;
}

// The status keys and counts the distribution chart draws.
int drawnTotal(QChartView *view)
{
    int total = 0;
    const QList<QAbstractSeries *> series = view->chart()->series();
    for (QAbstractSeries *one : series) {
        if (auto *bars = qobject_cast<QHorizontalBarSeries *>(one)) {
            for (QBarSet *set : bars->barSets()) {
                for (int i = 0; i < set->count(); ++i)
                    total += int(set->at(i));
            }
        }
    }
    return total;
}

// What a window manager does when the dialog opens: the target list gets the keyboard focus.
void focusTargets(ChangeDialog *dialog)
{
    auto *targets = dialog->findChild<QListWidget *>(QStringLiteral("changeDialogTargets"));
    QFocusEvent focusIn(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(targets, &focusIn);
}

} // namespace

class TestConsoleTruth : public QObject, public ConsoleRig
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    // 1. A refused shortcut does not silently become another status.
    void refusedShortcutSaysWhyAndSendsNothing();
    // 2. A revert asks for its own reason and obeys the rules.
    void revertAsksItsOwnReason();
    // 3. Signing in through the dialog.
    void signInDialogHonoursTheEnvironment();
    void demoFromTheDialogHasACompetitor();
    void webhookWithoutAddressIsVisible();
    // 4. Metrics.
    void latencyIsTheRequestNotTheDecision();
    void latencyIsTheRequestNotTheQueue();
    void distributionFollowsTheRosterFilters();
    void axisLabelsAreWholeInLightAndDark();
    // 5. Changed by.
    void changedBySaysWhoOrAnotherClient();
    // 6. Outages and slow servers.
    void pushOutageBannerSaysSinceWhenAndWhatWorks();
    void serverOutageBannerComesAndGoes();
    void slowChangeIsPendingInItsRowUntilItLands();
    // 7. Compare-before-write.
    void raceIsToldWithTheOtherStateAndTheWindowsMedianShown();

private:
    bool openSignedIn(
        bool liveUpdates = true, const QUrl &webhook = QUrl(QStringLiteral("default")), int requestsPerMinute = 6000);
    QString cell(const QString &agentId, int column, int role = Qt::DisplayRole) const;
    QVector<AuditEntry> applied(const QString &agentId) const;
};

void TestConsoleTruth::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    for (const char *name : {"STATUSDESK_API_BASE", "GENESYS_CLIENT_ID", "GENESYS_CLIENT_SECRET", "GENESYS_REGION",
             "WEBHOOK_ENDPOINT", "WEBHOOK_SECRET", "STATUSDESK_PROTOCOL"})
        qunsetenv(name);
}

void TestConsoleTruth::init()
{
    m_sim = std::make_unique<SimFixture>();
    SimConfig config;
    config.agents = kAgents;
    // The demo client, and a second one for "another console" (the CLI) sharing the audit history.
    config.clients = {SimClient {QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}},
        SimClient {kCliClient, kCliSecret, {}}};
    QVERIFY(startRig(config));
}

void TestConsoleTruth::cleanup()
{
    stopRig();
    for (const char *name : {"STATUSDESK_API_BASE", "GENESYS_CLIENT_ID", "WEBHOOK_ENDPOINT"})
        qunsetenv(name);
}

bool TestConsoleTruth::openSignedIn(bool liveUpdates, const QUrl &webhook, int requestsPerMinute)
{
    return signIn(
        liveUpdates, webhook == QUrl(QStringLiteral("default")) ? payrollSink() : webhook, requestsPerMinute, 6000);
}

QString TestConsoleTruth::cell(const QString &agentId, int column, int role) const
{
    return m_window->agentModel()->index(rowOf(agentId), column).data(role).toString();
}

QVector<AuditEntry> TestConsoleTruth::applied(const QString &agentId) const
{
    AuditQuery query;
    query.agent = agentId;
    query.outcome = AuditOutcome::Applied;
    query.limit = 0;
    return m_window->session()->audit()->query(query);
}

void TestConsoleTruth::refusedShortcutSaysWhyAndSendsNothing()
{
    // Break is not allowed from Offline (Offline may go to Available or On Queue only).
    const QString id = agentInTeam(QStringLiteral("Sales"));
    setStatus(id, QStringLiteral("Offline"));
    QVERIFY(openSignedIn());
    QSignalSpy finished(m_window->session()->changes(), &StatusChangeService::finished);
    selectAgents({id});
    m_window->roster()->table()->setFocus();
    QTest::keyClick(m_window->roster()->table(), Qt::Key_3, Qt::ControlModifier); // Ctrl+3: Break
    QTRY_VERIFY(m_window->changes()->changeDialog());
    ChangeDialog *dialog = m_window->changes()->changeDialog();
    QTRY_VERIFY(dialog->isVisible());
    // Nothing the lead did not ask for is preselected, and the dialog says what was refused and why; the
    // list taking the keyboard focus (as it does on a desktop) does not make its first target current.
    focusTargets(dialog);
    QCOMPARE(dialog->selectedTarget(), QString());
    QVERIFY2(dialog->hintText().contains(QStringLiteral("Break is refused")), qPrintable(dialog->hintText()));
    QVERIFY2(dialog->hintText().contains(QStringLiteral("Offline")), qPrintable(dialog->hintText()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply"))->isEnabled());
    // Enter sends nothing.
    QTest::keyClick(dialog->findChild<QListWidget *>(QStringLiteral("changeDialogTargets")), Qt::Key_Return);
    QTest::keyClick(dialog, Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(statusOf(id), QStringLiteral("Offline"));
    AuditQuery intents;
    intents.agent = id;
    intents.outcome = AuditOutcome::Intent;
    QCOMPARE(m_window->session()->audit()->count(intents), qint64(0));

    // The general dialog preselects nothing either: Enter right after opening sends nothing.
    dialog->close();
    QTRY_VERIFY(!m_window->changes()->changeDialog());
    ChangeDialog *general = openChangeDialog({id});
    QVERIFY(general);
    focusTargets(general);
    QCOMPARE(general->selectedTarget(), QString());
    QTest::keyClick(general, Qt::Key_Return);
    QTest::qWait(300);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(statusOf(id), QStringLiteral("Offline"));
}

void TestConsoleTruth::revertAsksItsOwnReason()
{
    QStringList ids;
    for (int i = 0; i < 3; ++i) {
        ids << m_sim->server()->organisation()->activeAgentAt(quint32(i));
        setStatus(ids.last(), QStringLiteral("Available"));
    }
    QVERIFY(openSignedIn());
    ChangeDialog *dialog = openChangeDialog(ids);
    QVERIFY(dialog);
    QVERIFY(dialog->selectTarget(QStringLiteral("OnQueue")));
    // A reason the rules do not ask for here, given anyway.
    auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("changeDialogReason"));
    reason->setCurrentIndex(reason->findData(QStringLiteral("ReadyForCalls")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY(m_window->changes()->bulkDialog());
    BulkChangeDialog *bulk = m_window->changes()->bulkDialog();
    QSignalSpy finished(m_window->changes(), &ChangeController::bulkFinished);
    QTest::mouseClick(bulk->findChild<QPushButton *>(QStringLiteral("bulkConfirm")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    QCOMPARE(finished.first().at(0).value<BulkSummary>().applied, 3);

    // Leaving On Queue needs a reason: the revert asks for its own, ReadyForCalls does not count.
    auto *revert = bulk->findChild<QPushButton *>(QStringLiteral("bulkRevert"));
    auto *revertReason = bulk->findChild<QComboBox *>(QStringLiteral("bulkRevertReason"));
    auto *hint = bulk->findChild<QLabel *>(QStringLiteral("bulkRevertHint"));
    QVERIFY(revert && revertReason && hint);
    QCOMPARE(revertReason->currentData().toString(), QString());
    QVERIFY(!revert->isEnabled());
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(QStringLiteral("reason")));
    revertReason->setCurrentIndex(revertReason->findData(QStringLiteral("SystemIssue")));
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWait);
    for (const QString &id : std::as_const(ids)) {
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("Available"), kWait);
        // The audit history has the revert's reason on the way back, the first reason on the way out.
        const QVector<AuditEntry> entries = applied(id);
        QCOMPARE(entries.size(), 2);
        for (const AuditEntry &entry : entries) {
            if (entry.toStatus == QLatin1String("Available"))
                QCOMPARE(entry.reason, QStringLiteral("SystemIssue"));
            else
                QCOMPARE(entry.reason, QStringLiteral("ReadyForCalls"));
        }
    }
}

void TestConsoleTruth::signInDialogHonoursTheEnvironment()
{
    const QUrl sink = m_sim->baseUrl().resolved(QUrl(QStringLiteral("/sim/webhooks/hr")));
    qputenv("STATUSDESK_API_BASE", m_sim->baseUrl().toString().toUtf8());
    qputenv("GENESYS_CLIENT_ID", "statusdesk-demo");
    qputenv("WEBHOOK_ENDPOINT", sink.toString().toUtf8());
    m_window->show();
    m_window->showSignIn();
    SignInDialog *dialog = m_window->signInDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("signInDemoUrl"));
    auto *clientId = dialog->findChild<QLineEdit *>(QStringLiteral("signInClientId"));
    auto *webhook = dialog->findChild<QLineEdit *>(QStringLiteral("signInWebhookUrl"));
    QVERIFY(url && clientId && webhook);
    QCOMPARE(url->text(), m_sim->baseUrl().toString());
    QCOMPARE(clientId->text(), QStringLiteral("statusdesk-demo"));
    QCOMPARE(webhook->text(), sink.toString());
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(ready.wait(kWait));
    QCOMPARE(m_window->session()->profile().webhookUrl, sink);
    QVERIFY(!m_window->sessionStatus()->webhookText().contains(QStringLiteral("No webhook address")));

    // A change reaches the receiver WEBHOOK_ENDPOINT names, and the panel says delivered.
    const QString id = agentInTeam(QStringLiteral("Billing"));
    setStatus(id, QStringLiteral("Available"));
    m_window->session()->directory()->reread({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).status, QStringLiteral("Available"), kWait);
    ChangeDialog *change = openChangeDialog({id});
    QVERIFY(change && change->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(change->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim->server()->webhookDeliveries(QStringLiteral("hr")).isEmpty(), kWait);
    const auto delivered = [this, id] {
        for (const WebhookDelivery &delivery : m_window->webhookPanel()->deliveries()) {
            if (delivery.agentId == id && delivery.state == WebhookDelivery::State::Delivered)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(delivered(), kWait);
}

void TestConsoleTruth::demoFromTheDialogHasACompetitor()
{
    m_window->show();
    m_window->showSignIn();
    SignInDialog *dialog = m_window->signInDialog();
    QVERIFY(dialog);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("signInDemoUrl"));
    QVERIFY(url->text().isEmpty()); // start a simulator
    QSignalSpy ready(m_window, &MainWindow::sessionReady);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
    QVERIFY(ready.wait(kWait));
    const QUrl started = m_window->session()->profile().apiBase;
    QVERIFY(started != m_sim->baseUrl());
    // The started simulator has a competing supervisor, as scripts/run-demo's has.
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(started.resolved(QUrl(QStringLiteral("/sim/state")))));
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(kWait));
    const QJsonObject state = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    QCOMPARE(state.value(QStringLiteral("competitorPerMinute")).toDouble(), 2.0);
    // And its webhooks go to the simulator's payroll sink, not nowhere.
    QCOMPARE(m_window->session()->profile().webhookUrl.path(), QStringLiteral("/sim/webhooks/payroll"));
}

void TestConsoleTruth::webhookWithoutAddressIsVisible()
{
    QVERIFY(openSignedIn(true, QUrl()));
    // Said at once, in the message bar and in the status bar.
    QCOMPARE(m_window->messageBar()->level(), MessageBar::Level::Warning);
    QVERIFY2(m_window->messageBar()->text().contains(QStringLiteral("No webhook address")),
        qPrintable(m_window->messageBar()->text()));
    QVERIFY2(m_window->sessionStatus()->webhookText().contains(QStringLiteral("No webhook address")),
        qPrintable(m_window->sessionStatus()->webhookText()));
    // A change's event waits, and the status bar counts it as waiting for an address.
    const QString id = agentInTeam(QStringLiteral("Support"));
    setStatus(id, QStringLiteral("Available"));
    m_window->session()->directory()->reread({id});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->agentModel()->agentAt(rowOf(id)).status, QStringLiteral("Available"), kWait);
    ChangeDialog *change = openChangeDialog({id});
    QVERIFY(change && change->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(change->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), QStringLiteral("OnQueue"), kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->sessionStatus()->webhookText().contains(QStringLiteral("No webhook address: 1 webhook")), kWait);
    QVERIFY(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).isEmpty());

    // An address given in Settings takes effect at once: the waiting event goes out.
    m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    QDialog *settings = nullptr;
    QTRY_VERIFY((settings = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) != nullptr);
    settings->findChild<QLineEdit *>(QStringLiteral("settingsWebhookUrl"))
        ->setText(m_sim->baseUrl().resolved(QUrl(QStringLiteral("/sim/webhooks/payroll"))).toString());
    QTest::mouseClick(settings->findChild<QPushButton *>(QStringLiteral("settingsSave")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).size(), 1, kWait);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->sessionStatus()->webhookText().contains(QStringLiteral("0 webhook(s) pending")), kWait);
}

void TestConsoleTruth::latencyIsTheRequestNotTheDecision()
{
    const QString id = agentInTeam(QStringLiteral("Retention"));
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn(false));
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    setStatus(id, QStringLiteral("Meeting")); // another supervisor, while the lead decides
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->changes()->conflictDialog(), kWait);
    // The lead thinks it over for 1.5 s: that is no update latency.
    QTest::qWait(1500);
    QTest::mouseClick(
        m_window->changes()->conflictDialog()->findChild<QPushButton *>(QStringLiteral("conflictKeepTheirs")),
        Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);

    MetricsRegistry *metrics = m_window->session()->metrics();
    const MetricLabels kept {{QStringLiteral("status"), QStringLiteral("OnQueue")},
        {QStringLiteral("result"), QStringLiteral("conflict_kept_theirs")}};
    const HistogramSnapshot latency = metrics->histogram(Metric::StateUpdateLatency, kept);
    QCOMPARE(latency.count, quint64(1));
    QVERIFY2(latency.sum < 1.0, qPrintable(QString::number(latency.sum)));
    const HistogramSnapshot waited
        = metrics->histogram(Metric::StateUpdateWait, {{QStringLiteral("status"), QStringLiteral("OnQueue")}});
    QCOMPARE(waited.count, quint64(1));
    QVERIFY2(waited.sum < 1.0, qPrintable(QString::number(waited.sum)));
    // The audit history's latency is the request's too.
    AuditQuery conflicts;
    conflicts.agent = id;
    conflicts.outcome = AuditOutcome::Conflict;
    const QVector<AuditEntry> entries = m_window->session()->audit()->query(conflicts);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().latencyMs >= 0 && entries.first().latencyMs < 1000);

    // The panel draws it: a request bar and a waiting bar, nothing at or above one second.
    m_window->metricsDock()->show();
    m_window->metricsPanel()->refresh();
    auto *view = m_window->metricsPanel()->findChild<QChartView *>(QStringLiteral("metricsLatency"));
    QVERIFY(view);
    QVector<QBarSet *> sets;
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            sets = QVector<QBarSet *>(bars->barSets().cbegin(), bars->barSets().cend());
    }
    for (QAbstractAxis *one : view->chart()->axes(Qt::Horizontal))
        axis = qobject_cast<QBarCategoryAxis *>(one);
    QVERIFY(axis);
    QCOMPARE(sets.size(), 2);
    QCOMPARE(sets.at(0)->label(), QStringLiteral("Request"));
    QCOMPARE(sets.at(1)->label(), QStringLiteral("Waiting"));
    double requests = 0;
    for (int i = 0; i < sets.at(0)->count(); ++i) {
        requests += sets.at(0)->at(i);
        if (axis->at(i).endsWith(QLatin1String(" s")))
            QCOMPARE(sets.at(0)->at(i), 0.0); // no request bar at a second or more
    }
    QVERIFY(requests >= 1);
}

void TestConsoleTruth::latencyIsTheRequestNotTheQueue()
{
    // The server refuses the bulk change's compare read twice with "Retry-After: 1": the client holds
    // every request for a second each time, so each of the 20 agents waits seconds in the limiter's
    // queue while its own requests take milliseconds.
    constexpr int kBulk = 20;
    m_bulkWriteChunk = 2;
    QStringList ids;
    for (int i = 0; i < kBulk; ++i) {
        ids << m_sim->server()->organisation()->activeAgentAt(quint32(i));
        setStatus(ids.last(), QStringLiteral("Available"));
    }
    QVERIFY(openSignedIn(false, QUrl(QStringLiteral("default")), 60));
    ChangeDialog *dialog = openChangeDialog(ids);
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_VERIFY(m_window->changes()->bulkDialog());
    QSignalSpy finished(m_window->changes(), &ChangeController::bulkFinished);
    m_sim->server()->resetCounters();
    m_sim->server()->failNext("GET", QStringLiteral("/api/v2/users/presences/*"), 429, 2);
    QTest::mouseClick(
        m_window->changes()->bulkDialog()->findChild<QPushButton *>(QStringLiteral("bulkConfirm")), Qt::LeftButton);
    // At 60 requests a minute the job may have to wait for the server's minute to roll over once.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(finished.first().at(0).value<BulkSummary>().applied, kBulk);
    QCOMPARE(m_sim->server()->answered429(), qint64(2));

    MetricsRegistry *metrics = m_window->session()->metrics();
    const HistogramSnapshot latency = metrics->histogram(Metric::StateUpdateLatency,
        {{QStringLiteral("status"), QStringLiteral("OnQueue")}, {QStringLiteral("result"), QStringLiteral("applied")}});
    const HistogramSnapshot waited
        = metrics->histogram(Metric::StateUpdateWait, {{QStringLiteral("status"), QStringLiteral("OnQueue")}});
    QCOMPARE(latency.count, quint64(kBulk));
    QCOMPARE(waited.count, quint64(kBulk));
    qInfo("bulk of %d: requests %.3f s in all, waiting %.3f s in all", kBulk, latency.sum, waited.sum);
    // Every request took well under a second on the loopback simulator, however long it queued...
    const int oneSecond = int(latency.upperBounds.indexOf(1.0));
    QVERIFY(oneSecond >= 0);
    QCOMPARE(latency.cumulativeCounts.at(oneSecond), quint64(kBulk));
    // ...and the queueing is shown apart: the last ones waited their turn for seconds.
    QVERIFY2(waited.sum > 5.0, qPrintable(QString::number(waited.sum)));
    QVERIFY2(latency.sum < waited.sum / 5, qPrintable(QStringLiteral("%1 / %2").arg(latency.sum).arg(waited.sum)));
}

void TestConsoleTruth::distributionFollowsTheRosterFilters()
{
    QVERIFY(openSignedIn());
    m_window->metricsDock()->show();
    auto *view = m_window->metricsPanel()->findChild<QChartView *>(QStringLiteral("metricsDistribution"));
    QVERIFY(view);
    QTRY_COMPARE(drawnTotal(view), kAgents);
    RosterView *roster = m_window->roster();
    auto *team = roster->findChild<QComboBox *>(QStringLiteral("rosterTeam"));
    team->setCurrentIndex(team->findData(QStringLiteral("Support")));
    const int shown = roster->proxy()->rowCount();
    QVERIFY(shown > 0 && shown < kAgents);
    QTRY_COMPARE(drawnTotal(view), shown);
    const auto *title = m_window->metricsPanel()->findChild<QLabel *>(QStringLiteral("metricsDistributionTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QString::number(shown)), qPrintable(title->text()));
    // Each bar is the count of the filtered rows in that status.
    QHash<QString, int> expected;
    for (int row = 0; row < shown; ++row)
        expected[roster->proxy()->index(row, 0).data(AgentTableModel::StatusKeyRole).toString()] += 1;
    QBarCategoryAxis *axis = nullptr;
    for (QAbstractAxis *one : view->chart()->axes(Qt::Vertical))
        axis = qobject_cast<QBarCategoryAxis *>(one);
    QVERIFY(axis);
    QCOMPARE(axis->count(), int(expected.size()));
    team->setCurrentIndex(0);
    QTRY_COMPARE(drawnTotal(view), kAgents);
}

void TestConsoleTruth::axisLabelsAreWholeInLightAndDark()
{
    QVERIFY(openSignedIn());
    m_window->resize(1280, 800);
    m_window->metricsDock()->show();
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    for (const QPalette &palette : {original, dark}) {
        QApplication::setPalette(palette);
        // The change reaches the widgets through the event loop; the panel redraws its charts on it.
        QTRY_COMPARE(m_window->metricsPanel()->palette().color(QPalette::Text), palette.color(QPalette::Text));
        for (const char *name : {"metricsDistribution", "metricsLatency"}) {
            auto *view = m_window->metricsPanel()->findChild<QChartView *>(QLatin1String(name));
            QVERIFY(view);
            // Qt Charts lays its scene out on the event loop: wait until it draws the chart as it is now
            // (every category of its axes, made anew on the palette change).
            QTRY_VERIFY(drawnTextsContainCategories(view));
            view->grab();
            const QStringList texts = drawnTexts(view);
            QVERIFY2(texts.size() > 3, name);
            for (const QString &text : texts)
                QVERIFY2(!text.contains(QChar(0x2026)), qPrintable(QLatin1String(name) + QStringLiteral(": ") + text));
            // Readable on its background: labels in the palette's text colour.
            for (QAbstractAxis *axis : view->chart()->axes()) {
                QCOMPARE(axis->labelsColor(), palette.color(QPalette::Text));
                QVERIFY(!axis->truncateLabels());
            }
        }
    }
    QApplication::setPalette(original);
}

void TestConsoleTruth::changedBySaysWhoOrAnotherClient()
{
    const QString ours = agentInTeam(QStringLiteral("Billing"));
    const QString theirs = agentInTeam(QStringLiteral("Billing"), 1);
    const QString cli = agentInTeam(QStringLiteral("Billing"), 2);
    for (const QString &id : {ours, theirs, cli})
        setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    // Nothing is known of the statuses the roster loaded with: said, not left empty.
    QCOMPARE(cell(ours, AgentTableModel::ChangedBy), QStringLiteral("another client"));

    // Our change.
    ChangeDialog *dialog = openChangeDialog({ours});
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(cell(ours, AgentTableModel::Presence), QStringLiteral("On Queue"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(cell(ours, AgentTableModel::ChangedBy), QStringLiteral("you"), kWait);

    // The competing supervisor: Genesys does not say who, and our history does not know. Once the
    // subscription is live: a change between the listing and the subscription is the initial gap, which
    // the directory re-reads only a minute later (AgentDirectory::onGap).
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->directory()->mode(), AgentDirectory::Mode::Push, kWait);
    m_sim->server()->changeAgentAsCompetitor(theirs);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->agentModel()->agentAt(rowOf(theirs)).status != QLatin1String("Available"), kWait);
    QCOMPARE(cell(theirs, AgentTableModel::ChangedBy), QStringLiteral("another client"));
    QVERIFY(!m_window->agentModel()->index(rowOf(theirs), 0).data(AgentTableModel::ChangedByKnownRole).toBool());

    // Another console (the CLI's services) on the same team audit history names its supervisor.
    Profile profile;
    profile.apiBase = m_sim->baseUrl();
    profile.clientId = kCliClient;
    profile.clientSecret = kCliSecret;
    profile.auditLocation = m_dir->filePath(QStringLiteral("audit.sqlite"));
    Session other(profile);
    other.setLiveUpdates(false);
    QSignalSpy otherReady(&other, &Session::ready);
    other.start();
    QVERIFY(otherReady.wait(kWait));
    const std::optional<Agent> agent = other.directory()->agent(cli);
    QVERIFY(agent);
    QSignalSpy otherDone(other.changes(), &StatusChangeService::finished);
    other.changes()->change(StatusChange::fromAgent(*agent, QStringLiteral("Meeting"), {}));
    QVERIFY(otherDone.wait(kWait));
    QCOMPARE(otherDone.first().at(0).value<ChangeResult>().outcome, ChangeResult::Outcome::Applied);
    QTRY_COMPARE_WITH_TIMEOUT(cell(cli, AgentTableModel::Presence), QStringLiteral("Meeting"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(cell(cli, AgentTableModel::ChangedBy), kCliClient, kWait);
    // The other two rows still say what is true of them.
    QCOMPARE(cell(ours, AgentTableModel::ChangedBy), QStringLiteral("you"));
    QCOMPARE(cell(theirs, AgentTableModel::ChangedBy), QStringLiteral("another client"));
    // No cell of the roster is left empty.
    for (int row = 0; row < m_window->agentModel()->rowCount(); ++row)
        QVERIFY(!m_window->agentModel()->index(row, AgentTableModel::ChangedBy).data().toString().isEmpty());
}

void TestConsoleTruth::pushOutageBannerSaysSinceWhenAndWhatWorks()
{
    // Push cannot start: the console falls back to polling, and says so with more than a word.
    m_sim->server()->failNext("POST", QStringLiteral("/api/v2/notifications/channels"), 503, 1000);
    QVERIFY(openSignedIn());
    OutageBanner *banner = m_window->outageBanner();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->directory()->mode(), AgentDirectory::Mode::Polling, kWait);
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->kind(), OutageBanner::Kind::PushDown);
    QVERIFY(banner->since().isValid());
    QVERIFY(qAbs(banner->since().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QString since = banner->since().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(banner->text().contains(QStringLiteral("since ") + since), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("Still working")), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("re-read")));
}

void TestConsoleTruth::serverOutageBannerComesAndGoes()
{
    QVERIFY(openSignedIn());
    OutageBanner *banner = m_window->outageBanner();
    QVERIFY(!banner->isVisible());
    m_sim->server()->setFailRate(1.0);
    m_window->session()->directory()->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), kWait);
    QCOMPARE(banner->kind(), OutageBanner::Kind::ServerDown);
    const QString since = banner->since().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QVERIFY2(banner->text().contains(QStringLiteral("since ") + since), qPrintable(banner->text()));
    QVERIFY(banner->text().contains(QStringLiteral("Still working")));
    QVERIFY(banner->text().contains(QStringLiteral("audit history")));
    // The server answers again: the banner goes.
    m_sim->server()->setFailRate(0);
    // (A reload still retrying answers the next request; one more is asked until one is answered.)
    QTRY_VERIFY_WITH_TIMEOUT((m_window->session()->directory()->refresh(), !banner->isVisible()), kWait);
    QCOMPARE(banner->kind(), OutageBanner::Kind::None);
}

void TestConsoleTruth::slowChangeIsPendingInItsRowUntilItLands()
{
    const QString id = agentInTeam(QStringLiteral("Support"));
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    m_sim->server()->setLatency(1500, 1500);
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    // While the slow server works, the row says where it is going.
    QTRY_COMPARE(cell(id, AgentTableModel::Presence, AgentTableModel::PendingRole), QStringLiteral("OnQueue"));
    QCOMPARE(cell(id, AgentTableModel::Presence), QStringLiteral("Available → On Queue"));
    QCOMPARE(cell(id, AgentTableModel::Freshness), QStringLiteral("pending"));
    QCOMPARE(m_window->agentModel()->agentAt(rowOf(id)).status, QStringLiteral("Available"));
    QVERIFY(cell(id, AgentTableModel::Presence, Qt::ToolTipRole).contains(QStringLiteral("waiting for the server")));
    QVERIFY(finished.isEmpty());
    // Landed: the row shows the server's answer and nothing pending.
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);
    m_sim->server()->setLatency(0, 0);
    QCOMPARE(cell(id, AgentTableModel::Presence, AgentTableModel::PendingRole), QString());
    QCOMPARE(cell(id, AgentTableModel::Presence), QStringLiteral("On Queue"));
    // Live once its channel is (until then the row is polled).
    QTRY_COMPARE_WITH_TIMEOUT(cell(id, AgentTableModel::Freshness), QStringLiteral("live"), kWait);
    QCOMPARE(statusOf(id), QStringLiteral("OnQueue"));
}

// Another supervisor changes the agent while our compare read is on its way back (held 800 ms by the
// simulator): ours still lands, the message bar says it overwrote a concurrent change and names their
// status, the audit history has the new outcome, payroll hears of it, and the metrics panel shows the
// median of the window the registry measured.
void TestConsoleTruth::raceIsToldWithTheOtherStateAndTheWindowsMedianShown()
{
    const QString id = agentInTeam(QStringLiteral("Support"));
    setStatus(id, QStringLiteral("Available"));
    QVERIFY(openSignedIn());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->directory()->mode(), AgentDirectory::Mode::Push, kWait);
    m_sim->server()->failAfterApplying(
        "GET", QStringLiteral("/api/v2/users/%1/presences/purecloud").arg(id), 0, 1, false, 800);
    ChangeDialog *dialog = openChangeDialog({id});
    QVERIFY(dialog && dialog->selectTarget(QStringLiteral("OnQueue")));
    QSignalSpy finished(m_window->changes(), &ChangeController::changeFinished);
    m_sim->server()->resetCounters();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("changeDialogApply")), Qt::LeftButton);
    // Once the simulator has read the agent for the compare read (its answer still held back). Only
    // that request counts: a background read (queues, adherence) answered first would make the other
    // supervisor's change come before our compare read, a conflict rather than a race.
    const QString compareRead = QStringLiteral("GET /api/v2/users/%1/presences/purecloud").arg(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->server()->requestsByPath().value(compareRead).toInteger() >= 1, kWait);
    setStatus(id, QStringLiteral("Meeting"));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWait);

    QCOMPARE(statusOf(id), QStringLiteral("OnQueue"));
    MessageBar *bar = m_window->messageBar();
    QCOMPARE(bar->level(), MessageBar::Level::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("concurrent change")), qPrintable(bar->text()));
    QVERIFY2(bar->text().contains(QStringLiteral("had set Meeting")), qPrintable(bar->text()));
    AuditQuery race;
    race.agent = id;
    race.outcome = AuditOutcome::AppliedOverConcurrent;
    QCOMPARE(m_window->session()->audit()->query(race).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim->server()->webhookDeliveries(QStringLiteral("payroll")).isEmpty(), kWait);

    const HistogramSnapshot window = m_window->session()->metrics()->histogram(Metric::CompareWindow);
    QCOMPARE(window.count, quint64(1));
    m_window->metricsDock()->show();
    m_window->metricsPanel()->refresh();
    auto *label = m_window->metricsPanel()->findChild<QLabel *>(QStringLiteral("metricsWindow"));
    QVERIFY(label);
    const double median = window.quantile(0.5);
    const QString expected = median < 1.0 ? QStringLiteral("%1 ms").arg(QString::number(median * 1000.0, 'g', 4))
                                          : QStringLiteral("%1 s").arg(QString::number(median, 'g', 4));
    QVERIFY2(label->text().contains(QStringLiteral("median ") + expected), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("over 1 write")), qPrintable(label->text()));
}

QTEST_MAIN(TestConsoleTruth)
#include "tst_consoletruth.moc"
