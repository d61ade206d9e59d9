#include "review/agreement.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace cohort;

// Krippendorff's alpha (interval metric, missing cells) and the list of applications on which
// reviewers disagree most.
class TestAgreement : public QObject
{
    Q_OBJECT

private slots:
    void alphaMatchesReferenceValues_data();
    void alphaMatchesReferenceValues();
    void krippendorffIntervalExample();
    void degenerateDataIsUndefined_data();
    void degenerateDataIsUndefined();
    void alphaIgnoresInputOrderAndShift();
    void invalidInputIsRefused();
    void strongestDisagreementsBySdOrRange();
};

namespace {

// Rows are units (applications); the value in column c is coder c's, NaN where missing.
QList<ScoreObservation> fromRows(const QList<QList<double>> &rows)
{
    QList<ScoreObservation> observations;
    for (int unit = 0; unit < rows.size(); ++unit)
        for (int coder = 0; coder < rows[unit].size(); ++coder)
            if (!std::isnan(rows[unit][coder]))
                observations.append({unit, coder, rows[unit][coder]});
    return observations;
}

KrippendorffAlpha alphaOf(const QList<ScoreObservation> &observations)
{
    Result<KrippendorffAlpha> result = Agreement::intervalAlpha(observations);
    if (!result)
        qFatal("intervalAlpha failed: %s", qPrintable(result.error()));
    return result.value();
}

const double NA = std::numeric_limits<double>::quiet_NaN();

} // namespace

void TestAgreement::alphaMatchesReferenceValues_data()
{
    QTest::addColumn<QList<QList<double>>>("rows");
    QTest::addColumn<double>("alpha");
    QTest::addColumn<int>("pairable");

    // Expected values from the coincidence-matrix definition, computed independently (a short
    // Python script summing o_ck over all ordered pairs, not the sums-of-squares shortcut):
    // {1,2}, {3,3}, {5,4,6}: Do = 8/7, De = 124/21, alpha = 1 − 24/124 = 25/31.
    QTest::newRow("hand-computed") << QList<QList<double>>{{1, 2, NA}, {3, 3, NA}, {5, 4, 6}} << 25.0 / 31.0 << 7;
    // A unit with a single value does not count: {2.5,3.5,4}, {1}, {4,5}, {2,2} → 26/37.
    QTest::newRow("single value skipped")
        << QList<QList<double>>{{2.5, 3.5, 4.0}, {1.0, NA, NA}, {NA, 4.0, 5.0}, {2.0, NA, 2.0}} << 26.0 / 37.0 << 7;
    // Perfect agreement with variation between units.
    QTest::newRow("perfect agreement") << QList<QList<double>>{{1, 1, NA}, {3, 3, 3}, {NA, 5, 5}} << 1.0 << 7;
    // Systematic disagreement: below chance. Do = 16, De = 32/3.
    QTest::newRow("opposed") << QList<QList<double>>{{1, 5}, {5, 1}} << -0.5 << 4;
}

void TestAgreement::alphaMatchesReferenceValues()
{
    QFETCH(QList<QList<double>>, rows);
    QFETCH(double, alpha);
    QFETCH(int, pairable);
    const KrippendorffAlpha result = alphaOf(fromRows(rows));
    QVERIFY(result.defined());
    QVERIFY2(std::abs(result.alpha - alpha) < 1e-12, qPrintable(QString::number(result.alpha, 'g', 17)));
    QCOMPARE(result.pairableValues, pairable);
    QVERIFY(result.text().contains(QStringLiteral("α = ")));
}

void TestAgreement::krippendorffIntervalExample()
{
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
    // 12 units, missing data. Published: alpha = 0.849 for the interval metric (0.743 nominal).
    // Coincidence-matrix check (Python): alpha = 0.8491071428571428, n = 40, Do = 0.43333…,
    // De = 2.8717948717948….
    const QList<QList<double>> observers{
        {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
        {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA},
    };
    QList<ScoreObservation> observations;
    for (int coder = 0; coder < observers.size(); ++coder)
        for (int unit = 0; unit < 12; ++unit)
            if (!std::isnan(observers[coder][unit]))
                observations.append({unit, coder, observers[coder][unit]});
    const KrippendorffAlpha result = alphaOf(observations);
    QVERIFY(result.defined());
    QCOMPARE(result.pairableValues, 40);
    QCOMPARE(result.pairableUnits, 11); // unit 12 has one value
    QVERIFY(std::abs(result.alpha - 0.8491071428571428) < 1e-12);
    QVERIFY(std::abs(result.observedDisagreement - 13.0 / 30.0) < 1e-12);
    QVERIFY(std::abs(result.expectedDisagreement - 2.871794871794872) < 1e-12);
    QCOMPARE(QString::number(result.alpha, 'f', 3), QStringLiteral("0.849"));
}

void TestAgreement::degenerateDataIsUndefined_data()
{
    QTest::addColumn<QList<QList<double>>>("rows");
    QTest::addColumn<int>("state");

    QTest::newRow("no scores") << QList<QList<double>>{} << int(KrippendorffAlpha::State::NoPairableValues);
    QTest::newRow("one score per application")
        << QList<QList<double>>{{1, NA}, {NA, 4}, {3, NA}} << int(KrippendorffAlpha::State::NoPairableValues);
    QTest::newRow("every score the same")
        << QList<QList<double>>{{3, 3}, {3, 3, 3}, {3, NA}} << int(KrippendorffAlpha::State::NoVariation);
    QTest::newRow("every score the same, not a round number")
        << QList<QList<double>>{{0.1, 0.1, 0.1}, {0.1, 0.1}} << int(KrippendorffAlpha::State::NoVariation);
}

void TestAgreement::degenerateDataIsUndefined()
{
    QFETCH(QList<QList<double>>, rows);
    QFETCH(int, state);
    const KrippendorffAlpha result = alphaOf(fromRows(rows));
    QCOMPARE(int(result.state), state);
    QVERIFY(!result.defined());
    QVERIFY(std::isfinite(result.alpha));
    QVERIFY(std::isfinite(result.observedDisagreement) && std::isfinite(result.expectedDisagreement));
    QVERIFY(!result.text().isEmpty());
    QVERIFY(!result.text().contains(QStringLiteral("nan"), Qt::CaseInsensitive));
}

void TestAgreement::alphaIgnoresInputOrderAndShift()
{
    std::mt19937_64 rng(5);
    std::normal_distribution<double> quality(3.0, 1.0);
    std::normal_distribution<double> noise(0.0, 0.5);
    QList<ScoreObservation> observations;
    for (int a = 0; a < 500; ++a) {
        const double q = quality(rng);
        for (int r = 0; r < 3; ++r)
            if ((a + r) % 7 != 0) // some missing cells
                observations.append({a, (a + r) % 20, q + noise(rng)});
    }
    const KrippendorffAlpha first = alphaOf(observations);
    QVERIFY(first.defined());
    QVERIFY(first.alpha > 0.6 && first.alpha < 0.9); // true reliability 1/(1 + 0.25) = 0.8
    std::shuffle(observations.begin(), observations.end(), rng);
    QCOMPARE(alphaOf(observations).alpha, first.alpha);
    // An interval metric is unchanged by adding a constant, even a large one.
    for (ScoreObservation &o : observations)
        o.value += 1e6;
    QVERIFY(std::abs(alphaOf(observations).alpha - first.alpha) < 1e-8);
}

void TestAgreement::invalidInputIsRefused()
{
    QVERIFY(!Agreement::intervalAlpha({{0, 0, 1.0}, {0, 0, 2.0}}).ok());
    QVERIFY(!Agreement::intervalAlpha({{0, 0, NA}, {0, 1, 2.0}}).ok());
    QVERIFY(!Agreement::intervalAlpha({{-1, 0, 1.0}}).ok());
    QVERIFY(!Agreement::strongestDisagreements({{0, -2, 1.0}}, 5).ok());
}

void TestAgreement::strongestDisagreementsBySdOrRange()
{
    // a0 {1, 5}: sd 2.828, range 4.  a1 {1, 3, 5}: sd 2, range 4.  a2 {2, 3}: sd 0.707, range 1.
    // a3 {4}: one score, left out.  a4 {2, 6}: sd 2.828, range 4 (ties a0: lower index first).
    const QList<ScoreObservation> scores{{0, 0, 1}, {0, 1, 5}, {1, 0, 1}, {1, 1, 3}, {1, 2, 5},
                                         {2, 1, 2}, {2, 2, 3}, {3, 0, 4}, {4, 2, 2}, {4, 0, 6}};
    const Result<QList<ApplicationDisagreement>> bySd = Agreement::strongestDisagreements(scores, 0);
    QVERIFY(bySd.ok());
    QCOMPARE(bySd->size(), 4);
    QList<int> order;
    for (const ApplicationDisagreement &row : bySd.value())
        order.append(row.application);
    QCOMPARE(order, (QList<int>{0, 4, 1, 2}));
    QCOMPARE(bySd->at(0).reviewCount, 2);
    QVERIFY(std::abs(bySd->at(0).sd - std::sqrt(8.0)) < 1e-12);
    QCOMPARE(bySd->at(0).range, 4.0);
    QCOMPARE(bySd->at(0).mean, 3.0);
    QVERIFY(std::abs(bySd->at(2).sd - 2.0) < 1e-12);

    // By range, a0, a1 and a4 tie at 4; then the larger sd, then the lower index.
    const Result<QList<ApplicationDisagreement>> byRange =
        Agreement::strongestDisagreements(scores, 3, DisagreementMeasure::Range);
    QVERIFY(byRange.ok());
    order.clear();
    for (const ApplicationDisagreement &row : byRange.value())
        order.append(row.application);
    QCOMPARE(order, (QList<int>{0, 4, 1}));

    const Result<QList<ApplicationDisagreement>> top = Agreement::strongestDisagreements(scores, 1);
    QCOMPARE(top->size(), 1);
    QCOMPARE(top->at(0).application, 0);
    QVERIFY(Agreement::strongestDisagreements({}, 10)->isEmpty());
}

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
