#pragma once

#include "domain/cycle.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace cohort {

// New cycles from the published timeline, or from an earlier cycle.
//
// Dates move by whole years keeping month and day, except that the last day of a month stays
// the last day of its month: February 29 becomes February 28 in a common year, and February 28
// of a common year — the end of February — becomes February 29 in a leap year.
class CycleTemplate
{
    Q_DECLARE_TR_FUNCTIONS(cohort::CycleTemplate)

public:
    // "spring", "fall".
    static QStringList seasons();

    // A new cycle (new ids) named "Spring 2027" / "Fall 2027" (translated), with the phases of
    // the 2017 cycles (PROGRAM.md) moved to `year`: the published applications, review and
    // notifications, goals and virtual orientation phases (spring: January – February with the
    // deadline February 24, March – April, April – May; fall: July – August, September –
    // October, November – December), then the phases later cycles added: matches work on goals,
    // a mid-point check-in, a wrap-up survey and the day the program concludes (the next year).
    // The cycle runs from its first phase's start to its last phase's end. An unknown season
    // gives an empty Cycle (no id).
    static Cycle make(const QString &season, int year);

    // A copy of `earlier` (new ids, versions 1) named `name`, its phases moved by whole years
    // from the earlier cycle's year (its start's year when it has none) to `year`.
    static Cycle copyOf(const Cycle &earlier, const QString &name, int year);

    // `date` moved by `years` whole years, as described above.
    static QDate shiftYears(QDate date, int years);
};

// One thing wrong with a cycle's list of phases.
struct PhaseProblem
{
    int phase = -1;       // index into the list checked
    bool refusal = false; // true: the phases cannot be saved; false: a warning
    QString text;         // translated
};

// Checks a list of phases before it is saved.
//  Refusals: an empty name, an unknown kind, a missing start or end, an end before the start,
//  a deadline outside the phase (before its start or after its end).
//  Warnings: two phases that overlap without one lying inside the other (a check-in inside the
//  work period is fine), listed by name on the later of the two. (The published 2017 timeline
//  itself overlaps review and notifications with goals and orientation in April.)
class PhaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(cohort::PhaseCheck)

public:
    static QList<PhaseProblem> check(const QList<Phase> &phases);
    static bool refused(const QList<PhaseProblem> &problems);
    // The kinds the schema allows: applications, review, notifications, goals, orientation,
    // work, midpoint, survey, closing, other.
    static QStringList kinds();
    // "Applications", "Review", … (translated).
    static QString kindName(const QString &kind);
};

} // namespace cohort
