// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics/MetricsRegistry.h"

#include "metrics/MetricsLogging.h"

#include <QLocale>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <utility>

namespace {

bool isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return pattern.match(name).hasMatch();
}

bool isValidLabelName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("__")) && name != QLatin1String("le");
}

MetricLabels sortedLabels(MetricLabels labels)
{
    std::sort(labels.begin(), labels.end(),
        [](const QPair<QString, QString> &a, const QPair<QString, QString> &b) { return a.first < b.first; });
    return labels;
}

QString escapeLabelValue(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString escapeHelp(const QString &help)
{
    QString out = help;
    out.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    out.replace(QLatin1String("\n"), QLatin1String("\\n"));
    return out;
}

QString formatNumber(double value)
{
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (std::isnan(value))
        return QStringLiteral("NaN");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString labelText(const MetricLabels &labels, const QString &extraName = QString(), const QString &extraValue = {})
{
    QStringList parts;
    for (const auto &label : labels)
        parts << label.first + QLatin1String("=\"") + escapeLabelValue(label.second) + QLatin1Char('"');
    if (!extraName.isEmpty())
        parts << extraName + QLatin1String("=\"") + extraValue + QLatin1Char('"');
    if (parts.isEmpty())
        return QString();
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

} // namespace

MetricsRegistry::MetricsRegistry(QObject *parent)
    : QObject(parent)
{
}

QVector<double> MetricsRegistry::defaultBuckets()
{
    return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

void MetricsRegistry::declareCounter(const QString &name, const QString &help)
{
    if (declare(name, Type::Counter, help, {}) && !name.endsWith(QLatin1String("_total")))
        qCWarning(lcMetrics) << "counter name should end in _total:" << name;
}

void MetricsRegistry::declareHistogram(const QString &name, const QString &help, QVector<double> buckets)
{
    std::sort(buckets.begin(), buckets.end());
    buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
    while (!buckets.isEmpty() && std::isinf(buckets.constLast()))
        buckets.removeLast();
    declare(name, Type::Histogram, help, buckets);
}

bool MetricsRegistry::declare(const QString &name, Type type, const QString &help, const QVector<double> &buckets)
{
    if (!isValidName(name)) {
        qCWarning(lcMetrics) << "invalid metric name ignored:" << name;
        return false;
    }
    QMutexLocker lock(&m_mutex);
    auto it = m_families.find(name);
    if (it != m_families.end()) {
        if (it->type != type)
            qCWarning(lcMetrics) << "metric declared again with another type, ignored:" << name;
        return false;
    }
    Family family;
    family.type = type;
    family.help = help;
    family.buckets = buckets;
    m_families.insert(name, family);
    return true;
}

bool MetricsRegistry::isDeclared(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_families.contains(name);
}

QStringList MetricsRegistry::names() const
{
    QMutexLocker lock(&m_mutex);
    return m_families.keys();
}

MetricsRegistry::Series *MetricsRegistry::seriesFor(Family &family, const MetricLabels &labels)
{
    for (const auto &label : labels) {
        if (!isValidLabelName(label.first)) {
            qCWarning(lcMetrics) << "invalid label name ignored:" << label.first;
            return nullptr;
        }
    }
    const MetricLabels sorted = sortedLabels(labels);
    const QString key = labelText(sorted);
    auto it = family.series.find(key);
    if (it == family.series.end()) {
        if (family.series.size() >= MaxSeriesPerMetric) {
            if (!std::exchange(family.seriesCapWarned, true))
                qCWarning(lcMetrics) << "too many label sets, new ones are ignored; first:" << key;
            return nullptr;
        }
        Series series;
        series.labels = sorted;
        series.bucketCounts.fill(0, family.buckets.size());
        it = family.series.insert(key, series);
    }
    return &it.value();
}

void MetricsRegistry::increment(const QString &name, const MetricLabels &labels, double by)
{
    if (by < 0 || std::isnan(by)) {
        qCWarning(lcMetrics) << "a counter only goes up, ignored:" << name << by;
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_families.find(name);
        if (it == m_families.end() || it->type != Type::Counter) {
            qCWarning(lcMetrics) << "increment of an undeclared counter ignored:" << name;
            return;
        }
        Series *series = seriesFor(*it, labels);
        if (!series)
            return;
        series->value += by;
    }
    emit changed();
}

void MetricsRegistry::observe(const QString &name, const MetricLabels &labels, double value)
{
    if (std::isnan(value)) {
        qCWarning(lcMetrics) << "NaN observation ignored:" << name;
        return;
    }
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_families.find(name);
        if (it == m_families.end() || it->type != Type::Histogram) {
            qCWarning(lcMetrics) << "observation of an undeclared histogram ignored:" << name;
            return;
        }
        Series *series = seriesFor(*it, labels);
        if (!series)
            return;
        const auto bound = std::lower_bound(it->buckets.cbegin(), it->buckets.cend(), value);
        const auto index = std::distance(it->buckets.cbegin(), bound);
        if (index < series->bucketCounts.size())
            ++series->bucketCounts[index];
        series->sum += value;
        ++series->count;
    }
    emit changed();
}

double MetricsRegistry::counterValue(const QString &name, const MetricLabels &labels) const
{
    QMutexLocker lock(&m_mutex);
    const auto family = m_families.constFind(name);
    if (family == m_families.cend())
        return 0;
    const auto series = family->series.constFind(labelText(sortedLabels(labels)));
    return series == family->series.cend() ? 0 : series->value;
}

HistogramSnapshot MetricsRegistry::histogram(const QString &name, const MetricLabels &labels) const
{
    HistogramSnapshot snapshot;
    QMutexLocker lock(&m_mutex);
    const auto family = m_families.constFind(name);
    if (family == m_families.cend() || family->type != Type::Histogram)
        return snapshot;
    snapshot.upperBounds = family->buckets;
    const auto series = family->series.constFind(labelText(sortedLabels(labels)));
    quint64 running = 0;
    for (int i = 0; i < family->buckets.size(); ++i) {
        if (series != family->series.cend())
            running += series->bucketCounts.at(i);
        snapshot.cumulativeCounts << running;
    }
    if (series != family->series.cend()) {
        snapshot.sum = series->sum;
        snapshot.count = series->count;
    }
    snapshot.cumulativeCounts << snapshot.count;
    return snapshot;
}

QVector<MetricLabels> MetricsRegistry::series(const QString &name) const
{
    QVector<MetricLabels> result;
    QMutexLocker lock(&m_mutex);
    const auto family = m_families.constFind(name);
    if (family == m_families.cend())
        return result;
    for (const auto &series : family->series)
        result << series.labels;
    return result;
}

QByteArray MetricsRegistry::exposition() const
{
    QString text;
    QMutexLocker lock(&m_mutex);
    for (auto family = m_families.cbegin(); family != m_families.cend(); ++family) {
        const QString &name = family.key();
        const bool histogram = family->type == Type::Histogram;
        text += QLatin1String("# HELP ") + name + QLatin1Char(' ') + escapeHelp(family->help) + QLatin1Char('\n');
        text += QLatin1String("# TYPE ") + name
            + (histogram ? QLatin1String(" histogram\n") : QLatin1String(" counter\n"));
        for (const auto &series : family->series) {
            if (!histogram) {
                text += name + labelText(series.labels) + QLatin1Char(' ') + formatNumber(series.value)
                    + QLatin1Char('\n');
                continue;
            }
            quint64 running = 0;
            for (int i = 0; i < family->buckets.size(); ++i) {
                running += series.bucketCounts.at(i);
                text += name + QLatin1String("_bucket")
                    + labelText(series.labels, QStringLiteral("le"), formatNumber(family->buckets.at(i)))
                    + QLatin1Char(' ') + QString::number(running) + QLatin1Char('\n');
            }
            text += name + QLatin1String("_bucket")
                + labelText(series.labels, QStringLiteral("le"), QStringLiteral("+Inf")) + QLatin1Char(' ')
                + QString::number(series.count) + QLatin1Char('\n');
            text += name + QLatin1String("_sum") + labelText(series.labels) + QLatin1Char(' ')
                + formatNumber(series.sum) + QLatin1Char('\n');
            text += name + QLatin1String("_count") + labelText(series.labels) + QLatin1Char(' ')
                + QString::number(series.count) + QLatin1Char('\n');
        }
    }
    return text.toUtf8();
}

MetricsRegistry *MetricsRegistry::createStandard(QObject *parent)
{
    auto *registry = new MetricsRegistry(parent);
    registry->declareHistogram(Metric::StateUpdateLatency,
        QStringLiteral("Time a status change's requests were on the wire, from sending to the server's answer, "
                       "by target status and result."));
    registry->declareHistogram(Metric::StateUpdateWait,
        QStringLiteral("Time a status change waited before and between its requests (rate limiter, bulk queue, "
                       "retries), not counting the lead's decisions, by target status."));
    registry->declareHistogram(Metric::CompareWindow,
        QStringLiteral("Time from a compare read's answer to the write after it leaving StatusDesk: the window in "
                       "which another client's change can land unseen."),
        {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10});
    registry->declareCounter(Metric::ValidationErrors,
        QStringLiteral("Status changes refused before sending, by the rule that refused them."));
    registry->declareCounter(
        Metric::HttpRequests, QStringLiteral("HTTP requests to Genesys Cloud, by method and status code."));
    registry->declareCounter(Metric::RateLimited, QStringLiteral("HTTP 429 answers received."));
    registry->declareCounter(Metric::Conflicts, QStringLiteral("Status change conflicts, by how they were resolved."));
    registry->declareCounter(Metric::WebhookDeliveries, QStringLiteral("Webhook delivery attempts, by result."));
    // An unlabelled counter shows 0 from the start, so that dashboards see it before the first 429.
    registry->increment(Metric::RateLimited, {}, 0);
    return registry;
}
