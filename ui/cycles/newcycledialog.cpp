#include "cycles/newcycledialog.h"

#include "timeline/cycletemplate.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort {

namespace {
constexpr int FirstYear = 1990;
constexpr int LastYear = 2200;

// Half-years in order: spring 2017 < fall 2017 < spring 2018. A cycle of another season counts
// by the half of the year it starts in.
int halfYear(const Cycle &cycle)
{
    const bool fall =
        cycle.season == QLatin1String("fall") ||
        (cycle.season != QLatin1String("spring") && cycle.startsOn.isValid() && cycle.startsOn.month() >= 7);
    return cycle.year * 2 + (fall ? 1 : 0);
}
} // namespace

NewCycleDialog::NewCycleDialog(QList<Cycle> existing, QWidget *parent)
    : QDialog(parent), m_existing(std::move(existing)), m_seasonComboBox(new QComboBox(this)),
      m_yearSpinBox(new QSpinBox(this)), m_templateRadio(new QRadioButton(tr("From the &template"), this)),
      m_copyRadio(new QRadioButton(tr("As a &copy of:"), this)), m_copyComboBox(new QComboBox(this)),
      m_nameEdit(new QLineEdit(this)), m_preview(new QTableWidget(this)), m_problemLabel(new QLabel(this)),
      m_okButton(nullptr)
{
    setObjectName(QStringLiteral("newCycleDialog"));
    setWindowTitle(tr("New Cycle"));
    std::stable_sort(m_existing.begin(), m_existing.end(), [](const Cycle &a, const Cycle &b) {
        const int ha = halfYear(a), hb = halfYear(b);
        return ha != hb ? ha > hb : a.startsOn > b.startsOn;
    });

    m_seasonComboBox->setObjectName(QStringLiteral("seasonComboBox"));
    m_seasonComboBox->addItem(seasonName(QStringLiteral("spring")), QStringLiteral("spring"));
    m_seasonComboBox->addItem(seasonName(QStringLiteral("fall")), QStringLiteral("fall"));
    m_seasonComboBox->setToolTip(tr("Spring cycles take applications in January and February, fall cycles in July "
                                    "and August"));
    m_yearSpinBox->setObjectName(QStringLiteral("yearSpinBox"));
    m_yearSpinBox->setRange(FirstYear, LastYear);
    m_yearSpinBox->setGroupSeparatorShown(false);
    m_yearSpinBox->setToolTip(tr("The year applications open"));

    m_templateRadio->setObjectName(QStringLiteral("templateRadio"));
    m_templateRadio->setToolTip(tr("The phases of the published timeline: applications, review and notifications, "
                                   "goals and orientation, the year of work, check-in, survey, close"));
    m_copyRadio->setObjectName(QStringLiteral("copyRadio"));
    m_copyRadio->setToolTip(tr("The phases of an earlier cycle, their names and kinds as they are and their dates "
                               "moved to the new year"));
    m_copyComboBox->setObjectName(QStringLiteral("copyComboBox"));
    m_copyComboBox->setAccessibleName(tr("Cycle to copy"));
    for (const Cycle &cycle : std::as_const(m_existing))
        m_copyComboBox->addItem(cycle.name, cycle.id);
    auto *group = new QButtonGroup(this);
    group->addButton(m_templateRadio);
    group->addButton(m_copyRadio);
    m_templateRadio->setChecked(true);
    m_copyRadio->setEnabled(!m_existing.isEmpty());
    m_copyComboBox->setEnabled(false);

    m_nameEdit->setObjectName(QStringLiteral("cycleNameEdit"));
    m_nameEdit->setToolTip(tr("How the cycle is called everywhere in Cohort and in letters; unique in the program"));
    m_nameEdit->setMaxLength(80);

    m_preview->setObjectName(QStringLiteral("phasePreviewTable"));
    m_preview->setAccessibleName(tr("Phases of the new cycle"));
    m_preview->setColumnCount(ColumnCount);
    m_preview->setHorizontalHeaderLabels({tr("Phase"), tr("Kind"), tr("Starts"), tr("Ends"), tr("Deadline")});
    m_preview->verticalHeader()->setVisible(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);

    m_problemLabel->setObjectName(QStringLiteral("newCycleProblemLabel"));
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    QPalette warning = m_problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc9, 0x4c, 0x4c));
    m_problemLabel->setPalette(warning);

    auto *form = new QFormLayout;
    auto *when = new QHBoxLayout;
    when->addWidget(m_seasonComboBox);
    when->addWidget(m_yearSpinBox);
    when->addStretch();
    auto *whenLabel = new QLabel(tr("&Season and year:"), this);
    whenLabel->setBuddy(m_seasonComboBox);
    form->addRow(whenLabel, when);
    auto *copy = new QHBoxLayout;
    copy->addWidget(m_copyRadio);
    copy->addWidget(m_copyComboBox, 1);
    auto *phases = new QVBoxLayout;
    phases->addWidget(m_templateRadio);
    phases->addLayout(copy);
    form->addRow(tr("Phases:"), phases);
    form->addRow(tr("&Name:"), m_nameEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("Create Cycle"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCycleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problemLabel);
    layout->addWidget(buttons);

    const auto [season, year] = nextCycle(m_existing, QDate::currentDate());
    m_seasonComboBox->setCurrentIndex(std::max(0, m_seasonComboBox->findData(season)));
    m_yearSpinBox->setValue(year);

    connect(m_seasonComboBox, &QComboBox::currentIndexChanged, this, &NewCycleDialog::refresh);
    connect(m_yearSpinBox, &QSpinBox::valueChanged, this, &NewCycleDialog::refresh);
    connect(m_templateRadio, &QRadioButton::toggled, this, &NewCycleDialog::sourceChanged);
    connect(m_copyComboBox, &QComboBox::currentIndexChanged, this, &NewCycleDialog::sourceChanged);
    connect(m_nameEdit, &QLineEdit::textEdited, this, &NewCycleDialog::refresh);
    refresh();
    resize(720, 460);
}

std::pair<QString, int> NewCycleDialog::nextCycle(const QList<Cycle> &cycles, const QDate &today)
{
    if (cycles.isEmpty()) {
        // Applications open in January (spring) or July (fall): the next of the two to come.
        if (today.month() < 7)
            return {QStringLiteral("fall"), today.year()};
        return {QStringLiteral("spring"), today.year() + 1};
    }
    int newest = halfYear(cycles.first());
    for (const Cycle &cycle : cycles)
        newest = std::max(newest, halfYear(cycle));
    const int next = newest + 1;
    return {next % 2 == 0 ? QStringLiteral("spring") : QStringLiteral("fall"), next / 2};
}

QString NewCycleDialog::seasonName(const QString &season)
{
    if (season == QLatin1String("spring"))
        return tr("Spring");
    if (season == QLatin1String("fall"))
        return tr("Fall");
    return tr("Other");
}

QString NewCycleDialog::season() const
{
    return m_seasonComboBox->currentData().toString();
}

void NewCycleDialog::setSeason(const QString &season)
{
    const int index = m_seasonComboBox->findData(season);
    if (index >= 0)
        m_seasonComboBox->setCurrentIndex(index);
}

int NewCycleDialog::year() const
{
    return m_yearSpinBox->value();
}

void NewCycleDialog::setYear(int year)
{
    m_yearSpinBox->setValue(year);
}

NewCycleDialog::Source NewCycleDialog::source() const
{
    return m_copyRadio->isChecked() ? Source::Copy : Source::Template;
}

void NewCycleDialog::setSource(Source source)
{
    (source == Source::Copy && m_copyRadio->isEnabled() ? m_copyRadio : m_templateRadio)->setChecked(true);
}

QString NewCycleDialog::copiedCycleId() const
{
    return source() == Source::Copy ? m_copyComboBox->currentData().toString() : QString();
}

void NewCycleDialog::setCopiedCycle(const QString &cycleId)
{
    const int index = m_copyComboBox->findData(cycleId);
    if (index < 0)
        return;
    m_copyComboBox->setCurrentIndex(index);
    setSource(Source::Copy);
}

QString NewCycleDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

void NewCycleDialog::setName(const QString &name)
{
    m_nameEdit->setText(name);
    refresh();
}

QString NewCycleDialog::autoName() const
{
    return tr("%1 %2").arg(seasonName(season())).arg(year());
}

void NewCycleDialog::sourceChanged()
{
    const bool copying = source() == Source::Copy;
    m_copyComboBox->setEnabled(copying);
    // A copy keeps the season of the cycle it copies; only the year moves.
    m_seasonComboBox->setEnabled(!copying);
    if (copying) {
        const int index = m_copyComboBox->currentIndex();
        if (index >= 0 && index < m_existing.size()) {
            const QSignalBlocker blocker(m_seasonComboBox);
            setSeason(m_existing.at(index).season);
        }
    }
    refresh();
}

void NewCycleDialog::refresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    const QString suggested = autoName();
    // The name follows season and year until someone types their own.
    if (m_nameEdit->text() == m_lastAutoName)
        m_nameEdit->setText(suggested);
    m_lastAutoName = suggested;

    const QString chosenName = name();
    int sortOrder = 0;
    for (const Cycle &cycle : std::as_const(m_existing))
        sortOrder = std::max(sortOrder, cycle.sortOrder + 1);
    const int copied = m_copyComboBox->currentIndex();
    if (source() == Source::Copy && copied >= 0 && copied < m_existing.size())
        m_cycle = CycleTemplate::copyOf(m_existing.at(copied), chosenName, year());
    else
        m_cycle = CycleTemplate::make(season(), year());
    m_cycle.name = chosenName;
    m_cycle.sortOrder = sortOrder;

    m_preview->setRowCount(int(m_cycle.phases.size()));
    for (int row = 0; row < m_cycle.phases.size(); ++row) {
        const Phase &phase = m_cycle.phases.at(row);
        m_preview->setItem(row, NameColumn, new QTableWidgetItem(phase.name));
        m_preview->setItem(row, KindColumn, new QTableWidgetItem(PhaseCheck::kindName(phase.kind)));
        const std::pair<Column, QDate> dates[] = {
            {StartsColumn, phase.startsOn}, {EndsColumn, phase.endsOn}, {DeadlineColumn, phase.deadline}};
        for (const auto &[column, date] : dates) {
            auto *item = new QTableWidgetItem;
            if (date.isValid())
                item->setData(Qt::DisplayRole, date);
            m_preview->setItem(row, column, item);
        }
    }

    m_problem.clear();
    if (chosenName.isEmpty()) {
        m_problem = tr("Enter a name for the cycle.");
    } else {
        for (const Cycle &cycle : std::as_const(m_existing)) {
            if (cycle.name.trimmed().compare(chosenName, Qt::CaseInsensitive) == 0) {
                m_problem = tr("There is already a cycle named “%1”: choose another name.").arg(cycle.name);
                break;
            }
        }
    }
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    if (m_okButton)
        m_okButton->setEnabled(m_problem.isEmpty());
    m_refreshing = false;
}

void NewCycleDialog::accept()
{
    refresh();
    if (!m_problem.isEmpty()) {
        m_nameEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace cohort
