<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CliAdherence</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>PRÉVU</translation>
    </message>
    <message>
        <source>ADHERENCE</source>
        <translation>ADHÉRENCE</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>IMPACT</source>
        <translation>IMPACT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>À</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
</context>
<context>
    <name>CliAuditAnchor</name>
    <message>
        <source>A checkpoint is signed with the audit key: set STATUSDESK_AUDIT_KEY or give --audit-key-file.</source>
        <translation>Un point de contrôle est signé avec la clé d&apos;audit : définissez STATUSDESK_AUDIT_KEY ou indiquez --audit-key-file.</translation>
    </message>
    <message>
        <source>No checkpoint of a broken chain: %1</source>
        <translation>Pas de point de contrôle d&apos;une chaîne rompue : %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>Impossible d&apos;écrire le point de contrôle %1 : %2</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 written to %2.
</source>
        <translation>Point de contrôle de l&apos;entrée %1 écrit dans %2.
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
        <translation>NOM</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <source>ROUTING</source>
        <translation>ROUTAGE</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 (%4 ms)</source>
        <translation>%1 -&gt; %2 %3 (%4 ms)</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the agent could not be read back: whether the change took effect is checked again at the next start.</source>
        <translation>La réponse du serveur a été perdue et l&apos;agent n&apos;a pas pu être relu : l&apos;effet du changement sera vérifié de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; a read of the agent told the outcome.</source>
        <translation>La réponse du serveur a été perdue ; une lecture de l&apos;agent a indiqué le résultat.</translation>
    </message>
    <message>
        <source>Written over a concurrent change: between the compare read and the write the agent was set to %1.</source>
        <translation>Écrit par-dessus un changement concurrent : entre la lecture de comparaison et l&apos;écriture, l&apos;agent est passé à %1.</translation>
    </message>
    <message>
        <source>Conflict: %1 is now %2 (expected %3)</source>
        <translation>Conflit : %1 est maintenant %2 (attendu : %3)</translation>
    </message>
    <message>
        <source>, changed by %1</source>
        <translation>, modifié par %1</translation>
    </message>
    <message>
        <source>%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed</source>
        <translation>%1 agents : %2 appliqués, %3 déjà dans la cible, %4 refusés, %5 leur état conservé, %6 annulés, %7 en échec</translation>
    </message>
    <message>
        <source>, %1 unknown (the server&apos;s answer was lost; checked again at the next start)</source>
        <translation>, %1 inconnus (la réponse du serveur a été perdue ; vérifié de nouveau au prochain démarrage)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>SUPERVISOR</source>
        <translation>SUPERVISEUR</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCE</translation>
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
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>TENTATIVES</translation>
    </message>
    <message>
        <source>LAST STATUS</source>
        <translation>DERNIER CODE</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>DERNIÈRE ERREUR</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>SERVICE</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>One base URL for login and API (STATUSDESK_API_BASE).</source>
        <translation>Une URL de base pour la connexion et l&apos;API (STATUSDESK_API_BASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Genesys Cloud region or domain (GENESYS_REGION).</source>
        <translation>Région ou domaine Genesys Cloud (GENESYS_REGION).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>OAuth client id (GENESYS_CLIENT_ID).</source>
        <translation>Identifiant du client OAuth (GENESYS_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command line: prefer the variable or --client-secret-file.</source>
        <translation>Secret du client OAuth (GENESYS_CLIENT_SECRET). Les autres utilisateurs de cet ordinateur peuvent lire la ligne de commande : préférez la variable ou --client-secret-file.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from FILE (its first line).</source>
        <translation>Lire le secret du client OAuth dans FICHIER (sa première ligne).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Sign in as a supervisor in the browser (prints the URL) instead of client credentials.</source>
        <translation>Se connecter comme superviseur dans le navigateur (affiche l&apos;URL) au lieu des identifiants du client.</translation>
    </message>
    <message>
        <source>genesys or status-api (STATUSDESK_PROTOCOL).</source>
        <translation>genesys ou status-api (STATUSDESK_PROTOCOL).</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOCOLE</translation>
    </message>
    <message>
        <source>Transition rules JSON file.</source>
        <translation>Fichier JSON des règles de transition.</translation>
    </message>
    <message>
        <source>Audit store: SQLite file or postgresql:// URL.</source>
        <translation>Stockage de l&apos;audit : fichier SQLite ou URL postgresql://.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Webhook endpoint (WEBHOOK_ENDPOINT).</source>
        <translation>Point de terminaison du webhook (WEBHOOK_ENDPOINT).</translation>
    </message>
    <message>
        <source>Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or --webhook-secret-file.</source>
        <translation>Secret HMAC du webhook (WEBHOOK_SECRET) ; visible dans la ligne de commande, préférez la variable ou --webhook-secret-file.</translation>
    </message>
    <message>
        <source>Read the webhook HMAC secret from FILE (its first line).</source>
        <translation>Lire le secret HMAC du webhook dans FICHIER (sa première ligne).</translation>
    </message>
    <message>
        <source>Requests per minute (default 300).</source>
        <translation>Requêtes par minute (300 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit).</source>
        <translation>Genesys : agents par écriture groupée de présence, de 1 à 50 (50 par défaut ; Genesys ne documente aucune limite).</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1:PORT while running.</source>
        <translation>Servir les métriques Prometheus sur 127.0.0.1:PORT pendant l&apos;exécution.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Seconds webhooks flush waits at most (default 30).</source>
        <translation>Secondes d&apos;attente maximale de webhooks flush (30 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>JSON output instead of tables.</source>
        <translation>Sortie JSON au lieu de tableaux.</translation>
    </message>
    <message>
        <source>Reason code of the change.</source>
        <translation>Code de motif du changement.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Change only if the agent is still in STATUS, else it is a conflict.</source>
        <translation>Changer seulement si l&apos;agent est encore dans STATUT, sinon c&apos;est un conflit.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>abort (default), apply-latest or keep-theirs.</source>
        <translation>abort (par défaut), apply-latest ou keep-theirs.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLITIQUE</translation>
    </message>
    <message>
        <source>Bulk: these agents (comma-separated ids or names).</source>
        <translation>Groupé : ces agents (identifiants ou noms séparés par des virgules).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Audit list: entries of this agent (id or name).</source>
        <translation>Liste d&apos;audit : entrées de cet agent (identifiant ou nom).</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>Audit list: entries at or after this time (ISO 8601).</source>
        <translation>Liste d&apos;audit : entrées à partir de cette heure (ISO 8601).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Audit list: entries with this outcome.</source>
        <translation>Liste d&apos;audit : entrées avec ce résultat.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>Audit export: jsonl or csv.</source>
        <translation>Export de l&apos;audit : jsonl ou csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>La commande et ses arguments.</translation>
    </message>
    <message>
        <source>--api-base: &quot;%1&quot; is not a URL.</source>
        <translation>--api-base : « %1 » n&apos;est pas une URL.</translation>
    </message>
    <message>
        <source>Give --client-secret or --client-secret-file, not both.</source>
        <translation>Indiquez --client-secret ou --client-secret-file, pas les deux.</translation>
    </message>
    <message>
        <source>--protocol must be genesys or status-api, not &quot;%1&quot;.</source>
        <translation>--protocol doit être genesys ou status-api, pas « %1 ».</translation>
    </message>
    <message>
        <source>Give --webhook-secret or --webhook-secret-file, not both.</source>
        <translation>Indiquez --webhook-secret ou --webhook-secret-file, pas les deux.</translation>
    </message>
    <message>
        <source>--rate-limit must be a positive number.</source>
        <translation>--rate-limit doit être un nombre positif.</translation>
    </message>
    <message>
        <source>--bulk-chunk must be a number from 1 to 50.</source>
        <translation>--bulk-chunk doit être un nombre de 1 à 50.</translation>
    </message>
    <message>
        <source>--metrics-port must be a port number (0 picks a free one).</source>
        <translation>--metrics-port doit être un numéro de port (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout doit être un nombre de secondes de 1 à 86400.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>Impossible de lire le fichier secret %1 : %2</translation>
    </message>
    <message>
        <source>The secret file %1 is larger than %2 bytes.</source>
        <translation>Le fichier secret %1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>Le fichier secret %1 est vide.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 ne s&apos;applique pas à cette commande.</translation>
    </message>
    <message>
        <source>No command given (try --help).</source>
        <translation>Aucune commande indiquée (essayez --help).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>« %1 » prend %n argument.</numerusform>
            <numerusform>« %1 » prend %n arguments.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format jsonl or --format csv.</source>
        <translation>audit export demande --format jsonl ou --format csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (try --help).</source>
        <translation>Commande inconnue « %1 » (essayez --help).</translation>
    </message>
    <message>
        <source>Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]</source>
        <translation>Utilisation : status set AGENT CIBLE [--reason CODE] [--expect STATUT] [--on-conflict POLITIQUE]</translation>
    </message>
    <message>
        <source>--on-conflict must be abort, apply-latest or keep-theirs.</source>
        <translation>--on-conflict doit être abort, apply-latest ou keep-theirs.</translation>
    </message>
    <message>
        <source>Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]</source>
        <translation>Utilisation : bulk set (--team T | --agents ID,... | --all) CIBLE [--reason CODE]</translation>
    </message>
    <message>
        <source>--agents needs at least one id or name.</source>
        <translation>--agents demande au moins un identifiant ou un nom.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).</source>
        <translation>--since : « %1 » n&apos;est pas une heure ISO 8601 (p. ex. 2026-11-25T14:00:00Z).</translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation>COMMANDE [ARGUMENTS]</translation>
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
        <translation>StatusDesk sans interface : agents, changements de statut, audit et webhooks.

Commandes :
  agents list [--team NOM]... [--reports-to UTILISATEUR]
  status get AGENT
  status set AGENT CIBLE [--reason CODE] [--expect STATUT] [--on-conflict abort|apply-latest|keep-theirs]
  bulk set [--team NOM]... [--reports-to UTILISATEUR] (--agents ID,... | --all) CIBLE [--reason CODE]
  audit list [--agent A] [--since HEURE] [--outcome R]
  audit verify [--anchor FICHIER]
  audit checkpoint [--output FICHIER]
  audit export --format jsonl|csv
  webhooks list
  webhooks flush

AGENT est un identifiant ou un nom exact. --team est une équipe Genesys (pas le service) ; UTILISATEUR est un identifiant d&apos;utilisateur, me ou un nom. Sans eux, le périmètre est toute l&apos;organisation. Codes de sortie : 0 terminé, 1 autre échec, 2 utilisation, 3 refusé par les règles, 4 conflit non résolu, 5 authentification ou autorisation, 6 réseau ou serveur, 7 un changement groupé partiellement échoué, 8 une ancre inutilisable (illisible, mal formée ou non signée avec cette clé d&apos;audit).</translation>
    </message>
    <message>
        <source>Genesys: users per roster page, 1 to 500 (default 500; Genesys documents no maximum).</source>
        <translation>Genesys : utilisateurs par page de la liste, de 1 à 500 (500 par défaut ; Genesys ne documente aucun maximum).</translation>
    </message>
    <message>
        <source>Scope: the members of this Genesys team (repeatable).</source>
        <translation>Périmètre : les membres de cette équipe Genesys (répétable).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Scope: the direct reports of USER (an id, me or a name).</source>
        <translation>Périmètre : les collaborateurs directs de UTILISATEUR (un identifiant, me ou un nom).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>Bulk: every agent of the scope.</source>
        <translation>Groupé : tous les agents du périmètre.</translation>
    </message>
    <message>
        <source>The audit key: FILE, private to its owner (mode 0600); STATUSDESK_AUDIT_KEY wins (default %1).</source>
        <translation>La clé d&apos;audit : FICHIER, réservé à son propriétaire (mode 0600) ; STATUSDESK_AUDIT_KEY l&apos;emporte (par défaut %1).</translation>
    </message>
    <message>
        <source>Audit verify: check the chain against a checkpoint or a webhook receiver&apos;s record (JSON Lines).</source>
        <translation>Vérification de l&apos;audit : contrôler la chaîne par rapport à un point de contrôle ou à l&apos;enregistrement d&apos;un destinataire de webhooks (JSON Lines).</translation>
    </message>
    <message>
        <source>Audit checkpoint: write the checkpoint to FILE (default: standard output).</source>
        <translation>Point de contrôle de l&apos;audit : écrire le point de contrôle dans FICHIER (par défaut : sortie standard).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to %1.</source>
        <translation>--page-size doit être un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>bulk set takes --agents or --all, not both.</source>
        <translation>bulk set prend --agents ou --all, pas les deux.</translation>
    </message>
    <message>
        <source>bulk set needs --team, --reports-to, --agents or --all.</source>
        <translation>bulk set demande --team, --reports-to, --agents ou --all.</translation>
    </message>
    <message>
        <source>Give --team or --reports-to, not both.</source>
        <translation>Indiquez --team ou --reports-to, pas les deux.</translation>
    </message>
    <message>
        <source>--reports-to needs a user id, me or a name.</source>
        <translation>--reports-to demande un identifiant d&apos;utilisateur, me ou un nom.</translation>
    </message>
    <message>
        <source>--team needs a team name.</source>
        <translation>--team demande un nom d&apos;équipe.</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not an audit outcome; one of: %2.</source>
        <translation>--outcome : « %1 » n&apos;est pas un résultat d&apos;audit ; l&apos;un de : %2.</translation>
    </message>
    <message>
        <source>Schedule adherence and the day log:
  adherence list [--team NAME]... [--reports-to USER]
  timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Adhérence au planning et journal du jour :
  adherence list [--team NOM]... [--reports-to UTILISATEUR]
  timeline show AGENT [--date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>Timeline show: the day (local time zone), default today.</source>
        <translation>Timeline show : le jour (fuseau horaire local), aujourd’hui par défaut.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Usage: timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Utilisation : timeline show AGENT [--date AAAA-MM-JJ]</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2026-11-25).</source>
        <translation>--date : « %1 » n’est pas une date (AAAA-MM-JJ, p. ex. 2026-11-25).</translation>
    </message>
    <message>
        <source>Queue memberships (Genesys):
  queues list AGENT
  queues activate AGENT QUEUE... [--reason CODE]
  queues deactivate AGENT QUEUE... [--reason CODE]

QUEUE is an id or the name of one of the agent&apos;s queues. A queue the agent is not a member of exits 1; a change Genesys accepted but no read confirmed exits 6.</source>
        <translation>Appartenances aux files d’attente (Genesys) :
  queues list AGENT
  queues activate AGENT FILE... [--reason CODE]
  queues deactivate AGENT FILE... [--reason CODE]

FILE est un identifiant ou le nom d’une des files d’attente de l’agent. Une file dont l’agent n’est pas membre sort avec le code 1 ; un changement accepté par Genesys mais qu’aucune lecture n’a confirmé sort avec le code 6.</translation>
    </message>
    <message>
        <source>Usage: queues list AGENT</source>
        <translation>Utilisation : queues list AGENT</translation>
    </message>
    <message>
        <source>Usage: queues %1 AGENT QUEUE... [--reason CODE]</source>
        <translation>Utilisation : queues %1 AGENT FILE... [--reason CODE]</translation>
    </message>
</context>
<context>
    <name>CliQueues</name>
    <message>
        <source>Queue memberships need the Genesys protocol; the Status API has no queues.</source>
        <translation>Les appartenances aux files d’attente nécessitent le protocole Genesys ; la Status API n’a pas de files d’attente.</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>Aucun agent unique n’a l’identifiant ou le nom « %1 ».</translation>
    </message>
    <message>
        <source>The queues of %1 could not be read: %2</source>
        <translation>Impossible de lire les files d’attente de %1 : %2</translation>
    </message>
    <message>
        <source>QUEUE ID</source>
        <translation>ID DE FILE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
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
        <translation>MEMBRES</translation>
    </message>
    <message>
        <source>ACTIVE MEMBERS</source>
        <translation>MEMBRES ACTIFS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Open this address to sign in: %1</source>
        <translation>Ouvrez cette adresse pour vous connecter : %1</translation>
    </message>
    <message>
        <source>loading agents %1/%2</source>
        <translation>chargement des agents %1/%2</translation>
    </message>
    <message>
        <source>The metrics endpoint could not listen: %1</source>
        <translation>Le point de métriques n&apos;a pas pu écouter : %1</translation>
    </message>
    <message>
        <source>metrics at http://127.0.0.1:%1/metrics</source>
        <translation>métriques sur http://127.0.0.1:%1/metrics</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>Aucun agent unique n&apos;a l&apos;identifiant ou le nom « %1 ».</translation>
    </message>
    <message>
        <source>progress %1/%2</source>
        <translation>progression %1/%2</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked.
</source>
        <translation>Chaîne d&apos;audit intacte : %1 entrées vérifiées.
</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: %2
</source>
        <translation>Chaîne d&apos;audit ROMPUE à l&apos;entrée %1 : %2
</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook.</source>
        <translation>Aucun point de terminaison de webhook : définissez WEBHOOK_ENDPOINT ou --webhook.</translation>
    </message>
    <message>
        <source>%1 pending before, %2 still pending, %3 dead letters.
</source>
        <translation>%1 en attente avant, %2 encore en attente, %3 lettres mortes.
</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted change(s) reconciled</source>
        <translation>
            <numerusform>%n changement interrompu rapproché</numerusform>
            <numerusform>%n changements interrompus rapprochés</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading adherence needs the permission %1: %2</source>
        <translation>La lecture de l’adhérence nécessite la permission %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) of the day log skipped</source>
        <translation>
            <numerusform>%n ligne illisible du journal du jour ignorée</numerusform>
            <numerusform>%n lignes illisibles du journal du jour ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log of %1 has no agent with the id or name &quot;%2&quot;.</source>
        <translation>Le journal du jour du %1 ne contient aucun agent ayant l’identifiant ou le nom « %2 ».</translation>
    </message>
    <message>
        <source>Several agents of the day log of %1 are called &quot;%2&quot;; give the id.</source>
        <translation>Plusieurs agents du journal du jour du %1 s’appellent « %2 » ; indiquez l’identifiant.</translation>
    </message>
</context>
</TS>
