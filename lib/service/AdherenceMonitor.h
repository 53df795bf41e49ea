// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "core/AgentAdherence.h"

#include <QHash>
#include <QMap>
#include <QObject>

class AdherenceReader;
class AgentDirectory;
class ApiClient;
class Clock;
class ClockTimer;

// Keeps the roster's real-time adherence fresh: reads every row of the directory (100 ids a request)
// on a period that keeps these reads within a tenth of the request budget per minute, never two
// rounds at once. Without the permission (403) it stops and says so (permissionMissing()). An agent out
// of adherence for longer than the threshold of the activity scheduled for it is alerted once per
// episode (a new episode starts when timeOfAdherenceChange moves), for the monitor's life: an agent that
// leaves the roster (a scope change) and comes back in the same episode is not alerted again. Only
// agents on the roster have records and alerts; a round's answer for an agent that has left is dropped.
class AdherenceMonitor : public QObject
{
    Q_OBJECT

public:
    // The shortest period between two rounds.
    static constexpr int MinIntervalMs = 30000;
    // The share of the per-minute budget the rounds may take: one request in ten.
    static constexpr int BudgetDivisor = 10;

    AdherenceMonitor(ApiClient *client, AgentDirectory *directory, Clock *clock = nullptr, QObject *parent = nullptr);
    ~AdherenceMonitor() override;

    // Reads now and then on the period; stop() ends it.
    void start();
    void stop();
    void refresh(); // one round now (nothing when one is running or the permission is missing)
    // The roster was replaced (another scope): a round under way, of the old roster, is dropped and a
    // round of the new one starts now.
    void restartRound();
    bool isRunning() const;
    // The period between rounds for the directory's size and the client's budget now.
    int intervalMs() const;

    // The adherence last read for this agent (invalid when none).
    AgentAdherence adherence(const QString &agentId) const { return m_records.value(agentId); }
    const QHash<QString, AgentAdherence> &records() const { return m_records; }
    int outOfAdherenceCount() const;
    bool permissionMissing() const { return m_permissionMissing; }
    ApiError lastError() const { return m_lastError; }
    QDateTime lastRead() const { return m_lastRead; }
    int rounds() const { return m_rounds; }

    // Alert minutes per scheduled activity category ("" for off shift); 0 or absent: no alert.
    void setThresholds(const QMap<QString, int> &minutes);
    QMap<QString, int> thresholds() const { return m_thresholds; }
    static QMap<QString, int> defaultThresholds();
    // Whether the agent has been out of adherence longer than the threshold of its scheduled activity.
    bool isOverThreshold(const QString &agentId) const;

signals:
    // A round ended: the records of `changed` agents differ from the round before.
    void updated(const QStringList &changed);
    void permissionMissingChanged(bool missing);
    // Once per episode, when an agent's time out of adherence passes its activity's threshold.
    void overThreshold(const QString &agentId, const AgentAdherence &adherence);

private:
    bool isOverThreshold(const AgentAdherence &adherence, qint64 nowMs) const;
    void onRead(const QHash<QString, AgentAdherence> &records, const ApiError &error);
    void checkThresholds();
    void schedule();
    void dropLeftAgents();
    bool onRoster(const QString &agentId) const;

    ApiClient *m_client;
    AgentDirectory *m_directory;
    Clock *m_clock;
    AdherenceReader *m_reader;
    ClockTimer *m_timer;
    ClockTimer *m_alertTimer;
    bool m_running = false;
    bool m_permissionMissing = false;
    ApiError m_lastError;
    QDateTime m_lastRead;
    int m_rounds = 0;
    QHash<QString, AgentAdherence> m_records;
    QMap<QString, int> m_thresholds;
    QHash<QString, qint64> m_alertedSince; // agent id -> the start (ms) of its episode last alerted
};
