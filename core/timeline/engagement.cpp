#include "timeline/engagement.h"

#include <algorithm>

namespace cohort {

EngagementInput Engagement::inputOf(const TimelineMatch &t)
{
    EngagementInput input;
    input.matchId = t.match.id;
    input.startsOn = t.match.publishedOn;
    input.endsOn = t.match.endedOn;
    input.contacts.reserve(t.contacts.size());
    for (const ContactEntry &contact : t.contacts)
        input.contacts.append(contact.contactOn);
    if (t.match.status == QLatin1String("ended") && !input.endsOn.isValid()) {
        QDate last = input.startsOn;
        for (const QDate &day : std::as_const(input.contacts))
            if (day.isValid() && (!last.isValid() || day > last))
                last = day;
        input.endsOn = last;
    }
    if (t.goalSheet) {
        input.goalSheetDue = t.goalSheet->dueOn;
        if (t.goalSheet->submittedOn.isValid())
            input.goalSheetSubmitted = t.goalSheet->submittedOn;
    }
    input.goals = int(t.goals.size());
    return input;
}

QList<MatchEngagement> Engagement::evaluate(const TimelineData &data, QDate asOf)
{
    QList<MatchEngagement> result;
    result.reserve(data.matches.size());
    for (const TimelineMatch &t : data.matches)
        result.append(Cadence::evaluate(inputOf(t), data.settings, asOf));
    return result;
}

EngagementCounts Engagement::counts(const QList<MatchEngagement> &engagements)
{
    EngagementCounts counts;
    for (const MatchEngagement &e : engagements) {
        switch (e.status) {
        case EngagementStatus::NotStarted:
            ++counts.notStarted;
            break;
        case EngagementStatus::OnTrack:
            ++counts.onTrack;
            break;
        case EngagementStatus::BelowCadence:
            ++counts.belowCadence;
            break;
        case EngagementStatus::Quiet:
            ++counts.quiet;
            break;
        case EngagementStatus::Ended:
            ++counts.ended;
            break;
        }
        if (e.status != EngagementStatus::Ended && e.goalSheet.state == GoalSheetState::State::Overdue)
            ++counts.goalSheetsOverdue;
    }
    return counts;
}

QList<int> Engagement::quietOrder(const QList<MatchEngagement> &engagements)
{
    QList<int> order;
    for (int i = 0; i < engagements.size(); ++i) {
        const EngagementStatus s = engagements.at(i).status;
        if (s == EngagementStatus::Quiet || s == EngagementStatus::BelowCadence)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(), [&engagements](int a, int b) {
        return engagements.at(a).daysSinceContact > engagements.at(b).daysSinceContact;
    });
    return order;
}

} // namespace cohort
