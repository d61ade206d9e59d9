#pragma once

#include "result.h"
#include "review/scoreobservation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

// The ways of turning reviewers' scores into one number per application.
enum class CalibrationMethod
{
    RawMean,        // the plain mean of the application's scores
    ZScore,         // the mean of each reviewer's standardized scores
    ReviewerOffset, // the applicant-quality term of score = quality + reviewer bias
};

// How a reviewer's scores were standardized for CalibrationMethod::ZScore.
enum class ZScoreBasis
{
    NoScores,    // the reviewer scored nothing
    Own,         // z = (score − reviewer's mean) / reviewer's sd
    Committee,   // fewer than minimumScoresForOwnScale scores: z = (score − committee mean) / committee sd,
                 // i.e. the score counts uncalibrated, as there is too little to learn the reviewer's scale
    NoVariation, // every score the same: z = 0, as the reviewer expressed no preference among them
};

struct CalibrationOptions
{
    // Z-scores are mapped back to committee mean + z × committee sd, so they read like scores.
    bool zScoresOnOriginalScale = true;
    // A reviewer needs this many scores (at least 2) for their own mean and sd to be used.
    int minimumScoresForOwnScale = 2;
    // Reviewer-offset model: ridge λ on the biases (λ pseudo-scores of bias 0 per reviewer, so a
    // reviewer with few scores is pulled towards no bias), the largest change in a bias below
    // which the fit has converged, and the most alternating steps it may take.
    double offsetRidge = 1.0;
    double offsetTolerance = 1e-7;
    int offsetMaxIterations = 1000;
};

// One application. Scores and ranks mean nothing when reviewCount is 0: the values are then 0,
// the ranks 0 (unranked) and the component -1.
struct ApplicationCalibration
{
    int reviewCount = 0;
    double rawMean = 0.0;
    double spread = 0.0; // highest − lowest score
    double zScore = 0.0;
    double offsetScore = 0.0; // estimated quality; comparable only within one component
    int component = -1;
    // 1 is the best; ties go to the lower application index. Scores that differ only by rounding
    // (within 1e-9 of the scores' magnitude; for the offset model, 10 × offsetTolerance) are ties.
    int rawRank = 0;
    int zScoreRank = 0;
    int offsetRank = 0;

    double score(CalibrationMethod method) const;
    int rank(CalibrationMethod method) const;
};

// One reviewer. Meaningless (0, component -1) when count is 0.
struct ReviewerCalibration
{
    int count = 0;
    double mean = 0.0;
    double sd = 0.0; // sample standard deviation (n − 1); 0 with fewer than 2 scores
    ZScoreBasis zScoreBasis = ZScoreBasis::NoScores;
    double bias = 0.0; // reviewer-offset model; biases sum to 0 within each component
    // Mean of (co-reviewers' mean − own score) over the applications this reviewer shares with
    // others: positive = scores lower than the other reviewers of the same applications.
    double harshness = 0.0;
    int sharedCount = 0; // applications behind harshness (those with at least one other reviewer)
    int component = -1;
};

struct CalibrationResult
{
    QList<ApplicationCalibration> applications;
    QList<ReviewerCalibration> reviewers;
    double committeeMean = 0.0; // over all scores
    double committeeSd = 0.0;   // sample standard deviation over all scores
    // Connected components of the reviewer–application graph (an edge per score), numbered in
    // the order of their lowest application index. Offset scores compare only within one.
    int componentCount = 0;
    QList<int> componentApplicationCounts;
    QList<int> componentReviewerCounts;
    int offsetIterations = 0;
    bool offsetConverged = true;
};

// An application that one method accepts and the other declines, for a number of places.
struct AcceptanceChange
{
    int application = 0;
    bool acceptedByFirst = false; // accepted under the first method, declined under the second
    int firstRank = 0;
    int secondRank = 0;
};

class Calibration
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Calibration)

public:
    // Calibrates scores of applications 0 … applicationCount − 1 by reviewers 0 … reviewerCount − 1.
    // Fails on an index out of range, a non-finite score, a reviewer scoring an application twice
    // or invalid options. Deterministic: the same scores in any order give the same result.
    static Result<CalibrationResult> calibrate(const QList<ScoreObservation> &observations, int applicationCount,
                                               int reviewerCount, const CalibrationOptions &options = {});

    // With `places` applications accepted in rank order, the applications accepted under one of
    // the two methods but not under the other: first those that `first` accepts (by firstRank),
    // then those that `second` accepts (by secondRank).
    static QList<AcceptanceChange> acceptanceChanges(const CalibrationResult &result, CalibrationMethod first,
                                                     CalibrationMethod second, int places);

    static QString methodName(CalibrationMethod method);
};

} // namespace cohort
