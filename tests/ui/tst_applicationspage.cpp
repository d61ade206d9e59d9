#include "applications/applicationdetailpanel.h"
#include "applications/applicationfiltermodel.h"
#include "applications/applicationspage.h"
#include "applications/applicationtablemodel.h"
#include "applications/eligibilityrulesdialog.h"
#include "applications/newapplicationdialog.h"
#include "applications/statusreasondialog.h"
#include "common/emptystate.h"
#include "common/messages.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "intake/eligibility.h"
#include "mainwindow/mainwindow.h"
#include "programfixture.h"
#include "settings/appsettings.h"
#include "store/cyclestore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace cohort;

// The Applications area on a real program file: the table against SQL, search, filters,
// sorting, the column chooser, the detail panel's edits with undo, status changes, New
// Application, export and read-only programs.
class TestApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tableShowsTheCycleRowsOfTheDatabase();
    void searchNarrowsByNameEmailAndLibrary();
    void filtersNarrowByRoleStatusAndEligibility();
    void noMatchSaysSoAndClearsFilters();
    void sortingOrdersEachColumn();
    void columnChooserHidesShowsAndPersists();
    void selectingARowShowsItInTheDetailPanel();
    void editingAFieldStoresItAndUndoRestoresIt();
    void invalidEmailIsRefusedWithAMessage();
    void hostileValuesAreShownLiterally();
    void statusChangeNeedsAndStoresAReason();
    void newApplicationAddsARowAndUndoRemovesIt();
    void exportWritesTheViewAsNeutralizedCsv();
    void readOnlyProgramCannotBeEdited();
    void emptyCycleOffersImportAndNewApplication();
    void windowSearchFieldFiltersApplications();
    void eligibilityRulesDialogChangesVerdictsAndUndoRestoresThem();
    void eligibilityRulesCancelChangesNothing();
    void eligibilityRulesActionIsInTheApplicationsMenu();

private:
    std::unique_ptr<ProgramDocument> openDocument(bool readOnly = false);
    QString cycleId(ProgramDocument &document, const QString &name);
    QString fallName() const { return QStringLiteral("Fall %1").arg(QDate::currentDate().year()); }
    // A page showing the Fall cycle, loaded.
    std::unique_ptr<ApplicationsPage> makePage(ProgramDocument &document);
    QVariant sql(const QString &statement, const QVariantList &values = {});
    int sqlInt(const QString &statement, const QVariantList &values = {}) { return sql(statement, values).toInt(); }
    int rowOf(ApplicationsPage &page, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestApplicationsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariableIntValue("COHORT_NO_SYSTEM_SETTINGS") == 1);
}

void TestApplicationsPage::init()
{
    Messages::setTestMode(true);
    AppSettings().setHeaderState(QStringLiteral("applicationsTable"), {});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("program.cohort"));
    QVERIFY(ProgramFixture::create(m_file));
}

void TestApplicationsPage::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
    m_dir.reset();
}

std::unique_ptr<ProgramDocument> TestApplicationsPage::openDocument(bool readOnly)
{
    auto opened = ProgramDocument::open(m_file, readOnly);
    if (!opened)
        qWarning() << opened.error();
    return opened ? std::move(opened).value() : nullptr;
}

QString TestApplicationsPage::cycleId(ProgramDocument &document, const QString &name)
{
    const auto cycles = document.cycleStore().list();
    if (!cycles)
        return {};
    for (const Cycle &cycle : cycles.value()) {
        if (cycle.name == name)
            return cycle.id;
    }
    return {};
}

std::unique_ptr<ApplicationsPage> TestApplicationsPage::makePage(ProgramDocument &document)
{
    auto page = std::make_unique<ApplicationsPage>();
    page->resize(1200, 800);
    page->setDocument(&document);
    page->setCycle(cycleId(document, fallName()), fallName());
    page->show();
    QSignalSpy loaded(page.get(), &ApplicationsPage::loaded);
    connect(page.get(), &ApplicationsPage::statusMessage, this, [](const QString &message) { qDebug() << message; });
    if (!loaded.wait(10000))
        qWarning() << "the applications did not load";
    return page;
}

QVariant TestApplicationsPage::sql(const QString &statement, const QVariantList &values)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(m_file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(statement);
            for (const QVariant &value : values)
                query.addBindValue(value);
            if (query.exec() && query.next())
                result = query.value(0);
            else
                qWarning() << statement << query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}

int TestApplicationsPage::rowOf(ApplicationsPage &page, const QString &id)
{
    const int source = page.tableModel()->rowOf(id);
    return source < 0 ? -1 : page.filterModel()->mapFromSource(page.tableModel()->index(source, 0)).row();
}

void TestApplicationsPage::tableShowsTheCycleRowsOfTheDatabase()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QAbstractItemModelTester sourceTester(page->tableModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    const QString fall = cycleId(*document, fallName());
    const int expected = sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ?"), {fall});
    QCOMPARE(expected, 9);
    QCOMPARE(page->tableModel()->rowCount(), expected);
    QCOMPARE(page->filterModel()->rowCount(), expected);
    QCOMPARE(page->countText(), QStringLiteral("9 applications"));
    for (int row = 0; row < page->tableModel()->rowCount(); ++row) {
        const ApplicationSummary &s = page->tableModel()->rowAt(row).summary;
        QCOMPARE(sql(QStringLiteral("SELECT p.email FROM applications a JOIN people p ON p.id = a.person_id "
                                    "WHERE a.id = ? AND a.cycle_id = ?"),
                     {s.id, fall})
                     .toString(),
                 s.email);
    }
    // The other cycle shows its own rows.
    page->setCycle(cycleId(*document, QStringLiteral("Spring 2017")), QStringLiteral("Spring 2017"));
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->tableModel()->rowCount(), 14);
}

void TestApplicationsPage::searchNarrowsByNameEmailAndLibrary()
{
    auto document = openDocument();
    auto page = makePage(*document);
    QAbstractItemModelTester proxyTester(page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Fall's applicants are Person 15 … Person 23.
    page->setSearchText(QStringLiteral("person 2"));
    QCOMPARE(page->filterModel()->rowCount(), 4); // 20, 21, 22, 23
    QCOMPARE(page->countText(), QStringLiteral("4 of 9 applications"));
    page->setSearchText(QStringLiteral("PERSON17@EXAMPLE"));
    QCOMPARE(page->filterModel()->rowCount(), 1);
    QCOMPARE(page->filterModel()->index(0, ApplicationTableModel::NameColumn).data().toString(),
             QStringLiteral("Person 17"));
    page->setSearchText(QStringLiteral("nobody"));
    QCOMPARE(page->filterModel()->rowCount(), 0);
    page->setSearchText({});
    QCOMPARE(page->filterModel()->rowCount(), 9);

    // The library, accents ignored: give one applicant a library through the panel.
    const QString id = page->tableModel()->rowAt(0).summary.id;
    page->selectApplication(id);
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("library"), QStringLiteral("Biblioteca Núñez")));
    page->setSearchText(QStringLiteral("nunez"));
    QCOMPARE(page->filterModel()->rowCount(), 1);
    QCOMPARE(page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString(), id);
}

void TestApplicationsPage::filtersNarrowByRoleStatusAndEligibility()
{
    auto document = openDocument();
    auto page = makePage(*document);
    const QString fall = cycleId(*document, fallName());
    auto *role = page->findChild<QComboBox *>(QStringLiteral("roleFilterComboBox"));
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    auto *eligibility = page->findChild<QComboBox *>(QStringLiteral("eligibilityFilterComboBox"));
    QVERIFY(role && status && eligibility);

    for (const QString &code : {QStringLiteral("mentor"), QStringLiteral("mentee")}) {
        role->setCurrentIndex(role->findData(code));
        QCOMPARE(
            page->filterModel()->rowCount(),
            sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND role = ?"), {fall, code}));
    }
    role->setCurrentIndex(0);
    for (int i = 1; i < status->count(); ++i) {
        status->setCurrentIndex(i);
        QCOMPARE(page->filterModel()->rowCount(),
                 sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND status = ?"),
                        {fall, status->currentData()}));
    }
    // Role and status together.
    role->setCurrentIndex(role->findData(QStringLiteral("mentee")));
    status->setCurrentIndex(status->findData(QStringLiteral("eligible")));
    QCOMPARE(page->filterModel()->rowCount(), 2);
    role->setCurrentIndex(0);
    status->setCurrentIndex(0);
    for (int i = 1; i < eligibility->count(); ++i) {
        eligibility->setCurrentIndex(i);
        const QString code = eligibility->currentData().toString();
        const int expected =
            code == QLatin1String("unknown")
                ? sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND eligibility NOT IN "
                                        "('eligible', 'ineligible')"),
                         {fall})
                : sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND eligibility = ?"),
                         {fall, code});
        QCOMPARE(page->filterModel()->rowCount(), expected);
    }
}

void TestApplicationsPage::noMatchSaysSoAndClearsFilters()
{
    auto document = openDocument();
    auto page = makePage(*document);
    page->show();
    auto *role = page->findChild<QComboBox *>(QStringLiteral("roleFilterComboBox"));
    auto *noMatch = page->findChild<QWidget *>(QStringLiteral("noMatchPage"));
    auto *label = page->findChild<QLabel *>(QStringLiteral("noMatchLabel"));
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
    QVERIFY(role && noMatch && label && clear);
    QVERIFY(!noMatch->isVisible());

    role->setCurrentIndex(role->findData(QStringLiteral("mentor")));
    page->setSearchText(QStringLiteral("nobody"));
    QCOMPARE(page->filterModel()->rowCount(), 0);
    QVERIFY(noMatch->isVisible());
    QCOMPARE(label->text(), QStringLiteral("No application of the 9 in this cycle matches “nobody” and the filters."));

    QSignalSpy clearSearch(page.get(), &ApplicationsPage::clearSearchRequested);
    clear->click();
    QCOMPARE(clearSearch.size(), 1);
    QCOMPARE(role->currentIndex(), 0);
    QCOMPARE(page->searchText(), QString());
    QCOMPARE(page->filterModel()->rowCount(), 9);
    QVERIFY(!noMatch->isVisible());
}

void TestApplicationsPage::sortingOrdersEachColumn()
{
    auto document = openDocument();
    auto page = makePage(*document);
    QTableView *view = page->tableView();
    ApplicationFilterModel *model = page->filterModel();
    // Give names that sort differently by text and by number, with an accent.
    page->selectApplication(page->tableModel()->rowAt(0).summary.id);
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("firstName"), QStringLiteral("Zoë")));
    page->selectApplication(page->tableModel()->rowAt(1).summary.id);
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("firstName"), QStringLiteral("Ánne")));

    view->sortByColumn(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(model->index(0, ApplicationTableModel::NameColumn).data().toString(), QStringLiteral("Ánne 16"));
    QCOMPARE(model->index(model->rowCount() - 1, ApplicationTableModel::NameColumn).data().toString(),
             QStringLiteral("Zoë 15"));
    view->sortByColumn(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, ApplicationTableModel::NameColumn).data().toString(), QStringLiteral("Zoë 15"));

    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            view->sortByColumn(column, order);
            for (int row = 1; row < model->rowCount(); ++row) {
                const QVariant a = model->index(row - 1, column).data(ApplicationTableModel::SortRole);
                const QVariant b = model->index(row, column).data(ApplicationTableModel::SortRole);
                const int cmp = QVariant::compare(a, b) == QPartialOrdering::Less      ? -1
                                : QVariant::compare(a, b) == QPartialOrdering::Greater ? 1
                                                                                       : 0;
                if (column == ApplicationTableModel::EmailColumn || column == ApplicationTableModel::StateColumn)
                    continue; // compared ignoring case, which SortRole does not show
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0,
                         qPrintable(QStringLiteral("column %1, row %2").arg(column).arg(row)));
            }
        }
    }
}

void TestApplicationsPage::columnChooserHidesShowsAndPersists()
{
    auto document = openDocument();
    {
        auto page = makePage(*document);
        QHeaderView *header = page->tableView()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(ApplicationTableModel::LibraryColumn));
        // Through the Columns button's menu, as a user does.
        auto *button = page->findChild<QToolButton *>(QStringLiteral("columnsButton"));
        QVERIFY(button && button->menu());
        emit button->menu()->aboutToShow();
        QAction *library = nullptr;
        QAction *name = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->text() == QLatin1String("Library"))
                library = action;
            if (action->text() == QLatin1String("Name"))
                name = action;
        }
        QVERIFY(library && name);
        QVERIFY(!name->isEnabled()); // the name column always stays
        library->trigger();
        QVERIFY(header->isSectionHidden(ApplicationTableModel::LibraryColumn));
        page->setColumnVisible(ApplicationTableModel::EmailColumn, true);
        QVERIFY(!header->isSectionHidden(ApplicationTableModel::EmailColumn));
        header->moveSection(header->visualIndex(ApplicationTableModel::StatusColumn), 0);
        page->setDocument(nullptr);
    }
    {
        // A new page (the next start of Cohort) has the same columns.
        auto page = makePage(*document);
        QHeaderView *header = page->tableView()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ApplicationTableModel::LibraryColumn));
        QVERIFY(!header->isSectionHidden(ApplicationTableModel::EmailColumn));
        QCOMPARE(header->logicalIndex(0), int(ApplicationTableModel::StatusColumn));
        page->setColumnVisible(ApplicationTableModel::LibraryColumn, true);
        QVERIFY(!header->isSectionHidden(ApplicationTableModel::LibraryColumn));
        page->setDocument(nullptr);
    }
}

void TestApplicationsPage::selectingARowShowsItInTheDetailPanel()
{
    auto document = openDocument();
    auto page = makePage(*document);
    QTableView *view = page->tableView();
    const QModelIndex index = page->filterModel()->index(3, ApplicationTableModel::NameColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    const QString id = index.data(ApplicationTableModel::IdRole).toString();
    QCOMPARE(page->detailPanel()->applicationId(), id);
    auto *first = qobject_cast<QLineEdit *>(page->detailPanel()->editor(QStringLiteral("firstName")));
    auto *email = qobject_cast<QLineEdit *>(page->detailPanel()->editor(QStringLiteral("email")));
    QVERIFY(first && email);
    QCOMPARE(first->text(), sql(QStringLiteral("SELECT p.first_name FROM applications a JOIN people p ON "
                                               "p.id = a.person_id WHERE a.id = ?"),
                                {id})
                                .toString());
    QCOMPARE(email->text(), sql(QStringLiteral("SELECT p.email FROM applications a JOIN people p ON "
                                               "p.id = a.person_id WHERE a.id = ?"),
                                {id})
                                .toString());
    auto *name = page->detailPanel()->findChild<QLabel *>(QStringLiteral("detailNameLabel"));
    QCOMPARE(name->text(), index.data().toString());
    QVERIFY(!page->detailPanel()->eligibilityText().isEmpty());
    // Confidential fields say so.
    auto *badge = page->detailPanel()->findChild<QLabel *>(QStringLiteral("confidentialLabel_gender"));
    QVERIFY(badge);
    QVERIFY(badge->text().contains(QStringLiteral("Confidential")));
}

void TestApplicationsPage::editingAFieldStoresItAndUndoRestoresIt()
{
    auto document = openDocument();
    auto page = makePage(*document);
    const QString id = page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString();
    page->selectApplication(id);
    const QString before = sql(QStringLiteral("SELECT library FROM applications WHERE id = ?"), {id}).toString();

    auto *library = qobject_cast<QLineEdit *>(page->detailPanel()->editor(QStringLiteral("library")));
    QVERIFY(library);
    library->setFocus();
    library->selectAll();
    QTest::keyClicks(library, QStringLiteral("Dayton Metro Library"));
    QTest::keyClick(library, Qt::Key_Return);
    QCOMPARE(sql(QStringLiteral("SELECT library FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("Dayton Metro Library"));
    const int row = rowOf(*page, id);
    QCOMPARE(page->filterModel()->index(row, ApplicationTableModel::LibraryColumn).data().toString(),
             QStringLiteral("Dayton Metro Library"));

    // A check box is one command too.
    auto *alsc = qobject_cast<QCheckBox *>(page->detailPanel()->editor(QStringLiteral("alscMember")));
    QVERIFY(alsc);
    const bool wasMember = alsc->isChecked();
    alsc->click();
    QCOMPARE(sql(QStringLiteral("SELECT alsc_member FROM applications WHERE id = ?"), {id}).toBool(), !wasMember);

    document->undoStack()->undo();
    QCOMPARE(sql(QStringLiteral("SELECT alsc_member FROM applications WHERE id = ?"), {id}).toBool(), wasMember);
    document->undoStack()->undo();
    QCOMPARE(sql(QStringLiteral("SELECT library FROM applications WHERE id = ?"), {id}).toString(), before);
    QTRY_COMPARE(library->text(), before);
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->filterModel()->index(rowOf(*page, id), ApplicationTableModel::LibraryColumn).data().toString(),
             before);
    document->undoStack()->redo();
    QCOMPARE(sql(QStringLiteral("SELECT library FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("Dayton Metro Library"));
}

void TestApplicationsPage::invalidEmailIsRefusedWithAMessage()
{
    auto document = openDocument();
    auto page = makePage(*document);
    const QString id = page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString();
    page->selectApplication(id);
    const QString before = sql(QStringLiteral("SELECT p.email FROM applications a JOIN people p ON "
                                              "p.id = a.person_id WHERE a.id = ?"),
                               {id})
                               .toString();
    auto *email = qobject_cast<QLineEdit *>(page->detailPanel()->editor(QStringLiteral("email")));
    email->setFocus();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ann@"));
    // Said while typing, before anything is saved …
    QVERIFY(page->detailPanel()->message(QStringLiteral("email")).contains(QStringLiteral("not an email address")));
    QTest::keyClick(email, Qt::Key_Return);
    // … and refused on Enter.
    QVERIFY(page->detailPanel()->message(QStringLiteral("email")).contains(QStringLiteral("“ann@”")));
    QCOMPARE(sql(QStringLiteral("SELECT p.email FROM applications a JOIN people p ON p.id = a.person_id "
                                "WHERE a.id = ?"),
                 {id})
                 .toString(),
             before);
    QCOMPARE(document->undoStack()->count(), 0);
    // A required field may not be emptied; years must be a number.
    QVERIFY(!page->detailPanel()->commitField(QStringLiteral("lastName"), QString()));
    QVERIFY(page->detailPanel()->message(QStringLiteral("lastName")).contains(QStringLiteral("required")));
    QVERIFY(!page->detailPanel()->commitField(QStringLiteral("yearsExperience"), QStringLiteral("five")));
    QVERIFY(page->detailPanel()->message(QStringLiteral("yearsExperience")).contains(QStringLiteral("number")));
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("yearsExperience"), QStringLiteral("2.5")));
    QCOMPARE(sql(QStringLiteral("SELECT years_experience FROM applications WHERE id = ?"), {id}).toDouble(), 2.5);
    QVERIFY(page->detailPanel()->message(QStringLiteral("yearsExperience")).isEmpty());
}

void TestApplicationsPage::hostileValuesAreShownLiterally()
{
    auto document = openDocument();
    auto page = makePage(*document);
    const QString id = page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString();
    page->selectApplication(id);
    const QString bold = QStringLiteral("<b>Eve</b>");
    const QString injection = QStringLiteral("Robert'); DROP TABLE applications;--");
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("firstName"), bold));
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("lastName"), injection));
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("statement"), QStringLiteral("<img src=x>")));
    QCOMPARE(sql(QStringLiteral("SELECT first_name || ' ' || last_name FROM people p JOIN applications a ON "
                                "a.person_id = p.id WHERE a.id = ?"),
                 {id})
                 .toString(),
             bold + QLatin1Char(' ') + injection);
    QCOMPARE(sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications")), 23);
    QCOMPARE(page->filterModel()->index(rowOf(*page, id), ApplicationTableModel::NameColumn).data().toString(),
             bold + QLatin1Char(' ') + injection);
    auto *name = page->detailPanel()->findChild<QLabel *>(QStringLiteral("detailNameLabel"));
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), bold + QLatin1Char(' ') + injection);
    auto *statement = qobject_cast<QPlainTextEdit *>(page->detailPanel()->editor(QStringLiteral("statement")));
    QCOMPARE(statement->toPlainText(), QStringLiteral("<img src=x>"));
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (label->text().contains(bold))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

void TestApplicationsPage::statusChangeNeedsAndStoresAReason()
{
    auto document = openDocument();
    auto page = makePage(*document);
    auto *status = page->findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("received")));
    const QString id = page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString();
    page->selectApplication(id);
    ApplicationDetailPanel *panel = page->detailPanel();

    // Without a reason: refused, said, nothing stored.
    QVERIFY(!panel->changeStatus(QStringLiteral("ineligible")));
    const QList<Messages::Shown> shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first().text.contains(QStringLiteral("reason")));
    QCOMPARE(sql(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("received"));

    // Through the menu and the reason dialog.
    auto *button = panel->findChild<QToolButton *>(QStringLiteral("changeStatusButton"));
    emit button->menu()->aboutToShow();
    QAction *ineligible = button->menu()->findChild<QAction *>(QStringLiteral("statusAction_ineligible"));
    QVERIFY(ineligible);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen] {
        auto *dialog = qobject_cast<StatusReasonDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialogSeen = true;
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Not an ALSC member"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->accept();
    });
    ineligible->trigger();
    QVERIFY(dialogSeen);
    QCOMPARE(sql(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("ineligible"));
    QCOMPARE(sql(QStringLiteral("SELECT status_reason FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("Not an ALSC member"));
    auto *reason = panel->findChild<QLabel *>(QStringLiteral("statusReasonLabel"));
    QCOMPARE(reason->text(), QStringLiteral("Not an ALSC member"));
    // Filtered on "received", the row leaves the table; the panel stays on it.
    QTRY_COMPARE(rowOf(*page, id), -1);
    QCOMPARE(panel->applicationId(), id);

    document->undoStack()->undo();
    QCOMPARE(sql(QStringLiteral("SELECT status FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("received"));
    QTRY_VERIFY(rowOf(*page, id) >= 0);
}

void TestApplicationsPage::newApplicationAddsARowAndUndoRemovesIt()
{
    auto document = openDocument();
    auto page = makePage(*document);
    const QString fall = cycleId(*document, fallName());
    const int before = sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ?"), {fall});

    NewApplicationDialog dialog(fallName());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QComboBox *>(QStringLiteral("sourceComboBox"))->setCurrentIndex(1); // paper
    // QTest::keyClicks types Latin-1 only: the accented names are set as a paste would.
    dialog.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Zoë"));
    dialog.findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("O'Brien-Núñez"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("zoe@"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("problemsLabel"))->text().contains(QStringLiteral("email")));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("emailEdit")), QStringLiteral("example.org"));
    QVERIFY(!ok->isEnabled()); // a mentee needs a connection to children's library service
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("connectionEdit"))
        ->setPlainText(QStringLiteral("Storytime volunteer"));
    QVERIFY(ok->isEnabled());

    QVERIFY(page->addApplication(dialog.person(), dialog.application()));
    QCOMPARE(sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ?"), {fall}), before + 1);
    const QString id = page->selectedApplicationId();
    QCOMPARE(sql(QStringLiteral("SELECT source FROM applications WHERE id = ?"), {id}).toString(),
             QStringLiteral("paper"));
    QCOMPARE(page->tableModel()->rowCount(), before + 1);
    QVERIFY(rowOf(*page, id) >= 0);
    QCOMPARE(page->filterModel()->index(rowOf(*page, id), ApplicationTableModel::NameColumn).data().toString(),
             QStringLiteral("Zoë O'Brien-Núñez"));
    QCOMPARE(page->detailPanel()->applicationId(), id);

    document->undoStack()->undo();
    QCOMPARE(sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ?"), {fall}), before);
    QTRY_COMPARE(page->tableModel()->rowCount(), before);
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->tableModel()->rowOf(id), -1);
}

void TestApplicationsPage::exportWritesTheViewAsNeutralizedCsv()
{
    auto document = openDocument();
    auto page = makePage(*document);
    auto *role = page->findChild<QComboBox *>(QStringLiteral("roleFilterComboBox"));
    role->setCurrentIndex(role->findData(QStringLiteral("mentee")));
    const QString id = page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString();
    page->selectApplication(id);
    QVERIFY(page->detailPanel()->commitField(QStringLiteral("library"), QStringLiteral("=HYPERLINK(\"x\")")));
    page->tableView()->sortByColumn(ApplicationTableModel::NameColumn, Qt::DescendingOrder);
    page->setColumnVisible(ApplicationTableModel::StateColumn, false);

    const QString path = m_dir->filePath(QStringLiteral("export.csv"));
    QVERIFY(page->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));
    auto table = Csv::readFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error()));
    QHeaderView *header = page->tableView()->horizontalHeader();
    QStringList expectedHeader;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            expectedHeader.append(
                page->tableModel()->headerData(header->logicalIndex(visual), Qt::Horizontal).toString());
    }
    QCOMPARE(table->header, expectedHeader);
    QVERIFY(!table->header.contains(QStringLiteral("State")));
    QCOMPARE(table->rows.size(), page->filterModel()->rowCount());
    const qsizetype nameColumn = table->header.indexOf(QStringLiteral("Name"));
    for (int row = 0; row < table->rows.size(); ++row)
        QCOMPARE(table->rows.at(row).at(nameColumn),
                 page->filterModel()->index(row, ApplicationTableModel::NameColumn).data().toString());
    const qsizetype libraryColumn = table->header.indexOf(QStringLiteral("Library"));
    bool neutralized = false;
    for (const QStringList &row : table->rows)
        neutralized = neutralized || row.at(libraryColumn) == QStringLiteral("'=HYPERLINK(\"x\")");
    QVERIFY(neutralized);
    Messages::takeShown();
}

void TestApplicationsPage::readOnlyProgramCannotBeEdited()
{
    auto document = openDocument(true);
    QVERIFY(document && document->isReadOnly());
    auto page = makePage(*document);
    QCOMPARE(page->tableModel()->rowCount(), 9);
    const QString id = page->filterModel()->index(0, 0).data(ApplicationTableModel::IdRole).toString();
    page->selectApplication(id);
    ApplicationDetailPanel *panel = page->detailPanel();
    QVERIFY(qobject_cast<QLineEdit *>(panel->editor(QStringLiteral("email")))->isReadOnly());
    QVERIFY(qobject_cast<QPlainTextEdit *>(panel->editor(QStringLiteral("statement")))->isReadOnly());
    QVERIFY(!panel->editor(QStringLiteral("alscMember"))->isEnabled());
    QVERIFY(!panel->findChild<QToolButton *>(QStringLiteral("changeStatusButton"))->isEnabled());
    QVERIFY(!page->newApplicationAction()->isEnabled());
    QVERIFY(page->exportAction()->isEnabled());
    QVERIFY(!page->eligibilityRulesAction()->isEnabled());
    QVERIFY2(page->eligibilityRulesAction()->toolTip().contains(QStringLiteral("read-only")),
             qPrintable(page->eligibilityRulesAction()->toolTip()));
    QVERIFY(!panel->commitField(QStringLiteral("library"), QStringLiteral("Changed")));
    QVERIFY(!panel->changeStatus(QStringLiteral("eligible")));
    QCOMPARE(document->undoStack()->count(), 0);
}

void TestApplicationsPage::emptyCycleOffersImportAndNewApplication()
{
    auto document = openDocument();
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Spring 2031");
    cycle.season = QStringLiteral("spring");
    cycle.year = 2031;
    cycle.startsOn = QDate(2031, 1, 1);
    cycle.endsOn = QDate(2031, 12, 31);
    QVERIFY(document->cycleStore().insert(cycle, nowTimestamp(), QStringLiteral("test")).ok());
    ApplicationsPage page;
    page.setDocument(document.get());
    page.setCycle(cycle.id, cycle.name);
    QTRY_VERIFY(!page.isLoading());
    auto *empty = page.findChild<EmptyState *>(QStringLiteral("applicationsEmptyState"));
    QVERIFY(empty);
    auto *stack = page.findChild<QStackedWidget *>();
    QCOMPARE(stack->currentWidget(), empty);
    QCOMPARE(empty->title(), QStringLiteral("No applications in Spring 2031 yet"));
    QStringList buttons;
    for (QPushButton *button : empty->findChildren<QPushButton *>())
        buttons.append(button->text());
    QVERIFY(buttons.contains(QStringLiteral("Import Applications…")));
    QVERIFY(buttons.contains(QStringLiteral("New Application…")));
    QVERIFY(page.newApplicationAction()->isEnabled());
    page.setDocument(nullptr);
}

void TestApplicationsPage::windowSearchFieldFiltersApplications()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    window.setCurrentArea(Area::Dashboard);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(!search->isEnabled());
    window.setCurrentArea(Area::Applications);
    QVERIFY(search->isEnabled());
    ApplicationsPage *page = window.applicationsPage();
    QTRY_VERIFY(!page->isLoading());
    QCOMPARE(page->tableModel()->rowCount(), 9);
    QTest::keyClicks(search, QStringLiteral("person 2"));
    QCOMPARE(page->filterModel()->rowCount(), 4);
    window.setCurrentArea(Area::Dashboard);
    QVERIFY(search->text().isEmpty());
    window.setCurrentArea(Area::Applications);
    QCOMPARE(search->text(), QStringLiteral("person 2")); // each area keeps its search
}

void TestApplicationsPage::eligibilityRulesDialogChangesVerdictsAndUndoRestoresThem()
{
    auto document = openDocument();
    QVERIFY(document);
    const QString fall = cycleId(*document, fallName());
    // The Fall mentees as an import leaves them: the two with a connection eligible, the five
    // without it not eligible. The mentors were never checked ("unknown").
    const QString noConnection = QStringLiteral("Not eligible: no connection to children's library service given");
    {
        QSqlQuery query(document->database().connection());
        query.prepare(QStringLiteral("UPDATE applications SET eligibility = 'ineligible', eligibility_reason = ? "
                                     "WHERE cycle_id = ? AND role = 'mentee'"));
        query.addBindValue(noConnection);
        query.addBindValue(fall);
        QVERIFY(query.exec());
        query.prepare(QStringLiteral("UPDATE applications SET connection = 'Teen services', eligibility = 'eligible', "
                                     "eligibility_reason = '' WHERE cycle_id = ? AND role = 'mentee' "
                                     "AND status = 'eligible'"));
        query.addBindValue(fall);
        QVERIFY(query.exec());
        QCOMPARE(query.numRowsAffected(), 2);
    }
    const QString countEligible =
        QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND role = ? AND eligibility = ?");
    const QString statuses =
        QStringLiteral("SELECT group_concat(status || ':' || n) FROM (SELECT status, COUNT(*) AS n "
                       "FROM applications GROUP BY status ORDER BY status)");
    const QString statusesBefore = sql(statuses).toString();
    auto page = makePage(*document);
    QVERIFY(page->eligibilityRulesAction()->isEnabled());
    const auto tableEligibility = [&page](const QString &role) {
        QStringList labels;
        for (int row = 0; row < page->filterModel()->rowCount(); ++row) {
            if (page->filterModel()
                    ->index(row, ApplicationTableModel::RoleColumn)
                    .data(ApplicationTableModel::CodeRole) == role)
                labels.append(
                    page->filterModel()->index(row, ApplicationTableModel::EligibilityColumn).data().toString());
        }
        labels.sort();
        return labels.join(QLatin1Char(','));
    };
    QCOMPARE(tableEligibility(QStringLiteral("mentee")),
             QStringLiteral("Eligible,Eligible,Not eligible,Not eligible,Not eligible,Not eligible,Not eligible"));

    EligibilityRulesDialog dialog(*document, fall, fallName(), page.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Eligibility Rules — %1").arg(fallName()));
    auto *connection = dialog.findChild<QCheckBox *>(QStringLiteral("menteeConnectionCheckBox"));
    auto *adult = dialog.findChild<QCheckBox *>(QStringLiteral("menteeAdultCheckBox"));
    auto *adultOrGuardian = dialog.findChild<QCheckBox *>(QStringLiteral("menteeAdultOrGuardianCheckBox"));
    auto *member = dialog.findChild<QCheckBox *>(QStringLiteral("mentorAlscMemberCheckBox"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("adultNoteLabel"));
    QVERIFY(connection && adult && adultOrGuardian && member && note);
    QVERIFY(connection->isChecked() && adultOrGuardian->isChecked() && !adult->isChecked() && member->isChecked());
    QCOMPARE(connection->text(), QStringLiteral("Must have a co&nnection to children's library service"));
    QCOMPARE(dialog.summaryText(QStringLiteral("mentee")),
             QStringLiteral("Saved rules: 2 of 7 mentee applications meet them."));
    QCOMPARE(dialog.summaryText(QStringLiteral("mentor")),
             QStringLiteral("Saved rules: 0 of 2 mentor applications meet them."));

    // "18, no exceptions" overrides "18 or a guardian's permission", and the dialog says so.
    QVERIFY(note->text().contains(QStringLiteral("replaces the rule above")));
    QTest::mouseClick(adult, Qt::LeftButton, {}, QPoint(8, adult->height() / 2));
    QVERIFY(adult->isChecked());
    QVERIFY(!adultOrGuardian->isEnabled());
    QCOMPARE(dialog.summaryText(QStringLiteral("mentee")),
             QStringLiteral("No mentee application would change verdict.")); // every Fall mentee is an adult
    QTest::mouseClick(adult, Qt::LeftButton, {}, QPoint(8, adult->height() / 2));
    QVERIFY(adultOrGuardian->isEnabled());

    // Untick the connection rule: the five mentees without one would become eligible.
    QTest::mouseClick(connection, Qt::LeftButton, {}, QPoint(8, connection->height() / 2));
    QVERIFY(!connection->isChecked());
    QCOMPARE(dialog.changeCount(QStringLiteral("mentee")), 5);
    QCOMPARE(dialog.summaryText(QStringLiteral("mentee")),
             QStringLiteral("5 mentee applications would change verdict: 5 to eligible."));
    // Restore Defaults ticks it again; untick it once more by keyboard.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QVERIFY(connection->isChecked());
    QCOMPARE(dialog.summaryText(QStringLiteral("mentee")),
             QStringLiteral("Saved rules: 2 of 7 mentee applications meet them."));
    connection->setFocus();
    QTest::keyClick(connection, Qt::Key_Space);
    QVERIFY(!connection->isChecked());
    QCOMPARE(document->undoStack()->count(), 0); // nothing is saved before Save

    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(document->undoStack()->count(), 1);
    QCOMPARE(document->undoStack()->undoText(), QStringLiteral("Change Eligibility Rules for Mentees"));

    // The table shows the new verdicts, as stored; statuses and mentors are as they were.
    QTRY_COMPARE(tableEligibility(QStringLiteral("mentee")),
                 QStringLiteral("Eligible,Eligible,Eligible,Eligible,Eligible,Eligible,Eligible"));
    QCOMPARE(sqlInt(countEligible, {fall, QStringLiteral("mentee"), QStringLiteral("eligible")}), 7);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND role = 'mentee' AND "
                                "eligibility_reason <> ''"),
                 {fall})
                 .toInt(),
             0);
    QCOMPARE(sqlInt(countEligible, {fall, QStringLiteral("mentor"), QStringLiteral("unknown")}), 2);
    QCOMPARE(sql(statuses).toString(), statusesBefore);
    EligibilityRules saved;
    saved.requireConnection = false;
    QCOMPARE(sql(QStringLiteral("SELECT value FROM settings WHERE scope = ? AND key = 'eligibility.mentee'"), {fall})
                 .toString(),
             saved.toJson());

    // Undo: the verdicts and the rules as they were.
    document->undoStack()->undo();
    QTRY_COMPARE(tableEligibility(QStringLiteral("mentee")),
                 QStringLiteral("Eligible,Eligible,Not eligible,Not eligible,Not eligible,Not eligible,Not eligible"));
    QCOMPARE(sqlInt(countEligible, {fall, QStringLiteral("mentee"), QStringLiteral("eligible")}), 2);
    QCOMPARE(sqlInt(countEligible, {fall, QStringLiteral("mentee"), QStringLiteral("ineligible")}), 5);
    QCOMPARE(sql(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND role = 'mentee' AND "
                                "eligibility_reason = ?"),
                 {fall, noConnection})
                 .toInt(),
             5);
    QCOMPARE(sql(statuses).toString(), statusesBefore);
    QCOMPARE(Eligibility::load(document->programStore(), fall, QStringLiteral("mentee")).value(),
             Eligibility::defaults(QStringLiteral("mentee")));
}

void TestApplicationsPage::eligibilityRulesCancelChangesNothing()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    // Through the page's action: the dialog is modal, so it is driven once it shows.
    QString title;
    QString summary;
    QTimer::singleShot(0, this, [&title, &summary] {
        auto *dialog = qobject_cast<EligibilityRulesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        title = dialog->windowTitle();
        if (auto *member = dialog->findChild<QCheckBox *>(QStringLiteral("mentorAlscMemberCheckBox")))
            member->click();
        summary = dialog->summaryText(QStringLiteral("mentor"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    page->eligibilityRulesAction()->trigger();
    QCOMPARE(title, QStringLiteral("Eligibility Rules — %1").arg(fallName()));
    // The fixture's mentors were never checked, and fail other rules too (no attestation, no
    // experience): saving would give them their first verdict, and it is said apart.
    QCOMPARE(summary, QStringLiteral("No mentor application would change verdict. 2 not yet checked would get a first "
                                     "verdict: 2 not eligible."));
    QCOMPARE(document->undoStack()->count(), 0);
    QCOMPARE(sqlInt(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'eligibility.%'")), 0);
    QCOMPARE(sqlInt(QStringLiteral("SELECT COUNT(*) FROM applications WHERE eligibility <> 'unknown'")), 0);
}

void TestApplicationsPage::eligibilityRulesActionIsInTheApplicationsMenu()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    window.setCurrentArea(Area::Applications);
    QAction *rules = window.applicationsPage()->eligibilityRulesAction();
    QMenu *applicationsMenu = nullptr;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->text() == QStringLiteral("&Applications"))
            applicationsMenu = menuAction->menu();
    }
    QVERIFY(applicationsMenu);
    QVERIFY(applicationsMenu->actions().contains(rules));
    QCOMPARE(rules->text(), QStringLiteral("Eligibility &Rules…"));
    QVERIFY(rules->isEnabled());
    QVERIFY(!rules->toolTip().isEmpty());
    // Beside the eligibility filter, too.
    auto *button = window.applicationsPage()->findChild<QToolButton *>(QStringLiteral("eligibilityRulesButton"));
    QVERIFY(button);
    QCOMPARE(button->defaultAction(), rules);
}

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
