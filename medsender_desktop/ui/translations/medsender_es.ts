<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;b&gt;Medsender Desktop&lt;/b&gt; {version}&lt;br&gt;Send and receive faxes with Medsender.</source>
        <translation>&lt;b&gt;Medsender Desktop&lt;/b&gt; {version}&lt;br&gt;Envíe y reciba faxes con Medsender.</translation>
    </message>
    <message>
        <source>===== {name} ===== (missing)</source>
        <translation>===== {name} ===== (no encontrado)</translation>
    </message>
    <message>
        <source>About Medsender Desktop</source>
        <translation>Acerca de Medsender Desktop</translation>
    </message>
    <message>
        <source>Choose a component to read its license.</source>
        <translation>Elija un componente para leer su licencia.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>License text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>No license text was shipped.</source>
        <translation>No se incluyó el texto de la licencia.</translation>
    </message>
    <message>
        <source>Qt and Qt for Python (PySide6) are used under the GNU LGPL version 3: they are the unmodified shared libraries in the program folder, which you may replace with your own builds of the same version. Their source code is available from the Qt Project.</source>
        <translation>Qt y Qt for Python (PySide6) se usan bajo la licencia GNU LGPL versión 3: son las bibliotecas compartidas sin modificar de la carpeta del programa, que puede reemplazar por sus propias compilaciones de la misma versión. Su código fuente está disponible en el Qt Project.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
</context>
<context>
    <name>ActivityCanvas</name>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Fax activity, last 30 days</source>
        <translation>Actividad de fax, últimos 30 días</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>{day}: {sent} sent, {failed} failed, {received} received</source>
        <translation>{day}: {sent} enviados, {failed} fallidos, {received} recibidos</translation>
    </message>
</context>
<context>
    <name>ActivityChart</name>
    <message>
        <source>(only the faxes the filters show)</source>
        <translation>(solo los faxes que muestran los filtros)</translation>
    </message>
    <message>
        <source>Activity</source>
        <extracomment>the chart was shown (True) or folded away (False)</extracomment>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Busiest day: {day}.</source>
        <translation>Día con más actividad: {day}.</translation>
    </message>
    <message>
        <source>Hide the chart</source>
        <translation>Ocultar el gráfico</translation>
    </message>
    <message>
        <source>Last {count} days: {sent} faxes sent, {failed} failed, {received} received</source>
        <translation>Últimos {count} días: {sent} faxes enviados, {failed} fallidos, {received} recibidos</translation>
    </message>
    <message>
        <source>Show the activity chart</source>
        <translation>Mostrar el gráfico de actividad</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Mostrar el gráfico</translation>
    </message>
    <message>
        <source>Today: {counts}.</source>
        <translation>Hoy: {counts}.</translation>
    </message>
</context>
<context>
    <name>AddressBookDialog</name>
    <message>
        <source>Address book</source>
        <translation>Libreta de direcciones</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt)</source>
        <translation>Contactos (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete {contact} from the address book?</source>
        <translation>¿Eliminar a {contact} de la libreta de direcciones?</translation>
    </message>
    <message>
        <source>Deleted {contact}.</source>
        <translation>Se eliminó a {contact}.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the address book</source>
        <translation>Exportar la libreta de direcciones</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n contact(s) to {file}.</source>
        <translation>
            <numerusform>Se exportó %n contacto a {file}.</numerusform>
            <numerusform>Se exportaron %n contactos a {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Import contacts from a CSV file</source>
        <translation>Importar contactos desde un archivo CSV</translation>
    </message>
    <message>
        <source>Saved {contact}.</source>
        <translation>Se guardó {contact}.</translation>
    </message>
    <message>
        <source>Search names, offices, notes or numbers</source>
        <translation>Buscar nombres, consultorios, notas o números</translation>
    </message>
</context>
<context>
    <name>AiDetails</name>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>AiQueue</name>
    <message>
        <source>Queue of documents being analyzed</source>
        <extracomment>entry id entry id</extracomment>
        <translation>Cola de documentos en análisis</translation>
    </message>
</context>
<context>
    <name>AiQueueRow</name>
    <message>
        <source>Not analyzed: {reason}</source>
        <translation>Sin analizar: {reason}</translation>
    </message>
    <message>
        <source>Progress of {file}</source>
        <translation>Progreso de {file}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {file} from the queue</source>
        <translation>Quitar {file} de la cola</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>entry id entry id</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry {file}</source>
        <translation>Reintentar {file}</translation>
    </message>
    <message>
        <source>Uploading: {sent} of {total}</source>
        <translation>Subiendo: {sent} de {total}</translation>
    </message>
    <message>
        <source>Waiting for its turn</source>
        <translation>Esperando su turno</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>AiResults</name>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Analyzing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>DOB</source>
        <translation>Fecha nac.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Uploading {percent}%</source>
        <translation>Subiendo {percent}%</translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation>Subiendo…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>AiTab</name>
    <message>
        <source>AI results</source>
        <translation>Resultados de la IA</translation>
    </message>
    <message>
        <source>Analyze PDF, TIFF, PNG or JPG files (several at once)</source>
        <translation>Analizar archivos PDF, TIFF, PNG o JPG (varios a la vez)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose documents to analyze</source>
        <translation>Elija los documentos que va a analizar</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <extracomment>[file for New fax], patient name, DOB (ISO) or &quot;&quot;</extracomment>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>Drop PDF, TIFF, PNG or JPG files here to analyze them.</source>
        <translation>Suelte aquí archivos PDF, TIFF, PNG o JPG para analizarlos.</translation>
    </message>
    <message>
        <source>Export AI results</source>
        <translation>Exportar los resultados de la IA</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Fax this document, with its patient filled in</source>
        <translation>Enviar este documento por fax, con su paciente ya escrito</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir documento</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this result and its document copy from this computer</source>
        <translation>Quitar este resultado y la copia de su documento de este equipo</translation>
    </message>
    <message>
        <source>Remove this result and its document copy from this computer?</source>
        <translation>¿Quitar este resultado y la copia de su documento de este equipo?</translation>
    </message>
    <message>
        <source>Save every result in the list as a CSV file</source>
        <translation>Guardar todos los resultados de la lista en un archivo CSV</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Buscar en los resultados</translation>
    </message>
    <message>
        <source>Search results (file, patient, type…)  Ctrl+F</source>
        <translation>Buscar en los resultados (archivo, paciente, tipo…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Select a result and click Open document to see it here.</source>
        <translation>Seleccione un resultado y haga clic en Abrir documento para verlo aquí.</translation>
    </message>
    <message>
        <source>Select a result to see what the AI read.</source>
        <translation>Seleccione un resultado para ver lo que leyó la IA.</translation>
    </message>
    <message>
        <source>Send this…</source>
        <translation>Enviar esto…</translation>
    </message>
    <message>
        <source>Show this result&apos;s document beside the list (Enter)</source>
        <translation>Mostrar el documento de este resultado junto a la lista (Intro)</translation>
    </message>
    <message>
        <source>Sign in first: the AI runs on your Medsender account.</source>
        <translation>Inicie sesión primero: la IA funciona con su cuenta de Medsender.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>The AI&apos;s summary of the document</source>
        <translation>El resumen del documento hecho por la IA</translation>
    </message>
    <message>
        <source>This document could not be shown.</source>
        <translation>No se pudo mostrar este documento.</translation>
    </message>
    <message>
        <source>{count} results saved to {name}.</source>
        <translation>{count} resultados guardados en {name}.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Signing in to {name}…</source>
        <translation>Iniciando sesión en {name}…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Iniciando el entorno de prueba…</translation>
    </message>
    <message>
        <source>The sandbox profile is set up by the app each time it starts, with practice data and its own keys, so there is nothing to edit. To use your clinic&apos;s Medsender account, choose Add profile… and enter its API key.</source>
        <translation>La aplicación prepara el perfil de prueba cada vez que se inicia, con datos de práctica y sus propias claves, así que no hay nada que editar. Para usar la cuenta de Medsender de su clínica, elija Agregar perfil… y escriba su clave de API.</translation>
    </message>
    <message>
        <source>There is no profile called “{name}” on this computer.</source>
        <translation>No hay ningún perfil llamado “{name}” en este equipo.</translation>
    </message>
    <message>
        <source>This computer has no secure password store, so keys cannot be saved. Install and unlock GNOME Keyring or KWallet (Linux), then try again.</source>
        <translation>Este equipo no tiene un almacén seguro de contraseñas, así que no se pueden guardar las claves. Instale y desbloquee GNOME Keyring o KWallet (Linux) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Checking Medsender regularly (no live updates)</source>
        <translation>Consultando Medsender con regularidad (sin avisos en vivo)</translation>
    </message>
    <message>
        <source>Live updates: checking…</source>
        <translation>Avisos en vivo: comprobando…</translation>
    </message>
    <message>
        <source>Live updates: connecting…</source>
        <extracomment>The relay brings Medsender&apos;s news the moment it happens (&quot;live updates&quot;); without it the app asks Medsender regularly.</extracomment>
        <translation>Avisos en vivo: conectando…</translation>
    </message>
    <message>
        <source>Live updates: off (checking Medsender regularly)</source>
        <translation>Avisos en vivo: desactivados (consultando Medsender con regularidad)</translation>
    </message>
    <message>
        <source>Live updates: on</source>
        <translation>Avisos en vivo: activados</translation>
    </message>
    <message>
        <source>Live updates: reconnecting…</source>
        <translation>Avisos en vivo: reconectando…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <extracomment>no payload: the outbox count was clicked (show the outbox)</extracomment>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Outbox: empty</source>
        <translation>Bandeja de salida: vacía</translation>
    </message>
    <message>
        <source>Outbox: {what}</source>
        <translation>Bandeja de salida: {what}</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>Sandbox (test data)</source>
        <translation>Entorno de prueba (datos de práctica)</translation>
    </message>
    <message>
        <source>Scheduled for {time}</source>
        <translation>Programado para {time}</translation>
    </message>
    <message>
        <source>Show the outbox: each fax not yet handed to Medsender, with Cancel and Send now</source>
        <translation>Ver la bandeja de salida: cada fax que aún no se entregó a Medsender, con Cancelar y Enviar ahora</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>Uploading… %p%</source>
        <translation>Subiendo… %p%</translation>
    </message>
    <message>
        <source>{count} scheduled, the next for {time}</source>
        <translation>{count} programados, el próximo para {time}</translation>
    </message>
    <message>
        <source>{count} sending</source>
        <translation>{count} enviándose</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>3 digits, e.g. 415</source>
        <translation>3 dígitos, p. ej. 415</translation>
    </message>
    <message>
        <source>A new number…</source>
        <translation>Un número nuevo…</translation>
    </message>
    <message>
        <source>Area code of the new number</source>
        <translation>Código de área del número nuevo</translation>
    </message>
    <message>
        <source>Area code:</source>
        <translation>Código de área:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Creating the client…</source>
        <translation>Creando el cliente…</translation>
    </message>
    <message>
        <source>Enter a name for the client, e.g. the site&apos;s name.</source>
        <translation>Escriba un nombre para el cliente, p. ej. el nombre de la sede.</translation>
    </message>
    <message>
        <source>Fax number:</source>
        <translation>Número de fax:</translation>
    </message>
    <message>
        <source>Getting the new number…</source>
        <translation>Obteniendo el número nuevo…</translation>
    </message>
    <message>
        <source>Its live updates go to our relay.</source>
        <translation>Sus avisos irán a nuestro relay.</translation>
    </message>
    <message>
        <source>Live updates not set: the app checks for updates itself.</source>
        <translation>Avisos sin configurar: la aplicación los consulta por su cuenta.</translation>
    </message>
    <message>
        <source>Move {number} here (now: {client})</source>
        <translation>Mover {number} aquí (ahora: {client})</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <source>None for now</source>
        <translation>Ninguno por ahora</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename {name}</source>
        <translation>Cambiar el nombre de {name}</translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Cambiando el nombre…</translation>
    </message>
    <message>
        <source>The client {name} was created, but not its new number: {reason} Press Create to try the number again, or Cancel to keep the client without it.</source>
        <translation>Se creó el cliente {name}, pero no su número nuevo: {reason} Pulse Crear para volver a intentar el número, o Cancelar para quedarse con el cliente sin número.</translation>
    </message>
    <message>
        <source>e.g. Riverside Family Medicine</source>
        <translation>p. ej. Medicina Familiar Riverside</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation>Números de fax</translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation>Cliente sin nombre</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>1 client</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>1 number:</source>
        <translation>1 número:</translation>
    </message>
    <message>
        <source>Add a client (a site of the practice), with a fax number if you like</source>
        <translation>Agregar un cliente (una sede de la consulta), con un número de fax si lo desea</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation>Números de fax</translation>
    </message>
    <message>
        <source>Give this client another name</source>
        <translation>Dar otro nombre a este cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Cliente nuevo…</translation>
    </message>
    <message>
        <source>None yet: give it one in the Numbers tab (Change…)</source>
        <translation>Ninguno aún: asígnele uno en la pestaña Números (Cambiar…)</translation>
    </message>
    <message>
        <source>Renamed to {name}.</source>
        <translation>Nombre cambiado a {name}.</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>Search clients (name, number…)  Ctrl+F</source>
        <translation>Buscar clientes (nombre, número…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Select a client to see its numbers, rename it or see the faxes it received.</source>
        <extracomment>client id: show the faxes that arrived for it</extracomment>
        <translation>Seleccione un cliente para ver sus números, cambiarle el nombre o ver los faxes que recibió.</translation>
    </message>
    <message>
        <source>Show received faxes</source>
        <translation>Ver faxes recibidos</translation>
    </message>
    <message>
        <source>The Received tab, showing only the faxes that arrived for this client</source>
        <translation>La pestaña Recibidos, con solo los faxes que llegaron para este cliente</translation>
    </message>
    <message>
        <source>This client&apos;s fax numbers</source>
        <translation>Los números de fax de este cliente</translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation>Cliente sin nombre</translation>
    </message>
    <message>
        <source>{count} clients</source>
        <translation>{count} clientes</translation>
    </message>
    <message>
        <source>{count} numbers:</source>
        <translation>{count} números:</translation>
    </message>
    <message>
        <source>{name} was created, with the new number {number}.</source>
        <translation>Se creó {name}, con el número nuevo {number}.</translation>
    </message>
    <message>
        <source>{name} was created.</source>
        <translation>Se creó {name}.</translation>
    </message>
</context>
<context>
    <name>ComposePages</name>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>Add files…</source>
        <extracomment>no payload: the first page of the fax is on screen the fax&apos;s page count now no payload: every file added so far is read and checked the first file&apos;s first page, drawn on the worker from the moment it was dropped</extracomment>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <source>Add more pages from other PDF or TIFF files</source>
        <translation>Agregar más páginas de otros archivos PDF o TIFF</translation>
    </message>
    <message>
        <source>Add pages from PDF or TIFF files</source>
        <translation>Agregar páginas de archivos PDF o TIFF</translation>
    </message>
    <message>
        <source>Add the document to send: drop a PDF or TIFF file here or click Add files…</source>
        <translation>Agregue el documento que va a enviar: suelte aquí un archivo PDF o TIFF, o haga clic en Agregar archivos…</translation>
    </message>
    <message>
        <source>Drop PDF or TIFF files here, or click Add files…</source>
        <translation>Suelte aquí archivos PDF o TIFF, o haga clic en Agregar archivos…</translation>
    </message>
    <message>
        <source>Every page was removed. Add files to send.</source>
        <translation>Se quitaron todas las páginas. Agregue archivos para enviar.</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Leave the selected page out of the fax</source>
        <translation>Dejar la página seleccionada fuera del fax</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Mover antes</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Mover después</translation>
    </message>
    <message>
        <source>Move the selected page one place earlier</source>
        <translation>Mover la página seleccionada un lugar antes</translation>
    </message>
    <message>
        <source>Move the selected page one place later</source>
        <translation>Mover la página seleccionada un lugar después</translation>
    </message>
    <message>
        <source>No document yet</source>
        <translation>Aún no hay documento</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <source>Remove page</source>
        <translation>Quitar página</translation>
    </message>
    <message>
        <source>Remove pages, or send the rest as a second fax.</source>
        <translation>Quite páginas, o envíe el resto como un segundo fax.</translation>
    </message>
    <message>
        <source>Wait a moment: the document is still being checked.</source>
        <translation>Espere un momento: todavía se está revisando el documento.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>{pages} (checking…)</source>
        <translation>{pages} (revisando…)</translation>
    </message>
    <message>
        <source>{pages} from {files} files</source>
        <translation>{pages} de {files} archivos</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add contact</source>
        <translation>Agregar contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Fax number:</source>
        <translation>Número de fax:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>e.g. (212) 555-0199</source>
        <translation>p. ej. (212) 555-0199</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>CoverPreview</name>
    <message>
        <source>Cover page preview</source>
        <translation>Vista previa de la carátula</translation>
    </message>
    <message>
        <source>No cover page: only the document&apos;s pages are faxed.</source>
        <translation>Sin carátula: solo se envían por fax las páginas del documento.</translation>
    </message>
    <message>
        <source>The cover page appears here.</source>
        <extracomment>Shown where the access code goes: Medsender assigns the real one when the fax is sent. no payload: the preview shows the latest fields the cover sheet last drawn (a one-page PDF)</extracomment>
        <translation>La carátula aparece aquí.</translation>
    </message>
    <message>
        <source>This is the first page the recipient receives. Medsender fills in the access code when the fax is sent.</source>
        <translation>Esta es la primera página que recibe el destinatario. Medsender completa el código de acceso al enviar el fax.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Copy report</source>
        <translation>Copiar informe</translation>
    </message>
    <message>
        <source>Medsender Desktop ran into a problem it did not expect. Your faxes are safe, and you can keep working.

If this happens again, click Copy report and paste it into an e-mail to your IT support. The report says where the problem happened; it contains no patient information.</source>
        <translation>Medsender Desktop encontró un problema inesperado. Sus faxes están a salvo y puede seguir trabajando.

Si vuelve a pasar, haga clic en Copiar informe y péguelo en un correo para su soporte informático. El informe indica dónde ocurrió el problema; no contiene información de pacientes.</translation>
    </message>
    <message>
        <source>Medsender Desktop — {problem}</source>
        <translation>Medsender Desktop — {problem}</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>Informe del problema</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into an e-mail.</source>
        <translation>El informe está en el portapapeles: péguelo en un correo.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>MM/DD/YYYY, e.g. 02/28/1980</source>
        <extracomment>the text as typed or picked</extracomment>
        <translation>MM/DD/AAAA, p. ej. 02/28/1980</translation>
    </message>
    <message>
        <source>Patient date of birth</source>
        <translation>Fecha de nacimiento del paciente</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
    <message>
        <source>Pick the date of birth from a calendar</source>
        <translation>Elegir la fecha de nacimiento en un calendario</translation>
    </message>
</context>
<context>
    <name>DialogFactory</name>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.tif *.tiff)</source>
        <translation>Documentos (*.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <source>No web browser could be opened on this computer. Click Copy link, then paste the link into your browser&apos;s address bar. The link works for 5 minutes.</source>
        <translation>No se pudo abrir un navegador web en este equipo. Haga clic en Copiar enlace y pegue el enlace en la barra de direcciones de su navegador. El enlace funciona durante 5 minutos.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DirectoryModels</name>
    <message>
        <source>Another server</source>
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>Another server: {host}</source>
        <translation>Otro servidor: {host}</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>No numbers yet</source>
        <translation>Sin números todavía</translation>
    </message>
    <message>
        <source>Not set: the app checks for updates itself</source>
        <translation>Sin configurar: la aplicación consulta los avisos por su cuenta</translation>
    </message>
    <message>
        <source>Our relay</source>
        <translation>Nuestro relay</translation>
    </message>
    <message>
        <source>Unnamed client</source>
        <translation>Cliente sin nombre</translation>
    </message>
</context>
<context>
    <name>DirectoryTab</name>
    <message>
        <source>Fetch the list from Medsender again</source>
        <translation>Volver a traer la lista desde Medsender</translation>
    </message>
    <message>
        <source>Refresh</source>
        <extracomment>the records just loaded (list[FaxNumber] or list[Client]) no payload: a number or client was added or changed here</extracomment>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit ({percent})</source>
        <translation>Ajustado ({percent})</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation>Ajustar la página al ancho de la vista</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Ningún documento</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Página {page} de {count}</translation>
    </message>
    <message>
        <source>Previous page</source>
        <extracomment>zero-based index of the page now on screen True when a document is shown, False when cleared</extracomment>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <source>Select a fax to see it here.</source>
        <translation>Seleccione un fax para verlo aquí.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
</context>
<context>
    <name>FaxFields</name>
    <message>
        <source>Fax number or name, e.g. (212) 555-0199; several separated by ;</source>
        <extracomment>no payload: any field was edited</extracomment>
        <translation>Número de fax o nombre, p. ej. (212) 555-0199; varios separados por ;</translation>
    </message>
    <message>
        <source>Fax number, e.g. (212) 555-0199</source>
        <translation>Número de fax, p. ej. (212) 555-0199</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Loading the account&apos;s fax numbers…</source>
        <translation>Cargando los números de fax de la cuenta…</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Patient DOB:</source>
        <translation>Fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation>Nombre del paciente:</translation>
    </message>
    <message>
        <source>Recipient name:</source>
        <translation>Nombre del destinatario:</translation>
    </message>
    <message>
        <source>Send to at most {most} numbers at once ({typed} are typed).</source>
        <translation>Envíe a {most} números como máximo a la vez (hay {typed} escritos).</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Enviar:</translation>
    </message>
    <message>
        <source>Sender name:</source>
        <translation>Nombre del remitente:</translation>
    </message>
    <message>
        <source>The number it was received on</source>
        <translation>El número en el que se recibió</translation>
    </message>
    <message>
        <source>The recipient gets only the access-code cover sheet: they view the document online with its web address and code. The document itself is not faxed.</source>
        <translation>El destinatario recibe solo la carátula con código de acceso: ve el documento en línea con su dirección web y su código. El documento en sí no se envía por fax.</translation>
    </message>
    <message>
        <source>The recipient gets the access-code cover sheet, then the document. The sheet&apos;s web address and code also let them view the record online for 30 days.</source>
        <extracomment>Up to this many numbers in one send (each gets its own fax, grouped in the Sent tab). What each choice means for the person receiving the fax, in words.</extracomment>
        <translation>El destinatario recibe la carátula con código de acceso y después el documento. La dirección web y el código de la carátula también le permiten ver el registro en línea durante 30 días.</translation>
    </message>
    <message>
        <source>The recipient gets the document&apos;s pages only: no cover sheet, no patient details on top.</source>
        <translation>El destinatario recibe solo las páginas del documento: sin carátula y sin datos del paciente al principio.</translation>
    </message>
    <message>
        <source>This account has no fax number to send from yet.</source>
        <translation>Esta cuenta aún no tiene un número de fax desde el que enviar.</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
</context>
<context>
    <name>FaxNumberTableModel</name>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>Live updates go to</source>
        <translation>Los avisos en vivo van a</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Any</source>
        <extracomment>no payload: read the values with values() no payload</extracomment>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Apply filters</source>
        <translation>Aplicar filtros</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>FolderWatch</name>
    <message>
        <source>A document saved in the watched folder is in New fax.</source>
        <translation>Un documento guardado en la carpeta vigilada está en Nuevo fax.</translation>
    </message>
    <message>
        <source>A document saved in the watched folder is waiting: it opens in its own New fax once the fax being written is sent or closed.</source>
        <translation>Un documento guardado en la carpeta vigilada está esperando: se abre en su propio Nuevo fax cuando se envíe o se cierre el fax que está escribiendo.</translation>
    </message>
    <message>
        <source>The watched folder is available again.</source>
        <translation>La carpeta vigilada vuelve a estar disponible.</translation>
    </message>
    <message>
        <source>The watched folder {folder} cannot be found: it was moved or deleted, or its drive is disconnected. Documents saved there open in New fax again once it is back; or choose another folder in Settings.</source>
        <translation>No se encuentra la carpeta vigilada {folder}: se movió o se eliminó, o su unidad está desconectada. Los documentos guardados allí volverán a abrirse en Nuevo fax cuando vuelva; o elija otra carpeta en Configuración.</translation>
    </message>
    <message>
        <source>This computer&apos;s account may not open the watched folder {folder}. Ask whoever looks after this computer for access, or choose another folder in Settings.</source>
        <translation>La cuenta de este equipo no tiene permiso para abrir la carpeta vigilada {folder}. Pida acceso a quien administra este equipo, o elija otra carpeta en Configuración.</translation>
    </message>
    <message>
        <source>Watched folder not found</source>
        <translation>No se encuentra la carpeta vigilada</translation>
    </message>
    <message>
        <source>Watched folder not readable</source>
        <translation>No se puede leer la carpeta vigilada</translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Reenviar</translation>
    </message>
    <message>
        <source>Forward fax</source>
        <translation>Reenviar fax</translation>
    </message>
    <message>
        <source>Forward the fax from {source} ({pages}) to:</source>
        <translation>Reenviar el fax de {source} ({pages}) a:</translation>
    </message>
    <message>
        <source>Forward the fax from {source} to:</source>
        <translation>Reenviar el fax de {source} a:</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>remitente desconocido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>A fax</source>
        <translation>Un fax</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>IA</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Agregar perfil…</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Fax in the outbox: uploading…</source>
        <translation>Fax en la bandeja de salida: subiendo…</translation>
    </message>
    <message>
        <source>Fax not delivered</source>
        <translation>Fax no entregado</translation>
    </message>
    <message>
        <source>Fax not delivered: {reason}</source>
        <translation>Fax no entregado: {reason}</translation>
    </message>
    <message>
        <source>Fax scheduled for {time}: it waits in the outbox.</source>
        <translation>Fax programado para {time}: espera en la bandeja de salida.</translation>
    </message>
    <message>
        <source>Lists updated at {time}.</source>
        <translation>Listas actualizadas a las {time}.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Medsender Desktop — {profile}</source>
        <translation>Medsender Desktop — {profile}</translation>
    </message>
    <message>
        <source>New fax</source>
        <translation>Nuevo fax</translation>
    </message>
    <message>
        <source>New fax received</source>
        <translation>Fax nuevo recibido</translation>
    </message>
    <message>
        <source>New fax received: {pages}.</source>
        <translation>Fax nuevo recibido: {pages}.</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile: </source>
        <translation>Perfil: </translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Received ({count})</source>
        <translation>Recibidos ({count})</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Reload the lists now (F5)</source>
        <translation>Volver a cargar las listas ahora (F5)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search this tab (Ctrl+F)</source>
        <translation>Buscar en esta pestaña (Ctrl+F)</translation>
    </message>
    <message>
        <source>Secure e-mail sent to {address}: its status updates in the Sent tab by itself.</source>
        <translation>Correo seguro enviado a {address}: su estado se actualiza solo en la pestaña Enviados.</translation>
    </message>
    <message>
        <source>Secure e-mail…</source>
        <translation>Correo seguro…</translation>
    </message>
    <message>
        <source>Send a document as a secure e-mail link (Ctrl+Shift+E)</source>
        <translation>Enviar un documento como enlace de correo seguro (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Send a new fax (Ctrl+N)</source>
        <translation>Enviar un fax nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>Sent</source>
        <extracomment>id of the profile picked in the switcher no payload: add a profile (sign in) no payload: open Settings (the profile in use, notifications…) no payload: the window was closed (the app quits) no payload: the New fax dialog closed (sent, held or cancelled)</extracomment>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Sent to Medsender: the status updates here by itself.</source>
        <translation>Enviado a Medsender: el estado se actualiza aquí solo.</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Sign in to send the document(s) you opened.</source>
        <translation>Inicie sesión para enviar los documentos que abrió.</translation>
    </message>
    <message>
        <source>The faxes being sent: progress, delivery timeline, Cancel and Send now</source>
        <translation>Los faxes que se están enviando: progreso, historial de entrega, Cancelar y Enviar ahora</translation>
    </message>
    <message>
        <source>The people and offices you fax: add, edit, import, export</source>
        <translation>Las personas y consultorios a los que envía faxes: agregar, editar, importar, exportar</translation>
    </message>
    <message>
        <source>The version, and the licenses of the bundled components</source>
        <translation>La versión y las licencias de los componentes incluidos</translation>
    </message>
    <message>
        <source>This profile&apos;s keys and relay, notifications, the watched folder, light or dark (Ctrl+,)</source>
        <translation>Las claves y el relay de este perfil, las notificaciones, la carpeta vigilada, claro u oscuro (Ctrl+,)</translation>
    </message>
    <message>
        <source>{count} faxes in the outbox, one per number: uploading…</source>
        <translation>{count} faxes en la bandeja de salida, uno por número: subiendo…</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} páginas</translation>
    </message>
    <message>
        <source>{pages}. Click to open it.</source>
        <translation>{pages}. Haga clic para abrirlo.</translation>
    </message>
</context>
<context>
    <name>NewFaxDialog</name>
    <message>
        <source>Add the document to send.</source>
        <translation>Agregue el documento que va a enviar.</translation>
    </message>
    <message>
        <source>Correct the cover sheet, or click Send anyway if it is right.</source>
        <translation>Corrija la carátula, o haga clic en Enviar de todos modos si es correcta.</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Carátula</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Drop more files on this window to add their pages.</source>
        <translation>Suelte más archivos en esta ventana para agregar sus páginas.</translation>
    </message>
    <message>
        <source>New fax</source>
        <extracomment>why Send is disabled (&quot;&quot; when it is enabled)</extracomment>
        <translation>Nuevo fax</translation>
    </message>
    <message>
        <source>Remove pages, or send the rest as a second fax.</source>
        <translation>Quite páginas, o envíe el resto como un segundo fax.</translation>
    </message>
    <message>
        <source>Schedule fax</source>
        <translation>Programar fax</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Send fax</source>
        <translation>Enviar fax</translation>
    </message>
    <message>
        <source>The account&apos;s fax numbers could not be loaded. {reason}</source>
        <translation>No se pudieron cargar los números de fax de la cuenta. {reason}</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>Medsender Desktop</source>
        <extracomment>token of the record the clicked notification was about no payload: the tray menu&apos;s Show window (or a tray click) no payload: the tray menu&apos;s New fax no payload: the tray menu&apos;s Quit True while notifications are paused</extracomment>
        <translation>Medsender Desktop</translation>
    </message>
    <message>
        <source>New fax</source>
        <translation>Nuevo fax</translation>
    </message>
    <message>
        <source>Pause notifications</source>
        <translation>Pausar notificaciones</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Resume notifications</source>
        <translation>Reanudar notificaciones</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Mostrar ventana</translation>
    </message>
</context>
<context>
    <name>NumberDialog</name>
    <message>
        <source>3 digits, e.g. 415</source>
        <translation>3 dígitos, p. ej. 415</translation>
    </message>
    <message>
        <source>Another server…</source>
        <translation>Otro servidor…</translation>
    </message>
    <message>
        <source>Area code:</source>
        <translation>Código de área:</translation>
    </message>
    <message>
        <source>Change {number}</source>
        <translation>Cambiar {number}</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>Fax number:</source>
        <translation>Número de fax:</translation>
    </message>
    <message>
        <source>Get a new fax number</source>
        <translation>Obtener un número de fax nuevo</translation>
    </message>
    <message>
        <source>Get number</source>
        <translation>Obtener número</translation>
    </message>
    <message>
        <source>Getting your new number…</source>
        <translation>Obteniendo su número nuevo…</translation>
    </message>
    <message>
        <source>Live updates go to:</source>
        <translation>Los avisos en vivo van a:</translation>
    </message>
    <message>
        <source>Medsender sends the news, patient details included, to that server. Use only a server your practice runs.</source>
        <translation>Medsender envía los avisos, con los datos del paciente, a ese servidor. Use solo un servidor que administre su consulta.</translation>
    </message>
    <message>
        <source>New faxes and delivery news reach this app within seconds.</source>
        <translation>Los faxes nuevos y los avisos de entrega llegan a esta aplicación en segundos.</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Not set: the app checks for updates itself</source>
        <translation>Sin configurar: la aplicación consulta los avisos por su cuenta</translation>
    </message>
    <message>
        <source>Our relay (this app hears at once)</source>
        <translation>Nuestro relay (esta aplicación se entera al instante)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>This app asks Medsender for news every few seconds; no other server receives it.</source>
        <translation>Esta aplicación consulta a Medsender cada pocos segundos; ningún otro servidor recibe los avisos.</translation>
    </message>
    <message>
        <source>e.g. https://updates.example-clinic.org/medsender</source>
        <translation>p. ej. https://updates.example-clinic.org/medsender</translation>
    </message>
</context>
<context>
    <name>NumbersTab</name>
    <message>
        <source>1 fax number</source>
        <translation>1 número de fax</translation>
    </message>
    <message>
        <source>Another server gets the news; this app asks Medsender itself.</source>
        <translation>Otro servidor recibe los avisos; esta aplicación consulta a Medsender por su cuenta.</translation>
    </message>
    <message>
        <source>Change where this number&apos;s live updates go, or its client</source>
        <translation>Cambiar adónde van los avisos en vivo de este número, o su cliente</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Copied {number}.</source>
        <translation>Se copió {number}.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Copy this number, to paste it elsewhere</source>
        <translation>Copiar este número para pegarlo en otro lugar</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>Fax numbers</source>
        <translation>Números de fax</translation>
    </message>
    <message>
        <source>Get a new fax number in the area code you choose</source>
        <translation>Obtener un número de fax nuevo con el código de área que elija</translation>
    </message>
    <message>
        <source>Live updates for {number} now go to our relay.</source>
        <translation>Los avisos en vivo de {number} ahora van a nuestro relay.</translation>
    </message>
    <message>
        <source>Live updates go to</source>
        <translation>Los avisos en vivo van a</translation>
    </message>
    <message>
        <source>New faxes and their news reach this app within seconds.</source>
        <translation>Los faxes nuevos y sus avisos llegan a esta aplicación en segundos.</translation>
    </message>
    <message>
        <source>New faxes on this number and their news then reach this app within seconds</source>
        <translation>Así los faxes nuevos de este número y sus avisos llegan a esta aplicación en segundos</translation>
    </message>
    <message>
        <source>New number…</source>
        <translation>Número nuevo…</translation>
    </message>
    <message>
        <source>Saved the changes to {number}.</source>
        <translation>Se guardaron los cambios de {number}.</translation>
    </message>
    <message>
        <source>Search numbers</source>
        <translation>Buscar números</translation>
    </message>
    <message>
        <source>Search numbers (number, client…)  Ctrl+F</source>
        <translation>Buscar números (número, cliente…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Select a number to see where its live updates go and to change it.</source>
        <translation>Seleccione un número para ver adónde van sus avisos en vivo y cambiarlo.</translation>
    </message>
    <message>
        <source>Send this number&apos;s live updates to our relay</source>
        <translation>Enviar los avisos en vivo de este número a nuestro relay</translation>
    </message>
    <message>
        <source>This app asks Medsender for news every few seconds.</source>
        <translation>Esta aplicación consulta a Medsender cada pocos segundos.</translation>
    </message>
    <message>
        <source>Your new number {number} is ready: it can send and receive faxes now.</source>
        <translation>Su número nuevo {number} está listo: ya puede enviar y recibir faxes.</translation>
    </message>
    <message>
        <source>{count} fax numbers</source>
        <translation>{count} números de fax</translation>
    </message>
    <message>
        <source>✓ Its live updates already go to our relay</source>
        <translation>✓ Sus avisos en vivo ya van a nuestro relay</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <source>Offline — showing the lists saved on this computer. They update again as soon as Medsender can be reached.</source>
        <translation>Sin conexión: se muestran las listas guardadas en este equipo. Se actualizarán en cuanto se pueda conectar con Medsender.</translation>
    </message>
    <message>
        <source>Try again</source>
        <extracomment>no payload: the user asked to reconnect now</extracomment>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Checking whether it arrived</source>
        <translation>Comprobando si llegó</translation>
    </message>
    <message>
        <source>Handed over to Medsender</source>
        <translation>Entregado a Medsender</translation>
    </message>
    <message>
        <source>Handed over; delivered</source>
        <translation>En Medsender; entregado</translation>
    </message>
    <message>
        <source>Handed over; not delivered</source>
        <translation>En Medsender; no entregado</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <source>Scheduled for {time}</source>
        <extracomment>0..1000 while uploading, else None</extracomment>
        <translation>Programado para {time}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Waiting for the network (next try {time})</source>
        <translation>Esperando la red (próximo intento {time})</translation>
    </message>
    <message>
        <source>Waiting to upload</source>
        <translation>Esperando para subir</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Cancel fax</source>
        <translation>Cancelar fax</translation>
    </message>
    <message>
        <source>Cancel the fax to {who}? It will not be sent.</source>
        <translation>¿Cancelar el fax a {who}? No se enviará.</translation>
    </message>
    <message>
        <source>Cancelled: the fax to {who} will not be sent.</source>
        <translation>Cancelado: el fax a {who} no se enviará.</translation>
    </message>
    <message>
        <source>Delivery timeline</source>
        <translation>Historial de entrega</translation>
    </message>
    <message>
        <source>Do not send this fax (only before its upload starts)</source>
        <translation>No enviar este fax (solo antes de que empiece a subirse)</translation>
    </message>
    <message>
        <source>Faxes in the outbox</source>
        <translation>Faxes en la bandeja de salida</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <extracomment>redraw &quot;scheduled&quot;/&quot;next try&quot; words as times pass</extracomment>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Sending the fax to {who} now.</source>
        <translation>Enviando ahora el fax a {who}.</translation>
    </message>
    <message>
        <source>The fax to {who} can no longer be cancelled: its upload has already started, so Medsender may have it. Follow it in the Sent tab once it is handed over.</source>
        <translation>El fax a {who} ya no se puede cancelar: ya empezó a subirse, así que puede que Medsender lo tenga. Sígalo en la pestaña Enviados cuando se entregue.</translation>
    </message>
    <message>
        <source>The faxes this computer sends: a fax waits here until Medsender has it, then its delivery is followed. One that has not started uploading can still be cancelled.</source>
        <translation>Los faxes que envía este equipo: un fax espera aquí hasta que Medsender lo tiene, y después se sigue su entrega. Uno que aún no empezó a subirse todavía se puede cancelar.</translation>
    </message>
    <message>
        <source>Upload this fax now instead of at its time</source>
        <translation>Subir este fax ahora en lugar de a su hora</translation>
    </message>
</context>
<context>
    <name>PageStripModel</name>
    <message>
        <source>Page {number}</source>
        <extracomment>Pages rendered per worker job: short jobs, so a page the user asks for is never far behind. Default memory budget of the thumbnail cache (a 110-px Letter thumbnail is ~37 KB). how many thumbnails the last batch added</extracomment>
        <translation>Página {number}</translation>
    </message>
</context>
<context>
    <name>PatientCheck</name>
    <message>
        <source>Checking which patient the document is about…</source>
        <extracomment>the DocumentPatient read from the document the wrong-patient warning (&quot;&quot; when none)</extracomment>
        <translation>Comprobando de qué paciente trata el documento…</translation>
    </message>
    <message>
        <source>No patient name was found in the document; check it yourself.</source>
        <translation>No se encontró el nombre de un paciente en el documento; revíselo usted.</translation>
    </message>
    <message>
        <source>The document names {patient}, date of birth {dob}.</source>
        <translation>El documento menciona a {patient}, fecha de nacimiento {dob}.</translation>
    </message>
    <message>
        <source>The document names {patient}.</source>
        <translation>El documento menciona a {patient}.</translation>
    </message>
    <message>
        <source>The patient check could not run. {reason}</source>
        <translation>No se pudo comprobar el paciente. {reason}</translation>
    </message>
    <message>
        <source>a patient</source>
        <translation>un paciente</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>Sign in to Medsender</source>
        <translation>Iniciar sesión en Medsender</translation>
    </message>
</context>
<context>
    <name>ProfileFields</name>
    <message>
        <source>API key + client secret (Basic)</source>
        <translation>Clave de API + secreto de cliente (Basic)</translation>
    </message>
    <message>
        <source>API key only (Bearer)</source>
        <translation>Solo clave de API (Bearer)</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Secreto de cliente:</translation>
    </message>
    <message>
        <source>Enter a name for this profile (e.g. the practice&apos;s name).</source>
        <translation>Escriba un nombre para este perfil (p. ej. el nombre de la consulta).</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Escriba la clave de API.</translation>
    </message>
    <message>
        <source>Enter the client secret (or choose the &apos;API key only&apos; sign-in method).</source>
        <translation>Escriba el secreto de cliente (o elija el método de inicio de sesión &apos;Solo clave de API&apos;).</translation>
    </message>
    <message>
        <source>Enter the relay token, or leave the relay address empty.</source>
        <translation>Escriba el token del relay, o deje vacía la dirección del relay.</translation>
    </message>
    <message>
        <source>Keys are kept in this computer&apos;s secure password store, never in files.</source>
        <translation>Las claves se guardan en el almacén seguro de contraseñas de este equipo, nunca en archivos.</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Relay address:</source>
        <translation>Dirección del relay:</translation>
    </message>
    <message>
        <source>Relay token:</source>
        <translation>Token del relay:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Dirección del servidor:</translation>
    </message>
    <message>
        <source>Sign-in method:</source>
        <translation>Método de inicio de sesión:</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>The relay brings Medsender&apos;s news (a fax delivered, a fax arrived) the moment it happens. Your IT staff set it up and give you its address and token; without one the app checks Medsender regularly. The token is kept in this computer&apos;s secure password store, never in files.</source>
        <translation>El relay trae los avisos de Medsender (un fax entregado, un fax recibido) en el momento en que ocurren. Su equipo de informática lo instala y le da su dirección y su token; sin relay, la aplicación consulta a Medsender con regularidad. El token se guarda en el almacén seguro de contraseñas de este equipo, nunca en archivos.</translation>
    </message>
    <message>
        <source>e.g. Main Street Clinic</source>
        <translation>p. ej. Clínica Main Street</translation>
    </message>
    <message>
        <source>optional, e.g. https://relay.example-clinic.org</source>
        <translation>opcional, p. ej. https://relay.example-clinic.org</translation>
    </message>
    <message>
        <source>sk_live_… or sk_test_…</source>
        <translation>sk_live_… o sk_test_…</translation>
    </message>
</context>
<context>
    <name>ReceivedTab</name>
    <message>
        <source>Caller</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Caller ID</source>
        <translation>Identificador de llamada</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Fax from {source}</source>
        <translation>Fax de {source}</translation>
    </message>
    <message>
        <source>Fax this document on to another number</source>
        <translation>Enviar este documento por fax a otro número</translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation>Reenviar…</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation>Marcar como leído</translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation>Marcar como no leído</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <source>Press Enter, double-click or click Open to see this fax (it is then marked as read).</source>
        <translation>Pulse Intro, haga doble clic o haga clic en Abrir para ver este fax (quedará marcado como leído).</translation>
    </message>
    <message>
        <source>Print this fax</source>
        <translation>Imprimir este fax</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Recibido desde</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Recibido hasta</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save fax as PDF</source>
        <translation>Guardar el fax como PDF</translation>
    </message>
    <message>
        <source>Save this fax as a PDF file</source>
        <translation>Guardar este fax como archivo PDF</translation>
    </message>
    <message>
        <source>Saved as {name}.</source>
        <translation>Guardado como {name}.</translation>
    </message>
    <message>
        <source>Search received faxes (caller, number, patient…)  Ctrl+F</source>
        <translation>Buscar faxes recibidos (remitente, número, paciente…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Secure e-mail…</source>
        <translation>Correo seguro…</translation>
    </message>
    <message>
        <source>Select a fax in the list, then press Enter or double-click to open it.</source>
        <translation>Seleccione un fax de la lista y pulse Intro o haga doble clic para abrirlo.</translation>
    </message>
    <message>
        <source>Send this fax as a secure e-mail link</source>
        <translation>Enviar este fax como enlace de correo seguro</translation>
    </message>
    <message>
        <source>Show or hide every detail of this fax under the pages</source>
        <translation>Mostrar u ocultar todos los detalles de este fax debajo de las páginas</translation>
    </message>
    <message>
        <source>Show this fax and mark it as read (Enter)</source>
        <translation>Mostrar este fax y marcarlo como leído (Intro)</translation>
    </message>
    <message>
        <source>Show this fax as new again</source>
        <translation>Volver a mostrar este fax como nuevo</translation>
    </message>
    <message>
        <source>Show this fax as read</source>
        <translation>Mostrar este fax como leído</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>The fax is on its way. Follow it in the Sent tab.</source>
        <translation>El fax está en camino. Sígalo en la pestaña Enviados.</translation>
    </message>
    <message>
        <source>This fax could not be shown.</source>
        <translation>No se pudo mostrar este fax.</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Número de destino</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>received</source>
        <extracomment>send token of the fax now shown in the viewer received faxes not opened yet EmailSource: send this fax as a secure e-mail link</extracomment>
        <translation>recibidos</translation>
    </message>
    <message>
        <source>unknown sender</source>
        <translation>remitente desconocido</translation>
    </message>
</context>
<context>
    <name>ReceivedTableModel</name>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Not opened yet</source>
        <translation>Aún sin abrir</translation>
    </message>
</context>
<context>
    <name>RecipientCompleter</name>
    <message>
        <source>No fax has been sent to {numbers} from this computer before. Check the number digit by digit before sending.</source>
        <extracomment>the Contact picked from the suggestions how many suggestions the last search found the warning for unknown numbers (&quot;&quot; when none)</extracomment>
        <translation>Nunca se ha enviado un fax a {numbers} desde este equipo. Revise el número dígito por dígito antes de enviar.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <source>Filters</source>
        <extracomment>the search hid the record asked for: clear the search rather than fail to select it</extracomment>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>{total} {noun}</source>
        <translation>{total} {noun}</translation>
    </message>
</context>
<context>
    <name>SecureEmailDialog</name>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>A PDF of fewer than 200 pages and under 20 MB</source>
        <translation>Un PDF de menos de 200 páginas y de menos de 20 MB</translation>
    </message>
    <message>
        <source>Add the document: drop a PDF here or click Choose file…</source>
        <translation>Agregue el documento: suelte un PDF aquí o haga clic en Elegir archivo…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Revisando {name}…</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose the document to send</source>
        <translation>Elija el documento que va a enviar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s e-mail address.</source>
        <translation>Escriba la dirección de correo del destinatario.</translation>
    </message>
    <message>
        <source>Enter your name: the recipient sees who sent the link.</source>
        <translation>Escriba su nombre: el destinatario ve quién le envió el enlace.</translation>
    </message>
    <message>
        <source>First page of the document</source>
        <translation>Primera página del documento</translation>
    </message>
    <message>
        <source>From (your name)</source>
        <translation>De (su nombre)</translation>
    </message>
    <message>
        <source>From (your name):</source>
        <translation>De (su nombre):</translation>
    </message>
    <message>
        <source>From 1 to 180 days</source>
        <translation>De 1 a 180 días</translation>
    </message>
    <message>
        <source>Link works for (days)</source>
        <translation>El enlace funciona durante (días)</translation>
    </message>
    <message>
        <source>Link works for:</source>
        <translation>El enlace funciona durante:</translation>
    </message>
    <message>
        <source>No document yet: drop a PDF here or choose one.</source>
        <translation>Aún no hay documento: suelte un PDF aquí o elija uno.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Only PDF files can be sent by secure e-mail. Save the document as a PDF first.</source>
        <translation>Por correo seguro solo se pueden enviar archivos PDF. Guarde primero el documento como PDF.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Recipient e-mail</source>
        <translation>Correo del destinatario</translation>
    </message>
    <message>
        <source>Recipient e-mail:</source>
        <translation>Correo del destinatario:</translation>
    </message>
    <message>
        <source>Reply-to e-mail (optional)</source>
        <translation>Correo de respuesta (opcional)</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>Responder a:</translation>
    </message>
    <message>
        <source>Send a secure e-mail link</source>
        <extracomment>send(document PDF bytes, file name, what was typed); raises MedsenderError on a refusal</extracomment>
        <translation>Enviar un enlace de correo seguro</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>Enviar enlace</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Shown to the recipient</source>
        <translation>Lo ve el destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>The document has too many pages: a secure e-mail takes fewer than 200. Split it and send it in parts.</source>
        <translation>El documento tiene demasiadas páginas: un correo seguro admite menos de 200. Divídalo y envíelo en partes.</translation>
    </message>
    <message>
        <source>The document is still being checked: a moment…</source>
        <translation>Todavía se está revisando el documento: un momento…</translation>
    </message>
    <message>
        <source>The fax was not delivered: {reason}</source>
        <translation>El fax no se entregó: {reason}</translation>
    </message>
    <message>
        <source>The file could not be read. Check it still exists, then try again.</source>
        <translation>No se pudo leer el archivo. Compruebe que aún existe y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file is too large: a secure e-mail takes files under 20 MB. Split it or scan it at a lower resolution.</source>
        <translation>El archivo es demasiado grande: un correo seguro admite archivos de menos de 20 MB. Divídalo o escanéelo con menos resolución.</translation>
    </message>
    <message>
        <source>The recipient gets an e-mail with a secure link to the document; the link works for the number of days below.</source>
        <translation>El destinatario recibe un correo con un enlace seguro al documento; el enlace funciona durante la cantidad de días indicada abajo.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: check it looks like name@example.com, or leave it empty.</source>
        <translation>Esto no es una dirección de correo: compruebe que tenga la forma nombre@ejemplo.com, o déjelo vacío.</translation>
    </message>
    <message>
        <source>This is not an e-mail address: check it looks like name@example.com.</source>
        <translation>Esto no es una dirección de correo: compruebe que tenga la forma nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>Where the recipient&apos;s replies go, e.g. frontdesk@yourclinic.org</source>
        <translation>Adónde van las respuestas del destinatario, p. ej. recepcion@suclinica.org</translation>
    </message>
    <message>
        <source>e.g. Referral for your patient</source>
        <translation>p. ej. Derivación de su paciente</translation>
    </message>
    <message>
        <source>e.g. records@northgate-cardiology.org</source>
        <translation>p. ej. records@northgate-cardiology.org</translation>
    </message>
    <message>
        <source>{name}
{pages} page(s), {size}</source>
        <translation>{name}
{pages} página(s), {size}</translation>
    </message>
</context>
<context>
    <name>SendLater</name>
    <message>
        <source>Keep the fax in the outbox and send it at the time chosen</source>
        <translation>Dejar el fax en la bandeja de salida y enviarlo a la hora elegida</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Enviar el</translation>
    </message>
    <message>
        <source>Send later</source>
        <extracomment>while ticked, the chosen time is checked again as the clock moves first offered: the next full hour at least this far ahead no payload: ticked, unticked, another time, or the clock moved on</extracomment>
        <translation>Enviar más tarde</translation>
    </message>
    <message>
        <source>The fax waits in the outbox until then. Keep Medsender Desktop running: if it is closed, the fax goes when it starts again.</source>
        <translation>El fax espera en la bandeja de salida hasta entonces. Deje Medsender Desktop abierto: si se cierra, el fax sale cuando vuelva a abrirse.</translation>
    </message>
    <message>
        <source>This time has already passed. Choose a later time, or untick Send later to send the fax now.</source>
        <translation>Esa hora ya pasó. Elija una hora posterior, o desmarque Enviar más tarde para enviar el fax ahora.</translation>
    </message>
</context>
<context>
    <name>SentFollowUpPanel</name>
    <message>
        <source>Delivery timeline</source>
        <translation>Historial de entrega</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>Retry</source>
        <extracomment>the new outbox entry&apos;s id after Retry the document that was sent (PDF bytes)</extracomment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Send this fax again: same document, same fields</source>
        <translation>Enviar este fax de nuevo: el mismo documento, los mismos datos</translation>
    </message>
    <message>
        <source>Sent again: the new fax is in the outbox and appears in this list once Medsender has it.</source>
        <translation>Enviado de nuevo: el fax nuevo está en la bandeja de salida y aparece en esta lista cuando Medsender lo tenga.</translation>
    </message>
    <message>
        <source>Show sent document</source>
        <translation>Ver el documento enviado</translation>
    </message>
    <message>
        <source>The document that was sent</source>
        <translation>El documento que se envió</translation>
    </message>
</context>
<context>
    <name>SentTab</name>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Copy a fresh secure link to the record (valid for 5 minutes)</source>
        <translation>Copiar un enlace seguro nuevo al registro (válido durante 5 minutos)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Faxes</source>
        <translation>Faxes</translation>
    </message>
    <message>
        <source>From number</source>
        <translation>Número de origen</translation>
    </message>
    <message>
        <source>Link copied: paste it where it is needed within 5 minutes, then it stops working.</source>
        <translation>Enlace copiado: péguelo donde lo necesite antes de 5 minutos; después deja de funcionar.</translation>
    </message>
    <message>
        <source>Medsender did not provide a secure link for this record.</source>
        <translation>Medsender no dio un enlace seguro para este registro.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Open secure link</source>
        <translation>Abrir enlace seguro</translation>
    </message>
    <message>
        <source>Open the record online (a fresh link, valid for 5 minutes)</source>
        <translation>Abrir el registro en línea (un enlace nuevo, válido durante 5 minutos)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient DOB</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Search sent faxes and e-mails (name, number, address, status…)  Ctrl+F</source>
        <translation>Buscar faxes y correos enviados (nombre, número, dirección, estado…)  Ctrl+F</translation>
    </message>
    <message>
        <source>Secure e-mails</source>
        <translation>Correos seguros</translation>
    </message>
    <message>
        <source>Secure e-mail…</source>
        <translation>Correo seguro…</translation>
    </message>
    <message>
        <source>Select a sent fax or e-mail to see its details.</source>
        <translation>Seleccione un fax o correo enviado para ver sus detalles.</translation>
    </message>
    <message>
        <source>Send this fax&apos;s document as a secure e-mail link</source>
        <translation>Enviar el documento de este fax como enlace de correo seguro</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sent from</source>
        <translation>Enviado desde</translation>
    </message>
    <message>
        <source>Sent until</source>
        <translation>Enviado hasta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show every record, only faxes, or only secure e-mails</source>
        <translation>Mostrar todos los registros, solo faxes o solo correos seguros</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>The fax&apos;s document</source>
        <translation>El documento del fax</translation>
    </message>
    <message>
        <source>To number</source>
        <translation>Número de destino</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>sent</source>
        <extracomment>SentFax | Email now in the detail pane, or None records still queued or sending EmailSource: send a fax&apos;s document as a secure e-mail a short note for the status bar (e.g. &quot;Link copied&quot;) what the Show list offers, in its order: every record, faxes, secure e-mails</extracomment>
        <translation>enviados</translation>
    </message>
</context>
<context>
    <name>SentTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Checking the folder to watch…</source>
        <translation>Comprobando la carpeta que se vigilará…</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Choose a full folder path, e.g. C:\Users\Front desk\Scans or /home/frontdesk/Scans, or use Choose….</source>
        <translation>Elija la ruta completa de una carpeta, p. ej. C:\Users\Front desk\Scans o /home/frontdesk/Scans, o use Elegir….</translation>
    </message>
    <message>
        <source>Choose the folder to watch, or turn the watched folder off.</source>
        <translation>Elija la carpeta que se vigilará, o desactive la carpeta vigilada.</translation>
    </message>
    <message>
        <source>Choose the watched folder</source>
        <translation>Elegir la carpeta vigilada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <source>Colours change at once; a new language applies at the next start.</source>
        <translation>Los colores cambian al instante; un idioma nuevo se aplica la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Not signed in: use Add profile… to sign in to Medsender.</source>
        <translation>Sin sesión iniciada: use Agregar perfil… para iniciar sesión en Medsender.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notifications appear beside the clock, never with patient details. The status bar says the same while the window is open. The tray icon&apos;s menu can pause them for a while.</source>
        <translation>Las notificaciones aparecen junto al reloj, nunca con datos de pacientes. La barra de estado dice lo mismo mientras la ventana está abierta. El menú del icono de la bandeja puede pausarlas un tiempo.</translation>
    </message>
    <message>
        <source>Open a new fax for PDF and TIFF files saved into a folder</source>
        <translation>Abrir un fax nuevo con los archivos PDF y TIFF que se guarden en una carpeta</translation>
    </message>
    <message>
        <source>Point your practice software&apos;s &quot;Print to PDF&quot; or scanner at this folder: each PDF or TIFF saved there opens the New fax window with it, once it is completely written. Files already in the folder, and temporary files, are left alone; nothing is moved or deleted.</source>
        <translation>Configure la opción &quot;Imprimir a PDF&quot; del software de su consulta, o su escáner, para que guarde en esta carpeta: cada PDF o TIFF que se guarde allí abre la ventana Nuevo fax con él, cuando termine de escribirse. Los archivos que ya estaban en la carpeta y los temporales no se tocan; no se mueve ni se elimina nada.</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Igual que este equipo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Show a desktop notification:</source>
        <translation>Mostrar una notificación de escritorio:</translation>
    </message>
    <message>
        <source>The folder to watch</source>
        <translation>La carpeta que se vigilará</translation>
    </message>
    <message>
        <source>The folder to watch cannot be found. Choose another one.</source>
        <translation>No se encuentra la carpeta que se vigilará. Elija otra.</translation>
    </message>
    <message>
        <source>The folder to watch does not answer (a network folder may be offline). Check the connection or choose another folder.</source>
        <translation>La carpeta que se vigilará no responde (puede que una carpeta de red esté desconectada). Revise la conexión o elija otra carpeta.</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <source>When a new fax arrives</source>
        <translation>Cuando llega un fax nuevo</translation>
    </message>
    <message>
        <source>When a sent fax could not be delivered</source>
        <translation>Cuando un fax enviado no se pudo entregar</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Correct what is marked, then try again.</source>
        <translation>Corrija lo marcado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Medsender did not accept what is marked above. Correct it and try again.</source>
        <translation>Medsender no aceptó lo marcado arriba. Corríjalo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Medsender Desktop</source>
        <translation>Medsender Desktop</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Fax number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Last faxed</source>
        <translation>Último fax</translation>
    </message>
    <message>
        <source>Live update</source>
        <translation>Aviso en vivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>The date of birth is not a real calendar date.</source>
        <translation>La fecha de nacimiento no es una fecha real del calendario.</translation>
    </message>
    <message>
        <source>Type the date of birth as month/day/year, e.g. {example} (the month first).</source>
        <translation>Escriba la fecha de nacimiento como mes/día/año, p. ej. {example} (primero el mes).</translation>
    </message>
    <message>
        <source>Type the date of birth as month/day/year, e.g. {example}, or pick it from the calendar.</source>
        <translation>Escriba la fecha de nacimiento como mes/día/año, p. ej. {example}, o elíjala en el calendario.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <source>Access-code cover sheet, then the document</source>
        <extracomment>What goes down the line (the API&apos;s documentType).</extracomment>
        <translation>Carátula con código de acceso y después el documento</translation>
    </message>
    <message>
        <source>Can be viewed online</source>
        <extracomment>Whether the record can still be viewed online with the cover sheet&apos;s code (recordStatus).</extracomment>
        <translation>Se puede ver en línea</translation>
    </message>
    <message>
        <source>Can be viewed online (archived: hidden from the list)</source>
        <translation>Se puede ver en línea (archivado: oculto en la lista)</translation>
    </message>
    <message>
        <source>Can no longer be viewed online</source>
        <translation>Ya no se puede ver en línea</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Live update</source>
        <translation>Aviso en vivo</translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation>No entregado</translation>
    </message>
    <message>
        <source>Online access</source>
        <translation>Acceso en línea</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>a delivered secure e-mail whose link the recipient has opened</extracomment>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Test: practice data, nothing was really faxed</source>
        <translation>Prueba: datos de práctica, no se envió ningún fax de verdad</translation>
    </message>
    <message>
        <source>The access-code cover sheet is a first page with a web address and a code: the recipient can use them to view the record online, securely, for 30 days.</source>
        <translation>La carátula con código de acceso es una primera página con una dirección web y un código: el destinatario puede usarlos para ver el registro en línea, de forma segura, durante 30 días.</translation>
    </message>
    <message>
        <source>The access-code cover sheet only</source>
        <translation>Solo la carátula con código de acceso</translation>
    </message>
    <message>
        <source>The document only</source>
        <translation>Solo el documento</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Waiting</source>
        <extracomment>Whether Medsender&apos;s live update about a fax reached this app&apos;s relay (&quot;callback&quot; in the API).</extracomment>
        <translation>En espera</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>Same as this computer ({language})</source>
        <extracomment>The languages with a catalog, by code, in their own words (never translated). objectName of the translators this module installs (they are children of the app).</extracomment>
        <translation>Igual que este equipo ({language})</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>A fax can go to {max_recipients} recipients at most. Send it again for the others.</source>
        <translation>Un fax puede ir a {max_recipients} destinatarios como máximo. Envíelo de nuevo para los demás.</translation>
    </message>
    <message>
        <source>Another contact already has this fax number.</source>
        <translation>Otro contacto ya tiene este número de fax.</translation>
    </message>
    <message>
        <source>Cancelled before upload.</source>
        <translation>Cancelado antes de subirlo.</translation>
    </message>
    <message>
        <source>Check the number with the recipient, then send again or use a secure email link.</source>
        <translation>Confirme el número con el destinatario y vuelva a enviarlo, o use un enlace de correo seguro.</translation>
    </message>
    <message>
        <source>Check the patient:</source>
        <translation>Revise el paciente:</translation>
    </message>
    <message>
        <source>Choose the document to send.</source>
        <translation>Elija el documento que va a enviar.</translation>
    </message>
    <message>
        <source>Choose what to change: where live updates go, or the client.</source>
        <translation>Elija qué cambiar: adónde van los avisos en vivo, o el cliente.</translation>
    </message>
    <message>
        <source>Connected to Medsender with {kind} keys: {count} fax number{_plural} on this account.</source>
        <translation>Conectado a Medsender con claves de {kind}: números de fax en esta cuenta: {count}.</translation>
    </message>
    <message>
        <source>Could not reach {host}. Check the internet connection and the server address of this profile (Edit profile…), then try again.</source>
        <translation>No se pudo conectar con {host}. Revise la conexión a internet y la dirección del servidor de este perfil (Editar perfil…) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Delivery attempt {number}: {words}.</source>
        <translation>Intento de entrega {number}: {words}.</translation>
    </message>
    <message>
        <source>Enter a name for the client.</source>
        <translation>Escriba un nombre para el cliente.</translation>
    </message>
    <message>
        <source>Enter a name or an organization for this contact.</source>
        <translation>Escriba un nombre o una organización para este contacto.</translation>
    </message>
    <message>
        <source>Enter one fax number to send to.</source>
        <translation>Escriba un número de fax de destino.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Escriba la clave de API.</translation>
    </message>
    <message>
        <source>Enter the address for live updates, e.g. https://updates.example-clinic.org/medsender.</source>
        <translation>Escriba la dirección para los avisos en vivo, p. ej. https://updates.example-clinic.org/medsender.</translation>
    </message>
    <message>
        <source>Enter the fax number to send to.</source>
        <translation>Escriba el número de fax de destino.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s name.</source>
        <translation>Escriba el nombre del remitente.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>Escriba {what}.</translation>
    </message>
    <message>
        <source>Fax Number</source>
        <translation>Número de fax</translation>
    </message>
    <message>
        <source>Found among Medsender&apos;s sent faxes: not sent again.</source>
        <translation>Encontrado entre los faxes enviados de Medsender: no se envía de nuevo.</translation>
    </message>
    <message>
        <source>Held until {datetime}.</source>
        <translation>Retenido hasta {datetime}.</translation>
    </message>
    <message>
        <source>Last Used</source>
        <translation>Último uso</translation>
    </message>
    <message>
        <source>Medsender AI could not read this document. Check that it is a readable scan or PDF.</source>
        <translation>La IA de Medsender no pudo leer este documento. Compruebe que sea un escaneo o un PDF legible.</translation>
    </message>
    <message>
        <source>Medsender AI has not answered for 10 minutes. Click Retry to send the document again.</source>
        <translation>La IA de Medsender lleva 10 minutos sin responder. Haga clic en Reintentar para enviar el documento de nuevo.</translation>
    </message>
    <message>
        <source>Medsender Desktop</source>
        <translation>Medsender Desktop</translation>
    </message>
    <message>
        <source>Medsender accepted the fax.</source>
        <translation>Medsender aceptó el fax.</translation>
    </message>
    <message>
        <source>Medsender cannot provide that record in the requested format.</source>
        <translation>Medsender no puede entregar ese registro en el formato solicitado.</translation>
    </message>
    <message>
        <source>Medsender could not complete the request.</source>
        <translation>Medsender no pudo completar la solicitud.</translation>
    </message>
    <message>
        <source>Medsender did not accept the API key or client secret. Check them in this profile (Edit profile…).</source>
        <translation>Medsender no aceptó la clave de API o el secreto de cliente. Revíselos en este perfil (Editar perfil…).</translation>
    </message>
    <message>
        <source>Medsender did not accept the API key or client secret. Copy them again from your Medsender account (test keys start with sk_test_) and check the sign-in method.</source>
        <translation>Medsender no aceptó la clave de API o el secreto de cliente. Cópielos de nuevo desde su cuenta de Medsender (las claves de prueba empiezan por sk_test_) y revise el método de inicio de sesión.</translation>
    </message>
    <message>
        <source>Medsender did not provide a link to this fax&apos;s document.</source>
        <translation>Medsender no dio un enlace al documento de este fax.</translation>
    </message>
    <message>
        <source>Medsender does not allow this action on that record.</source>
        <translation>Medsender no permite esta acción en ese registro.</translation>
    </message>
    <message>
        <source>Medsender faxes only to US and Canadian numbers. {label} has another country code; enter a number with a US or Canadian area code.</source>
        <translation>Medsender solo envía faxes a números de EE. UU. y Canadá. {label} tiene otro código de país; escriba un número con un código de área de EE. UU. o Canadá.</translation>
    </message>
    <message>
        <source>Medsender had a problem on its side. Please try again in a few minutes.</source>
        <translation>Medsender tuvo un problema de su lado. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Medsender is receiving too many requests. Please wait a moment and try again.</source>
        <translation>Medsender está recibiendo demasiadas solicitudes. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Medsender is temporarily offline for maintenance. Please try again in a few minutes.</source>
        <translation>Medsender está fuera de servicio por mantenimiento. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>Medsender reports: {status}.</source>
        <translation>Medsender informa: {status}.</translation>
    </message>
    <message>
        <source>Medsender sent an answer this app could not read. Please try again; if it keeps happening, contact support.</source>
        <translation>Medsender envió una respuesta que esta aplicación no pudo leer. Vuelva a intentarlo; si sigue pasando, contacte con soporte.</translation>
    </message>
    <message>
        <source>Medsender tried {attempts} times.</source>
        <translation>Medsender lo intentó {attempts} veces.</translation>
    </message>
    <message>
        <source>Medsender&apos;s answer did not include a record id. Check the Sent tab.</source>
        <translation>La respuesta de Medsender no incluía el identificador del registro. Revise la pestaña Enviados.</translation>
    </message>
    <message>
        <source>No longer held: it goes out at once.</source>
        <translation>Ya no está retenido: sale ahora mismo.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so Medsender Desktop cannot keep faxes waiting to be sent in encrypted form. On Windows and macOS the system keychain is used; on Linux, install and unlock GNOME Keyring or KWallet, then sign in again.</source>
        <translation>Este equipo no tiene un almacén seguro de contraseñas, así que Medsender Desktop no puede guardar cifrados los faxes pendientes de envío. En Windows y macOS se usa el llavero del sistema; en Linux, instale y desbloquee GNOME Keyring o KWallet y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so Medsender Desktop cannot keep your API key. On Windows and macOS the system keychain is used; on Linux, install and unlock GNOME Keyring or KWallet, then sign in again.</source>
        <translation>Este equipo no tiene un almacén seguro de contraseñas, así que Medsender Desktop no puede guardar su clave de API. En Windows y macOS se usa el llavero del sistema; en Linux, instale y desbloquee GNOME Keyring o KWallet y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Not found among Medsender&apos;s sent faxes: sending it again.</source>
        <translation>No está entre los faxes enviados de Medsender: se envía de nuevo.</translation>
    </message>
    <message>
        <source>Only a fax that failed can be sent again with Retry.</source>
        <translation>Solo un fax que falló se puede volver a enviar con Reintentar.</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre del paciente</translation>
    </message>
    <message>
        <source>Retry of a fax that failed.</source>
        <translation>Reintento de un fax que falló.</translation>
    </message>
    <message>
        <source>Sending a patient&apos;s records under another patient&apos;s name is a privacy breach.</source>
        <translation>Enviar los registros de un paciente con el nombre de otro es una violación de la privacidad.</translation>
    </message>
    <message>
        <source>Sent again with Retry.</source>
        <translation>Enviado de nuevo con Reintentar.</translation>
    </message>
    <message>
        <source>Sign in: this profile has no API key saved on this computer yet.</source>
        <translation>Inicie sesión: este perfil aún no tiene una clave de API guardada en este equipo.</translation>
    </message>
    <message>
        <source>Some of the information entered is not valid. Please check it and try again.</source>
        <translation>Algunos datos escritos no son válidos. Revíselos y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>TIFF magic {magic}</source>
        <translation>Firma TIFF {magic}</translation>
    </message>
    <message>
        <source>That address for live updates is not valid.</source>
        <translation>Esa dirección para los avisos en vivo no es válida.</translation>
    </message>
    <message>
        <source>That record could not be found. It may have been removed.</source>
        <translation>No se encontró ese registro. Puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>That record has been revoked or removed and can no longer be opened.</source>
        <translation>Ese registro se revocó o eliminó y ya no se puede abrir.</translation>
    </message>
    <message>
        <source>The answer was lost; checking whether Medsender has the fax before sending it again.</source>
        <translation>Se perdió la respuesta; comprobando si Medsender tiene el fax antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>The app stopped during the upload.</source>
        <translation>La aplicación se cerró durante la subida.</translation>
    </message>
    <message>
        <source>The app was closed before this document was uploaded. Click Retry to send it.</source>
        <translation>La aplicación se cerró antes de subir este documento. Haga clic en Reintentar para enviarlo.</translation>
    </message>
    <message>
        <source>The area code is 3 digits and does not start with 0 or 1, e.g. 415.</source>
        <translation>El código de área tiene 3 dígitos y no empieza por 0 ni 1, p. ej. 415.</translation>
    </message>
    <message>
        <source>The client name is too long (200 characters at most).</source>
        <translation>El nombre del cliente es demasiado largo (200 caracteres como máximo).</translation>
    </message>
    <message>
        <source>The connection was lost while sending. The fax may or may not have been sent; check the Sent tab before sending it again.</source>
        <translation>Se perdió la conexión durante el envío. Puede que el fax se haya enviado o no; revise la pestaña Enviados antes de enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>The copy of this fax&apos;s document kept on this computer cannot be read: it is damaged, or was kept with a key this computer no longer has. Send it again from the original file.</source>
        <translation>No se puede leer la copia del documento de este fax guardada en este equipo: está dañada, o se guardó con una clave que este equipo ya no tiene. Envíelo de nuevo desde el archivo original.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>The date of birth</source>
        <translation>La fecha de nacimiento</translation>
    </message>
    <message>
        <source>The document is no longer on the relay (it may have expired). Open it from the Received tab instead.</source>
        <translation>El documento ya no está en el relay (puede haber vencido). Ábralo desde la pestaña Recibidos.</translation>
    </message>
    <message>
        <source>The document is no longer on this computer; choose the file again.</source>
        <translation>El documento ya no está en este equipo; elija el archivo de nuevo.</translation>
    </message>
    <message>
        <source>The document of this fax is no longer in the outbox folder. Send it again from the original file.</source>
        <translation>El documento de este fax ya no está en la carpeta de la bandeja de salida. Envíelo de nuevo desde el archivo original.</translation>
    </message>
    <message>
        <source>The document type must be document_only, access_code_sheet_only or both.</source>
        <translation>El tipo de documento debe ser document_only, access_code_sheet_only o both.</translation>
    </message>
    <message>
        <source>The e-mail could not be delivered.</source>
        <translation>No se pudo entregar el correo.</translation>
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation>Falta la dirección de correo.</translation>
    </message>
    <message>
        <source>The email address is not valid. Check it looks like name@example.com.</source>
        <translation>La dirección de correo no es válida. Compruebe que tenga la forma nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>The fax could not be delivered.</source>
        <translation>No se pudo entregar el fax.</translation>
    </message>
    <message>
        <source>The fax could not be delivered. Check the number, then send it again.</source>
        <translation>No se pudo entregar el fax. Revise el número y envíelo de nuevo.</translation>
    </message>
    <message>
        <source>The fax could not be sent.</source>
        <translation>No se pudo enviar el fax.</translation>
    </message>
    <message>
        <source>The fax did not arrive completely.</source>
        <translation>El fax no llegó completo.</translation>
    </message>
    <message>
        <source>The fax is still in the outbox; it goes out at the next start.</source>
        <translation>El fax sigue en la bandeja de salida; se enviará la próxima vez que abra la aplicación.</translation>
    </message>
    <message>
        <source>The fax number</source>
        <translation>El número de fax</translation>
    </message>
    <message>
        <source>The fax number does not exist</source>
        <translation>El número de fax no existe</translation>
    </message>
    <message>
        <source>The fax was cancelled before it was sent.</source>
        <translation>El fax se canceló antes de enviarse.</translation>
    </message>
    <message>
        <source>The file could not be opened. Check that it still exists and that you are allowed to read it, then add it again.</source>
        <translation>No se pudo abrir el archivo. Compruebe que aún existe y que tiene permiso para leerlo, y vuelva a agregarlo.</translation>
    </message>
    <message>
        <source>The link must expire after {EXPIRE_AFTER_MIN} to {EXPIRE_AFTER_MAX} days.</source>
        <translation>El enlace debe vencer después de {EXPIRE_AFTER_MIN} a {EXPIRE_AFTER_MAX} días.</translation>
    </message>
    <message>
        <source>The local sandbox could not start on this computer. Close other copies of Medsender Desktop and try again; the log file has the details.</source>
        <translation>El entorno de prueba local no pudo iniciarse en este equipo. Cierre otras copias de Medsender Desktop y vuelva a intentarlo; el archivo de registro tiene los detalles.</translation>
    </message>
    <message>
        <source>The number answered, but it is not a fax machine</source>
        <translation>El número contestó, pero no es una máquina de fax</translation>
    </message>
    <message>
        <source>The order must be asc or dsc.</source>
        <translation>El orden debe ser asc o dsc.</translation>
    </message>
    <message>
        <source>The page must be a whole number of 1 or more.</source>
        <translation>La página debe ser un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>The page size must be a whole number from {PAGE_SIZE_MIN} to {PAGE_SIZE_MAX}.</source>
        <translation>El tamaño de página debe ser un número entero de {PAGE_SIZE_MIN} a {PAGE_SIZE_MAX}.</translation>
    </message>
    <message>
        <source>The phone number</source>
        <translation>El número de teléfono</translation>
    </message>
    <message>
        <source>The recipient&apos;s fax line was busy</source>
        <translation>La línea de fax del destinatario estaba ocupada</translation>
    </message>
    <message>
        <source>The recipient&apos;s fax machine did not answer</source>
        <translation>La máquina de fax del destinatario no contestó</translation>
    </message>
    <message>
        <source>The recipient&apos;s fax number</source>
        <translation>El número de fax del destinatario</translation>
    </message>
    <message>
        <source>The record id is missing.</source>
        <translation>Falta el identificador del registro.</translation>
    </message>
    <message>
        <source>The relay answered with an error (HTTP {status_code}).</source>
        <translation>El relay respondió con un error (HTTP {status_code}).</translation>
    </message>
    <message>
        <source>The relay could not be reached to fetch the document.</source>
        <translation>No se pudo conectar con el relay para traer el documento.</translation>
    </message>
    <message>
        <source>The relay could not be reached, or it refused the relay token. Check the relay address and token (faxes still update, just less quickly).</source>
        <translation>No se pudo conectar con el relay, o rechazó su token. Revise la dirección y el token del relay (los faxes se siguen actualizando, solo que más despacio).</translation>
    </message>
    <message>
        <source>The relay could not provide the document (HTTP {status_code}).</source>
        <translation>El relay no pudo entregar el documento (HTTP {status_code}).</translation>
    </message>
    <message>
        <source>The relay did not accept this desktop&apos;s relay token. Check it in this profile (Edit profile…).</source>
        <translation>El relay no aceptó el token de este equipo. Revíselo en este perfil (Editar perfil…).</translation>
    </message>
    <message>
        <source>The relay is reachable and accepts this desktop&apos;s token.</source>
        <translation>El relay responde y acepta el token de este equipo.</translation>
    </message>
    <message>
        <source>The relay sent a message this desktop cannot read.</source>
        <translation>El relay envió un mensaje que este equipo no puede leer.</translation>
    </message>
    <message>
        <source>The relay sent an answer this desktop cannot read.</source>
        <translation>El relay envió una respuesta que este equipo no puede leer.</translation>
    </message>
    <message>
        <source>The relay sent an event this desktop cannot read.</source>
        <translation>El relay envió un evento que este equipo no puede leer.</translation>
    </message>
    <message>
        <source>The secure connection to {host} could not be verified (certificate problem). Check the computer&apos;s date and time; if your clinic uses a web filter, ask IT to trust it on this computer.</source>
        <translation>No se pudo verificar la conexión segura con {host} (problema de certificado). Revise la fecha y hora del equipo; si su clínica usa un filtro web, pida a informática que lo autorice en este equipo.</translation>
    </message>
    <message>
        <source>The sender&apos;s fax number</source>
        <translation>El número de fax del remitente</translation>
    </message>
    <message>
        <source>The server answered, but not as the Medsender API. Check the server address: it normally ends with /api/v2.</source>
        <translation>El servidor contestó, pero no como la API de Medsender. Revise la dirección del servidor: normalmente termina en /api/v2.</translation>
    </message>
    <message>
        <source>The system password store could not be read. Unlock it and try again.</source>
        <translation>No se pudo leer el almacén de contraseñas del sistema. Desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The system password store refused to save the keys. Unlock it (or allow Medsender Desktop to use it) and try again.</source>
        <translation>El almacén de contraseñas del sistema no permitió guardar las claves. Desbloquéelo (o permita que Medsender Desktop lo use) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {allowed}.</source>
        <translation>El valor de {field} debe ser uno de: {allowed}.</translation>
    </message>
    <message>
        <source>The {what} cannot be read (check the port number after the colon and any brackets). Enter it like https://example.org/path.</source>
        <translation>No se puede leer el campo {what} (revise el número de puerto después de los dos puntos y los corchetes). Escríbalo como https://example.org/ruta.</translation>
    </message>
    <message>
        <source>The {what} is too long ({limit} characters at most).</source>
        <translation>El campo {what} es demasiado largo ({limit} caracteres como máximo).</translation>
    </message>
    <message>
        <source>The {what} must not contain a user name or password (the part before @). Remove it and enter only the address.</source>
        <translation>El campo {what} no debe contener un usuario ni una contraseña (la parte antes de @). Quítelos y escriba solo la dirección.</translation>
    </message>
    <message>
        <source>The {what} must start with https:// (http:// is only allowed for a test server on this computer).</source>
        <translation>El campo {what} debe empezar por https:// (http:// solo se permite para un servidor de prueba en este equipo).</translation>
    </message>
    <message>
        <source>The {what} must start with https:// (or http:// for a local test server).</source>
        <translation>El campo {what} debe empezar por https:// (o http:// para un servidor de prueba local).</translation>
    </message>
    <message>
        <source>These keys are valid but may not use the API. Contact Medsender support.</source>
        <translation>Estas claves son válidas, pero no pueden usar la API. Contacte con el soporte de Medsender.</translation>
    </message>
    <message>
        <source>This PDF cannot be read here (it may use encryption or compression this app does not support). Open it in a PDF viewer, print or save it to a new PDF, and try again.</source>
        <translation>Este PDF no se puede leer aquí (puede usar un cifrado o una compresión que esta aplicación no admite). Ábralo en un visor de PDF, imprímalo o guárdelo como un PDF nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be read. Open it in a PDF viewer, print or save it to a new PDF, and try again.</source>
        <translation>Este PDF está dañado y no se puede leer. Ábralo en un visor de PDF, imprímalo o guárdelo como un PDF nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This PDF is password-protected. Remove the password (print it to a new PDF) and try again.</source>
        <translation>Este PDF está protegido con contraseña. Quite la contraseña (imprímalo en un PDF nuevo) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This account does not have access to that record.</source>
        <translation>Esta cuenta no tiene acceso a ese registro.</translation>
    </message>
    <message>
        <source>This document has {pages} pages; at most {max_pages} pages can be sent at once. Split it into smaller documents and send them separately.</source>
        <translation>Este documento tiene {pages} páginas; se pueden enviar como máximo {max_pages} páginas a la vez. Divídalo en documentos más pequeños y envíelos por separado.</translation>
    </message>
    <message>
        <source>This document is too large to open safely: it expands to far more data than its file size. Print or save it to a new PDF and try again.</source>
        <translation>Este documento es demasiado grande para abrirlo con seguridad: se expande a muchos más datos que el tamaño de su archivo. Imprímalo o guárdelo como un PDF nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This document is too large to open: reading it takes too long. Print or save it to a new PDF (or scan it again at a lower resolution) and try again.</source>
        <translation>Este documento es demasiado grande para abrirlo: leerlo tarda demasiado. Imprímalo o guárdelo como un PDF nuevo (o escanéelo de nuevo con menos resolución) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This fax can no longer be cancelled: it is already being sent or has been sent.</source>
        <translation>Este fax ya no se puede cancelar: se está enviando o ya se envió.</translation>
    </message>
    <message>
        <source>This fax is no longer waiting: it is already being sent, has been sent or was cancelled.</source>
        <translation>Este fax ya no está en espera: se está enviando, ya se envió o se canceló.</translation>
    </message>
    <message>
        <source>This fax was kept encrypted with a key this computer no longer has (the system keychain lost it, or it was a key for one session only because no secure keychain was available), so it cannot be read or sent. Send it again from the original document.</source>
        <translation>Este fax se guardó cifrado con una clave que este equipo ya no tiene (el llavero del sistema la perdió, o era una clave de una sola sesión porque no había un llavero seguro), así que no se puede leer ni enviar. Envíelo de nuevo desde el documento original.</translation>
    </message>
    <message>
        <source>This fax was not sent from this computer, so it cannot be sent again from here. Start a new fax with the document.</source>
        <translation>Este fax no se envió desde este equipo, así que no se puede reenviar desde aquí. Empiece un fax nuevo con el documento.</translation>
    </message>
    <message>
        <source>This fax was not sent from this computer, so its document is not kept here. Open it with Open secure link.</source>
        <translation>Este fax no se envió desde este equipo, así que su documento no se guarda aquí. Ábralo con Abrir enlace seguro.</translation>
    </message>
    <message>
        <source>This file could not be read. Check that it still exists and try again.</source>
        <translation>No se pudo leer este archivo. Compruebe que aún existe y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file has more than 50,000 rows; split it and import each part.</source>
        <translation>Este archivo tiene más de 50.000 filas; divídalo e importe cada parte.</translation>
    </message>
    <message>
        <source>This file has no fax number column. Export the contacts with a column named Fax or Fax Number and try again.</source>
        <translation>Este archivo no tiene una columna de número de fax. Exporte los contactos con una columna llamada Fax o Fax Number y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file has no name or organization column. Export the contacts with a Name or Organization column and try again.</source>
        <translation>Este archivo no tiene una columna de nombre ni de organización. Exporte los contactos con una columna Name u Organization y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This file is a {label} {_plural}.</source>
        <translation>Este archivo es de tipo {label}.</translation>
    </message>
    <message>
        <source>This file is empty or is not a CSV file.</source>
        <translation>Este archivo está vacío o no es un archivo CSV.</translation>
    </message>
    <message>
        <source>This file is empty. Save or scan the document again and add the new file.</source>
        <translation>Este archivo está vacío. Guarde o escanee el documento de nuevo y agregue el archivo nuevo.</translation>
    </message>
    <message>
        <source>This file is larger than 5 MB; split it and import each part.</source>
        <translation>Este archivo ocupa más de 5 MB; divídalo e importe cada parte.</translation>
    </message>
    <message>
        <source>This file is not a PDF, TIFF, PNG or JPEG document.</source>
        <translation>Este archivo no es un documento PDF, TIFF, PNG ni JPEG.</translation>
    </message>
    <message>
        <source>This file is not a valid CSV file (a quote is not closed).</source>
        <translation>Este archivo no es un CSV válido (hay unas comillas sin cerrar).</translation>
    </message>
    <message>
        <source>This file is too big</source>
        <translation>Este archivo es demasiado grande</translation>
    </message>
    <message>
        <source>This file is {size} MB</source>
        <translation>Este archivo ocupa {size} MB</translation>
    </message>
    <message>
        <source>This image is too large to open. Scan it again at a lower resolution and try again.</source>
        <translation>Esta imagen es demasiado grande para abrirla. Escanéela de nuevo con menos resolución y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>This page cannot be shown: its page boxes are damaged. The other pages are not affected; open the file in a PDF viewer to see this one.</source>
        <translation>Esta página no se puede mostrar: sus márgenes de página están dañados. Las demás páginas no se ven afectadas; abra el archivo en un visor de PDF para ver esta.</translation>
    </message>
    <message>
        <source>This {_label}image is damaged and cannot be read. Scan or save it again and try again.</source>
        <translation>Esta imagen está dañada y no se puede leer. Escanéela o guárdela de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Times Faxed</source>
        <translation>Veces enviado</translation>
    </message>
    <message>
        <source>Upload attempt {tries}.</source>
        <translation>Intento de subida {tries}.</translation>
    </message>
    <message>
        <source>a page directory at {offset} is past the end of the file</source>
        <translation>un directorio de páginas en {offset} está más allá del final del archivo</translation>
    </message>
    <message>
        <source>refusing to store {path}{key} in the settings file</source>
        <translation>no se guarda {path}{key} en el archivo de configuración</translation>
    </message>
    <message>
        <source>the document gives the date of birth {dob}, the cover sheet {cover_dob}</source>
        <translation>el documento indica la fecha de nacimiento {dob}, la carátula {cover_dob}</translation>
    </message>
    <message>
        <source>the document is about {name}, but the cover sheet says {cover_name}</source>
        <translation>el documento trata de {name}, pero la carátula dice {cover_name}</translation>
    </message>
    <message>
        <source>the page chain loops back to offset {offset}</source>
        <translation>la cadena de páginas vuelve al desplazamiento {offset}</translation>
    </message>
    <message>
        <source>the page directory at {offset} runs past the end of the file</source>
        <translation>el directorio de páginas en {offset} sobrepasa el final del archivo</translation>
    </message>
    <message>
        <source>{actual}; files must be under {max_bytes} MB. Split it into smaller files or scan it again at a lower resolution, then try again.</source>
        <translation>{actual}; los archivos deben ocupar menos de {max_bytes} MB. Divídalo en archivos más pequeños o escanéelo de nuevo con menos resolución y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{added} contacts added, {updated} updated</source>
        <translation>Contactos agregados: {added}; actualizados: {updated}</translation>
    </message>
    <message>
        <source>{host} did not answer in time. Check the internet connection and try again.</source>
        <translation>{host} no respondió a tiempo. Revise la conexión a internet y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>{label} cannot be in the future.</source>
        <translation>{label} no puede ser una fecha futura.</translation>
    </message>
    <message>
        <source>{label} is before 1900; please check it.</source>
        <translation>{label} es anterior a 1900; revísela.</translation>
    </message>
    <message>
        <source>{label} is missing. Enter a number such as (212) 555-0100.</source>
        <translation>Falta: {label}. Escriba un número como (212) 555-0100.</translation>
    </message>
    <message>
        <source>{label} is not a phone number. Enter it with its area code, e.g. (212) 555-0100.</source>
        <translation>{label} no es un número de teléfono. Escríbalo con su código de área, p. ej. (212) 555-0100.</translation>
    </message>
    <message>
        <source>{label} is not a real calendar date.</source>
        <translation>{label} no es una fecha real del calendario.</translation>
    </message>
    <message>
        <source>{label} is not a valid number. Check the area code and the number of digits.</source>
        <translation>{label} no es un número válido. Revise el código de área y la cantidad de dígitos.</translation>
    </message>
    <message>
        <source>{label} must be written as YYYY-MM-DD, e.g. 1974-08-14.</source>
        <translation>{label} debe escribirse como AAAA-MM-DD, p. ej. 1974-08-14.</translation>
    </message>
    <message>
        <source>{message} Trying again shortly.</source>
        <translation>{message} Se volverá a intentar en breve.</translation>
    </message>
    <message>
        <source>{reason} Ask the sender to fax it again.</source>
        <translation>{reason} Pida al remitente que lo envíe de nuevo.</translation>
    </message>
    <message>
        <source>{skipped} rows skipped (rows {rows}{more}: no valid fax number)</source>
        <translation>{skipped} filas omitidas (filas {rows}{more}: sin número de fax válido)</translation>
    </message>
    <message>
        <source>{what} Only {accepted} files can be used here. Print or save it as a PDF and try again.</source>
        <translation>{what} Aquí solo se pueden usar archivos {accepted}. Imprímalo o guárdelo como PDF y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print fax</source>
        <translation>Imprimir fax</translation>
    </message>
    <message>
        <source>The printer could not be started. Check that it is switched on and connected (or, when printing to a file, that the folder can be written to), then try again.</source>
        <translation>No se pudo iniciar la impresora. Compruebe que está encendida y conectada (o, si imprime a un archivo, que se puede escribir en la carpeta) y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>record_details</name>
    <message>
        <source>Caller</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>E-mail to {to} — {status}</source>
        <translation>Correo a {to} — {status}</translation>
    </message>
    <message>
        <source>Fax from {caller} — {status}</source>
        <translation>Fax de {caller} — {status}</translation>
    </message>
    <message>
        <source>Fax to {to} — {status}</source>
        <translation>Fax a {to} — {status}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Last viewed</source>
        <translation>Última vez visto</translation>
    </message>
    <message>
        <source>Link expires</source>
        <translation>El enlace vence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Online access until</source>
        <translation>Acceso en línea hasta</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient DOB</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Patient gender</source>
        <translation>Sexo del paciente</translation>
    </message>
    <message>
        <source>Patient phone</source>
        <translation>Teléfono del paciente</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Times viewed online</source>
        <translation>Veces visto en línea</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
</context>
<context>
    <name>timeline</name>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Delivery attempt</source>
        <translation>Intento de entrega</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenido</translation>
    </message>
    <message>
        <source>Queued</source>
        <extracomment>The outbox timeline&apos;s events (services/sent_followup.py writes &quot;&lt;when&gt; &lt;Kind&gt;: &lt;detail&gt;&quot;).</extracomment>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Comprobado</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Reintentado</translation>
    </message>
    <message>
        <source>Sent now</source>
        <translation>Enviado ahora</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Ilegible</translation>
    </message>
    <message>
        <source>Upload failed</source>
        <translation>Falló la subida</translation>
    </message>
    <message>
        <source>Upload refused</source>
        <translation>Subida rechazada</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
</context>
</TS>
