// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditStore.h"

#include "audit/AuditChain.h"
#include "audit/AuditExporter.h"
#include "audit/AuditQueryRunner.h"
#include "audit/AuditRow.h"
#include "audit/AuditSchema.h"
#include "audit/AuditSql.h"
#include "audit/AuditWriter.h"
#include "core/Clock.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using AuditSql::errorText;
using AuditSql::execPlain;
using AuditSql::setError;

namespace {

constexpr int PostgresDefaultPort = 5432;
// A team log on an unreachable server fails the start in seconds instead of hanging it.
constexpr int PostgresConnectTimeoutSeconds = 10;
// Another console (or the CLI) appending to the same SQLite file holds its lock for a moment only;
// waiting this long for it beats failing the append.
constexpr int SqliteBusyTimeoutMs = 10000;

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

bool isPostgresUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres"));
}

QSqlDatabase addPostgresConnection(const QUrl &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    db.setPort(url.port(PostgresDefaultPort));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    QStringList options {QStringLiteral("connect_timeout=%1").arg(PostgresConnectTimeoutSeconds)};
    const QString sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (!sslMode.isEmpty())
        options << QLatin1String("sslmode=") + sslMode;
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

QSqlDatabase addSqliteConnection(const QString &location, const QString &connectionName)
{
    QDir().mkpath(QFileInfo(location).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteBusyTimeoutMs));
    return db;
}

} // namespace

AuditStore::AuditStore(
    Backend backend, const QString &connectionName, const QString &location, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_dialect(backend)
    , m_clock(Clock::orSystem(clock))
    , m_connectionName(connectionName)
    , m_location(location)
{
    qRegisterMetaType<AuditEntry>();
}

AuditStore::~AuditStore()
{
    m_writer.reset(); // commits what it has queued, on its own connection
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

bool AuditStore::isPostgresLocation(const QString &location)
{
    return isPostgresUrl(QUrl(location));
}

QString AuditStore::displayLocation(const QString &location)
{
    const QUrl url(location);
    return isPostgresUrl(url) ? redacted(url) : location;
}

std::unique_ptr<AuditStore> AuditStore::open(const QString &location, QString *error, Clock *clock, QObject *parent)
{
    const QString connectionName = nextConnectionName();
    const QUrl url(location, QUrl::StrictMode);
    std::unique_ptr<AuditStore> store;
    {
        QSqlDatabase db;
        if (isPostgresUrl(url)) {
            if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
                setError(error, tr("The PostgreSQL driver (QPSQL) is not installed."));
                return nullptr;
            }
            db = addPostgresConnection(url, connectionName);
            store.reset(new AuditStore(Backend::Postgres, connectionName, redacted(url), clock, parent));
        } else {
            if (location.isEmpty()) {
                setError(error, tr("No audit log location is set."));
                return nullptr;
            }
            if (QFileInfo(location).isDir()) {
                setError(error, tr("The audit log location %1 is a folder, not a file.").arg(location));
                return nullptr;
            }
            db = addSqliteConnection(location, connectionName);
            store.reset(new AuditStore(Backend::Sqlite, connectionName, location, clock, parent));
        }
        if (!db.open()) {
            setError(error, tr("Cannot open the audit log %1: %2").arg(store->location(), errorText(db.lastError())));
            return nullptr; // the destructor removes the connection
        }
    }
    if (!store->initialise(error))
        return nullptr;
    return store;
}

bool AuditStore::initialise(QString *error)
{
    AuditSchema schema(database(), m_dialect);
    QString problem;
    if (!schema.prepare(&problem)) {
        setError(error, tr("Cannot prepare the audit log %1: %2").arg(location(), problem));
        return false;
    }
    m_textIndex = schema.hasTextIndex();
    return true;
}

AuditStore::Backend AuditStore::backend() const
{
    return m_dialect.backend();
}

QString AuditStore::location() const
{
    return m_location;
}

std::unique_ptr<AuditStore> AuditStore::openClone(QString *error) const
{
    return cloneOpener()(error);
}

AuditStore::CloneOpener AuditStore::cloneOpener() const
{
    const Backend kind = backend();
    const QString source = m_connectionName;
    const QString location = m_location;
    Clock *clock = m_clock;
    const AuditKey key = m_key;
    return [kind, source, location, clock, key](QString *error) -> std::unique_ptr<AuditStore> {
        const QString connectionName = nextConnectionName();
        std::unique_ptr<AuditStore> store(new AuditStore(kind, connectionName, location, clock, nullptr));
        {
            // By name: the source's handle belongs to its own thread.
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, connectionName);
            if (!db.isValid()) {
                setError(error, tr("Cannot open the audit log %1: it is closed.").arg(location));
                return nullptr;
            }
            if (!db.open()) {
                setError(error, tr("Cannot open the audit log %1: %2").arg(location, errorText(db.lastError())));
                return nullptr; // the destructor removes the connection
            }
        }
        if (!store->initialise(error))
            return nullptr;
        store->m_key = key;
        return store;
    };
}

QSqlDatabase AuditStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

AuditChain AuditStore::chain() const
{
    return AuditChain(database(), m_dialect, m_textIndex, m_clock, m_key);
}

AuditQueryRunner AuditStore::queries() const
{
    return AuditQueryRunner(database(), m_dialect, m_textIndex);
}

bool AuditStore::beginWrite(QString *error)
{
    if (m_inTransaction) {
        setError(error, tr("An audit write is already in progress."));
        return false;
    }
    QString problem;
    if (!execPlain(database(), m_dialect.beginWrite(), &problem)) {
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
    AuditEntry candidate = entry;
    if (!chain().append(candidate, error))
        return false;
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

AuditWriter *AuditStore::writer()
{
    if (!m_writer)
        m_writer = std::make_unique<AuditWriter>(this);
    return m_writer.get();
}

QVector<AuditEntry> AuditStore::query(const AuditQuery &q, QString *error) const
{
    return queries().query(q, error);
}

qint64 AuditStore::count(const AuditQuery &q) const
{
    return queries().count(q);
}

qint64 AuditStore::countUpTo(const AuditQuery &q, qint64 cap) const
{
    return queries().countUpTo(q, cap);
}

QVector<AuditEntry> AuditStore::intentsWithoutOutcome() const
{
    return queries().intentsWithoutOutcome();
}

QVector<AuditEntry> AuditStore::latestApplied(const QStringList &agentIds) const
{
    return queries().latestApplied(agentIds);
}

AuditVerifyResult AuditStore::verify() const
{
    return chain().verify(m_inTransaction);
}

bool AuditStore::setKey(const AuditKey &key, QString *error)
{
    m_key = key;
    if (!key.isValid())
        return true;
    AuditKeyState state;
    if (!keyState(key, &state, error)) {
        m_key = AuditKey();
        return false;
    }
    switch (state.kind) {
    case AuditKeyState::Kind::Empty: // an empty log is keyed from its first entry
    case AuditKeyState::Kind::KeyedWithKey:
        return true;
    case AuditKeyState::Kind::KeyedOtherwise:
        // Only a chain that is still unkeyed gets the marker: one keyed with another key (or whose last entry
        // was changed) must not be written to, or a wrong key would bury the chain under a fresh marker.
        m_key = AuditKey();
        setError(error,
            tr("The audit log's last entry (%1) is keyed with another key, or was changed: nothing was written.")
                .arg(state.lastId));
        return false;
    case AuditKeyState::Kind::Unkeyed:
        break;
    }
    AuditEntry marker;
    marker.level = AuditLevel::Info;
    marker.outcome = AuditOutcome::ChainKeyed;
    marker.msg = tr("From this entry on the audit chain is keyed.");
    return append(marker, error);
}

bool AuditStore::keyState(const AuditKey &key, AuditKeyState *state, QString *error) const
{
    *state = AuditKeyState();
    QString lastLink;
    if (!head(&state->lastId, &lastLink, error))
        return false;
    if (state->lastId == 0)
        return true;
    QSqlQuery read(database());
    read.prepare(QLatin1String("SELECT ") + AuditRow::columns() + QLatin1String(" FROM audit_entries WHERE id = ?"));
    read.addBindValue(state->lastId);
    if (!read.exec() || !read.next()) {
        setError(error, tr("Cannot read the audit log: %1").arg(errorText(read.lastError())));
        return false;
    }
    const AuditEntry last = AuditRow::fromQuery(read);
    QSqlQuery marker(database());
    marker.prepare(QStringLiteral("SELECT MAX(id) FROM audit_entries WHERE outcome = ?"));
    marker.addBindValue(QString(AuditOutcome::ChainKeyed));
    if (!marker.exec() || !marker.next()) {
        setError(error, tr("Cannot read the audit log: %1").arg(errorText(marker.lastError())));
        return false;
    }
    state->markerId = marker.value(0).toLongLong();
    if (key.isValid() && AuditChain::linkOf(last, key) == last.hash)
        state->kind = AuditKeyState::Kind::KeyedWithKey;
    else if (AuditChain::linkOf(last, AuditKey()) == last.hash)
        state->kind = AuditKeyState::Kind::Unkeyed;
    else
        state->kind = AuditKeyState::Kind::KeyedOtherwise;
    return true;
}

bool AuditStore::head(qint64 *lastId, QString *lastHash, QString *error) const
{
    if (!chain().head(lastId, lastHash, error))
        return false;
    if (*lastId == 0)
        *lastHash = AuditEntry::genesisHash();
    return true;
}

bool AuditStore::linkAt(qint64 id, QString *link, QString *error) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT hash FROM audit_entries WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        setError(error, errorText(query.lastError()));
        return false;
    }
    if (!query.next())
        return false;
    *link = query.value(0).toString();
    return true;
}

bool AuditStore::exportJsonLines(QIODevice *out, const AuditQuery &q, QString *error) const
{
    const AuditQueryRunner runner = queries();
    return AuditExporter(runner).exportJsonLines(out, q, error);
}

bool AuditStore::exportCsv(QIODevice *out, const AuditQuery &q, QString *error) const
{
    const AuditQueryRunner runner = queries();
    return AuditExporter(runner).exportCsv(out, q, error);
}

QString AuditStore::csvCell(const QString &value)
{
    return AuditExporter::csvCell(value);
}
