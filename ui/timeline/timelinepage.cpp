#include "timeline/timelinepage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messages.h"
#include "document/engagementcommands.h"
#include "document/programdocument.h"
#include "intake/csv.h"
#include "settings/appsettings.h"
#include "timeline/contactimport.h"
#include "timeline/cyclechart.h"
#include "timeline/engagementmodel.h"
#include "timeline/matchdetailpanel.h"
#include "timeline/swimlanechart.h"
#include "timeline/timelinesnapshot.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cohort {

namespace {
constexpr int ReloadDelay = 50;
} // namespace

TimelinePage::TimelinePage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)), m_noCycleState(new EmptyState(this)),
      m_errorState(new EmptyState(this)), m_content(new QWidget(this)), m_chart(new CycleChart(this)),
      m_tabs(new QTabWidget(this)), m_showCombo(new QComboBox(this)), m_searchEdit(new QLineEdit(this)),
      m_counts(new QLabel(this)), m_asOfEdit(new QDateEdit(this)), m_model(new EngagementModel(this)),
      m_filter(new EngagementFilterModel(this)), m_table(new QTableView(this)), m_swimlanes(new SwimlaneChart(this)),
      m_detail(new MatchDetailPanel(this)), m_reloadTimer(new QTimer(this)),
      m_logContactAction(new QAction(tr("&Log Contact"), this)),
      m_needsAttentionAction(new QAction(tr("Show Matches That &Need Attention"), this)),
      m_importContactsAction(new QAction(tr("&Import Contacts…"), this)),
      m_workloadAction(new QAction(tr("Liaison &Workload…"), this))
{
    setObjectName(QStringLiteral("timelinePage"));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelay);
    connect(m_reloadTimer, &QTimer::timeout, this, &TimelinePage::startLoad);
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<const TimelineSnapshot>>::finished, this,
            &TimelinePage::finishLoad);

    m_logContactAction->setObjectName(QStringLiteral("logContactAction"));
    m_logContactAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_logContactAction->setToolTip(tr("Log a contact of the selected match (date, method, who, a note)"));
    connect(m_logContactAction, &QAction::triggered, m_detail, &MatchDetailPanel::focusEntry);
    m_needsAttentionAction->setObjectName(QStringLiteral("needsAttentionAction"));
    m_needsAttentionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_needsAttentionAction->setToolTip(
        tr("List the quiet matches and those below the cadence, the longest quiet first"));
    connect(m_needsAttentionAction, &QAction::triggered, this, [this] {
        m_showCombo->setCurrentIndex(1);
        m_tabs->setCurrentIndex(0);
    });
    m_importContactsAction->setObjectName(QStringLiteral("importContactsAction"));
    m_importContactsAction->setToolTip(tr("Add contact logs kept in a spreadsheet (mentee, date, method, "
                                          "initiated_by, note); checked whole first"));
    connect(m_importContactsAction, &QAction::triggered, this, &TimelinePage::importContacts);
    m_workloadAction->setObjectName(QStringLiteral("workloadAction"));
    m_workloadAction->setToolTip(tr("How many matches each liaison follows, and how many of them need attention"));
    connect(m_workloadAction, &QAction::triggered, this, &TimelinePage::showWorkload);

    m_noCycleState->setIcon(Icons::named(QStringLiteral("timeline")));
    m_noCycleState->setTitle(tr("No cycle selected"));
    m_noCycleState->setText(tr("Choose a cycle in the toolbar to see its phases and how its matches are doing."));
    m_errorState->setIcon(Icons::named(QStringLiteral("timeline")));
    m_errorState->setTitle(tr("The timeline could not be read"));

    m_showCombo->setObjectName(QStringLiteral("engagementShowCombo"));
    m_showCombo->setAccessibleName(tr("Show"));
    m_showCombo->addItems({tr("All matches"), tr("Matches that need attention"), tr("Quiet matches")});
    connect(m_showCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setShow(EngagementFilterModel::Show(index));
        if (index > 0)
            m_table->sortByColumn(EngagementModel::QuietDaysColumn, Qt::DescendingOrder);
        updateSwimlanes();
    });
    m_searchEdit->setObjectName(QStringLiteral("engagementSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find a mentor or mentee"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        updateSwimlanes();
    });
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("engagementTable"));
    m_table->setAccessibleName(tr("Matches and their engagement"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EngagementModel::PairColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(EngagementModel::PairColumn, 260);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(EngagementModel::MatchIdRole).toString();
                m_detail->showMatch(id);
                if (m_snapshot)
                    m_swimlanes->showMatch(m_snapshot->matchIndex(id));
                updateActions();
            });
    connect(m_swimlanes, &SwimlaneChart::matchClicked, this, [this](int match) {
        if (m_snapshot && match >= 0 && match < m_snapshot->data.matches.size())
            selectMatch(m_snapshot->data.matches.at(match).match.id);
    });
    connect(m_detail, &MatchDetailPanel::statusMessage, this, &TimelinePage::statusMessage);

    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_showCombo);
    filters->addWidget(m_searchEdit, 1);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_table, 1);
    m_tabs->setObjectName(QStringLiteral("engagementTabs"));
    m_tabs->addTab(listPage, tr("Matches"));
    m_tabs->addTab(m_swimlanes, tr("Engagement Timeline"));

    m_counts->setObjectName(QStringLiteral("engagementCountsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    m_asOfEdit->setObjectName(QStringLiteral("asOfEdit"));
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setAccessibleName(tr("Judge the engagement as of"));
    m_asOfEdit->setToolTip(tr("The day the contact cadence is judged on: today, or the last logged contact of a past "
                              "cycle"));
    connect(m_asOfEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_snapshot && date != m_snapshot->asOf)
            setAsOf(date);
    });
    m_chart->setMinimumHeight(300);
    auto *lower = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *countsRow = new QHBoxLayout;
    countsRow->addWidget(m_counts, 1);
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOfEdit);
    countsRow->addWidget(asOfLabel);
    countsRow->addWidget(m_asOfEdit);
    leftLayout->addLayout(countsRow);
    leftLayout->addWidget(m_tabs, 1);
    lower->addWidget(left);
    lower->addWidget(m_detail);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    lower->setChildrenCollapsible(false);
    auto *upper = new QSplitter(Qt::Vertical, this);
    upper->addWidget(m_chart);
    upper->addWidget(lower);
    upper->setStretchFactor(0, 2);
    upper->setStretchFactor(1, 3);
    upper->setSizes({340, 420});
    upper->setChildrenCollapsible(false);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(8, 8, 8, 8);
    contentLayout->addWidget(upper);

    m_stack->addWidget(m_noCycleState);
    m_stack->addWidget(m_errorState);
    m_stack->addWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    showState();
    updateActions();
}

TimelinePage::~TimelinePage()
{
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
}

QList<QAction *> TimelinePage::actions() const
{
    return {m_logContactAction, m_needsAttentionAction, m_importContactsAction, m_workloadAction};
}

bool TimelinePage::isLoading() const
{
    return m_loading || m_reloadTimer->isActive();
}

void TimelinePage::setDocument(ProgramDocument *document)
{
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cycleId.clear();
    m_snapshot.reset();
    m_model->setSnapshot(nullptr);
    m_detail->setDocument(document);
    m_detail->setSnapshot(nullptr);
    m_chart->setSnapshot(nullptr);
    m_swimlanes->setSnapshot(nullptr, {});
    if (document) {
        auto changed = [this](const QString &cycleId) {
            if (cycleId.isEmpty() || cycleId == m_cycleId) {
                if (m_loadWatcher.isRunning())
                    m_reloadPending = true;
                m_reloadTimer->start();
            }
        };
        connect(document, &ProgramDocument::matchesChanged, this, changed);
        connect(document, &ProgramDocument::applicationsChanged, this, changed);
        connect(document, &ProgramDocument::cyclesChanged, this, [changed] { changed({}); });
        connect(document, &ProgramDocument::reviewersChanged, this, [changed] { changed({}); });
    }
    showState();
    updateActions();
}

void TimelinePage::setCycle(const QString &cycleId, const QString &cycleName)
{
    m_cycleName = cycleName;
    if (cycleId == m_cycleId && m_snapshot)
        return;
    m_cycleId = cycleId;
    m_snapshot.reset();
    startLoad();
}

void TimelinePage::setAsOf(const QDate &date)
{
    m_asOf = date;
    reload();
}

void TimelinePage::reload()
{
    startLoad();
}

void TimelinePage::startLoad()
{
    m_reloadTimer->stop();
    if (!m_document || m_cycleId.isEmpty()) {
        m_loading = false;
        emit attentionChanged(0);
        showState();
        updateActions();
        return;
    }
    m_loading = true;
    if (m_loadWatcher.isRunning()) {
        m_reloadPending = true;
        return;
    }
    m_reloadPending = false;
    const Database *database = &m_document->database();
    const QString cycleId = m_cycleId;
    const QDate asOf = m_asOf; // invalid: today, or the end of a past cycle
    const quint64 generation = ++m_generation;
    m_loadWatcher.setFuture(QtConcurrent::run(
        [database, cycleId, asOf, generation] { return TimelineSnapshot::read(database, cycleId, asOf, generation); }));
    updateActions();
}

void TimelinePage::finishLoad()
{
    std::shared_ptr<const TimelineSnapshot> result = m_loadWatcher.future().takeResult();
    if (m_reloadPending || !result || result->generation != m_generation || result->cycleId != m_cycleId) {
        startLoad();
        return;
    }
    m_loading = false;
    const QString selected = selectedMatch();
    m_snapshot = result;
    m_model->setSnapshot(result);
    m_detail->setSnapshot(result);
    m_chart->setSnapshot(result.get());
    {
        const QSignalBlocker blocker(m_asOfEdit);
        m_asOfEdit->setDate(result->asOf);
    }
    updateSwimlanes();
    if (!result->error.isEmpty())
        m_errorState->setText(result->error);
    emit attentionChanged(result->error.isEmpty() ? result->counts.quiet + result->counts.belowCadence : 0);
    if (!selected.isEmpty())
        selectMatch(selected);
    else
        m_detail->showMatch({});
    showState();
    updateCounts();
    updateActions();
    emit loaded();
}

void TimelinePage::showState()
{
    QWidget *state = m_content;
    if (!m_document || m_cycleId.isEmpty())
        state = m_noCycleState;
    else if (m_snapshot && !m_snapshot->error.isEmpty())
        state = m_errorState;
    m_stack->setCurrentWidget(state);
}

void TimelinePage::updateCounts()
{
    if (!m_snapshot || !m_snapshot->error.isEmpty()) {
        m_counts->clear();
        return;
    }
    const EngagementCounts &c = m_snapshot->counts;
    const QLocale locale;
    m_counts->setText(tr("%1 on track · %2 below cadence · %3 quiet · %4 ended · %5 goal sheets overdue")
                          .arg(locale.toString(c.onTrack), locale.toString(c.belowCadence), locale.toString(c.quiet),
                               locale.toString(c.ended), locale.toString(c.goalSheetsOverdue)));
}

void TimelinePage::updateSwimlanes()
{
    // The lanes follow the list: its filter and its order.
    QList<int> lanes;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        lanes << m_filter->index(row, 0).data(EngagementModel::MatchIndexRole).toInt();
    m_swimlanes->setSnapshot(m_snapshot, lanes);
}

void TimelinePage::updateActions()
{
    const bool ready = m_snapshot && m_snapshot->error.isEmpty() && !m_loading;
    const bool writable = ready && m_document && !m_document->isReadOnly();
    m_logContactAction->setEnabled(writable && !selectedMatch().isEmpty());
    m_needsAttentionAction->setEnabled(ready);
    m_importContactsAction->setEnabled(writable);
    m_workloadAction->setEnabled(ready);
}

void TimelinePage::selectMatch(const QString &matchId)
{
    const int row = m_model->rowOf(matchId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid()) {
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    } else {
        m_detail->showMatch(matchId); // filtered out of the list: still shown on the right
    }
}

QString TimelinePage::selectedMatch() const
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        return index.data(EngagementModel::MatchIdRole).toString();
    return m_detail->matchId();
}

void TimelinePage::importContacts()
{
    if (!m_document)
        return;
    AppSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts"), settings.importFolder(),
                                                      tr("CSV files (*.csv *.txt *.tsv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setImportFolder(QFileInfo(path).absolutePath());
    importContactsFrom(path);
}

bool TimelinePage::importContactsFrom(const QString &path)
{
    if (!m_document || m_document->isReadOnly() || m_cycleId.isEmpty())
        return false;
    const QString title = tr("Import Contacts");
    const QString file = QFileInfo(path).fileName();
    auto table = Csv::readFile(path);
    if (!table) {
        Messages::warning(this, title, tr("%1 cannot be read: %2").arg(file, table.error()));
        return false;
    }
    // Against this cycle's matches (a mentee code names one match per cycle).
    auto plan = ContactImport::plan(m_document->database(), table.value(), m_cycleId);
    if (!plan) {
        Messages::warning(this, title, plan.error());
        return false;
    }
    if (!plan->ok()) {
        QStringList lines;
        for (const ContactImportProblem &problem : std::as_const(plan->problems).mid(0, 20))
            lines << ContactImport::problemText(problem);
        if (plan->problems.size() > 20)
            lines << tr("… and %n more.", nullptr, int(plan->problems.size() - 20));
        Messages::warning(
            this, title,
            tr("%1 has %n problem(s); no contact was added.", nullptr, int(plan->problems.size())).arg(file) +
                QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
        return false;
    }
    if (plan->added.isEmpty()) {
        Messages::information(
            this, title,
            tr("Nothing to add: the %n contact(s) in %1 are logged already.", nullptr, plan->alreadyThere).arg(file));
        return false;
    }
    const QString question =
        tr("Add %n contact(s) from %1 to %2?", nullptr, int(plan->added.size())).arg(file, m_cycleName) +
        (plan->alreadyThere > 0 ? QStringLiteral("\n\n") + tr("%n row(s) are logged already and stay as they are.",
                                                              nullptr, plan->alreadyThere)
                                : QString()) +
        QStringLiteral("\n\n") + tr("Edit › Undo takes the whole import back.");
    if (Messages::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) !=
        QMessageBox::Yes)
        return false;
    if (!m_document->execute(
            new AddContactsCommand(*m_document, m_cycleId, plan->added,
                                   AddContactsCommand::tr("Import %n Contact(s)", nullptr, int(plan->added.size())))))
        return false;
    emit statusMessage(tr("Added %n contact(s) from %1.", nullptr, int(plan->added.size())).arg(file));
    return true;
}

void TimelinePage::showWorkload()
{
    if (!m_snapshot)
        return;
    struct Load
    {
        int matches = 0;
        int attention = 0;
    };
    QMap<QString, Load> byLiaison;
    for (int i = 0; i < m_snapshot->data.matches.size(); ++i) {
        const QString name = m_snapshot->data.matches.at(i).liaisonName.isEmpty()
                                 ? tr("(no liaison)")
                                 : m_snapshot->data.matches.at(i).liaisonName;
        Load &load = byLiaison[name];
        ++load.matches;
        const EngagementStatus status = m_snapshot->engagement.at(i).status;
        load.attention += status == EngagementStatus::Quiet || status == EngagementStatus::BelowCadence ? 1 : 0;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Liaison Workload"));
    auto *table = new QTableWidget(int(byLiaison.size()), 3, &dialog);
    table->setObjectName(QStringLiteral("workloadTable"));
    table->setHorizontalHeaderLabels({tr("Liaison"), tr("Matches"), tr("Need attention")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    int row = 0;
    for (auto it = byLiaison.cbegin(); it != byLiaison.cend(); ++it, ++row) {
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        auto *matches = new QTableWidgetItem;
        matches->setData(Qt::DisplayRole, it->matches);
        table->setItem(row, 1, matches);
        auto *attention = new QTableWidgetItem;
        attention->setData(Qt::DisplayRole, it->attention);
        table->setItem(row, 2, attention);
    }
    table->setSortingEnabled(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(tr("Matches of %1 by liaison (a liaison is set in the match's panel):").arg(m_cycleName), &dialog));
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(480, 360);
    dialog.exec();
}

} // namespace cohort
