// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/TimelinePanel.h"

#include "core/Clock.h"
#include "desktop/ShiftTimelineView.h"
#include "service/DayLog.h"
#include "service/DayLogRecorder.h"
#include "service/ShiftTimeline.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {

// Redrawn at most this often while events arrive.
constexpr int kThrottleMs = 2000;

// The colours of the lanes and what they stand for, in the UI language.
QString legend()
{
    auto swatch = [](const QColor &color, const QString &text) {
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
            .arg(color.name(), text.toHtmlEscaped());
    };
    QStringList parts;
    for (const char *key : {"OnQueue", "Available", "Break", "Meeting", "Away", "Idle", "Offline"})
        parts.append(swatch(ShiftTimelineView::statusColor(QString::fromLatin1(key)),
            StatusLabels::statusName(QString::fromLatin1(key))));
    parts.append(TimelinePanel::tr("thin lane above: scheduled activity").toHtmlEscaped());
    return parts.join(QStringLiteral(" &nbsp; "));
}

} // namespace

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_show(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_note(new QLabel(this))
    , m_png(new QPushButton(tr("Export &PNG…"), this))
    , m_csv(new QPushButton(tr("Export C&SV…"), this))
    , m_scroll(new QScrollArea(this))
    , m_view(new ShiftTimelineView(this))
    , m_throttle(new QTimer(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_show->setObjectName(QStringLiteral("timelineShow"));
    m_show->addItem(tr("Selected agents"), int(Show::Selected));
    m_show->addItem(tr("Whole scope"), int(Show::Scope));
    m_show->setAccessibleName(tr("Agents shown"));
    m_date->setObjectName(QStringLiteral("timelineDate"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Day"));
    m_note->setTextFormat(Qt::PlainText);
    m_png->setObjectName(QStringLiteral("timelineExportPng"));
    m_csv->setObjectName(QStringLiteral("timelineExportCsv"));
    auto *bar = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), this);
    showLabel->setBuddy(m_show);
    auto *dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_date);
    bar->addWidget(showLabel);
    bar->addWidget(m_show);
    bar->addWidget(dayLabel);
    bar->addWidget(m_date);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_png);
    bar->addWidget(m_csv);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    auto *key = new QLabel(legend(), this);
    key->setObjectName(QStringLiteral("timelineLegend"));
    key->setTextFormat(Qt::RichText);
    key->setWordWrap(true);
    layout->addWidget(key);
    layout->addWidget(m_scroll, 1);

    m_throttle->setSingleShot(true);
    m_throttle->setInterval(kThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, &TimelinePanel::reload);
    connect(m_show, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { rebuild(); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        ++m_generation;
        reload();
    });
    connect(m_png, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askExport(false); });
    connect(&m_watcher, &QFutureWatcher<ShiftTimeline::Index>::finished, this, &TimelinePanel::onRead);
    rebuild();
}

TimelinePanel::~TimelinePanel()
{
    m_watcher.waitForFinished();
}

void TimelinePanel::attach(
    const QString &folder, DayLogRecorder *recorder, Clock *clock, const std::function<QStringList()> &scopeIds)
{
    if (m_recorder)
        disconnect(m_recorder, nullptr, this, nullptr);
    m_recorder = recorder;
    m_folder = folder;
    m_clock = clock;
    m_scopeIds = scopeIds;
    m_entries.clear();
    ++m_generation;
    if (recorder) {
        connect(recorder, &DayLogRecorder::recorded, this, &TimelinePanel::onRecorded);
    }
    if (clock)
        m_date->setDate(clock->now().toLocalTime().date());
    reload();
}

// A hidden panel (its dock closed, the default) reads nothing: with 10,000 agents, reading and indexing
// the whole day every 2 s takes a core from the roster's live updates for a drawing nobody sees.
void TimelinePanel::onRecorded()
{
    if (!isVisible()) {
        m_recordedWhileHidden = true;
        return;
    }
    if (!m_throttle->isActive())
        m_throttle->start();
}

void TimelinePanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_recordedWhileHidden, false))
        reload();
}

void TimelinePanel::setStatusLabels(const StatusLabels &labels)
{
    m_view->setStatusLabels(labels);
}

void TimelinePanel::setSelectedAgents(const QStringList &ids)
{
    m_selected = ids;
    if (show() == Show::Selected)
        rebuild();
}

void TimelinePanel::setShow(Show show)
{
    m_show->setCurrentIndex(m_show->findData(int(show)));
}

TimelinePanel::Show TimelinePanel::show() const
{
    return Show(m_show->currentData().toInt());
}

void TimelinePanel::setDay(const QDate &day)
{
    m_date->setDate(day);
}

QDate TimelinePanel::day() const
{
    return m_date->date();
}

bool TimelinePanel::isLoading() const
{
    return m_watcher.isRunning();
}

// The day log is a file that may hold a day of 10,000 agents: read and indexed off the UI thread.
void TimelinePanel::reload()
{
    if (m_folder.isEmpty()) {
        m_entries.clear();
        rebuild();
        emit reloaded();
        return;
    }
    if (m_watcher.isRunning()) {
        m_reloadAgain = true;
        return;
    }
    startRead();
}

void TimelinePanel::startRead()
{
    const QString folder = m_folder;
    const QDate day = m_date->date();
    m_readGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([folder, day] { return ShiftTimeline::index(DayLog(folder).read(day)); }));
}

void TimelinePanel::onRead()
{
    const bool stale = m_readGeneration != m_generation;
    if (!stale) {
        ShiftTimeline::Index old = std::exchange(m_entries, m_watcher.result());
        // A day of 10,000 agents takes longer to free than to draw: on the pool, not on this thread.
        QThreadPool::globalInstance()->start([old = std::move(old)]() mutable { old.clear(); });
        rebuild();
    }
    if (std::exchange(m_reloadAgain, false) || stale)
        reload();
    else
        emit reloaded();
}

void TimelinePanel::rebuild()
{
    QStringList ids = show() == Show::Selected ? m_selected : (m_scopeIds ? m_scopeIds() : QStringList());
    const int total = int(ids.size());
    if (ids.size() > MaxRows)
        ids = ids.mid(0, MaxRows);
    const QDateTime now = m_clock ? m_clock->now() : QDateTime::currentDateTimeUtc();
    QVector<ShiftTimeline> timelines;
    for (const QString &id : std::as_const(ids)) {
        ShiftTimeline t = ShiftTimeline::build(m_entries, id, m_date->date(), now); // that agent's entries
        if (!t.isEmpty())
            timelines.append(t);
    }
    m_view->setTimelines(timelines);
    if (ids.isEmpty())
        m_note->setText(show() == Show::Selected ? tr("Select agents in the roster.") : QString());
    else if (total > MaxRows)
        m_note->setText(tr("The first %1 of %n agents.", nullptr, total).arg(MaxRows));
    else if (timelines.isEmpty())
        m_note->setText(tr("The day log has nothing for them on this day."));
    else
        m_note->clear();
    m_png->setEnabled(!timelines.isEmpty());
    m_csv->setEnabled(!timelines.isEmpty());
}

bool TimelinePanel::exportPng(const QString &path, QString *error)
{
    const QImage image = m_view->grab().toImage();
    if (image.isNull() || !image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool TimelinePanel::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool header = true;
    for (const ShiftTimeline &t : m_view->timelines()) {
        file.write(t.csv(header));
        header = false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void TimelinePanel::askExport(bool png)
{
    const QString suggested
        = QStringLiteral("timeline-%1.%2")
              .arg(m_date->date().toString(Qt::ISODate), png ? QStringLiteral("png") : QStringLiteral("csv"));
    const QString path
        = QFileDialog::getSaveFileName(this, png ? tr("Export the timeline as PNG") : tr("Export the timeline as CSV"),
            suggested, png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!(png ? exportPng(path, &error) : exportCsv(path, &error)))
        QMessageBox::warning(this, tr("Export"), error);
}
