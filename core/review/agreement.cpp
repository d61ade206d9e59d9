#include "review/agreement.h"

#include "review/observationindex.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cohort {

QString KrippendorffAlpha::text() const
{
    switch (state) {
    case State::Defined:
        return Agreement::tr("α = %1 (%n score(s) in %2 application(s))", nullptr, pairableValues)
            .arg(QLocale().toString(alpha, 'f', 3))
            .arg(pairableUnits);
    case State::NoPairableValues:
        return Agreement::tr("Agreement cannot be measured yet: no application has two scores.");
    case State::NoVariation:
        return Agreement::tr("Agreement cannot be measured: every score is the same.");
    }
    return {};
}

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication, University of Pennsylvania. With m_u values in unit u and n = Σ m_u over the
// units with m_u ≥ 2 (the pairable values), the coincidence-matrix definitions
//   Do = (1/n) Σ_u 1/(m_u − 1) Σ_{i≠j in u} δ²(v_i, v_j)
//   De = 1/(n(n − 1)) Σ_{i≠j over all pairable values} δ²(v_i, v_j)
// reduce for the interval metric δ² = (v_i − v_j)², using Σ_{i≠j} (v_i − v_j)² = 2 m SS (SS the
// sum of squared deviations from the mean of the m values), to
//   Do = (2/n) Σ_u m_u SS_u / (m_u − 1),   De = 2 SS / (n − 1),   α = 1 − Do/De,
// one pass per unit instead of all pairs. SS is computed around the mean (two passes), so that
// scores far from zero keep their precision.
Result<KrippendorffAlpha> Agreement::intervalAlpha(const QList<ScoreObservation> &observations)
{
    Result<ObservationIndex> built = ObservationIndex::build(observations, -1, -1);
    if (!built)
        return Error{built.error()};
    const ObservationIndex &index = built.value();

    KrippendorffAlpha result;
    double sum = 0.0;
    double withinUnits = 0.0; // Σ_u m_u SS_u / (m_u − 1)
    for (int a = 0; a < index.applicationCount; ++a) {
        const int m = index.countOf(a);
        if (m < 2)
            continue;
        const auto first = index.entries.begin() + index.start[std::size_t(a)];
        const auto last = first + m;
        double unitSum = 0.0;
        for (auto e = first; e != last; ++e)
            unitSum += e->value;
        const double unitMean = unitSum / m;
        double unitSquares = 0.0;
        for (auto e = first; e != last; ++e)
            unitSquares += (e->value - unitMean) * (e->value - unitMean);
        withinUnits += m * unitSquares / (m - 1);
        sum += unitSum;
        result.pairableValues += m;
        ++result.pairableUnits;
    }
    if (result.pairableValues == 0)
        return result; // NoPairableValues

    const double n = result.pairableValues;
    const double mean = sum / n;
    double squares = 0.0;
    for (int a = 0; a < index.applicationCount; ++a) {
        if (index.countOf(a) < 2)
            continue;
        for (int i = index.start[std::size_t(a)]; i < index.start[std::size_t(a) + 1]; ++i) {
            const double d = index.entries[std::size_t(i)].value - mean;
            squares += d * d;
        }
    }
    result.observedDisagreement = 2.0 * withinUnits / n;
    result.expectedDisagreement = 2.0 * squares / (n - 1.0);
    // All pairable values equal (up to rounding in the means): De = 0 and alpha is 0/0.
    if (result.expectedDisagreement <= 1e-24 * std::max(1.0, mean * mean)) {
        result.state = KrippendorffAlpha::State::NoVariation;
        return result;
    }
    result.state = KrippendorffAlpha::State::Defined;
    result.alpha = 1.0 - result.observedDisagreement / result.expectedDisagreement;
    return result;
}

Result<QList<ApplicationDisagreement>> Agreement::strongestDisagreements(const QList<ScoreObservation> &observations,
                                                                         int limit, DisagreementMeasure measure)
{
    Result<ObservationIndex> built = ObservationIndex::build(observations, -1, -1);
    if (!built)
        return Error{built.error()};
    const ObservationIndex &index = built.value();

    std::vector<ApplicationDisagreement> rows;
    for (int a = 0; a < index.applicationCount; ++a) {
        const int m = index.countOf(a);
        if (m < 2)
            continue;
        const auto first = index.entries.begin() + index.start[std::size_t(a)];
        const auto last = first + m;
        ApplicationDisagreement row;
        row.application = a;
        row.reviewCount = m;
        double sum = 0.0;
        double low = first->value;
        double high = first->value;
        for (auto e = first; e != last; ++e) {
            sum += e->value;
            low = std::min(low, e->value);
            high = std::max(high, e->value);
        }
        row.mean = sum / m;
        double squares = 0.0;
        for (auto e = first; e != last; ++e)
            squares += (e->value - row.mean) * (e->value - row.mean);
        row.sd = std::sqrt(squares / (m - 1));
        row.range = high - low;
        rows.push_back(row);
    }

    const bool bySd = measure == DisagreementMeasure::StandardDeviation;
    const auto before = [bySd](const ApplicationDisagreement &x, const ApplicationDisagreement &y) {
        const double x1 = bySd ? x.sd : x.range;
        const double y1 = bySd ? y.sd : y.range;
        if (x1 != y1)
            return x1 > y1;
        const double x2 = bySd ? x.range : x.sd;
        const double y2 = bySd ? y.range : y.sd;
        if (x2 != y2)
            return x2 > y2;
        return x.application < y.application;
    };
    const std::size_t keep = limit > 0 ? std::min(rows.size(), std::size_t(limit)) : rows.size();
    std::partial_sort(rows.begin(), rows.begin() + qsizetype(keep), rows.end(), before);
    return QList<ApplicationDisagreement>(rows.begin(), rows.begin() + qsizetype(keep));
}

} // namespace cohort
