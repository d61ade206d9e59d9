#include "document/goalcommands.h"

#include "document/commandsupport.h"
#include "document/programdocument.h"
#include "store/programstore.h"
#include "store/timelinestore.h"

#include <utility>

namespace cohort {

using commands::fail;
using commands::inTransaction;

namespace {
Status audit(ProgramDocument &document, const QString &action, const QString &entity, const QString &id,
             const QString &detail)
{
    return ProgramStore(document.database()).audit(ProgramDocument::actor(), action, entity, id, detail);
}

bool sameGoal(const Goal &a, const Goal &b)
{
    return a.id == b.id && a.goalSheetId == b.goalSheetId && a.objective == b.objective && a.title == b.title &&
           a.specific == b.specific && a.measurable == b.measurable && a.achievable == b.achievable &&
           a.relevant == b.relevant && a.timeBound == b.timeBound && a.sortOrder == b.sortOrder;
}

const Goal *findGoal(const QList<Goal> &goals, const QString &id)
{
    for (const Goal &goal : goals)
        if (goal.id == id)
            return &goal;
    return nullptr;
}
} // namespace

SetGoalSheetCommand::SetGoalSheetCommand(ProgramDocument &document, QString cycleId, QString matchId,
                                         std::optional<GoalSheet> sheetBefore, QList<Goal> goalsBefore,
                                         std::optional<GoalSheet> sheetAfter, QList<Goal> goalsAfter,
                                         const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_cycleId(std::move(cycleId)), m_matchId(std::move(matchId)),
      m_before{std::move(sheetBefore), std::move(goalsBefore)}, m_after{std::move(sheetAfter), std::move(goalsAfter)}
{
    // What is new is stored as version 1.
    if (m_after.sheet && !m_before.sheet)
        m_after.sheet->version = 1;
    for (Goal &goal : m_after.goals)
        if (!findGoal(m_before.goals, goal.id))
            goal.version = 1;
}

// Writes `to` over the stored `from`; `to` gets the versions written. insertFresh: new rows go
// through the checked inserts (the first redo), otherwise they are put back as they were.
Status SetGoalSheetCommand::apply(const State &from, State &to, bool insertFresh)
{
    TimelineStore store(m_document.database());
    const QString actor = ProgramDocument::actor();
    // Dropped goals first (a sheet holds at most three).
    for (const Goal &goal : from.goals) {
        if (!findGoal(to.goals, goal.id)) {
            if (Status s = store.removeGoal(goal.id, goal.version); !s)
                return s;
        }
    }
    if (to.sheet && !from.sheet) {
        if (Status s = insertFresh ? store.insertGoalSheet(*to.sheet, actor) : store.restoreGoalSheet(*to.sheet, actor);
            !s)
            return s;
    } else if (to.sheet && from.sheet) {
        if (to.sheet->dueOn != from.sheet->dueOn || to.sheet->submittedOn != from.sheet->submittedOn) {
            auto version = store.updateGoalSheet(*to.sheet, from.sheet->version, actor);
            if (!version)
                return Error{version.error()};
            to.sheet->version = version.value();
        } else {
            to.sheet->version = from.sheet->version;
        }
    }
    for (Goal &goal : to.goals) {
        const Goal *stored = findGoal(from.goals, goal.id);
        if (!stored) {
            if (Status s = insertFresh ? store.insertGoal(goal, actor) : store.restoreGoal(goal, actor); !s)
                return s;
        } else if (!sameGoal(*stored, goal)) {
            auto version = store.updateGoal(goal, stored->version, actor);
            if (!version)
                return Error{version.error()};
            goal.version = version.value();
        } else {
            goal.version = stored->version;
        }
    }
    if (from.sheet && !to.sheet) {
        if (Status s = store.removeGoalSheet(from.sheet->id, from.sheet->version); !s)
            return s;
    }
    return {};
}

void SetGoalSheetCommand::run(bool forward)
{
    const bool first = forward && std::exchange(m_first, false);
    const State before = m_before;
    const State after = m_after;
    const Status status = inTransaction(m_document, [&]() -> Status {
        if (Status s = forward ? apply(m_before, m_after, first) : apply(m_after, m_before, false); !s)
            return s;
        return audit(m_document, forward ? QStringLiteral("goalsheet.set") : QStringLiteral("goalsheet.set.undo"),
                     QStringLiteral("match"), m_matchId, text());
    });
    if (!status) {
        m_before = before;
        m_after = after;
        return fail(*this, m_document, first, status.error());
    }
    emit m_document.matchesChanged(m_cycleId);
}

void SetGoalSheetCommand::redo()
{
    run(true);
}

void SetGoalSheetCommand::undo()
{
    run(false);
}

SetAttendanceCommand::SetAttendanceCommand(ProgramDocument &document, QString cycleId, QString applicationId,
                                           QDate sessionOn, bool attended,
                                           std::optional<OrientationAttendance> previous, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent), m_document(document), m_cycleId(std::move(cycleId)),
      m_applicationId(std::move(applicationId)), m_sessionOn(sessionOn), m_attended(attended),
      m_previous(std::move(previous))
{}

void SetAttendanceCommand::redo()
{
    const bool first = std::exchange(m_first, false);
    const Status status = inTransaction(m_document, [&]() -> Status {
        auto version = TimelineStore(m_document.database())
                           .setAttendance(m_applicationId, m_sessionOn, m_attended, ProgramDocument::actor());
        if (!version)
            return Error{version.error()};
        return audit(m_document, QStringLiteral("attendance.set"), QStringLiteral("application"), m_applicationId,
                     text());
    });
    if (!status)
        return fail(*this, m_document, first, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

void SetAttendanceCommand::undo()
{
    const Status status = inTransaction(m_document, [&]() -> Status {
        TimelineStore store(m_document.database());
        if (m_previous) {
            auto version =
                store.setAttendance(m_applicationId, m_sessionOn, m_previous->attended, ProgramDocument::actor());
            if (!version)
                return Error{version.error()};
        } else if (Status s = store.removeAttendance(m_applicationId, m_sessionOn); !s) {
            return s;
        }
        return audit(m_document, QStringLiteral("attendance.set.undo"), QStringLiteral("application"), m_applicationId,
                     text());
    });
    if (!status)
        return fail(*this, m_document, false, status.error());
    emit m_document.matchesChanged(m_cycleId);
}

} // namespace cohort
