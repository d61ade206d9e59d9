#include "review/observationindex.h"

#include <algorithm>
#include <cmath>

namespace cohort {

Result<ObservationIndex> ObservationIndex::build(const QList<ScoreObservation> &observations, int applicationCount,
                                                 int reviewerCount)
{
    const bool inferApplications = applicationCount < 0;
    const bool inferReviewers = reviewerCount < 0;
    if (inferApplications)
        applicationCount = 0;
    if (inferReviewers)
        reviewerCount = 0;
    for (const ScoreObservation &o : observations) {
        if (!std::isfinite(o.value))
            return Error{tr("A score of application %1 by reviewer %2 is not a number.")
                             .arg(o.application + 1)
                             .arg(o.reviewer + 1)};
        if (o.application < 0 || (!inferApplications && o.application >= applicationCount))
            return Error{tr("A score names application %1, which is not in the list.").arg(o.application + 1)};
        if (o.reviewer < 0 || (!inferReviewers && o.reviewer >= reviewerCount))
            return Error{tr("A score names reviewer %1, who is not in the list.").arg(o.reviewer + 1)};
        if (inferApplications)
            applicationCount = std::max(applicationCount, o.application + 1);
        if (inferReviewers)
            reviewerCount = std::max(reviewerCount, o.reviewer + 1);
    }

    ObservationIndex index;
    index.applicationCount = applicationCount;
    index.reviewerCount = reviewerCount;
    index.start.assign(std::size_t(applicationCount) + 1, 0);
    for (const ScoreObservation &o : observations)
        ++index.start[std::size_t(o.application) + 1];
    for (int a = 0; a < applicationCount; ++a)
        index.start[std::size_t(a) + 1] += index.start[std::size_t(a)];

    index.entries.resize(std::size_t(observations.size()));
    std::vector<int> next(index.start.begin(), index.start.end() - 1);
    for (const ScoreObservation &o : observations)
        index.entries[std::size_t(next[std::size_t(o.application)]++)] = {o.reviewer, o.value};

    const auto byReviewer = [](const Entry &x, const Entry &y) {
        return x.reviewer < y.reviewer;
    };
    for (int a = 0; a < applicationCount; ++a) {
        const auto first = index.entries.begin() + index.start[std::size_t(a)];
        const auto last = index.entries.begin() + index.start[std::size_t(a) + 1];
        std::sort(first, last, byReviewer);
        const auto twice =
            std::adjacent_find(first, last, [](const Entry &x, const Entry &y) { return x.reviewer == y.reviewer; });
        if (twice != last)
            return Error{tr("Reviewer %1 has two scores for application %2.").arg(twice->reviewer + 1).arg(a + 1)};
    }
    return index;
}

} // namespace cohort
