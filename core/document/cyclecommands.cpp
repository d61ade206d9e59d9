#include "document/cyclecommands.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "store/programstore.h"
#include "store/timelinestore.h"

#include <QHash>

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;

namespace {
bool samePhase(const Phase &a, const Phase &b)
{
    return a.name == b.name && a.kind == b.kind && a.startsOn == b.startsOn && a.endsOn == b.endsOn &&
           a.deadline == b.deadline && a.sortOrder == b.sortOrder && a.cycleId == b.cycleId;
}
} // namespace

// ---- NewCycleCommand ---------------------------------------------------------------------------

NewCycleCommand::NewCycleCommand(ProgramDocument &document, Cycle cycle, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycle(std::move(cycle))
{
    setText(tr("New Cycle %1").arg(m_cycle.name));
}

void NewCycleCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    // An undo that was refused left the cycle in place: redoing it has nothing to write.
    if (std::exchange(m_undoRefused, false)) {
        emit m_document.cyclesChanged();
        return;
    }
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = TimelineStore(m_document.database()).insertCycle(m_cycle, actor); !s)
            return s;
        return ProgramStore(m_document.database())
            .audit(actor, QStringLiteral("cycle.create"), QStringLiteral("cycle"), m_cycle.id, text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.cyclesChanged();
}

void NewCycleCommand::undo()
{
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = TimelineStore(m_document.database()).removeCycle(m_cycle.id, m_cycle.version); !s)
            return s;
        return ProgramStore(m_document.database())
            .audit(actor, QStringLiteral("cycle.create.undo"), QStringLiteral("cycle"), m_cycle.id, text());
    });
    if (!status) {
        m_undoRefused = true;
        return fail(*this, m_document, false, tr("%1 cannot be undone: %2").arg(text(), status.error()));
    }
    emit m_document.cyclesChanged();
}

// ---- SetPhasesCommand --------------------------------------------------------------------------

SetPhasesCommand::SetPhasesCommand(ProgramDocument &document, QString cycleId, const QList<Phase> &before,
                                   const QList<Phase> &after, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_cycleId(std::move(cycleId))
{
    QHash<QString, qsizetype> afterIndex;
    for (qsizetype i = 0; i < after.size(); ++i)
        afterIndex.insert(after.at(i).id, i);
    QHash<QString, qsizetype> beforeIndex;
    for (qsizetype i = 0; i < before.size(); ++i)
        beforeIndex.insert(before.at(i).id, i);
    // Removals first, then updates, then inserts (undone in reverse).
    for (const Phase &phase : before) {
        if (!afterIndex.contains(phase.id))
            m_changes.append({phase, std::nullopt});
    }
    for (const Phase &phase : after) {
        const auto it = beforeIndex.constFind(phase.id);
        if (it != beforeIndex.constEnd() && !samePhase(before.at(*it), phase)) {
            Phase updated = phase;
            updated.version = before.at(*it).version;
            m_changes.append({before.at(*it), updated});
        }
    }
    for (const Phase &phase : after) {
        if (!beforeIndex.contains(phase.id))
            m_changes.append({std::nullopt, phase});
    }
    setText(tr("Edit Phases"));
}

bool SetPhasesCommand::differ(const QList<Phase> &before, const QList<Phase> &after)
{
    if (before.size() != after.size())
        return true;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before.at(i).id != after.at(i).id || !samePhase(before.at(i), after.at(i)))
            return true;
    }
    return false;
}

Status SetPhasesCommand::apply(bool forward)
{
    TimelineStore store(m_document.database());
    const QString actor = ProgramDocument::actor();
    const qsizetype n = m_changes.size();
    for (qsizetype k = 0; k < n; ++k) {
        Change &change = m_changes[forward ? k : n - 1 - k];
        const std::optional<Phase> &from = forward ? change.before : change.after;
        std::optional<Phase> &to = forward ? change.after : change.before;
        if (!from && to) {
            // A new phase is inserted; a removed one comes back as it was.
            if (Status s = forward ? store.insertPhase(*to, actor) : store.restorePhase(*to, actor); !s)
                return s;
        } else if (from && !to) {
            if (Status s = store.removePhase(from->id, from->version); !s)
                return s;
        } else if (from && to) {
            auto version = store.updatePhase(*to, from->version, actor);
            if (!version)
                return Error{version.error()};
            to->version = version.value();
        }
    }
    return ProgramStore(m_document.database())
        .audit(actor, forward ? QStringLiteral("cycle.phases") : QStringLiteral("cycle.phases.undo"),
               QStringLiteral("cycle"), m_cycleId, text());
}

void SetPhasesCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const QList<Change> before = m_changes;
    if (Status s = inTransaction(m_document, [&] { return apply(true); }); !s) {
        m_changes = before;
        return fail(*this, m_document, first, s.error());
    }
    emit m_document.cyclesChanged();
}

void SetPhasesCommand::undo()
{
    const QList<Change> before = m_changes;
    if (Status s = inTransaction(m_document, [&] { return apply(false); }); !s) {
        m_changes = before;
        return fail(*this, m_document, false, s.error());
    }
    emit m_document.cyclesChanged();
}

// ---- SetCadenceSettingsCommand -----------------------------------------------------------------

SetCadenceSettingsCommand::SetCadenceSettingsCommand(ProgramDocument &document, QString cycleId, CadenceSettings before,
                                                     CadenceSettings after, QUndoCommand *parent)
    : QUndoCommand(tr("Change Cycle Settings"), parent), m_document(document), m_cycleId(std::move(cycleId)),
      m_before(std::move(before)), m_after(std::move(after))
{}

void SetCadenceSettingsCommand::write(const CadenceSettings &expected, const CadenceSettings &settings, bool forward)
{
    const bool first = std::exchange(m_first, false);
    const QString actor = ProgramDocument::actor();
    const Status status = inTransaction(m_document, [&]() -> Status {
        TimelineStore store(m_document.database());
        auto stored = store.loadSettings(m_cycleId);
        if (!stored)
            return Error{stored.error()};
        if (!(stored.value() == expected))
            return Error{tr("Someone else changed this cycle's settings meanwhile; open Cycle Settings again to "
                            "see them.")};
        if (Status s = store.saveSettings(m_cycleId, settings, actor); !s)
            return s;
        return ProgramStore(m_document.database())
            .audit(actor, forward ? QStringLiteral("cycle.settings") : QStringLiteral("cycle.settings.undo"),
                   QStringLiteral("cycle"), m_cycleId, text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.cyclesChanged();
    emit m_document.matchesChanged(m_cycleId);
}

void SetCadenceSettingsCommand::redo()
{
    write(m_before, m_after, true);
}

void SetCadenceSettingsCommand::undo()
{
    write(m_after, m_before, false);
}

} // namespace cohort
