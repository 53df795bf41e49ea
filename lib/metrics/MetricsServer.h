// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class MetricsRegistry;
class QTcpServer;
class QTcpSocket;

// The opt-in loopback endpoint: GET /metrics on 127.0.0.1 returns the exposition
// (text/plain; version=0.0.4). Anything else gets 404 or 405. One request per connection.
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(MetricsRegistry *registry, QObject *parent = nullptr);
    ~MetricsServer() override;

    // port 0 picks a free port. Returns false and fills *error when it cannot listen.
    bool listen(quint16 port, QString *error = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &contentType,
        const QByteArray &body);

    QPointer<MetricsRegistry> m_registry;
    QTcpServer *m_server;
};
