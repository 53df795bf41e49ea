// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliParser.h"

#include "audit/AuditEntry.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace {

const QStringList &commandOptions()
{
    static const QStringList names {
        QStringLiteral("reason"),
        QStringLiteral("expect"),
        QStringLiteral("on-conflict"),
        QStringLiteral("team"),
        QStringLiteral("reports-to"),
        QStringLiteral("agents"),
        QStringLiteral("all"),
        QStringLiteral("agent"),
        QStringLiteral("since"),
        QStringLiteral("outcome"),
        QStringLiteral("format"),
        QStringLiteral("anchor"),
        QStringLiteral("output"),
        QStringLiteral("date"),
    };
    return names;
}

} // namespace

CliParser::CliParser()
{
    m_parser.setApplicationDescription(
        tr("Headless StatusDesk: agents, status changes, audit and webhooks.\n\n"
           "Commands:\n"
           "  agents list [--team NAME]... [--reports-to USER]\n"
           "  status get AGENT\n"
           "  status set AGENT TARGET [--reason CODE] [--expect STATUS] "
           "[--on-conflict abort|apply-latest|keep-theirs]\n"
           "  bulk set [--team NAME]... [--reports-to USER] (--agents ID,... | --all) TARGET [--reason CODE]\n"
           "  audit list [--agent A] [--since TIME] [--outcome O]\n"
           "  audit verify [--anchor FILE]\n"
           "  audit checkpoint [--output FILE]\n"
           "  audit export --format jsonl|csv\n"
           "  webhooks list\n"
           "  webhooks flush\n\n"
           "AGENT is an id or an exact name. --team is a Genesys "
           "team (not the department); USER is a user id, "
           "me or a name. Without them the scope is the whole organisation. Exit codes: 0 done, 1 other failure, 2 "
           "usage, 3 refused by the "
           "rules, 4 unresolved conflict, 5 authentication or permission, 6 network or server, 7 a bulk change "
           "that partly failed, 8 an anchor that cannot be used (unreadable, malformed or not signed with this "
           "audit key).")
        + QStringLiteral("\n\n")
        + tr("Schedule adherence and the day log:\n"
             "  adherence list [--team NAME]... [--reports-to USER]\n"
             "  timeline show AGENT [--date YYYY-MM-DD]")
        + QLatin1String("\n\n")
        + tr("Queue memberships (Genesys):\n"
             "  queues list AGENT\n"
             "  queues activate AGENT QUEUE... [--reason CODE]\n"
             "  queues deactivate AGENT QUEUE... [--reason CODE]\n\n"
             "QUEUE is an id or the name of one of the agent's queues. A queue the agent is not a member of "
             "exits 1; a change Genesys accepted but no read confirmed exits 6."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {QStringLiteral("api-base"), tr("One base URL for login and API (STATUSDESK_API_BASE)."), tr("URL")},
        {QStringLiteral("region"), tr("Genesys Cloud region or domain (GENESYS_REGION)."), tr("REGION")},
        {QStringLiteral("client-id"), tr("OAuth client id (GENESYS_CLIENT_ID)."), tr("ID")},
        {QStringLiteral("client-secret"),
            tr("OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command "
               "line: prefer the variable or --client-secret-file."),
            tr("SECRET")},
        {QStringLiteral("client-secret-file"), tr("Read the OAuth client secret from FILE (its first line)."),
            tr("FILE")},
        {QStringLiteral("pkce"),
            tr("Sign in as a supervisor in the browser (prints the URL) instead of client "
               "credentials.")},
        {QStringLiteral("protocol"), tr("genesys or status-api (STATUSDESK_PROTOCOL)."), tr("PROTOCOL")},
        {QStringLiteral("rules"), tr("Transition rules JSON file."), tr("FILE")},
        {QStringLiteral("audit-db"), tr("Audit store: SQLite file or postgresql:// URL."), tr("PATH")},
        {QStringLiteral("webhook"), tr("Webhook endpoint (WEBHOOK_ENDPOINT)."), tr("URL")},
        {QStringLiteral("webhook-secret"),
            tr("Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or "
               "--webhook-secret-file."),
            tr("SECRET")},
        {QStringLiteral("webhook-secret-file"), tr("Read the webhook HMAC secret from FILE (its first line)."),
            tr("FILE")},
        {QStringLiteral("rate-limit"), tr("Requests per minute (default 300)."), tr("N")},
        {QStringLiteral("bulk-chunk"),
            tr("Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit)."), tr("N")},
        {QStringLiteral("page-size"),
            tr("Genesys: users per roster page, 1 to 500 (default 500; Genesys documents no maximum)."), tr("N")},
        {QStringLiteral("metrics-port"), tr("Serve Prometheus metrics on 127.0.0.1:PORT while running."), tr("PORT")},
        {QStringLiteral("timeout"), tr("Seconds webhooks flush waits at most (default 30)."), tr("SECONDS")},
        {QStringLiteral("json"), tr("JSON output instead of tables.")},
        {QStringLiteral("reason"), tr("Reason code of the change."), tr("CODE")},
        {QStringLiteral("expect"), tr("Change only if the agent is still in STATUS, else it is a conflict."),
            tr("STATUS")},
        {QStringLiteral("on-conflict"), tr("abort (default), apply-latest or keep-theirs."), tr("POLICY")},
        {QStringLiteral("team"), tr("Scope: the members of this Genesys team (repeatable)."), tr("NAME")},
        {QStringLiteral("reports-to"), tr("Scope: the direct reports of USER (an id, me or a name)."), tr("USER")},
        {QStringLiteral("agents"), tr("Bulk: these agents (comma-separated ids or names)."), tr("IDS")},
        {QStringLiteral("all"), tr("Bulk: every agent of the scope.")},
        {QStringLiteral("agent"), tr("Audit list: entries of this agent (id or name)."), tr("AGENT")},
        {QStringLiteral("since"), tr("Audit list: entries at or after this time (ISO 8601)."), tr("TIME")},
        {QStringLiteral("outcome"), tr("Audit list: entries with this outcome."), tr("OUTCOME")},
        {QStringLiteral("format"), tr("Audit export: jsonl or csv."), tr("FORMAT")},
        {QStringLiteral("date"), tr("Timeline show: the day (local time zone), default today."), tr("YYYY-MM-DD")},
    });
    addAuditKeyOptions();
    m_parser.addPositionalArgument(
        QStringLiteral("command"), tr("The command and its arguments."), tr("COMMAND [ARGS]"));
}

void CliParser::addAuditKeyOptions()
{
    m_parser.addOptions({
        {QStringLiteral("audit-key-file"),
            tr("The audit key: FILE, private to its owner (mode 0600); STATUSDESK_AUDIT_KEY wins (default %1).")
                .arg(defaultAuditKeyFile()),
            tr("FILE")},
        {QStringLiteral("anchor"),
            tr("Audit verify: check the chain against a checkpoint or a webhook receiver's record (JSON Lines)."),
            tr("FILE")},
        {QStringLiteral("output"), tr("Audit checkpoint: write the checkpoint to FILE (default: standard output)."),
            tr("FILE")},
    });
}

QString CliParser::defaultAuditKeyFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1String("/statusdesk/audit.key");
}

QString CliParser::helpText() const
{
    return m_parser.helpText();
}

CliParser::Result CliParser::parse(const QStringList &arguments, const Profile &defaults)
{
    m_invocation = CliInvocation();
    m_invocation.profile = defaults;
    m_error.clear();
    if (!m_parser.parse(arguments)) {
        m_error = m_parser.errorText();
        return Result::Error;
    }
    if (m_parser.isSet(QStringLiteral("help")))
        return Result::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Result::Version;
    if (!parseGlobals() || !parseCommand(m_parser.positionalArguments()))
        return Result::Error;
    return Result::Ok;
}

bool CliParser::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool CliParser::parseGlobals()
{
    Profile &profile = m_invocation.profile;
    auto value = [this](const char *name) { return m_parser.value(QString::fromLatin1(name)); };
    auto isSet = [this](const char *name) { return m_parser.isSet(QString::fromLatin1(name)); };

    if (isSet("api-base")) {
        const QUrl url(value("api-base"));
        if (!url.isValid() || url.host().isEmpty())
            return fail(tr("--api-base: \"%1\" is not a URL.").arg(value("api-base")));
        profile.apiBase = url;
    }
    if (isSet("region")) {
        profile.region = value("region");
        if (!isSet("api-base"))
            profile.apiBase.clear(); // an explicit region wins over STATUSDESK_API_BASE from the environment
    }
    if (isSet("client-id"))
        profile.clientId = value("client-id");
    if (isSet("client-secret") && isSet("client-secret-file"))
        return fail(tr("Give --client-secret or --client-secret-file, not both."));
    if (isSet("client-secret"))
        profile.clientSecret = value("client-secret");
    if (isSet("client-secret-file") && !readSecretFile(value("client-secret-file"), &profile.clientSecret))
        return false;
    if (isSet("pkce"))
        profile.authMode = Profile::AuthMode::Pkce;
    if (isSet("protocol") && !parseProtocol(value("protocol"), &profile.protocol))
        return fail(tr("--protocol must be genesys or status-api, not \"%1\".").arg(value("protocol")));
    if (isSet("rules"))
        profile.rulesFile = value("rules");
    if (isSet("audit-db"))
        profile.auditLocation = value("audit-db");
    m_invocation.auditKeyFile = isSet("audit-key-file") ? value("audit-key-file") : CliParser::defaultAuditKeyFile();
    if (isSet("webhook"))
        profile.webhookUrl = QUrl(value("webhook"));
    if (isSet("webhook-secret") && isSet("webhook-secret-file"))
        return fail(tr("Give --webhook-secret or --webhook-secret-file, not both."));
    if (isSet("webhook-secret"))
        profile.webhookSecret = value("webhook-secret");
    if (isSet("webhook-secret-file") && !readSecretFile(value("webhook-secret-file"), &profile.webhookSecret))
        return false;
    bool ok = true;
    if (isSet("rate-limit")) {
        profile.rateLimitPerMinute = value("rate-limit").toInt(&ok);
        if (!ok || profile.rateLimitPerMinute <= 0)
            return fail(tr("--rate-limit must be a positive number."));
    }
    if (isSet("bulk-chunk")) {
        profile.bulkWriteChunk = value("bulk-chunk").toInt(&ok);
        if (!ok || profile.bulkWriteChunk < 1 || profile.bulkWriteChunk > 50)
            return fail(tr("--bulk-chunk must be a number from 1 to 50."));
    }
    if (isSet("page-size")) {
        profile.usersPageSize = value("page-size").toInt(&ok);
        if (!ok || profile.usersPageSize < 1 || profile.usersPageSize > Profile::MaxUsersPageSize)
            return fail(tr("--page-size must be a number from 1 to %1.").arg(Profile::MaxUsersPageSize));
    }
    if (isSet("metrics-port")) {
        m_invocation.metricsPort = value("metrics-port").toInt(&ok);
        if (!ok || m_invocation.metricsPort < 0 || m_invocation.metricsPort > 65535)
            return fail(tr("--metrics-port must be a port number (0 picks a free one)."));
    }
    if (isSet("timeout")) {
        m_invocation.flushTimeoutSeconds = value("timeout").toInt(&ok);
        // A day at most: the wait is given in milliseconds as an int.
        if (!ok || m_invocation.flushTimeoutSeconds <= 0 || m_invocation.flushTimeoutSeconds > 86400)
            return fail(tr("--timeout must be a number of seconds from 1 to 86400."));
    }
    m_invocation.json = isSet("json");
    return true;
}

bool CliParser::readSecretFile(const QString &path, QString *secret)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the secret file %1: %2").arg(path, file.errorString()));
    // A secret is a line; anything longer than this is not a secret file.
    const QByteArray content = file.read(MaxSecretFileBytes + 1);
    if (content.size() > MaxSecretFileBytes)
        return fail(tr("The secret file %1 is larger than %2 bytes.").arg(path).arg(MaxSecretFileBytes));
    const QString line = QString::fromUtf8(content).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.isEmpty())
        return fail(tr("The secret file %1 is empty.").arg(path));
    *secret = line;
    return true;
}

bool CliParser::checkOnlyOptions(const QStringList &allowed)
{
    for (const QString &name : commandOptions()) {
        if (m_parser.isSet(name) && !allowed.contains(name))
            return fail(tr("--%1 does not apply to this command.").arg(name));
    }
    return true;
}

bool CliParser::parseCommand(const QStringList &words)
{
    using Command = CliInvocation::Command;
    if (words.isEmpty())
        return fail(tr("No command given (try --help)."));
    const QString group = words.value(0);
    const QString verb = words.value(1);
    const QString joined = group + QLatin1Char(' ') + verb;
    auto expectArgs = [&](int count) {
        if (words.size() != count)
            return fail(tr("\"%1\" takes %n argument(s).", nullptr, count - 2).arg(joined));
        return true;
    };

    if (joined == QLatin1String("agents list")) {
        m_invocation.command = Command::AgentsList;
        return expectArgs(2) && parseScope()
            && checkOnlyOptions({QStringLiteral("team"), QStringLiteral("reports-to")});
    }
    if (joined == QLatin1String("status get")) {
        m_invocation.command = Command::StatusGet;
        m_invocation.agent = words.value(2);
        return expectArgs(3) && checkOnlyOptions({});
    }
    if (joined == QLatin1String("status set"))
        return parseStatusSet(words);
    if (joined == QLatin1String("bulk set"))
        return parseBulkSet(words);
    if (joined == QLatin1String("audit list"))
        return expectArgs(2) && parseAuditList();
    if (joined == QLatin1String("audit verify")) {
        m_invocation.command = Command::AuditVerify;
        m_invocation.anchorFile = m_parser.value(QStringLiteral("anchor"));
        return expectArgs(2) && checkOnlyOptions({QStringLiteral("anchor")});
    }
    if (joined == QLatin1String("audit checkpoint")) {
        m_invocation.command = Command::AuditCheckpoint;
        m_invocation.outputFile = m_parser.value(QStringLiteral("output"));
        return expectArgs(2) && checkOnlyOptions({QStringLiteral("output")});
    }
    if (joined == QLatin1String("audit export")) {
        m_invocation.command = Command::AuditExport;
        m_invocation.exportFormat = m_parser.value(QStringLiteral("format")).toLower();
        if (m_invocation.exportFormat != QLatin1String("jsonl") && m_invocation.exportFormat != QLatin1String("csv"))
            return fail(tr("audit export needs --format jsonl or --format csv."));
        return expectArgs(2) && checkOnlyOptions({QStringLiteral("format")});
    }
    if (joined == QLatin1String("webhooks list")) {
        m_invocation.command = Command::WebhooksList;
        return expectArgs(2) && checkOnlyOptions({});
    }
    if (group == QLatin1String("queues"))
        return parseQueues(words);
    if (joined == QLatin1String("webhooks flush")) {
        m_invocation.command = Command::WebhooksFlush;
        return expectArgs(2) && checkOnlyOptions({});
    }
    if (joined == QLatin1String("adherence list")) {
        m_invocation.command = Command::AdherenceList;
        return expectArgs(2) && parseScope()
            && checkOnlyOptions({QStringLiteral("team"), QStringLiteral("reports-to")});
    }
    if (joined == QLatin1String("timeline show"))
        return parseTimeline(words);
    return fail(tr("Unknown command \"%1\" (try --help).").arg(words.join(QLatin1Char(' '))));
}

bool CliParser::parseStatusSet(const QStringList &words)
{
    m_invocation.command = CliInvocation::Command::StatusSet;
    if (words.size() != 4)
        return fail(tr("Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]"));
    m_invocation.agent = words.at(2);
    m_invocation.target = words.at(3);
    m_invocation.reason = m_parser.value(QStringLiteral("reason"));
    m_invocation.expect = m_parser.value(QStringLiteral("expect"));
    if (m_parser.isSet(QStringLiteral("on-conflict"))) {
        const QString policy = m_parser.value(QStringLiteral("on-conflict")).toLower();
        if (policy == QLatin1String("abort"))
            m_invocation.onConflict = CliInvocation::ConflictPolicy::Abort;
        else if (policy == QLatin1String("apply-latest"))
            m_invocation.onConflict = CliInvocation::ConflictPolicy::ApplyLatest;
        else if (policy == QLatin1String("keep-theirs"))
            m_invocation.onConflict = CliInvocation::ConflictPolicy::KeepTheirs;
        else
            return fail(tr("--on-conflict must be abort, apply-latest or keep-theirs."));
    }
    return checkOnlyOptions({QStringLiteral("reason"), QStringLiteral("expect"), QStringLiteral("on-conflict")});
}

bool CliParser::parseBulkSet(const QStringList &words)
{
    m_invocation.command = CliInvocation::Command::BulkSet;
    if (words.size() != 3)
        return fail(tr("Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]"));
    m_invocation.target = words.at(2);
    m_invocation.reason = m_parser.value(QStringLiteral("reason"));
    if (!parseScope())
        return false;
    const bool scoped = !m_invocation.scope.isOrganisation();
    const bool agents = m_parser.isSet(QStringLiteral("agents"));
    const bool all = m_parser.isSet(QStringLiteral("all"));
    if (agents && all)
        return fail(tr("bulk set takes --agents or --all, not both."));
    if (!agents && !all && !scoped)
        return fail(tr("bulk set needs --team, --reports-to, --agents or --all."));
    if (agents) {
        m_invocation.selection = CliInvocation::BulkSelection::Agents;
        const QStringList parts = m_parser.value(QStringLiteral("agents")).split(QLatin1Char(','));
        for (const QString &part : parts) {
            if (!part.trimmed().isEmpty())
                m_invocation.agents.append(part.trimmed());
        }
        if (m_invocation.agents.isEmpty())
            return fail(tr("--agents needs at least one id or name."));
    } else {
        m_invocation.selection = CliInvocation::BulkSelection::All;
    }
    return checkOnlyOptions({QStringLiteral("reason"), QStringLiteral("team"), QStringLiteral("reports-to"),
        QStringLiteral("agents"), QStringLiteral("all")});
}

bool CliParser::parseQueues(const QStringList &words)
{
    using Command = CliInvocation::Command;
    const QString verb = words.value(1);
    if (verb == QLatin1String("list")) {
        m_invocation.command = Command::QueuesList;
        if (words.size() != 3)
            return fail(tr("Usage: queues list AGENT"));
        m_invocation.agent = words.at(2);
        return checkOnlyOptions({QStringLiteral("team"), QStringLiteral("reports-to")}) && parseScope();
    }
    if (verb != QLatin1String("activate") && verb != QLatin1String("deactivate"))
        return fail(tr("Unknown command \"%1\" (try --help).").arg(words.join(QLatin1Char(' '))));
    m_invocation.command = verb == QLatin1String("activate") ? Command::QueuesActivate : Command::QueuesDeactivate;
    if (words.size() < 4)
        return fail(tr("Usage: queues %1 AGENT QUEUE... [--reason CODE]").arg(verb));
    m_invocation.agent = words.at(2);
    m_invocation.queues = words.mid(3);
    m_invocation.reason = m_parser.value(QStringLiteral("reason"));
    return checkOnlyOptions({QStringLiteral("reason"), QStringLiteral("team"), QStringLiteral("reports-to")})
        && parseScope();
}

bool CliParser::parseScope()
{
    const QStringList teams = m_parser.values(QStringLiteral("team"));
    const bool reports = m_parser.isSet(QStringLiteral("reports-to"));
    if (!teams.isEmpty() && reports)
        return fail(tr("Give --team or --reports-to, not both."));
    if (reports) {
        if (m_parser.value(QStringLiteral("reports-to")).trimmed().isEmpty())
            return fail(tr("--reports-to needs a user id, me or a name."));
        m_invocation.scope = RosterScope::directReports(m_parser.value(QStringLiteral("reports-to")));
    } else if (!teams.isEmpty()) {
        m_invocation.scope = RosterScope::teams(teams);
        if (m_invocation.scope.isOrganisation())
            return fail(tr("--team needs a team name."));
    }
    return true;
}

bool CliParser::parseTimeline(const QStringList &words)
{
    m_invocation.command = CliInvocation::Command::TimelineShow;
    if (words.size() != 3)
        return fail(tr("Usage: timeline show AGENT [--date YYYY-MM-DD]"));
    m_invocation.agent = words.at(2);
    if (m_parser.isSet(QStringLiteral("date"))) {
        const QString text = m_parser.value(QStringLiteral("date"));
        m_invocation.timelineDate = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (!m_invocation.timelineDate.isValid())
            return fail(tr("--date: \"%1\" is not a date (YYYY-MM-DD, e.g. 2026-11-25).").arg(text));
    }
    return checkOnlyOptions({QStringLiteral("date")});
}

bool CliParser::parseAuditList()
{
    m_invocation.command = CliInvocation::Command::AuditList;
    m_invocation.auditAgent = m_parser.value(QStringLiteral("agent"));
    m_invocation.auditOutcome = m_parser.value(QStringLiteral("outcome"));
    // A misspelt outcome would list nothing, as if there were no such entries.
    if (m_parser.isSet(QStringLiteral("outcome")) && !AuditOutcome::all().contains(m_invocation.auditOutcome))
        return fail(tr("--outcome: \"%1\" is not an audit outcome; one of: %2.")
                        .arg(m_invocation.auditOutcome, AuditOutcome::all().join(QStringLiteral(", "))));
    if (m_parser.isSet(QStringLiteral("since"))) {
        const QString text = m_parser.value(QStringLiteral("since"));
        m_invocation.auditSince = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!m_invocation.auditSince.isValid())
            m_invocation.auditSince = QDateTime::fromString(text, Qt::ISODate);
        if (!m_invocation.auditSince.isValid())
            return fail(tr("--since: \"%1\" is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).").arg(text));
    }
    return checkOnlyOptions({QStringLiteral("agent"), QStringLiteral("since"), QStringLiteral("outcome")});
}
