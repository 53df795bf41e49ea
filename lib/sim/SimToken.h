// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// An access token the simulator issued.
struct SimToken
{
    QString value;
    QString clientId;
    QString userId; // the signed-in user of a PKCE token; empty for client credentials
    QStringList permissions; // empty: all
    QDateTime expires;
};
