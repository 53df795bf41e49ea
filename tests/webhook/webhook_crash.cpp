// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: a console that dies between a webhook attempt and its record.
//   webhook_crash <audit location> <endpoint>
// Records one event, starts the outbox and, once the event is on the wire (read and leased on the audit
// writer's thread), holds that writer so that no attempt can be recorded; prints the event's id on
// stdout. The test kills it once the receiver has the event.
#include "audit/AuditStore.h"
#include "audit/AuditWriter.h"
#include "webhook/WebhookOutbox.h"

#include <QCoreApplication>
#include <QSemaphore>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: webhook_crash <audit location> <endpoint>\n");
        return 2;
    }
    QString error;
    std::unique_ptr<AuditStore> store = AuditStore::open(arguments.at(1), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    WebhookOutbox outbox(store.get(), nullptr);
    outbox.setEndpoint(QUrl(arguments.at(2)));
    AuditEntry outcome;
    outcome.agentId = QStringLiteral("agent-1");
    outcome.supervisor = QStringLiteral("m.chen");
    outcome.fromStatus = QStringLiteral("Available");
    outcome.toStatus = QStringLiteral("Break");
    outcome.outcome = QString(AuditOutcome::Applied);
    const WebhookEvent event = WebhookEvent::create(outcome.agentId, outcome.toStatus, outcome.fromStatus,
        QStringLiteral("Coffee"), outcome.supervisor, QStringLiteral("\"7\""));
    if (!outbox.recordOutcome(outcome, event, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // Held from the moment it is sent until the kill: the attempt is answered but never recorded.
    auto gate = std::make_shared<QSemaphore>();
    AuditStore *audit = store.get();
    QObject::connect(&outbox, &WebhookOutbox::attemptStarted, &outbox,
        [audit, &outbox, gate] { audit->writer()->read(&outbox, [gate](AuditStore *) { gate->acquire(); }, {}); });
    outbox.start();
    std::printf("%s\n", qPrintable(event.eventId));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
