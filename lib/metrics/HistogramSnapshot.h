// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVector>

// A histogram's state at one moment, for the metrics panel.
struct HistogramSnapshot
{
    QVector<double> upperBounds; // without +Inf
    QVector<quint64> cumulativeCounts; // one per upper bound, then one for +Inf (== count)
    double sum = 0;
    quint64 count = 0;
};
