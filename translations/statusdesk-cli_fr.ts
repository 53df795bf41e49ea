<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CliFormat</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROUTING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 (%4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the agent could not be read back: whether the change took effect is checked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; a read of the agent told the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written over a concurrent change: between the compare read and the write the agent was set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1 is now %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, changed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 unknown (the server&apos;s answer was lost; checked again at the next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUPERVISOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>Headless StatusDesk: agents, status changes, audit and webhooks.

Commands:
  agents list
  status get AGENT
  status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict abort|apply-latest|keep-theirs]
  bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]
  audit list [--agent A] [--since TIME] [--outcome O]
  audit verify
  audit export --format jsonl|csv
  webhooks list
  webhooks flush

AGENT is an id or an exact name. Exit codes: 0 done, 1 other failure, 2 usage, 3 refused by the rules, 4 unresolved conflict, 5 authentication or permission, 6 network or server, 7 a bulk change that partly failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One base URL for login and API (STATUSDESK_API_BASE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesys Cloud region or domain (GENESYS_REGION).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REGION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client id (GENESYS_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command line: prefer the variable or --client-secret-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the OAuth client secret from FILE (its first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as a supervisor in the browser (prints the URL) instead of client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genesys or status-api (STATUSDESK_PROTOCOL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition rules JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit store: SQLite file or postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook endpoint (WEBHOOK_ENDPOINT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or --webhook-secret-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook HMAC secret from FILE (its first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1:PORT while running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds webhooks flush waits at most (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON output instead of tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason code of the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change only if the agent is still in STATUS, else it is a conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort (default), apply-latest or keep-theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk: every agent of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk: these agents (comma-separated ids or names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk: every agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit list: entries of this agent (id or name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit list: entries at or after this time (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit list: entries with this outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit export: jsonl or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-base: &quot;%1&quot; is not a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --client-secret or --client-secret-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protocol must be genesys or status-api, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --webhook-secret or --webhook-secret-file, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bulk-chunk must be a number from 1 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--metrics-port must be a port number (0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given (try --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format jsonl or --format csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (try --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-conflict must be abort, apply-latest or keep-theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulk set needs exactly one of --team, --agents or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agents needs at least one id or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Open this address to sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading agents %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metrics endpoint could not listen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics at http://127.0.0.1:%1/metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 interrupted change(s) reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is in the team &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pending before, %2 still pending, %3 dead letters.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
