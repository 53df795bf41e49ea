// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiReply.h"

ApiReply::ApiReply(const ApiRequest &request, QObject *parent)
    : QObject(parent)
    , m_request(request)
{
}

QByteArray ApiReply::header(const QByteArray &name) const
{
    return m_headers.value(name.toLower());
}

void ApiReply::abort()
{
    if (!m_finished)
        emit aborted();
}

void ApiReply::complete(int httpStatus, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers,
    const ApiError &error, int attempts, qint64 elapsedMs, const QJsonDocument *parsed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_httpStatus = httpStatus;
    m_body = body;
    m_headers = headers;
    m_error = error;
    m_attempts = attempts;
    m_elapsedMs = elapsedMs;
    m_correlationId = error.correlationId;
    if (m_correlationId.isEmpty())
        m_correlationId = QString::fromLatin1(header(QByteArrayLiteral("inin-correlation-id")));
    if (parsed)
        m_json = *parsed;
    else if (!body.isEmpty())
        m_json = QJsonDocument::fromJson(body);
    emit finished();
}
