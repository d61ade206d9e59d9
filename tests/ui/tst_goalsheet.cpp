#include "common/messages.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "domain/cycle.h"
#include "programfixture.h"
#include "store/cyclestore.h"
#include "timeline/engagementmodel.h"
#include "timeline/goalsheetdialog.h"
#include "timeline/matchdetailpanel.h"
#include "timeline/timelinepage.h"
#include "timeline/timelinesnapshot.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

// Edit Goal Sheet and orientation attendance in the Timeline area's detail panel, on the demo
// program's Spring 2017 cycle.
class TestGoalSheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogRefusesAnEmptyTitleAndAFourthGoal();
    void editingGoalsIsOneUndoStep();
    void submittingChangesTheGoalSheetState();
    void aFirstGoalSheetIsInsertedAndUndoRemovesIt();
    void attendanceIsOneUndoStep();

private:
    std::unique_ptr<ProgramDocument> openDocument();
    std::unique_ptr<TimelinePage> makePage(ProgramDocument &document);
    static bool waitReloaded(TimelinePage &page, quint64 after);
    static QString scalar(ProgramDocument &document, const QString &sql);
    // Every stored row of the match's goal sheet and goals (versions left out).
    static QByteArray sheetRows(ProgramDocument &document, const QString &matchId);
    // The first match of the page whose goal sheet is not submitted, or "".
    static QString unsubmittedMatch(TimelinePage &page);
    // Runs `drive` on the modal dialog the panel opens, then clicks the panel's button.
    static void driveDialog(MatchDetailPanel *panel, std::function<void(GoalSheetDialog *)> drive);

    QTemporaryDir m_dir;
    DemoCopies m_demo;
    QString m_file;
    QString m_cycleId;
};

void TestGoalSheet::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.create(m_dir.path()));
    m_cycleId = m_demo.cycleId(QStringLiteral("Spring 2017"));
    QVERIFY(!m_cycleId.isEmpty());
}

void TestGoalSheet::init()
{
    Messages::setTestMode(true);
    m_file = m_demo.copy();
    QVERIFY(!m_file.isEmpty());
}

void TestGoalSheet::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
}

std::unique_ptr<ProgramDocument> TestGoalSheet::openDocument()
{
    return DemoCopies::open(m_file);
}

std::unique_ptr<TimelinePage> TestGoalSheet::makePage(ProgramDocument &document)
{
    auto page = std::make_unique<TimelinePage>();
    page->resize(1400, 900);
    page->setDocument(&document);
    page->setCycle(m_cycleId, QStringLiteral("Spring 2017"));
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) ||
        !QTest::qWaitFor([&page] { return !page->isLoading() && page->snapshot(); }, 10000))
        return nullptr;
    return page;
}

bool TestGoalSheet::waitReloaded(TimelinePage &page, quint64 after)
{
    return QTest::qWaitFor(
        [&page, after] { return !page.isLoading() && page.snapshot() && page.snapshot()->generation > after; }, 10000);
}

QString TestGoalSheet::scalar(ProgramDocument &document, const QString &sql)
{
    QSqlQuery query(document.database().connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

QByteArray TestGoalSheet::sheetRows(ProgramDocument &document, const QString &matchId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(document.database().connection());
    const QString sql =
        QStringLiteral("SELECT s.id, s.due_on, COALESCE(s.submitted_on, ''), COALESCE(g.id, ''), "
                       "COALESCE(g.objective, 0), COALESCE(g.title, ''), COALESCE(g.specific, ''), "
                       "COALESCE(g.measurable, ''), COALESCE(g.achievable, ''), COALESCE(g.relevant, ''), "
                       "COALESCE(g.time_bound, ''), COALESCE(g.sort_order, 0) FROM goal_sheets s "
                       "LEFT JOIN goals g ON g.goal_sheet_id = s.id WHERE s.match_id = '%1' ORDER BY g.id")
            .arg(matchId);
    if (!query.exec(sql))
        return {};
    int rows = 0;
    while (query.next()) {
        ++rows;
        for (int c = 0; c < 12; ++c)
            hash.addData(QByteArray(query.value(c).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex() + '/' + QByteArray::number(rows);
}

QString TestGoalSheet::unsubmittedMatch(TimelinePage &page)
{
    const auto snapshot = page.snapshot();
    for (int i = 0; i < snapshot->data.matches.size(); ++i) {
        if (snapshot->engagement.at(i).goalSheet.state != GoalSheetState::State::Submitted)
            return snapshot->data.matches.at(i).match.id;
    }
    return {};
}

void TestGoalSheet::driveDialog(MatchDetailPanel *panel, std::function<void(GoalSheetDialog *)> drive)
{
    bool ran = false;
    QTimer::singleShot(0, panel, [&] {
        auto *dialog = qobject_cast<GoalSheetDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ran = true;
        drive(dialog);
    });
    QTest::mouseClick(panel->editGoalSheetButton(), Qt::LeftButton);
    QVERIFY(ran);
}

void TestGoalSheet::dialogRefusesAnEmptyTitleAndAFourthGoal()
{
    GoalSheetDialog dialog;
    dialog.setSheet(std::nullopt, {}, QDate(2017, 5, 20));
    QCOMPARE(dialog.dueOn(), QDate(2017, 5, 20));
    QCOMPARE(dialog.goalCount(), 1);
    QCOMPARE(dialog.objectiveCombo(0)->count(), 7);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(!dialog.problem().isEmpty());
    QVERIFY(!dialog.removeGoalButton()->isEnabled());
    QVERIFY(!dialog.removeGoal(0));
    dialog.titleEdit(0)->setText(QStringLiteral("Lead a STEM storytime"));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.addGoal());
    QVERIFY(!dialog.okButton()->isEnabled()); // the new goal has no title
    dialog.titleEdit(1)->setText(QStringLiteral("   "));
    QVERIFY(!dialog.okButton()->isEnabled());
    dialog.titleEdit(1)->setText(QStringLiteral("Review my resume"));
    QVERIFY(dialog.addGoal());
    QCOMPARE(dialog.goalCount(), 3);
    QVERIFY(!dialog.addGoalButton()->isEnabled());
    QVERIFY(!dialog.addGoal());
    QCOMPARE(dialog.goalCount(), 3);
    QVERIFY(dialog.removeGoal(2));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.addGoalButton()->isEnabled());
    QCOMPARE(dialog.goals().size(), 2);
    QCOMPARE(dialog.goals().at(1).title, QStringLiteral("Review my resume"));
    QCOMPARE(dialog.goals().at(1).sortOrder, 1);
    QVERIFY(!dialog.submittedOn().isValid());
    dialog.submittedCheck()->setChecked(true);
    dialog.submittedEdit()->setDate(QDate(2017, 5, 10));
    QCOMPARE(dialog.submittedOn(), QDate(2017, 5, 10));
}

void TestGoalSheet::editingGoalsIsOneUndoStep()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    // A match with a goal sheet that has goals.
    const QString match = scalar(*doc, QStringLiteral("SELECT m.id FROM matches m JOIN goal_sheets s ON s.match_id = "
                                                      "m.id WHERE m.cycle_id = '%1' AND m.status IN ('published', "
                                                      "'ended') AND (SELECT COUNT(*) FROM goals g WHERE "
                                                      "g.goal_sheet_id = s.id) = 2 LIMIT 1")
                                           .arg(m_cycleId));
    QVERIFY(!match.isEmpty());
    page->selectMatch(match);
    MatchDetailPanel *panel = page->detailPanel();
    QCOMPARE(panel->matchId(), match);
    QVERIFY(panel->editGoalSheetButton()->isEnabled());
    const QByteArray before = sheetRows(*doc, match);
    const int goalsBefore =
        scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goals g JOIN goal_sheets s ON s.id = g.goal_sheet_id "
                                    "WHERE s.match_id = '%1'")
                         .arg(match))
            .toInt();
    const quint64 generation = page->snapshot()->generation;
    const int undoCount = doc->undoStack()->count();

    driveDialog(panel, [](GoalSheetDialog *dialog) {
        // Change the first goal, add one new.
        dialog->titleEdit(0)->setText(QStringLiteral("Changed title"));
        dialog->objectiveCombo(0)->setCurrentIndex(6);
        QVERIFY(dialog->addGoal());
        const int last = dialog->goalCount() - 1;
        dialog->titleEdit(last)->setText(QStringLiteral("Mock Caldecott election"));
        dialog->smartEdit(last, GoalSheetDialog::Measurable)->setPlainText(QStringLiteral("Ten votes cast"));
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
    });
    QCOMPARE(doc->undoStack()->count(), undoCount + 1);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goals g JOIN goal_sheets s ON s.id = g.goal_sheet_id "
                                         "WHERE s.match_id = '%1'")
                              .arg(match))
                 .toInt(),
             goalsBefore + 1);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT g.objective || '|' || g.title FROM goals g JOIN goal_sheets s ON "
                                         "s.id = g.goal_sheet_id WHERE s.match_id = '%1' ORDER BY g.sort_order LIMIT 1")
                              .arg(match)),
             QStringLiteral("7|Changed title"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT g.measurable FROM goals g JOIN goal_sheets s ON s.id = "
                                         "g.goal_sheet_id WHERE s.match_id = '%1' AND g.title = 'Mock Caldecott "
                                         "election'")
                              .arg(match)),
             QStringLiteral("Ten votes cast"));
    const QByteArray after = sheetRows(*doc, match);
    QVERIFY(after != before);
    QVERIFY(waitReloaded(*page, generation));
    QCOMPARE(page->snapshot()->data.matches.at(page->snapshot()->matchIndex(match)).goals.size(), goalsBefore + 1);

    doc->undoStack()->undo();
    QCOMPARE(sheetRows(*doc, match), before);
    doc->undoStack()->redo();
    QCOMPARE(sheetRows(*doc, match), after);
    doc->undoStack()->undo();
    QCOMPARE(sheetRows(*doc, match), before);

    // Dropping a goal, then undo puts it back with its id.
    QVERIFY(waitReloaded(*page, page->snapshot()->generation));
    page->selectMatch(match);
    QCOMPARE(goalsBefore, 2);
    {
        driveDialog(panel, [](GoalSheetDialog *dialog) {
            QVERIFY(dialog->removeGoal(1));
            dialog->okButton()->click();
        });
        QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goals g JOIN goal_sheets s ON s.id = "
                                             "g.goal_sheet_id WHERE s.match_id = '%1'")
                                  .arg(match))
                     .toInt(),
                 1);
        doc->undoStack()->undo();
        QCOMPARE(sheetRows(*doc, match), before);
    }
}

void TestGoalSheet::submittingChangesTheGoalSheetState()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString match = unsubmittedMatch(*page);
    QVERIFY(!match.isEmpty());
    page->selectMatch(match);
    MatchDetailPanel *panel = page->detailPanel();
    const QByteArray before = sheetRows(*doc, match);
    const QDate asOf = page->snapshot()->asOf;
    const quint64 generation = page->snapshot()->generation;
    driveDialog(panel, [asOf](GoalSheetDialog *dialog) {
        // The sheet may have no goals yet: the dialog starts with one empty goal.
        QVERIFY(dialog->goalCount() >= 1);
        for (int i = 0; i < dialog->goalCount(); ++i) {
            if (dialog->titleEdit(i)->text().isEmpty())
                dialog->titleEdit(i)->setText(QStringLiteral("Attend a webinar together"));
        }
        dialog->submittedCheck()->setChecked(true);
        dialog->submittedEdit()->setDate(asOf);
        QVERIFY(dialog->okButton()->isEnabled());
        dialog->okButton()->click();
    });
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT submitted_on FROM goal_sheets WHERE match_id = '%1'").arg(match)),
             asOf.toString(Qt::ISODate));
    QVERIFY(waitReloaded(*page, generation));
    const auto snapshot = page->snapshot();
    const int index = snapshot->matchIndex(match);
    QVERIFY(index >= 0);
    QCOMPARE(snapshot->engagement.at(index).goalSheet.state, GoalSheetState::State::Submitted);
    QCOMPARE(snapshot->engagement.at(index).goalSheet.submittedOn, asOf);

    doc->undoStack()->undo();
    QCOMPARE(sheetRows(*doc, match), before);
    QVERIFY(waitReloaded(*page, snapshot->generation));
    QVERIFY(page->snapshot()->engagement.at(page->snapshot()->matchIndex(match)).goalSheet.state !=
            GoalSheetState::State::Submitted);
}

void TestGoalSheet::aFirstGoalSheetIsInsertedAndUndoRemovesIt()
{
    auto doc = openDocument();
    QVERIFY(doc);
    // A published match without a goal sheet.
    const QString match = scalar(*doc, QStringLiteral("SELECT m.id FROM matches m JOIN goal_sheets s ON s.match_id = "
                                                      "m.id WHERE m.cycle_id = '%1' AND m.status = 'published' LIMIT 1")
                                           .arg(m_cycleId));
    QVERIFY(!match.isEmpty());
    {
        QSqlQuery query(doc->database().connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM goals WHERE goal_sheet_id IN (SELECT id FROM goal_sheets WHERE "
                                          "match_id = '%1')")
                               .arg(match)));
        QVERIFY(query.exec(QStringLiteral("DELETE FROM goal_sheets WHERE match_id = '%1'").arg(match)));
    }
    auto page = makePage(*doc);
    QVERIFY(page);
    page->selectMatch(match);
    const int index = page->snapshot()->matchIndex(match);
    QVERIFY(index >= 0);
    QVERIFY(!page->snapshot()->data.matches.at(index).goalSheet);
    const QDate due = page->snapshot()->engagement.at(index).goalSheet.dueOn;
    driveDialog(page->detailPanel(), [due](GoalSheetDialog *dialog) {
        if (due.isValid())
            QCOMPARE(dialog->dueOn(), due);
        QCOMPARE(dialog->goalCount(), 1);
        dialog->titleEdit(0)->setText(QStringLiteral("Join an ALSC committee"));
        dialog->objectiveCombo(0)->setCurrentIndex(4);
        dialog->okButton()->click();
    });
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goal_sheets WHERE match_id = '%1'").arg(match)),
             QStringLiteral("1"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT g.objective || '|' || g.title FROM goals g JOIN goal_sheets s ON "
                                         "s.id = g.goal_sheet_id WHERE s.match_id = '%1'")
                              .arg(match)),
             QStringLiteral("5|Join an ALSC committee"));
    doc->undoStack()->undo();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goal_sheets WHERE match_id = '%1'").arg(match)),
             QStringLiteral("0"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goals")).toInt() > 0, true);
    doc->undoStack()->redo();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM goals g JOIN goal_sheets s ON s.id = g.goal_sheet_id "
                                         "WHERE s.match_id = '%1'")
                              .arg(match)),
             QStringLiteral("1"));
}

void TestGoalSheet::attendanceIsOneUndoStep()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    if (page->snapshot()->data.settings.orientationDates.isEmpty()) {
        QSqlQuery query(doc->database().connection());
        QVERIFY(
            query.exec(QStringLiteral("INSERT OR REPLACE INTO settings (scope, key, value, updated_at) VALUES ('%1', "
                                      "'orientation_date', '2017-05-15', '2017-01-01T00:00:00Z')")
                           .arg(m_cycleId)));
        page->setCycle(m_cycleId, QStringLiteral("Spring 2017"));
        QVERIFY(QTest::qWaitFor(
            [&page] {
                return !page->isLoading() && page->snapshot() &&
                       !page->snapshot()->data.settings.orientationDates.isEmpty();
            },
            10000));
    }
    const QDate session = page->snapshot()->data.settings.orientationDates.first();
    const TimelineMatch m = page->snapshot()->data.matches.first();
    page->selectMatch(m.match.id);
    MatchDetailPanel *panel = page->detailPanel();
    QVERIFY(panel->orientationBox()->isVisibleTo(page.get()));
    QCheckBox *mentee = panel->attendanceCheck(0, false);
    QVERIFY(mentee);
    QVERIFY(mentee->isEnabled());
    const auto row = [&] {
        return scalar(*doc, QStringLiteral("SELECT COALESCE((SELECT attended || '/' || version FROM "
                                           "orientation_attendance WHERE application_id = '%1' AND session_on = "
                                           "'%2'), 'none')")
                                .arg(m.match.menteeApplicationId, session.toString(Qt::ISODate)));
    };
    const QString before = row();
    const bool was = mentee->isChecked();
    QCOMPARE(before == QLatin1String("none") ? false : before.startsWith(QLatin1Char('1')), was);
    const quint64 generation = page->snapshot()->generation;
    const int undoCount = doc->undoStack()->count();
    mentee->click();
    QCOMPARE(doc->undoStack()->count(), undoCount + 1);
    QVERIFY(row().startsWith(was ? QLatin1Char('0') : QLatin1Char('1')));
    QVERIFY(waitReloaded(*page, generation));
    QCOMPARE(panel->attendanceCheck(0, false)->isChecked(), !was);

    doc->undoStack()->undo();
    const QString undone = row();
    if (before == QLatin1String("none"))
        QCOMPARE(undone, before);
    else
        QVERIFY(undone.startsWith(before.left(1)));
    QVERIFY(waitReloaded(*page, page->snapshot()->generation));
    QCOMPARE(panel->attendanceCheck(0, false)->isChecked(), was);

    // The mentor's check box writes the mentor's row.
    panel->attendanceCheck(0, true)->click();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM orientation_attendance WHERE application_id = '%1' AND "
                                         "session_on = '%2'")
                              .arg(m.match.mentorApplicationId, session.toString(Qt::ISODate)))
                 .toInt(),
             1);
}

QTEST_MAIN(TestGoalSheet)
#include "tst_goalsheet.moc"
