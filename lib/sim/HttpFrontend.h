// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QAbstractHttpServer>
#include <QList>
#include <QPointer>

#include <functional>

class Clock;
class QTcpSocket;
class QWebSocket;

// The one place that knows Qt 6.4's HTTP server: it turns each request into a SimRequest, hands it to
// the handler and writes the SimResponse itself on the raw socket, so that it can delay an answer,
// drop the connection or never answer. WebSocket upgrades on the same port come out as webSocketOpened.
// Delayed answers (latency) wait on the simulator's clock.
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<SimResponse(const SimRequest &)>;

    explicit HttpFrontend(Clock *clock, QObject *parent = nullptr);
    ~HttpFrontend() override;

    void setHandler(Handler handler);
    quint16 listenLocal(quint16 port);
    void releaseStalled(); // close every connection that was left without an answer

Q_SIGNALS:
    // The receiver takes ownership of the socket.
    void webSocketOpened(QWebSocket *socket);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void takePendingWebSockets();
    void send(QTcpSocket *socket, const SimResponse &response, bool headRequest);
    static QByteArray head(const SimResponse &response); // status line and headers
    static bool isWebSocketUpgrade(const QHttpServerRequest &request);
    static SimRequest convert(const QHttpServerRequest &request);

    Clock *m_clock;
    Handler m_handler;
    QList<QPointer<QTcpSocket>> m_stalled;
};
