// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("statusdesk-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral(STATUSDESK_ORGANIZATION));
    QCoreApplication::setApplicationVersion(QStringLiteral(STATUSDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Headless StatusDesk: agents, status changes, audit and webhooks"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
