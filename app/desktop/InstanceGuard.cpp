// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/InstanceGuard.h"

#include "desktop/DesktopLogging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kRaised = QByteArrayLiteral("ok\n");
constexpr int kReadTimeoutMs = 1000;

QString lockDirectory()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir;
}

} // namespace

InstanceGuard::InstanceGuard(const QString &auditLocation, QObject *parent)
    : QObject(parent)
{
    // The same file reached by two spellings is the same history.
    const QFileInfo file(auditLocation);
    const QString canonical = file.exists() ? file.canonicalFilePath() : auditLocation;
    const QByteArray hash = QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    m_name = QStringLiteral("statusdesk-") + QString::fromLatin1(hash);
}

InstanceGuard::~InstanceGuard() = default;

bool InstanceGuard::claim()
{
    m_lock = std::make_unique<QLockFile>(QDir(lockDirectory()).filePath(m_name + QStringLiteral(".lock")));
    // A lock left by a copy that crashed is stale (its process is gone) and is taken over.
    if (!m_lock->tryLock(0)) {
        m_lock.reset();
        return false;
    }
    QLocalServer::removeServer(m_name);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        qCWarning(lcDesktop) << "instance guard: cannot listen:" << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                // A request is one short line; anything longer is not ours.
                const QByteArray line = socket->readLine(kRaise.size() + 1);
                if (line == kRaise) {
                    socket->write(kRaised);
                    socket->flush();
                    emit raiseRequested();
                }
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

bool InstanceGuard::askToRaise(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs) || !socket.waitForReadyRead(qMin(timeoutMs, kReadTimeoutMs)))
        return false;
    return socket.readLine(kRaised.size() + 1) == kRaised;
}
