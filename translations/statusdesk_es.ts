<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AdherenceConsole</name>
    <message>
        <source>%1 (scheduled: %2)</source>
        <translation>%1 (programado: %2)</translation>
    </message>
    <message>
        <source>Out of adherence past the threshold: %1</source>
        <translation>Fuera de cumplimiento más allá del umbral: %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdherenceLabels</name>
    <message>
        <source>Off shift</source>
        <translation>Fuera de turno</translation>
    </message>
    <message>
        <source>On queue work</source>
        <translation>Trabajo en cola</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Off queue work</source>
        <translation>Trabajo fuera de cola</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Tiempo libre</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>No programado</translation>
    </message>
    <message>
        <source>In adherence</source>
        <translation>En cumplimiento</translation>
    </message>
    <message>
        <source>Out of adherence</source>
        <translation>Fuera de cumplimiento</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positivo</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativo</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutro</translation>
    </message>
    <message>
        <source>Out of adherence · %1</source>
        <translation>Fuera de cumplimiento · %1</translation>
    </message>
    <message>
        <source>Out since %1 · %2</source>
        <translation>Fuera desde %1 · %2</translation>
    </message>
    <message>
        <source>Out of adherence since %1</source>
        <translation>Fuera de cumplimiento desde %1</translation>
    </message>
    <message>
        <source>No permission</source>
        <translation>Sin permiso</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>Para leer el cumplimiento de la programación se necesita el permiso %1.</translation>
    </message>
</context>
<context>
    <name>AdherenceReader</name>
    <message>
        <source>The adherence answer is not a list.</source>
        <translation>La respuesta de cumplimiento no es una lista.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <source>stale</source>
        <translation>desactualizado</translation>
    </message>
    <message>
        <source>live</source>
        <translation>en directo</translation>
    </message>
    <message>
        <source>This row may be out of date.</source>
        <translation>Es posible que esta fila no esté actualizada.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On Queue</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Comida</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Off queue</source>
        <translation>Fuera de cola</translation>
    </message>
    <message>
        <source>Interacting</source>
        <translation>Interactuando</translation>
    </message>
    <message>
        <source>Not responding</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>Communicating</source>
        <translation>Comunicando</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>Secundario</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Actualidad</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>A change to %1 is waiting for the server&apos;s answer.</source>
        <translation>Un cambio a %1 espera la respuesta del servidor.</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>routing status</comment>
        <translation>Libre</translation>
    </message>
    <message numerus="yes">
        <source>polled every %n s</source>
        <translation>
            <numerusform>sondeado cada %n s</numerusform>
            <numerusform>sondeado cada %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Actual activity</source>
        <translation>Actividad real</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Impacto: %1</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programado</translation>
    </message>
</context>
<context>
    <name>AlertNotifier</name>
    <message numerus="yes">
        <source>%1 has been %2 for %n minute(s).</source>
        <translation>
            <numerusform>%1 lleva %n minuto en %2.</numerusform>
            <numerusform>%1 lleva %n minutos en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent over threshold</source>
        <translation>Agente por encima del umbral</translation>
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
            <numerusform>%n agente por encima de su umbral de aviso: </numerusform>
            <numerusform>%n agentes por encima de su umbral de aviso: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more.</source>
        <translation>
            <numerusform>y %n más.</numerusform>
            <numerusform>y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (not responding, %n min)</source>
        <translation>
            <numerusform>%1 (no responde, %n min)</numerusform>
            <numerusform>%1 (no responde, %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not been responding for %n minute(s): no interactions reach them.</source>
        <translation>
            <numerusform>%1 lleva %n minuto sin responder: no le llega ninguna interacción.</numerusform>
            <numerusform>%1 lleva %n minutos sin responder: no le llega ninguna interacción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>Refusing to send to %1: only https, or http to this computer (loopback), is allowed.</source>
        <translation>Se rechaza el envío a %1: solo se permite https, o http a este equipo (loopback).</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>Sin respuesta en %1 s.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>La respuesta del servidor no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>La respuesta del servidor supera los %1 bytes; se rechazó.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in ended and was not renewed within %n seconds, so this change was not sent. Renew the sign-in, then send it again.</source>
        <translation>
            <numerusform>El inicio de sesión caducó y no se renovó en %n segundo, así que este cambio no se envió. Renueve el inicio de sesión y vuelva a enviarlo.</numerusform>
            <numerusform>El inicio de sesión caducó y no se renovó en %n segundos, así que este cambio no se envió. Renueve el inicio de sesión y vuelva a enviarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Permission denied (HTTP 403): %1</source>
        <translation>Permiso denegado (HTTP 403): %1</translation>
    </message>
    <message>
        <source>Permission denied: the permission %1 is missing.</source>
        <translation>Permiso denegado: falta el permiso %1.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP 400): %1</source>
        <translation>El servidor rechazó la solicitud (HTTP 400): %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>La autenticación falló: %1</translation>
    </message>
    <message>
        <source>Rate limited by the server; retry after %1 s.</source>
        <translation>El servidor limita la frecuencia; reintentar tras %1 s.</translation>
    </message>
    <message>
        <source>Rate limited by the server.</source>
        <translation>El servidor limita la frecuencia.</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>(correlation id %1)</source>
        <translation>(id. de correlación %1)</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>la solicitud falló</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1) to %2; StatusDesk follows no redirects, so that credentials and tokens go to no other address.</source>
        <translation>El servidor redirigió la solicitud (HTTP %1) a %2; StatusDesk no sigue redirecciones, para que las credenciales y los tokens no vayan a ninguna otra dirección.</translation>
    </message>
    <message>
        <source>an unnamed address</source>
        <translation>una dirección sin nombre</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Demo organisation</source>
        <translation>Organización de demostración</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>Line %1 of the anchor is not a JSON object.</source>
        <translation>La línea %1 del ancla no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The checkpoint is signed with the audit key, and no audit key is configured.</source>
        <translation>El punto de control está firmado con la clave de auditoría y no hay ninguna clave de auditoría configurada.</translation>
    </message>
    <message>
        <source>The checkpoint on line %1 is not signed with this audit key.</source>
        <translation>El punto de control de la línea %1 no está firmado con esta clave de auditoría.</translation>
    </message>
    <message>
        <source>The anchor holds no audit sequence number and head link.</source>
        <translation>El ancla no contiene número de secuencia de auditoría ni enlace de cabeza.</translation>
    </message>
    <message>
        <source>Cannot read the anchor %1: %2</source>
        <translation>No se puede leer el ancla %1: %2</translation>
    </message>
    <message>
        <source>The anchor %1 is larger than %2 MiB.</source>
        <translation>El ancla %1 supera los %2 MiB.</translation>
    </message>
    <message>
        <source>The audit log is empty, but the anchor records entry %1: the log was emptied or replaced (or its -wal lost after a crash).</source>
        <translation>El registro de auditoría está vacío, pero el ancla registra la entrada %1: el registro se vació o se sustituyó (o se perdió su -wal tras un fallo).</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but the anchor records entry %2: the entries after %1 were removed (a truncated tail, or a -wal lost after a crash).</source>
        <translation>El registro de auditoría termina en la entrada %1, pero el ancla registra la entrada %2: se eliminaron las entradas posteriores a %1 (un final truncado, o un -wal perdido tras un fallo).</translation>
    </message>
    <message>
        <source>Entry %1 is not the one the anchor recorded: the chain was rewritten at or before entry %1.</source>
        <translation>La entrada %1 no es la que registró el ancla: la cadena se reescribió en la entrada %1 o antes.</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor point(s) match, up to entry %1.</source>
        <translation>
            <numerusform>%n punto de anclaje coincide, hasta la entrada %1.</numerusform>
            <numerusform>%n puntos de anclaje coinciden, hasta la entrada %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Cannot read the audit chain head: %1</source>
        <translation>No se puede leer la cabeza de la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot append to the audit log: %1</source>
        <translation>No se puede añadir al registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot advance the audit chain: %1</source>
        <translation>No se puede avanzar la cadena de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>AuditChainVerifier</name>
    <message>
        <source>Entry %1 was changed: entry %2 no longer links to it.</source>
        <translation>La entrada %1 fue modificada: la entrada %2 ya no enlaza con ella.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it does not start the chain.</source>
        <translation>La entrada %1 fue modificada: no inicia la cadena.</translation>
    </message>
    <message>
        <source>Entries before %1 are missing (after entry %2).</source>
        <translation>Faltan entradas antes de %1 (después de la entrada %2).</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: its neighbours link to each other.</source>
        <translation>La entrada %1 fue insertada: sus vecinas enlazan entre sí.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: its hash does not match its content.</source>
        <translation>La entrada %1 fue modificada: su hash no coincide con su contenido.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted: entry %2 links past it.</source>
        <translation>La entrada %1 fue insertada: la entrada %2 enlaza saltándosela.</translation>
    </message>
    <message>
        <source>Entry %1 was added behind the chain head.</source>
        <translation>La entrada %1 se añadió detrás de la cabeza de la cadena.</translation>
    </message>
    <message>
        <source>The last entries are missing: the chain ends at %1 but its head records %2.</source>
        <translation>Faltan las últimas entradas: la cadena termina en %1 pero su cabeza registra %2.</translation>
    </message>
    <message>
        <source>Entry %1 was changed: it no longer matches the chain head.</source>
        <translation>La entrada %1 fue modificada: ya no coincide con la cabeza de la cadena.</translation>
    </message>
    <message>
        <source>Entry %1 was inserted without the audit key: its neighbours link to each other.</source>
        <translation>La entrada %1 se insertó sin la clave de auditoría: sus vecinas enlazan entre sí.</translation>
    </message>
    <message>
        <source>Entry %1 was rewritten without the audit key: the chain is keyed from entry %2 on, its link is a plain hash.</source>
        <translation>La entrada %1 se reescribió sin la clave de auditoría: la cadena tiene clave desde la entrada %2, y su enlace es un hash simple.</translation>
    </message>
    <message>
        <source>Entry %1 was changed, or it is keyed and no audit key is configured: its link does not match its content.</source>
        <translation>La entrada %1 se modificó, o tiene clave y no hay ninguna clave de auditoría configurada: su enlace no coincide con su contenido.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (keyed from entry %1 on).</source>
        <translation>
            <numerusform>%n entrada comprobada, la cadena está intacta (con clave desde la entrada %1).</numerusform>
            <numerusform>%n entradas comprobadas, la cadena está intacta (con clave desde la entrada %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries checked, the chain is intact (not keyed: a rewrite with recomputed hashes would not show).</source>
        <translation>
            <numerusform>%n entrada comprobada, la cadena está intacta (sin clave: una reescritura con hashes recalculados no se notaría).</numerusform>
            <numerusform>%n entradas comprobadas, la cadena está intacta (sin clave: una reescritura con hashes recalculados no se notaría).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>The export target is not writable.</source>
        <translation>No se puede escribir en el destino de la exportación.</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>No se puede escribir la exportación.</translation>
    </message>
</context>
<context>
    <name>AuditKey</name>
    <message>
        <source>The audit key is too short: it needs at least %1 characters.</source>
        <translation>La clave de auditoría es demasiado corta: necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The audit key file %1 may be read or written by others: make it private (chmod 600).</source>
        <translation>Otros pueden leer o escribir el archivo de clave de auditoría %1: hágalo privado (chmod 600).</translation>
    </message>
    <message>
        <source>Cannot read the audit key file %1: %2</source>
        <translation>No se puede leer el archivo de clave de auditoría %1: %2</translation>
    </message>
    <message>
        <source>The audit key file %1 is too large to be a key.</source>
        <translation>El archivo de clave de auditoría %1 es demasiado grande para ser una clave.</translation>
    </message>
    <message>
        <source>No key was given.</source>
        <translation>No se indicó ninguna clave.</translation>
    </message>
    <message>
        <source>This is too long to be an audit key.</source>
        <translation>Es demasiado largo para ser una clave de auditoría.</translation>
    </message>
    <message>
        <source>A hex audit key needs at least %1 digits; this one has %2.</source>
        <translation>Una clave de auditoría hexadecimal necesita al menos %1 dígitos; esta tiene %2.</translation>
    </message>
    <message>
        <source>A base64 audit key needs at least %1 characters; this one has %2.</source>
        <translation>Una clave de auditoría en base64 necesita al menos %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>This is not an audit key: a key is hex or base64, on one line, without spaces.</source>
        <translation>Esto no es una clave de auditoría: una clave es hexadecimal o base64, en una sola línea y sin espacios.</translation>
    </message>
</context>
<context>
    <name>AuditKeyDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import from &amp;file…</source>
        <translation>Importar de &amp;archivo…</translation>
    </message>
    <message>
        <source>&amp;Export for colleagues…</source>
        <translation>&amp;Exportar para colegas…</translation>
    </message>
    <message>
        <source>Audit key</source>
        <translation>Clave de auditoría</translation>
    </message>
    <message>
        <source>The audit key makes the audit log tamper-evident: without it, no one can rewrite entries so that Verify chain still says intact. Every console that writes to a shared team log needs the same key. Audit log: %1</source>
        <translation>La clave de auditoría hace que cualquier manipulación del registro de auditoría se note: sin ella, nadie puede reescribir entradas de modo que «Verificar cadena» siga indicando intacta. Todas las consolas que escriben en un registro compartido del equipo necesitan la misma clave. Registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Team key to import</source>
        <translation>Clave del equipo que importar</translation>
    </message>
    <message>
        <source>Paste a team key (hex or base64)</source>
        <translation>Pegue una clave del equipo (hexadecimal o base64)</translation>
    </message>
    <message>
        <source>Whoever holds this key can rewrite the audit log so that verification still says intact. Give it only to the consoles of your team, over a safe channel, and delete the file once it is imported.</source>
        <translation>Quien tenga esta clave puede reescribir el registro de auditoría de modo que la verificación siga indicando intacta. Entréguela solo a las consolas de su equipo, por un canal seguro, y elimine el archivo una vez importada.</translation>
    </message>
    <message>
        <source>Import a team key</source>
        <translation>Importar una clave del equipo</translation>
    </message>
    <message>
        <source>Export this key</source>
        <translation>Exportar esta clave</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from STATUSDESK_AUDIT_KEY (it overrides the keychain).</source>
        <translation>Clave de esta consola: huella %1, de STATUSDESK_AUDIT_KEY (prevalece sobre el llavero).</translation>
    </message>
    <message>
        <source>This console&apos;s key: fingerprint %1, from the desktop&apos;s keychain.</source>
        <translation>Clave de esta consola: huella %1, del llavero del escritorio.</translation>
    </message>
    <message>
        <source>This console holds no key for this audit log yet: it makes one at the next sign-in and keeps it in the desktop&apos;s keychain.</source>
        <translation>Esta consola aún no tiene clave para este registro de auditoría: creará una en el próximo inicio de sesión y la guardará en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit log is empty: it is keyed from its first entry on.</source>
        <translation>El registro de auditoría está vacío: tendrá clave desde su primera entrada.</translation>
    </message>
    <message>
        <source>The audit log was keyed from entry %1 on, but its last entry (%2) has a plain link: it was written without the key, and Verify chain names it.</source>
        <translation>El registro de auditoría tiene clave desde la entrada %1, pero su última entrada (%2) tiene un enlace simple: se escribió sin la clave y «Verificar cadena» la señala.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is not keyed: its %n entries have plain links. At the next sign-in with a key a marker entry is appended, and the chain is keyed from there on; the entries before it stay verifiable as unkeyed.</source>
        <translation>
            <numerusform>El registro de auditoría no tiene clave: su %n entrada tiene un enlace simple. En el próximo inicio de sesión con una clave se añade una entrada de marca, y la cadena tiene clave a partir de ahí; la entrada anterior sigue siendo verificable como sin clave.</numerusform>
            <numerusform>El registro de auditoría no tiene clave: sus %n entradas tienen enlaces simples. En el próximo inicio de sesión con una clave se añade una entrada de marca, y la cadena tiene clave a partir de ahí; las entradas anteriores siguen siendo verificables como sin clave.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is keyed with this console&apos;s key from entry %1 on (%2 entries in all).</source>
        <translation>El registro de auditoría tiene la clave de esta consola desde la entrada %1 (%2 entradas en total).</translation>
    </message>
    <message>
        <source>The audit log is keyed, but this console holds no key: import the team key it was keyed with.</source>
        <translation>El registro de auditoría tiene clave, pero esta consola no tiene ninguna: importe la clave del equipo con la que se protegió.</translation>
    </message>
    <message>
        <source>The audit log is keyed, but not with this console&apos;s key (or its last entry, %1, was changed): entries written from this console would not verify. Import the key the log was keyed with.</source>
        <translation>El registro de auditoría tiene clave, pero no la de esta consola (o su última entrada, %1, se modificó): las entradas escritas desde esta consola no se podrían verificar. Importe la clave con la que se protegió el registro.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importada: %1</translation>
    </message>
    <message>
        <source>This is already this console&apos;s key.</source>
        <translation>Esta ya es la clave de esta consola.</translation>
    </message>
    <message>
        <source>Not imported: the audit log cannot be read: %1</source>
        <translation>No importada: no se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Not imported: this key does not match the audit log, whose entries are keyed with another key from entry %1 on. The key of a keyed log cannot be changed: the entries written with the old key would no longer verify. Import the key the log was keyed with (a colleague exports it from their console).</source>
        <translation>No importada: esta clave no coincide con el registro de auditoría, cuyas entradas tienen otra clave desde la entrada %1. La clave de un registro con clave no se puede cambiar: las entradas escritas con la clave anterior ya no se podrían verificar. Importe la clave con la que se protegió el registro (un colega la exporta desde su consola).</translation>
    </message>
    <message>
        <source>Not imported: the desktop&apos;s keychain did not keep the key (it is missing or locked).</source>
        <translation>No importada: el llavero del escritorio no guardó la clave (no existe o está bloqueado).</translation>
    </message>
    <message>
        <source>Imported: the key with fingerprint %1 is in the desktop&apos;s keychain. The console keys this audit log with it from the next sign-in.</source>
        <translation>Importada: la clave con huella %1 está en el llavero del escritorio. La consola protege este registro de auditoría con ella a partir del próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>STATUSDESK_AUDIT_KEY still overrides it while it is set.</source>
        <translation>Mientras STATUSDESK_AUDIT_KEY esté definida, sigue prevaleciendo sobre ella.</translation>
    </message>
    <message>
        <source>Not imported: cannot read %1: %2</source>
        <translation>No importada: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>There is no key to export.</source>
        <translation>No hay ninguna clave que exportar.</translation>
    </message>
    <message>
        <source>Not exported: cannot write %1: %2</source>
        <translation>No exportada: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1, readable only by you. Import it on each console of the team, then delete the file.</source>
        <translation>Exportada a %1, legible solo por usted. Impórtela en cada consola del equipo y luego elimine el archivo.</translation>
    </message>
    <message>
        <source>Import an audit key</source>
        <translation>Importar una clave de auditoría</translation>
    </message>
    <message>
        <source>Export the audit key for colleagues</source>
        <translation>Exportar la clave de auditoría para colegas</translation>
    </message>
</context>
<context>
    <name>AuditKeyring</name>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>No se pudo leer el llavero del escritorio (no existe o está bloqueado): el registro de auditoría no tiene clave en esta ejecución.</translation>
    </message>
    <message>
        <source>The audit key in the desktop&apos;s keychain is not valid: %1</source>
        <translation>La clave de auditoría del llavero del escritorio no es válida: %1</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain cannot keep an audit key (it is missing or locked): the audit log is not keyed in this run.</source>
        <translation>El llavero del escritorio no puede guardar una clave de auditoría (no existe o está bloqueado): el registro de auditoría no tiene clave en esta ejecución.</translation>
    </message>
</context>
<context>
    <name>AuditOutcome</name>
    <message>
        <source>Invalid</source>
        <translation>No válido</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Applied over a concurrent change</source>
        <translation>Aplicado sobre un cambio simultáneo</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya estaba</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflicto resuelto</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Reintentado</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limitado por frecuencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Outcome unknown</source>
        <translation>Resultado desconocido</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Conciliado</translation>
    </message>
    <message>
        <source>Webhook delivered</source>
        <translation>Webhook entregado</translation>
    </message>
    <message>
        <source>Webhook retry</source>
        <translation>Reintento del webhook</translation>
    </message>
    <message>
        <source>Webhook dead letter</source>
        <translation>Webhook como mensaje muerto</translation>
    </message>
    <message>
        <source>Chain keyed from here</source>
        <translation>Cadena con clave desde aquí</translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detalles de la entrada</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar cadena</translation>
    </message>
    <message>
        <source>Export &amp;JSONL…</source>
        <translation>Exportar &amp;JSONL…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>The audit history could not be read: %1</source>
        <translation>No se pudo leer el historial de auditoría: %1</translation>
    </message>
    <message>
        <source>Sign in to verify the audit history.</source>
        <translation>Inicie sesión para verificar el historial de auditoría.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Cadena intacta: %n entrada comprobada.</numerusform>
            <numerusform>Cadena intacta: %n entradas comprobadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1 (%2): %3</source>
        <translation>Cadena rota en la entrada %1 (%2): %3</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Export the audit history</source>
        <translation>Exportar el historial de auditoría</translation>
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
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Audit work in progress</source>
        <translation>Trabajo de auditoría en curso</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Verificando la cadena de auditoría…</translation>
    </message>
    <message>
        <source>Exporting the audit history…</source>
        <translation>Exportando el historial de auditoría…</translation>
    </message>
    <message numerus="yes">
        <source>more than %n entry(s)</source>
        <translation>
            <numerusform>más de %n entrada</numerusform>
            <numerusform>más de %n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected entry is not in the list any more.</source>
        <translation>La entrada seleccionada ya no está en la lista.</translation>
    </message>
    <message>
        <source>THE AUDIT CHAIN IS BROKEN at entry %1 (%2): %3</source>
        <translation>LA CADENA DE AUDITORÍA ESTÁ ROTA en la entrada %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 de %n entrada</numerusform>
            <numerusform>%1 de %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to export the audit history.</source>
        <translation>Inicie sesión para exportar el historial de auditoría.</translation>
    </message>
    <message>
        <source>Export %1?</source>
        <translation>¿Exportar %1?</translation>
    </message>
    <message>
        <source>No filter is set: the whole history is written.</source>
        <translation>No hay ningún filtro: se escribe todo el historial.</translation>
    </message>
    <message>
        <source>The export writes the entries the filters above select.</source>
        <translation>La exportación escribe las entradas que seleccionan los filtros de arriba.</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Elegir un archivo…</translation>
    </message>
</context>
<context>
    <name>AuditQueryRunner</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot write the export.</source>
        <translation>No se puede escribir la exportación.</translation>
    </message>
</context>
<context>
    <name>AuditSchema</name>
    <message>
        <source>WAL journal mode is not available</source>
        <translation>El modo de diario WAL no está disponible</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>El controlador de PostgreSQL (QPSQL) no está instalado.</translation>
    </message>
    <message>
        <source>No audit log location is set.</source>
        <translation>No se ha indicado la ubicación del registro de auditoría.</translation>
    </message>
    <message>
        <source>The audit log location %1 is a folder, not a file.</source>
        <translation>La ubicación del registro de auditoría %1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: %2</source>
        <translation>No se puede abrir el registro de auditoría %1: %2</translation>
    </message>
    <message>
        <source>Cannot prepare the audit log %1: %2</source>
        <translation>No se puede preparar el registro de auditoría %1: %2</translation>
    </message>
    <message>
        <source>An audit write is already in progress.</source>
        <translation>Ya hay una escritura de auditoría en curso.</translation>
    </message>
    <message>
        <source>Cannot write to the audit log: %1</source>
        <translation>No se puede escribir en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>No audit write is in progress.</source>
        <translation>No hay ninguna escritura de auditoría en curso.</translation>
    </message>
    <message>
        <source>Cannot commit to the audit log: %1</source>
        <translation>No se puede confirmar en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>No se puede leer el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The audit log&apos;s last entry (%1) is keyed with another key, or was changed: nothing was written.</source>
        <translation>La última entrada del registro de auditoría (%1) tiene otra clave o se modificó: no se escribió nada.</translation>
    </message>
    <message>
        <source>From this entry on the audit chain is keyed.</source>
        <translation>A partir de esta entrada, la cadena de auditoría tiene clave.</translation>
    </message>
    <message>
        <source>Cannot open the audit log %1: it is closed.</source>
        <translation>No se puede abrir el registro de auditoría %1: está cerrado.</translation>
    </message>
</context>
<context>
    <name>AuditStoreReader</name>
    <message>
        <source>The audit history could not be opened.</source>
        <translation>No se pudo abrir el historial de auditoría.</translation>
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
        <translation>Hora</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Correlation ID</source>
        <translation>Id. de correlación</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message>
        <source>Change several agents</source>
        <translation>Cambiar varios agentes</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Who changes</source>
        <translation>Quién cambia</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Start no further changes; the ones in flight finish.</source>
        <translation>No iniciar más cambios; los que están en curso terminan.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Elección</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>These agents changed while the batch ran. Choose for each:</source>
        <translation>Estos agentes cambiaron mientras se ejecutaba el lote. Elija para cada uno:</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>&amp;Aplicar elecciones</translation>
    </message>
    <message>
        <source>All: apply to &amp;latest</source>
        <translation>Todos: aplicar al estado &amp;actual</translation>
    </message>
    <message>
        <source>All: keep &amp;theirs</source>
        <translation>Todos: mantener el &amp;suyo</translation>
    </message>
    <message>
        <source>&amp;Revert batch</source>
        <translation>&amp;Revertir lote</translation>
    </message>
    <message>
        <source>Put every changed agent back to the status it had before.</source>
        <translation>Devolver cada agente cambiado al estado que tenía antes.</translation>
    </message>
    <message>
        <source>Reason for the revert</source>
        <translation>Motivo de la reversión</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>cambiará</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will change to %1</source>
        <translation>
            <numerusform>%n agente cambiará a %1</numerusform>
            <numerusform>%n agentes cambiarán a %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (reason %1)</source>
        <translation> (motivo %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n refused by the rules.</source>
        <translation>
            <numerusform>%n rechazado por las reglas.</numerusform>
            <numerusform>%n rechazados por las reglas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done…</source>
        <translation>%1 de %2 hechos…</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>kept theirs</source>
        <translation>se mantuvo el suyo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>Choice for %1</source>
        <translation>Elección para %1</translation>
    </message>
    <message>
        <source>Apply to latest</source>
        <translation>Aplicar al estado actual</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Mantener el suyo</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflicto por revisar.</numerusform>
            <numerusform>%n conflictos por revisar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 applied</source>
        <translation>%1 de %2 aplicados</translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazado</numerusform>
            <numerusform>%n rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept theirs</source>
        <translation>
            <numerusform>%n mantuvo el suyo</numerusform>
            <numerusform>%n mantuvieron el suyo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelado</numerusform>
            <numerusform>%n cancelados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n falló</numerusform>
            <numerusform>%n fallaron</numerusform>
        </translation>
    </message>
    <message>
        <source>The rules ask for a reason for the way back: pick the reason of the revert.</source>
        <translation>Las reglas piden un motivo para la vuelta atrás: elija el motivo de la reversión.</translation>
    </message>
    <message>
        <source>not known yet: %1</source>
        <translation>aún no se sabe: %1</translation>
    </message>
    <message>
        <source>%1 not known yet (checked again at the next start)</source>
        <translation>%1 aún sin saber (se comprueba de nuevo en el próximo inicio)</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya está</translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n ya está.</numerusform>
            <numerusform>%n ya están.</numerusform>
        </translation>
    </message>
    <message>
        <source>applied over a concurrent change (was %1)</source>
        <translation>aplicado sobre un cambio simultáneo (estaba en %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n ya está</numerusform>
            <numerusform>%n ya están</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Agents the rules would refuse it for keep their choice.</source>
        <translation>Los agentes para los que las reglas lo rechazarían mantienen su elección.</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Queda menos de un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at the rate limit.</source>
        <translation>
            <numerusform>Queda %n segundo aproximadamente con el límite de frecuencia.</numerusform>
            <numerusform>Quedan %n segundos aproximadamente con el límite de frecuencia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at the rate limit.</source>
        <translation>
            <numerusform>Queda %n minuto aproximadamente con el límite de frecuencia.</numerusform>
            <numerusform>Quedan %n minutos aproximadamente con el límite de frecuencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>another client</source>
        <translation>otro cliente</translation>
    </message>
    <message>
        <source>Apply to latest needs a reason here: change this agent on their own.</source>
        <translation>«Aplicar al estado actual» necesita aquí un motivo: cambie este agente por separado.</translation>
    </message>
    <message>
        <source>Not judged: Apply to latest is not offered.</source>
        <translation>Sin valorar: «Aplicar al estado actual» no se ofrece.</translation>
    </message>
</context>
<context>
    <name>ChangeAuthors</name>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>the agent</source>
        <translation>el propio agente</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>otro cliente</translation>
    </message>
</context>
<context>
    <name>ChangeController</name>
    <message>
        <source>%1 is already in this status.</source>
        <translation>%1 ya está en este estado.</translation>
    </message>
    <message numerus="yes">
        <source>… and the same for %n more agent(s)</source>
        <translation>
            <numerusform>… y lo mismo para %n agente más</numerusform>
            <numerusform>… y lo mismo para %n agentes más</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in first: there is no roster to change yet.</source>
        <translation>Inicie sesión primero: todavía no hay lista de agentes.</translation>
    </message>
    <message>
        <source>Select one or more agents first.</source>
        <translation>Seleccione primero uno o más agentes.</translation>
    </message>
    <message>
        <source>%1 is allowed from %2.</source>
        <translation>%1 está permitido desde %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 está ahora en %2.</translation>
    </message>
    <message>
        <source>The change of %1 was refused: %2</source>
        <translation>El cambio de %1 fue rechazado: %2</translation>
    </message>
    <message>
        <source>%1 keeps the status the other side set.</source>
        <translation>%1 mantiene el estado que puso la otra parte.</translation>
    </message>
    <message>
        <source>The change of %1 was cancelled; nothing was sent.</source>
        <translation>El cambio de %1 se canceló; no se envió nada.</translation>
    </message>
    <message>
        <source>StatusDesk may not change %1 (403: %2). Ask your Genesys Cloud administrator for the permission presence:userPresence:edit.</source>
        <translation>StatusDesk no puede cambiar a %1 (403: %2). Pida a su administrador de Genesys Cloud el permiso presence:userPresence:edit.</translation>
    </message>
    <message>
        <source>The server is slowing StatusDesk down (429). The change of %1 did not go through; try again in a minute.</source>
        <translation>El servidor está frenando a StatusDesk (429). El cambio de %1 no se realizó; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>The server cannot be reached (%1). The change of %2 was not made; check the network and retry.</source>
        <translation>No se puede contactar con el servidor (%1). El cambio de %2 no se hizo; revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change of %1 failed (%2): %3</source>
        <translation>El cambio de %1 falló (%2): %3</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The rules ask for a reason.</source>
        <translation>Las reglas piden un motivo.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied.</source>
        <translation>Cambio en bloque terminado: %1 de %2 aplicados.</translation>
    </message>
    <message>
        <source>Revert batch</source>
        <translation>Revertir lote</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 places in %2 free.</source>
        <translation>
            <numerusform>%n de %1 plazas en %2 libre.</numerusform>
            <numerusform>%n de %1 plazas en %2 libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is refused: %2</source>
        <translation>%1 se rechaza: %2</translation>
    </message>
    <message>
        <source>%1 is refused: %2 is already %1.</source>
        <translation>%1 se rechaza: %2 ya está en %1.</translation>
    </message>
    <message>
        <source>%1 is refused: it is not a status of the rules in force.</source>
        <translation>%1 se rechaza: no es un estado de las reglas vigentes.</translation>
    </message>
    <message>
        <source>The change of %1 failed: %2</source>
        <translation>El cambio de %1 falló: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the change of %1 was lost and the agent could not be read back; whether it took effect is checked again at the next start.</source>
        <translation>La respuesta del servidor al cambio de %1 se perdió y no se pudo volver a leer el agente; si el cambio se aplicó se comprobará de nuevo en el próximo inicio.</translation>
    </message>
    <message>
        <source>From %1 it needs a reason, and yours has none: choose one to apply.</source>
        <translation>Desde %1 necesita un motivo y el suyo no tiene ninguno: elija uno para aplicarlo.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing was sent.</source>
        <translation>%1 ya está en %2; no se envió nada.</translation>
    </message>
    <message>
        <source>%1 is now %2, written over a concurrent change: between our read and our write another client had set %3.</source>
        <translation>%1 está ahora en %2, escrito sobre un cambio simultáneo: entre nuestra lectura y nuestra escritura otro cliente había puesto %3.</translation>
    </message>
    <message>
        <source>Bulk change finished: %1 of %2 applied, %3 already there.</source>
        <translation>Cambio masivo terminado: %1 de %2 aplicados, %3 ya estaban.</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>Target status</source>
        <translation>Estado de destino</translation>
    </message>
    <message>
        <source>Reason code</source>
        <translation>Código de motivo</translation>
    </message>
    <message>
        <source>Preview of the request</source>
        <translation>Vista previa de la solicitud</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Will be sent:</source>
        <translation>Se enviará:</translation>
    </message>
    <message>
        <source>Change the status of %1 (now %2) to:</source>
        <translation>Cambiar el estado de %1 (ahora %2) a:</translation>
    </message>
    <message numerus="yes">
        <source>Change the status of %n agent(s) to:</source>
        <translation>
            <numerusform>Cambiar el estado de %n agente a:</numerusform>
            <numerusform>Cambiar el estado de %n agentes a:</numerusform>
        </translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Pick a status that the rules allow.</source>
        <translation>Elija un estado que las reglas permitan.</translation>
    </message>
    <message>
        <source>The rules ask for a reason for %1.</source>
        <translation>Las reglas piden un motivo para %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ChangeResult</name>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>conflict, theirs kept</source>
        <translation>conflicto, se conservó su cambio</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>outcome unknown</source>
        <translation>resultado desconocido</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya estaba</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsTokenProvider</name>
    <message>
        <source>No network access manager: the provider is not attached to an ApiClient.</source>
        <translation>Sin acceso a la red: el proveedor no está asociado a un ApiClient.</translation>
    </message>
    <message>
        <source>A client id and client secret are needed for client credentials.</source>
        <translation>Las credenciales de cliente necesitan un id. de cliente y un secreto de cliente.</translation>
    </message>
    <message>
        <source>Refusing to send credentials to %1: only https, or http to loopback.</source>
        <translation>Se rechaza enviar las credenciales a %1: solo https, o http a loopback.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>&amp;Apply to latest</source>
        <translation>&amp;Aplicar al estado actual</translation>
    </message>
    <message>
        <source>&amp;Keep theirs</source>
        <translation>&amp;Mantener el suyo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Status changed meanwhile</source>
        <translation>El estado cambió mientras tanto</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>You asked for</source>
        <translation>Lo que pidió</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Cambiado por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Leave the agent in the status the other side set.</source>
        <translation>Dejar al agente en el estado que puso la otra parte.</translation>
    </message>
    <message>
        <source>Drop your change; nothing is sent.</source>
        <translation>Descartar su cambio; no se envía nada.</translation>
    </message>
    <message>
        <source>%1 changed while you were deciding</source>
        <translation>%1 cambió mientras usted decidía</translation>
    </message>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1 (desde %2)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Send your change again, based on the agent&apos;s status now.</source>
        <translation>Enviar de nuevo su cambio, partiendo del estado actual del agente.</translation>
    </message>
    <message>
        <source>Reason code for Apply to latest</source>
        <translation>Código de motivo para «Aplicar al más reciente»</translation>
    </message>
    <message>
        <source>another client</source>
        <translation>otro cliente</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(elija un motivo)</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Elija primero un motivo.</translation>
    </message>
</context>
<context>
    <name>DayLog</name>
    <message>
        <source>Cannot make the day log folder %1.</source>
        <translation>No se puede crear la carpeta del registro del día %1.</translation>
    </message>
    <message>
        <source>Cannot write the day log %1: %2</source>
        <translation>No se puede escribir el registro del día %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the day log %1: %2</source>
        <translation>No se puede leer el registro del día %1: %2</translation>
    </message>
    <message>
        <source>The day log %1 is larger than %2 MB; it is not read.</source>
        <translation>El registro del día %1 supera los %2 MB; no se lee.</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>The simulator could not be started: %1</source>
        <translation>No se pudo iniciar el simulador: %1</translation>
    </message>
    <message>
        <source>The simulator stopped before it was ready (exit code %1).</source>
        <translation>El simulador se detuvo antes de estar listo (código de salida %1).</translation>
    </message>
    <message>
        <source>The simulator did not report its address in time.</source>
        <translation>El simulador no comunicó su dirección a tiempo.</translation>
    </message>
    <message>
        <source>The simulator (statusdesk-sim) is not installed next to StatusDesk.</source>
        <translation>El simulador (statusdesk-sim) no está instalado junto a StatusDesk.</translation>
    </message>
    <message>
        <source>The simulator said something unexpected: %1</source>
        <translation>El simulador respondió algo inesperado: %1</translation>
    </message>
</context>
<context>
    <name>GatewayReply</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The signed-in user has no id in the server&apos;s answer.</source>
        <translation>El usuario que inició sesión no tiene id. en la respuesta del servidor.</translation>
    </message>
    <message>
        <source>The server did not answer for this agent.</source>
        <translation>El servidor no respondió para este agente.</translation>
    </message>
</context>
<context>
    <name>GenesysGateway</name>
    <message>
        <source>The presence answer is not an object.</source>
        <translation>La respuesta de presencia no es un objeto.</translation>
    </message>
    <message>
        <source>The presence re-read before writing is not what the server should send.</source>
        <translation>La presencia releída antes de escribir no es lo que el servidor debería enviar.</translation>
    </message>
    <message>
        <source>The agent %1 was not found.</source>
        <translation>No se encontró al agente %1.</translation>
    </message>
    <message>
        <source>The organisation has no presence definition for %1.</source>
        <translation>La organización no tiene definición de presencia para %1.</translation>
    </message>
    <message>
        <source>The presence definitions answer has no list of entities.</source>
        <translation>La respuesta de definiciones de presencia no tiene lista de entidades.</translation>
    </message>
    <message>
        <source>The server lists no usable presence definitions.</source>
        <translation>El servidor no indica definiciones de presencia utilizables.</translation>
    </message>
    <message>
        <source>Not sent: the bulk change was stopped.</source>
        <translation>No enviado: el cambio masivo se detuvo.</translation>
    </message>
    <message>
        <source>The read-back after the bulk write has no presence of %1.</source>
        <translation>La relectura tras la escritura masiva no tiene la presencia de %1.</translation>
    </message>
    <message>
        <source>The bulk write did not take effect: %1 is in %2.</source>
        <translation>La escritura masiva no tuvo efecto: %1 está en %2.</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>Change the status of the selected agents</source>
        <translation>Cambiar el estado de los agentes seleccionados</translation>
    </message>
    <message>
        <source>Enter in the roster</source>
        <translation>Intro en la lista</translation>
    </message>
    <message>
        <source>Leave a table or list</source>
        <translation>Salir de una tabla o lista</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>Abrir los menús</translation>
    </message>
    <message>
        <source>Alt, or F10</source>
        <translation>Alt o F10</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its files</source>
        <translation>Dónde guarda StatusDesk sus archivos</translation>
    </message>
    <message>
        <source>About StatusDesk</source>
        <translation>Acerca de StatusDesk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>A live agent status console for Genesys Cloud team leads.</source>
        <translation>Una consola en directo del estado de los agentes para supervisores de equipo de Genesys Cloud.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3 or later</source>
        <translation>GNU General Public License, versión 3 o posterior</translation>
    </message>
</context>
<context>
    <name>IntentReconciler</name>
    <message>
        <source>Interrupted change (intent #%1): the agent was not found</source>
        <translation>Cambio interrumpido (intención n.º %1): no se encontró al agente</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, the change took effect</source>
        <translation>Cambio interrumpido (intención n.º %1): el agente está en %2, el cambio se aplicó</translation>
    </message>
    <message>
        <source>Interrupted change (intent #%1): the agent is in %2, not %3</source>
        <translation>Cambio interrumpido (intención n.º %1): el agente está en %2, no en %3</translation>
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
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progreso de carga</translation>
    </message>
    <message>
        <source>Stop signing in</source>
        <translation>Detener el inicio de sesión</translation>
    </message>
    <message>
        <source>Signing in was stopped.</source>
        <translation>Se detuvo el inicio de sesión.</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>A&amp;gentes</translation>
    </message>
    <message>
        <source>&amp;Change status…</source>
        <translation>&amp;Cambiar estado…</translation>
    </message>
    <message>
        <source>Change the status of the selected agents (Enter)</source>
        <translation>Cambiar el estado de los agentes seleccionados (Intro)</translation>
    </message>
    <message>
        <source>Change &amp;to</source>
        <translation>Cambiar &amp;a</translation>
    </message>
    <message>
        <source>&amp;Find agents</source>
        <translation>&amp;Buscar agentes</translation>
    </message>
    <message>
        <source>&amp;Reload roster</source>
        <translation>&amp;Recargar lista</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>There is no profile called %1.</source>
        <translation>No hay ningún perfil llamado %1.</translation>
    </message>
    <message>
        <source>The client secret is not in the keychain: enter it again.</source>
        <translation>El secreto de cliente no está en el llavero: introdúzcalo de nuevo.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser.</source>
        <translation>Termine de iniciar sesión en su navegador.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>Starting the demo organisation…</source>
        <translation>Iniciando la organización de demostración…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Cargando la lista de agentes…</translation>
    </message>
    <message>
        <source>Checking changes left open by the last run…</source>
        <translation>Comprobando los cambios que quedaron abiertos en la última ejecución…</translation>
    </message>
    <message numerus="yes">
        <source>Signed in as %1: %n agent(s).</source>
        <translation>
            <numerusform>Sesión iniciada como %1: %n agente.</numerusform>
            <numerusform>Sesión iniciada como %1: %n agentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) left open by the last run were reconciled.</source>
        <translation>
            <numerusform>Se concilió %n cambio que quedó abierto en la última ejecución.</numerusform>
            <numerusform>Se conciliaron %n cambios que quedaron abiertos en la última ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings saved. Connection settings apply at the next sign-in.</source>
        <translation>Ajustes guardados. Los ajustes de conexión se aplican en el próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>No webhook address is set: status changes are recorded, but none is sent to payroll until an address is given in Settings.</source>
        <translation>No hay dirección de webhook: los cambios de estado se registran, pero ninguno se envía a nóminas hasta que se indique una dirección en Ajustes.</translation>
    </message>
    <message>
        <source>Your sign-in ends at %1. Renew it in the browser; until then everything works as before, and afterwards changes wait for the new sign-in.</source>
        <translation>Su inicio de sesión termina a las %1. Renuévelo en el navegador; hasta entonces todo funciona como antes y, después, los cambios esperan al nuevo inicio de sesión.</translation>
    </message>
    <message>
        <source>&amp;Renew sign-in</source>
        <translation>&amp;Renovar inicio de sesión</translation>
    </message>
    <message numerus="yes">
        <source>A webhook could not be delivered to payroll: %n dead letter(s) to re-send.</source>
        <translation>
            <numerusform>No se pudo entregar un webhook a nóminas: %n mensaje muerto por reenviar.</numerusform>
            <numerusform>No se pudo entregar un webhook a nóminas: %n mensajes muertos por reenviar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;dead letters</source>
        <translation>Mostrar mensajes &amp;muertos</translation>
    </message>
    <message>
        <source>Roster &amp;scope…</source>
        <translation>Al&amp;cance de la lista…</translation>
    </message>
    <message>
        <source>&amp;Next panel</source>
        <translation>Panel &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous panel</source>
        <translation>Panel &amp;anterior</translation>
    </message>
    <message>
        <source>Saving the secret in the desktop&apos;s keychain. If the desktop asks you to choose a password, it is creating its keyring for the first time: that password protects the saved secrets.</source>
        <translation>Guardando el secreto en el llavero del escritorio. Si el escritorio le pide que elija una contraseña, está creando su llavero por primera vez: esa contraseña protege los secretos guardados.</translation>
    </message>
    <message>
        <source>The secret is saved in the desktop&apos;s keychain.</source>
        <translation>El secreto está guardado en el llavero del escritorio.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain did not keep the secret (it is missing, locked, or the password prompt was closed). The secret is kept for this run only; you will be asked again next time.</source>
        <translation>El llavero del escritorio no guardó el secreto (no existe, está bloqueado o se cerró la solicitud de contraseña). El secreto se conserva solo durante esta ejecución; se le volverá a preguntar la próxima vez.</translation>
    </message>
    <message>
        <source>The desktop&apos;s keychain could not be read (it is missing or locked).</source>
        <translation>No se pudo leer el llavero del escritorio (no existe o está bloqueado).</translation>
    </message>
    <message>
        <source>StatusDesk — %1 — %2</source>
        <translation>StatusDesk — %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Ata&amp;jos de teclado</translation>
    </message>
    <message>
        <source>Where StatusDesk keeps its &amp;files</source>
        <translation>Dónde guarda StatusDesk sus &amp;archivos</translation>
    </message>
    <message>
        <source>&amp;About StatusDesk</source>
        <translation>Acerca &amp;de StatusDesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Audit history</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Standard error: in the terminal StatusDesk was started from, or, started from the desktop&apos;s menu, in the session&apos;s journal (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; adds debug messages.</source>
        <translation>Salida de error estándar: en el terminal desde el que se inició StatusDesk o, si se inició desde el menú del escritorio, en el diario de la sesión (journalctl --user). QT_LOGGING_RULES=&quot;statusdesk.*=true&quot; añade mensajes de depuración.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <source>Clear &amp;not responding…</source>
        <translation>Quitar «&amp;No responde»…</translation>
    </message>
    <message>
        <source>Take the selected not responding agents off queue (with a reason), then on queue again</source>
        <translation>Poner fuera de cola a los agentes seleccionados que no responden (con un motivo) y luego de nuevo en cola</translation>
    </message>
    <message>
        <source>Select agents flagged as not responding first.</source>
        <translation>Seleccione primero agentes marcados como «No responde».</translation>
    </message>
    <message>
        <source>Clear not responding</source>
        <translation>Quitar «No responde»</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s) will be taken off queue, then put on queue again. Reason for taking them off queue:</source>
        <translation>
            <numerusform>%n agente se pondrá fuera de cola y luego de nuevo en cola. Motivo para ponerlo fuera de cola:</numerusform>
            <numerusform>%n agentes se pondrán fuera de cola y luego de nuevo en cola. Motivo para ponerlos fuera de cola:</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue panel shows the first %1 of the %2 agents selected.</source>
        <translation>El panel de colas muestra los primeros %1 de los %2 agentes seleccionados.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Close the message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Acción del mensaje</translation>
    </message>
</context>
<context>
    <name>MetricsFile</name>
    <message>
        <source>Cannot write the metrics to %1: %2</source>
        <translation>No se pueden escribir las métricas en %1: %2</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <source>Status distribution</source>
        <translation>Distribución de estados</translation>
    </message>
    <message>
        <source>Update latency histogram</source>
        <translation>Histograma de latencia de actualización</translation>
    </message>
    <message>
        <source>Error counters</source>
        <translation>Contadores de errores</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Contador</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>&amp;Copy Prometheus text</source>
        <translation>&amp;Copiar texto de Prometheus</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
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
        <translation>Latencia de actualización: tiempo en la red, y la espera aparte</translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: all %n agent(s)</source>
        <translation>
            <numerusform>Distribución de estados: %n agente</numerusform>
            <numerusform>Distribución de estados: los %n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Status distribution: %1 of %n agent(s) as filtered</source>
        <translation>
            <numerusform>Distribución de estados: %1 de %n agente, filtrado</numerusform>
            <numerusform>Distribución de estados: %1 de %n agentes, filtrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>From a compare read&apos;s answer to the write after it leaving StatusDesk: another client&apos;s change can only slip in within this window.</source>
        <translation>Desde la respuesta de una lectura de comparación hasta que StatusDesk envía la escritura siguiente: solo en este intervalo puede colarse el cambio de otro cliente.</translation>
    </message>
    <message>
        <source>Compare-before-write window: no write yet.</source>
        <translation>Intervalo de comparar antes de escribir: aún no hay escrituras.</translation>
    </message>
    <message numerus="yes">
        <source>Compare-before-write window: median %1 over %n write(s).</source>
        <translation>
            <numerusform>Intervalo de comparar antes de escribir: mediana %1 en %n escritura.</numerusform>
            <numerusform>Intervalo de comparar antes de escribir: mediana %1 en %n escrituras.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsServer</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>NotRespondingClearer</name>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>The agent is not in the roster.</source>
        <translation>El agente no está en la lista de agentes.</translation>
    </message>
    <message>
        <source>%1 is not flagged as not responding.</source>
        <translation>%1 no está marcado como «No responde».</translation>
    </message>
    <message>
        <source>%1 is being cleared already.</source>
        <translation>Ya se está quitando la marca de %1.</translation>
    </message>
    <message>
        <source>%1 was taken off queue but could not be put on queue again: %2</source>
        <translation>%1 se puso fuera de cola, pero no se pudo volver a poner en cola: %2</translation>
    </message>
    <message>
        <source>%1 could not be taken off queue: %2</source>
        <translation>No se pudo poner a %1 fuera de cola: %2</translation>
    </message>
    <message>
        <source>%1 is on queue again.</source>
        <translation>%1 vuelve a estar en cola.</translation>
    </message>
    <message>
        <source>%1 was taken off queue; signed out before On Queue.</source>
        <translation>%1 se puso fuera de cola; se cerró la sesión antes de «En cola».</translation>
    </message>
    <message>
        <source>%1 left the roster after being taken off queue.</source>
        <translation>%1 salió de la lista de agentes tras ponerse fuera de cola.</translation>
    </message>
</context>
<context>
    <name>NotificationChannel</name>
    <message>
        <source>The notification channel has no id or address.</source>
        <translation>El canal de notificaciones no tiene id. ni dirección.</translation>
    </message>
    <message>
        <source>Refusing the notification address %1: only wss, or ws to loopback.</source>
        <translation>Se rechaza la dirección de notificación %1: solo wss, o ws a loopback.</translation>
    </message>
    <message numerus="yes">
        <source>%n topic(s) were refused, e.g. %1: %2</source>
        <translation>
            <numerusform>Se rechazó %n tema, p. ej. %1: %2</numerusform>
            <numerusform>Se rechazaron %n temas, p. ej. %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The server offers none of the notification topics asked (%1).</source>
        <translation>El servidor no ofrece ninguno de los temas de notificación solicitados (%1).</translation>
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
        <translation>Interrupción</translation>
    </message>
    <message>
        <source>The server has not answered since %1 (%2). Still working: the roster as last read (its rows are marked stale as they age), the audit history and its export, and webhook deliveries. Status changes are not made until the server answers; each one that fails says so and can be retried.</source>
        <translation>El servidor no responde desde las %1 (%2). Sigue funcionando: la lista tal como se leyó por última vez (sus filas se marcan como desactualizadas con el tiempo), el historial de auditoría y su exportación, y el envío de webhooks. Los cambios de estado no se hacen hasta que el servidor responda; cada uno que falle lo dice y puede reintentarse.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2). Still working: the roster is re-read regularly (each row shows how fresh it is), status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Las actualizaciones en vivo no funcionan desde las %1 (%2). Sigue funcionando: la lista se vuelve a leer con regularidad (cada fila muestra lo reciente que es), los cambios de estado se comprueban con el servidor antes de escribirse, el historial de auditoría y los webhooks.</translation>
    </message>
    <message>
        <source>Live updates are down since %1 (%2) and the roster is not re-read: reload it to see the latest. Still working: status changes are checked against the server before they are written, the audit history and webhooks.</source>
        <translation>Las actualizaciones en vivo no funcionan desde las %1 (%2) y la lista no se vuelve a leer: recárguela para ver lo último. Sigue funcionando: los cambios de estado se comprueban con el servidor antes de escribirse, el historial de auditoría y los webhooks.</translation>
    </message>
</context>
<context>
    <name>PkceTokenProvider</name>
    <message>
        <source>PKCE sign-in needs a client id, an https login host and an ApiClient.</source>
        <translation>El inicio de sesión PKCE necesita un id. de cliente, un host de inicio de sesión https y un ApiClient.</translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar la redirección de inicio de sesión en 127.0.0.1:%1: %2</translation>
    </message>
    <message>
        <source>Not the StatusDesk sign-in address.</source>
        <translation>No es la dirección de inicio de sesión de StatusDesk.</translation>
    </message>
    <message>
        <source>The sign-in answer does not match this request (state).</source>
        <translation>La respuesta de inicio de sesión no corresponde a esta solicitud (state).</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>El inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>Sign-in was refused: %1</source>
        <translation>Se rechazó el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Signed in to StatusDesk. You can close this window.</source>
        <translation>Sesión iniciada en StatusDesk. Puede cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>No client id (set GENESYS_CLIENT_ID or --client-id).</source>
        <translation>No hay id. de cliente (defina GENESYS_CLIENT_ID o --client-id).</translation>
    </message>
    <message>
        <source>No client secret (set GENESYS_CLIENT_SECRET or --client-secret).</source>
        <translation>No hay secreto de cliente (defina GENESYS_CLIENT_SECRET o --client-secret).</translation>
    </message>
    <message>
        <source>No server: set STATUSDESK_API_BASE or GENESYS_REGION (or --api-base / --region).</source>
        <translation>No hay servidor: defina STATUSDESK_API_BASE o GENESYS_REGION (o --api-base / --region).</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; is not a valid URL.</source>
        <translation>La URL base de la API «%1» no es una URL válida.</translation>
    </message>
    <message>
        <source>The rate limit must be a positive number per minute.</source>
        <translation>El límite de frecuencia debe ser un número positivo por minuto.</translation>
    </message>
    <message>
        <source>The bulk write chunk must be between 1 and 50 agents.</source>
        <translation>El bloque de escritura masiva debe tener entre 1 y 50 agentes.</translation>
    </message>
    <message>
        <source>The users page size must be between 1 and %1.</source>
        <translation>El tamaño de página de usuarios debe estar entre 1 y %1.</translation>
    </message>
</context>
<context>
    <name>QueueChangeService</name>
    <message>
        <source>The audit store is not open; nothing was sent.</source>
        <translation>El almacén de auditoría no está abierto; no se envió nada.</translation>
    </message>
    <message>
        <source>The memberships could not be read before the change: %1</source>
        <translation>No se pudieron leer las pertenencias antes del cambio: %1</translation>
    </message>
    <message>
        <source>%1 is not a member of queue %2; Genesys ignores such a change.</source>
        <translation>%1 no es miembro de la cola %2; Genesys ignora un cambio así.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was activated meanwhile; nothing was changed.</source>
        <translation>La pertenencia a la cola %1 se activó mientras tanto; no se cambió nada.</translation>
    </message>
    <message>
        <source>The membership of queue %1 was deactivated meanwhile; nothing was changed.</source>
        <translation>La pertenencia a la cola %1 se desactivó mientras tanto; no se cambió nada.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already active.</source>
        <translation>La pertenencia a la cola %1 ya está activa.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is already inactive.</source>
        <translation>La pertenencia a la cola %1 ya está inactiva.</translation>
    </message>
    <message>
        <source>Queue %1: %2</source>
        <translation>Cola %1: %2</translation>
    </message>
    <message>
        <source>Genesys ignored queue %1: the agent is not a member of it.</source>
        <translation>Genesys ignoró la cola %1: el agente no es miembro de ella.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is active.</source>
        <translation>La pertenencia a la cola %1 está activa.</translation>
    </message>
    <message>
        <source>The membership of queue %1 is inactive.</source>
        <translation>La pertenencia a la cola %1 está inactiva.</translation>
    </message>
    <message>
        <source>Queue membership activation: %1</source>
        <translation>Activación de pertenencia a cola: %1</translation>
    </message>
    <message>
        <source>Queue membership deactivation: %1</source>
        <translation>Desactivación de pertenencia a cola: %1</translation>
    </message>
    <message>
        <source>The agents active on queue %1 could not be counted again (%2), so its minimum cannot be checked.</source>
        <translation>No se pudo volver a contar a los agentes activos de la cola %1 (%2), así que no se puede comprobar su mínimo.</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>La intención no se pudo auditar; el cambio no se envió.</translation>
    </message>
    <message numerus="yes">
        <source>The answer to the change of queue %1 was lost (%2) and %n read(s) after it did not show the change; it is checked again at the next start.</source>
        <translation>
            <numerusform>La respuesta al cambio de la cola %1 se perdió (%2) y %n lectura posterior no mostró el cambio; se comprobará de nuevo en el próximo inicio.</numerusform>
            <numerusform>La respuesta al cambio de la cola %1 se perdió (%2) y %n lecturas posteriores no mostraron el cambio; se comprobará de nuevo en el próximo inicio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Genesys accepted the change of queue %1, but %n read(s) after it did not show it yet; it is checked again at the next start.</source>
        <translation>
            <numerusform>Genesys aceptó el cambio de la cola %1, pero %n lectura posterior aún no lo mostró; se comprobará de nuevo en el próximo inicio.</numerusform>
            <numerusform>Genesys aceptó el cambio de la cola %1, pero %n lecturas posteriores aún no lo mostraron; se comprobará de nuevo en el próximo inicio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the answer was lost; a read of the memberships confirmed it)</source>
        <translation>%1 (la respuesta se perdió; una lectura de las membresías lo confirmó)</translation>
    </message>
</context>
<context>
    <name>QueueGateway</name>
    <message>
        <source>The user queues answer has no list of entities.</source>
        <translation>La respuesta de colas del usuario no tiene lista de entidades.</translation>
    </message>
    <message>
        <source>The user has more than %1 queue memberships.</source>
        <translation>El usuario pertenece a más de %1 colas.</translation>
    </message>
</context>
<context>
    <name>QueueIntentReconciler</name>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent was not found</source>
        <translation>Cambio de membresía de cola interrumpido (intención n.º %1): no se encontró al agente</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): the agent is no member of queue %2</source>
        <translation>Cambio de membresía de cola interrumpido (intención n.º %1): el agente no es miembro de la cola %2</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is active, the change took effect</source>
        <translation>Cambio de membresía de cola interrumpido (intención n.º %1): la cola %2 está activa, el cambio surtió efecto</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is inactive, the change took effect</source>
        <translation>Cambio de membresía de cola interrumpido (intención n.º %1): la cola %2 está inactiva, el cambio surtió efecto</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still inactive</source>
        <translation>Cambio de membresía de cola interrumpido (intención n.º %1): la cola %2 sigue inactiva</translation>
    </message>
    <message>
        <source>Interrupted queue membership change (intent #%1): queue %2 is still active</source>
        <translation>Cambio de membresía de cola interrumpido (intención n.º %1): la cola %2 sigue activa</translation>
    </message>
</context>
<context>
    <name>QueueMembershipModel</name>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactiva</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Division</source>
        <translation>División</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Miembros activos</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Activar</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Queue memberships</source>
        <translation>Pertenencia a colas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>(no reason)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Select the memberships to change.</source>
        <translation>Seleccione las pertenencias que cambiar.</translation>
    </message>
    <message>
        <source>Queue memberships are available with the Genesys protocol once signed in.</source>
        <translation>La pertenencia a colas está disponible con el protocolo Genesys una vez iniciada la sesión.</translation>
    </message>
    <message>
        <source>Activate the selected memberships</source>
        <translation>Activar las pertenencias seleccionadas</translation>
    </message>
    <message>
        <source>Deactivate the selected memberships</source>
        <translation>Desactivar las pertenencias seleccionadas</translation>
    </message>
    <message>
        <source>No queues: sign in with a Genesys profile.</source>
        <translation>No hay colas: inicie sesión con un perfil de Genesys.</translation>
    </message>
    <message>
        <source>Select agents in the roster to see their queues.</source>
        <translation>Seleccione agentes en la lista para ver sus colas.</translation>
    </message>
    <message>
        <source>Changing memberships; Genesys applies them after a moment…</source>
        <translation>Cambiando pertenencias; Genesys las aplica al cabo de un momento…</translation>
    </message>
    <message>
        <source>Reading queue memberships…</source>
        <translation>Leyendo la pertenencia a colas…</translation>
    </message>
    <message>
        <source>The memberships could not be read: %1</source>
        <translation>No se pudieron leer las pertenencias: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n membership(s) of %1 agent(s).</source>
        <translation>
            <numerusform>%n pertenencia de %1 agente(s).</numerusform>
            <numerusform>%n pertenencias de %1 agente(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Unknown region “%1”. Valid regions: %2 (or their domains).</source>
        <translation>Región desconocida «%1». Regiones válidas: %2 (o sus dominios).</translation>
    </message>
    <message>
        <source>STATUSDESK_API_BASE “%1” is not a URL.</source>
        <translation>STATUSDESK_API_BASE «%1» no es una URL.</translation>
    </message>
</context>
<context>
    <name>RosterLoader</name>
    <message>
        <source>The users page %1 has no list of entities.</source>
        <translation>La página de usuarios %1 no tiene lista de entidades.</translation>
    </message>
    <message>
        <source>The users page %1 holds an entry without an id.</source>
        <translation>La página de usuarios %1 contiene una entrada sin id.</translation>
    </message>
    <message>
        <source>The server lists %1 users; StatusDesk loads at most %2.</source>
        <translation>El servidor lista %1 usuarios; StatusDesk carga como máximo %2.</translation>
    </message>
    <message>
        <source>The users page %1 holds %2 entries, more than the %3 asked for.</source>
        <translation>La página de usuarios %1 contiene %2 entradas, más de las %3 solicitadas.</translation>
    </message>
</context>
<context>
    <name>RosterScope</name>
    <message>
        <source>Whole organisation</source>
        <translation>Toda la organización</translation>
    </message>
    <message>
        <source>My direct reports</source>
        <translation>Mis subordinados directos</translation>
    </message>
    <message>
        <source>Direct reports of %1</source>
        <translation>Subordinados directos de %1</translation>
    </message>
    <message>
        <source>Teams: %1</source>
        <translation>Equipos: %1</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Filter agents…  %1</source>
        <translation>Filtrar agentes…  %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Filter agents by name, team or status</source>
        <translation>Filtrar agentes por nombre, equipo o estado</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Borrar el filtro</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message>
        <source>The teams answer has no list of entities.</source>
        <translation>La respuesta de equipos no tiene lista de entidades.</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <source>My &amp;direct reports</source>
        <translation>Mis subordinados &amp;directos</translation>
    </message>
    <message>
        <source>These &amp;teams:</source>
        <translation>Estos &amp;equipos:</translation>
    </message>
    <message>
        <source>The whole &amp;organisation</source>
        <translation>Toda la &amp;organización</translation>
    </message>
    <message>
        <source>Roster scope</source>
        <translation>Alcance de la lista</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Which agents should the roster show?</source>
        <translation>¿Qué agentes debe mostrar la lista?</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <translation>
            <numerusform>%1 (%n miembro)</numerusform>
            <numerusform>%1 (%n miembros)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My &amp;direct reports (%n)</source>
        <translation>
            <numerusform>Mis subordinados &amp;directos (%n)</numerusform>
            <numerusform>Mis subordinados &amp;directos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams could not be listed: %1</source>
        <translation>No se pudieron listar los equipos: %1</translation>
    </message>
</context>
<context>
    <name>ScopeLoader</name>
    <message>
        <source>The whole organisation loads through the listing.</source>
        <translation>Toda la organización se carga mediante el listado.</translation>
    </message>
    <message>
        <source>The team members answer has no list of entities.</source>
        <translation>La respuesta de miembros del equipo no tiene lista de entidades.</translation>
    </message>
    <message>
        <source>The direct reports answer is no list.</source>
        <translation>La respuesta de subordinados directos no es una lista.</translation>
    </message>
    <message>
        <source>agents</source>
        <translation>agentes</translation>
    </message>
</context>
<context>
    <name>ScopeResolver</name>
    <message>
        <source>The teams answer has no list of entities.</source>
        <translation>La respuesta de equipos no tiene lista de entidades.</translation>
    </message>
    <message>
        <source>The signed-in user has no id.</source>
        <translation>El usuario que inició sesión no tiene id.</translation>
    </message>
    <message>
        <source>The search answer has no results.</source>
        <translation>La respuesta de la búsqueda no tiene resultados.</translation>
    </message>
</context>
<context>
    <name>ScopeResolver::Problem</name>
    <message>
        <source>Nothing is called &quot;%1&quot;.</source>
        <translation>Nada se llama «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2</source>
        <translation>«%1» coincide con varios: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be looked up: %2</source>
        <translation>No se pudo buscar «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>Break is allowed from Meeting; 1 of 2 Break places is free.</source>
        <translation>Descanso está permitido desde Reunión; 1 de 2 plazas de descanso está libre.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>The rules file %1 is not valid: %2</source>
        <translation>El archivo de reglas %1 no es válido: %2</translation>
    </message>
    <message>
        <source>The audit store could not be opened: %1</source>
        <translation>No se pudo abrir el almacén de auditoría: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>El inicio de sesión falló: %1</translation>
    </message>
    <message>
        <source>The statuses could not be loaded: %1</source>
        <translation>No se pudieron cargar los estados: %1</translation>
    </message>
    <message>
        <source>The roster could not be loaded: %1</source>
        <translation>No se pudo cargar la lista de agentes: %1</translation>
    </message>
    <message>
        <source>The audit store could not be keyed: %1</source>
        <translation>No se pudo aplicar la clave al almacén de auditoría: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Token expiry</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation>Presupuesto de solicitudes</translation>
    </message>
    <message>
        <source>Pending webhooks</source>
        <translation>Webhooks pendientes</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agente</numerusform>
            <numerusform>%n agentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n shown</source>
        <translation>
            <numerusform> · %n visible</numerusform>
            <numerusform> · %n visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n selected</source>
        <translation>
            <numerusform> · %n seleccionado</numerusform>
            <numerusform> · %n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
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
        <translation>renovando token</translation>
    </message>
    <message>
        <source>Slowed down by the server (429)</source>
        <translation>El servidor está frenando (429)</translation>
    </message>
    <message>
        <source>%1/%2 requests per min left</source>
        <translation>quedan %1/%2 solicitudes por min</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) pending</source>
        <translation>
            <numerusform>%n webhook pendiente</numerusform>
            <numerusform>%n webhooks pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No webhook address: %n webhook(s) waiting</source>
        <translation>
            <numerusform>Sin dirección de webhook: %n webhook en espera</numerusform>
            <numerusform>Sin dirección de webhook: %n webhooks en espera</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests left in the last 60 seconds. Reads may use up to %1 of the %2; the rest is kept for your changes.</source>
        <translation>Solicitudes restantes en los últimos 60 segundos. Las lecturas pueden usar hasta %1 de las %2; el resto se reserva para sus cambios.</translation>
    </message>
    <message>
        <source>The server refused requests before the profile&apos;s %1 a minute; the budget grows back by a tenth each minute.</source>
        <translation>El servidor rechazó solicitudes antes de las %1 por minuto del perfil; el presupuesto vuelve a crecer una décima parte cada minuto.</translation>
    </message>
    <message>
        <source>Agents still loading</source>
        <translation>Agentes aún cargando</translation>
    </message>
    <message numerus="yes">
        <source>%n more still coming</source>
        <translation>
            <numerusform>falta %n más</numerusform>
            <numerusform>faltan %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s</source>
        <translation>
            <numerusform>En directo · %n sondeado cada %1 s</numerusform>
            <numerusform>En directo · %n sondeados cada %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Live · %n polled every %1 s (missing %2)</source>
        <translation>
            <numerusform>En directo · %n sondeado cada %1 s (falta %2)</numerusform>
            <numerusform>En directo · %n sondeados cada %1 s (falta %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Sondeo cada %1 s</translation>
    </message>
    <message>
        <source>Live updates refused for want of the permission(s) %1: those agents are polled.</source>
        <translation>Actualizaciones en directo rechazadas por falta de los permisos %1: esos agentes se sondean.</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mensaje muerto</numerusform>
            <numerusform>%n mensajes muertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>adherence: no permission</source>
        <translation>cumplimiento: sin permiso</translation>
    </message>
    <message>
        <source>Reading schedule adherence needs the permission %1.</source>
        <translation>Para leer el cumplimiento de la programación se necesita el permiso %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n out of adherence</source>
        <translation>
            <numerusform>%n fuera de cumplimiento</numerusform>
            <numerusform>%n fuera de cumplimiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n not responding</source>
        <translation>
            <numerusform> · ⚠ %n no responde</numerusform>
            <numerusform> · ⚠ %n no responden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>S&amp;QLite file</source>
        <translation>Archivo S&amp;QLite</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL (shared team log)</source>
        <translation>&amp;PostgreSQL (registro compartido del equipo)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>Webhook signing key</source>
        <translation>Clave de firma del webhook</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Archivo de reglas</translation>
    </message>
    <message>
        <source>Built-in rules</source>
        <translation>Reglas integradas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source> requests/min</source>
        <translation> solicitudes/min</translation>
    </message>
    <message>
        <source>Audit store location</source>
        <translation>Ubicación del almacén de auditoría</translation>
    </message>
    <message>
        <source>Webhook and rules</source>
        <translation>Webhook y reglas</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>Dirección del &amp;webhook:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clave de firma:</translation>
    </message>
    <message>
        <source>&amp;Rules file:</source>
        <translation>Archivo de &amp;reglas:</translation>
    </message>
    <message>
        <source>Rate &amp;limit:</source>
        <translation>&amp;Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Audit store</source>
        <translation>Almacén de auditoría</translation>
    </message>
    <message>
        <source>Alert when an agent stays longer than</source>
        <translation>Avisar cuando un agente permanezca más de</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Alert threshold for %1</source>
        <translation>Umbral de aviso para %1</translation>
    </message>
    <message>
        <source>The built-in rules are used.</source>
        <translation>Se usan las reglas integradas.</translation>
    </message>
    <message>
        <source>This rules file cannot be used: %1</source>
        <translation>No se puede usar este archivo de reglas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rules file is valid: %n status(es).</source>
        <translation>
            <numerusform>El archivo de reglas es válido: %n estado.</numerusform>
            <numerusform>El archivo de reglas es válido: %n estados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a rules file</source>
        <translation>Elegir un archivo de reglas</translation>
    </message>
    <message>
        <source>Rules (*.json)</source>
        <translation>Reglas (*.json)</translation>
    </message>
    <message>
        <source>Default file in the data folder</source>
        <translation>Archivo predeterminado en la carpeta de datos</translation>
    </message>
    <message>
        <source>The webhook address must be an http or https URL.</source>
        <translation>La dirección del webhook debe ser una URL http o https.</translation>
    </message>
    <message>
        <source>A PostgreSQL audit store needs a postgresql:// address.</source>
        <translation>Un almacén de auditoría PostgreSQL necesita una dirección postgresql://.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Audit key…</source>
        <translation>Clave de &amp;auditoría…</translation>
    </message>
    <message>
        <source>Whether the audit log is keyed, and the team key of a shared log</source>
        <translation>Si el registro de auditoría tiene clave, y la clave del equipo de un registro compartido</translation>
    </message>
</context>
<context>
    <name>ShiftTimelineView</name>
    <message>
        <source>Shift timeline</source>
        <translation>Cronología del turno</translation>
    </message>
    <message>
        <source>Nothing seen for this day yet.</source>
        <translation>Todavía no hay nada registrado para este día.</translation>
    </message>
    <message>
        <source>Scheduled: %1</source>
        <translation>Programado: %1</translation>
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
        <translation>Organización de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Genesys Cloud</source>
        <translation>&amp;Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in in the &amp;browser</source>
        <translation>Iniciar sesión en el &amp;navegador</translation>
    </message>
    <message>
        <source>Client c&amp;redentials</source>
        <translation>C&amp;redenciales de cliente</translation>
    </message>
    <message>
        <source>&amp;Remember this organisation</source>
        <translation>&amp;Recordar esta organización</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to StatusDesk</source>
        <translation>Iniciar sesión en StatusDesk</translation>
    </message>
    <message>
        <source>A simulated contact center with live agents, on this computer. Leave the address empty to start the simulator, or give the address of a running one.</source>
        <translation>Un centro de contacto simulado con agentes en directo, en este equipo. Deje la dirección vacía para iniciar el simulador, o indique la de uno en marcha.</translation>
    </message>
    <message>
        <source>Start a simulator</source>
        <translation>Iniciar un simulador</translation>
    </message>
    <message>
        <source>Simulator address</source>
        <translation>Dirección del simulador</translation>
    </message>
    <message>
        <source>Simulator &amp;address:</source>
        <translation>&amp;Dirección del simulador:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>e.g. Billing team</source>
        <translation>p. ej. Equipo de facturación</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>A region such as eu-central-1, or a domain such as mypurecloud.de</source>
        <translation>Una región como eu-central-1, o un dominio como mypurecloud.de</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Id. de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Profile name:</source>
        <translation>Nombre del &amp;perfil:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Id. de cliente:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation>Dirección del webhook</translation>
    </message>
    <message>
        <source>https://payroll.example.com/statusdesk</source>
        <translation>https://nominas.example.com/statusdesk</translation>
    </message>
    <message>
        <source>&amp;Webhook address:</source>
        <translation>Dirección del &amp;webhook:</translation>
    </message>
    <message>
        <source>This is not an http or https address.</source>
        <translation>No es una dirección http o https.</translation>
    </message>
    <message>
        <source>Empty: the started simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Vacío: el receptor de nóminas del simulador iniciado recibe los webhooks.</translation>
    </message>
    <message>
        <source>Empty: the simulator&apos;s payroll sink receives the webhooks.</source>
        <translation>Vacío: el receptor de nóminas del simulador recibe los webhooks.</translation>
    </message>
    <message>
        <source>Empty: status changes are recorded, but no webhook is sent to payroll.</source>
        <translation>Vacío: los cambios de estado se registran, pero no se envía ningún webhook a nóminas.</translation>
    </message>
</context>
<context>
    <name>StatusApiGateway</name>
    <message>
        <source>The statuses or reasons answer is not a list of entities.</source>
        <translation>La respuesta de estados o motivos no es una lista de entidades.</translation>
    </message>
    <message>
        <source>The server lists no known statuses.</source>
        <translation>El servidor no indica estados conocidos.</translation>
    </message>
    <message>
        <source>The status answer is not a status resource.</source>
        <translation>La respuesta de estado no es un recurso de estado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>(the ETag read just before)</source>
        <translation>(el ETag leído justo antes)</translation>
    </message>
</context>
<context>
    <name>StatusChangeService</name>
    <message>
        <source>The audit store is not open; no change is made without an audit trail.</source>
        <translation>El almacén de auditoría no está abierto; no se hace ningún cambio sin rastro de auditoría.</translation>
    </message>
    <message>
        <source>Refused by the transition rules</source>
        <translation>Rechazado por las reglas de transición</translation>
    </message>
    <message>
        <source>Status change requested</source>
        <translation>Cambio de estado solicitado</translation>
    </message>
    <message>
        <source>The intent could not be audited; the change was not sent.</source>
        <translation>No se pudo auditar la intención; el cambio no se envió.</translation>
    </message>
    <message>
        <source>The write needed %1 attempts</source>
        <translation>La escritura necesitó %1 intentos</translation>
    </message>
    <message>
        <source>The server asked StatusDesk to slow down</source>
        <translation>El servidor pidió a StatusDesk que fuera más despacio</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Estado cambiado</translation>
    </message>
    <message>
        <source>The agent changed meanwhile: now %1</source>
        <translation>El agente cambió mientras tanto: ahora %1</translation>
    </message>
    <message>
        <source>Status change failed</source>
        <translation>El cambio de estado falló</translation>
    </message>
    <message>
        <source>Conflict resolved: %1</source>
        <translation>Conflicto resuelto: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was lost; reading the agent to learn whether the change took effect</source>
        <translation>La respuesta del servidor se perdió; se lee el agente para saber si el cambio se aplicó</translation>
    </message>
    <message>
        <source>Status changed (the answer was lost; a read of the agent confirmed it)</source>
        <translation>Estado cambiado (la respuesta se perdió; una lectura del agente lo confirmó)</translation>
    </message>
    <message>
        <source>Status change did not take effect: the answer was lost and the agent is in %1</source>
        <translation>El cambio de estado no se aplicó: la respuesta se perdió y el agente está en %1</translation>
    </message>
    <message>
        <source>%1 (compare read to write: %2 ms)</source>
        <translation>%1 (de la lectura de comparación a la escritura: %2 ms)</translation>
    </message>
    <message>
        <source>%1 over a concurrent change: between our read and our write the agent was set to %2 (version %3)</source>
        <translation>%1 sobre un cambio simultáneo: entre nuestra lectura y nuestra escritura el agente pasó a %2 (versión %3)</translation>
    </message>
    <message>
        <source>Already %1: nothing written</source>
        <translation>Ya en %1: no se escribió nada</translation>
    </message>
    <message>
        <source>Cancelled before it was sent</source>
        <translation>Cancelado antes de enviarse</translation>
    </message>
    <message>
        <source>The members of team %1 outside the roster could not be counted, so the limit on %2 cannot be checked.</source>
        <translation>No se pudieron contar los miembros del equipo %1 fuera de la lista de agentes, por lo que no se puede comprobar el límite de %2.</translation>
    </message>
</context>
<context>
    <name>StatusGateway</name>
    <message>
        <source>The users answer has no list of entities.</source>
        <translation>La respuesta de usuarios no tiene lista de entidades.</translation>
    </message>
</context>
<context>
    <name>StatusLabels</name>
    <message>
        <source>Ready for calls</source>
        <translation>Listo para llamadas</translation>
    </message>
    <message>
        <source>End of shift</source>
        <translation>Fin de turno</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>System issue</source>
        <translation>Problema del sistema</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Asunto personal</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>thin lane above: scheduled activity</source>
        <translation>franja fina superior: actividad programada</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Selected agents</source>
        <translation>Agentes seleccionados</translation>
    </message>
    <message>
        <source>Whole scope</source>
        <translation>Todo el ámbito</translation>
    </message>
    <message>
        <source>Agents shown</source>
        <translation>Agentes mostrados</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <source>Select agents in the roster.</source>
        <translation>Seleccione agentes en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n agents.</source>
        <translation>
            <numerusform>Los primeros %1 de %n agente.</numerusform>
            <numerusform>Los primeros %1 de %n agentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day log has nothing for them on this day.</source>
        <translation>El registro del día no tiene nada de ellos para este día.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Exportar la cronología como PNG</translation>
    </message>
    <message>
        <source>Export the timeline as CSV</source>
        <translation>Exportar la cronología como CSV</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>Cannot reach the login server: %1</source>
        <translation>No se puede contactar con el servidor de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The login server&apos;s answer has no access token or lifetime.</source>
        <translation>La respuesta del servidor de inicio de sesión no tiene token de acceso o vigencia.</translation>
    </message>
    <message>
        <source>The login server&apos;s answer is larger than %1 bytes; it was refused.</source>
        <translation>La respuesta del servidor de inicio de sesión supera los %1 bytes; se rechazó.</translation>
    </message>
    <message>
        <source>The login server gave no complete answer within %1 s.</source>
        <translation>El servidor de inicio de sesión no dio una respuesta completa en %1 s.</translation>
    </message>
</context>
<context>
    <name>TransitionRules</name>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formado: %1</translation>
    </message>
    <message>
        <source>the rules must be a JSON object</source>
        <translation>las reglas deben ser un objeto JSON</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clave desconocida «%1»</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; is missing</source>
        <translation>falta «statuses»</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; is missing</source>
        <translation>falta «transitions»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of statuses</source>
        <translation>«%1» debe ser una lista de estados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must contain only status names</source>
        <translation>«%1» solo debe contener nombres de estado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not one of the declared statuses</source>
        <translation>«%1» en «%2» no es uno de los estados declarados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in &quot;%2&quot;</source>
        <translation>«%1» aparece dos veces en «%2»</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; must be a non-empty list of status names</source>
        <translation>«statuses» debe ser una lista no vacía de nombres de estado</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status; use one of %2</source>
        <translation>«%1» no es un estado; use uno de %2</translation>
    </message>
    <message>
        <source>(not text)</source>
        <translation>(no es texto)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is declared twice</source>
        <translation>«%1» está declarado dos veces</translation>
    </message>
    <message>
        <source>&quot;transitions&quot; must map each status to the statuses it may move to</source>
        <translation>«transitions» debe asignar a cada estado los estados a los que puede pasar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the declared statuses</source>
        <translation>«%1» no es uno de los estados declarados</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may not move to itself</source>
        <translation>«%1» no puede pasar a sí mismo</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; must be an object with &quot;targets&quot; and &quot;leaving&quot;</source>
        <translation>«reasonRequired» debe ser un objeto con «targets» y «leaving»</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;reasonRequired&quot;</source>
        <translation>clave desconocida «%1» en «reasonRequired»</translation>
    </message>
    <message>
        <source>&quot;capacity&quot; must map statuses to numbers</source>
        <translation>«capacity» debe asignar números a los estados</translation>
    </message>
    <message>
        <source>the capacity of &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>la capacidad de «%1» debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must be a list of reason codes</source>
        <translation>«reasons» debe ser una lista de códigos de motivo</translation>
    </message>
    <message>
        <source>&quot;reasons&quot; must contain only non-empty codes</source>
        <translation>«reasons» solo debe contener códigos no vacíos</translation>
    </message>
    <message>
        <source>reason &quot;%1&quot; appears twice</source>
        <translation>el motivo «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a known status.</source>
        <translation>«%1» no es un estado conocido.</translation>
    </message>
    <message>
        <source>The agent&apos;s current status “%1” is not a known status.</source>
        <translation>El estado actual «%1» del agente no es un estado conocido.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The agent is already %1.</source>
        <translation>El agente ya está en %1.</translation>
    </message>
    <message>
        <source>%1 → %2 is not allowed; from %1 the allowed statuses are: %3.</source>
        <translation>%1 → %2 no está permitido; desde %1 los estados permitidos son: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>“%1” is not a known reason code.</source>
        <translation>«%1» no es un código de motivo conocido.</translation>
    </message>
    <message>
        <source>A reason is required to move an agent from %1 to %2.</source>
        <translation>Se necesita un motivo para pasar a un agente de %1 a %2.</translation>
    </message>
    <message>
        <source>Team %1 already has %2 of at most %3 agents on %4.</source>
        <translation>El equipo %1 ya tiene %2 de un máximo de %3 agentes en %4.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 supera los %2 bytes</translation>
    </message>
    <message>
        <source>&quot;queues&quot; must be an object with &quot;minimumActive&quot; and &quot;reasonRequired&quot;</source>
        <translation>«queues» debe ser un objeto con «minimumActive» y «reasonRequired»</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in &quot;queues&quot;</source>
        <translation>clave desconocida «%1» en «queues»</translation>
    </message>
    <message>
        <source>&quot;minimumActive&quot; must map queues to numbers</source>
        <translation>«minimumActive» debe asignar números a las colas</translation>
    </message>
    <message>
        <source>the minimum of queue &quot;%1&quot; must be a whole number, 0 or more</source>
        <translation>el mínimo de la cola «%1» debe ser un número entero, 0 o más</translation>
    </message>
    <message>
        <source>&quot;reasonRequired&quot; in &quot;queues&quot; lists &quot;activate&quot; and/or &quot;deactivate&quot;</source>
        <translation>«reasonRequired» en «queues» enumera «activate» y/o «deactivate»</translation>
    </message>
    <message>
        <source>A reason is required to activate a membership of queue %1.</source>
        <translation>Se requiere un motivo para activar una pertenencia a la cola %1.</translation>
    </message>
    <message>
        <source>A reason is required to deactivate a membership of queue %1.</source>
        <translation>Se requiere un motivo para desactivar una pertenencia a la cola %1.</translation>
    </message>
    <message>
        <source>Queue %1 must keep at least %2 active agents of your scope; %3 are active now.</source>
        <translation>La cola %1 debe mantener al menos %2 agentes activos de su alcance; ahora hay %3 activos.</translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Mensaje muerto</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Mensaje muerto</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation>Id. de evento</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last status</source>
        <translation>Último estado</translation>
    </message>
    <message>
        <source>Last latency</source>
        <translation>Última latencia</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>WebhookOutbox</name>
    <message>
        <source>No audit store.</source>
        <translation>No hay almacén de auditoría.</translation>
    </message>
    <message>
        <source>The webhook outbox is not available.</source>
        <translation>La bandeja de salida de webhooks no está disponible.</translation>
    </message>
    <message>
        <source>No answer within %1 ms</source>
        <translation>Sin respuesta en %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1; se abandonó tras %2 intentos</translation>
    </message>
    <message>
        <source>Webhook %1: attempt %2, %3</source>
        <translation>Webhook %1: intento %2, %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>The receiver&apos;s answer is larger than %1 bytes</source>
        <translation>La respuesta del receptor supera los %1 bytes</translation>
    </message>
    <message>
        <source>No complete answer within %1 ms</source>
        <translation>Ninguna respuesta completa en %1 ms</translation>
    </message>
    <message>
        <source>The webhook attempt could not be stored.</source>
        <translation>No se pudo guardar el intento de webhook.</translation>
    </message>
</context>
<context>
    <name>WebhookOutboxTable</name>
    <message>
        <source>Cannot store the webhook event: %1</source>
        <translation>No se puede guardar el evento del webhook: %1</translation>
    </message>
</context>
<context>
    <name>WebhookPanel</name>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>&amp;Re-send</source>
        <translation>&amp;Reenviar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All deliveries</source>
        <translation>Todas las entregas</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Mensajes muertos</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Entregas de webhooks</translation>
    </message>
    <message>
        <source>Send the selected event again now</source>
        <translation>Reenviar ahora el evento seleccionado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s)</source>
        <translation>
            <numerusform>%n mensaje muerto</numerusform>
            <numerusform>%n mensajes muertos</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-send a delivered event</source>
        <translation>Reenviar un evento entregado</translation>
    </message>
    <message>
        <source>Payroll received this event at %1. Send it again?</source>
        <translation>Nóminas recibió este evento a las %1. ¿Enviarlo de nuevo?</translation>
    </message>
    <message>
        <source>The copy keeps its event ID %1, so payroll can recognise it and drop it if it has the event already.</source>
        <translation>La copia conserva su id. de evento %1, para que nóminas pueda reconocerla y descartarla si ya tiene el evento.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Live agent status console for Genesys Cloud</source>
        <translation>Consola en directo del estado de los agentes para Genesys Cloud</translation>
    </message>
    <message>
        <source>Sign in to the demo organisation (the simulator at STATUSDESK_API_BASE, or one started here).</source>
        <translation>Iniciar sesión en la organización de demostración (el simulador en STATUSDESK_API_BASE, o uno iniciado aquí).</translation>
    </message>
    <message>
        <source>Sign in to the simulator at &lt;url&gt;.</source>
        <translation>Iniciar sesión en el simulador en &lt;url&gt;.</translation>
    </message>
    <message>
        <source>Sign in with the remembered profile &lt;name&gt;.</source>
        <translation>Iniciar sesión con el perfil guardado &lt;name&gt;.</translation>
    </message>
    <message>
        <source>Write screenshots of every view into &lt;dir&gt;, then quit.</source>
        <translation>Guardar capturas de cada vista en &lt;dir&gt; y salir.</translation>
    </message>
    <message>
        <source>StatusDesk is already open</source>
        <translation>StatusDesk ya está abierto</translation>
    </message>
    <message>
        <source>Another StatusDesk window is open with the same audit history:
%1

Two copies would both write to it. Bring the open window to the front?</source>
        <translation>Otra ventana de StatusDesk está abierta con el mismo historial de auditoría:
%1

Las dos copias escribirían en él. ¿Traer la ventana abierta al frente?</translation>
    </message>
    <message>
        <source>&amp;Bring to front</source>
        <translation>&amp;Traer al frente</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>The open window did not answer. Close it, or end its process, then start StatusDesk again.</source>
        <translation>La ventana abierta no respondió. Ciérrela o termine su proceso y vuelva a iniciar StatusDesk.</translation>
    </message>
</context>
</TS>
