// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditStoreReader.h"

#include "webhook/WebhookOutboxTable.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QThread>

#include <atomic>

namespace {

std::atomic<int> runningThreads {0};

// The threads of destroyed readers, until they are deleted. Each ends by itself after the read it
// is in; those still there when the application ends are waited for then, so that none outlives
// the SQL drivers, and deleted.
struct RetiredThreads
{
    QMutex mutex;
    QSet<QThread *> threads;
};

RetiredThreads &retired()
{
    static RetiredThreads instance;
    return instance;
}

void joinRetiredThreads()
{
    QSet<QThread *> threads;
    {
        QMutexLocker lock(&retired().mutex);
        threads = retired().threads;
    }
    for (QThread *thread : std::as_const(threads)) {
        thread->wait();
        delete thread; // its destroyed() takes it out of the set
    }
}

void joinRetiredThreadsAtExit()
{
    static const bool registered = [] {
        qAddPostRoutine(joinRetiredThreads);
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace

// What the reader's thread and the reader share: the reader itself, until it is destroyed.
struct AuditStoreReader::Shared
{
    QMutex mutex;
    AuditStoreReader *owner = nullptr; // null once the reader is gone: reads abandoned, answers dropped
    std::atomic<qint64> reads {0};
};

// Lives on the reader's thread with the clone it opened there.
class AuditStoreReader::Worker : public QObject
{
public:
    Worker(std::shared_ptr<Shared> shared, AuditStore::CloneOpener open)
        : m_shared(std::move(shared))
        , m_open(std::move(open))
    {
    }

    bool abandoned() const
    {
        QMutexLocker lock(&m_shared->mutex);
        return !m_shared->owner;
    }

    // then runs on the reader's thread, unless the reader is gone first. Posted under the lock that
    // the reader's destructor takes: it is never posted to a reader being destroyed.
    void deliver(std::function<void()> then) const
    {
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->owner)
            QMetaObject::invokeMethod(m_shared->owner, std::move(then), Qt::QueuedConnection);
    }

    void open(const std::function<void(bool ok, const QString &error)> &told)
    {
        AuditStore::CloneOpener open = std::move(m_open); // the connection's settings are kept no longer
        if (abandoned())
            return;
        QString error;
        clone = open(&error);
        const bool ok = clone != nullptr;
        deliver([told, ok, error] { told(ok, error); });
    }

    void read(const Read &read)
    {
        if (abandoned())
            return;
        if (clone)
            ++m_shared->reads;
        deliver(read(clone.get()));
    }

    // The clone's connection belongs to this thread: it is closed here, then the thread ends.
    void stop()
    {
        clone.reset();
        thread()->quit();
    }

    std::unique_ptr<AuditStore> clone;

private:
    std::shared_ptr<Shared> m_shared;
    AuditStore::CloneOpener m_open;
};

AuditStoreReader::AuditStoreReader(const AuditStore &store, QObject *parent)
    : AuditStoreReader(store.cloneOpener(), parent)
{
}

AuditStoreReader::AuditStoreReader(AuditStore::CloneOpener open, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    joinRetiredThreadsAtExit();
    m_shared->owner = this;
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("AuditStoreReader"));
    m_worker = new Worker(m_shared, std::move(open));
    m_worker->moveToThread(thread);
    ++runningThreads;
    // The thread ends only after its reader is gone (stop()); the objects then clean themselves up.
    connect(thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(
        thread, &QThread::finished, thread, [] { --runningThreads; }, Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QObject::destroyed, [thread] {
        QMutexLocker lock(&retired().mutex);
        retired().threads.remove(thread);
    });
    Worker *worker = m_worker;
    const std::function<void(bool, const QString &)> told = [this](bool ok, const QString &error) {
        m_open = ok;
        m_openError = error;
        if (ok)
            emit opened();
        else
            emit openFailed(error);
    };
    // Queued first: every read comes after the open.
    QMetaObject::invokeMethod(
        worker, [worker, told] { worker->open(told); }, Qt::QueuedConnection);
    thread->start();
}

AuditStoreReader::~AuditStoreReader()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->owner = nullptr;
    }
    QThread *thread = m_worker->thread();
    {
        QMutexLocker lock(&retired().mutex);
        retired().threads.insert(thread);
    }
    // Behind the reads queued so far, which are now dropped without touching the database.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->stop(); }, Qt::QueuedConnection);
}

bool AuditStoreReader::isOpen() const
{
    return m_open;
}

QString AuditStoreReader::openError() const
{
    return m_openError;
}

qint64 AuditStoreReader::readsDone() const
{
    return m_shared->reads.load();
}

int AuditStoreReader::threadsRunning()
{
    return runningThreads.load();
}

quint64 AuditStoreReader::post(Read read)
{
    const quint64 ticket = ++m_nextTicket;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, read] { worker->read(read); }, Qt::QueuedConnection);
    return ticket;
}

// The reads below run on the reader's thread and touch nothing of the reader there: `this` is used
// only by the answer, which runs on the reader's own thread while it lives.
quint64 AuditStoreReader::readAuditPage(const AuditQuery &query, qint64 countCap)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, query, countCap](AuditStore *clone) -> std::function<void()> {
        QString error;
        const QVector<AuditEntry> entries = clone ? clone->query(query, &error) : QVector<AuditEntry>();
        if (!clone)
            error = tr("The audit history could not be opened.");
        const qint64 counted = clone ? clone->countUpTo(query, countCap + 1) : 0;
        return [this, ticket, entries, counted, error] { emit auditPageRead(ticket, entries, counted, error); };
    });
}

quint64 AuditStoreReader::readExportCounts(const AuditQuery &query)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, query](AuditStore *clone) -> std::function<void()> {
        const qint64 matching = clone ? clone->count(query) : 0;
        const qint64 all = !clone ? 0 : query.hasFilters() ? clone->count(AuditQuery()) : matching;
        return [this, ticket, matching, all] { emit exportCountsRead(ticket, matching, all); };
    });
}

quint64 AuditStoreReader::readLatestApplied(const QStringList &agentIds)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, agentIds](AuditStore *clone) -> std::function<void()> {
        const QVector<AuditEntry> entries = clone ? clone->latestApplied(agentIds) : QVector<AuditEntry>();
        return [this, ticket, entries] { emit latestAppliedRead(ticket, entries); };
    });
}

quint64 AuditStoreReader::readDeliveries(int limit)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, limit](AuditStore *clone) -> std::function<void()> {
        QVector<WebhookDelivery> deliveries;
        if (clone) {
            const WebhookOutboxTable table(clone->database(), clone->backend() == AuditStore::Backend::Postgres);
            deliveries = table.deliveries(limit, 0);
        }
        return [this, ticket, deliveries] { emit deliveriesRead(ticket, deliveries); };
    });
}

quint64 AuditStoreReader::readDelivery(const QString &eventId)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, eventId](AuditStore *clone) -> std::function<void()> {
        std::optional<WebhookDelivery> found;
        if (clone) {
            const WebhookOutboxTable table(clone->database(), clone->backend() == AuditStore::Backend::Postgres);
            found = table.delivery(eventId);
        }
        const WebhookDelivery delivery = found.value_or(WebhookDelivery());
        const bool ok = found.has_value();
        return [this, ticket, eventId, ok, delivery] { emit deliveryRead(ticket, eventId, ok, delivery); };
    });
}
