// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"

#include "CliAdherence.h"
#include "CliAuditAnchor.h"
#include "CliFormat.h"
#include "CliQueues.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "api/AdherenceReader.h"
#include "api/ApiError.h"
#include "api/StatusGateway.h"
#include "audit/AuditStore.h"
#include "core/StatusCatalogue.h"
#include "metrics/MetricsServer.h"
#include "service/AgentDirectory.h"
#include "service/BulkChange.h"
#include "service/DayLog.h"
#include "service/Session.h"
#include "service/StatusChangeService.h"
#include "webhook/WebhookOutbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

constexpr int kWebhookWaitMs = 3000;

// Users type "On Queue", "on_queue" or "OnQueue"; the rules speak canonical keys.
QString canonicalStatus(const QString &text)
{
    const QString key = StatusCatalogue::canonicalKey(text);
    return key.isEmpty() ? text : key;
}

} // namespace

CliRunner::CliRunner(const CliInvocation &invocation, QObject *parent)
    : QObject(parent)
    , m_invocation(invocation)
    , m_out(stdout)
    , m_err(stderr)
{
}

CliRunner::~CliRunner() = default;

void CliRunner::start()
{
    QString keyError;
    if (!CliAuditAnchor::loadKey(m_invocation.auditKeyFile, &m_invocation.profile.auditKey, &keyError)) {
        printError(keyError);
        finish(ExitCode::Failure);
        return;
    }
    m_session = std::make_unique<Session>(m_invocation.profile);
    if (!startMetrics())
        return;
    if (!m_invocation.needsServer()) {
        runOffline();
        return;
    }
    m_session->setLiveUpdates(false);
    m_session->setScope(m_invocation.scope);
    connect(m_session.get(), &Session::signInUrl, this,
        [this](const QUrl &url) { printError(tr("Open this address to sign in: %1").arg(url.toString())); });
    connect(m_session.get(), &Session::ready, this, &CliRunner::onReady);
    connect(m_session.get(), &Session::failed, this, [this](const QString &message) {
        printError(message);
        if (!m_session->scopeNameProblem().isEmpty())
            return finish(ExitCode::Usage);
        const ApiError error = m_session->lastApiError();
        finish(error.isError() ? exitCodeFor(error) : int(ExitCode::Failure));
    });
    connect(m_session->directory(), &AgentDirectory::loadProgress, this, [this](int done, int total) {
        if (total > 500)
            printError(tr("loading agents %1/%2").arg(done).arg(total));
    });
    // For bench_peer: the time from the first request (the sign-in) to a fully populated directory.
    if (qEnvironmentVariableIsSet("STATUSDESK_BENCH_TIMING")) {
        m_sinceStart.start();
        connect(m_session->directory(), &AgentDirectory::loadFinished, this, [this] {
            std::fprintf(stderr, "roster loaded: %d agents in %lld ms\n", int(m_session->directory()->size()),
                static_cast<long long>(m_sinceStart.elapsed()));
        });
    }
    m_session->start();
}

bool CliRunner::startMetrics()
{
    if (m_invocation.metricsPort < 0)
        return true;
    m_metricsServer = new MetricsServer(m_session->metrics(), this);
    QString error;
    if (!m_metricsServer->listen(static_cast<quint16>(m_invocation.metricsPort), &error)) {
        printError(tr("The metrics endpoint could not listen: %1").arg(error));
        finish(ExitCode::Failure);
        return false;
    }
    printError(tr("metrics at http://127.0.0.1:%1/metrics").arg(m_metricsServer->port()));
    return true;
}

void CliRunner::runOffline()
{
    QString error;
    if (!m_session->openStores(&error)) {
        printError(error);
        finish(ExitCode::Failure);
        return;
    }
    using Command = CliInvocation::Command;
    switch (m_invocation.command) {
    case Command::AuditList:
        auditList();
        break;
    case Command::AuditVerify:
        auditVerify();
        break;
    case Command::AuditCheckpoint:
        auditCheckpoint();
        break;
    case Command::AuditExport:
        auditExport();
        break;
    case Command::WebhooksList:
        webhooksList();
        break;
    case Command::WebhooksFlush:
        webhooksFlush();
        break;
    case Command::TimelineShow:
        timelineShow();
        break;
    default:
        finish(ExitCode::Failure);
        break;
    }
}

void CliRunner::onReady()
{
    if (m_session->reconciledCount() > 0)
        printError(tr("%n interrupted change(s) reconciled", nullptr, m_session->reconciledCount()));
    using Command = CliInvocation::Command;
    switch (m_invocation.command) {
    case Command::AgentsList:
        agentsList();
        break;
    case Command::StatusGet:
        statusGet();
        break;
    case Command::StatusSet:
        statusSet();
        break;
    case Command::BulkSet:
        bulkSet();
        break;
    case Command::QueuesList:
    case Command::QueuesActivate:
    case Command::QueuesDeactivate:
        queues();
        break;
    case Command::AdherenceList:
        adherenceList();
        break;
    default:
        finish(ExitCode::Failure);
        break;
    }
}

void CliRunner::queues()
{
    CliQueues::Output output {[this](const QString &text) { print(text); },
        [this](const QJsonValue &value) { printJson(value); }, [this](const QString &text) { printError(text); }};
    auto *command = new CliQueues(m_session.get(), m_invocation, output, this);
    connect(command, &CliQueues::finished, this, [this](int exitCode) { finish(exitCode); });
    command->start();
}

void CliRunner::agentsList()
{
    // The roster comes in the order its pages arrived, which varies from run to run: scripts and eyes
    // want the same order every time.
    const QVector<Agent> roster = m_session->directory()->agents();
    QVector<const Agent *> order;
    order.reserve(roster.size());
    for (const Agent &agent : roster)
        order.append(&agent);
    std::sort(order.begin(), order.end(), [](const Agent *a, const Agent *b) {
        const int byName = QString::compare(a->name, b->name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a->id < b->id;
    });
    QVector<Agent> agents;
    agents.reserve(roster.size());
    for (const Agent *agent : std::as_const(order))
        agents.append(*agent);
    if (m_invocation.json) {
        printBytes(CliFormat::agentsJson(agents));
    } else {
        print(CliFormat::agentsTable(agents, labels()));
    }
    finish(ExitCode::Done);
}

// The roster of the scope with its real-time adherence, 100 agents a request.
void CliRunner::adherenceList()
{
    auto *reader = new AdherenceReader(m_session->api(), this);
    connect(reader, &AdherenceReader::finished, this,
        [this, reader](const QHash<QString, AgentAdherence> &records, const ApiError &error) {
            reader->deleteLater();
            if (error.kind == ApiError::Kind::Permission) {
                printError(tr("Reading adherence needs the permission %1: %2")
                               .arg(QString::fromLatin1(AdherenceReader::Permission), error.message));
                finish(ExitCode::Authentication);
                return;
            }
            const QVector<Agent> agents = m_session->directory()->agents();
            if (m_invocation.json) {
                QJsonArray array;
                for (const Agent &agent : agents)
                    array.append(CliAdherence::adherenceJson(agent, records.value(agent.id)));
                printJson(array);
            } else {
                print(CliAdherence::adherenceTable(agents, records, labels()));
            }
            if (error.isError()) {
                printError(error.toString());
                finish(exitCodeFor(error));
                return;
            }
            finish(ExitCode::Done);
        });
    QStringList ids;
    for (const Agent &agent : m_session->directory()->rows())
        ids.append(agent.id);
    reader->read(ids);
}

// One agent's day from the day log the console keeps beside the audit file: no server needed.
void CliRunner::timelineShow()
{
    const DayLog log(DayLog::folderBeside(m_invocation.profile.effectiveAuditLocation()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate day = m_invocation.timelineDate.isValid() ? m_invocation.timelineDate : now.toLocalTime().date();
    QString error;
    int skipped = 0;
    const DayLogEntries entries = log.read(day, &error, &skipped);
    if (!error.isEmpty()) {
        printError(error);
        finish(ExitCode::Failure);
        return;
    }
    if (skipped > 0)
        printError(tr("%n unreadable line(s) of the day log skipped", nullptr, skipped));
    const QStringList ids = ShiftTimeline::match(entries, m_invocation.agent);
    if (ids.size() != 1) {
        printError(ids.isEmpty() ? tr("The day log of %1 has no agent with the id or name \"%2\".")
                                       .arg(day.toString(Qt::ISODate), m_invocation.agent)
                                 : tr("Several agents of the day log of %1 are called \"%2\"; give the id.")
                                       .arg(day.toString(Qt::ISODate), m_invocation.agent));
        finish(ExitCode::Usage);
        return;
    }
    const ShiftTimeline timeline = ShiftTimeline::build(entries, ids.first(), day, now);
    if (m_invocation.json)
        printJson(CliAdherence::timelineJson(timeline));
    else
        print(CliAdherence::timelineTable(timeline, labels()));
    finish(ExitCode::Done);
}

void CliRunner::statusGet()
{
    const std::optional<Agent> agent = m_session->directory()->find(m_invocation.agent);
    if (!agent) {
        printError(tr("No single agent has the id or name \"%1\".").arg(m_invocation.agent));
        finish(ExitCode::Usage);
        return;
    }
    if (m_invocation.json)
        printJson(CliFormat::agentJson(*agent));
    else
        print(CliFormat::agentsTable({*agent}, labels()));
    finish(ExitCode::Done);
}

void CliRunner::statusSet()
{
    const std::optional<Agent> agent = m_session->directory()->find(m_invocation.agent);
    if (!agent) {
        printError(tr("No single agent has the id or name \"%1\".").arg(m_invocation.agent));
        finish(ExitCode::Usage);
        return;
    }
    StatusChange change = StatusChange::fromAgent(*agent, canonicalStatus(m_invocation.target), m_invocation.reason);
    if (!m_invocation.expect.isEmpty()) {
        // Only the status counts: any other change in between is fine as long as the status is the same.
        change.fromStatus = canonicalStatus(m_invocation.expect);
        change.expectedVersion.clear();
    }
    StatusChangeService *service = m_session->changes();
    connect(service, &StatusChangeService::conflict, this, &CliRunner::onConflict);
    connect(service, &StatusChangeService::finished, this, &CliRunner::onChangeFinished);
    m_changeId = service->change(change);
}

void CliRunner::onConflict(const ChangeConflict &conflict)
{
    if (conflict.changeId != m_changeId)
        return;
    if (!m_invocation.json)
        printError(CliFormat::conflictLine(conflict, labels()));
    ++m_conflictRounds;
    Resolution resolution = Resolution::Cancel;
    if (m_invocation.onConflict == CliInvocation::ConflictPolicy::KeepTheirs)
        resolution = Resolution::KeepTheirs;
    else if (m_invocation.onConflict == CliInvocation::ConflictPolicy::ApplyLatest && m_conflictRounds <= 3)
        resolution = Resolution::ApplyToLatest;
    m_session->changes()->resolveConflict(conflict.changeId, resolution);
}

void CliRunner::onChangeFinished(const ChangeResult &result)
{
    if (result.changeId != m_changeId)
        return;
    if (m_invocation.json)
        printJson(CliFormat::resultJson(result));
    else
        print(CliFormat::resultLine(result, labels()) + QLatin1Char('\n'));
    finish(exitCodeFor(result));
}

void CliRunner::bulkSet()
{
    AgentDirectory *directory = m_session->directory();
    QVector<Agent> selected;
    switch (m_invocation.selection) {
    case CliInvocation::BulkSelection::All:
        selected = directory->agents();
        break;
    case CliInvocation::BulkSelection::Agents:
        for (const QString &idOrName : std::as_const(m_invocation.agents)) {
            const std::optional<Agent> agent = directory->find(idOrName);
            if (!agent) {
                printError(tr("No single agent has the id or name \"%1\".").arg(idOrName));
                finish(ExitCode::Usage);
                return;
            }
            selected.append(*agent);
        }
        break;
    }
    QVector<StatusChange> changes;
    const QString target = canonicalStatus(m_invocation.target);
    for (const Agent &agent : std::as_const(selected))
        changes.append(StatusChange::fromAgent(agent, target, m_invocation.reason));
    m_bulk = new BulkChange(m_session->changes(), this);
    connect(m_bulk, &BulkChange::progress, this,
        [this](int done, int total) { printError(tr("progress %1/%2").arg(done).arg(total)); });
    connect(m_bulk, &BulkChange::agentFinished, this, [this](const ChangeResult &result) {
        if (!m_invocation.json && (!result.inTarget() || result.overConcurrentChange()))
            printError(CliFormat::resultLine(result, labels()));
    });
    // A script cannot answer a review: conflicts of a bulk change are reported and left as they are.
    connect(m_bulk, &BulkChange::conflictsReady, this, [this](const QVector<ChangeConflict> &conflicts) {
        for (const ChangeConflict &conflict : conflicts)
            printError(CliFormat::conflictLine(conflict, labels()));
        m_bulk->resolveAll(Resolution::Cancel);
    });
    connect(m_bulk, &BulkChange::finished, this, &CliRunner::onBulkFinished);
    m_bulk->start(changes);
}

void CliRunner::onBulkFinished(const BulkSummary &summary)
{
    const QVector<ChangeResult> results = m_bulk->results();
    if (m_invocation.json) {
        QJsonArray array;
        for (const ChangeResult &result : results)
            array.append(CliFormat::resultJson(result));
        QJsonObject object = CliFormat::summaryJson(summary);
        object.insert(QStringLiteral("results"), array);
        printJson(object);
    } else {
        print(CliFormat::summaryLine(summary) + QLatin1Char('\n'));
    }
    // Unchanged agents (already in the target) count as applied: the job is done for them.
    if (summary.allApplied()) {
        finish(ExitCode::Done);
    } else if (summary.applied + summary.unchanged == 0 && summary.rejected == summary.total) {
        finish(ExitCode::Refused);
    } else if (summary.applied + summary.unchanged == 0 && summary.failed == summary.total && !results.isEmpty()) {
        finish(exitCodeFor(results.constFirst()));
    } else {
        finish(ExitCode::PartialBulk);
    }
}

void CliRunner::auditList()
{
    AuditQuery query;
    query.limit = 0;
    query.agent = m_invocation.auditAgent;
    query.from = m_invocation.auditSince;
    query.outcome = m_invocation.auditOutcome;
    QString error;
    QVector<AuditEntry> entries = m_session->audit()->query(query, &error);
    if (!error.isEmpty()) {
        printError(error);
        finish(ExitCode::Failure);
        return;
    }
    std::reverse(entries.begin(), entries.end()); // oldest first reads like a log
    if (m_invocation.json) {
        QJsonArray array;
        for (const AuditEntry &entry : std::as_const(entries))
            array.append(entry.toJson());
        printJson(array);
    } else {
        print(CliFormat::auditTable(entries, labels()));
    }
    finish(ExitCode::Done);
}

void CliRunner::auditCheckpoint()
{
    const CliAuditAnchor::Outcome outcome = CliAuditAnchor::checkpoint(*m_session->audit(), m_invocation.outputFile);
    if (!outcome.error.isEmpty())
        printError(outcome.error);
    print(outcome.text);
    finish(outcome.exitCode);
}

void CliRunner::auditVerify()
{
    CliAuditAnchor::Outcome anchored;
    if (!m_invocation.anchorFile.isEmpty()) {
        anchored = CliAuditAnchor::verify(*m_session->audit(), m_invocation.anchorFile);
        if (anchored.exitCode == ExitCode::BadAnchor) {
            printError(anchored.error);
            finish(anchored.exitCode);
            return;
        }
    }
    const AuditVerifyResult result = m_invocation.anchorFile.isEmpty() ? m_session->audit()->verify() : anchored.result;
    if (m_invocation.json) {
        printJson(
            QJsonObject {{QStringLiteral("ok"), result.ok}, {QStringLiteral("entries_checked"), result.entriesChecked},
                {QStringLiteral("first_bad_id"), result.firstBadId},
                {QStringLiteral("problem"), AuditVerifyResult::problemName(result.problem)},
                {QStringLiteral("message"), result.message}, {QStringLiteral("keyed_from"), result.keyedFromId},
                {QStringLiteral("anchors_checked"), result.anchorsChecked}});
    } else if (result.ok) {
        print(tr("Audit chain intact: %1 entries checked.\n").arg(result.entriesChecked));
        print(result.message + QLatin1Char('\n'));
    } else {
        print(tr("Audit chain BROKEN at entry %1: %2\n").arg(result.firstBadId).arg(result.message));
    }
    finish(result.ok ? ExitCode::Done : ExitCode::Failure);
}

void CliRunner::auditExport()
{
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly)) {
        printError(tr("Standard output cannot be written."));
        finish(ExitCode::Failure);
        return;
    }
    AuditQuery query;
    query.limit = 0;
    QString error;
    const bool ok = m_invocation.exportFormat == QLatin1String("csv")
        ? m_session->audit()->exportCsv(&out, query, &error)
        : m_session->audit()->exportJsonLines(&out, query, &error);
    out.flush();
    if (!ok)
        printError(error);
    finish(ok ? ExitCode::Done : ExitCode::Failure);
}

void CliRunner::webhooksList()
{
    const QVector<WebhookDelivery> deliveries = m_session->webhooks()->deliveries();
    if (m_invocation.json) {
        QJsonArray array;
        for (const WebhookDelivery &delivery : deliveries)
            array.append(CliFormat::deliveryJson(delivery));
        printJson(array);
    } else {
        print(CliFormat::deliveriesTable(deliveries));
    }
    finish(ExitCode::Done);
}

void CliRunner::webhooksFlush()
{
    WebhookOutbox *outbox = m_session->webhooks();
    if (outbox->endpoint().isEmpty()) {
        printError(tr("No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook."));
        finish(ExitCode::Usage);
        return;
    }
    // The outbox is counted off this thread: "pending before" is what it held when the count came in.
    outbox->whenCounted(this, [this, outbox] { flushCounted(outbox); });
}

void CliRunner::flushCounted(WebhookOutbox *outbox)
{
    const int before = outbox->pendingCount();
    connect(outbox, &WebhookOutbox::flushed, this, [this, outbox, before](bool allDelivered) {
        const int pending = outbox->pendingCount();
        if (m_invocation.json) {
            printJson(QJsonObject {{QStringLiteral("pending_before"), before}, {QStringLiteral("pending"), pending},
                {QStringLiteral("dead_letters"), outbox->deadLetterCount()},
                {QStringLiteral("all_delivered"), allDelivered}});
        } else {
            print(tr("%1 pending before, %2 still pending, %3 dead letters.\n")
                      .arg(before)
                      .arg(pending)
                      .arg(outbox->deadLetterCount()));
        }
        finish(allDelivered ? ExitCode::Done : ExitCode::Network);
    });
    outbox->start();
    outbox->flush(m_invocation.flushTimeoutSeconds * 1000);
}

StatusLabels CliRunner::labels() const
{
    // Signed in: the server's labels in the lead's language where it has them; offline: our own names.
    if (m_session && m_session->state() == Session::State::Ready)
        return StatusLabels(m_session->gateway()->catalogue(), QLocale().name());
    return StatusLabels();
}

void CliRunner::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printBytes(document.toJson(QJsonDocument::Indented));
}

// Straight to the device: 10,000 agents are megabytes, and a round trip through QString doubled them.
void CliRunner::printBytes(const QByteArray &utf8)
{
    m_out.flush();
    if (QIODevice *device = m_out.device())
        device->write(utf8);
    else
        m_out << QString::fromUtf8(utf8);
    m_out.flush();
}

void CliRunner::print(const QString &text)
{
    m_out << text;
    m_out.flush();
}

void CliRunner::printError(const QString &text)
{
    // Server text (error descriptions, messages) reaches the terminal: no escape sequence may pass.
    m_err << TextTable::sanitizedLines(text) << '\n';
    m_err.flush();
}

void CliRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    WebhookOutbox *outbox = m_session ? m_session->webhooks() : nullptr;
    // Reconciled intents that took effect have events too: payroll hears of them on this run.
    const bool changed = m_invocation.command == CliInvocation::Command::StatusSet
        || m_invocation.command == CliInvocation::Command::BulkSet || (m_session && m_session->reconciledCount() > 0);
    if (changed && outbox && outbox->isRunning() && outbox->pendingCount() > 0) {
        // Payroll should hear of the change now rather than at the next run: a short, bounded wait.
        // Whatever is not delivered stays in the outbox for "webhooks flush" or the next start.
        connect(outbox, &WebhookOutbox::flushed, this, [this, exitCode](bool) { complete(exitCode); });
        outbox->flush(kWebhookWaitMs);
        return;
    }
    complete(exitCode);
}

void CliRunner::complete(int exitCode)
{
    if (m_completed)
        return;
    m_completed = true;
    if (m_session)
        m_session->stop();
    QTimer::singleShot(0, this, [this, exitCode] { emit done(exitCode); });
}

int CliRunner::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
        return ExitCode::Authentication;
    case ApiError::Kind::Configuration:
    case ApiError::Kind::InsecureUrl:
        return ExitCode::Usage;
    case ApiError::Kind::None:
        return ExitCode::Failure;
    default:
        return ExitCode::Network;
    }
}

int CliRunner::exitCodeFor(const ChangeResult &result)
{
    switch (result.outcome) {
    case ChangeResult::Outcome::Applied:
    case ChangeResult::Outcome::Unchanged:
    case ChangeResult::Outcome::ConflictKeptTheirs:
        return ExitCode::Done;
    case ChangeResult::Outcome::Rejected:
        return ExitCode::Refused;
    case ChangeResult::Outcome::Cancelled:
        return ExitCode::Conflict;
    case ChangeResult::Outcome::Failed:
    case ChangeResult::Outcome::Unknown: // the answer was lost: a network or server matter
        break;
    }
    switch (result.write.error.kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Permission:
        return ExitCode::Authentication;
    default:
        return ExitCode::Network;
    }
}
