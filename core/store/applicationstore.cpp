#include "store/applicationstore.h"

#include "db/database.h"
#include "store/sqlvalue.h"
#include "store/statementcache.h"

#include <QSqlQuery>
#include <QVariant>

namespace cohort {

namespace {
const QString kListSeparator = QStringLiteral("; ");

QString joinList(const QStringList &values)
{
    return values.join(kListSeparator);
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
    const QVariant years = a.yearsExperience ? QVariant(*a.yearsExperience) : QVariant(QMetaType(QMetaType::Double));
    const QVariantList values = {a.id,
                                 a.cycleId,
                                 a.personId,
                                 a.role,
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
                                 a.eligibilityReason,
                                 timestamp,
                                 timestamp,
                                 actor};
    return (cache ? *cache : once).run(sql, values, [&a] { return tr("Saving application %1").arg(a.code); });
}

} // namespace cohort
