#include "document/seteligibilityrulescommand.h"

#include "db/database.h"
#include "document/programdocument.h"
#include "store/programstore.h"

#include <utility>

namespace cohort {

namespace {
// What the importer and NewApplicationCommand store for a verdict.
QString eligibilityCode(const EligibilityVerdict &verdict)
{
    return verdict.eligible ? QStringLiteral("eligible") : QStringLiteral("ineligible");
}

QString eligibilityReason(const EligibilityVerdict &verdict)
{
    return verdict.eligible ? QString() : verdict.text();
}
} // namespace

SetEligibilityRulesCommand::SetEligibilityRulesCommand(ProgramDocument &document, QString cycleId, QString role,
                                                       EligibilityRules after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId)), m_role(std::move(role)), m_after(after)
{
    setText(m_role == QLatin1String("mentor") ? tr("Change Eligibility Rules for Mentors")
                                              : tr("Change Eligibility Rules for Mentees"));
}

QString SetEligibilityRulesCommand::rulesChangedMessage() const
{
    return m_role == QLatin1String("mentor")
               ? tr("Someone else changed this cycle's eligibility rules for mentors meanwhile; open Eligibility "
                    "Rules again to see them.")
               : tr("Someone else changed this cycle's eligibility rules for mentees meanwhile; open Eligibility "
                    "Rules again to see them.");
}

void SetEligibilityRulesCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    ProgramStore &programStore = m_document.programStore();
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    QList<EligibilityChange> changes;
    // The rules and every verdict land together, or nothing does (the Transaction rolls back
    // on any early return).
    const Status status = [&]() -> Status {
        Transaction transaction(m_document.database());
        if (!transaction.started())
            return transaction.started();
        auto stored = Eligibility::storedText(programStore, m_cycleId, m_role);
        if (!stored)
            return Error{stored.error()};
        if (first)
            m_storedBefore = stored.value();
        else if (stored.value() != m_storedBefore)
            return Error{rulesChangedMessage()};
        auto applications = store.listForEligibility(m_cycleId, m_role);
        if (!applications)
            return Error{applications.error()};
        for (const Application &application : std::as_const(applications.value())) {
            const EligibilityVerdict verdict = Eligibility::evaluate(application, m_after);
            const QString code = eligibilityCode(verdict);
            const QString reason = eligibilityReason(verdict);
            if (application.eligibility != code || application.eligibilityReason != reason)
                changes.append({application.id, application.code, application.eligibility,
                                application.eligibilityReason, code, reason});
        }
        if (Status s = Eligibility::write(programStore, m_cycleId, m_role, m_after.toJson(), actor,
                                          QStringLiteral("eligibility.save"));
            !s)
            return s;
        if (Status s = store.updateEligibility(changes, actor); !s)
            return s;
        return transaction.commit();
    }();
    if (!status) {
        if (first)
            setObsolete(true);
        m_document.reportFailure(status.error());
        return;
    }
    m_changes = std::move(changes);
    emit m_document.applicationsChanged(m_cycleId);
}

void SetEligibilityRulesCommand::undo()
{
    ProgramStore &programStore = m_document.programStore();
    const QString actor = ProgramDocument::actor();
    QList<EligibilityChange> back;
    back.reserve(m_changes.size());
    for (const EligibilityChange &change : std::as_const(m_changes))
        back.append({change.applicationId, change.code, change.toEligibility, change.toReason, change.fromEligibility,
                     change.fromReason});
    const Status status = [&]() -> Status {
        Transaction transaction(m_document.database());
        if (!transaction.started())
            return transaction.started();
        auto stored = Eligibility::storedText(programStore, m_cycleId, m_role);
        if (!stored)
            return Error{stored.error()};
        if (stored.value() != m_after.toJson())
            return Error{rulesChangedMessage()};
        if (Status s = Eligibility::write(programStore, m_cycleId, m_role, m_storedBefore, actor,
                                          QStringLiteral("eligibility.save.undo"));
            !s)
            return s;
        // A verdict someone else changed since is a conflict (updateEligibility() names the
        // application), and the whole undo rolls back.
        if (Status s = m_document.applicationStore().updateEligibility(back, actor); !s)
            return s;
        return transaction.commit();
    }();
    if (!status) {
        m_document.reportFailure(status.error());
        return;
    }
    emit m_document.applicationsChanged(m_cycleId);
}

} // namespace cohort
