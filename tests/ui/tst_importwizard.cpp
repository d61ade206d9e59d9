#include "common/messages.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "import/csvpreviewmodel.h"
#include "import/importcheckpage.h"
#include "import/importcolumnspage.h"
#include "import/importfilepage.h"
#include "import/importformatpage.h"
#include "import/importproblemsmodel.h"
#include "import/importrunpage.h"
#include "import/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "programfixture.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

namespace {
const QString DataDir = QStringLiteral(COHORT_TEST_DATA_DIR "/intake-ui/");
const QString MenteesCsv = DataDir + QStringLiteral("google-forms-mentees.csv");
const QString ErrorsCsv = DataDir + QStringLiteral("google-forms-mentees-errors.csv");
const QString MentorsCsv = DataDir + QStringLiteral("excel-mentors-semicolon-windows1252.csv");
const QString UnclosedCsv = DataDir + QStringLiteral("unclosed-quote.csv");
constexpr int Wait = 20000;
} // namespace

// The import wizard on a real program file, driven page by page with real fixture exports: file
// checks, format detection and overrides, column mapping and saved mappings, the check's report
// and its choices, the import on a worker thread, Cancel, and Undo — every outcome read back
// through the core stores.
class TestImportWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badFilesAreNamedOnTheFirstPage();
    void formatIsDetectedAndOverridesChangeThePreview();
    void parseErrorNamesLineAndColumnAndBlocksNext();
    void columnsAreSuggestedAndChangingAFieldChangesTheMapping();
    void duplicateOrMissingFieldsBlockNext();
    void savedMappingIsOfferedNextTime();
    void importsEveryPageIntoTheDatabaseAndUndoRemovesIt();
    void invalidRowsBlockImportUntilValidOnlyIsChecked();
    void cancelDuringImportLeavesNothing();
    void modelsPassTheModelTester();
    void mainWindowOpensTheWizardFromTheFileMenu();

private:
    // A wizard on m_document for the Fall cycle, shown, on its first page.
    std::unique_ptr<ImportWizard> makeWizard(const QString &csv);
    // next() and wait for what the page that opens has to do in the background.
    bool next(ImportWizard &wizard);
    bool goTo(ImportWizard &wizard, int pageId);
    int countInFall() const;
    QList<ApplicationSummary> fallSummaries() const;
    int columnOf(const ImportWizard &wizard, const QString &header) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    std::unique_ptr<ProgramDocument> m_document;
    QString m_fallId;
    QString m_springId;
};

void TestImportWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(qEnvironmentVariableIntValue("COHORT_NO_SYSTEM_SETTINGS") == 1);
}

void TestImportWizard::init()
{
    Messages::setTestMode(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("program.cohort"));
    QVERIFY(ProgramFixture::create(m_file));
    auto opened = ProgramDocument::open(m_file);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_document = std::move(opened).value();
    auto cycles = m_document->cycleStore().list();
    QVERIFY(cycles && cycles->size() == 2);
    m_springId = cycles->at(0).id;
    m_fallId = cycles->at(1).id;
}

void TestImportWizard::cleanup()
{
    const QList<Messages::Shown> unexpected = Messages::takeShown();
    for (const Messages::Shown &shown : unexpected)
        qWarning() << "message left over:" << shown.title << shown.text;
    m_document.reset();
    m_dir.reset();
}

std::unique_ptr<ImportWizard> TestImportWizard::makeWizard(const QString &csv)
{
    auto wizard = std::make_unique<ImportWizard>(*m_document, m_fallId);
    wizard->show();
    wizard->setFilePath(csv);
    return wizard;
}

bool TestImportWizard::next(ImportWizard &wizard)
{
    const int before = wizard.currentId();
    if (!wizard.currentPage()->isComplete())
        return false;
    wizard.next();
    if (wizard.currentId() == before)
        return false;
    switch (wizard.currentId()) {
    case ImportWizard::FormatPageId:
        return QTest::qWaitFor([&] { return !wizard.formatPage()->isParsing(); }, Wait);
    case ImportWizard::CheckPageId:
        return QTest::qWaitFor([&] { return !wizard.checkPage()->isChecking(); }, Wait);
    case ImportWizard::ImportPageId:
        return QTest::qWaitFor([&] { return !wizard.runPage()->isRunning(); }, Wait);
    default:
        return true;
    }
}

bool TestImportWizard::goTo(ImportWizard &wizard, int pageId)
{
    while (wizard.currentId() < pageId) {
        if (!next(wizard)) {
            qWarning() << "stuck on page" << wizard.currentId() << wizard.filePage()->problem()
                       << wizard.formatPage()->errorText() << wizard.columnsPage()->problem()
                       << wizard.checkPage()->verdict();
            return false;
        }
    }
    return wizard.currentId() == pageId;
}

int TestImportWizard::countInFall() const
{
    auto count = m_document->applicationStore().count(m_fallId);
    return count ? count.value() : -1;
}

QList<ApplicationSummary> TestImportWizard::fallSummaries() const
{
    auto summaries = m_document->applicationStore().listSummaries(m_fallId);
    return summaries ? summaries.value() : QList<ApplicationSummary>();
}

int TestImportWizard::columnOf(const ImportWizard &wizard, const QString &header) const
{
    return wizard.session().table ? int(wizard.session().table->header.indexOf(header)) : -1;
}

void TestImportWizard::badFilesAreNamedOnTheFirstPage()
{
    ImportWizard wizard(*m_document, m_fallId);
    wizard.show();
    ImportFilePage *page = wizard.filePage();
    QCOMPARE(page->cycleId(), m_fallId);
    QVERIFY(!page->isComplete()); // no file yet

    page->setFilePath(m_dir->filePath(QStringLiteral("missing.csv")));
    QVERIFY(page->problem().contains(QStringLiteral("There is no file")));
    QVERIFY(!page->isComplete());

    page->setFilePath(QStringLiteral(COHORT_TEST_DATA_DIR "/not-a-program.png"));
    QVERIFY2(page->problem().contains(QStringLiteral("image")), qPrintable(page->problem()));
    QVERIFY(!page->isComplete());

    page->setFilePath(m_file); // the program file itself
    QVERIFY2(page->problem().contains(QStringLiteral("database")), qPrintable(page->problem()));

    const QString empty = m_dir->filePath(QStringLiteral("empty.csv"));
    QFile(empty).open(QIODevice::WriteOnly);
    page->setFilePath(empty);
    QVERIFY2(page->problem().contains(QStringLiteral("empty")), qPrintable(page->problem()));

    const QString workbook = m_dir->filePath(QStringLiteral("responses.xlsx"));
    {
        QFile file(workbook);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x'));
    }
    page->setFilePath(workbook);
    QVERIFY2(page->problem().contains(QStringLiteral("save it as")), qPrintable(page->problem()));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));

    page->setFilePath(MenteesCsv);
    QVERIFY(page->problem().isEmpty());
    QVERIFY(page->isComplete());
    QVERIFY(next(wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPageId));
}

void TestImportWizard::formatIsDetectedAndOverridesChangeThePreview()
{
    auto wizard = makeWizard(MentorsCsv);
    QCOMPARE(wizard->filePage()->role(), QStringLiteral("mentor")); // from the file name
    QVERIFY(goTo(*wizard, ImportWizard::FormatPageId));
    ImportFormatPage *page = wizard->formatPage();
    QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
    QCOMPARE(page->encoding(), TextEncoding::Windows1252);
    QCOMPARE(page->delimiter(), QLatin1Char(';'));
    auto *encodingCombo = wizard->findChild<QComboBox *>(QStringLiteral("encodingComboBox"));
    QVERIFY(encodingCombo->currentText().contains(QStringLiteral("detected")));
    CsvPreviewModel *preview = page->previewModel();
    QCOMPARE(preview->columnCount(), 12);
    QCOMPARE(preview->rowCount(), 3);
    const int firstName = columnOf(*wizard, QStringLiteral("First name"));
    QCOMPARE(preview->index(0, firstName).data().toString(), QStringLiteral("Renée"));
    QCOMPARE(preview->headerData(0, Qt::Vertical).toInt(), 2); // the line of the file

    // Read as UTF-8 the accented letters are invalid: an error that names the place, Next blocked.
    QSignalSpy parsed(wizard.get(), &ImportWizard::fileParsed);
    page->setEncoding(TextEncoding::Utf8);
    QTRY_COMPARE_WITH_TIMEOUT(parsed.size(), 1, Wait);
    QVERIFY(!page->errorText().isEmpty());
    QVERIFY2(page->errorText().contains(QStringLiteral("Line 2")), qPrintable(page->errorText()));
    QVERIFY(!page->isComplete());
    QCOMPARE(preview->rowCount(), 0);

    // Back to Windows-1252 through the combo box, as a user would.
    encodingCombo->setCurrentIndex(encodingCombo->findData(int(TextEncoding::Windows1252)));
    emit encodingCombo->activated(encodingCombo->currentIndex());
    QTRY_COMPARE_WITH_TIMEOUT(parsed.size(), 2, Wait);
    QVERIFY(page->isComplete());
    QCOMPARE(preview->index(0, firstName).data().toString(), QStringLiteral("Renée"));

    // Commas split nothing here: every line becomes one column.
    page->setDelimiter(QLatin1Char(','));
    QTRY_COMPARE_WITH_TIMEOUT(parsed.size(), 3, Wait);
    QVERIFY2(page->errorText().isEmpty() || page->errorText().contains(QStringLiteral("Line")),
             qPrintable(page->errorText()));
    QVERIFY(preview->columnCount() != 12);

    page->setDelimiter(QLatin1Char(';'));
    QTRY_COMPARE_WITH_TIMEOUT(parsed.size(), 4, Wait);
    QCOMPARE(preview->columnCount(), 12);
    QCOMPARE(wizard->session().table->rows.size(), 3);

    // Windows-1252 read as such on a UTF-8 file shows the classic mojibake, and back.
    auto utf8 = makeWizard(MenteesCsv);
    QVERIFY(goTo(*utf8, ImportWizard::FormatPageId));
    QCOMPARE(utf8->formatPage()->encoding(), TextEncoding::Utf8);
    QCOMPARE(utf8->formatPage()->delimiter(), QLatin1Char(','));
    const int first = columnOf(*utf8, QStringLiteral("First name"));
    QCOMPARE(utf8->formatPage()->previewModel()->index(1, first).data().toString(), QStringLiteral("Zoë"));
    QSignalSpy utf8Parsed(utf8.get(), &ImportWizard::fileParsed);
    utf8->formatPage()->setEncoding(TextEncoding::Windows1252);
    QTRY_COMPARE_WITH_TIMEOUT(utf8Parsed.size(), 1, Wait);
    QCOMPARE(utf8->formatPage()->previewModel()->index(1, first).data().toString(), QStringLiteral("ZoÃ«"));
}

void TestImportWizard::parseErrorNamesLineAndColumnAndBlocksNext()
{
    auto wizard = makeWizard(UnclosedCsv);
    QVERIFY(goTo(*wizard, ImportWizard::FormatPageId));
    const QString error = wizard->formatPage()->errorText();
    QVERIFY2(error.contains(QStringLiteral("Line 3")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("column")), qPrintable(error));
    QVERIFY(!wizard->formatPage()->isComplete());
    QVERIFY(!wizard->session().table);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FormatPageId));
}

void TestImportWizard::columnsAreSuggestedAndChangingAFieldChangesTheMapping()
{
    auto wizard = makeWizard(MenteesCsv);
    QVERIFY(goTo(*wizard, ImportWizard::ColumnsPageId));
    ImportColumnsPage *page = wizard->columnsPage();
    const QStringList header = wizard->session().table->header;
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("columnsTableWidget"));
    QCOMPARE(table->rowCount(), int(header.size()));

    // Suggestions from Google Forms' long questions.
    const QHash<QString, QString> expected = {
        {QStringLiteral("Timestamp"), QStringLiteral("submitted_at")},
        {QStringLiteral("Email Address"), QStringLiteral("email")},
        {QStringLiteral("What is the name of your library or institution?"), QStringLiteral("library")},
        {QStringLiteral("Which of these best describes your library?"), QStringLiteral("library_type")},
        {QStringLiteral("How many years have you worked in children's library service?"),
         QStringLiteral("years_experience")},
        {QStringLiteral("Are you 18 years of age or older?"), QStringLiteral("adult")},
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const int column = int(header.indexOf(it.key()));
        QVERIFY2(column >= 0, qPrintable(it.key()));
        QCOMPARE(page->fieldComboBox(column)->currentData().toString(), it.value());
        QCOMPARE(wizard->session().mapping.fields.value(it.key()), it.value());
    }
    // The example value is the first answer; the combo box offers "not imported" first.
    const int email = int(header.indexOf(QStringLiteral("Email Address")));
    QCOMPARE(table->item(email, ImportColumnsPage::ExampleColumn)->text(), QStringLiteral("maria.lopez@example.org"));
    QCOMPARE(page->fieldComboBox(email)->itemData(0).toString(), QString());
    // Confidential fields are marked, in the list and in the row.
    const int gender = int(header.indexOf(
        QStringLiteral("What is your gender? (Optional. Confidential: used for matching only if you allow it)")));
    QCOMPARE(page->fieldComboBox(gender)->currentData().toString(), QStringLiteral("gender"));
    QVERIFY(page->fieldComboBox(gender)->currentText().contains(QStringLiteral("confidential")));
    QCOMPARE(table->item(gender, ImportColumnsPage::NoteColumn)->text(), QStringLiteral("Confidential"));

    // Changing a column's field changes the mapping; "not imported" takes the column out.
    const int city = int(header.indexOf(QStringLiteral("City")));
    QComboBox *cityCombo = page->fieldComboBox(city);
    cityCombo->setCurrentIndex(cityCombo->findData(QStringLiteral("position")));
    QCOMPARE(wizard->session().mapping.fields.value(QStringLiteral("City")), QStringLiteral("position"));
    cityCombo->setCurrentIndex(0);
    QVERIFY(!wizard->session().mapping.fields.contains(QStringLiteral("City")));
    QVERIFY(page->isComplete());
}

void TestImportWizard::duplicateOrMissingFieldsBlockNext()
{
    auto wizard = makeWizard(MenteesCsv);
    QVERIFY(goTo(*wizard, ImportWizard::ColumnsPageId));
    ImportColumnsPage *page = wizard->columnsPage();
    auto *table = wizard->findChild<QTableWidget *>(QStringLiteral("columnsTableWidget"));
    const int city = columnOf(*wizard, QStringLiteral("City"));
    const int state = columnOf(*wizard, QStringLiteral("State"));
    QVERIFY(page->isComplete());

    page->setField(city, QStringLiteral("state"));
    QVERIFY(!page->isComplete());
    QVERIFY2(page->problem().contains(QStringLiteral("more than one")), qPrintable(page->problem()));
    QVERIFY(table->item(city, ImportColumnsPage::NoteColumn)->text().contains(QStringLiteral("State")));
    QVERIFY(table->item(state, ImportColumnsPage::NoteColumn)->text().contains(QStringLiteral("City")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ColumnsPageId));
    page->setField(city, QStringLiteral("city"));
    QVERIFY(page->isComplete());

    // Email is needed for every application.
    const int email = columnOf(*wizard, QStringLiteral("Email Address"));
    page->setField(email, QString());
    QVERIFY(!page->isComplete());
    QVERIFY2(page->problem().contains(QStringLiteral("Email")), qPrintable(page->problem()));
    page->setField(email, QStringLiteral("email"));

    // A full name column stands in for first and last name.
    const int first = columnOf(*wizard, QStringLiteral("First name"));
    const int last = columnOf(*wizard, QStringLiteral("Last name"));
    page->setField(first, QString());
    QVERIFY2(page->problem().contains(QStringLiteral("First name")), qPrintable(page->problem()));
    page->setField(last, QStringLiteral("full_name"));
    QVERIFY2(page->isComplete(), qPrintable(page->problem()));
}

void TestImportWizard::savedMappingIsOfferedNextTime()
{
    const QString name = QStringLiteral("Google Form — mentees");
    {
        auto wizard = makeWizard(MenteesCsv);
        QVERIFY(goTo(*wizard, ImportWizard::ColumnsPageId));
        ImportColumnsPage *page = wizard->columnsPage();
        QCOMPARE(page->savedMappingComboBox()->count(), 1);                   // only the suggestions
        page->setField(columnOf(*wizard, QStringLiteral("City")), QString()); // a choice of the user's
        QVERIFY(page->saveMappingAs(name));
        QVERIFY(page->savedMappingComboBox()->findData(name) > 0);
        QVERIFY(page->mappingNote().contains(name));
        // Replacing another saved mapping asks first.
        QVERIFY(page->saveMappingAs(QStringLiteral("Other")));
        Messages::queueAnswer(QMessageBox::No);
        QVERIFY(!page->saveMappingAs(name));
        QCOMPARE(Messages::takeShown().size(), 1);
    }
    auto wizard = makeWizard(MenteesCsv);
    QVERIFY(goTo(*wizard, ImportWizard::ColumnsPageId));
    ImportColumnsPage *page = wizard->columnsPage();
    QComboBox *saved = page->savedMappingComboBox();
    QVERIFY(saved->findData(name) > 0);
    QCOMPARE(saved->currentData().toString(), name); // offered: made for these columns
    QVERIFY2(page->mappingNote().contains(name), qPrintable(page->mappingNote()));
    const int city = columnOf(*wizard, QStringLiteral("City"));
    QCOMPARE(page->fieldComboBox(city)->currentData().toString(), QString());
    // The suggestions are one choice away, and the saved mapping one more.
    saved->setCurrentIndex(0);
    emit saved->activated(0);
    QCOMPARE(page->fieldComboBox(city)->currentData().toString(), QStringLiteral("city"));
    QVERIFY(page->loadSavedMapping(name));
    QCOMPARE(page->fieldComboBox(city)->currentData().toString(), QString());
    QVERIFY(!wizard->session().mapping.fields.contains(QStringLiteral("City")));
}

void TestImportWizard::importsEveryPageIntoTheDatabaseAndUndoRemovesIt()
{
    const int before = countInFall();
    QCOMPARE(before, 9);
    auto wizard = makeWizard(MenteesCsv);
    QCOMPARE(wizard->filePage()->role(), QStringLiteral("mentee"));
    QVERIFY(goTo(*wizard, ImportWizard::CheckPageId));

    ImportCheckPage *check = wizard->checkPage();
    QVERIFY(wizard->session().checkReport);
    const ImportReport &report = *wizard->session().checkReport;
    QCOMPARE(report.rows, 8);
    QCOMPARE(report.valid, 8);
    QCOMPARE(report.duplicatesInCycle, 1); // person18 applied in Fall already
    QCOMPARE(report.linkedPeople, 1);      // person5 applied in Spring 2017
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("count0Label"))->text(), QStringLiteral("8"));
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("count3Label"))->text(), QStringLiteral("1"));
    QVERIFY(!check->validOnlyCheckBox()->isEnabled()); // no invalid rows
    QCOMPARE(check->duplicatePolicy(), DuplicatePolicy::Skip);
    QVERIFY(check->isComplete());
    QCOMPARE(countInFall(), before); // the check writes nothing

    QSignalSpy imported(wizard.get(), &ImportWizard::imported);
    QVERIFY(next(*wizard));
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPageId));
    QVERIFY(wizard->session().importReport);
    const ImportReport &done = *wizard->session().importReport;
    QVERIFY(done.committed);
    QCOMPARE(done.inserted, 7);
    QCOMPARE(done.skippedDuplicates, 1);
    QVERIFY2(wizard->runPage()->resultText().contains(done.summary()), qPrintable(wizard->runPage()->resultText()));
    QCOMPARE(imported.size(), 1);
    QVERIFY(wizard->runPage()->isComplete());
    QCOMPARE(countInFall(), before + 7);

    // Values land exactly as written, hostile ones included.
    QHash<QString, ApplicationSummary> byEmail;
    for (const ApplicationSummary &summary : fallSummaries())
        byEmail.insert(summary.email, summary);
    QCOMPARE(byEmail.value(QStringLiteral("zoe.obrien@example.net")).fullName, QStringLiteral("Zoë O'Brien-Núñez"));
    QCOMPARE(byEmail.value(QStringLiteral("zoe.obrien@example.net")).role, QStringLiteral("mentee"));
    QCOMPARE(byEmail.value(QStringLiteral("eve.smith@example.com")).fullName, QStringLiteral("<b>Eve</b> Smith"));
    QCOMPARE(byEmail.value(QStringLiteral("eve.smith@example.com")).library, QStringLiteral("=HYPERLINK(\"x\")"));
    QCOMPARE(byEmail.value(QStringLiteral("bobby.tables@example.org")).fullName,
             QStringLiteral("Robert'); DROP TABLE applications;-- Tables"));
    QCOMPARE(byEmail.value(QStringLiteral("kim.nguyen@example.org")).libraryType, QStringLiteral("academic"));
    auto maria = m_document->applicationStore().load(byEmail.value(QStringLiteral("maria.lopez@example.org")).id);
    QVERIFY(maria);
    QCOMPARE(maria->yearsExperience, std::optional<double>(3));
    QCOMPARE(maria->interests,
             (QStringList{QStringLiteral("Storytime"), QStringLiteral("Early literacy"), QStringLiteral("Outreach")}));
    QCOMPARE(maria->gender, QStringLiteral("Woman"));
    QCOMPARE(maria->source, QStringLiteral("import"));

    // One undo step takes the whole import back; redo puts it again.
    QUndoStack *stack = m_document->undoStack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(countInFall(), before);
    stack->redo();
    QCOMPARE(countInFall(), before + 7);
    stack->undo();
    QCOMPARE(countInFall(), before);
}

void TestImportWizard::invalidRowsBlockImportUntilValidOnlyIsChecked()
{
    const int before = countInFall();
    auto wizard = makeWizard(ErrorsCsv);
    QVERIFY(goTo(*wizard, ImportWizard::CheckPageId));
    ImportCheckPage *check = wizard->checkPage();
    const ImportReport &report = *wizard->session().checkReport;
    QCOMPARE(report.rows, 4);
    QCOMPARE(report.valid, 2);
    // The problems name the line and the column.
    ImportProblemsModel *problems = check->problemsModel();
    QVERIFY(problems->rowCount() >= 2);
    QSet<int> errorLines;
    for (int row = 0; row < problems->rowCount(); ++row) {
        if (problems->problem(row).error)
            errorLines.insert(problems->problem(row).line);
    }
    // The first row spans two lines (a multi-line answer), so the second row starts on line 4.
    QCOMPARE(errorLines, (QSet<int>{4, 6}));
    bool emailNamed = false;
    for (int row = 0; row < problems->rowCount(); ++row)
        emailNamed = emailNamed || (problems->problem(row).line == 4 &&
                                    problems->problem(row).column == QLatin1String("Email Address"));
    QVERIFY(emailNamed);
    QCOMPARE(wizard->findChild<QLabel *>(QStringLiteral("count2Label"))->text(), QStringLiteral("2"));

    // Import is blocked until the user chooses to skip the invalid rows.
    QVERIFY(check->validOnlyCheckBox()->isEnabled());
    QVERIFY(!check->isComplete());
    QVERIFY(check->verdict().contains(QStringLiteral("errors")));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::CheckPageId));
    QTest::mouseClick(check->validOnlyCheckBox(), Qt::LeftButton, {},
                      check->validOnlyCheckBox()->rect().bottomLeft() + QPoint(8, -4));
    QVERIFY(check->validOnlyCheckBox()->isChecked());
    QVERIFY(check->isComplete());
    QVERIFY(check->verdict().contains(QStringLiteral("skipped")));

    QVERIFY(next(*wizard));
    const ImportReport &done = *wizard->session().importReport;
    QVERIFY(done.committed);
    QVERIFY(done.validOnly);
    QCOMPARE(done.inserted, 2);
    QCOMPARE(done.skippedInvalid, 2);
    QVERIFY2(wizard->runPage()->resultText().contains(QStringLiteral("valid rows")),
             qPrintable(wizard->runPage()->resultText()));
    QCOMPARE(countInFall(), before + 2);
}

void TestImportWizard::cancelDuringImportLeavesNothing()
{
    // A larger export: the fixture's rows again and again with fresh emails.
    QFile source(MenteesCsv);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = source.readAll().split('\n');
    const QString big = m_dir->filePath(QStringLiteral("mentees-big.csv"));
    {
        QFile file(big);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.at(0) + '\n');
        for (int i = 0; i < 3000; ++i)
            file.write(QStringLiteral("3/14/2017 9:15:02,applicant%1@example.org,Applicant,Number %1,Library %2,"
                                      "Public library,Austin,TX,Yes,3,Storytime,Children's associate.,Early career,"
                                      "Email,,,Yes,To learn.\r\n")
                           .arg(i)
                           .arg(i % 50)
                           .toUtf8());
    }
    const int before = countInFall();
    auto wizard = makeWizard(big);
    QVERIFY(goTo(*wizard, ImportWizard::CheckPageId));
    QCOMPARE(wizard->session().checkReport->valid, 3000);

    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::ImportPageId));
    QVERIFY(wizard->runPage()->isRunning());
    QVERIFY(!wizard->runPage()->isComplete());
    wizard->reject(); // the wizard's Cancel while the import runs
    QVERIFY(wizard->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, Wait);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(wizard->session().importReport);
    QVERIFY(!wizard->session().importReport->committed);
    QVERIFY2(wizard->runPage()->resultText().contains(QStringLiteral("Nothing was imported")),
             qPrintable(wizard->runPage()->resultText()));
    QCOMPARE(countInFall(), before);
    QCOMPARE(m_document->undoStack()->count(), 0);
    // Now Cancel closes.
    wizard->reject();
    QVERIFY(!wizard->isVisible());
}

void TestImportWizard::modelsPassTheModelTester()
{
    auto table = Csv::readFile(MenteesCsv);
    QVERIFY(table);
    CsvPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    preview.setTable(std::make_shared<const CsvTable>(table.value()), 5);
    QCOMPARE(preview.rowCount(), 5);
    QCOMPARE(preview.columnCount(), int(table->header.size()));
    // A multi-line answer is shown on one line; the tooltip keeps it whole.
    const int statement = int(table->header.size()) - 1;
    QVERIFY(preview.index(0, statement).data().toString().contains(QStringLiteral(" ↵ ")));
    QVERIFY(preview.index(0, statement).data(Qt::ToolTipRole).toString().contains(QLatin1Char('\n')));
    preview.setTable(nullptr);
    QCOMPARE(preview.rowCount(), 0);

    ImportProblemsModel problems;
    QAbstractItemModelTester problemsTester(&problems, QAbstractItemModelTester::FailureReportingMode::QtTest);
    problems.setProblems({{12, QStringLiteral("Email"), QStringLiteral("“ann@” is not an email address"), true},
                          {14, QString(), QStringLiteral("a warning"), false}});
    QCOMPARE(problems.rowCount(), 2);
    QCOMPARE(problems.index(0, ImportProblemsModel::LineColumn).data().toString(), QStringLiteral("12"));
    QCOMPARE(problems.index(0, ImportProblemsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    QCOMPARE(problems.index(1, ImportProblemsModel::SeverityColumn).data().toString(), QStringLiteral("Warning"));
    QCOMPARE(problems.index(1, ImportProblemsModel::FileColumnColumn).data().toString(), QStringLiteral("(whole row)"));
}

void TestImportWizard::mainWindowOpensTheWizardFromTheFileMenu()
{
    m_document.reset(); // the window opens the file itself
    MainWindow window;
    QAction *action = nullptr;
    for (QAction *candidate : window.findChildren<QAction *>()) {
        if (candidate->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            action = candidate;
    }
    QVERIFY(action);
    QVERIFY(action->text().contains(QStringLiteral("Import Applications")));
    QVERIFY(!action->isEnabled()); // no program open
    QVERIFY(window.openProgram(m_file));
    QVERIFY(action->isEnabled());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    action->trigger();
    QPointer<ImportWizard> wizard = window.importWizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->isModal() || wizard->windowModality() != Qt::NonModal);
    QCOMPARE(wizard->filePage()->cycleId(), wizard->session().document->cycleStore().list()->constLast().id);
    wizard->reject();
    QTRY_VERIFY(wizard.isNull()); // deleted on close
    window.closeProgram();
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
