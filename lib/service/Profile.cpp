// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/Profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {

QString env(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

} // namespace

Profile Profile::fromEnvironment()
{
    Profile profile;
    profile.clientId = env("GENESYS_CLIENT_ID");
    profile.clientSecret = qEnvironmentVariable("GENESYS_CLIENT_SECRET");
    profile.region = env("GENESYS_REGION");
    const QString base = env("STATUSDESK_API_BASE");
    if (!base.isEmpty())
        profile.apiBase = QUrl(base);
    const QString webhook = env("WEBHOOK_ENDPOINT");
    if (!webhook.isEmpty())
        profile.webhookUrl = QUrl(webhook);
    profile.webhookSecret = qEnvironmentVariable("WEBHOOK_SECRET");
    Protocol protocol = Protocol::Genesys;
    if (parseProtocol(env("STATUSDESK_PROTOCOL"), &protocol))
        profile.protocol = protocol;
    bool portOk = false;
    const uint port = env("STATUSDESK_REDIRECT_PORT").toUInt(&portOk);
    if (portOk && port <= 65535)
        profile.redirectPort = static_cast<quint16>(port);
    return profile;
}

QString Profile::defaultAuditLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("audit.sqlite"));
}

QString Profile::effectiveAuditLocation() const
{
    return auditLocation.isEmpty() ? defaultAuditLocation() : auditLocation;
}

bool Profile::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (clientId.isEmpty())
        return fail(QCoreApplication::translate("Profile", "No client id (set GENESYS_CLIENT_ID or --client-id)."));
    if (authMode == AuthMode::ClientCredentials && clientSecret.isEmpty())
        return fail(
            QCoreApplication::translate("Profile", "No client secret (set GENESYS_CLIENT_SECRET or --client-secret)."));
    if (apiBase.isEmpty() && region.isEmpty())
        return fail(QCoreApplication::translate(
            "Profile", "No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region)."));
    if (!apiBase.isEmpty() && (!apiBase.isValid() || apiBase.host().isEmpty()))
        return fail(QCoreApplication::translate("Profile", "The API base URL \"%1\" is not a valid URL.")
                        .arg(apiBase.toString()));
    if (rateLimitPerMinute <= 0)
        return fail(QCoreApplication::translate("Profile", "The rate limit must be a positive number per minute."));
    if (bulkWriteChunk < 1 || bulkWriteChunk > 50)
        return fail(QCoreApplication::translate("Profile", "The bulk write chunk must be between 1 and 50 agents."));
    if (usersPageSize < 1 || usersPageSize > MaxUsersPageSize)
        return fail(QCoreApplication::translate("Profile", "The users page size must be between 1 and %1.")
                        .arg(MaxUsersPageSize));
    return true;
}
