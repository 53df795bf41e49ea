// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditStoreReader.h"

#include "audit/AuditStore.h"
#include "webhook/WebhookOutboxTable.h"

#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

// Lives on the reader's thread with the clone it opened there.
class AuditStoreReader::Worker : public QObject
{
public:
    std::unique_ptr<AuditStore> clone;
    std::atomic<qint64> reads {0};
};

AuditStoreReader::AuditStoreReader(const AuditStore &store, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("AuditStoreReader"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    const AuditStore *source = &store;
    QMetaObject::invokeMethod(
        m_worker, [this, source] { m_worker->clone = source->openClone(&m_openError); }, Qt::BlockingQueuedConnection);
}

AuditStoreReader::~AuditStoreReader()
{
    // The clone's connection belongs to the reader's thread: it is closed there.
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->clone.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

bool AuditStoreReader::isOpen() const
{
    return m_openError.isEmpty();
}

QString AuditStoreReader::openError() const
{
    return m_openError;
}

qint64 AuditStoreReader::readsDone() const
{
    return m_worker->reads.load();
}

// read runs on the reader's thread and returns what to do with its result on this one.
quint64 AuditStoreReader::post(std::function<std::function<void()>(AuditStore &clone)> read)
{
    const quint64 ticket = ++m_nextTicket;
    QPointer<AuditStoreReader> self = this;
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, worker, read] {
        if (!worker->clone)
            return;
        ++worker->reads;
        const std::function<void()> answer = read(*worker->clone);
        // Dropped with the reader when it is gone by then.
        if (self)
            QMetaObject::invokeMethod(self, answer, Qt::QueuedConnection);
    });
    return ticket;
}

quint64 AuditStoreReader::readAuditPage(const AuditQuery &query, qint64 countCap)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, query, countCap](AuditStore &clone) -> std::function<void()> {
        QString error;
        const QVector<AuditEntry> entries = clone.query(query, &error);
        const qint64 counted = clone.countUpTo(query, countCap + 1);
        return [this, ticket, entries, counted, error] { emit auditPageRead(ticket, entries, counted, error); };
    });
}

quint64 AuditStoreReader::readExportCounts(const AuditQuery &query)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, query](AuditStore &clone) -> std::function<void()> {
        const qint64 matching = clone.count(query);
        const qint64 all = query.hasFilters() ? clone.count(AuditQuery()) : matching;
        return [this, ticket, matching, all] { emit exportCountsRead(ticket, matching, all); };
    });
}

quint64 AuditStoreReader::readLatestApplied(const QStringList &agentIds)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, agentIds](AuditStore &clone) -> std::function<void()> {
        const QVector<AuditEntry> entries = clone.latestApplied(agentIds);
        return [this, ticket, entries] { emit latestAppliedRead(ticket, entries); };
    });
}

quint64 AuditStoreReader::readDeliveries(int limit)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, limit](AuditStore &clone) -> std::function<void()> {
        const WebhookOutboxTable table(clone.database(), clone.backend() == AuditStore::Backend::Postgres);
        const QVector<WebhookDelivery> deliveries = table.deliveries(limit, 0);
        return [this, ticket, deliveries] { emit deliveriesRead(ticket, deliveries); };
    });
}

quint64 AuditStoreReader::readDelivery(const QString &eventId)
{
    const quint64 ticket = m_nextTicket + 1;
    return post([this, ticket, eventId](AuditStore &clone) -> std::function<void()> {
        const WebhookOutboxTable table(clone.database(), clone.backend() == AuditStore::Backend::Postgres);
        const std::optional<WebhookDelivery> found = table.delivery(eventId);
        const WebhookDelivery delivery = found.value_or(WebhookDelivery());
        const bool ok = found.has_value();
        return [this, ticket, eventId, ok, delivery] { emit deliveryRead(ticket, eventId, ok, delivery); };
    });
}
