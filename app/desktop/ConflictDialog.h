// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/ChangeConflict.h"

#include <QDialog>

class QLabel;
class QPushButton;
class StatusLabels;

// "Ana Souza changed while you were deciding": theirs beside ours, and what each button will do.
// Fed by plain values; open it with open() and listen to resolved().
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictDialog(QWidget *parent = nullptr);

    // applyAllowed / verdict: the rules' judgement of our target from their status, e.g.
    // "Break is allowed from Meeting" or the refusal; Apply to latest is disabled when refused.
    void setConflict(
        const ChangeConflict &conflict, const StatusLabels &labels, bool applyAllowed, const QString &verdict);
    const ChangeConflict &conflict() const { return m_conflict; }

signals:
    void resolved(Resolution resolution);

private:
    QLabel *plainLabel(const QString &objectName);
    void choose(Resolution resolution);

    QLabel *m_title;
    QLabel *m_theirStatus;
    QLabel *m_theirBy;
    QLabel *m_theirReason;
    QLabel *m_ourStatus;
    QLabel *m_ourBy;
    QLabel *m_ourReason;
    QLabel *m_verdict;
    QPushButton *m_apply;
    QPushButton *m_keep;
    QPushButton *m_cancel;
    ChangeConflict m_conflict;
    bool m_done = false;
};
