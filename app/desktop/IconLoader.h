// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

// The console's SVG icons, rendered crisp at every device pixel ratio. Neutral strokes follow the
// palette's text colour so that the action icons stay visible on a dark palette.
class IconLoader
{
public:
    // statusKey: a StatusCatalogue key ("Available", "OnQueue", ...); unknown keys get the unknown icon.
    static QIcon status(const QString &statusKey);
    // name: a file name under icons/actions without ".svg" ("refresh", "verify", ...).
    static QIcon action(const QString &name);
    // The resource path of a status icon, e.g. ":/statusdesk/icons/status/on_queue.svg".
    static QString statusIconPath(const QString &statusKey);

private:
    static QIcon load(const QString &path);
};
