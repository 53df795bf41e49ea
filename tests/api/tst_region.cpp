// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiClient.h"
#include "api/Region.h"

#include <QTest>

class TestRegion : public QObject
{
    Q_OBJECT

private slots:
    void knownRegions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("login");

        const QList<QPair<const char *, const char *>> regions = {
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
        for (const auto &region : regions) {
            const QString key = QLatin1String(region.first);
            const QString domain = QLatin1String(region.second);
            const QString api = QStringLiteral("https://api.") + domain;
            const QString login = QStringLiteral("https://login.") + domain;
            QString sdkKey = key;
            sdkKey.replace(QLatin1Char('-'), QLatin1Char('_'));
            QTest::newRow(qPrintable(key)) << key << key << api << login;
            QTest::newRow(qPrintable(sdkKey)) << sdkKey << key << api << login;
            QTest::newRow(qPrintable(domain)) << domain << key << api << login;
            QTest::newRow(qPrintable(sdkKey.toUpper())) << sdkKey.toUpper() << key << api << login;
        }
        QTest::newRow("api host") << "api.mypurecloud.de"
                                  << "eu-central-1"
                                  << "https://api.mypurecloud.de"
                                  << "https://login.mypurecloud.de";
        QTest::newRow("padded") << "  eu-west-1 "
                                << "eu-west-1"
                                << "https://api.mypurecloud.ie"
                                << "https://login.mypurecloud.ie";
    }

    void knownRegions()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(QString, api);
        QFETCH(QString, login);

        QString error;
        const std::optional<Region> region = Region::fromName(name, &error);
        QVERIFY2(region.has_value(), qPrintable(error));
        QCOMPARE(region->key(), key);
        QCOMPARE(region->apiBase(), QUrl(api));
        QCOMPARE(region->loginBase(), QUrl(login));
        QCOMPARE(region->apiUrl(QStringLiteral("/api/v2/users")), QUrl(api + QStringLiteral("/api/v2/users")));
        QCOMPARE(region->loginUrl(QStringLiteral("/oauth/token")), QUrl(login + QStringLiteral("/oauth/token")));
        QVERIFY(ApiClient::isAllowedUrl(region->apiBase()));
    }

    void everyReferenceRegionIsKnown()
    {
        QCOMPARE(Region::knownRegions().size(), 18);
        QCOMPARE(Region::knownRegions().first(), QStringLiteral("us-east-1"));
        QCOMPARE(Region::knownRegions().last(), QStringLiteral("eusc-de-east-1"));
    }

    void unknownRegion_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("typo") << "eu-west-9";
        QTest::newRow("empty") << "";
        QTest::newRow("third-party alias") << "euw1.pure.cloud";
        QTest::newRow("other domain") << "example.com";
    }

    void unknownRegion()
    {
        QFETCH(QString, name);
        QString error;
        QVERIFY(!Region::fromName(name, &error).has_value());
        QVERIFY2(error.contains(QLatin1String("us-east-1")), qPrintable(error));
        QVERIFY(error.contains(QLatin1String("eusc-de-east-1")));
        QVERIFY(error.contains(QLatin1String("Unknown region")));
    }

    void baseUrlOverridesBoth()
    {
        const Region region = Region::fromBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:8123")));
        QCOMPARE(
            region.apiUrl(QStringLiteral("/api/v2/users")), QUrl(QStringLiteral("http://127.0.0.1:8123/api/v2/users")));
        QCOMPARE(
            region.loginUrl(QStringLiteral("/oauth/token")), QUrl(QStringLiteral("http://127.0.0.1:8123/oauth/token")));
        const Region nested = Region::fromBaseUrl(QUrl(QStringLiteral("https://gw.example.org/genesys/")));
        QCOMPARE(nested.apiUrl(QStringLiteral("/api/v2/users")),
            QUrl(QStringLiteral("https://gw.example.org/genesys/api/v2/users")));
    }

    void environment()
    {
        qputenv("STATUSDESK_API_BASE", "http://127.0.0.1:9");
        qputenv("GENESYS_REGION", "eu_central_1");
        std::optional<Region> region = Region::fromEnvironment();
        QVERIFY(region.has_value());
        QCOMPARE(region->apiBase(), QUrl(QStringLiteral("http://127.0.0.1:9")));
        qunsetenv("STATUSDESK_API_BASE");
        region = Region::fromEnvironment();
        QVERIFY(region.has_value());
        QCOMPARE(region->key(), QStringLiteral("eu-central-1"));
        qputenv("GENESYS_REGION", "moon-1");
        QString error;
        QVERIFY(!Region::fromEnvironment(QStringLiteral("us-east-1"), &error).has_value());
        QVERIFY(error.contains(QLatin1String("moon-1")));
        qunsetenv("GENESYS_REGION");
        region = Region::fromEnvironment(QStringLiteral("ap-south-1"));
        QVERIFY(region.has_value());
        QCOMPARE(region->key(), QStringLiteral("ap-south-1"));
        qputenv("STATUSDESK_API_BASE", "not a url");
        QVERIFY(!Region::fromEnvironment(QStringLiteral("us-east-1"), &error).has_value());
        qunsetenv("STATUSDESK_API_BASE");
    }

    void onlyLoopbackMayBePlain_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://api.mypurecloud.com/x" << true;
        QTest::newRow("wss") << "wss://streaming.mypurecloud.com/channels/1" << true;
        QTest::newRow("http loopback") << "http://127.0.0.1:8080/x" << true;
        QTest::newRow("http loopback 127/8") << "http://127.3.4.5/x" << true;
        QTest::newRow("http localhost") << "http://localhost:1/x" << true;
        QTest::newRow("http ipv6 loopback") << "http://[::1]:80/x" << true;
        QTest::newRow("ws loopback") << "ws://127.0.0.1:1/channels/1" << true;
        QTest::newRow("http remote") << "http://api.mypurecloud.com/x" << false;
        QTest::newRow("http lan") << "http://192.168.1.10/x" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.example.com/x" << false;
        QTest::newRow("ws remote") << "ws://streaming.mypurecloud.com/x" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/x" << false;
        QTest::newRow("empty") << "" << false;
    }

    void onlyLoopbackMayBePlain()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ApiClient::isAllowedUrl(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestRegion)
#include "tst_region.moc"
