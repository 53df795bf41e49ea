// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/MetricsPanel.h"

#include "core/StatusCatalogue.h"
#include "desktop/IconLoader.h"
#include "metrics/MetricsRegistry.h"
#include "models/AgentTableModel.h"
#include "service/AgentDirectory.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {

// At most two redraws a second, however fast the roster or the metrics change.
constexpr int kRefreshThrottleMs = 500;
// The roster's tick (AgentTableModel), and the least a redraw waits once it follows it.
constexpr qint64 kTickMs = 1000;
constexpr qint64 kMinimumRefreshDelayMs = 200;
// Small enough for a 1024×700 window with the panel beside the roster; the charts grow with the dock.
constexpr int kMinimumWidth = 320;
// Beside the status distribution's longest label: the bars, the axis and the margins.
constexpr int kBesideDistributionLabels = 230;
// Tall enough for a label on each of the ten status bars (the titles are labels above the charts); the
// latency chart and the counters give way first.
constexpr int kDistributionMinimumHeight = 215;
constexpr int kLatencyMinimumHeight = 100;
constexpr int kCountersMinimumHeight = 80;
// Below this lightness (0-255) the window is dark and the charts use their dark theme.
constexpr int kDarkLightness = 128;

QChart *newChart()
{
    // QChartView takes ownership of the chart: always created with new.
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    return chart;
}

void followPalette(QChart *chart, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < kDarkLightness;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    // setTheme() resets every font and brush of the chart: only when the palette really changed.
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
}

// Axis labels in the palette's text colour, whole: never elided to "…" (a label that does not fit is a
// layout to fix, not a text to hide).
void readableLabels(QAbstractAxis *axis, const QPalette &palette, const QFont &font)
{
    axis->setTruncateLabels(false);
    axis->setLabelsFont(font);
    axis->setLabelsColor(palette.color(QPalette::Text));
}

// A latency bound as a short label with its unit: "250 ms", "2.5 s".
QString boundText(double seconds)
{
    if (seconds < 1.0)
        return MetricsPanel::tr("%1 ms").arg(QString::number(seconds * 1000.0, 'g', 4));
    return MetricsPanel::tr("%1 s").arg(QString::number(seconds, 'g', 4));
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
    , m_distributionTitle(new QLabel(tr("Status distribution"), this))
    , m_distributionView(new QChartView(newChart(), this))
    , m_latencyTitle(new QLabel(tr("Update latency: time on the wire, and waiting apart"), this))
    , m_latencyView(new QChartView(newChart(), this))
    , m_window(new QLabel(this))
    , m_counters(new QTableWidget(0, 2, this))
    , m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("metricsPanel"));
    // The titles are labels, not the charts' own: Qt Charts cuts a title that is wider than the chart
    // ("Latence de mise à jour : temps sur le réseau, et atten…"), a label wraps it.
    for (QLabel *title : {m_distributionTitle, m_latencyTitle}) {
        title->setTextFormat(Qt::PlainText);
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignHCenter);
    }
    m_distributionTitle->setObjectName(QStringLiteral("metricsDistributionTitle"));
    m_latencyTitle->setObjectName(QStringLiteral("metricsLatencyTitle"));
    m_distributionView->setObjectName(QStringLiteral("metricsDistribution"));
    m_distributionView->setAccessibleName(tr("Status distribution"));
    m_distributionView->setRenderHint(QPainter::Antialiasing);
    m_distributionView->setMinimumHeight(kDistributionMinimumHeight);
    setMinimumWidth(kMinimumWidth);
    m_latencyView->setObjectName(QStringLiteral("metricsLatency"));
    m_latencyView->setAccessibleName(tr("Update latency histogram"));
    m_latencyView->setRenderHint(QPainter::Antialiasing);
    m_latencyView->setMinimumHeight(kLatencyMinimumHeight);
    m_window->setObjectName(QStringLiteral("metricsWindow"));
    m_window->setTextFormat(Qt::PlainText);
    m_window->setWordWrap(true);
    m_window->setToolTip(tr("From a compare read's answer to the write after it leaving StatusDesk: another "
                            "client's change can only slip in within this window."));
    m_counters->setObjectName(QStringLiteral("metricsCounters"));
    m_counters->setAccessibleName(tr("Error counters"));
    m_counters->setHorizontalHeaderLabels({tr("Counter"), tr("Value")});
    m_counters->verticalHeader()->hide();
    m_counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_counters->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_counters->setWordWrap(false);
    m_counters->setMinimumHeight(kCountersMinimumHeight);
    m_counters->setTabKeyNavigation(false);

    auto *copy = new QPushButton(IconLoader::action(QStringLiteral("copy")), tr("&Copy Prometheus text"), this);
    copy->setObjectName(QStringLiteral("metricsCopy"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(prometheusText()); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_distributionTitle);
    layout->addWidget(m_distributionView, 4);
    layout->addWidget(m_latencyTitle);
    layout->addWidget(m_latencyView, 2);
    layout->addWidget(m_window);
    layout->addWidget(m_counters, 1);
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

void MetricsPanel::setRoster(QAbstractItemModel *roster)
{
    if (m_roster)
        disconnect(m_roster, nullptr, this, nullptr);
    m_roster = roster;
    if (roster) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(roster, signal, this, &MetricsPanel::scheduleRefresh);
        connect(roster, &QAbstractItemModel::modelReset, this, &MetricsPanel::scheduleRefresh);
        connect(roster, &QAbstractItemModel::layoutChanged, this, &MetricsPanel::scheduleRefresh);
        // The ticking "time in status" column changes every second; only a status change matters here.
        connect(roster, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            if (topLeft.column() <= AgentTableModel::Presence)
                scheduleRefresh();
        });
    }
    scheduleRefresh();
}

void MetricsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
}

void MetricsPanel::followTicks(AgentTableModel *model)
{
    connect(model, &AgentTableModel::ticked, this, [this] { m_sinceTick.start(); });
}

void MetricsPanel::scheduleRefresh()
{
    if (!isVisible() || m_throttle->isActive())
        return;
    if (!m_sinceTick.isValid()) {
        m_throttle->start(kRefreshThrottleMs);
        return;
    }
    // The next point halfway between two ticks that is at least a throttle's minimum away: one
    // redraw a second at most while the roster ticks.
    const qint64 phase = m_sinceTick.elapsed() % kTickMs;
    qint64 delay = (kTickMs / 2 - phase + kTickMs) % kTickMs;
    if (delay < kMinimumRefreshDelayMs)
        delay += kTickMs;
    m_throttle->start(int(delay));
}

void MetricsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    rebuild();
}

QString MetricsPanel::prometheusText() const
{
    return m_metrics ? QString::fromUtf8(m_metrics->exposition()) : QString();
}

void MetricsPanel::refresh()
{
    refreshDistribution();
    refreshLatency();
    refreshWindow();
    refreshCounters();
    m_rebuildCharts = false;
}

// A palette, font or visibility change: the charts are built again with it.
void MetricsPanel::rebuild()
{
    m_rebuildCharts = true;
    refresh();
}

void MetricsPanel::clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void MetricsPanel::updateDistribution(
    QChart *chart, const QStringList &keys, const QHash<QString, int> &counts, const QStringList &categories, int most)
{
    const auto series = chart->series();
    auto *bars = series.isEmpty() ? nullptr : qobject_cast<QHorizontalBarSeries *>(series.constFirst());
    auto *names = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).value(0));
    auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    if (!bars || bars->count() != 1 || !names || !values) {
        m_rebuildCharts = true;
        refreshDistribution();
        return;
    }
    QBarSet *set = bars->barSets().constFirst();
    for (int i = 0; i < keys.size(); ++i)
        set->replace(i, counts.value(keys.at(i)));
    names->setCategories(categories);
    values->setRange(0, most);
    values->applyNiceNumbers();
    m_distributionCategories = categories;
    int widest = 0;
    for (const QString &category : categories)
        widest = qMax(widest, fontMetrics().horizontalAdvance(category));
    setMinimumWidth(qMax(kMinimumWidth, widest + kBesideDistributionLabels));
}

void MetricsPanel::refreshWindow()
{
    const HistogramSnapshot window = m_metrics ? m_metrics->histogram(Metric::CompareWindow) : HistogramSnapshot();
    if (window.count == 0) {
        m_window->setText(tr("Compare-before-write window: no write yet."));
        return;
    }
    m_window->setText(tr("Compare-before-write window: median %1 over %n write(s).", nullptr, int(window.count))
                          .arg(boundText(window.quantile(0.5))));
}

void MetricsPanel::refreshDistribution()
{
    QChart *chart = m_distributionView->chart();
    if (!m_directory) {
        clearChart(chart);
        m_distributionKeys.clear();
        return;
    }
    // What the roster shows: its filters (text, team, status, stale) apply to the chart too.
    QHash<QString, int> counts;
    if (m_roster) {
        const int rows = m_roster->rowCount();
        const int all = m_directory->size();
        // Unfiltered, the directory's running counts are the same figures without a walk of every row
        // (10,000 rows cost the UI thread about 25 ms a refresh).
        if (rows == all) {
            counts = m_directory->countsByStatus();
        } else {
            for (int row = 0; row < rows; ++row)
                counts[m_roster->index(row, 0).data(AgentTableModel::StatusKeyRole).toString()] += 1;
        }
        m_distributionTitle->setText(rows == all
                ? tr("Status distribution: all %n agent(s)", nullptr, all)
                : tr("Status distribution: %1 of %n agent(s) as filtered", nullptr, all).arg(rows));
    } else {
        counts = m_directory->countsByStatus();
        m_distributionTitle->setText(tr("Status distribution"));
    }
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
    QStringList categories;
    int most = 1;
    for (const QString &key : std::as_const(keys)) {
        const int count = counts.value(key);
        categories << QStringLiteral("%1 (%2)").arg(m_labels.status(key)).arg(count);
        most = qMax(most, count);
    }
    // Under a busy roster the counts change every second: the bars and labels are changed in place, and
    // the chart is built again only when its statuses, palette or font change (a rebuild costs tens of ms
    // of the UI thread).
    if (!m_rebuildCharts && keys == m_distributionKeys) {
        if (categories != m_distributionCategories)
            updateDistribution(chart, keys, counts, categories, most);
        return;
    }
    clearChart(chart);
    followPalette(chart, palette());
    m_distributionKeys = keys;
    m_distributionCategories = categories;
    auto *set = new QBarSet(tr("Agents"));
    set->setColor(QColor(0x1f, 0x7a, 0xc9));
    for (const QString &key : std::as_const(keys))
        *set << counts.value(key);
    // The labels are never cut (readableLabels): however narrow the window, the panel is as wide as its
    // longest one needs ("In Warteschlange (86)").
    int widest = 0;
    for (const QString &category : std::as_const(categories))
        widest = qMax(widest, fontMetrics().horizontalAdvance(category));
    setMinimumWidth(qMax(kMinimumWidth, widest + kBesideDistributionLabels));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->append(categories);
    auto *values = new QValueAxis;
    values->setRange(0, most);
    values->setTickCount(5);
    values->applyNiceNumbers();
    values->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(names);
    series->attachAxis(values);
    // After addAxis(): adding applies the theme's fonts and colours, which would undo these.
    readableLabels(names, palette(), font());
    readableLabels(values, palette(), font());
}

namespace {

// Every series of a histogram added up, as per-bucket counts (not cumulative); the bounds in *bounds.
QVector<quint64> bucketCounts(const MetricsRegistry *metrics, const QString &name, QVector<double> *bounds)
{
    QVector<quint64> cumulative;
    const QVector<MetricLabels> series = metrics->series(name);
    for (const MetricLabels &labels : series) {
        const HistogramSnapshot snapshot = metrics->histogram(name, labels);
        if (bounds->isEmpty())
            *bounds = snapshot.upperBounds;
        if (cumulative.isEmpty())
            cumulative.fill(0, snapshot.cumulativeCounts.size());
        for (int i = 0; i < cumulative.size() && i < snapshot.cumulativeCounts.size(); ++i)
            cumulative[i] += snapshot.cumulativeCounts.at(i);
    }
    QVector<quint64> counts(cumulative.size(), 0);
    quint64 previous = 0;
    for (int i = 0; i < cumulative.size(); ++i) {
        counts[i] = cumulative.at(i) - previous;
        previous = cumulative.at(i);
    }
    return counts;
}

} // namespace

void MetricsPanel::refreshLatency()
{
    QChart *chart = m_latencyView->chart();
    if (!m_metrics) {
        clearChart(chart);
        m_latencyShown.clear();
        return;
    }
    // Two sets on the same buckets: the requests' own time (the update latency), and the time changes
    // waited for their turn (rate limiter, bulk queue, retries), shown apart so neither hides the other.
    QVector<double> bounds;
    QVector<quint64> request = bucketCounts(m_metrics, Metric::StateUpdateLatency, &bounds);
    QVector<quint64> waiting = bucketCounts(m_metrics, Metric::StateUpdateWait, &bounds);
    if (bounds.isEmpty())
        bounds = MetricsRegistry::defaultBuckets();
    const int buckets = int(bounds.size()) + 1;
    request.resize(buckets);
    waiting.resize(buckets);
    // Buckets above the slowest observation stay out, so that the bars are wide enough to read.
    int last = qMin(buckets - 1, 7);
    for (int i = 0; i < buckets; ++i) {
        if (request.at(i) > 0 || waiting.at(i) > 0)
            last = qMax(last, i);
    }
    QVector<quint64> shown = request.mid(0, last + 1) + waiting.mid(0, last + 1);
    if (!m_rebuildCharts && shown == m_latencyShown)
        return;
    m_latencyShown = shown;
    clearChart(chart);
    followPalette(chart, palette());
    auto *requestSet = new QBarSet(tr("Request"));
    requestSet->setColor(QColor(0x2e, 0x9d, 0x4f));
    auto *waitingSet = new QBarSet(tr("Waiting"));
    waitingSet->setColor(QColor(0xe0, 0xa0, 0x21));
    QStringList categories;
    quint64 most = 4;
    for (int i = 0; i <= last; ++i) {
        *requestSet << double(request.at(i));
        *waitingSet << double(waiting.at(i));
        most = qMax(most, qMax(request.at(i), waiting.at(i)));
        categories << (i < bounds.size() ? boundText(bounds.at(i)) : QStringLiteral(">") + boundText(bounds.last()));
    }
    auto *bars = new QBarSeries;
    bars->append(requestSet);
    bars->append(waitingSet);
    chart->addSeries(bars);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignTop);
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
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    readableLabels(names, palette(), small);
    readableLabels(values, palette(), small);
    // Many buckets in a narrow panel: slanted labels keep every one whole.
    names->setLabelsAngle(categories.size() > 6 ? -45 : 0);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
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
