// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>

#include <functional>

// One keep-alive HTTP/1.1 connection that sends GET requests one after another and times each answer,
// so that the benchmark measures the server and the loopback, not a client library's connection pool.
class BenchHttpConnection : public QObject
{
    Q_OBJECT

public:
    using Next = std::function<QByteArray()>; // the next path, empty when done

    BenchHttpConnection(quint16 port, const QByteArray &token, Next next, QObject *parent = nullptr);

    void start();
    const QList<double> &latenciesMs() const { return m_latencies; }
    int failures() const { return m_failures; }
    qint64 bytes() const { return m_bytes; }

Q_SIGNALS:
    void finished();

private:
    void sendNext();
    void onReadyRead();
    bool parseResponse();

    quint16 m_port;
    QByteArray m_token;
    Next m_next;
    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    QList<double> m_latencies;
    int m_failures = 0;
    qint64 m_bytes = 0;
};
