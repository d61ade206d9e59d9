#include "mainwindow/mainwindow.h"

#include "applications/applicationspage.h"
#include "common/icons.h"
#include "common/messages.h"
#include "cycles/cycleactions.h"
#include "dashboard/dashboardpage.h"
#include "db/database.h"
#include "document/programdocument.h"
#include "document/renameprogramcommand.h"
#include "import/importwizard.h"
#include "letters/letterspage.h"
#include "mainwindow/areasidebar.h"
#include "mainwindow/jobprogress.h"
#include "mainwindow/welcomepage.h"
#include "matching/matchingpage.h"
#include "review/packetfile.h"
#include "review/packetwindow.h"
#include "review/reviewfileactions.h"
#include "review/reviewpage.h"
#include "store/cyclestore.h"
#include "timeline/timelinepage.h"
#include "timeline/timelinesnapshot.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace cohort {

namespace {
const QString DashboardSplitterName = QStringLiteral("dashboard");
constexpr int StatusMessageTimeout = 8000;

QString fileFilter()
{
    return MainWindow::tr("Cohort programs (*.cohort)");
}

QString withSuffix(QString path)
{
    const QString suffix = QLatin1Char('.') + Database::fileSuffix();
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    return path;
}

bool sameFile(const QString &a, const QString &b)
{
    const QString ca = QFileInfo(a).canonicalFilePath();
    return !ca.isEmpty() && ca == QFileInfo(b).canonicalFilePath();
}

// The first local .cohort file among dropped URLs, or empty.
QString droppedProgramFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() &&
            QFileInfo(url.toLocalFile()).suffix().compare(Database::fileSuffix(), Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
    }
    return {};
}

QIcon themeIcon(const char *name, QStyle::StandardPixmap fallback)
{
    const QString themeName = QString::fromLatin1(name);
    return QIcon::hasThemeIcon(themeName) ? QIcon::fromTheme(themeName) : QApplication::style()->standardIcon(fallback);
}

// The platform's key bindings for a standard key, plus the one Cohort documents when the
// platform lacks it (Windows' scheme closes with Ctrl+F4 only and has no Quit shortcut).
QList<QKeySequence> withFallback(QKeySequence::StandardKey key, const QKeySequence &documented)
{
    QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
    if (!bindings.contains(documented))
        bindings.append(documented);
    return bindings;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setAcceptDrops(true);
    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();

    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    connect(&m_backupWatcher, &QFutureWatcher<QString>::finished, this, &MainWindow::finishBackup);
    connect(m_jobProgress, &JobProgress::cancelRequested, this, [this] { m_backupCancelled = true; });
    connect(&m_checkWatcher, &QFutureWatcher<IntegrityOutcome>::finished, this, &MainWindow::finishCheck);

    restoreSettings();
    closeProgram(); // the welcome state, titles and enabled actions
}

MainWindow::~MainWindow()
{
    waitForBackgroundJob();
    delete m_importWizard; // before the document it works on
    if (m_dashboard)
        m_dashboard->setDocument(nullptr);
    if (m_applications)
        m_applications->setDocument(nullptr);
    if (m_review)
        m_review->setDocument(nullptr);
    if (m_matching)
        m_matching->setDocument(nullptr);
    if (m_timeline)
        m_timeline->setDocument(nullptr);
    if (m_letters)
        m_letters->setDocument(nullptr);
    if (m_cycleActions)
        m_cycleActions->setDocument(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themeIcon("document-new", QStyle::SP_FileIcon), tr("&New Program…"), this);
    m_newAction->setIconText(tr("New Program…"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Create a new, empty program file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProgramDialog);

    m_openAction = new QAction(themeIcon("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setIconText(tr("Open…"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(tr("Open a program file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);

    m_openDemoAction = new QAction(tr("Open &Demo Program"), this);
    m_openDemoAction->setIconText(tr("Open Demo Program"));
    m_openDemoAction->setToolTip(tr("Open your copy of the demo program, made-up data to try Cohort with"));
    connect(m_openDemoAction, &QAction::triggered, this, [this] { openDemo(); });

    m_saveCopyAction =
        new QAction(themeIcon("document-save-as", QStyle::SP_DialogSaveButton), tr("Save a &Copy…"), this);
    m_saveCopyAction->setShortcuts(withFallback(QKeySequence::SaveAs, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)));
    m_saveCopyAction->setToolTip(tr("Write a copy of the program file, for an archive or for next year's chair"));
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyDialog);

    m_checkAction = new QAction(tr("C&heck Program File"), this);
    m_checkAction->setToolTip(tr("Read the whole program file and report damage or broken references"));
    connect(m_checkAction, &QAction::triggered, this, [this] { checkProgramFile(true); });

    m_importAction = new QAction(tr("&Import Applications…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Add applications from a CSV file exported by your form service"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importApplications);

    m_closeAction = new QAction(tr("&Close"), this);
    m_closeAction->setShortcuts(withFallback(QKeySequence::Close, QKeySequence(Qt::CTRL | Qt::Key_W)));
    m_closeAction->setToolTip(tr("Close the program file (every change is already saved)"));
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProgram);

    m_quitAction = new QAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setShortcuts(withFallback(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setToolTip(tr("Quit Cohort (every change is already saved)"));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("Undo"));
    m_undoAction->setIcon(themeIcon("edit-undo", QStyle::SP_ArrowBack));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setToolTip(tr("Undo the last change"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("Redo"));
    m_redoAction->setIcon(themeIcon("edit-redo", QStyle::SP_ArrowForward));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setToolTip(tr("Redo the change that was undone last"));

    m_renameAction = new QAction(tr("Re&name Program…"), this);
    m_renameAction->setToolTip(tr("Change the program's name (it appears in the title and in letters)"));
    connect(m_renameAction, &QAction::triggered, this, &MainWindow::renameDialog);

    m_findAction = new QAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setToolTip(tr("Go to the search field, which filters the current area"));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_areaActions = new QActionGroup(this);
    m_areaActions->setExclusive(true);
    const QList<AreaInfo> areas = AreaInfo::all();
    for (int i = 0; i < areas.size(); ++i) {
        auto *action = new QAction(Icons::named(areas.at(i).iconName), areas.at(i).title, m_areaActions);
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setToolTip(areas.at(i).toolTip);
        action->setData(i);
        connect(action, &QAction::triggered, this, [this, i] { setCurrentArea(static_cast<Area>(i)); });
    }
    m_areaActions->actions().constFirst()->setChecked(true);

    m_aboutAction = new QAction(tr("&About Cohort"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setToolTip(tr("Version and licence of Cohort"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setToolTip(tr("Version and licence of the Qt toolkit"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Every action is in a menu, and a menu's shortcuts work only while the menu bar is there;
    // adding them to the window too keeps Ctrl+1 … Ctrl+6 working when the menu bar is hidden.
    addActions(m_areaActions->actions());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setToolTipsVisible(true);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addAction(m_openDemoAction);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_checkAction);
    file->addSeparator();
    file->addAction(m_importAction);
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setToolTipsVisible(true);
    exportMenu->addAction(m_applications->exportAction());
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_renameAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_areaActions->actions());

    QMenu *cycle = menuBar()->addMenu(tr("&Cycle"));
    cycle->addAction(m_cycleActions->newCycleAction());
    cycle->addSeparator();
    cycle->addAction(m_cycleActions->editPhasesAction());
    cycle->addAction(m_cycleActions->settingsAction());

    QMenu *applications = menuBar()->addMenu(tr("&Applications"));
    applications->addAction(m_applications->newApplicationAction());
    applications->addAction(m_applications->exportAction());
    applications->addSeparator();
    applications->addAction(m_applications->eligibilityRulesAction());
    addAction(m_applications->newApplicationAction());

    QMenu *review = menuBar()->addMenu(tr("&Review"));
    review->addAction(m_review->rubricAction());
    review->addAction(m_review->reviewersAction());
    review->addAction(m_review->assignAction());
    review->addSeparator();
    review->addAction(m_review->blindAction());
    review->addSeparator();
    review->addAction(m_review->submitAction());
    review->addAction(m_review->reopenAction());
    review->addSeparator();
    review->addActions(m_review->decisionActions());
    review->addSeparator();
    review->addAction(m_review->fileActions()->exportScoresAction());
    review->addAction(m_review->fileActions()->importScoresAction());
    review->addAction(m_review->fileActions()->importDecisionsAction());
    review->addSeparator();
    QMenu *packets = review->addMenu(tr("Review &Packets"));
    packets->menuAction()->setToolTip(tr("Score offline: one file per reviewer out, their scores merged back"));
    packets->setToolTipsVisible(true);
    packets->addAction(m_review->fileActions()->exportPacketsAction());
    packets->addAction(m_review->fileActions()->mergePacketsAction());

    QMenu *matching = menuBar()->addMenu(tr("&Matching"));
    matching->addAction(m_matching->matchWithAction());
    matching->addAction(m_matching->unmatchAction());
    matching->addAction(m_matching->lockAction());
    matching->addSeparator();
    matching->addAction(m_matching->autoMatchAction());
    matching->addAction(m_matching->publishAction());
    matching->addSeparator();
    matching->addAction(m_matching->settingsAction());
    matching->addAction(m_matching->exportAction());

    QMenu *timeline = menuBar()->addMenu(tr("&Timeline"));
    timeline->addAction(m_timeline->logContactAction());
    timeline->addAction(m_timeline->needsAttentionAction());
    timeline->addSeparator();
    timeline->addAction(m_timeline->importContactsAction());
    timeline->addAction(m_timeline->workloadAction());

    QMenu *letters = menuBar()->addMenu(tr("&Letters"));
    letters->addAction(m_letters->issueAction());
    letters->addAction(m_letters->issueSelectedAction());
    letters->addSeparator();
    letters->addAction(m_letters->printPreviewAction());
    letters->addAction(m_letters->printAction());
    letters->addSeparator();
    letters->addMenu(m_letters->placeholderMenu());
    letters->addAction(m_letters->restoreDefaultAction());
    letters->addAction(m_letters->letterheadAction());
    letters->addSeparator();
    letters->addAction(m_letters->previousRecipientAction());
    letters->addAction(m_letters->nextRecipientAction());
    letters->addAction(m_letters->showIssuedAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);

    for (QMenu *menu : {file, edit, view, cycle, applications, review, matching, timeline, letters, help})
        menu->setToolTipsVisible(true);
    rebuildRecentMenu();
}

void MainWindow::createToolBar()
{
    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    auto *cycleLabel = new QLabel(tr("C&ycle:"), toolBar);
    m_cycleComboBox = new QComboBox(toolBar);
    m_cycleComboBox->setObjectName(QStringLiteral("cycleComboBox"));
    m_cycleComboBox->setAccessibleName(tr("Cycle"));
    m_cycleComboBox->setToolTip(tr("The cycle every area shows"));
    m_cycleComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_cycleComboBox->setMinimumContentsLength(14);
    cycleLabel->setBuddy(m_cycleComboBox);
    cycleLabel->setContentsMargins(4, 0, 4, 0);
    connect(m_cycleComboBox, &QComboBox::currentIndexChanged, this, &MainWindow::applySelectedCycle);
    toolBar->addWidget(cycleLabel);
    toolBar->addWidget(m_cycleComboBox);
    toolBar->addSeparator();
    toolBar->addAction(m_undoAction);
    toolBar->addAction(m_redoAction);

    auto *spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);

    m_searchEdit = new QLineEdit(toolBar);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setAccessibleName(tr("Search"));
    m_searchEdit->setPlaceholderText(
        tr("Search (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->addAction(themeIcon("edit-find", QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);
    m_searchEdit->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (currentArea() == Area::Applications)
            m_applications->setSearchText(text);
        else if (currentArea() == Area::Letters)
            m_letters->setSearchText(text);
    });
    toolBar->addWidget(m_searchEdit);
}

void MainWindow::createStatusBar()
{
    m_jobProgress = new JobProgress(statusBar());
    m_fileLabel = new QLabel(statusBar());
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_readOnlyLabel = new QLabel(tr("Read-only"), statusBar());
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    QFont bold = m_readOnlyLabel->font();
    bold.setBold(true);
    m_readOnlyLabel->setFont(bold);
    m_savedLabel = new QLabel(tr("All changes saved"), statusBar());
    m_savedLabel->setObjectName(QStringLiteral("savedLabel"));
    m_savedLabel->setToolTip(tr("Every change is written to the program file at once; there is nothing to save."));
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_fileLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    statusBar()->addPermanentWidget(m_savedLabel);
}

void MainWindow::createCentralWidget()
{
    m_welcomePage = new WelcomePage(m_newAction, m_openAction, m_openDemoAction, this);

    m_sidebar = new AreaSidebar(this);
    m_areaStack = new QStackedWidget(this);
    m_areaStack->setObjectName(QStringLiteral("areaStack"));
    m_dashboard = new DashboardPage(m_areaStack);
    m_areaStack->addWidget(m_dashboard);
    m_applications = new ApplicationsPage(m_areaStack);
    m_areaStack->addWidget(m_applications);
    connect(m_applications, &ApplicationsPage::importRequested, m_importAction, &QAction::trigger);
    connect(m_applications, &ApplicationsPage::clearSearchRequested, this, [this] { m_searchEdit->clear(); });
    connect(m_applications, &ApplicationsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeout); });
    m_cycleActions = new CycleActions(this);
    connect(m_cycleActions, &CycleActions::cycleCreated, this, [this](const QString &cycleId) {
        populateCycles();
        const int index = m_cycleComboBox->findData(cycleId);
        if (index >= 0)
            m_cycleComboBox->setCurrentIndex(index);
    });
    connect(m_cycleActions, &CycleActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeout); });
    m_review = new ReviewPage(m_areaStack);
    m_areaStack->addWidget(m_review);
    connect(m_review, &ReviewPage::openAssignmentsChanged, this, [this](int count) {
        m_sidebar->setBadge(Area::Review, count > 0 ? tr("%Ln to score", nullptr, count) : QString(),
                            tr("%Ln reviews of this cycle are not submitted yet", nullptr, count));
        m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    });
    connect(m_review, &ReviewPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeout); });
    m_matching = new MatchingPage(m_areaStack);
    m_areaStack->addWidget(m_matching);
    connect(m_matching, &MatchingPage::unmatchedChanged, this, [this](int count) {
        m_sidebar->setBadge(Area::Matching, count > 0 ? tr("%Ln to match", nullptr, count) : QString(),
                            tr("%Ln accepted mentees of this cycle are not matched yet", nullptr, count));
        m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    });
    connect(m_matching, &MatchingPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeout); });
    m_timeline = new TimelinePage(m_areaStack);
    m_areaStack->addWidget(m_timeline);
    connect(m_timeline, &TimelinePage::attentionChanged, this, [this](int count) {
        m_sidebar->setBadge(
            Area::Timeline, count > 0 ? tr("%Ln need attention", nullptr, count) : QString(),
            tr("%Ln published matches of this cycle are quiet or below the contact cadence", nullptr, count));
        m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    });
    connect(m_timeline, &TimelinePage::loaded, this, [this] {
        const auto snapshot = m_timeline->snapshot();
        if (snapshot && snapshot->error.isEmpty())
            m_dashboard->setEngagement(snapshot->cycleId, snapshot->counts);
    });
    connect(m_dashboard, &DashboardPage::applicationsRequested, this, [this] { setCurrentArea(Area::Applications); });
    connect(m_dashboard, &DashboardPage::matchesRequested, this, [this] { setCurrentArea(Area::Matching); });
    connect(m_dashboard, &DashboardPage::timelineRequested, this, [this] { setCurrentArea(Area::Timeline); });
    connect(m_dashboard, &DashboardPage::engagementRequested, this, [this] {
        setCurrentArea(Area::Timeline);
        m_timeline->needsAttentionAction()->trigger();
    });
    connect(m_timeline, &TimelinePage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeout); });
    m_letters = new LettersPage(m_areaStack);
    m_areaStack->addWidget(m_letters);
    connect(m_letters, &LettersPage::toSendChanged, this, [this](int count) {
        m_sidebar->setBadge(Area::Letters, count > 0 ? tr("%Ln to send", nullptr, count) : QString(),
                            tr("%Ln letters of this cycle are still to send", nullptr, count));
        m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());
    });
    connect(m_letters, &LettersPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, StatusMessageTimeout); });
    connect(m_sidebar, &AreaSidebar::areaSelected, this, &MainWindow::setCurrentArea);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);

    auto *workspace = new QWidget(this);
    workspace->setObjectName(QStringLiteral("workspace"));
    auto *layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(line);
    layout->addWidget(m_areaStack, 1);
    m_sidebar->setFixedWidth(m_sidebar->sizeHint().width());

    m_centralStack = new QStackedWidget(this);
    m_centralStack->setObjectName(QStringLiteral("centralStack"));
    m_centralStack->addWidget(m_welcomePage);
    m_centralStack->addWidget(workspace);
    setCentralWidget(m_centralStack);
}

Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_areaStack->currentIndex());
}

void MainWindow::setCurrentArea(Area area)
{
    const int index = static_cast<int>(area);
    if (index < 0 || index >= m_areaStack->count())
        return;
    m_areaStack->setCurrentIndex(index);
    if (m_sidebar->currentArea() != area) {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentArea(area);
    }
    m_areaActions->actions().at(index)->setChecked(true);
    updateSearchField();
}

bool MainWindow::openPacket(const QString &path)
{
    auto *window = new PacketWindow;
    QString error;
    if (!window->open(path, &error)) {
        delete window;
        Messages::warning(this, tr("Open Review Packet"), error);
        return false;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return true;
}

bool MainWindow::openProgram(const QString &path)
{
    if (path.endsWith(QLatin1Char('.') + PacketFile::suffix(), Qt::CaseInsensitive))
        return openPacket(path); // a reviewer's packet opens in its own window
    const QString file = QFileInfo(path).absoluteFilePath();
    if (m_document && sameFile(file, m_document->filePath()))
        return true;
    if (!QFileInfo(file).isFile()) {
        Messages::critical(
            this, tr("Open Program"),
            tr("“%1” does not exist. It may have been moved, renamed or deleted.").arg(QDir::toNativeSeparators(file)));
        m_recentFiles.remove(file);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = ProgramDocument::open(file);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        Messages::critical(this, tr("Open Program"),
                           tr("Cohort cannot open “%1”.\n\n%2").arg(QFileInfo(file).fileName(), opened.error()));
        return false;
    }
    adoptDocument(std::move(opened).value());
    return true;
}

bool MainWindow::createProgram(const QString &path)
{
    const QString file = withSuffix(QFileInfo(path).absoluteFilePath());
    if (QFileInfo::exists(file)) {
        Messages::warning(this, tr("New Program"),
                          tr("“%1” already exists. Choose another name: Cohort never overwrites a program file.")
                              .arg(QDir::toNativeSeparators(file)));
        return false;
    }
    auto created = ProgramDocument::create(file, {});
    if (!created) {
        Messages::critical(this, tr("New Program"),
                           tr("Cohort cannot create “%1”.\n\n%2").arg(QDir::toNativeSeparators(file), created.error()));
        return false;
    }
    adoptDocument(std::move(created).value());
    return true;
}

bool MainWindow::openDemo()
{
    auto installed = m_demoInstaller.install();
    if (!installed) {
        Messages::warning(this, tr("Open Demo Program"), installed.error());
        return false;
    }
    return openProgram(installed.value());
}

void MainWindow::openAtStartup(const QString &fileArgument)
{
    if (!fileArgument.isEmpty()) {
        openProgram(fileArgument);
        return;
    }
    const QString last = m_settings.lastFile();
    if (!last.isEmpty() && QFileInfo(last).isFile() && openProgram(last))
        return;
    if (m_demoInstaller.isAvailable() || m_demoInstaller.isInstalled())
        openDemo();
}

void MainWindow::adoptDocument(std::unique_ptr<ProgramDocument> document)
{
    closeProgram();
    m_document = std::move(document);
    ProgramDocument *doc = m_document.get();
    connect(doc, &ProgramDocument::programChanged, this, &MainWindow::updateTitle);
    connect(doc, &ProgramDocument::cyclesChanged, this, &MainWindow::populateCycles);
    connect(doc, &ProgramDocument::commandFailed, this, &MainWindow::reportCommandError);
    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());

    m_recentFiles.add(doc->filePath());
    m_settings.setLastFile(doc->filePath());
    m_dashboard->setDocument(doc);
    m_applications->setDocument(doc);
    m_review->setDocument(doc);
    m_matching->setDocument(doc);
    m_timeline->setDocument(doc);
    m_letters->setDocument(doc);
    m_cycleActions->setDocument(doc);
    populateCycles();
    m_centralStack->setCurrentIndex(1);
    setCurrentArea(static_cast<Area>(m_settings.currentArea()));

    updateTitle();
    updateActions();
    updateStatusBar();
    if (doc->isReadOnly())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(doc->readOnlyReason()));
    else if (!doc->database().backupPath().isEmpty())
        statusBar()->showMessage(tr("This program file was updated for this version of Cohort; the original was kept "
                                    "as “%1”.")
                                     .arg(QDir::toNativeSeparators(doc->database().backupPath())));
    else
        statusBar()->showMessage(tr("Opened “%1”.").arg(doc->fileName()), StatusMessageTimeout);
    if (doc->database().integrityCheckDeferred())
        checkProgramFile(false);
}

void MainWindow::closeProgram()
{
    waitForBackgroundJob();
    delete m_importWizard; // it works on the document; a running import is cancelled and rolled back
    m_dashboard->setDocument(nullptr);
    m_applications->setDocument(nullptr);
    m_review->setDocument(nullptr);
    m_matching->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
    m_letters->setDocument(nullptr);
    m_cycleActions->setDocument(nullptr);
    if (m_document) {
        m_settings.setCurrentArea(static_cast<int>(currentArea()));
        disconnect(m_document.get(), nullptr, this, nullptr);
        m_undoGroup->removeStack(m_document->undoStack());
        m_document.reset();
    }
    {
        const QSignalBlocker blocker(m_cycleComboBox);
        m_cycleComboBox->clear();
    }
    m_centralStack->setCurrentIndex(0);
    setWindowModified(false);
    updateTitle();
    updateActions();
    updateStatusBar();
}

void MainWindow::populateCycles()
{
    if (!m_document)
        return;
    const QString previous = m_cycleComboBox->currentData().toString();
    auto cycles = m_document->cycleStore().list();
    {
        const QSignalBlocker blocker(m_cycleComboBox);
        m_cycleComboBox->clear();
        if (!cycles) {
            statusBar()->showMessage(cycles.error());
        } else {
            for (const Cycle &cycle : cycles.value())
                m_cycleComboBox->addItem(cycle.name, cycle.id);
        }
        // The cycle shown before, else the one remembered for this file, else the newest.
        int index = m_cycleComboBox->findData(previous);
        if (index < 0)
            index = m_cycleComboBox->findData(m_settings.selectedCycle(m_document->filePath()));
        if (index < 0)
            index = m_cycleComboBox->count() - 1;
        m_cycleComboBox->setCurrentIndex(index);
        m_cycleComboBox->setEnabled(m_cycleComboBox->count() > 0);
        if (m_cycleComboBox->count() == 0)
            m_cycleComboBox->setPlaceholderText(tr("No cycles yet"));
    }
    applySelectedCycle();
}

void MainWindow::applySelectedCycle()
{
    const QString cycleId = m_cycleComboBox->currentData().toString();
    if (m_document && !cycleId.isEmpty())
        m_settings.setSelectedCycle(m_document->filePath(), cycleId);
    m_dashboard->setCycle(cycleId, m_cycleComboBox->currentText());
    m_applications->setCycle(cycleId, m_cycleComboBox->currentText());
    m_review->setCycle(cycleId, m_cycleComboBox->currentText());
    m_matching->setCycle(cycleId, m_cycleComboBox->currentText());
    m_timeline->setCycle(cycleId, m_cycleComboBox->currentText());
    m_letters->setCycle(cycleId, m_cycleComboBox->currentText());
    m_cycleActions->setCycle(cycleId, m_cycleComboBox->currentText());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Cohort"));
        return;
    }
    const QString program = m_document->program().name;
    const QString file = m_document->fileName();
    // [*] is where Qt shows the modified mark (undoStack's cleanChanged drives it).
    setWindowTitle(m_document->isReadOnly() ? tr("%1 — %2[*] (read-only) — Cohort").arg(program, file)
                                            : tr("%1 — %2[*] — Cohort").arg(program, file));
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    m_saveCopyAction->setEnabled(open && !m_backupWatcher.isRunning());
    m_checkAction->setEnabled(open && !m_checkWatcher.isRunning());
    m_closeAction->setEnabled(open);
    m_renameAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    for (QAction *action : m_areaActions->actions())
        action->setEnabled(open);
    m_cycleComboBox->setEnabled(open && m_cycleComboBox->count() > 0);
    m_openDemoAction->setEnabled(m_demoInstaller.isAvailable() || m_demoInstaller.isInstalled());
    updateSearchField();
}

void MainWindow::updateStatusBar()
{
    const bool open = m_document != nullptr;
    m_fileLabel->setVisible(open);
    m_fileLabel->setText(open ? m_document->fileName() : QString());
    m_fileLabel->setToolTip(open ? QDir::toNativeSeparators(m_document->filePath()) : QString());
    const bool readOnly = open && m_document->isReadOnly();
    m_readOnlyLabel->setVisible(readOnly);
    m_readOnlyLabel->setToolTip(readOnly ? m_document->readOnlyReason() : QString());
    m_savedLabel->setVisible(open && !readOnly);
    if (!open)
        statusBar()->clearMessage();
}

void MainWindow::updateSearchField()
{
    // The field filters the area that has something to search; elsewhere it says why it is off.
    const bool applications = m_document && currentArea() == Area::Applications;
    const bool letters = m_document && currentArea() == Area::Letters;
    {
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->setText(applications ? m_applications->searchText()
                              : letters    ? m_letters->searchText()
                                           : QString());
    }
    m_searchEdit->setEnabled(applications || letters);
    if (applications)
        m_searchEdit->setToolTip(tr("Show the applications whose name, email or library contains these words"));
    else if (letters)
        m_searchEdit->setToolTip(tr("Show the letters to send and issued whose name, code or letter contains these "
                                    "words"));
    else if (!m_document)
        m_searchEdit->setToolTip(tr("Open a program to search it"));
    else if (currentArea() == Area::Dashboard)
        m_searchEdit->setToolTip(tr("The Dashboard has nothing to search"));
    else if (currentArea() == Area::Review)
        m_searchEdit->setToolTip(tr("Review has no search: sort the grid by a column instead"));
    else if (currentArea() == Area::Matching)
        m_searchEdit->setToolTip(tr("Matching has its own field above the unmatched mentees"));
    else if (currentArea() == Area::Timeline)
        m_searchEdit->setToolTip(tr("Timeline has its own field above the list of matches"));
    else
        m_searchEdit->setToolTip(
            tr("Search comes with the %1 area in a later version").arg(AreaInfo::of(currentArea()).title));
}

void MainWindow::focusSearch()
{
    if (m_searchEdit->isEnabled()) {
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    } else {
        statusBar()->showMessage(m_searchEdit->toolTip(), StatusMessageTimeout);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.files();
    bool anyMissing = false;
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const bool exists = QFileInfo(path).isFile();
        anyMissing = anyMissing || !exists;
        QString text = QFileInfo(path).fileName();
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (i < 9)
            text = QStringLiteral("&%1 ").arg(i + 1) + text;
        if (!exists)
            text = tr("%1 (missing)").arg(text);
        QAction *action = m_recentMenu->addAction(text);
        action->setEnabled(exists);
        action->setToolTip(exists ? QDir::toNativeSeparators(path)
                                  : tr("Not found: %1").arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] { openProgram(path); });
    }
    if (files.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No Recent Programs"));
        none->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *removeMissing = m_recentMenu->addAction(tr("Remove &Missing Files"));
    removeMissing->setToolTip(tr("Take files that no longer exist off this list"));
    removeMissing->setEnabled(anyMissing);
    connect(removeMissing, &QAction::triggered, this, [this] {
        for (const QString &path : m_recentFiles.files()) {
            if (!QFileInfo(path).isFile())
                m_recentFiles.remove(path);
        }
    });
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent Programs"));
    clear->setToolTip(tr("Empty this list (the files stay where they are)"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [this] { m_recentFiles.clear(); });
}

bool MainWindow::renameProgram(const QString &newName)
{
    if (!m_document)
        return false;
    const QString name = newName.trimmed();
    if (name.isEmpty()) {
        Messages::warning(this, tr("Rename Program"), tr("A program needs a name. Type one, or cancel."));
        return false;
    }
    if (name == m_document->program().name)
        return true;
    if (const Status renamed = m_document->execute(new RenameProgramCommand(*m_document, name)); !renamed) {
        Messages::critical(this, tr("Rename Program"), renamed.error());
        return false;
    }
    return true;
}

void MainWindow::reportCommandError(const QString &message)
{
    // Called from inside QUndoStack::undo()/redo(): show the box once the stack is done.
    QMetaObject::invokeMethod(
        this, [this, message] { Messages::critical(this, tr("Change Not Applied"), message); }, Qt::QueuedConnection);
}

void MainWindow::saveCopyTo(const QString &path)
{
    if (!m_document || m_backupWatcher.isRunning())
        return;
    const QString target = withSuffix(QFileInfo(path).absoluteFilePath());
    m_backupTarget = target;
    m_backupCancelled = false;
    m_jobProgress->start(tr("Saving a copy to “%1”…").arg(QFileInfo(target).fileName()), true);
    updateActions();
    // Qt Sql connections belong to one thread: the worker opens its own and closes it before it returns.
    const Database *database = &m_document->database();
    m_backupWatcher.setFuture(QtConcurrent::run([database, target]() -> QString {
        auto connection = database->openAnotherConnection();
        if (!connection)
            return connection.error();
        const Status status = connection.value()->backupTo(target);
        return status ? QString() : status.error();
    }));
}

void MainWindow::finishBackup()
{
    const QString error = m_backupWatcher.result();
    m_jobProgress->finish();
    updateActions();
    const QString name = QFileInfo(m_backupTarget).fileName();
    if (m_backupCancelled) {
        // The copy was written as one whole file or not at all; a cancelled copy is removed.
        if (error.isEmpty())
            QFile::remove(m_backupTarget);
        statusBar()->showMessage(tr("Save a Copy cancelled; no copy was kept."), StatusMessageTimeout);
        emit backgroundJobFinished(false);
        return;
    }
    if (!error.isEmpty()) {
        Messages::critical(this, tr("Save a Copy"), tr("Cohort could not write “%1”.\n\n%2").arg(name, error));
        emit backgroundJobFinished(false);
        return;
    }
    statusBar()->showMessage(tr("Saved a copy as “%1”.").arg(QDir::toNativeSeparators(m_backupTarget)),
                             StatusMessageTimeout);
    emit backgroundJobFinished(true);
}

void MainWindow::checkProgramFile(bool full)
{
    if (!m_document || m_checkWatcher.isRunning())
        return;
    m_checkRequestedByUser = full;
    if (full)
        statusBar()->showMessage(tr("Checking “%1”…").arg(m_document->fileName()));
    updateActions();
    const Database *database = &m_document->database();
    const QString name = m_document->fileName();
    m_checkWatcher.setFuture(QtConcurrent::run([database, full, name]() -> IntegrityOutcome {
        auto connection = database->openAnotherConnection();
        if (!connection)
            return {false, connection.error()};
        auto report = connection.value()->check(full);
        if (!report)
            return {false, report.error()};
        if (report->ok())
            return {};
        QStringList problems = report->integrityProblems + report->foreignKeyProblems;
        const qsizetype total = problems.size();
        problems = problems.mid(0, 5);
        if (total > problems.size())
            problems.append(MainWindow::tr("… and %n more.", nullptr, int(total - problems.size())));
        return {false,
                MainWindow::tr("Cohort found problems in “%1”:\n\n%2").arg(name, problems.join(QLatin1Char('\n')))};
    }));
}

ImportWizard *MainWindow::importWizard() const
{
    return m_importWizard.data();
}

void MainWindow::importApplications()
{
    if (!m_document || m_document->isReadOnly() || m_importWizard)
        return;
    m_importWizard = new ImportWizard(*m_document, m_cycleComboBox->currentData().toString(), this);
    m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importWizard, &ImportWizard::imported, this, [this](const QString &cycleId, int applications) {
        // Show the cycle the applications went into.
        const int index = m_cycleComboBox->findData(cycleId);
        if (index >= 0)
            m_cycleComboBox->setCurrentIndex(index);
        statusBar()->showMessage(
            tr("Imported %n applications into %1.", nullptr, applications).arg(m_cycleComboBox->currentText()),
            StatusMessageTimeout);
    });
    m_importWizard->open();
}

void MainWindow::finishCheck()
{
    const IntegrityOutcome outcome = m_checkWatcher.result();
    updateActions();
    const QString name = m_document ? m_document->fileName() : QString();
    if (outcome.ok) {
        statusBar()->showMessage(m_checkRequestedByUser
                                     ? tr("“%1” checked: no problems found.").arg(name)
                                     : tr("“%1” checked in the background: no problems found.").arg(name),
                                 StatusMessageTimeout);
    } else {
        statusBar()->clearMessage();
        Messages::warning(this, tr("Check Program File"),
                          outcome.message + QStringLiteral("\n\n") +
                              tr("Keep working only on a copy you trust: open your latest copy made with Save a "
                                 "Copy, or ask whoever keeps the committee's backups."));
    }
    emit integrityChecked(outcome.ok);
}

void MainWindow::waitForBackgroundJob()
{
    // The workers read the document's Database: they must end before the document goes.
    if (m_backupWatcher.isRunning())
        m_backupWatcher.waitForFinished();
    if (m_checkWatcher.isRunning())
        m_checkWatcher.waitForFinished();
}

void MainWindow::restoreSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    restoreState(m_settings.windowState());
    const QByteArray splitter = m_settings.splitterState(DashboardSplitterName);
    if (!splitter.isEmpty())
        m_dashboard->splitter()->restoreState(splitter);
}

void MainWindow::saveSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setSplitterState(DashboardSplitterName, m_dashboard->splitter()->saveState());
    if (m_document)
        m_settings.setCurrentArea(static_cast<int>(currentArea()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    waitForBackgroundJob();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (droppedProgramFile(event->mimeData()).isEmpty()) {
        statusBar()->showMessage(tr("Only Cohort program files (.cohort) can be dropped here."), StatusMessageTimeout);
        event->ignore();
        return;
    }
    statusBar()->showMessage(tr("Drop to open “%1”.").arg(QFileInfo(droppedProgramFile(event->mimeData())).fileName()),
                             StatusMessageTimeout);
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = droppedProgramFile(event->mimeData());
    if (file.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    openProgram(file);
}

void MainWindow::newProgramDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("New Program"),
                                                      folder + QLatin1Char('/') + tr("Mentoring Program.cohort"),
                                                      fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        createProgram(path);
}

void MainWindow::openDialog()
{
    const QString folder = m_document ? QFileInfo(m_document->filePath()).absolutePath()
                                      : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Program"), folder,
                                                      fileFilter() + QStringLiteral(";;") +
                                                          tr("Review packets (*.%1)").arg(PacketFile::suffix()));
    if (!path.isEmpty())
        openProgram(path);
}

void MainWindow::saveCopyDialog()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->filePath());
    const QString suggested =
        current.absolutePath() + QLatin1Char('/') + tr("%1 copy.cohort").arg(current.completeBaseName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggested, fileFilter());
    if (!path.isEmpty())
        saveCopyTo(path);
}

void MainWindow::renameDialog()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Program"), tr("Program name:"), QLineEdit::Normal,
                                               m_document->program().name, &ok);
    if (ok)
        renameProgram(name);
}

void MainWindow::showAbout()
{
    Messages::about(this, tr("About Cohort"),
                    tr("<h3>Cohort %1</h3>"
                       "<p>Runs a mentoring program for children's librarians: applications, review, matching, "
                       "the program year and its letters, in one program file the committee owns.</p>"
                       "<p>Built with Qt %2.</p>")
                        .arg(QStringLiteral(COHORT_VERSION), QString::fromLatin1(qVersion())));
}

} // namespace cohort
