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
};

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
    if (kind == QLatin1String("match_introduction"))
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
        if (!run(query,
                 QStringLiteral("SELECT a.id, a.code, a.role, a.status, p.first_name, p.last_name, p.email, a.library, "
                                "a.contact_methods FROM applications a JOIN people p ON p.id = a.person_id "
                                "WHERE a.cycle_id = ? ORDER BY a.role, a.code, a.id"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next()) {
            Person p{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString(), query.value(8).toString()};
            byApplication.insert(p.applicationId, int(people.size()));
            people.append(p);
        }
    }
    struct Pairing
    {
        QString partner;
        QDate publishedOn;
    };
    QHash<QString, Pairing> partners;
    {
        QSqlQuery query(db.connection());
        if (!run(query,
                 QStringLiteral("SELECT mentor_application_id, mentee_application_id, published_on FROM matches "
                                "WHERE cycle_id = ? AND status = 'published'"),
                 {cycleId}))
            return Database::queryError(query, what);
        while (query.next()) {
            const QString mentor = query.value(0).toString();
            const QString mentee = query.value(1).toString();
            const QDate on = QDate::fromString(query.value(2).toString(), Qt::ISODate);
            partners.insert(mentee, {mentor, on});
            // A mentor with several mentees is introduced to the first one read.
            if (!partners.contains(mentor))
                partners.insert(mentor, {mentee, on});
        }
    }

    const QString wantedRole = role.isEmpty() ? LetterKinds::defaultRole(kind) : role;
    const QString wantedStatus = status.isEmpty() ? LetterKinds::defaultStatus(kind) : status;
    const bool introduction = kind == QLatin1String("match_introduction");
    const QDate today = QDate::currentDate();

    QList<LetterRecipient> out;
    for (const Person &p : std::as_const(people)) {
        if (!wantedRole.isEmpty() && p.role != wantedRole)
            continue;
        if (!wantedStatus.isEmpty() && p.status != wantedStatus)
            continue;
        const auto pairing = partners.constFind(p.applicationId);
        if (introduction && pairing == partners.constEnd())
            continue;
        LetterRecipient r;
        r.applicationId = p.applicationId;
        r.code = p.code;
        r.role = p.role;
        r.name = fullName(p);
        r.email = p.email;
        if (!language.isEmpty())
            r.language = language;
        QVariantMap person;
        putIfNotEmpty(person, QStringLiteral("first_name"), p.firstName);
        putIfNotEmpty(person, QStringLiteral("last_name"), p.lastName);
        putIfNotEmpty(person, QStringLiteral("full_name"), r.name);
        putIfNotEmpty(person, QStringLiteral("email"), p.email);
        putIfNotEmpty(person, QStringLiteral("library"), p.library);
        putIfNotEmpty(person, QStringLiteral("role"), p.role);
        QVariantMap values;
        values.insert(QStringLiteral("person"), person);
        values.insert(QStringLiteral("cycle"), QVariantMap{{QStringLiteral("name"), cycleName}});
        values.insert(QStringLiteral("decision"), p.status);
        if (pairing != partners.constEnd()) {
            const int i = byApplication.value(pairing->partner, -1);
            if (i >= 0) {
                const Person &partner = people.at(i);
                QVariantMap pm;
                putIfNotEmpty(pm, QStringLiteral("full_name"), fullName(partner));
                putIfNotEmpty(pm, QStringLiteral("email"), partner.email);
                putIfNotEmpty(pm, QStringLiteral("library"), partner.library);
                putIfNotEmpty(pm, QStringLiteral("contact_methods"),
                              partner.contactMethods.split(QStringLiteral("; "), Qt::SkipEmptyParts).join(u", "));
                values.insert(QStringLiteral("match"), QVariantMap{{QStringLiteral("partner"), pm}});
            }
            if (pairing->publishedOn.isValid())
                values.insert(
                    QStringLiteral("goals"),
                    QVariantMap{{QStringLiteral("due_date"),
                                 longDate(pairing->publishedOn.addDays(cadence->goalSheetDueDays), r.language)}});
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
