// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

int Translations::install(QCoreApplication *app, const QStringList &catalogues, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    int found = 0;
    // The translator installed last is asked first: install in reverse so that the first catalogue wins.
    for (auto it = catalogues.crbegin(); it != catalogues.crend(); ++it) {
        auto *translator = new QTranslator(app);
        if (translator->load(locale, *it, QStringLiteral("_"), QStringLiteral(":/i18n"))) {
            if (!translator->language().startsWith(QLatin1String("en")))
                ++found;
        } else if (!translator->load(QStringLiteral(":/i18n/") + *it + QStringLiteral("_en.qm"))) {
            delete translator;
            continue;
        }
        QCoreApplication::installTranslator(translator);
    }
    return found;
}
