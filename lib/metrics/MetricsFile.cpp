// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsFile.h"

#include "metrics/MetricsRegistry.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace MetricsFile {

bool write(const MetricsRegistry &registry, const QString &path, QString *error)
{
    QSaveFile file(path);
    const QByteArray text = registry.exposition();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("MetricsFile", "Cannot write the metrics to %1: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace MetricsFile
