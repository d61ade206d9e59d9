#pragma once

#include "domain/review.h"
#include "domain/reviewer.h"
#include "review/reviewcycledata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <optional>

namespace cohort {

class ProgramDocument;
struct DecisionImportPlan;
struct ScoreImportPlan;

// Undoable changes to review: the rubric, reviewers, conflicts of interest, assignments, scores,
// submissions, decisions and a cycle's review settings. Like the application commands, each one
// - writes through ReviewStore in ONE transaction together with an audit entry (action
//   "review.<what>", "….undo" for undo), so a failure leaves nothing half-written;
// - checks by content before writing: what it is about to change (or put back) must still be
//   what it read or wrote; a row someone else changed meanwhile is a conflict, reported through
//   ProgramDocument::reportFailure() in words, never a silent overwrite;
// - in its first redo(), on any failure (a refusal, a conflict, a read-only program), marks
//   itself obsolete so that the stack drops it (ProgramDocument::execute() returns the message);
// - emits its change signal after a successful redo() or undo(): reviewChanged(cycleId) for
//   criteria, assignments, scores, submissions and settings; reviewersChanged() for reviewers
//   and conflicts; decisions emit reviewChanged(cycleId) and applicationsChanged(cycleId).
// Push them with ProgramDocument::execute() (or executeAsOne() for several as one step).
//
// All the commands take the rows as the caller has them (e.g. from ReviewCycleData); ids of new
// rows are made by the constructor when empty.

// --- rubric ---

// Adds a criterion to a cycle's rubric for one role. Refused: empty name, scale_max <= scale_min,
// negative weight, role not mentor/mentee.
class AddCriterionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AddCriterionCommand)

public:
    AddCriterionCommand(ProgramDocument &document, Criterion criterion, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override; // refused once the criterion has scores
    const Criterion &criterion() const { return m_criterion; }

private:
    ProgramDocument &m_document;
    Criterion m_criterion;
    bool m_first = true;
};

// Replaces a criterion's name, guidance, scale, weight, N/A and sort order. Refused: what
// AddCriterionCommand refuses; a scale that leaves stored values outside it; turning N/A off while
// cells are N/A.
class EditCriterionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::EditCriterionCommand)

public:
    EditCriterionCommand(ProgramDocument &document, Criterion before, Criterion after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Criterion m_before;
    Criterion m_after;
    bool m_first = true;
};

// Removes a criterion; refused while any cell of it is scored (a value or N/A). Unscored
// score rows of it go with it and come back on undo.
class RemoveCriterionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::RemoveCriterionCommand)

public:
    RemoveCriterionCommand(ProgramDocument &document, Criterion criterion, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Criterion m_criterion;
    QList<Score> m_removedRows; // unscored rows deleted with it
    bool m_first = true;
};

// Copies the rubric of another cycle for one role into a cycle, in one step: each criterion
// gets a new id and is appended after the target's own criteria; criteria whose name the target
// already has (case-insensitive) are skipped. Refused when nothing is left to copy.
class CopyRubricCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::CopyRubricCommand)

public:
    CopyRubricCommand(ProgramDocument &document, QString fromCycleId, QString toCycleId, QString role,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override; // refused once a copied criterion has scores
    const QList<Criterion> &copied() const { return m_copied; }

private:
    ProgramDocument &m_document;
    QString m_fromCycleId;
    QString m_toCycleId;
    QString m_role;
    QList<Criterion> m_copied; // decided by the first redo(), re-inserted as they are by later ones
    bool m_first = true;
};

// --- reviewers ---

// Adds a reviewer. Refused: empty name, negative capacity, role not chair/member.
class AddReviewerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AddReviewerCommand)

public:
    AddReviewerCommand(ProgramDocument &document, Reviewer reviewer, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override; // refused once the reviewer has assignments
    const Reviewer &reviewer() const { return m_reviewer; }

private:
    ProgramDocument &m_document;
    Reviewer m_reviewer;
    bool m_first = true;
};

// Replaces a reviewer's name, email, role, capacity and active flag (deactivating is how a
// reviewer with assignments leaves: their assignments stay, automatic assignment skips them).
class EditReviewerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::EditReviewerCommand)

public:
    EditReviewerCommand(ProgramDocument &document, Reviewer before, Reviewer after, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Reviewer m_before;
    Reviewer m_after;
    bool m_first = true;
};

// Removes a reviewer; refused while they have assignments (in any cycle) or are a match's
// liaison — deactivate them instead. Their conflicts of interest go with them and come back on
// undo.
class RemoveReviewerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::RemoveReviewerCommand)

public:
    RemoveReviewerCommand(ProgramDocument &document, Reviewer reviewer, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    Reviewer m_reviewer;
    QList<Conflict> m_conflicts;
    bool m_first = true;
};

// --- conflicts of interest ---

// Adds conflicts (one declared by hand, or accepted suggestions from ConflictSuggestions) as one
// step. Refused when a pair already has a conflict row.
class AddConflictsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AddConflictsCommand)

public:
    AddConflictsCommand(ProgramDocument &document, QList<Conflict> conflicts, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QList<Conflict> m_conflicts;
    bool m_first = true;
};

// Confirms or dismisses conflicts (status "confirmed", "dismissed" or back to "suggested"), with
// an optional new reason (empty keeps each one's reason), as one step.
class SetConflictStatusCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetConflictStatusCommand)

public:
    SetConflictStatusCommand(ProgramDocument &document, QList<Conflict> before, QString status, QString reason = {},
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QList<Conflict> m_before;
    QList<Conflict> m_after;
    bool m_first = true;
};

class RemoveConflictsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::RemoveConflictsCommand)

public:
    RemoveConflictsCommand(ProgramDocument &document, QList<Conflict> conflicts, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QList<Conflict> m_conflicts;
    bool m_first = true;
};

// --- assignments ---

// Adds and removes assignments of one cycle as one step: a drag onto a reviewer, a menu
// action, or an automatic proposal (AutoAssignProposal::added). Adds are refused for a pair that
// is already assigned, an application of another cycle, or a reviewer with a confirmed conflict
// with the applicant. A removal of an assignment that has score rows is refused unless
// `removeScores` is set; then the scores go too and undo restores them exactly.
class ChangeAssignmentsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ChangeAssignmentsCommand)

public:
    enum class ScoredRemoval
    {
        Refuse,
        RemoveScores
    };

    ChangeAssignmentsCommand(ProgramDocument &document, QString cycleId, QList<Assignment> adds,
                             QList<Assignment> removes, ScoredRemoval scored = ScoredRemoval::Refuse,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    QList<Assignment> m_adds;
    QList<Assignment> m_removes;
    ScoredRemoval m_scored;
    QList<Score> m_removedScores; // of the removed assignments, restored by undo()
    bool m_first = true;
};

// --- scores ---

// One cell edit: the value after (empty = clear the cell) or N/A.
struct ScoreEdit
{
    QString assignmentId;
    QString criterionId;
    std::optional<double> value;
    bool notApplicable = false;
};

// Writes score cells of one cycle as one step: one typed cell, Delete on a selection, or a
// pasted block. Refused, with nothing written: a value outside the criterion's scale ("Score 7
// for “Experience” is outside 1–5."), a value that is not a finite number, N/A where the
// criterion does not allow it, a value and N/A together, a criterion of another role or cycle
// than the assignment's application, and a cell of a submitted assignment (unsubmit first).
// Clearing a cell deletes its row. Cells whose stored content already equals the edit are left
// alone. Consecutive edits of the same single cell merge into one undo step (mergeWith()).
class SetScoresCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetScoresCommand)

public:
    SetScoresCommand(ProgramDocument &document, QString cycleId, QList<ScoreEdit> edits,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    struct Cell
    {
        QString assignmentId;
        QString criterionId;
        std::optional<Score> before; // the stored row as the first redo() found it
        std::optional<Score> after;  // the row as written (empty: cleared)
    };
    ProgramDocument &m_document;
    QString m_cycleId;
    QList<ScoreEdit> m_edits;
    QList<Cell> m_cells;
    bool m_first = true;
};

// Sets the comment of one assignment (the grid's comment column); typing merges into one step.
class SetAssignmentCommentCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetAssignmentCommentCommand)

public:
    SetAssignmentCommentCommand(ProgramDocument &document, QString cycleId, QString assignmentId, QString comment,
                                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_assignmentId;
    QString m_before;
    QString m_after;
    bool m_first = true;
};

// Submits (or unsubmits) assignments, e.g. all of one reviewer's in a cycle, as one step.
// Submitting is refused while one of them has unscored cells (the message names the
// applications); already-submitted ones (or unsubmitted ones, when unsubmitting) are left alone.
class SubmitAssignmentsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SubmitAssignmentsCommand)

public:
    SubmitAssignmentsCommand(ProgramDocument &document, QString cycleId, QStringList assignmentIds, bool submit,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    QStringList m_assignmentIds;
    bool m_submit;
    QList<Assignment> m_before; // the rows the first redo() changed, as they were
    QDateTime m_at;             // the submission time written
    bool m_first = true;
};

// --- decisions ---

// One decision: the outcome (accepted, waitlisted, declined; empty removes the decision) and the
// rationale (required by the caller where DecisionRules::departures() says so).
struct DecisionEdit
{
    QString applicationId;
    QString outcome;
    QString reason;
};

// Sets decisions of one cycle as one step. Each decision stores the outcome and rationale
// (decided_on = today, decided_by = the actor) and sets the application's status to the outcome
// (status_reason = the rationale); removing a decision sets the status back to under_review.
// Refused: an unknown outcome, an application of another cycle, or one whose status is
// withdrawn or ineligible. Undo restores the decision rows and the statuses (and reasons)
// exactly. Does not judge the calibrated order: callers ask DecisionRules first.
class SetDecisionsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetDecisionsCommand)

public:
    SetDecisionsCommand(ProgramDocument &document, QString cycleId, QList<DecisionEdit> edits,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct Change
    {
        QString applicationId;
        QString code;
        std::optional<Decision> before;
        std::optional<Decision> after;
        QString statusBefore, reasonBefore;
        QString statusAfter, reasonAfter;
    };
    ProgramDocument &m_document;
    QString m_cycleId;
    QList<DecisionEdit> m_edits;
    QList<Change> m_changes;
    bool m_first = true;
};

// --- settings ---

// Changes a cycle's review settings (blind review, reviewers per application, targets).
// Refused: perApplication < 1, a negative target.
class SetReviewSettingsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetReviewSettingsCommand)

public:
    SetReviewSettingsCommand(ProgramDocument &document, QString cycleId, ReviewSettings after,
                             QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    ReviewSettings m_before;
    ReviewSettings m_after;
    bool m_first = true;
};

// --- imports (see ReviewFiles) ---

// The commands that write a checked score import plan (scores, then comments) of one cycle,
// for ProgramDocument::executeAsOne(); `data` is what the plan was made from. Empty when the
// plan changes nothing.
QList<QUndoCommand *> scoreImportCommands(ProgramDocument &document, const QString &cycleId,
                                          const ScoreImportPlan &plan, const QList<ReviewCycleData> &data);
// The same for a decision import plan (one SetDecisionsCommand per role).
QList<QUndoCommand *> decisionImportCommands(ProgramDocument &document, const QString &cycleId,
                                             const DecisionImportPlan &plan, const QList<ReviewCycleData> &data);

} // namespace cohort
