// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditDialect.h"

AuditDialect::AuditDialect(Backend backend)
    : m_backend(backend)
{
}

QString AuditDialect::bigint() const
{
    return isPostgres() ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
}

QString AuditDialect::likeCondition() const
{
    return isPostgres() ? QStringLiteral(" ILIKE ? ESCAPE '!'") : QStringLiteral(" LIKE ? ESCAPE '!'");
}

QString AuditDialect::beginWrite() const
{
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString AuditDialect::chainHeadLock() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QString AuditDialect::beginSnapshot() const
{
    // SQLite's WAL readers see one snapshot per transaction anyway.
    return isPostgres() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : QStringLiteral("BEGIN");
}

QString AuditDialect::offsetWithoutLimit() const
{
    // SQLite has no OFFSET without LIMIT; -1 means no limit there.
    return isPostgres() ? QStringLiteral(" OFFSET ?") : QStringLiteral(" LIMIT -1 OFFSET ?");
}
