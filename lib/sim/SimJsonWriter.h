// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A minimal streaming JSON writer for the hot path (pages of users): members are appended in order,
// strings are escaped per RFC 8259. Callers keep objects balanced.
class SimJsonWriter
{
public:
    void beginObject();
    void endObject();
    void key(const char *name); // ASCII member names only
    void string(const QString &value);
    void number(qint64 value);
    void boolean(bool value);
    void member(const char *name, const QString &value)
    {
        key(name);
        string(value);
    }
    QByteArray take() { return std::exchange(m_out, QByteArray()); }

private:
    void separate();

    QByteArray m_out;
    bool m_needComma = false;
};
