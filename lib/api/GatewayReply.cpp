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

void GatewayReply::reportProgress(int done, int total)
{
    if (!m_finished)
        emit progress(done, total);
}

void GatewayReply::finish(const ApiError &error)
{
    if (m_finished || m_finishQueued)
        return;
    m_finishQueued = true;
    m_error = error;
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        emit finished();
    });
}
