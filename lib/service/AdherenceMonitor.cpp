// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/AdherenceMonitor.h"

#include "api/AdherenceReader.h"
#include "api/ApiClient.h"
#include "core/Clock.h"
#include "core/ClockTimer.h"
#include "service/AgentDirectory.h"
#include "service/ServiceLogging.h"

#include <algorithm>

namespace {

constexpr int kAlertCheckMs = 5000;

} // namespace

AdherenceMonitor::AdherenceMonitor(ApiClient *client, AgentDirectory *directory, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(directory)
    , m_clock(Clock::orSystem(clock))
    , m_reader(new AdherenceReader(client, this))
    , m_timer(new ClockTimer(m_clock, this))
    , m_alertTimer(new ClockTimer(m_clock, this))
    , m_thresholds(defaultThresholds())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &AdherenceMonitor::refresh);
    m_alertTimer->setInterval(kAlertCheckMs);
    connect(m_alertTimer, &ClockTimer::timeout, this, &AdherenceMonitor::checkThresholds);
    connect(m_reader, &AdherenceReader::finished, this, &AdherenceMonitor::onRead);
    // Agents that leave the roster take their records with them (the count and the column follow);
    // after a load, not at its first page, so that a reload does not blank the rows still coming.
    connect(directory, &AgentDirectory::loadFinished, this, &AdherenceMonitor::dropLeftAgents);
    connect(directory, &AgentDirectory::agentsRemoved, this, &AdherenceMonitor::dropLeftAgents);
}

AdherenceMonitor::~AdherenceMonitor() = default;

QMap<QString, int> AdherenceMonitor::defaultThresholds()
{
    // Short activities are missed quickly; a late return from break or meal matters after a few minutes.
    return {{QStringLiteral("OnQueueWork"), 5}, {QStringLiteral("Break"), 3}, {QStringLiteral("Meal"), 5},
        {QStringLiteral("Meeting"), 5}, {QStringLiteral("Training"), 5}, {QStringLiteral("OffQueueWork"), 10},
        {QString(), 10}};
}

void AdherenceMonitor::start()
{
    m_running = true;
    m_alertTimer->start();
    refresh();
}

void AdherenceMonitor::stop()
{
    m_running = false;
    m_timer->stop();
    m_alertTimer->stop();
    m_reader->cancel();
}

bool AdherenceMonitor::isRunning() const
{
    return m_running;
}

int AdherenceMonitor::intervalMs() const
{
    const int requests = AdherenceReader::requestsFor(m_directory->size());
    const int share = qMax(1, m_client->budgetPerMinute() / BudgetDivisor);
    // `requests` a round, at most `share` a minute.
    const qint64 ms = qint64(requests) * 60000 / share;
    return int(std::clamp<qint64>(ms, MinIntervalMs, 3600000));
}

void AdherenceMonitor::refresh()
{
    if (m_reader->isReading() || m_permissionMissing)
        return;
    QStringList ids;
    ids.reserve(m_directory->size());
    for (const Agent &agent : m_directory->rows())
        ids.append(agent.id);
    m_reader->read(ids);
}

void AdherenceMonitor::restartRound()
{
    m_reader->cancel();
    m_timer->stop();
    refresh();
}

bool AdherenceMonitor::onRoster(const QString &agentId) const
{
    return m_directory->rowOf(agentId) >= 0;
}

void AdherenceMonitor::dropLeftAgents()
{
    QStringList gone;
    for (auto it = m_records.begin(); it != m_records.end();) {
        if (onRoster(it.key())) {
            ++it;
        } else {
            gone.append(it.key());
            it = m_records.erase(it);
        }
    }
    if (!gone.isEmpty())
        emit updated(gone);
}

void AdherenceMonitor::schedule()
{
    if (m_running && !m_permissionMissing)
        m_timer->start(intervalMs());
}

void AdherenceMonitor::onRead(const QHash<QString, AgentAdherence> &records, const ApiError &error)
{
    ++m_rounds;
    m_lastError = error;
    if (error.kind == ApiError::Kind::Permission) {
        qCInfo(lcService) << "adherence not readable:" << error.missingPermission;
        if (!m_permissionMissing) {
            m_permissionMissing = true;
            emit permissionMissingChanged(true);
        }
        QStringList changed = m_records.keys();
        m_records.clear();
        emit updated(changed);
        return;
    }
    // A round asked for the roster as it was at its start: agents gone since are not kept.
    QHash<QString, AgentAdherence> fresh;
    fresh.reserve(records.size());
    for (auto it = records.constBegin(); it != records.constEnd(); ++it) {
        if (onRoster(it.key()))
            fresh.insert(it.key(), it.value());
    }
    QStringList changed;
    for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it) {
        if (m_records.value(it.key()) != it.value())
            changed.append(it.key());
    }
    // A failed chunk keeps its agents' last records rather than blanking them.
    if (!error.isError()) {
        for (auto it = m_records.constBegin(); it != m_records.constEnd(); ++it) {
            if (!fresh.contains(it.key()))
                changed.append(it.key());
        }
        m_records = fresh;
    } else {
        for (auto it = fresh.constBegin(); it != fresh.constEnd(); ++it)
            m_records.insert(it.key(), it.value());
    }
    m_lastRead = m_clock->now();
    emit updated(changed);
    checkThresholds();
    schedule();
}

int AdherenceMonitor::outOfAdherenceCount() const
{
    int n = 0;
    for (const AgentAdherence &a : m_records)
        n += a.isOut() ? 1 : 0;
    return n;
}

void AdherenceMonitor::setThresholds(const QMap<QString, int> &minutes)
{
    m_thresholds = minutes;
}

bool AdherenceMonitor::isOverThreshold(const QString &agentId) const
{
    const auto it = m_records.constFind(agentId);
    return it != m_records.constEnd() && isOverThreshold(*it, m_clock->now().toMSecsSinceEpoch());
}

bool AdherenceMonitor::isOverThreshold(const AgentAdherence &a, qint64 nowMs) const
{
    if (!a.isOut() || !a.since.isValid())
        return false;
    const int minutes = m_thresholds.value(a.scheduledCategory, 0);
    return minutes > 0 && nowMs - a.since.toMSecsSinceEpoch() >= qint64(minutes) * 60'000;
}

// The clock once, the roster only for a new episode: with 10,000 records the check took 13 ms of the
// UI thread with a roster lookup and a clock read per record.
void AdherenceMonitor::checkThresholds()
{
    const qint64 nowMs = m_clock->now().toMSecsSinceEpoch();
    for (const AgentAdherence &a : std::as_const(m_records)) {
        if (!isOverThreshold(a, nowMs))
            continue;
        const qint64 since = a.since.toMSecsSinceEpoch();
        const auto it = m_alertedSince.constFind(a.userId);
        if ((it != m_alertedSince.constEnd() && *it == since) || !onRoster(a.userId))
            continue;
        m_alertedSince.insert(a.userId, since);
        emit overThreshold(a.userId, a);
    }
}
