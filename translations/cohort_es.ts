<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Choose whether the file holds mentor or mentee applications.</source>
        <translation type="vanished">Indique si el archivo contiene solicitudes de mentores o de mentorados.</translation>
    </message>
    <message>
        <source>The cycle to import into does not exist.</source>
        <translation type="vanished">El ciclo en el que se iba a importar no existe.</translation>
    </message>
    <message>
        <source>No column is mapped to the email address; every application needs one.</source>
        <translation type="vanished">Ninguna columna está asociada a la dirección de correo electrónico; todas las solicitudes necesitan una.</translation>
    </message>
    <message>
        <source>No column is mapped to the applicant&apos;s name (first name or full name).</source>
        <translation type="vanished">Ninguna columna está asociada al nombre del solicitante (nombre de pila o nombre completo).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="vanished">línea %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation type="vanished">solicitud %1</translation>
    </message>
    <message>
        <source>the applicant&apos;s name is missing</source>
        <translation type="vanished">falta el nombre del solicitante</translation>
    </message>
    <message>
        <source>the email address is missing</source>
        <translation type="vanished">falta la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); skipped</source>
        <translation type="vanished">%1 ya presentó una solicitud en este ciclo (%2); se omite</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); updated</source>
        <translation type="vanished">%1 ya presentó una solicitud en este ciclo (%2); se actualiza</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2 (same name and library, another email)</source>
        <translation type="vanished">%1 puede ser la misma persona que %2 (mismo nombre y biblioteca, otro correo electrónico)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>cohort::AddConflictsCommand</name>
    <message>
        <source>Someone else changed a conflict of interest meanwhile; reload to see the changes.</source>
        <translation>Otra persona ha cambiado mientras tanto un conflicto de intereses; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Añadir %n conflicto de intereses</numerusform>
            <numerusform>Añadir %n conflictos de intereses</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict of interest to add.</source>
        <translation>No hay ningún conflicto de intereses que añadir.</translation>
    </message>
    <message>
        <source>A conflict of interest names a reviewer and a person.</source>
        <translation>Un conflicto de intereses indica un revisor y una persona.</translation>
    </message>
    <message>
        <source>A conflict of interest has an unknown status or source.</source>
        <translation>Un conflicto de intereses tiene un estado o un origen desconocido.</translation>
    </message>
    <message>
        <source>The same conflict of interest is listed twice.</source>
        <translation>El mismo conflicto de intereses aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 already has a conflict of interest with this person.</source>
        <translation>%1 ya tiene un conflicto de intereses con esta persona.</translation>
    </message>
</context>
<context>
    <name>cohort::AddContactsCommand</name>
    <message>
        <source>Log Contact of %1</source>
        <translation>Registrar un contacto de %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Contact(s)</source>
        <translation>
            <numerusform>Importar %n contacto</numerusform>
            <numerusform>Importar %n contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AddCriterionCommand</name>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un criterio necesita un nombre.</translation>
    </message>
    <message>
        <source>A criterion belongs to the mentors&apos; or the mentees&apos; rubric.</source>
        <translation>Un criterio pertenece a la rúbrica de los mentores o a la de los mentorados.</translation>
    </message>
    <message>
        <source>The scale of “%1” must go from a lower to a higher number (%2–%3).</source>
        <translation>La escala de «%1» debe ir de un número menor a uno mayor (%2–%3).</translation>
    </message>
    <message>
        <source>The weight of “%1” cannot be negative.</source>
        <translation>El peso de «%1» no puede ser negativo.</translation>
    </message>
    <message>
        <source>Someone else changed the criterion “%1” meanwhile; reload the rubric to see the changes.</source>
        <translation>Otra persona ha cambiado mientras tanto el criterio «%1»; vuelva a cargar la rúbrica para ver los cambios.</translation>
    </message>
    <message>
        <source>Add Criterion “%1”</source>
        <translation>Añadir el criterio «%1»</translation>
    </message>
</context>
<context>
    <name>cohort::AddReviewerCommand</name>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>Un revisor necesita un nombre.</translation>
    </message>
    <message>
        <source>A reviewer is the chair or a member.</source>
        <translation>Un revisor ejerce la presidencia o es miembro.</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation>La capacidad de %1 no puede ser negativa.</translation>
    </message>
    <message>
        <source>Someone else changed reviewer %1 meanwhile; reload to see the changes.</source>
        <translation>Otra persona ha cambiado mientras tanto el revisor %1; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>Add Reviewer %1</source>
        <translation>Añadir el revisor %1</translation>
    </message>
</context>
<context>
    <name>cohort::Agreement</name>
    <message numerus="yes">
        <source>α = %1 (%n score(s) in %2 application(s))</source>
        <translation>
            <numerusform>α = %1 (%n puntuación; solicitudes: %2)</numerusform>
            <numerusform>α = %1 (%n puntuaciones; solicitudes: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement cannot be measured yet: no application has two scores.</source>
        <translation>Todavía no se puede medir la concordancia: ninguna solicitud tiene dos puntuaciones.</translation>
    </message>
    <message>
        <source>Agreement cannot be measured: every score is the same.</source>
        <translation>No se puede medir la concordancia: todas las puntuaciones son iguales.</translation>
    </message>
</context>
<context>
    <name>cohort::AgreementPanel</name>
    <message>
        <source>Agreement per criterion</source>
        <translation>Concordancia por criterio</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Reviewers&apos; harshness and spread</source>
        <translation>Severidad y dispersión de los revisores</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Puntuadas</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Dispersión (DE)</translation>
    </message>
    <message>
        <source>Harshness</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Desfase</translation>
    </message>
    <message>
        <source>Most disagreement</source>
        <translation>Mayor discrepancia</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Rango</translation>
    </message>
    <message>
        <source>How much lower than their co-reviewers a reviewer scores the same applications, on average: positive = harsher, negative = more lenient</source>
        <translation>Cuánto más baja puntúa un revisor las mismas solicitudes que los demás revisores de esas solicitudes, de media: positivo = más severo, negativo = más indulgente</translation>
    </message>
    <message>
        <source>The reviewer-offset model&apos;s bias: + lenient, − harsh (what calibration takes off)</source>
        <translation>El sesgo según el modelo de desfase del revisor: + indulgente, − severo (lo que la calibración descuenta)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval): 1 = full agreement, 0 = no more than chance</source>
        <translation>Alfa de Krippendorff (de intervalo): 1 = concordancia total, 0 = no más que el azar</translation>
    </message>
    <message>
        <source>Applications the reviewers disagree on most</source>
        <translation>Solicitudes en las que los revisores discrepan más</translation>
    </message>
    <message>
        <source>not enough overlapping scores</source>
        <translation>no hay suficientes puntuaciones coincidentes</translation>
    </message>
    <message>
        <source>good agreement</source>
        <translation>buena concordancia</translation>
    </message>
    <message>
        <source>tentative agreement</source>
        <translation>concordancia provisional</translation>
    </message>
    <message>
        <source>low agreement</source>
        <translation>concordancia baja</translation>
    </message>
    <message>
        <source>Overall (on the totals): %1 — %2. Below 0.667, reviewers agree too little to rely on one reviewer&apos;s score.</source>
        <translation>Global (sobre los totales): %1 — %2. Por debajo de 0,667, los revisores concuerdan demasiado poco para fiarse de la puntuación de un solo revisor.</translation>
    </message>
    <message>
        <source>Overall (on the totals): %1</source>
        <translation>Global (sobre los totales): %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 complete, %2 submitted, of %3 assigned</source>
        <translation>%1 completas, %2 enviadas, de %3 asignadas</translation>
    </message>
    <message>
        <source>Shares no application with another reviewer</source>
        <translation>No comparte ninguna solicitud con otro revisor</translation>
    </message>
    <message numerus="yes">
        <source>%1 lower than co-reviewers on average (%n shared applications)</source>
        <translation>
            <numerusform>%1 por debajo de los demás revisores, de media (%n solicitud compartida)</numerusform>
            <numerusform>%1 por debajo de los demás revisores, de media (%n solicitudes compartidas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 higher than co-reviewers on average (%n shared applications)</source>
        <translation>
            <numerusform>%1 por encima de los demás revisores, de media (%n solicitud compartida)</numerusform>
            <numerusform>%1 por encima de los demás revisores, de media (%n solicitudes compartidas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 harsher</source>
        <translation type="vanished">%1 más severo</translation>
    </message>
    <message>
        <source>%1 more lenient</source>
        <translation type="vanished">%1 más indulgente</translation>
    </message>
    <message>
        <source>%1 even</source>
        <translation>%1 en la media</translation>
    </message>
    <message>
        <source>%1 harsh</source>
        <translation>%1 severo</translation>
    </message>
    <message>
        <source>%1 lenient</source>
        <translation>%1 indulgente</translation>
    </message>
</context>
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
    <name>cohort::ApplicationDetailPanel</name>
    <message>
        <source>Select an application to see it here.

Every field can be edited; each change is saved at once and can be undone.</source>
        <translation>Seleccione una solicitud para verla aquí.

Todos los campos se pueden editar; cada cambio se guarda en el acto y se puede deshacer.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Make these one person: this application moves to the other person&apos;s record. Undo reverses it.</source>
        <translation>Unificar en una sola persona: esta solicitud pasa a la ficha de la otra persona. Deshacer lo revierte.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Change Status…</source>
        <translation>Cambiar el estado…</translation>
    </message>
    <message>
        <source>Move the application to its next status (received → eligible → under review → accepted, waitlisted or declined; withdrawn at any time)</source>
        <translation>Pasar la solicitud a su siguiente estado (recibida → admisible → en revisión → aceptada, en lista de espera o rechazada; retirada en cualquier momento)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Admisibilidad:</translation>
    </message>
    <message>
        <source>Separate several with semicolons</source>
        <translation>Separe varios valores con punto y coma</translation>
    </message>
    <message>
        <source>A number, such as 4 or 2.5</source>
        <translation>Un número, como 4 o 2,5</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>%1 · %2 · received by %3 on %4</source>
        <translation>%1 · %2 · recibida el %4 (%3)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Same name and library as:
%1
If they are the same person, merge them.</source>
        <translation>Mismo nombre y biblioteca que:
%1
Si son la misma persona, fusiónelas.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>No other applications from this person.</source>
        <translation>No hay otras solicitudes de esta persona.</translation>
    </message>
    <message>
        <source>This program is open read-only.</source>
        <translation>Este programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Move the application to its next status</source>
        <translation>Pasar la solicitud a su siguiente estado</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Your change to “%1” was not saved.

%2

The panel now shows what the program file holds.</source>
        <translation>Su cambio en «%1» no se guardó.

%2

El panel muestra ahora lo que contiene el archivo de programa.</translation>
    </message>
    <message>
        <source>No further status</source>
        <translation>No hay ningún estado siguiente</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Moving from %1 to %2 needs a reason. Type one, or cancel.</source>
        <translation>Pasar del estado %1 al estado %2 requiere un motivo. Escriba uno o cancele.</translation>
    </message>
    <message>
        <source>The status was not changed.

%1

The panel now shows what the program file holds.</source>
        <translation>No se cambió el estado.

%1

El panel muestra ahora lo que contiene el archivo de programa.</translation>
    </message>
    <message>
        <source>Same person as %1 (%2, %3)</source>
        <translation>Misma persona que %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>The two records were not merged.

%1</source>
        <translation>No se fusionaron las dos fichas.

%1</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationExporter</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The role is mentor or mentee.</source>
        <translation>El rol debe ser «mentor» o «mentee».</translation>
    </message>
    <message>
        <source>The cycle to export does not exist.</source>
        <translation>El ciclo que se quiere exportar no existe.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motivo del estado</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admisibilidad</translation>
    </message>
    <message>
        <source>Eligibility reason</source>
        <translation>Motivo de inadmisibilidad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationFields</name>
    <message>
        <source>Confidential: used only for matching, when the applicant asks for it. Never shown to other applicants or matches, never printed in letters, and left out of exports unless you ask.</source>
        <translation>Confidencial: solo se usa para el emparejamiento, cuando el solicitante lo pide. Nunca se muestra a otros solicitantes ni a las personas emparejadas, nunca se imprime en las cartas y se omite en las exportaciones salvo que usted lo pida.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Library or institution</source>
        <translation>Biblioteca o institución</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Tipo de biblioteca</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Puesto o cargo</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>ALSC member</source>
        <translation>Miembro de la ALSC</translation>
    </message>
    <message>
        <source>ALSC member ID</source>
        <translation>Número de miembro de la ALSC</translation>
    </message>
    <message>
        <source>ALA member</source>
        <translation>Miembro de la ALA</translation>
    </message>
    <message>
        <source>Will stay an ALSC member for the program year</source>
        <translation>Seguirá siendo miembro de la ALSC durante el año del programa</translation>
    </message>
    <message>
        <source>At least 18 years old</source>
        <translation>Tiene 18 años o más</translation>
    </message>
    <message>
        <source>Has a parent&apos;s or guardian&apos;s permission</source>
        <translation>Tiene permiso de su madre, padre o tutor</translation>
    </message>
    <message>
        <source>Years in children&apos;s library service</source>
        <translation>Años en el servicio bibliotecario infantil</translation>
    </message>
    <message>
        <source>Areas of experience and interest</source>
        <translation>Áreas de experiencia e interés</translation>
    </message>
    <message>
        <source>Connection to children&apos;s library service</source>
        <translation>Relación con el servicio bibliotecario infantil</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Etapa profesional</translation>
    </message>
    <message>
        <source>Preferred contact methods</source>
        <translation>Medios de contacto preferidos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>BIPOC</source>
        <translation>BIPOC</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Use these answers for matching</source>
        <translation>Usar estas respuestas para el emparejamiento</translation>
    </message>
    <message>
        <source>“I would like a mentor who…”</source>
        <translation>«Me gustaría un mentor que…»</translation>
    </message>
    <message>
        <source>People to avoid</source>
        <translation>Personas que evitar</translation>
    </message>
    <message>
        <source>Why they are applying</source>
        <translation>Por qué presenta la solicitud</translation>
    </message>
    <message>
        <source>What they can offer</source>
        <translation>Qué puede ofrecer</translation>
    </message>
    <message>
        <source>Mentees they can take</source>
        <translation>Mentorados que puede atender</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <source>%1 is required for mentors.</source>
        <translation>«%1» es obligatorio para los mentores.</translation>
    </message>
    <message>
        <source>%1 is required for mentees.</source>
        <translation>«%1» es obligatorio para los mentorados.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (it should look like name@example.org).</source>
        <translation>«%1» no es una dirección de correo electrónico (debería tener la forma nombre@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a number of years: type a number such as 4 or 2.5.</source>
        <translation>«%1» no es un número de años: escriba un número como 4 o 2,5.</translation>
    </message>
    <message>
        <source>Years must be between 0 and 80.</source>
        <translation>Los años deben estar entre 0 y 80.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escolar</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaria</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Especializada</translation>
    </message>
    <message>
        <source>Student / none</source>
        <translation>Estudiante / ninguna</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Early career</source>
        <translation>Inicio de carrera</translation>
    </message>
    <message>
        <source>Returning to the profession</source>
        <translation>Reincorporación a la profesión</translation>
    </message>
    <message>
        <source>Refining skills</source>
        <translation>Perfeccionamiento de competencias</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admisible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>No admisible</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
    <message>
        <source>online form</source>
        <translation>formulario en línea</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papel</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Se canceló la importación; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>No se importó nada: %n fila tiene errores. Corríjala o elija importar solo las filas válidas.</numerusform>
            <numerusform>No se importó nada: %n filas tienen errores. Corríjalas o elija importar solo las filas válidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read:</source>
        <translation>
            <numerusform>%n fila leída:</numerusform>
            <numerusform>%n filas leídas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) (nothing written yet):</source>
        <translation>
            <numerusform>%n fila comprobada (todavía no se ha escrito nada):</numerusform>
            <numerusform>%n filas comprobadas (todavía no se ha escrito nada):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported</source>
        <translation>
            <numerusform>%n solicitud importada</numerusform>
            <numerusform>%n solicitudes importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to import</source>
        <translation>
            <numerusform>%n solicitud por importar</numerusform>
            <numerusform>%n solicitudes por importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n actualizada</numerusform>
            <numerusform>%n actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicado omitido</numerusform>
            <numerusform>%n duplicados omitidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped</source>
        <translation>
            <numerusform>%n fila no válida omitida</numerusform>
            <numerusform>%n filas no válidas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to people who applied before</source>
        <translation>
            <numerusform>%n vinculada a una persona que ya había presentado una solicitud</numerusform>
            <numerusform>%n vinculadas a personas que ya habían presentado una solicitud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) flagged for review</source>
        <translation>
            <numerusform>%n posible duplicado marcado para revisar</numerusform>
            <numerusform>%n posibles duplicados marcados para revisar</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the valid rows were imported, as chosen.</source>
        <translation>Solo se importaron las filas válidas, como se eligió.</translation>
    </message>
    <message>
        <source>the number of mentees must be a whole number from 0 to 20</source>
        <translation>el número de mentorados debe ser un número entero entre 0 y 20</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Choose whether the file holds mentor or mentee applications.</source>
        <translation>Indique si el archivo contiene solicitudes de mentores o de mentorados.</translation>
    </message>
    <message>
        <source>The cycle to import into does not exist.</source>
        <translation>El ciclo en el que se iba a importar no existe.</translation>
    </message>
    <message>
        <source>No column is mapped to the email address; every application needs one.</source>
        <translation>Ninguna columna está asociada a la dirección de correo electrónico; todas las solicitudes necesitan una.</translation>
    </message>
    <message>
        <source>No column is mapped to the applicant&apos;s name (first name or full name).</source>
        <translation>Ninguna columna está asociada al nombre del solicitante (nombre de pila o nombre completo).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <source>the applicant&apos;s name is missing</source>
        <translation>falta el nombre del solicitante</translation>
    </message>
    <message>
        <source>the email address is missing</source>
        <translation>falta la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); skipped</source>
        <translation>%1 ya presentó una solicitud en este ciclo (%2); se omite</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); updated</source>
        <translation>%1 ya presentó una solicitud en este ciclo (%2); se actualiza</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2 (same name and library, another email)</source>
        <translation>%1 puede ser la misma persona que %2 (mismo nombre y biblioteca, otro correo electrónico)</translation>
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
    <message>
        <source>Reading an application</source>
        <translation>lectura de una solicitud</translation>
    </message>
    <message>
        <source>The application no longer exists; someone may have removed it.</source>
        <translation>La solicitud ya no existe; puede que alguien la haya eliminado.</translation>
    </message>
    <message>
        <source>Reading a person</source>
        <translation>lectura de una persona</translation>
    </message>
    <message>
        <source>The person no longer exists; someone may have removed or merged them.</source>
        <translation>La persona ya no existe; puede que alguien la haya eliminado o fusionado con otra.</translation>
    </message>
    <message>
        <source>Reading application %1</source>
        <translation>lectura de la solicitud %1</translation>
    </message>
    <message>
        <source>Application %1 no longer exists; someone may have removed it.</source>
        <translation>La solicitud %1 ya no existe; puede que alguien la haya eliminado.</translation>
    </message>
    <message>
        <source>Application %1 was changed by %2 at %3 since you opened it; reopen it to see the changes.</source>
        <translation>%2 modificó la solicitud %1 el %3, después de que usted la abriera; vuelva a abrirla para ver los cambios.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>lectura de %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone may have removed or merged them.</source>
        <translation>La ficha de %1 ya no existe; puede que alguien la haya eliminado o fusionado con otra.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it; reopen it to see the changes.</source>
        <translation>%2 modificó la ficha de %1 el %3, después de que usted la abriera; vuelva a abrirla para ver los cambios.</translation>
    </message>
    <message>
        <source>Removing an application</source>
        <translation>eliminación de una solicitud</translation>
    </message>
    <message>
        <source>Reading application codes</source>
        <translation>lectura de los códigos de solicitud</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>búsqueda de %1</translation>
    </message>
    <message>
        <source>Reading the applications of a person</source>
        <translation>lectura de las solicitudes de una persona</translation>
    </message>
    <message>
        <source>Looking for duplicate applications</source>
        <translation>búsqueda de solicitudes duplicadas</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>No se puede fusionar a una persona consigo misma.</translation>
    </message>
    <message>
        <source>Merging people</source>
        <translation>fusión de personas</translation>
    </message>
    <message>
        <source>The person to merge no longer exists; someone may have merged them already.</source>
        <translation>La persona que se quiere fusionar ya no existe; puede que alguien ya la haya fusionado.</translation>
    </message>
    <message>
        <source>Reading conflicts of interest</source>
        <translation>lectura de los conflictos de intereses</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>restauración de %1</translation>
    </message>
    <message>
        <source>An application of %1 was moved or removed by someone else since the merge; it cannot be undone.</source>
        <translation>Otra persona movió o eliminó una solicitud de %1 después de la fusión; no se puede deshacer.</translation>
    </message>
    <message>
        <source>Restoring the conflicts of interest of %1</source>
        <translation>restauración de los conflictos de intereses de %1</translation>
    </message>
    <message>
        <source>Saving eligibility verdicts</source>
        <translation>guardado de los veredictos de admisibilidad</translation>
    </message>
    <message>
        <source>Saving the eligibility verdict of application %1</source>
        <translation>guardado del veredicto de admisibilidad de la solicitud %1</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationTableModel</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Tipo de biblioteca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admisibilidad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationTextPanel</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Application text</source>
        <translation>Texto de la solicitud</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>Ninguna solicitud seleccionada</translation>
    </message>
    <message>
        <source>Select a row of the grid to read the application here.</source>
        <translation>Seleccione una fila de la tabla para leer aquí la solicitud.</translation>
    </message>
    <message>
        <source>Blind review: the applicant&apos;s name, email, library, position and city are hidden.</source>
        <translation>Revisión anónima: se ocultan el nombre, el correo electrónico, la biblioteca, el puesto y la ciudad del solicitante.</translation>
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
    <name>cohort::ApplicationsPage</name>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;Nueva solicitud…</translation>
    </message>
    <message>
        <source>&amp;Applications to CSV…</source>
        <translation>&amp;Solicitudes en CSV…</translation>
    </message>
    <message>
        <source>Import Applications…</source>
        <translation>Importar solicitudes…</translation>
    </message>
    <message>
        <source>New Application…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <source>Add an application that came by email or on paper</source>
        <translation>Añadir una solicitud que llegó por correo electrónico o en papel</translation>
    </message>
    <message>
        <source>Write the applications table as shown (visible columns, filtered and sorted rows) to a CSV file</source>
        <translation>Escribir en un archivo CSV la tabla de solicitudes tal como se muestra (columnas visibles, filas filtradas y ordenadas)</translation>
    </message>
    <message>
        <source>Import applications from an online form&apos;s CSV export</source>
        <translation>Importar solicitudes de la exportación CSV de un formulario en línea</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Todavía no hay ciclos</translation>
    </message>
    <message>
        <source>Applications belong to a cycle (an intake round in spring or fall). Once the program has one, its applications are listed here.</source>
        <translation>Las solicitudes pertenecen a un ciclo (una convocatoria de primavera u otoño). Cuando el programa tenga uno, sus solicitudes aparecerán aquí.</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Cargando las solicitudes…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Show one role only</source>
        <translation>Mostrar un solo rol</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Show one status only</source>
        <translation>Mostrar un solo estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admisibilidad</translation>
    </message>
    <message>
        <source>Show eligible, not eligible or not yet checked applications</source>
        <translation>Mostrar las solicitudes admisibles, no admisibles o aún sin comprobar</translation>
    </message>
    <message>
        <source>Any eligibility</source>
        <translation>Admisibilidad indiferente</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose the columns of the table (also on the table header&apos;s context menu)</source>
        <translation>Elegir las columnas de la tabla (también en el menú contextual del encabezado de la tabla)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;Eligibility:</source>
        <translation>&amp;Admisibilidad:</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>No applications in %1 yet</source>
        <translation>Todavía no hay solicitudes en %1</translation>
    </message>
    <message>
        <source>Applications arrive from online forms as spreadsheet exports: import one, or add an application that came by email or on paper. Then browse, check eligibility and find duplicates here.</source>
        <translation>Las solicitudes llegan de los formularios en línea como exportaciones de hoja de cálculo: importe una o añada una solicitud que haya llegado por correo electrónico o en papel. Después, aquí podrá consultarlas, comprobar su admisibilidad y encontrar duplicados.</translation>
    </message>
    <message>
        <source>The applications could not be read: %1</source>
        <translation>No se pudieron leer las solicitudes: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln solicitud</numerusform>
            <numerusform>%Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln applications</source>
        <translation>
            <numerusform>%L1 de %Ln solicitud</numerusform>
            <numerusform>%L1 de %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This program is open read-only.</source>
        <translation>Este programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer las columnas</translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation>Mostrar las columnas predeterminadas con su orden y su anchura predeterminados</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>%1 (%2) already applied in %3 as a %4. Add another application anyway?</source>
        <translation>%1 (%2) ya presentó una solicitud en %3 como %4. ¿Añadir otra solicitud de todos modos?</translation>
    </message>
    <message>
        <source>The application was not added.

%1</source>
        <translation>No se añadió la solicitud.

%1</translation>
    </message>
    <message>
        <source>Added to the existing record of %1 (%2).</source>
        <translation>Añadida a la ficha existente de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 applications.csv</source>
        <translation>%1 solicitudes.csv</translation>
    </message>
    <message>
        <source>Export Applications to CSV</source>
        <translation>Exportar las solicitudes a CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Applications</source>
        <translation>Exportar las solicitudes</translation>
    </message>
    <message>
        <source>Some visible columns are confidential. Include them in the file? They are left out unless you say Yes.</source>
        <translation>Algunas columnas visibles son confidenciales. ¿Incluirlas en el archivo? Se omiten a menos que responda Sí.</translation>
    </message>
    <message>
        <source>Cohort could not write “%1”.

%2</source>
        <translation>Cohort no pudo escribir «%1».

%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to “%1”.</source>
        <translation>
            <numerusform>Se exportó %Ln solicitud a «%1».</numerusform>
            <numerusform>Se exportaron %Ln solicitudes a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligibility &amp;Rules…</source>
        <translation>&amp;Reglas de admisibilidad…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Reglas…</translation>
    </message>
    <message>
        <source>Eligibility Rules</source>
        <translation>Reglas de admisibilidad</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Borrar la búsqueda y los filtros</translation>
    </message>
    <message numerus="yes">
        <source>No application of the %Ln in this cycle matches the filters.</source>
        <translation>
            <numerusform>Ninguna solicitud de este ciclo (%Ln en total) coincide con los filtros.</numerusform>
            <numerusform>Ninguna solicitud de este ciclo (%Ln en total) coincide con los filtros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No application of the %Ln in this cycle matches “%1” and the filters.</source>
        <translation>
            <numerusform>Ninguna solicitud de este ciclo (%Ln en total) coincide con «%1» y los filtros.</numerusform>
            <numerusform>Ninguna solicitud de este ciclo (%Ln en total) coincide con «%1» y los filtros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a program to set its eligibility rules</source>
        <translation>Abra un programa para definir sus reglas de admisibilidad</translation>
    </message>
    <message>
        <source>This program is open read-only, so its eligibility rules cannot be changed.</source>
        <translation>Este programa está abierto en modo de solo lectura, así que no se pueden cambiar sus reglas de admisibilidad.</translation>
    </message>
    <message>
        <source>Eligibility rules belong to a cycle: create or choose a cycle first.</source>
        <translation>Las reglas de admisibilidad pertenecen a un ciclo: cree o elija antes un ciclo.</translation>
    </message>
    <message>
        <source>Choose which rules make a mentor&apos;s or mentee&apos;s application in %1 eligible</source>
        <translation>Elegir qué reglas hacen admisible una solicitud de mentor o de mentorado en %1</translation>
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
        <translation type="vanished">Las solicitudes llegan de los formularios en línea como exportaciones de hoja de cálculo. Aquí podrá importarlas y consultarlas, comprobar su admisibilidad y encontrar duplicados. Esta área llegará en una versión posterior de Cohort.</translation>
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
        <translation type="vanished">Aquí el grupo de trabajo puntúa cada solicitud según la rúbrica, y la presidencia ve las puntuaciones del comité una junto a otra para decidir quién es aceptado, queda en lista de espera o es rechazado. Esta área llegará en una versión posterior de Cohort.</translation>
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
        <translation type="vanished">Empareje a cada mentorado aceptado con un mentor según el tipo de biblioteca, los intereses, la zona horaria y la forma preferida de mantener el contacto, y después publique los emparejamientos. Esta área llegará en una versión posterior de Cohort.</translation>
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
        <translation type="vanished">Siga las fases y los plazos del ciclo, las hojas de objetivos que vencen 30 días después del emparejamiento y qué emparejamientos han dejado de tener contacto. Esta área llegará en una versión posterior de Cohort.</translation>
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
        <translation type="vanished">Escriba una sola vez las plantillas y emita para todos a la vez, en PDF, las cartas de aceptación, de lista de espera, de rechazo y de presentación del emparejamiento. Esta área llegará en una versión posterior de Cohort.</translation>
    </message>
    <message>
        <source>The working group scores each application against the rubric here, and the chair sees the committee&apos;s scores side by side to decide who is accepted, waitlisted or declined.</source>
        <translation>Aquí el grupo de trabajo puntúa cada solicitud según la rúbrica, y la presidencia ve las puntuaciones del comité una junto a otra para decidir quién es aceptado, queda en lista de espera o es rechazado.</translation>
    </message>
    <message>
        <source>Pair each accepted mentee with a mentor by library type, interests, time zone and how they like to keep in touch, then publish the matches.</source>
        <translation>Empareje a cada mentorado aceptado con un mentor según el tipo de biblioteca, los intereses, la zona horaria y la forma preferida de mantener el contacto, y luego publique los emparejamientos.</translation>
    </message>
    <message>
        <source>Follow the cycle&apos;s phases and deadlines, the goal sheets due 30 days after matching, and which matches have gone quiet.</source>
        <translation>Siga las fases y los plazos del ciclo, las hojas de objetivos que vencen 30 días después del emparejamiento y qué emparejamientos se han quedado sin contacto.</translation>
    </message>
    <message>
        <source>Write letter templates once and issue acceptance, waitlist, decline and match introduction letters to everyone at once, as PDF.</source>
        <translation>Redacte las plantillas de carta una sola vez y emita para todos a la vez, en PDF, las cartas de aceptación, de lista de espera, de rechazo y de presentación del emparejamiento.</translation>
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
    <name>cohort::AssignReviewersDialog</name>
    <message>
        <source>Assign Reviewers — %1</source>
        <translation>Asignar revisores — %1</translation>
    </message>
    <message>
        <source>Gives each application that is eligible or under review k reviewers, balancing their loads within capacity and never choosing a reviewer with a confirmed conflict. Existing assignments are kept; the same seed gives the same proposal.</source>
        <translation>Asigna k revisores a cada solicitud admisible o en revisión, equilibrando sus cargas dentro de su capacidad y sin elegir nunca a un revisor con un conflicto confirmado. Las asignaciones existentes se conservan; la misma semilla da la misma propuesta.</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>Revisores por solicitud</translation>
    </message>
    <message>
        <source>How many reviewers read each application (the cycle&apos;s setting: %1)</source>
        <translation>Cuántos revisores leen cada solicitud (ajuste del ciclo: %1)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>The seed is recorded with every assignment: the same seed and data give the same proposal</source>
        <translation>La semilla se registra con cada asignación: la misma semilla con los mismos datos da la misma propuesta</translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation>&amp;Nueva semilla</translation>
    </message>
    <message>
        <source>Draw another seed (another, equally balanced proposal)</source>
        <translation>Sacar otra semilla (otra propuesta igual de equilibrada)</translation>
    </message>
    <message>
        <source>&amp;Reviewers per application:</source>
        <translation>&amp;Revisores por solicitud:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>Reviewers&apos; loads</source>
        <translation>Cargas de los revisores</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Applications assigned in this cycle now (both roles)</source>
        <translation>Solicitudes asignadas ahora en este ciclo (ambos roles)</translation>
    </message>
    <message>
        <source>Applications assigned in this cycle after applying</source>
        <translation>Solicitudes asignadas en este ciclo después de aplicar</translation>
    </message>
    <message>
        <source>Applications short of reviewers</source>
        <translation>Solicitudes a las que les faltan revisores</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Store the proposed assignments (one undo step)</source>
        <translation>Guardar las asignaciones propuestas (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Short of reviewers:</source>
        <translation>Les faltan revisores:</translation>
    </message>
    <message>
        <source>Working out a proposal…</source>
        <translation>Calculando una propuesta…</translation>
    </message>
    <message numerus="yes">
        <source>%n existing assignments pair a reviewer with a confirmed conflict: they are kept; unassign them in the committee grid.</source>
        <translation>
            <numerusform>%n asignación existente corresponde a un revisor con un conflicto confirmado: se conserva; anúlela en la tabla del comité.</numerusform>
            <numerusform>%n asignaciones existentes corresponden a un revisor con un conflicto confirmado: se conservan; anúlelas en la tabla del comité.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactivo)</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>Capacidad completa</translation>
    </message>
    <message numerus="yes">
        <source>None: every application gets %n reviewers.</source>
        <translation>
            <numerusform>Ninguna: cada solicitud recibe %n revisor.</numerusform>
            <numerusform>Ninguna: cada solicitud recibe %n revisores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n reviews (seed %1).</source>
        <translation>
            <numerusform>Se asignó %n revisión (semilla %1).</numerusform>
            <numerusform>Se asignaron %n revisiones (semilla %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AutoAssign</name>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Cada solicitud necesita al menos un revisor.</translation>
    </message>
</context>
<context>
    <name>cohort::AutoAssignProposal</name>
    <message numerus="yes">
        <source>Proposed %n assignment(s)</source>
        <translation>
            <numerusform>Se propone %n asignación</numerusform>
            <numerusform>Se proponen %n asignaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n application(s)</source>
        <translation>
            <numerusform>para %n solicitud</numerusform>
            <numerusform>para %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 per application, seed %4).</source>
        <translation>%1 %2 (%3 por solicitud, semilla %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are short of reviewers.</source>
        <translation>
            <numerusform>A %n solicitud le faltan revisores.</numerusform>
            <numerusform>A %n solicitudes les faltan revisores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing assignment(s) pair a reviewer with someone they have a conflict of interest with.</source>
        <translation>
            <numerusform>%n asignación existente une a un revisor con alguien con quien tiene un conflicto de intereses.</numerusform>
            <numerusform>%n asignaciones existentes unen a un revisor con alguien con quien tiene un conflicto de intereses.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AutoMatch</name>
    <message numerus="yes">
        <source>%1 of %n mentee(s) matched, mean score %2</source>
        <translation>
            <numerusform>%1 de %n mentorado emparejado, puntuación media %2</numerusform>
            <numerusform>%1 de %n mentorados emparejados, puntuación media %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentee(s) matched, mean score %2; %3 stay unmatched</source>
        <translation>
            <numerusform>%1 de %n mentorado emparejado, puntuación media %2; sin emparejar: %3</numerusform>
            <numerusform>%1 de %n mentorados emparejados, puntuación media %2; sin emparejar: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmatched: the cycle has no accepted mentors</source>
        <translation>Sin emparejar: el ciclo no tiene mentores aceptados</translation>
    </message>
    <message>
        <source>Unmatched: every mentor with places left is ruled out (same library or a request not to be matched)</source>
        <translation>Sin emparejar: todos los mentores con plazas libres están excluidos (misma biblioteca o petición de no ser emparejado)</translation>
    </message>
    <message>
        <source>Unmatched: every mentor&apos;s places are taken by kept matches</source>
        <translation>Sin emparejar: todas las plazas de los mentores están ocupadas por emparejamientos conservados</translation>
    </message>
    <message>
        <source>Unmatched: the best allowed mentor (%1) scores %2, below the minimum of %3</source>
        <translation>Sin emparejar: el mejor mentor permitido (%1) obtiene una puntuación de %2, por debajo del mínimo de %3</translation>
    </message>
    <message>
        <source>The minimum score must be between 0 and 1.</source>
        <translation>La puntuación mínima debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>The compatibility model was built for other data.</source>
        <translation>El modelo de compatibilidad se creó para otros datos.</translation>
    </message>
    <message>
        <source>Unmatched: their match has ended, and a mentee is matched once a cycle</source>
        <translation>Sin emparejar: su emparejamiento ha finalizado y cada mentorado se empareja una sola vez por ciclo</translation>
    </message>
    <message>
        <source>Kept in a %1 match with a mentor whose application is not accepted</source>
        <translation type="vanished">Se mantiene en un emparejamiento %1 con un mentor cuya solicitud no está aceptada</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="vanished">publicado</translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="vanished">bloqueado</translation>
    </message>
    <message>
        <source>Kept in a published match with a mentor whose application is not accepted</source>
        <translation>Se mantiene en un emparejamiento publicado con un mentor cuya solicitud no está aceptada</translation>
    </message>
    <message>
        <source>Kept in a locked match with a mentor whose application is not accepted</source>
        <translation>Se mantiene en un emparejamiento bloqueado con un mentor cuya solicitud no está aceptada</translation>
    </message>
</context>
<context>
    <name>cohort::AutoMatchDialog</name>
    <message>
        <source>Auto-Match</source>
        <translation>Emparejamiento automático</translation>
    </message>
    <message>
        <source>Cohort proposes the matches with the highest total compatibility within each mentor&apos;s capacity. Locked and published matches stay as they are; unlocked drafts may change. Nothing is written until you apply the proposal.</source>
        <translation>Cohort propone los emparejamientos con la compatibilidad total más alta, dentro de la capacidad de cada mentor. Los emparejamientos bloqueados y publicados se quedan como están; los borradores no bloqueados pueden cambiar. No se escribe nada hasta que usted aplique la propuesta.</translation>
    </message>
    <message>
        <source>&amp;Best scores: the highest total compatibility</source>
        <translation>&amp;Mejores puntuaciones: la compatibilidad total más alta</translation>
    </message>
    <message>
        <source>Most &amp;people matched: as many mentees as possible, then the best scores</source>
        <translation>Más &amp;personas emparejadas: tantos mentorados como sea posible y, después, las mejores puntuaciones</translation>
    </message>
    <message>
        <source>Pairs scoring below this stay unmatched</source>
        <translation>Los pares con una puntuación por debajo de este valor quedan sin emparejar</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>Objetivo:</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Puntuación mí&amp;nima:</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>P&amp;roponer</translation>
    </message>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;Aplicar la propuesta</translation>
    </message>
    <message>
        <source>Press Propose to see the matches for these choices.</source>
        <translation>Pulse Proponer para ver los emparejamientos con estas opciones.</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>Propuestos (%1)</translation>
    </message>
    <message>
        <source>Kept: locked or published (%1)</source>
        <translation>Conservados: bloqueados o publicados (%1)</translation>
    </message>
    <message>
        <source>Stay unmatched (%1)</source>
        <translation>Quedan sin emparejar (%1)</translation>
    </message>
    <message>
        <source>Working out the best matches…</source>
        <translation>Calculando los mejores emparejamientos…</translation>
    </message>
    <message>
        <source>Cancelled: press Propose to try again.</source>
        <translation>Cancelado: pulse Proponer para volver a intentarlo.</translation>
    </message>
</context>
<context>
    <name>cohort::Cadence</name>
    <message>
        <source>no contact yet</source>
        <translation>todavía ningún contacto</translation>
    </message>
    <message>
        <source>last contact today</source>
        <translation>último contacto hoy</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>último contacto hace %n día</numerusform>
            <numerusform>último contacto hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Todavía no publicado</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Empieza el %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminó el %1</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) (since %1)</source>
        <translation>
            <numerusform>Sin contacto desde hace %n día (último contacto el %1)</numerusform>
            <numerusform>Sin contacto desde hace %n días (último contacto el %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact in the %n day(s) since the match started (%1)</source>
        <translation>
            <numerusform>Ningún contacto en el %n día transcurrido desde el inicio del emparejamiento (%1)</numerusform>
            <numerusform>Ningún contacto en los %n días transcurridos desde el inicio del emparejamiento (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in %1, %2 expected</source>
        <translation>
            <numerusform>%n contacto en %1, mínimo esperado: %2</numerusform>
            <numerusform>%n contactos en %1, mínimo esperado: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far in %1, %2 expected by now</source>
        <translation>
            <numerusform>%n contacto hasta ahora en %1, mínimo esperado a estas alturas: %2</numerusform>
            <numerusform>%n contactos hasta ahora en %1, mínimo esperado a estas alturas: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far in %1; %2</source>
        <translation>
            <numerusform>%n contacto hasta ahora en %1; %2</numerusform>
            <numerusform>%n contactos hasta ahora en %1; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciado</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Al día</translation>
    </message>
    <message>
        <source>Below cadence</source>
        <translation>Por debajo de la cadencia</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Sin vencer</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Por entregar</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencida</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregada</translation>
    </message>
</context>
<context>
    <name>cohort::Calibration</name>
    <message>
        <source>The numbers of applications and reviewers cannot be negative.</source>
        <translation>El número de solicitudes y el de revisores no pueden ser negativos.</translation>
    </message>
    <message>
        <source>A reviewer&apos;s own scale needs at least 2 scores.</source>
        <translation>La escala propia de un revisor necesita al menos 2 puntuaciones.</translation>
    </message>
    <message>
        <source>The settings of the reviewer-offset model are not valid.</source>
        <translation>Los ajustes del modelo de desfase del revisor no son válidos.</translation>
    </message>
    <message>
        <source>Raw mean</source>
        <translation>Media bruta</translation>
    </message>
    <message>
        <source>Z-score (per reviewer)</source>
        <translation>Puntuación z (por revisor)</translation>
    </message>
    <message>
        <source>Reviewer-offset model</source>
        <translation>Modelo de desfase del revisor</translation>
    </message>
</context>
<context>
    <name>cohort::ChangeAssignmentsCommand</name>
    <message>
        <source>Someone else changed this meanwhile; reload to see the changes.</source>
        <translation>Otra persona ha cambiado esto mientras tanto; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>un revisor</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Application(s)</source>
        <translation>
            <numerusform>Asignar %n solicitud</numerusform>
            <numerusform>Asignar %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n Application(s)</source>
        <translation>
            <numerusform>Quitar la asignación de %n solicitud</numerusform>
            <numerusform>Quitar la asignación de %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Assignments</source>
        <translation>Cambiar las asignaciones</translation>
    </message>
    <message>
        <source>No assignment to change.</source>
        <translation>No hay ninguna asignación que cambiar.</translation>
    </message>
    <message>
        <source>%1 has scored %2; unassigning would remove those scores.</source>
        <translation>%1 ya ha puntuado %2; quitar la asignación eliminaría esas puntuaciones.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>la solicitud</translation>
    </message>
    <message>
        <source>An application to assign is not in this cycle; someone else may have removed it.</source>
        <translation>Una solicitud que se quiere asignar no está en este ciclo; puede que otra persona la haya eliminado.</translation>
    </message>
    <message>
        <source>A reviewer to assign no longer exists; someone else may have removed them.</source>
        <translation>Un revisor que se quiere asignar ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Application %1 belongs to another cycle.</source>
        <translation>La solicitud %1 pertenece a otro ciclo.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 ya está asignado a %2.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with the applicant of %2.</source>
        <translation>%1 tiene un conflicto de intereses con el solicitante de %2.</translation>
    </message>
    <message>
        <source>%1 has entered scores for an application of this step since; clear them first.</source>
        <translation>%1 ha introducido desde entonces puntuaciones para una solicitud de este cambio; bórrelas antes.</translation>
    </message>
</context>
<context>
    <name>cohort::ChangeStatusCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Pasar %1 al estado %2</translation>
    </message>
    <message>
        <source>Application %1 is already %2.</source>
        <translation>La solicitud %1 ya está en el estado %2.</translation>
    </message>
    <message>
        <source>Application %1 cannot go from %2 to %3.</source>
        <translation>La solicitud %1 no puede pasar del estado %2 al estado %3.</translation>
    </message>
    <message>
        <source>Moving application %1 from %2 back or aside to %3 is a manual override and needs a reason.</source>
        <translation>Pasar la solicitud %1 del estado %2 al estado %3 (un retroceso o un cambio de vía) es una intervención manual y requiere un motivo.</translation>
    </message>
    <message>
        <source>Setting application %1 to %2 needs a reason.</source>
        <translation>Pasar la solicitud %1 al estado %2 requiere un motivo.</translation>
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
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

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
    <message>
        <source>The program has no cycle “%1” (it has no cycles yet).</source>
        <translation>El programa no tiene ningún ciclo «%1» (todavía no tiene ciclos).</translation>
    </message>
    <message>
        <source>The program has no cycle “%1”; it has %2.</source>
        <translation>El programa no tiene ningún ciclo «%1»; sus ciclos son: %2.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json] [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both] [--valid-only] [--dry-run] [--json]</source>
        <translation>Uso: cohort-cli import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json] [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both] [--valid-only] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Import applications from a CSV export of an online form (Google Forms, Microsoft Forms, SurveyMonkey, JotForm, EmailMeForm) into one cycle. All rows land or none do.</source>
        <translation>Importa en un ciclo las solicitudes de la exportación CSV de un formulario en línea (Google Forms, Microsoft Forms, SurveyMonkey, JotForm, EmailMeForm). Se importan todas las filas o ninguna.</translation>
    </message>
    <message>
        <source>The cycle, by name or id.</source>
        <translation>El ciclo, por su nombre o su identificador.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>mentor or mentee.</source>
        <translation>mentor o mentee.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>A mapping saved in the program, or a JSON file ({&quot;fields&quot;: {header: field}}). Without it the columns are mapped from their headers.</source>
        <translation>Una correspondencia guardada en el programa o un archivo JSON ({&quot;fields&quot;: {header: field}}). Sin ella, las columnas se asocian según sus encabezados.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252 (detected by default).</source>
        <translation>utf-8, utf-8-bom, utf-16le, utf-16be o windows-1252 (por omisión, se detecta automáticamente).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (detected by default).</source>
        <translation>comma, semicolon o tab (por omisión, se detecta automáticamente).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>What to do with a row whose email already applied in the cycle: skip (default), update or keep-both.</source>
        <translation>Qué hacer con una fila cuyo correo electrónico ya tiene una solicitud en el ciclo: skip (por omisión), update o keep-both.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others (recorded in the report).</source>
        <translation>Importa las filas válidas y omite las demás (constan en el informe).</translation>
    </message>
    <message>
        <source>Check every row; write nothing.</source>
        <translation>Comprueba todas las filas; no escribe nada.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Imprime el informe en JSON.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>El archivo CSV que se importará.</translation>
    </message>
    <message>
        <source>import needs a CSV file.</source>
        <translation>import necesita un archivo CSV.</translation>
    </message>
    <message>
        <source>import takes one CSV file.</source>
        <translation>import admite un solo archivo CSV.</translation>
    </message>
    <message>
        <source>import needs --%1.</source>
        <translation>import necesita --%1.</translation>
    </message>
    <message>
        <source>--role is mentor or mentee.</source>
        <translation>--role admite mentor o mentee.</translation>
    </message>
    <message>
        <source>unknown encoding “%1”.</source>
        <translation>codificación desconocida «%1».</translation>
    </message>
    <message>
        <source>--delimiter is comma, semicolon or tab.</source>
        <translation>--delimiter admite comma, semicolon o tab.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update or keep-both.</source>
        <translation>--duplicates admite skip, update o keep-both.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>El programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>No se puede leer «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a JSON mapping: %2</source>
        <translation>«%1» no es una correspondencia JSON: %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3), %4</source>
        <translation>%1 → %2 (%3), %4</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1, “%2”</source>
        <translation>línea %1, «%2»</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; the import would be refused.</source>
        <translation>
            <numerusform>%n fila tiene errores; la importación se rechazaría.</numerusform>
            <numerusform>%n filas tienen errores; la importación se rechazaría.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli export FILE --cycle C [--role mentor|mentee] [--out CSV] [--include-confidential]</source>
        <translation>Uso: cohort-cli export FILE --cycle C [--role mentor|mentee] [--out CSV] [--include-confidential]</translation>
    </message>
    <message>
        <source>Export a cycle&apos;s applications to CSV (UTF-8 with BOM; cells a spreadsheet would run as formulas are neutralized). Confidential fields are left out unless asked for.</source>
        <translation>Exporta a CSV las solicitudes de un ciclo (UTF-8 con BOM; las celdas que una hoja de cálculo ejecutaría como fórmulas se neutralizan). Los campos confidenciales se omiten salvo que se pidan.</translation>
    </message>
    <message>
        <source>Only mentor or only mentee applications.</source>
        <translation>Solo las solicitudes de mentores o solo las de mentorados.</translation>
    </message>
    <message>
        <source>The CSV file to write (default: stdout).</source>
        <translation>El archivo CSV que se escribirá (por omisión: stdout).</translation>
    </message>
    <message>
        <source>Include confidential fields (demographics, preferences).</source>
        <translation>Incluye los campos confidenciales (datos demográficos, preferencias).</translation>
    </message>
    <message>
        <source>export needs a FILE.</source>
        <translation>export necesita un FILE.</translation>
    </message>
    <message>
        <source>export takes one FILE.</source>
        <translation>export admite un solo FILE.</translation>
    </message>
    <message>
        <source>export needs --cycle.</source>
        <translation>export necesita --cycle.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out necesita un nombre de archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n application(s) of %1 to %2.</source>
        <translation>
            <numerusform>Se escribió %n solicitud de %1 en %2.</numerusform>
            <numerusform>Se escribieron %n solicitudes de %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Assign K reviewers to each application, within capacities and conflicts
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Rank the applications: calibrated scores, agreement, reviewers&apos; scales

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Asigna K revisores a cada solicitud, respetando capacidades y conflictos
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Clasifica las solicitudes: puntuaciones calibradas, concordancia, escalas de los revisores

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign|stats FILE --cycle C [options]  (see cohort-cli review assign --help)</source>
        <translation type="vanished">Uso: cohort-cli review assign|stats FILE --cycle C [opciones]  (véase cohort-cli review assign --help)</translation>
    </message>
    <message>
        <source>review needs a subcommand: assign or stats.</source>
        <translation type="vanished">review necesita una suborden: assign o stats.</translation>
    </message>
    <message>
        <source>unknown review subcommand “%1”.</source>
        <translation>suborden de review desconocida «%1».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign FILE --cycle C [--role mentor|mentee] [--per-application K] [--seed S] [--dry-run] [--json]</source>
        <translation>Uso: cohort-cli review assign FILE --cycle C [--role mentor|mentee] [--per-application K] [--seed S] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Assign reviewers to the cycle&apos;s applications in review: K per application (the cycle&apos;s setting, 2 by default), within each reviewer&apos;s capacity, never a reviewer with a confirmed conflict, keeping the assignments already made. The same seed gives the same assignment. Applications left short are listed with the reason.</source>
        <translation>Asigna revisores a las solicitudes en revisión del ciclo: K por solicitud (el ajuste del ciclo, 2 por omisión), dentro de la capacidad de cada revisor, nunca un revisor con un conflicto confirmado, y conserva las asignaciones ya hechas. La misma semilla da la misma asignación. Las solicitudes a las que les faltan revisores se enumeran con el motivo.</translation>
    </message>
    <message>
        <source>Reviewers per application.</source>
        <translation>Revisores por solicitud.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The seed (recorded with each assignment).</source>
        <translation>La semilla (se registra con cada asignación).</translation>
    </message>
    <message>
        <source>Show the proposal; write nothing.</source>
        <translation>Muestra la propuesta; no escribe nada.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprime el resultado en JSON.</translation>
    </message>
    <message>
        <source>review assign needs a FILE.</source>
        <translation>review assign necesita un FILE.</translation>
    </message>
    <message>
        <source>review assign takes one FILE.</source>
        <translation>review assign admite un solo FILE.</translation>
    </message>
    <message>
        <source>review assign needs --cycle.</source>
        <translation>review assign necesita --cycle.</translation>
    </message>
    <message>
        <source>--per-application needs a whole number from 1 to 20.</source>
        <translation>--per-application necesita un número entero entre 1 y 20.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed necesita un número entero igual o mayor que 0.</translation>
    </message>
    <message>
        <source>The program is open read-only, so reviewers cannot be assigned.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden asignar revisores.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulación: no se escribió nada.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review stats FILE --cycle C [--role mentor|mentee] [--method raw|z|offset] [--json]</source>
        <translation>Uso: cohort-cli review stats FILE --cycle C [--role mentor|mentee] [--method raw|z|offset] [--json]</translation>
    </message>
    <message>
        <source>Rank a cycle&apos;s applications from the reviewers&apos; complete scores: raw means, per-reviewer z-scores and the reviewer-offset model side by side, agreement between reviewers (Krippendorff&apos;s alpha), each reviewer&apos;s scale, and the applications reviewers disagree on most. Applications appear by code.</source>
        <translation>Clasifica las solicitudes de un ciclo a partir de las puntuaciones completas de los revisores: medias brutas, puntuaciones z por revisor y el modelo de desfase del revisor, una junto a otra; la concordancia entre revisores (alfa de Krippendorff), la escala de cada revisor y las solicitudes en las que más discrepan los revisores. Las solicitudes aparecen por su código.</translation>
    </message>
    <message>
        <source>mentor or mentee (default: mentee).</source>
        <translation>mentor o mentee (por omisión: mentee).</translation>
    </message>
    <message>
        <source>The ranking: raw, z or offset (default: offset).</source>
        <translation>La clasificación: raw, z u offset (por omisión: offset).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Imprime las estadísticas en JSON.</translation>
    </message>
    <message>
        <source>review stats needs a FILE.</source>
        <translation>review stats necesita un FILE.</translation>
    </message>
    <message>
        <source>review stats takes one FILE.</source>
        <translation>review stats admite un solo FILE.</translation>
    </message>
    <message>
        <source>review stats needs --cycle.</source>
        <translation>review stats necesita --cycle.</translation>
    </message>
    <message>
        <source>--method is raw, z or offset.</source>
        <translation>--method admite raw, z u offset.</translation>
    </message>
    <message>
        <source>%1, %2 applications: %3 ranked by %4.</source>
        <translation>%1, solicitudes de %2: %3 clasificadas según %4.</translation>
    </message>
    <message>
        <source>Scored: %1 of %2 cells; %3 of %4 assignments complete, %5 submitted.</source>
        <translation>Puntuadas: %1 de %2 celdas; %3 de %4 asignaciones completas, %5 enviadas.</translation>
    </message>
    <message>
        <source>Agreement on the totals: %1</source>
        <translation>Concordancia sobre los totales: %1</translation>
    </message>
    <message>
        <source>rank  change  code        reviews    raw  calibrated  spread  decision</source>
        <translation>pos.  cambio  código       revis.  bruta   calibrada   disp.  decisión</translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Assign K reviewers to each application, within capacities and conflicts
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Rank the applications: calibrated scores, agreement, reviewers&apos; scales
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Export the cycle&apos;s scores to CSV, one row per scored cell

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Asigna K revisores a cada solicitud, respetando capacidades y conflictos
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Clasifica las solicitudes: puntuaciones calibradas, concordancia, escalas de los revisores
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporta a CSV las puntuaciones del ciclo, una fila por celda puntuada

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign|stats|scores export FILE --cycle C [options]  (see cohort-cli review assign --help)</source>
        <translation type="vanished">Uso: cohort-cli review assign|stats|scores export FILE --cycle C [opciones]  (véase cohort-cli review assign --help)</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review scores export FILE --cycle C [--role mentor|mentee] [--out CSV]</source>
        <translation>Uso: cohort-cli review scores export FILE --cycle C [--role mentor|mentee] [--out CSV]</translation>
    </message>
    <message>
        <source>Export a cycle&apos;s scores to CSV, one row per scored cell: reviewer, application (by code), role, criterion, value (a number, or N/A) and the reviewer&apos;s comment on the application. UTF-8 with BOM; cells a spreadsheet would run as formulas are neutralized.</source>
        <translation>Exporta a CSV las puntuaciones de un ciclo, una fila por celda puntuada: revisor, solicitud (por código), rol, criterio, valor (un número, o N/A) y el comentario del revisor sobre la solicitud. UTF-8 con BOM; las celdas que una hoja de cálculo ejecutaría como fórmulas se neutralizan.</translation>
    </message>
    <message>
        <source>review scores export needs a FILE.</source>
        <translation>review scores export necesita un FILE.</translation>
    </message>
    <message>
        <source>review scores export takes one FILE.</source>
        <translation>review scores export admite un solo FILE.</translation>
    </message>
    <message>
        <source>review scores export needs --cycle.</source>
        <translation>review scores export necesita --cycle.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n score(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n puntuación de %1 escrita en %2.</numerusform>
            <numerusform>%n puntuaciones de %1 escritas en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Assign K reviewers to each application, within capacities and conflicts
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Rank the applications: calibrated scores, agreement, reviewers&apos; scales
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Export the cycle&apos;s scores to CSV, one row per scored cell
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Enter scores from a CSV (the export&apos;s columns), all or nothing
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Record accept/waitlist/decline decisions from a CSV, all or nothing
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Write one offline review packet per reviewer
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Check and merge review packets back, cell by cell

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Asigna K revisores a cada solicitud, respetando capacidades y conflictos
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Clasifica las solicitudes: puntuaciones calibradas, concordancia, escalas de los revisores
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporta a CSV las puntuaciones del ciclo, una fila por celda puntuada
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Introduce puntuaciones desde un CSV (las columnas de la exportación), todas o ninguna
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Registra decisiones de aceptación, lista de espera o rechazo desde un CSV, todas o ninguna
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Escribe un paquete de revisión sin conexión por revisor
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Comprueba los paquetes de revisión y los fusiona de vuelta, celda por celda

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
       cohort-cli review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]</source>
        <translation>Uso: cohort-cli review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
     cohort-cli review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]</translation>
    </message>
    <message>
        <source>review packet needs export or merge.</source>
        <translation>review packet necesita export o merge.</translation>
    </message>
    <message>
        <source>unknown review packet subcommand “%1”.</source>
        <translation>suborden de review packet desconocida «%1».</translation>
    </message>
    <message>
        <source>Write one review packet per reviewer (or per --reviewer, by name, email or id) into DIR: the reviewer&apos;s assigned applications without a conflict (blinded when the cycle is blind), the rubric and the reviewer&apos;s own scores, signed with the program&apos;s secret. Reviewers score offline in Cohort; review packet merge brings the scores back.</source>
        <translation>Escribe en DIR un paquete de revisión por revisor (o por cada --reviewer, indicado por su nombre, su correo electrónico o su identificador): las solicitudes asignadas al revisor sin conflicto (anónimas cuando el ciclo tiene revisión anónima), la rúbrica y las propias puntuaciones del revisor, firmado con el secreto del programa. Los revisores puntúan sin conexión en Cohort; review packet merge trae de vuelta las puntuaciones.</translation>
    </message>
    <message>
        <source>A reviewer (repeat for several).</source>
        <translation>Un revisor (repita la opción para indicar varios).</translation>
    </message>
    <message>
        <source>The folder to write the packets into.</source>
        <translation>La carpeta en la que se escribirán los paquetes.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>review packet export needs one program FILE.</source>
        <translation>review packet export necesita un solo FILE de programa.</translation>
    </message>
    <message>
        <source>review packet export needs --cycle.</source>
        <translation>review packet export necesita --cycle.</translation>
    </message>
    <message>
        <source>review packet export needs --out with a folder.</source>
        <translation>review packet export necesita --out con una carpeta.</translation>
    </message>
    <message>
        <source>The program is open read-only, so packets cannot be exported (the export is recorded).</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden exportar paquetes (la exportación se registra en el programa).</translation>
    </message>
    <message>
        <source>No reviewer is called “%1” (give a name, an email or an id).</source>
        <translation>Ningún revisor se llama «%1» (indique un nombre, un correo electrónico o un identificador).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n packet(s) of %1 to %2:</source>
        <translation>
            <numerusform>Se escribió %n paquete de %1 en %2:</numerusform>
            <numerusform>Se escribieron %n paquetes de %1 en %2:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 applications, %3 of %4 cells scored (%5)</source>
        <translation>  %1: %2 solicitudes, %3 de %4 celdas puntuadas (%5)</translation>
    </message>
    <message>
        <source>Merge review packets back into the program. Each packet is checked first (its schema, its integrity, its signature, the program, cycle and rubric); a packet that fails is refused with the reason and changes nothing. Then each cell is merged three ways: changed only in the packet, it is applied; changed in the program too, to another value, it is a conflict, settled by --on-conflict (fail, the default, merges nothing of that packet). Each packet is one transaction and one audit entry.</source>
        <translation>Fusiona los paquetes de revisión en el programa. Primero se comprueba cada paquete (su esquema, su integridad, su firma, el programa, el ciclo y la rúbrica); un paquete que no supera la comprobación se rechaza indicando el motivo y no cambia nada. Después, cada celda se fusiona a tres bandas: si solo cambió en el paquete, se aplica; si también cambió en el programa, a otro valor, es un conflicto, que se resuelve según --on-conflict (fail, la opción por omisión, no fusiona nada de ese paquete). Cada paquete es una transacción y una entrada del registro de auditoría.</translation>
    </message>
    <message>
        <source>keep-program, take-packet, or fail (the default).</source>
        <translation>keep-program, take-packet o fail (por omisión).</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>HOW</translation>
    </message>
    <message>
        <source>PACKETS</source>
        <translation>PACKETS</translation>
    </message>
    <message>
        <source>The packet files.</source>
        <translation>Los archivos de paquete.</translation>
    </message>
    <message>
        <source>PACKETS...</source>
        <translation>PACKETS...</translation>
    </message>
    <message>
        <source>review packet merge needs a program FILE and at least one packet.</source>
        <translation>review packet merge necesita un FILE de programa y al menos un paquete.</translation>
    </message>
    <message>
        <source>--on-conflict is keep-program, take-packet or fail.</source>
        <translation>--on-conflict admite keep-program, take-packet o fail.</translation>
    </message>
    <message>
        <source>The program is open read-only, so packets cannot be merged.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden fusionar paquetes.</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1: rechazado: %2</translation>
    </message>
    <message>
        <source>  conflict: %1, %2: packet %3, program %4 (changed by %5)</source>
        <translation>  conflicto: %1, %2: paquete %3, programa %4 (cambiado por %5)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>  Not merged: settle the conflicts with --on-conflict keep-program or take-packet, or merge it in the window.</source>
        <translation>  No fusionado: resuelva los conflictos con --on-conflict keep-program o take-packet, o fusiónelo en la ventana.</translation>
    </message>
    <message>
        <source>  Not merged: %1</source>
        <translation>  No fusionado: %1</translation>
    </message>
    <message>
        <source>  Merged: %1 scores, %2 comments written; %3 assignments submitted.</source>
        <translation>  Fusionado: %1 puntuaciones y %2 comentarios escritos; %3 asignaciones enviadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) not merged.</source>
        <translation>
            <numerusform>%n paquete no fusionado.</numerusform>
            <numerusform>%n paquetes no fusionados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign|stats|scores export|scores import|decide|packet export|packet merge FILE … (see cohort-cli review assign --help)</source>
        <translation>Uso: cohort-cli review assign|stats|scores export|scores import|decide|packet export|packet merge FILE … (véase cohort-cli review assign --help)</translation>
    </message>
    <message>
        <source>review needs a subcommand: assign, stats, scores export, scores import, decide or packet.</source>
        <translation>review necesita una suborden: assign, stats, scores export, scores import, decide o packet.</translation>
    </message>
    <message>
        <source>The decisions CSV file to read.</source>
        <translation>El archivo CSV de decisiones que se leerá.</translation>
    </message>
    <message>
        <source>Check the file; write nothing.</source>
        <translation>Comprueba el archivo; no escribe nada.</translation>
    </message>
    <message>
        <source>The scores CSV file to read.</source>
        <translation>El archivo CSV de puntuaciones que se leerá.</translation>
    </message>
    <message>
        <source>%1 needs a program FILE and a CSV file.</source>
        <translation>%1 necesita un FILE de programa y un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 needs one program FILE.</source>
        <translation>%1 necesita un solo FILE de programa.</translation>
    </message>
    <message>
        <source>%1 needs --cycle.</source>
        <translation>%1 necesita --cycle.</translation>
    </message>
    <message>
        <source>%1 needs --import with a CSV file.</source>
        <translation>%1 necesita --import con un archivo CSV.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]</source>
        <translation>Uso: cohort-cli review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Enter scores kept in a spreadsheet: one row per cell with the columns reviewer (or reviewer_email), application (the code), criterion, value (a number, N/A, or empty to leave the cell) and an optional comment — the columns review scores export writes. The whole file is checked first; any problem refuses it with the line and column, and nothing is written. The import is one undo step in the app&apos;s history of this session.</source>
        <translation>Introduce puntuaciones guardadas en una hoja de cálculo: una fila por celda con las columnas reviewer (o reviewer_email), application (el código), criterion, value (un número, N/A o vacío para dejar la celda como está) y un comentario opcional (comment), que son las columnas que escribe review scores export. Primero se comprueba el archivo entero; cualquier problema lo rechaza indicando la línea y la columna, y no se escribe nada. La importación es un solo paso de deshacer en el historial de esta sesión de la aplicación.</translation>
    </message>
    <message>
        <source>The program is open read-only, so scores cannot be entered.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden introducir puntuaciones.</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importar puntuaciones</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n row(s) read</source>
        <translation>
            <numerusform>%1 → %2: %n fila leída</numerusform>
            <numerusform>%1 → %2: %n filas leídas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n puntuación</numerusform>
            <numerusform>%n puntuaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Would change %1; %2 already so, %3 left blank.</source>
        <translation>Se cambiarían %1; %2 ya tenían ese valor y %3 se dejan en blanco.</translation>
    </message>
    <message>
        <source>Changed %1; %2 already so, %3 left blank.</source>
        <translation>Se cambiaron %1; %2 ya tenían ese valor y %3 se dejaron en blanco.</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more problem(s).</source>
        <translation>
            <numerusform>  … y %n problema más.</numerusform>
            <numerusform>  … y %n problemas más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no score was entered.</source>
        <translation>
            <numerusform>%n problema en %1; no se introdujo ninguna puntuación.</numerusform>
            <numerusform>%n problemas en %1; no se introdujo ninguna puntuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]</source>
        <translation>Uso: cohort-cli review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Record decisions kept in a spreadsheet: the columns application (the code), decision (accepted, waitlisted or declined; empty leaves the application as it is) and rationale. A decision that departs from the calibrated order needs a rationale. Decisions set the applications&apos; status. The whole file is checked first; any problem refuses it with the line, and nothing is written.</source>
        <translation>Registra decisiones guardadas en una hoja de cálculo: las columnas application (el código), decision (accepted, waitlisted o declined; vacía, deja la solicitud como está) y rationale. Una decisión que se aparta del orden calibrado necesita una justificación. Las decisiones fijan el estado de las solicitudes. Primero se comprueba el archivo entero; cualquier problema lo rechaza indicando la línea, y no se escribe nada.</translation>
    </message>
    <message>
        <source>The program is open read-only, so decisions cannot be recorded.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden registrar decisiones.</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Importar decisiones</translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decision(s); %1 already so, %2 left blank.</source>
        <translation>
            <numerusform>Se registraría %n decisión; %1 ya estaban registradas y %2 se dejan en blanco.</numerusform>
            <numerusform>Se registrarían %n decisiones; %1 ya estaban registradas y %2 se dejan en blanco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s); %1 already so, %2 left blank.</source>
        <translation>
            <numerusform>Se registró %n decisión; %1 ya estaban registradas y %2 se dejaron en blanco.</numerusform>
            <numerusform>Se registraron %n decisiones; %1 ya estaban registradas y %2 se dejaron en blanco.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no decision was recorded.</source>
        <translation>
            <numerusform>%n problema en %1; no se registró ninguna decisión.</numerusform>
            <numerusform>%n problemas en %1; no se registró ninguna decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Assign K reviewers to each application, within capacities and conflicts
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Rank the applications: calibrated scores, agreement, reviewers&apos; scales
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Export the cycle&apos;s scores to CSV, one row per scored cell
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Enter scores from a CSV (the export&apos;s columns), all or nothing
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Record accept/waitlist/decline decisions from a CSV, all or nothing
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Write one offline review packet per reviewer
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Check and merge review packets back, cell by cell
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propose mentor–mentee matches (write them as drafts with --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explain a mentee&apos;s match and list the best available mentors
  match export FILE --cycle C [--out CSV]
                       Export the cycle&apos;s matches to CSV (stdout without --out)

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Asigna K revisores a cada solicitud, respetando capacidades y conflictos
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Clasifica las solicitudes: puntuaciones calibradas, concordancia, escalas de los revisores
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporta a CSV las puntuaciones del ciclo, una fila por celda puntuada
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Introduce puntuaciones desde un CSV (las columnas de la exportación), todas o ninguna
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Registra decisiones de aceptación, lista de espera o rechazo desde un CSV, todas o ninguna
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Escribe un paquete de revisión sin conexión por revisor
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Comprueba los paquetes de revisión y los fusiona de vuelta, celda por celda
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propone emparejamientos mentor–mentorado (los escribe como borradores con --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explica el emparejamiento de un mentorado y enumera los mejores mentores disponibles
  match export FILE --cycle C [--out CSV]
                       Exporta a CSV los emparejamientos del ciclo (a stdout sin --out)

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>    Not allowed: %1</source>
        <translation>    No permitido: %1</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match auto|explain|export FILE --cycle C … (see cohort-cli match auto --help)</source>
        <translation>Uso: cohort-cli match auto|explain|export FILE --cycle C … (véase cohort-cli match auto --help)</translation>
    </message>
    <message>
        <source>match needs a subcommand: auto, explain or export.</source>
        <translation>match necesita una suborden: auto, explain o export.</translation>
    </message>
    <message>
        <source>unknown match subcommand “%1”.</source>
        <translation>suborden de match desconocida «%1».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]</source>
        <translation>Uso: cohort-cli match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]</translation>
    </message>
    <message>
        <source>Propose matches for a cycle&apos;s accepted mentees: the best assignment to the accepted mentors&apos; places by the compatibility model, never a pair on the same library or named on an avoid list. Locked drafts and published matches are kept; unlocked drafts may be reassigned. Nothing is written without --apply; with it the unlocked drafts are replaced by the proposal (drafts of source auto), in one transaction.</source>
        <translation>Propone emparejamientos para los mentorados aceptados de un ciclo: el mejor reparto entre las plazas de los mentores aceptados según el modelo de compatibilidad, sin emparejar nunca a dos personas de la misma biblioteca ni a alguien nombrado en una lista de personas que evitar. Los borradores bloqueados y los emparejamientos publicados se conservan; los borradores no bloqueados pueden reasignarse. Sin --apply no se escribe nada; con esta opción, los borradores no bloqueados se sustituyen por la propuesta (borradores con origen auto), en una sola transacción.</translation>
    </message>
    <message>
        <source>Leave pairs scoring below S (0 to 1) unmatched (default: the cycle&apos;s setting).</source>
        <translation>Deja sin emparejar los pares con una puntuación inferior a S (de 0 a 1) (por omisión: el ajuste del ciclo).</translation>
    </message>
    <message>
        <source>scores: the best total score (default); participation: as many mentees matched as possible first.</source>
        <translation>scores: la mejor puntuación total (por omisión); participation: primero, tantos mentorados emparejados como sea posible.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Write the proposal as draft matches.</source>
        <translation>Escribe la propuesta como emparejamientos en borrador.</translation>
    </message>
    <message>
        <source>Print the proposal as JSON.</source>
        <translation>Imprime la propuesta en JSON.</translation>
    </message>
    <message>
        <source>match auto needs a FILE.</source>
        <translation>match auto necesita un FILE.</translation>
    </message>
    <message>
        <source>match auto takes one FILE.</source>
        <translation>match auto admite un solo FILE.</translation>
    </message>
    <message>
        <source>match auto needs --cycle.</source>
        <translation>match auto necesita --cycle.</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 1.</source>
        <translation>--min-score necesita un número entre 0 y 1.</translation>
    </message>
    <message>
        <source>--mode is scores or participation.</source>
        <translation>--mode admite scores o participation.</translation>
    </message>
    <message>
        <source>The program is open read-only, so matches cannot be written.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden escribir emparejamientos.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unlocked draft(s) replaced by %2 proposed</source>
        <translation>
            <numerusform>%1; %n borrador no bloqueado sustituido por la propuesta (%2)</numerusform>
            <numerusform>%1; %n borradores no bloqueados sustituidos por la propuesta (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, locked or published (%n; mentor, mentee, score):</source>
        <translation>
            <numerusform>Conservado, bloqueado o publicado (%n; mentor, mentorado, puntuación):</numerusform>
            <numerusform>Conservados, bloqueados o publicados (%n; mentor, mentorado, puntuación):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed as new drafts (%n; mentor, mentee, score):</source>
        <translation>
            <numerusform>Propuesto como nuevo borrador (%n; mentor, mentorado, puntuación):</numerusform>
            <numerusform>Propuestos como nuevos borradores (%n; mentor, mentorado, puntuación):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched (%n):</source>
        <translation>
            <numerusform>Sin emparejar (%n):</numerusform>
            <numerusform>Sin emparejar (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n unlocked draft(s) removed, %1 draft(s) added.</source>
        <translation>
            <numerusform>Aplicado: %n borrador no bloqueado eliminado; borradores añadidos: %1.</numerusform>
            <numerusform>Aplicado: %n borradores no bloqueados eliminados; borradores añadidos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written (use --apply to write the proposal).</source>
        <translation>Simulación: no se escribió nada (use --apply para escribir la propuesta).</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match explain FILE --cycle C --mentee ID [--json]</source>
        <translation>Uso: cohort-cli match explain FILE --cycle C --mentee ID [--json]</translation>
    </message>
    <message>
        <source>Explain a mentee&apos;s current match factor by factor, and list the five best mentors who are allowed and have room, with their scores and strongest factors. For the chair: confidential answers used in matching are shown.</source>
        <translation>Explica factor por factor el emparejamiento actual de un mentorado y enumera los cinco mejores mentores permitidos que tienen plazas libres, con sus puntuaciones y sus factores más fuertes. Para la presidencia: se muestran las respuestas confidenciales usadas en el emparejamiento.</translation>
    </message>
    <message>
        <source>The mentee, by code or application id.</source>
        <translation>El mentorado, por su código o el identificador de su solicitud.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the explanation as JSON.</source>
        <translation>Imprime la explicación en JSON.</translation>
    </message>
    <message>
        <source>match explain needs a FILE.</source>
        <translation>match explain necesita un FILE.</translation>
    </message>
    <message>
        <source>match explain takes one FILE.</source>
        <translation>match explain admite un solo FILE.</translation>
    </message>
    <message>
        <source>match explain needs --cycle.</source>
        <translation>match explain necesita --cycle.</translation>
    </message>
    <message>
        <source>match explain needs --mentee.</source>
        <translation>match explain necesita --mentee.</translation>
    </message>
    <message>
        <source>%1 has no accepted mentee “%2”.</source>
        <translation>%1 no tiene ningún mentorado aceptado «%2».</translation>
    </message>
    <message>
        <source>The mentor&apos;s application is not accepted.</source>
        <translation>La solicitud del mentor no está aceptada.</translation>
    </message>
    <message>
        <source>%1 (mentee, %2)</source>
        <translation>%1 (mentorado, %2)</translation>
    </message>
    <message>
        <source>Not matched.</source>
        <translation>Sin emparejar.</translation>
    </message>
    <message>
        <source>%1, locked, %2</source>
        <translation>%1, bloqueado, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Matched (%1) to a mentor whose application is not accepted.</source>
        <translation>Emparejado (%1) con un mentor cuya solicitud no está aceptada.</translation>
    </message>
    <message>
        <source>Matched with %1 (%2): score %3</source>
        <translation>Emparejado con %1 (%2): puntuación %3</translation>
    </message>
    <message>
        <source>No other mentor is allowed and has room.</source>
        <translation>Ningún otro mentor permitido tiene plazas libres.</translation>
    </message>
    <message>
        <source>Best available mentors:</source>
        <translation>Mejores mentores disponibles:</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match export FILE --cycle C [--out CSV]</source>
        <translation>Uso: cohort-cli match export FILE --cycle C [--out CSV]</translation>
    </message>
    <message>
        <source>Export a cycle&apos;s matches to CSV, one row per match: the mentor&apos;s and mentee&apos;s codes and names, status, source, locked, score and publication date. No confidential fields. UTF-8 with BOM; cells a spreadsheet would run as formulas are neutralized.</source>
        <translation>Exporta a CSV los emparejamientos de un ciclo, una fila por emparejamiento: códigos y nombres del mentor y del mentorado, estado, origen, bloqueo, puntuación y fecha de publicación. Ningún campo confidencial. UTF-8 con BOM; las celdas que una hoja de cálculo ejecutaría como fórmulas se neutralizan.</translation>
    </message>
    <message>
        <source>match export needs a FILE.</source>
        <translation>match export necesita un FILE.</translation>
    </message>
    <message>
        <source>match export takes one FILE.</source>
        <translation>match export admite un solo FILE.</translation>
    </message>
    <message>
        <source>match export needs --cycle.</source>
        <translation>match export necesita --cycle.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">No</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n match(es) of %1 to %2.</source>
        <translation>
            <numerusform>Se escribió %n emparejamiento de %1 en %2.</numerusform>
            <numerusform>Se escribieron %n emparejamientos de %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Assign K reviewers to each application, within capacities and conflicts
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Rank the applications: calibrated scores, agreement, reviewers&apos; scales
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Export the cycle&apos;s scores to CSV, one row per scored cell
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Enter scores from a CSV (the export&apos;s columns), all or nothing
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Record accept/waitlist/decline decisions from a CSV, all or nothing
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Write one offline review packet per reviewer
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Check and merge review packets back, cell by cell
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propose mentor–mentee matches (write them as drafts with --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explain a mentee&apos;s match and list the best available mentors
  match export FILE --cycle C [--out CSV]
                       Export the cycle&apos;s matches to CSV (stdout without --out)
  timeline FILE --cycle C [--as-of DATE] [--json]
                       Show the cycle&apos;s phases, the current phase and the next 30 days&apos; deadlines
  engagement FILE --cycle C [--as-of DATE] [--json [--months]]
                       Show how each published match keeps in contact: on track, below cadence, quiet
  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]
                       Log contacts from a CSV, all or nothing; rows already logged are skipped

Options:
  -h, --help           Show this help (or a command&apos;s help: cohort-cli demo --help)
  -v, --version        Show the version

Exit codes: 0 ok, 1 failure (reason on stderr), 2 usage error.
</source>
        <translation type="vanished">Uso: cohort-cli &lt;orden&gt; [opciones]

Trabaje con un archivo de programa de mentoría sin ventana.

Órdenes:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Escribe un archivo de programa de demostración realista (determinista para cada semilla)
  info FILE [--json]   Muestra el programa, sus ciclos y lo que contienen
  check FILE [--json]  Comprueba un archivo de programa: integridad, versión del esquema, claves foráneas
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Asigna K revisores a cada solicitud, respetando capacidades y conflictos
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Clasifica las solicitudes: puntuaciones calibradas, concordancia, escalas de los revisores
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporta a CSV las puntuaciones del ciclo, una fila por celda puntuada
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Introduce puntuaciones desde un CSV (las columnas de la exportación), todas o ninguna
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Registra decisiones de aceptación, lista de espera o rechazo desde un CSV, todas o ninguna
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Escribe un paquete de revisión sin conexión por revisor
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Comprueba los paquetes de revisión y los fusiona de vuelta, celda por celda
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propone emparejamientos mentor–mentorado (los escribe como borradores con --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explica el emparejamiento de un mentorado y enumera los mejores mentores disponibles
  match export FILE --cycle C [--out CSV]
                       Exporta a CSV los emparejamientos del ciclo (a stdout sin --out)
  timeline FILE --cycle C [--as-of DATE] [--json]
                       Muestra las fases del ciclo, la fase en curso y los plazos de los próximos 30 días
  engagement FILE --cycle C [--as-of DATE] [--json [--months]]
                       Muestra cómo mantiene el contacto cada emparejamiento publicado: al día, por debajo de la cadencia, sin contacto
  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]
                       Registra contactos desde un CSV, todos o ninguno; se omiten las filas ya registradas

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>past</source>
        <translation>pasada</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>The day to look from, as YYYY-MM-DD (default: today).</source>
        <translation>El día de referencia, en formato AAAA-MM-DD (por omisión: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>With --json: each match&apos;s months (contacts, expected, met, partial).</source>
        <translation>Con --json: los meses de cada emparejamiento (contacts, expected, met, partial).</translation>
    </message>
    <message>
        <source>%1 needs a FILE.</source>
        <translation>%1 necesita un FILE.</translation>
    </message>
    <message>
        <source>%1 takes one FILE.</source>
        <translation>%1 admite un solo FILE.</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD.</source>
        <translation>--as-of necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--months goes with --json.</source>
        <translation>--months solo se usa con --json.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli timeline FILE --cycle C [--as-of DATE] [--json]</source>
        <translation>Uso: cohort-cli timeline FILE --cycle C [--as-of DATE] [--json]</translation>
    </message>
    <message>
        <source>Show a cycle&apos;s phases (name, kind, start, end, deadline), the phase it is in and the deadlines and orientation sessions of the next 30 days.</source>
        <translation>Muestra las fases de un ciclo (nombre, tipo, inicio, fin, plazo), la fase en curso y los plazos y las sesiones de orientación de los próximos 30 días.</translation>
    </message>
    <message>
        <source>Virtual orientation</source>
        <translation>Orientación virtual</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), as of %4</source>
        <translation>%1 (%2 a %3), a fecha de %4</translation>
    </message>
    <message>
        <source>The cycle has no phases.</source>
        <translation>El ciclo no tiene fases.</translation>
    </message>
    <message>
        <source>Phases (start, end, deadline):</source>
        <translation>Fases (inicio, fin, plazo):</translation>
    </message>
    <message>
        <source>Current phase: none</source>
        <translation>Fase en curso: ninguna</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Fase en curso: %1</translation>
    </message>
    <message numerus="yes">
        <source>No deadline in the next %n day(s).</source>
        <translation>
            <numerusform>Ningún plazo en el próximo %n día.</numerusform>
            <numerusform>Ningún plazo en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming in the next %n day(s):</source>
        <translation>
            <numerusform>En el próximo %n día:</numerusform>
            <numerusform>En los próximos %n días:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(en %n día)</numerusform>
            <numerusform>(en %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli engagement FILE --cycle C [--as-of DATE] [--json [--months]]</source>
        <translation>Uso: cohort-cli engagement FILE --cycle C [--as-of DATE] [--json [--months]]</translation>
    </message>
    <message>
        <source>Show how each published match of a cycle keeps in contact: on track, below cadence (fewer contacts than the cycle&apos;s contacts a month), quiet (no contact for more than the cycle&apos;s quiet days), ended or not started, with the reason in words, the last contact and the goal sheet; then the counts.</source>
        <translation>Muestra cómo mantiene el contacto cada emparejamiento publicado de un ciclo: al día, por debajo de la cadencia (menos contactos que los contactos al mes del ciclo), sin contacto (ningún contacto durante más días que el límite de días sin contacto del ciclo), terminado o no iniciado, con el motivo explicado, el último contacto y la hoja de objetivos; después, los totales.</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n published or ended match(es)</source>
        <translation>
            <numerusform>%1, a fecha de %2: %n emparejamiento publicado o terminado</numerusform>
            <numerusform>%1, a fecha de %2: %n emparejamientos publicados o terminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected: %n contact(s) a month; quiet after %1 day(s) without contact.</source>
        <translation>
            <numerusform>Esperado: %n contacto al mes; sin contacto tras %1 día(s) sin contactar.</numerusform>
            <numerusform>Esperado: %n contactos al mes; sin contacto tras %1 día(s) sin contactar.</numerusform>
        </translation>
    </message>
    <message>
        <source>goal sheet: %1</source>
        <translation>hoja de objetivos: %1</translation>
    </message>
    <message>
        <source>On track %1, below cadence %2, quiet %3, ended %4, not started %5; goal sheets overdue %6.</source>
        <translation>Al día %1, por debajo de la cadencia %2, sin contacto %3, terminados %4, no iniciados %5; hojas de objetivos vencidas %6.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]</source>
        <translation>Uso: cohort-cli contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>contacts needs a subcommand: import.</source>
        <translation>contacts necesita una suborden: import.</translation>
    </message>
    <message>
        <source>unknown contacts subcommand “%1”.</source>
        <translation>suborden de contacts desconocida «%1».</translation>
    </message>
    <message>
        <source>Log contacts kept in a spreadsheet: one row per contact with the columns mentee (the mentee&apos;s code) or match (the match id), mentor (optional, checked), date (2017-10-13 or 10/13/2017), method (email, phone, video, chat, in person), initiated_by (mentor, mentee or liaison) and note (optional). A row identical to a logged contact is already there and is not added again, so importing a file twice changes nothing. The whole file is checked first; any problem refuses it with the line and column, and nothing is written.</source>
        <translation>Registra contactos guardados en una hoja de cálculo: una fila por contacto con las columnas mentee (el código del mentorado) o match (el identificador del emparejamiento), mentor (opcional, se comprueba), date (2017-10-13 o 10/13/2017), method (email, phone, video, chat, in person), initiated_by (mentor, mentee o liaison) y note (opcional). Una fila idéntica a un contacto ya registrado no se vuelve a añadir, así que importar dos veces el mismo archivo no cambia nada. Primero se comprueba el archivo entero; cualquier problema lo rechaza indicando la línea y la columna, y no se escribe nada.</translation>
    </message>
    <message>
        <source>Look the mentees up in this cycle only (by name or id).</source>
        <translation>Busca los mentorados solo en este ciclo (indicado por su nombre o su identificador).</translation>
    </message>
    <message>
        <source>The contacts CSV file to read.</source>
        <translation>El archivo CSV de contactos que se leerá.</translation>
    </message>
    <message>
        <source>contacts import needs a program FILE and a CSV file.</source>
        <translation>contacts import necesita un FILE de programa y un archivo CSV.</translation>
    </message>
    <message>
        <source>--cycle needs a cycle name or id.</source>
        <translation>--cycle necesita el nombre o el identificador de un ciclo.</translation>
    </message>
    <message>
        <source>The program is open read-only, so contacts cannot be logged.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden registrar contactos.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n fila leída</numerusform>
            <numerusform>%1: %n filas leídas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %n contact(s); %1 already there.</source>
        <translation>
            <numerusform>Se añadiría %n contacto; ya registrados: %1.</numerusform>
            <numerusform>Se añadirían %n contactos; ya registrados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s); %1 already there.</source>
        <translation>
            <numerusform>Se añadió %n contacto; ya registrados: %1.</numerusform>
            <numerusform>Se añadieron %n contactos; ya registrados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no contact was imported.</source>
        <translation>
            <numerusform>%n problema en %1; no se importó ningún contacto.</numerusform>
            <numerusform>%n problemas en %1; no se importó ningún contacto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]

Run a mentoring program file without a window.

Commands:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Write a realistic demo program file (deterministic for a seed)
  info FILE [--json]   Show the program, its cycles and what they hold
  check FILE [--json]  Check a program file: integrity, schema version, foreign keys
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Import applications from an online form&apos;s CSV export, all or nothing
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Export a cycle&apos;s applications to CSV (stdout without --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Assign K reviewers to each application, within capacities and conflicts
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Rank the applications: calibrated scores, agreement, reviewers&apos; scales
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Export the cycle&apos;s scores to CSV, one row per scored cell
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Enter scores from a CSV (the export&apos;s columns), all or nothing
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Record accept/waitlist/decline decisions from a CSV, all or nothing
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Write one offline review packet per reviewer
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Check and merge review packets back, cell by cell
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propose mentor–mentee matches (write them as drafts with --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explain a mentee&apos;s match and list the best available mentors
  match export FILE --cycle C [--out CSV]
                       Export the cycle&apos;s matches to CSV (stdout without --out)
  timeline FILE --cycle C [--as-of DATE] [--json]
                       Show the cycle&apos;s phases, the current phase and the next 30 days&apos; deadlines
  engagement FILE --cycle C [--as-of DATE] [--json [--months]]
                       Show how each published match keeps in contact: on track, below cadence, quiet
  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]
                       Log contacts from a CSV, all or nothing; rows already logged are skipped
  letters issue|check FILE --cycle C --kind KIND [--out DIR] [--combined] [--force] [--json]
                       Write a cycle&apos;s letters of one kind as PDFs and record them (check: only check)

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
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importa solicitudes de la exportación CSV de un formulario en línea, todas o ninguna
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporta a CSV las solicitudes de un ciclo (a stdout sin --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Asigna K revisores a cada solicitud, respetando capacidades y conflictos
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Clasifica las solicitudes: puntuaciones calibradas, concordancia, escalas de los revisores
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporta a CSV las puntuaciones del ciclo, una fila por celda puntuada
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Introduce puntuaciones desde un CSV (las columnas de la exportación), todas o ninguna
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Registra decisiones de aceptación, lista de espera o rechazo desde un CSV, todas o ninguna
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Escribe un paquete de revisión sin conexión por revisor
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Comprueba los paquetes de revisión y los fusiona de vuelta, celda por celda
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propone emparejamientos mentor–mentorado (los escribe como borradores con --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explica el emparejamiento de un mentorado y enumera los mejores mentores disponibles
  match export FILE --cycle C [--out CSV]
                       Exporta a CSV los emparejamientos del ciclo (a stdout sin --out)
  timeline FILE --cycle C [--as-of DATE] [--json]
                       Muestra las fases del ciclo, la fase en curso y los plazos de los próximos 30 días
  engagement FILE --cycle C [--as-of DATE] [--json [--months]]
                       Muestra cómo mantiene el contacto cada emparejamiento publicado: al día, por debajo de la cadencia, sin contacto
  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]
                       Registra contactos desde un CSV, todos o ninguno; se omiten las filas ya registradas
  letters issue|check FILE --cycle C --kind KIND [--out DIR] [--combined] [--force] [--json]
                       Escribe en PDF las cartas de un tipo de un ciclo y las registra (check: solo comprueba)

Opciones:
  -h, --help           Muestra esta ayuda (o la de una orden: cohort-cli demo --help)
  -v, --version        Muestra la versión

Códigos de salida: 0 correcto, 1 fallo (motivo en stderr), 2 error de uso.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli letters issue|check FILE --cycle C --kind KIND … (see cohort-cli letters issue --help)</source>
        <translation>Uso: cohort-cli letters issue|check FILE --cycle C --kind KIND … (consulte cohort-cli letters issue --help)</translation>
    </message>
    <message>
        <source>letters needs a subcommand: issue or check.</source>
        <translation>letters necesita una suborden: issue o check.</translation>
    </message>
    <message>
        <source>unknown letters subcommand “%1”.</source>
        <translation>suborden de letters desconocida «%1».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli letters issue FILE --cycle C --kind KIND [--role R] [--status S] [--lang L] --out DIR [--combined] [--force] [--json]</source>
        <translation>Uso: cohort-cli letters issue FILE --cycle C --kind KIND [--role R] [--status S] [--lang L] --out DIR [--combined] [--force] [--json]</translation>
    </message>
    <message>
        <source>Write a cycle&apos;s letters of one kind as PDFs and record what each person was sent. Every letter is checked first: with any problem nothing is written. Letters already issued with the same text are skipped unless --force.</source>
        <translation>Escribe en PDF las cartas de un tipo de un ciclo y registra lo que se ha enviado a cada persona. Antes se comprueban todas las cartas: si hay algún problema, no se escribe nada. Las cartas ya emitidas con el mismo texto se omiten, salvo con --force.</translation>
    </message>
    <message>
        <source>The letter kind: %1.</source>
        <translation>El tipo de carta: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only mentors or mentees.</source>
        <translation>Solo mentores o mentorados.</translation>
    </message>
    <message>
        <source>Only applications of this status.</source>
        <translation>Solo las solicitudes con este estado.</translation>
    </message>
    <message>
        <source>The letters&apos; language (default en).</source>
        <translation>El idioma de las cartas (en de forma predeterminada).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to.</source>
        <translation>La carpeta en la que se escribirán los PDF.</translation>
    </message>
    <message>
        <source>One PDF with every letter.</source>
        <translation>Un solo PDF con todas las cartas.</translation>
    </message>
    <message>
        <source>Issue again letters issued already.</source>
        <translation>Vuelve a emitir las cartas ya emitidas.</translation>
    </message>
    <message>
        <source>letters issue needs a FILE.</source>
        <translation>letters issue necesita un FILE.</translation>
    </message>
    <message>
        <source>letters issue takes one FILE.</source>
        <translation>letters issue admite un solo FILE.</translation>
    </message>
    <message>
        <source>letters issue needs --cycle.</source>
        <translation>letters issue necesita --cycle.</translation>
    </message>
    <message>
        <source>letters issue needs --kind.</source>
        <translation>letters issue necesita --kind.</translation>
    </message>
    <message>
        <source>--kind is one of %1.</source>
        <translation>--kind debe ser uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>letters issue needs --out.</source>
        <translation>letters issue necesita --out.</translation>
    </message>
    <message>
        <source>The program is open read-only, so letters cannot be recorded.</source>
        <translation>El programa está abierto en modo de solo lectura, así que no se pueden registrar cartas.</translation>
    </message>
    <message>
        <source>%1 letters for %2: %3 recipients, %4 issued, %5 already current.</source>
        <translation>Cartas de %1 para %2: %3 destinatarios, %4 emitidas, %5 ya al día.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli letters check FILE --cycle C --kind KIND [--role R] [--status S] [--lang L]</source>
        <translation>Uso: cohort-cli letters check FILE --cycle C --kind KIND [--role R] [--status S] [--lang L]</translation>
    </message>
    <message>
        <source>Check a cycle&apos;s letters of one kind without writing anything: unknown placeholders in the template and values missing for a recipient. Exit 1 when there is any problem.</source>
        <translation>Comprueba las cartas de un tipo de un ciclo sin escribir nada: marcadores desconocidos en la plantilla y valores que faltan para algún destinatario. Sale con 1 si hay algún problema.</translation>
    </message>
    <message>
        <source>The letter kind.</source>
        <translation>El tipo de carta.</translation>
    </message>
    <message>
        <source>letters check needs a FILE.</source>
        <translation>letters check necesita un FILE.</translation>
    </message>
    <message>
        <source>letters check takes one FILE.</source>
        <translation>letters check admite un solo FILE.</translation>
    </message>
    <message>
        <source>letters check needs --cycle.</source>
        <translation>letters check necesita --cycle.</translation>
    </message>
    <message>
        <source>letters check needs --kind.</source>
        <translation>letters check necesita --kind.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter problem(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n problema en las cartas.</numerusform>
            <numerusform>Se han encontrado %n problemas en las cartas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 letters for %2 are ready to issue.</source>
        <translation>Las cartas de %1 para %2 están listas para emitirse.</translation>
    </message>
</context>
<context>
    <name>cohort::CommitteeGridModel</name>
    <message>
        <source>Raw mean</source>
        <translation>Media bruta</translation>
    </message>
    <message>
        <source>Z-scores</source>
        <translation>Puntuaciones z</translation>
    </message>
    <message>
        <source>Reviewer offset</source>
        <translation>Desfase del revisor</translation>
    </message>
    <message>
        <source>↑%1 up</source>
        <translation>↑%1 sube</translation>
    </message>
    <message>
        <source>↓%1 down</source>
        <translation>↓%1 baja</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <source>unranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>In under %1 (%2)</source>
        <translation>Dentro del objetivo con %1 (%2)</translation>
    </message>
    <message>
        <source>Out under %1 (%2)</source>
        <translation>Fuera del objetivo con %1 (%2)</translation>
    </message>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1: todavía sin puntuar</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>%1: %2 so far (%3 of %4 criteria); not counted until complete</source>
        <translation>%1: %2 por ahora (%3 de %4 criterios); no cuenta hasta que esté completa</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assigned reviews are complete</source>
        <translation>
            <numerusform>%1 de %n revisión asignada está completa</numerusform>
            <numerusform>%1 de %n revisiones asignadas están completas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No complete review yet</source>
        <translation>Todavía no hay ninguna revisión completa</translation>
    </message>
    <message>
        <source>Group %1 of %2: offset scores compare only within one group of applications that share reviewers</source>
        <translation>Grupo %1 de %2: las puntuaciones con desfase solo son comparables dentro de un mismo grupo de solicitudes que comparten revisores</translation>
    </message>
    <message>
        <source>Highest − lowest complete total: %1</source>
        <translation>Total completo más alto − más bajo: %1</translation>
    </message>
    <message>
        <source>Not ranked: no complete review yet</source>
        <translation>Sin clasificar: todavía no hay ninguna revisión completa</translation>
    </message>
    <message>
        <source>Rank %1 of %2 under %3</source>
        <translation>Puesto %1 de %2 con %3</translation>
    </message>
    <message>
        <source>Same rank under raw mean and %1 (%2)</source>
        <translation>Mismo puesto con la media bruta y con %1 (%2)</translation>
    </message>
    <message>
        <source>%1 under %2 than under raw mean: rank %3 → %4</source>
        <translation>%1 con %2 que con la media bruta: puesto %3 → %4</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Más arriba</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Más abajo</translation>
    </message>
    <message numerus="yes">
        <source>Within or outside the target (%n places) under every method alike</source>
        <translation>
            <numerusform>Dentro o fuera del objetivo (%n plaza) igual con todos los métodos</numerusform>
            <numerusform>Dentro o fuera del objetivo (%n plazas) igual con todos los métodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Revisión %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Calibrada</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Raw → calibrated</source>
        <translation>Bruta → calibrada</translation>
    </message>
    <message>
        <source>Other methods</source>
        <translation>Otros métodos</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Blind review is on: applications appear under their code</source>
        <translation>La revisión anónima está activada: las solicitudes aparecen con su código</translation>
    </message>
    <message>
        <source>Code and applicant</source>
        <translation>Código y solicitante</translation>
    </message>
    <message>
        <source>%1&apos;s weighted total (… while incomplete)</source>
        <translation>Total ponderado de %1 (… mientras esté incompleto)</translation>
    </message>
    <message>
        <source>The total of the application&apos;s review number %1 (the reviewer is in the cell&apos;s tooltip)</source>
        <translation>El total de la revisión número %1 de la solicitud (el revisor figura en la descripción emergente de la celda)</translation>
    </message>
    <message>
        <source>Complete reviews of the assigned ones; only complete reviews count</source>
        <translation>Revisiones completas de entre las asignadas; solo cuentan las revisiones completas</translation>
    </message>
    <message>
        <source>The plain mean of the complete reviews&apos; totals</source>
        <translation>La media simple de los totales de las revisiones completas</translation>
    </message>
    <message>
        <source>The score under %1 (choose the method above the grid)</source>
        <translation>La puntuación con %1 (elija el método encima de la tabla)</translation>
    </message>
    <message>
        <source>Highest − lowest complete total: large when the reviewers disagree</source>
        <translation>Total completo más alto − más bajo: grande cuando los revisores discrepan</translation>
    </message>
    <message>
        <source>Rank under %1 (1 = best)</source>
        <translation>Puesto con %1 (1 = el mejor)</translation>
    </message>
    <message>
        <source>How many places calibration moves the application from its raw-mean rank</source>
        <translation>Cuántos puestos desplaza la calibración a la solicitud respecto a su puesto por media bruta</translation>
    </message>
    <message>
        <source>Where being within the target would differ under another method</source>
        <translation>Dónde estar dentro del objetivo cambiaría con otro método</translation>
    </message>
    <message>
        <source>The committee&apos;s decision; it sets the application&apos;s status</source>
        <translation>La decisión del comité; fija el estado de la solicitud</translation>
    </message>
</context>
<context>
    <name>cohort::CommitteeView</name>
    <message>
        <source>Calibration method</source>
        <translation>Método de calibración</translation>
    </message>
    <message>
        <source>How reviewers&apos; totals become one score: the plain mean, each reviewer&apos;s scores standardized (z-scores), or the reviewer-offset model (score = quality + the reviewer&apos;s bias)</source>
        <translation>Cómo se combinan los totales de los revisores en una sola puntuación: la media simple, las puntuaciones de cada revisor estandarizadas (puntuaciones z) o el modelo de desfase del revisor (puntuación = calidad + sesgo del revisor)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>Committee grid</source>
        <translation>Tabla del comité</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Co&amp;ncordancia</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Gráficos</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 fill the %Ln places with the same applications.</source>
        <translation>
            <numerusform>%1 y %2 cubren %Ln plaza con la misma solicitud.</numerusform>
            <numerusform>%1 y %2 cubren las %Ln plazas con las mismas solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 differ on %3 of the %Ln places.</source>
        <translation>
            <numerusform>%1 y %2 difieren en %3 de %Ln plaza.</numerusform>
            <numerusform>%1 y %2 difieren en %3 de las %Ln plazas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No target is set for this role, so the methods are not compared on acceptance.</source>
        <translation>No hay ningún objetivo definido para este rol, así que los métodos no se comparan en cuanto a la aceptación.</translation>
    </message>
    <message>
        <source>Clear Decision</source>
        <translation>Quitar la decisión</translation>
    </message>
    <message>
        <source>Select the applications to decide on first.</source>
        <translation>Seleccione antes las solicitudes sobre las que decidir.</translation>
    </message>
    <message>
        <source>The selected applications are already “%1”.</source>
        <translation>Las solicitudes seleccionadas ya están así: «%1».</translation>
    </message>
    <message>
        <source>Decision Not Made</source>
        <translation>Decisión no tomada</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the decision of %n applications.</source>
        <translation>
            <numerusform>Se quitó la decisión de %n solicitud.</numerusform>
            <numerusform>Se quitó la decisión de %n solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applications.</source>
        <translation>
            <numerusform>%1: %n solicitud.</numerusform>
            <numerusform>%1: %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already reviews the selected applications.</source>
        <translation>%1 ya revisa las solicitudes seleccionadas.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2.</source>
        <translation>%1 tiene un conflicto de intereses con %2.</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Asignar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n applications to %1.</source>
        <translation>
            <numerusform>Se asignó %n solicitud a %1.</numerusform>
            <numerusform>Se asignaron %n solicitudes a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not %1: a conflict of interest.</source>
        <translation>No asignadas: %1 (conflicto de intereses).</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Quitar la asignación a %1</translation>
    </message>
    <message numerus="yes">
        <source>Took %n applications off %1&apos;s list.</source>
        <translation>
            <numerusform>Se quitó %n solicitud de la lista de %1.</numerusform>
            <numerusform>Se quitaron %n solicitudes de la lista de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had scores, which went with them (Edit › Undo brings them back).</source>
        <translation>
            <numerusform>%n de ellas tenía puntuaciones, que se eliminaron con ella (Editar › Deshacer las recupera).</numerusform>
            <numerusform>%n de ellas tenían puntuaciones, que se eliminaron con ellas (Editar › Deshacer las recupera).</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>A&amp;signar a</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Quitar la &amp;asignación</translation>
    </message>
    <message>
        <source>Add %1 as a reviewer of the selected applications (skipping conflicts of interest)</source>
        <translation>Añadir a %1 como revisor de las solicitudes seleccionadas (omitiendo los conflictos de intereses)</translation>
    </message>
    <message>
        <source>Take the selected applications off %1&apos;s list (their scores go too; Undo brings them back)</source>
        <translation>Quitar las solicitudes seleccionadas de la lista de %1 (también se eliminan sus puntuaciones; Deshacer las recupera)</translation>
    </message>
</context>
<context>
    <name>cohort::Compatibility</name>
    <message>
        <source>A confidential request not to be matched rules this pair out</source>
        <translation>Una petición confidencial de no ser emparejado excluye este par</translation>
    </message>
    <message>
        <source>%1 (%2) asked not to be matched with %3: “%4”</source>
        <translation>%1 (%2) pidió no ser emparejado con %3: «%4»</translation>
    </message>
    <message>
        <source>Both work at %1</source>
        <translation>Los dos trabajan en %1</translation>
    </message>
    <message>
        <source>Both work at the same library (%1; %2)</source>
        <translation>Los dos trabajan en la misma biblioteca (%1; %2)</translation>
    </message>
    <message>
        <source>Practice area</source>
        <translation>Área de práctica</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Tipo de biblioteca</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Medios de contacto</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The mentee listed no interests</source>
        <translation>El mentorado no indicó ningún interés</translation>
    </message>
    <message>
        <source>The mentor listed no interests</source>
        <translation>El mentor no indicó ningún interés</translation>
    </message>
    <message numerus="yes">
        <source>Shares none of the mentee&apos;s %n interest(s)</source>
        <translation>
            <numerusform>No comparte ningún interés con el mentorado (%n en total)</numerusform>
            <numerusform>No comparte ninguno de los %n intereses del mentorado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares %1 of %n interest(s): %2</source>
        <translation>
            <numerusform>Comparte %1 de %n interés: %2</numerusform>
            <numerusform>Comparte %1 de %n intereses: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Library type not known</source>
        <translation>Tipo de biblioteca desconocido</translation>
    </message>
    <message>
        <source>Same library type (%1)</source>
        <translation>Mismo tipo de biblioteca (%1)</translation>
    </message>
    <message>
        <source>Different library types (mentee %1, mentor %2)</source>
        <translation>Tipos de biblioteca distintos (mentorado %1, mentor %2)</translation>
    </message>
    <message>
        <source>Neither time zone is known</source>
        <translation>No se conoce ninguna de las dos zonas horarias</translation>
    </message>
    <message>
        <source>The mentee&apos;s time zone is not known</source>
        <translation>No se conoce la zona horaria del mentorado</translation>
    </message>
    <message>
        <source>The mentor&apos;s time zone is not known</source>
        <translation>No se conoce la zona horaria del mentor</translation>
    </message>
    <message>
        <source>Same time zone (%1)</source>
        <translation>Misma zona horaria (%1)</translation>
    </message>
    <message>
        <source>Same UTC offset (%1 and %2)</source>
        <translation>Mismo desfase respecto de UTC (%1 y %2)</translation>
    </message>
    <message>
        <source>UTC offsets %1 h apart (mentee %2, mentor %3)</source>
        <translation>Desfases UTC separados por %1 h (mentorado %2, mentor %3)</translation>
    </message>
    <message>
        <source>The mentee gave no contact methods</source>
        <translation>El mentorado no indicó ningún medio de contacto</translation>
    </message>
    <message>
        <source>The mentor gave no contact methods</source>
        <translation>El mentor no indicó ningún medio de contacto</translation>
    </message>
    <message>
        <source>No contact method in common</source>
        <translation>Ningún medio de contacto en común</translation>
    </message>
    <message numerus="yes">
        <source>Both use %1 (%2 of the mentee&apos;s %n method(s))</source>
        <translation>
            <numerusform>Los dos usan %1 (%2 de %n medio del mentorado)</numerusform>
            <numerusform>Los dos usan %1 (%2 de los %n medios del mentorado)</numerusform>
        </translation>
    </message>
    <message>
        <source>No language in common</source>
        <translation>Ningún idioma en común</translation>
    </message>
    <message>
        <source>Both speak %1 (English assumed where none was given)</source>
        <translation>Los dos hablan %1 (se supone inglés si no se indicó ningún idioma)</translation>
    </message>
    <message>
        <source>Both speak %1</source>
        <translation>Los dos hablan %1</translation>
    </message>
    <message>
        <source>Neither gave their years of experience</source>
        <translation>Ninguno de los dos indicó sus años de experiencia</translation>
    </message>
    <message>
        <source>The mentee did not give their years of experience</source>
        <translation>El mentorado no indicó sus años de experiencia</translation>
    </message>
    <message>
        <source>The mentor did not give their years of experience</source>
        <translation>El mentor no indicó sus años de experiencia</translation>
    </message>
    <message>
        <source>The mentor has no more experience than the mentee (%1 and %2 years)</source>
        <translation>El mentor no tiene más experiencia que el mentorado (%1 y %2 años)</translation>
    </message>
    <message>
        <source>The mentor has %1 more years of experience (%2 and %3 years)</source>
        <translation>El mentor tiene %1 años más de experiencia (%2 y %3 años)</translation>
    </message>
    <message>
        <source>Not used: the mentee did not ask for their preferences to be used in matching</source>
        <translation>No se usa: el mentorado no pidió que se usaran sus preferencias en el emparejamiento</translation>
    </message>
    <message>
        <source>Neutral: nothing in the mentee&apos;s preferences can be compared with this mentor</source>
        <translation>Neutro: nada de las preferencias del mentorado se puede comparar con este mentor</translation>
    </message>
    <message>
        <source>Used as the mentee asked: fits their confidential preferences %1</source>
        <translation>Se usa a petición del mentorado: se ajusta a sus preferencias confidenciales en un %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the mentor&apos;s application mentions none of its %n keyword(s)</source>
        <translation>
            <numerusform>«%1»: la solicitud del mentor no menciona ninguna palabra clave (%n en total)</numerusform>
            <numerusform>«%1»: la solicitud del mentor no menciona ninguna de sus %n palabras clave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the mentor&apos;s application mentions %2 of its %n keyword(s) (%3)</source>
        <translation>
            <numerusform>«%1»: la solicitud del mentor menciona %2 de %n palabra clave (%3)</numerusform>
            <numerusform>«%1»: la solicitud del mentor menciona %2 de sus %n palabras clave (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>BIPOC</source>
        <translation>BIPOC</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>discapacidad</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 of %2 demographic answers the same (%3)</source>
        <translation>Respuestas demográficas coincidentes: %1 de %2 (%3)</translation>
    </message>
    <message>
        <source>demographics not compared: the mentor did not opt in</source>
        <translation>datos demográficos no comparados: el mentor no dio su consentimiento</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cohort::ConflictSuggestions</name>
    <message>
        <source>The reviewer&apos;s own application (same email)</source>
        <translation>La propia solicitud del revisor (mismo correo electrónico)</translation>
    </message>
    <message>
        <source>Same library: %1</source>
        <translation>Misma biblioteca: %1</translation>
    </message>
    <message>
        <source>Same email domain: %1</source>
        <translation>Mismo dominio de correo electrónico: %1</translation>
    </message>
</context>
<context>
    <name>cohort::ContactFields</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Persona de enlace</translation>
    </message>
</context>
<context>
    <name>cohort::ContactImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Línea %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>the file has no “mentee” or “match” column.</source>
        <translation>el archivo no tiene la columna «mentee» ni la columna «match».</translation>
    </message>
    <message>
        <source>the file has no “%1” column.</source>
        <translation>el archivo no tiene la columna «%1».</translation>
    </message>
    <message>
        <source>no published or ended match has the id “%1”.</source>
        <translation>ningún emparejamiento publicado o terminado tiene el identificador «%1».</translation>
    </message>
    <message>
        <source>the match “%1” is the match of %2, not of %3.</source>
        <translation>el emparejamiento «%1» es el de %2, no el de %3.</translation>
    </message>
    <message>
        <source>the mentee code “%1” is in more than one cycle (%2); give the match id, or one cycle.</source>
        <translation>el código de mentorado «%1» está en más de un ciclo (%2); indique el identificador del emparejamiento o un solo ciclo.</translation>
    </message>
    <message>
        <source>no published or ended match has the mentee “%1”.</source>
        <translation>ningún emparejamiento publicado o terminado tiene el mentorado «%1».</translation>
    </message>
    <message>
        <source>the mentee is missing.</source>
        <translation>falta el mentorado.</translation>
    </message>
    <message>
        <source>the match is missing.</source>
        <translation>falta el emparejamiento.</translation>
    </message>
    <message>
        <source>%1&apos;s mentor is %2, not %3.</source>
        <translation>el mentor de %1 es %2, no %3.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>falta la fecha.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2017-10-13 or 10/13/2017 (month first).</source>
        <translation>«%1» no es una fecha; escríbala como 2017-10-13 o 10/13/2017 (primero el mes).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 es una fecha futura.</translation>
    </message>
    <message>
        <source>%1 is before the match started on %2.</source>
        <translation>%1 es anterior al inicio del emparejamiento, el %2.</translation>
    </message>
    <message>
        <source>%1 is after the match ended on %2.</source>
        <translation>%1 es posterior al final del emparejamiento, el %2.</translation>
    </message>
    <message>
        <source>the method is missing.</source>
        <translation>falta el medio de contacto.</translation>
    </message>
    <message>
        <source>“%1” is not a contact method; use email, phone, video, chat or in person.</source>
        <translation>«%1» no es un medio de contacto; use email, phone, video, chat o in person.</translation>
    </message>
    <message>
        <source>who started the contact is missing.</source>
        <translation>falta quién inició el contacto.</translation>
    </message>
    <message>
        <source>“%1” is not mentor, mentee or liaison.</source>
        <translation>«%1» no es mentor, mentee ni liaison.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); no contact was imported.</source>
        <translation>
            <numerusform>El archivo tiene %n problema; no se importó ningún contacto.</numerusform>
            <numerusform>El archivo tiene %n problemas; no se importó ningún contacto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added; %1 already there</source>
        <translation>
            <numerusform>%n contacto añadido; ya registrados: %1</numerusform>
            <numerusform>%n contactos añadidos; ya registrados: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added from %1; %2 already there</source>
        <translation>
            <numerusform>%n contacto añadido desde %1; ya registrados: %2</numerusform>
            <numerusform>%n contactos añadidos desde %1; ya registrados: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CopyRubricCommand</name>
    <message>
        <source>Copy the Mentors&apos; Rubric</source>
        <translation>Copiar la rúbrica de los mentores</translation>
    </message>
    <message>
        <source>Copy the Mentees&apos; Rubric</source>
        <translation>Copiar la rúbrica de los mentorados</translation>
    </message>
    <message>
        <source>Choose another cycle to copy the rubric from.</source>
        <translation>Elija otro ciclo del que copiar la rúbrica.</translation>
    </message>
    <message>
        <source>That cycle has no rubric for this role to copy.</source>
        <translation>Ese ciclo no tiene ninguna rúbrica para este rol que copiar.</translation>
    </message>
    <message>
        <source>This rubric already has every criterion of that cycle.</source>
        <translation>Esta rúbrica ya tiene todos los criterios de ese ciclo.</translation>
    </message>
</context>
<context>
    <name>cohort::Csv</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>Línea %1, columna %2</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8 (byte 0x%2); is the file in another encoding, such as Windows-1252?</source>
        <translation>%1: el texto no es UTF-8 válido (byte 0x%2); ¿está el archivo en otra codificación, como Windows-1252?</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-16</source>
        <translation>%1: el texto no es UTF-16 válido</translation>
    </message>
    <message>
        <source>%1: the text contains a NUL character; is it a CSV file, and is the encoding right?</source>
        <translation>%1: el texto contiene un carácter NUL; ¿es un archivo CSV y es correcta la codificación?</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>%1: a field of %2 characters is longer than the limit of %3</source>
        <translation>%1: un campo de %2 caracteres supera el límite de %3</translation>
    </message>
    <message>
        <source>%1: the quoted field is not closed</source>
        <translation>%1: el campo entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>%1: there is text after the closing quote of a field (quotes inside a quoted field must be doubled)</source>
        <translation>%1: hay texto después de las comillas de cierre de un campo (las comillas dentro de un campo entre comillas deben duplicarse)</translation>
    </message>
    <message>
        <source>Line %1: the number of fields (%2) does not match the header (%3)</source>
        <translation>Línea %1: el número de campos (%2) no coincide con el del encabezado (%3)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>El archivo está vacío</translation>
    </message>
    <message>
        <source>The file has a header row but no applications</source>
        <translation>El archivo tiene una fila de encabezado pero ninguna solicitud</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <source>Cannot open %1: it is a folder</source>
        <translation>No se puede abrir %1: es una carpeta</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over 512 MB are not read</source>
        <translation>%1 ocupa %2 MB; no se leen archivos de más de 512 MB</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>cohort::CsvPreviewModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>Línea %1 del archivo</translation>
    </message>
</context>
<context>
    <name>cohort::CycleActions</name>
    <message>
        <source>&amp;New Cycle…</source>
        <translation>&amp;Nuevo ciclo…</translation>
    </message>
    <message>
        <source>Edit &amp;Phases…</source>
        <translation>Editar las &amp;fases…</translation>
    </message>
    <message>
        <source>Cycle &amp;Settings…</source>
        <translation>&amp;Ajustes del ciclo…</translation>
    </message>
    <message>
        <source>Start a spring or fall cycle from the published timeline or as a copy of an earlier cycle</source>
        <translation>Empezar un ciclo de primavera u otoño a partir del calendario publicado o como copia de un ciclo anterior</translation>
    </message>
    <message>
        <source>Change the names, kinds and dates of the selected cycle&apos;s phases</source>
        <translation>Cambiar los nombres, tipos y fechas de las fases del ciclo seleccionado</translation>
    </message>
    <message>
        <source>Contacts a month, when a match counts as quiet, when goal sheets are due, orientation dates</source>
        <translation>Contactos al mes, cuándo un emparejamiento se considera sin contacto, cuándo vencen las hojas de objetivos, fechas de orientación</translation>
    </message>
    <message>
        <source>New Cycle</source>
        <translation>Nuevo ciclo</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>No se creó %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n phase(s).</source>
        <translation>
            <numerusform>Se creó %1 con %n fase.</numerusform>
            <numerusform>Se creó %1 con %n fases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Phases</source>
        <translation>Editar las fases</translation>
    </message>
    <message>
        <source>The cycle %1 is no longer in this program.</source>
        <translation>El ciclo %1 ya no está en este programa.</translation>
    </message>
    <message>
        <source>The phases of %1 were not changed: %2</source>
        <translation>No se cambiaron las fases de %1: %2</translation>
    </message>
    <message>
        <source>Changed the phases of %1.</source>
        <translation>Se cambiaron las fases de %1.</translation>
    </message>
    <message>
        <source>Cycle Settings</source>
        <translation>Ajustes del ciclo</translation>
    </message>
    <message>
        <source>The settings of %1 were not changed: %2</source>
        <translation>No se cambiaron los ajustes de %1: %2</translation>
    </message>
    <message>
        <source>Changed the settings of %1.</source>
        <translation>Se cambiaron los ajustes de %1.</translation>
    </message>
</context>
<context>
    <name>cohort::CycleChart</name>
    <message>
        <source>The cycle&apos;s phases on a date axis</source>
        <translation>Las fases del ciclo en un eje de fechas</translation>
    </message>
    <message>
        <source>Applications received per week</source>
        <translation>Solicitudes recibidas por semana</translation>
    </message>
    <message>
        <source>cycle phases</source>
        <translation>fases del ciclo</translation>
    </message>
    <message>
        <source>applications per week</source>
        <translation>solicitudes por semana</translation>
    </message>
    <message>
        <source>%1: phases</source>
        <translation>%1: fases</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Hoy, %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Received so far</source>
        <translation>Recibidas hasta ahora</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>Cierre de solicitudes</translation>
    </message>
</context>
<context>
    <name>cohort::CycleSettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Cycle Settings — %1</source>
        <translation>Ajustes del ciclo — %1</translation>
    </message>
    <message>
        <source>No expectation</source>
        <translation>Sin mínimo</translation>
    </message>
    <message>
        <source>How often a mentor and mentee are expected to be in touch; a match with fewer contacts shows as below cadence</source>
        <translation>Con qué frecuencia se espera que un mentor y un mentorado estén en contacto; un emparejamiento con menos contactos aparece como por debajo de la cadencia</translation>
    </message>
    <message>
        <source>A match with no contact for longer than this shows as quiet</source>
        <translation>Un emparejamiento que pasa más tiempo que este sin contacto aparece como sin contacto</translation>
    </message>
    <message>
        <source>The goal sheet is due this many days after the match is published</source>
        <translation>La hoja de objetivos vence este número de días después de publicarse el emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Contact expectation:</source>
        <translation>&amp;Frecuencia de contacto:</translation>
    </message>
    <message>
        <source>contacts a month, at least</source>
        <translation>contactos al mes, como mínimo</translation>
    </message>
    <message>
        <source>&amp;Quiet after:</source>
        <translation>Sin &amp;contacto tras:</translation>
    </message>
    <message>
        <source>days without contact</source>
        <translation>días sin contacto</translation>
    </message>
    <message>
        <source>&amp;Goal sheet due:</source>
        <translation>Vencimiento de la &amp;hoja de objetivos:</translation>
    </message>
    <message>
        <source>days after the match</source>
        <translation>días después del emparejamiento</translation>
    </message>
    <message>
        <source>Virtual orientation dates</source>
        <translation>Fechas de la orientación virtual</translation>
    </message>
    <message>
        <source>Orientation dates</source>
        <translation>Fechas de orientación</translation>
    </message>
    <message>
        <source>Orientation date to add</source>
        <translation>Fecha de orientación que se añadirá</translation>
    </message>
    <message>
        <source>Add the date on the left to the orientation dates</source>
        <translation>Añadir la fecha de la izquierda a las fechas de orientación</translation>
    </message>
    <message>
        <source>Remove the selected orientation date</source>
        <translation>Eliminar la fecha de orientación seleccionada</translation>
    </message>
    <message>
        <source>Two contacts a month, quiet after 21 days, goal sheet due after 30 days</source>
        <translation>Dos contactos al mes, sin contacto tras 21 días, hoja de objetivos a los 30 días</translation>
    </message>
    <message>
        <source>What the committee expects of the matches in %1. The Timeline area measures each match against these.</source>
        <translation>Lo que el comité espera de los emparejamientos de %1. El área Calendario compara cada emparejamiento con estos valores.</translation>
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
    <name>cohort::CycleTemplate</name>
    <message>
        <source>Applications accepted</source>
        <translation>Recepción de solicitudes</translation>
    </message>
    <message>
        <source>Review and notifications</source>
        <translation>Revisión y notificaciones</translation>
    </message>
    <message>
        <source>Goals and virtual orientation</source>
        <translation>Objetivos y orientación virtual</translation>
    </message>
    <message>
        <source>Matches work on goals</source>
        <translation>Los emparejamientos trabajan en sus objetivos</translation>
    </message>
    <message>
        <source>Mid-point check-in</source>
        <translation>Balance intermedio</translation>
    </message>
    <message>
        <source>Wrap-up survey</source>
        <translation>Encuesta final</translation>
    </message>
    <message>
        <source>Program concludes</source>
        <translation>Cierre del programa</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Primavera %1</translation>
    </message>
    <message>
        <source>Fall %1</source>
        <translation>Otoño %1</translation>
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
    <message>
        <source>Need attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Open the cycle&apos;s applications</source>
        <translation>Abrir las solicitudes del ciclo</translation>
    </message>
    <message>
        <source>Open the Matching area</source>
        <translation>Abrir el área Emparejamiento</translation>
    </message>
    <message>
        <source>List the quiet matches and those below the contact cadence</source>
        <translation>Enumerar los emparejamientos sin contacto y los que están por debajo de la cadencia de contacto</translation>
    </message>
    <message>
        <source>Open the cycle&apos;s timeline</source>
        <translation>Abrir el calendario del ciclo</translation>
    </message>
    <message numerus="yes">
        <source>%n quiet</source>
        <translation>
            <numerusform>%n sin contacto</numerusform>
            <numerusform>%n sin contacto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below cadence</source>
        <translation>
            <numerusform>%n por debajo de la cadencia</numerusform>
            <numerusform>%n por debajo de la cadencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal sheet(s) overdue</source>
        <translation>
            <numerusform>%n hoja de objetivos vencida</numerusform>
            <numerusform>%n hojas de objetivos vencidas</numerusform>
        </translation>
    </message>
    <message>
        <source>No published matches yet</source>
        <translation>Todavía no hay emparejamientos publicados</translation>
    </message>
    <message>
        <source>%1 begins</source>
        <translation>%1: inicio</translation>
    </message>
    <message>
        <source>%1: deadline</source>
        <translation>%1: plazo</translation>
    </message>
    <message>
        <source>In the next 30 days</source>
        <translation>En los próximos 30 días</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Por estado</translation>
    </message>
    <message>
        <source>Acceptance funnel</source>
        <translation>Embudo de aceptación</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing is due: no phase begins and no deadline falls in the next 30 days.</source>
        <translation>Nada pendiente: ninguna fase comienza y ningún plazo vence en los próximos 30 días.</translation>
    </message>
    <message>
        <source>Matches by engagement</source>
        <translation>Emparejamientos por seguimiento</translation>
    </message>
    <message>
        <source>Published matches against the cycle&apos;s contact cadence (the Timeline area)</source>
        <translation>Emparejamientos publicados frente a la cadencia de contacto del ciclo (el área Calendario)</translation>
    </message>
    <message>
        <source>Goal sheets overdue</source>
        <translation>Hojas de objetivos vencidas</translation>
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
    <name>cohort::DecisionCount</name>
    <message>
        <source>%1 of %2 accepted (target from the accepted mentors&apos; capacity)</source>
        <translation>%1 de %2 aceptadas (objetivo según la capacidad de los mentores aceptados)</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%1 de %2 aceptadas</translation>
    </message>
    <message>
        <source>%1 accepted (no target)</source>
        <translation>%1 aceptadas (sin objetivo)</translation>
    </message>
    <message>
        <source>%1; %2 waitlisted, %3 declined, %4 undecided</source>
        <translation>%1; %2 en lista de espera, %3 rechazadas, %4 sin decidir</translation>
    </message>
</context>
<context>
    <name>cohort::DecisionRationaleDialog</name>
    <message>
        <source>Rationale for “%1”</source>
        <translation>Justificación de «%1»</translation>
    </message>
    <message>
        <source>This decision departs from the calibrated order (the reviewer-offset ranking), so the committee records why:</source>
        <translation>Esta decisión se aparta del orden calibrado (la clasificación del modelo de desfase del revisor), así que el comité deja constancia del motivo:</translation>
    </message>
    <message>
        <source>&amp;Rationale (kept with the decision and shown as the status reason):</source>
        <translation>&amp;Justificación (se guarda con la decisión y se muestra como motivo del estado):</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>e.g. Strong fit with the available mentors&apos; experience in school libraries</source>
        <translation>Por ejemplo: encaja muy bien con la experiencia de los mentores disponibles en bibliotecas escolares</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decidir</translation>
    </message>
    <message>
        <source>Make the decision with this rationale (Edit › Undo takes it back)</source>
        <translation>Tomar la decisión con esta justificación (Editar › Deshacer la revierte)</translation>
    </message>
</context>
<context>
    <name>cohort::DecisionRules</name>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>en lista de espera</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>%1 has no calibrated score, while %2 (ranked %3) is not accepted.</source>
        <translation>%1 no tiene puntuación calibrada, mientras que %2 (en el puesto %3) no está aceptada.</translation>
    </message>
    <message>
        <source>%1 is ranked %2, below the target of %3, while %4 (ranked %5) is not accepted.</source>
        <translation>%1 ocupa el puesto %2, fuera del objetivo de %3, mientras que %4 (en el puesto %5) no está aceptada.</translation>
    </message>
    <message>
        <source>%1 is ranked %2, while %3 (ranked %4) is not accepted.</source>
        <translation>%1 ocupa el puesto %2, mientras que %3 (en el puesto %4) no está aceptada.</translation>
    </message>
    <message>
        <source>%1 is ranked %2, within the target of %3, but is %4.</source>
        <translation>%1 ocupa el puesto %2, dentro del objetivo de %3, pero está %4.</translation>
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
    <name>cohort::EditApplicationCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Editar «%1» de %2</translation>
    </message>
</context>
<context>
    <name>cohort::EditCriterionCommand</name>
    <message numerus="yes">
        <source>%n score(s) of “%1” lie outside %2–%3; change them first.</source>
        <translation>
            <numerusform>%n puntuación de «%1» está fuera de %2–%3; cámbiela antes.</numerusform>
            <numerusform>%n puntuaciones de «%1» están fuera de %2–%3; cámbielas antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of “%1” are marked N/A; score them before turning N/A off.</source>
        <translation>
            <numerusform>%n celda de «%1» está marcada como N/A; puntúela antes de desactivar N/A.</numerusform>
            <numerusform>%n celdas de «%1» están marcadas como N/A; puntúelas antes de desactivar N/A.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Criterion “%1”</source>
        <translation>Editar el criterio «%1»</translation>
    </message>
    <message>
        <source>Nothing changed in “%1”.</source>
        <translation>No ha cambiado nada en «%1».</translation>
    </message>
</context>
<context>
    <name>cohort::EditReviewerCommand</name>
    <message>
        <source>Deactivate Reviewer %1</source>
        <translation>Desactivar el revisor %1</translation>
    </message>
    <message>
        <source>Edit Reviewer %1</source>
        <translation>Editar el revisor %1</translation>
    </message>
    <message>
        <source>Nothing changed for %1.</source>
        <translation>No ha cambiado nada para %1.</translation>
    </message>
</context>
<context>
    <name>cohort::Eligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Admisible</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>No admisible: %1</translation>
    </message>
    <message>
        <source>not an ALSC member</source>
        <translation>no es miembro de la ALSC</translation>
    </message>
    <message>
        <source>no attestation to stay an ALSC member for the program year</source>
        <translation>no declara que seguirá siendo miembro de la ALSC durante el año del programa</translation>
    </message>
    <message>
        <source>no experience in children&apos;s librarianship or children&apos;s literature given</source>
        <translation>no indica experiencia en bibliotecas infantiles ni en literatura infantil</translation>
    </message>
    <message>
        <source>no connection to children&apos;s library service given</source>
        <translation>no indica ninguna relación con el servicio bibliotecario infantil</translation>
    </message>
    <message>
        <source>younger than 18</source>
        <translation>menor de 18 años</translation>
    </message>
    <message>
        <source>younger than 18 and no parent&apos;s or guardian&apos;s permission</source>
        <translation>menor de 18 años sin permiso de su madre, padre o tutor</translation>
    </message>
    <message>
        <source>no role (mentor or mentee) given</source>
        <translation>no se indica el rol (mentor o mentorado)</translation>
    </message>
    <message>
        <source>Eligibility rules exist for mentors and mentees only, not for &quot;%1&quot;.</source>
        <translation>Solo hay reglas de admisibilidad para mentores y mentorados, no para «%1».</translation>
    </message>
    <message>
        <source>The saved eligibility rules for mentors cannot be read (%1); save them again.</source>
        <translation>No se pueden leer las reglas de admisibilidad guardadas para los mentores (%1); vuelva a guardarlas.</translation>
    </message>
    <message>
        <source>The saved eligibility rules for mentees cannot be read (%1); save them again.</source>
        <translation>No se pueden leer las reglas de admisibilidad guardadas para los mentorados (%1); vuelva a guardarlas.</translation>
    </message>
</context>
<context>
    <name>cohort::EligibilityRulesDialog</name>
    <message>
        <source>Eligibility Rules — %1</source>
        <translation>Reglas de admisibilidad — %1</translation>
    </message>
    <message>
        <source>Applications to %1 are checked against these rules. Saving them checks every mentor&apos;s or mentee&apos;s application again and updates its eligibility; no status changes, as accepting or turning down an application stays the committee&apos;s decision.</source>
        <translation>Las solicitudes para %1 se comprueban según estas reglas. Al guardarlas se vuelven a comprobar todas las solicitudes de mentores o de mentorados y se actualiza su admisibilidad; ningún estado cambia, porque aceptar o rechazar una solicitud sigue siendo una decisión del comité.</translation>
    </message>
    <message>
        <source>%1 The defaults are shown; saving replaces the saved rules.</source>
        <translation>%1 Se muestran los valores predeterminados; al guardar se sustituyen las reglas guardadas.</translation>
    </message>
    <message>
        <source>This program is open read-only, so its eligibility rules cannot be changed. %1</source>
        <translation>Este programa está abierto en modo de solo lectura, así que no se pueden cambiar sus reglas de admisibilidad. %1</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Guardar las reglas</translation>
    </message>
    <message>
        <source>Save the rules and check this cycle&apos;s applications against them again (one undo step)</source>
        <translation>Guardar las reglas y volver a comprobar con ellas las solicitudes de este ciclo (un solo paso de deshacer)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Restablecer los &amp;predeterminados</translation>
    </message>
    <message>
        <source>Tick the program&apos;s standard rules for mentors and mentees (nothing is saved until you save)</source>
        <translation>Marcar las reglas estándar del programa para mentores y mentorados (no se guarda nada hasta que guarde)</translation>
    </message>
    <message>
        <source>Close without changing the rules</source>
        <translation>Cerrar sin cambiar las reglas</translation>
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
        <source>Must be an &amp;ALSC member</source>
        <translation>Debe ser miembro de la &amp;ALSC</translation>
    </message>
    <message>
        <source>Mentors who are not members of ALSC are not eligible.</source>
        <translation>Los mentores que no son miembros de la ALSC no son admisibles.</translation>
    </message>
    <message>
        <source>Must &amp;promise to stay an ALSC member for the program year</source>
        <translation>Debe &amp;comprometerse a seguir siendo miembro de la ALSC durante el año del programa</translation>
    </message>
    <message>
        <source>Mentors must confirm on the form that they will keep their ALSC membership for the whole program year.</source>
        <translation>Los mentores deben confirmar en el formulario que mantendrán su afiliación a la ALSC durante todo el año del programa.</translation>
    </message>
    <message>
        <source>Must have &amp;experience in children&apos;s librarianship or children&apos;s literature</source>
        <translation>Debe tener &amp;experiencia en bibliotecas infantiles o en literatura infantil</translation>
    </message>
    <message>
        <source>Mentors must give years of experience or list the areas they know.</source>
        <translation>Los mentores deben indicar sus años de experiencia o enumerar las áreas que conocen.</translation>
    </message>
    <message>
        <source>Must have a co&amp;nnection to children&apos;s library service</source>
        <translation>Debe tener una &amp;relación con el servicio bibliotecario infantil</translation>
    </message>
    <message>
        <source>Mentees must say how they are connected to library service to children (work, study or volunteering).</source>
        <translation>Los mentorados deben indicar qué relación tienen con el servicio bibliotecario infantil (trabajo, estudios o voluntariado).</translation>
    </message>
    <message>
        <source>Must be 18, or have a parent&apos;s or &amp;guardian&apos;s permission</source>
        <translation>Debe tener 18 años o el permiso de su madre, padre o &amp;tutor</translation>
    </message>
    <message>
        <source>Mentees younger than 18 are eligible only with a parent&apos;s or guardian&apos;s permission.</source>
        <translation>Los mentorados menores de 18 años solo son admisibles con el permiso de su madre, padre o tutor.</translation>
    </message>
    <message>
        <source>Must be &amp;18 (no exceptions)</source>
        <translation>Debe tener &amp;18 años (sin excepciones)</translation>
    </message>
    <message>
        <source>Mentees younger than 18 are not eligible, even with a parent&apos;s or guardian&apos;s permission. When ticked, this replaces the rule above.</source>
        <translation>Los mentorados menores de 18 años no son admisibles, ni siquiera con el permiso de su madre, padre o tutor. Si se marca, sustituye a la regla anterior.</translation>
    </message>
    <message>
        <source>While ticked, this replaces the rule above: a parent&apos;s or guardian&apos;s permission no longer counts.</source>
        <translation>Mientras esté marcada, sustituye a la regla anterior: el permiso de la madre, el padre o el tutor deja de contar.</translation>
    </message>
    <message>
        <source>Effect on mentor applications</source>
        <translation>Efecto en las solicitudes de mentores</translation>
    </message>
    <message>
        <source>Effect on mentee applications</source>
        <translation>Efecto en las solicitudes de mentorados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln eligible</source>
        <translation>
            <numerusform>%Ln admisible</numerusform>
            <numerusform>%Ln admisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to eligible</source>
        <translation>
            <numerusform>%Ln pasa a admisible</numerusform>
            <numerusform>%Ln pasan a admisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not eligible</source>
        <translation>
            <numerusform>%Ln no admisible</numerusform>
            <numerusform>%Ln no admisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to not eligible</source>
        <translation>
            <numerusform>%Ln pasa a no admisible</numerusform>
            <numerusform>%Ln pasan a no admisibles</numerusform>
        </translation>
    </message>
    <message>
        <source>The applications could not be read, so the effect of the rules cannot be shown: %1</source>
        <translation>No se pudieron leer las solicitudes, así que no se puede mostrar el efecto de las reglas: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved rules: %L1 of %Ln mentor applications meet them.</source>
        <translation>
            <numerusform>Reglas guardadas: %L1 de %Ln solicitud de mentor las cumple.</numerusform>
            <numerusform>Reglas guardadas: las cumplen %L1 de las %Ln solicitudes de mentores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rules: %L1 of %Ln mentee applications meet them.</source>
        <translation>
            <numerusform>Reglas guardadas: %L1 de %Ln solicitud de mentorado las cumple.</numerusform>
            <numerusform>Reglas guardadas: las cumplen %L1 de las %Ln solicitudes de mentorados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor application would change verdict.</source>
        <translation>Ninguna solicitud de mentor cambiaría de veredicto.</translation>
    </message>
    <message>
        <source>No mentee application would change verdict.</source>
        <translation>Ninguna solicitud de mentorado cambiaría de veredicto.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor applications would change verdict: %1.</source>
        <translation>
            <numerusform>%Ln solicitud de mentor cambiaría de veredicto: %1.</numerusform>
            <numerusform>%Ln solicitudes de mentores cambiarían de veredicto: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee applications would change verdict: %1.</source>
        <translation>
            <numerusform>%Ln solicitud de mentorado cambiaría de veredicto: %1.</numerusform>
            <numerusform>%Ln solicitudes de mentorados cambiarían de veredicto: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet checked would get a first verdict: %1.</source>
        <translation>
            <numerusform>%Ln aún sin comprobar recibiría un primer veredicto: %1.</numerusform>
            <numerusform>%Ln aún sin comprobar recibirían un primer veredicto: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Eligibility Rules of %1</source>
        <translation>Cambiar las reglas de admisibilidad de %1</translation>
    </message>
    <message>
        <source>Eligibility Rules</source>
        <translation>Reglas de admisibilidad</translation>
    </message>
    <message>
        <source>The rules were not saved.

%1</source>
        <translation>No se guardaron las reglas.

%1</translation>
    </message>
</context>
<context>
    <name>cohort::EngagementModel</name>
    <message>
        <source>Submitted %1</source>
        <translation>Entregada el %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Vencida desde el %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Vence el %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Mentor — mentee</source>
        <translation>Mentor — mentorado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>Días sin contacto</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Goal sheet</source>
        <translation>Hoja de objetivos</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Persona de enlace</translation>
    </message>
</context>
<context>
    <name>cohort::FunnelChart</name>
    <message>
        <source>Acceptance funnel by role</source>
        <translation>Embudo de aceptación por rol</translation>
    </message>
    <message>
        <source>Acceptance funnel</source>
        <translation>Embudo de aceptación</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Presentada</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admisible</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Emparejada</translation>
    </message>
    <message>
        <source>acceptance funnel</source>
        <translation>embudo de aceptación</translation>
    </message>
</context>
<context>
    <name>cohort::GoalSheetDialog</name>
    <message>
        <source>Specific</source>
        <translation>Específico</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Medible</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Alcanzable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Relevante</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Con plazo</translation>
    </message>
    <message>
        <source>What exactly will the mentee do?</source>
        <translation>¿Qué hará exactamente el mentorado?</translation>
    </message>
    <message>
        <source>How will you both know it is done?</source>
        <translation>¿Cómo sabrán ambos que se ha cumplido?</translation>
    </message>
    <message>
        <source>Why is it within reach this program year?</source>
        <translation>¿Por qué es alcanzable en este año del programa?</translation>
    </message>
    <message>
        <source>Why does it matter for the mentee&apos;s work?</source>
        <translation>¿Por qué es importante para el trabajo del mentorado?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>¿Para cuándo?</translation>
    </message>
    <message>
        <source>Build the skills and confidence of early career children&apos;s librarians and those new to the profession</source>
        <translation>Desarrollar las habilidades y la confianza de los bibliotecarios infantiles al inicio de su carrera y de quienes son nuevos en la profesión</translation>
    </message>
    <message>
        <source>Encourage personal and professional connections</source>
        <translation>Fomentar las relaciones personales y profesionales</translation>
    </message>
    <message>
        <source>Give members the opportunity to acquire peer-taught skills</source>
        <translation>Dar a los miembros la oportunidad de adquirir habilidades enseñadas entre pares</translation>
    </message>
    <message>
        <source>Re-energize and re-invigorate members in their work</source>
        <translation>Revitalizar y renovar el entusiasmo de los miembros en su trabajo</translation>
    </message>
    <message>
        <source>Create interest and familiarity with ALSC committee service and participation</source>
        <translation>Despertar el interés por el servicio y la participación en los comités de la ALSC y darlos a conocer</translation>
    </message>
    <message>
        <source>Build familiarity with ALSC&apos;s Competencies (or best practices that support Equity, Diversity and Inclusion)</source>
        <translation>Dar a conocer las competencias de la ALSC (o las buenas prácticas que apoyan la equidad, la diversidad y la inclusión)</translation>
    </message>
    <message>
        <source>Foster the development of a new cohort of leaders</source>
        <translation>Fomentar la formación de una nueva generación de líderes</translation>
    </message>
    <message>
        <source>&amp;Submitted on</source>
        <translation>&amp;Entregada el</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Añadir un objetivo</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Quitar el objetivo</translation>
    </message>
    <message>
        <source>Edit Goal Sheet</source>
        <translation>Editar la hoja de objetivos</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Entregada</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Entregada el</translation>
    </message>
    <message>
        <source>A goal sheet holds 1 to 3 SMART goals, each written against one of the program&apos;s objectives and each with a title. Mark it submitted once the match has agreed them.</source>
        <translation>Una hoja de objetivos contiene de 1 a 3 objetivos SMART, cada uno redactado en relación con uno de los objetivos generales del programa y cada uno con un título. Márquela como entregada una vez que el emparejamiento los haya acordado.</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Add a goal (a sheet holds up to %1)</source>
        <translation>Añadir un objetivo (una hoja admite hasta %1)</translation>
    </message>
    <message>
        <source>Remove the goal shown (a sheet keeps at least one)</source>
        <translation>Quitar el objetivo mostrado (una hoja conserva al menos uno)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo general</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Required, e.g. &quot;Plan and lead a STEM storytime&quot;</source>
        <translation>Obligatorio, p. ej. «Planificar y dirigir una hora del cuento STEM»</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo general:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Goal &amp;%1</source>
        <translation>Objetivo &amp;%1</translation>
    </message>
    <message>
        <source>Goal %1 needs a title.</source>
        <translation>El objetivo %1 necesita un título.</translation>
    </message>
    <message>
        <source>A submitted goal sheet needs at least one goal.</source>
        <translation>Una hoja de objetivos entregada necesita al menos un objetivo.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n Application(s)</source>
        <translation>
            <numerusform>Importar %n solicitud</numerusform>
            <numerusform>Importar %n solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Application(s) from “%1”</source>
        <translation>
            <numerusform>Importar %n solicitud de «%1»</numerusform>
            <numerusform>Importar %n solicitudes de «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be undone: %n imported application(s) were changed since. Undo those changes first.</source>
        <translation>
            <numerusform>La importación no se puede deshacer: %n solicitud importada se ha modificado desde entonces. Deshaga antes ese cambio.</numerusform>
            <numerusform>La importación no se puede deshacer: %n solicitudes importadas se han modificado desde entonces. Deshaga antes esos cambios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportCheckPage</name>
    <message>
        <source>&amp;Skip the row; keep the application already there</source>
        <translation>&amp;Omitir la fila; conservar la solicitud que ya existe</translation>
    </message>
    <message>
        <source>&amp;Update the existing application with the row&apos;s answers</source>
        <translation>Act&amp;ualizar la solicitud existente con las respuestas de la fila</translation>
    </message>
    <message>
        <source>&amp;Keep both: import the row as another application</source>
        <translation>&amp;Conservar ambas: importar la fila como otra solicitud</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and skip the rest</source>
        <translation>Importar las filas &amp;válidas y omitir el resto</translation>
    </message>
    <message>
        <source>Check the Applications</source>
        <translation>Comprobar las solicitudes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobación en curso</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Filas del archivo:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Válidas:</translation>
    </message>
    <message>
        <source>With errors:</source>
        <translation>Con errores:</translation>
    </message>
    <message>
        <source>Already applied in this cycle:</source>
        <translation>Ya presentaron solicitud en este ciclo:</translation>
    </message>
    <message>
        <source>Applied in an earlier cycle (linked):</source>
        <translation>Presentaron solicitud en un ciclo anterior (vinculadas):</translation>
    </message>
    <message>
        <source>Likely duplicates (same name and library):</source>
        <translation>Posibles duplicados (mismo nombre y biblioteca):</translation>
    </message>
    <message>
        <source>The applications (rows) below the header</source>
        <translation>Las solicitudes (filas) bajo el encabezado</translation>
    </message>
    <message>
        <source>Rows that can be imported as they are</source>
        <translation>Filas que se pueden importar tal cual</translation>
    </message>
    <message>
        <source>Rows that cannot be imported; their problems are listed below</source>
        <translation>Filas que no se pueden importar; sus problemas se enumeran abajo</translation>
    </message>
    <message>
        <source>Rows whose email already has an application in this cycle, or appears twice in the file</source>
        <translation>Filas cuyo correo electrónico ya tiene una solicitud en este ciclo o aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>Rows whose email belongs to someone who applied before; they are linked to that person</source>
        <translation>Filas cuyo correo electrónico pertenece a alguien que ya presentó una solicitud; se vinculan a esa persona</translation>
    </message>
    <message>
        <source>Rows with the same name and library as another application but another email; they are flagged for someone to merge</source>
        <translation>Filas con el mismo nombre y biblioteca que otra solicitud, pero con otro correo electrónico; se marcan para que alguien las fusione</translation>
    </message>
    <message>
        <source>The application already in the cycle stays as it is</source>
        <translation>La solicitud que ya está en el ciclo se queda como está</translation>
    </message>
    <message>
        <source>The application already in the cycle takes the answers from this file (Undo puts the old answers back)</source>
        <translation>La solicitud que ya está en el ciclo toma las respuestas de este archivo (Deshacer restablece las respuestas anteriores)</translation>
    </message>
    <message>
        <source>Both applications stay, flagged as the same email, for someone to decide later</source>
        <translation>Se conservan ambas solicitudes, marcadas como del mismo correo electrónico, para que alguien decida más adelante</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Problemas por línea</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Problemas:</translation>
    </message>
    <message>
        <source>The rows with errors are left out, and the import&apos;s report says so</source>
        <translation>Las filas con errores se omiten, y el informe de la importación lo indica</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Cohort checks every row against what %1 applications to %2 need.</source>
        <translation>Todavía no se ha importado nada. Cohort comprueba cada fila según lo que necesitan las solicitudes de %1 para %2.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <source>When an email already has an application in %1</source>
        <translation>Cuando un correo electrónico ya tiene una solicitud en %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Comprobando %n fila…</numerusform>
            <numerusform>Comprobando %n filas…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file to check. Go back and choose one.</source>
        <translation>No hay ningún archivo que comprobar. Vuelva atrás y elija uno.</translation>
    </message>
    <message>
        <source>Cohort could not check the file: %1</source>
        <translation>Cohort no pudo comprobar el archivo: %1</translation>
    </message>
    <message>
        <source>No row can be imported. Correct the problems listed below in the file, or go back and check the columns.</source>
        <translation>No se puede importar ninguna fila. Corrija en el archivo los problemas que se enumeran abajo, o vuelva atrás y revise las columnas.</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported. Choose Import to add them.</source>
        <translation>
            <numerusform>Se puede importar %n fila. Elija Importar para añadirla.</numerusform>
            <numerusform>Se pueden importar las %n filas. Elija Importar para añadirlas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have errors (listed below). Correct them in the file and import it again, or import the valid rows and skip the rest.</source>
        <translation>
            <numerusform>%n fila tiene errores (se enumeran abajo). Corríjala en el archivo y vuelva a importarlo, o importe las filas válidas y omita el resto.</numerusform>
            <numerusform>%n filas tienen errores (se enumeran abajo). Corríjalas en el archivo y vuelva a importarlo, o importe las filas válidas y omita el resto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid rows will be imported.</source>
        <translation>
            <numerusform>Se importará %n fila válida.</numerusform>
            <numerusform>Se importarán %n filas válidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors will be skipped, and the import&apos;s report will say so.</source>
        <translation>
            <numerusform>Se omitirá %n fila con errores, y el informe de la importación lo indicará.</numerusform>
            <numerusform>Se omitirán %n filas con errores, y el informe de la importación lo indicará.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportColumnsPage</name>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidencial)</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <source>&amp;Save Mapping As…</source>
        <translation>&amp;Guardar la correspondencia como…</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Asociar las columnas</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Cohort suggested fields from the questions in the header; columns left as “— not imported —” are ignored.</source>
        <translation>Elija el campo que rellena cada columna del archivo. Cohort ha propuesto campos a partir de las preguntas del encabezado; las columnas que se dejen en «— no se importa —» se ignoran.</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondencia guardada</translation>
    </message>
    <message>
        <source>Use the choices saved for an earlier export of the same form</source>
        <translation>Usar las opciones guardadas para una exportación anterior del mismo formulario</translation>
    </message>
    <message>
        <source>Keep these choices under a name, to use them for next cycle&apos;s export of this form</source>
        <translation>Guardar estas opciones con un nombre, para usarlas con la exportación de este formulario del próximo ciclo</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Ejemplo</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Correspondencia guardada:</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Campo para la columna «%1»</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— no se importa —</translation>
    </message>
    <message>
        <source>Confidential: kept out of exports and letters unless asked for</source>
        <translation>Confidencial: se omite en las exportaciones y las cartas salvo que se pida</translation>
    </message>
    <message>
        <source>Using the saved mapping “%1”, made for a file with these columns.</source>
        <translation>Se usa la correspondencia guardada «%1», hecha para un archivo con estas columnas.</translation>
    </message>
    <message>
        <source>Also chosen for “%1”</source>
        <translation>Elegido también para «%1»</translation>
    </message>
    <message>
        <source>Each field can fill one column. Choose another field, or “— not imported —”, for one of them.</source>
        <translation>Cada campo puede rellenar una sola columna. Elija otro campo, o «— no se importa —», para una de ellas.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Kept out of exports and letters unless asked for</source>
        <translation>Se omite en las exportaciones y las cartas salvo que se pida</translation>
    </message>
    <message>
        <source>Each field can fill one column, but these are chosen for more than one: %1.</source>
        <translation>Cada campo puede rellenar una sola columna, pero estos están elegidos para más de una: %1.</translation>
    </message>
    <message>
        <source>Every %1 application needs these fields; choose the column that holds each: %2.</source>
        <translation>Toda solicitud de %1 necesita estos campos; elija la columna que contiene cada uno: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n columns will be imported.</source>
        <translation>
            <numerusform>Se importará %n columna.</numerusform>
            <numerusform>Se importarán %n columnas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the headers</source>
        <translation>Propuesta a partir de los encabezados</translation>
    </message>
    <message>
        <source>%1 (mentors)</source>
        <translation>%1 (mentores)</translation>
    </message>
    <message>
        <source>%1 (mentees)</source>
        <translation>%1 (mentorados)</translation>
    </message>
    <message>
        <source>Using the saved mapping “%1”.</source>
        <translation>Se usa la correspondencia guardada «%1».</translation>
    </message>
    <message numerus="yes">
        <source>Using the saved mapping “%1”. This file has no column “%2”; check the fields below.</source>
        <translation>
            <numerusform>Se usa la correspondencia guardada «%1». Este archivo no tiene la columna “%2”; revise los campos de abajo.</numerusform>
            <numerusform>Se usa la correspondencia guardada «%1». Este archivo no tiene las columnas “%2”; revise los campos de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentor application form</source>
        <translation>Formulario de solicitud de mentores</translation>
    </message>
    <message>
        <source>Mentee application form</source>
        <translation>Formulario de solicitud de mentorados</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar la correspondencia</translation>
    </message>
    <message>
        <source>Name for these choices (for example, the form&apos;s name):</source>
        <translation>Nombre para estas opciones (por ejemplo, el nombre del formulario):</translation>
    </message>
    <message>
        <source>A saved mapping needs a name. Type one, or cancel.</source>
        <translation>Una correspondencia guardada necesita un nombre. Escriba uno o cancele.</translation>
    </message>
    <message>
        <source>There is already a saved mapping named “%1”. Replace it with these choices?</source>
        <translation>Ya hay una correspondencia guardada con el nombre «%1». ¿Sustituirla por estas opciones?</translation>
    </message>
    <message>
        <source>Cohort could not save the mapping “%1”.

%2</source>
        <translation>Cohort no pudo guardar la correspondencia «%1».

%2</translation>
    </message>
    <message>
        <source>Saved as “%1”. Cohort offers it for the next file with these columns.</source>
        <translation>Guardada como «%1». Cohort la propondrá para el próximo archivo con estas columnas.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFields</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>Library or institution</source>
        <translation>Biblioteca o institución</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Tipo de biblioteca</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Estado o provincia</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>ALSC member</source>
        <translation>Miembro de la ALSC</translation>
    </message>
    <message>
        <source>ALSC member ID</source>
        <translation>Número de miembro de la ALSC</translation>
    </message>
    <message>
        <source>ALA member</source>
        <translation>Miembro de la ALA</translation>
    </message>
    <message>
        <source>Will keep ALSC membership for the program year</source>
        <translation>Mantendrá la afiliación a la ALSC durante el año del programa</translation>
    </message>
    <message>
        <source>Years in children&apos;s library service</source>
        <translation>Años en el servicio bibliotecario infantil</translation>
    </message>
    <message>
        <source>Areas of experience or interest</source>
        <translation>Áreas de experiencia o interés</translation>
    </message>
    <message>
        <source>Connection to children&apos;s library service</source>
        <translation>Relación con el servicio bibliotecario infantil</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Etapa profesional</translation>
    </message>
    <message>
        <source>Preferred contact methods</source>
        <translation>Medios de contacto preferidos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>BIPOC</source>
        <translation>BIPOC</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Use demographics for matching</source>
        <translation>Usar los datos demográficos para el emparejamiento</translation>
    </message>
    <message>
        <source>I would like a mentor who</source>
        <translation>Me gustaría un mentor que</translation>
    </message>
    <message>
        <source>Prefer not to be matched with</source>
        <translation>Prefiere no ser emparejado con</translation>
    </message>
    <message>
        <source>Why are you applying</source>
        <translation>Por qué presenta su solicitud</translation>
    </message>
    <message>
        <source>What can you offer a mentee</source>
        <translation>Qué puede ofrecer a un mentorado</translation>
    </message>
    <message>
        <source>How many mentees</source>
        <translation>Cuántos mentorados</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 años o más</translation>
    </message>
    <message>
        <source>Parent or guardian permission</source>
        <translation>Permiso de la madre, el padre o el tutor</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>«%1» no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>“%1” is not a yes or a no</source>
        <translation>«%1» no es ni sí ni no</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>«%1» no es una fecha y hora</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«%1» no es ninguno de estos valores: %2</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFilePage</name>
    <message>
        <source>This is a workbook or another compressed file (.xlsx, .ods, .zip), not a CSV file. Open it in your spreadsheet program and save it as “CSV (comma separated values)”, or download the responses from the form service as CSV.</source>
        <translation>Este es un libro de cálculo u otro archivo comprimido (.xlsx, .ods, .zip), no un archivo CSV. Ábralo en su programa de hojas de cálculo y guárdelo como «CSV (delimitado por comas)», o descargue las respuestas del servicio de formularios en formato CSV.</translation>
    </message>
    <message>
        <source>This is an older Excel workbook (.xls), not a CSV file. Open it in your spreadsheet program and save it as “CSV (comma separated values)”.</source>
        <translation>Este es un libro de Excel antiguo (.xls), no un archivo CSV. Ábralo en su programa de hojas de cálculo y guárdelo como «CSV (delimitado por comas)».</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file. Download the responses from the form service as CSV.</source>
        <translation>Este es un documento PDF, no un archivo CSV. Descargue las respuestas del servicio de formularios en formato CSV.</translation>
    </message>
    <message>
        <source>This is a database (perhaps a Cohort program file), not a CSV file. Open program files with File › Open.</source>
        <translation>Esta es una base de datos (quizá un archivo de programa de Cohort), no un archivo CSV. Abra los archivos de programa con Archivo › Abrir.</translation>
    </message>
    <message>
        <source>This is an image, not a CSV file.</source>
        <translation>Esta es una imagen, no un archivo CSV.</translation>
    </message>
    <message>
        <source>This file holds binary data, not text: it is not a CSV file.</source>
        <translation>Este archivo contiene datos binarios, no texto: no es un archivo CSV.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>M&amp;entee applications</source>
        <translation>Solicitudes de &amp;mentorados</translation>
    </message>
    <message>
        <source>Me&amp;ntor applications</source>
        <translation>Solicitudes de men&amp;tores</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Download the responses from your form service (Google Forms, Microsoft Forms, SurveyMonkey, JotForm …) as a CSV file, then choose it here. Nothing is imported until the last step.</source>
        <translation>Descargue las respuestas de su servicio de formularios (Google Forms, Microsoft Forms, SurveyMonkey, JotForm …) como archivo CSV y elíjalo aquí. No se importa nada hasta el último paso.</translation>
    </message>
    <message>
        <source>The CSV file with the applications</source>
        <translation>El archivo CSV con las solicitudes</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>The cycle these applications are for</source>
        <translation>El ciclo al que corresponden estas solicitudes</translation>
    </message>
    <message>
        <source>This program has no cycle yet. Create one with Cycle › New Cycle first.</source>
        <translation>Este programa todavía no tiene ningún ciclo. Cree uno antes con Ciclo › Nuevo ciclo.</translation>
    </message>
    <message>
        <source>People who apply to be mentored</source>
        <translation>Personas que solicitan recibir mentoría</translation>
    </message>
    <message>
        <source>People who apply to mentor</source>
        <translation>Personas que solicitan ser mentores</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>Import into &amp;cycle:</source>
        <translation>Importar en el &amp;ciclo:</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>El archivo contiene:</translation>
    </message>
    <message>
        <source>Choose the CSV File</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name and folder, or choose the file with Browse.</source>
        <translation>No existe el archivo «%1». Compruebe el nombre y la carpeta, o elija el archivo con Examinar.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose the CSV file inside it.</source>
        <translation>«%1» es una carpeta. Elija el archivo CSV que contiene.</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header and no applications.</source>
        <translation>«%1» está vacío: no tiene encabezado ni solicitudes.</translation>
    </message>
    <message>
        <source>“%1” is %2, far larger than any form export. Is it the right file?</source>
        <translation>«%1» ocupa %2, mucho más que cualquier exportación de formulario. ¿Es el archivo correcto?</translation>
    </message>
    <message>
        <source>Cohort cannot read “%1”: %2</source>
        <translation>Cohort no puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The file name does not end in .csv; Cohort will read it as CSV text and show a preview.</source>
        <translation>El nombre del archivo no termina en .csv; Cohort lo leerá como texto CSV y mostrará una vista previa.</translation>
    </message>
    <message>
        <source>Cohort could not read all of “%1”: %2</source>
        <translation>Cohort no pudo leer todo el contenido de «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFormatPage</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <source>Check the Format</source>
        <translation>Comprobar el formato</translation>
    </message>
    <message>
        <source>Cohort detected how the file is written. If the preview looks wrong — odd characters such as “Ã©”, or every answer in one column — choose another encoding or delimiter.</source>
        <translation>Cohort ha detectado cómo está escrito el archivo. Si la vista previa no parece correcta —caracteres extraños como «Ã©» o todas las respuestas en una sola columna—, elija otra codificación u otro delimitador.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are written. Form services write UTF-8; spreadsheet programs on Windows often write Windows-1252.</source>
        <translation>Cómo están escritos los caracteres del archivo. Los servicios de formularios escriben UTF-8; los programas de hojas de cálculo en Windows suelen escribir Windows-1252.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Delimitador</translation>
    </message>
    <message>
        <source>The character between the answers of a row. Spreadsheet programs in many European languages write semicolons.</source>
        <translation>El carácter que separa las respuestas de una fila. Los programas de hojas de cálculo en muchos idiomas europeos usan el punto y coma.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Leyendo el archivo</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vista previa de las primeras filas</translation>
    </message>
    <message>
        <source>The first rows as Cohort reads them. The numbers at the left are the lines of the file.</source>
        <translation>Las primeras filas tal como las lee Cohort. Los números de la izquierda son las líneas del archivo.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Preview (the first %n rows):</source>
        <translation>
            <numerusform>&amp;Vista previa (%n fila):</numerusform>
            <numerusform>&amp;Vista previa (las %n primeras filas):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (detección automática)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n columna</numerusform>
            <numerusform>%n columnas</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1 and %2. If the preview looks right, go on to match the columns with Cohort&apos;s fields.</source>
        <translation>El archivo tiene %1 y %2. Si la vista previa parece correcta, continúe para asociar las columnas con los campos de Cohort.</translation>
    </message>
    <message>
        <source>Nothing can be imported from the file as it is. Try another encoding or delimiter, or correct the file and download or save it again.</source>
        <translation>No se puede importar nada del archivo tal como está. Pruebe otra codificación u otro delimitador, o corrija el archivo y vuelva a descargarlo o a guardarlo.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportMappingStore</name>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Una correspondencia guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>A mapping is for mentor or mentee applications.</source>
        <translation>Una correspondencia es para solicitudes de mentores o de mentorados.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>This row cannot be imported as it is</source>
        <translation>Esta fila no se puede importar tal como está</translation>
    </message>
    <message>
        <source>This row imports; check the value afterwards</source>
        <translation>Esta fila se importa; revise el valor después</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(toda la fila)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>cohort::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n applications into %1. Cancel leaves the program exactly as it was.</source>
        <translation>
            <numerusform>Importando %n solicitud en %1. Cancelar deja el programa exactamente como estaba.</numerusform>
            <numerusform>Importando %n solicitudes en %1. Cancelar deja el programa exactamente como estaba.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <source>Cancelling… (undoing what was written so far)</source>
        <translation>Cancelando… (deshaciendo lo escrito hasta ahora)</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message>
        <source>Nothing was imported: the program is exactly as it was before.</source>
        <translation>No se importó nada: el programa está exactamente como antes.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>Cohort could not import “%1”.</source>
        <translation>Cohort no pudo importar «%1».</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>No se importó el archivo.</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>“%1” was imported into %2.</source>
        <translation>«%1» se importó en %2.</translation>
    </message>
    <message>
        <source>The import cannot be undone from the Edit menu: %1</source>
        <translation>La importación no se puede deshacer desde el menú Editar: %1</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Editar › Deshacer revierte toda la importación.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportStore</name>
    <message>
        <source>Reading cycles</source>
        <translation>lectura de los ciclos</translation>
    </message>
    <message>
        <source>Reading people</source>
        <translation>lectura de las personas</translation>
    </message>
    <message>
        <source>Reading applications</source>
        <translation>lectura de las solicitudes</translation>
    </message>
    <message>
        <source>Reading an application</source>
        <translation>lectura de una solicitud</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La solicitud ya no existe.</translation>
    </message>
    <message>
        <source>Saving application %1</source>
        <translation>guardado de la solicitud %1</translation>
    </message>
    <message>
        <source>Application %1 was changed or removed by someone else; nothing was saved.</source>
        <translation>Otra persona modificó o eliminó la solicitud %1; no se guardó nada.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>guardado de %1</translation>
    </message>
    <message>
        <source>%1 was changed or removed by someone else; nothing was saved.</source>
        <translation>Otra persona modificó o eliminó la ficha de %1; no se guardó nada.</translation>
    </message>
    <message>
        <source>Removing applications</source>
        <translation>eliminación de las solicitudes</translation>
    </message>
    <message>
        <source>Removing people</source>
        <translation>eliminación de las personas</translation>
    </message>
    <message>
        <source>Reading the field catalog</source>
        <translation>lectura del catálogo de campos</translation>
    </message>
    <message>
        <source>Reading saved mappings</source>
        <translation>lectura de las correspondencias guardadas</translation>
    </message>
    <message>
        <source>There is no saved mapping named “%1”.</source>
        <translation>No hay ninguna correspondencia guardada con el nombre «%1».</translation>
    </message>
    <message>
        <source>Saving the mapping “%1”</source>
        <translation>guardado de la correspondencia «%1»</translation>
    </message>
</context>
<context>
    <name>cohort::ImportWizard</name>
    <message>
        <source>Import Applications</source>
        <translation>Importar solicitudes</translation>
    </message>
</context>
<context>
    <name>cohort::IssueLettersDialog</name>
    <message>
        <source>One PDF per &amp;person, named</source>
        <translation type="vanished">Un PDF por &amp;persona, con el nombre</translation>
    </message>
    <message>
        <source>One &amp;combined PDF for everyone</source>
        <translation>Un solo PDF para &amp;todos</translation>
    </message>
    <message>
        <source>Issue &amp;again letters already sent as they stand</source>
        <translation type="vanished">&amp;Volver a emitir las cartas ya enviadas sin cambios</translation>
    </message>
    <message>
        <source>Issue Letters — %1</source>
        <translation>Emitir cartas — %1</translation>
    </message>
    <message>
        <source>As the letter says</source>
        <translation>Según la carta</translation>
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
        <source>Each person&apos;s language</source>
        <translation>El idioma de cada persona</translation>
    </message>
    <message>
        <source>A person&apos;s language is the first language of their application that has letters</source>
        <translation>El idioma de una persona es el primero de los idiomas de su solicitud para el que hay cartas</translation>
    </message>
    <message>
        <source>People to write to</source>
        <translation>Personas a las que escribir</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Write the Letters To</source>
        <translation>Escribir las cartas en</translation>
    </message>
    <message>
        <source>{code}: the application&apos;s code, {kind}: the letter, {cycle}: the cycle&apos;s name</source>
        <translation>{code}: el código de la solicitud, {kind}: la carta, {cycle}: el nombre del ciclo</translation>
    </message>
    <message>
        <source>Otherwise people whose letter was issued already and still says the same are skipped</source>
        <translation>Si no, se omite a las personas cuya carta ya se emitió y sigue diciendo lo mismo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Marcar todas</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Desmarcar todas</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>C&amp;arpeta:</translation>
    </message>
    <message>
        <source>&amp;Issue Letters</source>
        <translation>E&amp;mitir cartas</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No one in this cycle is due this letter with these choices.</source>
        <translation>Con estas opciones, nadie de este ciclo debe recibir esta carta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln checked</source>
        <translation type="vanished">
            <numerusform>Marcadas: %1 de %Ln</numerusform>
            <numerusform>Marcadas: %1 de %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {code} in the name so that each person&apos;s letter has a file of its own</source>
        <translation>Incluya {code} en el nombre para que la carta de cada persona tenga su propio archivo</translation>
    </message>
    <message>
        <source>One PDF per &amp;person, with the file name</source>
        <translation>Un PDF por &amp;persona, con el nombre de archivo</translation>
    </message>
    <message>
        <source>Issue &amp;again to people who already have this letter as it stands</source>
        <translation>&amp;Volver a emitir a quienes ya tienen esta carta tal como está</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>Marcadas: %1 de %2</translation>
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
    <name>cohort::LetterData</name>
    <message>
        <source>Please be in touch at least once a month.</source>
        <translation>Manténganse en contacto al menos una vez al mes.</translation>
    </message>
    <message>
        <source>Please be in touch at least twice a month.</source>
        <translation>Manténganse en contacto al menos dos veces al mes.</translation>
    </message>
    <message>
        <source>Please be in touch at least %1 times a month.</source>
        <translation>Manténganse en contacto al menos %1 veces al mes.</translation>
    </message>
    <message>
        <source>“%1” is not a letter kind; the kinds are %2.</source>
        <translation>«%1» no es un tipo de carta; los tipos son %2.</translation>
    </message>
    <message>
        <source>Reading the letters&apos; recipients</source>
        <translation>lectura de los destinatarios de las cartas</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>El ciclo ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
</context>
<context>
    <name>cohort::LetterIssue</name>
    <message>
        <source>There is no “%1” letter template.</source>
        <translation>No existe ninguna plantilla de carta «%1».</translation>
    </message>
    <message>
        <source>Template “%1” (%2), line %3, column %4: %5</source>
        <translation>Plantilla «%1» (%2), línea %3, columna %4: %5</translation>
    </message>
    <message>
        <source>Choose a folder to write the letters to.</source>
        <translation>Elija una carpeta en la que escribir las cartas.</translation>
    </message>
    <message>
        <source>Letters can only be written by an application with fonts (a QGuiApplication).</source>
        <translation>Las cartas solo puede escribirlas una aplicación con fuentes (una QGuiApplication).</translation>
    </message>
    <message numerus="yes">
        <source>No letter was written: %n letter(s) cannot be issued.
</source>
        <translation>
            <numerusform>No se ha escrito ninguna carta: %n carta no se puede emitir.
</numerusform>
            <numerusform>No se ha escrito ninguna carta: %n cartas no se pueden emitir.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>Issuing the letters was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la emisión de las cartas; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Two letters would be written to “%1”; use {code} in the file name.</source>
        <translation>Se escribirían dos cartas en «%1»; use {code} en el nombre del archivo.</translation>
    </message>
    <message>
        <source>The “%1” template (%2) has problems.</source>
        <translation>La plantilla «%1» (%2) tiene problemas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no free temporary name.</source>
        <translation>No se puede escribir %1: no hay ningún nombre temporal libre.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be rendered:
</source>
        <translation>
            <numerusform>No se puede generar %n carta:
</numerusform>
            <numerusform>No se pueden generar %n cartas:
</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages of the letters cannot be told apart.</source>
        <translation>No se pueden separar las páginas de cada carta.</translation>
    </message>
</context>
<context>
    <name>cohort::LetterKindText</name>
    <message>
        <source>Acceptance — mentors</source>
        <translation>Aceptación — mentores</translation>
    </message>
    <message>
        <source>Acceptance — mentees</source>
        <translation>Aceptación — mentorados</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazo</translation>
    </message>
    <message>
        <source>Match introduction</source>
        <translation>Presentación del emparejamiento</translation>
    </message>
    <message>
        <source>Goal sheet reminder</source>
        <translation>Recordatorio de la hoja de objetivos</translation>
    </message>
    <message>
        <source>Service recognition</source>
        <translation>Reconocimiento del servicio</translation>
    </message>
    <message>
        <source>Goes to every accepted mentor of the cycle.</source>
        <translation>Se envía a todos los mentores aceptados del ciclo.</translation>
    </message>
    <message>
        <source>Goes to every accepted mentee of the cycle.</source>
        <translation>Se envía a todos los mentorados aceptados del ciclo.</translation>
    </message>
    <message>
        <source>Goes to every waitlisted applicant, mentors and mentees.</source>
        <translation>Se envía a todos los solicitantes en lista de espera, tanto mentores como mentorados.</translation>
    </message>
    <message>
        <source>Goes to every declined applicant, mentors and mentees.</source>
        <translation>Se envía a todos los solicitantes rechazados, tanto mentores como mentorados.</translation>
    </message>
    <message>
        <source>Goes to both partners of every published match.</source>
        <translation>Se envía a las dos personas de cada emparejamiento publicado.</translation>
    </message>
    <message>
        <source>Goes to both partners of every published match whose goal sheet is not in yet.</source>
        <translation>Se envía a las dos personas de cada emparejamiento publicado que aún no ha entregado su hoja de objetivos.</translation>
    </message>
    <message>
        <source>Goes to every mentor with a published match, to thank them.</source>
        <translation>Se envía a todos los mentores con un emparejamiento publicado, para darles las gracias.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>cohort::LetterPreview</name>
    <message>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Whose letter the preview shows</source>
        <translation>De quién es la carta que muestra la vista previa</translation>
    </message>
    <message>
        <source>Previous recipient (Alt+Left)</source>
        <translation>Destinatario anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Destinatario anterior</translation>
    </message>
    <message>
        <source>Next recipient (Alt+Right)</source>
        <translation>Destinatario siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Destinatario siguiente</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Vista previa de la carta</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>This letter cannot be issued as it stands:
%1</source>
        <translation>Esta carta no se puede emitir tal como está:
%1</translation>
    </message>
</context>
<context>
    <name>cohort::LetterRenderer</name>
    <message>
        <source>There are no letters to write.</source>
        <translation>No hay cartas que escribir.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation type="vanished">No se puede empezar el PDF %1.</translation>
    </message>
    <message>
        <source>Cannot add a page to %1.</source>
        <translation type="vanished">No se puede añadir una página a %1.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF %1.</source>
        <translation type="vanished">No se puede terminar el PDF %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>No se puede dibujar la página.</translation>
    </message>
    <message>
        <source>A page cannot be added.</source>
        <translation>No se puede añadir una página.</translation>
    </message>
    <message>
        <source>The pages cannot be finished.</source>
        <translation>No se pueden finalizar las páginas.</translation>
    </message>
</context>
<context>
    <name>cohort::LetterStore</name>
    <message>
        <source>“%1” is not a letter kind.</source>
        <translation>«%1» no es un tipo de carta.</translation>
    </message>
    <message>
        <source>Reading the letter template</source>
        <translation>lectura de la plantilla de carta</translation>
    </message>
    <message>
        <source>There is no “%1” letter template in language “%2”: write one first.</source>
        <translation>No existe ninguna plantilla de carta «%1» en el idioma «%2»: escriba una primero.</translation>
    </message>
    <message>
        <source>Saving the letter template</source>
        <translation>guardado de la plantilla de carta</translation>
    </message>
    <message>
        <source>The “%1” letter template was changed or removed by someone else meanwhile; reopen it and try again.</source>
        <translation>Otra persona ha modificado o eliminado entretanto la plantilla de carta «%1»; vuelva a abrirla e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Recording an issued letter</source>
        <translation>registro de una carta emitida</translation>
    </message>
    <message>
        <source>Reading the issued letters</source>
        <translation>lectura de las cartas emitidas</translation>
    </message>
    <message>
        <source>Reading the letterhead</source>
        <translation>lectura del membrete</translation>
    </message>
</context>
<context>
    <name>cohort::LetterTemplate</name>
    <message>
        <source>“}}” without a matching “{{”.</source>
        <translation>«}}» sin su «{{».</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>«{{» nunca se cierra con «}}».</translation>
    </message>
    <message>
        <source>Unescaped output “{{{…}}}” is not allowed in letters.</source>
        <translation>La salida sin escapar «{{{…}}}» no se permite en las cartas.</translation>
    </message>
    <message>
        <source>The tag “{{%1}}” is not allowed in letters.</source>
        <translation>La etiqueta «{{%1}}» no se permite en las cartas.</translation>
    </message>
    <message>
        <source>“{{%1}}” is not a placeholder name.</source>
        <translation>«{{%1}}» no es un nombre de marcador.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no section.</source>
        <translation>«{{/%1}}» no cierra ninguna sección.</translation>
    </message>
    <message>
        <source>“{{/%1}}” does not close %2 opened at line %3, column %4.</source>
        <translation>«{{/%1}}» no cierra %2, abierta en la línea %3, columna %4.</translation>
    </message>
    <message>
        <source>%1 is never closed with “{{/%2}}”.</source>
        <translation>%1 nunca se cierra con «{{/%2}}».</translation>
    </message>
    <message>
        <source>“{{%1}}” is not a known placeholder.</source>
        <translation>«{{%1}}» no es un marcador conocido.</translation>
    </message>
    <message>
        <source>is a section; write {{#%1}}…{{/%1}}</source>
        <translation>es una sección; escriba {{#%1}}…{{/%1}}</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>no tiene valor</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: “{{%2}}” at line %3, column %4 %5.</source>
        <translation>No se puede escribir la carta para %1: «{{%2}}» en la línea %3, columna %4 %5.</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: the template has an error at line %2, column %3: %4</source>
        <translation>No se puede escribir la carta para %1: la plantilla tiene un error en la línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: at line %2, column %3: %4</source>
        <translation>No se puede escribir la carta para %1: en la línea %2, columna %3: %4</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: %2</source>
        <translation>No se puede escribir la carta para %1: %2</translation>
    </message>
</context>
<context>
    <name>cohort::LetterTemplateEditor</name>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Role (mentor or mentee)</source>
        <translation>Rol (mentor o mentorado)</translation>
    </message>
    <message>
        <source>Cycle name</source>
        <translation>Nombre del ciclo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Partner&apos;s full name</source>
        <translation>Nombre completo de la persona emparejada</translation>
    </message>
    <message>
        <source>Partner&apos;s email</source>
        <translation>Correo electrónico de la persona emparejada</translation>
    </message>
    <message>
        <source>Partner&apos;s library</source>
        <translation>Biblioteca de la persona emparejada</translation>
    </message>
    <message>
        <source>Partner&apos;s preferred contact methods</source>
        <translation>Medios de contacto preferidos de la persona emparejada</translation>
    </message>
    <message>
        <source>Goal sheet due date</source>
        <translation>Fecha de entrega de la hoja de objetivos</translation>
    </message>
    <message>
        <source>Orientation date</source>
        <translation>Fecha de orientación</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>Contact expectation (“at least twice a month”)</source>
        <translation>Frecuencia de contacto esperada («al menos dos veces al mes»)</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Fecha de hoy</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Nombre de quien firma</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Cargo de quien firma</translation>
    </message>
    <message>
        <source>Mentees served</source>
        <translation>Mentorados atendidos</translation>
    </message>
    <message>
        <source>Contacts logged (a number)</source>
        <translation>Contactos registrados (un número)</translation>
    </message>
    <message>
        <source>Contacts logged (“13 contacts”)</source>
        <translation>Contactos registrados («13 contactos»)</translation>
    </message>
    <message>
        <source>Every partner&apos;s name, joined</source>
        <translation type="vanished">Nombres de todas las personas emparejadas, enumerados</translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation>Insertar &amp;marcador</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>The letter&apos;s subject, also its PDF title</source>
        <translation>El asunto de la carta, que también es el título del PDF</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Bold text (Ctrl+B)</source>
        <translation>Texto en negrita (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Italic text</source>
        <translation>Texto en cursiva</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Subrayado</translation>
    </message>
    <message>
        <source>Underlined text</source>
        <translation>Texto subrayado</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>A bulleted list</source>
        <translation>Una lista con viñetas</translation>
    </message>
    <message>
        <source>Insert Placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <source>Put a value such as the recipient&apos;s name, or text shown only when it applies, at the cursor</source>
        <translation>Insertar en el cursor un valor, como el nombre del destinatario, o un texto que solo se muestra cuando corresponde</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinatario</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>Persona &amp;emparejada</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <source>&amp;Text Shown Only When…</source>
        <translation>&amp;Texto que solo se muestra si…</translation>
    </message>
    <message>
        <source>The recipient has a match</source>
        <translation>El destinatario tiene un emparejamiento</translation>
    </message>
    <message>
        <source>The recipient has no match yet</source>
        <translation>El destinatario aún no tiene emparejamiento</translation>
    </message>
    <message>
        <source>The orientation date is set</source>
        <translation>La fecha de orientación está fijada</translation>
    </message>
    <message>
        <source>The goal sheet due date is known</source>
        <translation>Se conoce la fecha de entrega de la hoja de objetivos</translation>
    </message>
    <message>
        <source>The recipient has several partners</source>
        <translation>El destinatario tiene varias personas emparejadas</translation>
    </message>
    <message>
        <source>The goal sheet is overdue</source>
        <translation>La hoja de objetivos está vencida</translation>
    </message>
    <message>
        <source>The recipient is a mentor</source>
        <translation>El destinatario es mentor</translation>
    </message>
    <message>
        <source>The recipient is a mentee</source>
        <translation>El destinatario es mentorado</translation>
    </message>
    <message>
        <source>Every &amp;Partner (a Line Each)</source>
        <translation type="vanished">&amp;Cada persona emparejada (una línea por persona)</translation>
    </message>
    <message>
        <source>A mentor with several mentees gets a line for each</source>
        <translation>Un mentor con varios mentorados tiene una línea para cada uno</translation>
    </message>
    <message>
        <source>Every partner&apos;s name (“Ann Lee and Bob Ray”)</source>
        <translation>El nombre de cada persona emparejada (“Ann Lee y Bob Ray”)</translation>
    </message>
    <message>
        <source>Every Partner (a &amp;Line Each)</source>
        <translation>Cada persona emparejada (una &amp;línea por persona)</translation>
    </message>
</context>
<context>
    <name>cohort::LetterheadDialog</name>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>Printed at the top of every letter; empty: the program&apos;s organization</source>
        <translation type="vanished">Se imprime en la parte superior de cada carta; si se deja vacío, se usa la organización del programa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>e.g. Maria Lopez</source>
        <translation>p. ej. María López</translation>
    </message>
    <message>
        <source>e.g. Chair, Mentoring Committee</source>
        <translation>p. ej. Presidenta del Comité de Mentoría</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Carta de EE. UU. (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Imagen de la firma</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Imagen de la firma:</translation>
    </message>
    <message>
        <source>Choose a Signature Image</source>
        <translation>Elegir una imagen de firma</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>&amp;Tamaño de página:</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Superior</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Inferior</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>Margen: %1</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Márgenes:</translation>
    </message>
    <message>
        <source>%1 is not an image Cohort can read (%2). Choose a PNG or JPEG file.</source>
        <translation>%1 no es una imagen que Cohort pueda leer (%2). Elija un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Printed at the top of every letter; if empty, the program&apos;s organization is used</source>
        <translation>Se imprime en la parte superior de cada carta; si está vacío, se usa la organización del programa</translation>
    </message>
</context>
<context>
    <name>cohort::LettersPage</name>
    <message>
        <source>&amp;Issue Letters…</source>
        <translation>&amp;Emitir cartas…</translation>
    </message>
    <message>
        <source>Write this letter as PDFs for the people it goes to, and record what each was sent</source>
        <translation>Escribir esta carta en PDF para sus destinatarios y registrar lo que se envió a cada uno</translation>
    </message>
    <message>
        <source>Issue Letters to &amp;Selected…</source>
        <translation>Emitir cartas a la &amp;selección…</translation>
    </message>
    <message>
        <source>Issue the letters the people selected in “To send” are waiting for</source>
        <translation>Emitir las cartas pendientes de las personas seleccionadas en «Por enviar»</translation>
    </message>
    <message>
        <source>&amp;Print Letters…</source>
        <translation type="vanished">&amp;Imprimir cartas…</translation>
    </message>
    <message>
        <source>Print this letter for everyone it goes to</source>
        <translation>Imprimir esta carta para todos sus destinatarios</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See every page before printing</source>
        <translation>Ver todas las páginas antes de imprimir</translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation>Mem&amp;brete…</translation>
    </message>
    <message>
        <source>Organization, address, logo, signature, page size and margins of every letter</source>
        <translation>Organización, dirección, logotipo, firma, tamaño de página y márgenes de todas las cartas</translation>
    </message>
    <message>
        <source>&amp;Restore Default Text</source>
        <translation type="vanished">&amp;Restablecer el texto predeterminado</translation>
    </message>
    <message>
        <source>Put back the text this letter came with (undoable)</source>
        <translation>Volver al texto original de esta carta (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Next Recipient</source>
        <translation>Destinatario siguie&amp;nte</translation>
    </message>
    <message>
        <source>Preview the letter of the next person</source>
        <translation>Mostrar la vista previa de la carta de la persona siguiente</translation>
    </message>
    <message>
        <source>P&amp;revious Recipient</source>
        <translation>Destinatario &amp;anterior</translation>
    </message>
    <message>
        <source>Preview the letter of the previous person</source>
        <translation>Mostrar la vista previa de la carta de la persona anterior</translation>
    </message>
    <message>
        <source>Show Issued Te&amp;xt</source>
        <translation>Mostrar el &amp;texto emitido</translation>
    </message>
    <message>
        <source>The exact text the selected person was sent</source>
        <translation>El texto exacto que se envió a la persona seleccionada</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Restore Default</source>
        <translation>Restablecer el texto predeterminado</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Issue Letters…</source>
        <translation>Emitir cartas…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <source>Can be issued</source>
        <translation>Se puede emitir</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Cartas por enviar</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitidas</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Versión de la plantilla</translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation>SHA-256 del PDF</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">Emitida por</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>Cartas emitidas</translation>
    </message>
    <message>
        <source>Issue Letters to Selected…</source>
        <translation>Emitir cartas a la selección…</translation>
    </message>
    <message>
        <source>People whose decision or match calls for a letter they have not been sent as it would read now.</source>
        <translation>Personas cuya decisión o emparejamiento requiere una carta que no han recibido con el texto actual.</translation>
    </message>
    <message>
        <source>To Send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar: its acceptance, waitlist and decline letters, match introductions and reminders are written here.</source>
        <translation>Elija un ciclo en la barra de herramientas: aquí se redactan sus cartas de aceptación, de lista de espera y de rechazo, las presentaciones de emparejamientos y los recordatorios.</translation>
    </message>
    <message>
        <source>Open a program to write its letters.</source>
        <translation>Abra un programa para redactar sus cartas.</translation>
    </message>
    <message>
        <source>No template yet: write one.</source>
        <translation>Todavía no hay plantilla: redacte una.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>The text Cohort comes with</source>
        <translation>El texto incluido en Cohort</translation>
    </message>
    <message>
        <source>Edited (version %1)</source>
        <translation>Modificado (versión %1)</translation>
    </message>
    <message>
        <source>Edit Letter “%1” (%2)</source>
        <translation>Editar la carta «%1» (%2)</translation>
    </message>
    <message>
        <source>Save Letter</source>
        <translation>Guardar la carta</translation>
    </message>
    <message>
        <source>Letter saved.</source>
        <translation>Carta guardada.</translation>
    </message>
    <message>
        <source>Restore Default Text</source>
        <translation>Restablecer el texto predeterminado</translation>
    </message>
    <message>
        <source>Cohort has no default text for this letter in %1.</source>
        <translation>Cohort no tiene texto predeterminado para esta carta en este idioma (%1).</translation>
    </message>
    <message>
        <source>No one in %1 is due this letter yet. %2</source>
        <translation>En %1, nadie debe recibir esta carta todavía. %2</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>%1, since changed</source>
        <translation>%1, cambiada desde entonces</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminada</translation>
    </message>
    <message>
        <source>To Send (%1)</source>
        <translation>Por enviar (%1)</translation>
    </message>
    <message>
        <source>Issued (%1)</source>
        <translation>Emitidas (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 to send)</source>
        <translation>%1 (%2 por enviar)</translation>
    </message>
    <message>
        <source>Issue Letters</source>
        <translation>Emitir cartas</translation>
    </message>
    <message>
        <source>Writing the “%1” letters…</source>
        <translation>Escribiendo las cartas «%1»…</translation>
    </message>
    <message>
        <source>Issuing cancelled; no letter was written or recorded.</source>
        <translation>Emisión cancelada; no se ha escrito ni registrado ninguna carta.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n carta escrita en %1.</numerusform>
            <numerusform>%n cartas escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter was written.</source>
        <translation>No se ha escrito ninguna carta.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already have this letter as it stands and were skipped (check “Issue again” to write theirs too).</source>
        <translation>
            <numerusform>%n persona ya tiene esta carta tal como está y se ha omitido (marque «Volver a emitir» para escribir también la suya).</numerusform>
            <numerusform>%n personas ya tienen esta carta tal como está y se han omitido (marque «Volver a emitir» para escribir también las suyas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued.</source>
        <translation>
            <numerusform>%n carta emitida.</numerusform>
            <numerusform>%n cartas emitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Letters</source>
        <translation>Imprimir cartas</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Letters sent to the printer (printing does not record them as issued).</source>
        <translation>Cartas enviadas a la impresora (imprimirlas no las registra como emitidas).</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Vista previa de impresión — %1</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Membrete</translation>
    </message>
    <message>
        <source>%1 to %2, issued %3</source>
        <translation>%1 para %2, emitida el %3</translation>
    </message>
    <message>
        <source>The exact text issued; the PDF&apos;s SHA-256 is %1.</source>
        <translation>El texto exacto emitido; el SHA-256 del PDF es %1.</translation>
    </message>
    <message>
        <source>Prin&amp;t Letters…</source>
        <translation>Imprimir car&amp;tas…</translation>
    </message>
    <message>
        <source>Restore &amp;Default Text</source>
        <translation>Restaurar el texto &amp;predeterminado</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Emitida el</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitida por</translation>
    </message>
    <message numerus="yes">
        <source>One letter at a time: this issues the “%1” letters; %n other selected row(s) wait for theirs.</source>
        <translation>
            <numerusform>Una carta cada vez: se emiten las cartas «%1»; %n fila seleccionada más espera la suya.</numerusform>
            <numerusform>Una carta cada vez: se emiten las cartas «%1»; otras %n filas seleccionadas esperan la suya.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import Applications…</source>
        <translation>&amp;Importar solicitudes…</translation>
    </message>
    <message>
        <source>Add applications from a CSV file exported by your form service</source>
        <translation>Añadir solicitudes desde un archivo CSV exportado por su servicio de formularios</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Solicitudes</translation>
    </message>
    <message>
        <source>Show the applications whose name, email or library contains these words</source>
        <translation>Mostrar las solicitudes cuyo nombre, correo electrónico o biblioteca contengan estas palabras</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications into %1.</source>
        <translation>
            <numerusform>Se importó %n solicitud en %1.</numerusform>
            <numerusform>Se importaron %n solicitudes en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Revisión</translation>
    </message>
    <message>
        <source>Review has no search: sort the grid by a column instead</source>
        <translation>En Revisión no se puede buscar: ordene la tabla por una columna</translation>
    </message>
    <message>
        <source>Review &amp;Packets</source>
        <translation>&amp;Paquetes de revisión</translation>
    </message>
    <message>
        <source>Score offline: one file per reviewer out, their scores merged back</source>
        <translation>Puntuar sin conexión: sale un archivo por revisor y sus puntuaciones se fusionan a la vuelta</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to score</source>
        <translation>
            <numerusform>%Ln por puntuar</numerusform>
            <numerusform>%Ln por puntuar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews of this cycle are not submitted yet</source>
        <translation>
            <numerusform>%Ln revisión de este ciclo todavía no se ha enviado</numerusform>
            <numerusform>%Ln revisiones de este ciclo todavía no se han enviado</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Review Packet</source>
        <translation>Abrir paquete de revisión</translation>
    </message>
    <message>
        <source>Review packets (*.%1)</source>
        <translation>Paquetes de revisión (*.%1)</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>E&amp;mparejamiento</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to match</source>
        <translation>
            <numerusform>%Ln por emparejar</numerusform>
            <numerusform>%Ln por emparejar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted mentees of this cycle are not matched yet</source>
        <translation>
            <numerusform>%Ln mentorado aceptado de este ciclo todavía no está emparejado</numerusform>
            <numerusform>%Ln mentorados aceptados de este ciclo todavía no están emparejados</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching has its own field above the unmatched mentees</source>
        <translation>El área Emparejamiento tiene su propio campo de búsqueda encima de los mentorados sin emparejar</translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation>&amp;Ciclo</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Ca&amp;lendario</translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln requiere atención</numerusform>
            <numerusform>%Ln requieren atención</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln published matches of this cycle are quiet or below the contact cadence</source>
        <translation>
            <numerusform>%Ln emparejamiento publicado de este ciclo está sin contacto o por debajo de la cadencia de contacto</numerusform>
            <numerusform>%Ln emparejamientos publicados de este ciclo están sin contacto o por debajo de la cadencia de contacto</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline has its own field above the list of matches</source>
        <translation>El área Calendario tiene su propio campo de búsqueda encima de la lista de emparejamientos</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Car&amp;tas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln por enviar</numerusform>
            <numerusform>%Ln por enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters of this cycle are still to send</source>
        <translation>
            <numerusform>Queda %Ln carta por enviar en este ciclo</numerusform>
            <numerusform>Quedan %Ln cartas por enviar en este ciclo</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the letters to send and issued whose name, code or letter contains these words</source>
        <translation>Mostrar las cartas por enviar y emitidas cuyo nombre, código o carta contenga estas palabras</translation>
    </message>
</context>
<context>
    <name>cohort::MatchBoard</name>
    <message>
        <source>The program is open read-only.</source>
        <translation>El programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>The board is not loaded.</source>
        <translation>El tablero no está cargado.</translation>
    </message>
    <message>
        <source>The board is updating; try again in a moment.</source>
        <translation>El tablero se está actualizando; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Only accepted mentees and mentors of this cycle can be matched.</source>
        <translation>Solo se puede emparejar a los mentorados y mentores aceptados de este ciclo.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s mentee.</source>
        <translation>%1 ya es mentorado de %2.</translation>
    </message>
    <message>
        <source>%1&apos;s match is published; unmatch it first if it must change.</source>
        <translation>El emparejamiento de %1 está publicado; si debe cambiar, quítelo antes.</translation>
    </message>
    <message>
        <source>%1&apos;s match is locked; unlock it first.</source>
        <translation>El emparejamiento de %1 está bloqueado; desbloquéelo antes.</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3).</source>
        <translation>%1 está completo (%2 de %3).</translation>
    </message>
    <message>
        <source>Move %1 to %2: score %3</source>
        <translation>Mover a %1 con %2: puntuación %3</translation>
    </message>
    <message>
        <source>Match %1 with %2: score %3</source>
        <translation>Emparejar a %1 con %2: puntuación %3</translation>
    </message>
    <message>
        <source>%1 is not matched.</source>
        <translation>%1 no está emparejado.</translation>
    </message>
    <message>
        <source>Unmatch %1</source>
        <translation>Quitar el emparejamiento de %1</translation>
    </message>
    <message>
        <source>Unmatch %1 (the match is published: the pair was told)</source>
        <translation>Quitar el emparejamiento de %1 (está publicado: ya se informó a la pareja)</translation>
    </message>
</context>
<context>
    <name>cohort::MatchChangesCommand</name>
    <message>
        <source>Match %1 with %2</source>
        <translation>Emparejar a %1 con %2</translation>
    </message>
    <message>
        <source>Unmatch %1</source>
        <translation>Quitar el emparejamiento de %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover a %1 con %2</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n Match(es)</source>
        <translation>
            <numerusform>Bloquear %n emparejamiento</numerusform>
            <numerusform>Bloquear %n emparejamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n Match(es)</source>
        <translation>
            <numerusform>Desbloquear %n emparejamiento</numerusform>
            <numerusform>Desbloquear %n emparejamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n Match(es)</source>
        <translation>
            <numerusform>Publicar %n emparejamiento</numerusform>
            <numerusform>Publicar %n emparejamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-Match %n Mentee(s)</source>
        <translation>
            <numerusform>Emparejar automáticamente %n mentorado</numerusform>
            <numerusform>Emparejar automáticamente %n mentorados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchDetailPanel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Persona de enlace</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>Elimi&amp;nar el contacto</translation>
    </message>
    <message>
        <source>&amp;Log Contact</source>
        <translation>Re&amp;gistrar el contacto</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Iniciativa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Fecha del contacto</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>Iniciado por</translation>
    </message>
    <message>
        <source>A short note (optional); Enter logs the contact</source>
        <translation>Una nota breve (opcional); Intro registra el contacto</translation>
    </message>
    <message>
        <source>Liaison:</source>
        <translation>Persona de enlace:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
    <message>
        <source>Log a contact:</source>
        <translation>Registrar un contacto:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>No match selected</source>
        <translation>Ningún emparejamiento seleccionado</translation>
    </message>
    <message>
        <source>Select a match to see its contacts and goal sheet, and to log a contact.</source>
        <translation>Seleccione un emparejamiento para ver sus contactos y su hoja de objetivos, y para registrar un contacto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Goal sheet submitted on %1 with %n goal(s).</source>
        <translation>
            <numerusform>Hoja de objetivos entregada el %1 con %n objetivo.</numerusform>
            <numerusform>Hoja de objetivos entregada el %1 con %n objetivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal sheet overdue: it was due on %1.</source>
        <translation>Hoja de objetivos vencida: vencía el %1.</translation>
    </message>
    <message>
        <source>Goal sheet due on %1.</source>
        <translation>La hoja de objetivos vence el %1.</translation>
    </message>
    <message>
        <source>The match started on %1; a contact cannot be earlier.</source>
        <translation>El emparejamiento empezó el %1; un contacto no puede ser anterior.</translation>
    </message>
    <message>
        <source>A contact cannot be in the future.</source>
        <translation>Un contacto no puede tener una fecha futura.</translation>
    </message>
    <message>
        <source>Logged a contact of %1 on %2.</source>
        <translation>Se registró un contacto de %1 el %2.</translation>
    </message>
    <message>
        <source>Removed the contact; Edit › Undo brings it back.</source>
        <translation>Se eliminó el contacto; Editar › Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Remove the Liaison of %1</source>
        <translation>Quitar la persona de enlace de %1</translation>
    </message>
    <message>
        <source>Make %1 Liaison of %2</source>
        <translation>Designar a %1 como persona de enlace de %2</translation>
    </message>
    <message>
        <source>Edit &amp;Goal Sheet…</source>
        <translation>Editar la &amp;hoja de objetivos…</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Edit the match&apos;s goal sheet: due date, submission and its 1 to 3 SMART goals</source>
        <translation>Editar la hoja de objetivos del emparejamiento: fecha de vencimiento, entrega y sus 1 a 3 objetivos SMART</translation>
    </message>
    <message>
        <source>Orientation attendance</source>
        <translation>Asistencia a la orientación</translation>
    </message>
    <message>
        <source>No goal sheet yet.</source>
        <translation>Todavía no hay hoja de objetivos.</translation>
    </message>
    <message>
        <source>Mentor attended</source>
        <translation>El mentor asistió</translation>
    </message>
    <message>
        <source>Mentee attended</source>
        <translation>El mentorado asistió</translation>
    </message>
    <message>
        <source>Mentor attended the orientation on %1</source>
        <translation>El mentor asistió a la orientación del %1</translation>
    </message>
    <message>
        <source>Mentee attended the orientation on %1</source>
        <translation>El mentorado asistió a la orientación del %1</translation>
    </message>
    <message>
        <source>Mark %1 Attended the Orientation on %2</source>
        <translation>Marcar la asistencia de %1 a la orientación del %2</translation>
    </message>
    <message>
        <source>Mark %1 Absent from the Orientation on %2</source>
        <translation>Marcar la ausencia de %1 en la orientación del %2</translation>
    </message>
    <message>
        <source>Goal Sheet of %1</source>
        <translation>Hoja de objetivos de %1</translation>
    </message>
    <message>
        <source>Saved the goal sheet of %1.</source>
        <translation>Se guardó la hoja de objetivos de %1.</translation>
    </message>
</context>
<context>
    <name>cohort::MatchExport</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
    <name>cohort::MatchingPage</name>
    <message>
        <source>&amp;Match With…</source>
        <translation>&amp;Emparejar con…</translation>
    </message>
    <message>
        <source>&amp;Unmatch</source>
        <translation>&amp;Quitar el emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Lock Match</source>
        <translation>&amp;Bloquear el emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Auto-Match…</source>
        <translation>Emparejamiento &amp;automático…</translation>
    </message>
    <message>
        <source>&amp;Publish Matches…</source>
        <translation>&amp;Publicar los emparejamientos…</translation>
    </message>
    <message>
        <source>Matching &amp;Settings…</source>
        <translation>A&amp;justes de emparejamiento…</translation>
    </message>
    <message>
        <source>Choose a mentor for the selected mentee (the keyboard&apos;s drag and drop)</source>
        <translation>Elegir un mentor para el mentorado seleccionado (el equivalente con teclado de arrastrar y soltar)</translation>
    </message>
    <message>
        <source>Send the selected mentee back to the unmatched</source>
        <translation>Devolver el mentorado seleccionado a los mentorados sin emparejar</translation>
    </message>
    <message>
        <source>A locked match stays as it is when auto-match runs, and cannot be dragged</source>
        <translation>Un emparejamiento bloqueado se queda como está cuando se ejecuta el emparejamiento automático y no se puede arrastrar</translation>
    </message>
    <message>
        <source>Propose the matches with the highest total compatibility; locked and published matches stay</source>
        <translation>Proponer los emparejamientos con la compatibilidad total más alta; los emparejamientos bloqueados y publicados se conservan</translation>
    </message>
    <message>
        <source>Mark the draft matches published today: letters and the timeline start from it</source>
        <translation>Marcar los emparejamientos en borrador como publicados hoy: las cartas y el calendario parten de esa fecha</translation>
    </message>
    <message>
        <source>How much each factor counts, the minimum score, and the same-library rule</source>
        <translation>Cuánto cuenta cada factor, la puntuación mínima y la regla de la misma biblioteca</translation>
    </message>
    <message>
        <source>No cycle selected</source>
        <translation>Ningún ciclo seleccionado</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to match its accepted mentees and mentors.</source>
        <translation>Elija un ciclo en la barra de herramientas para emparejar a sus mentorados y mentores aceptados.</translation>
    </message>
    <message>
        <source>The matching could not be read</source>
        <translation>No se pudo leer el emparejamiento</translation>
    </message>
    <message>
        <source>Nobody to match yet</source>
        <translation>Todavía no hay nadie a quien emparejar</translation>
    </message>
    <message>
        <source>Matching starts when the cycle has accepted mentees and mentors: decide on applications in the Review area first.</source>
        <translation>El emparejamiento empieza cuando el ciclo tiene mentorados y mentores aceptados: decida antes sobre las solicitudes en el área Revisión.</translation>
    </message>
    <message>
        <source>Find a mentee</source>
        <translation>Buscar un mentorado</translation>
    </message>
    <message>
        <source>Unmatched mentees</source>
        <translation>Mentorados sin emparejar</translation>
    </message>
    <message>
        <source>Mentors and their matches</source>
        <translation>Mentores y sus emparejamientos</translation>
    </message>
    <message>
        <source>Mentors (drop a mentee on one)</source>
        <translation>Mentores (suelte un mentorado sobre uno de ellos)</translation>
    </message>
    <message>
        <source>%1 of %2 accepted mentees matched · %3 mentors with %4 places</source>
        <translation>%1 de %2 mentorados aceptados emparejados · %3 mentores con %4 plazas</translation>
    </message>
    <message>
        <source> · mean score %1</source>
        <translation> · puntuación media %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not published</source>
        <translation>
            <numerusform>%n borrador sin publicar</numerusform>
            <numerusform>%n borradores sin publicar</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmatched mentees (%1)</source>
        <translation>Mentorados sin emparejar (%1)</translation>
    </message>
    <message>
        <source>Match With</source>
        <translation>Emparejar con</translation>
    </message>
    <message>
        <source>No mentor with room is open to %1: every mentor is full or has a conflict.</source>
        <translation>Ningún mentor con plazas libres está disponible para %1: todos los mentores están completos o tienen un conflicto.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 de %4)</translation>
    </message>
    <message>
        <source>Mentor for %1 (best first):</source>
        <translation>Mentor para %1 (los mejores primero):</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>Quitar el emparejamiento</translation>
    </message>
    <message>
        <source>%1&apos;s match was published on %2, so the pair has been told. Unmatch them anyway?</source>
        <translation>El emparejamiento de %1 se publicó el %2, así que ya se informó a la pareja. ¿Quitar el emparejamiento de todos modos?</translation>
    </message>
    <message>
        <source>Locked: auto-match keeps this match.</source>
        <translation>Bloqueado: el emparejamiento automático lo conserva.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Desbloqueado.</translation>
    </message>
    <message>
        <source>Edit › Undo discards the proposal.</source>
        <translation>Editar › Deshacer descarta la propuesta.</translation>
    </message>
    <message>
        <source>Publish Matches</source>
        <translation>Publicar los emparejamientos</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n draft match(es) of %1 as of %2?</source>
        <translation>
            <numerusform>¿Publicar %n emparejamiento en borrador de %1 con fecha %2?</numerusform>
            <numerusform>¿Publicar %n emparejamientos en borrador de %1 con fecha %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification letters and the engagement timeline start from this date. Edit › Undo takes it back.</source>
        <translation>Las cartas de notificación y el calendario de seguimiento parten de esta fecha. Editar › Deshacer lo revierte.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n match(es).</source>
        <translation>
            <numerusform>Se publicó %n emparejamiento.</numerusform>
            <numerusform>Se publicaron %n emparejamientos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching settings changed; the scores are worked out again.</source>
        <translation>Se cambiaron los ajustes de emparejamiento; las puntuaciones se vuelven a calcular.</translation>
    </message>
    <message>
        <source>&amp;Export Matches…</source>
        <translation>E&amp;xportar los emparejamientos…</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s matches as CSV: codes, names, status, score (no confidential answers)</source>
        <translation>Guardar los emparejamientos del ciclo en CSV: códigos, nombres, estado, puntuación (sin respuestas confidenciales)</translation>
    </message>
    <message>
        <source>%1 matches.csv</source>
        <translation>%1 emparejamientos.csv</translation>
    </message>
    <message>
        <source>Export Matches</source>
        <translation>Exportar los emparejamientos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n match(es) of %1 to %2.</source>
        <translation>
            <numerusform>Se exportó %n emparejamiento de %1 a %2.</numerusform>
            <numerusform>Se exportaron %n emparejamientos de %1 a %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchingSettingsDialog</name>
    <message>
        <source>Never match two people from the same &amp;library</source>
        <translation>No emparejar nunca a dos personas de la misma &amp;biblioteca</translation>
    </message>
    <message>
        <source>Matching Settings</source>
        <translation>Ajustes de emparejamiento</translation>
    </message>
    <message>
        <source>&amp;Practice area</source>
        <translation>Área de &amp;práctica</translation>
    </message>
    <message>
        <source>The mentee&apos;s interests and goals against the mentor&apos;s experience</source>
        <translation>Los intereses y objetivos del mentorado frente a la experiencia del mentor</translation>
    </message>
    <message>
        <source>Library &amp;type</source>
        <translation>&amp;Tipo de biblioteca</translation>
    </message>
    <message>
        <source>Public, school, academic, special</source>
        <translation>Pública, escolar, universitaria, especializada</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Hours apart: the same zone counts fully, six or more not at all</source>
        <translation>Horas de diferencia: la misma zona cuenta por completo; seis o más, nada</translation>
    </message>
    <message>
        <source>&amp;Contact methods</source>
        <translation>Medios de &amp;contacto</translation>
    </message>
    <message>
        <source>Email, phone, video, chat in common</source>
        <translation>Correo electrónico, teléfono, vídeo o chat en común</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>A language in common</source>
        <translation>Un idioma en común</translation>
    </message>
    <message>
        <source>&amp;Experience gap</source>
        <translation>Diferencia de &amp;experiencia</translation>
    </message>
    <message>
        <source>Years the mentor has beyond the mentee: five or more count fully</source>
        <translation>Años de experiencia que el mentor tiene por encima del mentorado: cinco o más cuentan por completo</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>Pre&amp;ferencias</translation>
    </message>
    <message>
        <source>The mentee&apos;s stated preferences, only where they opted in</source>
        <translation>Las preferencias indicadas por el mentorado, solo si dio su consentimiento</translation>
    </message>
    <message>
        <source>Auto-match leaves pairs scoring below this unmatched</source>
        <translation>El emparejamiento automático deja sin emparejar los pares con una puntuación por debajo de este valor</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Puntuación &amp;mínima:</translation>
    </message>
    <message>
        <source>How much each factor counts in a pair&apos;s score (0 leaves it out). The preview shows the effect on this cycle.</source>
        <translation>Cuánto cuenta cada factor en la puntuación de un par (0 lo excluye). La vista previa muestra el efecto en este ciclo.</translation>
    </message>
    <message>
        <source>No accepted mentees and mentors to preview on.</source>
        <translation>No hay mentorados ni mentores aceptados con los que mostrar una vista previa.</translation>
    </message>
    <message>
        <source>This cycle is too large to preview while typing; Auto-Match shows the effect.</source>
        <translation>Este ciclo es demasiado grande para mostrar una vista previa mientras escribe; Emparejamiento automático muestra el efecto.</translation>
    </message>
    <message>
        <source>Mean best score of a mentee: %1.</source>
        <translation>Media de la mejor puntuación de cada mentorado: %1.</translation>
    </message>
    <message>
        <source>No mentee has a mentor open to them.</source>
        <translation>Ningún mentorado tiene un mentor disponible.</translation>
    </message>
    <message>
        <source>Auto-match would give: %1</source>
        <translation>El emparejamiento automático daría: %1</translation>
    </message>
</context>
<context>
    <name>cohort::MatchingStore</name>
    <message>
        <source>Reading the matching of the cycle</source>
        <translation>lectura del emparejamiento del ciclo</translation>
    </message>
    <message>
        <source>Reading the matching settings</source>
        <translation>lectura de los ajustes de emparejamiento</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>El ciclo ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Each matching weight must be a number of 0 or more.</source>
        <translation>Cada peso de emparejamiento debe ser un número igual o mayor que 0.</translation>
    </message>
    <message>
        <source>The minimum score must be between 0 and 1.</source>
        <translation>La puntuación mínima debe estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>The match of %1 and %2</source>
        <translation>El emparejamiento de %1 y %2</translation>
    </message>
    <message>
        <source>A match</source>
        <translation>Un emparejamiento</translation>
    </message>
    <message>
        <source>The match</source>
        <translation>El emparejamiento</translation>
    </message>
    <message>
        <source>Reading a match</source>
        <translation>lectura de un emparejamiento</translation>
    </message>
    <message>
        <source>The match no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>El emparejamiento ya no existe; puede que otra persona lo haya eliminado. Vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you read it; reload to see the changes.</source>
        <translation>%1 fue modificado por %2 el %3, después de que usted lo leyera; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>A new match needs an id.</source>
        <translation>Un emparejamiento nuevo necesita un identificador.</translation>
    </message>
    <message>
        <source>This match exists already; reload to see it.</source>
        <translation>Este emparejamiento ya existe; vuelva a cargar para verlo.</translation>
    </message>
    <message>
        <source>%1 has a match already; someone else may have matched them. Reload to see the changes.</source>
        <translation>%1 ya tiene un emparejamiento; puede que otra persona lo haya emparejado. Vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>guardado: %1</translation>
    </message>
    <message>
        <source>Removing a match</source>
        <translation>eliminación de un emparejamiento</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n logged contact(s); end the match instead of removing it.</source>
        <translation>
            <numerusform>%1 tiene %n contacto registrado; finalice el emparejamiento en lugar de eliminarlo.</numerusform>
            <numerusform>%1 tiene %n contactos registrados; finalice el emparejamiento en lugar de eliminarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a goal sheet; end the match instead of removing it.</source>
        <translation>%1 tiene una hoja de objetivos; finalice el emparejamiento en lugar de eliminarlo.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>restauración: %1</translation>
    </message>
    <message>
        <source>Reading the matches of the cycle</source>
        <translation>lectura de los emparejamientos del ciclo</translation>
    </message>
</context>
<context>
    <name>cohort::MenteePoolModel</name>
    <message>
        <source>none open</source>
        <translation>ninguno disponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Career stage: %1</source>
        <translation>Etapa profesional: %1</translation>
    </message>
    <message>
        <source>No mentor with room is open to this mentee.</source>
        <translation>Ningún mentor con plazas libres está disponible para este mentorado.</translation>
    </message>
    <message>
        <source>Best available score: %1</source>
        <translation>Mejor puntuación disponible: %1</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentorado</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejor</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Intereses</translation>
    </message>
</context>
<context>
    <name>cohort::MentorBoardModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Experiencia: %1</translation>
    </message>
    <message>
        <source>Full: %1 of %2 mentees</source>
        <translation>Completo: %1 de %2 mentorados</translation>
    </message>
    <message numerus="yes">
        <source>Room for %n more</source>
        <translation>
            <numerusform>Queda %n plaza libre</numerusform>
            <numerusform>Quedan %n plazas libres</numerusform>
        </translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publicado el %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>%1 (%2) with %3: score %4</source>
        <translation>%1 (%2) con %3: puntuación %4</translation>
    </message>
    <message>
        <source>Mentor / mentee</source>
        <translation>Mentor / mentorado</translation>
    </message>
    <message>
        <source>Load / score</source>
        <translation>Carga / puntuación</translation>
    </message>
    <message>
        <source>Library / match</source>
        <translation>Biblioteca / emparejamiento</translation>
    </message>
</context>
<context>
    <name>cohort::MentorBoardView</name>
    <message>
        <source>Drop on a mentor to match</source>
        <translation>Suelte sobre un mentor para emparejar</translation>
    </message>
</context>
<context>
    <name>cohort::MergePacketCommand</name>
    <message>
        <source>Merge %1&apos;s Review Packet</source>
        <translation>Fusionar el paquete de revisión de %1</translation>
    </message>
    <message>
        <source>%1 of %2 changed in the program while the merge was being prepared; merge the packet again.</source>
        <translation type="vanished">%1 de %2 cambió en el programa mientras se preparaba la fusión; vuelva a fusionar el paquete.</translation>
    </message>
    <message>
        <source>A score or comment of this merge was changed since; reload to see it.</source>
        <translation type="vanished">Una puntuación o un comentario de esta fusión ha cambiado desde entonces; vuelva a cargar para verlo.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 scores, %4 comments, %5 submitted</source>
        <translation type="vanished">%1 desde %2: %3 puntuaciones, %4 comentarios, %5 asignaciones enviadas</translation>
    </message>
</context>
<context>
    <name>cohort::MergePeopleCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionar %1 en %2</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>No se puede fusionar a una persona consigo misma.</translation>
    </message>
</context>
<context>
    <name>cohort::NewApplicationCommand</name>
    <message>
        <source>New Application from %1</source>
        <translation>Nueva solicitud de %1</translation>
    </message>
    <message>
        <source>A new application comes by email or on paper.</source>
        <translation>Una solicitud nueva llega por correo electrónico o en papel.</translation>
    </message>
    <message>
        <source>Choose whether %1 applies as a mentor or as a mentee.</source>
        <translation>Indique si %1 presenta la solicitud como mentor o como mentorado.</translation>
    </message>
    <message>
        <source>Choose the person the application belongs to.</source>
        <translation>Elija la persona a la que pertenece la solicitud.</translation>
    </message>
    <message>
        <source>New Application %1 from %2</source>
        <translation>Nueva solicitud %1 de %2</translation>
    </message>
</context>
<context>
    <name>cohort::NewApplicationDialog</name>
    <message>
        <source>ALSC member</source>
        <translation>Miembro de la ALSC</translation>
    </message>
    <message>
        <source>At least 18 years old (or has a guardian&apos;s permission)</source>
        <translation>Tiene 18 años o más (o el permiso de su tutor)</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>An application that came by email or on paper, for %1. Fill in what you have; the rest can be added in the detail panel afterwards.</source>
        <translation>Una solicitud que llegó por correo electrónico o en papel, para %1. Rellene lo que tenga; el resto puede añadirse después en el panel de detalles.</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Came:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Re&amp;cibida el:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellidos:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>L&amp;ibrary or institution:</source>
        <translation>&amp;Biblioteca o institución:</translation>
    </message>
    <message>
        <source>Library &amp;type:</source>
        <translation>T&amp;ipo de biblioteca:</translation>
    </message>
    <message>
        <source>Co&amp;nnection to children&apos;s library service:</source>
        <translation>Re&amp;lación con el servicio bibliotecario infantil:</translation>
    </message>
    <message>
        <source>Add Application</source>
        <translation>Añadir la solicitud</translation>
    </message>
</context>
<context>
    <name>cohort::NewCycleCommand</name>
    <message>
        <source>New Cycle %1</source>
        <translation>Nuevo ciclo %1</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>No se puede deshacer «%1»: %2</translation>
    </message>
</context>
<context>
    <name>cohort::NewCycleDialog</name>
    <message>
        <source>From the &amp;template</source>
        <translation>A partir de la &amp;plantilla</translation>
    </message>
    <message>
        <source>As a &amp;copy of:</source>
        <translation>Como &amp;copia de:</translation>
    </message>
    <message>
        <source>New Cycle</source>
        <translation>Nuevo ciclo</translation>
    </message>
    <message>
        <source>Spring cycles take applications in January and February, fall cycles in July and August</source>
        <translation>Los ciclos de primavera reciben solicitudes en enero y febrero; los de otoño, en julio y agosto</translation>
    </message>
    <message>
        <source>The year applications open</source>
        <translation>El año en que se abren las solicitudes</translation>
    </message>
    <message>
        <source>The phases of the published timeline: applications, review and notifications, goals and orientation, the year of work, check-in, survey, close</source>
        <translation>Las fases del calendario publicado: solicitudes, revisión y notificaciones, objetivos y orientación, el año de trabajo, balance intermedio, encuesta, cierre</translation>
    </message>
    <message>
        <source>The phases of an earlier cycle, their names and kinds as they are and their dates moved to the new year</source>
        <translation>Las fases de un ciclo anterior, con sus nombres y tipos tal como están y sus fechas trasladadas al nuevo año</translation>
    </message>
    <message>
        <source>Cycle to copy</source>
        <translation>Ciclo que se copiará</translation>
    </message>
    <message>
        <source>How the cycle is called everywhere in Cohort and in letters; unique in the program</source>
        <translation>Cómo se llama el ciclo en todo Cohort y en las cartas; único en el programa</translation>
    </message>
    <message>
        <source>Phases of the new cycle</source>
        <translation>Fases del nuevo ciclo</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>&amp;Season and year:</source>
        <translation>&amp;Temporada y año:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fases:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Create Cycle</source>
        <translation>Crear el ciclo</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Primavera</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Otoño</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a name for the cycle.</source>
        <translation>Escriba un nombre para el ciclo.</translation>
    </message>
    <message>
        <source>There is already a cycle named “%1”: choose another name.</source>
        <translation>Ya hay un ciclo llamado «%1»: elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>cohort::ObservationIndex</name>
    <message>
        <source>A score of application %1 by reviewer %2 is not a number.</source>
        <translation>Una puntuación de la solicitud %1 del revisor %2 no es un número.</translation>
    </message>
    <message>
        <source>A score names application %1, which is not in the list.</source>
        <translation>Una puntuación hace referencia a la solicitud %1, que no está en la lista.</translation>
    </message>
    <message>
        <source>A score names reviewer %1, who is not in the list.</source>
        <translation>Una puntuación hace referencia al revisor %1, que no está en la lista.</translation>
    </message>
    <message>
        <source>Reviewer %1 has two scores for application %2.</source>
        <translation>El revisor %1 tiene dos puntuaciones para la solicitud %2.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketConflictDialog</name>
    <message>
        <source>Conflicts in %1&apos;s Packet</source>
        <translation>Conflictos en el paquete de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) or comment(s) changed both in the packet and in the program since the packet was made. Choose which value to keep for each; the rest of the packet is merged as it is.</source>
        <translation>
            <numerusform>%n puntuación o comentario ha cambiado tanto en el paquete como en el programa desde que se creó el paquete. Elija qué valor conservar en cada caso; el resto del paquete se fusiona tal cual.</numerusform>
            <numerusform>%n puntuaciones o comentarios han cambiado tanto en el paquete como en el programa desde que se creó el paquete. Elija qué valor conservar en cada caso; el resto del paquete se fusiona tal cual.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <source>At export</source>
        <translation>Al exportar</translation>
    </message>
    <message>
        <source>In the packet (%1)</source>
        <translation>En el paquete (%1)</translation>
    </message>
    <message>
        <source>In the program</source>
        <translation>En el programa</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The program&apos;s</source>
        <translation>El valor del programa</translation>
    </message>
    <message>
        <source>The packet&apos;s</source>
        <translation>El valor del paquete</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Valor que conservar para %1, %2</translation>
    </message>
    <message>
        <source>Take All From Packet</source>
        <translation>Tomar todo del paquete</translation>
    </message>
    <message>
        <source>Keep All Program Values</source>
        <translation>Conservar todos los valores del programa</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>cohort::PacketEditor</name>
    <message>
        <source>No review packet is open.</source>
        <translation>No hay ningún paquete de revisión abierto.</translation>
    </message>
    <message>
        <source>This packet is submitted; mark it as not submitted to change scores.</source>
        <translation>Este paquete está enviado; márquelo como no enviado para cambiar las puntuaciones.</translation>
    </message>
    <message>
        <source>The packet has no such score cell.</source>
        <translation>El paquete no tiene esa celda de puntuación.</translation>
    </message>
    <message>
        <source>These scores were submitted before the packet was made; the chair can reopen them.</source>
        <translation>Estas puntuaciones se enviaron antes de crear el paquete; la presidencia puede reabrirlas.</translation>
    </message>
    <message>
        <source>A score for “%1” is either a value or N/A.</source>
        <translation>Una puntuación para «%1» es un valor o N/A, no ambas cosas.</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A.</source>
        <translation>«%1» no admite N/A.</translation>
    </message>
    <message>
        <source>Score %1 for “%2” is outside %3–%4.</source>
        <translation>La puntuación %1 para «%2» está fuera de %3–%4.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(no es un número)</translation>
    </message>
    <message>
        <source>The packet cannot be written: %1</source>
        <translation>No se puede escribir el paquete: %1</translation>
    </message>
    <message>
        <source>This packet is submitted; mark it as not submitted to change comments.</source>
        <translation>Este paquete está enviado; márquelo como no enviado para cambiar los comentarios.</translation>
    </message>
    <message>
        <source>The packet has no such application.</source>
        <translation>El paquete no tiene esa solicitud.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketExporter</name>
    <message>
        <source>The cycle does not exist.</source>
        <translation>El ciclo no existe.</translation>
    </message>
    <message>
        <source>The reviewer does not exist.</source>
        <translation>El revisor no existe.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>%1: %2 applications, for %3</source>
        <translation>%1: %2 solicitudes, para %3</translation>
    </message>
</context>
<context>
    <name>cohort::PacketFile</name>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>The packet does not say which format it has.</source>
        <translation>El paquete no indica qué formato tiene.</translation>
    </message>
    <message>
        <source>The packet was made by a newer Cohort (format %1); update Cohort to merge it.</source>
        <translation>El paquete se creó con una versión más reciente de Cohort (formato %1); actualice Cohort para fusionarlo.</translation>
    </message>
    <message>
        <source>The packet has format %1, which this Cohort does not read.</source>
        <translation>El paquete tiene el formato %1, que esta versión de Cohort no lee.</translation>
    </message>
    <message>
        <source>The packet&apos;s description is incomplete.</source>
        <translation>La descripción del paquete está incompleta.</translation>
    </message>
    <message>
        <source>The packet holds text of an application it does not list.</source>
        <translation>El paquete contiene texto de una solicitud que no figura en su lista.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Cohort review packet (it is not an SQLite file).</source>
        <translation>«%1» no es un paquete de revisión de Cohort (no es un archivo SQLite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file but not a Cohort review packet.</source>
        <translation>«%1» es un archivo SQLite, pero no un paquete de revisión de Cohort.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«%1» está dañado: %2</translation>
    </message>
    <message>
        <source>“%1” does not have the schema of a review packet (tables are missing).</source>
        <translation>«%1» no tiene el esquema de un paquete de revisión (faltan tablas).</translation>
    </message>
    <message>
        <source>“%1” does not have the schema of a review packet: %2 should not be there.</source>
        <translation>«%1» no tiene el esquema de un paquete de revisión: %2 no debería estar ahí.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>La carpeta «%1» no existe.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>cohort::PacketMerge</name>
    <message>
        <source>“%1” is a packet of another program (“%2”), not of “%3”.</source>
        <translation>«%1» es un paquete de otro programa («%2»), no de «%3».</translation>
    </message>
    <message>
        <source>“%1” has been altered outside Cohort: its signature does not match what it holds, so none of it can be trusted.</source>
        <translation>«%1» se ha modificado fuera de Cohort: su firma no coincide con lo que contiene, así que no se puede confiar en nada de él.</translation>
    </message>
    <message>
        <source>“%1” is a packet of the cycle “%2”, which this program no longer has.</source>
        <translation>«%1» es un paquete del ciclo «%2», que ya no existe en este programa.</translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s packet, who is no longer a reviewer of this program.</source>
        <translation>«%1» es el paquete de %2, que ya no es revisor de este programa.</translation>
    </message>
    <message>
        <source>The rubric of %1 has changed since “%2” was made (criteria, scales or weights), so its scores no longer mean the same; export a new packet.</source>
        <translation>La rúbrica de %1 ha cambiado desde que se creó «%2» (criterios, escalas o pesos), así que sus puntuaciones ya no significan lo mismo; exporte un paquete nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer assigned to %2; its %n change(s) are not applied.</source>
        <translation>
            <numerusform>%1 ya no está asignada a %2; su %n cambio no se aplica.</numerusform>
            <numerusform>%1 ya no está asignada a %2; sus %n cambios no se aplican.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s scores of %2 were submitted in the program after the packet was made; reopen them to merge its %n change(s).</source>
        <translation>
            <numerusform>Las puntuaciones de %1 para %2 se enviaron en el programa después de crear el paquete; reábralas para fusionar su %n cambio.</numerusform>
            <numerusform>Las puntuaciones de %1 para %2 se enviaron en el programa después de crear el paquete; reábralas para fusionar sus %n cambios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
</context>
<context>
    <name>cohort::PacketMergePlan</name>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>%1 (%2): %3 to apply, %4 in conflict, %5 unchanged, %6 already in the program</source>
        <translation>%1 (%2): %3 por aplicar, %4 en conflicto, %5 sin cambios, %6 ya en el programa</translation>
    </message>
    <message>
        <source>, %1 not applied</source>
        <translation>, %1 sin aplicar</translation>
    </message>
    <message>
        <source>This packet was already merged on %1.</source>
        <translation>Este paquete ya se fusionó el %1.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketMergeWriter</name>
    <message>
        <source>%1 of %2 changed in the program while the merge was being prepared; merge the packet again.</source>
        <translation>%1 de %2 cambió en el programa mientras se preparaba la fusión; vuelva a fusionar el paquete.</translation>
    </message>
    <message>
        <source>A comment of this merge was changed since; reload to see it.</source>
        <translation>Un comentario de esta fusión ha cambiado desde entonces; vuelva a cargar para verlo.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 scores, %4 comments, %5 submitted</source>
        <translation>%1 desde %2: %3 puntuaciones, %4 comentarios, %5 asignaciones enviadas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was written.</source>
        <translation>Se canceló la fusión; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketWindow</name>
    <message>
        <source>&amp;Mark as Submitted</source>
        <translation>&amp;Marcar como enviado</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Tabla de puntuación</translation>
    </message>
    <message>
        <source>Tell the chair your scores are done; the packet is locked until you unmark it</source>
        <translation>Avisar a la presidencia de que sus puntuaciones están terminadas; el paquete queda bloqueado hasta que quite la marca</translation>
    </message>
    <message>
        <source>&amp;Packet</source>
        <translation>&amp;Paquete</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Type a score to start; Enter moves down, Tab right; Delete clears; Ctrl+V pastes from a spreadsheet. Every score is saved in the packet file as you go.</source>
        <translation>Escriba una puntuación para empezar; Intro baja, Tab va a la derecha; Supr borra; Ctrl+V pega desde una hoja de cálculo. Cada puntuación se guarda en el archivo del paquete a medida que escribe.</translation>
    </message>
    <message>
        <source>Review Packet — %1 — %2 — Cohort</source>
        <translation>Paquete de revisión — %1 — %2 — Cohort</translation>
    </message>
    <message>
        <source>Review packet of %1 for %2 (%3), made %4. Your scores are saved in %5 as you type; when you are done, mark it as submitted and send the file back to the chair.</source>
        <translation>Paquete de revisión de %1 para %2 (%3), creado el %4. Sus puntuaciones se guardan en %5 a medida que escribe; cuando termine, márquelo como enviado y devuelva el archivo a la presidencia.</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorados</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <source>Select a row of the grid to read the application here.</source>
        <translation>Seleccione una fila de la tabla para leer aquí la solicitud.</translation>
    </message>
    <message>
        <source>Submitted: send the file back to the chair.</source>
        <translation>Enviado: devuelva el archivo a la presidencia.</translation>
    </message>
    <message>
        <source>%1 of %2 applications fully scored.</source>
        <translation>%1 de %2 solicitudes puntuadas por completo.</translation>
    </message>
</context>
<context>
    <name>cohort::PairPanel</name>
    <message>
        <source>&amp;Match With Selected</source>
        <translation>Emparejar &amp;con el seleccionado</translation>
    </message>
    <message>
        <source>Score by factor</source>
        <translation>Puntuación por factor</translation>
    </message>
    <message>
        <source>Best available mentors</source>
        <translation>Mejores mentores disponibles</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Select a mentee to see the mentors that suit them best, or a match to see why it scores as it does.</source>
        <translation>Seleccione un mentorado para ver los mentores que mejor le convienen, o un emparejamiento para ver por qué obtiene esa puntuación.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 con %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Score %1 of 1</source>
        <translation>Puntuación: %1 de 1</translation>
    </message>
    <message>
        <source>Score %1 of 1 — %2</source>
        <translation>Puntuación: %1 de 1 — %2</translation>
    </message>
    <message>
        <source>Weight %1; adds %2 to the score</source>
        <translation>Peso %1; suma %2 a la puntuación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not matched yet.</source>
        <translation>Todavía sin emparejar.</translation>
    </message>
    <message>
        <source>No mentor with room is open to this mentee.</source>
        <translation>Ningún mentor con plazas libres está disponible para este mentorado.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best mentors with room:</source>
        <translation>
            <numerusform>%n mentor con plazas libres:</numerusform>
            <numerusform>Los %n mejores mentores con plazas libres:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)
%5</source>
        <translation>%1 — %2 (%3 de %4)
%5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) in children&apos;s services</source>
        <translation>
            <numerusform>%n año en el servicio bibliotecario infantil</numerusform>
            <numerusform>%n años en el servicio bibliotecario infantil</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 mentees.</source>
        <translation>%1 de %2 mentorados.</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Experiencia: %1</translation>
    </message>
</context>
<context>
    <name>cohort::PdfSplitter</name>
    <message>
        <source>The PDF cannot be read: %1</source>
        <translation>No se puede leer el PDF: %1</translation>
    </message>
    <message>
        <source>No PDF is open.</source>
        <translation>No hay ningún PDF abierto.</translation>
    </message>
    <message>
        <source>The PDF has no pages %1 to %2.</source>
        <translation>El PDF no tiene las páginas %1 a %2.</translation>
    </message>
    <message>
        <source>The PDF cannot be split: %1</source>
        <translation>No se puede dividir el PDF: %1</translation>
    </message>
</context>
<context>
    <name>cohort::PhaseCheck</name>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <source>Work on goals</source>
        <translation>Trabajo en los objetivos</translation>
    </message>
    <message>
        <source>Mid-point check-in</source>
        <translation>Balance intermedio</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Fase %1</translation>
    </message>
    <message>
        <source>Phase %1 has no name.</source>
        <translation>La fase %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>%1 has an unknown kind “%2”.</source>
        <translation>%1 tiene un tipo desconocido: «%2».</translation>
    </message>
    <message>
        <source>%1 has no start date.</source>
        <translation>%1 no tiene fecha de inicio.</translation>
    </message>
    <message>
        <source>%1 has no end date.</source>
        <translation>%1 no tiene fecha de fin.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3).</source>
        <translation>%1 termina (%2) antes de empezar (%3).</translation>
    </message>
    <message>
        <source>The deadline of %1 (%2) is outside the phase (%3 – %4).</source>
        <translation>El plazo de %1 (%2) está fuera de la fase (%3 – %4).</translation>
    </message>
    <message>
        <source>“%1” and “%2” overlap from %3 to %4.</source>
        <translation>«%1» y «%2» se solapan del %3 al %4.</translation>
    </message>
</context>
<context>
    <name>cohort::PhasesDialog</name>
    <message>
        <source>No deadline</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Add Phase</source>
        <translation>&amp;Añadir fase</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Phases — %1</source>
        <translation>Fases — %1</translation>
    </message>
    <message>
        <source>The dated phases of %1, in order. Double-click a cell to change it; Delete clears a deadline. Phases may overlap; an end before its start is refused.</source>
        <translation>Las fases fechadas de %1, en orden. Haga doble clic en una celda para cambiarla; Supr borra un plazo. Las fases pueden solaparse; un fin anterior al inicio se rechaza.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>What the phase is called on the timeline and in letters</source>
        <translation>Cómo se llama la fase en el calendario y en las cartas</translation>
    </message>
    <message>
        <source>What happens in the phase (the dashboard and timeline use it)</source>
        <translation>Lo que ocurre en la fase (lo usan el panel y el calendario)</translation>
    </message>
    <message>
        <source>The first day of the phase</source>
        <translation>El primer día de la fase</translation>
    </message>
    <message>
        <source>The last day of the phase</source>
        <translation>El último día de la fase</translation>
    </message>
    <message>
        <source>The date something is due in the phase, if any (Delete clears it)</source>
        <translation>La fecha en la que vence algo en la fase, si la hay (Supr la borra)</translation>
    </message>
    <message>
        <source>Clear Deadline</source>
        <translation>Borrar el plazo</translation>
    </message>
    <message>
        <source>Remove the deadline of the selected phase</source>
        <translation>Quitar el plazo de la fase seleccionada</translation>
    </message>
    <message>
        <source>Add a phase after the selected one (or at the end)</source>
        <translation>Añadir una fase después de la seleccionada (o al final)</translation>
    </message>
    <message>
        <source>Remove the selected phase</source>
        <translation>Eliminar la fase seleccionada</translation>
    </message>
    <message>
        <source>Move the selected phase one place up</source>
        <translation>Subir la fase seleccionada una posición</translation>
    </message>
    <message>
        <source>Move the selected phase one place down</source>
        <translation>Bajar la fase seleccionada una posición</translation>
    </message>
    <message>
        <source>A cycle needs at least one phase: add one.</source>
        <translation>Un ciclo necesita al menos una fase: añada una.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Correct the phases listed in red first</source>
        <translation>Corrija primero las fases indicadas en rojo</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nueva fase</translation>
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
    <message>
        <source>Reading the program&apos;s secret</source>
        <translation>lectura del secreto del programa</translation>
    </message>
    <message>
        <source>The program has no secret to sign review packets with.</source>
        <translation>El programa no tiene ningún secreto con el que firmar los paquetes de revisión.</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveConflictsCommand</name>
    <message numerus="yes">
        <source>Remove %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Eliminar %n conflicto de intereses</numerusform>
            <numerusform>Eliminar %n conflictos de intereses</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict of interest to remove.</source>
        <translation>No hay ningún conflicto de intereses que eliminar.</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveContactCommand</name>
    <message>
        <source>Remove Contact of %1</source>
        <translation>Eliminar el contacto de %1</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveCriterionCommand</name>
    <message numerus="yes">
        <source>“%1” cannot be removed: %n cell(s) are scored. Clear them first.</source>
        <translation>
            <numerusform>No se puede eliminar «%1»: %n celda tiene puntuación. Bórrela antes.</numerusform>
            <numerusform>No se puede eliminar «%1»: %n celdas tienen puntuación. Bórrelas antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Criterion “%1”</source>
        <translation>Eliminar el criterio «%1»</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveReviewerCommand</name>
    <message numerus="yes">
        <source>%1 has %n assignment(s) and cannot be removed; make them inactive instead.</source>
        <translation>
            <numerusform>%1 tiene %n asignación y no se puede eliminar; en su lugar, márquelo como inactivo.</numerusform>
            <numerusform>%1 tiene %n asignaciones y no se puede eliminar; en su lugar, márquelo como inactivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the liaison of %n match(es) and cannot be removed; make them inactive instead.</source>
        <translation>
            <numerusform>%1 es la persona de enlace de %n emparejamiento y no se puede eliminar; en su lugar, márquelo como inactivo.</numerusform>
            <numerusform>%1 es la persona de enlace de %n emparejamientos y no se puede eliminar; en su lugar, márquelo como inactivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts of interest were recorded for %1 meanwhile; remove them first.</source>
        <translation>Mientras tanto se registraron conflictos de intereses para %1; elimínelos antes.</translation>
    </message>
    <message>
        <source>Remove Reviewer %1</source>
        <translation>Eliminar el revisor %1</translation>
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
    <name>cohort::ReviewCharts</name>
    <message>
        <source>Each reviewer&apos;s totals</source>
        <translation>Totales de cada revisor</translation>
    </message>
    <message>
        <source>reviewers&apos; scores</source>
        <translation>puntuaciones de los revisores</translation>
    </message>
    <message>
        <source>Raw mean against calibrated score</source>
        <translation>Media bruta frente a puntuación calibrada</translation>
    </message>
    <message>
        <source>raw and calibrated scores</source>
        <translation>puntuaciones brutas y calibradas</translation>
    </message>
    <message>
        <source>Calibrated scores</source>
        <translation>Puntuaciones calibradas</translation>
    </message>
    <message>
        <source>score histogram</source>
        <translation>histograma de puntuaciones</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Choose the chart; right-click a chart to export it as PNG or PDF</source>
        <translation>Elegir el gráfico (haga clic con el botón derecho en un gráfico para exportarlo como PNG o PDF)</translation>
    </message>
    <message>
        <source>Reviewers&apos; score distributions</source>
        <translation>Distribución de las puntuaciones por revisor</translation>
    </message>
    <message>
        <source>Raw against calibrated</source>
        <translation>Bruta frente a calibrada</translation>
    </message>
    <message>
        <source>Score histogram and acceptance line</source>
        <translation>Histograma de puntuaciones y línea de aceptación</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Grá&amp;fico:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total ponderado</translation>
    </message>
    <message>
        <source>Raw mean</source>
        <translation>Media bruta</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Totals of the %1 reviewers with the most scores (of %2)</source>
        <translation>Totales de los %1 revisores con más puntuaciones (de %2)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message numerus="yes">
        <source>Raw mean against %1 (%Ln applications)</source>
        <translation>
            <numerusform>Media bruta frente a %1 (%Ln solicitud)</numerusform>
            <numerusform>Media bruta frente a %1 (%Ln solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrated scores: nothing scored yet</source>
        <translation>Puntuaciones calibradas: todavía no se ha puntuado nada</translation>
    </message>
    <message numerus="yes">
        <source>%1 scores of %Ln applications</source>
        <translation>
            <numerusform>Puntuaciones (%1) de %Ln solicitud</numerusform>
            <numerusform>Puntuaciones (%1) de %Ln solicitudes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acceptance line: %Ln places</source>
        <translation>
            <numerusform>Línea de aceptación: %Ln plaza</numerusform>
            <numerusform>Línea de aceptación: %Ln plazas</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted at %1 or more</source>
        <translation>aceptadas con %1 o más</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>sin objetivo definido</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewFileActions</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Scores…</source>
        <translation>E&amp;xportar puntuaciones…</translation>
    </message>
    <message>
        <source>&amp;Import Scores…</source>
        <translation>&amp;Importar puntuaciones…</translation>
    </message>
    <message>
        <source>Import &amp;Decisions…</source>
        <translation>Importar &amp;decisiones…</translation>
    </message>
    <message>
        <source>E&amp;xport Review Packets…</source>
        <translation>E&amp;xportar paquetes de revisión…</translation>
    </message>
    <message>
        <source>&amp;Merge Review Packets…</source>
        <translation>&amp;Fusionar paquetes de revisión…</translation>
    </message>
    <message>
        <source>Write one packet per reviewer to score offline in Cohort: their applications, the rubric and their own scores, signed by this program</source>
        <translation>Escribir un paquete por revisor para puntuar sin conexión en Cohort: sus solicitudes, la rúbrica y sus propias puntuaciones, firmado por este programa</translation>
    </message>
    <message>
        <source>Bring reviewers&apos; packets back: each is checked, then merged cell by cell; conflicts are yours to settle</source>
        <translation>Traer de vuelta los paquetes de los revisores: se comprueba cada uno y luego se fusiona celda por celda; los conflictos los resuelve usted</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s scores as CSV, one row per scored cell, for a spreadsheet</source>
        <translation>Guardar las puntuaciones del ciclo en CSV, una fila por celda puntuada, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>Enter scores kept in a spreadsheet (the columns Export Scores writes); checked whole first</source>
        <translation>Introducir puntuaciones guardadas en una hoja de cálculo (las columnas que escribe Exportar puntuaciones); antes se comprueba el archivo entero</translation>
    </message>
    <message>
        <source>Record accept, waitlist and decline decisions from a CSV with the columns application, decision and rationale</source>
        <translation>Registrar decisiones de aceptación, lista de espera y rechazo desde un CSV con las columnas application, decision y rationale</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 scores.csv</source>
        <translation>%1 puntuaciones.csv</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Exportar puntuaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scores of %1 to %2.</source>
        <translation>
            <numerusform>Se exportó %n puntuación de %1 a %2.</numerusform>
            <numerusform>Se exportaron %n puntuaciones de %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importar puntuaciones</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no score was entered.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se introdujo ninguna puntuación.</numerusform>
            <numerusform>%1 tiene %n problemas; no se introdujo ninguna puntuación.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to enter: the %1 scores in %2 are already so (%3 left blank).</source>
        <translation>Nada que introducir: las %1 puntuaciones de %2 ya tienen ese valor (%3 en blanco).</translation>
    </message>
    <message>
        <source>Enter %1 and %2 from %3 into %4?</source>
        <translation>¿Introducir %1 y %2 de %3 en %4?</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n puntuación</numerusform>
            <numerusform>%n puntuaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comentario</numerusform>
            <numerusform>%n comentarios</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cells already hold the file&apos;s value; %2 are blank in the file and stay as they are. Edit › Undo takes the whole import back.</source>
        <translation>%1 celdas ya tienen el valor del archivo; %2 están en blanco en el archivo y se quedan como están. Editar › Deshacer revierte toda la importación.</translation>
    </message>
    <message>
        <source>Entered %1 and %2 from %3.</source>
        <translation>Se introdujeron %1 y %2 de %3.</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Importar decisiones</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no decision was recorded.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se registró ninguna decisión.</numerusform>
            <numerusform>%1 tiene %n problemas; no se registró ninguna decisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to record: the %1 decisions in %2 are already so (%3 left blank).</source>
        <translation>Nada que registrar: las %1 decisiones de %2 ya están registradas (%3 en blanco).</translation>
    </message>
    <message numerus="yes">
        <source>Record %n decision(s) from %1 into %2: %3 accepted, %4 waitlisted, %5 declined?</source>
        <translation>
            <numerusform>¿Registrar %n decisión de %1 en %2: %3 aceptadas, %4 en lista de espera, %5 rechazadas?</numerusform>
            <numerusform>¿Registrar %n decisiones de %1 en %2: %3 aceptadas, %4 en lista de espera, %5 rechazadas?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each decision sets the application&apos;s status. Edit › Undo takes the whole import back.</source>
        <translation>Cada decisión fija el estado de la solicitud. Editar › Deshacer revierte toda la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s) from %1.</source>
        <translation>
            <numerusform>Se registró %n decisión de %1.</numerusform>
            <numerusform>Se registraron %n decisiones de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Review Packets of %1 to Folder</source>
        <translation>Exportar los paquetes de revisión de %1 a una carpeta</translation>
    </message>
    <message>
        <source>Export Review Packets</source>
        <translation>Exportar paquetes de revisión</translation>
    </message>
    <message>
        <source>No reviewer has applications assigned in %1 yet.</source>
        <translation>Ningún revisor tiene todavía solicitudes asignadas en %1.</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n application(s) — %2</source>
        <translation>
            <numerusform>• %1: %n solicitud — %2</numerusform>
            <numerusform>• %1: %n solicitudes — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n packet(s) to %1:</source>
        <translation>
            <numerusform>Se escribió %n paquete en %1:</numerusform>
            <numerusform>Se escribieron %n paquetes en %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each reviewer their file. They open it in Cohort, score offline and send it back; Merge Review Packets… brings the scores in.</source>
        <translation>Envíe a cada revisor su archivo. Lo abren en Cohort, puntúan sin conexión y se lo devuelven; Fusionar paquetes de revisión… trae las puntuaciones.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review packet(s).</source>
        <translation>
            <numerusform>Se exportó %n paquete de revisión.</numerusform>
            <numerusform>Se exportaron %n paquetes de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Review Packets</source>
        <translation>Fusionar paquetes de revisión</translation>
    </message>
    <message>
        <source>Review packets (*.%1);;All files (*)</source>
        <translation>Paquetes de revisión (*.%1);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>✗ %1 refused: %2</source>
        <translation>✗ %1 rechazado: %2</translation>
    </message>
    <message>
        <source>   Not merged: the conflicts were left unsettled.</source>
        <translation>   No fusionado: los conflictos quedaron sin resolver.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Review Packet(s)</source>
        <translation>
            <numerusform>Fusionar %n paquete de revisión</numerusform>
            <numerusform>Fusionar %n paquetes de revisión</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>No se fusionó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n packet(s) as one step (Edit › Undo takes it back).</source>
        <translation>
            <numerusform>Se fusionó %n paquete en un solo paso (Editar › Deshacer lo revierte).</numerusform>
            <numerusform>Se fusionaron %n paquetes en un solo paso (Editar › Deshacer lo revierte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>No se fusionó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n solicitud)</numerusform>
            <numerusform>%1 (%n solicitudes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a packet for each checked reviewer into %1:</source>
        <translation>Escribir un paquete para cada revisor marcado en %1:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n review packet(s)…</source>
        <translation>
            <numerusform>Comprobando %n paquete de revisión…</numerusform>
            <numerusform>Comprobando %n paquetes de revisión…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>Comprobando %1 (%2 de %3)…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was merged.</source>
        <translation>Fusión cancelada; no se fusionó nada.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n review packet(s)…</source>
        <translation>
            <numerusform>Fusionando %n paquete de revisión…</numerusform>
            <numerusform>Fusionando %n paquetes de revisión…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewFiles</name>
    <message>
        <source>the file has no “%1” column.</source>
        <translation>el archivo no tiene la columna «%1».</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Línea %1, columna «%2»: %3</translation>
    </message>
    <message>
        <source>the application code is missing.</source>
        <translation>falta el código de la solicitud.</translation>
    </message>
    <message>
        <source>no application of this cycle has the code “%1”.</source>
        <translation>ninguna solicitud de este ciclo tiene el código «%1».</translation>
    </message>
    <message>
        <source>%1 is a %2 application, not a %3 one.</source>
        <translation>%1 es una solicitud de %2, no de %3.</translation>
    </message>
    <message>
        <source>no reviewer has the email “%1”.</source>
        <translation>ningún revisor tiene el correo electrónico «%1».</translation>
    </message>
    <message>
        <source>two reviewers are called “%1”; give their email in a “reviewer_email” column.</source>
        <translation>dos revisores se llaman «%1»; indique su correo electrónico en una columna «reviewer_email».</translation>
    </message>
    <message>
        <source>no reviewer is called “%1”.</source>
        <translation>ningún revisor se llama «%1».</translation>
    </message>
    <message>
        <source>the reviewer is missing.</source>
        <translation>falta el revisor.</translation>
    </message>
    <message>
        <source>%1 is not assigned to review %2.</source>
        <translation>%1 no está asignado para revisar %2.</translation>
    </message>
    <message>
        <source>the criterion is missing.</source>
        <translation>falta el criterio.</translation>
    </message>
    <message>
        <source>the %1 rubric has no criterion “%2”.</source>
        <translation>la rúbrica de %1 no tiene ningún criterio «%2».</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A; enter a score from %2 to %3.</source>
        <translation>«%1» no admite N/A; escriba una puntuación de %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number (nor N/A).</source>
        <translation>«%1» no es un número (ni N/A).</translation>
    </message>
    <message>
        <source>score %1 for “%2” is outside %3–%4.</source>
        <translation>la puntuación %1 para «%2» está fuera de %3–%4.</translation>
    </message>
    <message>
        <source>line %1 gives %2&apos;s “%3” score for %4 another value.</source>
        <translation>la línea %1 da otro valor a la puntuación «%3» de %2 para %4.</translation>
    </message>
    <message>
        <source>%1 has submitted the scores of %2; reopen them before changing them.</source>
        <translation>%1 ha enviado las puntuaciones de %2; reábralas antes de cambiarlas.</translation>
    </message>
    <message>
        <source>line %1 gives %2&apos;s comment on %3 another text.</source>
        <translation>la línea %1 da otro texto al comentario de %2 sobre %3.</translation>
    </message>
    <message>
        <source>%1 has submitted the scores of %2; reopen them before changing the comment.</source>
        <translation>%1 ha enviado las puntuaciones de %2; reábralas antes de cambiar el comentario.</translation>
    </message>
    <message>
        <source>%1 is already decided on line %2.</source>
        <translation>%1 ya tiene una decisión en la línea %2.</translation>
    </message>
    <message>
        <source>“%1” is not a decision: use accepted, waitlisted or declined.</source>
        <translation>«%1» no es una decisión: use accepted, waitlisted o declined.</translation>
    </message>
    <message>
        <source>%1 was withdrawn and cannot be decided on.</source>
        <translation>%1 está retirada y no admite ninguna decisión.</translation>
    </message>
    <message>
        <source>%1 is ineligible and cannot be decided on.</source>
        <translation>%1 no es admisible y no admite ninguna decisión.</translation>
    </message>
    <message>
        <source>%1 Give a rationale in a “rationale” column.</source>
        <translation>%1 Indique una justificación en una columna «rationale».</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewPage</name>
    <message>
        <source>&amp;Rubric…</source>
        <translation>&amp;Rúbrica…</translation>
    </message>
    <message>
        <source>The criteria applications are scored on: name, guidance, scale, weight, N/A</source>
        <translation>Los criterios con los que se puntúan las solicitudes: nombre, orientaciones, escala, peso, N/A</translation>
    </message>
    <message>
        <source>Re&amp;viewers…</source>
        <translation>Re&amp;visores…</translation>
    </message>
    <message>
        <source>Who reviews: name, email, role, capacity, and conflicts of interest</source>
        <translation>Quién revisa: nombre, correo electrónico, rol, capacidad y conflictos de intereses</translation>
    </message>
    <message>
        <source>&amp;Assign Reviewers…</source>
        <translation>&amp;Asignar revisores…</translation>
    </message>
    <message>
        <source>Give every application k reviewers, balanced within capacities and never a conflicted one</source>
        <translation>Dar a cada solicitud k revisores, equilibrados dentro de las capacidades y nunca uno con conflicto</translation>
    </message>
    <message>
        <source>&amp;Blind Review</source>
        <translation>Revisión a&amp;nónima</translation>
    </message>
    <message>
        <source>Hide applicants&apos; names, emails, libraries and confidential answers from reviewers (a setting of the cycle)</source>
        <translation>Ocultar a los revisores los nombres, correos electrónicos, bibliotecas y respuestas confidenciales de los solicitantes (un ajuste del ciclo)</translation>
    </message>
    <message>
        <source>&amp;Submit My Scores…</source>
        <translation>&amp;Enviar mis puntuaciones…</translation>
    </message>
    <message>
        <source>Submit your complete scores; then you see the other reviewers&apos; scores</source>
        <translation>Enviar sus puntuaciones completas; después verá las puntuaciones de los demás revisores</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Accept the selected applications (sets their status)</source>
        <translation>Aceptar las solicitudes seleccionadas (fija su estado)</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>En &amp;lista de espera</translation>
    </message>
    <message>
        <source>Put the selected applications on the waitlist (sets their status)</source>
        <translation>Poner las solicitudes seleccionadas en lista de espera (fija su estado)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>Rec&amp;hazar</translation>
    </message>
    <message>
        <source>Decline the selected applications (sets their status)</source>
        <translation>Rechazar las solicitudes seleccionadas (fija su estado)</translation>
    </message>
    <message>
        <source>C&amp;lear Decision</source>
        <translation>&amp;Quitar la decisión</translation>
    </message>
    <message>
        <source>Take back the decision on the selected applications (status: under review)</source>
        <translation>Retirar la decisión sobre las solicitudes seleccionadas (estado: en revisión)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Clear Decision</source>
        <translation>Quitar la decisión</translation>
    </message>
    <message>
        <source>Submit My Scores…</source>
        <translation>Enviar mis puntuaciones…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Review the mentees&apos; or the mentors&apos; applications</source>
        <translation>Revisar las solicitudes de los mentorados o de los mentores</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>Ver como</translation>
    </message>
    <message>
        <source>The committee&apos;s grid (for the chair), or one reviewer&apos;s scoring grid</source>
        <translation>La tabla del comité (para la presidencia) o la tabla de puntuación de un revisor</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;ol:</translation>
    </message>
    <message>
        <source>&amp;View as:</source>
        <translation>Ver &amp;como:</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Todavía no hay ciclos</translation>
    </message>
    <message>
        <source>Review belongs to a cycle. Once the program has one, its applications are scored against a rubric here, and the committee decides who is accepted.</source>
        <translation>La revisión pertenece a un ciclo. Cuando el programa tenga uno, sus solicitudes se puntuarán aquí según una rúbrica, y el comité decidirá quién es aceptado.</translation>
    </message>
    <message>
        <source>The review could not be read</source>
        <translation>No se pudo leer la revisión</translation>
    </message>
    <message>
        <source>Loading the review…</source>
        <translation>Cargando la revisión…</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>No se pudo leer la revisión: %1</translation>
    </message>
    <message>
        <source>Committee (chair)</source>
        <translation>Comité (presidencia)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n to review)</source>
        <translation>
            <numerusform>%1 (%n por revisar)</numerusform>
            <numerusform>%1 (%n por revisar)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing assigned)</source>
        <translation>%1 (nada asignado)</translation>
    </message>
    <message>
        <source>Blind review: names are hidden</source>
        <translation>Revisión anónima: los nombres están ocultos</translation>
    </message>
    <message>
        <source>No rubric for %1 yet</source>
        <translation>Todavía no hay rúbrica para los %1</translation>
    </message>
    <message>
        <source>Applications are scored against a rubric: a few criteria, each with guidance, a scale and a weight. Write the rubric for %1 in %2, or copy one from an earlier cycle.</source>
        <translation>Las solicitudes se puntúan según una rúbrica: unos pocos criterios, cada uno con orientaciones, una escala y un peso. Escriba la rúbrica de los %1 en %2 o copie una de un ciclo anterior.</translation>
    </message>
    <message>
        <source>No reviewers yet</source>
        <translation>Todavía no hay revisores</translation>
    </message>
    <message>
        <source>Add the working group&apos;s reviewers — their names, emails and how many applications each can take — and declare their conflicts of interest.</source>
        <translation>Añada los revisores del grupo de trabajo —sus nombres, correos electrónicos y cuántas solicitudes puede asumir cada uno— y declare sus conflictos de intereses.</translation>
    </message>
    <message>
        <source>No applications assigned yet</source>
        <translation>Todavía no hay solicitudes asignadas</translation>
    </message>
    <message>
        <source>Give each application of the %1 in %2 its reviewers: Assign Reviewers proposes k per application, balanced within capacities and never a conflicted reviewer.</source>
        <translation>Asigne sus revisores a cada solicitud de los %1 en %2: Asignar revisores propone k por solicitud, equilibrados dentro de las capacidades y nunca un revisor con conflicto.</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>Nada que puntuar</translation>
    </message>
    <message>
        <source>%1 has no %2 application to review in %3.</source>
        <translation>%1 no tiene ninguna solicitud de %2 que revisar en %3.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentorado</translation>
    </message>
    <message>
        <source>Choose yourself under “View as” to submit your scores</source>
        <translation>Elija su nombre en «Ver como» para enviar sus puntuaciones</translation>
    </message>
    <message>
        <source>This program is open read-only.</source>
        <translation>Este programa está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>Nothing to submit: score every criterion of an application first.</source>
        <translation>Nada que enviar: puntúe antes todos los criterios de una solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>Submit your scores for %n applications? Submitted scores can no longer be changed, and you will see the other reviewers&apos; scores for them.</source>
        <translation type="vanished">
            <numerusform>¿Enviar sus puntuaciones de %n solicitud? Las puntuaciones enviadas ya no se pueden cambiar, y verá las puntuaciones de los demás revisores para ella.</numerusform>
            <numerusform>¿Enviar sus puntuaciones de %n solicitudes? Las puntuaciones enviadas ya no se pueden cambiar, y verá las puntuaciones de los demás revisores para ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications are not fully scored yet; they stay open.</source>
        <translation>
            <numerusform>%n solicitud todavía no está puntuada del todo; queda abierta.</numerusform>
            <numerusform>%n solicitudes todavía no están puntuadas del todo; quedan abiertas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit My Scores</source>
        <translation>Enviar mis puntuaciones</translation>
    </message>
    <message numerus="yes">
        <source>Submitted your scores for %n applications.</source>
        <translation>
            <numerusform>Se enviaron sus puntuaciones de %n solicitud.</numerusform>
            <numerusform>Se enviaron sus puntuaciones de %n solicitudes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind Review</source>
        <translation>Revisión anónima</translation>
    </message>
    <message>
        <source>Blind review is on: reviewers see applications under their code only.</source>
        <translation>La revisión anónima está activada: los revisores solo ven las solicitudes con su código.</translation>
    </message>
    <message>
        <source>Blind review is off: reviewers see applicants&apos; names.</source>
        <translation>La revisión anónima está desactivada: los revisores ven los nombres de los solicitantes.</translation>
    </message>
    <message>
        <source>&amp;Reopen Selected Scores…</source>
        <translation>Rea&amp;brir las puntuaciones seleccionadas…</translation>
    </message>
    <message>
        <source>Let the reviewer change scores they have submitted</source>
        <translation>Permitir que el revisor cambie las puntuaciones que ha enviado</translation>
    </message>
    <message numerus="yes">
        <source>Submit your scores for %n applications? Submitted scores can only be changed when the chair reopens them, and you will see the other reviewers&apos; scores for them.</source>
        <translation>
            <numerusform>¿Enviar sus puntuaciones de %n solicitud? Las puntuaciones enviadas solo se pueden cambiar si la presidencia las reabre, y verá las puntuaciones de los demás revisores para ella.</numerusform>
            <numerusform>¿Enviar sus puntuaciones de %n solicitudes? Las puntuaciones enviadas solo se pueden cambiar si la presidencia las reabre, y verá las puntuaciones de los demás revisores para ellas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select submitted applications in the grid to reopen their scores.</source>
        <translation>Seleccione en la tabla solicitudes enviadas para reabrir sus puntuaciones.</translation>
    </message>
    <message>
        <source>Reopen Scores</source>
        <translation>Reabrir puntuaciones</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %1&apos;s submitted scores for %n application(s) so that they can be changed?</source>
        <translation>
            <numerusform>¿Reabrir las puntuaciones enviadas de %1 para %n solicitud, de modo que se puedan cambiar?</numerusform>
            <numerusform>¿Reabrir las puntuaciones enviadas de %1 para %n solicitudes, de modo que se puedan cambiar?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %1&apos;s scores for %n application(s).</source>
        <translation>
            <numerusform>Se reabrieron las puntuaciones de %1 para %n solicitud.</numerusform>
            <numerusform>Se reabrieron las puntuaciones de %1 para %n solicitudes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewStatistics</name>
    <message>
        <source>All scored applications are connected through shared reviewers.</source>
        <translation>Todas las solicitudes puntuadas están conectadas mediante revisores compartidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n separate group(s) of applications share no reviewer (%1 applications); calibrated scores compare only within a group.</source>
        <translation>
            <numerusform>%n grupo separado de solicitudes no comparte revisores con los demás (%1 solicitudes); las puntuaciones calibradas solo son comparables dentro de un grupo.</numerusform>
            <numerusform>%n grupos separados de solicitudes no comparten revisores entre sí (%1 solicitudes); las puntuaciones calibradas solo son comparables dentro de un grupo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review data refers to an application or reviewer that is not loaded.</source>
        <translation>Los datos de la revisión hacen referencia a una solicitud o a un revisor que no está cargado.</translation>
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
    <message>
        <source>%1 failed: %2</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>lectura de «%1»</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>%1 ya no existe; puede que otra persona haya hecho una eliminación mientras tanto. Vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you read it; reload to see the changes.</source>
        <translation>%1: %2 hizo cambios el %3, después de que usted leyera los datos; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>Reading the review settings</source>
        <translation>lectura de los ajustes de revisión</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>El ciclo ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Saving the review settings</source>
        <translation>guardado de los ajustes de revisión</translation>
    </message>
    <message>
        <source>Reading the review of the cycle</source>
        <translation>lectura de la revisión del ciclo</translation>
    </message>
    <message>
        <source>Counting the accepted mentors&apos; capacity</source>
        <translation>recuento de la capacidad de los mentores aceptados</translation>
    </message>
    <message>
        <source>Reading a reviewer</source>
        <translation>lectura de un revisor</translation>
    </message>
    <message>
        <source>The reviewer no longer exists; someone else may have removed them.</source>
        <translation>El revisor ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Reviewer %1</source>
        <translation>El revisor %1</translation>
    </message>
    <message>
        <source>Removing a reviewer</source>
        <translation>eliminación de un revisor</translation>
    </message>
    <message>
        <source>The reviewer</source>
        <translation>El revisor</translation>
    </message>
    <message>
        <source>Reading a reviewer&apos;s assignments</source>
        <translation>lectura de las asignaciones de un revisor</translation>
    </message>
    <message>
        <source>Reading reviewers&apos; libraries</source>
        <translation>lectura de las bibliotecas de los revisores</translation>
    </message>
    <message>
        <source>Reading conflicts of interest</source>
        <translation>lectura de los conflictos de intereses</translation>
    </message>
    <message>
        <source>Reading a conflict of interest</source>
        <translation>lectura de un conflicto de intereses</translation>
    </message>
    <message>
        <source>The conflict of interest no longer exists; someone else may have removed it.</source>
        <translation>El conflicto de intereses ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>A conflict of interest</source>
        <translation>Un conflicto de intereses</translation>
    </message>
    <message>
        <source>Removing a conflict of interest</source>
        <translation>eliminación de un conflicto de intereses</translation>
    </message>
    <message>
        <source>Restoring a conflict of interest</source>
        <translation>restauración de un conflicto de intereses</translation>
    </message>
    <message>
        <source>Reading a criterion</source>
        <translation>lectura de un criterio</translation>
    </message>
    <message>
        <source>The criterion no longer exists; someone else may have removed it.</source>
        <translation>El criterio ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Criterion “%1”</source>
        <translation>El criterio «%1»</translation>
    </message>
    <message>
        <source>Removing a criterion</source>
        <translation>eliminación de un criterio</translation>
    </message>
    <message>
        <source>The criterion</source>
        <translation>El criterio</translation>
    </message>
    <message>
        <source>Reading scores</source>
        <translation>lectura de las puntuaciones</translation>
    </message>
    <message>
        <source>Reading assignments</source>
        <translation>lectura de las asignaciones</translation>
    </message>
    <message>
        <source>Reading an assignment</source>
        <translation>lectura de una asignación</translation>
    </message>
    <message>
        <source>The assignment no longer exists; someone else may have removed it.</source>
        <translation>La asignación ya no existe; puede que otra persona la haya eliminado.</translation>
    </message>
    <message>
        <source>Saving an assignment</source>
        <translation>guardado de una asignación</translation>
    </message>
    <message>
        <source>The assignment</source>
        <translation>La asignación</translation>
    </message>
    <message>
        <source>Submitting scores</source>
        <translation>envío de puntuaciones</translation>
    </message>
    <message>
        <source>Removing an assignment</source>
        <translation>eliminación de una asignación</translation>
    </message>
    <message>
        <source>Restoring an assignment</source>
        <translation>restauración de una asignación</translation>
    </message>
    <message>
        <source>Reading a score</source>
        <translation>lectura de una puntuación</translation>
    </message>
    <message>
        <source>The score of %1 for “%2”</source>
        <translation>La puntuación de %1 para «%2»</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>Una puntuación</translation>
    </message>
    <message>
        <source>%1 was entered by someone else meanwhile; reload to see it.</source>
        <translation>%1: otra persona la introdujo mientras tanto; vuelva a cargar para verla.</translation>
    </message>
    <message>
        <source>Clearing a score</source>
        <translation>borrado de una puntuación</translation>
    </message>
    <message>
        <source>Restoring a score</source>
        <translation>restauración de una puntuación</translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation>lectura de las decisiones</translation>
    </message>
    <message>
        <source>Reading a decision</source>
        <translation>lectura de una decisión</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La decisión</translation>
    </message>
    <message>
        <source>Removing a decision</source>
        <translation>eliminación de una decisión</translation>
    </message>
    <message>
        <source>Restoring a decision</source>
        <translation>restauración de una decisión</translation>
    </message>
    <message>
        <source>Reading an application</source>
        <translation>lectura de una solicitud</translation>
    </message>
    <message>
        <source>The application no longer exists; someone else may have removed it.</source>
        <translation>La solicitud ya no existe; puede que otra persona la haya eliminado.</translation>
    </message>
    <message>
        <source>Reading applications</source>
        <translation>lectura de las solicitudes</translation>
    </message>
    <message>
        <source>Setting the status of an application</source>
        <translation>cambio del estado de una solicitud</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>La solicitud</translation>
    </message>
    <message>
        <source>Counting the reviews not submitted</source>
        <translation>recuento de las revisiones no enviadas</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewerAssignment</name>
    <message numerus="yes">
        <source>%n reviewer(s) short: every reviewer is already assigned to it</source>
        <translation>
            <numerusform>Falta %n revisor: todos los revisores ya están asignados a ella</numerusform>
            <numerusform>Faltan %n revisores: todos los revisores ya están asignados a ella</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: all remaining reviewers have a conflict of interest</source>
        <translation>
            <numerusform>Falta %n revisor: todos los revisores restantes tienen un conflicto de intereses</numerusform>
            <numerusform>Faltan %n revisores: todos los revisores restantes tienen un conflicto de intereses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: all remaining reviewers are at capacity</source>
        <translation>
            <numerusform>Falta %n revisor: todos los revisores restantes tienen la capacidad completa</numerusform>
            <numerusform>Faltan %n revisores: todos los revisores restantes tienen la capacidad completa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: the remaining reviewers have a conflict of interest (%1) or are at capacity (%2)</source>
        <translation>
            <numerusform>Falta %n revisor: los revisores restantes tienen un conflicto de intereses (%1) o la capacidad completa (%2)</numerusform>
            <numerusform>Faltan %n revisores: los revisores restantes tienen un conflicto de intereses (%1) o la capacidad completa (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Cada solicitud necesita al menos un revisor.</translation>
    </message>
    <message>
        <source>The number of applications cannot be negative.</source>
        <translation>El número de solicitudes no puede ser negativo.</translation>
    </message>
    <message>
        <source>Reviewer %1 has a negative capacity.</source>
        <translation>El revisor %1 tiene una capacidad negativa.</translation>
    </message>
    <message>
        <source>A conflict of interest names an application or reviewer that is not in the list.</source>
        <translation>Un conflicto de intereses hace referencia a una solicitud o a un revisor que no está en la lista.</translation>
    </message>
    <message>
        <source>An existing assignment names an application or reviewer that is not in the list.</source>
        <translation>Una asignación existente hace referencia a una solicitud o a un revisor que no está en la lista.</translation>
    </message>
    <message>
        <source>The same reviewer is assigned to the same application twice.</source>
        <translation>El mismo revisor está asignado dos veces a la misma solicitud.</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewersDialog</name>
    <message>
        <source>Declared</source>
        <translation>Declarado</translation>
    </message>
    <message>
        <source>Same library</source>
        <translation>Misma biblioteca</translation>
    </message>
    <message>
        <source>Same email domain</source>
        <translation>Mismo dominio de correo electrónico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Suggested: to confirm or dismiss</source>
        <translation>Sugerido: por confirmar o descartar</translation>
    </message>
    <message>
        <source>Confirmed: kept off</source>
        <translation>Confirmado: revisor excluido</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Revisores</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflictos de intereses</translation>
    </message>
    <message>
        <source>&amp;Add Reviewer</source>
        <translation>&amp;Añadir revisor</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Suggest Conflicts</source>
        <translation>&amp;Sugerir conflictos</translation>
    </message>
    <message>
        <source>D&amp;eclare Conflict…</source>
        <translation>&amp;Declarar conflicto…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Descar&amp;tar</translation>
    </message>
    <message>
        <source>The working group&apos;s reviewers. Capacity is the most applications a reviewer takes in one cycle; a reviewer who leaves is made inactive (their scores stay). Changes are stored as you make them; Edit › Undo takes them back.</source>
        <translation>Los revisores del grupo de trabajo. La capacidad es el máximo de solicitudes que un revisor asume en un ciclo; un revisor que se marcha se marca como inactivo (sus puntuaciones se conservan). Los cambios se guardan a medida que los hace; Editar › Deshacer los revierte.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidente/a</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Ticked: the chair; else a member</source>
        <translation>Marcado: presidente/a del comité; si no, miembro</translation>
    </message>
    <message>
        <source>The most applications this reviewer takes in one cycle (both roles together)</source>
        <translation>El máximo de solicitudes que asume este revisor en un ciclo (ambos roles juntos)</translation>
    </message>
    <message>
        <source>Inactive reviewers keep their assignments and scores but get no new ones</source>
        <translation>Los revisores inactivos conservan sus asignaciones y puntuaciones, pero no reciben otras nuevas</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Add a reviewer (a member with capacity 20); type the name and email</source>
        <translation>Añadir un revisor (miembro con capacidad 20); escriba el nombre y el correo electrónico</translation>
    </message>
    <message>
        <source>Remove the selected reviewer (refused once they have assignments: make them inactive instead)</source>
        <translation>Eliminar el revisor seleccionado (no se permite si tiene asignaciones: márquelo como inactivo)</translation>
    </message>
    <message>
        <source>Look for likely conflicts with this cycle&apos;s applicants (same library, same email domain, their own application) and list them to confirm or dismiss</source>
        <translation>Buscar posibles conflictos con los solicitantes de este ciclo (misma biblioteca, mismo dominio de correo electrónico, su propia solicitud) y enumerarlos para confirmarlos o descartarlos</translation>
    </message>
    <message>
        <source>Declare a conflict of the selected reviewer with one applicant</source>
        <translation>Declarar un conflicto del revisor seleccionado con un solicitante</translation>
    </message>
    <message>
        <source>Confirm the selected conflicts: the reviewer never sees those applications</source>
        <translation>Confirmar los conflictos seleccionados: el revisor nunca verá esas solicitudes</translation>
    </message>
    <message>
        <source>Dismiss the selected suggestions: not a conflict</source>
        <translation>Descartar las sugerencias seleccionadas: no son conflictos</translation>
    </message>
    <message>
        <source>Close (every change is already stored)</source>
        <translation>Cerrar (todos los cambios ya están guardados)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Miembro</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Conflicts of interest of %1</source>
        <translation>Conflictos de intereses de %1</translation>
    </message>
    <message>
        <source>An applicant of another cycle or role</source>
        <translation>Un solicitante de otro ciclo o rol</translation>
    </message>
    <message>
        <source>“%1” is not a capacity: enter a whole number such as 20.</source>
        <translation>«%1» no es una capacidad: escriba un número entero, como 20.</translation>
    </message>
    <message>
        <source>New reviewer %1</source>
        <translation>Nuevo revisor %1</translation>
    </message>
    <message>
        <source>No new conflicts to suggest: no reviewer shares a library or an email domain with this cycle&apos;s applicants (past suggestions are kept).</source>
        <translation>No hay conflictos nuevos que sugerir: ningún revisor comparte biblioteca ni dominio de correo electrónico con los solicitantes de este ciclo (las sugerencias anteriores se conservan).</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %n conflicts of interest. Select a reviewer to see theirs, then confirm or dismiss each.</source>
        <translation>
            <numerusform>Se sugirió %n conflicto de intereses. Seleccione un revisor para ver los suyos y confirme o descarte cada uno.</numerusform>
            <numerusform>Se sugirieron %n conflictos de intereses. Seleccione un revisor para ver los suyos y confirme o descarte cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared by the committee</source>
        <translation>Declarado por el comité</translation>
    </message>
    <message>
        <source>Declare Conflict</source>
        <translation>Declarar conflicto</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with:</source>
        <translation>%1 tiene un conflicto de intereses con:</translation>
    </message>
</context>
<context>
    <name>cohort::RubricDialog</name>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Añadir criterio</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Copy From Cycle…</source>
        <translation>&amp;Copiar de un ciclo…</translation>
    </message>
    <message>
        <source>Rubric — %1, %2</source>
        <translation>Rúbrica — %1, %2</translation>
    </message>
    <message>
        <source>The criteria %1 in %2 are scored on. Hover a column title for what it means. Changes are stored as you make them; Edit › Undo takes them back.</source>
        <translation>Los criterios con los que se puntúa a los %1 en %2. Sitúe el puntero sobre el título de una columna para ver qué significa. Los cambios se guardan a medida que los hace; Editar › Deshacer los revierte.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Máxima</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>Admite N/A</translation>
    </message>
    <message>
        <source>What the criterion is called in the scoring grid</source>
        <translation>Cómo se llama el criterio en la tabla de puntuación</translation>
    </message>
    <message>
        <source>What reviewers look for (shown in the grid&apos;s column tooltip)</source>
        <translation>Lo que buscan los revisores (se muestra en la descripción emergente de la columna de la tabla)</translation>
    </message>
    <message>
        <source>The lowest score</source>
        <translation>La puntuación mínima</translation>
    </message>
    <message>
        <source>The highest score</source>
        <translation>La puntuación máxima</translation>
    </message>
    <message>
        <source>How much the criterion counts in the weighted total</source>
        <translation>Cuánto cuenta el criterio en el total ponderado</translation>
    </message>
    <message>
        <source>Whether reviewers may mark it not applicable</source>
        <translation>Si los revisores pueden marcarlo como no aplicable</translation>
    </message>
    <message>
        <source>Add a criterion at the end (scale 1–5, weight 1)</source>
        <translation>Añadir un criterio al final (escala 1–5, peso 1)</translation>
    </message>
    <message>
        <source>Remove the selected criterion (refused once it has scores)</source>
        <translation>Eliminar el criterio seleccionado (no se permite si tiene puntuaciones)</translation>
    </message>
    <message>
        <source>Move the selected criterion one place up</source>
        <translation>Subir un puesto el criterio seleccionado</translation>
    </message>
    <message>
        <source>Move the selected criterion one place down</source>
        <translation>Bajar un puesto el criterio seleccionado</translation>
    </message>
    <message>
        <source>Append the %1&apos; rubric of another cycle (criteria with a name already here are skipped)</source>
        <translation>Añadir al final la rúbrica de los %1 de otro ciclo (se omiten los criterios cuyo nombre ya está aquí)</translation>
    </message>
    <message>
        <source>Close (every change is already stored)</source>
        <translation>Cerrar (todos los cambios ya están guardados)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“%1” is not a weight: enter a number such as 1 or 0.5.</source>
        <translation>«%1» no es un peso: escriba un número, como 1 o 0,5.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>Nuevo criterio %1</translation>
    </message>
    <message>
        <source>Move Criterion</source>
        <translation>Mover el criterio</translation>
    </message>
    <message>
        <source>There is no other cycle to copy a rubric from.</source>
        <translation>No hay ningún otro ciclo del que copiar una rúbrica.</translation>
    </message>
    <message>
        <source>Copy Rubric From Cycle</source>
        <translation>Copiar la rúbrica de un ciclo</translation>
    </message>
    <message>
        <source>Copy the %1&apos; rubric of:</source>
        <translation type="vanished">Copiar la rúbrica de los %1 de:</translation>
    </message>
    <message>
        <source>Copy the rubric for %1 from:</source>
        <translation>Copiar la rúbrica de los %1 de:</translation>
    </message>
</context>
<context>
    <name>cohort::SaveLetterTemplateCommand</name>
    <message>
        <source>Edit Letter Template</source>
        <translation>Editar la plantilla de carta</translation>
    </message>
</context>
<context>
    <name>cohort::ScoreGridModel</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>todavía sin puntuar</translation>
    </message>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1: todavía sin puntuar</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 por ahora</translation>
    </message>
    <message>
        <source>%1: %2 so far (%3 of %4 criteria)</source>
        <translation>%1: %2 por ahora (%3 de %4 criterios)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No other reviewer</source>
        <translation>Ningún otro revisor</translation>
    </message>
    <message>
        <source>Nobody else reviews this application.</source>
        <translation>Nadie más revisa esta solicitud.</translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation>%1 (enviada)</translation>
    </message>
    <message>
        <source>After you submit</source>
        <translation>Tras su envío</translation>
    </message>
    <message>
        <source>%1: submitted on %2; the scores can no longer be changed.</source>
        <translation>%1: enviada el %2; las puntuaciones ya no se pueden cambiar.</translation>
    </message>
    <message>
        <source>%1: not submitted yet</source>
        <translation>%1: todavía sin enviar</translation>
    </message>
    <message>
        <source>%1: a score from %2, or N/A</source>
        <translation>%1: una puntuación de %2, o N/A</translation>
    </message>
    <message>
        <source>%1: a score from %2</source>
        <translation>%1: una puntuación de %2</translation>
    </message>
    <message>
        <source>Your comment on this application (for the committee)</source>
        <translation>Su comentario sobre esta solicitud (para el comité)</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Todavía sin puntuación</translation>
    </message>
    <message>
        <source>Weighted total of your scores</source>
        <translation>Total ponderado de sus puntuaciones</translation>
    </message>
    <message>
        <source>So far: %1 of %2 criteria scored</source>
        <translation>Por ahora: %1 de %2 criterios puntuados</translation>
    </message>
    <message>
        <source>Other reviewers&apos; scores for this application show once you have submitted yours (Review › Submit My Scores…).</source>
        <translation>Las puntuaciones de los demás revisores para esta solicitud se muestran cuando haya enviado las suyas (Revisión › Enviar mis puntuaciones…).</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Other reviewers</source>
        <translation>Otros revisores</translation>
    </message>
    <message>
        <source>Scale %1; N/A allowed. Weight %2.</source>
        <translation>Escala %1; admite N/A. Peso %2.</translation>
    </message>
    <message>
        <source>Scale %1. Weight %2.</source>
        <translation>Escala %1. Peso %2.</translation>
    </message>
    <message>
        <source>Blind review: applications appear under their code</source>
        <translation>Revisión anónima: las solicitudes aparecen con su código</translation>
    </message>
    <message>
        <source>Code and applicant</source>
        <translation>Código y solicitante</translation>
    </message>
    <message>
        <source>Your weighted total: the rubric&apos;s weighted mean of your scores (N/A left out)</source>
        <translation>Su total ponderado: la media ponderada de sus puntuaciones según la rúbrica (sin contar N/A)</translation>
    </message>
    <message>
        <source>Other reviewers&apos; totals, shown once you have submitted your own</source>
        <translation>Totales de los demás revisores, que se muestran cuando haya enviado los suyos</translation>
    </message>
    <message>
        <source>Your comment for the committee</source>
        <translation>Su comentario para el comité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A: enter a score from %2.</source>
        <translation>«%1» no admite N/A: escriba una puntuación de %2.</translation>
    </message>
    <message>
        <source>“%1” is not a score for “%2”: enter a number from %3, or N/A.</source>
        <translation>«%1» no es una puntuación válida para «%2»: escriba un número de %3, o N/A.</translation>
    </message>
    <message>
        <source>“%1” is not a score for “%2”: enter a number from %3.</source>
        <translation>«%1» no es una puntuación válida para «%2»: escriba un número de %3.</translation>
    </message>
    <message>
        <source>Score %1 for “%2” is outside %3.</source>
        <translation>La puntuación %1 para «%2» está fuera de %3.</translation>
    </message>
    <message>
        <source>This program is open read-only, so scores cannot be changed.</source>
        <translation>Este programa está abierto en modo de solo lectura, así que no se pueden cambiar las puntuaciones.</translation>
    </message>
    <message>
        <source>%1 is submitted: its scores can no longer be changed.</source>
        <translation>%1 está enviada: sus puntuaciones ya no se pueden cambiar.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problems; nothing was stored)</source>
        <translation>
            <numerusform>(y %n problema más; no se guardó nada)</numerusform>
            <numerusform>(y %n problemas más; no se guardó nada)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>No se guardó nada.</translation>
    </message>
    <message>
        <source>Clear Scores</source>
        <translation>Borrar las puntuaciones</translation>
    </message>
    <message>
        <source>Paste Scores</source>
        <translation>Pegar las puntuaciones</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit below and right of the selected cell; nothing was stored.</source>
        <translation>El bloque pegado (%1 × %2) no cabe debajo y a la derecha de la celda seleccionada; no se guardó nada.</translation>
    </message>
    <message>
        <source>These scores are submitted; mark them as not submitted to change them.</source>
        <translation>Estas puntuaciones están enviadas; márquelas como no enviadas para cambiarlas.</translation>
    </message>
</context>
<context>
    <name>cohort::ScoringView</name>
    <message>
        <source>Scoring grid</source>
        <translation>Tabla de puntuación</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Progreso de la puntuación</translation>
    </message>
    <message>
        <source>Type a score to start; Enter moves down, Tab right; Delete clears; Ctrl+V pastes from a spreadsheet.</source>
        <translation>Escriba una puntuación para empezar; Intro baja, Tab va a la derecha; Supr borra; Ctrl+V pega desde una hoja de cálculo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln scored</source>
        <translation>
            <numerusform>%1 de %Ln puntuada</numerusform>
            <numerusform>%1 de %Ln puntuadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submitted</source>
        <translation>
            <numerusform>%Ln enviada</numerusform>
            <numerusform>%Ln enviadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::SetAssignmentCommentCommand</name>
    <message>
        <source>Edit Comment</source>
        <translation>Editar el comentario</translation>
    </message>
    <message>
        <source>The comment is unchanged.</source>
        <translation>El comentario no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>cohort::SetCadenceSettingsCommand</name>
    <message>
        <source>Change Cycle Settings</source>
        <translation>Cambiar los ajustes del ciclo</translation>
    </message>
    <message>
        <source>Someone else changed this cycle&apos;s settings meanwhile; open Cycle Settings again to see them.</source>
        <translation>Otra persona ha cambiado mientras tanto los ajustes de este ciclo; vuelva a abrir Ajustes del ciclo para verlos.</translation>
    </message>
</context>
<context>
    <name>cohort::SetConflictStatusCommand</name>
    <message numerus="yes">
        <source>Confirm %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Confirmar %n conflicto de intereses</numerusform>
            <numerusform>Confirmar %n conflictos de intereses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Descartar %n conflicto de intereses</numerusform>
            <numerusform>Descartar %n conflictos de intereses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Cambiar %n conflicto de intereses</numerusform>
            <numerusform>Cambiar %n conflictos de intereses</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose conflicts of interest and whether to confirm or dismiss them.</source>
        <translation>Elija conflictos de intereses e indique si se confirman o se descartan.</translation>
    </message>
</context>
<context>
    <name>cohort::SetDecisionsCommand</name>
    <message>
        <source>Remove Decision</source>
        <translation>Eliminar la decisión</translation>
    </message>
    <message numerus="yes">
        <source>Decide %n Application(s)</source>
        <translation>
            <numerusform>Decidir sobre %n solicitud</numerusform>
            <numerusform>Decidir sobre %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed the decision or status of %1 meanwhile; reload to see it.</source>
        <translation>Otra persona ha cambiado mientras tanto la decisión o el estado de %1; vuelva a cargar para verlo.</translation>
    </message>
    <message>
        <source>No decision to make.</source>
        <translation>No hay ninguna decisión que tomar.</translation>
    </message>
    <message>
        <source>“%1” is not a decision: use accepted, waitlisted or declined.</source>
        <translation>«%1» no es una decisión: use accepted, waitlisted o declined.</translation>
    </message>
    <message>
        <source>Application %1 belongs to another cycle.</source>
        <translation>La solicitud %1 pertenece a otro ciclo.</translation>
    </message>
    <message>
        <source>Application %1 is %2 and cannot be decided.</source>
        <translation>La solicitud %1 tiene el estado «%2» y no se puede decidir sobre ella.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>ineligible</source>
        <translation>no admisible</translation>
    </message>
</context>
<context>
    <name>cohort::SetEligibilityRulesCommand</name>
    <message>
        <source>Change Eligibility Rules for Mentors</source>
        <translation>Cambiar las reglas de admisibilidad de los mentores</translation>
    </message>
    <message>
        <source>Change Eligibility Rules for Mentees</source>
        <translation>Cambiar las reglas de admisibilidad de los mentorados</translation>
    </message>
    <message>
        <source>Someone else changed this cycle&apos;s eligibility rules for mentors meanwhile; open Eligibility Rules again to see them.</source>
        <translation>Otra persona ha cambiado mientras tanto las reglas de admisibilidad de los mentores de este ciclo; vuelva a abrir Reglas de admisibilidad para verlas.</translation>
    </message>
    <message>
        <source>Someone else changed this cycle&apos;s eligibility rules for mentees meanwhile; open Eligibility Rules again to see them.</source>
        <translation>Otra persona ha cambiado mientras tanto las reglas de admisibilidad de los mentorados de este ciclo; vuelva a abrir Reglas de admisibilidad para verlas.</translation>
    </message>
</context>
<context>
    <name>cohort::SetGoalSheetCommand</name>
    <message>
        <source>Edit Goal Sheet of %1</source>
        <translation>Editar la hoja de objetivos de %1</translation>
    </message>
</context>
<context>
    <name>cohort::SetLetterheadCommand</name>
    <message>
        <source>Change Letterhead</source>
        <translation>Cambiar el membrete</translation>
    </message>
    <message>
        <source>Someone else changed the letterhead meanwhile; open Letterhead again to see it.</source>
        <translation>Otra persona ha cambiado el membrete mientras tanto; vuelva a abrir Membrete para verlo.</translation>
    </message>
</context>
<context>
    <name>cohort::SetMatchingSettingsCommand</name>
    <message>
        <source>Change Matching Settings</source>
        <translation>Cambiar los ajustes de emparejamiento</translation>
    </message>
</context>
<context>
    <name>cohort::SetPhasesCommand</name>
    <message>
        <source>Edit Phases</source>
        <translation>Editar las fases</translation>
    </message>
</context>
<context>
    <name>cohort::SetReviewSettingsCommand</name>
    <message>
        <source>Change Review Settings</source>
        <translation>Cambiar los ajustes de revisión</translation>
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Cada solicitud necesita al menos un revisor.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Un objetivo no puede ser negativo.</translation>
    </message>
    <message>
        <source>The review settings are unchanged.</source>
        <translation>Los ajustes de revisión no han cambiado.</translation>
    </message>
    <message>
        <source>Someone else changed the review settings of this cycle meanwhile; reload to see them.</source>
        <translation>Otra persona ha cambiado mientras tanto los ajustes de revisión de este ciclo; vuelva a cargar para verlos.</translation>
    </message>
</context>
<context>
    <name>cohort::SetScoresCommand</name>
    <message>
        <source>Enter Score</source>
        <translation>Introducir una puntuación</translation>
    </message>
    <message>
        <source>Clear Score</source>
        <translation>Borrar la puntuación</translation>
    </message>
    <message numerus="yes">
        <source>Enter %n Score(s)</source>
        <translation>
            <numerusform>Introducir %n puntuación</numerusform>
            <numerusform>Introducir %n puntuaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has submitted the scores of %2; unsubmit them to change a score.</source>
        <translation>%1 ha enviado las puntuaciones de %2; anule el envío para cambiar una puntuación.</translation>
    </message>
    <message>
        <source>No score to enter.</source>
        <translation>No hay ninguna puntuación que introducir.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of application %2.</source>
        <translation>«%1» no es un criterio de la solicitud %2.</translation>
    </message>
    <message>
        <source>A score for “%1” is either a value or N/A.</source>
        <translation>Una puntuación para «%1» es un valor o N/A, no ambas cosas.</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A; enter a score from %2 to %3.</source>
        <translation>«%1» no admite N/A; escriba una puntuación de %2 a %3.</translation>
    </message>
    <message>
        <source>Score %1 for “%2” is outside %3–%4.</source>
        <translation>La puntuación %1 para «%2» está fuera de %3–%4.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(no es un número)</translation>
    </message>
    <message>
        <source>Someone else changed a score of this step meanwhile; reload to see it.</source>
        <translation>Otra persona ha cambiado mientras tanto una puntuación de este cambio; vuelva a cargar para verla.</translation>
    </message>
</context>
<context>
    <name>cohort::StatusReasonDialog</name>
    <message>
        <source>Change Status</source>
        <translation>Cambiar el estado</translation>
    </message>
    <message>
        <source>Why does %1&apos;s application move from %2 to %3? The reason is kept with the application.</source>
        <translation>¿Por qué pasa la solicitud de %1 del estado %2 al estado %3? El motivo se guarda con la solicitud.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>For example: not an ALSC member</source>
        <translation>Por ejemplo: no es miembro de la ALSC</translation>
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
    <name>cohort::StatusWorkflow</name>
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
</context>
<context>
    <name>cohort::SubmitAssignmentsCommand</name>
    <message numerus="yes">
        <source>Submit %n Review(s)</source>
        <translation>
            <numerusform>Enviar %n revisión</numerusform>
            <numerusform>Enviar %n revisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubmit %n Review(s)</source>
        <translation>
            <numerusform>Anular el envío de %n revisión</numerusform>
            <numerusform>Anular el envío de %n revisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1 belongs to another cycle.</source>
        <translation>La solicitud %1 pertenece a otro ciclo.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are not fully scored yet: %1.</source>
        <translation>
            <numerusform>%n solicitud todavía no está puntuada del todo: %1.</numerusform>
            <numerusform>%n solicitudes todavía no están puntuadas del todo: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These reviews are already submitted.</source>
        <translation>Estas revisiones ya están enviadas.</translation>
    </message>
    <message>
        <source>These reviews are not submitted.</source>
        <translation>Estas revisiones no están enviadas.</translation>
    </message>
</context>
<context>
    <name>cohort::SwimlaneChart</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Videollamada</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Engagement timeline: one lane per match</source>
        <translation>Calendario de seguimiento: una franja por emparejamiento</translation>
    </message>
    <message>
        <source>Engagement timeline</source>
        <translation>Calendario de seguimiento</translation>
    </message>
    <message>
        <source>engagement timeline</source>
        <translation>calendario de seguimiento</translation>
    </message>
    <message>
        <source>Scroll the matches</source>
        <translation>Desplazar los emparejamientos</translation>
    </message>
    <message>
        <source>Goal sheet due</source>
        <translation>Vencimiento de la hoja de objetivos</translation>
    </message>
    <message>
        <source>Goal sheet submitted</source>
        <translation>Hoja de objetivos entregada</translation>
    </message>
    <message>
        <source>Month below the cadence</source>
        <translation>Mes por debajo de la cadencia</translation>
    </message>
</context>
<context>
    <name>cohort::TimelinePage</name>
    <message>
        <source>&amp;Log Contact</source>
        <translation>&amp;Registrar un contacto</translation>
    </message>
    <message>
        <source>Show Matches That &amp;Need Attention</source>
        <translation>Mostrar los emparejamientos que requieren &amp;atención</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>Liaison &amp;Workload…</source>
        <translation>&amp;Carga de trabajo de las personas de enlace…</translation>
    </message>
    <message>
        <source>Log a contact of the selected match (date, method, who, a note)</source>
        <translation>Registrar un contacto del emparejamiento seleccionado (fecha, medio, quién, una nota)</translation>
    </message>
    <message>
        <source>List the quiet matches and those below the cadence, the longest quiet first</source>
        <translation>Enumerar los emparejamientos sin contacto y los que están por debajo de la cadencia, primero los que llevan más tiempo sin contacto</translation>
    </message>
    <message>
        <source>Add contact logs kept in a spreadsheet (mentee, date, method, initiated_by, note); checked whole first</source>
        <translation>Añadir registros de contacto guardados en una hoja de cálculo (mentee, date, method, initiated_by, note); antes se comprueba el archivo entero</translation>
    </message>
    <message>
        <source>How many matches each liaison follows, and how many of them need attention</source>
        <translation>Cuántos emparejamientos sigue cada persona de enlace y cuántos de ellos requieren atención</translation>
    </message>
    <message>
        <source>No cycle selected</source>
        <translation>Ningún ciclo seleccionado</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to see its phases and how its matches are doing.</source>
        <translation>Elija un ciclo en la barra de herramientas para ver sus fases y cómo van sus emparejamientos.</translation>
    </message>
    <message>
        <source>The timeline could not be read</source>
        <translation>No se pudo leer el calendario</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Todos los emparejamientos</translation>
    </message>
    <message>
        <source>Matches that need attention</source>
        <translation>Emparejamientos que requieren atención</translation>
    </message>
    <message>
        <source>Quiet matches</source>
        <translation>Emparejamientos sin contacto</translation>
    </message>
    <message>
        <source>Find a mentor or mentee</source>
        <translation>Buscar un mentor o un mentorado</translation>
    </message>
    <message>
        <source>Matches and their engagement</source>
        <translation>Emparejamientos y su seguimiento</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Emparejamientos</translation>
    </message>
    <message>
        <source>Engagement Timeline</source>
        <translation>Calendario de seguimiento</translation>
    </message>
    <message>
        <source>Judge the engagement as of</source>
        <translation>Fecha en la que se evalúa el seguimiento</translation>
    </message>
    <message>
        <source>The day the contact cadence is judged on: today, or the last logged contact of a past cycle</source>
        <translation>El día en el que se evalúa la cadencia de contacto: hoy o el último contacto registrado de un ciclo pasado</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Fecha de referencia:</translation>
    </message>
    <message>
        <source>%1 on track · %2 below cadence · %3 quiet · %4 ended · %5 goal sheets overdue</source>
        <translation>%1 al día · %2 por debajo de la cadencia · %3 sin contacto · %4 terminados · %5 hojas de objetivos vencidas</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt *.tsv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no contact was added.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se añadió ningún contacto.</numerusform>
            <numerusform>%1 tiene %n problemas; no se añadió ningún contacto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to add: the %n contact(s) in %1 are logged already.</source>
        <translation>
            <numerusform>No hay nada que añadir: el %n contacto de %1 ya está registrado.</numerusform>
            <numerusform>No hay nada que añadir: los %n contactos de %1 ya están registrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) from %1 to %2?</source>
        <translation>
            <numerusform>¿Añadir %n contacto de %1 a %2?</numerusform>
            <numerusform>¿Añadir %n contactos de %1 a %2?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are logged already and stay as they are.</source>
        <translation>
            <numerusform>%n fila ya está registrada y se queda como está.</numerusform>
            <numerusform>%n filas ya están registradas y se quedan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Editar › Deshacer revierte toda la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) from %1.</source>
        <translation>
            <numerusform>Se añadió %n contacto de %1.</numerusform>
            <numerusform>Se añadieron %n contactos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no liaison)</source>
        <translation>(sin persona de enlace)</translation>
    </message>
    <message>
        <source>Liaison Workload</source>
        <translation>Carga de trabajo de las personas de enlace</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Persona de enlace</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>Matches of %1 by liaison (a liaison is set in the match&apos;s panel):</source>
        <translation>Emparejamientos de %1 por persona de enlace (la persona de enlace se asigna en el panel del emparejamiento):</translation>
    </message>
</context>
<context>
    <name>cohort::TimelineStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Error: %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the timeline of the cycle</source>
        <translation>lectura del calendario del ciclo</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>El ciclo ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>Reading the timeline settings</source>
        <translation>lectura de los ajustes del calendario</translation>
    </message>
    <message>
        <source>The contacts expected a month must be a whole number from 0 to 31.</source>
        <translation>Los contactos esperados al mes deben ser un número entero de 0 a 31.</translation>
    </message>
    <message>
        <source>The days without contact before a match counts as quiet must be from 1 to 365.</source>
        <translation>Los días sin contacto antes de que un emparejamiento se considere sin contacto deben estar entre 1 y 365.</translation>
    </message>
    <message>
        <source>The days until a goal sheet is due must be from 0 to 365.</source>
        <translation>Los días hasta el vencimiento de una hoja de objetivos deben estar entre 0 y 365.</translation>
    </message>
    <message>
        <source>An orientation date is not a valid date.</source>
        <translation>Una fecha de orientación no es una fecha válida.</translation>
    </message>
    <message>
        <source>Saving the timeline settings</source>
        <translation>guardado de los ajustes del calendario</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>lectura: %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>%1 ya no existe; puede que otra persona haya hecho una eliminación mientras tanto. Vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you read it; reload to see the changes.</source>
        <translation>%1: %2 hizo cambios el %3, después de que usted leyera los datos; vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>the match of %1 and %2</source>
        <translation>el emparejamiento de %1 y %2</translation>
    </message>
    <message>
        <source>the match</source>
        <translation>el emparejamiento</translation>
    </message>
    <message>
        <source>A contact needs a date.</source>
        <translation>Un contacto necesita una fecha.</translation>
    </message>
    <message>
        <source>“%1” is not a contact method; use email, phone, video, chat or in_person.</source>
        <translation>«%1» no es un medio de contacto; use email, phone, video, chat o in_person.</translation>
    </message>
    <message>
        <source>“%1” cannot start a contact; use mentor, mentee or liaison.</source>
        <translation>«%1» no puede iniciar un contacto; use mentor, mentee o liaison.</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>guardado de un contacto</translation>
    </message>
    <message>
        <source>The match no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>El emparejamiento ya no existe; puede que otra persona lo haya eliminado. Vuelva a cargar para ver los cambios.</translation>
    </message>
    <message>
        <source>Contacts are logged for published matches; %1 is a draft.</source>
        <translation>Los contactos se registran para emparejamientos publicados; %1 es un borrador.</translation>
    </message>
    <message>
        <source>A new phase needs an id.</source>
        <translation>Una fase nueva necesita un identificador.</translation>
    </message>
    <message>
        <source>Saving phase “%1”</source>
        <translation>guardado de la fase «%1»</translation>
    </message>
    <message>
        <source>Phase “%1”</source>
        <translation>La fase «%1»</translation>
    </message>
    <message>
        <source>The phase</source>
        <translation>La fase</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>eliminación: %1</translation>
    </message>
    <message>
        <source>Reading a phase</source>
        <translation>lectura de una fase</translation>
    </message>
    <message>
        <source>A new cycle needs an id.</source>
        <translation>Un ciclo nuevo necesita un identificador.</translation>
    </message>
    <message>
        <source>A cycle needs a name.</source>
        <translation>Un ciclo necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a season; use spring, fall or other.</source>
        <translation>«%1» no es una temporada; use spring, fall u other.</translation>
    </message>
    <message>
        <source>Cycle “%1” needs a start and an end date.</source>
        <translation>El ciclo «%1» necesita una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <source>Cycle “%1” ends before it starts.</source>
        <translation>El ciclo «%1» termina antes de empezar.</translation>
    </message>
    <message>
        <source>Each phase of a new cycle needs an id.</source>
        <translation>Cada fase de un ciclo nuevo necesita un identificador.</translation>
    </message>
    <message>
        <source>The program has a cycle called “%1” already.</source>
        <translation>El programa ya tiene un ciclo llamado «%1».</translation>
    </message>
    <message>
        <source>Removing a cycle</source>
        <translation>eliminación de un ciclo</translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation>El ciclo</translation>
    </message>
    <message>
        <source>Cycle “%1”</source>
        <translation>El ciclo «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n application(s); a cycle with applications cannot be removed.</source>
        <translation>
            <numerusform>%1 tiene %n solicitud; no se puede eliminar un ciclo con solicitudes.</numerusform>
            <numerusform>%1 tiene %n solicitudes; no se puede eliminar un ciclo con solicitudes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n rubric criteria; remove them first.</source>
        <translation>
            <numerusform>%1 tiene %n criterio de rúbrica; elimínelo antes.</numerusform>
            <numerusform>%1 tiene %n criterios de rúbrica; elimínelos antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring cycle “%1”</source>
        <translation>restauración del ciclo «%1»</translation>
    </message>
    <message>
        <source>A new contact needs an id.</source>
        <translation>Un contacto nuevo necesita un identificador.</translation>
    </message>
    <message>
        <source>The contact of %1 on %2</source>
        <translation>El contacto del %2 para %1</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>Removing a contact</source>
        <translation>eliminación de un contacto</translation>
    </message>
    <message>
        <source>Restoring a contact</source>
        <translation>restauración de un contacto</translation>
    </message>
    <message>
        <source>Reading a contact</source>
        <translation>lectura de un contacto</translation>
    </message>
    <message>
        <source>Assigning a liaison</source>
        <translation>asignación de una persona de enlace</translation>
    </message>
    <message>
        <source>The reviewer no longer exists; someone else may have removed them.</source>
        <translation>El revisor ya no existe; puede que otra persona lo haya eliminado.</translation>
    </message>
    <message>
        <source>A new goal sheet needs an id.</source>
        <translation>Una hoja de objetivos nueva necesita un identificador.</translation>
    </message>
    <message>
        <source>A goal sheet needs a due date.</source>
        <translation>Una hoja de objetivos necesita una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Saving a goal sheet</source>
        <translation>guardado de una hoja de objetivos</translation>
    </message>
    <message>
        <source>The goal sheet of %1 exists already; reload to see it.</source>
        <translation>La hoja de objetivos para %1 ya existe; vuelva a cargar para verla.</translation>
    </message>
    <message>
        <source>The goal sheet of %1</source>
        <translation>La hoja de objetivos para %1</translation>
    </message>
    <message>
        <source>The goal sheet</source>
        <translation>La hoja de objetivos</translation>
    </message>
    <message>
        <source>Removing a goal sheet</source>
        <translation>eliminación de una hoja de objetivos</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n goal(s); remove them first.</source>
        <translation>
            <numerusform>%1 tiene %n objetivo; elimínelo antes.</numerusform>
            <numerusform>%1 tiene %n objetivos; elimínelos antes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading a goal sheet</source>
        <translation>lectura de una hoja de objetivos</translation>
    </message>
    <message>
        <source>A goal is written against one of the program&apos;s objectives, 1 to 7.</source>
        <translation>Un objetivo se redacta en relación con uno de los objetivos generales del programa, del 1 al 7.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Un objetivo necesita un título.</translation>
    </message>
    <message>
        <source>A new goal needs an id.</source>
        <translation>Un objetivo nuevo necesita un identificador.</translation>
    </message>
    <message>
        <source>Saving goal “%1”</source>
        <translation>guardado del objetivo «%1»</translation>
    </message>
    <message>
        <source>The goal sheet no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>La hoja de objetivos ya no existe; puede que otra persona la haya eliminado. Vuelva a cargar para ver los cambios.</translation>
    </message>
    <message numerus="yes">
        <source>The goal sheet of %1 has %n goal(s) already, as many as a sheet may hold.</source>
        <translation>
            <numerusform>La hoja de objetivos para %1 ya tiene %n objetivo, el máximo que admite una hoja.</numerusform>
            <numerusform>La hoja de objetivos para %1 ya tiene %n objetivos, el máximo que admite una hoja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal “%1”</source>
        <translation>El objetivo «%1»</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>El objetivo</translation>
    </message>
    <message>
        <source>Removing a goal</source>
        <translation>eliminación de un objetivo</translation>
    </message>
    <message>
        <source>Attendance needs the date of the orientation session.</source>
        <translation>La asistencia necesita la fecha de la sesión de orientación.</translation>
    </message>
    <message>
        <source>Saving orientation attendance</source>
        <translation>guardado de la asistencia a la orientación</translation>
    </message>
    <message>
        <source>The application no longer exists; someone else may have removed it.</source>
        <translation>La solicitud ya no existe; puede que otra persona la haya eliminado.</translation>
    </message>
    <message>
        <source>Removing orientation attendance</source>
        <translation>eliminación de la asistencia a la orientación</translation>
    </message>
    <message>
        <source>Reading orientation attendance</source>
        <translation>lectura de la asistencia a la orientación</translation>
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
    <name>cohort::matching::SlotAssignment</name>
    <message>
        <source>Unmatched: every mentor is excluded, scores below the minimum or has no places</source>
        <translation>Sin emparejar: todos los mentores están excluidos, puntúan por debajo del mínimo o no tienen plazas</translation>
    </message>
    <message numerus="yes">
        <source>Unmatched: the %n suitable mentor(s) are all full</source>
        <translation>
            <numerusform>Sin emparejar: el único mentor adecuado está completo</numerusform>
            <numerusform>Sin emparejar: los %n mentores adecuados están completos</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmatched: a suitable mentor has room, but the match would add nothing to the total score</source>
        <translation>Sin emparejar: un mentor adecuado tiene plaza, pero el emparejamiento no sumaría nada a la puntuación total</translation>
    </message>
    <message>
        <source>The number of mentees cannot be negative.</source>
        <translation>El número de mentorados no puede ser negativo.</translation>
    </message>
    <message>
        <source>Mentor %1 has a negative capacity.</source>
        <translation>El mentor %1 tiene una capacidad negativa.</translation>
    </message>
    <message>
        <source>There must be one score for each mentee and mentor.</source>
        <translation>Debe haber una puntuación para cada mentorado y mentor.</translation>
    </message>
    <message>
        <source>Every score must be between 0 and 1.</source>
        <translation>Todas las puntuaciones deben estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>The minimum score is not a number.</source>
        <translation>La puntuación mínima no es un número.</translation>
    </message>
    <message>
        <source>An excluded pair names a mentee or mentor that is not in the list.</source>
        <translation>Un par excluido nombra a un mentorado o mentor que no está en la lista.</translation>
    </message>
    <message>
        <source>A locked pair names a mentee or mentor that is not in the list.</source>
        <translation>Un par bloqueado nombra a un mentorado o mentor que no está en la lista.</translation>
    </message>
    <message>
        <source>Mentee %1 is locked to two mentors.</source>
        <translation>El mentorado %1 está bloqueado con dos mentores.</translation>
    </message>
    <message>
        <source>Mentee %1 is locked to mentor %2, a pair that is also excluded.</source>
        <translation>El mentorado %1 está bloqueado con el mentor %2, un par que también está excluido.</translation>
    </message>
    <message>
        <source>Mentor %1 has more locked mentees than places (%2).</source>
        <translation>El mentor %1 tiene más mentorados bloqueados que plazas (%2).</translation>
    </message>
    <message>
        <source>The matching could not be computed.</source>
        <translation>No se pudo calcular el emparejamiento.</translation>
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
