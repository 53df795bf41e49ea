// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// A throw-away PostgreSQL server for tests: initdb into a temporary folder, then postgres on
// 127.0.0.1 with a free port (trust authentication, fsync off). PostgreSQL refuses to run as root,
// so when the test runs as root the server runs as "nobody". Stopped and deleted on destruction.
class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // Returns false with a reason when the binaries are missing or the server does not come up.
    bool start(QString *error);
    void stop();

    quint16 port() const;
    // Creates a database and returns its postgresql:// URL (empty with *error on failure).
    QString createDatabase(const QString &name, QString *error);
    QString url(const QString &database) const;

    // The folder with initdb and postgres, or an empty string.
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &arguments, QString *error);
    // Starts postgres on m_port; *portTaken tells a lost race for the port from other failures.
    bool launch(const QString &data, const QString &sockets, bool *portTaken, QString *error);
    QStringList asServerUser(const QString &program, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    QString m_binDir;
    quint16 m_port = 0;
    bool m_asNobody = false;
    uint m_uid = 0;
    uint m_gid = 0;
};
