#include "document/lettercommands.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "store/programstore.h"

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;

// ---- SaveLetterTemplateCommand -----------------------------------------------------------------

SaveLetterTemplateCommand::SaveLetterTemplateCommand(ProgramDocument &document, LetterTemplateRow before,
                                                     LetterTemplateRow after, int session, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before)), m_after(std::move(after)),
      m_session(session), m_storedVersion(m_before.builtIn ? 0 : m_before.version)
{
    setText(tr("Edit Letter Template"));
}

void SaveLetterTemplateCommand::write(const LetterTemplateRow &row)
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const int expected = m_storedVersion;
    const Status status = inTransaction(m_document, [&]() -> Status {
        LetterStore store(m_document.database());
        if (Status s = store.saveTemplate(row, expected, actor); !s)
            return s;
        return ProgramStore(m_document.database())
            .audit(actor, QStringLiteral("letters.template"), QStringLiteral("letter_template"),
                   row.kind + QLatin1Char('/') + row.language, text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    m_storedVersion = expected + 1;
    emit m_document.lettersChanged();
}

void SaveLetterTemplateCommand::redo()
{
    write(m_after);
}

void SaveLetterTemplateCommand::undo()
{
    write(m_before);
}

int SaveLetterTemplateCommand::id() const
{
    return 0x4c54; // "LT"
}

bool SaveLetterTemplateCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SaveLetterTemplateCommand *>(other);
    if (next->m_session != m_session || next->m_after.kind != m_after.kind ||
        next->m_after.language != m_after.language)
        return false;
    m_after = next->m_after;
    m_storedVersion = next->m_storedVersion;
    return true;
}

// ---- SetLetterheadCommand ----------------------------------------------------------------------

SetLetterheadCommand::SetLetterheadCommand(ProgramDocument &document, LetterheadSettings before,
                                           LetterheadSettings after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("Change Letterhead"));
}

void SetLetterheadCommand::write(const LetterheadSettings &expected, const LetterheadSettings &settings, bool forward)
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        LetterStore store(m_document.database());
        auto stored = store.loadLetterhead();
        if (!stored)
            return Error{stored.error()};
        if (!(stored.value() == expected))
            return Error{tr("Someone else changed the letterhead meanwhile; open Letterhead again to see it.")};
        if (Status s = store.saveLetterhead(settings, actor); !s)
            return s;
        return ProgramStore(m_document.database())
            .audit(actor, forward ? QStringLiteral("letters.letterhead") : QStringLiteral("letters.letterhead.undo"),
                   QStringLiteral("program"), QString(), text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.lettersChanged();
}

void SetLetterheadCommand::redo()
{
    write(m_before, m_after, true);
}

void SetLetterheadCommand::undo()
{
    write(m_after, m_before, false);
}

} // namespace cohort
