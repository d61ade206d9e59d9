#pragma once

#include "domain/match.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QStringList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cohort {

// Edits a match's goal sheet: the due date, whether (and when) it was submitted, and its 1 to 3
// SMART goals, each written against one of the program's seven objectives. Every goal needs a
// title; a sheet always holds at least one goal, so a submitted sheet has one. goals() returns
// the edited goals in order: the ones that came in keep their id and version, new ones have an
// empty id.
class GoalSheetDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxGoals = 3;
    enum SmartField
    {
        Specific,
        Measurable,
        Achievable,
        Relevant,
        TimeBound,
        SmartFieldCount
    };

    explicit GoalSheetDialog(QWidget *parent = nullptr);

    // The sheet (or none: defaultDue is proposed) and its goals; without goals, one empty goal.
    void setSheet(const std::optional<GoalSheet> &sheet, const QList<Goal> &goals, QDate defaultDue);

    QDate dueOn() const;
    QDate submittedOn() const; // invalid when not submitted
    QList<Goal> goals() const;
    // Why OK is disabled, or "".
    QString problem() const;

    // The program's seven objectives, 1..7.
    static QStringList objectiveNames();

    int goalCount() const;
    bool addGoal();
    bool removeGoal(int index);

    QDateEdit *dueEdit() const { return m_due; }
    QCheckBox *submittedCheck() const { return m_submitted; }
    QDateEdit *submittedEdit() const { return m_submittedOn; }
    QTabWidget *goalTabs() const { return m_tabs; }
    QPushButton *addGoalButton() const { return m_add; }
    QPushButton *removeGoalButton() const { return m_remove; }
    QPushButton *okButton() const { return m_ok; }
    QLabel *problemLabel() const { return m_problem; }
    QComboBox *objectiveCombo(int goal) const;
    QLineEdit *titleEdit(int goal) const;
    QPlainTextEdit *smartEdit(int goal, SmartField field) const;

private:
    struct GoalRow
    {
        Goal goal; // id, version, sheet id of the goal that came in
        QWidget *page = nullptr;
        QComboBox *objective = nullptr;
        QLineEdit *title = nullptr;
        QPlainTextEdit *smart[SmartFieldCount] = {};
    };
    void appendGoal(const Goal &goal);
    void renumber();
    void updateState();

    QDateEdit *m_due;
    QCheckBox *m_submitted;
    QDateEdit *m_submittedOn;
    QTabWidget *m_tabs;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
    QList<GoalRow> m_rows;
};

} // namespace cohort
