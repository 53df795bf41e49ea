// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "webhook/WebhookDelivery.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

struct WebhookEvent;

// The outbox's rows in the audit store's database: webhook_outbox (one row per event: body, state,
// attempts so far, next attempt, the retry window and the lease of the console sending it) and
// webhook_attempts (every try). Changes that must go with an audit entry run in the store's write
// transaction, which the caller holds. All times are milliseconds since the epoch on the outbox's clock.
class WebhookOutboxTable
{
    // Its messages reach users as the outbox's.
    Q_DECLARE_TR_FUNCTIONS(WebhookOutbox)

public:
    // PostgreSQL advisory-lock key under which consoles starting at the same moment take turns
    // creating the outbox tables. The value is arbitrary but must never change (consoles of
    // different versions share one database) and differs from AuditSchema::SchemaLockKey.
    static constexpr qint64 SchemaLockKey = 6087112352;

    // The oldest pending event of an agent: the only one of its events that may be sent now.
    struct Head
    {
        QString eventId;
        QString agentId;
        QByteArray body;
        qint64 readyAtMs = 0; // its next attempt, or later while another console holds its lease
    };
    struct Progress
    {
        QString agentId;
        int attempts = 0;
        qint64 windowStartMs = 0; // when its retry window opened (recorded, or sent again by hand)
    };

    WebhookOutboxTable(QSqlDatabase db, bool postgres);

    bool createSchema(QString *error); // in the caller's write transaction
    bool insert(const WebhookEvent &event, qint64 seq, qint64 nowMs, QString *error); // in a write transaction
    void releaseLeases(const QString &owner);
    QStringList leaseOwners(qint64 nowMs) const; // owners of leases that have not lapsed
    // A delivered or dead event pending again, due now; false when nothing changed.
    bool makePending(const QString &eventId, qint64 nowMs);
    void makeAllPendingDue(qint64 nowMs);
    bool pendingHeads(const QString &owner, QVector<Head> *heads) const; // in send order
    // Takes the lease of a pending event until leaseUntilMs; false when another console holds it.
    bool claim(const QString &eventId, const QString &owner, qint64 nowMs, qint64 leaseUntilMs);
    std::optional<Progress> progress(const QString &eventId) const;
    // Stores attempt number `number` and the event's new state (releasing its lease); in a write transaction.
    bool recordAttempt(const QString &eventId, int number, const WebhookAttempt &attempt, WebhookDelivery::State state,
        qint64 nextAttemptMs, const QString &error);
    int count(WebhookDelivery::State state) const;
    std::optional<WebhookDelivery::State> state(const QString &eventId) const;
    // Newest first, with attempts: one query, the page joined with its attempts.
    QVector<WebhookDelivery> deliveries(int limit, int offset) const;
    std::optional<WebhookDelivery> delivery(const QString &eventId) const;

private:
    QStringList schemaStatements() const;
    QVector<WebhookDelivery> joined(const QString &outbox, const QVariantList &values) const;

    QSqlDatabase m_db;
    bool m_postgres;
};
