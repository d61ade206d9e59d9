#include "document/engagementcommands.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "store/programstore.h"
#include "store/timelinestore.h"

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;

namespace {
Status audit(ProgramDocument &document, const QString &action, const QString &matchId, const QString &detail)
{
    return ProgramStore(document.database())
        .audit(ProgramDocument::actor(), action, QStringLiteral("match"), matchId, detail);
}
} // namespace

AddContactsCommand::AddContactsCommand(ProgramDocument &document, QString cycleId, QList<ContactEntry> entries,
                                       const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_cycleId(std::move(cycleId)), m_entries(std::move(entries))
{}

void AddContactsCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const Status status = inTransaction(m_document, [&]() -> Status {
        TimelineStore store(m_document.database());
        for (const ContactEntry &entry : std::as_const(m_entries)) {
            if (Status s = first ? store.insertContact(entry, ProgramDocument::actor())
                                 : store.restoreContact(entry, ProgramDocument::actor());
                !s)
                return s;
        }
        return audit(m_document, QStringLiteral("contact.add"),
                     m_entries.size() == 1 ? m_entries.first().matchId : QString(), text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

void AddContactsCommand::undo()
{
    const Status status = inTransaction(m_document, [&]() -> Status {
        TimelineStore store(m_document.database());
        for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
            if (Status s = store.removeContact(it->id, it->version); !s)
                return s;
        }
        return audit(m_document, QStringLiteral("contact.add.undo"),
                     m_entries.size() == 1 ? m_entries.first().matchId : QString(), text());
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

RemoveContactCommand::RemoveContactCommand(ProgramDocument &document, QString cycleId, ContactEntry entry,
                                           const QString &pairName, QUndoCommand *parent)
    : QUndoCommand(tr("Remove Contact of %1").arg(pairName), parent), m_document(document),
      m_cycleId(std::move(cycleId)), m_entry(std::move(entry))
{}

void RemoveContactCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = TimelineStore(m_document.database()).removeContact(m_entry.id, m_entry.version); !s)
            return s;
        return audit(m_document, QStringLiteral("contact.remove"), m_entry.matchId, text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

void RemoveContactCommand::undo()
{
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = TimelineStore(m_document.database()).restoreContact(m_entry, ProgramDocument::actor()); !s)
            return s;
        return audit(m_document, QStringLiteral("contact.remove.undo"), m_entry.matchId, text());
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

SetLiaisonCommand::SetLiaisonCommand(ProgramDocument &document, Match match, QString reviewerId, const QString &text,
                                     QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_match(std::move(match)), m_before(m_match.liaisonReviewerId),
      m_after(std::move(reviewerId))
{}

void SetLiaisonCommand::write(const QString &reviewerId)
{
    const bool first = std::exchange(m_first, false);
    int written = 0;
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto version = TimelineStore(m_document.database())
                           .setLiaison(m_match.id, reviewerId, m_match.version, ProgramDocument::actor());
        if (!version)
            return Error{version.error()};
        written = version.value();
        return audit(m_document, QStringLiteral("match.liaison"), m_match.id, text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_match.version = written;
    m_match.liaisonReviewerId = reviewerId;
    emit m_document.matchesChanged(m_match.cycleId);
}

void SetLiaisonCommand::redo()
{
    write(m_after);
}

void SetLiaisonCommand::undo()
{
    write(m_before);
}

} // namespace cohort
