#include "document/renameprogramcommand.h"

#include "document/programdocument.h"

namespace cohort {

RenameProgramCommand::RenameProgramCommand(ProgramDocument &document, QString newName)
    : m_document(document), m_oldName(document.program().name), m_newName(std::move(newName))
{
    setText(tr("Rename Program"));
}

void RenameProgramCommand::redo()
{
    const Status status = m_document.applyProgramName(m_newName);
    m_lastError = status.error();
    if (!status)
        setObsolete(true);
}

void RenameProgramCommand::undo()
{
    const Status status = m_document.applyProgramName(m_oldName);
    m_lastError = status.error();
}

} // namespace cohort
