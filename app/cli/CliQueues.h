// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliInvocation.h"
#include "api/QueueMembership.h"
#include "service/QueueChange.h"

#include <QJsonValue>
#include <QObject>

#include <functional>

class Session;

// The queues commands of statusdesk-cli on a ready Session: list an agent's memberships, activate or
// deactivate some of them. QUEUE arguments are matched against the agent's memberships by id, then by
// name (case-insensitive); one that matches none is still sent to the service, which reports it as a
// non-member. finished() carries the exit code, once.
class CliQueues : public QObject
{
    Q_OBJECT

public:
    struct Output
    {
        std::function<void(const QString &)> print;
        std::function<void(const QJsonValue &)> printJson;
        std::function<void(const QString &)> printError;
    };
    CliQueues(Session *session, const CliInvocation &invocation, Output output, QObject *parent = nullptr);
    void start();

    static QJsonObject membershipJson(const QueueMembership &membership);
    static QJsonObject resultJson(const QueueChangeResult &result);
    // The exit code of a run: 0 when every change is applied or unchanged, else the first failure's
    // (3 rules, 4 conflict, 1 not a member, 6 unconfirmed, 5/6 the error's), 7 when some succeeded.
    static int exitCodeFor(const QueueChangeResults &results);

signals:
    void finished(int exitCode);

private:
    void onMemberships(const QueueMemberships &memberships);
    void change(const QueueMemberships &memberships);
    void report(const QueueChangeResults &results);

    Session *m_session;
    CliInvocation m_invocation;
    Output m_output;
    QString m_agentId;
    QString m_agentName;
};
