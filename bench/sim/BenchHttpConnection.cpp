// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchHttpConnection.h"

BenchHttpConnection::BenchHttpConnection(quint16 port, const QByteArray &token, Next next, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_token(token)
    , m_next(std::move(next))
{
    connect(&m_socket, &QTcpSocket::connected, this, &BenchHttpConnection::sendNext);
    connect(&m_socket, &QTcpSocket::readyRead, this, &BenchHttpConnection::onReadyRead);
}

void BenchHttpConnection::start()
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
}

void BenchHttpConnection::sendNext()
{
    const QByteArray path = m_next();
    if (path.isEmpty()) {
        m_socket.disconnectFromHost();
        Q_EMIT finished();
        return;
    }
    m_buffer.clear();
    m_clock.start();
    m_socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_token
        + "\r\nConnection: keep-alive\r\n\r\n");
}

void BenchHttpConnection::onReadyRead()
{
    m_buffer += m_socket.readAll();
    if (parseResponse())
        sendNext();
}

bool BenchHttpConnection::parseResponse()
{
    const int headerEnd = int(m_buffer.indexOf("\r\n\r\n"));
    if (headerEnd < 0)
        return false;
    const QByteArray head = m_buffer.left(headerEnd).toLower() + "\r\n";
    const int lengthAt = int(head.indexOf("content-length:"));
    if (lengthAt < 0) {
        ++m_failures; // every simulator answer carries a length
        return true;
    }
    const int valueAt = lengthAt + 15;
    const int length = head.mid(valueAt, head.indexOf('\r', valueAt) - valueAt).trimmed().toInt();
    if (m_buffer.size() < headerEnd + 4 + length)
        return false;
    m_latencies.append(double(m_clock.nsecsElapsed()) / 1e6);
    if (!m_buffer.startsWith("HTTP/1.1 200"))
        ++m_failures;
    m_bytes += headerEnd + 4 + length;
    return true;
}
