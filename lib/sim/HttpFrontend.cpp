// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/HttpFrontend.h"

#include "core/Clock.h"
#include "sim/SimLogRedaction.h"
#include "sim/SimLogging.h"

#include <QHostAddress>
#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 302:
        return QByteArrayLiteral("Found");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 412:
        return QByteArrayLiteral("Precondition Failed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 428:
        return QByteArrayLiteral("Precondition Required");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

HttpFrontend::HttpFrontend(Clock *clock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_clock(Clock::orSystem(clock))
{
    // Qt's own request logging prints whole headers: the tokens and secrets of the clients are cut out.
    SimLogRedaction::install();
    // Qt 6.4 only upgrades a connection to WebSocket when this signal has a receiver.
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, &HttpFrontend::takePendingWebSockets);
}

HttpFrontend::~HttpFrontend() = default;

void HttpFrontend::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

quint16 HttpFrontend::listenLocal(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

void HttpFrontend::releaseStalled()
{
    const auto stalled = std::exchange(m_stalled, {});
    for (const auto &socket : stalled) {
        if (socket)
            socket->abort();
    }
}

void HttpFrontend::takePendingWebSockets()
{
    while (hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
        if (socket)
            Q_EMIT webSocketOpened(socket.release());
    }
}

SimRequest HttpFrontend::convert(const QHttpServerRequest &request)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    return r;
}

bool HttpFrontend::isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0;
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Answers go out in one write and events in one frame each; Nagle's algorithm would only hold back
    // their tail until the peer's delayed acknowledgement (40 ms on Linux), for a notification socket too.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Qt 6.4 offers an upgrade request here first and hands the socket to its WebSocket server only
    // when it is reported handled; the handshake answer comes from there, so nothing is written here.
    if (isWebSocketUpgrade(request))
        return true;
    const SimRequest simRequest = convert(request);
    SimResponse response = m_handler
        ? m_handler(simRequest)
        : SimResponse::error(503, QStringLiteral("service.unavailable"), QStringLiteral("Not ready"));
    send(socket, response, simRequest.method == "HEAD");
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request))
        return;
    send(socket, SimResponse::error(404, QStringLiteral("not.found"), QStringLiteral("Not found")),
        request.method() == QHttpServerRequest::Method::Head);
}

void HttpFrontend::send(QTcpSocket *socket, const SimResponse &response, bool headRequest)
{
    QPointer<QTcpSocket> guard(socket);
    if (response.stall) {
        m_stalled.removeAll(QPointer<QTcpSocket>());
        m_stalled.append(guard);
        return;
    }
    auto finish = [guard, response, headRequest]() {
        if (!guard)
            return;
        if (response.drop) {
            guard->abort();
            return;
        }
        // Head and body in two writes: a 500 KB page is not copied once more to join them.
        guard->write(head(response));
        if (!headRequest)
            guard->write(response.body);
    };
    if (response.delayMs > 0) {
        m_clock->singleShot(response.delayMs, socket, finish);
    } else if (response.drop) {
        // Deferred even without a delay: the server still uses the socket after handleRequest returns.
        QTimer::singleShot(0, socket, finish);
    } else {
        finish();
    }
}

QByteArray HttpFrontend::head(const SimResponse &response)
{
    QByteArray out;
    out.reserve(512);
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &h : response.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
    return out;
}
