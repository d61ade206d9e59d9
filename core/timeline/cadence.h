#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

// A cycle's contact-cadence settings (settings table, cycle scope; see TimelineStore).
struct CadenceSettings
{
    int contactsPerMonth = 2;  // "at least twice a month"
    int quietDays = 21;        // no contact for more than this: quiet
    int goalSheetDueDays = 30; // goal sheet due this many days after the match is published
    QList<QDate> orientationDates;

    bool operator==(const CadenceSettings &) const = default;
};

enum class EngagementStatus
{
    NotStarted,
    OnTrack,
    BelowCadence,
    Quiet,
    Ended
};

// One calendar month of a match: the contacts logged in it and the contacts it expects.
struct MonthCadence
{
    int year = 0;
    int month = 0;
    int contacts = 0;
    int expected = 0;
    bool met = false;     // contacts >= expected
    bool partial = false; // the match was active only part of the month (or the month is not over)
};

struct GoalSheetState
{
    enum class State
    {
        NotDue,
        Due,
        Overdue,
        Submitted
    };
    State state = State::NotDue;
    QDate dueOn;
    QDate submittedOn;
    int goals = 0;
};

// One match as the rule needs it.
struct EngagementInput
{
    QString matchId;
    QDate startsOn;                    // published_on (the match's start); invalid: not started
    QDate endsOn;                      // ended_on, or invalid
    QList<QDate> contacts;             // any order, duplicates allowed (two contacts on one day count twice)
    std::optional<QDate> goalSheetDue; // the sheet's due_on if a sheet row exists
    std::optional<QDate> goalSheetSubmitted;
    int goals = 0;
};

struct MatchEngagement
{
    QString matchId;
    EngagementStatus status = EngagementStatus::NotStarted;
    QString reason;             // in words, translated: "1 contact in November 2026, 2 expected"
    QDate lastContact;          // invalid: none
    int daysSinceContact = -1;  // from the last contact (or from the start when none) to asOf; -1 when not started
    QList<MonthCadence> months; // each calendar month from startsOn to min(endsOn, asOf)
    GoalSheetState goalSheet;
};

// The contact-cadence rule: how a match is doing on a given day. Pure: no SQL, no clock.
//
// Dates are calendar dates (QDate), never timestamps, so time zones do not shift them: a
// contact's date is the local date written by whoever logged it, and asOf is the reader's
// local "today" (or a date they choose). A match is active from startsOn to endsOn inclusive.
// Contacts after asOf are not counted (the evaluation is as of that day); contacts before
// startsOn count towards the last contact but belong to no month.
//
// Months. Each calendar month from startsOn's to the month of min(endsOn, asOf) is listed. A
// month expects contactsPerMonth × activeDays / daysInMonth contacts, rounded to the nearest
// whole number (halves up), where activeDays are the days of the month the match was active
// — for the current month (the one containing asOf), the active days so far, up to and
// including asOf. A whole month expects exactly contactsPerMonth; with two a month, a month's
// first 7 days (of 30) expect none, 8 to 22 days expect one and 23 or more expect two. A month
// with fewer active days than it has is `partial`; `met` is contacts >= expected.
//
// Status, the first that applies:
//  1. NotStarted — startsOn is invalid or after asOf.
//  2. Ended — endsOn is valid and on or before asOf.
//  3. Quiet — more than quietDays days since the last contact on or before asOf (counting
//     from startsOn when there is none since the start); exactly quietDays is not quiet yet.
//  4. BelowCadence — the last complete month (the one before the current month, when the
//     match was active in it) did not meet its expectation, or the current month is past its
//     midpoint (day × 2 > daysInMonth) and its expectation so far is not met.
//  5. OnTrack.
//
// Goal sheet: due on the sheet's due_on when a sheet row exists, else startsOn +
// goalSheetDueDays. Submitted when it has a submitted date; otherwise NotDue for a match not
// started, Overdue after the due date, Due in the GoalSheetReminderDays days up to and
// including the due date (reminder time), NotDue before that.
class Cadence
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Cadence)

public:
    static constexpr int GoalSheetReminderDays = 7;

    static MatchEngagement evaluate(const EngagementInput &match, const CadenceSettings &settings, QDate asOf);

    // The expectation of a month the match was active `activeDays` of `daysInMonth` days (see above).
    static int expectedContacts(int contactsPerMonth, int activeDays, int daysInMonth);

    // "On track", "Below cadence", "Quiet", "Ended", "Not started" (translated).
    static QString statusName(EngagementStatus status);
    // "on-track", "below-cadence", "quiet", "ended", "not-started": for JSON and files.
    static QString statusKey(EngagementStatus status);
    // "Not due", "Due", "Overdue", "Submitted" (translated).
    static QString goalSheetStateName(GoalSheetState::State state);
    // "not-due", "due", "overdue", "submitted".
    static QString goalSheetStateKey(GoalSheetState::State state);
};

} // namespace cohort
