// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/AppSettings.h"

#include <QDialog>
#include <QHash>

class AuditKeyring;
class AuditKeyDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Edits one profile: webhook URL and secret, rules file (validated on load: line and reason),
// rate limit, audit store (SQLite file or PostgreSQL URL), its audit key (AuditKeyDialog) and alert
// thresholds. Emits saved(); the window stores the profile and hands the secret to the keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void setProfile(const AppSettings::StoredProfile &profile);
    AppSettings::StoredProfile profile() const;

    // Checks the rules file now; returns false and shows the line and reason when it is bad.
    bool validateRules();
    // Where the audit key button finds the keys; without one the button is hidden.
    void setAuditKeyring(AuditKeyring *keyring);
    // Opens the audit key dialog for the audit store in the fields (also the button's click).
    AuditKeyDialog *showAuditKey();

signals:
    // webhookSecret is only meaningful when secretChanged.
    void saved(const AppSettings::StoredProfile &profile, const QString &webhookSecret, bool secretChanged);

private:
    void save();
    void browseRules();
    void updateAuditFields();

    AppSettings::StoredProfile m_profile;
    QLineEdit *m_webhookUrl;
    QLineEdit *m_webhookSecret;
    QLineEdit *m_rulesFile;
    QLabel *m_rulesStatus;
    QSpinBox *m_rateLimit;
    QRadioButton *m_sqlite;
    QRadioButton *m_postgres;
    QLineEdit *m_auditLocation;
    QPushButton *m_auditKey;
    AuditKeyring *m_keyring = nullptr;
    QHash<QString, QSpinBox *> m_alerts;
    QDialogButtonBox *m_buttons;
    bool m_secretEdited = false;
};
