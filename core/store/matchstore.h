#pragma once

#include "domain/match.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

class Database;
class StatementCache;

// How many matches of a cycle have one status (draft, published, ended).
struct MatchStatusCount
{
    QString status;
    int count = 0;
};

// Matches, goal sheets, goals, orientation attendance and contact entries.
class MatchStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MatchStore)

public:
    explicit MatchStore(Database &db) : m_db(db) {}

    Result<QList<MatchStatusCount>> countByStatus(const QString &cycleId) const;
    // All matches of a cycle, or of the whole program when cycleId is empty.
    Result<int> count(const QString &cycleId = {}) const;
    Result<int> contactCount() const;
    // How many different mentors and mentees of a cycle have a match (any status).
    struct MatchedPeople
    {
        int mentors = 0;
        int mentees = 0;
    };
    Result<MatchedPeople> matchedPeople(const QString &cycleId) const;

    // Inserts inside the caller's transaction; ids must be set. Bulk writers pass one cache for
    // the whole run so that each INSERT is prepared once (a null cache prepares it for one row).
    Status insertMatch(const Match &match, const QString &timestamp, const QString &actor,
                       StatementCache *cache = nullptr);
    Status insertGoalSheet(const GoalSheet &sheet, const QString &timestamp, const QString &actor,
                           StatementCache *cache = nullptr);
    Status insertGoal(const Goal &goal, const QString &timestamp, const QString &actor,
                      StatementCache *cache = nullptr);
    Status insertOrientationAttendance(const OrientationAttendance &attendance, const QString &timestamp,
                                       const QString &actor, StatementCache *cache = nullptr);
    Status insertContactEntry(const ContactEntry &entry, const QString &timestamp, const QString &actor,
                              StatementCache *cache = nullptr);

private:
    Database &m_db;
};

} // namespace cohort
