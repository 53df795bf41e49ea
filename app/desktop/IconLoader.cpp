// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktop/IconLoader.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

namespace {

// The neutral grey the action SVGs are drawn with; replaced by the palette's text colour.
const QByteArray kNeutralColour = QByteArrayLiteral("#4a5a6a");

QString fileNameFor(const QString &statusKey)
{
    // "OnQueue" -> "on_queue"
    QString out;
    for (const QChar c : statusKey) {
        if (c.isUpper() && !out.isEmpty())
            out += QLatin1Char('_');
        out += c.toLower();
    }
    out.remove(QLatin1Char(' '));
    return out;
}

} // namespace

QString IconLoader::statusIconPath(const QString &statusKey)
{
    const QString path = QStringLiteral(":/statusdesk/icons/status/") + fileNameFor(statusKey) + QStringLiteral(".svg");
    if (QFile::exists(path))
        return path;
    return QStringLiteral(":/statusdesk/icons/status/unknown.svg");
}

QIcon IconLoader::status(const QString &statusKey)
{
    return load(statusIconPath(statusKey));
}

QIcon IconLoader::action(const QString &name)
{
    return load(QStringLiteral(":/statusdesk/icons/actions/") + name + QStringLiteral(".svg"));
}

QIcon IconLoader::load(const QString &path)
{
    const QColor text = QApplication::palette().color(QPalette::WindowText);
    const QString cacheKey = path + text.name();
    static QHash<QString, QIcon> cache;
    const auto cached = cache.constFind(cacheKey);
    if (cached != cache.constEnd())
        return *cached;

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    svg.replace(kNeutralColour, text.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    // Pre-rendered sizes up to 4x of the common 16/24 px: crisp on high-DPI screens.
    for (const int size : {16, 24, 32, 48, 64, 96}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(pixmap);
    }
    cache.insert(cacheKey, icon);
    return icon;
}
