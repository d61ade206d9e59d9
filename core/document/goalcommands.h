#pragma once

#include "domain/match.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace cohort {

class ProgramDocument;

// Timeline › Edit Goal Sheet: writes a match's goal sheet (inserted when the match has none; its
// due and submitted dates updated otherwise) and its goals (new ones inserted, changed ones
// updated, dropped ones removed) as one step. Undo writes the state before back: the sheet and
// goals it inserted are removed, the ones it removed are put back with their ids, the changed
// ones are updated back. Every write is version-checked; the versions the writes produce are
// tracked, so a later undo or redo checks against them. Emits matchesChanged(cycleId).
class SetGoalSheetCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetGoalSheetCommand)

public:
    SetGoalSheetCommand(ProgramDocument &document, QString cycleId, QString matchId,
                        std::optional<GoalSheet> sheetBefore, QList<Goal> goalsBefore,
                        std::optional<GoalSheet> sheetAfter, QList<Goal> goalsAfter, const QString &text,
                        QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct State
    {
        std::optional<GoalSheet> sheet;
        QList<Goal> goals;
    };
    Status apply(const State &from, State &to, bool insertFresh);
    void run(bool forward);

    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_matchId;
    State m_before;
    State m_after;
    bool m_first = true;
};

// Timeline › orientation attendance: whether one participant (an application) attended the
// orientation session on sessionOn. Undo writes the previous value back, or removes the row the
// command created. Emits matchesChanged(cycleId).
class SetAttendanceCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cohort::SetAttendanceCommand)

public:
    SetAttendanceCommand(ProgramDocument &document, QString cycleId, QString applicationId, QDate sessionOn,
                         bool attended, std::optional<OrientationAttendance> previous, const QString &text,
                         QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    ProgramDocument &m_document;
    QString m_cycleId;
    QString m_applicationId;
    QDate m_sessionOn;
    bool m_attended;
    std::optional<OrientationAttendance> m_previous;
    bool m_first = true;
};

} // namespace cohort
