#pragma once

#include "intake/eligibility.h"
#include "store/applicationstore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>

namespace cohort {

class ProgramDocument;

// Saves the eligibility rules of one cycle and role, and re-evaluates the stored verdict
// (eligibility, eligibility_reason) of every application of that cycle and role under them —
// all in one transaction, with an audit entry. The status of an application never changes:
// moving an application to eligible or ineligible stays a person's decision.
//
// undo() puts back the stored rules text exactly as it was (also "never saved" or a damaged
// text) and the verdicts this command changed. Each redo() evaluates afresh. Like the
// application commands, it refuses what someone else changed meanwhile (the rules, or a verdict
// it is about to put back): it reports that through ProgramDocument::reportFailure(), changes
// nothing, and in its first redo() marks itself obsolete. Push it with ProgramDocument::execute().
class SetEligibilityRulesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetEligibilityRulesCommand)

public:
    SetEligibilityRulesCommand(ProgramDocument &document, QString cycleId, QString role, EligibilityRules after,
                               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

    // The verdicts the last redo() changed (for tests and the status bar).
    const QList<EligibilityChange> &changes() const { return m_changes; }

private:
    QString rulesChangedMessage() const;

    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_role;
    EligibilityRules m_after;
    QString m_storedBefore; // the setting as the first redo() found it
    QList<EligibilityChange> m_changes;
    bool m_first = true;
};

} // namespace cohort
