#include "store/importstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "store/applicationstore.h"
#include "store/sqlvalue.h"
#include "store/statementcache.h"

#include <QSqlQuery>
#include <QVariant>

namespace cohort {

namespace {

const QString kListSeparator = QStringLiteral("; ");

QStringList splitStored(const QString &value)
{
    return value.split(kListSeparator, Qt::SkipEmptyParts);
}

// The columns of applications that an import (or a form) fills, in one order for the INSERT,
// the UPDATE and the reader below.
const QStringList &formColumns()
{
    static const QStringList columns = {QStringLiteral("person_id"),
                                        QStringLiteral("status"),
                                        QStringLiteral("status_reason"),
                                        QStringLiteral("source"),
                                        QStringLiteral("submitted_at"),
                                        QStringLiteral("library"),
                                        QStringLiteral("library_type"),
                                        QStringLiteral("position"),
                                        QStringLiteral("city"),
                                        QStringLiteral("state"),
                                        QStringLiteral("country"),
                                        QStringLiteral("time_zone"),
                                        QStringLiteral("alsc_member"),
                                        QStringLiteral("alsc_member_id"),
                                        QStringLiteral("ala_member"),
                                        QStringLiteral("membership_attested"),
                                        QStringLiteral("years_experience"),
                                        QStringLiteral("interests"),
                                        QStringLiteral("connection"),
                                        QStringLiteral("career_stage"),
                                        QStringLiteral("contact_methods"),
                                        QStringLiteral("languages"),
                                        QStringLiteral("gender"),
                                        QStringLiteral("bipoc"),
                                        QStringLiteral("disability"),
                                        QStringLiteral("use_demographics"),
                                        QStringLiteral("mentor_preference"),
                                        QStringLiteral("avoid"),
                                        QStringLiteral("statement"),
                                        QStringLiteral("offer"),
                                        QStringLiteral("capacity"),
                                        QStringLiteral("adult"),
                                        QStringLiteral("guardian_permission"),
                                        QStringLiteral("eligibility"),
                                        QStringLiteral("eligibility_reason")};
    return columns;
}

// Appends the values of formColumns() (a bulk insert appends many rows to one list).
void appendFormValues(QVariantList &values, const Application &a)
{
    const QVariant years = a.yearsExperience ? QVariant(*a.yearsExperience) : QVariant(QMetaType(QMetaType::Double));
    // One by one: the temporaries move into the list.
    values << a.personId << a.status << text(a.statusReason) << a.source << toTimestamp(a.submittedAt)
           << text(a.library) << text(a.libraryType) << text(a.position) << text(a.city) << text(a.state)
           << text(a.country) << text(a.timeZone) << (a.alscMember ? 1 : 0) << text(a.alscMemberId)
           << (a.alaMember ? 1 : 0) << (a.membershipAttested ? 1 : 0) << years << text(a.interests.join(kListSeparator))
           << text(a.connection) << text(a.careerStage) << text(a.contactMethods.join(kListSeparator))
           << text(a.languages.join(kListSeparator)) << text(a.gender) << text(a.bipoc) << text(a.disability)
           << (a.useDemographics ? 1 : 0) << text(a.mentorPreference) << text(a.avoid.join(kListSeparator))
           << text(a.statement) << text(a.offer) << a.capacity << (a.adult ? 1 : 0) << (a.guardianPermission ? 1 : 0)
           << a.eligibility << text(a.eligibilityReason);
}

// appendFormValues() for the bulk inserts, without a QVariant per value; the same values in the
// same order (StatementCache binds a null QString as '' either way, as text() does).
void appendFormValues(BindValues &values, const Application &a)
{
    const auto flag = [&values](bool on) {
        values.addInt(on ? 1 : 0);
    };
    values.addText(a.personId);
    values.addText(a.status);
    values.addText(a.statusReason);
    values.addText(a.source);
    values.addText(toTimestamp(a.submittedAt));
    values.addText(a.library);
    values.addText(a.libraryType);
    values.addText(a.position);
    values.addText(a.city);
    values.addText(a.state);
    values.addText(a.country);
    values.addText(a.timeZone);
    flag(a.alscMember);
    values.addText(a.alscMemberId);
    flag(a.alaMember);
    flag(a.membershipAttested);
    if (a.yearsExperience)
        values.addDouble(*a.yearsExperience);
    else
        values.addNull(QMetaType::Double);
    values.addText(a.interests.join(kListSeparator));
    values.addText(a.connection);
    values.addText(a.careerStage);
    values.addText(a.contactMethods.join(kListSeparator));
    values.addText(a.languages.join(kListSeparator));
    values.addText(a.gender);
    values.addText(a.bipoc);
    values.addText(a.disability);
    flag(a.useDemographics);
    values.addText(a.mentorPreference);
    values.addText(a.avoid.join(kListSeparator));
    values.addText(a.statement);
    values.addText(a.offer);
    values.addInt(a.capacity);
    flag(a.adult);
    flag(a.guardianPermission);
    values.addText(a.eligibility);
    values.addText(a.eligibilityReason);
}

QVariantList formValues(const Application &a)
{
    QVariantList values;
    values.reserve(formColumns().size());
    appendFormValues(values, a);
    return values;
}

QString selectColumns()
{
    QStringList columns = {QStringLiteral("a.id"),         QStringLiteral("a.cycle_id"),  QStringLiteral("a.role"),
                           QStringLiteral("a.code"),       QStringLiteral("a.version"),   QStringLiteral("p.id"),
                           QStringLiteral("p.first_name"), QStringLiteral("p.last_name"), QStringLiteral("p.email"),
                           QStringLiteral("p.phone"),      QStringLiteral("p.version")};
    for (const QString &column : formColumns())
        columns.append(QStringLiteral("a.") + column);
    return columns.join(QStringLiteral(", "));
}

PersonApplication readRow(const QSqlQuery &q)
{
    PersonApplication row;
    Application &a = row.application;
    Person &p = row.person;
    int i = 0;
    a.id = q.value(i++).toString();
    a.cycleId = q.value(i++).toString();
    a.role = q.value(i++).toString();
    a.code = q.value(i++).toString();
    a.version = q.value(i++).toInt();
    p.id = q.value(i++).toString();
    p.firstName = q.value(i++).toString();
    p.lastName = q.value(i++).toString();
    p.email = q.value(i++).toString();
    p.phone = q.value(i++).toString();
    p.version = q.value(i++).toInt();
    a.personId = q.value(i++).toString();
    a.status = q.value(i++).toString();
    a.statusReason = q.value(i++).toString();
    a.source = q.value(i++).toString();
    a.submittedAt = QDateTime::fromString(q.value(i++).toString(), Qt::ISODate);
    a.library = q.value(i++).toString();
    a.libraryType = q.value(i++).toString();
    a.position = q.value(i++).toString();
    a.city = q.value(i++).toString();
    a.state = q.value(i++).toString();
    a.country = q.value(i++).toString();
    a.timeZone = q.value(i++).toString();
    a.alscMember = q.value(i++).toInt() != 0;
    a.alscMemberId = q.value(i++).toString();
    a.alaMember = q.value(i++).toInt() != 0;
    a.membershipAttested = q.value(i++).toInt() != 0;
    const QVariant years = q.value(i++);
    if (!years.isNull())
        a.yearsExperience = years.toDouble();
    a.interests = splitStored(q.value(i++).toString());
    a.connection = q.value(i++).toString();
    a.careerStage = q.value(i++).toString();
    a.contactMethods = splitStored(q.value(i++).toString());
    a.languages = splitStored(q.value(i++).toString());
    a.gender = q.value(i++).toString();
    a.bipoc = q.value(i++).toString();
    a.disability = q.value(i++).toString();
    a.useDemographics = q.value(i++).toInt() != 0;
    a.mentorPreference = q.value(i++).toString();
    a.avoid = splitStored(q.value(i++).toString());
    a.statement = q.value(i++).toString();
    a.offer = q.value(i++).toString();
    a.capacity = q.value(i++).toInt();
    a.adult = q.value(i++).toInt() != 0;
    a.guardianPermission = q.value(i++).toInt() != 0;
    a.eligibility = q.value(i++).toString();
    a.eligibilityReason = q.value(i++).toString();
    return row;
}

QString placeholders(qsizetype count)
{
    QString text;
    text.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i)
        text += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    return text;
}

} // namespace

InMemoryStatementJournals::InMemoryStatementJournals(Database &db) : m_db(db)
{
    if (db.dialect() != Database::Dialect::Sqlite)
        return;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA temp_store")) || !query.next())
        return;
    m_previous = query.value(0).toInt();
    query.finish();
    if (m_previous != 2)
        m_changed = db.exec(QStringLiteral("PRAGMA temp_store = MEMORY")).ok();
}

InMemoryStatementJournals::~InMemoryStatementJournals()
{
    if (m_changed)
        (void)m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
}

Result<bool> ImportStore::cycleExists(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM cycles WHERE id = ?"));
    query.addBindValue(cycleId);
    if (!query.exec() || !query.next())
        return Database::queryError(query, tr("Reading cycles"));
    return query.value(0).toInt() > 0;
}

Result<QList<Person>> ImportStore::people() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, first_name, last_name, email, phone, version FROM people")))
        return Database::queryError(query, tr("Reading people"));
    QList<Person> people;
    while (query.next()) {
        Person p;
        p.id = query.value(0).toString();
        p.firstName = query.value(1).toString();
        p.lastName = query.value(2).toString();
        p.email = query.value(3).toString();
        p.phone = query.value(4).toString();
        p.version = query.value(5).toInt();
        people.append(std::move(p));
    }
    return people;
}

Result<QList<ExistingApplication>> ImportStore::applicationsOfCycle(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT a.id, a.person_id, a.role, a.code, p.email, p.first_name, p.last_name, "
                                 "a.library FROM applications a JOIN people p ON p.id = a.person_id "
                                 "WHERE a.cycle_id = ?"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading applications"));
    QList<ExistingApplication> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                     query.value(6).toString(), query.value(7).toString()});
    }
    return rows;
}

Result<QList<PersonApplication>> ImportStore::loadApplications(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM applications a JOIN people p ON p.id = a.person_id "
                                 "WHERE a.cycle_id = ?%2 ORDER BY a.code")
                      .arg(selectColumns(), role.isEmpty() ? QString() : QStringLiteral(" AND a.role = ?")));
    query.addBindValue(cycleId);
    if (!role.isEmpty())
        query.addBindValue(role);
    if (!query.exec())
        return Database::queryError(query, tr("Reading applications"));
    QList<PersonApplication> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Result<PersonApplication> ImportStore::loadApplication(const QString &applicationId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT %1 FROM applications a JOIN people p ON p.id = a.person_id WHERE a.id = ?")
                      .arg(selectColumns()));
    query.addBindValue(applicationId);
    if (!query.exec())
        return Database::queryError(query, tr("Reading an application"));
    if (!query.next())
        return Error{tr("The application no longer exists.")};
    return readRow(query);
}

Status ImportStore::insertApplication(const Application &a, int importRow, const QString &timestamp,
                                      const QString &actor, StatementCache *cache)
{
    StatementCache once(m_db);
    static const QString sql =
        QStringLiteral("INSERT INTO applications (id, cycle_id, role, code, %1, import_row, version, created_at, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, %2, ?, 1, ?, ?, ?)")
            .arg(formColumns().join(QStringLiteral(", ")), placeholders(formColumns().size()));
    QVariantList values;
    values.reserve(formColumns().size() + 8);
    values << a.id << a.cycleId << a.role << a.code;
    values << formValues(a);
    values << (importRow > 0 ? QVariant(importRow) : QVariant(QMetaType(QMetaType::Int))) << timestamp << timestamp
           << text(actor);
    return (cache ? *cache : once).run(sql, values, [&a] { return tr("Saving application %1").arg(a.code); });
}

namespace {

// Rows per multi-row INSERT: large enough that SQLite's per-statement work (the statement
// journal, the CHECK constraints' IN lists built per execution) fades, small enough to stay far
// below every driver's limit of bound values (44 × 50); 50 divides the importer's progress runs of 500.
constexpr qsizetype kRowsPerStatement = 50;

// "INSERT INTO table (columns) VALUES tuple, tuple, …" with `rows` tuples.
QString multiRowInsert(const QString &head, const QString &tuple, qsizetype rows)
{
    QString sql;
    sql.reserve(head.size() + rows * (tuple.size() + 2));
    sql += head;
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringLiteral(", ");
        sql += tuple;
    }
    return sql;
}

// The statements for full batches and for the last, shorter one; the full one is built once.
class BatchSql
{
public:
    BatchSql(QString head, QString tuple) : m_head(std::move(head)), m_tuple(std::move(tuple)) {}
    const QString &forRows(qsizetype rows)
    {
        QString &sql = rows == kRowsPerStatement ? m_full : m_rest;
        if (sql.isEmpty() || (rows != kRowsPerStatement && m_restRows != rows)) {
            sql = multiRowInsert(m_head, m_tuple, rows);
            if (rows != kRowsPerStatement)
                m_restRows = rows;
        }
        return sql;
    }

private:
    QString m_head;
    QString m_tuple;
    QString m_full;
    QString m_rest;
    qsizetype m_restRows = 0;
};

} // namespace

Status ImportStore::insertApplications(const std::vector<ImportRow> &rows, const QString &timestamp,
                                       const QString &actor, StatementCache *cache, qsizetype *failedRow)
{
    StatementCache once(m_db);
    StatementCache &statements = cache ? *cache : once;
    BatchSql sql(QStringLiteral("INSERT INTO applications (id, cycle_id, role, code, %1, import_row, version, "
                                "created_at, updated_at, updated_by) VALUES ")
                     .arg(formColumns().join(QStringLiteral(", "))),
                 QStringLiteral("(?, ?, ?, ?, %1, ?, 1, ?, ?, ?)").arg(placeholders(formColumns().size())));
    BindValues values;
    values.reserve(kRowsPerStatement * (formColumns().size() + 8), kRowsPerStatement * 2048);
    for (std::size_t start = 0; start < rows.size(); start += kRowsPerStatement) {
        const std::size_t count = std::min<std::size_t>(kRowsPerStatement, rows.size() - start);
        values.clear();
        for (std::size_t i = start; i < start + count; ++i) {
            const Application &a = *rows[i].application;
            values.addText(a.id);
            values.addText(a.cycleId);
            values.addText(a.role);
            values.addText(a.code);
            appendFormValues(values, a);
            if (rows[i].importRow > 0)
                values.addInt(rows[i].importRow);
            else
                values.addNull(QMetaType::Int);
            values.addText(timestamp);
            values.addText(timestamp);
            values.addText(actor);
        }
        const Status s = statements.run(sql.forRows(qsizetype(count)), values, [&rows, start] {
            return tr("Saving application %1").arg(rows[start].application->code);
        });
        if (s)
            continue;
        // The failed statement changed nothing; find the row, one at a time.
        for (std::size_t i = start; i < start + count; ++i) {
            const Status one =
                insertApplication(*rows[i].application, rows[i].importRow, timestamp, actor, &statements);
            if (!one) {
                if (failedRow)
                    *failedRow = qsizetype(i);
                return one;
            }
        }
        return s; // not one row alone fails: the batch's own error
    }
    return {};
}

Status ImportStore::insertPeople(const QList<Person> &people, const QString &timestamp, const QString &actor,
                                 StatementCache *cache)
{
    StatementCache once(m_db);
    StatementCache &statements = cache ? *cache : once;
    // The columns and values of ApplicationStore::insertPerson.
    BatchSql sql(QStringLiteral("INSERT INTO people (id, first_name, last_name, email, phone, version, created_at, "
                                "updated_at, updated_by) VALUES "),
                 QStringLiteral("(?, ?, ?, ?, ?, 1, ?, ?, ?)"));
    BindValues values;
    values.reserve(kRowsPerStatement * 8, kRowsPerStatement * 256);
    for (qsizetype start = 0; start < people.size(); start += kRowsPerStatement) {
        const qsizetype count = std::min(kRowsPerStatement, people.size() - start);
        values.clear();
        for (qsizetype i = start; i < start + count; ++i) {
            const Person &p = people.at(i);
            for (const QString *value :
                 {&p.id, &p.firstName, &p.lastName, &p.email, &p.phone, &timestamp, &timestamp, &actor})
                values.addText(*value);
        }
        const Status s = statements.run(sql.forRows(count), values, [&people, start] {
            return ApplicationStore::tr("Saving %1").arg(people.at(start).fullName());
        });
        if (s)
            continue;
        // The failed statement changed nothing; one at a time, the error names the person.
        ApplicationStore single(m_db);
        for (qsizetype i = start; i < start + count; ++i) {
            if (Status one = single.insertPerson(people.at(i), timestamp, actor, &statements); !one)
                return one;
        }
        return s;
    }
    return {};
}

Result<int> ImportStore::updateApplication(const Application &a, int expectedVersion, const QString &actor)
{
    static const QString sql = [] {
        QStringList sets;
        for (const QString &column : formColumns())
            sets.append(column + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE applications SET %1, version = version + 1, updated_at = ?, updated_by = ? "
                              "WHERE id = ? AND version = ?")
            .arg(sets.join(QStringLiteral(", ")));
    }();
    QSqlQuery query(m_db.connection());
    if (!query.prepare(sql))
        return Database::queryError(query, tr("Saving application %1").arg(a.code));
    const QVariantList values = formValues(a);
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(nowTimestamp());
    query.addBindValue(text(actor));
    query.addBindValue(a.id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return Database::queryError(query, tr("Saving application %1").arg(a.code));
    if (query.numRowsAffected() != 1)
        return Error{tr("Application %1 was changed or removed by someone else; nothing was saved.").arg(a.code)};
    return expectedVersion + 1;
}

Result<int> ImportStore::updatePerson(const Person &p, int expectedVersion, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("UPDATE people SET first_name = ?, last_name = ?, email = ?, phone = ?, "
                                 "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"));
    query.addBindValue(text(p.firstName));
    query.addBindValue(text(p.lastName));
    query.addBindValue(text(p.email));
    query.addBindValue(text(p.phone));
    query.addBindValue(nowTimestamp());
    query.addBindValue(text(actor));
    query.addBindValue(p.id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return Database::queryError(query, tr("Saving %1").arg(p.fullName()));
    if (query.numRowsAffected() != 1)
        return Error{tr("%1 was changed or removed by someone else; nothing was saved.").arg(p.fullName())};
    return expectedVersion + 1;
}

namespace {

// Runs `sql` (with one "%1" for the placeholders) over ids in batches that stay under every
// driver's limit of bound values.
template <typename Fn>
Status inBatches(Database &db, const QString &sql, const QStringList &ids, const QString &what, Fn &&onRow)
{
    constexpr qsizetype batch = 500;
    for (qsizetype start = 0; start < ids.size(); start += batch) {
        const qsizetype count = std::min(batch, ids.size() - start);
        QSqlQuery query(db.connection());
        if (!query.prepare(sql.arg(placeholders(count))))
            return Database::queryError(query, what);
        for (qsizetype i = 0; i < count; ++i)
            query.addBindValue(ids.at(start + i));
        if (!query.exec())
            return Database::queryError(query, what);
        onRow(query);
    }
    return {};
}

} // namespace

Result<int> ImportStore::changedSince(const QStringList &applicationIds, int version) const
{
    int changed = 0;
    const Status s = inBatches(
        m_db, QStringLiteral("SELECT COUNT(*) FROM applications WHERE version <> %1 AND id IN (%2)").arg(version),
        applicationIds, tr("Reading applications"), [&changed](QSqlQuery &query) {
            if (query.next())
                changed += query.value(0).toInt();
        });
    if (!s)
        return Error{s.error()};
    return changed;
}

Status ImportStore::removeApplications(const QStringList &applicationIds)
{
    return inBatches(m_db, QStringLiteral("DELETE FROM applications WHERE id IN (%1)"), applicationIds,
                     tr("Removing applications"), [](QSqlQuery &) {});
}

Status ImportStore::removePeople(const QStringList &personIds)
{
    return inBatches(m_db, QStringLiteral("DELETE FROM people WHERE id IN (%1)"), personIds, tr("Removing people"),
                     [](QSqlQuery &) {});
}

Result<QSet<QString>> ImportStore::confidentialColumns() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT table_name, column_name FROM field_catalog WHERE confidential = 1")))
        return Database::queryError(query, tr("Reading the field catalog"));
    QSet<QString> columns;
    while (query.next())
        columns.insert(query.value(0).toString() + QLatin1Char('.') + query.value(1).toString());
    return columns;
}

Result<QList<StoredMapping>> ImportStore::mappings() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT name, role, mapping FROM import_mappings ORDER BY name")))
        return Database::queryError(query, tr("Reading saved mappings"));
    QList<StoredMapping> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return rows;
}

Result<StoredMapping> ImportStore::mapping(const QString &name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT name, role, mapping FROM import_mappings WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        return Database::queryError(query, tr("Reading saved mappings"));
    if (!query.next())
        return Error{tr("There is no saved mapping named “%1”.").arg(name)};
    return StoredMapping{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

Status ImportStore::saveMapping(const StoredMapping &mapping, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    const QString now = nowTimestamp();
    query.prepare(QStringLiteral(
        "INSERT INTO import_mappings (id, name, role, mapping, version, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role, "
        "mapping = excluded.mapping, version = import_mappings.version + 1, updated_at = excluded.updated_at, "
        "updated_by = excluded.updated_by"));
    query.addBindValue(newId());
    query.addBindValue(mapping.name);
    query.addBindValue(text(mapping.role));
    query.addBindValue(mapping.json);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(text(actor));
    if (!query.exec())
        return Database::queryError(query, tr("Saving the mapping “%1”").arg(mapping.name));
    return {};
}

} // namespace cohort
