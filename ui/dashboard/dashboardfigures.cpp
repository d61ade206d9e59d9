#include "dashboard/dashboardfigures.h"

#include "document/programdocument.h"
#include "store/cyclestore.h"

namespace cohort {

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
    figures.error = errors.join(QLatin1Char('\n'));
    return figures;
}

} // namespace cohort
