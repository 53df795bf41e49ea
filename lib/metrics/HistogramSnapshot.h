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

    // The q-quantile (0.5: the median), interpolated linearly inside its bucket as Prometheus'
    // histogram_quantile() does; -1 without observations. Past the last bound: the last bound.
    double quantile(double q) const
    {
        if (count == 0 || cumulativeCounts.isEmpty())
            return -1;
        const double rank = q * double(count);
        double lower = 0;
        quint64 below = 0;
        for (int i = 0; i < upperBounds.size() && i < cumulativeCounts.size(); ++i) {
            const quint64 upTo = cumulativeCounts.at(i);
            if (double(upTo) >= rank && upTo > below)
                return lower + (upperBounds.at(i) - lower) * (rank - double(below)) / double(upTo - below);
            lower = upperBounds.at(i);
            below = upTo;
        }
        return upperBounds.isEmpty() ? -1 : upperBounds.last();
    }
};
