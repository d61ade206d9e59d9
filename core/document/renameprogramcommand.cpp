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
    if (const Status status = m_document.applyProgramName(m_newName); !status) {
        setObsolete(true);
        m_document.reportFailure(status.error());
    }
}

void RenameProgramCommand::undo()
{
    if (const Status status = m_document.applyProgramName(m_oldName); !status)
        m_document.reportFailure(status.error());
}

} // namespace cohort
