#include "matching/slotassignment.h"

#include "matching/linearassignment.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace cohort::matching {

namespace {

constexpr double Inf = std::numeric_limits<double>::infinity();

// The forbidden pairs grouped by mentee, sorted, without repeats (CSR): a row of the cost matrix is
// built by walking its mentee's list alongside the mentors.
struct ForbiddenIndex
{
    std::vector<int> start; // menteeCount + 1
    std::vector<int> mentors;

    ForbiddenIndex(const QList<MentorPair> &pairs, int mentees)
    {
        std::vector<std::pair<int, int>> sorted;
        sorted.reserve(std::size_t(pairs.size()));
        for (const MentorPair &pair : pairs)
            sorted.emplace_back(pair.mentee, pair.mentor);
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        start.assign(std::size_t(mentees) + 1, 0);
        mentors.reserve(sorted.size());
        for (const auto &[mentee, mentor] : sorted) {
            ++start[std::size_t(mentee) + 1];
            mentors.push_back(mentor);
        }
        for (int i = 0; i < mentees; ++i)
            start[std::size_t(i) + 1] += start[std::size_t(i)];
    }

    const int *begin(int mentee) const { return mentors.data() + start[std::size_t(mentee)]; }
    const int *end(int mentee) const { return mentors.data() + start[std::size_t(mentee) + 1]; }
    bool contains(int mentee, int mentor) const { return std::binary_search(begin(mentee), end(mentee), mentor); }
};

} // namespace

QString UnmatchedMentee::text() const
{
    switch (reason) {
    case Reason::NoSuitableMentor:
        return SlotAssignment::tr("Unmatched: every mentor is excluded, scores below the minimum or has no places");
    case Reason::SuitableFull:
        return SlotAssignment::tr("Unmatched: the %n suitable mentor(s) are all full", nullptr, suitableMentors);
    case Reason::LeftOut:
        return SlotAssignment::tr("Unmatched: a suitable mentor has room, but the match would add nothing to the "
                                  "total score");
    }
    return {};
}

Result<SlotAssignmentPlan> SlotAssignment::solve(const SlotAssignmentRequest &request)
{
    const int mentees = request.menteeCount;
    if (mentees < 0)
        return Error{tr("The number of mentees cannot be negative.")};
    const int mentors = int(request.capacities.size());
    for (int m = 0; m < mentors; ++m)
        if (request.capacities[m] < 0)
            return Error{tr("Mentor %1 has a negative capacity.").arg(m + 1)};
    if (request.scores.size() != std::size_t(mentees) * std::size_t(mentors))
        return Error{tr("There must be one score for each mentee and mentor.")};
    for (const double score : request.scores)
        if (!(score >= 0.0 && score <= 1.0)) // NaN fails both
            return Error{tr("Every score must be between 0 and 1.")};
    if (std::isnan(request.minimumScore))
        return Error{tr("The minimum score is not a number.")};
    const auto inRange = [&](const MentorPair &pair) {
        return pair.mentee >= 0 && pair.mentee < mentees && pair.mentor >= 0 && pair.mentor < mentors;
    };
    for (const MentorPair &pair : request.forbidden)
        if (!inRange(pair))
            return Error{tr("An excluded pair names a mentee or mentor that is not in the list.")};
    for (const MentorPair &pair : request.locked)
        if (!inRange(pair))
            return Error{tr("A locked pair names a mentee or mentor that is not in the list.")};

    const ForbiddenIndex forbidden(request.forbidden, mentees);
    const auto scoreOf = [&](int mentee, int mentor) {
        return request.scores[std::size_t(mentee) * std::size_t(mentors) + std::size_t(mentor)];
    };

    SlotAssignmentPlan plan;
    plan.mentorOfMentee = QList<int>(mentees, -1);
    plan.loads = QList<int>(mentors, 0);
    for (const MentorPair &pair : request.locked) {
        int &mentor = plan.mentorOfMentee[pair.mentee];
        if (mentor == pair.mentor)
            continue; // the same lock twice
        if (mentor >= 0)
            return Error{tr("Mentee %1 is locked to two mentors.").arg(pair.mentee + 1)};
        if (forbidden.contains(pair.mentee, pair.mentor))
            return Error{tr("Mentee %1 is locked to mentor %2, a pair that is also excluded.")
                             .arg(pair.mentee + 1)
                             .arg(pair.mentor + 1)};
        if (++plan.loads[pair.mentor] > request.capacities[pair.mentor])
            return Error{tr("Mentor %1 has more locked mentees than places (%2).")
                             .arg(pair.mentor + 1)
                             .arg(request.capacities[pair.mentor])};
        mentor = pair.mentor;
    }

    // Columns: the mentors with places left. Rows: the mentees not locked with at least one of them
    // suitable; the others stay unmatched without a search.
    std::vector<int> columnMentor;
    std::vector<int> room;
    std::vector<int> columnOf(std::size_t(mentors), -1);
    for (int m = 0; m < mentors; ++m) {
        if (request.capacities[m] > plan.loads[m]) {
            columnOf[std::size_t(m)] = int(columnMentor.size());
            columnMentor.push_back(m);
            room.push_back(request.capacities[m] - plan.loads[m]);
        }
    }
    const int cols = int(columnMentor.size());
    std::vector<int> rowMentee;
    std::vector<double> cost;
    cost.reserve(std::size_t(plan.mentorOfMentee.count(-1)) * std::size_t(cols)); // the mentees not locked
    for (int i = 0; i < mentees; ++i) {
        if (plan.mentorOfMentee[i] >= 0)
            continue;
        // Written in place at the end of the matrix, and dropped again if nothing is allowed.
        const std::size_t offset = cost.size();
        cost.resize(offset + std::size_t(cols));
        double *rowCost = cost.data() + offset;
        const double *scores = request.scores.data() + std::size_t(i) * std::size_t(mentors);
        bool any = false;
        for (int c = 0; c < cols; ++c) {
            const double score = scores[columnMentor[std::size_t(c)]];
            const bool allowed = score >= request.minimumScore;
            rowCost[c] = allowed ? 1.0 - score : Inf;
            any = any || allowed;
        }
        for (const int *m = forbidden.begin(i); m != forbidden.end(i); ++m)
            if (const int c = columnOf[std::size_t(*m)]; c >= 0)
                rowCost[c] = Inf;
        if (!forbidden.mentors.empty() && any)
            any = std::any_of(rowCost, rowCost + cols, [](double value) { return value < Inf; });
        if (!any) {
            cost.resize(offset);
            continue;
        }
        rowMentee.push_back(i);
    }

    const int rows = int(rowMentee.size());
    if (rows > 0) {
        long long places = 0;
        for (const int r : room)
            places += r;
        // BestScores: unmatched costs what a pair scoring 0 does. MostMatched: more than any
        // difference in Σ (1 − score) between two matchings, which is at most the number matched.
        const double unmatched =
            request.mode == SlotAssignmentMode::BestScores ? 1.0 : 2.0 + double(std::min<long long>(rows, places));
        const std::vector<double> unassignedCost(std::size_t(rows), unmatched);
        const LinearAssignmentResult result = solveCapacitatedAssignment(cost, rows, cols, room, unassignedCost);
        if (!result.feasible) // cannot happen: every row may stay unassigned
            return Error{tr("The matching could not be computed.")};
        for (int r = 0; r < rows; ++r) {
            if (const int c = result.columnOfRow[std::size_t(r)]; c >= 0) {
                const int m = columnMentor[std::size_t(c)];
                plan.mentorOfMentee[rowMentee[std::size_t(r)]] = m;
                ++plan.loads[m];
            }
        }
    }

    for (int i = 0; i < mentees; ++i) {
        const int m = plan.mentorOfMentee[i];
        if (m >= 0) {
            ++plan.matchedCount;
            plan.totalScore += scoreOf(i, m);
            continue;
        }
        UnmatchedMentee unmatched;
        unmatched.mentee = i;
        bool anyRoom = false;
        const int *nextForbidden = forbidden.begin(i);
        for (int mentor = 0; mentor < mentors; ++mentor) {
            while (nextForbidden != forbidden.end(i) && *nextForbidden < mentor)
                ++nextForbidden;
            if ((nextForbidden != forbidden.end(i) && *nextForbidden == mentor) || request.capacities[mentor] == 0 ||
                scoreOf(i, mentor) < request.minimumScore)
                continue;
            ++unmatched.suitableMentors;
            anyRoom = anyRoom || plan.loads[mentor] < request.capacities[mentor];
        }
        unmatched.reason = unmatched.suitableMentors == 0 ? UnmatchedMentee::Reason::NoSuitableMentor
                           : anyRoom                      ? UnmatchedMentee::Reason::LeftOut
                                                          : UnmatchedMentee::Reason::SuitableFull;
        plan.unmatched.append(unmatched);
    }
    return plan;
}

} // namespace cohort::matching
