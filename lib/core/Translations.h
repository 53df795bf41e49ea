// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Installs the translators of an executable for a locale: Qt's own catalogue (qtbase_<lang>.qm from
// the system's Qt translations, so that shortcuts read "Strg+1" in German) first, then StatusDesk's
// catalogues from the resources (:/i18n/<name>_<lang>.qm). The English catalogues carry the plural
// forms and stand in for the "C" locale and for languages without a catalogue.
class Translations
{
public:
    // catalogues: e.g. {"statusdesk"} for the console, {"statusdesk-cli", "statusdesk"} for the CLI.
    // Returns how many of StatusDesk's catalogues were found in the locale's language (not English).
    static int install(QCoreApplication *app, const QStringList &catalogues, const QLocale &locale = QLocale());
};
