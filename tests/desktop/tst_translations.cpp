// SPDX-License-Identifier: GPL-3.0-or-later
// German, Spanish and French are complete: no unfinished or empty translations in the .ts files (the
// console's and the CLI's), the catalogues hold exactly the strings of the sources (lupdate run afresh),
// and the compiled catalogues translate the console's strings, with Qt's own words for shortcuts.
#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QKeySequence>
#include <QLibraryInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// Every message of a .ts file as "context | source | comment".
QSet<QString> messageKeys(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QSet<QString> keys;
    QString context;
    QString source;
    QString comment;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            source.clear();
            comment.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("comment")) {
            comment = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            keys.insert(context + QStringLiteral(" | ") + source + QStringLiteral(" | ") + comment);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return keys;
}

QString sourceTs(const QString &catalogue, const QString &language)
{
    return QStringLiteral(STATUSDESK_SOURCE_DIR "/translations/") + catalogue + QLatin1Char('_') + language
        + QStringLiteral(".ts");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void catalogueMatchesSources_data();
    void catalogueMatchesSources();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void compiledCatalogueTranslates_data();
    void compiledCatalogueTranslates();
    void loaderInstallsQtAndStatusDesk();
    void routingIdleIsNotPresenceIdle();
};

void TestTranslations::catalogueMatchesSources_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::newRow("console") << QStringLiteral("statusdesk");
    QTest::newRow("cli") << QStringLiteral("statusdesk-cli");
}

// A tr() without a catalogue entry, or an entry whose string left the sources, fails here: lupdate
// writes the sources' strings into a fresh .ts, which must hold the same messages as the catalogue.
// The fix is `cmake --build <dir> --target update_translations`, then filling the new entries.
void TestTranslations::catalogueMatchesSources()
{
    QFETCH(QString, catalogue);
    const QString lupdate = QStringLiteral(STATUSDESK_LUPDATE);
    QVERIFY2(QFileInfo::exists(lupdate), qPrintable(lupdate));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(catalogue + QStringLiteral("_de.ts"));
    QProcess process;
    process.start(lupdate,
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QLatin1Char('@') + QStringLiteral(STATUSDESK_TR_LISTS "/") + catalogue + QStringLiteral("_sources.lst"),
            QStringLiteral("-ts"), fresh});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        process.readAllStandardError().constData());
    QString error;
    const QSet<QString> fromSources = messageKeys(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fromSources.size() > 50);
    for (const QString &language :
        {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}) {
        const QSet<QString> inCatalogue = messageKeys(sourceTs(catalogue, language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList missing = QSet<QString>(fromSources).subtract(inCatalogue).values();
        QStringList stale = QSet<QString>(inCatalogue).subtract(fromSources).values();
        missing.sort();
        stale.sort();
        QVERIFY2(missing.isEmpty(),
            qPrintable(catalogue + QLatin1Char('_') + language
                + QStringLiteral(".ts lacks (run update_translations):\n")
                + missing.mid(0, 20).join(QLatin1Char('\n'))));
        QVERIFY2(stale.isEmpty(),
            qPrintable(catalogue + QLatin1Char('_') + language
                + QStringLiteral(".ts holds strings the sources no longer have:\n")
                + stale.mid(0, 20).join(QLatin1Char('\n'))));
    }
}

// The executables' loader: Qt's own catalogue (shortcuts read "Strg+1") and StatusDesk's.
void TestTranslations::loaderInstallsQtAndStatusDesk()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    QVERIFY2(QFileInfo::exists(qtbase),
        qPrintable(qtbase + QStringLiteral(" (qt6-translations-l10n, see scripts/install-deps)")));
    QCOMPARE(Translations::install(
                 QCoreApplication::instance(), {QStringLiteral("statusdesk")}, QLocale(QStringLiteral("de_DE"))),
        1);
    QCOMPARE(QKeySequence(Qt::CTRL | Qt::Key_1).toString(QKeySequence::NativeText), QStringLiteral("Strg+1"));
    QCOMPARE(QCoreApplication::translate("ConflictDialog", "&Keep theirs"), QStringLiteral("&Ihren Stand behalten"));
    QCOMPARE(
        QCoreApplication::translate("AuditOutcome", "Webhook dead letter"), QStringLiteral("Webhook unzustellbar"));
    // A language without a catalogue still gets the English plural forms.
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(Translations::install(
                 QCoreApplication::instance(), {QStringLiteral("statusdesk")}, QLocale(QStringLiteral("sw_KE"))),
        0);
    QCOMPARE(QCoreApplication::translate("SessionStatusBar", "%n agent(s)", nullptr, 2), QStringLiteral("2 agents"));
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// French once said "Inactif" for both; the routing status now has its own entry (a disambiguation).
void TestTranslations::routingIdleIsNotPresenceIdle()
{
    for (const QString &language : {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}) {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/statusdesk_") + language + QStringLiteral(".qm")));
        const QString presence = translator.translate("AgentTableModel", "Idle");
        const QString routing = translator.translate("AgentTableModel", "Idle", "routing status");
        QVERIFY2(!presence.isEmpty() && !routing.isEmpty() && presence != routing,
            qPrintable(language + QStringLiteral(": ") + presence + QStringLiteral(" / ") + routing));
    }
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("catalogue");
    QTest::addColumn<QString>("language");
    for (const char *catalogue : {"statusdesk", "statusdesk-cli"}) {
        for (const char *language : {"de", "es", "fr"})
            QTest::addRow("%s_%s", catalogue, language)
                << QString::fromLatin1(catalogue) << QString::fromLatin1(language);
    }
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, catalogue);
    QFETCH(QString, language);
    QFile file(sourceTs(catalogue, language));
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
