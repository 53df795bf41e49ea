// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/QueueChange.h"

QString QueueChangeResult::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Conflict:
        return QStringLiteral("conflict");
    case Outcome::NotMember:
        return QStringLiteral("not_member");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Unconfirmed:
        return QStringLiteral("unconfirmed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}
