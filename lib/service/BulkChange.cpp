// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/BulkChange.h"

#include "service/StatusChangeService.h"

#include <QTimer>

BulkChange::BulkChange(StatusChangeService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_maxInFlight(service->preferredBatchSize())
{
    connect(m_service, &StatusChangeService::conflict, this, &BulkChange::onConflict);
    connect(m_service, &StatusChangeService::finished, this, &BulkChange::onFinished);
}

BulkChange::~BulkChange()
{
    if (!m_running || !m_service)
        return;
    blockSignals(true);
    cancel();
}

void BulkChange::setMaxInFlight(int changes)
{
    m_maxInFlight = qMax(1, changes);
}

void BulkChange::start(const QVector<StatusChange> &changes)
{
    if (m_running)
        return;
    m_queue = changes;
    m_next = 0;
    m_total = static_cast<int>(changes.size());
    m_running = true;
    m_cancelled = false;
    m_results.clear();
    m_conflicts.clear();
    m_offered.clear();
    emit progress(0, m_total);
    startMore();
    maybeFinish(); // an empty batch
}

// A window of changes in flight, sent as one batch (one gateway call, so that Genesys reads and writes
// whole chunks: a compare read and a bulk PUT each); every request then waits its turn in the
// ApiClient's limiter, so the batch goes out at the limiter's pace instead of all at once. The next batch
// starts when this one is done, so that its chunks stay whole. Changes waiting for the conflict review
// do not take room in the window.
void BulkChange::startMore()
{
    if (m_cancelled || m_next >= m_queue.size())
        return;
    const int active = static_cast<int>(m_inFlight.size() - m_conflicts.size());
    const int room = m_maxInFlight - active;
    if (room <= 0 || active > 0)
        return; // wait for the batch in flight
    const QVector<StatusChange> batch = m_queue.mid(m_next, room);
    m_next += static_cast<int>(batch.size());
    const QStringList ids = m_service->changeMany(batch);
    for (const QString &id : ids)
        m_inFlight.insert(id);
}

void BulkChange::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (int i = m_next; i < m_queue.size(); ++i) {
        const ChangeResult result = ChangeResult::unsent(QString(), m_queue.at(i), ChangeResult::Outcome::Cancelled);
        m_results.append(result);
        emit agentFinished(result);
    }
    m_next = static_cast<int>(m_queue.size());
    QStringList writing;
    for (const QString &id : std::as_const(m_inFlight)) {
        if (!m_conflicts.contains(id))
            writing.append(id);
    }
    if (m_service) {
        m_service->stopUnsent(writing);
        const QList<QString> waiting = m_conflicts.keys();
        for (const QString &id : waiting)
            m_service->resolveConflict(id, Resolution::Cancel);
    }
    emit progress(static_cast<int>(m_results.size()), m_total);
    maybeFinish();
}

void BulkChange::resolve(const QString &changeId, Resolution resolution)
{
    if (!m_conflicts.contains(changeId))
        return;
    m_conflicts.remove(changeId);
    m_offered.remove(changeId); // an apply-to-latest may conflict again: offer it again then
    m_service->resolveConflict(changeId, resolution);
}

void BulkChange::resolveAll(Resolution resolution)
{
    const QList<QString> ids = m_conflicts.keys();
    for (const QString &id : ids)
        resolve(id, resolution);
}

bool BulkChange::isRunning() const
{
    return m_running;
}

QVector<ChangeResult> BulkChange::results() const
{
    return m_results;
}

BulkSummary BulkChange::summary() const
{
    BulkSummary summary;
    summary.total = m_total;
    summary.wasCancelled = m_cancelled;
    for (const ChangeResult &result : m_results) {
        switch (result.outcome) {
        case ChangeResult::Outcome::Applied:
            ++summary.applied;
            break;
        case ChangeResult::Outcome::Rejected:
            ++summary.rejected;
            break;
        case ChangeResult::Outcome::ConflictKeptTheirs:
            ++summary.conflictsKeptTheirs;
            break;
        case ChangeResult::Outcome::Cancelled:
            ++summary.cancelled;
            break;
        case ChangeResult::Outcome::Failed:
            ++summary.failed;
            break;
        case ChangeResult::Outcome::Unknown:
            ++summary.unknown;
            break;
        case ChangeResult::Outcome::Unchanged:
            ++summary.unchanged;
            break;
        }
    }
    return summary;
}

QVector<StatusChange> BulkChange::revertChanges(const QString &reason) const
{
    QVector<StatusChange> changes;
    for (const ChangeResult &result : m_results) {
        if (!result.succeeded())
            continue;
        // Only if nobody changed the agent since our write; otherwise it is a conflict to review.
        StatusChange back = result.write.change.reverted(result.write.etagAfter);
        back.reason = reason;
        changes.append(back);
    }
    return changes;
}

BulkChange *BulkChange::revert(const QString &reason, QObject *parent) const
{
    auto *bulk = new BulkChange(m_service, parent);
    bulk->setMaxInFlight(m_maxInFlight);
    bulk->m_queue = revertChanges(reason);
    return bulk;
}

void BulkChange::startPrepared()
{
    start(m_queue);
}

void BulkChange::onConflict(const ChangeConflict &conflict)
{
    if (!m_inFlight.contains(conflict.changeId))
        return;
    if (m_cancelled) {
        m_service->resolveConflict(conflict.changeId, Resolution::Cancel);
        return;
    }
    m_conflicts.insert(conflict.changeId, conflict);
    startMore();
    maybeOfferConflicts();
}

void BulkChange::onFinished(const ChangeResult &result)
{
    if (!m_inFlight.remove(result.changeId))
        return;
    m_conflicts.remove(result.changeId);
    m_results.append(result);
    emit agentFinished(result);
    emit progress(static_cast<int>(m_results.size()), m_total);
    startMore();
    maybeOfferConflicts();
    maybeFinish();
}

// Conflicts wait until everything else has finished, then come as one review.
void BulkChange::maybeOfferConflicts()
{
    if (m_conflicts.isEmpty() || m_next < m_queue.size())
        return;
    if (m_inFlight.size() != m_conflicts.size())
        return;
    QVector<ChangeConflict> conflicts;
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it) {
        if (!m_offered.contains(it.key()))
            conflicts.append(it.value());
    }
    if (conflicts.isEmpty())
        return;
    for (const ChangeConflict &conflict : std::as_const(conflicts))
        m_offered.insert(conflict.changeId);
    emit conflictsReady(conflicts);
}

void BulkChange::maybeFinish()
{
    if (!m_running || !m_inFlight.isEmpty() || m_next < m_queue.size())
        return;
    m_running = false;
    // Like every ending in the service, finished() never comes inside the call that caused it
    // (resolve(), cancel(), start()).
    const BulkSummary done = summary();
    QTimer::singleShot(0, this, [this, done] { emit finished(done); });
}

int BulkChange::estimatedSeconds(int agents, int batchSize, int budgetPerMinute, int leftThisMinute)
{
    if (agents <= 0 || budgetPerMinute <= 0)
        return 0;
    constexpr int kIdsPerRead = 50;
    constexpr int kSmallBatch = 20;
    const qint64 requests = batchSize > kSmallBatch
        ? (agents + kIdsPerRead - 1) / kIdsPerRead + (agents + batchSize - 1) / batchSize
        : 2LL * agents;
    const qint64 waiting = qMax<qint64>(0, requests - qMax(0, leftThisMinute));
    return int((waiting * 60 + budgetPerMinute - 1) / budgetPerMinute);
}
