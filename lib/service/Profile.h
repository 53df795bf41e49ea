// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Protocol.h"

#include <QString>
#include <QUrl>

// Everything a Session needs to connect. Built from the environment (DESIGN.md §5), from the CLI's
// options or from the desktop's settings. The secrets live in memory only: never write a Profile's
// clientSecret or webhookSecret to QSettings, a log or an audit entry.
struct Profile
{
    enum class AuthMode { ClientCredentials, Pkce };

    Protocol protocol = Protocol::Genesys;
    QUrl apiBase; // STATUSDESK_API_BASE: one base URL for login and API (the simulator); wins over region
    QString region; // GENESYS_REGION: "us-east-1", "eu_west_1" or a bare domain such as "mypurecloud.de"
    QString clientId; // GENESYS_CLIENT_ID
    QString clientSecret; // GENESYS_CLIENT_SECRET, memory only
    AuthMode authMode = AuthMode::ClientCredentials;
    QString rulesFile; // empty: the default rules shipped in the resources
    QString auditLocation; // SQLite path or postgresql:// URL; empty: defaultAuditLocation()
    QUrl webhookUrl; // WEBHOOK_ENDPOINT; empty: no webhook delivery (events still recorded)
    QString webhookSecret; // WEBHOOK_SECRET, memory only
    QByteArray auditKey; // keys the audit chain (AuditKey); memory only, empty: an unkeyed log
    int rateLimitPerMinute = 300;
    // Genesys: agents per bulk presence PUT (1-50). Genesys documents no limit; 50 is its bulk read's.
    int bulkWriteChunk = 50;
    // Genesys: users per page of the roster listing (1-500). Genesys documents no maximum; 500 is the
    // largest size known to work (third parties), the documented default is 25.
    static constexpr int MaxUsersPageSize = 500;
    int usersPageSize = MaxUsersPageSize;
    // Genesys: users pages in flight at once once page 1 has told the page count.
    static constexpr int DefaultRosterParallel = 4;
    // PKCE sign-in: the loopback port of the redirect URI http://127.0.0.1:PORT/callback. Genesys matches
    // registered redirect URIs exactly, so the OAuth client registers this one, with this port; 0 takes
    // any free port (only for a server that accepts any loopback port). STATUSDESK_REDIRECT_PORT.
    static constexpr quint16 DefaultRedirectPort = 8085;
    quint16 redirectPort = DefaultRedirectPort;
    QString displayName;

    // Reads GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, GENESYS_REGION, WEBHOOK_ENDPOINT, WEBHOOK_SECRET,
    // STATUSDESK_API_BASE, STATUSDESK_PROTOCOL (genesys|status-api) and STATUSDESK_REDIRECT_PORT.
    static Profile fromEnvironment();
    // <AppDataLocation>/audit.sqlite
    static QString defaultAuditLocation();
    // The audit location to use: auditLocation, or the default when empty.
    QString effectiveAuditLocation() const;

    // A clear reason when the profile cannot work (no client id, neither base URL nor region, ...).
    bool validate(QString *error) const;
};
