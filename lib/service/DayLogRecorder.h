// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Agent.h"
#include "service/DayLogEntry.h"

#include <QDate>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

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
//
// The file is read and written on a pool thread, never on the caller's: under a busy competitor the
// console sees hundreds of changes a second, and a write and flush for each would stall the UI. What
// is seen is held until today's file has been read back, then written in batches at most
// FlushIntervalMs apart, one batch at a time; recorded() follows each batch.
class DayLogRecorder : public QObject
{
    Q_OBJECT

public:
    static constexpr int FlushIntervalMs = 250;

    // `log` is used from a pool thread from now on, and must outlive the recorder.
    DayLogRecorder(DayLog *log, AgentDirectory *directory, Clock *clock = nullptr, QObject *parent = nullptr);
    // Waits for the batch being written and writes what is still held (at most one interval's worth).
    ~DayLogRecorder() override;

    void setAudit(AuditStore *audit);
    void setAdherence(AdherenceMonitor *monitor);
    // Entries that reached the file.
    int written() const { return m_written; }
    // Today's file has been read back, and everything seen so far is in the file (or failed to be).
    bool isIdle() const;
    QString lastError() const { return m_lastError; }

signals:
    // An entry for the agent reached the file (for views that draw today's timeline).
    void recorded(const QString &agentId);

private:
    struct Seen
    {
        QString agentId;
        QString name;
        bool scheduled = false;
        QString value;
        QString label;
        QDateTime time;
        QString source;
    };
    struct Batch
    {
        DayLogEntries entries;
        QStringList keys; // the dedupe key each entry stands for
    };
    struct DayRead
    {
        QDate day;
        DayLogEntries entries;
        QString error;
    };
    struct Written
    {
        int count = 0; // entries appended before an error
        QString error;
    };

    void recordRow(const Agent &agent, const QString &source);
    void recordRows(int first, int last, const QString &source);
    void onAudit(const AuditEntry &entry);
    void onAdherence(const QStringList &changed);
    void see(const Seen &seen);
    void write(const Seen &seen);
    void forget(const Batch &batch, int from);
    void startDay(const QDate &day);
    void onDayRead();
    void rollOver();
    void writeBatch();
    void onBatchWritten();
    static Written appendAll(DayLog *log, const DayLogEntries &entries);

    DayLog *m_log;
    QPointer<AgentDirectory> m_directory;
    QPointer<AdherenceMonitor> m_adherence;
    Clock *m_clock;
    QDate m_day;
    QDateTime m_dayStartUtc;
    QDateTime m_nextDayUtc; // when rollOver() has work to do
    QHash<QString, QString> m_lastStatus; // agent id -> "status|label" last written (or being written) today
    QHash<QString, QString> m_lastScheduled;
    QVector<Seen> m_held; // seen while today's file is being read back
    QFutureWatcher<DayRead> m_dayRead;
    bool m_dayKnown = false; // m_day's file has been read back
    bool m_dayReading = false;
    Batch m_pending;
    Batch m_writing;
    QFutureWatcher<Written> m_batch;
    bool m_batchBusy = false; // from writeBatch() to onBatchWritten(): the watcher may run ahead of its signal
    QTimer m_flushTimer;
    int m_written = 0;
    QString m_lastError;
};
