// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/StatusLabels.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

// The names keep the translation context they were first translated in ("AgentTableModel"), so the
// catalogues need no new entries for them.
namespace {

constexpr const char *kContext = "AgentTableModel";

} // namespace

StatusLabels::StatusLabels(const StatusCatalogue &catalogue, const QString &locale)
    : m_catalogue(catalogue)
    , m_locale(locale)
{
}

QString StatusLabels::status(const QString &statusKey) const
{
    if (statusKey.isEmpty())
        return QCoreApplication::translate("AgentTableModel", "Unknown");
    const QString fromServer = m_catalogue.label(statusKey, m_locale);
    // The server's label only when it has one in the UI language; our own translation otherwise.
    if (!fromServer.isEmpty() && fromServer != statusKey && !m_locale.startsWith(QLatin1String("en")))
        return fromServer;
    const QString own = statusName(statusKey);
    return own.isEmpty() ? (fromServer.isEmpty() ? statusKey : fromServer) : own;
}

QString StatusLabels::statusName(const QString &statusKey)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("Available"), QT_TRANSLATE_NOOP("AgentTableModel", "Available")},
        {QStringLiteral("OnQueue"), QT_TRANSLATE_NOOP("AgentTableModel", "On Queue")},
        {QStringLiteral("Break"), QT_TRANSLATE_NOOP("AgentTableModel", "Break")},
        {QStringLiteral("Meal"), QT_TRANSLATE_NOOP("AgentTableModel", "Meal")},
        {QStringLiteral("Away"), QT_TRANSLATE_NOOP("AgentTableModel", "Away")},
        {QStringLiteral("Busy"), QT_TRANSLATE_NOOP("AgentTableModel", "Busy")},
        {QStringLiteral("Meeting"), QT_TRANSLATE_NOOP("AgentTableModel", "Meeting")},
        {QStringLiteral("Training"), QT_TRANSLATE_NOOP("AgentTableModel", "Training")},
        {QStringLiteral("Offline"), QT_TRANSLATE_NOOP("AgentTableModel", "Offline")},
        {QStringLiteral("Idle"), QT_TRANSLATE_NOOP("AgentTableModel", "Idle")},
    };
    const auto it = names.constFind(statusKey);
    if (it == names.constEnd())
        return {};
    return QCoreApplication::translate(kContext, *it);
}

QString StatusLabels::routing(const QString &routingStatus)
{
    struct Name
    {
        const char *source;
        const char *comment;
    };
    static const QHash<QString, Name> names = {
        {QStringLiteral("OFF_QUEUE"), {QT_TRANSLATE_NOOP("AgentTableModel", "Off queue"), nullptr}},
        // Routing Idle (waiting for an interaction) is not the presence Idle: the comment tells them apart.
        {QStringLiteral("IDLE"), QT_TRANSLATE_NOOP3("AgentTableModel", "Idle", "routing status")},
        {QStringLiteral("INTERACTING"), {QT_TRANSLATE_NOOP("AgentTableModel", "Interacting"), nullptr}},
        {QStringLiteral("NOT_RESPONDING"), {QT_TRANSLATE_NOOP("AgentTableModel", "Not responding"), nullptr}},
        {QStringLiteral("COMMUNICATING"), {QT_TRANSLATE_NOOP("AgentTableModel", "Communicating"), nullptr}},
    };
    const auto it = names.constFind(routingStatus);
    if (it == names.constEnd())
        return routingStatus;
    return QCoreApplication::translate(kContext, it->source, it->comment);
}

QString StatusLabels::reason(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("ReadyForCalls"), QT_TRANSLATE_NOOP("StatusLabels", "Ready for calls")},
        {QStringLiteral("EndOfShift"), QT_TRANSLATE_NOOP("StatusLabels", "End of shift")},
        {QStringLiteral("Coffee"), QT_TRANSLATE_NOOP("StatusLabels", "Coffee")},
        {QStringLiteral("Lunch"), QT_TRANSLATE_NOOP("StatusLabels", "Lunch")},
        {QStringLiteral("Coaching"), QT_TRANSLATE_NOOP("StatusLabels", "Coaching")},
        {QStringLiteral("Sick"), QT_TRANSLATE_NOOP("StatusLabels", "Sick")},
        {QStringLiteral("SystemIssue"), QT_TRANSLATE_NOOP("StatusLabels", "System issue")},
        {QStringLiteral("Personal"), QT_TRANSLATE_NOOP("StatusLabels", "Personal")},
    };
    const auto it = names.constFind(code);
    if (it != names.constEnd())
        return QCoreApplication::translate("StatusLabels", *it);
    // An organisation's own code: words where it is written in CamelCase, as it is otherwise.
    static const QRegularExpression camel(QStringLiteral("^[A-Z][a-z]+([A-Z][a-z]+)+$"));
    if (!camel.match(code).hasMatch())
        return code;
    QString words;
    for (const QChar c : code) {
        if (c.isUpper() && !words.isEmpty()) {
            words += QLatin1Char(' ');
            words += c.toLower();
        } else {
            words += c;
        }
    }
    return words;
}
