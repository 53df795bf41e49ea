// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/ShiftTimelineView.h"

#include "models/AdherenceLabels.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QToolTip>

namespace {

constexpr int kNameWidth = 150;
constexpr int kAxisHeight = 22;
constexpr int kRowHeight = 34;
constexpr int kScheduledLane = 8;
constexpr int kStatusLane = 16;
constexpr int kGap = 3;
constexpr int kRightMargin = 8;
constexpr int kMinHourWidth = 40;

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ShiftTimelineView::ShiftTimelineView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shiftTimelineView"));
    setAccessibleName(tr("Shift timeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ShiftTimelineView::setTimelines(const QVector<ShiftTimeline> &timelines)
{
    m_timelines = timelines;
    computeRange();
    updateGeometry();
    update();
}

void ShiftTimelineView::setStatusLabels(const StatusLabels &labels)
{
    m_labels = labels;
    update();
}

void ShiftTimelineView::computeRange()
{
    QDateTime from;
    QDateTime to;
    for (const ShiftTimeline &t : std::as_const(m_timelines)) {
        for (const auto *list : {&t.statuses, &t.scheduled}) {
            for (const ShiftTimeline::Segment &s : *list) {
                if (!from.isValid() || s.start < from)
                    from = s.start;
                if (!to.isValid() || s.end > to)
                    to = s.end;
            }
        }
    }
    if (!from.isValid()) {
        m_from = m_to = QDateTime();
        return;
    }
    // Whole local hours around the segments, at least one.
    QDateTime start = from.toLocalTime();
    start.setTime(QTime(start.time().hour(), 0));
    QDateTime end = to.toLocalTime();
    if (end.time().minute() != 0 || end.time().second() != 0 || end.time().msec() != 0) {
        end.setTime(QTime(end.time().hour(), 0));
        end = end.addSecs(3600);
    }
    if (end <= start)
        end = start.addSecs(3600);
    m_from = start.toUTC();
    m_to = end.toUTC();
}

int ShiftTimelineView::laneLeft() const
{
    return kNameWidth;
}

int ShiftTimelineView::xFor(const QDateTime &time) const
{
    if (!m_from.isValid())
        return laneLeft();
    const int width = qMax(1, this->width() - laneLeft() - kRightMargin);
    const double span = double(m_from.msecsTo(m_to));
    const double at = double(m_from.msecsTo(qBound(m_from, time, m_to)));
    return laneLeft() + int(at / span * width);
}

int ShiftTimelineView::rowTop(int row) const
{
    return kAxisHeight + row * kRowHeight;
}

int ShiftTimelineView::scheduledLaneY(int row) const
{
    return rowTop(row) + kGap + kScheduledLane / 2;
}

int ShiftTimelineView::statusLaneY(int row) const
{
    return rowTop(row) + kGap + kScheduledLane + kGap + kStatusLane / 2;
}

int ShiftTimelineView::rowAt(int y) const
{
    if (y < kAxisHeight)
        return -1;
    const int row = (y - kAxisHeight) / kRowHeight;
    return row < m_timelines.size() ? row : -1;
}

QColor ShiftTimelineView::statusColor(const QString &key)
{
    if (key == QLatin1String("OnQueue"))
        return QColor(0x2e, 0x9e, 0x4f);
    if (key == QLatin1String("Available"))
        return QColor(0x3b, 0x82, 0xd6);
    if (key == QLatin1String("Break") || key == QLatin1String("Meal"))
        return QColor(0xe0, 0x8a, 0x1e);
    if (key == QLatin1String("Meeting") || key == QLatin1String("Training"))
        return QColor(0x16, 0x9c, 0xa6);
    if (key == QLatin1String("Away") || key == QLatin1String("Busy"))
        return QColor(0x8e, 0x5b, 0xc8);
    if (key == QLatin1String("Idle"))
        return QColor(0xd4, 0xb1, 0x06);
    return QColor(0x8a, 0x8f, 0x98); // Offline and anything unknown
}

QColor ShiftTimelineView::activityColor(const QString &category)
{
    if (category == QLatin1String("OnQueueWork"))
        return statusColor(QStringLiteral("OnQueue"));
    if (category == QLatin1String("Break") || category == QLatin1String("Meal"))
        return statusColor(QStringLiteral("Break"));
    if (category == QLatin1String("Meeting") || category == QLatin1String("Training"))
        return statusColor(QStringLiteral("Meeting"));
    if (category == QLatin1String("OffQueueWork"))
        return statusColor(QStringLiteral("Available"));
    return QColor(0xc8, 0xcc, 0xd2); // off shift, unscheduled, time off
}

QSize ShiftTimelineView::sizeHint() const
{
    const int hours = m_from.isValid() ? int(m_from.secsTo(m_to) / 3600) : 8;
    return {laneLeft() + hours * 2 * kMinHourWidth + kRightMargin, rowTop(int(qMax<qsizetype>(1, m_timelines.size())))};
}

QSize ShiftTimelineView::minimumSizeHint() const
{
    return {laneLeft() + 4 * kMinHourWidth, sizeHint().height()};
}

void ShiftTimelineView::paintEvent(QPaintEvent *event)
{
    QPainter p(this);
    p.fillRect(event->rect(), palette().base());
    p.setPen(palette().color(QPalette::Text));
    if (m_timelines.isEmpty() || !m_from.isValid()) {
        p.drawText(rect(), Qt::AlignCenter, tr("Nothing seen for this day yet."));
        return;
    }
    // The hours along the top, a faint line down through the rows.
    const int hours = int(m_from.secsTo(m_to) / 3600);
    const int step = qMax(1, hours * kMinHourWidth / qMax(1, width() - laneLeft()) + 1);
    for (int h = 0; h <= hours; h += step) {
        const QDateTime at = m_from.addSecs(qint64(h) * 3600);
        const int x = xFor(at);
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(x, kAxisHeight - 4, x, height());
        p.setPen(palette().color(QPalette::Text));
        // The last hour's label stays inside the widget.
        p.drawText(QRect(qMin(x - 30, width() - 60), 0, 60, kAxisHeight - 4), Qt::AlignCenter,
            QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm")));
    }
    const int first = qMax(0, rowAt(event->rect().top()));
    for (int row = first; row < m_timelines.size() && rowTop(row) <= event->rect().bottom(); ++row) {
        const ShiftTimeline &t = m_timelines.at(row);
        p.setPen(palette().color(QPalette::Text));
        // A name is server text: drawn as plain text, elided.
        const QString name
            = fontMetrics().elidedText(t.agentName.isEmpty() ? t.agentId : t.agentName, Qt::ElideRight, kNameWidth - 8);
        p.drawText(QRect(4, rowTop(row), kNameWidth - 8, kRowHeight), Qt::AlignVCenter | Qt::AlignLeft, name);
        for (const ShiftTimeline::Segment &s : t.scheduled) {
            const int x0 = xFor(s.start);
            p.fillRect(QRect(x0, scheduledLaneY(row) - kScheduledLane / 2, qMax(1, xFor(s.end) - x0), kScheduledLane),
                activityColor(s.value));
        }
        for (const ShiftTimeline::Segment &s : t.statuses) {
            const int x0 = xFor(s.start);
            p.fillRect(QRect(x0, statusLaneY(row) - kStatusLane / 2, qMax(1, xFor(s.end) - x0), kStatusLane),
                statusColor(s.value));
        }
    }
}

QString ShiftTimelineView::segmentText(const ShiftTimeline::Segment &s, bool scheduled) const
{
    QString what = scheduled ? tr("Scheduled: %1").arg(AdherenceLabels::category(s.value)) : m_labels.status(s.value);
    if (!s.label.isEmpty())
        what += QStringLiteral(" — ") + s.label;
    const QLocale locale;
    return tr("%1\n%2 – %3 (%4)")
        .arg(what, locale.toString(s.start.toLocalTime().time(), QLocale::ShortFormat),
            locale.toString(s.end.toLocalTime().time(), QLocale::ShortFormat), duration(s.seconds()));
}

bool ShiftTimelineView::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int row = rowAt(help->pos().y());
    if (row < 0 || help->pos().x() < laneLeft()) {
        QToolTip::hideText();
        return true;
    }
    const ShiftTimeline &t = m_timelines.at(row);
    const bool scheduled = help->pos().y() < scheduledLaneY(row) + kScheduledLane / 2 + kGap / 2;
    for (const ShiftTimeline::Segment &s : scheduled ? t.scheduled : t.statuses) {
        if (xFor(s.start) <= help->pos().x() && help->pos().x() <= xFor(s.end)) {
            // Plain text: the label may be the organisation's.
            QToolTip::showText(help->globalPos(),
                segmentText(s, scheduled).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")), this);
            return true;
        }
    }
    QToolTip::hideText();
    return true;
}
