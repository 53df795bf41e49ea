// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLogging.h"

Q_LOGGING_CATEGORY(lcAudit, "statusdesk.audit", QtInfoMsg)
