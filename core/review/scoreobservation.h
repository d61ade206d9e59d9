#pragma once

namespace cohort {

// One reviewer's weighted total for one application, as the review computations take it: plain
// indices into the caller's lists of applications and reviewers (0-based), so that the maths never
// touches ids or the database. A cell without a score is simply absent.
struct ScoreObservation
{
    int application = 0;
    int reviewer = 0;
    double value = 0.0;
};

} // namespace cohort
