// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimLogRedaction.h"

#include <QRegularExpression>

#include <atomic>

namespace {

QtMessageHandler g_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = SimLogRedaction::redacted(message);
    if (g_previous)
        g_previous(type, context, clean);
}

} // namespace

void SimLogRedaction::install()
{
    static std::atomic_bool installed {false};
    if (installed.exchange(true))
        return;
    g_previous = qInstallMessageHandler(redactingHandler);
}

QString SimLogRedaction::redacted(const QString &message)
{
    // Cheap test first: nearly every message names no such header.
    if (!message.contains(QLatin1String("uthorization"), Qt::CaseInsensitive)
        && !message.contains(QLatin1String("cookie"), Qt::CaseInsensitive))
        return message;
    // The forms Qt prints: ("Authorization", "Bearer x") from a header list, and "Authorization: Bearer x".
    static const QRegularExpression header(
        QStringLiteral("((?:proxy-)?authorization|cookie)(\"?\\s*[:,=]\\s*\"?)([^\"\\r\\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString clean = message;
    clean.replace(header, QStringLiteral("\\1\\2<redacted>"));
    return clean;
}
