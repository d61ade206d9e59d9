#include "review/calibration.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace cohort;

// Score calibration: raw mean, per-reviewer z-scores, the reviewer-offset model, components,
// reviewer statistics, ranks and the accept/decline changes between methods.
class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void rawMeanSpreadAndRanks();
    void zScoresStandardizeEachReviewer();
    void zScoresMapBackToCommitteeScale();
    void reviewersWithOneScoreOrNoVariation();
    void harshnessComparesWithCoReviewers();
    void offsetModelFitsExactData();
    void offsetModelRecoversReviewerBiases();
    void disconnectedGroupsAreSeparateComponents();
    void unreviewedApplicationsAreUnranked();
    void resultDoesNotDependOnInputOrder();
    void acceptanceChangesBetweenMethods_data();
    void acceptanceChangesBetweenMethods();
    void invalidInputIsRefused_data();
    void invalidInputIsRefused();
};

namespace {

// Four applications, three reviewers (hand-computed below):
//   a0: r0 = 4, r1 = 2    a1: r0 = 5, r2 = 3    a2: r1 = 4, r2 = 5    a3: r0 = 3
QList<ScoreObservation> handCase()
{
    return {{0, 0, 4}, {0, 1, 2}, {1, 0, 5}, {1, 2, 3}, {2, 1, 4}, {2, 2, 5}, {3, 0, 3}};
}

CalibrationResult calibrated(const QList<ScoreObservation> &observations, int applications, int reviewers,
                             const CalibrationOptions &options = {})
{
    Result<CalibrationResult> result = Calibration::calibrate(observations, applications, reviewers, options);
    if (!result)
        qFatal("calibrate failed: %s", qPrintable(result.error()));
    return result.value();
}

bool near(double actual, double expected, double tolerance = 1e-9)
{
    return std::abs(actual - expected) <= tolerance;
}

} // namespace

void TestCalibration::rawMeanSpreadAndRanks()
{
    const CalibrationResult r = calibrated(handCase(), 4, 3);
    QCOMPARE(r.applications.size(), 4);
    const QList<int> counts{2, 2, 2, 1};
    const QList<double> means{3.0, 4.0, 4.5, 3.0};
    const QList<double> spreads{2.0, 2.0, 1.0, 0.0};
    // a2 (4.5) > a1 (4) > a0 (3) = a3 (3): the tie goes to the lower index, a0.
    const QList<int> ranks{3, 2, 1, 4};
    for (int a = 0; a < 4; ++a) {
        QCOMPARE(r.applications[a].reviewCount, counts[a]);
        QCOMPARE(r.applications[a].rawMean, means[a]);
        QCOMPARE(r.applications[a].spread, spreads[a]);
        QCOMPARE(r.applications[a].rawRank, ranks[a]);
        QCOMPARE(r.applications[a].rank(CalibrationMethod::RawMean), ranks[a]);
        QCOMPARE(r.applications[a].score(CalibrationMethod::RawMean), means[a]);
    }
    // Committee: 7 scores summing to 26; Σx² = 104, so SS = 104 − 26²/7 = 52/7.
    QVERIFY(near(r.committeeMean, 26.0 / 7.0));
    QVERIFY(near(r.committeeSd, std::sqrt(52.0 / 7.0 / 6.0)));
}

void TestCalibration::zScoresStandardizeEachReviewer()
{
    CalibrationOptions options;
    options.zScoresOnOriginalScale = false;
    const CalibrationResult r = calibrated(handCase(), 4, 3, options);
    // r0: {4, 5, 3}, mean 4, sd 1.  r1: {2, 4}, mean 3, sd √2.  r2: {3, 5}, mean 4, sd √2.
    QCOMPARE(r.reviewers[0].count, 3);
    QVERIFY(near(r.reviewers[0].mean, 4.0));
    QVERIFY(near(r.reviewers[0].sd, 1.0));
    QVERIFY(near(r.reviewers[1].mean, 3.0));
    QVERIFY(near(r.reviewers[1].sd, std::sqrt(2.0)));
    QVERIFY(near(r.reviewers[2].sd, std::sqrt(2.0)));
    for (const ReviewerCalibration &reviewer : r.reviewers)
        QCOMPARE(reviewer.zScoreBasis, ZScoreBasis::Own);
    const double h = 1.0 / std::sqrt(2.0);
    // a0: (0 + (−1/√2)) / 2   a1: (1 − 1/√2) / 2   a2: (1/√2 + 1/√2) / 2   a3: −1
    const QList<double> z{-h / 2, (1 - h) / 2, h, -1.0};
    const QList<int> ranks{3, 2, 1, 4};
    for (int a = 0; a < 4; ++a) {
        QVERIFY2(near(r.applications[a].zScore, z[a]), qPrintable(QString::number(r.applications[a].zScore)));
        QCOMPARE(r.applications[a].zScoreRank, ranks[a]);
    }
}

void TestCalibration::zScoresMapBackToCommitteeScale()
{
    CalibrationOptions standard;
    standard.zScoresOnOriginalScale = false;
    const CalibrationResult z = calibrated(handCase(), 4, 3, standard);
    const CalibrationResult mapped = calibrated(handCase(), 4, 3);
    for (int a = 0; a < 4; ++a) {
        QVERIFY(
            near(mapped.applications[a].zScore, mapped.committeeMean + mapped.committeeSd * z.applications[a].zScore));
        QCOMPARE(mapped.applications[a].zScoreRank, z.applications[a].zScoreRank);
    }
}

void TestCalibration::reviewersWithOneScoreOrNoVariation()
{
    // r0 gives everything 4 (no variation), r1 varies, r2 scores a single application.
    const QList<ScoreObservation> scores{{0, 0, 4}, {1, 0, 4}, {2, 0, 4}, {0, 1, 1}, {1, 1, 3}, {2, 1, 5}, {2, 2, 2}};
    CalibrationOptions options;
    options.zScoresOnOriginalScale = false;
    const CalibrationResult r = calibrated(scores, 3, 4, options);
    QCOMPARE(r.reviewers[0].zScoreBasis, ZScoreBasis::NoVariation);
    QCOMPARE(r.reviewers[1].zScoreBasis, ZScoreBasis::Own);
    QCOMPARE(r.reviewers[2].zScoreBasis, ZScoreBasis::Committee);
    QCOMPARE(r.reviewers[2].sd, 0.0);
    QCOMPARE(r.reviewers[3].zScoreBasis, ZScoreBasis::NoScores);
    QCOMPARE(r.reviewers[3].count, 0);
    QCOMPARE(r.reviewers[3].component, -1);
    // r0 contributes z = 0; r1 (mean 3, sd 2) gives −1, 0, +1; r2's 2 is standardized on the
    // committee's scale (7 scores summing to 23).
    const double mean = 23.0 / 7.0;
    double squares = 0.0;
    for (const ScoreObservation &o : scores)
        squares += (o.value - mean) * (o.value - mean);
    const double sd = std::sqrt(squares / 6.0);
    QVERIFY(near(r.committeeSd, sd));
    QVERIFY(near(r.applications[0].zScore, (0.0 - 1.0) / 2));
    QVERIFY(near(r.applications[1].zScore, 0.0));
    QVERIFY(near(r.applications[2].zScore, (0.0 + 1.0 + (2.0 - mean) / sd) / 3));
    for (const ApplicationCalibration &app : r.applications)
        QVERIFY(std::isfinite(app.zScore) && std::isfinite(app.offsetScore));

    // A larger minimum moves r1 (3 scores) to the committee's scale too.
    options.minimumScoresForOwnScale = 4;
    const CalibrationResult strict = calibrated(scores, 3, 4, options);
    QCOMPARE(strict.reviewers[1].zScoreBasis, ZScoreBasis::Committee);
    QCOMPARE(strict.reviewers[0].zScoreBasis, ZScoreBasis::Committee);

    // Everyone scoring everything the same: no NaN, every calibrated score is the mean.
    const CalibrationResult flat = calibrated({{0, 0, 3}, {0, 1, 3}, {1, 0, 3}, {1, 1, 3}}, 2, 2);
    QCOMPARE(flat.committeeSd, 0.0);
    for (const ApplicationCalibration &app : flat.applications) {
        QCOMPARE(app.zScore, 3.0);
        QVERIFY(near(app.offsetScore, 3.0));
    }
}

void TestCalibration::harshnessComparesWithCoReviewers()
{
    const CalibrationResult r = calibrated(handCase(), 4, 3);
    // r0: a0 (2 − 4), a1 (3 − 5); a3 has no other reviewer.  r1: a0 (4 − 2), a2 (5 − 4).
    // r2: a1 (5 − 3), a2 (4 − 5).
    QCOMPARE(r.reviewers[0].sharedCount, 2);
    QVERIFY(near(r.reviewers[0].harshness, -2.0));
    QVERIFY(near(r.reviewers[1].harshness, 1.5));
    QVERIFY(near(r.reviewers[2].harshness, 0.5));
}

void TestCalibration::offsetModelFitsExactData()
{
    // Noise-free x = q + b with q = (3, 4, 4, 2), b = (+1, −1, 0): a0 read only by the lenient
    // r0, a1 only by the harsh r1, a2 and a3 by all three. Without ridge the fit is exact.
    const QList<ScoreObservation> scores{{0, 0, 4}, {1, 1, 3}, {2, 0, 5}, {2, 1, 3},
                                         {2, 2, 4}, {3, 0, 3}, {3, 1, 1}, {3, 2, 2}};
    CalibrationOptions options;
    options.offsetRidge = 0.0;
    const CalibrationResult r = calibrated(scores, 4, 3, options);
    QVERIFY(r.offsetConverged);
    QCOMPARE(r.componentCount, 1);
    const QList<double> quality{3, 4, 4, 2};
    for (int a = 0; a < 4; ++a)
        QVERIFY2(near(r.applications[a].offsetScore, quality[a], 1e-5),
                 qPrintable(QString::number(r.applications[a].offsetScore)));
    QVERIFY(near(r.reviewers[0].bias, 1.0, 1e-5));
    QVERIFY(near(r.reviewers[1].bias, -1.0, 1e-5));
    QVERIFY(near(r.reviewers[2].bias, 0.0, 1e-5));
    // a1 and a2 tie at 4: a1 first.
    QCOMPARE(r.applications[1].offsetRank, 1);
    QCOMPARE(r.applications[2].offsetRank, 2);
    QCOMPARE(r.applications[0].offsetRank, 3);
    QCOMPARE(r.applications[3].offsetRank, 4);

    // The default ridge pulls biases a little towards 0 but keeps their order and sum.
    const CalibrationResult ridged = calibrated(scores, 4, 3);
    QVERIFY(ridged.reviewers[0].bias > 0.5 && ridged.reviewers[0].bias < 1.0);
    QVERIFY(ridged.reviewers[1].bias < -0.5 && ridged.reviewers[1].bias > -1.0);
    QVERIFY(near(ridged.reviewers[0].bias + ridged.reviewers[1].bias + ridged.reviewers[2].bias, 0.0));
}

void TestCalibration::offsetModelRecoversReviewerBiases()
{
    // 300 applications, 12 reviewers with biases evenly from −1 to +1, 3 distinct reviewers per
    // application, quality ~ N(3, 0.8), noise sd 0.3.
    constexpr int Applications = 300;
    constexpr int Reviewers = 12;
    std::mt19937_64 rng(20240611);
    std::normal_distribution<double> qualityOf(3.0, 0.8);
    std::normal_distribution<double> noise(0.0, 0.3);
    QList<double> bias;
    for (int r = 0; r < Reviewers; ++r)
        bias.append(-1.0 + 2.0 * r / (Reviewers - 1));
    QList<double> quality;
    QList<ScoreObservation> scores;
    for (int a = 0; a < Applications; ++a) {
        quality.append(qualityOf(rng));
        QList<int> pool;
        for (int r = 0; r < Reviewers; ++r)
            pool.append(r);
        std::shuffle(pool.begin(), pool.end(), rng);
        for (int i = 0; i < 3; ++i)
            scores.append({a, pool[i], quality[a] + bias[pool[i]] + noise(rng)});
    }
    const CalibrationResult r = calibrated(scores, Applications, Reviewers);
    QVERIFY(r.offsetConverged);
    QVERIFY(r.offsetIterations < 1000);
    QCOMPARE(r.componentCount, 1);
    QCOMPARE(r.componentApplicationCounts, QList<int>{Applications});
    QCOMPARE(r.componentReviewerCounts, QList<int>{Reviewers});

    // The true biases already sum to 0; the recovered ones do so by construction.
    double recoveredSum = 0.0;
    for (int rv = 0; rv < Reviewers; ++rv) {
        recoveredSum += r.reviewers[rv].bias;
        QVERIFY2(
            std::abs(r.reviewers[rv].bias - bias[rv]) < 0.15,
            qPrintable(
                QStringLiteral("reviewer %1: bias %2, recovered %3").arg(rv).arg(bias[rv]).arg(r.reviewers[rv].bias)));
        // Harshness has the opposite sign of bias: the lenient score above their co-reviewers.
        QVERIFY((r.reviewers[rv].harshness < 0) == (bias[rv] > 0) || std::abs(bias[rv]) < 0.2);
    }
    QVERIFY(near(recoveredSum, 0.0, 1e-9));

    // The offset model estimates quality better than the raw mean, which carries the reviewers'
    // biases.
    double rawError = 0.0;
    double offsetError = 0.0;
    for (int a = 0; a < Applications; ++a) {
        rawError += std::pow(r.applications[a].rawMean - quality[a], 2);
        offsetError += std::pow(r.applications[a].offsetScore - quality[a], 2);
    }
    QVERIFY2(offsetError < 0.5 * rawError,
             qPrintable(QStringLiteral("offset SSE %1, raw SSE %2").arg(offsetError).arg(rawError)));
}

void TestCalibration::disconnectedGroupsAreSeparateComponents()
{
    // Applications 0–99 read by reviewers 0–5, applications 100–159 by reviewers 6–11; the second
    // group's reviewers are all 0.5 more lenient, which no score can reveal across groups.
    std::mt19937_64 rng(7);
    std::normal_distribution<double> noise(0.0, 0.3);
    QList<ScoreObservation> scores;
    for (int a = 0; a < 160; ++a) {
        const int group = a < 100 ? 0 : 1;
        QList<int> pool{0, 1, 2, 3, 4, 5};
        std::shuffle(pool.begin(), pool.end(), rng);
        for (int i = 0; i < 3; ++i) {
            const int reviewer = pool[i] + 6 * group;
            scores.append({a, reviewer, 3.0 + 0.5 * group + 0.2 * (reviewer % 6) + noise(rng)});
        }
    }
    const CalibrationResult r = calibrated(scores, 161, 12);
    QCOMPARE(r.componentCount, 2);
    QCOMPARE(r.componentApplicationCounts, (QList<int>{100, 60}));
    QCOMPARE(r.componentReviewerCounts, (QList<int>{6, 6}));
    QCOMPARE(r.applications[0].component, 0);
    QCOMPARE(r.applications[99].component, 0);
    QCOMPARE(r.applications[100].component, 1);
    QCOMPARE(r.applications[160].component, -1); // never reviewed
    QCOMPARE(r.reviewers[5].component, 0);
    QCOMPARE(r.reviewers[6].component, 1);
    QVERIFY(r.offsetConverged);
    for (int group = 0; group < 2; ++group) {
        double sum = 0.0;
        for (int rv = 6 * group; rv < 6 * group + 6; ++rv)
            sum += r.reviewers[rv].bias;
        QVERIFY2(near(sum, 0.0, 1e-9), qPrintable(QString::number(sum)));
        // Within a group the biases 0, 0.2, …, 1.0 are recovered around their mean 0.5.
        for (int rv = 6 * group; rv < 6 * group + 6; ++rv)
            QVERIFY(std::abs(r.reviewers[rv].bias - (0.2 * (rv % 6) - 0.5)) < 0.15);
    }
}

void TestCalibration::unreviewedApplicationsAreUnranked()
{
    const CalibrationResult r = calibrated({{1, 0, 2.0}, {3, 0, 4.0}}, 5, 2);
    for (const int a : {0, 2, 4}) {
        QCOMPARE(r.applications[a].reviewCount, 0);
        QCOMPARE(r.applications[a].rawRank, 0);
        QCOMPARE(r.applications[a].zScoreRank, 0);
        QCOMPARE(r.applications[a].offsetRank, 0);
        QCOMPARE(r.applications[a].component, -1);
    }
    QCOMPARE(r.applications[3].rawRank, 1);
    QCOMPARE(r.applications[1].rawRank, 2);
    QCOMPARE(r.reviewers[1].count, 0);

    const CalibrationResult empty = calibrated({}, 3, 2);
    QCOMPARE(empty.componentCount, 0);
    QCOMPARE(empty.applications[0].rawRank, 0);
}

void TestCalibration::resultDoesNotDependOnInputOrder()
{
    QList<ScoreObservation> scores;
    std::mt19937_64 rng(99);
    std::uniform_real_distribution<double> value(1.0, 5.0);
    for (int a = 0; a < 200; ++a)
        for (int i = 0; i < 3; ++i)
            scores.append({a, int((a * 7 + i * 5) % 20), value(rng)});
    const CalibrationResult first = calibrated(scores, 200, 20);
    std::shuffle(scores.begin(), scores.end(), rng);
    const CalibrationResult second = calibrated(scores, 200, 20);
    for (int a = 0; a < 200; ++a) {
        QCOMPARE(second.applications[a].rawMean, first.applications[a].rawMean);
        QCOMPARE(second.applications[a].zScore, first.applications[a].zScore);
        QCOMPARE(second.applications[a].offsetScore, first.applications[a].offsetScore);
        QCOMPARE(second.applications[a].offsetRank, first.applications[a].offsetRank);
    }
    for (int rv = 0; rv < 20; ++rv)
        QCOMPARE(second.reviewers[rv].bias, first.reviewers[rv].bias);
}

void TestCalibration::acceptanceChangesBetweenMethods_data()
{
    QTest::addColumn<int>("places");
    QTest::addColumn<QList<int>>("applications");
    QTest::addColumn<QList<bool>>("acceptedByRaw");

    // Raw ranks: a0 1, a2 2, a1 3, a3 4.  Offset ranks: a1 1, a2 2, a0 3, a3 4.
    QTest::newRow("no places") << 0 << QList<int>{} << QList<bool>{};
    QTest::newRow("one place") << 1 << QList<int>{0, 1} << QList<bool>{true, false};
    QTest::newRow("two places") << 2 << QList<int>{0, 1} << QList<bool>{true, false};
    QTest::newRow("three places") << 3 << QList<int>{} << QList<bool>{};
    QTest::newRow("more places than applications") << 10 << QList<int>{} << QList<bool>{};
}

void TestCalibration::acceptanceChangesBetweenMethods()
{
    QFETCH(int, places);
    QFETCH(QList<int>, applications);
    QFETCH(QList<bool>, acceptedByRaw);

    const QList<ScoreObservation> scores{{0, 0, 4}, {1, 1, 3}, {2, 0, 5}, {2, 1, 3},
                                         {2, 2, 4}, {3, 0, 3}, {3, 1, 1}, {3, 2, 2}};
    CalibrationOptions options;
    options.offsetRidge = 0.0;
    const CalibrationResult r = calibrated(scores, 4, 3, options);
    const QList<AcceptanceChange> changes =
        Calibration::acceptanceChanges(r, CalibrationMethod::RawMean, CalibrationMethod::ReviewerOffset, places);
    QCOMPARE(changes.size(), applications.size());
    for (qsizetype i = 0; i < changes.size(); ++i) {
        QCOMPARE(changes[i].application, applications[i]);
        QCOMPARE(changes[i].acceptedByFirst, acceptedByRaw[i]);
        QCOMPARE(changes[i].firstRank, r.applications[applications[i]].rawRank);
        QCOMPARE(changes[i].secondRank, r.applications[applications[i]].offsetRank);
    }
    // Swapping the methods swaps the sides.
    const QList<AcceptanceChange> reversed =
        Calibration::acceptanceChanges(r, CalibrationMethod::ReviewerOffset, CalibrationMethod::RawMean, places);
    QCOMPARE(reversed.size(), changes.size());
    for (const AcceptanceChange &change : reversed)
        QCOMPARE(change.acceptedByFirst, change.firstRank <= places);
    QVERIFY(!Calibration::methodName(CalibrationMethod::ZScore).isEmpty());
}

void TestCalibration::invalidInputIsRefused_data()
{
    QTest::addColumn<QList<ScoreObservation>>("scores");
    QTest::addColumn<int>("minimumScores");
    QTest::addColumn<double>("ridge");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("application out of range") << QList<ScoreObservation>{{3, 0, 1.0}} << 2 << 1.0;
    QTest::newRow("negative application") << QList<ScoreObservation>{{-1, 0, 1.0}} << 2 << 1.0;
    QTest::newRow("reviewer out of range") << QList<ScoreObservation>{{0, 2, 1.0}} << 2 << 1.0;
    QTest::newRow("not a number") << QList<ScoreObservation>{{0, 0, nan}} << 2 << 1.0;
    QTest::newRow("infinite") << QList<ScoreObservation>{{0, 0, inf}} << 2 << 1.0;
    QTest::newRow("scored twice") << QList<ScoreObservation>{{1, 1, 2.0}, {0, 0, 1.0}, {1, 1, 3.0}} << 2 << 1.0;
    QTest::newRow("own scale from one score") << QList<ScoreObservation>{{0, 0, 1.0}} << 1 << 1.0;
    QTest::newRow("negative ridge") << QList<ScoreObservation>{{0, 0, 1.0}} << 2 << -1.0;
}

void TestCalibration::invalidInputIsRefused()
{
    QFETCH(QList<ScoreObservation>, scores);
    QFETCH(int, minimumScores);
    QFETCH(double, ridge);
    CalibrationOptions options;
    options.minimumScoresForOwnScale = minimumScores;
    options.offsetRidge = ridge;
    const Result<CalibrationResult> result = Calibration::calibrate(scores, 3, 2, options);
    QVERIFY(!result.ok());
    QVERIFY(!result.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
