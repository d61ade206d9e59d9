#include "review/agreement.h"
#include "review/decisionrules.h"
#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QTest>

#include <cmath>

using namespace cohort;

// ReviewStatistics on hand-built cycles: weighted totals (weights, N/A, mixed scales, partial
// rows), the committee numbers of a small cycle computed by hand, which applications count, and
// the decision rules (target, count, departures from the calibrated order).
class TestReviewStatistics : public QObject
{
    Q_OBJECT

private slots:
    void weightedTotalExcludesNotApplicable();
    void weightedTotalMapsOtherScalesOntoTheRubricScale();
    void partialRowHasATotalButIsNotComplete();
    void totalWithoutWeightedValueIsEmpty();
    void smallCycleByHand();
    void onlyCompleteAssignmentsOfApplicationsInReviewCount();
    void progressCountsCells();
    void criterionAgreementUsesCriterionValues();
    void comparisonsForTheTarget();
    void targetAndCount();
    void departsFromOrder_data();
    void departsFromOrder();
    void departuresExplainInWords();

private:
    static ReviewCycleData smallCycle();
};

namespace {
Criterion criterion(const QString &name, int min, int max, double weight, bool na)
{
    Criterion c;
    c.id = name;
    c.name = name;
    c.role = QStringLiteral("mentee");
    c.scaleMin = min;
    c.scaleMax = max;
    c.weight = weight;
    c.allowNotApplicable = na;
    return c;
}

ReviewApplication application(const QString &code, const QString &status = QStringLiteral("under_review"))
{
    ReviewApplication a;
    a.id = code;
    a.personId = QStringLiteral("p-") + code;
    a.code = code;
    a.role = QStringLiteral("mentee");
    a.status = status;
    a.eligibility = QStringLiteral("eligible");
    return a;
}

Reviewer reviewer(const QString &name)
{
    Reviewer r;
    r.id = name;
    r.name = name;
    return r;
}

// Adds an assignment of reviewer r to application a with one cell per given value (empty:
// no cell; NaN: N/A).
void assign(ReviewCycleData &data, int a, int r, const QList<std::optional<double>> &values)
{
    ReviewAssignment assignment;
    assignment.id = QStringLiteral("as-%1-%2").arg(a).arg(r);
    assignment.applicationId = data.applications[a].id;
    assignment.reviewerId = data.reviewers[r].id;
    assignment.application = a;
    assignment.reviewer = r;
    const int index = int(data.assignments.size());
    data.assignments.append(assignment);
    for (int c = 0; c < values.size(); ++c) {
        if (!values[c])
            continue;
        ReviewCell cell;
        cell.assignment = index;
        cell.criterion = c;
        if (std::isnan(*values[c]))
            cell.notApplicable = true;
        else
            cell.value = values[c];
        data.cells.append(cell);
    }
}

const double NA = std::nan("");
} // namespace

void TestReviewStatistics::weightedTotalExcludesNotApplicable()
{
    const QList<Criterion> criteria = {criterion(QStringLiteral("A"), 1, 5, 2, false),
                                       criterion(QStringLiteral("B"), 1, 5, 1, false),
                                       criterion(QStringLiteral("C"), 1, 5, 3, true)};
    // (2·4 + 1·3) / (2 + 1): C is N/A, left out of numerator and weights.
    const AssignmentTotal total =
        ReviewStatistics::weightedTotal(criteria, {4.0, 3.0, std::nullopt}, {false, false, true});
    QVERIFY(total.total);
    QCOMPARE(*total.total, 11.0 / 3.0);
    QCOMPARE(total.scoredCells, 3);
    QCOMPARE(total.expectedCells, 3);
    QVERIFY(total.complete());
    // With C scored 5: (8 + 3 + 15) / 6.
    const AssignmentTotal all = ReviewStatistics::weightedTotal(criteria, {4.0, 3.0, 5.0}, {false, false, false});
    QCOMPARE(*all.total, 26.0 / 6.0);
}

void TestReviewStatistics::weightedTotalMapsOtherScalesOntoTheRubricScale()
{
    // The rubric's scale is its first criterion's (1–5); C's 1–10 maps linearly: 10 → 5, 1 → 1,
    // 5.5 → 3.
    const QList<Criterion> criteria = {criterion(QStringLiteral("A"), 1, 5, 2, false),
                                       criterion(QStringLiteral("B"), 1, 5, 1, false),
                                       criterion(QStringLiteral("C"), 1, 10, 1, true)};
    QCOMPARE(*ReviewStatistics::weightedTotal(criteria, {5.0, 2.0, 10.0}, {}).total, (10.0 + 2.0 + 5.0) / 4.0);
    QCOMPARE(*ReviewStatistics::weightedTotal(criteria, {1.0, 1.0, 5.5}, {}).total, (2.0 + 1.0 + 3.0) / 4.0);
}

void TestReviewStatistics::partialRowHasATotalButIsNotComplete()
{
    const QList<Criterion> criteria = {criterion(QStringLiteral("A"), 1, 5, 2, false),
                                       criterion(QStringLiteral("B"), 1, 5, 1, false),
                                       criterion(QStringLiteral("C"), 1, 5, 1, true)};
    const AssignmentTotal total = ReviewStatistics::weightedTotal(criteria, {1.0, std::nullopt, 4.0}, {});
    QCOMPARE(*total.total, (2.0 + 4.0) / 3.0);
    QCOMPARE(total.scoredCells, 2);
    QVERIFY(!total.complete());
}

void TestReviewStatistics::totalWithoutWeightedValueIsEmpty()
{
    const QList<Criterion> criteria = {criterion(QStringLiteral("A"), 1, 5, 0, false),
                                       criterion(QStringLiteral("C"), 1, 5, 1, true)};
    const AssignmentTotal total = ReviewStatistics::weightedTotal(criteria, {3.0, std::nullopt}, {false, true});
    QVERIFY(total.complete());
    QVERIFY(!total.total);
    QVERIFY(!ReviewStatistics::weightedTotal({}, {}, {}).complete());
}

// One criterion (1–5, weight 1), so totals are the values:
//        a0  a1  a2  a3
//   R0    5   4   3   .
//   R1    4   3   .   2
//   R2    ·   .   1   1     (· = assigned, unscored)
ReviewCycleData TestReviewStatistics::smallCycle()
{
    ReviewCycleData data;
    data.cycleId = QStringLiteral("cycle");
    data.role = QStringLiteral("mentee");
    data.criteria = {criterion(QStringLiteral("Overall"), 1, 5, 1, false)};
    data.reviewers = {reviewer(QStringLiteral("R0")), reviewer(QStringLiteral("R1")), reviewer(QStringLiteral("R2"))};
    data.applications = {application(QStringLiteral("E-1")), application(QStringLiteral("E-2")),
                         application(QStringLiteral("E-3")), application(QStringLiteral("E-4"))};
    assign(data, 0, 0, {5.0});
    assign(data, 1, 0, {4.0});
    assign(data, 2, 0, {3.0});
    assign(data, 0, 1, {4.0});
    assign(data, 1, 1, {3.0});
    assign(data, 3, 1, {2.0});
    assign(data, 2, 2, {1.0});
    assign(data, 3, 2, {1.0});
    assign(data, 0, 2, {});
    data.buildIndex();
    return data;
}

void TestReviewStatistics::smallCycleByHand()
{
    const ReviewCycleData data = smallCycle();
    auto computed = ReviewStatistics::compute(data);
    QVERIFY2(computed, qPrintable(computed.error()));
    const ReviewStatistics &s = computed.value();
    QCOMPARE(s.applications.size(), 4);
    const double means[] = {4.5, 3.5, 2.0, 1.5};
    const double spreads[] = {1, 1, 2, 1};
    for (int a = 0; a < 4; ++a) {
        QCOMPARE(s.applications[a].reviewCount, 2);
        QCOMPARE(s.applications[a].rawMean, means[a]);
        QCOMPARE(s.applications[a].spread, spreads[a]);
        QCOMPARE(s.applications[a].rawRank, a + 1);
        QCOMPARE(s.applications[a].rankChange(CalibrationMethod::ReviewerOffset),
                 s.applications[a].rawRank - s.applications[a].offsetRank);
        QVERIFY(s.applications[a].offsetRank >= 1);
    }
    // a0 lists three reviewers, the unscored one not counted.
    QCOMPARE(s.applications[0].totals.size(), 3);
    int counted = 0;
    for (const auto &total : s.applications[0].totals)
        counted += total.counted ? 1 : 0;
    QCOMPARE(counted, 2);
    // Reviewers: counts, means, sample sds.
    QCOMPARE(s.reviewers[0].count, 3);
    QCOMPARE(s.reviewers[0].mean, 4.0);
    QCOMPARE(s.reviewers[0].sd, 1.0);
    QCOMPARE(s.reviewers[1].mean, 3.0);
    QCOMPARE(s.reviewers[2].count, 2);
    QCOMPARE(s.reviewers[2].mean, 1.0);
    QCOMPARE(s.reviewers[2].sd, 0.0);
    QCOMPARE(s.reviewers[2].assigned, 3);
    QCOMPARE(s.reviewers[2].complete, 2);
    // R2 scores lower than their co-reviewers: a2 (3 vs 1) and a3 (2 vs 1): harshness (2 + 1) / 2.
    QCOMPARE(s.reviewers[2].harshness, 1.5);
    QVERIFY(s.reviewers[2].bias < 0);
    QVERIFY(s.reviewers[0].bias > 0);
    QCOMPARE(s.componentCount, 1);
    QCOMPARE(s.rankedCount, 4);
    QCOMPARE(s.componentsText(), QStringLiteral("All scored applications are connected through shared reviewers."));
    // Agreement on totals is Krippendorff's alpha of the counted totals.
    QList<ScoreObservation> totals = {{0, 0, 5}, {1, 0, 4}, {2, 0, 3}, {0, 1, 4},
                                      {1, 1, 3}, {3, 1, 2}, {2, 2, 1}, {3, 2, 1}};
    auto alpha = Agreement::intervalAlpha(totals);
    QVERIFY(alpha);
    QVERIFY(s.totalAgreement.defined());
    QCOMPARE(s.totalAgreement.alpha, alpha->alpha);
    // The most disagreed application is a2 (3 vs 1).
    QVERIFY(!s.disagreements.isEmpty());
    QCOMPARE(s.disagreements.first().application, 2);
}

void TestReviewStatistics::onlyCompleteAssignmentsOfApplicationsInReviewCount()
{
    ReviewCycleData data;
    data.criteria = {criterion(QStringLiteral("A"), 1, 5, 1, false), criterion(QStringLiteral("B"), 1, 5, 1, true)};
    data.reviewers = {reviewer(QStringLiteral("R0")), reviewer(QStringLiteral("R1"))};
    data.applications = {application(QStringLiteral("E-1")),
                         application(QStringLiteral("E-2"), QStringLiteral("withdrawn")),
                         application(QStringLiteral("E-3"))};
    assign(data, 0, 0, {4.0, NA});           // complete: 4
    assign(data, 0, 1, {2.0, std::nullopt}); // partial: not counted
    assign(data, 1, 0, {5.0, 5.0});          // withdrawn: not ranked
    assign(data, 2, 1, {3.0, 1.0});          // complete: 2
    data.buildIndex();
    auto s = ReviewStatistics::compute(data);
    QVERIFY2(s, qPrintable(s.error()));
    QCOMPARE(s->applications[0].reviewCount, 1);
    QCOMPARE(s->applications[0].rawMean, 4.0);
    QCOMPARE(s->applications[0].rawRank, 1);
    QCOMPARE(s->applications[1].reviewCount, 0);
    QCOMPARE(s->applications[1].rawRank, 0);
    QCOMPARE(s->applications[2].rawMean, 2.0);
    QCOMPARE(s->applications[2].rawRank, 2);
    QCOMPARE(s->rankedCount, 2);
    // Two groups: E-1 with R0, E-3 with R1 (the partial row is no edge).
    QCOMPARE(s->componentCount, 2);
    QVERIFY(s->componentsText().contains(QStringLiteral("2 separate group(s)")));
}

void TestReviewStatistics::progressCountsCells()
{
    ReviewCycleData data;
    data.criteria = {criterion(QStringLiteral("A"), 1, 5, 1, false), criterion(QStringLiteral("B"), 1, 5, 1, true)};
    data.reviewers = {reviewer(QStringLiteral("R0"))};
    data.applications = {application(QStringLiteral("E-1")), application(QStringLiteral("E-2")),
                         application(QStringLiteral("E-3"), QStringLiteral("withdrawn"))};
    assign(data, 0, 0, {4.0, NA});
    assign(data, 1, 0, {2.0, std::nullopt});
    assign(data, 2, 0, {std::nullopt, std::nullopt}); // withdrawn: not expected
    data.assignments[0].submittedAt = QDateTime(QDate(2017, 3, 1), QTime(10, 0), Qt::UTC);
    data.buildIndex();
    auto s = ReviewStatistics::compute(data);
    QVERIFY(s);
    QCOMPARE(s->cellsExpected, qint64(4));
    QCOMPARE(s->cellsScored, qint64(3));
    QCOMPARE(s->progress(), 0.75);
    QCOMPARE(s->assignmentCount, 2);
    QCOMPARE(s->assignmentsComplete, 1);
    QCOMPARE(s->assignmentsSubmitted, 1);
    QCOMPARE(s->reviewers[0].cellsScored, qint64(3));
    // The grid's own total of the partial row.
    const AssignmentTotal partial = ReviewStatistics::assignmentTotal(data, 1);
    QCOMPARE(*partial.total, 2.0);
    QVERIFY(!partial.complete());
}

void TestReviewStatistics::criterionAgreementUsesCriterionValues()
{
    ReviewCycleData data;
    data.criteria = {criterion(QStringLiteral("A"), 1, 5, 1, false), criterion(QStringLiteral("B"), 1, 5, 1, true)};
    data.reviewers = {reviewer(QStringLiteral("R0")), reviewer(QStringLiteral("R1"))};
    data.applications = {application(QStringLiteral("E-1")), application(QStringLiteral("E-2")),
                         application(QStringLiteral("E-3"))};
    // A: perfect agreement; B: N/A on one, disagreement on the others.
    assign(data, 0, 0, {5.0, 1.0});
    assign(data, 0, 1, {5.0, 5.0});
    assign(data, 1, 0, {3.0, NA});
    assign(data, 1, 1, {3.0, 2.0});
    assign(data, 2, 0, {1.0, 4.0});
    assign(data, 2, 1, {1.0, 2.0});
    data.buildIndex();
    auto s = ReviewStatistics::compute(data);
    QVERIFY(s);
    QCOMPARE(s->criterionAgreement.size(), 2);
    QVERIFY(s->criterionAgreement[0].alpha.defined());
    QCOMPARE(s->criterionAgreement[0].alpha.alpha, 1.0);
    auto b = Agreement::intervalAlpha({{0, 0, 1}, {0, 1, 5}, {1, 1, 2}, {2, 0, 4}, {2, 1, 2}});
    QVERIFY(b);
    QCOMPARE(s->criterionAgreement[1].alpha.alpha, b->alpha);
    QCOMPARE(s->criterionAgreement[1].alpha.pairableValues, 4); // E-2's single B value is not pairable
}

void TestReviewStatistics::comparisonsForTheTarget()
{
    ReviewCycleData data = smallCycle();
    data.settings.menteeTarget = 2;
    auto s = ReviewStatistics::compute(data);
    QVERIFY(s);
    QCOMPARE(s->places, 2);
    QCOMPARE(s->comparisons.size(), 3);
    QCOMPARE(s->comparisons[1].first, CalibrationMethod::RawMean);
    QCOMPARE(s->comparisons[1].second, CalibrationMethod::ReviewerOffset);
    ReviewStatisticsOptions none;
    none.places = 0;
    auto without = ReviewStatistics::compute(smallCycle(), none);
    QVERIFY(without);
    QCOMPARE(without->places, 0);
    QVERIFY(without->comparisons.isEmpty());
}

void TestReviewStatistics::targetAndCount()
{
    ReviewCycleData data = smallCycle();
    QCOMPARE(DecisionRules::target(data), std::nullopt);
    data.acceptedMentorCapacity = 3;
    QCOMPARE(DecisionRules::target(data), std::optional<int>(3));
    data.settings.menteeTarget = 2;
    QCOMPARE(DecisionRules::target(data), std::optional<int>(2));
    data.role = QStringLiteral("mentor");
    QCOMPARE(DecisionRules::target(data), std::nullopt);
    data.settings.mentorTarget = 5;
    QCOMPARE(DecisionRules::target(data), std::optional<int>(5));

    data = smallCycle();
    data.acceptedMentorCapacity = 3;
    Decision accepted;
    accepted.applicationId = data.applications[0].id;
    accepted.outcome = QStringLiteral("accepted");
    Decision declined;
    declined.applicationId = data.applications[3].id;
    declined.outcome = QStringLiteral("declined");
    data.decisions = {accepted, declined};
    data.buildIndex();
    const DecisionCount count = DecisionRules::count(data);
    QCOMPARE(count.target, std::optional<int>(3));
    QVERIFY(count.targetFromMentorCapacity);
    QCOMPARE(count.accepted, 1);
    QCOMPARE(count.declined, 1);
    QCOMPARE(count.undecided, 2);
    QCOMPARE(count.remaining(), 2);
    QCOMPARE(count.text(), QStringLiteral("1 of 3 accepted (target from the accepted mentors' capacity); 0 waitlisted, "
                                          "1 declined, 2 undecided"));
}

void TestReviewStatistics::departsFromOrder_data()
{
    QTest::addColumn<QList<int>>("ranks");
    QTest::addColumn<QStringList>("outcomes");
    QTest::addColumn<int>("application");
    QTest::addColumn<int>("target"); // -1: none
    QTest::addColumn<bool>("departs");
    const QList<int> ranks = {1, 2, 3, 4, 0};
    const QString A = QStringLiteral("accepted");
    const QString W = QStringLiteral("waitlisted");
    const QString D = QStringLiteral("declined");
    QTest::newRow("accept below target while a better one is not")
        << ranks << QStringList{{}, A, A, {}, {}} << 2 << 2 << true;
    QTest::newRow("accept below target after all better ones")
        << ranks << QStringList{A, A, A, {}, {}} << 2 << 2 << false;
    QTest::newRow("accept within target") << ranks << QStringList{A, {}, {}, {}, {}} << 0 << 2 << false;
    QTest::newRow("decline within target") << ranks << QStringList{D, {}, {}, {}, {}} << 0 << 2 << true;
    QTest::newRow("waitlist within target") << ranks << QStringList{A, W, {}, {}, {}} << 1 << 2 << true;
    QTest::newRow("decline below target") << ranks << QStringList{A, A, D, {}, {}} << 2 << 2 << false;
    QTest::newRow("accept unranked") << ranks << QStringList{A, A, A, {}, A} << 4 << 2 << true;
    QTest::newRow("accept unranked when all ranked are in") << ranks << QStringList{A, A, A, A, A} << 4 << 2 << false;
    QTest::newRow("no target: accept past a waitlisted better one")
        << ranks << QStringList{A, W, A, {}, {}} << 2 << -1 << true;
    QTest::newRow("no target: decline the best") << ranks << QStringList{D, {}, {}, {}, {}} << 0 << -1 << false;
    QTest::newRow("no decision") << ranks << QStringList{{}, {}, {}, {}, {}} << 0 << 2 << false;
}

void TestReviewStatistics::departsFromOrder()
{
    QFETCH(QList<int>, ranks);
    QFETCH(QStringList, outcomes);
    QFETCH(int, application);
    QFETCH(int, target);
    QFETCH(bool, departs);
    QCOMPARE(DecisionRules::departsFromOrder(ranks, outcomes, application,
                                             target < 0 ? std::nullopt : std::optional<int>(target)),
             departs);
}

void TestReviewStatistics::departuresExplainInWords()
{
    ReviewCycleData data = smallCycle();
    data.settings.menteeTarget = 2;
    auto s = ReviewStatistics::compute(data);
    QVERIFY(s);
    // Offset ranks follow the raw ones here only if calibration keeps the order; read them.
    int best = -1;
    int third = -1;
    for (int a = 0; a < 4; ++a) {
        if (s->applications[a].offsetRank == 1)
            best = a;
        if (s->applications[a].offsetRank == 3)
            third = a;
    }
    QVERIFY(best >= 0 && third >= 0);
    const QList<DecisionRules::Departure> departures = DecisionRules::departures(
        data, s.value(), {{third, QStringLiteral("accepted")}, {best, QStringLiteral("declined")}});
    QCOMPARE(departures.size(), 2);
    QCOMPARE(departures[0].application, third);
    QCOMPARE(departures[0].text, QStringLiteral("%1 is ranked 3, below the target of 2, while %2 (ranked 1) is not "
                                                "accepted.")
                                     .arg(data.applications[third].code, data.applications[best].code));
    QCOMPARE(
        departures[1].text,
        QStringLiteral("%1 is ranked 1, within the target of 2, but is declined.").arg(data.applications[best].code));
}

QTEST_GUILESS_MAIN(TestReviewStatistics)
#include "tst_reviewstatistics.moc"
