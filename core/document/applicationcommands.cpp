#include "document/applicationcommands.h"

#include "db/database.h"
#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "intake/eligibility.h"
#include "intake/statusworkflow.h"
#include "store/applicationstore.h"
#include "store/programstore.h"

#include <utility>

namespace cohort {

namespace {
// The merge id of EditApplicationCommand (QUndoCommand::id(); unique among Cohort's commands).
constexpr int kEditApplicationId = 0x0301;

// Everything but the version: two copies say the same when a user would see no difference.
bool sameContent(const Application &a, const Application &b)
{
    return a.id == b.id && a.cycleId == b.cycleId && a.personId == b.personId && a.role == b.role && a.code == b.code &&
           a.status == b.status && a.statusReason == b.statusReason && a.source == b.source &&
           a.submittedAt == b.submittedAt && a.library == b.library && a.libraryType == b.libraryType &&
           a.position == b.position && a.city == b.city && a.state == b.state && a.country == b.country &&
           a.timeZone == b.timeZone && a.alscMember == b.alscMember && a.alscMemberId == b.alscMemberId &&
           a.alaMember == b.alaMember && a.membershipAttested == b.membershipAttested &&
           a.yearsExperience == b.yearsExperience && a.interests == b.interests && a.connection == b.connection &&
           a.careerStage == b.careerStage && a.contactMethods == b.contactMethods && a.languages == b.languages &&
           a.gender == b.gender && a.bipoc == b.bipoc && a.disability == b.disability &&
           a.useDemographics == b.useDemographics && a.mentorPreference == b.mentorPreference && a.avoid == b.avoid &&
           a.statement == b.statement && a.offer == b.offer && a.capacity == b.capacity && a.adult == b.adult &&
           a.guardianPermission == b.guardianPermission && a.eligibility == b.eligibility &&
           a.eligibilityReason == b.eligibilityReason;
}

bool sameContent(const Person &a, const Person &b)
{
    return a.id == b.id && a.firstName == b.firstName && a.lastName == b.lastName && a.email == b.email &&
           a.phone == b.phone;
}

// Why versions are checked by content here: several commands on the stack may touch the same
// application (an edit, then a status change), and each write bumps the version, so a version
// remembered by one command goes stale through another command's undo. What matters is whether
// the stored row still is what this command expects (`from`): if someone else changed it, that is
// a conflict; if not, `to` is written against the version just read, so a write slipping in
// between the read and the UPDATE is still caught by the store. Both copies get the new version.
Status replace(ApplicationStore &store, Application &from, Application &to, const QString &actor)
{
    auto current = store.load(from.id);
    if (!current)
        return Error{current.error()};
    if (!sameContent(current.value(), from))
        return store.applicationConflict(from.id, from.code);
    Application write = to;
    write.version = current->version;
    auto version = store.update(write, actor);
    if (!version)
        return Error{version.error()};
    from.version = to.version = version.value();
    return {};
}

Status replace(ApplicationStore &store, Person &from, Person &to, const QString &actor)
{
    auto current = store.loadPerson(from.id);
    if (!current)
        return Error{current.error()};
    if (!sameContent(current.value(), from))
        return store.personConflict(from.id, from.fullName());
    Person write = to;
    write.version = current->version;
    auto version = store.updatePerson(write, actor);
    if (!version)
        return Error{version.error()};
    from.version = to.version = version.value();
    return {};
}

using commands::fail;
using commands::inTransaction;
} // namespace

// --- EditApplicationCommand ---

EditApplicationCommand::EditApplicationCommand(ProgramDocument &document, Person personBefore, Application before,
                                               Person personAfter, Application after, const QString &fieldLabel)
    : m_document(document), m_personBefore(std::move(personBefore)), m_personAfter(std::move(personAfter)),
      m_before(std::move(before)), m_after(std::move(after)), m_field(fieldLabel)
{
    setText(tr("Edit %1 of %2").arg(fieldLabel, m_after.code));
}

void EditApplicationCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (!sameContent(m_personBefore, m_personAfter)) {
            if (Status s = replace(store, m_personBefore, m_personAfter, actor); !s)
                return s;
        }
        if (!sameContent(m_before, m_after)) {
            if (Status s = replace(store, m_before, m_after, actor); !s)
                return s;
        }
        return m_document.programStore().audit(actor, QStringLiteral("application.edit"), QStringLiteral("application"),
                                               m_after.id, m_after.code + QStringLiteral(": ") + m_field);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.applicationsChanged(m_after.cycleId);
}

void EditApplicationCommand::undo()
{
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (!sameContent(m_before, m_after)) {
            if (Status s = replace(store, m_after, m_before, actor); !s)
                return s;
        }
        if (!sameContent(m_personBefore, m_personAfter)) {
            if (Status s = replace(store, m_personAfter, m_personBefore, actor); !s)
                return s;
        }
        return m_document.programStore().audit(actor, QStringLiteral("application.edit.undo"),
                                               QStringLiteral("application"), m_before.id,
                                               m_before.code + QStringLiteral(": ") + m_field);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.applicationsChanged(m_before.cycleId);
}

int EditApplicationCommand::id() const
{
    return kEditApplicationId;
}

bool EditApplicationCommand::mergeWith(const QUndoCommand *other)
{
    // QUndoStack offers a command for merging after its redo() ran, even when that redo()
    // failed and marked it obsolete: such a command changed nothing and must not be merged.
    if (other->id() != id() || other->isObsolete() || isObsolete())
        return false;
    const auto *edit = static_cast<const EditApplicationCommand *>(other);
    if (&edit->m_document != &m_document || edit->m_after.id != m_after.id || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    m_personAfter = edit->m_personAfter;
    m_before.version = m_after.version;
    m_personBefore.version = m_personAfter.version;
    // Typed back to the original value: nothing left to undo, so the stack drops the command.
    if (sameContent(m_before, m_after) && sameContent(m_personBefore, m_personAfter))
        setObsolete(true);
    return true;
}

// --- ChangeStatusCommand ---

ChangeStatusCommand::ChangeStatusCommand(ProgramDocument &document, Application before, QString status, QString reason)
    : m_document(document), m_before(std::move(before)), m_status(std::move(status)),
      m_reason(std::move(reason).trimmed())
{
    setText(tr("Set %1 to %2").arg(m_before.code, StatusWorkflow::label(m_status)));
    const QString &from = m_before.status;
    if (from == m_status)
        m_refusal = tr("Application %1 is already %2.").arg(m_before.code, StatusWorkflow::label(m_status));
    else if (!StatusWorkflow::isAllowed(from, m_status))
        m_refusal = tr("Application %1 cannot go from %2 to %3.")
                        .arg(m_before.code, StatusWorkflow::label(from), StatusWorkflow::label(m_status));
    else if (StatusWorkflow::needsReason(from, m_status) && m_reason.isEmpty())
        m_refusal = StatusWorkflow::isOverride(from, m_status)
                        ? tr("Moving application %1 from %2 back or aside to %3 is a manual override and needs a "
                             "reason.")
                              .arg(m_before.code, StatusWorkflow::label(from), StatusWorkflow::label(m_status))
                        : tr("Setting application %1 to %2 needs a reason.")
                              .arg(m_before.code, StatusWorkflow::label(m_status));
    m_after = m_before;
    m_after.status = m_status;
    m_after.statusReason = m_reason;
    if (m_status == QLatin1String("eligible") || m_status == QLatin1String("ineligible")) {
        m_after.eligibility = m_status;
        m_after.eligibilityReason = m_reason;
    }
}

void ChangeStatusCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    if (!m_refusal.isEmpty())
        return fail(*this, m_document, first, m_refusal);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = replace(m_document.applicationStore(), m_before, m_after, actor); !s)
            return s;
        QString detail = m_after.code + QStringLiteral(": ") + m_before.status + QStringLiteral(" -> ") + m_status;
        if (!m_reason.isEmpty())
            detail += QStringLiteral(" (") + m_reason + QLatin1Char(')');
        return m_document.programStore().audit(actor, QStringLiteral("application.status"),
                                               QStringLiteral("application"), m_after.id, detail);
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.applicationsChanged(m_after.cycleId);
}

void ChangeStatusCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = replace(m_document.applicationStore(), m_after, m_before, actor); !s)
            return s;
        return m_document.programStore().audit(
            actor, QStringLiteral("application.status.undo"), QStringLiteral("application"), m_before.id,
            m_before.code + QStringLiteral(": ") + m_status + QStringLiteral(" -> ") + m_before.status);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.applicationsChanged(m_before.cycleId);
}

// --- NewApplicationCommand ---

NewApplicationCommand::NewApplicationCommand(ProgramDocument &document, Person person, Application application,
                                             bool newPerson)
    : m_document(document), m_person(std::move(person)), m_application(std::move(application)), m_newPerson(newPerson)
{
    if (m_newPerson && m_person.id.isEmpty())
        m_person.id = newId();
    if (m_application.id.isEmpty())
        m_application.id = newId();
    m_application.personId = m_person.id;
    if (!m_application.submittedAt.isValid())
        m_application.submittedAt = QDateTime::currentDateTimeUtc();
    // Stored with whole seconds: keep the copy equal to what load() will read back.
    m_application.submittedAt = QDateTime::fromSecsSinceEpoch(m_application.submittedAt.toSecsSinceEpoch(), Qt::UTC);
    setText(tr("New Application from %1").arg(m_person.fullName()));
}

void NewApplicationCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (first) {
            if (m_application.source != QLatin1String("email") && m_application.source != QLatin1String("paper"))
                return Error{tr("A new application comes by email or on paper.")};
            if (m_application.role != QLatin1String("mentor") && m_application.role != QLatin1String("mentee"))
                return Error{tr("Choose whether %1 applies as a mentor or as a mentee.").arg(m_person.fullName())};
            if (m_person.id.isEmpty())
                return Error{tr("Choose the person the application belongs to.")};
            if (m_application.code.isEmpty()) {
                auto code = store.nextCode(m_application.cycleId, m_application.role);
                if (!code)
                    return Error{code.error()};
                m_application.code = code.value();
            }
            auto rules = Eligibility::load(m_document.programStore(), m_application.cycleId, m_application.role);
            if (!rules)
                return Error{rules.error()};
            const EligibilityVerdict verdict = Eligibility::evaluate(m_application, rules.value());
            m_application.eligibility = verdict.eligible ? QStringLiteral("eligible") : QStringLiteral("ineligible");
            m_application.eligibilityReason = verdict.eligible ? QString() : verdict.text();
            setText(tr("New Application %1 from %2").arg(m_application.code, m_person.fullName()));
        }
        const QString now = nowTimestamp();
        auto existing = store.loadPerson(m_person.id);
        if (!existing) {
            if (!m_newPerson)
                return Error{existing.error()};
            if (Status s = store.insertPerson(m_person, now, actor); !s)
                return s;
            m_person.version = 1;
        }
        if (Status s = store.insertApplication(m_application, now, actor); !s)
            return s;
        m_application.version = 1;
        return m_document.programStore().audit(
            actor, QStringLiteral("application.create"), QStringLiteral("application"), m_application.id,
            m_application.code + QStringLiteral(" (") + m_application.source + QLatin1Char(')'));
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.applicationsChanged(m_application.cycleId);
}

void NewApplicationCommand::undo()
{
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        // Someone else's later edit would be lost with the row: that is a conflict.
        auto current = store.load(m_application.id);
        if (!current)
            return Error{current.error()};
        if (!sameContent(current.value(), m_application))
            return store.applicationConflict(m_application.id, m_application.code);
        if (m_newPerson) {
            auto person = store.loadPerson(m_person.id);
            if (!person)
                return Error{person.error()};
            if (!sameContent(person.value(), m_person))
                return store.personConflict(m_person.id, m_person.fullName());
        }
        if (Status s = store.remove(m_application.id); !s)
            return s;
        return m_document.programStore().audit(actor, QStringLiteral("application.create.undo"),
                                               QStringLiteral("application"), m_application.id, m_application.code);
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.applicationsChanged(m_application.cycleId);
}

// --- MergePeopleCommand ---

MergePeopleCommand::MergePeopleCommand(ProgramDocument &document, Person kept, Person removed)
    : m_document(document), m_kept(std::move(kept)), m_removed(std::move(removed))
{
    setText(tr("Merge %1 into %2").arg(m_removed.fullName(), m_kept.fullName()));
}

void MergePeopleCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (m_kept.id == m_removed.id)
            return Error{tr("A person cannot be merged with themselves.")};
        for (const Person *person : {&m_kept, &m_removed}) {
            auto current = store.loadPerson(person->id);
            if (!current)
                return Error{current.error()};
            if (!sameContent(current.value(), *person))
                return store.personConflict(person->id, person->fullName());
        }
        auto history = store.history(m_removed.id);
        if (!history)
            return Error{history.error()};
        auto conflicts = store.conflictsOf(m_removed.id);
        if (!conflicts)
            return Error{conflicts.error()};
        m_movedApplicationIds.clear();
        m_cycleIds.clear();
        for (const PersonHistoryEntry &entry : history.value()) {
            m_movedApplicationIds.append(entry.applicationId);
            if (!m_cycleIds.contains(entry.cycleId))
                m_cycleIds.append(entry.cycleId);
        }
        m_conflicts = conflicts.value();
        if (Status s = store.mergePeople(m_kept.id, m_removed.id, actor); !s)
            return s;
        return m_document.programStore().audit(actor, QStringLiteral("person.merge"), QStringLiteral("person"),
                                               m_kept.id, m_removed.id + QLatin1Char(' ') + m_removed.fullName());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    for (const QString &cycleId : std::as_const(m_cycleIds))
        emit m_document.applicationsChanged(cycleId);
}

void MergePeopleCommand::undo()
{
    ApplicationStore &store = m_document.applicationStore();
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = store.unmergePeople(m_removed, m_kept.id, m_movedApplicationIds, m_conflicts, actor); !s)
            return s;
        return m_document.programStore().audit(actor, QStringLiteral("person.merge.undo"), QStringLiteral("person"),
                                               m_removed.id, m_removed.fullName());
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    for (const QString &cycleId : std::as_const(m_cycleIds))
        emit m_document.applicationsChanged(cycleId);
}

} // namespace cohort
