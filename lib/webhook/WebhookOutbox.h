// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ClockTimer.h"
#include "webhook/WebhookDelivery.h"
#include "webhook/WebhookEvent.h"
#include "webhook/WebhookRetryPolicy.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class AuditStore;
class Clock;
class MetricsRegistry;
class WebhookOutboxTable;
class WebhookSender;
struct AuditEntry;

// The durable webhook outbox, stored in the audit store's database. An event is recorded in the
// same transaction as its audit outcome, then POSTed (DESIGN.md §6) with retries; every attempt is
// kept and audited. Events of one agent go out in order. Everything is asynchronous.
// WebhookOutboxTable holds the rows, WebhookSender does the HTTP exchange; the outbox decides when
// to send and what an answer means. The retry schedule (backoff, Retry-After, leases, give-up
// window) runs on one Clock, so that a test can keep a receiver down for hours in seconds.
//
// No SQL runs on the outbox's thread (the UI thread) on the paths a console takes: the tables are
// made, the heads read and leased, attempts recorded, events sent again, counted and their leases
// released on the audit store's writer thread (AuditWriter), in the order they were asked. The
// outbox's thread only decides and sends. recordOutcome(), nextAttemptAt(), deliveries() and
// delivery() are synchronous and block: for the command line and tests, never the UI thread (its
// panels read through an AuditStoreReader).
class WebhookOutbox : public QObject
{
    Q_OBJECT
public:
    // clock: the time of the schedule and of the attempts (nullptr: the system clock).
    WebhookOutbox(AuditStore *store, MetricsRegistry *metrics, Clock *clock = nullptr, QObject *parent = nullptr);
    ~WebhookOutbox() override;

    AuditStore *store() const; // the store it lives in (nullptr once gone)
    void setEndpoint(const QUrl &url);
    QUrl endpoint() const;
    void setSecret(const QByteArray &secret); // kept in memory only
    void setPolicy(const WebhookRetryPolicy &policy);
    WebhookRetryPolicy policy() const;

    // Appends the audit outcome and stores the event in ONE transaction, then schedules delivery.
    // Blocking, on this thread's connection (the tables are made here if the writer has not yet).
    bool recordOutcome(AuditEntry &outcome, const WebhookEvent &event, QString *error = nullptr);
    // The same through the store's AuditWriter: queued, committed in a group with other entries (the
    // outcome and its event always together), off this thread. done runs on this thread once both
    // are durable (or failed), unless context is gone by then; delivery is scheduled first. Taken
    // while the tables are still being made: it is queued behind them on the writer's thread.
    using OutcomeDone = std::function<void(bool ok, const AuditEntry &outcome, const QString &error)>;
    void recordOutcomeLater(const AuditEntry &outcome, const WebhookEvent &event, QObject *context, OutcomeDone done);

    // Whether events can be recorded: the store is open and the outbox's tables are made or being made
    // (what is recorded meanwhile is queued behind them). When not, recordOutcomeLater() fails without
    // writing the outcome either; a caller writes it alone.
    bool ready() const { return usable(); }

    void start(); // deliver, including everything pending from before
    void stop(); // stop delivering; in-flight requests are dropped and stay pending
    bool isRunning() const;
    // The tables are made (on the writer's thread, from the constructor): readyChanged() tells when.
    // Everything may be asked before; it is queued behind them.
    bool isReady() const;
    void resend(const QString &eventId); // dead letter or delivered -> pending again, now (on the writer's thread)
    // Try every pending event now (once counted, made due on the writer's thread); emits flushed(allDelivered).
    void flush(int timeoutMs);
    // Runs then on context's thread once the counts asked for so far are in (pendingCount() is then
    // true to the store), never inside this call.
    void whenCounted(QObject *context, std::function<void()> then);

    // Kept in memory: counted when the outbox opens and starts (on the audit writer's thread:
    // pendingCountChanged() and deadLetterCountChanged() tell when the counts are in), then followed
    // through every write. A PostgreSQL outbox, shared with other consoles, is counted again on the
    // writer's thread every SharedRecountMs while it runs and whenever nothing is left to send.
    int pendingCount() const;
    int deadLetterCount() const;
    // The earliest time, on the outbox's clock, at which a pending event may be sent (the oldest of
    // each agent, after another console's lease); invalid when nothing is pending. At or before
    // now while an attempt is due or on the wire. Blocking.
    QDateTime nextAttemptAt() const;
    // Newest first, each with its attempts. Blocking.
    QVector<WebhookDelivery> deliveries(int limit = 500, int offset = 0) const;
    bool delivery(const QString &eventId, WebhookDelivery *out) const;

    static QByteArray signature(const QByteArray &body, const QByteArray &secret); // "sha256=<hex>"
    static constexpr int SharedRecountMs = 2000;

signals:
    void deliveryUpdated(const QString &eventId);
    void pendingCountChanged(int pending);
    void deadLetterCountChanged(int deadLetters);
    void flushed(bool allDelivered);
    void readyChanged(bool ready); // once, when the tables are made (or could not be)
    void attemptStarted(const QString &eventId); // an event went on the wire

private:
    struct Step;
    struct Round;
    enum class Schema { Making, Made, Failed };
    WebhookOutboxTable table() const; // only when usable(), on this thread's connection
    bool ensureSchema(QString *error);
    void makeSchemaLater();
    void schemaMade(bool ok, const QString &error);
    bool endpointSupported() const;
    bool canSend() const;
    // The store is there and the tables are made or being made: what is queued on the writer's
    // thread now runs after them.
    bool usable() const;
    qint64 nowMs() const;
    void schedulePump(qint64 delayMs);
    void pump();
    static Round claimRound(WebhookOutboxTable table, const QString &owner, const QSet<QString> &busy, int freeSlots,
        qint64 nowMs, qint64 leaseUntilMs);
    void pumped(const Round &round, quint64 generation, qint64 startedMs);
    void startFlush(int timeoutMs);
    void onAttemptFinished(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs);
    static Step nextStep(const WebhookRetryPolicy &policy, const WebhookAttempt &attempt, int attempts,
        qint64 windowStartMs, qint64 retryAfterMs, qint64 nowMs);
    void recordAttempt(const QString &eventId, const WebhookAttempt &attempt, qint64 retryAfterMs);
    void attemptRecorded(const QString &eventId, const Step &step);
    void notifyPending();
    void notifyCounts(int pending, int dead);
    void recountLater(bool releaseDeadLeases);
    bool shared() const;
    void countStateChange(std::optional<WebhookDelivery::State> from, WebhookDelivery::State to);
    static void releaseLeasesOfTheDead(WebhookOutboxTable table, const QString &self, qint64 nowMs);
    void finishFlush(bool allDelivered);

    QPointer<AuditStore> m_store; // not owned; the outbox goes quiet if the store goes first
    QPointer<MetricsRegistry> m_metrics;
    Clock *m_clock;
    WebhookSender *m_sender;
    QUrl m_endpoint;
    QByteArray m_secret;
    WebhookRetryPolicy m_policy;
    QString m_owner; // this outbox's lease name: several consoles may share one PostgreSQL outbox
    bool m_running = false;
    bool m_flushing = false;
    Schema m_schema = Schema::Making;
    bool m_schemaMadeHere = false; // by recordOutcome(), on this thread's connection
    bool m_pumping = false; // a round is on the writer's thread; one at a time
    bool m_pumpAgain = false; // asked for meanwhile
    quint64 m_generation = 0; // stop() counts up: the leases of rounds asked for before are released
    mutable bool m_endpointWarned = false; // warned once per endpoint, from canSend()
    int m_lastPending = -1;
    int m_lastDead = -1;
    int m_pending = 0;
    int m_dead = 0;
    // Writes made on this thread (not through the audit writer) while a count was on the writer's
    // thread: it may have missed them, so it counts again.
    int m_directWrites = 0;
    int m_countsInFlight = 0;
    // Events whose attempt is answered but not yet recorded: not sent again meanwhile.
    QSet<QString> m_recording;
    ClockTimer m_pumpTimer;
    ClockTimer m_flushTimer;
    ClockTimer m_sharedRecount;
};
