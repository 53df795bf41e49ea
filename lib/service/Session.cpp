// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Session.h"

#include "api/ApiClient.h"
#include "api/ClientCredentialsTokenProvider.h"
#include "api/GatewayReply.h"
#include "api/GenesysGateway.h"
#include "api/PkceTokenProvider.h"
#include "api/QueueGateway.h"
#include "api/Region.h"
#include "api/ScopeLoader.h"
#include "api/StatusApiGateway.h"
#include "audit/AuditStore.h"
#include "core/Clock.h"
#include "core/TransitionRules.h"
#include "metrics/MetricsRegistry.h"
#include "service/AgentDirectory.h"
#include "service/IntentReconciler.h"
#include "service/QueueChangeService.h"
#include "service/QueueIntentReconciler.h"
#include "service/ServiceLogging.h"
#include "service/StatusChangeService.h"
#include "webhook/WebhookOutbox.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSet>

struct Session::Private
{
    Profile profile;
    Clock *clock = nullptr;
    State state = State::Idle;
    QString lastError;
    ApiError lastApiError;
    QString configError;
    bool liveUpdates = true;
    RosterScope scope;
    QString scopeNameProblem;
    bool scopeWanted = false;
    bool waitingForScope = false;
    // A scope of part of some teams: their ids by name, the scope's agents, and each team's other members.
    QHash<QString, QString> partialTeamIds;
    QSet<QString> inScope;
    QHash<QString, QStringList> outsideMembers;

    Region region;
    TokenProvider *tokens = nullptr;
    ApiClient *api = nullptr;
    MetricsRegistry *metrics = nullptr;
    StatusGateway *gateway = nullptr;
    AgentDirectory *directory = nullptr;
    StatusChangeService *changes = nullptr;
    QueueGateway *queueGateway = nullptr; // Genesys only: the Status API has no queues
    QueueChangeService *queues = nullptr;
    TransitionRules rules;
    std::unique_ptr<AuditStore> audit;
    WebhookOutbox *webhooks = nullptr;
    QString supervisor;
    int reconciled = 0;
    QList<QMetaObject::Connection> startConnections;
};

Session::Session(const Profile &profile, QObject *parent)
    : Session(profile, nullptr, parent)
{
}

Session::Session(const Profile &profile, Clock *clock, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->clock = Clock::orSystem(clock);
    d->profile = profile;
    d->profile.validate(&d->configError);
    if (!profile.apiBase.isEmpty()) {
        d->region = Region::fromBaseUrl(profile.apiBase);
    } else if (!profile.region.isEmpty()) {
        QString error;
        if (std::optional<Region> region = Region::fromName(profile.region, &error))
            d->region = *region;
        else if (d->configError.isEmpty())
            d->configError = error;
    }

    // One clock for everything built here and in openStores()/reconcile(), so that a test can move a
    // shift's time in seconds.
    if (profile.authMode == Profile::AuthMode::Pkce) {
        auto *pkce = new PkceTokenProvider(
            d->region, profile.clientId, profile.redirectPort, QStringLiteral("/callback"), d->clock, this);
        connect(pkce, &PkceTokenProvider::authorizationUrlReady, this, &Session::signInUrl);
        d->tokens = pkce;
    } else {
        d->tokens
            = new ClientCredentialsTokenProvider(d->region, profile.clientId, profile.clientSecret, d->clock, this);
    }
    d->metrics = MetricsRegistry::createStandard(this);
    d->api = new ApiClient(d->region, d->tokens, d->clock, this);
    ApiClientOptions options = d->api->options();
    options.requestsPerMinute = profile.rateLimitPerMinute;
    d->api->setOptions(options);
    d->api->setMetrics(d->metrics);
    if (profile.protocol == Protocol::StatusApi)
        d->gateway = new StatusApiGateway(d->api, this);
    else {
        auto *genesys = new GenesysGateway(d->api, this);
        genesys->setWriteChunk(profile.bulkWriteChunk);
        genesys->setPageSize(profile.usersPageSize);
        genesys->setParallelPages(Profile::DefaultRosterParallel);
        d->gateway = genesys;
    }

    d->rules = TransitionRules::defaults();
    if (!profile.rulesFile.isEmpty()) {
        TransitionRules::LoadError error;
        if (!d->rules.loadFile(profile.rulesFile, &error) && d->configError.isEmpty())
            d->configError = tr("The rules file %1 is not valid: %2").arg(profile.rulesFile, error.toString());
    }
    d->directory = new AgentDirectory(d->gateway, d->clock, this);
    d->changes = new StatusChangeService(d->gateway, d->directory, &d->rules, d->metrics, this);
    d->changes->setClock(d->clock);
    d->supervisor = profile.clientId;
    d->changes->setSupervisor(d->supervisor);
    connect(d->api, &ApiClient::rateLimited, d->changes, &StatusChangeService::noteRateLimited);
    if (profile.protocol != Protocol::StatusApi) {
        d->queueGateway = new QueueGateway(d->api, this);
        d->queues = new QueueChangeService(d->queueGateway, d->directory, &d->rules, d->clock, this);
        d->queues->setSupervisor(d->supervisor);
    }
}

Session::~Session()
{
    // The outbox and the service use the audit store: they go first.
    d->directory->stop();
    d->changes->setStores(nullptr, nullptr);
    if (d->queues)
        d->queues->setStores(nullptr, nullptr);
    delete d->webhooks;
    d->webhooks = nullptr;
    d->audit.reset();
}

bool Session::openStores(QString *error)
{
    if (d->audit)
        return true;
    const QString location = d->profile.effectiveAuditLocation();
    if (!AuditStore::isPostgresLocation(location))
        QDir().mkpath(QFileInfo(location).absolutePath());
    QString reason;
    d->audit = AuditStore::open(location, &reason, d->clock);
    if (!d->audit) {
        if (error)
            *error = tr("The audit store could not be opened: %1").arg(reason);
        return false;
    }
    // STATUSDESK_AUDIT_KEY overrides the profile's key (the console's from its keychain), as it does the
    // CLI's key file.
    const QByteArray variable = qgetenv("STATUSDESK_AUDIT_KEY");
    const QByteArray keyText = variable.isEmpty() ? d->profile.auditKey : variable;
    if (!keyText.isEmpty()) {
        const AuditKey key = AuditKey::fromText(keyText, &reason);
        if (!key.isValid() || !d->audit->setKey(key, &reason)) {
            d->audit.reset();
            if (error)
                *error = tr("The audit store could not be keyed: %1").arg(reason);
            return false;
        }
    }
    d->webhooks = new WebhookOutbox(d->audit.get(), d->metrics, d->clock, this);
    d->webhooks->setEndpoint(d->profile.webhookUrl);
    d->webhooks->setSecret(d->profile.webhookSecret.toUtf8());
    d->changes->setStores(d->audit.get(), d->webhooks);
    if (d->queues)
        d->queues->setStores(d->audit.get(), d->webhooks);
    return true;
}

void Session::setLiveUpdates(bool enabled)
{
    d->liveUpdates = enabled;
}

void Session::setScope(const RosterScope &scope)
{
    d->scope = scope;
}

void Session::changeScope(const RosterScope &scope)
{
    d->scope = scope;
    if (d->state == State::Ready || d->waitingForScope) {
        d->waitingForScope = false;
        loadRoster();
    }
}

void Session::setScopeWanted(bool wanted)
{
    d->scopeWanted = wanted;
}

bool Session::isWaitingForScope() const
{
    return d->waitingForScope;
}

RosterScope Session::scope() const
{
    return d->scope;
}

QString Session::scopeNameProblem() const
{
    return d->scopeNameProblem;
}

// The roster of a scope, as a GatewayReply like the listing's, so that the directory's reload and polling
// re-read the scope too.
GatewayReply *Session::loadScope()
{
    auto *result = new GatewayReply(GatewayReply::Operation::Roster, this);
    auto *loader = new ScopeLoader(d->api, d->gateway, result);
    connect(loader, &ScopeLoader::loaded, result, [this, result](const AgentList &agents) {
        result->setAgents(agents);
        result->finish();
        countTeamsOutsideScope(agents);
    });
    connect(loader, &ScopeLoader::failed, result, [this, result](const ScopeResolver::Problem &problem) {
        if (problem.kind != ScopeResolver::Problem::Kind::Server) {
            d->scopeNameProblem = problem.message();
            result->finish(ApiError::make(ApiError::Kind::Configuration, problem.message()));
        } else {
            result->finish(problem.error.isError() ? problem.error
                                                   : ApiError::make(ApiError::Kind::Configuration, problem.message()));
        }
    });
    loader->load(d->scope);
    return result;
}

// A scope of direct reports holds part of a team: when the rules limit a status, the team's other members
// are read (members, then by id) and counted, so that "at most 2 of a team on Break" counts the whole team.
// They are counted at load and again before each change that a limit applies to (StatusChangeService
// asks); the members are listed once per load. Teams scopes hold whole teams and need nothing.
void Session::countTeamsOutsideScope(const AgentList &agents)
{
    bool limited = false;
    for (const QString &status : d->rules.statuses())
        limited = limited || d->rules.capacity(status) >= 0;
    d->partialTeamIds.clear();
    d->outsideMembers.clear();
    d->inScope.clear();
    if (!limited || d->scope.kind() != RosterScope::Kind::DirectReports)
        return;
    for (const Agent &agent : agents) {
        d->inScope.insert(agent.id);
        if (!agent.teamId.isEmpty())
            d->partialTeamIds.insert(agent.team, agent.teamId);
    }
    const QStringList names = d->partialTeamIds.keys();
    const QPointer<Session> self = this;
    d->changes->setOutsideRefresh(QSet<QString>(names.cbegin(), names.cend()),
        [self](const QString &team, std::function<void(const ApiError &)> done) {
            if (self)
                self->countOutside(team, std::move(done));
        });
    for (const QString &team : names)
        countOutside(team, {});
}

// The team's members outside the scope (listed the first time), then their presences by id.
void Session::countOutside(const QString &team, std::function<void(const ApiError &)> done)
{
    const auto finished = [done](const ApiError &error) {
        if (done)
            done(error);
    };
    const auto known = d->outsideMembers.constFind(team);
    if (known != d->outsideMembers.cend()) {
        readOutside(team, *known, finished);
        return;
    }
    auto *members = new ScopeLoader(d->api, d->gateway, this);
    connect(members, &ScopeLoader::failed, members, [members, finished](const ScopeResolver::Problem &problem) {
        members->deleteLater();
        finished(
            problem.error.isError() ? problem.error : ApiError::make(ApiError::Kind::Configuration, problem.message()));
    });
    connect(members, &ScopeLoader::membersLoaded, this,
        [this, members, team, finished](const QString &, const QStringList &ids) {
            members->deleteLater();
            QStringList outside;
            for (const QString &id : ids) {
                if (!d->inScope.contains(id))
                    outside.append(id);
            }
            d->outsideMembers.insert(team, outside);
            readOutside(team, outside, finished);
        });
    members->loadTeamMembers(d->partialTeamIds.value(team));
}

void Session::readOutside(
    const QString &team, const QStringList &outside, const std::function<void(const ApiError &)> &done)
{
    if (outside.isEmpty()) {
        d->changes->setOutsideCounts(team, {});
        done(ApiError());
        return;
    }
    GatewayReply *read = d->gateway->readAgents(outside);
    connect(read, &GatewayReply::finished, this, [this, read, team, done] {
        read->deleteLater();
        if (!read->isOk()) {
            qCWarning(lcService) << "team outside the scope not counted:" << read->error().toString();
            done(read->error());
            return;
        }
        QHash<QString, int> counts;
        for (const Agent &agent : read->agents())
            counts[agent.status] += 1;
        d->changes->setOutsideCounts(team, counts);
        done(ApiError());
    });
}

void Session::start()
{
    if (d->state != State::Idle && d->state != State::Failed && d->state != State::Stopped)
        return;
    d->lastError.clear();
    d->lastApiError = ApiError();
    if (!d->configError.isEmpty()) {
        fail(d->configError, ApiError::make(ApiError::Kind::Configuration, d->configError));
        return;
    }
    setState(State::Opening);
    QString error;
    if (!openStores(&error)) {
        fail(error);
        return;
    }
    signIn();
}

void Session::signIn()
{
    setState(State::SigningIn);
    if (d->tokens->isFresh()) {
        afterSignIn();
        return;
    }
    d->startConnections.append(connect(d->tokens, &TokenProvider::renewed, this, [this] {
        for (const QMetaObject::Connection &connection : std::as_const(d->startConnections))
            disconnect(connection);
        d->startConnections.clear();
        afterSignIn();
    }));
    d->startConnections.append(connect(d->tokens, &TokenProvider::failed, this, [this](const ApiError &error) {
        for (const QMetaObject::Connection &connection : std::as_const(d->startConnections))
            disconnect(connection);
        d->startConnections.clear();
        fail(tr("Sign-in failed: %1").arg(error.toString()), error);
    }));
    d->tokens->renew();
}

// With PKCE the supervisor is the signed-in user; with client credentials it is the client id.
void Session::afterSignIn()
{
    if (d->profile.authMode != Profile::AuthMode::Pkce) {
        loadCatalogue();
        return;
    }
    GatewayReply *reply = d->gateway->loadSignedInUser();
    connect(reply, &GatewayReply::finished, this, [this, reply] {
        reply->deleteLater();
        const AgentList users = reply->agents();
        if (reply->isOk() && !users.isEmpty()) {
            const Agent &user = users.constFirst();
            d->supervisor = user.name.isEmpty() ? user.id : user.name;
            if (auto *pkce = qobject_cast<PkceTokenProvider *>(d->tokens))
                pkce->setSignedInUser(user.id, user.name);
            d->changes->setSupervisor(d->supervisor);
            if (d->queues)
                d->queues->setSupervisor(d->supervisor);
        } else {
            qCWarning(lcService) << "signed-in user unknown:" << reply->error().toString();
        }
        loadCatalogue();
    });
}

void Session::loadCatalogue()
{
    setState(State::Loading);
    GatewayReply *reply = d->gateway->loadCatalogue();
    connect(reply, &GatewayReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            fail(tr("The statuses could not be loaded: %1").arg(reply->error().toString()), reply->error());
            return;
        }
        reconcile();
    });
}

void Session::reconcile()
{
    setState(State::Reconciling);
    auto *reconciler = new IntentReconciler(d->gateway, d->audit.get(), d->webhooks, d->clock, this);
    reconciler->setSupervisor(d->supervisor);
    connect(reconciler, &IntentReconciler::finished, this, [this, reconciler](int count, const QString &error) {
        reconciler->deleteLater();
        d->reconciled = count;
        if (!error.isEmpty())
            qCWarning(lcService) << "open intents stay open:" << error;
        reconcileQueues();
    });
    reconciler->start();
}

// Queue membership intents after the presence ones (Genesys only: the Status API has no queues).
void Session::reconcileQueues()
{
    if (!d->queueGateway) {
        afterReconciling();
        return;
    }
    auto *reconciler = new QueueIntentReconciler(d->queueGateway, d->audit.get(), d->webhooks, d->clock, this);
    reconciler->setSupervisor(d->supervisor);
    connect(reconciler, &QueueIntentReconciler::finished, this, [this, reconciler](int count, const QString &error) {
        reconciler->deleteLater();
        d->reconciled += count;
        if (!error.isEmpty())
            qCWarning(lcService) << "open queue membership intents stay open:" << error;
        afterReconciling();
    });
    reconciler->start();
}

void Session::afterReconciling()
{
    if (d->scopeWanted) {
        d->scopeWanted = false;
        d->waitingForScope = true;
        emit scopeWanted();
        return;
    }
    loadRoster();
}

void Session::loadRoster()
{
    setState(State::Loading);
    d->scopeNameProblem.clear();
    d->changes->clearOutsideCounts();
    if (d->scope.isOrganisation())
        d->directory->setRosterSource(nullptr);
    else
        d->directory->setRosterSource([this] { return loadScope(); });
    d->directory->setPushEnabled(d->liveUpdates);
    if (!d->liveUpdates)
        d->directory->setPollInterval(0);
    auto disconnectAll = [this] {
        for (const QMetaObject::Connection &connection : std::as_const(d->startConnections))
            disconnect(connection);
        d->startConnections.clear();
    };
    d->startConnections.append(connect(d->directory, &AgentDirectory::loadFinished, this, [this, disconnectAll] {
        disconnectAll();
        d->webhooks->start();
        setState(State::Ready);
        emit ready();
    }));
    d->startConnections.append(
        connect(d->directory, &AgentDirectory::loadFailed, this, [this, disconnectAll](const QString &message) {
            disconnectAll();
            fail(tr("The roster could not be loaded: %1").arg(message), d->directory->lastLoadError());
        }));
    d->directory->refresh();
}

void Session::stop()
{
    d->waitingForScope = false;
    d->directory->stop();
    if (d->webhooks)
        d->webhooks->stop();
    setState(State::Stopped);
}

void Session::setState(State state)
{
    if (d->state == state)
        return;
    d->state = state;
    emit stateChanged();
}

void Session::fail(const QString &message, const ApiError &error)
{
    d->lastError = message;
    d->lastApiError = error;
    qCWarning(lcService) << "session failed:" << message;
    setState(State::Failed);
    emit failed(message);
}

const Profile &Session::profile() const
{
    return d->profile;
}

Session::State Session::state() const
{
    return d->state;
}

QString Session::lastError() const
{
    return d->lastError;
}

ApiError Session::lastApiError() const
{
    return d->lastApiError;
}

AgentDirectory *Session::directory() const
{
    return d->directory;
}

StatusChangeService *Session::changes() const
{
    return d->changes;
}

QueueChangeService *Session::queues() const
{
    return d->queues;
}

AuditStore *Session::audit() const
{
    return d->audit.get();
}

WebhookOutbox *Session::webhooks() const
{
    return d->webhooks;
}

MetricsRegistry *Session::metrics() const
{
    return d->metrics;
}

const TransitionRules &Session::rules() const
{
    return d->rules;
}

ApiClient *Session::api() const
{
    return d->api;
}

StatusGateway *Session::gateway() const
{
    return d->gateway;
}

Clock *Session::clock() const
{
    return d->clock;
}

bool Session::loadRules(const QString &path, QString *error)
{
    TransitionRules::LoadError loadError;
    if (d->rules.loadFile(path, &loadError))
        return true;
    if (error)
        *error = loadError.toString();
    return false;
}

QString Session::supervisor() const
{
    return d->supervisor;
}

int Session::reconciledCount() const
{
    return d->reconciled;
}
