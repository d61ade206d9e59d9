#pragma once

#include "domain/review.h"
#include "domain/reviewer.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace cohort {

// A cycle's review settings. Where they live: `blind` is the cycle row's blind_review column
// (the schema's own field, which the demo fills); the others are cycle-scoped rows of the
// settings table (scope = cycle id): "review.perApplication" (k, default 2),
// "review.target.mentor" and "review.target.mentee" (absent = no explicit target).
// Read them with ReviewStore::loadSettings(), change them with SetReviewSettingsCommand.
struct ReviewSettings
{
    bool blind = false;
    int perApplication = 2;
    std::optional<int> mentorTarget;
    std::optional<int> menteeTarget;

    std::optional<int> target(const QString &role) const
    {
        return role == QLatin1String("mentor") ? mentorTarget : menteeTarget;
    }
    bool operator==(const ReviewSettings &) const = default;
};

// The part of an application that review needs: one row of the committee grid.
struct ReviewApplication
{
    QString id;
    QString personId;
    QString code;        // the stable code shown instead of the name in blind review
    QString role;        // mentor, mentee
    QString displayName; // "First Last": hide when ReviewCycleData::settings.blind
    QString email;       // personal: hide when blind
    QString library;     // hide when blind
    QString status;      // received, eligible, …, accepted, waitlisted, declined, withdrawn
    QString eligibility; // unknown, eligible, ineligible
    int capacity = 1;    // mentors: how many mentees they can take
    int version = 1;     // the application row's version

    // Whether the application takes part in review (is counted, ranked, can be assigned):
    // - never when its status is ineligible or withdrawn;
    // - always when its status is eligible, under_review, accepted, waitlisted or declined
    //   (a person moved it past screening);
    // - when still received, only if the stored eligibility verdict is "eligible".
    bool inReview() const;
    // Whether automatic assignment gives it reviewers: inReview() and not yet decided
    // (status eligible, under_review, or received with an eligible verdict).
    bool assignable() const;
    // The code, or "code · name" when not blind.
    QString label(bool blind) const;
};

// An assignment with the indices of its application and reviewer in ReviewCycleData's lists
// (-1 when the application is not of the loaded role, which loadCycle never returns).
struct ReviewAssignment : Assignment
{
    int application = -1;
    int reviewer = -1;
};

// One stored cell of a scoring grid (a row of the scores table), by index. A cell without a row
// is unscored; a row may also be unscored (value empty and not N/A).
struct ReviewCell
{
    int assignment = -1; // index into ReviewCycleData::assignments
    int criterion = -1;  // index into ReviewCycleData::criteria
    std::optional<double> value;
    bool notApplicable = false;
    int version = 1;

    bool scored() const { return value.has_value() || notApplicable; }
};

// Everything about the review of one cycle and one role, read in a few queries by
// ReviewStore::loadCycle(). Plain data: the review arithmetic (ReviewStatistics, AutoAssign,
// ConflictSuggestions, DecisionRules) works on it without touching the database.
//
// Indices: lists are in a stable order (criteria by sort order; reviewers chair first, then by
// name; applications by code; assignments by application, then reviewer name; cells by
// assignment, then criterion). buildIndex() (called by loadCycle) fills the lookups below; call
// it again after changing the lists by hand (tests do).
struct ReviewCycleData
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ReviewCycleData)

public:
    QString cycleId;
    QString role; // mentor, mentee
    ReviewSettings settings;
    QList<Criterion> criteria;             // this cycle's rubric for this role
    QList<Reviewer> reviewers;             // every reviewer of the program, active or not
    QList<ReviewApplication> applications; // every application of the cycle and role
    QList<ReviewAssignment> assignments;   // of those applications
    QList<ReviewCell> cells;               // the stored score cells of those assignments
    QList<Decision> decisions;             // of those applications
    QList<Conflict> conflicts;             // any status, of the people of those applications
    // Per reviewer (parallel to reviewers): assignments in this cycle for the other role, which
    // also use the reviewer's capacity (capacity is per cycle, both roles together).
    QList<int> otherRoleLoads;
    // The sum of the capacities of the cycle's accepted mentors (the default mentee target).
    int acceptedMentorCapacity = 0;

    // --- lookups (filled by buildIndex()) ---
    int applicationIndex(const QString &applicationId) const { return m_applicationById.value(applicationId, -1); }
    int reviewerIndex(const QString &reviewerId) const { return m_reviewerById.value(reviewerId, -1); }
    int criterionIndex(const QString &criterionId) const { return m_criterionById.value(criterionId, -1); }
    int assignmentIndex(const QString &assignmentId) const { return m_assignmentById.value(assignmentId, -1); }
    // The assignment of a reviewer to an application, or -1.
    int assignmentIndex(int application, int reviewer) const;
    // The assignments of an application (indices into assignments), in list order.
    QList<int> assignmentsOf(int application) const;
    // The assignments of a reviewer, by application code.
    QList<int> assignmentsOfReviewer(int reviewer) const;
    // The stored cell of an assignment and criterion (index into cells), or -1.
    int cellIndex(int assignment, int criterion) const;
    // The decision of an application (index into decisions), or -1.
    int decisionIndex(int application) const;
    // The conflict row of a reviewer and a person (index into conflicts), or -1.
    int conflictIndex(const QString &reviewerId, const QString &personId) const;
    // Whether a confirmed conflict keeps the reviewer off the application.
    bool isConflicted(int application, int reviewer) const;

    void buildIndex();

private:
    friend class ReviewStore; // loadCycle() hands over the id lookups it built while reading
    // rehash: rebuild the id lookups too (false: they are already filled).
    void buildIndex(bool rehash);

    QHash<QString, int> m_applicationById;
    QHash<QString, int> m_reviewerById;
    QHash<QString, int> m_criterionById;
    QHash<QString, int> m_assignmentById;
    QHash<QString, int> m_conflictByPair;  // reviewerId + '|' + personId
    std::vector<int> m_byApplicationStart; // CSR: assignments of application a are
    std::vector<int> m_byApplication;      // m_byApplication[start[a] … start[a + 1] − 1]
    QList<QList<int>> m_byReviewer;
    std::vector<int> m_cellStart; // per assignment: index of its first cell in cells (+1 at the end)
    std::vector<int> m_decisionOf;
};

} // namespace cohort
