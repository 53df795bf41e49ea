// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/QueueChangeService.h"

#include "api/QueueGateway.h"
#include "api/QueueReply.h"
#include "audit/AuditEntry.h"
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "core/Clock.h"
#include "core/TransitionRules.h"
#include "service/AgentDirectory.h"
#include "service/ServiceLogging.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookOutbox.h"

#include <QHash>
#include <QTimer>

// The changes of one agent in a run: they share one compare read, one PATCH and the confirming reads.
struct QueueChangeService::AgentJob
{
    QString agentId;
    QVector<int> indices; // into the run's results, still open
    QVector<int> written; // of those, sent in the PATCH
    int confirmReads = 0;
    qint64 startedMs = 0;
};

namespace {

const QueueMembership *findQueue(const QueueMemberships &memberships, const QString &queueId)
{
    for (const QueueMembership &m : memberships) {
        if (m.queueId == queueId)
            return &m;
    }
    return nullptr;
}

} // namespace

QueueChangeService::QueueChangeService(
    QueueGateway *gateway, AgentDirectory *directory, const TransitionRules *rules, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_directory(directory)
    , m_rules(rules)
    , m_clock(Clock::orSystem(clock))
{
}

void QueueChangeService::setStores(AuditStore *audit, WebhookOutbox *webhooks)
{
    m_audit = audit;
    m_webhooks = webhooks;
}

QueueReply *QueueChangeService::readMemberships(const QString &agentId)
{
    QueueReply *reply = m_gateway->readMemberships(agentId);
    connect(reply, &QueueReply::finished, this, [this, reply, agentId] {
        if (reply->isOk())
            publish(agentId, reply->memberships());
    });
    return reply;
}

void QueueChangeService::publish(const QString &agentId, const QueueMemberships &memberships)
{
    if (m_directory) {
        QStringList active;
        for (const QueueMembership &m : memberships) {
            if (m.joined)
                active.append(m.queueId);
        }
        m_directory->setActiveQueues(agentId, active);
    }
    emit membershipsRead(agentId, memberships);
}

int QueueChangeService::activeInScope(const QString &queueId, const QString &exceptAgentId) const
{
    if (!m_directory)
        return 0;
    int n = 0;
    for (const Agent &a : m_directory->rows()) {
        if (a.id != exceptAgentId && a.activeQueuesKnown && a.activeQueueIds.contains(queueId))
            ++n;
    }
    return n;
}

QueueChangeRun *QueueChangeService::apply(const QVector<QueueChange> &changes)
{
    auto *run = new QueueChangeRun(this);
    run->m_results.resize(changes.size());
    run->m_done.fill(false, changes.size());
    run->m_remaining = int(changes.size());
    for (int i = 0; i < changes.size(); ++i)
        run->m_results[i].change = changes.at(i);
    // Never inside apply(): the caller connects first.
    QTimer::singleShot(0, run, [this, run, changes] {
        if (changes.isEmpty()) {
            run->m_finished = true;
            emit run->finished();
            return;
        }
        validate(run, changes);
    });
    return run;
}

// The rules first, for the whole run, so that two deactivations of one queue count each other.
void QueueChangeService::validate(QueueChangeRun *run, const QVector<QueueChange> &changes)
{
    QHash<QString, int> leaving; // queue -> deactivations allowed so far in this run
    QHash<QString, std::shared_ptr<AgentJob>> jobs;
    QVector<std::shared_ptr<AgentJob>> order;
    for (int i = 0; i < changes.size(); ++i) {
        QueueChange &change = run->m_results[i].change;
        if (change.agentName.isEmpty() && m_directory) {
            if (const auto agent = m_directory->agent(change.agentId))
                change.agentName = agent->name;
        }
        if (!m_audit) {
            QueueChangeResult r = run->m_results.at(i);
            r.outcome = QueueChangeResult::Outcome::Failed;
            r.error
                = ApiError::make(ApiError::Kind::Configuration, tr("The audit store is not open; nothing was sent."));
            r.message = r.error.message;
            finishChange(run, i, r);
            continue;
        }
        // The agent asked about counts as active on the queue it is leaving, known or not.
        const int active = activeInScope(change.queueId, change.agentId) + 1 - leaving.value(change.queueId);
        const RuleViolations violations = m_rules
            ? m_rules->validateQueueChange(change.queueId, change.queueName, change.activate, change.reason, active)
            : RuleViolations();
        if (!violations.isEmpty()) {
            QueueChangeResult r = run->m_results.at(i);
            r.outcome = QueueChangeResult::Outcome::Rejected;
            r.violations = violations;
            QStringList texts;
            for (const RuleViolation &v : violations)
                texts.append(v.message);
            r.message = texts.join(QLatin1Char(' '));
            finishChange(run, i, r);
            continue;
        }
        if (!change.activate)
            leaving[change.queueId] += 1;
        auto &job = jobs[change.agentId];
        if (!job) {
            job = std::make_shared<AgentJob>();
            job->agentId = change.agentId;
            job->startedMs = m_clock->monotonicMs();
            order.append(job);
        }
        job->indices.append(i);
    }
    for (const auto &job : std::as_const(order))
        compare(run, job);
}

void QueueChangeService::compare(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job)
{
    QueueReply *reply = m_gateway->readMemberships(job->agentId, ApiRequest::Kind::Write);
    connect(reply, &QueueReply::finished, run, [this, run, job, reply] { onCompared(run, job, reply); });
}

void QueueChangeService::onCompared(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job, QueueReply *reply)
{
    reply->deleteLater();
    if (!reply->isOk()) {
        for (int index : std::as_const(job->indices)) {
            QueueChangeResult r = run->m_results.at(index);
            r.error = reply->error();
            r.message = tr("The memberships could not be read before the change: %1").arg(r.error.message);
            finishChange(run, index, r);
        }
        return;
    }
    const QueueMemberships now = reply->memberships();
    publish(job->agentId, now);
    QVector<int> toWrite;
    for (int index : std::as_const(job->indices)) {
        QueueChangeResult r = run->m_results.at(index);
        const QueueMembership *m = findQueue(now, r.change.queueId);
        if (m && r.change.queueName.isEmpty())
            r.change.queueName = m->name;
        const QString queue = r.change.queueName.isEmpty() ? r.change.queueId : r.change.queueName;
        if (!m) {
            r.outcome = QueueChangeResult::Outcome::NotMember;
            r.message = tr("%1 is not a member of queue %2; Genesys ignores such a change.")
                            .arg(r.change.agentName.isEmpty() ? r.change.agentId : r.change.agentName, queue);
        } else if (r.change.seenJoined && *r.change.seenJoined != m->joined) {
            r.outcome = QueueChangeResult::Outcome::Conflict;
            r.joinedNow = m->joined;
            r.message = m->joined
                ? tr("The membership of queue %1 was activated meanwhile; nothing was changed.").arg(queue)
                : tr("The membership of queue %1 was deactivated meanwhile; nothing was changed.").arg(queue);
        } else if (m->joined == r.change.activate) {
            r.outcome = QueueChangeResult::Outcome::Unchanged;
            r.joinedNow = m->joined;
            r.message = m->joined ? tr("The membership of queue %1 is already active.").arg(queue)
                                  : tr("The membership of queue %1 is already inactive.").arg(queue);
        } else {
            run->m_results[index] = r;
            toWrite.append(index);
            continue;
        }
        finishChange(run, index, r);
    }
    job->indices = toWrite;
    if (!toWrite.isEmpty())
        write(run, job);
}

void QueueChangeService::write(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job)
{
    QVector<QPair<QString, bool>> pairs;
    for (int index : std::as_const(job->indices))
        pairs.append({run->m_results.at(index).change.queueId, run->m_results.at(index).change.activate});
    QueueReply *reply = m_gateway->setJoined(job->agentId, pairs);
    connect(reply, &QueueReply::finished, run, [this, run, job, reply] {
        reply->deleteLater();
        QVector<int> sent;
        for (int index : std::as_const(job->indices)) {
            QueueChangeResult r = run->m_results.at(index);
            r.correlationId = reply->correlationId();
            const QString queue = r.change.queueName.isEmpty() ? r.change.queueId : r.change.queueName;
            if (!reply->isOk()) {
                r.outcome = QueueChangeResult::Outcome::Failed;
                r.error = reply->error();
                r.message = tr("Queue %1: %2").arg(queue, r.error.message);
            } else if (reply->ignoredQueueIds().contains(r.change.queueId)) {
                r.outcome = QueueChangeResult::Outcome::NotMember;
                r.message = tr("Genesys ignored queue %1: the agent is not a member of it.").arg(queue);
            } else {
                run->m_results[index] = r;
                sent.append(index);
                continue;
            }
            finishChange(run, index, r);
        }
        job->indices = sent;
        job->written = sent;
        if (!sent.isEmpty())
            confirm(run, job);
    });
}

void QueueChangeService::confirm(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job)
{
    m_clock->singleShot(m_confirmDelayMs, run, [this, run, job] {
        ++job->confirmReads;
        QueueReply *reply = m_gateway->readMemberships(job->agentId);
        connect(reply, &QueueReply::finished, run, [this, run, job, reply] { onConfirmRead(run, job, reply); });
    });
}

void QueueChangeService::onConfirmRead(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job, QueueReply *reply)
{
    reply->deleteLater();
    const bool last = job->confirmReads >= m_confirmReads;
    if (reply->isOk())
        publish(job->agentId, reply->memberships());
    QVector<int> open;
    for (int index : std::as_const(job->indices)) {
        QueueChangeResult r = run->m_results.at(index);
        const QString queue = r.change.queueName.isEmpty() ? r.change.queueId : r.change.queueName;
        const QueueMembership *m = reply->isOk() ? findQueue(reply->memberships(), r.change.queueId) : nullptr;
        if (m)
            r.joinedNow = m->joined;
        if (m && m->joined == r.change.activate) {
            r.outcome = QueueChangeResult::Outcome::Applied;
            r.message = r.change.activate ? tr("The membership of queue %1 is active.").arg(queue)
                                          : tr("The membership of queue %1 is inactive.").arg(queue);
        } else if (last) {
            r.outcome = QueueChangeResult::Outcome::Unconfirmed;
            r.message = tr("Genesys accepted the change of queue %1, but %n read(s) after it did not show it yet.",
                nullptr, job->confirmReads)
                            .arg(queue);
        } else {
            run->m_results[index] = r;
            open.append(index);
            continue;
        }
        finishChange(run, index, r);
    }
    job->indices = open;
    if (!open.isEmpty())
        confirm(run, job);
}

void QueueChangeService::finishChange(QueueChangeRun *run, int index, QueueChangeResult result)
{
    if (run->m_done.at(index))
        return;
    run->m_done[index] = true;
    run->m_results[index] = result;
    // A result is told once its audit entry (and webhook event) is durable, or failed to be.
    QPointer<QueueChangeRun> alive(run);
    audit(result, [alive, result] {
        if (!alive)
            return;
        emit alive->resultReady(result);
        if (--alive->m_remaining == 0) {
            alive->m_finished = true;
            emit alive->finished();
        }
    });
}

AuditEntry QueueChangeService::entryFor(const QueueChangeResult &result) const
{
    const QueueChange &c = result.change;
    AuditEntry entry;
    entry.level = AuditLevel::Info;
    entry.supervisor = m_supervisor;
    entry.agentId = c.agentId;
    entry.agentName = c.agentName;
    const QString queue = c.queueName.isEmpty() ? c.queueId : QStringLiteral("%1 (%2)").arg(c.queueName, c.queueId);
    entry.msg
        = (c.activate ? tr("Queue membership activation: %1") : tr("Queue membership deactivation: %1")).arg(queue);
    // The states of the membership, named so that a reader of the log tells them from presences.
    entry.fromStatus = AuditEntry::queueState(!c.activate);
    entry.toStatus = AuditEntry::queueState(c.activate);
    entry.reason = c.reason;
    entry.correlationId = result.correlationId;
    entry.error = result.outcome == QueueChangeResult::Outcome::Applied ? QString() : result.message;
    switch (result.outcome) {
    case QueueChangeResult::Outcome::Applied:
        entry.outcome = AuditOutcome::Applied;
        break;
    case QueueChangeResult::Outcome::Unchanged:
        entry.outcome = AuditOutcome::Unchanged;
        break;
    case QueueChangeResult::Outcome::Conflict:
        entry.outcome = AuditOutcome::Conflict;
        entry.level = AuditLevel::Warning;
        break;
    case QueueChangeResult::Outcome::NotMember:
    case QueueChangeResult::Outcome::Rejected:
        entry.outcome = result.outcome == QueueChangeResult::Outcome::Rejected ? AuditOutcome::ValidationFailed
                                                                               : AuditOutcome::Rejected;
        entry.level = AuditLevel::Warning;
        break;
    case QueueChangeResult::Outcome::Unconfirmed:
    case QueueChangeResult::Outcome::Failed:
        entry.outcome = AuditOutcome::Failed;
        entry.level = AuditLevel::Error;
        break;
    }
    return entry;
}

void QueueChangeService::audit(const QueueChangeResult &result, const std::function<void()> &then)
{
    if (!m_audit) {
        QTimer::singleShot(0, this, then);
        return;
    }
    const AuditEntry entry = entryFor(result);
    if (result.outcome == QueueChangeResult::Outcome::Applied && m_webhooks) {
        const WebhookEvent event = WebhookEvent::createQueueMembership(result.change.agentId, result.change.queueId,
            result.change.activate, result.change.reason, m_supervisor, m_clock);
        m_webhooks->recordOutcomeLater(entry, event, this, [then](bool ok, const AuditEntry &, const QString &error) {
            if (!ok)
                qCWarning(lcService) << "queue membership change could not be recorded:" << error;
            then();
        });
        return;
    }
    m_audit->writer()->submit({entry}, this, [then](bool ok, const QVector<AuditEntry> &, const QString &error) {
        if (!ok)
            qCWarning(lcService) << "queue membership audit entry could not be written:" << error;
        then();
    });
}
