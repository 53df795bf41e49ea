// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuditOutcomeLabels.h"

#include "audit/AuditEntry.h"

#include <QHash>

QString AuditOutcomeLabels::label(const QString &outcome)
{
    // Built on each call: the UI language may change while the console runs.
    const QHash<QString, QString> labels {
        {AuditOutcome::ValidationFailed, tr("Refused by the rules")},
        {AuditOutcome::Intent, tr("Requested")},
        {AuditOutcome::Applied, tr("Applied")},
        {AuditOutcome::AppliedOverConcurrent, tr("Applied over another change")},
        {AuditOutcome::Unchanged, tr("Already in that status")},
        {AuditOutcome::Rejected, tr("Rejected by the server")},
        {AuditOutcome::Conflict, tr("Conflict")},
        {AuditOutcome::ConflictResolved, tr("Conflict resolved")},
        {AuditOutcome::Retried, tr("Retried")},
        {AuditOutcome::RateLimited, tr("Rate limited")},
        {AuditOutcome::Failed, tr("Failed")},
        {AuditOutcome::Unknown, tr("Answer lost")},
        {AuditOutcome::Reconciled, tr("Reconciled")},
        {AuditOutcome::WebhookDelivered, tr("Webhook delivered")},
        {AuditOutcome::WebhookRetry, tr("Webhook retried")},
        {AuditOutcome::WebhookDeadLetter, tr("Webhook dead letter")},
    };
    return labels.value(outcome, outcome);
}
