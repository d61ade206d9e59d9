#include "review/reviewstatistics.h"

#include "review/decisionrules.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace cohort {

namespace {

// Maps criteria values onto the rubric's scale (the first criterion's) and sums the weighted
// mean, as AssignmentTotal describes. `valueAt(i)` gives criterion i's cell: nullptr when unscored.
struct TotalBuilder
{
    explicit TotalBuilder(const QList<Criterion> &criteria) : m_criteria(criteria)
    {
        if (!criteria.isEmpty()) {
            m_min = criteria.first().scaleMin;
            m_max = criteria.first().scaleMax;
        }
    }

    double onRubricScale(int criterion, double value) const
    {
        const Criterion &c = m_criteria[criterion];
        if (c.scaleMin == m_min && c.scaleMax == m_max)
            return value;
        const double span = double(c.scaleMax - c.scaleMin);
        if (span <= 0)
            return value;
        return (value - c.scaleMin) / span * double(m_max - m_min) + m_min;
    }

    void add(int criterion, const std::optional<double> &value, bool notApplicable)
    {
        if (notApplicable) {
            ++m_total.scoredCells;
            return;
        }
        if (!value)
            return;
        ++m_total.scoredCells;
        const double weight = m_criteria[criterion].weight;
        if (weight > 0 && std::isfinite(*value)) {
            m_sum += weight * onRubricScale(criterion, *value);
            m_weights += weight;
        }
    }

    AssignmentTotal finish()
    {
        m_total.expectedCells = int(m_criteria.size());
        if (m_weights > 0)
            m_total.total = m_sum / m_weights;
        return m_total;
    }

private:
    const QList<Criterion> &m_criteria;
    int m_min = 1;
    int m_max = 5;
    double m_sum = 0.0;
    double m_weights = 0.0;
    AssignmentTotal m_total;
};

AssignmentTotal totalOf(const ReviewCycleData &data, int assignment)
{
    TotalBuilder builder(data.criteria);
    for (int c = 0; c < data.criteria.size(); ++c) {
        const int cell = data.cellIndex(assignment, c);
        if (cell >= 0)
            builder.add(c, data.cells[cell].value, data.cells[cell].notApplicable);
    }
    return builder.finish();
}

} // namespace

double ApplicationStatistics::score(CalibrationMethod method) const
{
    switch (method) {
    case CalibrationMethod::RawMean:
        return rawMean;
    case CalibrationMethod::ZScore:
        return zScore;
    case CalibrationMethod::ReviewerOffset:
        return offsetScore;
    }
    return rawMean;
}

int ApplicationStatistics::rank(CalibrationMethod method) const
{
    switch (method) {
    case CalibrationMethod::RawMean:
        return rawRank;
    case CalibrationMethod::ZScore:
        return zScoreRank;
    case CalibrationMethod::ReviewerOffset:
        return offsetRank;
    }
    return rawRank;
}

int ApplicationStatistics::rankChange(CalibrationMethod method) const
{
    if (rawRank == 0 || rank(method) == 0)
        return 0;
    return rawRank - rank(method);
}

QString ReviewStatistics::componentsText() const
{
    if (componentCount <= 1)
        return tr("All scored applications are connected through shared reviewers.");
    QStringList sizes;
    for (int count : componentApplicationCounts)
        sizes.append(QLocale().toString(count));
    return tr("%n separate group(s) of applications share no reviewer (%1 applications); calibrated scores compare "
              "only within a group.",
              nullptr, componentCount)
        .arg(QLocale().createSeparatedList(sizes));
}

AssignmentTotal ReviewStatistics::assignmentTotal(const ReviewCycleData &data, int assignment)
{
    if (assignment < 0 || assignment >= data.assignments.size())
        return {};
    return totalOf(data, assignment);
}

AssignmentTotal ReviewStatistics::weightedTotal(const QList<Criterion> &criteria,
                                                const QList<std::optional<double>> &values,
                                                const QList<bool> &notApplicable)
{
    TotalBuilder builder(criteria);
    for (int c = 0; c < criteria.size(); ++c) {
        const std::optional<double> value = c < values.size() ? values[c] : std::nullopt;
        builder.add(c, value, c < notApplicable.size() && notApplicable[c]);
    }
    return builder.finish();
}

Result<ReviewStatistics> ReviewStatistics::compute(const ReviewCycleData &data, const ReviewStatisticsOptions &options)
{
    ReviewStatistics stats;
    const int applicationCount = int(data.applications.size());
    const int reviewerCount = int(data.reviewers.size());
    const int criterionCount = int(data.criteria.size());

    stats.applications.resize(applicationCount);
    for (int a = 0; a < applicationCount; ++a) {
        stats.applications[a].application = a;
        const int d = data.decisionIndex(a);
        if (d >= 0)
            stats.applications[a].decision = data.decisions[d].outcome;
    }
    stats.reviewers.resize(reviewerCount);
    for (int r = 0; r < reviewerCount; ++r)
        stats.reviewers[r].reviewer = r;

    // Totals per assignment; the counted ones become the observations of the calibration.
    QList<ScoreObservation> totals;
    totals.reserve(data.assignments.size());
    QList<QList<ScoreObservation>> perCriterion(criterionCount);
    for (int i = 0; i < data.assignments.size(); ++i) {
        const ReviewAssignment &assignment = data.assignments[i];
        const int a = assignment.application;
        const int r = assignment.reviewer;
        if (a < 0 || a >= applicationCount || r < 0 || r >= reviewerCount)
            return Error{tr("The review data refers to an application or reviewer that is not loaded.")};
        if (!data.applications[a].inReview())
            continue;
        const AssignmentTotal total = totalOf(data, i);
        ApplicationStatistics::ReviewerTotal entry;
        entry.assignment = i;
        entry.reviewer = r;
        entry.total = total;
        entry.counted = total.complete() && total.total.has_value();
        stats.applications[a].totals.append(entry);

        ReviewerStatistics &reviewer = stats.reviewers[r];
        ++reviewer.assigned;
        reviewer.cellsScored += total.scoredCells;
        reviewer.cellsExpected += total.expectedCells;
        if (total.complete())
            ++reviewer.complete;
        if (assignment.submittedAt.isValid())
            ++reviewer.submitted;

        ++stats.assignmentCount;
        stats.cellsScored += total.scoredCells;
        stats.cellsExpected += total.expectedCells;
        if (total.complete())
            ++stats.assignmentsComplete;
        if (assignment.submittedAt.isValid())
            ++stats.assignmentsSubmitted;

        if (entry.counted)
            totals.append({a, r, *total.total});
        for (int c = 0; c < criterionCount; ++c) {
            const int cell = data.cellIndex(i, c);
            if (cell >= 0 && data.cells[cell].value && !data.cells[cell].notApplicable)
                perCriterion[c].append({a, r, *data.cells[cell].value});
        }
    }

    auto calibration = Calibration::calibrate(totals, applicationCount, reviewerCount, options.calibration);
    if (!calibration)
        return Error{calibration.error()};
    const CalibrationResult &result = calibration.value();
    for (int a = 0; a < applicationCount; ++a) {
        const ApplicationCalibration &c = result.applications[a];
        ApplicationStatistics &s = stats.applications[a];
        s.reviewCount = c.reviewCount;
        if (c.reviewCount == 0)
            continue;
        ++stats.rankedCount;
        s.rawMean = c.rawMean;
        s.zScore = c.zScore;
        s.offsetScore = c.offsetScore;
        s.spread = c.spread;
        s.component = c.component;
        s.rawRank = c.rawRank;
        s.zScoreRank = c.zScoreRank;
        s.offsetRank = c.offsetRank;
    }
    for (int r = 0; r < reviewerCount; ++r) {
        const ReviewerCalibration &c = result.reviewers[r];
        ReviewerStatistics &s = stats.reviewers[r];
        s.count = c.count;
        s.mean = c.mean;
        s.sd = c.sd;
        s.bias = c.bias;
        s.harshness = c.harshness;
        s.sharedCount = c.sharedCount;
        s.zScoreBasis = c.zScoreBasis;
        s.component = c.component;
    }
    stats.committeeMean = result.committeeMean;
    stats.committeeSd = result.committeeSd;
    stats.componentCount = result.componentCount;
    stats.componentApplicationCounts = result.componentApplicationCounts;
    stats.componentReviewerCounts = result.componentReviewerCounts;
    stats.offsetConverged = result.offsetConverged;
    stats.offsetIterations = result.offsetIterations;

    for (int c = 0; c < criterionCount; ++c) {
        auto alpha = Agreement::intervalAlpha(perCriterion[c]);
        if (!alpha)
            return Error{alpha.error()};
        stats.criterionAgreement.append({c, alpha.value()});
    }
    auto alpha = Agreement::intervalAlpha(totals);
    if (!alpha)
        return Error{alpha.error()};
    stats.totalAgreement = alpha.value();
    auto disagreements =
        Agreement::strongestDisagreements(totals, options.disagreementLimit, options.disagreementMeasure);
    if (!disagreements)
        return Error{disagreements.error()};
    stats.disagreements = disagreements.value();

    const std::optional<int> places = options.places ? options.places : DecisionRules::target(data);
    if (places && *places > 0) {
        stats.places = *places;
        const std::pair<CalibrationMethod, CalibrationMethod> pairs[] = {
            {CalibrationMethod::RawMean, CalibrationMethod::ZScore},
            {CalibrationMethod::RawMean, CalibrationMethod::ReviewerOffset},
            {CalibrationMethod::ZScore, CalibrationMethod::ReviewerOffset},
        };
        for (const auto &[first, second] : pairs)
            stats.comparisons.append({first, second, Calibration::acceptanceChanges(result, first, second, *places)});
    }
    return stats;
}

} // namespace cohort
