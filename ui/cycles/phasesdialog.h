#pragma once

#include "domain/cycle.h"

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace cohort {

// Cycle › Edit Phases…: the dated phases of one cycle in a table edited in place — name, kind,
// start, end and deadline (dates through a QDateEdit; Delete clears a deadline) — with Add,
// Remove, Move Up and Move Down. Every edit is checked at once with PhaseCheck: refusals (an end
// before its start, …) are listed in red under the table and OK stays disabled; overlaps are
// listed as warnings and OK is allowed. Nothing is stored here: phases() is the edited list for
// SetPhasesCommand (existing ids kept, new phases get new ids, order is the table's).
class PhasesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StartsColumn,
        EndsColumn,
        DeadlineColumn,
        ColumnCount
    };

    PhasesDialog(QString cycleId, const QString &cycleName, const QList<Phase> &phases, QWidget *parent = nullptr);

    QList<Phase> phases() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *okButton() const { return m_okButton; }
    // The refusals (red) and warnings shown under the table, one a line.
    QString refusalText() const;
    QString warningText() const;

    void addPhase();
    void removePhase(int row);
    void movePhase(int row, int delta);
    void clearDeadline(int row);

private:
    void fill();
    void fillRow(int row);
    void onItemChanged(QTableWidgetItem *item);
    void validate();
    void updateButtons();

    QString m_cycleId;
    QList<Phase> m_phases;
    bool m_filling = false;
    QTableWidget *m_table;
    QLabel *m_refusalLabel;
    QLabel *m_warningLabel;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_okButton;
};

} // namespace cohort
