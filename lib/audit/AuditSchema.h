// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// The audit tables: audit_entries with an index per filter, the one-row audit_chain_head, and on
// SQLite the trigram text index (built from the entries for a log from before it existed). Every
// connection prepares them once, in one transaction, so that a half-created log is never seen.
class AuditSchema
{
    // Its messages reach users as the store's.
    Q_DECLARE_TR_FUNCTIONS(AuditStore)

public:
    // PostgreSQL advisory-lock key under which consoles starting at the same moment take turns
    // creating the tables. Any constant works ("STATUSDE" in ASCII), but it must never change:
    // consoles of different versions sharing one team log must agree on it. The webhook outbox
    // uses its own key (WebhookOutboxTable::SchemaLockKey).
    static constexpr qint64 SchemaLockKey = 0x5354415455534445;

    AuditSchema(QSqlDatabase db, AuditDialect dialect);

    // Sets the connection up (SQLite: WAL, synchronous=FULL) and creates what is missing.
    // Returns false and fills *problem with the reason.
    bool prepare(QString *problem);
    // Whether free text can use the trigram index (known after prepare()).
    bool hasTextIndex() const { return m_textIndex; }

private:
    bool beginSqlite(QString *problem);
    bool beginPostgres(QString *problem);
    QStringList tableStatements() const;
    bool createTextIndex();

    QSqlDatabase m_db;
    AuditDialect m_dialect;
    bool m_textIndex = false;
};
