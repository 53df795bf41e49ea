// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/ConflictVerdict.h"
#include "models/StatusLabels.h"
#include "service/BulkChange.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;

// A bulk change in three steps: the preview (who changes, who is already there, who is refused and why), the progress
// (cancellable), then the per-agent results with the conflicts to review together and *Revert batch*.
// Fed by plain values; the ChangeController drives the BulkChange behind it.
class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    struct PreviewRow
    {
        QString agentName;
        QString fromStatus; // key
        bool willChange = true;
        bool alreadyThere = false; // in the target already: confirmed by the compare read, nothing written
        QString refusal; // when !willChange and !alreadyThere
    };

    explicit BulkChangeDialog(const StatusLabels &labels, QWidget *parent = nullptr);

    void setPreview(const QString &targetStatus, const QString &reason, const QVector<PreviewRow> &rows);
    void showProgress(int done, int total);
    void addResult(const ChangeResult &result);
    // verdicts[i] judges conflicts[i] (missing: nothing known, Apply to latest not offered as default).
    void showConflicts(const QVector<ChangeConflict> &conflicts, const QVector<ConflictVerdict> &verdicts = {});
    void showSummary(const BulkSummary &summary, bool canRevert);
    // The reason codes offered for a revert (leaving some statuses needs one).
    void setReasonCodes(const QStringList &codes);
    // Whether the rules ask a reason for the way back: then Revert batch waits for one to be picked.
    void setRevertNeedsReason(bool needed);

    int resultCount() const;

signals:
    void confirmed();
    void cancelRequested();
    void revertRequested(const QString &reason);
    void conflictsResolved(const QVector<QPair<QString, Resolution>> &choices);

private:
    QWidget *buildPreviewPage();
    QWidget *buildRunPage();
    QString outcomeText(const ChangeResult &result) const;
    QComboBox *makeChoice(const ChangeConflict &conflict, const ConflictVerdict &verdict);
    void updateRevertState();

    StatusLabels m_labels;
    QStackedWidget *m_pages;
    QLabel *m_previewSummary;
    QTableWidget *m_previewTable;
    QPushButton *m_confirm;
    QLabel *m_runSummary;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTableWidget *m_results;
    QWidget *m_conflictBox;
    QTableWidget *m_conflicts;
    QPushButton *m_applyChoices;
    QPushButton *m_revert;
    QComboBox *m_revertReason;
    QLabel *m_revertHint;
    bool m_canRevert = false;
    bool m_revertNeedsReason = false;
    QPushButton *m_close;
    QVector<ChangeConflict> m_pendingConflicts;
};
