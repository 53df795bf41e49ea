// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// A Genesys Cloud region: its API host and its login host (token and authorize endpoints).
class Region
{
public:
    Region() = default;

    // "us-east-1", "us_east_1" (SDK key) or a bare domain ("mypurecloud.de"). Unknown: nullopt and
    // *error lists the valid names.
    static std::optional<Region> fromName(const QString &name, QString *error = nullptr);
    // One base URL for login and API (the simulator, STATUSDESK_API_BASE).
    static Region fromBaseUrl(const QUrl &base);
    // STATUSDESK_API_BASE if set, else GENESYS_REGION, else `fallback`.
    static std::optional<Region> fromEnvironment(
        const QString &fallback = QStringLiteral("us-east-1"), QString *error = nullptr);
    static QStringList knownRegions(); // the dashed keys, in the reference's order

    bool isValid() const { return m_apiBase.isValid() && !m_apiBase.isEmpty(); }
    QString key() const { return m_key; } // "eu-central-1", or the base URL for a custom one
    QString domain() const { return m_domain; } // "mypurecloud.de"; empty for a custom base
    QUrl apiBase() const { return m_apiBase; } // https://api.<domain>
    QUrl loginBase() const { return m_loginBase; } // https://login.<domain>
    QUrl apiUrl(const QString &path) const; // apiBase + path ("/api/v2/...")
    QUrl loginUrl(const QString &path) const; // loginBase + path ("/oauth/token")

    bool operator==(const Region &other) const
    {
        return m_apiBase == other.m_apiBase && m_loginBase == other.m_loginBase;
    }

private:
    QString m_key;
    QString m_domain;
    QUrl m_apiBase;
    QUrl m_loginBase;
};
