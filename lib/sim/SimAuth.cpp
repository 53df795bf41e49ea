// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimAuth.h"

#include "core/Clock.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUrl>

namespace {

QUrlQuery parseForm(const QByteArray &body)
{
    // Form encoding writes spaces as '+', which QUrlQuery leaves alone.
    QByteArray raw = body;
    raw.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(raw));
}

QString formValue(const QUrlQuery &form, const QString &key)
{
    return form.queryItemValue(key, QUrl::FullyDecoded);
}

bool isLoopbackRedirect(const QUrl &url)
{
    return url.isValid() && url.scheme() == QLatin1String("http")
        && (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
            || url.host() == QLatin1String("::1"));
}

// Drops what has expired (tokens, authorization codes), so a long-running demo does not
// keep every one it ever issued.
template <typename Hash> void eraseExpired(Hash &hash, const QDateTime &now)
{
    for (auto it = hash.begin(); it != hash.end();) {
        if (it->expires <= now)
            it = hash.erase(it);
        else
            ++it;
    }
}

} // namespace

SimAuth::SimAuth(const SimConfig &config, const QString &supervisorId, Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
    , m_clients(config.clients)
    , m_supervisorId(supervisorId)
    , m_ttlSeconds(config.tokenTtlSeconds)
    , m_issueRefreshTokens(config.refreshTokens)
    , m_redirectUris(config.redirectUris)
    , m_anyLoopbackPort(config.anyLoopbackPort)
{
    if (m_clients.isEmpty())
        m_clients.append({QStringLiteral("statusdesk-demo"), QStringLiteral("statusdesk-demo-secret"), {}});
}

QString SimAuth::randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

const SimClient *SimAuth::client(const QString &id) const
{
    for (const SimClient &c : m_clients) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

SimResponse SimAuth::issue(const SimClient &client, const QString &userId, bool withRefresh)
{
    const QDateTime now = m_clock->now();
    eraseExpired(m_tokens, now);
    SimToken t;
    t.value = randomToken();
    t.clientId = client.id;
    t.userId = userId;
    t.permissions = client.permissions;
    t.expires = now.addSecs(m_ttlSeconds);
    m_tokens.insert(t.value, t);
    QJsonObject answer {{QStringLiteral("access_token"), t.value},
        {QStringLiteral("token_type"), QStringLiteral("bearer")}, {QStringLiteral("expires_in"), m_ttlSeconds}};
    if (withRefresh) {
        const QString refreshToken = randomToken();
        m_refreshTokens.insert(refreshToken, {client.id, userId});
        answer.insert(QStringLiteral("refresh_token"), refreshToken);
    }
    return SimResponse::json(answer);
}

SimResponse SimAuth::token(const SimRequest &request)
{
    const QUrlQuery form = parseForm(request.body);
    const QString grant = formValue(form, QStringLiteral("grant_type"));
    if (grant == QLatin1String("client_credentials"))
        return clientCredentials(request);
    if (grant == QLatin1String("authorization_code"))
        return authorizationCode(form);
    if (grant == QLatin1String("refresh_token") && m_issueRefreshTokens)
        return refresh(form);
    return SimResponse::oauthError(
        400, QStringLiteral("unsupported_grant_type"), tr("The grant type is not supported: %1").arg(grant));
}

SimResponse SimAuth::clientCredentials(const SimRequest &request)
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Basic "))
        return SimResponse::oauthError(
            401, QStringLiteral("invalid_client"), tr("client authentication failed: no Basic authorization"));
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const int colon = decoded.indexOf(':');
    const QString id = QString::fromUtf8(decoded.left(colon));
    const QString secret = QString::fromUtf8(decoded.mid(colon + 1));
    const SimClient *c = colon > 0 ? client(id) : nullptr;
    if (!c || c->secret != secret)
        return SimResponse::oauthError(401, QStringLiteral("invalid_client"), tr("client authentication failed"));
    return issue(*c, QString());
}

SimResponse SimAuth::authorizationCode(const QUrlQuery &form)
{
    const QString code = formValue(form, QStringLiteral("code"));
    const auto it = m_codes.constFind(code);
    if (code.isEmpty() || it == m_codes.constEnd() || it->expires < m_clock->now())
        return SimResponse::oauthError(400, QStringLiteral("invalid_grant"), tr("invalid authorization code"));
    const PendingCode pending = *it;
    m_codes.remove(code); // a code is good for one exchange only
    if (formValue(form, QStringLiteral("client_id")) != pending.clientId)
        return SimResponse::oauthError(400, QStringLiteral("invalid_grant"), tr("client_id does not match"));
    if (formValue(form, QStringLiteral("redirect_uri")) != pending.redirectUri)
        return SimResponse::oauthError(400, QStringLiteral("invalid_grant"), tr("redirect_uri does not match"));
    const QByteArray verifier = formValue(form, QStringLiteral("code_verifier")).toUtf8();
    const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (verifier.size() < 43 || verifier.size() > 128 || QString::fromLatin1(challenge) != pending.challenge)
        return SimResponse::oauthError(400, QStringLiteral("invalid_grant"), tr("PKCE verification failed"));
    const SimClient *c = client(pending.clientId);
    if (!c)
        return SimResponse::oauthError(400, QStringLiteral("invalid_client"), tr("unknown client"));
    return issue(*c, m_supervisorId, m_issueRefreshTokens);
}

SimResponse SimAuth::refresh(const QUrlQuery &form)
{
    // A public client: the client id, no secret. The token is spent whatever the outcome.
    const QString token = formValue(form, QStringLiteral("refresh_token"));
    const RefreshGrant grant = m_refreshTokens.take(token);
    if (token.isEmpty() || grant.clientId.isEmpty())
        return SimResponse::oauthError(400, QStringLiteral("invalid_grant"), tr("invalid refresh token"));
    if (formValue(form, QStringLiteral("client_id")) != grant.clientId)
        return SimResponse::oauthError(400, QStringLiteral("invalid_grant"), tr("client_id does not match"));
    const SimClient *c = client(grant.clientId);
    if (!c)
        return SimResponse::oauthError(400, QStringLiteral("invalid_client"), tr("unknown client"));
    return issue(*c, grant.userId, true);
}

bool SimAuth::isRegisteredRedirect(const QUrl &url) const
{
    if (!isLoopbackRedirect(url))
        return false;
    for (const QString &registered : m_redirectUris) {
        QUrl candidate(registered);
        if (m_anyLoopbackPort && isLoopbackRedirect(candidate))
            candidate.setPort(url.port());
        if (candidate == url)
            return true;
    }
    return false;
}

SimResponse SimAuth::authorize(const SimRequest &request)
{
    const QString clientId = request.queryValue(QStringLiteral("client_id"));
    const QString redirect = request.queryValue(QStringLiteral("redirect_uri"));
    const QUrl redirectUrl(redirect);
    if (!client(clientId))
        return SimResponse::oauthError(400, QStringLiteral("invalid_client"), tr("unknown client_id"));
    if (!isRegisteredRedirect(redirectUrl))
        return SimResponse::oauthError(
            400, QStringLiteral("invalid_request"), tr("redirect_uri is not registered for this client"));
    QUrlQuery answer;
    const QString state = request.queryValue(QStringLiteral("state"));
    const QString challenge = request.queryValue(QStringLiteral("code_challenge"));
    if (request.queryValue(QStringLiteral("response_type")) != QLatin1String("code")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("unsupported_response_type"));
    } else if (challenge.isEmpty()
        || request.queryValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        answer.addQueryItem(QStringLiteral("error_description"), tr("code_challenge with method S256 is required"));
    } else {
        // The demo supervisor approves at once: no login page.
        const QString code = randomToken();
        const QDateTime now = m_clock->now();
        eraseExpired(m_codes, now);
        m_codes.insert(code, {clientId, redirect, challenge, now.addSecs(300)});
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    if (!state.isEmpty())
        answer.addQueryItem(QStringLiteral("state"), state);
    QUrl target = redirectUrl;
    QString query = target.query(QUrl::FullyEncoded);
    const auto items = answer.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += item.first + QLatin1Char('=') + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    target.setQuery(query, QUrl::StrictMode);
    SimResponse r;
    r.status = 302;
    r.contentType.clear();
    r.setHeader("Location", target.toEncoded());
    return r;
}

const SimToken *SimAuth::authenticate(const SimRequest &request, SimResponse *error) const
{
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ")) {
        *error = SimResponse::error(401, QStringLiteral("authentication.required"),
            tr("No authentication bearer token specified in authorization header."));
        return nullptr;
    }
    const auto it = m_tokens.constFind(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (it == m_tokens.constEnd() || it->expires <= m_clock->now()) {
        *error = SimResponse::error(401, QStringLiteral("bad.credentials"), tr("Invalid login credentials."));
        return nullptr;
    }
    return &it.value();
}

int SimAuth::revokeAll()
{
    const QStringList tokens = m_tokens.keys();
    m_tokens.clear();
    m_refreshTokens.clear();
    Q_EMIT tokensRevoked(tokens);
    return int(tokens.size());
}

bool SimAuth::revoke(const QString &token)
{
    if (!m_tokens.remove(token))
        return false;
    Q_EMIT tokensRevoked({token});
    return true;
}
