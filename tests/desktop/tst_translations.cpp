// SPDX-License-Identifier: GPL-3.0-or-later
// German, Spanish and French are complete: no unfinished or empty translations in the .ts files, and
// the compiled catalogues in the resources translate the console's strings.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void compiledCatalogueTranslates_data();
    void compiledCatalogueTranslates();
};

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    QFile file(QStringLiteral(STATUSDESK_SOURCE_DIR "/translations/statusdesk_") + language + QStringLiteral(".ts"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString context;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            if (type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                || type == QLatin1String("obsolete"))
                problems << context + QStringLiteral(": ") + source + QStringLiteral(" (") + type + QLatin1Char(')');
            // Plural messages hold <numerusform> children; every form must be filled.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (text.trimmed().isEmpty())
                problems << context + QStringLiteral(": ") + source + QStringLiteral(" (empty)");
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 100, "the catalogue holds the console's strings");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::compiledCatalogueTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("ConflictDialog") << QStringLiteral("&Keep theirs")
                        << QStringLiteral("&Ihren Stand behalten");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("AgentTableModel") << QStringLiteral("On Queue")
                        << QStringLiteral("En cola");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("MainWindow") << QStringLiteral("&Change status…")
                        << QStringLiteral("&Changer le statut…");
}

void TestTranslations::compiledCatalogueTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/statusdesk_") + language + QStringLiteral(".qm")));
    QCOMPARE(translator.translate(context.toLatin1().constData(), source.toUtf8().constData()), expected);
    // Plural forms are there too.
    QVERIFY(!translator.translate("SessionStatusBar", "%n agent(s)", nullptr, 2).isEmpty());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
