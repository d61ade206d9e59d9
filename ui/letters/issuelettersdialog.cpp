#include "letters/issuelettersdialog.h"

#include "common/statustext.h"
#include "letters/letterkindtext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

IssueLettersDialog::IssueLettersDialog(const QString &cycleName, const QString &kind, RecipientSource source,
                                       QWidget *parent)
    : QDialog(parent), m_source(std::move(source)), m_kind(new QComboBox(this)), m_role(new QComboBox(this)),
      m_status(new QComboBox(this)), m_language(new QComboBox(this)), m_people(new QListWidget(this)),
      m_summary(new QLabel(this)), m_folder(new QLineEdit(this)),
      m_separate(new QRadioButton(tr("One PDF per &person, with the file name"), this)),
      m_combined(new QRadioButton(tr("One &combined PDF for everyone"), this)), m_pattern(new QLineEdit(this)),
      m_force(new QCheckBox(tr("Issue &again to people who already have this letter as it stands"), this))
{
    setObjectName(QStringLiteral("issueLettersDialog"));
    setWindowTitle(tr("Issue Letters — %1").arg(cycleName));

    m_kind->setObjectName(QStringLiteral("issueKindCombo"));
    for (const QString &k : LetterKinds::all())
        m_kind->addItem(LetterKindText::name(k), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_role->setObjectName(QStringLiteral("issueRoleCombo"));
    m_role->addItem(tr("As the letter says"), QString());
    m_role->addItem(tr("Mentors"), QStringLiteral("mentor"));
    m_role->addItem(tr("Mentees"), QStringLiteral("mentee"));
    m_status->setObjectName(QStringLiteral("issueStatusCombo"));
    m_status->addItem(tr("As the letter says"), QString());
    const QStringList statuses = StatusText::applicationStatuses();
    for (const QString &s : statuses)
        m_status->addItem(StatusText::applicationStatus(s), s);
    m_language->setObjectName(QStringLiteral("issueLanguageCombo"));
    m_language->addItem(tr("Each person's language"), QString());
    for (const QString &code : LetterKindText::languages())
        m_language->addItem(LetterKindText::language(code), code);
    m_language->setToolTip(tr("A person's language is the first language of their application that has letters"));

    m_people->setObjectName(QStringLiteral("issuePeopleList"));
    m_people->setAccessibleName(tr("People to write to"));
    m_people->setMinimumHeight(160);
    m_summary->setObjectName(QStringLiteral("issueSummary"));

    m_folder->setObjectName(QStringLiteral("issueFolderEdit"));
    m_folder->setAccessibleName(tr("Folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Write the Letters To"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(dir));
    });
    m_pattern->setObjectName(QStringLiteral("issuePatternEdit"));
    m_pattern->setText(QStringLiteral("{code}-{kind}.pdf"));
    m_pattern->setToolTip(tr("{code}: the application's code, {kind}: the letter, {cycle}: the cycle's name"));
    m_separate->setChecked(true);
    m_combined->setObjectName(QStringLiteral("issueCombinedRadio"));
    m_force->setObjectName(QStringLiteral("issueForceCheck"));
    m_force->setToolTip(tr("Otherwise people whose letter was issued already and still says the same are skipped"));

    auto *who = new QGroupBox(tr("Who"), this);
    auto *whoForm = new QFormLayout(who);
    whoForm->addRow(tr("&Letter:"), m_kind);
    whoForm->addRow(tr("&Role:"), m_role);
    whoForm->addRow(tr("&Decision:"), m_status);
    whoForm->addRow(tr("Lan&guage:"), m_language);
    auto *pick = new QHBoxLayout;
    auto *all = new QPushButton(tr("Check All"), this);
    auto *none = new QPushButton(tr("Check None"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_people->count(); ++i)
            m_people->item(i)->setCheckState(Qt::Checked);
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_people->count(); ++i)
            m_people->item(i)->setCheckState(Qt::Unchecked);
    });
    pick->addWidget(m_summary, 1);
    pick->addWidget(all);
    pick->addWidget(none);
    whoForm->addRow(m_people);
    whoForm->addRow(pick);

    auto *where = new QGroupBox(tr("Where"), this);
    auto *whereForm = new QFormLayout(where);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    whereForm->addRow(folderLabel, folderRow);
    auto *separateRow = new QHBoxLayout;
    separateRow->addWidget(m_separate);
    separateRow->addWidget(m_pattern, 1);
    whereForm->addRow(separateRow);
    whereForm->addRow(m_combined);
    whereForm->addRow(m_force);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_issueButton = buttons->addButton(tr("&Issue Letters"), QDialogButtonBox::AcceptRole);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who, 1);
    layout->addWidget(where);
    layout->addWidget(buttons);

    for (QComboBox *combo : {m_kind, m_role, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { reloadPeople(); });
    connect(m_people, &QListWidget::itemChanged, this, [this] { updateState(); });
    connect(m_folder, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_pattern, &QLineEdit::textChanged, this, [this] { updateState(); });
    connect(m_separate, &QRadioButton::toggled, this, [this] { updateState(); });
    reloadPeople();
    resize(560, 640);
}

QString IssueLettersDialog::kind() const
{
    return m_kind->currentData().toString();
}

void IssueLettersDialog::reloadPeople()
{
    QSet<QString> unchecked;
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() != Qt::Checked)
            unchecked.insert(m_people->item(i)->data(IdRole).toString());
    m_people->clear();
    auto people = m_source ? m_source(kind(), m_role->currentData().toString(), m_status->currentData().toString())
                           : Result<QList<LetterRecipient>>(QList<LetterRecipient>());
    if (!people) {
        m_summary->setText(people.error());
        updateState();
        return;
    }
    for (const LetterRecipient &r : std::as_const(people.value())) {
        auto *item =
            new QListWidgetItem(tr("%1 — %2, %3").arg(r.name, r.code, LetterKindText::language(r.language)), m_people);
        item->setData(IdRole, r.applicationId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(unchecked.contains(r.applicationId) ? Qt::Unchecked : Qt::Checked);
    }
    updateState();
}

void IssueLettersDialog::checkOnly(const QStringList &applicationIds)
{
    const QSet<QString> wanted(applicationIds.begin(), applicationIds.end());
    for (int i = 0; i < m_people->count(); ++i) {
        QListWidgetItem *item = m_people->item(i);
        item->setCheckState(wanted.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

void IssueLettersDialog::setOutDir(const QString &dir)
{
    m_folder->setText(QDir::toNativeSeparators(dir));
}

int IssueLettersDialog::checkedCount() const
{
    int n = 0;
    for (int i = 0; i < m_people->count(); ++i)
        n += m_people->item(i)->checkState() == Qt::Checked ? 1 : 0;
    return n;
}

void IssueLettersDialog::updateState()
{
    const int checked = checkedCount();
    if (m_people->count() == 0)
        m_summary->setText(tr("No one in this cycle is due this letter with these choices."));
    else
        m_summary->setText(tr("%1 of %2 checked").arg(checked).arg(m_people->count()));
    m_pattern->setEnabled(m_separate->isChecked());
    const bool patternOk = !m_separate->isChecked() || m_pattern->text().contains(QLatin1String("{code}"));
    m_pattern->setToolTip(patternOk ? tr("{code}: the application's code, {kind}: the letter, {cycle}: the cycle's "
                                         "name")
                                    : tr("Put {code} in the name so that each person's letter has a file of its own"));
    m_issueButton->setEnabled(checked > 0 && !m_folder->text().trimmed().isEmpty() && patternOk);
}

LetterIssueOptions IssueLettersDialog::options() const
{
    LetterIssueOptions o;
    o.role = m_role->currentData().toString();
    o.status = m_status->currentData().toString();
    o.language = m_language->currentData().toString();
    o.outDir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    o.combined = m_combined->isChecked();
    o.force = m_force->isChecked();
    o.fileNamePattern = m_pattern->text().trimmed();
    for (int i = 0; i < m_people->count(); ++i)
        if (m_people->item(i)->checkState() == Qt::Checked)
            o.applicationIds.append(m_people->item(i)->data(IdRole).toString());
    return o;
}

} // namespace cohort
