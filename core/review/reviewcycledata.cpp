#include "review/reviewcycledata.h"

#include <QStringBuilder>

#include <algorithm>
#include <bit>

namespace cohort {

// --- IdIndex ---

namespace {
constexpr quint64 kMultiplier = 0x9E3779B97F4A7C15ull;

// Four lanes over the code units, so that the multiplications do not wait on each other; then
// a final mix (the high bits place a slot, the low bits tell ids apart within it).
template <typename Unit> quint64 hashUnits(const Unit *units, qsizetype size)
{
    quint64 a = kMultiplier ^ quint64(size), b = 0xC2B2AE3D27D4EB4Full, c = 0x165667B19E3779F9ull,
            d = 0x27D4EB2F165667C5ull;
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        a = (a ^ quint64(units[i])) * kMultiplier;
        b = (b ^ quint64(units[i + 1])) * kMultiplier;
        c = (c ^ quint64(units[i + 2])) * kMultiplier;
        d = (d ^ quint64(units[i + 3])) * kMultiplier;
    }
    for (; i < size; ++i)
        a = (a ^ quint64(units[i])) * kMultiplier;
    quint64 h = a ^ std::rotl(b, 16) ^ std::rotl(c, 32) ^ std::rotl(d, 48);
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ull;
    h ^= h >> 32;
    return h;
}
} // namespace

void IdIndex::reset(qsizetype count)
{
    // At most three quarters full.
    std::size_t capacity = 8;
    while (capacity < std::size_t(count) + std::size_t(count) / 3 + 1)
        capacity *= 2;
    m_slots.assign(capacity, 0);
    m_shift = 64 - std::countr_zero(capacity);
    m_count = 0;
}

quint64 IdIndex::hashOf(QStringView id)
{
    return hashUnits(id.utf16(), id.size());
}

bool IdIndex::hashAscii(QByteArrayView id, quint64 &hash)
{
    const auto *bytes = reinterpret_cast<const uchar *>(id.data());
    uchar all = 0;
    for (qsizetype i = 0; i < id.size(); ++i)
        all |= bytes[i];
    if (all & 0x80)
        return false;
    hash = hashUnits(bytes, id.size());
    return true;
}

bool IdIndex::equalAscii(QByteArrayView ascii, QStringView id)
{
    if (ascii.size() != id.size())
        return false;
    const auto *bytes = reinterpret_cast<const uchar *>(ascii.data());
    const char16_t *units = id.utf16();
    for (qsizetype i = 0; i < id.size(); ++i) {
        if (bytes[i] != units[i] || bytes[i] >= 0x80)
            return false;
    }
    return true;
}

// --- ReviewApplication ---

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

QStringView ReviewCycleData::applicationIdAt(int row) const
{
    return row >= 0 && row < applications.size() ? QStringView(applications[row].id) : QStringView();
}

QStringView ReviewCycleData::reviewerIdAt(int row) const
{
    return row >= 0 && row < reviewers.size() ? QStringView(reviewers[row].id) : QStringView();
}

QStringView ReviewCycleData::criterionIdAt(int row) const
{
    return row >= 0 && row < criteria.size() ? QStringView(criteria[row].id) : QStringView();
}

QStringView ReviewCycleData::assignmentIdAt(int row) const
{
    return row >= 0 && row < assignments.size() ? QStringView(assignments[row].id) : QStringView();
}

int ReviewCycleData::applicationIndex(const QString &applicationId) const
{
    const int row = m_applicationById.find(applicationId, [this](int r) { return applicationIdAt(r); });
    return row < applications.size() ? row : -1;
}

int ReviewCycleData::reviewerIndex(const QString &reviewerId) const
{
    const int row = m_reviewerById.find(reviewerId, [this](int r) { return reviewerIdAt(r); });
    return row < reviewers.size() ? row : -1;
}

int ReviewCycleData::criterionIndex(const QString &criterionId) const
{
    const int row = m_criterionById.find(criterionId, [this](int r) { return criterionIdAt(r); });
    return row < criteria.size() ? row : -1;
}

int ReviewCycleData::assignmentIndex(const QString &assignmentId) const
{
    const int row = m_assignmentById.find(assignmentId, [this](int r) { return assignmentIdAt(r); });
    return row < assignments.size() ? row : -1;
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
    buildIndex(false);
}

void ReviewCycleData::buildIndex(bool loaded)
{
    if (!loaded) {
        m_applicationById.build(applications.size(), [this](int r) { return applicationIdAt(r); });
        m_reviewerById.build(reviewers.size(), [this](int r) { return reviewerIdAt(r); });
        m_criterionById.build(criteria.size(), [this](int r) { return criterionIdAt(r); });
        m_assignmentById.build(assignments.size(), [this](int r) { return assignmentIdAt(r); });
        for (ReviewAssignment &a : assignments) {
            if (a.application < 0)
                a.application = applicationIndex(a.applicationId);
            if (a.reviewer < 0)
                a.reviewer = reviewerIndex(a.reviewerId);
        }
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
    const bool byApplication = loaded || std::is_sorted(assignments.cbegin(), assignments.cend(),
                                                        [](const ReviewAssignment &l, const ReviewAssignment &r) {
                                                            return l.application < r.application;
                                                        });
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

    // Cells are grouped by assignment; loadCycle() has put them in order and counted where each
    // assignment's cells start. Tests may append unsorted cells, so sort here when needed.
    if (!loaded) {
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
    }

    m_decisionOf.assign(appCount, -1);
    for (int i = 0; i < decisions.size(); ++i) {
        const int app = applicationIndex(decisions[i].applicationId);
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
