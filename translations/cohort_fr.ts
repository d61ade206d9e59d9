<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>cohort::ApplicationCountsModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationStore</name>
    <message>
        <source>Counting applications</source>
        <translation>comptage des candidatures</translation>
    </message>
    <message>
        <source>Reading applications</source>
        <translation>lecture des candidatures</translation>
    </message>
    <message>
        <source>Counting people</source>
        <translation>comptage des personnes</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>enregistrement de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saving application %1</source>
        <translation>enregistrement de la candidature %1</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationsChart</name>
    <message>
        <source>Applications by role and status</source>
        <translation>Candidatures par rôle et statut</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>candidatures</translation>
    </message>
</context>
<context>
    <name>cohort::AreaInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Figures for the selected cycle: applications, ratio, matches and the next deadline</source>
        <translation>Chiffres du cycle sélectionné&#xa0;: candidatures, ratio, binômes et prochaine échéance</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Mentor and mentee applications of the selected cycle</source>
        <translation>Candidatures des mentors et des mentorés du cycle sélectionné</translation>
    </message>
    <message>
        <source>Applications arrive from online forms as spreadsheet exports. Import and browse them here, check eligibility and find duplicates. This area is coming in a later version of Cohort.</source>
        <translation>Les candidatures arrivent des formulaires en ligne sous forme d’exports de tableur. Vous pourrez ici les importer et les parcourir, vérifier leur recevabilité et repérer les doublons. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Scoring applications against the rubric, and the committee&apos;s decisions</source>
        <translation>Notation des candidatures selon la grille et décisions du comité</translation>
    </message>
    <message>
        <source>The working group scores each application against the rubric here, and the chair sees the committee&apos;s scores side by side to decide who is accepted, waitlisted or declined. This area is coming in a later version of Cohort.</source>
        <translation>Ici, le groupe de travail note chaque candidature selon la grille, et la présidence voit les notes du comité côte à côte pour décider qui est accepté, mis sur liste d’attente ou refusé. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Appariement</translation>
    </message>
    <message>
        <source>Pairing mentees with mentors, and publishing the matches</source>
        <translation>Former les binômes mentor-mentoré et les publier</translation>
    </message>
    <message>
        <source>Pair each accepted mentee with a mentor by library type, interests, time zone and how they like to keep in touch, then publish the matches. This area is coming in a later version of Cohort.</source>
        <translation>Associez chaque mentoré accepté à un mentor selon le type de bibliothèque, les centres d’intérêt, le fuseau horaire et la façon de rester en contact, puis publiez les binômes. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>The cycle&apos;s phases, goal sheets and how often each match keeps in touch</source>
        <translation>Les phases du cycle, les fiches d’objectifs et la fréquence des contacts de chaque binôme</translation>
    </message>
    <message>
        <source>Follow the cycle&apos;s phases and deadlines, the goal sheets due 30 days after matching, and which matches have gone quiet. This area is coming in a later version of Cohort.</source>
        <translation>Suivez les phases et les échéances du cycle, les fiches d’objectifs à rendre 30 jours après la formation du binôme, et les binômes qui ne donnent plus de nouvelles. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Acceptance, waitlist, match and recognition letters</source>
        <translation>Lettres d’acceptation, de liste d’attente, de binôme et de remerciement</translation>
    </message>
    <message>
        <source>Write letter templates once and issue acceptance, waitlist, decline and match introduction letters to everyone at once, as PDF. This area is coming in a later version of Cohort.</source>
        <translation>Rédigez une seule fois les modèles et émettez pour tout le monde en une fois, en PDF, les lettres d’acceptation, de liste d’attente, de refus et de présentation des binômes. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
    </message>
</context>
<context>
    <name>cohort::AreaSidebar</name>
    <message>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
</context>
<context>
    <name>cohort::ChartStyle</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Enregistrer ce graphique comme image PNG</translation>
    </message>
    <message>
        <source>Export as PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save this chart as a PDF document</source>
        <translation>Enregistrer ce graphique comme document PDF</translation>
    </message>
    <message>
        <source>Export Chart as PDF</source>
        <translation>Exporter le graphique en PDF</translation>
    </message>
    <message>
        <source>Export Chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>The chart could not be written to “%1”. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire le graphique dans «&#xa0;%1&#xa0;». Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>cohort::Cli</name>
    <message>
        <source>Try “cohort-cli --help”.</source>
        <translation>Essayez «&#xa0;cohort-cli --help&#xa0;».</translation>
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
        <translation>Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli &lt;command&gt; [options]</source>
        <translation>Usage&#xa0;: cohort-cli &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>unknown option “%1”.</source>
        <translation>option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli demo --out FILE [--applicants N] [--seed S] [--force]</source>
        <translation>Usage&#xa0;: cohort-cli demo --out FILE [--applicants N] [--seed S] [--force]</translation>
    </message>
    <message>
        <source>Write a realistic, deterministic demo program file.</source>
        <translation>Écrit un fichier de programme de démonstration réaliste et déterministe.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>The program file to write.</source>
        <translation>Le fichier de programme à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Mentor and mentee applications over both cycles (default 160).</source>
        <translation>Candidatures de mentors et de mentorés sur les deux cycles (160 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The random seed (default 2017).</source>
        <translation>La graine aléatoire (2017 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Remplace FILE s’il existe.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>demo needs --out FILE.</source>
        <translation>demo a besoin de --out FILE.</translation>
    </message>
    <message>
        <source>--applicants needs a whole number from 8 to 10000000.</source>
        <translation>--applicants attend un nombre entier de 8 à 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295.</source>
        <translation>--seed attend un nombre entier de 0 à 4294967295.</translation>
    </message>
    <message>
        <source>“%1” is a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier.</translation>
    </message>
    <message>
        <source>“%1” already exists; use --force to replace it.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà&#xa0;; utilisez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Wrote %1: %2 cycles, %3 mentor and %4 mentee applications, %5 reviewers, %6 scores, %7 matches, %8 contacts (%9 s).</source>
        <translation>%1 écrit&#xa0;: %2 cycles, %3 candidatures de mentors et %4 de mentorés, %5 évaluateurs, %6 notes, %7 binômes, %8 contacts (%9 s).</translation>
    </message>
    <message>
        <source>Usage: cohort-cli info FILE [--json]</source>
        <translation>Usage&#xa0;: cohort-cli info FILE [--json]</translation>
    </message>
    <message>
        <source>Show the program a file holds: cycles, applications, reviewers, matches.</source>
        <translation>Affiche le programme que contient un fichier&#xa0;: cycles, candidatures, évaluateurs, binômes.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Affiche du JSON.</translation>
    </message>
    <message>
        <source>The program file.</source>
        <translation>Le fichier de programme.</translation>
    </message>
    <message>
        <source>info needs a FILE.</source>
        <translation>info a besoin d’un FILE.</translation>
    </message>
    <message>
        <source>info takes one FILE.</source>
        <translation>info n’accepte qu’un FILE.</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programme&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1 (file format %2; this version writes %3)</source>
        <translation>Fichier&#xa0;: %1 (format de fichier %2&#xa0;; cette version écrit le format %3)</translation>
    </message>
    <message>
        <source>People: %1, applications: %2, reviewers: %3, matches: %4</source>
        <translation>Personnes&#xa0;: %1, candidatures&#xa0;: %2, évaluateurs&#xa0;: %3, binômes&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2 – %3): %4 applications</source>
        <translation>%1 (%2 – %3)&#xa0;: %4 candidatures</translation>
    </message>
    <message>
        <source>  matches: %1</source>
        <translation>  binômes&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Usage: cohort-cli check FILE [--json]</source>
        <translation>Usage&#xa0;: cohort-cli check FILE [--json]</translation>
    </message>
    <message>
        <source>Check a program file: SQLite integrity, schema version and foreign keys. Never changes the file.</source>
        <translation>Vérifie un fichier de programme&#xa0;: intégrité SQLite, version du schéma et clés étrangères. Ne modifie jamais le fichier.</translation>
    </message>
    <message>
        <source>check needs a FILE.</source>
        <translation>check a besoin d’un FILE.</translation>
    </message>
    <message>
        <source>check takes one FILE.</source>
        <translation>check n’accepte qu’un FILE.</translation>
    </message>
    <message>
        <source>file format %1; it will be updated to %2 when opened for writing</source>
        <translation>format de fichier %1&#xa0;; il sera mis à jour au format %2 à l’ouverture en écriture</translation>
    </message>
    <message>
        <source>file format %1 is newer than this version of Cohort (%2); it opens read-only</source>
        <translation>le format de fichier %1 est plus récent que cette version de Cohort (%2)&#xa0;; il s’ouvre en lecture seule</translation>
    </message>
    <message>
        <source>file format %1, the latest</source>
        <translation>format de fichier %1, le plus récent</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>problems found</source>
        <translation>problèmes détectés</translation>
    </message>
    <message>
        <source>  integrity: %1</source>
        <translation>  intégrité&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>  foreign keys: %1</source>
        <translation>  clés étrangères&#xa0;: %1</translation>
    </message>
    <message>
        <source>  schema: %1</source>
        <translation>  schéma&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is damaged: %n problem(s), the first: %2</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %n problème&#xa0;: %2</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %n problèmes, dont le premier&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CycleStore</name>
    <message>
        <source>Reading cycles</source>
        <translation>lecture des cycles</translation>
    </message>
    <message>
        <source>Reading phases</source>
        <translation>lecture des phases</translation>
    </message>
    <message>
        <source>Saving cycle %1</source>
        <translation>enregistrement du cycle %1</translation>
    </message>
    <message>
        <source>Saving phase %1</source>
        <translation>enregistrement de la phase %1</translation>
    </message>
    <message>
        <source>Reading deadlines</source>
        <translation>lecture des échéances</translation>
    </message>
</context>
<context>
    <name>cohort::DashboardPage</name>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
    <message>
        <source>A cycle is one intake round of the program (spring or fall) with its dated phases. Once the program has one, its figures appear here.</source>
        <translation>Un cycle est une session de recrutement du programme (printemps ou automne) avec ses phases datées. Dès que le programme en a un, ses chiffres apparaissent ici.</translation>
    </message>
    <message>
        <source>Applications by status, as numbers</source>
        <translation>Candidatures par statut, en chiffres</translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation>Candidatures par statut</translation>
    </message>
    <message>
        <source>Matches by status</source>
        <translation>Binômes par statut</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n acceptée</numerusform>
            <numerusform>%n acceptées</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No mentor applications yet</source>
        <translation>Aucune candidature de mentor pour l’instant</translation>
    </message>
    <message>
        <source>%1 : 1</source>
        <translation>%1&#xa0;: 1</translation>
    </message>
    <message numerus="yes">
        <source>%n published</source>
        <translation>
            <numerusform>%n publié</numerusform>
            <numerusform>%n publiés</numerusform>
        </translation>
    </message>
    <message>
        <source>None ahead</source>
        <translation>Aucune à venir</translation>
    </message>
    <message>
        <source>Every phase of this cycle has ended.</source>
        <translation>Toutes les phases de ce cycle sont terminées.</translation>
    </message>
    <message>
        <source>%1 — today</source>
        <translation>%1 — aujourd’hui</translation>
    </message>
    <message>
        <source>%1 — tomorrow</source>
        <translation>%1 — demain</translation>
    </message>
    <message numerus="yes">
        <source>%1 — in %n days</source>
        <translation>
            <numerusform>%1 — dans %n jour</numerusform>
            <numerusform>%1 — dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentee : mentor ratio</source>
        <translation>Ratio mentorés&#xa0;: mentors</translation>
    </message>
    <message>
        <source>Mentee applications per mentor</source>
        <translation>Candidatures de mentorés par mentor</translation>
    </message>
</context>
<context>
    <name>cohort::Database</name>
    <message>
        <source>it is a PNG image</source>
        <translation>c’est une image PNG</translation>
    </message>
    <message>
        <source>it is a PDF document</source>
        <translation>c’est un document PDF</translation>
    </message>
    <message>
        <source>it is a ZIP archive or an office document</source>
        <translation>c’est une archive ZIP ou un document bureautique</translation>
    </message>
    <message>
        <source>it is a JPEG image</source>
        <translation>c’est une image JPEG</translation>
    </message>
    <message>
        <source>it looks like a CSV or text file (use File › Import Applications for CSV)</source>
        <translation>cela ressemble à un fichier CSV ou texte (pour un CSV, utilisez Fichier › Importer des candidatures)</translation>
    </message>
    <message>
        <source>it looks like a text file</source>
        <translation>cela ressemble à un fichier texte</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a Cohort program file.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas un fichier de programme Cohort.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes); it is not a Cohort program file.</source>
        <translation>«&#xa0;%1&#xa0;» est vide (0 octet)&#xa0;; ce n’est pas un fichier de programme Cohort.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Cohort program file: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de programme Cohort&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 bytes).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: le fichier est tronqué (%2 octets).</translation>
    </message>
    <message>
        <source>“%1” is a SQLite database of another application, not a Cohort program file.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite d’une autre application, pas un fichier de programme Cohort.</translation>
    </message>
    <message>
        <source>“%1” is damaged: its header is invalid.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: son en-tête n’est pas valide.</translation>
    </message>
    <message>
        <source>“%1” is damaged: the file is truncated (%2 of %3 bytes).</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: le fichier est tronqué (%2 octets sur %3).</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of “%1”.</source>
        <translation>Impossible de restreindre les droits d’accès à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Cohort program file: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de programme Cohort&#xa0;: %2</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Cohort (file format %2; this version knows up to %3). It is open read-only; install the newer Cohort to change it.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Cohort (format de fichier %2&#xa0;; cette version connaît jusqu’au format %3). Il est ouvert en lecture seule&#xa0;; installez la version plus récente de Cohort pour le modifier.</translation>
    </message>
    <message>
        <source>You do not have permission to change “%1”. It is open read-only.</source>
        <translation>Vous n’avez pas l’autorisation de modifier «&#xa0;%1&#xa0;». Il est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” before updating its format: %2</source>
        <translation>Impossible de sauvegarder «&#xa0;%1&#xa0;» avant la mise à jour de son format&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update the format of “%1”; the file is unchanged. %2</source>
        <translation>Impossible de mettre à jour le format de «&#xa0;%1&#xa0;»&#xa0;; le fichier n’a pas été modifié. %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL (QPSQL) n’est pas installé.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2: %3</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>it has no Cohort schema version</source>
        <translation>il n’a pas de version de schéma Cohort</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>La migration %1 est manquante.</translation>
    </message>
    <message>
        <source>Migration %1 (%2)</source>
        <translation>migration %1 (%2)</translation>
    </message>
    <message>
        <source>Recording migration %1</source>
        <translation>enregistrement de la migration %1</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>Le programme est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Save a Copy works on program files; use pg_dump for a PostgreSQL program.</source>
        <translation>Enregistrer une copie fonctionne avec les fichiers de programme&#xa0;; pour un programme PostgreSQL, utilisez pg_dump.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open program file itself.</source>
        <translation>Une copie ne peut pas remplacer le fichier de programme ouvert lui-même.</translation>
    </message>
    <message>
        <source>Writing a copy to “%1”</source>
        <translation>écriture d’une copie dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Integrity check</source>
        <translation>vérification de l’intégrité</translation>
    </message>
    <message>
        <source>Foreign key check</source>
        <translation>vérification des clés étrangères</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 row</source>
        <translation>La ligne %2 de %1 fait référence à une ligne de %3 inexistante</translation>
    </message>
</context>
<context>
    <name>cohort::DemoBuilder</name>
    <message>
        <source>The demo program was cancelled.</source>
        <translation>La création du programme de démonstration a été annulée.</translation>
    </message>
    <message>
        <source>Mentors must be ALSC members; no current membership found.</source>
        <translation>Les mentors doivent être membres de l’ALSC&#xa0;; aucune adhésion en cours n’a été trouvée.</translation>
    </message>
    <message>
        <source>No connection to children&apos;s library service given.</source>
        <translation>Aucun lien avec les services de bibliothèque jeunesse n’est indiqué.</translation>
    </message>
    <message>
        <source>Under 18 without a parent&apos;s or guardian&apos;s permission.</source>
        <translation>Moins de 18 ans sans autorisation d’un parent ou tuteur.</translation>
    </message>
    <message>
        <source>Withdrew in March: started a new job and has less time this year.</source>
        <translation>Retrait en mars&#xa0;: nouvel emploi, moins de temps cette année.</translation>
    </message>
    <message>
        <source>More mentors than mentees we could match this cycle; carried over to Fall 2017.</source>
        <translation>Plus de mentors que de mentorés à associer pendant ce cycle&#xa0;; reporté à l’automne 2017.</translation>
    </message>
    <message>
        <source>Limited experience in children&apos;s library service so far.</source>
        <translation>Expérience encore limitée des services de bibliothèque jeunesse.</translation>
    </message>
    <message>
        <source>Strong application; no compatible mentor this cycle.</source>
        <translation>Candidature solide&#xa0;; aucun mentor compatible pendant ce cycle.</translation>
    </message>
    <message>
        <source>More applications than mentor places; not every applicant can be matched.</source>
        <translation>Plus de candidatures que de places de mentor&#xa0;; tous les candidats ne peuvent pas être associés.</translation>
    </message>
    <message>
        <source>I am most at home with %1, and I would enjoy helping someone new find their footing there.</source>
        <translation>C’est avec %1 que je suis le plus à l’aise, et j’aimerais aider quelqu’un de nouveau à y trouver ses marques.</translation>
    </message>
    <message>
        <source>I can offer %1, and %2.</source>
        <translation>Je peux offrir %1 et %2.</translation>
    </message>
    <message>
        <source> (former supervisor)</source>
        <translation> (ancien supérieur hiérarchique)</translation>
    </message>
    <message>
        <source>By %1.</source>
        <translation>Par %1.</translation>
    </message>
</context>
<context>
    <name>cohort::DemoGenerator</name>
    <message>
        <source>A demo program needs at least 8 applicants.</source>
        <translation>Un programme de démonstration nécessite au moins 8 candidats.</translation>
    </message>
    <message>
        <source>“%1” already exists.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>cohort::DemoInstaller</name>
    <message>
        <source>The demo program is not part of this build of Cohort.</source>
        <translation>Le programme de démonstration ne fait pas partie de cette version compilée de Cohort.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” for the demo program.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;» pour le programme de démonstration.</translation>
    </message>
    <message>
        <source>Cannot copy the demo program to “%1”.</source>
        <translation>Impossible de copier le programme de démonstration dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot write the demo program to “%1”.</source>
        <translation>Impossible d’écrire le programme de démonstration dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cohort::JobProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Stop this job; nothing it has written so far is kept</source>
        <translation>Arrêter cette tâche&#xa0;; rien de ce qu’elle a écrit jusqu’ici n’est conservé</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>cohort::MainWindow</name>
    <message>
        <source>Cohort programs (*.cohort)</source>
        <translation>Programmes Cohort (*.cohort)</translation>
    </message>
    <message>
        <source>&amp;New Program…</source>
        <translation>&amp;Nouveau programme…</translation>
    </message>
    <message>
        <source>New Program…</source>
        <translation>Nouveau programme…</translation>
    </message>
    <message>
        <source>Create a new, empty program file</source>
        <translation>Créer un nouveau fichier de programme vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a program file</source>
        <translation>Ouvrir un fichier de programme</translation>
    </message>
    <message>
        <source>Open &amp;Demo Program</source>
        <translation>Ouvrir le programme de &amp;démonstration</translation>
    </message>
    <message>
        <source>Open Demo Program</source>
        <translation>Ouvrir le programme de démonstration</translation>
    </message>
    <message>
        <source>Open your copy of the demo program, made-up data to try Cohort with</source>
        <translation>Ouvrir votre copie du programme de démonstration, avec des données fictives pour essayer Cohort</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Write a copy of the program file, for an archive or for next year&apos;s chair</source>
        <translation>Écrire une copie du fichier de programme, pour l’archiver ou pour la présidence de l’an prochain</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the program file (every change is already saved)</source>
        <translation>Fermer le fichier de programme (toutes les modifications sont déjà enregistrées)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Cohort (every change is already saved)</source>
        <translation>Quitter Cohort (toutes les modifications sont déjà enregistrées)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change that was undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Re&amp;name Program…</source>
        <translation>Re&amp;nommer le programme…</translation>
    </message>
    <message>
        <source>Change the program&apos;s name (it appears in the title and in letters)</source>
        <translation>Modifier le nom du programme (il apparaît dans le titre et dans les lettres)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Go to the search field, which filters the current area</source>
        <translation>Aller au champ de recherche, qui filtre la rubrique actuelle</translation>
    </message>
    <message>
        <source>&amp;About Cohort</source>
        <translation>À &amp;propos de Cohort</translation>
    </message>
    <message>
        <source>Version and licence of Cohort</source>
        <translation>Version et licence de Cohort</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Version and licence of the Qt toolkit</source>
        <translation>Version et licence de la bibliothèque Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>C&amp;ycle:</source>
        <translation>C&amp;ycle&#xa0;:</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>The cycle every area shows</source>
        <translation>Le cycle affiché dans toutes les rubriques</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Rechercher (%1)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Every change is written to the program file at once; there is nothing to save.</source>
        <translation>Chaque modification est écrite immédiatement dans le fichier de programme&#xa0;; il n’y a rien à enregistrer.</translation>
    </message>
    <message>
        <source>Open Program</source>
        <translation>Ouvrir un programme</translation>
    </message>
    <message>
        <source>“%1” does not exist. It may have been moved, renamed or deleted.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>Cohort cannot open “%1”.

%2</source>
        <translation>Cohort ne peut pas ouvrir «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message>
        <source>New Program</source>
        <translation>Nouveau programme</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name: Cohort never overwrites a program file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;: Cohort n’écrase jamais un fichier de programme.</translation>
    </message>
    <message>
        <source>Cohort cannot create “%1”.

%2</source>
        <translation>Cohort ne peut pas créer «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Ouvert en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <source>This program file was updated for this version of Cohort; the original was kept as “%1”.</source>
        <translation>Ce fichier de programme a été mis à jour pour cette version de Cohort&#xa0;; l’original a été conservé sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Opened “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» ouvert.</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>%1 — %2[*] (read-only) — Cohort</source>
        <translation>%1 — %2[*] (lecture seule) — Cohort</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Cohort</source>
        <translation>%1 — %2[*] — Cohort</translation>
    </message>
    <message>
        <source>Open a program to search it</source>
        <translation>Ouvrez un programme pour y faire une recherche</translation>
    </message>
    <message>
        <source>The Dashboard has nothing to search</source>
        <translation>Il n’y a rien à rechercher dans le tableau de bord</translation>
    </message>
    <message>
        <source>Search comes with the %1 area in a later version</source>
        <translation>La recherche arrivera avec la rubrique %1 dans une prochaine version</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (introuvable)</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Recent Programs</source>
        <translation>Aucun programme récent</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>Retirer les fichiers &amp;manquants</translation>
    </message>
    <message>
        <source>Take files that no longer exist off this list</source>
        <translation>Retirer de cette liste les fichiers qui n’existent plus</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Programs</source>
        <translation>&amp;Effacer les programmes récents</translation>
    </message>
    <message>
        <source>Empty this list (the files stay where they are)</source>
        <translation>Vider cette liste (les fichiers restent où ils sont)</translation>
    </message>
    <message>
        <source>Rename Program</source>
        <translation>Renommer le programme</translation>
    </message>
    <message>
        <source>A program needs a name. Type one, or cancel.</source>
        <translation>Un programme doit avoir un nom. Saisissez-en un, ou annulez.</translation>
    </message>
    <message>
        <source>Change Not Applied</source>
        <translation>Modification non appliquée</translation>
    </message>
    <message>
        <source>Saving a copy to “%1”…</source>
        <translation>Enregistrement d’une copie dans «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Save a Copy cancelled; no copy was kept.</source>
        <translation>Enregistrement de la copie annulé&#xa0;; aucune copie n’a été conservée.</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Cohort could not write “%1”.

%2</source>
        <translation>Cohort n’a pas pu écrire «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message>
        <source>Saved a copy as “%1”.</source>
        <translation>Copie enregistrée sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only Cohort program files (.cohort) can be dropped here.</source>
        <translation>Seuls les fichiers de programme Cohort (.cohort) peuvent être déposés ici.</translation>
    </message>
    <message>
        <source>Drop to open “%1”.</source>
        <translation>Déposez pour ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Mentoring Program.cohort</source>
        <translation>Programme de mentorat.cohort</translation>
    </message>
    <message>
        <source>%1 copy.cohort</source>
        <translation>%1 copie.cohort</translation>
    </message>
    <message>
        <source>Program name:</source>
        <translation>Nom du programme&#xa0;:</translation>
    </message>
    <message>
        <source>About Cohort</source>
        <translation>À propos de Cohort</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Cohort %1&lt;/h3&gt;&lt;p&gt;Runs a mentoring program for children&apos;s librarians: applications, review, matching, the program year and its letters, in one program file the committee owns.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cohort %1&lt;/h3&gt;&lt;p&gt;Gère un programme de mentorat pour bibliothécaires jeunesse&#xa0;: candidatures, évaluation, binômes, l’année du programme et ses lettres, dans un seul fichier de programme qui appartient au comité.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>C&amp;heck Program File</source>
        <translation>&amp;Vérifier le fichier du programme</translation>
    </message>
    <message>
        <source>Read the whole program file and report damage or broken references</source>
        <translation>Lit tout le fichier du programme et signale les dommages ou les références rompues</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>Vérification de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort found problems in “%1”:

%2</source>
        <translation>Cohort a trouvé des problèmes dans «&#xa0;%1&#xa0;»&#xa0;:

%2</translation>
    </message>
    <message>
        <source>“%1” checked: no problems found.</source>
        <translation>«&#xa0;%1&#xa0;» vérifié&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message>
        <source>“%1” checked in the background: no problems found.</source>
        <translation>«&#xa0;%1&#xa0;» vérifié en arrière-plan&#xa0;: aucun problème trouvé.</translation>
    </message>
    <message>
        <source>Check Program File</source>
        <translation>Vérifier le fichier du programme</translation>
    </message>
    <message>
        <source>Keep working only on a copy you trust: open your latest copy made with Save a Copy, or ask whoever keeps the committee&apos;s backups.</source>
        <translation>Ne travaillez que sur une copie sûre&#xa0;: ouvrez votre dernière copie faite avec Enregistrer une copie, ou demandez-la à la personne qui garde les sauvegardes du comité.</translation>
    </message>
</context>
<context>
    <name>cohort::MatchStore</name>
    <message>
        <source>Counting matches</source>
        <translation>comptage des binômes</translation>
    </message>
    <message>
        <source>Counting contacts</source>
        <translation>comptage des contacts</translation>
    </message>
    <message>
        <source>Saving a match</source>
        <translation>enregistrement d’un binôme</translation>
    </message>
    <message>
        <source>Saving a goal sheet</source>
        <translation>enregistrement d’une fiche d’objectifs</translation>
    </message>
    <message>
        <source>Saving goal “%1”</source>
        <translation>enregistrement de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saving orientation attendance</source>
        <translation>enregistrement de la présence à l’orientation</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>enregistrement d’un contact</translation>
    </message>
</context>
<context>
    <name>cohort::ProgramStore</name>
    <message>
        <source>Saving the program</source>
        <translation>enregistrement du programme</translation>
    </message>
    <message>
        <source>Reading the program</source>
        <translation>lecture du programme</translation>
    </message>
    <message>
        <source>The file holds no program.</source>
        <translation>Le fichier ne contient aucun programme.</translation>
    </message>
    <message>
        <source>The program needs a name.</source>
        <translation>Le programme doit avoir un nom.</translation>
    </message>
    <message>
        <source>Renaming the program</source>
        <translation>renommage du programme</translation>
    </message>
    <message>
        <source>Someone else changed the program&apos;s name meanwhile; reopen the program to see it.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps le nom du programme&#xa0;; rouvrez le programme pour le voir.</translation>
    </message>
    <message>
        <source>Reading setting %1</source>
        <translation>lecture du paramètre %1</translation>
    </message>
    <message>
        <source>Saving setting %1</source>
        <translation>enregistrement du paramètre %1</translation>
    </message>
    <message>
        <source>Writing the audit log</source>
        <translation>écriture du journal d’audit</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>lecture du journal d’audit</translation>
    </message>
</context>
<context>
    <name>cohort::RenameProgramCommand</name>
    <message>
        <source>Rename Program</source>
        <translation>Renommer le programme</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewStore</name>
    <message>
        <source>Counting reviewers</source>
        <translation>comptage des évaluateurs</translation>
    </message>
    <message>
        <source>Reading reviewers</source>
        <translation>lecture des évaluateurs</translation>
    </message>
    <message>
        <source>Reading the rubric</source>
        <translation>lecture de la grille d’évaluation</translation>
    </message>
    <message>
        <source>Counting assignments</source>
        <translation>comptage des attributions</translation>
    </message>
    <message>
        <source>Counting scores</source>
        <translation>comptage des notes</translation>
    </message>
    <message>
        <source>Saving reviewer %1</source>
        <translation>enregistrement de l’évaluateur %1</translation>
    </message>
    <message>
        <source>Saving a conflict of interest</source>
        <translation>enregistrement d’un conflit d’intérêts</translation>
    </message>
    <message>
        <source>Saving criterion “%1”</source>
        <translation>enregistrement du critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Saving a reviewer assignment</source>
        <translation>enregistrement d’une attribution d’évaluateur</translation>
    </message>
    <message>
        <source>Saving a score</source>
        <translation>enregistrement d’une note</translation>
    </message>
    <message>
        <source>Saving a decision</source>
        <translation>enregistrement d’une décision</translation>
    </message>
</context>
<context>
    <name>cohort::StatusText</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d’évaluation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>Sur liste d’attente</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
</context>
<context>
    <name>cohort::WelcomePage</name>
    <message>
        <source>No program is open</source>
        <translation>Aucun programme n’est ouvert</translation>
    </message>
    <message>
        <source>A program file holds one mentoring program: its cycles, applications, reviews, matches and letters. Create a new one, open one you have, or look around the demo.</source>
        <translation>Un fichier de programme contient un programme de mentorat&#xa0;: ses cycles, candidatures, évaluations, binômes et lettres. Créez-en un nouveau, ouvrez-en un que vous avez déjà, ou explorez la démonstration.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run a mentoring program for children&apos;s librarians</source>
        <translation>Gérez un programme de mentorat pour bibliothécaires jeunesse</translation>
    </message>
    <message>
        <source>Language of the window: es, fr or en.</source>
        <translation>Langue de la fenêtre&#xa0;: es, fr ou en.</translation>
    </message>
    <message>
        <source>A program file (.cohort) to open.</source>
        <translation>Un fichier de programme (.cohort) à ouvrir.</translation>
    </message>
</context>
</TS>
