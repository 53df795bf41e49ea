// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/QueueMembership.h"

#include <QObject>
#include <QStringList>

// A pending QueueGateway operation (a read of memberships, or a PATCH). finished() comes exactly once
// and never inside the call that created the reply; the receiver deletes it (deleteLater).
class QueueReply : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    ApiError error() const { return m_error; }
    // Read: every membership, joined or not. Write: the memberships the server answered with (as they
    // were before the asynchronous change is applied).
    QueueMemberships memberships() const { return m_memberships; }
    // Write: the queues asked for that the answer left out: non-member pairs, which Genesys disregards.
    QStringList ignoredQueueIds() const { return m_ignored; }
    QString correlationId() const { return m_correlationId; }
    qint64 elapsedMs() const { return m_elapsedMs; }
    int requests() const { return m_requests; }

    // For the gateway.
    void setMemberships(const QueueMemberships &memberships) { m_memberships = memberships; }
    void setIgnored(const QStringList &ids) { m_ignored = ids; }
    void setCorrelationId(const QString &id) { m_correlationId = id; }
    void addRequest(qint64 elapsedMs)
    {
        ++m_requests;
        m_elapsedMs += elapsedMs;
    }
    void finish(const ApiError &error = ApiError());

signals:
    void finished();

private:
    bool m_finished = false;
    bool m_finishQueued = false;
    ApiError m_error;
    QueueMemberships m_memberships;
    QStringList m_ignored;
    QString m_correlationId;
    qint64 m_elapsedMs = 0;
    int m_requests = 0;
};
