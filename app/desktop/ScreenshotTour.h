// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPalette>
#include <QSize>

class ChangeDialog;
class MainWindow;

// For docs/screenshots: once the session is ready, grabs the main window, the change dialog, the
// conflict dialog and each panel (the queue panel last, of an agent with several memberships) into PNG
// files, then quits. Started by the hidden --screenshot-tour
// option; every step waits on the event loop, never on a sleep.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QSize size {1600, 1000};
        bool dark = false; // a dark palette set in the application
        // Empty: every view under its plain name (main-window.png, ...); else the main window and the
        // change dialog only, as main-window<suffix>.png and change-dialog<suffix>.png.
        QString suffix;
    };

    ScreenshotTour(MainWindow *window, const QString &directory, const Options &options);
    static QPalette darkPalette();

private:
    void run();
    void step(int index);
    void grab(QWidget *widget, const QString &name);
    void applyFirstTarget(ChangeDialog *dialog);
    QList<QPair<int, int>> queueCandidates() const; // (row to select, row to keep in view)
    void tryQueueCandidate(int candidate);
    void grabQueues();

    MainWindow *m_window;
    QDir m_dir;
    Options m_options;
    QList<QPair<int, int>> m_queueCandidates; // tried for the queue panel's picture
};
