<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Choose whether the file holds mentor or mentee applications.</source>
        <translation type="vanished">Indiquez si le fichier contient des candidatures de mentors ou de mentorés.</translation>
    </message>
    <message>
        <source>The cycle to import into does not exist.</source>
        <translation type="vanished">Le cycle dans lequel importer n’existe pas.</translation>
    </message>
    <message>
        <source>No column is mapped to the email address; every application needs one.</source>
        <translation type="vanished">Aucune colonne n’est associée à l’adresse e-mail&#xa0;; chaque candidature doit en avoir une.</translation>
    </message>
    <message>
        <source>No column is mapped to the applicant&apos;s name (first name or full name).</source>
        <translation type="vanished">Aucune colonne n’est associée au nom du candidat (prénom ou nom complet).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="vanished">ligne %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation type="vanished">candidature %1</translation>
    </message>
    <message>
        <source>the applicant&apos;s name is missing</source>
        <translation type="vanished">le nom du candidat est manquant</translation>
    </message>
    <message>
        <source>the email address is missing</source>
        <translation type="vanished">l’adresse e-mail est manquante</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); skipped</source>
        <translation type="vanished">%1 a déjà candidaté pendant ce cycle (%2)&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); updated</source>
        <translation type="vanished">%1 a déjà candidaté pendant ce cycle (%2)&#xa0;; candidature mise à jour</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2 (same name and library, another email)</source>
        <translation type="vanished">%1 est peut-être la même personne que %2 (même nom et même bibliothèque, autre adresse e-mail)</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>cohort::AddConflictsCommand</name>
    <message>
        <source>Someone else changed a conflict of interest meanwhile; reload to see the changes.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps un conflit d’intérêts&#xa0;; rechargez pour voir les modifications.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Ajouter %n conflit d’intérêts</numerusform>
            <numerusform>Ajouter %n conflits d’intérêts</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict of interest to add.</source>
        <translation>Aucun conflit d’intérêts à ajouter.</translation>
    </message>
    <message>
        <source>A conflict of interest names a reviewer and a person.</source>
        <translation>Un conflit d’intérêts désigne un évaluateur et une personne.</translation>
    </message>
    <message>
        <source>A conflict of interest has an unknown status or source.</source>
        <translation>Un conflit d’intérêts a un statut ou une provenance inconnus.</translation>
    </message>
    <message>
        <source>The same conflict of interest is listed twice.</source>
        <translation>Le même conflit d’intérêts figure deux fois.</translation>
    </message>
    <message>
        <source>%1 already has a conflict of interest with this person.</source>
        <translation>%1 a déjà un conflit d’intérêts avec cette personne.</translation>
    </message>
</context>
<context>
    <name>cohort::AddContactsCommand</name>
    <message>
        <source>Log Contact of %1</source>
        <translation>Enregistrer un contact de %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Contact(s)</source>
        <translation>
            <numerusform>Importer %n contact</numerusform>
            <numerusform>Importer %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AddCriterionCommand</name>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>A criterion belongs to the mentors&apos; or the mentees&apos; rubric.</source>
        <translation>Un critère appartient à la grille d’évaluation des mentors ou à celle des mentorés.</translation>
    </message>
    <message>
        <source>The scale of “%1” must go from a lower to a higher number (%2–%3).</source>
        <translation>L’échelle de «&#xa0;%1&#xa0;» doit aller d’un nombre plus petit à un nombre plus grand (%2–%3).</translation>
    </message>
    <message>
        <source>The weight of “%1” cannot be negative.</source>
        <translation>Le poids de «&#xa0;%1&#xa0;» ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Someone else changed the criterion “%1” meanwhile; reload the rubric to see the changes.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps le critère «&#xa0;%1&#xa0;»&#xa0;; rechargez la grille d’évaluation pour voir les modifications.</translation>
    </message>
    <message>
        <source>Add Criterion “%1”</source>
        <translation>Ajouter le critère «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cohort::AddReviewerCommand</name>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>Un évaluateur doit avoir un nom.</translation>
    </message>
    <message>
        <source>A reviewer is the chair or a member.</source>
        <translation>Un évaluateur assure la présidence ou est membre.</translation>
    </message>
    <message>
        <source>The capacity of %1 cannot be negative.</source>
        <translation>La capacité de %1 ne peut pas être négative.</translation>
    </message>
    <message>
        <source>Someone else changed reviewer %1 meanwhile; reload to see the changes.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps l’évaluateur %1&#xa0;; rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>Add Reviewer %1</source>
        <translation>Ajouter l’évaluateur %1</translation>
    </message>
</context>
<context>
    <name>cohort::Agreement</name>
    <message numerus="yes">
        <source>α = %1 (%n score(s) in %2 application(s))</source>
        <translation>
            <numerusform>α = %1 (%n note&#xa0;; candidatures&#xa0;: %2)</numerusform>
            <numerusform>α = %1 (%n notes&#xa0;; candidatures&#xa0;: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement cannot be measured yet: no application has two scores.</source>
        <translation>L’accord ne peut pas encore être mesuré&#xa0;: aucune candidature n’a deux notes.</translation>
    </message>
    <message>
        <source>Agreement cannot be measured: every score is the same.</source>
        <translation>L’accord ne peut pas être mesuré&#xa0;: toutes les notes sont identiques.</translation>
    </message>
</context>
<context>
    <name>cohort::AgreementPanel</name>
    <message>
        <source>Agreement per criterion</source>
        <translation>Accord par critère</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Reviewers&apos; harshness and spread</source>
        <translation>Sévérité et dispersion des évaluateurs</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Notées</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Dispersion (ÉT)</translation>
    </message>
    <message>
        <source>Harshness</source>
        <translation>Sévérité</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>Most disagreement</source>
        <translation>Plus grands désaccords</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>ÉT</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>How much lower than their co-reviewers a reviewer scores the same applications, on average: positive = harsher, negative = more lenient</source>
        <translation>De combien un évaluateur note en moyenne plus bas les mêmes candidatures que ses co-évaluateurs&#xa0;: positif = plus sévère, négatif = plus indulgent</translation>
    </message>
    <message>
        <source>The reviewer-offset model&apos;s bias: + lenient, − harsh (what calibration takes off)</source>
        <translation>Le biais selon le modèle de décalage par évaluateur&#xa0;: + indulgent, − sévère (ce que la calibration retire)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (interval): 1 = full agreement, 0 = no more than chance</source>
        <translation>Alpha de Krippendorff (intervalle)&#xa0;: 1 = accord total, 0 = pas mieux que le hasard</translation>
    </message>
    <message>
        <source>Applications the reviewers disagree on most</source>
        <translation>Candidatures sur lesquelles les évaluateurs sont le plus en désaccord</translation>
    </message>
    <message>
        <source>not enough overlapping scores</source>
        <translation>pas assez de notes communes</translation>
    </message>
    <message>
        <source>good agreement</source>
        <translation>bon accord</translation>
    </message>
    <message>
        <source>tentative agreement</source>
        <translation>accord provisoire</translation>
    </message>
    <message>
        <source>low agreement</source>
        <translation>accord faible</translation>
    </message>
    <message>
        <source>Overall (on the totals): %1 — %2. Below 0.667, reviewers agree too little to rely on one reviewer&apos;s score.</source>
        <translation>Global (sur les totaux)&#xa0;: %1 — %2. En dessous de 0,667, les évaluateurs s’accordent trop peu pour qu’on se fie à la note d’un seul évaluateur.</translation>
    </message>
    <message>
        <source>Overall (on the totals): %1</source>
        <translation>Global (sur les totaux)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 complete, %2 submitted, of %3 assigned</source>
        <translation>%1 terminées, %2 soumises, sur %3 attribuées</translation>
    </message>
    <message>
        <source>Shares no application with another reviewer</source>
        <translation>Ne partage aucune candidature avec un autre évaluateur</translation>
    </message>
    <message numerus="yes">
        <source>%1 lower than co-reviewers on average (%n shared applications)</source>
        <translation>
            <numerusform>%1 de moins que les co-évaluateurs en moyenne (%n candidature en commun)</numerusform>
            <numerusform>%1 de moins que les co-évaluateurs en moyenne (%n candidatures en commun)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 higher than co-reviewers on average (%n shared applications)</source>
        <translation>
            <numerusform>%1 de plus que les co-évaluateurs en moyenne (%n candidature en commun)</numerusform>
            <numerusform>%1 de plus que les co-évaluateurs en moyenne (%n candidatures en commun)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 harsher</source>
        <translation type="vanished">%1 plus sévère</translation>
    </message>
    <message>
        <source>%1 more lenient</source>
        <translation type="vanished">%1 plus indulgent</translation>
    </message>
    <message>
        <source>%1 even</source>
        <translation>%1 dans la moyenne</translation>
    </message>
    <message>
        <source>%1 harsh</source>
        <translation>%1 sévère</translation>
    </message>
    <message>
        <source>%1 lenient</source>
        <translation>%1 indulgent</translation>
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
    <name>cohort::ApplicationDetailPanel</name>
    <message>
        <source>Select an application to see it here.

Every field can be edited; each change is saved at once and can be undone.</source>
        <translation>Sélectionnez une candidature pour l’afficher ici.

Tous les champs sont modifiables&#xa0;; chaque modification est enregistrée immédiatement et peut être annulée.</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Make these one person: this application moves to the other person&apos;s record. Undo reverses it.</source>
        <translation>Ne faire qu’une seule personne&#xa0;: cette candidature passe dans la fiche de l’autre personne. Annuler revient en arrière.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change Status…</source>
        <translation>Changer le statut…</translation>
    </message>
    <message>
        <source>Move the application to its next status (received → eligible → under review → accepted, waitlisted or declined; withdrawn at any time)</source>
        <translation>Faire passer la candidature à son statut suivant (reçue → recevable → en cours d’évaluation → acceptée, sur liste d’attente ou refusée&#xa0;; retirée à tout moment)</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility:</source>
        <translation>Recevabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Separate several with semicolons</source>
        <translation>Séparez plusieurs valeurs par des points-virgules</translation>
    </message>
    <message>
        <source>A number, such as 4 or 2.5</source>
        <translation>Un nombre, par exemple 4 ou 2,5</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 · %2 · received by %3 on %4</source>
        <translation>%1 · %2 · reçue le %4 (%3)</translation>
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
        <translation>Même nom et même bibliothèque que&#xa0;:
%1
S’il s’agit de la même personne, fusionnez-les.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>No other applications from this person.</source>
        <translation>Aucune autre candidature de cette personne.</translation>
    </message>
    <message>
        <source>This program is open read-only.</source>
        <translation>Ce programme est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Move the application to its next status</source>
        <translation>Faire passer la candidature à son statut suivant</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <source>Your change to “%1” was not saved.

%2

The panel now shows what the program file holds.</source>
        <translation>Votre modification de «&#xa0;%1&#xa0;» n’a pas été enregistrée.

%2

Le panneau affiche maintenant le contenu du fichier de programme.</translation>
    </message>
    <message>
        <source>No further status</source>
        <translation>Aucun statut suivant</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Moving from %1 to %2 needs a reason. Type one, or cancel.</source>
        <translation>Passer du statut %1 au statut %2 nécessite un motif. Saisissez-en un, ou annulez.</translation>
    </message>
    <message>
        <source>The status was not changed.

%1

The panel now shows what the program file holds.</source>
        <translation>Le statut n’a pas été modifié.

%1

Le panneau affiche maintenant le contenu du fichier de programme.</translation>
    </message>
    <message>
        <source>Same person as %1 (%2, %3)</source>
        <translation>Même personne que %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>The two records were not merged.

%1</source>
        <translation>Les deux fiches n’ont pas été fusionnées.

%1</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationExporter</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The role is mentor or mentee.</source>
        <translation>Le rôle doit être «&#xa0;mentor&#xa0;» ou «&#xa0;mentee&#xa0;».</translation>
    </message>
    <message>
        <source>The cycle to export does not exist.</source>
        <translation>Le cycle à exporter n’existe pas.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status reason</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Eligibility reason</source>
        <translation>Motif d’irrecevabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Provenance</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationFields</name>
    <message>
        <source>Confidential: used only for matching, when the applicant asks for it. Never shown to other applicants or matches, never printed in letters, and left out of exports unless you ask.</source>
        <translation>Confidentiel&#xa0;: utilisé uniquement pour former les binômes, à la demande du candidat. Jamais montré aux autres candidats ni aux binômes, jamais imprimé dans les lettres, et exclu des exports sauf si vous le demandez.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Library or institution</source>
        <translation>Bibliothèque ou établissement</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Type de bibliothèque</translation>
    </message>
    <message>
        <source>Position or title</source>
        <translation>Poste ou fonction</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>ALSC member</source>
        <translation>Membre de l’ALSC</translation>
    </message>
    <message>
        <source>ALSC member ID</source>
        <translation>Numéro de membre de l’ALSC</translation>
    </message>
    <message>
        <source>ALA member</source>
        <translation>Membre de l’ALA</translation>
    </message>
    <message>
        <source>Will stay an ALSC member for the program year</source>
        <translation>Restera membre de l’ALSC pendant l’année du programme</translation>
    </message>
    <message>
        <source>At least 18 years old</source>
        <translation>A 18 ans ou plus</translation>
    </message>
    <message>
        <source>Has a parent&apos;s or guardian&apos;s permission</source>
        <translation>A l’autorisation d’un parent ou tuteur</translation>
    </message>
    <message>
        <source>Years in children&apos;s library service</source>
        <translation>Années dans les services de bibliothèque jeunesse</translation>
    </message>
    <message>
        <source>Areas of experience and interest</source>
        <translation>Domaines d’expérience et d’intérêt</translation>
    </message>
    <message>
        <source>Connection to children&apos;s library service</source>
        <translation>Lien avec les services de bibliothèque jeunesse</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Preferred contact methods</source>
        <translation>Moyens de contact préférés</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>BIPOC</source>
        <translation>BIPOC</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Use these answers for matching</source>
        <translation>Utiliser ces réponses pour former les binômes</translation>
    </message>
    <message>
        <source>“I would like a mentor who…”</source>
        <translation>«&#xa0;J’aimerais un mentor qui…&#xa0;»</translation>
    </message>
    <message>
        <source>People to avoid</source>
        <translation>Personnes à éviter</translation>
    </message>
    <message>
        <source>Why they are applying</source>
        <translation>Pourquoi cette candidature</translation>
    </message>
    <message>
        <source>What they can offer</source>
        <translation>Ce que la personne peut offrir</translation>
    </message>
    <message>
        <source>Mentees they can take</source>
        <translation>Nombre de mentorés possible</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Adhésion</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>%1 is required for mentors.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire pour les mentors.</translation>
    </message>
    <message>
        <source>%1 is required for mentees.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire pour les mentorés.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (it should look like name@example.org).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail (elle devrait ressembler à nom@example.org).</translation>
    </message>
    <message>
        <source>“%1” is not a number of years: type a number such as 4 or 2.5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre d’années&#xa0;: saisissez un nombre comme 4 ou 2,5.</translation>
    </message>
    <message>
        <source>Years must be between 0 and 80.</source>
        <translation>Le nombre d’années doit être compris entre 0 et 80.</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scolaire</translation>
    </message>
    <message>
        <source>Academic</source>
        <translation>Universitaire</translation>
    </message>
    <message>
        <source>Special</source>
        <translation>Spécialisée</translation>
    </message>
    <message>
        <source>Student / none</source>
        <translation>Étudiant / aucune</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Étudiant</translation>
    </message>
    <message>
        <source>Early career</source>
        <translation>Début de carrière</translation>
    </message>
    <message>
        <source>Returning to the profession</source>
        <translation>Retour à la profession</translation>
    </message>
    <message>
        <source>Refining skills</source>
        <translation>Perfectionnement des compétences</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Irrecevable</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifiée</translation>
    </message>
    <message>
        <source>online form</source>
        <translation>formulaire en ligne</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>papier</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationImporter</name>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L’importation a été annulée&#xa0;; rien n’a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors. Correct them, or choose to import only the valid rows.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n ligne contient des erreurs. Corrigez-la, ou choisissez de n’importer que les lignes valides.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n lignes contiennent des erreurs. Corrigez-les, ou choisissez de n’importer que les lignes valides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read:</source>
        <translation>
            <numerusform>%n ligne lue&#xa0;:</numerusform>
            <numerusform>%n lignes lues&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s) (nothing written yet):</source>
        <translation>
            <numerusform>%n ligne vérifiée (rien n’a encore été écrit)&#xa0;:</numerusform>
            <numerusform>%n lignes vérifiées (rien n’a encore été écrit)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported</source>
        <translation>
            <numerusform>%n candidature importée</numerusform>
            <numerusform>%n candidatures importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) to import</source>
        <translation>
            <numerusform>%n candidature à importer</numerusform>
            <numerusform>%n candidatures à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mise à jour</numerusform>
            <numerusform>%n mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n doublon ignoré</numerusform>
            <numerusform>%n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) skipped</source>
        <translation>
            <numerusform>%n ligne non valide ignorée</numerusform>
            <numerusform>%n lignes non valides ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked to people who applied before</source>
        <translation>
            <numerusform>%n rattachée à une personne ayant déjà candidaté</numerusform>
            <numerusform>%n rattachées à des personnes ayant déjà candidaté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s) flagged for review</source>
        <translation>
            <numerusform>%n doublon probable signalé pour vérification</numerusform>
            <numerusform>%n doublons probables signalés pour vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the valid rows were imported, as chosen.</source>
        <translation>Seules les lignes valides ont été importées, comme demandé.</translation>
    </message>
    <message>
        <source>the number of mentees must be a whole number from 0 to 20</source>
        <translation>le nombre de mentorés doit être un nombre entier de 0 à 20</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose whether the file holds mentor or mentee applications.</source>
        <translation>Indiquez si le fichier contient des candidatures de mentors ou de mentorés.</translation>
    </message>
    <message>
        <source>The cycle to import into does not exist.</source>
        <translation>Le cycle dans lequel importer n’existe pas.</translation>
    </message>
    <message>
        <source>No column is mapped to the email address; every application needs one.</source>
        <translation>Aucune colonne n’est associée à l’adresse e-mail&#xa0;; chaque candidature doit en avoir une.</translation>
    </message>
    <message>
        <source>No column is mapped to the applicant&apos;s name (first name or full name).</source>
        <translation>Aucune colonne n’est associée au nom du candidat (prénom ou nom complet).</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>candidature %1</translation>
    </message>
    <message>
        <source>the applicant&apos;s name is missing</source>
        <translation>le nom du candidat est manquant</translation>
    </message>
    <message>
        <source>the email address is missing</source>
        <translation>l’adresse e-mail est manquante</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); skipped</source>
        <translation>%1 a déjà candidaté pendant ce cycle (%2)&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>%1 already applied in this cycle (%2); updated</source>
        <translation>%1 a déjà candidaté pendant ce cycle (%2)&#xa0;; candidature mise à jour</translation>
    </message>
    <message>
        <source>%1 may be the same person as %2 (same name and library, another email)</source>
        <translation>%1 est peut-être la même personne que %2 (même nom et même bibliothèque, autre adresse e-mail)</translation>
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
    <message>
        <source>Reading an application</source>
        <translation>lecture d’une candidature</translation>
    </message>
    <message>
        <source>The application no longer exists; someone may have removed it.</source>
        <translation>La candidature n’existe plus&#xa0;; quelqu’un l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>Reading a person</source>
        <translation>lecture d’une personne</translation>
    </message>
    <message>
        <source>The person no longer exists; someone may have removed or merged them.</source>
        <translation>La personne n’existe plus&#xa0;; quelqu’un l’a peut-être supprimée ou fusionnée avec une autre.</translation>
    </message>
    <message>
        <source>Reading application %1</source>
        <translation>lecture de la candidature %1</translation>
    </message>
    <message>
        <source>Application %1 no longer exists; someone may have removed it.</source>
        <translation>La candidature %1 n’existe plus&#xa0;; quelqu’un l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>Application %1 was changed by %2 at %3 since you opened it; reopen it to see the changes.</source>
        <translation>La candidature %1 a été modifiée par %2 le %3 depuis que vous l’avez ouverte&#xa0;; rouvrez-la pour voir les modifications.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>lecture de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone may have removed or merged them.</source>
        <translation>La fiche de %1 n’existe plus&#xa0;; quelqu’un l’a peut-être supprimée ou fusionnée avec une autre.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it; reopen it to see the changes.</source>
        <translation>La fiche de %1 a été modifiée par %2 le %3 depuis que vous l’avez ouverte&#xa0;; rouvrez-la pour voir les modifications.</translation>
    </message>
    <message>
        <source>Removing an application</source>
        <translation>suppression d’une candidature</translation>
    </message>
    <message>
        <source>Reading application codes</source>
        <translation>lecture des codes de candidature</translation>
    </message>
    <message>
        <source>Looking up %1</source>
        <translation>recherche de %1</translation>
    </message>
    <message>
        <source>Reading the applications of a person</source>
        <translation>lecture des candidatures d’une personne</translation>
    </message>
    <message>
        <source>Looking for duplicate applications</source>
        <translation>recherche des candidatures en double</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Impossible de fusionner une personne avec elle-même.</translation>
    </message>
    <message>
        <source>Merging people</source>
        <translation>fusion de personnes</translation>
    </message>
    <message>
        <source>The person to merge no longer exists; someone may have merged them already.</source>
        <translation>La personne à fusionner n’existe plus&#xa0;; quelqu’un l’a peut-être déjà fusionnée.</translation>
    </message>
    <message>
        <source>Reading conflicts of interest</source>
        <translation>lecture des conflits d’intérêts</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>restauration de %1</translation>
    </message>
    <message>
        <source>An application of %1 was moved or removed by someone else since the merge; it cannot be undone.</source>
        <translation>Quelqu’un d’autre a déplacé ou supprimé une candidature de %1 depuis la fusion&#xa0;; celle-ci ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Restoring the conflicts of interest of %1</source>
        <translation>restauration des conflits d’intérêts de %1</translation>
    </message>
    <message>
        <source>Saving eligibility verdicts</source>
        <translation>enregistrement des verdicts de recevabilité</translation>
    </message>
    <message>
        <source>Saving the eligibility verdict of application %1</source>
        <translation>enregistrement du verdict de recevabilité de la candidature %1</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationTableModel</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Type de bibliothèque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
</context>
<context>
    <name>cohort::ApplicationTextPanel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Application text</source>
        <translation>Texte de la candidature</translation>
    </message>
    <message>
        <source>No application selected</source>
        <translation>Aucune candidature sélectionnée</translation>
    </message>
    <message>
        <source>Select a row of the grid to read the application here.</source>
        <translation>Sélectionnez une ligne de la grille pour lire ici la candidature.</translation>
    </message>
    <message>
        <source>Blind review: the applicant&apos;s name, email, library, position and city are hidden.</source>
        <translation>Évaluation anonyme&#xa0;: le nom, l’e-mail, la bibliothèque, le poste et la ville du candidat sont masqués.</translation>
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
    <name>cohort::ApplicationsPage</name>
    <message>
        <source>&amp;New Application…</source>
        <translation>&amp;Nouvelle candidature…</translation>
    </message>
    <message>
        <source>&amp;Applications to CSV…</source>
        <translation>&amp;Candidatures en CSV…</translation>
    </message>
    <message>
        <source>Import Applications…</source>
        <translation>Importer des candidatures…</translation>
    </message>
    <message>
        <source>New Application…</source>
        <translation>Nouvelle candidature…</translation>
    </message>
    <message>
        <source>Add an application that came by email or on paper</source>
        <translation>Ajouter une candidature reçue par e-mail ou sur papier</translation>
    </message>
    <message>
        <source>Write the applications table as shown (visible columns, filtered and sorted rows) to a CSV file</source>
        <translation>Écrire dans un fichier CSV le tableau des candidatures tel qu’il est affiché (colonnes visibles, lignes filtrées et triées)</translation>
    </message>
    <message>
        <source>Import applications from an online form&apos;s CSV export</source>
        <translation>Importer des candidatures depuis l’export CSV d’un formulaire en ligne</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
    <message>
        <source>Applications belong to a cycle (an intake round in spring or fall). Once the program has one, its applications are listed here.</source>
        <translation>Les candidatures appartiennent à un cycle (une session de recrutement au printemps ou à l’automne). Dès que le programme en a un, ses candidatures sont listées ici.</translation>
    </message>
    <message>
        <source>Loading applications…</source>
        <translation>Chargement des candidatures…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Show one role only</source>
        <translation>N’afficher qu’un rôle</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Show one status only</source>
        <translation>N’afficher qu’un statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Recevabilité</translation>
    </message>
    <message>
        <source>Show eligible, not eligible or not yet checked applications</source>
        <translation>Afficher les candidatures recevables, irrecevables ou pas encore vérifiées</translation>
    </message>
    <message>
        <source>Any eligibility</source>
        <translation>Recevabilité indifférente</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns of the table (also on the table header&apos;s context menu)</source>
        <translation>Choisir les colonnes du tableau (aussi depuis le menu contextuel de l’en-tête du tableau)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Eligibility:</source>
        <translation>Re&amp;cevabilité&#xa0;:</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>No applications in %1 yet</source>
        <translation>Aucune candidature dans %1 pour l’instant</translation>
    </message>
    <message>
        <source>Applications arrive from online forms as spreadsheet exports: import one, or add an application that came by email or on paper. Then browse, check eligibility and find duplicates here.</source>
        <translation>Les candidatures arrivent des formulaires en ligne sous forme d’exports de tableur&#xa0;: importez-en un, ou ajoutez une candidature reçue par e-mail ou sur papier. Vous pourrez ensuite les parcourir ici, vérifier leur recevabilité et repérer les doublons.</translation>
    </message>
    <message>
        <source>The applications could not be read: %1</source>
        <translation>Impossible de lire les candidatures&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln candidature</numerusform>
            <numerusform>%Ln candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln applications</source>
        <translation>
            <numerusform>%L1 sur %Ln candidature</numerusform>
            <numerusform>%L1 sur %Ln candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This program is open read-only.</source>
        <translation>Ce programme est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
    <message>
        <source>Show the default columns in their default order and widths</source>
        <translation>Afficher les colonnes par défaut, dans leur ordre et avec leur largeur par défaut</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>%1 (%2) already applied in %3 as a %4. Add another application anyway?</source>
        <translation>%1 (%2) a déjà candidaté dans %3 en tant que %4. Ajouter quand même une autre candidature&#xa0;?</translation>
    </message>
    <message>
        <source>The application was not added.

%1</source>
        <translation>La candidature n’a pas été ajoutée.

%1</translation>
    </message>
    <message>
        <source>Added to the existing record of %1 (%2).</source>
        <translation>Ajoutée à la fiche existante de %1 (%2).</translation>
    </message>
    <message>
        <source>%1 applications.csv</source>
        <translation>%1 candidatures.csv</translation>
    </message>
    <message>
        <source>Export Applications to CSV</source>
        <translation>Exporter les candidatures en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Applications</source>
        <translation>Exporter les candidatures</translation>
    </message>
    <message>
        <source>Some visible columns are confidential. Include them in the file? They are left out unless you say Yes.</source>
        <translation>Certaines colonnes visibles sont confidentielles. Les inclure dans le fichier&#xa0;? Elles sont omises si vous ne répondez pas Oui.</translation>
    </message>
    <message>
        <source>Cohort could not write “%1”.

%2</source>
        <translation>Cohort n’a pas pu écrire «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications to “%1”.</source>
        <translation>
            <numerusform>%Ln candidature exportée vers «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%Ln candidatures exportées vers «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Eligibility &amp;Rules…</source>
        <translation>&amp;Règles de recevabilité…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>Règles…</translation>
    </message>
    <message>
        <source>Eligibility Rules</source>
        <translation>Règles de recevabilité</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message numerus="yes">
        <source>No application of the %Ln in this cycle matches the filters.</source>
        <translation>
            <numerusform>Aucune candidature de ce cycle (%Ln au total) ne correspond aux filtres.</numerusform>
            <numerusform>Aucune candidature de ce cycle (%Ln au total) ne correspond aux filtres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No application of the %Ln in this cycle matches “%1” and the filters.</source>
        <translation>
            <numerusform>Aucune candidature de ce cycle (%Ln au total) ne correspond à «&#xa0;%1&#xa0;» et aux filtres.</numerusform>
            <numerusform>Aucune candidature de ce cycle (%Ln au total) ne correspond à «&#xa0;%1&#xa0;» et aux filtres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a program to set its eligibility rules</source>
        <translation>Ouvrez un programme pour définir ses règles de recevabilité</translation>
    </message>
    <message>
        <source>This program is open read-only, so its eligibility rules cannot be changed.</source>
        <translation>Ce programme est ouvert en lecture seule&#xa0;: ses règles de recevabilité ne peuvent donc pas être modifiées.</translation>
    </message>
    <message>
        <source>Eligibility rules belong to a cycle: create or choose a cycle first.</source>
        <translation>Les règles de recevabilité appartiennent à un cycle&#xa0;: créez ou choisissez d’abord un cycle.</translation>
    </message>
    <message>
        <source>Choose which rules make a mentor&apos;s or mentee&apos;s application in %1 eligible</source>
        <translation>Choisir quelles règles rendent recevable une candidature de mentor ou de mentoré dans %1</translation>
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
        <translation type="vanished">Les candidatures arrivent des formulaires en ligne sous forme d’exports de tableur. Vous pourrez ici les importer et les parcourir, vérifier leur recevabilité et repérer les doublons. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
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
        <translation type="vanished">Ici, le groupe de travail note chaque candidature selon la grille, et la présidence voit les notes du comité côte à côte pour décider qui est accepté, mis sur liste d’attente ou refusé. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
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
        <translation type="vanished">Associez chaque mentoré accepté à un mentor selon le type de bibliothèque, les centres d’intérêt, le fuseau horaire et la façon de rester en contact, puis publiez les binômes. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
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
        <translation type="vanished">Suivez les phases et les échéances du cycle, les fiches d’objectifs à rendre 30 jours après la formation du binôme, et les binômes qui ne donnent plus de nouvelles. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
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
        <translation type="vanished">Rédigez une seule fois les modèles et émettez pour tout le monde en une fois, en PDF, les lettres d’acceptation, de liste d’attente, de refus et de présentation des binômes. Cette rubrique arrivera dans une prochaine version de Cohort.</translation>
    </message>
    <message>
        <source>The working group scores each application against the rubric here, and the chair sees the committee&apos;s scores side by side to decide who is accepted, waitlisted or declined.</source>
        <translation>Ici, le groupe de travail note chaque candidature selon la grille d’évaluation, et la présidence voit les notes du comité côte à côte pour décider qui est accepté, mis sur liste d’attente ou refusé.</translation>
    </message>
    <message>
        <source>Pair each accepted mentee with a mentor by library type, interests, time zone and how they like to keep in touch, then publish the matches.</source>
        <translation>Associez chaque mentoré accepté à un mentor selon le type de bibliothèque, les centres d’intérêt, le fuseau horaire et la façon de rester en contact, puis publiez les binômes.</translation>
    </message>
    <message>
        <source>Follow the cycle&apos;s phases and deadlines, the goal sheets due 30 days after matching, and which matches have gone quiet.</source>
        <translation>Suivez les phases et les échéances du cycle, les fiches d’objectifs dues 30&#xa0;jours après la formation des binômes, et les binômes devenus silencieux.</translation>
    </message>
    <message>
        <source>Write letter templates once and issue acceptance, waitlist, decline and match introduction letters to everyone at once, as PDF.</source>
        <translation>Rédigez les modèles de lettre une seule fois et émettez pour tout le monde en une fois, en PDF, les lettres d’acceptation, de liste d’attente, de refus et de présentation des binômes.</translation>
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
    <name>cohort::AssignReviewersDialog</name>
    <message>
        <source>Assign Reviewers — %1</source>
        <translation>Attribuer des évaluateurs — %1</translation>
    </message>
    <message>
        <source>Gives each application that is eligible or under review k reviewers, balancing their loads within capacity and never choosing a reviewer with a confirmed conflict. Existing assignments are kept; the same seed gives the same proposal.</source>
        <translation>Attribue k évaluateurs à chaque candidature recevable ou en cours d’évaluation, en équilibrant leurs charges dans la limite de leur capacité et sans jamais choisir un évaluateur ayant un conflit confirmé. Les attributions existantes sont conservées&#xa0;; la même graine donne la même proposition.</translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation>Évaluateurs par candidature</translation>
    </message>
    <message>
        <source>How many reviewers read each application (the cycle&apos;s setting: %1)</source>
        <translation>Nombre d’évaluateurs qui lisent chaque candidature (paramètre du cycle&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>The seed is recorded with every assignment: the same seed and data give the same proposal</source>
        <translation>La graine est enregistrée avec chaque attribution&#xa0;: la même graine et les mêmes données donnent la même proposition</translation>
    </message>
    <message>
        <source>&amp;New Seed</source>
        <translation>&amp;Nouvelle graine</translation>
    </message>
    <message>
        <source>Draw another seed (another, equally balanced proposal)</source>
        <translation>Tirer une autre graine (une autre proposition, tout aussi équilibrée)</translation>
    </message>
    <message>
        <source>&amp;Reviewers per application:</source>
        <translation>É&amp;valuateurs par candidature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewers&apos; loads</source>
        <translation>Charges des évaluateurs</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Applications assigned in this cycle now (both roles)</source>
        <translation>Candidatures attribuées actuellement dans ce cycle (les deux rôles)</translation>
    </message>
    <message>
        <source>Applications assigned in this cycle after applying</source>
        <translation>Candidatures attribuées dans ce cycle après application</translation>
    </message>
    <message>
        <source>Applications short of reviewers</source>
        <translation>Candidatures auxquelles il manque des évaluateurs</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Store the proposed assignments (one undo step)</source>
        <translation>Enregistrer les attributions proposées (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Short of reviewers:</source>
        <translation>Il manque des évaluateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Working out a proposal…</source>
        <translation>Calcul d’une proposition…</translation>
    </message>
    <message numerus="yes">
        <source>%n existing assignments pair a reviewer with a confirmed conflict: they are kept; unassign them in the committee grid.</source>
        <translation>
            <numerusform>%n attribution existante concerne un évaluateur en conflit confirmé&#xa0;: elle est conservée&#xa0;; retirez-la dans la grille du comité.</numerusform>
            <numerusform>%n attributions existantes concernent un évaluateur en conflit confirmé&#xa0;: elles sont conservées&#xa0;; retirez-les dans la grille du comité.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactif)</translation>
    </message>
    <message>
        <source>At capacity</source>
        <translation>Capacité atteinte</translation>
    </message>
    <message numerus="yes">
        <source>None: every application gets %n reviewers.</source>
        <translation>
            <numerusform>Aucune&#xa0;: chaque candidature reçoit %n évaluateur.</numerusform>
            <numerusform>Aucune&#xa0;: chaque candidature reçoit %n évaluateurs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n reviews (seed %1).</source>
        <translation>
            <numerusform>%n évaluation attribuée (graine %1).</numerusform>
            <numerusform>%n évaluations attribuées (graine %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AutoAssign</name>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Chaque candidature doit avoir au moins un évaluateur.</translation>
    </message>
</context>
<context>
    <name>cohort::AutoAssignProposal</name>
    <message numerus="yes">
        <source>Proposed %n assignment(s)</source>
        <translation>
            <numerusform>%n attribution proposée</numerusform>
            <numerusform>%n attributions proposées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n application(s)</source>
        <translation>
            <numerusform>pour %n candidature</numerusform>
            <numerusform>pour %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3 per application, seed %4).</source>
        <translation>%1 %2 (%3 par candidature, graine %4).</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are short of reviewers.</source>
        <translation>
            <numerusform>Il manque des évaluateurs à %n candidature.</numerusform>
            <numerusform>Il manque des évaluateurs à %n candidatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing assignment(s) pair a reviewer with someone they have a conflict of interest with.</source>
        <translation>
            <numerusform>%n attribution existante associe un évaluateur à une personne avec qui il a un conflit d’intérêts.</numerusform>
            <numerusform>%n attributions existantes associent un évaluateur à une personne avec qui il a un conflit d’intérêts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::AutoMatch</name>
    <message numerus="yes">
        <source>%1 of %n mentee(s) matched, mean score %2</source>
        <translation>
            <numerusform>%1 sur %n mentoré apparié, score moyen %2</numerusform>
            <numerusform>%1 sur %n mentorés appariés, score moyen %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mentee(s) matched, mean score %2; %3 stay unmatched</source>
        <translation>
            <numerusform>%1 sur %n mentoré apparié, score moyen %2&#xa0;; sans binôme&#xa0;: %3</numerusform>
            <numerusform>%1 sur %n mentorés appariés, score moyen %2&#xa0;; sans binôme&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmatched: the cycle has no accepted mentors</source>
        <translation>Sans binôme&#xa0;: le cycle n’a aucun mentor accepté</translation>
    </message>
    <message>
        <source>Unmatched: every mentor with places left is ruled out (same library or a request not to be matched)</source>
        <translation>Sans binôme&#xa0;: tous les mentors ayant encore des places sont exclus (même bibliothèque ou demande de ne pas être apparié)</translation>
    </message>
    <message>
        <source>Unmatched: every mentor&apos;s places are taken by kept matches</source>
        <translation>Sans binôme&#xa0;: toutes les places des mentors sont prises par des binômes conservés</translation>
    </message>
    <message>
        <source>Unmatched: the best allowed mentor (%1) scores %2, below the minimum of %3</source>
        <translation>Sans binôme&#xa0;: le meilleur mentor autorisé (%1) obtient un score de %2, sous le minimum de %3</translation>
    </message>
    <message>
        <source>The minimum score must be between 0 and 1.</source>
        <translation>Le score minimum doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The compatibility model was built for other data.</source>
        <translation>Le modèle de compatibilité a été construit pour d’autres données.</translation>
    </message>
    <message>
        <source>Unmatched: their match has ended, and a mentee is matched once a cycle</source>
        <translation>Sans binôme&#xa0;: son binôme a pris fin, et un mentoré n’est apparié qu’une fois par cycle</translation>
    </message>
    <message>
        <source>Kept in a %1 match with a mentor whose application is not accepted</source>
        <translation type="vanished">Maintenu dans un binôme %1 avec un mentor dont la candidature n’est pas acceptée</translation>
    </message>
    <message>
        <source>published</source>
        <translation type="vanished">publié</translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="vanished">verrouillé</translation>
    </message>
    <message>
        <source>Kept in a published match with a mentor whose application is not accepted</source>
        <translation>Conservé dans un binôme publié avec un mentor dont la candidature n’est pas acceptée</translation>
    </message>
    <message>
        <source>Kept in a locked match with a mentor whose application is not accepted</source>
        <translation>Conservé dans un binôme verrouillé avec un mentor dont la candidature n’est pas acceptée</translation>
    </message>
</context>
<context>
    <name>cohort::AutoMatchDialog</name>
    <message>
        <source>Auto-Match</source>
        <translation>Appariement automatique</translation>
    </message>
    <message>
        <source>Cohort proposes the matches with the highest total compatibility within each mentor&apos;s capacity. Locked and published matches stay as they are; unlocked drafts may change. Nothing is written until you apply the proposal.</source>
        <translation>Cohort propose les binômes offrant la compatibilité totale la plus élevée, dans la limite de la capacité de chaque mentor. Les binômes verrouillés et publiés restent tels quels&#xa0;; les brouillons non verrouillés peuvent changer. Rien n’est écrit tant que vous n’appliquez pas la proposition.</translation>
    </message>
    <message>
        <source>&amp;Best scores: the highest total compatibility</source>
        <translation>&amp;Meilleurs scores&#xa0;: la compatibilité totale la plus élevée</translation>
    </message>
    <message>
        <source>Most &amp;people matched: as many mentees as possible, then the best scores</source>
        <translation>Le plus de &amp;personnes appariées&#xa0;: autant de mentorés que possible, puis les meilleurs scores</translation>
    </message>
    <message>
        <source>Pairs scoring below this stay unmatched</source>
        <translation>Les paires dont le score est inférieur à ce seuil restent sans binôme</translation>
    </message>
    <message>
        <source>Aim:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Score mi&amp;nimum&#xa0;:</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>P&amp;roposer</translation>
    </message>
    <message>
        <source>&amp;Apply Proposal</source>
        <translation>&amp;Appliquer la proposition</translation>
    </message>
    <message>
        <source>Press Propose to see the matches for these choices.</source>
        <translation>Cliquez sur Proposer pour voir les binômes correspondant à ces choix.</translation>
    </message>
    <message>
        <source>Proposed (%1)</source>
        <translation>Proposés (%1)</translation>
    </message>
    <message>
        <source>Kept: locked or published (%1)</source>
        <translation>Conservés&#xa0;: verrouillés ou publiés (%1)</translation>
    </message>
    <message>
        <source>Stay unmatched (%1)</source>
        <translation>Restent sans binôme (%1)</translation>
    </message>
    <message>
        <source>Working out the best matches…</source>
        <translation>Calcul des meilleurs binômes…</translation>
    </message>
    <message>
        <source>Cancelled: press Propose to try again.</source>
        <translation>Annulé&#xa0;: appuyez sur Proposer pour réessayer.</translation>
    </message>
</context>
<context>
    <name>cohort::Cadence</name>
    <message>
        <source>no contact yet</source>
        <translation>aucun contact pour l’instant</translation>
    </message>
    <message>
        <source>last contact today</source>
        <translation>dernier contact aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>last contact %n day(s) ago</source>
        <translation>
            <numerusform>dernier contact il y a %n jour</numerusform>
            <numerusform>dernier contact il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published yet</source>
        <translation>Pas encore publié</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Commence le %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message numerus="yes">
        <source>No contact for %n day(s) (since %1)</source>
        <translation>
            <numerusform>Aucun contact depuis %n jour (dernier contact le %1)</numerusform>
            <numerusform>Aucun contact depuis %n jours (dernier contact le %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact in the %n day(s) since the match started (%1)</source>
        <translation>
            <numerusform>Aucun contact pendant le %n jour écoulé depuis le début du binôme (%1)</numerusform>
            <numerusform>Aucun contact pendant les %n jours écoulés depuis le début du binôme (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in %1, %2 expected</source>
        <translation>
            <numerusform>%n contact en %1, minimum attendu&#xa0;: %2</numerusform>
            <numerusform>%n contacts en %1, minimum attendu&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far in %1, %2 expected by now</source>
        <translation>
            <numerusform>%n contact jusqu’ici en %1, minimum attendu à ce stade&#xa0;: %2</numerusform>
            <numerusform>%n contacts jusqu’ici en %1, minimum attendu à ce stade&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) so far in %1; %2</source>
        <translation>
            <numerusform>%n contact jusqu’ici en %1&#xa0;; %2</numerusform>
            <numerusform>%n contacts jusqu’ici en %1&#xa0;; %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Below cadence</source>
        <translation>Sous la cadence</translation>
    </message>
    <message>
        <source>Quiet</source>
        <translation>Silencieux</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Pas encore due</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À rendre</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Rendue</translation>
    </message>
</context>
<context>
    <name>cohort::Calibration</name>
    <message>
        <source>The numbers of applications and reviewers cannot be negative.</source>
        <translation>Les nombres de candidatures et d’évaluateurs ne peuvent pas être négatifs.</translation>
    </message>
    <message>
        <source>A reviewer&apos;s own scale needs at least 2 scores.</source>
        <translation>L’échelle propre à un évaluateur nécessite au moins 2 notes.</translation>
    </message>
    <message>
        <source>The settings of the reviewer-offset model are not valid.</source>
        <translation>Les paramètres du modèle de décalage par évaluateur ne sont pas valides.</translation>
    </message>
    <message>
        <source>Raw mean</source>
        <translation>Moyenne brute</translation>
    </message>
    <message>
        <source>Z-score (per reviewer)</source>
        <translation>Score z (par évaluateur)</translation>
    </message>
    <message>
        <source>Reviewer-offset model</source>
        <translation>Modèle de décalage par évaluateur</translation>
    </message>
</context>
<context>
    <name>cohort::ChangeAssignmentsCommand</name>
    <message>
        <source>Someone else changed this meanwhile; reload to see the changes.</source>
        <translation>Quelqu’un d’autre a modifié cet élément entre-temps&#xa0;; rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>a reviewer</source>
        <translation>un évaluateur</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n Application(s)</source>
        <translation>
            <numerusform>Attribuer %n candidature</numerusform>
            <numerusform>Attribuer %n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unassign %n Application(s)</source>
        <translation>
            <numerusform>Retirer l’attribution de %n candidature</numerusform>
            <numerusform>Retirer l’attribution de %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Assignments</source>
        <translation>Modifier les attributions</translation>
    </message>
    <message>
        <source>No assignment to change.</source>
        <translation>Aucune attribution à modifier.</translation>
    </message>
    <message>
        <source>%1 has scored %2; unassigning would remove those scores.</source>
        <translation>%1 a déjà noté %2&#xa0;; retirer l’attribution supprimerait ces notes.</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>la candidature</translation>
    </message>
    <message>
        <source>An application to assign is not in this cycle; someone else may have removed it.</source>
        <translation>Une candidature à attribuer n’est pas dans ce cycle&#xa0;; quelqu’un d’autre l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>A reviewer to assign no longer exists; someone else may have removed them.</source>
        <translation>Un évaluateur à attribuer n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Application %1 belongs to another cycle.</source>
        <translation>La candidature %1 appartient à un autre cycle.</translation>
    </message>
    <message>
        <source>%1 is already assigned to %2.</source>
        <translation>%1 est déjà attribué à %2.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with the applicant of %2.</source>
        <translation>%1 a un conflit d’intérêts avec le candidat de %2.</translation>
    </message>
    <message>
        <source>%1 has entered scores for an application of this step since; clear them first.</source>
        <translation>%1 a saisi depuis des notes pour une candidature de cette modification&#xa0;; effacez-les d’abord.</translation>
    </message>
</context>
<context>
    <name>cohort::ChangeStatusCommand</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Passer %1 au statut %2</translation>
    </message>
    <message>
        <source>Application %1 is already %2.</source>
        <translation>La candidature %1 a déjà le statut %2.</translation>
    </message>
    <message>
        <source>Application %1 cannot go from %2 to %3.</source>
        <translation>La candidature %1 ne peut pas passer du statut %2 au statut %3.</translation>
    </message>
    <message>
        <source>Moving application %1 from %2 back or aside to %3 is a manual override and needs a reason.</source>
        <translation>Faire passer la candidature %1 du statut %2 au statut %3 (retour en arrière ou changement de voie) est une intervention manuelle qui nécessite un motif.</translation>
    </message>
    <message>
        <source>Setting application %1 to %2 needs a reason.</source>
        <translation>Faire passer la candidature %1 au statut %2 nécessite un motif.</translation>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

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
    <message>
        <source>The program has no cycle “%1” (it has no cycles yet).</source>
        <translation>Le programme n’a pas de cycle «&#xa0;%1&#xa0;» (il n’a encore aucun cycle).</translation>
    </message>
    <message>
        <source>The program has no cycle “%1”; it has %2.</source>
        <translation>Le programme n’a pas de cycle «&#xa0;%1&#xa0;»&#xa0;; ses cycles sont&#xa0;: %2.</translation>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json] [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both] [--valid-only] [--dry-run] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json] [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both] [--valid-only] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Import applications from a CSV export of an online form (Google Forms, Microsoft Forms, SurveyMonkey, JotForm, EmailMeForm) into one cycle. All rows land or none do.</source>
        <translation>Importe dans un cycle les candidatures de l’export CSV d’un formulaire en ligne (Google Forms, Microsoft Forms, SurveyMonkey, JotForm, EmailMeForm). Toutes les lignes sont importées, ou aucune.</translation>
    </message>
    <message>
        <source>The cycle, by name or id.</source>
        <translation>Le cycle, par son nom ou son identifiant.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>mentor or mentee.</source>
        <translation>mentor ou mentee.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>A mapping saved in the program, or a JSON file ({&quot;fields&quot;: {header: field}}). Without it the columns are mapped from their headers.</source>
        <translation>Une correspondance enregistrée dans le programme, ou un fichier JSON ({&quot;fields&quot;: {header: field}}). Sans elle, les colonnes sont associées d’après leurs en-têtes.</translation>
    </message>
    <message>
        <source>NAME|FILE</source>
        <translation>NAME|FILE</translation>
    </message>
    <message>
        <source>utf-8, utf-8-bom, utf-16le, utf-16be or windows-1252 (detected by default).</source>
        <translation>utf-8, utf-8-bom, utf-16le, utf-16be ou windows-1252 (détection automatique par défaut).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>comma, semicolon or tab (detected by default).</source>
        <translation>comma, semicolon ou tab (détection automatique par défaut).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>What to do with a row whose email already applied in the cycle: skip (default), update or keep-both.</source>
        <translation>Que faire d’une ligne dont l’adresse e-mail a déjà une candidature dans le cycle&#xa0;: skip (par défaut), update ou keep-both.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Import the valid rows and skip the others (recorded in the report).</source>
        <translation>Importe les lignes valides et ignore les autres (consignées dans le rapport).</translation>
    </message>
    <message>
        <source>Check every row; write nothing.</source>
        <translation>Vérifie chaque ligne&#xa0;; n’écrit rien.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Affiche le rapport en JSON.</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Le fichier CSV à importer.</translation>
    </message>
    <message>
        <source>import needs a CSV file.</source>
        <translation>import a besoin d’un fichier CSV.</translation>
    </message>
    <message>
        <source>import takes one CSV file.</source>
        <translation>import n’accepte qu’un fichier CSV.</translation>
    </message>
    <message>
        <source>import needs --%1.</source>
        <translation>import a besoin de --%1.</translation>
    </message>
    <message>
        <source>--role is mentor or mentee.</source>
        <translation>--role accepte mentor ou mentee.</translation>
    </message>
    <message>
        <source>unknown encoding “%1”.</source>
        <translation>encodage inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--delimiter is comma, semicolon or tab.</source>
        <translation>--delimiter accepte comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>--duplicates is skip, update or keep-both.</source>
        <translation>--duplicates accepte skip, update ou keep-both.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>The program is open read-only.</source>
        <translation>Le programme est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Cannot read “%1”.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a JSON mapping: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une correspondance JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3), %4</source>
        <translation>%1 → %2 (%3), %4</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1, “%2”</source>
        <translation>ligne %1, «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; the import would be refused.</source>
        <translation>
            <numerusform>%n ligne contient des erreurs&#xa0;; l’importation serait refusée.</numerusform>
            <numerusform>%n lignes contiennent des erreurs&#xa0;; l’importation serait refusée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli export FILE --cycle C [--role mentor|mentee] [--out CSV] [--include-confidential]</source>
        <translation>Usage&#xa0;: cohort-cli export FILE --cycle C [--role mentor|mentee] [--out CSV] [--include-confidential]</translation>
    </message>
    <message>
        <source>Export a cycle&apos;s applications to CSV (UTF-8 with BOM; cells a spreadsheet would run as formulas are neutralized). Confidential fields are left out unless asked for.</source>
        <translation>Exporte en CSV les candidatures d’un cycle (UTF-8 avec BOM&#xa0;; les cellules qu’un tableur exécuterait comme des formules sont neutralisées). Les champs confidentiels sont exclus sauf demande contraire.</translation>
    </message>
    <message>
        <source>Only mentor or only mentee applications.</source>
        <translation>Uniquement les candidatures de mentors, ou uniquement celles de mentorés.</translation>
    </message>
    <message>
        <source>The CSV file to write (default: stdout).</source>
        <translation>Le fichier CSV à écrire (par défaut&#xa0;: stdout).</translation>
    </message>
    <message>
        <source>Include confidential fields (demographics, preferences).</source>
        <translation>Inclut les champs confidentiels (données démographiques, préférences).</translation>
    </message>
    <message>
        <source>export needs a FILE.</source>
        <translation>export a besoin d’un FILE.</translation>
    </message>
    <message>
        <source>export takes one FILE.</source>
        <translation>export n’accepte qu’un FILE.</translation>
    </message>
    <message>
        <source>export needs --cycle.</source>
        <translation>export a besoin de --cycle.</translation>
    </message>
    <message>
        <source>--out needs a file name.</source>
        <translation>--out attend un nom de fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n application(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n candidature de %1 écrite dans %2.</numerusform>
            <numerusform>%n candidatures de %1 écrites dans %2.</numerusform>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Attribue K évaluateurs à chaque candidature, dans la limite des capacités et sans conflit
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Classe les candidatures&#xa0;: notes calibrées, accord, échelles des évaluateurs

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign|stats FILE --cycle C [options]  (see cohort-cli review assign --help)</source>
        <translation type="vanished">Usage&#xa0;: cohort-cli review assign|stats FILE --cycle C [options]  (voir cohort-cli review assign --help)</translation>
    </message>
    <message>
        <source>review needs a subcommand: assign or stats.</source>
        <translation type="vanished">review a besoin d’une sous-commande&#xa0;: assign ou stats.</translation>
    </message>
    <message>
        <source>unknown review subcommand “%1”.</source>
        <translation>sous-commande review inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign FILE --cycle C [--role mentor|mentee] [--per-application K] [--seed S] [--dry-run] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli review assign FILE --cycle C [--role mentor|mentee] [--per-application K] [--seed S] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Assign reviewers to the cycle&apos;s applications in review: K per application (the cycle&apos;s setting, 2 by default), within each reviewer&apos;s capacity, never a reviewer with a confirmed conflict, keeping the assignments already made. The same seed gives the same assignment. Applications left short are listed with the reason.</source>
        <translation>Attribue des évaluateurs aux candidatures du cycle en cours d’évaluation&#xa0;: K par candidature (le paramètre du cycle, 2 par défaut), dans la limite de la capacité de chaque évaluateur, jamais un évaluateur ayant un conflit confirmé, en conservant les attributions déjà faites. La même graine donne la même attribution. Les candidatures auxquelles il manque des évaluateurs sont listées avec la raison.</translation>
    </message>
    <message>
        <source>Reviewers per application.</source>
        <translation>Évaluateurs par candidature.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The seed (recorded with each assignment).</source>
        <translation>La graine (enregistrée avec chaque attribution).</translation>
    </message>
    <message>
        <source>Show the proposal; write nothing.</source>
        <translation>Affiche la proposition&#xa0;; n’écrit rien.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Affiche le résultat en JSON.</translation>
    </message>
    <message>
        <source>review assign needs a FILE.</source>
        <translation>review assign a besoin d’un FILE.</translation>
    </message>
    <message>
        <source>review assign takes one FILE.</source>
        <translation>review assign n’accepte qu’un FILE.</translation>
    </message>
    <message>
        <source>review assign needs --cycle.</source>
        <translation>review assign a besoin de --cycle.</translation>
    </message>
    <message>
        <source>--per-application needs a whole number from 1 to 20.</source>
        <translation>--per-application attend un nombre entier de 1 à 20.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed attend un nombre entier supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The program is open read-only, so reviewers cannot be assigned.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible d’attribuer des évaluateurs.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Simulation&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review stats FILE --cycle C [--role mentor|mentee] [--method raw|z|offset] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli review stats FILE --cycle C [--role mentor|mentee] [--method raw|z|offset] [--json]</translation>
    </message>
    <message>
        <source>Rank a cycle&apos;s applications from the reviewers&apos; complete scores: raw means, per-reviewer z-scores and the reviewer-offset model side by side, agreement between reviewers (Krippendorff&apos;s alpha), each reviewer&apos;s scale, and the applications reviewers disagree on most. Applications appear by code.</source>
        <translation>Classe les candidatures d’un cycle d’après les notes complètes des évaluateurs&#xa0;: moyennes brutes, scores z par évaluateur et modèle de décalage par évaluateur côte à côte, accord entre évaluateurs (alpha de Krippendorff), échelle de chaque évaluateur et candidatures sur lesquelles les évaluateurs sont le plus en désaccord. Les candidatures apparaissent par leur code.</translation>
    </message>
    <message>
        <source>mentor or mentee (default: mentee).</source>
        <translation>mentor ou mentee (par défaut&#xa0;: mentee).</translation>
    </message>
    <message>
        <source>The ranking: raw, z or offset (default: offset).</source>
        <translation>Le classement&#xa0;: raw, z ou offset (par défaut&#xa0;: offset).</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Print the statistics as JSON.</source>
        <translation>Affiche les statistiques en JSON.</translation>
    </message>
    <message>
        <source>review stats needs a FILE.</source>
        <translation>review stats a besoin d’un FILE.</translation>
    </message>
    <message>
        <source>review stats takes one FILE.</source>
        <translation>review stats n’accepte qu’un FILE.</translation>
    </message>
    <message>
        <source>review stats needs --cycle.</source>
        <translation>review stats a besoin de --cycle.</translation>
    </message>
    <message>
        <source>--method is raw, z or offset.</source>
        <translation>--method accepte raw, z ou offset.</translation>
    </message>
    <message>
        <source>%1, %2 applications: %3 ranked by %4.</source>
        <translation>%1, candidatures de %2&#xa0;: %3 classées selon %4.</translation>
    </message>
    <message>
        <source>Scored: %1 of %2 cells; %3 of %4 assignments complete, %5 submitted.</source>
        <translation>Notées&#xa0;: %1 cellules sur %2&#xa0;; %3 attributions terminées sur %4, %5 soumises.</translation>
    </message>
    <message>
        <source>Agreement on the totals: %1</source>
        <translation>Accord sur les totaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>rank  change  code        reviews    raw  calibrated  spread  decision</source>
        <translation>rang   évol.  code        nb éval  brute    calibrée   écart  décision</translation>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Attribue K évaluateurs à chaque candidature, dans la limite des capacités et sans conflit
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Classe les candidatures&#xa0;: notes calibrées, accord, échelles des évaluateurs
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporte en CSV les notes du cycle, une ligne par cellule notée

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign|stats|scores export FILE --cycle C [options]  (see cohort-cli review assign --help)</source>
        <translation type="vanished">Usage&#xa0;: cohort-cli review assign|stats|scores export FILE --cycle C [options]  (voir cohort-cli review assign --help)</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review scores export FILE --cycle C [--role mentor|mentee] [--out CSV]</source>
        <translation>Usage&#xa0;: cohort-cli review scores export FILE --cycle C [--role mentor|mentee] [--out CSV]</translation>
    </message>
    <message>
        <source>Export a cycle&apos;s scores to CSV, one row per scored cell: reviewer, application (by code), role, criterion, value (a number, or N/A) and the reviewer&apos;s comment on the application. UTF-8 with BOM; cells a spreadsheet would run as formulas are neutralized.</source>
        <translation>Exporte en CSV les notes d’un cycle, une ligne par cellule notée&#xa0;: évaluateur, candidature (par code), rôle, critère, valeur (un nombre, ou N/A) et le commentaire de l’évaluateur sur la candidature. UTF-8 avec BOM&#xa0;; les cellules qu’un tableur exécuterait comme des formules sont neutralisées.</translation>
    </message>
    <message>
        <source>review scores export needs a FILE.</source>
        <translation>review scores export attend un FILE.</translation>
    </message>
    <message>
        <source>review scores export takes one FILE.</source>
        <translation>review scores export n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>review scores export needs --cycle.</source>
        <translation>review scores export attend --cycle.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n score(s) of %1 to %2.</source>
        <translation>
            <numerusform>%n note de %1 écrite dans %2.</numerusform>
            <numerusform>%n notes de %1 écrites dans %2.</numerusform>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Attribue K évaluateurs à chaque candidature, dans la limite des capacités et sans conflit
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Classe les candidatures&#xa0;: notes calibrées, accord, échelles des évaluateurs
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporte en CSV les notes du cycle, une ligne par cellule notée
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Saisit des notes depuis un CSV (les colonnes de l’export), toutes ou aucune
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Enregistre des décisions d’acceptation, de liste d’attente ou de refus depuis un CSV, toutes ou aucune
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Écrit un paquet d’évaluation hors ligne par évaluateur
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Vérifie les paquets d’évaluation et les fusionne dans le programme, cellule par cellule

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
       cohort-cli review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
        cohort-cli review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]</translation>
    </message>
    <message>
        <source>review packet needs export or merge.</source>
        <translation>review packet attend export ou merge.</translation>
    </message>
    <message>
        <source>unknown review packet subcommand “%1”.</source>
        <translation>sous-commande review packet inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Write one review packet per reviewer (or per --reviewer, by name, email or id) into DIR: the reviewer&apos;s assigned applications without a conflict (blinded when the cycle is blind), the rubric and the reviewer&apos;s own scores, signed with the program&apos;s secret. Reviewers score offline in Cohort; review packet merge brings the scores back.</source>
        <translation>Écrit dans DIR un paquet d’évaluation par évaluateur (ou par --reviewer, désigné par son nom, son e-mail ou son identifiant)&#xa0;: les candidatures attribuées à l’évaluateur sans conflit (anonymisées quand l’évaluation du cycle est anonyme), la grille d’évaluation et les propres notes de l’évaluateur, le tout signé avec le secret du programme. Les évaluateurs notent hors ligne dans Cohort&#xa0;; review packet merge rapatrie les notes.</translation>
    </message>
    <message>
        <source>A reviewer (repeat for several).</source>
        <translation>Un évaluateur (répétez l’option pour en indiquer plusieurs).</translation>
    </message>
    <message>
        <source>The folder to write the packets into.</source>
        <translation>Le dossier dans lequel écrire les paquets.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>review packet export needs one program FILE.</source>
        <translation>review packet export attend un seul FILE de programme.</translation>
    </message>
    <message>
        <source>review packet export needs --cycle.</source>
        <translation>review packet export attend --cycle.</translation>
    </message>
    <message>
        <source>review packet export needs --out with a folder.</source>
        <translation>review packet export attend --out avec un dossier.</translation>
    </message>
    <message>
        <source>The program is open read-only, so packets cannot be exported (the export is recorded).</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible d’exporter des paquets (l’exportation est consignée dans le programme).</translation>
    </message>
    <message>
        <source>No reviewer is called “%1” (give a name, an email or an id).</source>
        <translation>Aucun évaluateur ne s’appelle «&#xa0;%1&#xa0;» (indiquez un nom, un e-mail ou un identifiant).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be made.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n packet(s) of %1 to %2:</source>
        <translation>
            <numerusform>%n paquet de %1 écrit dans %2&#xa0;:</numerusform>
            <numerusform>%n paquets de %1 écrits dans %2&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 applications, %3 of %4 cells scored (%5)</source>
        <translation>  %1&#xa0;: %2 candidatures, %3 cellules notées sur %4 (%5)</translation>
    </message>
    <message>
        <source>Merge review packets back into the program. Each packet is checked first (its schema, its integrity, its signature, the program, cycle and rubric); a packet that fails is refused with the reason and changes nothing. Then each cell is merged three ways: changed only in the packet, it is applied; changed in the program too, to another value, it is a conflict, settled by --on-conflict (fail, the default, merges nothing of that packet). Each packet is one transaction and one audit entry.</source>
        <translation>Fusionne les paquets d’évaluation dans le programme. Chaque paquet est d’abord vérifié (son schéma, son intégrité, sa signature, le programme, le cycle et la grille d’évaluation)&#xa0;; un paquet qui échoue est refusé avec la raison et ne modifie rien. Ensuite, chaque cellule est fusionnée à trois voies&#xa0;: modifiée seulement dans le paquet, elle est appliquée&#xa0;; modifiée aussi dans le programme, avec une autre valeur, c’est un conflit, réglé par --on-conflict (fail, la valeur par défaut, ne fusionne rien de ce paquet). Chaque paquet est une transaction et une entrée du journal d’audit.</translation>
    </message>
    <message>
        <source>keep-program, take-packet, or fail (the default).</source>
        <translation>keep-program, take-packet ou fail (par défaut).</translation>
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
        <translation>Les fichiers de paquet.</translation>
    </message>
    <message>
        <source>PACKETS...</source>
        <translation>PACKETS...</translation>
    </message>
    <message>
        <source>review packet merge needs a program FILE and at least one packet.</source>
        <translation>review packet merge attend un FILE de programme et au moins un paquet.</translation>
    </message>
    <message>
        <source>--on-conflict is keep-program, take-packet or fail.</source>
        <translation>--on-conflict accepte keep-program, take-packet ou fail.</translation>
    </message>
    <message>
        <source>The program is open read-only, so packets cannot be merged.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible de fusionner des paquets.</translation>
    </message>
    <message>
        <source>%1: refused: %2</source>
        <translation>%1&#xa0;: refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>  conflict: %1, %2: packet %3, program %4 (changed by %5)</source>
        <translation>  conflit&#xa0;: %1, %2&#xa0;: paquet %3, programme %4 (modifié par %5)</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>  Not merged: settle the conflicts with --on-conflict keep-program or take-packet, or merge it in the window.</source>
        <translation>  Non fusionné&#xa0;: réglez les conflits avec --on-conflict keep-program ou take-packet, ou fusionnez-le dans la fenêtre.</translation>
    </message>
    <message>
        <source>  Not merged: %1</source>
        <translation>  Non fusionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>  Merged: %1 scores, %2 comments written; %3 assignments submitted.</source>
        <translation>  Fusionné&#xa0;: %1 notes et %2 commentaires écrits&#xa0;; %3 attributions soumises.</translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) not merged.</source>
        <translation>
            <numerusform>%n paquet non fusionné.</numerusform>
            <numerusform>%n paquets non fusionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli review assign|stats|scores export|scores import|decide|packet export|packet merge FILE … (see cohort-cli review assign --help)</source>
        <translation>Usage&#xa0;: cohort-cli review assign|stats|scores export|scores import|decide|packet export|packet merge FILE … (voir cohort-cli review assign --help)</translation>
    </message>
    <message>
        <source>review needs a subcommand: assign, stats, scores export, scores import, decide or packet.</source>
        <translation>review a besoin d’une sous-commande&#xa0;: assign, stats, scores export, scores import, decide ou packet.</translation>
    </message>
    <message>
        <source>The decisions CSV file to read.</source>
        <translation>Le fichier CSV des décisions à lire.</translation>
    </message>
    <message>
        <source>Check the file; write nothing.</source>
        <translation>Vérifie le fichier&#xa0;; n’écrit rien.</translation>
    </message>
    <message>
        <source>The scores CSV file to read.</source>
        <translation>Le fichier CSV des notes à lire.</translation>
    </message>
    <message>
        <source>%1 needs a program FILE and a CSV file.</source>
        <translation>%1 attend un FILE de programme et un fichier CSV.</translation>
    </message>
    <message>
        <source>%1 needs one program FILE.</source>
        <translation>%1 attend un seul FILE de programme.</translation>
    </message>
    <message>
        <source>%1 needs --cycle.</source>
        <translation>%1 attend --cycle.</translation>
    </message>
    <message>
        <source>%1 needs --import with a CSV file.</source>
        <translation>%1 attend --import avec un fichier CSV.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Enter scores kept in a spreadsheet: one row per cell with the columns reviewer (or reviewer_email), application (the code), criterion, value (a number, N/A, or empty to leave the cell) and an optional comment — the columns review scores export writes. The whole file is checked first; any problem refuses it with the line and column, and nothing is written. The import is one undo step in the app&apos;s history of this session.</source>
        <translation>Saisit des notes tenues dans un tableur&#xa0;: une ligne par cellule avec les colonnes reviewer (ou reviewer_email), application (le code), criterion, value (un nombre, N/A, ou vide pour laisser la cellule telle quelle) et un commentaire facultatif (comment) — les colonnes qu’écrit review scores export. Le fichier entier est d’abord vérifié&#xa0;; tout problème le fait refuser avec la ligne et la colonne, et rien n’est écrit. L’importation est une seule étape d’annulation dans l’historique de cette session de l’application.</translation>
    </message>
    <message>
        <source>The program is open read-only, so scores cannot be entered.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible de saisir des notes.</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importer des notes</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2: %n row(s) read</source>
        <translation>
            <numerusform>%1 → %2&#xa0;: %n ligne lue</numerusform>
            <numerusform>%1 → %2&#xa0;: %n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Would change %1; %2 already so, %3 left blank.</source>
        <translation>Modifications prévues&#xa0;: %1&#xa0;; %2 déjà à jour, %3 laissées vides.</translation>
    </message>
    <message>
        <source>Changed %1; %2 already so, %3 left blank.</source>
        <translation>Modifications effectuées&#xa0;: %1&#xa0;; %2 déjà à jour, %3 laissées vides.</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more problem(s).</source>
        <translation>
            <numerusform>  … et %n autre problème.</numerusform>
            <numerusform>  … et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no score was entered.</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; aucune note n’a été saisie.</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; aucune note n’a été saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>Record decisions kept in a spreadsheet: the columns application (the code), decision (accepted, waitlisted or declined; empty leaves the application as it is) and rationale. A decision that departs from the calibrated order needs a rationale. Decisions set the applications&apos; status. The whole file is checked first; any problem refuses it with the line, and nothing is written.</source>
        <translation>Enregistre des décisions tenues dans un tableur&#xa0;: les colonnes application (le code), decision (accepted, waitlisted ou declined&#xa0;; vide, elle laisse la candidature telle quelle) et rationale. Une décision qui s’écarte de l’ordre calibré exige une justification. Les décisions fixent le statut des candidatures. Le fichier entier est d’abord vérifié&#xa0;; tout problème le fait refuser avec la ligne, et rien n’est écrit.</translation>
    </message>
    <message>
        <source>The program is open read-only, so decisions cannot be recorded.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible d’enregistrer des décisions.</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Importer des décisions</translation>
    </message>
    <message numerus="yes">
        <source>Would record %n decision(s); %1 already so, %2 left blank.</source>
        <translation>
            <numerusform>%n décision à enregistrer&#xa0;; %1 déjà en place, %2 laissées vides.</numerusform>
            <numerusform>%n décisions à enregistrer&#xa0;; %1 déjà en place, %2 laissées vides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s); %1 already so, %2 left blank.</source>
        <translation>
            <numerusform>%n décision enregistrée&#xa0;; %1 déjà en place, %2 laissées vides.</numerusform>
            <numerusform>%n décisions enregistrées&#xa0;; %1 déjà en place, %2 laissées vides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no decision was recorded.</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; aucune décision n’a été enregistrée.</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; aucune décision n’a été enregistrée.</numerusform>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Attribue K évaluateurs à chaque candidature, dans la limite des capacités et sans conflit
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Classe les candidatures&#xa0;: notes calibrées, accord, échelles des évaluateurs
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporte en CSV les notes du cycle, une ligne par cellule notée
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Saisit des notes depuis un CSV (les colonnes de l’export), toutes ou aucune
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Enregistre des décisions d’acceptation, de liste d’attente ou de refus depuis un CSV, toutes ou aucune
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Écrit un paquet d’évaluation hors ligne par évaluateur
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Vérifie les paquets d’évaluation et les fusionne dans le programme, cellule par cellule
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propose des binômes mentor–mentoré (les écrit comme brouillons avec --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explique le binôme d’un mentoré et liste les meilleurs mentors disponibles
  match export FILE --cycle C [--out CSV]
                       Exporte en CSV les binômes du cycle (sur stdout sans --out)

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>    Not allowed: %1</source>
        <translation>    Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match auto|explain|export FILE --cycle C … (see cohort-cli match auto --help)</source>
        <translation>Usage&#xa0;: cohort-cli match auto|explain|export FILE --cycle C … (voir cohort-cli match auto --help)</translation>
    </message>
    <message>
        <source>match needs a subcommand: auto, explain or export.</source>
        <translation>match a besoin d’une sous-commande&#xa0;: auto, explain ou export.</translation>
    </message>
    <message>
        <source>unknown match subcommand “%1”.</source>
        <translation>sous-commande match inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]</translation>
    </message>
    <message>
        <source>Propose matches for a cycle&apos;s accepted mentees: the best assignment to the accepted mentors&apos; places by the compatibility model, never a pair on the same library or named on an avoid list. Locked drafts and published matches are kept; unlocked drafts may be reassigned. Nothing is written without --apply; with it the unlocked drafts are replaced by the proposal (drafts of source auto), in one transaction.</source>
        <translation>Propose des binômes pour les mentorés acceptés d’un cycle&#xa0;: la meilleure répartition sur les places des mentors acceptés selon le modèle de compatibilité, jamais une paire de la même bibliothèque ou désignée dans une liste de personnes à éviter. Les brouillons verrouillés et les binômes publiés sont conservés&#xa0;; les brouillons non verrouillés peuvent être réattribués. Rien n’est écrit sans --apply&#xa0;; avec cette option, les brouillons non verrouillés sont remplacés par la proposition (brouillons de provenance auto), en une seule transaction.</translation>
    </message>
    <message>
        <source>Leave pairs scoring below S (0 to 1) unmatched (default: the cycle&apos;s setting).</source>
        <translation>Laisse sans binôme les paires dont le score est inférieur à S (de 0 à 1) (par défaut&#xa0;: le paramètre du cycle).</translation>
    </message>
    <message>
        <source>scores: the best total score (default); participation: as many mentees matched as possible first.</source>
        <translation>scores&#xa0;: le meilleur score total (par défaut)&#xa0;; participation&#xa0;: d’abord autant de mentorés appariés que possible.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Write the proposal as draft matches.</source>
        <translation>Écrit la proposition sous forme de binômes en brouillon.</translation>
    </message>
    <message>
        <source>Print the proposal as JSON.</source>
        <translation>Affiche la proposition en JSON.</translation>
    </message>
    <message>
        <source>match auto needs a FILE.</source>
        <translation>match auto attend un FILE.</translation>
    </message>
    <message>
        <source>match auto takes one FILE.</source>
        <translation>match auto n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>match auto needs --cycle.</source>
        <translation>match auto attend --cycle.</translation>
    </message>
    <message>
        <source>--min-score needs a number from 0 to 1.</source>
        <translation>--min-score attend un nombre de 0 à 1.</translation>
    </message>
    <message>
        <source>--mode is scores or participation.</source>
        <translation>--mode accepte scores ou participation.</translation>
    </message>
    <message>
        <source>The program is open read-only, so matches cannot be written.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible d’écrire des binômes.</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n unlocked draft(s) replaced by %2 proposed</source>
        <translation>
            <numerusform>%1&#xa0;; %n brouillon non verrouillé remplacé par la proposition (%2)</numerusform>
            <numerusform>%1&#xa0;; %n brouillons non verrouillés remplacés par la proposition (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept, locked or published (%n; mentor, mentee, score):</source>
        <translation>
            <numerusform>Conservé, verrouillé ou publié (%n&#xa0;; mentor, mentoré, score)&#xa0;:</numerusform>
            <numerusform>Conservés, verrouillés ou publiés (%n&#xa0;; mentor, mentoré, score)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed as new drafts (%n; mentor, mentee, score):</source>
        <translation>
            <numerusform>Proposé comme nouveau brouillon (%n&#xa0;; mentor, mentoré, score)&#xa0;:</numerusform>
            <numerusform>Proposés comme nouveaux brouillons (%n&#xa0;; mentor, mentoré, score)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmatched (%n):</source>
        <translation>
            <numerusform>Sans binôme (%n)&#xa0;:</numerusform>
            <numerusform>Sans binôme (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n unlocked draft(s) removed, %1 draft(s) added.</source>
        <translation>
            <numerusform>Appliqué&#xa0;: %n brouillon non verrouillé supprimé&#xa0;; brouillons ajoutés&#xa0;: %1.</numerusform>
            <numerusform>Appliqué&#xa0;: %n brouillons non verrouillés supprimés&#xa0;; brouillons ajoutés&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written (use --apply to write the proposal).</source>
        <translation>Simulation&#xa0;: rien n’a été écrit (utilisez --apply pour écrire la proposition).</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match explain FILE --cycle C --mentee ID [--json]</source>
        <translation>Usage&#xa0;: cohort-cli match explain FILE --cycle C --mentee ID [--json]</translation>
    </message>
    <message>
        <source>Explain a mentee&apos;s current match factor by factor, and list the five best mentors who are allowed and have room, with their scores and strongest factors. For the chair: confidential answers used in matching are shown.</source>
        <translation>Explique facteur par facteur le binôme actuel d’un mentoré et liste les cinq meilleurs mentors autorisés qui ont de la place, avec leurs scores et leurs facteurs les plus forts. Réservé à la présidence&#xa0;: les réponses confidentielles utilisées pour l’appariement sont affichées.</translation>
    </message>
    <message>
        <source>The mentee, by code or application id.</source>
        <translation>Le mentoré, par son code ou l’identifiant de sa candidature.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the explanation as JSON.</source>
        <translation>Affiche l’explication en JSON.</translation>
    </message>
    <message>
        <source>match explain needs a FILE.</source>
        <translation>match explain attend un FILE.</translation>
    </message>
    <message>
        <source>match explain takes one FILE.</source>
        <translation>match explain n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>match explain needs --cycle.</source>
        <translation>match explain attend --cycle.</translation>
    </message>
    <message>
        <source>match explain needs --mentee.</source>
        <translation>match explain attend --mentee.</translation>
    </message>
    <message>
        <source>%1 has no accepted mentee “%2”.</source>
        <translation>%1 n’a pas de mentoré accepté «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The mentor&apos;s application is not accepted.</source>
        <translation>La candidature du mentor n’est pas acceptée.</translation>
    </message>
    <message>
        <source>%1 (mentee, %2)</source>
        <translation>%1 (mentoré, %2)</translation>
    </message>
    <message>
        <source>Not matched.</source>
        <translation>Sans binôme.</translation>
    </message>
    <message>
        <source>%1, locked, %2</source>
        <translation>%1, verrouillé, %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Matched (%1) to a mentor whose application is not accepted.</source>
        <translation>Apparié (%1) à un mentor dont la candidature n’est pas acceptée.</translation>
    </message>
    <message>
        <source>Matched with %1 (%2): score %3</source>
        <translation>Apparié avec %1 (%2)&#xa0;: score %3</translation>
    </message>
    <message>
        <source>No other mentor is allowed and has room.</source>
        <translation>Aucun autre mentor autorisé n’a de place disponible.</translation>
    </message>
    <message>
        <source>Best available mentors:</source>
        <translation>Meilleurs mentors disponibles&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: cohort-cli match export FILE --cycle C [--out CSV]</source>
        <translation>Usage&#xa0;: cohort-cli match export FILE --cycle C [--out CSV]</translation>
    </message>
    <message>
        <source>Export a cycle&apos;s matches to CSV, one row per match: the mentor&apos;s and mentee&apos;s codes and names, status, source, locked, score and publication date. No confidential fields. UTF-8 with BOM; cells a spreadsheet would run as formulas are neutralized.</source>
        <translation>Exporte en CSV les binômes d’un cycle, une ligne par binôme&#xa0;: codes et noms du mentor et du mentoré, statut, provenance, verrouillage, score et date de publication. Aucun champ confidentiel. UTF-8 avec BOM&#xa0;; les cellules qu’un tableur exécuterait comme des formules sont neutralisées.</translation>
    </message>
    <message>
        <source>match export needs a FILE.</source>
        <translation>match export attend un FILE.</translation>
    </message>
    <message>
        <source>match export takes one FILE.</source>
        <translation>match export n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>match export needs --cycle.</source>
        <translation>match export attend --cycle.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Non</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n match(es) of %1 to %2.</source>
        <translation>
            <numerusform>%n binôme de %1 écrit dans %2.</numerusform>
            <numerusform>%n binômes de %1 écrits dans %2.</numerusform>
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
        <translation type="vanished">Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Attribue K évaluateurs à chaque candidature, dans la limite des capacités et sans conflit
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Classe les candidatures&#xa0;: notes calibrées, accord, échelles des évaluateurs
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporte en CSV les notes du cycle, une ligne par cellule notée
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Saisit des notes depuis un CSV (les colonnes de l’export), toutes ou aucune
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Enregistre des décisions d’acceptation, de liste d’attente ou de refus depuis un CSV, toutes ou aucune
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Écrit un paquet d’évaluation hors ligne par évaluateur
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Vérifie les paquets d’évaluation et les fusionne dans le programme, cellule par cellule
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propose des binômes mentor–mentoré (les écrit comme brouillons avec --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explique le binôme d’un mentoré et liste les meilleurs mentors disponibles
  match export FILE --cycle C [--out CSV]
                       Exporte en CSV les binômes du cycle (sur stdout sans --out)
  timeline FILE --cycle C [--as-of DATE] [--json]
                       Affiche les phases du cycle, la phase en cours et les échéances des 30 prochains jours
  engagement FILE --cycle C [--as-of DATE] [--json [--months]]
                       Affiche comment chaque binôme publié reste en contact&#xa0;: à jour, sous la cadence, silencieux
  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]
                       Enregistre des contacts depuis un CSV, tous ou aucun&#xa0;; les lignes déjà enregistrées sont ignorées

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>past</source>
        <translation>passée</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>current</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>The day to look from, as YYYY-MM-DD (default: today).</source>
        <translation>Le jour de référence, au format AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>With --json: each match&apos;s months (contacts, expected, met, partial).</source>
        <translation>Avec --json&#xa0;: les mois de chaque binôme (contacts, expected, met, partial).</translation>
    </message>
    <message>
        <source>%1 needs a FILE.</source>
        <translation>%1 attend un FILE.</translation>
    </message>
    <message>
        <source>%1 takes one FILE.</source>
        <translation>%1 n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>--as-of needs a date written YYYY-MM-DD.</source>
        <translation>--as-of attend une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--months goes with --json.</source>
        <translation>--months s’utilise avec --json.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli timeline FILE --cycle C [--as-of DATE] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli timeline FILE --cycle C [--as-of DATE] [--json]</translation>
    </message>
    <message>
        <source>Show a cycle&apos;s phases (name, kind, start, end, deadline), the phase it is in and the deadlines and orientation sessions of the next 30 days.</source>
        <translation>Affiche les phases d’un cycle (nom, type, début, fin, échéance), la phase en cours ainsi que les échéances et les sessions d’orientation des 30 prochains jours.</translation>
    </message>
    <message>
        <source>Virtual orientation</source>
        <translation>Orientation virtuelle</translation>
    </message>
    <message>
        <source>%1 (%2 to %3), as of %4</source>
        <translation>%1 (du %2 au %3), à la date du %4</translation>
    </message>
    <message>
        <source>The cycle has no phases.</source>
        <translation>Le cycle n’a aucune phase.</translation>
    </message>
    <message>
        <source>Phases (start, end, deadline):</source>
        <translation>Phases (début, fin, échéance)&#xa0;:</translation>
    </message>
    <message>
        <source>Current phase: none</source>
        <translation>Phase en cours&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Current phase: %1</source>
        <translation>Phase en cours&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No deadline in the next %n day(s).</source>
        <translation>
            <numerusform>Aucune échéance d’ici %n jour.</numerusform>
            <numerusform>Aucune échéance dans les %n prochains jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Upcoming in the next %n day(s):</source>
        <translation>
            <numerusform>D’ici %n jour&#xa0;:</numerusform>
            <numerusform>Dans les %n prochains jours&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n day(s))</source>
        <translation>
            <numerusform>(dans %n jour)</numerusform>
            <numerusform>(dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: cohort-cli engagement FILE --cycle C [--as-of DATE] [--json [--months]]</source>
        <translation>Usage&#xa0;: cohort-cli engagement FILE --cycle C [--as-of DATE] [--json [--months]]</translation>
    </message>
    <message>
        <source>Show how each published match of a cycle keeps in contact: on track, below cadence (fewer contacts than the cycle&apos;s contacts a month), quiet (no contact for more than the cycle&apos;s quiet days), ended or not started, with the reason in words, the last contact and the goal sheet; then the counts.</source>
        <translation>Affiche comment chaque binôme publié d’un cycle reste en contact&#xa0;: à jour, sous la cadence (moins de contacts que le nombre de contacts par mois du cycle), silencieux (aucun contact depuis plus longtemps que le nombre de jours de silence du cycle), terminé ou pas commencé, avec la raison en toutes lettres, le dernier contact et la fiche d’objectifs&#xa0;; puis les totaux.</translation>
    </message>
    <message numerus="yes">
        <source>%1, as of %2: %n published or ended match(es)</source>
        <translation>
            <numerusform>%1, à la date du %2&#xa0;: %n binôme publié ou terminé</numerusform>
            <numerusform>%1, à la date du %2&#xa0;: %n binômes publiés ou terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected: %n contact(s) a month; quiet after %1 day(s) without contact.</source>
        <translation>
            <numerusform>Attendu&#xa0;: %n contact par mois&#xa0;; silencieux après %1 jour(s) sans contact.</numerusform>
            <numerusform>Attendu&#xa0;: %n contacts par mois&#xa0;; silencieux après %1 jour(s) sans contact.</numerusform>
        </translation>
    </message>
    <message>
        <source>goal sheet: %1</source>
        <translation>fiche d’objectifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>On track %1, below cadence %2, quiet %3, ended %4, not started %5; goal sheets overdue %6.</source>
        <translation>À jour %1, sous la cadence %2, silencieux %3, terminés %4, pas commencés %5&#xa0;; fiches d’objectifs en retard %6.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>contacts needs a subcommand: import.</source>
        <translation>contacts a besoin d’une sous-commande&#xa0;: import.</translation>
    </message>
    <message>
        <source>unknown contacts subcommand “%1”.</source>
        <translation>sous-commande contacts inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Log contacts kept in a spreadsheet: one row per contact with the columns mentee (the mentee&apos;s code) or match (the match id), mentor (optional, checked), date (2017-10-13 or 10/13/2017), method (email, phone, video, chat, in person), initiated_by (mentor, mentee or liaison) and note (optional). A row identical to a logged contact is already there and is not added again, so importing a file twice changes nothing. The whole file is checked first; any problem refuses it with the line and column, and nothing is written.</source>
        <translation>Enregistre des contacts tenus dans un tableur&#xa0;: une ligne par contact avec les colonnes mentee (le code du mentoré) ou match (l’identifiant du binôme), mentor (facultatif, vérifié), date (2017-10-13 ou 10/13/2017), method (email, phone, video, chat, in person), initiated_by (mentor, mentee ou liaison) et note (facultative). Une ligne identique à un contact déjà enregistré n’est pas ajoutée une seconde fois&#xa0;: importer deux fois le même fichier ne change donc rien. Le fichier entier est d’abord vérifié&#xa0;; tout problème le fait refuser avec la ligne et la colonne, et rien n’est écrit.</translation>
    </message>
    <message>
        <source>Look the mentees up in this cycle only (by name or id).</source>
        <translation>Ne cherche les mentorés que dans ce cycle (indiqué par son nom ou son identifiant).</translation>
    </message>
    <message>
        <source>The contacts CSV file to read.</source>
        <translation>Le fichier CSV des contacts à lire.</translation>
    </message>
    <message>
        <source>contacts import needs a program FILE and a CSV file.</source>
        <translation>contacts import attend un FILE de programme et un fichier CSV.</translation>
    </message>
    <message>
        <source>--cycle needs a cycle name or id.</source>
        <translation>--cycle attend le nom ou l’identifiant d’un cycle.</translation>
    </message>
    <message>
        <source>The program is open read-only, so contacts cannot be logged.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible d’enregistrer des contacts.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne lue</numerusform>
            <numerusform>%1&#xa0;: %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would add %n contact(s); %1 already there.</source>
        <translation>
            <numerusform>%n contact à ajouter&#xa0;; déjà présents&#xa0;: %1.</numerusform>
            <numerusform>%n contacts à ajouter&#xa0;; déjà présents&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s); %1 already there.</source>
        <translation>
            <numerusform>%n contact ajouté&#xa0;; déjà présents&#xa0;: %1.</numerusform>
            <numerusform>%n contacts ajoutés&#xa0;; déjà présents&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; no contact was imported.</source>
        <translation>
            <numerusform>%n problème dans %1&#xa0;; aucun contact n’a été importé.</numerusform>
            <numerusform>%n problèmes dans %1&#xa0;; aucun contact n’a été importé.</numerusform>
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
        <translation>Usage&#xa0;: cohort-cli &lt;commande&gt; [options]

Travaillez sur un fichier de programme de mentorat sans fenêtre.

Commandes&#xa0;:
  demo --out FILE [--applicants N] [--seed S] [--force]
                       Écrit un fichier de programme de démonstration réaliste (déterministe pour une graine donnée)
  info FILE [--json]   Affiche le programme, ses cycles et leur contenu
  check FILE [--json]  Vérifie un fichier de programme&#xa0;: intégrité, version du schéma, clés étrangères
  import CSV --program FILE --cycle C --role mentor|mentee [--mapping NAME|FILE.json]
         [--encoding E] [--delimiter D] [--duplicates skip|update|keep-both]
         [--valid-only] [--dry-run] [--json]
                       Importe les candidatures de l’export CSV d’un formulaire en ligne, toutes ou aucune
  export FILE --cycle C [--role R] [--out CSV] [--include-confidential]
                       Exporte en CSV les candidatures d’un cycle (sur stdout sans --out)
  review assign FILE --cycle C [--role R] [--per-application K] [--seed S] [--dry-run] [--json]
                       Attribue K évaluateurs à chaque candidature, dans la limite des capacités et sans conflit
  review stats FILE --cycle C [--role R] [--method raw|z|offset] [--json]
                       Classe les candidatures&#xa0;: notes calibrées, accord, échelles des évaluateurs
  review scores export FILE --cycle C [--role R] [--out CSV]
                       Exporte en CSV les notes du cycle, une ligne par cellule notée
  review scores import FILE SCORES.csv --cycle C [--dry-run] [--json]
                       Saisit des notes depuis un CSV (les colonnes de l’export), toutes ou aucune
  review decide FILE --cycle C --import DECISIONS.csv [--dry-run] [--json]
                       Enregistre des décisions d’acceptation, de liste d’attente ou de refus depuis un CSV, toutes ou aucune
  review packet export FILE --cycle C [--reviewer R]... --out DIR [--json]
                       Écrit un paquet d’évaluation hors ligne par évaluateur
  review packet merge FILE PACKETS... [--on-conflict keep-program|take-packet|fail] [--json]
                       Vérifie les paquets d’évaluation et les fusionne dans le programme, cellule par cellule
  match auto FILE --cycle C [--min-score S] [--mode scores|participation] [--apply] [--json]
                       Propose des binômes mentor–mentoré (les écrit comme brouillons avec --apply)
  match explain FILE --cycle C --mentee ID [--json]
                       Explique le binôme d’un mentoré et liste les meilleurs mentors disponibles
  match export FILE --cycle C [--out CSV]
                       Exporte en CSV les binômes du cycle (sur stdout sans --out)
  timeline FILE --cycle C [--as-of DATE] [--json]
                       Affiche les phases du cycle, la phase en cours et les échéances des 30 prochains jours
  engagement FILE --cycle C [--as-of DATE] [--json [--months]]
                       Affiche comment chaque binôme publié reste en contact&#xa0;: à jour, sous la cadence, silencieux
  contacts import FILE CONTACTS.csv [--cycle C] [--dry-run] [--json]
                       Enregistre des contacts depuis un CSV, tous ou aucun&#xa0;; les lignes déjà enregistrées sont ignorées
  letters issue|check FILE --cycle C --kind KIND [--out DIR] [--combined] [--force] [--json]
                       Écrit en PDF les lettres d’un type pour un cycle et les consigne (check&#xa0;: vérification seule)

Options&#xa0;:
  -h, --help           Affiche cette aide (ou celle d’une commande&#xa0;: cohort-cli demo --help)
  -v, --version        Affiche la version

Codes de sortie&#xa0;: 0 réussite, 1 échec (raison sur stderr), 2 erreur d’utilisation.
</translation>
    </message>
    <message>
        <source>Usage: cohort-cli letters issue|check FILE --cycle C --kind KIND … (see cohort-cli letters issue --help)</source>
        <translation>Usage&#xa0;: cohort-cli letters issue|check FILE --cycle C --kind KIND … (voir cohort-cli letters issue --help)</translation>
    </message>
    <message>
        <source>letters needs a subcommand: issue or check.</source>
        <translation>letters a besoin d’une sous-commande&#xa0;: issue ou check.</translation>
    </message>
    <message>
        <source>unknown letters subcommand “%1”.</source>
        <translation>sous-commande letters inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: cohort-cli letters issue FILE --cycle C --kind KIND [--role R] [--status S] [--lang L] --out DIR [--combined] [--force] [--json]</source>
        <translation>Usage&#xa0;: cohort-cli letters issue FILE --cycle C --kind KIND [--role R] [--status S] [--lang L] --out DIR [--combined] [--force] [--json]</translation>
    </message>
    <message>
        <source>Write a cycle&apos;s letters of one kind as PDFs and record what each person was sent. Every letter is checked first: with any problem nothing is written. Letters already issued with the same text are skipped unless --force.</source>
        <translation>Écrit en PDF les lettres d’un type pour un cycle et consigne ce qui a été envoyé à chaque personne. Toutes les lettres sont d’abord vérifiées&#xa0;: au moindre problème, rien n’est écrit. Les lettres déjà émises avec le même texte sont ignorées, sauf avec --force.</translation>
    </message>
    <message>
        <source>The letter kind: %1.</source>
        <translation>Le type de lettre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>Only mentors or mentees.</source>
        <translation>Uniquement les mentors ou les mentorés.</translation>
    </message>
    <message>
        <source>Only applications of this status.</source>
        <translation>Uniquement les candidatures ayant ce statut.</translation>
    </message>
    <message>
        <source>The letters&apos; language (default en).</source>
        <translation>La langue des lettres (en par défaut).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>The folder to write the PDFs to.</source>
        <translation>Le dossier dans lequel écrire les PDF.</translation>
    </message>
    <message>
        <source>One PDF with every letter.</source>
        <translation>Un seul PDF contenant toutes les lettres.</translation>
    </message>
    <message>
        <source>Issue again letters issued already.</source>
        <translation>Émet de nouveau les lettres déjà émises.</translation>
    </message>
    <message>
        <source>letters issue needs a FILE.</source>
        <translation>letters issue attend un FILE.</translation>
    </message>
    <message>
        <source>letters issue takes one FILE.</source>
        <translation>letters issue n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>letters issue needs --cycle.</source>
        <translation>letters issue a besoin de --cycle.</translation>
    </message>
    <message>
        <source>letters issue needs --kind.</source>
        <translation>letters issue a besoin de --kind.</translation>
    </message>
    <message>
        <source>--kind is one of %1.</source>
        <translation>--kind prend l’une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>letters issue needs --out.</source>
        <translation>letters issue a besoin de --out.</translation>
    </message>
    <message>
        <source>The program is open read-only, so letters cannot be recorded.</source>
        <translation>Le programme est ouvert en lecture seule&#xa0;: impossible de consigner des lettres.</translation>
    </message>
    <message>
        <source>%1 letters for %2: %3 recipients, %4 issued, %5 already current.</source>
        <translation>Lettres «&#xa0;%1&#xa0;» pour %2&#xa0;: %3 destinataires, %4 émises, %5 déjà à jour.</translation>
    </message>
    <message>
        <source>Usage: cohort-cli letters check FILE --cycle C --kind KIND [--role R] [--status S] [--lang L]</source>
        <translation>Usage&#xa0;: cohort-cli letters check FILE --cycle C --kind KIND [--role R] [--status S] [--lang L]</translation>
    </message>
    <message>
        <source>Check a cycle&apos;s letters of one kind without writing anything: unknown placeholders in the template and values missing for a recipient. Exit 1 when there is any problem.</source>
        <translation>Vérifie les lettres d’un type pour un cycle sans rien écrire&#xa0;: champs inconnus dans le modèle et valeurs manquantes pour un destinataire. Code de sortie 1 en cas de problème.</translation>
    </message>
    <message>
        <source>The letter kind.</source>
        <translation>Le type de lettre.</translation>
    </message>
    <message>
        <source>letters check needs a FILE.</source>
        <translation>letters check attend un FILE.</translation>
    </message>
    <message>
        <source>letters check takes one FILE.</source>
        <translation>letters check n’accepte qu’un seul FILE.</translation>
    </message>
    <message>
        <source>letters check needs --cycle.</source>
        <translation>letters check a besoin de --cycle.</translation>
    </message>
    <message>
        <source>letters check needs --kind.</source>
        <translation>letters check a besoin de --kind.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé dans les lettres.</numerusform>
            <numerusform>%n problèmes trouvés dans les lettres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 letters for %2 are ready to issue.</source>
        <translation>Les lettres «&#xa0;%1&#xa0;» pour %2 sont prêtes à être émises.</translation>
    </message>
</context>
<context>
    <name>cohort::CommitteeGridModel</name>
    <message>
        <source>Raw mean</source>
        <translation>Moyenne brute</translation>
    </message>
    <message>
        <source>Z-scores</source>
        <translation>Scores z</translation>
    </message>
    <message>
        <source>Reviewer offset</source>
        <translation>Décalage par évaluateur</translation>
    </message>
    <message>
        <source>↑%1 up</source>
        <translation>↑%1 en hausse</translation>
    </message>
    <message>
        <source>↓%1 down</source>
        <translation>↓%1 en baisse</translation>
    </message>
    <message>
        <source>same</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>rang %1</translation>
    </message>
    <message>
        <source>unranked</source>
        <translation>non classée</translation>
    </message>
    <message>
        <source>In under %1 (%2)</source>
        <translation>Dans l’objectif avec %1 (%2)</translation>
    </message>
    <message>
        <source>Out under %1 (%2)</source>
        <translation>Hors de l’objectif avec %1 (%2)</translation>
    </message>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1&#xa0;: pas encore notée</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non notée</translation>
    </message>
    <message>
        <source>%1: %2 so far (%3 of %4 criteria); not counted until complete</source>
        <translation>%1&#xa0;: %2 pour l’instant (%3 critères sur %4)&#xa0;; non comptée tant qu’elle n’est pas terminée</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assigned reviews are complete</source>
        <translation>
            <numerusform>%1 sur %n évaluation attribuée est terminée</numerusform>
            <numerusform>%1 sur %n évaluations attribuées sont terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>No complete review yet</source>
        <translation>Aucune évaluation terminée pour l’instant</translation>
    </message>
    <message>
        <source>Group %1 of %2: offset scores compare only within one group of applications that share reviewers</source>
        <translation>Groupe %1 sur %2&#xa0;: les notes corrigées du décalage ne sont comparables qu’au sein d’un même groupe de candidatures partageant des évaluateurs</translation>
    </message>
    <message>
        <source>Highest − lowest complete total: %1</source>
        <translation>Total terminé le plus haut − le plus bas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not ranked: no complete review yet</source>
        <translation>Non classée&#xa0;: aucune évaluation terminée pour l’instant</translation>
    </message>
    <message>
        <source>Rank %1 of %2 under %3</source>
        <translation>Rang %1 sur %2 avec %3</translation>
    </message>
    <message>
        <source>Same rank under raw mean and %1 (%2)</source>
        <translation>Même rang avec la moyenne brute et avec %1 (%2)</translation>
    </message>
    <message>
        <source>%1 under %2 than under raw mean: rank %3 → %4</source>
        <translation>%1 avec %2 qu’avec la moyenne brute&#xa0;: rang %3 → %4</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Plus haut</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Plus bas</translation>
    </message>
    <message numerus="yes">
        <source>Within or outside the target (%n places) under every method alike</source>
        <translation>
            <numerusform>Dans ou hors de l’objectif (%n place) avec toutes les méthodes</numerusform>
            <numerusform>Dans ou hors de l’objectif (%n places) avec toutes les méthodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Non décidée</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Review %1</source>
        <translation>Évaluation %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Calibrated</source>
        <translation>Calibrée</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Raw → calibrated</source>
        <translation>Brute → calibrée</translation>
    </message>
    <message>
        <source>Other methods</source>
        <translation>Autres méthodes</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Blind review is on: applications appear under their code</source>
        <translation>L’évaluation anonyme est activée&#xa0;: les candidatures apparaissent sous leur code</translation>
    </message>
    <message>
        <source>Code and applicant</source>
        <translation>Code et candidat</translation>
    </message>
    <message>
        <source>%1&apos;s weighted total (… while incomplete)</source>
        <translation>Total pondéré de %1 (… tant qu’il est incomplet)</translation>
    </message>
    <message>
        <source>The total of the application&apos;s review number %1 (the reviewer is in the cell&apos;s tooltip)</source>
        <translation>Le total de l’évaluation n° %1 de la candidature (l’évaluateur figure dans l’info-bulle de la cellule)</translation>
    </message>
    <message>
        <source>Complete reviews of the assigned ones; only complete reviews count</source>
        <translation>Évaluations terminées parmi celles attribuées&#xa0;; seules les évaluations terminées comptent</translation>
    </message>
    <message>
        <source>The plain mean of the complete reviews&apos; totals</source>
        <translation>La moyenne simple des totaux des évaluations terminées</translation>
    </message>
    <message>
        <source>The score under %1 (choose the method above the grid)</source>
        <translation>La note avec %1 (choisissez la méthode au-dessus de la grille)</translation>
    </message>
    <message>
        <source>Highest − lowest complete total: large when the reviewers disagree</source>
        <translation>Total terminé le plus haut − le plus bas&#xa0;: élevé quand les évaluateurs sont en désaccord</translation>
    </message>
    <message>
        <source>Rank under %1 (1 = best)</source>
        <translation>Rang avec %1 (1 = le meilleur)</translation>
    </message>
    <message>
        <source>How many places calibration moves the application from its raw-mean rank</source>
        <translation>De combien de rangs la calibration déplace la candidature par rapport à son rang selon la moyenne brute</translation>
    </message>
    <message>
        <source>Where being within the target would differ under another method</source>
        <translation>Où l’appartenance à l’objectif changerait avec une autre méthode</translation>
    </message>
    <message>
        <source>The committee&apos;s decision; it sets the application&apos;s status</source>
        <translation>La décision du comité&#xa0;; elle fixe le statut de la candidature</translation>
    </message>
</context>
<context>
    <name>cohort::CommitteeView</name>
    <message>
        <source>Calibration method</source>
        <translation>Méthode de calibration</translation>
    </message>
    <message>
        <source>How reviewers&apos; totals become one score: the plain mean, each reviewer&apos;s scores standardized (z-scores), or the reviewer-offset model (score = quality + the reviewer&apos;s bias)</source>
        <translation>Comment les totaux des évaluateurs deviennent une seule note&#xa0;: la moyenne simple, les notes de chaque évaluateur standardisées (scores z) ou le modèle de décalage par évaluateur (note = qualité + biais de l’évaluateur)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>Committee grid</source>
        <translation>Grille du comité</translation>
    </message>
    <message>
        <source>A&amp;greement</source>
        <translation>Acc&amp;ord</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 fill the %Ln places with the same applications.</source>
        <translation>
            <numerusform>%1 et %2 attribuent %Ln place à la même candidature.</numerusform>
            <numerusform>%1 et %2 attribuent les %Ln places aux mêmes candidatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 differ on %3 of the %Ln places.</source>
        <translation>
            <numerusform>%1 et %2 diffèrent sur %3 place sur %Ln.</numerusform>
            <numerusform>%1 et %2 diffèrent sur %3 des %Ln places.</numerusform>
        </translation>
    </message>
    <message>
        <source>No target is set for this role, so the methods are not compared on acceptance.</source>
        <translation>Aucun objectif n’est défini pour ce rôle&#xa0;: les méthodes ne sont donc pas comparées sur l’acceptation.</translation>
    </message>
    <message>
        <source>Clear Decision</source>
        <translation>Effacer la décision</translation>
    </message>
    <message>
        <source>Select the applications to decide on first.</source>
        <translation>Sélectionnez d’abord les candidatures sur lesquelles statuer.</translation>
    </message>
    <message>
        <source>The selected applications are already “%1”.</source>
        <translation>Les candidatures sélectionnées sont déjà dans cet état&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Decision Not Made</source>
        <translation>Décision non prise</translation>
    </message>
    <message numerus="yes">
        <source>Cleared the decision of %n applications.</source>
        <translation>
            <numerusform>Décision effacée pour %n candidature.</numerusform>
            <numerusform>Décision effacée pour %n candidatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n applications.</source>
        <translation>
            <numerusform>%1&#xa0;: %n candidature.</numerusform>
            <numerusform>%1&#xa0;: %n candidatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already reviews the selected applications.</source>
        <translation>%1 évalue déjà les candidatures sélectionnées.</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with %2.</source>
        <translation>%1 a un conflit d’intérêts avec %2.</translation>
    </message>
    <message>
        <source>Assign to %1</source>
        <translation>Attribuer à %1</translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n applications to %1.</source>
        <translation>
            <numerusform>%n candidature attribuée à %1.</numerusform>
            <numerusform>%n candidatures attribuées à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not %1: a conflict of interest.</source>
        <translation>Non attribuées&#xa0;: %1 (conflit d’intérêts).</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Retirer l’attribution à %1</translation>
    </message>
    <message numerus="yes">
        <source>Took %n applications off %1&apos;s list.</source>
        <translation>
            <numerusform>%n candidature retirée de la liste de %1.</numerusform>
            <numerusform>%n candidatures retirées de la liste de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had scores, which went with them (Edit › Undo brings them back).</source>
        <translation>
            <numerusform>%n d’entre elles avait des notes, supprimées avec elle (Édition › Annuler les rétablit).</numerusform>
            <numerusform>%n d’entre elles avaient des notes, supprimées avec elles (Édition › Annuler les rétablit).</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign &amp;to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>Ret&amp;irer l’attribution</translation>
    </message>
    <message>
        <source>Add %1 as a reviewer of the selected applications (skipping conflicts of interest)</source>
        <translation>Ajouter %1 comme évaluateur des candidatures sélectionnées (en ignorant les conflits d’intérêts)</translation>
    </message>
    <message>
        <source>Take the selected applications off %1&apos;s list (their scores go too; Undo brings them back)</source>
        <translation>Retirer les candidatures sélectionnées de la liste de %1 (leurs notes aussi&#xa0;; Annuler les rétablit)</translation>
    </message>
</context>
<context>
    <name>cohort::Compatibility</name>
    <message>
        <source>A confidential request not to be matched rules this pair out</source>
        <translation>Une demande confidentielle de ne pas être apparié exclut cette paire</translation>
    </message>
    <message>
        <source>%1 (%2) asked not to be matched with %3: “%4”</source>
        <translation>%1 (%2) a demandé à ne pas être apparié avec %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Both work at %1</source>
        <translation>Tous deux travaillent à %1</translation>
    </message>
    <message>
        <source>Both work at the same library (%1; %2)</source>
        <translation>Tous deux travaillent dans la même bibliothèque (%1&#xa0;; %2)</translation>
    </message>
    <message>
        <source>Practice area</source>
        <translation>Domaine d’activité</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Type de bibliothèque</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Contact methods</source>
        <translation>Moyens de contact</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The mentee listed no interests</source>
        <translation>Le mentoré n’a indiqué aucun centre d’intérêt</translation>
    </message>
    <message>
        <source>The mentor listed no interests</source>
        <translation>Le mentor n’a indiqué aucun centre d’intérêt</translation>
    </message>
    <message numerus="yes">
        <source>Shares none of the mentee&apos;s %n interest(s)</source>
        <translation>
            <numerusform>Ne partage aucun centre d’intérêt avec le mentoré (%n au total)</numerusform>
            <numerusform>Ne partage aucun des %n centres d’intérêt du mentoré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shares %1 of %n interest(s): %2</source>
        <translation>
            <numerusform>Partage %1 sur %n centre d’intérêt&#xa0;: %2</numerusform>
            <numerusform>Partage %1 sur %n centres d’intérêt&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Library type not known</source>
        <translation>Type de bibliothèque inconnu</translation>
    </message>
    <message>
        <source>Same library type (%1)</source>
        <translation>Même type de bibliothèque (%1)</translation>
    </message>
    <message>
        <source>Different library types (mentee %1, mentor %2)</source>
        <translation>Types de bibliothèque différents (mentoré %1, mentor %2)</translation>
    </message>
    <message>
        <source>Neither time zone is known</source>
        <translation>Aucun des deux fuseaux horaires n’est connu</translation>
    </message>
    <message>
        <source>The mentee&apos;s time zone is not known</source>
        <translation>Le fuseau horaire du mentoré n’est pas connu</translation>
    </message>
    <message>
        <source>The mentor&apos;s time zone is not known</source>
        <translation>Le fuseau horaire du mentor n’est pas connu</translation>
    </message>
    <message>
        <source>Same time zone (%1)</source>
        <translation>Même fuseau horaire (%1)</translation>
    </message>
    <message>
        <source>Same UTC offset (%1 and %2)</source>
        <translation>Même décalage UTC (%1 et %2)</translation>
    </message>
    <message>
        <source>UTC offsets %1 h apart (mentee %2, mentor %3)</source>
        <translation>Décalages UTC distants de %1&#xa0;h (mentoré %2, mentor %3)</translation>
    </message>
    <message>
        <source>The mentee gave no contact methods</source>
        <translation>Le mentoré n’a indiqué aucun moyen de contact</translation>
    </message>
    <message>
        <source>The mentor gave no contact methods</source>
        <translation>Le mentor n’a indiqué aucun moyen de contact</translation>
    </message>
    <message>
        <source>No contact method in common</source>
        <translation>Aucun moyen de contact en commun</translation>
    </message>
    <message numerus="yes">
        <source>Both use %1 (%2 of the mentee&apos;s %n method(s))</source>
        <translation>
            <numerusform>Tous deux utilisent %1 (%2 sur %n moyen du mentoré)</numerusform>
            <numerusform>Tous deux utilisent %1 (%2 sur les %n moyens du mentoré)</numerusform>
        </translation>
    </message>
    <message>
        <source>No language in common</source>
        <translation>Aucune langue en commun</translation>
    </message>
    <message>
        <source>Both speak %1 (English assumed where none was given)</source>
        <translation>Tous deux parlent %1 (anglais supposé en l’absence de réponse)</translation>
    </message>
    <message>
        <source>Both speak %1</source>
        <translation>Tous deux parlent %1</translation>
    </message>
    <message>
        <source>Neither gave their years of experience</source>
        <translation>Aucun des deux n’a indiqué ses années d’expérience</translation>
    </message>
    <message>
        <source>The mentee did not give their years of experience</source>
        <translation>Le mentoré n’a pas indiqué ses années d’expérience</translation>
    </message>
    <message>
        <source>The mentor did not give their years of experience</source>
        <translation>Le mentor n’a pas indiqué ses années d’expérience</translation>
    </message>
    <message>
        <source>The mentor has no more experience than the mentee (%1 and %2 years)</source>
        <translation>Le mentor n’a pas plus d’expérience que le mentoré (%1 et %2&#xa0;ans)</translation>
    </message>
    <message>
        <source>The mentor has %1 more years of experience (%2 and %3 years)</source>
        <translation>Le mentor a %1&#xa0;ans d’expérience de plus (%2 et %3&#xa0;ans)</translation>
    </message>
    <message>
        <source>Not used: the mentee did not ask for their preferences to be used in matching</source>
        <translation>Non utilisé&#xa0;: le mentoré n’a pas demandé que ses préférences servent à l’appariement</translation>
    </message>
    <message>
        <source>Neutral: nothing in the mentee&apos;s preferences can be compared with this mentor</source>
        <translation>Neutre&#xa0;: rien dans les préférences du mentoré ne peut être comparé à ce mentor</translation>
    </message>
    <message>
        <source>Used as the mentee asked: fits their confidential preferences %1</source>
        <translation>Utilisé à la demande du mentoré&#xa0;: correspond à %1 à ses préférences confidentielles</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the mentor&apos;s application mentions none of its %n keyword(s)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: la candidature du mentor ne mentionne aucun mot-clé (%n au total)</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: la candidature du mentor ne mentionne aucun de ses %n mots-clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: the mentor&apos;s application mentions %2 of its %n keyword(s) (%3)</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: la candidature du mentor mentionne %2 sur %n mot-clé (%3)</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: la candidature du mentor mentionne %2 de ses %n mots-clés (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>BIPOC</source>
        <translation>BIPOC</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>handicap</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>%1 of %2 demographic answers the same (%3)</source>
        <translation>Réponses démographiques identiques&#xa0;: %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>demographics not compared: the mentor did not opt in</source>
        <translation>données démographiques non comparées&#xa0;: le mentor n’a pas donné son accord</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::ConflictSuggestions</name>
    <message>
        <source>The reviewer&apos;s own application (same email)</source>
        <translation>La propre candidature de l’évaluateur (même e-mail)</translation>
    </message>
    <message>
        <source>Same library: %1</source>
        <translation>Même bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same email domain: %1</source>
        <translation>Même domaine d’e-mail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cohort::ContactFields</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Référent</translation>
    </message>
</context>
<context>
    <name>cohort::ContactImport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file has no “mentee” or “match” column.</source>
        <translation>le fichier n’a pas de colonne «&#xa0;mentee&#xa0;» ni de colonne «&#xa0;match&#xa0;».</translation>
    </message>
    <message>
        <source>the file has no “%1” column.</source>
        <translation>le fichier n’a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>no published or ended match has the id “%1”.</source>
        <translation>aucun binôme publié ou terminé n’a l’identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the match “%1” is the match of %2, not of %3.</source>
        <translation>le binôme «&#xa0;%1&#xa0;» est celui de %2, pas celui de %3.</translation>
    </message>
    <message>
        <source>the mentee code “%1” is in more than one cycle (%2); give the match id, or one cycle.</source>
        <translation>le code de mentoré «&#xa0;%1&#xa0;» figure dans plusieurs cycles (%2)&#xa0;; indiquez l’identifiant du binôme ou un seul cycle.</translation>
    </message>
    <message>
        <source>no published or ended match has the mentee “%1”.</source>
        <translation>aucun binôme publié ou terminé n’a pour mentoré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the mentee is missing.</source>
        <translation>le mentoré est manquant.</translation>
    </message>
    <message>
        <source>the match is missing.</source>
        <translation>le binôme est manquant.</translation>
    </message>
    <message>
        <source>%1&apos;s mentor is %2, not %3.</source>
        <translation>le mentor de %1 est %2, pas %3.</translation>
    </message>
    <message>
        <source>the date is missing.</source>
        <translation>la date est manquante.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2017-10-13 or 10/13/2017 (month first).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme 2017-10-13 ou 10/13/2017 (le mois en premier).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 est dans le futur.</translation>
    </message>
    <message>
        <source>%1 is before the match started on %2.</source>
        <translation>%1 est antérieur au début du binôme, le %2.</translation>
    </message>
    <message>
        <source>%1 is after the match ended on %2.</source>
        <translation>%1 est postérieur à la fin du binôme, le %2.</translation>
    </message>
    <message>
        <source>the method is missing.</source>
        <translation>le moyen de contact est manquant.</translation>
    </message>
    <message>
        <source>“%1” is not a contact method; use email, phone, video, chat or in person.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moyen de contact&#xa0;; utilisez email, phone, video, chat ou in person.</translation>
    </message>
    <message>
        <source>who started the contact is missing.</source>
        <translation>l’initiateur du contact est manquant.</translation>
    </message>
    <message>
        <source>“%1” is not mentor, mentee or liaison.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni mentor, ni mentee, ni liaison.</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); no contact was imported.</source>
        <translation>
            <numerusform>Le fichier présente %n problème&#xa0;; aucun contact n’a été importé.</numerusform>
            <numerusform>Le fichier présente %n problèmes&#xa0;; aucun contact n’a été importé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added; %1 already there</source>
        <translation>
            <numerusform>%n contact ajouté&#xa0;; déjà présents&#xa0;: %1</numerusform>
            <numerusform>%n contacts ajoutés&#xa0;; déjà présents&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added from %1; %2 already there</source>
        <translation>
            <numerusform>%n contact ajouté depuis %1&#xa0;; déjà présents&#xa0;: %2</numerusform>
            <numerusform>%n contacts ajoutés depuis %1&#xa0;; déjà présents&#xa0;: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::CopyRubricCommand</name>
    <message>
        <source>Copy the Mentors&apos; Rubric</source>
        <translation>Copier la grille d’évaluation des mentors</translation>
    </message>
    <message>
        <source>Copy the Mentees&apos; Rubric</source>
        <translation>Copier la grille d’évaluation des mentorés</translation>
    </message>
    <message>
        <source>Choose another cycle to copy the rubric from.</source>
        <translation>Choisissez un autre cycle depuis lequel copier la grille d’évaluation.</translation>
    </message>
    <message>
        <source>That cycle has no rubric for this role to copy.</source>
        <translation>Ce cycle n’a pas de grille d’évaluation à copier pour ce rôle.</translation>
    </message>
    <message>
        <source>This rubric already has every criterion of that cycle.</source>
        <translation>Cette grille d’évaluation contient déjà tous les critères de ce cycle.</translation>
    </message>
</context>
<context>
    <name>cohort::Csv</name>
    <message>
        <source>Line %1, column %2</source>
        <translation>Ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-8 (byte 0x%2); is the file in another encoding, such as Windows-1252?</source>
        <translation>%1&#xa0;: le texte n’est pas de l’UTF-8 valide (octet 0x%2)&#xa0;; le fichier est-il dans un autre encodage, comme Windows-1252&#xa0;?</translation>
    </message>
    <message>
        <source>%1: the text is not valid UTF-16</source>
        <translation>%1&#xa0;: le texte n’est pas de l’UTF-16 valide</translation>
    </message>
    <message>
        <source>%1: the text contains a NUL character; is it a CSV file, and is the encoding right?</source>
        <translation>%1&#xa0;: le texte contient un caractère NUL&#xa0;; s’agit-il bien d’un fichier CSV, et l’encodage est-il le bon&#xa0;?</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>%1: a field of %2 characters is longer than the limit of %3</source>
        <translation>%1&#xa0;: un champ de %2 caractères dépasse la limite de %3</translation>
    </message>
    <message>
        <source>%1: the quoted field is not closed</source>
        <translation>%1&#xa0;: le champ entre guillemets n’est pas fermé</translation>
    </message>
    <message>
        <source>%1: there is text after the closing quote of a field (quotes inside a quoted field must be doubled)</source>
        <translation>%1&#xa0;: il y a du texte après le guillemet fermant d’un champ (les guillemets à l’intérieur d’un champ entre guillemets doivent être doublés)</translation>
    </message>
    <message>
        <source>Line %1: the number of fields (%2) does not match the header (%3)</source>
        <translation>Ligne %1&#xa0;: le nombre de champs (%2) ne correspond pas à celui de l’en-tête (%3)</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Le fichier est vide</translation>
    </message>
    <message>
        <source>The file has a header row but no applications</source>
        <translation>Le fichier a une ligne d’en-tête mais aucune candidature</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
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
        <translation>Impossible d’ouvrir %1&#xa0;: c’est un dossier</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; files over 512 MB are not read</source>
        <translation>%1 fait %2 Mo&#xa0;; les fichiers de plus de 512 Mo ne sont pas lus</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::CsvPreviewModel</name>
    <message>
        <source>Line %1 of the file</source>
        <translation>Ligne %1 du fichier</translation>
    </message>
</context>
<context>
    <name>cohort::CycleActions</name>
    <message>
        <source>&amp;New Cycle…</source>
        <translation>&amp;Nouveau cycle…</translation>
    </message>
    <message>
        <source>Edit &amp;Phases…</source>
        <translation>Modifier les &amp;phases…</translation>
    </message>
    <message>
        <source>Cycle &amp;Settings…</source>
        <translation>Para&amp;mètres du cycle…</translation>
    </message>
    <message>
        <source>Start a spring or fall cycle from the published timeline or as a copy of an earlier cycle</source>
        <translation>Démarrer un cycle de printemps ou d’automne à partir du calendrier publié ou comme copie d’un cycle précédent</translation>
    </message>
    <message>
        <source>Change the names, kinds and dates of the selected cycle&apos;s phases</source>
        <translation>Modifier les noms, types et dates des phases du cycle sélectionné</translation>
    </message>
    <message>
        <source>Contacts a month, when a match counts as quiet, when goal sheets are due, orientation dates</source>
        <translation>Contacts par mois, quand un binôme est considéré comme silencieux, quand les fiches d’objectifs sont dues, dates d’orientation</translation>
    </message>
    <message>
        <source>New Cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>%1 was not created: %2</source>
        <translation>%1 n’a pas été créé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with %n phase(s).</source>
        <translation>
            <numerusform>%1 créé avec %n phase.</numerusform>
            <numerusform>%1 créé avec %n phases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Phases</source>
        <translation>Modifier les phases</translation>
    </message>
    <message>
        <source>The cycle %1 is no longer in this program.</source>
        <translation>Le cycle %1 ne fait plus partie de ce programme.</translation>
    </message>
    <message>
        <source>The phases of %1 were not changed: %2</source>
        <translation>Les phases de %1 n’ont pas été modifiées&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed the phases of %1.</source>
        <translation>Phases de %1 modifiées.</translation>
    </message>
    <message>
        <source>Cycle Settings</source>
        <translation>Paramètres du cycle</translation>
    </message>
    <message>
        <source>The settings of %1 were not changed: %2</source>
        <translation>Les paramètres de %1 n’ont pas été modifiés&#xa0;: %2</translation>
    </message>
    <message>
        <source>Changed the settings of %1.</source>
        <translation>Paramètres de %1 modifiés.</translation>
    </message>
</context>
<context>
    <name>cohort::CycleChart</name>
    <message>
        <source>The cycle&apos;s phases on a date axis</source>
        <translation>Les phases du cycle sur un axe chronologique</translation>
    </message>
    <message>
        <source>Applications received per week</source>
        <translation>Candidatures reçues par semaine</translation>
    </message>
    <message>
        <source>cycle phases</source>
        <translation>phases du cycle</translation>
    </message>
    <message>
        <source>applications per week</source>
        <translation>candidatures par semaine</translation>
    </message>
    <message>
        <source>%1: phases</source>
        <translation>%1&#xa0;: phases</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd’hui, %1</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Received so far</source>
        <translation>Reçues jusqu’ici</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>Clôture des candidatures</translation>
    </message>
</context>
<context>
    <name>cohort::CycleSettingsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Cycle Settings — %1</source>
        <translation>Paramètres du cycle — %1</translation>
    </message>
    <message>
        <source>No expectation</source>
        <translation>Aucun minimum</translation>
    </message>
    <message>
        <source>How often a mentor and mentee are expected to be in touch; a match with fewer contacts shows as below cadence</source>
        <translation>La fréquence à laquelle un mentor et un mentoré sont censés être en contact&#xa0;; un binôme qui a moins de contacts apparaît comme sous la cadence</translation>
    </message>
    <message>
        <source>A match with no contact for longer than this shows as quiet</source>
        <translation>Un binôme sans contact depuis plus longtemps que cela apparaît comme silencieux</translation>
    </message>
    <message>
        <source>The goal sheet is due this many days after the match is published</source>
        <translation>La fiche d’objectifs est due ce nombre de jours après la publication du binôme</translation>
    </message>
    <message>
        <source>&amp;Contact expectation:</source>
        <translation>&amp;Contacts attendus&#xa0;:</translation>
    </message>
    <message>
        <source>contacts a month, at least</source>
        <translation>contacts par mois, au minimum</translation>
    </message>
    <message>
        <source>&amp;Quiet after:</source>
        <translation>Si&amp;lencieux après&#xa0;:</translation>
    </message>
    <message>
        <source>days without contact</source>
        <translation>jours sans contact</translation>
    </message>
    <message>
        <source>&amp;Goal sheet due:</source>
        <translation>Échéance de la &amp;fiche d’objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>days after the match</source>
        <translation>jours après la formation du binôme</translation>
    </message>
    <message>
        <source>Virtual orientation dates</source>
        <translation>Dates de l’orientation virtuelle</translation>
    </message>
    <message>
        <source>Orientation dates</source>
        <translation>Dates d’orientation</translation>
    </message>
    <message>
        <source>Orientation date to add</source>
        <translation>Date d’orientation à ajouter</translation>
    </message>
    <message>
        <source>Add the date on the left to the orientation dates</source>
        <translation>Ajouter la date de gauche aux dates d’orientation</translation>
    </message>
    <message>
        <source>Remove the selected orientation date</source>
        <translation>Supprimer la date d’orientation sélectionnée</translation>
    </message>
    <message>
        <source>Two contacts a month, quiet after 21 days, goal sheet due after 30 days</source>
        <translation>Deux contacts par mois, silencieux après 21 jours, fiche d’objectifs due après 30 jours</translation>
    </message>
    <message>
        <source>What the committee expects of the matches in %1. The Timeline area measures each match against these.</source>
        <translation>Ce que le comité attend des binômes de %1. La rubrique Calendrier mesure chaque binôme à cette aune.</translation>
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
    <name>cohort::CycleTemplate</name>
    <message>
        <source>Applications accepted</source>
        <translation>Réception des candidatures</translation>
    </message>
    <message>
        <source>Review and notifications</source>
        <translation>Évaluation et notifications</translation>
    </message>
    <message>
        <source>Goals and virtual orientation</source>
        <translation>Objectifs et orientation virtuelle</translation>
    </message>
    <message>
        <source>Matches work on goals</source>
        <translation>Les binômes travaillent sur leurs objectifs</translation>
    </message>
    <message>
        <source>Mid-point check-in</source>
        <translation>Point d’étape à mi-parcours</translation>
    </message>
    <message>
        <source>Wrap-up survey</source>
        <translation>Enquête de fin de programme</translation>
    </message>
    <message>
        <source>Program concludes</source>
        <translation>Clôture du programme</translation>
    </message>
    <message>
        <source>Spring %1</source>
        <translation>Printemps %1</translation>
    </message>
    <message>
        <source>Fall %1</source>
        <translation>Automne %1</translation>
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
    <message>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Open the cycle&apos;s applications</source>
        <translation>Ouvrir les candidatures du cycle</translation>
    </message>
    <message>
        <source>Open the Matching area</source>
        <translation>Ouvrir la rubrique Appariement</translation>
    </message>
    <message>
        <source>List the quiet matches and those below the contact cadence</source>
        <translation>Lister les binômes silencieux et ceux qui sont sous la cadence de contact</translation>
    </message>
    <message>
        <source>Open the cycle&apos;s timeline</source>
        <translation>Ouvrir le calendrier du cycle</translation>
    </message>
    <message numerus="yes">
        <source>%n quiet</source>
        <translation>
            <numerusform>%n silencieux</numerusform>
            <numerusform>%n silencieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n below cadence</source>
        <translation>
            <numerusform>%n sous la cadence</numerusform>
            <numerusform>%n sous la cadence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal sheet(s) overdue</source>
        <translation>
            <numerusform>%n fiche d’objectifs en retard</numerusform>
            <numerusform>%n fiches d’objectifs en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>No published matches yet</source>
        <translation>Aucun binôme publié pour l’instant</translation>
    </message>
    <message>
        <source>%1 begins</source>
        <translation>%1&#xa0;: début</translation>
    </message>
    <message>
        <source>%1: deadline</source>
        <translation>%1&#xa0;: échéance</translation>
    </message>
    <message>
        <source>In the next 30 days</source>
        <translation>Dans les 30 prochains jours</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>Acceptance funnel</source>
        <translation>Entonnoir d’acceptation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Nothing is due: no phase begins and no deadline falls in the next 30 days.</source>
        <translation>Rien à prévoir&#xa0;: aucune phase ne commence et aucune échéance ne tombe dans les 30 prochains jours.</translation>
    </message>
    <message>
        <source>Matches by engagement</source>
        <translation>Binômes par suivi</translation>
    </message>
    <message>
        <source>Published matches against the cycle&apos;s contact cadence (the Timeline area)</source>
        <translation>Binômes publiés au regard de la cadence de contact du cycle (la zone Calendrier)</translation>
    </message>
    <message>
        <source>Goal sheets overdue</source>
        <translation>Fiches d’objectifs en retard</translation>
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
    <name>cohort::DecisionCount</name>
    <message>
        <source>%1 of %2 accepted (target from the accepted mentors&apos; capacity)</source>
        <translation>%1 acceptées sur %2 (objectif tiré de la capacité des mentors acceptés)</translation>
    </message>
    <message>
        <source>%1 of %2 accepted</source>
        <translation>%1 acceptées sur %2</translation>
    </message>
    <message>
        <source>%1 accepted (no target)</source>
        <translation>%1 acceptées (sans objectif)</translation>
    </message>
    <message>
        <source>%1; %2 waitlisted, %3 declined, %4 undecided</source>
        <translation>%1&#xa0;; %2 sur liste d’attente, %3 refusées, %4 non décidées</translation>
    </message>
</context>
<context>
    <name>cohort::DecisionRationaleDialog</name>
    <message>
        <source>Rationale for “%1”</source>
        <translation>Justification de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>This decision departs from the calibrated order (the reviewer-offset ranking), so the committee records why:</source>
        <translation>Cette décision s’écarte de l’ordre calibré (le classement du modèle de décalage par évaluateur)&#xa0;: le comité en consigne donc la raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rationale (kept with the decision and shown as the status reason):</source>
        <translation>&amp;Justification (conservée avec la décision et affichée comme motif du statut)&#xa0;:</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>e.g. Strong fit with the available mentors&apos; experience in school libraries</source>
        <translation>Par exemple&#xa0;: très bonne adéquation avec l’expérience des mentors disponibles en bibliothèque scolaire</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Décider</translation>
    </message>
    <message>
        <source>Make the decision with this rationale (Edit › Undo takes it back)</source>
        <translation>Prendre la décision avec cette justification (Édition › Annuler revient dessus)</translation>
    </message>
</context>
<context>
    <name>cohort::DecisionRules</name>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <translation>sur liste d’attente</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>%1 has no calibrated score, while %2 (ranked %3) is not accepted.</source>
        <translation>%1 n’a pas de note calibrée, alors que %2 (au rang %3) n’est pas acceptée.</translation>
    </message>
    <message>
        <source>%1 is ranked %2, below the target of %3, while %4 (ranked %5) is not accepted.</source>
        <translation>%1 est au rang %2, hors de l’objectif de %3, alors que %4 (au rang %5) n’est pas acceptée.</translation>
    </message>
    <message>
        <source>%1 is ranked %2, while %3 (ranked %4) is not accepted.</source>
        <translation>%1 est au rang %2, alors que %3 (au rang %4) n’est pas acceptée.</translation>
    </message>
    <message>
        <source>%1 is ranked %2, within the target of %3, but is %4.</source>
        <translation>%1 est au rang %2, dans l’objectif de %3, mais est %4.</translation>
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
    <name>cohort::EditApplicationCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier «&#xa0;%1&#xa0;» de %2</translation>
    </message>
</context>
<context>
    <name>cohort::EditCriterionCommand</name>
    <message numerus="yes">
        <source>%n score(s) of “%1” lie outside %2–%3; change them first.</source>
        <translation>
            <numerusform>%n note de «&#xa0;%1&#xa0;» est hors de %2–%3&#xa0;; modifiez-la d’abord.</numerusform>
            <numerusform>%n notes de «&#xa0;%1&#xa0;» sont hors de %2–%3&#xa0;; modifiez-les d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) of “%1” are marked N/A; score them before turning N/A off.</source>
        <translation>
            <numerusform>%n cellule de «&#xa0;%1&#xa0;» est marquée N/A&#xa0;; notez-la avant de désactiver N/A.</numerusform>
            <numerusform>%n cellules de «&#xa0;%1&#xa0;» sont marquées N/A&#xa0;; notez-les avant de désactiver N/A.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Criterion “%1”</source>
        <translation>Modifier le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Nothing changed in “%1”.</source>
        <translation>Rien n’a changé dans «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cohort::EditReviewerCommand</name>
    <message>
        <source>Deactivate Reviewer %1</source>
        <translation>Désactiver l’évaluateur %1</translation>
    </message>
    <message>
        <source>Edit Reviewer %1</source>
        <translation>Modifier l’évaluateur %1</translation>
    </message>
    <message>
        <source>Nothing changed for %1.</source>
        <translation>Rien n’a changé pour %1.</translation>
    </message>
</context>
<context>
    <name>cohort::Eligibility</name>
    <message>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>Irrecevable&#xa0;: %1</translation>
    </message>
    <message>
        <source>not an ALSC member</source>
        <translation>pas membre de l’ALSC</translation>
    </message>
    <message>
        <source>no attestation to stay an ALSC member for the program year</source>
        <translation>aucun engagement à rester membre de l’ALSC pendant l’année du programme</translation>
    </message>
    <message>
        <source>no experience in children&apos;s librarianship or children&apos;s literature given</source>
        <translation>aucune expérience indiquée en bibliothèque jeunesse ni en littérature jeunesse</translation>
    </message>
    <message>
        <source>no connection to children&apos;s library service given</source>
        <translation>aucun lien indiqué avec les services de bibliothèque jeunesse</translation>
    </message>
    <message>
        <source>younger than 18</source>
        <translation>moins de 18 ans</translation>
    </message>
    <message>
        <source>younger than 18 and no parent&apos;s or guardian&apos;s permission</source>
        <translation>moins de 18 ans sans autorisation d’un parent ou tuteur</translation>
    </message>
    <message>
        <source>no role (mentor or mentee) given</source>
        <translation>aucun rôle indiqué (mentor ou mentoré)</translation>
    </message>
    <message>
        <source>Eligibility rules exist for mentors and mentees only, not for &quot;%1&quot;.</source>
        <translation>Les règles de recevabilité n’existent que pour les mentors et les mentorés, pas pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The saved eligibility rules for mentors cannot be read (%1); save them again.</source>
        <translation>Impossible de lire les règles de recevabilité enregistrées pour les mentors (%1)&#xa0;; enregistrez-les de nouveau.</translation>
    </message>
    <message>
        <source>The saved eligibility rules for mentees cannot be read (%1); save them again.</source>
        <translation>Impossible de lire les règles de recevabilité enregistrées pour les mentorés (%1)&#xa0;; enregistrez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>cohort::EligibilityRulesDialog</name>
    <message>
        <source>Eligibility Rules — %1</source>
        <translation>Règles de recevabilité — %1</translation>
    </message>
    <message>
        <source>Applications to %1 are checked against these rules. Saving them checks every mentor&apos;s or mentee&apos;s application again and updates its eligibility; no status changes, as accepting or turning down an application stays the committee&apos;s decision.</source>
        <translation>Les candidatures pour %1 sont vérifiées selon ces règles. Les enregistrer vérifie de nouveau chaque candidature de mentor ou de mentoré et met à jour sa recevabilité&#xa0;; aucun statut ne change, car accepter ou refuser une candidature reste une décision du comité.</translation>
    </message>
    <message>
        <source>%1 The defaults are shown; saving replaces the saved rules.</source>
        <translation>%1 Les valeurs par défaut sont affichées&#xa0;; l’enregistrement remplace les règles enregistrées.</translation>
    </message>
    <message>
        <source>This program is open read-only, so its eligibility rules cannot be changed. %1</source>
        <translation>Ce programme est ouvert en lecture seule&#xa0;: ses règles de recevabilité ne peuvent donc pas être modifiées. %1</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Enregistrer les règles</translation>
    </message>
    <message>
        <source>Save the rules and check this cycle&apos;s applications against them again (one undo step)</source>
        <translation>Enregistrer les règles et revérifier selon elles les candidatures de ce cycle (une seule étape d’annulation)</translation>
    </message>
    <message>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Tick the program&apos;s standard rules for mentors and mentees (nothing is saved until you save)</source>
        <translation>Cocher les règles standard du programme pour les mentors et les mentorés (rien n’est enregistré tant que vous n’enregistrez pas)</translation>
    </message>
    <message>
        <source>Close without changing the rules</source>
        <translation>Fermer sans modifier les règles</translation>
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
        <source>Must be an &amp;ALSC member</source>
        <translation>Doit être membre de l’&amp;ALSC</translation>
    </message>
    <message>
        <source>Mentors who are not members of ALSC are not eligible.</source>
        <translation>Les mentors qui ne sont pas membres de l’ALSC ne sont pas recevables.</translation>
    </message>
    <message>
        <source>Must &amp;promise to stay an ALSC member for the program year</source>
        <translation>Doit s’en&amp;gager à rester membre de l’ALSC pendant l’année du programme</translation>
    </message>
    <message>
        <source>Mentors must confirm on the form that they will keep their ALSC membership for the whole program year.</source>
        <translation>Les mentors doivent confirmer dans le formulaire qu’ils conserveront leur adhésion à l’ALSC pendant toute l’année du programme.</translation>
    </message>
    <message>
        <source>Must have &amp;experience in children&apos;s librarianship or children&apos;s literature</source>
        <translation>Doit avoir de l’e&amp;xpérience en bibliothèque jeunesse ou en littérature jeunesse</translation>
    </message>
    <message>
        <source>Mentors must give years of experience or list the areas they know.</source>
        <translation>Les mentors doivent indiquer leurs années d’expérience ou lister les domaines qu’ils connaissent.</translation>
    </message>
    <message>
        <source>Must have a co&amp;nnection to children&apos;s library service</source>
        <translation>Doit avoir un &amp;lien avec les services de bibliothèque jeunesse</translation>
    </message>
    <message>
        <source>Mentees must say how they are connected to library service to children (work, study or volunteering).</source>
        <translation>Les mentorés doivent indiquer leur lien avec les services de bibliothèque jeunesse (travail, études ou bénévolat).</translation>
    </message>
    <message>
        <source>Must be 18, or have a parent&apos;s or &amp;guardian&apos;s permission</source>
        <translation>Doit avoir 18 ans, ou l’autorisation d’un parent ou &amp;tuteur</translation>
    </message>
    <message>
        <source>Mentees younger than 18 are eligible only with a parent&apos;s or guardian&apos;s permission.</source>
        <translation>Les mentorés de moins de 18 ans ne sont recevables qu’avec l’autorisation d’un parent ou tuteur.</translation>
    </message>
    <message>
        <source>Must be &amp;18 (no exceptions)</source>
        <translation>Doit avoir &amp;18 ans (sans exception)</translation>
    </message>
    <message>
        <source>Mentees younger than 18 are not eligible, even with a parent&apos;s or guardian&apos;s permission. When ticked, this replaces the rule above.</source>
        <translation>Les mentorés de moins de 18 ans ne sont pas recevables, même avec l’autorisation d’un parent ou tuteur. Cochée, cette règle remplace celle du dessus.</translation>
    </message>
    <message>
        <source>While ticked, this replaces the rule above: a parent&apos;s or guardian&apos;s permission no longer counts.</source>
        <translation>Tant qu’elle est cochée, cette règle remplace celle du dessus&#xa0;: l’autorisation d’un parent ou tuteur ne compte plus.</translation>
    </message>
    <message>
        <source>Effect on mentor applications</source>
        <translation>Effet sur les candidatures de mentors</translation>
    </message>
    <message>
        <source>Effect on mentee applications</source>
        <translation>Effet sur les candidatures de mentorés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln eligible</source>
        <translation>
            <numerusform>%Ln recevable</numerusform>
            <numerusform>%Ln recevables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to eligible</source>
        <translation>
            <numerusform>%Ln devient recevable</numerusform>
            <numerusform>%Ln deviennent recevables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not eligible</source>
        <translation>
            <numerusform>%Ln irrecevable</numerusform>
            <numerusform>%Ln irrecevables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to not eligible</source>
        <translation>
            <numerusform>%Ln devient irrecevable</numerusform>
            <numerusform>%Ln deviennent irrecevables</numerusform>
        </translation>
    </message>
    <message>
        <source>The applications could not be read, so the effect of the rules cannot be shown: %1</source>
        <translation>Les candidatures n’ont pas pu être lues, l’effet des règles ne peut donc pas être affiché&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved rules: %L1 of %Ln mentor applications meet them.</source>
        <translation>
            <numerusform>Règles enregistrées&#xa0;: respectées par %L1 candidature de mentor sur %Ln.</numerusform>
            <numerusform>Règles enregistrées&#xa0;: respectées par %L1 des %Ln candidatures de mentors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved rules: %L1 of %Ln mentee applications meet them.</source>
        <translation>
            <numerusform>Règles enregistrées&#xa0;: respectées par %L1 candidature de mentoré sur %Ln.</numerusform>
            <numerusform>Règles enregistrées&#xa0;: respectées par %L1 des %Ln candidatures de mentorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor application would change verdict.</source>
        <translation>Aucune candidature de mentor ne changerait de verdict.</translation>
    </message>
    <message>
        <source>No mentee application would change verdict.</source>
        <translation>Aucune candidature de mentoré ne changerait de verdict.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentor applications would change verdict: %1.</source>
        <translation>
            <numerusform>%Ln candidature de mentor changerait de verdict&#xa0;: %1.</numerusform>
            <numerusform>%Ln candidatures de mentors changeraient de verdict&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mentee applications would change verdict: %1.</source>
        <translation>
            <numerusform>%Ln candidature de mentoré changerait de verdict&#xa0;: %1.</numerusform>
            <numerusform>%Ln candidatures de mentorés changeraient de verdict&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not yet checked would get a first verdict: %1.</source>
        <translation>
            <numerusform>%Ln pas encore vérifiée recevrait un premier verdict&#xa0;: %1.</numerusform>
            <numerusform>%Ln pas encore vérifiées recevraient un premier verdict&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Eligibility Rules of %1</source>
        <translation>Modifier les règles de recevabilité de %1</translation>
    </message>
    <message>
        <source>Eligibility Rules</source>
        <translation>Règles de recevabilité</translation>
    </message>
    <message>
        <source>The rules were not saved.

%1</source>
        <translation>Les règles n’ont pas été enregistrées.

%1</translation>
    </message>
</context>
<context>
    <name>cohort::EngagementModel</name>
    <message>
        <source>Submitted %1</source>
        <translation>Rendue le %1</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À rendre le %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Mentor — mentee</source>
        <translation>Mentor — mentoré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Days quiet</source>
        <translation>Jours sans contact</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Goal sheet</source>
        <translation>Fiche d’objectifs</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Référent</translation>
    </message>
</context>
<context>
    <name>cohort::FunnelChart</name>
    <message>
        <source>Acceptance funnel by role</source>
        <translation>Entonnoir d’acceptation par rôle</translation>
    </message>
    <message>
        <source>Acceptance funnel</source>
        <translation>Entonnoir d’acceptation</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Déposée</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Recevable</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>En binôme</translation>
    </message>
    <message>
        <source>acceptance funnel</source>
        <translation>entonnoir d’acceptation</translation>
    </message>
</context>
<context>
    <name>cohort::GoalSheetDialog</name>
    <message>
        <source>Specific</source>
        <translation>Spécifique</translation>
    </message>
    <message>
        <source>Measurable</source>
        <translation>Mesurable</translation>
    </message>
    <message>
        <source>Achievable</source>
        <translation>Atteignable</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Pertinent</translation>
    </message>
    <message>
        <source>Time-bound</source>
        <translation>Temporellement défini</translation>
    </message>
    <message>
        <source>What exactly will the mentee do?</source>
        <translation>Que fera exactement le mentoré&#xa0;?</translation>
    </message>
    <message>
        <source>How will you both know it is done?</source>
        <translation>Comment saurez-vous tous les deux que c’est accompli&#xa0;?</translation>
    </message>
    <message>
        <source>Why is it within reach this program year?</source>
        <translation>Pourquoi est-ce atteignable au cours de cette année du programme&#xa0;?</translation>
    </message>
    <message>
        <source>Why does it matter for the mentee&apos;s work?</source>
        <translation>Pourquoi est-ce important pour le travail du mentoré&#xa0;?</translation>
    </message>
    <message>
        <source>By when?</source>
        <translation>Pour quand&#xa0;?</translation>
    </message>
    <message>
        <source>Build the skills and confidence of early career children&apos;s librarians and those new to the profession</source>
        <translation>Développer les compétences et la confiance des bibliothécaires jeunesse en début de carrière et des nouveaux venus dans la profession</translation>
    </message>
    <message>
        <source>Encourage personal and professional connections</source>
        <translation>Favoriser les liens personnels et professionnels</translation>
    </message>
    <message>
        <source>Give members the opportunity to acquire peer-taught skills</source>
        <translation>Donner aux membres l’occasion d’acquérir des compétences transmises entre pairs</translation>
    </message>
    <message>
        <source>Re-energize and re-invigorate members in their work</source>
        <translation>Redonner énergie et élan aux membres dans leur travail</translation>
    </message>
    <message>
        <source>Create interest and familiarity with ALSC committee service and participation</source>
        <translation>Susciter l’intérêt pour le service et la participation aux comités de l’ALSC, et les faire connaître</translation>
    </message>
    <message>
        <source>Build familiarity with ALSC&apos;s Competencies (or best practices that support Equity, Diversity and Inclusion)</source>
        <translation>Faire connaître les compétences de l’ALSC (ou les bonnes pratiques favorisant l’équité, la diversité et l’inclusion)</translation>
    </message>
    <message>
        <source>Foster the development of a new cohort of leaders</source>
        <translation>Favoriser l’émergence d’une nouvelle génération de leaders</translation>
    </message>
    <message>
        <source>&amp;Submitted on</source>
        <translation>&amp;Rendue le</translation>
    </message>
    <message>
        <source>&amp;Add Goal</source>
        <translation>&amp;Ajouter un objectif</translation>
    </message>
    <message>
        <source>&amp;Remove Goal</source>
        <translation>&amp;Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Edit Goal Sheet</source>
        <translation>Modifier la fiche d’objectifs</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>À rendre le</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Rendue</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Rendue le</translation>
    </message>
    <message>
        <source>A goal sheet holds 1 to 3 SMART goals, each written against one of the program&apos;s objectives and each with a title. Mark it submitted once the match has agreed them.</source>
        <translation>Une fiche d’objectifs contient de 1 à 3 objectifs SMART, chacun rattaché à l’un des objectifs généraux du programme et doté d’un titre. Marquez-la comme rendue une fois que le binôme les a validés.</translation>
    </message>
    <message>
        <source>&amp;Due on:</source>
        <translation>À rendre &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Add a goal (a sheet holds up to %1)</source>
        <translation>Ajouter un objectif (une fiche en contient au plus %1)</translation>
    </message>
    <message>
        <source>Remove the goal shown (a sheet keeps at least one)</source>
        <translation>Supprimer l’objectif affiché (une fiche en garde au moins un)</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif général</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Required, e.g. &quot;Plan and lead a STEM storytime&quot;</source>
        <translation>Obligatoire, par ex. «&#xa0;Préparer et animer une heure du conte STEM&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>Objectif &amp;général&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Goal &amp;%1</source>
        <translation>Objectif &amp;%1</translation>
    </message>
    <message>
        <source>Goal %1 needs a title.</source>
        <translation>L’objectif %1 doit avoir un titre.</translation>
    </message>
    <message>
        <source>A submitted goal sheet needs at least one goal.</source>
        <translation>Une fiche d’objectifs rendue doit contenir au moins un objectif.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n Application(s)</source>
        <translation>
            <numerusform>Importer %n candidature</numerusform>
            <numerusform>Importer %n candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n Application(s) from “%1”</source>
        <translation>
            <numerusform>Importer %n candidature depuis «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Importer %n candidatures depuis «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import cannot be undone: %n imported application(s) were changed since. Undo those changes first.</source>
        <translation>
            <numerusform>L’importation ne peut pas être annulée&#xa0;: %n candidature importée a été modifiée depuis. Annulez d’abord cette modification.</numerusform>
            <numerusform>L’importation ne peut pas être annulée&#xa0;: %n candidatures importées ont été modifiées depuis. Annulez d’abord ces modifications.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportCheckPage</name>
    <message>
        <source>&amp;Skip the row; keep the application already there</source>
        <translation>I&amp;gnorer la ligne&#xa0;; garder la candidature existante</translation>
    </message>
    <message>
        <source>&amp;Update the existing application with the row&apos;s answers</source>
        <translation>&amp;Mettre à jour la candidature existante avec les réponses de la ligne</translation>
    </message>
    <message>
        <source>&amp;Keep both: import the row as another application</source>
        <translation>Garder les &amp;deux&#xa0;: importer la ligne comme une autre candidature</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and skip the rest</source>
        <translation>Importer les lignes &amp;valides et ignorer les autres</translation>
    </message>
    <message>
        <source>Check the Applications</source>
        <translation>Vérifier les candidatures</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Vérification en cours</translation>
    </message>
    <message>
        <source>Rows in the file:</source>
        <translation>Lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Valides&#xa0;:</translation>
    </message>
    <message>
        <source>With errors:</source>
        <translation>Avec des erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>Already applied in this cycle:</source>
        <translation>Ont déjà candidaté pendant ce cycle&#xa0;:</translation>
    </message>
    <message>
        <source>Applied in an earlier cycle (linked):</source>
        <translation>Ont candidaté lors d’un cycle précédent (rattachées)&#xa0;:</translation>
    </message>
    <message>
        <source>Likely duplicates (same name and library):</source>
        <translation>Doublons probables (même nom et même bibliothèque)&#xa0;:</translation>
    </message>
    <message>
        <source>The applications (rows) below the header</source>
        <translation>Les candidatures (lignes) sous l’en-tête</translation>
    </message>
    <message>
        <source>Rows that can be imported as they are</source>
        <translation>Lignes importables telles quelles</translation>
    </message>
    <message>
        <source>Rows that cannot be imported; their problems are listed below</source>
        <translation>Lignes qui ne peuvent pas être importées&#xa0;; leurs problèmes sont listés ci-dessous</translation>
    </message>
    <message>
        <source>Rows whose email already has an application in this cycle, or appears twice in the file</source>
        <translation>Lignes dont l’adresse e-mail a déjà une candidature dans ce cycle, ou apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>Rows whose email belongs to someone who applied before; they are linked to that person</source>
        <translation>Lignes dont l’adresse e-mail appartient à une personne ayant déjà candidaté&#xa0;; elles sont rattachées à cette personne</translation>
    </message>
    <message>
        <source>Rows with the same name and library as another application but another email; they are flagged for someone to merge</source>
        <translation>Lignes avec le même nom et la même bibliothèque qu’une autre candidature, mais une autre adresse e-mail&#xa0;; elles sont signalées pour que quelqu’un les fusionne</translation>
    </message>
    <message>
        <source>The application already in the cycle stays as it is</source>
        <translation>La candidature déjà présente dans le cycle reste telle quelle</translation>
    </message>
    <message>
        <source>The application already in the cycle takes the answers from this file (Undo puts the old answers back)</source>
        <translation>La candidature déjà présente dans le cycle reprend les réponses de ce fichier (Annuler rétablit les anciennes réponses)</translation>
    </message>
    <message>
        <source>Both applications stay, flagged as the same email, for someone to decide later</source>
        <translation>Les deux candidatures sont conservées, signalées comme ayant la même adresse e-mail, pour que quelqu’un tranche plus tard</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Problèmes par ligne</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>P&amp;roblèmes&#xa0;:</translation>
    </message>
    <message>
        <source>The rows with errors are left out, and the import&apos;s report says so</source>
        <translation>Les lignes avec des erreurs sont exclues, et le rapport d’importation l’indique</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Cohort checks every row against what %1 applications to %2 need.</source>
        <translation>Rien n’a encore été importé. Cohort vérifie chaque ligne selon ce que demandent les candidatures de %1 pour %2.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>When an email already has an application in %1</source>
        <translation>Quand une adresse e-mail a déjà une candidature dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>Vérification de %n ligne…</numerusform>
            <numerusform>Vérification de %n lignes…</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no file to check. Go back and choose one.</source>
        <translation>Il n’y a aucun fichier à vérifier. Revenez en arrière et choisissez-en un.</translation>
    </message>
    <message>
        <source>Cohort could not check the file: %1</source>
        <translation>Cohort n’a pas pu vérifier le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>No row can be imported. Correct the problems listed below in the file, or go back and check the columns.</source>
        <translation>Aucune ligne ne peut être importée. Corrigez dans le fichier les problèmes listés ci-dessous, ou revenez en arrière pour vérifier les colonnes.</translation>
    </message>
    <message numerus="yes">
        <source>All %n rows can be imported. Choose Import to add them.</source>
        <translation>
            <numerusform>%n ligne peut être importée. Choisissez Importer pour l’ajouter.</numerusform>
            <numerusform>Les %n lignes peuvent être importées. Choisissez Importer pour les ajouter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows have errors (listed below). Correct them in the file and import it again, or import the valid rows and skip the rest.</source>
        <translation>
            <numerusform>%n ligne contient des erreurs (listées ci-dessous). Corrigez-la dans le fichier et importez-le de nouveau, ou importez les lignes valides et ignorez les autres.</numerusform>
            <numerusform>%n lignes contiennent des erreurs (listées ci-dessous). Corrigez-les dans le fichier et importez-le de nouveau, ou importez les lignes valides et ignorez les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid rows will be imported.</source>
        <translation>
            <numerusform>%n ligne valide sera importée.</numerusform>
            <numerusform>%n lignes valides seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with errors will be skipped, and the import&apos;s report will say so.</source>
        <translation>
            <numerusform>%n ligne avec des erreurs sera ignorée, et le rapport d’importation l’indiquera.</numerusform>
            <numerusform>%n lignes avec des erreurs seront ignorées, et le rapport d’importation l’indiquera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ImportColumnsPage</name>
    <message>
        <source>%1 (confidential)</source>
        <translation>%1 (confidentiel)</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>&amp;Save Mapping As…</source>
        <translation>&amp;Enregistrer la correspondance sous…</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Choose the field each column of the file fills. Cohort suggested fields from the questions in the header; columns left as “— not imported —” are ignored.</source>
        <translation>Choisissez le champ que remplit chaque colonne du fichier. Cohort a proposé des champs d’après les questions de l’en-tête&#xa0;; les colonnes laissées sur «&#xa0;— non importée —&#xa0;» sont ignorées.</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>Use the choices saved for an earlier export of the same form</source>
        <translation>Utiliser les choix enregistrés pour un export précédent du même formulaire</translation>
    </message>
    <message>
        <source>Keep these choices under a name, to use them for next cycle&apos;s export of this form</source>
        <translation>Enregistrer ces choix sous un nom, pour les réutiliser avec l’export de ce formulaire au prochain cycle</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation>&amp;Correspondance enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>Field for the column “%1”</source>
        <translation>Champ pour la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>Confidential: kept out of exports and letters unless asked for</source>
        <translation>Confidentiel&#xa0;: exclu des exports et des lettres sauf demande contraire</translation>
    </message>
    <message>
        <source>Using the saved mapping “%1”, made for a file with these columns.</source>
        <translation>Utilisation de la correspondance enregistrée «&#xa0;%1&#xa0;», créée pour un fichier ayant ces colonnes.</translation>
    </message>
    <message>
        <source>Also chosen for “%1”</source>
        <translation>Aussi choisi pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Each field can fill one column. Choose another field, or “— not imported —”, for one of them.</source>
        <translation>Chaque champ ne peut remplir qu’une colonne. Choisissez un autre champ, ou «&#xa0;— non importée —&#xa0;», pour l’une d’elles.</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Kept out of exports and letters unless asked for</source>
        <translation>Exclu des exports et des lettres sauf demande contraire</translation>
    </message>
    <message>
        <source>Each field can fill one column, but these are chosen for more than one: %1.</source>
        <translation>Chaque champ ne peut remplir qu’une colonne, mais ceux-ci sont choisis pour plusieurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Every %1 application needs these fields; choose the column that holds each: %2.</source>
        <translation>Toute candidature de %1 a besoin de ces champs&#xa0;; choisissez la colonne qui contient chacun d’eux&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n columns will be imported.</source>
        <translation>
            <numerusform>%n colonne sera importée.</numerusform>
            <numerusform>%n colonnes seront importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested from the headers</source>
        <translation>Proposée d’après les en-têtes</translation>
    </message>
    <message>
        <source>%1 (mentors)</source>
        <translation>%1 (mentors)</translation>
    </message>
    <message>
        <source>%1 (mentees)</source>
        <translation>%1 (mentorés)</translation>
    </message>
    <message>
        <source>Using the saved mapping “%1”.</source>
        <translation>Utilisation de la correspondance enregistrée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Using the saved mapping “%1”. This file has no column “%2”; check the fields below.</source>
        <translation>
            <numerusform>Utilisation de la correspondance enregistrée «&#xa0;%1&#xa0;». Ce fichier n’a pas de colonne “%2”&#xa0;; vérifiez les champs ci-dessous.</numerusform>
            <numerusform>Utilisation de la correspondance enregistrée «&#xa0;%1&#xa0;». Ce fichier n’a pas les colonnes “%2”&#xa0;; vérifiez les champs ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mentor application form</source>
        <translation>Formulaire de candidature des mentors</translation>
    </message>
    <message>
        <source>Mentee application form</source>
        <translation>Formulaire de candidature des mentorés</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>Name for these choices (for example, the form&apos;s name):</source>
        <translation>Nom de ces choix (par exemple, le nom du formulaire)&#xa0;:</translation>
    </message>
    <message>
        <source>A saved mapping needs a name. Type one, or cancel.</source>
        <translation>Une correspondance enregistrée doit avoir un nom. Saisissez-en un, ou annulez.</translation>
    </message>
    <message>
        <source>There is already a saved mapping named “%1”. Replace it with these choices?</source>
        <translation>Il existe déjà une correspondance enregistrée nommée «&#xa0;%1&#xa0;». La remplacer par ces choix&#xa0;?</translation>
    </message>
    <message>
        <source>Cohort could not save the mapping “%1”.

%2</source>
        <translation>Cohort n’a pas pu enregistrer la correspondance «&#xa0;%1&#xa0;».

%2</translation>
    </message>
    <message>
        <source>Saved as “%1”. Cohort offers it for the next file with these columns.</source>
        <translation>Enregistrée sous le nom «&#xa0;%1&#xa0;». Cohort la proposera pour le prochain fichier ayant ces colonnes.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFields</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <source>Library or institution</source>
        <translation>Bibliothèque ou établissement</translation>
    </message>
    <message>
        <source>Library type</source>
        <translation>Type de bibliothèque</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>ALSC member</source>
        <translation>Membre de l’ALSC</translation>
    </message>
    <message>
        <source>ALSC member ID</source>
        <translation>Numéro de membre de l’ALSC</translation>
    </message>
    <message>
        <source>ALA member</source>
        <translation>Membre de l’ALA</translation>
    </message>
    <message>
        <source>Will keep ALSC membership for the program year</source>
        <translation>Maintiendra son adhésion à l’ALSC pendant l’année du programme</translation>
    </message>
    <message>
        <source>Years in children&apos;s library service</source>
        <translation>Années dans les services de bibliothèque jeunesse</translation>
    </message>
    <message>
        <source>Areas of experience or interest</source>
        <translation>Domaines d’expérience ou d’intérêt</translation>
    </message>
    <message>
        <source>Connection to children&apos;s library service</source>
        <translation>Lien avec les services de bibliothèque jeunesse</translation>
    </message>
    <message>
        <source>Career stage</source>
        <translation>Étape de carrière</translation>
    </message>
    <message>
        <source>Preferred contact methods</source>
        <translation>Moyens de contact préférés</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>BIPOC</source>
        <translation>BIPOC</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <source>Use demographics for matching</source>
        <translation>Utiliser les données démographiques pour former les binômes</translation>
    </message>
    <message>
        <source>I would like a mentor who</source>
        <translation>J’aimerais un mentor qui</translation>
    </message>
    <message>
        <source>Prefer not to be matched with</source>
        <translation>Préfère ne pas être associé à</translation>
    </message>
    <message>
        <source>Why are you applying</source>
        <translation>Motivation de la candidature</translation>
    </message>
    <message>
        <source>What can you offer a mentee</source>
        <translation>Ce que vous pouvez offrir à un mentoré</translation>
    </message>
    <message>
        <source>How many mentees</source>
        <translation>Combien de mentorés</translation>
    </message>
    <message>
        <source>18 or older</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <source>Parent or guardian permission</source>
        <translation>Autorisation d’un parent ou tuteur</translation>
    </message>
    <message>
        <source>“%1” is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>“%1” is not a yes or a no</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not a date and time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date et une heure</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de ces valeurs&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFilePage</name>
    <message>
        <source>This is a workbook or another compressed file (.xlsx, .ods, .zip), not a CSV file. Open it in your spreadsheet program and save it as “CSV (comma separated values)”, or download the responses from the form service as CSV.</source>
        <translation>Ceci est un classeur ou un autre fichier compressé (.xlsx, .ods, .zip), pas un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le au format CSV (valeurs séparées par des virgules), ou téléchargez les réponses depuis le service de formulaires au format CSV.</translation>
    </message>
    <message>
        <source>This is an older Excel workbook (.xls), not a CSV file. Open it in your spreadsheet program and save it as “CSV (comma separated values)”.</source>
        <translation>Ceci est un ancien classeur Excel (.xls), pas un fichier CSV. Ouvrez-le dans votre tableur et enregistrez-le au format CSV (valeurs séparées par des virgules).</translation>
    </message>
    <message>
        <source>This is a PDF document, not a CSV file. Download the responses from the form service as CSV.</source>
        <translation>Ceci est un document PDF, pas un fichier CSV. Téléchargez les réponses depuis le service de formulaires au format CSV.</translation>
    </message>
    <message>
        <source>This is a database (perhaps a Cohort program file), not a CSV file. Open program files with File › Open.</source>
        <translation>Ceci est une base de données (peut-être un fichier de programme Cohort), pas un fichier CSV. Ouvrez les fichiers de programme avec Fichier › Ouvrir.</translation>
    </message>
    <message>
        <source>This is an image, not a CSV file.</source>
        <translation>Ceci est une image, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>This file holds binary data, not text: it is not a CSV file.</source>
        <translation>Ce fichier contient des données binaires, pas du texte&#xa0;: ce n’est pas un fichier CSV.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>M&amp;entee applications</source>
        <translation>Candidatures de &amp;mentorés</translation>
    </message>
    <message>
        <source>Me&amp;ntor applications</source>
        <translation>Candidatures de men&amp;tors</translation>
    </message>
    <message>
        <source>Choose the File</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Download the responses from your form service (Google Forms, Microsoft Forms, SurveyMonkey, JotForm …) as a CSV file, then choose it here. Nothing is imported until the last step.</source>
        <translation>Téléchargez les réponses depuis votre service de formulaires (Google Forms, Microsoft Forms, SurveyMonkey, JotForm …) sous forme de fichier CSV, puis choisissez-le ici. Rien n’est importé avant la dernière étape.</translation>
    </message>
    <message>
        <source>The CSV file with the applications</source>
        <translation>Le fichier CSV contenant les candidatures</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>The cycle these applications are for</source>
        <translation>Le cycle auquel ces candidatures sont destinées</translation>
    </message>
    <message>
        <source>This program has no cycle yet. Create one with Cycle › New Cycle first.</source>
        <translation>Ce programme n’a encore aucun cycle. Créez-en d’abord un avec Cycle › Nouveau cycle.</translation>
    </message>
    <message>
        <source>People who apply to be mentored</source>
        <translation>Personnes qui souhaitent être accompagnées par un mentor</translation>
    </message>
    <message>
        <source>People who apply to mentor</source>
        <translation>Personnes qui souhaitent devenir mentors</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Import into &amp;cycle:</source>
        <translation>Importer dans le &amp;cycle&#xa0;:</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Le fichier contient&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the CSV File</source>
        <translation>Choisir le fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file “%1”. Check the name and folder, or choose the file with Browse.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’existe pas. Vérifiez le nom et le dossier, ou choisissez le fichier avec Parcourir.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose the CSV file inside it.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier. Choisissez le fichier CSV qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is empty: it has no header and no applications.</source>
        <translation>«&#xa0;%1&#xa0;» est vide&#xa0;: il n’a ni en-tête ni candidatures.</translation>
    </message>
    <message>
        <source>“%1” is %2, far larger than any form export. Is it the right file?</source>
        <translation>«&#xa0;%1&#xa0;» fait %2, bien plus que n’importe quel export de formulaire. Est-ce le bon fichier&#xa0;?</translation>
    </message>
    <message>
        <source>Cohort cannot read “%1”: %2</source>
        <translation>Cohort ne peut pas lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file name does not end in .csv; Cohort will read it as CSV text and show a preview.</source>
        <translation>Le nom du fichier ne se termine pas par .csv&#xa0;; Cohort le lira comme du texte CSV et en affichera un aperçu.</translation>
    </message>
    <message>
        <source>Cohort could not read all of “%1”: %2</source>
        <translation>Cohort n’a pas pu lire l’intégralité de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::ImportFormatPage</name>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Check the Format</source>
        <translation>Vérifier le format</translation>
    </message>
    <message>
        <source>Cohort detected how the file is written. If the preview looks wrong — odd characters such as “Ã©”, or every answer in one column — choose another encoding or delimiter.</source>
        <translation>Cohort a détecté comment le fichier est écrit. Si l’aperçu semble incorrect — caractères bizarres comme «&#xa0;Ã©&#xa0;», ou toutes les réponses dans une seule colonne —, choisissez un autre encodage ou un autre séparateur.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>How the file&apos;s characters are written. Form services write UTF-8; spreadsheet programs on Windows often write Windows-1252.</source>
        <translation>La façon dont les caractères du fichier sont écrits. Les services de formulaires écrivent en UTF-8&#xa0;; les tableurs sous Windows écrivent souvent en Windows-1252.</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>The character between the answers of a row. Spreadsheet programs in many European languages write semicolons.</source>
        <translation>Le caractère placé entre les réponses d’une ligne. Dans de nombreuses langues européennes, les tableurs utilisent le point-virgule.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Aperçu des premières lignes</translation>
    </message>
    <message>
        <source>The first rows as Cohort reads them. The numbers at the left are the lines of the file.</source>
        <translation>Les premières lignes telles que Cohort les lit. Les numéros à gauche sont les lignes du fichier.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Preview (the first %n rows):</source>
        <translation>
            <numerusform>&amp;Aperçu (%n ligne)&#xa0;:</numerusform>
            <numerusform>&amp;Aperçu (les %n premières lignes)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (detected)</source>
        <translation>%1 (détection automatique)</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>Lecture de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1 and %2. If the preview looks right, go on to match the columns with Cohort&apos;s fields.</source>
        <translation>Le fichier compte %1 et %2. Si l’aperçu semble correct, passez à l’association des colonnes avec les champs de Cohort.</translation>
    </message>
    <message>
        <source>Nothing can be imported from the file as it is. Try another encoding or delimiter, or correct the file and download or save it again.</source>
        <translation>Rien ne peut être importé de ce fichier en l’état. Essayez un autre encodage ou un autre séparateur, ou corrigez le fichier puis téléchargez-le ou enregistrez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportMappingStore</name>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>Une correspondance enregistrée doit avoir un nom.</translation>
    </message>
    <message>
        <source>A mapping is for mentor or mentee applications.</source>
        <translation>Une correspondance s’applique aux candidatures de mentors ou de mentorés.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportProblemsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>This row cannot be imported as it is</source>
        <translation>Cette ligne ne peut pas être importée en l’état</translation>
    </message>
    <message>
        <source>This row imports; check the value afterwards</source>
        <translation>Cette ligne est importée&#xa0;; vérifiez la valeur ensuite</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(ligne entière)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>cohort::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n applications into %1. Cancel leaves the program exactly as it was.</source>
        <translation>
            <numerusform>Importation de %n candidature dans %1. Annuler laisse le programme exactement tel qu’il était.</numerusform>
            <numerusform>Importation de %n candidatures dans %1. Annuler laisse le programme exactement tel qu’il était.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancelling… (undoing what was written so far)</source>
        <translation>Annulation… (suppression de ce qui a été écrit jusqu’ici)</translation>
    </message>
    <message>
        <source>Import Cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <source>Nothing was imported: the program is exactly as it was before.</source>
        <translation>Rien n’a été importé&#xa0;: le programme est exactement tel qu’avant.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>Cohort could not import “%1”.</source>
        <translation>Cohort n’a pas pu importer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Le fichier n’a pas été importé.</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>“%1” was imported into %2.</source>
        <translation>«&#xa0;%1&#xa0;» a été importé dans %2.</translation>
    </message>
    <message>
        <source>The import cannot be undone from the Edit menu: %1</source>
        <translation>L’importation ne peut pas être annulée depuis le menu Édition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Édition › Annuler revient sur toute l’importation.</translation>
    </message>
</context>
<context>
    <name>cohort::ImportStore</name>
    <message>
        <source>Reading cycles</source>
        <translation>lecture des cycles</translation>
    </message>
    <message>
        <source>Reading people</source>
        <translation>lecture des personnes</translation>
    </message>
    <message>
        <source>Reading applications</source>
        <translation>lecture des candidatures</translation>
    </message>
    <message>
        <source>Reading an application</source>
        <translation>lecture d’une candidature</translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation>La candidature n’existe plus.</translation>
    </message>
    <message>
        <source>Saving application %1</source>
        <translation>enregistrement de la candidature %1</translation>
    </message>
    <message>
        <source>Application %1 was changed or removed by someone else; nothing was saved.</source>
        <translation>Quelqu’un d’autre a modifié ou supprimé la candidature %1&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>enregistrement de la personne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 was changed or removed by someone else; nothing was saved.</source>
        <translation>Quelqu’un d’autre a modifié ou supprimé la fiche de %1&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Removing applications</source>
        <translation>suppression des candidatures</translation>
    </message>
    <message>
        <source>Removing people</source>
        <translation>suppression des personnes</translation>
    </message>
    <message>
        <source>Reading the field catalog</source>
        <translation>lecture du catalogue des champs</translation>
    </message>
    <message>
        <source>Reading saved mappings</source>
        <translation>lecture des correspondances enregistrées</translation>
    </message>
    <message>
        <source>There is no saved mapping named “%1”.</source>
        <translation>Aucune correspondance enregistrée ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Saving the mapping “%1”</source>
        <translation>enregistrement de la correspondance «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cohort::ImportWizard</name>
    <message>
        <source>Import Applications</source>
        <translation>Importer des candidatures</translation>
    </message>
</context>
<context>
    <name>cohort::IssueLettersDialog</name>
    <message>
        <source>One PDF per &amp;person, named</source>
        <translation type="vanished">Un PDF par &amp;personne, nommé</translation>
    </message>
    <message>
        <source>One &amp;combined PDF for everyone</source>
        <translation>Un seul PDF commun pour &amp;tous</translation>
    </message>
    <message>
        <source>Issue &amp;again letters already sent as they stand</source>
        <translation type="vanished">Émettre de &amp;nouveau les lettres déjà envoyées et inchangées</translation>
    </message>
    <message>
        <source>Issue Letters — %1</source>
        <translation>Émettre les lettres — %1</translation>
    </message>
    <message>
        <source>As the letter says</source>
        <translation>Selon la lettre</translation>
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
        <source>Each person&apos;s language</source>
        <translation>La langue de chaque personne</translation>
    </message>
    <message>
        <source>A person&apos;s language is the first language of their application that has letters</source>
        <translation>La langue d’une personne est la première langue de sa candidature pour laquelle des lettres existent</translation>
    </message>
    <message>
        <source>People to write to</source>
        <translation>Personnes à qui écrire</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Write the Letters To</source>
        <translation>Écrire les lettres dans</translation>
    </message>
    <message>
        <source>{code}: the application&apos;s code, {kind}: the letter, {cycle}: the cycle&apos;s name</source>
        <translation>{code}&#xa0;: le code de la candidature, {kind}&#xa0;: la lettre, {cycle}&#xa0;: le nom du cycle</translation>
    </message>
    <message>
        <source>Otherwise people whose letter was issued already and still says the same are skipped</source>
        <translation>Sinon, les personnes dont la lettre a déjà été émise et n’a pas changé sont ignorées</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Lettre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Doss&amp;ier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Issue Letters</source>
        <translation>É&amp;mettre les lettres</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No one in this cycle is due this letter with these choices.</source>
        <translation>Avec ces choix, personne dans ce cycle ne doit recevoir cette lettre.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln checked</source>
        <translation type="vanished">
            <numerusform>Cochées&#xa0;: %1 sur %Ln</numerusform>
            <numerusform>Cochées&#xa0;: %1 sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Put {code} in the name so that each person&apos;s letter has a file of its own</source>
        <translation>Mettez {code} dans le nom pour que la lettre de chaque personne ait son propre fichier</translation>
    </message>
    <message>
        <source>One PDF per &amp;person, with the file name</source>
        <translation>Un PDF par &amp;personne, avec le nom de fichier</translation>
    </message>
    <message>
        <source>Issue &amp;again to people who already have this letter as it stands</source>
        <translation>Émettre de &amp;nouveau pour ceux qui ont déjà cette lettre telle quelle</translation>
    </message>
    <message>
        <source>%1 of %2 checked</source>
        <translation>Cochées&#xa0;: %1 sur %2</translation>
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
    <name>cohort::LetterData</name>
    <message>
        <source>Please be in touch at least once a month.</source>
        <translation>Merci de rester en contact au moins une fois par mois.</translation>
    </message>
    <message>
        <source>Please be in touch at least twice a month.</source>
        <translation>Merci de rester en contact au moins deux fois par mois.</translation>
    </message>
    <message>
        <source>Please be in touch at least %1 times a month.</source>
        <translation>Merci de rester en contact au moins %1&#xa0;fois par mois.</translation>
    </message>
    <message>
        <source>“%1” is not a letter kind; the kinds are %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de lettre&#xa0;; les types sont %2.</translation>
    </message>
    <message>
        <source>Reading the letters&apos; recipients</source>
        <translation>lecture des destinataires des lettres</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>Le cycle n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
</context>
<context>
    <name>cohort::LetterIssue</name>
    <message>
        <source>There is no “%1” letter template.</source>
        <translation>Il n’existe aucun modèle de lettre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Template “%1” (%2), line %3, column %4: %5</source>
        <translation>Modèle «&#xa0;%1&#xa0;» (%2), ligne %3, colonne %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Choose a folder to write the letters to.</source>
        <translation>Choisissez un dossier dans lequel écrire les lettres.</translation>
    </message>
    <message>
        <source>Letters can only be written by an application with fonts (a QGuiApplication).</source>
        <translation>Seule une application disposant de polices (une QGuiApplication) peut écrire les lettres.</translation>
    </message>
    <message numerus="yes">
        <source>No letter was written: %n letter(s) cannot be issued.
</source>
        <translation>
            <numerusform>Aucune lettre n’a été écrite&#xa0;: %n lettre ne peut pas être émise.
</numerusform>
            <numerusform>Aucune lettre n’a été écrite&#xa0;: %n lettres ne peuvent pas être émises.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Issuing the letters was cancelled; nothing was written.</source>
        <translation>L’émission des lettres a été annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Two letters would be written to “%1”; use {code} in the file name.</source>
        <translation>Deux lettres seraient écrites dans «&#xa0;%1&#xa0;»&#xa0;; utilisez {code} dans le nom du fichier.</translation>
    </message>
    <message>
        <source>The “%1” template (%2) has problems.</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» (%2) présente des problèmes.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: no free temporary name.</source>
        <translation>Impossible d’écrire %1&#xa0;: aucun nom temporaire disponible.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) cannot be rendered:
</source>
        <translation>
            <numerusform>Impossible de générer %n lettre&#xa0;:
</numerusform>
            <numerusform>Impossible de générer %n lettres&#xa0;:
</numerusform>
        </translation>
    </message>
    <message>
        <source>The pages of the letters cannot be told apart.</source>
        <translation>Impossible de distinguer les pages de chaque lettre.</translation>
    </message>
</context>
<context>
    <name>cohort::LetterKindText</name>
    <message>
        <source>Acceptance — mentors</source>
        <translation>Acceptation — mentors</translation>
    </message>
    <message>
        <source>Acceptance — mentees</source>
        <translation>Acceptation — mentorés</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Match introduction</source>
        <translation>Présentation du binôme</translation>
    </message>
    <message>
        <source>Goal sheet reminder</source>
        <translation>Rappel de la fiche d’objectifs</translation>
    </message>
    <message>
        <source>Service recognition</source>
        <translation>Remerciement pour l’engagement</translation>
    </message>
    <message>
        <source>Goes to every accepted mentor of the cycle.</source>
        <translation>Envoyée à tous les mentors acceptés du cycle.</translation>
    </message>
    <message>
        <source>Goes to every accepted mentee of the cycle.</source>
        <translation>Envoyée à tous les mentorés acceptés du cycle.</translation>
    </message>
    <message>
        <source>Goes to every waitlisted applicant, mentors and mentees.</source>
        <translation>Envoyée à tous les candidats sur liste d’attente, mentors comme mentorés.</translation>
    </message>
    <message>
        <source>Goes to every declined applicant, mentors and mentees.</source>
        <translation>Envoyée à tous les candidats refusés, mentors comme mentorés.</translation>
    </message>
    <message>
        <source>Goes to both partners of every published match.</source>
        <translation>Envoyée aux deux membres de chaque binôme publié.</translation>
    </message>
    <message>
        <source>Goes to both partners of every published match whose goal sheet is not in yet.</source>
        <translation>Envoyée aux deux membres de chaque binôme publié dont la fiche d’objectifs n’a pas encore été remise.</translation>
    </message>
    <message>
        <source>Goes to every mentor with a published match, to thank them.</source>
        <translation>Envoyée à chaque mentor ayant un binôme publié, pour le remercier.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
</context>
<context>
    <name>cohort::LetterPreview</name>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Whose letter the preview shows</source>
        <translation>La personne dont l’aperçu montre la lettre</translation>
    </message>
    <message>
        <source>Previous recipient (Alt+Left)</source>
        <translation>Destinataire précédent (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Previous recipient</source>
        <translation>Destinataire précédent</translation>
    </message>
    <message>
        <source>Next recipient (Alt+Right)</source>
        <translation>Destinataire suivant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Next recipient</source>
        <translation>Destinataire suivant</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Desti&amp;nataire&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>This letter cannot be issued as it stands:
%1</source>
        <translation>Cette lettre ne peut pas être émise en l’état&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>cohort::LetterRenderer</name>
    <message>
        <source>There are no letters to write.</source>
        <translation>Il n’y a aucune lettre à écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation type="vanished">Impossible de commencer le PDF %1.</translation>
    </message>
    <message>
        <source>Cannot add a page to %1.</source>
        <translation type="vanished">Impossible d’ajouter une page à %1.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF %1.</source>
        <translation type="vanished">Impossible de terminer le PDF %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The page cannot be painted.</source>
        <translation>Impossible de dessiner la page.</translation>
    </message>
    <message>
        <source>A page cannot be added.</source>
        <translation>Impossible d’ajouter une page.</translation>
    </message>
    <message>
        <source>The pages cannot be finished.</source>
        <translation>Impossible de finaliser les pages.</translation>
    </message>
</context>
<context>
    <name>cohort::LetterStore</name>
    <message>
        <source>“%1” is not a letter kind.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de lettre.</translation>
    </message>
    <message>
        <source>Reading the letter template</source>
        <translation>lecture du modèle de lettre</translation>
    </message>
    <message>
        <source>There is no “%1” letter template in language “%2”: write one first.</source>
        <translation>Il n’existe aucun modèle de lettre «&#xa0;%1&#xa0;» dans la langue «&#xa0;%2&#xa0;»&#xa0;: rédigez-en un d’abord.</translation>
    </message>
    <message>
        <source>Saving the letter template</source>
        <translation>enregistrement du modèle de lettre</translation>
    </message>
    <message>
        <source>The “%1” letter template was changed or removed by someone else meanwhile; reopen it and try again.</source>
        <translation>Le modèle de lettre «&#xa0;%1&#xa0;» a été modifié ou supprimé entre-temps par quelqu’un d’autre&#xa0;; rouvrez-le et réessayez.</translation>
    </message>
    <message>
        <source>Recording an issued letter</source>
        <translation>enregistrement d’une lettre émise</translation>
    </message>
    <message>
        <source>Reading the issued letters</source>
        <translation>lecture des lettres émises</translation>
    </message>
    <message>
        <source>Reading the letterhead</source>
        <translation>lecture de l’en-tête</translation>
    </message>
</context>
<context>
    <name>cohort::LetterTemplate</name>
    <message>
        <source>“}}” without a matching “{{”.</source>
        <translation>«&#xa0;}}&#xa0;» sans «&#xa0;{{&#xa0;» correspondant.</translation>
    </message>
    <message>
        <source>“{{” is never closed with “}}”.</source>
        <translation>«&#xa0;{{&#xa0;» n’est jamais fermé par «&#xa0;}}&#xa0;».</translation>
    </message>
    <message>
        <source>Unescaped output “{{{…}}}” is not allowed in letters.</source>
        <translation>La sortie non échappée «&#xa0;{{{…}}}&#xa0;» n’est pas permise dans les lettres.</translation>
    </message>
    <message>
        <source>The tag “{{%1}}” is not allowed in letters.</source>
        <translation>La balise «&#xa0;{{%1}}&#xa0;» n’est pas permise dans les lettres.</translation>
    </message>
    <message>
        <source>“{{%1}}” is not a placeholder name.</source>
        <translation>«&#xa0;{{%1}}&#xa0;» n’est pas un nom de champ.</translation>
    </message>
    <message>
        <source>“{{/%1}}” closes no section.</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ne ferme aucune section.</translation>
    </message>
    <message>
        <source>“{{/%1}}” does not close %2 opened at line %3, column %4.</source>
        <translation>«&#xa0;{{/%1}}&#xa0;» ne ferme pas %2, ouverte à la ligne %3, colonne %4.</translation>
    </message>
    <message>
        <source>%1 is never closed with “{{/%2}}”.</source>
        <translation>%1 n’est jamais fermée par «&#xa0;{{/%2}}&#xa0;».</translation>
    </message>
    <message>
        <source>“{{%1}}” is not a known placeholder.</source>
        <translation>«&#xa0;{{%1}}&#xa0;» n’est pas un champ connu.</translation>
    </message>
    <message>
        <source>is a section; write {{#%1}}…{{/%1}}</source>
        <translation>est une section&#xa0;; écrivez {{#%1}}…{{/%1}}</translation>
    </message>
    <message>
        <source>has no value</source>
        <translation>n’a pas de valeur</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: “{{%2}}” at line %3, column %4 %5.</source>
        <translation>Impossible d’écrire la lettre pour %1&#xa0;: «&#xa0;{{%2}}&#xa0;» à la ligne %3, colonne %4 %5.</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: the template has an error at line %2, column %3: %4</source>
        <translation>Impossible d’écrire la lettre pour %1&#xa0;: le modèle contient une erreur à la ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: at line %2, column %3: %4</source>
        <translation>Impossible d’écrire la lettre pour %1&#xa0;: à la ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>The letter for %1 cannot be written: %2</source>
        <translation>Impossible d’écrire la lettre pour %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::LetterTemplateEditor</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Role (mentor or mentee)</source>
        <translation>Rôle (mentor ou mentoré)</translation>
    </message>
    <message>
        <source>Cycle name</source>
        <translation>Nom du cycle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Partner&apos;s full name</source>
        <translation>Nom complet du binôme</translation>
    </message>
    <message>
        <source>Partner&apos;s email</source>
        <translation>E-mail du binôme</translation>
    </message>
    <message>
        <source>Partner&apos;s library</source>
        <translation>Bibliothèque du binôme</translation>
    </message>
    <message>
        <source>Partner&apos;s preferred contact methods</source>
        <translation>Moyens de contact préférés du binôme</translation>
    </message>
    <message>
        <source>Goal sheet due date</source>
        <translation>Date de remise de la fiche d’objectifs</translation>
    </message>
    <message>
        <source>Orientation date</source>
        <translation>Date d’orientation</translation>
    </message>
    <message>
        <source>Program name</source>
        <translation>Nom du programme</translation>
    </message>
    <message>
        <source>Contact expectation (“at least twice a month”)</source>
        <translation>Fréquence de contact attendue («&#xa0;au moins deux fois par mois&#xa0;»)</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>Date du jour</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Nom du signataire</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>Mentees served</source>
        <translation>Mentorés accompagnés</translation>
    </message>
    <message>
        <source>Contacts logged (a number)</source>
        <translation>Contacts enregistrés (un nombre)</translation>
    </message>
    <message>
        <source>Contacts logged (“13 contacts”)</source>
        <translation>Contacts enregistrés («&#xa0;13&#xa0;contacts&#xa0;»)</translation>
    </message>
    <message>
        <source>Every partner&apos;s name, joined</source>
        <translation type="vanished">Noms de tous les binômes, énumérés à la suite</translation>
    </message>
    <message>
        <source>Insert &amp;Placeholder</source>
        <translation>Insérer un &amp;champ</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>The letter&apos;s subject, also its PDF title</source>
        <translation>L’objet de la lettre, qui sert aussi de titre au PDF</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texte de la lettre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Bold text (Ctrl+B)</source>
        <translation>Texte en gras (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Italic text</source>
        <translation>Texte en italique</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <source>Underlined text</source>
        <translation>Texte souligné</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Liste</translation>
    </message>
    <message>
        <source>A bulleted list</source>
        <translation>Une liste à puces</translation>
    </message>
    <message>
        <source>Insert Placeholder</source>
        <translation>Insérer un champ</translation>
    </message>
    <message>
        <source>Put a value such as the recipient&apos;s name, or text shown only when it applies, at the cursor</source>
        <translation>Insérer au curseur une valeur, comme le nom du destinataire, ou un texte affiché seulement quand il s’applique</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Binôme</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Engagement</translation>
    </message>
    <message>
        <source>Si&amp;gnature</source>
        <translation>Si&amp;gnature</translation>
    </message>
    <message>
        <source>&amp;Text Shown Only When…</source>
        <translation>&amp;Texte affiché seulement si…</translation>
    </message>
    <message>
        <source>The recipient has a match</source>
        <translation>Le destinataire a un binôme</translation>
    </message>
    <message>
        <source>The recipient has no match yet</source>
        <translation>Le destinataire n’a pas encore de binôme</translation>
    </message>
    <message>
        <source>The orientation date is set</source>
        <translation>La date d’orientation est fixée</translation>
    </message>
    <message>
        <source>The goal sheet due date is known</source>
        <translation>La date de remise de la fiche d’objectifs est connue</translation>
    </message>
    <message>
        <source>The recipient has several partners</source>
        <translation>Le destinataire a plusieurs binômes</translation>
    </message>
    <message>
        <source>The goal sheet is overdue</source>
        <translation>La fiche d’objectifs est en retard</translation>
    </message>
    <message>
        <source>The recipient is a mentor</source>
        <translation>Le destinataire est mentor</translation>
    </message>
    <message>
        <source>The recipient is a mentee</source>
        <translation>Le destinataire est mentoré</translation>
    </message>
    <message>
        <source>Every &amp;Partner (a Line Each)</source>
        <translation type="vanished">&amp;Chaque binôme (une ligne chacun)</translation>
    </message>
    <message>
        <source>A mentor with several mentees gets a line for each</source>
        <translation>Un mentor qui a plusieurs mentorés obtient une ligne pour chacun</translation>
    </message>
    <message>
        <source>Every partner&apos;s name (“Ann Lee and Bob Ray”)</source>
        <translation>Le nom de chaque binôme («&#xa0;Ann Lee et Bob Ray&#xa0;»)</translation>
    </message>
    <message>
        <source>Every Partner (a &amp;Line Each)</source>
        <translation>Chaque binôme (une &amp;ligne par personne)</translation>
    </message>
</context>
<context>
    <name>cohort::LetterheadDialog</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Printed at the top of every letter; empty: the program&apos;s organization</source>
        <translation type="vanished">Imprimé en haut de chaque lettre&#xa0;; si vide, l’organisation du programme</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>e.g. Maria Lopez</source>
        <translation>par ex. Marie Dupont</translation>
    </message>
    <message>
        <source>e.g. Chair, Mentoring Committee</source>
        <translation>par ex. Présidente du comité de mentorat</translation>
    </message>
    <message>
        <source>US Letter (8.5 × 11 in)</source>
        <translation>Lettre US (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Signature image:</source>
        <translation>Image de la signature&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a Signature Image</source>
        <translation>Choisir une image de signature</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Page &amp;size:</source>
        <translation>Format du &amp;papier&#xa0;:</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source> mm</source>
        <translation>&#xa0;mm</translation>
    </message>
    <message>
        <source>%1 margin</source>
        <translation>Marge&#xa0;: %1</translation>
    </message>
    <message>
        <source>Margins:</source>
        <translation>Marges&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not an image Cohort can read (%2). Choose a PNG or JPEG file.</source>
        <translation>%1 n’est pas une image lisible par Cohort (%2). Choisissez un fichier PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Aucune image</translation>
    </message>
    <message>
        <source>Printed at the top of every letter; if empty, the program&apos;s organization is used</source>
        <translation>Imprimé en haut de chaque lettre&#xa0;; s’il est vide, l’organisation du programme est utilisée</translation>
    </message>
</context>
<context>
    <name>cohort::LettersPage</name>
    <message>
        <source>&amp;Issue Letters…</source>
        <translation>É&amp;mettre les lettres…</translation>
    </message>
    <message>
        <source>Write this letter as PDFs for the people it goes to, and record what each was sent</source>
        <translation>Écrire cette lettre en PDF pour ses destinataires et consigner ce qui a été envoyé à chacun</translation>
    </message>
    <message>
        <source>Issue Letters to &amp;Selected…</source>
        <translation>Émettre les lettres à la &amp;sélection…</translation>
    </message>
    <message>
        <source>Issue the letters the people selected in “To send” are waiting for</source>
        <translation>Émettre les lettres en attente pour les personnes sélectionnées dans «&#xa0;À envoyer&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Print Letters…</source>
        <translation type="vanished">&amp;Imprimer les lettres…</translation>
    </message>
    <message>
        <source>Print this letter for everyone it goes to</source>
        <translation>Imprimer cette lettre pour tous ses destinataires</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See every page before printing</source>
        <translation>Voir toutes les pages avant d’imprimer</translation>
    </message>
    <message>
        <source>&amp;Letterhead…</source>
        <translation>&amp;En-tête…</translation>
    </message>
    <message>
        <source>Organization, address, logo, signature, page size and margins of every letter</source>
        <translation>Organisation, adresse, logo, signature, format du papier et marges de toutes les lettres</translation>
    </message>
    <message>
        <source>&amp;Restore Default Text</source>
        <translation type="vanished">&amp;Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Put back the text this letter came with (undoable)</source>
        <translation>Remettre le texte d’origine de cette lettre (annulable)</translation>
    </message>
    <message>
        <source>&amp;Next Recipient</source>
        <translation>Destinataire sui&amp;vant</translation>
    </message>
    <message>
        <source>Preview the letter of the next person</source>
        <translation>Afficher l’aperçu de la lettre de la personne suivante</translation>
    </message>
    <message>
        <source>P&amp;revious Recipient</source>
        <translation>Destinataire &amp;précédent</translation>
    </message>
    <message>
        <source>Preview the letter of the previous person</source>
        <translation>Afficher l’aperçu de la lettre de la personne précédente</translation>
    </message>
    <message>
        <source>Show Issued Te&amp;xt</source>
        <translation>Afficher le te&amp;xte émis</translation>
    </message>
    <message>
        <source>The exact text the selected person was sent</source>
        <translation>Le texte exact envoyé à la personne sélectionnée</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Restore Default</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Issue Letters…</source>
        <translation>Émettre les lettres…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Last sent</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <source>Can be issued</source>
        <translation>Peut être émise</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>Lettres à envoyer</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émises</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Template version</source>
        <translation>Version du modèle</translation>
    </message>
    <message>
        <source>PDF SHA-256</source>
        <translation>SHA-256 du PDF</translation>
    </message>
    <message>
        <source>By</source>
        <translation type="vanished">Émise par</translation>
    </message>
    <message>
        <source>Letters issued</source>
        <translation>Lettres émises</translation>
    </message>
    <message>
        <source>Issue Letters to Selected…</source>
        <translation>Émettre les lettres à la sélection…</translation>
    </message>
    <message>
        <source>People whose decision or match calls for a letter they have not been sent as it would read now.</source>
        <translation>Personnes dont la décision ou le binôme appelle une lettre qui ne leur a pas été envoyée dans sa version actuelle.</translation>
    </message>
    <message>
        <source>To Send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar: its acceptance, waitlist and decline letters, match introductions and reminders are written here.</source>
        <translation>Choisissez un cycle dans la barre d’outils&#xa0;: ses lettres d’acceptation, de liste d’attente et de refus, les présentations de binômes et les rappels se rédigent ici.</translation>
    </message>
    <message>
        <source>Open a program to write its letters.</source>
        <translation>Ouvrez un programme pour en rédiger les lettres.</translation>
    </message>
    <message>
        <source>No template yet: write one.</source>
        <translation>Pas encore de modèle&#xa0;: rédigez-en un.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>The text Cohort comes with</source>
        <translation>Le texte fourni avec Cohort</translation>
    </message>
    <message>
        <source>Edited (version %1)</source>
        <translation>Modifié (version %1)</translation>
    </message>
    <message>
        <source>Edit Letter “%1” (%2)</source>
        <translation>Modifier la lettre «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <source>Save Letter</source>
        <translation>Enregistrer la lettre</translation>
    </message>
    <message>
        <source>Letter saved.</source>
        <translation>Lettre enregistrée.</translation>
    </message>
    <message>
        <source>Restore Default Text</source>
        <translation>Rétablir le texte par défaut</translation>
    </message>
    <message>
        <source>Cohort has no default text for this letter in %1.</source>
        <translation>Cohort n’a pas de texte par défaut pour cette lettre dans cette langue (%1).</translation>
    </message>
    <message>
        <source>No one in %1 is due this letter yet. %2</source>
        <translation>Personne dans %1 ne doit encore recevoir cette lettre. %2</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>%1, since changed</source>
        <translation>%1, modifiée depuis</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non&#xa0;: %1</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>To Send (%1)</source>
        <translation>À envoyer (%1)</translation>
    </message>
    <message>
        <source>Issued (%1)</source>
        <translation>Émises (%1)</translation>
    </message>
    <message>
        <source>%1 (%2 to send)</source>
        <translation>%1 (%2 à envoyer)</translation>
    </message>
    <message>
        <source>Issue Letters</source>
        <translation>Émettre les lettres</translation>
    </message>
    <message>
        <source>Writing the “%1” letters…</source>
        <translation>Écriture des lettres «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Issuing cancelled; no letter was written or recorded.</source>
        <translation>Émission annulée&#xa0;; aucune lettre n’a été écrite ni consignée.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) written to %1.</source>
        <translation>
            <numerusform>%n lettre écrite dans %1.</numerusform>
            <numerusform>%n lettres écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No letter was written.</source>
        <translation>Aucune lettre n’a été écrite.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) already have this letter as it stands and were skipped (check “Issue again” to write theirs too).</source>
        <translation>
            <numerusform>%n personne a déjà cette lettre dans sa version actuelle et a été ignorée (cochez «&#xa0;Émettre de nouveau&#xa0;» pour écrire aussi la sienne).</numerusform>
            <numerusform>%n personnes ont déjà cette lettre dans sa version actuelle et ont été ignorées (cochez «&#xa0;Émettre de nouveau&#xa0;» pour écrire aussi les leurs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) issued.</source>
        <translation>
            <numerusform>%n lettre émise.</numerusform>
            <numerusform>%n lettres émises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Letters</source>
        <translation>Imprimer les lettres</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Letters sent to the printer (printing does not record them as issued).</source>
        <translation>Lettres envoyées à l’imprimante (l’impression ne les consigne pas comme émises).</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>%1 to %2, issued %3</source>
        <translation>%1 pour %2, émise le %3</translation>
    </message>
    <message>
        <source>The exact text issued; the PDF&apos;s SHA-256 is %1.</source>
        <translation>Le texte exact émis&#xa0;; le SHA-256 du PDF est %1.</translation>
    </message>
    <message>
        <source>Prin&amp;t Letters…</source>
        <translation>Imprimer les le&amp;ttres…</translation>
    </message>
    <message>
        <source>Restore &amp;Default Text</source>
        <translation>Rétablir le texte par &amp;défaut</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émise par</translation>
    </message>
    <message numerus="yes">
        <source>One letter at a time: this issues the “%1” letters; %n other selected row(s) wait for theirs.</source>
        <translation>
            <numerusform>Une lettre à la fois&#xa0;: les lettres «&#xa0;%1&#xa0;» sont émises&#xa0;; %n autre ligne sélectionnée attend la sienne.</numerusform>
            <numerusform>Une lettre à la fois&#xa0;: les lettres «&#xa0;%1&#xa0;» sont émises&#xa0;; %n autres lignes sélectionnées attendent la leur.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Import Applications…</source>
        <translation>&amp;Importer des candidatures…</translation>
    </message>
    <message>
        <source>Add applications from a CSV file exported by your form service</source>
        <translation>Ajouter des candidatures depuis un fichier CSV exporté par votre service de formulaires</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation>&amp;Candidatures</translation>
    </message>
    <message>
        <source>Show the applications whose name, email or library contains these words</source>
        <translation>Afficher les candidatures dont le nom, l’adresse e-mail ou la bibliothèque contient ces mots</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n applications into %1.</source>
        <translation>
            <numerusform>%n candidature importée dans %1.</numerusform>
            <numerusform>%n candidatures importées dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>Review has no search: sort the grid by a column instead</source>
        <translation>Pas de recherche dans Évaluation&#xa0;: triez plutôt la grille selon une colonne</translation>
    </message>
    <message>
        <source>Review &amp;Packets</source>
        <translation>&amp;Paquets d’évaluation</translation>
    </message>
    <message>
        <source>Score offline: one file per reviewer out, their scores merged back</source>
        <translation>Noter hors ligne&#xa0;: un fichier part vers chaque évaluateur, ses notes sont fusionnées au retour</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to score</source>
        <translation>
            <numerusform>%Ln à noter</numerusform>
            <numerusform>%Ln à noter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews of this cycle are not submitted yet</source>
        <translation>
            <numerusform>%Ln évaluation de ce cycle n’est pas encore soumise</numerusform>
            <numerusform>%Ln évaluations de ce cycle ne sont pas encore soumises</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Review Packet</source>
        <translation>Ouvrir un paquet d’évaluation</translation>
    </message>
    <message>
        <source>Review packets (*.%1)</source>
        <translation>Paquets d’évaluation (*.%1)</translation>
    </message>
    <message>
        <source>&amp;Matching</source>
        <translation>A&amp;ppariement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to match</source>
        <translation>
            <numerusform>%Ln à apparier</numerusform>
            <numerusform>%Ln à apparier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted mentees of this cycle are not matched yet</source>
        <translation>
            <numerusform>%Ln mentoré accepté de ce cycle n’est pas encore apparié</numerusform>
            <numerusform>%Ln mentorés acceptés de ce cycle ne sont pas encore appariés</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching has its own field above the unmatched mentees</source>
        <translation>La rubrique Appariement a son propre champ de recherche au-dessus des mentorés sans binôme</translation>
    </message>
    <message>
        <source>&amp;Cycle</source>
        <translation>Cyc&amp;le</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Calend&amp;rier</translation>
    </message>
    <message numerus="yes">
        <source>%Ln need attention</source>
        <translation>
            <numerusform>%Ln à surveiller</numerusform>
            <numerusform>%Ln à surveiller</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln published matches of this cycle are quiet or below the contact cadence</source>
        <translation>
            <numerusform>%Ln binôme publié de ce cycle est silencieux ou sous la cadence de contact</numerusform>
            <numerusform>%Ln binômes publiés de ce cycle sont silencieux ou sous la cadence de contact</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline has its own field above the list of matches</source>
        <translation>La rubrique Calendrier a son propre champ de recherche au-dessus de la liste des binômes</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Le&amp;ttres</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to send</source>
        <translation>
            <numerusform>%Ln à envoyer</numerusform>
            <numerusform>%Ln à envoyer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln letters of this cycle are still to send</source>
        <translation>
            <numerusform>%Ln lettre de ce cycle reste à envoyer</numerusform>
            <numerusform>%Ln lettres de ce cycle restent à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the letters to send and issued whose name, code or letter contains these words</source>
        <translation>Afficher les lettres à envoyer et émises dont le nom, le code ou la lettre contient ces mots</translation>
    </message>
</context>
<context>
    <name>cohort::MatchBoard</name>
    <message>
        <source>The program is open read-only.</source>
        <translation>Le programme est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The board is not loaded.</source>
        <translation>Le tableau d’appariement n’est pas chargé.</translation>
    </message>
    <message>
        <source>The board is updating; try again in a moment.</source>
        <translation>Le tableau d’appariement est en cours de mise à jour&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Only accepted mentees and mentors of this cycle can be matched.</source>
        <translation>Seuls les mentorés et les mentors acceptés de ce cycle peuvent être appariés.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s mentee.</source>
        <translation>%1 est déjà le mentoré de %2.</translation>
    </message>
    <message>
        <source>%1&apos;s match is published; unmatch it first if it must change.</source>
        <translation>Le binôme de %1 est publié&#xa0;; défaites-le d’abord s’il doit changer.</translation>
    </message>
    <message>
        <source>%1&apos;s match is locked; unlock it first.</source>
        <translation>Le binôme de %1 est verrouillé&#xa0;; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>%1 is full (%2 of %3).</source>
        <translation>%1 est complet (%2 sur %3).</translation>
    </message>
    <message>
        <source>Move %1 to %2: score %3</source>
        <translation>Déplacer %1 vers %2&#xa0;: score %3</translation>
    </message>
    <message>
        <source>Match %1 with %2: score %3</source>
        <translation>Apparier %1 avec %2&#xa0;: score %3</translation>
    </message>
    <message>
        <source>%1 is not matched.</source>
        <translation>%1 n’a pas de binôme.</translation>
    </message>
    <message>
        <source>Unmatch %1</source>
        <translation>Défaire le binôme de %1</translation>
    </message>
    <message>
        <source>Unmatch %1 (the match is published: the pair was told)</source>
        <translation>Défaire le binôme de %1 (il est publié&#xa0;: les intéressés ont été prévenus)</translation>
    </message>
</context>
<context>
    <name>cohort::MatchChangesCommand</name>
    <message>
        <source>Match %1 with %2</source>
        <translation>Apparier %1 avec %2</translation>
    </message>
    <message>
        <source>Unmatch %1</source>
        <translation>Défaire le binôme de %1</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Déplacer %1 vers %2</translation>
    </message>
    <message numerus="yes">
        <source>Lock %n Match(es)</source>
        <translation>
            <numerusform>Verrouiller %n binôme</numerusform>
            <numerusform>Verrouiller %n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n Match(es)</source>
        <translation>
            <numerusform>Déverrouiller %n binôme</numerusform>
            <numerusform>Déverrouiller %n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n Match(es)</source>
        <translation>
            <numerusform>Publier %n binôme</numerusform>
            <numerusform>Publier %n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Auto-Match %n Mentee(s)</source>
        <translation>
            <numerusform>Apparier automatiquement %n mentoré</numerusform>
            <numerusform>Apparier automatiquement %n mentorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchDetailPanel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>&amp;Remove Contact</source>
        <translation>&amp;Supprimer le contact</translation>
    </message>
    <message>
        <source>&amp;Log Contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>Date du contact</translation>
    </message>
    <message>
        <source>Initiated by</source>
        <translation>À l’initiative de</translation>
    </message>
    <message>
        <source>A short note (optional); Enter logs the contact</source>
        <translation>Une courte remarque (facultative)&#xa0;; Entrée enregistre le contact</translation>
    </message>
    <message>
        <source>Liaison:</source>
        <translation>Référent&#xa0;:</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
    <message>
        <source>Log a contact:</source>
        <translation>Enregistrer un contact&#xa0;:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>No match selected</source>
        <translation>Aucun binôme sélectionné</translation>
    </message>
    <message>
        <source>Select a match to see its contacts and goal sheet, and to log a contact.</source>
        <translation>Sélectionnez un binôme pour voir ses contacts et sa fiche d’objectifs, et pour enregistrer un contact.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Goal sheet submitted on %1 with %n goal(s).</source>
        <translation>
            <numerusform>Fiche d’objectifs rendue le %1 avec %n objectif.</numerusform>
            <numerusform>Fiche d’objectifs rendue le %1 avec %n objectifs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal sheet overdue: it was due on %1.</source>
        <translation>Fiche d’objectifs en retard&#xa0;: elle était à rendre le %1.</translation>
    </message>
    <message>
        <source>Goal sheet due on %1.</source>
        <translation>Fiche d’objectifs à rendre le %1.</translation>
    </message>
    <message>
        <source>The match started on %1; a contact cannot be earlier.</source>
        <translation>Le binôme a commencé le %1&#xa0;; un contact ne peut pas être antérieur.</translation>
    </message>
    <message>
        <source>A contact cannot be in the future.</source>
        <translation>Un contact ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Logged a contact of %1 on %2.</source>
        <translation>Contact de %1 enregistré le %2.</translation>
    </message>
    <message>
        <source>Removed the contact; Edit › Undo brings it back.</source>
        <translation>Contact supprimé&#xa0;; Édition › Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Remove the Liaison of %1</source>
        <translation>Retirer le référent de %1</translation>
    </message>
    <message>
        <source>Make %1 Liaison of %2</source>
        <translation>Désigner %1 comme référent de %2</translation>
    </message>
    <message>
        <source>Edit &amp;Goal Sheet…</source>
        <translation>Modifier la &amp;fiche d’objectifs…</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Edit the match&apos;s goal sheet: due date, submission and its 1 to 3 SMART goals</source>
        <translation>Modifier la fiche d’objectifs du binôme&#xa0;: date limite, remise et ses 1 à 3 objectifs SMART</translation>
    </message>
    <message>
        <source>Orientation attendance</source>
        <translation>Présence à l’orientation</translation>
    </message>
    <message>
        <source>No goal sheet yet.</source>
        <translation>Aucune fiche d’objectifs pour l’instant.</translation>
    </message>
    <message>
        <source>Mentor attended</source>
        <translation>Mentor présent</translation>
    </message>
    <message>
        <source>Mentee attended</source>
        <translation>Mentoré présent</translation>
    </message>
    <message>
        <source>Mentor attended the orientation on %1</source>
        <translation>Le mentor a assisté à l’orientation du %1</translation>
    </message>
    <message>
        <source>Mentee attended the orientation on %1</source>
        <translation>Le mentoré a assisté à l’orientation du %1</translation>
    </message>
    <message>
        <source>Mark %1 Attended the Orientation on %2</source>
        <translation>Marquer la présence de %1 à l’orientation du %2</translation>
    </message>
    <message>
        <source>Mark %1 Absent from the Orientation on %2</source>
        <translation>Marquer l’absence de %1 à l’orientation du %2</translation>
    </message>
    <message>
        <source>Goal Sheet of %1</source>
        <translation>Fiche d’objectifs de %1</translation>
    </message>
    <message>
        <source>Saved the goal sheet of %1.</source>
        <translation>Fiche d’objectifs de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>cohort::MatchExport</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
    <name>cohort::MatchingPage</name>
    <message>
        <source>&amp;Match With…</source>
        <translation>&amp;Apparier avec…</translation>
    </message>
    <message>
        <source>&amp;Unmatch</source>
        <translation>&amp;Défaire le binôme</translation>
    </message>
    <message>
        <source>&amp;Lock Match</source>
        <translation>&amp;Verrouiller le binôme</translation>
    </message>
    <message>
        <source>&amp;Auto-Match…</source>
        <translation>Appariement au&amp;tomatique…</translation>
    </message>
    <message>
        <source>&amp;Publish Matches…</source>
        <translation>&amp;Publier les binômes…</translation>
    </message>
    <message>
        <source>Matching &amp;Settings…</source>
        <translation>Para&amp;mètres d’appariement…</translation>
    </message>
    <message>
        <source>Choose a mentor for the selected mentee (the keyboard&apos;s drag and drop)</source>
        <translation>Choisir un mentor pour le mentoré sélectionné (l’équivalent clavier du glisser-déposer)</translation>
    </message>
    <message>
        <source>Send the selected mentee back to the unmatched</source>
        <translation>Renvoyer le mentoré sélectionné parmi les mentorés sans binôme</translation>
    </message>
    <message>
        <source>A locked match stays as it is when auto-match runs, and cannot be dragged</source>
        <translation>Un binôme verrouillé reste tel quel lors de l’appariement automatique et ne peut pas être déplacé</translation>
    </message>
    <message>
        <source>Propose the matches with the highest total compatibility; locked and published matches stay</source>
        <translation>Proposer les binômes offrant la compatibilité totale la plus élevée&#xa0;; les binômes verrouillés et publiés sont conservés</translation>
    </message>
    <message>
        <source>Mark the draft matches published today: letters and the timeline start from it</source>
        <translation>Marquer les binômes en brouillon comme publiés aujourd’hui&#xa0;: les lettres et le calendrier partent de cette date</translation>
    </message>
    <message>
        <source>How much each factor counts, the minimum score, and the same-library rule</source>
        <translation>Le poids de chaque facteur, le score minimum et la règle de la même bibliothèque</translation>
    </message>
    <message>
        <source>No cycle selected</source>
        <translation>Aucun cycle sélectionné</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to match its accepted mentees and mentors.</source>
        <translation>Choisissez un cycle dans la barre d’outils pour apparier ses mentorés et ses mentors acceptés.</translation>
    </message>
    <message>
        <source>The matching could not be read</source>
        <translation>Impossible de lire l’appariement</translation>
    </message>
    <message>
        <source>Nobody to match yet</source>
        <translation>Personne à apparier pour l’instant</translation>
    </message>
    <message>
        <source>Matching starts when the cycle has accepted mentees and mentors: decide on applications in the Review area first.</source>
        <translation>L’appariement commence quand le cycle a des mentorés et des mentors acceptés&#xa0;: statuez d’abord sur les candidatures dans la rubrique Évaluation.</translation>
    </message>
    <message>
        <source>Find a mentee</source>
        <translation>Rechercher un mentoré</translation>
    </message>
    <message>
        <source>Unmatched mentees</source>
        <translation>Mentorés sans binôme</translation>
    </message>
    <message>
        <source>Mentors and their matches</source>
        <translation>Mentors et leurs binômes</translation>
    </message>
    <message>
        <source>Mentors (drop a mentee on one)</source>
        <translation>Mentors (déposez un mentoré sur l’un d’eux)</translation>
    </message>
    <message>
        <source>%1 of %2 accepted mentees matched · %3 mentors with %4 places</source>
        <translation>%1 sur %2 mentorés acceptés appariés · %3 mentors, %4 places</translation>
    </message>
    <message>
        <source> · mean score %1</source>
        <translation> · score moyen %1</translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) not published</source>
        <translation>
            <numerusform>%n brouillon non publié</numerusform>
            <numerusform>%n brouillons non publiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmatched mentees (%1)</source>
        <translation>Mentorés sans binôme (%1)</translation>
    </message>
    <message>
        <source>Match With</source>
        <translation>Apparier avec</translation>
    </message>
    <message>
        <source>No mentor with room is open to %1: every mentor is full or has a conflict.</source>
        <translation>Aucun mentor ayant de la place n’est disponible pour %1&#xa0;: tous les mentors sont complets ou ont un conflit.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)</source>
        <translation>%1 — %2 (%3 sur %4)</translation>
    </message>
    <message>
        <source>Mentor for %1 (best first):</source>
        <translation>Mentor pour %1 (les meilleurs d’abord)&#xa0;:</translation>
    </message>
    <message>
        <source>Unmatch</source>
        <translation>Défaire le binôme</translation>
    </message>
    <message>
        <source>%1&apos;s match was published on %2, so the pair has been told. Unmatch them anyway?</source>
        <translation>Le binôme de %1 a été publié le %2&#xa0;: les intéressés ont donc été prévenus. Le défaire quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Locked: auto-match keeps this match.</source>
        <translation>Verrouillé&#xa0;: l’appariement automatique conserve ce binôme.</translation>
    </message>
    <message>
        <source>Unlocked.</source>
        <translation>Déverrouillé.</translation>
    </message>
    <message>
        <source>Edit › Undo discards the proposal.</source>
        <translation>Édition › Annuler abandonne la proposition.</translation>
    </message>
    <message>
        <source>Publish Matches</source>
        <translation>Publier les binômes</translation>
    </message>
    <message numerus="yes">
        <source>Publish %n draft match(es) of %1 as of %2?</source>
        <translation>
            <numerusform>Publier %n binôme en brouillon de %1 à la date du %2&#xa0;?</numerusform>
            <numerusform>Publier %n binômes en brouillon de %1 à la date du %2&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Notification letters and the engagement timeline start from this date. Edit › Undo takes it back.</source>
        <translation>Les lettres de notification et le calendrier de suivi partent de cette date. Édition › Annuler revient dessus.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n match(es).</source>
        <translation>
            <numerusform>%n binôme publié.</numerusform>
            <numerusform>%n binômes publiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching settings changed; the scores are worked out again.</source>
        <translation>Paramètres d’appariement modifiés&#xa0;; les scores sont recalculés.</translation>
    </message>
    <message>
        <source>&amp;Export Matches…</source>
        <translation>&amp;Exporter les binômes…</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s matches as CSV: codes, names, status, score (no confidential answers)</source>
        <translation>Enregistrer les binômes du cycle en CSV&#xa0;: codes, noms, statut, score (sans réponse confidentielle)</translation>
    </message>
    <message>
        <source>%1 matches.csv</source>
        <translation>%1 binômes.csv</translation>
    </message>
    <message>
        <source>Export Matches</source>
        <translation>Exporter les binômes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n match(es) of %1 to %2.</source>
        <translation>
            <numerusform>%n binôme de %1 exporté vers %2.</numerusform>
            <numerusform>%n binômes de %1 exportés vers %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::MatchingSettingsDialog</name>
    <message>
        <source>Never match two people from the same &amp;library</source>
        <translation>Ne jamais apparier deux personnes de la même &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Matching Settings</source>
        <translation>Paramètres d’appariement</translation>
    </message>
    <message>
        <source>&amp;Practice area</source>
        <translation>&amp;Domaine d’activité</translation>
    </message>
    <message>
        <source>The mentee&apos;s interests and goals against the mentor&apos;s experience</source>
        <translation>Les centres d’intérêt et les objectifs du mentoré comparés à l’expérience du mentor</translation>
    </message>
    <message>
        <source>Library &amp;type</source>
        <translation>&amp;Type de bibliothèque</translation>
    </message>
    <message>
        <source>Public, school, academic, special</source>
        <translation>Publique, scolaire, universitaire, spécialisée</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Hours apart: the same zone counts fully, six or more not at all</source>
        <translation>Heures d’écart&#xa0;: le même fuseau compte pleinement, six ou plus ne comptent pas du tout</translation>
    </message>
    <message>
        <source>&amp;Contact methods</source>
        <translation>Moyens de &amp;contact</translation>
    </message>
    <message>
        <source>Email, phone, video, chat in common</source>
        <translation>E-mail, téléphone, vidéo, messagerie instantanée en commun</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A language in common</source>
        <translation>Une langue en commun</translation>
    </message>
    <message>
        <source>&amp;Experience gap</source>
        <translation>Écart d’&amp;expérience</translation>
    </message>
    <message>
        <source>Years the mentor has beyond the mentee: five or more count fully</source>
        <translation>Années d’expérience du mentor au-delà de celles du mentoré&#xa0;: cinq ou plus comptent pleinement</translation>
    </message>
    <message>
        <source>P&amp;references</source>
        <translation>&amp;Préférences</translation>
    </message>
    <message>
        <source>The mentee&apos;s stated preferences, only where they opted in</source>
        <translation>Les préférences exprimées par le mentoré, seulement s’il a donné son accord</translation>
    </message>
    <message>
        <source>Auto-match leaves pairs scoring below this unmatched</source>
        <translation>L’appariement automatique laisse sans binôme les paires dont le score est inférieur à ce seuil</translation>
    </message>
    <message>
        <source>&amp;Minimum score:</source>
        <translation>Score &amp;minimum&#xa0;:</translation>
    </message>
    <message>
        <source>How much each factor counts in a pair&apos;s score (0 leaves it out). The preview shows the effect on this cycle.</source>
        <translation>Le poids de chaque facteur dans le score d’une paire (0 l’exclut). L’aperçu montre l’effet sur ce cycle.</translation>
    </message>
    <message>
        <source>No accepted mentees and mentors to preview on.</source>
        <translation>Aucun mentoré ni mentor accepté sur lequel afficher un aperçu.</translation>
    </message>
    <message>
        <source>This cycle is too large to preview while typing; Auto-Match shows the effect.</source>
        <translation>Ce cycle est trop grand pour afficher un aperçu pendant la saisie&#xa0;; Appariement automatique montre l’effet.</translation>
    </message>
    <message>
        <source>Mean best score of a mentee: %1.</source>
        <translation>Moyenne du meilleur score de chaque mentoré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No mentee has a mentor open to them.</source>
        <translation>Aucun mentoré n’a de mentor disponible.</translation>
    </message>
    <message>
        <source>Auto-match would give: %1</source>
        <translation>L’appariement automatique donnerait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cohort::MatchingStore</name>
    <message>
        <source>Reading the matching of the cycle</source>
        <translation>lecture de l’appariement du cycle</translation>
    </message>
    <message>
        <source>Reading the matching settings</source>
        <translation>lecture des paramètres d’appariement</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>Le cycle n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Each matching weight must be a number of 0 or more.</source>
        <translation>Chaque poids d’appariement doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>The minimum score must be between 0 and 1.</source>
        <translation>Le score minimum doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The match of %1 and %2</source>
        <translation>Le binôme de %1 et %2</translation>
    </message>
    <message>
        <source>A match</source>
        <translation>Un binôme</translation>
    </message>
    <message>
        <source>The match</source>
        <translation>Le binôme</translation>
    </message>
    <message>
        <source>Reading a match</source>
        <translation>lecture d’un binôme</translation>
    </message>
    <message>
        <source>The match no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>Le binôme n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you read it; reload to see the changes.</source>
        <translation>%1 a été modifié par %2 le %3 depuis que vous l’avez lu&#xa0;; rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>A new match needs an id.</source>
        <translation>Un nouveau binôme doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>This match exists already; reload to see it.</source>
        <translation>Ce binôme existe déjà&#xa0;; rechargez pour le voir.</translation>
    </message>
    <message>
        <source>%1 has a match already; someone else may have matched them. Reload to see the changes.</source>
        <translation>%1 a déjà un binôme&#xa0;; quelqu’un d’autre l’a peut-être apparié. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>Saving %1</source>
        <translation>enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removing a match</source>
        <translation>suppression d’un binôme</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n logged contact(s); end the match instead of removing it.</source>
        <translation>
            <numerusform>%1 a %n contact enregistré&#xa0;; mettez fin au binôme au lieu de le supprimer.</numerusform>
            <numerusform>%1 a %n contacts enregistrés&#xa0;; mettez fin au binôme au lieu de le supprimer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a goal sheet; end the match instead of removing it.</source>
        <translation>%1 a une fiche d’objectifs&#xa0;; mettez fin au binôme au lieu de le supprimer.</translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation>restauration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the matches of the cycle</source>
        <translation>lecture des binômes du cycle</translation>
    </message>
</context>
<context>
    <name>cohort::MenteePoolModel</name>
    <message>
        <source>none open</source>
        <translation>aucun disponible</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Career stage: %1</source>
        <translation>Étape de carrière&#xa0;: %1</translation>
    </message>
    <message>
        <source>No mentor with room is open to this mentee.</source>
        <translation>Aucun mentor ayant de la place n’est disponible pour ce mentoré.</translation>
    </message>
    <message>
        <source>Best available score: %1</source>
        <translation>Meilleur score disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentoré</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Meilleur</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Centres d’intérêt</translation>
    </message>
</context>
<context>
    <name>cohort::MentorBoardModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Expérience&#xa0;: %1</translation>
    </message>
    <message>
        <source>Full: %1 of %2 mentees</source>
        <translation>Complet&#xa0;: %1 sur %2 mentorés</translation>
    </message>
    <message numerus="yes">
        <source>Room for %n more</source>
        <translation>
            <numerusform>Encore %n place</numerusform>
            <numerusform>Encore %n places</numerusform>
        </translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>%1 (%2) with %3: score %4</source>
        <translation>%1 (%2) avec %3&#xa0;: score %4</translation>
    </message>
    <message>
        <source>Mentor / mentee</source>
        <translation>Mentor / mentoré</translation>
    </message>
    <message>
        <source>Load / score</source>
        <translation>Charge / score</translation>
    </message>
    <message>
        <source>Library / match</source>
        <translation>Bibliothèque / binôme</translation>
    </message>
</context>
<context>
    <name>cohort::MentorBoardView</name>
    <message>
        <source>Drop on a mentor to match</source>
        <translation>Déposez sur un mentor pour apparier</translation>
    </message>
</context>
<context>
    <name>cohort::MergePacketCommand</name>
    <message>
        <source>Merge %1&apos;s Review Packet</source>
        <translation>Fusionner le paquet d’évaluation de %1</translation>
    </message>
    <message>
        <source>%1 of %2 changed in the program while the merge was being prepared; merge the packet again.</source>
        <translation type="vanished">%1 de %2 a été modifié dans le programme pendant la préparation de la fusion&#xa0;; fusionnez de nouveau le paquet.</translation>
    </message>
    <message>
        <source>A score or comment of this merge was changed since; reload to see it.</source>
        <translation type="vanished">Une note ou un commentaire de cette fusion a été modifié depuis&#xa0;; rechargez pour le voir.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 scores, %4 comments, %5 submitted</source>
        <translation type="vanished">%1 depuis %2&#xa0;: %3 notes, %4 commentaires, %5 attributions soumises</translation>
    </message>
</context>
<context>
    <name>cohort::MergePeopleCommand</name>
    <message>
        <source>Merge %1 into %2</source>
        <translation>Fusionner %1 dans %2</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves.</source>
        <translation>Impossible de fusionner une personne avec elle-même.</translation>
    </message>
</context>
<context>
    <name>cohort::NewApplicationCommand</name>
    <message>
        <source>New Application from %1</source>
        <translation>Nouvelle candidature de %1</translation>
    </message>
    <message>
        <source>A new application comes by email or on paper.</source>
        <translation>Une nouvelle candidature arrive par e-mail ou sur papier.</translation>
    </message>
    <message>
        <source>Choose whether %1 applies as a mentor or as a mentee.</source>
        <translation>Indiquez si %1 candidate comme mentor ou comme mentoré.</translation>
    </message>
    <message>
        <source>Choose the person the application belongs to.</source>
        <translation>Choisissez la personne à qui appartient la candidature.</translation>
    </message>
    <message>
        <source>New Application %1 from %2</source>
        <translation>Nouvelle candidature %1 de %2</translation>
    </message>
</context>
<context>
    <name>cohort::NewApplicationDialog</name>
    <message>
        <source>ALSC member</source>
        <translation>Membre de l’ALSC</translation>
    </message>
    <message>
        <source>At least 18 years old (or has a guardian&apos;s permission)</source>
        <translation>A 18 ans ou plus (ou l’autorisation d’un tuteur)</translation>
    </message>
    <message>
        <source>New Application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>An application that came by email or on paper, for %1. Fill in what you have; the rest can be added in the detail panel afterwards.</source>
        <translation>Une candidature reçue par e-mail ou sur papier, pour %1. Remplissez ce que vous avez&#xa0;; le reste pourra être ajouté ensuite dans le panneau de détails.</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>Sur papier</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Came:</source>
        <translation>Pro&amp;venance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>Reçue &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ibrary or institution:</source>
        <translation>&amp;Bibliothèque ou établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Library &amp;type:</source>
        <translation>T&amp;ype de bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;nnection to children&apos;s library service:</source>
        <translation>Lien avec les services de bibliothèque &amp;jeunesse&#xa0;:</translation>
    </message>
    <message>
        <source>Add Application</source>
        <translation>Ajouter la candidature</translation>
    </message>
</context>
<context>
    <name>cohort::NewCycleCommand</name>
    <message>
        <source>New Cycle %1</source>
        <translation>Nouveau cycle %1</translation>
    </message>
    <message>
        <source>%1 cannot be undone: %2</source>
        <translation>Impossible d’annuler «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::NewCycleDialog</name>
    <message>
        <source>From the &amp;template</source>
        <translation>À partir du &amp;modèle</translation>
    </message>
    <message>
        <source>As a &amp;copy of:</source>
        <translation>Comme &amp;copie de&#xa0;:</translation>
    </message>
    <message>
        <source>New Cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>Spring cycles take applications in January and February, fall cycles in July and August</source>
        <translation>Les cycles de printemps reçoivent les candidatures en janvier et février, ceux d’automne en juillet et août</translation>
    </message>
    <message>
        <source>The year applications open</source>
        <translation>L’année d’ouverture des candidatures</translation>
    </message>
    <message>
        <source>The phases of the published timeline: applications, review and notifications, goals and orientation, the year of work, check-in, survey, close</source>
        <translation>Les phases du calendrier publié&#xa0;: candidatures, évaluation et notifications, objectifs et orientation, l’année de travail, point d’étape, enquête, clôture</translation>
    </message>
    <message>
        <source>The phases of an earlier cycle, their names and kinds as they are and their dates moved to the new year</source>
        <translation>Les phases d’un cycle précédent, avec leurs noms et types tels quels et leurs dates reportées à la nouvelle année</translation>
    </message>
    <message>
        <source>Cycle to copy</source>
        <translation>Cycle à copier</translation>
    </message>
    <message>
        <source>How the cycle is called everywhere in Cohort and in letters; unique in the program</source>
        <translation>Le nom du cycle partout dans Cohort et dans les lettres&#xa0;; unique dans le programme</translation>
    </message>
    <message>
        <source>Phases of the new cycle</source>
        <translation>Phases du nouveau cycle</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Season and year:</source>
        <translation>&amp;Saison et année&#xa0;:</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Phases&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Create Cycle</source>
        <translation>Créer le cycle</translation>
    </message>
    <message>
        <source>Spring</source>
        <translation>Printemps</translation>
    </message>
    <message>
        <source>Fall</source>
        <translation>Automne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Enter a name for the cycle.</source>
        <translation>Saisissez un nom pour le cycle.</translation>
    </message>
    <message>
        <source>There is already a cycle named “%1”: choose another name.</source>
        <translation>Il existe déjà un cycle nommé «&#xa0;%1&#xa0;»&#xa0;: choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>cohort::ObservationIndex</name>
    <message>
        <source>A score of application %1 by reviewer %2 is not a number.</source>
        <translation>Une note de la candidature %1 par l’évaluateur %2 n’est pas un nombre.</translation>
    </message>
    <message>
        <source>A score names application %1, which is not in the list.</source>
        <translation>Une note fait référence à la candidature %1, qui n’est pas dans la liste.</translation>
    </message>
    <message>
        <source>A score names reviewer %1, who is not in the list.</source>
        <translation>Une note fait référence à l’évaluateur %1, qui n’est pas dans la liste.</translation>
    </message>
    <message>
        <source>Reviewer %1 has two scores for application %2.</source>
        <translation>L’évaluateur %1 a deux notes pour la candidature %2.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketConflictDialog</name>
    <message>
        <source>Conflicts in %1&apos;s Packet</source>
        <translation>Conflits dans le paquet de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) or comment(s) changed both in the packet and in the program since the packet was made. Choose which value to keep for each; the rest of the packet is merged as it is.</source>
        <translation>
            <numerusform>%n note ou commentaire a été modifié à la fois dans le paquet et dans le programme depuis la création du paquet. Choisissez la valeur à conserver&#xa0;; le reste du paquet est fusionné tel quel.</numerusform>
            <numerusform>%n notes ou commentaires ont été modifiés à la fois dans le paquet et dans le programme depuis la création du paquet. Choisissez la valeur à conserver pour chacun&#xa0;; le reste du paquet est fusionné tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>At export</source>
        <translation>À l’exportation</translation>
    </message>
    <message>
        <source>In the packet (%1)</source>
        <translation>Dans le paquet (%1)</translation>
    </message>
    <message>
        <source>In the program</source>
        <translation>Dans le programme</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The program&apos;s</source>
        <translation>La valeur du programme</translation>
    </message>
    <message>
        <source>The packet&apos;s</source>
        <translation>La valeur du paquet</translation>
    </message>
    <message>
        <source>Keep for %1, %2</source>
        <translation>Valeur à conserver pour %1, %2</translation>
    </message>
    <message>
        <source>Take All From Packet</source>
        <translation>Tout prendre du paquet</translation>
    </message>
    <message>
        <source>Keep All Program Values</source>
        <translation>Conserver toutes les valeurs du programme</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>cohort::PacketEditor</name>
    <message>
        <source>No review packet is open.</source>
        <translation>Aucun paquet d’évaluation n’est ouvert.</translation>
    </message>
    <message>
        <source>This packet is submitted; mark it as not submitted to change scores.</source>
        <translation>Ce paquet est soumis&#xa0;; marquez-le comme non soumis pour modifier les notes.</translation>
    </message>
    <message>
        <source>The packet has no such score cell.</source>
        <translation>Le paquet n’a pas cette cellule de note.</translation>
    </message>
    <message>
        <source>These scores were submitted before the packet was made; the chair can reopen them.</source>
        <translation>Ces notes ont été soumises avant la création du paquet&#xa0;; la présidence peut les rouvrir.</translation>
    </message>
    <message>
        <source>A score for “%1” is either a value or N/A.</source>
        <translation>Une note pour «&#xa0;%1&#xa0;» est soit une valeur, soit N/A.</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A.</source>
        <translation>«&#xa0;%1&#xa0;» n’autorise pas N/A.</translation>
    </message>
    <message>
        <source>Score %1 for “%2” is outside %3–%4.</source>
        <translation>La note %1 pour «&#xa0;%2&#xa0;» est hors de %3–%4.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(pas un nombre)</translation>
    </message>
    <message>
        <source>The packet cannot be written: %1</source>
        <translation>Impossible d’écrire le paquet&#xa0;: %1</translation>
    </message>
    <message>
        <source>This packet is submitted; mark it as not submitted to change comments.</source>
        <translation>Ce paquet est soumis&#xa0;; marquez-le comme non soumis pour modifier les commentaires.</translation>
    </message>
    <message>
        <source>The packet has no such application.</source>
        <translation>Le paquet n’a pas cette candidature.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketExporter</name>
    <message>
        <source>The cycle does not exist.</source>
        <translation>Le cycle n’existe pas.</translation>
    </message>
    <message>
        <source>The reviewer does not exist.</source>
        <translation>L’évaluateur n’existe pas.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>%1: %2 applications, for %3</source>
        <translation>%1&#xa0;: %2 candidatures, pour %3</translation>
    </message>
</context>
<context>
    <name>cohort::PacketFile</name>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The packet does not say which format it has.</source>
        <translation>Le paquet n’indique pas son format.</translation>
    </message>
    <message>
        <source>The packet was made by a newer Cohort (format %1); update Cohort to merge it.</source>
        <translation>Le paquet a été créé par une version plus récente de Cohort (format %1)&#xa0;; mettez Cohort à jour pour le fusionner.</translation>
    </message>
    <message>
        <source>The packet has format %1, which this Cohort does not read.</source>
        <translation>Le paquet est au format %1, que cette version de Cohort ne lit pas.</translation>
    </message>
    <message>
        <source>The packet&apos;s description is incomplete.</source>
        <translation>La description du paquet est incomplète.</translation>
    </message>
    <message>
        <source>The packet holds text of an application it does not list.</source>
        <translation>Le paquet contient le texte d’une candidature qui ne figure pas dans sa liste.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Cohort review packet (it is not an SQLite file).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un paquet d’évaluation Cohort (ce n’est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file but not a Cohort review packet.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier SQLite, mais pas un paquet d’évaluation Cohort.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” does not have the schema of a review packet (tables are missing).</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas le schéma d’un paquet d’évaluation (des tables manquent).</translation>
    </message>
    <message>
        <source>“%1” does not have the schema of a review packet: %2 should not be there.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas le schéma d’un paquet d’évaluation&#xa0;: %2 ne devrait pas s’y trouver.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cohort::PacketMerge</name>
    <message>
        <source>“%1” is a packet of another program (“%2”), not of “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» est un paquet d’un autre programme («&#xa0;%2&#xa0;»), pas de «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has been altered outside Cohort: its signature does not match what it holds, so none of it can be trusted.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié en dehors de Cohort&#xa0;: sa signature ne correspond pas à son contenu, on ne peut donc se fier à rien de ce qu’il contient.</translation>
    </message>
    <message>
        <source>“%1” is a packet of the cycle “%2”, which this program no longer has.</source>
        <translation>«&#xa0;%1&#xa0;» est un paquet du cycle «&#xa0;%2&#xa0;», que ce programme n’a plus.</translation>
    </message>
    <message>
        <source>“%1” is %2&apos;s packet, who is no longer a reviewer of this program.</source>
        <translation>«&#xa0;%1&#xa0;» est le paquet de %2, qui n’est plus évaluateur de ce programme.</translation>
    </message>
    <message>
        <source>The rubric of %1 has changed since “%2” was made (criteria, scales or weights), so its scores no longer mean the same; export a new packet.</source>
        <translation>La grille d’évaluation de %1 a changé depuis la création de «&#xa0;%2&#xa0;» (critères, échelles ou poids)&#xa0;: ses notes ne veulent donc plus dire la même chose&#xa0;; exportez un nouveau paquet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is no longer assigned to %2; its %n change(s) are not applied.</source>
        <translation>
            <numerusform>%1 n’est plus attribuée à %2&#xa0;; sa %n modification n’est pas appliquée.</numerusform>
            <numerusform>%1 n’est plus attribuée à %2&#xa0;; ses %n modifications ne sont pas appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s scores of %2 were submitted in the program after the packet was made; reopen them to merge its %n change(s).</source>
        <translation>
            <numerusform>Les notes de %1 pour %2 ont été soumises dans le programme après la création du paquet&#xa0;; rouvrez-les pour fusionner sa %n modification.</numerusform>
            <numerusform>Les notes de %1 pour %2 ont été soumises dans le programme après la création du paquet&#xa0;; rouvrez-les pour fusionner ses %n modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
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
        <translation>%1 (%2)&#xa0;: %3 à appliquer, %4 en conflit, %5 inchangées, %6 déjà dans le programme</translation>
    </message>
    <message>
        <source>, %1 not applied</source>
        <translation>, %1 non appliquées</translation>
    </message>
    <message>
        <source>This packet was already merged on %1.</source>
        <translation>Ce paquet a déjà été fusionné le %1.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketMergeWriter</name>
    <message>
        <source>%1 of %2 changed in the program while the merge was being prepared; merge the packet again.</source>
        <translation>%1 de %2 a été modifié dans le programme pendant la préparation de la fusion&#xa0;; fusionnez de nouveau le paquet.</translation>
    </message>
    <message>
        <source>A comment of this merge was changed since; reload to see it.</source>
        <translation>Un commentaire de cette fusion a été modifié depuis&#xa0;; rechargez pour le voir.</translation>
    </message>
    <message>
        <source>%1 from %2: %3 scores, %4 comments, %5 submitted</source>
        <translation>%1 depuis %2&#xa0;: %3 notes, %4 commentaires, %5 attributions soumises</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The merge was cancelled; nothing was written.</source>
        <translation>La fusion a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>cohort::PacketWindow</name>
    <message>
        <source>&amp;Mark as Submitted</source>
        <translation>&amp;Marquer comme soumis</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Tell the chair your scores are done; the packet is locked until you unmark it</source>
        <translation>Indiquer à la présidence que vos notes sont terminées&#xa0;; le paquet reste verrouillé tant que vous ne retirez pas la marque</translation>
    </message>
    <message>
        <source>&amp;Packet</source>
        <translation>&amp;Paquet</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Packet</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Type a score to start; Enter moves down, Tab right; Delete clears; Ctrl+V pastes from a spreadsheet. Every score is saved in the packet file as you go.</source>
        <translation>Saisissez une note pour commencer&#xa0;; Entrée descend, Tab va à droite&#xa0;; Suppr efface&#xa0;; Ctrl+V colle depuis un tableur. Chaque note est enregistrée dans le fichier du paquet au fur et à mesure.</translation>
    </message>
    <message>
        <source>Review Packet — %1 — %2 — Cohort</source>
        <translation>Paquet d’évaluation — %1 — %2 — Cohort</translation>
    </message>
    <message>
        <source>Review packet of %1 for %2 (%3), made %4. Your scores are saved in %5 as you type; when you are done, mark it as submitted and send the file back to the chair.</source>
        <translation>Paquet d’évaluation de %1 pour %2 (%3), créé le %4. Vos notes sont enregistrées dans %5 au fur et à mesure de la saisie&#xa0;; quand vous avez terminé, marquez-le comme soumis et renvoyez le fichier à la présidence.</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentorés</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Select a row of the grid to read the application here.</source>
        <translation>Sélectionnez une ligne de la grille pour lire ici la candidature.</translation>
    </message>
    <message>
        <source>Submitted: send the file back to the chair.</source>
        <translation>Soumis&#xa0;: renvoyez le fichier à la présidence.</translation>
    </message>
    <message>
        <source>%1 of %2 applications fully scored.</source>
        <translation>%1 candidatures sur %2 entièrement notées.</translation>
    </message>
</context>
<context>
    <name>cohort::PairPanel</name>
    <message>
        <source>&amp;Match With Selected</source>
        <translation>Apparier avec le mentor &amp;sélectionné</translation>
    </message>
    <message>
        <source>Score by factor</source>
        <translation>Score par facteur</translation>
    </message>
    <message>
        <source>Best available mentors</source>
        <translation>Meilleurs mentors disponibles</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select a mentee to see the mentors that suit them best, or a match to see why it scores as it does.</source>
        <translation>Sélectionnez un mentoré pour voir les mentors qui lui conviennent le mieux, ou un binôme pour voir d’où vient son score.</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Score %1 of 1</source>
        <translation>Score&#xa0;: %1 sur 1</translation>
    </message>
    <message>
        <source>Score %1 of 1 — %2</source>
        <translation>Score&#xa0;: %1 sur 1 — %2</translation>
    </message>
    <message>
        <source>Weight %1; adds %2 to the score</source>
        <translation>Poids %1&#xa0;; ajoute %2 au score</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not matched yet.</source>
        <translation>Pas encore de binôme.</translation>
    </message>
    <message>
        <source>No mentor with room is open to this mentee.</source>
        <translation>Aucun mentor ayant de la place n’est disponible pour ce mentoré.</translation>
    </message>
    <message numerus="yes">
        <source>The %n best mentors with room:</source>
        <translation>
            <numerusform>%n mentor ayant de la place&#xa0;:</numerusform>
            <numerusform>Les %n meilleurs mentors ayant de la place&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 (%3 of %4)
%5</source>
        <translation>%1 — %2 (%3 sur %4)
%5</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) in children&apos;s services</source>
        <translation>
            <numerusform>%n an dans les services de bibliothèque jeunesse</numerusform>
            <numerusform>%n ans dans les services de bibliothèque jeunesse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 mentees.</source>
        <translation>%1 sur %2 mentorés.</translation>
    </message>
    <message>
        <source>Experience: %1</source>
        <translation>Expérience&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cohort::PdfSplitter</name>
    <message>
        <source>The PDF cannot be read: %1</source>
        <translation>Impossible de lire le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <source>No PDF is open.</source>
        <translation>Aucun PDF n’est ouvert.</translation>
    </message>
    <message>
        <source>The PDF has no pages %1 to %2.</source>
        <translation>Le PDF n’a pas de pages %1 à %2.</translation>
    </message>
    <message>
        <source>The PDF cannot be split: %1</source>
        <translation>Impossible de scinder le PDF&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cohort::PhaseCheck</name>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Work on goals</source>
        <translation>Travail sur les objectifs</translation>
    </message>
    <message>
        <source>Mid-point check-in</source>
        <translation>Point d’étape à mi-parcours</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Phase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Phase %1 has no name.</source>
        <translation>La phase %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>%1 has an unknown kind “%2”.</source>
        <translation>%1 a un type inconnu&#xa0;: «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>%1 has no start date.</source>
        <translation>%1 n’a pas de date de début.</translation>
    </message>
    <message>
        <source>%1 has no end date.</source>
        <translation>%1 n’a pas de date de fin.</translation>
    </message>
    <message>
        <source>%1 ends (%2) before it starts (%3).</source>
        <translation>%1 se termine (%2) avant de commencer (%3).</translation>
    </message>
    <message>
        <source>The deadline of %1 (%2) is outside the phase (%3 – %4).</source>
        <translation>L’échéance de %1 (%2) est en dehors de la phase (%3 – %4).</translation>
    </message>
    <message>
        <source>“%1” and “%2” overlap from %3 to %4.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent du %3 au %4.</translation>
    </message>
</context>
<context>
    <name>cohort::PhasesDialog</name>
    <message>
        <source>No deadline</source>
        <translation>Aucune échéance</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&amp;Add Phase</source>
        <translation>&amp;Ajouter une phase</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Phases — %1</source>
        <translation>Phases — %1</translation>
    </message>
    <message>
        <source>The dated phases of %1, in order. Double-click a cell to change it; Delete clears a deadline. Phases may overlap; an end before its start is refused.</source>
        <translation>Les phases datées de %1, dans l’ordre. Double-cliquez sur une cellule pour la modifier&#xa0;; Suppr efface une échéance. Les phases peuvent se chevaucher&#xa0;; une fin antérieure au début est refusée.</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What the phase is called on the timeline and in letters</source>
        <translation>Le nom de la phase dans le calendrier et dans les lettres</translation>
    </message>
    <message>
        <source>What happens in the phase (the dashboard and timeline use it)</source>
        <translation>Ce qui se passe pendant la phase (utilisé par le tableau de bord et le calendrier)</translation>
    </message>
    <message>
        <source>The first day of the phase</source>
        <translation>Le premier jour de la phase</translation>
    </message>
    <message>
        <source>The last day of the phase</source>
        <translation>Le dernier jour de la phase</translation>
    </message>
    <message>
        <source>The date something is due in the phase, if any (Delete clears it)</source>
        <translation>La date à laquelle quelque chose est dû dans la phase, le cas échéant (Suppr l’efface)</translation>
    </message>
    <message>
        <source>Clear Deadline</source>
        <translation>Effacer l’échéance</translation>
    </message>
    <message>
        <source>Remove the deadline of the selected phase</source>
        <translation>Retirer l’échéance de la phase sélectionnée</translation>
    </message>
    <message>
        <source>Add a phase after the selected one (or at the end)</source>
        <translation>Ajouter une phase après celle sélectionnée (ou à la fin)</translation>
    </message>
    <message>
        <source>Remove the selected phase</source>
        <translation>Supprimer la phase sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected phase one place up</source>
        <translation>Monter la phase sélectionnée d’un rang</translation>
    </message>
    <message>
        <source>Move the selected phase one place down</source>
        <translation>Descendre la phase sélectionnée d’un rang</translation>
    </message>
    <message>
        <source>A cycle needs at least one phase: add one.</source>
        <translation>Un cycle doit avoir au moins une phase&#xa0;: ajoutez-en une.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Correct the phases listed in red first</source>
        <translation>Corrigez d’abord les phases indiquées en rouge</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
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
    <message>
        <source>Reading the program&apos;s secret</source>
        <translation>lecture du secret du programme</translation>
    </message>
    <message>
        <source>The program has no secret to sign review packets with.</source>
        <translation>Le programme n’a pas de secret pour signer les paquets d’évaluation.</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveConflictsCommand</name>
    <message numerus="yes">
        <source>Remove %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Supprimer %n conflit d’intérêts</numerusform>
            <numerusform>Supprimer %n conflits d’intérêts</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict of interest to remove.</source>
        <translation>Aucun conflit d’intérêts à supprimer.</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveContactCommand</name>
    <message>
        <source>Remove Contact of %1</source>
        <translation>Supprimer le contact de %1</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveCriterionCommand</name>
    <message numerus="yes">
        <source>“%1” cannot be removed: %n cell(s) are scored. Clear them first.</source>
        <translation>
            <numerusform>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %n cellule est notée. Effacez-la d’abord.</numerusform>
            <numerusform>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %n cellules sont notées. Effacez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Criterion “%1”</source>
        <translation>Supprimer le critère «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cohort::RemoveReviewerCommand</name>
    <message numerus="yes">
        <source>%1 has %n assignment(s) and cannot be removed; make them inactive instead.</source>
        <translation>
            <numerusform>%1 a %n attribution et ne peut pas être supprimé&#xa0;; rendez-le plutôt inactif.</numerusform>
            <numerusform>%1 a %n attributions et ne peut pas être supprimé&#xa0;; rendez-le plutôt inactif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the liaison of %n match(es) and cannot be removed; make them inactive instead.</source>
        <translation>
            <numerusform>%1 est le référent de %n binôme et ne peut pas être supprimé&#xa0;; rendez-le plutôt inactif.</numerusform>
            <numerusform>%1 est le référent de %n binômes et ne peut pas être supprimé&#xa0;; rendez-le plutôt inactif.</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts of interest were recorded for %1 meanwhile; remove them first.</source>
        <translation>Des conflits d’intérêts ont été enregistrés entre-temps pour %1&#xa0;; supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>Remove Reviewer %1</source>
        <translation>Supprimer l’évaluateur %1</translation>
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
    <name>cohort::ReviewCharts</name>
    <message>
        <source>Each reviewer&apos;s totals</source>
        <translation>Totaux de chaque évaluateur</translation>
    </message>
    <message>
        <source>reviewers&apos; scores</source>
        <translation>notes des évaluateurs</translation>
    </message>
    <message>
        <source>Raw mean against calibrated score</source>
        <translation>Moyenne brute par rapport à la note calibrée</translation>
    </message>
    <message>
        <source>raw and calibrated scores</source>
        <translation>notes brutes et calibrées</translation>
    </message>
    <message>
        <source>Calibrated scores</source>
        <translation>Notes calibrées</translation>
    </message>
    <message>
        <source>score histogram</source>
        <translation>histogramme des notes</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Choose the chart; right-click a chart to export it as PNG or PDF</source>
        <translation>Choisir le graphique (cliquez avec le bouton droit sur un graphique pour l’exporter en PNG ou en PDF)</translation>
    </message>
    <message>
        <source>Reviewers&apos; score distributions</source>
        <translation>Distribution des notes par évaluateur</translation>
    </message>
    <message>
        <source>Raw against calibrated</source>
        <translation>Brute par rapport à calibrée</translation>
    </message>
    <message>
        <source>Score histogram and acceptance line</source>
        <translation>Histogramme des notes et ligne d’acceptation</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Gra&amp;phique&#xa0;:</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Weighted total</source>
        <translation>Total pondéré</translation>
    </message>
    <message>
        <source>Raw mean</source>
        <translation>Moyenne brute</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Totals of the %1 reviewers with the most scores (of %2)</source>
        <translation>Totaux des %1 évaluateurs ayant le plus de notes (sur %2)</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message numerus="yes">
        <source>Raw mean against %1 (%Ln applications)</source>
        <translation>
            <numerusform>Moyenne brute par rapport à %1 (%Ln candidature)</numerusform>
            <numerusform>Moyenne brute par rapport à %1 (%Ln candidatures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Calibrated scores: nothing scored yet</source>
        <translation>Notes calibrées&#xa0;: rien n’a encore été noté</translation>
    </message>
    <message numerus="yes">
        <source>%1 scores of %Ln applications</source>
        <translation>
            <numerusform>Notes (%1) de %Ln candidature</numerusform>
            <numerusform>Notes (%1) de %Ln candidatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Acceptance line: %Ln places</source>
        <translation>
            <numerusform>Ligne d’acceptation&#xa0;: %Ln place</numerusform>
            <numerusform>Ligne d’acceptation&#xa0;: %Ln places</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted at %1 or more</source>
        <translation>acceptées à partir de %1</translation>
    </message>
    <message>
        <source>no target set</source>
        <translation>aucun objectif défini</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewFileActions</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Scores…</source>
        <translation>E&amp;xporter les notes…</translation>
    </message>
    <message>
        <source>&amp;Import Scores…</source>
        <translation>&amp;Importer des notes…</translation>
    </message>
    <message>
        <source>Import &amp;Decisions…</source>
        <translation>Importer des &amp;décisions…</translation>
    </message>
    <message>
        <source>E&amp;xport Review Packets…</source>
        <translation>E&amp;xporter les paquets d’évaluation…</translation>
    </message>
    <message>
        <source>&amp;Merge Review Packets…</source>
        <translation>&amp;Fusionner des paquets d’évaluation…</translation>
    </message>
    <message>
        <source>Write one packet per reviewer to score offline in Cohort: their applications, the rubric and their own scores, signed by this program</source>
        <translation>Écrire un paquet par évaluateur pour noter hors ligne dans Cohort&#xa0;: ses candidatures, la grille d’évaluation et ses propres notes, le tout signé par ce programme</translation>
    </message>
    <message>
        <source>Bring reviewers&apos; packets back: each is checked, then merged cell by cell; conflicts are yours to settle</source>
        <translation>Rapatrier les paquets des évaluateurs&#xa0;: chacun est vérifié, puis fusionné cellule par cellule&#xa0;; c’est à vous de régler les conflits</translation>
    </message>
    <message>
        <source>Save the cycle&apos;s scores as CSV, one row per scored cell, for a spreadsheet</source>
        <translation>Enregistrer les notes du cycle en CSV, une ligne par cellule notée, pour un tableur</translation>
    </message>
    <message>
        <source>Enter scores kept in a spreadsheet (the columns Export Scores writes); checked whole first</source>
        <translation>Saisir des notes tenues dans un tableur (les colonnes qu’écrit Exporter les notes)&#xa0;; le fichier entier est d’abord vérifié</translation>
    </message>
    <message>
        <source>Record accept, waitlist and decline decisions from a CSV with the columns application, decision and rationale</source>
        <translation>Enregistrer des décisions d’acceptation, de liste d’attente et de refus depuis un CSV avec les colonnes application, decision et rationale</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 scores.csv</source>
        <translation>%1 notes.csv</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>Exporter les notes</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scores of %1 to %2.</source>
        <translation>
            <numerusform>%n note de %1 exportée vers %2.</numerusform>
            <numerusform>%n notes de %1 exportées vers %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no score was entered.</source>
        <translation>
            <numerusform>%1 présente %n problème&#xa0;; aucune note n’a été saisie.</numerusform>
            <numerusform>%1 présente %n problèmes&#xa0;; aucune note n’a été saisie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to enter: the %1 scores in %2 are already so (%3 left blank).</source>
        <translation>Rien à saisir&#xa0;: les %1 notes de %2 sont déjà à jour (%3 laissées vides).</translation>
    </message>
    <message>
        <source>Enter %1 and %2 from %3 into %4?</source>
        <translation>Saisir %1 et %2 de %3 dans %4&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cells already hold the file&apos;s value; %2 are blank in the file and stay as they are. Edit › Undo takes the whole import back.</source>
        <translation>%1 cellules contiennent déjà la valeur du fichier&#xa0;; %2 sont vides dans le fichier et restent telles quelles. Édition › Annuler revient sur toute l’importation.</translation>
    </message>
    <message>
        <source>Entered %1 and %2 from %3.</source>
        <translation>%1 et %2 saisis depuis %3.</translation>
    </message>
    <message>
        <source>Import Decisions</source>
        <translation>Importer des décisions</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no decision was recorded.</source>
        <translation>
            <numerusform>%1 présente %n problème&#xa0;; aucune décision n’a été enregistrée.</numerusform>
            <numerusform>%1 présente %n problèmes&#xa0;; aucune décision n’a été enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to record: the %1 decisions in %2 are already so (%3 left blank).</source>
        <translation>Rien à enregistrer&#xa0;: les %1 décisions de %2 sont déjà en place (%3 laissées vides).</translation>
    </message>
    <message numerus="yes">
        <source>Record %n decision(s) from %1 into %2: %3 accepted, %4 waitlisted, %5 declined?</source>
        <translation>
            <numerusform>Enregistrer %n décision de %1 dans %2&#xa0;: %3 acceptées, %4 sur liste d’attente, %5 refusées&#xa0;?</numerusform>
            <numerusform>Enregistrer %n décisions de %1 dans %2&#xa0;: %3 acceptées, %4 sur liste d’attente, %5 refusées&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each decision sets the application&apos;s status. Edit › Undo takes the whole import back.</source>
        <translation>Chaque décision fixe le statut de la candidature. Édition › Annuler revient sur toute l’importation.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s) from %1.</source>
        <translation>
            <numerusform>%n décision de %1 enregistrée.</numerusform>
            <numerusform>%n décisions de %1 enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Review Packets of %1 to Folder</source>
        <translation>Exporter les paquets d’évaluation de %1 dans un dossier</translation>
    </message>
    <message>
        <source>Export Review Packets</source>
        <translation>Exporter les paquets d’évaluation</translation>
    </message>
    <message>
        <source>No reviewer has applications assigned in %1 yet.</source>
        <translation>Aucun évaluateur n’a encore de candidatures attribuées dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>• %1: %n application(s) — %2</source>
        <translation>
            <numerusform>• %1&#xa0;: %n candidature — %2</numerusform>
            <numerusform>• %1&#xa0;: %n candidatures — %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n packet(s) to %1:</source>
        <translation>
            <numerusform>%n paquet écrit dans %1&#xa0;:</numerusform>
            <numerusform>%n paquets écrits dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each reviewer their file. They open it in Cohort, score offline and send it back; Merge Review Packets… brings the scores in.</source>
        <translation>Envoyez à chaque évaluateur son fichier. Il l’ouvre dans Cohort, note hors ligne et vous le renvoie&#xa0;; Fusionner des paquets d’évaluation… rapatrie les notes.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n review packet(s).</source>
        <translation>
            <numerusform>%n paquet d’évaluation exporté.</numerusform>
            <numerusform>%n paquets d’évaluation exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Review Packets</source>
        <translation>Fusionner des paquets d’évaluation</translation>
    </message>
    <message>
        <source>Review packets (*.%1);;All files (*)</source>
        <translation>Paquets d’évaluation (*.%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>✗ %1 refused: %2</source>
        <translation>✗ %1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>   Not merged: the conflicts were left unsettled.</source>
        <translation>   Non fusionné&#xa0;: les conflits n’ont pas été réglés.</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n Review Packet(s)</source>
        <translation>
            <numerusform>Fusionner %n paquet d’évaluation</numerusform>
            <numerusform>Fusionner %n paquets d’évaluation</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Rien n’a été fusionné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n packet(s) as one step (Edit › Undo takes it back).</source>
        <translation>
            <numerusform>%n paquet fusionné en une seule étape (Édition › Annuler revient dessus).</numerusform>
            <numerusform>%n paquets fusionnés en une seule étape (Édition › Annuler revient dessus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Rien n’a été fusionné.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n application(s))</source>
        <translation>
            <numerusform>%1 (%n candidature)</numerusform>
            <numerusform>%1 (%n candidatures)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a packet for each checked reviewer into %1:</source>
        <translation>Écrire un paquet pour chaque évaluateur coché dans %1&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n review packet(s)…</source>
        <translation>
            <numerusform>Vérification de %n paquet d&apos;évaluation…</numerusform>
            <numerusform>Vérification de %n paquets d&apos;évaluation…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>Vérification de %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was merged.</source>
        <translation>Fusion annulée&#xa0;; rien n&apos;a été fusionné.</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n review packet(s)…</source>
        <translation>
            <numerusform>Fusion de %n paquet d&apos;évaluation…</numerusform>
            <numerusform>Fusion de %n paquets d&apos;évaluation…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewFiles</name>
    <message>
        <source>the file has no “%1” column.</source>
        <translation>le fichier n’a pas de colonne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Line %1, column “%2”: %3</source>
        <translation>Ligne %1, colonne «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>the application code is missing.</source>
        <translation>le code de la candidature manque.</translation>
    </message>
    <message>
        <source>no application of this cycle has the code “%1”.</source>
        <translation>aucune candidature de ce cycle n’a le code «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is a %2 application, not a %3 one.</source>
        <translation>%1 est une candidature de %2, pas de %3.</translation>
    </message>
    <message>
        <source>no reviewer has the email “%1”.</source>
        <translation>aucun évaluateur n’a l’adresse e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>two reviewers are called “%1”; give their email in a “reviewer_email” column.</source>
        <translation>deux évaluateurs s’appellent «&#xa0;%1&#xa0;»&#xa0;; indiquez leur e-mail dans une colonne «&#xa0;reviewer_email&#xa0;».</translation>
    </message>
    <message>
        <source>no reviewer is called “%1”.</source>
        <translation>aucun évaluateur ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>the reviewer is missing.</source>
        <translation>l’évaluateur manque.</translation>
    </message>
    <message>
        <source>%1 is not assigned to review %2.</source>
        <translation>%1 n’est pas chargé d’évaluer %2.</translation>
    </message>
    <message>
        <source>the criterion is missing.</source>
        <translation>le critère manque.</translation>
    </message>
    <message>
        <source>the %1 rubric has no criterion “%2”.</source>
        <translation>la grille d’évaluation de %1 n’a pas de critère «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A; enter a score from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’autorise pas N/A&#xa0;; saisissez une note de %2 à %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number (nor N/A).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre (ni N/A).</translation>
    </message>
    <message>
        <source>score %1 for “%2” is outside %3–%4.</source>
        <translation>la note %1 pour «&#xa0;%2&#xa0;» est hors de %3–%4.</translation>
    </message>
    <message>
        <source>line %1 gives %2&apos;s “%3” score for %4 another value.</source>
        <translation>la ligne %1 donne une autre valeur à la note «&#xa0;%3&#xa0;» de %2 pour %4.</translation>
    </message>
    <message>
        <source>%1 has submitted the scores of %2; reopen them before changing them.</source>
        <translation>%1 a soumis les notes de %2&#xa0;; rouvrez-les avant de les modifier.</translation>
    </message>
    <message>
        <source>line %1 gives %2&apos;s comment on %3 another text.</source>
        <translation>la ligne %1 donne un autre texte au commentaire de %2 sur %3.</translation>
    </message>
    <message>
        <source>%1 has submitted the scores of %2; reopen them before changing the comment.</source>
        <translation>%1 a soumis les notes de %2&#xa0;; rouvrez-les avant de modifier le commentaire.</translation>
    </message>
    <message>
        <source>%1 is already decided on line %2.</source>
        <translation>%1 a déjà une décision à la ligne %2.</translation>
    </message>
    <message>
        <source>“%1” is not a decision: use accepted, waitlisted or declined.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une décision&#xa0;: utilisez accepted, waitlisted ou declined.</translation>
    </message>
    <message>
        <source>%1 was withdrawn and cannot be decided on.</source>
        <translation>%1 est retirée et ne peut pas faire l’objet d’une décision.</translation>
    </message>
    <message>
        <source>%1 is ineligible and cannot be decided on.</source>
        <translation>%1 est irrecevable et ne peut pas faire l’objet d’une décision.</translation>
    </message>
    <message>
        <source>%1 Give a rationale in a “rationale” column.</source>
        <translation>%1 Indiquez une justification dans une colonne «&#xa0;rationale&#xa0;».</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewPage</name>
    <message>
        <source>&amp;Rubric…</source>
        <translation>&amp;Grille d’évaluation…</translation>
    </message>
    <message>
        <source>The criteria applications are scored on: name, guidance, scale, weight, N/A</source>
        <translation>Les critères selon lesquels les candidatures sont notées&#xa0;: nom, consignes, échelle, poids, N/A</translation>
    </message>
    <message>
        <source>Re&amp;viewers…</source>
        <translation>É&amp;valuateurs…</translation>
    </message>
    <message>
        <source>Who reviews: name, email, role, capacity, and conflicts of interest</source>
        <translation>Qui évalue&#xa0;: nom, e-mail, rôle, capacité et conflits d’intérêts</translation>
    </message>
    <message>
        <source>&amp;Assign Reviewers…</source>
        <translation>&amp;Attribuer des évaluateurs…</translation>
    </message>
    <message>
        <source>Give every application k reviewers, balanced within capacities and never a conflicted one</source>
        <translation>Donner k évaluateurs à chaque candidature, équilibrés dans la limite des capacités et jamais un évaluateur en conflit</translation>
    </message>
    <message>
        <source>&amp;Blind Review</source>
        <translation>Évaluation a&amp;nonyme</translation>
    </message>
    <message>
        <source>Hide applicants&apos; names, emails, libraries and confidential answers from reviewers (a setting of the cycle)</source>
        <translation>Masquer aux évaluateurs les noms, e-mails, bibliothèques et réponses confidentielles des candidats (un paramètre du cycle)</translation>
    </message>
    <message>
        <source>&amp;Submit My Scores…</source>
        <translation>&amp;Soumettre mes notes…</translation>
    </message>
    <message>
        <source>Submit your complete scores; then you see the other reviewers&apos; scores</source>
        <translation>Soumettre vos notes complètes&#xa0;; vous verrez ensuite les notes des autres évaluateurs</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Accept the selected applications (sets their status)</source>
        <translation>Accepter les candidatures sélectionnées (fixe leur statut)</translation>
    </message>
    <message>
        <source>&amp;Waitlist</source>
        <translation>Sur liste d’a&amp;ttente</translation>
    </message>
    <message>
        <source>Put the selected applications on the waitlist (sets their status)</source>
        <translation>Mettre les candidatures sélectionnées sur liste d’attente (fixe leur statut)</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message>
        <source>Decline the selected applications (sets their status)</source>
        <translation>Refuser les candidatures sélectionnées (fixe leur statut)</translation>
    </message>
    <message>
        <source>C&amp;lear Decision</source>
        <translation>&amp;Effacer la décision</translation>
    </message>
    <message>
        <source>Take back the decision on the selected applications (status: under review)</source>
        <translation>Revenir sur la décision concernant les candidatures sélectionnées (statut&#xa0;: en cours d’évaluation)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Clear Decision</source>
        <translation>Effacer la décision</translation>
    </message>
    <message>
        <source>Submit My Scores…</source>
        <translation>Soumettre mes notes…</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Review the mentees&apos; or the mentors&apos; applications</source>
        <translation>Évaluer les candidatures des mentorés ou des mentors</translation>
    </message>
    <message>
        <source>View as</source>
        <translation>Voir en tant que</translation>
    </message>
    <message>
        <source>The committee&apos;s grid (for the chair), or one reviewer&apos;s scoring grid</source>
        <translation>La grille du comité (pour la présidence) ou la grille de notation d’un évaluateur</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View as:</source>
        <translation>Voir &amp;en tant que&#xa0;:</translation>
    </message>
    <message>
        <source>No cycles yet</source>
        <translation>Aucun cycle pour l’instant</translation>
    </message>
    <message>
        <source>Review belongs to a cycle. Once the program has one, its applications are scored against a rubric here, and the committee decides who is accepted.</source>
        <translation>L’évaluation appartient à un cycle. Dès que le programme en a un, ses candidatures sont notées ici selon une grille d’évaluation, et le comité décide qui est accepté.</translation>
    </message>
    <message>
        <source>The review could not be read</source>
        <translation>Impossible de lire l’évaluation</translation>
    </message>
    <message>
        <source>Loading the review…</source>
        <translation>Chargement de l’évaluation…</translation>
    </message>
    <message>
        <source>The review could not be read: %1</source>
        <translation>Impossible de lire l’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Committee (chair)</source>
        <translation>Comité (présidence)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n to review)</source>
        <translation>
            <numerusform>%1 (%n à évaluer)</numerusform>
            <numerusform>%1 (%n à évaluer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (nothing assigned)</source>
        <translation>%1 (rien d’attribué)</translation>
    </message>
    <message>
        <source>Blind review: names are hidden</source>
        <translation>Évaluation anonyme&#xa0;: les noms sont masqués</translation>
    </message>
    <message>
        <source>No rubric for %1 yet</source>
        <translation>Aucune grille d’évaluation pour les %1 pour l’instant</translation>
    </message>
    <message>
        <source>Applications are scored against a rubric: a few criteria, each with guidance, a scale and a weight. Write the rubric for %1 in %2, or copy one from an earlier cycle.</source>
        <translation>Les candidatures sont notées selon une grille d’évaluation&#xa0;: quelques critères, chacun avec des consignes, une échelle et un poids. Rédigez la grille d’évaluation des %1 dans %2, ou copiez-en une d’un cycle précédent.</translation>
    </message>
    <message>
        <source>No reviewers yet</source>
        <translation>Aucun évaluateur pour l’instant</translation>
    </message>
    <message>
        <source>Add the working group&apos;s reviewers — their names, emails and how many applications each can take — and declare their conflicts of interest.</source>
        <translation>Ajoutez les évaluateurs du groupe de travail — leurs noms, leurs e-mails et le nombre de candidatures que chacun peut prendre — et déclarez leurs conflits d’intérêts.</translation>
    </message>
    <message>
        <source>No applications assigned yet</source>
        <translation>Aucune candidature attribuée pour l’instant</translation>
    </message>
    <message>
        <source>Give each application of the %1 in %2 its reviewers: Assign Reviewers proposes k per application, balanced within capacities and never a conflicted reviewer.</source>
        <translation>Attribuez ses évaluateurs à chaque candidature des %1 dans %2&#xa0;: Attribuer des évaluateurs en propose k par candidature, équilibrés dans la limite des capacités et jamais un évaluateur en conflit.</translation>
    </message>
    <message>
        <source>Nothing to score</source>
        <translation>Rien à noter</translation>
    </message>
    <message>
        <source>%1 has no %2 application to review in %3.</source>
        <translation>%1 n’a aucune candidature de %2 à évaluer dans %3.</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>mentee</source>
        <translation>mentoré</translation>
    </message>
    <message>
        <source>Choose yourself under “View as” to submit your scores</source>
        <translation>Choisissez votre nom dans «&#xa0;Voir en tant que&#xa0;» pour soumettre vos notes</translation>
    </message>
    <message>
        <source>This program is open read-only.</source>
        <translation>Ce programme est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Nothing to submit: score every criterion of an application first.</source>
        <translation>Rien à soumettre&#xa0;: notez d’abord tous les critères d’une candidature.</translation>
    </message>
    <message numerus="yes">
        <source>Submit your scores for %n applications? Submitted scores can no longer be changed, and you will see the other reviewers&apos; scores for them.</source>
        <translation type="vanished">
            <numerusform>Soumettre vos notes pour %n candidature&#xa0;? Les notes soumises ne peuvent plus être modifiées, et vous verrez les notes des autres évaluateurs pour cette candidature.</numerusform>
            <numerusform>Soumettre vos notes pour %n candidatures&#xa0;? Les notes soumises ne peuvent plus être modifiées, et vous verrez les notes des autres évaluateurs pour ces candidatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applications are not fully scored yet; they stay open.</source>
        <translation>
            <numerusform>%n candidature n’est pas encore entièrement notée&#xa0;; elle reste ouverte.</numerusform>
            <numerusform>%n candidatures ne sont pas encore entièrement notées&#xa0;; elles restent ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Submit My Scores</source>
        <translation>Soumettre mes notes</translation>
    </message>
    <message numerus="yes">
        <source>Submitted your scores for %n applications.</source>
        <translation>
            <numerusform>Vos notes pour %n candidature ont été soumises.</numerusform>
            <numerusform>Vos notes pour %n candidatures ont été soumises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blind Review</source>
        <translation>Évaluation anonyme</translation>
    </message>
    <message>
        <source>Blind review is on: reviewers see applications under their code only.</source>
        <translation>L’évaluation anonyme est activée&#xa0;: les évaluateurs ne voient les candidatures que sous leur code.</translation>
    </message>
    <message>
        <source>Blind review is off: reviewers see applicants&apos; names.</source>
        <translation>L’évaluation anonyme est désactivée&#xa0;: les évaluateurs voient les noms des candidats.</translation>
    </message>
    <message>
        <source>&amp;Reopen Selected Scores…</source>
        <translation>R&amp;ouvrir les notes sélectionnées…</translation>
    </message>
    <message>
        <source>Let the reviewer change scores they have submitted</source>
        <translation>Permettre à l’évaluateur de modifier les notes qu’il a soumises</translation>
    </message>
    <message numerus="yes">
        <source>Submit your scores for %n applications? Submitted scores can only be changed when the chair reopens them, and you will see the other reviewers&apos; scores for them.</source>
        <translation>
            <numerusform>Soumettre vos notes pour %n candidature&#xa0;? Les notes soumises ne peuvent être modifiées que si la présidence les rouvre, et vous verrez les notes des autres évaluateurs pour cette candidature.</numerusform>
            <numerusform>Soumettre vos notes pour %n candidatures&#xa0;? Les notes soumises ne peuvent être modifiées que si la présidence les rouvre, et vous verrez les notes des autres évaluateurs pour ces candidatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select submitted applications in the grid to reopen their scores.</source>
        <translation>Sélectionnez des candidatures soumises dans la grille pour rouvrir leurs notes.</translation>
    </message>
    <message>
        <source>Reopen Scores</source>
        <translation>Rouvrir les notes</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %1&apos;s submitted scores for %n application(s) so that they can be changed?</source>
        <translation>
            <numerusform>Rouvrir les notes soumises de %1 pour %n candidature afin qu’elles puissent être modifiées&#xa0;?</numerusform>
            <numerusform>Rouvrir les notes soumises de %1 pour %n candidatures afin qu’elles puissent être modifiées&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopened %1&apos;s scores for %n application(s).</source>
        <translation>
            <numerusform>Notes de %1 rouvertes pour %n candidature.</numerusform>
            <numerusform>Notes de %1 rouvertes pour %n candidatures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::ReviewStatistics</name>
    <message>
        <source>All scored applications are connected through shared reviewers.</source>
        <translation>Toutes les candidatures notées sont reliées par des évaluateurs communs.</translation>
    </message>
    <message numerus="yes">
        <source>%n separate group(s) of applications share no reviewer (%1 applications); calibrated scores compare only within a group.</source>
        <translation>
            <numerusform>%n groupe distinct de candidatures ne partage aucun évaluateur avec les autres (%1 candidatures)&#xa0;; les notes calibrées ne sont comparables qu’au sein d’un groupe.</numerusform>
            <numerusform>%n groupes distincts de candidatures ne partagent aucun évaluateur (%1 candidatures)&#xa0;; les notes calibrées ne sont comparables qu’au sein d’un groupe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review data refers to an application or reviewer that is not loaded.</source>
        <translation>Les données de l’évaluation font référence à une candidature ou à un évaluateur non chargé.</translation>
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
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>lecture de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>%1 n’existe plus&#xa0;; quelqu’un d’autre a peut-être fait une suppression entre-temps. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you read it; reload to see the changes.</source>
        <translation>%1&#xa0;: %2 a fait des modifications le %3, après votre lecture des données&#xa0;; rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Reading the review settings</source>
        <translation>lecture des paramètres d’évaluation</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>Le cycle n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Saving the review settings</source>
        <translation>enregistrement des paramètres d’évaluation</translation>
    </message>
    <message>
        <source>Reading the review of the cycle</source>
        <translation>lecture de l’évaluation du cycle</translation>
    </message>
    <message>
        <source>Counting the accepted mentors&apos; capacity</source>
        <translation>calcul de la capacité des mentors acceptés</translation>
    </message>
    <message>
        <source>Reading a reviewer</source>
        <translation>lecture d’un évaluateur</translation>
    </message>
    <message>
        <source>The reviewer no longer exists; someone else may have removed them.</source>
        <translation>L’évaluateur n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Reviewer %1</source>
        <translation>L’évaluateur %1</translation>
    </message>
    <message>
        <source>Removing a reviewer</source>
        <translation>suppression d’un évaluateur</translation>
    </message>
    <message>
        <source>The reviewer</source>
        <translation>L’évaluateur</translation>
    </message>
    <message>
        <source>Reading a reviewer&apos;s assignments</source>
        <translation>lecture des attributions d’un évaluateur</translation>
    </message>
    <message>
        <source>Reading reviewers&apos; libraries</source>
        <translation>lecture des bibliothèques des évaluateurs</translation>
    </message>
    <message>
        <source>Reading conflicts of interest</source>
        <translation>lecture des conflits d’intérêts</translation>
    </message>
    <message>
        <source>Reading a conflict of interest</source>
        <translation>lecture d’un conflit d’intérêts</translation>
    </message>
    <message>
        <source>The conflict of interest no longer exists; someone else may have removed it.</source>
        <translation>Le conflit d’intérêts n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>A conflict of interest</source>
        <translation>Un conflit d’intérêts</translation>
    </message>
    <message>
        <source>Removing a conflict of interest</source>
        <translation>suppression d’un conflit d’intérêts</translation>
    </message>
    <message>
        <source>Restoring a conflict of interest</source>
        <translation>restauration d’un conflit d’intérêts</translation>
    </message>
    <message>
        <source>Reading a criterion</source>
        <translation>lecture d’un critère</translation>
    </message>
    <message>
        <source>The criterion no longer exists; someone else may have removed it.</source>
        <translation>Le critère n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Criterion “%1”</source>
        <translation>Le critère «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Removing a criterion</source>
        <translation>suppression d’un critère</translation>
    </message>
    <message>
        <source>The criterion</source>
        <translation>Le critère</translation>
    </message>
    <message>
        <source>Reading scores</source>
        <translation>lecture des notes</translation>
    </message>
    <message>
        <source>Reading assignments</source>
        <translation>lecture des attributions</translation>
    </message>
    <message>
        <source>Reading an assignment</source>
        <translation>lecture d’une attribution</translation>
    </message>
    <message>
        <source>The assignment no longer exists; someone else may have removed it.</source>
        <translation>L’attribution n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>Saving an assignment</source>
        <translation>enregistrement d’une attribution</translation>
    </message>
    <message>
        <source>The assignment</source>
        <translation>L’attribution</translation>
    </message>
    <message>
        <source>Submitting scores</source>
        <translation>soumission de notes</translation>
    </message>
    <message>
        <source>Removing an assignment</source>
        <translation>suppression d’une attribution</translation>
    </message>
    <message>
        <source>Restoring an assignment</source>
        <translation>restauration d’une attribution</translation>
    </message>
    <message>
        <source>Reading a score</source>
        <translation>lecture d’une note</translation>
    </message>
    <message>
        <source>The score of %1 for “%2”</source>
        <translation>La note de %1 pour «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>A score</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>%1 was entered by someone else meanwhile; reload to see it.</source>
        <translation>%1&#xa0;: quelqu’un d’autre l’a saisie entre-temps&#xa0;; rechargez pour la voir.</translation>
    </message>
    <message>
        <source>Clearing a score</source>
        <translation>effacement d’une note</translation>
    </message>
    <message>
        <source>Restoring a score</source>
        <translation>restauration d’une note</translation>
    </message>
    <message>
        <source>Reading decisions</source>
        <translation>lecture des décisions</translation>
    </message>
    <message>
        <source>Reading a decision</source>
        <translation>lecture d’une décision</translation>
    </message>
    <message>
        <source>The decision</source>
        <translation>La décision</translation>
    </message>
    <message>
        <source>Removing a decision</source>
        <translation>suppression d’une décision</translation>
    </message>
    <message>
        <source>Restoring a decision</source>
        <translation>restauration d’une décision</translation>
    </message>
    <message>
        <source>Reading an application</source>
        <translation>lecture d’une candidature</translation>
    </message>
    <message>
        <source>The application no longer exists; someone else may have removed it.</source>
        <translation>La candidature n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>Reading applications</source>
        <translation>lecture des candidatures</translation>
    </message>
    <message>
        <source>Setting the status of an application</source>
        <translation>modification du statut d’une candidature</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>La candidature</translation>
    </message>
    <message>
        <source>Counting the reviews not submitted</source>
        <translation>comptage des évaluations non soumises</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewerAssignment</name>
    <message numerus="yes">
        <source>%n reviewer(s) short: every reviewer is already assigned to it</source>
        <translation>
            <numerusform>Il manque %n évaluateur&#xa0;: tous les évaluateurs y sont déjà attribués</numerusform>
            <numerusform>Il manque %n évaluateurs&#xa0;: tous les évaluateurs y sont déjà attribués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: all remaining reviewers have a conflict of interest</source>
        <translation>
            <numerusform>Il manque %n évaluateur&#xa0;: tous les évaluateurs restants ont un conflit d’intérêts</numerusform>
            <numerusform>Il manque %n évaluateurs&#xa0;: tous les évaluateurs restants ont un conflit d’intérêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: all remaining reviewers are at capacity</source>
        <translation>
            <numerusform>Il manque %n évaluateur&#xa0;: tous les évaluateurs restants ont atteint leur capacité</numerusform>
            <numerusform>Il manque %n évaluateurs&#xa0;: tous les évaluateurs restants ont atteint leur capacité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) short: the remaining reviewers have a conflict of interest (%1) or are at capacity (%2)</source>
        <translation>
            <numerusform>Il manque %n évaluateur&#xa0;: les évaluateurs restants ont un conflit d’intérêts (%1) ou ont atteint leur capacité (%2)</numerusform>
            <numerusform>Il manque %n évaluateurs&#xa0;: les évaluateurs restants ont un conflit d’intérêts (%1) ou ont atteint leur capacité (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Chaque candidature doit avoir au moins un évaluateur.</translation>
    </message>
    <message>
        <source>The number of applications cannot be negative.</source>
        <translation>Le nombre de candidatures ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Reviewer %1 has a negative capacity.</source>
        <translation>L’évaluateur %1 a une capacité négative.</translation>
    </message>
    <message>
        <source>A conflict of interest names an application or reviewer that is not in the list.</source>
        <translation>Un conflit d’intérêts fait référence à une candidature ou à un évaluateur absent de la liste.</translation>
    </message>
    <message>
        <source>An existing assignment names an application or reviewer that is not in the list.</source>
        <translation>Une attribution existante fait référence à une candidature ou à un évaluateur absent de la liste.</translation>
    </message>
    <message>
        <source>The same reviewer is assigned to the same application twice.</source>
        <translation>Le même évaluateur est attribué deux fois à la même candidature.</translation>
    </message>
</context>
<context>
    <name>cohort::ReviewersDialog</name>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Same library</source>
        <translation>Même bibliothèque</translation>
    </message>
    <message>
        <source>Same email domain</source>
        <translation>Même domaine d’e-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Suggested: to confirm or dismiss</source>
        <translation>Suggéré&#xa0;: à confirmer ou à écarter</translation>
    </message>
    <message>
        <source>Confirmed: kept off</source>
        <translation>Confirmé&#xa0;: évaluateur écarté</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>Conflits d’intérêts</translation>
    </message>
    <message>
        <source>&amp;Add Reviewer</source>
        <translation>&amp;Ajouter un évaluateur</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Suggest Conflicts</source>
        <translation>Su&amp;ggérer des conflits</translation>
    </message>
    <message>
        <source>D&amp;eclare Conflict…</source>
        <translation>&amp;Déclarer un conflit…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>Éca&amp;rter</translation>
    </message>
    <message>
        <source>The working group&apos;s reviewers. Capacity is the most applications a reviewer takes in one cycle; a reviewer who leaves is made inactive (their scores stay). Changes are stored as you make them; Edit › Undo takes them back.</source>
        <translation>Les évaluateurs du groupe de travail. La capacité est le nombre maximal de candidatures qu’un évaluateur prend en charge dans un cycle&#xa0;; un évaluateur qui part est rendu inactif (ses notes sont conservées). Les modifications sont enregistrées au fur et à mesure&#xa0;; Édition › Annuler revient dessus.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Président(e)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ticked: the chair; else a member</source>
        <translation>Coché&#xa0;: président(e) du comité&#xa0;; sinon, membre</translation>
    </message>
    <message>
        <source>The most applications this reviewer takes in one cycle (both roles together)</source>
        <translation>Le nombre maximal de candidatures que cet évaluateur prend en charge dans un cycle (les deux rôles ensemble)</translation>
    </message>
    <message>
        <source>Inactive reviewers keep their assignments and scores but get no new ones</source>
        <translation>Les évaluateurs inactifs conservent leurs attributions et leurs notes, mais n’en reçoivent pas de nouvelles</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Add a reviewer (a member with capacity 20); type the name and email</source>
        <translation>Ajouter un évaluateur (membre avec une capacité de 20)&#xa0;; saisissez le nom et l’e-mail</translation>
    </message>
    <message>
        <source>Remove the selected reviewer (refused once they have assignments: make them inactive instead)</source>
        <translation>Supprimer l’évaluateur sélectionné (refusé s’il a des attributions&#xa0;: rendez-le plutôt inactif)</translation>
    </message>
    <message>
        <source>Look for likely conflicts with this cycle&apos;s applicants (same library, same email domain, their own application) and list them to confirm or dismiss</source>
        <translation>Rechercher les conflits probables avec les candidats de ce cycle (même bibliothèque, même domaine d’e-mail, leur propre candidature) et les lister pour les confirmer ou les écarter</translation>
    </message>
    <message>
        <source>Declare a conflict of the selected reviewer with one applicant</source>
        <translation>Déclarer un conflit de l’évaluateur sélectionné avec un candidat</translation>
    </message>
    <message>
        <source>Confirm the selected conflicts: the reviewer never sees those applications</source>
        <translation>Confirmer les conflits sélectionnés&#xa0;: l’évaluateur ne verra jamais ces candidatures</translation>
    </message>
    <message>
        <source>Dismiss the selected suggestions: not a conflict</source>
        <translation>Écarter les suggestions sélectionnées&#xa0;: ce ne sont pas des conflits</translation>
    </message>
    <message>
        <source>Close (every change is already stored)</source>
        <translation>Fermer (toutes les modifications sont déjà enregistrées)</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Conflicts of interest of %1</source>
        <translation>Conflits d’intérêts de %1</translation>
    </message>
    <message>
        <source>An applicant of another cycle or role</source>
        <translation>Un candidat d’un autre cycle ou rôle</translation>
    </message>
    <message>
        <source>“%1” is not a capacity: enter a whole number such as 20.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une capacité&#xa0;: saisissez un nombre entier, par exemple 20.</translation>
    </message>
    <message>
        <source>New reviewer %1</source>
        <translation>Nouvel évaluateur %1</translation>
    </message>
    <message>
        <source>No new conflicts to suggest: no reviewer shares a library or an email domain with this cycle&apos;s applicants (past suggestions are kept).</source>
        <translation>Aucun nouveau conflit à suggérer&#xa0;: aucun évaluateur ne partage de bibliothèque ni de domaine d’e-mail avec les candidats de ce cycle (les suggestions précédentes sont conservées).</translation>
    </message>
    <message numerus="yes">
        <source>Suggested %n conflicts of interest. Select a reviewer to see theirs, then confirm or dismiss each.</source>
        <translation>
            <numerusform>%n conflit d’intérêts suggéré. Sélectionnez un évaluateur pour voir les siens, puis confirmez ou écartez chacun d’eux.</numerusform>
            <numerusform>%n conflits d’intérêts suggérés. Sélectionnez un évaluateur pour voir les siens, puis confirmez ou écartez chacun d’eux.</numerusform>
        </translation>
    </message>
    <message>
        <source>Declared by the committee</source>
        <translation>Déclaré par le comité</translation>
    </message>
    <message>
        <source>Declare Conflict</source>
        <translation>Déclarer un conflit</translation>
    </message>
    <message>
        <source>%1 has a conflict of interest with:</source>
        <translation>%1 a un conflit d’intérêts avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cohort::RubricDialog</name>
    <message>
        <source>&amp;Add Criterion</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Copy From Cycle…</source>
        <translation>&amp;Copier depuis un cycle…</translation>
    </message>
    <message>
        <source>Rubric — %1, %2</source>
        <translation>Grille d’évaluation — %1, %2</translation>
    </message>
    <message>
        <source>The criteria %1 in %2 are scored on. Hover a column title for what it means. Changes are stored as you make them; Edit › Undo takes them back.</source>
        <translation>Les critères selon lesquels les %1 de %2 sont notés. Survolez le titre d’une colonne pour voir ce qu’il signifie. Les modifications sont enregistrées au fur et à mesure&#xa0;; Édition › Annuler revient dessus.</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>N/A allowed</source>
        <translation>N/A autorisé</translation>
    </message>
    <message>
        <source>What the criterion is called in the scoring grid</source>
        <translation>Le nom du critère dans la grille de notation</translation>
    </message>
    <message>
        <source>What reviewers look for (shown in the grid&apos;s column tooltip)</source>
        <translation>Ce que recherchent les évaluateurs (affiché dans l’info-bulle de la colonne de la grille)</translation>
    </message>
    <message>
        <source>The lowest score</source>
        <translation>La note minimale</translation>
    </message>
    <message>
        <source>The highest score</source>
        <translation>La note maximale</translation>
    </message>
    <message>
        <source>How much the criterion counts in the weighted total</source>
        <translation>Le poids du critère dans le total pondéré</translation>
    </message>
    <message>
        <source>Whether reviewers may mark it not applicable</source>
        <translation>Si les évaluateurs peuvent le marquer comme non applicable</translation>
    </message>
    <message>
        <source>Add a criterion at the end (scale 1–5, weight 1)</source>
        <translation>Ajouter un critère à la fin (échelle 1–5, poids 1)</translation>
    </message>
    <message>
        <source>Remove the selected criterion (refused once it has scores)</source>
        <translation>Supprimer le critère sélectionné (refusé s’il a des notes)</translation>
    </message>
    <message>
        <source>Move the selected criterion one place up</source>
        <translation>Monter d’un rang le critère sélectionné</translation>
    </message>
    <message>
        <source>Move the selected criterion one place down</source>
        <translation>Descendre d’un rang le critère sélectionné</translation>
    </message>
    <message>
        <source>Append the %1&apos; rubric of another cycle (criteria with a name already here are skipped)</source>
        <translation>Ajouter à la fin la grille d’évaluation des %1 d’un autre cycle (les critères dont le nom figure déjà ici sont ignorés)</translation>
    </message>
    <message>
        <source>Close (every change is already stored)</source>
        <translation>Fermer (toutes les modifications sont déjà enregistrées)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>“%1” is not a weight: enter a number such as 1 or 0.5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un poids&#xa0;: saisissez un nombre, par exemple 1 ou 0,5.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>New criterion %1</source>
        <translation>Nouveau critère %1</translation>
    </message>
    <message>
        <source>Move Criterion</source>
        <translation>Déplacer le critère</translation>
    </message>
    <message>
        <source>There is no other cycle to copy a rubric from.</source>
        <translation>Il n’y a aucun autre cycle depuis lequel copier une grille d’évaluation.</translation>
    </message>
    <message>
        <source>Copy Rubric From Cycle</source>
        <translation>Copier la grille d’évaluation d’un cycle</translation>
    </message>
    <message>
        <source>Copy the %1&apos; rubric of:</source>
        <translation type="vanished">Copier la grille d’évaluation des %1 de&#xa0;:</translation>
    </message>
    <message>
        <source>Copy the rubric for %1 from:</source>
        <translation>Copier la grille d’évaluation des %1 depuis&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cohort::SaveLetterTemplateCommand</name>
    <message>
        <source>Edit Letter Template</source>
        <translation>Modifier le modèle de lettre</translation>
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
        <translation>pas encore notée</translation>
    </message>
    <message>
        <source>%1: not scored yet</source>
        <translation>%1&#xa0;: pas encore notée</translation>
    </message>
    <message>
        <source>%1 so far</source>
        <translation>%1 pour l’instant</translation>
    </message>
    <message>
        <source>%1: %2 so far (%3 of %4 criteria)</source>
        <translation>%1&#xa0;: %2 pour l’instant (%3 critères sur %4)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No other reviewer</source>
        <translation>Aucun autre évaluateur</translation>
    </message>
    <message>
        <source>Nobody else reviews this application.</source>
        <translation>Personne d’autre n’évalue cette candidature.</translation>
    </message>
    <message>
        <source>%1 (submitted)</source>
        <translation>%1 (soumise)</translation>
    </message>
    <message>
        <source>After you submit</source>
        <translation>Après votre soumission</translation>
    </message>
    <message>
        <source>%1: submitted on %2; the scores can no longer be changed.</source>
        <translation>%1&#xa0;: soumise le %2&#xa0;; les notes ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>%1: not submitted yet</source>
        <translation>%1&#xa0;: pas encore soumise</translation>
    </message>
    <message>
        <source>%1: a score from %2, or N/A</source>
        <translation>%1&#xa0;: une note de %2, ou N/A</translation>
    </message>
    <message>
        <source>%1: a score from %2</source>
        <translation>%1&#xa0;: une note de %2</translation>
    </message>
    <message>
        <source>Your comment on this application (for the committee)</source>
        <translation>Votre commentaire sur cette candidature (pour le comité)</translation>
    </message>
    <message>
        <source>No score yet</source>
        <translation>Pas encore de note</translation>
    </message>
    <message>
        <source>Weighted total of your scores</source>
        <translation>Total pondéré de vos notes</translation>
    </message>
    <message>
        <source>So far: %1 of %2 criteria scored</source>
        <translation>Pour l’instant&#xa0;: %1 critères notés sur %2</translation>
    </message>
    <message>
        <source>Other reviewers&apos; scores for this application show once you have submitted yours (Review › Submit My Scores…).</source>
        <translation>Les notes des autres évaluateurs pour cette candidature s’affichent une fois que vous avez soumis les vôtres (Évaluation › Soumettre mes notes…).</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Other reviewers</source>
        <translation>Autres évaluateurs</translation>
    </message>
    <message>
        <source>Scale %1; N/A allowed. Weight %2.</source>
        <translation>Échelle %1&#xa0;; N/A autorisé. Poids %2.</translation>
    </message>
    <message>
        <source>Scale %1. Weight %2.</source>
        <translation>Échelle %1. Poids %2.</translation>
    </message>
    <message>
        <source>Blind review: applications appear under their code</source>
        <translation>Évaluation anonyme&#xa0;: les candidatures apparaissent sous leur code</translation>
    </message>
    <message>
        <source>Code and applicant</source>
        <translation>Code et candidat</translation>
    </message>
    <message>
        <source>Your weighted total: the rubric&apos;s weighted mean of your scores (N/A left out)</source>
        <translation>Votre total pondéré&#xa0;: la moyenne pondérée de vos notes selon la grille d’évaluation (hors N/A)</translation>
    </message>
    <message>
        <source>Other reviewers&apos; totals, shown once you have submitted your own</source>
        <translation>Totaux des autres évaluateurs, affichés une fois que vous avez soumis les vôtres</translation>
    </message>
    <message>
        <source>Your comment for the committee</source>
        <translation>Votre commentaire pour le comité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A: enter a score from %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’autorise pas N/A&#xa0;: saisissez une note de %2.</translation>
    </message>
    <message>
        <source>“%1” is not a score for “%2”: enter a number from %3, or N/A.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note pour «&#xa0;%2&#xa0;»&#xa0;: saisissez un nombre de %3, ou N/A.</translation>
    </message>
    <message>
        <source>“%1” is not a score for “%2”: enter a number from %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une note pour «&#xa0;%2&#xa0;»&#xa0;: saisissez un nombre de %3.</translation>
    </message>
    <message>
        <source>Score %1 for “%2” is outside %3.</source>
        <translation>La note %1 pour «&#xa0;%2&#xa0;» est hors de %3.</translation>
    </message>
    <message>
        <source>This program is open read-only, so scores cannot be changed.</source>
        <translation>Ce programme est ouvert en lecture seule&#xa0;: les notes ne peuvent donc pas être modifiées.</translation>
    </message>
    <message>
        <source>%1 is submitted: its scores can no longer be changed.</source>
        <translation>%1 est soumise&#xa0;: ses notes ne peuvent plus être modifiées.</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problems; nothing was stored)</source>
        <translation>
            <numerusform>(et %n autre problème&#xa0;; rien n’a été enregistré)</numerusform>
            <numerusform>(et %n autres problèmes&#xa0;; rien n’a été enregistré)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was stored.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Clear Scores</source>
        <translation>Effacer les notes</translation>
    </message>
    <message>
        <source>Paste Scores</source>
        <translation>Coller les notes</translation>
    </message>
    <message>
        <source>The pasted block (%1 × %2) does not fit below and right of the selected cell; nothing was stored.</source>
        <translation>Le bloc collé (%1 × %2) ne tient pas en dessous et à droite de la cellule sélectionnée&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>These scores are submitted; mark them as not submitted to change them.</source>
        <translation>Ces notes sont soumises&#xa0;; marquez-les comme non soumises pour les modifier.</translation>
    </message>
</context>
<context>
    <name>cohort::ScoringView</name>
    <message>
        <source>Scoring grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Scoring progress</source>
        <translation>Progression de la notation</translation>
    </message>
    <message>
        <source>Type a score to start; Enter moves down, Tab right; Delete clears; Ctrl+V pastes from a spreadsheet.</source>
        <translation>Saisissez une note pour commencer&#xa0;; Entrée descend, Tab va à droite&#xa0;; Suppr efface&#xa0;; Ctrl+V colle depuis un tableur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln scored</source>
        <translation>
            <numerusform>%1 sur %Ln notée</numerusform>
            <numerusform>%1 sur %Ln notées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln submitted</source>
        <translation>
            <numerusform>%Ln soumise</numerusform>
            <numerusform>%Ln soumises</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cohort::SetAssignmentCommentCommand</name>
    <message>
        <source>Edit Comment</source>
        <translation>Modifier le commentaire</translation>
    </message>
    <message>
        <source>The comment is unchanged.</source>
        <translation>Le commentaire n’a pas changé.</translation>
    </message>
</context>
<context>
    <name>cohort::SetCadenceSettingsCommand</name>
    <message>
        <source>Change Cycle Settings</source>
        <translation>Modifier les paramètres du cycle</translation>
    </message>
    <message>
        <source>Someone else changed this cycle&apos;s settings meanwhile; open Cycle Settings again to see them.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps les paramètres de ce cycle&#xa0;; rouvrez Paramètres du cycle pour les voir.</translation>
    </message>
</context>
<context>
    <name>cohort::SetConflictStatusCommand</name>
    <message numerus="yes">
        <source>Confirm %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Confirmer %n conflit d’intérêts</numerusform>
            <numerusform>Confirmer %n conflits d’intérêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Écarter %n conflit d’intérêts</numerusform>
            <numerusform>Écarter %n conflits d’intérêts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n Conflict(s) of Interest</source>
        <translation>
            <numerusform>Modifier %n conflit d’intérêts</numerusform>
            <numerusform>Modifier %n conflits d’intérêts</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose conflicts of interest and whether to confirm or dismiss them.</source>
        <translation>Choisissez des conflits d’intérêts et indiquez s’il faut les confirmer ou les écarter.</translation>
    </message>
</context>
<context>
    <name>cohort::SetDecisionsCommand</name>
    <message>
        <source>Remove Decision</source>
        <translation>Supprimer la décision</translation>
    </message>
    <message numerus="yes">
        <source>Decide %n Application(s)</source>
        <translation>
            <numerusform>Statuer sur %n candidature</numerusform>
            <numerusform>Statuer sur %n candidatures</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone else changed the decision or status of %1 meanwhile; reload to see it.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps la décision ou le statut de %1&#xa0;; rechargez pour le voir.</translation>
    </message>
    <message>
        <source>No decision to make.</source>
        <translation>Aucune décision à prendre.</translation>
    </message>
    <message>
        <source>“%1” is not a decision: use accepted, waitlisted or declined.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une décision&#xa0;: utilisez accepted, waitlisted ou declined.</translation>
    </message>
    <message>
        <source>Application %1 belongs to another cycle.</source>
        <translation>La candidature %1 appartient à un autre cycle.</translation>
    </message>
    <message>
        <source>Application %1 is %2 and cannot be decided.</source>
        <translation>La candidature %1 est %2 et ne peut pas faire l’objet d’une décision.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>ineligible</source>
        <translation>irrecevable</translation>
    </message>
</context>
<context>
    <name>cohort::SetEligibilityRulesCommand</name>
    <message>
        <source>Change Eligibility Rules for Mentors</source>
        <translation>Modifier les règles de recevabilité des mentors</translation>
    </message>
    <message>
        <source>Change Eligibility Rules for Mentees</source>
        <translation>Modifier les règles de recevabilité des mentorés</translation>
    </message>
    <message>
        <source>Someone else changed this cycle&apos;s eligibility rules for mentors meanwhile; open Eligibility Rules again to see them.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps les règles de recevabilité des mentors de ce cycle&#xa0;; rouvrez Règles de recevabilité pour les voir.</translation>
    </message>
    <message>
        <source>Someone else changed this cycle&apos;s eligibility rules for mentees meanwhile; open Eligibility Rules again to see them.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps les règles de recevabilité des mentorés de ce cycle&#xa0;; rouvrez Règles de recevabilité pour les voir.</translation>
    </message>
</context>
<context>
    <name>cohort::SetGoalSheetCommand</name>
    <message>
        <source>Edit Goal Sheet of %1</source>
        <translation>Modifier la fiche d’objectifs de %1</translation>
    </message>
</context>
<context>
    <name>cohort::SetLetterheadCommand</name>
    <message>
        <source>Change Letterhead</source>
        <translation>Modifier l’en-tête</translation>
    </message>
    <message>
        <source>Someone else changed the letterhead meanwhile; open Letterhead again to see it.</source>
        <translation>Quelqu’un d’autre a modifié l’en-tête entre-temps&#xa0;; rouvrez En-tête pour le voir.</translation>
    </message>
</context>
<context>
    <name>cohort::SetMatchingSettingsCommand</name>
    <message>
        <source>Change Matching Settings</source>
        <translation>Modifier les paramètres d’appariement</translation>
    </message>
</context>
<context>
    <name>cohort::SetPhasesCommand</name>
    <message>
        <source>Edit Phases</source>
        <translation>Modifier les phases</translation>
    </message>
</context>
<context>
    <name>cohort::SetReviewSettingsCommand</name>
    <message>
        <source>Change Review Settings</source>
        <translation>Modifier les paramètres d’évaluation</translation>
    </message>
    <message>
        <source>Each application needs at least one reviewer.</source>
        <translation>Chaque candidature doit avoir au moins un évaluateur.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Un objectif ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The review settings are unchanged.</source>
        <translation>Les paramètres d’évaluation n’ont pas changé.</translation>
    </message>
    <message>
        <source>Someone else changed the review settings of this cycle meanwhile; reload to see them.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps les paramètres d’évaluation de ce cycle&#xa0;; rechargez pour les voir.</translation>
    </message>
</context>
<context>
    <name>cohort::SetScoresCommand</name>
    <message>
        <source>Enter Score</source>
        <translation>Saisir une note</translation>
    </message>
    <message>
        <source>Clear Score</source>
        <translation>Effacer la note</translation>
    </message>
    <message numerus="yes">
        <source>Enter %n Score(s)</source>
        <translation>
            <numerusform>Saisir %n note</numerusform>
            <numerusform>Saisir %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has submitted the scores of %2; unsubmit them to change a score.</source>
        <translation>%1 a soumis les notes de %2&#xa0;; annulez la soumission pour modifier une note.</translation>
    </message>
    <message>
        <source>No score to enter.</source>
        <translation>Aucune note à saisir.</translation>
    </message>
    <message>
        <source>“%1” is not a criterion of application %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un critère de la candidature %2.</translation>
    </message>
    <message>
        <source>A score for “%1” is either a value or N/A.</source>
        <translation>Une note pour «&#xa0;%1&#xa0;» est soit une valeur, soit N/A.</translation>
    </message>
    <message>
        <source>“%1” does not allow N/A; enter a score from %2 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’autorise pas N/A&#xa0;; saisissez une note de %2 à %3.</translation>
    </message>
    <message>
        <source>Score %1 for “%2” is outside %3–%4.</source>
        <translation>La note %1 pour «&#xa0;%2&#xa0;» est hors de %3–%4.</translation>
    </message>
    <message>
        <source>(not a number)</source>
        <translation>(pas un nombre)</translation>
    </message>
    <message>
        <source>Someone else changed a score of this step meanwhile; reload to see it.</source>
        <translation>Quelqu’un d’autre a modifié entre-temps une note de cette modification&#xa0;; rechargez pour la voir.</translation>
    </message>
</context>
<context>
    <name>cohort::StatusReasonDialog</name>
    <message>
        <source>Change Status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>Why does %1&apos;s application move from %2 to %3? The reason is kept with the application.</source>
        <translation>Pourquoi la candidature de %1 passe-t-elle du statut %2 au statut %3&#xa0;? Le motif est conservé avec la candidature.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>For example: not an ALSC member</source>
        <translation>Par exemple&#xa0;: pas membre de l’ALSC</translation>
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
    <name>cohort::StatusWorkflow</name>
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
</context>
<context>
    <name>cohort::SubmitAssignmentsCommand</name>
    <message numerus="yes">
        <source>Submit %n Review(s)</source>
        <translation>
            <numerusform>Soumettre %n évaluation</numerusform>
            <numerusform>Soumettre %n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unsubmit %n Review(s)</source>
        <translation>
            <numerusform>Annuler la soumission de %n évaluation</numerusform>
            <numerusform>Annuler la soumission de %n évaluations</numerusform>
        </translation>
    </message>
    <message>
        <source>Application %1 belongs to another cycle.</source>
        <translation>La candidature %1 appartient à un autre cycle.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) are not fully scored yet: %1.</source>
        <translation>
            <numerusform>%n candidature n’est pas encore entièrement notée&#xa0;: %1.</numerusform>
            <numerusform>%n candidatures ne sont pas encore entièrement notées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These reviews are already submitted.</source>
        <translation>Ces évaluations sont déjà soumises.</translation>
    </message>
    <message>
        <source>These reviews are not submitted.</source>
        <translation>Ces évaluations ne sont pas soumises.</translation>
    </message>
</context>
<context>
    <name>cohort::SwimlaneChart</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Messagerie</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Engagement timeline: one lane per match</source>
        <translation>Calendrier de suivi&#xa0;: une ligne par binôme</translation>
    </message>
    <message>
        <source>Engagement timeline</source>
        <translation>Calendrier de suivi</translation>
    </message>
    <message>
        <source>engagement timeline</source>
        <translation>calendrier de suivi</translation>
    </message>
    <message>
        <source>Scroll the matches</source>
        <translation>Faire défiler les binômes</translation>
    </message>
    <message>
        <source>Goal sheet due</source>
        <translation>Échéance de la fiche d’objectifs</translation>
    </message>
    <message>
        <source>Goal sheet submitted</source>
        <translation>Fiche d’objectifs rendue</translation>
    </message>
    <message>
        <source>Month below the cadence</source>
        <translation>Mois sous la cadence</translation>
    </message>
</context>
<context>
    <name>cohort::TimelinePage</name>
    <message>
        <source>&amp;Log Contact</source>
        <translation>&amp;Enregistrer un contact</translation>
    </message>
    <message>
        <source>Show Matches That &amp;Need Attention</source>
        <translation>Afficher les binômes à &amp;surveiller</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Liaison &amp;Workload…</source>
        <translation>&amp;Charge des référents…</translation>
    </message>
    <message>
        <source>Log a contact of the selected match (date, method, who, a note)</source>
        <translation>Enregistrer un contact du binôme sélectionné (date, moyen, qui, une remarque)</translation>
    </message>
    <message>
        <source>List the quiet matches and those below the cadence, the longest quiet first</source>
        <translation>Lister les binômes silencieux et ceux qui sont sous la cadence, les plus longtemps silencieux en premier</translation>
    </message>
    <message>
        <source>Add contact logs kept in a spreadsheet (mentee, date, method, initiated_by, note); checked whole first</source>
        <translation>Ajouter des contacts consignés dans un tableur (mentee, date, method, initiated_by, note)&#xa0;; le fichier entier est d’abord vérifié</translation>
    </message>
    <message>
        <source>How many matches each liaison follows, and how many of them need attention</source>
        <translation>Le nombre de binômes que suit chaque référent, et combien d’entre eux sont à surveiller</translation>
    </message>
    <message>
        <source>No cycle selected</source>
        <translation>Aucun cycle sélectionné</translation>
    </message>
    <message>
        <source>Choose a cycle in the toolbar to see its phases and how its matches are doing.</source>
        <translation>Choisissez un cycle dans la barre d’outils pour voir ses phases et où en sont ses binômes.</translation>
    </message>
    <message>
        <source>The timeline could not be read</source>
        <translation>Impossible de lire le calendrier</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All matches</source>
        <translation>Tous les binômes</translation>
    </message>
    <message>
        <source>Matches that need attention</source>
        <translation>Binômes à surveiller</translation>
    </message>
    <message>
        <source>Quiet matches</source>
        <translation>Binômes silencieux</translation>
    </message>
    <message>
        <source>Find a mentor or mentee</source>
        <translation>Rechercher un mentor ou un mentoré</translation>
    </message>
    <message>
        <source>Matches and their engagement</source>
        <translation>Binômes et leur suivi</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Engagement Timeline</source>
        <translation>Calendrier de suivi</translation>
    </message>
    <message>
        <source>Judge the engagement as of</source>
        <translation>Date d’évaluation du suivi</translation>
    </message>
    <message>
        <source>The day the contact cadence is judged on: today, or the last logged contact of a past cycle</source>
        <translation>Le jour auquel la cadence de contact est évaluée&#xa0;: aujourd’hui, ou le dernier contact enregistré d’un cycle passé</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Da&amp;te de référence&#xa0;:</translation>
    </message>
    <message>
        <source>%1 on track · %2 below cadence · %3 quiet · %4 ended · %5 goal sheets overdue</source>
        <translation>%1 à jour · %2 sous la cadence · %3 silencieux · %4 terminés · %5 fiches d’objectifs en retard</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no contact was added.</source>
        <translation>
            <numerusform>%1 présente %n problème&#xa0;; aucun contact n’a été ajouté.</numerusform>
            <numerusform>%1 présente %n problèmes&#xa0;; aucun contact n’a été ajouté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to add: the %n contact(s) in %1 are logged already.</source>
        <translation>
            <numerusform>Rien à ajouter&#xa0;: le %n contact de %1 est déjà enregistré.</numerusform>
            <numerusform>Rien à ajouter&#xa0;: les %n contacts de %1 sont déjà enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n contact(s) from %1 to %2?</source>
        <translation>
            <numerusform>Ajouter %n contact de %1 à %2&#xa0;?</numerusform>
            <numerusform>Ajouter %n contacts de %1 à %2&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are logged already and stay as they are.</source>
        <translation>
            <numerusform>%n ligne est déjà enregistrée et reste telle quelle.</numerusform>
            <numerusform>%n lignes sont déjà enregistrées et restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo takes the whole import back.</source>
        <translation>Édition › Annuler revient sur toute l’importation.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n contact(s) from %1.</source>
        <translation>
            <numerusform>%n contact ajouté depuis %1.</numerusform>
            <numerusform>%n contacts ajoutés depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no liaison)</source>
        <translation>(sans référent)</translation>
    </message>
    <message>
        <source>Liaison Workload</source>
        <translation>Charge des référents</translation>
    </message>
    <message>
        <source>Liaison</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Matches of %1 by liaison (a liaison is set in the match&apos;s panel):</source>
        <translation>Binômes de %1 par référent (le référent se désigne dans le panneau du binôme)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cohort::TimelineStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Reading the timeline of the cycle</source>
        <translation>lecture du calendrier du cycle</translation>
    </message>
    <message>
        <source>The cycle no longer exists; someone else may have removed it.</source>
        <translation>Le cycle n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>Reading the timeline settings</source>
        <translation>lecture des paramètres du calendrier</translation>
    </message>
    <message>
        <source>The contacts expected a month must be a whole number from 0 to 31.</source>
        <translation>Le nombre de contacts attendus par mois doit être un nombre entier de 0 à 31.</translation>
    </message>
    <message>
        <source>The days without contact before a match counts as quiet must be from 1 to 365.</source>
        <translation>Le nombre de jours sans contact avant qu’un binôme soit considéré comme silencieux doit être compris entre 1 et 365.</translation>
    </message>
    <message>
        <source>The days until a goal sheet is due must be from 0 to 365.</source>
        <translation>Le nombre de jours avant l’échéance d’une fiche d’objectifs doit être compris entre 0 et 365.</translation>
    </message>
    <message>
        <source>An orientation date is not a valid date.</source>
        <translation>Une date d’orientation n’est pas une date valide.</translation>
    </message>
    <message>
        <source>Saving the timeline settings</source>
        <translation>enregistrement des paramètres du calendrier</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>%1 n’existe plus&#xa0;; quelqu’un d’autre a peut-être fait une suppression entre-temps. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you read it; reload to see the changes.</source>
        <translation>%1&#xa0;: %2 a fait des modifications le %3, après votre lecture des données&#xa0;; rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>quelqu’un d’autre</translation>
    </message>
    <message>
        <source>the match of %1 and %2</source>
        <translation>le binôme de %1 et %2</translation>
    </message>
    <message>
        <source>the match</source>
        <translation>le binôme</translation>
    </message>
    <message>
        <source>A contact needs a date.</source>
        <translation>Un contact doit avoir une date.</translation>
    </message>
    <message>
        <source>“%1” is not a contact method; use email, phone, video, chat or in_person.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un moyen de contact&#xa0;; utilisez email, phone, video, chat ou in_person.</translation>
    </message>
    <message>
        <source>“%1” cannot start a contact; use mentor, mentee or liaison.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être à l’initiative d’un contact&#xa0;; utilisez mentor, mentee ou liaison.</translation>
    </message>
    <message>
        <source>Saving a contact</source>
        <translation>enregistrement d’un contact</translation>
    </message>
    <message>
        <source>The match no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>Le binôme n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé. Rechargez pour voir les modifications.</translation>
    </message>
    <message>
        <source>Contacts are logged for published matches; %1 is a draft.</source>
        <translation>Les contacts s’enregistrent pour les binômes publiés&#xa0;; %1 est un brouillon.</translation>
    </message>
    <message>
        <source>A new phase needs an id.</source>
        <translation>Une nouvelle phase doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>Saving phase “%1”</source>
        <translation>enregistrement de la phase «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Phase “%1”</source>
        <translation>La phase «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The phase</source>
        <translation>La phase</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>suppression&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading a phase</source>
        <translation>lecture d’une phase</translation>
    </message>
    <message>
        <source>A new cycle needs an id.</source>
        <translation>Un nouveau cycle doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>A cycle needs a name.</source>
        <translation>Un cycle doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” is not a season; use spring, fall or other.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une saison&#xa0;; utilisez spring, fall ou other.</translation>
    </message>
    <message>
        <source>Cycle “%1” needs a start and an end date.</source>
        <translation>Le cycle «&#xa0;%1&#xa0;» doit avoir une date de début et une date de fin.</translation>
    </message>
    <message>
        <source>Cycle “%1” ends before it starts.</source>
        <translation>Le cycle «&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Each phase of a new cycle needs an id.</source>
        <translation>Chaque phase d’un nouveau cycle doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>The program has a cycle called “%1” already.</source>
        <translation>Le programme a déjà un cycle nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Removing a cycle</source>
        <translation>suppression d’un cycle</translation>
    </message>
    <message>
        <source>The cycle</source>
        <translation>Le cycle</translation>
    </message>
    <message>
        <source>Cycle “%1”</source>
        <translation>Le cycle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n application(s); a cycle with applications cannot be removed.</source>
        <translation>
            <numerusform>%1 a %n candidature&#xa0;; impossible de supprimer un cycle qui a des candidatures.</numerusform>
            <numerusform>%1 a %n candidatures&#xa0;; impossible de supprimer un cycle qui a des candidatures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n rubric criteria; remove them first.</source>
        <translation>
            <numerusform>%1 a %n critère de grille d’évaluation&#xa0;; supprimez-le d’abord.</numerusform>
            <numerusform>%1 a %n critères de grille d’évaluation&#xa0;; supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring cycle “%1”</source>
        <translation>restauration du cycle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A new contact needs an id.</source>
        <translation>Un nouveau contact doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>The contact of %1 on %2</source>
        <translation>Le contact du %2 pour %1</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>Le contact</translation>
    </message>
    <message>
        <source>Removing a contact</source>
        <translation>suppression d’un contact</translation>
    </message>
    <message>
        <source>Restoring a contact</source>
        <translation>restauration d’un contact</translation>
    </message>
    <message>
        <source>Reading a contact</source>
        <translation>lecture d’un contact</translation>
    </message>
    <message>
        <source>Assigning a liaison</source>
        <translation>désignation d’un référent</translation>
    </message>
    <message>
        <source>The reviewer no longer exists; someone else may have removed them.</source>
        <translation>L’évaluateur n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimé.</translation>
    </message>
    <message>
        <source>A new goal sheet needs an id.</source>
        <translation>Une nouvelle fiche d’objectifs doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>A goal sheet needs a due date.</source>
        <translation>Une fiche d’objectifs doit avoir une date d’échéance.</translation>
    </message>
    <message>
        <source>Saving a goal sheet</source>
        <translation>enregistrement d’une fiche d’objectifs</translation>
    </message>
    <message>
        <source>The goal sheet of %1 exists already; reload to see it.</source>
        <translation>La fiche d’objectifs pour %1 existe déjà&#xa0;; rechargez pour la voir.</translation>
    </message>
    <message>
        <source>The goal sheet of %1</source>
        <translation>La fiche d’objectifs pour %1</translation>
    </message>
    <message>
        <source>The goal sheet</source>
        <translation>La fiche d’objectifs</translation>
    </message>
    <message>
        <source>Removing a goal sheet</source>
        <translation>suppression d’une fiche d’objectifs</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n goal(s); remove them first.</source>
        <translation>
            <numerusform>%1 contient %n objectif&#xa0;; supprimez-le d’abord.</numerusform>
            <numerusform>%1 contient %n objectifs&#xa0;; supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading a goal sheet</source>
        <translation>lecture d’une fiche d’objectifs</translation>
    </message>
    <message>
        <source>A goal is written against one of the program&apos;s objectives, 1 to 7.</source>
        <translation>Un objectif se rattache à l’un des objectifs généraux du programme, de 1 à 7.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Un objectif doit avoir un titre.</translation>
    </message>
    <message>
        <source>A new goal needs an id.</source>
        <translation>Un nouvel objectif doit avoir un identifiant.</translation>
    </message>
    <message>
        <source>Saving goal “%1”</source>
        <translation>enregistrement de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The goal sheet no longer exists; someone else may have removed it. Reload to see the changes.</source>
        <translation>La fiche d’objectifs n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimée. Rechargez pour voir les modifications.</translation>
    </message>
    <message numerus="yes">
        <source>The goal sheet of %1 has %n goal(s) already, as many as a sheet may hold.</source>
        <translation>
            <numerusform>La fiche d’objectifs pour %1 contient déjà %n objectif, le maximum qu’une fiche peut contenir.</numerusform>
            <numerusform>La fiche d’objectifs pour %1 contient déjà %n objectifs, le maximum qu’une fiche peut contenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal “%1”</source>
        <translation>L’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>L’objectif</translation>
    </message>
    <message>
        <source>Removing a goal</source>
        <translation>suppression d’un objectif</translation>
    </message>
    <message>
        <source>Attendance needs the date of the orientation session.</source>
        <translation>La présence doit indiquer la date de la session d’orientation.</translation>
    </message>
    <message>
        <source>Saving orientation attendance</source>
        <translation>enregistrement de la présence à l’orientation</translation>
    </message>
    <message>
        <source>The application no longer exists; someone else may have removed it.</source>
        <translation>La candidature n’existe plus&#xa0;; quelqu’un d’autre l’a peut-être supprimée.</translation>
    </message>
    <message>
        <source>Removing orientation attendance</source>
        <translation>suppression de la présence à l’orientation</translation>
    </message>
    <message>
        <source>Reading orientation attendance</source>
        <translation>lecture de la présence à l’orientation</translation>
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
    <name>cohort::matching::SlotAssignment</name>
    <message>
        <source>Unmatched: every mentor is excluded, scores below the minimum or has no places</source>
        <translation>Sans binôme&#xa0;: chaque mentor est exclu, obtient un score sous le minimum ou n&apos;a plus de place</translation>
    </message>
    <message numerus="yes">
        <source>Unmatched: the %n suitable mentor(s) are all full</source>
        <translation>
            <numerusform>Sans binôme&#xa0;: le seul mentor adapté est complet</numerusform>
            <numerusform>Sans binôme&#xa0;: les %n mentors adaptés sont tous complets</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmatched: a suitable mentor has room, but the match would add nothing to the total score</source>
        <translation>Sans binôme&#xa0;: un mentor adapté a de la place, mais le binôme n&apos;ajouterait rien au score total</translation>
    </message>
    <message>
        <source>The number of mentees cannot be negative.</source>
        <translation>Le nombre de mentorés ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Mentor %1 has a negative capacity.</source>
        <translation>Le mentor %1 a une capacité négative.</translation>
    </message>
    <message>
        <source>There must be one score for each mentee and mentor.</source>
        <translation>Il faut un score pour chaque mentoré et chaque mentor.</translation>
    </message>
    <message>
        <source>Every score must be between 0 and 1.</source>
        <translation>Chaque score doit être compris entre 0 et 1.</translation>
    </message>
    <message>
        <source>The minimum score is not a number.</source>
        <translation>Le score minimum n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>An excluded pair names a mentee or mentor that is not in the list.</source>
        <translation>Une paire exclue désigne un mentoré ou un mentor absent de la liste.</translation>
    </message>
    <message>
        <source>A locked pair names a mentee or mentor that is not in the list.</source>
        <translation>Une paire verrouillée désigne un mentoré ou un mentor absent de la liste.</translation>
    </message>
    <message>
        <source>Mentee %1 is locked to two mentors.</source>
        <translation>Le mentoré %1 est verrouillé avec deux mentors.</translation>
    </message>
    <message>
        <source>Mentee %1 is locked to mentor %2, a pair that is also excluded.</source>
        <translation>Le mentoré %1 est verrouillé avec le mentor %2, une paire également exclue.</translation>
    </message>
    <message>
        <source>Mentor %1 has more locked mentees than places (%2).</source>
        <translation>Le mentor %1 a plus de mentorés verrouillés que de places (%2).</translation>
    </message>
    <message>
        <source>The matching could not be computed.</source>
        <translation>Le calcul des binômes a échoué.</translation>
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
