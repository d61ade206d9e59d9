#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

class QSqlQuery;
struct sqlite3;

namespace cohort {

// Connection parameters for a program that lives on a PostgreSQL server.
struct PostgresParams
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString schema; // optional: a schema to create and use instead of "public"

    // Reads "host=... port=... dbname=... user=... password=... schema=..." (libpq-like).
    static PostgresParams fromConnectionString(const QString &text);
};

// What `check` finds in a program file.
struct CheckReport
{
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QStringList integrityProblems;  // from PRAGMA integrity_check ("ok" is not listed)
    QStringList foreignKeyProblems; // "table row N references missing parent"
    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

// One open program: a SQLite program file or a PostgreSQL database. Owns one named Qt Sql
// connection, which belongs to the thread that opened it; other threads open their own
// with openAnotherConnection().
//
// Opening never trusts the file: the header, application_id, size, quick_check (see
// QuickCheckOnOpenLimit) and schema version are checked through a read-only connection first,
// so a file that is not a Cohort program is left byte-for-byte untouched.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(cohort::Database)

public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };

    // SQLite's PRAGMA application_id for Cohort program files ("Cohr").
    static constexpr qint32 ApplicationId = 0x436F6872;
    static int latestSchemaVersion();
    static QString fileSuffix() { return QStringLiteral("cohort"); }
    // quick_check reads every page, so opening checks files up to this size at once; a larger
    // file opens after the cheap checks and integrityCheckDeferred() asks the caller to run
    // check() in the background on another connection.
    static constexpr qint64 QuickCheckOnOpenLimit = qint64(64) * 1024 * 1024;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Creates a new, empty program file (schema at the latest version, permissions 0600).
    // Fails if a non-empty file exists at path.
    static Result<std::unique_ptr<Database>> createFile(const QString &path);

    // Opens an existing program file after checking it. An older schema is backed up, then
    // migrated. A newer schema or a file without write permission opens read-only, with
    // readOnlyReason() saying why. forceReadOnly opens read-only regardless.
    static Result<std::unique_ptr<Database>> openFile(const QString &path, bool forceReadOnly = false,
                                                      qint64 quickCheckLimit = QuickCheckOnOpenLimit);

    // Connects to PostgreSQL and applies migrations there.
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresParams &params);

    // Inspects a file without opening it for writing; an error names the problem.
    static Status inspectFile(const QString &path);

    // Another connection to the same program, for use on another thread (open it there).
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase connection() const;
    // The QSQLITE driver's own sqlite3 handle, for the bulk paths that bind and read through the
    // sqlite3 C API (StatementCache, ReviewStore::loadCycle); nullptr on PostgreSQL.
    sqlite3 *sqliteHandle() const;
    Dialect dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    QString backupPath() const { return m_backupPath; } // set when opening migrated an older file
    bool integrityCheckDeferred() const { return m_integrityCheckDeferred; }

    // Write transactions. On SQLite they start with BEGIN IMMEDIATE: Qt's transaction() sends
    // a deferred BEGIN, which fails at once with SQLITE_BUSY when a second writer appears.
    Status begin();
    Status commit();
    void rollback();

    // A consistent copy through VACUUM INTO (never a file copy of a live database), written
    // next to the target, made 0600, then renamed over it.
    Status backupTo(const QString &target) const;

    Result<CheckReport> check(bool full = true) const;

    // Runs sql on a query prepared on this connection; wraps the driver's message.
    Status exec(const QString &sql) const;

    // Turns a failed query into a readable error that names the operation.
    static Error queryError(const QSqlQuery &query, const QString &what);

private:
    Database(QString connectionName, Dialect dialect);
    static Result<std::unique_ptr<Database>> openChecked(const QString &path, bool readOnly,
                                                         const QString &readOnlyReason);
    Status applyConnectionSettings();
    Status migrate();
    Status ensureMigrationsTable();
    Result<int> readSchemaVersion() const;
    Status quickCheck(const QString &fileName) const;

    QString m_connectionName;
    Dialect m_dialect;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    QString m_backupPath;
    bool m_integrityCheckDeferred = false;
    PostgresParams m_pg;
};

// RAII write transaction: begins on construction, rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &started() const { return m_started; }
    Status commit();

private:
    Database &m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace cohort
