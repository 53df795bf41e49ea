// SPDX-License-Identifier: GPL-3.0-or-later
#include "RawHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

RawHttpServer::RawHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl RawHttpServer::start()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return QUrl();
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void RawHttpServer::script(const QList<QByteArray> &responses)
{
    m_responses = responses;
}

QByteArray RawHttpServer::response(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + QByteArrayLiteral(" X\r\n")
        + QByteArrayLiteral("Content-Type: application/json\r\nConnection: close\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n") + extraHeaders + QByteArrayLiteral("\r\n") + body;
}

void RawHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffered = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffered);
    const qsizetype headerEnd = buffered.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    qsizetype length = 0;
    const QList<QByteArray> lines = buffered.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (buffered.size() < headerEnd + 4 + length)
        return;
    socket->setProperty("buffer", QByteArray());
    m_requestLines.append(lines.value(0).trimmed());
    m_requestHeads.append(buffered.left(headerEnd));
    const QByteArray answer = m_responses.isEmpty() ? response(204, QByteArray())
                                                    : m_responses.value(qMin(m_requests, int(m_responses.size()) - 1));
    ++m_requests;
    socket->write(answer);
    socket->disconnectFromHost();
}
