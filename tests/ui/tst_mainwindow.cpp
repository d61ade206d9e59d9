#include "applications/applicationspage.h"
#include "common/emptystate.h"
#include "common/messages.h"
#include "dashboard/applicationcountsmodel.h"
#include "dashboard/dashboardpage.h"
#include "dashboard/figurecard.h"
#include "dashboard/funnelchart.h"
#include "demo/demogenerator.h"
#include "document/programdocument.h"
#include "letters/letterspage.h"
#include "mainwindow/demoinstaller.h"
#include "mainwindow/mainwindow.h"
#include "matching/matchingpage.h"
#include "programfixture.h"
#include "review/reviewpage.h"
#include "settings/appsettings.h"
#include "timeline/timelinepage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

// The main window on real program files: areas, cycles, dashboard figures checked against SQL,
// rename with undo, failed opens, drops, start-up and Save a Copy.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void ctrlDigitsSwitchAreas();
    void everyAreaHasItsPage();
    void newestCycleIsSelectedAndDashboardMatchesSql();
    void demoProgramDashboardMatchesSql();
    void selectedCycleIsRememberedPerFile();
    void renameUndoRedoChangeTitleAndFile();
    void badFileIsReportedAndPreviousProgramStaysOpen();
    void missingFileIsReported();
    void droppingProgramFileOpensIt();
    void droppingOtherFilesIsRefused();
    void closeShowsWelcomePage();
    void startUpOpensDemoThenLastFile();
    void saveCopyWritesOwnerOnlyCopyInBackground();
    void checkProgramFileReportsProblems();
    void recentFilesAreRemembered();
    void createProgramMakesOwnerOnlyFile();

private:
    QString makeProgram(const QString &name, const QString &programName = QStringLiteral("Fixture Program"));
    // What SQL says about a cycle, read through the test's own connection.
    QMap<QString, int> sqlCounts(const QString &sql, const QString &cycleName);
    QString sqlString(const QString &sql);
    // Every cycle, newest first: the Dashboard's table, cards and match counts against SQL.
    void checkDashboardAgainstSql(MainWindow &window);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariableIntValue("COHORT_NO_SYSTEM_SETTINGS") == 1);
}

void TestMainWindow::init()
{
    Messages::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = makeProgram(QStringLiteral("program.cohort"));
}

void TestMainWindow::cleanup()
{
    const QList<Messages::Shown> unexpected = Messages::takeShown();
    for (const Messages::Shown &shown : unexpected)
        qWarning() << "message left over:" << shown.title << shown.text;
    m_dir.reset();
}

QString TestMainWindow::makeProgram(const QString &name, const QString &programName)
{
    const QString path = m_dir->filePath(name);
    if (!ProgramFixture::create(path, programName))
        return {};
    return path;
}

QMap<QString, int> TestMainWindow::sqlCounts(const QString &sql, const QString &cycleName)
{
    QMap<QString, int> counts;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            query.addBindValue(cycleName);
            if (query.exec()) {
                while (query.next())
                    counts.insert(query.value(0).toString(), query.value(1).toInt());
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return counts;
}

QString TestMainWindow::sqlString(const QString &sql)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

void TestMainWindow::ctrlDigitsSwitchAreas()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(stack);
    QCOMPARE(stack->count(), 6);
    const QList<int> order = {3, 1, 5, 2, 4, 0, 5};
    for (int index : order) {
        QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(stack->currentIndex(), index);
        QCOMPARE(int(window.currentArea()), index);
    }
}

void TestMainWindow::everyAreaHasItsPage()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("areaStack"));
    QVERIFY(qobject_cast<DashboardPage *>(stack->widget(0)));
    QVERIFY(qobject_cast<ApplicationsPage *>(stack->widget(1)));
    QVERIFY(qobject_cast<ReviewPage *>(stack->widget(2)));
    QCOMPARE(window.reviewPage(), stack->widget(2));
    QCOMPARE(window.matchingPage(), stack->widget(3));
    QCOMPARE(static_cast<QWidget *>(window.timelinePage()), stack->widget(4));
    QCOMPARE(static_cast<QWidget *>(window.lettersPage()), stack->widget(5));
    QCOMPARE(stack->count(), 6);
}

void TestMainWindow::newestCycleIsSelectedAndDashboardMatchesSql()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("Fall %1").arg(QDate::currentDate().year()));

    checkDashboardAgainstSql(window);
    if (QTest::currentTestFailed())
        return;

    const QLocale locale;
    // Fall's applications close in ten days; Spring 2017 has no deadline ahead.
    combo->setCurrentIndex(1);
    QCOMPARE(window.findChild<FigureCard *>(QStringLiteral("deadlineCard"))->value(),
             locale.toString(ProgramFixture::deadline(), QLocale::LongFormat));
    QVERIFY(
        window.findChild<FigureCard *>(QStringLiteral("deadlineCard"))->note().contains(QStringLiteral("in 10 days")));
    // The next 30 days list the deadline with its date.
    const QString upcoming = window.findChild<QLabel *>(QStringLiteral("upcomingLabel"))->text();
    QVERIFY2(upcoming.contains(QStringLiteral("deadline")), qPrintable(upcoming));
    QVERIFY2(upcoming.contains(locale.toString(ProgramFixture::deadline(), QStringLiteral("ddd d MMM"))),
             qPrintable(upcoming));
    combo->setCurrentIndex(0);
    QCOMPARE(window.findChild<FigureCard *>(QStringLiteral("deadlineCard"))->value(), QStringLiteral("None ahead"));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("upcomingLabel"))->text().startsWith(QStringLiteral("Nothing")));
}

void TestMainWindow::checkDashboardAgainstSql(MainWindow &window)
{
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"));
    QVERIFY(combo);
    auto *view = window.findChild<QTableView *>(QStringLiteral("applicationCountsView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QLocale locale;

    for (int cycleIndex = combo->count() - 1; cycleIndex >= 0; --cycleIndex) {
        combo->setCurrentIndex(cycleIndex);
        const QString cycle = combo->currentText();
        const QString byRoleStatus = QStringLiteral(
            "SELECT a.role || '/' || a.status, COUNT(*) FROM applications a JOIN cycles c ON c.id = a.cycle_id "
            "WHERE c.name = ? GROUP BY a.role, a.status");
        const QMap<QString, int> expected = sqlCounts(byRoleStatus, cycle);
        QVERIFY(!expected.isEmpty());

        // The table: one row per status present, then Total.
        const QAbstractItemModel *model = view->model();
        QMap<QString, int> shown;
        for (int row = 0; row < model->rowCount() - 1; ++row) {
            const QString status = model->index(row, 0).data(ApplicationCountsModel::StatusCodeRole).toString();
            const int mentors = model->index(row, ApplicationCountsModel::MentorColumn)
                                    .data(ApplicationCountsModel::RawValueRole)
                                    .toInt();
            const int mentees = model->index(row, ApplicationCountsModel::MenteeColumn)
                                    .data(ApplicationCountsModel::RawValueRole)
                                    .toInt();
            if (mentors)
                shown.insert(QStringLiteral("mentor/") + status, mentors);
            if (mentees)
                shown.insert(QStringLiteral("mentee/") + status, mentees);
        }
        QCOMPARE(shown, expected);

        const QMap<QString, int> byRole =
            sqlCounts(QStringLiteral("SELECT a.role, COUNT(*) FROM applications a JOIN cycles c ON c.id = a.cycle_id "
                                     "WHERE c.name = ? GROUP BY a.role"),
                      cycle);
        auto card = [&window](const char *name) {
            return window.findChild<FigureCard *>(QString::fromLatin1(name));
        };
        QCOMPARE(card("mentorsCard")->value(), locale.toString(byRole.value(QStringLiteral("mentor"))));
        QCOMPARE(card("menteesCard")->value(), locale.toString(byRole.value(QStringLiteral("mentee"))));
        const int total = byRole.value(QStringLiteral("mentor")) + byRole.value(QStringLiteral("mentee"));
        QCOMPARE(card("applicationsCard")->value(), locale.toString(total));
        QCOMPARE(model->index(model->rowCount() - 1, ApplicationCountsModel::TotalColumn).data().toString(),
                 locale.toString(total));
        const double ratio = double(byRole.value(QStringLiteral("mentee"))) / byRole.value(QStringLiteral("mentor"));
        QVERIFY(card("ratioCard")->value().startsWith(locale.toString(ratio, 'f', 1)));

        const QMap<QString, int> matches =
            sqlCounts(QStringLiteral("SELECT m.status, COUNT(*) FROM matches m JOIN cycles c ON c.id = m.cycle_id "
                                     "WHERE c.name = ? GROUP BY m.status"),
                      cycle);
        int matchTotal = 0;
        for (const QString &status : {QStringLiteral("draft"), QStringLiteral("published"), QStringLiteral("ended")}) {
            auto *label = window.findChild<QLabel *>(QStringLiteral("matchCount_") + status);
            QVERIFY(label);
            QCOMPARE(label->text(), locale.toString(matches.value(status)));
            matchTotal += matches.value(status);
        }
        QCOMPARE(card("matchesCard")->value(), locale.toString(matchTotal));

        // The acceptance funnel, mentees: applied (not withdrawn), not ineligible, decided,
        // accepted, and those with a match.
        auto count = [&](const QString &role, const QStringList &statuses) {
            int n = 0;
            for (const QString &status : statuses)
                n += expected.value(role + QLatin1Char('/') + status);
            return n;
        };
        const QStringList all = {QStringLiteral("received"),   QStringLiteral("eligible"),
                                 QStringLiteral("ineligible"), QStringLiteral("under_review"),
                                 QStringLiteral("accepted"),   QStringLiteral("waitlisted"),
                                 QStringLiteral("declined")};
        const QString mentee = QStringLiteral("mentee");
        const int matchedMentees =
            sqlCounts(QStringLiteral("SELECT 'n', COUNT(DISTINCT m.mentee_application_id) FROM matches m JOIN cycles c "
                                     "ON c.id = m.cycle_id WHERE c.name = ?"),
                      cycle)
                .value(QStringLiteral("n"));
        auto *funnel = window.findChild<FunnelChart *>(QStringLiteral("funnelChart"));
        QVERIFY(funnel);
        const QList<double> menteeFunnel = {
            double(count(mentee, all)), double(count(mentee, all) - count(mentee, {QStringLiteral("ineligible")})),
            double(
                count(mentee, {QStringLiteral("accepted"), QStringLiteral("waitlisted"), QStringLiteral("declined")})),
            double(count(mentee, {QStringLiteral("accepted")})), double(matchedMentees)};
        QCOMPARE(funnel->values(1), menteeFunnel);
    }
}

void TestMainWindow::demoProgramDashboardMatchesSql()
{
    m_file = m_dir->filePath(QStringLiteral("demo.cohort"));
    auto summary = DemoGenerator::createFile(m_file, DemoOptions{});
    QVERIFY2(summary, qPrintable(summary.error()));
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"))->count() >= 2);
    checkDashboardAgainstSql(window);
}

void TestMainWindow::selectedCycleIsRememberedPerFile()
{
    const QString other = makeProgram(QStringLiteral("other.cohort"));
    {
        MainWindow window;
        QVERIFY(window.openProgram(m_file));
        window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"))->setCurrentIndex(0);
        QVERIFY(window.openProgram(other)); // other keeps the default: the newest
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"))->currentIndex(), 1);
    }
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"));
    QCOMPARE(combo->currentText(), QStringLiteral("Spring 2017"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("dashboardTitleLabel"))->text(), QStringLiteral("Spring 2017"));
}

void TestMainWindow::renameUndoRedoChangeTitleAndFile()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QCOMPARE(window.windowTitle(), QStringLiteral("Fixture Program — program.cohort[*] — Cohort"));
    QVERIFY(!window.isWindowModified());

    QVERIFY(window.renameProgram(QStringLiteral("ALSC Mentoring Program")));
    QCOMPARE(window.windowTitle(), QStringLiteral("ALSC Mentoring Program — program.cohort[*] — Cohort"));
    QVERIFY(window.isWindowModified());
    QCOMPARE(sqlString(QStringLiteral("SELECT name FROM program")), QStringLiteral("ALSC Mentoring Program"));

    window.document()->undoStack()->undo();
    QCOMPARE(window.windowTitle(), QStringLiteral("Fixture Program — program.cohort[*] — Cohort"));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(sqlString(QStringLiteral("SELECT name FROM program")), QStringLiteral("Fixture Program"));

    window.document()->undoStack()->redo();
    QCOMPARE(window.windowTitle(), QStringLiteral("ALSC Mentoring Program — program.cohort[*] — Cohort"));
    QCOMPARE(sqlString(QStringLiteral("SELECT name FROM program")), QStringLiteral("ALSC Mentoring Program"));

    // An empty name is refused with a message, and nothing is pushed.
    const int before = window.document()->undoStack()->count();
    QVERIFY(!window.renameProgram(QStringLiteral("   ")));
    QCOMPARE(window.document()->undoStack()->count(), before);
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, Messages::Kind::Warning);
}

void TestMainWindow::badFileIsReportedAndPreviousProgramStaysOpen()
{
    const QString bad = m_dir->filePath(QStringLiteral("picture.cohort"));
    {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray png("\x89PNG\r\n\x1a\n", 8);
        png.append(QByteArray(4096, '\x42'));
        file.write(png);
    }
    const QByteArray original = [&bad] {
        QFile file(bad);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    const QString title = window.windowTitle();
    QVERIFY(!window.openProgram(bad));
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QCOMPARE(shown.first().kind, Messages::Kind::Critical);
    QVERIFY2(shown.first().text.contains(QStringLiteral("picture.cohort")), qPrintable(shown.first().text));
    QVERIFY(window.document());
    QCOMPARE(window.document()->filePath(), m_file);
    QCOMPARE(window.windowTitle(), title);
    // The file that is not a program is left as it was.
    QFile file(bad);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), original);
}

void TestMainWindow::missingFileIsReported()
{
    MainWindow window;
    QVERIFY(!window.openProgram(m_dir->filePath(QStringLiteral("nowhere.cohort"))));
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(QStringLiteral("does not exist")));
    QVERIFY(!window.document());
}

void TestMainWindow::droppingProgramFileOpensIt()
{
    const QString other = makeProgram(QStringLiteral("dropped.cohort"), QStringLiteral("Dropped Program"));
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(other)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(window.document()->filePath(), other);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Dropped Program — dropped.cohort")));
}

void TestMainWindow::droppingOtherFilesIsRefused()
{
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(text)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral(".cohort")));
    QMimeData remote;
    remote.setUrls({QUrl(QStringLiteral("https://example.org/program.cohort"))});
    QDragEnterEvent remoteEnter(QPoint(10, 10), Qt::CopyAction, &remote, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &remoteEnter);
    QVERIFY(!remoteEnter.isAccepted());
    QCOMPARE(window.document()->filePath(), m_file);
}

void TestMainWindow::closeShowsWelcomePage()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!window.document());
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentIndex(), 0);
    QCOMPARE(window.windowTitle(), QStringLiteral("Cohort"));
    // Areas need a program: Ctrl+2 does nothing now.
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("centralStack"))->currentIndex(), 0);
}

void TestMainWindow::startUpOpensDemoThenLastFile()
{
    AppSettings().setLastFile({}); // a first start
    const DemoInstaller installer(m_file, m_dir->filePath(QStringLiteral("appdata")));
    QVERIFY(!installer.isInstalled());

    MainWindow first;
    first.setDemoInstaller(installer);
    first.openAtStartup();
    QVERIFY(first.document());
    QCOMPARE(first.document()->filePath(), installer.targetPath());
    const QString later = makeProgram(QStringLiteral("later.cohort"));
    QVERIFY(first.openProgram(later));

    // The next start reopens the last file.
    MainWindow second;
    second.setDemoInstaller(installer);
    second.openAtStartup();
    QVERIFY(second.document());
    QCOMPARE(second.document()->filePath(), later);

    // When the last file is gone, the demo again; no message for what the user did not ask.
    second.closeProgram();
    first.closeProgram();
    QVERIFY(QFile::remove(later));
    MainWindow third;
    third.setDemoInstaller(installer);
    third.openAtStartup();
    QVERIFY(third.document());
    QCOMPARE(third.document()->filePath(), installer.targetPath());
    QVERIFY(Messages::takeShown().isEmpty());

    // A file named on the command line wins.
    MainWindow fourth;
    fourth.setDemoInstaller(installer);
    fourth.openAtStartup(m_file);
    QCOMPARE(fourth.document()->filePath(), m_file);
}

void TestMainWindow::saveCopyWritesOwnerOnlyCopyInBackground()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QSignalSpy finished(&window, &MainWindow::backgroundJobFinished);
    const QString copy = m_dir->filePath(QStringLiteral("copy.cohort"));
    window.saveCopyTo(copy);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(QFileInfo::exists(copy));
    // Owner read and write, nothing for group and others (0600).
    const QFile::Permissions posixBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                         QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                                         QFile::ExeOther;
    QCOMPARE(QFile::permissions(copy) & posixBits, QFile::ReadOwner | QFile::WriteOwner);
    auto opened = ProgramDocument::open(copy, true);
    QVERIFY2(opened, qPrintable(opened.error()));
    QCOMPARE(opened.value()->program().name, QStringLiteral("Fixture Program"));

    // A copy over the open file itself is refused with a message.
    window.saveCopyTo(m_file);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().first().toBool(), false);
    QCOMPARE(Messages::takeShown().size(), 1);
}

void TestMainWindow::checkProgramFileReportsProblems()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QSignalSpy checked(&window, &MainWindow::integrityChecked);
    window.checkProgramFile();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.first().first().toBool(), true);
    QVERIFY(Messages::takeShown().isEmpty());
    window.closeProgram();

    {
        // A phase whose cycle is gone, written the way another program could.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        raw.setDatabaseName(m_file);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO phases (id, cycle_id, name, kind, starts_on, ends_on, updated_at) "
                                      "VALUES ('orphan', 'no-such-cycle', 'Orphan', 'other', '2017-01-01', "
                                      "'2017-01-02', '2017-01-01T00:00:00Z')")));
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    QVERIFY(window.openProgram(m_file));
    window.checkProgramFile();
    QVERIFY(checked.wait(20000));
    QCOMPARE(checked.last().first().toBool(), false);
    const auto shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.contains(QStringLiteral("phases")), qPrintable(shown.first().text));
}

void TestMainWindow::recentFilesAreRemembered()
{
    const QString other = makeProgram(QStringLiteral("recent.cohort"));
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QVERIFY(window.openProgram(other));
    AppSettings settings;
    const QStringList recent = settings.recentFiles();
    QVERIFY(recent.size() >= 2);
    QCOMPARE(recent.at(0), QFileInfo(other).canonicalFilePath());
    QCOMPARE(recent.at(1), QFileInfo(m_file).canonicalFilePath());
    QCOMPARE(settings.lastFile(), other);
}

void TestMainWindow::createProgramMakesOwnerOnlyFile()
{
    MainWindow window;
    const QString path = m_dir->filePath(QStringLiteral("Fresh Program"));
    QVERIFY(window.createProgram(path));
    const QString file = path + QStringLiteral(".cohort");
    QCOMPARE(window.document()->filePath(), file);
    QCOMPARE(window.document()->program().name, QStringLiteral("Fresh Program"));
    QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
    // No cycles yet: the selector says so and the Dashboard explains.
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("cycleComboBox"));
    QCOMPARE(combo->count(), 0);
    QVERIFY(!combo->isEnabled());
    // Creating over an existing file is refused.
    QVERIFY(!window.createProgram(m_file));
    QCOMPARE(Messages::takeShown().size(), 1);
    QCOMPARE(window.document()->filePath(), file);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
