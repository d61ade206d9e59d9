#include "review/reviewersdialog.h"

#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "domain/ids.h"
#include "review/conflictsuggestions.h"
#include "store/reviewstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {
QString sourceText(const QString &source)
{
    if (source == QLatin1String("declared"))
        return ReviewersDialog::tr("Declared");
    if (source == QLatin1String("same_library"))
        return ReviewersDialog::tr("Same library");
    if (source == QLatin1String("email_domain"))
        return ReviewersDialog::tr("Same email domain");
    return ReviewersDialog::tr("Other");
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("suggested"))
        return ReviewersDialog::tr("Suggested: to confirm or dismiss");
    if (status == QLatin1String("confirmed"))
        return ReviewersDialog::tr("Confirmed: kept off");
    if (status == QLatin1String("dismissed"))
        return ReviewersDialog::tr("Dismissed");
    return status;
}

QColor statusColor(const QString &status)
{
    if (status == QLatin1String("suggested"))
        return QColor(0xe0, 0xa4, 0x2a);
    if (status == QLatin1String("confirmed"))
        return QColor(0xc9, 0x4c, 0x4c);
    return QColor(0x70, 0x70, 0x70);
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->verticalHeader()->setVisible(false);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

ReviewersDialog::ReviewersDialog(ProgramDocument &document, const QString &cycleId, const QString &role,
                                 QWidget *parent)
    : QDialog(parent), m_document(document), m_cycleId(cycleId), m_role(role),
      m_reviewersTable(makeTable(this, QStringLiteral("reviewersTable"), tr("Reviewers"))),
      m_conflictsTable(makeTable(this, QStringLiteral("conflictsTable"), tr("Conflicts of interest"))),
      m_conflictsTitle(new QLabel(this)), m_messageLabel(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Add Reviewer"), this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_suggestButton(new QPushButton(tr("&Suggest Conflicts"), this)),
      m_declareButton(new QPushButton(tr("D&eclare Conflict…"), this)),
      m_confirmButton(new QPushButton(tr("&Confirm"), this)), m_dismissButton(new QPushButton(tr("D&ismiss"), this))
{
    setObjectName(QStringLiteral("reviewersDialog"));
    setWindowTitle(tr("Reviewers"));
    const bool writable = !document.isReadOnly();

    auto *intro = new QLabel(tr("The working group's reviewers. Capacity is the most applications a reviewer takes "
                                "in one cycle; a reviewer who leaves is made inactive (their scores stay). Changes "
                                "are stored as you make them; Edit › Undo takes them back."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_reviewersTable->setColumnCount(ColumnCount);
    m_reviewersTable->setHorizontalHeaderLabels({tr("Name"), tr("Email"), tr("Chair"), tr("Capacity"), tr("Active")});
    m_reviewersTable->horizontalHeaderItem(ChairColumn)->setToolTip(tr("Ticked: the chair; else a member"));
    m_reviewersTable->horizontalHeaderItem(CapacityColumn)
        ->setToolTip(tr("The most applications this reviewer takes in one cycle (both roles together)"));
    m_reviewersTable->horizontalHeaderItem(ActiveColumn)
        ->setToolTip(tr("Inactive reviewers keep their assignments and scores but get no new ones"));
    m_reviewersTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reviewersTable->horizontalHeader()->setSectionResizeMode(EmailColumn, QHeaderView::Stretch);
    m_reviewersTable->horizontalHeader()->setStretchLastSection(false);
    m_reviewersTable->setEnabled(true);
    if (!writable)
        m_reviewersTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_reviewersTable, &QTableWidget::cellChanged, this, &ReviewersDialog::onReviewerChanged);
    connect(m_reviewersTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (row != previous)
            reloadConflicts();
    });

    m_conflictsTable->setColumnCount(4);
    m_conflictsTable->setHorizontalHeaderLabels({tr("Applicant"), tr("Why"), tr("Status"), tr("Reason")});
    m_conflictsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflictsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_conflictsTable, &QTableWidget::itemSelectionChanged, this, &ReviewersDialog::updateButtons);
    m_conflictsTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_conflictsTitle->font();
    bold.setBold(true);
    m_conflictsTitle->setFont(bold);

    m_messageLabel->setObjectName(QStringLiteral("reviewersMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);

    m_addButton->setObjectName(QStringLiteral("addReviewerButton"));
    m_addButton->setToolTip(tr("Add a reviewer (a member with capacity 20); type the name and email"));
    m_removeButton->setObjectName(QStringLiteral("removeReviewerButton"));
    m_removeButton->setToolTip(tr("Remove the selected reviewer (refused once they have assignments: make them "
                                  "inactive instead)"));
    m_suggestButton->setObjectName(QStringLiteral("suggestConflictsButton"));
    m_suggestButton->setToolTip(tr("Look for likely conflicts with this cycle's applicants (same library, same email "
                                   "domain, their own application) and list them to confirm or dismiss"));
    m_declareButton->setObjectName(QStringLiteral("declareConflictButton"));
    m_declareButton->setToolTip(tr("Declare a conflict of the selected reviewer with one applicant"));
    m_confirmButton->setObjectName(QStringLiteral("confirmConflictButton"));
    m_confirmButton->setToolTip(tr("Confirm the selected conflicts: the reviewer never sees those applications"));
    m_dismissButton->setObjectName(QStringLiteral("dismissConflictButton"));
    m_dismissButton->setToolTip(tr("Dismiss the selected suggestions: not a conflict"));
    connect(m_addButton, &QPushButton::clicked, this, [this] { addReviewer(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeReviewer(m_reviewersTable->currentRow()); });
    connect(m_suggestButton, &QPushButton::clicked, this, [this] { suggestConflicts(); });
    connect(m_declareButton, &QPushButton::clicked, this, &ReviewersDialog::declareConflictDialog);
    connect(m_confirmButton, &QPushButton::clicked, this,
            [this] { setConflictStatus(selectedConflictRows(), QStringLiteral("confirmed")); });
    connect(m_dismissButton, &QPushButton::clicked, this,
            [this] { setConflictStatus(selectedConflictRows(), QStringLiteral("dismissed")); });

    auto *reviewerButtons = new QHBoxLayout;
    reviewerButtons->addWidget(m_addButton);
    reviewerButtons->addWidget(m_removeButton);
    reviewerButtons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_reviewersTable, 1);
    leftLayout->addLayout(reviewerButtons);

    auto *conflictButtons = new QHBoxLayout;
    for (QPushButton *button : {m_confirmButton, m_dismissButton, m_declareButton})
        conflictButtons->addWidget(button);
    conflictButtons->addStretch();
    conflictButtons->addWidget(m_suggestButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_conflictsTitle);
    rightLayout->addWidget(m_conflictsTable, 1);
    rightLayout->addLayout(conflictButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 480});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close (every change is already stored)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    connect(&m_document, &ProgramDocument::reviewersChanged, this, &ReviewersDialog::reload, Qt::QueuedConnection);
    reload();
    resize(1040, 520);
}

QString ReviewersDialog::messageText() const
{
    return m_messageLabel->text();
}

void ReviewersDialog::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

bool ReviewersDialog::reloadCycle()
{
    auto cycle = m_document.reviewStore().loadCycle(m_cycleId, m_role);
    if (!cycle) {
        showMessage(cycle.error());
        return false;
    }
    m_cycle = std::move(cycle).value();
    m_personLabels.clear();
    for (const ReviewApplication &application : std::as_const(m_cycle.applications))
        m_personLabels.insert(application.personId, application.label(false));
    return true;
}

void ReviewersDialog::reload()
{
    reloadCycle();
    auto reviewers = m_document.reviewStore().listReviewers();
    if (!reviewers) {
        showMessage(reviewers.error());
        return;
    }
    const int currentRow = m_reviewersTable->currentRow();
    const int currentColumn = std::max(0, m_reviewersTable->currentColumn());
    m_reviewers = std::move(reviewers).value();
    m_filling = true;
    m_reviewersTable->setRowCount(int(m_reviewers.size()));
    for (int row = 0; row < m_reviewers.size(); ++row) {
        const Reviewer &r = m_reviewers.at(row);
        m_reviewersTable->setItem(row, NameColumn, new QTableWidgetItem(r.name));
        m_reviewersTable->setItem(row, EmailColumn, new QTableWidgetItem(r.email));
        auto *capacity = new QTableWidgetItem(QLocale().toString(r.capacity));
        capacity->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reviewersTable->setItem(row, CapacityColumn, capacity);
        for (auto [column, on, yes, no] :
             {std::tuple{int(ChairColumn), r.role == QLatin1String("chair"), tr("Chair"), tr("Member")},
              std::tuple{int(ActiveColumn), r.active, tr("Active"), tr("Inactive")}}) {
            auto *item = new QTableWidgetItem(on ? yes : no);
            Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
            if (!m_document.isReadOnly())
                flags |= Qt::ItemIsUserCheckable;
            item->setFlags(flags);
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            m_reviewersTable->setItem(row, column, item);
        }
    }
    m_filling = false;
    m_reviewersTable->resizeColumnToContents(NameColumn);
    m_reviewersTable->setColumnWidth(NameColumn, std::max(160, m_reviewersTable->columnWidth(NameColumn)));
    if (currentRow >= 0 && currentRow < m_reviewersTable->rowCount())
        m_reviewersTable->setCurrentCell(currentRow, currentColumn);
    else if (m_reviewersTable->rowCount() > 0)
        m_reviewersTable->setCurrentCell(0, NameColumn);
    reloadConflicts();
}

void ReviewersDialog::reloadConflicts()
{
    const int row = m_reviewersTable->currentRow();
    m_conflicts.clear();
    if (row >= 0 && row < m_reviewers.size()) {
        m_conflictsTitle->setText(tr("Conflicts of interest of %1").arg(m_reviewers.at(row).name));
        auto conflicts = m_document.reviewStore().listConflicts(m_reviewers.at(row).id);
        if (conflicts)
            m_conflicts = std::move(conflicts).value();
        else
            showMessage(conflicts.error());
    } else {
        m_conflictsTitle->setText(tr("Conflicts of interest"));
    }
    m_conflictsTable->setRowCount(int(m_conflicts.size()));
    for (int r = 0; r < m_conflicts.size(); ++r) {
        const Conflict &c = m_conflicts.at(r);
        const QString person = m_personLabels.value(c.personId, tr("An applicant of another cycle or role"));
        m_conflictsTable->setItem(r, 0, new QTableWidgetItem(person));
        m_conflictsTable->setItem(r, 1, new QTableWidgetItem(sourceText(c.source)));
        auto *status = new QTableWidgetItem(statusText(c.status));
        status->setForeground(statusColor(c.status));
        m_conflictsTable->setItem(r, 2, status);
        m_conflictsTable->setItem(r, 3, new QTableWidgetItem(c.reason));
        for (int column = 0; column < 4; ++column)
            m_conflictsTable->item(r, column)->setToolTip(m_conflictsTable->item(r, column)->text());
    }
    m_conflictsTable->resizeColumnsToContents();
    updateButtons();
}

void ReviewersDialog::updateButtons()
{
    const bool writable = !m_document.isReadOnly();
    const bool reviewer = m_reviewersTable->currentRow() >= 0;
    const bool conflicts = !selectedConflictRows().isEmpty();
    m_addButton->setEnabled(writable);
    m_removeButton->setEnabled(writable && reviewer);
    m_suggestButton->setEnabled(writable && !m_reviewers.isEmpty());
    m_declareButton->setEnabled(writable && reviewer);
    m_confirmButton->setEnabled(writable && conflicts);
    m_dismissButton->setEnabled(writable && conflicts);
}

QList<int> ReviewersDialog::selectedConflictRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_conflictsTable->selectionModel()->selectedRows())
        rows.append(index.row());
    return rows;
}

void ReviewersDialog::onReviewerChanged(int row, int column)
{
    if (m_filling || row < 0 || row >= m_reviewers.size())
        return;
    const Reviewer before = m_reviewers.at(row);
    Reviewer after = before;
    QTableWidgetItem *item = m_reviewersTable->item(row, column);
    bool ok = true;
    switch (column) {
    case NameColumn:
        after.name = item->text().trimmed();
        break;
    case EmailColumn:
        after.email = item->text().trimmed();
        break;
    case ChairColumn:
        after.role = item->checkState() == Qt::Checked ? QStringLiteral("chair") : QStringLiteral("member");
        break;
    case CapacityColumn:
        after.capacity = QLocale().toInt(item->text().trimmed(), &ok);
        break;
    case ActiveColumn:
        after.active = item->checkState() == Qt::Checked;
        break;
    default:
        return;
    }
    if (!ok) {
        showMessage(tr("“%1” is not a capacity: enter a whole number such as 20.").arg(item->text()));
        QMetaObject::invokeMethod(this, &ReviewersDialog::reload, Qt::QueuedConnection);
        return;
    }
    if (after.name == before.name && after.email == before.email && after.role == before.role &&
        after.capacity == before.capacity && after.active == before.active)
        return;
    const Status status = m_document.execute(new EditReviewerCommand(m_document, before, after));
    showMessage(status ? QString() : status.error());
    if (!status) {
        QMetaObject::invokeMethod(this, &ReviewersDialog::reload, Qt::QueuedConnection);
        return;
    }
    // The row's new version, so that the next edit of it (before the queued reload) is not stale.
    if (auto stored = m_document.reviewStore().loadReviewer(before.id))
        m_reviewers[row] = stored.value();
}

bool ReviewersDialog::addReviewer()
{
    Reviewer reviewer;
    reviewer.id = newId();
    reviewer.name = tr("New reviewer %1").arg(m_reviewers.size() + 1);
    const Status status = m_document.execute(new AddReviewerCommand(m_document, reviewer));
    showMessage(status ? QString() : status.error());
    if (!status)
        return false;
    reload();
    for (int row = 0; row < m_reviewers.size(); ++row) {
        if (m_reviewers.at(row).id == reviewer.id) {
            m_reviewersTable->setCurrentCell(row, NameColumn);
            m_reviewersTable->editItem(m_reviewersTable->item(row, NameColumn));
        }
    }
    return true;
}

bool ReviewersDialog::removeReviewer(int row)
{
    if (row < 0 || row >= m_reviewers.size())
        return false;
    const Status status = m_document.execute(new RemoveReviewerCommand(m_document, m_reviewers.at(row)));
    showMessage(status ? QString() : status.error());
    if (status)
        reload();
    return bool(status);
}

int ReviewersDialog::suggestConflicts()
{
    // From what is stored now: an edit just made in the table (a reviewer's new email) reaches
    // m_cycle only with the queued reload, which may not have run yet.
    if (!reloadCycle())
        return -1;
    auto libraries = m_document.reviewStore().reviewerLibraries();
    if (!libraries) {
        showMessage(libraries.error());
        return -1;
    }
    const QList<Conflict> suggestions = ConflictSuggestions::suggest(m_cycle, libraries.value());
    if (suggestions.isEmpty()) {
        showMessage(tr("No new conflicts to suggest: no reviewer shares a library or an email domain with this "
                       "cycle's applicants (past suggestions are kept)."));
        return 0;
    }
    const Status status = m_document.execute(new AddConflictsCommand(m_document, suggestions));
    if (!status) {
        showMessage(status.error());
        return -1;
    }
    reload();
    showMessage(tr("Suggested %n conflicts of interest. Select a reviewer to see theirs, then confirm or dismiss "
                   "each.",
                   nullptr, int(suggestions.size())));
    return int(suggestions.size());
}

bool ReviewersDialog::setConflictStatus(const QList<int> &conflictRows, const QString &status)
{
    QList<Conflict> before;
    for (int row : conflictRows) {
        if (row >= 0 && row < m_conflicts.size() && m_conflicts.at(row).status != status)
            before.append(m_conflicts.at(row));
    }
    if (before.isEmpty())
        return false;
    const Status result = m_document.execute(new SetConflictStatusCommand(m_document, before, status));
    showMessage(result ? QString() : result.error());
    if (result)
        reload();
    return bool(result);
}

bool ReviewersDialog::declareConflict(int reviewerRow, const QString &applicationId)
{
    const int application = m_cycle.applicationIndex(applicationId);
    if (reviewerRow < 0 || reviewerRow >= m_reviewers.size() || application < 0)
        return false;
    Conflict conflict;
    conflict.id = newId();
    conflict.reviewerId = m_reviewers.at(reviewerRow).id;
    conflict.personId = m_cycle.applications.at(application).personId;
    conflict.source = QStringLiteral("declared");
    conflict.status = QStringLiteral("confirmed");
    conflict.reason = tr("Declared by the committee");
    const Status status = m_document.execute(new AddConflictsCommand(m_document, {conflict}));
    showMessage(status ? QString() : status.error());
    if (status)
        reload();
    return bool(status);
}

void ReviewersDialog::declareConflictDialog()
{
    const int row = m_reviewersTable->currentRow();
    if (row < 0 || m_cycle.applications.isEmpty())
        return;
    QStringList labels;
    for (const ReviewApplication &application : std::as_const(m_cycle.applications))
        labels.append(application.label(false));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Declare Conflict"), tr("%1 has a conflict of interest with:").arg(m_reviewers.at(row).name), labels,
        0, false, &ok);
    if (ok)
        declareConflict(row, m_cycle.applications.at(labels.indexOf(chosen)).id);
}

} // namespace cohort
