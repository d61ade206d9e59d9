#pragma once

#include "domain/review.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cohort {

class ProgramDocument;

// Review › Rubric…: the criteria of one cycle and role — name, guidance, scale, weight, whether
// N/A is allowed — in a table edited in place. Every change is stored at once as its own undo
// step (Add, Remove, Move, a cell's edit, Copy From Cycle…); a refused change is explained under
// the table and the cell goes back to what is stored.
class RubricDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        GuidanceColumn,
        MinColumn,
        MaxColumn,
        WeightColumn,
        NotApplicableColumn,
        ColumnCount
    };

    RubricDialog(ProgramDocument &document, const QString &cycleId, const QString &cycleName, const QString &role,
                 QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString messageText() const;
    const QList<Criterion> &criteria() const { return m_criteria; }

    bool addCriterion();
    bool removeCriterion(int row);
    bool moveCriterion(int row, int delta);
    bool copyFromCycle(const QString &fromCycleId);

private:
    void reload();
    void onItemChanged(int row, int column);
    void showMessage(const QString &message);
    void updateButtons();
    void copyFromCycleDialog();

    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_role;
    QList<Criterion> m_criteria;
    bool m_filling = false;
    QTableWidget *m_table;
    QLabel *m_messageLabel;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QPushButton *m_copyButton;
};

} // namespace cohort
