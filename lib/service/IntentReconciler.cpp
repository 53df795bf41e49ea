// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/IntentReconciler.h"

#include "api/GatewayReply.h"
#include "api/StatusGateway.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/Clock.h"
#include "service/ServiceLogging.h"
#include "webhook/WebhookOutbox.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>

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
    if (!m_audit) {
        QTimer::singleShot(0, this, [this] { emit finished(0, QString()); });
        return;
    }
    auto intents = std::make_shared<QVector<AuditEntry>>();
    m_audit->writer()->read(
        this,
        [intents](AuditStore *connection) {
            if (connection)
                *intents = connection->intentsWithoutOutcome();
        },
        [this, intents] { onIntents(*intents); });
}

namespace {

// Queue membership intents are the QueueIntentReconciler's: a membership says nothing of a presence.
QVector<AuditEntry> presenceIntents(const QVector<AuditEntry> &intents)
{
    QVector<AuditEntry> out;
    for (const AuditEntry &intent : intents) {
        if (!intent.isQueueMembership())
            out.append(intent);
    }
    return out;
}

} // namespace

void IntentReconciler::onIntents(const QVector<AuditEntry> &all)
{
    const QVector<AuditEntry> intents = presenceIntents(all);
    if (intents.isEmpty()) {
        emit finished(0, QString());
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
    if (!m_audit) {
        emit finished(0, QString());
        return;
    }
    // Read again: another StatusDesk may have closed some of them meanwhile (a shared PostgreSQL log).
    auto intents = std::make_shared<QVector<AuditEntry>>();
    m_audit->writer()->read(
        this,
        [intents](AuditStore *connection) {
            if (connection)
                *intents = connection->intentsWithoutOutcome();
        },
        [this, now, intents] { reconcile(now, presenceIntents(*intents)); });
}

// Each closing entry is queued on the writer (with its webhook event when the change landed);
// finished() follows once all of them are durable or have failed.
void IntentReconciler::reconcile(const QHash<QString, Agent> &now, const QVector<AuditEntry> &intents)
{
    if (!m_audit) {
        emit finished(0, QString());
        return;
    }
    auto count = std::make_shared<int>(0);
    const auto counted = [count](bool ok, const QString &error) {
        if (ok)
            ++*count;
        else
            qCWarning(lcService) << "reconciled entry could not be written:" << error;
    };
    for (const AuditEntry &intent : intents) {
        bool landed = false;
        const AuditEntry entry = reconciled(intent, now, &landed);
        const auto alone = [this, entry, counted] {
            if (m_audit)
                m_audit->writer()->submit({entry}, this,
                    [counted](bool ok, const QVector<AuditEntry> &, const QString &error) { counted(ok, error); });
        };
        if (landed && m_webhooks && !m_webhooks->ready()) {
            // Closing the intent now would lose its event for good; open, it is tried at the next start.
            qCWarning(lcService) << "the webhook outbox is not available: intent" << intent.id
                                 << "landed and stays open until its event can be queued";
        } else if (landed && m_webhooks) {
            WebhookEvent event = WebhookEvent::create(intent.agentId, intent.toStatus, intent.fromStatus, intent.reason,
                entry.supervisor, entry.etagAfter, m_clock);
            event.timestamp = entry.time;
            m_webhooks->recordOutcomeLater(entry, event, this,
                [counted](bool ok, const AuditEntry &, const QString &error) { counted(ok, error); });
        } else {
            alone();
        }
    }
    m_audit->writer()->afterQueued(this, [this, count] { emit finished(*count, QString()); });
}

AuditEntry IntentReconciler::reconciled(const AuditEntry &intent, const QHash<QString, Agent> &now, bool *landed) const
{
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
    *landed = false;
    if (it == now.cend()) {
        entry.msg = tr("Interrupted change (intent #%1): the agent was not found").arg(intent.id);
        entry.error = QStringLiteral("agent_not_found");
        return entry;
    }
    *landed = it->status == intent.toStatus;
    entry.etagAfter = it->version;
    if (!*landed)
        entry.error = QStringLiteral("not_applied"); // machine-readable, like agent_not_found
    entry.msg = *landed ? tr("Interrupted change (intent #%1): the agent is in %2, the change took effect")
                              .arg(intent.id)
                              .arg(it->status)
                        : tr("Interrupted change (intent #%1): the agent is in %2, not %3")
                              .arg(intent.id)
                              .arg(it->status, intent.toStatus);
    return entry;
}
