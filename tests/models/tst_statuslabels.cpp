// SPDX-License-Identifier: GPL-3.0-or-later
// The status labels every panel shows: the server's label in the UI language, StatusDesk's own
// translated names otherwise, the raw value last; and the roster model gives the same.
#include "models/AgentTableModel.h"
#include "models/StatusLabels.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

namespace {

// A catalogue as a German organisation's server sends it: Meeting has a German label.
StatusCatalogue germanCatalogue()
{
    StatusCatalogue catalogue = StatusCatalogue::defaults();
    StatusCatalogue::Definition meeting;
    meeting.id = QStringLiteral("def-meeting");
    meeting.status = QStringLiteral("Meeting");
    meeting.name = QStringLiteral("Meeting");
    meeting.languageLabels
        = {{QStringLiteral("en_US"), QStringLiteral("Meeting")}, {QStringLiteral("de"), QStringLiteral("Besprechung")}};
    catalogue.addDefinition(meeting);
    StatusCatalogue::Definition huddle;
    huddle.id = QStringLiteral("def-huddle");
    huddle.status = QStringLiteral("Huddle");
    huddle.name = QStringLiteral("Team huddle");
    catalogue.addDefinition(huddle);
    return catalogue;
}

// Stands in for a compiled catalogue: the names are translated in the model's context.
class SpanishNames : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "AgentTableModel") != 0)
            return {};
        static const QHash<QString, QString> names = {{QStringLiteral("On Queue"), QStringLiteral("En cola")},
            {QStringLiteral("Idle"), QStringLiteral("Inactivo")},
            {QStringLiteral("Unknown"), QStringLiteral("Desconocido")}};
        return names.value(QString::fromUtf8(source));
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestStatusLabels : public QObject
{
    Q_OBJECT
private slots:
    void ownNamesWithoutCatalogue_data();
    void ownNamesWithoutCatalogue();
    void serverLabelInTheUiLanguage_data();
    void serverLabelInTheUiLanguage();
    void routingValues_data();
    void routingValues();
    void ownNamesAreTranslated();
    void reasonCodesAsWords_data();
    void reasonCodesAsWords();
    void rosterModelGivesTheSameLabels();
};

void TestStatusLabels::ownNamesWithoutCatalogue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("own name") << QStringLiteral("OnQueue") << QStringLiteral("On Queue");
    QTest::newRow("same word") << QStringLiteral("Break") << QStringLiteral("Break");
    QTest::newRow("unknown key as it is") << QStringLiteral("Huddle") << QStringLiteral("Huddle");
    QTest::newRow("empty key") << QString() << QStringLiteral("Unknown");
}

void TestStatusLabels::ownNamesWithoutCatalogue()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    const StatusLabels labels;
    QCOMPARE(labels.status(key), label);
    QCOMPARE(labels.locale(), QStringLiteral("en"));
}

void TestStatusLabels::serverLabelInTheUiLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("de: the server's") << QStringLiteral("de_DE") << QStringLiteral("Meeting")
                                      << QStringLiteral("Besprechung");
    QTest::newRow("en: our own") << QStringLiteral("en_GB") << QStringLiteral("Meeting") << QStringLiteral("Meeting");
    QTest::newRow("de: none from the server")
        << QStringLiteral("de") << QStringLiteral("OnQueue") << QStringLiteral("On Queue");
    QTest::newRow("only the server knows it")
        << QStringLiteral("en") << QStringLiteral("Huddle") << QStringLiteral("Team huddle");
}

void TestStatusLabels::serverLabelInTheUiLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, key);
    QFETCH(QString, label);
    const StatusLabels labels(germanCatalogue(), locale);
    QCOMPARE(labels.status(key), label);
    QCOMPARE(labels.locale(), locale);
    QVERIFY(labels.catalogue().hasStatus(QStringLiteral("Huddle")));
}

void TestStatusLabels::routingValues_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("off queue") << QStringLiteral("OFF_QUEUE") << QStringLiteral("Off queue");
    QTest::newRow("not responding") << QStringLiteral("NOT_RESPONDING") << QStringLiteral("Not responding");
    QTest::newRow("unknown as it is") << QStringLiteral("WRAPUP") << QStringLiteral("WRAPUP");
    QTest::newRow("empty") << QString() << QString();
}

void TestStatusLabels::routingValues()
{
    QFETCH(QString, value);
    QFETCH(QString, label);
    QCOMPARE(StatusLabels::routing(value), label);
    QCOMPARE(StatusLabels(germanCatalogue(), QStringLiteral("de")).routing(value), label);
}

void TestStatusLabels::ownNamesAreTranslated()
{
    SpanishNames spanish;
    QVERIFY(QCoreApplication::installTranslator(&spanish));
    const StatusLabels labels(germanCatalogue(), QStringLiteral("es"));
    QCOMPARE(labels.status(QStringLiteral("OnQueue")), QStringLiteral("En cola"));
    QCOMPARE(labels.status(QString()), QStringLiteral("Desconocido"));
    QCOMPARE(StatusLabels::statusName(QStringLiteral("OnQueue")), QStringLiteral("En cola"));
    QCOMPARE(StatusLabels::statusName(QStringLiteral("Huddle")), QString());
    QCOMPARE(StatusLabels::routing(QStringLiteral("IDLE")), QStringLiteral("Inactivo"));
    QVERIFY(QCoreApplication::removeTranslator(&spanish));
    QCOMPARE(labels.status(QStringLiteral("OnQueue")), QStringLiteral("On Queue"));
}

void TestStatusLabels::reasonCodesAsWords_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("label");
    QTest::newRow("status api") << QStringLiteral("ReadyForCalls") << QStringLiteral("Ready for calls");
    QTest::newRow("status api, two words") << QStringLiteral("SystemIssue") << QStringLiteral("System issue");
    QTest::newRow("organisation's camel case") << QStringLiteral("WrapUpTime") << QStringLiteral("Wrap up time");
    QTest::newRow("one word") << QStringLiteral("Coffee") << QStringLiteral("Coffee");
    QTest::newRow("not camel case, as it is") << QStringLiteral("IT-Support 2") << QStringLiteral("IT-Support 2");
    QTest::newRow("capitals, as they are") << QStringLiteral("HRCall") << QStringLiteral("HRCall");
    QTest::newRow("empty") << QString() << QString();
}

void TestStatusLabels::reasonCodesAsWords()
{
    QFETCH(QString, code);
    QFETCH(QString, label);
    QCOMPARE(StatusLabels::reason(code), label);
}

void TestStatusLabels::rosterModelGivesTheSameLabels()
{
    AgentTableModel model;
    model.setTicking(false);
    model.setCatalogue(germanCatalogue(), QStringLiteral("de"));
    const StatusLabels &labels = model.statusLabels();
    QCOMPARE(labels.locale(), QStringLiteral("de"));
    for (const QString &key :
        {QStringLiteral("Meeting"), QStringLiteral("OnQueue"), QStringLiteral("Huddle"), QString()})
        QCOMPARE(model.statusLabel(key), labels.status(key));
    QCOMPARE(
        AgentTableModel::statusName(QStringLiteral("OnQueue")), StatusLabels::statusName(QStringLiteral("OnQueue")));
    QCOMPARE(AgentTableModel::routingName(QStringLiteral("INTERACTING")),
        StatusLabels::routing(QStringLiteral("INTERACTING")));
    QCOMPARE(model.statusLabel(QStringLiteral("Meeting")), QStringLiteral("Besprechung"));
}

QTEST_GUILESS_MAIN(TestStatusLabels)
#include "tst_statuslabels.moc"
