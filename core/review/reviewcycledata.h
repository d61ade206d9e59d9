#pragma once

#include "domain/review.h"
#include "domain/reviewer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <optional>
#include <vector>

namespace cohort {

// A cycle's review settings. Where they live: `blind` is the cycle row's blind_review column
// (the schema's own field, which the demo fills); the others are cycle-scoped rows of the
// settings table (scope = cycle id): "review.perApplication" (k, default 2),
// "review.target.mentor" and "review.target.mentee" (absent = no explicit target).
// Read them with ReviewStore::loadSettings(), change them with SetReviewSettingsCommand.
struct ReviewSettings
{
    bool blind = false;
    int perApplication = 2;
    std::optional<int> mentorTarget;
    std::optional<int> menteeTarget;

    std::optional<int> target(const QString &role) const
    {
        return role == QLatin1String("mentor") ? mentorTarget : menteeTarget;
    }
    bool operator==(const ReviewSettings &) const = default;
};

// The part of an application that review needs: one row of the committee grid.
struct ReviewApplication
{
    QString id;
    QString personId;
    QString code;        // the stable code shown instead of the name in blind review
    QString role;        // mentor, mentee
    QString displayName; // "First Last": hide when ReviewCycleData::settings.blind
    QString email;       // personal: hide when blind
    QString library;     // hide when blind
    QString status;      // received, eligible, …, accepted, waitlisted, declined, withdrawn
    QString eligibility; // unknown, eligible, ineligible
    int capacity = 1;    // mentors: how many mentees they can take
    int version = 1;     // the application row's version

    // Whether the application takes part in review (is counted, ranked, can be assigned):
    // - never when its status is ineligible or withdrawn;
    // - always when its status is eligible, under_review, accepted, waitlisted or declined
    //   (a person moved it past screening);
    // - when still received, only if the stored eligibility verdict is "eligible".
    bool inReview() const;
    // Whether automatic assignment gives it reviewers: inReview() and not yet decided
    // (status eligible, under_review, or received with an eligible verdict).
    bool assignable() const;
    // The code, or "code · name" when not blind.
    QString label(bool blind) const;
};

// An assignment with the indices of its application and reviewer in ReviewCycleData's lists
// (-1 when the application is not of the loaded role, which loadCycle never returns).
struct ReviewAssignment : Assignment
{
    int application = -1;
    int reviewer = -1;
};

// One stored cell of a scoring grid (a row of the scores table), by index. A cell without a row
// is unscored; a row may also be unscored (value empty and not N/A).
struct ReviewCell
{
    int assignment = -1; // index into ReviewCycleData::assignments
    int criterion = -1;  // index into ReviewCycleData::criteria
    std::optional<double> value;
    bool notApplicable = false;
    int version = 1;

    bool scored() const { return value.has_value() || notApplicable; }
};

// An index from the ids of a list's rows (a QString field of each row) to their positions, for
// ReviewCycleData's lookups. It holds positions only, 8 bytes per slot: a lookup compares the id
// it is given with the row's own (idOf(row), a QStringView, empty for a row out of range), so the
// ids are not copied, and it can be searched with the UTF-8 bytes SQLite returns without making a
// QString (ReviewStore::loadCycle reads hundreds of thousands of ids). A repeated id maps to its
// last row, as with QHash::insert.
class IdIndex
{
public:
    // Empties the index and makes room for count ids.
    void reset(qsizetype count);
    qsizetype size() const { return m_count; }

    // Indexes rows 0 … count − 1.
    template <typename IdOf> void build(qsizetype count, IdOf idOf)
    {
        reset(count);
        for (qsizetype row = 0; row < count; ++row)
            insert(int(row), idOf(int(row)), idOf);
    }
    // Adds a row under its id; returns the row that had that id before, or -1.
    template <typename IdOf> int insert(int row, QStringView id, IdOf idOf)
    {
        return insertHashed(
            row, hashOf(id), [&](int other) { return idOf(other) == id; }, idOf);
    }
    // The row of an id, or -1.
    template <typename IdOf> int find(QStringView id, IdOf idOf) const
    {
        return findHashed(hashOf(id), [&](int row) { return idOf(row) == id; });
    }
    template <typename IdOf> int findUtf8(QByteArrayView id, IdOf idOf) const
    {
        quint64 hash = 0;
        if (!hashAscii(id, hash))
            return find(QString::fromUtf8(id), idOf);
        return findHashed(hash, [&](int row) { return equalAscii(id, idOf(row)); });
    }
    // The same, trying the row guessed first: rows read in the order of another list need no
    // hashing (nor the random memory accesses of a hash table) while the guesses are right.
    template <typename IdOf> int findUtf8(QByteArrayView id, int guess, IdOf idOf) const
    {
        return !id.isEmpty() && equalAscii(id, idOf(guess)) ? guess : findUtf8(id, idOf);
    }
    // The same value for an id's UTF-16 code units as for its bytes when they are ASCII.
    static quint64 hashOf(QStringView id);
    // False (and no hash) when the bytes are not all ASCII.
    static bool hashAscii(QByteArrayView id, quint64 &hash);
    // Whether ASCII bytes are the id (false for any other byte).
    static bool equalAscii(QByteArrayView ascii, QStringView id);

private:
    // A slot is 0 (empty) or the hash's low 32 bits above row + 1; the hash's high bits place it.
    std::vector<quint64> m_slots;
    int m_shift = 64;
    qsizetype m_count = 0;

    template <typename Same> int findHashed(quint64 hash, Same same) const
    {
        if (m_slots.empty())
            return -1;
        const std::size_t mask = m_slots.size() - 1;
        const quint64 tag = hash << 32;
        for (std::size_t i = std::size_t(hash >> m_shift);; i = (i + 1) & mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0)
                return -1;
            if ((slot & ~quint64(0xffffffffu)) == tag && same(int(quint32(slot)) - 1))
                return int(quint32(slot)) - 1;
        }
    }
    template <typename Same, typename IdOf> int insertHashed(int row, quint64 hash, Same same, IdOf idOf)
    {
        if (qsizetype(m_slots.size()) < (m_count + 1) + (m_count + 1) / 3)
            grow(idOf);
        const std::size_t mask = m_slots.size() - 1;
        const quint64 tag = hash << 32;
        for (std::size_t i = std::size_t(hash >> m_shift);; i = (i + 1) & mask) {
            const quint64 slot = m_slots[i];
            if (slot == 0) {
                m_slots[i] = tag | quint64(quint32(row + 1));
                ++m_count;
                return -1;
            }
            if ((slot & ~quint64(0xffffffffu)) == tag && same(int(quint32(slot)) - 1)) {
                m_slots[i] = tag | quint64(quint32(row + 1));
                return int(quint32(slot)) - 1;
            }
        }
    }
    template <typename IdOf> void grow(IdOf idOf)
    {
        std::vector<quint64> old;
        old.swap(m_slots);
        reset(std::max<qsizetype>(8, m_count * 2));
        const std::size_t mask = m_slots.size() - 1;
        for (quint64 slot : old) {
            if (slot == 0)
                continue;
            const quint64 hash = hashOf(idOf(int(quint32(slot)) - 1));
            std::size_t i = std::size_t(hash >> m_shift);
            while (m_slots[i] != 0)
                i = (i + 1) & mask;
            m_slots[i] = (hash << 32) | (slot & 0xffffffffu);
            ++m_count;
        }
    }
};

// Everything about the review of one cycle and one role, read in a few queries by
// ReviewStore::loadCycle(). Plain data: the review arithmetic (ReviewStatistics, AutoAssign,
// ConflictSuggestions, DecisionRules) works on it without touching the database.
//
// Indices: lists are in a stable order (criteria by sort order; reviewers chair first, then by
// name; applications by code; assignments by application, then reviewer name; cells by
// assignment, then criterion). buildIndex() (called by loadCycle) fills the lookups below; call
// it again after changing the lists by hand (tests do).
struct ReviewCycleData
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ReviewCycleData)

public:
    QString cycleId;
    QString role; // mentor, mentee
    ReviewSettings settings;
    QList<Criterion> criteria;             // this cycle's rubric for this role
    QList<Reviewer> reviewers;             // every reviewer of the program, active or not
    QList<ReviewApplication> applications; // every application of the cycle and role
    QList<ReviewAssignment> assignments;   // of those applications
    QList<ReviewCell> cells;               // the stored score cells of those assignments
    QList<Decision> decisions;             // of those applications
    QList<Conflict> conflicts;             // any status, of the people of those applications
    // Per reviewer (parallel to reviewers): assignments in this cycle for the other role, which
    // also use the reviewer's capacity (capacity is per cycle, both roles together).
    QList<int> otherRoleLoads;
    // The sum of the capacities of the cycle's accepted mentors (the default mentee target).
    int acceptedMentorCapacity = 0;

    // --- lookups (filled by buildIndex()) ---
    int applicationIndex(const QString &applicationId) const;
    int reviewerIndex(const QString &reviewerId) const;
    int criterionIndex(const QString &criterionId) const;
    int assignmentIndex(const QString &assignmentId) const;
    // The assignment of a reviewer to an application, or -1.
    int assignmentIndex(int application, int reviewer) const;
    // The assignments of an application (indices into assignments), in list order.
    QList<int> assignmentsOf(int application) const;
    // The assignments of a reviewer, by application code.
    QList<int> assignmentsOfReviewer(int reviewer) const;
    // The stored cell of an assignment and criterion (index into cells), or -1.
    int cellIndex(int assignment, int criterion) const;
    // The decision of an application (index into decisions), or -1.
    int decisionIndex(int application) const;
    // The conflict row of a reviewer and a person (index into conflicts), or -1.
    int conflictIndex(const QString &reviewerId, const QString &personId) const;
    // Whether a confirmed conflict keeps the reviewer off the application.
    bool isConflicted(int application, int reviewer) const;

    void buildIndex();

private:
    friend class ReviewStore; // loadCycle() hands over the lookups it built while reading
    // loaded: by loadCycle(), which has filled the id lookups, the assignments' indices and
    // m_cellStart, and put the assignments and cells in order; the rest is built here.
    void buildIndex(bool loaded);

    // The ids of a row of each list (an empty view out of range, for an index not yet rebuilt).
    QStringView applicationIdAt(int row) const;
    QStringView reviewerIdAt(int row) const;
    QStringView criterionIdAt(int row) const;
    QStringView assignmentIdAt(int row) const;

    IdIndex m_applicationById;
    IdIndex m_reviewerById;
    IdIndex m_criterionById;
    IdIndex m_assignmentById;
    QHash<QString, int> m_conflictByPair;  // reviewerId + '|' + personId
    std::vector<int> m_byApplicationStart; // CSR: assignments of application a are
    std::vector<int> m_byApplication;      // m_byApplication[start[a] … start[a + 1] − 1]
    QList<QList<int>> m_byReviewer;
    std::vector<int> m_cellStart; // per assignment: index of its first cell in cells (+1 at the end)
    std::vector<int> m_decisionOf;
};

} // namespace cohort

// Their members (QString, QDateTime, std::optional of a number) are all relocatable: a growing
// QList of them reallocates instead of moving each row.
Q_DECLARE_TYPEINFO(cohort::ReviewApplication, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(cohort::ReviewAssignment, Q_RELOCATABLE_TYPE);
