#pragma once

#include "db/database.h"
#include "document/programdocument.h"
#include "result.h"

#include <QString>
#include <QUndoCommand>

#include <utility>

// What every undoable command of core/document does the same way. Internal to the commands'
// .cpp files.
namespace cohort::commands {

// A failed first redo() drops the command (the stack deletes an obsolete command); a failed
// later redo() or undo() leaves the stack as it is and says why.
inline void fail(QUndoCommand &command, ProgramDocument &document, bool first, const QString &message)
{
    if (first)
        command.setObsolete(true);
    document.reportFailure(message);
}

// Runs `work` in one transaction (the audit entry is part of the work): all of it or nothing.
template <typename Work> Status inTransaction(ProgramDocument &document, Work &&work)
{
    Transaction transaction(document.database());
    if (!transaction.started())
        return transaction.started();
    if (Status s = std::forward<Work>(work)(); !s)
        return s;
    return transaction.commit();
}

} // namespace cohort::commands
