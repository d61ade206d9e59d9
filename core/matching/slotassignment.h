#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <vector>

namespace cohort::matching {

// A mentee–mentor pair, by index into the caller's lists (0-based).
struct MentorPair
{
    int mentee = 0;
    int mentor = 0;

    bool operator==(const MentorPair &) const = default;
};

enum class SlotAssignmentMode
{
    BestScores,  // the largest total score; a mentee may stay unmatched
    MostMatched, // as many mentees matched as possible, then the largest total score among those
};

struct SlotAssignmentRequest
{
    int menteeCount = 0;
    QList<int> capacities;       // per mentor: the most mentees they take (0: none)
    std::vector<double> scores;  // menteeCount × mentors, row-major, each in [0, 1]; higher is better
    QList<MentorPair> forbidden; // never matched
    QList<MentorPair> locked;    // always matched, whatever the score; each takes one of the mentor's places
    double minimumScore = 0.0;   // pairs scoring below it are never matched (locked pairs excepted)
    SlotAssignmentMode mode = SlotAssignmentMode::BestScores;
};

// A mentee left without a mentor, and why. A mentor is suitable for a mentee when the pair is not
// forbidden, scores at least the minimum and the mentor has places at all.
struct UnmatchedMentee
{
    enum class Reason
    {
        NoSuitableMentor, // every mentor is forbidden, scores below the minimum or has no places
        SuitableFull,     // every suitable mentor's places are taken (by locked pairs or other mentees)
        LeftOut,          // a suitable mentor has room, but a match would add nothing (a score of 0)
    };

    int mentee = 0;
    int suitableMentors = 0;
    Reason reason = Reason::NoSuitableMentor;

    // "Unmatched: all 3 suitable mentors are full", translated.
    QString text() const;
};

struct SlotAssignmentPlan
{
    QList<int> mentorOfMentee;        // −1: unmatched
    QList<UnmatchedMentee> unmatched; // by mentee index
    QList<int> loads;                 // per mentor, locked pairs included
    int matchedCount = 0;             // locked pairs included
    double totalScore = 0.0;          // locked pairs included
};

// Optimal matching of mentees to mentors' places, as a min-cost assignment of mentees to places
// (shortest augmenting paths, solveCapacitatedAssignment in linearassignment.h) in which a mentee
// may also stay unmatched. A mentor's places are one column with a capacity, not one column each,
// so the cost matrix is mentees × mentors (8 bytes a pair) and the search visits a mentor once.
// - BestScores minimizes Σ (1 − score) over matched pairs + 1 per unmatched mentee, which is
//   −(total score) + a constant: unmatched is never better than a pair that scores above 0.
// - MostMatched makes an unmatched mentee cost B = 1 + (most mentees that could be matched) more.
//   Σ (1 − score) of two matchings differs by less than B, so one more match always outweighs any
//   loss of score: the number matched comes first and the score second, as in a lexicographic
//   order (the pair costs themselves stay in [0, 1], at full precision).
// Locked pairs are fixed first and take their mentor's places. Deterministic: the same request
// gives the same plan.
class SlotAssignment
{
    Q_DECLARE_TR_FUNCTIONS(cohort::matching::SlotAssignment)

public:
    // Fails on a negative count or capacity, scores that are not menteeCount × mentors values in
    // [0, 1], a pair out of range, a mentee locked to two mentors, a locked pair that is also
    // forbidden, or more locked pairs on a mentor than their capacity.
    static Result<SlotAssignmentPlan> solve(const SlotAssignmentRequest &request);
};

} // namespace cohort::matching
