#include "document/reviewcommands.h"
#include "review/autoassign.h"
#include "reviewfixture.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace cohort;
using namespace reviewtest;

// The review undo commands on a real program file (and on PostgreSQL): each writes its rows in
// one transaction with an audit entry and a change signal; undo and redo restore the stored rows
// exactly; refusals and conflicts (someone else's change, seen through a second connection) leave
// nothing written.
class TestReviewCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void criterionAddEditRemove();
    void criterionChangesRefusedWhileScored();
    void copyRubricIsOneStep();
    void reviewerAddEditRemove();
    void conflictsAddConfirmDismissRemove();
    void assignAndUnassign();
    void unassignScoredNeedsConsentAndRestores();
    void autoProposalIsOneStep();
    void scoresBlockUndoRedo();
    void scoresRefusedWithReasons();
    void typingInOneCellMergesIntoOneStep();
    void commentMerges();
    void submitAndUnsubmit();
    void decisionsSetStatusAndUndoExactly();
    void settingsUndo();
    void someoneElsesChangeIsRefused();
    void readOnlyProgramRefuses();
    void worksOnPostgres();

private:
    Status run(QUndoCommand *command) { return m_doc->execute(command); }
    Assignment assignment(int application, int reviewer) const;
    // Assigns pairs (application index, reviewer index) directly in the store.
    QList<Assignment> assignDirectly(const QList<QPair<int, int>> &pairs);
    void scoreDirectly(const Assignment &assignment, const QList<std::optional<double>> &values);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgramDocument> m_doc;
    Seeded m_seed;
};

namespace {
const QString kActor = QStringLiteral("test");

ScoreEdit cell(const Assignment &a, const Criterion &c, std::optional<double> value, bool na = false)
{
    return ScoreEdit{a.id, c.id, value, na};
}
} // namespace

void TestReviewCommands::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_doc = createFile(*m_dir, &error);
    QVERIFY2(m_doc, qPrintable(error));
    m_seed = {};
    QVERIFY(seed(*m_doc, m_seed));
}

void TestReviewCommands::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

Assignment TestReviewCommands::assignment(int application, int reviewer) const
{
    Assignment a;
    a.id = newId();
    a.applicationId = m_seed.applications[application].id;
    a.reviewerId = m_seed.reviewers[reviewer].id;
    return a;
}

QList<Assignment> TestReviewCommands::assignDirectly(const QList<QPair<int, int>> &pairs)
{
    QList<Assignment> result;
    Transaction transaction(m_doc->database());
    for (const auto &[application, reviewer] : pairs) {
        Assignment a = assignment(application, reviewer);
        if (!m_doc->reviewStore().insertAssignment(a, nowTimestamp(), kActor))
            qWarning("insertAssignment failed");
        result.append(a);
    }
    if (!transaction.commit())
        qWarning("commit failed");
    return result;
}

void TestReviewCommands::scoreDirectly(const Assignment &a, const QList<std::optional<double>> &values)
{
    Transaction transaction(m_doc->database());
    for (int c = 0; c < values.size(); ++c) {
        Score s;
        s.id = newId();
        s.assignmentId = a.id;
        s.criterionId = m_seed.criteria[c].id;
        s.value = values[c];
        s.notApplicable = !values[c];
        if (!m_doc->reviewStore().insertScore(s, nowTimestamp(), kActor))
            qWarning("insertScore failed");
    }
    if (!transaction.commit())
        qWarning("commit failed");
}

void TestReviewCommands::criterionAddEditRemove()
{
    QSignalSpy changed(m_doc.get(), &ProgramDocument::reviewChanged);
    const auto s0 = snapshot(*m_doc);
    Criterion added = makeCriterion(m_seed.cycle, kMentee, QStringLiteral(" Writing "), 1, 5, 1.5, true, 3);
    added.guidance = QStringLiteral("Clear and specific");
    auto *add = new AddCriterionCommand(*m_doc, added);
    QVERIFY(run(add));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toString(), m_seed.cycle.id);
    QCOMPARE(auditCount(*m_doc, QStringLiteral("review.criterion.add")), 1);
    auto stored = m_doc->reviewStore().loadCriterion(added.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Writing"));
    QCOMPARE(stored->weight, 1.5);
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);

    Criterion edited = stored.value();
    edited.name = QStringLiteral("Writing sample");
    edited.scaleMax = 7;
    QVERIFY(run(new EditCriterionCommand(*m_doc, stored.value(), edited)));
    QCOMPARE(m_doc->reviewStore().loadCriterion(added.id)->scaleMax, 7);
    const auto s2 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s2);

    QVERIFY(run(new RemoveCriterionCommand(*m_doc, m_doc->reviewStore().loadCriterion(added.id).value())));
    QVERIFY(!m_doc->reviewStore().loadCriterion(added.id));
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s2);
    // Undo all the way back.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);

    // Refused: nothing written, nothing on the stack.
    m_doc->undoStack()->clear();
    const int steps = m_doc->undoStack()->count();
    Criterion bad = makeCriterion(m_seed.cycle, kMentee, QStringLiteral("Bad"), 5, 5, 1, false, 9);
    const Status refused = run(new AddCriterionCommand(*m_doc, bad));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("The scale of “Bad” must go from a lower to a higher number (5–5)."));
    QVERIFY(!run(
        new AddCriterionCommand(*m_doc, makeCriterion(m_seed.cycle, kMentee, QStringLiteral(" "), 1, 5, 1, false, 9))));
    QVERIFY(!run(new AddCriterionCommand(
        *m_doc, makeCriterion(m_seed.cycle, kMentee, QStringLiteral("W"), 1, 5, -1, false, 9))));
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(snapshot(*m_doc), s0);
}

void TestReviewCommands::criterionChangesRefusedWhileScored()
{
    const Assignment a = assignDirectly({{0, 0}}).first();
    scoreDirectly(a, {5.0, 3.0, std::nullopt}); // Fit is N/A
    const auto s0 = snapshot(*m_doc);
    Status refused = run(new RemoveCriterionCommand(*m_doc, m_seed.criteria[0]));
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             QStringLiteral("“Experience” cannot be removed: 1 cell(s) are scored. Clear them first."));
    Criterion narrower = m_seed.criteria[0];
    narrower.scaleMax = 4;
    refused = run(new EditCriterionCommand(*m_doc, m_seed.criteria[0], narrower));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), QStringLiteral("1 score(s) of “Experience” lie outside 1–4; change them first."));
    Criterion noNa = m_seed.criteria[2];
    noNa.allowNotApplicable = false;
    refused = run(new EditCriterionCommand(*m_doc, m_seed.criteria[2], noNa));
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("marked N/A")));
    QCOMPARE(snapshot(*m_doc), s0);
    // A wider scale is fine.
    Criterion wider = m_seed.criteria[0];
    wider.scaleMax = 10;
    QVERIFY(run(new EditCriterionCommand(*m_doc, m_seed.criteria[0], wider)));
}

void TestReviewCommands::copyRubricIsOneStep()
{
    const auto s0 = snapshot(*m_doc);
    auto *copy = new CopyRubricCommand(*m_doc, m_seed.older.id, m_seed.cycle.id, kMentee);
    QVERIFY(run(copy));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    auto rubric = m_doc->reviewStore().listCriteria(m_seed.cycle.id, kMentee);
    QVERIFY(rubric);
    QCOMPARE(rubric->size(), 4); // "Experience" was there already: only "Writing" is copied
    QCOMPARE(rubric->last().name, QStringLiteral("Writing"));
    QCOMPARE(rubric->last().sortOrder, 3);
    QVERIFY(rubric->last().id != m_seed.oldCriteria[1].id);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->reviewStore().listCriteria(m_seed.cycle.id, kMentee)->size(), 4);
    // Into the empty mentors' rubric, from the mentees' of 2016: nothing there.
    const Status none = run(new CopyRubricCommand(*m_doc, m_seed.older.id, m_seed.cycle.id, kMentor));
    QCOMPARE(none.error(), QStringLiteral("That cycle has no rubric for this role to copy."));
    QVERIFY(!run(new CopyRubricCommand(*m_doc, m_seed.older.id, m_seed.cycle.id, kMentee)));
    QVERIFY(!run(new CopyRubricCommand(*m_doc, m_seed.cycle.id, m_seed.cycle.id, kMentee)));
    // Back into 2016's rubric from 2017: Motivation and Fit are new there.
    QVERIFY(run(new CopyRubricCommand(*m_doc, m_seed.cycle.id, m_seed.older.id, kMentee)));
    QCOMPARE(m_doc->reviewStore().listCriteria(m_seed.older.id, kMentee)->size(), 4);
}

void TestReviewCommands::reviewerAddEditRemove()
{
    QSignalSpy changed(m_doc.get(), &ProgramDocument::reviewersChanged);
    const auto s0 = snapshot(*m_doc);
    Reviewer eve;
    eve.name = QStringLiteral(" Eve New ");
    eve.email = QStringLiteral("eve@example.org");
    eve.capacity = 5;
    auto *add = new AddReviewerCommand(*m_doc, eve);
    QVERIFY(run(add));
    eve = add->reviewer();
    QCOMPARE(eve.name, QStringLiteral("Eve New"));
    QCOMPARE(changed.count(), 1);
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);

    Reviewer inactive = eve;
    inactive.active = false;
    inactive.capacity = 0;
    auto *edit = new EditReviewerCommand(*m_doc, eve, inactive);
    QCOMPARE(edit->text(), QStringLiteral("Deactivate Reviewer Eve New"));
    QVERIFY(run(edit));
    QVERIFY(!m_doc->reviewStore().loadReviewer(eve.id)->active);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);
    m_doc->undoStack()->redo();

    // Removal takes the reviewer's conflicts along and undo puts them back.
    Conflict conflict;
    conflict.reviewerId = eve.id;
    conflict.personId = m_seed.applications[0].personId;
    QVERIFY(run(new AddConflictsCommand(*m_doc, {conflict})));
    const auto s2 = snapshot(*m_doc);
    QVERIFY(run(new RemoveReviewerCommand(*m_doc, m_doc->reviewStore().loadReviewer(eve.id).value())));
    QVERIFY(!m_doc->reviewStore().loadReviewer(eve.id));
    QVERIFY(m_doc->reviewStore().listConflicts(eve.id)->isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s2);

    // Refused while they have assignments.
    assignDirectly({{0, 1}});
    const Status refused = run(new RemoveReviewerCommand(*m_doc, m_seed.reviewers[1]));
    QCOMPARE(refused.error(),
             QStringLiteral("Ben Member has 1 assignment(s) and cannot be removed; make them inactive instead."));
    QVERIFY(!run(new AddReviewerCommand(*m_doc, Reviewer{})));
}

void TestReviewCommands::conflictsAddConfirmDismissRemove()
{
    const auto s0 = snapshot(*m_doc);
    Conflict a;
    a.reviewerId = m_seed.reviewers[0].id;
    a.personId = m_seed.applications[0].personId;
    a.source = QStringLiteral("same_library");
    a.status = QStringLiteral("suggested");
    a.reason = QStringLiteral("Same library: Dayton Metro Library");
    Conflict b = a;
    b.personId = m_seed.applications[1].personId;
    b.source = QStringLiteral("email_domain");
    QVERIFY(run(new AddConflictsCommand(*m_doc, {a, b})));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    auto stored = m_doc->reviewStore().listConflicts(m_seed.reviewers[0].id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);
    // The same pair again is refused.
    const Status twice = run(new AddConflictsCommand(*m_doc, {a}));
    QCOMPARE(twice.error(), QStringLiteral("Ann Chair already has a conflict of interest with this person."));

    stored = m_doc->reviewStore().listConflicts(m_seed.reviewers[0].id);
    QVERIFY(run(new SetConflictStatusCommand(*m_doc, stored.value(), QStringLiteral("confirmed"))));
    const QList<Conflict> confirmed = m_doc->reviewStore().listConflicts(m_seed.reviewers[0].id).value();
    for (const Conflict &c : confirmed)
        QCOMPARE(c.status, QStringLiteral("confirmed"));
    const auto s2 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s2);
    QVERIFY(run(new SetConflictStatusCommand(*m_doc, {m_doc->reviewStore().loadConflict(stored->first().id).value()},
                                             QStringLiteral("dismissed"), QStringLiteral("Different branch"))));
    QCOMPARE(m_doc->reviewStore().loadConflict(stored->first().id)->reason, QStringLiteral("Different branch"));
    const auto s3 = snapshot(*m_doc);
    QVERIFY(
        run(new RemoveConflictsCommand(*m_doc, m_doc->reviewStore().listConflicts(m_seed.reviewers[0].id).value())));
    QVERIFY(m_doc->reviewStore().listConflicts(m_seed.reviewers[0].id)->isEmpty());
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s3);
    while (m_doc->undoStack()->canUndo())
        m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
}

void TestReviewCommands::assignAndUnassign()
{
    QSignalSpy changed(m_doc.get(), &ProgramDocument::reviewChanged);
    const auto s0 = snapshot(*m_doc);
    const Assignment a = assignment(0, 0);
    const Assignment b = assignment(0, 1);
    QVERIFY(run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, {a, b}, {})));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->reviewStore().listAssignments(m_seed.cycle.id)->size(), 2);
    QCOMPARE(auditCount(*m_doc, QStringLiteral("review.assign")), 1);
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);

    // Move E-0001 from Ben to Cy in one step (a drag).
    const Assignment moved = m_doc->reviewStore().findAssignment(b.applicationId, b.reviewerId)->value();
    QVERIFY(run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, {assignment(0, 2)}, {moved})));
    QVERIFY(!m_doc->reviewStore().findAssignment(b.applicationId, b.reviewerId)->has_value());
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);

    // Refused: already assigned, a confirmed conflict, another cycle; nothing written.
    QCOMPARE(run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, {assignment(0, 0)}, {})).error(),
             QStringLiteral("Ann Chair is already assigned to E-0001."));
    Conflict conflict;
    conflict.reviewerId = m_seed.reviewers[2].id;
    conflict.personId = m_seed.applications[1].personId;
    QVERIFY(run(new AddConflictsCommand(*m_doc, {conflict})));
    const auto s2 = snapshot(*m_doc);
    QCOMPARE(
        run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, {assignment(2, 2), assignment(1, 2)}, {})).error(),
        QStringLiteral("Cy Member has a conflict of interest with the applicant of E-0002."));
    QCOMPARE(run(new ChangeAssignmentsCommand(*m_doc, m_seed.older.id, {assignment(2, 2)}, {})).error(),
             QStringLiteral("Application E-0003 belongs to another cycle."));
    QCOMPARE(snapshot(*m_doc), s2);
}

void TestReviewCommands::unassignScoredNeedsConsentAndRestores()
{
    const Assignment a = assignDirectly({{0, 1}}).first();
    scoreDirectly(a, {4.0, 2.0, 7.0});
    const auto s0 = snapshot(*m_doc);
    const Assignment stored = m_doc->reviewStore().loadAssignment(a.id).value();
    const Status refused = run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, {}, {stored}));
    QCOMPARE(refused.error(), QStringLiteral("Ben Member has scored E-0001; unassigning would remove those scores."));
    QCOMPARE(snapshot(*m_doc), s0);
    QVERIFY(run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, {}, {stored},
                                             ChangeAssignmentsCommand::ScoredRemoval::RemoveScores)));
    QVERIFY(m_doc->reviewStore().listScores(m_seed.cycle.id, kMentee)->isEmpty());
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
}

void TestReviewCommands::autoProposalIsOneStep()
{
    // Forty more mentees, so that the proposal takes the bulk path of the command.
    {
        Transaction transaction(m_doc->database());
        for (int i = 0; i < 40; ++i) {
            Person person;
            person.id = newId();
            person.firstName = QStringLiteral("Extra");
            person.lastName = QString::number(i);
            Application a;
            a.id = newId();
            a.cycleId = m_seed.cycle.id;
            a.personId = person.id;
            a.role = kMentee;
            a.code = QStringLiteral("E-%1").arg(100 + i, 4, 10, QLatin1Char('0'));
            a.status = QStringLiteral("under_review");
            a.eligibility = QStringLiteral("eligible");
            a.submittedAt = QDateTime(QDate(2017, 2, 3), QTime(9, 0), Qt::UTC);
            QVERIFY(m_doc->applicationStore().insertPerson(person, nowTimestamp(), kActor));
            QVERIFY(m_doc->applicationStore().insertApplication(a, nowTimestamp(), kActor));
        }
        QVERIFY(transaction.commit());
    }
    QVERIFY(m_doc->database().exec(QStringLiteral("UPDATE reviewers SET capacity = 100 WHERE capacity = 10")));
    Conflict conflict;
    conflict.reviewerId = m_seed.reviewers[0].id;
    conflict.personId = m_seed.applications[0].personId;
    QVERIFY(run(new AddConflictsCommand(*m_doc, {conflict})));
    assignDirectly({{0, 1}});
    const auto s0 = snapshot(*m_doc);
    auto data = m_doc->reviewStore().loadCycle(m_seed.cycle.id, kMentee);
    QVERIFY(data);
    auto proposal = AutoAssign::propose(data.value(), 2, 2017);
    QVERIFY2(proposal, qPrintable(proposal.error()));
    QVERIFY(proposal->added.size() >= 64);
    QVERIFY(run(new ChangeAssignmentsCommand(*m_doc, m_seed.cycle.id, proposal->added, {})));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    auto after = m_doc->reviewStore().loadCycle(m_seed.cycle.id, kMentee);
    QVERIFY(after);
    for (const ReviewAssignment &a : std::as_const(after->assignments)) {
        QVERIFY(!after->isConflicted(a.application, a.reviewer));
        if (a.source == QLatin1String("auto"))
            QCOMPARE(a.seed, std::optional<qint64>(2017));
    }
    // Capacity: Cy takes 1, the inactive Dee none.
    QVERIFY(after->assignmentsOfReviewer(2).size() <= 1);
    QCOMPARE(after->assignmentsOfReviewer(3).size(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
}

void TestReviewCommands::scoresBlockUndoRedo()
{
    const QList<Assignment> as = assignDirectly({{0, 0}, {1, 0}});
    QSignalSpy changed(m_doc.get(), &ProgramDocument::reviewChanged);
    const auto s0 = snapshot(*m_doc);
    // A pasted block: two rows, three columns (Fit N/A in the first row).
    const QList<ScoreEdit> block = {cell(as[0], m_seed.criteria[0], 4),
                                    cell(as[0], m_seed.criteria[1], 3),
                                    cell(as[0], m_seed.criteria[2], std::nullopt, true),
                                    cell(as[1], m_seed.criteria[0], 2),
                                    cell(as[1], m_seed.criteria[1], 5),
                                    cell(as[1], m_seed.criteria[2], 9.5)};
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, block)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(auditCount(*m_doc, QStringLiteral("review.scores")), 1);
    QCOMPARE(
        rows(*m_doc, QStringLiteral("SELECT value, not_applicable FROM scores s JOIN rubric_criteria c ON "
                                    "c.id = s.criterion_id JOIN assignments a ON a.id = s.assignment_id "
                                    "JOIN applications p ON p.id = a.application_id ORDER BY p.code, c.sort_order")),
        (QStringList{QStringLiteral("4|0"), QStringLiteral("3|0"), QStringLiteral("NULL|1"), QStringLiteral("2|0"),
                     QStringLiteral("5|0"), QStringLiteral("9.5|0")}));
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);

    // Delete on two cells, then typing over one: the rows go and come back.
    QVERIFY(run(new SetScoresCommand(
        *m_doc, m_seed.cycle.id,
        {cell(as[0], m_seed.criteria[0], std::nullopt), cell(as[0], m_seed.criteria[2], std::nullopt)})));
    QVERIFY(!m_doc->reviewStore().findScore(as[0].id, m_seed.criteria[0].id).value());
    const auto s2 = snapshot(*m_doc);
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[1], m_seed.criteria[1], 1)})));
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s2);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);
    // Entering what is stored already is no step at all.
    const int steps = m_doc->undoStack()->index();
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[0], m_seed.criteria[1], 3)})));
    QCOMPARE(m_doc->undoStack()->index(), steps);
}

void TestReviewCommands::scoresRefusedWithReasons()
{
    const QList<Assignment> as = assignDirectly({{0, 0}, {0, 1}});
    const auto s0 = snapshot(*m_doc);
    // The last cell of a block is out of range: nothing of the block is written.
    Status refused = run(new SetScoresCommand(
        *m_doc, m_seed.cycle.id, {cell(as[0], m_seed.criteria[1], 3), cell(as[0], m_seed.criteria[0], 7)}));
    QCOMPARE(refused.error(), QStringLiteral("Score 7 for “Experience” is outside 1–5."));
    QCOMPARE(snapshot(*m_doc), s0);
    refused = run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[0], m_seed.criteria[2], 0.5)}));
    QCOMPARE(refused.error(), QStringLiteral("Score 0.5 for “Fit” is outside 1–10."));
    refused = run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[0], m_seed.criteria[0], std::nullopt, true)}));
    QCOMPARE(refused.error(), QStringLiteral("“Experience” does not allow N/A; enter a score from 1 to 5."));
    refused = run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[0], m_seed.criteria[2], 3, true)}));
    QVERIFY(!refused);
    refused = run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[0], m_seed.criteria[0], std::nan(""))}));
    QVERIFY(!refused);
    // A criterion of another cycle.
    refused = run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[0], m_seed.oldCriteria[1], 3)}));
    QCOMPARE(refused.error(), QStringLiteral("“Writing” is not a criterion of application E-0001."));
    // A submitted assignment.
    {
        Transaction transaction(m_doc->database());
        QVERIFY(m_doc->reviewStore().setSubmitted(as[1].id, QDateTime::currentDateTimeUtc(), 1, kActor));
        QVERIFY(transaction.commit());
    }
    refused = run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(as[1], m_seed.criteria[0], 3)}));
    QCOMPARE(refused.error(),
             QStringLiteral("Ben Member has submitted the scores of E-0001; unsubmit them to change a score."));
    QCOMPARE(m_doc->undoStack()->count(), 0);
}

void TestReviewCommands::typingInOneCellMergesIntoOneStep()
{
    const Assignment a = assignDirectly({{0, 0}}).first();
    const auto s0 = snapshot(*m_doc);
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(a, m_seed.criteria[2], 1)})));
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(a, m_seed.criteria[2], 10)})));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->reviewStore().findScore(a.id, m_seed.criteria[2].id).value()->value, std::optional<double>(10));
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(a, m_seed.criteria[1], 4)})));
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    // Typed back to empty: the merged step has nothing left and goes.
    m_doc->undoStack()->clear();
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(a, m_seed.criteria[0], 2)})));
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(a, m_seed.criteria[0], std::nullopt)})));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(snapshot(*m_doc), s0);
}

void TestReviewCommands::commentMerges()
{
    const Assignment a = assignDirectly({{0, 0}}).first();
    const auto s0 = snapshot(*m_doc);
    QVERIFY(run(new SetAssignmentCommentCommand(*m_doc, m_seed.cycle.id, a.id, QStringLiteral("Str"))));
    QVERIFY(run(new SetAssignmentCommentCommand(*m_doc, m_seed.cycle.id, a.id, QStringLiteral("Strong"))));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->reviewStore().loadAssignment(a.id)->comment, QStringLiteral("Strong"));
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->reviewStore().loadAssignment(a.id)->comment, QStringLiteral("Strong"));
}

void TestReviewCommands::submitAndUnsubmit()
{
    const QList<Assignment> as = assignDirectly({{0, 0}, {1, 0}, {2, 0}});
    scoreDirectly(as[0], {4.0, 3.0, std::nullopt});
    scoreDirectly(as[1], {4.0, 3.0, 6.0});
    const auto s0 = snapshot(*m_doc);
    const QStringList all = {as[0].id, as[1].id, as[2].id};
    Status refused = run(new SubmitAssignmentsCommand(*m_doc, m_seed.cycle.id, all, true));
    QCOMPARE(refused.error(), QStringLiteral("1 application(s) are not fully scored yet: E-0003."));
    QCOMPARE(snapshot(*m_doc), s0);
    QVERIFY(run(new SubmitAssignmentsCommand(*m_doc, m_seed.cycle.id, {as[0].id, as[1].id}, true)));
    QVERIFY(m_doc->reviewStore().loadAssignment(as[0].id)->submittedAt.isValid());
    QVERIFY(m_doc->reviewStore().loadAssignment(as[1].id)->submittedAt.isValid());
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);
    QCOMPARE(run(new SubmitAssignmentsCommand(*m_doc, m_seed.cycle.id, {as[0].id}, true)).error(),
             QStringLiteral("These reviews are already submitted."));
    QVERIFY(run(new SubmitAssignmentsCommand(*m_doc, m_seed.cycle.id, {as[0].id}, false)));
    QVERIFY(!m_doc->reviewStore().loadAssignment(as[0].id)->submittedAt.isValid());
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);
}

void TestReviewCommands::decisionsSetStatusAndUndoExactly()
{
    QSignalSpy applications(m_doc.get(), &ProgramDocument::applicationsChanged);
    QSignalSpy review(m_doc.get(), &ProgramDocument::reviewChanged);
    const auto s0 = snapshot(*m_doc);
    const Application &e1 = m_seed.applications[0];
    const Application &e2 = m_seed.applications[1];
    QVERIFY(run(new SetDecisionsCommand(*m_doc, m_seed.cycle.id,
                                        {{e1.id, QStringLiteral("accepted"), QStringLiteral("Strong fit")},
                                         {e2.id, QStringLiteral("waitlisted"), QString()}})));
    QCOMPARE(applications.count(), 1);
    QCOMPARE(review.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(auditCount(*m_doc, QStringLiteral("review.decision")), 2);
    auto decision = m_doc->reviewStore().findDecision(e1.id);
    QVERIFY(decision && decision.value());
    QCOMPARE(decision.value()->outcome, QStringLiteral("accepted"));
    QCOMPARE(decision.value()->reason, QStringLiteral("Strong fit"));
    QCOMPARE(decision.value()->decidedOn, QDate::currentDate());
    auto state = m_doc->reviewStore().applicationState(e1.id);
    QCOMPARE(state->status, QStringLiteral("accepted"));
    QCOMPARE(state->statusReason, QStringLiteral("Strong fit"));
    QCOMPARE(m_doc->reviewStore().applicationState(e2.id)->status, QStringLiteral("waitlisted"));
    const auto s1 = snapshot(*m_doc);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    QCOMPARE(applications.count(), 2);
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), s1);

    // Change one, remove the other.
    QVERIFY(run(new SetDecisionsCommand(
        *m_doc, m_seed.cycle.id,
        {{e1.id, QStringLiteral("declined"), QStringLiteral("Changed our mind")}, {e2.id, QString(), QString()}})));
    QCOMPARE(m_doc->reviewStore().findDecision(e1.id).value()->id, decision.value()->id);
    QVERIFY(!m_doc->reviewStore().findDecision(e2.id).value());
    QCOMPARE(m_doc->reviewStore().applicationState(e2.id)->status, QStringLiteral("under_review"));
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s1);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);

    // Refused: a withdrawn application, an unknown outcome; nothing written.
    QCOMPARE(run(new SetDecisionsCommand(*m_doc, m_seed.cycle.id,
                                         {{e1.id, QStringLiteral("accepted"), {}},
                                          {m_seed.applications[5].id, QStringLiteral("accepted"), {}}}))
                 .error(),
             QStringLiteral("Application E-0006 is withdrawn and cannot be decided."));
    QCOMPARE(run(new SetDecisionsCommand(*m_doc, m_seed.cycle.id, {{e1.id, QStringLiteral("maybe"), {}}})).error(),
             QStringLiteral("“maybe” is not a decision: use accepted, waitlisted or declined."));
    QCOMPARE(snapshot(*m_doc), s0);
}

void TestReviewCommands::settingsUndo()
{
    const auto s0 = snapshot(*m_doc);
    ReviewSettings settings;
    settings.blind = true;
    settings.perApplication = 3;
    settings.menteeTarget = 2;
    QVERIFY(run(new SetReviewSettingsCommand(*m_doc, m_seed.cycle.id, settings)));
    QCOMPARE(m_doc->reviewStore().loadSettings(m_seed.cycle.id).value(), settings);
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), s0);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->reviewStore().loadSettings(m_seed.cycle.id).value(), settings);
    settings.perApplication = 0;
    QVERIFY(!run(new SetReviewSettingsCommand(*m_doc, m_seed.cycle.id, settings)));
}

void TestReviewCommands::someoneElsesChangeIsRefused()
{
    // A second desktop: another connection to the same file.
    auto other = ProgramDocument::open(m_doc->filePath());
    QVERIFY2(other, qPrintable(other.error()));
    ProgramDocument &them = *other.value();
    const Assignment a = assignDirectly({{0, 0}}).first();
    QVERIFY(run(new SetScoresCommand(*m_doc, m_seed.cycle.id, {cell(a, m_seed.criteria[0], 4)})));
    // They change the same cell meanwhile.
    QVERIFY(them.execute(new SetScoresCommand(them, m_seed.cycle.id, {cell(a, m_seed.criteria[0], 2)})));
    const auto before = snapshot(*m_doc);
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(),
             QStringLiteral("Someone else changed a score of this step meanwhile; reload to see it."));
    QCOMPARE(snapshot(*m_doc), before);

    // They edit a reviewer; our stale edit of the same reviewer is refused.
    Reviewer theirs = m_seed.reviewers[1];
    theirs.capacity = 3;
    QVERIFY(them.execute(new EditReviewerCommand(them, m_seed.reviewers[1], theirs)));
    Reviewer ours = m_seed.reviewers[1];
    ours.capacity = 8;
    const Status refused = run(new EditReviewerCommand(*m_doc, m_seed.reviewers[1], ours));
    QCOMPARE(refused.error(),
             QStringLiteral("Someone else changed reviewer Ben Member meanwhile; reload to see the changes."));
    QCOMPARE(m_doc->reviewStore().loadReviewer(theirs.id)->capacity, 3);

    // They decide, we decide over it (a decision reads the stored state when it is made), they
    // change it again: our undo would overwrite their decision, so it is refused.
    QVERIFY(them.execute(
        new SetDecisionsCommand(them, m_seed.cycle.id, {{m_seed.applications[2].id, QStringLiteral("declined"), {}}})));
    QVERIFY(run(new SetDecisionsCommand(*m_doc, m_seed.cycle.id,
                                        {{m_seed.applications[2].id, QStringLiteral("accepted"), {}}})));
    QVERIFY(them.execute(new SetDecisionsCommand(them, m_seed.cycle.id,
                                                 {{m_seed.applications[2].id, QStringLiteral("waitlisted"), {}}})));
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 2);
    QVERIFY(failed.last().first().toString().startsWith(
        QStringLiteral("Someone else changed the decision or status of E-0003")));
    QCOMPARE(m_doc->reviewStore().findDecision(m_seed.applications[2].id).value()->outcome,
             QStringLiteral("waitlisted"));
}

void TestReviewCommands::readOnlyProgramRefuses()
{
    const QString path = m_doc->filePath();
    m_doc.reset();
    auto opened = ProgramDocument::open(path, true);
    QVERIFY(opened);
    ProgramDocument &doc = *opened.value();
    const Status status = doc.execute(
        new AddCriterionCommand(doc, makeCriterion(m_seed.cycle, kMentee, QStringLiteral("X"), 1, 5, 1, false, 5)));
    QVERIFY(!status);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestReviewCommands::worksOnPostgres()
{
    QString schema;
    QString error;
    auto created = createPostgres(QStringLiteral("cohort_reviewcmd_"), &schema, &error);
    if (!created && error.isEmpty())
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    QVERIFY2(created, qPrintable(error));
    ProgramDocument &doc = *created;
    const auto drop = qScopeGuard([&doc, &schema] { dropSchema(doc, schema); });
    Seeded s;
    QVERIFY(seed(doc, s));
    const auto s0 = snapshot(doc);
    const auto ok = [](const Status &status) {
        if (!status)
            qWarning("%s", qPrintable(status.error()));
        return bool(status);
    };
    QVERIFY(ok(doc.execute(new CopyRubricCommand(doc, s.older.id, s.cycle.id, kMentee))));
    Reviewer eve;
    eve.name = QStringLiteral("Eve");
    QVERIFY(ok(doc.execute(new AddReviewerCommand(doc, eve))));
    Conflict conflict;
    conflict.reviewerId = s.reviewers[2].id;
    conflict.personId = s.applications[1].personId;
    QVERIFY(ok(doc.execute(new AddConflictsCommand(doc, {conflict}))));
    auto data = doc.reviewStore().loadCycle(s.cycle.id, kMentee);
    QVERIFY(data);
    auto proposal = AutoAssign::propose(data.value(), 2, 5);
    QVERIFY(proposal);
    QVERIFY(ok(doc.execute(new ChangeAssignmentsCommand(doc, s.cycle.id, proposal->added, {}))));
    const Assignment a = proposal->added.first();
    auto rubric = doc.reviewStore().listCriteria(s.cycle.id, kMentee).value();
    QList<ScoreEdit> edits;
    for (const Criterion &c : rubric)
        edits.append({a.id, c.id, c.allowNotApplicable ? std::nullopt : std::optional<double>(c.scaleMin + 1),
                      c.allowNotApplicable});
    QVERIFY(ok(doc.execute(new SetScoresCommand(doc, s.cycle.id, edits))));
    QVERIFY(!doc.execute(new SetScoresCommand(doc, s.cycle.id, {{a.id, rubric.first().id, 99.0, false}})));
    QVERIFY(ok(doc.execute(new SetAssignmentCommentCommand(doc, s.cycle.id, a.id, QStringLiteral("Good")))));
    QVERIFY(ok(doc.execute(new SubmitAssignmentsCommand(doc, s.cycle.id, {a.id}, true))));
    QVERIFY(ok(doc.execute(new SetDecisionsCommand(
        doc, s.cycle.id, {{a.applicationId, QStringLiteral("accepted"), QStringLiteral("Top")}}))));
    QCOMPARE(doc.reviewStore().applicationState(a.applicationId)->status, QStringLiteral("accepted"));
    ReviewSettings settings;
    settings.blind = true;
    settings.menteeTarget = 3;
    QVERIFY(ok(doc.execute(new SetReviewSettingsCommand(doc, s.cycle.id, settings))));
    const auto s1 = snapshot(doc);
    QSignalSpy failed(&doc, &ProgramDocument::commandFailed);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(doc), s0);
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(doc), s1);
}

QTEST_GUILESS_MAIN(TestReviewCommands)
#include "tst_reviewcommands.moc"
