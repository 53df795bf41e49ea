// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/CoreLogging.h"
#include "core/Version.h"

#include <QRegularExpression>
#include <QTest>

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    void versionComesFromTheProject()
    {
        QCOMPARE(QStringLiteral(STATUSDESK_VERSION), QStringLiteral(STATUSDESK_PROJECT_VERSION));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"))
                    .match(QStringLiteral(STATUSDESK_VERSION))
                    .hasMatch());
    }

    void loggingCategoryIsNamedForTheModule()
    {
        QCOMPARE(QString::fromLatin1(lcCore().categoryName()), QStringLiteral("statusdesk.core"));
        QVERIFY(!lcCore().isDebugEnabled());
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
