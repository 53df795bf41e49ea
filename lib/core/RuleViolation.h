// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

// One reason why the transition rules refuse a change.
struct RuleViolation
{
    enum class Type {
        NotAllowed, // the rules do not allow the move from the current status
        UnknownStatus, // the target (or current) status is not known
        UnknownReason, // the reason code is not known
        ReasonRequired, // the move needs a reason and none was given
        CapacityReached, // the team already has the maximum number of agents in the target status
        QueueMinimum, // deactivating would leave fewer agents of the scope active on a queue than the rules ask
    };

    Type type = Type::NotAllowed;
    QString message; // translated, for the lead

    // The metric/audit label: not_allowed, unknown_status, unknown_reason, reason_required, capacity_reached,
    // queue_minimum.
    QString typeName() const;
    static QString typeName(Type type);

    bool operator==(const RuleViolation &other) const { return type == other.type && message == other.message; }
};

using RuleViolations = QVector<RuleViolation>;

Q_DECLARE_METATYPE(RuleViolation)
