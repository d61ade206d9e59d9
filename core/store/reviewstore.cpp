#include "store/reviewstore.h"

#include "db/database.h"
#include "store/statementcache.h"

#include <QSqlQuery>
#include <QVariant>

namespace cohort {

namespace {
QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}
} // namespace

Result<int> ReviewStore::reviewerCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reviewers")) || !query.next())
        return Database::queryError(query, tr("Counting reviewers"));
    return query.value(0).toInt();
}

Result<QList<Reviewer>> ReviewStore::listReviewers() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, email, role, capacity, active, version FROM reviewers "
                                   "ORDER BY CASE role WHEN 'chair' THEN 0 ELSE 1 END, name, id")))
        return Database::queryError(query, tr("Reading reviewers"));
    QList<Reviewer> reviewers;
    while (query.next()) {
        Reviewer reviewer;
        reviewer.id = query.value(0).toString();
        reviewer.name = query.value(1).toString();
        reviewer.email = query.value(2).toString();
        reviewer.role = query.value(3).toString();
        reviewer.capacity = query.value(4).toInt();
        reviewer.active = query.value(5).toInt() != 0;
        reviewer.version = query.value(6).toInt();
        reviewers.append(reviewer);
    }
    return reviewers;
}

Result<QList<Criterion>> ReviewStore::listCriteria(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, name, guidance, scale_min, scale_max, weight, allow_na, sort_order, "
                       "version FROM rubric_criteria WHERE cycle_id = ? AND role = ? ORDER BY sort_order, name"));
    query.addBindValue(cycleId);
    query.addBindValue(role);
    if (!query.exec())
        return Database::queryError(query, tr("Reading the rubric"));
    QList<Criterion> criteria;
    while (query.next()) {
        Criterion criterion;
        criterion.id = query.value(0).toString();
        criterion.cycleId = cycleId;
        criterion.role = role;
        criterion.name = query.value(1).toString();
        criterion.guidance = query.value(2).toString();
        criterion.scaleMin = query.value(3).toInt();
        criterion.scaleMax = query.value(4).toInt();
        criterion.weight = query.value(5).toDouble();
        criterion.allowNotApplicable = query.value(6).toInt() != 0;
        criterion.sortOrder = query.value(7).toInt();
        criterion.version = query.value(8).toInt();
        criteria.append(criterion);
    }
    return criteria;
}

Result<int> ReviewStore::countFor(const QString &sql, const QString &cycleId, const QString &what) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    if (!cycleId.isEmpty())
        query.addBindValue(cycleId);
    if (!query.exec() || !query.next())
        return Database::queryError(query, what);
    return query.value(0).toInt();
}

Result<int> ReviewStore::assignmentCount(const QString &cycleId) const
{
    return countFor(cycleId.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM assignments")
                                      : QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a "
                                                       "ON a.id = s.application_id WHERE a.cycle_id = ?"),
                    cycleId, tr("Counting assignments"));
}

Result<int> ReviewStore::scoreCount(const QString &cycleId) const
{
    return countFor(cycleId.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM scores WHERE value IS NOT NULL")
                                      : QStringLiteral("SELECT COUNT(*) FROM scores s JOIN rubric_criteria c "
                                                       "ON c.id = s.criterion_id WHERE s.value IS NOT NULL "
                                                       "AND c.cycle_id = ?"),
                    cycleId, tr("Counting scores"));
}

Status ReviewStore::insertReviewer(const Reviewer &r, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO reviewers (id, name, email, role, capacity, active, version, created_at, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql, {r.id, r.name, r.email, r.role, r.capacity, r.active ? 1 : 0, timestamp, timestamp, actor},
             [&r] { return tr("Saving reviewer %1").arg(r.name); });
}

Status ReviewStore::insertConflict(const Conflict &c, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO conflicts (id, reviewer_id, person_id, source, status, reason, version, "
                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql, {c.id, c.reviewerId, c.personId, c.source, c.status, c.reason, timestamp, timestamp, actor},
             [] { return tr("Saving a conflict of interest"); });
}

Status ReviewStore::insertCriterion(const Criterion &c, const QString &timestamp, const QString &actor,
                                    StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO rubric_criteria (id, cycle_id, role, name, guidance, scale_min, scale_max, weight, allow_na, "
        "sort_order, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {c.id, c.cycleId, c.role, c.name, c.guidance, c.scaleMin, c.scaleMax, c.weight,
              c.allowNotApplicable ? 1 : 0, c.sortOrder, timestamp, actor},
             [&c] { return tr("Saving criterion “%1”").arg(c.name); });
}

Status ReviewStore::insertAssignment(const Assignment &a, const QString &timestamp, const QString &actor,
                                     StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO assignments (id, application_id, reviewer_id, source, seed, comment, submitted_at, version, "
        "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {a.id, a.applicationId, a.reviewerId, a.source,
              a.seed ? QVariant(*a.seed) : QVariant(QMetaType(QMetaType::LongLong)), a.comment,
              a.submittedAt.isValid() ? QVariant(a.submittedAt.toUTC().toString(Qt::ISODate)) : nullString(), timestamp,
              timestamp, actor},
             [] { return tr("Saving a reviewer assignment"); });
}

Status ReviewStore::insertScore(const Score &s, const QString &timestamp, const QString &actor, StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO scores (id, assignment_id, criterion_id, value, not_applicable, version, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {s.id, s.assignmentId, s.criterionId,
              s.value ? QVariant(*s.value) : QVariant(QMetaType(QMetaType::Double)), s.notApplicable ? 1 : 0, timestamp,
              actor},
             [] { return tr("Saving a score"); });
}

Status ReviewStore::insertDecision(const Decision &d, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO decisions (id, application_id, outcome, reason, decided_on, decided_by, version, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {d.id, d.applicationId, d.outcome, d.reason, d.decidedOn.toString(Qt::ISODate), d.decidedBy, timestamp,
              actor},
             [] { return tr("Saving a decision"); });
}

} // namespace cohort
