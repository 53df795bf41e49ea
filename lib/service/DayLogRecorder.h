// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"

#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>

class AdherenceMonitor;
class AgentDirectory;
class AuditStore;
class Clock;
class DayLog;
struct AuditEntry;

// Writes into the day log what the console sees: every row's status as loaded, pushed or polled (from
// the time the server says it began), the changes the audit history records as applied, and the
// activity each agent's schedule has as the adherence answers tell it. A value is written when it
// differs from the agent's last one in today's file, which is read back at start so that a restart
// adds nothing it already has. At local midnight every row starts the new day's file.
class DayLogRecorder : public QObject
{
    Q_OBJECT

public:
    DayLogRecorder(DayLog *log, AgentDirectory *directory, Clock *clock = nullptr, QObject *parent = nullptr);

    void setAudit(AuditStore *audit);
    void setAdherence(AdherenceMonitor *monitor);
    int written() const { return m_written; }
    QString lastError() const { return m_lastError; }

signals:
    // An entry reached the file (for views that draw today's timeline).
    void recorded(const QString &agentId);

private:
    void recordRow(const Agent &agent, const QString &source);
    void recordRows(int first, int last, const QString &source);
    void onAudit(const AuditEntry &entry);
    void onAdherence(const QStringList &changed);
    void write(const QString &agentId, const QString &name, bool scheduled, const QString &value, const QString &label,
        const QDateTime &time, const QString &source);
    void startDay(const QDate &day);
    void rollOver();

    DayLog *m_log;
    QPointer<AgentDirectory> m_directory;
    QPointer<AdherenceMonitor> m_adherence;
    Clock *m_clock;
    QDate m_day;
    QHash<QString, QString> m_lastStatus; // agent id -> "status|label" last written today
    QHash<QString, QString> m_lastScheduled;
    int m_written = 0;
    QString m_lastError;
};
