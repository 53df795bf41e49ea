// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"

#include "audit/AuditChainVerifier.h"
#include "audit/AuditLogging.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

namespace {

const char *const Columns = "id, time_ms, level, msg, supervisor, agent_id, agent_name, from_status, to_status, "
                            "reason, outcome, error, latency_ms, etag_before, etag_after, correlation_id, "
                            "prev_hash, hash";
constexpr int ExportBatch = 1000;
// Any constant works; it only keeps two consoles from creating the schema at the same moment.
constexpr qint64 SchemaLockKey = 0x5354415455534445; // "STATUSDE"

QString sqlError(const QSqlError &error)
{
    return error.text().trimmed();
}

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

// Null strings would bind as SQL NULL; the columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

AuditEntry entryFromQuery(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.time = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    entry.level = query.value(2).toString();
    entry.msg = query.value(3).toString();
    entry.supervisor = query.value(4).toString();
    entry.agentId = query.value(5).toString();
    entry.agentName = query.value(6).toString();
    entry.fromStatus = query.value(7).toString();
    entry.toStatus = query.value(8).toString();
    entry.reason = query.value(9).toString();
    entry.outcome = query.value(10).toString();
    entry.error = query.value(11).toString();
    entry.latencyMs = query.value(12).toLongLong();
    entry.etagBefore = query.value(13).toString();
    entry.etagAfter = query.value(14).toString();
    entry.correlationId = query.value(15).toString();
    entry.prevHash = query.value(16).toString();
    entry.hash = query.value(17).toString();
    return entry;
}

// Escapes LIKE wildcards so that user text matches literally (ESCAPE '!').
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1String("!"), QLatin1String("!!"));
    escaped.replace(QLatin1String("%"), QLatin1String("!%"));
    escaped.replace(QLatin1String("_"), QLatin1String("!_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

struct WhereClause
{
    QString sql; // empty or " WHERE ..."
    QVariantList values;
};

// How the filters of a query are written: agentIsId - q.agent names an agent id present in the
// log, so the (indexed) id alone decides; textIndex - the SQLite trigram index can answer q.text.
struct FilterContext
{
    AuditStore::Backend backend;
    bool agentIsId = false;
    bool textIndex = false;
};

// Substrings shorter than a trigram cannot use the index.
constexpr int MinIndexedText = 3;
// Up to this many matches the text index beats a scan of the newest entries for one page.
constexpr int RareTextMatches = 2000;

QString searchableText(const AuditEntry &e)
{
    // One document per entry; a newline between fields keeps a search from matching across two of them.
    return QStringList {
        e.msg, e.reason, e.error, e.agentName, e.agentId, e.supervisor, e.fromStatus, e.toStatus, e.correlationId}
        .join(QLatin1Char('\n'));
}

WhereClause whereFor(const AuditQuery &q, const FilterContext &context, const QString &extra = QString(),
    const QVariantList &extraValues = {})
{
    const AuditStore::Backend backend = context.backend;
    const bool agentIsId = context.agentIsId;
    const QString like = backend == AuditStore::Backend::Postgres ? QStringLiteral(" ILIKE ? ESCAPE '!'")
                                                                  : QStringLiteral(" LIKE ? ESCAPE '!'");
    QStringList conditions;
    WhereClause clause;
    if (q.from.isValid()) {
        conditions << QStringLiteral("time_ms >= ?");
        clause.values << q.from.toMSecsSinceEpoch();
    }
    if (q.to.isValid()) {
        conditions << QStringLiteral("time_ms <= ?");
        clause.values << q.to.toMSecsSinceEpoch();
    }
    if (!q.agent.isEmpty() && agentIsId) {
        conditions << QStringLiteral("agent_id = ?");
        clause.values << q.agent;
    } else if (!q.agent.isEmpty()) {
        conditions << QStringLiteral("agent_name") + like;
        clause.values << likePattern(q.agent);
    }
    if (!q.supervisor.isEmpty()) {
        conditions << QStringLiteral("supervisor = ?");
        clause.values << q.supervisor;
    }
    if (!q.outcome.isEmpty()) {
        conditions << QStringLiteral("outcome = ?");
        clause.values << q.outcome;
    }
    if (!q.text.isEmpty() && context.textIndex && q.text.size() >= MinIndexedText) {
        // A phrase of consecutive trigrams is exactly a substring match, case-folded by FTS5.
        QString phrase = q.text;
        phrase.replace(QLatin1String("\""), QLatin1String("\"\""));
        conditions << QStringLiteral("id IN (SELECT rowid FROM audit_text WHERE audit_text MATCH ?)");
        clause.values << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
    } else if (!q.text.isEmpty()) {
        static const char *const searched[] = {"msg", "reason", "error", "agent_name", "agent_id", "supervisor",
            "from_status", "to_status", "correlation_id"};
        QStringList any;
        const QString pattern = likePattern(q.text);
        for (const char *column : searched) {
            any << QLatin1String(column) + like;
            clause.values << pattern;
        }
        conditions << QLatin1Char('(') + any.join(QLatin1String(" OR ")) + QLatin1Char(')');
    }
    if (q.beforeId > 0) {
        // Row values keep keyset paging in the (time, id) order of the results.
        conditions << QStringLiteral("(time_ms, id) < ((SELECT time_ms FROM audit_entries WHERE id = ?), ?)");
        clause.values << q.beforeId << q.beforeId;
    }
    if (!extra.isEmpty()) {
        conditions << extra;
        clause.values << extraValues;
    }
    if (!conditions.isEmpty())
        clause.sql = QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
    return clause;
}

bool execBound(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        setError(error, sqlError(query.lastError()));
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error, sqlError(query.lastError()));
        return false;
    }
    return true;
}

bool execPlain(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        setError(error, sqlError(query.lastError()) + QLatin1String(" (") + sql.left(60) + QLatin1Char(')'));
        return false;
    }
    return true;
}

QStringList schemaStatements(AuditStore::Backend backend)
{
    const QString bigint
        = backend == AuditStore::Backend::Postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER");
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

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("statusdesk-audit-%1").arg(++counter);
}

QString redacted(const QUrl &url)
{
    QUrl copy = url;
    copy.setPassword(QString());
    return copy.toString();
}

} // namespace

AuditStore::AuditStore(Backend backend, const QString &connectionName, const QString &location, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_connectionName(connectionName)
    , m_location(location)
{
    qRegisterMetaType<AuditEntry>();
}

AuditStore::~AuditStore()
{
    if (m_inTransaction)
        rollbackWrite();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString AuditStore::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/audit.sqlite");
}

std::unique_ptr<AuditStore> AuditStore::open(const QString &location, QString *error, QObject *parent)
{
    const QString connectionName = nextConnectionName();
    const QUrl url(location, QUrl::StrictMode);
    const bool postgres
        = url.isValid() && (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres"));
    std::unique_ptr<AuditStore> store;
    {
        QSqlDatabase db;
        if (postgres) {
            if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
                setError(error, tr("The PostgreSQL driver (QPSQL) is not installed."));
                return nullptr;
            }
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
            db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            QStringList options {QStringLiteral("connect_timeout=10")};
            const QString sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
            if (!sslMode.isEmpty())
                options << QLatin1String("sslmode=") + sslMode;
            db.setConnectOptions(options.join(QLatin1Char(';')));
            store.reset(new AuditStore(Backend::Postgres, connectionName, redacted(url), parent));
        } else {
            if (location.isEmpty()) {
                setError(error, tr("No audit log location is set."));
                return nullptr;
            }
            const QFileInfo info(location);
            if (info.isDir()) {
                setError(error, tr("The audit log location %1 is a folder, not a file.").arg(location));
                return nullptr;
            }
            QDir().mkpath(info.absolutePath());
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
            db.setDatabaseName(location);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            store.reset(new AuditStore(Backend::Sqlite, connectionName, location, parent));
        }
        if (!db.open()) {
            setError(error, tr("Cannot open the audit log %1: %2").arg(store->location(), sqlError(db.lastError())));
            return nullptr; // the destructor removes the connection
        }
    }
    if (!store->initialise(error))
        return nullptr;
    return store;
}

bool AuditStore::initialise(QString *error)
{
    QSqlDatabase db = database();
    QString problem;
    bool ok = true;
    if (m_backend == Backend::Sqlite) {
        QSqlQuery mode(db);
        // WAL lets readers work while a writer appends; FULL makes every commit durable.
        ok = mode.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && mode.next()
            && mode.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0;
        if (!ok)
            problem = mode.lastError().isValid() ? sqlError(mode.lastError()) : tr("WAL journal mode is not available");
        ok = ok && execPlain(db, QStringLiteral("PRAGMA synchronous=FULL"), &problem);
        ok = ok && execPlain(db, QStringLiteral("BEGIN IMMEDIATE"), &problem);
    } else {
        // IF NOT EXISTS notices are expected on every start; keep them out of the log.
        ok = execPlain(db, QStringLiteral("SET client_min_messages = warning"), &problem)
            && execPlain(db, QStringLiteral("BEGIN"), &problem)
            && execPlain(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(SchemaLockKey), &problem);
    }
    const QStringList statements = schemaStatements(m_backend);
    for (const QString &statement : statements)
        ok = ok && execPlain(db, statement, &problem);
    if (ok && m_backend == Backend::Sqlite)
        m_textIndex = createTextIndex();
    ok = ok && execPlain(db, QStringLiteral("COMMIT"), &problem);
    if (!ok) {
        execPlain(db, QStringLiteral("ROLLBACK"), nullptr);
        setError(error, tr("Cannot prepare the audit log %1: %2").arg(location(), problem));
        return false;
    }
    return true;
}

AuditStore::Backend AuditStore::backend() const
{
    return m_backend;
}

QString AuditStore::location() const
{
    return m_location;
}

std::unique_ptr<AuditStore> AuditStore::openClone(QString *error) const
{
    const QString connectionName = nextConnectionName();
    std::unique_ptr<AuditStore> store(new AuditStore(m_backend, connectionName, m_location, nullptr));
    {
        QSqlDatabase db = QSqlDatabase::cloneDatabase(m_connectionName, connectionName);
        if (!db.open()) {
            setError(error, tr("Cannot open the audit log %1: %2").arg(m_location, sqlError(db.lastError())));
            return nullptr; // the destructor removes the connection
        }
    }
    if (!store->initialise(error))
        return nullptr;
    return store;
}

QSqlDatabase AuditStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool AuditStore::beginWrite(QString *error)
{
    if (m_inTransaction) {
        setError(error, tr("An audit write is already in progress."));
        return false;
    }
    QString problem;
    // IMMEDIATE takes SQLite's write lock now; on PostgreSQL the chain head row is the lock.
    const QString begin = m_backend == Backend::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!execPlain(database(), begin, &problem)) {
        setError(error, tr("Cannot write to the audit log: %1").arg(problem));
        return false;
    }
    m_inTransaction = true;
    m_uncommitted.clear();
    return true;
}

bool AuditStore::appendInTransaction(AuditEntry &entry, QString *error)
{
    if (!m_inTransaction) {
        setError(error, tr("No audit write is in progress."));
        return false;
    }
    QSqlQuery head(database());
    const QString lockClause = m_backend == Backend::Postgres ? QStringLiteral(" FOR UPDATE") : QString();
    QString problem;
    if (!execBound(head, QLatin1String("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1") + lockClause, {},
            &problem)
        || !head.next()) {
        setError(error, tr("Cannot read the audit chain head: %1").arg(problem));
        return false;
    }
    AuditEntry candidate = entry;
    candidate.id = head.value(0).toLongLong() + 1;
    candidate.prevHash = head.value(1).toString();
    head.finish();
    // The stored time has millisecond precision; hash what will be read back.
    const QDateTime when = entry.time.isValid() ? entry.time : QDateTime::currentDateTimeUtc();
    candidate.time = QDateTime::fromMSecsSinceEpoch(when.toMSecsSinceEpoch(), Qt::UTC);
    if (candidate.level.isEmpty())
        candidate.level = AuditLevel::Info;
    candidate.hash = candidate.computeHash();

    QSqlQuery insert(database());
    const QVariantList values {candidate.id, candidate.time.toMSecsSinceEpoch(), text(candidate.level),
        text(candidate.msg), text(candidate.supervisor), text(candidate.agentId), text(candidate.agentName),
        text(candidate.fromStatus), text(candidate.toStatus), text(candidate.reason), text(candidate.outcome),
        text(candidate.error), candidate.latencyMs, text(candidate.etagBefore), text(candidate.etagAfter),
        text(candidate.correlationId), text(candidate.prevHash), text(candidate.hash)};
    if (!execBound(insert,
            QLatin1String("INSERT INTO audit_entries (") + QLatin1String(Columns)
                + QLatin1String(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values, &problem)) {
        setError(error, tr("Cannot append to the audit log: %1").arg(problem));
        return false;
    }
    if (m_textIndex) {
        QSqlQuery index(database());
        if (!execBound(index, QStringLiteral("INSERT INTO audit_text (rowid, body) VALUES (?, ?)"),
                {candidate.id, searchableText(candidate)}, &problem)) {
            setError(error, tr("Cannot append to the audit log: %1").arg(problem));
            return false;
        }
    }
    QSqlQuery move(database());
    if (!execBound(move, QStringLiteral("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1"),
            {candidate.id, candidate.hash}, &problem)) {
        setError(error, tr("Cannot advance the audit chain: %1").arg(problem));
        return false;
    }
    entry = candidate;
    m_uncommitted << candidate;
    return true;
}

bool AuditStore::commitWrite(QString *error)
{
    if (!m_inTransaction) {
        setError(error, tr("No audit write is in progress."));
        return false;
    }
    QString problem;
    if (!execPlain(database(), QStringLiteral("COMMIT"), &problem)) {
        rollbackWrite();
        setError(error, tr("Cannot commit to the audit log: %1").arg(problem));
        return false;
    }
    m_inTransaction = false;
    const QVector<AuditEntry> written = std::exchange(m_uncommitted, {});
    for (const AuditEntry &entry : written)
        emit entryAppended(entry);
    return true;
}

void AuditStore::rollbackWrite()
{
    if (!m_inTransaction)
        return;
    execPlain(database(), QStringLiteral("ROLLBACK"), nullptr);
    m_inTransaction = false;
    m_uncommitted.clear();
}

bool AuditStore::append(AuditEntry &entry, QString *error)
{
    AuditEntry candidate = entry;
    if (!beginWrite(error))
        return false;
    if (!appendInTransaction(candidate, error)) {
        rollbackWrite();
        return false;
    }
    if (!commitWrite(error))
        return false;
    entry = candidate;
    return true;
}

QVector<AuditEntry> AuditStore::query(const AuditQuery &q, QString *error) const
{
    QVector<AuditEntry> entries;
    // A page stops after `limit` rows, so a common text is found sooner by scanning the newest
    // entries than by collecting all its matches from the index first.
    const bool useTextIndex = m_textIndex && (q.limit <= 0 || textIsRare(q.text));
    WhereClause where = whereFor(q, FilterContext {m_backend, agentIsId(q.agent), useTextIndex});
    QString sql = QLatin1String("SELECT ") + QLatin1String(Columns) + QLatin1String(" FROM audit_entries") + where.sql
        + QLatin1String(" ORDER BY time_ms DESC, id DESC");
    if (q.limit > 0) {
        sql += QLatin1String(" LIMIT ? OFFSET ?");
        where.values << q.limit << qMax(0, q.offset);
    } else if (q.offset > 0) {
        sql += QLatin1String(" LIMIT -1 OFFSET ?");
        if (m_backend == Backend::Postgres)
            sql.replace(QLatin1String("LIMIT -1 "), QString());
        where.values << q.offset;
    }
    QSqlQuery query(database());
    QString problem;
    if (!execBound(query, sql, where.values, &problem)) {
        qCWarning(lcAudit) << "audit query failed:" << problem;
        setError(error, tr("Cannot read the audit log: %1").arg(problem));
        return entries;
    }
    while (query.next())
        entries << entryFromQuery(query);
    return entries;
}

qint64 AuditStore::count(const AuditQuery &q) const
{
    const WhereClause where = whereFor(q, FilterContext {m_backend, agentIsId(q.agent), m_textIndex});
    return countRows(QLatin1String("SELECT COUNT(*) FROM audit_entries") + where.sql, where.values);
}

qint64 AuditStore::countUpTo(const AuditQuery &q, qint64 cap) const
{
    if (cap <= 0)
        return 0;
    // The index collects every match before the limit applies; for a common text a scan that
    // stops after cap matches is the cheaper one (as for a page in query()).
    const bool useTextIndex = m_textIndex && textIsRare(q.text);
    WhereClause where = whereFor(q, FilterContext {m_backend, agentIsId(q.agent), useTextIndex});
    where.values << cap;
    return countRows(QLatin1String("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entries") + where.sql
            + QLatin1String(" LIMIT ?) AS capped"),
        where.values);
}

qint64 AuditStore::countRows(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(database());
    QString problem;
    if (!execBound(query, sql, values, &problem) || !query.next()) {
        qCWarning(lcAudit) << "audit count failed:" << problem;
        return -1;
    }
    return query.value(0).toLongLong();
}

bool AuditStore::forEachMatching(
    const AuditQuery &q, const std::function<bool(const AuditEntry &)> &visit, QString *error) const
{
    qint64 after = 0;
    const FilterContext context = FilterContext {m_backend, agentIsId(q.agent), m_textIndex};
    for (;;) {
        WhereClause where = whereFor(q, context, QStringLiteral("id > ?"), {after});
        QSqlQuery query(database());
        QString problem;
        if (!execBound(query,
                QLatin1String("SELECT ") + QLatin1String(Columns) + QLatin1String(" FROM audit_entries") + where.sql
                    + QLatin1String(" ORDER BY id ASC LIMIT ") + QString::number(ExportBatch),
                where.values, &problem)) {
            setError(error, tr("Cannot read the audit log: %1").arg(problem));
            return false;
        }
        int rows = 0;
        while (query.next()) {
            const AuditEntry entry = entryFromQuery(query);
            after = entry.id;
            ++rows;
            if (!visit(entry)) {
                setError(error, tr("Cannot write the export."));
                return false;
            }
        }
        if (rows < ExportBatch)
            return true;
    }
}

bool AuditStore::exportJsonLines(QIODevice *out, const AuditQuery &q, QString *error) const
{
    if (!out || !out->isWritable()) {
        setError(error, tr("The export target is not writable."));
        return false;
    }
    return forEachMatching(
        q,
        [out](const AuditEntry &entry) {
            const QByteArray line = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
            return out->write(line) == line.size();
        },
        error);
}

QString AuditStore::csvCell(const QString &value)
{
    QString cell = value;
    // A spreadsheet would run these as formulas; a leading apostrophe makes them plain text.
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n'))
        || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

bool AuditStore::exportCsv(QIODevice *out, const AuditQuery &q, QString *error) const
{
    if (!out || !out->isWritable()) {
        setError(error, tr("The export target is not writable."));
        return false;
    }
    const QByteArray header = QByteArray(Columns).replace(", ", ",").replace("time_ms", "time") + "\r\n";
    if (out->write(header) != header.size()) {
        setError(error, tr("Cannot write the export."));
        return false;
    }
    return forEachMatching(
        q,
        [out](const AuditEntry &e) {
            const QStringList cells {QString::number(e.id), AuditEntry::formatTime(e.time), e.level, e.msg,
                e.supervisor, e.agentId, e.agentName, e.fromStatus, e.toStatus, e.reason, e.outcome, e.error,
                e.latencyMs < 0 ? QString() : QString::number(e.latencyMs), e.etagBefore, e.etagAfter, e.correlationId,
                e.prevHash, e.hash};
            QStringList escaped;
            for (const QString &cell : cells)
                escaped << csvCell(cell);
            const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
            return out->write(line) == line.size();
        },
        error);
}

QVector<AuditEntry> AuditStore::intentsWithoutOutcome() const
{
    QVector<AuditEntry> entries;
    const QStringList closing = AuditOutcome::closingIntent();
    QStringList marks;
    QVariantList values {QString(AuditOutcome::Intent)};
    for (const QString &outcome : closing) {
        marks << QStringLiteral("?");
        values << outcome;
    }
    QLatin1String aliased("i.id, i.time_ms, i.level, i.msg, i.supervisor, i.agent_id, i.agent_name, i.from_status, "
                          "i.to_status, i.reason, i.outcome, i.error, i.latency_ms, i.etag_before, i.etag_after, "
                          "i.correlation_id, i.prev_hash, i.hash");
    const QString sql = QLatin1String("SELECT ") + aliased
        + QLatin1String(" FROM audit_entries i WHERE i.outcome = ? AND NOT EXISTS (SELECT 1 FROM audit_entries o "
                        "WHERE o.agent_id = i.agent_id AND o.id > i.id AND o.outcome IN (")
        + marks.join(QLatin1Char(',')) + QLatin1String(")) ORDER BY i.id ASC");
    QSqlQuery query(database());
    QString problem;
    if (!execBound(query, sql, values, &problem)) {
        qCWarning(lcAudit) << "cannot look for open intents:" << problem;
        return entries;
    }
    while (query.next())
        entries << entryFromQuery(query);
    return entries;
}

AuditVerifyResult AuditStore::verify() const
{
    AuditVerifyResult failed;
    failed.problem = AuditVerifyResult::Problem::ReadError;
    QSqlDatabase db = database();
    QString problem;
    // One snapshot for the head and the entries, so that a concurrent append does not look like tampering.
    const bool ownTransaction = !m_inTransaction;
    if (ownTransaction) {
        const QString begin = m_backend == Backend::Postgres
            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            : QStringLiteral("BEGIN");
        if (!execPlain(db, begin, &problem)) {
            failed.message = tr("Cannot read the audit log: %1").arg(problem);
            return failed;
        }
    }
    const auto done = [&](const AuditVerifyResult &result) {
        if (ownTransaction)
            execPlain(db, QStringLiteral("ROLLBACK"), nullptr);
        return result;
    };
    AuditChainVerifier verifier;
    {
        QSqlQuery head(db);
        if (!execBound(
                head, QStringLiteral("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1"), {}, &problem)) {
            failed.message = tr("Cannot read the audit chain head: %1").arg(problem);
            return done(failed);
        }
        if (head.next())
            verifier.setHead(head.value(0).toLongLong(), head.value(1).toString());
    }
    QSqlQuery query(db);
    if (!execBound(query,
            QLatin1String("SELECT ") + QLatin1String(Columns) + QLatin1String(" FROM audit_entries ORDER BY id ASC"),
            {}, &problem)) {
        failed.message = tr("Cannot read the audit log: %1").arg(problem);
        return done(failed);
    }
    while (query.next()) {
        if (!verifier.feed(entryFromQuery(query)))
            break;
    }
    return done(verifier.finish());
}

bool AuditStore::agentIsId(const QString &agent) const
{
    if (agent.isEmpty())
        return false;
    QSqlQuery query(database());
    return execBound(query, QStringLiteral("SELECT 1 FROM audit_entries WHERE agent_id = ? LIMIT 1"), {agent}, nullptr)
        && query.next();
}

bool AuditStore::createTextIndex()
{
    QSqlDatabase db = database();
    QSqlQuery exists(db);
    if (!execBound(exists, QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'audit_text'"), {}, nullptr))
        return false;
    if (exists.next())
        return true;
    exists.finish();
    // Contentless: the index only maps trigrams to ids, the text stays in audit_entries.
    QString problem;
    if (!execPlain(db,
            QStringLiteral("CREATE VIRTUAL TABLE audit_text USING fts5(body, content='', tokenize='trigram')"),
            &problem)) {
        qCInfo(lcAudit) << "no trigram text index (free text search scans instead):" << problem;
        return false;
    }
    // A log from before the index existed: index what is there.
    QSqlQuery rows(db);
    if (!execBound(rows,
            QLatin1String("SELECT ") + QLatin1String(Columns) + QLatin1String(" FROM audit_entries ORDER BY id"), {},
            &problem))
        return false;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_text (rowid, body) VALUES (?, ?)"));
    while (rows.next()) {
        const AuditEntry entry = entryFromQuery(rows);
        insert.addBindValue(entry.id);
        insert.addBindValue(searchableText(entry));
        if (!insert.exec())
            return false;
    }
    return true;
}

bool AuditStore::textIsRare(const QString &text) const
{
    if (text.size() < MinIndexedText)
        return false;
    QString phrase = text;
    phrase.replace(QLatin1String("\""), QLatin1String("\"\""));
    QSqlQuery query(database());
    return execBound(query,
               QStringLiteral("SELECT COUNT(*) FROM (SELECT rowid FROM audit_text WHERE audit_text MATCH ? LIMIT %1)")
                   .arg(RareTextMatches),
               {QString(QLatin1Char('"') + phrase + QLatin1Char('"'))}, nullptr)
        && query.next() && query.value(0).toInt() < RareTextMatches;
}
