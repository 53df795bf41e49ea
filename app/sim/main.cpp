// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("statusdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A Genesys Cloud simulator for StatusDesk"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
