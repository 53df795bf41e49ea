// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditHashChecker.h"

#include "audit/AuditCanonical.h"
#include "audit/AuditKey.h"

#include <chrono>
#include <openssl/crypto.h>

namespace {

char matchOf(const AuditKey &key, const char *bytes, qsizetype size, const QString &link)
{
    // A keyed log's entries are keyed from its marker on; try the key first, then the old way.
    if (key.isValid() && key.isHmacOf(bytes, size, link))
        return AuditHashChecker::KeyedMatch;
    return AuditCanonical::isSha256Of(bytes, size, link) ? AuditHashChecker::PlainMatch : AuditHashChecker::NoMatch;
}

void check(AuditHashChecker::Batch &batch, const AuditKey &key)
{
    batch.matches.resize(size_t(batch.entries.size()));
    if (!batch.ends.empty()) {
        qsizetype start = 0;
        for (size_t i = 0; i < batch.ends.size(); ++i) {
            const qsizetype end = batch.ends[i];
            batch.matches[i]
                = matchOf(key, batch.bytes.constData() + start, end - start, batch.entries.at(qsizetype(i)).hash);
            start = end;
        }
        return;
    }
    QByteArray buffer; // one allocation for the whole batch
    for (qsizetype i = 0; i < batch.entries.size(); ++i) {
        const AuditEntry &entry = batch.entries.at(i);
        buffer.clear();
        entry.appendCanonicalBytes(buffer);
        batch.matches[size_t(i)] = matchOf(key, buffer.constData(), buffer.size(), entry.hash);
    }
}

} // namespace

AuditHashChecker::AuditHashChecker(int threads, const AuditKey &key)
    : m_key(key)
{
    m_pool.setMaxThreadCount(qMax(1, threads));
}

AuditHashChecker::~AuditHashChecker()
{
    m_pool.waitForDone();
}

void AuditHashChecker::submit(QVector<AuditEntry> entries)
{
    Batch batch;
    batch.entries = std::move(entries);
    submit(std::move(batch));
}

void AuditHashChecker::submit(Batch work)
{
    auto batch = std::make_shared<Batch>(std::move(work));
    auto task = std::make_shared<std::packaged_task<void()>>([batch, key = m_key] { check(*batch, key); });
    m_batches.push_back(Slot {batch, task->get_future()});
    m_pool.start([task] {
        (*task)();
        // libcrypto keeps state per thread; a pool thread still parked when the process ends would
        // leave it behind, so each task hands it back.
        OPENSSL_thread_stop();
    });
}

bool AuditHashChecker::oldestIsReady() const
{
    return !m_batches.empty() && m_batches.front().done.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

AuditHashChecker::Batch AuditHashChecker::takeOldest()
{
    Slot slot = std::move(m_batches.front());
    m_batches.pop_front();
    slot.done.wait();
    return std::move(*slot.batch);
}
