// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditDialect.h"
#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <functional>

// Reads the audit log through the filters of an AuditQuery: a page newest first (offset or keyset),
// counts (capped for the panel), every match in id order for the exporter, and the intents that
// never got an outcome. Picks per query whether the SQLite trigram index or a scan answers free text.
class AuditQueryRunner
{
    // Its messages reach users as the store's.
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    AuditQueryRunner(QSqlDatabase db, AuditDialect dialect, bool textIndex);

    QVector<AuditEntry> query(const AuditQuery &q, QString *error) const;
    qint64 count(const AuditQuery &q) const; // -1 on error
    qint64 countUpTo(const AuditQuery &q, qint64 cap) const; // at most cap; -1 on error
    // Calls visit for every entry matching the filters of q (offset/limit ignored), oldest first,
    // in batches; stops when visit returns false (a failed write: "Cannot write the export.").
    bool forEachMatching(
        const AuditQuery &q, const std::function<bool(const AuditEntry &)> &visit, QString *error) const;
    QVector<AuditEntry> intentsWithoutOutcome() const;
    QVector<AuditEntry> latestApplied(const QStringList &agentIds) const;

private:
    bool agentIsId(const QString &agent) const;
    bool textIsRare(const QString &text) const;
    qint64 countRows(const QString &sql, const QVariantList &values) const;

    QSqlDatabase m_db;
    AuditDialect m_dialect;
    bool m_textIndex;
};
