#include "document/matchcommands.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "store/matchingstore.h"
#include "store/programstore.h"

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;

MatchChangesCommand::MatchChangesCommand(ProgramDocument &document, QString cycleId, const QString &text,
                                         QString auditAction, QList<MatchChange> changes, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_cycleId(std::move(cycleId)),
      m_auditAction(std::move(auditAction)), m_changes(std::move(changes))
{}

Status MatchChangesCommand::apply(bool forward)
{
    MatchingStore store(m_document.database());
    const QString actor = ProgramDocument::actor();
    const qsizetype n = m_changes.size();
    // Forward in order (removals before the inserts that reuse a mentee), back in reverse.
    for (qsizetype k = 0; k < n; ++k) {
        MatchChange &change = m_changes[forward ? k : n - 1 - k];
        const std::optional<Match> &from = forward ? change.before : change.after;
        std::optional<Match> &to = forward ? change.after : change.before;
        if (!from && to) {
            if (Status s = store.restoreMatch(*to, actor); !s)
                return s;
        } else if (from && !to) {
            if (Status s = store.removeMatch(from->id, from->version); !s)
                return s;
        } else if (from && to) {
            auto version = store.updateMatch(*to, from->version, actor);
            if (!version)
                return Error{version.error()};
            to->version = version.value();
        }
    }
    ProgramStore program(m_document.database());
    return program.audit(actor, forward ? m_auditAction : m_auditAction + QStringLiteral(".undo"),
                         QStringLiteral("cycle"), m_cycleId, text());
}

void MatchChangesCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QList<MatchChange> before = m_changes;
    if (Status s = inTransaction(m_document, [&] { return apply(true); }); !s) {
        m_changes = before;
        return fail(*this, m_document, first, s.error());
    }
    emit m_document.matchesChanged(m_cycleId);
}

void MatchChangesCommand::undo()
{
    const QList<MatchChange> before = m_changes;
    if (Status s = inTransaction(m_document, [&] { return apply(false); }); !s) {
        m_changes = before;
        return fail(*this, m_document, false, s.error());
    }
    emit m_document.matchesChanged(m_cycleId);
}

namespace MatchCommands {

QUndoCommand *create(ProgramDocument &document, const QString &cycleId, const QString &menteeApplicationId,
                     const QString &mentorApplicationId, std::optional<double> score, const QString &menteeName,
                     const QString &mentorName)
{
    Match match;
    match.id = newId();
    match.cycleId = cycleId;
    match.menteeApplicationId = menteeApplicationId;
    match.mentorApplicationId = mentorApplicationId;
    match.score = score;
    return new MatchChangesCommand(document, cycleId,
                                   MatchChangesCommand::tr("Match %1 with %2").arg(menteeName, mentorName),
                                   QStringLiteral("match.create"), {MatchChange{std::nullopt, match}});
}

QUndoCommand *remove(ProgramDocument &document, const Match &match, const QString &menteeName)
{
    return new MatchChangesCommand(document, match.cycleId, MatchChangesCommand::tr("Unmatch %1").arg(menteeName),
                                   QStringLiteral("match.remove"), {MatchChange{match, std::nullopt}});
}

QUndoCommand *move(ProgramDocument &document, const Match &match, const QString &mentorApplicationId,
                   std::optional<double> score, const QString &menteeName, const QString &mentorName)
{
    Match after = match;
    after.mentorApplicationId = mentorApplicationId;
    after.score = score;
    after.source = QStringLiteral("manual");
    return new MatchChangesCommand(document, match.cycleId,
                                   MatchChangesCommand::tr("Move %1 to %2").arg(menteeName, mentorName),
                                   QStringLiteral("match.move"), {MatchChange{match, after}});
}

QUndoCommand *setLocked(ProgramDocument &document, const QString &cycleId, const QList<Match> &matches, bool locked)
{
    QList<MatchChange> changes;
    for (const Match &match : matches) {
        if (match.locked == locked)
            continue;
        Match after = match;
        after.locked = locked;
        changes.append({match, after});
    }
    const int n = int(changes.size());
    return new MatchChangesCommand(document, cycleId,
                                   locked ? MatchChangesCommand::tr("Lock %n Match(es)", nullptr, n)
                                          : MatchChangesCommand::tr("Unlock %n Match(es)", nullptr, n),
                                   locked ? QStringLiteral("match.lock") : QStringLiteral("match.unlock"), changes);
}

QUndoCommand *publish(ProgramDocument &document, const QString &cycleId, const QList<Match> &drafts, const QDate &on)
{
    QList<MatchChange> changes;
    for (const Match &match : drafts) {
        if (match.status != QLatin1String("draft"))
            continue;
        Match after = match;
        after.status = QStringLiteral("published");
        after.publishedOn = on;
        changes.append({match, after});
    }
    return new MatchChangesCommand(document, cycleId,
                                   MatchChangesCommand::tr("Publish %n Match(es)", nullptr, int(changes.size())),
                                   QStringLiteral("match.publish"), changes);
}

QUndoCommand *applyProposal(ProgramDocument &document, const QString &cycleId, const QList<Match> &replaced,
                            const QList<Match> &proposed)
{
    QList<MatchChange> changes;
    for (const Match &match : replaced)
        changes.append({match, std::nullopt});
    for (const Match &match : proposed)
        changes.append({std::nullopt, match});
    return new MatchChangesCommand(document, cycleId,
                                   MatchChangesCommand::tr("Auto-Match %n Mentee(s)", nullptr, int(proposed.size())),
                                   QStringLiteral("match.auto"), changes);
}

} // namespace MatchCommands

SetMatchingSettingsCommand::SetMatchingSettingsCommand(ProgramDocument &document, QString cycleId,
                                                       MatchingSettings before, MatchingSettings after,
                                                       QUndoCommand *parent)
    : QUndoCommand(tr("Change Matching Settings"), parent), m_document(document), m_cycleId(std::move(cycleId)),
      m_before(std::move(before)), m_after(std::move(after))
{}

void SetMatchingSettingsCommand::write(const MatchingSettings &settings)
{
    const bool first = std::exchange(m_first, false);
    MatchingStore store(m_document.database());
    const Status status =
        inTransaction(m_document, [&] { return store.saveSettings(m_cycleId, settings, ProgramDocument::actor()); });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

void SetMatchingSettingsCommand::redo()
{
    write(m_after);
}

void SetMatchingSettingsCommand::undo()
{
    write(m_before);
}

} // namespace cohort
