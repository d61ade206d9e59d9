#include "common/messages.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "domain/ids.h"
#include "mainwindow/mainwindow.h"
#include "programfixture.h"
#include "review/agreementpanel.h"
#include "review/applicationtextpanel.h"
#include "review/committeegridmodel.h"
#include "review/committeeview.h"
#include "review/decisionrationaledialog.h"
#include "review/packetconflictdialog.h"
#include "review/packetfile.h"
#include "review/packetmerge.h"
#include "review/packetwindow.h"
#include "review/reviewersdialog.h"
#include "review/reviewfileactions.h"
#include "review/reviewpage.h"
#include "review/rubricdialog.h"
#include "review/scoregridmodel.h"
#include "review/scoregridview.h"
#include "review/scoringview.h"
#include "settings/appsettings.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/reviewstore.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>

using namespace cohort;

// The Review area on a real program file: the fixture's Fall cycle with its seven mentee
// applications made eligible, a rubric of three criteria (the last allows N/A), three reviewers
// (Rita the chair; Sam and Tess review every application, Rita the first three), Tess's scores
// complete and submitted, Sam's still empty, and a target of two mentees — all written through
// the review commands.
class TestReviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelsPassTheModelTester();
    void typingADigitAndEnterStoresTheScore();
    void pastingABlockStoresItAsOneUndoStep();
    void outOfRangeValueIsRefusedWithAMessage();
    void notApplicableOnlyWhereAllowed();
    void deleteClearsTheSelectedCells();
    void blindReviewShowsNoNameAnywhereInTheReviewersView();
    void otherReviewersScoresShowOnlyAfterSubmitting();
    void decisionActionSetsStatusAndUndoRestoresIt();
    void departingFromTheOrderNeedsARationale();
    void emptyStatesOfferTheFixingAction();
    void rubricDialogAddsStoredCriteria();
    void reviewersDialogAddsStoredReviewers();
    void reviewMenuSitsBeforeHelpWithTooltips();
    void exportedScoresImportBackAsOneUndoStep();
    void badScoresFileIsRefusedWithItsLines();
    void importedDecisionsSetTheStatuses();
    void reopeningSubmittedScoresMakesThemEditable();
    void reviewPacketsGoOutAndMergeBack();

private:
    std::unique_ptr<ProgramDocument> openDocument();
    std::unique_ptr<ReviewPage> makePage(ProgramDocument &document, const QString &viewAs = {});
    QString fallId(ProgramDocument &document);
    QString reviewerId(ProgramDocument &document, const QString &name);
    std::optional<Score> storedScore(ProgramDocument &document, const QString &assignmentId,
                                     const QString &criterionId);
    static bool buildFixture(const QString &path);

    QTemporaryDir m_templateDir;
    QString m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

namespace {
const QString Rita = QStringLiteral("Rita Chair");
const QString Sam = QStringLiteral("Sam Reviewer");
const QString Tess = QStringLiteral("Tess Reviewer");

bool waitLoaded(ReviewPage &page)
{
    return QTest::qWaitFor([&] { return !page.isLoading() && page.data() != nullptr; }, 10000);
}

// Every text a person could read in a widget tree: texts, tooltips, accessible names, items.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root) && w != root)
            continue;
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription() << w->windowTitle() << w->statusTip()
              << w->whatsThis();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText();
        if (auto *browser = qobject_cast<QTextBrowser *>(w))
            texts << browser->toPlainText() << browser->toHtml();
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i) << combo->itemData(i, Qt::ToolTipRole).toString();
        }
    }
    return texts;
}

QStringList modelTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int column = 0; column < model->columnCount(); ++column) {
        for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
            texts << model->headerData(column, Qt::Horizontal, role).toString();
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                             int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole)})
                texts << index.data(role).toString();
        }
    }
    return texts;
}
} // namespace

bool TestReviewPage::buildFixture(const QString &path)
{
    if (!ProgramFixture::create(path))
        return false;
    auto opened = ProgramDocument::open(path);
    if (!opened)
        return false;
    ProgramDocument &doc = *opened.value();
    QString fall;
    const QList<Cycle> cycles = doc.cycleStore().list().value();
    for (const Cycle &cycle : cycles) {
        if (cycle.name.startsWith(QLatin1String("Fall")))
            fall = cycle.id;
    }
    QSqlQuery query(doc.database().connection());
    query.prepare(QStringLiteral("UPDATE applications SET status = 'eligible' WHERE cycle_id = ? AND role = 'mentee'"));
    query.addBindValue(fall);
    if (!query.exec())
        return false;

    QList<Criterion> criteria;
    const QStringList names = {QStringLiteral("Experience"), QStringLiteral("Statement"), QStringLiteral("Fit")};
    for (int i = 0; i < names.size(); ++i) {
        Criterion c;
        c.id = newId();
        c.cycleId = fall;
        c.role = QStringLiteral("mentee");
        c.name = names.at(i);
        c.guidance = QStringLiteral("How well the application shows %1.").arg(names.at(i).toLower());
        c.allowNotApplicable = i == 2;
        c.sortOrder = i;
        criteria.append(c);
        if (!doc.execute(new AddCriterionCommand(doc, c)))
            return false;
    }
    QList<Reviewer> reviewers;
    for (const QString &name : {Rita, Sam, Tess}) {
        Reviewer r;
        r.id = newId();
        r.name = name;
        r.email = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@committee.test");
        r.role = name == Rita ? QStringLiteral("chair") : QStringLiteral("member");
        reviewers.append(r);
        if (!doc.execute(new AddReviewerCommand(doc, r)))
            return false;
    }
    auto data = doc.reviewStore().loadCycle(fall, QStringLiteral("mentee"));
    if (!data || data->applications.size() != 7)
        return false;
    QList<Assignment> adds;
    for (int a = 0; a < data->applications.size(); ++a) {
        for (int r = 0; r < reviewers.size(); ++r) {
            if (r == 0 && a >= 3)
                continue;
            Assignment assignment;
            assignment.id = newId();
            assignment.applicationId = data->applications.at(a).id;
            assignment.reviewerId = reviewers.at(r).id;
            adds.append(assignment);
        }
    }
    if (!doc.execute(new ChangeAssignmentsCommand(doc, fall, adds, {})))
        return false;
    // Tess scores everything: application a gets 5 − a/2 on each criterion (a clear order).
    QList<ScoreEdit> edits;
    QStringList tessAssignments;
    for (const Assignment &assignment : std::as_const(adds)) {
        if (assignment.reviewerId != reviewers.at(2).id)
            continue;
        tessAssignments.append(assignment.id);
        const int a = data->applicationIndex(assignment.applicationId);
        for (const Criterion &c : std::as_const(criteria))
            edits.append(ScoreEdit{assignment.id, c.id, 5.0 - a * 0.5, false});
    }
    if (!doc.execute(new SetScoresCommand(doc, fall, edits)))
        return false;
    if (!doc.execute(new SubmitAssignmentsCommand(doc, fall, tessAssignments, true)))
        return false;
    ReviewSettings settings = data->settings;
    settings.menteeTarget = 2;
    return bool(doc.execute(new SetReviewSettingsCommand(doc, fall, settings)));
}

void TestReviewPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariableIntValue("COHORT_NO_SYSTEM_SETTINGS") == 1);
    QVERIFY(m_templateDir.isValid());
    m_template = m_templateDir.filePath(QStringLiteral("template.cohort"));
    QVERIFY(buildFixture(m_template));
}

void TestReviewPage::init()
{
    Messages::setTestMode(true);
    AppSettings().setReviewRole(QStringLiteral("mentee"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("program.cohort"));
    QVERIFY(QFile::copy(m_template, m_file));
}

void TestReviewPage::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
    m_dir.reset();
}

std::unique_ptr<ProgramDocument> TestReviewPage::openDocument()
{
    auto opened = ProgramDocument::open(m_file);
    if (!opened)
        qWarning() << opened.error();
    return opened ? std::move(opened).value() : nullptr;
}

QString TestReviewPage::fallId(ProgramDocument &document)
{
    const QList<Cycle> cycles = document.cycleStore().list().value();
    for (const Cycle &cycle : cycles) {
        if (cycle.name.startsWith(QLatin1String("Fall")))
            return cycle.id;
    }
    return {};
}

QString TestReviewPage::reviewerId(ProgramDocument &document, const QString &name)
{
    const QList<Reviewer> reviewers = document.reviewStore().listReviewers().value();
    for (const Reviewer &r : reviewers) {
        if (r.name == name)
            return r.id;
    }
    return {};
}

std::optional<Score> TestReviewPage::storedScore(ProgramDocument &document, const QString &assignmentId,
                                                 const QString &criterionId)
{
    auto found = document.reviewStore().findScore(assignmentId, criterionId);
    return found ? found.value() : std::nullopt;
}

std::unique_ptr<ReviewPage> TestReviewPage::makePage(ProgramDocument &document, const QString &viewAs)
{
    auto page = std::make_unique<ReviewPage>();
    page->resize(1400, 800);
    page->setDocument(&document);
    page->setCycle(fallId(document), QStringLiteral("Fall"));
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) || !waitLoaded(*page))
        return nullptr;
    if (!viewAs.isEmpty())
        page->setViewAs(reviewerId(document, viewAs));
    return page;
}

void TestReviewPage::modelsPassTheModelTester()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridModel *scores = page->scoringView()->model();
    QAbstractItemModelTester scoreTester(scores, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(scores->rowCount(), 7);
    QCOMPARE(scores->columnCount(), 3 + 4);
    QCOMPARE(scores->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Experience"));
    QVERIFY(scores->headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("1–5")));

    page->setViewAs(QString());
    CommitteeGridModel *committee = page->committeeView()->model();
    QAbstractItemModelTester committeeTester(committee, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(committee->rowCount(), 7);
    QVERIFY(committee->perReviewerColumns()); // three reviewers: one column each
    QCOMPARE(committee->reviewerColumnCount(), 3);
    committee->sort(committee->column(CommitteeGridModel::RawMeanColumn), Qt::DescendingOrder);
    committee->setMethod(CalibrationMethod::ZScore);
    QCOMPARE(committee->index(0, committee->column(CommitteeGridModel::RankColumn)).data().toString(),
             QStringLiteral("1"));
}

void TestReviewPage::typingADigitAndEnterStoresTheScore()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridView *view = page->scoringView()->view();
    ScoreGridModel *model = page->scoringView()->model();
    const QModelIndex cell = model->index(0, model->criterionColumn(0));
    view->setFocus();
    view->setCurrentIndex(cell);
    const int steps = doc->undoStack()->count();

    QTest::keyClick(view, Qt::Key_4);
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("scoreEditor"));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("4"));
    QTest::keyClick(editor, Qt::Key_Return);

    const QString criterionId = page->data()->criteria.at(0).id;
    QTRY_VERIFY(storedScore(*doc, model->assignmentIdAt(0), criterionId).has_value());
    QCOMPARE(storedScore(*doc, model->assignmentIdAt(0), criterionId)->value, std::optional<double>(4.0));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(cell.data().toString(), QStringLiteral("4"));
    QCOMPARE(view->currentIndex(), model->index(1, model->criterionColumn(0))); // Enter moved down
    QVERIFY(page->scoringView()->progressText().contains(QStringLiteral("0 of 7")));

    // Tab moves right without committing anything else.
    QTest::keyClick(view, Qt::Key_Tab);
    QCOMPARE(view->currentIndex(), model->index(1, model->criterionColumn(1)));

    doc->undoStack()->undo();
    QTRY_VERIFY(!storedScore(*doc, model->assignmentIdAt(0), criterionId).has_value());
}

void TestReviewPage::pastingABlockStoresItAsOneUndoStep()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridView *view = page->scoringView()->view();
    ScoreGridModel *model = page->scoringView()->model();
    view->setFocus();
    view->setCurrentIndex(model->index(1, model->criterionColumn(0)));
    QApplication::clipboard()->setText(QStringLiteral("3\t4\t5\r\n2\t1\tN/A\r\n"));
    const int steps = doc->undoStack()->count();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);

    const QList<Criterion> criteria = page->data()->criteria;
    const QList<QList<std::optional<double>>> expected = {{3.0, 4.0, 5.0}, {2.0, 1.0, std::nullopt}};
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 3; ++c) {
            const auto score = storedScore(*doc, model->assignmentIdAt(1 + r), criteria.at(c).id);
            QVERIFY2(score.has_value(), qPrintable(QStringLiteral("row %1 column %2").arg(r).arg(c)));
            QCOMPARE(score->value, expected.at(r).at(c));
            QCOMPARE(score->notApplicable, r == 1 && c == 2);
        }
    }
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(model->index(2, model->criterionColumn(2)).data().toString(), QStringLiteral("N/A"));
    QVERIFY(!model->index(1, model->totalColumn()).data().toString().isEmpty());

    // Copy gives the block back.
    view->selectionModel()->select(
        QItemSelection(model->index(1, model->criterionColumn(0)), model->index(2, model->criterionColumn(2))),
        QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("3\t4\t5\n2\t1\tN/A\n"));

    doc->undoStack()->undo();
    for (int r = 0; r < 2; ++r) {
        for (int c = 0; c < 3; ++c)
            QVERIFY(!storedScore(*doc, model->assignmentIdAt(1 + r), criteria.at(c).id).has_value());
    }

    // A block with one bad value stores nothing and says which.
    view->setCurrentIndex(model->index(1, model->criterionColumn(0)));
    QApplication::clipboard()->setText(QStringLiteral("3\t9\n"));
    const int before = doc->undoStack()->count();
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(doc->undoStack()->count(), before);
    QVERIFY(!storedScore(*doc, model->assignmentIdAt(1), criteria.at(0).id).has_value());
    QVERIFY(page->scoringView()->messageText().contains(QStringLiteral("outside 1–5")));
}

void TestReviewPage::outOfRangeValueIsRefusedWithAMessage()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridView *view = page->scoringView()->view();
    ScoreGridModel *model = page->scoringView()->model();
    const QModelIndex cell = model->index(0, model->criterionColumn(1));
    view->setFocus();
    view->setCurrentIndex(cell);
    const int steps = doc->undoStack()->count();
    QTest::keyClick(view, Qt::Key_7);
    auto *editor = view->findChild<QLineEdit *>(QStringLiteral("scoreEditor"));
    QVERIFY(editor);
    QTest::keyClick(editor, Qt::Key_Return); // the delegate commits through a queued call

    QTRY_COMPARE(page->scoringView()->messageText(), QStringLiteral("Score 7 for “Statement” is outside 1–5."));

    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(!storedScore(*doc, model->assignmentIdAt(0), page->data()->criteria.at(1).id).has_value());
    QCOMPARE(page->scoringView()->messageText(), QStringLiteral("Score 7 for “Statement” is outside 1–5."));
    QCOMPARE(view->currentIndex(), cell);     // a refused value keeps the cursor in its cell
    QVERIFY(Messages::takeShown().isEmpty()); // never a box per cell
}

void TestReviewPage::notApplicableOnlyWhereAllowed()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridModel *model = page->scoringView()->model();
    QVERIFY(!model->setData(model->index(0, model->criterionColumn(0)), QStringLiteral("N/A")));
    QVERIFY(page->scoringView()->messageText().contains(QStringLiteral("does not allow N/A")));
    QVERIFY(!model->setData(model->index(0, model->criterionColumn(0)), QStringLiteral("good")));
    QVERIFY(model->setData(model->index(0, model->criterionColumn(2)), QStringLiteral("n/a")));
    const auto stored = storedScore(*doc, model->assignmentIdAt(0), page->data()->criteria.at(2).id);
    QVERIFY(stored && stored->notApplicable);
}

void TestReviewPage::deleteClearsTheSelectedCells()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridView *view = page->scoringView()->view();
    ScoreGridModel *model = page->scoringView()->model();
    QVERIFY(model->paste(model->index(0, model->criterionColumn(0)), QStringLiteral("2\t3\n")));
    const QString assignment = model->assignmentIdAt(0);
    const QList<Criterion> criteria = page->data()->criteria;
    QVERIFY(storedScore(*doc, assignment, criteria.at(1).id).has_value());
    view->setFocus();
    view->setCurrentIndex(model->index(0, model->criterionColumn(0)));
    view->selectionModel()->select(
        QItemSelection(model->index(0, model->criterionColumn(0)), model->index(0, model->criterionColumn(1))),
        QItemSelectionModel::ClearAndSelect);
    const int steps = doc->undoStack()->count();
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!storedScore(*doc, assignment, criteria.at(0).id).has_value());
    QVERIFY(!storedScore(*doc, assignment, criteria.at(1).id).has_value());
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QVERIFY(model->index(0, model->criterionColumn(0)).data().toString().isEmpty());
    doc->undoStack()->undo();
    QCOMPARE(storedScore(*doc, assignment, criteria.at(1).id)->value, std::optional<double>(3.0));
}

void TestReviewPage::blindReviewShowsNoNameAnywhereInTheReviewersView()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    QStringList secrets;
    const auto data = page->data();
    for (const ReviewApplication &application : data->applications) {
        secrets << application.displayName << application.email;
        if (!application.library.isEmpty())
            secrets << application.library;
    }
    QCOMPARE(secrets.size(), 14);
    auto leaks = [&](const QStringList &texts) {
        QStringList found;
        for (const QString &secret : std::as_const(secrets)) {
            for (const QString &text : texts) {
                if (text.contains(secret))
                    found << secret;
            }
        }
        return found;
    };
    // Without blind review the reviewer sees names: the walk below can find them.
    page->scoringView()->view()->setCurrentIndex(page->scoringView()->model()->index(0, 1));
    QVERIFY(!leaks(modelTexts(page->scoringView()->model()) + visibleTexts(page.get())).isEmpty());

    page->blindAction()->trigger();
    QTRY_VERIFY(page->data()->settings.blind && !page->isLoading());
    QCOMPARE(page->viewAs(), reviewerId(*doc, Sam));
    QCOMPARE(page->currentStateWidget(), page->scoringView());
    ScoreGridModel *model = page->scoringView()->model();
    QCOMPARE(model->index(0, 0).data().toString(), page->data()->applications.at(0).code);
    // Every row in turn in the detail panel, every index of the grid, every visible widget.
    for (int row = 0; row < model->rowCount(); ++row) {
        page->scoringView()->view()->setCurrentIndex(model->index(row, 1));
        QCOMPARE(page->scoringView()->textPanel()->applicationId(), model->applicationIdAt(row));
        const QStringList found = leaks(modelTexts(model) + visibleTexts(page.get()));
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }
    QVERIFY(page->scoringView()->textPanel()->plainText().contains(QStringLiteral("Blind review")));
}

void TestReviewPage::otherReviewersScoresShowOnlyAfterSubmitting()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Sam);
    QVERIFY(page);
    ScoreGridModel *model = page->scoringView()->model();
    const QString tessTotal = QLocale().toString(5.0, 'f', 2); // Tess gave the first application 5 everywhere
    // The "View as" list names every reviewer; what must not show is Tess's scores.
    auto showsTess = [&] {
        const QStringList texts = modelTexts(model) + visibleTexts(page->scoringView());
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            return text.contains(Tess) || text == tessTotal || text.contains(tessTotal + QLatin1Char(' '));
        });
    };
    QVERIFY(!showsTess());
    QCOMPARE(model->index(0, model->othersColumn()).data().toString(), QStringLiteral("After you submit"));
    QVERIFY(!page->submitAction()->isEnabled()); // nothing complete yet

    QVERIFY(model->paste(model->index(0, model->criterionColumn(0)), QStringLiteral("4\t4\t3\n")));
    QVERIFY(page->submitAction()->isEnabled());
    QVERIFY(!showsTess());
    Messages::queueAnswer(QMessageBox::Yes);
    page->submitAction()->trigger();
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.constFirst().text.contains(QStringLiteral("1 applications")) ||
            shown.constFirst().text.contains(QStringLiteral("1 application")));
    QTRY_VERIFY(model->isSubmitted(0) && !page->isLoading());
    QCOMPARE(model->index(0, model->othersColumn()).data().toString(),
             QStringLiteral("not scored yet; ") + tessTotal); // Rita (chair) first
    QVERIFY(model->index(0, model->othersColumn()).data(Qt::ToolTipRole).toString().contains(Tess));
    QCOMPARE(model->index(1, model->othersColumn()).data().toString(), QStringLiteral("After you submit"));
    QVERIFY(!(model->flags(model->index(0, model->criterionColumn(0))) & Qt::ItemIsEditable));
}

void TestReviewPage::decisionActionSetsStatusAndUndoRestoresIt()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    QCOMPARE(page->currentStateWidget(), page->committeeView());
    CommitteeGridModel *model = page->committeeView()->model();
    QTableView *view = page->committeeView()->view();
    QVERIFY(page->committeeView()->countText().contains(QStringLiteral("0 of 2")));
    // Sorted by calibrated rank: the first row is the best.
    QCOMPARE(model->index(0, model->column(CommitteeGridModel::RankColumn)).data().toString(), QStringLiteral("1"));
    const QString id = model->index(0, 0).data(CommitteeGridModel::ApplicationIdRole).toString();
    QVERIFY(!page->acceptAction()->isEnabled());
    view->selectRow(0);
    QVERIFY(page->acceptAction()->isEnabled());
    page->acceptAction()->trigger();
    QCOMPARE(doc->applicationStore().load(id)->status, QStringLiteral("accepted"));
    QCOMPARE(model->index(0, model->column(CommitteeGridModel::DecisionColumn)).data().toString(),
             QStringLiteral("Accepted"));
    QTRY_VERIFY(page->committeeView()->countText().contains(QStringLiteral("1 of 2")));

    doc->undoStack()->undo();
    QCOMPARE(doc->applicationStore().load(id)->status, QStringLiteral("eligible"));
    QTRY_COMPARE(model
                     ->index(model->rowOfApplication(page->data()->applicationIndex(id)),
                             model->column(CommitteeGridModel::DecisionColumn))
                     .data()
                     .toString(),
                 QStringLiteral("Undecided"));
}

void TestReviewPage::departingFromTheOrderNeedsARationale()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    CommitteeGridModel *model = page->committeeView()->model();
    QTableView *view = page->committeeView()->view();
    const int last = model->rowCount() - 1; // the lowest-ranked: accepting it passes over better ones
    const QString id = model->index(last, 0).data(CommitteeGridModel::ApplicationIdRole).toString();
    view->selectRow(last);

    // Cancelled: nothing is decided.
    bool sawDialog = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DecisionRationaleDialog *>(QApplication::activeModalWidget());
        sawDialog = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    page->acceptAction()->trigger();
    QVERIFY(sawDialog);
    QCOMPARE(doc->applicationStore().load(id)->status, QStringLiteral("eligible"));

    const QString rationale = QStringLiteral("Only applicant from a rural library");
    bool okWasDisabled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DecisionRationaleDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
        okWasDisabled = !ok->isEnabled();
        QTest::keyClicks(dialog->rationaleEdit(), rationale);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    page->acceptAction()->trigger();
    QVERIFY(okWasDisabled);
    QCOMPARE(doc->applicationStore().load(id)->status, QStringLiteral("accepted"));
    auto decision = doc->reviewStore().findDecision(id);
    QVERIFY(decision && decision->has_value());
    QCOMPARE(decision->value().reason, rationale);

    // In order (the best one): no rationale asked.
    view->selectRow(0);
    QTimer::singleShot(0, this, [&] {
        if (auto *dialog = qobject_cast<DecisionRationaleDialog *>(QApplication::activeModalWidget())) {
            sawDialog = true;
            dialog->reject();
        }
    });
    sawDialog = false;
    QTRY_VERIFY(!page->isLoading());
    view->selectRow(0);
    page->acceptAction()->trigger();
    QVERIFY(!sawDialog);
}

void TestReviewPage::emptyStatesOfferTheFixingAction()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    page->setRole(QStringLiteral("mentor")); // no rubric for mentors
    QTRY_VERIFY(!page->isLoading() && page->data() && page->data()->role == QLatin1String("mentor"));
    QCOMPARE(page->currentStateWidget()->objectName(), QStringLiteral("noRubricState"));
    const QList<QPushButton *> buttons = page->currentStateWidget()->findChildren<QPushButton *>();
    QCOMPARE(buttons.size(), 1);
    QCOMPARE(buttons.constFirst()->text(), page->rubricAction()->iconText());

    // A rubric but no assignments for mentors yet.
    Criterion c;
    c.id = newId();
    c.cycleId = fallId(*doc);
    c.role = QStringLiteral("mentor");
    c.name = QStringLiteral("Experience");
    QVERIFY(doc->execute(new AddCriterionCommand(*doc, c)));
    QTRY_COMPARE(page->currentStateWidget()->objectName(), QStringLiteral("noAssignmentsState"));
    QCOMPARE(page->currentStateWidget()->findChildren<QPushButton *>().constFirst()->text(),
             page->assignAction()->iconText());
}

void TestReviewPage::rubricDialogAddsStoredCriteria()
{
    auto doc = openDocument();
    QVERIFY(doc);
    const QString fall = fallId(*doc);
    RubricDialog dialog(*doc, fall, QStringLiteral("Fall"), QStringLiteral("mentee"));
    QCOMPARE(dialog.table()->rowCount(), 3);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addCriterionButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.table()->rowCount(), 4);
    dialog.table()->item(3, RubricDialog::NameColumn)->setText(QStringLiteral("Commitment"));
    dialog.table()->item(3, RubricDialog::MaxColumn)->setText(QStringLiteral("7"));
    auto criteria = doc->reviewStore().listCriteria(fall, QStringLiteral("mentee"));
    QVERIFY(criteria);
    QCOMPARE(criteria->size(), 4);
    QCOMPARE(criteria->constLast().name, QStringLiteral("Commitment"));
    QCOMPARE(criteria->constLast().scaleMax, 7);
    // A scale that leaves no room is refused, explained, and the cell shows what is stored.
    dialog.table()->item(3, RubricDialog::MinColumn)->setText(QStringLiteral("9"));
    QVERIFY(!dialog.messageText().isEmpty());
    QCOMPARE(doc->reviewStore().listCriteria(fall, QStringLiteral("mentee"))->constLast().scaleMin, 1);
    QCOMPARE(dialog.table()->item(3, RubricDialog::MinColumn)->text(), QStringLiteral("1"));
}

void TestReviewPage::reviewersDialogAddsStoredReviewers()
{
    auto doc = openDocument();
    QVERIFY(doc);
    ReviewersDialog dialog(*doc, fallId(*doc), QStringLiteral("mentee"));
    QCOMPARE(dialog.reviewersTable()->rowCount(), 3);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addReviewerButton"));
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(dialog.reviewersTable()->rowCount(), 4);
    const int row = dialog.reviewersTable()->currentRow();
    dialog.reviewersTable()->item(row, ReviewersDialog::NameColumn)->setText(QStringLiteral("Uma Volunteer"));
    QTRY_VERIFY(!reviewerId(*doc, QStringLiteral("Uma Volunteer")).isEmpty());
    const int uma = [&] {
        for (int r = 0; r < dialog.reviewersTable()->rowCount(); ++r) {
            if (dialog.reviewersTable()->item(r, ReviewersDialog::NameColumn)->text() == QLatin1String("Uma Volunteer"))
                return r;
        }
        return -1;
    }();
    QVERIFY(uma >= 0);
    dialog.reviewersTable()->item(uma, ReviewersDialog::CapacityColumn)->setText(QStringLiteral("12"));
    const QString id = reviewerId(*doc, QStringLiteral("Uma Volunteer"));
    QTRY_COMPARE(doc->reviewStore().loadReviewer(id)->capacity, 12);

    // A declared conflict is stored confirmed and listed for the reviewer.
    const QString applicationId =
        doc->reviewStore().loadCycle(fallId(*doc), QStringLiteral("mentee"))->applications.at(0).id;
    QTRY_VERIFY(dialog.reviewers().size() == 4);
    int umaRow = -1;
    for (int r = 0; r < dialog.reviewers().size(); ++r) {
        if (dialog.reviewers().at(r).id == id)
            umaRow = r;
    }
    QVERIFY2(dialog.declareConflict(umaRow, applicationId), qPrintable(dialog.messageText()));
    for (int r = 0; r < dialog.reviewers().size(); ++r) {
        if (dialog.reviewers().at(r).id == id)
            dialog.reviewersTable()->setCurrentCell(r, 0);
    }
    auto conflicts = doc->reviewStore().listConflicts(id);
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->constFirst().status, QStringLiteral("confirmed"));
    QCOMPARE(dialog.conflictsTable()->rowCount(), 1);
}

void TestReviewPage::reviewMenuSitsBeforeHelpWithTooltips()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QStringList titles;
    QMenu *review = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        titles.append(action->text());
        if (action->text() == QLatin1String("&Review"))
            review = action->menu();
    }
    QVERIFY(review);
    QCOMPARE(titles.indexOf(QStringLiteral("&Review")), titles.indexOf(QStringLiteral("&Applications")) + 1);
    QCOMPARE(titles.indexOf(QStringLiteral("&Matching")), titles.indexOf(QStringLiteral("&Review")) + 1);
    QCOMPARE(titles.indexOf(QStringLiteral("&Help")), titles.size() - 1);
    QList<QKeySequence> shortcuts;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &shortcut : action->shortcuts()) {
            QVERIFY2(!shortcuts.contains(shortcut), qPrintable(shortcut.toString()));
            shortcuts.append(shortcut);
        }
    }
    for (QAction *action : review->actions()) {
        if (!action->isSeparator())
            QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text().remove(QLatin1Char('&')),
                     qPrintable(action->text()));
    }
    window.setCurrentArea(Area::Review);
    QCOMPARE(window.currentArea(), Area::Review);
    QTRY_VERIFY(window.reviewPage()->data() != nullptr);
}

namespace {
bool writeText(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

// Review › Export Scores writes every scored cell; a file changing one of them and adding a
// comment imports as one step that Undo takes back whole.
void TestReviewPage::exportedScoresImportBackAsOneUndoStep()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    ReviewFileActions *actions = page->fileActions();
    QVERIFY(actions->exportScoresAction()->isEnabled());
    const QString exported = m_dir->filePath(QStringLiteral("scores.csv"));
    QVERIFY(actions->exportScoresTo(exported));
    QFile file(exported);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 7 * 3); // Tess scored 7 applications on 3 criteria
    QVERIFY(lines.at(1).startsWith("Tess Reviewer,tess@committee.test,"));

    const ReviewCycleData &data = *page->data();
    const QString code = data.applications.at(1).code;
    const QString path = m_dir->filePath(QStringLiteral("sam.csv"));
    QVERIFY(writeText(path, QStringLiteral("reviewer,application,criterion,value,comment\n"
                                           "Sam Reviewer,%1,Experience,4,Clear goals\n"
                                           "Sam Reviewer,%1,Fit,n/a,Clear goals\n"
                                           "Sam Reviewer,%1,Statement,,Clear goals\n")
                                .arg(code)
                                .toUtf8()));
    const int steps = doc->undoStack()->count();
    Messages::queueAnswer(QMessageBox::Yes);
    QVERIFY(actions->importScoresFrom(path));
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("Enter 2 scores and 1 comment from sam.csv")) ||
                 shown.first().text.contains(QStringLiteral("Enter 2 score(s) and 1 comment(s) from sam.csv")),
             qPrintable(shown.first().text));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Import Scores"));

    const int application = data.applicationIndex(data.applications.at(1).id);
    const int sam = data.reviewerIndex(reviewerId(*doc, Sam));
    const QString assignmentId = data.assignments.at(data.assignmentIndex(application, sam)).id;
    const auto experience = storedScore(*doc, assignmentId, data.criteria.at(0).id);
    QVERIFY(experience && experience->value == 4.0);
    const auto fit = storedScore(*doc, assignmentId, data.criteria.at(2).id);
    QVERIFY(fit && fit->notApplicable);
    QCOMPARE(doc->reviewStore().loadAssignment(assignmentId)->comment, QStringLiteral("Clear goals"));

    doc->undoStack()->undo();
    QVERIFY(!storedScore(*doc, assignmentId, data.criteria.at(0).id));
    QVERIFY(!storedScore(*doc, assignmentId, data.criteria.at(2).id));
    QCOMPARE(doc->reviewStore().loadAssignment(assignmentId)->comment, QString());
}

void TestReviewPage::badScoresFileIsRefusedWithItsLines()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const ReviewCycleData &data = *page->data();
    const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeText(path, QStringLiteral("reviewer,application,criterion,value\n"
                                           "Sam Reviewer,%1,Experience,4\n"
                                           "Sam Reviewer,%1,Statement,9\n"
                                           "Rita Chair,%2,Experience,3\n")
                                .arg(data.applications.at(0).code, data.applications.at(5).code)
                                .toUtf8()));
    const int steps = doc->undoStack()->count();
    QVERIFY(!page->fileActions()->importScoresFrom(path));
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, Messages::Kind::Warning);
    const QString text = shown.first().text;
    QVERIFY2(text.contains(QStringLiteral("2 problem(s); no score was entered")) ||
                 text.contains(QStringLiteral("2 problems; no score was entered")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Line 3, column “value”: score 9 for “Statement” is outside 1–5.")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Line 4: Rita Chair is not assigned to review")), qPrintable(text));
    QCOMPARE(doc->undoStack()->count(), steps);
    const int sam = data.reviewerIndex(reviewerId(*doc, Sam));
    const QString assignmentId = data.assignments.at(data.assignmentIndex(0, sam)).id;
    QVERIFY(!storedScore(*doc, assignmentId, data.criteria.at(0).id)); // the good line was not written either

    QVERIFY(writeText(path, QByteArray("reviewer,application\n\"unclosed,x\n")));
    QVERIFY(!page->fileActions()->importScoresFrom(path));
    const QList<Messages::Shown> unreadable = Messages::takeShown();
    QCOMPARE(unreadable.size(), 1);
    QVERIFY2(unreadable.first().text.startsWith(QStringLiteral("bad.csv cannot be read")),
             qPrintable(unreadable.first().text));
}

void TestReviewPage::importedDecisionsSetTheStatuses()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const ReviewCycleData &data = *page->data();
    // Tess's scores rank application 0 first and 6 last; the target is two mentees.
    const QString path = m_dir->filePath(QStringLiteral("decisions.csv"));
    QVERIFY(writeText(path,
                      QStringLiteral("application,decision,rationale\n%1,accept,\n%2,decline,\n%3,accepted,\n")
                          .arg(data.applications.at(0).code, data.applications.at(5).code, data.applications.at(6).code)
                          .toUtf8()));
    QVERIFY(!page->fileActions()->importDecisionsFrom(path)); // the last one departs from the order
    QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("Line 4")) &&
                 shown.first().text.contains(QStringLiteral("rationale")),
             qPrintable(shown.first().text));
    QCOMPARE(doc->applicationStore().load(data.applications.at(0).id)->status, QStringLiteral("eligible"));

    QVERIFY(writeText(path,
                      QStringLiteral("application,decision,rationale\n%1,accept,\n%2,decline,\n%3,accepted,"
                                     "Only bilingual applicant\n")
                          .arg(data.applications.at(0).code, data.applications.at(5).code, data.applications.at(6).code)
                          .toUtf8()));
    Messages::queueAnswer(QMessageBox::Yes);
    QVERIFY(page->fileActions()->importDecisionsFrom(path));
    shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("2 accepted, 0 waitlisted, 1 declined")),
             qPrintable(shown.first().text));
    QCOMPARE(doc->applicationStore().load(data.applications.at(0).id)->status, QStringLiteral("accepted"));
    QCOMPARE(doc->applicationStore().load(data.applications.at(5).id)->status, QStringLiteral("declined"));
    QCOMPARE(doc->applicationStore().load(data.applications.at(6).id)->status, QStringLiteral("accepted"));
    QCOMPARE(doc->reviewStore().findDecision(data.applications.at(6).id).value()->reason,
             QStringLiteral("Only bilingual applicant"));
    doc->undoStack()->undo();
    QCOMPARE(doc->applicationStore().load(data.applications.at(0).id)->status, QStringLiteral("eligible"));
    QCOMPARE(doc->applicationStore().load(data.applications.at(6).id)->status, QStringLiteral("eligible"));
}

void TestReviewPage::reopeningSubmittedScoresMakesThemEditable()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc, Tess);
    QVERIFY(page);
    ScoreGridModel *model = page->scoringView()->model();
    QVERIFY(model->isSubmitted(0) && model->isSubmitted(1));
    page->scoringView()->view()->selectionModel()->clearSelection();
    QVERIFY(!page->reopenAction()->isEnabled()); // nothing selected
    page->scoringView()->view()->selectionModel()->select(
        model->index(1, model->criterionColumn(0)), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QVERIFY(page->reopenAction()->isEnabled());
    const QString assignmentId = model->assignmentIdAt(1);
    Messages::queueAnswer(QMessageBox::Yes);
    page->reopenAction()->trigger();
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(Tess), qPrintable(shown.first().text));
    QVERIFY(!doc->reviewStore().loadAssignment(assignmentId)->submittedAt.isValid());
    QTRY_VERIFY(!page->isLoading() && !model->isSubmitted(model->rowOfAssignment(assignmentId)));
    QVERIFY(model->flags(model->index(model->rowOfAssignment(assignmentId), model->criterionColumn(0))) &
            Qt::ItemIsEditable);
    QVERIFY(model->isSubmitted(model->rowOfAssignment(model->assignmentIdAt(0)))); // the others stay submitted
}

// Review › Review Packets: Sam's packet goes out, Sam scores two cells offline, the program
// changes one of them meanwhile; the merge asks about that conflict, merges as one step, and
// Undo takes it back.
void TestReviewPage::reviewPacketsGoOutAndMergeBack()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    ReviewFileActions *actions = page->fileActions();
    QVERIFY(actions->exportPacketsAction()->isEnabled());
    const QString samId = reviewerId(*doc, Sam);
    const QString folder = m_dir->filePath(QStringLiteral("packets"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(actions->exportPacketsTo(folder, {samId}));
    QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(Sam), qPrintable(shown.first().text));
    const QStringList files = QDir(folder).entryList({QStringLiteral("*.cohort-review")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    const QString path = QDir(folder).filePath(files.first());

    const ReviewCycleData &data = *page->data();
    const int sam = data.reviewerIndex(samId);
    const QString first = data.assignments.at(data.assignmentIndex(0, sam)).id;
    const QString second = data.assignments.at(data.assignmentIndex(1, sam)).id;
    const QString experience = data.criteria.at(0).id;
    {
        // Sam opens the packet in its window and types two scores into the grid.
        PacketWindow window;
        QString error;
        QVERIFY2(window.open(path, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(Sam));
        ScoreGridModel *model = window.model();
        QCOMPARE(model->rowCount(), 7);
        const QModelIndex cell = model->index(model->rowOfAssignment(first), model->criterionColumn(0));
        window.view()->setCurrentIndex(cell);
        QVERIFY(window.applicationText().contains(data.applications.at(0).code));
        QTest::keyClicks(window.view(), QStringLiteral("4"));
        QTest::keyClick(window.view()->focusWidget(), Qt::Key_Return);
        QVERIFY(model->setData(model->index(model->rowOfAssignment(second), model->criterionColumn(0)),
                               QStringLiteral("2")));
        QVERIFY(!model->setData(model->index(model->rowOfAssignment(second), model->criterionColumn(1)),
                                QStringLiteral("9"))); // out of range: refused, nothing saved
    }
    {
        // Closed and opened again, the work is there; marked submitted, the grid is locked.
        PacketWindow window;
        QVERIFY(window.open(path, nullptr));
        ScoreGridModel *model = window.model();
        QCOMPARE(model->index(model->rowOfAssignment(first), model->criterionColumn(0)).data().toString(),
                 QStringLiteral("4"));
        window.submitAction()->trigger();
        QVERIFY(!(model->flags(model->index(0, model->criterionColumn(0))) & Qt::ItemIsEditable));
        window.submitAction()->trigger(); // unmarked again: the merge below leaves the assignments open
        QVERIFY(model->flags(model->index(0, model->criterionColumn(0))) & Qt::ItemIsEditable);
    }
    QVERIFY(doc->execute(new SetScoresCommand(*doc, fallId(*doc), {ScoreEdit{second, experience, 5.0, false}})));
    const int steps = doc->undoStack()->count();

    int asked = 0;
    actions->setConflictResolver([&](const PacketMergePlan &plan, QList<bool> &choices) {
        ++asked;
        PacketConflictDialog dialog(plan);
        if (dialog.table()->rowCount() != 1)
            return false;
        dialog.setAll(true);
        choices = dialog.choices();
        return true;
    });
    QCOMPARE(actions->mergePackets({path}), 1);
    QCOMPARE(asked, 1);
    shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("1 to apply, 1 in conflict")), qPrintable(shown.first().text));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(storedScore(*doc, first, experience)->value, std::optional<double>(4.0));
    QCOMPARE(storedScore(*doc, second, experience)->value, std::optional<double>(2.0)); // the packet's, as chosen

    doc->undoStack()->undo();
    QVERIFY(!storedScore(*doc, first, experience));
    QCOMPARE(storedScore(*doc, second, experience)->value, std::optional<double>(5.0));

    // A damaged packet is refused with the reason, and nothing changes.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("not a packet");
    file.close();
    QCOMPARE(actions->mergePackets({path}), 0);
    shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("not an SQLite file")), qPrintable(shown.first().text));
    QCOMPARE(storedScore(*doc, second, experience)->value, std::optional<double>(5.0));
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
