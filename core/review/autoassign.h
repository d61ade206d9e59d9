#pragma once

#include "domain/review.h"
#include "result.h"
#include "review/reviewcycledata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cohort {

// An application left with fewer than k reviewers by a proposal, in words.
struct AutoAssignShortfall
{
    QString applicationId;
    QString code;
    int missing = 0;
    QString reason;       // AssignmentShortfall::text(): "1 reviewer short: all remaining reviewers are at capacity"
    QString text() const; // "E-0042: 1 reviewer short: …"
};

// What automatic assignment proposes for one cycle and role; nothing is written until the
// proposal's `added` rows are passed to ChangeAssignmentsCommand.
struct AutoAssignProposal
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AutoAssignProposal)

public:
    qint64 seed = 0; // recorded in every added row
    int perApplication = 2;
    int applicationCount = 0;              // assignable applications considered
    QList<Assignment> added;               // new rows: new ids, source "auto", seed set, not submitted
    QList<AutoAssignShortfall> shortfalls; // by application code
    // Existing assignments that pair a reviewer with a person they have a confirmed conflict
    // with: kept (assignment never removes anything), listed so the chair can undo them by hand.
    QList<int> conflictedExisting; // indices into ReviewCycleData::assignments
    QList<int> loads;              // per reviewer (parallel to ReviewCycleData::reviewers): this role, after
    // "Proposed 240 assignments for 120 applications (2 per application, seed 42); 3 applications
    // are short of reviewers." — translated, with %n plurals.
    QString summary() const;
    QStringList shortfallTexts() const;
};

// Turns a cycle's review data into an assignment proposal with ReviewerAssignment
// (core/review/assignment.h: balanced, never a conflicted pair, existing kept, seeded):
// - applications: ReviewApplication::assignable() (status eligible or under_review, or received
//   with an eligible verdict; decided, ineligible and withdrawn ones get no new reviewers);
// - reviewers: active ones; a reviewer's room is capacity − assignments already in this cycle
//   (both roles: ReviewCycleData::otherRoleLoads); inactive reviewers get no new assignments but
//   their existing ones are kept and counted;
// - conflicts: confirmed conflict rows (reviewer × person) keep the reviewer off every application
//   of that person; suggested and dismissed ones do not;
// - existing assignments of assignable applications are kept and count towards k and loads.
// The same data, k and seed always give the same proposal (new ids aside).
class AutoAssign
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AutoAssign)

public:
    // Fails on k < 1 or when there is nothing to assign to (no active reviewer with room is not
    // a failure: every application is then reported short).
    static Result<AutoAssignProposal> propose(const ReviewCycleData &data, int perApplication,
                                              std::optional<qint64> seed = std::nullopt);
};

} // namespace cohort
