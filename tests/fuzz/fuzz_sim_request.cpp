// SPDX-License-Identifier: GPL-3.0-or-later
// The simulator's handling of one request (routing, authentication, query, headers, bodies): the
// input is "METHOD PATH?QUERY", header lines, a blank line and the body, as a client would send it.
// Unless the input brings its own Authorization, the request carries a valid bearer token, so that
// the fuzzer reaches past the sign-in.
#include "FuzzSupport.h"
#include "core/ManualClock.h"
#include "sim/SimServer.h"

#include <QUrl>

#include <memory>

namespace {

SimRequest parse(const QByteArray &input)
{
    SimRequest request;
    const qsizetype headEnd = input.indexOf("\n\n");
    const QByteArray head = headEnd < 0 ? input : input.left(headEnd);
    request.body = headEnd < 0 ? QByteArray() : input.mid(headEnd + 2);
    const QList<QByteArray> lines = head.split('\n');
    const QByteArray requestLine = lines.value(0);
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.left(space);
    const QUrl url(QString::fromUtf8(space < 0 ? QByteArray("/") : requestLine.mid(space + 1)));
    request.path = url.path();
    request.query = QUrlQuery(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
    }
    return request;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QCoreApplication *app = fuzz::application();
    static const bool ready = [] {
        fuzz::quiet();
        return true;
    }();
    (void)app;
    (void)ready;
    // A fresh organisation per input: every run starts from the same state.
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    SimConfig config;
    config.agents = 6;
    config.seed = 7;
    config.competitorPerMinute = 0;
    auto server = std::make_unique<SimServer>(config, &clock);

    SimRequest token;
    token.method = "POST";
    token.path = QStringLiteral("/oauth/token");
    token.headers = {{"Content-Type", "application/x-www-form-urlencoded"},
        {"Authorization", "Basic " + QByteArray("statusdesk-demo:statusdesk-demo-secret").toBase64()}};
    token.body = "grant_type=client_credentials";
    const QByteArray accessToken
        = fuzz::object(server->respond(token).body).value(QStringLiteral("access_token")).toString().toLatin1();

    SimRequest request = parse(fuzz::bytes(data, size));
    if (request.header("Authorization").isEmpty())
        request.headers.append({"Authorization", "Bearer " + accessToken});
    const SimResponse response = server->respond(request);
    (void)response.body.size();
    return 0;
}
