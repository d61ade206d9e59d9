#pragma once

#include "domain/cycle.h"
#include "domain/match.h"
#include "result.h"
#include "timeline/cadence.h"
#include "timeline/timelinedata.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace cohort {

class Database;

// The timeline of one cycle: its read model (TimelineData), its cadence settings, and the
// writes the Timeline area makes — phases and cycles, logged contacts, liaisons, goal sheets,
// goals and orientation attendance.
//
// Writes run inside the caller's transaction. An update or removal names the version the caller
// read ("expectedVersion"): when the stored row has another version (someone else saved it
// meanwhile) or is gone, the write changes nothing and returns an error that says so in words;
// the caller rolls back. Updates return the new version. restore…() put back a removed row as
// it was (id and version included), for undo.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::TimelineStore)

public:
    explicit TimelineStore(Database &db) : m_db(db) {}

    // The cycle with its phases, its settings, its published and ended matches (by mentee code)
    // with their people's codes and names, liaison, contacts (by date), goal sheet, goals and
    // attendance, and its applications' submission dates: a fixed number of queries, whatever
    // the number of matches (on SQLite through the sqlite3 C API: 5,000 matches with 220,000
    // contacts in about 0.4 s). An error when the cycle does not exist.
    Result<TimelineData> load(const QString &cycleId) const;

    // Settings are rows of the settings table: "contact_per_month", "quiet_days",
    // "goal_sheet_due_days" (whole numbers) and "orientation_date" (ISO dates separated by
    // "; "). The cycle's row wins; without one, the program's (scope '') — where the demo and
    // older files keep the first three — then the default. A missing, unreadable or
    // out-of-range value reads as the next in that order.
    Result<CadenceSettings> loadSettings(const QString &cycleId) const;
    // Writes all four at the cycle's scope. Refuses, in words: contacts a month outside 0–31,
    // quiet days outside 1–365, goal-sheet days outside 0–365, an invalid orientation date.
    // Orientation dates are stored sorted, without repeats.
    Status saveSettings(const QString &cycleId, const CadenceSettings &settings, const QString &actor);

    // --- cycles and phases ---
    // A new phase of an existing cycle (phase.id and cycleId set; stored as version 1). Refused
    // when PhaseCheck refuses the phase.
    Status insertPhase(const Phase &phase, const QString &actor);
    // Writes name, kind, dates, deadline and sort order. Version-checked; checked as insertPhase.
    Result<int> updatePhase(const Phase &phase, int expectedVersion, const QString &actor);
    Status removePhase(const QString &phaseId, int expectedVersion);
    Status restorePhase(const Phase &phase, const QString &actor);
    Result<std::optional<Phase>> findPhase(const QString &phaseId) const;
    // A new cycle with its phases (ids set; stored as version 1; CycleStore::insert). Refused,
    // in words: no name, a name another cycle has (any case), a season other than spring, fall or
    // other, no start or end, an end before the start, a phase PhaseCheck refuses.
    Status insertCycle(const Cycle &cycle, const QString &actor);
    // Removes a cycle and its phases. Version-checked. Refused, in words, while the cycle has
    // applications, or rubric criteria (they would go with it, and undo could not bring them
    // back). Its cycle-scoped settings rows stay (they harm nothing, and restoreCycle finds them
    // again).
    Status removeCycle(const QString &cycleId, int expectedVersion);
    // For undo: puts back a cycle and its phases as they were (versions included).
    Status restoreCycle(const Cycle &cycle, const QString &actor);

    // --- contacts ---
    // A new contact (entry.id set; stored as version 1). Refused, in words: a method other than
    // email, phone, video, chat, in_person; an initiator other than mentor, mentee, liaison; no
    // date; a match that does not exist or is a draft.
    Status insertContact(const ContactEntry &entry, const QString &actor);
    // Writes the date, method, initiator and note. Version-checked; checked as insertContact.
    Result<int> updateContact(const ContactEntry &entry, int expectedVersion, const QString &actor);
    Status removeContact(const QString &contactId, int expectedVersion);
    Status restoreContact(const ContactEntry &entry, const QString &actor);
    Result<std::optional<ContactEntry>> findContact(const QString &contactId) const;

    // --- liaison ---
    // Assigns a reviewer as the match's liaison ("" clears it). Version-checked on the match;
    // refused when the reviewer does not exist. Returns the match's new version.
    Result<int> setLiaison(const QString &matchId, const QString &reviewerId, int expectedVersion,
                           const QString &actor);

    // --- goal sheets and goals ---
    // A match's goal sheet (sheet.id, matchId and dueOn set). Refused when the match has one.
    Status insertGoalSheet(const GoalSheet &sheet, const QString &actor);
    // Writes due_on and submitted_on. Version-checked.
    Result<int> updateGoalSheet(const GoalSheet &sheet, int expectedVersion, const QString &actor);
    // Version-checked; refused while the sheet has goals (remove them first, so undo can put
    // them back).
    Status removeGoalSheet(const QString &sheetId, int expectedVersion);
    Status restoreGoalSheet(const GoalSheet &sheet, const QString &actor);
    Result<std::optional<GoalSheet>> findGoalSheet(const QString &matchId) const;
    // A new goal. Refused: an objective outside 1–7, an empty title, a sheet that does not
    // exist or already holds the program's "max_goals" setting's number of goals (default 3).
    Status insertGoal(const Goal &goal, const QString &actor);
    // Writes objective, the texts and sort order. Version-checked.
    Result<int> updateGoal(const Goal &goal, int expectedVersion, const QString &actor);
    Status removeGoal(const QString &goalId, int expectedVersion);
    Status restoreGoal(const Goal &goal, const QString &actor);

    // --- orientation attendance ---
    // Records whether an application's person attended the session on sessionOn (one row per
    // application and session, created or updated). Returns the row's version.
    Result<int> setAttendance(const QString &applicationId, QDate sessionOn, bool attended, const QString &actor);
    // For undo of a first record: removes the row.
    Status removeAttendance(const QString &applicationId, QDate sessionOn);
    Result<std::optional<OrientationAttendance>> findAttendance(const QString &applicationId, QDate sessionOn) const;

    // "Refused: the method must be …" checks, shared with the contact import.
    static QString contactProblem(const ContactEntry &entry);

private:
    // The row's "changed by … at …" or "no longer exists" error for a failed version check.
    Error stale(const QString &table, const QString &id, const QString &what) const;
    QString matchName(const QString &matchId) const;
    Status checkPhase(const Phase &phase) const;
    Status checkContact(const ContactEntry &entry) const;

    Database &m_db;
};

} // namespace cohort
