#include "review/autoassign.h"

#include "domain/ids.h"
#include "review/assignment.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace cohort {

QString AutoAssignShortfall::text() const
{
    return code + QStringLiteral(": ") + reason;
}

QString AutoAssignProposal::summary() const
{
    const QString added_ = tr("Proposed %n assignment(s)", nullptr, int(added.size()));
    const QString apps = tr("for %n application(s)", nullptr, applicationCount);
    QString text = tr("%1 %2 (%3 per application, seed %4).").arg(added_, apps).arg(perApplication).arg(seed);
    if (!shortfalls.isEmpty())
        text += QLatin1Char(' ') + tr("%n application(s) are short of reviewers.", nullptr, int(shortfalls.size()));
    if (!conflictedExisting.isEmpty())
        text += QLatin1Char(' ') + tr("%n existing assignment(s) pair a reviewer with someone they have a conflict "
                                      "of interest with.",
                                      nullptr, int(conflictedExisting.size()));
    return text;
}

QStringList AutoAssignProposal::shortfallTexts() const
{
    QStringList texts;
    texts.reserve(shortfalls.size());
    for (const AutoAssignShortfall &shortfall : shortfalls)
        texts.append(shortfall.text());
    return texts;
}

Result<AutoAssignProposal> AutoAssign::propose(const ReviewCycleData &data, int perApplication,
                                               std::optional<qint64> seed)
{
    if (perApplication < 1)
        return Error{tr("Each application needs at least one reviewer.")};
    AutoAssignProposal proposal;
    proposal.perApplication = perApplication;

    // The request's applications are the assignable ones, in ReviewCycleData order (by code).
    QList<int> applications;             // request index → data index
    QHash<QString, QList<int>> byPerson; // person id → request indices
    for (int a = 0; a < data.applications.size(); ++a) {
        if (!data.applications[a].assignable())
            continue;
        byPerson[data.applications[a].personId].append(int(applications.size()));
        applications.append(a);
    }
    proposal.applicationCount = int(applications.size());
    QList<int> requestIndex(data.applications.size(), -1);
    for (int i = 0; i < applications.size(); ++i)
        requestIndex[applications[i]] = i;

    AssignmentRequest request;
    request.applicationCount = int(applications.size());
    request.reviewersPerApplication = perApplication;
    request.seed = seed;
    const int reviewerCount = int(data.reviewers.size());
    request.capacities.reserve(reviewerCount);
    // Existing assignments of this role count towards the load through `existing`; those of the
    // other role (same cycle) reduce the capacity left. An inactive reviewer takes nothing new:
    // their capacity is what they already hold, so the existing pairs stay valid.
    QList<int> existingLoad(reviewerCount, 0);
    for (const ReviewAssignment &a : data.assignments) {
        if (a.reviewer >= 0 && a.application >= 0 && requestIndex[a.application] >= 0)
            ++existingLoad[a.reviewer];
    }
    for (int r = 0; r < reviewerCount; ++r) {
        const Reviewer &reviewer = data.reviewers[r];
        const int other = r < data.otherRoleLoads.size() ? data.otherRoleLoads[r] : 0;
        const int room = reviewer.active ? std::max(0, reviewer.capacity - other) : 0;
        request.capacities.append(std::max(room, reviewer.active ? 0 : existingLoad[r]));
    }
    for (const Conflict &conflict : data.conflicts) {
        if (conflict.status != QLatin1String("confirmed"))
            continue;
        const int r = data.reviewerIndex(conflict.reviewerId);
        if (r < 0)
            continue;
        const auto it = byPerson.constFind(conflict.personId);
        if (it == byPerson.constEnd())
            continue;
        for (int application : it.value())
            request.conflicts.append({application, r});
    }
    QList<int> existingAssignment; // parallel to request.existing: data assignment index
    for (int i = 0; i < data.assignments.size(); ++i) {
        const ReviewAssignment &a = data.assignments[i];
        if (a.reviewer < 0 || a.application < 0 || requestIndex[a.application] < 0)
            continue;
        request.existing.append({requestIndex[a.application], a.reviewer});
        existingAssignment.append(i);
    }

    auto plan = ReviewerAssignment::assign(request);
    if (!plan)
        return Error{plan.error()};
    proposal.seed = plan->seed;
    proposal.loads = plan->loads;
    proposal.added.reserve(plan->added.size());
    for (const ReviewPair &pair : plan->added) {
        Assignment assignment;
        assignment.id = newId();
        assignment.applicationId = data.applications[applications[pair.application]].id;
        assignment.reviewerId = data.reviewers[pair.reviewer].id;
        assignment.source = QStringLiteral("auto");
        assignment.seed = plan->seed;
        proposal.added.append(std::move(assignment));
    }
    for (const AssignmentShortfall &shortfall : plan->shortfalls) {
        const ReviewApplication &application = data.applications[applications[shortfall.application]];
        proposal.shortfalls.append({application.id, application.code, shortfall.missing, shortfall.text()});
    }
    for (const ReviewPair &pair : plan->conflictedExisting) {
        for (int i = 0; i < request.existing.size(); ++i) {
            if (request.existing[i] == pair) {
                proposal.conflictedExisting.append(existingAssignment[i]);
                break;
            }
        }
    }
    std::sort(proposal.conflictedExisting.begin(), proposal.conflictedExisting.end());
    return proposal;
}

} // namespace cohort
