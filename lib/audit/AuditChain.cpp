// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditChain.h"

#include "audit/AuditChainVerifier.h"
#include "audit/AuditHashChecker.h"
#include "audit/AuditRow.h"
#include "audit/AuditSql.h"
#include "audit/AuditSqliteRows.h"
#include "core/Clock.h"

#include <QSqlQuery>

using AuditSql::exec;
using AuditSql::execPlain;
using AuditSql::setError;

namespace {
// Rows per batch handed to the hashing threads: large enough that handing over costs nothing,
// small enough that every thread has work from the start.
constexpr int VerifyBatchRows = 1024;
} // namespace

AuditChain::AuditChain(QSqlDatabase db, AuditDialect dialect, bool textIndex, Clock *clock, const AuditKey &key)
    : m_db(db)
    , m_dialect(dialect)
    , m_textIndex(textIndex)
    , m_clock(Clock::orSystem(clock))
    , m_key(key)
{
}

QString AuditChain::linkOf(const AuditEntry &entry, const AuditKey &key)
{
    return key.isValid() ? key.hmacHex(entry.canonicalBytes()) : entry.computeHash();
}

bool AuditChain::head(qint64 *lastId, QString *lastHash, QString *error) const
{
    QString problem;
    if (!readHead(lastId, lastHash, false, &problem) || *lastId < 0) {
        setError(error, tr("Cannot read the audit chain head: %1").arg(problem));
        return false;
    }
    return true;
}

bool AuditChain::readHead(qint64 *lastId, QString *lastHash, bool forUpdate, QString *problem) const
{
    QSqlQuery head(m_db);
    const QString lock = forUpdate ? m_dialect.chainHeadLock() : QString();
    if (!exec(head, QLatin1String("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1") + lock, {}, problem))
        return false;
    if (!head.next()) {
        *lastId = -1;
        return true;
    }
    *lastId = head.value(0).toLongLong();
    *lastHash = head.value(1).toString();
    return true;
}

AuditEntry AuditChain::stamped(const AuditEntry &entry) const
{
    AuditEntry candidate = entry;
    // The stored time has millisecond precision; hash what will be read back.
    const QDateTime when = entry.time.isValid() ? entry.time : m_clock->now();
    candidate.time = QDateTime::fromMSecsSinceEpoch(when.toMSecsSinceEpoch(), Qt::UTC);
    if (candidate.level.isEmpty())
        candidate.level = AuditLevel::Info;
    return candidate;
}

bool AuditChain::append(AuditEntry &entry, QString *error)
{
    qint64 lastId = -1;
    QString lastHash;
    QString problem;
    if (!readHead(&lastId, &lastHash, true, &problem) || lastId < 0) {
        setError(error, tr("Cannot read the audit chain head: %1").arg(problem));
        return false;
    }
    AuditEntry candidate = stamped(entry);
    candidate.id = lastId + 1;
    candidate.prevHash = lastHash;
    candidate.hash = linkOf(candidate, m_key);

    QSqlQuery insert(m_db);
    if (!exec(insert, AuditRow::insertStatement(), AuditRow::values(candidate), &problem)) {
        setError(error, tr("Cannot append to the audit log: %1").arg(problem));
        return false;
    }
    if (m_textIndex) {
        QSqlQuery index(m_db);
        if (!exec(index, QStringLiteral("INSERT INTO audit_text (rowid, body) VALUES (?, ?)"),
                {candidate.id, AuditRow::searchableText(candidate)}, &problem)) {
            setError(error, tr("Cannot append to the audit log: %1").arg(problem));
            return false;
        }
    }
    QSqlQuery move(m_db);
    if (!exec(move, QStringLiteral("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1"),
            {candidate.id, candidate.hash}, &problem)) {
        setError(error, tr("Cannot advance the audit chain: %1").arg(problem));
        return false;
    }
    entry = candidate;
    return true;
}

AuditVerifyResult AuditChain::verify(bool inWrite) const
{
    AuditVerifyResult failed;
    failed.problem = AuditVerifyResult::Problem::ReadError;
    QString problem;
    // One snapshot for the head and the entries, so that a concurrent append does not look like tampering.
    const bool ownTransaction = !inWrite;
    if (ownTransaction && !execPlain(m_db, m_dialect.beginSnapshot(), &problem)) {
        failed.message = tr("Cannot read the audit log: %1").arg(problem);
        return failed;
    }
    const auto done = [&](const AuditVerifyResult &result) {
        if (ownTransaction)
            execPlain(m_db, QStringLiteral("ROLLBACK"), nullptr);
        return result;
    };
    AuditChainVerifier verifier;
    verifier.setKeyAvailable(m_key.isValid());
    qint64 lastId = -1;
    QString lastHash;
    if (!readHead(&lastId, &lastHash, false, &problem)) {
        failed.message = tr("Cannot read the audit chain head: %1").arg(problem);
        return done(failed);
    }
    if (lastId >= 0)
        verifier.setHead(lastId, lastHash);
    AuditSqliteRows rows(m_db);
    if (rows.isValid()) {
        const bool read = walk([&rows](AuditHashChecker::Batch &batch) { return rows.next(batch); }, verifier);
        if (!read || !rows.error().isEmpty()) {
            failed.message = tr("Cannot read the audit log: %1").arg(rows.error());
            return done(failed);
        }
        return done(verifier.finish());
    }
    QSqlQuery query(m_db);
    if (!exec(query,
            QLatin1String("SELECT ") + AuditRow::columns() + QLatin1String(" FROM audit_entries ORDER BY id ASC"), {},
            &problem)) {
        failed.message = tr("Cannot read the audit log: %1").arg(problem);
        return done(failed);
    }
    walk(
        [&query](AuditHashChecker::Batch &batch) {
            if (!query.next())
                return false;
            batch.entries.append(AuditRow::fromQuery(query));
            return true;
        },
        verifier);
    return done(verifier.finish());
}

// Reads the rows on this thread while AuditHashChecker hashes earlier batches on every core; the
// links are then checked here, in id order. Stops reading once the verifier has decided. An entry
// whose hash does not match bytes read straight from SQLite is read again through the driver and
// judged as before, so that the fast path never decides a verdict on its own.
bool AuditChain::walk(const std::function<bool(AuditHashChecker::Batch &)> &readRow, AuditChainVerifier &verifier) const
{
    AuditHashChecker checker(QThread::idealThreadCount(), m_key);
    const int maxInFlight = 2 * checker.threads() + 2;
    bool going = true;
    bool readable = true;
    const auto feedOldest = [&] {
        const AuditHashChecker::Batch batch = checker.takeOldest();
        for (qsizetype i = 0; going && i < batch.entries.size(); ++i) {
            const AuditEntry &entry = batch.entries.at(i);
            char match = batch.matches[size_t(i)];
            if (match == AuditHashChecker::NoMatch && !batch.ends.empty())
                match = contentMatches(entry.id, &readable);
            going = readable && verifier.feedMatch(entry, match);
        }
    };
    AuditHashChecker::Batch batch;
    while (going && readRow(batch)) {
        if (batch.entries.size() < VerifyBatchRows)
            continue;
        checker.submit(std::exchange(batch, {}));
        while (going && (checker.inFlight() >= maxInFlight || checker.oldestIsReady()))
            feedOldest();
    }
    if (going && !batch.entries.isEmpty())
        checker.submit(std::move(batch));
    while (going && checker.inFlight() > 0)
        feedOldest();
    return readable;
}

char AuditChain::contentMatches(qint64 id, bool *readable) const
{
    QSqlQuery query(m_db);
    if (!exec(query, QLatin1String("SELECT ") + AuditRow::columns() + QLatin1String(" FROM audit_entries WHERE id = ?"),
            {id}, nullptr)
        || !query.next()) {
        *readable = false;
        return AuditHashChecker::NoMatch;
    }
    const AuditEntry entry = AuditRow::fromQuery(query);
    if (m_key.isValid() && linkOf(entry, m_key) == entry.hash)
        return AuditHashChecker::KeyedMatch;
    return entry.computeHash() == entry.hash ? AuditHashChecker::PlainMatch : AuditHashChecker::NoMatch;
}
