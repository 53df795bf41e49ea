// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QMainWindow>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    // Qt's own strings first, then ours: both follow the system locale.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("statusdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StatusDesk"));
    QApplication::setOrganizationName(QStringLiteral(STATUSDESK_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(STATUSDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(STATUSDESK_APPLICATION_ID));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Live agent status console for Genesys Cloud"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("StatusDesk"));
    window.setCentralWidget(new QLabel(QApplication::translate("main", "StatusDesk")));
    window.show();
    return QApplication::exec();
}
