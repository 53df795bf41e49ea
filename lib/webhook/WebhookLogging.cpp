// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookLogging.h"

Q_LOGGING_CATEGORY(lcWebhook, "statusdesk.webhook", QtInfoMsg)
