#include "common/messages.h"
#include "db/database.h"
#include "document/lettercommands.h"
#include "document/programdocument.h"
#include "domain/cycle.h"
#include "letters/issuelettersdialog.h"
#include "letters/letterheaddialog.h"
#include "letters/letterissue.h"
#include "letters/letterpreview.h"
#include "letters/letterspage.h"
#include "letters/templateeditor.h"
#include "mainwindow/areasidebar.h"
#include "mainwindow/mainwindow.h"
#include "programfixture.h"
#include "store/cyclestore.h"
#include "store/letterstore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

using namespace cohort;

// The Letters area on the demo program's Spring 2017 cycle (ten accepted mentees, seven accepted
// mentors, published matches): editing a template with the live preview, placeholders, undo,
// stepping through recipients, issuing for a hand-picked selection, the letterhead, printing.
class TestLettersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void editingShowsInThePreviewAndSavesAsOneUndoStep();
    void placeholdersAreInsertedAndUnknownOnesReported();
    void previewStepsThroughTheRecipients();
    void issueForAHandPickedSelection();
    void issueDialogNarrowsThePeople();
    void letterheadChangesTheLetters();
    void printingPaintsEveryLetter();
    void lettersMenuAndBadgeInTheMainWindow();

private:
    std::unique_ptr<ProgramDocument> openDocument();
    std::unique_ptr<LettersPage> makePage(ProgramDocument &document);
    static QString scalar(ProgramDocument &document, const QString &sql);
    static QString pdfText(const QString &path);
    static int pdfPages(const QString &path);

    QTemporaryDir m_dir;
    DemoCopies m_demo;
    QString m_file;
    QString m_cycleId;
};

void TestLettersPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_demo.create(m_dir.path()));
    m_cycleId = m_demo.cycleId(QStringLiteral("Spring 2017"));
    QVERIFY(!m_cycleId.isEmpty());
}

void TestLettersPage::init()
{
    Messages::setTestMode(true);
    m_file = m_demo.copy();
    QVERIFY(!m_file.isEmpty());
}

void TestLettersPage::cleanup()
{
    for (const Messages::Shown &shown : Messages::takeShown())
        qWarning() << "message left over:" << shown.title << shown.text;
}

std::unique_ptr<ProgramDocument> TestLettersPage::openDocument()
{
    return DemoCopies::open(m_file);
}

std::unique_ptr<LettersPage> TestLettersPage::makePage(ProgramDocument &document)
{
    auto page = std::make_unique<LettersPage>();
    page->resize(1400, 900);
    page->setDocument(&document);
    page->setCycle(m_cycleId, QStringLiteral("Spring 2017"));
    page->setKind(QStringLiteral("acceptance_mentee"));
    page->show();
    if (!QTest::qWaitForWindowExposed(page.get()) ||
        !QTest::qWaitFor([&page] { return !page->isLoadingLists(); }, 20000))
        return nullptr;
    return page;
}

QString TestLettersPage::scalar(ProgramDocument &document, const QString &sql)
{
    QSqlQuery query(document.database().connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0).toString();
}

QString TestLettersPage::pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int TestLettersPage::pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000))
        return -1;
    const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines)
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

void TestLettersPage::editingShowsInThePreviewAndSavesAsOneUndoStep()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QVERIFY(page);
    LetterTemplateEditor *editor = page->editor();
    QVERIFY(editor->body().contains(QLatin1String("{{person.first_name}}")));
    QVERIFY(page->preview()->count() > 0);
    const QString firstName = page->preview()
                                  ->currentRecipient()
                                  ->values.value(QStringLiteral("person"))
                                  .toMap()
                                  .value(QStringLiteral("first_name"))
                                  .toString();
    QVERIFY(page->preview()->renderedBody().contains(firstName));

    // Type at the end of the letter, as a committee member would.
    QTextEdit *edit = editor->textEdit();
    edit->setFocus();
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" See you at the spring gathering."));
    QTRY_VERIFY(page->preview()->renderedBody().contains(QLatin1String("spring gathering")));
    QVERIFY(page->preview()->renderedBody().contains(firstName));
    QCOMPARE(page->templateStateLabel()->text(), QStringLiteral("Editing…"));

    // Saved on its own after a pause, as one undo step, as version 1.
    const int before = document->undoStack()->count();
    QTRY_COMPARE_WITH_TIMEOUT(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM letter_templates WHERE kind = "
                                                               "'acceptance_mentee' AND language = 'en'")),
                              QStringLiteral("1"), 5000);
    QVERIFY(scalar(*document, QStringLiteral("SELECT body FROM letter_templates WHERE kind = 'acceptance_mentee'"))
                .contains(QLatin1String("spring gathering")));
    QCOMPARE(document->undoStack()->count(), before + 1);
    // More typing in the same session merges into the same step.
    QTest::keyClicks(edit, QStringLiteral(" Bring a friend."));
    QVERIFY(page->saveTemplate());
    QCOMPARE(document->undoStack()->count(), before + 1);
    QVERIFY(scalar(*document, QStringLiteral("SELECT body FROM letter_templates WHERE kind = 'acceptance_mentee'"))
                .contains(QLatin1String("Bring a friend")));
    QCOMPARE(scalar(*document, QStringLiteral("SELECT version FROM letter_templates WHERE kind = 'acceptance_mentee'")),
             QStringLiteral("2"));

    // Undo brings back the text the session started from, in the store and in the editor.
    document->undoStack()->undo();
    QVERIFY(!scalar(*document, QStringLiteral("SELECT body FROM letter_templates WHERE kind = 'acceptance_mentee'"))
                 .contains(QLatin1String("spring gathering")));
    QTRY_VERIFY(!editor->body().contains(QLatin1String("spring gathering")));
    QVERIFY(editor->body().contains(QLatin1String("{{person.first_name}}")));
    QTRY_VERIFY(!page->preview()->renderedBody().contains(QLatin1String("spring gathering")));
    document->undoStack()->redo();
    QTRY_VERIFY(editor->body().contains(QLatin1String("Bring a friend")));

    // Restore Default Text is one more undo step and gives back the bundled text.
    QVERIFY(page->restoreDefaultAction()->isEnabled());
    page->restoreDefaultAction()->trigger();
    QVERIFY(!editor->body().contains(QLatin1String("Bring a friend")));
    QVERIFY(!scalar(*document, QStringLiteral("SELECT body FROM letter_templates WHERE kind = 'acceptance_mentee'"))
                 .contains(QLatin1String("Bring a friend")));
    QCOMPARE(document->undoStack()->count(), before + 2);
}

void TestLettersPage::placeholdersAreInsertedAndUnknownOnesReported()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QVERIFY(page);
    LetterTemplateEditor *editor = page->editor();
    QTextEdit *edit = editor->textEdit();
    edit->moveCursor(QTextCursor::End);

    // From the menu: the action for the recipient's library.
    QAction *library = nullptr;
    const QList<QAction *> all = page->placeholderMenu()->findChildren<QAction *>();
    for (QAction *a : all)
        if (a->data().toString() == QLatin1String("person.library"))
            library = a;
    QVERIFY(library);
    library->trigger();
    QVERIFY(editor->body().contains(QLatin1String("{{person.library}}")));
    QVERIFY(editor->problems().isEmpty());
    QTRY_VERIFY(!page->preview()->renderedBody().isEmpty());
    const QString libraryName = page->preview()
                                    ->currentRecipient()
                                    ->values.value(QStringLiteral("person"))
                                    .toMap()
                                    .value(QStringLiteral("library"))
                                    .toString();
    QVERIFY(!libraryName.isEmpty());
    QTRY_VERIFY(page->preview()->renderedBody().contains(libraryName.toHtmlEscaped()));

    // A section wraps the selection.
    QTextCursor cursor = edit->textCursor();
    cursor.insertText(QStringLiteral("Ask your mentor first."));
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, 22);
    edit->setTextCursor(cursor);
    editor->insertSection(QStringLiteral("match"), false);
    QVERIFY(editor->body().contains(QLatin1String("{{#match}}Ask your mentor first.{{/match}}")));

    // An unknown placeholder is listed under the editor and stops the letter.
    edit->moveCursor(QTextCursor::End);
    QTest::keyClicks(edit, QStringLiteral(" {{person.nickname}}"));
    QVERIFY(editor->problemsLabel()->isVisibleTo(editor));
    QVERIFY(editor->problemsLabel()->text().contains(QLatin1String("person.nickname")));
    QTRY_VERIFY(!page->preview()->problem().isEmpty());
    QVERIFY(page->preview()->problem().contains(QLatin1String("person.nickname")));
    QVERIFY(page->preview()->messageLabel()->isVisibleTo(page.get()));
    QVERIFY(page->saveTemplate());
    QVERIFY(LetterIssue::check(document->database(), m_cycleId, QStringLiteral("acceptance_mentee"))->size() > 0);
}

void TestLettersPage::previewStepsThroughTheRecipients()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QVERIFY(page);
    LetterPreview *preview = page->preview();
    const int accepted = scalar(*document, QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = '%1' AND "
                                                          "role = 'mentee' AND status = 'accepted'")
                                               .arg(m_cycleId))
                             .toInt();
    QVERIFY(accepted > 1);
    QCOMPARE(preview->count(), accepted);
    QCOMPARE(preview->currentIndex(), 0);
    QVERIFY(!page->previousRecipientAction()->isEnabled());
    const QString first = preview->renderedBody();
    page->nextRecipientAction()->trigger();
    QCOMPARE(preview->currentIndex(), 1);
    QCOMPARE(preview->recipientCombo()->currentIndex(), 1);
    const LetterRecipient *second = preview->currentRecipient();
    QVERIFY(second);
    QVERIFY(preview->renderedBody() != first);
    QVERIFY(preview->renderedBody().contains(
        second->values.value(QStringLiteral("person")).toMap().value(QStringLiteral("first_name")).toString()));
    QVERIFY(page->previousRecipientAction()->isEnabled());
    preview->recipientCombo()->setCurrentIndex(accepted - 1);
    QCOMPARE(preview->currentIndex(), accepted - 1);
    QVERIFY(!page->nextRecipientAction()->isEnabled());

    // Another kind lists its own people; the Spanish template shows Spanish text.
    page->setKind(QStringLiteral("match_introduction"));
    QVERIFY(preview->count() > accepted);
    page->setLanguage(QStringLiteral("es"));
    QCOMPARE(page->languageCombo()->currentData().toString(), QStringLiteral("es"));
    QVERIFY(page->preview()->renderedBody().contains(QLatin1String("Estimad")) ||
            page->preview()->renderedBody().contains(QLatin1String("Querid")));
}

void TestLettersPage::issueForAHandPickedSelection()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QVERIFY(page);
    const int toSendBefore = page->toSendCount();
    QVERIFY(toSendBefore > 0);
    QVERIFY(page->toSendModel()->rowCount() == toSendBefore);

    // Pick the first two accepted mentees in the "To send" list.
    QStringList picked;
    QStringList names;
    for (int row = 0; row < page->toSendModel()->rowCount() && picked.size() < 2; ++row) {
        if (page->toSendModel()->item(row, 0)->data(Qt::UserRole).toString() != QLatin1String("acceptance_mentee"))
            continue;
        picked.append(page->toSendModel()->item(row, 0)->data(Qt::UserRole + 1).toString());
        names.append(page->toSendModel()->item(row, 0)->text());
    }
    QCOMPARE(picked.size(), 2);
    QTemporaryDir out;
    LetterIssueOptions options;
    options.outDir = out.path();
    options.applicationIds = picked;
    QVERIFY(page->issue(QStringLiteral("acceptance_mentee"), options));
    const auto shown = Messages::takeShown();
    QCOMPARE(shown.size(), 1);
    QVERIFY2(shown.first().text.startsWith(QLatin1String("2 letter")), qPrintable(shown.first().text));

    const QStringList files = QDir(out.path()).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), 2);
    QString text;
    for (const QString &f : files)
        text += pdfText(QDir(out.path()).filePath(f)) + QLatin1Char(' ');
    for (const QString &name : std::as_const(names))
        QVERIFY2(text.contains(name.section(QLatin1Char(' '), 0, 0)), qPrintable(name));
    QCOMPARE(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM issued_letters")), QStringLiteral("2"));

    // The page follows: two fewer to send, two issued rows with their hashes.
    QTRY_COMPARE(page->toSendCount(), toSendBefore - 2);
    QTRY_COMPARE(page->issuedModel()->rowCount(), 2);
    QCOMPARE(page->issuedModel()->item(0, 7)->toolTip().size(), 64);

    // Again: both are current, nothing is written.
    QTemporaryDir again;
    options.outDir = again.path();
    QVERIFY(!page->issue(QStringLiteral("acceptance_mentee"), options));
    const auto second = Messages::takeShown();
    QCOMPARE(second.size(), 1);
    QVERIFY(second.first().text.contains(QLatin1String("skipped")));
    QVERIFY(QDir(again.path()).entryList({QStringLiteral("*.pdf")}).isEmpty());

    // A letter with an unknown placeholder refuses everything and names the place.
    page->editor()->textEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(page->editor()->textEdit(), QStringLiteral(" {{person.shoe_size}}"));
    QTemporaryDir refused;
    options.outDir = refused.path();
    options.force = true;
    QVERIFY(!page->issue(QStringLiteral("acceptance_mentee"), options));
    const auto third = Messages::takeShown();
    QCOMPARE(third.size(), 1);
    QVERIFY(third.first().text.contains(QLatin1String("person.shoe_size")));
    QVERIFY(QDir(refused.path()).entryList({QStringLiteral("*.pdf")}).isEmpty());
    QCOMPARE(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM issued_letters")), QStringLiteral("2"));
}

void TestLettersPage::issueDialogNarrowsThePeople()
{
    auto document = openDocument();
    QVERIFY(document);
    Database &db = document->database();
    const QString cycleId = m_cycleId;
    IssueLettersDialog dialog(QStringLiteral("Spring 2017"), QStringLiteral("acceptance_mentee"),
                              [&db, cycleId](const QString &kind, const QString &role, const QString &status) {
                                  return LetterData::recipients(db, cycleId, kind, role, status);
                              });
    const int accepted = LetterData::recipients(db, m_cycleId, QStringLiteral("acceptance_mentee"))->size();
    QCOMPARE(dialog.peopleList()->count(), accepted);
    QCOMPARE(dialog.checkedCount(), accepted);
    QVERIFY(!dialog.issueButton()->isEnabled()); // no folder yet
    dialog.setOutDir(m_dir.filePath(QStringLiteral("letters")));
    QVERIFY(dialog.issueButton()->isEnabled());

    const QString firstId = dialog.peopleList()->item(0)->data(Qt::UserRole).toString();
    dialog.checkOnly({firstId});
    QCOMPARE(dialog.checkedCount(), 1);
    QCOMPARE(dialog.options().applicationIds, QStringList{firstId});

    // A file name pattern without {code} would put everyone in one file.
    dialog.patternEdit()->setText(QStringLiteral("letter.pdf"));
    QVERIFY(!dialog.issueButton()->isEnabled());
    dialog.combinedRadio()->setChecked(true);
    QVERIFY(dialog.issueButton()->isEnabled());
    QVERIFY(dialog.options().combined);

    // Another decision: the waitlist letter for mentors.
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("waitlist")));
    dialog.roleCombo()->setCurrentIndex(dialog.roleCombo()->findData(QStringLiteral("mentor")));
    const int waitlistedMentors = scalar(*document, QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = "
                                                                   "'%1' AND role = 'mentor' AND status = 'waitlisted'")
                                                        .arg(m_cycleId))
                                      .toInt();
    QCOMPARE(dialog.peopleList()->count(), waitlistedMentors);
    QCOMPARE(dialog.kind(), QStringLiteral("waitlist"));
    QCOMPARE(dialog.options().role, QStringLiteral("mentor"));
}

void TestLettersPage::letterheadChangesTheLetters()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QVERIFY(page);
    auto before = LetterStore(document->database()).loadLetterhead();
    QVERIFY(before);
    LetterheadDialog dialog(before.value(), QStringLiteral("Fallback"));
    dialog.organizationEdit()->setText(QStringLiteral("Prairie Library Mentors"));
    dialog.signatureNameEdit()->setText(QStringLiteral("Ada Quill"));
    dialog.pageSizeCombo()->setCurrentIndex(dialog.pageSizeCombo()->findData(QStringLiteral("a4")));
    QString error;
    QVERIFY(!dialog.setLogoFromFile(m_file, &error)); // a program file is no image
    QVERIFY(error.contains(QLatin1String("not an image")));
    const QString logo = m_dir.filePath(QStringLiteral("logo.png"));
    QImage image(300, 100, QImage::Format_RGB32);
    image.fill(Qt::darkBlue);
    QVERIFY(image.save(logo));
    QVERIFY(dialog.setLogoFromFile(logo, &error));
    const LetterheadSettings after = dialog.settings();
    QVERIFY(!after.logoPng.isEmpty());
    QVERIFY(document->execute(new SetLetterheadCommand(*document, before.value(), after)));
    QCOMPARE(LetterStore(document->database()).loadLetterhead().value(), after);

    QTemporaryDir out;
    LetterIssueOptions options;
    options.outDir = out.path();
    options.combined = true;
    QVERIFY(page->issue(QStringLiteral("acceptance_mentee"), options));
    Messages::takeShown();
    const QString pdf = QDir(out.path()).filePath(QDir(out.path()).entryList({QStringLiteral("*.pdf")}).value(0));
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(QLatin1String("Prairie Library Mentors")));
    QVERIFY(text.contains(QLatin1String("Ada Quill")));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QLatin1String("(A4)")));

    // Undo puts the old letterhead back.
    document->undoStack()->undo();
    QCOMPARE(LetterStore(document->database()).loadLetterhead().value(), before.value());
}

void TestLettersPage::printingPaintsEveryLetter()
{
    auto document = openDocument();
    QVERIFY(document);
    auto page = makePage(*document);
    QVERIFY(page);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QVERIFY(page->printLetters(&printer));
    QVERIFY(QFile::exists(path));
    QCOMPARE(pdfPages(path), page->preview()->count());
    const QString text = pdfText(path);
    for (int i = 0; i < page->preview()->count(); ++i) {
        const QString name = page->preview()->recipientCombo()->itemText(i).section(QLatin1Char(' '), 0, 0);
        QVERIFY2(text.contains(QStringLiteral("Dear ") + name), qPrintable(name));
    }
    // Printing does not count as issuing.
    QCOMPARE(scalar(*document, QStringLiteral("SELECT COUNT(*) FROM issued_letters")), QStringLiteral("0"));
}

void TestLettersPage::lettersMenuAndBadgeInTheMainWindow()
{
    MainWindow window;
    QVERIFY(window.openProgram(m_file));
    QMenu *letters = nullptr;
    const QList<QAction *> menus = window.menuBar()->actions();
    for (QAction *a : menus)
        if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Letters"))
            letters = a->menu();
    QVERIFY(letters);
    QVERIFY(letters->actions().contains(window.lettersPage()->issueAction()));
    QVERIFY(letters->actions().contains(window.lettersPage()->printAction()));
    QVERIFY(letters->actions().contains(window.lettersPage()->letterheadAction()));
    QCOMPARE(window.lettersPage()->issueAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));

    // The sidebar counts the letters still to send in the selected cycle.
    auto *sidebar = window.findChild<AreaSidebar *>();
    QVERIFY(sidebar);
    window.lettersPage()->setCycle(m_cycleId, QStringLiteral("Spring 2017"));
    QTRY_VERIFY(!window.lettersPage()->isLoadingLists());
    const int toSend = window.lettersPage()->toSendCount();
    QVERIFY(toSend > 0);
    QTRY_COMPARE(sidebar->badge(Area::Letters), QStringLiteral("%1 to send").arg(toSend));

    // The toolbar's search filters the letters to send.
    window.setCurrentArea(Area::Letters);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search && search->isEnabled());
    QTableView *toSendView = window.lettersPage()->toSendView();
    QCOMPARE(toSendView->model()->rowCount(), toSend);
    const QString someone = toSendView->model()->index(0, 0).data().toString();
    search->setText(someone);
    QVERIFY(toSendView->model()->rowCount() >= 1);
    QVERIFY(toSendView->model()->rowCount() < toSend);
    QCOMPARE(toSendView->model()->index(0, 0).data().toString(), someone);
    search->setText(QStringLiteral("no such person anywhere"));
    QCOMPARE(toSendView->model()->rowCount(), 0);
    search->clear();
    QCOMPARE(toSendView->model()->rowCount(), toSend);
}

QTEST_MAIN(TestLettersPage)
#include "tst_letterspage.moc"
