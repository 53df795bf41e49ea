// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MainWindow.h"

#include "api/ApiClient.h"
#include "api/ScopeChoices.h"
#include "api/StatusGateway.h"
#include "core/TransitionRules.h"
#include "desktop/AdherenceConsole.h"
#include "desktop/AlertNotifier.h"
#include "desktop/AuditKeyring.h"
#include "desktop/AuditPanel.h"
#include "desktop/ChangeController.h"
#include "desktop/DemoLauncher.h"
#include "desktop/DesktopLogging.h"
#include "desktop/HelpDialog.h"
#include "desktop/IconLoader.h"
#include "desktop/MessageBar.h"
#include "desktop/MetricsPanel.h"
#include "desktop/OutageBanner.h"
#include "desktop/QueuePanel.h"
#include "desktop/RosterView.h"
#include "desktop/ScopeDialog.h"
#include "desktop/SecretStore.h"
#include "desktop/SessionStatusBar.h"
#include "desktop/SettingsDialog.h"
#include "desktop/SignInDialog.h"
#include "desktop/TabBarAccessible.h"
#include "desktop/TimelinePanel.h"
#include "desktop/WebhookPanel.h"
#include "models/AgentFilterProxyModel.h"
#include "models/AgentTableModel.h"
#include "models/ChangeAuthors.h"
#include "models/StatusLabels.h"
#include "service/AgentDirectory.h"
#include "service/NotRespondingClearer.h"
#include "service/Session.h"
#include "webhook/WebhookOutbox.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDockWidget>
#include <QInputDialog>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPointer>
#include <QProgressBar>
#include <QResizeEvent>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kClientSecret = QStringLiteral("client-secret");
const QString kWebhookSecret = QStringLiteral("webhook-secret");

// The common targets and their shortcuts (Ctrl+digit).
struct QuickTarget
{
    const char *key;
    Qt::Key digit;
};
const QuickTarget kQuickTargets[] = {{"Available", Qt::Key_1}, {"OnQueue", Qt::Key_2}, {"Break", Qt::Key_3},
    {"Meal", Qt::Key_4}, {"Away", Qt::Key_5}, {"Offline", Qt::Key_0}};

// The roster is the main thing: the window's first size, and the panels start small.
constexpr QSize kFirstWindowSize(1280, 800);
constexpr int kAuditDockHeight = 220;
constexpr int kCountsDelayMs = 250;
constexpr int kMetricsDockWidth = 400;
// The metrics panel's largest share of a narrow window's width: one in three.
constexpr int kMetricsShareOfWidth = 3;
constexpr int kLoadProgressMaximumWidth = 180;
constexpr int kMargin = 6;
// The demo organisation moves on its own, as scripts/run-demo's does: a competing supervisor changes
// this many agents a minute, so that a newcomer sees live updates and real conflicts.
const QStringList kDemoSimulatorArguments = {QStringLiteral("--competitor"), QStringLiteral("2")};

} // namespace

MainWindow::MainWindow(AppSettings *settings, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_auditKeys(new AuditKeyring(secrets, this))
    , m_model(new AgentTableModel(this))
    , m_messages(new MessageBar(this))
    , m_roster(new RosterView(m_model, this))
    , m_status(new SessionStatusBar(this))
    , m_loadProgress(new QProgressBar(this))
    , m_loadCancel(new QToolButton(this))
    , m_changes(new ChangeController(m_model, m_messages, this))
    , m_alerts(new AlertNotifier(this))
    , m_auditPanel(new AuditPanel(this))
    , m_webhookPanel(new WebhookPanel(this))
    , m_queuePanel(new QueuePanel(this))
    , m_metricsPanel(new MetricsPanel(this))
    , m_outage(new OutageBanner(this))
    , m_authors(new ChangeAuthors(this))
    , m_adherence(new AdherenceConsole(this))
    , m_timelinePanel(new TimelinePanel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("StatusDesk"));
    // Before the docks are tabbed: their tab bar then tells a screen reader which tab is selected.
    TabBarAccessible::install();
    setWindowIcon(QIcon(QStringLiteral(":/statusdesk/icons/app/statusdesk.svg")));
    m_model->setIconFunction([](const QString &key) {
        return key == QLatin1String("stale") ? IconLoader::action(key) : IconLoader::status(key);
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(kMargin, kMargin, kMargin, 0);
    // The banners sit below the roster: one that comes or goes shortens the table at its foot, so the
    // rows the lead is aiming at never move.
    layout->addWidget(m_roster, 1);
    layout->addWidget(m_outage);
    layout->addWidget(m_messages);
    m_model->setAuthors(m_authors);
    m_changes->setAuthors(m_authors);
    m_metricsPanel->setRoster(m_roster->proxy());
    m_metricsPanel->followTicks(m_model);
    setCentralWidget(central);

    m_auditDock = addPanel(m_auditPanel, tr("Audit"), QStringLiteral("auditDock"), Qt::BottomDockWidgetArea);
    m_webhookDock = addPanel(m_webhookPanel, tr("Webhooks"), QStringLiteral("webhookDock"), Qt::BottomDockWidgetArea);
    m_metricsDock = addPanel(m_metricsPanel, tr("Metrics"), QStringLiteral("metricsDock"), Qt::RightDockWidgetArea);
    m_timelineDock
        = addPanel(m_timelinePanel, tr("Timeline"), QStringLiteral("timelineDock"), Qt::BottomDockWidgetArea);
    m_queueDock = addPanel(m_queuePanel, tr("Queues"), QStringLiteral("queueDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_auditDock, m_webhookDock);
    tabifyDockWidget(m_webhookDock, m_timelineDock);
    tabifyDockWidget(m_timelineDock, m_queueDock);
    m_timelineDock->hide(); // opened from the View menu (Ctrl+Shift+T), then where the lead left it
    // Metrics takes the whole right side, the audit and webhook panels sit under the roster only: the
    // heights add up to what a 700 px screen has.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_auditDock->raise();
    resizeDocks({m_auditDock}, {kAuditDockHeight}, Qt::Vertical);
    resizeDocks({m_metricsDock}, {kMetricsDockWidth}, Qt::Horizontal);
    connect(m_metricsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, this, &MainWindow::fitMetricsDock);
    });

    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadProgress->setAccessibleName(tr("Loading progress"));
    m_loadProgress->setMaximumWidth(kLoadProgressMaximumWidth);
    m_loadProgress->hide();
    m_loadCancel->setObjectName(QStringLiteral("loadCancel"));
    m_loadCancel->setIcon(IconLoader::action(QStringLiteral("cancel")));
    m_loadCancel->setToolTip(tr("Stop signing in"));
    m_loadCancel->setAccessibleName(tr("Stop signing in"));
    m_loadCancel->setAutoRaise(true);
    m_loadCancel->hide();
    connect(m_loadCancel, &QToolButton::clicked, this, [this] {
        stopDemo();
        if (m_session)
            m_session->stop();
        m_loadProgress->hide();
        m_loadCancel->hide();
        m_messages->showMessage(
            tr("Signing in was stopped."), MessageBar::Level::Information, tr("Sign &in…"), QStringLiteral("sign-in"));
    });
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_loadProgress);
    statusBar()->addPermanentWidget(m_loadCancel);

    buildActions();
    connect(m_roster, &RosterView::changeRequested, this,
        [this] { m_changes->requestChange(m_roster->selectedAgentIds()); });
    connect(m_roster, &RosterView::selectionChanged, this, [this] {
        updateCounts();
        showQueuesOfSelection();
    });
    connect(m_roster->proxy(), &QAbstractItemModel::rowsInserted, this, [this] { updateCounts(); });
    connect(m_roster->proxy(), &QAbstractItemModel::rowsRemoved, this, [this] { updateCounts(); });
    connect(m_roster->proxy(), &QAbstractItemModel::modelReset, this, [this] { updateCounts(); });
    connect(m_roster->proxy(), &QAbstractItemModel::layoutChanged, this, [this] { updateCounts(); });
    // A row turning NOT_RESPONDING (or back) changes the count in the status bar; rows change often,
    // so the count is taken at most four times a second.
    auto *countsTimer = new QTimer(this);
    countsTimer->setSingleShot(true);
    countsTimer->setInterval(kCountsDelayMs);
    connect(countsTimer, &QTimer::timeout, this, [this] { updateCounts(); });
    connect(m_model, &QAbstractItemModel::dataChanged, countsTimer,
        [countsTimer](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.isEmpty() && !countsTimer->isActive())
                countsTimer->start();
        });
    connect(m_messages, &MessageBar::actionTriggered, this, [this](const QString &action) {
        if (action == QLatin1String("sign-in"))
            showSignIn();
        else if (action == QLatin1String("settings"))
            showSettings();
        else if (action == QLatin1String("renew-sign-in") && m_renewalUrl.isValid())
            QDesktopServices::openUrl(m_renewalUrl);
        else if (action == QLatin1String("webhook-dead-letters"))
            showDeadLetters();
    });
    // A dead letter reaches payroll only when re-sent: an alert, not a number to notice.
    connect(m_webhookPanel, &WebhookPanel::deadLettersArrived, this, [this](int deadLetters) {
        m_messages->showMessage(
            tr("A webhook could not be delivered to payroll: %n dead letter(s) to re-send.", nullptr, deadLetters),
            MessageBar::Level::Error, tr("Show &dead letters"), QStringLiteral("webhook-dead-letters"));
    });
    connect(m_alerts, &AlertNotifier::alertsGrouped, this, [this](const QStringList &, const QString &message) {
        m_messages->showMessage(message, MessageBar::Level::Warning, {}, {}, MessageBar::kAlertTimeoutMs);
    });
    connect(m_auditKeys, &AuditKeyring::fetched, this,
        [this](const QString &location, const QByteArray &keyText, AuditKeyring::Source, const QString &warning) {
            onAuditKeyFetched(location, keyText, warning);
        });
    connect(m_adherence, &AdherenceConsole::alert, this, [this](const QString &message) {
        m_messages->showMessage(message, MessageBar::Level::Warning, {}, {}, MessageBar::kAlertTimeoutMs);
    });
    connect(m_adherence, &AdherenceConsole::countChanged, this,
        [this](int out, bool missing) { m_status->setAdherence(out, missing, m_adherence->monitor() != nullptr); });
    connect(m_roster, &RosterView::selectionChanged, this,
        [this] { m_timelinePanel->setSelectedAgents(m_roster->selectedAgentIds()); });
    restoreLayout();
    updateCounts();
}

MainWindow::~MainWindow()
{
    // The panels and the model follow the session's objects: detach them before it goes.
    m_model->setDirectory(nullptr);
    m_model->setAdherence(nullptr);
    m_timelinePanel->attach({}, nullptr, nullptr, {});
    m_adherence->attach(nullptr);
    m_alerts->setDirectory(nullptr);
    m_authors->attach(nullptr, nullptr, {});
    m_outage->attach(nullptr, false);
    delete m_session;
}

Session *MainWindow::session() const
{
    return m_session;
}

SignInDialog *MainWindow::signInDialog() const
{
    return m_signIn;
}

QDockWidget *MainWindow::addPanel(
    QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAccessibleName(title);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signIn = file->addAction(
        IconLoader::action(QStringLiteral("sign-in")), tr("Sign &in…"), this, &MainWindow::showSignIn);
    signIn->setObjectName(QStringLiteral("actionSignIn"));
    QAction *signOutAction
        = file->addAction(IconLoader::action(QStringLiteral("sign-out")), tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(QStringLiteral("actionSignOut"));
    QAction *settings = file->addAction(
        IconLoader::action(QStringLiteral("settings")), tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *agents = menuBar()->addMenu(tr("&Agents"));
    QAction *change = agents->addAction(IconLoader::action(QStringLiteral("change-status")), tr("&Change status…"),
        this, [this] { m_changes->requestChange(m_roster->selectedAgentIds()); });
    change->setObjectName(QStringLiteral("actionChangeStatus"));
    change->setToolTip(tr("Change the status of the selected agents (Enter)"));
    QMenu *quick = agents->addMenu(tr("Change &to"));
    for (const QuickTarget &target : kQuickTargets) {
        const QString key = QString::fromLatin1(target.key);
        QAction *action = quick->addAction(IconLoader::status(key), StatusLabels::statusName(key), this,
            [this, key] { m_changes->requestChange(m_roster->selectedAgentIds(), key); });
        action->setObjectName(QStringLiteral("actionTarget") + key);
        action->setShortcut(QKeySequence(Qt::CTRL | target.digit));
    }
    QAction *clear = agents->addAction(tr("Clear &not responding…"), this, [this] { askClearNotResponding(); });
    clear->setObjectName(QStringLiteral("actionClearNotResponding"));
    clear->setToolTip(tr("Take the selected not responding agents off queue (with a reason), then on queue again"));
    agents->addSeparator();
    QAction *find = agents->addAction(
        IconLoader::action(QStringLiteral("search")), tr("&Find agents"), this, [this] { m_roster->focusFilter(); });
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction *refresh
        = agents->addAction(IconLoader::action(QStringLiteral("refresh")), tr("&Reload roster"), this, [this] {
              if (m_session && m_session->state() == Session::State::Ready)
                  m_session->directory()->refresh();
          });
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *scope = view->addAction(tr("Roster &scope…"), this, &MainWindow::chooseScope);
    scope->setObjectName(QStringLiteral("actionScope"));
    view->addAction(m_auditDock->toggleViewAction());
    view->addAction(m_webhookDock->toggleViewAction());
    view->addAction(m_queueDock->toggleViewAction());
    view->addAction(m_metricsDock->toggleViewAction());
    m_queueDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    connect(m_queueDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            showQueuesOfSelection();
    });
    view->addAction(m_timelineDock->toggleViewAction());
    m_timelineDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_auditDock->toggleViewAction()->setIcon(IconLoader::action(QStringLiteral("audit")));
    m_webhookDock->toggleViewAction()->setIcon(IconLoader::action(QStringLiteral("webhook")));
    m_metricsDock->toggleViewAction()->setIcon(IconLoader::action(QStringLiteral("metrics")));
    // Every toolbar action has a key of its own.
    m_auditDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_webhookDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_metricsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    change->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    view->addSeparator();
    QAction *nextPane = view->addAction(tr("&Next panel"), this, [this] { focusPane(1); });
    nextPane->setObjectName(QStringLiteral("actionNextPanel"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    QAction *previousPane = view->addAction(tr("&Previous panel"), this, [this] { focusPane(-1); });
    previousPane->setObjectName(QStringLiteral("actionPreviousPanel"));
    previousPane->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(change);
    tools->addAction(refresh);
    tools->addSeparator();
    tools->addAction(m_auditDock->toggleViewAction());
    tools->addAction(m_webhookDock->toggleViewAction());
    tools->addAction(m_metricsDock->toggleViewAction());
    tools->addSeparator();
    tools->addAction(settings);
    reachToolBarByTab(tools);

    buildHelpMenu();

    connect(m_roster, &RosterView::contextMenuRequested, this, [this, change, quick, clear](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(change);
        menu.addMenu(quick);
        menu.addAction(clear);
        menu.exec(pos);
    });
}

// QToolBar makes its buttons NoFocus: here they take Tab focus as any button does, just before the
// roster's filter (Shift+Tab from the filter reaches them), and Space presses them.
void MainWindow::reachToolBarByTab(QToolBar *tools)
{
    QWidget *previous = m_roster->filterEdit()->previousInFocusChain();
    for (QAction *action : tools->actions()) {
        auto *button = qobject_cast<QToolButton *>(tools->widgetForAction(action));
        if (!button)
            continue;
        button->setFocusPolicy(Qt::TabFocus);
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_roster->filterEdit());
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings->value(AppSettings::Key::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(kFirstWindowSize);
    restoreState(m_settings->value(AppSettings::Key::WindowState).toByteArray());
    m_roster->restoreHeaderState(m_settings->value(AppSettings::Key::RosterHeaderState).toByteArray(),
        m_settings->value(AppSettings::Key::RosterColumnsSized).toBool());
}

void MainWindow::saveLayout()
{
    m_settings->setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(AppSettings::Key::WindowState, saveState());
    m_settings->setValue(AppSettings::Key::RosterHeaderState, m_roster->saveHeaderState());
    m_settings->setValue(AppSettings::Key::RosterColumnsSized, m_roster->columnsSized());
    m_settings->sync();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    // Once the docks have their places in the new size.
    QTimer::singleShot(0, this, &MainWindow::fitMetricsDock);
}

// In a narrow window (1024 px) the metrics panel takes at most a third of the width, down to its
// minimum: the roster has the room first.
void MainWindow::fitMetricsDock()
{
    const int most = width() / kMetricsShareOfWidth;
    if (m_metricsDock->isVisible() && !m_metricsDock->isFloating() && m_metricsDock->width() > most)
        resizeDocks({m_metricsDock}, {most}, Qt::Horizontal);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showSignIn()
{
    if (m_signIn) {
        m_signIn->raise();
        return;
    }
    auto *dialog = new SignInDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signIn = dialog;
    // The environment's defaults first (STATUSDESK_API_BASE, GENESYS_CLIENT_ID, WEBHOOK_ENDPOINT, ...);
    // a remembered profile then fills what it knows.
    dialog->setDefaults(Profile::fromEnvironment());
    const QString last = m_settings->value(AppSettings::Key::LastProfile).toString();
    if (!last.isEmpty() && m_settings->hasProfile(last))
        dialog->setProfile(m_settings->profile(last));
    connect(dialog, &SignInDialog::signInRequested, this, &MainWindow::onSignInRequested);
    dialog->open();
}

void MainWindow::onSignInRequested(const AppSettings::StoredProfile &stored, const QString &secret, bool remember)
{
    if (remember) {
        // As entered: a demo without an address means "start a simulator" next time too.
        m_settings->saveProfile(stored);
        m_settings->setValue(AppSettings::Key::LastProfile, stored.name);
        if (stored.kind == AppSettings::Kind::Genesys && !secret.isEmpty())
            rememberSecret(stored.name, kClientSecret, secret);
    }
    // WEBHOOK_SECRET signs what goes to WEBHOOK_ENDPOINT, and to no other address.
    const Profile environment = Profile::fromEnvironment();
    const bool environmentWebhook
        = !environment.webhookUrl.isEmpty() && stored.profile.webhookUrl == environment.webhookUrl;
    startSession(stored, secret, environmentWebhook ? environment.webhookSecret : QString());
}

void MainWindow::rememberSecret(const QString &profile, const QString &name, const QString &secret)
{
    const QString key = SecretStore::keyFor(profile, name);
    // A desktop without a default keyring asks for a new password at the first write: say why first.
    m_messages->showMessage(tr("Saving the secret in the desktop's keychain. If the desktop asks you to choose a "
                               "password, it is creating its keyring for the first time: that password protects "
                               "the saved secrets."),
        MessageBar::Level::Information);
    auto *context = new QObject(this);
    connect(m_secrets, &SecretStore::stored, context,
        [this, key, context](const QString &done, bool persisted, const QString &error) {
            if (done != key)
                return;
            context->deleteLater();
            if (persisted) {
                m_messages->showMessage(tr("The secret is saved in the desktop's keychain."),
                    MessageBar::Level::Positive, {}, {}, MessageBar::kConfirmationTimeoutMs);
                return;
            }
            // The keychain's own error names D-Bus objects: the log keeps it, the lead reads words.
            qCWarning(lcDesktop) << "keychain:" << error;
            m_messages->showMessage(tr("The desktop's keychain did not keep the secret (it is missing, locked, or "
                                       "the password prompt was closed). The secret is kept for this run only; "
                                       "you will be asked again next time."),
                MessageBar::Level::Warning);
        });
    m_secrets->store(key, secret);
}

void MainWindow::signInWithProfile(const QString &name)
{
    if (!m_settings->hasProfile(name)) {
        m_messages->showMessage(tr("There is no profile called %1.").arg(name), MessageBar::Level::Error,
            tr("Sign &in…"), QStringLiteral("sign-in"));
        return;
    }
    const AppSettings::StoredProfile stored = m_settings->profile(name);
    if (stored.kind == AppSettings::Kind::Demo) {
        startSession(stored, QStringLiteral("statusdesk-demo-secret"));
        return;
    }
    // Two keychain reads, then the session: collected here, asynchronously.
    auto *context = new QObject(this);
    auto secrets = std::make_shared<QHash<QString, QString>>();
    const QString clientKey = SecretStore::keyFor(name, kClientSecret);
    const QString webhookKey = SecretStore::keyFor(name, kWebhookSecret);
    connect(m_secrets, &SecretStore::loaded, context,
        [this, stored, secrets, clientKey, webhookKey, context](
            const QString &key, const QString &secret, bool, const QString &error) {
            if (key != clientKey && key != webhookKey)
                return;
            secrets->insert(key, secret);
            if (!error.isEmpty()) {
                qCWarning(lcDesktop) << "keychain:" << error;
                m_messages->showMessage(tr("The desktop's keychain could not be read (it is missing or locked)."),
                    MessageBar::Level::Warning);
            }
            if (secrets->size() < 2)
                return;
            context->deleteLater();
            if (stored.profile.authMode == Profile::AuthMode::ClientCredentials
                && secrets->value(clientKey).isEmpty()) {
                showSignIn();
                if (m_signIn)
                    m_signIn->setError(tr("The client secret is not in the keychain: enter it again."));
                return;
            }
            startSession(stored, secrets->value(clientKey), secrets->value(webhookKey));
        });
    m_secrets->load(clientKey);
    m_secrets->load(webhookKey);
}

void MainWindow::startSession(
    const AppSettings::StoredProfile &stored, const QString &clientSecret, const QString &webhookSecret)
{
    if (stored.kind == AppSettings::Kind::Demo && stored.profile.apiBase.isEmpty()) {
        launchDemo(stored, clientSecret, webhookSecret);
        return;
    }
    signOut();
    if (!m_auditKeychain) {
        // The demo's log is a scratch log: no key of its own in the lead's keychain, and no keychain
        // prompt in a demo or a scripted run (STATUSDESK_AUDIT_KEY still keys it).
        openSession(PendingStart {stored, clientSecret, webhookSecret, nullptr}, {});
        return;
    }
    m_pendingStart = PendingStart {stored, clientSecret, webhookSecret, nullptr};
    const QString location = stored.profile.effectiveAuditLocation();
    if (m_keyFetches.contains(location))
        return; // its answer starts the newest sign-in: two fetches could make two keys for one log
    m_keyFetches.insert(location);
    m_auditKeys->fetch(location);
}

void MainWindow::setAuditKeychainUsed(bool used)
{
    m_auditKeychain = used;
}

void MainWindow::onAuditKeyFetched(const QString &location, const QByteArray &keyText, const QString &warning)
{
    m_keyFetches.remove(location);
    if (!m_pendingStart || m_pendingStart->stored.profile.effectiveAuditLocation() != location)
        return; // signed out meanwhile, or a newer sign-in uses another log
    const PendingStart start = *std::exchange(m_pendingStart, std::nullopt);
    openSession(start, keyText);
    m_auditKeyWarning = warning;
}

void MainWindow::openSession(const PendingStart &start, const QByteArray &auditKey)
{
    // signOut() must not stop the simulator just started for this sign-in.
    if (start.demo)
        m_demo = nullptr;
    signOut();
    if (start.demo)
        m_demo = start.demo;
    const AppSettings::StoredProfile &stored = start.stored;
    m_profile = stored;
    Profile profile = stored.profile;
    profile.clientSecret = start.clientSecret;
    profile.webhookSecret = start.webhookSecret;
    profile.auditKey = auditKey;
    if (profile.displayName.isEmpty())
        profile.displayName = stored.name;
    auto *session = new Session(profile, this);
    m_session = session;
    connect(session, &Session::stateChanged, this, &MainWindow::onSessionState);
    connect(session, &Session::ready, this, &MainWindow::onSessionReady);
    connect(session, &Session::failed, this, &MainWindow::onSessionFailed);
    connect(session, &Session::signInUrl, this, [this, session](const QUrl &url) {
        if (session->state() != Session::State::Ready) {
            m_messages->showMessage(tr("Finish signing in in your browser."), MessageBar::Level::Information);
            QDesktopServices::openUrl(url);
            return;
        }
        // A renewal in the middle of the shift: the lead chooses the moment, before the sign-in ends.
        m_renewalUrl = url;
        const QDateTime ends = session->api()->tokenExpiresAt();
        m_messages->showMessage(tr("Your sign-in ends at %1. Renew it in the browser; until then everything works "
                                   "as before, and afterwards changes wait for the new sign-in.")
                                    .arg(QLocale().toString(ends.toLocalTime().time(), QLocale::ShortFormat)),
            MessageBar::Level::Warning, tr("&Renew sign-in"), QStringLiteral("renew-sign-in"));
    });
    connect(session->directory(), &AgentDirectory::loadProgress, this, [this](int done, int total) {
        m_loadProgress->setRange(0, qMax(total, 1));
        m_loadProgress->setValue(done);
    });
    // The roster is shown from its first page on; the rest of the console follows at ready().
    connect(session->directory(), &AgentDirectory::agentsReset, this, &MainWindow::showArrivingRoster);
    // Rows that come or go may bring or take a team.
    const auto refreshChoices = [this] {
        if (m_session)
            m_roster->setChoices(m_session->directory()->teams(), m_session->rules().statuses());
        updateCounts();
    };
    connect(session->directory(), &AgentDirectory::agentsReset, this, refreshChoices);
    connect(session->directory(), &AgentDirectory::agentsAdded, this, refreshChoices);
    connect(session->directory(), &AgentDirectory::agentsRemoved, this, refreshChoices);
    m_status->attach(session);
    if (!stored.scope.isEmpty()) {
        session->setScope(RosterScope::fromSetting(stored.scope));
    } else if (m_askScope) {
        // A first sign-in: the scope is asked before the roster loads, so that a lead of 15 agents does
        // not wait for (and spend the request budget on) the whole organisation first.
        session->setScopeWanted(true);
        connect(session, &Session::scopeWanted, this, &MainWindow::chooseScope);
    }
    updateTitle();
    m_loadProgress->setRange(0, 0);
    m_loadProgress->show();
    m_loadCancel->show();
    m_messages->showMessage(tr("Signing in to %1…").arg(profile.displayName), MessageBar::Level::Information);
    session->setLiveUpdates(m_liveUpdates);
    emit sessionCreated(session);
    session->start();
}

void MainWindow::launchDemo(
    const AppSettings::StoredProfile &stored, const QString &clientSecret, const QString &webhookSecret)
{
    stopDemo();
    auto *demo = new DemoLauncher(this);
    demo->setArguments(kDemoSimulatorArguments);
    m_demo = demo;
    m_messages->showMessage(tr("Starting the demo organisation…"), MessageBar::Level::Information);
    m_loadProgress->setRange(0, 0);
    m_loadProgress->show();
    m_loadCancel->show();
    connect(demo, &DemoLauncher::started, this, [this, stored, clientSecret, webhookSecret](const QUrl &url) {
        AppSettings::StoredProfile withUrl = stored;
        withUrl.profile.apiBase = url;
        if (withUrl.profile.webhookUrl.isEmpty())
            withUrl.profile.webhookUrl = DemoLauncher::webhookSinkUrl(url);
        DemoLauncher *keep = m_demo;
        m_demo = nullptr; // signOut() inside startSession must not stop the simulator we just started
        startSession(withUrl, clientSecret, webhookSecret);
        m_demo = keep;
        if (m_pendingStart)
            m_pendingStart->demo = keep;
    });
    connect(demo, &DemoLauncher::failed, this, [this](const QString &message) {
        m_loadProgress->hide();
        m_loadCancel->hide();
        m_messages->showMessage(message, MessageBar::Level::Error, tr("Sign &in…"), QStringLiteral("sign-in"));
    });
    demo->start();
}

void MainWindow::stopDemo()
{
    if (!m_demo)
        return;
    // Stopping takes the simulator a moment: the launcher goes once its child is gone.
    DemoLauncher *demo = m_demo;
    m_demo = nullptr;
    connect(demo, &DemoLauncher::stopped, demo, &QObject::deleteLater);
    demo->stop();
}

void MainWindow::signOut()
{
    m_pendingStart.reset();
    m_auditKeyWarning.clear();
    m_changes->setSession(nullptr);
    m_model->setDirectory(nullptr);
    m_model->setAdherence(nullptr);
    m_timelinePanel->attach({}, nullptr, nullptr, {});
    m_adherence->attach(nullptr);
    m_alerts->setDirectory(nullptr);
    m_auditPanel->attach(nullptr);
    m_webhookPanel->attach(nullptr);
    m_queuePanel->attach(nullptr, {});
    m_metricsPanel->attach(nullptr, nullptr, StatusLabels());
    m_status->attach(nullptr);
    m_authors->attach(nullptr, nullptr, {});
    m_outage->attach(nullptr, false);
    if (m_session) {
        Session *old = m_session;
        m_session = nullptr;
        old->stop();
        old->deleteLater();
    }
    stopDemo();
    m_loadProgress->hide();
    m_loadCancel->hide();
    setWindowTitle(tr("StatusDesk"));
    updateCounts();
}

void MainWindow::onSessionState()
{
    if (!m_session)
        return;
    switch (m_session->state()) {
    case Session::State::SigningIn:
        m_messages->showMessage(tr("Signing in…"), MessageBar::Level::Information);
        break;
    case Session::State::Loading:
        m_messages->showMessage(tr("Loading the roster…"), MessageBar::Level::Information);
        break;
    case Session::State::Reconciling:
        m_messages->showMessage(tr("Checking changes left open by the last run…"), MessageBar::Level::Information);
        break;
    default:
        break;
    }
}

void MainWindow::showArrivingRoster()
{
    if (!m_session || m_model->directory() == m_session->directory())
        return;
    m_model->setCatalogue(m_session->gateway()->catalogue(), QLocale().name());
    m_model->setDirectory(m_session->directory());
}

void MainWindow::onSessionReady()
{
    if (!m_session)
        return;
    m_loadProgress->hide();
    m_loadCancel->hide();
    if (m_signIn)
        m_signIn->accept();
    m_model->setCatalogue(m_session->gateway()->catalogue(), QLocale().name());
    m_model->setDirectory(m_session->directory());
    m_roster->setChoices(m_session->directory()->teams(), m_session->rules().statuses());
    m_changes->setSession(m_session);
    m_alerts->setThresholds(m_profile.alertMinutes);
    m_model->setThresholds(m_profile.alertMinutes);
    m_alerts->setTrayEnabled(m_settings->value(AppSettings::Key::TrayNotifications).toBool());
    m_alerts->setDirectory(m_session->directory());
    const auto agentName = [this](const QString &id) -> QString {
        const AgentDirectory *directory = m_model->directory();
        const int row = directory ? directory->rowOf(id) : -1;
        return row >= 0 ? directory->at(row).name : QString();
    };
    m_auditPanel->setStatusLabels(m_model->statusLabels());
    m_auditPanel->setAgentNameFunction(agentName);
    m_auditPanel->attach(m_session->audit());
    m_webhookPanel->setAgentNameFunction(agentName);
    m_webhookPanel->attach(m_session->webhooks());
    m_queuePanel->attach(m_session->queues(), m_session->rules().reasons());
    showQueuesOfSelection();
    m_metricsPanel->attach(m_session->directory(), m_session->metrics(), m_model->statusLabels());
    m_authors->attach(m_session->audit(), m_session->directory(), m_session->supervisor());
    m_outage->attach(m_session, m_liveUpdates);
    attachAdherence();
    QString text
        = tr("Signed in as %1: %n agent(s).", nullptr, m_session->directory()->size()).arg(m_session->supervisor());
    if (m_session->reconciledCount() > 0)
        text += QLatin1Char(' ')
            + tr("%n change(s) left open by the last run were reconciled.", nullptr, m_session->reconciledCount());
    m_messages->showMessage(text, MessageBar::Level::Positive, {}, {}, MessageBar::kConfirmationTimeoutMs);
    warnIfNoWebhookAddress();
    if (!m_auditKeyWarning.isEmpty())
        m_messages->showMessage(m_auditKeyWarning, MessageBar::Level::Warning);
    if (m_model->rowCount() > 0 && !m_roster->table()->currentIndex().isValid())
        m_roster->table()->setCurrentIndex(m_roster->proxy()->index(0, 0));
    updateCounts();
    updateTitle();
    emit sessionReady();
}

void MainWindow::updateTitle()
{
    if (!m_session)
        return;
    setWindowTitle(tr("StatusDesk — %1 — %2").arg(m_session->profile().displayName, m_session->scope().describe()));
}

// The choices load over the session's client; the dialog shows them when they are there and, on OK,
// the roster loads again with the new scope.
void MainWindow::chooseScope()
{
    if (!m_session || (m_session->state() != Session::State::Ready && !m_session->isWaitingForScope()))
        return;
    auto *dialog = new ScopeDialog(this);
    dialog->setObjectName(QStringLiteral("scopeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *choices = new ScopeChoices(m_session->api(), dialog);
    const bool firstTime = m_profile.scope.isEmpty();
    const RosterScope current = m_session->scope();
    connect(choices, &ScopeChoices::ready, dialog, [dialog, choices, firstTime, current] {
        dialog->setChoices(choices, firstTime ? std::nullopt : std::optional<RosterScope>(current));
        dialog->open();
    });
    const QPointer<Session> session = m_session;
    connect(dialog, &QDialog::finished, this, [this, dialog, choices, session](int result) {
        if (!session || session != m_session)
            return;
        // Asked once: a cancelled question keeps the scope the roster has; before the first load there is
        // none yet, and the suggestion (direct reports, else the lead's own team) is taken.
        const bool first = session->isWaitingForScope();
        const RosterScope kept = first ? choices->suggested() : session->scope();
        const RosterScope chosen = result == QDialog::Accepted ? dialog->scope() : kept;
        m_profile.scope = chosen.toSetting();
        m_settings->saveProfile(m_profile);
        if (first || chosen != session->scope()) {
            m_loadProgress->setRange(0, 0);
            m_loadProgress->show();
            session->changeScope(chosen);
        }
        updateTitle();
    });
    choices->load(QStringLiteral("me"));
}

// Without an address every change's event waits in the outbox for good: say so, it is no silent queue.
void MainWindow::showDeadLetters()
{
    m_webhookPanel->setStateFilter(QStringLiteral("dead"));
    m_webhookDock->show();
    m_webhookDock->raise();
}

void MainWindow::warnIfNoWebhookAddress()
{
    if (!m_session || !m_session->webhooks() || !m_session->webhooks()->endpoint().isEmpty())
        return;
    m_messages->showMessage(tr("No webhook address is set: status changes are recorded, but none is sent to "
                               "payroll until an address is given in Settings."),
        MessageBar::Level::Warning, tr("&Settings…"), QStringLiteral("settings"));
}

void MainWindow::attachAdherence()
{
    m_adherence->attach(m_session);
    m_model->setAdherence(m_adherence->monitor());
    m_timelinePanel->setStatusLabels(m_model->statusLabels());
    AgentDirectory *directory = m_session->directory();
    m_timelinePanel->attach(m_adherence->dayLogFolder(), m_adherence->recorder(), m_session->clock(), [directory] {
        QStringList ids;
        for (const Agent &agent : directory->rows())
            ids.append(agent.id);
        return ids;
    });
    m_timelinePanel->setSelectedAgents(m_roster->selectedAgentIds());
}

void MainWindow::onSessionFailed(const QString &message)
{
    m_loadProgress->hide();
    m_loadCancel->hide();
    if (m_signIn)
        m_signIn->setError(message);
    m_messages->showMessage(message, MessageBar::Level::Error, tr("Sign &in…"), QStringLiteral("sign-in"));
    emit sessionFailed(message);
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    AppSettings::StoredProfile stored = m_profile;
    if (stored.name.isEmpty()) {
        const QString last = m_settings->value(AppSettings::Key::LastProfile).toString();
        stored = m_settings->hasProfile(last) ? m_settings->profile(last) : AppSettings::demoProfile({});
    }
    dialog->setProfile(stored);
    dialog->setAuditKeyring(m_auditKeys);
    connect(dialog, &SettingsDialog::saved, this,
        [this](const AppSettings::StoredProfile &saved, const QString &webhookSecret, bool secretChanged) {
            AppSettings::StoredProfile kept = saved;
            if (kept.kind == AppSettings::Kind::Demo)
                kept.profile.apiBase
                    = m_settings->hasProfile(saved.name) ? m_settings->profile(saved.name).profile.apiBase : QUrl();
            m_settings->saveProfile(kept);
            if (secretChanged)
                rememberSecret(saved.name, kWebhookSecret, webhookSecret);
            m_profile.alertMinutes = saved.alertMinutes;
            m_alerts->setThresholds(saved.alertMinutes);
            m_model->setThresholds(saved.alertMinutes);
            // The webhook address takes effect at once: events waiting for one go out now.
            if (m_session && m_session->webhooks() && saved.name == m_profile.name) {
                if (secretChanged)
                    m_session->webhooks()->setSecret(webhookSecret.toUtf8());
                if (saved.profile.webhookUrl != m_session->webhooks()->endpoint())
                    m_session->webhooks()->setEndpoint(saved.profile.webhookUrl);
            }
            if (m_session && saved.profile.rulesFile != m_session->profile().rulesFile) {
                QString error;
                const QString path
                    = saved.profile.rulesFile.isEmpty() ? TransitionRules::defaultRulesPath() : saved.profile.rulesFile;
                if (!m_session->loadRules(path, &error))
                    m_messages->showMessage(error, MessageBar::Level::Error);
            }
            m_messages->showMessage(tr("Settings saved. Connection settings apply at the next sign-in."),
                MessageBar::Level::Positive, {}, {}, MessageBar::kConfirmationTimeoutMs);
        });
    dialog->open();
}

// Not responding agents among the selection; the reason is asked once for all of them.
void MainWindow::askClearNotResponding()
{
    QStringList ids;
    const AgentDirectory *directory = m_model->directory();
    for (const QString &id : m_roster->selectedAgentIds()) {
        const int row = directory ? directory->rowOf(id) : -1;
        if (row >= 0 && AgentTableModel::isNotResponding(directory->at(row)))
            ids.append(id);
    }
    if (ids.isEmpty() || !m_session) {
        m_messages->showMessage(tr("Select agents flagged as not responding first."), MessageBar::Level::Information);
        return;
    }
    QStringList reasons = m_session->rules().reasons();
    bool ok = false;
    const QString reason = QInputDialog::getItem(this, tr("Clear not responding"),
        tr("%n agent(s) will be taken off queue, then put on queue again. Reason for taking them off queue:", nullptr,
            int(ids.size())),
        reasons, 0, false, &ok);
    if (ok)
        clearNotResponding(ids, reason);
}

int MainWindow::clearNotResponding(const QStringList &agentIds, const QString &reason)
{
    if (!m_session)
        return 0;
    if (!m_clearer) {
        m_clearer = new NotRespondingClearer(m_session->changes(), m_session->directory(), m_session);
        connect(m_clearer, &NotRespondingClearer::finished, this,
            [this](const QString &, bool cleared, const QString &message) {
                m_messages->showMessage(message, cleared ? MessageBar::Level::Information : MessageBar::Level::Warning);
            });
    }
    int started = 0;
    for (const QString &id : agentIds) {
        QString error;
        if (m_clearer->clear(id, reason, &error))
            ++started;
        else
            m_messages->showMessage(error, MessageBar::Level::Warning);
    }
    return started;
}

// The queue panel follows the roster's selection: the memberships of the agents selected.
void MainWindow::showQueuesOfSelection()
{
    // Each agent costs at least two reads of the request budget that status changes share: none while
    // the panel is out of sight, and at most kMaxQueueAgents at once (Ctrl+A on a large roster).
    if (!m_queueDock->isVisible())
        return;
    QStringList ids = m_roster->selectedAgentIds();
    if (ids.size() > kMaxQueueAgents) {
        m_messages->showMessage(
            tr("The queue panel shows the first %1 of the %2 agents selected.").arg(kMaxQueueAgents).arg(ids.size()),
            MessageBar::Level::Information);
        ids = ids.mid(0, kMaxQueueAgents);
    }
    QHash<QString, QString> names;
    const AgentDirectory *directory = m_model->directory();
    for (const QString &id : ids) {
        const int row = directory ? directory->rowOf(id) : -1;
        names.insert(id, row >= 0 ? directory->at(row).name : id);
    }
    m_queuePanel->setAgents(ids, names);
}

void MainWindow::updateCounts()
{
    m_status->setCounts(m_model->rowCount(), m_roster->proxy()->rowCount(), int(m_roster->selectedAgentIds().size()),
        m_model->notRespondingCount());
}

QList<QWidget *> MainWindow::panes() const
{
    QList<QWidget *> panes {m_roster};
    for (QDockWidget *dock : {m_auditDock, m_webhookDock, m_timelineDock, m_queueDock, m_metricsDock}) {
        if (dock->toggleViewAction()->isChecked())
            panes << dock;
    }
    if (m_messages->isVisible())
        panes << m_messages;
    return panes;
}

// F6 / Shift+F6 as KDE and Qt applications do: from the roster to each open panel and back.
void MainWindow::focusPane(int step)
{
    const QList<QWidget *> list = panes();
    const QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < list.size(); ++i) {
        if (focus && (focus == list.at(i) || list.at(i)->isAncestorOf(focus)))
            current = i;
    }
    const int count = int(list.size());
    const int next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
    QWidget *pane = list.at(next);
    if (auto *dock = qobject_cast<QDockWidget *>(pane))
        dock->raise();
    if (pane == m_roster) {
        m_roster->table()->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A tab raised just now may show its panel only once the layout has run.
    if (!focusFirstIn(pane))
        QTimer::singleShot(0, this, [this, pane] { focusFirstIn(pane); });
}

// The pane's first widget that takes Tab focus.
bool MainWindow::focusFirstIn(QWidget *pane)
{
    for (QWidget *child = pane->nextInFocusChain(); child && child != pane; child = child->nextInFocusChain()) {
        if (!pane->isAncestorOf(child))
            continue;
        if ((child->focusPolicy() & Qt::TabFocus) && child->isVisibleTo(this) && child->isEnabled()) {
            child->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return false;
}

void MainWindow::buildHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *dialog = HelpDialog::shortcuts(findChildren<QAction *>(), this);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    QAction *files = help->addAction(tr("Where StatusDesk keeps its &files"), this, [this] {
        auto *dialog = HelpDialog::locations(fileLocations(), this);
        dialog->open();
    });
    files->setObjectName(QStringLiteral("actionFileLocations"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About StatusDesk"), this, [this] {
        auto *dialog = HelpDialog::about(this);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("actionAbout"));
}

QList<QPair<QString, QString>> MainWindow::fileLocations() const
{
    const QString audit
        = m_session ? m_session->profile().effectiveAuditLocation() : m_profile.profile.effectiveAuditLocation();
    return {{tr("Settings"), m_settings->fileName()}, {tr("Audit history"), audit},
        {tr("Log"),
            tr("Standard error: in the terminal StatusDesk was started from, or, started from the desktop's "
               "menu, in the session's journal (journalctl --user). QT_LOGGING_RULES=\"statusdesk.*=true\" "
               "adds debug messages.")}};
}
