#pragma once

#include "domain/application.h"
#include "domain/reviewer.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace cohort {

class Database;
class StatementCache;

// How many applications of one role have one status.
struct StatusCount
{
    QString role;
    QString status;
    int count = 0;
};

// An earlier (or later) application of the same person, for the detail panel's history.
struct PersonHistoryEntry
{
    QString applicationId;
    QString cycleId;
    QString cycleName;
    QString role;
    QString status;
    QString submittedAt;
};

// Applications of one cycle that look like the same person: same normalized name and library
// (normalize::name, normalize::library) but different people or emails.
struct LikelyDuplicateGroup
{
    QString key; // the normalized name and library
    QStringList applicationIds;
};

// One application's stored eligibility verdict (the eligibility and eligibility_reason columns)
// as it is (`from`) and as it becomes (`to`).
struct EligibilityChange
{
    QString applicationId;
    QString code;
    QString fromEligibility;
    QString fromReason;
    QString toEligibility;
    QString toReason;
};

// People and applications.
class ApplicationStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ApplicationStore)

public:
    explicit ApplicationStore(Database &db) : m_db(db) {}

    Result<QList<StatusCount>> countByRoleAndStatus(const QString &cycleId) const;
    // The rows of the applications list for a cycle, by submission time.
    Result<QList<ApplicationSummary>> listSummaries(const QString &cycleId) const;
    Result<int> count(const QString &cycleId = {}) const;

    // Inserts inside the caller's transaction; ids must be set.
    Status insertPerson(const Person &person, const QString &timestamp, const QString &actor);
    Status insertApplication(const Application &application, const QString &timestamp, const QString &actor);
    // The same for bulk writers: the INSERT is prepared once in `cache` and rebound per row
    // (a null cache prepares it for this one row).
    Status insertPerson(const Person &person, const QString &timestamp, const QString &actor, StatementCache *cache);
    Status insertApplication(const Application &application, const QString &timestamp, const QString &actor,
                             StatementCache *cache);
    // How many people the program holds (a person may have applied in several cycles and roles).
    Result<int> personCount() const;

    Result<Application> load(const QString &applicationId) const;
    Result<Person> loadPerson(const QString &personId) const;
    Result<ApplicationSummary> loadSummary(const QString &applicationId) const;
    // Writes every column of the application and bumps its version; a conflict (someone else
    // saved a newer version since `application.version` was read) is an error that says so,
    // and nothing changes. Returns the new version. cycle_id and person_id are identity, not
    // edited: moving applications between people is mergePeople().
    Result<int> update(const Application &application, const QString &actor);
    Result<int> updatePerson(const Person &person, const QString &actor);
    // Removes an application (undo of New Application); the person goes too when no other
    // application refers to them.
    Status remove(const QString &applicationId);
    // The applications of one cycle and role with what Eligibility::evaluate() reads and the stored
    // verdict: id, cycleId, role, code, status, the rule inputs (ALSC membership, attestation,
    // experience, interests, connection, adult, guardian's permission), eligibility,
    // eligibilityReason and version. Every other field keeps its default. By code.
    Result<QList<Application>> listForEligibility(const QString &cycleId, const QString &role) const;
    // Writes each change's `to` verdict where the stored verdict still is its `from`, bumping the
    // version (inside the caller's transaction). A row whose verdict someone else changed
    // meanwhile, or that is gone, is a conflict: the error names it and the caller rolls back.
    // The status is never touched.
    Status updateEligibility(const QList<EligibilityChange> &changes, const QString &actor);
    // The next free code of the cycle ("M-0041" for mentors, "E-0123" for mentees).
    Result<QString> nextCode(const QString &cycleId, const QString &role) const;
    Result<std::optional<Person>> findPersonByEmail(const QString &email) const; // normalized match
    Result<QList<PersonHistoryEntry>> history(const QString &personId) const;
    Result<QList<LikelyDuplicateGroup>> likelyDuplicates(const QString &cycleId) const;
    // Moves every application of `removed` to `kept`, then deletes `removed` (inside the
    // caller's transaction).
    Status mergePeople(const QString &keptPersonId, const QString &removedPersonId, const QString &actor);
    // For the undo of a merge: the removed person's conflicts of interest (read before merging),
    // and putting the person, those applications and those conflicts back (inside the caller's
    // transaction). Fails if one of the applications no longer belongs to the kept person.
    Result<QList<Conflict>> conflictsOf(const QString &personId) const;
    Status unmergePeople(const Person &removed, const QString &keptPersonId, const QStringList &applicationIds,
                         const QList<Conflict> &conflicts, const QString &actor);
    // The conflict message for a record someone else saved meanwhile: "Application E-0012 was
    // changed by ann at 10/13/17 9:05 AM since you opened it; …" (or that it no longer exists).
    Error applicationConflict(const QString &applicationId, const QString &code) const;
    Error personConflict(const QString &personId, const QString &name) const;

private:
    Database &m_db;
};

} // namespace cohort
