// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// A plain-text table for a terminal: a header line, then one line per row, columns padded to the
// widest cell. Control characters in server data are replaced, so that a name cannot move the cursor,
// and so are the invisible format characters (bidi overrides such as U+202E, zero-width marks), so
// that a name cannot show other text than it holds.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    void addRow(const QStringList &cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    QString toString() const;

    static QString sanitized(const QString &cell);
    // The same for a message of several lines: the line breaks stay.
    static QString sanitizedLines(const QString &text);

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
};
