// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/AppSettings.h"

#include <QUrl>

namespace {

struct KeyInfo
{
    AppSettings::Key key;
    const char *path;
    QVariant defaultValue;
};

const KeyInfo *keyInfo(AppSettings::Key key)
{
    static const KeyInfo table[] = {
        {AppSettings::Key::LastProfile, "general/lastProfile", QString()},
        {AppSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, "window/state", QByteArray()},
        {AppSettings::Key::RosterHeaderState, "window/rosterHeader", QByteArray()},
        {AppSettings::Key::RosterColumnsSized, "window/rosterColumnsSized", false},
        {AppSettings::Key::AuditHeaderState, "window/auditHeader", QByteArray()},
        {AppSettings::Key::WebhookHeaderState, "window/webhookHeader", QByteArray()},
        {AppSettings::Key::TrayNotifications, "general/trayNotifications", true},
    };
    for (const KeyInfo &info : table) {
        if (info.key == key)
            return &info;
    }
    return nullptr;
}

QString profileGroup(const QString &name)
{
    // Profile names are user text: percent-encode them so that '/' cannot escape the group.
    return QStringLiteral("profiles/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

} // namespace

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
}

AppSettings::AppSettings(const QString &iniFile, QObject *parent)
    : QObject(parent)
    , m_settings(iniFile, QSettings::IniFormat)
{
}

QVariant AppSettings::value(Key key) const
{
    const KeyInfo *info = keyInfo(key);
    if (!info)
        return {};
    return m_settings.value(QLatin1String(info->path), info->defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    const KeyInfo *info = keyInfo(key);
    if (!info || m_settings.value(QLatin1String(info->path)) == value)
        return;
    m_settings.setValue(QLatin1String(info->path), value);
    emit changed(key);
}

QStringList AppSettings::profileNames() const
{
    m_settings.beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QStringList names;
    for (const QString &group : groups)
        names << QUrl::fromPercentEncoding(group.toLatin1());
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool AppSettings::hasProfile(const QString &name) const
{
    return profileNames().contains(name);
}

AppSettings::StoredProfile AppSettings::profile(const QString &name) const
{
    StoredProfile stored;
    stored.name = name;
    m_settings.beginGroup(profileGroup(name));
    stored.kind
        = m_settings.value(QStringLiteral("kind")).toString() == QLatin1String("genesys") ? Kind::Genesys : Kind::Demo;
    Profile &p = stored.profile;
    parseProtocol(m_settings.value(QStringLiteral("protocol"), QStringLiteral("genesys")).toString(), &p.protocol);
    p.apiBase = m_settings.value(QStringLiteral("apiBase")).toUrl();
    p.region = m_settings.value(QStringLiteral("region")).toString();
    p.clientId = m_settings.value(QStringLiteral("clientId")).toString();
    p.authMode = m_settings.value(QStringLiteral("auth")).toString() == QLatin1String("pkce")
        ? Profile::AuthMode::Pkce
        : Profile::AuthMode::ClientCredentials;
    p.rulesFile = m_settings.value(QStringLiteral("rulesFile")).toString();
    p.auditLocation = m_settings.value(QStringLiteral("auditLocation")).toString();
    p.webhookUrl = m_settings.value(QStringLiteral("webhookUrl")).toUrl();
    p.rateLimitPerMinute = m_settings.value(QStringLiteral("rateLimitPerMinute"), 300).toInt();
    p.bulkWriteChunk = qBound(1, m_settings.value(QStringLiteral("bulkWriteChunk"), 50).toInt(), 50);
    p.usersPageSize = qBound(1, m_settings.value(QStringLiteral("usersPageSize"), Profile::MaxUsersPageSize).toInt(),
        Profile::MaxUsersPageSize);
    p.displayName = m_settings.value(QStringLiteral("displayName"), name).toString();
    stored.scope = m_settings.value(QStringLiteral("scope")).toString();
    // The redirect URI registered with the OAuth client; a port beyond 65535 is not one, the default is.
    const uint port = m_settings.value(QStringLiteral("redirectPort"), Profile::DefaultRedirectPort).toUInt();
    p.redirectPort = port <= 65535 ? quint16(port) : Profile::DefaultRedirectPort;
    m_settings.beginGroup(QStringLiteral("alerts"));
    const QStringList statuses = m_settings.childKeys();
    for (const QString &status : statuses)
        stored.alertMinutes.insert(status, m_settings.value(status).toInt());
    m_settings.endGroup();
    m_settings.endGroup();
    if (statuses.isEmpty())
        stored.alertMinutes = defaultAlertMinutes();
    return stored;
}

void AppSettings::saveProfile(const StoredProfile &stored)
{
    const Profile &p = stored.profile;
    m_settings.remove(profileGroup(stored.name));
    m_settings.beginGroup(profileGroup(stored.name));
    m_settings.setValue(
        QStringLiteral("kind"), stored.kind == Kind::Genesys ? QStringLiteral("genesys") : QStringLiteral("demo"));
    m_settings.setValue(QStringLiteral("protocol"), protocolName(p.protocol));
    m_settings.setValue(QStringLiteral("apiBase"), p.apiBase);
    m_settings.setValue(QStringLiteral("region"), p.region);
    m_settings.setValue(QStringLiteral("clientId"), p.clientId);
    m_settings.setValue(QStringLiteral("auth"),
        p.authMode == Profile::AuthMode::Pkce ? QStringLiteral("pkce") : QStringLiteral("client-credentials"));
    m_settings.setValue(QStringLiteral("rulesFile"), p.rulesFile);
    m_settings.setValue(QStringLiteral("auditLocation"), p.auditLocation);
    m_settings.setValue(QStringLiteral("webhookUrl"), p.webhookUrl);
    m_settings.setValue(QStringLiteral("rateLimitPerMinute"), p.rateLimitPerMinute);
    m_settings.setValue(QStringLiteral("bulkWriteChunk"), p.bulkWriteChunk);
    m_settings.setValue(QStringLiteral("usersPageSize"), p.usersPageSize);
    m_settings.setValue(QStringLiteral("displayName"), p.displayName);
    if (!stored.scope.isEmpty())
        m_settings.setValue(QStringLiteral("scope"), stored.scope);
    m_settings.setValue(QStringLiteral("redirectPort"), p.redirectPort);
    for (auto it = stored.alertMinutes.cbegin(); it != stored.alertMinutes.cend(); ++it)
        m_settings.setValue(QStringLiteral("alerts/") + it.key(), it.value());
    m_settings.endGroup();
    emit profilesChanged();
}

void AppSettings::removeProfile(const QString &name)
{
    m_settings.remove(profileGroup(name));
    emit profilesChanged();
}

QMap<QString, int> AppSettings::defaultAlertMinutes()
{
    return {{QStringLiteral("Break"), 15}, {QStringLiteral("Meal"), 60}, {QStringLiteral("Away"), 10},
        {QStringLiteral("Busy"), 30}};
}

AppSettings::StoredProfile AppSettings::demoProfile(const QUrl &apiBase)
{
    StoredProfile stored;
    stored.name = tr("Demo organisation");
    stored.kind = Kind::Demo;
    stored.profile.apiBase = apiBase;
    stored.profile.clientId = QStringLiteral("statusdesk-demo");
    stored.profile.displayName = stored.name;
    stored.alertMinutes = defaultAlertMinutes();
    return stored;
}

void AppSettings::sync()
{
    m_settings.sync();
}

QString AppSettings::fileName() const
{
    return m_settings.fileName();
}
