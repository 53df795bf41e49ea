// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ModelsLogging.h"

Q_LOGGING_CATEGORY(lcModels, "statusdesk.models", QtInfoMsg)
