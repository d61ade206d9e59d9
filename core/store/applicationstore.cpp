#include "store/applicationstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "intake/normalize.h"
#include "store/sqlvalue.h"
#include "store/statementcache.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace cohort {

namespace {
// List columns (interests, contact_methods, languages, avoid) hold their values joined by "; "
// (see the schema), the encoding the importer and the demo generator write too.
const QString kListSeparator = QStringLiteral("; ");

QString joinList(const QStringList &values)
{
    return values.join(kListSeparator);
}

QStringList splitList(const QString &text)
{
    return text.split(kListSeparator, Qt::SkipEmptyParts);
}

// The columns an edit may change, in the order editableValues() gives them. cycle_id and
// person_id are not among them: an application never moves between cycles by an edit, and
// moving it to another person is mergePeople(), so a stale edit cannot undo a merge.
const QString kEditableColumns = QStringLiteral(
    "role, code, status, status_reason, source, submitted_at, library, library_type, position, city, state, country, "
    "time_zone, alsc_member, alsc_member_id, ala_member, membership_attested, years_experience, interests, connection, "
    "career_stage, contact_methods, languages, gender, bipoc, disability, use_demographics, mentor_preference, avoid, "
    "statement, offer, capacity, adult, guardian_permission, eligibility, eligibility_reason");

QVariantList editableValues(const Application &a)
{
    const QVariant years = a.yearsExperience ? QVariant(*a.yearsExperience) : QVariant(QMetaType(QMetaType::Double));
    return {a.role,
            a.code,
            a.status,
            a.statusReason,
            a.source,
            a.submittedAt.toUTC().toString(Qt::ISODate),
            a.library,
            a.libraryType,
            a.position,
            a.city,
            a.state,
            a.country,
            a.timeZone,
            a.alscMember ? 1 : 0,
            a.alscMemberId,
            a.alaMember ? 1 : 0,
            a.membershipAttested ? 1 : 0,
            years,
            joinList(a.interests),
            a.connection,
            a.careerStage,
            joinList(a.contactMethods),
            joinList(a.languages),
            a.gender,
            a.bipoc,
            a.disability,
            a.useDemographics ? 1 : 0,
            a.mentorPreference,
            joinList(a.avoid),
            a.statement,
            a.offer,
            a.capacity,
            a.adult ? 1 : 0,
            a.guardianPermission ? 1 : 0,
            a.eligibility,
            a.eligibilityReason};
}

// Every column load() reads: id, cycle_id, person_id, the editable ones, version.
const QString kApplicationColumns =
    QStringLiteral("id, cycle_id, person_id, ") + kEditableColumns + QStringLiteral(", version");

Application readApplication(const QSqlQuery &query)
{
    Application a;
    int i = 0;
    const auto next = [&query, &i] {
        return query.value(i++);
    };
    a.id = next().toString();
    a.cycleId = next().toString();
    a.personId = next().toString();
    a.role = next().toString();
    a.code = next().toString();
    a.status = next().toString();
    a.statusReason = next().toString();
    a.source = next().toString();
    a.submittedAt = QDateTime::fromString(next().toString(), Qt::ISODate).toUTC();
    a.library = next().toString();
    a.libraryType = next().toString();
    a.position = next().toString();
    a.city = next().toString();
    a.state = next().toString();
    a.country = next().toString();
    a.timeZone = next().toString();
    a.alscMember = next().toInt() != 0;
    a.alscMemberId = next().toString();
    a.alaMember = next().toInt() != 0;
    a.membershipAttested = next().toInt() != 0;
    const QVariant years = next();
    if (!years.isNull())
        a.yearsExperience = years.toDouble();
    a.interests = splitList(next().toString());
    a.connection = next().toString();
    a.careerStage = next().toString();
    a.contactMethods = splitList(next().toString());
    a.languages = splitList(next().toString());
    a.gender = next().toString();
    a.bipoc = next().toString();
    a.disability = next().toString();
    a.useDemographics = next().toInt() != 0;
    a.mentorPreference = next().toString();
    a.avoid = splitList(next().toString());
    a.statement = next().toString();
    a.offer = next().toString();
    a.capacity = next().toInt();
    a.adult = next().toInt() != 0;
    a.guardianPermission = next().toInt() != 0;
    a.eligibility = next().toString();
    a.eligibilityReason = next().toString();
    a.version = next().toInt();
    return a;
}

const QString kPersonColumns = QStringLiteral("id, first_name, last_name, email, phone, version");

Person readPerson(const QSqlQuery &query)
{
    Person p;
    p.id = query.value(0).toString();
    p.firstName = query.value(1).toString();
    p.lastName = query.value(2).toString();
    p.email = query.value(3).toString();
    p.phone = query.value(4).toString();
    p.version = query.value(5).toInt();
    return p;
}

// Binds by position like StatementCache::run(): a null QString is '' (the text columns are
// NOT NULL DEFAULT ''), a null QVariant of another type stays NULL.
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    static const QString empty = QStringLiteral("");
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(empty);
        else
            query.addBindValue(value);
    }
}

// "10/13/17 9:05 AM" in the user's time zone, for conflict messages.
QString readableTime(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : timestamp;
}
} // namespace

Result<QList<StatusCount>> ApplicationStore::countByRoleAndStatus(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT role, status, COUNT(*) FROM applications WHERE cycle_id = ? "
                                 "GROUP BY role, status ORDER BY role, status"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Counting applications"));
    QList<StatusCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toInt()});
    return counts;
}

Result<QList<ApplicationSummary>> ApplicationStore::listSummaries(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.person_id, a.role, a.code, p.first_name, p.last_name, p.email, a.library, a.library_type, "
        "a.state, a.submitted_at, a.status, a.eligibility FROM applications a JOIN people p ON p.id = a.person_id "
        "WHERE a.cycle_id = ? ORDER BY a.submitted_at, a.code"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading applications"));
    QList<ApplicationSummary> rows;
    while (query.next()) {
        ApplicationSummary row;
        row.id = query.value(0).toString();
        row.personId = query.value(1).toString();
        row.role = query.value(2).toString();
        row.code = query.value(3).toString();
        row.fullName = query.value(4).toString() + QLatin1Char(' ') + query.value(5).toString();
        row.email = query.value(6).toString();
        row.library = query.value(7).toString();
        row.libraryType = query.value(8).toString();
        row.state = query.value(9).toString();
        row.submittedAt = query.value(10).toString();
        row.status = query.value(11).toString();
        row.eligibility = query.value(12).toString();
        rows.append(std::move(row));
    }
    return rows;
}

Result<int> ApplicationStore::count(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    if (cycleId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM applications"));
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ?"));
        query.addBindValue(cycleId);
    }
    if (!query.exec() || !query.next())
        return Database::queryError(query, tr("Counting applications"));
    return query.value(0).toInt();
}

Result<int> ApplicationStore::personCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM people")) || !query.next())
        return Database::queryError(query, tr("Counting people"));
    return query.value(0).toInt();
}

Status ApplicationStore::insertPerson(const Person &person, const QString &timestamp, const QString &actor)
{
    return insertPerson(person, timestamp, actor, nullptr);
}

Status ApplicationStore::insertApplication(const Application &a, const QString &timestamp, const QString &actor)
{
    return insertApplication(a, timestamp, actor, nullptr);
}

Status ApplicationStore::insertPerson(const Person &person, const QString &timestamp, const QString &actor,
                                      StatementCache *cache)
{
    StatementCache once(m_db);
    static const QString sql =
        QStringLiteral("INSERT INTO people (id, first_name, last_name, email, phone, version, created_at, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)");
    return (cache ? *cache : once)
        .run(sql,
             {person.id, person.firstName, person.lastName, person.email, person.phone, timestamp, timestamp, actor},
             [&person] { return tr("Saving %1").arg(person.fullName()); });
}

Status ApplicationStore::insertApplication(const Application &a, const QString &timestamp, const QString &actor,
                                           StatementCache *cache)
{
    StatementCache once(m_db);
    static const QString sql = QStringLiteral(
        "INSERT INTO applications (id, cycle_id, person_id, role, code, status, status_reason, source, submitted_at, "
        "library, library_type, position, city, state, country, time_zone, alsc_member, alsc_member_id, ala_member, "
        "membership_attested, years_experience, interests, connection, career_stage, contact_methods, languages, "
        "gender, bipoc, disability, use_demographics, mentor_preference, avoid, statement, offer, capacity, adult, "
        "guardian_permission, eligibility, eligibility_reason, version, created_at, updated_at, updated_by) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, 1, ?, ?, ?)");
    QVariantList values = {a.id, a.cycleId, a.personId};
    values.append(editableValues(a));
    values.append({timestamp, timestamp, actor});
    return (cache ? *cache : once).run(sql, values, [&a] { return tr("Saving application %1").arg(a.code); });
}

Result<Application> ApplicationStore::load(const QString &applicationId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kApplicationColumns + QStringLiteral(" FROM applications WHERE id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading an application"));
    if (!query.next())
        return Error{tr("The application no longer exists; someone may have removed it.")};
    return readApplication(query);
}

Result<Person> ApplicationStore::loadPerson(const QString &personId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM people WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading a person"));
    if (!query.next())
        return Error{tr("The person no longer exists; someone may have removed or merged them.")};
    return readPerson(query);
}

Result<ApplicationSummary> ApplicationStore::loadSummary(const QString &applicationId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT a.id, a.person_id, a.role, a.code, p.first_name, p.last_name, p.email, a.library, a.library_type, "
        "a.state, a.submitted_at, a.status, a.eligibility FROM applications a JOIN people p ON p.id = a.person_id "
        "WHERE a.id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading an application"));
    if (!query.next())
        return Error{tr("The application no longer exists; someone may have removed it.")};
    ApplicationSummary row;
    row.id = query.value(0).toString();
    row.personId = query.value(1).toString();
    row.role = query.value(2).toString();
    row.code = query.value(3).toString();
    row.fullName = query.value(4).toString() + QLatin1Char(' ') + query.value(5).toString();
    row.email = query.value(6).toString();
    row.library = query.value(7).toString();
    row.libraryType = query.value(8).toString();
    row.state = query.value(9).toString();
    row.submittedAt = query.value(10).toString();
    row.status = query.value(11).toString();
    row.eligibility = query.value(12).toString();
    return row;
}

Error ApplicationStore::applicationConflict(const QString &applicationId, const QString &code) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT updated_by, updated_at FROM applications WHERE id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading application %1").arg(code));
    if (!query.next())
        return Error{tr("Application %1 no longer exists; someone may have removed it.").arg(code)};
    const QString who = query.value(0).toString();
    return Error{tr("Application %1 was changed by %2 at %3 since you opened it; reopen it to see the changes.")
                     .arg(code, who.isEmpty() ? tr("someone else") : who, readableTime(query.value(1).toString()))};
}

Error ApplicationStore::personConflict(const QString &personId, const QString &name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT updated_by, updated_at FROM people WHERE id = ?"));
    query.addBindValue(personId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading %1").arg(name));
    if (!query.next())
        return Error{tr("%1 no longer exists; someone may have removed or merged them.").arg(name)};
    const QString who = query.value(0).toString();
    return Error{tr("%1 was changed by %2 at %3 since you opened it; reopen it to see the changes.")
                     .arg(name, who.isEmpty() ? tr("someone else") : who, readableTime(query.value(1).toString()))};
}

Result<int> ApplicationStore::update(const Application &application, const QString &actor)
{
    QString assignments = kEditableColumns;
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE applications SET ") + assignments +
                  QStringLiteral(" = ?, version = version + 1, updated_at = ?, updated_by = ? "
                                 "WHERE id = ? AND version = ?"));
    QVariantList values = editableValues(application);
    values.append({nowTimestamp(), actor, application.id, application.version});
    bindAll(query, values);
    if (!query.exec())
        return Database::queryError(query, tr("Saving application %1").arg(application.code));
    if (query.numRowsAffected() != 1)
        return applicationConflict(application.id, application.code);
    return application.version + 1;
}

Result<int> ApplicationStore::updatePerson(const Person &person, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE people SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                                 "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    bindAll(query, {person.firstName, person.lastName, person.email, person.phone, nowTimestamp(), actor, person.id,
                    person.version});
    if (!query.exec())
        return Database::queryError(query, tr("Saving %1").arg(person.fullName()));
    if (query.numRowsAffected() != 1)
        return personConflict(person.id, person.fullName());
    return person.version + 1;
}

Status ApplicationStore::remove(const QString &applicationId)
{
    QSqlQuery find(m_db.connection());
    find.prepare(QStringLiteral("SELECT person_id FROM applications WHERE id = ?"));
    find.addBindValue(applicationId);
    if (!find.exec())
        return Database::queryError(find, tr("Removing an application"));
    if (!find.next())
        return Error{tr("The application no longer exists; someone may have removed it.")};
    const QString personId = find.value(0).toString();
    find.finish();

    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(query, tr("Removing an application"));
    QSqlQuery person(m_db.connection());
    person.prepare(QStringLiteral("DELETE FROM people WHERE id = ? AND NOT EXISTS "
                                  "(SELECT 1 FROM applications WHERE person_id = ?)"));
    person.addBindValue(personId);
    person.addBindValue(personId);
    if (!person.exec())
        return Database::queryError(person, tr("Removing an application"));
    return {};
}

Result<QList<Application>> ApplicationStore::listForEligibility(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, code, status, alsc_member, membership_attested, years_experience, "
                                 "interests, connection, adult, guardian_permission, eligibility, eligibility_reason, "
                                 "version FROM applications WHERE cycle_id = ? AND role = ? ORDER BY code, id"));
    query.addBindValue(cycleId);
    query.addBindValue(role);
    if (!query.exec())
        return Database::queryError(query, tr("Reading applications"));
    QList<Application> applications;
    while (query.next()) {
        Application a;
        a.id = query.value(0).toString();
        a.cycleId = cycleId;
        a.role = role;
        a.code = query.value(1).toString();
        a.status = query.value(2).toString();
        a.alscMember = query.value(3).toInt() != 0;
        a.membershipAttested = query.value(4).toInt() != 0;
        const QVariant years = query.value(5);
        if (!years.isNull())
            a.yearsExperience = years.toDouble();
        a.interests = splitList(query.value(6).toString());
        a.connection = query.value(7).toString();
        a.adult = query.value(8).toInt() != 0;
        a.guardianPermission = query.value(9).toInt() != 0;
        a.eligibility = query.value(10).toString();
        a.eligibilityReason = query.value(11).toString();
        a.version = query.value(12).toInt();
        applications.append(std::move(a));
    }
    return applications;
}

Status ApplicationStore::updateEligibility(const QList<EligibilityChange> &changes, const QString &actor)
{
    if (changes.isEmpty())
        return {};
    // Prepared once, bound per row: a cycle may hold thousands of applications of one role.
    QSqlQuery query(m_db.connection());
    if (!query.prepare(QStringLiteral("UPDATE applications SET eligibility = ?, eligibility_reason = ?, "
                                      "version = version + 1, updated_at = ?, updated_by = ? "
                                      "WHERE id = ? AND eligibility = ? AND eligibility_reason = ?")))
        return Database::queryError(query, tr("Saving eligibility verdicts"));
    const QString now = nowTimestamp();
    for (const EligibilityChange &change : changes) {
        bindAll(query, {change.toEligibility, change.toReason, now, actor, change.applicationId, change.fromEligibility,
                        change.fromReason});
        if (!query.exec())
            return Database::queryError(query, tr("Saving the eligibility verdict of application %1").arg(change.code));
        if (query.numRowsAffected() != 1)
            return applicationConflict(change.applicationId, change.code);
    }
    return {};
}

Result<QString> ApplicationStore::nextCode(const QString &cycleId, const QString &role) const
{
    // Codes end in a number after a prefix ("M-0041", or the demo's "F17-M-041"). The role's
    // most recent prefix is continued; the number is one more than any code of the cycle with
    // that prefix, so the code is free even when both roles share a prefix.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT role, code FROM applications WHERE cycle_id = ?"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading application codes"));
    static const QRegularExpression pattern(QStringLiteral("^(.*\\D)?(\\d+)$"));
    struct Code
    {
        QString prefix;
        qint64 number = 0;
        qsizetype width = 0;
    };
    QList<Code> codes;
    QString prefix = role == QLatin1String("mentor") ? QStringLiteral("M-") : QStringLiteral("E-");
    qint64 roleBest = -1;
    while (query.next()) {
        const QRegularExpressionMatch match = pattern.match(query.value(1).toString());
        if (!match.hasMatch())
            continue;
        const Code code{match.captured(1), match.captured(2).toLongLong(), match.capturedLength(2)};
        if (query.value(0).toString() == role && code.number > roleBest) {
            roleBest = code.number;
            prefix = code.prefix;
        }
        codes.append(code);
    }
    qint64 highest = 0;
    qsizetype width = 0; // the width the cycle's codes use, or four digits for the first code
    for (const Code &code : std::as_const(codes)) {
        if (code.prefix == prefix) {
            highest = std::max(highest, code.number);
            width = std::max(width, code.width);
        }
    }
    if (width == 0)
        width = 4;
    return QString(prefix + QStringLiteral("%1").arg(highest + 1, static_cast<int>(width), 10, QLatin1Char('0')));
}

Result<std::optional<Person>> ApplicationStore::findPersonByEmail(const QString &email) const
{
    const QString key = normalize::email(email);
    if (key.isEmpty())
        return std::optional<Person>();
    // The exact stored form first (uses the people_email index); then any spelling of it.
    for (const QString &condition : {QStringLiteral("email = ?"), QStringLiteral("LOWER(TRIM(email)) = ?")}) {
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + kPersonColumns + QStringLiteral(" FROM people WHERE ") + condition +
                      QStringLiteral(" ORDER BY created_at, id"));
        query.addBindValue(key);
        if (!query.exec())
            return Database::queryError(query, tr("Looking up %1").arg(email));
        while (query.next()) {
            // SQLite's LOWER() folds ASCII only: compare in full here.
            Person person = readPerson(query);
            if (normalize::email(person.email) == key)
                return std::optional<Person>(std::move(person));
        }
    }
    return std::optional<Person>();
}

Result<QList<PersonHistoryEntry>> ApplicationStore::history(const QString &personId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.id, a.cycle_id, c.name, a.role, a.status, a.submitted_at FROM applications a "
                       "JOIN cycles c ON c.id = a.cycle_id WHERE a.person_id = ? "
                       "ORDER BY c.starts_on, c.sort_order, a.submitted_at, a.code"));
    query.addBindValue(personId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading the applications of a person"));
    QList<PersonHistoryEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString()});
    }
    return entries;
}

Result<QList<LikelyDuplicateGroup>> ApplicationStore::likelyDuplicates(const QString &cycleId) const
{
    // One pass over the cycle; normalizing (accents, punctuation, common library words) is done
    // here rather than in SQL, which has no portable way to fold accents.
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.person_id, p.first_name, p.last_name, a.library FROM applications a "
                                 "JOIN people p ON p.id = a.person_id WHERE a.cycle_id = ? "
                                 "ORDER BY a.submitted_at, a.code"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Looking for duplicate applications"));
    struct Group
    {
        QStringList applicationIds;
        QSet<QString> people;
    };
    QHash<QString, Group> groups;
    QStringList order;
    while (query.next()) {
        const QString name = normalize::name(query.value(2).toString() + QLatin1Char(' ') + query.value(3).toString());
        if (name.isEmpty())
            continue;
        const QString key = name + QStringLiteral(" | ") + normalize::library(query.value(4).toString());
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, {});
            order.append(key);
        }
        it->applicationIds.append(query.value(0).toString());
        it->people.insert(query.value(1).toString());
    }
    // The same person applying twice (as mentor and mentee) has nothing to merge: a group
    // needs two person records (and so two emails or two spellings of one).
    QList<LikelyDuplicateGroup> result;
    for (const QString &key : std::as_const(order)) {
        const Group &group = groups[key];
        if (group.people.size() > 1)
            result.append({key, group.applicationIds});
    }
    return result;
}

Status ApplicationStore::mergePeople(const QString &keptPersonId, const QString &removedPersonId, const QString &actor)
{
    if (keptPersonId == removedPersonId)
        return Error{tr("A person cannot be merged with themselves.")};
    const QString now = nowTimestamp();
    // The application rows keep their version: person_id is not an edited column (see
    // kEditableColumns), so an open edit of one of them stays valid.
    QSqlQuery move(m_db.connection());
    move.prepare(QStringLiteral("UPDATE applications SET person_id = ?, updated_at = ?, updated_by = ? "
                                "WHERE person_id = ?"));
    bindAll(move, {keptPersonId, now, actor, removedPersonId});
    if (!move.exec())
        return Database::queryError(move, tr("Merging people"));
    // Conflicts of interest follow the human: they move to the kept record unless that
    // reviewer already has one with it; the rest go with the removed person (ON DELETE CASCADE).
    QSqlQuery conflicts(m_db.connection());
    conflicts.prepare(QStringLiteral("UPDATE conflicts SET person_id = ?, updated_at = ?, updated_by = ? "
                                     "WHERE person_id = ? AND reviewer_id NOT IN "
                                     "(SELECT reviewer_id FROM conflicts WHERE person_id = ?)"));
    bindAll(conflicts, {keptPersonId, now, actor, removedPersonId, keptPersonId});
    if (!conflicts.exec())
        return Database::queryError(conflicts, tr("Merging people"));
    QSqlQuery remove(m_db.connection());
    remove.prepare(QStringLiteral("DELETE FROM people WHERE id = ?"));
    remove.addBindValue(removedPersonId);
    if (!remove.exec())
        return Database::queryError(remove, tr("Merging people"));
    if (remove.numRowsAffected() != 1)
        return Error{tr("The person to merge no longer exists; someone may have merged them already.")};
    return {};
}

Result<QList<Conflict>> ApplicationStore::conflictsOf(const QString &personId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, reviewer_id, person_id, source, status, reason, version FROM conflicts "
                                 "WHERE person_id = ? ORDER BY id"));
    query.addBindValue(personId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading conflicts of interest"));
    QList<Conflict> result;
    while (query.next()) {
        Conflict conflict;
        conflict.id = query.value(0).toString();
        conflict.reviewerId = query.value(1).toString();
        conflict.personId = query.value(2).toString();
        conflict.source = query.value(3).toString();
        conflict.status = query.value(4).toString();
        conflict.reason = query.value(5).toString();
        conflict.version = query.value(6).toInt();
        result.append(conflict);
    }
    return result;
}

Status ApplicationStore::unmergePeople(const Person &removed, const QString &keptPersonId,
                                       const QStringList &applicationIds, const QList<Conflict> &conflicts,
                                       const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery person(m_db.connection());
    person.prepare(QStringLiteral("INSERT INTO people (id, first_name, last_name, email, phone, version, created_at, "
                                  "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindAll(person, {removed.id, removed.firstName, removed.lastName, removed.email, removed.phone, removed.version,
                     now, now, actor});
    if (!person.exec())
        return Database::queryError(person, tr("Restoring %1").arg(removed.fullName()));
    for (const QString &applicationId : applicationIds) {
        QSqlQuery move(m_db.connection());
        move.prepare(QStringLiteral("UPDATE applications SET person_id = ?, updated_at = ?, updated_by = ? "
                                    "WHERE id = ? AND person_id = ?"));
        bindAll(move, {removed.id, now, actor, applicationId, keptPersonId});
        if (!move.exec())
            return Database::queryError(move, tr("Restoring %1").arg(removed.fullName()));
        if (move.numRowsAffected() != 1)
            return Error{tr("An application of %1 was moved or removed by someone else since the merge; it cannot "
                            "be undone.")
                             .arg(removed.fullName())};
    }
    // Put the removed person's conflicts of interest back as they were: the moved ones are
    // taken back from the kept person, the ones the merge dropped are inserted again.
    for (const Conflict &conflict : conflicts) {
        QSqlQuery drop(m_db.connection());
        drop.prepare(QStringLiteral("DELETE FROM conflicts WHERE id = ?"));
        drop.addBindValue(conflict.id);
        QSqlQuery insert(m_db.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO conflicts (id, reviewer_id, person_id, source, status, reason, "
                           "version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindAll(insert, {conflict.id, conflict.reviewerId, removed.id, conflict.source, conflict.status,
                         conflict.reason, conflict.version, now, now, actor});
        if (!drop.exec())
            return Database::queryError(drop, tr("Restoring the conflicts of interest of %1").arg(removed.fullName()));
        if (!insert.exec())
            return Database::queryError(insert,
                                        tr("Restoring the conflicts of interest of %1").arg(removed.fullName()));
    }
    return {};
}

} // namespace cohort
