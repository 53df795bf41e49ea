// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/Agent.h"
#include "core/RosterScope.h"
#include "service/Profile.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class AgentDirectory;
class ApiClient;
class GatewayReply;
class AuditStore;
class Clock;
class MetricsRegistry;
class QueueChangeService;
class StatusChangeService;
class StatusGateway;
class TransitionRules;
class WebhookOutbox;

// The composition root both front ends use: owns the ApiClient, the gateway of the profile's protocol,
// the AgentDirectory, the StatusChangeService, the AuditStore, the WebhookOutbox, the MetricsRegistry and
// the TransitionRules. Nothing here blocks: start() runs its steps one after another through signals.
// Everything it builds runs on one Clock: the system clock, or the one given (a ManualClock in tests).
class Session : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, SigningIn, Opening, Loading, Reconciling, Ready, Failed, Stopped };
    Q_ENUM(State)

    explicit Session(const Profile &profile, QObject *parent = nullptr);
    // `clock` (nullptr: the system clock) must outlive the session.
    Session(const Profile &profile, Clock *clock, QObject *parent = nullptr);
    ~Session() override;

    // Signs in (client credentials, or PKCE: emits signInUrl() for the browser), opens the stores,
    // loads the status catalogue, reconciles open intents, loads the roster and starts push.
    // ready() or failed() ends it.
    void start();
    void stop();

    // Opens the audit store and the webhook outbox only, without signing in (for audit and webhook
    // commands that need no server). Returns false with a reason on error. start() calls it too.
    bool openStores(QString *error);
    // Live roster updates (push, polling fallback) after start(); on by default. The CLI turns them off.
    void setLiveUpdates(bool enabled);
    // Which agents the roster loads (before start(); the whole organisation by default). A scope other than
    // the organisation loads by team members or direct reports, then by id.
    void setScope(const RosterScope &scope);
    RosterScope scope() const;
    // Another scope while running: the roster loads again (ready() or failed() follows). Also the answer
    // to scopeWanted(): the roster then loads for the first time.
    void changeScope(const RosterScope &scope);
    // Before start(): after sign-in the session asks for the scope (scopeWanted()) and waits for
    // changeScope() instead of loading the one set, so that a first sign-in loads no more than the
    // lead chooses (the whole organisation is one listing request per page of the organisation).
    void setScopeWanted(bool wanted);
    bool isWaitingForScope() const;
    // When the last failure was a scope name that matched no team or user, or several: what to tell the
    // lead (with the candidates); empty otherwise.
    QString scopeNameProblem() const;

    const Profile &profile() const;
    State state() const;
    QString lastError() const;
    // The typed error behind failed(), when it came from the server or the network (kind None otherwise).
    ApiError lastApiError() const;

    // directory(), changes(), metrics(), api() and gateway() exist from construction;
    // audit() and webhooks() once the stores are open (openStores() or start()), nullptr before.
    AgentDirectory *directory() const;
    StatusChangeService *changes() const;
    // Queue memberships (Genesys profiles; nullptr for the Status API, which has no queues).
    QueueChangeService *queues() const;
    AuditStore *audit() const;
    WebhookOutbox *webhooks() const;
    MetricsRegistry *metrics() const;
    const TransitionRules &rules() const;
    ApiClient *api() const; // for the status bar: token expiry, limiter budget, rate-limited signal
    StatusGateway *gateway() const;
    Clock *clock() const; // the time of everything above

    // Replaces the rules from a JSON file; keeps the old rules on error (line, column, reason).
    bool loadRules(const QString &path, QString *error);
    // The signed-in user's name (PKCE), or the client id (client credentials).
    QString supervisor() const;
    // How many intents were reconciled on the last start.
    int reconciledCount() const;

signals:
    void signInUrl(const QUrl &url);
    void ready();
    void failed(const QString &message);
    void stateChanged();
    // Signed in and the stores open: the roster waits for changeScope() (see setScopeWanted()).
    void scopeWanted();

private:
    void setState(State state);
    void fail(const QString &message, const ApiError &error = ApiError());
    void signIn();
    void afterSignIn();
    void loadCatalogue();
    void reconcile();
    void reconcileQueues();
    void afterReconciling();
    void loadRoster();
    GatewayReply *loadScope();
    void countTeamsOutsideScope(const AgentList &agents);
    void countOutside(const QString &team, std::function<void(const ApiError &)> done);
    void readOutside(
        const QString &team, const QStringList &outside, const std::function<void(const ApiError &)> &done);

    struct Private;
    std::unique_ptr<Private> d;
};
