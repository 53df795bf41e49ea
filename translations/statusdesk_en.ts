<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdherenceConsole</name>
    <message>
        <source>%1 (scheduled: %2)</source>
        <translation>%1 (scheduled: %2)</translation>
    </message>
    <message>
        <source>Out of adherence past the threshold: %1</source>
        <translation>Out of adherence past the threshold: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceLabels</name>
    <message>
        <source>Off shift</source>
        <translation>Off shift</translation>
    </message>
    <message>
        <source>On queue work</source>
        <translation>On queue work</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Off queue work</source>
        <translation>Off queue work</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Time off</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>In adherence</source>
        <translation>In adherence</translation>
    </message>
    <message>
        <source>Out of adherence</source>
        <translation>Out of adherence</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignored</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Explained</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Out of adherence · %1</source>
        <translation>Out of adherence · %1</translation>
    </message>
    <message>
        <source>Out since %1 · %2</source>
        <translation>Out since %1 · %2</translation>
    </message>
    <message>
        <source>Out of adherence since %1</source>
        <translation>Out of adherence since %1</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>No permission</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>Reading schedule adherence needs the permission %1.</translation>
    </message>
</context>
<context>
    <name>AdherenceReader</name>
    <message>
        <source>The adherence answer is not a list.</source>
        <translation>The adherence answer is not a list.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>This row may be out of date.</source>
        <translation>This row may be out of date.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>On Queue</source>
        <translation>On Queue</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Away</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Off queue</source>
        <translation>Off queue</translation>
    </message>
    <message>
        <source>Interacting</source>
        <translation>Interacting</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Not responding</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>Communicating</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondary</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Time in status</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>A change to %1 is waiting for the server&apos;s answer.</source>
        <translation>A change to %1 is waiting for the server&apos;s answer.</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>routing status</comment>
        <translation>Idle</translation>
    </message>
    <message numerus="yes">
        <source>polled every %n s</source>
        <translation>
            <numerusform>polled every %n s</numerusform>
            <numerusform>polled every %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Actual activity</source>
        <translation>Actual activity</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Impact: %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%1 has been %2 for %n minute(s).</source>
        <translation>
            <numerusform>%1 has been %2 for %n minute.</numerusform>
            <numerusform>%1 has been %2 for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent over threshold</source>
        <translation>Agent over threshold</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n min)</source>
        <translation>
            <numerusform>%1 (%2, %n min)</numerusform>
            <numerusform>%1 (%2, %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) over their alert threshold: </source>
        <translation>
            <numerusform>%n agent over their alert threshold: </numerusform>
            <numerusform>%n agents over their alert threshold: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>and %n more.</numerusform>
            <numerusform>and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (not responding, %n min)</source>
        <translation>
            <numerusform>%1 (not responding, %n min)</numerusform>
            <numerusform>%1 (not responding, %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not been responding for %n minute(s): no interactions reach them.</source>
        <translation>
            <numerusform>%1 has not been responding for %n minute: no interactions reach them.</numerusform>
            <numerusform>%1 has not been responding for %n minutes: no interactions reach them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Refusing to send to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Refusing to send to %1: only https, or http to this computer (loopback), is allowed.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>No answer within %1 s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>The server&apos;s answer is not valid JSON (%1 at byte %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>The server&apos;s answer is larger than %1 bytes; it was refused.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the sign-in, then send it again.</source>
        <translation>
            <numerusform>The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the sign-in, then send it again.</numerusform>
            <numerusform>The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the sign-in, then send it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Permission denied (HTTP 403): %1</translation>
    </message>
    <message>
        <source>Permission denied: the permission %1 is missing.</source>
        <translation>Permission denied: the permission %1 is missing.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400): %1</source>
        <translation>The server refused the request (HTTP 400): %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentication failed: %1</translation>
    </message>
    <message>
        <source>Rate limited by the server; retry after %1 s.</source>
        <translation>Rate limited by the server; retry after %1 s.</translation>
    </message>
    <message>
        <source>Rate limited by the server.</source>
        <translation>Rate limited by the server.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>(correlation id %1)</source>
        <translation>(correlation id %1)</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>request failed</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2; StatusDesk follows no redirects, so that credentials and tokens go to no other address.</source>
        <translation>The server redirected the request (HTTP %1) to %2; StatusDesk follows no redirects, so that credentials and tokens go to no other address.</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>an unnamed address</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Demo organisation</source>
        <translation>Demo organisation</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Line %1 of the anchor is not a JSON object.</source>
        <translation>Line %1 of the anchor is not a JSON object.</translation>
    </message>
    <message>
        <source>The checkpoint is signed with the audit key, and no audit key is configured.</source>
        <translation>The checkpoint is signed with the audit key, and no audit key is configured.</translation>
    </message>
    <message>
        <source>The checkpoint on line %1 is not signed with this audit key.</source>
        <translation>The checkpoint on line %1 is not signed with this audit key.</translation>
    </message>
    <message>
        <source>The anchor holds no audit sequence number and head link.</source>
        <translation>The anchor holds no audit sequence number and head link.</translation>
    </message>
    <message>
        <source>Cannot read the anchor %1: %2</source>
        <translation>Cannot read the anchor %1: %2</translation>
    </message>
    <message>
        <source>The anchor %1 is larger than %2 MiB.</source>
        <translation>The anchor %1 is larger than %2 MiB.</translation>
    </message>
    <message>
        <source>The audit log is empty, but the anchor records entry %1: the log was emptied or replaced (or its -wal lost after a crash).</source>
        <translation>The audit log is empty, but the anchor records entry %1: the log was emptied or replaced (or its -wal lost after a crash).</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the anchor records entry %2: the entries after %1 were removed (a truncated tail, or a -wal lost after a crash).</source>
        <translation>The audit log ends at entry %1, but the anchor records entry %2: the entries after %1 were removed (a truncated tail, or a -wal lost after a crash).</translation>
    </message>
    <message>
        <source>Entry %1 is not the one the anchor recorded: the chain was rewritten at or before entry %1.</source>
        <translation>Entry %1 is not the one the anchor recorded: the chain was rewritten at or before entry %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor point(s) match, up to entry %1.</source>
        <translation>
            <numerusform>%n anchor point match, up to entry %1.</numerusform>
            <numerusform>%n anchor points match, up to entry %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot read the audit chain head: %1</source>
        <translation>Cannot read the audit chain head: %1</translation>
    </message>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation>Cannot append to the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot advance the audit chain: %1</source>
        <translation>Cannot advance the audit chain: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>Entry %1 was changed: entry %2 no longer links to it.</source>
        <translation>Entry %1 was changed: entry %2 no longer links to it.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it does not start the chain.</source>
        <translation>Entry %1 was changed: it does not start the chain.</translation>
    </message>
    <message>
        <source>Entries before %1 are missing (after entry %2).</source>
        <translation>Entries before %1 are missing (after entry %2).</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: its neighbours link to each other.</source>
        <translation>Entry %1 was inserted: its neighbours link to each other.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its hash does not match its content.</source>
        <translation>Entry %1 was changed: its hash does not match its content.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 links past it.</source>
        <translation>Entry %1 was inserted: entry %2 links past it.</translation>
    </message>
    <message>
        <source>Entry %1 was added behind the chain head.</source>
        <translation>Entry %1 was added behind the chain head.</translation>
    </message>
    <message>
        <source>The last entries are missing: the chain ends at %1 but its head records %2.</source>
        <translation>The last entries are missing: the chain ends at %1 but its head records %2.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it no longer matches the chain head.</source>
        <translation>Entry %1 was changed: it no longer matches the chain head.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted without the audit key: its neighbours link to each other.</source>
        <translation>Entry %1 was inserted without the audit key: its neighbours link to each other.</translation>
    </message>
    <message>
        <source>Entry %1 was rewritten without the audit key: the chain is keyed from entry %2 on, its link is a plain hash.</source>
        <translation>Entry %1 was rewritten without the audit key: the chain is keyed from entry %2 on, its link is a plain hash.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or it is keyed and no audit key is configured: its link does not match its content.</source>
        <translation>Entry %1 was changed, or it is keyed and no audit key is configured: its link does not match its content.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (keyed from entry %1 on).</source>
        <translation>
            <numerusform>%n entry checked, the chain is intact (keyed from entry %1 on).</numerusform>
            <numerusform>%n entries checked, the chain is intact (keyed from entry %1 on).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not show).</source>
        <translation>
            <numerusform>%n entry checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not show).</numerusform>
            <numerusform>%n entries checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not show).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>The export target is not writable.</source>
        <translation>The export target is not writable.</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>Cannot write the export.</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit key is too short: it needs at least %1 characters.</source>
        <translation>The audit key is too short: it needs at least %1 characters.</translation>
    </message>
    <message>
        <source>The audit key file %1 may be read or written by others: make it private (chmod 600).</source>
        <translation>The audit key file %1 may be read or written by others: make it private (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>Cannot read the audit key file %1: %2</translation>
    </message>
    <message>
        <source>The audit key file %1 is too large to be a key.</source>
        <translation>The audit key file %1 is too large to be a key.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>No key was given.</translation>
    </message>
    <message>
        <source>This is too long to be an audit key.</source>
        <translation>This is too long to be an audit key.</translation>
    </message>
    <message>
        <source>A hex audit key needs at least %1 digits; this one has %2.</source>
        <translation>A hex audit key needs at least %1 digits; this one has %2.</translation>
    </message>
    <message>
        <source>A base64 audit key needs at least %1 characters; this one has %2.</source>
        <translation>A base64 audit key needs at least %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>This is not an audit key: a key is hex or base64, on one line, without spaces.</source>
        <translation>This is not an audit key: a key is hex or base64, on one line, without spaces.</translation>
    </message>
</context>
<context>
    <name>AuditKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import from &amp;file…</source>
        <translation>Import from &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Export for colleagues…</source>
        <translation>&amp;Export for colleagues…</translation>
    </message>
    <message>
        <source>Audit key</source>
        <translation>Audit key</translation>
    </message>
    <message>
        <source>The audit key makes the audit log tamper-evident: without it, no one can rewrite entries so that Verify chain still says intact. Every console that writes to a shared team log needs the same key. Audit log: %1</source>
        <translation>The audit key makes the audit log tamper-evident: without it, no one can rewrite entries so that Verify chain still says intact. Every console that writes to a shared team log needs the same key. Audit log: %1</translation>
    </message>
    <message>
        <source>Team key to import</source>
        <translation>Team key to import</translation>
    </message>
    <message>
        <source>Paste a team key (hex or base64)</source>
        <translation>Paste a team key (hex or base64)</translation>
    </message>
    <message>
        <source>Whoever holds this key can rewrite the audit log so that verification still says intact. Give it only to the consoles of your team, over a safe channel, and delete the file once it is imported.</source>
        <translation>Whoever holds this key can rewrite the audit log so that verification still says intact. Give it only to the consoles of your team, over a safe channel, and delete the file once it is imported.</translation>
    </message>
    <message>
        <source>Import a team key</source>
        <translation>Import a team key</translation>
    </message>
    <message>
        <source>Export this key</source>
        <translation>Export this key</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Reading the audit log…</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from STATUSDESK_AUDIT_KEY (it overrides the keychain).</source>
        <translation>This console&apos;s key: fingerprint %1, from STATUSDESK_AUDIT_KEY (it overrides the keychain).</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from the desktop&apos;s keychain.</source>
        <translation>This console&apos;s key: fingerprint %1, from the desktop&apos;s keychain.</translation>
    </message>
    <message>
        <source>This console holds no key for this audit log yet: it makes one at the next sign-in and keeps it in the desktop&apos;s keychain.</source>
        <translation>This console holds no key for this audit log yet: it makes one at the next sign-in and keeps it in the desktop&apos;s keychain.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>The audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>The audit log is empty: it is keyed from its first entry on.</source>
        <translation>The audit log is empty: it is keyed from its first entry on.</translation>
    </message>
    <message>
        <source>The audit log was keyed from entry %1 on, but its last entry (%2) has a plain link: it was written without the key, and Verify chain names it.</source>
        <translation>The audit log was keyed from entry %1 on, but its last entry (%2) has a plain link: it was written without the key, and Verify chain names it.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is not keyed: its %n entries have plain links. At the next sign-in with a key a marker entry is appended, and the chain is keyed from there on; the entries before it stay verifiable as unkeyed.</source>
        <translation>
            <numerusform>The audit log is not keyed: its %n entry has a plain link. At the next sign-in with a key a marker entry is appended, and the chain is keyed from there on; the entry before it stays verifiable as unkeyed.</numerusform>
            <numerusform>The audit log is not keyed: its %n entries have plain links. At the next sign-in with a key a marker entry is appended, and the chain is keyed from there on; the entries before it stay verifiable as unkeyed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is keyed with this console&apos;s key from entry %1 on (%2 entries in all).</source>
        <translation>The audit log is keyed with this console&apos;s key from entry %1 on (%2 entries in all).</translation>
    </message>
    <message>
        <source>The audit log is keyed, but this console holds no key: import the team key it was keyed with.</source>
        <translation>The audit log is keyed, but this console holds no key: import the team key it was keyed with.</translation>
    </message>
    <message>
        <source>The audit log is keyed, but not with this console&apos;s key (or its last entry, %1, was changed): entries written from this console would not verify. Import the key the log was keyed with.</source>
        <translation>The audit log is keyed, but not with this console&apos;s key (or its last entry, %1, was changed): entries written from this console would not verify. Import the key the log was keyed with.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Not imported: %1</translation>
    </message>
    <message>
        <source>This is already this console&apos;s key.</source>
        <translation>This is already this console&apos;s key.</translation>
    </message>
    <message>
        <source>Not imported: the audit log cannot be read: %1</source>
        <translation>Not imported: the audit log cannot be read: %1</translation>
    </message>
    <message>
        <source>Not imported: this key does not match the audit log, whose entries are keyed with another key from entry %1 on. The key of a keyed log cannot be changed: the entries written with the old key would no longer verify. Import the key the log was keyed with (a colleague exports it from their console).</source>
        <translation>Not imported: this key does not match the audit log, whose entries are keyed with another key from entry %1 on. The key of a keyed log cannot be changed: the entries written with the old key would no longer verify. Import the key the log was keyed with (a colleague exports it from their console).</translation>
    </message>
    <message>
        <source>Not imported: the desktop&apos;s keychain did not keep the key (it is missing or locked).</source>
        <translation>Not imported: the desktop&apos;s keychain did not keep the key (it is missing or locked).</translation>
    </message>
    <message>
        <source>Imported: the key with fingerprint %1 is in the desktop&apos;s keychain. The console keys this audit log with it from the next sign-in.</source>
        <translation>Imported: the key with fingerprint %1 is in the desktop&apos;s keychain. The console keys this audit log with it from the next sign-in.</translation>
    </message>
    <message>
        <source>STATUSDESK_AUDIT_KEY still overrides it while it is set.</source>
        <translation>STATUSDESK_AUDIT_KEY still overrides it while it is set.</translation>
    </message>
    <message>
        <source>Not imported: cannot read %1: %2</source>
        <translation>Not imported: cannot read %1: %2</translation>
    </message>
    <message>
        <source>There is no key to export.</source>
        <translation>There is no key to export.</translation>
    </message>
    <message>
        <source>Not exported: cannot write %1: %2</source>
        <translation>Not exported: cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you. Import it on each console of the team, then delete the file.</source>
        <translation>Exported to %1, readable only by you. Import it on each console of the team, then delete the file.</translation>
    </message>
    <message>
        <source>Import an audit key</source>
        <translation>Import an audit key</translation>
    </message>
    <message>
        <source>Export the audit key for colleagues</source>
        <translation>Export the audit key for colleagues</translation>
    </message>
</context>
<context>
    <name>AuditKeyring</name>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>The desktop&apos;s keychain could not be read (it is missing or locked): the audit log is not keyed in this run.</translation>
    </message>
    <message>
        <source>The audit key in the desktop&apos;s keychain is not valid: %1</source>
        <translation>The audit key in the desktop&apos;s keychain is not valid: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain cannot keep an audit key (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>The desktop&apos;s keychain cannot keep an audit key (it is missing or locked): the audit log is not keyed in this run.</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>Invalid</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Applied over a concurrent change</source>
        <translation>Applied over a concurrent change</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Already there</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Retried</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Rate limited</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Outcome unknown</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Reconciled</translation>
    </message>
    <message>
        <source>Webhook delivered</source>
        <translation>Webhook delivered</translation>
    </message>
    <message>
        <source>Webhook retry</source>
        <translation>Webhook retry</translation>
    </message>
    <message>
        <source>Webhook dead letter</source>
        <translation>Webhook dead letter</translation>
    </message>
    <message>
        <source>Chain keyed from here</source>
        <translation>Chain keyed from here</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Any outcome</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Entry details</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>Export &amp;JSONL…</source>
        <translation>Export &amp;JSONL…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation>The audit history could not be read: %1</translation>
    </message>
    <message>
        <source>Sign in to verify the audit history.</source>
        <translation>Sign in to verify the audit history.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Chain intact: %n entry checked.</numerusform>
            <numerusform>Chain intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1 (%2): %3</source>
        <translation>Chain broken at entry %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>Export the audit history</source>
        <translation>Export the audit history</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Audit work in progress</source>
        <translation>Audit work in progress</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verifying the audit chain…</translation>
    </message>
    <message>
        <source>Exporting the audit history…</source>
        <translation>Exporting the audit history…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n entry(s)</source>
        <translation>
            <numerusform>more than %n entry</numerusform>
            <numerusform>more than %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected entry is not in the list any more.</source>
        <translation>The selected entry is not in the list any more.</translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1 (%2): %3</source>
        <translation>THE AUDIT CHAIN IS BROKEN at entry %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to export the audit history.</source>
        <translation>Sign in to export the audit history.</translation>
    </message>
    <message>
        <source>Export %1?</source>
        <translation>Export %1?</translation>
    </message>
    <message>
        <source>No filter is set: the whole history is written.</source>
        <translation>No filter is set: the whole history is written.</translation>
    </message>
    <message>
        <source>The export writes the entries the filters above select.</source>
        <translation>The export writes the entries the filters above select.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choose a file…</translation>
    </message>
</context>
<context>
    <name>AuditQueryRunner</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>Cannot write the export.</translation>
    </message>
</context>
<context>
    <name>AuditSchema</name>
    <message>
        <source>WAL journal mode is not available</source>
        <translation>WAL journal mode is not available</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>The PostgreSQL driver (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>No audit log location is set.</source>
        <translation>No audit log location is set.</translation>
    </message>
    <message>
        <source>The audit log location %1 is a folder, not a file.</source>
        <translation>The audit log location %1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Cannot open the audit log %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation>Cannot prepare the audit log %1: %2</translation>
    </message>
    <message>
        <source>An audit write is already in progress.</source>
        <translation>An audit write is already in progress.</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Cannot write to the audit log: %1</translation>
    </message>
    <message>
        <source>No audit write is in progress.</source>
        <translation>No audit write is in progress.</translation>
    </message>
    <message>
        <source>Cannot commit to the audit log: %1</source>
        <translation>Cannot commit to the audit log: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Cannot read the audit log: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s last entry (%1) is keyed with another key, or was changed: nothing was written.</source>
        <translation>The audit log&apos;s last entry (%1) is keyed with another key, or was changed: nothing was written.</translation>
    </message>
    <message>
        <source>From this entry on the audit chain is keyed.</source>
        <translation>From this entry on the audit chain is keyed.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: it is closed.</source>
        <translation>Cannot open the audit log %1: it is closed.</translation>
    </message>
</context>
<context>
    <name>AuditStoreReader</name>
    <message>
        <source>The audit history could not be opened.</source>
        <translation>The audit history could not be opened.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Correlation ID</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change several agents</source>
        <translation>Change several agents</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Who changes</source>
        <translation>Who changes</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Start no further changes; the ones in flight finish.</source>
        <translation>Start no further changes; the ones in flight finish.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflicts to review</translation>
    </message>
    <message>
        <source>These agents changed while the batch ran. Choose for each:</source>
        <translation>These agents changed while the batch ran. Choose for each:</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>&amp;Apply choices</translation>
    </message>
    <message>
        <source>All: apply to &amp;latest</source>
        <translation>All: apply to &amp;latest</translation>
    </message>
    <message>
        <source>All: keep &amp;theirs</source>
        <translation>All: keep &amp;theirs</translation>
    </message>
    <message>
        <source>&amp;Revert batch</source>
        <translation>&amp;Revert batch</translation>
    </message>
    <message>
        <source>Put every changed agent back to the status it had before.</source>
        <translation>Put every changed agent back to the status it had before.</translation>
    </message>
    <message>
        <source>Reason for the revert</source>
        <translation>Reason for the revert</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>will change</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refused: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will change to %1</source>
        <translation>
            <numerusform>%n agent will change to %1</numerusform>
            <numerusform>%n agents will change to %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (reason %1)</source>
        <translation> (reason %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the rules.</source>
        <translation>
            <numerusform>%n refused by the rules.</numerusform>
            <numerusform>%n refused by the rules.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation>%1 of %2 done…</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>kept theirs</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>failed: %1</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Choice for %1</translation>
    </message>
    <message>
        <source>Apply to latest</source>
        <translation>Apply to latest</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform>
            <numerusform>%n conflicts to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applied</source>
        <translation>%1 of %2 applied</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept theirs</source>
        <translation>
            <numerusform>%n kept theirs</numerusform>
            <numerusform>%n kept theirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules ask for a reason for the way back: pick the reason of the revert.</source>
        <translation>The rules ask for a reason for the way back: pick the reason of the revert.</translation>
    </message>
    <message>
        <source>not known yet: %1</source>
        <translation>not known yet: %1</translation>
    </message>
    <message>
        <source>%1 not known yet (checked again at the next start)</source>
        <translation>%1 not known yet (checked again at the next start)</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>already there</translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n already there.</numerusform>
            <numerusform>%n already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied over a concurrent change (was %1)</source>
        <translation>applied over a concurrent change (was %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Agents the rules would refuse it for keep their choice.</source>
        <translation>Agents the rules would refuse it for keep their choice.</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Less than a minute left.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at the rate limit.</source>
        <translation>
            <numerusform>About %n second left at the rate limit.</numerusform>
            <numerusform>About %n seconds left at the rate limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at the rate limit.</source>
        <translation>
            <numerusform>About %n minute left at the rate limit.</numerusform>
            <numerusform>About %n minutes left at the rate limit.</numerusform>
        </translation>
    </message>
    <message>
        <source>another client</source>
        <translation>another client</translation>
    </message>
    <message>
        <source>Apply to latest needs a reason here: change this agent on their own.</source>
        <translation>Apply to latest needs a reason here: change this agent on their own.</translation>
    </message>
    <message>
        <source>Not judged: Apply to latest is not offered.</source>
        <translation>Not judged: Apply to latest is not offered.</translation>
    </message>
</context>
<context>
    <name>ChangeAuthors</name>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>the agent</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>another client</translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>%1 is already in this status.</source>
        <translation>%1 is already in this status.</translation>
    </message>
    <message numerus="yes">
        <source>… and the same for %n more agent(s)</source>
        <translation>
            <numerusform>… and the same for %n more agent</numerusform>
            <numerusform>… and the same for %n more agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: there is no roster to change yet.</source>
        <translation>Sign in first: there is no roster to change yet.</translation>
    </message>
    <message>
        <source>Select one or more agents first.</source>
        <translation>Select one or more agents first.</translation>
    </message>
    <message>
        <source>%1 is allowed from %2.</source>
        <translation>%1 is allowed from %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
    </message>
    <message>
        <source>The change of %1 was refused: %2</source>
        <translation>The change of %1 was refused: %2</translation>
    </message>
    <message>
        <source>%1 keeps the status the other side set.</source>
        <translation>%1 keeps the status the other side set.</translation>
    </message>
    <message>
        <source>The change of %1 was cancelled; nothing was sent.</source>
        <translation>The change of %1 was cancelled; nothing was sent.</translation>
    </message>
    <message>
        <source>StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the permission presence:userPresence:edit.</source>
        <translation>StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the permission presence:userPresence:edit.</translation>
    </message>
    <message>
        <source>The server is slowing StatusDesk down (429). The change of %1 did not go through; try again in a minute.</source>
        <translation>The server is slowing StatusDesk down (429). The change of %1 did not go through; try again in a minute.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). The change of %2 was not made; check the network and retry.</source>
        <translation>The server cannot be reached (%1). The change of %2 was not made; check the network and retry.</translation>
    </message>
    <message>
        <source>The change of %1 failed (%2): %3</source>
        <translation>The change of %1 failed (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>The rules ask for a reason.</source>
        <translation>The rules ask for a reason.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied.</source>
        <translation>Bulk change finished: %1 of %2 applied.</translation>
    </message>
    <message>
        <source>Revert batch</source>
        <translation>Revert batch</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 places in %2 free.</source>
        <translation>
            <numerusform>%n of %1 places in %2 free.</numerusform>
            <numerusform>%n of %1 places in %2 free.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 is refused: %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 is already %1.</source>
        <translation>%1 is refused: %2 is already %1.</translation>
    </message>
    <message>
        <source>%1 is refused: it is not a status of the rules in force.</source>
        <translation>%1 is refused: it is not a status of the rules in force.</translation>
    </message>
    <message>
        <source>The change of %1 failed: %2</source>
        <translation>The change of %1 failed: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the change of %1 was lost and the agent could not be read back; whether it took effect is checked again at the next start.</source>
        <translation>The server&apos;s answer to the change of %1 was lost and the agent could not be read back; whether it took effect is checked again at the next start.</translation>
    </message>
    <message>
        <source>From %1 it needs a reason, and yours has none: choose one to apply.</source>
        <translation>From %1 it needs a reason, and yours has none: choose one to apply.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing was sent.</source>
        <translation>%1 is already %2; nothing was sent.</translation>
    </message>
    <message>
        <source>%1 is now %2, written over a concurrent change: between our read and our write another client had set %3.</source>
        <translation>%1 is now %2, written over a concurrent change: between our read and our write another client had set %3.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied, %3 already there.</source>
        <translation>Bulk change finished: %1 of %2 applied, %3 already there.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Target status</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Reason code</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Preview of the request</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Will be sent:</translation>
    </message>
    <message>
        <source>Change the status of %1 (now %2) to:</source>
        <translation>Change the status of %1 (now %2) to:</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n agent(s) to:</source>
        <translation>
            <numerusform>Change the status of %n agent to:</numerusform>
            <numerusform>Change the status of %n agents to:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>Pick a status that the rules allow.</source>
        <translation>Pick a status that the rules allow.</translation>
    </message>
    <message>
        <source>The rules ask for a reason for %1.</source>
        <translation>The rules ask for a reason for %1.</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>conflict, theirs kept</source>
        <translation>conflict, theirs kept</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>outcome unknown</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>already there</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>No network access manager: the provider is not attached to an ApiClient.</source>
        <translation>No network access manager: the provider is not attached to an ApiClient.</translation>
    </message>
    <message>
        <source>A client id and client secret are needed for client credentials.</source>
        <translation>A client id and client secret are needed for client credentials.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https, or http to loopback.</source>
        <translation>Refusing to send credentials to %1: only https, or http to loopback.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply to latest</source>
        <translation>&amp;Apply to latest</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Keep theirs</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Status changed meanwhile</source>
        <translation>Status changed meanwhile</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>You asked for</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Leave the agent in the status the other side set.</source>
        <translation>Leave the agent in the status the other side set.</translation>
    </message>
    <message>
        <source>Drop your change; nothing is sent.</source>
        <translation>Drop your change; nothing is sent.</translation>
    </message>
    <message>
        <source>%1 changed while you were deciding</source>
        <translation>%1 changed while you were deciding</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (since %2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Send your change again, based on the agent&apos;s status now.</source>
        <translation>Send your change again, based on the agent&apos;s status now.</translation>
    </message>
    <message>
        <source>Reason code for Apply to latest</source>
        <translation>Reason code for Apply to latest</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>another client</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choose a reason)</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Choose a reason first.</translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Cannot make the day log folder %1.</source>
        <translation>Cannot make the day log folder %1.</translation>
    </message>
    <message>
        <source>Cannot write the day log %1: %2</source>
        <translation>Cannot write the day log %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the day log %1: %2</source>
        <translation>Cannot read the day log %1: %2</translation>
    </message>
    <message>
        <source>The day log %1 is larger than %2 MB; it is not read.</source>
        <translation>The day log %1 is larger than %2 MB; it is not read.</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>The simulator could not be started: %1</translation>
    </message>
    <message>
        <source>The simulator stopped before it was ready (exit code %1).</source>
        <translation>The simulator stopped before it was ready (exit code %1).</translation>
    </message>
    <message>
        <source>The simulator did not report its address in time.</source>
        <translation>The simulator did not report its address in time.</translation>
    </message>
    <message>
        <source>The simulator (statusdesk-sim) is not installed next to StatusDesk.</source>
        <translation>The simulator (statusdesk-sim) is not installed next to StatusDesk.</translation>
    </message>
    <message>
        <source>The simulator said something unexpected: %1</source>
        <translation>The simulator said something unexpected: %1</translation>
    </message>
</context>
<context>
    <name>GatewayReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>The signed-in user has no id in the server&apos;s answer.</source>
        <translation>The signed-in user has no id in the server&apos;s answer.</translation>
    </message>
    <message>
        <source>The server did not answer for this agent.</source>
        <translation>The server did not answer for this agent.</translation>
    </message>
</context>
<context>
    <name>GenesysGateway</name>
    <message>
        <source>The presence answer is not an object.</source>
        <translation>The presence answer is not an object.</translation>
    </message>
    <message>
        <source>The presence re-read before writing is not what the server should send.</source>
        <translation>The presence re-read before writing is not what the server should send.</translation>
    </message>
    <message>
        <source>The agent %1 was not found.</source>
        <translation>The agent %1 was not found.</translation>
    </message>
    <message>
        <source>The organisation has no presence definition for %1.</source>
        <translation>The organisation has no presence definition for %1.</translation>
    </message>
    <message>
        <source>The presence definitions answer has no list of entities.</source>
        <translation>The presence definitions answer has no list of entities.</translation>
    </message>
    <message>
        <source>The server lists no usable presence definitions.</source>
        <translation>The server lists no usable presence definitions.</translation>
    </message>
    <message>
        <source>Not sent: the bulk change was stopped.</source>
        <translation>Not sent: the bulk change was stopped.</translation>
    </message>
    <message>
        <source>The read-back after the bulk write has no presence of %1.</source>
        <translation>The read-back after the bulk write has no presence of %1.</translation>
    </message>
    <message>
        <source>The bulk write did not take effect: %1 is in %2.</source>
        <translation>The bulk write did not take effect: %1 is in %2.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Change the status of the selected agents</source>
        <translation>Change the status of the selected agents</translation>
    </message>
    <message>
        <source>Enter in the roster</source>
        <translation>Enter in the roster</translation>
    </message>
    <message>
        <source>Leave a table or list</source>
        <translation>Leave a table or list</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Open the menus</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt, or F10</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its files</source>
        <translation>Where StatusDesk keeps its files</translation>
    </message>
    <message>
        <source>About StatusDesk</source>
        <translation>About StatusDesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
    <message>
        <source>A live agent status console for Genesys Cloud team leads.</source>
        <translation>A live agent status console for Genesys Cloud team leads.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, version 3 or later</translation>
    </message>
</context>
<context>
    <name>IntentReconciler</name>
    <message>
        <source>Interrupted change (intent #%1): the agent was not found</source>
        <translation>Interrupted change (intent #%1): the agent was not found</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, the change took effect</source>
        <translation>Interrupted change (intent #%1): the agent is in %2, the change took effect</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, not %3</source>
        <translation>Interrupted change (intent #%1): the agent is in %2, not %3</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StatusDesk</source>
        <translation>StatusDesk</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Loading progress</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Stop signing in</translation>
    </message>
    <message>
        <source>Signing in was stopped.</source>
        <translation>Signing in was stopped.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Sign &amp;in…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agents</translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation>&amp;Change status…</translation>
    </message>
    <message>
        <source>Change the status of the selected agents (Enter)</source>
        <translation>Change the status of the selected agents (Enter)</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Change &amp;to</translation>
    </message>
    <message>
        <source>&amp;Find agents</source>
        <translation>&amp;Find agents</translation>
    </message>
    <message>
        <source>&amp;Reload roster</source>
        <translation>&amp;Reload roster</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>There is no profile called %1.</source>
        <translation>There is no profile called %1.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain: enter it again.</source>
        <translation>The client secret is not in the keychain: enter it again.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>Finish signing in in your browser.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Signing in to %1…</translation>
    </message>
    <message>
        <source>Starting the demo organisation…</source>
        <translation>Starting the demo organisation…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Loading the roster…</translation>
    </message>
    <message>
        <source>Checking changes left open by the last run…</source>
        <translation>Checking changes left open by the last run…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1: %n agent(s).</source>
        <translation>
            <numerusform>Signed in as %1: %n agent.</numerusform>
            <numerusform>Signed in as %1: %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left open by the last run were reconciled.</source>
        <translation>
            <numerusform>%n change left open by the last run were reconciled.</numerusform>
            <numerusform>%n changes left open by the last run were reconciled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. Connection settings apply at the next sign-in.</source>
        <translation>Settings saved. Connection settings apply at the next sign-in.</translation>
    </message>
    <message>
        <source>No webhook address is set: status changes are recorded, but none is sent to payroll until an address is given in Settings.</source>
        <translation>No webhook address is set: status changes are recorded, but none is sent to payroll until an address is given in Settings.</translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Renew it in the browser; until then everything works as before, and afterwards changes wait for the new sign-in.</source>
        <translation>Your sign-in ends at %1. Renew it in the browser; until then everything works as before, and afterwards changes wait for the new sign-in.</translation>
    </message>
    <message>
        <source>&amp;Renew sign-in</source>
        <translation>&amp;Renew sign-in</translation>
    </message>
    <message numerus="yes">
        <source>A webhook could not be delivered to payroll: %n dead letter(s) to re-send.</source>
        <translation>
            <numerusform>A webhook could not be delivered to payroll: %n dead letter to re-send.</numerusform>
            <numerusform>A webhook could not be delivered to payroll: %n dead letters to re-send.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;dead letters</source>
        <translation>Show &amp;dead letters</translation>
    </message>
    <message>
        <source>Roster &amp;scope…</source>
        <translation>Roster &amp;scope…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>&amp;Next panel</translation>
    </message>
    <message>
        <source>&amp;Previous panel</source>
        <translation>&amp;Previous panel</translation>
    </message>
    <message>
        <source>Saving the secret in the desktop&apos;s keychain. If the desktop asks you to choose a password, it is creating its keyring for the first time: that password protects the saved secrets.</source>
        <translation>Saving the secret in the desktop&apos;s keychain. If the desktop asks you to choose a password, it is creating its keyring for the first time: that password protects the saved secrets.</translation>
    </message>
    <message>
        <source>The secret is saved in the desktop&apos;s keychain.</source>
        <translation>The secret is saved in the desktop&apos;s keychain.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain did not keep the secret (it is missing, locked, or the password prompt was closed). The secret is kept for this run only; you will be asked again next time.</source>
        <translation>The desktop&apos;s keychain did not keep the secret (it is missing, locked, or the password prompt was closed). The secret is kept for this run only; you will be asked again next time.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked).</source>
        <translation>The desktop&apos;s keychain could not be read (it is missing or locked).</translation>
    </message>
    <message>
        <source>StatusDesk — %1 — %2</source>
        <translation>StatusDesk — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its &amp;files</source>
        <translation>Where StatusDesk keeps its &amp;files</translation>
    </message>
    <message>
        <source>&amp;About StatusDesk</source>
        <translation>&amp;About StatusDesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Audit history</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Standard error: in the terminal StatusDesk was started from, or, started from the desktop&apos;s menu, in the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; adds debug messages.</source>
        <translation>Standard error: in the terminal StatusDesk was started from, or, started from the desktop&apos;s menu, in the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; adds debug messages.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Clear &amp;not responding…</source>
        <translation>Clear &amp;not responding…</translation>
    </message>
    <message>
        <source>Take the selected not responding agents off queue (with a reason), then on queue again</source>
        <translation>Take the selected not responding agents off queue (with a reason), then on queue again</translation>
    </message>
    <message>
        <source>Select agents flagged as not responding first.</source>
        <translation>Select agents flagged as not responding first.</translation>
    </message>
    <message>
        <source>Clear not responding</source>
        <translation>Clear not responding</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will be taken off queue, then put on queue again. Reason for taking them off queue:</source>
        <translation>
            <numerusform>%n agent will be taken off queue, then put on queue again. Reason for taking them off queue:</numerusform>
            <numerusform>%n agents will be taken off queue, then put on queue again. Reason for taking them off queue:</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue panel shows the first %1 of the %2 agents selected.</source>
        <translation>The queue panel shows the first %1 of the %2 agents selected.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Close the message</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Message action</translation>
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation>Cannot write the metrics to %1: %2</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Status distribution</source>
        <translation>Status distribution</translation>
    </message>
    <message>
        <source>Update latency histogram</source>
        <translation>Update latency histogram</translation>
    </message>
    <message>
        <source>Error counters</source>
        <translation>Error counters</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Copy Prometheus text</source>
        <translation>&amp;Copy Prometheus text</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Update latency: time on the wire, and waiting apart</source>
        <translation>Update latency: time on the wire, and waiting apart</translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: all %n agent(s)</source>
        <translation>
            <numerusform>Status distribution: %n agent</numerusform>
            <numerusform>Status distribution: all %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: %1 of %n agent(s) as filtered</source>
        <translation>
            <numerusform>Status distribution: %1 of %n agent as filtered</numerusform>
            <numerusform>Status distribution: %1 of %n agents as filtered</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>From a compare read&apos;s answer to the write after it leaving StatusDesk: another client&apos;s change can only slip in within this window.</source>
        <translation>From a compare read&apos;s answer to the write after it leaving StatusDesk: another client&apos;s change can only slip in within this window.</translation>
    </message>
    <message>
        <source>Compare-before-write window: no write yet.</source>
        <translation>Compare-before-write window: no write yet.</translation>
    </message>
    <message numerus="yes">
        <source>Compare-before-write window: median %1 over %n write(s).</source>
        <translation>
            <numerusform>Compare-before-write window: median %1 over %n write(s).</numerusform>
            <numerusform>Compare-before-write window: median %1 over %n write(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Cannot listen on 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>NotRespondingClearer</name>
    <message>
        <source>Not signed in.</source>
        <translation>Not signed in.</translation>
    </message>
    <message>
        <source>The agent is not in the roster.</source>
        <translation>The agent is not in the roster.</translation>
    </message>
    <message>
        <source>%1 is not flagged as not responding.</source>
        <translation>%1 is not flagged as not responding.</translation>
    </message>
    <message>
        <source>%1 is being cleared already.</source>
        <translation>%1 is being cleared already.</translation>
    </message>
    <message>
        <source>%1 was taken off queue but could not be put on queue again: %2</source>
        <translation>%1 was taken off queue but could not be put on queue again: %2</translation>
    </message>
    <message>
        <source>%1 could not be taken off queue: %2</source>
        <translation>%1 could not be taken off queue: %2</translation>
    </message>
    <message>
        <source>%1 is on queue again.</source>
        <translation>%1 is on queue again.</translation>
    </message>
    <message>
        <source>%1 was taken off queue; signed out before On Queue.</source>
        <translation>%1 was taken off queue; signed out before On Queue.</translation>
    </message>
    <message>
        <source>%1 left the roster after being taken off queue.</source>
        <translation>%1 left the roster after being taken off queue.</translation>
    </message>
</context>
<context>
    <name>NotificationChannel</name>
    <message>
        <source>The notification channel has no id or address.</source>
        <translation>The notification channel has no id or address.</translation>
    </message>
    <message>
        <source>Refusing the notification address %1: only wss, or ws to loopback.</source>
        <translation>Refusing the notification address %1: only wss, or ws to loopback.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) were refused, e.g. %1: %2</source>
        <translation>
            <numerusform>%n topic were refused, e.g. %1: %2</numerusform>
            <numerusform>%n topics were refused, e.g. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server offers none of the notification topics asked (%1).</source>
        <translation>The server offers none of the notification topics asked (%1).</translation>
    </message>
</context>
<context>
    <name>OutageBanner</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Outage</translation>
    </message>
    <message>
        <source>The server has not answered since %1 (%2). Still working: the roster as last read (its rows are marked stale as they age), the audit history and its export, and webhook deliveries. Status changes are not made until the server answers; each one that fails says so and can be retried.</source>
        <translation>The server has not answered since %1 (%2). Still working: the roster as last read (its rows are marked stale as they age), the audit history and its export, and webhook deliveries. Status changes are not made until the server answers; each one that fails says so and can be retried.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2). Still working: the roster is re-read regularly (each row shows how fresh it is), status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Live updates are down since %1 (%2). Still working: the roster is re-read regularly (each row shows how fresh it is), status changes are checked against the server before they are written, the audit history and webhooks.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2) and the roster is not re-read: reload it to see the latest. Still working: status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Live updates are down since %1 (%2) and the roster is not re-read: reload it to see the latest. Still working: status changes are checked against the server before they are written, the audit history and webhooks.</translation>
    </message>
</context>
<context>
    <name>PkceTokenProvider</name>
    <message>
        <source>PKCE sign-in needs a client id, an https login host and an ApiClient.</source>
        <translation>PKCE sign-in needs a client id, an https login host and an ApiClient.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2</source>
        <translation>Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Not the StatusDesk sign-in address.</source>
        <translation>Not the StatusDesk sign-in address.</translation>
    </message>
    <message>
        <source>The sign-in answer does not match this request (state).</source>
        <translation>The sign-in answer does not match this request (state).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>no code</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Sign-in was refused: %1</translation>
    </message>
    <message>
        <source>Signed in to StatusDesk. You can close this window.</source>
        <translation>Signed in to StatusDesk. You can close this window.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No client id (set GENESYS_CLIENT_ID or --client-id).</source>
        <translation>No client id (set GENESYS_CLIENT_ID or --client-id).</translation>
    </message>
    <message>
        <source>No client secret (set GENESYS_CLIENT_SECRET or --client-secret).</source>
        <translation>No client secret (set GENESYS_CLIENT_SECRET or --client-secret).</translation>
    </message>
    <message>
        <source>No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region).</source>
        <translation>No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region).</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>The API base URL &quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>The rate limit must be a positive number per minute.</source>
        <translation>The rate limit must be a positive number per minute.</translation>
    </message>
    <message>
        <source>The bulk write chunk must be between 1 and 50 agents.</source>
        <translation>The bulk write chunk must be between 1 and 50 agents.</translation>
    </message>
    <message>
        <source>The users page size must be between 1 and %1.</source>
        <translation>The users page size must be between 1 and %1.</translation>
    </message>
</context>
<context>
    <name>QueueChangeService</name>
    <message>
        <source>The audit store is not open; nothing was sent.</source>
        <translation>The audit store is not open; nothing was sent.</translation>
    </message>
    <message>
        <source>The memberships could not be read before the change: %1</source>
        <translation>The memberships could not be read before the change: %1</translation>
    </message>
    <message>
        <source>%1 is not a member of queue %2; Genesys ignores such a change.</source>
        <translation>%1 is not a member of queue %2; Genesys ignores such a change.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was activated meanwhile; nothing was changed.</source>
        <translation>The membership of queue %1 was activated meanwhile; nothing was changed.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was deactivated meanwhile; nothing was changed.</source>
        <translation>The membership of queue %1 was deactivated meanwhile; nothing was changed.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already active.</source>
        <translation>The membership of queue %1 is already active.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already inactive.</source>
        <translation>The membership of queue %1 is already inactive.</translation>
    </message>
    <message>
        <source>Queue %1: %2</source>
        <translation>Queue %1: %2</translation>
    </message>
    <message>
        <source>Genesys ignored queue %1: the agent is not a member of it.</source>
        <translation>Genesys ignored queue %1: the agent is not a member of it.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is active.</source>
        <translation>The membership of queue %1 is active.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is inactive.</source>
        <translation>The membership of queue %1 is inactive.</translation>
    </message>
    <message>
        <source>Queue membership activation: %1</source>
        <translation>Queue membership activation: %1</translation>
    </message>
    <message>
        <source>Queue membership deactivation: %1</source>
        <translation>Queue membership deactivation: %1</translation>
    </message>
    <message>
        <source>The agents active on queue %1 could not be counted again (%2), so its minimum cannot be checked.</source>
        <translation>The agents active on queue %1 could not be counted again (%2), so its minimum cannot be checked.</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>The intent could not be audited; the change was not sent.</translation>
    </message>
    <message numerus="yes">
        <source>The answer to the change of queue %1 was lost (%2) and %n read(s) after it did not show the change; it is checked again at the next start.</source>
        <translation>
            <numerusform>The answer to the change of queue %1 was lost (%2) and %n read after it did not show the change; it is checked again at the next start.</numerusform>
            <numerusform>The answer to the change of queue %1 was lost (%2) and %n reads after it did not show the change; it is checked again at the next start.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genesys accepted the change of queue %1, but %n read(s) after it did not show it yet; it is checked again at the next start.</source>
        <translation>
            <numerusform>Genesys accepted the change of queue %1, but %n read after it did not show it yet; it is checked again at the next start.</numerusform>
            <numerusform>Genesys accepted the change of queue %1, but %n reads after it did not show it yet; it is checked again at the next start.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the answer was lost; a read of the memberships confirmed it)</source>
        <translation>%1 (the answer was lost; a read of the memberships confirmed it)</translation>
    </message>
</context>
<context>
    <name>QueueGateway</name>
    <message>
        <source>The user queues answer has no list of entities.</source>
        <translation>The user queues answer has no list of entities.</translation>
    </message>
    <message>
        <source>The user has more than %1 queue memberships.</source>
        <translation>The user has more than %1 queue memberships.</translation>
    </message>
</context>
<context>
    <name>QueueIntentReconciler</name>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent was not found</source>
        <translation>Interrupted queue membership change (intent #%1): the agent was not found</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent is no member of queue %2</source>
        <translation>Interrupted queue membership change (intent #%1): the agent is no member of queue %2</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is active, the change took effect</source>
        <translation>Interrupted queue membership change (intent #%1): queue %2 is active, the change took effect</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is inactive, the change took effect</source>
        <translation>Interrupted queue membership change (intent #%1): queue %2 is inactive, the change took effect</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still inactive</source>
        <translation>Interrupted queue membership change (intent #%1): queue %2 is still inactive</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still active</source>
        <translation>Interrupted queue membership change (intent #%1): queue %2 is still active</translation>
    </message>
</context>
<context>
    <name>QueueMembershipModel</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Active members</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Queue memberships</source>
        <translation>Queue memberships</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(no reason)</translation>
    </message>
    <message>
        <source>Select the memberships to change.</source>
        <translation>Select the memberships to change.</translation>
    </message>
    <message>
        <source>Queue memberships are available with the Genesys protocol once signed in.</source>
        <translation>Queue memberships are available with the Genesys protocol once signed in.</translation>
    </message>
    <message>
        <source>Activate the selected memberships</source>
        <translation>Activate the selected memberships</translation>
    </message>
    <message>
        <source>Deactivate the selected memberships</source>
        <translation>Deactivate the selected memberships</translation>
    </message>
    <message>
        <source>No queues: sign in with a Genesys profile.</source>
        <translation>No queues: sign in with a Genesys profile.</translation>
    </message>
    <message>
        <source>Select agents in the roster to see their queues.</source>
        <translation>Select agents in the roster to see their queues.</translation>
    </message>
    <message>
        <source>Changing memberships; Genesys applies them after a moment…</source>
        <translation>Changing memberships; Genesys applies them after a moment…</translation>
    </message>
    <message>
        <source>Reading queue memberships…</source>
        <translation>Reading queue memberships…</translation>
    </message>
    <message>
        <source>The memberships could not be read: %1</source>
        <translation>The memberships could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 agent(s).</source>
        <translation>
            <numerusform>%n membership of %1 agent(s).</numerusform>
            <numerusform>%n memberships of %1 agent(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Unknown region “%1”. Valid regions: %2 (or their domains).</source>
        <translation>Unknown region “%1”. Valid regions: %2 (or their domains).</translation>
    </message>
    <message>
        <source>STATUSDESK_API_BASE “%1” is not a URL.</source>
        <translation>STATUSDESK_API_BASE “%1” is not a URL.</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>The users page %1 has no list of entities.</source>
        <translation>The users page %1 has no list of entities.</translation>
    </message>
    <message>
        <source>The users page %1 holds an entry without an id.</source>
        <translation>The users page %1 holds an entry without an id.</translation>
    </message>
    <message>
        <source>The server lists %1 users; StatusDesk loads at most %2.</source>
        <translation>The server lists %1 users; StatusDesk loads at most %2.</translation>
    </message>
    <message>
        <source>The users page %1 holds %2 entries, more than the %3 asked for.</source>
        <translation>The users page %1 holds %2 entries, more than the %3 asked for.</translation>
    </message>
</context>
<context>
    <name>RosterScope</name>
    <message>
        <source>Whole organisation</source>
        <translation>Whole organisation</translation>
    </message>
    <message>
        <source>My direct reports</source>
        <translation>My direct reports</translation>
    </message>
    <message>
        <source>Direct reports of %1</source>
        <translation>Direct reports of %1</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>Teams: %1</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Filter agents</source>
        <translation>Filter agents</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter agents…  %1</source>
        <translation>Filter agents…  %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Filter agents by name, team or status</source>
        <translation>Filter agents by name, team or status</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Clear the filter</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message>
        <source>The teams answer has no list of entities.</source>
        <translation>The teams answer has no list of entities.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>My &amp;direct reports</source>
        <translation>My &amp;direct reports</translation>
    </message>
    <message>
        <source>These &amp;teams:</source>
        <translation>These &amp;teams:</translation>
    </message>
    <message>
        <source>The whole &amp;organisation</source>
        <translation>The whole &amp;organisation</translation>
    </message>
    <message>
        <source>Roster scope</source>
        <translation>Roster scope</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Which agents should the roster show?</source>
        <translation>Which agents should the roster show?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;direct reports (%n)</source>
        <translation>
            <numerusform>My &amp;direct reports (%n)</numerusform>
            <numerusform>My &amp;direct reports (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams could not be listed: %1</source>
        <translation>Teams could not be listed: %1</translation>
    </message>
</context>
<context>
    <name>ScopeLoader</name>
    <message>
        <source>The whole organisation loads through the listing.</source>
        <translation>The whole organisation loads through the listing.</translation>
    </message>
    <message>
        <source>The team members answer has no list of entities.</source>
        <translation>The team members answer has no list of entities.</translation>
    </message>
    <message>
        <source>The direct reports answer is no list.</source>
        <translation>The direct reports answer is no list.</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agents</translation>
    </message>
</context>
<context>
    <name>ScopeResolver</name>
    <message>
        <source>The teams answer has no list of entities.</source>
        <translation>The teams answer has no list of entities.</translation>
    </message>
    <message>
        <source>The signed-in user has no id.</source>
        <translation>The signed-in user has no id.</translation>
    </message>
    <message>
        <source>The search answer has no results.</source>
        <translation>The search answer has no results.</translation>
    </message>
</context>
<context>
    <name>ScopeResolver::Problem</name>
    <message>
        <source>Nothing is called &quot;%1&quot;.</source>
        <translation>Nothing is called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2</source>
        <translation>&quot;%1&quot; matches several: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be looked up: %2</source>
        <translation>&quot;%1&quot; could not be looked up: %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Break is allowed from Meeting; 1 of 2 Break places is free.</source>
        <translation>Break is allowed from Meeting; 1 of 2 Break places is free.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The rules file %1 is not valid: %2</source>
        <translation>The rules file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>The audit store could not be opened: %1</source>
        <translation>The audit store could not be opened: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Sign-in failed: %1</translation>
    </message>
    <message>
        <source>The statuses could not be loaded: %1</source>
        <translation>The statuses could not be loaded: %1</translation>
    </message>
    <message>
        <source>The roster could not be loaded: %1</source>
        <translation>The roster could not be loaded: %1</translation>
    </message>
    <message>
        <source>The audit store could not be keyed: %1</source>
        <translation>The audit store could not be keyed: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Token expiry</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Request budget</translation>
    </message>
    <message>
        <source>Pending webhooks</source>
        <translation>Pending webhooks</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n shown</numerusform>
            <numerusform> · %n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation>
            <numerusform> · %n selected</numerusform>
            <numerusform> · %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <source>token %n min</source>
        <translation>
            <numerusform>token %n min</numerusform>
            <numerusform>token %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>token renewing</source>
        <translation>token renewing</translation>
    </message>
    <message>
        <source>Slowed down by the server (429)</source>
        <translation>Slowed down by the server (429)</translation>
    </message>
    <message>
        <source>%1/%2 requests per min left</source>
        <translation>%1/%2 requests per min left</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) pending</source>
        <translation>
            <numerusform>%n webhook pending</numerusform>
            <numerusform>%n webhooks pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No webhook address: %n webhook(s) waiting</source>
        <translation>
            <numerusform>No webhook address: %n webhook waiting</numerusform>
            <numerusform>No webhook address: %n webhooks waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests left in the last 60 seconds. Reads may use up to %1 of the %2; the rest is kept for your changes.</source>
        <translation>Requests left in the last 60 seconds. Reads may use up to %1 of the %2; the rest is kept for your changes.</translation>
    </message>
    <message>
        <source>The server refused requests before the profile&apos;s %1 a minute; the budget grows back by a tenth each minute.</source>
        <translation>The server refused requests before the profile&apos;s %1 a minute; the budget grows back by a tenth each minute.</translation>
    </message>
    <message>
        <source>Agents still loading</source>
        <translation>Agents still loading</translation>
    </message>
    <message numerus="yes">
        <source>%n more still coming</source>
        <translation>
            <numerusform>%n more still coming</numerusform>
            <numerusform>%n more still coming</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s</source>
        <translation>
            <numerusform>Live · %n polled every %1 s</numerusform>
            <numerusform>Live · %n polled every %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s (missing %2)</source>
        <translation>
            <numerusform>Live · %n polled every %1 s (missing %2)</numerusform>
            <numerusform>Live · %n polled every %1 s (missing %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Polling every %1 s</translation>
    </message>
    <message>
        <source>Live updates refused for want of the permission(s) %1: those agents are polled.</source>
        <translation>Live updates refused for want of the permission(s) %1: those agents are polled.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n dead letter</numerusform>
            <numerusform>%n dead letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Schedule adherence</translation>
    </message>
    <message>
        <source>adherence: no permission</source>
        <translation>adherence: no permission</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>Reading schedule adherence needs the permission %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n out of adherence</source>
        <translation>
            <numerusform>%n out of adherence</numerusform>
            <numerusform>%n out of adherence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n not responding</source>
        <translation>
            <numerusform> · ⚠ %n not responding</numerusform>
            <numerusform> · ⚠ %n not responding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;QLite file</source>
        <translation>S&amp;QLite file</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL (shared team log)</source>
        <translation>&amp;PostgreSQL (shared team log)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Webhook signing key</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Rules file</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Built-in rules</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Rate limit</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> requests/min</translation>
    </message>
    <message>
        <source>Audit store location</source>
        <translation>Audit store location</translation>
    </message>
    <message>
        <source>Webhook and rules</source>
        <translation>Webhook and rules</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>&amp;Webhook address:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signing &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Rules file:</source>
        <translation>&amp;Rules file:</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Rate &amp;limit:</translation>
    </message>
    <message>
        <source>Audit store</source>
        <translation>Audit store</translation>
    </message>
    <message>
        <source>Alert when an agent stays longer than</source>
        <translation>Alert when an agent stays longer than</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Alert threshold for %1</source>
        <translation>Alert threshold for %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The built-in rules are used.</source>
        <translation>The built-in rules are used.</translation>
    </message>
    <message>
        <source>This rules file cannot be used: %1</source>
        <translation>This rules file cannot be used: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rules file is valid: %n status(es).</source>
        <translation>
            <numerusform>Rules file is valid: %n status.</numerusform>
            <numerusform>Rules file is valid: %n statuses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation>Choose a rules file</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Rules (*.json)</translation>
    </message>
    <message>
        <source>Default file in the data folder</source>
        <translation>Default file in the data folder</translation>
    </message>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation>The webhook address must be an http or https URL.</translation>
    </message>
    <message>
        <source>A PostgreSQL audit store needs a postgresql:// address.</source>
        <translation>A PostgreSQL audit store needs a postgresql:// address.</translation>
    </message>
    <message>
        <source>&amp;Audit key…</source>
        <translation>&amp;Audit key…</translation>
    </message>
    <message>
        <source>Whether the audit log is keyed, and the team key of a shared log</source>
        <translation>Whether the audit log is keyed, and the team key of a shared log</translation>
    </message>
</context>
<context>
    <name>ShiftTimelineView</name>
    <message>
        <source>Shift timeline</source>
        <translation>Shift timeline</translation>
    </message>
    <message>
        <source>Nothing seen for this day yet.</source>
        <translation>Nothing seen for this day yet.</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Scheduled: %1</translation>
    </message>
    <message>
        <source>%1
%2 – %3 (%4)</source>
        <translation>%1
%2 – %3 (%4)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Demo organisation</source>
        <translation>&amp;Demo organisation</translation>
    </message>
    <message>
        <source>&amp;Genesys Cloud</source>
        <translation>&amp;Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation>Sign in in the &amp;browser</translation>
    </message>
    <message>
        <source>Client c&amp;redentials</source>
        <translation>Client c&amp;redentials</translation>
    </message>
    <message>
        <source>&amp;Remember this organisation</source>
        <translation>&amp;Remember this organisation</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign in to StatusDesk</source>
        <translation>Sign in to StatusDesk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A simulated contact center with live agents, on this computer. Leave the address empty to start the simulator, or give the address of a running one.</source>
        <translation>A simulated contact center with live agents, on this computer. Leave the address empty to start the simulator, or give the address of a running one.</translation>
    </message>
    <message>
        <source>Start a simulator</source>
        <translation>Start a simulator</translation>
    </message>
    <message>
        <source>Simulator address</source>
        <translation>Simulator address</translation>
    </message>
    <message>
        <source>Simulator &amp;address:</source>
        <translation>Simulator &amp;address:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>e.g. Billing team</source>
        <translation>e.g. Billing team</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>A region such as eu-central-1, or a domain such as mypurecloud.de</source>
        <translation>A region such as eu-central-1, or a domain such as mypurecloud.de</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client id</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client secret</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Profile name:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client &amp;id:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Sign-in:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client s&amp;ecret:</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook address</translation>
    </message>
    <message>
        <source>https://payroll.example.com/statusdesk</source>
        <translation>https://payroll.example.com/statusdesk</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>&amp;Webhook address:</translation>
    </message>
    <message>
        <source>This is not an http or https address.</source>
        <translation>This is not an http or https address.</translation>
    </message>
    <message>
        <source>Empty: the started simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Empty: the started simulator&apos;s payroll sink receives the webhooks.</translation>
    </message>
    <message>
        <source>Empty: the simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Empty: the simulator&apos;s payroll sink receives the webhooks.</translation>
    </message>
    <message>
        <source>Empty: status changes are recorded, but no webhook is sent to payroll.</source>
        <translation>Empty: status changes are recorded, but no webhook is sent to payroll.</translation>
    </message>
</context>
<context>
    <name>StatusApiGateway</name>
    <message>
        <source>The statuses or reasons answer is not a list of entities.</source>
        <translation>The statuses or reasons answer is not a list of entities.</translation>
    </message>
    <message>
        <source>The server lists no known statuses.</source>
        <translation>The server lists no known statuses.</translation>
    </message>
    <message>
        <source>The status answer is not a status resource.</source>
        <translation>The status answer is not a status resource.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>(the ETag read just before)</source>
        <translation>(the ETag read just before)</translation>
    </message>
</context>
<context>
    <name>StatusChangeService</name>
    <message>
        <source>The audit store is not open; no change is made without an audit trail.</source>
        <translation>The audit store is not open; no change is made without an audit trail.</translation>
    </message>
    <message>
        <source>Refused by the transition rules</source>
        <translation>Refused by the transition rules</translation>
    </message>
    <message>
        <source>Status change requested</source>
        <translation>Status change requested</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>The intent could not be audited; the change was not sent.</translation>
    </message>
    <message>
        <source>The write needed %1 attempts</source>
        <translation>The write needed %1 attempts</translation>
    </message>
    <message>
        <source>The server asked StatusDesk to slow down</source>
        <translation>The server asked StatusDesk to slow down</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <source>The agent changed meanwhile: now %1</source>
        <translation>The agent changed meanwhile: now %1</translation>
    </message>
    <message>
        <source>Status change failed</source>
        <translation>Status change failed</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Conflict resolved: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; reading the agent to learn whether the change took effect</source>
        <translation>The server&apos;s answer was lost; reading the agent to learn whether the change took effect</translation>
    </message>
    <message>
        <source>Status changed (the answer was lost; a read of the agent confirmed it)</source>
        <translation>Status changed (the answer was lost; a read of the agent confirmed it)</translation>
    </message>
    <message>
        <source>Status change did not take effect: the answer was lost and the agent is in %1</source>
        <translation>Status change did not take effect: the answer was lost and the agent is in %1</translation>
    </message>
    <message>
        <source>%1 (compare read to write: %2 ms)</source>
        <translation>%1 (compare read to write: %2 ms)</translation>
    </message>
    <message>
        <source>%1 over a concurrent change: between our read and our write the agent was set to %2 (version %3)</source>
        <translation>%1 over a concurrent change: between our read and our write the agent was set to %2 (version %3)</translation>
    </message>
    <message>
        <source>Already %1: nothing written</source>
        <translation>Already %1: nothing written</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>Cancelled before it was sent</translation>
    </message>
    <message>
        <source>The members of team %1 outside the roster could not be counted, so the limit on %2 cannot be checked.</source>
        <translation>The members of team %1 outside the roster could not be counted, so the limit on %2 cannot be checked.</translation>
    </message>
</context>
<context>
    <name>StatusGateway</name>
    <message>
        <source>The users answer has no list of entities.</source>
        <translation>The users answer has no list of entities.</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Ready for calls</source>
        <translation>Ready for calls</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>End of shift</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Coffee</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sick</translation>
    </message>
    <message>
        <source>System issue</source>
        <translation>System issue</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personal</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>thin lane above: scheduled activity</source>
        <translation>thin lane above: scheduled activity</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Export &amp;PNG…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Export C&amp;SV…</translation>
    </message>
    <message>
        <source>Selected agents</source>
        <translation>Selected agents</translation>
    </message>
    <message>
        <source>Whole scope</source>
        <translation>Whole scope</translation>
    </message>
    <message>
        <source>Agents shown</source>
        <translation>Agents shown</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>S&amp;how:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Select agents in the roster.</source>
        <translation>Select agents in the roster.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n agents.</source>
        <translation>
            <numerusform>The first %1 of %n agent.</numerusform>
            <numerusform>The first %1 of %n agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log has nothing for them on this day.</source>
        <translation>The day log has nothing for them on this day.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Export the timeline as PNG</translation>
    </message>
    <message>
        <source>Export the timeline as CSV</source>
        <translation>Export the timeline as CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cannot reach the login server: %1</source>
        <translation>Cannot reach the login server: %1</translation>
    </message>
    <message>
        <source>The login server&apos;s answer has no access token or lifetime.</source>
        <translation>The login server&apos;s answer has no access token or lifetime.</translation>
    </message>
    <message>
        <source>The login server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>The login server&apos;s answer is larger than %1 bytes; it was refused.</translation>
    </message>
    <message>
        <source>The login server gave no complete answer within %1 s.</source>
        <translation>The login server gave no complete answer within %1 s.</translation>
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation>malformed JSON: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>the rules must be a JSON object</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unknown key &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; is missing</source>
        <translation>&quot;statuses&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; is missing</source>
        <translation>&quot;transitions&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of statuses</source>
        <translation>&quot;%1&quot; must be a list of statuses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only status names</source>
        <translation>&quot;%1&quot; must contain only status names</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not one of the declared statuses</source>
        <translation>&quot;%1&quot; in &quot;%2&quot; is not one of the declared statuses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>&quot;%1&quot; appears twice in &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; must be a non-empty list of status names</source>
        <translation>&quot;statuses&quot; must be a non-empty list of status names</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2</source>
        <translation>&quot;%1&quot; is not a status; use one of %2</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(not text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared twice</source>
        <translation>&quot;%1&quot; is declared twice</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; must map each status to the statuses it may move to</source>
        <translation>&quot;transitions&quot; must map each status to the statuses it may move to</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the declared statuses</source>
        <translation>&quot;%1&quot; is not one of the declared statuses</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not move to itself</source>
        <translation>&quot;%1&quot; may not move to itself</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; must be an object with &quot;targets&quot; and &quot;leaving&quot;</source>
        <translation>&quot;reasonRequired&quot; must be an object with &quot;targets&quot; and &quot;leaving&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;reasonRequired&quot;</source>
        <translation>unknown key &quot;%1&quot; in &quot;reasonRequired&quot;</translation>
    </message>
    <message>
        <source>&quot;capacity&quot; must map statuses to numbers</source>
        <translation>&quot;capacity&quot; must map statuses to numbers</translation>
    </message>
    <message>
        <source>the capacity of &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>the capacity of &quot;%1&quot; must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must be a list of reason codes</source>
        <translation>&quot;reasons&quot; must be a list of reason codes</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must contain only non-empty codes</source>
        <translation>&quot;reasons&quot; must contain only non-empty codes</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; appears twice</source>
        <translation>reason &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>line %1, column %2: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a known status.</source>
        <translation>“%1” is not a known status.</translation>
    </message>
    <message>
        <source>The agent&apos;s current status “%1” is not a known status.</source>
        <translation>The agent&apos;s current status “%1” is not a known status.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation>The agent is already %1.</translation>
    </message>
    <message>
        <source>%1 → %2 is not allowed; from %1 the allowed statuses are: %3.</source>
        <translation>%1 → %2 is not allowed; from %1 the allowed statuses are: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>“%1” is not a known reason code.</source>
        <translation>“%1” is not a known reason code.</translation>
    </message>
    <message>
        <source>A reason is required to move an agent from %1 to %2.</source>
        <translation>A reason is required to move an agent from %1 to %2.</translation>
    </message>
    <message>
        <source>Team %1 already has %2 of at most %3 agents on %4.</source>
        <translation>Team %1 already has %2 of at most %3 agents on %4.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 is larger than %2 bytes</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be an object with &quot;minimumActive&quot; and &quot;reasonRequired&quot;</source>
        <translation>&quot;queues&quot; must be an object with &quot;minimumActive&quot; and &quot;reasonRequired&quot;</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;queues&quot;</source>
        <translation>unknown key &quot;%1&quot; in &quot;queues&quot;</translation>
    </message>
    <message>
        <source>&quot;minimumActive&quot; must map queues to numbers</source>
        <translation>&quot;minimumActive&quot; must map queues to numbers</translation>
    </message>
    <message>
        <source>the minimum of queue &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>the minimum of queue &quot;%1&quot; must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; in &quot;queues&quot; lists &quot;activate&quot; and/or &quot;deactivate&quot;</source>
        <translation>&quot;reasonRequired&quot; in &quot;queues&quot; lists &quot;activate&quot; and/or &quot;deactivate&quot;</translation>
    </message>
    <message>
        <source>A reason is required to activate a membership of queue %1.</source>
        <translation>A reason is required to activate a membership of queue %1.</translation>
    </message>
    <message>
        <source>A reason is required to deactivate a membership of queue %1.</source>
        <translation>A reason is required to deactivate a membership of queue %1.</translation>
    </message>
    <message>
        <source>Queue %1 must keep at least %2 active agents of your scope; %3 are active now.</source>
        <translation>Queue %1 must keep at least %2 active agents of your scope; %3 are active now.</translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Dead letter</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Dead letter</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Event ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Last status</translation>
    </message>
    <message>
        <source>Last latency</source>
        <translation>Last latency</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Next attempt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <source>No audit store.</source>
        <translation>No audit store.</translation>
    </message>
    <message>
        <source>The webhook outbox is not available.</source>
        <translation>The webhook outbox is not available.</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>No answer within %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1; gave up after %2 attempts</translation>
    </message>
    <message>
        <source>Webhook %1: attempt %2, %3</source>
        <translation>Webhook %1: attempt %2, %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer is larger than %1 bytes</source>
        <translation>The receiver&apos;s answer is larger than %1 bytes</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>No complete answer within %1 ms</translation>
    </message>
    <message>
        <source>The webhook attempt could not be stored.</source>
        <translation>The webhook attempt could not be stored.</translation>
    </message>
</context>
<context>
    <name>WebhookOutboxTable</name>
    <message>
        <source>Cannot store the webhook event: %1</source>
        <translation>Cannot store the webhook event: %1</translation>
    </message>
</context>
<context>
    <name>WebhookPanel</name>
    <message>
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>&amp;Re-send</source>
        <translation>&amp;Re-send</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>All deliveries</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead letters</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook deliveries</translation>
    </message>
    <message>
        <source>Send the selected event again now</source>
        <translation>Send the selected event again now</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n dead letter</numerusform>
            <numerusform>%n dead letters</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-send a delivered event</source>
        <translation>Re-send a delivered event</translation>
    </message>
    <message>
        <source>Payroll received this event at %1. Send it again?</source>
        <translation>Payroll received this event at %1. Send it again?</translation>
    </message>
    <message>
        <source>The copy keeps its event ID %1, so payroll can recognise it and drop it if it has the event already.</source>
        <translation>The copy keeps its event ID %1, so payroll can recognise it and drop it if it has the event already.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live agent status console for Genesys Cloud</source>
        <translation>Live agent status console for Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in to the demo organisation (the simulator at STATUSDESK_API_BASE, or one started here).</source>
        <translation>Sign in to the demo organisation (the simulator at STATUSDESK_API_BASE, or one started here).</translation>
    </message>
    <message>
        <source>Sign in to the simulator at &lt;url&gt;.</source>
        <translation>Sign in to the simulator at &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Sign in with the remembered profile &lt;name&gt;.</source>
        <translation>Sign in with the remembered profile &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Write screenshots of every view into &lt;dir&gt;, then quit.</source>
        <translation>Write screenshots of every view into &lt;dir&gt;, then quit.</translation>
    </message>
    <message>
        <source>StatusDesk is already open</source>
        <translation>StatusDesk is already open</translation>
    </message>
    <message>
        <source>Another StatusDesk window is open with the same audit history:
%1

Two copies would both write to it. Bring the open window to the front?</source>
        <translation>Another StatusDesk window is open with the same audit history:
%1

Two copies would both write to it. Bring the open window to the front?</translation>
    </message>
    <message>
        <source>&amp;Bring to front</source>
        <translation>&amp;Bring to front</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>The open window did not answer. Close it, or end its process, then start StatusDesk again.</source>
        <translation>The open window did not answer. Close it, or end its process, then start StatusDesk again.</translation>
    </message>
</context>
</TS>
