// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliInvocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// Parses statusdesk-cli's arguments into a CliInvocation. The environment of DESIGN.md §5 gives the
// defaults; options win over it.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(CliParser)

public:
    CliParser();

    enum class Result { Ok, Help, Version, Error };
    Result parse(const QStringList &arguments, const Profile &defaults);

    const CliInvocation &invocation() const { return m_invocation; }
    QString errorText() const { return m_error; }
    QString helpText() const;

    // Where the CLI looks for the audit key file when --audit-key-file is not given.
    static QString defaultAuditKeyFile();

private:
    void addAuditKeyOptions();
    bool parseGlobals();
    bool parseCommand(const QStringList &words);
    bool parseStatusSet(const QStringList &words);
    bool parseBulkSet(const QStringList &words);
    bool parseAuditList();
    bool parseScope();
    bool parseQueues(const QStringList &words);
    bool parseTimeline(const QStringList &words);
    bool checkOnlyOptions(const QStringList &allowed);
    bool fail(const QString &message);
    bool readSecretFile(const QString &path, QString *secret);

    static constexpr qint64 MaxSecretFileBytes = 64 * 1024;

    QCommandLineParser m_parser;
    CliInvocation m_invocation;
    QString m_error;
};
