#pragma once

#include "domain/review.h"
#include "domain/reviewer.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

class Database;
class StatementCache;

// Reviewers, their conflicts of interest, the rubric, assignments, scores and decisions.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ReviewStore)

public:
    explicit ReviewStore(Database &db) : m_db(db) {}

    Result<int> reviewerCount() const;
    // All reviewers, the chair first, then by name.
    Result<QList<Reviewer>> listReviewers() const;
    // The rubric of a cycle for one role, in order.
    Result<QList<Criterion>> listCriteria(const QString &cycleId, const QString &role) const;
    // Assignments and entered scores of a cycle, or of the whole program when cycleId is empty.
    Result<int> assignmentCount(const QString &cycleId = {}) const;
    Result<int> scoreCount(const QString &cycleId = {}) const;

    // Inserts inside the caller's transaction; ids must be set. Bulk writers pass one cache for
    // the whole run so that each INSERT is prepared once (a null cache prepares it for one row).
    Status insertReviewer(const Reviewer &reviewer, const QString &timestamp, const QString &actor,
                          StatementCache *cache = nullptr);
    Status insertConflict(const Conflict &conflict, const QString &timestamp, const QString &actor,
                          StatementCache *cache = nullptr);
    Status insertCriterion(const Criterion &criterion, const QString &timestamp, const QString &actor,
                           StatementCache *cache = nullptr);
    Status insertAssignment(const Assignment &assignment, const QString &timestamp, const QString &actor,
                            StatementCache *cache = nullptr);
    Status insertScore(const Score &score, const QString &timestamp, const QString &actor,
                       StatementCache *cache = nullptr);
    Status insertDecision(const Decision &decision, const QString &timestamp, const QString &actor,
                          StatementCache *cache = nullptr);

private:
    Result<int> countFor(const QString &sql, const QString &cycleId, const QString &what) const;

    Database &m_db;
};

} // namespace cohort
