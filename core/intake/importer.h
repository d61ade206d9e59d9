#pragma once

#include "domain/application.h"
#include "intake/importmapping.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace cohort {

class Database;
struct CsvTable;

// What to do with a row whose email already has an application in the cycle.
enum class DuplicatePolicy { Skip, Update, KeepBoth };

struct ImportRequest
{
    QString cycleId;
    QString role; // mentor or mentee
    ImportMapping mapping;
    DuplicatePolicy duplicates = DuplicatePolicy::Skip;
    bool validOnly = false; // import the valid rows and skip the rest (recorded in the report)
    QString sourceName;     // the file name, for the report and the audit log
    QString actor;          // who imports (updated_by, the audit log)
};

// One reason a row cannot be imported (or a warning about it).
struct ImportProblem
{
    int line = 0;   // 1-based line in the file
    QString column; // header text, empty for the whole row
    QString message;
    bool error = true; // false: a warning, the row still imports
};

// What an import wrote, kept in its report so that ImportApplicationsCommand can undo and redo it.
struct ImportedApplication
{
    Application application;
    int line = 0; // import_row
};

struct ImportedUpdate
{
    Application before; // as read before the import
    Application after;  // as the import wrote it; after.version is the version it left
};

struct ImportedPersonUpdate
{
    Person before;
    Person after; // after.version is the version the import left
};

struct ImportReport
{
    int rows = 0;
    int valid = 0;
    int inserted = 0;
    int updated = 0;            // DuplicatePolicy::Update
    int skippedDuplicates = 0;  // DuplicatePolicy::Skip
    int skippedInvalid = 0;     // validOnly
    int duplicatesInCycle = 0;  // rows whose email already applied in this cycle (or twice in the file)
    int linkedPeople = 0;       // rows matched by email to a person of an earlier cycle
    int likelyDuplicates = 0;   // rows flagged: same normalized name and library, different email
    bool validOnly = false;
    bool committed = false; // false for a dry run, a refused import or a cancelled one
    bool cancelled = false;
    QList<ImportProblem> problems;
    QStringList insertedApplicationIds;

    // Filled by a committed run(): exactly what it wrote, for undo and redo.
    QString cycleId;
    QString sourceName;
    QList<Person> insertedPeople; // the people the import created (rows of earlier people link instead)
    QList<ImportedApplication> insertedApplications;
    QList<ImportedUpdate> updatedApplications; // DuplicatePolicy::Update
    QList<ImportedPersonUpdate> updatedPeople; // empty fields filled, or Update's new values

    int errorCount() const;
    QString summary() const; // one paragraph for the wizard and the CLI
    QJsonObject toJson() const;
};

// Imports applications from a parsed CSV into one cycle, in one transaction: all rows land or
// none do. A file with invalid rows is refused unless validOnly is set. Converts values by field
// kind, checks required fields per role, evaluates eligibility (Eligibility), links people by
// email across cycles, applies the duplicate policy, flags likely duplicates, records the import
// in the audit log. Runs on the thread that owns db (the GUI runs it on a worker connection).
class ApplicationImporter
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ApplicationImporter)

public:
    // progress(done, total) is called every few hundred rows; returning false cancels: the
    // transaction rolls back and the report says cancelled.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit ApplicationImporter(Database &db) : m_db(db) {}

    // Validation only: converts and checks every row and counts duplicates; writes nothing.
    Result<ImportReport> check(const CsvTable &table, const ImportRequest &request) const;
    // check(), then writes (unless the check finds errors and validOnly is false).
    Result<ImportReport> run(const CsvTable &table, const ImportRequest &request, const Progress &progress = {});

private:
    Database &m_db;
};

// Saved mappings (the import_mappings table).
class ImportMappingStore
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ImportMappingStore)

public:
    explicit ImportMappingStore(Database &db) : m_db(db) {}
    Result<QList<ImportMapping>> list() const;
    Result<ImportMapping> load(const QString &name) const;
    // Inserts or replaces the mapping with this name.
    Status save(const ImportMapping &mapping, const QString &actor);

private:
    Database &m_db;
};

} // namespace cohort
