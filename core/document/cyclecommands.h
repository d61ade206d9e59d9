#pragma once

#include "domain/cycle.h"
#include "result.h"
#include "timeline/cadence.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace cohort {

class ProgramDocument;

// The Cycle menu's changes. Each command writes through TimelineStore in one transaction with
// one audit entry and emits ProgramDocument::cyclesChanged(); on failure (a version conflict, a
// refusal, a read-only file) it calls ProgramDocument::reportFailure() and, in its first redo(),
// marks itself obsolete. Push them with ProgramDocument::execute().

// Cycle › New Cycle: a cycle with its phases. Undo removes it again, which is refused (in words)
// once applications have come into it.
class NewCycleCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::NewCycleCommand)

public:
    NewCycleCommand(ProgramDocument &document, Cycle cycle, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    const Cycle &cycle() const { return m_cycle; }

private:
    ProgramDocument &m_document;
    Cycle m_cycle;
    bool m_first = true;
    bool m_undoRefused = false; // the last undo was refused: the cycle is still there
};

// Cycle › Edit Phases: the phase list of a cycle before and after the edit, as one step. Phases
// are matched by id: new ids are inserted, missing ones removed, changed ones updated. Each
// write is version-checked, so a phase someone else changed meanwhile refuses the whole step.
class SetPhasesCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetPhasesCommand)

public:
    SetPhasesCommand(ProgramDocument &document, QString cycleId, const QList<Phase> &before, const QList<Phase> &after,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

    // Whether the two lists differ in anything stored (names, kinds, dates, order, membership).
    static bool differ(const QList<Phase> &before, const QList<Phase> &after);

private:
    // One phase row before and after: none before is a new phase, none after a removed one.
    struct Change
    {
        std::optional<Phase> before;
        std::optional<Phase> after;
    };
    Status apply(bool forward);

    ProgramDocument &m_document;
    QString m_cycleId;
    QList<Change> m_changes;
    bool m_first = true;
};

// Cycle › Cycle Settings: the contact cadence, the quiet threshold, the goal-sheet due days and
// the orientation dates of a cycle. Emits cyclesChanged() and matchesChanged(cycleId) (the
// engagement views read the cadence). Refused when the stored settings are no longer the ones
// the step started from (someone else changed them meanwhile).
class SetCadenceSettingsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetCadenceSettingsCommand)

public:
    SetCadenceSettingsCommand(ProgramDocument &document, QString cycleId, CadenceSettings before, CadenceSettings after,
                              QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    void write(const CadenceSettings &expected, const CadenceSettings &settings, bool forward);

    ProgramDocument &m_document;
    QString m_cycleId;
    CadenceSettings m_before;
    CadenceSettings m_after;
    bool m_first = true;
};

} // namespace cohort
