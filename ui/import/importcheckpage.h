#pragma once

#include "intake/importer.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QRadioButton;
class QTableView;

namespace cohort {

class ImportProblemsModel;
class PageMessage;
struct ImportSession;

// Step 4: the validation report. ApplicationImporter::check() runs on a worker thread with its
// own connection (a large file takes seconds) and writes nothing; the page shows the counts and
// every problem by line and column, and asks what to do with rows whose email already applied
// in the cycle. Rows with errors block the import until "Import the valid rows and skip the
// rest" is checked. This is the commit page: its Import button starts the import.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportCheckPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // From the start of a check until its report is on the page.
    bool isChecking() const { return m_checking; }
    void setDuplicatePolicy(DuplicatePolicy policy);
    DuplicatePolicy duplicatePolicy() const;
    QCheckBox *validOnlyCheckBox() const { return m_validOnlyCheckBox; }
    ImportProblemsModel *problemsModel() const { return m_problemsModel; }
    // The line under the counts: what the check means for the import.
    QString verdict() const;

    struct Outcome
    {
        int generation = 0;
        QString error; // the check could not run
        ImportReport report;
    };

signals:
    // The check finished (ok: it ran; the report is in the session).
    void checked(bool ok);

private:
    void startCheck();
    void finishCheck();
    void showCounts(const ImportReport *report);
    void updateVerdict();

    ImportSession &m_session;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QList<QLabel *> m_countLabels;
    QGroupBox *m_duplicatesGroup;
    QButtonGroup *m_duplicatesButtons;
    QRadioButton *m_skipRadio;
    QRadioButton *m_updateRadio;
    QRadioButton *m_keepBothRadio;
    PageMessage *m_verdict;
    QTableView *m_problemsView;
    ImportProblemsModel *m_problemsModel;
    QCheckBox *m_validOnlyCheckBox;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
    bool m_checking = false;
};

} // namespace cohort
