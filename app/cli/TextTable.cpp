// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextTable.h"

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(m_headers.size());
    for (int i = 0; i < m_headers.size(); ++i)
        row.append(sanitized(cells.value(i)));
    m_rows.append(row);
}

QString TextTable::sanitized(const QString &cell)
{
    QString clean = cell;
    for (QChar &c : clean) {
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return clean;
}

QString TextTable::sanitizedLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = sanitized(line);
    return lines.join(QLatin1Char('\n'));
}

QString TextTable::toString() const
{
    QVector<int> widths;
    for (const QString &header : m_headers)
        widths.append(static_cast<int>(header.size()));
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), static_cast<int>(row.at(i).size()));
    }
    auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1String("  ");
            text += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i)) : cells.at(i);
        }
        return text + QLatin1Char('\n');
    };
    QString text = line(m_headers);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}
