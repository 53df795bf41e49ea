// SPDX-License-Identifier: GPL-3.0-or-later
#include "harness/BenchFigure.h"

#include <QList>

#include <cmath>
#include <cstdio>

namespace {

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    double baseline = 0;
    QString baselineName;
};

QList<Figure> &figures()
{
    static QList<Figure> all;
    return all;
}

int decimalsFor(const QString &unit)
{
    if (unit == QLatin1String("s"))
        return 3;
    if (unit == QLatin1String("ms"))
        return 2;
    if (unit == QLatin1String("MB"))
        return 1;
    return 0; // /s and requests
}

} // namespace

namespace BenchFigure {

bool tiny()
{
    const QByteArray value = qgetenv("STATUSDESK_BENCH_TINY");
    return !value.isEmpty() && value != "0";
}

int size(int full, int small)
{
    return tiny() ? small : full;
}

QString line(const QString &name, double value, const QString &unit, double baseline, const QString &baselineName)
{
    const bool hasRatio = std::isfinite(value) && std::isfinite(baseline) && baseline > 0;
    const double r = hasRatio ? value / baseline : 0;
    // Two decimals, or two significant digits for the small ratios that would read 0.00.
    const QString ratio = !hasRatio ? QStringLiteral("n/a")
        : r == 0 || r >= 0.1        ? QString::number(r, 'f', 2)
                                    : QString::number(r, 'g', 2);
    return QStringLiteral("%1: %2 %3 (ratio %4 vs %5)")
        .arg(name, QString::number(value, 'f', decimalsFor(unit)), unit, ratio, baselineName);
}

void add(const QString &name, double value, const QString &unit, double baseline, const QString &baselineName)
{
    figures().append({name, value, unit, baseline, baselineName});
}

void printAll()
{
    std::fflush(stdout);
    for (const Figure &f : std::as_const(figures()))
        std::printf("%s\n", qPrintable(line(f.name, f.value, f.unit, f.baseline, f.baselineName)));
    figures().clear();
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::printf("  %s\n", qPrintable(text));
    std::fflush(stdout);
}

void skip(const QString &name, const QString &why)
{
    std::printf("SKIP %s: %s\n", qPrintable(name), qPrintable(why));
    std::fflush(stdout);
}

} // namespace BenchFigure
