#pragma once

#include "domain/match.h"
#include "matching/compatibility.h"
#include "matching/matchingdata.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace cohort {

enum class AutoMatchMode
{
    BestScores,  // the largest total score; a mentee may stay unmatched rather than take a poor pair
    MostMatched, // as many mentees matched as possible, then the largest total score
};

struct AutoMatchPair
{
    int mentee = -1; // index into MatchingData::mentees
    int mentor = -1; // index into MatchingData::mentors
    double score = 0.0;
};

struct AutoMatchUnmatched
{
    int mentee = -1;
    QString reason; // in words, translated
};

// What auto-match would do. Every accepted mentee is in exactly one of the three lists, each
// by mentee index.
struct AutoMatchProposal
{
    QList<AutoMatchPair> kept;     // locked drafts and published matches, kept as they are
    QList<AutoMatchPair> proposed; // new draft pairs (replacing the unlocked drafts)
    QList<AutoMatchUnmatched> unmatched;

    int matched() const;      // kept + proposed
    double meanScore() const; // over kept + proposed; 0 when none
    // "38 of 50 mentees matched, mean score 0.71; 12 stay unmatched"
    QString summary() const;
};

// The rows a proposal changes: the unlocked drafts of the cycle's accepted mentees go (even
// where the proposal leaves the mentee unmatched), the proposed pairs come in as new drafts
// (source "auto", unlocked, with their score).
struct AutoMatchChanges
{
    QList<Match> removed;
    QList<Match> added; // new ids
};

// Auto-match: the best assignment of the free mentees to the mentors' free places, by the
// compatibility model's scores (SlotAssignment: optimal, deterministic). Locked drafts and
// published matches are kept and take their mentor's places; unlocked drafts are free to be
// reassigned. Blocked pairs (Compatibility::isBlocked) are never proposed, nor pairs scoring below
// the minimum. A mentee whose match has ended is not matched again in the cycle.
class AutoMatch
{
    Q_DECLARE_TR_FUNCTIONS(cohort::AutoMatch)

public:
    // model must be built on data. minimumScore defaults to data.settings.minimumScore; outside
    // 0..1 it is refused.
    static Result<AutoMatchProposal> propose(const MatchingData &data, const Compatibility &model, AutoMatchMode mode,
                                             std::optional<double> minimumScore = {});
    static AutoMatchChanges changes(const MatchingData &data, const AutoMatchProposal &proposal);

private:
    static QString unmatchedReason(const MatchingData &data, const Compatibility &model, int mentee,
                                   const matching::UnmatchedMentee &unmatched,
                                   const matching::SlotAssignmentRequest &request);
};

} // namespace cohort
