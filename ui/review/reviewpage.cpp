#include "review/reviewpage.h"

#include "common/emptystate.h"
#include "common/icons.h"
#include "common/messages.h"
#include "common/statustext.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "review/assignreviewersdialog.h"
#include "review/committeegridmodel.h"
#include "review/committeeview.h"
#include "review/reviewersdialog.h"
#include "review/reviewfileactions.h"
#include "review/rubricdialog.h"
#include "review/scoregridmodel.h"
#include "review/scoregridview.h"
#include "review/scoringview.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cohort {

namespace {
constexpr int ReloadDelayMs = 150;
const QString ScoringSplitterName = QStringLiteral("reviewScoring");
const QString CommitteeSplitterName = QStringLiteral("reviewCommittee");

QAction *makeAction(const QString &text, const QString &objectName, const QString &toolTip, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    return action;
}
} // namespace

ReviewPage::ReviewPage(QWidget *parent)
    : QWidget(parent), m_roleComboBox(new QComboBox(this)), m_viewAsComboBox(new QComboBox(this)),
      m_blindLabel(new QLabel(this)), m_stack(new QStackedWidget(this)), m_noCycleState(new EmptyState(this)),
      m_loadingLabel(new QLabel(this)), m_errorState(new EmptyState(this)), m_noRubricState(new EmptyState(this)),
      m_noReviewersState(new EmptyState(this)), m_noAssignmentsState(new EmptyState(this)),
      m_nothingToScoreState(new EmptyState(this)),
      m_rubricAction(makeAction(tr("&Rubric…"), QStringLiteral("rubricAction"),
                                tr("The criteria applications are scored on: name, guidance, scale, weight, N/A"),
                                this)),
      m_reviewersAction(makeAction(tr("Re&viewers…"), QStringLiteral("reviewersAction"),
                                   tr("Who reviews: name, email, role, capacity, and conflicts of interest"), this)),
      m_assignAction(makeAction(tr("&Assign Reviewers…"), QStringLiteral("assignReviewersAction"),
                                tr("Give every application k reviewers, balanced within capacities and never a "
                                   "conflicted one"),
                                this)),
      m_blindAction(makeAction(tr("&Blind Review"), QStringLiteral("blindReviewAction"),
                               tr("Hide applicants' names, emails, libraries and confidential answers from reviewers "
                                  "(a setting of the cycle)"),
                               this)),
      m_submitAction(makeAction(tr("&Submit My Scores…"), QStringLiteral("submitScoresAction"),
                                tr("Submit your complete scores; then you see the other reviewers' scores"), this)),
      m_acceptAction(makeAction(tr("A&ccept"), QStringLiteral("acceptAction"),
                                tr("Accept the selected applications (sets their status)"), this)),
      m_waitlistAction(makeAction(tr("&Waitlist"), QStringLiteral("waitlistAction"),
                                  tr("Put the selected applications on the waitlist (sets their status)"), this)),
      m_declineAction(makeAction(tr("&Decline"), QStringLiteral("declineAction"),
                                 tr("Decline the selected applications (sets their status)"), this)),
      m_clearDecisionAction(makeAction(tr("C&lear Decision"), QStringLiteral("clearDecisionAction"),
                                       tr("Take back the decision on the selected applications (status: under review)"),
                                       this)),
      m_reopenAction(makeAction(tr("&Reopen Selected Scores…"), QStringLiteral("reopenScoresAction"),
                                tr("Let the reviewer change scores they have submitted"), this)),
      m_fileActions(new ReviewFileActions(this)), m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_blindAction->setCheckable(true);
    // Decisions are frequent: Ctrl+Alt+letter, free in the window (Ctrl+Shift+N, Ctrl+1…6 are taken).
    m_acceptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    m_waitlistAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_W));
    m_declineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_submitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    for (QAction *action : decisionActions())
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_acceptAction->setIconText(tr("Accept"));
    m_waitlistAction->setIconText(tr("Waitlist"));
    m_declineAction->setIconText(tr("Decline"));
    m_clearDecisionAction->setIconText(tr("Clear Decision"));
    m_submitAction->setIconText(tr("Submit My Scores…"));

    m_scoringView = new ScoringView(m_submitAction, this);
    m_committeeView = new CommitteeView(decisionActions(), this);
    addActions(decisionActions());
    addAction(m_submitAction);

    connect(m_rubricAction, &QAction::triggered, this, &ReviewPage::rubricDialog);
    connect(m_reviewersAction, &QAction::triggered, this, &ReviewPage::reviewersDialog);
    connect(m_assignAction, &QAction::triggered, this, &ReviewPage::assignDialog);
    connect(m_submitAction, &QAction::triggered, this, &ReviewPage::submitScores);
    connect(m_reopenAction, &QAction::triggered, this, &ReviewPage::reopenScores);
    connect(m_fileActions, &ReviewFileActions::statusMessage, this, &ReviewPage::statusMessage);
    connect(m_blindAction, &QAction::triggered, this, &ReviewPage::setBlind);
    connect(m_acceptAction, &QAction::triggered, this, [this] { m_committeeView->decide(QStringLiteral("accepted")); });
    connect(m_waitlistAction, &QAction::triggered, this,
            [this] { m_committeeView->decide(QStringLiteral("waitlisted")); });
    connect(m_declineAction, &QAction::triggered, this,
            [this] { m_committeeView->decide(QStringLiteral("declined")); });
    connect(m_clearDecisionAction, &QAction::triggered, this, [this] { m_committeeView->decide(QString()); });
    connect(m_committeeView, &CommitteeView::selectionChanged, this, &ReviewPage::updateActions);
    connect(m_committeeView, &CommitteeView::statusMessage, this, &ReviewPage::statusMessage);
    connect(m_committeeView, &CommitteeView::methodChanged, this,
            [this](CalibrationMethod method) { m_settings.setReviewMethod(int(method)); });
    connect(m_scoringView, &ScoringView::statusMessage, this, &ReviewPage::statusMessage);
    connect(m_scoringView->model(), &ScoreGridModel::edited, this, &ReviewPage::updateActions);
    connect(m_scoringView->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewPage::updateActions);
    m_committeeView->setMethod(static_cast<CalibrationMethod>(std::clamp(m_settings.reviewMethod(), 0, 2)));

    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(ReloadDelayMs); // a burst of changes (a paste, an undo) costs one load
    connect(m_reloadTimer, &QTimer::timeout, this, &ReviewPage::startLoad);
    connect(&m_loadWatcher, &QFutureWatcher<LoadedReview>::finished, this, &ReviewPage::finishLoad);

    // The top bar.
    m_roleComboBox->setObjectName(QStringLiteral("reviewRoleComboBox"));
    m_roleComboBox->setAccessibleName(tr("Role"));
    m_roleComboBox->setToolTip(tr("Review the mentees' or the mentors' applications"));
    m_roleComboBox->addItem(StatusText::rolePlural(QStringLiteral("mentee")), QStringLiteral("mentee"));
    m_roleComboBox->addItem(StatusText::rolePlural(QStringLiteral("mentor")), QStringLiteral("mentor"));
    m_roleComboBox->setCurrentIndex(m_settings.reviewRole() == QLatin1String("mentor") ? 1 : 0);
    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setReviewRole(role());
        m_loaded = {};
        startLoad();
    });
    m_viewAsComboBox->setObjectName(QStringLiteral("viewAsComboBox"));
    m_viewAsComboBox->setAccessibleName(tr("View as"));
    m_viewAsComboBox->setToolTip(tr("The committee's grid (for the chair), or one reviewer's scoring grid"));
    m_viewAsComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_viewAsComboBox->setMinimumContentsLength(18);
    connect(m_viewAsComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_viewAsId = m_viewAsComboBox->currentData().toString();
        showState();
    });
    m_blindLabel->setObjectName(QStringLiteral("blindLabel"));
    m_blindLabel->setTextFormat(Qt::PlainText);
    auto *roleLabel = new QLabel(tr("R&ole:"), this);
    roleLabel->setBuddy(m_roleComboBox);
    auto *viewAsLabel = new QLabel(tr("&View as:"), this);
    viewAsLabel->setBuddy(m_viewAsComboBox);
    auto *topBar = new QHBoxLayout;
    topBar->addWidget(roleLabel);
    topBar->addWidget(m_roleComboBox);
    topBar->addSpacing(12);
    topBar->addWidget(viewAsLabel);
    topBar->addWidget(m_viewAsComboBox);
    topBar->addSpacing(12);
    topBar->addWidget(m_blindLabel);
    topBar->addStretch();

    // The states without a grid, each with the action that moves on.
    const QIcon icon = Icons::named(QStringLiteral("review"));
    for (EmptyState *state : {m_noCycleState, m_errorState, m_noRubricState, m_noReviewersState, m_noAssignmentsState,
                              m_nothingToScoreState})
        state->setIcon(icon);
    m_noCycleState->setTitle(tr("No cycles yet"));
    m_noCycleState->setText(tr("Review belongs to a cycle. Once the program has one, its applications are scored "
                               "against a rubric here, and the committee decides who is accepted."));
    m_errorState->setObjectName(QStringLiteral("reviewErrorState"));
    m_errorState->setTitle(tr("The review could not be read"));
    m_noRubricState->setObjectName(QStringLiteral("noRubricState"));
    m_noRubricState->addAction(m_rubricAction);
    m_noReviewersState->setObjectName(QStringLiteral("noReviewersState"));
    m_noReviewersState->addAction(m_reviewersAction);
    m_noAssignmentsState->setObjectName(QStringLiteral("noAssignmentsState"));
    m_noAssignmentsState->addAction(m_assignAction);
    m_nothingToScoreState->setObjectName(QStringLiteral("nothingToScoreState"));
    m_nothingToScoreState->addAction(m_assignAction);
    m_loadingLabel->setText(tr("Loading the review…"));
    m_loadingLabel->setAlignment(Qt::AlignCenter);
    m_loadingLabel->setEnabled(false);
    for (QWidget *page : std::initializer_list<QWidget *>{m_noCycleState, m_loadingLabel, m_errorState, m_noRubricState,
                                                          m_noReviewersState, m_noAssignmentsState,
                                                          m_nothingToScoreState, m_scoringView, m_committeeView})
        m_stack->addWidget(page);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topBar);
    layout->addWidget(m_stack, 1);

    restoreSplitters();
    for (QSplitter *splitter : {m_scoringView->splitter(), m_committeeView->splitter()})
        connect(splitter, &QSplitter::splitterMoved, this, &ReviewPage::saveSplitters);
    showState();
    updateActions();
}

ReviewPage::~ReviewPage()
{
    // An editor still open commits while the children go: nothing may reach this half-gone page.
    for (QObject *child : {static_cast<QObject *>(m_scoringView), static_cast<QObject *>(m_scoringView->model()),
                           static_cast<QObject *>(m_committeeView)})
        disconnect(child, nullptr, this, nullptr);
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished();
}

QList<QAction *> ReviewPage::decisionActions() const
{
    return {m_acceptAction, m_waitlistAction, m_declineAction, m_clearDecisionAction};
}

void ReviewPage::setDocument(ProgramDocument *document)
{
    if (m_loadWatcher.isRunning())
        m_loadWatcher.waitForFinished(); // the worker reads the document's database
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_loaded = {};
    m_cycleId.clear();
    m_fileActions->setDocument(document);
    m_fileActions->setCycle({}, {});
    setOpenAssignments(0);
    m_scoringView->setDocument(document);
    m_committeeView->setDocument(document);
    m_scoringView->clear();
    m_committeeView->clear();
    if (document) {
        auto changed = [this](const QString &cycleId) {
            if (cycleId.isEmpty() || cycleId == m_cycleId)
                m_reloadTimer->start();
        };
        connect(document, &ProgramDocument::reviewChanged, this, changed);
        connect(document, &ProgramDocument::applicationsChanged, this, changed);
        connect(document, &ProgramDocument::reviewersChanged, this, [this] { m_reloadTimer->start(); });
    }
    showState();
    updateActions();
}

void ReviewPage::setCycle(const QString &cycleId, const QString &cycleName)
{
    if (cycleId == m_cycleId && cycleName == m_cycleName)
        return;
    m_cycleId = cycleId;
    m_cycleName = cycleName;
    m_loaded = {};
    m_fileActions->setCycle(cycleId, cycleName);
    startLoad();
}

void ReviewPage::setRole(const QString &role)
{
    const int index = m_roleComboBox->findData(role);
    if (index >= 0)
        m_roleComboBox->setCurrentIndex(index);
}

QString ReviewPage::role() const
{
    return m_roleComboBox->currentData().toString();
}

void ReviewPage::setViewAs(const QString &reviewerId)
{
    m_viewAsId = reviewerId;
    const int index = m_viewAsComboBox->findData(reviewerId);
    if (index >= 0)
        m_viewAsComboBox->setCurrentIndex(index);
    showState();
}

QString ReviewPage::viewAs() const
{
    return m_viewAsId;
}

bool ReviewPage::isLoading() const
{
    return m_loading;
}

void ReviewPage::reload()
{
    startLoad();
}

void ReviewPage::startLoad()
{
    m_reloadTimer->stop();
    if (!m_document || m_cycleId.isEmpty()) {
        m_loading = false;
        setOpenAssignments(0);
        showState();
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
    const QString currentRole = role();
    const quint64 generation = ++m_generation;
    m_loadWatcher.setFuture(QtConcurrent::run([database, cycleId, currentRole, generation] {
        return ReviewLoader::load(database, cycleId, currentRole, generation);
    }));
    showState();
}

void ReviewPage::finishLoad()
{
    LoadedReview result = m_loadWatcher.future().takeResult();
    if (m_reloadPending || result.generation != m_generation || result.cycleId != m_cycleId || result.role != role()) {
        startLoad();
        return;
    }
    m_loading = false;
    m_loaded = std::move(result);
    setOpenAssignments(m_loaded.error.isEmpty() ? m_loaded.openAssignments : 0);
    populateViewAs();
    showState();
    updateActions();
    if (!m_loaded.error.isEmpty())
        emit statusMessage(tr("The review could not be read: %1").arg(m_loaded.error));
    emit loaded();
}

void ReviewPage::setOpenAssignments(int count)
{
    if (count == m_openAssignments)
        return;
    m_openAssignments = count;
    emit openAssignmentsChanged(count);
}

void ReviewPage::populateViewAs()
{
    const QSignalBlocker blocker(m_viewAsComboBox);
    m_viewAsComboBox->clear();
    m_viewAsComboBox->addItem(tr("Committee (chair)"), QString());
    if (m_loaded.data) {
        const ReviewCycleData &data = *m_loaded.data;
        for (int r = 0; r < data.reviewers.size(); ++r) {
            const Reviewer &reviewer = data.reviewers.at(r);
            const int assigned = int(data.assignmentsOfReviewer(r).size());
            if (!reviewer.active && assigned == 0)
                continue;
            m_viewAsComboBox->addItem(assigned > 0 ? tr("%1 (%n to review)", nullptr, assigned).arg(reviewer.name)
                                                   : tr("%1 (nothing assigned)").arg(reviewer.name),
                                      reviewer.id);
        }
    }
    const int index = m_viewAsComboBox->findData(m_viewAsId);
    m_viewAsComboBox->setCurrentIndex(index >= 0 ? index : 0);
    m_viewAsId = m_viewAsComboBox->currentData().toString();
}

int ReviewPage::currentReviewer() const
{
    return m_loaded.data && !m_viewAsId.isEmpty() ? m_loaded.data->reviewerIndex(m_viewAsId) : -1;
}

QWidget *ReviewPage::currentStateWidget() const
{
    return m_stack->currentWidget();
}

void ReviewPage::showState()
{
    const QString roleWords = StatusText::rolePlural(role()).toLower();
    m_blindLabel->setText(m_loaded.data && m_loaded.data->settings.blind ? tr("Blind review: names are hidden")
                                                                         : QString());
    if (!m_document || m_cycleId.isEmpty()) {
        m_stack->setCurrentWidget(m_noCycleState);
        return;
    }
    if (!m_loaded.data && m_loaded.error.isEmpty()) {
        m_stack->setCurrentWidget(m_loadingLabel);
        return;
    }
    if (!m_loaded.error.isEmpty()) {
        m_errorState->setText(m_loaded.error);
        m_stack->setCurrentWidget(m_errorState);
        return;
    }
    const ReviewCycleData &data = *m_loaded.data;
    if (data.criteria.isEmpty()) {
        m_noRubricState->setTitle(tr("No rubric for %1 yet").arg(roleWords));
        m_noRubricState->setText(tr("Applications are scored against a rubric: a few criteria, each with guidance, a "
                                    "scale and a weight. Write the rubric for %1 in %2, or copy one from an earlier "
                                    "cycle.")
                                     .arg(roleWords, m_cycleName));
        m_stack->setCurrentWidget(m_noRubricState);
        return;
    }
    if (data.reviewers.isEmpty()) {
        m_noReviewersState->setTitle(tr("No reviewers yet"));
        m_noReviewersState->setText(tr("Add the working group's reviewers — their names, emails and how many "
                                       "applications each can take — and declare their conflicts of interest."));
        m_stack->setCurrentWidget(m_noReviewersState);
        return;
    }
    if (data.assignments.isEmpty()) {
        m_noAssignmentsState->setTitle(tr("No applications assigned yet"));
        m_noAssignmentsState->setText(tr("Give each application of the %1 in %2 its reviewers: Assign Reviewers "
                                         "proposes k per application, balanced within capacities and never a "
                                         "conflicted reviewer.")
                                          .arg(roleWords, m_cycleName));
        m_stack->setCurrentWidget(m_noAssignmentsState);
        return;
    }
    const int reviewer = currentReviewer();
    if (reviewer >= 0) {
        m_scoringView->setReview(m_loaded.data, reviewer);
        if (m_scoringView->model()->rowCount() == 0) {
            m_nothingToScoreState->setTitle(tr("Nothing to score"));
            m_nothingToScoreState->setText(tr("%1 has no %2 application to review in %3.")
                                               .arg(data.reviewers.at(reviewer).name,
                                                    role() == QLatin1String("mentor") ? tr("mentor") : tr("mentee"),
                                                    m_cycleName));
            m_stack->setCurrentWidget(m_nothingToScoreState);
        } else {
            m_stack->setCurrentWidget(m_scoringView);
        }
    } else {
        m_committeeView->setReview(m_loaded.data, m_loaded.statistics);
        m_stack->setCurrentWidget(m_committeeView);
    }
    updateActions();
}

void ReviewPage::updateActions()
{
    const bool open = m_document && !m_cycleId.isEmpty();
    const bool writable = open && !m_document->isReadOnly();
    const bool loaded = open && m_loaded.data != nullptr;
    m_rubricAction->setEnabled(writable);
    m_reviewersAction->setEnabled(open);
    m_assignAction->setEnabled(writable && loaded && !m_loaded.data->criteria.isEmpty() &&
                               !m_loaded.data->reviewers.isEmpty());
    m_blindAction->setEnabled(writable && loaded);
    {
        const QSignalBlocker blocker(m_blindAction);
        m_blindAction->setChecked(loaded && m_loaded.data->settings.blind);
    }
    const bool committee = m_stack->currentWidget() == m_committeeView;
    const bool selection = committee && !m_committeeView->selectedApplications().isEmpty();
    for (QAction *action : decisionActions())
        action->setEnabled(writable && selection);
    const bool scoring = m_stack->currentWidget() == m_scoringView;
    m_submitAction->setEnabled(writable && scoring &&
                               !m_scoringView->model()->completeUnsubmittedAssignmentIds().isEmpty());
    bool submittedSelected = false;
    if (scoring && m_scoringView->view()->selectionModel()) {
        for (const QModelIndex &index : m_scoringView->view()->selectionModel()->selectedIndexes())
            submittedSelected = submittedSelected || m_scoringView->model()->isSubmitted(index.row());
    }
    m_reopenAction->setEnabled(writable && submittedSelected);
    m_fileActions->updateActions();
    if (!scoring)
        m_submitAction->setToolTip(tr("Choose yourself under “View as” to submit your scores"));
    else
        m_submitAction->setToolTip(tr("Submit your complete scores; then you see the other reviewers' scores"));
    if (m_document && m_document->isReadOnly())
        m_rubricAction->setToolTip(tr("This program is open read-only."));
}

void ReviewPage::rubricDialog()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    RubricDialog dialog(*m_document, m_cycleId, m_cycleName, role(), this);
    dialog.exec();
}

void ReviewPage::reviewersDialog()
{
    if (!m_document || m_cycleId.isEmpty())
        return;
    ReviewersDialog dialog(*m_document, m_cycleId, role(), this);
    dialog.exec();
}

void ReviewPage::assignDialog()
{
    if (!m_document || !m_loaded.data)
        return;
    AssignReviewersDialog dialog(*m_document, m_loaded.data, m_cycleName, this);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(dialog.appliedText());
}

void ReviewPage::submitScores()
{
    if (!m_document || !m_loaded.data || currentReviewer() < 0)
        return;
    ScoreGridModel *model = m_scoringView->model();
    const QStringList ready = model->completeUnsubmittedAssignmentIds();
    const int open = model->rowCount() - model->submittedRows();
    if (ready.isEmpty()) {
        emit statusMessage(tr("Nothing to submit: score every criterion of an application first."));
        return;
    }
    QString text = tr("Submit your scores for %n applications? Submitted scores can only be changed when the chair "
                      "reopens them, and you will see the other reviewers' scores for them.",
                      nullptr, int(ready.size()));
    if (open > ready.size())
        text += QStringLiteral("\n\n") +
                tr("%n applications are not fully scored yet; they stay open.", nullptr, int(open - ready.size()));
    if (Messages::question(this, tr("Submit My Scores"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) !=
        QMessageBox::Yes)
        return;
    const Status status = m_document->execute(new SubmitAssignmentsCommand(*m_document, m_cycleId, ready, true));
    if (!status) {
        Messages::warning(this, tr("Submit My Scores"), status.error());
        return;
    }
    emit statusMessage(tr("Submitted your scores for %n applications.", nullptr, int(ready.size())));
}

void ReviewPage::reopenScores()
{
    if (!m_document || !m_loaded.data || currentReviewer() < 0 || !m_scoringView->view()->selectionModel())
        return;
    ScoreGridModel *model = m_scoringView->model();
    QStringList ids;
    QStringList codes;
    for (const QModelIndex &index : m_scoringView->view()->selectionModel()->selectedIndexes()) {
        const QString id = model->assignmentIdAt(index.row());
        if (model->isSubmitted(index.row()) && !ids.contains(id)) {
            ids.append(id);
            codes.append(model->index(index.row(), 0).data().toString());
        }
    }
    if (ids.isEmpty()) {
        emit statusMessage(tr("Select submitted applications in the grid to reopen their scores."));
        return;
    }
    const QString reviewer = m_loaded.data->reviewers.at(currentReviewer()).name;
    if (Messages::question(this, tr("Reopen Scores"),
                           tr("Reopen %1's submitted scores for %n application(s) so that they can be changed?",
                              nullptr, int(ids.size()))
                                   .arg(reviewer) +
                               QStringLiteral("\n\n") + codes.join(QStringLiteral(", ")),
                           QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const Status status = m_document->execute(new SubmitAssignmentsCommand(*m_document, m_cycleId, ids, false));
    if (!status) {
        Messages::warning(this, tr("Reopen Scores"), status.error());
        return;
    }
    emit statusMessage(tr("Reopened %1's scores for %n application(s).", nullptr, int(ids.size())).arg(reviewer));
}

void ReviewPage::setBlind(bool blind)
{
    if (!m_document || !m_loaded.data || m_document->isReadOnly())
        return;
    ReviewSettings settings = m_loaded.data->settings;
    if (settings.blind == blind)
        return;
    settings.blind = blind;
    const Status status = m_document->execute(new SetReviewSettingsCommand(*m_document, m_cycleId, settings));
    if (!status) {
        Messages::warning(this, tr("Blind Review"), status.error());
        updateActions();
        return;
    }
    emit statusMessage(blind ? tr("Blind review is on: reviewers see applications under their code only.")
                             : tr("Blind review is off: reviewers see applicants' names."));
}

void ReviewPage::saveSplitters()
{
    m_settings.setSplitterState(ScoringSplitterName, m_scoringView->splitter()->saveState());
    m_settings.setSplitterState(CommitteeSplitterName, m_committeeView->splitter()->saveState());
}

void ReviewPage::restoreSplitters()
{
    const QByteArray scoring = m_settings.splitterState(ScoringSplitterName);
    if (!scoring.isEmpty())
        m_scoringView->splitter()->restoreState(scoring);
    else
        m_scoringView->splitter()->setSizes({900, 500});
    const QByteArray committee = m_settings.splitterState(CommitteeSplitterName);
    if (!committee.isEmpty())
        m_committeeView->splitter()->restoreState(committee);
    else
        m_committeeView->splitter()->setSizes({950, 450});
}

} // namespace cohort
