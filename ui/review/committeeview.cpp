#include "review/committeeview.h"

#include "common/messages.h"
#include "common/statustext.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "domain/ids.h"
#include "review/agreementpanel.h"
#include "review/committeegridmodel.h"
#include "review/decisionrationaledialog.h"
#include "review/decisionrules.h"
#include "review/reviewcharts.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace cohort {

CommitteeView::CommitteeView(const QList<QAction *> &decisionActions, QWidget *parent)
    : QWidget(parent), m_decisionActions(decisionActions), m_model(new CommitteeGridModel(this)),
      m_view(new QTableView(this)), m_methodComboBox(new QComboBox(this)), m_countLabel(new QLabel(this)),
      m_summaryLabel(new QLabel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)), m_tabs(new QTabWidget(this)),
      m_agreement(new AgreementPanel(this)), m_charts(new ReviewCharts(this))
{
    setObjectName(QStringLiteral("committeeView"));

    m_methodComboBox->setObjectName(QStringLiteral("methodComboBox"));
    m_methodComboBox->setAccessibleName(tr("Calibration method"));
    m_methodComboBox->setToolTip(tr("How reviewers' totals become one score: the plain mean, each reviewer's scores "
                                    "standardized (z-scores), or the reviewer-offset model (score = quality + the "
                                    "reviewer's bias)"));
    for (CalibrationMethod method :
         {CalibrationMethod::RawMean, CalibrationMethod::ZScore, CalibrationMethod::ReviewerOffset})
        m_methodComboBox->addItem(CommitteeGridModel::methodName(method), int(method));
    m_methodComboBox->setCurrentIndex(2);
    connect(m_methodComboBox, &QComboBox::currentIndexChanged, this, [this] {
        const auto method = static_cast<CalibrationMethod>(m_methodComboBox->currentData().toInt());
        m_model->setMethod(method);
        m_charts->setMethod(method);
        updateSummary();
        emit methodChanged(method);
    });
    m_countLabel->setObjectName(QStringLiteral("decisionCountLabel"));
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("methodSummaryLabel"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setEnabled(false);

    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("decisionToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addActions(m_decisionActions);

    auto *methodLabel = new QLabel(tr("&Method:"), this);
    methodLabel->setBuddy(m_methodComboBox);
    auto *top = new QHBoxLayout;
    top->addWidget(methodLabel);
    top->addWidget(m_methodComboBox);
    top->addSpacing(12);
    top->addWidget(toolBar);
    top->addStretch();

    m_view->setObjectName(QStringLiteral("committeeGridView"));
    m_view->setAccessibleName(tr("Committee grid"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->addActions(m_decisionActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.setToolTipsVisible(true);
        fillContextMenu(&menu);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CommitteeView::selectionChanged);
    connect(m_agreement, &AgreementPanel::applicationActivated, this, &CommitteeView::selectApplication);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_countLabel);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_summaryLabel);

    m_tabs->setObjectName(QStringLiteral("committeeSideTabs"));
    m_tabs->addTab(m_agreement, tr("A&greement"));
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_splitter->setObjectName(QStringLiteral("committeeSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
}

void CommitteeView::setDocument(ProgramDocument *document)
{
    m_document = document;
}

void CommitteeView::setReview(std::shared_ptr<const ReviewCycleData> data,
                              std::shared_ptr<const ReviewStatistics> statistics)
{
    m_data = data;
    m_statistics = statistics;
    const bool fresh = m_model->columnCount() == 0;
    m_model->setReview(data, statistics);
    m_agreement->setReview(data, statistics);
    m_charts->setReview(data, statistics, method());
    if (fresh || m_view->horizontalHeader()->sectionSize(0) < 40) {
        QHeaderView *header = m_view->horizontalHeader();
        header->resizeSection(0, fontMetrics().averageCharWidth() * 26);
        for (int c = 1; c < m_model->columnCount(); ++c) {
            const int title = fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString());
            header->resizeSection(c, std::max(fontMetrics().averageCharWidth() * 8, title + 28));
        }
        header->resizeSection(m_model->column(CommitteeGridModel::MethodsColumn),
                              fontMetrics().averageCharWidth() * 24);
        header->resizeSection(m_model->column(CommitteeGridModel::DecisionColumn),
                              fontMetrics().averageCharWidth() * 14);
        header->setStretchLastSection(false);
        // The model sorted itself by rank; the header says so (and sorts by the same when clicked).
        header->setSortIndicator(m_model->column(CommitteeGridModel::RankColumn), Qt::AscendingOrder);
    }
    updateSummary();
}

void CommitteeView::clear()
{
    m_data.reset();
    m_statistics.reset();
    m_model->clear();
    m_agreement->clear();
    m_charts->clear();
    m_countLabel->clear();
    m_summaryLabel->clear();
}

void CommitteeView::setMethod(CalibrationMethod method)
{
    const int index = m_methodComboBox->findData(int(method));
    if (index >= 0)
        m_methodComboBox->setCurrentIndex(index);
}

CalibrationMethod CommitteeView::method() const
{
    return static_cast<CalibrationMethod>(m_methodComboBox->currentData().toInt());
}

QString CommitteeView::countText() const
{
    return m_countLabel->text();
}

void CommitteeView::updateSummary()
{
    if (!m_data || !m_statistics) {
        m_countLabel->clear();
        m_summaryLabel->clear();
        return;
    }
    m_countLabel->setText(DecisionRules::count(*m_data).text());
    QStringList lines;
    if (m_statistics->places > 0) {
        for (const MethodComparison &comparison : m_statistics->comparisons) {
            if (comparison.first != method() && comparison.second != method())
                continue;
            const CalibrationMethod other = comparison.first == method() ? comparison.second : comparison.first;
            const int changed = int(comparison.changes.size()) / 2;
            lines.append(
                changed == 0
                    ? tr("%1 and %2 fill the %Ln places with the same applications.", nullptr, m_statistics->places)
                          .arg(CommitteeGridModel::methodName(method()), CommitteeGridModel::methodName(other))
                    : tr("%1 and %2 differ on %3 of the %Ln places.", nullptr, m_statistics->places)
                          .arg(CommitteeGridModel::methodName(method()), CommitteeGridModel::methodName(other))
                          .arg(changed));
        }
    } else {
        lines.append(tr("No target is set for this role, so the methods are not compared on acceptance."));
    }
    lines.append(m_statistics->componentsText());
    m_summaryLabel->setText(lines.join(QLatin1Char(' ')));
}

QList<int> CommitteeView::selectedApplications() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<int> applications;
    for (int row : std::as_const(rows))
        applications.append(m_model->applicationAt(row));
    return applications;
}

void CommitteeView::selectApplication(int application)
{
    const int row = m_model->rowOfApplication(application);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

bool CommitteeView::decide(const QString &outcome)
{
    if (!m_document || !m_data || !m_statistics || m_document->isReadOnly())
        return false;
    const QList<int> selected = selectedApplications();
    QList<ProposedOutcome> proposed;
    for (int application : selected) {
        if (m_model->outcomeOf(application) != outcome)
            proposed.append(ProposedOutcome{application, outcome});
    }
    const QString words = outcome.isEmpty() ? tr("Clear Decision") : StatusText::applicationStatus(outcome);
    if (proposed.isEmpty()) {
        emit statusMessage(selected.isEmpty() ? tr("Select the applications to decide on first.")
                                              : tr("The selected applications are already “%1”.").arg(words));
        return false;
    }
    QString rationale;
    const QList<DecisionRules::Departure> departures = DecisionRules::departures(*m_data, *m_statistics, proposed);
    if (!departures.isEmpty()) {
        QStringList texts;
        for (const DecisionRules::Departure &departure : departures)
            texts.append(departure.text);
        DecisionRationaleDialog dialog(words, texts, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        rationale = dialog.rationale();
    }
    QList<DecisionEdit> edits;
    QHash<int, QString> outcomes;
    for (const ProposedOutcome &p : std::as_const(proposed)) {
        edits.append(DecisionEdit{m_data->applications.at(p.application).id, outcome, rationale});
        outcomes.insert(p.application, outcome);
    }
    const Status status = m_document->execute(new SetDecisionsCommand(*m_document, m_data->cycleId, edits));
    if (!status) {
        Messages::warning(this, tr("Decision Not Made"), status.error());
        return false;
    }
    m_model->setOutcomes(outcomes);
    emit statusMessage(outcome.isEmpty() ? tr("Cleared the decision of %n applications.", nullptr, int(edits.size()))
                                         : tr("%1: %n applications.", nullptr, int(edits.size())).arg(words));
    return true;
}

bool CommitteeView::assignSelectionTo(int reviewer)
{
    if (!m_document || !m_data || reviewer < 0 || reviewer >= m_data->reviewers.size())
        return false;
    QList<Assignment> adds;
    QStringList conflicted;
    for (int application : selectedApplications()) {
        if (m_data->assignmentIndex(application, reviewer) >= 0)
            continue;
        if (m_data->isConflicted(application, reviewer)) {
            conflicted.append(m_data->applications.at(application).code);
            continue;
        }
        Assignment assignment;
        assignment.id = newId();
        assignment.applicationId = m_data->applications.at(application).id;
        assignment.reviewerId = m_data->reviewers.at(reviewer).id;
        adds.append(assignment);
    }
    const QString name = m_data->reviewers.at(reviewer).name;
    if (adds.isEmpty()) {
        emit statusMessage(
            conflicted.isEmpty()
                ? tr("%1 already reviews the selected applications.").arg(name)
                : tr("%1 has a conflict of interest with %2.").arg(name, conflicted.join(QStringLiteral(", "))));
        return false;
    }
    const Status status = m_document->execute(new ChangeAssignmentsCommand(*m_document, m_data->cycleId, adds, {}));
    if (!status) {
        Messages::warning(this, tr("Assign to %1").arg(name), status.error());
        return false;
    }
    QString message = tr("Assigned %n applications to %1.", nullptr, int(adds.size())).arg(name);
    if (!conflicted.isEmpty())
        message += QLatin1Char(' ') + tr("Not %1: a conflict of interest.").arg(conflicted.join(QStringLiteral(", ")));
    emit statusMessage(message);
    return true;
}

bool CommitteeView::unassignSelectionFrom(int reviewer)
{
    if (!m_document || !m_data || reviewer < 0 || reviewer >= m_data->reviewers.size())
        return false;
    QList<Assignment> removes;
    int scored = 0;
    for (int application : selectedApplications()) {
        const int assignment = m_data->assignmentIndex(application, reviewer);
        if (assignment < 0)
            continue;
        removes.append(m_data->assignments.at(assignment));
        if (ReviewStatistics::assignmentTotal(*m_data, assignment).scoredCells > 0)
            ++scored;
    }
    if (removes.isEmpty())
        return false;
    const QString name = m_data->reviewers.at(reviewer).name;
    // Undo puts the scores back exactly, so removing scored assignments is not confirmed.
    const Status status = m_document->execute(new ChangeAssignmentsCommand(
        *m_document, m_data->cycleId, {}, removes, ChangeAssignmentsCommand::ScoredRemoval::RemoveScores));
    if (!status) {
        Messages::warning(this, tr("Unassign %1").arg(name), status.error());
        return false;
    }
    QString message = tr("Took %n applications off %1's list.", nullptr, int(removes.size())).arg(name);
    if (scored > 0)
        message += QLatin1Char(' ') +
                   tr("%n of them had scores, which went with them (Edit › Undo brings them back).", nullptr, scored);
    emit statusMessage(message);
    return true;
}

void CommitteeView::fillContextMenu(QMenu *menu)
{
    menu->addActions(m_decisionActions);
    if (!m_data)
        return;
    const QList<int> selected = selectedApplications();
    const bool writable = m_document && !m_document->isReadOnly() && !selected.isEmpty();
    menu->addSeparator();
    QMenu *assign = menu->addMenu(tr("Assign &to"));
    assign->setToolTipsVisible(true);
    QMenu *unassign = menu->addMenu(tr("&Unassign"));
    unassign->setToolTipsVisible(true);
    QSet<int> assigned;
    for (int application : selected) {
        for (int assignment : m_data->assignmentsOf(application))
            assigned.insert(m_data->assignments.at(assignment).reviewer);
    }
    for (int r = 0; r < m_data->reviewers.size(); ++r) {
        const Reviewer &reviewer = m_data->reviewers.at(r);
        if (reviewer.active) {
            QString text = reviewer.name;
            text.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *action = assign->addAction(text);
            action->setToolTip(tr("Add %1 as a reviewer of the selected applications (skipping conflicts of interest)")
                                   .arg(reviewer.name));
            action->setEnabled(writable);
            connect(action, &QAction::triggered, this, [this, r] { assignSelectionTo(r); });
        }
        if (assigned.contains(r)) {
            QString text = reviewer.name;
            text.replace(QLatin1Char('&'), QStringLiteral("&&"));
            QAction *action = unassign->addAction(text);
            action->setToolTip(tr("Take the selected applications off %1's list (their scores go too; Undo brings "
                                  "them back)")
                                   .arg(reviewer.name));
            action->setEnabled(writable);
            connect(action, &QAction::triggered, this, [this, r] { unassignSelectionFrom(r); });
        }
    }
    assign->setEnabled(writable && !assign->isEmpty());
    unassign->setEnabled(writable && !unassign->isEmpty());
}

} // namespace cohort
