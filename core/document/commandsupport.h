#pragma once

#include "db/database.h"
#include "document/programdocument.h"
#include "result.h"
#include "store/reviewstore.h"

#include <QString>
#include <QUndoCommand>

#include <optional>
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

// Whether two score cells hold the same (either may be absent: no row).
inline bool sameCell(const std::optional<Score> &a, const std::optional<Score> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->value == b->value && a->notApplicable == b->notApplicable;
}

// Writes `to` over the stored cell `current` (either may be empty: no row); `to` gets the
// version written.
inline Status writeCell(ReviewStore &store, const std::optional<Score> &current, std::optional<Score> &to,
                        const QString &assignmentId, const QString &criterionId, const QString &actor)
{
    if (!to) {
        if (current)
            return store.removeScore(assignmentId, criterionId, current->version);
        return {};
    }
    auto version = store.upsertScore(*to, current ? current->version : 0, actor);
    if (!version)
        return Error{version.error()};
    to->version = version.value();
    return {};
}

} // namespace cohort::commands
