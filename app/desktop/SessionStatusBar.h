// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class Session;

// The status bar's live facts: push / polling / offline, token expiry, the limiter's budget (and a
// 429 slowdown), pending webhooks, agents and selection, and while a roster loads the agents still coming.
class SessionStatusBar : public QWidget
{
    Q_OBJECT
public:
    explicit SessionStatusBar(QWidget *parent = nullptr);

    void attach(Session *session); // nullptr: signed out
    // notResponding: agents whose routing status is NOT_RESPONDING, shown (and marked) when any.
    void setCounts(int agents, int shown, int selected, int notResponding = 0);
    // Agents out of adherence now (hidden before the first read), or that the permission is missing.
    void setAdherence(int outOfAdherence, bool permissionMissing, bool known = true);
    QString adherenceText() const;

    QString modeText() const;
    QString countsText() const;
    QString budgetText() const;
    QString webhookText() const;
    QString stillComingText() const; // empty when no roster page is outstanding

private:
    QLabel *addLabel(const QString &objectName, const QString &accessibleName);
    void refresh();
    void onRateLimited(int delayMs);
    void showStillComing(int agents);

    QPointer<Session> m_session;
    QLabel *m_agents;
    QLabel *m_stillComing;
    QLabel *m_modeIcon;
    QLabel *m_mode;
    QLabel *m_token;
    QLabel *m_budget;
    QLabel *m_webhooks;
    QLabel *m_adherence = nullptr;
    QTimer *m_refresh;
    QTimer *m_slowdownEnds;
};
