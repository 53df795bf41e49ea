// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IntentReconciler.h"

#include "api/GatewayReply.h"
#include "api/StatusGateway.h"
#include "audit/AuditStore.h"
#include "core/Clock.h"
#include "service/ServiceLogging.h"
#include "webhook/WebhookOutbox.h"

#include <QHash>
#include <QSet>
#include <QTimer>

IntentReconciler::IntentReconciler(
    StatusGateway *gateway, AuditStore *audit, WebhookOutbox *webhooks, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_audit(audit)
    , m_webhooks(webhooks)
    , m_clock(Clock::orSystem(clock))
{
}

void IntentReconciler::setSupervisor(const QString &supervisor)
{
    m_supervisor = supervisor;
}

void IntentReconciler::start()
{
    const QVector<AuditEntry> intents = m_audit ? m_audit->intentsWithoutOutcome() : QVector<AuditEntry>();
    if (intents.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(0, QString()); });
        return;
    }
    QSet<QString> ids;
    for (const AuditEntry &intent : intents)
        ids.insert(intent.agentId);
    qCInfo(lcService) << "reconciling" << intents.size() << "open intent(s)";
    m_reply = m_gateway->readAgents(QStringList(ids.cbegin(), ids.cend()));
    connect(m_reply, &GatewayReply::finished, this, &IntentReconciler::onRead);
}

void IntentReconciler::onRead()
{
    GatewayReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (!reply->isOk()) {
        emit finished(0, reply->error().toString());
        return;
    }
    QHash<QString, Agent> now;
    const AgentList agents = reply->agents();
    for (const Agent &agent : agents)
        now.insert(agent.id, agent);

    int count = 0;
    // Read again: another StatusDesk may have closed some of them meanwhile (a shared PostgreSQL log).
    const QVector<AuditEntry> intents = m_audit ? m_audit->intentsWithoutOutcome() : QVector<AuditEntry>();
    for (const AuditEntry &intent : intents) {
        const auto it = now.constFind(intent.agentId);
        AuditEntry entry;
        entry.time = m_clock->now();
        entry.level = AuditLevel::Warning;
        entry.supervisor = m_supervisor.isEmpty() ? intent.supervisor : m_supervisor;
        entry.agentId = intent.agentId;
        entry.agentName = intent.agentName;
        entry.fromStatus = intent.fromStatus;
        entry.toStatus = intent.toStatus;
        entry.reason = intent.reason;
        entry.outcome = AuditOutcome::Reconciled;
        entry.etagBefore = intent.etagBefore;
        entry.correlationId = intent.correlationId;
        bool landed = false;
        if (it == now.cend()) {
            entry.msg = tr("Interrupted change (intent #%1): the agent was not found").arg(intent.id);
            entry.error = QStringLiteral("agent_not_found");
        } else {
            landed = it->status == intent.toStatus;
            entry.etagAfter = it->version;
            if (!landed)
                entry.error = QStringLiteral("not_applied"); // machine-readable, like agent_not_found
            entry.msg = landed ? tr("Interrupted change (intent #%1): the agent is in %2, the change took effect")
                                     .arg(intent.id)
                                     .arg(it->status)
                               : tr("Interrupted change (intent #%1): the agent is in %2, not %3")
                                     .arg(intent.id)
                                     .arg(it->status, intent.toStatus);
        }
        QString error;
        bool ok = false;
        if (landed && m_webhooks) {
            WebhookEvent event = WebhookEvent::create(intent.agentId, intent.toStatus, intent.fromStatus, intent.reason,
                entry.supervisor, entry.etagAfter, m_clock);
            event.timestamp = entry.time;
            ok = m_webhooks->recordOutcome(entry, event, &error);
        } else {
            ok = m_audit && m_audit->append(entry, &error);
        }
        if (ok)
            ++count;
        else
            qCWarning(lcService) << "reconciled entry could not be written:" << error;
    }
    emit finished(count, QString());
}
