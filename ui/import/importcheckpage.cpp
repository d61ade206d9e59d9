#include "import/importcheckpage.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "import/importproblemsmodel.h"
#include "import/importsession.h"
#include "import/pagemessage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

namespace {
enum Count
{
    RowsCount,
    ValidCount,
    InvalidCount,
    DuplicatesCount,
    LinkedCount,
    LikelyDuplicatesCount,
    CountCount
};

// Runs on a worker thread: Qt Sql connections belong to one thread, so it opens its own and
// closes it before it returns. The table is shared, never copied.
ImportCheckPage::Outcome check(int generation, const Database *database, std::shared_ptr<const CsvTable> table,
                               const ImportRequest &request)
{
    ImportCheckPage::Outcome outcome;
    outcome.generation = generation;
    auto connection = database->openAnotherConnection();
    if (!connection) {
        outcome.error = connection.error();
        return outcome;
    }
    auto report = ApplicationImporter(*connection.value()).check(*table, request);
    if (report)
        outcome.report = std::move(report).value();
    else
        outcome.error = report.error();
    return outcome;
}
} // namespace

ImportCheckPage::ImportCheckPage(ImportSession &session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_busyBar(new QProgressBar(this)), m_busyLabel(new QLabel(this)),
      m_duplicatesGroup(new QGroupBox(this)), m_duplicatesButtons(new QButtonGroup(this)),
      m_skipRadio(new QRadioButton(tr("&Skip the row; keep the application already there"), this)),
      m_updateRadio(new QRadioButton(tr("&Update the existing application with the row's answers"), this)),
      m_keepBothRadio(new QRadioButton(tr("&Keep both: import the row as another application"), this)),
      m_verdict(new PageMessage(this)), m_problemsView(new QTableView(this)),
      m_problemsModel(new ImportProblemsModel(this)),
      m_validOnlyCheckBox(new QCheckBox(tr("Import the &valid rows and skip the rest"), this))
{
    setTitle(tr("Check the Applications"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_busyBar->setObjectName(QStringLiteral("checkProgressBar"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setAccessibleName(tr("Checking"));
    m_busyLabel->setTextFormat(Qt::PlainText);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyBar);
    busyRow->addWidget(m_busyLabel, 1);

    const QStringList countNames = {tr("Rows in the file:"),
                                    tr("Valid:"),
                                    tr("With errors:"),
                                    tr("Already applied in this cycle:"),
                                    tr("Applied in an earlier cycle (linked):"),
                                    tr("Likely duplicates (same name and library):")};
    const QStringList countTips = {
        tr("The applications (rows) below the header"),
        tr("Rows that can be imported as they are"),
        tr("Rows that cannot be imported; their problems are listed below"),
        tr("Rows whose email already has an application in this cycle, or appears twice in the file"),
        tr("Rows whose email belongs to someone who applied before; they are linked to that person"),
        tr("Rows with the same name and library as another application but another email; they are flagged for "
           "someone to merge")};
    auto *counts = new QGridLayout;
    counts->setHorizontalSpacing(12);
    for (int i = 0; i < CountCount; ++i) {
        auto *name = new QLabel(countNames.at(i), this);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("count%1Label").arg(i));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setTextFormat(Qt::PlainText);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("000,000")));
        name->setToolTip(countTips.at(i));
        value->setToolTip(countTips.at(i));
        value->setAccessibleName(countNames.at(i));
        name->setBuddy(value);
        counts->addWidget(name, i, 0);
        counts->addWidget(value, i, 1);
        m_countLabels.append(value);
    }
    counts->setRowStretch(CountCount, 1);

    m_duplicatesGroup->setObjectName(QStringLiteral("duplicatesGroupBox"));
    m_skipRadio->setObjectName(QStringLiteral("skipRadioButton"));
    m_updateRadio->setObjectName(QStringLiteral("updateRadioButton"));
    m_keepBothRadio->setObjectName(QStringLiteral("keepBothRadioButton"));
    m_skipRadio->setToolTip(tr("The application already in the cycle stays as it is"));
    m_updateRadio->setToolTip(tr("The application already in the cycle takes the answers from this file "
                                 "(Undo puts the old answers back)"));
    m_keepBothRadio->setToolTip(tr("Both applications stay, flagged as the same email, for someone to decide later"));
    m_duplicatesButtons->addButton(m_skipRadio, int(DuplicatePolicy::Skip));
    m_duplicatesButtons->addButton(m_updateRadio, int(DuplicatePolicy::Update));
    m_duplicatesButtons->addButton(m_keepBothRadio, int(DuplicatePolicy::KeepBoth));
    m_skipRadio->setChecked(true);
    auto *duplicatesLayout = new QVBoxLayout(m_duplicatesGroup);
    duplicatesLayout->addWidget(m_skipRadio);
    duplicatesLayout->addWidget(m_updateRadio);
    duplicatesLayout->addWidget(m_keepBothRadio);
    duplicatesLayout->addStretch(1);

    auto *top = new QHBoxLayout;
    top->addLayout(counts);
    top->addSpacing(24);
    top->addWidget(m_duplicatesGroup, 1);

    m_verdict->setObjectName(QStringLiteral("checkVerdict"));

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_problemsModel);
    proxy->setSortRole(ImportProblemsModel::SortRole);
    m_problemsView->setObjectName(QStringLiteral("problemsTableView"));
    m_problemsView->setAccessibleName(tr("Problems by line"));
    m_problemsView->setModel(proxy);
    m_problemsView->setSortingEnabled(true);
    m_problemsView->sortByColumn(ImportProblemsModel::LineColumn, Qt::AscendingOrder);
    m_problemsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->setWordWrap(false);
    m_problemsView->verticalHeader()->setVisible(false);
    m_problemsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_problemsView->verticalHeader()->setDefaultSectionSize(m_problemsView->fontMetrics().height() + 8);
    QHeaderView *header = m_problemsView->horizontalHeader();
    header->setSectionResizeMode(ImportProblemsModel::MessageColumn, QHeaderView::Stretch);
    header->resizeSection(ImportProblemsModel::LineColumn, 70);
    header->resizeSection(ImportProblemsModel::SeverityColumn, 80);
    header->resizeSection(ImportProblemsModel::FileColumnColumn, 220);
    auto *problemsLabel = new QLabel(tr("&Problems:"), this);
    problemsLabel->setBuddy(m_problemsView);

    m_validOnlyCheckBox->setObjectName(QStringLiteral("validOnlyCheckBox"));
    m_validOnlyCheckBox->setToolTip(tr("The rows with errors are left out, and the import's report says so"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(busyRow);
    layout->addLayout(top);
    layout->addWidget(m_verdict);
    layout->addWidget(problemsLabel);
    layout->addWidget(m_problemsView, 1);
    layout->addWidget(m_validOnlyCheckBox);

    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ImportCheckPage::finishCheck);
    connect(m_validOnlyCheckBox, &QCheckBox::toggled, this, [this](bool on) {
        m_session.validOnly = on;
        updateVerdict();
        emit completeChanged();
    });
    connect(m_duplicatesButtons, &QButtonGroup::idToggled, this, [this](int id, bool on) {
        if (on)
            m_session.duplicates = static_cast<DuplicatePolicy>(id);
    });
}

ImportCheckPage::~ImportCheckPage()
{
    m_watcher.waitForFinished();
}

void ImportCheckPage::initializePage()
{
    setSubTitle(tr("Nothing has been imported yet. Cohort checks every row against what %1 applications to %2 need.")
                    .arg(m_session.role == QLatin1String("mentor") ? tr("mentor") : tr("mentee"), m_session.cycleName));
    m_duplicatesGroup->setTitle(tr("When an email already has an application in %1").arg(m_session.cycleName));
    startCheck();
}

void ImportCheckPage::cleanupPage()
{
    ++m_generation; // going back: a check still running no longer counts
    m_checking = false;
    m_session.checkReport.reset();
    m_busyBar->setVisible(false);
    m_busyLabel->clear();
}

void ImportCheckPage::startCheck()
{
    const int generation = ++m_generation;
    m_checking = true;
    m_session.checkReport.reset();
    m_problemsModel->setProblems({});
    showCounts(nullptr);
    m_verdict->clear();
    m_validOnlyCheckBox->setChecked(false);
    m_validOnlyCheckBox->setEnabled(false);
    m_busyBar->setVisible(true);
    m_busyLabel->setText(tr("Checking %n rows…", nullptr, m_session.table ? int(m_session.table->rows.size()) : 0));
    if (!m_session.document || !m_session.table) {
        m_checking = false;
        m_busyBar->setVisible(false);
        m_busyLabel->clear();
        m_verdict->setMessage(PageMessage::Kind::Error, tr("There is no file to check. Go back and choose one."));
        emit completeChanged();
        return;
    }
    emit completeChanged();
    m_watcher.setFuture(
        QtConcurrent::run(check, generation, &m_session.document->database(), m_session.table, m_session.request()));
}

void ImportCheckPage::finishCheck()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.generation != m_generation)
        return;
    m_checking = false;
    m_busyBar->setVisible(false);
    m_busyLabel->clear();
    if (!outcome.error.isEmpty()) {
        m_verdict->setMessage(PageMessage::Kind::Error, tr("Cohort could not check the file: %1").arg(outcome.error));
        emit completeChanged();
        emit checked(false);
        return;
    }
    m_session.checkReport = outcome.report;
    showCounts(&*m_session.checkReport);
    m_problemsModel->setProblems(outcome.report.problems);
    m_validOnlyCheckBox->setEnabled(outcome.report.rows > outcome.report.valid);
    updateVerdict();
    emit completeChanged();
    emit checked(true);
}

void ImportCheckPage::showCounts(const ImportReport *report)
{
    const QList<int> values = report ? QList<int>{report->rows,
                                                  report->valid,
                                                  report->rows - report->valid,
                                                  report->duplicatesInCycle,
                                                  report->linkedPeople,
                                                  report->likelyDuplicates}
                                     : QList<int>();
    for (int i = 0; i < m_countLabels.size(); ++i)
        m_countLabels.at(i)->setText(report ? QLocale().toString(values.at(i)) : QStringLiteral("…"));
}

void ImportCheckPage::updateVerdict()
{
    if (!m_session.checkReport)
        return;
    const ImportReport &report = *m_session.checkReport;
    const int invalid = report.rows - report.valid;
    if (report.valid == 0) {
        m_verdict->setMessage(PageMessage::Kind::Error,
                              tr("No row can be imported. Correct the problems listed below in the file, or go back "
                                 "and check the columns."));
    } else if (invalid == 0) {
        m_verdict->setMessage(PageMessage::Kind::Information,
                              tr("All %n rows can be imported. Choose Import to add them.", nullptr, report.rows));
    } else if (!m_validOnlyCheckBox->isChecked()) {
        m_verdict->setMessage(PageMessage::Kind::Warning,
                              tr("%n rows have errors (listed below). Correct them in the file and import it again, "
                                 "or import the valid rows and skip the rest.",
                                 nullptr, invalid));
    } else {
        m_verdict->setMessage(
            PageMessage::Kind::Information,
            tr("%n valid rows will be imported.", nullptr, report.valid) + QLatin1Char(' ') +
                tr("%n rows with errors will be skipped, and the import's report will say so.", nullptr, invalid));
    }
}

QString ImportCheckPage::verdict() const
{
    return m_verdict->text();
}

bool ImportCheckPage::isComplete() const
{
    if (isChecking() || !m_session.checkReport)
        return false;
    const ImportReport &report = *m_session.checkReport;
    return report.valid > 0 && (report.rows == report.valid || m_validOnlyCheckBox->isChecked());
}

bool ImportCheckPage::validatePage()
{
    m_session.duplicates = duplicatePolicy();
    m_session.validOnly = m_validOnlyCheckBox->isChecked();
    return isComplete();
}

void ImportCheckPage::setDuplicatePolicy(DuplicatePolicy policy)
{
    if (QAbstractButton *button = m_duplicatesButtons->button(int(policy)))
        button->setChecked(true);
}

DuplicatePolicy ImportCheckPage::duplicatePolicy() const
{
    return static_cast<DuplicatePolicy>(m_duplicatesButtons->checkedId());
}

} // namespace cohort
