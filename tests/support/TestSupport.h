// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace TestSupport {

// The folder of the built executables (build/bin), for tests that start a child process.
QString binaryDir();

} // namespace TestSupport
