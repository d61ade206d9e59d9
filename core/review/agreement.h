#pragma once

#include "result.h"
#include "review/scoreobservation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace cohort {

// Krippendorff's alpha for interval data: units are applications, coders are reviewers,
// missing cells are allowed. Undefined (alpha is then 0 and must not be shown as a number) when
// no application has two scores, or when every pairable score is the same (no expected
// disagreement: 0/0).
struct KrippendorffAlpha
{
    enum class State
    {
        Defined,
        NoPairableValues, // no application has 2 or more scores
        NoVariation,      // all pairable scores equal
    };

    State state = State::NoPairableValues;
    double alpha = 0.0;                // 1 − Do/De; only when state is Defined
    int pairableValues = 0;            // n: the scores in applications with 2 or more scores
    int pairableUnits = 0;             // applications with 2 or more scores
    double observedDisagreement = 0.0; // Do
    double expectedDisagreement = 0.0; // De

    bool defined() const { return state == State::Defined; }
    // "α = 0.849 (40 scores in 11 applications)" or why it is undefined, in words.
    QString text() const;
};

enum class DisagreementMeasure
{
    StandardDeviation, // sample sd of the application's scores
    Range,             // highest − lowest score
};

struct ApplicationDisagreement
{
    int application = 0;
    int reviewCount = 0;
    double mean = 0.0;
    double sd = 0.0; // sample standard deviation (n − 1)
    double range = 0.0;
};

class Agreement
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Agreement)

public:
    // Krippendorff's alpha, interval metric δ²(c, k) = (c − k)². Fails on a negative index, a
    // non-finite score or one reviewer scoring one application twice. O(n) time.
    static Result<KrippendorffAlpha> intervalAlpha(const QList<ScoreObservation> &observations);

    // The applications with 2 or more scores on which the reviewers disagree most, most first
    // (then by the other measure, then by application index); limit <= 0 lists them all.
    static Result<QList<ApplicationDisagreement>>
    strongestDisagreements(const QList<ScoreObservation> &observations, int limit,
                           DisagreementMeasure measure = DisagreementMeasure::StandardDeviation);
};

} // namespace cohort
