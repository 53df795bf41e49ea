// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/QueueIntentReconciler.h"

#include "api/QueueGateway.h"
#include "api/QueueReply.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/Clock.h"
#include "service/ServiceLogging.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookOutbox.h"

#include <QSet>
#include <QTimer>

#include <memory>

namespace {

QVector<AuditEntry> queueIntents(const QVector<AuditEntry> &intents)
{
    QVector<AuditEntry> out;
    for (const AuditEntry &intent : intents) {
        if (intent.isQueueMembership() && !intent.queueId().isEmpty())
            out.append(intent);
    }
    return out;
}

} // namespace

QueueIntentReconciler::QueueIntentReconciler(
    QueueGateway *gateway, AuditStore *audit, WebhookOutbox *webhooks, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_audit(audit)
    , m_webhooks(webhooks)
    , m_clock(Clock::orSystem(clock))
{
}

void QueueIntentReconciler::start()
{
    if (!m_audit || !m_gateway) {
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
        [this, intents] { onIntents(queueIntents(*intents)); });
}

void QueueIntentReconciler::onIntents(const QVector<AuditEntry> &intents)
{
    if (intents.isEmpty()) {
        emit finished(0, QString());
        return;
    }
    QSet<QString> ids;
    for (const AuditEntry &intent : intents) {
        ids.insert(intent.agentId);
        m_known.insert(intent.id);
    }
    qCInfo(lcService) << "reconciling" << intents.size() << "open queue membership intent(s) of" << ids.size()
                      << "agent(s)";
    m_pending = int(ids.size());
    for (const QString &id : std::as_const(ids)) {
        QueueReply *reply = m_gateway->readMemberships(id);
        connect(reply, &QueueReply::finished, this, [this, reply, id] {
            reply->deleteLater();
            if (reply->isOk())
                m_read.insert(id, Read {true, reply->memberships()});
            else if (reply->error().kind == ApiError::Kind::NotFound)
                m_read.insert(id, Read {false, {}});
            else if (m_error.isEmpty())
                m_error = reply->error().toString();
            if (--m_pending == 0)
                onAllRead();
        });
    }
}

void QueueIntentReconciler::onAllRead()
{
    if (!m_audit) {
        emit finished(0, m_error);
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
        [this, intents] { reconcile(queueIntents(*intents)); });
}

// Each closing entry is queued on the writer (with its webhook event when the change landed);
// finished() follows once all of them are durable or have failed.
void QueueIntentReconciler::reconcile(const QVector<AuditEntry> &intents)
{
    if (!m_audit) {
        emit finished(0, m_error);
        return;
    }
    auto count = std::make_shared<int>(0);
    const auto counted = [count](bool ok, const QString &error) {
        if (ok)
            ++*count;
        else
            qCWarning(lcService) << "reconciled queue membership entry could not be written:" << error;
    };
    for (const AuditEntry &intent : intents) {
        const auto read = m_read.constFind(intent.agentId);
        // Not read (a failed read), or written since the reads (another console on a shared log): its
        // PATCH may have left after the read, which cannot tell. It stays open for the next start.
        if (read == m_read.cend() || !m_known.contains(intent.id))
            continue;
        bool landed = false;
        const AuditEntry entry = reconciled(intent, *read, &landed);
        const auto alone = [this, entry, counted] {
            if (m_audit)
                m_audit->writer()->submit({entry}, this,
                    [counted](bool ok, const QVector<AuditEntry> &, const QString &error) { counted(ok, error); });
        };
        if (!landed || !m_webhooks) {
            alone();
            continue;
        }
        if (!m_webhooks->ready()) {
            // Closing the intent now would lose the event for good; open, it is tried at the next start.
            qCWarning(lcService) << "the webhook outbox is not available: intent" << intent.id
                                 << "landed and stays open until its queue_membership event can be queued";
            continue;
        }
        WebhookEvent event = WebhookEvent::createQueueMembership(intent.agentId, intent.queueId(),
            intent.toStatus == AuditEntry::queueState(true), intent.reason, entry.supervisor, m_clock);
        event.timestamp = entry.time;
        m_webhooks->recordOutcomeLater(
            entry, event, this, [counted](bool ok, const AuditEntry &, const QString &error) { counted(ok, error); });
    }
    const QString error = m_error;
    m_audit->writer()->afterQueued(this, [this, count, error] { emit finished(*count, error); });
}

AuditEntry QueueIntentReconciler::reconciled(const AuditEntry &intent, const Read &read, bool *landed) const
{
    const bool activate = intent.toStatus == AuditEntry::queueState(true);
    const QString queueId = intent.queueId();
    AuditEntry entry;
    entry.time = m_clock->now();
    entry.level = AuditLevel::Warning;
    entry.supervisor = m_supervisor.isEmpty() ? intent.supervisor : m_supervisor;
    entry.agentId = intent.agentId;
    entry.agentName = intent.agentName;
    entry.fromStatus = intent.fromStatus;
    entry.toStatus = intent.toStatus;
    entry.etagBefore = queueId;
    entry.reason = intent.reason;
    entry.outcome = AuditOutcome::Reconciled;
    entry.correlationId = intent.correlationId;
    *landed = false;
    if (!read.found) {
        entry.msg = tr("Interrupted queue membership change (intent #%1): the agent was not found").arg(intent.id);
        entry.error = QStringLiteral("agent_not_found");
        return entry;
    }
    const QueueMembership *membership = nullptr;
    for (const QueueMembership &m : read.memberships) {
        if (m.queueId == queueId)
            membership = &m;
    }
    const QString queue = membership && !membership->name.isEmpty()
        ? QStringLiteral("%1 (%2)").arg(membership->name, queueId)
        : queueId;
    if (!membership) {
        entry.msg = tr("Interrupted queue membership change (intent #%1): the agent is no member of queue %2")
                        .arg(intent.id)
                        .arg(queue);
        entry.error = QStringLiteral("not_member");
        return entry;
    }
    *landed = membership->joined == activate;
    if (!*landed)
        entry.error = QStringLiteral("not_applied"); // machine-readable, like agent_not_found
    entry.msg = *landed
        ? (activate ? tr("Interrupted queue membership change (intent #%1): queue %2 is active, the change took effect")
                    : tr("Interrupted queue membership change (intent #%1): queue %2 is inactive, the change took "
                         "effect"))
              .arg(intent.id)
              .arg(queue)
        : (activate ? tr("Interrupted queue membership change (intent #%1): queue %2 is still inactive")
                    : tr("Interrupted queue membership change (intent #%1): queue %2 is still active"))
              .arg(intent.id)
              .arg(queue);
    return entry;
}
