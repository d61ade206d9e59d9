#include "letters/letterdata.h"

#include "db/database.h"
#include "store/programstore.h"
#include "store/sqlvalue.h"
#include "store/timelinestore.h"

#include <QDate>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace cohort {

namespace {

using sql::run;

struct Person
{
    QString applicationId;
    QString code;
    QString role;
    QString status;
    QString firstName;
    QString lastName;
    QString email;
    QString library;
    QString contactMethods;
    QString languages;
};

struct MatchRow
{
    QString id;
    QString mentor; // application ids
    QString mentee;
    QDate publishedOn;
    QDate sheetDue;
    bool submitted = false;
    int contacts = 0;
};

// "2017-04-01" (or a timestamp starting with one); invalid for NULL or anything else.
QDate dateOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString().trimmed().left(10), Qt::ISODate);
}

// Spanish writes "e" instead of "y" before a word starting with the sound /i/ ("Ana e Inés"),
// but not before a diphthong ("Ana y Hiedra").
bool takesSpanishE(const QString &word)
{
    const QString w = word.trimmed().toLower();
    const auto isI = [](QChar c) {
        return c == QLatin1Char('i') || c == QChar(0x00ED);
    };
    const auto isVowel = [](QChar c) {
        return QStringLiteral("aeiouáéíóú").contains(c);
    };
    if (!w.isEmpty() && isI(w.at(0)))
        return !(w.size() > 1 && isVowel(w.at(1)) && !isI(w.at(1)));
    if (w.size() > 1 && w.at(0) == QLatin1Char('h') && isI(w.at(1)))
        return !(w.size() > 2 && isVowel(w.at(2)) && !isI(w.at(2)));
    return false;
}

QString joinNames(const QStringList &names, const QString &language)
{
    if (names.size() <= 1)
        return names.value(0);
    const bool es = language.startsWith(QLatin1String("es"));
    const QStringList first = names.mid(0, names.size() - 1);
    if (es)
        return first.join(u", ") + (takesSpanishE(names.last()) ? QStringLiteral(" e ") : QStringLiteral(" y ")) +
               names.last();
    return first.join(u", ") + (names.size() > 2 ? QStringLiteral(", and ") : QStringLiteral(" and ")) + names.last();
}

QString contactsText(int count, const QString &language)
{
    if (language.startsWith(QLatin1String("es")))
        return count == 1 ? QStringLiteral("un contacto") : QStringLiteral("%1 contactos").arg(count);
    return count == 1 ? QStringLiteral("one contact") : QStringLiteral("%1 contacts").arg(count);
}

QString fullName(const Person &p)
{
    return QString(p.firstName + QLatin1Char(' ') + p.lastName).trimmed();
}

QString longDate(QDate date, const QString &language)
{
    return QLocale(language).toString(date, QLocale::LongFormat);
}

void putIfNotEmpty(QVariantMap &map, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        map.insert(key, value);
}

} // namespace

QStringList LetterKinds::all()
{
    return {QStringLiteral("acceptance_mentor"),  QStringLiteral("acceptance_mentee"),
            QStringLiteral("waitlist"),           QStringLiteral("decline"),
            QStringLiteral("match_introduction"), QStringLiteral("goal_reminder"),
            QStringLiteral("service_recognition")};
}

bool LetterKinds::isKnown(const QString &kind)
{
    return all().contains(kind);
}

QString LetterKinds::defaultStatus(const QString &kind)
{
    if (kind == QLatin1String("waitlist"))
        return QStringLiteral("waitlisted");
    if (kind == QLatin1String("decline"))
        return QStringLiteral("declined");
    if (kind == QLatin1String("match_introduction") || kind == QLatin1String("goal_reminder"))
        return {};
    return QStringLiteral("accepted");
}

QString LetterKinds::defaultRole(const QString &kind)
{
    if (kind == QLatin1String("acceptance_mentor") || kind == QLatin1String("service_recognition"))
        return QStringLiteral("mentor");
    if (kind == QLatin1String("acceptance_mentee"))
        return QStringLiteral("mentee");
    return {};
}

QString LetterData::languageOf(const QString &languages)
{
    for (const QString &item : languages.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString name = item.trimmed().toLower();
        if (name == QLatin1String("spanish") || name == QStringLiteral("español") || name == QLatin1String("espanol") ||
            name == QLatin1String("es"))
            return QStringLiteral("es");
        if (name == QLatin1String("english") || name == QLatin1String("en"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString LetterData::contactRule(int perMonth, const QString &language)
{
    const bool es = language.startsWith(QLatin1String("es"));
    if (perMonth <= 0)
        return {};
    if (perMonth == 1)
        return es ? QStringLiteral("Manténganse en contacto al menos una vez al mes.")
                  : tr("Please be in touch at least once a month.");
    if (perMonth == 2)
        return es ? QStringLiteral("Manténganse en contacto al menos dos veces al mes.")
                  : tr("Please be in touch at least twice a month.");
    return es ? QStringLiteral("Manténganse en contacto al menos %1 veces al mes.").arg(perMonth)
              : tr("Please be in touch at least %1 times a month.").arg(perMonth);
}

Result<QList<LetterRecipient>> LetterData::recipients(Database &db, const QString &cycleId, const QString &kind,
                                                      const QString &role, const QString &status,
                                                      const QString &language)
{
    if (!LetterKinds::isKnown(kind))
        return Error{tr("“%1” is not a letter kind; the kinds are %2.").arg(kind, LetterKinds::all().join(u", "))};
    const QString what = tr("Reading the letters' recipients");
    const bool introduction = kind == QLatin1String("match_introduction");
    const bool reminder = kind == QLatin1String("goal_reminder");
    const bool recognition = kind == QLatin1String("service_recognition");

    QString cycleName;
    {
        QSqlQuery query(db.connection());
        if (!run(query, QStringLiteral("SELECT name FROM cycles WHERE id = ?"), {cycleId}))
            return Database::queryError(query, what);
        if (!query.next())
            return Error{tr("The cycle no longer exists; someone else may have removed it.")};
        cycleName = query.value(0).toString();
    }
    auto cadence = TimelineStore(db).loadSettings(cycleId);
    if (!cadence)
        return Error{cadence.error()};
    auto program = ProgramStore(db).load();
    if (!program)
        return Error{program.error()};
    QHash<QString, QString> signature;
    {
        QSqlQuery query(db.connection());
        if (!run(query,
                 QStringLiteral("SELECT key, value FROM settings WHERE scope IN (?, '') AND key IN "
                                "('letters.signature_name', 'letters.signature_title') "
                                "ORDER BY CASE WHEN scope = '' THEN 0 ELSE 1 END"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next())
            signature.insert(query.value(0).toString(), query.value(1).toString());
    }

    QList<Person> people;
    QHash<QString, int> byApplication;
    {
        QSqlQuery query(db.connection());
        if (!run(
                query,
                QStringLiteral("SELECT a.id, a.code, a.role, a.status, p.first_name, p.last_name, p.email, a.library, "
                               "a.contact_methods, a.languages FROM applications a JOIN people p ON p.id = a.person_id "
                               "WHERE a.cycle_id = ? ORDER BY a.role, a.code, a.id"),
                {cycleId}))
            return Database::queryError(query, what);
        while (query.next()) {
            Person p{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                     query.value(9).toString()};
            byApplication.insert(p.applicationId, int(people.size()));
            people.append(p);
        }
    }

    // The cycle's published matches, their goal sheets and (for service recognition) the
    // number of contacts logged in each: one query each, whatever the number of matches.
    QList<MatchRow> matches;
    QHash<QString, int> matchById;
    QHash<QString, QList<int>> matchesOf; // mentor or mentee application → its matches
    {
        QSqlQuery query(db.connection());
        if (!run(query,
                 QStringLiteral("SELECT id, mentor_application_id, mentee_application_id, published_on FROM matches "
                                "WHERE cycle_id = ? AND status = 'published' ORDER BY id"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next()) {
            MatchRow m;
            m.id = query.value(0).toString();
            m.mentor = query.value(1).toString();
            m.mentee = query.value(2).toString();
            m.publishedOn = dateOf(query.value(3));
            matchById.insert(m.id, int(matches.size()));
            matchesOf[m.mentor].append(int(matches.size()));
            matchesOf[m.mentee].append(int(matches.size()));
            matches.append(m);
        }
    }
    {
        // As TimelineStore reads them: a sheet is submitted when it has a submission date.
        QSqlQuery query(db.connection());
        if (!run(query,
                 QStringLiteral("SELECT g.match_id, g.due_on, g.submitted_on FROM goal_sheets g "
                                "JOIN matches m ON m.id = g.match_id WHERE m.cycle_id = ? AND m.status = 'published'"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next()) {
            const int i = matchById.value(query.value(0).toString(), -1);
            if (i < 0)
                continue;
            MatchRow &m = matches[i];
            m.sheetDue = dateOf(query.value(1));
            m.submitted = dateOf(query.value(2)).isValid();
        }
    }
    if (recognition) {
        QSqlQuery query(db.connection());
        if (!run(query,
                 QStringLiteral("SELECT c.match_id, COUNT(*) FROM contact_entries c JOIN matches m ON m.id = "
                                "c.match_id WHERE m.cycle_id = ? AND m.status = 'published' GROUP BY c.match_id"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next()) {
            const int i = matchById.value(query.value(0).toString(), -1);
            if (i >= 0)
                matches[i].contacts = query.value(1).toInt();
        }
    }
    // Each person's matches in the order of their partners (role, code).
    for (auto it = matchesOf.begin(); it != matchesOf.end(); ++it) {
        const QString self = it.key();
        const auto partnerOrder = [&](int i) {
            const MatchRow &m = matches.at(i);
            return byApplication.value(m.mentor == self ? m.mentee : m.mentor, int(people.size()));
        };
        std::stable_sort(it->begin(), it->end(), [&](int a, int b) { return partnerOrder(a) < partnerOrder(b); });
    }

    const QString wantedRole = role.isEmpty() ? LetterKinds::defaultRole(kind) : role;
    const QString wantedStatus = status.isEmpty() ? LetterKinds::defaultStatus(kind) : status;
    const QDate today = QDate::currentDate();

    QList<LetterRecipient> out;
    for (const Person &p : std::as_const(people)) {
        if (!wantedRole.isEmpty() && p.role != wantedRole)
            continue;
        if (!wantedStatus.isEmpty() && p.status != wantedStatus)
            continue;
        // The matches the letter is about: all the person's published matches; for a goal
        // reminder, those whose goal sheet is not submitted yet.
        QList<int> own;
        for (const int i : matchesOf.value(p.applicationId)) {
            if (reminder && matches.at(i).submitted)
                continue;
            if (byApplication.contains(matches.at(i).mentor == p.applicationId ? matches.at(i).mentee
                                                                               : matches.at(i).mentor))
                own.append(i);
        }
        if ((introduction || reminder || recognition) && own.isEmpty())
            continue;
        LetterRecipient r;
        r.applicationId = p.applicationId;
        r.code = p.code;
        r.role = p.role;
        r.name = fullName(p);
        r.email = p.email;
        r.language = language.isEmpty() ? LetterData::languageOf(p.languages) : language;
        QVariantMap person;
        putIfNotEmpty(person, QStringLiteral("first_name"), p.firstName);
        putIfNotEmpty(person, QStringLiteral("last_name"), p.lastName);
        putIfNotEmpty(person, QStringLiteral("full_name"), r.name);
        putIfNotEmpty(person, QStringLiteral("email"), p.email);
        putIfNotEmpty(person, QStringLiteral("library"), p.library);
        putIfNotEmpty(person, QStringLiteral("role"), p.role);
        if (p.role == QLatin1String("mentor"))
            person.insert(QStringLiteral("is_mentor"), true);
        if (p.role == QLatin1String("mentee"))
            person.insert(QStringLiteral("is_mentee"), true);
        QVariantMap values;
        values.insert(QStringLiteral("person"), person);
        values.insert(QStringLiteral("cycle"), QVariantMap{{QStringLiteral("name"), cycleName}});
        values.insert(QStringLiteral("decision"), p.status);
        if (!own.isEmpty()) {
            QVariantList partnerList;
            QStringList partnerNames;
            QStringList menteeNames;
            QDate due;
            int contacts = 0;
            for (const int i : std::as_const(own)) {
                const MatchRow &m = matches.at(i);
                const bool asMentor = m.mentor == p.applicationId;
                const Person &partner = people.at(byApplication.value(asMentor ? m.mentee : m.mentor));
                QVariantMap pm;
                putIfNotEmpty(pm, QStringLiteral("full_name"), fullName(partner));
                putIfNotEmpty(pm, QStringLiteral("email"), partner.email);
                putIfNotEmpty(pm, QStringLiteral("library"), partner.library);
                putIfNotEmpty(pm, QStringLiteral("contact_methods"),
                              partner.contactMethods.split(QStringLiteral("; "), Qt::SkipEmptyParts).join(u", "));
                partnerList.append(pm);
                if (!fullName(partner).isEmpty())
                    partnerNames.append(fullName(partner));
                if (asMentor && !fullName(partner).isEmpty())
                    menteeNames.append(fullName(partner));
                const QDate matchDue = m.sheetDue.isValid()      ? m.sheetDue
                                       : m.publishedOn.isValid() ? m.publishedOn.addDays(cadence->goalSheetDueDays)
                                                                 : QDate();
                if (matchDue.isValid() && (!due.isValid() || matchDue < due))
                    due = matchDue;
                contacts += m.contacts;
            }
            QVariantMap match{{QStringLiteral("partner"), partnerList.first()},
                              {QStringLiteral("partners"), partnerList}};
            putIfNotEmpty(match, QStringLiteral("partner_names"), joinNames(partnerNames, r.language));
            if (partnerList.size() > 1)
                match.insert(QStringLiteral("several"), true);
            values.insert(QStringLiteral("match"), match);
            if (due.isValid()) {
                QVariantMap goals{{QStringLiteral("due_date"), longDate(due, r.language)}};
                if (due < today)
                    goals.insert(QStringLiteral("overdue"), true);
                values.insert(QStringLiteral("goals"), goals);
            }
            if (recognition) {
                QVariantMap service;
                putIfNotEmpty(service, QStringLiteral("mentees"), joinNames(menteeNames, r.language));
                if (contacts > 0) {
                    service.insert(QStringLiteral("contacts"), QString::number(contacts));
                    service.insert(QStringLiteral("contacts_text"), contactsText(contacts, r.language));
                }
                if (!service.isEmpty())
                    values.insert(QStringLiteral("service"), service);
            }
        }
        if (!cadence->orientationDates.isEmpty())
            values.insert(
                QStringLiteral("orientation"),
                QVariantMap{{QStringLiteral("date"), longDate(cadence->orientationDates.first(), r.language)}});
        QVariantMap programValues;
        putIfNotEmpty(programValues, QStringLiteral("name"), program->name);
        putIfNotEmpty(programValues, QStringLiteral("contact_rule"),
                      contactRule(cadence->contactsPerMonth, r.language));
        values.insert(QStringLiteral("program"), programValues);
        values.insert(QStringLiteral("today"), longDate(today, r.language));
        QVariantMap sign;
        putIfNotEmpty(sign, QStringLiteral("name"), signature.value(QStringLiteral("letters.signature_name")));
        putIfNotEmpty(sign, QStringLiteral("title"), signature.value(QStringLiteral("letters.signature_title")));
        if (!sign.isEmpty())
            values.insert(QStringLiteral("signature"), sign);
        r.values = values;
        out.append(r);
    }
    return out;
}

} // namespace cohort
