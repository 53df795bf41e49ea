// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DayLogRecorder.h"

#include "audit/AuditEntry.h"
#include "audit/AuditStore.h"
#include "core/Clock.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"
#include "service/DayLog.h"
#include "service/ServiceLogging.h"

#include <QtConcurrent>

namespace {

QString statusKey(const QString &status, const QString &label)
{
    return status + QLatin1Char('|') + label;
}

// A scheduled value and a status never share a key: the batch tells them apart on failure.
QString batchKey(bool scheduled, const QString &key)
{
    return (scheduled ? QLatin1Char('S') : QLatin1Char('P')) + key;
}

} // namespace

DayLogRecorder::DayLogRecorder(DayLog *log, AgentDirectory *directory, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_directory(directory)
    , m_clock(Clock::orSystem(clock))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DayLogRecorder::writeBatch);
    connect(&m_batch, &QFutureWatcher<Written>::finished, this, &DayLogRecorder::onBatchWritten);
    connect(&m_dayRead, &QFutureWatcher<DayRead>::finished, this, &DayLogRecorder::onDayRead);
    startDay(m_clock->now().toLocalTime().date());
    connect(directory, &AgentDirectory::agentsReset, this,
        [this] { recordRows(0, m_directory->size() - 1, QStringLiteral("load")); });
    connect(directory, &AgentDirectory::agentsAdded, this,
        [this](int first, int last) { recordRows(first, last, QStringLiteral("load")); });
    connect(directory, &AgentDirectory::agentChanged, this, [this](const QString &id) {
        const int row = m_directory->rowOf(id);
        if (row >= 0) {
            const Agent &agent = m_directory->at(row);
            recordRow(agent, agent.pushed ? QStringLiteral("push") : QStringLiteral("poll"));
        }
    });
    recordRows(0, directory->size() - 1, QStringLiteral("load"));
}

DayLogRecorder::~DayLogRecorder()
{
    m_dayRead.waitForFinished();
    m_batch.waitForFinished();
    if (!m_pending.entries.isEmpty()) {
        const Written w = appendAll(m_log, m_pending.entries);
        if (!w.error.isEmpty())
            qCWarning(lcService) << "day log:" << w.error;
    }
}

void DayLogRecorder::setAudit(AuditStore *audit)
{
    if (audit)
        connect(audit, &AuditStore::entryAppended, this, &DayLogRecorder::onAudit);
}

void DayLogRecorder::setAdherence(AdherenceMonitor *monitor)
{
    if (m_adherence)
        disconnect(m_adherence, nullptr, this, nullptr);
    m_adherence = monitor;
    if (monitor)
        connect(monitor, &AdherenceMonitor::updated, this, &DayLogRecorder::onAdherence);
}

bool DayLogRecorder::isIdle() const
{
    return m_dayKnown && m_held.isEmpty() && m_pending.entries.isEmpty() && !m_batchBusy && !m_flushTimer.isActive();
}

// The last value of each agent in today's file, so that a restart writes only what changed. Read on a
// pool thread: what is seen meanwhile is held.
void DayLogRecorder::startDay(const QDate &day)
{
    m_day = day;
    m_dayStartUtc = QDateTime(day, QTime(0, 0)).toUTC();
    m_nextDayUtc = QDateTime(day.addDays(1), QTime(0, 0)).toUTC();
    m_dayKnown = false;
    m_lastStatus.clear();
    m_lastScheduled.clear();
    if (m_dayReading)
        return; // onDayRead() sees that the day changed and reads again
    m_dayReading = true;
    DayLog *log = m_log;
    m_dayRead.setFuture(QtConcurrent::run([log, day] {
        DayRead read;
        read.day = day;
        read.entries = log->read(day, &read.error);
        return read;
    }));
}

void DayLogRecorder::onDayRead()
{
    const DayRead read = m_dayRead.result();
    m_dayReading = false;
    if (read.day != m_day) {
        startDay(m_day);
        return;
    }
    if (!read.error.isEmpty())
        qCWarning(lcService) << "day log:" << read.error;
    for (const DayLogEntry &e : read.entries) {
        if (e.kind == DayLogEntry::Kind::Status)
            m_lastStatus.insert(e.agentId, statusKey(e.value, e.label));
        else
            m_lastScheduled.insert(e.agentId, e.value);
    }
    m_dayKnown = true;
    const QVector<Seen> held = std::exchange(m_held, {});
    for (const Seen &seen : held)
        write(seen);
}

// Compared with the cached bounds: a conversion to local time for every event is a tzset and more.
void DayLogRecorder::rollOver()
{
    if (m_clock->now() < m_nextDayUtc)
        return;
    const QDate today = m_clock->now().toLocalTime().date();
    if (today == m_day)
        return;
    startDay(today);
    if (m_directory)
        recordRows(0, m_directory->size() - 1, QStringLiteral("load"));
}

void DayLogRecorder::recordRows(int first, int last, const QString &source)
{
    if (!m_directory)
        return;
    for (int row = qMax(0, first); row <= last && row < m_directory->size(); ++row)
        recordRow(m_directory->at(row), source);
}

void DayLogRecorder::recordRow(const Agent &agent, const QString &source)
{
    if (agent.status.isEmpty())
        return;
    rollOver();
    see({agent.id, agent.name, false, agent.status, agent.presenceLabel, agent.statusSince, source});
}

void DayLogRecorder::onAudit(const AuditEntry &entry)
{
    if (entry.outcome != AuditOutcome::Applied && entry.outcome != AuditOutcome::AppliedOverConcurrent)
        return;
    if (entry.agentId.isEmpty() || entry.toStatus.isEmpty() || entry.isQueueMembership())
        return;
    rollOver();
    QString label;
    if (m_directory) {
        if (const auto agent = m_directory->agent(entry.agentId); agent && agent->status == entry.toStatus)
            label = agent->presenceLabel;
    }
    see({entry.agentId, entry.agentName, false, entry.toStatus, label, entry.time, QStringLiteral("audit")});
}

void DayLogRecorder::onAdherence(const QStringList &changed)
{
    if (!m_adherence)
        return;
    rollOver();
    const QDateTime seen = m_adherence->lastRead().isValid() ? m_adherence->lastRead() : m_clock->now();
    for (const QString &id : changed) {
        const AgentAdherence a = m_adherence->adherence(id);
        if (!a.isValid())
            continue;
        const QString value = a.state == QLatin1String("Unscheduled") ? a.state : a.scheduledCategory;
        const auto agent = m_directory ? m_directory->agent(id) : std::nullopt;
        see({id, agent ? agent->name : QString(), true, value, QString(), seen, QStringLiteral("adherence")});
    }
}

void DayLogRecorder::see(const Seen &seen)
{
    if (!m_dayKnown) {
        m_held.append(seen);
        return;
    }
    write(seen);
}

void DayLogRecorder::write(const Seen &seen)
{
    QHash<QString, QString> &last = seen.scheduled ? m_lastScheduled : m_lastStatus;
    const QString key = seen.scheduled ? seen.value : statusKey(seen.value, seen.label);
    const auto it = last.constFind(seen.agentId);
    if (it != last.constEnd() && *it == key)
        return;
    const QDateTime now = m_clock->now().toUTC();
    DayLogEntry entry;
    // When the status began, as the server says, within today and not after now.
    entry.time = seen.time.isValid() ? qBound(m_dayStartUtc, seen.time.toUTC(), now) : now;
    entry.agentId = seen.agentId;
    entry.agentName = seen.name;
    entry.kind = seen.scheduled ? DayLogEntry::Kind::Scheduled : DayLogEntry::Kind::Status;
    entry.value = seen.value;
    entry.label = seen.label;
    entry.source = seen.source;
    last.insert(seen.agentId, key);
    m_pending.entries.append(entry);
    m_pending.keys.append(batchKey(seen.scheduled, key));
    if (!m_flushTimer.isActive() && !m_batchBusy)
        m_flushTimer.start();
}

void DayLogRecorder::writeBatch()
{
    if (m_batchBusy || m_pending.entries.isEmpty())
        return;
    m_batchBusy = true;
    m_writing = std::exchange(m_pending, {});
    DayLog *log = m_log;
    const DayLogEntries entries = m_writing.entries;
    m_batch.setFuture(QtConcurrent::run([log, entries] { return appendAll(log, entries); }));
}

DayLogRecorder::Written DayLogRecorder::appendAll(DayLog *log, const DayLogEntries &entries)
{
    Written w;
    w.count = log->append(entries, &w.error);
    return w;
}

void DayLogRecorder::onBatchWritten()
{
    const Written w = m_batch.result();
    m_batchBusy = false;
    const Batch batch = std::exchange(m_writing, {});
    m_written += w.count;
    if (!w.error.isEmpty()) {
        if (w.error != m_lastError)
            qCWarning(lcService) << "day log:" << w.error;
        m_lastError = w.error;
        forget(batch, w.count);
    }
    QSet<QString> told;
    for (int i = 0; i < w.count; ++i) {
        const QString &id = batch.entries.at(i).agentId;
        if (!told.contains(id)) {
            told.insert(id);
            emit recorded(id);
        }
    }
    if (!m_pending.entries.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

// Entries that did not reach the file are not "last written": the agent's next value tries again.
void DayLogRecorder::forget(const Batch &batch, int from)
{
    for (int i = from; i < batch.entries.size(); ++i) {
        const DayLogEntry &e = batch.entries.at(i);
        const bool scheduled = e.kind == DayLogEntry::Kind::Scheduled;
        QHash<QString, QString> &last = scheduled ? m_lastScheduled : m_lastStatus;
        const auto it = last.find(e.agentId);
        if (it != last.end() && batchKey(scheduled, *it) == batch.keys.at(i))
            last.erase(it);
    }
}
