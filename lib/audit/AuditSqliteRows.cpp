// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditSqliteRows.h"

#include "audit/AuditCanonical.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace {

// The columns in the order of the canonical bytes, then id and hash.
constexpr const char *Select = "SELECT prev_hash, time_ms, level, msg, supervisor, agent_id, agent_name, from_status, "
                               "to_status, reason, outcome, error, latency_ms, etag_before, etag_after, "
                               "correlation_id, id, hash FROM audit_entries ORDER BY id ASC";
enum Column { PrevHash, TimeMs, Level, LatencyMs = 12, Id = 16, Hash };
// Text columns between TimeMs and LatencyMs, and after it, with their canonical names.
constexpr const char *TextNames[] = {
    "level", "msg", "supervisor", "agent_id", "agent_name", "from_status", "to_status", "reason", "outcome", "error"};
constexpr const char *TailNames[] = {"etag_before", "etag_after", "correlation_id"};

sqlite3 *handleOf(QSqlDatabase db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString textOf(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
        sqlite3_column_bytes(statement, column));
}

void appendColumn(QByteArray &out, const char *name, sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    AuditCanonical::appendUtf8(out, name, text ? text : "", text ? sqlite3_column_bytes(statement, column) : 0);
}

} // namespace

AuditSqliteRows::AuditSqliteRows(QSqlDatabase db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return;
    if (sqlite3_prepare_v2(handle, Select, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

AuditSqliteRows::~AuditSqliteRows()
{
    sqlite3_finalize(m_statement);
}

bool AuditSqliteRows::next(AuditHashChecker::Batch &batch)
{
    if (!m_statement)
        return false;
    const int step = sqlite3_step(m_statement);
    if (step != SQLITE_ROW) {
        if (step != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement)));
        return false;
    }
    QByteArray &out = batch.bytes;
    appendColumn(out, "prev_hash", m_statement, PrevHash);
    AuditCanonical::appendTime(out, sqlite3_column_int64(m_statement, TimeMs));
    for (int i = 0; i < int(std::size(TextNames)); ++i)
        appendColumn(out, TextNames[i], m_statement, Level + i);
    AuditCanonical::appendInteger(out, "latency_ms", sqlite3_column_int64(m_statement, LatencyMs));
    for (int i = 0; i < int(std::size(TailNames)); ++i)
        appendColumn(out, TailNames[i], m_statement, LatencyMs + 1 + i);
    batch.ends.push_back(out.size());
    AuditEntry entry;
    entry.id = sqlite3_column_int64(m_statement, Id);
    entry.prevHash = textOf(m_statement, PrevHash);
    entry.hash = textOf(m_statement, Hash);
    batch.entries.append(entry);
    return true;
}
