// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StatusLabels.h"
#include "service/ShiftTimeline.h"

#include <QColor>
#include <QDateTime>
#include <QVector>
#include <QWidget>

// Shift timelines drawn horizontally, one agent a row as Genesys' Agent Status Detail draws them: the
// activities scheduled in a thin lane above, the statuses seen in a thick lane, hours along the top in
// local time. Segments carry their text as tooltips; colours follow the status (or activity) kind.
class ShiftTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit ShiftTimelineView(QWidget *parent = nullptr);

    void setTimelines(const QVector<ShiftTimeline> &timelines);
    const QVector<ShiftTimeline> &timelines() const { return m_timelines; }
    void setStatusLabels(const StatusLabels &labels);

    // The span drawn: whole hours around every segment.
    QDateTime rangeStart() const { return m_from; }
    QDateTime rangeEnd() const { return m_to; }
    // Where things are drawn, for tests and for the tooltips.
    int xFor(const QDateTime &time) const;
    int statusLaneY(int row) const; // the middle of the row's status lane
    int scheduledLaneY(int row) const;
    static QColor statusColor(const QString &statusKey);
    static QColor activityColor(const QString &category);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void computeRange();
    int rowAt(int y) const;
    int laneLeft() const;
    int rowTop(int row) const;
    QString segmentText(const ShiftTimeline::Segment &segment, bool scheduled) const;

    QVector<ShiftTimeline> m_timelines;
    StatusLabels m_labels;
    QDateTime m_from;
    QDateTime m_to;
};
