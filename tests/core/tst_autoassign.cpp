#include "review/autoassign.h"
#include "review/reviewcycledata.h"

#include <QSet>
#include <QTest>

using namespace cohort;

// AutoAssign::propose on hand-built cycles: never a conflicted pair, k reviewers per assignable
// application, loads within capacity (both roles of the cycle), existing assignments kept,
// reproducible with a seed, shortfalls named by application code.
class TestAutoAssign : public QObject
{
    Q_OBJECT

private slots:
    void assignsKPerApplicationWithoutConflicts();
    void respectsCapacityAcrossRoles();
    void keepsExistingAssignments();
    void sameSeedSameProposal();
    void shortfallsNameApplications();
    void onlyAssignableApplicationsAndActiveReviewers();
    void suggestedAndDismissedConflictsDoNotBlock();
    void refusesZeroReviewersPerApplication();

private:
    static ReviewCycleData cycle(int applications, const QList<int> &capacities);
};

namespace {
QSet<QString> pairs(const AutoAssignProposal &proposal)
{
    QSet<QString> result;
    for (const Assignment &a : proposal.added)
        result.insert(a.applicationId + QLatin1Char('|') + a.reviewerId);
    return result;
}

Conflict conflict(const ReviewCycleData &data, int reviewer, int application, const QString &status)
{
    Conflict c;
    c.id = QStringLiteral("c-%1-%2").arg(reviewer).arg(application);
    c.reviewerId = data.reviewers[reviewer].id;
    c.personId = data.applications[application].personId;
    c.status = status;
    return c;
}

void addExisting(ReviewCycleData &data, int application, int reviewer)
{
    ReviewAssignment a;
    a.id = QStringLiteral("existing-%1-%2").arg(application).arg(reviewer);
    a.applicationId = data.applications[application].id;
    a.reviewerId = data.reviewers[reviewer].id;
    data.assignments.append(a);
}

// Per application, how many reviewers it has once the proposal is applied.
QHash<QString, int> readersAfter(const ReviewCycleData &data, const AutoAssignProposal &proposal)
{
    QHash<QString, int> count;
    for (const ReviewAssignment &a : data.assignments)
        ++count[a.applicationId];
    for (const Assignment &a : proposal.added)
        ++count[a.applicationId];
    return count;
}
} // namespace

ReviewCycleData TestAutoAssign::cycle(int applications, const QList<int> &capacities)
{
    ReviewCycleData data;
    data.cycleId = QStringLiteral("cycle");
    data.role = QStringLiteral("mentee");
    for (int r = 0; r < capacities.size(); ++r) {
        Reviewer reviewer;
        reviewer.id = QStringLiteral("r%1").arg(r);
        reviewer.name = QStringLiteral("Reviewer %1").arg(r);
        reviewer.capacity = capacities[r];
        data.reviewers.append(reviewer);
    }
    for (int a = 0; a < applications; ++a) {
        ReviewApplication application;
        application.id = QStringLiteral("a%1").arg(a);
        application.personId = QStringLiteral("p%1").arg(a);
        application.code = QStringLiteral("E-%1").arg(a + 1, 4, 10, QLatin1Char('0'));
        application.role = QStringLiteral("mentee");
        application.status = QStringLiteral("under_review");
        application.eligibility = QStringLiteral("eligible");
        data.applications.append(application);
    }
    data.buildIndex();
    return data;
}

void TestAutoAssign::assignsKPerApplicationWithoutConflicts()
{
    ReviewCycleData data = cycle(30, {20, 20, 20, 20, 20});
    for (int a = 0; a < 30; a += 3)
        data.conflicts.append(conflict(data, a % 5, a, QStringLiteral("confirmed")));
    data.conflicts.append(conflict(data, 1, 1, QStringLiteral("confirmed")));
    data.buildIndex();
    auto proposal = AutoAssign::propose(data, 2, 7);
    QVERIFY2(proposal, qPrintable(proposal.error()));
    QCOMPARE(proposal->added.size(), 60);
    QVERIFY(proposal->shortfalls.isEmpty());
    const QHash<QString, int> readers = readersAfter(data, proposal.value());
    for (const ReviewApplication &a : std::as_const(data.applications))
        QCOMPARE(readers.value(a.id), 2);
    for (const Assignment &a : std::as_const(proposal->added)) {
        QVERIFY2(!data.isConflicted(data.applicationIndex(a.applicationId), data.reviewerIndex(a.reviewerId)),
                 qPrintable(a.applicationId + QLatin1Char(' ') + a.reviewerId));
        QCOMPARE(a.source, QStringLiteral("auto"));
        QCOMPARE(a.seed, std::optional<qint64>(7));
        QVERIFY(!a.id.isEmpty());
        QVERIFY(!a.submittedAt.isValid());
    }
    QCOMPARE(proposal->seed, qint64(7));
    // Two reviewers of one application are different people.
    QCOMPARE(pairs(proposal.value()).size(), 60);
}

void TestAutoAssign::respectsCapacityAcrossRoles()
{
    ReviewCycleData data = cycle(10, {10, 10, 4});
    // Reviewer 0 already reads 6 mentor applications of this cycle: 4 places left for mentees.
    data.otherRoleLoads = {6, 0, 0};
    auto proposal = AutoAssign::propose(data, 2, 1);
    QVERIFY(proposal);
    QHash<QString, int> load;
    for (const Assignment &a : std::as_const(proposal->added))
        ++load[a.reviewerId];
    QVERIFY(load.value(QStringLiteral("r0")) <= 4);
    QVERIFY(load.value(QStringLiteral("r1")) <= 10);
    QVERIFY(load.value(QStringLiteral("r2")) <= 4);
    QCOMPARE(proposal->added.size(), 18); // 4 + 10 + 4 places for 20 readings
    QCOMPARE(proposal->shortfalls.size(), 2);
    QCOMPARE(proposal->loads.value(0), load.value(QStringLiteral("r0")));
}

void TestAutoAssign::keepsExistingAssignments()
{
    ReviewCycleData data = cycle(6, {10, 10, 10});
    addExisting(data, 0, 0);
    addExisting(data, 0, 1);
    addExisting(data, 1, 2);
    // An existing pair that is conflicted stays, and is listed.
    data.conflicts.append(conflict(data, 2, 1, QStringLiteral("confirmed")));
    data.buildIndex();
    auto proposal = AutoAssign::propose(data, 2, 3);
    QVERIFY(proposal);
    const QSet<QString> added = pairs(proposal.value());
    QVERIFY(!added.contains(QStringLiteral("a0|r0")));
    QVERIFY(!added.contains(QStringLiteral("a1|r2")));
    for (const Assignment &a : std::as_const(proposal->added))
        QVERIFY(a.applicationId != QLatin1String("a0")); // already has two
    const QHash<QString, int> readers = readersAfter(data, proposal.value());
    for (const ReviewApplication &a : std::as_const(data.applications))
        QCOMPARE(readers.value(a.id), 2);
    QCOMPARE(proposal->added.size(), 12 - 3);
    QCOMPARE(proposal->conflictedExisting, QList<int>{data.assignmentIndex(QStringLiteral("existing-1-2"))});
    QVERIFY(proposal->summary().contains(QStringLiteral("1 existing assignment(s) pair")));
    // Re-running on the data with the proposal applied adds nothing.
    for (const Assignment &a : std::as_const(proposal->added)) {
        ReviewAssignment row;
        static_cast<Assignment &>(row) = a;
        data.assignments.append(row);
    }
    data.buildIndex();
    auto again = AutoAssign::propose(data, 2, 3);
    QVERIFY(again);
    QVERIFY(again->added.isEmpty());
}

void TestAutoAssign::sameSeedSameProposal()
{
    ReviewCycleData data = cycle(40, {12, 12, 12, 12, 12, 12, 12});
    auto first = AutoAssign::propose(data, 2, 99);
    auto second = AutoAssign::propose(data, 2, 99);
    QVERIFY(first && second);
    QCOMPARE(first->added.size(), second->added.size());
    for (int i = 0; i < first->added.size(); ++i) {
        QCOMPARE(first->added[i].applicationId, second->added[i].applicationId);
        QCOMPARE(first->added[i].reviewerId, second->added[i].reviewerId);
        QVERIFY(first->added[i].id != second->added[i].id); // new rows each time
    }
    auto fresh = AutoAssign::propose(data, 2);
    QVERIFY(fresh);
    auto replay = AutoAssign::propose(data, 2, fresh->seed); // the recorded seed replays it
    QVERIFY(replay);
    QCOMPARE(pairs(fresh.value()), pairs(replay.value()));
}

void TestAutoAssign::shortfallsNameApplications()
{
    ReviewCycleData data = cycle(3, {1, 10});
    // E-0003's applicant has a conflict with both reviewers.
    data.conflicts.append(conflict(data, 0, 2, QStringLiteral("confirmed")));
    data.conflicts.append(conflict(data, 1, 2, QStringLiteral("confirmed")));
    data.buildIndex();
    auto proposal = AutoAssign::propose(data, 2, 5);
    QVERIFY(proposal);
    QStringList texts = proposal->shortfallTexts();
    QVERIFY2(texts.contains(QStringLiteral("E-0003: 2 reviewer(s) short: all remaining reviewers have a conflict of "
                                           "interest")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    bool capacity = false;
    for (const QString &text : std::as_const(texts))
        capacity = capacity || (text.startsWith(QStringLiteral("E-000")) && text.contains(QStringLiteral("capacity")));
    QVERIFY2(capacity, qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY(proposal->summary().contains(QStringLiteral("are short of reviewers")));
}

void TestAutoAssign::onlyAssignableApplicationsAndActiveReviewers()
{
    ReviewCycleData data = cycle(7, {10, 10, 10});
    data.applications[1].status = QStringLiteral("withdrawn");
    data.applications[2].status = QStringLiteral("accepted");
    data.applications[3].status = QStringLiteral("received");
    data.applications[3].eligibility = QStringLiteral("unknown");
    data.applications[4].status = QStringLiteral("received"); // eligible verdict: assignable
    data.applications[5].status = QStringLiteral("ineligible");
    data.applications[6].status = QStringLiteral("eligible");
    data.reviewers[2].active = false;
    addExisting(data, 0, 2); // an inactive reviewer's existing assignment stays
    data.buildIndex();
    auto proposal = AutoAssign::propose(data, 2, 11);
    QVERIFY(proposal);
    QCOMPARE(proposal->applicationCount, 3);
    QSet<QString> apps;
    for (const Assignment &a : std::as_const(proposal->added)) {
        apps.insert(a.applicationId);
        QVERIFY(a.reviewerId != QLatin1String("r2"));
    }
    QCOMPARE(apps, (QSet<QString>{QStringLiteral("a0"), QStringLiteral("a4"), QStringLiteral("a6")}));
    QCOMPARE(proposal->added.size(), 5); // a0 needs one more
    QVERIFY(proposal->shortfalls.isEmpty());
}

void TestAutoAssign::suggestedAndDismissedConflictsDoNotBlock()
{
    ReviewCycleData data = cycle(1, {5});
    data.conflicts.append(conflict(data, 0, 0, QStringLiteral("suggested")));
    data.buildIndex();
    auto proposal = AutoAssign::propose(data, 1, 1);
    QVERIFY(proposal);
    QCOMPARE(proposal->added.size(), 1);
    data.conflicts.first().status = QStringLiteral("confirmed");
    data.buildIndex();
    proposal = AutoAssign::propose(data, 1, 1);
    QVERIFY(proposal);
    QVERIFY(proposal->added.isEmpty());
    QCOMPARE(proposal->shortfalls.size(), 1);
}

void TestAutoAssign::refusesZeroReviewersPerApplication()
{
    auto proposal = AutoAssign::propose(cycle(2, {3}), 0);
    QVERIFY(!proposal);
    QCOMPARE(proposal.error(), QStringLiteral("Each application needs at least one reviewer."));
}

QTEST_GUILESS_MAIN(TestAutoAssign)
#include "tst_autoassign.moc"
