// SPDX-License-Identifier: GPL-3.0-or-later
#include "service/DayLogEntry.h"

QString DayLogEntry::kindName(Kind kind)
{
    return kind == Kind::Status ? QStringLiteral("status") : QStringLiteral("scheduled");
}

QJsonObject DayLogEntry::toJson() const
{
    QJsonObject o {{QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("agent_id"), agentId}, {QStringLiteral("agent_name"), agentName},
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("value"), value}, {QStringLiteral("source"), source}};
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    return o;
}

bool DayLogEntry::fromJson(const QJsonObject &o, DayLogEntry *out)
{
    DayLogEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    e.agentId = o.value(QStringLiteral("agent_id")).toString();
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (!e.time.isValid() || e.agentId.isEmpty())
        return false;
    if (kind == QLatin1String("status"))
        e.kind = Kind::Status;
    else if (kind == QLatin1String("scheduled"))
        e.kind = Kind::Scheduled;
    else
        return false;
    e.time = e.time.toUTC();
    e.agentName = o.value(QStringLiteral("agent_name")).toString();
    e.value = o.value(QStringLiteral("value")).toString();
    e.label = o.value(QStringLiteral("label")).toString();
    e.source = o.value(QStringLiteral("source")).toString();
    *out = e;
    return true;
}
