#pragma once

#include "domain/cycle.h"
#include "domain/match.h"
#include "timeline/cadence.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

// One published or ended match of a cycle with everything its timeline shows.
struct TimelineMatch
{
    Match match;
    QString mentorCode;
    QString mentorName;
    QString menteeCode;
    QString menteeName;
    QString liaisonName;          // empty without a liaison
    QList<ContactEntry> contacts; // by date
    std::optional<GoalSheet> goalSheet;
    QList<Goal> goals; // of the goal sheet, by sort order
    // The mentor's and the mentee's orientation attendance rows, by session date.
    QList<OrientationAttendance> mentorAttendance;
    QList<OrientationAttendance> menteeAttendance;
};

// The read model of one cycle's timeline (TimelineStore::load): its phases, its cadence
// settings, its published and ended matches with their contacts, goal sheets and goals, and
// the dates its applications came in. Plain data.
struct TimelineData
{
    Cycle cycle; // with its phases, by sort order
    CadenceSettings settings;
    QList<TimelineMatch> matches;  // published and ended ones, by mentee code
    QList<QDate> applicationDates; // the (local) date each application of the cycle was submitted, in order

    // The index of a match in `matches`, or −1 (a linear search).
    int matchIndex(const QString &matchId) const
    {
        for (int i = 0; i < matches.size(); ++i)
            if (matches.at(i).match.id == matchId)
                return i;
        return -1;
    }
};

} // namespace cohort
