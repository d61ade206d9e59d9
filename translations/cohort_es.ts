<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>cohort::ApplicationCountsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationStore</name>
    <message>
        <source>Counting applications</source>
        <translation>recuento de las solicitudes</translation>
    </message>
    <message>
        <source>Reading applications</source>
        <translation>lectura de las solicitudes</translation>
    </message>
    <message>
        <source>Counting people</source>
        <translation>recuento de las personas</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>guardado de %1</translation>
    </message>
    <message>
        <source>Saving application %1</source>
        <translation>guardado de la solicitud %1</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationsChart</name>
    <message>
        <source>Applications by role and status</source>
        <translation>Solicitudes por rol y estado</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>solicitudes</translation>
    </message>
</context>
<context>
    <name>cohort::AreaInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Figures for the selected cycle: applications, ratio, matches and the next deadline</source>
        <translation>Cifras del ciclo seleccionado: solicitudes, proporción, emparejamientos y el próximo plazo</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Mentor and mentee applications of the selected cycle</source>
        <translation>Solicitudes de mentores y mentorados del ciclo seleccionado</translation>
    </message>
    <message>
        <source>Applications arrive from online forms as spreadsheet exports. Import and browse them here, check eligibility and find duplicates. This area is coming in a later version of Cohort.</source>
        <translation>Las solicitudes llegan de los formularios en línea como exportaciones de hoja de cálculo. Aquí podrá importarlas y consultarlas, comprobar su admisibilidad y encontrar duplicados. Esta área llegará en una versión posterior de Cohort.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Scoring applications against the rubric, and the committee&apos;s decisions</source>
        <translation>Puntuación de las solicitudes según la rúbrica y decisiones del comité</translation>
    </message>
    <message>
        <source>The working group scores each application against the rubric here, and the chair sees the committee&apos;s scores side by side to decide who is accepted, waitlisted or declined. This area is coming in a later version of Cohort.</source>
        <translation>Aquí el grupo de trabajo puntúa cada solicitud según la rúbrica, y la presidencia ve las puntuaciones del comité una junto a otra para decidir quién es aceptado, queda en lista de espera o es rechazado. Esta área llegará en una versión posterior de Cohort.</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <source>Pairing mentees with mentors, and publishing the matches</source>
        <translation>Emparejar a los mentorados con mentores y publicar los emparejamientos</translation>
    </message>
    <message>
        <source>Pair each accepted mentee with a mentor by library type, interests, time zone and how they like to keep in touch, then publish the matches. This area is coming in a later version of Cohort.</source>
        <translation>Empareje a cada mentorado aceptado con un mentor según el tipo de biblioteca, los intereses, la zona horaria y la forma preferida de mantener el contacto, y después publique los emparejamientos. Esta área llegará en una versión posterior de Cohort.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>The cycle&apos;s phases, goal sheets and how often each match keeps in touch</source>
        <translation>Las fases del ciclo, las hojas de objetivos y la frecuencia de contacto de cada emparejamiento</translation>
    </message>
    <message>
        <source>Follow the cycle&apos;s phases and deadlines, the goal sheets due 30 days after matching, and which matches have gone quiet. This area is coming in a later version of Cohort.</source>
        <translation>Siga las fases y los plazos del ciclo, las hojas de objetivos que vencen 30 días después del emparejamiento y qué emparejamientos han dejado de tener contacto. Esta área llegará en una versión posterior de Cohort.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Acceptance, waitlist, match and recognition letters</source>
        <translation>Cartas de aceptación, de lista de espera, de emparejamiento y de reconocimiento</translation>
    </message>
    <message>
        <source>Write letter templates once and issue acceptance, waitlist, decline and match introduction letters to everyone at once, as PDF. This area is coming in a later version of Cohort.</source>
        <translation>Escriba una sola vez las plantillas y emita para todos a la vez, en PDF, las cartas de aceptación, de lista de espera, de rechazo y de presentación del emparejamiento. Esta área llegará en una versión posterior de Cohort.</translation>
    </message>
</context>
<context>
    <name>cohort::AreaSidebar</name>
    <message>
        <source>Areas</source>
        <translation>Áreas</translation>
    </message>
</context>
<context>
    <name>cohort::ChartStyle</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Guardar este gráfico como imagen PNG</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exportar como PDF…</translation>
    </message>
    <message>
        <source>Save this chart as a PDF document</source>
        <translation>Guardar este gráfico como documento PDF</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Exportar el gráfico como PDF</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exportar el gráfico</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”. Choose a folder you can write to.</source>
        <translation>No se pudo escribir el gráfico en «%1». Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>cohort::Cli</name>
    <message>
        <source>Try “cohort-cli --help”.</source>
        <translation>Pruebe «cohort-cli --help».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation>Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no se ha indicado ninguna orden.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]</source>
        <translation>Uso: cohort-cli &lt;orden&gt; [opciones]</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>opción desconocida «%1».</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>orden desconocida «%1».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli demo --out FILE [--applicants N] [--seed S] [--force]</source>
        <translation>Uso: cohort-cli demo --out FILE [--applicants N] [--seed S] [--force]</translation>
    </message>
    <message>
        <source>Write a realistic, deterministic demo program file.</source>
        <translation>Escribe un archivo de programa de demostración realista y determinista.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>The program file to write.</source>
        <translation>El archivo de programa que se escribirá.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Mentor and mentee applications over both cycles (default 160).</source>
        <translation>Solicitudes de mentores y mentorados en los dos ciclos (160 por omisión).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The random seed (default 2017).</source>
        <translation>La semilla aleatoria (2017 por omisión).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Sustituye FILE si ya existe.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo necesita --out FILE.</translation>
    </message>
    <message>
        <source>--applicants needs a whole number from 8 to 10000000.</source>
        <translation>--applicants necesita un número entero entre 8 y 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed necesita un número entero entre 0 y 4294967295.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«%1» es una carpeta.</translation>
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>«%1» ya existe; use --force para sustituirlo.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>Wrote %1: %2 cycles, %3 mentor and %4 mentee applications, %5 reviewers, %6 scores, %7 matches, %8 contacts (%9 s).</source>
        <translation>Escrito %1: %2 ciclos, %3 solicitudes de mentores y %4 de mentorados, %5 revisores, %6 puntuaciones, %7 emparejamientos, %8 contactos (%9 s).</translation>
    </message>
    <message>
        <source>Usage: cohort-cli info FILE [--json]</source>
        <translation>Uso: cohort-cli info FILE [--json]</translation>
    </message>
    <message>
        <source>Show the program a file holds: cycles, applications, reviewers, matches.</source>
        <translation>Muestra el programa que contiene un archivo: ciclos, solicitudes, revisores, emparejamientos.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Imprime JSON.</translation>
    </message>
    <message>
        <source>The program file.</source>
        <translation>El archivo de programa.</translation>
    </message>
    <message>
        <source>info needs a FILE.</source>
        <translation>info necesita un FILE.</translation>
    </message>
    <message>
        <source>info takes one FILE.</source>
        <translation>info admite un solo FILE.</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programa: %1</translation>
    </message>
    <message>
        <source>File: %1 (file format %2; this version writes %3)</source>
        <translation>Archivo: %1 (formato de archivo %2; esta versión escribe el %3)</translation>
    </message>
    <message>
        <source>People: %1, applications: %2, reviewers: %3, matches: %4</source>
        <translation>Personas: %1, solicitudes: %2, revisores: %3, emparejamientos: %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 applications</source>
        <translation>%1 (%2 – %3): %4 solicitudes</translation>
    </message>
    <message>
        <source>  matches: %1</source>
        <translation>  emparejamientos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Usage: cohort-cli check FILE [--json]</source>
        <translation>Uso: cohort-cli check FILE [--json]</translation>
    </message>
    <message>
        <source>Check a program file: SQLite integrity, schema version and foreign keys. Never changes the file.</source>
        <translation>Comprueba un archivo de programa: integridad de SQLite, versión del esquema y claves foráneas. Nunca modifica el archivo.</translation>
    </message>
    <message>
        <source>check needs a FILE.</source>
        <translation>check necesita un FILE.</translation>
    </message>
    <message>
        <source>check takes one FILE.</source>
        <translation>check admite un solo FILE.</translation>
    </message>
    <message>
        <source>file format %1; it will be updated to %2 when opened for writing</source>
        <translation>formato de archivo %1; se actualizará al %2 cuando se abra para escritura</translation>
    </message>
    <message>
        <source>file format %1 is newer than this version of Cohort (%2); it opens read-only</source>
        <translation>el formato de archivo %1 es más reciente que esta versión de Cohort (%2); se abre en modo de solo lectura</translation>
    </message>
    <message>
        <source>file format %1, the latest</source>
        <translation>formato de archivo %1, el más reciente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>se encontraron problemas</translation>
    </message>
    <message>
        <source>  integrity: %1</source>
        <translation>  integridad: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>  foreign keys: %1</source>
        <translation>  claves foráneas: %1</translation>
    </message>
    <message>
        <source>  schema: %1</source>
        <translation>  esquema: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged: %n problem(s), the first: %2</source>
        <translation>
            <numerusform>«%1» está dañado: %n problema: %2</numerusform>
            <numerusform>«%1» está dañado: %n problemas; el primero: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CycleStore</name>
    <message>
        <source>Reading cycles</source>
        <translation>lectura de los ciclos</translation>
    </message>
    <message>
        <source>Reading phases</source>
        <translation>lectura de las fases</translation>
    </message>
    <message>
        <source>Saving cycle %1</source>
        <translation>guardado del ciclo %1</translation>
    </message>
    <message>
        <source>Saving phase %1</source>
        <translation>guardado de la fase %1</translation>
    </message>
    <message>
        <source>Reading deadlines</source>
        <translation>lectura de los plazos</translation>
    </message>
</context>
<context>
    <name>cohort::DashboardPage</name>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Próximo plazo</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Todavía no hay ciclos</translation>
    </message>
    <message>
        <source>A cycle is one intake round of the program (spring or fall) with its dated phases. Once the program has one, its figures appear here.</source>
        <translation>Un ciclo es una convocatoria del programa (primavera u otoño) con sus fases fechadas. Cuando el programa tenga uno, sus cifras aparecerán aquí.</translation>
    </message>
    <message>
        <source>Applications by status, as numbers</source>
        <translation>Solicitudes por estado, en cifras</translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation>Solicitudes por estado</translation>
    </message>
    <message>
        <source>Matches by status</source>
        <translation>Emparejamientos por estado</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptada</numerusform>
            <numerusform>%n aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No mentor applications yet</source>
        <translation>Todavía no hay solicitudes de mentores</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>%n publicado</numerusform>
            <numerusform>%n publicados</numerusform>
        </translation>
    </message>
    <message>
        <source>None ahead</source>
        <translation>Ninguno pendiente</translation>
    </message>
    <message>
        <source>Every phase of this cycle has ended.</source>
        <translation>Todas las fases de este ciclo han terminado.</translation>
    </message>
    <message>
        <source>%1 — today</source>
        <translation>%1 — hoy</translation>
    </message>
    <message>
        <source>%1 — tomorrow</source>
        <translation>%1 — mañana</translation>
    </message>
    <message numerus="yes">
        <source>%1 — in %n days</source>
        <translation>
            <numerusform>%1 — en %n día</numerusform>
            <numerusform>%1 — en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentee : mentor ratio</source>
        <translation>Proporción mentorados : mentores</translation>
    </message>
    <message>
        <source>Mentee applications per mentor</source>
        <translation>Solicitudes de aprendices por mentor</translation>
    </message>
</context>
<context>
    <name>cohort::Database</name>
    <message>
        <source>it is a PNG image</source>
        <translation>es una imagen PNG</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>es un documento PDF</translation>
    </message>
    <message>
        <source>it is a ZIP archive or an office document</source>
        <translation>es un archivo ZIP o un documento de ofimática</translation>
    </message>
    <message>
        <source>it is a JPEG image</source>
        <translation>es una imagen JPEG</translation>
    </message>
    <message>
        <source>it looks like a CSV or text file (use File › Import Applications for CSV)</source>
        <translation>parece un archivo CSV o de texto (para un CSV, use Archivo › Importar solicitudes)</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>parece un archivo de texto</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>no es una base de datos SQLite</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Cohort program file.</source>
        <translation>«%1» es una carpeta, no un archivo de programa de Cohort.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes); it is not a Cohort program file.</source>
        <translation>«%1» está vacío (0 bytes); no es un archivo de programa de Cohort.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Cohort program file: %2.</source>
        <translation>«%1» no es un archivo de programa de Cohort: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 bytes).</source>
        <translation>«%1» está dañado: el archivo está truncado (%2 bytes).</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not a Cohort program file.</source>
        <translation>«%1» es una base de datos SQLite de otra aplicación, no un archivo de programa de Cohort.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is invalid.</source>
        <translation>«%1» está dañado: su cabecera no es válida.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>«%1» está dañado: el archivo está truncado (%2 de %3 bytes).</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«%1» ya existe.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>No se puede crear «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of “%1”.</source>
        <translation>No se pueden restringir los permisos de «%1».</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«%1» está dañado: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Cohort program file: %2</source>
        <translation>«%1» no es un archivo de programa de Cohort: %2</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Cohort (file format %2; this version knows up to %3). It is open read-only; install the newer Cohort to change it.</source>
        <translation>«%1» se guardó con una versión más reciente de Cohort (formato de archivo %2; esta versión conoce hasta el %3). Está abierto en modo de solo lectura; instale la versión más reciente de Cohort para modificarlo.</translation>
    </message>
    <message>
        <source>You do not have permission to change “%1”. It is open read-only.</source>
        <translation>No tiene permiso para modificar «%1». Está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before updating its format: %2</source>
        <translation>No se puede hacer una copia de seguridad de «%1» antes de actualizar su formato: %2</translation>
    </message>
    <message>
        <source>Cannot update the format of “%1”; the file is unchanged. %2</source>
        <translation>No se puede actualizar el formato de «%1»; el archivo no ha cambiado. %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>El controlador de PostgreSQL (QPSQL) no está instalado.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2: %3</source>
        <translation>No se puede conectar a PostgreSQL en %1:%2: %3</translation>
    </message>
    <message>
        <source>it has no Cohort schema version</source>
        <translation>no tiene versión de esquema de Cohort</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Falta la migración %1.</translation>
    </message>
    <message>
        <source>Migration %1 (%2)</source>
        <translation>migración %1 (%2)</translation>
    </message>
    <message>
        <source>Recording migration %1</source>
        <translation>registro de la migración %1</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>El programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Save a Copy works on program files; use pg_dump for a PostgreSQL program.</source>
        <translation>Guardar una copia funciona con archivos de programa; para un programa en PostgreSQL, use pg_dump.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open program file itself.</source>
        <translation>Una copia no puede sustituir al propio archivo de programa abierto.</translation>
    </message>
    <message>
        <source>Writing a copy to “%1”</source>
        <translation>escritura de una copia en «%1»</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>comprobación de integridad</translation>
    </message>
    <message>
        <source>Foreign key check</source>
        <translation>comprobación de claves foráneas</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>La fila %2 de %1 hace referencia a una fila de %3 que no existe</translation>
    </message>
</context>
<context>
    <name>cohort::DemoBuilder</name>
    <message>
        <source>The demo program was cancelled.</source>
        <translation>Se canceló la creación del programa de demostración.</translation>
    </message>
    <message>
        <source>Mentors must be ALSC members; no current membership found.</source>
        <translation>Los mentores deben ser miembros de la ALSC; no consta una afiliación vigente.</translation>
    </message>
    <message>
        <source>No connection to children&apos;s library service given.</source>
        <translation>No indica ninguna relación con el servicio bibliotecario infantil.</translation>
    </message>
    <message>
        <source>Under 18 without a parent&apos;s or guardian&apos;s permission.</source>
        <translation>Menor de 18 años sin permiso de su madre, padre o tutor.</translation>
    </message>
    <message>
        <source>Withdrew in March: started a new job and has less time this year.</source>
        <translation>Se retiró en marzo: empezó un trabajo nuevo y este año tiene menos tiempo.</translation>
    </message>
    <message>
        <source>More mentors than mentees we could match this cycle; carried over to Fall 2017.</source>
        <translation>Más mentores que mentorados a los que emparejar en este ciclo; pasa al otoño de 2017.</translation>
    </message>
    <message>
        <source>Limited experience in children&apos;s library service so far.</source>
        <translation>Experiencia todavía limitada en el servicio bibliotecario infantil.</translation>
    </message>
    <message>
        <source>Strong application; no compatible mentor this cycle.</source>
        <translation>Solicitud sólida; no hay ningún mentor compatible en este ciclo.</translation>
    </message>
    <message>
        <source>More applications than mentor places; not every applicant can be matched.</source>
        <translation>Más solicitudes que plazas de mentor; no se puede emparejar a todos los solicitantes.</translation>
    </message>
    <message>
        <source>I am most at home with %1, and I would enjoy helping someone new find their footing there.</source>
        <translation>Donde más cómodo me siento es en %1, y me gustaría ayudar a alguien nuevo a encontrar su sitio allí.</translation>
    </message>
    <message>
        <source>I can offer %1, and %2.</source>
        <translation>Puedo ofrecer %1 y %2.</translation>
    </message>
    <message>
        <source> (former supervisor)</source>
        <translation> (exsupervisor)</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Por %1.</translation>
    </message>
</context>
<context>
    <name>cohort::DemoGenerator</name>
    <message>
        <source>A demo program needs at least 8 applicants.</source>
        <translation>Un programa de demostración necesita al menos 8 solicitantes.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«%1» ya existe.</translation>
    </message>
</context>
<context>
    <name>cohort::DemoInstaller</name>
    <message>
        <source>The demo program is not part of this build of Cohort.</source>
        <translation>El programa de demostración no forma parte de esta compilación de Cohort.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the demo program.</source>
        <translation>No se puede crear la carpeta «%1» para el programa de demostración.</translation>
    </message>
    <message>
        <source>Cannot copy the demo program to “%1”.</source>
        <translation>No se puede copiar el programa de demostración en «%1».</translation>
    </message>
    <message>
        <source>Cannot write the demo program to “%1”.</source>
        <translation>No se puede escribir el programa de demostración en «%1».</translation>
    </message>
</context>
<context>
    <name>cohort::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Stop this job; nothing it has written so far is kept</source>
        <translation>Detener esta tarea; no se conserva nada de lo que haya escrito hasta ahora</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>cohort::MainWindow</name>
    <message>
        <source>Cohort programs (*.cohort)</source>
        <translation>Programas de Cohort (*.cohort)</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <source>New Program…</source>
        <translation>Nuevo programa…</translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation>Crear un archivo de programa nuevo y vacío</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation>Abrir un archivo de programa</translation>
    </message>
    <message>
        <source>Open &amp;Demo Program</source>
        <translation>Abrir el programa de &amp;demostración</translation>
    </message>
    <message>
        <source>Open Demo Program</source>
        <translation>Abrir el programa de demostración</translation>
    </message>
    <message>
        <source>Open your copy of the demo program, made-up data to try Cohort with</source>
        <translation>Abrir su copia del programa de demostración, con datos inventados para probar Cohort</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>Write a copy of the program file, for an archive or for next year&apos;s chair</source>
        <translation>Escribir una copia del archivo de programa, para archivarla o para la presidencia del año próximo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Close the program file (every change is already saved)</source>
        <translation>Cerrar el archivo de programa (todos los cambios ya están guardados)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit Cohort (every change is already saved)</source>
        <translation>Salir de Cohort (todos los cambios ya están guardados)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change that was undone last</source>
        <translation>Rehacer el último cambio deshecho</translation>
    </message>
    <message>
        <source>Re&amp;name Program…</source>
        <translation>Cambiar el &amp;nombre del programa…</translation>
    </message>
    <message>
        <source>Change the program&apos;s name (it appears in the title and in letters)</source>
        <translation>Cambiar el nombre del programa (aparece en el título y en las cartas)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search field, which filters the current area</source>
        <translation>Ir al campo de búsqueda, que filtra el área actual</translation>
    </message>
    <message>
        <source>&amp;About Cohort</source>
        <translation>&amp;Acerca de Cohort</translation>
    </message>
    <message>
        <source>Version and licence of Cohort</source>
        <translation>Versión y licencia de Cohort</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Versión y licencia de la biblioteca Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;iclo:</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>The cycle every area shows</source>
        <translation>El ciclo que muestran todas las áreas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Buscar (%1)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Every change is written to the program file at once; there is nothing to save.</source>
        <translation>Cada cambio se escribe en el archivo de programa en el acto; no hay nada que guardar.</translation>
    </message>
    <message>
        <source>Open Program</source>
        <translation>Abrir programa</translation>
    </message>
    <message>
        <source>“%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>«%1» no existe. Puede que se haya movido, cambiado de nombre o eliminado.</translation>
    </message>
    <message>
        <source>Cohort cannot open “%1”.

%2</source>
        <translation>Cohort no puede abrir «%1».

%2</translation>
    </message>
    <message>
        <source>New Program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name: Cohort never overwrites a program file.</source>
        <translation>«%1» ya existe. Elija otro nombre: Cohort nunca sobrescribe un archivo de programa.</translation>
    </message>
    <message>
        <source>Cohort cannot create “%1”.

%2</source>
        <translation>Cohort no puede crear «%1».

%2</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Abierto en modo de solo lectura: %1</translation>
    </message>
    <message>
        <source>This program file was updated for this version of Cohort; the original was kept as “%1”.</source>
        <translation>Este archivo de programa se actualizó para esta versión de Cohort; el original se conservó como «%1».</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>Se abrió «%1».</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Todavía no hay ciclos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>%1 — %2[*] (read-only) — Cohort</source>
        <translation>%1 — %2[*] (solo lectura) — Cohort</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Cohort</source>
        <translation>%1 — %2[*] — Cohort</translation>
    </message>
    <message>
        <source>Open a program to search it</source>
        <translation>Abra un programa para buscar en él</translation>
    </message>
    <message>
        <source>The Dashboard has nothing to search</source>
        <translation>En el panel no hay nada que buscar</translation>
    </message>
    <message>
        <source>Search comes with the %1 area in a later version</source>
        <translation>La búsqueda llegará con el área %1 en una versión posterior</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (no encontrado)</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>No Recent Programs</source>
        <translation>No hay programas recientes</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>Quitar los archivos que &amp;faltan</translation>
    </message>
    <message>
        <source>Take files that no longer exist off this list</source>
        <translation>Quitar de esta lista los archivos que ya no existen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Programs</source>
        <translation>&amp;Vaciar la lista de programas recientes</translation>
    </message>
    <message>
        <source>Empty this list (the files stay where they are)</source>
        <translation>Vaciar esta lista (los archivos se quedan donde están)</translation>
    </message>
    <message>
        <source>Rename Program</source>
        <translation>Cambiar el nombre del programa</translation>
    </message>
    <message>
        <source>A program needs a name. Type one, or cancel.</source>
        <translation>Un programa necesita un nombre. Escriba uno o cancele.</translation>
    </message>
    <message>
        <source>Change Not Applied</source>
        <translation>Cambio no aplicado</translation>
    </message>
    <message>
        <source>Saving a copy to “%1”…</source>
        <translation>Guardando una copia en «%1»…</translation>
    </message>
    <message>
        <source>Save a Copy cancelled; no copy was kept.</source>
        <translation>Se canceló Guardar una copia; no se conservó ninguna copia.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Cohort could not write “%1”.

%2</source>
        <translation>Cohort no pudo escribir «%1».

%2</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Se guardó una copia como «%1».</translation>
    </message>
    <message>
        <source>Only Cohort program files (.cohort) can be dropped here.</source>
        <translation>Aquí solo se pueden soltar archivos de programa de Cohort (.cohort).</translation>
    </message>
    <message>
        <source>Drop to open “%1”.</source>
        <translation>Suelte para abrir «%1».</translation>
    </message>
    <message>
        <source>Mentoring Program.cohort</source>
        <translation>Programa de mentoría.cohort</translation>
    </message>
    <message>
        <source>%1 copy.cohort</source>
        <translation>%1 copia.cohort</translation>
    </message>
    <message>
        <source>Program name:</source>
        <translation>Nombre del programa:</translation>
    </message>
    <message>
        <source>About Cohort</source>
        <translation>Acerca de Cohort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cohort %1&lt;/h3&gt;&lt;p&gt;Runs a mentoring program for children&apos;s librarians: applications, review, matching, the program year and its letters, in one program file the committee owns.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cohort %1&lt;/h3&gt;&lt;p&gt;Gestiona un programa de mentoría para bibliotecarios infantiles: solicitudes, revisión, emparejamiento, el año del programa y sus cartas, en un único archivo de programa que pertenece al comité.&lt;/p&gt;&lt;p&gt;Compilado con Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;heck Program File</source>
        <translation>C&amp;omprobar archivo del programa</translation>
    </message>
    <message>
        <source>Read the whole program file and report damage or broken references</source>
        <translation>Lee todo el archivo del programa e informa de daños o referencias rotas</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>Comprobando «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort found problems in “%1”:

%2</source>
        <translation>Cohort encontró problemas en «%1»:

%2</translation>
    </message>
    <message>
        <source>“%1” checked: no problems found.</source>
        <translation>«%1» comprobado: no se encontraron problemas.</translation>
    </message>
    <message>
        <source>“%1” checked in the background: no problems found.</source>
        <translation>«%1» comprobado en segundo plano: no se encontraron problemas.</translation>
    </message>
    <message>
        <source>Check Program File</source>
        <translation>Comprobar archivo del programa</translation>
    </message>
    <message>
        <source>Keep working only on a copy you trust: open your latest copy made with Save a Copy, or ask whoever keeps the committee&apos;s backups.</source>
        <translation>Siga trabajando solo con una copia de confianza: abra la última copia hecha con Guardar una copia, o pídala a quien guarde las copias de seguridad del comité.</translation>
    </message>
</context>
<context>
    <name>cohort::MatchStore</name>
    <message>
        <source>Counting matches</source>
        <translation>recuento de los emparejamientos</translation>
    </message>
    <message>
        <source>Counting contacts</source>
        <translation>recuento de los contactos</translation>
    </message>
    <message>
        <source>Saving a match</source>
        <translation>guardado de un emparejamiento</translation>
    </message>
    <message>
        <source>Saving a goal sheet</source>
        <translation>guardado de una hoja de objetivos</translation>
    </message>
    <message>
        <source>Saving goal “%1”</source>
        <translation>guardado del objetivo «%1»</translation>
    </message>
    <message>
        <source>Saving orientation attendance</source>
        <translation>guardado de la asistencia a la orientación</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>guardado de un contacto</translation>
    </message>
</context>
<context>
    <name>cohort::ProgramStore</name>
    <message>
        <source>Saving the program</source>
        <translation>guardado del programa</translation>
    </message>
    <message>
        <source>Reading the program</source>
        <translation>lectura del programa</translation>
    </message>
    <message>
        <source>The file holds no program.</source>
        <translation>El archivo no contiene ningún programa.</translation>
    </message>
    <message>
        <source>The program needs a name.</source>
        <translation>El programa necesita un nombre.</translation>
    </message>
    <message>
        <source>Renaming the program</source>
        <translation>cambio de nombre del programa</translation>
    </message>
    <message>
        <source>Someone else changed the program&apos;s name meanwhile; reopen the program to see it.</source>
        <translation>Otra persona ha cambiado mientras tanto el nombre del programa; vuelva a abrir el programa para verlo.</translation>
    </message>
    <message>
        <source>Reading setting %1</source>
        <translation>lectura del ajuste %1</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>guardado del ajuste %1</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>escritura del registro de auditoría</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>lectura del registro de auditoría</translation>
    </message>
</context>
<context>
    <name>cohort::RenameProgramCommand</name>
    <message>
        <source>Rename Program</source>
        <translation>Cambiar el nombre del programa</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewStore</name>
    <message>
        <source>Counting reviewers</source>
        <translation>recuento de los revisores</translation>
    </message>
    <message>
        <source>Reading reviewers</source>
        <translation>lectura de los revisores</translation>
    </message>
    <message>
        <source>Reading the rubric</source>
        <translation>lectura de la rúbrica</translation>
    </message>
    <message>
        <source>Counting assignments</source>
        <translation>recuento de las asignaciones</translation>
    </message>
    <message>
        <source>Counting scores</source>
        <translation>recuento de las puntuaciones</translation>
    </message>
    <message>
        <source>Saving reviewer %1</source>
        <translation>guardado del revisor %1</translation>
    </message>
    <message>
        <source>Saving a conflict of interest</source>
        <translation>guardado de un conflicto de intereses</translation>
    </message>
    <message>
        <source>Saving criterion “%1”</source>
        <translation>guardado del criterio «%1»</translation>
    </message>
    <message>
        <source>Saving a reviewer assignment</source>
        <translation>guardado de una asignación de revisor</translation>
    </message>
    <message>
        <source>Saving a score</source>
        <translation>guardado de una puntuación</translation>
    </message>
    <message>
        <source>Saving a decision</source>
        <translation>guardado de una decisión</translation>
    </message>
</context>
<context>
    <name>cohort::StatusText</name>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admisible</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>No admisible</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Finalizado</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
</context>
<context>
    <name>cohort::WelcomePage</name>
    <message>
        <source>No program is open</source>
        <translation>No hay ningún programa abierto</translation>
    </message>
    <message>
        <source>A program file holds one mentoring program: its cycles, applications, reviews, matches and letters. Create a new one, open one you have, or look around the demo.</source>
        <translation>Un archivo de programa contiene un programa de mentoría: sus ciclos, solicitudes, revisiones, emparejamientos y cartas. Cree uno nuevo, abra uno que ya tenga o explore la demostración.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run a mentoring program for children&apos;s librarians</source>
        <translation>Gestione un programa de mentoría para bibliotecarios infantiles</translation>
    </message>
    <message>
        <source>Language of the window: es, fr or en.</source>
        <translation>Idioma de la ventana: es, fr o en.</translation>
    </message>
    <message>
        <source>A program file (.cohort) to open.</source>
        <translation>Un archivo de programa (.cohort) que abrir.</translation>
    </message>
</context>
</TS>
