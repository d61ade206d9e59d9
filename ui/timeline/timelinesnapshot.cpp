#include "timeline/timelinesnapshot.h"

#include "db/database.h"
#include "store/reviewstore.h"
#include "store/timelinestore.h"

namespace cohort {

std::shared_ptr<const TimelineSnapshot> TimelineSnapshot::read(const Database *database, const QString &cycleId,
                                                               QDate asOf, quint64 generation)
{
    auto snapshot = std::make_shared<TimelineSnapshot>();
    snapshot->cycleId = cycleId;
    snapshot->generation = generation;
    snapshot->asOf = asOf;
    auto connection = database->openAnotherConnection();
    if (!connection) {
        snapshot->error = connection.error();
        return snapshot;
    }
    auto data = TimelineStore(*connection.value()).load(cycleId);
    if (!data) {
        snapshot->error = data.error();
        return snapshot;
    }
    snapshot->data = std::move(data).value();
    // Without a date asked for: today; for a cycle that is over, the day of its last logged
    // contact (or its last day) — a past cycle is judged as it stood, not by the years since.
    if (!asOf.isValid()) {
        asOf = QDate::currentDate();
        const QDate end = snapshot->data.cycle.endsOn;
        if (end.isValid() && end < asOf) {
            QDate last;
            for (const TimelineMatch &match : std::as_const(snapshot->data.matches)) {
                if (!match.contacts.isEmpty() && match.contacts.constLast().contactOn > last)
                    last = match.contacts.constLast().contactOn;
            }
            asOf = last.isValid() && last < end ? last : end;
        }
        snapshot->asOf = asOf;
    }
    snapshot->engagement = Engagement::evaluate(snapshot->data, asOf);
    snapshot->counts = Engagement::counts(snapshot->engagement);
    if (auto reviewers = ReviewStore(*connection.value()).listReviewers())
        snapshot->reviewers = reviewers.value();
    return snapshot;
}

int TimelineSnapshot::matchIndex(const QString &matchId) const
{
    for (int i = 0; i < data.matches.size(); ++i) {
        if (data.matches.at(i).match.id == matchId)
            return i;
    }
    return -1;
}

QString TimelineSnapshot::pairName(int match) const
{
    if (match < 0 || match >= data.matches.size())
        return {};
    const TimelineMatch &m = data.matches.at(match);
    return QStringLiteral("%1 — %2").arg(m.mentorName.isEmpty() ? m.mentorCode : m.mentorName,
                                         m.menteeName.isEmpty() ? m.menteeCode : m.menteeName);
}

} // namespace cohort
