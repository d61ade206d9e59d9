#pragma once

#include "domain/review.h"
#include "domain/reviewer.h"
#include "result.h"
#include "review/reviewcycledata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace cohort {

class Database;
class StatementCache;

// How much a reviewer is referred to (removing a reviewer is refused while either is non-zero).
struct ReviewerUsage
{
    int assignments = 0; // in any cycle
    int liaisonMatches = 0;
};

// Reviewers, their conflicts of interest, the rubric, assignments, scores and decisions.
//
// Reads return Result<T>; writes run inside the caller's transaction (the undo commands in
// core/document/reviewcommands.h open one per user action). Every update and delete of an
// existing row names the version the caller read ("expectedVersion"): when the stored row has
// another version (someone else saved it meanwhile) or is gone, the write changes nothing and
// returns an error that says so in words; the caller rolls back. Updates return the new version.
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
    // Assignments of a cycle's applications (both roles) not submitted yet.
    Result<int> openAssignmentCount(const QString &cycleId) const;

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

    // --- the read model of one cycle and role (see ReviewCycleData), in a few queries ---
    Result<ReviewCycleData> loadCycle(const QString &cycleId, const QString &role) const;
    // Both roles of a cycle (mentee, then mentor), as the review files and packets need them.
    Result<QList<ReviewCycleData>> loadCycleRoles(const QString &cycleId) const;

    // --- cycle settings (see ReviewSettings for where each one lives) ---
    Result<ReviewSettings> loadSettings(const QString &cycleId) const;
    Status saveSettings(const QString &cycleId, const ReviewSettings &settings, const QString &actor);

    // --- reviewers ---
    Result<Reviewer> loadReviewer(const QString &reviewerId) const;
    Result<int> updateReviewer(const Reviewer &reviewer, const QString &actor); // version-checked
    Status removeReviewer(const QString &reviewerId, int expectedVersion);      // conflicts go too (cascade)
    Result<ReviewerUsage> reviewerUsage(const QString &reviewerId) const;
    // Libraries a reviewer is known to work at: those of the applications (any cycle) of people
    // whose normalized email is the reviewer's. Keyed by reviewer id; reviewers without any are
    // absent. (Reviewers have no library of their own in the schema.)
    Result<QHash<QString, QStringList>> reviewerLibraries() const;

    // --- conflicts of interest ---
    // Every conflict (any status), or those of one reviewer; by reviewer, then person.
    Result<QList<Conflict>> listConflicts(const QString &reviewerId = {}) const;
    Result<Conflict> loadConflict(const QString &conflictId) const;
    // Writes source, status and reason (reviewer and person are identity). Version-checked.
    Result<int> updateConflict(const Conflict &conflict, const QString &actor);
    Status removeConflict(const QString &conflictId, int expectedVersion);
    // For undo: puts back a conflict row as it was (id, version included).
    Status restoreConflict(const Conflict &conflict, const QString &actor);
    // The conflict row of a reviewer and a person (any status), if any.
    Result<std::optional<Conflict>> findConflict(const QString &reviewerId, const QString &personId) const;

    // --- rubric ---
    Result<Criterion> loadCriterion(const QString &criterionId) const;
    // Writes name, guidance, scale, weight, N/A and sort order (cycle and role are identity).
    Result<int> updateCriterion(const Criterion &criterion, const QString &actor);
    Status removeCriterion(const QString &criterionId, int expectedVersion);
    // Scored cells (a value or N/A) of a criterion; and of those, values outside [min, max].
    Result<int> scoredCellCount(const QString &criterionId) const;
    Result<int> scoresOutside(const QString &criterionId, int scaleMin, int scaleMax) const;
    Result<int> notApplicableCount(const QString &criterionId) const;
    // Every score row of a criterion (scored or not).
    Result<QList<Score>> scoresOfCriterion(const QString &criterionId) const;

    // --- assignments ---
    // The assignments of a cycle's applications (of one role when role is not empty).
    Result<QList<Assignment>> listAssignments(const QString &cycleId, const QString &role = {}) const;
    Result<Assignment> loadAssignment(const QString &assignmentId) const;
    Result<std::optional<Assignment>> findAssignment(const QString &applicationId, const QString &reviewerId) const;
    // Writes comment and submitted_at (an invalid QDateTime clears it). Version-checked.
    Result<int> updateAssignment(const Assignment &assignment, const QString &actor);
    // Sets or clears (invalid submittedAt) the submission time. Version-checked.
    Result<int> setSubmitted(const QString &assignmentId, const QDateTime &submittedAt, int expectedVersion,
                             const QString &actor, StatementCache *cache = nullptr);
    // The assignments of one reviewer in a cycle (any role).
    Result<QList<Assignment>> assignmentsOfReviewer(const QString &cycleId, const QString &reviewerId) const;
    // Deletes the assignment; its score rows go with it (cascade): callers that must restore
    // them read scoresOfAssignment() first.
    Status removeAssignment(const QString &assignmentId, int expectedVersion);
    // For undo: puts back an assignment as it was (id, version, submission included).
    Status restoreAssignment(const Assignment &assignment, const QString &actor);

    // --- scores ---
    // The score rows of a cycle's assignments for one role (every criterion of that role).
    Result<QList<Score>> listScores(const QString &cycleId, const QString &role) const;
    Result<QList<Score>> scoresOfAssignment(const QString &assignmentId) const;
    // The score rows of one reviewer's assignments in a cycle.
    Result<QList<Score>> scoresOfReviewer(const QString &cycleId, const QString &reviewerId) const;
    // The same with who wrote each row last and when (for merges that show both sides).
    struct ScoreRow
    {
        Score score;
        QString updatedBy;
        QString updatedAt;
    };
    Result<QList<ScoreRow>> scoreRowsOfAssignment(const QString &assignmentId) const;
    struct AssignmentRow
    {
        Assignment assignment;
        QString updatedBy;
        QString updatedAt;
    };
    // The assignment with who changed it last and when; none when it is gone.
    Result<std::optional<AssignmentRow>> assignmentRow(const QString &assignmentId) const;
    Result<std::optional<Score>> findScore(const QString &assignmentId, const QString &criterionId) const;
    // Writes one cell (value, or none; not_applicable). expectedVersion 0 means "the cell has no
    // row yet": it is inserted (score.id is used, or a new one made); a row found there is a
    // conflict. Otherwise the row of (assignment, criterion) must have that version. The
    // caller checks the value against the criterion (see SetScoresCommand). Returns the version.
    // Writers of many cells (a packet merge) pass one StatementCache for all of them.
    Result<int> upsertScore(const Score &score, int expectedVersion, const QString &actor,
                            StatementCache *cache = nullptr);
    Status removeScore(const QString &assignmentId, const QString &criterionId, int expectedVersion,
                       StatementCache *cache = nullptr);
    // For undo: puts back a score row as it was (id, version included).
    Status restoreScore(const Score &score, const QString &actor);

    // --- decisions ---
    // The decisions of a cycle's applications (of one role when role is not empty).
    Result<QList<Decision>> listDecisions(const QString &cycleId, const QString &role = {}) const;
    Result<std::optional<Decision>> findDecision(const QString &applicationId) const;
    // expectedVersion 0: the application has no decision yet (one found is a conflict).
    Result<int> upsertDecision(const Decision &decision, int expectedVersion, const QString &actor);
    Status removeDecision(const QString &applicationId, int expectedVersion);
    // For undo: puts back a decision row as it was (id, version included).
    Status restoreDecision(const Decision &decision, const QString &actor);
    // The status an application has and its version (for decisions, which set the status).
    struct ApplicationState
    {
        QString code;
        QString status;
        QString statusReason;
        int version = 0;
        QString id;
        QString cycleId;
        QString personId;
        QString role;
    };
    Result<ApplicationState> applicationState(const QString &applicationId) const;
    // The same for every application of a cycle, by id (for commands working on many at once).
    Result<QHash<QString, ApplicationState>> applicationStates(const QString &cycleId) const;
    // Sets an application's status and reason where its version still is expectedVersion.
    Result<int> setApplicationStatus(const QString &applicationId, const QString &status, const QString &reason,
                                     int expectedVersion, const QString &actor);

    // The sum of the capacities of a cycle's accepted mentors.
    Result<int> acceptedMentorCapacity(const QString &cycleId) const;

private:
    // Where the rows read went in their list: positionOf[row read] and rowAt[position], both empty
    // when the rows were read in the list's order.
    struct ReadOrder
    {
        std::vector<int> positionOf;
        std::vector<int> rowAt;
        // The position of the row read after the one now at position (a guess for the next).
        int next(int position) const
        {
            if (position < 0 || rowAt.empty())
                return position + 1;
            const std::size_t row = std::size_t(rowAt[std::size_t(position)]) + 1;
            return row < positionOf.size() ? positionOf[row] : -1;
        }
    };
    // loadCycle()'s steps, each filling one list of the read model (in its order) and its lookup.
    Status readApplications(ReviewCycleData &data, IdIndex &byPerson) const;
    Status readAssignments(ReviewCycleData &data, ReadOrder &order) const;
    Status readCells(ReviewCycleData &data, const ReadOrder &assignmentOrder) const;
    Status readDecisions(ReviewCycleData &data) const;
    Status readConflicts(ReviewCycleData &data, const IdIndex &byPerson) const;
    Status readOtherRoleLoads(ReviewCycleData &data) const;
    QString cellName(const QString &assignmentId, const QString &criterionId) const;
    Error staleRow(const QString &table, const QString &where, const QVariantList &values, const QString &what) const;
    Result<int> countFor(const QString &sql, const QString &cycleId, const QString &what) const;

    Database &m_db;
};

} // namespace cohort
