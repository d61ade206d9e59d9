#include "cycles/cyclesettingsdialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int DateRole = Qt::UserRole;
} // namespace

CycleSettingsDialog::CycleSettingsDialog(const QString &cycleName, const CadenceSettings &settings, QWidget *parent)
    : QDialog(parent), m_contactsSpin(new QSpinBox(this)), m_quietSpin(new QSpinBox(this)),
      m_goalSheetSpin(new QSpinBox(this)), m_orientationList(new QListWidget(this)),
      m_orientationDateEdit(new QDateEdit(this)), m_addDateButton(new QPushButton(tr("&Add"), this)),
      m_removeDateButton(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("cycleSettingsDialog"));
    setWindowTitle(tr("Cycle Settings — %1").arg(cycleName));

    m_contactsSpin->setObjectName(QStringLiteral("contactsPerMonthSpin"));
    m_contactsSpin->setRange(0, 31);
    m_contactsSpin->setSpecialValueText(tr("No expectation"));
    m_contactsSpin->setToolTip(tr("How often a mentor and mentee are expected to be in touch; a match with fewer "
                                  "contacts shows as below cadence"));
    m_quietSpin->setObjectName(QStringLiteral("quietDaysSpin"));
    m_quietSpin->setRange(1, 365);
    m_quietSpin->setToolTip(tr("A match with no contact for longer than this shows as quiet"));
    m_goalSheetSpin->setObjectName(QStringLiteral("goalSheetDueSpin"));
    m_goalSheetSpin->setRange(0, 365);
    m_goalSheetSpin->setToolTip(tr("The goal sheet is due this many days after the match is published"));

    auto *form = new QFormLayout;
    auto row = [this, form](const QString &label, QSpinBox *spin, const QString &after) {
        auto *line = new QHBoxLayout;
        line->addWidget(spin);
        line->addWidget(new QLabel(after, this));
        line->addStretch();
        auto *title = new QLabel(label, this);
        title->setBuddy(spin);
        form->addRow(title, line);
    };
    row(tr("&Contact expectation:"), m_contactsSpin, tr("contacts a month, at least"));
    row(tr("&Quiet after:"), m_quietSpin, tr("days without contact"));
    row(tr("&Goal sheet due:"), m_goalSheetSpin, tr("days after the match"));

    auto *orientation = new QGroupBox(tr("Virtual orientation dates"), this);
    m_orientationList->setObjectName(QStringLiteral("orientationList"));
    m_orientationList->setAccessibleName(tr("Orientation dates"));
    m_orientationList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_orientationDateEdit->setObjectName(QStringLiteral("orientationDateEdit"));
    m_orientationDateEdit->setAccessibleName(tr("Orientation date to add"));
    m_orientationDateEdit->setCalendarPopup(true);
    m_orientationDateEdit->setDate(QDate::currentDate());
    m_addDateButton->setObjectName(QStringLiteral("addOrientationDateButton"));
    m_addDateButton->setToolTip(tr("Add the date on the left to the orientation dates"));
    m_removeDateButton->setObjectName(QStringLiteral("removeOrientationDateButton"));
    m_removeDateButton->setToolTip(tr("Remove the selected orientation date"));
    connect(m_addDateButton, &QPushButton::clicked, this,
            [this] { addOrientationDate(m_orientationDateEdit->date()); });
    connect(m_removeDateButton, &QPushButton::clicked, this,
            [this] { removeOrientationDate(m_orientationList->currentRow()); });
    connect(m_orientationList, &QListWidget::currentRowChanged, this, &CycleSettingsDialog::updateButtons);
    auto *grid = new QGridLayout(orientation);
    grid->addWidget(m_orientationList, 0, 0, 3, 1);
    grid->addWidget(m_orientationDateEdit, 0, 1);
    grid->addWidget(m_addDateButton, 1, 1);
    grid->addWidget(m_removeDateButton, 2, 1, Qt::AlignTop);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Two contacts a month, quiet after 21 days, goal sheet due after 30 days"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        CadenceSettings defaults;
        defaults.orientationDates = this->settings().orientationDates;
        setSettings(defaults);
    });

    auto *intro = new QLabel(tr("What the committee expects of the matches in %1. The Timeline area measures "
                                "each match against these.")
                                 .arg(cycleName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(orientation, 1);
    layout->addWidget(buttons);
    setSettings(settings);
}

CadenceSettings CycleSettingsDialog::settings() const
{
    CadenceSettings s;
    s.contactsPerMonth = m_contactsSpin->value();
    s.quietDays = m_quietSpin->value();
    s.goalSheetDueDays = m_goalSheetSpin->value();
    for (int row = 0; row < m_orientationList->count(); ++row)
        s.orientationDates.append(m_orientationList->item(row)->data(DateRole).toDate());
    return s;
}

void CycleSettingsDialog::setSettings(const CadenceSettings &settings)
{
    m_contactsSpin->setValue(settings.contactsPerMonth);
    m_quietSpin->setValue(settings.quietDays);
    m_goalSheetSpin->setValue(settings.goalSheetDueDays);
    m_orientationList->clear();
    for (const QDate &date : settings.orientationDates)
        addOrientationDate(date);
    updateButtons();
}

bool CycleSettingsDialog::addOrientationDate(const QDate &date)
{
    if (!date.isValid())
        return false;
    int row = 0;
    for (; row < m_orientationList->count(); ++row) {
        const QDate listed = m_orientationList->item(row)->data(DateRole).toDate();
        if (listed == date) {
            m_orientationList->setCurrentRow(row);
            return false;
        }
        if (listed > date)
            break;
    }
    auto *item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat));
    item->setData(DateRole, date);
    m_orientationList->insertItem(row, item);
    m_orientationList->setCurrentRow(row);
    updateButtons();
    return true;
}

void CycleSettingsDialog::removeOrientationDate(int row)
{
    if (row < 0 || row >= m_orientationList->count())
        return;
    delete m_orientationList->takeItem(row);
    updateButtons();
}

void CycleSettingsDialog::updateButtons()
{
    m_removeDateButton->setEnabled(m_orientationList->currentRow() >= 0);
}

} // namespace cohort
