// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditDialect.h"
#include "audit/AuditEntry.h"
#include "audit/AuditHashChecker.h"
#include "audit/AuditKey.h"
#include "audit/AuditVerifyResult.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

class AuditChainVerifier;
class Clock;

// The hash chain in the tables: an append takes the next id and the previous hash from the one-row
// chain head, stamps and hashes the entry, stores it (and its text for the index) and moves the
// head; verify() reads the head and every entry in one snapshot and lets AuditChainVerifier judge.
class AuditChain
{
    // Its messages reach users as the store's.
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    // clock stamps entries that come without a time (nullptr: the system clock).
    // key: links appended entries with HMAC-SHA-256 and checks keyed entries (invalid: unkeyed).
    AuditChain(QSqlDatabase db, AuditDialect dialect, bool textIndex, Clock *clock, const AuditKey &key = {});

    // The link of an entry whose prevHash is set: the HMAC with the key, or the plain SHA-256.
    static QString linkOf(const AuditEntry &entry, const AuditKey &key);
    // The id and hash of the last entry (lastId 0 for an empty log).
    bool head(qint64 *lastId, QString *lastHash, QString *error) const;

    // Inside the caller's write transaction: fills id, time (when null), level (when empty),
    // prevHash and hash, and stores the entry. On failure the transaction must be rolled back.
    bool append(AuditEntry &entry, QString *error);
    // inWrite: the caller's write transaction is open and is the snapshot read.
    AuditVerifyResult verify(bool inWrite) const;

private:
    bool walk(const std::function<bool(AuditHashChecker::Batch &)> &readRow, AuditChainVerifier &verifier) const;
    char contentMatches(qint64 id, bool *readable) const;
    bool readHead(qint64 *lastId, QString *lastHash, bool forUpdate, QString *problem) const;
    AuditEntry stamped(const AuditEntry &entry) const;

    QSqlDatabase m_db;
    AuditDialect m_dialect;
    bool m_textIndex;
    Clock *m_clock;
    AuditKey m_key;
};
