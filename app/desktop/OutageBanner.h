// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QFrame>
#include <QPointer>

class QLabel;
class QTimer;
class Session;

// A banner above the roster while something is down, saying since when and what still works: live
// updates lost (the roster falls back to re-reading), or the server not answering at all. It stays
// until the outage ends; the message bar stays free for what the lead does meanwhile.
class OutageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { None, PushDown, ServerDown };
    Q_ENUM(Kind)

    explicit OutageBanner(QWidget *parent = nullptr);

    // nullptr: signed out. pushExpected: live updates were asked for (tests and the CLI turn them off).
    void attach(Session *session, bool pushExpected);

    Kind kind() const { return m_kind; }
    // When the outage shown began, on the session's clock (invalid when none).
    QDateTime since() const;
    QString text() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void onModeChanged();
    void onRequestFinished(int httpStatus);
    void refresh();
    void applyStyle();
    QDateTime now() const;

    QPointer<Session> m_session;
    bool m_pushExpected = false;
    bool m_pushFailed = false; // the channel reported an error or lost its connection
    Kind m_kind = Kind::None;
    QDateTime m_pushDownSince;
    QDateTime m_serverDownSince;
    QLabel *m_icon;
    QLabel *m_text;
    QTimer *m_tick;
};
