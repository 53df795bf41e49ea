// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class MetricsRegistry;

// The file export of the metrics (for node_exporter's textfile collector, for instance).
namespace MetricsFile {
// Writes the exposition to path atomically (QSaveFile). Returns false and fills *error on failure.
bool write(const MetricsRegistry &registry, const QString &path, QString *error = nullptr);
} // namespace MetricsFile
