// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/RosterPaintProbe.h"

#include "desktop/DesktopLogging.h"
#include "desktop/MainWindow.h"
#include "desktop/RosterView.h"
#include "models/AgentTableModel.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace {

// The process's peak resident set (VmHWM) in kB; 0 where /proc does not say.
qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

RosterPaintProbe::RosterPaintProbe(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_sinceStart.start();
    connect(window, &MainWindow::sessionReady, this, &RosterPaintProbe::onReady);
    connect(window, &MainWindow::sessionFailed, this, [](const QString &message) {
        qCWarning(lcDesktop) << "exit when painted: the session failed:" << message;
        QApplication::exit(1);
    });
}

void RosterPaintProbe::onReady()
{
    m_ready = true;
    QWidget *viewport = m_window->roster()->table()->viewport();
    viewport->installEventFilter(this);
    viewport->update(); // a paint after ready, even when the rows were there before
}

bool RosterPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    // The filter sees the paint event before the view paints; report once that paint is done.
    if (m_ready && !m_reported && event->type() == QEvent::Paint) {
        m_reported = true;
        QTimer::singleShot(0, this, &RosterPaintProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void RosterPaintProbe::report()
{
    std::printf("roster painted: %d agents, %lld ms, peak RSS %lld kB\n", m_window->agentModel()->rowCount(),
        static_cast<long long>(m_sinceStart.elapsed()), static_cast<long long>(peakRssKb()));
    std::fflush(stdout);
    QApplication::exit(0);
}
