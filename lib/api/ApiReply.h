// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/ApiRequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QObject>

// The answer to one ApiRequest, delivered once through finished(). The receiver deletes it
// (deleteLater) after finished; the ApiClient is its parent until then.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    explicit ApiReply(const ApiRequest &request, QObject *parent = nullptr);

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray body() const { return m_body; }
    QJsonDocument json() const { return m_json; } // parsed body; null if empty
    QByteArray header(const QByteArray &name) const; // case-insensitive
    QString correlationId() const { return m_correlationId; }
    int attempts() const { return m_attempts; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    // Of elapsedMs(), the time the request's attempts were on the wire (sent until answered); the rest
    // it waited: in the rate limiter's queue, for a token, or for a retry.
    qint64 wireMs() const { return m_wireMs; }

    // Stops waiting; finished() follows with a Cancelled error unless the reply already finished.
    void abort();

signals:
    void finished();
    void aborted();

private:
    friend class ApiClient;
    void complete(int httpStatus, const QByteArray &body, const QHash<QByteArray, QByteArray> &headers,
        const ApiError &error, int attempts, qint64 elapsedMs, const QJsonDocument *parsed = nullptr);

    ApiRequest m_request;
    bool m_finished = false;
    ApiError m_error;
    int m_httpStatus = 0;
    QByteArray m_body;
    QJsonDocument m_json;
    QHash<QByteArray, QByteArray> m_headers; // lower-case names
    QString m_correlationId;
    int m_attempts = 0;
    qint64 m_elapsedMs = 0;
    qint64 m_wireMs = 0;
};
