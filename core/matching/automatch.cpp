#include "matching/automatch.h"

#include "domain/ids.h"
#include "matching/slotassignment.h"

#include <algorithm>
#include <cmath>

namespace cohort {

int AutoMatchProposal::matched() const
{
    return int(kept.size() + proposed.size());
}

double AutoMatchProposal::meanScore() const
{
    const int n = matched();
    if (n == 0)
        return 0.0;
    double total = 0.0;
    for (const AutoMatchPair &pair : kept)
        total += pair.score;
    for (const AutoMatchPair &pair : proposed)
        total += pair.score;
    return total / n;
}

QString AutoMatchProposal::summary() const
{
    const int total = matched() + int(unmatched.size());
    const QString mean = QString::number(meanScore(), 'f', 2);
    if (unmatched.isEmpty())
        return AutoMatch::tr("%1 of %n mentee(s) matched, mean score %2", nullptr, total).arg(matched()).arg(mean);
    return AutoMatch::tr("%1 of %n mentee(s) matched, mean score %2; %3 stay unmatched", nullptr, total)
        .arg(matched())
        .arg(mean)
        .arg(unmatched.size());
}

// Why a mentee stays unmatched, in words: the solver's reason, made specific where it says no
// mentor was suitable.
QString AutoMatch::unmatchedReason(const MatchingData &data, const Compatibility &model, int mentee,
                                   const matching::UnmatchedMentee &unmatched,
                                   const matching::SlotAssignmentRequest &request)
{
    if (unmatched.reason != matching::UnmatchedMentee::Reason::NoSuitableMentor)
        return unmatched.text();
    const int mentors = int(data.mentors.size());
    if (mentors == 0)
        return tr("Unmatched: the cycle has no accepted mentors");
    int allowed = 0;
    int best = -1;
    double bestScore = -1.0;
    for (int m = 0; m < mentors; ++m) {
        if (request.capacities.at(m) <= 0 || model.isBlocked(mentee, m))
            continue;
        ++allowed;
        const double score = model.score(mentee, m);
        if (score > bestScore) {
            bestScore = score;
            best = m;
        }
    }
    if (allowed == 0) {
        for (int m = 0; m < mentors; ++m)
            if (request.capacities.at(m) > 0)
                return tr("Unmatched: every mentor with places left is ruled out (same library or a request not to "
                          "be matched)");
        return tr("Unmatched: every mentor's places are taken by kept matches");
    }
    return tr("Unmatched: the best allowed mentor (%1) scores %2, below the minimum of %3")
        .arg(data.mentors.at(best).code, QString::number(bestScore, 'f', 2),
             QString::number(request.minimumScore, 'f', 2));
}

Result<AutoMatchProposal> AutoMatch::propose(const MatchingData &data, const Compatibility &model, AutoMatchMode mode,
                                             std::optional<double> minimumScore)
{
    const double minimum = minimumScore.value_or(data.settings.minimumScore);
    if (!(minimum >= 0.0 && minimum <= 1.0))
        return Error{tr("The minimum score must be between 0 and 1.")};
    if (&model.data() != &data)
        return Error{tr("The compatibility model was built for other data.")};
    const int mentees = int(data.mentees.size());
    const int mentors = int(data.mentors.size());

    enum class State
    {
        Free,
        Kept,
        Ended,
        KeptElsewhere // kept, with a mentor whose application is not accepted
    };
    std::vector<State> state(std::size_t(mentees), State::Free);
    std::vector<int> keptMentor(std::size_t(mentees), -1);
    std::vector<const Match *> matchOf(std::size_t(mentees), nullptr);
    std::vector<int> keptLoad(std::size_t(mentors), 0);
    for (const Match &match : data.matches) {
        const int e = data.menteeIndex(match.menteeApplicationId);
        if (e < 0)
            continue;
        matchOf[std::size_t(e)] = &match;
        if (match.status == QLatin1String("ended")) {
            state[std::size_t(e)] = State::Ended;
            continue;
        }
        if (match.status != QLatin1String("published") && !match.locked)
            continue; // an unlocked draft: free to be reassigned
        const int m = data.mentorIndex(match.mentorApplicationId);
        if (m < 0) {
            state[std::size_t(e)] = State::KeptElsewhere;
            continue;
        }
        state[std::size_t(e)] = State::Kept;
        keptMentor[std::size_t(e)] = m;
        ++keptLoad[std::size_t(m)];
    }

    QList<int> free;
    std::vector<int> rowOf(std::size_t(mentees), -1);
    for (int e = 0; e < mentees; ++e) {
        if (state[std::size_t(e)] == State::Free) {
            rowOf[std::size_t(e)] = int(free.size());
            free.append(e);
        }
    }

    matching::SlotAssignmentRequest request;
    request.menteeCount = int(free.size());
    request.capacities.reserve(mentors);
    for (int m = 0; m < mentors; ++m)
        request.capacities.append(std::max(0, data.mentors.at(m).capacity - keptLoad[std::size_t(m)]));
    request.scores = model.scoreMatrix(free);
    for (const matching::MentorPair &pair : model.blockedPairs())
        if (const int row = rowOf[std::size_t(pair.mentee)]; row >= 0)
            request.forbidden.append({row, pair.mentor});
    request.minimumScore = minimum;
    request.mode = mode == AutoMatchMode::MostMatched ? matching::SlotAssignmentMode::MostMatched
                                                      : matching::SlotAssignmentMode::BestScores;
    auto plan = matching::SlotAssignment::solve(request);
    if (!plan)
        return Error{plan.error()};

    AutoMatchProposal proposal;
    for (int r = 0; r < free.size(); ++r) {
        const int m = plan->mentorOfMentee.at(r);
        if (m >= 0)
            proposal.proposed.append(
                {free.at(r), m, request.scores[std::size_t(r) * std::size_t(mentors) + std::size_t(m)]});
    }
    for (const matching::UnmatchedMentee &u : std::as_const(plan->unmatched))
        proposal.unmatched.append({free.at(u.mentee), unmatchedReason(data, model, free.at(u.mentee), u, request)});
    for (int e = 0; e < mentees; ++e) {
        switch (state[std::size_t(e)]) {
        case State::Free:
            break;
        case State::Kept:
            proposal.kept.append({e, keptMentor[std::size_t(e)], model.score(e, keptMentor[std::size_t(e)])});
            break;
        case State::Ended:
            proposal.unmatched.append(
                {e, tr("Unmatched: their match has ended, and a mentee is matched once a cycle")});
            break;
        case State::KeptElsewhere:
            proposal.unmatched.append(
                {e, matchOf[std::size_t(e)]->status == QLatin1String("published")
                        ? tr("Kept in a published match with a mentor whose application is not accepted")
                        : tr("Kept in a locked match with a mentor whose application is not accepted")});
            break;
        }
    }
    std::sort(proposal.unmatched.begin(), proposal.unmatched.end(),
              [](const AutoMatchUnmatched &a, const AutoMatchUnmatched &b) { return a.mentee < b.mentee; });
    return proposal;
}

AutoMatchChanges AutoMatch::changes(const MatchingData &data, const AutoMatchProposal &proposal)
{
    AutoMatchChanges changes;
    for (const Match &match : data.matches) {
        if (match.status == QLatin1String("draft") && !match.locked && data.menteeIndex(match.menteeApplicationId) >= 0)
            changes.removed.append(match);
    }
    for (const AutoMatchPair &pair : proposal.proposed) {
        Match match;
        match.id = newId();
        match.cycleId = data.cycleId;
        match.mentorApplicationId = data.mentors.at(pair.mentor).applicationId;
        match.menteeApplicationId = data.mentees.at(pair.mentee).applicationId;
        match.status = QStringLiteral("draft");
        match.source = QStringLiteral("auto");
        match.locked = false;
        match.score = pair.score;
        changes.added.append(match);
    }
    return changes;
}

} // namespace cohort
