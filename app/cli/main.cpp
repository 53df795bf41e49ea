// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliParser.h"
#include "CliRunner.h"
#include "ExitCode.h"
#include "TextTable.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("statusdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(STATUSDESK_ORGANIZATION));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSDESK_VERSION));
    // Messages follow LANG / LC_ALL / LC_MESSAGES; --json and the exit codes do not.
    Translations::install(&app, {QStringLiteral("statusdesk-cli"), QStringLiteral("statusdesk")});

    // A command line tool speaks through its output and exit code; progress notes only on request.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("statusdesk.*.info=false"));

    CliParser parser;
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (parser.parse(QCoreApplication::arguments(), Profile::fromEnvironment())) {
    case CliParser::Result::Help:
        out << parser.helpText();
        return ExitCode::Done;
    case CliParser::Result::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitCode::Done;
    case CliParser::Result::Error:
        err << QCoreApplication::applicationName() << ": " << TextTable::sanitizedLines(parser.errorText()) << '\n';
        return ExitCode::Usage;
    case CliParser::Result::Ok:
        break;
    }

    CliRunner runner(parser.invocation());
    QObject::connect(&runner, &CliRunner::done, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return QCoreApplication::exec();
}
