#include "common/messages.h"
#include "cycles/cycleactions.h"
#include "cycles/cyclesettingsdialog.h"
#include "cycles/newcycledialog.h"
#include "cycles/phasesdialog.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "document/cyclecommands.h"
#include "document/programdocument.h"
#include "domain/cycle.h"
#include "programfixture.h"
#include "store/cyclestore.h"
#include "store/timelinestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

// The Cycle menu on a real program file: the demo program (Spring 2017 and Fall 2017, each with
// the seven phases of the published timeline and what later cycles added).
class TestCycleDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void templateFor2017GivesThePublishedDates();
    void copyShiftsTheYears();
    void duplicateNameIsRefused();
    void newCycleCommandInsertsAndUndoRemoves();
    void undoOfNewCycleIsRefusedOnceItHasApplications();
    void endBeforeStartDisablesOk();
    void dateEditorCommitsThroughTheDelegate();
    void overlapWarnsButAllows();
    void setPhasesCommandRoundTrip();
    void staleUndoOfPhasesIsRefused();
    void cycleSettingsRoundTrip();
    void actionsFollowDocumentAndCycle();
    void dialogsRunThroughTheActions();

private:
    std::unique_ptr<ProgramDocument> openDocument(bool readOnly = false);
    QString scalar(ProgramDocument &document, const QString &sql);
    static QList<Cycle> cycles(ProgramDocument &document);
    static Cycle cycleNamed(ProgramDocument &document, const QString &name);
    // The cycle's phases as stored: "name|kind|start|end|deadline" in order, one a line.
    QString storedPhases(ProgramDocument &document, const QString &cycleId);

    QTemporaryDir m_dir;
    DemoCopies m_demo;
    QString m_file;
    QString m_springId;
    QString m_fallId;
};

void TestCycleDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.create(m_dir.path()));
    m_springId = m_demo.cycleId(QStringLiteral("Spring 2017"));
    m_fallId = m_demo.cycleId(QStringLiteral("Fall 2017"));
    QVERIFY(!m_springId.isEmpty());
    QVERIFY(!m_fallId.isEmpty());
}

void TestCycleDialogs::init()
{
    Messages::setTestMode(true);
    m_file = m_demo.copy();
    QVERIFY(!m_file.isEmpty());
}

void TestCycleDialogs::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
}

std::unique_ptr<ProgramDocument> TestCycleDialogs::openDocument(bool readOnly)
{
    return DemoCopies::open(m_file, readOnly);
}

QString TestCycleDialogs::scalar(ProgramDocument &document, const QString &sql)
{
    QSqlQuery query(document.database().connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning() << sql << query.lastError().text();
        return {};
    }
    return query.value(0).toString();
}

QList<Cycle> TestCycleDialogs::cycles(ProgramDocument &document)
{
    auto list = document.cycleStore().list();
    return list ? list.value() : QList<Cycle>();
}

Cycle TestCycleDialogs::cycleNamed(ProgramDocument &document, const QString &name)
{
    for (const Cycle &cycle : cycles(document)) {
        if (cycle.name == name)
            return cycle;
    }
    return {};
}

QString TestCycleDialogs::storedPhases(ProgramDocument &document, const QString &cycleId)
{
    return scalar(document,
                  QStringLiteral("SELECT group_concat(line, char(10)) FROM (SELECT id || '|' || name || '|' || kind || "
                                 "'|' || starts_on || '|' || ends_on || '|' || COALESCE(deadline, '') AS line FROM "
                                 "phases WHERE cycle_id = '%1' ORDER BY sort_order)")
                      .arg(cycleId));
}

void TestCycleDialogs::templateFor2017GivesThePublishedDates()
{
    auto doc = openDocument();
    QVERIFY(doc);
    NewCycleDialog dialog(cycles(*doc));
    // The cycle after the newest (Fall 2017) is Spring 2018, from the template.
    QCOMPARE(dialog.season(), QStringLiteral("spring"));
    QCOMPARE(dialog.year(), 2018);
    QCOMPARE(dialog.source(), NewCycleDialog::Source::Template);
    QCOMPARE(dialog.name(), QStringLiteral("Spring 2018"));
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.setYear(2017);
    QCOMPARE(dialog.name(), QStringLiteral("Spring 2017")); // the name follows until edited
    Cycle spring = dialog.cycle();
    QCOMPARE(spring.season, QStringLiteral("spring"));
    QCOMPARE(spring.year, 2017);
    QCOMPARE(spring.phases.size(), 7);
    const Phase &applications = spring.phases.at(0);
    QCOMPARE(applications.kind, QStringLiteral("applications"));
    QCOMPARE(applications.startsOn, QDate(2017, 1, 1));
    QCOMPARE(applications.endsOn, QDate(2017, 2, 28));
    QCOMPARE(applications.deadline, QDate(2017, 2, 24)); // Friday, February 24, 2017
    QCOMPARE(spring.phases.at(1).kind, QStringLiteral("review"));
    QCOMPARE(spring.phases.at(1).startsOn, QDate(2017, 3, 1));
    QCOMPARE(spring.phases.at(1).endsOn, QDate(2017, 4, 30));
    QCOMPARE(spring.phases.at(2).kind, QStringLiteral("goals"));
    QCOMPARE(spring.phases.at(2).startsOn, QDate(2017, 4, 1));
    QCOMPARE(spring.phases.at(2).endsOn, QDate(2017, 5, 31));
    // The preview shows the same phases and dates.
    QTableWidget *preview = dialog.previewTable();
    QCOMPARE(preview->rowCount(), 7);
    QCOMPARE(preview->item(0, NewCycleDialog::DeadlineColumn)->data(Qt::DisplayRole).toDate(), QDate(2017, 2, 24));
    QCOMPARE(preview->item(2, NewCycleDialog::EndsColumn)->data(Qt::DisplayRole).toDate(), QDate(2017, 5, 31));

    dialog.setSeason(QStringLiteral("fall"));
    QCOMPARE(dialog.name(), QStringLiteral("Fall 2017"));
    const Cycle fall = dialog.cycle();
    QCOMPARE(fall.phases.at(0).startsOn, QDate(2017, 7, 1));
    QCOMPARE(fall.phases.at(0).endsOn, QDate(2017, 8, 31));
    QCOMPARE(fall.phases.at(1).startsOn, QDate(2017, 9, 1));
    QCOMPARE(fall.phases.at(1).endsOn, QDate(2017, 10, 31));
    QCOMPARE(fall.phases.at(2).startsOn, QDate(2017, 11, 1));
    QCOMPARE(fall.phases.at(2).endsOn, QDate(2017, 12, 31));
    // Every new phase has its own new id, in the new cycle, in order.
    for (int i = 0; i < fall.phases.size(); ++i) {
        QVERIFY(!fall.phases.at(i).id.isEmpty());
        QCOMPARE(fall.phases.at(i).cycleId, fall.id);
        QCOMPARE(fall.phases.at(i).sortOrder, i);
    }
    QVERIFY(fall.sortOrder > 1); // after both demo cycles
}

void TestCycleDialogs::copyShiftsTheYears()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const Cycle original = cycleNamed(*doc, QStringLiteral("Fall 2017"));
    NewCycleDialog dialog(cycles(*doc));
    dialog.setCopiedCycle(m_fallId);
    QCOMPARE(dialog.source(), NewCycleDialog::Source::Copy);
    QCOMPARE(dialog.copiedCycleId(), m_fallId);
    QCOMPARE(dialog.season(), QStringLiteral("fall")); // a copy keeps the season
    dialog.setYear(2027);
    QCOMPARE(dialog.name(), QStringLiteral("Fall 2027"));
    const Cycle copy = dialog.cycle();
    QCOMPARE(copy.name, QStringLiteral("Fall 2027"));
    QCOMPARE(copy.year, 2027);
    QCOMPARE(copy.season, QStringLiteral("fall"));
    QVERIFY(copy.id != original.id);
    QCOMPARE(copy.phases.size(), original.phases.size());
    for (int i = 0; i < copy.phases.size(); ++i) {
        const Phase &a = original.phases.at(i);
        const Phase &b = copy.phases.at(i);
        QCOMPARE(b.name, a.name);
        QCOMPARE(b.kind, a.kind);
        QVERIFY(b.id != a.id);
        QCOMPARE(b.startsOn, a.startsOn.addYears(10));
        QCOMPARE(b.endsOn, a.endsOn.addYears(10));
        QCOMPARE(b.deadline, a.deadline.isValid() ? a.deadline.addYears(10) : QDate());
    }
    QCOMPARE(copy.phases.at(0).deadline, QDate(2027, 8, 25));
    QCOMPARE(copy.phases.last().endsOn, QDate(2028, 9, 30));
    QCOMPARE(dialog.previewTable()->item(0, NewCycleDialog::StartsColumn)->data(Qt::DisplayRole).toDate(),
             QDate(2027, 7, 1));
}

void TestCycleDialogs::duplicateNameIsRefused()
{
    auto doc = openDocument();
    QVERIFY(doc);
    NewCycleDialog dialog(cycles(*doc));
    dialog.setName(QStringLiteral(" spring 2017 "));
    QVERIFY(dialog.problem().contains(QStringLiteral("already a cycle named “Spring 2017”")));
    QVERIFY(!dialog.okButton()->isEnabled());
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("newCycleProblemLabel"));
    QVERIFY(label);
    QCOMPARE(label->text(), dialog.problem());
    dialog.accept(); // refused: the dialog stays open
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    dialog.setName(QString());
    QVERIFY(!dialog.problem().isEmpty()); // an empty name is refused too
    dialog.setName(QStringLiteral("Spring 2017 (second intake)"));
    QVERIFY(dialog.problem().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());
    QCOMPARE(dialog.cycle().name, QStringLiteral("Spring 2017 (second intake)"));
    // A name typed by hand no longer follows the season and year.
    dialog.setYear(2030);
    QCOMPARE(dialog.name(), QStringLiteral("Spring 2017 (second intake)"));
}

void TestCycleDialogs::newCycleCommandInsertsAndUndoRemoves()
{
    auto doc = openDocument();
    QVERIFY(doc);
    NewCycleDialog dialog(cycles(*doc));
    dialog.setSeason(QStringLiteral("fall"));
    dialog.setYear(2027);
    const Cycle cycle = dialog.cycle();
    QSignalSpy changed(doc.get(), &ProgramDocument::cyclesChanged);
    const QString audits = scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(doc->execute(new NewCycleCommand(*doc, cycle)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("New Cycle Fall 2027"));
    const QString countCycle = QStringLiteral("SELECT COUNT(*) FROM cycles WHERE id = '%1' AND name = 'Fall 2027' AND "
                                              "season = 'fall' AND year = 2027")
                                   .arg(cycle.id);
    const QString countPhases = QStringLiteral("SELECT COUNT(*) FROM phases WHERE cycle_id = '%1'").arg(cycle.id);
    QCOMPARE(scalar(*doc, countCycle), QStringLiteral("1"));
    QCOMPARE(scalar(*doc, countPhases), QStringLiteral("7"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT deadline FROM phases WHERE cycle_id = '%1' AND kind = "
                                         "'applications'")
                              .arg(cycle.id)),
             QStringLiteral("2027-08-25"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cycle.create' AND "
                                         "entity_id = '%1'")
                              .arg(cycle.id)),
             QStringLiteral("1"));

    doc->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(scalar(*doc, countCycle), QStringLiteral("0"));
    QCOMPARE(scalar(*doc, countPhases), QStringLiteral("0"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt(), audits.toInt() + 2);

    doc->undoStack()->redo();
    QCOMPARE(scalar(*doc, countCycle), QStringLiteral("1"));
    QCOMPARE(scalar(*doc, countPhases), QStringLiteral("7"));
}

void TestCycleDialogs::undoOfNewCycleIsRefusedOnceItHasApplications()
{
    auto doc = openDocument();
    QVERIFY(doc);
    NewCycleDialog dialog(cycles(*doc));
    const Cycle cycle = dialog.cycle(); // Spring 2018
    QVERIFY(doc->execute(new NewCycleCommand(*doc, cycle)));
    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO applications (id, cycle_id, person_id, role, code, submitted_at, "
                                      "created_at, updated_at) SELECT 'test-application', '%1', id, 'mentee', "
                                      "'S18-E001', '2018-01-05T10:00:00Z', '2018-01-05T10:00:00Z', "
                                      "'2018-01-05T10:00:00Z' FROM people LIMIT 1")
                           .arg(cycle.id)));
    QSignalSpy failed(doc.get(), &ProgramDocument::commandFailed);
    doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("New Cycle Spring 2018")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("application"), Qt::CaseInsensitive), qPrintable(message));
    const QString countCycle = QStringLiteral("SELECT COUNT(*) FROM cycles WHERE id = '%1'").arg(cycle.id);
    QCOMPARE(scalar(*doc, countCycle), QStringLiteral("1"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM phases WHERE cycle_id = '%1'").arg(cycle.id)),
             QStringLiteral("7"));
    // Redo after the refused undo has nothing to write and fails nothing.
    doc->undoStack()->redo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(scalar(*doc, countCycle), QStringLiteral("1"));
    // Without the application, undo goes through.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM applications WHERE id = 'test-application'")));
    doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(scalar(*doc, countCycle), QStringLiteral("0"));
}

void TestCycleDialogs::endBeforeStartDisablesOk()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const Cycle spring = cycleNamed(*doc, QStringLiteral("Spring 2017"));
    PhasesDialog dialog(spring.id, spring.name, spring.phases);
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(0, PhasesDialog::NameColumn)->text(), QStringLiteral("Applications accepted"));
    QCOMPARE(table->item(0, PhasesDialog::KindColumn)->text(), QStringLiteral("Applications"));
    QCOMPARE(table->item(0, PhasesDialog::EndsColumn)->data(Qt::EditRole).toDate(), QDate(2017, 2, 24));
    QVERIFY(!table->item(3, PhasesDialog::DeadlineColumn)->data(Qt::EditRole).toDate().isValid());
    QVERIFY(dialog.refusalText().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());

    // Applications end on December 1, 2016, before they start.
    table->item(0, PhasesDialog::EndsColumn)->setData(Qt::EditRole, QDate(2016, 12, 1));
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(dialog.refusalText().contains(QStringLiteral("“Applications accepted” ends")),
             qPrintable(dialog.refusalText()));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("phasesRefusalLabel"));
    QVERIFY(label && !label->isHidden());
    QCOMPARE(label->palette().color(QPalette::WindowText), QColor(0xc9, 0x4c, 0x4c));
    QCOMPARE(dialog.phases().at(0).endsOn, QDate(2016, 12, 1));

    // Put right, OK comes back.
    table->item(0, PhasesDialog::EndsColumn)->setData(Qt::EditRole, QDate(2017, 2, 24));
    QVERIFY(dialog.okButton()->isEnabled());
    QVERIFY(dialog.refusalText().isEmpty());

    // An empty name is refused too; removing every phase is refused.
    table->item(1, PhasesDialog::NameColumn)->setText(QStringLiteral("  "));
    QVERIFY(!dialog.okButton()->isEnabled());
    table->item(1, PhasesDialog::NameColumn)->setText(QStringLiteral("Review"));
    QVERIFY(dialog.okButton()->isEnabled());
    while (table->rowCount() > 0)
        dialog.removePhase(0);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(dialog.refusalText().contains(QStringLiteral("at least one phase")));
}

void TestCycleDialogs::dateEditorCommitsThroughTheDelegate()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const Cycle spring = cycleNamed(*doc, QStringLiteral("Spring 2017"));
    PhasesDialog dialog(spring.id, spring.name, spring.phases);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTableWidget *table = dialog.table();

    // The start of the review phase, through its QDateEdit.
    table->setCurrentCell(1, PhasesDialog::StartsColumn);
    table->editItem(table->item(1, PhasesDialog::StartsColumn));
    auto *edit = table->viewport()->findChild<QDateEdit *>();
    QVERIFY(edit);
    QCOMPARE(edit->date(), QDate(2017, 3, 1));
    edit->setDate(QDate(2017, 5, 1)); // after its end (April 30)
    QTest::keyClick(edit, Qt::Key_Return);
    QTRY_COMPARE(dialog.phases().at(1).startsOn, QDate(2017, 5, 1));
    QTRY_VERIFY(table->viewport()->findChildren<QDateEdit *>().isEmpty()); // the editor is gone
    QVERIFY(!dialog.okButton()->isEnabled());

    // The kind through its combo box.
    table->setCurrentCell(1, PhasesDialog::KindColumn);
    table->editItem(table->item(1, PhasesDialog::KindColumn));
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(QStringLiteral("notifications")));
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(dialog.phases().at(1).kind, QStringLiteral("notifications"));
    QCOMPARE(table->item(1, PhasesDialog::KindColumn)->text(), QStringLiteral("Notifications"));
    QTRY_VERIFY(table->viewport()->findChildren<QComboBox *>().isEmpty());

    // An empty deadline opened and left alone stays empty; Delete clears one.
    table->setCurrentCell(3, PhasesDialog::DeadlineColumn);
    table->editItem(table->item(3, PhasesDialog::DeadlineColumn));
    edit = table->viewport()->findChild<QDateEdit *>();
    QVERIFY(edit);
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::qWait(50);
    QVERIFY(!dialog.phases().at(3).deadline.isValid());
    table->setCurrentCell(0, PhasesDialog::DeadlineColumn);
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Delete);
    QVERIFY(!dialog.phases().at(0).deadline.isValid());
}

void TestCycleDialogs::overlapWarnsButAllows()
{
    Phase a;
    a.id = QStringLiteral("a");
    a.name = QStringLiteral("Applications accepted");
    a.kind = QStringLiteral("applications");
    a.startsOn = QDate(2027, 1, 1);
    a.endsOn = QDate(2027, 2, 28);
    Phase b = a;
    b.id = QStringLiteral("b");
    b.name = QStringLiteral("Review");
    b.kind = QStringLiteral("review");
    b.startsOn = QDate(2027, 3, 1);
    b.endsOn = QDate(2027, 4, 30);
    b.sortOrder = 1;
    PhasesDialog dialog(QStringLiteral("cycle"), QStringLiteral("Spring 2027"), {a, b});
    QVERIFY(dialog.warningText().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());

    dialog.table()->item(1, PhasesDialog::StartsColumn)->setData(Qt::EditRole, QDate(2027, 2, 15));
    QVERIFY2(dialog.warningText().contains(QStringLiteral("overlap")), qPrintable(dialog.warningText()));
    QVERIFY(dialog.refusalText().isEmpty());
    QVERIFY(dialog.okButton()->isEnabled());
    // The later phase of the two is marked in the warning colour.
    QCOMPARE(dialog.table()->item(1, PhasesDialog::NameColumn)->foreground().color(), QColor(0xb0, 0x6a, 0x3b));
}

void TestCycleDialogs::setPhasesCommandRoundTrip()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const Cycle spring = cycleNamed(*doc, QStringLiteral("Spring 2017"));
    const QString original = storedPhases(*doc, spring.id);
    PhasesDialog dialog(spring.id, spring.name, spring.phases);
    QTableWidget *table = dialog.table();
    // Rename the first, drop the last, move the check-in up, add one after the survey.
    table->item(0, PhasesDialog::NameColumn)->setText(QStringLiteral("Applications open"));
    dialog.removePhase(6);
    dialog.movePhase(4, -1);
    table->setCurrentCell(5, PhasesDialog::NameColumn);
    dialog.addPhase();
    table->item(6, PhasesDialog::NameColumn)->setText(QStringLiteral("Certificates"));
    QCOMPARE(table->rowCount(), 7);
    QVERIFY(dialog.okButton()->isEnabled());
    const QList<Phase> after = dialog.phases();
    QCOMPARE(after.at(6).startsOn, QDate(2018, 4, 21)); // the day after the survey ends
    QCOMPARE(after.at(6).kind, QStringLiteral("other"));
    QVERIFY(SetPhasesCommand::differ(spring.phases, after));
    QVERIFY(!SetPhasesCommand::differ(spring.phases, spring.phases));

    QSignalSpy changed(doc.get(), &ProgramDocument::cyclesChanged);
    QVERIFY(doc->execute(new SetPhasesCommand(*doc, spring.id, spring.phases, after)));
    QCOMPARE(changed.count(), 1);
    const QString edited = storedPhases(*doc, spring.id);
    QStringList expected;
    for (const Phase &phase : after)
        expected << QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(phase.id, phase.name, phase.kind, phase.startsOn.toString(Qt::ISODate),
                             phase.endsOn.toString(Qt::ISODate),
                             phase.deadline.isValid() ? phase.deadline.toString(Qt::ISODate) : QString());
    QCOMPARE(edited, expected.join(QLatin1Char('\n')));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT version FROM phases WHERE id = '%1'").arg(after.at(0).id)),
             QStringLiteral("2"));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cycle.phases' AND "
                                         "entity_id = '%1'")
                              .arg(spring.id)),
             QStringLiteral("1"));

    doc->undoStack()->undo();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(storedPhases(*doc, spring.id), original);
    doc->undoStack()->redo();
    QCOMPARE(storedPhases(*doc, spring.id), edited);
    doc->undoStack()->undo();
    QCOMPARE(storedPhases(*doc, spring.id), original);
}

void TestCycleDialogs::staleUndoOfPhasesIsRefused()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const Cycle spring = cycleNamed(*doc, QStringLiteral("Spring 2017"));
    QList<Phase> after = spring.phases;
    after[1].name = QStringLiteral("Review");
    QVERIFY(doc->execute(new SetPhasesCommand(*doc, spring.id, spring.phases, after)));
    const QString edited = storedPhases(*doc, spring.id);
    // Someone else saves the same phase meanwhile.
    QSqlQuery query(doc->database().connection());
    QVERIFY(query.exec(QStringLiteral("UPDATE phases SET version = version + 1 WHERE id = '%1'").arg(after.at(1).id)));
    QSignalSpy failed(doc.get(), &ProgramDocument::commandFailed);
    doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(storedPhases(*doc, spring.id), edited);

    // A stale first step is refused whole and leaves nothing to undo.
    const int index = doc->undoStack()->index();
    QList<Phase> again = cycleNamed(*doc, QStringLiteral("Spring 2017")).phases;
    QList<Phase> renamed = again;
    renamed[0].name = QStringLiteral("Applications open");
    renamed[1].name = QStringLiteral("Review again");
    QVERIFY(query.exec(QStringLiteral("UPDATE phases SET version = version + 1 WHERE id = '%1'").arg(again.at(1).id)));
    const Status status = doc->execute(new SetPhasesCommand(*doc, spring.id, again, renamed));
    QVERIFY(!status);
    QVERIFY(!status.error().isEmpty());
    QCOMPARE(storedPhases(*doc, spring.id), edited);
    QCOMPARE(doc->undoStack()->index(), index);
}

void TestCycleDialogs::cycleSettingsRoundTrip()
{
    auto doc = openDocument();
    QVERIFY(doc);
    TimelineStore store(doc->database());
    const CadenceSettings before = store.loadSettings(m_springId).value();
    CycleSettingsDialog dialog(QStringLiteral("Spring 2017"), before);
    QCOMPARE(dialog.contactsSpin()->value(), before.contactsPerMonth);
    QCOMPARE(dialog.quietSpin()->value(), before.quietDays);
    QCOMPARE(dialog.goalSheetSpin()->value(), before.goalSheetDueDays);
    QCOMPARE(dialog.orientationList()->count(), before.orientationDates.size());
    QCOMPARE(dialog.settings(), before);

    dialog.contactsSpin()->setValue(3);
    dialog.quietSpin()->setValue(14);
    dialog.goalSheetSpin()->setValue(45);
    dialog.orientationDateEdit()->setDate(QDate(2017, 6, 8));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addOrientationDateButton")), Qt::LeftButton);
    QVERIFY(!dialog.addOrientationDate(QDate(2017, 6, 8))); // each date once
    QVERIFY(dialog.addOrientationDate(QDate(2017, 5, 2)));
    const CadenceSettings after = dialog.settings();
    QCOMPARE(after.contactsPerMonth, 3);
    QCOMPARE(after.quietDays, 14);
    QCOMPARE(after.goalSheetDueDays, 45);
    QVERIFY(after.orientationDates.contains(QDate(2017, 6, 8)));
    QVERIFY(std::is_sorted(after.orientationDates.cbegin(), after.orientationDates.cend()));
    QCOMPARE(after.orientationDates.size(), before.orientationDates.size() + 2);

    // Restore Defaults brings back 2, 21 and 30 and keeps the dates.
    CycleSettingsDialog defaults(QStringLiteral("Spring 2017"), after);
    defaults.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(defaults.settings().contactsPerMonth, 2);
    QCOMPARE(defaults.settings().quietDays, 21);
    QCOMPARE(defaults.settings().goalSheetDueDays, 30);
    QCOMPARE(defaults.settings().orientationDates, after.orientationDates);

    QSignalSpy cyclesChanged(doc.get(), &ProgramDocument::cyclesChanged);
    QSignalSpy matchesChanged(doc.get(), &ProgramDocument::matchesChanged);
    QVERIFY(doc->execute(new SetCadenceSettingsCommand(*doc, m_springId, before, after)));
    QCOMPARE(cyclesChanged.count(), 1);
    QCOMPARE(matchesChanged.count(), 1);
    QCOMPARE(matchesChanged.first().first().toString(), m_springId);
    QCOMPARE(store.loadSettings(m_springId).value(), after);
    QCOMPARE(store.loadSettings(m_fallId).value().contactsPerMonth, before.contactsPerMonth); // this cycle only
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cycle.settings'")),
             QStringLiteral("1"));
    doc->undoStack()->undo();
    QCOMPARE(store.loadSettings(m_springId).value(), before);
    doc->undoStack()->redo();
    QCOMPARE(store.loadSettings(m_springId).value(), after);

    // Someone else changes them meanwhile: undo is refused and says so.
    CadenceSettings other = after;
    other.quietDays = 28;
    QVERIFY(store.saveSettings(m_springId, other, QStringLiteral("someone")));
    QSignalSpy failed(doc.get(), &ProgramDocument::commandFailed);
    doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().toString().contains(QStringLiteral("meanwhile")));
    QCOMPARE(store.loadSettings(m_springId).value(), other);
}

void TestCycleDialogs::actionsFollowDocumentAndCycle()
{
    QWidget window;
    CycleActions actions(&window);
    QCOMPARE(actions.newCycleAction()->text(), QStringLiteral("&New Cycle…"));
    QVERIFY(!actions.newCycleAction()->shortcut().isEmpty());
    const auto enabled = [&actions] {
        return QList<bool>{actions.newCycleAction()->isEnabled(), actions.editPhasesAction()->isEnabled(),
                           actions.settingsAction()->isEnabled()};
    };
    QCOMPARE(enabled(), (QList<bool>{false, false, false})); // no program

    auto doc = openDocument();
    QVERIFY(doc);
    actions.setDocument(doc.get());
    QCOMPARE(enabled(), (QList<bool>{true, false, false})); // no cycle yet
    actions.setCycle(m_springId, QStringLiteral("Spring 2017"));
    QCOMPARE(enabled(), (QList<bool>{true, true, true}));
    actions.setCycle(QString(), QString());
    QCOMPARE(enabled(), (QList<bool>{true, false, false}));
    actions.setDocument(nullptr);
    QCOMPARE(enabled(), (QList<bool>{false, false, false}));

    doc.reset();
    auto readOnly = openDocument(true);
    QVERIFY(readOnly);
    QVERIFY(readOnly->isReadOnly());
    actions.setDocument(readOnly.get());
    actions.setCycle(m_springId, QStringLiteral("Spring 2017"));
    QCOMPARE(enabled(), (QList<bool>{false, false, false}));
    // The slots do nothing on a read-only program.
    actions.newCycle();
    QCOMPARE(readOnly->undoStack()->count(), 0);
    // The document going away disables the actions at once.
    readOnly.reset();
    actions.updateActions();
    QCOMPARE(enabled(), (QList<bool>{false, false, false}));
}

void TestCycleDialogs::dialogsRunThroughTheActions()
{
    auto doc = openDocument();
    QVERIFY(doc);
    QWidget window;
    CycleActions actions(&window);
    actions.setDocument(doc.get());
    QSignalSpy created(&actions, &CycleActions::cycleCreated);

    // Cancel leaves everything as it was.
    QTimer::singleShot(0, this, [] {
        auto *open = qobject_cast<NewCycleDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        open->reject();
    });
    actions.newCycleAction()->trigger();
    QCOMPARE(created.count(), 0);
    QCOMPARE(doc->undoStack()->count(), 0);

    // New Cycle: Spring 2018 from the template, as proposed.
    QTimer::singleShot(0, this, [] {
        auto *open = qobject_cast<NewCycleDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        QCOMPARE(open->name(), QStringLiteral("Spring 2018"));
        open->okButton()->click();
    });
    actions.newCycleAction()->trigger();
    QCOMPARE(created.count(), 1);
    const QString cycleId = created.first().first().toString();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT name FROM cycles WHERE id = '%1'").arg(cycleId)),
             QStringLiteral("Spring 2018"));
    QCOMPARE(doc->undoStack()->count(), 1);

    // Edit Phases on it: the applications deadline moves to the end of February.
    actions.setCycle(cycleId, QStringLiteral("Spring 2018"));
    QTimer::singleShot(0, this, [] {
        auto *open = qobject_cast<PhasesDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        QCOMPARE(open->table()->rowCount(), 7);
        open->table()->item(0, PhasesDialog::DeadlineColumn)->setData(Qt::EditRole, QDate(2018, 2, 28));
        open->okButton()->click();
    });
    actions.editPhasesAction()->trigger();
    QCOMPARE(
        scalar(*doc,
               QStringLiteral("SELECT deadline FROM phases WHERE cycle_id = '%1' AND sort_order = 0").arg(cycleId)),
        QStringLiteral("2018-02-28"));
    QCOMPARE(doc->undoStack()->count(), 2);

    // OK without a change pushes nothing.
    QTimer::singleShot(0, this, [] {
        auto *open = qobject_cast<PhasesDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        open->okButton()->click();
    });
    actions.editPhasesAction()->trigger();
    QCOMPARE(doc->undoStack()->count(), 2);

    // Cycle Settings: four contacts a month.
    QTimer::singleShot(0, this, [] {
        auto *open = qobject_cast<CycleSettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        open->contactsSpin()->setValue(4);
        open->accept();
    });
    actions.settingsAction()->trigger();
    QCOMPARE(TimelineStore(doc->database()).loadSettings(cycleId).value().contactsPerMonth, 4);
    QCOMPARE(doc->undoStack()->count(), 3);

    // Undo all three: the cycle is gone again.
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM cycles WHERE id = '%1'").arg(cycleId)),
             QStringLiteral("0"));
    QVERIFY(Messages::takeShown().isEmpty());
}

QTEST_MAIN(TestCycleDialogs)
#include "tst_cycledialogs.moc"
