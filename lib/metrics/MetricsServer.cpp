// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsServer.h"

#include "metrics/MetricsLogging.h"
#include "metrics/MetricsRegistry.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
// A request line and a few headers; anything bigger is not a scrape.
constexpr qint64 MaxRequestBytes = 8192;
constexpr int IdleTimeoutMs = 10000;
} // namespace

MetricsServer::MetricsServer(MetricsRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

MetricsServer::~MetricsServer() = default;

bool MetricsServer::listen(quint16 port, QString *error)
{
    if (m_server->isListening())
        m_server->close();
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QCoreApplication::translate("MetricsServer", "Cannot listen on 127.0.0.1:%1: %2")
                         .arg(port)
                         .arg(m_server->errorString());
        return false;
    }
    qCInfo(lcMetrics) << "serving metrics on 127.0.0.1 port" << m_server->serverPort();
    return true;
}

void MetricsServer::close()
{
    m_server->close();
}

bool MetricsServer::isListening() const
{
    return m_server->isListening();
}

quint16 MetricsServer::port() const
{
    return m_server->serverPort();
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        // A client that never finishes its request must not hold the socket forever.
        QTimer::singleShot(IdleTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void MetricsServer::onReadyRead(QTcpSocket *socket)
{
    if (socket->property("answered").toBool())
        return;
    const QByteArray head = socket->peek(MaxRequestBytes + 1);
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n")) {
        if (head.size() > MaxRequestBytes)
            respond(socket, 431, "Request Header Fields Too Large", "text/plain", "request too large\n");
        return;
    }
    socket->setProperty("answered", true);
    const QByteArray requestLine = head.left(head.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/")) {
        respond(socket, 400, "Bad Request", "text/plain", "bad request\n");
        return;
    }
    QByteArray path = parts.at(1);
    const int query = path.indexOf('?');
    if (query >= 0)
        path.truncate(query);
    if (path != "/metrics") {
        respond(socket, 404, "Not Found", "text/plain", "only /metrics is served here\n");
        return;
    }
    if (parts.at(0) != "GET" && parts.at(0) != "HEAD") {
        respond(socket, 405, "Method Not Allowed", "text/plain", "use GET\n");
        return;
    }
    const QByteArray body = m_registry ? m_registry->exposition() : QByteArray();
    respond(socket, 200, "OK", "text/plain; version=0.0.4; charset=utf-8", parts.at(0) == "HEAD" ? QByteArray() : body);
}

void MetricsServer::respond(
    QTcpSocket *socket, int status, const QByteArray &reason, const QByteArray &contentType, const QByteArray &body)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: " + contentType + "\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    socket->disconnectFromHost();
}
