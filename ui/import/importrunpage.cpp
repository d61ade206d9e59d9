#include "import/importrunpage.h"

#include "db/database.h"
#include "document/importcommand.h"
#include "document/programdocument.h"
#include "import/importsession.h"
#include "import/pagemessage.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

namespace {
constexpr int ProgressInterval = 100; // ms between updates of the bar; the worker only stores numbers

// Runs on a worker thread with its own connection (Qt Sql connections belong to one thread).
ImportRunPage::Outcome runImport(const Database *database, std::shared_ptr<const CsvTable> table,
                                 const ImportRequest &request, std::shared_ptr<ImportRunPage::State> state)
{
    ImportRunPage::Outcome outcome;
    auto connection = database->openAnotherConnection();
    if (!connection) {
        outcome.error = connection.error();
        return outcome;
    }
    const auto progress = [state](qint64 done, qint64 total) {
        state->done = done;
        state->total = total;
        return !state->cancel.load();
    };
    auto report = ApplicationImporter(*connection.value()).run(*table, request, progress);
    if (report)
        outcome.report = std::move(report).value();
    else
        outcome.error = report.error();
    return outcome;
}
} // namespace

ImportRunPage::ImportRunPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_label(new QLabel(this)), m_progressBar(new QProgressBar(this)),
      m_result(new PageMessage(this))
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_result->setObjectName(QStringLiteral("importResult"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_progressBar);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addStretch(1);

    m_progressTimer.setInterval(ProgressInterval);
    connect(&m_progressTimer, &QTimer::timeout, this, &ImportRunPage::showProgress);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportRunPage::finishImport);
}

ImportRunPage::~ImportRunPage()
{
    // The worker writes through its own connection to the document's file: let it roll back
    // before the wizard (and, after it, possibly the document) goes.
    if (m_state)
        m_state->cancel = true;
    m_watcher.waitForFinished();
}

void ImportRunPage::initializePage()
{
    // The page after a commit page is entered once per wizard.
    if (m_started || !m_session.document || !m_session.table)
        return;
    m_started = true;
    m_running = true;
    const int rows = m_session.checkReport ? m_session.checkReport->valid : int(m_session.table->rows.size());
    setSubTitle(tr("Importing %n applications into %1. Cancel leaves the program exactly as it was.", nullptr, rows)
                    .arg(m_session.cycleName));
    m_label->setText(tr("Importing “%1”…").arg(QFileInfo(m_session.filePath).fileName()));
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    m_result->clear();
    m_state = std::make_shared<State>();
    m_progressTimer.start();
    m_watcher.setFuture(
        QtConcurrent::run(runImport, &m_session.document->database(), m_session.table, m_session.request(), m_state));
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_started && !isRunning();
}

void ImportRunPage::cancel()
{
    if (!isRunning() || !m_state)
        return;
    m_state->cancel = true;
    m_label->setText(tr("Cancelling… (undoing what was written so far)"));
}

void ImportRunPage::showProgress()
{
    if (!m_state)
        return;
    const qint64 total = m_state->total.load();
    if (total <= 0)
        return;
    // QProgressBar counts in int; a row count fits.
    m_progressBar->setRange(0, int(total));
    m_progressBar->setValue(int(std::min(m_state->done.load(), total)));
}

void ImportRunPage::finishImport()
{
    m_progressTimer.stop();
    m_running = false;
    const Outcome outcome = m_watcher.result();
    const bool cancelled = outcome.report.cancelled || (m_state && m_state->cancel.load() && !outcome.report.committed);
    m_progressBar->setVisible(false);
    bool committed = false;
    if (cancelled) {
        setTitle(tr("Import Cancelled"));
        m_label->setText(tr("The import was cancelled."));
        m_result->setMessage(PageMessage::Kind::Information,
                             tr("Nothing was imported: the program is exactly as it was before."));
    } else if (!outcome.error.isEmpty()) {
        setTitle(tr("Import Failed"));
        m_label->setText(tr("Cohort could not import “%1”.").arg(QFileInfo(m_session.filePath).fileName()));
        m_result->setMessage(PageMessage::Kind::Error,
                             outcome.error + QStringLiteral("\n\n") +
                                 tr("Nothing was imported: the program is exactly as it was before."));
    } else if (!outcome.report.committed) {
        setTitle(tr("Nothing Imported"));
        m_label->setText(tr("The file was not imported."));
        m_result->setMessage(PageMessage::Kind::Warning, outcome.report.summary());
    } else {
        // One undo step for the whole import; the command's first redo writes nothing (the worker
        // committed) and tells the views.
        const Status pushed =
            m_session.document->execute(new ImportApplicationsCommand(*m_session.document, outcome.report));
        committed = true;
        setTitle(tr("Import Finished"));
        m_label->setText(
            tr("“%1” was imported into %2.").arg(QFileInfo(m_session.filePath).fileName(), m_session.cycleName));
        QString text = outcome.report.summary();
        if (!pushed)
            text +=
                QStringLiteral("\n\n") + tr("The import cannot be undone from the Edit menu: %1").arg(pushed.error());
        else
            text += QStringLiteral("\n\n") + tr("Edit › Undo takes the whole import back.");
        m_result->setMessage(PageMessage::Kind::Information, text);
    }
    m_session.importReport = outcome.report;
    emit completeChanged();
    emit finished(committed);
}

QString ImportRunPage::resultText() const
{
    return m_result->text();
}

} // namespace cohort
