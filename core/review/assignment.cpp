#include "review/assignment.h"

#include <QRandomGenerator>

#include <algorithm>
#include <random>
#include <set>
#include <vector>

namespace cohort {

namespace {

// The most reviewer checks the augmenting-path repair may make in one run, so that a large,
// hopelessly over-subscribed request still finishes quickly (it then reports the shortfalls the
// greedy pass left).
constexpr long long RepairBudget = 20'000'000;

// A reviewer with room, ordered by load / capacity (compared exactly as load·cap' < load'·cap),
// then by a random key drawn whenever the load changes, then by index.
struct Available
{
    long long load = 0;
    long long capacity = 1;
    quint64 tie = 0;
    int reviewer = 0;

    bool operator<(const Available &other) const
    {
        const long long lhs = load * other.capacity;
        const long long rhs = other.load * capacity;
        if (lhs != rhs)
            return lhs < rhs;
        if (tie != other.tie)
            return tie < other.tie;
        return reviewer < other.reviewer;
    }
};

class Planner
{
public:
    Planner(const AssignmentRequest &request, qint64 seed)
        : m_applications(request.applicationCount), m_reviewers(int(request.capacities.size())),
          m_k(request.reviewersPerApplication), m_rng(quint64(seed)),
          m_capacity(request.capacities.begin(), request.capacities.end()), m_load(std::size_t(m_reviewers), 0),
          m_added(std::size_t(m_applications)), m_addedTo(std::size_t(m_reviewers))
    {
        // Conflicts and existing pairs per application, sorted and without repeats (CSR).
        bool repeatedConflicts = false;
        m_conflictStart = groupByApplication(request.conflicts, m_conflicts, repeatedConflicts);
        m_existingStart = groupByApplication(request.existing, m_existing, m_duplicateExisting);
        for (const ReviewPair &pair : request.existing)
            ++m_load[std::size_t(pair.reviewer)];
    }

    bool duplicateExisting() const { return m_duplicateExisting; }

    void run(AssignmentPlan &plan)
    {
        for (int a = 0; a < m_applications; ++a)
            for (int i = m_existingStart[std::size_t(a)]; i < m_existingStart[std::size_t(a) + 1]; ++i)
                if (isConflicted(a, m_existing[std::size_t(i)]))
                    plan.conflictedExisting.append({a, m_existing[std::size_t(i)]});
        greedy();
        repair();
        for (int a = 0; a < m_applications; ++a)
            for (const int r : m_added[std::size_t(a)])
                plan.added.append({a, r});
        plan.loads = QList<int>(m_load.begin(), m_load.end());
        reportShortfalls(plan);
    }

private:
    std::vector<int> groupByApplication(const QList<ReviewPair> &pairs, std::vector<int> &reviewers,
                                        bool &repeats) const
    {
        std::vector<int> start(std::size_t(m_applications) + 1, 0);
        for (const ReviewPair &pair : pairs)
            ++start[std::size_t(pair.application) + 1];
        for (int a = 0; a < m_applications; ++a)
            start[std::size_t(a) + 1] += start[std::size_t(a)];
        reviewers.resize(std::size_t(pairs.size()));
        std::vector<int> next(start.begin(), start.end() - 1);
        for (const ReviewPair &pair : pairs)
            reviewers[std::size_t(next[std::size_t(pair.application)]++)] = pair.reviewer;
        // Sort each application's reviewers and drop repeats, compacting in place.
        std::vector<int> compact(start.size(), 0);
        std::size_t out = 0;
        for (int a = 0; a < m_applications; ++a) {
            const auto first = reviewers.begin() + start[std::size_t(a)];
            const auto last = reviewers.begin() + start[std::size_t(a) + 1];
            std::sort(first, last);
            const auto end = std::unique(first, last);
            repeats = repeats || end != last;
            for (auto it = first; it != end; ++it)
                reviewers[out++] = *it;
            compact[std::size_t(a) + 1] = int(out);
        }
        reviewers.resize(out);
        return compact;
    }

    bool isConflicted(int a, int r) const
    {
        const auto first = m_conflicts.begin() + m_conflictStart[std::size_t(a)];
        const auto last = m_conflicts.begin() + m_conflictStart[std::size_t(a) + 1];
        return std::binary_search(first, last, r);
    }

    bool isOn(int a, int r) const
    {
        const auto first = m_existing.begin() + m_existingStart[std::size_t(a)];
        const auto last = m_existing.begin() + m_existingStart[std::size_t(a) + 1];
        if (std::binary_search(first, last, r))
            return true;
        const std::vector<int> &added = m_added[std::size_t(a)];
        return std::find(added.begin(), added.end(), r) != added.end();
    }

    bool hasRoom(int r) const { return m_load[std::size_t(r)] < m_capacity[std::size_t(r)]; }
    int countOn(int a) const
    {
        return m_existingStart[std::size_t(a) + 1] - m_existingStart[std::size_t(a)] +
               int(m_added[std::size_t(a)].size());
    }

    void greedy()
    {
        // Eligible reviewers per application at the start: those with room, less the ones with
        // room that it is conflicted with or already has.
        int withRoom = 0;
        for (int r = 0; r < m_reviewers; ++r)
            withRoom += hasRoom(r) ? 1 : 0;
        std::vector<int> eligible(std::size_t(m_applications), withRoom);
        for (int a = 0; a < m_applications; ++a) {
            for (int i = m_conflictStart[std::size_t(a)]; i < m_conflictStart[std::size_t(a) + 1]; ++i)
                eligible[std::size_t(a)] -= hasRoom(m_conflicts[std::size_t(i)]) ? 1 : 0;
            for (int i = m_existingStart[std::size_t(a)]; i < m_existingStart[std::size_t(a) + 1]; ++i) {
                const int r = m_existing[std::size_t(i)];
                eligible[std::size_t(a)] -= hasRoom(r) && !isConflicted(a, r) ? 1 : 0;
            }
        }
        // Most constrained first, then by index: a stable counting sort on the eligible count.
        std::vector<int> order(static_cast<std::size_t>(m_applications));
        {
            std::vector<int> start(std::size_t(withRoom) + 2, 0);
            for (int a = 0; a < m_applications; ++a)
                ++start[std::size_t(eligible[std::size_t(a)]) + 1];
            for (std::size_t i = 1; i < start.size(); ++i)
                start[i] += start[i - 1];
            for (int a = 0; a < m_applications; ++a)
                order[std::size_t(start[std::size_t(eligible[std::size_t(a)])]++)] = a;
        }

        std::set<Available> available;
        for (int r = 0; r < m_reviewers; ++r)
            if (hasRoom(r))
                available.insert({m_load[std::size_t(r)], m_capacity[std::size_t(r)], m_rng(), r});

        std::vector<char> stuck(std::size_t(m_applications), 0);
        for (int round = 1; round <= m_k; ++round) {
            for (const int a : order) {
                if (stuck[std::size_t(a)] || countOn(a) >= round)
                    continue;
                auto it = available.begin();
                while (it != available.end() && (isConflicted(a, it->reviewer) || isOn(a, it->reviewer)))
                    ++it;
                if (it == available.end()) {
                    stuck[std::size_t(a)] = 1; // the set only shrinks: it stays stuck
                    continue;
                }
                const int r = it->reviewer;
                available.erase(it);
                give(a, r);
                if (hasRoom(r))
                    available.insert({m_load[std::size_t(r)], m_capacity[std::size_t(r)], m_rng(), r});
            }
        }
    }

    void give(int a, int r)
    {
        m_added[std::size_t(a)].push_back(r);
        m_addedTo[std::size_t(r)].push_back(a);
        ++m_load[std::size_t(r)];
    }

    // Breadth-first search for an augmenting path from a short application: reviewers are the
    // nodes; a full reviewer r leads to every reviewer r2 who could take over one of r's new
    // applications b. Ends at a reviewer with room. Returns false when there is none (then, as in
    // Kuhn's algorithm, later augmentations will not create one for this application).
    bool augment(int root, long long &budget)
    {
        struct Step
        {
            int application = -1; // where this reviewer takes over
            int from = -1;        // from whom (-1: added to the root)
        };
        std::vector<Step> parent(static_cast<std::size_t>(m_reviewers));
        std::vector<char> seen(std::size_t(m_reviewers), 0);
        std::vector<int> queue;
        int found = -1;
        for (int r = 0; r < m_reviewers && found < 0; ++r) {
            --budget;
            if (isConflicted(root, r) || isOn(root, r))
                continue;
            seen[std::size_t(r)] = 1;
            parent[std::size_t(r)] = {root, -1};
            if (hasRoom(r))
                found = r;
            else
                queue.push_back(r);
        }
        for (std::size_t head = 0; head < queue.size() && found < 0 && budget > 0; ++head) {
            const int r = queue[head];
            for (const int b : m_addedTo[std::size_t(r)]) {
                for (int r2 = 0; r2 < m_reviewers && found < 0; ++r2) {
                    --budget;
                    if (seen[std::size_t(r2)] || isConflicted(b, r2) || isOn(b, r2))
                        continue;
                    seen[std::size_t(r2)] = 1;
                    parent[std::size_t(r2)] = {b, r};
                    if (hasRoom(r2))
                        found = r2;
                    else
                        queue.push_back(r2);
                }
                if (found >= 0)
                    break;
            }
        }
        if (found < 0)
            return false;
        // Walk back: each reviewer on the path takes over its application from the previous one.
        ++m_load[std::size_t(found)];
        for (int r = found; r >= 0;) {
            const Step step = parent[std::size_t(r)];
            std::vector<int> &added = m_added[std::size_t(step.application)];
            if (step.from < 0) {
                added.push_back(r);
            } else {
                *std::find(added.begin(), added.end(), step.from) = r;
                std::vector<int> &fromApps = m_addedTo[std::size_t(step.from)];
                fromApps.erase(std::find(fromApps.begin(), fromApps.end(), step.application));
            }
            m_addedTo[std::size_t(r)].push_back(step.application);
            r = step.from;
        }
        return true;
    }

    void repair()
    {
        long long budget = RepairBudget;
        for (int a = 0; a < m_applications && budget > 0; ++a) {
            while (countOn(a) < m_k && budget > 0) {
                bool anyRoom = false;
                for (int r = 0; r < m_reviewers && !anyRoom; ++r)
                    anyRoom = hasRoom(r);
                if (!anyRoom || !augment(a, budget))
                    break;
            }
        }
    }

    void reportShortfalls(AssignmentPlan &plan) const
    {
        int full = 0;
        for (int r = 0; r < m_reviewers; ++r)
            full += hasRoom(r) ? 0 : 1;
        for (int a = 0; a < m_applications; ++a) {
            const int on = countOn(a);
            if (on >= m_k)
                continue;
            AssignmentShortfall shortfall;
            shortfall.application = a;
            shortfall.missing = m_k - on;
            // Full reviewers not on it and not conflicted = all full − full ones on it or conflicted.
            int fullOnOrConflicted = 0;
            for (int i = m_conflictStart[std::size_t(a)]; i < m_conflictStart[std::size_t(a) + 1]; ++i) {
                const int r = m_conflicts[std::size_t(i)];
                if (!isOn(a, r)) {
                    ++shortfall.conflicted;
                    fullOnOrConflicted += hasRoom(r) ? 0 : 1;
                }
            }
            for (int i = m_existingStart[std::size_t(a)]; i < m_existingStart[std::size_t(a) + 1]; ++i)
                fullOnOrConflicted += hasRoom(m_existing[std::size_t(i)]) ? 0 : 1;
            for (const int r : m_added[std::size_t(a)])
                fullOnOrConflicted += hasRoom(r) ? 0 : 1;
            shortfall.atCapacity = full - fullOnOrConflicted;
            if (m_reviewers - on == 0)
                shortfall.reason = AssignmentShortfall::Reason::TooFewReviewers;
            else if (shortfall.atCapacity == 0)
                shortfall.reason = AssignmentShortfall::Reason::AllConflicted;
            else if (shortfall.conflicted == 0)
                shortfall.reason = AssignmentShortfall::Reason::AllAtCapacity;
            else
                shortfall.reason = AssignmentShortfall::Reason::ConflictedOrAtCapacity;
            plan.shortfalls.append(shortfall);
        }
    }

    int m_applications;
    int m_reviewers;
    int m_k;
    std::mt19937_64 m_rng;
    std::vector<int> m_capacity;
    std::vector<int> m_load;
    std::vector<int> m_conflictStart;
    std::vector<int> m_conflicts;
    std::vector<int> m_existingStart;
    std::vector<int> m_existing;
    std::vector<std::vector<int>> m_added;   // per application, new reviewers in the order given
    std::vector<std::vector<int>> m_addedTo; // per reviewer, the applications newly given to them
    bool m_duplicateExisting = false;
};

} // namespace

QString AssignmentShortfall::text() const
{
    switch (reason) {
    case Reason::TooFewReviewers:
        return ReviewerAssignment::tr("%n reviewer(s) short: every reviewer is already assigned to it", nullptr,
                                      missing);
    case Reason::AllConflicted:
        return ReviewerAssignment::tr("%n reviewer(s) short: all remaining reviewers have a conflict of interest",
                                      nullptr, missing);
    case Reason::AllAtCapacity:
        return ReviewerAssignment::tr("%n reviewer(s) short: all remaining reviewers are at capacity", nullptr,
                                      missing);
    case Reason::ConflictedOrAtCapacity:
        return ReviewerAssignment::tr("%n reviewer(s) short: the remaining reviewers have a conflict of interest (%1) "
                                      "or are at capacity (%2)",
                                      nullptr, missing)
            .arg(conflicted)
            .arg(atCapacity);
    }
    return {};
}

Result<AssignmentPlan> ReviewerAssignment::assign(const AssignmentRequest &request)
{
    if (request.reviewersPerApplication < 1)
        return Error{tr("Each application needs at least one reviewer.")};
    if (request.applicationCount < 0)
        return Error{tr("The number of applications cannot be negative.")};
    const int reviewers = int(request.capacities.size());
    for (int r = 0; r < reviewers; ++r)
        if (request.capacities[r] < 0)
            return Error{tr("Reviewer %1 has a negative capacity.").arg(r + 1)};
    const auto inRange = [&](const ReviewPair &pair) {
        return pair.application >= 0 && pair.application < request.applicationCount && pair.reviewer >= 0 &&
               pair.reviewer < reviewers;
    };
    for (const ReviewPair &pair : request.conflicts)
        if (!inRange(pair))
            return Error{tr("A conflict of interest names an application or reviewer that is not in the list.")};
    for (const ReviewPair &pair : request.existing)
        if (!inRange(pair))
            return Error{tr("An existing assignment names an application or reviewer that is not in the list.")};

    AssignmentPlan plan;
    plan.seed = request.seed ? *request.seed : qint64(QRandomGenerator::global()->generate64());
    Planner planner(request, plan.seed);
    if (planner.duplicateExisting())
        return Error{tr("The same reviewer is assigned to the same application twice.")};
    planner.run(plan);
    return plan;
}

} // namespace cohort
