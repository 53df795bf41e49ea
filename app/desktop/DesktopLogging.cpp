// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/DesktopLogging.h"

Q_LOGGING_CATEGORY(lcDesktop, "statusdesk.desktop", QtInfoMsg)
