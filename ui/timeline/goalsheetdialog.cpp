#include "timeline/goalsheetdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cohort {

namespace {
QString smartName(int field)
{
    switch (field) {
    case GoalSheetDialog::Specific:
        return GoalSheetDialog::tr("Specific");
    case GoalSheetDialog::Measurable:
        return GoalSheetDialog::tr("Measurable");
    case GoalSheetDialog::Achievable:
        return GoalSheetDialog::tr("Achievable");
    case GoalSheetDialog::Relevant:
        return GoalSheetDialog::tr("Relevant");
    default:
        return GoalSheetDialog::tr("Time-bound");
    }
}

QString smartHint(int field)
{
    switch (field) {
    case GoalSheetDialog::Specific:
        return GoalSheetDialog::tr("What exactly will the mentee do?");
    case GoalSheetDialog::Measurable:
        return GoalSheetDialog::tr("How will you both know it is done?");
    case GoalSheetDialog::Achievable:
        return GoalSheetDialog::tr("Why is it within reach this program year?");
    case GoalSheetDialog::Relevant:
        return GoalSheetDialog::tr("Why does it matter for the mentee's work?");
    default:
        return GoalSheetDialog::tr("By when?");
    }
}
} // namespace

QStringList GoalSheetDialog::objectiveNames()
{
    return {tr("Build the skills and confidence of early career children's librarians and those new to the "
               "profession"),
            tr("Encourage personal and professional connections"),
            tr("Give members the opportunity to acquire peer-taught skills"),
            tr("Re-energize and re-invigorate members in their work"),
            tr("Create interest and familiarity with ALSC committee service and participation"),
            tr("Build familiarity with ALSC's Competencies (or best practices that support Equity, Diversity and "
               "Inclusion)"),
            tr("Foster the development of a new cohort of leaders")};
}

GoalSheetDialog::GoalSheetDialog(QWidget *parent)
    : QDialog(parent), m_due(new QDateEdit(this)), m_submitted(new QCheckBox(tr("&Submitted on"), this)),
      m_submittedOn(new QDateEdit(this)), m_tabs(new QTabWidget(this)), m_add(new QPushButton(tr("&Add Goal"), this)),
      m_remove(new QPushButton(tr("&Remove Goal"), this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Edit Goal Sheet"));
    setObjectName(QStringLiteral("goalSheetDialog"));
    m_due->setObjectName(QStringLiteral("goalSheetDueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due on"));
    m_submitted->setObjectName(QStringLiteral("goalSheetSubmittedCheck"));
    m_submitted->setAccessibleName(tr("Submitted"));
    m_submittedOn->setObjectName(QStringLiteral("goalSheetSubmittedEdit"));
    m_submittedOn->setCalendarPopup(true);
    m_submittedOn->setAccessibleName(tr("Submitted on"));
    m_submittedOn->setDate(QDate::currentDate());
    m_submittedOn->setEnabled(false);
    connect(m_submitted, &QCheckBox::toggled, m_submittedOn, &QWidget::setEnabled);

    auto *rule = new QLabel(tr("A goal sheet holds 1 to 3 SMART goals, each written against one of the program's "
                               "objectives and each with a title. Mark it submitted once the match has agreed them."),
                            this);
    rule->setWordWrap(true);
    rule->setTextFormat(Qt::PlainText);

    auto *dates = new QFormLayout;
    dates->addRow(tr("&Due on:"), m_due);
    auto *submittedRow = new QHBoxLayout;
    submittedRow->addWidget(m_submitted);
    submittedRow->addWidget(m_submittedOn, 1);
    dates->addRow(submittedRow);

    m_tabs->setObjectName(QStringLiteral("goalTabs"));
    m_tabs->setAccessibleName(tr("Goals"));
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    m_add->setToolTip(tr("Add a goal (a sheet holds up to %1)").arg(MaxGoals));
    m_remove->setObjectName(QStringLiteral("removeGoalButton"));
    m_remove->setToolTip(tr("Remove the goal shown (a sheet keeps at least one)"));
    connect(m_add, &QPushButton::clicked, this, &GoalSheetDialog::addGoal);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeGoal(m_tabs->currentIndex()); });
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addStretch(1);
    goalButtons->addWidget(m_add);
    goalButtons->addWidget(m_remove);

    m_problem->setObjectName(QStringLiteral("goalSheetProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rule);
    layout->addLayout(dates);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(goalButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setSheet(std::nullopt, {}, QDate::currentDate());
}

void GoalSheetDialog::setSheet(const std::optional<GoalSheet> &sheet, const QList<Goal> &goals, QDate defaultDue)
{
    m_due->setDate(sheet && sheet->dueOn.isValid() ? sheet->dueOn
                   : defaultDue.isValid()          ? defaultDue
                                                   : QDate::currentDate());
    const bool submitted = sheet && sheet->submittedOn.isValid();
    m_submitted->setChecked(submitted);
    m_submittedOn->setEnabled(submitted);
    if (submitted)
        m_submittedOn->setDate(sheet->submittedOn);
    while (!m_rows.isEmpty()) {
        delete m_rows.takeLast().page;
    }
    m_tabs->clear();
    for (const Goal &goal : goals.mid(0, MaxGoals))
        appendGoal(goal);
    if (m_rows.isEmpty())
        appendGoal(Goal{});
    m_tabs->setCurrentIndex(0);
    updateState();
}

void GoalSheetDialog::appendGoal(const Goal &goal)
{
    GoalRow row;
    row.goal = goal;
    row.page = new QWidget(m_tabs);
    auto *form = new QFormLayout(row.page);
    row.objective = new QComboBox(row.page);
    row.objective->setAccessibleName(tr("Objective"));
    const QStringList names = objectiveNames();
    for (int i = 0; i < names.size(); ++i) {
        row.objective->addItem(tr("%1. %2").arg(i + 1).arg(names.at(i)), i + 1);
        row.objective->setItemData(i, names.at(i), Qt::ToolTipRole);
    }
    row.objective->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.objective->setMinimumContentsLength(30);
    row.objective->setCurrentIndex(qBound(1, goal.objective, 7) - 1);
    row.title = new QLineEdit(goal.title, row.page);
    row.title->setAccessibleName(tr("Title"));
    row.title->setPlaceholderText(tr("Required, e.g. \"Plan and lead a STEM storytime\""));
    connect(row.title, &QLineEdit::textChanged, this, &GoalSheetDialog::updateState);
    form->addRow(tr("&Objective:"), row.objective);
    form->addRow(tr("&Title:"), row.title);
    const QString texts[SmartFieldCount] = {goal.specific, goal.measurable, goal.achievable, goal.relevant,
                                            goal.timeBound};
    for (int f = 0; f < SmartFieldCount; ++f) {
        auto *edit = new QPlainTextEdit(texts[f], row.page);
        edit->setAccessibleName(smartName(f));
        edit->setPlaceholderText(smartHint(f));
        edit->setTabChangesFocus(true);
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
        row.smart[f] = edit;
        form->addRow(tr("%1:").arg(smartName(f)), edit);
    }
    m_rows.append(row);
    m_tabs->addTab(row.page, QString());
    renumber();
}

void GoalSheetDialog::renumber()
{
    for (int i = 0; i < m_rows.size(); ++i)
        m_tabs->setTabText(i, tr("Goal &%1").arg(i + 1));
}

int GoalSheetDialog::goalCount() const
{
    return int(m_rows.size());
}

bool GoalSheetDialog::addGoal()
{
    if (m_rows.size() >= MaxGoals)
        return false;
    Goal goal;
    goal.objective = m_rows.isEmpty() ? 1 : m_rows.last().objective->currentData().toInt();
    appendGoal(goal);
    m_tabs->setCurrentIndex(int(m_rows.size()) - 1);
    m_rows.last().title->setFocus();
    updateState();
    return true;
}

bool GoalSheetDialog::removeGoal(int index)
{
    if (m_rows.size() <= 1 || index < 0 || index >= m_rows.size())
        return false;
    GoalRow row = m_rows.takeAt(index);
    m_tabs->removeTab(index);
    delete row.page;
    renumber();
    updateState();
    return true;
}

QString GoalSheetDialog::problem() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).title->text().trimmed().isEmpty())
            return tr("Goal %1 needs a title.").arg(i + 1);
    }
    if (m_submitted->isChecked() && m_rows.isEmpty())
        return tr("A submitted goal sheet needs at least one goal.");
    return {};
}

void GoalSheetDialog::updateState()
{
    m_add->setEnabled(m_rows.size() < MaxGoals);
    m_remove->setEnabled(m_rows.size() > 1);
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (m_ok)
        m_ok->setEnabled(why.isEmpty());
}

QDate GoalSheetDialog::dueOn() const
{
    return m_due->date();
}

QDate GoalSheetDialog::submittedOn() const
{
    return m_submitted->isChecked() ? m_submittedOn->date() : QDate();
}

QList<Goal> GoalSheetDialog::goals() const
{
    QList<Goal> goals;
    for (int i = 0; i < m_rows.size(); ++i) {
        const GoalRow &row = m_rows.at(i);
        Goal goal = row.goal;
        goal.objective = row.objective->currentData().toInt();
        goal.title = row.title->text().trimmed();
        goal.specific = row.smart[Specific]->toPlainText().trimmed();
        goal.measurable = row.smart[Measurable]->toPlainText().trimmed();
        goal.achievable = row.smart[Achievable]->toPlainText().trimmed();
        goal.relevant = row.smart[Relevant]->toPlainText().trimmed();
        goal.timeBound = row.smart[TimeBound]->toPlainText().trimmed();
        goal.sortOrder = i;
        goals.append(goal);
    }
    return goals;
}

QComboBox *GoalSheetDialog::objectiveCombo(int goal) const
{
    return goal >= 0 && goal < m_rows.size() ? m_rows.at(goal).objective : nullptr;
}

QLineEdit *GoalSheetDialog::titleEdit(int goal) const
{
    return goal >= 0 && goal < m_rows.size() ? m_rows.at(goal).title : nullptr;
}

QPlainTextEdit *GoalSheetDialog::smartEdit(int goal, SmartField field) const
{
    return goal >= 0 && goal < m_rows.size() && field >= 0 && field < SmartFieldCount ? m_rows.at(goal).smart[field]
                                                                                      : nullptr;
}

} // namespace cohort
