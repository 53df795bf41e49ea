// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"

#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QVector>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

class AuditStore;
class QThread;

// The audit write path off the caller's thread. Entries are queued by the thread that owns the store
// and appended by a thread of the writer's own, on a connection of its own (a network round trip to a
// PostgreSQL team log no longer stalls the console). Whatever is queued while a transaction commits is
// committed together in the next one (group commit): a bulk change of 1,000 agents costs a few
// fsyncs, not 2,000. Nothing is reported durable before its transaction has committed (SQLite:
// synchronous=FULL), and each submission is told on its caller's thread, in the order submitted.
//
// A submission (a job) is never split across transactions: an outcome and its webhook event commit
// together or not at all. A failing job fails alone: the group it was in is rolled back and its other
// jobs are committed again, one transaction each.
class AuditWriter
{
public:
    // Extra work in the job's transaction on the writer's thread, after its entries were appended
    // (their ids filled): the webhook outbox stores its event here. db is the writer's connection.
    using Step = std::function<bool(QSqlDatabase db, const QVector<AuditEntry> &entries, QString *error)>;
    // Called on the context's thread: ok when the job is durable; entries as stored (ids, hashes).
    using Done = std::function<void(bool ok, const QVector<AuditEntry> &entries, const QString &error)>;
    // Makes a job's entries inside its transaction on the writer's thread, from what the connection
    // reads there (a webhook attempt's number comes from its row); false with *error fails the job.
    // It may run twice (its group failed, it goes again alone): it must only read and write through
    // connection.
    using Prepare = std::function<bool(AuditStore &connection, QVector<AuditEntry> &entries, QString *error)>;
    // Work outside any transaction on the writer's connection (nullptr when it could not be opened):
    // reads that must not stall the caller's thread, in order with the writes queued around them.
    using Work = std::function<void(AuditStore *connection)>;

    // Belongs to the thread that owns store (which must outlive it; AuditStore::writer() makes one).
    explicit AuditWriter(AuditStore *store);
    ~AuditWriter(); // commits everything queued, then stops; answers not yet delivered are dropped

    AuditWriter(const AuditWriter &) = delete;
    AuditWriter &operator=(const AuditWriter &) = delete;

    // Queues one job. Entries without a time are stamped now, on the store's clock and the caller's
    // thread. done (may be empty) runs on context's thread unless context is gone by then.
    void submit(const QVector<AuditEntry> &entries, QObject *context, Done done, Step step = {});
    // Like submit(), with the entries made by prepare in the job's transaction (entries without a
    // time are stamped by the connection, on the writer's thread).
    void submitPrepared(Prepare prepare, QObject *context, Done done, Step step = {});
    // Runs work on the writer's thread after every job submitted before, then `then` on context's thread.
    void read(QObject *context, Work work, std::function<void()> then);
    // Runs then on context's thread once every job submitted before is durable or has failed.
    void afterQueued(QObject *context, std::function<void()> then);

    // Transactions committed so far (each is one fsync on SQLite) and entries in them.
    qint64 commitCount() const { return m_commits.load(); }
    qint64 committedEntries() const { return m_entries.load(); }

private:
    struct Job
    {
        QVector<AuditEntry> entries;
        QPointer<QObject> context;
        Done done;
        Step step;
        Prepare prepare;
        Work work; // a read: a group of its own, no transaction
        std::function<void()> then; // a barrier: no entries, nothing written
    };

    void enqueue(Job job);
    void run();
    QVector<Job> takeGroup();
    void commitGroup(QVector<Job> &jobs, AuditStore &connection);
    bool writeGroup(QVector<Job> &jobs, AuditStore &connection, QString *error);
    void report(const Job &job, bool ok, const QString &error);
    void failAll(QVector<Job> &jobs, const QString &error);

    QPointer<AuditStore> m_store;
    std::unique_ptr<QThread> m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::atomic<qint64> m_commits {0};
    std::atomic<qint64> m_entries {0};
};
