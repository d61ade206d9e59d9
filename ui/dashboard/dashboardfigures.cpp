#include "dashboard/dashboardfigures.h"

#include "dashboard/dashboardpage.h"

#include <algorithm>

#include "document/programdocument.h"
#include "store/cyclestore.h"

namespace cohort {

namespace {
constexpr int UpcomingDays = 30;
} // namespace

int DashboardFigures::applicationCount(const QString &role, const QString &status) const
{
    int total = 0;
    for (const StatusCount &count : applications) {
        if ((role.isEmpty() || count.role == role) && (status.isEmpty() || count.status == status))
            total += count.count;
    }
    return total;
}

int DashboardFigures::matchCount(const QString &status) const
{
    int total = 0;
    for (const MatchStatusCount &count : matches) {
        if (status.isEmpty() || count.status == status)
            total += count.count;
    }
    return total;
}

double DashboardFigures::menteesPerMentor() const
{
    const int mentors = applicationCount(QStringLiteral("mentor"));
    return mentors == 0 ? 0.0 : static_cast<double>(applicationCount(QStringLiteral("mentee"))) / mentors;
}

QList<int> DashboardFigures::funnel(const QString &role) const
{
    const int all = applicationCount(role);
    const int withdrawn = applicationCount(role, QStringLiteral("withdrawn"));
    const int ineligible = applicationCount(role, QStringLiteral("ineligible"));
    const int accepted = applicationCount(role, QStringLiteral("accepted"));
    const int decided = accepted + applicationCount(role, QStringLiteral("waitlisted")) +
                        applicationCount(role, QStringLiteral("declined"));
    const int applied = all - withdrawn;
    return {applied, applied - ineligible, decided, accepted,
            role == QLatin1String("mentor") ? matched.mentors : matched.mentees};
}

DashboardFigures DashboardFigures::load(const ProgramDocument &document, const QString &cycleId, QDate today)
{
    DashboardFigures figures;
    if (cycleId.isEmpty())
        return figures;
    QStringList errors;
    if (auto counts = document.applicationStore().countByRoleAndStatus(cycleId))
        figures.applications = counts.value();
    else
        errors.append(counts.error());
    if (auto counts = document.matchStore().countByStatus(cycleId))
        figures.matches = counts.value();
    else
        errors.append(counts.error());
    if (auto deadline = document.cycleStore().nextDeadline(cycleId, today))
        figures.nextDeadline = deadline.value();
    else
        errors.append(deadline.error());
    if (auto matched = document.matchStore().matchedPeople(cycleId))
        figures.matched = matched.value();
    else
        errors.append(matched.error());
    if (auto cycles = document.cycleStore().list()) {
        for (const Cycle &cycle : cycles.value()) {
            if (cycle.id != cycleId)
                continue;
            const QDate until = today.addDays(UpcomingDays);
            for (const Phase &phase : cycle.phases) {
                if (phase.startsOn >= today && phase.startsOn <= until)
                    figures.upcoming.append({phase.startsOn, DashboardPage::tr("%1 begins").arg(phase.name)});
                if (phase.deadline.isValid() && phase.deadline >= today && phase.deadline <= until)
                    figures.upcoming.append({phase.deadline, DashboardPage::tr("%1: deadline").arg(phase.name)});
            }
        }
        std::stable_sort(figures.upcoming.begin(), figures.upcoming.end(),
                         [](const Upcoming &a, const Upcoming &b) { return a.date < b.date; });
    } else {
        errors.append(cycles.error());
    }
    figures.error = errors.join(QLatin1Char('\n'));
    return figures;
}

} // namespace cohort
