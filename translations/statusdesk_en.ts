<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AgentTableModel</name>
    <message>
        <source>stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This row may be out of date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Off queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interacting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not responding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Communicating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Routing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time in status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freshness</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%1 has been %2 for %n minute(s).</source>
        <translation><numerusform>%1 has been %2 for %n minute.</numerusform><numerusform>%1 has been %2 for %n minutes.</numerusform></translation>
    </message>
    <message>
        <source>Agent over threshold</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Refusing to send to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's answer is larger than %1 bytes; it was refused.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Permission denied: the permission %1 is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server refused the request (HTTP 400): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate limited by the server; retry after %1 s.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate limited by the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(correlation id %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>request failed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Demo organisation</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>Entry %1 was changed: entry %2 no longer links to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was changed: it does not start the chain.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entries before %1 are missing (after entry %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was inserted: its neighbours link to each other.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was changed: its hash does not match its content.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 links past it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was added behind the chain head.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last entries are missing: the chain ends at %1 but its head records %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry %1 was changed: it no longer matches the chain head.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact.</source>
        <translation><numerusform>%n entry checked, the chain is intact.</numerusform><numerusform>%n entries checked, the chain is intact.</numerusform></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;JSONL…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to verify the audit history.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(s) checked.</source>
        <translation><numerusform>Chain intact: %n entry checked.</numerusform><numerusform>Chain intact: %n entries checked.</numerusform></translation>
    </message>
    <message>
        <source>Chain broken at entry %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the audit history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit log location is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log location %1 is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>WAL journal mode is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An audit write is already in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No audit write is in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the audit chain head: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot advance the audit chain: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot commit to the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export target is not writable.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correlation ID</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change several agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start no further changes; the ones in flight finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These agents changed while the batch ran. Choose for each:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All: apply to &amp;latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All: keep &amp;theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revert batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put every changed agent back to the status it had before.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the revert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>will change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n agent(s) will change to %1</source>
        <translation><numerusform>%n agent will change to %1</numerusform><numerusform>%n agents will change to %1</numerusform></translation>
    </message>
    <message>
        <source> (reason %1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n refused by the rules.</source>
        <translation><numerusform>%n refused by the rules.</numerusform><numerusform>%n refused by the rules.</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choice for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply to latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep theirs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation><numerusform>%n conflict to review.</numerusform><numerusform>%n conflicts to review.</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 applied</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation><numerusform>%n refused</numerusform><numerusform>%n refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n kept theirs</source>
        <translation><numerusform>%n kept theirs</numerusform><numerusform>%n kept theirs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation><numerusform>%n cancelled</numerusform><numerusform>%n cancelled</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation><numerusform>%n failed</numerusform><numerusform>%n failed</numerusform></translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>%1 is already in this status.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and the same for %n more agent(s)</source>
        <translation><numerusform>… and the same for %n more agent</numerusform><numerusform>… and the same for %n more agents</numerusform></translation>
    </message>
    <message>
        <source>Sign in first: there is no roster to change yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one or more agents first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is allowed from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change of %1 was refused: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 keeps the status the other side set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change of %1 was cancelled; nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the permission presence:userPresence:edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server is slowing StatusDesk down (429). The change of %1 did not go through; try again in a minute.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server cannot be reached (%1). The change of %2 was not made; check the network and retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change of %1 failed (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules ask for a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert batch</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of %1 places in %2 free.</source>
        <translation><numerusform>%n of %1 places in %2 free.</numerusform><numerusform>%n of %1 places in %2 free.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preview of the request</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Will be sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the status of %1 (now %2) to:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Change the status of %n agent(s) to:</source>
        <translation><numerusform>Change the status of %n agent to:</numerusform><numerusform>Change the status of %n agents to:</numerusform></translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a status that the rules allow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rules ask for a reason for %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>No network access manager: the provider is not attached to an ApiClient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A client id and client secret are needed for client credentials.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https, or http to loopback.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply to latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changed meanwhile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You asked for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave the agent in the status the other side set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop your change; nothing is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed while you were deciding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send your change again, based on the agent's status now.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The simulator stopped before it was ready (exit code %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The simulator did not report its address in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The simulator (statusdesk-sim) is not installed next to StatusDesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The simulator said something unexpected: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GatewayReply</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The signed-in user has no id in the server's answer.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GenesysGateway</name>
    <message>
        <source>The presence answer is not an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The presence re-read before writing is not what the server should send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation has no presence definition for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The presence definitions answer has no list of entities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server lists no usable presence definitions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users answer has no list of entities.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntentReconciler</name>
    <message>
        <source>Interrupted change (intent #%1): the agent was not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, the change took effect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, not %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StatusDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop signing in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in was stopped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the status of the selected agents (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this run only; you will be asked again next time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no profile called %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The client secret is not in the keychain: enter it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>StatusDesk — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting the demo organisation…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking changes left open by the last run…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Signed in as %1: %n agent(s).</source>
        <translation><numerusform>Signed in as %1: %n agent.</numerusform><numerusform>Signed in as %1: %n agents.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left open by the last run were reconciled.</source>
        <translation><numerusform>%n change left open by the last run were reconciled.</numerusform><numerusform>%n changes left open by the last run were reconciled.</numerusform></translation>
    </message>
    <message>
        <source>Settings saved. Connection settings apply at the next sign-in.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Status distribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update latency (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update latency histogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error counters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Prometheus text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NotificationChannel</name>
    <message>
        <source>The notification channel has no id or address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refusing the notification address %1: only wss, or ws to loopback.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n topic(s) were refused, e.g. %1: %2</source>
        <translation><numerusform>%n topic were refused, e.g. %1: %2</numerusform><numerusform>%n topics were refused, e.g. %1: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>PkceTokenProvider</name>
    <message>
        <source>PKCE sign-in needs a client id, an https login host and an ApiClient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not the StatusDesk sign-in address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sign-in answer does not match this request (state).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in to StatusDesk. You can close this window.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No client id (set GENESYS_CLIENT_ID or --client-id).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No client secret (set GENESYS_CLIENT_SECRET or --client-secret).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The API base URL "%1" is not a valid URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rate limit must be a positive number per minute.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Unknown region “%1”. Valid regions: %2 (or their domains).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUSDESK_API_BASE “%1” is not a URL.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>The users page %1 has no list of entities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The users page %1 holds an entry without an id.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Filter agents…  Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Break is allowed from Meeting; 1 of 2 Break places is free.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The rules file %1 is not valid: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit store could not be opened: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statuses could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The roster could not be loaded: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Agents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Request budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending webhooks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation><numerusform>%n agent</numerusform><numerusform>%n agents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation><numerusform> · %n shown</numerusform><numerusform> · %n shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation><numerusform> · %n selected</numerusform><numerusform> · %n selected</numerusform></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Polling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>token %n min</source>
        <translation><numerusform>token %n min</numerusform><numerusform>token %n min</numerusform></translation>
    </message>
    <message>
        <source>token renewing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Slowed down by the server (429)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 requests per min left</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n webhook(s) pending</source>
        <translation><numerusform>%n webhook pending</numerusform><numerusform>%n webhooks pending</numerusform></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;QLite file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;PostgreSQL (shared team log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Built-in rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> requests/min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit store location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook and rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Rules file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert when an agent stays longer than</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert threshold for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The built-in rules are used.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rules file cannot be used: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Rules file is valid: %n status(es).</source>
        <translation><numerusform>Rules file is valid: %n status.</numerusform><numerusform>Rules file is valid: %n statuses.</numerusform></translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default file in the data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A PostgreSQL audit store needs a postgresql:// address.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Demo organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Genesys Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client c&amp;redentials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remember this organisation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to StatusDesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A simulated contact center with live agents, on this computer. Leave the address empty to start the simulator, or give the address of a running one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a simulator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulator address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulator &amp;address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Billing team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A region such as eu-central-1, or a domain such as mypurecloud.de</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusApiGateway</name>
    <message>
        <source>The statuses or reasons answer is not a list of entities.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server lists no known statuses.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status answer is not a status resource.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusChangeService</name>
    <message>
        <source>The audit store is not open; no change is made without an audit trail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server did not answer for this agent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused by the transition rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status change requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The write needed %1 attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server asked StatusDesk to slow down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent changed meanwhile: now %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status change failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cannot reach the login server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login server's answer has no access token or lifetime.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"statuses" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"transitions" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must be a list of statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" must contain only status names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" in "%2" is not one of the declared statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" appears twice in "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"statuses" must be a non-empty list of status names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not a status; use one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is declared twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"transitions" must map each status to the statuses it may move to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is not one of the declared statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" may not move to itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"reasonRequired" must be an object with "targets" and "leaving"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key "%1" in "reasonRequired"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"capacity" must map statuses to numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the capacity of "%1" must be a whole number, 0 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"reasons" must be a list of reason codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"reasons" must contain only non-empty codes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason "%1" appears twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a known status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent's current status “%1” is not a known status.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 → %2 is not allowed; from %1 the allowed statuses are: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a known reason code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason is required to move an agent from %1 to %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team %1 already has %2 of at most %3 agents on %4.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhookDeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dead letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next attempt</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <source>No audit store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The webhook outbox is not available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot store the webhook event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook %1: attempt %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WebhookPanel</name>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dead letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-send</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All deliveries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dead letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the selected event again now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 pending, %2 dead letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live agent status console for Genesys Cloud</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to the demo organisation (the simulator at STATUSDESK_API_BASE, or one started here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to the simulator at &lt;url&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in with the remembered profile &lt;name&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write screenshots of every view into &lt;dir&gt;, then quit.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
