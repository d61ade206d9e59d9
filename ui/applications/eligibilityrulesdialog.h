#pragma once

#include "domain/application.h"
#include "intake/eligibility.h"

#include <QDialog>
#include <QList>
#include <QString>

class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;

namespace cohort {

class ProgramDocument;

// Eligibility › Rules of one cycle: the rules for mentors and for mentees as checkboxes in
// words, Restore Defaults, and per role a live line saying how many of the cycle's applications
// would change verdict. OK saves each changed role with a SetEligibilityRulesCommand, all as one
// undo step (ProgramDocument::executeAsOne); Cancel changes nothing.
//
// The applications are read once, through the store, when the dialog opens; the counts are
// Eligibility::evaluate() over them, so ticking a box never reads the database.
class EligibilityRulesDialog : public QDialog
{
    Q_OBJECT

public:
    EligibilityRulesDialog(ProgramDocument &document, const QString &cycleId, const QString &cycleName,
                           QWidget *parent = nullptr);

    // The rules as the checkboxes say (role: "mentor" or "mentee").
    EligibilityRules rules(const QString &role) const;
    // The live line of a role: "3 mentee applications would change verdict: …".
    QString summaryText(const QString &role) const;
    // How many checked applications of the role would change verdict if saved now.
    int changeCount(const QString &role) const;

public slots:
    void restoreDefaults();
    void accept() override;

private:
    // One role's part of the dialog.
    struct RoleRules
    {
        QString role;
        EligibilityRules saved;
        bool savedUnreadable = false; // the stored rules could not be read: defaults are shown, OK replaces them
        QList<Application> applications;
        QString loadError;
        QGroupBox *box = nullptr;
        QList<QPair<QCheckBox *, bool EligibilityRules::*>> checks;
        QLabel *summaryLabel = nullptr;
    };

    // What saving a role's ticked rules would do to its stored verdicts.
    struct Effect
    {
        int meetRules = 0;  // applications eligible under the ticked rules
        int toEligible = 0; // checked before, and their verdict changes
        int toIneligible = 0;
        int uncheckedToEligible = 0; // never checked ("unknown"): they get their first verdict
        int uncheckedToIneligible = 0;
    };

    QGroupBox *buildRole(RoleRules &part);
    Effect effect(const RoleRules &part) const;
    void showRules(RoleRules &part, const EligibilityRules &rules);
    void refresh();
    bool isChanged(const RoleRules &part) const;
    const RoleRules &part(const QString &role) const;

    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_cycleName;
    RoleRules m_mentor;
    RoleRules m_mentee;
    QCheckBox *m_adultOrGuardianCheckBox = nullptr;
    QCheckBox *m_adultCheckBox = nullptr;
    QLabel *m_adultNoteLabel = nullptr;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttons;
};

} // namespace cohort
