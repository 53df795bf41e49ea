// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/QueueReply.h"

#include <QTimer>

void QueueReply::finish(const ApiError &error)
{
    if (m_finished || m_finishQueued)
        return;
    m_finishQueued = true;
    m_error = error;
    // Never inside the call that made the reply, even when nothing had to be sent.
    QTimer::singleShot(0, this, [this] {
        m_finished = true;
        emit finished();
    });
}
