// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/QueueChangeService.h"

#include "api/QueueGateway.h"
#include "api/QueueReply.h"
#include "api/WriteResult.h"
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
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <optional>

// The changes of one agent in a run: they share one compare read, one PATCH and the confirming reads.
struct QueueChangeService::AgentJob
{
    QString agentId;
    QVector<int> indices; // into the run's results, still open
    QVector<int> written; // of those, sent in the PATCH
    int confirmReads = 0;
    qint64 startedMs = 0;
    bool answerLost = false; // the PATCH's answer was lost: it may or may not have landed
};

// A fresh count of the agents active on one queue, for the deactivations of a run that its minimum limits.
struct QueueChangeService::QueueCount
{
    QString queueId;
    QStringList unread; // agents the directory counts as active on the queue, not read yet
    int target = 0; // confirmed active agents that settle every deactivation of the run
    QSet<QString> active; // read now, and active on the queue
    QString error; // why the count could not be established
    int pending = 0;
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
        recount(run, changes);
    });
    return run;
}

// The rule "at least N of the scope active on queue Q" must not be decided on activeQueueIds that another
// console, Genesys or an agent made stale. Before a run that deactivates a membership of a queue with a
// minimum, the agents the directory counts as active on it (those leaving it in this run aside) are read
// again (their joined=true listing, one request each), in rounds of as many as still needed: the count
// is settled at `minimum + leaving` confirmed agents, so a rule of N costs about N + leaving requests per
// queue, more only when some of those read have left the queue meanwhile. A read that fails leaves the
// queue uncounted, and the run's deactivations of it are refused.
void QueueChangeService::recount(QueueChangeRun *run, const QVector<QueueChange> &changes)
{
    Counts counts;
    QHash<QString, QSet<QString>> leaving;
    for (const QueueChange &c : changes) {
        if (!c.activate && m_rules && m_rules->queueMinimum(c.queueId, c.queueName) > 0)
            leaving[c.queueId].insert(c.agentId);
    }
    if (leaving.isEmpty() || !m_audit || !m_directory)
        return validate(run, changes, counts);
    for (auto it = leaving.cbegin(); it != leaving.cend(); ++it) {
        auto count = std::make_shared<QueueCount>();
        count->queueId = it.key();
        QString name;
        for (const QueueChange &c : changes) {
            if (c.queueId == it.key() && !c.queueName.isEmpty())
                name = c.queueName;
        }
        count->target = m_rules->queueMinimum(it.key(), name) + int(it.value().size());
        for (const Agent &a : m_directory->rows()) {
            if (a.activeQueuesKnown && a.activeQueueIds.contains(it.key()) && !it.value().contains(a.id))
                count->unread.append(a.id);
        }
        counts.insert(it.key(), count);
    }
    auto open = std::make_shared<int>(int(counts.size()));
    QPointer<QueueChangeRun> alive(run);
    const auto done = [this, alive, changes, counts, open] {
        if (--*open == 0 && alive)
            validate(alive, changes, counts);
    };
    for (const auto &count : std::as_const(counts))
        readRound(count, done);
}

void QueueChangeService::readRound(const std::shared_ptr<QueueCount> &count, const std::function<void()> &done)
{
    const int wanted = count->target - int(count->active.size());
    if (!count->error.isEmpty() || wanted <= 0 || count->unread.isEmpty()) {
        QTimer::singleShot(0, this, done);
        return;
    }
    const QStringList batch = count->unread.mid(0, wanted);
    count->unread = count->unread.mid(batch.size());
    count->pending = int(batch.size());
    for (const QString &agentId : batch) {
        QueueReply *reply = m_gateway->readActive(agentId);
        connect(reply, &QueueReply::finished, this, [this, reply, agentId, count, done] {
            reply->deleteLater();
            if (reply->isOk()) {
                QStringList active;
                for (const QueueMembership &m : reply->memberships())
                    active.append(m.queueId);
                if (m_directory)
                    m_directory->setActiveQueues(agentId, active);
                if (active.contains(count->queueId))
                    count->active.insert(agentId);
            } else if (count->error.isEmpty()) {
                count->error = reply->error().toString();
            }
            if (--count->pending == 0)
                readRound(count, done);
        });
    }
}

// The agents of the scope active on the change's queue, the agent itself aside: read again just now when
// the run recounted the queue (its other leaving agents as the directory has them), else the directory's.
int QueueChangeService::countedActive(
    const QueueChange &change, const QVector<QueueChange> &changes, const Counts &counts) const
{
    const auto count = counts.value(change.queueId);
    if (!count)
        return activeInScope(change.queueId, change.agentId);
    int n = int(count->active.size());
    QSet<QString> others;
    for (const QueueChange &c : changes) {
        if (!c.activate && c.queueId == change.queueId && c.agentId != change.agentId)
            others.insert(c.agentId);
    }
    for (const QString &id : std::as_const(others)) {
        const auto agent = m_directory ? m_directory->agent(id) : std::nullopt;
        if (agent && agent->activeQueuesKnown && agent->activeQueueIds.contains(change.queueId))
            ++n;
    }
    return n;
}

// The rules first, for the whole run, so that two deactivations of one queue count each other.
void QueueChangeService::validate(QueueChangeRun *run, const QVector<QueueChange> &changes, const Counts &counts)
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
        const int active = countedActive(change, changes, counts) + 1 - leaving.value(change.queueId);
        RuleViolations violations = m_rules
            ? m_rules->validateQueueChange(change.queueId, change.queueName, change.activate, change.reason, active)
            : RuleViolations();
        const auto count = counts.value(change.queueId);
        if (!change.activate && count && !count->error.isEmpty()) {
            violations.erase(std::remove_if(violations.begin(), violations.end(),
                                 [](const RuleViolation &v) { return v.type == RuleViolation::Type::QueueMinimum; }),
                violations.end());
            const QString queue = change.queueName.isEmpty() ? change.queueId : change.queueName;
            violations.append({RuleViolation::Type::QueueMinimum,
                tr("The agents active on queue %1 could not be counted again (%2), so its minimum cannot be checked.")
                    .arg(queue, count->error)});
        }
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
        writeIntents(run, job);
}

AuditEntry QueueChangeService::intentFor(const QueueChange &change) const
{
    QueueChangeResult asked;
    asked.change = change;
    AuditEntry entry = entryFor(asked);
    entry.level = AuditLevel::Info;
    entry.outcome = AuditOutcome::Intent;
    entry.error.clear();
    return entry;
}

// One intent per change, committed together on the audit writer (off this thread); the PATCH leaves only
// once they are durable, so that a crash or a lost answer can be reconciled on the next start.
void QueueChangeService::writeIntents(QueueChangeRun *run, const std::shared_ptr<AgentJob> &job)
{
    QVector<AuditEntry> intents;
    for (int index : std::as_const(job->indices))
        intents.append(intentFor(run->m_results.at(index).change));
    const auto unsent = [this, run, job](const QString &why) {
        qCWarning(lcService) << "queue membership intents could not be written, nothing sent:" << why;
        for (int index : std::as_const(job->indices)) {
            QueueChangeResult r = run->m_results.at(index);
            r.outcome = QueueChangeResult::Outcome::Failed;
            r.error = ApiError::make(
                ApiError::Kind::Configuration, tr("The intent could not be audited; the change was not sent."));
            const QString queue = r.change.queueName.isEmpty() ? r.change.queueId : r.change.queueName;
            r.message = tr("Queue %1: %2").arg(queue, r.error.message);
            finishChange(run, index, r);
        }
    };
    if (!m_audit)
        return unsent(QStringLiteral("no audit store"));
    m_audit->writer()->submit(
        intents, run, [this, run, job, unsent](bool ok, const QVector<AuditEntry> &, const QString &error) {
            if (!ok)
                return unsent(error);
            write(run, job);
        });
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
            if (!reply->isOk() && WriteResult::mayHaveApplied(reply->error())) {
                // It may have landed: the confirming reads decide, as after a 200.
                r.error = reply->error();
                r.answerLost = true;
                job->answerLost = true;
                run->m_results[index] = r;
                sent.append(index);
                continue;
            }
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
            r.error = ApiError();
            r.message = r.change.activate ? tr("The membership of queue %1 is active.").arg(queue)
                                          : tr("The membership of queue %1 is inactive.").arg(queue);
        } else if (last && r.answerLost) {
            r.outcome = QueueChangeResult::Outcome::Unconfirmed;
            r.message = tr("The answer to the change of queue %1 was lost (%2) and %n read(s) after it did not show "
                           "the change; it is checked again at the next start.",
                nullptr, job->confirmReads)
                            .arg(queue, r.error.toString());
        } else if (last) {
            r.outcome = QueueChangeResult::Outcome::Unconfirmed;
            r.message = tr("Genesys accepted the change of queue %1, but %n read(s) after it did not show it yet; it "
                           "is checked again at the next start.",
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
    entry.etagBefore = c.queueId; // AuditEntry::queueId(): what an intent and its outcome are matched by
    entry.reason = c.reason;
    entry.correlationId = result.correlationId;
    entry.error = result.outcome == QueueChangeResult::Outcome::Applied ? QString() : result.message;
    if (result.answerLost && result.outcome == QueueChangeResult::Outcome::Applied)
        entry.msg = tr("%1 (the answer was lost; a read of the memberships confirmed it)").arg(entry.msg);
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
        // It may still land: the intent stays open for the reconciler of the next start.
        entry.outcome = AuditOutcome::Unknown;
        entry.level = AuditLevel::Warning;
        break;
    case QueueChangeResult::Outcome::Failed:
        entry.outcome = AuditOutcome::Failed;
        entry.level = AuditLevel::Error;
        break;
    }
    return entry;
}

// An applied change goes to payroll with its audit entry, in one transaction. When the outbox is not
// available, or that transaction failed, the entry is written alone: the audit never loses it.
void QueueChangeService::audit(const QueueChangeResult &result, const std::function<void()> &then)
{
    if (!m_audit) {
        QTimer::singleShot(0, this, then);
        return;
    }
    const AuditEntry entry = entryFor(result);
    const auto alone = [this, entry, then] {
        if (!m_audit)
            return then();
        m_audit->writer()->submit({entry}, this, [then](bool ok, const QVector<AuditEntry> &, const QString &error) {
            if (!ok)
                qCWarning(lcService) << "queue membership audit entry could not be written:" << error;
            then();
        });
    };
    if (result.outcome != QueueChangeResult::Outcome::Applied || !m_webhooks)
        return alone();
    if (!m_webhooks->ready()) {
        qCWarning(lcService) << "the webhook outbox is not available: the queue_membership event of"
                             << result.change.agentId << "on queue" << result.change.queueId
                             << "could not be queued; its audit entry is written alone";
        return alone();
    }
    const WebhookEvent event = WebhookEvent::createQueueMembership(result.change.agentId, result.change.queueId,
        result.change.activate, result.change.reason, m_supervisor, m_clock);
    m_webhooks->recordOutcomeLater(
        entry, event, this, [alone, then](bool ok, const AuditEntry &, const QString &error) {
            if (ok)
                return then();
            qCWarning(lcService) << "queue membership change could not be recorded with its event:" << error
                                 << "- the audit entry is written alone";
            alone();
        });
}
