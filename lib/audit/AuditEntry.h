// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QLatin1String>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The outcome values every module writes into AuditEntry::outcome.
namespace AuditOutcome {
inline constexpr QLatin1String ValidationFailed("validation_failed");
inline constexpr QLatin1String Intent("intent");
inline constexpr QLatin1String Applied("applied");
// Applied, but another change of the agent landed between our compare read and our write: ours is
// on the server, theirs was overwritten (the message names their state). Goes to payroll like applied.
inline constexpr QLatin1String AppliedOverConcurrent("applied_over_concurrent");
// The compare read found the agent already in the target status: nothing was written, nothing goes
// to payroll.
inline constexpr QLatin1String Unchanged("unchanged");
inline constexpr QLatin1String Rejected("rejected");
inline constexpr QLatin1String Conflict("conflict");
inline constexpr QLatin1String ConflictResolved("conflict_resolved");
inline constexpr QLatin1String Retried("retried");
inline constexpr QLatin1String RateLimited("rate_limited");
inline constexpr QLatin1String Failed("failed");
// The write was sent but its answer was lost: the server may have applied it. Leaves the intent open
// until a read of the agent (at once, or at the next start) says what really happened.
inline constexpr QLatin1String Unknown("unknown");
inline constexpr QLatin1String Reconciled("reconciled");
inline constexpr QLatin1String WebhookDelivered("webhook_delivered");
inline constexpr QLatin1String WebhookRetry("webhook_retry");
inline constexpr QLatin1String WebhookDeadLetter("webhook_dead_letter");
// The marker from which the chain is keyed (AuditStore::setKey on a log with unkeyed entries).
inline constexpr QLatin1String ChainKeyed("chain_keyed");

QStringList all();
// Outcomes that close an intent: the request got an answer (or was never sent) and nothing is
// left to reconcile. retried and rate_limited are steps on the way, not answers; unknown is an answer
// that says nothing.
QStringList closingIntent();
// The translated label a lead reads for an outcome value ("webhook_dead_letter" -> "Webhook dead
// letter"); an unknown value as it is.
QString label(const QString &outcome);
} // namespace AuditOutcome

namespace AuditLevel {
inline constexpr QLatin1String Info("info");
inline constexpr QLatin1String Warning("warning");
inline constexpr QLatin1String Error("error");
} // namespace AuditLevel

// One audit record, with the fields of DESIGN.md §7 (JSON names in snake_case).
struct AuditEntry
{
    qint64 id = 0;
    QDateTime time;
    QString level; // info | warning | error
    QString msg;
    QString supervisor;
    QString agentId;
    QString agentName;
    QString fromStatus;
    QString toStatus;
    QString reason;
    QString outcome;
    QString error;
    qint64 latencyMs = -1;
    QString etagBefore;
    QString etagAfter;
    QString correlationId;
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
    static AuditEntry fromJson(const QJsonObject &object);

    // The bytes the hash covers: every field but id and hash, in a fixed order, each as
    // "<json name>:<UTF-8 byte length>:<UTF-8 bytes>\n"; the time in UTC ISO-8601 with milliseconds,
    // latency_ms in decimal. Ids are left out so that verify() judges the chain, not the numbering.
    QByteArray canonicalBytes() const;
    void appendCanonicalBytes(QByteArray &out) const; // canonicalBytes() added to out
    // SHA-256 (lower-case hex) of canonicalBytes().
    QString computeHash() const;
    // The same, building the bytes in buffer (cleared first): one buffer serves many entries.
    QString computeHash(QByteArray &buffer) const;

    static QString formatTime(const QDateTime &time); // yyyy-MM-ddTHH:mm:ss.zzzZ, UTC
    static QString genesisHash(); // 64 zeros: prev_hash of the first entry

    // A queue membership change names the membership's states, "queue active" / "queue inactive", in
    // from_status and to_status: no presence starts so. Such an entry says nothing of the agent's status.
    // Its etag_before holds the queue's id (a membership has no version of its own): an intent and the
    // entry that closes it are matched by agent and queue.
    static QString queueState(bool active);
    bool isQueueMembership() const;
    QString queueId() const; // empty unless isQueueMembership()
};

Q_DECLARE_METATYPE(AuditEntry)
