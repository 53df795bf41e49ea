// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookSender.h"

#include "core/Clock.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

constexpr int HttpOkFirst = 200;
constexpr int HttpOkLast = 299;
// Bounded before scaling: a hostile or broken receiver's huge number must not overflow; anything
// this far out is past any retry window and dead-letters the event.
constexpr qint64 MaxRetryAfterSeconds = 10LL * 366 * 24 * 3600; // ten years

} // namespace

WebhookSender::WebhookSender(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(Clock::orSystem(clock))
    , m_network(new QNetworkAccessManager(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookSender::~WebhookSender()
{
    abortAll();
}

QByteArray WebhookSender::signature(const QByteArray &body, const QByteArray &secret)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

qint64 WebhookSender::retryAfterMs(const QByteArray &header, const QDateTime &now)
{
    const QByteArray value = header.trimmed();
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return qBound<qint64>(0, seconds, MaxRetryAfterSeconds) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    return when.isValid() ? qMax<qint64>(0, now.msecsTo(when)) : -1;
}

void WebhookSender::post(
    const QUrl &endpoint, const QString &eventId, const QByteArray &body, const QByteArray &secret, int timeoutMs)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("StatusDesk/" STATUSDESK_VERSION));
    request.setRawHeader("X-Genesys-Event", "state_change");
    request.setRawHeader("X-StatusDesk-Delivery", eventId.toUtf8());
    if (!secret.isEmpty())
        request.setRawHeader("X-StatusDesk-Signature", signature(body, secret));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    m_inFlight.insert(reply, {eventId, m_clock->now(), m_clock->monotonicMs(), timeoutMs});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

int WebhookSender::inFlightCount() const
{
    return static_cast<int>(m_inFlight.size());
}

bool WebhookSender::isInFlight(const QString &eventId) const
{
    for (const InFlight &flight : m_inFlight) {
        if (flight.eventId == eventId)
            return true;
    }
    return false;
}

void WebhookSender::abortAll()
{
    const auto inFlight = std::exchange(m_inFlight, {});
    for (auto it = inFlight.cbegin(); it != inFlight.cend(); ++it) {
        QNetworkReply *reply = it.key();
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void WebhookSender::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    const InFlight flight = it.value();
    m_inFlight.erase(it);
    WebhookAttempt attempt;
    attempt.time = flight.sentAt;
    attempt.latencyMs = m_clock->elapsedSince(flight.sentAtMonotonicMs);
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // The messages are the outbox's: they reach users in its delivery list.
    if (attempt.httpStatus == 0)
        attempt.error = reply->error() == QNetworkReply::OperationCanceledError
            ? QCoreApplication::translate("WebhookOutbox", "No answer within %1 ms").arg(flight.timeoutMs)
            : reply->errorString();
    else if (attempt.httpStatus < HttpOkFirst || attempt.httpStatus > HttpOkLast)
        attempt.error = QCoreApplication::translate("WebhookOutbox", "HTTP %1 %2")
                            .arg(attempt.httpStatus)
                            .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    const qint64 retryAfter
        = reply->hasRawHeader("Retry-After") ? retryAfterMs(reply->rawHeader("Retry-After"), m_clock->now()) : -1;
    emit attemptFinished(flight.eventId, attempt, retryAfter);
}
