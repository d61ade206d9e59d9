#pragma once

#include "timeline/cadence.h"
#include "timeline/timelinedata.h"

#include <QDate>
#include <QList>

namespace cohort {

// How many matches have each engagement status, and how many goal sheets are overdue.
struct EngagementCounts
{
    int notStarted = 0;
    int onTrack = 0;
    int belowCadence = 0;
    int quiet = 0;
    int ended = 0;
    int goalSheetsOverdue = 0; // of matches that have not ended

    int total() const { return notStarted + onTrack + belowCadence + quiet + ended; }
    bool operator==(const EngagementCounts &) const = default;
};

// The cadence rule (Cadence) over a cycle's timeline.
class Engagement
{
public:
    // One match as the rule needs it: starts on its publication date; ends on its ended_on
    // date, or — a match whose status is "ended" without one — on its last contact (its start
    // when it has none); its contacts' dates; its goal sheet and goals.
    static EngagementInput inputOf(const TimelineMatch &match);

    // Every match of data.matches as of asOf, in the same order (a parallel list).
    static QList<MatchEngagement> evaluate(const TimelineData &data, QDate asOf);

    static EngagementCounts counts(const QList<MatchEngagement> &engagements);

    // The indices of the quiet and below-cadence matches, the longest without contact first
    // (ties by index).
    static QList<int> quietOrder(const QList<MatchEngagement> &engagements);
};

} // namespace cohort
