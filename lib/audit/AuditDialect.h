// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What the audit SQL says differently on SQLite and on PostgreSQL; everything else is written once.
class AuditDialect
{
public:
    enum class Backend { Sqlite, Postgres };

    explicit AuditDialect(Backend backend = Backend::Sqlite);

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    QString bigint() const; // the 64-bit integer column type
    // The case-insensitive (for ASCII) substring match, with '!' escaping the wildcards.
    QString likeCondition() const;
    // Starts an append: SQLite takes its write lock now; on PostgreSQL the chain head row is the lock.
    QString beginWrite() const;
    // Appended to reading the chain head for an append: locks the row until the commit.
    QString chainHeadLock() const;
    // Starts a read-only transaction in which the head and the entries are one snapshot.
    QString beginSnapshot() const;
    // A page that skips `offset` rows and has no limit (one bound value: the offset).
    QString offsetWithoutLimit() const;

private:
    Backend m_backend;
};
