#include "reviewfixture.h"

#include <QScopeGuard>
#include <QTest>

using namespace cohort;
using namespace reviewtest;

// ReviewStore on a real program file and on PostgreSQL: the read model of a cycle and role,
// cycle settings, score cells, version-checked writes that refuse what someone else changed,
// and the restore writes that undo uses.
class TestReviewStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadCycleReadsTheWholeReview();
    void settingsRoundTrip();
    void scoreCellsRoundTrip();
    void staleWritesAreRefused();
    void restoreKeepsIdsAndVersions();
    void reviewerLibrariesComeFromTheirApplications();
    void worksOnPostgres();

private:
    // The checks, run on any backend.
    static void checkLoadCycle(ProgramDocument &doc, const Seeded &s);
    static void checkScoreCells(ProgramDocument &doc, const Seeded &s);
    static void checkStaleWrites(ProgramDocument &doc, const Seeded &s);
    static void checkSettings(ProgramDocument &doc, const Seeded &s);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDocument> m_doc;
    Seeded m_seed;
};

namespace {
const QString kActor = QStringLiteral("test");

Assignment makeAssignment(const Application &application, const Reviewer &reviewer)
{
    Assignment a;
    a.id = newId();
    a.applicationId = application.id;
    a.reviewerId = reviewer.id;
    return a;
}

Score makeScore(const Assignment &assignment, const Criterion &criterion, std::optional<double> value, bool na = false)
{
    Score s;
    s.id = newId();
    s.assignmentId = assignment.id;
    s.criterionId = criterion.id;
    s.value = value;
    s.notApplicable = na;
    return s;
}
} // namespace

void TestReviewStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_doc = createFile(*m_dir, &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_seed = {};
    QVERIFY(seed(*m_doc, m_seed));
}

void TestReviewStore::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestReviewStore::checkLoadCycle(ProgramDocument &doc, const Seeded &s)
{
    ReviewStore &store = doc.reviewStore();
    const QString now = nowTimestamp();
    const Application &e1 = s.applications[0];
    const Application &e2 = s.applications[1];
    const Application &m1 = s.applications[7];
    Assignment a11 = makeAssignment(e1, s.reviewers[1]);
    Assignment a10 = makeAssignment(e1, s.reviewers[0]);
    a10.submittedAt = QDateTime(QDate(2017, 3, 4), QTime(10, 11, 12), Qt::UTC);
    a10.comment = QStringLiteral("Strong");
    Assignment a21 = makeAssignment(e2, s.reviewers[1]);
    a21.source = QStringLiteral("auto");
    a21.seed = 42;
    Assignment m12 = makeAssignment(m1, s.reviewers[2]);
    {
        Transaction transaction(doc.database());
        QVERIFY(transaction.started());
        for (const Assignment &a : {a11, a10, a21, m12})
            QVERIFY(store.insertAssignment(a, now, kActor));
        QVERIFY(store.insertScore(makeScore(a10, s.criteria[0], 4.0), now, kActor));
        QVERIFY(store.insertScore(makeScore(a10, s.criteria[2], std::nullopt, true), now, kActor));
        QVERIFY(store.insertScore(makeScore(a10, s.criteria[1], 3.5), now, kActor));
        QVERIFY(store.insertScore(makeScore(a21, s.criteria[1], std::nullopt), now, kActor));
        Decision decision;
        decision.id = newId();
        decision.applicationId = e2.id;
        decision.outcome = QStringLiteral("waitlisted");
        decision.reason = QStringLiteral("Close call");
        decision.decidedOn = QDate(2017, 4, 1);
        decision.decidedBy = QStringLiteral("ann");
        QVERIFY(store.insertDecision(decision, now, kActor));
        Conflict conflict;
        conflict.id = newId();
        conflict.reviewerId = s.reviewers[2].id;
        conflict.personId = e1.personId;
        QVERIFY(store.insertConflict(conflict, now, kActor));
        Conflict mentorConflict = conflict;
        mentorConflict.id = newId();
        mentorConflict.personId = m1.personId;
        QVERIFY(store.insertConflict(mentorConflict, now, kActor));
        QVERIFY(transaction.commit());
    }
    auto loaded = store.loadCycle(s.cycle.id, kMentee);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const ReviewCycleData &data = loaded.value();
    QCOMPARE(data.cycleId, s.cycle.id);
    QCOMPARE(data.role, kMentee);
    QCOMPARE(data.criteria.size(), 3);
    QCOMPARE(data.criteria[2].name, QStringLiteral("Fit"));
    QCOMPARE(data.reviewers.size(), 4);
    QCOMPARE(data.reviewers[0].name, QStringLiteral("Ann Chair"));
    QCOMPARE(data.applications.size(), 7);
    QCOMPARE(data.applications[0].code, QStringLiteral("E-0001"));
    QCOMPARE(data.applications[0].displayName, QStringLiteral("Applicant 1"));
    QCOMPARE(data.applications[0].email, QStringLiteral("e1@dayton.lib.oh.us"));
    QCOMPARE(data.applications[0].library, QStringLiteral("Dayton Metro Library"));
    QCOMPARE(data.applications[0].label(true), QStringLiteral("E-0001"));
    QCOMPARE(data.applications[0].label(false), QStringLiteral("E-0001 · Applicant 1"));
    QVERIFY(data.applications[0].inReview());
    QVERIFY(data.applications[4].inReview());  // received with an eligible verdict
    QVERIFY(!data.applications[5].inReview()); // withdrawn
    QVERIFY(!data.applications[6].inReview()); // received, unchecked
    // Assignments by application, then reviewer order (Ann before Ben).
    QCOMPARE(data.assignments.size(), 3);
    QCOMPARE(data.assignments[0].id, a10.id);
    QCOMPARE(data.assignments[0].application, 0);
    QCOMPARE(data.assignments[0].reviewer, 0);
    QCOMPARE(data.assignments[0].comment, QStringLiteral("Strong"));
    QCOMPARE(data.assignments[0].submittedAt, a10.submittedAt);
    QCOMPARE(data.assignments[1].id, a11.id);
    QCOMPARE(data.assignments[2].source, QStringLiteral("auto"));
    QCOMPARE(data.assignments[2].seed, std::optional<qint64>(42));
    QCOMPARE(data.assignmentIndex(0, 1), 1);
    QCOMPARE(data.assignmentIndex(1, 0), -1);
    QCOMPARE(data.assignmentsOf(0), (QList<int>{0, 1}));
    QCOMPARE(data.assignmentsOfReviewer(1), (QList<int>{1, 2}));
    // Cells.
    QCOMPARE(data.cells.size(), 4);
    const int experience = data.cellIndex(0, 0);
    QVERIFY(experience >= 0);
    QCOMPARE(data.cells[experience].value, std::optional<double>(4.0));
    QCOMPARE(data.cells[data.cellIndex(0, 1)].value, std::optional<double>(3.5));
    QVERIFY(data.cells[data.cellIndex(0, 2)].notApplicable);
    QVERIFY(!data.cells[data.cellIndex(0, 2)].value);
    QVERIFY(!data.cells[data.cellIndex(2, 1)].scored());
    QCOMPARE(data.cellIndex(1, 0), -1);
    // Decisions, conflicts of this role's people only, loads of the other role, mentor capacity.
    QCOMPARE(data.decisions.size(), 1);
    QCOMPARE(data.decisionIndex(1), 0);
    QCOMPARE(data.decisions[0].reason, QStringLiteral("Close call"));
    QCOMPARE(data.decisions[0].decidedOn, QDate(2017, 4, 1));
    QCOMPARE(data.conflicts.size(), 1);
    QVERIFY(data.isConflicted(0, 2));
    QVERIFY(!data.isConflicted(0, 1));
    QCOMPARE(data.otherRoleLoads, (QList<int>{0, 0, 1, 0}));
    QCOMPARE(data.acceptedMentorCapacity, 3);
    QCOMPARE(data.applicationIndex(e2.id), 1);
    QCOMPARE(data.reviewerIndex(s.reviewers[3].id), 3);
    QCOMPARE(data.criterionIndex(s.criteria[1].id), 1);
    QCOMPARE(data.assignmentIndex(a21.id), 2);

    // The mentor side sees the mentor's assignment and conflict.
    auto mentors = store.loadCycle(s.cycle.id, kMentor);
    QVERIFY(mentors);
    QCOMPARE(mentors->applications.size(), 1);
    QCOMPARE(mentors->assignments.size(), 1);
    QCOMPARE(mentors->conflicts.size(), 1);
    QCOMPARE(mentors->otherRoleLoads, (QList<int>{1, 2, 0, 0}));
    // Lists agree with the read model.
    QCOMPARE(store.listAssignments(s.cycle.id, kMentee)->size(), 3);
    QCOMPARE(store.listAssignments(s.cycle.id)->size(), 4);
    QCOMPARE(store.listScores(s.cycle.id, kMentee)->size(), 4);
    QCOMPARE(store.listDecisions(s.cycle.id)->size(), 1);
    QCOMPARE(store.listConflicts()->size(), 2);
    QCOMPARE(store.listConflicts(s.reviewers[1].id)->size(), 0);
    auto states = store.applicationStates(s.cycle.id);
    QVERIFY(states);
    QCOMPARE(states->size(), 8);
    QCOMPARE(states->value(e1.id).personId, e1.personId);
    QCOMPARE(states->value(e1.id).role, kMentee);
    auto usage = store.reviewerUsage(s.reviewers[1].id);
    QVERIFY(usage);
    QCOMPARE(usage->assignments, 2);
}

void TestReviewStore::loadCycleReadsTheWholeReview()
{
    checkLoadCycle(*m_doc, m_seed);
}

void TestReviewStore::checkSettings(ProgramDocument &doc, const Seeded &s)
{
    ReviewStore &store = doc.reviewStore();
    auto defaults = store.loadSettings(s.cycle.id);
    QVERIFY(defaults);
    QCOMPARE(defaults.value(), ReviewSettings{});
    ReviewSettings settings;
    settings.blind = true;
    settings.perApplication = 3;
    settings.menteeTarget = 12;
    {
        Transaction transaction(doc.database());
        QVERIFY(store.saveSettings(s.cycle.id, settings, kActor));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(store.loadSettings(s.cycle.id).value(), settings);
    QCOMPARE(store.loadSettings(s.older.id).value(), ReviewSettings{});
    QCOMPARE(rows(doc, QStringLiteral("SELECT blind_review FROM cycles WHERE id = '%1'").arg(s.cycle.id)),
             QStringList{QStringLiteral("1")});
    QCOMPARE(store.loadCycle(s.cycle.id, kMentee)->settings, settings);
    settings.menteeTarget.reset();
    settings.mentorTarget = 4;
    settings.blind = false;
    {
        Transaction transaction(doc.database());
        QVERIFY(store.saveSettings(s.cycle.id, settings, kActor));
        QVERIFY(transaction.commit());
    }
    QCOMPARE(store.loadSettings(s.cycle.id).value(), settings);
    QVERIFY(!store.loadSettings(newId()));
}

void TestReviewStore::settingsRoundTrip()
{
    checkSettings(*m_doc, m_seed);
}

void TestReviewStore::checkScoreCells(ProgramDocument &doc, const Seeded &s)
{
    ReviewStore &store = doc.reviewStore();
    const Assignment a = makeAssignment(s.applications[2], s.reviewers[0]);
    {
        Transaction transaction(doc.database());
        QVERIFY(store.insertAssignment(a, nowTimestamp(), kActor));
        QVERIFY(transaction.commit());
    }
    // Other checks may have run on this program first: count from what is there.
    const int scored0 = store.scoredCellCount(s.criteria[0].id).value();
    const int scored1 = store.scoredCellCount(s.criteria[1].id).value();
    const int scored2 = store.scoredCellCount(s.criteria[2].id).value();
    const int na2 = store.notApplicableCount(s.criteria[2].id).value();
    const int outside = store.scoresOutside(s.criteria[0].id, 1, 2).value();
    const int rows1 = store.scoresOfCriterion(s.criteria[1].id)->size();
    Transaction transaction(doc.database());
    QVERIFY(transaction.started());
    Score cell = makeScore(a, s.criteria[0], 4.0);
    auto version = store.upsertScore(cell, 0, kActor);
    QVERIFY2(version, qPrintable(version.error()));
    QCOMPARE(version.value(), 1);
    auto found = store.findScore(a.id, s.criteria[0].id);
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->id, cell.id);
    QCOMPARE(found.value()->value, std::optional<double>(4.0));
    cell.value = 2.5;
    version = store.upsertScore(cell, 1, kActor);
    QVERIFY(version);
    QCOMPARE(version.value(), 2);
    QCOMPARE(store.findScore(a.id, s.criteria[0].id).value()->value, std::optional<double>(2.5));
    Score na = makeScore(a, s.criteria[2], std::nullopt, true);
    QVERIFY(store.upsertScore(na, 0, kActor));
    Score empty = makeScore(a, s.criteria[1], std::nullopt);
    QVERIFY(store.upsertScore(empty, 0, kActor));
    QCOMPARE(store.scoresOfAssignment(a.id)->size(), 3);
    QCOMPARE(store.scoredCellCount(s.criteria[0].id).value(), scored0 + 1);
    QCOMPARE(store.scoredCellCount(s.criteria[1].id).value(), scored1);
    QCOMPARE(store.scoredCellCount(s.criteria[2].id).value(), scored2 + 1);
    QCOMPARE(store.notApplicableCount(s.criteria[2].id).value(), na2 + 1);
    QCOMPARE(store.scoresOutside(s.criteria[0].id, 1, 2).value(), outside + 1);
    QCOMPARE(store.scoresOfCriterion(s.criteria[1].id)->size(), rows1 + 1);
    QVERIFY(store.removeScore(a.id, s.criteria[1].id, 1));
    QVERIFY(!store.findScore(a.id, s.criteria[1].id).value());
    QVERIFY(transaction.commit());
}

void TestReviewStore::scoreCellsRoundTrip()
{
    checkScoreCells(*m_doc, m_seed);
}

void TestReviewStore::checkStaleWrites(ProgramDocument &doc, const Seeded &s)
{
    ReviewStore &store = doc.reviewStore();
    const Assignment a = makeAssignment(s.applications[3], s.reviewers[2]);
    Score cell = makeScore(a, s.criteria[0], 3.0);
    Decision decision;
    decision.id = newId();
    decision.applicationId = s.applications[3].id;
    decision.outcome = QStringLiteral("accepted");
    decision.decidedOn = QDate(2017, 4, 2);
    Conflict conflict;
    conflict.id = newId();
    conflict.reviewerId = s.reviewers[0].id;
    conflict.personId = s.applications[2].personId;
    {
        Transaction transaction(doc.database());
        QVERIFY(store.insertAssignment(a, nowTimestamp(), kActor));
        QVERIFY(store.insertScore(cell, nowTimestamp(), kActor));
        QVERIFY(store.insertDecision(decision, nowTimestamp(), kActor));
        QVERIFY(store.insertConflict(conflict, nowTimestamp(), kActor));
        QVERIFY(transaction.commit());
    }
    const auto refused = [](const auto &result, const char *what) {
        if (result)
            return QStringLiteral("%1 was not refused").arg(QLatin1String(what));
        const QString message = result.error();
        if (!message.contains(QStringLiteral("since you read it")) && !message.contains(QStringLiteral("no longer")) &&
            !message.contains(QStringLiteral("meanwhile")))
            return QStringLiteral("%1: %2").arg(QLatin1String(what), message);
        return QString();
    };
    Transaction transaction(doc.database());
    QVERIFY(transaction.started());
    const QMap<QString, QStringList> before = snapshot(doc);
    Reviewer reviewer = s.reviewers[2];
    reviewer.version = 7;
    reviewer.name = QStringLiteral("Stale");
    QCOMPARE(refused(store.updateReviewer(reviewer, kActor), "reviewer"), QString());
    Criterion criterion = s.criteria[0];
    criterion.version = 3;
    QCOMPARE(refused(store.updateCriterion(criterion, kActor), "criterion"), QString());
    QCOMPARE(refused(store.removeCriterion(s.criteria[0].id, 5), "criterion removal"), QString());
    conflict.version = 2;
    QCOMPARE(refused(store.updateConflict(conflict, kActor), "conflict"), QString());
    QCOMPARE(refused(store.removeConflict(conflict.id, 9), "conflict removal"), QString());
    QCOMPARE(refused(store.setSubmitted(a.id, QDateTime::currentDateTimeUtc(), 4, kActor), "submission"), QString());
    Assignment stale = a;
    stale.version = 2;
    stale.comment = QStringLiteral("x");
    QCOMPARE(refused(store.updateAssignment(stale, kActor), "assignment"), QString());
    QCOMPARE(refused(store.removeAssignment(a.id, 2), "assignment removal"), QString());
    Score other = cell;
    other.id = newId();
    other.value = 1.0;
    const auto entered = store.upsertScore(other, 0, kActor); // a row is there already
    QVERIFY(!entered);
    QVERIFY2(entered.error().contains(QStringLiteral("E-0004")) &&
                 entered.error().contains(QStringLiteral("Experience")),
             qPrintable(entered.error()));
    QCOMPARE(refused(store.upsertScore(other, 5, kActor), "score"), QString());
    QCOMPARE(refused(store.removeScore(a.id, s.criteria[0].id, 5), "score removal"), QString());
    QCOMPARE(refused(store.upsertDecision(decision, 0, kActor), "decision insert"), QString());
    QCOMPARE(refused(store.upsertDecision(decision, 4, kActor), "decision"), QString());
    QCOMPARE(refused(store.removeDecision(decision.applicationId, 4), "decision removal"), QString());
    QCOMPARE(
        refused(store.setApplicationStatus(s.applications[3].id, QStringLiteral("accepted"), {}, 9, kActor), "status"),
        QString());
    QCOMPARE(refused(store.removeReviewer(newId(), 1), "missing reviewer"), QString());
    const auto gone = store.removeReviewer(newId(), 1);
    QVERIFY(gone.error().contains(QStringLiteral("no longer exists")));
    // Nothing was written by any refused write.
    QCOMPARE(snapshot(doc), before);
    // The right versions go through.
    QCOMPARE(store.updateReviewer(s.reviewers[2], kActor).value(), 2);
    QVERIFY(store.removeDecision(decision.applicationId, 1));
    QVERIFY(transaction.commit());
}

void TestReviewStore::staleWritesAreRefused()
{
    checkStaleWrites(*m_doc, m_seed);
}

void TestReviewStore::restoreKeepsIdsAndVersions()
{
    ReviewStore &store = m_doc->reviewStore();
    Assignment a = makeAssignment(m_seed.applications[0], m_seed.reviewers[0]);
    a.version = 4;
    a.seed = 12;
    a.source = QStringLiteral("auto");
    a.submittedAt = QDateTime(QDate(2017, 3, 1), QTime(8, 0), Qt::UTC);
    Score score = makeScore(a, m_seed.criteria[0], 5.0);
    score.version = 3;
    Decision decision;
    decision.id = newId();
    decision.applicationId = a.applicationId;
    decision.outcome = QStringLiteral("declined");
    decision.decidedOn = QDate(2017, 4, 3);
    decision.version = 2;
    Conflict conflict;
    conflict.id = newId();
    conflict.reviewerId = m_seed.reviewers[1].id;
    conflict.personId = m_seed.applications[0].personId;
    conflict.version = 5;
    Transaction transaction(m_doc->database());
    QVERIFY(store.restoreAssignment(a, kActor));
    QVERIFY(store.restoreScore(score, kActor));
    QVERIFY(store.restoreDecision(decision, kActor));
    QVERIFY(store.restoreConflict(conflict, kActor));
    QVERIFY(transaction.commit());
    QCOMPARE(store.loadAssignment(a.id)->version, 4);
    QCOMPARE(store.loadAssignment(a.id)->seed, std::optional<qint64>(12));
    QCOMPARE(store.loadAssignment(a.id)->submittedAt, a.submittedAt);
    QCOMPARE(store.findScore(a.id, m_seed.criteria[0].id).value()->version, 3);
    QCOMPARE(store.findDecision(a.applicationId).value()->version, 2);
    QCOMPARE(store.loadConflict(conflict.id)->version, 5);
    QCOMPARE(store.findConflict(conflict.reviewerId, conflict.personId).value()->id, conflict.id);
}

void TestReviewStore::reviewerLibrariesComeFromTheirApplications()
{
    // Ann (ann@dayton.lib.oh.us) applied as a mentor in 2016, written with capitals.
    Person ann;
    ann.id = newId();
    ann.firstName = QStringLiteral("Ann");
    ann.lastName = QStringLiteral("Chair");
    ann.email = QStringLiteral(" ANN@Dayton.lib.oh.us");
    Application application;
    application.id = newId();
    application.cycleId = m_seed.older.id;
    application.personId = ann.id;
    application.role = kMentor;
    application.code = QStringLiteral("M-0100");
    application.library = QStringLiteral("Dayton Metro Library");
    application.submittedAt = QDateTime(QDate(2016, 2, 1), QTime(9, 0), Qt::UTC);
    {
        Transaction transaction(m_doc->database());
        QVERIFY(m_doc->applicationStore().insertPerson(ann, nowTimestamp(), kActor));
        QVERIFY(m_doc->applicationStore().insertApplication(application, nowTimestamp(), kActor));
        QVERIFY(transaction.commit());
    }
    auto libraries = m_doc->reviewStore().reviewerLibraries();
    QVERIFY2(libraries, qPrintable(libraries.error()));
    QCOMPARE(libraries->size(), 1);
    QCOMPARE(libraries->value(m_seed.reviewers[0].id), QStringList{QStringLiteral("Dayton Metro Library")});
}

void TestReviewStore::worksOnPostgres()
{
    QString schema;
    QString error;
    auto doc = createPostgres(QStringLiteral("cohort_reviewstore_"), &schema, &error);
    if (!doc && error.isEmpty())
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    QVERIFY2(doc, qPrintable(error));
    const auto drop = qScopeGuard([&doc, &schema] { dropSchema(*doc, schema); });
    Seeded s;
    QVERIFY(seed(*doc, s));
    checkLoadCycle(*doc, s);
    if (QTest::currentTestFailed())
        return;
    checkSettings(*doc, s);
    if (QTest::currentTestFailed())
        return;
    checkScoreCells(*doc, s);
    if (QTest::currentTestFailed())
        return;
    checkStaleWrites(*doc, s);
}

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
