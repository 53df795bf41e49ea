<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CliAdherence</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>SCHEDULED</translation>
    </message>
    <message>
        <source>ADHERENCE</source>
        <translation>ADHERENCE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SINCE</translation>
    </message>
    <message>
        <source>IMPACT</source>
        <translation>IMPACT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
</context>
<context>
    <name>CliAuditAnchor</name>
    <message>
        <source>A checkpoint is signed with the audit key: set STATUSDESK_AUDIT_KEY or give --audit-key-file.</source>
        <translation>A checkpoint is signed with the audit key: set STATUSDESK_AUDIT_KEY or give --audit-key-file.</translation>
    </message>
    <message>
        <source>No checkpoint of a broken chain: %1</source>
        <translation>No checkpoint of a broken chain: %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>Cannot write the checkpoint %1: %2</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 written to %2.
</source>
        <translation>Checkpoint of entry %1 written to %2.
</translation>
    </message>
</context>
<context>
    <name>CliFormat</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SINCE</translation>
    </message>
    <message>
        <source>ROUTING</source>
        <translation>ROUTING</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 (%4 ms)</source>
        <translation>%1 -&gt; %2 %3 (%4 ms)</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the agent could not be read back: whether the change took effect is checked again at the next start.</source>
        <translation>The server&apos;s answer was lost and the agent could not be read back: whether the change took effect is checked again at the next start.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; a read of the agent told the outcome.</source>
        <translation>The server&apos;s answer was lost; a read of the agent told the outcome.</translation>
    </message>
    <message>
        <source>Written over a concurrent change: between the compare read and the write the agent was set to %1.</source>
        <translation>Written over a concurrent change: between the compare read and the write the agent was set to %1.</translation>
    </message>
    <message>
        <source>Conflict: %1 is now %2 (expected %3)</source>
        <translation>Conflict: %1 is now %2 (expected %3)</translation>
    </message>
    <message>
        <source>, changed by %1</source>
        <translation>, changed by %1</translation>
    </message>
    <message>
        <source>%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed</source>
        <translation>%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed</translation>
    </message>
    <message>
        <source>, %1 unknown (the server&apos;s answer was lost; checked again at the next start)</source>
        <translation>, %1 unknown (the server&apos;s answer was lost; checked again at the next start)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>SUPERVISOR</source>
        <translation>SUPERVISOR</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCY</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MESSAGE</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>ATTEMPTS</translation>
    </message>
    <message>
        <source>LAST STATUS</source>
        <translation>LAST STATUS</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LAST ERROR</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTMENT</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>One base URL for login and API (STATUSDESK_API_BASE).</source>
        <translation>One base URL for login and API (STATUSDESK_API_BASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Genesys Cloud region or domain (GENESYS_REGION).</source>
        <translation>Genesys Cloud region or domain (GENESYS_REGION).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>OAuth client id (GENESYS_CLIENT_ID).</source>
        <translation>OAuth client id (GENESYS_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command line: prefer the variable or --client-secret-file.</source>
        <translation>OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command line: prefer the variable or --client-secret-file.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from FILE (its first line).</source>
        <translation>Read the OAuth client secret from FILE (its first line).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Sign in as a supervisor in the browser (prints the URL) instead of client credentials.</source>
        <translation>Sign in as a supervisor in the browser (prints the URL) instead of client credentials.</translation>
    </message>
    <message>
        <source>genesys or status-api (STATUSDESK_PROTOCOL).</source>
        <translation>genesys or status-api (STATUSDESK_PROTOCOL).</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOCOL</translation>
    </message>
    <message>
        <source>Transition rules JSON file.</source>
        <translation>Transition rules JSON file.</translation>
    </message>
    <message>
        <source>Audit store: SQLite file or postgresql:// URL.</source>
        <translation>Audit store: SQLite file or postgresql:// URL.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Webhook endpoint (WEBHOOK_ENDPOINT).</source>
        <translation>Webhook endpoint (WEBHOOK_ENDPOINT).</translation>
    </message>
    <message>
        <source>Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or --webhook-secret-file.</source>
        <translation>Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or --webhook-secret-file.</translation>
    </message>
    <message>
        <source>Read the webhook HMAC secret from FILE (its first line).</source>
        <translation>Read the webhook HMAC secret from FILE (its first line).</translation>
    </message>
    <message>
        <source>Requests per minute (default 300).</source>
        <translation>Requests per minute (default 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit).</source>
        <translation>Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit).</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1:PORT while running.</source>
        <translation>Serve Prometheus metrics on 127.0.0.1:PORT while running.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Seconds webhooks flush waits at most (default 30).</source>
        <translation>Seconds webhooks flush waits at most (default 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>JSON output instead of tables.</source>
        <translation>JSON output instead of tables.</translation>
    </message>
    <message>
        <source>Reason code of the change.</source>
        <translation>Reason code of the change.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Change only if the agent is still in STATUS, else it is a conflict.</source>
        <translation>Change only if the agent is still in STATUS, else it is a conflict.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>abort (default), apply-latest or keep-theirs.</source>
        <translation>abort (default), apply-latest or keep-theirs.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Bulk: these agents (comma-separated ids or names).</source>
        <translation>Bulk: these agents (comma-separated ids or names).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Audit list: entries of this agent (id or name).</source>
        <translation>Audit list: entries of this agent (id or name).</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>Audit list: entries at or after this time (ISO 8601).</source>
        <translation>Audit list: entries at or after this time (ISO 8601).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>Audit list: entries with this outcome.</source>
        <translation>Audit list: entries with this outcome.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Audit export: jsonl or csv.</source>
        <translation>Audit export: jsonl or csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>The command and its arguments.</translation>
    </message>
    <message>
        <source>--api-base: &quot;%1&quot; is not a URL.</source>
        <translation>--api-base: &quot;%1&quot; is not a URL.</translation>
    </message>
    <message>
        <source>Give --client-secret or --client-secret-file, not both.</source>
        <translation>Give --client-secret or --client-secret-file, not both.</translation>
    </message>
    <message>
        <source>--protocol must be genesys or status-api, not &quot;%1&quot;.</source>
        <translation>--protocol must be genesys or status-api, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Give --webhook-secret or --webhook-secret-file, not both.</source>
        <translation>Give --webhook-secret or --webhook-secret-file, not both.</translation>
    </message>
    <message>
        <source>--rate-limit must be a positive number.</source>
        <translation>--rate-limit must be a positive number.</translation>
    </message>
    <message>
        <source>--bulk-chunk must be a number from 1 to 50.</source>
        <translation>--bulk-chunk must be a number from 1 to 50.</translation>
    </message>
    <message>
        <source>--metrics-port must be a port number (0 picks a free one).</source>
        <translation>--metrics-port must be a port number (0 picks a free one).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout must be a number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Cannot read the secret file %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is larger than %2 bytes.</source>
        <translation>The secret file %1 is larger than %2 bytes.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>The secret file %1 is empty.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 does not apply to this command.</translation>
    </message>
    <message>
        <source>No command given (try --help).</source>
        <translation>No command given (try --help).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; takes %n argument.</numerusform>
            <numerusform>&quot;%1&quot; takes %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format jsonl or --format csv.</source>
        <translation>audit export needs --format jsonl or --format csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (try --help).</source>
        <translation>Unknown command &quot;%1&quot; (try --help).</translation>
    </message>
    <message>
        <source>Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]</source>
        <translation>Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]</translation>
    </message>
    <message>
        <source>--on-conflict must be abort, apply-latest or keep-theirs.</source>
        <translation>--on-conflict must be abort, apply-latest or keep-theirs.</translation>
    </message>
    <message>
        <source>Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]</source>
        <translation>Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]</translation>
    </message>
    <message>
        <source>--agents needs at least one id or name.</source>
        <translation>--agents needs at least one id or name.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).</source>
        <translation>--since: &quot;%1&quot; is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).</translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation>COMMAND [ARGS]</translation>
    </message>
    <message>
        <source>Headless StatusDesk: agents, status changes, audit and webhooks.

Commands:
  agents list [--team NAME]... [--reports-to USER]
  status get AGENT
  status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict abort|apply-latest|keep-theirs]
  bulk set [--team NAME]... [--reports-to USER] (--agents ID,... | --all) TARGET [--reason CODE]
  audit list [--agent A] [--since TIME] [--outcome O]
  audit verify [--anchor FILE]
  audit checkpoint [--output FILE]
  audit export --format jsonl|csv
  webhooks list
  webhooks flush

AGENT is an id or an exact name. --team is a Genesys team (not the department); USER is a user id, me or a name. Without them the scope is the whole organisation. Exit codes: 0 done, 1 other failure, 2 usage, 3 refused by the rules, 4 unresolved conflict, 5 authentication or permission, 6 network or server, 7 a bulk change that partly failed, 8 an anchor that cannot be used (unreadable, malformed or not signed with this audit key).</source>
        <translation>Headless StatusDesk: agents, status changes, audit and webhooks.

Commands:
  agents list [--team NAME]... [--reports-to USER]
  status get AGENT
  status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict abort|apply-latest|keep-theirs]
  bulk set [--team NAME]... [--reports-to USER] (--agents ID,... | --all) TARGET [--reason CODE]
  audit list [--agent A] [--since TIME] [--outcome O]
  audit verify [--anchor FILE]
  audit checkpoint [--output FILE]
  audit export --format jsonl|csv
  webhooks list
  webhooks flush

AGENT is an id or an exact name. --team is a Genesys team (not the department); USER is a user id, me or a name. Without them the scope is the whole organisation. Exit codes: 0 done, 1 other failure, 2 usage, 3 refused by the rules, 4 unresolved conflict, 5 authentication or permission, 6 network or server, 7 a bulk change that partly failed, 8 an anchor that cannot be used (unreadable, malformed or not signed with this audit key).</translation>
    </message>
    <message>
        <source>Genesys: users per roster page, 1 to 500 (default 500; Genesys documents no maximum).</source>
        <translation>Genesys: users per roster page, 1 to 500 (default 500; Genesys documents no maximum).</translation>
    </message>
    <message>
        <source>Scope: the members of this Genesys team (repeatable).</source>
        <translation>Scope: the members of this Genesys team (repeatable).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Scope: the direct reports of USER (an id, me or a name).</source>
        <translation>Scope: the direct reports of USER (an id, me or a name).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Bulk: every agent of the scope.</source>
        <translation>Bulk: every agent of the scope.</translation>
    </message>
    <message>
        <source>The audit key: FILE, private to its owner (mode 0600); STATUSDESK_AUDIT_KEY wins (default %1).</source>
        <translation>The audit key: FILE, private to its owner (mode 0600); STATUSDESK_AUDIT_KEY wins (default %1).</translation>
    </message>
    <message>
        <source>Audit verify: check the chain against a checkpoint or a webhook receiver&apos;s record (JSON Lines).</source>
        <translation>Audit verify: check the chain against a checkpoint or a webhook receiver&apos;s record (JSON Lines).</translation>
    </message>
    <message>
        <source>Audit checkpoint: write the checkpoint to FILE (default: standard output).</source>
        <translation>Audit checkpoint: write the checkpoint to FILE (default: standard output).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to %1.</source>
        <translation>--page-size must be a number from 1 to %1.</translation>
    </message>
    <message>
        <source>bulk set takes --agents or --all, not both.</source>
        <translation>bulk set takes --agents or --all, not both.</translation>
    </message>
    <message>
        <source>bulk set needs --team, --reports-to, --agents or --all.</source>
        <translation>bulk set needs --team, --reports-to, --agents or --all.</translation>
    </message>
    <message>
        <source>Give --team or --reports-to, not both.</source>
        <translation>Give --team or --reports-to, not both.</translation>
    </message>
    <message>
        <source>--reports-to needs a user id, me or a name.</source>
        <translation>--reports-to needs a user id, me or a name.</translation>
    </message>
    <message>
        <source>--team needs a team name.</source>
        <translation>--team needs a team name.</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not an audit outcome; one of: %2.</source>
        <translation>--outcome: &quot;%1&quot; is not an audit outcome; one of: %2.</translation>
    </message>
    <message>
        <source>Schedule adherence and the day log:
  adherence list [--team NAME]... [--reports-to USER]
  timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Schedule adherence and the day log:
  adherence list [--team NAME]... [--reports-to USER]
  timeline show AGENT [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>Timeline show: the day (local time zone), default today.</source>
        <translation>Timeline show: the day (local time zone), default today.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Usage: timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Usage: timeline show AGENT [--date YYYY-MM-DD]</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2026-11-25).</source>
        <translation>--date: &quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2026-11-25).</translation>
    </message>
    <message>
        <source>Queue memberships (Genesys):
  queues list AGENT
  queues activate AGENT QUEUE... [--reason CODE]
  queues deactivate AGENT QUEUE... [--reason CODE]

QUEUE is an id or the name of one of the agent&apos;s queues. A queue the agent is not a member of exits 1; a change Genesys accepted but no read confirmed exits 6.</source>
        <translation>Queue memberships (Genesys):
  queues list AGENT
  queues activate AGENT QUEUE... [--reason CODE]
  queues deactivate AGENT QUEUE... [--reason CODE]

QUEUE is an id or the name of one of the agent&apos;s queues. A queue the agent is not a member of exits 1; a change Genesys accepted but no read confirmed exits 6.</translation>
    </message>
    <message>
        <source>Usage: queues list AGENT</source>
        <translation>Usage: queues list AGENT</translation>
    </message>
    <message>
        <source>Usage: queues %1 AGENT QUEUE... [--reason CODE]</source>
        <translation>Usage: queues %1 AGENT QUEUE... [--reason CODE]</translation>
    </message>
</context>
<context>
    <name>CliQueues</name>
    <message>
        <source>Queue memberships need the Genesys protocol; the Status API has no queues.</source>
        <translation>Queue memberships need the Genesys protocol; the Status API has no queues.</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>No single agent has the id or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The queues of %1 could not be read: %2</source>
        <translation>The queues of %1 could not be read: %2</translation>
    </message>
    <message>
        <source>QUEUE ID</source>
        <translation>QUEUE ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DIVISION</source>
        <translation>DIVISION</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVE</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MEMBERS</translation>
    </message>
    <message>
        <source>ACTIVE MEMBERS</source>
        <translation>ACTIVE MEMBERS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Open this address to sign in: %1</source>
        <translation>Open this address to sign in: %1</translation>
    </message>
    <message>
        <source>loading agents %1/%2</source>
        <translation>loading agents %1/%2</translation>
    </message>
    <message>
        <source>The metrics endpoint could not listen: %1</source>
        <translation>The metrics endpoint could not listen: %1</translation>
    </message>
    <message>
        <source>metrics at http://127.0.0.1:%1/metrics</source>
        <translation>metrics at http://127.0.0.1:%1/metrics</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>No single agent has the id or name &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>progress %1/%2</source>
        <translation>progress %1/%2</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked.
</source>
        <translation>Audit chain intact: %1 entries checked.
</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: %2
</source>
        <translation>Audit chain BROKEN at entry %1: %2
</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Standard output cannot be written.</translation>
    </message>
    <message>
        <source>No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook.</source>
        <translation>No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook.</translation>
    </message>
    <message>
        <source>%1 pending before, %2 still pending, %3 dead letters.
</source>
        <translation>%1 pending before, %2 still pending, %3 dead letters.
</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted change(s) reconciled</source>
        <translation>
            <numerusform>%n interrupted change reconciled</numerusform>
            <numerusform>%n interrupted changes reconciled</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading adherence needs the permission %1: %2</source>
        <translation>Reading adherence needs the permission %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) of the day log skipped</source>
        <translation>
            <numerusform>%n unreadable line of the day log skipped</numerusform>
            <numerusform>%n unreadable lines of the day log skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log of %1 has no agent with the id or name &quot;%2&quot;.</source>
        <translation>The day log of %1 has no agent with the id or name &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Several agents of the day log of %1 are called &quot;%2&quot;; give the id.</source>
        <translation>Several agents of the day log of %1 are called &quot;%2&quot;; give the id.</translation>
    </message>
</context>
</TS>
