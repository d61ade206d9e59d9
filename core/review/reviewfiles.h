#pragma once

#include "review/reviewcycledata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

struct CsvTable;
struct ReviewStatistics;

// One reason a line of an imported review file cannot be applied. The whole file is refused
// while there is any: nothing is written.
struct ReviewImportProblem
{
    int line = 0;   // 1-based line in the file
    QString column; // header text, empty for the whole row
    QString message;
};

// What a scores file would change, worked out against the stored review (nothing written yet).
struct ScoreImportPlan
{
    struct Cell
    {
        int line = 0;
        int assignment = -1; // index into the role's ReviewCycleData::assignments
        int criterion = -1;  // index into the role's ReviewCycleData::criteria
        std::optional<double> value;
        bool notApplicable = false;
    };
    struct Comment
    {
        int line = 0;
        int assignment = -1;
        QString comment;
    };
    struct Role
    {
        QList<Cell> cells;       // cells whose stored content differs from the file
        QList<Comment> comments; // assignment comments that differ
    };
    QList<Role> roles; // parallel to the data passed to ReviewFiles::planScores()
    QList<ReviewImportProblem> problems;
    int rows = 0;      // data rows read
    int blank = 0;     // rows with an empty value: left as stored
    int unchanged = 0; // cells already holding the file's value

    int changedCells() const;
    int changedComments() const;
    bool ok() const { return problems.isEmpty(); }
};

// What a decisions file would change.
struct DecisionImportPlan
{
    struct Change
    {
        int line = 0;
        int application = -1; // index into the role's ReviewCycleData::applications
        QString outcome;      // accepted, waitlisted, declined
        QString rationale;
    };
    QList<QList<Change>> roles; // parallel to the data passed to ReviewFiles::planDecisions()
    QList<ReviewImportProblem> problems;
    int rows = 0;
    int blank = 0;     // rows without a decision: left as stored
    int unchanged = 0; // applications that already have that decision and rationale

    int changed() const;
    bool ok() const { return problems.isEmpty(); }
};

// Review work in spreadsheets: the scores table to export, and plans for importing scores and
// decisions. Plans only; the caller writes a plan with SetScoresCommand,
// SetAssignmentCommentCommand and SetDecisionsCommand as one step (scoreImportCommands(),
// decisionImportCommands() in core/document/reviewcommands.h).
class ReviewFiles
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ReviewFiles)

public:
    // The scores export: reviewer, reviewer_email, application (the code), role, criterion,
    // value (a number, or N/A) and the reviewer's comment on the application; one row per scored
    // cell of each role's data, in the data's order. planScores() reads it back.
    static QStringList scoreHeader();
    static QList<QStringList> scoreRows(const QList<ReviewCycleData> &data);

    // Columns, by header (case and spacing ignored, any order, others ignored): "reviewer" (a
    // name) and/or "reviewer_email" (one is required; the email wins when both are there),
    // "application" (the code), "criterion" (the name), "value" (a number within the criterion's
    // scale, N/A where the criterion allows it, or empty to leave the cell as stored), and the
    // optional "comment" (the reviewer's comment on the application, empty = leave as stored) and
    // "role" (checked against the application's). `data` holds the cycle's review per role.
    // Problems name the line and column: an unknown reviewer, application or criterion, a
    // reviewer not assigned to the application, a value outside the scale, N/A where it is not
    // allowed, a cell given twice with different values, rows of one application and reviewer
    // with different comments, a change to scores the reviewer has submitted. Cells written by
    // the export with a neutralizing apostrophe ('-1) are read back without it.
    static ScoreImportPlan planScores(const CsvTable &table, const QList<ReviewCycleData> &data);

    // Columns: "application" (the code), "decision" (accepted, waitlisted, declined — also
    // accept, waitlist, decline; empty = leave as stored), and the optional "rationale" (or
    // "reason"). `statistics` is parallel to `data`. A decision that departs from the calibrated
    // order (DecisionRules) needs a rationale; so do those a file departs with together. Problems
    // also: an unknown code, an application given twice, one withdrawn or ineligible.
    static DecisionImportPlan planDecisions(const CsvTable &table, const QList<ReviewCycleData> &data,
                                            const QList<ReviewStatistics> &statistics);

    // "Line 4, column “value”: …" (or "Line 4: …" without a column).
    static QString problemText(const ReviewImportProblem &problem);
};

} // namespace cohort
