#pragma once

#include "result.h"
#include "review/agreement.h"
#include "review/calibration.h"
#include "review/reviewcycledata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

// One reviewer's weighted total for one application (one assignment).
//
// The total is the weighted mean of the criterion values on the rubric's scale: the scale of the
// rubric's first criterion (in sort order). A value of a criterion with another scale is mapped
// linearly onto it first ((v − min) / (max − min) × (max₀ − min₀) + min₀), so when every
// criterion shares one scale this is the plain weighted mean Σ wᵢvᵢ / Σ wᵢ. N/A cells are left
// out of both the numerator and the weights. `total` is empty when no cell with a weight > 0 has
// a value. Only a complete assignment (every criterion scored or N/A) counts in the statistics.
struct AssignmentTotal
{
    std::optional<double> total; // over the cells scored so far (the grid shows it while partial)
    int scoredCells = 0;         // cells with a value or N/A
    int expectedCells = 0;       // the rubric's criteria
    bool complete() const { return expectedCells > 0 && scoredCells == expectedCells; }
};

// One application in the committee grid. Indices are into ReviewCycleData's lists.
struct ApplicationStatistics
{
    int application = -1;
    // One per assignment of the application (in ReviewCycleData::assignmentsOf order).
    struct ReviewerTotal
    {
        int assignment = -1;
        int reviewer = -1;
        AssignmentTotal total;
        bool counted = false; // complete with a total: used by the statistics below
    };
    QList<ReviewerTotal> totals;
    int reviewCount = 0; // counted totals; the numbers below mean nothing when 0 (ranks are then 0)
    double rawMean = 0.0;
    double zScore = 0.0;      // on the committee's scale (see CalibrationOptions)
    double offsetScore = 0.0; // the reviewer-offset model's quality; compare within one component only
    double spread = 0.0;      // highest − lowest counted total
    int component = -1;
    int rawRank = 0; // 1 = best; 0 = unranked; ranks are among the cycle's applications in review
    int zScoreRank = 0;
    int offsetRank = 0;
    QString decision; // accepted, waitlisted, declined, or empty

    double score(CalibrationMethod method) const;
    int rank(CalibrationMethod method) const;
    // rank(raw) − rank(method): positive when calibration moves the application up. 0 if unranked.
    int rankChange(CalibrationMethod method = CalibrationMethod::ReviewerOffset) const;
};

// One reviewer (parallel to ReviewCycleData::reviewers).
struct ReviewerStatistics
{
    int reviewer = -1;
    int assigned = 0;  // assignments in this cycle and role
    int complete = 0;  // of those, fully scored
    int submitted = 0; // of those, submitted
    int count = 0;     // counted totals (complete, with a total)
    double mean = 0.0;
    double sd = 0.0;        // sample sd; 0 below 2 totals
    double bias = 0.0;      // reviewer-offset model: + lenient, − harsh
    double harshness = 0.0; // mean (co-reviewers' mean − own total): + harsher than co-reviewers
    int sharedCount = 0;    // applications behind harshness
    ZScoreBasis zScoreBasis = ZScoreBasis::NoScores;
    int component = -1;
    qint64 cellsScored = 0;
    qint64 cellsExpected = 0;
};

struct CriterionAgreement
{
    int criterion = -1; // index into ReviewCycleData::criteria
    KrippendorffAlpha alpha;
};

// The applications one method accepts and another does not, for `places` accepted.
struct MethodComparison
{
    CalibrationMethod first = CalibrationMethod::RawMean;
    CalibrationMethod second = CalibrationMethod::ReviewerOffset;
    QList<AcceptanceChange> changes; // AcceptanceChange::application indexes ReviewCycleData::applications
};

struct ReviewStatisticsOptions
{
    CalibrationOptions calibration;
    // The places for the acceptance comparison between methods; empty: the role's target
    // (DecisionRules::target()), or no comparison when there is none.
    std::optional<int> places;
    int disagreementLimit = 20; // most-disagreed applications listed; <= 0: all
    DisagreementMeasure disagreementMeasure = DisagreementMeasure::StandardDeviation;
};

// The committee's view of one cycle and role: calibrated scores and ranks, reviewers' scales,
// agreement, progress. Pure computation on a ReviewCycleData (Calibration and Agreement do the
// maths): O(cells + assignments log assignments). Only applications in review
// (ReviewApplication::inReview()) are ranked; the others keep reviewCount 0.
struct ReviewStatistics
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ReviewStatistics)

public:
    QList<ApplicationStatistics> applications; // parallel to ReviewCycleData::applications
    QList<ReviewerStatistics> reviewers;       // parallel to ReviewCycleData::reviewers
    double committeeMean = 0.0;                // over counted totals
    double committeeSd = 0.0;
    int rankedCount = 0; // applications with at least one counted total

    // Agreement: Krippendorff's interval alpha per criterion (the criterion's values of
    // complete-or-not assignments; N/A cells missing) and on the counted totals.
    QList<CriterionAgreement> criterionAgreement; // parallel to ReviewCycleData::criteria
    KrippendorffAlpha totalAgreement;
    // Applications where the reviewers disagree most (ApplicationDisagreement::application indexes
    // ReviewCycleData::applications).
    QList<ApplicationDisagreement> disagreements;

    // Connected components of the reviewer–application graph (the offset model is fitted per
    // component; offset scores compare only within one).
    int componentCount = 0;
    QList<int> componentApplicationCounts;
    QList<int> componentReviewerCounts;
    bool offsetConverged = true;
    int offsetIterations = 0;
    // "All scored applications are connected through shared reviewers." or "3 separate groups of
    // applications share no reviewer (120, 40 and 2 applications): …", translated.
    QString componentsText() const;

    // Acceptance changes between methods for `places` (0 when no comparison was made):
    // raw → z-score, raw → offset, z-score → offset.
    int places = 0;
    QList<MethodComparison> comparisons;

    // Scoring progress: cells scored (value or N/A) over cells expected (assignments × criteria).
    qint64 cellsScored = 0;
    qint64 cellsExpected = 0;
    int assignmentsComplete = 0;
    int assignmentsSubmitted = 0;
    int assignmentCount = 0;
    double progress() const { return cellsExpected > 0 ? double(cellsScored) / double(cellsExpected) : 0.0; }

    // Fails only on invalid options or inconsistent data (an index out of range).
    static Result<ReviewStatistics> compute(const ReviewCycleData &data, const ReviewStatisticsOptions &options = {});

    // The weighted total of one assignment (see AssignmentTotal), for the scoring grid's column.
    static AssignmentTotal assignmentTotal(const ReviewCycleData &data, int assignment);
    // The same from values given per criterion (parallel to criteria; an empty value is unscored,
    // notApplicable[i] marks N/A), for a row being edited.
    static AssignmentTotal weightedTotal(const QList<Criterion> &criteria, const QList<std::optional<double>> &values,
                                         const QList<bool> &notApplicable);
};

} // namespace cohort
