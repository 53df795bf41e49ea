// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "desktop/AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QCheckBox;
class QRadioButton;
class QStackedWidget;

// First start: the demo organisation (the simulator, started or attached to) or a Genesys Cloud
// organisation (region, client id, then browser sign-in or client credentials). Emits
// signInRequested(); the window does the signing in, so this dialog never blocks.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(QWidget *parent = nullptr);

    // Prefills the fields from the environment (Profile::fromEnvironment(): STATUSDESK_API_BASE,
    // GENESYS_REGION, GENESYS_CLIENT_ID, WEBHOOK_ENDPOINT, STATUSDESK_PROTOCOL); setProfile() may follow.
    void setDefaults(const Profile &environment);
    // Fills the pages from a remembered profile (what it leaves empty keeps its default).
    void setProfile(const AppSettings::StoredProfile &profile);
    // Shows why the last attempt failed (plain text).
    void setError(const QString &message);

signals:
    // secret: the client secret for client credentials (empty for the demo or PKCE).
    // remember: keep the profile (and the secret in the keychain).
    void signInRequested(const AppSettings::StoredProfile &profile, const QString &secret, bool remember);

private:
    void updateState();
    void submit();
    QWidget *buildDemoPage();
    QWidget *buildGenesysPage();

    QRadioButton *m_demo;
    QRadioButton *m_genesys;
    QStackedWidget *m_pages;
    QLineEdit *m_demoUrl;
    QLineEdit *m_profileName;
    QComboBox *m_region;
    QLineEdit *m_clientId;
    QRadioButton *m_pkce;
    QRadioButton *m_clientCredentials;
    QLineEdit *m_secret;
    QLineEdit *m_webhookUrl;
    QLabel *m_webhookHint;
    QCheckBox *m_remember;
    QLabel *m_error;
    QPushButton *m_signIn;
    Profile m_defaults; // the environment's: protocol and client id of the demo
};
