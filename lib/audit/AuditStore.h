// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditEntry.h"
#include "audit/AuditQuery.h"
#include "audit/AuditVerifyResult.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

class QIODevice;

// The audit history: an append-only, hash-chained table in SQLite (a file path; WAL,
// synchronous=FULL) or PostgreSQL (postgresql://user:pass@host:port/db, a shared team log).
// Appends are serialized on a one-row chain-head table so that several writers keep one chain.
// All calls are synchronous on local storage and belong to the thread that opened the store.
class AuditStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Sqlite, Postgres };

    // Returns nullptr and fills *error when the location cannot be opened or initialised.
    static std::unique_ptr<AuditStore> open(const QString &location, QString *error, QObject *parent = nullptr);
    // The default SQLite file in the user's data folder.
    static QString defaultLocation();
    ~AuditStore() override;

    Backend backend() const;
    QString location() const; // without any password

    // A second store on the same log, for long work on another thread (verifying or exporting a
    // large log must not freeze the console). Call it from the thread that will use the clone: the
    // connection's settings (password included) are copied, the connection is opened there.
    std::unique_ptr<AuditStore> openClone(QString *error = nullptr) const;

    // Fills id, time (when null), prevHash and hash; commits before returning true.
    bool append(AuditEntry &entry, QString *error = nullptr);

    QVector<AuditEntry> query(const AuditQuery &q, QString *error = nullptr) const;
    qint64 count(const AuditQuery &q) const;
    // Like count() but stops at cap matches (returns at most cap): a common free-text word
    // otherwise makes the count scan the whole log. Returns -1 on error.
    qint64 countUpTo(const AuditQuery &q, qint64 cap) const;
    AuditVerifyResult verify() const;

    // Every entry matching the filters of q (offset/limit ignored), oldest first.
    bool exportJsonLines(QIODevice *out, const AuditQuery &q, QString *error = nullptr) const;
    // RFC 4180 (CRLF, quotes doubled); cells starting with = + - @ tab or CR get a leading '.
    bool exportCsv(QIODevice *out, const AuditQuery &q, QString *error = nullptr) const;

    // Intent entries after which no entry for the same agent_id carries an outcome of
    // AuditOutcome::closingIntent(): requests that may or may not have reached the server
    // before a crash. Oldest first.
    QVector<AuditEntry> intentsWithoutOutcome() const;

    QSqlDatabase database() const;

    // For callers that must write more in the same transaction (the webhook outbox):
    // beginWrite() takes the chain lock, appendInTransaction() adds entries, then commitWrite()
    // or rollbackWrite(). entryAppended is emitted after the commit.
    bool beginWrite(QString *error = nullptr);
    bool appendInTransaction(AuditEntry &entry, QString *error = nullptr);
    bool commitWrite(QString *error = nullptr);
    void rollbackWrite();

    static QString csvCell(const QString &value); // one escaped CSV cell

signals:
    void entryAppended(const AuditEntry &entry);

private:
    AuditStore(Backend backend, const QString &connectionName, const QString &location, QObject *parent);
    bool initialise(QString *error);
    bool agentIsId(const QString &agent) const;
    bool createTextIndex();
    bool textIsRare(const QString &text) const;
    qint64 countRows(const QString &sql, const QVariantList &values) const;
    bool forEachMatching(
        const AuditQuery &q, const std::function<bool(const AuditEntry &)> &visit, QString *error) const;

    Backend m_backend;
    QString m_connectionName;
    QString m_location;
    bool m_inTransaction = false;
    bool m_textIndex = false; // SQLite FTS5 trigram index for free text
    QVector<AuditEntry> m_uncommitted;
};
