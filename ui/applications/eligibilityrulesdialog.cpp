#include "applications/eligibilityrulesdialog.h"

#include "common/messages.h"
#include "document/programdocument.h"
#include "document/seteligibilityrulescommand.h"
#include "store/applicationstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFontMetrics>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace cohort {

namespace {
const QString kMentor = QStringLiteral("mentor");
const QString kMentee = QStringLiteral("mentee");

QLabel *plainLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

EligibilityRulesDialog::EligibilityRulesDialog(ProgramDocument &document, const QString &cycleId,
                                               const QString &cycleName, QWidget *parent)
    : QDialog(parent), m_document(document), m_cycleId(cycleId), m_cycleName(cycleName),
      m_problemLabel(plainLabel(this, QStringLiteral("problemLabel"))),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this))
{
    setObjectName(QStringLiteral("eligibilityRulesDialog"));
    setWindowTitle(tr("Eligibility Rules — %1").arg(cycleName));

    auto *introLabel = plainLabel(this, QStringLiteral("introLabel"));
    introLabel->setText(tr("Applications to %1 are checked against these rules. Saving them checks every mentor's or "
                           "mentee's application again and updates its eligibility; no status changes, as accepting "
                           "or turning down an application stays the committee's decision.")
                            .arg(cycleName));

    // What is stored now, and the applications the counts are made from.
    QStringList problems;
    m_mentor.role = kMentor;
    m_mentee.role = kMentee;
    for (RoleRules *part : {&m_mentor, &m_mentee}) {
        auto saved = Eligibility::load(document.programStore(), cycleId, part->role);
        if (saved) {
            part->saved = saved.value();
        } else {
            part->saved = Eligibility::defaults(part->role);
            part->savedUnreadable = true;
            problems.append(tr("%1 The defaults are shown; saving replaces the saved rules.").arg(saved.error()));
        }
        auto applications = document.applicationStore().listForEligibility(cycleId, part->role);
        if (applications)
            part->applications = std::move(applications).value();
        else
            part->loadError = applications.error();
    }
    const bool readOnly = document.isReadOnly();
    if (readOnly)
        problems.prepend(tr("This program is open read-only, so its eligibility rules cannot be changed. %1")
                             .arg(document.readOnlyReason())
                             .trimmed());
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());

    QGroupBox *mentorBox = buildRole(m_mentor);
    QGroupBox *menteeBox = buildRole(m_mentee);

    QPushButton *okButton = m_buttons->button(QDialogButtonBox::Ok);
    okButton->setText(tr("&Save Rules"));
    okButton->setToolTip(tr("Save the rules and check this cycle's applications against them again (one undo step)"));
    okButton->setEnabled(!readOnly);
    QPushButton *defaultsButton = m_buttons->button(QDialogButtonBox::RestoreDefaults);
    defaultsButton->setText(tr("Restore &Defaults"));
    defaultsButton->setToolTip(tr("Tick the program's standard rules for mentors and mentees (nothing is saved until "
                                  "you save)"));
    defaultsButton->setEnabled(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without changing the rules"));
    connect(defaultsButton, &QPushButton::clicked, this, &EligibilityRulesDialog::restoreDefaults);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EligibilityRulesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(introLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(mentorBox);
    layout->addWidget(menteeBox);
    layout->addStretch();
    layout->addWidget(m_buttons);

    // Top to bottom: the mentor rules, the mentee rules, then the buttons (Save first).
    QList<QWidget *> chain;
    for (const RoleRules *part : {&m_mentor, &m_mentee}) {
        for (const auto &check : part->checks)
            chain.append(check.first);
    }
    chain.append({okButton, m_buttons->button(QDialogButtonBox::Cancel), defaultsButton});
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
    if (!readOnly)
        m_mentor.checks.first().first->setFocus(Qt::OtherFocusReason);

    showRules(m_mentor, m_mentor.saved);
    showRules(m_mentee, m_mentee.saved);
    refresh();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

QGroupBox *EligibilityRulesDialog::buildRole(RoleRules &part)
{
    const bool mentor = part.role == kMentor;
    part.box = new QGroupBox(mentor ? tr("Mentors") : tr("Mentees"), this);
    part.box->setObjectName(mentor ? QStringLiteral("mentorRulesGroupBox") : QStringLiteral("menteeRulesGroupBox"));
    auto *layout = new QVBoxLayout(part.box);

    struct Rule
    {
        const char *objectName;
        QString text;
        QString toolTip;
        bool EligibilityRules::*field;
    };
    QList<Rule> rules;
    if (mentor) {
        rules = {{"mentorAlscMemberCheckBox", tr("Must be an &ALSC member"),
                  tr("Mentors who are not members of ALSC are not eligible."), &EligibilityRules::requireAlscMember},
                 {"mentorAttestationCheckBox", tr("Must &promise to stay an ALSC member for the program year"),
                  tr("Mentors must confirm on the form that they will keep their ALSC membership for the whole "
                     "program year."),
                  &EligibilityRules::requireMembershipAttestation},
                 {"mentorExperienceCheckBox",
                  tr("Must have &experience in children's librarianship or children's literature"),
                  tr("Mentors must give years of experience or list the areas they know."),
                  &EligibilityRules::requireExperience}};
    } else {
        rules = {{"menteeConnectionCheckBox", tr("Must have a co&nnection to children's library service"),
                  tr("Mentees must say how they are connected to library service to children (work, study or "
                     "volunteering)."),
                  &EligibilityRules::requireConnection},
                 {"menteeAdultOrGuardianCheckBox", tr("Must be 18, or have a parent's or &guardian's permission"),
                  tr("Mentees younger than 18 are eligible only with a parent's or guardian's permission."),
                  &EligibilityRules::requireAdultOrGuardian},
                 {"menteeAdultCheckBox", tr("Must be &18 (no exceptions)"),
                  tr("Mentees younger than 18 are not eligible, even with a parent's or guardian's permission. "
                     "When ticked, this replaces the rule above."),
                  &EligibilityRules::requireAdult}};
    }
    for (const Rule &rule : std::as_const(rules)) {
        auto *check = new QCheckBox(rule.text, part.box);
        check->setObjectName(QString::fromLatin1(rule.objectName));
        check->setToolTip(rule.toolTip);
        check->setEnabled(!m_document.isReadOnly());
        layout->addWidget(check);
        part.checks.append({check, rule.field});
        connect(check, &QCheckBox::toggled, this, &EligibilityRulesDialog::refresh);
        if (rule.field == &EligibilityRules::requireAdultOrGuardian)
            m_adultOrGuardianCheckBox = check;
        if (rule.field == &EligibilityRules::requireAdult) {
            m_adultCheckBox = check;
            // requireAdult wins over requireAdultOrGuardian (Eligibility::evaluate): say so.
            m_adultNoteLabel = plainLabel(part.box, QStringLiteral("adultNoteLabel"));
            // Always shown, so the dialog never jumps; the rule it replaces is greyed out while on.
            m_adultNoteLabel->setText(tr("While ticked, this replaces the rule above: a parent's or guardian's "
                                         "permission no longer counts."));
            m_adultNoteLabel->setEnabled(false);
            m_adultNoteLabel->setIndent(20);
            layout->addWidget(m_adultNoteLabel);
        }
    }
    part.summaryLabel =
        plainLabel(part.box, mentor ? QStringLiteral("mentorSummaryLabel") : QStringLiteral("menteeSummaryLabel"));
    part.summaryLabel->setAccessibleName(mentor ? tr("Effect on mentor applications")
                                                : tr("Effect on mentee applications"));
    QFont font = part.summaryLabel->font();
    font.setItalic(true);
    part.summaryLabel->setFont(font);
    // Room for two lines from the start, so the dialog does not jump while boxes are ticked.
    part.summaryLabel->setMinimumHeight(2 * QFontMetrics(font).lineSpacing());
    part.summaryLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addSpacing(4);
    layout->addWidget(part.summaryLabel);
    return part.box;
}

void EligibilityRulesDialog::showRules(RoleRules &part, const EligibilityRules &rules)
{
    for (const auto &[check, field] : std::as_const(part.checks)) {
        const QSignalBlocker blocker(check);
        check->setChecked(rules.*field);
    }
}

EligibilityRules EligibilityRulesDialog::rules(const QString &role) const
{
    // Fields of the other role keep what is saved: one struct serves both roles.
    const RoleRules &rolePart = part(role);
    EligibilityRules rules = rolePart.saved;
    for (const auto &[check, field] : rolePart.checks)
        rules.*field = check->isChecked();
    return rules;
}

const EligibilityRulesDialog::RoleRules &EligibilityRulesDialog::part(const QString &role) const
{
    return role == kMentor ? m_mentor : m_mentee;
}

bool EligibilityRulesDialog::isChanged(const RoleRules &rolePart) const
{
    return rolePart.savedUnreadable || rules(rolePart.role) != rolePart.saved;
}

EligibilityRulesDialog::Effect EligibilityRulesDialog::effect(const RoleRules &rolePart) const
{
    Effect effect;
    const EligibilityRules now = rules(rolePart.role);
    for (const Application &application : rolePart.applications) {
        const bool eligible = Eligibility::evaluate(application, now).eligible;
        effect.meetRules += eligible ? 1 : 0;
        if (application.eligibility != QLatin1String("eligible") &&
            application.eligibility != QLatin1String("ineligible"))
            ++(eligible ? effect.uncheckedToEligible : effect.uncheckedToIneligible);
        else if (eligible != (application.eligibility == QLatin1String("eligible")))
            ++(eligible ? effect.toEligible : effect.toIneligible);
    }
    return effect;
}

int EligibilityRulesDialog::changeCount(const QString &role) const
{
    const RoleRules &rolePart = part(role);
    if (!isChanged(rolePart))
        return 0;
    const Effect e = effect(rolePart);
    return e.toEligible + e.toIneligible;
}

QString EligibilityRulesDialog::summaryText(const QString &role) const
{
    return part(role).summaryLabel->text();
}

void EligibilityRulesDialog::refresh()
{
    m_adultOrGuardianCheckBox->setEnabled(!m_adultCheckBox->isChecked() && !m_document.isReadOnly());

    for (const RoleRules *rolePart : {&m_mentor, &m_mentee}) {
        const bool mentor = rolePart->role == kMentor;
        const Effect e = effect(*rolePart);
        const auto split = [](int eligible, int ineligible, bool first) {
            QStringList parts;
            if (eligible > 0)
                parts.append(first ? tr("%Ln eligible", nullptr, eligible) : tr("%Ln to eligible", nullptr, eligible));
            if (ineligible > 0)
                parts.append(first ? tr("%Ln not eligible", nullptr, ineligible)
                                   : tr("%Ln to not eligible", nullptr, ineligible));
            return QLocale().createSeparatedList(parts);
        };
        QString text;
        if (!rolePart->loadError.isEmpty()) {
            text = tr("The applications could not be read, so the effect of the rules cannot be shown: %1")
                       .arg(rolePart->loadError);
        } else if (!isChanged(*rolePart)) {
            const int total = int(rolePart->applications.size());
            text = mentor
                       ? tr("Saved rules: %L1 of %Ln mentor applications meet them.", nullptr, total).arg(e.meetRules)
                       : tr("Saved rules: %L1 of %Ln mentee applications meet them.", nullptr, total).arg(e.meetRules);
        } else {
            const int changed = e.toEligible + e.toIneligible;
            if (changed == 0)
                text = mentor ? tr("No mentor application would change verdict.")
                              : tr("No mentee application would change verdict.");
            else
                text = mentor ? tr("%Ln mentor applications would change verdict: %1.", nullptr, changed)
                                    .arg(split(e.toEligible, e.toIneligible, false))
                              : tr("%Ln mentee applications would change verdict: %1.", nullptr, changed)
                                    .arg(split(e.toEligible, e.toIneligible, false));
            // Saving checks the ones never checked, too: say what they get.
            const int unchecked = e.uncheckedToEligible + e.uncheckedToIneligible;
            if (unchecked > 0)
                text += QLatin1Char(' ') + tr("%Ln not yet checked would get a first verdict: %1.", nullptr, unchecked)
                                               .arg(split(e.uncheckedToEligible, e.uncheckedToIneligible, true));
        }
        rolePart->summaryLabel->setText(text);
    }
}

void EligibilityRulesDialog::restoreDefaults()
{
    showRules(m_mentor, Eligibility::defaults(kMentor));
    showRules(m_mentee, Eligibility::defaults(kMentee));
    refresh();
}

void EligibilityRulesDialog::accept()
{
    if (m_document.isReadOnly()) {
        reject();
        return;
    }
    QList<QUndoCommand *> commands;
    for (const RoleRules *rolePart : {&m_mentor, &m_mentee}) {
        if (isChanged(*rolePart))
            commands.append(
                new SetEligibilityRulesCommand(m_document, m_cycleId, rolePart->role, rules(rolePart->role)));
    }
    if (!commands.isEmpty()) {
        const Status saved = m_document.executeAsOne(tr("Change Eligibility Rules of %1").arg(m_cycleName), commands);
        if (!saved) {
            // The dialog stays open with the user's ticks, to try again or cancel.
            Messages::critical(this, tr("Eligibility Rules"), tr("The rules were not saved.\n\n%1").arg(saved.error()));
            return;
        }
    }
    QDialog::accept();
}

} // namespace cohort
