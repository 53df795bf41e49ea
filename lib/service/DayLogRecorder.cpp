// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DayLogRecorder.h"

#include "audit/AuditEntry.h"
#include "audit/AuditStore.h"
#include "core/Clock.h"
#include "service/AdherenceMonitor.h"
#include "service/AgentDirectory.h"
#include "service/DayLog.h"
#include "service/ServiceLogging.h"

namespace {

QString statusKey(const QString &status, const QString &label)
{
    return status + QLatin1Char('|') + label;
}

} // namespace

DayLogRecorder::DayLogRecorder(DayLog *log, AgentDirectory *directory, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_directory(directory)
    , m_clock(Clock::orSystem(clock))
{
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

// The last value of each agent in today's file, so that a restart writes only what changed.
void DayLogRecorder::startDay(const QDate &day)
{
    m_day = day;
    m_lastStatus.clear();
    m_lastScheduled.clear();
    QString error;
    for (const DayLogEntry &e : m_log->read(day, &error)) {
        if (e.kind == DayLogEntry::Kind::Status)
            m_lastStatus.insert(e.agentId, statusKey(e.value, e.label));
        else
            m_lastScheduled.insert(e.agentId, e.value);
    }
    if (!error.isEmpty())
        qCWarning(lcService) << "day log:" << error;
}

void DayLogRecorder::rollOver()
{
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
    write(agent.id, agent.name, false, agent.status, agent.presenceLabel, agent.statusSince, source);
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
    write(entry.agentId, entry.agentName, false, entry.toStatus, label, entry.time, QStringLiteral("audit"));
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
        write(id, agent ? agent->name : QString(), true, value, QString(), seen, QStringLiteral("adherence"));
    }
}

void DayLogRecorder::write(const QString &agentId, const QString &name, bool scheduled, const QString &value,
    const QString &label, const QDateTime &time, const QString &source)
{
    QHash<QString, QString> &last = scheduled ? m_lastScheduled : m_lastStatus;
    const QString key = scheduled ? value : statusKey(value, label);
    const auto it = last.constFind(agentId);
    if (it != last.constEnd() && *it == key)
        return;
    const QDateTime now = m_clock->now();
    const QDateTime dayStart = QDateTime(m_day, QTime(0, 0)).toUTC();
    DayLogEntry entry;
    // When the status began, as the server says, within today and not after now.
    entry.time = time.isValid() ? qBound(dayStart, time.toUTC(), now.toUTC()) : now.toUTC();
    entry.agentId = agentId;
    entry.agentName = name;
    entry.kind = scheduled ? DayLogEntry::Kind::Scheduled : DayLogEntry::Kind::Status;
    entry.value = value;
    entry.label = label;
    entry.source = source;
    QString error;
    if (!m_log->append(entry, &error)) {
        if (error != m_lastError)
            qCWarning(lcService) << "day log:" << error;
        m_lastError = error;
        return;
    }
    last.insert(agentId, key);
    ++m_written;
    emit recorded(agentId);
}
