#pragma once

#include "domain/application.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

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

private:
    Database &m_db;
};

} // namespace cohort
