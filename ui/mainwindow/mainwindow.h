#pragma once

#include "mainwindow/area.h"
#include "mainwindow/demoinstaller.h"
#include "mainwindow/recentfiles.h"
#include "settings/appsettings.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QUndoGroup;

namespace cohort {

class ApplicationsPage;
class AreaSidebar;
class DashboardPage;
class ImportWizard;
class JobProgress;
class ProgramDocument;
class ReviewPage;
class MatchingPage;
class LettersPage;
class TimelinePage;
class CycleActions;
class WelcomePage;

// The window: the sidebar of areas, the toolbar (cycle, undo/redo, search), the menus and the
// status bar (file, read-only, saved, background job) around one open ProgramDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Each reports failures through Messages and returns whether it succeeded; a failed open
    // leaves the program that was open before untouched.
    // Opens a program file, or a review packet (.cohort-review) in a PacketWindow.
    bool openProgram(const QString &path);
    bool openPacket(const QString &path);
    bool createProgram(const QString &path);
    bool openDemo();
    void closeProgram();
    // No file argument: the last file if it still exists, else the demo (installed on first start).
    void openAtStartup(const QString &fileArgument = {});
    // Pushes a rename on the undo stack; false (and a message) when the program file refuses.
    bool renameProgram(const QString &newName);
    // Writes a consistent copy in the background; backgroundJobFinished() tells when it is done.
    void saveCopyTo(const QString &path);
    // Checks the open file on another thread: the full integrity and foreign-key check when the
    // user asks (File › Check Program File), quick_check after opening a large file.
    void checkProgramFile(bool full = true);
    // File › Import Applications…: opens the import wizard (window-modal) for the selected cycle.
    void importApplications();
    ImportWizard *importWizard() const; // the open wizard, or null

    // The outcome of a check: an empty message when the file is sound.
    struct IntegrityOutcome
    {
        bool ok = true;
        QString message;
    };

    ProgramDocument *document() const { return m_document.get(); }
    Area currentArea() const;
    void setCurrentArea(Area area);
    void setDemoInstaller(const DemoInstaller &installer) { m_demoInstaller = installer; }
    DashboardPage *dashboard() const { return m_dashboard; }
    ApplicationsPage *applicationsPage() const { return m_applications; }
    ReviewPage *reviewPage() const { return m_review; }
    MatchingPage *matchingPage() const { return m_matching; }
    TimelinePage *timelinePage() const { return m_timeline; }
    LettersPage *lettersPage() const { return m_letters; }
    CycleActions *cycleActions() const { return m_cycleActions; }

signals:
    void backgroundJobFinished(bool succeeded);
    void integrityChecked(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createCentralWidget();

    void adoptDocument(std::unique_ptr<ProgramDocument> document);
    void populateCycles();
    void applySelectedCycle();
    void updateTitle();
    void updateActions();
    void updateStatusBar();
    void updateSearchField();
    void rebuildRecentMenu();
    void reportCommandError(const QString &message);
    void finishBackup();
    void finishCheck();
    void waitForBackgroundJob();
    void restoreSettings();
    void saveSettings();

    void newProgramDialog();
    void openDialog();
    void saveCopyDialog();
    void renameDialog();
    void focusSearch();
    void showAbout();

    AppSettings m_settings;
    RecentFiles m_recentFiles{m_settings};
    DemoInstaller m_demoInstaller;
    std::unique_ptr<ProgramDocument> m_document;
    QUndoGroup *m_undoGroup;

    QStackedWidget *m_centralStack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    AreaSidebar *m_sidebar = nullptr;
    QStackedWidget *m_areaStack = nullptr;
    DashboardPage *m_dashboard = nullptr;
    ApplicationsPage *m_applications = nullptr;
    ReviewPage *m_review = nullptr;
    MatchingPage *m_matching = nullptr;
    TimelinePage *m_timeline = nullptr;
    LettersPage *m_letters = nullptr;
    CycleActions *m_cycleActions = nullptr;

    QComboBox *m_cycleComboBox = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_savedLabel = nullptr;
    JobProgress *m_jobProgress = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openDemoAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QActionGroup *m_areaActions = nullptr;
    QMenu *m_recentMenu = nullptr;

    QFutureWatcher<QString> m_backupWatcher;
    QString m_backupTarget;
    bool m_backupCancelled = false;
    QFutureWatcher<IntegrityOutcome> m_checkWatcher;
    bool m_checkRequestedByUser = false;
    QPointer<ImportWizard> m_importWizard;
};

} // namespace cohort
