// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/PostgresServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUuid>

#include <pwd.h>
#include <signal.h>
#include <sys/types.h>
#include <unistd.h>

namespace {
const QString User = QStringLiteral("statusdesk");
constexpr int StartTimeoutMs = 60000;
constexpr int PortAttempts = 3;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool chownTree(const QString &path, uint uid, uint gid)
{
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return false;
    QDir dir(path);
    const QFileInfoList entries = dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &info : entries) {
        if (info.isDir() ? !chownTree(info.filePath(), uid, gid)
                         : ::chown(QFile::encodeName(info.filePath()).constData(), uid, gid) != 0)
            return false;
    }
    return true;
}
} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions) {
        const QString dir = QStringLiteral("/usr/lib/postgresql/") + version + QStringLiteral("/bin");
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")) && QFileInfo::exists(dir + QStringLiteral("/postgres")))
            return dir;
    }
    return QString();
}

QStringList PostgresServer::asServerUser(const QString &program, const QStringList &arguments) const
{
    if (!m_asNobody)
        return QStringList {program} + arguments;
    return QStringList {QStringLiteral("setpriv"), QStringLiteral("--reuid=%1").arg(m_uid),
               QStringLiteral("--regid=%1").arg(m_gid), QStringLiteral("--clear-groups"), QStringLiteral("--"), program}
    + arguments;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, QString *error)
{
    const QStringList command = asServerUser(program, arguments);
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(command.first(), command.mid(1));
    if (!process.waitForFinished(StartTimeoutMs) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = command.join(QLatin1Char(' ')) + QStringLiteral(" failed: ") + process.errorString()
            + QLatin1Char('\n') + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool PostgresServer::start(QString *error)
{
    m_binDir = binDir();
    if (m_binDir.isEmpty()) {
        *error = QStringLiteral("PostgreSQL server binaries not found under /usr/lib/postgresql "
                                "(scripts/install-deps installs the postgresql package)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/statusdesk-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString();
        return false;
    }
    m_asNobody = ::geteuid() == 0;
    if (m_asNobody) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody) {
            *error = QStringLiteral("running as root, but there is no user 'nobody' to run PostgreSQL as");
            return false;
        }
        m_uid = nobody->pw_uid;
        m_gid = nobody->pw_gid;
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    const QString sockets = m_dir->filePath(QStringLiteral("sockets"));
    QDir().mkpath(sockets);
    if (m_asNobody && !chownTree(m_dir->path(), m_uid, m_gid)) {
        *error = QStringLiteral("cannot hand the temporary folder to nobody");
        return false;
    }
    if (!run(m_binDir + QStringLiteral("/initdb"),
            {QStringLiteral("-D"), data, QStringLiteral("-U"), User, QStringLiteral("--auth=trust"),
                QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                QStringLiteral("--locale=C.UTF-8")},
            error))
        return false;
    // The free port is only free when it was looked at: a test running in parallel may take it
    // before postgres binds it, so a lost race is tried again on another port.
    for (int attempt = 1;; ++attempt) {
        m_port = freePort();
        bool portTaken = false;
        if (launch(data, sockets, &portTaken, error))
            return true;
        if (!portTaken || attempt == PortAttempts)
            return false;
    }
}

bool PostgresServer::launch(const QString &data, const QString &sockets, bool *portTaken, QString *error)
{
    const QStringList command = asServerUser(m_binDir + QStringLiteral("/postgres"),
        {QStringLiteral("-D"), data, QStringLiteral("-k"), sockets, QStringLiteral("-p"), QString::number(m_port),
            QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-c"), QStringLiteral("fsync=off"),
            QStringLiteral("-c"), QStringLiteral("full_page_writes=off"), QStringLiteral("-c"),
            QStringLiteral("max_connections=50")});
    m_server.setWorkingDirectory(m_dir->path());
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(command.first(), command.mid(1));
    if (!m_server.waitForStarted(StartTimeoutMs)) {
        *error = QStringLiteral("postgres did not start: ") + m_server.errorString();
        return false;
    }
    QByteArray log;
    const QDeadlineTimer deadline(StartTimeoutMs);
    while (!log.contains("ready to accept connections")) {
        if (m_server.state() != QProcess::Running || deadline.hasExpired()) {
            m_server.waitForFinished(1000);
            log += m_server.readAll();
            *portTaken = log.contains("Address already in use");
            *error = QStringLiteral("postgres did not become ready:\n") + QString::fromLocal8Bit(log);
            stop();
            return false;
        }
        m_server.waitForReadyRead(200);
        log += m_server.readAll();
    }
    return true;
}

void PostgresServer::stop()
{
    if (m_server.state() != QProcess::NotRunning) {
        // SIGINT is PostgreSQL's fast shutdown: no waiting for clients.
        ::kill(pid_t(m_server.processId()), SIGINT);
        if (!m_server.waitForFinished(20000)) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
}

quint16 PostgresServer::port() const
{
    return m_port;
}

QString PostgresServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(User).arg(m_port).arg(database);
}

QString PostgresServer::createDatabase(const QString &name, QString *error)
{
    const QString connection = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_port);
        db.setUserName(User);
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok ? url(name) : QString();
}
