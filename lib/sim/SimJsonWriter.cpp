// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/SimJsonWriter.h"

void SimJsonWriter::separate()
{
    if (m_needComma)
        m_out += ',';
}

void SimJsonWriter::beginObject()
{
    separate();
    m_out += '{';
    m_needComma = false;
}

void SimJsonWriter::endObject()
{
    m_out += '}';
    m_needComma = true;
}

void SimJsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_needComma = false;
}

void SimJsonWriter::string(const QString &value)
{
    separate();
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = value.toUtf8();
    m_out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            m_out += '\\';
            m_out += c;
        } else if (u < 0x20) {
            m_out += "\\u00";
            m_out += hex[u >> 4];
            m_out += hex[u & 0xf];
        } else {
            m_out += c;
        }
    }
    m_out += '"';
    m_needComma = true;
}

void SimJsonWriter::number(qint64 value)
{
    separate();
    m_out += QByteArray::number(value);
    m_needComma = true;
}

void SimJsonWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    m_needComma = true;
}
