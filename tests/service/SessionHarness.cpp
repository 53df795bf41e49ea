// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionHarness.h"

#include "audit/AuditStore.h"
#include "core/StatusCatalogue.h"
#include "core/TransitionRules.h"
#include "service/AgentDirectory.h"
#include "service/StatusChangeService.h"
#include "sim/SimOrganisation.h"

#include <QSignalSpy>

SessionHarness::SessionHarness() = default;

SessionHarness::~SessionHarness()
{
    stopSession();
}

bool SessionHarness::startSim(const SimConfig &config)
{
    return m_dir.isValid() && !m_sim.start(config, m_clock).isEmpty();
}

Profile SessionHarness::profile(Protocol protocol) const
{
    Profile profile;
    profile.protocol = protocol;
    profile.apiBase = m_sim.baseUrl();
    profile.clientId = QStringLiteral("statusdesk-demo");
    profile.clientSecret = QStringLiteral("statusdesk-demo-secret");
    profile.auditLocation = auditPath();
    QUrl webhook = m_sim.baseUrl();
    webhook.setPath(QStringLiteral("/sim/webhooks/payroll"));
    profile.webhookUrl = webhook;
    profile.webhookSecret = QStringLiteral("test-webhook-key");
    return profile;
}

Session *SessionHarness::startSession(const Profile &profile)
{
    stopSession();
    m_session = std::make_unique<Session>(profile, m_clock);
    m_session->setLiveUpdates(m_liveUpdates);
    QSignalSpy ready(m_session.get(), &Session::ready);
    QSignalSpy failed(m_session.get(), &Session::failed);
    m_session->start();
    for (int i = 0; i < 200 && ready.isEmpty() && failed.isEmpty(); ++i)
        ready.wait(100);
    if (ready.isEmpty()) {
        m_error = failed.isEmpty() ? QStringLiteral("the session did not become ready")
                                   : failed.constFirst().constFirst().toString();
        m_session.reset();
        return nullptr;
    }
    return m_session.get();
}

void SessionHarness::stopSession()
{
    if (m_session)
        m_session->stop();
    m_session.reset();
}

QString SessionHarness::auditPath() const
{
    return m_dir.filePath(QStringLiteral("audit.sqlite"));
}

std::optional<StatusChange> SessionHarness::allowedChange(const QStringList &skipAgents) const
{
    if (!m_session)
        return std::nullopt;
    const QVector<Agent> agents = m_session->directory()->agents();
    for (const Agent &agent : agents) {
        if (skipAgents.contains(agent.id) || agent.status.isEmpty())
            continue;
        const QStringList targets = m_session->rules().allowedTargets(agent.status);
        for (const QString &target : targets) {
            StatusChange change;
            change.agentId = agent.id;
            change.toStatus = target;
            if (m_session->changes()->validate(change).isEmpty())
                return change;
        }
    }
    return std::nullopt;
}

QVector<AuditEntry> SessionHarness::auditOf(const QString &agentId) const
{
    AuditQuery query;
    query.agent = agentId;
    query.limit = 0;
    QVector<AuditEntry> entries;
    if (m_session && m_session->audit())
        entries = m_session->audit()->query(query);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

QStringList SessionHarness::outcomesOf(const QString &agentId) const
{
    QStringList outcomes;
    const QVector<AuditEntry> entries = auditOf(agentId);
    for (const AuditEntry &entry : entries)
        outcomes.append(entry.outcome);
    return outcomes;
}

QString SessionHarness::simStatus(const QString &agentId) const
{
    SimOrganisation *org = m_sim.server()->organisation();
    const SimAgent *agent = org->user(agentId);
    if (!agent)
        return QString();
    const SimPresenceDefinition *definition = org->definition(agent->presenceDefinitionId);
    return definition ? StatusCatalogue::canonicalKey(definition->systemPresence) : QString();
}

bool SessionHarness::setSimStatus(const QString &agentId, const QString &status, const QString &reason)
{
    SimOrganisation *org = m_sim.server()->organisation();
    return org->setStatus(agentId, status, reason, QString(), org->competitorId()).isEmpty();
}
