// bench_review [APPLICATIONS] [--runs N]: the pure computations of the review feature on
// synthetic, seeded data.
// 1. Calibration (raw mean, z-scores, reviewer-offset model, components, ranks) of APPLICATIONS
//    (default 100,000) × 3 reviewers drawn from 1,000, on the weighted totals of 5 criteria;
// 2. Krippendorff's alpha (interval) per criterion and on the totals, and the 50 applications
//    with the strongest disagreement;
// 3. the automatic assignment of 10,000 applications to 200 reviewers (k = 2, room for 110 each,
//    2 % of pairs conflicted, 5 % of applications with an existing reviewer).
// Prints the best of N runs (default 3) in ms; never fails on time. Figures go into
// docs/PERFORMANCE.md; DESIGN.md's budget for score aggregation + normalization is < 1 s.
#include "review/agreement.h"
#include "review/assignment.h"
#include "review/calibration.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>

using namespace cohort;

namespace {

constexpr int Reviewers = 1000;
constexpr int ReviewsPerApplication = 3;
constexpr int Criteria = 5;
constexpr std::array<double, Criteria> Weights = {2.0, 1.0, 1.0, 1.5, 0.5};

struct Scores
{
    std::array<QList<ScoreObservation>, Criteria> criteria; // 1–5 per criterion
    QList<ScoreObservation> totals;                         // weighted totals
};

// Quality per application and criterion ~ N(3, 0.8), a bias per reviewer ~ N(0, 0.4), noise
// ~ N(0, 0.6), rounded and clamped to the 1–5 scale; 3 distinct reviewers per application.
Scores makeScores(int applications)
{
    std::mt19937_64 rng(20240611);
    std::normal_distribution<double> quality(3.0, 0.8);
    std::normal_distribution<double> biasOf(0.0, 0.4);
    std::normal_distribution<double> noise(0.0, 0.6);
    std::uniform_int_distribution<int> pick(0, Reviewers - 1);
    std::array<double, Reviewers> bias{};
    for (double &b : bias)
        b = biasOf(rng);
    Scores scores;
    for (QList<ScoreObservation> &list : scores.criteria)
        list.reserve(qsizetype(applications) * ReviewsPerApplication);
    scores.totals.reserve(qsizetype(applications) * ReviewsPerApplication);
    for (int a = 0; a < applications; ++a) {
        std::array<double, Criteria> q{};
        for (double &value : q)
            value = quality(rng);
        std::array<int, ReviewsPerApplication> chosen{};
        for (int i = 0; i < ReviewsPerApplication; ++i) {
            int r = pick(rng);
            while (std::find(chosen.begin(), chosen.begin() + i, r) != chosen.begin() + i)
                r = pick(rng);
            chosen[std::size_t(i)] = r;
            double total = 0.0;
            for (int c = 0; c < Criteria; ++c) {
                const double value =
                    std::clamp(std::round(q[std::size_t(c)] + bias[std::size_t(r)] + noise(rng)), 1.0, 5.0);
                scores.criteria[std::size_t(c)].append({a, r, value});
                total += Weights[std::size_t(c)] * value;
            }
            scores.totals.append({a, r, total});
        }
    }
    return scores;
}

AssignmentRequest makeAssignmentRequest(int applications, int reviewers, int k)
{
    AssignmentRequest request;
    request.applicationCount = applications;
    request.reviewersPerApplication = k;
    // 10 % more room than the slots need.
    request.capacities = QList<int>(reviewers, int(std::ceil(1.1 * applications * k / reviewers)));
    std::mt19937_64 rng(77);
    std::bernoulli_distribution conflicted(0.02);
    for (int a = 0; a < applications; ++a)
        for (int r = 0; r < reviewers; ++r)
            if (conflicted(rng))
                request.conflicts.append({a, r});
    for (int a = 0; a < applications; a += 20)
        request.existing.append({a, (a / 20) % reviewers});
    request.seed = 2017;
    return request;
}

void report(const char *what, double ms, const QString &detail)
{
    std::printf("%-40s %9.1f ms   %s\n", what, ms, qPrintable(detail));
}

// The best wall time of `runs` calls of `work`, in ms.
template <typename Work> double bestMs(int runs, const Work &work)
{
    double best = -1.0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (best < 0 || ms < best)
            best = ms;
    }
    return best;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    int applications = 100000;
    int runs = 3;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = std::max(1, args.at(++i).toInt());
        else
            applications = std::max(1, args.at(i).toInt());
    }

    std::printf("bench_review: %d applications x %d reviews (of %d reviewers) x %d criteria, best of %d runs\n",
                applications, ReviewsPerApplication, Reviewers, Criteria, runs);
    const Scores scores = makeScores(applications);

    bool failed = false;
    Result<CalibrationResult> calibration = Error{};
    const double calibrationMs = bestMs(runs, [&] {
        calibration = Calibration::calibrate(scores.totals, applications, Reviewers);
        failed = failed || !calibration;
    });
    if (failed) {
        std::fprintf(stderr, "bench_review: %s\n", qPrintable(calibration.error()));
        return 1;
    }
    report("calibration, 3 methods, on totals", calibrationMs,
           QStringLiteral("%1 scores, %2 component(s), offset model %3 iterations%4")
               .arg(scores.totals.size())
               .arg(calibration->componentCount)
               .arg(calibration->offsetIterations)
               .arg(calibration->offsetConverged ? QString() : QStringLiteral(" (not converged)")));

    std::array<KrippendorffAlpha, Criteria + 1> alphas{};
    const double alphaMs = bestMs(runs, [&] {
        for (int c = 0; c <= Criteria; ++c) {
            const Result<KrippendorffAlpha> alpha =
                Agreement::intervalAlpha(c < Criteria ? scores.criteria[std::size_t(c)] : scores.totals);
            failed = failed || !alpha;
            if (alpha)
                alphas[std::size_t(c)] = alpha.value();
        }
    });
    QStringList alphaTexts;
    for (const KrippendorffAlpha &alpha : alphas)
        alphaTexts << QString::number(alpha.alpha, 'f', 3);
    report("alpha x 6 (5 criteria + totals)", alphaMs, QStringLiteral("alpha ") + alphaTexts.join(QLatin1Char(' ')));

    qsizetype disagreements = 0;
    const double disagreementMs = bestMs(runs, [&] {
        const auto top = Agreement::strongestDisagreements(scores.totals, 50);
        failed = failed || !top;
        disagreements = top ? top->size() : 0;
    });
    report("strongest disagreements", disagreementMs, QStringLiteral("top %1").arg(disagreements));
    report("calibration + agreement", calibrationMs + alphaMs + disagreementMs, QStringLiteral("budget < 1000 ms"));

    const auto assignment = [&](int apps, int reviewers, int k) {
        const AssignmentRequest request = makeAssignmentRequest(apps, reviewers, k);
        Result<AssignmentPlan> plan = Error{};
        const double ms = bestMs(runs, [&] {
            plan = ReviewerAssignment::assign(request);
            failed = failed || !plan;
        });
        if (!plan)
            return;
        const auto [low, high] = std::minmax_element(plan->loads.begin(), plan->loads.end());
        const QByteArray what = QStringLiteral("assignment %1 x %2, k = %3").arg(apps).arg(reviewers).arg(k).toUtf8();
        report(what.constData(), ms,
               QStringLiteral("%1 added, %2 short, %3 conflicts, loads %4-%5 (capacity %6)")
                   .arg(plan->added.size())
                   .arg(plan->shortfalls.size())
                   .arg(request.conflicts.size())
                   .arg(*low)
                   .arg(*high)
                   .arg(request.capacities.first()));
    };
    assignment(10000, 200, 2);
    assignment(100000, 1000, 3); // the design's scale
    if (failed) {
        std::fprintf(stderr, "bench_review: a computation failed\n");
        return 1;
    }
    return 0;
}
