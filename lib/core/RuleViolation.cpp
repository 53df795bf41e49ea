// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/RuleViolation.h"

QString RuleViolation::typeName() const
{
    return typeName(type);
}

QString RuleViolation::typeName(Type type)
{
    switch (type) {
    case Type::NotAllowed:
        return QStringLiteral("not_allowed");
    case Type::UnknownStatus:
        return QStringLiteral("unknown_status");
    case Type::UnknownReason:
        return QStringLiteral("unknown_reason");
    case Type::ReasonRequired:
        return QStringLiteral("reason_required");
    case Type::CapacityReached:
        return QStringLiteral("capacity_reached");
    case Type::QueueMinimum:
        return QStringLiteral("queue_minimum");
    }
    return QStringLiteral("not_allowed");
}
