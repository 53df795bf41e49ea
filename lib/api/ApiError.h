// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

class QNetworkReply;

// A failed request, typed: what went wrong, the HTTP status, the Genesys error code and message,
// the correlation id for support, and how long the server asked us to wait.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None,
        Network, // connection refused, dropped, DNS ...
        Timeout, // no answer within the request timeout
        Http, // any other 4xx/5xx
        BadRequest, // 400: the server's message says why
        Authentication, // 401 after the one renewal, or the token could not be obtained
        Permission, // 403: missingPermission names what is needed
        NotFound, // 404
        Conflict, // 409
        RateLimited, // 429
        Server, // 5xx after the retries
        MalformedResponse, // a body that is not the JSON we expect (or truncated)
        InsecureUrl, // http:// to a host that is not loopback
        Configuration, // unknown region, missing client id ...
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code; // Genesys "code", e.g. "missing.permissions"
    QString message; // the server's message (data, not markup) or ours
    QString correlationId; // body contextId or the ININ-Correlation-Id header
    int retryAfterSeconds = -1; // Retry-After, -1 when absent
    QString missingPermission; // for 403, e.g. "presence:userPresence:edit"

    bool isError() const { return kind != Kind::None; }
    // Transient: worth retrying (network, timeout, 5xx, 429).
    bool isTransient() const;
    // A translated one-line description for the lead.
    QString toString() const;
    static QString kindName(Kind kind); // "network", "timeout", "permission", ... (stable, for logs/audit)

    // Builds the error of an HTTP answer (status >= 400) from its body and headers. A body that is not
    // an ErrorBody keeps the status and a generic message. `now` (the caller's clock; invalid: the
    // real time) turns a Retry-After date into seconds.
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &correlationHeader,
        const QByteArray &retryAfterHeader, const QDateTime &now = QDateTime());
    static ApiError make(Kind kind, const QString &message);
    // A 3xx answer: StatusDesk follows no redirect (the credentials or the token would go with it);
    // the message names the status and where the server pointed.
    static ApiError redirected(int status, const QByteArray &location);
};

Q_DECLARE_METATYPE(ApiError)
