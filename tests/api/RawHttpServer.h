// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

// A bare HTTP server on 127.0.0.1 that answers each request with the next scripted raw response
// (status line, headers and body exactly as given, possibly malformed or cut short), then closes
// the connection. For the pipeline's tests of what the simulator never sends.
class RawHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit RawHttpServer(QObject *parent = nullptr);

    QUrl start(); // http://127.0.0.1:PORT; empty on failure
    void script(const QList<QByteArray> &responses); // the last one repeats
    int requestCount() const { return m_requests; }
    QList<QByteArray> requestLines() const { return m_requestLines; }
    QList<QByteArray> requestHeads() const { return m_requestHeads; } // request line and headers

    static QByteArray response(int status, const QByteArray &body, const QByteArray &extraHeaders = QByteArray());

private:
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    QList<QByteArray> m_responses;
    QList<QByteArray> m_requestLines;
    QList<QByteArray> m_requestHeads;
    int m_requests = 0;
};
