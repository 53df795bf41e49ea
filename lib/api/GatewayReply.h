// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"
#include "api/WriteResult.h"
#include "core/Agent.h"
#include "core/StatusCatalogue.h"

#include <QObject>

// A pending gateway operation (catalogue, roster, read, write). finished() comes exactly once and
// never inside the call that created the reply; the receiver deletes the reply (deleteLater).
// Which accessor carries the result depends on the operation. A write reports every change's end in
// its WriteResult, and only there: the reply answers each change exactly once before finished().
class GatewayReply : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Catalogue, Roster, ReadAgents, Write, WriteMany, SignedInUser };

    explicit GatewayReply(Operation operation, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !error().isError(); }
    // Write: the write's error (writeResult().error); otherwise why the operation as a whole failed.
    ApiError error() const;

    StatusCatalogue catalogue() const { return m_catalogue; } // Catalogue
    AgentList agents() const { return m_agents; } // Roster, ReadAgents, SignedInUser (one agent)
    WriteResult writeResult() const { return m_writes.value(0); } // Write
    WriteResults writeResults() const { return m_writes; } // WriteMany, in the order asked

    // Stops the operation; finished() follows with a Cancelled error (writes already sent stay sent).
    void cancel();
    // WriteMany: starts no new write; what is on its way is finished and told as usual, the changes not
    // started are answered as not sent (a Cancelled error, no attempt). A gateway that cannot stop
    // between writes ignores it.
    void requestStop();
    bool isCancelled() const { return m_cancelled; }

    // For the gateways.
    void setCatalogue(const StatusCatalogue &catalogue) { m_catalogue = catalogue; }
    void setAgents(const AgentList &agents) { m_agents = agents; }
    // Write, WriteMany: the changes asked, in order; each is answered once with setWriteResult().
    void expectWrites(const QVector<StatusChange> &changes);
    // The end of the index-th expected change (the result takes that change); emits writeDone() and
    // progress().
    // Ignored once finished or already answered.
    void setWriteResult(int index, WriteResult result);
    void reportProgress(int done, int total);
    void reportAgents(const AgentList &agents);
    // Queues finished() (so that it never fires inside the creating call); idempotent. A write's changes
    // that are not answered by then fail with `error` (or, without one, as not answered by the server).
    void finish(const ApiError &error = ApiError());

signals:
    void progress(int done, int total); // Roster: agents loaded of total; WriteMany: writes done
    // Roster: the agents of one page as it arrives, each agent once; agents() still holds them all at the
    // end. A page's agents come before the progress() that counts them.
    void agentsArrived(const AgentList &agents);
    void writeDone(const WriteResult &result); // Write, WriteMany: each result as it comes
    void finished();
    void cancelRequested();
    void stopRequested();

private:
    void answerTheRest();

    Operation m_operation;
    bool m_finished = false;
    bool m_finishQueued = false;
    bool m_cancelled = false;
    ApiError m_error;
    StatusCatalogue m_catalogue;
    AgentList m_agents;
    WriteResults m_writes;
    QVector<bool> m_answered;
    int m_answeredCount = 0;
};
