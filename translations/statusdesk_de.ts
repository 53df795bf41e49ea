<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdherenceConsole</name>
    <message>
        <source>%1 (scheduled: %2)</source>
        <translation>%1 (geplant: %2)</translation>
    </message>
    <message>
        <source>Out of adherence past the threshold: %1</source>
        <translation>Länger als der Schwellenwert nicht plankonform: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceLabels</name>
    <message>
        <source>Off shift</source>
        <translation>Außerhalb der Schicht</translation>
    </message>
    <message>
        <source>On queue work</source>
        <translation>Arbeit in Warteschlange</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Off queue work</source>
        <translation>Arbeit außerhalb der Warteschlange</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Freizeit</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>In adherence</source>
        <translation>Plankonform</translation>
    </message>
    <message>
        <source>Out of adherence</source>
        <translation>Nicht plankonform</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Begründet</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Out of adherence · %1</source>
        <translation>Nicht plankonform · %1</translation>
    </message>
    <message>
        <source>Out since %1 · %2</source>
        <translation>Abweichend seit %1 · %2</translation>
    </message>
    <message>
        <source>Out of adherence since %1</source>
        <translation>Nicht plankonform seit %1</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>Zum Lesen der Planeinhaltung ist die Berechtigung %1 erforderlich.</translation>
    </message>
</context>
<context>
    <name>AdherenceReader</name>
    <message>
        <source>The adherence answer is not a list.</source>
        <translation>Die Antwort zur Planeinhaltung ist keine Liste.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>live</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>This row may be out of date.</source>
        <translation>Diese Zeile ist möglicherweise nicht aktuell.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On Queue</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Mahlzeit</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Off queue</source>
        <translation>Nicht in Warteschlange</translation>
    </message>
    <message>
        <source>Interacting</source>
        <translation>Im Gespräch</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Reagiert nicht</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>Kommuniziert</translation>
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
        <translation>Sekundär</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>A change to %1 is waiting for the server&apos;s answer.</source>
        <translation>Eine Änderung auf %1 wartet auf die Antwort des Servers.</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>routing status</comment>
        <translation>Frei</translation>
    </message>
    <message numerus="yes">
        <source>polled every %n s</source>
        <translation>
            <numerusform>alle %n s abgefragt</numerusform>
            <numerusform>alle %n s abgefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Actual activity</source>
        <translation>Ist-Aktivität</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%1 has been %2 for %n minute(s).</source>
        <translation>
            <numerusform>%1 ist seit %n Minute %2.</numerusform>
            <numerusform>%1 ist seit %n Minuten %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent over threshold</source>
        <translation>Agent über dem Schwellenwert</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n min)</source>
        <translation>
            <numerusform>%1 (%2, %n Min.)</numerusform>
            <numerusform>%1 (%2, %n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) over their alert threshold: </source>
        <translation>
            <numerusform>%n Agent über seiner Warnschwelle: </numerusform>
            <numerusform>%n Agenten über ihrer Warnschwelle: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>und %n weiterer.</numerusform>
            <numerusform>und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (not responding, %n min)</source>
        <translation>
            <numerusform>%1 (reagiert nicht, %n Min.)</numerusform>
            <numerusform>%1 (reagiert nicht, %n Min.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not been responding for %n minute(s): no interactions reach them.</source>
        <translation>
            <numerusform>%1 reagiert seit %n Minute nicht: es kommen keine Interaktionen mehr an.</numerusform>
            <numerusform>%1 reagiert seit %n Minuten nicht: es kommen keine Interaktionen mehr an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Refusing to send to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Senden an %1 abgelehnt: erlaubt ist nur https oder http an diesen Computer (Loopback).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Keine Antwort innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>Die Antwort des Servers ist größer als %1 Byte; sie wurde abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the sign-in, then send it again.</source>
        <translation>
            <numerusform>Die Anmeldung ist abgelaufen und wurde nicht innerhalb von %n Sekunde erneuert; diese Änderung wurde daher nicht gesendet. Erneuern Sie die Anmeldung und senden Sie sie dann noch einmal.</numerusform>
            <numerusform>Die Anmeldung ist abgelaufen und wurde nicht innerhalb von %n Sekunden erneuert; diese Änderung wurde daher nicht gesendet. Erneuern Sie die Anmeldung und senden Sie sie dann noch einmal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Keine Berechtigung (HTTP 403): %1</translation>
    </message>
    <message>
        <source>Permission denied: the permission %1 is missing.</source>
        <translation>Keine Berechtigung: die Berechtigung %1 fehlt.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400): %1</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP 400): %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rate limited by the server; retry after %1 s.</source>
        <translation>Vom Server gebremst; erneuter Versuch nach %1 s.</translation>
    </message>
    <message>
        <source>Rate limited by the server.</source>
        <translation>Vom Server gebremst.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>(correlation id %1)</source>
        <translation>(Korrelations-ID %1)</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>Anfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2; StatusDesk follows no redirects, so that credentials and tokens go to no other address.</source>
        <translation>Der Server hat die Anfrage umgeleitet (HTTP %1) nach %2; StatusDesk folgt keinen Umleitungen, damit Zugangsdaten und Token an keine andere Adresse gehen.</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>eine nicht genannte Adresse</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Demo organisation</source>
        <translation>Demo-Organisation</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Line %1 of the anchor is not a JSON object.</source>
        <translation>Zeile %1 des Ankers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The checkpoint is signed with the audit key, and no audit key is configured.</source>
        <translation>Der Prüfpunkt ist mit dem Audit-Schlüssel signiert, aber es ist kein Audit-Schlüssel eingerichtet.</translation>
    </message>
    <message>
        <source>The checkpoint on line %1 is not signed with this audit key.</source>
        <translation>Der Prüfpunkt in Zeile %1 ist nicht mit diesem Audit-Schlüssel signiert.</translation>
    </message>
    <message>
        <source>The anchor holds no audit sequence number and head link.</source>
        <translation>Der Anker enthält keine Audit-Sequenznummer und keinen Kopfverweis.</translation>
    </message>
    <message>
        <source>Cannot read the anchor %1: %2</source>
        <translation>Der Anker %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The anchor %1 is larger than %2 MiB.</source>
        <translation>Der Anker %1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>The audit log is empty, but the anchor records entry %1: the log was emptied or replaced (or its -wal lost after a crash).</source>
        <translation>Das Prüfprotokoll ist leer, der Anker verzeichnet aber Eintrag %1: das Protokoll wurde geleert oder ersetzt (oder seine -wal-Datei ging nach einem Absturz verloren).</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the anchor records entry %2: the entries after %1 were removed (a truncated tail, or a -wal lost after a crash).</source>
        <translation>Das Prüfprotokoll endet bei Eintrag %1, der Anker verzeichnet aber Eintrag %2: die Einträge nach %1 wurden entfernt (ein abgeschnittenes Ende oder eine nach einem Absturz verlorene -wal-Datei).</translation>
    </message>
    <message>
        <source>Entry %1 is not the one the anchor recorded: the chain was rewritten at or before entry %1.</source>
        <translation>Eintrag %1 ist nicht der, den der Anker verzeichnet hat: die Kette wurde bei oder vor Eintrag %1 neu geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor point(s) match, up to entry %1.</source>
        <translation>
            <numerusform>%n Ankerpunkt stimmt überein, bis Eintrag %1.</numerusform>
            <numerusform>%n Ankerpunkte stimmen überein, bis Eintrag %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot read the audit chain head: %1</source>
        <translation>Der Kopf der Audit-Kette kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht ergänzt werden: %1</translation>
    </message>
    <message>
        <source>Cannot advance the audit chain: %1</source>
        <translation>Die Audit-Kette kann nicht fortgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>Entry %1 was changed: entry %2 no longer links to it.</source>
        <translation>Eintrag %1 wurde geändert: Eintrag %2 verweist nicht mehr darauf.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it does not start the chain.</source>
        <translation>Eintrag %1 wurde geändert: er beginnt die Kette nicht.</translation>
    </message>
    <message>
        <source>Entries before %1 are missing (after entry %2).</source>
        <translation>Einträge vor %1 fehlen (nach Eintrag %2).</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: its neighbours link to each other.</source>
        <translation>Eintrag %1 wurde eingefügt: seine Nachbarn verweisen aufeinander.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its hash does not match its content.</source>
        <translation>Eintrag %1 wurde geändert: sein Hash passt nicht zum Inhalt.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 links past it.</source>
        <translation>Eintrag %1 wurde eingefügt: Eintrag %2 verweist an ihm vorbei.</translation>
    </message>
    <message>
        <source>Entry %1 was added behind the chain head.</source>
        <translation>Eintrag %1 wurde hinter dem Kettenkopf angefügt.</translation>
    </message>
    <message>
        <source>The last entries are missing: the chain ends at %1 but its head records %2.</source>
        <translation>Die letzten Einträge fehlen: die Kette endet bei %1, ihr Kopf verzeichnet aber %2.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it no longer matches the chain head.</source>
        <translation>Eintrag %1 wurde geändert: er passt nicht mehr zum Kettenkopf.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted without the audit key: its neighbours link to each other.</source>
        <translation>Eintrag %1 wurde ohne den Audit-Schlüssel eingefügt: seine Nachbarn verweisen aufeinander.</translation>
    </message>
    <message>
        <source>Entry %1 was rewritten without the audit key: the chain is keyed from entry %2 on, its link is a plain hash.</source>
        <translation>Eintrag %1 wurde ohne den Audit-Schlüssel neu geschrieben: die Kette ist ab Eintrag %2 mit Schlüssel gesichert, sein Verweis ist ein einfacher Hash.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or it is keyed and no audit key is configured: its link does not match its content.</source>
        <translation>Eintrag %1 wurde geändert, oder er ist mit Schlüssel gesichert und kein Audit-Schlüssel ist eingerichtet: sein Verweis passt nicht zum Inhalt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (keyed from entry %1 on).</source>
        <translation>
            <numerusform>%n Eintrag geprüft, die Kette ist intakt (ab Eintrag %1 mit Schlüssel gesichert).</numerusform>
            <numerusform>%n Einträge geprüft, die Kette ist intakt (ab Eintrag %1 mit Schlüssel gesichert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not show).</source>
        <translation>
            <numerusform>%n Eintrag geprüft, die Kette ist intakt (nicht mit Schlüssel gesichert: ein Neuschreiben mit neu berechneten Hashes fiele nicht auf).</numerusform>
            <numerusform>%n Einträge geprüft, die Kette ist intakt (nicht mit Schlüssel gesichert: ein Neuschreiben mit neu berechneten Hashes fiele nicht auf).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>The export target is not writable.</source>
        <translation>Das Exportziel ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>Der Export kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit key is too short: it needs at least %1 characters.</source>
        <translation>Der Audit-Schlüssel ist zu kurz: er braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The audit key file %1 may be read or written by others: make it private (chmod 600).</source>
        <translation>Die Audit-Schlüsseldatei %1 kann von anderen gelesen oder geschrieben werden: machen Sie sie privat (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>Die Audit-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The audit key file %1 is too large to be a key.</source>
        <translation>Die Audit-Schlüsseldatei %1 ist zu groß für einen Schlüssel.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Es wurde kein Schlüssel angegeben.</translation>
    </message>
    <message>
        <source>This is too long to be an audit key.</source>
        <translation>Das ist zu lang für einen Audit-Schlüssel.</translation>
    </message>
    <message>
        <source>A hex audit key needs at least %1 digits; this one has %2.</source>
        <translation>Ein hexadezimaler Audit-Schlüssel braucht mindestens %1 Ziffern; dieser hat %2.</translation>
    </message>
    <message>
        <source>A base64 audit key needs at least %1 characters; this one has %2.</source>
        <translation>Ein Audit-Schlüssel in base64 braucht mindestens %1 Zeichen; dieser hat %2.</translation>
    </message>
    <message>
        <source>This is not an audit key: a key is hex or base64, on one line, without spaces.</source>
        <translation>Das ist kein Audit-Schlüssel: ein Schlüssel ist hexadezimal oder base64, in einer Zeile, ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>AuditKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import from &amp;file…</source>
        <translation>Aus &amp;Datei importieren…</translation>
    </message>
    <message>
        <source>&amp;Export for colleagues…</source>
        <translation>Für Kollegen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Audit key</source>
        <translation>Audit-Schlüssel</translation>
    </message>
    <message>
        <source>The audit key makes the audit log tamper-evident: without it, no one can rewrite entries so that Verify chain still says intact. Every console that writes to a shared team log needs the same key. Audit log: %1</source>
        <translation>Der Audit-Schlüssel macht Manipulationen am Prüfprotokoll erkennbar: ohne ihn kann niemand Einträge so neu schreiben, dass „Kette prüfen“ weiterhin intakt meldet. Jede Konsole, die in ein gemeinsames Teamprotokoll schreibt, braucht denselben Schlüssel. Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>Team key to import</source>
        <translation>Zu importierender Teamschlüssel</translation>
    </message>
    <message>
        <source>Paste a team key (hex or base64)</source>
        <translation>Teamschlüssel einfügen (hexadezimal oder base64)</translation>
    </message>
    <message>
        <source>Whoever holds this key can rewrite the audit log so that verification still says intact. Give it only to the consoles of your team, over a safe channel, and delete the file once it is imported.</source>
        <translation>Wer diesen Schlüssel besitzt, kann das Prüfprotokoll so neu schreiben, dass die Prüfung weiterhin intakt meldet. Geben Sie ihn nur an die Konsolen Ihres Teams weiter, über einen sicheren Kanal, und löschen Sie die Datei, sobald er importiert ist.</translation>
    </message>
    <message>
        <source>Import a team key</source>
        <translation>Teamschlüssel importieren</translation>
    </message>
    <message>
        <source>Export this key</source>
        <translation>Diesen Schlüssel exportieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Prüfprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from STATUSDESK_AUDIT_KEY (it overrides the keychain).</source>
        <translation>Schlüssel dieser Konsole: Fingerabdruck %1, aus STATUSDESK_AUDIT_KEY (hat Vorrang vor dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from the desktop&apos;s keychain.</source>
        <translation>Schlüssel dieser Konsole: Fingerabdruck %1, aus dem Schlüsselbund der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>This console holds no key for this audit log yet: it makes one at the next sign-in and keeps it in the desktop&apos;s keychain.</source>
        <translation>Diese Konsole hat noch keinen Schlüssel für dieses Prüfprotokoll: sie erzeugt bei der nächsten Anmeldung einen und bewahrt ihn im Schlüsselbund der Arbeitsumgebung auf.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit log is empty: it is keyed from its first entry on.</source>
        <translation>Das Prüfprotokoll ist leer: es wird ab dem ersten Eintrag mit Schlüssel gesichert.</translation>
    </message>
    <message>
        <source>The audit log was keyed from entry %1 on, but its last entry (%2) has a plain link: it was written without the key, and Verify chain names it.</source>
        <translation>Das Prüfprotokoll ist ab Eintrag %1 mit Schlüssel gesichert, sein letzter Eintrag (%2) hat aber einen einfachen Verweis: er wurde ohne den Schlüssel geschrieben, und „Kette prüfen“ benennt ihn.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is not keyed: its %n entries have plain links. At the next sign-in with a key a marker entry is appended, and the chain is keyed from there on; the entries before it stay verifiable as unkeyed.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist nicht mit Schlüssel gesichert: sein %n Eintrag hat einen einfachen Verweis. Bei der nächsten Anmeldung mit Schlüssel wird ein Markierungseintrag angehängt, und die Kette ist ab dort mit Schlüssel gesichert; der Eintrag davor bleibt als ungesichert prüfbar.</numerusform>
            <numerusform>Das Prüfprotokoll ist nicht mit Schlüssel gesichert: seine %n Einträge haben einfache Verweise. Bei der nächsten Anmeldung mit Schlüssel wird ein Markierungseintrag angehängt, und die Kette ist ab dort mit Schlüssel gesichert; die Einträge davor bleiben als ungesichert prüfbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is keyed with this console&apos;s key from entry %1 on (%2 entries in all).</source>
        <translation>Das Prüfprotokoll ist ab Eintrag %1 mit dem Schlüssel dieser Konsole gesichert (%2 Einträge insgesamt).</translation>
    </message>
    <message>
        <source>The audit log is keyed, but this console holds no key: import the team key it was keyed with.</source>
        <translation>Das Prüfprotokoll ist mit Schlüssel gesichert, aber diese Konsole hat keinen Schlüssel: importieren Sie den Teamschlüssel, mit dem es gesichert wurde.</translation>
    </message>
    <message>
        <source>The audit log is keyed, but not with this console&apos;s key (or its last entry, %1, was changed): entries written from this console would not verify. Import the key the log was keyed with.</source>
        <translation>Das Prüfprotokoll ist mit Schlüssel gesichert, aber nicht mit dem Schlüssel dieser Konsole (oder sein letzter Eintrag, %1, wurde geändert): von dieser Konsole geschriebene Einträge ließen sich nicht verifizieren. Importieren Sie den Schlüssel, mit dem das Protokoll gesichert wurde.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>This is already this console&apos;s key.</source>
        <translation>Das ist bereits der Schlüssel dieser Konsole.</translation>
    </message>
    <message>
        <source>Not imported: the audit log cannot be read: %1</source>
        <translation>Nicht importiert: das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not imported: this key does not match the audit log, whose entries are keyed with another key from entry %1 on. The key of a keyed log cannot be changed: the entries written with the old key would no longer verify. Import the key the log was keyed with (a colleague exports it from their console).</source>
        <translation>Nicht importiert: dieser Schlüssel passt nicht zum Prüfprotokoll, dessen Einträge ab Eintrag %1 mit einem anderen Schlüssel gesichert sind. Der Schlüssel eines gesicherten Protokolls kann nicht gewechselt werden: die mit dem alten Schlüssel geschriebenen Einträge ließen sich nicht mehr verifizieren. Importieren Sie den Schlüssel, mit dem das Protokoll gesichert wurde (ein Kollege exportiert ihn aus seiner Konsole).</translation>
    </message>
    <message>
        <source>Not imported: the desktop&apos;s keychain did not keep the key (it is missing or locked).</source>
        <translation>Nicht importiert: der Schlüsselbund der Arbeitsumgebung hat den Schlüssel nicht behalten (er fehlt oder ist gesperrt).</translation>
    </message>
    <message>
        <source>Imported: the key with fingerprint %1 is in the desktop&apos;s keychain. The console keys this audit log with it from the next sign-in.</source>
        <translation>Importiert: der Schlüssel mit dem Fingerabdruck %1 liegt im Schlüsselbund der Arbeitsumgebung. Die Konsole sichert dieses Prüfprotokoll ab der nächsten Anmeldung damit.</translation>
    </message>
    <message>
        <source>STATUSDESK_AUDIT_KEY still overrides it while it is set.</source>
        <translation>Solange STATUSDESK_AUDIT_KEY gesetzt ist, hat es weiterhin Vorrang.</translation>
    </message>
    <message>
        <source>Not imported: cannot read %1: %2</source>
        <translation>Nicht importiert: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no key to export.</source>
        <translation>Es gibt keinen Schlüssel zum Exportieren.</translation>
    </message>
    <message>
        <source>Not exported: cannot write %1: %2</source>
        <translation>Nicht exportiert: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you. Import it on each console of the team, then delete the file.</source>
        <translation>Nach %1 exportiert, nur für Sie lesbar. Importieren Sie ihn an jeder Konsole des Teams und löschen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>Import an audit key</source>
        <translation>Audit-Schlüssel importieren</translation>
    </message>
    <message>
        <source>Export the audit key for colleagues</source>
        <translation>Audit-Schlüssel für Kollegen exportieren</translation>
    </message>
</context>
<context>
    <name>AuditKeyring</name>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung konnte nicht gelesen werden (er fehlt oder ist gesperrt): das Prüfprotokoll wird in dieser Sitzung nicht mit Schlüssel gesichert.</translation>
    </message>
    <message>
        <source>The audit key in the desktop&apos;s keychain is not valid: %1</source>
        <translation>Der Audit-Schlüssel im Schlüsselbund der Arbeitsumgebung ist ungültig: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain cannot keep an audit key (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung kann keinen Audit-Schlüssel aufbewahren (er fehlt oder ist gesperrt): das Prüfprotokoll wird in dieser Sitzung nicht mit Schlüssel gesichert.</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Applied over a concurrent change</source>
        <translation>Über gleichzeitige Änderung angewendet</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Bereits im Ziel</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Konflikt gelöst</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Webhook delivered</source>
        <translation>Webhook zugestellt</translation>
    </message>
    <message>
        <source>Webhook retry</source>
        <translation>Webhook-Wiederholung</translation>
    </message>
    <message>
        <source>Webhook dead letter</source>
        <translation>Webhook unzustellbar</translation>
    </message>
    <message>
        <source>Chain keyed from here</source>
        <translation>Kette ab hier mit Schlüssel gesichert</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Eintragsdetails</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Export &amp;JSONL…</source>
        <translation>Als &amp;JSONL exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Sign in to verify the audit history.</source>
        <translation>Melden Sie sich an, um das Prüfprotokoll zu prüfen.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Kette intakt: %n Eintrag geprüft.</numerusform>
            <numerusform>Kette intakt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1 (%2): %3</source>
        <translation>Kette bei Eintrag %1 unterbrochen (%2): %3</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Export the audit history</source>
        <translation>Prüfprotokoll exportieren</translation>
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
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Audit work in progress</source>
        <translation>Audit-Arbeit läuft</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Die Audit-Kette wird geprüft…</translation>
    </message>
    <message>
        <source>Exporting the audit history…</source>
        <translation>Der Audit-Verlauf wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n entry(s)</source>
        <translation>
            <numerusform>mehr als %n Eintrag</numerusform>
            <numerusform>mehr als %n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected entry is not in the list any more.</source>
        <translation>Der ausgewählte Eintrag ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1 (%2): %3</source>
        <translation>DIE AUDIT-KETTE IST UNTERBROCHEN bei Eintrag %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to export the audit history.</source>
        <translation>Melden Sie sich an, um das Prüfprotokoll zu exportieren.</translation>
    </message>
    <message>
        <source>Export %1?</source>
        <translation>%1 exportieren?</translation>
    </message>
    <message>
        <source>No filter is set: the whole history is written.</source>
        <translation>Kein Filter gesetzt: das gesamte Protokoll wird geschrieben.</translation>
    </message>
    <message>
        <source>The export writes the entries the filters above select.</source>
        <translation>Der Export schreibt die Einträge, die die Filter oben auswählen.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
</context>
<context>
    <name>AuditQueryRunner</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>Der Export kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AuditSchema</name>
    <message>
        <source>WAL journal mode is not available</source>
        <translation>Der WAL-Journalmodus ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der PostgreSQL-Treiber (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>No audit log location is set.</source>
        <translation>Kein Ort für das Prüfprotokoll festgelegt.</translation>
    </message>
    <message>
        <source>The audit log location %1 is a folder, not a file.</source>
        <translation>Der Ort des Prüfprotokolls %1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>An audit write is already in progress.</source>
        <translation>Es läuft bereits ein Schreibvorgang im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>In das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No audit write is in progress.</source>
        <translation>Es läuft kein Schreibvorgang im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Cannot commit to the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s last entry (%1) is keyed with another key, or was changed: nothing was written.</source>
        <translation>Der letzte Eintrag des Prüfprotokolls (%1) ist mit einem anderen Schlüssel gesichert oder wurde geändert: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>From this entry on the audit chain is keyed.</source>
        <translation>Ab diesem Eintrag ist die Audit-Kette mit Schlüssel gesichert.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: it is closed.</source>
        <translation>Das Prüfprotokoll %1 kann nicht geöffnet werden: es ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>AuditStoreReader</name>
    <message>
        <source>The audit history could not be opened.</source>
        <translation>Das Prüfprotokoll konnte nicht geöffnet werden.</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Teamleitung</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Korrelations-ID</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change several agents</source>
        <translation>Mehrere Agenten ändern</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Who changes</source>
        <translation>Wer sich ändert</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Start no further changes; the ones in flight finish.</source>
        <translation>Keine weiteren Änderungen starten; laufende werden beendet.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Zu prüfende Konflikte</translation>
    </message>
    <message>
        <source>These agents changed while the batch ran. Choose for each:</source>
        <translation>Diese Agenten haben sich während des Stapels geändert. Wählen Sie für jeden:</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>Auswahl &amp;anwenden</translation>
    </message>
    <message>
        <source>All: apply to &amp;latest</source>
        <translation>Alle: auf &amp;neuesten Stand anwenden</translation>
    </message>
    <message>
        <source>All: keep &amp;theirs</source>
        <translation>Alle: &amp;ihren Stand behalten</translation>
    </message>
    <message>
        <source>&amp;Revert batch</source>
        <translation>Stapel &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Put every changed agent back to the status it had before.</source>
        <translation>Jeden geänderten Agenten auf seinen vorherigen Status zurücksetzen.</translation>
    </message>
    <message>
        <source>Reason for the revert</source>
        <translation>Grund für die Rücknahme</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>wird geändert</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will change to %1</source>
        <translation>
            <numerusform>%n Agent wird zu %1 wechseln</numerusform>
            <numerusform>%n Agenten werden zu %1 wechseln</numerusform>
        </translation>
    </message>
    <message>
        <source> (reason %1)</source>
        <translation> (Grund %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the rules.</source>
        <translation>
            <numerusform>%n von den Regeln abgelehnt.</numerusform>
            <numerusform>%n von den Regeln abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation>%1 von %2 erledigt…</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>ihren Stand behalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Auswahl für %1</translation>
    </message>
    <message>
        <source>Apply to latest</source>
        <translation>Auf neuesten Stand anwenden</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Ihren Stand behalten</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n Konflikt zu prüfen.</numerusform>
            <numerusform>%n Konflikte zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applied</source>
        <translation>%1 von %2 angewendet</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept theirs</source>
        <translation>
            <numerusform>%n mit ihrem Stand</numerusform>
            <numerusform>%n mit ihrem Stand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgebrochen</numerusform>
            <numerusform>%n abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules ask for a reason for the way back: pick the reason of the revert.</source>
        <translation>Die Regeln verlangen für den Rückweg einen Grund: Wählen Sie den Grund der Rücknahme.</translation>
    </message>
    <message>
        <source>not known yet: %1</source>
        <translation>noch nicht bekannt: %1</translation>
    </message>
    <message>
        <source>%1 not known yet (checked again at the next start)</source>
        <translation>%1 noch nicht bekannt (beim nächsten Start erneut geprüft)</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits dort</translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n bereits dort.</numerusform>
            <numerusform>%n bereits dort.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied over a concurrent change (was %1)</source>
        <translation>über eine gleichzeitige Änderung angewendet (war %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n bereits dort</numerusform>
            <numerusform>%n bereits dort</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt…</translation>
    </message>
    <message>
        <source>Agents the rules would refuse it for keep their choice.</source>
        <translation>Agenten, für die die Regeln es ablehnen würden, behalten ihre Auswahl.</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Weniger als eine Minute übrig.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at the rate limit.</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde beim Ratenlimit.</numerusform>
            <numerusform>Noch etwa %n Sekunden beim Ratenlimit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at the rate limit.</source>
        <translation>
            <numerusform>Noch etwa %n Minute beim Ratenlimit.</numerusform>
            <numerusform>Noch etwa %n Minuten beim Ratenlimit.</numerusform>
        </translation>
    </message>
    <message>
        <source>another client</source>
        <translation>ein anderer Client</translation>
    </message>
    <message>
        <source>Apply to latest needs a reason here: change this agent on their own.</source>
        <translation>„Auf neuesten Stand anwenden“ braucht hier einen Grund: Ändern Sie diesen Agenten einzeln.</translation>
    </message>
    <message>
        <source>Not judged: Apply to latest is not offered.</source>
        <translation>Nicht beurteilt: „Auf neuesten Stand anwenden“ wird nicht angeboten.</translation>
    </message>
</context>
<context>
    <name>ChangeAuthors</name>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>der Agent selbst</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>ein anderer Client</translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>%1 is already in this status.</source>
        <translation>%1 hat diesen Status bereits.</translation>
    </message>
    <message numerus="yes">
        <source>… and the same for %n more agent(s)</source>
        <translation>
            <numerusform>… und dasselbe für %n weiteren Agenten</numerusform>
            <numerusform>… und dasselbe für %n weitere Agenten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: there is no roster to change yet.</source>
        <translation>Bitte zuerst anmelden: es gibt noch keine Agentenliste.</translation>
    </message>
    <message>
        <source>Select one or more agents first.</source>
        <translation>Wählen Sie zuerst einen oder mehrere Agenten aus.</translation>
    </message>
    <message>
        <source>%1 is allowed from %2.</source>
        <translation>%1 ist von %2 aus erlaubt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>The change of %1 was refused: %2</source>
        <translation>Die Änderung von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 keeps the status the other side set.</source>
        <translation>%1 behält den Status, den die andere Seite gesetzt hat.</translation>
    </message>
    <message>
        <source>The change of %1 was cancelled; nothing was sent.</source>
        <translation>Die Änderung von %1 wurde abgebrochen; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the permission presence:userPresence:edit.</source>
        <translation>StatusDesk darf %1 nicht ändern (403: %2). Bitten Sie Ihre Genesys-Cloud-Administration um die Berechtigung presence:userPresence:edit.</translation>
    </message>
    <message>
        <source>The server is slowing StatusDesk down (429). The change of %1 did not go through; try again in a minute.</source>
        <translation>Der Server bremst StatusDesk (429). Die Änderung von %1 kam nicht durch; versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). The change of %2 was not made; check the network and retry.</source>
        <translation>Der Server ist nicht erreichbar (%1). Die Änderung von %2 wurde nicht vorgenommen; prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The change of %1 failed (%2): %3</source>
        <translation>Die Änderung von %1 ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The rules ask for a reason.</source>
        <translation>Die Regeln verlangen einen Grund.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied.</source>
        <translation>Sammeländerung beendet: %1 von %2 angewendet.</translation>
    </message>
    <message>
        <source>Revert batch</source>
        <translation>Stapel zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 places in %2 free.</source>
        <translation>
            <numerusform>%n von %1 Plätzen in %2 frei.</numerusform>
            <numerusform>%n von %1 Plätzen in %2 frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 is already %1.</source>
        <translation>%1 wird abgelehnt: %2 ist bereits %1.</translation>
    </message>
    <message>
        <source>%1 is refused: it is not a status of the rules in force.</source>
        <translation>%1 wird abgelehnt: Dieser Status kommt in den geltenden Regeln nicht vor.</translation>
    </message>
    <message>
        <source>The change of %1 failed: %2</source>
        <translation>Die Änderung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the change of %1 was lost and the agent could not be read back; whether it took effect is checked again at the next start.</source>
        <translation>Die Antwort des Servers auf die Änderung von %1 ging verloren, und der Agent konnte nicht erneut gelesen werden; ob sie wirksam wurde, wird beim nächsten Start erneut geprüft.</translation>
    </message>
    <message>
        <source>From %1 it needs a reason, and yours has none: choose one to apply.</source>
        <translation>Von %1 aus braucht es einen Grund, und Ihre Änderung hat keinen: Wählen Sie einen, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing was sent.</source>
        <translation>%1 ist bereits %2; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>%1 is now %2, written over a concurrent change: between our read and our write another client had set %3.</source>
        <translation>%1 ist jetzt %2, über eine gleichzeitige Änderung geschrieben: zwischen unserem Lesen und unserem Schreiben hatte ein anderer Client %3 gesetzt.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied, %3 already there.</source>
        <translation>Sammeländerung beendet: %1 von %2 angewendet, %3 bereits dort.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Zielstatus</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Grundcode</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Vorschau der Anfrage</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Wird gesendet:</translation>
    </message>
    <message>
        <source>Change the status of %1 (now %2) to:</source>
        <translation>Status von %1 (jetzt %2) ändern zu:</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n agent(s) to:</source>
        <translation>
            <numerusform>Status von %n Agenten ändern zu:</numerusform>
            <numerusform>Status von %n Agenten ändern zu:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>Pick a status that the rules allow.</source>
        <translation>Wählen Sie einen Status, den die Regeln erlauben.</translation>
    </message>
    <message>
        <source>The rules ask for a reason for %1.</source>
        <translation>Die Regeln verlangen einen Grund für %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>conflict, theirs kept</source>
        <translation>Konflikt, fremder Stand behalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>bereits im Ziel</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>No network access manager: the provider is not attached to an ApiClient.</source>
        <translation>Kein Netzwerkzugriff: der Anbieter ist mit keinem ApiClient verbunden.</translation>
    </message>
    <message>
        <source>A client id and client secret are needed for client credentials.</source>
        <translation>Für Client-Anmeldedaten werden eine Client-ID und ein Client-Geheimnis benötigt.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https, or http to loopback.</source>
        <translation>Senden der Anmeldedaten an %1 abgelehnt: nur https oder http an Loopback.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply to latest</source>
        <translation>Auf &amp;neuesten Stand anwenden</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Ihren Stand behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Status changed meanwhile</source>
        <translation>Status inzwischen geändert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Ihr Wunsch</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Leave the agent in the status the other side set.</source>
        <translation>Den Agenten in dem Status lassen, den die andere Seite gesetzt hat.</translation>
    </message>
    <message>
        <source>Drop your change; nothing is sent.</source>
        <translation>Ihre Änderung verwerfen; nichts wird gesendet.</translation>
    </message>
    <message>
        <source>%1 changed while you were deciding</source>
        <translation>%1 hat sich geändert, während Sie entschieden haben</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (seit %2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Send your change again, based on the agent&apos;s status now.</source>
        <translation>Ihre Änderung erneut senden, ausgehend vom jetzigen Status des Agenten.</translation>
    </message>
    <message>
        <source>Reason code for Apply to latest</source>
        <translation>Grundcode für „Auf aktuellen Stand anwenden“</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>ein anderer Client</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(Grund wählen)</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Wählen Sie zuerst einen Grund.</translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Cannot make the day log folder %1.</source>
        <translation>Der Ordner %1 für das Tagesprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the day log %1: %2</source>
        <translation>Das Tagesprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the day log %1: %2</source>
        <translation>Das Tagesprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The day log %1 is larger than %2 MB; it is not read.</source>
        <translation>Das Tagesprotokoll %1 ist größer als %2 MB; es wird nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>Der Simulator konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The simulator stopped before it was ready (exit code %1).</source>
        <translation>Der Simulator wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The simulator did not report its address in time.</source>
        <translation>Der Simulator hat seine Adresse nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>The simulator (statusdesk-sim) is not installed next to StatusDesk.</source>
        <translation>Der Simulator (statusdesk-sim) ist nicht neben StatusDesk installiert.</translation>
    </message>
    <message>
        <source>The simulator said something unexpected: %1</source>
        <translation>Der Simulator hat Unerwartetes gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>GatewayReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The signed-in user has no id in the server&apos;s answer.</source>
        <translation>Der angemeldete Benutzer hat in der Antwort des Servers keine ID.</translation>
    </message>
    <message>
        <source>The server did not answer for this agent.</source>
        <translation>Der Server hat für diesen Agenten nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>GenesysGateway</name>
    <message>
        <source>The presence answer is not an object.</source>
        <translation>Die Präsenz-Antwort ist kein Objekt.</translation>
    </message>
    <message>
        <source>The presence re-read before writing is not what the server should send.</source>
        <translation>Die vor dem Schreiben erneut gelesene Präsenz entspricht nicht dem, was der Server senden sollte.</translation>
    </message>
    <message>
        <source>The agent %1 was not found.</source>
        <translation>Der Agent %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The organisation has no presence definition for %1.</source>
        <translation>Die Organisation hat keine Präsenzdefinition für %1.</translation>
    </message>
    <message>
        <source>The presence definitions answer has no list of entities.</source>
        <translation>Die Antwort mit den Präsenzdefinitionen enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The server lists no usable presence definitions.</source>
        <translation>Der Server nennt keine brauchbaren Präsenzdefinitionen.</translation>
    </message>
    <message>
        <source>Not sent: the bulk change was stopped.</source>
        <translation>Nicht gesendet: die Sammeländerung wurde angehalten.</translation>
    </message>
    <message>
        <source>The read-back after the bulk write has no presence of %1.</source>
        <translation>Das Nachlesen nach dem Sammelschreiben enthält keine Präsenz von %1.</translation>
    </message>
    <message>
        <source>The bulk write did not take effect: %1 is in %2.</source>
        <translation>Das Sammelschreiben hat nicht gewirkt: %1 ist in %2.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Change the status of the selected agents</source>
        <translation>Status der ausgewählten Agenten ändern</translation>
    </message>
    <message>
        <source>Enter in the roster</source>
        <translation>Eingabetaste in der Agentenliste</translation>
    </message>
    <message>
        <source>Leave a table or list</source>
        <translation>Tabelle oder Liste verlassen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Menüs öffnen</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt oder F10</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its files</source>
        <translation>Wo StatusDesk seine Dateien ablegt</translation>
    </message>
    <message>
        <source>About StatusDesk</source>
        <translation>Über StatusDesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>A live agent status console for Genesys Cloud team leads.</source>
        <translation>Eine Live-Konsole für den Agentenstatus, für Teamleitungen in Genesys Cloud.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, Version 3 oder später</translation>
    </message>
</context>
<context>
    <name>IntentReconciler</name>
    <message>
        <source>Interrupted change (intent #%1): the agent was not found</source>
        <translation>Unterbrochene Änderung (Absicht #%1): der Agent wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, the change took effect</source>
        <translation>Unterbrochene Änderung (Absicht #%1): der Agent ist in %2, die Änderung wurde wirksam</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, not %3</source>
        <translation>Unterbrochene Änderung (Absicht #%1): der Agent ist in %2, nicht in %3</translation>
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
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Anmeldung stoppen</translation>
    </message>
    <message>
        <source>Signing in was stopped.</source>
        <translation>Die Anmeldung wurde gestoppt.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation>Status &amp;ändern…</translation>
    </message>
    <message>
        <source>Change the status of the selected agents (Enter)</source>
        <translation>Status der ausgewählten Agenten ändern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Ändern &amp;zu</translation>
    </message>
    <message>
        <source>&amp;Find agents</source>
        <translation>Agenten &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Reload roster</source>
        <translation>Agentenliste &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>There is no profile called %1.</source>
        <translation>Es gibt kein Profil namens %1.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain: enter it again.</source>
        <translation>Das Client-Geheimnis ist nicht im Schlüsselbund: bitte erneut eingeben.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>Schließen Sie die Anmeldung in Ihrem Browser ab.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Starting the demo organisation…</source>
        <translation>Demo-Organisation wird gestartet…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung…</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Agentenliste wird geladen…</translation>
    </message>
    <message>
        <source>Checking changes left open by the last run…</source>
        <translation>Offene Änderungen der letzten Sitzung werden geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1: %n agent(s).</source>
        <translation>
            <numerusform>Angemeldet als %1: %n Agent.</numerusform>
            <numerusform>Angemeldet als %1: %n Agenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left open by the last run were reconciled.</source>
        <translation>
            <numerusform>%n offene Änderung der letzten Sitzung wurde abgeglichen.</numerusform>
            <numerusform>%n offene Änderungen der letzten Sitzung wurden abgeglichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. Connection settings apply at the next sign-in.</source>
        <translation>Einstellungen gespeichert. Verbindungseinstellungen gelten ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>No webhook address is set: status changes are recorded, but none is sent to payroll until an address is given in Settings.</source>
        <translation>Keine Webhook-Adresse festgelegt: Statusänderungen werden aufgezeichnet, aber keine wird an die Lohnabrechnung gesendet, bis in den Einstellungen eine Adresse angegeben ist.</translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Renew it in the browser; until then everything works as before, and afterwards changes wait for the new sign-in.</source>
        <translation>Ihre Anmeldung endet um %1. Erneuern Sie sie im Browser; bis dahin funktioniert alles wie bisher, danach warten Änderungen auf die neue Anmeldung.</translation>
    </message>
    <message>
        <source>&amp;Renew sign-in</source>
        <translation>Anmeldung &amp;erneuern</translation>
    </message>
    <message numerus="yes">
        <source>A webhook could not be delivered to payroll: %n dead letter(s) to re-send.</source>
        <translation>
            <numerusform>Ein Webhook konnte nicht an die Lohnabrechnung zugestellt werden: %n unzustellbarer ist erneut zu senden.</numerusform>
            <numerusform>Ein Webhook konnte nicht an die Lohnabrechnung zugestellt werden: %n unzustellbare sind erneut zu senden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;dead letters</source>
        <translation>&amp;Unzustellbare anzeigen</translation>
    </message>
    <message>
        <source>Roster &amp;scope…</source>
        <translation>&amp;Umfang der Agentenliste…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous panel</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Saving the secret in the desktop&apos;s keychain. If the desktop asks you to choose a password, it is creating its keyring for the first time: that password protects the saved secrets.</source>
        <translation>Das Geheimnis wird im Schlüsselbund der Arbeitsumgebung gespeichert. Wenn die Arbeitsumgebung Sie bittet, ein Passwort zu wählen, legt sie ihren Schlüsselbund zum ersten Mal an: dieses Passwort schützt die gespeicherten Geheimnisse.</translation>
    </message>
    <message>
        <source>The secret is saved in the desktop&apos;s keychain.</source>
        <translation>Das Geheimnis ist im Schlüsselbund der Arbeitsumgebung gespeichert.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain did not keep the secret (it is missing, locked, or the password prompt was closed). The secret is kept for this run only; you will be asked again next time.</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung hat das Geheimnis nicht behalten (er fehlt, ist gesperrt, oder die Passwortabfrage wurde geschlossen). Das Geheimnis bleibt nur für diese Sitzung erhalten; beim nächsten Mal werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked).</source>
        <translation>Der Schlüsselbund der Arbeitsumgebung konnte nicht gelesen werden (er fehlt oder ist gesperrt).</translation>
    </message>
    <message>
        <source>StatusDesk — %1 — %2</source>
        <translation>StatusDesk — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its &amp;files</source>
        <translation>Wo StatusDesk seine &amp;Dateien ablegt</translation>
    </message>
    <message>
        <source>&amp;About StatusDesk</source>
        <translation>&amp;Über StatusDesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Standard error: in the terminal StatusDesk was started from, or, started from the desktop&apos;s menu, in the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; adds debug messages.</source>
        <translation>Standardfehlerausgabe: im Terminal, aus dem StatusDesk gestartet wurde, oder, wenn es aus dem Menü der Arbeitsumgebung gestartet wurde, im Journal der Sitzung (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; fügt Debug-Meldungen hinzu.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Clear &amp;not responding…</source>
        <translation>„&amp;Reagiert nicht“ aufheben…</translation>
    </message>
    <message>
        <source>Take the selected not responding agents off queue (with a reason), then on queue again</source>
        <translation>Die ausgewählten nicht reagierenden Agenten (mit Grund) aus der Warteschlange nehmen und dann wieder in die Warteschlange setzen</translation>
    </message>
    <message>
        <source>Select agents flagged as not responding first.</source>
        <translation>Wählen Sie zuerst Agenten aus, die als „Reagiert nicht“ markiert sind.</translation>
    </message>
    <message>
        <source>Clear not responding</source>
        <translation>„Reagiert nicht“ aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will be taken off queue, then put on queue again. Reason for taking them off queue:</source>
        <translation>
            <numerusform>%n Agent wird aus der Warteschlange genommen und dann wieder in die Warteschlange gesetzt. Grund für das Herausnehmen aus der Warteschlange:</numerusform>
            <numerusform>%n Agenten werden aus der Warteschlange genommen und dann wieder in die Warteschlange gesetzt. Grund für das Herausnehmen aus der Warteschlange:</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue panel shows the first %1 of the %2 agents selected.</source>
        <translation>Die Warteschlangenansicht zeigt die ersten %1 der %2 ausgewählten Agenten.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Meldungsaktion</translation>
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation>Die Metriken können nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Status distribution</source>
        <translation>Statusverteilung</translation>
    </message>
    <message>
        <source>Update latency histogram</source>
        <translation>Histogramm der Aktualisierungslatenz</translation>
    </message>
    <message>
        <source>Error counters</source>
        <translation>Fehlerzähler</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Copy Prometheus text</source>
        <translation>Prometheus-Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
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
        <translation>Aktualisierungslatenz: Zeit auf der Leitung, Wartezeit getrennt</translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: all %n agent(s)</source>
        <translation>
            <numerusform>Statusverteilung: %n Agent</numerusform>
            <numerusform>Statusverteilung: alle %n Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: %1 of %n agent(s) as filtered</source>
        <translation>
            <numerusform>Statusverteilung: %1 von %n Agent, gefiltert</numerusform>
            <numerusform>Statusverteilung: %1 von %n Agenten, gefiltert</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>From a compare read&apos;s answer to the write after it leaving StatusDesk: another client&apos;s change can only slip in within this window.</source>
        <translation>Von der Antwort eines Vergleichslesens bis zum Absenden des folgenden Schreibens durch StatusDesk: nur in diesem Fenster kann die Änderung eines anderen Clients dazwischenkommen.</translation>
    </message>
    <message>
        <source>Compare-before-write window: no write yet.</source>
        <translation>Fenster zwischen Vergleichen und Schreiben: noch kein Schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Compare-before-write window: median %1 over %n write(s).</source>
        <translation>
            <numerusform>Fenster zwischen Vergleichen und Schreiben: Median %1 über %n Schreiben.</numerusform>
            <numerusform>Fenster zwischen Vergleichen und Schreiben: Median %1 über %n Schreibvorgänge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>NotRespondingClearer</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The agent is not in the roster.</source>
        <translation>Der Agent ist nicht in der Agentenliste.</translation>
    </message>
    <message>
        <source>%1 is not flagged as not responding.</source>
        <translation>%1 ist nicht als „Reagiert nicht“ markiert.</translation>
    </message>
    <message>
        <source>%1 is being cleared already.</source>
        <translation>Bei %1 wird die Markierung bereits aufgehoben.</translation>
    </message>
    <message>
        <source>%1 was taken off queue but could not be put on queue again: %2</source>
        <translation>%1 wurde aus der Warteschlange genommen, konnte aber nicht wieder in die Warteschlange gesetzt werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be taken off queue: %2</source>
        <translation>%1 konnte nicht aus der Warteschlange genommen werden: %2</translation>
    </message>
    <message>
        <source>%1 is on queue again.</source>
        <translation>%1 ist wieder in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 was taken off queue; signed out before On Queue.</source>
        <translation>%1 wurde aus der Warteschlange genommen; vor „In Warteschlange“ abgemeldet.</translation>
    </message>
    <message>
        <source>%1 left the roster after being taken off queue.</source>
        <translation>%1 ist nach dem Herausnehmen aus der Warteschlange aus der Agentenliste verschwunden.</translation>
    </message>
</context>
<context>
    <name>NotificationChannel</name>
    <message>
        <source>The notification channel has no id or address.</source>
        <translation>Der Benachrichtigungskanal hat keine ID oder Adresse.</translation>
    </message>
    <message>
        <source>Refusing the notification address %1: only wss, or ws to loopback.</source>
        <translation>Benachrichtigungsadresse %1 abgelehnt: nur wss oder ws an Loopback.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) were refused, e.g. %1: %2</source>
        <translation>
            <numerusform>%n Thema wurde abgelehnt, z. B. %1: %2</numerusform>
            <numerusform>%n Themen wurden abgelehnt, z. B. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server offers none of the notification topics asked (%1).</source>
        <translation>Der Server bietet keines der angefragten Benachrichtigungsthemen an (%1).</translation>
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
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Outage</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>The server has not answered since %1 (%2). Still working: the roster as last read (its rows are marked stale as they age), the audit history and its export, and webhook deliveries. Status changes are not made until the server answers; each one that fails says so and can be retried.</source>
        <translation>Der Server antwortet seit %1 nicht (%2). Weiterhin verfügbar: die zuletzt gelesene Agentenliste (ihre Zeilen werden mit der Zeit als veraltet markiert), der Prüfverlauf und sein Export sowie die Webhook-Zustellungen. Statusänderungen werden erst ausgeführt, wenn der Server antwortet; jede fehlgeschlagene sagt es und kann wiederholt werden.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2). Still working: the roster is re-read regularly (each row shows how fresh it is), status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Live-Aktualisierungen sind seit %1 ausgefallen (%2). Weiterhin verfügbar: die Agentenliste wird regelmäßig neu gelesen (jede Zeile zeigt, wie aktuell sie ist), Statusänderungen werden vor dem Schreiben mit dem Server abgeglichen, der Prüfverlauf und die Webhooks.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2) and the roster is not re-read: reload it to see the latest. Still working: status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Live-Aktualisierungen sind seit %1 ausgefallen (%2), und die Agentenliste wird nicht neu gelesen: Laden Sie sie neu, um den neuesten Stand zu sehen. Weiterhin verfügbar: Statusänderungen werden vor dem Schreiben mit dem Server abgeglichen, der Prüfverlauf und die Webhooks.</translation>
    </message>
</context>
<context>
    <name>PkceTokenProvider</name>
    <message>
        <source>PKCE sign-in needs a client id, an https login host and an ApiClient.</source>
        <translation>Die PKCE-Anmeldung benötigt eine Client-ID, einen https-Anmeldehost und einen ApiClient.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2</source>
        <translation>Kann nicht auf die Anmelde-Weiterleitung an 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>Not the StatusDesk sign-in address.</source>
        <translation>Nicht die Anmeldeadresse von StatusDesk.</translation>
    </message>
    <message>
        <source>The sign-in answer does not match this request (state).</source>
        <translation>Die Anmeldeantwort passt nicht zu dieser Anfrage (state).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in to StatusDesk. You can close this window.</source>
        <translation>Bei StatusDesk angemeldet. Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No client id (set GENESYS_CLIENT_ID or --client-id).</source>
        <translation>Keine Client-ID (GENESYS_CLIENT_ID oder --client-id setzen).</translation>
    </message>
    <message>
        <source>No client secret (set GENESYS_CLIENT_SECRET or --client-secret).</source>
        <translation>Kein Client-Geheimnis (GENESYS_CLIENT_SECRET oder --client-secret setzen).</translation>
    </message>
    <message>
        <source>No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region).</source>
        <translation>Kein Server: STATUSDESK_API_BASE oder GENESYS_REGION setzen (oder --api-base / --region).</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-Basis-URL „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The rate limit must be a positive number per minute.</source>
        <translation>Das Ratenlimit muss eine positive Zahl pro Minute sein.</translation>
    </message>
    <message>
        <source>The bulk write chunk must be between 1 and 50 agents.</source>
        <translation>Der Block für das Sammelschreiben muss zwischen 1 und 50 Agenten liegen.</translation>
    </message>
    <message>
        <source>The users page size must be between 1 and %1.</source>
        <translation>Die Größe der Benutzerseite muss zwischen 1 und %1 liegen.</translation>
    </message>
</context>
<context>
    <name>QueueChangeService</name>
    <message>
        <source>The audit store is not open; nothing was sent.</source>
        <translation>Der Prüfprotokoll-Speicher ist nicht geöffnet; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The memberships could not be read before the change: %1</source>
        <translation>Die Mitgliedschaften konnten vor der Änderung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 is not a member of queue %2; Genesys ignores such a change.</source>
        <translation>%1 ist kein Mitglied der Warteschlange %2; Genesys ignoriert eine solche Änderung.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was activated meanwhile; nothing was changed.</source>
        <translation>Die Mitgliedschaft in Warteschlange %1 wurde inzwischen aktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was deactivated meanwhile; nothing was changed.</source>
        <translation>Die Mitgliedschaft in Warteschlange %1 wurde inzwischen deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already active.</source>
        <translation>Die Mitgliedschaft in Warteschlange %1 ist bereits aktiv.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already inactive.</source>
        <translation>Die Mitgliedschaft in Warteschlange %1 ist bereits inaktiv.</translation>
    </message>
    <message>
        <source>Queue %1: %2</source>
        <translation>Warteschlange %1: %2</translation>
    </message>
    <message>
        <source>Genesys ignored queue %1: the agent is not a member of it.</source>
        <translation>Genesys hat Warteschlange %1 ignoriert: der Agent ist kein Mitglied.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is active.</source>
        <translation>Die Mitgliedschaft in Warteschlange %1 ist aktiv.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is inactive.</source>
        <translation>Die Mitgliedschaft in Warteschlange %1 ist inaktiv.</translation>
    </message>
    <message>
        <source>Queue membership activation: %1</source>
        <translation>Aktivierung der Warteschlangen-Mitgliedschaft: %1</translation>
    </message>
    <message>
        <source>Queue membership deactivation: %1</source>
        <translation>Deaktivierung der Warteschlangen-Mitgliedschaft: %1</translation>
    </message>
    <message>
        <source>The agents active on queue %1 could not be counted again (%2), so its minimum cannot be checked.</source>
        <translation>Die aktiven Agenten der Warteschlange %1 konnten nicht neu gezählt werden (%2); ihr Minimum kann daher nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>Die Absicht konnte nicht protokolliert werden; die Änderung wurde nicht gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>The answer to the change of queue %1 was lost (%2) and %n read(s) after it did not show the change; it is checked again at the next start.</source>
        <translation>
            <numerusform>Die Antwort auf die Änderung der Warteschlange %1 ging verloren (%2), und %n Lesevorgang danach zeigte die Änderung nicht; sie wird beim nächsten Start erneut geprüft.</numerusform>
            <numerusform>Die Antwort auf die Änderung der Warteschlange %1 ging verloren (%2), und %n Lesevorgänge danach zeigten die Änderung nicht; sie wird beim nächsten Start erneut geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genesys accepted the change of queue %1, but %n read(s) after it did not show it yet; it is checked again at the next start.</source>
        <translation>
            <numerusform>Genesys hat die Änderung der Warteschlange %1 angenommen, aber %n Lesevorgang danach zeigte sie noch nicht; sie wird beim nächsten Start erneut geprüft.</numerusform>
            <numerusform>Genesys hat die Änderung der Warteschlange %1 angenommen, aber %n Lesevorgänge danach zeigten sie noch nicht; sie wird beim nächsten Start erneut geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the answer was lost; a read of the memberships confirmed it)</source>
        <translation>%1 (die Antwort ging verloren; ein Lesen der Mitgliedschaften hat es bestätigt)</translation>
    </message>
</context>
<context>
    <name>QueueGateway</name>
    <message>
        <source>The user queues answer has no list of entities.</source>
        <translation>Die Antwort mit den Warteschlangen des Benutzers enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The user has more than %1 queue memberships.</source>
        <translation>Der Benutzer hat mehr als %1 Warteschlangen-Mitgliedschaften.</translation>
    </message>
</context>
<context>
    <name>QueueIntentReconciler</name>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent was not found</source>
        <translation>Unterbrochene Änderung der Warteschlangen-Mitgliedschaft (Absicht #%1): der Agent wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent is no member of queue %2</source>
        <translation>Unterbrochene Änderung der Warteschlangen-Mitgliedschaft (Absicht #%1): der Agent ist kein Mitglied der Warteschlange %2</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is active, the change took effect</source>
        <translation>Unterbrochene Änderung der Warteschlangen-Mitgliedschaft (Absicht #%1): Warteschlange %2 ist aktiv, die Änderung wurde wirksam</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is inactive, the change took effect</source>
        <translation>Unterbrochene Änderung der Warteschlangen-Mitgliedschaft (Absicht #%1): Warteschlange %2 ist inaktiv, die Änderung wurde wirksam</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still inactive</source>
        <translation>Unterbrochene Änderung der Warteschlangen-Mitgliedschaft (Absicht #%1): Warteschlange %2 ist weiterhin inaktiv</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still active</source>
        <translation>Unterbrochene Änderung der Warteschlangen-Mitgliedschaft (Absicht #%1): Warteschlange %2 ist weiterhin aktiv</translation>
    </message>
</context>
<context>
    <name>QueueMembershipModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Mitgliedschaft</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Aktive Mitglieder</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Queue memberships</source>
        <translation>Warteschlangen-Mitgliedschaften</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(kein Grund)</translation>
    </message>
    <message>
        <source>Select the memberships to change.</source>
        <translation>Wählen Sie die zu ändernden Mitgliedschaften aus.</translation>
    </message>
    <message>
        <source>Queue memberships are available with the Genesys protocol once signed in.</source>
        <translation>Warteschlangen-Mitgliedschaften sind nach der Anmeldung mit dem Genesys-Protokoll verfügbar.</translation>
    </message>
    <message>
        <source>Activate the selected memberships</source>
        <translation>Ausgewählte Mitgliedschaften aktivieren</translation>
    </message>
    <message>
        <source>Deactivate the selected memberships</source>
        <translation>Ausgewählte Mitgliedschaften deaktivieren</translation>
    </message>
    <message>
        <source>No queues: sign in with a Genesys profile.</source>
        <translation>Keine Warteschlangen: melden Sie sich mit einem Genesys-Profil an.</translation>
    </message>
    <message>
        <source>Select agents in the roster to see their queues.</source>
        <translation>Wählen Sie Agenten in der Agentenliste aus, um ihre Warteschlangen zu sehen.</translation>
    </message>
    <message>
        <source>Changing memberships; Genesys applies them after a moment…</source>
        <translation>Mitgliedschaften werden geändert; Genesys übernimmt sie nach einem Moment…</translation>
    </message>
    <message>
        <source>Reading queue memberships…</source>
        <translation>Warteschlangen-Mitgliedschaften werden gelesen…</translation>
    </message>
    <message>
        <source>The memberships could not be read: %1</source>
        <translation>Die Mitgliedschaften konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 agent(s).</source>
        <translation>
            <numerusform>%n Mitgliedschaft von %1 Agent(en).</numerusform>
            <numerusform>%n Mitgliedschaften von %1 Agent(en).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Unknown region “%1”. Valid regions: %2 (or their domains).</source>
        <translation>Unbekannte Region „%1“. Gültige Regionen: %2 (oder ihre Domains).</translation>
    </message>
    <message>
        <source>STATUSDESK_API_BASE “%1” is not a URL.</source>
        <translation>STATUSDESK_API_BASE „%1“ ist keine URL.</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>The users page %1 has no list of entities.</source>
        <translation>Die Benutzerseite %1 enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The users page %1 holds an entry without an id.</source>
        <translation>Die Benutzerseite %1 enthält einen Eintrag ohne ID.</translation>
    </message>
    <message>
        <source>The server lists %1 users; StatusDesk loads at most %2.</source>
        <translation>Der Server nennt %1 Benutzer; StatusDesk lädt höchstens %2.</translation>
    </message>
    <message>
        <source>The users page %1 holds %2 entries, more than the %3 asked for.</source>
        <translation>Die Benutzerseite %1 enthält %2 Einträge, mehr als die angeforderten %3.</translation>
    </message>
</context>
<context>
    <name>RosterScope</name>
    <message>
        <source>Whole organisation</source>
        <translation>Ganze Organisation</translation>
    </message>
    <message>
        <source>My direct reports</source>
        <translation>Meine direkt Unterstellten</translation>
    </message>
    <message>
        <source>Direct reports of %1</source>
        <translation>Direkt Unterstellte von %1</translation>
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
        <translation>Agenten filtern</translation>
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
        <translation>Agenten</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter agents…  %1</source>
        <translation>Agenten filtern …  %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Filter agents by name, team or status</source>
        <translation>Agenten nach Name, Team oder Status filtern</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
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
        <translation>Die Antwort mit den Teams enthält keine Liste von Einträgen.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>My &amp;direct reports</source>
        <translation>Meine direkt &amp;Unterstellten</translation>
    </message>
    <message>
        <source>These &amp;teams:</source>
        <translation>Diese &amp;Teams:</translation>
    </message>
    <message>
        <source>The whole &amp;organisation</source>
        <translation>Die ganze &amp;Organisation</translation>
    </message>
    <message>
        <source>Roster scope</source>
        <translation>Umfang der Agentenliste</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Which agents should the roster show?</source>
        <translation>Welche Agenten soll die Agentenliste zeigen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n Mitglied)</numerusform>
            <numerusform>%1 (%n Mitglieder)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;direct reports (%n)</source>
        <translation>
            <numerusform>Meine direkt &amp;Unterstellten (%n)</numerusform>
            <numerusform>Meine direkt &amp;Unterstellten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams could not be listed: %1</source>
        <translation>Die Teams konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>ScopeLoader</name>
    <message>
        <source>The whole organisation loads through the listing.</source>
        <translation>Die ganze Organisation wird über die Auflistung geladen.</translation>
    </message>
    <message>
        <source>The team members answer has no list of entities.</source>
        <translation>Die Antwort mit den Teammitgliedern enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The direct reports answer is no list.</source>
        <translation>Die Antwort mit den direkt Unterstellten ist keine Liste.</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>Agenten</translation>
    </message>
</context>
<context>
    <name>ScopeResolver</name>
    <message>
        <source>The teams answer has no list of entities.</source>
        <translation>Die Antwort mit den Teams enthält keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The signed-in user has no id.</source>
        <translation>Der angemeldete Benutzer hat keine ID.</translation>
    </message>
    <message>
        <source>The search answer has no results.</source>
        <translation>Die Antwort der Suche enthält keine Ergebnisse.</translation>
    </message>
</context>
<context>
    <name>ScopeResolver::Problem</name>
    <message>
        <source>Nothing is called &quot;%1&quot;.</source>
        <translation>Nichts heißt „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2</source>
        <translation>„%1“ passt auf mehrere: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be looked up: %2</source>
        <translation>„%1“ konnte nicht nachgeschlagen werden: %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Break is allowed from Meeting; 1 of 2 Break places is free.</source>
        <translation>Pause ist von Besprechung aus erlaubt; 1 von 2 Pausenplätzen ist frei.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The rules file %1 is not valid: %2</source>
        <translation>Die Regeldatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>The audit store could not be opened: %1</source>
        <translation>Der Prüfprotokoll-Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The statuses could not be loaded: %1</source>
        <translation>Die Status konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The roster could not be loaded: %1</source>
        <translation>Die Agentenliste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The audit store could not be keyed: %1</source>
        <translation>Der Prüfprotokoll-Speicher konnte nicht mit dem Schlüssel gesichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Token-Ablauf</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Anfragebudget</translation>
    </message>
    <message>
        <source>Pending webhooks</source>
        <translation>Ausstehende Webhooks</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n Agent</numerusform>
            <numerusform>%n Agenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n angezeigt</numerusform>
            <numerusform> · %n angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation>
            <numerusform> · %n ausgewählt</numerusform>
            <numerusform> · %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message numerus="yes">
        <source>token %n min</source>
        <translation>
            <numerusform>Token %n Min.</numerusform>
            <numerusform>Token %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>token renewing</source>
        <translation>Token wird erneuert</translation>
    </message>
    <message>
        <source>Slowed down by the server (429)</source>
        <translation>Vom Server gebremst (429)</translation>
    </message>
    <message>
        <source>%1/%2 requests per min left</source>
        <translation>%1/%2 Anfragen pro Min. übrig</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) pending</source>
        <translation>
            <numerusform>%n Webhook ausstehend</numerusform>
            <numerusform>%n Webhooks ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No webhook address: %n webhook(s) waiting</source>
        <translation>
            <numerusform>Keine Webhook-Adresse: %n Webhook wartet</numerusform>
            <numerusform>Keine Webhook-Adresse: %n Webhooks warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests left in the last 60 seconds. Reads may use up to %1 of the %2; the rest is kept for your changes.</source>
        <translation>Verbleibende Anfragen der letzten 60 Sekunden. Lesezugriffe dürfen bis zu %1 der %2 nutzen; der Rest bleibt für Ihre Änderungen reserviert.</translation>
    </message>
    <message>
        <source>The server refused requests before the profile&apos;s %1 a minute; the budget grows back by a tenth each minute.</source>
        <translation>Der Server hat Anfragen vor den %1 pro Minute des Profils abgelehnt; das Budget wächst jede Minute um ein Zehntel wieder an.</translation>
    </message>
    <message>
        <source>Agents still loading</source>
        <translation>Noch ladende Agenten</translation>
    </message>
    <message numerus="yes">
        <source>%n more still coming</source>
        <translation>
            <numerusform>%n weiterer folgt noch</numerusform>
            <numerusform>%n weitere folgen noch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s</source>
        <translation>
            <numerusform>Live · %n alle %1 s abgefragt</numerusform>
            <numerusform>Live · %n alle %1 s abgefragt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s (missing %2)</source>
        <translation>
            <numerusform>Live · %n alle %1 s abgefragt (fehlend: %2)</numerusform>
            <numerusform>Live · %n alle %1 s abgefragt (fehlend: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Abfrage alle %1 s</translation>
    </message>
    <message>
        <source>Live updates refused for want of the permission(s) %1: those agents are polled.</source>
        <translation>Live-Aktualisierungen mangels Berechtigung(en) %1 abgelehnt: diese Agenten werden abgefragt.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n unzustellbar</numerusform>
            <numerusform>%n unzustellbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Planeinhaltung</translation>
    </message>
    <message>
        <source>adherence: no permission</source>
        <translation>Planeinhaltung: keine Berechtigung</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>Zum Lesen der Planeinhaltung ist die Berechtigung %1 erforderlich.</translation>
    </message>
    <message numerus="yes">
        <source>%n out of adherence</source>
        <translation>
            <numerusform>%n nicht plankonform</numerusform>
            <numerusform>%n nicht plankonform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n not responding</source>
        <translation>
            <numerusform> · ⚠ %n reagiert nicht</numerusform>
            <numerusform> · ⚠ %n reagieren nicht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;QLite file</source>
        <translation>S&amp;QLite-Datei</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL (shared team log)</source>
        <translation>&amp;PostgreSQL (gemeinsames Teamprotokoll)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Webhook-Signaturschlüssel</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Regeldatei</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Eingebaute Regeln</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> Anfragen/Min.</translation>
    </message>
    <message>
        <source>Audit store location</source>
        <translation>Ort des Prüfprotokoll-Speichers</translation>
    </message>
    <message>
        <source>Webhook and rules</source>
        <translation>Webhook und Regeln</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>&amp;Webhook-Adresse:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signatur&amp;schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Rules file:</source>
        <translation>&amp;Regeldatei:</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>Raten&amp;limit:</translation>
    </message>
    <message>
        <source>Audit store</source>
        <translation>Prüfprotokoll-Speicher</translation>
    </message>
    <message>
        <source>Alert when an agent stays longer than</source>
        <translation>Warnen, wenn ein Agent länger bleibt als</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Alert threshold for %1</source>
        <translation>Warnschwelle für %1</translation>
    </message>
    <message>
        <source>The built-in rules are used.</source>
        <translation>Die eingebauten Regeln werden verwendet.</translation>
    </message>
    <message>
        <source>This rules file cannot be used: %1</source>
        <translation>Diese Regeldatei kann nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rules file is valid: %n status(es).</source>
        <translation>
            <numerusform>Regeldatei ist gültig: %n Status.</numerusform>
            <numerusform>Regeldatei ist gültig: %n Status.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation>Regeldatei wählen</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Regeln (*.json)</translation>
    </message>
    <message>
        <source>Default file in the data folder</source>
        <translation>Standarddatei im Datenordner</translation>
    </message>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation>Die Webhook-Adresse muss eine http- oder https-URL sein.</translation>
    </message>
    <message>
        <source>A PostgreSQL audit store needs a postgresql:// address.</source>
        <translation>Ein PostgreSQL-Prüfprotokoll-Speicher braucht eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Audit key…</source>
        <translation>&amp;Audit-Schlüssel…</translation>
    </message>
    <message>
        <source>Whether the audit log is keyed, and the team key of a shared log</source>
        <translation>Ob das Prüfprotokoll mit Schlüssel gesichert ist, und der Teamschlüssel eines gemeinsamen Protokolls</translation>
    </message>
</context>
<context>
    <name>ShiftTimelineView</name>
    <message>
        <source>Shift timeline</source>
        <translation>Schicht-Zeitleiste</translation>
    </message>
    <message>
        <source>Nothing seen for this day yet.</source>
        <translation>Für diesen Tag noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Geplant: %1</translation>
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
        <translation>&amp;Demo-Organisation</translation>
    </message>
    <message>
        <source>&amp;Genesys Cloud</source>
        <translation>&amp;Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Client c&amp;redentials</source>
        <translation>Client-&amp;Anmeldedaten</translation>
    </message>
    <message>
        <source>&amp;Remember this organisation</source>
        <translation>Diese Organisation &amp;merken</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in to StatusDesk</source>
        <translation>Bei StatusDesk anmelden</translation>
    </message>
    <message>
        <source>A simulated contact center with live agents, on this computer. Leave the address empty to start the simulator, or give the address of a running one.</source>
        <translation>Ein simuliertes Contact Center mit Live-Agenten auf diesem Computer. Lassen Sie die Adresse leer, um den Simulator zu starten, oder geben Sie die Adresse eines laufenden an.</translation>
    </message>
    <message>
        <source>Start a simulator</source>
        <translation>Simulator starten</translation>
    </message>
    <message>
        <source>Simulator address</source>
        <translation>Simulator-Adresse</translation>
    </message>
    <message>
        <source>Simulator &amp;address:</source>
        <translation>Simulator-&amp;Adresse:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Billing team</source>
        <translation>z. B. Team Abrechnung</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>A region such as eu-central-1, or a domain such as mypurecloud.de</source>
        <translation>Eine Region wie eu-central-1 oder eine Domain wie mypurecloud.de</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>&amp;Profilname:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Webhook-Adresse</translation>
    </message>
    <message>
        <source>https://payroll.example.com/statusdesk</source>
        <translation>https://lohn.example.com/statusdesk</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>&amp;Webhook-Adresse:</translation>
    </message>
    <message>
        <source>This is not an http or https address.</source>
        <translation>Das ist keine http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Empty: the started simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Leer: Der Lohnabrechnungs-Empfänger des gestarteten Simulators erhält die Webhooks.</translation>
    </message>
    <message>
        <source>Empty: the simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Leer: Der Lohnabrechnungs-Empfänger des Simulators erhält die Webhooks.</translation>
    </message>
    <message>
        <source>Empty: status changes are recorded, but no webhook is sent to payroll.</source>
        <translation>Leer: Statusänderungen werden aufgezeichnet, aber kein Webhook wird an die Lohnabrechnung gesendet.</translation>
    </message>
</context>
<context>
    <name>StatusApiGateway</name>
    <message>
        <source>The statuses or reasons answer is not a list of entities.</source>
        <translation>Die Antwort mit Status oder Gründen ist keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>The server lists no known statuses.</source>
        <translation>Der Server nennt keine bekannten Status.</translation>
    </message>
    <message>
        <source>The status answer is not a status resource.</source>
        <translation>Die Status-Antwort ist keine Status-Ressource.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>(the ETag read just before)</source>
        <translation>(das eben gelesene ETag)</translation>
    </message>
</context>
<context>
    <name>StatusChangeService</name>
    <message>
        <source>The audit store is not open; no change is made without an audit trail.</source>
        <translation>Der Prüfprotokoll-Speicher ist nicht geöffnet; ohne Prüfspur wird nichts geändert.</translation>
    </message>
    <message>
        <source>Refused by the transition rules</source>
        <translation>Von den Übergangsregeln abgelehnt</translation>
    </message>
    <message>
        <source>Status change requested</source>
        <translation>Statusänderung angefordert</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>Die Absicht konnte nicht protokolliert werden; die Änderung wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The write needed %1 attempts</source>
        <translation>Das Schreiben brauchte %1 Versuche</translation>
    </message>
    <message>
        <source>The server asked StatusDesk to slow down</source>
        <translation>Der Server hat StatusDesk gebeten, langsamer zu werden</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>The agent changed meanwhile: now %1</source>
        <translation>Der Agent hat sich inzwischen geändert: jetzt %1</translation>
    </message>
    <message>
        <source>Status change failed</source>
        <translation>Statusänderung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Konflikt gelöst: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; reading the agent to learn whether the change took effect</source>
        <translation>Die Antwort des Servers ging verloren; der Agent wird gelesen, um zu erfahren, ob die Änderung wirksam wurde</translation>
    </message>
    <message>
        <source>Status changed (the answer was lost; a read of the agent confirmed it)</source>
        <translation>Status geändert (die Antwort ging verloren; ein Lesen des Agenten hat es bestätigt)</translation>
    </message>
    <message>
        <source>Status change did not take effect: the answer was lost and the agent is in %1</source>
        <translation>Die Statusänderung wurde nicht wirksam: die Antwort ging verloren und der Agent ist in %1</translation>
    </message>
    <message>
        <source>%1 (compare read to write: %2 ms)</source>
        <translation>%1 (Vergleichslesen bis Schreiben: %2 ms)</translation>
    </message>
    <message>
        <source>%1 over a concurrent change: between our read and our write the agent was set to %2 (version %3)</source>
        <translation>%1 über eine gleichzeitige Änderung hinweg: zwischen unserem Lesen und unserem Schreiben wurde der Agent auf %2 gesetzt (Version %3)</translation>
    </message>
    <message>
        <source>Already %1: nothing written</source>
        <translation>Bereits %1: nichts geschrieben</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>Abgebrochen, bevor sie gesendet wurde</translation>
    </message>
    <message>
        <source>The members of team %1 outside the roster could not be counted, so the limit on %2 cannot be checked.</source>
        <translation>Die Mitglieder von Team %1 außerhalb der Agentenliste konnten nicht gezählt werden, daher kann die Grenze für %2 nicht geprüft werden.</translation>
    </message>
</context>
<context>
    <name>StatusGateway</name>
    <message>
        <source>The users answer has no list of entities.</source>
        <translation>Die Antwort auf die Benutzerabfrage enthält keine Liste von Einträgen.</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Ready for calls</source>
        <translation>Bereit für Anrufe</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Schichtende</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Mittagessen</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Krank</translation>
    </message>
    <message>
        <source>System issue</source>
        <translation>Systemproblem</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Persönlich</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>thin lane above: scheduled activity</source>
        <translation>schmale Spur oben: geplante Aktivität</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Als C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Selected agents</source>
        <translation>Ausgewählte Agenten</translation>
    </message>
    <message>
        <source>Whole scope</source>
        <translation>Gesamter Umfang</translation>
    </message>
    <message>
        <source>Agents shown</source>
        <translation>Angezeigte Agenten</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Select agents in the roster.</source>
        <translation>Wählen Sie Agenten in der Agentenliste aus.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n agents.</source>
        <translation>
            <numerusform>Die ersten %1 von %n Agent.</numerusform>
            <numerusform>Die ersten %1 von %n Agenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log has nothing for them on this day.</source>
        <translation>Das Tagesprotokoll enthält für sie an diesem Tag nichts.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Zeitleiste als PNG exportieren</translation>
    </message>
    <message>
        <source>Export the timeline as CSV</source>
        <translation>Zeitleiste als CSV exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cannot reach the login server: %1</source>
        <translation>Der Anmeldeserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The login server&apos;s answer has no access token or lifetime.</source>
        <translation>Die Antwort des Anmeldeservers enthält kein Zugriffstoken oder keine Gültigkeitsdauer.</translation>
    </message>
    <message>
        <source>The login server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>Die Antwort des Anmeldeservers ist größer als %1 Byte; sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The login server gave no complete answer within %1 s.</source>
        <translation>Der Anmeldeserver hat innerhalb von %1 s keine vollständige Antwort gegeben.</translation>
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation>fehlerhaftes JSON: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>die Regeln müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; is missing</source>
        <translation>„statuses“ fehlt</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; is missing</source>
        <translation>„transitions“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of statuses</source>
        <translation>„%1“ muss eine Liste von Status sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only status names</source>
        <translation>„%1“ darf nur Statusnamen enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not one of the declared statuses</source>
        <translation>„%1“ in „%2“ ist keiner der deklarierten Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>„%1“ kommt in „%2“ zweimal vor</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; must be a non-empty list of status names</source>
        <translation>„statuses“ muss eine nicht leere Liste von Statusnamen sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2</source>
        <translation>„%1“ ist kein Status; verwenden Sie einen von %2</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared twice</source>
        <translation>„%1“ ist zweimal deklariert</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; must map each status to the statuses it may move to</source>
        <translation>„transitions“ muss jedem Status die Status zuordnen, in die er wechseln darf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the declared statuses</source>
        <translation>„%1“ ist keiner der deklarierten Status</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not move to itself</source>
        <translation>„%1“ darf nicht in sich selbst wechseln</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; must be an object with &quot;targets&quot; and &quot;leaving&quot;</source>
        <translation>„reasonRequired“ muss ein Objekt mit „targets“ und „leaving“ sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;reasonRequired&quot;</source>
        <translation>unbekannter Schlüssel „%1“ in „reasonRequired“</translation>
    </message>
    <message>
        <source>&quot;capacity&quot; must map statuses to numbers</source>
        <translation>„capacity“ muss Status auf Zahlen abbilden</translation>
    </message>
    <message>
        <source>the capacity of &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>die Kapazität von „%1“ muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must be a list of reason codes</source>
        <translation>„reasons“ muss eine Liste von Grundcodes sein</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must contain only non-empty codes</source>
        <translation>„reasons“ darf nur nicht leere Codes enthalten</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; appears twice</source>
        <translation>Grund „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a known status.</source>
        <translation>„%1“ ist kein bekannter Status.</translation>
    </message>
    <message>
        <source>The agent&apos;s current status “%1” is not a known status.</source>
        <translation>Der aktuelle Status „%1“ des Agenten ist kein bekannter Status.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation>Der Agent ist bereits %1.</translation>
    </message>
    <message>
        <source>%1 → %2 is not allowed; from %1 the allowed statuses are: %3.</source>
        <translation>%1 → %2 ist nicht erlaubt; von %1 aus erlaubt sind: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>“%1” is not a known reason code.</source>
        <translation>„%1“ ist kein bekannter Grundcode.</translation>
    </message>
    <message>
        <source>A reason is required to move an agent from %1 to %2.</source>
        <translation>Für den Wechsel eines Agenten von %1 zu %2 ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>Team %1 already has %2 of at most %3 agents on %4.</source>
        <translation>Team %1 hat bereits %2 von höchstens %3 Agenten in %4.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 ist größer als %2 Byte</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be an object with &quot;minimumActive&quot; and &quot;reasonRequired&quot;</source>
        <translation>„queues“ muss ein Objekt mit „minimumActive“ und „reasonRequired“ sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;queues&quot;</source>
        <translation>unbekannter Schlüssel „%1“ in „queues“</translation>
    </message>
    <message>
        <source>&quot;minimumActive&quot; must map queues to numbers</source>
        <translation>„minimumActive“ muss Warteschlangen Zahlen zuordnen</translation>
    </message>
    <message>
        <source>the minimum of queue &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>das Minimum der Warteschlange „%1“ muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; in &quot;queues&quot; lists &quot;activate&quot; and/or &quot;deactivate&quot;</source>
        <translation>„reasonRequired“ in „queues“ nennt „activate“ und/oder „deactivate“</translation>
    </message>
    <message>
        <source>A reason is required to activate a membership of queue %1.</source>
        <translation>Zum Aktivieren einer Mitgliedschaft in Warteschlange %1 ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>A reason is required to deactivate a membership of queue %1.</source>
        <translation>Zum Deaktivieren einer Mitgliedschaft in Warteschlange %1 ist ein Grund erforderlich.</translation>
    </message>
    <message>
        <source>Queue %1 must keep at least %2 active agents of your scope; %3 are active now.</source>
        <translation>Warteschlange %1 muss mindestens %2 aktive Agenten aus Ihrem Umfang behalten; jetzt sind %3 aktiv.</translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Unzustellbar</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Ereignis-ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Letzter Status</translation>
    </message>
    <message>
        <source>Last latency</source>
        <translation>Letzte Latenz</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
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
        <translation>Kein Prüfprotokoll-Speicher.</translation>
    </message>
    <message>
        <source>The webhook outbox is not available.</source>
        <translation>Der Webhook-Postausgang ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1; nach %2 Versuchen aufgegeben</translation>
    </message>
    <message>
        <source>Webhook %1: attempt %2, %3</source>
        <translation>Webhook %1: Versuch %2, %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer is larger than %1 bytes</source>
        <translation>Die Antwort des Empfängers ist größer als %1 Byte</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>The webhook attempt could not be stored.</source>
        <translation>Der Webhook-Versuch konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>WebhookOutboxTable</name>
    <message>
        <source>Cannot store the webhook event: %1</source>
        <translation>Das Webhook-Ereignis kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>WebhookPanel</name>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>&amp;Re-send</source>
        <translation>&amp;Erneut senden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Alle Zustellungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Send the selected event again now</source>
        <translation>Das ausgewählte Ereignis jetzt erneut senden</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n unzustellbar</numerusform>
            <numerusform>%n unzustellbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-send a delivered event</source>
        <translation>Zugestelltes Ereignis erneut senden</translation>
    </message>
    <message>
        <source>Payroll received this event at %1. Send it again?</source>
        <translation>Die Lohnabrechnung hat dieses Ereignis um %1 erhalten. Erneut senden?</translation>
    </message>
    <message>
        <source>The copy keeps its event ID %1, so payroll can recognise it and drop it if it has the event already.</source>
        <translation>Die Kopie behält ihre Ereignis-ID %1, sodass die Lohnabrechnung sie erkennen und verwerfen kann, wenn sie das Ereignis bereits hat.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live agent status console for Genesys Cloud</source>
        <translation>Live-Konsole für Agentenstatus in Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in to the demo organisation (the simulator at STATUSDESK_API_BASE, or one started here).</source>
        <translation>Bei der Demo-Organisation anmelden (der Simulator unter STATUSDESK_API_BASE oder ein hier gestarteter).</translation>
    </message>
    <message>
        <source>Sign in to the simulator at &lt;url&gt;.</source>
        <translation>Beim Simulator unter &lt;url&gt; anmelden.</translation>
    </message>
    <message>
        <source>Sign in with the remembered profile &lt;name&gt;.</source>
        <translation>Mit dem gemerkten Profil &lt;name&gt; anmelden.</translation>
    </message>
    <message>
        <source>Write screenshots of every view into &lt;dir&gt;, then quit.</source>
        <translation>Bildschirmfotos jeder Ansicht nach &lt;dir&gt; schreiben, dann beenden.</translation>
    </message>
    <message>
        <source>StatusDesk is already open</source>
        <translation>StatusDesk ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Another StatusDesk window is open with the same audit history:
%1

Two copies would both write to it. Bring the open window to the front?</source>
        <translation>Ein anderes StatusDesk-Fenster ist mit demselben Prüfprotokoll geöffnet:
%1

Zwei Instanzen würden beide hineinschreiben. Das geöffnete Fenster in den Vordergrund holen?</translation>
    </message>
    <message>
        <source>&amp;Bring to front</source>
        <translation>In den &amp;Vordergrund holen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The open window did not answer. Close it, or end its process, then start StatusDesk again.</source>
        <translation>Das geöffnete Fenster hat nicht geantwortet. Schließen Sie es oder beenden Sie seinen Prozess, und starten Sie StatusDesk dann erneut.</translation>
    </message>
</context>
</TS>
