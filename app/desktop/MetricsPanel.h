// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StatusLabels.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QVector>
#include <QWidget>

class AgentDirectory;
class AgentTableModel;
class MetricsRegistry;
class QAbstractItemModel;
class QChart;
class QChartView;
class QLabel;
class QTableWidget;
class QTimer;

// The metrics panel: the roster's status distribution, the update-latency histogram, the median
// compare-before-write window, error counters,
// and *Copy Prometheus text*. Redraws at most twice a second (once, between the roster's ticks, when it
// follows them), only while visible.
class MetricsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsPanel(QWidget *parent = nullptr);

    void attach(AgentDirectory *directory, MetricsRegistry *metrics, const StatusLabels &labels);
    // The roster as the lead filters it (rows with AgentTableModel::StatusKeyRole): the status
    // distribution counts what it shows, not the whole directory.
    void setRoster(QAbstractItemModel *roster);
    // The roster's once-a-second tick (AgentTableModel::ticked): redraws fall halfway between two ticks,
    // so that the charts and the roster's repaint never hold the UI thread in the same turn.
    void followTicks(AgentTableModel *model);
    void refresh();
    QString prometheusText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void rebuild();
    void clearChart(QChart *chart);
    void updateDistribution(QChart *chart, const QStringList &keys, const QHash<QString, int> &counts,
        const QStringList &categories, int most);
    void refreshDistribution();
    void refreshLatency();
    void refreshWindow();
    void refreshCounters();

    QPointer<AgentDirectory> m_directory;
    QPointer<MetricsRegistry> m_metrics;
    QPointer<QAbstractItemModel> m_roster;
    StatusLabels m_labels;
    QLabel *m_distributionTitle;
    QChartView *m_distributionView;
    QLabel *m_latencyTitle;
    QChartView *m_latencyView;
    QLabel *m_window; // the compare-before-write window's median
    QTableWidget *m_counters;
    QTimer *m_throttle;
    QElapsedTimer m_sinceTick; // invalid until the roster ticks
    bool m_rebuildCharts = true;
    QStringList m_distributionKeys; // the statuses the chart shows, bottom to top
    QStringList m_distributionCategories;
    QVector<quint64> m_latencyShown;
};
