<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>GEPLANT</translation>
    </message>
    <message>
        <source>ADHERENCE</source>
        <translation>EINHALTUNG</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>IMPACT</source>
        <translation>AUSWIRKUNG</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>BIS</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CliAuditAnchor</name>
    <message>
        <source>A checkpoint is signed with the audit key: set STATUSDESK_AUDIT_KEY or give --audit-key-file.</source>
        <translation>Ein Prüfpunkt wird mit dem Audit-Schlüssel signiert: STATUSDESK_AUDIT_KEY setzen oder --audit-key-file angeben.</translation>
    </message>
    <message>
        <source>No checkpoint of a broken chain: %1</source>
        <translation>Kein Prüfpunkt für eine unterbrochene Kette: %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>Der Prüfpunkt %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 written to %2.
</source>
        <translation>Prüfpunkt von Eintrag %1 nach %2 geschrieben.
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
        <translation>SEIT</translation>
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
        <translation>Die Antwort des Servers ging verloren und der Agent konnte nicht zurückgelesen werden: Ob die Änderung wirksam wurde, wird beim nächsten Start erneut geprüft.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; a read of the agent told the outcome.</source>
        <translation>Die Antwort des Servers ging verloren; das Ergebnis ergab sich durch Lesen des Agenten.</translation>
    </message>
    <message>
        <source>Written over a concurrent change: between the compare read and the write the agent was set to %1.</source>
        <translation>Über eine gleichzeitige Änderung geschrieben: Zwischen dem Vergleichslesen und dem Schreiben wurde der Agent auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Conflict: %1 is now %2 (expected %3)</source>
        <translation>Konflikt: %1 ist jetzt %2 (erwartet: %3)</translation>
    </message>
    <message>
        <source>, changed by %1</source>
        <translation>, geändert von %1</translation>
    </message>
    <message>
        <source>%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed</source>
        <translation>%1 Agenten: %2 angewendet, %3 bereits im Ziel, %4 abgelehnt, %5 fremder Stand behalten, %6 abgebrochen, %7 fehlgeschlagen</translation>
    </message>
    <message>
        <source>, %1 unknown (the server&apos;s answer was lost; checked again at the next start)</source>
        <translation>, %1 unbekannt (die Antwort des Servers ging verloren; wird beim nächsten Start erneut geprüft)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
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
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>NACH</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EREIGNIS</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>VERSUCHE</translation>
    </message>
    <message>
        <source>LAST STATUS</source>
        <translation>LETZTER STATUS</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>LETZTER FEHLER</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>ABTEILUNG</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>One base URL for login and API (STATUSDESK_API_BASE).</source>
        <translation>Eine Basis-URL für Anmeldung und API (STATUSDESK_API_BASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Genesys Cloud region or domain (GENESYS_REGION).</source>
        <translation>Genesys-Cloud-Region oder -Domain (GENESYS_REGION).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>OAuth client id (GENESYS_CLIENT_ID).</source>
        <translation>OAuth-Client-ID (GENESYS_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command line: prefer the variable or --client-secret-file.</source>
        <translation>OAuth-Client-Geheimnis (GENESYS_CLIENT_SECRET). Andere Benutzer dieses Computers können die Befehlszeile lesen: besser die Variable oder --client-secret-file verwenden.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>GEHEIMNIS</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from FILE (its first line).</source>
        <translation>Das OAuth-Client-Geheimnis aus DATEI lesen (erste Zeile).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Sign in as a supervisor in the browser (prints the URL) instead of client credentials.</source>
        <translation>Im Browser als Supervisor anmelden (gibt die URL aus) statt mit Client-Zugangsdaten.</translation>
    </message>
    <message>
        <source>genesys or status-api (STATUSDESK_PROTOCOL).</source>
        <translation>genesys oder status-api (STATUSDESK_PROTOCOL).</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOKOLL</translation>
    </message>
    <message>
        <source>Transition rules JSON file.</source>
        <translation>JSON-Datei mit den Übergangsregeln.</translation>
    </message>
    <message>
        <source>Audit store: SQLite file or postgresql:// URL.</source>
        <translation>Audit-Speicher: SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Webhook endpoint (WEBHOOK_ENDPOINT).</source>
        <translation>Webhook-Endpunkt (WEBHOOK_ENDPOINT).</translation>
    </message>
    <message>
        <source>Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or --webhook-secret-file.</source>
        <translation>HMAC-Geheimnis des Webhooks (WEBHOOK_SECRET); in der Befehlszeile sichtbar, besser die Variable oder --webhook-secret-file verwenden.</translation>
    </message>
    <message>
        <source>Read the webhook HMAC secret from FILE (its first line).</source>
        <translation>Das HMAC-Geheimnis des Webhooks aus DATEI lesen (erste Zeile).</translation>
    </message>
    <message>
        <source>Requests per minute (default 300).</source>
        <translation>Anfragen pro Minute (Standard 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit).</source>
        <translation>Genesys: Agenten pro Sammel-Schreibvorgang der Anwesenheit, 1 bis 50 (Standard 50; Genesys dokumentiert keine Grenze).</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1:PORT while running.</source>
        <translation>Während der Laufzeit Prometheus-Metriken auf 127.0.0.1:PORT anbieten.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Seconds webhooks flush waits at most (default 30).</source>
        <translation>Sekunden, die webhooks flush höchstens wartet (Standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>JSON output instead of tables.</source>
        <translation>JSON-Ausgabe statt Tabellen.</translation>
    </message>
    <message>
        <source>Reason code of the change.</source>
        <translation>Grundcode der Änderung.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Change only if the agent is still in STATUS, else it is a conflict.</source>
        <translation>Nur ändern, wenn der Agent noch in STATUS ist, sonst ist es ein Konflikt.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>abort (default), apply-latest or keep-theirs.</source>
        <translation>abort (Standard), apply-latest oder keep-theirs.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>Bulk: these agents (comma-separated ids or names).</source>
        <translation>Sammeländerung: diese Agenten (IDs oder Namen, durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Audit list: entries of this agent (id or name).</source>
        <translation>Audit-Liste: Einträge dieses Agenten (ID oder Name).</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>Audit list: entries at or after this time (ISO 8601).</source>
        <translation>Audit-Liste: Einträge ab diesem Zeitpunkt (ISO 8601).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Audit list: entries with this outcome.</source>
        <translation>Audit-Liste: Einträge mit diesem Ergebnis.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>Audit export: jsonl or csv.</source>
        <translation>Audit-Export: jsonl oder csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>Der Befehl und seine Argumente.</translation>
    </message>
    <message>
        <source>--api-base: &quot;%1&quot; is not a URL.</source>
        <translation>--api-base: „%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>Give --client-secret or --client-secret-file, not both.</source>
        <translation>Entweder --client-secret oder --client-secret-file angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--protocol must be genesys or status-api, not &quot;%1&quot;.</source>
        <translation>--protocol muss genesys oder status-api sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Give --webhook-secret or --webhook-secret-file, not both.</source>
        <translation>Entweder --webhook-secret oder --webhook-secret-file angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--rate-limit must be a positive number.</source>
        <translation>--rate-limit muss eine positive Zahl sein.</translation>
    </message>
    <message>
        <source>--bulk-chunk must be a number from 1 to 50.</source>
        <translation>--bulk-chunk muss eine Zahl von 1 bis 50 sein.</translation>
    </message>
    <message>
        <source>--metrics-port must be a port number (0 picks a free one).</source>
        <translation>--metrics-port muss eine Portnummer sein (0 wählt einen freien).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout muss eine Sekundenzahl von 1 bis 86400 sein.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is larger than %2 bytes.</source>
        <translation>Die Geheimnisdatei %1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Die Geheimnisdatei %1 ist leer.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 gilt nicht für diesen Befehl.</translation>
    </message>
    <message>
        <source>No command given (try --help).</source>
        <translation>Kein Befehl angegeben (siehe --help).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>„%1“ erwartet %n Argument.</numerusform>
            <numerusform>„%1“ erwartet %n Argumente.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format jsonl or --format csv.</source>
        <translation>audit export braucht --format jsonl oder --format csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (try --help).</source>
        <translation>Unbekannter Befehl „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]</source>
        <translation>Aufruf: status set AGENT ZIEL [--reason CODE] [--expect STATUS] [--on-conflict REGEL]</translation>
    </message>
    <message>
        <source>--on-conflict must be abort, apply-latest or keep-theirs.</source>
        <translation>--on-conflict muss abort, apply-latest oder keep-theirs sein.</translation>
    </message>
    <message>
        <source>Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]</source>
        <translation>Aufruf: bulk set (--team T | --agents ID,... | --all) ZIEL [--reason CODE]</translation>
    </message>
    <message>
        <source>--agents needs at least one id or name.</source>
        <translation>--agents braucht mindestens eine ID oder einen Namen.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).</source>
        <translation>--since: „%1“ ist keine ISO-8601-Zeit (z. B. 2026-11-25T14:00:00Z).</translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation>BEFEHL [ARGUMENTE]</translation>
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
        <translation>StatusDesk ohne Oberfläche: Agenten, Statusänderungen, Audit und Webhooks.

Befehle:
  agents list [--team NAME]... [--reports-to BENUTZER]
  status get AGENT
  status set AGENT ZIEL [--reason CODE] [--expect STATUS] [--on-conflict abort|apply-latest|keep-theirs]
  bulk set [--team NAME]... [--reports-to BENUTZER] (--agents ID,... | --all) ZIEL [--reason CODE]
  audit list [--agent A] [--since ZEIT] [--outcome E]
  audit verify [--anchor DATEI]
  audit checkpoint [--output DATEI]
  audit export --format jsonl|csv
  webhooks list
  webhooks flush

AGENT ist eine ID oder ein exakter Name. --team ist ein Genesys-Team (nicht die Abteilung); BENUTZER ist eine Benutzer-ID, me oder ein Name. Ohne sie umfasst der Umfang die ganze Organisation. Exit-Codes: 0 erledigt, 1 anderer Fehler, 2 Aufruf, 3 von den Regeln abgelehnt, 4 ungelöster Konflikt, 5 Anmeldung oder Berechtigung, 6 Netzwerk oder Server, 7 eine Sammeländerung, die teilweise fehlschlug, 8 ein unbrauchbarer Anker (unlesbar, fehlerhaft oder nicht mit diesem Audit-Schlüssel signiert).</translation>
    </message>
    <message>
        <source>Genesys: users per roster page, 1 to 500 (default 500; Genesys documents no maximum).</source>
        <translation>Genesys: Benutzer pro Seite der Agentenliste, 1 bis 500 (Standard 500; Genesys dokumentiert kein Maximum).</translation>
    </message>
    <message>
        <source>Scope: the members of this Genesys team (repeatable).</source>
        <translation>Umfang: die Mitglieder dieses Genesys-Teams (wiederholbar).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Scope: the direct reports of USER (an id, me or a name).</source>
        <translation>Umfang: die direkt Unterstellten von BENUTZER (eine ID, me oder ein Name).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Bulk: every agent of the scope.</source>
        <translation>Sammeländerung: alle Agenten des Umfangs.</translation>
    </message>
    <message>
        <source>The audit key: FILE, private to its owner (mode 0600); STATUSDESK_AUDIT_KEY wins (default %1).</source>
        <translation>Der Audit-Schlüssel: DATEI, nur für ihren Besitzer zugänglich (Modus 0600); STATUSDESK_AUDIT_KEY hat Vorrang (Standard %1).</translation>
    </message>
    <message>
        <source>Audit verify: check the chain against a checkpoint or a webhook receiver&apos;s record (JSON Lines).</source>
        <translation>Audit-Prüfung: die Kette gegen einen Prüfpunkt oder die Aufzeichnung eines Webhook-Empfängers prüfen (JSON Lines).</translation>
    </message>
    <message>
        <source>Audit checkpoint: write the checkpoint to FILE (default: standard output).</source>
        <translation>Audit-Prüfpunkt: den Prüfpunkt nach DATEI schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to %1.</source>
        <translation>--page-size muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>bulk set takes --agents or --all, not both.</source>
        <translation>bulk set nimmt --agents oder --all, nicht beides.</translation>
    </message>
    <message>
        <source>bulk set needs --team, --reports-to, --agents or --all.</source>
        <translation>bulk set braucht --team, --reports-to, --agents oder --all.</translation>
    </message>
    <message>
        <source>Give --team or --reports-to, not both.</source>
        <translation>Entweder --team oder --reports-to angeben, nicht beides.</translation>
    </message>
    <message>
        <source>--reports-to needs a user id, me or a name.</source>
        <translation>--reports-to braucht eine Benutzer-ID, me oder einen Namen.</translation>
    </message>
    <message>
        <source>--team needs a team name.</source>
        <translation>--team braucht einen Teamnamen.</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not an audit outcome; one of: %2.</source>
        <translation>--outcome: „%1“ ist kein Audit-Ergebnis; eines von: %2.</translation>
    </message>
    <message>
        <source>Schedule adherence and the day log:
  adherence list [--team NAME]... [--reports-to USER]
  timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Planeinhaltung und Tagesprotokoll:
  adherence list [--team NAME]... [--reports-to BENUTZER]
  timeline show AGENT [--date JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>Timeline show: the day (local time zone), default today.</source>
        <translation>Timeline show: der Tag (lokale Zeitzone), standardmäßig heute.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Usage: timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Aufruf: timeline show AGENT [--date JJJJ-MM-TT]</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2026-11-25).</source>
        <translation>--date: „%1“ ist kein Datum (JJJJ-MM-TT, z. B. 2026-11-25).</translation>
    </message>
    <message>
        <source>Queue memberships (Genesys):
  queues list AGENT
  queues activate AGENT QUEUE... [--reason CODE]
  queues deactivate AGENT QUEUE... [--reason CODE]

QUEUE is an id or the name of one of the agent&apos;s queues. A queue the agent is not a member of exits 1; a change Genesys accepted but no read confirmed exits 6.</source>
        <translation>Warteschlangen-Mitgliedschaften (Genesys):
  queues list AGENT
  queues activate AGENT WARTESCHLANGE... [--reason CODE]
  queues deactivate AGENT WARTESCHLANGE... [--reason CODE]

WARTESCHLANGE ist eine ID oder der Name einer der Warteschlangen des Agenten. Eine Warteschlange, in der der Agent kein Mitglied ist, endet mit Exit-Code 1; eine Änderung, die Genesys angenommen, aber kein Lesen bestätigt hat, endet mit Exit-Code 6.</translation>
    </message>
    <message>
        <source>Usage: queues list AGENT</source>
        <translation>Aufruf: queues list AGENT</translation>
    </message>
    <message>
        <source>Usage: queues %1 AGENT QUEUE... [--reason CODE]</source>
        <translation>Aufruf: queues %1 AGENT WARTESCHLANGE... [--reason CODE]</translation>
    </message>
</context>
<context>
    <name>CliQueues</name>
    <message>
        <source>Queue memberships need the Genesys protocol; the Status API has no queues.</source>
        <translation>Warteschlangen-Mitgliedschaften erfordern das Genesys-Protokoll; die Status API hat keine Warteschlangen.</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>Kein einzelner Agent hat die ID oder den Namen „%1“.</translation>
    </message>
    <message>
        <source>The queues of %1 could not be read: %2</source>
        <translation>Die Warteschlangen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>QUEUE ID</source>
        <translation>WARTESCHLANGEN-ID</translation>
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
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>ACTIVE MEMBERS</source>
        <translation>AKTIVE MITGLIEDER</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Open this address to sign in: %1</source>
        <translation>Öffnen Sie diese Adresse, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>loading agents %1/%2</source>
        <translation>Agenten werden geladen %1/%2</translation>
    </message>
    <message>
        <source>The metrics endpoint could not listen: %1</source>
        <translation>Der Metrik-Endpunkt konnte nicht lauschen: %1</translation>
    </message>
    <message>
        <source>metrics at http://127.0.0.1:%1/metrics</source>
        <translation>Metriken unter http://127.0.0.1:%1/metrics</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>Kein einzelner Agent hat die ID oder den Namen „%1“.</translation>
    </message>
    <message>
        <source>progress %1/%2</source>
        <translation>Fortschritt %1/%2</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked.
</source>
        <translation>Audit-Kette intakt: %1 Einträge geprüft.
</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: %2
</source>
        <translation>Audit-Kette GEBROCHEN bei Eintrag %1: %2
</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook.</source>
        <translation>Kein Webhook-Endpunkt: WEBHOOK_ENDPOINT oder --webhook setzen.</translation>
    </message>
    <message>
        <source>%1 pending before, %2 still pending, %3 dead letters.
</source>
        <translation>%1 vorher ausstehend, %2 noch ausstehend, %3 unzustellbar.
</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted change(s) reconciled</source>
        <translation>
            <numerusform>%n unterbrochene Änderung abgeglichen</numerusform>
            <numerusform>%n unterbrochene Änderungen abgeglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading adherence needs the permission %1: %2</source>
        <translation>Zum Lesen der Planeinhaltung ist die Berechtigung %1 erforderlich: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) of the day log skipped</source>
        <translation>
            <numerusform>%n unlesbare Zeile des Tagesprotokolls übersprungen</numerusform>
            <numerusform>%n unlesbare Zeilen des Tagesprotokolls übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log of %1 has no agent with the id or name &quot;%2&quot;.</source>
        <translation>Das Tagesprotokoll vom %1 enthält keinen Agenten mit der ID oder dem Namen „%2“.</translation>
    </message>
    <message>
        <source>Several agents of the day log of %1 are called &quot;%2&quot;; give the id.</source>
        <translation>Mehrere Agenten im Tagesprotokoll vom %1 heißen „%2“; geben Sie die ID an.</translation>
    </message>
</context>
</TS>
