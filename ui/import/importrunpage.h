#pragma once

#include "intake/importer.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;

namespace cohort {

class PageMessage;
struct ImportSession;

// Step 5: the import, then its report. ApplicationImporter::run() writes on a worker thread with
// its own connection, in one transaction; the page shows its progress, and the wizard's Cancel
// stops it (the importer rolls back: nothing remains). A committed import is pushed as one
// ImportApplicationsCommand, so Edit › Undo takes the whole import back.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportRunPage(ImportSession &session, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    // From the start of the import until its outcome is on the page.
    bool isRunning() const { return m_running; }
    // Asks the running import to stop; it rolls back and the page says so.
    void cancel();
    bool isCancelling() const { return m_state && m_state->cancel.load(); }
    // The report's summary shown on the page (after the import), or the reason it failed.
    QString resultText() const;

    // Shared with the worker thread, which outlives neither the page nor this state.
    struct State
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancel{false};
    };
    struct Outcome
    {
        QString error;
        ImportReport report;
    };

signals:
    // The import ended: committed (and on the undo stack), or not (cancelled, refused, failed).
    void finished(bool committed);

private:
    void finishImport();
    void showProgress();

    ImportSession &m_session;
    QLabel *m_label;
    QProgressBar *m_progressBar;
    PageMessage *m_result;
    QFutureWatcher<Outcome> m_watcher;
    QTimer m_progressTimer;
    std::shared_ptr<State> m_state;
    bool m_started = false;
    bool m_running = false;
};

} // namespace cohort
