// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatusCatalogue.h"
#include "core/TransitionRules.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

namespace {

using Types = QVector<RuleViolation::Type>;

StatusChange change(const QString &from, const QString &to, const QString &reason = QString())
{
    StatusChange c;
    c.agentId = QStringLiteral("a1");
    c.agentName = QStringLiteral("Ana Souza");
    c.team = QStringLiteral("Billing");
    c.fromStatus = from;
    c.toStatus = to;
    c.reason = reason;
    return c;
}

Types typesOf(const RuleViolations &violations)
{
    Types types;
    for (const RuleViolation &violation : violations)
        types.append(violation.type);
    return types;
}

QString dataFile(const QString &name)
{
    return QStringLiteral(STATUSDESK_TEST_DATA_DIR "/rules/") + name;
}

} // namespace

class TestTransitionRules : public QObject
{
    Q_OBJECT

private slots:
    void defaultsFollowTheDesign()
    {
        const TransitionRules rules = TransitionRules::defaults();
        QCOMPARE(rules.statuses().size(), 10);
        QCOMPARE(rules.allowedTargets(QStringLiteral("Offline")),
            (QStringList {QStringLiteral("Available"), QStringLiteral("OnQueue")}));
        QVERIFY(!rules.isAllowed(QStringLiteral("OnQueue"), QStringLiteral("Busy")));
        QVERIFY(rules.isAllowed(QStringLiteral("Available"), QStringLiteral("Busy")));
        QCOMPARE(rules.capacity(QStringLiteral("Break")), 2);
        QCOMPARE(rules.capacity(QStringLiteral("Meal")), 3);
        QCOMPARE(rules.capacity(QStringLiteral("Available")), -1);
        QVERIFY(rules.reasonRequired(QStringLiteral("Available"), QStringLiteral("Offline")));
        QVERIFY(rules.reasonRequired(QStringLiteral("Available"), QStringLiteral("Away")));
        QVERIFY(rules.reasonRequired(QStringLiteral("Available"), QStringLiteral("Busy")));
        QVERIFY(rules.reasonRequired(QStringLiteral("OnQueue"), QStringLiteral("Available")));
        QVERIFY(!rules.reasonRequired(QStringLiteral("Available"), QStringLiteral("Break")));
        QVERIFY(!rules.reasonRequired(QStringLiteral("Break"), QStringLiteral("OnQueue")));
        QCOMPARE(rules.reasons(), StatusCatalogue::defaultReasonCodes());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("onBreak");
        QTest::addColumn<Types>("expected");

        using T = RuleViolation::Type;
        QTest::newRow("allowed") << "Available"
                                 << "Break"
                                 << "" << 0 << Types {};
        QTest::newRow("allowed with reason") << "Available"
                                             << "Offline"
                                             << "EndOfShift" << 0 << Types {};
        QTest::newRow("not allowed") << "OnQueue"
                                     << "Busy"
                                     << "Coffee" << 0 << Types {T::NotAllowed};
        QTest::newRow("same status") << "Break"
                                     << "Break"
                                     << "" << 0 << Types {T::NotAllowed};
        QTest::newRow("unknown target") << "Available"
                                        << "Napping"
                                        << "" << 0 << Types {T::UnknownStatus};
        QTest::newRow("unknown current") << "Lost"
                                         << "Available"
                                         << "" << 0 << Types {T::UnknownStatus};
        QTest::newRow("unknown reason") << "Available"
                                        << "Break"
                                        << "Siesta" << 0 << Types {T::UnknownReason};
        QTest::newRow("reason required for target") << "Available"
                                                    << "Away"
                                                    << "" << 0 << Types {T::ReasonRequired};
        QTest::newRow("reason required off queue") << "OnQueue"
                                                   << "Available"
                                                   << "" << 0 << Types {T::ReasonRequired};
        QTest::newRow("blank reason is no reason") << "Available"
                                                   << "Busy"
                                                   << "" << 0 << Types {T::ReasonRequired};
        QTest::newRow("capacity free") << "Available"
                                       << "Break"
                                       << "" << 1 << Types {};
        QTest::newRow("capacity reached") << "Available"
                                          << "Break"
                                          << "" << 2 << Types {T::CapacityReached};
        QTest::newRow("capacity over") << "Available"
                                       << "Break"
                                       << "" << 5 << Types {T::CapacityReached};
        QTest::newRow("every refusal at once") << "OnQueue"
                                               << "Busy"
                                               << "" << 0 << Types {T::NotAllowed, T::ReasonRequired};
        QTest::newRow("off queue to full break without known reason")
            << "OnQueue"
            << "Break"
            << "Nap" << 2 << Types {T::UnknownReason, T::CapacityReached};
    }

    void validate()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, reason);
        QFETCH(int, onBreak);
        QFETCH(Types, expected);

        const TransitionRules rules = TransitionRules::defaults();
        QHash<QString, int> counts {{QStringLiteral("Break"), onBreak}, {QStringLiteral("Available"), 7}};
        const RuleViolations violations = rules.validate(change(from, to, reason), counts);
        QCOMPARE(typesOf(violations), expected);
        for (const RuleViolation &violation : violations)
            QVERIFY2(!violation.message.isEmpty(), qPrintable(violation.typeName()));
    }

    void validateUsesTheServerCatalogue()
    {
        const TransitionRules rules = TransitionRules::defaults();
        StatusCatalogue catalogue;
        catalogue.addStatus(QStringLiteral("Available"));
        catalogue.addStatus(QStringLiteral("OnQueue"));
        catalogue.setReasons({QStringLiteral("Coffee")});
        QCOMPARE(typesOf(rules.validate(change(QStringLiteral("Available"), QStringLiteral("Break")), {}, &catalogue)),
            Types {RuleViolation::Type::UnknownStatus});
        QCOMPARE(typesOf(rules.validate(
                     change(QStringLiteral("OnQueue"), QStringLiteral("Available"), QStringLiteral("Lunch")), {},
                     &catalogue)),
            Types {RuleViolation::Type::UnknownReason});
        QVERIFY(rules
                    .validate(change(QStringLiteral("OnQueue"), QStringLiteral("Available"), QStringLiteral("Coffee")),
                        {}, &catalogue)
                    .isEmpty());
    }

    void messagesNameTheProblem()
    {
        const TransitionRules rules = TransitionRules::defaults();
        const RuleViolations violations = rules.validate(
            change(QStringLiteral("Available"), QStringLiteral("Break")), {{QStringLiteral("Break"), 2}});
        QCOMPARE(violations.size(), 1);
        QVERIFY(violations.first().message.contains(QLatin1String("Billing")));
        QVERIFY(violations.first().message.contains(QLatin1String("2")));
        QCOMPARE(violations.first().typeName(), QStringLiteral("capacity_reached"));
        const RuleViolations notAllowed
            = rules.validate(change(QStringLiteral("Offline"), QStringLiteral("Break")), {});
        QCOMPARE(notAllowed.size(), 1);
        QVERIFY(notAllowed.first().message.contains(QLatin1String("Available, OnQueue")));
    }

    void typeNames_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("not_allowed") << int(RuleViolation::Type::NotAllowed) << "not_allowed";
        QTest::newRow("unknown_status") << int(RuleViolation::Type::UnknownStatus) << "unknown_status";
        QTest::newRow("unknown_reason") << int(RuleViolation::Type::UnknownReason) << "unknown_reason";
        QTest::newRow("reason_required") << int(RuleViolation::Type::ReasonRequired) << "reason_required";
        QTest::newRow("capacity_reached") << int(RuleViolation::Type::CapacityReached) << "capacity_reached";
        QTest::newRow("queue_minimum") << int(RuleViolation::Type::QueueMinimum) << "queue_minimum";
    }

    // The queues section: a minimum of active agents per queue (by id or name) and the actions that
    // need a reason; malformed sections are refused and the previous rules stay.
    void queueRules()
    {
        const QByteArray base("{\"statuses\": [\"Available\"], \"transitions\": {}, \"reasons\": [\"Coaching\"],\n");
        TransitionRules rules;
        TransitionRules::LoadError error;
        QVERIFY2(rules.load(base
                         + "\"queues\": {\"minimumActive\": {\"q-billing\": 2, \"General\": 0}, "
                           "\"reasonRequired\": [\"deactivate\"]}}",
                     &error),
            qPrintable(error.toString()));
        QCOMPARE(rules.queueMinimum(QStringLiteral("q-billing")), 2);
        QCOMPARE(rules.queueMinimum(QStringLiteral("q-general"), QStringLiteral("General")), 0);
        QCOMPARE(rules.queueMinimum(QStringLiteral("q-other"), QStringLiteral("Other")), -1);
        QVERIFY(rules.queueReasonRequired(false));
        QVERIFY(!rules.queueReasonRequired(true));

        using T = RuleViolation::Type;
        // Three active, this one included: leaving two keeps the minimum of two.
        QCOMPARE(typesOf(rules.validateQueueChange(
                     QStringLiteral("q-billing"), QString(), false, QStringLiteral("Coaching"), 3)),
            Types {});
        QCOMPARE(typesOf(rules.validateQueueChange(
                     QStringLiteral("q-billing"), QString(), false, QStringLiteral("Coaching"), 2)),
            Types {T::QueueMinimum});
        QCOMPARE(typesOf(rules.validateQueueChange(QStringLiteral("q-billing"), QString(), false, QString(), 2)),
            (Types {T::ReasonRequired, T::QueueMinimum}));
        // Activating never falls under the minimum and needs no reason here; an unknown code is refused.
        QCOMPARE(
            typesOf(rules.validateQueueChange(QStringLiteral("q-billing"), QString(), true, QString(), 0)), Types {});
        QCOMPARE(
            typesOf(rules.validateQueueChange(QStringLiteral("q-billing"), QString(), true, QStringLiteral("Nap"), 0)),
            Types {T::UnknownReason});
        QVERIFY(rules
                    .validateQueueChange(
                        QStringLiteral("q-billing"), QStringLiteral("Billing"), false, QStringLiteral("Coaching"), 1)
                    .first()
                    .message.contains(QLatin1String("Billing")));

        const QList<QPair<QByteArray, QString>> bad {
            {"\"queues\": []}", QStringLiteral("\"queues\" must be an object")},
            {"\"queues\": {\"minimum\": {}}}", QStringLiteral("unknown key \"minimum\"")},
            {"\"queues\": {\"minimumActive\": {\"q\": -1}}}", QStringLiteral("whole number")},
            {"\"queues\": {\"minimumActive\": {\"q\": 1.5}}}", QStringLiteral("whole number")},
            {"\"queues\": {\"minimumActive\": []}}", QStringLiteral("map queues")},
            {"\"queues\": {\"reasonRequired\": [\"join\"]}}", QStringLiteral("activate")},
            {"\"queues\": {\"reasonRequired\": \"deactivate\"}}", QStringLiteral("activate")},
        };
        for (const auto &[json, reason] : bad) {
            TransitionRules kept = rules;
            QVERIFY2(!kept.load(base + json, &error), json.constData());
            QVERIFY2(error.reason.contains(reason), qPrintable(error.toString()));
            QCOMPARE(error.line, 2);
            QCOMPARE(kept.queueMinimum(QStringLiteral("q-billing")), 2);
        }
    }

    void typeNames()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        QCOMPARE(RuleViolation::typeName(static_cast<RuleViolation::Type>(type)), name);
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reasonContains");

        QTest::newRow("empty") << QByteArray() << 1 << 1 << "malformed";
        QTest::newRow("not an object") << QByteArray("\n  [1, 2]") << 2 << 3 << "object";
        QTest::newRow("trailing comma") << QByteArray("{\n  \"statuses\": [\"Available\",],\n  \"transitions\": {}\n}")
                                        << 2 << 29 << "malformed";
        QTest::newRow("unknown key") << QByteArray(
            "{\"statuses\": [\"Available\"],\n \"transitions\": {},\n \"capacty\": {}}")
                                     << 3 << 2 << "capacty";
        QTest::newRow("missing transitions")
            << QByteArray("{\"statuses\": [\"Available\"]}") << 1 << 1 << "transitions";
        QTest::newRow("statuses not a list")
            << QByteArray("{\"statuses\": 3, \"transitions\": {}}") << 1 << 2 << "statuses";
        QTest::newRow("not a status") << QByteArray(
            "{\"statuses\": [\"Available\",\n \"Napping\"], \"transitions\": {}}")
                                      << 2 << 2 << "Napping";
        QTest::newRow("status twice") << QByteArray("{\"statuses\": [\"Break\", \"Break\"], \"transitions\": {}}") << 1
                                      << 24 << "twice";
        QTest::newRow("transition from undeclared")
            << QByteArray("{\"statuses\": [\"Available\"],\n\"transitions\": {\n  \"Break\": [\"Available\"]}}") << 3
            << 3 << "Break";
        QTest::newRow("transition to undeclared")
            << QByteArray("{\"statuses\": [\"Available\", \"Break\"],\n\"transitions\": {\"Available\": [\"Meal\"]}}")
            << 2 << 31 << "Meal";
        QTest::newRow("transition to itself") << QByteArray(
            "{\"statuses\": [\"Available\", \"Break\"],\n\"transitions\": {\"Break\": [\"Available\", \"Break\"]}}")
                                              << 2 << 40 << "itself";
        QTest::newRow("capacity negative")
            << QByteArray("{\"statuses\": [\"Break\"], \"transitions\": {},\n\"capacity\": {\"Break\": -1}}") << 2 << 14
            << "whole number";
        QTest::newRow("capacity fraction")
            << QByteArray("{\"statuses\": [\"Break\"], \"transitions\": {},\n\"capacity\": {\"Break\": 1.5}}") << 2
            << 14 << "whole number";
        QTest::newRow("capacity beyond int")
            << QByteArray("{\"statuses\": [\"Break\"], \"transitions\": {},\n\"capacity\": {\"Break\": 1e20}}") << 2
            << 14 << "whole number";
        QTest::newRow("capacity of undeclared")
            << QByteArray("{\"statuses\": [\"Break\"], \"transitions\": {},\n\"capacity\": {\"Meal\": 1}}") << 2 << 14
            << "Meal";
        QTest::newRow("reasonRequired unknown key")
            << QByteArray("{\"statuses\": [\"Break\"], \"transitions\": {},\n\"reasonRequired\": {\"always\": []}}")
            << 2 << 20 << "always";
        QTest::newRow("reasonRequired undeclared") << QByteArray(
            "{\"statuses\": [\"Break\"], \"transitions\": {},\n\"reasonRequired\": {\"targets\": "
            "[\"Away\"]}}") << 2 << 32 << "Away";
        QTest::newRow("reason code empty")
            << QByteArray("{\"statuses\": [\"Break\"], \"transitions\": {},\n\"reasons\": [\"\"]}") << 2 << 1
            << "reasons";
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reasonContains);

        TransitionRules rules = TransitionRules::defaults();
        TransitionRules::LoadError error;
        QVERIFY(!rules.load(json, &error));
        QVERIFY2(error.reason.contains(reasonContains), qPrintable(error.reason));
        QCOMPARE(error.line, line);
        QCOMPARE(error.column, column);
        QVERIFY(error.toString().startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
        // The previous rules stay in force.
        QCOMPARE(rules.statuses().size(), 10);
        QCOMPARE(rules.capacity(QStringLiteral("Break")), 2);
    }

    void loadsFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("line");
        QTest::newRow("small") << "small.json" << true << 0;
        QTest::newRow("inconsistent") << "inconsistent-target.json" << false << 4;
        QTest::newRow("truncated") << "truncated.json" << false << 5;
        QTest::newRow("missing") << "no-such-file.json" << false << 0;
    }

    void loadsFiles()
    {
        QFETCH(QString, file);
        QFETCH(bool, ok);
        QFETCH(int, line);

        TransitionRules rules = TransitionRules::defaults();
        TransitionRules::LoadError error;
        QCOMPARE(rules.loadFile(dataFile(file), &error), ok);
        if (ok) {
            QCOMPARE(rules.statuses().size(), 3);
            QCOMPARE(rules.capacity(QStringLiteral("Break")), 1);
            QVERIFY(rules.reasons().isEmpty());
            QVERIFY(!rules.reasonRequired(QStringLiteral("OnQueue"), QStringLiteral("Available")));
        } else {
            QCOMPARE(error.line, line);
            QVERIFY(!error.reason.isEmpty());
            QCOMPARE(rules.statuses().size(), 10);
        }
    }

    void emptyRulesAllowNothing()
    {
        const TransitionRules rules;
        QVERIFY(rules.isEmpty());
        QCOMPARE(typesOf(rules.validate(change(QStringLiteral("Available"), QStringLiteral("Break")), {})),
            (Types {RuleViolation::Type::UnknownStatus, RuleViolation::Type::UnknownStatus}));
    }

    // 300,000 reason codes (about 3 MB) used to take over a minute: each was looked up in a list.
    void manyReasonsLoadInLinearTime()
    {
        QByteArray json = R"({"statuses":["Available","Break"],"transitions":{"Available":["Break"]},"reasons":[)";
        constexpr int count = 300000;
        for (int i = 0; i < count; ++i)
            json += (i ? ",\"" : "\"") + QByteArray::number(i) + "\"";
        json += "]}";
        QElapsedTimer elapsed;
        elapsed.start();
        TransitionRules rules;
        TransitionRules::LoadError error;
        QVERIFY2(rules.load(json, &error), qPrintable(error.toString()));
        QCOMPARE(rules.reasons().size(), count);
        qInfo() << json.size() << "bytes," << count << "reasons loaded in" << elapsed.elapsed() << "ms";
        QVERIFY2(elapsed.elapsed() < 5000, qPrintable(QString::number(elapsed.elapsed())));
        // A duplicate among them is still found, and named.
        json.chop(2);
        json += ",\"4711\"]}";
        QVERIFY(!rules.load(json, &error));
        QVERIFY2(error.reason.contains(QLatin1String("4711")), qPrintable(error.reason));
    }

    void oversizedFileIsRefusedUnread()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QVERIFY(file.resize(TransitionRules::MaxFileBytes + 1));
        file.close();
        TransitionRules rules;
        TransitionRules::LoadError error;
        QVERIFY(!rules.loadFile(file.fileName(), &error));
        QVERIFY2(error.reason.contains(QString::number(TransitionRules::MaxFileBytes)), qPrintable(error.reason));
    }

    void shippedFileIsTheDefault()
    {
        QFile source(QStringLiteral(STATUSDESK_SOURCE_DIR "/resources/rules/default-rules.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QFile embedded(TransitionRules::defaultRulesPath());
        QVERIFY(embedded.open(QIODevice::ReadOnly));
        QCOMPARE(embedded.readAll(), source.readAll());
    }
};

QTEST_GUILESS_MAIN(TestTransitionRules)
#include "tst_transitionrules.moc"
