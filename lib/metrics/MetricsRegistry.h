// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics/HistogramSnapshot.h"

#include <QByteArray>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

using MetricLabels = QVector<QPair<QString, QString>>;

// Counters and histograms with labels, exposed in Prometheus text format 0.0.4. Thread-safe.
// Using a name that was not declared (or with the wrong type) is logged and ignored.
class MetricsRegistry : public QObject
{
    Q_OBJECT
public:
    explicit MetricsRegistry(QObject *parent = nullptr);

    // Label values can come from a server (status names): past this many label sets a metric
    // takes no new ones, so neither memory nor the scrape grows without bound.
    static constexpr int MaxSeriesPerMetric = 1000;

    static QVector<double> defaultBuckets(); // Prometheus' defaults, .005 to 10 seconds

    void declareCounter(const QString &name, const QString &help);
    void declareHistogram(const QString &name, const QString &help, QVector<double> buckets = defaultBuckets());
    bool isDeclared(const QString &name) const;
    QStringList names() const;

    void increment(const QString &name, const MetricLabels &labels = {}, double by = 1);
    void observe(const QString &name, const MetricLabels &labels, double value);

    double counterValue(const QString &name, const MetricLabels &labels = {}) const;
    HistogramSnapshot histogram(const QString &name, const MetricLabels &labels = {}) const;
    // The label sets seen for one metric, for panels that list them.
    QVector<MetricLabels> series(const QString &name) const;

    QByteArray exposition() const;

    // A registry with every StatusDesk metric declared.
    static MetricsRegistry *createStandard(QObject *parent = nullptr);

signals:
    void changed();

private:
    enum class Type { Counter, Histogram };
    struct Series
    {
        MetricLabels labels;
        double value = 0;
        QVector<quint64> bucketCounts; // not cumulative
        double sum = 0;
        quint64 count = 0;
    };
    struct Family
    {
        Type type = Type::Counter;
        QString help;
        QVector<double> buckets;
        QMap<QString, Series> series; // key: canonical label text
        bool seriesCapWarned = false;
    };
    bool declare(const QString &name, Type type, const QString &help, const QVector<double> &buckets);
    Series *seriesFor(Family &family, const MetricLabels &labels);

    mutable QMutex m_mutex;
    QMap<QString, Family> m_families;
};

// The names of the standard metrics.
namespace Metric {
inline constexpr QLatin1String StateUpdateLatency("genesys_state_update_latency_seconds"); // {status,result}
inline constexpr QLatin1String StateUpdateWait("statusdesk_state_update_wait_seconds"); // {status}
// Compare-before-write: from the compare read's answer to the write leaving the client.
inline constexpr QLatin1String CompareWindow("statusdesk_compare_window_seconds");
inline constexpr QLatin1String ValidationErrors("genesys_validation_errors_total"); // {error_type}
inline constexpr QLatin1String HttpRequests("statusdesk_http_requests_total"); // {method,code}
inline constexpr QLatin1String RateLimited("statusdesk_rate_limited_total");
inline constexpr QLatin1String Conflicts("statusdesk_conflicts_total"); // {resolution}
inline constexpr QLatin1String WebhookDeliveries("statusdesk_webhook_deliveries_total"); // {result}
} // namespace Metric
