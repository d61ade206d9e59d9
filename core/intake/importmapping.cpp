#include "intake/importmapping.h"

#include "intake/normalize.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace cohort {

// ---------------------------------------------------------------------------------------------
// The field catalog

namespace {

ImportField field(const char *key, const QString &label, ImportField::Kind kind, bool required = false,
                  bool confidential = false, QStringList choices = {})
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.kind = kind;
    f.requiredForMentor = required;
    f.requiredForMentee = required;
    f.confidential = confidential;
    f.choices = std::move(choices);
    return f;
}

// Loose names of the stored choice values: the normalized words (normalize::name) that mean each
// value in the forms' answers, longest first where one contains another.
const QList<std::pair<QString, QString>> &choiceAliases(const QString &key)
{
    static const QList<std::pair<QString, QString>> libraryType = {
        {QStringLiteral("public library"), QStringLiteral("public")},
        {QStringLiteral("public"), QStringLiteral("public")},
        {QStringLiteral("school library"), QStringLiteral("school")},
        {QStringLiteral("school media"), QStringLiteral("school")},
        {QStringLiteral("k 12"), QStringLiteral("school")},
        {QStringLiteral("school"), QStringLiteral("school")},
        {QStringLiteral("escolar"), QStringLiteral("school")},
        {QStringLiteral("scolaire"), QStringLiteral("school")},
        {QStringLiteral("academic"), QStringLiteral("academic")},
        {QStringLiteral("university"), QStringLiteral("academic")},
        {QStringLiteral("college"), QStringLiteral("academic")},
        {QStringLiteral("universitaria"), QStringLiteral("academic")},
        {QStringLiteral("universitaire"), QStringLiteral("academic")},
        {QStringLiteral("special"), QStringLiteral("special")},
        {QStringLiteral("museum"), QStringLiteral("special")},
        {QStringLiteral("corporate"), QStringLiteral("special")},
        {QStringLiteral("government"), QStringLiteral("special")},
        {QStringLiteral("hospital"), QStringLiteral("special")},
        {QStringLiteral("especial"), QStringLiteral("special")},
        {QStringLiteral("specialisee"), QStringLiteral("special")},
        {QStringLiteral("not currently employed"), QStringLiteral("none")},
        {QStringLiteral("not employed"), QStringLiteral("none")},
        {QStringLiteral("unemployed"), QStringLiteral("none")},
        {QStringLiteral("student"), QStringLiteral("none")},
        {QStringLiteral("none"), QStringLiteral("none")},
        {QStringLiteral("n a"), QStringLiteral("none")},
        {QStringLiteral("ninguna"), QStringLiteral("none")},
        {QStringLiteral("aucune"), QStringLiteral("none")},
    };
    static const QList<std::pair<QString, QString>> careerStage = {
        {QStringLiteral("early career"), QStringLiteral("early_career")},
        {QStringLiteral("new to the profession"), QStringLiteral("early_career")},
        {QStringLiteral("new librarian"), QStringLiteral("early_career")},
        {QStringLiteral("first job"), QStringLiteral("early_career")},
        {QStringLiteral("early"), QStringLiteral("early_career")},
        {QStringLiteral("student"), QStringLiteral("student")},
        {QStringLiteral("estudiante"), QStringLiteral("student")},
        {QStringLiteral("etudiant"), QStringLiteral("student")},
        {QStringLiteral("etudiante"), QStringLiteral("student")},
        {QStringLiteral("library school"), QStringLiteral("student")},
        {QStringLiteral("mlis"), QStringLiteral("student")},
        {QStringLiteral("returning"), QStringLiteral("returning")},
        {QStringLiteral("re entering"), QStringLiteral("returning")},
        {QStringLiteral("reentering"), QStringLiteral("returning")},
        {QStringLiteral("coming back"), QStringLiteral("returning")},
        {QStringLiteral("refining"), QStringLiteral("refining")},
        {QStringLiteral("refine"), QStringLiteral("refining")},
        {QStringLiteral("mid career"), QStringLiteral("refining")},
        {QStringLiteral("experienced"), QStringLiteral("refining")},
    };
    static const QList<std::pair<QString, QString>> none;
    if (key == QLatin1String("library_type"))
        return libraryType;
    if (key == QLatin1String("career_stage"))
        return careerStage;
    return none;
}

} // namespace

const QList<ImportField> &ImportFields::all()
{
    using K = ImportField::Kind;
    // Built once per process; the labels are translated at that time.
    static const QList<ImportField> fields = [] {
        QList<ImportField> f;
        f << field("first_name", tr("First name"), K::Text, true) << field("last_name", tr("Last name"), K::Text)
          << field("full_name", tr("Full name"), K::Text) << field("email", tr("Email address"), K::Email, true)
          << field("phone", tr("Phone"), K::Phone) << field("submitted_at", tr("Submitted"), K::DateTime)
          << field("library", tr("Library or institution"), K::Text)
          << field("library_type", tr("Library type"), K::Choice, false, false,
                   {QStringLiteral("public"), QStringLiteral("school"), QStringLiteral("academic"),
                    QStringLiteral("special"), QStringLiteral("none")})
          << field("position", tr("Position"), K::Text) << field("city", tr("City"), K::Text)
          << field("state", tr("State or province"), K::Text) << field("country", tr("Country"), K::Text)
          << field("time_zone", tr("Time zone"), K::Text) << field("alsc_member", tr("ALSC member"), K::YesNo)
          << field("alsc_member_id", tr("ALSC member ID"), K::Text)
          << field("ala_member", tr("ALA member"), K::YesNo)
          << field("membership_attested", tr("Will keep ALSC membership for the program year"), K::YesNo)
          << field("years_experience", tr("Years in children's library service"), K::Number)
          << field("interests", tr("Areas of experience or interest"), K::List)
          << field("connection", tr("Connection to children's library service"), K::Text)
          << field("career_stage", tr("Career stage"), K::Choice, false, false,
                   {QStringLiteral("student"), QStringLiteral("early_career"), QStringLiteral("returning"),
                    QStringLiteral("refining")})
          << field("contact_methods", tr("Preferred contact methods"), K::List)
          << field("languages", tr("Languages"), K::List) << field("gender", tr("Gender"), K::Text, false, true)
          << field("bipoc", tr("BIPOC"), K::Text, false, true)
          << field("disability", tr("Disability"), K::Text, false, true)
          << field("use_demographics", tr("Use demographics for matching"), K::YesNo)
          << field("mentor_preference", tr("I would like a mentor who"), K::Text, false, true)
          << field("avoid", tr("Prefer not to be matched with"), K::List, false, true)
          << field("statement", tr("Why are you applying"), K::Text)
          << field("offer", tr("What can you offer a mentee"), K::Text)
          << field("capacity", tr("How many mentees"), K::Number) << field("adult", tr("18 or older"), K::YesNo)
          << field("guardian_permission", tr("Parent or guardian permission"), K::YesNo);
        return f;
    }();
    return fields;
}

const ImportField *ImportFields::find(const QString &key)
{
    static const QHash<QString, qsizetype> index = [] {
        QHash<QString, qsizetype> h;
        const QList<ImportField> &fields = all();
        for (qsizetype i = 0; i < fields.size(); ++i)
            h.insert(fields.at(i).key, i);
        return h;
    }();
    const auto it = index.constFind(key);
    return it == index.cend() ? nullptr : &all().at(*it);
}

// ---------------------------------------------------------------------------------------------
// Mappings as JSON

QString ImportMapping::toJson() const
{
    QJsonObject columns;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        columns.insert(it.key(), it.value());
    QJsonObject root{{QStringLiteral("version"), 1}, {QStringLiteral("fields"), columns}};
    if (!role.isEmpty())
        root.insert(QStringLiteral("role"), role);
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

ImportMapping ImportMapping::fromJson(const QString &name, const QString &role, const QString &json)
{
    ImportMapping mapping;
    mapping.name = name;
    mapping.role = role;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    if (mapping.role.isEmpty())
        mapping.role = root.value(QStringLiteral("role")).toString();
    // {"fields": {header: key}}; a bare {header: key} object is read the same way.
    const QJsonObject columns =
        root.contains(QStringLiteral("fields")) ? root.value(QStringLiteral("fields")).toObject() : root;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const QString key = it.value().toString();
        // Keys from a newer or hand-edited file that this version does not know are dropped.
        if (ImportFields::find(key))
            mapping.fields.insert(it.key(), key);
    }
    return mapping;
}

// ---------------------------------------------------------------------------------------------
// Suggestions

namespace {

struct SuggestRule
{
    QString key; // empty: a column that form services add and no field takes (ids, start times)
    int score;
    QRegularExpression pattern; // on normalize::name(header)
};

SuggestRule rule(const char *key, int score, const char *pattern)
{
    return {QString::fromLatin1(key), score, QRegularExpression(QString::fromLatin1(pattern))};
}

// Scores are priorities: when several rules match a header, the highest wins, so a specific
// question ("prefer not to be matched with") beats a general one ("prefer … contact").
const QList<SuggestRule> &suggestRules()
{
    static const QList<SuggestRule> rules = {
        // Bookkeeping columns of the services: Microsoft Forms' ID and Start time, SurveyMonkey's
        // Respondent/Collector ID and Start Date, JotForm's Submission ID, IP addresses.
        rule("", 100,
             "^(id|respondent id|collector id|submission id|response id|entry id|start time|start date|"
             "ip|ip address|last modified time|last modified|form name|edit link|serial|custom data|"
             "custom data 1|submission ip|user agent)$"),
        rule("submitted_at", 95,
             "^(timestamp|completion time|end date|submission date|date submitted|submitted|submitted at|"
             "submitted on|date completed|completed|completed at|entry date|date created|created|created at|"
             "response date|received|date received|date time|submit date|date of submission)$"),
        rule("submitted_at", 60, "^(date|fecha|horodateur|marca temporal)$"),
        rule("first_name", 95, "\\b(first name|given name|forename|name first|nombre de pila|prenom)\\b|^first$"),
        rule("last_name", 95, "\\b(last name|surname|family name|name last|apellidos?|nom de famille)\\b|^last$"),
        rule("library", 96,
             "\\blibrary name\\b|\\bname of (your |the )?(library|institution|organization|organisation|"
             "school|employer|workplace)\\b|^(your )?(current )?(library|institution|organization|organisation|"
             "employer|workplace|company|library institution|library or institution|library organization|"
             "library system|library school)$"),
        rule("library", 75,
             "\\b(institution|employer|workplace|organization|organisation)\\b|where do you work|"
             "\\blibrary system\\b|\\b(what|which) library\\b|\\bbiblioteca\\b|\\bbibliotheque\\b"),
        rule("full_name", 90,
             "\\bfull name\\b|\\byour name\\b|what is your name|\\bapplicant s? name\\b|name of applicant|"
             "^(applicant|mentor name|mentee name|participant name|name full|nombre|nombre completo|nom|"
             "nom complet)$"),
        rule("full_name", 50, "^name$"),
        // Not the bare "Email" of Microsoft Forms (the respondent's account): see the 60 below.
        rule("email", 90, "^(?!e ?mail$).*(\\be ?mail\\b|\\bcorreo\\b|\\bcourriel\\b)"),
        rule("email", 60, "^e ?mail$"),
        rule("phone", 90, "\\b(phone|telephone|mobile|cell|cellphone|telefono)\\b"),
        rule("library_type", 92,
             "\\b(type|kind) of (library|institution|organization|workplace)\\b|\\blibrary (type|setting)\\b|"
             "best describes your (library|workplace|institution)|\\binstitution type\\b|\\btipo de biblioteca\\b|"
             "\\btype de bibliotheque\\b"),
        rule("position", 85,
             "\\b(position|job title|title|job|occupation|current role|professional title|puesto|poste)\\b"),
        rule("city", 88, "\\b(city|town|ciudad|ville)\\b"),
        rule("state", 88, "\\b(state|province|region|estado|provincia)\\b"),
        rule("country", 90, "\\b(country|pais|pays)\\b"),
        rule("time_zone", 95, "\\btime ?zone\\b|\\bzona horaria\\b|\\bfuseau horaire\\b"),
        rule("alsc_member_id", 95,
             "\\balsc\\b.*\\b(id|number|no|num)\\b|\\bmember(ship)? (id|number)\\b"),
        rule("membership_attested", 96,
             "\\battest|\\b(remain|maintain|keep|retain|renew)\\b.*\\bmember(ship)?\\b|\\bmember(ship)?\\b.*\\b("
             "throughout|for the (whole|entire|full|duration))\\b"),
        rule("alsc_member", 90, "\\balsc\\b.*\\bmember|\\bmember\\b.*\\balsc\\b"),
        rule("ala_member", 88, "\\bala\\b.*\\bmember|\\bmember\\b.*\\bala\\b"),
        rule("years_experience", 85,
             "\\byears?\\b.*\\b(experience|worked|working|work|service|field|profession|librar\\w*)\\b|"
             "\\bexperience\\b.*\\byears?\\b|how long have you|^years$|\\banos de experiencia\\b|"
             "\\bannees d experience\\b"),
        rule("adult", 90, "\\b(18|eighteen)\\b|\\bolder\\b|\\bof age\\b|\\badult\\b|\\bage\\b|\\bmayor de edad\\b|"
                          "\\bmajeur\\b"),
        rule("guardian_permission", 96, "\\b(guardian|parent|parental|tutor|padre|madre|parent)\\b"),
        rule("interests", 80,
             "\\binterests?\\b|\\binterested in\\b|\\bareas?\\b|\\btopics?\\b|\\bexpertise\\b|\\bspecialt|"
             "\\bpractice area|\\bfocus\\b|\\bintereses\\b|\\binterets\\b"),
        rule("connection", 85,
             "\\bconnection\\b|\\bconnected\\b|how are you involved|relationship to|\\binvolvement\\b|"
             "\\brelacion\\b|\\blien\\b"),
        rule("career_stage", 88,
             "\\bcareer\\b.*\\bstage\\b|\\bstage\\b|\\bcareer level\\b|where are you in your career|\\bin your career\\b|"
             "best describes you\\b|are you a student|\\betapa\\b|\\betape\\b"),
        rule("contact_methods", 92,
             "\\bcontact method|\\bmethods? of (contact|communication)|\\bprefer.*\\b(contact|communicat)|"
             "how .*\\b(contact|reach|communicat)|best way to (contact|reach)|communication (method|preference)|"
             "preferred (means|mode)|\\bcontacto preferido\\b|\\bcontact prefere\\b"),
        rule("languages", 90, "\\blanguages?\\b|\\bidiomas?\\b|\\blangues?\\b"),
        rule("gender", 95, "\\bgender\\b|\\bgenero\\b|\\bgenre\\b"),
        rule("bipoc", 92, "\\bbipoc\\b|\\brace\\b|\\bracial\\b|\\bethnicity\\b|\\bethnic\\b|\\b(person|people) of colou?r\\b"),
        rule("disability", 95, "\\bdisabilit|\\bdisabled\\b|\\bdiscapacidad\\b|\\bhandicap\\b"),
        rule("use_demographics", 96,
             "\\b(consider|use|used|using|take)\\b.*\\b(identity|demographics?|this information)\\b|"
             "\\bdemographics?\\b.*\\bmatch|\\bidentity\\b.*\\bmatch|\\bmatch\\w*\\b.*\\b(identity|demographics?)\\b"),
        rule("mentor_preference", 90,
             "\\bmentor who\\b|\\blike a mentor\\b|\\bin a mentor\\b|\\bmentor (preference|qualities)\\b|"
             "\\bmentee who\\b|\\blike a mentee\\b|\\bin a mentee\\b|\\bqualities\\b.*\\bment(or|ee)\\b"),
        rule("avoid", 97,
             "\\bnot (to )?be matched\\b|\\bprefer not\\b|\\bavoid\\b|\\bconflicts? of interest\\b|"
             "\\bnot want to be (matched|paired)\\b|\\bshould not be (matched|paired)\\b|"
             "\\banyone you would (not|rather not)\\b"),
        rule("statement", 88,
             "\\bwhy\\b|\\bhope to (gain|learn|get|achieve)\\b|\\bstatement\\b|\\bwhat do you (want|hope|expect)\\b|"
             "\\bgoals?\\b|\\btell us (about|why)\\b|\\bmotivation\\b|\\bwhat would you like to (gain|learn|get)\\b|"
             "\\breasons? for applying\\b|\\bcover letter\\b|\\bpor que\\b|\\bpourquoi\\b"),
        rule("offer", 90,
             "\\boffer\\b|\\bbring to (a|the|your) mentee\\b|\\bshare with (a|your) mentee\\b|"
             "\\bwhat can you (share|contribute)\\b|\\bcontribute\\b"),
        rule("capacity", 95,
             "\\bhow many mentees\\b|\\bnumber of mentees\\b|\\bcapacity\\b|\\bmentees (can|could|would) you\\b"),
    };
    return rules;
}

} // namespace

ImportMapping ImportFields::suggest(const QStringList &header, const QString &role)
{
    struct Candidate
    {
        int score;
        qsizetype column;
        QString key;
    };
    // Our own export writes the catalog's labels: they map back exactly.
    static const QHash<QString, QString> labels = [] {
        QHash<QString, QString> h;
        for (const ImportField &f : all())
            h.insert(normalize::name(f.label), f.key);
        return h;
    }();
    const bool mentee = role == QLatin1String("mentee");
    QList<Candidate> candidates;
    QSet<qsizetype> ignored;
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QString text = normalize::name(header.at(column));
        if (text.isEmpty())
            continue;
        if (const auto it = labels.constFind(text); it != labels.cend()) {
            candidates.append({99, column, *it});
            continue;
        }
        for (const SuggestRule &r : suggestRules()) {
            if (!r.pattern.match(text).hasMatch())
                continue;
            if (r.key.isEmpty()) {
                ignored.insert(column);
                break;
            }
            if (mentee && (r.key == QLatin1String("offer") || r.key == QLatin1String("capacity")))
                continue;
            candidates.append({r.score, column, r.key});
        }
    }
    // Best first; on equal scores the leftmost column (and, within a column, the earlier rule).
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.score != b.score ? a.score > b.score : a.column < b.column;
    });
    ImportMapping mapping;
    mapping.role = role;
    QSet<QString> usedKeys;
    QSet<qsizetype> usedColumns;
    for (const Candidate &c : std::as_const(candidates)) {
        if (ignored.contains(c.column) || usedKeys.contains(c.key) || usedColumns.contains(c.column))
            continue;
        usedKeys.insert(c.key);
        usedColumns.insert(c.column);
        mapping.fields.insert(header.at(c.column), c.key);
    }
    // Separate first and last name questions beat a name column (Microsoft Forms' "Name" is the
    // respondent's account, often "Anonymous").
    if (usedKeys.contains(QStringLiteral("first_name")) || usedKeys.contains(QStringLiteral("last_name"))) {
        for (auto it = mapping.fields.begin(); it != mapping.fields.end();) {
            if (it.value() == QLatin1String("full_name"))
                it = mapping.fields.erase(it);
            else
                ++it;
        }
    }
    return mapping;
}

// ---------------------------------------------------------------------------------------------
// Conversion. Runs for every cell of an import (millions), so the common cases avoid regular
// expressions and allocation.

namespace {

const QHash<QString, bool> &yesNoWords()
{
    static const QHash<QString, bool> words = [] {
        QHash<QString, bool> h;
        for (const char *w : {"yes", "y", "true", "t", "1", "x", "checked", "check", "on", "agree", "i agree",
                              "accept", "i accept", "si", "s", "verdadero", "cierto", "oui", "o", "vrai",
                              "d accord", "ok", "yes please", "of course", "absolutely", "definitely", "sure"})
            h.insert(QString::fromUtf8(w), true);
        h.insert(QStringLiteral("sí"), true);
        h.insert(QStringLiteral("✓"), true);
        h.insert(QStringLiteral("✔"), true);
        h.insert(QStringLiteral("☑"), true);
        for (const char *w : {"no", "n", "false", "f", "0", "unchecked", "off", "disagree", "i disagree", "non",
                              "falso", "faux", "no thanks", "not", "nope"})
            h.insert(QString::fromUtf8(w), false);
        return h;
    }();
    return words;
}

std::optional<bool> parseYesNo(const QString &value)
{
    const QString lower = value.toLower();
    const QHash<QString, bool> &words = yesNoWords();
    if (const auto it = words.constFind(lower); it != words.cend())
        return *it;
    // Sentences: "Yes, I am a current member", "No – but I plan to join", "Oui, je suis membre",
    // "I agree", "I am not 18".
    const QString folded = normalize::name(value);
    if (const auto it = words.constFind(folded); it != words.cend())
        return *it;
    static const QStringList negative = {QStringLiteral("i am not"), QStringLiteral("i m not"),
                                         QStringLiteral("i do not"),  QStringLiteral("i don t"),
                                         QStringLiteral("i have not"), QStringLiteral("i haven t"),
                                         QStringLiteral("i will not"), QStringLiteral("i won t"),
                                         QStringLiteral("not "),       QStringLiteral("je ne "),
                                         QStringLiteral("no soy"),     QStringLiteral("no tengo")};
    for (const QString &prefix : negative) {
        if (folded.startsWith(prefix))
            return false;
    }
    static const QStringList positive = {QStringLiteral("i agree"),   QStringLiteral("i attest"),
                                         QStringLiteral("i confirm"), QStringLiteral("i am "),
                                         QStringLiteral("i m "),      QStringLiteral("i will"),
                                         QStringLiteral("i do"),      QStringLiteral("i have"),
                                         QStringLiteral("je suis"),   QStringLiteral("j accepte")};
    for (const QString &prefix : positive) {
        if (folded.startsWith(prefix) || folded == prefix.trimmed())
            return true;
    }
    const QString first = folded.section(QLatin1Char(' '), 0, 0);
    if (const auto it = words.constFind(first); it != words.cend() && first.size() > 1)
        return *it;
    return std::nullopt;
}

std::optional<double> parseNumber(const QString &value)
{
    const QString lower = value.toLower();
    qsizetype i = 0;
    const qsizetype n = lower.size();
    while (i < n && !lower.at(i).isDigit())
        ++i;
    if (i == n) {
        static const QHash<QString, double> words = {
            {QStringLiteral("none"), 0},    {QStringLiteral("zero"), 0},    {QStringLiteral("no"), 0},
            {QStringLiteral("one"), 1},     {QStringLiteral("a"), 1},       {QStringLiteral("an"), 1},
            {QStringLiteral("two"), 2},     {QStringLiteral("three"), 3},   {QStringLiteral("four"), 4},
            {QStringLiteral("five"), 5},    {QStringLiteral("six"), 6},     {QStringLiteral("seven"), 7},
            {QStringLiteral("eight"), 8},   {QStringLiteral("nine"), 9},    {QStringLiteral("ten"), 10},
            {QStringLiteral("eleven"), 11}, {QStringLiteral("twelve"), 12}, {QStringLiteral("fifteen"), 15},
            {QStringLiteral("twenty"), 20}, {QStringLiteral("thirty"), 30}, {QStringLiteral("half"), 0.5},
            {QStringLiteral("uno"), 1},     {QStringLiteral("una"), 1},     {QStringLiteral("dos"), 2},
            {QStringLiteral("tres"), 3},    {QStringLiteral("un"), 1},      {QStringLiteral("une"), 1},
            {QStringLiteral("deux"), 2},    {QStringLiteral("trois"), 3},   {QStringLiteral("ninguno"), 0},
            {QStringLiteral("aucun"), 0}};
        // "about ten years", "less than a year": the first word that is a number.
        for (const QString &word : lower.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (const auto it = words.constFind(word); it != words.cend())
                return word == QLatin1String("a") || word == QLatin1String("an")
                           ? (lower.contains(QLatin1String("less than")) ? 0.5 : 1.0)
                           : *it;
        }
        return std::nullopt;
    }
    auto readNumber = [&lower, n](qsizetype &at) {
        const qsizetype start = at;
        while (at < n && lower.at(at).isDigit())
            ++at;
        // "5.5" and the French "5,5"; not "1,000" (three digits after a comma group thousands).
        if (at + 1 < n && (lower.at(at) == QLatin1Char('.') || lower.at(at) == QLatin1Char(',')) &&
            lower.at(at + 1).isDigit()) {
            qsizetype end = at + 1;
            while (end < n && lower.at(end).isDigit())
                ++end;
            if (lower.at(at) == QLatin1Char('.') || end - at - 1 != 3)
                at = end;
        }
        QString text = lower.mid(start, at - start);
        text.replace(QLatin1Char(','), QLatin1Char('.'));
        return text.toDouble();
    };
    double number = readNumber(i);
    // A range ("3-5 years", "3 to 5") is its middle.
    qsizetype j = i;
    while (j < n && lower.at(j) == QLatin1Char(' '))
        ++j;
    bool range = false;
    if (j < n && (lower.at(j) == QLatin1Char('-') || lower.at(j) == QChar(0x2013))) {
        ++j;
        range = true;
    } else if (lower.mid(j, 3) == QLatin1String("to ")) {
        j += 3;
        range = true;
    }
    while (range && j < n && lower.at(j) == QLatin1Char(' '))
        ++j;
    if (range && j < n && lower.at(j).isDigit())
        number = (number + readNumber(j)) / 2.0;
    return number;
}

// ------------------------------------------------------------------ dates and times

int monthFromWord(const QString &word)
{
    static const QHash<QString, int> months = [] {
        QHash<QString, int> h;
        const char *names[][8] = {
            {"jan", "january", "ene", "enero", "janv", "janvier", nullptr},
            {"feb", "february", "febrero", "fev", "fevr", "fevrier", nullptr},
            {"mar", "march", "marzo", "mars", nullptr},
            {"apr", "april", "abr", "abril", "avr", "avril", nullptr},
            {"may", "mayo", "mai", nullptr},
            {"jun", "june", "junio", "juin", nullptr},
            {"jul", "july", "julio", "juil", "juillet", nullptr},
            {"aug", "august", "ago", "agosto", "aout", nullptr},
            {"sep", "sept", "september", "septiembre", "setiembre", "septembre", nullptr},
            {"oct", "october", "octubre", "octobre", nullptr},
            {"nov", "november", "noviembre", "novembre", nullptr},
            {"dec", "december", "dic", "diciembre", "decembre", nullptr},
        };
        for (int m = 0; m < 12; ++m) {
            for (int k = 0; k < 8 && names[m][k]; ++k)
                h.insert(QString::fromLatin1(names[m][k]), m + 1);
        }
        return h;
    }();
    return months.value(word, 0);
}

bool isIgnoredDateWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("t"),   QStringLiteral("at"),  QStringLiteral("de"),  QStringLiteral("del"),
        QStringLiteral("le"),  QStringLiteral("a"),   QStringLiteral("mon"), QStringLiteral("tue"),
        QStringLiteral("tues"), QStringLiteral("wed"), QStringLiteral("thu"), QStringLiteral("thur"),
        QStringLiteral("thurs"), QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun"),
        QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
        QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
        QStringLiteral("sunday"), QStringLiteral("lunes"), QStringLiteral("martes"), QStringLiteral("miercoles"),
        QStringLiteral("jueves"), QStringLiteral("viernes"), QStringLiteral("sabado"), QStringLiteral("domingo"),
        QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("mercredi"), QStringLiteral("jeudi"),
        QStringLiteral("vendredi"), QStringLiteral("samedi"), QStringLiteral("dimanche")};
    return words.contains(word);
}

// The offset in seconds of a zone written after the time: "Z", "UTC", "GMT-5", "+01:00",
// "-0500", "EST". nullopt: not a zone.
std::optional<int> parseZone(const QString &text)
{
    QString zone = text.trimmed().toUpper();
    if (zone.isEmpty() || zone == QLatin1String("Z") || zone == QLatin1String("UTC") || zone == QLatin1String("GMT"))
        return 0;
    static const QHash<QString, int> names = {
        {QStringLiteral("EST"), -5},  {QStringLiteral("EDT"), -4}, {QStringLiteral("CST"), -6},
        {QStringLiteral("CDT"), -5},  {QStringLiteral("MST"), -7}, {QStringLiteral("MDT"), -6},
        {QStringLiteral("PST"), -8},  {QStringLiteral("PDT"), -7}, {QStringLiteral("AKST"), -9},
        {QStringLiteral("AKDT"), -8}, {QStringLiteral("HST"), -10}, {QStringLiteral("AST"), -4},
        {QStringLiteral("ADT"), -3},  {QStringLiteral("NST"), -3}, {QStringLiteral("BST"), 1},
        {QStringLiteral("CET"), 1},   {QStringLiteral("CEST"), 2}};
    if (const auto it = names.constFind(zone); it != names.cend())
        return *it * 3600;
    if (zone.startsWith(QLatin1String("GMT")) || zone.startsWith(QLatin1String("UTC")))
        zone = zone.mid(3).trimmed();
    if (zone.isEmpty() || (zone.at(0) != QLatin1Char('+') && zone.at(0) != QLatin1Char('-')))
        return std::nullopt;
    const int sign = zone.at(0) == QLatin1Char('-') ? -1 : 1;
    QString digits = zone.mid(1);
    int hours = 0;
    int minutes = 0;
    bool ok = false;
    if (digits.contains(QLatin1Char(':'))) {
        hours = digits.section(QLatin1Char(':'), 0, 0).toInt(&ok);
        if (!ok)
            return std::nullopt;
        minutes = digits.section(QLatin1Char(':'), 1, 1).toInt(&ok);
    } else if (digits.size() <= 2) {
        hours = digits.toInt(&ok);
    } else if (digits.size() == 4) {
        hours = digits.left(2).toInt(&ok);
        if (ok)
            minutes = digits.mid(2).toInt(&ok);
    }
    if (!ok || hours > 14 || minutes > 59)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60);
}

std::optional<QDateTime> parseDateTime(const QString &input)
{
    const QString value = input.trimmed();
    const qsizetype n = value.size();
    // The time: the first h:mm[:ss[.fff]] with an optional AM/PM after it.
    qsizetype colon = -1;
    for (qsizetype i = 1; i + 2 < n; ++i) {
        if (value.at(i) == QLatin1Char(':') && value.at(i - 1).isDigit() && value.at(i + 1).isDigit() &&
            value.at(i + 2).isDigit()) {
            colon = i;
            break;
        }
    }
    QTime time(0, 0);
    qsizetype dateEnd = n;
    QString zoneText;
    if (colon >= 0) {
        qsizetype start = colon;
        while (start > 0 && value.at(start - 1).isDigit() && colon - start < 2)
            --start;
        const int hour = QStringView(value).mid(start, colon - start).toInt();
        const int minute = QStringView(value).mid(colon + 1, 2).toInt();
        int second = 0;
        int msec = 0;
        qsizetype at = colon + 3;
        if (at + 2 < n + 0 && value.at(at) == QLatin1Char(':') && value.at(at + 1).isDigit() &&
            value.at(at + 2).isDigit()) {
            second = QStringView(value).mid(at + 1, 2).toInt();
            at += 3;
            if (at < n && (value.at(at) == QLatin1Char('.') || value.at(at) == QLatin1Char(','))) {
                qsizetype end = at + 1;
                while (end < n && value.at(end).isDigit())
                    ++end;
                msec = static_cast<int>(QStringView(value).mid(at + 1, std::min<qsizetype>(3, end - at - 1))
                                            .toString()
                                            .leftJustified(3, QLatin1Char('0'))
                                            .toInt());
                at = end;
            }
        }
        int h = hour;
        qsizetype after = at;
        while (after < n && value.at(after) == QLatin1Char(' '))
            ++after;
        // AM/PM, a.m./p.m.
        if (after < n) {
            const QChar c = value.at(after).toLower();
            if ((c == QLatin1Char('a') || c == QLatin1Char('p')) && after + 1 < n) {
                qsizetype m = after + 1;
                if (value.at(m) == QLatin1Char('.'))
                    ++m;
                if (m < n && value.at(m).toLower() == QLatin1Char('m') &&
                    (m + 1 == n || !value.at(m + 1).isLetter())) {
                    if (hour < 1 || hour > 12)
                        return std::nullopt;
                    h = hour % 12 + (c == QLatin1Char('p') ? 12 : 0);
                    at = m + 1;
                    if (at < n && value.at(at) == QLatin1Char('.'))
                        ++at;
                }
            }
        }
        time = QTime(h, minute, second, msec);
        if (!time.isValid())
            return std::nullopt;
        dateEnd = start;
        zoneText = value.mid(at);
    }
    // The date: numbers and words before the time.
    struct Number
    {
        int value;
        qsizetype digits;
    };
    QList<Number> numbers;
    int month = 0;
    QChar separator;
    qsizetype i = 0;
    while (i < dateEnd) {
        const QChar c = value.at(i);
        if (c.isDigit()) {
            qsizetype end = i;
            while (end < dateEnd && value.at(end).isDigit())
                ++end;
            numbers.append({QStringView(value).mid(i, end - i).toInt(), end - i});
            // "24th", "1er"
            while (end < dateEnd && value.at(end).isLetter() && end - i < 6)
                ++end;
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i;
            while (end < dateEnd && value.at(end).isLetter())
                ++end;
            const QString word = normalize::name(value.mid(i, end - i));
            if (const int m = monthFromWord(word); m > 0 && month == 0)
                month = m;
            else if (!isIgnoredDateWord(word))
                return std::nullopt;
            i = end;
        } else {
            if ((c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.')) && separator.isNull() &&
                !numbers.isEmpty())
                separator = c;
            ++i;
        }
    }
    auto fullYear = [](const Number &year) {
        if (year.digits == 4)
            return year.value;
        if (year.digits <= 2)
            return year.value < 70 ? 2000 + year.value : 1900 + year.value;
        return -1;
    };
    QDate date;
    if (month > 0 && numbers.size() == 2) {
        // "Feb 24, 2017", "24 February 2017", "24 de febrero de 2017".
        const Number a = numbers.at(0);
        const Number b = numbers.at(1);
        if (b.digits == 4)
            date = QDate(b.value, month, a.value);
        else if (a.digits == 4)
            date = QDate(a.value, month, b.value);
    } else if (month == 0 && numbers.size() == 3) {
        const Number a = numbers.at(0);
        const Number b = numbers.at(1);
        const Number c = numbers.at(2);
        if (a.digits == 4) {
            date = QDate(a.value, b.value, c.value); // ISO, 2017/02/24
        } else if (c.digits == 4 || c.digits == 2) {
            const int year = fullYear(c);
            if (a.value > 12)
                date = QDate(year, b.value, a.value); // 24/02/2017: only day first fits
            else if (b.value > 12)
                date = QDate(year, a.value, b.value);
            else if (separator == QLatin1Char('.'))
                date = QDate(year, b.value, a.value); // 24.02.2017 is European
            else
                date = QDate(year, a.value, b.value); // US forms: m/d/yyyy
        }
    }
    if (!date.isValid())
        return std::nullopt;
    const std::optional<int> offset = parseZone(zoneText);
    if (!offset)
        return std::nullopt;
    // A time without a zone is taken as written: forms export the owner's local time, which
    // the file does not name; storing it unshifted keeps what the committee sees in the form.
    return QDateTime(date, time, Qt::OffsetFromUTC, *offset).toUTC();
}

bool looksLikeEmail(const QString &email)
{
    const qsizetype at = email.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != email.lastIndexOf(QLatin1Char('@')) || at + 1 >= email.size())
        return false;
    const qsizetype dot = email.lastIndexOf(QLatin1Char('.'));
    if (dot < at + 2 || dot + 1 >= email.size())
        return false;
    for (const QChar c : email) {
        if (c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('<') ||
            c == QLatin1Char('>'))
            return false;
    }
    return true;
}

QStringList splitList(const QString &value)
{
    // Google Forms joins checkbox answers with ", "; other services use ";", "|" or one answer
    // per line. Where one of those stronger separators appears, commas stay inside the answers
    // ("Storytime, early literacy; STEM").
    bool strong = false;
    for (const QChar c : value) {
        if (c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            strong = true;
            break;
        }
    }
    QStringList parts;
    qsizetype start = 0;
    const qsizetype n = value.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool end = i == n;
        if (!end) {
            const QChar c = value.at(i);
            const bool split = strong ? (c == QLatin1Char(';') || c == QLatin1Char('|') || c == QLatin1Char('\n') ||
                                         c == QLatin1Char('\r'))
                                      : c == QLatin1Char(',');
            if (!split)
                continue;
        }
        const QString part = QStringView(value).mid(start, i - start).trimmed().toString();
        if (!part.isEmpty())
            parts.append(part);
        start = i + 1;
    }
    return parts;
}

std::optional<QString> matchChoice(const ImportField &field, const QString &value)
{
    const QString folded = normalize::name(value);
    for (const QString &choice : field.choices) {
        if (folded == choice || folded == normalize::name(choice))
            return choice;
    }
    const auto &aliases = choiceAliases(field.key);
    for (const auto &[alias, choice] : aliases) {
        if (folded == alias)
            return choice;
    }
    // Whole words inside a longer answer: "Public library (branch)", "Student in an MLIS program".
    const QString padded = QLatin1Char(' ') + folded + QLatin1Char(' ');
    for (const auto &[alias, choice] : aliases) {
        if (padded.contains(QLatin1Char(' ') + alias + QLatin1Char(' ')))
            return choice;
    }
    return std::nullopt;
}

} // namespace

Result<QVariant> ImportFields::convert(const ImportField &field, const QString &raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return QVariant();
    using K = ImportField::Kind;
    switch (field.kind) {
    case K::Text:
    case K::Phone:
        return QVariant(value);
    case K::Email:
        if (!looksLikeEmail(value))
            return Error{tr("“%1” is not an email address").arg(value)};
        return QVariant(value);
    case K::YesNo:
        if (const auto yes = parseYesNo(value))
            return QVariant(*yes);
        return Error{tr("“%1” is not a yes or a no").arg(value)};
    case K::Number:
        if (const auto number = parseNumber(value))
            return QVariant(*number);
        return Error{tr("“%1” is not a number").arg(value)};
    case K::DateTime:
        if (const auto when = parseDateTime(value))
            return QVariant(*when);
        return Error{tr("“%1” is not a date and time").arg(value)};
    case K::List:
        return QVariant(splitList(value));
    case K::Choice:
        if (const auto choice = matchChoice(field, value))
            return QVariant(*choice);
        return Error{tr("“%1” is not one of: %2").arg(value, field.choices.join(QStringLiteral(", ")))};
    }
    return QVariant(value);
}

} // namespace cohort
