// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditDialect.h"
#include "audit/AuditEntry.h"
#include "audit/AuditKey.h"
#include "audit/AuditKeyState.h"
#include "audit/AuditQuery.h"
#include "audit/AuditVerifyResult.h"

#include <QObject>
#include <QSqlDatabase>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

class AuditChain;
class AuditQueryRunner;
class AuditWriter;
class Clock;
class QIODevice;

// The audit history: an append-only, hash-chained table in SQLite (a file path; WAL,
// synchronous=FULL) or PostgreSQL (postgresql://user:pass@host:port/db, a shared team log).
// Appends are serialized on a one-row chain-head table so that several writers keep one chain.
// All calls are synchronous on local storage and belong to the thread that opened the store.
// The facade of the audit classes: AuditSchema creates the tables, AuditChain links and verifies
// entries, AuditQueryRunner reads them, AuditExporter writes them out; AuditDialect says what the
// two databases spell differently.
class AuditStore : public QObject
{
    Q_OBJECT
public:
    using Backend = AuditDialect::Backend;

    // Returns nullptr and fills *error when the location cannot be opened or initialised.
    // clock stamps the time of entries appended without one (nullptr: the system clock).
    // True for a postgres:// or postgresql:// URL; anything else is a SQLite file.
    static bool isPostgresLocation(const QString &location);
    // A location as it may be shown: a PostgreSQL URL without its password.
    static QString displayLocation(const QString &location);
    static std::unique_ptr<AuditStore> open(
        const QString &location, QString *error, Clock *clock = nullptr, QObject *parent = nullptr);
    // The default SQLite file in the user's data folder.
    static QString defaultLocation();
    ~AuditStore() override;

    Backend backend() const;
    QString location() const; // without any password

    // A second store on the same log, for long work on another thread (verifying or exporting a
    // large log must not freeze the console). Call it from the thread that will use the clone: the
    // connection's settings (password included) and the clock are copied, the connection is opened
    // there. Appending on the clone reads the clock from that thread.
    std::unique_ptr<AuditStore> openClone(QString *error = nullptr) const;
    // openClone() for later, on any thread: what it needs is taken now, on the store's thread, so the
    // open may run after this store is gone (it then fails, saying so: its connection is gone).
    using CloneOpener = std::function<std::unique_ptr<AuditStore>(QString *error)>;
    CloneOpener cloneOpener() const;

    // Fills id, time (when null: now on the store's clock), prevHash and hash; commits before returning true.
    bool append(AuditEntry &entry, QString *error = nullptr);
    // The asynchronous, group-committing write path on a thread and connection of its own (made at
    // the first call, stopped with the store after committing what is queued). Belongs to the
    // store's thread.
    AuditWriter *writer();
    Clock *clock() const { return m_clock; }

    QVector<AuditEntry> query(const AuditQuery &q, QString *error = nullptr) const;
    qint64 count(const AuditQuery &q) const;
    // Like count() but stops at cap matches (returns at most cap): a common free-text word
    // otherwise makes the count scan the whole log. Returns -1 on error.
    qint64 countUpTo(const AuditQuery &q, qint64 cap) const;
    AuditVerifyResult verify() const;

    // Keys the chain from now on (call before writer(); clones get the key). On a log whose last
    // entry is not keyed, appends the ChainKeyed marker: the entries before it stay verifiable as
    // unkeyed, the marker and all after it are keyed. An invalid key leaves the store unkeyed.
    bool setKey(const AuditKey &key, QString *error = nullptr);
    bool isKeyed() const { return m_key.isValid(); }
    // How the log stands towards key (an invalid key: towards none). False and *error when it cannot
    // be read.
    bool keyState(const AuditKey &key, AuditKeyState *state, QString *error = nullptr) const;
    const AuditKey &key() const { return m_key; } // for signing checkpoints; never log it
    // The id and link of the last entry (0 and the genesis hash for an empty log).
    bool head(qint64 *lastId, QString *lastHash, QString *error = nullptr) const;
    // The link of entry id; false when there is no such entry (or it cannot be read).
    bool linkAt(qint64 id, QString *link, QString *error = nullptr) const;

    // Every entry matching the filters of q (offset/limit ignored), oldest first.
    bool exportJsonLines(QIODevice *out, const AuditQuery &q, QString *error = nullptr) const;
    // RFC 4180 (CRLF, quotes doubled); cells starting with = + - @ tab or CR get a leading '.
    bool exportCsv(QIODevice *out, const AuditQuery &q, QString *error = nullptr) const;

    // Intent entries after which no entry for the same agent_id carries an outcome of
    // AuditOutcome::closingIntent(): requests that may or may not have reached the server
    // before a crash. Oldest first.
    QVector<AuditEntry> intentsWithoutOutcome() const;
    // The newest applied entry of each of these agents (every agent of the log when empty), in no
    // particular order: who last changed an agent, as far as this log knows (a shared team log knows
    // every console's changes).
    QVector<AuditEntry> latestApplied(const QStringList &agentIds = {}) const;

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
    AuditStore(Backend backend, const QString &connectionName, const QString &location, Clock *clock, QObject *parent);
    bool initialise(QString *error);
    AuditChain chain() const;
    AuditQueryRunner queries() const;

    AuditDialect m_dialect;
    Clock *m_clock;
    QString m_connectionName;
    QString m_location;
    bool m_inTransaction = false;
    bool m_textIndex = false; // SQLite FTS5 trigram index for free text
    QVector<AuditEntry> m_uncommitted;
    std::unique_ptr<AuditWriter> m_writer;
    AuditKey m_key;
};
