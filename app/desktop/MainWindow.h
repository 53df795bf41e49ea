// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/AppSettings.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <optional>

class AdherenceConsole;
class AgentTableModel;
class AlertNotifier;
class AuditKeyring;
class AuditPanel;
class ChangeAuthors;
class ChangeController;
class DemoLauncher;
class MessageBar;
class MetricsPanel;
class OutageBanner;
class QDockWidget;
class QProgressBar;
class QToolBar;
class QToolButton;
class RosterView;
class SecretStore;
class Session;
class SessionStatusBar;
class SignInDialog;
class NotRespondingClearer;
class QueuePanel;
class TimelinePanel;
class WebhookPanel;

// The console: the roster in the middle, audit / webhooks / metrics docked around it, the message bar
// on top and the live facts in the status bar. Owns the Session it signs in with; holds no network
// code itself and never blocks.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppSettings *settings, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Signs in with this profile and secrets (a demo profile without apiBase starts a simulator), once
    // the audit log's key is fetched from the keychain (or made, at the log's first sign-in).
    void startSession(
        const AppSettings::StoredProfile &profile, const QString &clientSecret = {}, const QString &webhookSecret = {});
    // Loads a remembered profile and its secrets from the keychain, then signs in.
    void signInWithProfile(const QString &name);
    void showSignIn();
    void signOut();
    // Push and polling for the next sessions (tests turn them off to hold a stale roster).
    void setLiveUpdates(bool enabled) { m_liveUpdates = enabled; }
    // Whether the first sign-in of a profile asks for the roster scope (on by default; tests turn it off).
    // Off for `--demo` and scripted runs: their logs keep no key in the keychain (and raise no prompt).
    void setAuditKeychainUsed(bool used);
    void setAskScopeOnSignIn(bool ask) { m_askScope = ask; }
    // Opens the roster scope dialog (View menu); the choice is remembered per profile.
    void chooseScope();

    Session *session() const;
    MessageBar *messageBar() const { return m_messages; }
    RosterView *roster() const { return m_roster; }
    AgentTableModel *agentModel() const { return m_model; }
    ChangeController *changes() const { return m_changes; }
    AlertNotifier *alerts() const { return m_alerts; }
    SessionStatusBar *sessionStatus() const { return m_status; }
    AuditPanel *auditPanel() const { return m_auditPanel; }
    WebhookPanel *webhookPanel() const { return m_webhookPanel; }
    QueuePanel *queuePanel() const { return m_queuePanel; }
    // Clears NOT_RESPONDING (Off Queue with `reason`, then On Queue) for these agents; how many started.
    int clearNotResponding(const QStringList &agentIds, const QString &reason);
    MetricsPanel *metricsPanel() const { return m_metricsPanel; }
    OutageBanner *outageBanner() const { return m_outage; }
    QDockWidget *auditDock() const { return m_auditDock; }
    QDockWidget *webhookDock() const { return m_webhookDock; }
    QDockWidget *queueDock() const { return m_queueDock; }
    QDockWidget *metricsDock() const { return m_metricsDock; }
    AdherenceConsole *adherence() const { return m_adherence; }
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    QDockWidget *timelineDock() const { return m_timelineDock; }
    SignInDialog *signInDialog() const;
    // What the Help menu's "files" dialog lists: (what, where) for the settings, audit history and log.
    QList<QPair<QString, QString>> fileLocations() const;
    const AppSettings::StoredProfile &currentProfile() const { return m_profile; }
    AuditKeyring *auditKeys() const { return m_auditKeys; }

signals:
    // A session was made for a sign-in (its audit key fetched) and is about to start.
    void sessionCreated(Session *session);
    void sessionReady();
    void sessionFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // A sign-in waiting for its audit key.
    struct PendingStart
    {
        AppSettings::StoredProfile stored;
        QString clientSecret;
        QString webhookSecret;
        QPointer<DemoLauncher> demo; // the simulator started for this sign-in, to keep running
    };

    void buildActions();
    void buildHelpMenu();
    void reachToolBarByTab(QToolBar *tools);
    void fitMetricsDock();
    // Moves the focus to the next (step 1) or previous (step -1) of the roster and the open panels.
    void focusPane(int step);
    QList<QWidget *> panes() const;
    bool focusFirstIn(QWidget *pane);
    QDockWidget *addPanel(QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area);
    void onSignInRequested(const AppSettings::StoredProfile &profile, const QString &secret, bool remember);
    void onAuditKeyFetched(const QString &location, const QByteArray &keyText, const QString &warning);
    void openSession(const PendingStart &start, const QByteArray &auditKey);
    void launchDemo(
        const AppSettings::StoredProfile &profile, const QString &clientSecret, const QString &webhookSecret);
    void stopDemo();
    void onSessionState();
    void onSessionReady();
    void showArrivingRoster(); // the model follows the directory from the first users page on
    void onSessionFailed(const QString &message);
    void showSettings();
    void updateCounts();
    void showQueuesOfSelection();
    void askClearNotResponding();
    void restoreLayout();
    void saveLayout();
    void rememberSecret(const QString &profile, const QString &name, const QString &secret);
    void showDeadLetters();
    void warnIfNoWebhookAddress();

    AppSettings *m_settings;
    SecretStore *m_secrets;
    AuditKeyring *m_auditKeys;
    std::optional<PendingStart> m_pendingStart;
    QSet<QString> m_keyFetches; // audit locations whose key is being fetched
    QString m_auditKeyWarning; // why this session's audit log is not keyed, shown once it is ready
    AgentTableModel *m_model;
    MessageBar *m_messages;
    RosterView *m_roster;
    SessionStatusBar *m_status;
    QProgressBar *m_loadProgress;
    QToolButton *m_loadCancel;
    ChangeController *m_changes;
    AlertNotifier *m_alerts;
    AuditPanel *m_auditPanel;
    WebhookPanel *m_webhookPanel;
    QueuePanel *m_queuePanel;
    QPointer<NotRespondingClearer> m_clearer; // made with the session, goes with it
    MetricsPanel *m_metricsPanel;
    OutageBanner *m_outage;
    ChangeAuthors *m_authors;
    QDockWidget *m_auditDock;
    QDockWidget *m_webhookDock;
    QDockWidget *m_queueDock;
    QDockWidget *m_metricsDock;
    AdherenceConsole *m_adherence;
    TimelinePanel *m_timelinePanel;
    QDockWidget *m_timelineDock;
    void attachAdherence(); // the Scheduled column, the count, the alerts and the timeline of the session
    QPointer<Session> m_session;
    QPointer<DemoLauncher> m_demo;
    QUrl m_renewalUrl; // the browser renewal of a PKCE sign-in without a refresh token
    QPointer<SignInDialog> m_signIn;
    AppSettings::StoredProfile m_profile;
    bool m_liveUpdates = true;
    static constexpr int kMaxQueueAgents = 50;
    bool m_auditKeychain = true;
    bool m_askScope = true;
    void updateTitle();
};
