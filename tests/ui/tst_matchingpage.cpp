#include "common/messages.h"
#include "db/database.h"
#include "demo/demogenerator.h"
#include "document/programdocument.h"
#include "domain/cycle.h"
#include "mainwindow/mainwindow.h"
#include "matching/automatchdialog.h"
#include "matching/boardviews.h"
#include "matching/matchboard.h"
#include "matching/matchingpage.h"
#include "matching/matchingsettingsdialog.h"
#include "matching/menteepoolmodel.h"
#include "matching/mentorboardmodel.h"
#include "matching/pairpanel.h"
#include "programfixture.h"
#include "store/cyclestore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDragEnterEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cohort;

// The Matching area on a real program file: the demo program's Spring 2017 cycle (ten accepted
// mentees, seven accepted mentors), its matches cut down to three drafts (one locked), every
// mentor given room for two, so that the pool has seven mentees to place.
class TestMatchingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void mimeRoundTripMatchesAndUndoTakesItBack();
    void dropsShowAtOnceAndTheNextDropSeesThem();
    void dragBackToThePoolUnmatches();
    void dragBetweenMentorsMovesTheMatch();
    void refusedDropsSayWhy();
    void viewDropEventsMatch();
    void suggestionsAndExplanationShowForTheSelection();
    void lockAndPublishAreUndoable();
    void autoMatchProposalIsOneUndoStep();
    void settingsPreviewFollowsTheWeights();
    void exportedMatchesAreTheCliColumns();
    void matchingMenuSitsInTheMainWindow();

private:
    std::unique_ptr<ProgramDocument> openDocument();
    std::unique_ptr<MatchingPage> makePage(ProgramDocument &document);
    static bool waitLoaded(MatchingPage &page);
    int matchCount(ProgramDocument &document, const QString &where = QStringLiteral("1 = 1"));
    QString scalar(ProgramDocument &document, const QString &sql);
    // A mentee in the pool (by pool row), and a mentor row with room.
    static QString poolMentee(MatchingPage &page, int row = 0);
    static QModelIndex mentorWithRoom(MatchingPage &page, const QString &mentee);

    QTemporaryDir m_dir;
    DemoCopies m_demo;
    QString m_file;
    QString m_cycleId;
};

void TestMatchingPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.create(m_dir.path()));
    m_cycleId = m_demo.cycleId(QStringLiteral("Spring 2017"));
    QVERIFY(!m_cycleId.isEmpty());
    auto doc = DemoCopies::open(m_demo.templatePath());
    QVERIFY(doc);
    QSqlQuery query(doc->database().connection());
    // Keep three matches as unlocked-but-one drafts; every accepted mentor takes two.
    QVERIFY(query.exec(QStringLiteral("DELETE FROM matches WHERE cycle_id = '%1' AND id NOT IN (SELECT id FROM "
                                      "matches WHERE cycle_id = '%1' ORDER BY id LIMIT 3)")
                           .arg(m_cycleId)));
    // Drafts have no goal sheets or contacts yet (a match that has them is ended, not deleted).
    for (const char *table : {"goal_sheets", "contact_entries"})
        QVERIFY(query.exec(QStringLiteral("DELETE FROM %1 WHERE match_id IN (SELECT id FROM matches WHERE cycle_id = "
                                          "'%2')")
                               .arg(QLatin1String(table), m_cycleId)));
    QVERIFY(query.exec(QStringLiteral("UPDATE matches SET status = 'draft', published_on = NULL, locked = 0 "
                                      "WHERE cycle_id = '%1'")
                           .arg(m_cycleId)));
    QVERIFY(query.exec(QStringLiteral("UPDATE matches SET locked = 1 WHERE id = (SELECT id FROM matches WHERE "
                                      "cycle_id = '%1' ORDER BY id LIMIT 1)")
                           .arg(m_cycleId)));
    QVERIFY(query.exec(
        QStringLiteral("UPDATE applications SET capacity = 2, avoid = '' WHERE cycle_id = '%1'").arg(m_cycleId)));
}

void TestMatchingPage::init()
{
    Messages::setTestMode(true);
    m_file = m_demo.copy();
    QVERIFY(!m_file.isEmpty());
}

void TestMatchingPage::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
}

std::unique_ptr<ProgramDocument> TestMatchingPage::openDocument()
{
    return DemoCopies::open(m_file);
}

bool TestMatchingPage::waitLoaded(MatchingPage &page)
{
    return QTest::qWaitFor(
        [&page] { return !page.isLoading() && page.board()->snapshot() && !page.board()->isStale(); }, 10000);
}

std::unique_ptr<MatchingPage> TestMatchingPage::makePage(ProgramDocument &document)
{
    auto page = std::make_unique<MatchingPage>();
    page->resize(1400, 800);
    page->setDocument(&document);
    page->setCycle(m_cycleId, QStringLiteral("Spring 2017"));
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) || !waitLoaded(*page))
        return nullptr;
    return page;
}

int TestMatchingPage::matchCount(ProgramDocument &document, const QString &where)
{
    return scalar(document,
                  QStringLiteral("SELECT COUNT(*) FROM matches WHERE cycle_id = '%1' AND %2").arg(m_cycleId, where))
        .toInt();
}

QString TestMatchingPage::scalar(ProgramDocument &document, const QString &sql)
{
    QSqlQuery query(document.database().connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

QString TestMatchingPage::poolMentee(MatchingPage &page, int row)
{
    return page.poolModel()->applicationIdAt(row);
}

QModelIndex TestMatchingPage::mentorWithRoom(MatchingPage &page, const QString &mentee)
{
    MentorBoardModel *model = page.mentorModel();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (page.board()->checkDrop(mentee, model->mentorAt(index)).kind == DropCheck::Kind::Create)
            return index;
    }
    return {};
}

void TestMatchingPage::modelsPassTheModelTester()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    QAbstractItemModelTester pool(page->poolModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mentors(page->mentorModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->poolModel()->rowCount(), 7);
    QCOMPARE(page->mentorModel()->rowCount(), 7);
    int nested = 0;
    for (int r = 0; r < page->mentorModel()->rowCount(); ++r)
        nested += page->mentorModel()->rowCount(page->mentorModel()->index(r, 0));
    QCOMPARE(nested, 3);
    page->reload();
    QVERIFY(waitLoaded(*page));
}

void TestMatchingPage::mimeRoundTripMatchesAndUndoTakesItBack()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString mentee = poolMentee(*page);
    const QModelIndex mentor = mentorWithRoom(*page, mentee);
    QVERIFY(mentor.isValid());
    const QString mentorId = page->mentorModel()->mentorAt(mentor);
    std::unique_ptr<QMimeData> mime(page->poolModel()->mimeData({page->poolModel()->index(0, 0)}));
    QVERIFY(mime);
    QVERIFY(page->mentorModel()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1, mentor));
    QVERIFY(page->mentorModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, mentor));
    QCOMPARE(matchCount(*doc), 4);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT mentor_application_id FROM matches WHERE mentee_application_id = '%1'")
                              .arg(mentee)),
             mentorId);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT status || '/' || source FROM matches WHERE mentee_application_id = "
                                         "'%1'")
                              .arg(mentee)),
             QStringLiteral("draft/manual"));
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->poolModel()->rowCount(), 6);
    QVERIFY(page->mentorModel()->indexOfMentee(mentee).isValid());

    doc->undoStack()->undo();
    QCOMPARE(matchCount(*doc), 3);
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->poolModel()->rowCount(), 7);
    doc->undoStack()->redo();
    QCOMPARE(matchCount(*doc), 4);
    QCOMPARE(doc->undoStack()->count(), 1);
}

void TestMatchingPage::dropsShowAtOnceAndTheNextDropSeesThem()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    // An empty mentor with room for two; three quick drops without waiting for a reload.
    QString mentor;
    for (int r = 0; r < page->mentorModel()->rowCount() && mentor.isEmpty(); ++r) {
        const QModelIndex index = page->mentorModel()->index(r, 0);
        if (page->mentorModel()->rowCount(index) == 0)
            mentor = page->mentorModel()->mentorAt(index);
    }
    QVERIFY(!mentor.isEmpty());
    QStringList mentees;
    for (int row = 0; row < page->poolModel()->rowCount(); ++row) {
        const QString mentee = page->poolModel()->applicationIdAt(row);
        if (page->board()->checkDrop(mentee, mentor).allowed())
            mentees << mentee;
    }
    QVERIFY(mentees.size() >= 3);
    const int poolBefore = page->poolModel()->rowCount();
    QVERIFY(page->board()->match(mentees.at(0), mentor));
    QVERIFY(!page->board()->isStale());
    QVERIFY(page->board()->match(mentees.at(1), mentor));
    const DropCheck third = page->board()->checkDrop(mentees.at(2), mentor);
    QVERIFY(!third.allowed());
    QVERIFY2(third.reason.contains(QStringLiteral("full")), qPrintable(third.reason));
    QCoreApplication::processEvents(); // the views' queued update, before any reload
    QCOMPARE(page->poolModel()->rowCount(), poolBefore - 2);
    QCOMPARE(page->mentorModel()->rowCount(page->mentorModel()->indexOfMentor(mentor)), 2);
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->poolModel()->rowCount(), poolBefore - 2);
    QCOMPARE(matchCount(*doc, QStringLiteral("mentor_application_id = '%1'").arg(mentor)), 2);
    // An undo is not the board's own change: the board waits for the reload.
    doc->undoStack()->undo();
    QVERIFY(page->board()->isStale());
    QVERIFY(!page->board()->checkDrop(mentees.at(2), mentor).allowed());
    QVERIFY(waitLoaded(*page));
    QVERIFY(page->board()->checkDrop(mentees.at(2), mentor).allowed());
}

void TestMatchingPage::dragBackToThePoolUnmatches()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString locked =
        scalar(*doc, QStringLiteral("SELECT mentee_application_id FROM matches WHERE cycle_id = '%1' AND locked = 1")
                         .arg(m_cycleId));
    const QString unlocked =
        scalar(*doc, QStringLiteral("SELECT mentee_application_id FROM matches WHERE cycle_id = '%1' AND locked = 0 "
                                    "ORDER BY id LIMIT 1")
                         .arg(m_cycleId));
    // A locked match stays.
    std::unique_ptr<QMimeData> lockedMime(page->mentorModel()->mimeData({page->mentorModel()->indexOfMentee(locked)}));
    QVERIFY(lockedMime);
    QVERIFY(!page->poolModel()->canDropMimeData(lockedMime.get(), Qt::MoveAction, -1, -1, {}));
    QVERIFY(page->board()->checkUnmatch(locked).reason.contains(QStringLiteral("locked")));
    // An unlocked one goes back to the pool; undo brings it back.
    std::unique_ptr<QMimeData> mime(page->mentorModel()->mimeData({page->mentorModel()->indexOfMentee(unlocked)}));
    QVERIFY(page->poolModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, {}));
    QCOMPARE(matchCount(*doc), 2);
    QVERIFY(waitLoaded(*page));
    QVERIFY(page->poolModel()->rowOf(unlocked) >= 0);
    doc->undoStack()->undo();
    QCOMPARE(matchCount(*doc), 3);
}

void TestMatchingPage::dragBetweenMentorsMovesTheMatch()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString mentee =
        scalar(*doc, QStringLiteral("SELECT mentee_application_id FROM matches WHERE cycle_id = '%1' AND locked = 0 "
                                    "ORDER BY id LIMIT 1")
                         .arg(m_cycleId));
    const QString matchId =
        scalar(*doc, QStringLiteral("SELECT id FROM matches WHERE mentee_application_id = '%1'").arg(mentee));
    const QString before =
        scalar(*doc, QStringLiteral("SELECT mentor_application_id FROM matches WHERE id = '%1'").arg(matchId));
    QModelIndex target;
    for (int r = 0; r < page->mentorModel()->rowCount() && !target.isValid(); ++r) {
        const QModelIndex index = page->mentorModel()->index(r, 0);
        if (page->board()->checkDrop(mentee, page->mentorModel()->mentorAt(index)).kind == DropCheck::Kind::Move)
            target = index;
    }
    QVERIFY(target.isValid());
    std::unique_ptr<QMimeData> mime(page->mentorModel()->mimeData({page->mentorModel()->indexOfMentee(mentee)}));
    QVERIFY(page->mentorModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1, target));
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT mentor_application_id FROM matches WHERE id = '%1'").arg(matchId)),
             page->mentorModel()->mentorAt(target));
    QCOMPARE(matchCount(*doc), 3);
    doc->undoStack()->undo();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT mentor_application_id FROM matches WHERE id = '%1'").arg(matchId)),
             before);
}

void TestMatchingPage::refusedDropsSayWhy()
{
    auto doc = openDocument();
    QVERIFY(doc);
    {
        // One mentor full, and the first pool mentee avoiding another mentor by name.
        QSqlQuery query(doc->database().connection());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE applications SET capacity = 1 WHERE id = (SELECT "
                                      "mentor_application_id FROM matches WHERE cycle_id = '%1' ORDER BY id LIMIT 1)")
                           .arg(m_cycleId)));
    }
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString fullMentor = scalar(
        *doc, QStringLiteral("SELECT mentor_application_id FROM matches WHERE cycle_id = '%1' ORDER BY id LIMIT 1")
                  .arg(m_cycleId));
    const QString mentee = poolMentee(*page);
    const DropCheck full = page->board()->checkDrop(mentee, fullMentor);
    QVERIFY(!full.allowed());
    QVERIFY2(full.reason.contains(QStringLiteral("full")), qPrintable(full.reason));
    std::unique_ptr<QMimeData> mime(page->poolModel()->mimeData({page->poolModel()->index(0, 0)}));
    QVERIFY(!page->mentorModel()->canDropMimeData(mime.get(), Qt::MoveAction, -1, -1,
                                                  page->mentorModel()->indexOfMentor(fullMentor)));
    QVERIFY(!page->mentorModel()->dropMimeData(mime.get(), Qt::MoveAction, -1, -1,
                                               page->mentorModel()->indexOfMentor(fullMentor)));
    QCOMPARE(matchCount(*doc), 3);

    // An avoid list names the mentor: refused, with the reason.
    const QModelIndex other = mentorWithRoom(*page, mentee);
    const QString otherId = page->mentorModel()->mentorAt(other);
    const QString otherName = other.data(Qt::DisplayRole).toString();
    {
        QSqlQuery query(doc->database().connection());
        QVERIFY(query.prepare(QStringLiteral("UPDATE applications SET avoid = ? WHERE id = ?")));
        query.addBindValue(otherName);
        query.addBindValue(mentee);
        QVERIFY(query.exec());
    }
    page->reload();
    QVERIFY(waitLoaded(*page));
    const DropCheck avoided = page->board()->checkDrop(mentee, otherId);
    QVERIFY(!avoided.allowed());
    QVERIFY(!avoided.reason.isEmpty());
    QVERIFY(!page->board()->match(mentee, otherId));
    QCOMPARE(matchCount(*doc), 3);
    // The mentee's confidential avoid list is not quoted back to anyone but the chair; the
    // drop hint goes to the status bar of the chair's window, so it may name the rule, not the list.
    QVERIFY(!avoided.reason.contains(QStringLiteral("avoid = ")));
}

void TestMatchingPage::viewDropEventsMatch()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString mentee = poolMentee(*page);
    const QModelIndex mentor = mentorWithRoom(*page, mentee);
    QVERIFY(mentor.isValid());
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(page->mentorView()->model());
    QVERIFY(proxy);
    const QModelIndex viewIndex = proxy->mapFromSource(mentor);
    page->mentorView()->scrollTo(viewIndex);
    const QPoint at = page->mentorView()->visualRect(viewIndex).center();
    QWidget *viewport = page->mentorView()->viewport();

    QStringList hints;
    connect(page->mentorView(), &MentorBoardView::dropHint, this, [&hints](const QString &text) { hints << text; });
    auto *mime = page->board()->mimeDataForMentees({mentee});
    QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QVERIFY(move.isAccepted());
    QVERIFY(!hints.isEmpty());
    QVERIFY2(hints.last().contains(QStringLiteral("score")), qPrintable(hints.last()));
    QDropEvent drop(at, Qt::MoveAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    delete mime;
    QCOMPARE(matchCount(*doc), 4);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT mentor_application_id FROM matches WHERE mentee_application_id = '%1'")
                              .arg(mentee)),
             page->mentorModel()->mentorAt(mentor));
    QVERIFY(waitLoaded(*page));

    // The pool takes a matched mentee back through its view as well.
    auto *back = page->board()->mimeDataForMentees({mentee});
    QWidget *poolViewport = page->poolView()->viewport();
    const QPoint middle = poolViewport->rect().center();
    QDragEnterEvent enterPool(middle, Qt::MoveAction, back, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(poolViewport, &enterPool);
    QDragMoveEvent movePool(middle, Qt::MoveAction, back, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(poolViewport, &movePool);
    QVERIFY(movePool.isAccepted());
    QDropEvent dropPool(middle, Qt::MoveAction, back, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(poolViewport, &dropPool);
    delete back;
    QCOMPARE(matchCount(*doc), 3);
}

void TestMatchingPage::suggestionsAndExplanationShowForTheSelection()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString mentee = poolMentee(*page);
    page->selectMentee(mentee);
    QListWidget *suggestions = page->pairPanel()->suggestionList();
    QVERIFY(suggestions->isVisible());
    QVERIFY(suggestions->count() >= 1);
    QVERIFY(suggestions->count() <= 5);
    // Take the first suggestion through the panel's button.
    suggestions->setCurrentRow(0);
    auto *button = page->pairPanel()->findChild<QPushButton *>(QStringLiteral("matchSuggestionButton"));
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(matchCount(*doc), 4);
    QVERIFY(waitLoaded(*page));
    // Now the pair's explanation: one row per factor.
    page->selectMentee(mentee);
    const QList<PairPanel::FactorRow> factors = page->pairPanel()->factorRows();
    QCOMPARE(factors.size(), 7);
    for (const PairPanel::FactorRow &factor : factors) {
        QVERIFY(!factor.name.isEmpty());
        QVERIFY(!factor.why.isEmpty());
    }
}

void TestMatchingPage::lockAndPublishAreUndoable()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString mentee =
        scalar(*doc, QStringLiteral("SELECT mentee_application_id FROM matches WHERE cycle_id = '%1' AND locked = 0 "
                                    "ORDER BY id LIMIT 1")
                         .arg(m_cycleId));
    page->selectMentee(mentee);
    QVERIFY(page->lockAction()->isEnabled());
    QVERIFY(!page->lockAction()->isChecked());
    page->lockAction()->trigger();
    QCOMPARE(matchCount(*doc, QStringLiteral("locked = 1")), 2);
    QVERIFY(waitLoaded(*page));
    // A locked match cannot be dragged away.
    QVERIFY(!page->board()->checkUnmatch(mentee).allowed());
    doc->undoStack()->undo();
    QCOMPARE(matchCount(*doc, QStringLiteral("locked = 1")), 1);
    QVERIFY(waitLoaded(*page));

    QVERIFY(page->publishAction()->isEnabled());
    Messages::queueAnswer(QMessageBox::Yes);
    page->publishAction()->trigger();
    QVERIFY(!Messages::takeShown().isEmpty());
    QCOMPARE(matchCount(*doc, QStringLiteral("status = 'published' AND published_on IS NOT NULL")), 3);
    doc->undoStack()->undo();
    QCOMPARE(matchCount(*doc, QStringLiteral("status = 'draft' AND published_on IS NULL")), 3);
}

void TestMatchingPage::autoMatchProposalIsOneUndoStep()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString lockedMatch =
        scalar(*doc, QStringLiteral("SELECT id FROM matches WHERE cycle_id = '%1' AND locked = 1").arg(m_cycleId));
    const QString matchesBefore =
        scalar(*doc, QStringLiteral("SELECT group_concat(id || source, ',') FROM (SELECT id, source FROM matches WHERE "
                                    "cycle_id = '%1' ORDER BY id)")
                         .arg(m_cycleId));
    AutoMatchDialog dialog(page->board()->snapshot() ? std::shared_ptr<const MatchingSnapshot>(
                                                           page->board()->snapshot(), [](const MatchingSnapshot *) {})
                                                     : nullptr);
    dialog.setMode(AutoMatchMode::MostMatched);
    dialog.propose();
    QVERIFY(dialog.proposal());
    const AutoMatchProposal proposal = *dialog.proposal();
    QCOMPARE(proposal.kept.size(), 1); // the locked draft
    QCOMPARE(proposal.matched(), 10);  // seven mentors with room for two take all ten
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("10")));
    QVERIFY(dialog.proposalTree()->topLevelItemCount() >= 2);

    // Through the page: the menu action opens the dialog; accept it as it proposes.
    QTimer::singleShot(0, this, [] {
        auto *open = qobject_cast<AutoMatchDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        open->setMode(AutoMatchMode::MostMatched);
        open->propose();
        open->accept();
    });
    page->autoMatchAction()->trigger();
    QCOMPARE(matchCount(*doc), 10);
    QCOMPARE(matchCount(*doc, QStringLiteral("source = 'auto' AND locked = 0")), 9);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM matches WHERE id = '%1'").arg(lockedMatch)),
             QStringLiteral("1"));
    // Capacities hold.
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM matches WHERE cycle_id = "
                                         "'%1' GROUP BY mentor_application_id)")
                              .arg(m_cycleId))
                     .toInt() <= 2,
             true);
    doc->undoStack()->undo();
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT group_concat(id || source, ',') FROM (SELECT id, source FROM "
                                         "matches WHERE cycle_id = '%1' ORDER BY id)")
                              .arg(m_cycleId)),
             matchesBefore);
}

void TestMatchingPage::settingsPreviewFollowsTheWeights()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    auto snapshot = std::shared_ptr<const MatchingSnapshot>(page->board()->snapshot(), [](const MatchingSnapshot *) {});
    const MatchingSettings original = snapshot->data.settings; // the snapshot goes with the next load
    MatchingSettingsDialog dialog(snapshot);
    dialog.updatePreview();
    const QString before = dialog.previewLabel()->text();
    QVERIFY(before.contains(QStringLiteral("Mean best score")));
    MatchingSettings settings = dialog.settings();
    QCOMPARE(settings, original);
    settings.weights = MatchWeights{0, 0, 0, 0, 0, 0, 1};
    settings.minimumScore = 0.99;
    dialog.setSettings(settings);
    dialog.updatePreview();
    QVERIFY(dialog.previewLabel()->text() != before);

    // Saved through the page's command: one undo step, read back by the next load.
    QTimer::singleShot(0, this, [settings] {
        auto *open = qobject_cast<MatchingSettingsDialog *>(QApplication::activeModalWidget());
        QVERIFY(open);
        open->setSettings(settings);
        open->accept();
    });
    page->settingsAction()->trigger();
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->board()->snapshot()->data.settings.minimumScore, 0.99);
    doc->undoStack()->undo();
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->board()->snapshot()->data.settings, original);
}

void TestMatchingPage::exportedMatchesAreTheCliColumns()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    QVERIFY(page->exportAction()->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("matches.csv"));
    QVERIFY(page->exportMatchesTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and three matches
    QVERIFY(lines.first().startsWith(QStringLiteral("mentor_code,mentor_name,mentee_code,mentee_name,status")));
    const QString lockedMentee = scalar(
        *doc, QStringLiteral("SELECT a.code FROM matches m JOIN applications a ON a.id = m.mentee_application_id "
                             "WHERE m.cycle_id = '%1' AND m.locked = 1")
                  .arg(m_cycleId));
    bool found = false;
    for (const QString &line : lines)
        found = found || (line.contains(lockedMentee) && line.contains(QStringLiteral(",draft,")));
    QVERIFY(found);
    // Nothing confidential: no avoid list, preference or demographics column.
    QVERIFY(!lines.first().contains(QStringLiteral("avoid")));
    QVERIFY(!lines.first().contains(QStringLiteral("preference")));
}

void TestMatchingPage::matchingMenuSitsInTheMainWindow()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QMenu *matching = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Matching"))
            matching = action->menu();
    }
    QVERIFY(matching);
    QVERIFY(matching->actions().contains(window.matchingPage()->autoMatchAction()));
    QVERIFY(matching->actions().contains(window.matchingPage()->matchWithAction()));
    QCOMPARE(window.matchingPage()->matchWithAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
}

QTEST_MAIN(TestMatchingPage)
#include "tst_matchingpage.moc"
