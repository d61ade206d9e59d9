#include "matching/matchingpage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messages.h"
#include "document/matchcommands.h"
#include "document/programdocument.h"
#include "intake/csv.h"
#include "matching/automatchdialog.h"
#include "matching/boardviews.h"
#include "matching/matchexport.h"
#include "matching/matchingsettingsdialog.h"
#include "matching/menteepoolmodel.h"
#include "matching/mentorboardmodel.h"
#include "matching/pairpanel.h"
#include "store/matchingstore.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

namespace {
constexpr int ReloadDelay = 50; // ms: several changes in a row reload once
} // namespace

MatchingPage::MatchingPage(QWidget *parent)
    : QWidget(parent), m_board(new MatchBoard(this)), m_poolModel(new MenteePoolModel(m_board, this)),
      m_poolProxy(new QSortFilterProxyModel(this)), m_mentorModel(new MentorBoardModel(m_board, this)),
      m_mentorProxy(new QSortFilterProxyModel(this)), m_stack(new QStackedWidget(this)),
      m_noCycleState(new EmptyState(this)), m_errorState(new EmptyState(this)), m_nobodyState(new EmptyState(this)),
      m_boardWidget(new QWidget(this)), m_summaryLabel(new QLabel(this)), m_searchEdit(new QLineEdit(this)),
      m_poolLabel(new QLabel(this)), m_poolView(new MenteePoolView(m_board, this)),
      m_mentorView(new MentorBoardView(m_board, this)), m_pairPanel(new PairPanel(m_board, this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_reloadTimer(new QTimer(this)),
      m_matchWithAction(new QAction(tr("&Match With…"), this)), m_unmatchAction(new QAction(tr("&Unmatch"), this)),
      m_lockAction(new QAction(tr("&Lock Match"), this)), m_autoMatchAction(new QAction(tr("&Auto-Match…"), this)),
      m_publishAction(new QAction(tr("&Publish Matches…"), this)),
      m_settingsAction(new QAction(tr("Matching &Settings…"), this)),
      m_exportAction(new QAction(tr("&Export Matches…"), this))
{
    setObjectName(QStringLiteral("matchingPage"));
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelay);
    connect(m_reloadTimer, &QTimer::timeout, this, &MatchingPage::startLoad);
    connect(&m_loadWatcher, &QFutureWatcher<std::shared_ptr<const MatchingSnapshot>>::finished, this,
            &MatchingPage::finishLoad);
    connect(m_board, &MatchBoard::statusMessage, this, &MatchingPage::statusMessage);
    // Queued: a drop is still inside the view's dropEvent when the board changes.
    connect(
        m_board, &MatchBoard::snapshotChanged, this, [this] { showSnapshot(false); }, Qt::QueuedConnection);

    m_matchWithAction->setObjectName(QStringLiteral("matchWithAction"));
    m_matchWithAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_matchWithAction->setToolTip(tr("Choose a mentor for the selected mentee (the keyboard's drag and drop)"));
    m_unmatchAction->setObjectName(QStringLiteral("unmatchAction"));
    m_unmatchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    m_unmatchAction->setToolTip(tr("Send the selected mentee back to the unmatched"));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setCheckable(true);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setToolTip(tr("A locked match stays as it is when auto-match runs, and cannot be dragged"));
    m_autoMatchAction->setObjectName(QStringLiteral("autoMatchAction"));
    m_autoMatchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_autoMatchAction->setToolTip(
        tr("Propose the matches with the highest total compatibility; locked and published matches stay"));
    m_autoMatchAction->setIcon(Icons::named(QStringLiteral("matching")));
    m_publishAction->setObjectName(QStringLiteral("publishAction"));
    m_publishAction->setToolTip(tr("Mark the draft matches published today: letters and the timeline start from it"));
    m_settingsAction->setObjectName(QStringLiteral("matchingSettingsAction"));
    m_settingsAction->setToolTip(tr("How much each factor counts, the minimum score, and the same-library rule"));
    connect(m_matchWithAction, &QAction::triggered, this, &MatchingPage::matchWith);
    connect(m_unmatchAction, &QAction::triggered, this, &MatchingPage::unmatchSelected);
    connect(m_lockAction, &QAction::triggered, this, &MatchingPage::setSelectedLocked);
    connect(m_autoMatchAction, &QAction::triggered, this, &MatchingPage::autoMatch);
    connect(m_publishAction, &QAction::triggered, this, &MatchingPage::publishMatches);
    connect(m_settingsAction, &QAction::triggered, this, &MatchingPage::settingsDialog);
    m_exportAction->setObjectName(QStringLiteral("exportMatchesAction"));
    m_exportAction->setToolTip(tr("Save the cycle's matches as CSV: codes, names, status, score (no confidential "
                                  "answers)"));
    connect(m_exportAction, &QAction::triggered, this, &MatchingPage::exportMatches);

    m_noCycleState->setIcon(Icons::named(QStringLiteral("matching")));
    m_noCycleState->setTitle(tr("No cycle selected"));
    m_noCycleState->setText(tr("Choose a cycle in the toolbar to match its accepted mentees and mentors."));
    m_errorState->setIcon(Icons::named(QStringLiteral("matching")));
    m_errorState->setTitle(tr("The matching could not be read"));
    m_nobodyState->setIcon(Icons::named(QStringLiteral("matching")));
    m_nobodyState->setTitle(tr("Nobody to match yet"));
    m_nobodyState->setText(tr("Matching starts when the cycle has accepted mentees and mentors: decide on "
                              "applications in the Review area first."));

    // Left: the pool.
    m_searchEdit->setObjectName(QStringLiteral("menteeSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Find a mentee"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setAccessibleName(tr("Find a mentee"));
    m_poolProxy->setSourceModel(m_poolModel);
    m_poolProxy->setSortRole(MenteePoolModel::SortRole);
    m_poolProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_poolProxy->setFilterKeyColumn(-1);
    connect(m_searchEdit, &QLineEdit::textChanged, m_poolProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_poolView->setObjectName(QStringLiteral("menteePoolView"));
    m_poolView->setAccessibleName(tr("Unmatched mentees"));
    m_poolView->setModel(m_poolProxy);
    // Best first: the mentees with the strongest options are the easiest to place.
    m_poolView->horizontalHeader()->setSortIndicator(MenteePoolModel::BestScoreColumn, Qt::DescendingOrder);
    m_poolProxy->sort(MenteePoolModel::BestScoreColumn, Qt::DescendingOrder);
    m_poolView->verticalHeader()->setDefaultSectionSize(m_poolView->fontMetrics().height() + 6);
    m_poolView->horizontalHeader()->setSectionResizeMode(MenteePoolModel::MenteeColumn, QHeaderView::Interactive);
    m_poolView->horizontalHeader()->resizeSection(MenteePoolModel::MenteeColumn, 170);
    m_poolView->horizontalHeader()->resizeSection(MenteePoolModel::BestScoreColumn, 60);
    connect(m_poolView, &MenteePoolView::dropHint, this, &MatchingPage::statusMessage);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_poolLabel);
    leftLayout->addWidget(m_searchEdit);
    leftLayout->addWidget(m_poolView);

    // Centre: the mentors.
    m_mentorProxy->setSourceModel(m_mentorModel);
    m_mentorProxy->setSortRole(MentorBoardModel::SortRole);
    m_mentorView->setObjectName(QStringLiteral("mentorBoardView"));
    m_mentorView->setAccessibleName(tr("Mentors and their matches"));
    m_mentorView->setModel(m_mentorProxy);
    m_mentorView->sortByColumn(MentorBoardModel::NameColumn, Qt::AscendingOrder);
    m_mentorView->header()->resizeSection(MentorBoardModel::NameColumn, 220);
    m_mentorView->header()->resizeSection(MentorBoardModel::LoadColumn, 90);
    connect(m_mentorView, &MentorBoardView::dropHint, this, &MatchingPage::statusMessage);
    auto *mentorLabel = new QLabel(tr("Mentors (drop a mentee on one)"), this);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(mentorLabel);
    centreLayout->addWidget(m_mentorView);

    m_pairPanel->setObjectName(QStringLiteral("pairPanel"));
    connect(m_pairPanel, &PairPanel::matchRequested, this, [this](const QString &mentee, const QString &mentor) {
        m_selectAfterLoad = mentee;
        m_board->match(mentee, mentor);
    });

    m_splitter->addWidget(left);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_pairPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setChildrenCollapsible(false);

    m_summaryLabel->setObjectName(QStringLiteral("matchingSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summaryLabel, 1);
    auto *boardLayout = new QVBoxLayout(m_boardWidget);
    boardLayout->setContentsMargins(8, 8, 8, 8);
    boardLayout->addLayout(bar);
    boardLayout->addWidget(m_splitter, 1);

    m_stack->addWidget(m_noCycleState);
    m_stack->addWidget(m_errorState);
    m_stack->addWidget(m_nobodyState);
    m_stack->addWidget(m_boardWidget);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_poolView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchingPage::poolSelectionChanged);
    connect(m_mentorView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MatchingPage::mentorSelectionChanged);
    // Delete and Backspace unmatch in the tree, as the menu's Unmatch does.
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &MatchingPage::unmatchSelected);
    m_mentorView->addAction(deleteAction);
    showState();
    updateActions();
}

MatchingPage::~MatchingPage()
{
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
}

bool MatchingPage::isLoading() const
{
    return m_loading || m_reloadTimer->isActive();
}

QList<QAction *> MatchingPage::actions() const
{
    return {m_matchWithAction, m_unmatchAction,  m_lockAction,  m_autoMatchAction,
            m_publishAction,   m_settingsAction, m_exportAction};
}

void MatchingPage::setDocument(ProgramDocument *document)
{
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished(); // the worker reads the document's database
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cycleId.clear();
    m_snapshot.reset();
    m_board->setDocument(document);
    m_poolModel->refresh();
    m_mentorModel->refresh();
    m_pairPanel->clear();
    if (document) {
        auto changed = [this](const QString &cycleId) {
            if (!cycleId.isEmpty() && cycleId != m_cycleId)
                return;
            // The board's own drop is shown already (MatchBoard::snapshotChanged); anything else
            // waits for the reload. Either way a load under way is out of date.
            if (!m_board->isApplying())
                m_board->setStale();
            if (m_loadWatcher.isRunning())
                m_reloadPending = true;
            m_reloadTimer->start();
        };
        connect(document, &ProgramDocument::matchesChanged, this, changed);
        connect(document, &ProgramDocument::applicationsChanged, this, changed);
        connect(document, &ProgramDocument::reviewChanged, this, changed);
    }
    showState();
    updateActions();
}

void MatchingPage::setCycle(const QString &cycleId, const QString &cycleName)
{
    m_cycleName = cycleName;
    if (cycleId == m_cycleId && m_snapshot)
        return;
    m_cycleId = cycleId;
    m_snapshot.reset();
    m_board->setSnapshot(nullptr);
    m_poolModel->refresh();
    m_mentorModel->refresh();
    m_pairPanel->clear();
    startLoad();
}

void MatchingPage::reload()
{
    m_board->setStale();
    startLoad();
}

void MatchingPage::startLoad()
{
    m_reloadTimer->stop();
    if (!m_document || m_cycleId.isEmpty()) {
        m_loading = false;
        emit unmatchedChanged(0);
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
    const quint64 generation = ++m_generation;
    m_loadWatcher.setFuture(QtConcurrent::run(
        [database, cycleId, generation] { return MatchingSnapshot::read(database, cycleId, generation); }));
    updateActions();
}

void MatchingPage::finishLoad()
{
    std::shared_ptr<const MatchingSnapshot> result = m_loadWatcher.future().takeResult();
    if (m_reloadPending || !result || result->generation != m_generation || result->cycleId != m_cycleId) {
        startLoad();
        return;
    }
    m_loading = false;
    const bool firstOfCycle = !m_snapshot;
    m_board->setSnapshot(result);
    showSnapshot(firstOfCycle);
    emit loaded();
}

void MatchingPage::showSnapshot(bool firstOfCycle)
{
    const std::shared_ptr<const MatchingSnapshot> result = m_board->sharedSnapshot();
    // Keep the selection and the tree's open mentors across the reload.
    const QString selected = m_selectAfterLoad.isEmpty() ? selectedMentee() : m_selectAfterLoad;
    m_selectAfterLoad.clear();
    QStringList expanded;
    for (int r = 0; r < m_mentorProxy->rowCount(); ++r) {
        const QModelIndex index = m_mentorProxy->index(r, 0);
        if (m_mentorView->isExpanded(index))
            expanded << index.data(MentorBoardModel::ApplicationIdRole).toString();
    }
    m_snapshot = result;
    m_poolModel->refresh();
    m_mentorModel->refresh();
    if (firstOfCycle)
        m_mentorView->expandAll(); // a cycle opens with every mentor's mentees in sight
    for (const QString &mentor : std::as_const(expanded))
        m_mentorView->expand(m_mentorProxy->mapFromSource(m_mentorModel->indexOfMentor(mentor)));
    if (result && result->error.isEmpty()) {
        int unmatched = 0;
        for (const MatchParticipant &mentee : result->data.mentees)
            unmatched += result->data.matchOfMentee(mentee.applicationId) ? 0 : 1;
        emit unmatchedChanged(unmatched);
    } else {
        m_errorState->setText(result ? result->error : QString());
        emit unmatchedChanged(0);
    }
    if (!selected.isEmpty())
        selectMentee(selected);
    else
        m_pairPanel->clear();
    showState();
    updateSummary();
    updateActions();
}

void MatchingPage::showState()
{
    QWidget *state = m_boardWidget;
    if (!m_document || m_cycleId.isEmpty())
        state = m_noCycleState;
    else if (m_snapshot && !m_snapshot->error.isEmpty())
        state = m_errorState;
    else if (m_snapshot && (m_snapshot->data.mentees.isEmpty() || m_snapshot->data.mentors.isEmpty()))
        state = m_nobodyState;
    m_stack->setCurrentWidget(state);
}

void MatchingPage::updateSummary()
{
    if (!m_snapshot || !m_snapshot->error.isEmpty()) {
        m_summaryLabel->clear();
        m_poolLabel->clear();
        return;
    }
    const MatchingData &d = m_snapshot->data;
    const QLocale locale;
    int matched = 0, drafts = 0, capacity = 0;
    double total = 0;
    for (const Match &match : d.matches) {
        const int mentee = d.menteeIndex(match.menteeApplicationId);
        const int mentor = d.mentorIndex(match.mentorApplicationId);
        if (mentee < 0 || mentor < 0 || match.status == QLatin1String("ended"))
            continue;
        ++matched;
        drafts += match.status == QLatin1String("draft") ? 1 : 0;
        total += m_snapshot->model->score(mentee, mentor);
    }
    for (const MatchParticipant &mentor : d.mentors)
        capacity += mentor.capacity;
    const int mentees = int(d.mentees.size());
    QString text = tr("%1 of %2 accepted mentees matched · %3 mentors with %4 places")
                       .arg(locale.toString(matched), locale.toString(mentees), locale.toString(d.mentors.size()),
                            locale.toString(capacity));
    if (matched > 0)
        text += tr(" · mean score %1").arg(locale.toString(total / matched, 'f', 2));
    if (drafts > 0)
        text += QStringLiteral(" · ") + tr("%n draft(s) not published", nullptr, drafts);
    m_summaryLabel->setText(text);
    m_poolLabel->setText(tr("Unmatched mentees (%1)").arg(locale.toString(m_poolModel->rowCount())));
}

void MatchingPage::updateActions()
{
    const bool writable = m_board->isWritable() && !m_loading;
    const QString mentee = selectedMentee();
    const Match *match = m_snapshot && !mentee.isEmpty() ? m_snapshot->data.matchOfMentee(mentee) : nullptr;
    m_matchWithAction->setEnabled(writable && !mentee.isEmpty() &&
                                  (!match || (!match->locked && match->status == QLatin1String("draft"))));
    m_unmatchAction->setEnabled(writable && match && !match->locked);
    m_lockAction->setEnabled(writable && match);
    {
        const QSignalBlocker blocker(m_lockAction);
        m_lockAction->setChecked(match && match->locked);
    }
    bool anyDraft = false;
    if (m_snapshot) {
        for (const Match &m : m_snapshot->data.matches)
            anyDraft = anyDraft || m.status == QLatin1String("draft");
    }
    const bool people = m_snapshot && !m_snapshot->data.mentees.isEmpty() && !m_snapshot->data.mentors.isEmpty();
    m_autoMatchAction->setEnabled(writable && people);
    m_publishAction->setEnabled(writable && anyDraft);
    m_settingsAction->setEnabled(writable);
    m_exportAction->setEnabled(m_snapshot && m_snapshot->error.isEmpty() && !m_snapshot->data.matches.isEmpty());
}

QString MatchingPage::selectedMentee() const
{
    if (m_poolView->hasFocus() || !m_mentorView->currentIndex().isValid()) {
        const QModelIndex pool = m_poolView->currentIndex();
        if (pool.isValid() && m_poolView->selectionModel()->isSelected(pool))
            return pool.data(MenteePoolModel::ApplicationIdRole).toString();
    }
    const QModelIndex tree = m_mentorView->currentIndex();
    if (tree.isValid() && tree.data(MentorBoardModel::IsMenteeRole).toBool())
        return tree.data(MentorBoardModel::ApplicationIdRole).toString();
    const QModelIndex pool = m_poolView->currentIndex();
    return pool.isValid() ? pool.data(MenteePoolModel::ApplicationIdRole).toString() : QString();
}

void MatchingPage::selectMentee(const QString &menteeApplicationId)
{
    const int row = m_poolModel->rowOf(menteeApplicationId);
    if (row >= 0) {
        const QModelIndex index = m_poolProxy->mapFromSource(m_poolModel->index(row, 0));
        m_mentorView->selectionModel()->clearCurrentIndex();
        m_poolView->setCurrentIndex(index);
        m_poolView->scrollTo(index);
    } else if (const QModelIndex index = m_mentorModel->indexOfMentee(menteeApplicationId); index.isValid()) {
        const QModelIndex proxy = m_mentorProxy->mapFromSource(index);
        m_mentorView->expand(proxy.parent());
        m_poolView->selectionModel()->clearCurrentIndex();
        m_mentorView->setCurrentIndex(proxy);
        m_mentorView->scrollTo(proxy);
    }
    m_pairPanel->showMentee(menteeApplicationId);
    updateActions();
}

void MatchingPage::poolSelectionChanged()
{
    const QModelIndex index = m_poolView->currentIndex();
    if (index.isValid())
        m_pairPanel->showMentee(index.data(MenteePoolModel::ApplicationIdRole).toString());
    updateActions();
}

void MatchingPage::mentorSelectionChanged()
{
    const QModelIndex index = m_mentorView->currentIndex();
    if (!index.isValid()) {
        updateActions();
        return;
    }
    if (index.data(MentorBoardModel::IsMenteeRole).toBool())
        m_pairPanel->showMentee(index.data(MentorBoardModel::ApplicationIdRole).toString());
    else
        m_pairPanel->showMentor(index.data(MentorBoardModel::ApplicationIdRole).toString());
    updateActions();
}

void MatchingPage::matchWith()
{
    const QString mentee = selectedMentee();
    if (mentee.isEmpty() || !m_snapshot)
        return;
    const MatchingData &d = m_snapshot->data;
    const int e = d.menteeIndex(mentee);
    // Every mentor open to the mentee, best first (as the suggestions rank them).
    const auto options = m_snapshot->model->suggestions(e, int(d.mentors.size()));
    if (options.isEmpty()) {
        Messages::information(this, tr("Match With"),
                              tr("No mentor with room is open to %1: every mentor is full or has a conflict.")
                                  .arg(m_board->menteeName(e)));
        return;
    }
    QStringList labels;
    const QLocale locale;
    for (const Compatibility::Suggestion &option : options) {
        labels << tr("%1 — %2 (%3 of %4)")
                      .arg(m_board->mentorName(option.mentor), locale.toString(option.score, 'f', 2))
                      .arg(m_snapshot->load.at(std::size_t(option.mentor)))
                      .arg(d.mentors.at(option.mentor).capacity);
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Match With"), tr("Mentor for %1 (best first):").arg(m_board->menteeName(e)), labels, 0, false, &ok);
    if (!ok)
        return;
    const int picked = int(labels.indexOf(choice));
    if (picked < 0)
        return;
    m_selectAfterLoad = mentee;
    m_board->match(mentee, d.mentors.at(options.at(picked).mentor).applicationId);
}

void MatchingPage::unmatchSelected()
{
    const QString mentee = selectedMentee();
    if (mentee.isEmpty() || !m_snapshot)
        return;
    const Match *match = m_snapshot->data.matchOfMentee(mentee);
    if (!match)
        return;
    if (match->status != QLatin1String("draft") &&
        Messages::question(this, tr("Unmatch"),
                           tr("%1's match was published on %2, so the pair has been told. Unmatch them anyway?")
                               .arg(m_board->menteeName(m_snapshot->data.menteeIndex(mentee)),
                                    QLocale().toString(match->publishedOn, QLocale::LongFormat)),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    m_selectAfterLoad = mentee;
    m_board->unmatch(mentee);
}

void MatchingPage::setSelectedLocked(bool locked)
{
    const QString mentee = selectedMentee();
    const Match *match = m_snapshot && !mentee.isEmpty() ? m_snapshot->data.matchOfMentee(mentee) : nullptr;
    if (!match || !m_document)
        return;
    m_selectAfterLoad = mentee;
    if (m_document->execute(MatchCommands::setLocked(*m_document, m_cycleId, {*match}, locked)))
        emit statusMessage(locked ? tr("Locked: auto-match keeps this match.") : tr("Unlocked."));
}

void MatchingPage::autoMatch()
{
    if (!m_snapshot || !m_document)
        return;
    AutoMatchDialog dialog(m_snapshot, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.proposal())
        return;
    const AutoMatchProposal &proposal = *dialog.proposal();
    const AutoMatchChanges changes = AutoMatch::changes(m_snapshot->data, proposal);
    if (m_document->execute(MatchCommands::applyProposal(*m_document, m_cycleId, changes.removed, changes.added)))
        emit statusMessage(proposal.summary() + QLatin1Char(' ') + tr("Edit › Undo discards the proposal."));
}

void MatchingPage::publishMatches()
{
    if (!m_snapshot || !m_document)
        return;
    QList<Match> drafts;
    for (const Match &match : m_snapshot->data.matches) {
        if (match.status == QLatin1String("draft"))
            drafts << match;
    }
    if (drafts.isEmpty())
        return;
    const QDate today = QDate::currentDate();
    if (Messages::question(this, tr("Publish Matches"),
                           tr("Publish %n draft match(es) of %1 as of %2?", nullptr, int(drafts.size()))
                                   .arg(m_cycleName, QLocale().toString(today, QLocale::LongFormat)) +
                               QStringLiteral("\n\n") +
                               tr("Notification letters and the engagement timeline start from this date. Edit › "
                                  "Undo takes it back."),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    if (m_document->execute(MatchCommands::publish(*m_document, m_cycleId, drafts, today)))
        emit statusMessage(tr("Published %n match(es).", nullptr, int(drafts.size())));
}

void MatchingPage::settingsDialog()
{
    if (!m_snapshot || !m_document)
        return;
    MatchingSettingsDialog dialog(m_snapshot, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MatchingSettings after = dialog.settings();
    if (m_document->execute(new SetMatchingSettingsCommand(*m_document, m_cycleId, m_snapshot->data.settings, after)))
        emit statusMessage(tr("Matching settings changed; the scores are worked out again."));
}

void MatchingPage::exportMatches()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    QString name = tr("%1 matches.csv").arg(m_cycleName);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Matches"), folder + QLatin1Char('/') + name,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportMatchesTo(path);
}

bool MatchingPage::exportMatchesTo(const QString &path)
{
    if (!m_document || m_cycleId.isEmpty())
        return false;
    auto matches = MatchingStore(m_document->database()).listMatches(m_cycleId);
    if (!matches) {
        Messages::warning(this, tr("Export Matches"), matches.error());
        return false;
    }
    const QList<QStringList> rows = MatchExport::rows(matches.value());
    if (Status written = Csv::writeFile(path, MatchExport::header(), rows); !written) {
        Messages::warning(this, tr("Export Matches"), written.error());
        return false;
    }
    emit statusMessage(tr("Exported %n match(es) of %1 to %2.", nullptr, int(rows.size()))
                           .arg(m_cycleName, QFileInfo(path).fileName()));
    return true;
}

} // namespace cohort
