// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

#include <QTest>

// Server text in the CLI's tables and messages: nothing that moves the cursor, rings, retitles the
// terminal or reorders what is shown.
class TestTextTable : public QObject
{
    Q_OBJECT

private slots:
    void sanitized_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Ana Souza") << QStringLiteral("Ana Souza");
        QTest::newRow("escape") << QStringLiteral("A\x1b[2Jna") << QStringLiteral("A [2Jna");
        QTest::newRow("bell and tab") << QStringLiteral("a\ab\tc") << QStringLiteral("a b c");
        QTest::newRow("bidi override") << QStringLiteral(u"evil\u202Etxt.exe") << QStringLiteral("evil txt.exe");
        QTest::newRow("isolates") << QStringLiteral(u"\u2066x\u2069") << QStringLiteral(" x ");
        QTest::newRow("zero width") << QStringLiteral(u"a\u200Bb") << QStringLiteral("a b");
        QTest::newRow("line separator") << QStringLiteral(u"a\u2028b") << QStringLiteral("a b");
        QTest::newRow("c1 control") << QStringLiteral(u"a\u009Bb") << QStringLiteral("a b");
        QTest::newRow("accents stay") << QStringLiteral(u"José Müller 李") << QStringLiteral(u"José Müller 李");
    }

    void sanitized()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TextTable::sanitized(text), expected);
        TextTable table({QStringLiteral("name")});
        table.addRow({text});
        QCOMPARE(table.toString(), QStringLiteral("name\n") + expected + QLatin1Char('\n'));
    }

    void linesKeepTheirBreaks()
    {
        QCOMPARE(TextTable::sanitizedLines(QStringLiteral(u"first\x1b]0;x\a\nsecond\u202E")),
            QStringLiteral("first ]0;x \nsecond "));
    }
};

QTEST_GUILESS_MAIN(TestTextTable)
#include "tst_texttable.moc"
