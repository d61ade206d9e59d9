#include "applications/applicationfields.h"

#include <QLocale>
#include <QRegularExpression>

namespace cohort {

namespace {
using Field = ApplicationField;
using Group = ApplicationField::Group;
using Kind = ApplicationField::Kind;

const QString Mentor = QStringLiteral("mentor");
const QString Mentee = QStringLiteral("mentee");

Field text(const QString &key, const QString &label, Group group, QString Application::*member)
{
    Field f;
    f.key = key;
    f.label = label;
    f.group = group;
    f.get = [member](const Person &, const Application &a) {
        return QVariant(a.*member);
    };
    f.set = [member](Person &, Application &a, const QVariant &v) {
        a.*member = v.toString().trimmed();
    };
    return f;
}

Field longText(const QString &key, const QString &label, Group group, QString Application::*member)
{
    Field f = text(key, label, group, member);
    f.kind = Kind::LongText;
    f.set = [member](Person &, Application &a, const QVariant &v) {
        a.*member = v.toString();
    };
    return f;
}

Field flag(const QString &key, const QString &label, Group group, bool Application::*member)
{
    Field f;
    f.key = key;
    f.label = label;
    f.group = group;
    f.kind = Kind::Bool;
    f.get = [member](const Person &, const Application &a) {
        return QVariant(a.*member);
    };
    f.set = [member](Person &, Application &a, const QVariant &v) {
        a.*member = v.toBool();
    };
    return f;
}

Field list(const QString &key, const QString &label, Group group, QStringList Application::*member)
{
    Field f;
    f.key = key;
    f.label = label;
    f.group = group;
    f.kind = Kind::List;
    f.get = [member](const Person &, const Application &a) {
        return QVariant((a.*member).join(QStringLiteral("; ")));
    };
    f.set = [member](Person &, Application &a, const QVariant &v) {
        a.*member = ApplicationFields::splitList(v.toString());
    };
    return f;
}

Field personText(const QString &key, const QString &label, QString Person::*member)
{
    Field f;
    f.key = key;
    f.label = label;
    f.group = Group::Contact;
    f.get = [member](const Person &p, const Application &) {
        return QVariant(p.*member);
    };
    f.set = [member](Person &p, Application &, const QVariant &v) {
        p.*member = v.toString().trimmed();
    };
    return f;
}

Field confidential(Field f)
{
    f.confidential = true;
    f.toolTip = ApplicationFields::tr("Confidential: used only for matching, when the applicant asks for it. Never "
                                      "shown to other applicants or matches, never printed in letters, and left out "
                                      "of exports unless you ask.");
    return f;
}

Field only(Field f, const QString &role)
{
    f.onlyRole = role;
    return f;
}
} // namespace

QList<ApplicationField> ApplicationFields::all()
{
    QList<Field> fields;
    // Contact
    Field first = personText(QStringLiteral("firstName"), tr("First name"), &Person::firstName);
    first.requiredFor = {Mentor, Mentee};
    Field last = personText(QStringLiteral("lastName"), tr("Last name"), &Person::lastName);
    last.requiredFor = {Mentor, Mentee};
    Field email = personText(QStringLiteral("email"), tr("Email"), &Person::email);
    email.requiredFor = {Mentor, Mentee};
    fields << first << last << email << personText(QStringLiteral("phone"), tr("Phone"), &Person::phone);
    Field library =
        text(QStringLiteral("library"), tr("Library or institution"), Group::Contact, &Application::library);
    library.requiredFor = {Mentor};
    fields << library;
    Field type = text(QStringLiteral("libraryType"), tr("Library type"), Group::Contact, &Application::libraryType);
    type.kind = Kind::Choice;
    type.choices = libraryTypes();
    fields << type;
    fields << text(QStringLiteral("position"), tr("Position or title"), Group::Contact, &Application::position)
           << text(QStringLiteral("city"), tr("City"), Group::Contact, &Application::city)
           << text(QStringLiteral("state"), tr("State or province"), Group::Contact, &Application::state)
           << text(QStringLiteral("country"), tr("Country"), Group::Contact, &Application::country)
           << text(QStringLiteral("timeZone"), tr("Time zone"), Group::Contact, &Application::timeZone);

    // Membership and age
    fields << flag(QStringLiteral("alscMember"), tr("ALSC member"), Group::Membership, &Application::alscMember)
           << text(QStringLiteral("alscMemberId"), tr("ALSC member ID"), Group::Membership, &Application::alscMemberId)
           << flag(QStringLiteral("alaMember"), tr("ALA member"), Group::Membership, &Application::alaMember)
           << only(flag(QStringLiteral("membershipAttested"), tr("Will stay an ALSC member for the program year"),
                        Group::Membership, &Application::membershipAttested),
                   Mentor)
           << only(flag(QStringLiteral("adult"), tr("At least 18 years old"), Group::Membership, &Application::adult),
                   Mentee)
           << only(flag(QStringLiteral("guardianPermission"), tr("Has a parent's or guardian's permission"),
                        Group::Membership, &Application::guardianPermission),
                   Mentee);

    // Experience
    Field years;
    years.key = QStringLiteral("yearsExperience");
    years.label = tr("Years in children's library service");
    years.group = Group::Experience;
    years.kind = Kind::Number;
    years.get = [](const Person &, const Application &a) {
        return a.yearsExperience ? QVariant(QLocale().toString(*a.yearsExperience, 'g', 6)) : QVariant(QString());
    };
    years.set = [](Person &, Application &a, const QVariant &v) {
        bool ok = false;
        a.yearsExperience = parseYears(v.toString(), &ok);
    };
    fields << years;
    fields << list(QStringLiteral("interests"), tr("Areas of experience and interest"), Group::Experience,
                   &Application::interests);
    Field connection = only(longText(QStringLiteral("connection"), tr("Connection to children's library service"),
                                     Group::Experience, &Application::connection),
                            Mentee);
    connection.requiredFor = {Mentee};
    fields << connection;
    Field stage = only(
        text(QStringLiteral("careerStage"), tr("Career stage"), Group::Experience, &Application::careerStage), Mentee);
    stage.kind = Kind::Choice;
    stage.choices = careerStages();
    fields << stage;

    // Preferences
    fields << list(QStringLiteral("contactMethods"), tr("Preferred contact methods"), Group::Preferences,
                   &Application::contactMethods)
           << list(QStringLiteral("languages"), tr("Languages"), Group::Preferences, &Application::languages)
           << confidential(text(QStringLiteral("gender"), tr("Gender"), Group::Preferences, &Application::gender))
           << confidential(text(QStringLiteral("bipoc"), tr("BIPOC"), Group::Preferences, &Application::bipoc))
           << confidential(
                  text(QStringLiteral("disability"), tr("Disability"), Group::Preferences, &Application::disability))
           << flag(QStringLiteral("useDemographics"), tr("Use these answers for matching"), Group::Preferences,
                   &Application::useDemographics)
           << confidential(only(longText(QStringLiteral("mentorPreference"), tr("“I would like a mentor who…”"),
                                         Group::Preferences, &Application::mentorPreference),
                                Mentee))
           << confidential(
                  list(QStringLiteral("avoid"), tr("People to avoid"), Group::Preferences, &Application::avoid));

    // Statements
    fields << longText(QStringLiteral("statement"), tr("Why they are applying"), Group::Statements,
                       &Application::statement)
           << only(longText(QStringLiteral("offer"), tr("What they can offer"), Group::Statements, &Application::offer),
                   Mentor);
    Field capacity;
    capacity.key = QStringLiteral("capacity");
    capacity.label = tr("Mentees they can take");
    capacity.group = Group::Statements;
    capacity.kind = Kind::Count;
    capacity.onlyRole = Mentor;
    capacity.get = [](const Person &, const Application &a) {
        return QVariant(a.capacity);
    };
    capacity.set = [](Person &, Application &a, const QVariant &v) {
        a.capacity = v.toInt();
    };
    fields << capacity;
    return fields;
}

QString ApplicationFields::groupTitle(ApplicationField::Group group)
{
    switch (group) {
    case Group::Contact:
        return tr("Contact");
    case Group::Membership:
        return tr("Membership");
    case Group::Experience:
        return tr("Experience");
    case Group::Preferences:
        return tr("Preferences");
    case Group::Statements:
        return tr("Statements");
    }
    return {};
}

QString ApplicationFields::validate(const ApplicationField &field, const QVariant &value, const QString &role)
{
    const QString text = value.toString().trimmed();
    if (field.kind != Kind::Bool && field.kind != Kind::Count && text.isEmpty() && field.requiredFor.contains(role))
        return role == Mentor ? tr("%1 is required for mentors.").arg(field.label)
                              : tr("%1 is required for mentees.").arg(field.label);
    if (field.key == QLatin1String("email") && !text.isEmpty() && !isEmail(text))
        return tr("“%1” is not an email address (it should look like name@example.org).").arg(text);
    if (field.kind == Kind::Number) {
        bool ok = false;
        const std::optional<double> years = parseYears(text, &ok);
        if (!ok)
            return tr("“%1” is not a number of years: type a number such as 4 or 2.5.").arg(text);
        if (years && (*years < 0 || *years > 80))
            return tr("Years must be between 0 and 80.");
    }
    return {};
}

bool ApplicationFields::isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

std::optional<double> ApplicationFields::parseYears(const QString &text, bool *ok)
{
    const QString trimmed = text.trimmed();
    *ok = true;
    if (trimmed.isEmpty())
        return std::nullopt;
    double value = QLocale().toDouble(trimmed, ok);
    if (!*ok)
        value = QLocale::c().toDouble(QString(trimmed).replace(QLatin1Char(','), QLatin1Char('.')), ok);
    if (!*ok)
        return std::nullopt;
    return value;
}

QStringList ApplicationFields::splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*;\\s*"));
    QStringList values;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

QString ApplicationFields::roleLabel(const QString &role)
{
    if (role == Mentor)
        return tr("Mentor");
    if (role == Mentee)
        return tr("Mentee");
    return role;
}

QList<QPair<QString, QString>> ApplicationFields::libraryTypes()
{
    return {{QString(), tr("Not given")},
            {QStringLiteral("public"), tr("Public")},
            {QStringLiteral("school"), tr("School")},
            {QStringLiteral("academic"), tr("Academic")},
            {QStringLiteral("special"), tr("Special")},
            {QStringLiteral("none"), tr("Student / none")}};
}

QList<QPair<QString, QString>> ApplicationFields::careerStages()
{
    return {{QString(), tr("Not given")},
            {QStringLiteral("student"), tr("Student")},
            {QStringLiteral("early_career"), tr("Early career")},
            {QStringLiteral("returning"), tr("Returning to the profession")},
            {QStringLiteral("refining"), tr("Refining skills")}};
}

QString ApplicationFields::libraryTypeLabel(const QString &type)
{
    // Called for every painted cell and exported row: no list built per call.
    if (type.isEmpty())
        return {};
    if (type == QLatin1String("public"))
        return tr("Public");
    if (type == QLatin1String("school"))
        return tr("School");
    if (type == QLatin1String("academic"))
        return tr("Academic");
    if (type == QLatin1String("special"))
        return tr("Special");
    if (type == QLatin1String("none"))
        return tr("Student / none");
    return type;
}

QString ApplicationFields::eligibilityLabel(const QString &eligibility)
{
    if (eligibility == QLatin1String("eligible"))
        return tr("Eligible");
    if (eligibility == QLatin1String("ineligible"))
        return tr("Not eligible");
    return tr("Not checked");
}

QString ApplicationFields::sourceLabel(const QString &source)
{
    if (source == QLatin1String("form"))
        return tr("online form");
    if (source == QLatin1String("import"))
        return tr("import");
    if (source == QLatin1String("email"))
        return tr("email");
    if (source == QLatin1String("paper"))
        return tr("paper");
    return source;
}

} // namespace cohort
