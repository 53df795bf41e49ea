// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CoreLogging.h"

Q_LOGGING_CATEGORY(lcCore, "statusdesk.core", QtInfoMsg)
