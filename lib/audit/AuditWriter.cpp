// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditWriter.h"

#include "audit/AuditLogging.h"
#include "audit/AuditStore.h"
#include "core/Clock.h"

#include <QThread>

namespace {
// A group larger than this waits for the next transaction: a bulk change's first answers are not
// held back behind thousands of entries.
constexpr int MaxGroupEntries = 1000;
} // namespace

AuditWriter::AuditWriter(AuditStore *store)
    : m_store(store)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("audit-writer"));
    m_thread->start();
}

AuditWriter::~AuditWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
    }
    m_wake.wakeAll();
    m_thread->wait();
}

void AuditWriter::submit(const QVector<AuditEntry> &entries, QObject *context, Done done, Step step)
{
    Job job;
    job.entries = entries;
    for (AuditEntry &entry : job.entries) {
        if (!entry.time.isValid())
            entry.time = m_store->clock()->now();
    }
    job.context = context;
    job.done = std::move(done);
    job.step = std::move(step);
    enqueue(std::move(job));
}

void AuditWriter::submitPrepared(Prepare prepare, QObject *context, Done done, Step step)
{
    Job job;
    job.prepare = std::move(prepare);
    job.context = context;
    job.done = std::move(done);
    job.step = std::move(step);
    enqueue(std::move(job));
}

void AuditWriter::read(QObject *context, Work work, std::function<void()> then)
{
    Job job;
    job.context = context;
    job.work = std::move(work);
    job.then = std::move(then);
    enqueue(std::move(job));
}

void AuditWriter::afterQueued(QObject *context, std::function<void()> then)
{
    Job job;
    job.context = context;
    job.then = std::move(then);
    enqueue(std::move(job));
}

void AuditWriter::enqueue(Job job)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.wakeAll();
}

void AuditWriter::run()
{
    QString openError;
    // The connection is opened here: a SQL connection belongs to the thread that opened it.
    std::unique_ptr<AuditStore> connection = m_store->openClone(&openError);
    if (!connection)
        qCWarning(lcAudit) << "the audit writer cannot open its connection:" << openError;
    for (;;) {
        QVector<Job> jobs = takeGroup();
        if (jobs.isEmpty())
            break;
        if (jobs.first().work) {
            jobs.first().work(connection.get());
            report(jobs.first(), true, QString());
        } else if (connection)
            commitGroup(jobs, *connection);
        else
            failAll(jobs, openError);
    }
}

// Everything queued, up to MaxGroupEntries (whole jobs, at least one); empty once stopping and drained.
// A read is a group of its own: it sees what was committed before it, nothing half-written.
QVector<AuditWriter::Job> AuditWriter::takeGroup()
{
    QMutexLocker lock(&m_mutex);
    while (m_queue.empty() && !m_stopping)
        m_wake.wait(&m_mutex);
    QVector<Job> jobs;
    qsizetype entries = 0;
    while (!m_queue.empty() && (jobs.isEmpty() || entries + m_queue.front().entries.size() <= MaxGroupEntries)) {
        const bool read = bool(m_queue.front().work);
        if (read && !jobs.isEmpty())
            break;
        entries += m_queue.front().entries.size();
        jobs.append(std::move(m_queue.front()));
        m_queue.pop_front();
        if (read)
            break;
    }
    return jobs;
}

void AuditWriter::commitGroup(QVector<Job> &jobs, AuditStore &connection)
{
    QString error;
    if (writeGroup(jobs, connection, &error)) {
        QVector<AuditEntry> written;
        for (const Job &job : std::as_const(jobs))
            written += job.entries;
        if (!written.isEmpty()) {
            AuditStore *store = m_store;
            // The store's listeners (the audit panel, who changed an agent) hear of them on its thread,
            // before the submitters are told.
            QMetaObject::invokeMethod(
                store,
                [store, written] {
                    for (const AuditEntry &entry : written)
                        emit store->entryAppended(entry);
                },
                Qt::QueuedConnection);
        }
        for (const Job &job : std::as_const(jobs))
            report(job, true, QString());
        return;
    }
    if (jobs.size() == 1) {
        qCWarning(lcAudit) << "an audit write failed:" << error;
        report(jobs.first(), false, error);
        return;
    }
    // One job spoiled the group: each goes again on its own, so that only that one fails.
    for (Job &job : jobs) {
        QVector<Job> alone {std::move(job)};
        commitGroup(alone, connection);
    }
}

// One transaction for the whole group; the jobs' entries are filled in only when it commits.
bool AuditWriter::writeGroup(QVector<Job> &jobs, AuditStore &connection, QString *error)
{
    bool writes = false;
    for (const Job &job : std::as_const(jobs))
        writes = writes || !job.entries.isEmpty() || job.step || job.prepare;
    if (!writes)
        return true;
    if (!connection.beginWrite(error))
        return false;
    QVector<QVector<AuditEntry>> stored;
    stored.reserve(jobs.size());
    qint64 count = 0;
    for (const Job &job : std::as_const(jobs)) {
        QVector<AuditEntry> entries = job.entries;
        if (job.prepare && !job.prepare(connection, entries, error)) {
            connection.rollbackWrite();
            return false;
        }
        for (AuditEntry &entry : entries) {
            if (!connection.appendInTransaction(entry, error)) {
                connection.rollbackWrite();
                return false;
            }
        }
        if (job.step && !job.step(connection.database(), entries, error)) {
            connection.rollbackWrite();
            return false;
        }
        count += entries.size();
        stored.append(std::move(entries));
    }
    if (!connection.commitWrite(error))
        return false;
    ++m_commits;
    m_entries += count;
    for (qsizetype i = 0; i < jobs.size(); ++i)
        jobs[i].entries = std::move(stored[i]);
    return true;
}

// Answers go through the store's thread, where the context lives and may die: it is looked at there.
void AuditWriter::report(const Job &job, bool ok, const QString &error)
{
    QMetaObject::invokeMethod(
        m_store,
        [job, ok, error] {
            if (!job.context)
                return;
            if (job.then)
                job.then();
            if (job.done)
                job.done(ok, job.entries, error);
        },
        Qt::QueuedConnection);
}

void AuditWriter::failAll(QVector<Job> &jobs, const QString &error)
{
    for (const Job &job : std::as_const(jobs))
        report(job, job.entries.isEmpty() && !job.step && !job.prepare, error);
}
