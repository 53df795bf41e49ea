// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditSchema.h"

#include "audit/AuditEntry.h"
#include "audit/AuditLogging.h"
#include "audit/AuditRow.h"
#include "audit/AuditSql.h"

#include <QSqlError>
#include <QSqlQuery>

using AuditSql::errorText;
using AuditSql::exec;
using AuditSql::execPlain;

AuditSchema::AuditSchema(QSqlDatabase db, AuditDialect dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

bool AuditSchema::prepare(QString *problem)
{
    bool ok = m_dialect.isPostgres() ? beginPostgres(problem) : beginSqlite(problem);
    const QStringList statements = tableStatements();
    for (const QString &statement : statements)
        ok = ok && execPlain(m_db, statement, problem);
    if (ok && !m_dialect.isPostgres())
        m_textIndex = createTextIndex();
    ok = ok && execPlain(m_db, QStringLiteral("COMMIT"), problem);
    if (!ok)
        execPlain(m_db, QStringLiteral("ROLLBACK"), nullptr);
    return ok;
}

bool AuditSchema::beginSqlite(QString *problem)
{
    QSqlQuery mode(m_db);
    // WAL lets readers work while a writer appends; FULL makes every commit durable.
    const bool wal = mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && mode.next()
        && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
    if (!wal) {
        AuditSql::setError(problem,
            mode.lastError().isValid() ? errorText(mode.lastError()) : tr("WAL journal mode is not available"));
        return false;
    }
    return execPlain(m_db, QStringLiteral("PRAGMA synchronous=FULL"), problem)
        && execPlain(m_db, QStringLiteral("BEGIN IMMEDIATE"), problem);
}

bool AuditSchema::beginPostgres(QString *problem)
{
    // IF NOT EXISTS notices are expected on every start; keep them out of the log.
    return execPlain(m_db, QStringLiteral("SET client_min_messages = warning"), problem)
        && execPlain(m_db, QStringLiteral("BEGIN"), problem)
        && execPlain(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey), problem);
}

QStringList AuditSchema::tableStatements() const
{
    const QString bigint = m_dialect.bigint();
    const QString text = QStringLiteral(" TEXT NOT NULL DEFAULT ''");
    return {
        QLatin1String("CREATE TABLE IF NOT EXISTS audit_entries (id ") + bigint
            + QLatin1String(" PRIMARY KEY, time_ms ") + bigint + QLatin1String(" NOT NULL, level") + text
            + QLatin1String(", msg") + text + QLatin1String(", supervisor") + text + QLatin1String(", agent_id") + text
            + QLatin1String(", agent_name") + text + QLatin1String(", from_status") + text
            + QLatin1String(", to_status") + text + QLatin1String(", reason") + text + QLatin1String(", outcome") + text
            + QLatin1String(", error") + text + QLatin1String(", latency_ms ") + bigint
            + QLatin1String(" NOT NULL DEFAULT -1, etag_before") + text + QLatin1String(", etag_after") + text
            + QLatin1String(", correlation_id") + text + QLatin1String(", prev_hash") + text + QLatin1String(", hash")
            + text + QLatin1Char(')'),
        // Every filter column leads an index that ends in the result order (time_ms, id), so a page
        // is a short walk along one index, with or without a time range.
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_time ON audit_entries (time_ms, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_agent ON audit_entries (agent_id, time_ms, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_supervisor ON audit_entries (supervisor, time_ms, id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS audit_by_outcome ON audit_entries (outcome, time_ms, id)"),
        // One row: the id and hash of the last entry. Appends lock it, so writers take turns.
        QLatin1String("CREATE TABLE IF NOT EXISTS audit_chain_head (id INTEGER PRIMARY KEY, last_id ") + bigint
            + QLatin1String(" NOT NULL, last_hash TEXT NOT NULL)"),
        QLatin1String("INSERT INTO audit_chain_head (id, last_id, last_hash) VALUES (1, 0, '")
            + AuditEntry::genesisHash() + QLatin1String("') ON CONFLICT (id) DO NOTHING"),
    };
}

bool AuditSchema::createTextIndex()
{
    QSqlQuery exists(m_db);
    if (!exec(exists, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'audit_text'"), {}, nullptr))
        return false;
    if (exists.next())
        return true;
    exists.finish();
    // Contentless: the index only maps trigrams to ids, the text stays in audit_entries.
    QString problem;
    if (!execPlain(m_db,
            QStringLiteral("CREATE VIRTUAL TABLE audit_text USING fts5(body, content='', tokenize='trigram')"),
            &problem)) {
        qCInfo(lcAudit) << "no trigram text index (free text search scans instead):" << problem;
        return false;
    }
    // A log from before the index existed: index what is there.
    QSqlQuery rows(m_db);
    if (!exec(rows, QLatin1String("SELECT ") + AuditRow::columns() + QLatin1String(" FROM audit_entries ORDER BY id"),
            {}, &problem))
        return false;
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_text (rowid, body) VALUES (?, ?)"));
    while (rows.next()) {
        const AuditEntry entry = AuditRow::fromQuery(rows);
        insert.addBindValue(entry.id);
        insert.addBindValue(AuditRow::searchableText(entry));
        if (!insert.exec())
            return false;
    }
    return true;
}
