// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "service/Profile.h"

#include <QMap>
#include <QObject>
#include <QSettings>
#include <QStringList>
#include <QVariant>

// What the console remembers between runs, as a small typed key table over QSettings. Secrets never
// come here: saveProfile() drops Profile::clientSecret and Profile::webhookSecret (they go to the
// keychain through SecretStore).
class AppSettings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        LastProfile,
        WindowGeometry,
        WindowState,
        RosterHeaderState,
        RosterColumnsSized, // the lead sized a roster column by hand: its widths are kept as saved
        AuditHeaderState,
        WebhookHeaderState,
        TrayNotifications,
    };
    Q_ENUM(Key)

    // The kind of organisation a profile signs in to.
    enum class Kind { Demo, Genesys };

    // A profile as the console remembers it.
    struct StoredProfile
    {
        QString name;
        Kind kind = Kind::Demo;
        Profile profile; // secrets always empty when loaded
        // Alert threshold per status key in minutes (0 or absent: no alert).
        QMap<QString, int> alertMinutes;
        // The roster scope (RosterScope::toSetting()); empty until the lead has chosen one.
        QString scope;
    };

    explicit AppSettings(QObject *parent = nullptr);
    // For tests: a settings file of one's own.
    AppSettings(const QString &iniFile, QObject *parent);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QStringList profileNames() const;
    bool hasProfile(const QString &name) const;
    StoredProfile profile(const QString &name) const;
    void saveProfile(const StoredProfile &profile);
    void removeProfile(const QString &name);

    // The alert thresholds a new profile starts with.
    static QMap<QString, int> defaultAlertMinutes();
    // A demo profile pointing at apiBase (the simulator).
    static StoredProfile demoProfile(const QUrl &apiBase);

    void sync();
    QString fileName() const;

signals:
    void changed(AppSettings::Key key);
    void profilesChanged();

private:
    mutable QSettings m_settings;
};
