#include "matching/linearassignment.h"
#include "matching/slotassignment.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <random>
#include <vector>

using namespace cohort;
using namespace cohort::matching;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(SlotAssignmentRequest)
Q_DECLARE_METATYPE(SlotAssignmentMode)

// The assignment solver against brute force on small random cases (square, rectangular both
// ways, forbidden pairs, capacities, optional rows), against an independent O(n³) Hungarian
// method on medium ones, infeasibility, invalid input and ties; then SlotAssignment against brute
// force over every mentee → mentor map, its reasons and the requests it refuses.
class TestLinearAssignment : public QObject
{
    Q_OBJECT

private slots:
    void optimalOnSmallMatrices_data();
    void optimalOnSmallMatrices();
    void optimalOnMediumMatrices();
    void reportsInfeasible_data();
    void reportsInfeasible();
    void rejectsInvalidInput();
    void emptyMatrices();
    void tiesAreDeterministic();
    void capacitatedOptimalOnSmallCases();
    void capacitatedAgreesWithExpandedColumns();
    void slotAssignmentMatchesBruteForce_data();
    void slotAssignmentMatchesBruteForce();
    void slotAssignmentReasons();
    void slotAssignmentKeepsLocks();
    void slotAssignmentRefusesBadRequests_data();
    void slotAssignmentRefusesBadRequests();
    void slotAssignmentIsDeterministic();
};

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();
constexpr double Tolerance = 1e-9;

bool close(double a, double b)
{
    return std::abs(a - b) <= Tolerance * std::max(1.0, std::max(std::abs(a), std::abs(b)));
}

// Costs: small integers (many ties) or uniform reals; each pair forbidden with probability
// `forbidden`.
std::vector<double> randomCosts(std::mt19937_64 &rng, int rows, int cols, bool integers, double forbidden)
{
    std::uniform_int_distribution<int> small(0, 4);
    std::uniform_real_distribution<double> real(-1.0, 3.0);
    std::bernoulli_distribution isForbidden(forbidden);
    std::vector<double> cost(std::size_t(rows) * std::size_t(cols));
    for (double &value : cost) {
        value = integers ? double(small(rng)) : real(rng);
        if (isForbidden(rng))
            value = Inf;
    }
    return cost;
}

// The least total over every way to give each row (rows ≤ cols) or each column (rows > cols) a
// distinct partner at finite cost; +inf when there is none.
double bruteForce(const std::vector<double> &cost, int rows, int cols)
{
    const bool byRow = rows <= cols;
    const int items = byRow ? rows : cols;
    const int partners = byRow ? cols : rows;
    std::vector<char> used(std::size_t(partners), 0);
    double best = Inf;
    std::function<void(int, double)> visit = [&](int item, double sum) {
        if (item == items) {
            best = std::min(best, sum);
            return;
        }
        for (int p = 0; p < partners; ++p) {
            if (used[std::size_t(p)])
                continue;
            const double c = byRow ? cost[std::size_t(item * cols + p)] : cost[std::size_t(p * cols + item)];
            if (c == Inf)
                continue;
            used[std::size_t(p)] = 1;
            visit(item + 1, sum + c);
            used[std::size_t(p)] = 0;
        }
    };
    visit(0, 0.0);
    return best;
}

// A result must be an assignment of the right shape, avoid forbidden pairs and add up.
void checkAssignment(const std::vector<double> &cost, int rows, int cols, const LinearAssignmentResult &result)
{
    QVERIFY(result.feasible);
    QVERIFY(!result.invalidInput);
    QCOMPARE(int(result.columnOfRow.size()), rows);
    std::vector<char> used(std::size_t(cols), 0);
    double total = 0.0;
    int assigned = 0;
    for (int i = 0; i < rows; ++i) {
        const int j = result.columnOfRow[std::size_t(i)];
        if (j < 0)
            continue;
        QVERIFY(j < cols);
        QVERIFY2(!used[std::size_t(j)], "a column used twice");
        used[std::size_t(j)] = 1;
        QVERIFY2(cost[std::size_t(i * cols + j)] < Inf, "a forbidden pair used");
        total += cost[std::size_t(i * cols + j)];
        ++assigned;
    }
    QCOMPARE(assigned, std::min(rows, cols));
    QVERIFY(close(total, result.total));
}

// An independent reference for square and wide matrices of finite costs: the O(n²m) Hungarian
// method with potentials, 1-based (the well-known e-maxx formulation).
double hungarian(const std::vector<double> &cost, int rows, int cols)
{
    std::vector<double> u(std::size_t(rows) + 1, 0.0);
    std::vector<double> v(std::size_t(cols) + 1, 0.0);
    std::vector<int> p(std::size_t(cols) + 1, 0);
    std::vector<int> way(std::size_t(cols) + 1, 0);
    for (int i = 1; i <= rows; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(std::size_t(cols) + 1, Inf);
        std::vector<char> used(std::size_t(cols) + 1, 0);
        do {
            used[std::size_t(j0)] = 1;
            const int i0 = p[std::size_t(j0)];
            double delta = Inf;
            int j1 = 0;
            for (int j = 1; j <= cols; ++j) {
                if (used[std::size_t(j)])
                    continue;
                const double cur = cost[std::size_t((i0 - 1) * cols + j - 1)] - u[std::size_t(i0)] - v[std::size_t(j)];
                if (cur < minv[std::size_t(j)]) {
                    minv[std::size_t(j)] = cur;
                    way[std::size_t(j)] = j0;
                }
                if (minv[std::size_t(j)] < delta) {
                    delta = minv[std::size_t(j)];
                    j1 = j;
                }
            }
            for (int j = 0; j <= cols; ++j) {
                if (used[std::size_t(j)]) {
                    u[std::size_t(p[std::size_t(j)])] += delta;
                    v[std::size_t(j)] -= delta;
                } else {
                    minv[std::size_t(j)] -= delta;
                }
            }
            j0 = j1;
        } while (p[std::size_t(j0)] != 0);
        do {
            const int j1 = way[std::size_t(j0)];
            p[std::size_t(j0)] = p[std::size_t(j1)];
            j0 = j1;
        } while (j0 != 0);
    }
    double total = 0.0;
    for (int j = 1; j <= cols; ++j)
        if (p[std::size_t(j)] != 0)
            total += cost[std::size_t((p[std::size_t(j)] - 1) * cols + j - 1)];
    return total;
}

// Brute force for the general form: each row takes a column with room, or stays unassigned at
// its own cost when that is finite.
double bruteForceCapacitated(const std::vector<double> &cost, int rows, int cols, const std::vector<int> &capacity,
                             const std::vector<double> &unassigned)
{
    std::vector<int> room = capacity;
    double best = Inf;
    std::function<void(int, double)> visit = [&](int i, double sum) {
        if (i == rows) {
            best = std::min(best, sum);
            return;
        }
        if (unassigned[std::size_t(i)] < Inf)
            visit(i + 1, sum + unassigned[std::size_t(i)]);
        for (int j = 0; j < cols; ++j) {
            const double c = cost[std::size_t(i * cols + j)];
            if (room[std::size_t(j)] == 0 || c == Inf)
                continue;
            --room[std::size_t(j)];
            visit(i + 1, sum + c);
            ++room[std::size_t(j)];
        }
    };
    visit(0, 0.0);
    return best;
}

// The best objective over every mentee → mentor map (or none) that keeps the rules: as
// {matched, total score}, compared by score alone (BestScores) or by count first (MostMatched).
struct Objective
{
    int matched = -1;
    double score = -Inf;
};

bool better(const Objective &a, const Objective &b, SlotAssignmentMode mode)
{
    if (mode == SlotAssignmentMode::MostMatched && a.matched != b.matched)
        return a.matched > b.matched;
    return a.score > b.score + Tolerance;
}

bool isForbidden(const SlotAssignmentRequest &request, int mentee, int mentor)
{
    return request.forbidden.contains(MentorPair{mentee, mentor});
}

Objective bruteForceSlots(const SlotAssignmentRequest &request)
{
    const int mentors = int(request.capacities.size());
    std::vector<int> locked(std::size_t(request.menteeCount), -1);
    std::vector<int> room(request.capacities.begin(), request.capacities.end());
    for (const MentorPair &pair : request.locked) {
        locked[std::size_t(pair.mentee)] = pair.mentor;
        --room[std::size_t(pair.mentor)]; // taken before anyone else is placed
    }
    Objective best;
    std::function<void(int, Objective)> visit = [&](int i, Objective sum) {
        if (i == request.menteeCount) {
            if (best.matched < 0 || better(sum, best, request.mode))
                best = sum;
            return;
        }
        const auto take = [&](int m) {
            --room[std::size_t(m)];
            visit(i + 1, {sum.matched + 1, sum.score + request.scores[std::size_t(i * mentors + m)]});
            ++room[std::size_t(m)];
        };
        if (const int m = locked[std::size_t(i)]; m >= 0) {
            visit(i + 1, {sum.matched + 1, sum.score + request.scores[std::size_t(i * mentors + m)]});
            return;
        }
        visit(i + 1, sum);
        for (int m = 0; m < mentors; ++m)
            if (room[std::size_t(m)] > 0 && !isForbidden(request, i, m) &&
                request.scores[std::size_t(i * mentors + m)] >= request.minimumScore)
                take(m);
    };
    visit(0, {0, 0.0});
    return best;
}

SlotAssignmentRequest randomSlotRequest(std::mt19937_64 &rng, SlotAssignmentMode mode)
{
    std::uniform_int_distribution<int> menteeCount(1, 6);
    std::uniform_int_distribution<int> mentorCount(1, 4);
    std::uniform_int_distribution<int> capacity(1, 3);
    std::uniform_int_distribution<int> tenths(0, 10);
    std::uniform_real_distribution<double> real(0.0, 1.0);
    std::bernoulli_distribution coin(0.5);
    std::bernoulli_distribution rare(0.15);

    SlotAssignmentRequest request;
    request.mode = mode;
    request.menteeCount = menteeCount(rng);
    const int mentors = mentorCount(rng);
    for (int m = 0; m < mentors; ++m)
        request.capacities.append(rare(rng) ? 0 : capacity(rng));
    const bool coarse = coin(rng); // scores in tenths: many ties
    for (int i = 0; i < request.menteeCount * mentors; ++i)
        request.scores.push_back(coarse ? tenths(rng) / 10.0 : real(rng));
    request.minimumScore = coin(rng) ? 0.0 : std::uniform_real_distribution<double>(0.0, 0.6)(rng);
    std::vector<int> room(request.capacities.begin(), request.capacities.end());
    for (int i = 0; i < request.menteeCount; ++i) {
        for (int m = 0; m < mentors; ++m) {
            if (rare(rng))
                request.forbidden.append({i, m});
        }
        if (rare(rng)) {
            const int m = std::uniform_int_distribution<int>(0, mentors - 1)(rng);
            if (room[std::size_t(m)] > 0 && !isForbidden(request, i, m)) {
                --room[std::size_t(m)];
                request.locked.append({i, m});
            }
        }
    }
    return request;
}

// A plan must keep the locks, capacities, forbidden pairs and minimum score, add up, and give
// each unmatched mentee a reason that holds.
void checkPlan(const SlotAssignmentRequest &request, const SlotAssignmentPlan &plan)
{
    const int mentors = int(request.capacities.size());
    QCOMPARE(plan.mentorOfMentee.size(), qsizetype(request.menteeCount));
    QList<int> loads(mentors, 0);
    int matched = 0;
    double score = 0.0;
    for (int i = 0; i < request.menteeCount; ++i) {
        const int m = plan.mentorOfMentee[i];
        if (m < 0)
            continue;
        QVERIFY(m < mentors);
        ++loads[m];
        ++matched;
        score += request.scores[std::size_t(i * mentors + m)];
        bool isLocked = false;
        for (const MentorPair &pair : request.locked)
            isLocked = isLocked || pair == MentorPair{i, m};
        if (!isLocked) {
            QVERIFY2(!isForbidden(request, i, m), "a forbidden pair matched");
            QVERIFY2(request.scores[std::size_t(i * mentors + m)] >= request.minimumScore, "below the minimum");
        }
    }
    for (const MentorPair &pair : request.locked)
        QCOMPARE(plan.mentorOfMentee[pair.mentee], pair.mentor);
    for (int m = 0; m < mentors; ++m)
        QVERIFY2(loads[m] <= request.capacities[m], "over capacity");
    QCOMPARE(plan.loads, loads);
    QCOMPARE(plan.matchedCount, matched);
    QVERIFY(close(plan.totalScore, score));

    int next = 0;
    for (int i = 0; i < request.menteeCount; ++i) {
        if (plan.mentorOfMentee[i] >= 0)
            continue;
        QVERIFY(next < plan.unmatched.size());
        const UnmatchedMentee &unmatched = plan.unmatched[next++];
        QCOMPARE(unmatched.mentee, i);
        int suitable = 0;
        bool anyRoom = false;
        for (int m = 0; m < mentors; ++m) {
            if (isForbidden(request, i, m) || request.capacities[m] == 0 ||
                request.scores[std::size_t(i * mentors + m)] < request.minimumScore)
                continue;
            ++suitable;
            anyRoom = anyRoom || loads[m] < request.capacities[m];
        }
        QCOMPARE(unmatched.suitableMentors, suitable);
        const UnmatchedMentee::Reason expected = suitable == 0 ? UnmatchedMentee::Reason::NoSuitableMentor
                                                 : anyRoom     ? UnmatchedMentee::Reason::LeftOut
                                                               : UnmatchedMentee::Reason::SuitableFull;
        QCOMPARE(unmatched.reason, expected);
        QVERIFY(!unmatched.text().isEmpty());
        if (expected == UnmatchedMentee::Reason::LeftOut) // only a pair adding nothing may be left out
            for (int m = 0; m < mentors; ++m)
                if (!isForbidden(request, i, m) && loads[m] < request.capacities[m] &&
                    request.scores[std::size_t(i * mentors + m)] >= request.minimumScore)
                    QCOMPARE(request.scores[std::size_t(i * mentors + m)], 0.0);
    }
    QCOMPARE(next, plan.unmatched.size());
}

SlotAssignmentPlan planFor(const SlotAssignmentRequest &request)
{
    Result<SlotAssignmentPlan> plan = SlotAssignment::solve(request);
    if (!plan)
        qFatal("solve failed: %s", qPrintable(plan.error()));
    return plan.value();
}

} // namespace

void TestLinearAssignment::optimalOnSmallMatrices_data()
{
    QTest::addColumn<bool>("integers");
    QTest::addColumn<double>("forbidden");
    QTest::newRow("reals") << false << 0.0;
    QTest::newRow("small integers (ties)") << true << 0.0;
    QTest::newRow("reals, 25 % forbidden") << false << 0.25;
    QTest::newRow("integers, 40 % forbidden") << true << 0.4;
}

void TestLinearAssignment::optimalOnSmallMatrices()
{
    QFETCH(bool, integers);
    QFETCH(double, forbidden);
    std::mt19937_64 rng(integers ? 7 : 8);
    std::uniform_int_distribution<int> size(1, 8);
    int feasible = 0;
    int infeasible = 0;
    for (int round = 0; round < 1500; ++round) {
        // Square up to 8 × 8, wide and tall up to 8 on the long side.
        const int shape = round % 3;
        int rows = size(rng);
        int cols = shape == 0 ? rows : std::min(8, rows + 1 + int(rng() % 3));
        if (rows == cols && shape != 0)
            rows = std::max(1, rows - 1 - int(rng() % 3));
        if (shape == 2)
            std::swap(rows, cols);
        const std::vector<double> cost = randomCosts(rng, rows, cols, integers, forbidden);
        const double best = bruteForce(cost, rows, cols);
        const LinearAssignmentResult result = solveLinearAssignment(cost, rows, cols);
        if (best == Inf) {
            QVERIFY2(!result.feasible, qPrintable(QStringLiteral("%1 × %2 should be infeasible").arg(rows).arg(cols)));
            QVERIFY(!result.invalidInput);
            QCOMPARE(result.columnOfRow, std::vector<int>(std::size_t(rows), -1));
            ++infeasible;
            continue;
        }
        checkAssignment(cost, rows, cols, result);
        QVERIFY2(
            close(result.total, best),
            qPrintable(QStringLiteral("%1 × %2: %3, brute force %4").arg(rows).arg(cols).arg(result.total).arg(best)));
        ++feasible;
        // The general form with every capacity 1 takes another start; the optimum is the same.
        if (rows <= cols) {
            const std::vector<int> ones(std::size_t(cols), 1);
            const LinearAssignmentResult general = solveCapacitatedAssignment(cost, rows, cols, ones, {});
            checkAssignment(cost, rows, cols, general);
            QVERIFY(close(general.total, best));
        }
    }
    QVERIFY(feasible > 100);
    if (forbidden > 0.3)
        QVERIFY(infeasible > 10);
}

void TestLinearAssignment::optimalOnMediumMatrices()
{
    std::mt19937_64 rng(99);
    const struct
    {
        int rows;
        int cols;
        bool integers;
    } cases[] = {{60, 60, false}, {60, 60, true},   {150, 150, false}, {120, 300, false},
                 {80, 200, true}, {200, 200, true}, {300, 300, false}};
    for (const auto &c : cases) {
        const std::vector<double> cost = randomCosts(rng, c.rows, c.cols, c.integers, 0.0);
        const double reference = hungarian(cost, c.rows, c.cols);
        const LinearAssignmentResult result = solveLinearAssignment(cost, c.rows, c.cols);
        checkAssignment(cost, c.rows, c.cols, result);
        QVERIFY2(
            close(result.total, reference),
            qPrintable(
                QStringLiteral("%1 × %2: %3, Hungarian %4").arg(c.rows).arg(c.cols).arg(result.total).arg(reference)));

        // The transpose: every column of it assigned, at the same total.
        std::vector<double> transposed(cost.size());
        for (int i = 0; i < c.rows; ++i)
            for (int j = 0; j < c.cols; ++j)
                transposed[std::size_t(j * c.rows + i)] = cost[std::size_t(i * c.cols + j)];
        const LinearAssignmentResult tall = solveLinearAssignment(transposed, c.cols, c.rows);
        checkAssignment(transposed, c.cols, c.rows, tall);
        QVERIFY(close(tall.total, reference));

        const std::vector<int> ones(std::size_t(c.cols), 1);
        const LinearAssignmentResult general = solveCapacitatedAssignment(cost, c.rows, c.cols, ones, {});
        checkAssignment(cost, c.rows, c.cols, general);
        QVERIFY(close(general.total, reference));
    }

    // With forbidden pairs no reference handles, the three paths must still agree.
    for (int round = 0; round < 6; ++round) {
        const int rows = 100 + 30 * round;
        const int cols = round % 2 == 0 ? rows : rows + 57;
        const std::vector<double> cost = randomCosts(rng, rows, cols, round % 3 == 0, 0.6);
        const LinearAssignmentResult result = solveLinearAssignment(cost, rows, cols);
        checkAssignment(cost, rows, cols, result);
        const std::vector<int> ones(std::size_t(cols), 1);
        const LinearAssignmentResult general = solveCapacitatedAssignment(cost, rows, cols, ones, {});
        checkAssignment(cost, rows, cols, general);
        QVERIFY(close(general.total, result.total));
    }
}

void TestLinearAssignment::reportsInfeasible_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<std::vector<double>>("cost");
    QTest::newRow("a row all forbidden") << 2 << 2 << std::vector<double>{Inf, Inf, 1, 2};
    QTest::newRow("a column all forbidden (square)") << 2 << 2 << std::vector<double>{1, Inf, 2, Inf};
    QTest::newRow("two rows, one column open") << 2 << 3 << std::vector<double>{1, Inf, Inf, 2, Inf, Inf};
    QTest::newRow("Hall's condition fails") << 3 << 3 << std::vector<double>{1, Inf, Inf, 2, Inf, Inf, 3, 4, 5};
    QTest::newRow("Hall's condition fails, wide")
        << 3 << 4 << std::vector<double>{1, 2, Inf, Inf, 3, 4, Inf, Inf, 5, 6, Inf, Inf};
    QTest::newRow("tall, a column all forbidden") << 3 << 2 << std::vector<double>{1, Inf, 2, Inf, 3, Inf};
    QTest::newRow("1 × 1 forbidden") << 1 << 1 << std::vector<double>{Inf};
}

void TestLinearAssignment::reportsInfeasible()
{
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(std::vector<double>, cost);
    const LinearAssignmentResult result = solveLinearAssignment(cost, rows, cols);
    QVERIFY(!result.feasible);
    QVERIFY(!result.invalidInput);
    QCOMPARE(result.columnOfRow, std::vector<int>(std::size_t(rows), -1));

    // Large and infeasible: ends, without looping.
    std::mt19937_64 rng(5);
    std::vector<double> large = randomCosts(rng, 300, 300, false, 0.0);
    for (int i = 0; i < 300; ++i)
        for (int j = 0; j < 2; ++j)
            large[std::size_t(i * 300 + j)] = Inf; // column 0 and 1 nobody may take, yet all must be
    QVERIFY(!solveLinearAssignment(large, 300, 300).feasible);
    for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 300; ++j)
            large[std::size_t(i * 300 + j)] = j < 1 ? 1.0 : Inf; // 3 rows that only fit column 0
    QVERIFY(!solveLinearAssignment(std::span<const double>(large).first(200 * 300), 200, 300).feasible);
}

void TestLinearAssignment::rejectsInvalidInput()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    for (const std::vector<double> &cost : {std::vector<double>{1, 2, nan, 4}, std::vector<double>{1, -Inf, 3, 4}}) {
        const LinearAssignmentResult result = solveLinearAssignment(cost, 2, 2);
        QVERIFY(!result.feasible);
        QVERIFY(result.invalidInput);
        QCOMPARE(result.columnOfRow, std::vector<int>(2, -1));
    }
    const std::vector<double> four{1, 2, 3, 4};
    QVERIFY(solveLinearAssignment(four, 2, 3).invalidInput); // sizes do not match
    QVERIFY(solveLinearAssignment(four, -2, -2).invalidInput);
    QVERIFY(solveCapacitatedAssignment(four, 2, 2, std::vector<int>{1, -1}, {}).invalidInput);
    QVERIFY(solveCapacitatedAssignment(four, 2, 2, std::vector<int>{1}, {}).invalidInput);
    QVERIFY(solveCapacitatedAssignment(four, 2, 2, {}, std::vector<double>{0, nan}).invalidInput);
}

void TestLinearAssignment::emptyMatrices()
{
    const std::vector<double> none;
    LinearAssignmentResult result = solveLinearAssignment(none, 0, 0);
    QVERIFY(result.feasible);
    QCOMPARE(result.total, 0.0);
    result = solveLinearAssignment(none, 0, 5);
    QVERIFY(result.feasible);
    result = solveLinearAssignment(none, 3, 0); // every column (none) assigned
    QVERIFY(result.feasible);
    QCOMPARE(result.columnOfRow, std::vector<int>(3, -1));
    result = solveCapacitatedAssignment(none, 2, 0, {}, std::vector<double>{1.5, 2});
    QVERIFY(result.feasible);
    QCOMPARE(result.total, 3.5);
    QVERIFY(!solveCapacitatedAssignment(none, 2, 0, {}, {}).feasible);
}

void TestLinearAssignment::tiesAreDeterministic()
{
    // Equal choices: the lowest column.
    QCOMPARE(solveLinearAssignment(std::vector<double>{3, 1, 1, 1}, 1, 4).columnOfRow, std::vector<int>{1});
    QCOMPARE(solveLinearAssignment(std::vector<double>(25, 2.0), 5, 5).columnOfRow, (std::vector<int>{0, 1, 2, 3, 4}));
    QCOMPARE(solveLinearAssignment(std::vector<double>(18, 0.5), 3, 6).columnOfRow, (std::vector<int>{0, 1, 2}));
    QCOMPARE(solveLinearAssignment(std::vector<double>(18, 0.5), 6, 3).columnOfRow,
             (std::vector<int>{0, 1, 2, -1, -1, -1}));
    QCOMPARE(solveLinearAssignment(std::vector<double>{5, 1, 1, 5, 1, 1}, 2, 3).columnOfRow, (std::vector<int>{1, 2}));

    // Same input, same output, on tie-heavy matrices of every shape.
    std::mt19937_64 rng(3);
    for (int round = 0; round < 30; ++round) {
        const int rows = 20 + int(rng() % 60);
        const int cols = round % 3 == 0 ? rows : 20 + int(rng() % 60);
        const std::vector<double> cost = randomCosts(rng, rows, cols, true, round % 2 == 0 ? 0.0 : 0.2);
        const LinearAssignmentResult first = solveLinearAssignment(cost, rows, cols);
        for (int again = 0; again < 3; ++again) {
            const LinearAssignmentResult repeat = solveLinearAssignment(cost, rows, cols);
            QCOMPARE(repeat.feasible, first.feasible);
            QCOMPARE(repeat.columnOfRow, first.columnOfRow);
            QCOMPARE(repeat.total, first.total);
        }
    }
}

void TestLinearAssignment::capacitatedOptimalOnSmallCases()
{
    std::mt19937_64 rng(17);
    std::uniform_int_distribution<int> rowCount(1, 6);
    std::uniform_int_distribution<int> colCount(1, 4);
    std::uniform_int_distribution<int> capacity(0, 3);
    std::bernoulli_distribution coin(0.5);
    int infeasible = 0;
    for (int round = 0; round < 3000; ++round) {
        const int rows = rowCount(rng);
        const int cols = colCount(rng);
        const bool integers = coin(rng);
        const std::vector<double> cost = randomCosts(rng, rows, cols, integers, 0.3);
        std::vector<int> capacities(static_cast<std::size_t>(cols));
        for (int &c : capacities)
            c = capacity(rng);
        const bool optional = coin(rng);
        std::vector<double> unassigned(std::size_t(rows), Inf);
        if (optional)
            for (double &u : unassigned)
                u = coin(rng) ? Inf
                              : (integers ? double(rng() % 5) : std::uniform_real_distribution<double>(0, 3)(rng));
        const double best = bruteForceCapacitated(cost, rows, cols, capacities, unassigned);
        const LinearAssignmentResult result = solveCapacitatedAssignment(
            cost, rows, cols, capacities, optional ? std::span<const double>(unassigned) : std::span<const double>());
        if (best == Inf) {
            QVERIFY(!result.feasible);
            ++infeasible;
            continue;
        }
        QVERIFY(result.feasible);
        std::vector<int> load(std::size_t(cols), 0);
        double total = 0.0;
        for (int i = 0; i < rows; ++i) {
            const int j = result.columnOfRow[std::size_t(i)];
            if (j < 0) {
                QVERIFY(unassigned[std::size_t(i)] < Inf);
                total += unassigned[std::size_t(i)];
                continue;
            }
            QVERIFY(cost[std::size_t(i * cols + j)] < Inf);
            QVERIFY(++load[std::size_t(j)] <= capacities[std::size_t(j)]);
            total += cost[std::size_t(i * cols + j)];
        }
        QVERIFY(close(total, result.total));
        QVERIFY2(close(result.total, best),
                 qPrintable(QStringLiteral("%1, brute force %2").arg(result.total).arg(best)));
    }
    QVERIFY(infeasible > 10);
}

void TestLinearAssignment::capacitatedAgreesWithExpandedColumns()
{
    // Medium sizes, beyond brute force: the same problem with each column repeated capacity times
    // and one column per optional row (its unassigned cost, +inf for the others), solved as a plain
    // assignment, must give the same total.
    std::mt19937_64 rng(23);
    for (int round = 0; round < 12; ++round) {
        const int rows = 60 + int(rng() % 120);
        const int cols = 10 + int(rng() % 40);
        const bool integers = round % 2 == 0;
        const bool optional = round % 3 != 0;
        const std::vector<double> cost = randomCosts(rng, rows, cols, integers, round % 4 == 0 ? 0.3 : 0.0);
        std::vector<int> capacities(static_cast<std::size_t>(cols));
        int places = 0;
        for (int &c : capacities) {
            c = int(rng() % 5);
            places += c;
        }
        if (!optional && places < rows)
            capacities[0] += rows - places;
        std::vector<double> unassigned;
        if (optional)
            for (int i = 0; i < rows; ++i)
                unassigned.push_back(integers ? double(rng() % 4)
                                              : std::uniform_real_distribution<double>(0, 2.5)(rng));

        std::vector<int> columnOf;
        for (int j = 0; j < cols; ++j)
            columnOf.insert(columnOf.end(), std::size_t(capacities[std::size_t(j)]), j);
        const int slotCount = int(columnOf.size());
        const int expandedCols = slotCount + (optional ? rows : 0);
        std::vector<double> expanded(std::size_t(rows) * std::size_t(expandedCols), Inf);
        for (int i = 0; i < rows; ++i) {
            for (int s = 0; s < slotCount; ++s)
                expanded[std::size_t(i * expandedCols + s)] = cost[std::size_t(i * cols + columnOf[std::size_t(s)])];
            if (optional)
                expanded[std::size_t(i * expandedCols + slotCount + i)] = unassigned[std::size_t(i)];
        }
        const LinearAssignmentResult reference = solveLinearAssignment(expanded, rows, expandedCols);
        const LinearAssignmentResult result = solveCapacitatedAssignment(cost, rows, cols, capacities, unassigned);
        QCOMPARE(result.feasible, reference.feasible);
        if (!reference.feasible)
            continue;
        QVERIFY2(
            close(result.total, reference.total),
            qPrintable(QStringLiteral("round %1: %2, expanded %3").arg(round).arg(result.total).arg(reference.total)));
        std::vector<int> load(std::size_t(cols), 0);
        for (int i = 0; i < rows; ++i)
            if (const int j = result.columnOfRow[std::size_t(i)]; j >= 0)
                QVERIFY(++load[std::size_t(j)] <= capacities[std::size_t(j)]);
    }
}

void TestLinearAssignment::slotAssignmentMatchesBruteForce_data()
{
    QTest::addColumn<SlotAssignmentMode>("mode");
    QTest::newRow("best scores") << SlotAssignmentMode::BestScores;
    QTest::newRow("most matched") << SlotAssignmentMode::MostMatched;
}

void TestLinearAssignment::slotAssignmentMatchesBruteForce()
{
    QFETCH(SlotAssignmentMode, mode);
    std::mt19937_64 rng(mode == SlotAssignmentMode::BestScores ? 41 : 42);
    int withUnmatched = 0;
    for (int round = 0; round < 1500; ++round) {
        const SlotAssignmentRequest request = randomSlotRequest(rng, mode);
        const SlotAssignmentPlan plan = planFor(request);
        checkPlan(request, plan);
        if (QTest::currentTestFailed())
            return;
        const Objective best = bruteForceSlots(request);
        if (!close(plan.totalScore, best.score)) { // the case, to reproduce it
            qDebug() << "mentees" << request.menteeCount << "capacities" << request.capacities << "minimum"
                     << request.minimumScore;
            qDebug() << "scores" << QList<double>(request.scores.begin(), request.scores.end());
            for (const MentorPair &pair : request.forbidden)
                qDebug() << "forbidden" << pair.mentee << pair.mentor;
            for (const MentorPair &pair : request.locked)
                qDebug() << "locked" << pair.mentee << pair.mentor;
            qDebug() << "plan" << plan.mentorOfMentee;
        }
        if (mode == SlotAssignmentMode::MostMatched)
            QCOMPARE(plan.matchedCount, best.matched);
        QVERIFY2(
            close(plan.totalScore, best.score),
            qPrintable(
                QStringLiteral("round %1: score %2, brute force %3").arg(round).arg(plan.totalScore).arg(best.score)));
        withUnmatched += plan.unmatched.isEmpty() ? 0 : 1;
    }
    QVERIFY(withUnmatched > 50);
}

void TestLinearAssignment::slotAssignmentReasons()
{
    // Mentor 0 (1 place) suits mentees 0–2 (3 is excluded); mentor 1 (2 places) is excluded for
    // mentee 1 and scores below the minimum for the others; mentor 2 has no places.
    SlotAssignmentRequest request;
    request.menteeCount = 4;
    request.capacities = {1, 2, 0};
    request.scores = {0.9, 0.1, 1.0, // mentee 0
                      0.8, 0.7, 1.0, // mentee 1
                      0.7, 0.2, 1.0, // mentee 2
                      0.1, 0.1, 1.0};
    request.forbidden = {{1, 1}, {3, 0}};
    request.minimumScore = 0.3;
    SlotAssignmentPlan plan = planFor(request);
    checkPlan(request, plan);
    // Mentee 0 cannot have mentor 1 (0.1 < 0.3), nor can 2 (0.2) or 3 (0.1); 1 only mentor 0.
    QCOMPARE(plan.matchedCount, 1);
    QCOMPARE(plan.mentorOfMentee[0], 0); // 0.9 beats 0.8 and 0.7
    QCOMPARE(plan.unmatched.size(), 3);
    QCOMPARE(plan.unmatched[0].mentee, 1);
    QCOMPARE(plan.unmatched[0].reason, UnmatchedMentee::Reason::SuitableFull);
    QCOMPARE(plan.unmatched[0].suitableMentors, 1);
    QCOMPARE(plan.unmatched[2].mentee, 3);
    QCOMPARE(plan.unmatched[2].reason, UnmatchedMentee::Reason::NoSuitableMentor);

    // BestScores takes one pair at 1.0 over two at 0.45 each; MostMatched takes the two.
    request = SlotAssignmentRequest{};
    request.menteeCount = 2;
    request.capacities = {1, 1};
    request.scores = {1.0, 0.45, //
                      0.45, 0.0};
    request.forbidden = {{1, 1}};
    plan = planFor(request);
    QCOMPARE(plan.mentorOfMentee, (QList<int>{0, -1}));
    QCOMPARE(plan.unmatched.first().reason, UnmatchedMentee::Reason::SuitableFull);
    request.mode = SlotAssignmentMode::MostMatched;
    plan = planFor(request);
    QCOMPARE(plan.mentorOfMentee, (QList<int>{1, 0}));
    QVERIFY(close(plan.totalScore, 0.9));
}

void TestLinearAssignment::slotAssignmentKeepsLocks()
{
    // The lock on a poor pair holds and takes the mentor's only place.
    SlotAssignmentRequest request;
    request.menteeCount = 3;
    request.capacities = {1, 1};
    request.scores = {0.9,  0.8, //
                      0.1,  0.2, //
                      0.95, 0.3};
    request.locked = {{1, 0}};
    request.minimumScore = 0.25;
    const SlotAssignmentPlan plan = planFor(request);
    checkPlan(request, plan);
    QCOMPARE(plan.mentorOfMentee, (QList<int>{1, 0, -1}));
    QCOMPARE(plan.unmatched.first().reason, UnmatchedMentee::Reason::SuitableFull);
    QCOMPARE(plan.loads, (QList<int>{1, 1}));
}

void TestLinearAssignment::slotAssignmentRefusesBadRequests_data()
{
    QTest::addColumn<SlotAssignmentRequest>("request");
    SlotAssignmentRequest valid;
    valid.menteeCount = 2;
    valid.capacities = {1, 2};
    valid.scores = {0.5, 0.5, 0.5, 0.5};

    SlotAssignmentRequest request = valid;
    request.locked = {{0, 1}};
    request.forbidden = {{0, 1}};
    QTest::newRow("locked and forbidden") << request;
    request = valid;
    request.locked = {{0, 0}, {1, 0}};
    QTest::newRow("locks over capacity") << request;
    request = valid;
    request.locked = {{0, 0}, {0, 1}};
    QTest::newRow("a mentee locked twice") << request;
    request = valid;
    request.scores[2] = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("NaN score") << request;
    request = valid;
    request.scores[1] = 1.5;
    QTest::newRow("score above 1") << request;
    request = valid;
    request.scores.pop_back();
    QTest::newRow("too few scores") << request;
    request = valid;
    request.capacities[1] = -1;
    QTest::newRow("negative capacity") << request;
    request = valid;
    request.forbidden = {{2, 0}};
    QTest::newRow("forbidden out of range") << request;
    request = valid;
    request.locked = {{0, 2}};
    QTest::newRow("locked out of range") << request;
    request = valid;
    request.minimumScore = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("NaN minimum") << request;
}

void TestLinearAssignment::slotAssignmentRefusesBadRequests()
{
    QFETCH(SlotAssignmentRequest, request);
    const Result<SlotAssignmentPlan> plan = SlotAssignment::solve(request);
    QVERIFY(!plan);
    QVERIFY(!plan.error().isEmpty());
}

void TestLinearAssignment::slotAssignmentIsDeterministic()
{
    std::mt19937_64 rng(11);
    for (const SlotAssignmentMode mode : {SlotAssignmentMode::BestScores, SlotAssignmentMode::MostMatched}) {
        SlotAssignmentRequest request;
        request.mode = mode;
        request.menteeCount = 300;
        request.capacities = QList<int>(40, 0);
        for (int &capacity : request.capacities)
            capacity = int(rng() % 6);
        for (int i = 0; i < 300 * 40; ++i)
            request.scores.push_back(double(rng() % 5) / 4.0); // ties everywhere
        for (int i = 0; i < 300; ++i)
            request.forbidden.append({i, int(rng() % 40)});
        request.minimumScore = 0.25;
        const SlotAssignmentPlan first = planFor(request);
        checkPlan(request, first);
        const SlotAssignmentPlan again = planFor(request);
        QCOMPARE(again.mentorOfMentee, first.mentorOfMentee);
        QCOMPARE(again.totalScore, first.totalScore);
    }
}

QTEST_GUILESS_MAIN(TestLinearAssignment)
#include "tst_linearassignment.moc"
