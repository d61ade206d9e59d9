#pragma once

#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

// How many places a role has in a cycle and where the decisions stand against it.
struct DecisionCount
{
    Q_DECLARE_TR_FUNCTIONS(cohort::DecisionCount)

public:
    std::optional<int> target;
    bool targetFromMentorCapacity = false; // mentees without a target setting
    int accepted = 0;
    int waitlisted = 0;
    int declined = 0;
    int undecided = 0; // applications in review without a decision

    int remaining() const { return target ? *target - accepted : 0; } // negative when over
    // "12 of 15 accepted (target from the accepted mentors' capacity); 3 waitlisted, 4 declined,
    // 20 undecided" or "12 accepted (no target); …", translated.
    QString text() const;
};

// One decision being made (the outcome after the change: empty = no decision).
struct ProposedOutcome
{
    int application = -1; // index into ReviewCycleData::applications
    QString outcome;      // accepted, waitlisted, declined, or empty
};

// Decisions against the calibrated order. The order is the reviewer-offset model's rank
// (ApplicationStatistics::offsetRank): 1 is the best; unranked applications (no counted score)
// come after every ranked one.
class DecisionRules
{
    Q_DECLARE_TR_FUNCTIONS(cohort::DecisionRules)

public:
    // Mentees: the mentee target setting, else the sum of the accepted mentors' capacities
    // (ReviewCycleData::acceptedMentorCapacity; none while no mentor is accepted). Mentors: the
    // mentor target setting, or none.
    static std::optional<int> target(const ReviewCycleData &data);
    static DecisionCount count(const ReviewCycleData &data);

    // Whether the outcome of `application` departs from the calibrated order, and so needs a
    // rationale. `ranks` holds the calibrated rank of every application (0 = unranked) and
    // `outcomes` every application's outcome with the proposed changes applied (both parallel to
    // ReviewCycleData::applications). It departs when
    // - it is accepted, ranked below the target (rank > target, or unranked), while a better-ranked
    //   application is not accepted; or
    // - it is not accepted (waitlisted, declined), though ranked within the target (rank <= target).
    // Without a target only the first rule applies, with "below the target" read as "below any
    // application that is not accepted". No outcome never departs.
    static bool departsFromOrder(const QList<int> &ranks, const QList<QString> &outcomes, int application,
                                 std::optional<int> target);

    // For a set of proposed outcomes: those that depart from the order (by the rule above, with
    // every proposed outcome applied at once), with a sentence each explaining why
    // ("E-0042 is ranked 57th, below the target of 40, while E-0007 (ranked 12th) is not accepted.").
    struct Departure
    {
        int application = -1;
        QString text;
    };
    static QList<Departure> departures(const ReviewCycleData &data, const ReviewStatistics &statistics,
                                       const QList<ProposedOutcome> &proposed);
};

} // namespace cohort
