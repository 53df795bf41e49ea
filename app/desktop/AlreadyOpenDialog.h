// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

class InstanceGuard;
class QPushButton;

// Told to a second copy of the console started on an audit history another copy holds: offers to
// bring that one to the front instead of opening a second window (two copies would both write to it).
class AlreadyOpenDialog : public QMessageBox
{
    Q_OBJECT
public:
    enum class Outcome {
        BroughtToFront, // the other copy answered and came to the front
        NoAnswer, // asked, but the other copy did not answer: told so
        Quit, // the lead chose to quit
    };

    AlreadyOpenDialog(const InstanceGuard &guard, const QString &auditLocation, QWidget *parent = nullptr);

    // Asks, then does what the lead chose. Blocks (a modal loop) until then.
    Outcome run();
    QPushButton *frontButton() const { return m_front; }
    QPushButton *quitButton() const { return m_quit; }

private:
    const InstanceGuard &m_guard;
    QPushButton *m_front;
    QPushButton *m_quit;
};
