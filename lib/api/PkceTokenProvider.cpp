// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/PkceTokenProvider.h"

#include "api/ApiClient.h"
#include "api/ApiLogging.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace {

constexpr qint64 kMaxRedirectRequestBytes = 16 * 1024;

QByteArray randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    QByteArray text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(alphabet[QRandomGenerator::system()->bounded(static_cast<int>(sizeof(alphabet) - 1))]);
    return text;
}

} // namespace

PkceTokenProvider::PkceTokenProvider(const Region &region, const QString &clientId, quint16 port,
    const QString &redirectPath, Clock *clock, QObject *parent)
    : TokenProvider(region, clock, parent)
    , m_clientId(clientId)
    , m_port(port)
    , m_redirectPath(redirectPath.startsWith(QLatin1Char('/')) ? redirectPath : QLatin1Char('/') + redirectPath)
{
}

PkceTokenProvider::~PkceTokenProvider()
{
    stopListening();
}

QByteArray PkceTokenProvider::makeCodeVerifier()
{
    return randomText(64);
}

QByteArray PkceTokenProvider::codeChallenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void PkceTokenProvider::setSignedInUser(const QString &userId, const QString &userName)
{
    m_userId = userId;
    m_userName = userName;
}

void PkceTokenProvider::startRenewal()
{
    if (!refreshToken().isEmpty() && networkAccessManager())
        return renewWithRefreshToken();
    startBrowserSignIn();
}

// Without the browser and while the current token still serves: the lead notices nothing.
void PkceTokenProvider::renewWithRefreshToken()
{
    m_refreshing = true;
    QNetworkRequest request(region().loginUrl(QStringLiteral("/oauth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken());
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    qCInfo(lcApi) << "renewing the sign-in with the refresh token";
    postTokenRequest(request, form.toString(QUrl::FullyEncoded).toLatin1());
}

bool PkceTokenProvider::recoverRenewal(const ApiError &error)
{
    if (!std::exchange(m_refreshing, false))
        return false;
    // A login host that is down or busy may take the token later; a refused one is spent.
    if (error.kind != ApiError::Kind::Authentication)
        return false;
    qCWarning(lcApi) << "the refresh token was refused; signing in again in the browser";
    dropRefreshToken();
    startBrowserSignIn();
    return true;
}

void PkceTokenProvider::startBrowserSignIn()
{
    m_refreshing = false;
    stopListening();
    const QUrl authorize = region().loginUrl(QStringLiteral("/oauth/authorize"));
    if (m_clientId.isEmpty() || !ApiClient::isAllowedUrl(authorize) || !networkAccessManager()) {
        const ApiError error = ApiError::make(
            ApiError::Kind::Configuration, tr("PKCE sign-in needs a client id, an https login host and an ApiClient."));
        QTimer::singleShot(0, this, [this, error] { failRenewal(error); });
        return;
    }
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, m_port)) {
        const ApiError error = ApiError::make(ApiError::Kind::Configuration,
            tr("Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2").arg(m_port).arg(m_server->errorString()));
        stopListening();
        QTimer::singleShot(0, this, [this, error] { failRenewal(error); });
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &PkceTokenProvider::onConnection);

    m_verifier = makeCodeVerifier();
    m_state = QString::fromLatin1(randomText(32));
    m_redirectUri = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server->serverPort()).arg(m_redirectPath));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(codeChallenge(m_verifier)));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("state"), m_state);
    m_authorizationUrl = authorize;
    m_authorizationUrl.setQuery(query);
    emit authorizationUrlReady(m_authorizationUrl);
}

void PkceTokenProvider::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        socket->setParent(this); // outlives the one-shot server, to answer the browser
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onRedirect(socket); });
    }
}

void PkceTokenProvider::onRedirect(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > kMaxRedirectRequestBytes) {
        socket->abort();
        return;
    }
    if (!socket->canReadLine())
        return;
    // Only the request line matters: "GET /callback?code=..&state=.. HTTP/1.1".
    const QList<QByteArray> parts = socket->readLine().trimmed().split(' ');
    socket->readAll();
    const QUrl target(QString::fromLatin1(parts.value(1)));
    if (parts.size() != 3 || parts.first() != "GET" || target.path() != m_redirectPath) {
        answerBrowser(socket, false, tr("Not the StatusDesk sign-in address."));
        return;
    }
    const QUrlQuery query(target);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (state != m_state) {
        // A redirect that is not the answer to our request; keep waiting for the real one.
        answerBrowser(socket, false, tr("The sign-in answer does not match this request (state)."));
        qCWarning(lcApi) << "PKCE redirect with a wrong state ignored";
        return;
    }
    stopListening();
    if (!error.isEmpty() || code.isEmpty()) {
        answerBrowser(socket, false, tr("Sign-in failed: %1").arg(error.isEmpty() ? tr("no code") : error));
        ApiError failure = ApiError::make(
            ApiError::Kind::Authentication, tr("Sign-in was refused: %1").arg(error.isEmpty() ? tr("no code") : error));
        failure.code = error;
        return failRenewal(failure);
    }
    answerBrowser(socket, true, tr("Signed in to StatusDesk. You can close this window."));
    exchangeCode(code);
}

void PkceTokenProvider::answerBrowser(QTcpSocket *socket, bool ok, const QString &text)
{
    const QByteArray body = text.toUtf8();
    QByteArray response
        = ok ? QByteArrayLiteral("HTTP/1.1 200 OK\r\n") : QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n");
    response += QByteArrayLiteral("Content-Type: text/plain; charset=utf-8\r\nConnection: close\r\nContent-Length: ")
        + QByteArray::number(body.size()) + QByteArrayLiteral("\r\n\r\n") + body;
    socket->write(response);
    socket->disconnectFromHost();
}

void PkceTokenProvider::exchangeCode(const QString &code)
{
    m_refreshing = false;
    QNetworkRequest request(region().loginUrl(QStringLiteral("/oauth/token")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("code"), code);
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(m_verifier));
    form.addQueryItem(QStringLiteral("client_id"), m_clientId);
    form.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded));
    postTokenRequest(request, form.toString(QUrl::FullyEncoded).toLatin1());
    m_verifier.fill('\0');
}

void PkceTokenProvider::stopListening()
{
    if (!m_server)
        return;
    m_server->close();
    m_server->deleteLater();
    m_server = nullptr;
}
