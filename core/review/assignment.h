#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

// A reviewer–application pair, by index into the caller's lists (0-based).
struct ReviewPair
{
    int application = 0;
    int reviewer = 0;

    bool operator==(const ReviewPair &) const = default;
};

struct AssignmentRequest
{
    int applicationCount = 0;
    QList<int> capacities;       // one per reviewer: the most applications they take (0: none)
    QList<ReviewPair> conflicts; // never assigned
    QList<ReviewPair> existing;  // kept; they count towards k and towards the reviewer's load
    int reviewersPerApplication = 2;
    std::optional<qint64> seed; // none: a fresh one, recorded in the result
};

// An application left with fewer than k reviewers, and why: once it could get no more, every
// reviewer not yet on it was conflicted or at capacity.
struct AssignmentShortfall
{
    enum class Reason
    {
        TooFewReviewers,        // every reviewer is already assigned to it
        AllConflicted,          // the remaining reviewers all have a conflict with it
        AllAtCapacity,          // the remaining reviewers are all at capacity
        ConflictedOrAtCapacity, // some of each
    };

    int application = 0;
    int missing = 0;    // k − reviewers it has
    int conflicted = 0; // reviewers not on it who have a conflict with it
    int atCapacity = 0; // reviewers not on it, without a conflict, at capacity
    Reason reason = Reason::TooFewReviewers;

    // "1 reviewer short: all remaining reviewers have a conflict of interest", translated.
    QString text() const;
};

struct AssignmentPlan
{
    qint64 seed = 0;                       // the seed used, to record with the new assignments
    QList<ReviewPair> added;               // the new pairs, by application, then in the order they were made
    QList<int> loads;                      // per reviewer, existing and added
    QList<AssignmentShortfall> shortfalls; // by application index
    QList<ReviewPair> conflictedExisting;  // existing pairs that are also conflicts: kept, to flag
};

// Balanced, conflict-aware automatic assignment of reviewers to applications (greedy):
// - in rounds j = 1 … k, every application with fewer than j reviewers gets one more, so that
//   when capacity runs short, applications end up one reviewer short rather than unread;
// - within a round, the most constrained applications (fewest eligible reviewers at the start)
//   come first, then by application index;
// - each slot goes to the eligible reviewer (not conflicted, not already on it, below capacity)
//   with the lowest load / capacity; equal ratios are broken by a std::mt19937_64 seeded with the
//   recorded seed. The same request and seed always give the same plan;
// - then, for an application still short while some reviewer has room, a repair looks for an
//   augmenting path (Kuhn / Ford–Fulkerson on the bipartite b-matching): a full reviewer who could
//   read it hands one of their new applications to another reviewer, and so on, until a reviewer
//   with room takes the last one. Existing pairs never move. The repair is bounded in work.
// Greedy: O(slots × (log reviewers + conflicts per application)).
class ReviewerAssignment
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ReviewerAssignment)

public:
    // Fails on k < 1, a negative capacity or application count, or a pair out of range or given
    // twice in `existing`.
    static Result<AssignmentPlan> assign(const AssignmentRequest &request);
};

} // namespace cohort
