#include "common/messages.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/figurecard.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "domain/cycle.h"
#include "mainwindow/mainwindow.h"
#include "programfixture.h"
#include "store/cyclestore.h"
#include "timeline/cyclechart.h"
#include "timeline/engagementmodel.h"
#include "timeline/matchdetailpanel.h"
#include "timeline/swimlanechart.h"
#include "timeline/timelinepage.h"
#include "timeline/timelinesnapshot.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

// The Timeline area on the demo program's Spring 2017 cycle: ten published matches with their
// contacts and goal sheets, judged as of the cycle's last logged contact.
class TestTimelinePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelAndChartsShowTheCycle();
    void loggingAContactChangesTheStatusAndTheCounts();
    void needsAttentionListsTheQuietFirst();
    void liaisonIsOneUndoStep();
    void importedContactsAreOneUndoStepAndBadFilesAreRefused();
    void timelineMenuSitsInTheMainWindow();
    void dashboardCountFollowsALoggedContact();

private:
    std::unique_ptr<ProgramDocument> openDocument();
    std::unique_ptr<TimelinePage> makePage(ProgramDocument &document);
    static bool waitLoaded(TimelinePage &page);
    QString scalar(ProgramDocument &document, const QString &sql);
    // The first match of the given status in the page's list, or "".
    static QString matchWithStatus(TimelinePage &page, EngagementStatus status);

    QTemporaryDir m_dir;
    DemoCopies m_demo;
    QString m_file;
    QString m_cycleId;
};

void TestTimelinePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.create(m_dir.path()));
    m_cycleId = m_demo.cycleId(QStringLiteral("Spring 2017"));
    QVERIFY(!m_cycleId.isEmpty());
}

void TestTimelinePage::init()
{
    Messages::setTestMode(true);
    m_file = m_demo.copy();
    QVERIFY(!m_file.isEmpty());
}

void TestTimelinePage::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
}

std::unique_ptr<ProgramDocument> TestTimelinePage::openDocument()
{
    return DemoCopies::open(m_file);
}

bool TestTimelinePage::waitLoaded(TimelinePage &page)
{
    return QTest::qWaitFor([&page] { return !page.isLoading() && page.snapshot(); }, 10000);
}

std::unique_ptr<TimelinePage> TestTimelinePage::makePage(ProgramDocument &document)
{
    auto page = std::make_unique<TimelinePage>();
    page->resize(1400, 900);
    page->setDocument(&document);
    page->setCycle(m_cycleId, QStringLiteral("Spring 2017"));
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) || !waitLoaded(*page))
        return nullptr;
    return page;
}

QString TestTimelinePage::scalar(ProgramDocument &document, const QString &sql)
{
    QSqlQuery query(document.database().connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

QString TestTimelinePage::matchWithStatus(TimelinePage &page, EngagementStatus status)
{
    EngagementModel *model = page.engagementModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (EngagementStatus(index.data(EngagementModel::StatusRole).toInt()) == status)
            return index.data(EngagementModel::MatchIdRole).toString();
    }
    return {};
}

void TestTimelinePage::modelAndChartsShowTheCycle()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    QAbstractItemModelTester tester(page->engagementModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filtered(page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int published = scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM matches WHERE cycle_id = '%1' AND status "
                                                      "IN ('published', 'ended')")
                                           .arg(m_cycleId))
                              .toInt();
    QVERIFY(published > 0);
    QCOMPARE(page->engagementModel()->rowCount(), published);
    // One bar per phase.
    const int phases =
        scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM phases WHERE cycle_id = '%1'").arg(m_cycleId)).toInt();
    QVERIFY(phases > 0);
    QCOMPARE(page->cycleChart()->phaseBarCount(), phases);
    // A past cycle is judged as of its last logged contact.
    const QString lastContact =
        scalar(*doc, QStringLiteral("SELECT MAX(contact_on) FROM contact_entries c JOIN matches m ON m.id = c.match_id "
                                    "WHERE m.cycle_id = '%1'")
                         .arg(m_cycleId));
    QCOMPARE(page->snapshot()->asOf.toString(Qt::ISODate), lastContact);
    QCOMPARE(page->asOfEdit()->date(), page->snapshot()->asOf);
    // Every contact of every match is a dot on the engagement timeline.
    const int contacts =
        scalar(*doc, QStringLiteral("SELECT COUNT(*) FROM contact_entries c JOIN matches m ON m.id = c.match_id "
                                    "WHERE m.cycle_id = '%1' AND m.status IN ('published', 'ended')")
                         .arg(m_cycleId))
            .toInt();
    QCOMPARE(page->swimlaneChart()->laneCount(), published);
    QCOMPARE(page->swimlaneChart()->contactDotCount(), contacts);
}

void TestTimelinePage::loggingAContactChangesTheStatusAndTheCounts()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString quiet = matchWithStatus(*page, EngagementStatus::Quiet);
    QVERIFY2(!quiet.isEmpty(), "the demo cycle has a quiet match");
    const int quietBefore = page->snapshot()->counts.quiet;
    QSignalSpy attention(page.get(), &TimelinePage::attentionChanged);
    const QString contactsSql = QStringLiteral("SELECT COUNT(*) FROM contact_entries WHERE match_id = '%1'").arg(quiet);
    const int before = scalar(*doc, contactsSql).toInt();

    page->selectMatch(quiet);
    MatchDetailPanel *panel = page->detailPanel();
    QCOMPARE(panel->matchId(), quiet);
    QVERIFY(page->logContactAction()->isEnabled());
    page->logContactAction()->trigger(); // focuses the entry line
    panel->dateEdit()->setDate(page->snapshot()->asOf);
    panel->methodCombo()->setCurrentIndex(panel->methodCombo()->findData(QStringLiteral("phone")));
    QTest::keyClicks(panel->noteEdit(), QStringLiteral("Caught up by phone"));
    QTest::keyClick(panel->noteEdit(), Qt::Key_Return);
    QCOMPARE(scalar(*doc, contactsSql).toInt(), before + 1);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT method || '/' || note FROM contact_entries WHERE match_id = '%1' "
                                         "ORDER BY contact_on DESC, rowid DESC LIMIT 1")
                              .arg(quiet)),
             QStringLiteral("phone/Caught up by phone"));
    QVERIFY(waitLoaded(*page));
    const int row = page->engagementModel()->rowOf(quiet);
    QVERIFY(EngagementStatus(page->engagementModel()->index(row, 0).data(EngagementModel::StatusRole).toInt()) !=
            EngagementStatus::Quiet);
    QCOMPARE(page->snapshot()->counts.quiet, quietBefore - 1);
    QVERIFY(!attention.isEmpty());
    QVERIFY(page->countsLabel()->text().contains(QStringLiteral("%1 quiet").arg(quietBefore - 1)));

    doc->undoStack()->undo();
    QCOMPARE(scalar(*doc, contactsSql).toInt(), before);
    QVERIFY(waitLoaded(*page));
    QCOMPARE(page->snapshot()->counts.quiet, quietBefore);
}

void TestTimelinePage::needsAttentionListsTheQuietFirst()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const EngagementCounts counts = page->snapshot()->counts;
    page->needsAttentionAction()->trigger();
    QCOMPARE(page->showCombo()->currentIndex(), 1);
    QCOMPARE(page->filterModel()->rowCount(), counts.quiet + counts.belowCadence);
    QCOMPARE(page->swimlaneChart()->laneCount(), counts.quiet + counts.belowCadence);
    // Longest quiet first.
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < page->filterModel()->rowCount(); ++row) {
        const int days =
            page->filterModel()->index(row, EngagementModel::QuietDaysColumn).data(EngagementModel::SortRole).toInt();
        QVERIFY(days <= previous);
        previous = days;
    }
    page->showCombo()->setCurrentIndex(2);
    QCOMPARE(page->filterModel()->rowCount(), counts.quiet);
}

void TestTimelinePage::liaisonIsOneUndoStep()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString match = page->engagementModel()->index(0, 0).data(EngagementModel::MatchIdRole).toString();
    page->selectMatch(match);
    QComboBox *liaison = page->detailPanel()->liaisonCombo();
    QVERIFY(liaison->count() >= 2);
    const QString before = scalar(
        *doc, QStringLiteral("SELECT COALESCE(liaison_reviewer_id, '') FROM matches WHERE id = '%1'").arg(match));
    int pick = 1;
    while (pick < liaison->count() && liaison->itemData(pick).toString() == before)
        ++pick;
    QVERIFY(pick < liaison->count());
    liaison->setCurrentIndex(pick);
    emit liaison->activated(pick);
    QCOMPARE(scalar(*doc, QStringLiteral("SELECT liaison_reviewer_id FROM matches WHERE id = '%1'").arg(match)),
             liaison->itemData(pick).toString());
    doc->undoStack()->undo();
    QCOMPARE(scalar(*doc,
                    QStringLiteral("SELECT COALESCE(liaison_reviewer_id, '') FROM matches WHERE id = '%1'").arg(match)),
             before);
}

void TestTimelinePage::importedContactsAreOneUndoStepAndBadFilesAreRefused()
{
    auto doc = openDocument();
    QVERIFY(doc);
    auto page = makePage(*doc);
    QVERIFY(page);
    const QString mentee = scalar(
        *doc, QStringLiteral("SELECT a.code FROM matches m JOIN applications a ON a.id = m.mentee_application_id "
                             "WHERE m.cycle_id = '%1' AND m.status = 'published' ORDER BY a.code LIMIT 1")
                  .arg(m_cycleId));
    QVERIFY(!mentee.isEmpty());
    const QString count = QStringLiteral("SELECT COUNT(*) FROM contact_entries");
    const int before = scalar(*doc, count).toInt();
    const QString day = page->snapshot()->asOf.toString(Qt::ISODate);

    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("mentee,date,method,initiated_by,note\n%1,%2,email,mentee,ok\n%1,31/31/2017,email,"
                                  "mentee,bad date\n")
                       .arg(mentee, day)
                       .toUtf8());
    }
    QVERIFY(!page->importContactsFrom(bad));
    const QList<Messages::Shown> refused = Messages::takeShown();
    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.first().text.contains(QStringLiteral("Line 3")), qPrintable(refused.first().text));
    QCOMPARE(scalar(*doc, count).toInt(), before);

    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("mentee,date,method,initiated_by,note\n%1,%2,email,mentee,First\n%1,%2,video,mentor,"
                                  "Second\n")
                       .arg(mentee, day)
                       .toUtf8());
    }
    Messages::queueAnswer(QMessageBox::Yes);
    QVERIFY(page->importContactsFrom(good));
    QCOMPARE(Messages::takeShown().size(), 1); // the question
    QCOMPARE(scalar(*doc, count).toInt(), before + 2);
    // Again: nothing new.
    QVERIFY(!page->importContactsFrom(good));
    QVERIFY(Messages::takeShown().first().text.contains(QStringLiteral("already")));
    QCOMPARE(scalar(*doc, count).toInt(), before + 2);
    doc->undoStack()->undo();
    QCOMPARE(scalar(*doc, count).toInt(), before);
}

void TestTimelinePage::timelineMenuSitsInTheMainWindow()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QMenu *timeline = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->text() == QStringLiteral("&Timeline"))
            timeline = action->menu();
    }
    QVERIFY(timeline);
    QVERIFY(timeline->actions().contains(window.timelinePage()->logContactAction()));
    QVERIFY(timeline->actions().contains(window.timelinePage()->importContactsAction()));
}

void TestTimelinePage::dashboardCountFollowsALoggedContact()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    auto *cycles = window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"));
    QVERIFY(cycles);
    cycles->setCurrentIndex(cycles->findData(m_cycleId));
    TimelinePage *page = window.timelinePage();
    QVERIFY(waitLoaded(*page));
    auto *dashboard = window.findChild<DashboardPage *>();
    QVERIFY(dashboard);
    const EngagementCounts counts = page->snapshot()->counts;
    QVERIFY(counts.quiet > 0);
    QCOMPARE(dashboard->engagementCard()->value(), QString::number(counts.quiet + counts.belowCadence));

    // A contact for a quiet match, logged in the Timeline area, takes one off the dashboard's count.
    const QString quiet = matchWithStatus(*page, EngagementStatus::Quiet);
    page->selectMatch(quiet);
    page->detailPanel()->dateEdit()->setDate(page->snapshot()->asOf);
    page->detailPanel()->noteEdit()->setText(QStringLiteral("Back in touch"));
    QVERIFY(page->detailPanel()->logContact());
    QVERIFY(waitLoaded(*page));
    const EngagementCounts after = page->snapshot()->counts;
    QCOMPARE(after.quiet, counts.quiet - 1);
    QCOMPARE(dashboard->engagementCard()->value(), QString::number(after.quiet + after.belowCadence));
    auto countOf = [&dashboard](EngagementStatus status) {
        return dashboard->findChild<QLabel *>(QStringLiteral("engagementCount_%1").arg(int(status)))->text();
    };
    QCOMPARE(countOf(EngagementStatus::Quiet), QString::number(after.quiet));
    QCOMPARE(countOf(EngagementStatus::OnTrack), QString::number(after.onTrack));
    QCOMPARE(countOf(EngagementStatus::BelowCadence), QString::number(after.belowCadence));

    // Clicking the figure opens the list behind it.
    emit dashboard->engagementCard()->clicked();
    QCOMPARE(window.currentArea(), Area::Timeline);
    QCOMPARE(page->showCombo()->currentIndex(), 1);
    QCOMPARE(page->filterModel()->rowCount(), after.quiet + after.belowCadence);
}

QTEST_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
