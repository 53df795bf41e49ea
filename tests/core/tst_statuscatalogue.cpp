// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatusCatalogue.h"

#include <QTest>

class TestStatusCatalogue : public QObject
{
    Q_OBJECT

private:
    static StatusCatalogue sample()
    {
        StatusCatalogue catalogue;
        catalogue.addDefinition(
            {QStringLiteral("def-avail"), QStringLiteral("Available"), QStringLiteral("Available"), true,
                {{QStringLiteral("en_US"), QStringLiteral("Available")},
                    {QStringLiteral("de"), QStringLiteral("Verfügbar")}}});
        catalogue.addDefinition({QStringLiteral("def-coffee"), QStringLiteral("Break"), QStringLiteral("Coffee"), false,
            {{QStringLiteral("en_US"), QStringLiteral("Coffee break")},
                {QStringLiteral("fr"), QStringLiteral("Pause café")}}});
        catalogue.addDefinition({QStringLiteral("def-break"), QStringLiteral("Break"), QStringLiteral("Break"), true,
            {{QStringLiteral("en_US"), QStringLiteral("Break")}, {QStringLiteral("es"), QStringLiteral("Descanso")}}});
        return catalogue;
    }

private slots:
    void canonicalKey_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("key");
        QTest::newRow("exact") << "OnQueue"
                               << "OnQueue";
        QTest::newRow("space") << "On Queue"
                               << "OnQueue";
        QTest::newRow("analytics") << "ON_QUEUE"
                                   << "OnQueue";
        QTest::newRow("lower") << "available"
                               << "Available";
        QTest::newRow("upper") << "OFFLINE"
                               << "Offline";
        QTest::newRow("idle") << "IDLE"
                              << "Idle";
        QTest::newRow("training") << " Training "
                                  << "Training";
        QTest::newRow("unknown") << "Out of office"
                                 << "";
        QTest::newRow("empty") << ""
                               << "";
    }

    void canonicalKey()
    {
        QFETCH(QString, raw);
        QFETCH(QString, key);
        QCOMPARE(StatusCatalogue::canonicalKey(raw), key);
    }

    void matchesDefinitionsByIdFirst()
    {
        const StatusCatalogue catalogue = sample();
        QCOMPARE(catalogue.statusForDefinition(QStringLiteral("def-coffee"), QStringLiteral("Available")),
            QStringLiteral("Break"));
        QCOMPARE(catalogue.statusForDefinition(QStringLiteral("unknown-id"), QStringLiteral("MEAL")),
            QStringLiteral("Meal"));
        QCOMPARE(catalogue.statusForDefinition(QStringLiteral("unknown-id")), QString());
    }

    void primaryDefinitionPrefersTheSystemOne()
    {
        const StatusCatalogue catalogue = sample();
        QCOMPARE(catalogue.primaryDefinitionId(QStringLiteral("Break")), QStringLiteral("def-break"));
        QCOMPARE(catalogue.definitionsFor(QStringLiteral("Break")).size(), 2);
        QCOMPARE(catalogue.primaryDefinitionId(QStringLiteral("Meal")), QString());
        QCOMPARE(catalogue.statuses(), (QStringList {QStringLiteral("Available"), QStringLiteral("Break")}));
    }

    void labels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("label");
        QTest::newRow("en") << "Available"
                            << "en"
                            << "Available";
        QTest::newRow("de") << "Available"
                            << "de_DE"
                            << "Verfügbar";
        QTest::newRow("de dash") << "Available"
                                 << "de-AT"
                                 << "Verfügbar";
        QTest::newRow("fallback to english") << "Available"
                                             << "fr"
                                             << "Available";
        QTest::newRow("es") << "Break"
                            << "es"
                            << "Descanso";
        QTest::newRow("no definition") << "Meal"
                                       << "de"
                                       << "Meal";
    }

    void labels()
    {
        QFETCH(QString, key);
        QFETCH(QString, locale);
        QFETCH(QString, label);
        QCOMPARE(sample().label(key, locale), label);
    }

    void secondaryLabels()
    {
        const StatusCatalogue catalogue = sample();
        QCOMPARE(catalogue.definitionLabel(QStringLiteral("def-coffee"), QStringLiteral("fr_FR")),
            QStringLiteral("Pause café"));
        QCOMPARE(catalogue.definitionLabel(QStringLiteral("def-coffee"), QStringLiteral("de")),
            QStringLiteral("Coffee break"));
        QCOMPARE(catalogue.definitionLabel(QStringLiteral("nope")), QString());
    }

    void defaultsKnowEveryStatusAndReason()
    {
        const StatusCatalogue catalogue = StatusCatalogue::defaults();
        QCOMPARE(catalogue.statuses(), StatusCatalogue::systemStatusKeys());
        QVERIFY(catalogue.hasReason(QStringLiteral("EndOfShift")));
        QVERIFY(!catalogue.hasReason(QStringLiteral("Nap")));
        QCOMPARE(catalogue.reasons().size(), 8);
    }

    void ignoresIncompleteDefinitions()
    {
        StatusCatalogue catalogue;
        catalogue.addDefinition({QString(), QStringLiteral("Break"), {}, true, {}});
        catalogue.addDefinition({QStringLiteral("x"), QString(), {}, true, {}});
        QVERIFY(catalogue.isEmpty());
        QVERIFY(catalogue.definitions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStatusCatalogue)
#include "tst_statuscatalogue.moc"
