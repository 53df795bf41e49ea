// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/TargetOption.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;

// Picks the target status (and a reason code where the rules ask for one) for one or more agents.
// Fed by plain values; it never talks to a service. Open it with open(); it emits changeRequested().
class ChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns the body that will be sent for (target, reason), shown as a preview.
    using PreviewFunction = std::function<QString(const QString &target, const QString &reason)>;

    explicit ChangeDialog(QWidget *parent = nullptr);

    void setAgents(const QStringList &agentNames, const QString &currentStatusLabel);
    void setTargets(const TargetOptions &targets);
    void setReasonCodes(const QStringList &codes);
    void setPreviewFunction(PreviewFunction preview);
    // Preselects a target (a shortcut's); false when it is not offered or not allowed.
    bool selectTarget(const QString &key);
    // The lead asked for a target the rules refuse (a shortcut): nothing is selected instead, and the
    // hint says what was refused and why until the lead picks another target.
    void showRefusedRequest(const QString &text);
    QString hintText() const;

    QString selectedTarget() const;
    QString selectedReason() const;

signals:
    void changeRequested(const QString &target, const QString &reason);

private:
    void updateState();
    const TargetOption *currentOption() const;

    QLabel *m_heading;
    QListWidget *m_targets;
    QComboBox *m_reason;
    QLabel *m_hint;
    QPlainTextEdit *m_preview;
    QDialogButtonBox *m_buttons;
    TargetOptions m_options;
    PreviewFunction m_previewFunction;
    QString m_refusedRequest;
};
