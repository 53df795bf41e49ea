// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsLogging.h"

Q_LOGGING_CATEGORY(lcMetrics, "statusdesk.metrics", QtInfoMsg)
