#pragma once

#include "domain/match.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cohort {

// One accepted application of a cycle, as the matching needs it.
struct MatchParticipant
{
    QString applicationId;
    QString personId;
    QString code;
    QString name; // the person's full name
    QString role; // mentor, mentee
    QString email;
    QString library;
    QString libraryType;
    QString state;
    QString country;
    QString timeZone;
    QString careerStage;
    std::optional<double> yearsExperience;
    QStringList interests;
    QStringList contactMethods;
    QStringList languages;
    QString statement;
    QString offer;
    // Confidential (field_catalog): used by the compatibility model only as compatibility.h says,
    // and never shown unless the reader is the chair.
    QString mentorPreference; // "I would like a mentor who…"
    QStringList avoid;        // people not to be matched with
    bool useDemographics = false;
    QString gender;
    QString bipoc;
    QString disability;
    int capacity = 1; // mentors: how many mentees they take
};

// How much each factor of the compatibility model counts (a per-cycle setting). Each weight is
// ≥ 0; a pair's score is Σ weight × value / Σ weights.
struct MatchWeights
{
    double practiceArea = 3.0;
    double libraryType = 1.5;
    double timeZone = 1.0;
    double contactMethods = 1.0;
    double language = 1.5;
    double experience = 1.0;
    double preferences = 1.0;

    static MatchWeights defaults() { return {}; }
    double sum() const;
    // {"practiceArea": 3, "libraryType": 1.5, …}
    QString toJson() const;
    // A JSON object of the keys toJson() writes; a missing key keeps its default. None when the
    // text is not such an object or a weight is negative or not a finite number.
    static std::optional<MatchWeights> fromJson(const QString &json);

    bool operator==(const MatchWeights &) const = default;
};

// A cycle's matching settings (settings table, scope = cycle id; see MatchingStore).
struct MatchingSettings
{
    MatchWeights weights;
    double minimumScore = 0.0;     // 0..1: auto-match leaves pairs below it unmatched
    bool forbidSameLibrary = true; // a hard constraint: never a mentor and mentee of one library

    bool operator==(const MatchingSettings &) const = default;
};

// The read model of one cycle's matching: its accepted mentors and mentees, its matches and its
// settings (MatchingStore::load). Plain data: views and services index into the lists.
//
// The lookups (mentorIndex, menteeIndex, matchOfMentee, load) use an index built by
// MatchingStore::load(); code that changes the lists afterwards calls rebuildIndex().
struct MatchingData
{
    QString cycleId;
    QList<MatchParticipant> mentors; // accepted mentors, by code
    QList<MatchParticipant> mentees; // accepted mentees, by code
    QList<Match> matches;            // the cycle's matches, any status (their people may not be accepted)
    MatchingSettings settings;

    int mentorIndex(const QString &applicationId) const; // −1 if none
    int menteeIndex(const QString &applicationId) const; // −1 if none
    // The mentee's match (any status), nullptr if unmatched.
    const Match *matchOfMentee(const QString &menteeApplicationId) const;
    // The mentor's matches that have not ended (drafts and published).
    int load(int mentor) const;

    void rebuildIndex();

private:
    QHash<QString, int> m_mentorById;
    QHash<QString, int> m_menteeById;
    QHash<QString, int> m_matchByMentee; // index into matches
    std::vector<int> m_loads;            // per mentor
};

} // namespace cohort
