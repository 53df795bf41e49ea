// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookSender.h"

#include "core/Clock.h"
#include "core/RetryAfter.h"
#include "core/Version.h"
#include "webhook/WebhookEvent.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace {

constexpr int HttpOkFirst = 200;
constexpr int HttpOkLast = 299;
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
    const qint64 seconds = RetryAfter::seconds(header, now);
    return seconds < 0 ? -1 : seconds * 1000;
}

void WebhookSender::post(
    const QUrl &endpoint, const QString &eventId, const QByteArray &body, const QByteArray &secret, int timeoutMs)
{
    QNetworkRequest request(endpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("StatusDesk/" STATUSDESK_VERSION));
    request.setRawHeader("X-Genesys-Event", WebhookEvent::eventTypeOf(body));
    request.setRawHeader("X-StatusDesk-Delivery", eventId.toUtf8());
    if (!secret.isEmpty())
        request.setRawHeader("X-StatusDesk-Signature", signature(body, secret));
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    m_inFlight.insert(reply, {eventId, m_clock->now(), m_clock->monotonicMs(), timeoutMs});
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    // A trickling answer keeps the transfer timeout (which measures silence) at bay: the overall
    // deadline ends it, so that one receiver cannot hold a delivery slot for long.
    QTimer::singleShot(qMax(1, timeoutMs), reply, [this, reply] { cutOff(reply, false); });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64 total) {
        if (received > MaxAnswerBytes || total > MaxAnswerBytes)
            cutOff(reply, true);
    });
}

int WebhookSender::inFlightCount() const
{
    return static_cast<int>(m_inFlight.size());
}

QSet<QString> WebhookSender::inFlightIds() const
{
    QSet<QString> ids;
    for (const InFlight &flight : m_inFlight)
        ids.insert(flight.eventId);
    return ids;
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

void WebhookSender::cutOff(QNetworkReply *reply, bool tooLarge)
{
    const auto it = m_inFlight.find(reply);
    if (it == m_inFlight.end())
        return;
    // An answer past the cap is refused even when it is all in: on a busy machine the reply can be
    // finished before its progress is told, and finished() has not run yet.
    if (tooLarge)
        it->tooLarge = true;
    if (reply->isFinished())
        return;
    if (!tooLarge)
        it->timedOut = true;
    reply->abort(); // finished() follows
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
    // The messages are the outbox's: they reach users in its delivery list. An answer cut short
    // counts as none: its status line alone does not prove that the receiver kept the event.
    if (flight.tooLarge || flight.timedOut) {
        attempt.httpStatus = 0;
        attempt.error = flight.tooLarge
            ? QCoreApplication::translate("WebhookOutbox", "The receiver's answer is larger than %1 bytes")
                  .arg(MaxAnswerBytes)
            : QCoreApplication::translate("WebhookOutbox", "No complete answer within %1 ms").arg(flight.timeoutMs);
        emit attemptFinished(flight.eventId, attempt, -1);
        return;
    }
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
