// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/StatusCatalogue.h"

#include <QString>

// The one place that turns a status key or a routing value into the text a lead reads: the
// server's label where it has one in the UI language, StatusDesk's own translation otherwise, and
// the raw value as the last resort. A small value: the roster model, the dialogs and the panels
// each hold a copy of the one built at sign-in.
class StatusLabels
{
public:
    // Without a catalogue: StatusDesk's own translations only.
    StatusLabels() = default;
    // locale: the UI language ("de", "fr_FR", ...); English prefers StatusDesk's own names.
    StatusLabels(const StatusCatalogue &catalogue, const QString &locale);

    // "OnQueue" -> "On Queue" (or the server's "En cola"); "Unknown" for an empty key.
    QString status(const QString &statusKey) const;
    // "OFF_QUEUE" -> "Off queue"; an unknown value as it is.
    static QString routing(const QString &routingStatus);
    // A reason code as words: "ReadyForCalls" -> "Ready for calls" (translated for the Status API's
    // codes, split at the capitals for the organisation's own); empty for an empty code.
    static QString reason(const QString &code);
    // StatusDesk's own translated name of a canonical status key; empty when it has none.
    static QString statusName(const QString &statusKey);

    const StatusCatalogue &catalogue() const { return m_catalogue; }
    QString locale() const { return m_locale; }

private:
    StatusCatalogue m_catalogue;
    QString m_locale = QStringLiteral("en");
};
