// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliInvocation.h"
#include "models/StatusLabels.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <memory>

class BulkChange;
class MetricsServer;
class Session;
class WebhookOutbox;
struct ApiError;
struct BulkSummary;
struct ChangeConflict;
struct ChangeResult;

// Runs one parsed statusdesk-cli command on a Session, asynchronously, and reports its exit code
// through done(). Results go to stdout (tables or JSON), progress and errors to stderr.
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(const CliInvocation &invocation, QObject *parent = nullptr);
    ~CliRunner() override;

    void start();

signals:
    void done(int exitCode);

private:
    void onReady();
    void runOffline();
    void agentsList();
    void statusGet();
    void statusSet();
    void bulkSet();
    void queues();
    void auditList();
    void auditVerify();
    void auditCheckpoint();
    void auditExport();
    void webhooksList();
    void webhooksFlush();
    void adherenceList();
    void timelineShow();
    void flushCounted(WebhookOutbox *outbox);

    void onConflict(const ChangeConflict &conflict);
    void onChangeFinished(const ChangeResult &result);
    void onBulkFinished(const BulkSummary &summary);
    bool startMetrics();

    StatusLabels labels() const;
    void printJson(const QJsonValue &value);
    void printBytes(const QByteArray &utf8);
    void print(const QString &text);
    void printError(const QString &text);
    void finish(int exitCode);
    void complete(int exitCode);
    static int exitCodeFor(const ApiError &error);
    static int exitCodeFor(const ChangeResult &result);

    CliInvocation m_invocation;
    std::unique_ptr<Session> m_session;
    QElapsedTimer m_sinceStart;
    QPointer<MetricsServer> m_metricsServer;
    QPointer<BulkChange> m_bulk;
    QString m_changeId;
    int m_conflictRounds = 0;
    bool m_finished = false;
    bool m_completed = false;
    QTextStream m_out;
    QTextStream m_err;
};
