// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AdherenceLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdherenceLabels", text);
}

} // namespace

QString AdherenceLabels::category(const QString &category)
{
    if (category.isEmpty())
        return tr("Off shift");
    if (category == QLatin1String("OnQueueWork"))
        return tr("On queue work");
    if (category == QLatin1String("Break"))
        return tr("Break");
    if (category == QLatin1String("Meal"))
        return tr("Meal");
    if (category == QLatin1String("Meeting"))
        return tr("Meeting");
    if (category == QLatin1String("OffQueueWork"))
        return tr("Off queue work");
    if (category == QLatin1String("TimeOff"))
        return tr("Time off");
    if (category == QLatin1String("Training"))
        return tr("Training");
    if (category == QLatin1String("Unavailable"))
        return tr("Unavailable");
    if (category == QLatin1String("Unscheduled"))
        return tr("Not scheduled");
    return category;
}

QString AdherenceLabels::state(const QString &state)
{
    if (state == QLatin1String("InAdherence"))
        return tr("In adherence");
    if (state == QLatin1String("OutOfAdherence"))
        return tr("Out of adherence");
    if (state == QLatin1String("Unscheduled"))
        return tr("Not scheduled");
    if (state == QLatin1String("Unknown"))
        return tr("Unknown");
    if (state == QLatin1String("Ignored"))
        return tr("Ignored");
    if (state == QLatin1String("Explained"))
        return tr("Explained");
    return state;
}

QString AdherenceLabels::impact(const QString &impact)
{
    if (impact == QLatin1String("Positive"))
        return tr("Positive");
    if (impact == QLatin1String("Negative"))
        return tr("Negative");
    if (impact == QLatin1String("Neutral"))
        return tr("Neutral");
    if (impact == QLatin1String("Unknown"))
        return tr("Unknown");
    return impact;
}

QString AdherenceLabels::cell(const AgentAdherence &a)
{
    if (!a.isValid())
        return {};
    if (a.state == QLatin1String("Unscheduled"))
        return tr("Not scheduled");
    const QString scheduled = category(a.scheduledCategory);
    if (!a.isOut())
        return scheduled;
    if (!a.since.isValid())
        return tr("Out of adherence · %1").arg(scheduled);
    const QString since = QLocale().toString(a.since.toLocalTime().time(), QLocale::ShortFormat);
    // The time first and short: a narrow column elides the end; the tooltip has the whole sentence.
    return tr("Out since %1 · %2").arg(since, scheduled);
}

QString AdherenceLabels::stateSince(const AgentAdherence &a)
{
    if (!a.isOut() || !a.since.isValid())
        return state(a.state);
    return tr("Out of adherence since %1").arg(QLocale().toString(a.since.toLocalTime().time(), QLocale::ShortFormat));
}

QString AdherenceLabels::noPermission()
{
    return tr("No permission");
}

QString AdherenceLabels::noPermissionToolTip()
{
    return tr("Reading schedule adherence needs the permission %1.").arg(QStringLiteral("wfm:realtimeAdherence:view"));
}
