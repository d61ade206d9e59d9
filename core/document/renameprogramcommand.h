#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

namespace cohort {

class ProgramDocument;

// Renames the program. The document outlives the command (the stack is the document's child),
// so a plain reference is safe. If the store refuses (a conflict, a read-only file), the command
// reports it through the document and marks itself obsolete so the stack drops it.
class RenameProgramCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::RenameProgramCommand)

public:
    RenameProgramCommand(ProgramDocument &document, QString newName);

    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_oldName;
    QString m_newName;
};

} // namespace cohort
