#pragma once

#include "result.h"
#include "review/scoreobservation.h"

#include <QCoreApplication>
#include <QList>

#include <vector>

namespace cohort {

// Scores grouped by application in compressed sparse rows: the scores of application a are
// entries[start[a]] … entries[start[a + 1] - 1], sorted by reviewer, whatever order the
// observations came in (so every sum below runs in one order and results are reproducible).
// Built in O(n + applications) by a counting sort. Shared by Calibration and Agreement.
struct ObservationIndex
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ObservationIndex)

public:
    struct Entry
    {
        int reviewer = 0;
        double value = 0.0;
    };

    int applicationCount = 0;
    int reviewerCount = 0;
    std::vector<int> start; // applicationCount + 1 offsets into entries
    std::vector<Entry> entries;

    int countOf(int application) const { return start[application + 1] - start[application]; }

    // A negative count is inferred from the largest index + 1. Fails on an index out of range,
    // a value that is not a finite number, or one reviewer scoring one application twice.
    static Result<ObservationIndex> build(const QList<ScoreObservation> &observations, int applicationCount,
                                          int reviewerCount);
};

} // namespace cohort
