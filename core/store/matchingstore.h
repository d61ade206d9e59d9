#pragma once

#include "domain/match.h"
#include "matching/matchingdata.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <optional>

namespace cohort {

class Database;

// The matching of one cycle: its read model (MatchingData), its settings and the writes of
// single matches that the board's undo commands make.
//
// Writes run inside the caller's transaction. An update or removal names the version the caller
// read ("expectedVersion"): when the stored row has another version (someone else saved it
// meanwhile) or is gone, the write changes nothing and returns an error that says so in words;
// the caller rolls back. Updates return the new version.
class MatchingStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::MatchingStore)

public:
    explicit MatchingStore(Database &db) : m_db(db) {}

    // The cycle's accepted mentors and mentees (each list by code), every match of the cycle and
    // the settings, in four queries.
    Result<MatchingData> load(const QString &cycleId) const;

    // Settings are cycle-scoped rows of the settings table: "matching.weights" (JSON, see
    // MatchWeights::toJson), "matching.minimum_score" and "matching.forbid_same_library" (1/0).
    // A missing or unreadable value reads as its default.
    Result<MatchingSettings> loadSettings(const QString &cycleId) const;
    // Refuses negative or non-finite weights and a minimum score outside 0..1.
    Status saveSettings(const QString &cycleId, const MatchingSettings &settings, const QString &actor);

    // A new match (match.id set; its version is stored as 1). Refused, in words, when the mentee
    // has a match already.
    Status insertMatch(const Match &match, const QString &actor);
    // Writes mentor_application_id, status, source, locked, score and published_on. Version-checked.
    Result<int> updateMatch(const Match &match, int expectedVersion, const QString &actor);
    // Deletes a match. Version-checked. Refused while the match has a goal sheet or logged
    // contacts (they would go with it): such a match is ended, not removed.
    Status removeMatch(const QString &matchId, int expectedVersion);
    // For undo: puts back a match row as it was (id and version included).
    Status restoreMatch(const Match &match, const QString &actor);
    Result<std::optional<Match>> findMatch(const QString &matchId) const;

    // Every match of a cycle with its people's codes and names (whatever their applications'
    // status), by mentor code, then mentee code: for lists and exports.
    struct MatchRow
    {
        Match match;
        QString mentorCode;
        QString mentorName;
        QString menteeCode;
        QString menteeName;
    };
    Result<QList<MatchRow>> listMatches(const QString &cycleId) const;

private:
    // "The match of M-0001 and E-0002", or "A match" when its people cannot be read.
    QString matchName(const QString &matchId) const;
    QString matchName(const QString &mentorApplicationId, const QString &menteeApplicationId) const;
    Error staleMatch(const QString &matchId) const;

    Database &m_db;
};

} // namespace cohort
