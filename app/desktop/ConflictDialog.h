// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/ConflictVerdict.h"
#include "service/ChangeConflict.h"

#include <QDialog>

class QComboBox;
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

    // Apply to latest is enabled, and the default, only when the rules allow it: when they refuse it
    // the verdict says why, and when only a reason is missing the dialog asks for one.
    void setConflict(const ChangeConflict &conflict, const StatusLabels &labels, const ConflictVerdict &verdict);
    const ChangeConflict &conflict() const { return m_conflict; }

signals:
    // reason: the one picked here for Apply to latest (empty: the change keeps its own).
    void resolved(Resolution resolution, const QString &reason);

private:
    QLabel *plainLabel(const QString &objectName);
    void choose(Resolution resolution);
    void updateButtons();

    QLabel *m_title;
    QLabel *m_theirStatus;
    QLabel *m_theirBy;
    QLabel *m_theirReason;
    QLabel *m_ourStatus;
    QLabel *m_ourBy;
    QLabel *m_ourReason;
    QComboBox *m_reason; // shown when Apply to latest needs a reason that ours lacks
    QLabel *m_verdict;
    QPushButton *m_apply;
    QPushButton *m_keep;
    QPushButton *m_cancel;
    ChangeConflict m_conflict;
    ConflictVerdict m_judgement;
    bool m_done = false;
};
