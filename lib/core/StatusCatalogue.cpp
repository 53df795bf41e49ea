// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/StatusCatalogue.h"

namespace {

QString squashed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c != QLatin1Char(' ') && c != QLatin1Char('_') && c != QLatin1Char('-'))
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QStringList StatusCatalogue::systemStatusKeys()
{
    return {QStringLiteral("Available"), QStringLiteral("OnQueue"), QStringLiteral("Break"), QStringLiteral("Meal"),
        QStringLiteral("Away"), QStringLiteral("Busy"), QStringLiteral("Meeting"), QStringLiteral("Training"),
        QStringLiteral("Offline"), QStringLiteral("Idle")};
}

QString StatusCatalogue::canonicalKey(const QString &systemPresence)
{
    const QString wanted = squashed(systemPresence);
    if (wanted.isEmpty())
        return QString();
    const QStringList keys = systemStatusKeys();
    for (const QString &key : keys) {
        if (key.toLower() == wanted)
            return key;
    }
    return QString();
}

QStringList StatusCatalogue::defaultReasonCodes()
{
    return {QStringLiteral("ReadyForCalls"), QStringLiteral("EndOfShift"), QStringLiteral("Coffee"),
        QStringLiteral("Lunch"), QStringLiteral("Coaching"), QStringLiteral("Sick"), QStringLiteral("SystemIssue"),
        QStringLiteral("Personal")};
}

StatusCatalogue StatusCatalogue::defaults()
{
    StatusCatalogue catalogue;
    const QStringList keys = systemStatusKeys();
    for (const QString &key : keys)
        catalogue.addStatus(key);
    catalogue.setReasons(defaultReasonCodes());
    return catalogue;
}

void StatusCatalogue::addDefinition(const Definition &definition)
{
    if (definition.id.isEmpty() || definition.status.isEmpty())
        return;
    addStatus(definition.status);
    const auto existing = m_definitionIndex.constFind(definition.id);
    if (existing != m_definitionIndex.constEnd()) {
        m_definitions[existing.value()] = definition;
        return;
    }
    m_definitionIndex.insert(definition.id, static_cast<int>(m_definitions.size()));
    m_definitions.append(definition);
}

void StatusCatalogue::addStatus(const QString &key)
{
    if (!key.isEmpty() && !m_statuses.contains(key))
        m_statuses.append(key);
}

void StatusCatalogue::setReasons(const QStringList &reasonCodes)
{
    m_reasons = reasonCodes;
    m_reasons.removeDuplicates();
}

const StatusCatalogue::Definition *StatusCatalogue::definition(const QString &definitionId) const
{
    const auto it = m_definitionIndex.constFind(definitionId);
    if (it == m_definitionIndex.constEnd())
        return nullptr;
    return &m_definitions.at(it.value());
}

QVector<StatusCatalogue::Definition> StatusCatalogue::definitionsFor(const QString &key) const
{
    QVector<Definition> found;
    for (const Definition &definition : m_definitions) {
        if (definition.status == key)
            found.append(definition);
    }
    return found;
}

QString StatusCatalogue::primaryDefinitionId(const QString &key) const
{
    QString first;
    for (const Definition &definition : m_definitions) {
        if (definition.status != key)
            continue;
        if (definition.system)
            return definition.id;
        if (first.isEmpty())
            first = definition.id;
    }
    return first;
}

QString StatusCatalogue::statusForDefinition(const QString &definitionId, const QString &systemPresence) const
{
    if (const Definition *known = definition(definitionId))
        return known->status;
    return canonicalKey(systemPresence);
}

QString StatusCatalogue::pickLabel(const QMap<QString, QString> &labels, const QString &locale)
{
    if (labels.isEmpty())
        return QString();
    const QString language = locale.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    QString normalised = locale;
    normalised.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString exact = labels.value(normalised);
    if (!exact.isEmpty())
        return exact;
    QString english;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it) {
        const QString itsLanguage = it.key().section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
        if (itsLanguage == language && !it.value().isEmpty())
            return it.value();
        if (itsLanguage == QLatin1String("en") && english.isEmpty())
            english = it.value();
    }
    return english;
}

QString StatusCatalogue::label(const QString &key, const QString &locale) const
{
    const QString id = primaryDefinitionId(key);
    const QString found = id.isEmpty() ? QString() : definitionLabel(id, locale);
    return found.isEmpty() ? key : found;
}

QString StatusCatalogue::definitionLabel(const QString &definitionId, const QString &locale) const
{
    const Definition *known = definition(definitionId);
    if (!known)
        return QString();
    const QString picked = pickLabel(known->languageLabels, locale);
    if (!picked.isEmpty())
        return picked;
    return known->name.isEmpty() ? known->status : known->name;
}
