// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class MainWindow;

// For the benchmarks (startup_1k, rss_10k): once the session is ready and the roster has been painted,
// prints one line on stdout, "roster painted: N agents, M ms, peak RSS K kB", and quits. Started by
// the hidden --exit-when-painted option; a failed session quits with status 1.
class RosterPaintProbe : public QObject
{
    Q_OBJECT
public:
    explicit RosterPaintProbe(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onReady();
    void report();

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    bool m_ready = false;
    bool m_reported = false;
};
