// SPDX-License-Identifier: GPL-3.0-or-later
#include "webhook/WebhookDelivery.h"

#include <QCoreApplication>

QString WebhookDelivery::stateLabel(State state)
{
    switch (state) {
    case State::Pending:
        return QCoreApplication::translate("WebhookDelivery", "Pending");
    case State::Delivered:
        return QCoreApplication::translate("WebhookDelivery", "Delivered");
    case State::Dead:
        return QCoreApplication::translate("WebhookDelivery", "Dead letter");
    }
    return QString();
}

QString WebhookDelivery::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Delivered:
        return QStringLiteral("delivered");
    case State::Dead:
        return QStringLiteral("dead");
    }
    return QString();
}

WebhookDelivery::State WebhookDelivery::stateFromName(const QString &name)
{
    if (name == QLatin1String("delivered"))
        return State::Delivered;
    if (name == QLatin1String("dead"))
        return State::Dead;
    return State::Pending;
}
