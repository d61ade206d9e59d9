#pragma once

#include "matching/matchingdata.h"
#include "matching/slotassignment.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace cohort {

enum class MatchFactor
{
    PracticeArea,
    LibraryType,
    TimeZone,
    ContactMethods,
    Language,
    Experience,
    Preferences
};

// One factor of a pair's score.
struct FactorScore
{
    MatchFactor factor = MatchFactor::PracticeArea;
    double value = 0.0;        // 0..1
    double weight = 0.0;       // the cycle's weight of the factor
    double contribution = 0.0; // weight × value / Σ weights: the factors' contributions sum to the score
    QString name;              // translated ("Practice area")
    QString explanation;       // in words, translated ("Shares 2 of 3 interests: storytime, STEM")
};

struct PairExplanation
{
    double score = 0.0; // 0..1
    QList<FactorScore> factors;
    QString blockedReason; // empty unless a hard constraint forbids the pair
};

// The compatibility model: how well a mentor suits a mentee, as a weighted mean of explainable
// factors, each a value from 0 (poor) to 1 (ideal):
//
// - Practice area: the share of the mentee's interests (areas of children's library service) that
//   the mentor also lists — "the mentor covers 2 of the mentee's 3 interests" reads better than a
//   Jaccard index, and a mentor with more interests than the mentee is not penalized. Compared
//   case-insensitively. Unknown (either lists none): 0.5.
// - Library type: the same type (public, school, academic, special, none) 1, different 0;
//   unknown (either is empty) 0.5.
// - Time zone: the hours between the two zones' standard UTC offsets (around the clock, so at most
//   12): 0 h → 1, 6 h or more → 0, linear between. Zones may be IANA names ("America/Chicago"),
//   offsets ("UTC-5", "GMT+05:30", "-05:00") or the North American names forms use ("Eastern",
//   "Central Time", "PST"). Unknown: 0.5.
// - Contact methods: the share of the mentee's preferred methods the mentor also uses (1 when
//   all are shared, 0 when none is). Methods are folded to email, phone, video (Skype, Zoom…),
//   chat and in person. Unknown (either lists none): 0.5.
// - Language: any language in common 1, none 0. An empty list counts as English.
// - Experience: the mentor's years in children's library service minus the mentee's: 5 years or
//   more → 1, 0 or less → 0, linear between. Unknown (either not given): 0.5.
// - Preferences: only when the mentee asked for their confidential answers to be used in
//   matching (useDemographics); otherwise neutral (0.5) and the explanation says they were not
//   used. When used, the mean of what can be compared: (a) the share of the keywords of the
//   mentee's "I would like a mentor who…" text (stop words dropped) found in the mentor's offer,
//   statement, interests, languages or library type; (b) when the mentor opted in too, the share
//   of the demographic answers (gender, BIPOC, disability) both gave that are the same. Nothing
//   to compare: 0.5.
//
// The score is Σ weight × value / Σ weights (0 when every weight is 0).
//
// Hard constraints (blockedReason): either one's avoid list names the other (their full name
// or email appears in an entry, case- and accent-insensitive), and — when the cycle forbids it —
// both work at the same library (names compared as normalize::library does). The schema has no
// declared conflicts between applicants; reviewers' conflicts do not apply to matching.
//
// Built once per MatchingData (the data must outlive the model); per-participant features are
// precomputed (interned sets as bitsets, UTC offsets), so score() compares numbers only.
// suggestions() reads the mentors' current loads from the data.
class Compatibility
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Compatibility)

public:
    explicit Compatibility(const MatchingData &data);

    const MatchingData &data() const { return *m_data; }

    // 0..1; fast, no strings.
    double score(int mentee, int mentor) const;
    // Whether a hard constraint forbids the pair (fast).
    bool isBlocked(int mentee, int mentor) const;
    // "" when allowed. Without forChair the reason never names the confidential answer behind it
    // (who is on an avoid list).
    QString blockedReason(int mentee, int mentor, bool forChair = false) const;
    // The factors in MatchFactor order; their contributions sum to the score. The text never shows
    // confidential values (demographics, the preference text, avoid lists) unless forChair.
    PairExplanation explain(int mentee, int mentor, bool forChair) const;

    struct Suggestion
    {
        int mentor = -1;
        double score = 0.0;
        QString reason; // one line: the two strongest factors (no confidential values)
    };
    // The best `count` mentors for a mentee among those allowed and with room (load < capacity),
    // by score, ties by code.
    QList<Suggestion> suggestions(int mentee, int count) const;

    // Every pair's score, mentees × mentors, row-major (for the solver).
    std::vector<double> scoreMatrix() const;
    // The rows of some mentees only (in that order), × all mentors.
    std::vector<double> scoreMatrix(const QList<int> &mentees) const;
    // The blocked pairs (by mentee, then mentor).
    QList<matching::MentorPair> blockedPairs() const;

    static QString factorName(MatchFactor factor);
    // A time zone's standard UTC offset in hours, or none if it cannot be read (see above).
    static std::optional<double> utcOffsetHours(const QString &timeZone);

private:
    // Interned values of one kind (interests, contact methods, …) as one bitset per participant.
    struct SetColumn
    {
        int words = 1;
        std::vector<quint64> bits; // participants × words
        std::vector<int> counts;   // distinct values per participant
        const quint64 *row(int i) const { return bits.data() + std::size_t(i) * std::size_t(words); }
    };
    struct Side
    {
        SetColumn interests;
        SetColumn methods;
        SetColumn languages;
        SetColumn keywords;           // mentees: their preference keywords; mentors: which of those they mention
        std::vector<int> libraryType; // −1 unknown
        std::vector<int> library;     // −1 unknown
        std::vector<float> offset;    // NaN unknown
        std::vector<float> years;     // NaN unknown
        std::vector<std::array<int, 3>> demographics; // −1 not answered
        std::vector<char> optedIn;
    };
    enum
    {
        FactorCount = 7
    };
    struct Values
    {
        std::array<double, FactorCount> v{};
    };

    Values values(int mentee, int mentor) const;
    double preferenceValue(int mentee, int mentor, int *keywordHits, int *demographicsCompared,
                           int *demographicsSame) const;
    void buildAvoidance();
    QString avoidReason(int mentee, int mentor, bool forChair) const;
    QString explanation(MatchFactor factor, int mentee, int mentor, double value, bool forChair) const;
    struct MenteeRow;
    MenteeRow menteeRow(int mentee) const;
    double pairScore(const MenteeRow &row, int mentee, int mentor) const;
    void fillRow(int mentee, double *row) const;
    // Rows of the matrix: mentees[r] for r < count (all mentees in order when mentees is null).
    void fillRows(const int *mentees, qsizetype count, double *matrix) const;

    const MatchingData *m_data;
    std::array<double, FactorCount> m_weight{};     // as set
    std::array<double, FactorCount> m_normalized{}; // weight / Σ weights
    Side m_mentees;
    Side m_mentors;
    QStringList m_interestNames; // by interned id (normalized)
    QStringList m_methodNames;
    QStringList m_languageNames;
    QStringList m_keywordNames;
    // Avoid lists: (mentee × mentors + mentor) → who named whom (1 mentee named mentor, 2 the
    // reverse, 3 both).
    QHash<qint64, int> m_avoid;
};

} // namespace cohort
