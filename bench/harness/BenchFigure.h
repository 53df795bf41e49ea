// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The one output format of the benchmarks. Each figure ends a benchmark's output as exactly
//   NAME: VALUE UNIT (ratio R vs BASELINE)
// with UNIT one of s, ms, MB, /s, requests, and R = VALUE / the baseline's value measured in the same run
// ("n/a" when that value is 0 or was not measured). A figure with two baselines is printed twice.
// Everything else a benchmark prints (progress, sizes, skips) comes before its figures and never has
// that shape.
namespace BenchFigure {

// STATUSDESK_BENCH_TINY=1 (CTest): every benchmark runs once at a tiny size, so that none can rot.
bool tiny();
// `full`, or `small` in tiny mode.
int size(int full, int small);

// Collects figures while the benchmark runs and prints them, in order, at its end.
void add(const QString &name, double value, const QString &unit, double baseline, const QString &baselineName);
void printAll();

// A line of context before the figures ("  " + text).
void note(const QString &text);
// A measurement that could not be made: "SKIP NAME: why".
void skip(const QString &name, const QString &why);

// The figure line itself (exposed for its test in tiny mode).
QString line(const QString &name, double value, const QString &unit, double baseline, const QString &baselineName);

} // namespace BenchFigure
