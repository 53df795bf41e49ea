// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include <QtGlobal>

namespace TestSupport {

QString binaryDir()
{
    return qEnvironmentVariable("STATUSDESK_BIN_DIR");
}

} // namespace TestSupport
