#include "applications/newapplicationdialog.h"

#include "applications/applicationfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort {

namespace {
const QString Mentor = QStringLiteral("mentor");
const QString Mentee = QStringLiteral("mentee");
} // namespace

NewApplicationDialog::NewApplicationDialog(const QString &cycleName, QWidget *parent)
    : QDialog(parent), m_roleComboBox(new QComboBox(this)), m_sourceComboBox(new QComboBox(this)),
      m_receivedDateEdit(new QDateEdit(QDate::currentDate(), this)), m_firstNameEdit(new QLineEdit(this)),
      m_lastNameEdit(new QLineEdit(this)), m_emailEdit(new QLineEdit(this)), m_phoneEdit(new QLineEdit(this)),
      m_libraryEdit(new QLineEdit(this)), m_libraryTypeComboBox(new QComboBox(this)),
      m_alscMemberCheckBox(new QCheckBox(tr("ALSC member"), this)), m_connectionEdit(new QPlainTextEdit(this)),
      m_adultCheckBox(new QCheckBox(tr("At least 18 years old (or has a guardian's permission)"), this)),
      m_form(new QFormLayout), m_problemsLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("newApplicationDialog"));
    setWindowTitle(tr("New Application"));

    auto *intro = new QLabel(tr("An application that came by email or on paper, for %1. Fill in what you have; the "
                                "rest can be added in the detail panel afterwards.")
                                 .arg(cycleName),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    m_roleComboBox->setObjectName(QStringLiteral("roleComboBox"));
    m_roleComboBox->addItem(ApplicationFields::roleLabel(Mentee), Mentee);
    m_roleComboBox->addItem(ApplicationFields::roleLabel(Mentor), Mentor);
    m_sourceComboBox->setObjectName(QStringLiteral("sourceComboBox"));
    m_sourceComboBox->addItem(tr("By email"), QStringLiteral("email"));
    m_sourceComboBox->addItem(tr("On paper"), QStringLiteral("paper"));
    m_receivedDateEdit->setObjectName(QStringLiteral("receivedDateEdit"));
    m_receivedDateEdit->setCalendarPopup(true);
    m_receivedDateEdit->setMaximumDate(QDate::currentDate());
    m_firstNameEdit->setObjectName(QStringLiteral("firstNameEdit"));
    m_lastNameEdit->setObjectName(QStringLiteral("lastNameEdit"));
    m_emailEdit->setObjectName(QStringLiteral("emailEdit"));
    m_emailEdit->setPlaceholderText(tr("name@example.org"));
    m_phoneEdit->setObjectName(QStringLiteral("phoneEdit"));
    m_libraryEdit->setObjectName(QStringLiteral("libraryEdit"));
    m_libraryTypeComboBox->setObjectName(QStringLiteral("libraryTypeComboBox"));
    for (const auto &[code, label] : ApplicationFields::libraryTypes())
        m_libraryTypeComboBox->addItem(label, code);
    m_alscMemberCheckBox->setObjectName(QStringLiteral("alscMemberCheckBox"));
    m_connectionEdit->setObjectName(QStringLiteral("connectionEdit"));
    m_connectionEdit->setTabChangesFocus(true);
    m_connectionEdit->setFixedHeight(m_connectionEdit->fontMetrics().lineSpacing() * 3 + 12);
    m_adultCheckBox->setObjectName(QStringLiteral("adultCheckBox"));
    m_adultCheckBox->setChecked(true);

    m_form->addRow(tr("&Role:"), m_roleComboBox);
    m_form->addRow(tr("&Came:"), m_sourceComboBox);
    m_form->addRow(tr("&Received on:"), m_receivedDateEdit);
    m_form->addRow(tr("&First name:"), m_firstNameEdit);
    m_form->addRow(tr("&Last name:"), m_lastNameEdit);
    m_form->addRow(tr("&Email:"), m_emailEdit);
    m_form->addRow(tr("&Phone:"), m_phoneEdit);
    m_form->addRow(tr("L&ibrary or institution:"), m_libraryEdit);
    m_form->addRow(tr("Library &type:"), m_libraryTypeComboBox);
    m_form->addRow(QString(), m_alscMemberCheckBox);
    m_form->addRow(tr("Co&nnection to children's library service:"), m_connectionEdit);
    m_form->addRow(QString(), m_adultCheckBox);

    m_problemsLabel->setObjectName(QStringLiteral("problemsLabel"));
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setWordWrap(true);
    QPalette palette = m_problemsLabel->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc9, 0x4c, 0x4c));
    m_problemsLabel->setPalette(palette);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Application"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    for (QLineEdit *edit : {m_firstNameEdit, m_lastNameEdit, m_emailEdit, m_libraryEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewApplicationDialog::validate);
    connect(m_connectionEdit, &QPlainTextEdit::textChanged, this, &NewApplicationDialog::validate);
    connect(m_roleComboBox, &QComboBox::currentIndexChanged, this, &NewApplicationDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_buttons);
    validate();
    resize(520, sizeHint().height());
}

Person NewApplicationDialog::person() const
{
    Person person;
    person.firstName = m_firstNameEdit->text().trimmed();
    person.lastName = m_lastNameEdit->text().trimmed();
    person.email = m_emailEdit->text().trimmed();
    person.phone = m_phoneEdit->text().trimmed();
    return person;
}

Application NewApplicationDialog::application() const
{
    Application application;
    application.role = m_roleComboBox->currentData().toString();
    application.source = m_sourceComboBox->currentData().toString();
    // Noon UTC: the day stays the same in every time zone the committee sits in.
    application.submittedAt = QDateTime(m_receivedDateEdit->date(), QTime(12, 0), Qt::UTC);
    application.library = m_libraryEdit->text().trimmed();
    application.libraryType = m_libraryTypeComboBox->currentData().toString();
    application.alscMember = m_alscMemberCheckBox->isChecked();
    if (application.role == Mentee) {
        application.connection = m_connectionEdit->toPlainText().trimmed();
        application.adult = m_adultCheckBox->isChecked();
    }
    return application;
}

bool NewApplicationDialog::isValid() const
{
    return m_problems.isEmpty();
}

QString NewApplicationDialog::problems() const
{
    return m_problems.join(QLatin1Char('\n'));
}

void NewApplicationDialog::validate()
{
    const QString role = m_roleComboBox->currentData().toString();
    const bool mentee = role == Mentee;
    m_form->setRowVisible(m_connectionEdit, mentee);
    m_form->setRowVisible(m_adultCheckBox, mentee);

    const Person p = person();
    const Application a = application();
    m_problems.clear();
    for (const ApplicationField &field : ApplicationFields::all()) {
        if (!field.appliesTo(role) || (field.requiredFor.isEmpty() && field.key != QLatin1String("email")))
            continue;
        const QString problem = ApplicationFields::validate(field, field.get(p, a), role);
        if (!problem.isEmpty())
            m_problems.append(problem);
    }
    // Say what is missing only once the user has started; an untouched form just waits.
    const bool started = !p.firstName.isEmpty() || !p.lastName.isEmpty() || !p.email.isEmpty();
    m_problemsLabel->setText(started ? problems() : QString());
    m_problemsLabel->setVisible(started && !m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace cohort
