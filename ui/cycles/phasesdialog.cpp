#include "cycles/phasesdialog.h"

#include "domain/ids.h"
#include "timeline/cycletemplate.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace cohort {

namespace {
constexpr int KindRole = Qt::UserRole; // the kind's code on the Kind column's items
constexpr int NewPhaseDays = 14;       // how long a phase added by hand lasts at first
const QColor RefusalColor(0xc9, 0x4c, 0x4c);
const QColor WarningColor(0xb0, 0x6a, 0x3b);
const char *const UnsetDateProperty = "cohortUnsetDate";

// The editors of the phase table: a combo box of kinds, a QDateEdit for dates. A deadline
// editor's lowest date reads "No deadline" and stores none; an empty deadline shows as "none".
class PhaseDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        switch (index.column()) {
        case PhasesDialog::KindColumn: {
            auto *combo = new QComboBox(parent);
            for (const QString &kind : PhaseCheck::kinds())
                combo->addItem(PhaseCheck::kindName(kind), kind);
            return combo;
        }
        case PhasesDialog::StartsColumn:
        case PhasesDialog::EndsColumn:
        case PhasesDialog::DeadlineColumn: {
            auto *edit = new QDateEdit(parent);
            edit->setCalendarPopup(true);
            if (index.column() == PhasesDialog::DeadlineColumn) {
                edit->setMinimumDate(noDeadline());
                edit->setSpecialValueText(PhasesDialog::tr("No deadline"));
            }
            return edit;
        }
        default:
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            combo->setCurrentIndex(std::max(0, combo->findData(index.data(KindRole))));
        } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
            const QDate date = index.data(Qt::EditRole).toDate();
            if (date.isValid()) {
                edit->setDate(date);
                return;
            }
            // No deadline yet: start from the phase's end, and store nothing unless it is changed.
            QDate start = index.siblingAtColumn(PhasesDialog::EndsColumn).data(Qt::EditRole).toDate();
            if (!start.isValid())
                start = QDate::currentDate();
            edit->setDate(start);
            edit->setProperty(UnsetDateProperty, start);
        } else {
            QStyledItemDelegate::setEditorData(editor, index);
        }
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            // The code first: the dialog reads it when the item changes.
            model->setData(index, combo->currentData(), KindRole);
            model->setData(index, combo->currentText(), Qt::DisplayRole);
        } else if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
            const QDate date = edit->date();
            if (date == edit->property(UnsetDateProperty).toDate())
                return; // an empty deadline opened and left as it was
            model->setData(index, date == noDeadline() ? QVariant() : QVariant(date), Qt::EditRole);
        } else {
            QStyledItemDelegate::setModelData(editor, model, index);
        }
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() == PhasesDialog::DeadlineColumn && !index.data(Qt::EditRole).toDate().isValid()) {
            option->text = PhasesDialog::tr("none");
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        }
    }

private:
    static QDate noDeadline() { return QDate(2000, 1, 1); }
};

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date) : QVariant();
}
} // namespace

PhasesDialog::PhasesDialog(QString cycleId, const QString &cycleName, const QList<Phase> &phases, QWidget *parent)
    : QDialog(parent), m_cycleId(std::move(cycleId)), m_phases(phases), m_table(new QTableWidget(this)),
      m_refusalLabel(new QLabel(this)), m_warningLabel(new QLabel(this)),
      m_addButton(new QPushButton(tr("&Add Phase"), this)), m_removeButton(new QPushButton(tr("&Remove"), this)),
      m_upButton(new QPushButton(tr("Move &Up"), this)), m_downButton(new QPushButton(tr("Move &Down"), this)),
      m_okButton(nullptr)
{
    setObjectName(QStringLiteral("phasesDialog"));
    setWindowTitle(tr("Phases — %1").arg(cycleName));

    auto *intro = new QLabel(tr("The dated phases of %1, in order. Double-click a cell to change it; Delete clears a "
                                "deadline. Phases may overlap; an end before its start is refused.")
                                 .arg(cycleName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("phasesTable"));
    m_table->setAccessibleName(tr("Phases"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Phase"), tr("Kind"), tr("Starts"), tr("Ends"), tr("Deadline")});
    const QStringList tips = {tr("What the phase is called on the timeline and in letters"),
                              tr("What happens in the phase (the dashboard and timeline use it)"),
                              tr("The first day of the phase"), tr("The last day of the phase"),
                              tr("The date something is due in the phase, if any (Delete clears it)")};
    for (int c = 0; c < ColumnCount; ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(tips.at(c));
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    // Not on a mere current change: tabbing through a row must not open (and commit) date editors.
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_table->setItemDelegate(new PhaseDelegate(m_table));
    connect(m_table, &QTableWidget::itemChanged, this, &PhasesDialog::onItemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PhasesDialog::updateButtons);

    auto *clearDeadlineAction = new QAction(tr("Clear Deadline"), m_table);
    clearDeadlineAction->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    clearDeadlineAction->setShortcutContext(Qt::WidgetShortcut);
    clearDeadlineAction->setToolTip(tr("Remove the deadline of the selected phase"));
    connect(clearDeadlineAction, &QAction::triggered, this, [this] { clearDeadline(m_table->currentRow()); });
    m_table->addAction(clearDeadlineAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    for (QLabel *label : {m_refusalLabel, m_warningLabel}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->hide();
    }
    m_refusalLabel->setObjectName(QStringLiteral("phasesRefusalLabel"));
    m_warningLabel->setObjectName(QStringLiteral("phasesWarningLabel"));
    QPalette refusal = m_refusalLabel->palette();
    refusal.setColor(QPalette::WindowText, RefusalColor);
    m_refusalLabel->setPalette(refusal);
    QPalette warning = m_warningLabel->palette();
    warning.setColor(QPalette::WindowText, WarningColor);
    m_warningLabel->setPalette(warning);

    m_addButton->setObjectName(QStringLiteral("addPhaseButton"));
    m_addButton->setToolTip(tr("Add a phase after the selected one (or at the end)"));
    m_removeButton->setObjectName(QStringLiteral("removePhaseButton"));
    m_removeButton->setToolTip(tr("Remove the selected phase"));
    m_upButton->setToolTip(tr("Move the selected phase one place up"));
    m_downButton->setToolTip(tr("Move the selected phase one place down"));
    connect(m_addButton, &QPushButton::clicked, this, &PhasesDialog::addPhase);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removePhase(m_table->currentRow()); });
    connect(m_upButton, &QPushButton::clicked, this, [this] { movePhase(m_table->currentRow(), -1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { movePhase(m_table->currentRow(), 1); });

    auto *side = new QVBoxLayout;
    for (QPushButton *button : {m_addButton, m_removeButton, m_upButton, m_downButton})
        side->addWidget(button);
    side->addStretch();
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_table, 1);
    middle->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(m_refusalLabel);
    layout->addWidget(m_warningLabel);
    layout->addWidget(buttons);

    std::sort(m_phases.begin(), m_phases.end(),
              [](const Phase &a, const Phase &b) { return a.sortOrder < b.sortOrder; });
    fill();
    m_table->resizeColumnsToContents();
    resize(760, 400);
}

QList<Phase> PhasesDialog::phases() const
{
    QList<Phase> list = m_phases;
    for (int i = 0; i < list.size(); ++i) {
        list[i].sortOrder = i;
        list[i].cycleId = m_cycleId;
    }
    return list;
}

QString PhasesDialog::refusalText() const
{
    return m_refusalLabel->text();
}

QString PhasesDialog::warningText() const
{
    return m_warningLabel->text();
}

void PhasesDialog::fill()
{
    const int currentRow = m_table->currentRow();
    const int currentColumn = std::max(0, m_table->currentColumn());
    m_filling = true;
    m_table->setRowCount(int(m_phases.size()));
    for (int row = 0; row < m_phases.size(); ++row)
        fillRow(row);
    m_filling = false;
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, currentColumn);
    validate();
    updateButtons();
}

void PhasesDialog::fillRow(int row)
{
    const Phase &phase = m_phases.at(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(phase.name));
    auto *kind = new QTableWidgetItem(PhaseCheck::kindName(phase.kind));
    kind->setData(KindRole, phase.kind);
    m_table->setItem(row, KindColumn, kind);
    const std::pair<Column, QDate> dates[] = {
        {StartsColumn, phase.startsOn}, {EndsColumn, phase.endsOn}, {DeadlineColumn, phase.deadline}};
    for (const auto &[column, date] : dates) {
        auto *item = new QTableWidgetItem;
        item->setData(Qt::EditRole, dateValue(date));
        m_table->setItem(row, column, item);
    }
}

void PhasesDialog::onItemChanged(QTableWidgetItem *item)
{
    if (m_filling || !item || item->row() < 0 || item->row() >= m_phases.size())
        return;
    Phase &phase = m_phases[item->row()];
    switch (item->column()) {
    case NameColumn:
        phase.name = item->text().trimmed();
        break;
    case KindColumn:
        phase.kind = item->data(KindRole).toString();
        break;
    case StartsColumn:
        phase.startsOn = item->data(Qt::EditRole).toDate();
        break;
    case EndsColumn:
        phase.endsOn = item->data(Qt::EditRole).toDate();
        break;
    case DeadlineColumn:
        phase.deadline = item->data(Qt::EditRole).toDate();
        break;
    default:
        return;
    }
    validate();
}

void PhasesDialog::validate()
{
    const QList<Phase> list = phases();
    QStringList refusals;
    QStringList warnings;
    QSet<int> refusedRows;
    QSet<int> warnedRows;
    if (list.isEmpty())
        refusals.append(tr("A cycle needs at least one phase: add one."));
    for (const PhaseProblem &problem : PhaseCheck::check(list)) {
        (problem.refusal ? refusals : warnings).append(problem.text);
        (problem.refusal ? refusedRows : warnedRows).insert(problem.phase);
    }
    m_refusalLabel->setText(refusals.join(QLatin1Char('\n')));
    m_refusalLabel->setVisible(!refusals.isEmpty());
    m_warningLabel->setText(warnings.isEmpty() ? QString()
                                               : tr("Warning: %1").arg(warnings.join(QStringLiteral("\n"))));
    m_warningLabel->setVisible(!warnings.isEmpty());
    if (m_okButton) {
        m_okButton->setEnabled(refusals.isEmpty());
        m_okButton->setToolTip(refusals.isEmpty() ? QString() : tr("Correct the phases listed in red first"));
    }
    // The rows concerned in the same colours (the text above says what is wrong with them).
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QBrush brush = refusedRows.contains(row)  ? QBrush(RefusalColor)
                             : warnedRows.contains(row) ? QBrush(WarningColor)
                                                        : QBrush();
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column); item && item->foreground() != brush)
                item->setForeground(brush);
        }
    }
    m_filling = false;
}

void PhasesDialog::updateButtons()
{
    const int row = m_table->currentRow();
    m_removeButton->setEnabled(row >= 0);
    m_upButton->setEnabled(row > 0);
    m_downButton->setEnabled(row >= 0 && row + 1 < m_table->rowCount());
}

void PhasesDialog::addPhase()
{
    const int current = m_table->currentRow();
    const int at = current >= 0 ? current + 1 : int(m_phases.size());
    Phase phase;
    phase.id = newId();
    phase.cycleId = m_cycleId;
    phase.name = tr("New phase");
    phase.kind = QStringLiteral("other");
    const QDate previousEnd = at > 0 ? m_phases.at(at - 1).endsOn : QDate();
    phase.startsOn = previousEnd.isValid() ? previousEnd.addDays(1) : QDate::currentDate();
    phase.endsOn = phase.startsOn.addDays(NewPhaseDays - 1);
    m_phases.insert(at, phase);
    fill();
    m_table->setCurrentCell(at, NameColumn);
    m_table->editItem(m_table->item(at, NameColumn));
}

void PhasesDialog::removePhase(int row)
{
    if (row < 0 || row >= m_phases.size())
        return;
    m_phases.removeAt(row);
    fill();
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), NameColumn);
    updateButtons();
}

void PhasesDialog::movePhase(int row, int delta)
{
    const int other = row + delta;
    if (row < 0 || other < 0 || row >= m_phases.size() || other >= m_phases.size())
        return;
    m_phases.swapItemsAt(row, other);
    fill();
    m_table->setCurrentCell(other, NameColumn);
}

void PhasesDialog::clearDeadline(int row)
{
    if (row < 0 || row >= m_phases.size() || !m_phases.at(row).deadline.isValid())
        return;
    m_table->item(row, DeadlineColumn)->setData(Qt::EditRole, QVariant()); // onItemChanged follows
}

} // namespace cohort
