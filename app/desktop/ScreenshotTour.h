// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QObject>

class ChangeDialog;
class MainWindow;

// For docs/screenshots: once the session is ready, grabs the main window, the change dialog, the
// conflict dialog and each panel into PNG files, then quits. Started by the hidden --screenshot-tour
// option; every step waits on the event loop, never on a sleep.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, const QString &directory);

private:
    void run();
    void step(int index);
    void grab(QWidget *widget, const QString &name);
    void applyFirstTarget(ChangeDialog *dialog);

    MainWindow *m_window;
    QDir m_dir;
};
