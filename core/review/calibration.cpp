#include "review/calibration.h"

#include "review/observationindex.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace cohort {

namespace {

// A spread this small against the scores' size is rounding, not a preference.
bool isNoVariation(double sd, double mean)
{
    return sd <= 1e-12 * std::max(1.0, std::abs(mean));
}

// Union-find with path halving and union by size.
class DisjointSets
{
public:
    explicit DisjointSets(int count) : m_parent(std::size_t(count)), m_size(std::size_t(count), 1)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }
    int find(int x)
    {
        while (m_parent[std::size_t(x)] != x) {
            m_parent[std::size_t(x)] = m_parent[std::size_t(m_parent[std::size_t(x)])];
            x = m_parent[std::size_t(x)];
        }
        return x;
    }
    void unite(int x, int y)
    {
        x = find(x);
        y = find(y);
        if (x == y)
            return;
        if (m_size[std::size_t(x)] < m_size[std::size_t(y)])
            std::swap(x, y);
        m_parent[std::size_t(y)] = x;
        m_size[std::size_t(x)] += m_size[std::size_t(y)];
    }

private:
    std::vector<int> m_parent;
    std::vector<int> m_size;
};

// The same scores grouped by reviewer (sorted by application within a reviewer).
struct ByReviewer
{
    struct Entry
    {
        int application = 0;
        double value = 0.0;
    };
    std::vector<int> start;
    std::vector<Entry> entries;

    explicit ByReviewer(const ObservationIndex &index)
        : start(std::size_t(index.reviewerCount) + 1, 0), entries(index.entries.size())
    {
        for (const ObservationIndex::Entry &e : index.entries)
            ++start[std::size_t(e.reviewer) + 1];
        for (int r = 0; r < index.reviewerCount; ++r)
            start[std::size_t(r) + 1] += start[std::size_t(r)];
        std::vector<int> next(start.begin(), start.end() - 1);
        for (int a = 0; a < index.applicationCount; ++a)
            for (int i = index.start[std::size_t(a)]; i < index.start[std::size_t(a) + 1]; ++i) {
                const ObservationIndex::Entry &e = index.entries[std::size_t(i)];
                entries[std::size_t(next[std::size_t(e.reviewer)]++)] = {a, e.value};
            }
    }
};

// Ranks 1, 2, … by descending score over the reviewed applications. Scores are compared on a
// grid of `quantum` (rounded to the nearest multiple), so that two scores equal but for rounding
// noise (sums in another order, an iterative fit stopped at its tolerance) are a tie; ties go to
// the lower application index, so ranks never depend on sort stability or input order.
template <typename ScoreOf, typename SetRank>
void rankApplications(const std::vector<int> &reviewed, double quantum, ScoreOf scoreOf, SetRank setRank)
{
    std::vector<std::pair<double, int>> keyed;
    keyed.reserve(reviewed.size());
    for (const int a : reviewed)
        keyed.emplace_back(std::round(scoreOf(a) / quantum), a);
    std::sort(keyed.begin(), keyed.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        setRank(keyed[i].second, int(i) + 1);
}

} // namespace

double ApplicationCalibration::score(CalibrationMethod method) const
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

int ApplicationCalibration::rank(CalibrationMethod method) const
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

Result<CalibrationResult> Calibration::calibrate(const QList<ScoreObservation> &observations, int applicationCount,
                                                 int reviewerCount, const CalibrationOptions &options)
{
    if (applicationCount < 0 || reviewerCount < 0)
        return Error{tr("The numbers of applications and reviewers cannot be negative.")};
    if (options.minimumScoresForOwnScale < 2)
        return Error{tr("A reviewer's own scale needs at least 2 scores.")};
    if (!(options.offsetRidge >= 0.0) || !std::isfinite(options.offsetRidge) || !(options.offsetTolerance > 0.0) ||
        options.offsetMaxIterations < 1)
        return Error{tr("The settings of the reviewer-offset model are not valid.")};

    Result<ObservationIndex> built = ObservationIndex::build(observations, applicationCount, reviewerCount);
    if (!built)
        return Error{built.error()};
    const ObservationIndex &index = built.value();
    const ByReviewer byReviewer(index);
    const auto A = std::size_t(applicationCount);
    const auto R = std::size_t(reviewerCount);

    CalibrationResult result;
    result.applications.resize(qsizetype(A));
    result.reviewers.resize(qsizetype(R));
    ApplicationCalibration *apps = result.applications.data();
    ReviewerCalibration *revs = result.reviewers.data();

    // Committee mean and sample sd over every score.
    const std::size_t n = index.entries.size();
    if (n > 0) {
        double sum = 0.0;
        for (const auto &e : index.entries)
            sum += e.value;
        result.committeeMean = sum / double(n);
        double squares = 0.0;
        for (const auto &e : index.entries)
            squares += (e.value - result.committeeMean) * (e.value - result.committeeMean);
        result.committeeSd = n > 1 ? std::sqrt(squares / double(n - 1)) : 0.0;
    }
    const bool committeeVaries = n > 1 && !isNoVariation(result.committeeSd, result.committeeMean);

    // Per application: count, raw mean, spread.
    std::vector<int> reviewed;
    reviewed.reserve(A);
    for (std::size_t a = 0; a < A; ++a) {
        const int first = index.start[a];
        const int last = index.start[a + 1];
        if (first == last)
            continue;
        reviewed.push_back(int(a));
        double sum = 0.0;
        double low = index.entries[std::size_t(first)].value;
        double high = low;
        for (int i = first; i < last; ++i) {
            const double v = index.entries[std::size_t(i)].value;
            sum += v;
            low = std::min(low, v);
            high = std::max(high, v);
        }
        apps[a].reviewCount = last - first;
        apps[a].rawMean = sum / double(last - first);
        apps[a].spread = high - low;
    }

    // Per reviewer: count, mean, sample sd and how their scores are standardized.
    for (std::size_t r = 0; r < R; ++r) {
        const int first = byReviewer.start[r];
        const int last = byReviewer.start[r + 1];
        ReviewerCalibration &rev = revs[r];
        rev.count = last - first;
        if (rev.count == 0)
            continue;
        double sum = 0.0;
        for (int i = first; i < last; ++i)
            sum += byReviewer.entries[std::size_t(i)].value;
        rev.mean = sum / double(rev.count);
        double squares = 0.0;
        for (int i = first; i < last; ++i) {
            const double d = byReviewer.entries[std::size_t(i)].value - rev.mean;
            squares += d * d;
        }
        rev.sd = rev.count > 1 ? std::sqrt(squares / double(rev.count - 1)) : 0.0;
        if (rev.count < options.minimumScoresForOwnScale)
            rev.zScoreBasis = ZScoreBasis::Committee;
        else if (isNoVariation(rev.sd, rev.mean))
            rev.zScoreBasis = ZScoreBasis::NoVariation;
        else
            rev.zScoreBasis = ZScoreBasis::Own;
    }

    // (b) Z-scores: each score as a standard score on its reviewer's own scale, z = (x − μ_r) / σ_r
    // (μ_r, σ_r: the reviewer's mean and sample sd), averaged per application and optionally
    // mapped back to the committee's scale as μ + σ·z̄ so that the number reads like a score.
    for (std::size_t a = 0; a < A; ++a) {
        const int first = index.start[a];
        const int last = index.start[a + 1];
        if (first == last)
            continue;
        double sum = 0.0;
        for (int i = first; i < last; ++i) {
            const ObservationIndex::Entry &e = index.entries[std::size_t(i)];
            const ReviewerCalibration &rev = revs[e.reviewer];
            switch (rev.zScoreBasis) {
            case ZScoreBasis::Own:
                sum += (e.value - rev.mean) / rev.sd;
                break;
            case ZScoreBasis::Committee:
                if (committeeVaries)
                    sum += (e.value - result.committeeMean) / result.committeeSd;
                break;
            case ZScoreBasis::NoVariation:
            case ZScoreBasis::NoScores:
                break;
            }
        }
        const double z = sum / double(last - first);
        apps[a].zScore = options.zScoresOnOriginalScale ? result.committeeMean + result.committeeSd * z : z;
    }

    // Connected components of the bipartite graph: nodes 0 … A−1 are applications, A … A+R−1
    // reviewers, an edge per score. Numbered by first appearance in application order.
    {
        DisjointSets sets(int(A + R));
        for (std::size_t a = 0; a < A; ++a)
            for (int i = index.start[a]; i < index.start[a + 1]; ++i)
                sets.unite(int(a), int(A) + index.entries[std::size_t(i)].reviewer);
        std::vector<int> label(A + R, -1);
        for (const int a : reviewed) {
            const int root = sets.find(a);
            if (label[std::size_t(root)] < 0) {
                label[std::size_t(root)] = result.componentCount++;
                result.componentApplicationCounts.append(0);
                result.componentReviewerCounts.append(0);
            }
            apps[a].component = label[std::size_t(root)];
            ++result.componentApplicationCounts[apps[a].component];
        }
        for (std::size_t r = 0; r < R; ++r) {
            if (revs[r].count == 0)
                continue;
            revs[r].component = label[std::size_t(sets.find(int(A + r)))];
            ++result.componentReviewerCounts[revs[r].component];
        }
    }

    // Harshness: for each score x_ar on an application with m ≥ 2 scores summing to S, the other
    // reviewers' mean is (S − x_ar)/(m − 1); average (that mean − x_ar) per reviewer.
    {
        std::vector<double> sumOfDeviations(R, 0.0);
        for (const int a : reviewed) {
            const int first = index.start[std::size_t(a)];
            const int last = index.start[std::size_t(a) + 1];
            const int m = last - first;
            if (m < 2)
                continue;
            double total = 0.0;
            for (int i = first; i < last; ++i)
                total += index.entries[std::size_t(i)].value;
            for (int i = first; i < last; ++i) {
                const ObservationIndex::Entry &e = index.entries[std::size_t(i)];
                sumOfDeviations[std::size_t(e.reviewer)] += (total - e.value) / double(m - 1) - e.value;
                ++revs[e.reviewer].sharedCount;
            }
        }
        for (std::size_t r = 0; r < R; ++r)
            if (revs[r].sharedCount > 0)
                revs[r].harshness = sumOfDeviations[r] / revs[r].sharedCount;
    }

    // (c) Reviewer-offset model x_ar = q_a + b_r + ε: the additive two-way model without
    // interaction on unbalanced data with missing cells (Searle, Linear Models for Unbalanced
    // Data, 1987), fitted by minimising Σ(x_ar − q_a − b_r)² + λ Σ b_r² with alternating (block
    // coordinate) least squares on the bipartite graph:
    //   q_a ← mean over a's reviewers of (x_ar − b_r)
    //   b_r ← Σ over r's applications of (x_ar − q_a) / (n_r + λ)
    //   then, per component, b_r ← b_r − mean(b) (and q implicitly + mean(b)).
    // q + c, b − c leaves the fit unchanged within a component, so the ridge's optimum has
    // Σ b_r = 0 per component; the centring step is the exact minimisation along that direction,
    // which removes the one slow mode of plain alternation. Each step lowers the (strictly convex)
    // objective, so the iteration converges to the unique optimum.
    {
        std::vector<double> q(A, 0.0);
        std::vector<double> b(R, 0.0);
        std::vector<double> next(R, 0.0);
        std::vector<double> componentSum(std::size_t(result.componentCount));
        const auto qStep = [&] {
            for (const int a : reviewed) {
                double sum = 0.0;
                for (int i = index.start[std::size_t(a)]; i < index.start[std::size_t(a) + 1]; ++i) {
                    const ObservationIndex::Entry &e = index.entries[std::size_t(i)];
                    sum += e.value - b[std::size_t(e.reviewer)];
                }
                q[std::size_t(a)] = sum / apps[a].reviewCount;
            }
        };
        result.offsetConverged = false;
        for (int iteration = 1; iteration <= options.offsetMaxIterations; ++iteration) {
            qStep();
            std::fill(componentSum.begin(), componentSum.end(), 0.0);
            for (std::size_t r = 0; r < R; ++r) {
                if (revs[r].count == 0)
                    continue;
                double sum = 0.0;
                for (int i = byReviewer.start[r]; i < byReviewer.start[r + 1]; ++i) {
                    const ByReviewer::Entry &e = byReviewer.entries[std::size_t(i)];
                    sum += e.value - q[std::size_t(e.application)];
                }
                next[r] = sum / (revs[r].count + options.offsetRidge);
                componentSum[std::size_t(revs[r].component)] += next[r];
            }
            double largestChange = 0.0;
            for (std::size_t r = 0; r < R; ++r) {
                if (revs[r].count == 0)
                    continue;
                const int c = revs[r].component;
                next[r] -= componentSum[std::size_t(c)] / result.componentReviewerCounts[c];
                largestChange = std::max(largestChange, std::abs(next[r] - b[r]));
            }
            b.swap(next);
            result.offsetIterations = iteration;
            if (largestChange < options.offsetTolerance) {
                result.offsetConverged = true;
                break;
            }
        }
        qStep(); // quality consistent with the final biases
        for (const int a : reviewed)
            apps[a].offsetScore = q[std::size_t(a)];
        for (std::size_t r = 0; r < R; ++r)
            revs[r].bias = b[r];
    }

    // Ties: within 1e-9 of the scores' magnitude, or for the offset model within 10 × its tolerance.
    double magnitude = 1.0;
    for (const auto &e : index.entries)
        magnitude = std::max(magnitude, std::abs(e.value));
    const double quantum = 1e-9 * magnitude;
    const double zQuantum = options.zScoresOnOriginalScale ? quantum : 1e-9;
    const double offsetQuantum = std::max(quantum, 10.0 * options.offsetTolerance);
    rankApplications(
        reviewed, quantum, [&](int a) { return apps[a].rawMean; }, [&](int a, int rank) { apps[a].rawRank = rank; });
    rankApplications(
        reviewed, zQuantum, [&](int a) { return apps[a].zScore; }, [&](int a, int rank) { apps[a].zScoreRank = rank; });
    rankApplications(
        reviewed, offsetQuantum, [&](int a) { return apps[a].offsetScore; },
        [&](int a, int rank) { apps[a].offsetRank = rank; });
    return result;
}

QList<AcceptanceChange> Calibration::acceptanceChanges(const CalibrationResult &result, CalibrationMethod first,
                                                       CalibrationMethod second, int places)
{
    QList<AcceptanceChange> lost;
    QList<AcceptanceChange> gained;
    const auto accepted = [places](int rank) {
        return rank >= 1 && rank <= places;
    };
    for (qsizetype a = 0; a < result.applications.size(); ++a) {
        const ApplicationCalibration &app = result.applications[a];
        const int firstRank = app.rank(first);
        const int secondRank = app.rank(second);
        if (accepted(firstRank) == accepted(secondRank))
            continue;
        const AcceptanceChange change{int(a), accepted(firstRank), firstRank, secondRank};
        (change.acceptedByFirst ? lost : gained).append(change);
    }
    std::sort(lost.begin(), lost.end(), [](const auto &x, const auto &y) { return x.firstRank < y.firstRank; });
    std::sort(gained.begin(), gained.end(), [](const auto &x, const auto &y) { return x.secondRank < y.secondRank; });
    return lost + gained;
}

QString Calibration::methodName(CalibrationMethod method)
{
    switch (method) {
    case CalibrationMethod::RawMean:
        return tr("Raw mean");
    case CalibrationMethod::ZScore:
        return tr("Z-score (per reviewer)");
    case CalibrationMethod::ReviewerOffset:
        return tr("Reviewer-offset model");
    }
    return {};
}

} // namespace cohort
