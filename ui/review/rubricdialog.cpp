#include "review/rubricdialog.h"

#include "common/statustext.h"
#include "document/programdocument.h"
#include "document/reviewcommands.h"
#include "domain/ids.h"
#include "store/cyclestore.h"
#include "store/reviewstore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

RubricDialog::RubricDialog(ProgramDocument &document, const QString &cycleId, const QString &cycleName,
                           const QString &role, QWidget *parent)
    : QDialog(parent), m_document(document), m_cycleId(cycleId), m_role(role), m_table(new QTableWidget(this)),
      m_messageLabel(new QLabel(this)), m_addButton(new QPushButton(tr("&Add Criterion"), this)),
      m_removeButton(new QPushButton(tr("&Remove"), this)), m_upButton(new QPushButton(tr("Move &Up"), this)),
      m_downButton(new QPushButton(tr("Move &Down"), this)),
      m_copyButton(new QPushButton(tr("&Copy From Cycle…"), this))
{
    setObjectName(QStringLiteral("rubricDialog"));
    setWindowTitle(tr("Rubric — %1, %2").arg(StatusText::rolePlural(role), cycleName));

    auto *intro = new QLabel(tr("The criteria %1 in %2 are scored on. Hover a column title for what it means. "
                                "Changes are stored as you make them; Edit › Undo takes them back.")
                                 .arg(StatusText::rolePlural(role).toLower(), cycleName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("criteriaTable"));
    m_table->setAccessibleName(tr("Criteria"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Guidance"), tr("Lowest"), tr("Highest"), tr("Weight"), tr("N/A allowed")});
    const QStringList tips = {tr("What the criterion is called in the scoring grid"),
                              tr("What reviewers look for (shown in the grid's column tooltip)"),
                              tr("The lowest score"),
                              tr("The highest score"),
                              tr("How much the criterion counts in the weighted total"),
                              tr("Whether reviewers may mark it not applicable")};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips.at(c));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(GuidanceColumn, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->setEnabled(!document.isReadOnly());
    connect(m_table, &QTableWidget::cellChanged, this, &RubricDialog::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RubricDialog::updateButtons);

    m_messageLabel->setObjectName(QStringLiteral("rubricMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    QPalette warning = m_messageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc9, 0x4c, 0x4c));
    m_messageLabel->setPalette(warning);

    m_addButton->setObjectName(QStringLiteral("addCriterionButton"));
    m_addButton->setToolTip(tr("Add a criterion at the end (scale 1–5, weight 1)"));
    m_removeButton->setToolTip(tr("Remove the selected criterion (refused once it has scores)"));
    m_upButton->setToolTip(tr("Move the selected criterion one place up"));
    m_downButton->setToolTip(tr("Move the selected criterion one place down"));
    m_copyButton->setObjectName(QStringLiteral("copyRubricButton"));
    m_copyButton->setToolTip(tr("Append the %1' rubric of another cycle (criteria with a name already here are "
                                "skipped)")
                                 .arg(StatusText::rolePlural(role).toLower()));
    connect(m_addButton, &QPushButton::clicked, this, [this] { addCriterion(); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeCriterion(m_table->currentRow()); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveCriterion(m_table->currentRow(), -1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveCriterion(m_table->currentRow(), 1); });
    connect(m_copyButton, &QPushButton::clicked, this, &RubricDialog::copyFromCycleDialog);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton, m_copyButton})
        side->addWidget(button);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close (every change is already stored)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);

    // Undo from the window's menu while the dialog is open, and our own commands: show what is stored.
    connect(
        &m_document, &ProgramDocument::reviewChanged, this,
        [this](const QString &changed) {
            if (changed == m_cycleId)
                reload();
        },
        Qt::QueuedConnection);
    reload();
    resize(820, 420);
}

QString RubricDialog::messageText() const
{
    return m_messageLabel->text();
}

void RubricDialog::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
}

void RubricDialog::reload()
{
    auto criteria = m_document.reviewStore().listCriteria(m_cycleId, m_role);
    if (!criteria) {
        showMessage(criteria.error());
        return;
    }
    const int currentRow = m_table->currentRow();
    const int currentColumn = std::max(0, m_table->currentColumn());
    m_criteria = std::move(criteria).value();
    m_filling = true;
    m_table->setRowCount(int(m_criteria.size()));
    for (int row = 0; row < m_criteria.size(); ++row) {
        const Criterion &c = m_criteria.at(row);
        auto set = [this, row](int column, const QString &text, bool number) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        };
        set(NameColumn, c.name, false);
        set(GuidanceColumn, c.guidance, false);
        set(MinColumn, QLocale().toString(c.scaleMin), true);
        set(MaxColumn, QLocale().toString(c.scaleMax), true);
        set(WeightColumn, QLocale().toString(c.weight, 'g', 6), true);
        auto *na = new QTableWidgetItem(c.allowNotApplicable ? tr("Yes") : tr("No"));
        na->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        na->setCheckState(c.allowNotApplicable ? Qt::Checked : Qt::Unchecked);
        m_table->setItem(row, NotApplicableColumn, na);
    }
    m_filling = false;
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn, std::max(m_table->columnWidth(NameColumn), 160));
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, currentColumn);
    updateButtons();
}

void RubricDialog::updateButtons()
{
    const bool writable = !m_document.isReadOnly();
    const int row = m_table->currentRow();
    m_addButton->setEnabled(writable);
    m_copyButton->setEnabled(writable);
    m_removeButton->setEnabled(writable && row >= 0);
    m_upButton->setEnabled(writable && row > 0);
    m_downButton->setEnabled(writable && row >= 0 && row + 1 < m_table->rowCount());
}

void RubricDialog::onItemChanged(int row, int column)
{
    if (m_filling || row < 0 || row >= m_criteria.size())
        return;
    const Criterion before = m_criteria.at(row);
    Criterion after = before;
    const QString text = m_table->item(row, column)->text().trimmed();
    bool ok = true;
    switch (column) {
    case NameColumn:
        after.name = text;
        break;
    case GuidanceColumn:
        after.guidance = text;
        break;
    case MinColumn:
        after.scaleMin = QLocale().toInt(text, &ok);
        break;
    case MaxColumn:
        after.scaleMax = QLocale().toInt(text, &ok);
        break;
    case WeightColumn:
        after.weight = QLocale().toDouble(text, &ok);
        break;
    case NotApplicableColumn:
        after.allowNotApplicable = m_table->item(row, column)->checkState() == Qt::Checked;
        break;
    default:
        return;
    }
    if (!ok) {
        showMessage(column == WeightColumn ? tr("“%1” is not a weight: enter a number such as 1 or 0.5.").arg(text)
                                           : tr("“%1” is not a whole number.").arg(text));
        reload();
        return;
    }
    if (after.name == before.name && after.guidance == before.guidance && after.scaleMin == before.scaleMin &&
        after.scaleMax == before.scaleMax && after.weight == before.weight &&
        after.allowNotApplicable == before.allowNotApplicable)
        return;
    const Status status = m_document.execute(new EditCriterionCommand(m_document, before, after));
    showMessage(status ? QString() : status.error());
    if (!status) {
        reload();
        return;
    }
    // The row's new version, so that the next edit of it (before the queued reload) is not stale.
    if (auto stored = m_document.reviewStore().loadCriterion(before.id))
        m_criteria[row] = stored.value();
}

bool RubricDialog::addCriterion()
{
    Criterion criterion;
    criterion.id = newId();
    criterion.cycleId = m_cycleId;
    criterion.role = m_role;
    criterion.name = tr("New criterion %1").arg(m_criteria.size() + 1);
    for (const Criterion &c : std::as_const(m_criteria))
        criterion.sortOrder = std::max(criterion.sortOrder, c.sortOrder + 1);
    const Status status = m_document.execute(new AddCriterionCommand(m_document, criterion));
    showMessage(status ? QString() : status.error());
    if (!status)
        return false;
    reload();
    const int row = int(m_criteria.size()) - 1;
    m_table->setCurrentCell(row, NameColumn);
    m_table->editItem(m_table->item(row, NameColumn));
    return true;
}

bool RubricDialog::removeCriterion(int row)
{
    if (row < 0 || row >= m_criteria.size())
        return false;
    const Status status = m_document.execute(new RemoveCriterionCommand(m_document, m_criteria.at(row)));
    showMessage(status ? QString() : status.error());
    if (status)
        reload();
    return bool(status);
}

bool RubricDialog::moveCriterion(int row, int delta)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= m_criteria.size() || other >= m_criteria.size())
        return false;
    Criterion a = m_criteria.at(row), b = m_criteria.at(other);
    Criterion movedA = a, movedB = b;
    movedA.sortOrder = b.sortOrder;
    movedB.sortOrder = a.sortOrder;
    if (movedA.sortOrder == movedB.sortOrder) // equal orders (an old file): make room
        movedA.sortOrder += delta;
    const Status status =
        m_document.executeAsOne(tr("Move Criterion"), {new EditCriterionCommand(m_document, a, movedA),
                                                       new EditCriterionCommand(m_document, b, movedB)});
    showMessage(status ? QString() : status.error());
    if (status) {
        reload();
        m_table->setCurrentCell(other, NameColumn);
    }
    return bool(status);
}

bool RubricDialog::copyFromCycle(const QString &fromCycleId)
{
    auto *command = new CopyRubricCommand(m_document, fromCycleId, m_cycleId, m_role);
    const Status status = m_document.execute(command);
    showMessage(status ? QString() : status.error());
    if (status)
        reload();
    return bool(status);
}

void RubricDialog::copyFromCycleDialog()
{
    auto cycles = m_document.cycleStore().list();
    if (!cycles) {
        showMessage(cycles.error());
        return;
    }
    QStringList names;
    QStringList ids;
    for (const Cycle &cycle : cycles.value()) {
        if (cycle.id != m_cycleId) {
            names.append(cycle.name);
            ids.append(cycle.id);
        }
    }
    if (names.isEmpty()) {
        showMessage(tr("There is no other cycle to copy a rubric from."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Copy Rubric From Cycle"),
                              tr("Copy the rubric for %1 from:").arg(StatusText::rolePlural(m_role).toLower()), names,
                              int(names.size()) - 1, false, &ok);
    if (ok)
        copyFromCycle(ids.at(names.indexOf(chosen)));
}

} // namespace cohort
