// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimLogging.h"

Q_LOGGING_CATEGORY(lcSim, "statusdesk.sim", QtInfoMsg)
