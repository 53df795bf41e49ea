// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditHashChecker.h"

#include <QSqlDatabase>
#include <QString>

struct sqlite3_stmt;

// Reads audit_entries in id order through SQLite's own interface, on the connection (and in the
// transaction) of a QSqlDatabase: a row's UTF-8 columns become its canonical bytes with no QString in
// between. The Qt driver turns every text column into UTF-16 first, which was most of a verification's
// time. Only the id, prev_hash and hash of an entry are kept for the links.
class AuditSqliteRows
{
public:
    explicit AuditSqliteRows(QSqlDatabase db); // isValid() false when db is not an open SQLite connection
    ~AuditSqliteRows();

    AuditSqliteRows(const AuditSqliteRows &) = delete;
    AuditSqliteRows &operator=(const AuditSqliteRows &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Adds the next row to batch; false after the last row or on a read error (then error() says it).
    bool next(AuditHashChecker::Batch &batch);
    QString error() const { return m_error; }

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};
