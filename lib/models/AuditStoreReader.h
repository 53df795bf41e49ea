// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"
#include "audit/AuditStore.h"
#include "webhook/WebhookDelivery.h"

#include <QObject>
#include <QVector>

#include <functional>
#include <memory>

class QThread;

// Reads the audit store's database for the panels on a thread and connection of its own, so that a
// page of history or of webhook deliveries never holds up the UI thread. Every read is answered by
// a signal on the reader's thread, carrying the ticket the call returned: a model keeps only the
// answer to its latest question. Reads are answered in the order they were asked.
//
// Neither making nor destroying a reader waits for its thread: the connection is opened there (a
// PostgreSQL team log may take seconds to answer), and a reader destroyed with reads under way
// abandons them; its thread closes the connection after the read it is in, ends and deletes itself.
class AuditStoreReader : public QObject
{
    Q_OBJECT
public:
    // Returns at once; the clone of store is opened on the reader's thread, before the first read.
    explicit AuditStoreReader(const AuditStore &store, QObject *parent = nullptr);
    // The same with the open given: what a test holds to show that nothing here waits for it.
    explicit AuditStoreReader(AuditStore::CloneOpener open, QObject *parent = nullptr);
    ~AuditStoreReader() override; // returns at once: queued reads are dropped, their answers never come

    bool isOpen() const; // once opened() came
    QString openError() const; // once openFailed() came
    qint64 readsDone() const; // for tests: how many reads reached the database
    // For tests: reader threads that have not ended yet (those of destroyed readers included).
    static int threadsRunning();

    // A page of entries and the count of matches up to countCap + 1 (more than countCap: capped).
    // Before the open (or after it failed) reads wait (or are answered empty, with the open's error).
    quint64 readAuditPage(const AuditQuery &query, qint64 countCap);
    // What an export of query would write, and how many entries the log holds: both exact.
    quint64 readExportCounts(const AuditQuery &query);
    // The newest applied entry of each of these agents (of every agent when empty).
    quint64 readLatestApplied(const QStringList &agentIds);
    quint64 readDeliveries(int limit); // newest first, with attempts
    quint64 readDelivery(const QString &eventId);

signals:
    void opened();
    void openFailed(const QString &error);
    void auditPageRead(quint64 ticket, const QVector<AuditEntry> &entries, qint64 counted, const QString &error);
    void exportCountsRead(quint64 ticket, qint64 matching, qint64 all);
    void latestAppliedRead(quint64 ticket, const QVector<AuditEntry> &entries);
    void deliveriesRead(quint64 ticket, const QVector<WebhookDelivery> &deliveries);
    void deliveryRead(quint64 ticket, const QString &eventId, bool found, const WebhookDelivery &delivery);

private:
    class Worker;
    struct Shared;
    // read runs on the reader's thread (clone is null when the open failed) and returns what to do
    // with its result on this one.
    using Read = std::function<std::function<void()>(AuditStore *clone)>;
    quint64 post(Read read);
    void answer(std::function<void()> then);

    std::shared_ptr<Shared> m_shared;
    Worker *m_worker; // on the reader's thread; deleted there when the thread ends
    quint64 m_nextTicket = 0;
    bool m_open = false;
    QString m_openError;
};
