<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CliAdherence</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SCHEDULED</source>
        <translation>PROGRAMADO</translation>
    </message>
    <message>
        <source>ADHERENCE</source>
        <translation>CUMPLIMIENTO</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>IMPACT</source>
        <translation>IMPACTO</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>A</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURACIÓN</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUÉ</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programado</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
</context>
<context>
    <name>CliAuditAnchor</name>
    <message>
        <source>A checkpoint is signed with the audit key: set STATUSDESK_AUDIT_KEY or give --audit-key-file.</source>
        <translation>Un punto de control se firma con la clave de auditoría: defina STATUSDESK_AUDIT_KEY o indique --audit-key-file.</translation>
    </message>
    <message>
        <source>No checkpoint of a broken chain: %1</source>
        <translation>No hay punto de control de una cadena rota: %1</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1: %2</source>
        <translation>No se puede escribir el punto de control %1: %2</translation>
    </message>
    <message>
        <source>Checkpoint of entry %1 written to %2.
</source>
        <translation>Punto de control de la entrada %1 escrito en %2.
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>DESDE</translation>
    </message>
    <message>
        <source>ROUTING</source>
        <translation>ENRUTAMIENTO</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 %3 (%4 ms)</source>
        <translation>%1 -&gt; %2 %3 (%4 ms)</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost and the agent could not be read back: whether the change took effect is checked again at the next start.</source>
        <translation>La respuesta del servidor se perdió y no se pudo volver a leer el agente: si el cambio tuvo efecto se comprueba de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; a read of the agent told the outcome.</source>
        <translation>La respuesta del servidor se perdió; una lectura del agente indicó el resultado.</translation>
    </message>
    <message>
        <source>Written over a concurrent change: between the compare read and the write the agent was set to %1.</source>
        <translation>Escrito sobre un cambio simultáneo: entre la lectura de comparación y la escritura, el agente se puso en %1.</translation>
    </message>
    <message>
        <source>Conflict: %1 is now %2 (expected %3)</source>
        <translation>Conflicto: %1 está ahora en %2 (se esperaba %3)</translation>
    </message>
    <message>
        <source>, changed by %1</source>
        <translation>, cambiado por %1</translation>
    </message>
    <message>
        <source>%1 agents: %2 applied, %3 already there, %4 rejected, %5 kept theirs, %6 cancelled, %7 failed</source>
        <translation>%1 agentes: %2 aplicados, %3 ya estaban, %4 rechazados, %5 con su cambio conservado, %6 cancelados, %7 fallidos</translation>
    </message>
    <message>
        <source>, %1 unknown (the server&apos;s answer was lost; checked again at the next start)</source>
        <translation>, %1 desconocidos (la respuesta del servidor se perdió; se comprueba de nuevo en el próximo inicio)</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>SUPERVISOR</source>
        <translation>SUPERVISOR</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>A</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENCIA</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MENSAJE</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>SITUACIÓN</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>ATTEMPTS</source>
        <translation>INTENTOS</translation>
    </message>
    <message>
        <source>LAST STATUS</source>
        <translation>ÚLTIMO CÓDIGO</translation>
    </message>
    <message>
        <source>LAST ERROR</source>
        <translation>ÚLTIMO ERROR</translation>
    </message>
    <message>
        <source>DEPARTMENT</source>
        <translation>DEPARTAMENTO</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <source>One base URL for login and API (STATUSDESK_API_BASE).</source>
        <translation>Una URL base para el inicio de sesión y la API (STATUSDESK_API_BASE).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Genesys Cloud region or domain (GENESYS_REGION).</source>
        <translation>Región o dominio de Genesys Cloud (GENESYS_REGION).</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGIÓN</translation>
    </message>
    <message>
        <source>OAuth client id (GENESYS_CLIENT_ID).</source>
        <translation>Id de cliente OAuth (GENESYS_CLIENT_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>OAuth client secret (GENESYS_CLIENT_SECRET). Other users of this computer can read the command line: prefer the variable or --client-secret-file.</source>
        <translation>Secreto de cliente OAuth (GENESYS_CLIENT_SECRET). Otros usuarios de este equipo pueden leer la línea de comandos: mejor use la variable o --client-secret-file.</translation>
    </message>
    <message>
        <source>SECRET</source>
        <translation>SECRETO</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from FILE (its first line).</source>
        <translation>Leer el secreto de cliente OAuth de FICHERO (su primera línea).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHERO</translation>
    </message>
    <message>
        <source>Sign in as a supervisor in the browser (prints the URL) instead of client credentials.</source>
        <translation>Iniciar sesión como supervisor en el navegador (muestra la URL) en lugar de con credenciales de cliente.</translation>
    </message>
    <message>
        <source>genesys or status-api (STATUSDESK_PROTOCOL).</source>
        <translation>genesys o status-api (STATUSDESK_PROTOCOL).</translation>
    </message>
    <message>
        <source>PROTOCOL</source>
        <translation>PROTOCOLO</translation>
    </message>
    <message>
        <source>Transition rules JSON file.</source>
        <translation>Fichero JSON de reglas de transición.</translation>
    </message>
    <message>
        <source>Audit store: SQLite file or postgresql:// URL.</source>
        <translation>Almacén de auditoría: fichero SQLite o URL postgresql://.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>Webhook endpoint (WEBHOOK_ENDPOINT).</source>
        <translation>Punto de destino del webhook (WEBHOOK_ENDPOINT).</translation>
    </message>
    <message>
        <source>Webhook HMAC secret (WEBHOOK_SECRET); visible in the command line, prefer the variable or --webhook-secret-file.</source>
        <translation>Secreto HMAC del webhook (WEBHOOK_SECRET); visible en la línea de comandos, mejor use la variable o --webhook-secret-file.</translation>
    </message>
    <message>
        <source>Read the webhook HMAC secret from FILE (its first line).</source>
        <translation>Leer el secreto HMAC del webhook de FICHERO (su primera línea).</translation>
    </message>
    <message>
        <source>Requests per minute (default 300).</source>
        <translation>Solicitudes por minuto (300 por defecto).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Genesys: agents per bulk presence write, 1 to 50 (default 50; Genesys documents no limit).</source>
        <translation>Genesys: agentes por escritura masiva de presencia, de 1 a 50 (50 por defecto; Genesys no documenta un límite).</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on 127.0.0.1:PORT while running.</source>
        <translation>Servir métricas de Prometheus en 127.0.0.1:PUERTO mientras se ejecuta.</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>Seconds webhooks flush waits at most (default 30).</source>
        <translation>Segundos que webhooks flush espera como máximo (30 por defecto).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>JSON output instead of tables.</source>
        <translation>Salida JSON en lugar de tablas.</translation>
    </message>
    <message>
        <source>Reason code of the change.</source>
        <translation>Código de motivo del cambio.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Change only if the agent is still in STATUS, else it is a conflict.</source>
        <translation>Cambiar solo si el agente sigue en ESTADO; si no, es un conflicto.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>abort (default), apply-latest or keep-theirs.</source>
        <translation>abort (por defecto), apply-latest o keep-theirs.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLÍTICA</translation>
    </message>
    <message>
        <source>Bulk: these agents (comma-separated ids or names).</source>
        <translation>Masivo: estos agentes (ids o nombres separados por comas).</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <source>Audit list: entries of this agent (id or name).</source>
        <translation>Lista de auditoría: entradas de este agente (id o nombre).</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>Audit list: entries at or after this time (ISO 8601).</source>
        <translation>Lista de auditoría: entradas desde esta hora (ISO 8601).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <source>Audit list: entries with this outcome.</source>
        <translation>Lista de auditoría: entradas con este resultado.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RESULTADO</translation>
    </message>
    <message>
        <source>Audit export: jsonl or csv.</source>
        <translation>Exportación de auditoría: jsonl o csv.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMATO</translation>
    </message>
    <message>
        <source>The command and its arguments.</source>
        <translation>El comando y sus argumentos.</translation>
    </message>
    <message>
        <source>--api-base: &quot;%1&quot; is not a URL.</source>
        <translation>--api-base: «%1» no es una URL.</translation>
    </message>
    <message>
        <source>Give --client-secret or --client-secret-file, not both.</source>
        <translation>Indique --client-secret o --client-secret-file, no ambos.</translation>
    </message>
    <message>
        <source>--protocol must be genesys or status-api, not &quot;%1&quot;.</source>
        <translation>--protocol debe ser genesys o status-api, no «%1».</translation>
    </message>
    <message>
        <source>Give --webhook-secret or --webhook-secret-file, not both.</source>
        <translation>Indique --webhook-secret o --webhook-secret-file, no ambos.</translation>
    </message>
    <message>
        <source>--rate-limit must be a positive number.</source>
        <translation>--rate-limit debe ser un número positivo.</translation>
    </message>
    <message>
        <source>--bulk-chunk must be a number from 1 to 50.</source>
        <translation>--bulk-chunk debe ser un número de 1 a 50.</translation>
    </message>
    <message>
        <source>--metrics-port must be a port number (0 picks a free one).</source>
        <translation>--metrics-port debe ser un número de puerto (0 elige uno libre).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 86400.</source>
        <translation>--timeout debe ser un número de segundos de 1 a 86400.</translation>
    </message>
    <message>
        <source>Cannot read the secret file %1: %2</source>
        <translation>No se puede leer el fichero del secreto %1: %2</translation>
    </message>
    <message>
        <source>The secret file %1 is larger than %2 bytes.</source>
        <translation>El fichero del secreto %1 supera los %2 bytes.</translation>
    </message>
    <message>
        <source>The secret file %1 is empty.</source>
        <translation>El fichero del secreto %1 está vacío.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 no se aplica a este comando.</translation>
    </message>
    <message>
        <source>No command given (try --help).</source>
        <translation>No se indicó ningún comando (pruebe --help).</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; takes %n argument(s).</source>
        <translation>
            <numerusform>«%1» admite %n argumento.</numerusform>
            <numerusform>«%1» admite %n argumentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>audit export needs --format jsonl or --format csv.</source>
        <translation>audit export necesita --format jsonl o --format csv.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot; (try --help).</source>
        <translation>Comando desconocido «%1» (pruebe --help).</translation>
    </message>
    <message>
        <source>Usage: status set AGENT TARGET [--reason CODE] [--expect STATUS] [--on-conflict POLICY]</source>
        <translation>Uso: status set AGENTE DESTINO [--reason CÓDIGO] [--expect ESTADO] [--on-conflict POLÍTICA]</translation>
    </message>
    <message>
        <source>--on-conflict must be abort, apply-latest or keep-theirs.</source>
        <translation>--on-conflict debe ser abort, apply-latest o keep-theirs.</translation>
    </message>
    <message>
        <source>Usage: bulk set (--team T | --agents ID,... | --all) TARGET [--reason CODE]</source>
        <translation>Uso: bulk set (--team T | --agents ID,... | --all) DESTINO [--reason CÓDIGO]</translation>
    </message>
    <message>
        <source>--agents needs at least one id or name.</source>
        <translation>--agents necesita al menos un id o un nombre.</translation>
    </message>
    <message>
        <source>--since: &quot;%1&quot; is not an ISO 8601 time (e.g. 2026-11-25T14:00:00Z).</source>
        <translation>--since: «%1» no es una hora ISO 8601 (p. ej. 2026-11-25T14:00:00Z).</translation>
    </message>
    <message>
        <source>COMMAND [ARGS]</source>
        <translation>COMANDO [ARGUMENTOS]</translation>
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
        <translation>StatusDesk sin interfaz: agentes, cambios de estado, auditoría y webhooks.

Comandos:
  agents list [--team NOMBRE]... [--reports-to USUARIO]
  status get AGENTE
  status set AGENTE DESTINO [--reason CÓDIGO] [--expect ESTADO] [--on-conflict abort|apply-latest|keep-theirs]
  bulk set [--team NOMBRE]... [--reports-to USUARIO] (--agents ID,... | --all) DESTINO [--reason CÓDIGO]
  audit list [--agent A] [--since HORA] [--outcome R]
  audit verify [--anchor FICHERO]
  audit checkpoint [--output FICHERO]
  audit export --format jsonl|csv
  webhooks list
  webhooks flush

AGENTE es un id o un nombre exacto. --team es un equipo de Genesys (no el departamento); USUARIO es un id de usuario, me o un nombre. Sin ellos, el alcance es toda la organización. Códigos de salida: 0 hecho, 1 otro fallo, 2 uso, 3 rechazado por las reglas, 4 conflicto sin resolver, 5 autenticación o permiso, 6 red o servidor, 7 un cambio masivo que falló en parte, 8 un ancla que no se puede usar (ilegible, mal formada o no firmada con esta clave de auditoría).</translation>
    </message>
    <message>
        <source>Genesys: users per roster page, 1 to 500 (default 500; Genesys documents no maximum).</source>
        <translation>Genesys: usuarios por página de la lista, de 1 a 500 (500 por defecto; Genesys no documenta un máximo).</translation>
    </message>
    <message>
        <source>Scope: the members of this Genesys team (repeatable).</source>
        <translation>Alcance: los miembros de este equipo de Genesys (repetible).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>Scope: the direct reports of USER (an id, me or a name).</source>
        <translation>Alcance: los subordinados directos de USUARIO (un id, me o un nombre).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>Bulk: every agent of the scope.</source>
        <translation>Masivo: todos los agentes del alcance.</translation>
    </message>
    <message>
        <source>The audit key: FILE, private to its owner (mode 0600); STATUSDESK_AUDIT_KEY wins (default %1).</source>
        <translation>La clave de auditoría: FICHERO, privado para su propietario (modo 0600); STATUSDESK_AUDIT_KEY tiene prioridad (%1 por defecto).</translation>
    </message>
    <message>
        <source>Audit verify: check the chain against a checkpoint or a webhook receiver&apos;s record (JSON Lines).</source>
        <translation>Verificación de auditoría: comprobar la cadena con un punto de control o con el registro de un receptor de webhooks (JSON Lines).</translation>
    </message>
    <message>
        <source>Audit checkpoint: write the checkpoint to FILE (default: standard output).</source>
        <translation>Punto de control de auditoría: escribir el punto de control en FICHERO (por defecto: salida estándar).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to %1.</source>
        <translation>--page-size debe ser un número de 1 a %1.</translation>
    </message>
    <message>
        <source>bulk set takes --agents or --all, not both.</source>
        <translation>bulk set admite --agents o --all, no ambos.</translation>
    </message>
    <message>
        <source>bulk set needs --team, --reports-to, --agents or --all.</source>
        <translation>bulk set necesita --team, --reports-to, --agents o --all.</translation>
    </message>
    <message>
        <source>Give --team or --reports-to, not both.</source>
        <translation>Indique --team o --reports-to, no ambos.</translation>
    </message>
    <message>
        <source>--reports-to needs a user id, me or a name.</source>
        <translation>--reports-to necesita un id de usuario, me o un nombre.</translation>
    </message>
    <message>
        <source>--team needs a team name.</source>
        <translation>--team necesita un nombre de equipo.</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not an audit outcome; one of: %2.</source>
        <translation>--outcome: «%1» no es un resultado de auditoría; uno de: %2.</translation>
    </message>
    <message>
        <source>Schedule adherence and the day log:
  adherence list [--team NAME]... [--reports-to USER]
  timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Cumplimiento y registro del día:
  adherence list [--team NOMBRE]... [--reports-to USUARIO]
  timeline show AGENTE [--date AAAA-MM-DD]</translation>
    </message>
    <message>
        <source>Timeline show: the day (local time zone), default today.</source>
        <translation>Timeline show: el día (zona horaria local), por defecto hoy.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Usage: timeline show AGENT [--date YYYY-MM-DD]</source>
        <translation>Uso: timeline show AGENTE [--date AAAA-MM-DD]</translation>
    </message>
    <message>
        <source>--date: &quot;%1&quot; is not a date (YYYY-MM-DD, e.g. 2026-11-25).</source>
        <translation>--date: «%1» no es una fecha (AAAA-MM-DD, p. ej. 2026-11-25).</translation>
    </message>
    <message>
        <source>Queue memberships (Genesys):
  queues list AGENT
  queues activate AGENT QUEUE... [--reason CODE]
  queues deactivate AGENT QUEUE... [--reason CODE]

QUEUE is an id or the name of one of the agent&apos;s queues. A queue the agent is not a member of exits 1; a change Genesys accepted but no read confirmed exits 6.</source>
        <translation>Pertenencia a colas (Genesys):
  queues list AGENTE
  queues activate AGENTE COLA... [--reason CÓDIGO]
  queues deactivate AGENTE COLA... [--reason CÓDIGO]

COLA es un id o el nombre de una de las colas del agente. Una cola de la que el agente no es miembro termina con el código de salida 1; un cambio que Genesys aceptó pero que ninguna lectura confirmó termina con el código de salida 6.</translation>
    </message>
    <message>
        <source>Usage: queues list AGENT</source>
        <translation>Uso: queues list AGENTE</translation>
    </message>
    <message>
        <source>Usage: queues %1 AGENT QUEUE... [--reason CODE]</source>
        <translation>Uso: queues %1 AGENTE COLA... [--reason CÓDIGO]</translation>
    </message>
</context>
<context>
    <name>CliQueues</name>
    <message>
        <source>Queue memberships need the Genesys protocol; the Status API has no queues.</source>
        <translation>La pertenencia a colas requiere el protocolo Genesys; la Status API no tiene colas.</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>Ningún agente único tiene el id o el nombre «%1».</translation>
    </message>
    <message>
        <source>The queues of %1 could not be read: %2</source>
        <translation>No se pudieron leer las colas de %1: %2</translation>
    </message>
    <message>
        <source>QUEUE ID</source>
        <translation>ID DE COLA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>DIVISION</source>
        <translation>DIVISIÓN</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>ACTIVA</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>ACTIVE MEMBERS</source>
        <translation>MIEMBROS ACTIVOS</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
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
        <translation>Abra esta dirección para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>loading agents %1/%2</source>
        <translation>cargando agentes %1/%2</translation>
    </message>
    <message>
        <source>The metrics endpoint could not listen: %1</source>
        <translation>El punto de métricas no pudo escuchar: %1</translation>
    </message>
    <message>
        <source>metrics at http://127.0.0.1:%1/metrics</source>
        <translation>métricas en http://127.0.0.1:%1/metrics</translation>
    </message>
    <message>
        <source>No single agent has the id or name &quot;%1&quot;.</source>
        <translation>Ningún agente único tiene el id o el nombre «%1».</translation>
    </message>
    <message>
        <source>progress %1/%2</source>
        <translation>progreso %1/%2</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 entries checked.
</source>
        <translation>Cadena de auditoría intacta: %1 entradas comprobadas.
</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at entry %1: %2
</source>
        <translation>Cadena de auditoría ROTA en la entrada %1: %2
</translation>
    </message>
    <message>
        <source>Standard output cannot be written.</source>
        <translation>No se puede escribir en la salida estándar.</translation>
    </message>
    <message>
        <source>No webhook endpoint: set WEBHOOK_ENDPOINT or --webhook.</source>
        <translation>No hay punto de destino del webhook: defina WEBHOOK_ENDPOINT o --webhook.</translation>
    </message>
    <message>
        <source>%1 pending before, %2 still pending, %3 dead letters.
</source>
        <translation>%1 pendientes antes, %2 aún pendientes, %3 mensajes muertos.
</translation>
    </message>
    <message numerus="yes">
        <source>%n interrupted change(s) reconciled</source>
        <translation>
            <numerusform>%n cambio interrumpido conciliado</numerusform>
            <numerusform>%n cambios interrumpidos conciliados</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading adherence needs the permission %1: %2</source>
        <translation>Para leer el cumplimiento se necesita el permiso %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable line(s) of the day log skipped</source>
        <translation>
            <numerusform>%n línea ilegible del registro del día omitida</numerusform>
            <numerusform>%n líneas ilegibles del registro del día omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log of %1 has no agent with the id or name &quot;%2&quot;.</source>
        <translation>El registro del día %1 no tiene ningún agente con el id o el nombre «%2».</translation>
    </message>
    <message>
        <source>Several agents of the day log of %1 are called &quot;%2&quot;; give the id.</source>
        <translation>Varios agentes del registro del día %1 se llaman «%2»; indique el id.</translation>
    </message>
</context>
</TS>
