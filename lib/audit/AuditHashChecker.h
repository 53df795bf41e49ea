// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditKey.h"

#include <QThreadPool>
#include <QVector>

#include <deque>
#include <future>
#include <memory>
#include <vector>

// Checks entries' hashes against their content on every core while the caller goes on reading rows:
// each batch is hashed on a pool of its own (not the global one, which may be running the caller) and
// the batches come back in the order they were given, so that the links can then be walked in id order.
class AuditHashChecker
{
public:
    // Either whole entries (their canonical bytes are built on the pool), or entries with only id,
    // prevHash and hash plus their canonical bytes back to back in bytes, entry i ending at ends[i].
    struct Batch
    {
        QVector<AuditEntry> entries;
        QByteArray bytes;
        std::vector<qsizetype> ends;
        std::vector<char> matches; // per entry: a Match, how its link matches its content
    };

    // How an entry's link matches its content: not at all, as the plain SHA-256 of an unkeyed entry,
    // or as the HMAC of a keyed one (only when the checker has the key).
    enum Match : char { NoMatch = 0, PlainMatch = 1, KeyedMatch = 2 };

    // key: the audit key, or an invalid one for an unkeyed check.
    explicit AuditHashChecker(int threads = QThread::idealThreadCount(), const AuditKey &key = {});
    ~AuditHashChecker(); // waits for the batches still being hashed

    AuditHashChecker(const AuditHashChecker &) = delete;
    AuditHashChecker &operator=(const AuditHashChecker &) = delete;

    int threads() const { return m_pool.maxThreadCount(); }
    void submit(QVector<AuditEntry> entries);
    void submit(Batch batch);
    int inFlight() const { return int(m_batches.size()); }
    bool oldestIsReady() const; // false when none is in flight
    Batch takeOldest(); // waits for the oldest batch; only while inFlight() > 0

private:
    struct Slot
    {
        std::shared_ptr<Batch> batch;
        std::future<void> done;
    };

    QThreadPool m_pool;
    AuditKey m_key;
    std::deque<Slot> m_batches;
};
