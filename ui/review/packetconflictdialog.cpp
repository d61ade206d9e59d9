#include "review/packetconflictdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {
enum Column
{
    ApplicationColumn,
    WhatColumn,
    BaseColumn,
    PacketColumn,
    ProgramColumn,
    ChoiceColumn,
    ColumnCount
};

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

PacketConflictDialog::PacketConflictDialog(const PacketMergePlan &plan, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(int(plan.conflicts.size()), ColumnCount, this)),
      m_count(int(plan.conflicts.size()))
{
    setWindowTitle(tr("Conflicts in %1's Packet").arg(plan.meta.reviewerName));
    auto *intro = new QLabel(
        tr("%n score(s) or comment(s) changed both in the packet and in the program since the packet was made. "
           "Choose which value to keep for each; the rest of the packet is merged as it is.",
           nullptr, m_count),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictTable"));
    m_table->setHorizontalHeaderLabels({tr("Application"), tr("Criterion"), tr("At export"),
                                        tr("In the packet (%1)").arg(plan.meta.reviewerName), tr("In the program"),
                                        tr("Keep")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < m_count; ++row) {
        const PacketMergeItem &item = plan.conflicts.at(row);
        const QString packetWhen = when(item.packetEditedAt);
        const QString programWhen = when(item.programChangedAt);
        const QString programWho = item.programChangedBy.isEmpty() ? tr("someone") : item.programChangedBy;
        auto text = [](const QString &value, const QString &note) {
            return note.isEmpty() ? value : QStringLiteral("%1  (%2)").arg(value, note);
        };
        m_table->setItem(row, ApplicationColumn, new QTableWidgetItem(item.code));
        m_table->setItem(row, WhatColumn, new QTableWidgetItem(item.what));
        m_table->setItem(row, BaseColumn, new QTableWidgetItem(item.baseText()));
        m_table->setItem(row, PacketColumn, new QTableWidgetItem(text(item.packetText(), packetWhen)));
        m_table->setItem(
            row, ProgramColumn,
            new QTableWidgetItem(text(item.programText(),
                                      programWhen.isEmpty() ? programWho : tr("%1, %2").arg(programWho, programWhen))));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("The program's"), false);
        choice->addItem(tr("The packet's"), true);
        choice->setAccessibleName(tr("Keep for %1, %2").arg(item.code, item.what));
        m_table->setCellWidget(row, ChoiceColumn, choice);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *takeAll = buttons->addButton(tr("Take All From Packet"), QDialogButtonBox::ActionRole);
    QPushButton *keepAll = buttons->addButton(tr("Keep All Program Values"), QDialogButtonBox::ActionRole);
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    merge->setDefault(true);
    connect(takeAll, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(keepAll, &QPushButton::clicked, this, [this] { setAll(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 420);
}

QList<bool> PacketConflictDialog::choices() const
{
    QList<bool> result;
    for (int row = 0; row < m_count; ++row) {
        const auto *choice = qobject_cast<const QComboBox *>(m_table->cellWidget(row, ChoiceColumn));
        result.append(choice && choice->currentData().toBool());
    }
    return result;
}

void PacketConflictDialog::setAll(bool takePacket)
{
    for (int row = 0; row < m_count; ++row) {
        if (auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, ChoiceColumn)))
            choice->setCurrentIndex(takePacket ? 1 : 0);
    }
}

} // namespace cohort
