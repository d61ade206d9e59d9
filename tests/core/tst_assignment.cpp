#include "review/assignment.h"

#include <QSet>
#include <QTest>

#include <algorithm>
#include <random>

using namespace cohort;

// Automatic assignment of reviewers: conflicts, capacities, existing assignments, balance,
// reproducibility and the shortfalls it reports.
class TestAssignment : public QObject
{
    Q_OBJECT

private slots:
    void assignsKReviewersWithinCapacityAndConflicts();
    void balancesLoadsRelativeToCapacity();
    void keepsExistingAssignments();
    void sameSeedSamePlan();
    void recordsAFreshSeed();
    void repairsWhatGreedyLeavesShort();
    void reportsShortfalls_data();
    void reportsShortfalls();
    void flagsExistingPairsThatAreConflicts();
    void invalidRequestsAreRefused_data();
    void invalidRequestsAreRefused();
    void largeRequestKeepsEveryRule();
};

namespace {

AssignmentPlan planFor(const AssignmentRequest &request)
{
    Result<AssignmentPlan> plan = ReviewerAssignment::assign(request);
    if (!plan)
        qFatal("assign failed: %s", qPrintable(plan.error()));
    return plan.value();
}

// A request with random conflicts (about `conflictShare` of all pairs), seeded.
AssignmentRequest randomRequest(int applications, int reviewers, int capacity, double conflictShare, quint64 seed)
{
    AssignmentRequest request;
    request.applicationCount = applications;
    request.capacities = QList<int>(reviewers, capacity);
    std::mt19937_64 rng(seed);
    std::bernoulli_distribution conflicted(conflictShare);
    for (int a = 0; a < applications; ++a)
        for (int r = 0; r < reviewers; ++r)
            if (conflicted(rng))
                request.conflicts.append({a, r});
    request.seed = 1;
    return request;
}

// Checks every rule a plan must keep; returns the reviewers per application (existing + added).
QList<QList<int>> checkPlan(const AssignmentRequest &request, const AssignmentPlan &plan)
{
    QList<QList<int>> on(request.applicationCount);
    QList<int> loads(request.capacities.size(), 0);
    QSet<QPair<int, int>> conflicts;
    for (const ReviewPair &pair : request.conflicts)
        conflicts.insert({pair.application, pair.reviewer});
    for (const ReviewPair &pair : request.existing) {
        on[pair.application].append(pair.reviewer);
        ++loads[pair.reviewer];
    }
    for (const ReviewPair &pair : plan.added) {
        if (conflicts.contains({pair.application, pair.reviewer}))
            qFatal("conflicted pair %d–%d assigned", pair.application, pair.reviewer);
        if (on[pair.application].contains(pair.reviewer))
            qFatal("reviewer %d assigned twice to %d", pair.reviewer, pair.application);
        if (loads[pair.reviewer] >= request.capacities[pair.reviewer])
            qFatal("reviewer %d over capacity", pair.reviewer);
        on[pair.application].append(pair.reviewer);
        ++loads[pair.reviewer];
    }
    if (loads != plan.loads)
        qFatal("loads do not add up");
    int shortfallIndex = 0;
    for (int a = 0; a < request.applicationCount; ++a) {
        const int missing = std::max(0, request.reviewersPerApplication - int(on[a].size()));
        if (missing == 0)
            continue;
        if (shortfallIndex >= plan.shortfalls.size() || plan.shortfalls[shortfallIndex].application != a ||
            plan.shortfalls[shortfallIndex].missing != missing)
            qFatal("application %d: %d short but not reported", a, missing);
        ++shortfallIndex;
    }
    if (shortfallIndex != plan.shortfalls.size())
        qFatal("a shortfall reported for an application that has its reviewers");
    return on;
}

} // namespace

void TestAssignment::assignsKReviewersWithinCapacityAndConflicts()
{
    const AssignmentRequest request = randomRequest(300, 20, 40, 0.1, 11);
    const AssignmentPlan plan = planFor(request);
    const QList<QList<int>> on = checkPlan(request, plan);
    QVERIFY(plan.shortfalls.isEmpty());
    for (const QList<int> &reviewers : on)
        QCOMPARE(reviewers.size(), 2);
    QCOMPARE(plan.added.size(), 600);

    AssignmentRequest three = request;
    three.reviewersPerApplication = 3;
    three.capacities = QList<int>(20, 50); // 900 slots
    const AssignmentPlan threePlan = planFor(three);
    for (const QList<int> &reviewers : checkPlan(three, threePlan))
        QCOMPARE(reviewers.size(), 3);
}

void TestAssignment::balancesLoadsRelativeToCapacity()
{
    // Equal capacities, no conflicts: 200 slots over 10 reviewers, 20 each.
    AssignmentRequest request = randomRequest(100, 10, 25, 0.0, 1);
    AssignmentPlan plan = planFor(request);
    checkPlan(request, plan);
    QCOMPARE(*std::max_element(plan.loads.begin(), plan.loads.end()), 20);
    QCOMPARE(*std::min_element(plan.loads.begin(), plan.loads.end()), 20);

    // With 15 % conflicts and an uneven total (250 slots over 12): max − min stays at most 1.
    request = randomRequest(125, 12, 40, 0.15, 2);
    plan = planFor(request);
    checkPlan(request, plan);
    QVERIFY(plan.shortfalls.isEmpty());
    const auto [low, high] = std::minmax_element(plan.loads.begin(), plan.loads.end());
    QVERIFY2(*high - *low <= 1, qPrintable(QStringLiteral("loads %1 … %2").arg(*low).arg(*high)));

    // Unequal capacities: loads follow them (10 : 30 of 40 slots).
    request = AssignmentRequest{};
    request.applicationCount = 20;
    request.capacities = {10, 30, 30};
    request.seed = 3;
    plan = planFor(request);
    checkPlan(request, plan);
    QCOMPARE(plan.loads, (QList<int>{6, 17, 17}) /* 40 slots in proportion 1 : 3 : 3, rounded */);
}

void TestAssignment::keepsExistingAssignments()
{
    AssignmentRequest request;
    request.applicationCount = 4;
    request.capacities = {2, 10, 10, 10};
    request.existing = {{0, 0}, {0, 1}, {1, 0}, {2, 3}};
    request.seed = 42;
    const AssignmentPlan plan = planFor(request);
    const QList<QList<int>> on = checkPlan(request, plan);
    QCOMPARE(on[0], (QList<int>{0, 1})); // already complete: nothing added
    QCOMPARE(on[1].size(), 2);
    QCOMPARE(on[1].first(), 0);
    QCOMPARE(on[2].size(), 2);
    QCOMPARE(on[2].first(), 3);
    QCOMPARE(on[3].size(), 2);
    QCOMPARE(plan.loads[0], 2); // reviewer 0 was full with existing work: never given more
    for (const ReviewPair &pair : plan.added) {
        QVERIFY(pair.reviewer != 0);
        QVERIFY(pair.application != 0);
    }
    QCOMPARE(plan.added.size(), 4);

    // Existing assignments beyond k or beyond capacity are kept as they are.
    request.existing = {{0, 0}, {0, 1}, {0, 2}, {1, 0}, {2, 0}};
    request.capacities = {2, 10, 10, 10};
    const AssignmentPlan over = planFor(request);
    QCOMPARE(over.loads[0], 3);
    QVERIFY(over.shortfalls.isEmpty());
}

void TestAssignment::sameSeedSamePlan()
{
    AssignmentRequest request = randomRequest(500, 30, 40, 0.05, 8);
    request.seed = 123456789;
    const AssignmentPlan first = planFor(request);
    const AssignmentPlan again = planFor(request);
    QCOMPARE(again.added, first.added);
    QCOMPARE(again.loads, first.loads);
    QCOMPARE(again.seed, 123456789);

    bool anyDifferent = false;
    for (qint64 seed = 1; seed <= 5 && !anyDifferent; ++seed) {
        request.seed = seed;
        anyDifferent = planFor(request).added != first.added;
    }
    QVERIFY(anyDifferent);
}

void TestAssignment::recordsAFreshSeed()
{
    AssignmentRequest request = randomRequest(50, 6, 20, 0.0, 3);
    request.seed.reset();
    const AssignmentPlan plan = planFor(request);
    request.seed = plan.seed;
    QCOMPARE(planFor(request).added, plan.added); // the recorded seed reproduces the plan
}

void TestAssignment::repairsWhatGreedyLeavesShort()
{
    // 3 reviewers with room for 2 each, 3 applications needing 2: only a perfect plan fits, and a
    // greedy pass can paint itself into a corner (a0 and a1 both take reviewer x in round 2, so a2
    // is left with its round-1 reviewer only). The augmenting-path repair fixes it for every seed.
    AssignmentRequest request;
    request.applicationCount = 3;
    request.capacities = {2, 2, 2};
    for (qint64 seed = 0; seed < 200; ++seed) {
        request.seed = seed;
        const AssignmentPlan plan = planFor(request);
        checkPlan(request, plan);
        QVERIFY2(plan.shortfalls.isEmpty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
        QCOMPARE(plan.loads, (QList<int>{2, 2, 2}));
    }

    // The same with conflicts that only a longer path can work around.
    request.applicationCount = 6;
    request.capacities = {3, 3, 3, 3};
    request.conflicts = {{0, 0}, {1, 1}, {2, 2}, {3, 3}};
    for (qint64 seed = 0; seed < 200; ++seed) {
        request.seed = seed;
        const AssignmentPlan plan = planFor(request);
        checkPlan(request, plan);
        QVERIFY2(plan.shortfalls.isEmpty(), qPrintable(QStringLiteral("seed %1").arg(seed)));
    }
}

void TestAssignment::reportsShortfalls_data()
{
    QTest::addColumn<int>("applications");
    QTest::addColumn<QList<int>>("capacities");
    QTest::addColumn<QList<ReviewPair>>("conflicts");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("shortApplication");
    QTest::addColumn<int>("missing");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("shortCount");

    using Reason = AssignmentShortfall::Reason;
    // 10 applications × 2 = 20 slots, room for 10: every application gets one (rounds), none two.
    QTest::newRow("capacity") << 10 << QList<int>{5, 5} << QList<ReviewPair>{} << 2 << 0 << 1
                              << int(Reason::AllAtCapacity) << 10;
    QTest::newRow("conflicts") << 3 << QList<int>{10, 10, 10} << QList<ReviewPair>{{1, 0}, {1, 2}} << 2 << 1 << 1
                               << int(Reason::AllConflicted) << 1;
    QTest::newRow("conflicted with everyone") << 2 << QList<int>{10, 10} << QList<ReviewPair>{{0, 0}, {0, 1}} << 2 << 0
                                              << 2 << int(Reason::AllConflicted) << 1;
    QTest::newRow("too few reviewers") << 2 << QList<int>{10} << QList<ReviewPair>{} << 2 << 0 << 1
                                       << int(Reason::TooFewReviewers) << 2;
    QTest::newRow("no reviewers") << 1 << QList<int>{} << QList<ReviewPair>{} << 2 << 0 << 2
                                  << int(Reason::TooFewReviewers) << 1;
    QTest::newRow("inactive reviewer (capacity 0)")
        << 1 << QList<int>{1, 0} << QList<ReviewPair>{} << 2 << 0 << 1 << int(Reason::AllAtCapacity) << 1;
    QTest::newRow("conflict and capacity") << 1 << QList<int>{0, 5, 5} << QList<ReviewPair>{{0, 1}} << 3 << 0 << 2
                                           << int(Reason::ConflictedOrAtCapacity) << 1;
}

void TestAssignment::reportsShortfalls()
{
    QFETCH(int, applications);
    QFETCH(QList<int>, capacities);
    QFETCH(QList<ReviewPair>, conflicts);
    QFETCH(int, k);
    QFETCH(int, shortApplication);
    QFETCH(int, missing);
    QFETCH(int, reason);
    QFETCH(int, shortCount);

    AssignmentRequest request;
    request.applicationCount = applications;
    request.capacities = capacities;
    request.conflicts = conflicts;
    request.reviewersPerApplication = k;
    request.seed = 9;
    const AssignmentPlan plan = planFor(request);
    checkPlan(request, plan);
    QCOMPARE(plan.shortfalls.size(), shortCount);
    const auto it = std::find_if(plan.shortfalls.begin(), plan.shortfalls.end(),
                                 [&](const AssignmentShortfall &s) { return s.application == shortApplication; });
    QVERIFY(it != plan.shortfalls.end());
    QCOMPARE(it->missing, missing);
    QCOMPARE(int(it->reason), reason);
    QVERIFY(it->text().startsWith(QString::number(missing) + QLatin1Char(' ')));
    if (it->reason == AssignmentShortfall::Reason::ConflictedOrAtCapacity) {
        QCOMPARE(it->conflicted, 1);
        QVERIFY(it->text().contains(QStringLiteral("(1)")));
    }
}

void TestAssignment::flagsExistingPairsThatAreConflicts()
{
    AssignmentRequest request;
    request.applicationCount = 2;
    request.capacities = {5, 5, 5};
    request.existing = {{1, 2}};
    request.conflicts = {{1, 2}, {0, 0}};
    request.seed = 4;
    const AssignmentPlan plan = planFor(request);
    QCOMPARE(plan.conflictedExisting, (QList<ReviewPair>{{1, 2}}));
    QCOMPARE(plan.loads[2] >= 1, true);
    for (const ReviewPair &pair : plan.added)
        QVERIFY(!(pair.application == 0 && pair.reviewer == 0));
}

void TestAssignment::invalidRequestsAreRefused_data()
{
    QTest::addColumn<AssignmentRequest>("request");
    AssignmentRequest valid;
    valid.applicationCount = 2;
    valid.capacities = {3, 3};

    AssignmentRequest r = valid;
    r.reviewersPerApplication = 0;
    QTest::newRow("k = 0") << r;
    r = valid;
    r.capacities = {3, -1};
    QTest::newRow("negative capacity") << r;
    r = valid;
    r.conflicts = {{2, 0}};
    QTest::newRow("conflict out of range") << r;
    r = valid;
    r.existing = {{0, 2}};
    QTest::newRow("existing out of range") << r;
    r = valid;
    r.existing = {{0, 1}, {0, 1}};
    QTest::newRow("existing twice") << r;
    r = valid;
    r.applicationCount = -1;
    QTest::newRow("negative count") << r;
}

void TestAssignment::invalidRequestsAreRefused()
{
    QFETCH(AssignmentRequest, request);
    const Result<AssignmentPlan> plan = ReviewerAssignment::assign(request);
    QVERIFY(!plan.ok());
    QVERIFY(!plan.error().isEmpty());
}

void TestAssignment::largeRequestKeepsEveryRule()
{
    // The benchmark's size: 10,000 applications, 200 reviewers with room for 110 each, 2 % of
    // all pairs conflicted, 5 % of applications with an existing reviewer.
    AssignmentRequest request = randomRequest(10000, 200, 110, 0.02, 77);
    for (int a = 0; a < 10000; a += 20)
        request.existing.append({a, (a / 20) % 200});
    const AssignmentPlan plan = planFor(request);
    const QList<QList<int>> on = checkPlan(request, plan);
    QVERIFY(plan.shortfalls.isEmpty());
    for (const QList<int> &reviewers : on)
        QCOMPARE(reviewers.size(), 2);
    const auto [low, high] = std::minmax_element(plan.loads.begin(), plan.loads.end());
    QVERIFY2(*high - *low <= 1, qPrintable(QStringLiteral("loads %1 … %2").arg(*low).arg(*high)));
}

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
