// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"
#include "webhook/WebhookDelivery.h"

#include <QObject>
#include <QVector>

#include <functional>

class AuditStore;
class QThread;

// Reads the audit store's database for the panels on a thread and connection of its own, so that a
// page of history or of webhook deliveries never holds up the UI thread. Every read is answered by
// a signal on the reader's thread, carrying the ticket the call returned: a model keeps only the
// answer to its latest question. Reads are answered in the order they were asked.
class AuditStoreReader : public QObject
{
    Q_OBJECT
public:
    // Opens a clone of store on the reader's thread (waits for that open only).
    explicit AuditStoreReader(const AuditStore &store, QObject *parent = nullptr);
    ~AuditStoreReader() override; // waits for the read under way, drops those queued

    bool isOpen() const;
    QString openError() const;
    qint64 readsDone() const; // for tests: how many reads reached the database

    // A page of entries and the count of matches up to countCap + 1 (more than countCap: capped).
    quint64 readAuditPage(const AuditQuery &query, qint64 countCap);
    // What an export of query would write, and how many entries the log holds: both exact.
    quint64 readExportCounts(const AuditQuery &query);
    // The newest applied entry of each of these agents (of every agent when empty).
    quint64 readLatestApplied(const QStringList &agentIds);
    quint64 readDeliveries(int limit); // newest first, with attempts
    quint64 readDelivery(const QString &eventId);

signals:
    void auditPageRead(quint64 ticket, const QVector<AuditEntry> &entries, qint64 counted, const QString &error);
    void exportCountsRead(quint64 ticket, qint64 matching, qint64 all);
    void latestAppliedRead(quint64 ticket, const QVector<AuditEntry> &entries);
    void deliveriesRead(quint64 ticket, const QVector<WebhookDelivery> &deliveries);
    void deliveryRead(quint64 ticket, const QString &eventId, bool found, const WebhookDelivery &delivery);

private:
    class Worker;
    quint64 post(std::function<std::function<void()>(AuditStore &clone)> read);

    QThread *m_thread;
    Worker *m_worker;
    quint64 m_nextTicket = 0;
    QString m_openError;
};
