// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliQueues.h"

#include "ExitCode.h"
#include "TextTable.h"
#include "api/QueueReply.h"
#include "service/AgentDirectory.h"
#include "service/QueueChangeService.h"
#include "service/Session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString dash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("—") : text;
}

QString count(int n)
{
    return n < 0 ? QStringLiteral("—") : QString::number(n);
}

int errorExitCode(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
        return ExitCode::Authentication;
    case ApiError::Kind::Configuration:
        return ExitCode::Failure;
    default:
        return ExitCode::Network;
    }
}

int resultExitCode(const QueueChangeResult &result)
{
    using Outcome = QueueChangeResult::Outcome;
    switch (result.outcome) {
    case Outcome::Applied:
    case Outcome::Unchanged:
        return ExitCode::Done;
    case Outcome::Rejected:
        return ExitCode::Refused;
    case Outcome::Conflict:
        return ExitCode::Conflict;
    case Outcome::NotMember:
        return ExitCode::Failure;
    case Outcome::Unconfirmed:
        return ExitCode::Network;
    case Outcome::Failed:
        return errorExitCode(result.error);
    }
    return ExitCode::Failure;
}

} // namespace

CliQueues::CliQueues(Session *session, const CliInvocation &invocation, Output output, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_invocation(invocation)
    , m_output(std::move(output))
{
}

void CliQueues::start()
{
    if (!m_session->queues()) {
        m_output.printError(tr("Queue memberships need the Genesys protocol; the Status API has no queues."));
        emit finished(ExitCode::Usage);
        return;
    }
    const std::optional<Agent> agent = m_session->directory()->find(m_invocation.agent);
    if (!agent) {
        m_output.printError(tr("No single agent has the id or name \"%1\".").arg(m_invocation.agent));
        emit finished(ExitCode::Usage);
        return;
    }
    m_agentId = agent->id;
    m_agentName = agent->name;
    QueueReply *reply = m_session->queues()->readMemberships(m_agentId);
    connect(reply, &QueueReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->isOk()) {
            m_output.printError(
                tr("The queues of %1 could not be read: %2").arg(m_agentName, reply->error().toString()));
            emit finished(errorExitCode(reply->error()));
            return;
        }
        onMemberships(reply->memberships());
    });
}

void CliQueues::onMemberships(const QueueMemberships &memberships)
{
    if (m_invocation.command != CliInvocation::Command::QueuesList)
        return change(memberships);
    if (m_invocation.json) {
        QJsonArray array;
        for (const QueueMembership &m : memberships)
            array.append(membershipJson(m));
        m_output.printJson(array);
    } else {
        TextTable table(
            {tr("QUEUE ID"), tr("NAME"), tr("DIVISION"), tr("ACTIVE"), tr("MEMBERS"), tr("ACTIVE MEMBERS")});
        for (const QueueMembership &m : memberships)
            table.addRow({m.queueId, dash(m.name), dash(m.divisionName), m.joined ? tr("yes") : tr("no"),
                count(m.memberCount), count(m.joinedMemberCount)});
        m_output.print(table.toString());
    }
    emit finished(ExitCode::Done);
}

void CliQueues::change(const QueueMemberships &memberships)
{
    const bool activate = m_invocation.command == CliInvocation::Command::QueuesActivate;
    QVector<QueueChange> changes;
    for (const QString &wanted : std::as_const(m_invocation.queues)) {
        QueueChange c;
        c.agentId = m_agentId;
        c.agentName = m_agentName;
        c.activate = activate;
        c.reason = m_invocation.reason;
        c.queueId = wanted;
        for (const QueueMembership &m : memberships) {
            if (m.queueId == wanted || m.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                c.queueId = m.queueId;
                c.queueName = m.name;
                break;
            }
        }
        changes.append(c);
    }
    QueueChangeRun *run = m_session->queues()->apply(changes);
    connect(run, &QueueChangeRun::finished, this, [this, run] {
        run->deleteLater();
        report(run->results());
    });
}

void CliQueues::report(const QueueChangeResults &results)
{
    if (m_invocation.json) {
        QJsonArray array;
        for (const QueueChangeResult &r : results)
            array.append(resultJson(r));
        m_output.printJson(array);
    } else {
        QString text;
        for (const QueueChangeResult &r : results) {
            const QString queue = r.change.queueName.isEmpty() ? r.change.queueId : r.change.queueName;
            text += TextTable::sanitized(m_agentName) + QLatin1String(": ") + TextTable::sanitized(queue)
                + QLatin1Char(' ') + r.outcomeName() + QLatin1String("\n  ") + TextTable::sanitizedLines(r.message)
                + QLatin1Char('\n');
        }
        m_output.print(text);
    }
    emit finished(exitCodeFor(results));
}

QJsonObject CliQueues::membershipJson(const QueueMembership &m)
{
    return {{QStringLiteral("queue_id"), m.queueId}, {QStringLiteral("name"), m.name},
        {QStringLiteral("division"), m.divisionName}, {QStringLiteral("active"), m.joined},
        {QStringLiteral("member_count"), m.memberCount < 0 ? QJsonValue() : QJsonValue(m.memberCount)},
        {QStringLiteral("active_member_count"),
            m.joinedMemberCount < 0 ? QJsonValue() : QJsonValue(m.joinedMemberCount)}};
}

QJsonObject CliQueues::resultJson(const QueueChangeResult &r)
{
    QJsonArray violations;
    for (const RuleViolation &v : r.violations)
        violations.append(QJsonObject {{QStringLiteral("type"), v.typeName()}, {QStringLiteral("message"), v.message}});
    return {{QStringLiteral("agent_id"), r.change.agentId}, {QStringLiteral("agent_name"), r.change.agentName},
        {QStringLiteral("queue_id"), r.change.queueId}, {QStringLiteral("queue_name"), r.change.queueName},
        {QStringLiteral("action"), r.change.activate ? QStringLiteral("activate") : QStringLiteral("deactivate")},
        {QStringLiteral("reason"), r.change.reason}, {QStringLiteral("outcome"), r.outcomeName()},
        {QStringLiteral("active"), r.joinedNow ? QJsonValue(*r.joinedNow) : QJsonValue()},
        {QStringLiteral("message"), r.message}, {QStringLiteral("violations"), violations},
        {QStringLiteral("error"), r.error.isError() ? r.error.toString() : QString()},
        {QStringLiteral("correlation_id"), r.correlationId}};
}

int CliQueues::exitCodeFor(const QueueChangeResults &results)
{
    int firstFailure = ExitCode::Done;
    bool someDone = false;
    for (const QueueChangeResult &r : results) {
        const int code = resultExitCode(r);
        if (code == ExitCode::Done)
            someDone = true;
        else if (firstFailure == ExitCode::Done)
            firstFailure = code;
    }
    if (firstFailure != ExitCode::Done && someDone)
        return ExitCode::PartialBulk;
    return firstFailure;
}
