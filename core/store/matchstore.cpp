#include "store/matchstore.h"

#include "db/database.h"
#include "store/sqlvalue.h"
#include "store/statementcache.h"

#include <QSqlQuery>
#include <QVariant>

namespace cohort {

Result<QList<MatchStatusCount>> MatchStore::countByStatus(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT status, COUNT(*) FROM matches WHERE cycle_id = ? GROUP BY status ORDER BY status"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Counting matches"));
    QList<MatchStatusCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt()});
    return counts;
}

Result<MatchStore::MatchedPeople> MatchStore::matchedPeople(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT COUNT(DISTINCT mentor_application_id), COUNT(DISTINCT mentee_application_id) "
                                 "FROM matches WHERE cycle_id = ?"));
    query.addBindValue(cycleId);
    if (!query.exec() || !query.next())
        return Database::queryError(query, tr("Counting matches"));
    return MatchedPeople{query.value(0).toInt(), query.value(1).toInt()};
}

Result<int> MatchStore::count(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    if (cycleId.isEmpty()) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM matches"));
    } else {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM matches WHERE cycle_id = ?"));
        query.addBindValue(cycleId);
    }
    if (!query.exec() || !query.next())
        return Database::queryError(query, tr("Counting matches"));
    return query.value(0).toInt();
}

Result<int> MatchStore::contactCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM contact_entries")) || !query.next())
        return Database::queryError(query, tr("Counting contacts"));
    return query.value(0).toInt();
}

Status MatchStore::insertMatch(const Match &m, const QString &timestamp, const QString &actor, StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO matches (id, cycle_id, mentor_application_id, mentee_application_id, status, source, locked, "
        "score, published_on, ended_on, liaison_reviewer_id, version, created_at, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    const QVariantList values = {m.id,
                                 m.cycleId,
                                 m.mentorApplicationId,
                                 m.menteeApplicationId,
                                 m.status,
                                 m.source,
                                 m.locked ? 1 : 0,
                                 m.score ? QVariant(*m.score) : QVariant(QMetaType(QMetaType::Double)),
                                 date(m.publishedOn),
                                 date(m.endedOn),
                                 m.liaisonReviewerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                               : QVariant(m.liaisonReviewerId),
                                 timestamp,
                                 timestamp,
                                 actor};
    return (cache ? *cache : once).run(sql, values, [] { return tr("Saving a match"); });
}

Status MatchStore::insertGoalSheet(const GoalSheet &sheet, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql = QStringLiteral("INSERT INTO goal_sheets (id, match_id, due_on, submitted_on, version, "
                                              "updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql, {sheet.id, sheet.matchId, date(sheet.dueOn), date(sheet.submittedOn), timestamp, actor},
             [] { return tr("Saving a goal sheet"); });
}

Status MatchStore::insertGoal(const Goal &goal, const QString &timestamp, const QString &actor, StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO goals (id, goal_sheet_id, objective, title, specific, measurable, achievable, relevant, "
        "time_bound, sort_order, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {goal.id, goal.goalSheetId, goal.objective, goal.title, goal.specific, goal.measurable, goal.achievable,
              goal.relevant, goal.timeBound, goal.sortOrder, timestamp, actor},
             [&goal] { return tr("Saving goal “%1”").arg(goal.title); });
}

Status MatchStore::insertOrientationAttendance(const OrientationAttendance &attendance, const QString &timestamp,
                                               const QString &actor, StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO orientation_attendance (id, application_id, session_on, attended, version, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {attendance.id, attendance.applicationId, date(attendance.sessionOn), attendance.attended ? 1 : 0,
              timestamp, actor},
             [] { return tr("Saving orientation attendance"); });
}

Status MatchStore::insertContactEntry(const ContactEntry &entry, const QString &timestamp, const QString &actor,
                                      StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO contact_entries (id, match_id, contact_on, method, initiated_by, note, version, created_at, "
        "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {entry.id, entry.matchId, date(entry.contactOn), entry.method, entry.initiatedBy, entry.note, timestamp,
              timestamp, actor},
             [] { return tr("Saving a contact"); });
}

} // namespace cohort
