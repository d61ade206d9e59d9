#pragma once

#include "domain/reviewer.h"
#include "timeline/cadence.h"
#include "timeline/engagement.h"
#include "timeline/timelinedata.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace cohort {

class Database;

// One cycle's timeline as the Timeline area shows it: phases, the published matches with their
// contacts and goal sheets, each match's engagement as of a date, and the committee members who
// can be liaisons. Read and evaluated on a worker thread with its own connection.
struct TimelineSnapshot
{
    QString cycleId;
    quint64 generation = 0;
    QString error;
    QDate asOf;
    TimelineData data;
    QList<MatchEngagement> engagement; // parallel to data.matches
    EngagementCounts counts;
    QList<Reviewer> reviewers;

    // asOf invalid: today, or the cycle's end when it is over.
    static std::shared_ptr<const TimelineSnapshot> read(const Database *database, const QString &cycleId, QDate asOf,
                                                        quint64 generation);
    int matchIndex(const QString &matchId) const;
    // "Mentor Name — Mentee Name"
    QString pairName(int match) const;
};

} // namespace cohort
