// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;
class QToolButton;

// An inline banner above the roster: errors and hints go here instead of a cascade of modal boxes.
// The text is always plain text, because it often quotes a server's message.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Information, Positive, Warning, Error };
    Q_ENUM(Level)

    // How long a message that hides on its own stays (showMessage's timeoutMs), by what it says:
    static constexpr int kConfirmationTimeoutMs = 5000; // done as asked ("Settings saved.")
    static constexpr int kOutcomeTimeoutMs = 6000; // how one status change ended
    static constexpr int kSummaryTimeoutMs = 8000; // how a bulk change ended
    static constexpr int kAlertTimeoutMs = 15000; // an agent over a threshold: long enough to notice

    explicit MessageBar(QWidget *parent = nullptr);

    // actionText: an optional button (e.g. "Retry"); its click emits actionTriggered(actionId).
    // timeoutMs > 0 hides an informational message on its own.
    void showMessage(const QString &text, Level level, const QString &actionText = {}, const QString &actionId = {},
        int timeoutMs = 0);
    void hideMessage();

    QString text() const;
    Level level() const { return m_level; }

signals:
    void actionTriggered(const QString &actionId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLevelStyle();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    QTimer *m_hideTimer;
    Level m_level = Level::Information;
    QString m_actionId;
};
