#include "review/reviewcycledata.h"

#include <QStringBuilder>

#include <algorithm>

namespace cohort {

bool ReviewApplication::inReview() const
{
    if (status == QLatin1String("ineligible") || status == QLatin1String("withdrawn"))
        return false;
    if (status == QLatin1String("received"))
        return eligibility == QLatin1String("eligible");
    return true;
}

bool ReviewApplication::assignable() const
{
    return inReview() && status != QLatin1String("accepted") && status != QLatin1String("waitlisted") &&
           status != QLatin1String("declined");
}

QString ReviewApplication::label(bool blind) const
{
    if (blind || displayName.trimmed().isEmpty())
        return code;
    return code % QStringLiteral(" · ") % displayName;
}

int ReviewCycleData::assignmentIndex(int application, int reviewer) const
{
    if (application < 0 || std::size_t(application) + 1 >= m_byApplicationStart.size())
        return -1;
    for (int i = m_byApplicationStart[std::size_t(application)]; i < m_byApplicationStart[std::size_t(application) + 1];
         ++i) {
        const int a = m_byApplication[std::size_t(i)];
        if (assignments[a].reviewer == reviewer)
            return a;
    }
    return -1;
}

QList<int> ReviewCycleData::assignmentsOf(int application) const
{
    QList<int> result;
    if (application < 0 || std::size_t(application) + 1 >= m_byApplicationStart.size())
        return result;
    for (int i = m_byApplicationStart[std::size_t(application)]; i < m_byApplicationStart[std::size_t(application) + 1];
         ++i)
        result.append(m_byApplication[std::size_t(i)]);
    return result;
}

QList<int> ReviewCycleData::assignmentsOfReviewer(int reviewer) const
{
    return reviewer >= 0 && reviewer < m_byReviewer.size() ? m_byReviewer[reviewer] : QList<int>();
}

int ReviewCycleData::cellIndex(int assignment, int criterion) const
{
    if (assignment < 0 || std::size_t(assignment) + 1 >= m_cellStart.size())
        return -1;
    for (int i = m_cellStart[std::size_t(assignment)]; i < m_cellStart[std::size_t(assignment) + 1]; ++i) {
        if (cells[i].criterion == criterion)
            return i;
    }
    return -1;
}

int ReviewCycleData::decisionIndex(int application) const
{
    return application >= 0 && std::size_t(application) < m_decisionOf.size() ? m_decisionOf[std::size_t(application)]
                                                                              : -1;
}

int ReviewCycleData::conflictIndex(const QString &reviewerId, const QString &personId) const
{
    return m_conflictByPair.value(reviewerId % QLatin1Char('|') % personId, -1);
}

bool ReviewCycleData::isConflicted(int application, int reviewer) const
{
    if (application < 0 || application >= applications.size() || reviewer < 0 || reviewer >= reviewers.size())
        return false;
    const int c = conflictIndex(reviewers[reviewer].id, applications[application].personId);
    return c >= 0 && conflicts[c].status == QLatin1String("confirmed");
}

void ReviewCycleData::buildIndex()
{
    buildIndex(true);
}

void ReviewCycleData::buildIndex(bool rehash)
{
    if (rehash) {
        m_applicationById.clear();
        m_applicationById.reserve(applications.size());
        for (int i = 0; i < applications.size(); ++i)
            m_applicationById.insert(applications[i].id, i);
        m_reviewerById.clear();
        for (int i = 0; i < reviewers.size(); ++i)
            m_reviewerById.insert(reviewers[i].id, i);
        m_criterionById.clear();
        for (int i = 0; i < criteria.size(); ++i)
            m_criterionById.insert(criteria[i].id, i);
        m_assignmentById.clear();
        m_assignmentById.reserve(assignments.size());
        for (int i = 0; i < assignments.size(); ++i)
            m_assignmentById.insert(assignments[i].id, i);
    }
    for (ReviewAssignment &a : assignments) {
        if (a.application < 0)
            a.application = m_applicationById.value(a.applicationId, -1);
        if (a.reviewer < 0)
            a.reviewer = m_reviewerById.value(a.reviewerId, -1);
    }

    // Assignments per application: a counting sort keeps list order within an application.
    const std::size_t appCount = std::size_t(applications.size());
    m_byApplicationStart.assign(appCount + 1, 0);
    for (const ReviewAssignment &a : std::as_const(assignments)) {
        if (a.application >= 0)
            ++m_byApplicationStart[std::size_t(a.application) + 1];
    }
    for (std::size_t i = 0; i < appCount; ++i)
        m_byApplicationStart[i + 1] += m_byApplicationStart[i];
    m_byApplication.assign(std::size_t(m_byApplicationStart[appCount]), 0);
    {
        std::vector<int> next(m_byApplicationStart.begin(), m_byApplicationStart.end() - 1);
        for (int i = 0; i < assignments.size(); ++i) {
            const int app = assignments[i].application;
            if (app >= 0)
                m_byApplication[std::size_t(next[std::size_t(app)]++)] = i;
        }
    }

    m_byReviewer = QList<QList<int>>(reviewers.size());
    for (int i = 0; i < assignments.size(); ++i) {
        if (assignments[i].reviewer >= 0)
            m_byReviewer[assignments[i].reviewer].append(i);
    }
    // Applications are in code order, so assignments in application order already give each
    // reviewer's list by code (loadCycle's order); sort only when the lists were built by hand.
    const bool byApplication = std::is_sorted(
        assignments.begin(), assignments.end(),
        [](const ReviewAssignment &l, const ReviewAssignment &r) { return l.application < r.application; });
    for (QList<int> &list : m_byReviewer) {
        if (byApplication)
            break;
        std::stable_sort(list.begin(), list.end(), [this](int l, int r) {
            const int la = assignments[l].application;
            const int ra = assignments[r].application;
            const QString lc = la >= 0 ? applications[la].code : QString();
            const QString rc = ra >= 0 ? applications[ra].code : QString();
            return lc < rc;
        });
    }

    // Cells are grouped by assignment (loadCycle sorts them so); tests may append unsorted
    // cells, so sort here when needed.
    const bool sorted = std::is_sorted(cells.begin(), cells.end(), [](const ReviewCell &l, const ReviewCell &r) {
        return l.assignment != r.assignment ? l.assignment < r.assignment : l.criterion < r.criterion;
    });
    if (!sorted) {
        std::stable_sort(cells.begin(), cells.end(), [](const ReviewCell &l, const ReviewCell &r) {
            return l.assignment != r.assignment ? l.assignment < r.assignment : l.criterion < r.criterion;
        });
    }
    const std::size_t assignmentCount = std::size_t(assignments.size());
    m_cellStart.assign(assignmentCount + 1, 0);
    for (const ReviewCell &cell : std::as_const(cells)) {
        if (cell.assignment >= 0 && std::size_t(cell.assignment) < assignmentCount)
            ++m_cellStart[std::size_t(cell.assignment) + 1];
    }
    // Cells with an assignment out of range sort first (negative) or last: offset past them.
    int leading = 0;
    while (leading < cells.size() && cells[leading].assignment < 0)
        ++leading;
    m_cellStart[0] = leading;
    for (std::size_t i = 0; i < assignmentCount; ++i)
        m_cellStart[i + 1] += m_cellStart[i];

    m_decisionOf.assign(appCount, -1);
    for (int i = 0; i < decisions.size(); ++i) {
        const int app = m_applicationById.value(decisions[i].applicationId, -1);
        if (app >= 0)
            m_decisionOf[std::size_t(app)] = i;
    }

    m_conflictByPair.clear();
    m_conflictByPair.reserve(conflicts.size());
    for (int i = 0; i < conflicts.size(); ++i)
        m_conflictByPair.insert(conflicts[i].reviewerId % QLatin1Char('|') % conflicts[i].personId, i);

    if (otherRoleLoads.size() != reviewers.size())
        otherRoleLoads.resize(reviewers.size(), 0);
}

} // namespace cohort
