#pragma once

#include "domain/application.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace cohort {

class Database;
class StatementCache;

// An application with its person, as the import's duplicate checks and the export read them.
struct PersonApplication
{
    Person person;
    Application application;
};

// The application of a cycle that an import compares its rows with: enough to find duplicates
// by email and likely duplicates by name and library, and the codes already taken.
struct ExistingApplication
{
    QString id;
    QString personId;
    QString role;
    QString code;
    QString email;
    QString firstName;
    QString lastName;
    QString library;
};

// One row of a bulk insert of applications: the application and its line in the file.
struct ImportRow
{
    const Application *application = nullptr;
    int importRow = 0; // import_row; 0 stores NULL
};

// A saved column mapping, as stored (import_mappings); core/intake reads the JSON.
struct StoredMapping
{
    QString name;
    QString role;
    QString json;
};

// Keeps SQLite's statement journals of one import in memory (PRAGMA temp_store = MEMORY) and
// puts the connection's setting back when it goes. Every multi-row INSERT journals the pages it
// changes, so that a failing row undoes its statement alone; past 64 KiB SQLite moves such a
// journal to a temporary file: 395,000 writes (0.9 s) for a 100,000-row import.
// In memory a statement's journal lives only as long as the statement. SQLite reads the setting
// when a write transaction begins: make this before the import's Transaction. Does nothing on
// PostgreSQL.
class InMemoryStatementJournals
{
public:
    explicit InMemoryStatementJournals(Database &db);
    ~InMemoryStatementJournals();
    InMemoryStatementJournals(const InMemoryStatementJournals &) = delete;
    InMemoryStatementJournals &operator=(const InMemoryStatementJournals &) = delete;

private:
    Database &m_db;
    int m_previous = 0; // temp_store: 0 default, 1 file, 2 memory
    bool m_changed = false;
};

// The SQL of application imports, exports and their undo: bulk reads into memory (one query
// each), the INSERT that also records the file line (import_row), whole-row updates with a
// version check, batch deletes, and saved mappings.
class ImportStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ImportStore)

public:
    explicit ImportStore(Database &db) : m_db(db) {}

    Result<bool> cycleExists(const QString &cycleId) const;
    // Every person of the program (to link a row to the person of an earlier cycle by email).
    Result<QList<Person>> people() const;
    // Every application of the cycle, both roles.
    Result<QList<ExistingApplication>> applicationsOfCycle(const QString &cycleId) const;
    // Full rows of a cycle (one role, or both when role is empty), by code.
    Result<QList<PersonApplication>> loadApplications(const QString &cycleId, const QString &role = {}) const;
    Result<PersonApplication> loadApplication(const QString &applicationId) const;

    // Inside the caller's transaction; the statement is prepared once in cache.
    Status insertApplication(const Application &application, int importRow, const QString &timestamp,
                             const QString &actor, StatementCache *cache);
    // The same for many rows, in order, several per statement (the per-statement work of SQLite
    // is most of a row's cost). On failure the rows of the failing statement are retried one by
    // one, so the error names the row (its index in rows in *failedRow) and what it broke.
    Status insertApplications(const std::vector<ImportRow> &rows, const QString &timestamp, const QString &actor,
                              StatementCache *cache, qsizetype *failedRow = nullptr);
    // New people, as ApplicationStore::insertPerson writes them, several per statement.
    Status insertPeople(const QList<Person> &people, const QString &timestamp, const QString &actor,
                        StatementCache *cache);
    // Writes every column an import or a form fills (not id, cycle, role, code) when the row
    // still has expectedVersion; returns the new version. A newer version is a conflict error.
    Result<int> updateApplication(const Application &application, int expectedVersion, const QString &actor);
    Result<int> updatePerson(const Person &person, int expectedVersion, const QString &actor);
    // How many of these applications were changed after they were written at `version`.
    Result<int> changedSince(const QStringList &applicationIds, int version) const;
    Status removeApplications(const QStringList &applicationIds);
    Status removePeople(const QStringList &personIds);

    // Columns flagged confidential in field_catalog: "applications.gender", "people.phone", …
    Result<QSet<QString>> confidentialColumns() const;

    Result<QList<StoredMapping>> mappings() const;
    Result<StoredMapping> mapping(const QString &name) const; // an error names a missing mapping
    Status saveMapping(const StoredMapping &mapping, const QString &actor);

private:
    Database &m_db;
};

} // namespace cohort
