// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"
#include "core/Version.h"
#include "desktop/AlreadyOpenDialog.h"
#include "desktop/AppSettings.h"
#include "desktop/InstanceGuard.h"
#include "desktop/MainWindow.h"
#include "desktop/RosterPaintProbe.h"
#include "desktop/ScreenshotTour.h"
#include "desktop/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

namespace {

// The demo organisation from the environment of scripts/run-demo (or a simulator started here).
AppSettings::StoredProfile demoProfile(const QString &apiBase)
{
    const Profile env = Profile::fromEnvironment();
    AppSettings::StoredProfile stored = AppSettings::demoProfile(apiBase.isEmpty() ? env.apiBase : QUrl(apiBase));
    stored.profile.protocol = env.protocol;
    if (!env.clientId.isEmpty())
        stored.profile.clientId = env.clientId;
    stored.profile.webhookUrl = env.webhookUrl;
    return stored;
}

// The audit history this run will write: the remembered profile's, or the default one.
QString auditLocationFor(const AppSettings &settings, const QString &profileName)
{
    if (!profileName.isEmpty() && settings.hasProfile(profileName))
        return settings.profile(profileName).profile.effectiveAuditLocation();
    return Profile::defaultAuditLocation();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("StatusDesk"));
    QApplication::setOrganizationName(QStringLiteral(STATUSDESK_ORGANIZATION));
    QApplication::setApplicationVersion(QStringLiteral(STATUSDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(STATUSDESK_APPLICATION_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/statusdesk/icons/app/statusdesk.svg")));
    Translations::install(&app, {QStringLiteral("statusdesk")});

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Live agent status console for Genesys Cloud"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main",
            "Sign in to the demo organisation (the simulator at "
            "STATUSDESK_API_BASE, or one started here)."));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
        QApplication::translate("main", "Sign in to the simulator at <url>."), QStringLiteral("url"));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QApplication::translate("main", "Sign in with the remembered profile <name>."), QStringLiteral("name"));
    QCommandLineOption tour(QStringLiteral("screenshot-tour"),
        QApplication::translate("main", "Write screenshots of every view into <dir>, then quit."),
        QStringLiteral("dir"));
    tour.setFlags(QCommandLineOption::HiddenFromHelp);
    // For scripts/screenshots only, hidden: not translated.
    QCommandLineOption tourSize(QStringLiteral("screenshot-size"),
        QStringLiteral("Window size of the tour, WIDTHxHEIGHT."), QStringLiteral("size"));
    tourSize.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tourDark(QStringLiteral("screenshot-dark"), QStringLiteral("A dark palette for the tour."));
    tourDark.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tourSuffix(QStringLiteral("screenshot-suffix"),
        QStringLiteral("Only the main window and change dialog, named with this suffix."), QStringLiteral("suffix"));
    tourSuffix.setFlags(QCommandLineOption::HiddenFromHelp);
    // For the benchmarks only, hidden: not translated.
    QCommandLineOption exitWhenPainted(QStringLiteral("exit-when-painted"),
        QStringLiteral("Once the roster is painted, print the time and peak memory, then quit."));
    exitWhenPainted.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, apiBase, profile, tour, tourSize, tourDark, tourSuffix, exitWhenPainted});
    parser.process(app);

    AppSettings settings;
    const QString profileName = parser.isSet(profile)   ? parser.value(profile)
        : (parser.isSet(demo) || parser.isSet(apiBase)) ? QString()
                                                        : settings.value(AppSettings::Key::LastProfile).toString();
    const QString auditLocation = auditLocationFor(settings, profileName);
    InstanceGuard guard(auditLocation);
    if (!guard.claim()) {
        AlreadyOpenDialog(guard, auditLocation).run();
        return 0;
    }
    SecretStore secrets;
    MainWindow window(&settings, &secrets);
    QObject::connect(&guard, &InstanceGuard::raiseRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    if (parser.isSet(tour)) {
        ScreenshotTour::Options options;
        const QStringList size = parser.value(tourSize).split(QLatin1Char('x'));
        if (size.size() == 2 && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
            options.size = QSize(size.at(0).toInt(), size.at(1).toInt());
        options.dark = parser.isSet(tourDark);
        options.suffix = parser.value(tourSuffix);
        new ScreenshotTour(&window, parser.value(tour), options);
    }
    if (parser.isSet(exitWhenPainted))
        new RosterPaintProbe(&window);
    // Scripted runs (benchmarks, screenshots) have no one to answer the scope question: they show the
    // whole organisation, as an unattended console does.
    if (parser.isSet(exitWhenPainted) || parser.isSet(tour))
        window.setAskScopeOnSignIn(false);
    if (parser.isSet(demo) || parser.isSet(exitWhenPainted) || parser.isSet(tour))
        window.setAuditKeychainUsed(false);
    window.show();

    if (parser.isSet(demo) || parser.isSet(apiBase)) {
        const Profile env = Profile::fromEnvironment();
        const QString secret = env.clientSecret.isEmpty() ? QStringLiteral("statusdesk-demo-secret") : env.clientSecret;
        window.startSession(demoProfile(parser.value(apiBase)), secret, env.webhookSecret);
    } else if (parser.isSet(profile)) {
        window.signInWithProfile(parser.value(profile));
    } else {
        const QString last = settings.value(AppSettings::Key::LastProfile).toString();
        if (!last.isEmpty() && settings.hasProfile(last))
            window.signInWithProfile(last);
        else
            window.showSignIn();
    }
    return QApplication::exec();
}
