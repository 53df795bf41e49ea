// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MetricsPanel.h"

#include "core/StatusCatalogue.h"
#include "desktop/IconLoader.h"
#include "metrics/MetricsRegistry.h"
#include "service/AgentDirectory.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// At most two redraws a second, however fast the roster or the metrics change.
constexpr int kRefreshThrottleMs = 500;
constexpr int kMinimumWidth = 400;
constexpr int kDistributionMinimumHeight = 300;
constexpr int kLatencyMinimumHeight = 180;
// Below this lightness (0-255) the window is dark and the charts use their dark theme.
constexpr int kDarkLightness = 128;

QChart *newChart(const QString &title)
{
    // QChartView takes ownership of the chart: always created with new.
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

void followPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < kDarkLightness;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
}

QString labelsText(const MetricLabels &labels)
{
    QStringList parts;
    for (const auto &pair : labels)
        parts << pair.first + QLatin1Char('=') + pair.second;
    return parts.join(QStringLiteral(", "));
}

} // namespace

MetricsPanel::MetricsPanel(QWidget *parent)
    : QWidget(parent)
    , m_distributionView(new QChartView(newChart(tr("Status distribution")), this))
    , m_latencyView(new QChartView(newChart(tr("Update latency (ms)")), this))
    , m_counters(new QTableWidget(0, 2, this))
    , m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("metricsPanel"));
    m_distributionView->setObjectName(QStringLiteral("metricsDistribution"));
    m_distributionView->setAccessibleName(tr("Status distribution"));
    m_distributionView->setRenderHint(QPainter::Antialiasing);
    m_distributionView->setMinimumHeight(kDistributionMinimumHeight);
    setMinimumWidth(kMinimumWidth);
    m_latencyView->setObjectName(QStringLiteral("metricsLatency"));
    m_latencyView->setAccessibleName(tr("Update latency histogram"));
    m_latencyView->setRenderHint(QPainter::Antialiasing);
    m_latencyView->setMinimumHeight(kLatencyMinimumHeight);
    m_counters->setObjectName(QStringLiteral("metricsCounters"));
    m_counters->setAccessibleName(tr("Error counters"));
    m_counters->setHorizontalHeaderLabels({tr("Counter"), tr("Value")});
    m_counters->verticalHeader()->hide();
    m_counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counters->setWordWrap(false);

    auto *copy = new QPushButton(IconLoader::action(QStringLiteral("copy")), tr("&Copy Prometheus text"), this);
    copy->setObjectName(QStringLiteral("metricsCopy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(prometheusText()); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_distributionView, 3);
    layout->addWidget(m_latencyView, 2);
    layout->addWidget(m_counters, 2);
    layout->addLayout(buttons);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kRefreshThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, &MetricsPanel::refresh);
}

void MetricsPanel::attach(AgentDirectory *directory, MetricsRegistry *metrics, const StatusLabels &labels)
{
    if (m_directory)
        disconnect(m_directory, nullptr, this, nullptr);
    if (m_metrics)
        disconnect(m_metrics, nullptr, this, nullptr);
    m_directory = directory;
    m_metrics = metrics;
    m_labels = labels;
    if (directory) {
        connect(directory, &AgentDirectory::agentsReset, this, &MetricsPanel::scheduleRefresh);
        connect(directory, &AgentDirectory::agentsAdded, this, &MetricsPanel::scheduleRefresh);
        connect(directory, &AgentDirectory::agentsRemoved, this, &MetricsPanel::scheduleRefresh);
        connect(directory, &AgentDirectory::agentChanged, this, &MetricsPanel::scheduleRefresh);
    }
    if (metrics)
        connect(metrics, &MetricsRegistry::changed, this, &MetricsPanel::scheduleRefresh);
    refresh();
}

void MetricsPanel::scheduleRefresh()
{
    if (isVisible() && !m_throttle->isActive())
        m_throttle->start();
}

void MetricsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

QString MetricsPanel::prometheusText() const
{
    return m_metrics ? QString::fromUtf8(m_metrics->exposition()) : QString();
}

void MetricsPanel::refresh()
{
    refreshDistribution();
    refreshLatency();
    refreshCounters();
}

void MetricsPanel::refreshDistribution()
{
    QChart *chart = m_distributionView->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    followPalette(chart, palette());
    if (!m_directory)
        return;
    const QHash<QString, int> counts = m_directory->countsByStatus();
    // The catalogue's order, reversed: a horizontal bar chart draws its first category at the bottom.
    QStringList keys;
    const QStringList known = StatusCatalogue::systemStatusKeys();
    for (auto it = known.crbegin(); it != known.crend(); ++it) {
        if (counts.contains(*it))
            keys << *it;
    }
    QStringList others;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!known.contains(it.key()))
            others << it.key();
    }
    others.sort();
    keys = others + keys;
    auto *set = new QBarSet(tr("Agents"));
    set->setColor(QColor(0x1f, 0x7a, 0xc9));
    QStringList categories;
    int most = 1;
    for (const QString &key : std::as_const(keys)) {
        const int count = counts.value(key);
        *set << count;
        categories << QStringLiteral("%1 (%2)").arg(m_labels.status(key)).arg(count);
        most = qMax(most, count);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    QFont small = names->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    names->setLabelsFont(small);
    auto *values = new QValueAxis;
    values->setRange(0, most);
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
}

void MetricsPanel::refreshLatency()
{
    QChart *chart = m_latencyView->chart();
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
    followPalette(chart, palette());
    if (!m_metrics)
        return;
    // Every {status,result} series added up, then turned from cumulative into per-bucket counts.
    QVector<double> bounds;
    QVector<quint64> cumulative;
    const QVector<MetricLabels> series = m_metrics->series(Metric::StateUpdateLatency);
    for (const MetricLabels &labels : series) {
        const HistogramSnapshot snapshot = m_metrics->histogram(Metric::StateUpdateLatency, labels);
        if (bounds.isEmpty()) {
            bounds = snapshot.upperBounds;
            cumulative.fill(0, snapshot.cumulativeCounts.size());
        }
        for (int i = 0; i < cumulative.size() && i < snapshot.cumulativeCounts.size(); ++i)
            cumulative[i] += snapshot.cumulativeCounts.at(i);
    }
    if (bounds.isEmpty())
        bounds = MetricsRegistry::defaultBuckets();
    if (cumulative.isEmpty())
        cumulative.fill(0, bounds.size() + 1);
    auto *set = new QBarSet(tr("Changes"));
    set->setColor(QColor(0x2e, 0x9d, 0x4f));
    QStringList categories;
    quint64 previous = 0;
    quint64 most = 4;
    // Buckets above the slowest observation stay out, so that the bars are wide enough to read.
    int last = qMin(int(cumulative.size()) - 1, 7);
    for (int i = 0; i < cumulative.size(); ++i) {
        if (cumulative.at(i) == cumulative.last()) {
            last = qMax(last, i);
            break;
        }
    }
    for (int i = 0; i <= last && i < cumulative.size(); ++i) {
        const quint64 inBucket = cumulative.at(i) - previous;
        previous = cumulative.at(i);
        *set << double(inBucket);
        most = qMax(most, inBucket);
        categories << (i < bounds.size() ? QString::number(bounds.at(i) * 1000.0, 'g', 4)
                                         : QStringLiteral(">") + QString::number(bounds.last() * 1000.0, 'g', 4));
    }
    auto *bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    values->setRange(0, double(most));
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(names, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    bars->attachAxis(names);
    bars->attachAxis(values);
}

void MetricsPanel::refreshCounters()
{
    m_counters->setRowCount(0);
    if (!m_metrics)
        return;
    const QStringList names = {Metric::ValidationErrors, Metric::Conflicts, Metric::RateLimited,
        Metric::WebhookDeliveries, Metric::HttpRequests};
    for (const QString &name : names) {
        QVector<MetricLabels> series = m_metrics->series(name);
        if (series.isEmpty())
            series.append(MetricLabels());
        for (const MetricLabels &labels : std::as_const(series)) {
            const int row = m_counters->rowCount();
            m_counters->insertRow(row);
            const QString text
                = labels.isEmpty() ? name : name + QLatin1Char('{') + labelsText(labels) + QLatin1Char('}');
            m_counters->setItem(row, 0, new QTableWidgetItem(text));
            auto *value = new QTableWidgetItem(QString::number(m_metrics->counterValue(name, labels)));
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_counters->setItem(row, 1, value);
        }
    }
}
