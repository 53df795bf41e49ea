// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

// The statuses and reason codes the server knows. Canonical status keys are the Genesys system
// presences; each may have several presence definitions (the organisation's secondary statuses).
class StatusCatalogue
{
public:
    struct Definition
    {
        QString id;
        QString status; // canonical key
        QString name;
        bool system = true; // type System (true) or User (a secondary presence)
        QMap<QString, QString> languageLabels; // locale ("en_US", "de", ...) -> label
    };

    // Available, OnQueue, Break, Meal, Away, Busy, Meeting, Training, Offline, Idle.
    static QStringList systemStatusKeys();
    // Maps "On Queue", "ON_QUEUE", "onqueue" ... to "OnQueue"; an empty string if it is none of them.
    static QString canonicalKey(const QString &systemPresence);
    // The Status API's reason codes: ReadyForCalls, EndOfShift, Coffee, Lunch, Coaching, Sick, SystemIssue, Personal.
    static QStringList defaultReasonCodes();
    // A catalogue with every system status (no definition ids) and the default reason codes.
    static StatusCatalogue defaults();

    void addDefinition(const Definition &definition);
    void addStatus(const QString &key); // a status known without a presence definition (Status API)
    void setReasons(const QStringList &reasonCodes);

    bool isEmpty() const { return m_statuses.isEmpty(); }
    QStringList statuses() const { return m_statuses; }
    QStringList reasons() const { return m_reasons; }
    bool hasStatus(const QString &key) const { return m_statuses.contains(key); }
    bool hasReason(const QString &code) const { return m_reasons.contains(code); }

    QVector<Definition> definitions() const { return m_definitions; }
    const Definition *definition(const QString &definitionId) const;
    QVector<Definition> definitionsFor(const QString &key) const;
    // The definition to write for a status: the system one if there is one, else the first.
    QString primaryDefinitionId(const QString &key) const;
    // Matches by definition id first, then by the system presence text.
    QString statusForDefinition(const QString &definitionId, const QString &systemPresence = QString()) const;

    // The label for a status in a locale ("de", "de_DE", "en_US" ...), falling back to English,
    // then to the key itself.
    QString label(const QString &key, const QString &locale = QStringLiteral("en")) const;
    QString definitionLabel(const QString &definitionId, const QString &locale = QStringLiteral("en")) const;

private:
    static QString pickLabel(const QMap<QString, QString> &labels, const QString &locale);

    QStringList m_statuses;
    QStringList m_reasons;
    QVector<Definition> m_definitions;
    QHash<QString, int> m_definitionIndex;
};

Q_DECLARE_METATYPE(StatusCatalogue)
