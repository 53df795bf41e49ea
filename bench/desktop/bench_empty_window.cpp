// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of startup_1k: a QApplication with one empty main window that prints "window painted"
// once it has been painted, then quits, as statusdesk --exit-when-painted does for its roster.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {

class PaintedWindow : public QMainWindow
{
protected:
    bool event(QEvent *event) override
    {
        const bool handled = QMainWindow::event(event);
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                std::printf("window painted\n");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return handled;
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    PaintedWindow window;
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
