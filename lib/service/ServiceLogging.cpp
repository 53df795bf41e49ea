// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/ServiceLogging.h"

Q_LOGGING_CATEGORY(lcService, "statusdesk.service", QtInfoMsg)
