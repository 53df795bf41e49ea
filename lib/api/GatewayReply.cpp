// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/GatewayReply.h"

#include <QTimer>

GatewayReply::GatewayReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{
}

void GatewayReply::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    emit cancelRequested();
    finish(ApiError::make(ApiError::Kind::Cancelled, tr("Cancelled.")));
}

void GatewayReply::requestStop()
{
    if (!m_finished)
        emit stopRequested();
}

ApiError GatewayReply::error() const
{
    return m_operation == Operation::Write ? m_writes.value(0).error : m_error;
}

void GatewayReply::expectWrites(const QVector<StatusChange> &changes)
{
    m_writes.clear();
    for (const StatusChange &change : changes) {
        WriteResult pending;
        pending.change = change;
        m_writes.append(pending);
    }
    m_answered.fill(false, changes.size());
    m_answeredCount = 0;
}

void GatewayReply::setWriteResult(int index, WriteResult result)
{
    if (m_finished || index < 0 || index >= m_answered.size() || m_answered.at(index))
        return;
    result.change = m_writes.at(index).change;
    if (result.correlationId.isEmpty())
        result.correlationId = result.error.correlationId;
    m_writes[index] = result;
    m_answered[index] = true;
    ++m_answeredCount;
    emit writeDone(result);
    reportProgress(m_answeredCount, static_cast<int>(m_answered.size()));
}

void GatewayReply::answerTheRest()
{
    const ApiError why = m_error.isError()
        ? m_error
        : ApiError::make(ApiError::Kind::MalformedResponse, tr("The server did not answer for this agent."));
    for (int i = 0; i < m_answered.size(); ++i) {
        if (!m_answered.at(i))
            setWriteResult(i, WriteResult::failure(why));
    }
}

void GatewayReply::reportProgress(int done, int total)
{
    if (!m_finished)
        emit progress(done, total);
}

void GatewayReply::reportAgents(const AgentList &agents)
{
    if (!m_finished && !m_cancelled)
        emit agentsArrived(agents);
}

void GatewayReply::finish(const ApiError &error)
{
    if (m_finished || m_finishQueued)
        return;
    m_finishQueued = true;
    m_error = error;
    QTimer::singleShot(0, this, [this] {
        answerTheRest();
        m_finished = true;
        emit finished();
    });
}
