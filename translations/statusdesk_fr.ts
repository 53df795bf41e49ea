<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdherenceConsole</name>
    <message>
        <source>%1 (scheduled: %2)</source>
        <translation>%1 (prévu : %2)</translation>
    </message>
    <message>
        <source>Out of adherence past the threshold: %1</source>
        <translation>Hors adhérence au-delà du seuil : %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceLabels</name>
    <message>
        <source>Off shift</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>On queue work</source>
        <translation>Travail en file d’attente</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Off queue work</source>
        <translation>Travail hors file d’attente</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Congé</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifié</translation>
    </message>
    <message>
        <source>In adherence</source>
        <translation>En adhérence</translation>
    </message>
    <message>
        <source>Out of adherence</source>
        <translation>Hors adhérence</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Justifié</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Out of adherence · %1</source>
        <translation>Hors adhérence · %1</translation>
    </message>
    <message>
        <source>Out since %1 · %2</source>
        <translation>Hors adhérence depuis %1 · %2</translation>
    </message>
    <message>
        <source>Out of adherence since %1</source>
        <translation>Hors adhérence depuis %1</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Aucune permission</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>La lecture de l’adhérence au planning nécessite la permission %1.</translation>
    </message>
</context>
<context>
    <name>AdherenceReader</name>
    <message>
        <source>The adherence answer is not a list.</source>
        <translation>La réponse d’adhérence n’est pas une liste.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>stale</source>
        <translation>obsolète</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en direct</translation>
    </message>
    <message>
        <source>This row may be out of date.</source>
        <translation>Cette ligne n’est peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On Queue</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Off queue</source>
        <translation>Hors file</translation>
    </message>
    <message>
        <source>Interacting</source>
        <translation>En interaction</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>En communication</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secondaire</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routage</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Fraîcheur</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>A change to %1 is waiting for the server&apos;s answer.</source>
        <translation>Un changement vers %1 attend la réponse du serveur.</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>routing status</comment>
        <translation>Libre</translation>
    </message>
    <message numerus="yes">
        <source>polled every %n s</source>
        <translation>
            <numerusform>interrogé toutes les %n s</numerusform>
            <numerusform>interrogé toutes les %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Actual activity</source>
        <translation>Activité réelle</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Impact : %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Prévu</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%1 has been %2 for %n minute(s).</source>
        <translation>
            <numerusform>%1 est en %2 depuis %n minute.</numerusform>
            <numerusform>%1 est en %2 depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent over threshold</source>
        <translation>Agent au-delà du seuil</translation>
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
            <numerusform>%n agent au-delà de son seuil d’alerte : </numerusform>
            <numerusform>%n agents au-delà de leur seuil d’alerte : </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>et %n autre.</numerusform>
            <numerusform>et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (not responding, %n min)</source>
        <translation>
            <numerusform>%1 (ne répond pas, %n min)</numerusform>
            <numerusform>%1 (ne répond pas, %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not been responding for %n minute(s): no interactions reach them.</source>
        <translation>
            <numerusform>%1 ne répond plus depuis %n minute : aucune interaction ne lui parvient.</numerusform>
            <numerusform>%1 ne répond plus depuis %n minutes : aucune interaction ne lui parvient.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Refusing to send to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Envoi vers %1 refusé : seul https, ou http vers cet ordinateur (boucle locale), est autorisé.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Pas de réponse en %1 s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La réponse du serveur n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>La réponse du serveur dépasse %1 octets ; elle a été refusée.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the sign-in, then send it again.</source>
        <translation>
            <numerusform>La connexion a expiré et n’a pas été renouvelée dans les %n seconde ; cette modification n’a donc pas été envoyée. Renouvelez la connexion, puis renvoyez-la.</numerusform>
            <numerusform>La connexion a expiré et n’a pas été renouvelée dans les %n secondes ; cette modification n’a donc pas été envoyée. Renouvelez la connexion, puis renvoyez-la.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Permission refusée (HTTP 403) : %1</translation>
    </message>
    <message>
        <source>Permission denied: the permission %1 is missing.</source>
        <translation>Permission refusée : la permission %1 manque.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400): %1</source>
        <translation>Le serveur a refusé la requête (HTTP 400) : %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Échec de l’authentification : %1</translation>
    </message>
    <message>
        <source>Rate limited by the server; retry after %1 s.</source>
        <translation>Limité par le serveur ; nouvel essai dans %1 s.</translation>
    </message>
    <message>
        <source>Rate limited by the server.</source>
        <translation>Limité par le serveur.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>(correlation id %1)</source>
        <translation>(identifiant de corrélation %1)</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>la requête a échoué</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2; StatusDesk follows no redirects, so that credentials and tokens go to no other address.</source>
        <translation>Le serveur a redirigé la requête (HTTP %1) vers %2 ; StatusDesk ne suit aucune redirection, afin que les identifiants et les jetons n’aillent à aucune autre adresse.</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>une adresse non précisée</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Demo organisation</source>
        <translation>Organisation de démonstration</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Line %1 of the anchor is not a JSON object.</source>
        <translation>La ligne %1 de l’ancre n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The checkpoint is signed with the audit key, and no audit key is configured.</source>
        <translation>Le point de contrôle est signé avec la clé d’audit, et aucune clé d’audit n’est configurée.</translation>
    </message>
    <message>
        <source>The checkpoint on line %1 is not signed with this audit key.</source>
        <translation>Le point de contrôle de la ligne %1 n’est pas signé avec cette clé d’audit.</translation>
    </message>
    <message>
        <source>The anchor holds no audit sequence number and head link.</source>
        <translation>L’ancre ne contient ni numéro de séquence d’audit ni lien de tête.</translation>
    </message>
    <message>
        <source>Cannot read the anchor %1: %2</source>
        <translation>Impossible de lire l’ancre %1 : %2</translation>
    </message>
    <message>
        <source>The anchor %1 is larger than %2 MiB.</source>
        <translation>L’ancre %1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>The audit log is empty, but the anchor records entry %1: the log was emptied or replaced (or its -wal lost after a crash).</source>
        <translation>Le journal d’audit est vide, mais l’ancre indique l’entrée %1 : le journal a été vidé ou remplacé (ou son -wal perdu après un plantage).</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the anchor records entry %2: the entries after %1 were removed (a truncated tail, or a -wal lost after a crash).</source>
        <translation>Le journal d’audit s’arrête à l’entrée %1, mais l’ancre indique l’entrée %2 : les entrées après %1 ont été supprimées (une fin tronquée, ou un -wal perdu après un plantage).</translation>
    </message>
    <message>
        <source>Entry %1 is not the one the anchor recorded: the chain was rewritten at or before entry %1.</source>
        <translation>L’entrée %1 n’est pas celle que l’ancre a enregistrée : la chaîne a été réécrite à l’entrée %1 ou avant.</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor point(s) match, up to entry %1.</source>
        <translation>
            <numerusform>%n point d’ancrage correspond, jusqu’à l’entrée %1.</numerusform>
            <numerusform>%n points d’ancrage correspondent, jusqu’à l’entrée %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot read the audit chain head: %1</source>
        <translation>Impossible de lire la tête de la chaîne d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation>Impossible d&apos;ajouter au journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Cannot advance the audit chain: %1</source>
        <translation>Impossible de faire avancer la chaîne d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>Entry %1 was changed: entry %2 no longer links to it.</source>
        <translation>L’entrée %1 a été modifiée : l’entrée %2 n’y renvoie plus.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it does not start the chain.</source>
        <translation>L’entrée %1 a été modifiée : elle ne commence pas la chaîne.</translation>
    </message>
    <message>
        <source>Entries before %1 are missing (after entry %2).</source>
        <translation>Des entrées manquent avant %1 (après l’entrée %2).</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: its neighbours link to each other.</source>
        <translation>L’entrée %1 a été insérée : ses voisines se référencent mutuellement.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its hash does not match its content.</source>
        <translation>L’entrée %1 a été modifiée : son empreinte ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 links past it.</source>
        <translation>L’entrée %1 a été insérée : l’entrée %2 la contourne.</translation>
    </message>
    <message>
        <source>Entry %1 was added behind the chain head.</source>
        <translation>L’entrée %1 a été ajoutée derrière la tête de la chaîne.</translation>
    </message>
    <message>
        <source>The last entries are missing: the chain ends at %1 but its head records %2.</source>
        <translation>Les dernières entrées manquent : la chaîne s’arrête à %1 mais sa tête indique %2.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it no longer matches the chain head.</source>
        <translation>L’entrée %1 a été modifiée : elle ne correspond plus à la tête de la chaîne.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted without the audit key: its neighbours link to each other.</source>
        <translation>L’entrée %1 a été insérée sans la clé d’audit : ses voisines se référencent mutuellement.</translation>
    </message>
    <message>
        <source>Entry %1 was rewritten without the audit key: the chain is keyed from entry %2 on, its link is a plain hash.</source>
        <translation>L’entrée %1 a été réécrite sans la clé d’audit : la chaîne est protégée par clé à partir de l’entrée %2, son lien est une simple empreinte.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or it is keyed and no audit key is configured: its link does not match its content.</source>
        <translation>L’entrée %1 a été modifiée, ou elle est protégée par clé et aucune clé d’audit n’est configurée : son lien ne correspond pas à son contenu.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (keyed from entry %1 on).</source>
        <translation>
            <numerusform>%n entrée vérifiée, la chaîne est intacte (protégée par clé à partir de l’entrée %1).</numerusform>
            <numerusform>%n entrées vérifiées, la chaîne est intacte (protégée par clé à partir de l’entrée %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not show).</source>
        <translation>
            <numerusform>%n entrée vérifiée, la chaîne est intacte (sans clé : une réécriture avec des empreintes recalculées passerait inaperçue).</numerusform>
            <numerusform>%n entrées vérifiées, la chaîne est intacte (sans clé : une réécriture avec des empreintes recalculées passerait inaperçue).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>The export target is not writable.</source>
        <translation>La cible de l&apos;export n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>Impossible d&apos;écrire l&apos;export.</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit key is too short: it needs at least %1 characters.</source>
        <translation>La clé d’audit est trop courte : il lui faut au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The audit key file %1 may be read or written by others: make it private (chmod 600).</source>
        <translation>Le fichier de clé d’audit %1 peut être lu ou modifié par d’autres : rendez-le privé (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé d’audit %1 : %2</translation>
    </message>
    <message>
        <source>The audit key file %1 is too large to be a key.</source>
        <translation>Le fichier de clé d’audit %1 est trop volumineux pour être une clé.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>Aucune clé n’a été indiquée.</translation>
    </message>
    <message>
        <source>This is too long to be an audit key.</source>
        <translation>C’est trop long pour être une clé d’audit.</translation>
    </message>
    <message>
        <source>A hex audit key needs at least %1 digits; this one has %2.</source>
        <translation>Une clé d’audit hexadécimale nécessite au moins %1 chiffres ; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>A base64 audit key needs at least %1 characters; this one has %2.</source>
        <translation>Une clé d’audit en base64 nécessite au moins %1 caractères ; celle-ci en a %2.</translation>
    </message>
    <message>
        <source>This is not an audit key: a key is hex or base64, on one line, without spaces.</source>
        <translation>Ce n’est pas une clé d’audit : une clé est en hexadécimal ou en base64, sur une seule ligne, sans espaces.</translation>
    </message>
</context>
<context>
    <name>AuditKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import from &amp;file…</source>
        <translation>Importer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>&amp;Export for colleagues…</source>
        <translation>&amp;Exporter pour les collègues…</translation>
    </message>
    <message>
        <source>Audit key</source>
        <translation>Clé d’audit</translation>
    </message>
    <message>
        <source>The audit key makes the audit log tamper-evident: without it, no one can rewrite entries so that Verify chain still says intact. Every console that writes to a shared team log needs the same key. Audit log: %1</source>
        <translation>La clé d’audit rend toute falsification du journal d’audit détectable : sans elle, personne ne peut réécrire des entrées de sorte que « Vérifier la chaîne » indique toujours intacte. Chaque console qui écrit dans un journal d’équipe partagé a besoin de la même clé. Journal d’audit : %1</translation>
    </message>
    <message>
        <source>Team key to import</source>
        <translation>Clé d’équipe à importer</translation>
    </message>
    <message>
        <source>Paste a team key (hex or base64)</source>
        <translation>Collez une clé d’équipe (hexadécimal ou base64)</translation>
    </message>
    <message>
        <source>Whoever holds this key can rewrite the audit log so that verification still says intact. Give it only to the consoles of your team, over a safe channel, and delete the file once it is imported.</source>
        <translation>Quiconque détient cette clé peut réécrire le journal d’audit de sorte que la vérification indique toujours intacte. Ne la donnez qu’aux consoles de votre équipe, par un canal sûr, et supprimez le fichier une fois qu’elle est importée.</translation>
    </message>
    <message>
        <source>Import a team key</source>
        <translation>Importer une clé d’équipe</translation>
    </message>
    <message>
        <source>Export this key</source>
        <translation>Exporter cette clé</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d’audit…</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from STATUSDESK_AUDIT_KEY (it overrides the keychain).</source>
        <translation>Clé de cette console : empreinte %1, issue de STATUSDESK_AUDIT_KEY (elle prime sur le trousseau).</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from the desktop&apos;s keychain.</source>
        <translation>Clé de cette console : empreinte %1, issue du trousseau du bureau.</translation>
    </message>
    <message>
        <source>This console holds no key for this audit log yet: it makes one at the next sign-in and keeps it in the desktop&apos;s keychain.</source>
        <translation>Cette console n’a pas encore de clé pour ce journal d’audit : elle en crée une à la prochaine connexion et la garde dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Impossible de lire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>The audit log is empty: it is keyed from its first entry on.</source>
        <translation>Le journal d’audit est vide : il est protégé par clé dès sa première entrée.</translation>
    </message>
    <message>
        <source>The audit log was keyed from entry %1 on, but its last entry (%2) has a plain link: it was written without the key, and Verify chain names it.</source>
        <translation>Le journal d’audit est protégé par clé à partir de l’entrée %1, mais sa dernière entrée (%2) a un lien simple : elle a été écrite sans la clé, et « Vérifier la chaîne » la signale.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is not keyed: its %n entries have plain links. At the next sign-in with a key a marker entry is appended, and the chain is keyed from there on; the entries before it stay verifiable as unkeyed.</source>
        <translation>
            <numerusform>Le journal d’audit n’est pas protégé par clé : %n entrée a un lien simple. À la prochaine connexion avec une clé, une entrée de marquage est ajoutée, et la chaîne est protégée par clé à partir de là ; les entrées antérieures restent vérifiables comme non protégées.</numerusform>
            <numerusform>Le journal d’audit n’est pas protégé par clé : ses %n entrées ont des liens simples. À la prochaine connexion avec une clé, une entrée de marquage est ajoutée, et la chaîne est protégée par clé à partir de là ; les entrées antérieures restent vérifiables comme non protégées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is keyed with this console&apos;s key from entry %1 on (%2 entries in all).</source>
        <translation>Le journal d’audit est protégé par la clé de cette console à partir de l’entrée %1 (%2 entrées au total).</translation>
    </message>
    <message>
        <source>The audit log is keyed, but this console holds no key: import the team key it was keyed with.</source>
        <translation>Le journal d’audit est protégé par clé, mais cette console n’a pas de clé : importez la clé d’équipe avec laquelle il a été protégé.</translation>
    </message>
    <message>
        <source>The audit log is keyed, but not with this console&apos;s key (or its last entry, %1, was changed): entries written from this console would not verify. Import the key the log was keyed with.</source>
        <translation>Le journal d’audit est protégé par clé, mais pas par celle de cette console (ou sa dernière entrée, %1, a été modifiée) : les entrées écrites depuis cette console ne seraient pas vérifiables. Importez la clé avec laquelle le journal a été protégé.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importée : %1</translation>
    </message>
    <message>
        <source>This is already this console&apos;s key.</source>
        <translation>C’est déjà la clé de cette console.</translation>
    </message>
    <message>
        <source>Not imported: the audit log cannot be read: %1</source>
        <translation>Non importée : impossible de lire le journal d’audit : %1</translation>
    </message>
    <message>
        <source>Not imported: this key does not match the audit log, whose entries are keyed with another key from entry %1 on. The key of a keyed log cannot be changed: the entries written with the old key would no longer verify. Import the key the log was keyed with (a colleague exports it from their console).</source>
        <translation>Non importée : cette clé ne correspond pas au journal d’audit, dont les entrées sont protégées par une autre clé à partir de l’entrée %1. La clé d’un journal protégé ne peut pas être changée : les entrées écrites avec l’ancienne clé ne seraient plus vérifiables. Importez la clé avec laquelle le journal a été protégé (un collègue l’exporte depuis sa console).</translation>
    </message>
    <message>
        <source>Not imported: the desktop&apos;s keychain did not keep the key (it is missing or locked).</source>
        <translation>Non importée : le trousseau du bureau n’a pas gardé la clé (il est absent ou verrouillé).</translation>
    </message>
    <message>
        <source>Imported: the key with fingerprint %1 is in the desktop&apos;s keychain. The console keys this audit log with it from the next sign-in.</source>
        <translation>Importée : la clé d’empreinte %1 est dans le trousseau du bureau. La console protège ce journal d’audit avec elle à partir de la prochaine connexion.</translation>
    </message>
    <message>
        <source>STATUSDESK_AUDIT_KEY still overrides it while it is set.</source>
        <translation>Tant que STATUSDESK_AUDIT_KEY est définie, elle continue de primer sur celle-ci.</translation>
    </message>
    <message>
        <source>Not imported: cannot read %1: %2</source>
        <translation>Non importée : impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>There is no key to export.</source>
        <translation>Il n’y a aucune clé à exporter.</translation>
    </message>
    <message>
        <source>Not exported: cannot write %1: %2</source>
        <translation>Non exportée : impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you. Import it on each console of the team, then delete the file.</source>
        <translation>Exportée vers %1, lisible par vous seul. Importez-la sur chaque console de l’équipe, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Import an audit key</source>
        <translation>Importer une clé d’audit</translation>
    </message>
    <message>
        <source>Export the audit key for colleagues</source>
        <translation>Exporter la clé d’audit pour les collègues</translation>
    </message>
</context>
<context>
    <name>AuditKeyring</name>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>Le trousseau du bureau n’a pas pu être lu (il est absent ou verrouillé) : le journal d’audit n’est pas protégé par clé pendant cette session.</translation>
    </message>
    <message>
        <source>The audit key in the desktop&apos;s keychain is not valid: %1</source>
        <translation>La clé d’audit du trousseau du bureau n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain cannot keep an audit key (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>Le trousseau du bureau ne peut pas garder de clé d’audit (il est absent ou verrouillé) : le journal d’audit n’est pas protégé par clé pendant cette session.</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Applied over a concurrent change</source>
        <translation>Appliqué sur un changement concurrent</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà dans la cible</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Réessayé</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limité en débit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Résultat inconnu</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <source>Webhook delivered</source>
        <translation>Webhook livré</translation>
    </message>
    <message>
        <source>Webhook retry</source>
        <translation>Nouvel essai du webhook</translation>
    </message>
    <message>
        <source>Webhook dead letter</source>
        <translation>Webhook en lettre morte</translation>
    </message>
    <message>
        <source>Chain keyed from here</source>
        <translation>Chaîne protégée par clé à partir d’ici</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historique d’audit</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Détails de l’entrée</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Export &amp;JSONL…</source>
        <translation>Exporter en &amp;JSONL…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation>Impossible de lire l’historique d’audit : %1</translation>
    </message>
    <message>
        <source>Sign in to verify the audit history.</source>
        <translation>Connectez-vous pour vérifier l’historique d’audit.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Chaîne intacte : %n entrée vérifiée.</numerusform>
            <numerusform>Chaîne intacte : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1 (%2): %3</source>
        <translation>Chaîne rompue à l’entrée %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Export the audit history</source>
        <translation>Exporter l’historique d’audit</translation>
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
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l’export : %1</translation>
    </message>
    <message>
        <source>Audit work in progress</source>
        <translation>Travail d&apos;audit en cours</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>Exporting the audit history…</source>
        <translation>Export de l&apos;historique d&apos;audit…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n entry(s)</source>
        <translation>
            <numerusform>plus de %n entrée</numerusform>
            <numerusform>plus de %n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected entry is not in the list any more.</source>
        <translation>L’entrée sélectionnée n’est plus dans la liste.</translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1 (%2): %3</source>
        <translation>LA CHAÎNE D’AUDIT EST ROMPUE à l’entrée %1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to export the audit history.</source>
        <translation>Connectez-vous pour exporter l’historique d’audit.</translation>
    </message>
    <message>
        <source>Export %1?</source>
        <translation>Exporter %1 ?</translation>
    </message>
    <message>
        <source>No filter is set: the whole history is written.</source>
        <translation>Aucun filtre n’est défini : tout l’historique est écrit.</translation>
    </message>
    <message>
        <source>The export writes the entries the filters above select.</source>
        <translation>L’export écrit les entrées que sélectionnent les filtres ci-dessus.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
</context>
<context>
    <name>AuditQueryRunner</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>Impossible d&apos;écrire l&apos;export.</translation>
    </message>
</context>
<context>
    <name>AuditSchema</name>
    <message>
        <source>WAL journal mode is not available</source>
        <translation>Le mode de journal WAL n&apos;est pas disponible</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <source>No audit log location is set.</source>
        <translation>Aucun emplacement n’est défini pour le journal d’audit.</translation>
    </message>
    <message>
        <source>The audit log location %1 is a folder, not a file.</source>
        <translation>L’emplacement du journal d’audit %1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>Impossible d’ouvrir le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation>Impossible de préparer le journal d’audit %1 : %2</translation>
    </message>
    <message>
        <source>An audit write is already in progress.</source>
        <translation>Une écriture d’audit est déjà en cours.</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>Impossible d’écrire dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>No audit write is in progress.</source>
        <translation>Aucune écriture d’audit n’est en cours.</translation>
    </message>
    <message>
        <source>Cannot commit to the audit log: %1</source>
        <translation>Impossible de valider dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s last entry (%1) is keyed with another key, or was changed: nothing was written.</source>
        <translation>La dernière entrée du journal d’audit (%1) est protégée par une autre clé, ou a été modifiée : rien n’a été écrit.</translation>
    </message>
    <message>
        <source>From this entry on the audit chain is keyed.</source>
        <translation>À partir de cette entrée, la chaîne d’audit est protégée par clé.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: it is closed.</source>
        <translation>Impossible d’ouvrir le journal d’audit %1 : il est fermé.</translation>
    </message>
</context>
<context>
    <name>AuditStoreReader</name>
    <message>
        <source>The audit history could not be opened.</source>
        <translation>L’historique d’audit n’a pas pu être ouvert.</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Identifiant de corrélation</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change several agents</source>
        <translation>Modifier plusieurs agents</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Who changes</source>
        <translation>Qui change</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Start no further changes; the ones in flight finish.</source>
        <translation>Ne plus lancer de changements ; ceux en cours se terminent.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>These agents changed while the batch ran. Choose for each:</source>
        <translation>Ces agents ont changé pendant le lot. Choisissez pour chacun :</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>&amp;Appliquer les choix</translation>
    </message>
    <message>
        <source>All: apply to &amp;latest</source>
        <translation>Tous : appliquer au &amp;plus récent</translation>
    </message>
    <message>
        <source>All: keep &amp;theirs</source>
        <translation>Tous : garder le &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Revert batch</source>
        <translation>&amp;Annuler le lot</translation>
    </message>
    <message>
        <source>Put every changed agent back to the status it had before.</source>
        <translation>Remettre chaque agent modifié dans son statut précédent.</translation>
    </message>
    <message>
        <source>Reason for the revert</source>
        <translation>Motif de l’annulation</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>va changer</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will change to %1</source>
        <translation>
            <numerusform>%n agent passera à %1</numerusform>
            <numerusform>%n agents passeront à %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (reason %1)</source>
        <translation> (motif %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the rules.</source>
        <translation>
            <numerusform>%n refusé par les règles.</numerusform>
            <numerusform>%n refusés par les règles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation>%1 sur %2 faits…</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans motif)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>le leur est gardé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Choix pour %1</translation>
    </message>
    <message>
        <source>Apply to latest</source>
        <translation>Appliquer au plus récent</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder le leur</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflit à examiner.</numerusform>
            <numerusform>%n conflits à examiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applied</source>
        <translation>%1 sur %2 appliqués</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusé</numerusform>
            <numerusform>%n refusés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept theirs</source>
        <translation>
            <numerusform>%n a gardé le leur</numerusform>
            <numerusform>%n ont gardé le leur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulé</numerusform>
            <numerusform>%n annulés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules ask for a reason for the way back: pick the reason of the revert.</source>
        <translation>Les règles demandent un motif pour le retour : choisissez le motif de l’annulation.</translation>
    </message>
    <message>
        <source>not known yet: %1</source>
        <translation>pas encore connu : %1</translation>
    </message>
    <message>
        <source>%1 not known yet (checked again at the next start)</source>
        <translation>%1 pas encore connus (vérifiés à nouveau au prochain démarrage)</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà en place</translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n déjà en place.</numerusform>
            <numerusform>%n déjà en place.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied over a concurrent change (was %1)</source>
        <translation>appliqué par-dessus une modification concurrente (était %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n déjà en place</numerusform>
            <numerusform>%n déjà en place</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Agents the rules would refuse it for keep their choice.</source>
        <translation>Les agents pour lesquels les règles le refuseraient gardent leur choix.</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Moins d’une minute restante.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at the rate limit.</source>
        <translation>
            <numerusform>Environ %n seconde restante à la limite de débit.</numerusform>
            <numerusform>Environ %n secondes restantes à la limite de débit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at the rate limit.</source>
        <translation>
            <numerusform>Environ %n minute restante à la limite de débit.</numerusform>
            <numerusform>Environ %n minutes restantes à la limite de débit.</numerusform>
        </translation>
    </message>
    <message>
        <source>another client</source>
        <translation>un autre client</translation>
    </message>
    <message>
        <source>Apply to latest needs a reason here: change this agent on their own.</source>
        <translation>« Appliquer au plus récent » demande ici un motif : modifiez cet agent séparément.</translation>
    </message>
    <message>
        <source>Not judged: Apply to latest is not offered.</source>
        <translation>Non évalué : « Appliquer au plus récent » n’est pas proposé.</translation>
    </message>
</context>
<context>
    <name>ChangeAuthors</name>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>l’agent lui-même</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>un autre client</translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>%1 is already in this status.</source>
        <translation>%1 est déjà dans ce statut.</translation>
    </message>
    <message numerus="yes">
        <source>… and the same for %n more agent(s)</source>
        <translation>
            <numerusform>… et de même pour %n autre agent</numerusform>
            <numerusform>… et de même pour %n autres agents</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: there is no roster to change yet.</source>
        <translation>Connectez-vous d’abord : il n’y a pas encore de liste d’agents.</translation>
    </message>
    <message>
        <source>Select one or more agents first.</source>
        <translation>Sélectionnez d’abord un ou plusieurs agents.</translation>
    </message>
    <message>
        <source>%1 is allowed from %2.</source>
        <translation>%1 est autorisé depuis %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est maintenant en %2.</translation>
    </message>
    <message>
        <source>The change of %1 was refused: %2</source>
        <translation>Le changement de %1 a été refusé : %2</translation>
    </message>
    <message>
        <source>%1 keeps the status the other side set.</source>
        <translation>%1 garde le statut fixé par l’autre partie.</translation>
    </message>
    <message>
        <source>The change of %1 was cancelled; nothing was sent.</source>
        <translation>Le changement de %1 a été annulé ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the permission presence:userPresence:edit.</source>
        <translation>StatusDesk ne peut pas modifier %1 (403 : %2). Demandez à votre administrateur Genesys Cloud la permission presence:userPresence:edit.</translation>
    </message>
    <message>
        <source>The server is slowing StatusDesk down (429). The change of %1 did not go through; try again in a minute.</source>
        <translation>Le serveur ralentit StatusDesk (429). Le changement de %1 n’est pas passé ; réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). The change of %2 was not made; check the network and retry.</source>
        <translation>Le serveur est injoignable (%1). Le changement de %2 n’a pas été fait ; vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <source>The change of %1 failed (%2): %3</source>
        <translation>Le changement de %1 a échoué (%2) : %3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The rules ask for a reason.</source>
        <translation>Les règles demandent un motif.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied.</source>
        <translation>Changement groupé terminé : %1 sur %2 appliqués.</translation>
    </message>
    <message>
        <source>Revert batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 places in %2 free.</source>
        <translation>
            <numerusform>%n place sur %1 en %2 libre.</numerusform>
            <numerusform>%n places sur %1 en %2 libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 est refusé : %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 is already %1.</source>
        <translation>%1 est refusé : %2 est déjà %1.</translation>
    </message>
    <message>
        <source>%1 is refused: it is not a status of the rules in force.</source>
        <translation>%1 est refusé : ce n’est pas un statut des règles en vigueur.</translation>
    </message>
    <message>
        <source>The change of %1 failed: %2</source>
        <translation>Le changement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the change of %1 was lost and the agent could not be read back; whether it took effect is checked again at the next start.</source>
        <translation>La réponse du serveur au changement de %1 a été perdue et l’agent n’a pas pu être relu ; son effet sera vérifié à nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>From %1 it needs a reason, and yours has none: choose one to apply.</source>
        <translation>Depuis %1, il faut un motif et le vôtre n’en a pas : choisissez-en un pour appliquer.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing was sent.</source>
        <translation>%1 est déjà %2 ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 is now %2, written over a concurrent change: between our read and our write another client had set %3.</source>
        <translation>%1 est maintenant %2, écrit par-dessus une modification concurrente : entre notre lecture et notre écriture, un autre client avait mis %3.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied, %3 already there.</source>
        <translation>Modification groupée terminée : %1 sur %2 appliqués, %3 déjà en place.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Statut cible</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Code de motif</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Sera envoyé :</translation>
    </message>
    <message>
        <source>Change the status of %1 (now %2) to:</source>
        <translation>Changer le statut de %1 (actuellement %2) en :</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n agent(s) to:</source>
        <translation>
            <numerusform>Changer le statut de %n agent en :</numerusform>
            <numerusform>Changer le statut de %n agents en :</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans motif)</translation>
    </message>
    <message>
        <source>Pick a status that the rules allow.</source>
        <translation>Choisissez un statut autorisé par les règles.</translation>
    </message>
    <message>
        <source>The rules ask for a reason for %1.</source>
        <translation>Les règles demandent un motif pour %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>applied</source>
        <translation>appliqué</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>conflict, theirs kept</source>
        <translation>conflit, leur état conservé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>résultat inconnu</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà dans la cible</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>No network access manager: the provider is not attached to an ApiClient.</source>
        <translation>Pas d’accès réseau : le fournisseur n’est rattaché à aucun ApiClient.</translation>
    </message>
    <message>
        <source>A client id and client secret are needed for client credentials.</source>
        <translation>Les identifiants client nécessitent un identifiant et un secret client.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https, or http to loopback.</source>
        <translation>Envoi des identifiants vers %1 refusé : uniquement https, ou http en boucle locale.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply to latest</source>
        <translation>&amp;Appliquer au plus récent</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Garder le leur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Status changed meanwhile</source>
        <translation>Statut modifié entre-temps</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Leave the agent in the status the other side set.</source>
        <translation>Laisser l’agent dans le statut fixé par l’autre partie.</translation>
    </message>
    <message>
        <source>Drop your change; nothing is sent.</source>
        <translation>Abandonner votre changement ; rien n’est envoyé.</translation>
    </message>
    <message>
        <source>%1 changed while you were deciding</source>
        <translation>%1 a changé pendant que vous décidiez</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (depuis %2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>vous</translation>
    </message>
    <message>
        <source>Send your change again, based on the agent&apos;s status now.</source>
        <translation>Renvoyer votre changement à partir du statut actuel de l’agent.</translation>
    </message>
    <message>
        <source>Reason code for Apply to latest</source>
        <translation>Code de motif pour « Appliquer au plus récent »</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>un autre client</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(choisir un motif)</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Choisissez d’abord un motif.</translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Cannot make the day log folder %1.</source>
        <translation>Impossible de créer le dossier du journal du jour %1.</translation>
    </message>
    <message>
        <source>Cannot write the day log %1: %2</source>
        <translation>Impossible d’écrire le journal du jour %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the day log %1: %2</source>
        <translation>Impossible de lire le journal du jour %1 : %2</translation>
    </message>
    <message>
        <source>The day log %1 is larger than %2 MB; it is not read.</source>
        <translation>Le journal du jour %1 dépasse %2 Mo ; il n’est pas lu.</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>Le simulateur n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The simulator stopped before it was ready (exit code %1).</source>
        <translation>Le simulateur s’est arrêté avant d’être prêt (code de sortie %1).</translation>
    </message>
    <message>
        <source>The simulator did not report its address in time.</source>
        <translation>Le simulateur n’a pas indiqué son adresse à temps.</translation>
    </message>
    <message>
        <source>The simulator (statusdesk-sim) is not installed next to StatusDesk.</source>
        <translation>Le simulateur (statusdesk-sim) n’est pas installé à côté de StatusDesk.</translation>
    </message>
    <message>
        <source>The simulator said something unexpected: %1</source>
        <translation>Le simulateur a répondu quelque chose d’inattendu : %1</translation>
    </message>
</context>
<context>
    <name>GatewayReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The signed-in user has no id in the server&apos;s answer.</source>
        <translation>L’utilisateur connecté n’a pas d’identifiant dans la réponse du serveur.</translation>
    </message>
    <message>
        <source>The server did not answer for this agent.</source>
        <translation>Le serveur n’a pas répondu pour cet agent.</translation>
    </message>
</context>
<context>
    <name>GenesysGateway</name>
    <message>
        <source>The presence answer is not an object.</source>
        <translation>La réponse de présence n’est pas un objet.</translation>
    </message>
    <message>
        <source>The presence re-read before writing is not what the server should send.</source>
        <translation>La présence relue avant l’écriture n’est pas ce que le serveur devrait envoyer.</translation>
    </message>
    <message>
        <source>The agent %1 was not found.</source>
        <translation>L’agent %1 est introuvable.</translation>
    </message>
    <message>
        <source>The organisation has no presence definition for %1.</source>
        <translation>L’organisation n’a pas de définition de présence pour %1.</translation>
    </message>
    <message>
        <source>The presence definitions answer has no list of entities.</source>
        <translation>La réponse des définitions de présence n’a pas de liste d’entités.</translation>
    </message>
    <message>
        <source>The server lists no usable presence definitions.</source>
        <translation>Le serveur n’indique aucune définition de présence utilisable.</translation>
    </message>
    <message>
        <source>Not sent: the bulk change was stopped.</source>
        <translation>Non envoyé : la modification groupée a été arrêtée.</translation>
    </message>
    <message>
        <source>The read-back after the bulk write has no presence of %1.</source>
        <translation>La relecture après l&apos;écriture groupée ne contient pas la présence de %1.</translation>
    </message>
    <message>
        <source>The bulk write did not take effect: %1 is in %2.</source>
        <translation>L&apos;écriture groupée n&apos;a pas pris effet : %1 est en %2.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Change the status of the selected agents</source>
        <translation>Changer le statut des agents sélectionnés</translation>
    </message>
    <message>
        <source>Enter in the roster</source>
        <translation>Entrée dans la liste</translation>
    </message>
    <message>
        <source>Leave a table or list</source>
        <translation>Quitter un tableau ou une liste</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Ouvrir les menus</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt ou F10</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its files</source>
        <translation>Où StatusDesk range ses fichiers</translation>
    </message>
    <message>
        <source>About StatusDesk</source>
        <translation>À propos de StatusDesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c’est</translation>
    </message>
    <message>
        <source>A live agent status console for Genesys Cloud team leads.</source>
        <translation>Une console en direct du statut des agents pour les chefs d’équipe Genesys Cloud.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, version 3 ou ultérieure</translation>
    </message>
</context>
<context>
    <name>IntentReconciler</name>
    <message>
        <source>Interrupted change (intent #%1): the agent was not found</source>
        <translation>Changement interrompu (intention n° %1) : l’agent est introuvable</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, the change took effect</source>
        <translation>Changement interrompu (intention n° %1) : l’agent est en %2, le changement a pris effet</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, not %3</source>
        <translation>Changement interrompu (intention n° %1) : l’agent est en %2, pas en %3</translation>
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
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Arrêter la connexion</translation>
    </message>
    <message>
        <source>Signing in was stopped.</source>
        <translation>La connexion a été arrêtée.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;gents</translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation>&amp;Changer le statut…</translation>
    </message>
    <message>
        <source>Change the status of the selected agents (Enter)</source>
        <translation>Changer le statut des agents sélectionnés (Entrée)</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Passer &amp;à</translation>
    </message>
    <message>
        <source>&amp;Find agents</source>
        <translation>&amp;Rechercher des agents</translation>
    </message>
    <message>
        <source>&amp;Reload roster</source>
        <translation>&amp;Recharger la liste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>There is no profile called %1.</source>
        <translation>Aucun profil ne s’appelle %1.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain: enter it again.</source>
        <translation>Le secret client n’est pas dans le trousseau : saisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>Terminez la connexion dans votre navigateur.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Starting the demo organisation…</source>
        <translation>Démarrage de l’organisation de démonstration…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Chargement de la liste des agents…</translation>
    </message>
    <message>
        <source>Checking changes left open by the last run…</source>
        <translation>Vérification des changements restés ouverts lors de la dernière session…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1: %n agent(s).</source>
        <translation>
            <numerusform>Connecté en tant que %1 : %n agent.</numerusform>
            <numerusform>Connecté en tant que %1 : %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left open by the last run were reconciled.</source>
        <translation>
            <numerusform>%n changement resté ouvert lors de la dernière session a été rapproché.</numerusform>
            <numerusform>%n changements restés ouverts lors de la dernière session ont été rapprochés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. Connection settings apply at the next sign-in.</source>
        <translation>Paramètres enregistrés. Les paramètres de connexion s’appliquent à la prochaine connexion.</translation>
    </message>
    <message>
        <source>No webhook address is set: status changes are recorded, but none is sent to payroll until an address is given in Settings.</source>
        <translation>Aucune adresse de webhook : les changements de statut sont enregistrés, mais aucun n’est envoyé à la paie tant qu’une adresse n’est pas donnée dans les paramètres.</translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Renew it in the browser; until then everything works as before, and afterwards changes wait for the new sign-in.</source>
        <translation>Votre connexion se termine à %1. Renouvelez-la dans le navigateur ; d’ici là tout fonctionne comme avant, ensuite les modifications attendent la nouvelle connexion.</translation>
    </message>
    <message>
        <source>&amp;Renew sign-in</source>
        <translation>&amp;Renouveler la connexion</translation>
    </message>
    <message numerus="yes">
        <source>A webhook could not be delivered to payroll: %n dead letter(s) to re-send.</source>
        <translation>
            <numerusform>Un webhook n’a pas pu être livré à la paie : %n lettre morte à renvoyer.</numerusform>
            <numerusform>Un webhook n’a pas pu être livré à la paie : %n lettres mortes à renvoyer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;dead letters</source>
        <translation>Afficher les lettres &amp;mortes</translation>
    </message>
    <message>
        <source>Roster &amp;scope…</source>
        <translation>Péri&amp;mètre de la liste…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>Panneau &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous panel</source>
        <translation>Panneau &amp;précédent</translation>
    </message>
    <message>
        <source>Saving the secret in the desktop&apos;s keychain. If the desktop asks you to choose a password, it is creating its keyring for the first time: that password protects the saved secrets.</source>
        <translation>Enregistrement du secret dans le trousseau du bureau. Si le bureau vous demande de choisir un mot de passe, il crée son trousseau pour la première fois : ce mot de passe protège les secrets enregistrés.</translation>
    </message>
    <message>
        <source>The secret is saved in the desktop&apos;s keychain.</source>
        <translation>Le secret est enregistré dans le trousseau du bureau.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain did not keep the secret (it is missing, locked, or the password prompt was closed). The secret is kept for this run only; you will be asked again next time.</source>
        <translation>Le trousseau du bureau n’a pas gardé le secret (il est absent, verrouillé, ou la demande de mot de passe a été fermée). Le secret n’est gardé que pour cette session ; il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked).</source>
        <translation>Le trousseau du bureau n’a pas pu être lu (il est absent ou verrouillé).</translation>
    </message>
    <message>
        <source>StatusDesk — %1 — %2</source>
        <translation>StatusDesk — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its &amp;files</source>
        <translation>Où StatusDesk range ses &amp;fichiers</translation>
    </message>
    <message>
        <source>&amp;About StatusDesk</source>
        <translation>À &amp;propos de StatusDesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historique d’audit</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Standard error: in the terminal StatusDesk was started from, or, started from the desktop&apos;s menu, in the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; adds debug messages.</source>
        <translation>Sortie d’erreur standard : dans le terminal depuis lequel StatusDesk a été lancé ou, s’il a été lancé depuis le menu du bureau, dans le journal de la session (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; ajoute des messages de débogage.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files d’attente</translation>
    </message>
    <message>
        <source>Clear &amp;not responding…</source>
        <translation>Lever « &amp;Ne répond pas »…</translation>
    </message>
    <message>
        <source>Take the selected not responding agents off queue (with a reason), then on queue again</source>
        <translation>Mettre hors file les agents sélectionnés qui ne répondent pas (avec un motif), puis de nouveau en file</translation>
    </message>
    <message>
        <source>Select agents flagged as not responding first.</source>
        <translation>Sélectionnez d’abord des agents signalés comme « Ne répond pas ».</translation>
    </message>
    <message>
        <source>Clear not responding</source>
        <translation>Lever « Ne répond pas »</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will be taken off queue, then put on queue again. Reason for taking them off queue:</source>
        <translation>
            <numerusform>%n agent sera mis hors file, puis de nouveau en file. Motif de la mise hors file :</numerusform>
            <numerusform>%n agents seront mis hors file, puis de nouveau en file. Motif de la mise hors file :</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue panel shows the first %1 of the %2 agents selected.</source>
        <translation>Le panneau des files d’attente montre les %1 premiers des %2 agents sélectionnés.</translation>
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
        <translation>Fermer le message</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Action du message</translation>
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation>Impossible d’écrire les métriques dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Status distribution</source>
        <translation>Répartition des statuts</translation>
    </message>
    <message>
        <source>Update latency histogram</source>
        <translation>Histogramme de la latence de mise à jour</translation>
    </message>
    <message>
        <source>Error counters</source>
        <translation>Compteurs d’erreurs</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Copy Prometheus text</source>
        <translation>&amp;Copier le texte Prometheus</translation>
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
        <translation>Latence de mise à jour : temps sur le réseau, et attente à part</translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: all %n agent(s)</source>
        <translation>
            <numerusform>Répartition des statuts : %n agent</numerusform>
            <numerusform>Répartition des statuts : les %n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: %1 of %n agent(s) as filtered</source>
        <translation>
            <numerusform>Répartition des statuts : %1 sur %n agent, filtré</numerusform>
            <numerusform>Répartition des statuts : %1 sur %n agents, filtrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>From a compare read&apos;s answer to the write after it leaving StatusDesk: another client&apos;s change can only slip in within this window.</source>
        <translation>De la réponse d&apos;une lecture de comparaison jusqu&apos;au départ de l&apos;écriture qui la suit : ce n&apos;est que dans cette fenêtre que la modification d&apos;un autre client peut s&apos;intercaler.</translation>
    </message>
    <message>
        <source>Compare-before-write window: no write yet.</source>
        <translation>Fenêtre de comparaison avant écriture : aucune écriture pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Compare-before-write window: median %1 over %n write(s).</source>
        <translation>
            <numerusform>Fenêtre de comparaison avant écriture : médiane %1 sur %n écriture.</numerusform>
            <numerusform>Fenêtre de comparaison avant écriture : médiane %1 sur %n écritures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>Impossible d’écouter sur 127.0.0.1:%1 : %2</translation>
    </message>
</context>
<context>
    <name>NotRespondingClearer</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The agent is not in the roster.</source>
        <translation>L’agent n’est pas dans la liste des agents.</translation>
    </message>
    <message>
        <source>%1 is not flagged as not responding.</source>
        <translation>%1 n’est pas signalé comme « Ne répond pas ».</translation>
    </message>
    <message>
        <source>%1 is being cleared already.</source>
        <translation>La levée est déjà en cours pour %1.</translation>
    </message>
    <message>
        <source>%1 was taken off queue but could not be put on queue again: %2</source>
        <translation>%1 a été mis hors file mais n’a pas pu être remis en file : %2</translation>
    </message>
    <message>
        <source>%1 could not be taken off queue: %2</source>
        <translation>%1 n’a pas pu être mis hors file : %2</translation>
    </message>
    <message>
        <source>%1 is on queue again.</source>
        <translation>%1 est de nouveau en file.</translation>
    </message>
    <message>
        <source>%1 was taken off queue; signed out before On Queue.</source>
        <translation>%1 a été mis hors file ; déconnecté avant « En file ».</translation>
    </message>
    <message>
        <source>%1 left the roster after being taken off queue.</source>
        <translation>%1 a quitté la liste des agents après sa mise hors file.</translation>
    </message>
</context>
<context>
    <name>NotificationChannel</name>
    <message>
        <source>The notification channel has no id or address.</source>
        <translation>Le canal de notification n’a ni identifiant ni adresse.</translation>
    </message>
    <message>
        <source>Refusing the notification address %1: only wss, or ws to loopback.</source>
        <translation>Adresse de notification %1 refusée : uniquement wss, ou ws en boucle locale.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) were refused, e.g. %1: %2</source>
        <translation>
            <numerusform>%n sujet a été refusé, p. ex. %1 : %2</numerusform>
            <numerusform>%n sujets ont été refusés, p. ex. %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server offers none of the notification topics asked (%1).</source>
        <translation>Le serveur ne propose aucun des sujets de notification demandés (%1).</translation>
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
        <translation>Panne</translation>
    </message>
    <message>
        <source>The server has not answered since %1 (%2). Still working: the roster as last read (its rows are marked stale as they age), the audit history and its export, and webhook deliveries. Status changes are not made until the server answers; each one that fails says so and can be retried.</source>
        <translation>Le serveur ne répond plus depuis %1 (%2). Fonctionne encore : la liste telle que lue en dernier (ses lignes sont marquées périmées avec le temps), l’historique d’audit et son export, et l’envoi des webhooks. Les changements de statut ne sont pas faits tant que le serveur ne répond pas ; chacun qui échoue le dit et peut être relancé.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2). Still working: the roster is re-read regularly (each row shows how fresh it is), status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Les mises à jour en direct sont interrompues depuis %1 (%2). Fonctionne encore : la liste est relue régulièrement (chaque ligne montre sa fraîcheur), les changements de statut sont vérifiés auprès du serveur avant d’être écrits, l’historique d’audit et les webhooks.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2) and the roster is not re-read: reload it to see the latest. Still working: status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Les mises à jour en direct sont interrompues depuis %1 (%2) et la liste n’est pas relue : rechargez-la pour voir le dernier état. Fonctionne encore : les changements de statut sont vérifiés auprès du serveur avant d’être écrits, l’historique d’audit et les webhooks.</translation>
    </message>
</context>
<context>
    <name>PkceTokenProvider</name>
    <message>
        <source>PKCE sign-in needs a client id, an https login host and an ApiClient.</source>
        <translation>La connexion PKCE nécessite un identifiant client, un hôte de connexion https et un ApiClient.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2</source>
        <translation>Impossible d’écouter la redirection de connexion sur 127.0.0.1:%1 : %2</translation>
    </message>
    <message>
        <source>Not the StatusDesk sign-in address.</source>
        <translation>Ce n’est pas l’adresse de connexion de StatusDesk.</translation>
    </message>
    <message>
        <source>The sign-in answer does not match this request (state).</source>
        <translation>La réponse de connexion ne correspond pas à cette requête (state).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>pas de code</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Connexion refusée : %1</translation>
    </message>
    <message>
        <source>Signed in to StatusDesk. You can close this window.</source>
        <translation>Connecté à StatusDesk. Vous pouvez fermer cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No client id (set GENESYS_CLIENT_ID or --client-id).</source>
        <translation>Aucun identifiant client (définissez GENESYS_CLIENT_ID ou --client-id).</translation>
    </message>
    <message>
        <source>No client secret (set GENESYS_CLIENT_SECRET or --client-secret).</source>
        <translation>Aucun secret client (définissez GENESYS_CLIENT_SECRET ou --client-secret).</translation>
    </message>
    <message>
        <source>No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region).</source>
        <translation>Aucun serveur : définissez STATUSDESK_API_BASE ou GENESYS_REGION (ou --api-base / --region).</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L’URL de base de l’API « %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The rate limit must be a positive number per minute.</source>
        <translation>La limite de débit doit être un nombre positif par minute.</translation>
    </message>
    <message>
        <source>The bulk write chunk must be between 1 and 50 agents.</source>
        <translation>Le lot d&apos;écriture groupée doit compter entre 1 et 50 agents.</translation>
    </message>
    <message>
        <source>The users page size must be between 1 and %1.</source>
        <translation>La taille de page des utilisateurs doit être comprise entre 1 et %1.</translation>
    </message>
</context>
<context>
    <name>QueueChangeService</name>
    <message>
        <source>The audit store is not open; nothing was sent.</source>
        <translation>Le stockage d’audit n’est pas ouvert ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The memberships could not be read before the change: %1</source>
        <translation>Impossible de lire les appartenances avant le changement : %1</translation>
    </message>
    <message>
        <source>%1 is not a member of queue %2; Genesys ignores such a change.</source>
        <translation>%1 n’est pas membre de la file d’attente %2 ; Genesys ignore un tel changement.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was activated meanwhile; nothing was changed.</source>
        <translation>L’appartenance à la file d’attente %1 a été activée entre-temps ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was deactivated meanwhile; nothing was changed.</source>
        <translation>L’appartenance à la file d’attente %1 a été désactivée entre-temps ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already active.</source>
        <translation>L’appartenance à la file d’attente %1 est déjà active.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already inactive.</source>
        <translation>L’appartenance à la file d’attente %1 est déjà inactive.</translation>
    </message>
    <message>
        <source>Queue %1: %2</source>
        <translation>File d’attente %1 : %2</translation>
    </message>
    <message>
        <source>Genesys ignored queue %1: the agent is not a member of it.</source>
        <translation>Genesys a ignoré la file d’attente %1 : l’agent n’en est pas membre.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is active.</source>
        <translation>L’appartenance à la file d’attente %1 est active.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is inactive.</source>
        <translation>L’appartenance à la file d’attente %1 est inactive.</translation>
    </message>
    <message>
        <source>Queue membership activation: %1</source>
        <translation>Activation d’appartenance à une file d’attente : %1</translation>
    </message>
    <message>
        <source>Queue membership deactivation: %1</source>
        <translation>Désactivation d’appartenance à une file d’attente : %1</translation>
    </message>
    <message>
        <source>The agents active on queue %1 could not be counted again (%2), so its minimum cannot be checked.</source>
        <translation>Les agents actifs de la file d’attente %1 n’ont pas pu être recomptés (%2) ; son minimum ne peut donc pas être vérifié.</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>L’intention n’a pas pu être auditée ; le changement n’a pas été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>The answer to the change of queue %1 was lost (%2) and %n read(s) after it did not show the change; it is checked again at the next start.</source>
        <translation>
            <numerusform>La réponse au changement de la file d’attente %1 a été perdue (%2) et %n lecture ensuite n’a pas montré le changement ; il sera vérifié à nouveau au prochain démarrage.</numerusform>
            <numerusform>La réponse au changement de la file d’attente %1 a été perdue (%2) et %n lectures ensuite n’ont pas montré le changement ; il sera vérifié à nouveau au prochain démarrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genesys accepted the change of queue %1, but %n read(s) after it did not show it yet; it is checked again at the next start.</source>
        <translation>
            <numerusform>Genesys a accepté le changement de la file d’attente %1, mais %n lecture ensuite ne l’a pas encore montré ; il sera vérifié à nouveau au prochain démarrage.</numerusform>
            <numerusform>Genesys a accepté le changement de la file d’attente %1, mais %n lectures ensuite ne l’ont pas encore montré ; il sera vérifié à nouveau au prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the answer was lost; a read of the memberships confirmed it)</source>
        <translation>%1 (la réponse a été perdue ; une lecture des appartenances l’a confirmé)</translation>
    </message>
</context>
<context>
    <name>QueueGateway</name>
    <message>
        <source>The user queues answer has no list of entities.</source>
        <translation>La réponse des files d’attente de l’utilisateur n’a pas de liste d’entités.</translation>
    </message>
    <message>
        <source>The user has more than %1 queue memberships.</source>
        <translation>L’utilisateur est membre de plus de %1 files d’attente.</translation>
    </message>
</context>
<context>
    <name>QueueIntentReconciler</name>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent was not found</source>
        <translation>Changement d’appartenance à une file interrompu (intention n° %1) : l’agent est introuvable</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent is no member of queue %2</source>
        <translation>Changement d’appartenance à une file interrompu (intention n° %1) : l’agent n’est pas membre de la file %2</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is active, the change took effect</source>
        <translation>Changement d’appartenance à une file interrompu (intention n° %1) : la file %2 est active, le changement a pris effet</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is inactive, the change took effect</source>
        <translation>Changement d’appartenance à une file interrompu (intention n° %1) : la file %2 est inactive, le changement a pris effet</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still inactive</source>
        <translation>Changement d’appartenance à une file interrompu (intention n° %1) : la file %2 est toujours inactive</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still active</source>
        <translation>Changement d’appartenance à une file interrompu (intention n° %1) : la file %2 est toujours active</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File d’attente</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>Division</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Appartenance</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Queue memberships</source>
        <translation>Appartenances aux files d’attente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sans motif)</translation>
    </message>
    <message>
        <source>Select the memberships to change.</source>
        <translation>Sélectionnez les appartenances à modifier.</translation>
    </message>
    <message>
        <source>Queue memberships are available with the Genesys protocol once signed in.</source>
        <translation>Les appartenances aux files d’attente sont disponibles avec le protocole Genesys une fois connecté.</translation>
    </message>
    <message>
        <source>Activate the selected memberships</source>
        <translation>Activer les appartenances sélectionnées</translation>
    </message>
    <message>
        <source>Deactivate the selected memberships</source>
        <translation>Désactiver les appartenances sélectionnées</translation>
    </message>
    <message>
        <source>No queues: sign in with a Genesys profile.</source>
        <translation>Aucune file d’attente : connectez-vous avec un profil Genesys.</translation>
    </message>
    <message>
        <source>Select agents in the roster to see their queues.</source>
        <translation>Sélectionnez des agents dans la liste pour voir leurs files d’attente.</translation>
    </message>
    <message>
        <source>Changing memberships; Genesys applies them after a moment…</source>
        <translation>Modification des appartenances ; Genesys les applique après un moment…</translation>
    </message>
    <message>
        <source>Reading queue memberships…</source>
        <translation>Lecture des appartenances aux files d’attente…</translation>
    </message>
    <message>
        <source>The memberships could not be read: %1</source>
        <translation>Impossible de lire les appartenances : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 agent(s).</source>
        <translation>
            <numerusform>%n appartenance de %1 agent(s).</numerusform>
            <numerusform>%n appartenances de %1 agent(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Unknown region “%1”. Valid regions: %2 (or their domains).</source>
        <translation>Région inconnue « %1 ». Régions valides : %2 (ou leurs domaines).</translation>
    </message>
    <message>
        <source>STATUSDESK_API_BASE “%1” is not a URL.</source>
        <translation>STATUSDESK_API_BASE « %1 » n’est pas une URL.</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>The users page %1 has no list of entities.</source>
        <translation>La page d’utilisateurs %1 n’a pas de liste d’entités.</translation>
    </message>
    <message>
        <source>The users page %1 holds an entry without an id.</source>
        <translation>La page d’utilisateurs %1 contient une entrée sans identifiant.</translation>
    </message>
    <message>
        <source>The server lists %1 users; StatusDesk loads at most %2.</source>
        <translation>Le serveur annonce %1 utilisateurs ; StatusDesk en charge au plus %2.</translation>
    </message>
    <message>
        <source>The users page %1 holds %2 entries, more than the %3 asked for.</source>
        <translation>La page d’utilisateurs %1 contient %2 entrées, plus que les %3 demandées.</translation>
    </message>
</context>
<context>
    <name>RosterScope</name>
    <message>
        <source>Whole organisation</source>
        <translation>Toute l’organisation</translation>
    </message>
    <message>
        <source>My direct reports</source>
        <translation>Mes collaborateurs directs</translation>
    </message>
    <message>
        <source>Direct reports of %1</source>
        <translation>Collaborateurs directs de %1</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>Équipes : %1</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Filter agents</source>
        <translation>Filtrer les agents</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter agents…  %1</source>
        <translation>Filtrer les agents…  %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Filter agents by name, team or status</source>
        <translation>Filtrer les agents par nom, équipe ou statut</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut :</translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message>
        <source>The teams answer has no list of entities.</source>
        <translation>La réponse des équipes n’a pas de liste d’entités.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>My &amp;direct reports</source>
        <translation>Mes &amp;collaborateurs directs</translation>
    </message>
    <message>
        <source>These &amp;teams:</source>
        <translation>Ces é&amp;quipes :</translation>
    </message>
    <message>
        <source>The whole &amp;organisation</source>
        <translation>Toute l’&amp;organisation</translation>
    </message>
    <message>
        <source>Roster scope</source>
        <translation>Périmètre de la liste</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Which agents should the roster show?</source>
        <translation>Quels agents la liste doit-elle afficher ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n membre)</numerusform>
            <numerusform>%1 (%n membres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;direct reports (%n)</source>
        <translation>
            <numerusform>Mes &amp;collaborateurs directs (%n)</numerusform>
            <numerusform>Mes &amp;collaborateurs directs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams could not be listed: %1</source>
        <translation>Impossible de lister les équipes : %1</translation>
    </message>
</context>
<context>
    <name>ScopeLoader</name>
    <message>
        <source>The whole organisation loads through the listing.</source>
        <translation>Toute l’organisation se charge par le listage.</translation>
    </message>
    <message>
        <source>The team members answer has no list of entities.</source>
        <translation>La réponse des membres de l’équipe n’a pas de liste d’entités.</translation>
    </message>
    <message>
        <source>The direct reports answer is no list.</source>
        <translation>La réponse des collaborateurs directs n’est pas une liste.</translation>
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
        <translation>La réponse des équipes n’a pas de liste d’entités.</translation>
    </message>
    <message>
        <source>The signed-in user has no id.</source>
        <translation>L’utilisateur connecté n’a pas d’identifiant.</translation>
    </message>
    <message>
        <source>The search answer has no results.</source>
        <translation>La réponse de la recherche n’a aucun résultat.</translation>
    </message>
</context>
<context>
    <name>ScopeResolver::Problem</name>
    <message>
        <source>Nothing is called &quot;%1&quot;.</source>
        <translation>Rien ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2</source>
        <translation>« %1 » correspond à plusieurs : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be looked up: %2</source>
        <translation>« %1 » n’a pas pu être recherché : %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Break is allowed from Meeting; 1 of 2 Break places is free.</source>
        <translation>Pause est autorisée depuis Réunion ; 1 place de pause sur 2 est libre.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The rules file %1 is not valid: %2</source>
        <translation>Le fichier de règles %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>The audit store could not be opened: %1</source>
        <translation>Impossible d’ouvrir le stockage d’audit : %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>The statuses could not be loaded: %1</source>
        <translation>Impossible de charger les statuts : %1</translation>
    </message>
    <message>
        <source>The roster could not be loaded: %1</source>
        <translation>Impossible de charger la liste des agents : %1</translation>
    </message>
    <message>
        <source>The audit store could not be keyed: %1</source>
        <translation>Impossible d’appliquer la clé au stockage d’audit : %1</translation>
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
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Expiration du jeton</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Budget de requêtes</translation>
    </message>
    <message>
        <source>Pending webhooks</source>
        <translation>Webhooks en attente</translation>
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
            <numerusform> · %n affiché</numerusform>
            <numerusform> · %n affichés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation>
            <numerusform> · %n sélectionné</numerusform>
            <numerusform> · %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message numerus="yes">
        <source>token %n min</source>
        <translation>
            <numerusform>jeton %n min</numerusform>
            <numerusform>jeton %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>token renewing</source>
        <translation>renouvellement du jeton</translation>
    </message>
    <message>
        <source>Slowed down by the server (429)</source>
        <translation>Ralenti par le serveur (429)</translation>
    </message>
    <message>
        <source>%1/%2 requests per min left</source>
        <translation>%1/%2 requêtes par min restantes</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) pending</source>
        <translation>
            <numerusform>%n webhook en attente</numerusform>
            <numerusform>%n webhooks en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No webhook address: %n webhook(s) waiting</source>
        <translation>
            <numerusform>Pas d’adresse de webhook : %n webhook en attente</numerusform>
            <numerusform>Pas d’adresse de webhook : %n webhooks en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests left in the last 60 seconds. Reads may use up to %1 of the %2; the rest is kept for your changes.</source>
        <translation>Requêtes restantes sur les 60 dernières secondes. Les lectures peuvent en utiliser jusqu&apos;à %1 sur %2 ; le reste est réservé à vos modifications.</translation>
    </message>
    <message>
        <source>The server refused requests before the profile&apos;s %1 a minute; the budget grows back by a tenth each minute.</source>
        <translation>Le serveur a refusé des requêtes avant les %1 par minute du profil ; le budget remonte d&apos;un dixième chaque minute.</translation>
    </message>
    <message>
        <source>Agents still loading</source>
        <translation>Agents encore en chargement</translation>
    </message>
    <message numerus="yes">
        <source>%n more still coming</source>
        <translation>
            <numerusform>encore %n à venir</numerusform>
            <numerusform>encore %n à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s</source>
        <translation>
            <numerusform>En direct · %n interrogé toutes les %1 s</numerusform>
            <numerusform>En direct · %n interrogés toutes les %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s (missing %2)</source>
        <translation>
            <numerusform>En direct · %n interrogé toutes les %1 s (manquant : %2)</numerusform>
            <numerusform>En direct · %n interrogés toutes les %1 s (manquant : %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Interrogation toutes les %1 s</translation>
    </message>
    <message>
        <source>Live updates refused for want of the permission(s) %1: those agents are polled.</source>
        <translation>Mises à jour en direct refusées faute de la ou des permissions %1 : ces agents sont interrogés.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n lettre morte</numerusform>
            <numerusform>%n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Adhérence</translation>
    </message>
    <message>
        <source>adherence: no permission</source>
        <translation>adhérence : aucune permission</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>La lecture de l’adhérence au planning nécessite la permission %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n out of adherence</source>
        <translation>
            <numerusform>%n hors adhérence</numerusform>
            <numerusform>%n hors adhérence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n not responding</source>
        <translation>
            <numerusform> · ⚠ %n ne répond pas</numerusform>
            <numerusform> · ⚠ %n ne répondent pas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;QLite file</source>
        <translation>Fichier S&amp;QLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL (shared team log)</source>
        <translation>&amp;PostgreSQL (journal partagé de l’équipe)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Clé de signature du webhook</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Fichier de règles</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Règles intégrées</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> requêtes/min</translation>
    </message>
    <message>
        <source>Audit store location</source>
        <translation>Emplacement du stockage d’audit</translation>
    </message>
    <message>
        <source>Webhook and rules</source>
        <translation>Webhook et règles</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>Adresse du &amp;webhook :</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clé de signature :</translation>
    </message>
    <message>
        <source>&amp;Rules file:</source>
        <translation>Fichier de &amp;règles :</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Limite de débit :</translation>
    </message>
    <message>
        <source>Audit store</source>
        <translation>Stockage d’audit</translation>
    </message>
    <message>
        <source>Alert when an agent stays longer than</source>
        <translation>Alerter quand un agent reste plus de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Alert threshold for %1</source>
        <translation>Seuil d’alerte pour %1</translation>
    </message>
    <message>
        <source>The built-in rules are used.</source>
        <translation>Les règles intégrées sont utilisées.</translation>
    </message>
    <message>
        <source>This rules file cannot be used: %1</source>
        <translation>Ce fichier de règles est inutilisable : %1</translation>
    </message>
    <message numerus="yes">
        <source>Rules file is valid: %n status(es).</source>
        <translation>
            <numerusform>Le fichier de règles est valide : %n statut.</numerusform>
            <numerusform>Le fichier de règles est valide : %n statuts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation>Choisir un fichier de règles</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Règles (*.json)</translation>
    </message>
    <message>
        <source>Default file in the data folder</source>
        <translation>Fichier par défaut dans le dossier de données</translation>
    </message>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation>L’adresse du webhook doit être une URL http ou https.</translation>
    </message>
    <message>
        <source>A PostgreSQL audit store needs a postgresql:// address.</source>
        <translation>Un stockage d’audit PostgreSQL nécessite une adresse postgresql://.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Audit key…</source>
        <translation>Clé d’&amp;audit…</translation>
    </message>
    <message>
        <source>Whether the audit log is keyed, and the team key of a shared log</source>
        <translation>Si le journal d’audit est protégé par clé, et la clé d’équipe d’un journal partagé</translation>
    </message>
</context>
<context>
    <name>ShiftTimelineView</name>
    <message>
        <source>Shift timeline</source>
        <translation>Chronologie du poste</translation>
    </message>
    <message>
        <source>Nothing seen for this day yet.</source>
        <translation>Rien d’observé pour ce jour pour l’instant.</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Prévu : %1</translation>
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
        <translation>Organisation de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Genesys Cloud</source>
        <translation>&amp;Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation>Se connecter dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Client c&amp;redentials</source>
        <translation>Identifiants c&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Remember this organisation</source>
        <translation>Se &amp;souvenir de cette organisation</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in to StatusDesk</source>
        <translation>Se connecter à StatusDesk</translation>
    </message>
    <message>
        <source>A simulated contact center with live agents, on this computer. Leave the address empty to start the simulator, or give the address of a running one.</source>
        <translation>Un centre de contact simulé avec des agents en direct, sur cet ordinateur. Laissez l’adresse vide pour démarrer le simulateur, ou indiquez celle d’un simulateur en cours.</translation>
    </message>
    <message>
        <source>Start a simulator</source>
        <translation>Démarrer un simulateur</translation>
    </message>
    <message>
        <source>Simulator address</source>
        <translation>Adresse du simulateur</translation>
    </message>
    <message>
        <source>Simulator &amp;address:</source>
        <translation>&amp;Adresse du simulateur :</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Billing team</source>
        <translation>p. ex. Équipe facturation</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>A region such as eu-central-1, or a domain such as mypurecloud.de</source>
        <translation>Une région comme eu-central-1, ou un domaine comme mypurecloud.de</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>Nom du &amp;profil :</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Adresse du webhook</translation>
    </message>
    <message>
        <source>https://payroll.example.com/statusdesk</source>
        <translation>https://paie.example.com/statusdesk</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>Adresse du &amp;webhook :</translation>
    </message>
    <message>
        <source>This is not an http or https address.</source>
        <translation>Ce n’est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>Empty: the started simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Vide : le récepteur de paie du simulateur démarré reçoit les webhooks.</translation>
    </message>
    <message>
        <source>Empty: the simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Vide : le récepteur de paie du simulateur reçoit les webhooks.</translation>
    </message>
    <message>
        <source>Empty: status changes are recorded, but no webhook is sent to payroll.</source>
        <translation>Vide : les changements de statut sont enregistrés, mais aucun webhook n’est envoyé à la paie.</translation>
    </message>
</context>
<context>
    <name>StatusApiGateway</name>
    <message>
        <source>The statuses or reasons answer is not a list of entities.</source>
        <translation>La réponse des statuts ou motifs n’est pas une liste d’entités.</translation>
    </message>
    <message>
        <source>The server lists no known statuses.</source>
        <translation>Le serveur n’indique aucun statut connu.</translation>
    </message>
    <message>
        <source>The status answer is not a status resource.</source>
        <translation>La réponse de statut n’est pas une ressource de statut.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>(the ETag read just before)</source>
        <translation>(l’ETag lu juste avant)</translation>
    </message>
</context>
<context>
    <name>StatusChangeService</name>
    <message>
        <source>The audit store is not open; no change is made without an audit trail.</source>
        <translation>Le stockage d’audit n’est pas ouvert ; aucun changement n’est fait sans piste d’audit.</translation>
    </message>
    <message>
        <source>Refused by the transition rules</source>
        <translation>Refusé par les règles de transition</translation>
    </message>
    <message>
        <source>Status change requested</source>
        <translation>Changement de statut demandé</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>L’intention n’a pas pu être auditée ; le changement n’a pas été envoyé.</translation>
    </message>
    <message>
        <source>The write needed %1 attempts</source>
        <translation>L’écriture a nécessité %1 tentatives</translation>
    </message>
    <message>
        <source>The server asked StatusDesk to slow down</source>
        <translation>Le serveur a demandé à StatusDesk de ralentir</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>The agent changed meanwhile: now %1</source>
        <translation>L’agent a changé entre-temps : maintenant %1</translation>
    </message>
    <message>
        <source>Status change failed</source>
        <translation>Échec du changement de statut</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Conflit résolu : %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; reading the agent to learn whether the change took effect</source>
        <translation>La réponse du serveur a été perdue ; lecture de l’agent pour savoir si le changement a pris effet</translation>
    </message>
    <message>
        <source>Status changed (the answer was lost; a read of the agent confirmed it)</source>
        <translation>Statut modifié (la réponse a été perdue ; une lecture de l’agent l’a confirmé)</translation>
    </message>
    <message>
        <source>Status change did not take effect: the answer was lost and the agent is in %1</source>
        <translation>Le changement de statut n’a pas pris effet : la réponse a été perdue et l’agent est en %1</translation>
    </message>
    <message>
        <source>%1 (compare read to write: %2 ms)</source>
        <translation>%1 (de la lecture de comparaison à l&apos;écriture : %2 ms)</translation>
    </message>
    <message>
        <source>%1 over a concurrent change: between our read and our write the agent was set to %2 (version %3)</source>
        <translation>%1 par-dessus une modification concurrente : entre notre lecture et notre écriture, l&apos;agent est passé à %2 (version %3)</translation>
    </message>
    <message>
        <source>Already %1: nothing written</source>
        <translation>Déjà %1 : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>Annulé avant l&apos;envoi</translation>
    </message>
    <message>
        <source>The members of team %1 outside the roster could not be counted, so the limit on %2 cannot be checked.</source>
        <translation>Les membres de l’équipe %1 hors de la liste n’ont pas pu être comptés ; la limite sur %2 ne peut donc pas être vérifiée.</translation>
    </message>
</context>
<context>
    <name>StatusGateway</name>
    <message>
        <source>The users answer has no list of entities.</source>
        <translation>La réponse des utilisateurs n’a pas de liste d’entités.</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Ready for calls</source>
        <translation>Prêt pour les appels</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Fin de service</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Maladie</translation>
    </message>
    <message>
        <source>System issue</source>
        <translation>Problème système</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Personnel</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>thin lane above: scheduled activity</source>
        <translation>bande fine du haut : activité prévue</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Selected agents</source>
        <translation>Agents sélectionnés</translation>
    </message>
    <message>
        <source>Whole scope</source>
        <translation>Tout le périmètre</translation>
    </message>
    <message>
        <source>Agents shown</source>
        <translation>Agents affichés</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Select agents in the roster.</source>
        <translation>Sélectionnez des agents dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n agents.</source>
        <translation>
            <numerusform>Les %1 premiers sur %n agent.</numerusform>
            <numerusform>Les %1 premiers sur %n agents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log has nothing for them on this day.</source>
        <translation>Le journal du jour ne contient rien pour eux ce jour-là.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Exporter la chronologie en PNG</translation>
    </message>
    <message>
        <source>Export the timeline as CSV</source>
        <translation>Exporter la chronologie en CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cannot reach the login server: %1</source>
        <translation>Le serveur de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>The login server&apos;s answer has no access token or lifetime.</source>
        <translation>La réponse du serveur de connexion n’a ni jeton d’accès ni durée de validité.</translation>
    </message>
    <message>
        <source>The login server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>La réponse du serveur de connexion dépasse %1 octets ; elle a été refusée.</translation>
    </message>
    <message>
        <source>The login server gave no complete answer within %1 s.</source>
        <translation>Le serveur de connexion n’a pas donné de réponse complète en %1 s.</translation>
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>les règles doivent être un objet JSON</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; is missing</source>
        <translation>« statuses » manque</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; is missing</source>
        <translation>« transitions » manque</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of statuses</source>
        <translation>« %1 » doit être une liste de statuts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only status names</source>
        <translation>« %1 » ne doit contenir que des noms de statut</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not one of the declared statuses</source>
        <translation>« %1 » dans « %2 » n’est pas un des statuts déclarés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>« %1 » apparaît deux fois dans « %2 »</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; must be a non-empty list of status names</source>
        <translation>« statuses » doit être une liste non vide de noms de statut</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2</source>
        <translation>« %1 » n’est pas un statut ; utilisez l’un de %2</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(pas du texte)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared twice</source>
        <translation>« %1 » est déclaré deux fois</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; must map each status to the statuses it may move to</source>
        <translation>« transitions » doit associer à chaque statut les statuts vers lesquels il peut passer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the declared statuses</source>
        <translation>« %1 » n’est pas un des statuts déclarés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not move to itself</source>
        <translation>« %1 » ne peut pas passer à lui-même</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; must be an object with &quot;targets&quot; and &quot;leaving&quot;</source>
        <translation>« reasonRequired » doit être un objet avec « targets » et « leaving »</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;reasonRequired&quot;</source>
        <translation>clé inconnue « %1 » dans « reasonRequired »</translation>
    </message>
    <message>
        <source>&quot;capacity&quot; must map statuses to numbers</source>
        <translation>« capacity » doit associer des nombres aux statuts</translation>
    </message>
    <message>
        <source>the capacity of &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>la capacité de « %1 » doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must be a list of reason codes</source>
        <translation>« reasons » doit être une liste de codes de motif</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must contain only non-empty codes</source>
        <translation>« reasons » ne doit contenir que des codes non vides</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; appears twice</source>
        <translation>le motif « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>“%1” is not a known status.</source>
        <translation>« %1 » n’est pas un statut connu.</translation>
    </message>
    <message>
        <source>The agent&apos;s current status “%1” is not a known status.</source>
        <translation>Le statut actuel « %1 » de l’agent n’est pas un statut connu.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation>L’agent est déjà en %1.</translation>
    </message>
    <message>
        <source>%1 → %2 is not allowed; from %1 the allowed statuses are: %3.</source>
        <translation>%1 → %2 n’est pas autorisé ; depuis %1 les statuts autorisés sont : %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>“%1” is not a known reason code.</source>
        <translation>« %1 » n’est pas un code de motif connu.</translation>
    </message>
    <message>
        <source>A reason is required to move an agent from %1 to %2.</source>
        <translation>Un motif est requis pour faire passer un agent de %1 à %2.</translation>
    </message>
    <message>
        <source>Team %1 already has %2 of at most %3 agents on %4.</source>
        <translation>L’équipe %1 a déjà %2 agents sur %3 au plus en %4.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be an object with &quot;minimumActive&quot; and &quot;reasonRequired&quot;</source>
        <translation>« queues » doit être un objet avec « minimumActive » et « reasonRequired »</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;queues&quot;</source>
        <translation>clé inconnue « %1 » dans « queues »</translation>
    </message>
    <message>
        <source>&quot;minimumActive&quot; must map queues to numbers</source>
        <translation>« minimumActive » doit associer des nombres aux files d’attente</translation>
    </message>
    <message>
        <source>the minimum of queue &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>le minimum de la file d’attente « %1 » doit être un nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; in &quot;queues&quot; lists &quot;activate&quot; and/or &quot;deactivate&quot;</source>
        <translation>« reasonRequired » dans « queues » liste « activate » et/ou « deactivate »</translation>
    </message>
    <message>
        <source>A reason is required to activate a membership of queue %1.</source>
        <translation>Un motif est requis pour activer une appartenance à la file d’attente %1.</translation>
    </message>
    <message>
        <source>A reason is required to deactivate a membership of queue %1.</source>
        <translation>Un motif est requis pour désactiver une appartenance à la file d’attente %1.</translation>
    </message>
    <message>
        <source>Queue %1 must keep at least %2 active agents of your scope; %3 are active now.</source>
        <translation>La file d’attente %1 doit garder au moins %2 agents actifs de votre périmètre ; %3 sont actifs maintenant.</translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Identifiant d’événement</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Dernier statut</translation>
    </message>
    <message>
        <source>Last latency</source>
        <translation>Dernière latence</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <source>No audit store.</source>
        <translation>Aucun stockage d’audit.</translation>
    </message>
    <message>
        <source>The webhook outbox is not available.</source>
        <translation>La boîte d’envoi des webhooks n’est pas disponible.</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1 ; abandon après %2 tentatives</translation>
    </message>
    <message>
        <source>Webhook %1: attempt %2, %3</source>
        <translation>Webhook %1 : tentative %2, %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer is larger than %1 bytes</source>
        <translation>La réponse du destinataire dépasse %1 octets</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Aucune réponse complète en %1 ms</translation>
    </message>
    <message>
        <source>The webhook attempt could not be stored.</source>
        <translation>La tentative de webhook n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>WebhookOutboxTable</name>
    <message>
        <source>Cannot store the webhook event: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;événement du webhook : %1</translation>
    </message>
</context>
<context>
    <name>WebhookPanel</name>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>&amp;Re-send</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Toutes les livraisons</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Livraisons des webhooks</translation>
    </message>
    <message>
        <source>Send the selected event again now</source>
        <translation>Renvoyer maintenant l’événement sélectionné</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n lettre morte</numerusform>
            <numerusform>%n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-send a delivered event</source>
        <translation>Renvoyer un événement livré</translation>
    </message>
    <message>
        <source>Payroll received this event at %1. Send it again?</source>
        <translation>La paie a reçu cet événement à %1. Le renvoyer ?</translation>
    </message>
    <message>
        <source>The copy keeps its event ID %1, so payroll can recognise it and drop it if it has the event already.</source>
        <translation>La copie garde son identifiant d’événement %1, afin que la paie puisse la reconnaître et l’ignorer si elle a déjà l’événement.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live agent status console for Genesys Cloud</source>
        <translation>Console en direct du statut des agents pour Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in to the demo organisation (the simulator at STATUSDESK_API_BASE, or one started here).</source>
        <translation>Se connecter à l’organisation de démonstration (le simulateur à STATUSDESK_API_BASE, ou un démarré ici).</translation>
    </message>
    <message>
        <source>Sign in to the simulator at &lt;url&gt;.</source>
        <translation>Se connecter au simulateur à &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Sign in with the remembered profile &lt;name&gt;.</source>
        <translation>Se connecter avec le profil mémorisé &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Write screenshots of every view into &lt;dir&gt;, then quit.</source>
        <translation>Écrire des captures de chaque vue dans &lt;dir&gt;, puis quitter.</translation>
    </message>
    <message>
        <source>StatusDesk is already open</source>
        <translation>StatusDesk est déjà ouvert</translation>
    </message>
    <message>
        <source>Another StatusDesk window is open with the same audit history:
%1

Two copies would both write to it. Bring the open window to the front?</source>
        <translation>Une autre fenêtre StatusDesk est ouverte avec le même historique d’audit :
%1

Les deux copies y écriraient. Mettre la fenêtre ouverte au premier plan ?</translation>
    </message>
    <message>
        <source>&amp;Bring to front</source>
        <translation>&amp;Mettre au premier plan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The open window did not answer. Close it, or end its process, then start StatusDesk again.</source>
        <translation>La fenêtre ouverte n’a pas répondu. Fermez-la ou terminez son processus, puis relancez StatusDesk.</translation>
    </message>
</context>
</TS>
