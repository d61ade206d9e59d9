#include "review/decisionrules.h"

#include <QLocale>

#include <climits>

namespace cohort {

namespace {
const QString kAccepted = QStringLiteral("accepted");

int effectiveRank(const QList<int> &ranks, int application)
{
    const int rank = application >= 0 && application < ranks.size() ? ranks[application] : 0;
    return rank > 0 ? rank : INT_MAX;
}

// The best-ranked application that is not accepted, other than `except`, or -1.
int bestNotAccepted(const QList<int> &ranks, const QList<QString> &outcomes, int except)
{
    int best = -1;
    int bestRank = INT_MAX;
    for (int i = 0; i < ranks.size(); ++i) {
        if (i == except || ranks[i] <= 0)
            continue;
        if (i < outcomes.size() && outcomes[i] == kAccepted)
            continue;
        if (ranks[i] < bestRank) {
            bestRank = ranks[i];
            best = i;
        }
    }
    return best;
}

QString outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("accepted"))
        return DecisionRules::tr("accepted");
    if (outcome == QLatin1String("waitlisted"))
        return DecisionRules::tr("waitlisted");
    if (outcome == QLatin1String("declined"))
        return DecisionRules::tr("declined");
    return outcome;
}
} // namespace

QString DecisionCount::text() const
{
    QString head;
    if (target) {
        head = targetFromMentorCapacity
                   ? tr("%1 of %2 accepted (target from the accepted mentors' capacity)")
                         .arg(QLocale().toString(accepted), QLocale().toString(*target))
                   : tr("%1 of %2 accepted").arg(QLocale().toString(accepted), QLocale().toString(*target));
    } else {
        head = tr("%1 accepted (no target)").arg(QLocale().toString(accepted));
    }
    return tr("%1; %2 waitlisted, %3 declined, %4 undecided")
        .arg(head, QLocale().toString(waitlisted), QLocale().toString(declined), QLocale().toString(undecided));
}

std::optional<int> DecisionRules::target(const ReviewCycleData &data)
{
    if (const std::optional<int> set = data.settings.target(data.role))
        return set;
    if (data.role == QLatin1String("mentee") && data.acceptedMentorCapacity > 0)
        return data.acceptedMentorCapacity;
    return std::nullopt;
}

DecisionCount DecisionRules::count(const ReviewCycleData &data)
{
    DecisionCount count;
    count.target = target(data);
    count.targetFromMentorCapacity =
        count.target && !data.settings.target(data.role) && data.role == QLatin1String("mentee");
    for (int a = 0; a < data.applications.size(); ++a) {
        const int d = data.decisionIndex(a);
        if (d < 0) {
            if (data.applications[a].inReview())
                ++count.undecided;
            continue;
        }
        const QString &outcome = data.decisions[d].outcome;
        if (outcome == QLatin1String("accepted"))
            ++count.accepted;
        else if (outcome == QLatin1String("waitlisted"))
            ++count.waitlisted;
        else if (outcome == QLatin1String("declined"))
            ++count.declined;
    }
    return count;
}

bool DecisionRules::departsFromOrder(const QList<int> &ranks, const QList<QString> &outcomes, int application,
                                     std::optional<int> target)
{
    if (application < 0 || application >= outcomes.size())
        return false;
    const QString &outcome = outcomes[application];
    if (outcome.isEmpty())
        return false;
    const int rank = effectiveRank(ranks, application);
    if (outcome == kAccepted) {
        if (target && rank <= *target)
            return false;
        const int better = bestNotAccepted(ranks, outcomes, application);
        return better >= 0 && ranks[better] < rank;
    }
    return target && rank <= *target;
}

QList<DecisionRules::Departure> DecisionRules::departures(const ReviewCycleData &data,
                                                          const ReviewStatistics &statistics,
                                                          const QList<ProposedOutcome> &proposed)
{
    const int n = int(data.applications.size());
    QList<int> ranks(n, 0);
    QList<QString> outcomes(n);
    for (int a = 0; a < n; ++a) {
        if (a < statistics.applications.size())
            ranks[a] = statistics.applications[a].offsetRank;
        const int d = data.decisionIndex(a);
        if (d >= 0)
            outcomes[a] = data.decisions[d].outcome;
    }
    for (const ProposedOutcome &p : proposed) {
        if (p.application >= 0 && p.application < n)
            outcomes[p.application] = p.outcome;
    }
    const std::optional<int> goal = target(data);
    QList<Departure> result;
    const QLocale locale;
    for (const ProposedOutcome &p : proposed) {
        if (!departsFromOrder(ranks, outcomes, p.application, goal))
            continue;
        const QString code = data.applications[p.application].code;
        const int rank = ranks[p.application];
        QString text;
        if (outcomes[p.application] == kAccepted) {
            const int better = bestNotAccepted(ranks, outcomes, p.application);
            const QString other = data.applications[better].code;
            const QString otherRank = locale.toString(ranks[better]);
            if (rank <= 0)
                text =
                    tr("%1 has no calibrated score, while %2 (ranked %3) is not accepted.").arg(code, other, otherRank);
            else if (goal)
                text = tr("%1 is ranked %2, below the target of %3, while %4 (ranked %5) is not accepted.")
                           .arg(code, locale.toString(rank), locale.toString(*goal), other, otherRank);
            else
                text = tr("%1 is ranked %2, while %3 (ranked %4) is not accepted.")
                           .arg(code, locale.toString(rank), other, otherRank);
        } else {
            text = tr("%1 is ranked %2, within the target of %3, but is %4.")
                       .arg(code, locale.toString(rank), locale.toString(goal.value_or(0)),
                            outcomeLabel(outcomes[p.application]));
        }
        result.append({p.application, text});
    }
    return result;
}

} // namespace cohort
