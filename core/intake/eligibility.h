#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cohort {

class Database;
class ProgramStore;
struct Application;

// The eligibility rules of one cycle and role: data (settings, scope = cycle id, key
// "eligibility.mentor" / "eligibility.mentee", JSON), with PROGRAM.md's defaults.
struct EligibilityRules
{
    // Mentors
    bool requireAlscMember = true;
    bool requireMembershipAttestation = true;
    bool requireExperience = true; // years_experience > 0 or an experience/interest listed
    // Mentees
    bool requireConnection = true;      // a connection to children's library service
    bool requireAdultOrGuardian = true; // 18+ or a guardian's permission
    bool requireAdult = false;          // later cycles: simply "at least 18"

    QString toJson() const;
    static EligibilityRules fromJson(const QString &json); // missing keys keep the defaults
    bool operator==(const EligibilityRules &) const = default;
};

struct EligibilityVerdict
{
    bool eligible = true;
    QStringList reasons; // each failed rule in words: "not an ALSC member"
    // "Eligible" or "Not eligible: not an ALSC member; no experience given" (translated)
    QString text() const;
};

class Eligibility
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Eligibility)

public:
    static EligibilityRules defaults(const QString &role);
    static EligibilityVerdict evaluate(const Application &application, const EligibilityRules &rules);
    static Result<EligibilityRules> load(const ProgramStore &store, const QString &cycleId, const QString &role);
    // Writes the rules and their audit entry in one transaction of its own, so it must not be
    // called inside another one (Database::begin() does not nest): use write() there.
    static Status save(Database &db, ProgramStore &store, const QString &cycleId, const QString &role,
                       const EligibilityRules &rules, const QString &actor);

    // For undo commands, inside the caller's transaction. The stored text is the setting as it
    // is ("" when the cycle never had its own rules, which load() reads as the defaults); undo
    // writes such a text back unchanged, even one load() cannot read. auditAction names the
    // audit entry ("eligibility.save", "eligibility.save.undo").
    static Result<QString> storedText(const ProgramStore &store, const QString &cycleId, const QString &role);
    static Status write(ProgramStore &store, const QString &cycleId, const QString &role, const QString &storedText,
                        const QString &actor, const QString &auditAction);
};

} // namespace cohort
