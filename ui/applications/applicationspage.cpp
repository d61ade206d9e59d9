#include "applications/applicationspage.h"

#include "applications/applicationdetailpanel.h"
#include "applications/applicationfields.h"
#include "applications/applicationfiltermodel.h"
#include "applications/eligibilityrulesdialog.h"
#include "applications/newapplicationdialog.h"
#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/statustext.h"
#include "db/database.h"
#include "document/applicationcommands.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "store/applicationstore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

namespace {
const QString HeaderStateName = QStringLiteral("applicationsTable");
constexpr int ReloadDelayMs = 150;

enum StackPage
{
    NoCyclePage,
    LoadingPage,
    EmptyPage,
    TablePage
};

// Runs on a worker thread: its own connection (Qt Sql connections belong to one thread), the
// rows with their sort and search keys, and the likely-duplicate groups.
LoadedApplications loadApplications(const Database *database, const QString &cycleId, quint64 generation)
{
    LoadedApplications loaded;
    loaded.cycleId = cycleId;
    loaded.generation = generation;
    auto connection = database->openAnotherConnection();
    if (!connection) {
        loaded.error = connection.error();
        return loaded;
    }
    ApplicationStore store(*connection.value());
    auto summaries = store.listSummaries(cycleId);
    if (!summaries) {
        loaded.error = summaries.error();
        return loaded;
    }
    loaded.rows.reserve(summaries->size());
    for (ApplicationSummary &summary : summaries.value())
        loaded.rows.append(ApplicationRow::from(std::move(summary)));
    loaded.sorted = ApplicationTableModel::rankRows(loaded.rows);
    if (auto groups = store.likelyDuplicates(cycleId)) {
        for (const LikelyDuplicateGroup &group : groups.value()) {
            for (const QString &id : group.applicationIds) {
                QStringList others = group.applicationIds;
                others.removeAll(id);
                loaded.duplicates.insert(id, others);
            }
        }
    }
    return loaded;
}
} // namespace

ApplicationsPage::ApplicationsPage(QWidget *parent)
    : QWidget(parent), m_model(new ApplicationTableModel(this)),
      m_filterModel(new ApplicationFilterModel(m_model, this)), m_stack(new QStackedWidget(this)),
      m_noCycleState(new EmptyState(this)), m_loadingLabel(new QLabel(this)), m_emptyState(new EmptyState(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_tableView(new QTableView(this)),
      m_detailPanel(new ApplicationDetailPanel(this)), m_roleComboBox(new QComboBox(this)),
      m_statusComboBox(new QComboBox(this)), m_eligibilityComboBox(new QComboBox(this)), m_countLabel(new QLabel(this)),
      m_columnsButton(new QToolButton(this)), m_columnsMenu(new QMenu(this)),
      m_newApplicationAction(new QAction(tr("&New Application…"), this)),
      m_exportAction(new QAction(tr("&Applications to CSV…"), this)),
      m_eligibilityRulesAction(new QAction(tr("Eligibility &Rules…"), this)),
      m_importAction(new QAction(tr("Import Applications…"), this)), m_reloadTimer(new QTimer(this)),
      m_headerSaveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("applicationsPage"));

    m_newApplicationAction->setObjectName(QStringLiteral("newApplicationAction"));
    m_newApplicationAction->setIconText(tr("New Application…"));
    m_newApplicationAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newApplicationAction->setToolTip(tr("Add an application that came by email or on paper"));
    connect(m_newApplicationAction, &QAction::triggered, this, &ApplicationsPage::newApplicationDialog);
    m_exportAction->setObjectName(QStringLiteral("exportApplicationsAction"));
    m_exportAction->setToolTip(
        tr("Write the applications table as shown (visible columns, filtered and sorted rows) to a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &ApplicationsPage::exportDialog);
    m_eligibilityRulesAction->setObjectName(QStringLiteral("eligibilityRulesAction"));
    m_eligibilityRulesAction->setIconText(tr("Rules…"));
    connect(m_eligibilityRulesAction, &QAction::triggered, this, &ApplicationsPage::eligibilityRulesDialog);
    m_importAction->setObjectName(QStringLiteral("importApplicationsAction"));
    m_importAction->setToolTip(tr("Import applications from an online form's CSV export"));
    connect(m_importAction, &QAction::triggered, this, &ApplicationsPage::importRequested);

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs); // an import's or an undo's burst of signals costs one load
    connect(m_reloadTimer, &QTimer::timeout, this, &ApplicationsPage::startLoad);
    m_headerSaveTimer->setSingleShot(true);
    m_headerSaveTimer->setInterval(400);
    connect(m_headerSaveTimer, &QTimer::timeout, this, &ApplicationsPage::saveHeaderState);
    connect(&m_loadWatcher, &QFutureWatcher<LoadedApplications>::finished, this, &ApplicationsPage::finishLoad);

    // States without a table.
    m_noCycleState->setIcon(Icons::named(QStringLiteral("applications")));
    m_noCycleState->setTitle(tr("No cycles yet"));
    m_noCycleState->setText(tr("Applications belong to a cycle (an intake round in spring or fall). Once the program "
                               "has one, its applications are listed here."));
    m_loadingLabel->setObjectName(QStringLiteral("loadingLabel"));
    m_loadingLabel->setText(tr("Loading applications…"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setEnabled(false);
    m_emptyState->setObjectName(QStringLiteral("applicationsEmptyState"));
    m_emptyState->setIcon(Icons::named(QStringLiteral("applications")));
    m_emptyState->addAction(m_importAction);
    m_emptyState->addAction(m_newApplicationAction);

    // The filter bar.
    m_roleComboBox->setObjectName(QStringLiteral("roleFilterComboBox"));
    m_roleComboBox->setAccessibleName(tr("Role"));
    m_roleComboBox->setToolTip(tr("Show one role only"));
    m_roleComboBox->addItem(tr("All roles"), QString());
    for (const QString &role : StatusText::roles())
        m_roleComboBox->addItem(StatusText::rolePlural(role), role);
    m_statusComboBox->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusComboBox->setAccessibleName(tr("Status"));
    m_statusComboBox->setToolTip(tr("Show one status only"));
    m_statusComboBox->addItem(tr("All statuses"), QString());
    for (const QString &status : StatusText::applicationStatuses())
        m_statusComboBox->addItem(StatusText::applicationStatus(status), status);
    m_eligibilityComboBox->setObjectName(QStringLiteral("eligibilityFilterComboBox"));
    m_eligibilityComboBox->setAccessibleName(tr("Eligibility"));
    m_eligibilityComboBox->setToolTip(tr("Show eligible, not eligible or not yet checked applications"));
    m_eligibilityComboBox->addItem(tr("Any eligibility"), QString());
    for (const QString &code : {QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("unknown")})
        m_eligibilityComboBox->addItem(ApplicationFields::eligibilityLabel(code), code);
    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filterModel->setRoleFilter(m_roleComboBox->currentData().toString()); });
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filterModel->setStatusFilter(m_statusComboBox->currentData().toString()); });
    connect(m_eligibilityComboBox, &QComboBox::currentIndexChanged, this,
            [this] { m_filterModel->setEligibilityFilter(m_eligibilityComboBox->currentData().toString()); });

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_columnsButton->setObjectName(QStringLiteral("columnsButton"));
    m_columnsButton->setText(tr("Columns"));
    m_columnsButton->setToolTip(tr("Choose the columns of the table (also on the table header's context menu)"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setMenu(m_columnsMenu);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, [this] { fillColumnMenu(m_columnsMenu); });
    auto *newButton = new QToolButton(this);
    newButton->setDefaultAction(m_newApplicationAction);
    newButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    // The eligibility filter's neighbour: the rules that decide what it shows.
    auto *rulesButton = new QToolButton(this);
    rulesButton->setObjectName(QStringLiteral("eligibilityRulesButton"));
    rulesButton->setDefaultAction(m_eligibilityRulesAction);
    rulesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    rulesButton->setAccessibleName(tr("Eligibility Rules"));

    auto *filterBar = new QHBoxLayout;
    for (auto [text, combo] : {std::pair{tr("&Role:"), m_roleComboBox}, std::pair{tr("S&tatus:"), m_statusComboBox},
                               std::pair{tr("&Eligibility:"), m_eligibilityComboBox}}) {
        auto *label = new QLabel(text, this);
        label->setBuddy(combo);
        filterBar->addWidget(label);
        filterBar->addWidget(combo);
        if (combo == m_eligibilityComboBox)
            filterBar->addWidget(rulesButton);
        filterBar->addSpacing(8);
    }
    filterBar->addStretch();
    filterBar->addWidget(m_countLabel);
    filterBar->addSpacing(8);
    filterBar->addWidget(m_columnsButton);
    filterBar->addWidget(newButton);

    // The table. Fixed row heights and no contents-sized columns: nothing walks 50,000 rows.
    m_tableView->setObjectName(QStringLiteral("applicationsTableView"));
    m_tableView->setAccessibleName(tr("Applications"));
    m_tableView->setModel(m_filterModel);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setShowGrid(false);
    m_tableView->setWordWrap(false);
    m_tableView->setTextElideMode(Qt::ElideRight);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_tableView->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Widths in average characters: what the column's usual content needs, plus padding.
    const int ch = fontMetrics().averageCharWidth();
    const int widths[ApplicationTableModel::ColumnCount] = {10, 13, 22, 30, 28, 14, 7, 15, 19, 14};
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column)
        header->resizeSection(column, widths[column] * ch);
    header->hideSection(ApplicationTableModel::EmailColumn); // searchable, shown on demand
    header->setSortIndicator(ApplicationTableModel::SubmittedColumn, Qt::AscendingOrder);
    restoreHeaderState();
    m_tableView->setSortingEnabled(true);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        fillColumnMenu(&menu);
        menu.exec(m_tableView->horizontalHeader()->mapToGlobal(pos));
    });
    connect(header, &QHeaderView::sectionMoved, m_headerSaveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sectionResized, m_headerSaveTimer, qOverload<>(&QTimer::start));
    connect(header, &QHeaderView::sortIndicatorChanged, m_headerSaveTimer, qOverload<>(&QTimer::start));
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApplicationsPage::onCurrentRowChanged);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filterModel, signal, this, &ApplicationsPage::updateCount);
    // A filter change resets the table: the row shown in the panel is selected again if still listed.
    connect(m_filterModel, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        const QString shown = m_detailPanel->applicationId();
        const int sourceRow = shown.isEmpty() ? -1 : m_model->rowOf(shown);
        const QModelIndex index =
            sourceRow < 0 ? QModelIndex() : m_filterModel->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_tableView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
    });
    connect(m_filterModel, &QAbstractItemModel::layoutChanged, this, &ApplicationsPage::updateCount);

    connect(m_detailPanel, &ApplicationDetailPanel::aboutToEdit, this, [this](const QString &id) {
        m_ownEdit = true;
        m_ownEditId = id;
    });
    connect(m_detailPanel, &ApplicationDetailPanel::editFinished, this, [this] {
        m_ownEdit = false;
        m_ownEditId.clear();
    });

    m_splitter->setObjectName(QStringLiteral("applicationsSplitter"));
    // When the search and filters leave no row: say so, and offer the way back.
    auto *noMatch = new QWidget(this);
    noMatch->setObjectName(QStringLiteral("noMatchPage"));
    auto *noMatchLayout = new QVBoxLayout(noMatch);
    m_noMatchLabel = new QLabel(noMatch);
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setWordWrap(true);
    m_noMatchLabel->setTextFormat(Qt::PlainText);
    auto *clearButton = new QPushButton(tr("&Clear Search and Filters"), noMatch);
    clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clearButton, &QPushButton::clicked, this, &ApplicationsPage::clearFilters);
    noMatchLayout->addStretch();
    noMatchLayout->addWidget(m_noMatchLabel);
    noMatchLayout->addWidget(clearButton, 0, Qt::AlignHCenter);
    noMatchLayout->addStretch(2);
    m_resultStack = new QStackedWidget(this);
    m_resultStack->addWidget(m_tableView);
    m_resultStack->addWidget(noMatch);
    m_splitter->addWidget(m_resultStack);
    m_splitter->addWidget(m_detailPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    const QByteArray splitterState = m_settings.splitterState(QStringLiteral("applications"));
    if (splitterState.isEmpty() || !m_splitter->restoreState(splitterState))
        m_splitter->setSizes({130 * ch, 56 * ch}); // the table gets the room; the form needs about 60 ch
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(QStringLiteral("applications"), m_splitter->saveState()); });

    auto *tablePage = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePage);
    tableLayout->addLayout(filterBar);
    tableLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_noCycleState);
    m_stack->addWidget(m_loadingLabel);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(tablePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    showState();
    updateActions();
}

ApplicationsPage::~ApplicationsPage()
{
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
    saveHeaderState();
}

void ApplicationsPage::setDocument(ProgramDocument *document)
{
    // The worker reads the document's database: it must end before the document may go.
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    ++m_generation; // a result still queued belongs to the document before
    m_loading = false;
    m_cycleId.clear();
    m_cycleName.clear();
    m_model->clear();
    m_duplicates.clear();
    m_detailPanel->setDocument(document);
    if (document)
        connect(document, &ProgramDocument::applicationsChanged, this, &ApplicationsPage::onApplicationsChanged);
    showState();
    updateActions();
}

void ApplicationsPage::setCycle(const QString &cycleId, const QString &cycleName)
{
    if (cycleId == m_cycleId && cycleName == m_cycleName && (m_model->rowCount() > 0 || isLoading()))
        return;
    const bool sameCycle = cycleId == m_cycleId;
    m_cycleId = cycleId;
    m_cycleName = cycleName;
    if (!sameCycle) {
        m_model->clear();
        m_duplicates.clear();
        m_detailPanel->setApplication({});
    }
    m_emptyState->setTitle(tr("No applications in %1 yet").arg(cycleName));
    m_emptyState->setText(tr("Applications arrive from online forms as spreadsheet exports: import one, or add an "
                             "application that came by email or on paper. Then browse, check eligibility and find "
                             "duplicates here."));
    updateActions();
    startLoad();
}

void ApplicationsPage::setSearchText(const QString &text)
{
    m_filterModel->setSearchText(text);
    updateCount();
}

QString ApplicationsPage::searchText() const
{
    return m_filterModel->searchText();
}

bool ApplicationsPage::isLoading() const
{
    return m_loading || m_reloadTimer->isActive();
}

QString ApplicationsPage::countText() const
{
    return m_countLabel->text();
}

void ApplicationsPage::reload()
{
    startLoad();
}

void ApplicationsPage::startLoad()
{
    m_reloadTimer->stop();
    if (!m_document || m_cycleId.isEmpty()) {
        m_loading = false;
        showState();
        return;
    }
    m_loading = true;
    if (m_loadWatcher.isRunning()) {
        m_reloadPending = true; // the running load may be for another cycle or older data
        return;
    }
    m_reloadPending = false;
    const Database *database = &m_document->database();
    const QString cycleId = m_cycleId;
    const quint64 generation = ++m_generation;
    m_loadWatcher.setFuture(
        QtConcurrent::run([database, cycleId, generation] { return loadApplications(database, cycleId, generation); }));
    showState();
    updateCount();
}

void ApplicationsPage::finishLoad()
{
    // Taken, not copied: a copy would share the rows with the future's store, and the first
    // one-row refresh would then copy all 50,000 of them.
    LoadedApplications result = m_loadWatcher.future().takeResult();
    if (m_reloadPending || result.generation != m_generation || result.cycleId != m_cycleId) {
        startLoad();
        return;
    }
    m_loading = false;
    m_loadError = result.error;
    // Keep the selection and the place in the list across a reload.
    const QString selected = m_selectAfterLoad.isEmpty() ? selectedApplicationId() : m_selectAfterLoad;
    m_selectAfterLoad.clear();
    m_duplicates = std::move(result.duplicates);
    m_model->setRows(std::move(result.rows), std::move(result.sorted));
    showState();
    updateCount();
    if (!selected.isEmpty()) {
        if (m_model->rowOf(selected) >= 0)
            selectApplication(selected);
        else
            m_detailPanel->setApplication({});
    }
    if (!m_loadError.isEmpty())
        emit statusMessage(tr("The applications could not be read: %1").arg(m_loadError));
    emit loaded();
}

void ApplicationsPage::showState()
{
    if (!m_document || m_cycleId.isEmpty())
        m_stack->setCurrentIndex(NoCyclePage);
    else if (m_model->rowCount() > 0)
        m_stack->setCurrentIndex(TablePage);
    else if (m_loading)
        m_stack->setCurrentIndex(LoadingPage);
    else
        m_stack->setCurrentIndex(EmptyPage);
    if (m_stack->currentIndex() == EmptyPage && !m_loadError.isEmpty())
        m_emptyState->setText(tr("The applications could not be read: %1").arg(m_loadError));
}

void ApplicationsPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_filterModel->rowCount();
    QString text = shown == total ? tr("%Ln applications", nullptr, total)
                                  : tr("%L1 of %Ln applications", nullptr, total).arg(shown);
    if (m_loading)
        text = tr("Loading…");
    m_countLabel->setText(text);

    const bool noMatch = total > 0 && shown == 0 && !m_loading;
    if (noMatch) {
        const QString search = m_filterModel->searchText().trimmed();
        m_noMatchLabel->setText(
            search.isEmpty()
                ? tr("No application of the %Ln in this cycle matches the filters.", nullptr, total)
                : tr("No application of the %Ln in this cycle matches “%1” and the filters.", nullptr, total)
                      .arg(search));
    }
    m_resultStack->setCurrentIndex(noMatch ? 1 : 0);
}

void ApplicationsPage::clearFilters()
{
    for (QComboBox *combo : {m_roleComboBox, m_statusComboBox, m_eligibilityComboBox})
        combo->setCurrentIndex(0);
    setSearchText(QString());
    emit clearSearchRequested();
    m_tableView->setFocus();
}

void ApplicationsPage::updateActions()
{
    const bool writable = m_document && !m_document->isReadOnly() && !m_cycleId.isEmpty();
    m_newApplicationAction->setEnabled(writable);
    m_importAction->setEnabled(writable);
    m_exportAction->setEnabled(m_document && !m_cycleId.isEmpty());
    const QString readOnly = tr("This program is open read-only.");
    m_newApplicationAction->setToolTip(
        m_document && m_document->isReadOnly() ? readOnly : tr("Add an application that came by email or on paper"));
    m_eligibilityRulesAction->setEnabled(writable);
    if (!m_document)
        m_eligibilityRulesAction->setToolTip(tr("Open a program to set its eligibility rules"));
    else if (m_document->isReadOnly())
        m_eligibilityRulesAction->setToolTip(
            tr("This program is open read-only, so its eligibility rules cannot be changed."));
    else if (m_cycleId.isEmpty())
        m_eligibilityRulesAction->setToolTip(
            tr("Eligibility rules belong to a cycle: create or choose a cycle first."));
    else
        m_eligibilityRulesAction->setToolTip(
            tr("Choose which rules make a mentor's or mentee's application in %1 eligible").arg(m_cycleName));
}

void ApplicationsPage::onApplicationsChanged(const QString &cycleId)
{
    if (!cycleId.isEmpty() && cycleId != m_cycleId)
        return;
    // The panel's own edits change one known row: refresh just that one. Anything else (an
    // import, undo, a merge) reloads in the background.
    if (m_ownEdit && !m_ownEditId.isEmpty())
        refreshRow(m_ownEditId);
    else
        m_reloadTimer->start();
}

void ApplicationsPage::refreshRow(const QString &applicationId)
{
    if (!m_document)
        return;
    auto summary = m_document->applicationStore().loadSummary(applicationId);
    if (summary)
        m_model->upsertRow(ApplicationRow::from(std::move(summary).value()));
    else
        m_model->removeApplication(applicationId);
    showState();
    updateCount();
}

void ApplicationsPage::onCurrentRowChanged()
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return; // a row filtered away keeps the panel on it; a deleted one clears it on reload
    const QString id = current.data(ApplicationTableModel::IdRole).toString();
    if (id != m_detailPanel->applicationId())
        m_detailPanel->setApplication(id, m_duplicates.value(id));
}

void ApplicationsPage::selectApplication(const QString &applicationId)
{
    const int sourceRow = m_model->rowOf(applicationId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filterModel->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by the filters: show it in the panel all the same.
        m_tableView->clearSelection();
        m_detailPanel->setApplication(applicationId, m_duplicates.value(applicationId));
        return;
    }
    m_tableView->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tableView->scrollTo(index);
    if (m_detailPanel->applicationId() != applicationId)
        m_detailPanel->setApplication(applicationId, m_duplicates.value(applicationId));
}

QString ApplicationsPage::selectedApplicationId() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ApplicationTableModel::IdRole).toString() : m_detailPanel->applicationId();
}

void ApplicationsPage::fillColumnMenu(QMenu *menu)
{
    menu->clear();
    QHeaderView *header = m_tableView->horizontalHeader();
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The name stays: a table needs one column that says whose row it is.
        action->setEnabled(column != ApplicationTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    menu->addSeparator();
    QAction *reset = menu->addAction(tr("Reset Columns"));
    reset->setToolTip(tr("Show the default columns in their default order and widths"));
    connect(reset, &QAction::triggered, this, [this] {
        QHeaderView *header = m_tableView->horizontalHeader();
        for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
            header->moveSection(header->visualIndex(column), column);
            header->setSectionHidden(column, column == ApplicationTableModel::EmailColumn);
        }
        saveHeaderState();
    });
}

void ApplicationsPage::setColumnVisible(int column, bool visible)
{
    if (column == ApplicationTableModel::NameColumn && !visible)
        return;
    m_tableView->horizontalHeader()->setSectionHidden(column, !visible);
    saveHeaderState();
}

void ApplicationsPage::saveHeaderState()
{
    m_headerSaveTimer->stop();
    m_settings.setHeaderState(HeaderStateName, m_tableView->horizontalHeader()->saveState());
    m_settings.sync();
}

void ApplicationsPage::restoreHeaderState()
{
    const QByteArray state = m_settings.headerState(HeaderStateName);
    if (!state.isEmpty())
        m_tableView->horizontalHeader()->restoreState(state);
    m_tableView->horizontalHeader()->setSectionHidden(ApplicationTableModel::NameColumn, false);
}

void ApplicationsPage::newApplicationDialog()
{
    if (!m_newApplicationAction->isEnabled())
        return;
    NewApplicationDialog dialog(m_cycleName, this);
    if (dialog.exec() == QDialog::Accepted)
        addApplication(dialog.person(), dialog.application());
}

void ApplicationsPage::eligibilityRulesDialog()
{
    if (!m_eligibilityRulesAction->isEnabled() || !m_document)
        return;
    // Saving emits applicationsChanged: the table and the detail panel's eligibility line reload.
    EligibilityRulesDialog dialog(*m_document, m_cycleId, m_cycleName, this);
    dialog.exec();
}

bool ApplicationsPage::addApplication(Person person, Application application)
{
    if (!m_document || m_document->isReadOnly() || m_cycleId.isEmpty())
        return false;
    ApplicationStore &store = m_document->applicationStore();
    const QString title = tr("New Application");

    // The same email is the same person: link to the existing record (and say so).
    bool newPerson = true;
    auto existing = store.findPersonByEmail(person.email);
    if (!existing) {
        Messages::critical(this, title, existing.error());
        return false;
    }
    if (existing->has_value()) {
        person = existing->value();
        newPerson = false;
        if (auto history = store.history(person.id)) {
            for (const PersonHistoryEntry &entry : history.value()) {
                if (entry.cycleId != m_cycleId)
                    continue;
                const auto answer =
                    Messages::question(this, title,
                                       tr("%1 (%2) already applied in %3 as a %4. Add another application anyway?")
                                           .arg(person.fullName(), person.email, m_cycleName,
                                                ApplicationFields::roleLabel(entry.role).toLower()),
                                       QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                if (answer != QMessageBox::Yes)
                    return false;
                break;
            }
        }
    } else {
        person.id = newId();
    }
    auto code = store.nextCode(m_cycleId, application.role);
    if (!code) {
        Messages::critical(this, title, code.error());
        return false;
    }
    application.id = newId();
    application.cycleId = m_cycleId;
    application.personId = person.id;
    application.code = code.value();
    application.status = QStringLiteral("received");

    m_ownEdit = true;
    m_ownEditId = application.id;
    const Status added = m_document->execute(new NewApplicationCommand(*m_document, person, application, newPerson));
    m_ownEdit = false;
    m_ownEditId.clear();
    if (!added) {
        Messages::critical(this, title, tr("The application was not added.\n\n%1").arg(added.error()));
        return false;
    }
    if (!newPerson)
        emit statusMessage(tr("Added to the existing record of %1 (%2).").arg(person.fullName(), person.email));
    selectApplication(application.id);
    return true;
}

void ApplicationsPage::exportDialog()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = tr("%1 applications.csv").arg(m_cycleName);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Applications to CSV"),
                                                      folder + QLatin1Char('/') + name, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ApplicationsPage::exportTo(const QString &path)
{
    const QHeaderView *header = m_tableView->horizontalHeader();
    QList<int> columns;
    bool confidentialShown = false;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (header->isSectionHidden(column))
            continue;
        columns.append(column);
        confidentialShown = confidentialShown || ApplicationTableModel::isConfidential(column);
    }
    if (confidentialShown) {
        const auto answer = Messages::question(
            this, tr("Export Applications"),
            tr("Some visible columns are confidential. Include them in the file? They are left out unless you say "
               "Yes."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            columns.removeIf([](int column) { return ApplicationTableModel::isConfidential(column); });
    }
    QStringList headerTexts;
    for (int column : std::as_const(columns))
        headerTexts.append(m_model->headerData(column, Qt::Horizontal).toString());
    QList<QStringList> rows;
    const int rowCount = m_filterModel->rowCount();
    rows.reserve(rowCount);
    for (int row = 0; row < rowCount; ++row) {
        QStringList cells;
        cells.reserve(columns.size());
        for (int column : std::as_const(columns))
            cells.append(m_filterModel->index(row, column).data().toString());
        rows.append(std::move(cells));
    }
    const Status written = Csv::writeFile(path, headerTexts, rows);
    if (!written) {
        Messages::critical(
            this, tr("Export Applications"),
            tr("Cohort could not write “%1”.\n\n%2").arg(QDir::toNativeSeparators(path), written.error()));
        return false;
    }
    emit statusMessage(tr("Exported %Ln applications to “%1”.", nullptr, rowCount).arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace cohort
