// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/StatusLabels.h"
#include "service/ShiftTimeline.h"

#include <QDate>
#include <QFutureWatcher>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>

class Clock;
class DayLogRecorder;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QScrollArea;
class ShiftTimelineView;

// The shift timeline panel: the day's statuses and scheduled activities of the selected agents or of
// the whole scope, read from the day log off the UI thread and drawn again as the recorder writes;
// export as PNG (the drawing) and CSV (the segments). A read answered after the panel has moved on
// (signed out, another day, another day log) is dropped: only the latest read is drawn. The read is
// indexed by agent on the pool thread, so that drawing costs the shown agents' entries, not the day's.
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    enum class Show { Selected, Scope };
    // The most rows drawn for a scope: a timeline of thousands of agents is not read by anyone.
    static constexpr int MaxRows = 300;

    explicit TimelinePanel(QWidget *parent = nullptr);
    ~TimelinePanel() override;

    // Reads the day log in `folder` (empty: signed out, nothing shown); `scopeIds` lists the roster.
    void attach(
        const QString &folder, DayLogRecorder *recorder, Clock *clock, const std::function<QStringList()> &scopeIds);
    void setStatusLabels(const StatusLabels &labels);
    void setSelectedAgents(const QStringList &ids);
    void setShow(Show show);
    Show show() const;
    void setDay(const QDate &day);
    QDate day() const;
    void reload();
    bool isLoading() const;

    bool exportPng(const QString &path, QString *error = nullptr);
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    ShiftTimelineView *view() const { return m_view; }

signals:
    void reloaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onRecorded();
    void onRead();
    void rebuild();
    void startRead();
    void askExport(bool png);

    QPointer<DayLogRecorder> m_recorder;
    Clock *m_clock = nullptr;
    QString m_folder;
    std::function<QStringList()> m_scopeIds;
    QStringList m_selected;
    ShiftTimeline::Index m_entries;
    QComboBox *m_show;
    QDateEdit *m_date;
    QLabel *m_note;
    QPushButton *m_png;
    QPushButton *m_csv;
    QScrollArea *m_scroll;
    ShiftTimelineView *m_view;
    QTimer *m_throttle;
    QFutureWatcher<ShiftTimeline::Index> m_watcher;
    bool m_reloadAgain = false;
    bool m_recordedWhileHidden = false; // the day log grew while nobody could see it: read on show
    // Counts what the panel shows (day log, day); a read started under another count is stale.
    quint64 m_generation = 0;
    quint64 m_readGeneration = 0;
};
