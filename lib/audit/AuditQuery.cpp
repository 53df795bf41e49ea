// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditQuery.h"

bool AuditQuery::hasFilters() const
{
    return from.isValid() || to.isValid() || !agent.isEmpty() || !supervisor.isEmpty() || !outcome.isEmpty()
        || !text.isEmpty();
}
