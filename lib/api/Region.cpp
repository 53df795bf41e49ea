// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Region.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace {

struct KnownRegion
{
    const char *key;
    const char *domain;
};

// Genesys SDK region list (reference §1.1), in its order.
constexpr KnownRegion kRegions[] = {
    {"us-east-1", "mypurecloud.com"},
    {"us-east-2", "use2.us-gov-pure.cloud"},
    {"us-west-2", "usw2.pure.cloud"},
    {"ca-central-1", "cac1.pure.cloud"},
    {"sa-east-1", "sae1.pure.cloud"},
    {"mx-central-1", "mxc1.pure.cloud"},
    {"eu-west-1", "mypurecloud.ie"},
    {"eu-west-2", "euw2.pure.cloud"},
    {"eu-central-1", "mypurecloud.de"},
    {"eu-central-2", "euc2.pure.cloud"},
    {"me-central-1", "mec1.pure.cloud"},
    {"ap-south-1", "aps1.pure.cloud"},
    {"ap-northeast-1", "mypurecloud.jp"},
    {"ap-northeast-2", "apne2.pure.cloud"},
    {"ap-northeast-3", "apne3.pure.cloud"},
    {"ap-southeast-1", "apse1.pure.cloud"},
    {"ap-southeast-2", "mypurecloud.com.au"},
    {"eusc-de-east-1", "edee1.eusc-pure.cloud"},
};

QUrl hostUrl(const QString &host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    return url;
}

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    return url;
}

} // namespace

QStringList Region::knownRegions()
{
    QStringList keys;
    for (const KnownRegion &region : kRegions)
        keys.append(QLatin1String(region.key));
    return keys;
}

std::optional<Region> Region::fromName(const QString &name, QString *error)
{
    QString wanted = name.trimmed().toLower();
    wanted.replace(QLatin1Char('_'), QLatin1Char('-'));
    for (QLatin1String prefix : {QLatin1String("https://"), QLatin1String("api."), QLatin1String("login.")}) {
        if (wanted.startsWith(prefix))
            wanted = wanted.mid(prefix.size());
    }
    while (wanted.endsWith(QLatin1Char('/')))
        wanted.chop(1);
    for (const KnownRegion &known : kRegions) {
        if (wanted == QLatin1String(known.key) || wanted == QLatin1String(known.domain)) {
            Region region;
            region.m_key = QLatin1String(known.key);
            region.m_domain = QLatin1String(known.domain);
            region.m_apiBase = hostUrl(QStringLiteral("api.") + region.m_domain);
            region.m_loginBase = hostUrl(QStringLiteral("login.") + region.m_domain);
            return region;
        }
    }
    if (error) {
        *error = QCoreApplication::translate("Region", "Unknown region “%1”. Valid regions: %2 (or their domains).")
                     .arg(name, knownRegions().join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

Region Region::fromBaseUrl(const QUrl &base)
{
    Region region;
    region.m_key = base.toString(QUrl::RemoveUserInfo);
    region.m_apiBase = base;
    region.m_loginBase = base;
    return region;
}

std::optional<Region> Region::fromEnvironment(const QString &fallback, QString *error)
{
    const QString base = qEnvironmentVariable("STATUSDESK_API_BASE");
    if (!base.isEmpty()) {
        const QUrl url(base, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("Region", "STATUSDESK_API_BASE “%1” is not a URL.").arg(base);
            return std::nullopt;
        }
        return fromBaseUrl(url);
    }
    const QString name = qEnvironmentVariable("GENESYS_REGION");
    return fromName(name.isEmpty() ? fallback : name, error);
}

QUrl Region::apiUrl(const QString &path) const
{
    return joined(m_apiBase, path);
}

QUrl Region::loginUrl(const QString &path) const
{
    return joined(m_loginBase, path);
}
