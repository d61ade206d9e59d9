#include "db/database.h"

#include "domain/ids.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

namespace cohort {

namespace {

const QString kMigrationsDir = QStringLiteral(":/cohort/migrations");

struct Migration
{
    int version = 0;
    QString name;
    QString path;
};

// Numbered SQL files embedded as resources: 0001_initial.sql, 0002_....sql
QList<Migration> availableMigrations()
{
    QList<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QStringList files = QDir(kMigrationsDir).entryList(QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            list.append({match.captured(1).toInt(), match.captured(2), kMigrationsDir + QLatin1Char('/') + file});
    }
    return list;
}

// Splits a migration into statements: comment lines dropped, a statement ends with ';' at a line end.
QStringList splitStatements(const QString &sql)
{
    QStringList lines;
    const QStringList raw = sql.split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines.append(line);
    }
    QStringList statements;
    QString current;
    for (const QString &line : std::as_const(lines)) {
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            const QString statement = current.trimmed();
            statements.append(statement.left(statement.size() - 1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("cohort-%1").arg(++counter);
}

bool hasWritePermission(const QFileInfo &info)
{
    // Mode bits, not access(): as root access() says "writable" even for a 0400 file, yet the
    // owner has asked for the file not to be changed.
    const auto perms = info.permissions();
    const bool anyWriteBit = perms & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther);
    return anyWriteBit && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

QString describeForeignContent(const QByteArray &head)
{
    if (head.startsWith("\x89PNG"))
        return Database::tr("it is a PNG image");
    if (head.startsWith("%PDF"))
        return Database::tr("it is a PDF document");
    if (head.startsWith("PK\x03\x04"))
        return Database::tr("it is a ZIP archive or an office document");
    if (head.startsWith("\xFF\xD8\xFF"))
        return Database::tr("it is a JPEG image");
    bool text = true;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x09 || (u > 0x0D && u < 0x20 && u != 0x1B)) {
            text = false;
            break;
        }
    }
    if (text)
        return head.contains(',') || head.contains(';') || head.contains('\t')
                   ? Database::tr("it looks like a CSV or text file (use File › Import Applications for CSV)")
                   : Database::tr("it looks like a text file");
    return Database::tr("it is not a SQLite database");
}

} // namespace

PostgresParams PostgresParams::fromConnectionString(const QString &text)
{
    PostgresParams params;
    const QStringList parts = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = part.left(eq);
        const QString value = part.mid(eq + 1);
        if (key == QLatin1String("host"))
            params.host = value;
        else if (key == QLatin1String("port"))
            params.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            params.database = value;
        else if (key == QLatin1String("user"))
            params.user = value;
        else if (key == QLatin1String("password"))
            params.password = value;
        else if (key == QLatin1String("schema"))
            params.schema = value;
    }
    return params;
}

int Database::latestSchemaVersion()
{
    const auto list = availableMigrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Database::Database(QString connectionName, Dialect dialect)
    : m_connectionName(std::move(connectionName)), m_dialect(dialect)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError error = query.lastError();
    QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{tr("%1 failed: %2").arg(what, detail.trimmed())};
}

Status Database::exec(const QString &sql) const
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return queryError(query, sql.section(QLatin1Char(' '), 0, 2));
    return {};
}

Status Database::inspectFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return Error{tr("“%1” does not exist.").arg(path)};
    if (info.isDir())
        return Error{tr("“%1” is a folder, not a Cohort program file.").arg(path)};
    if (info.size() == 0)
        return Error{tr("“%1” is empty (0 bytes); it is not a Cohort program file.").arg(name)};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("“%1” cannot be read: %2").arg(name, file.errorString())};
    const QByteArray header = file.read(100);
    file.close();

    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return Error{tr("“%1” is not a Cohort program file: %2.").arg(name, describeForeignContent(header.left(64)))};
    if (header.size() < 100)
        return Error{tr("“%1” is damaged: the file is truncated (%2 bytes).").arg(name).arg(info.size())};

    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const qint32 applicationId = qFromBigEndian<qint32>(bytes + 68);

    if (applicationId != ApplicationId)
        return Error{tr("“%1” is a SQLite database of another application, not a Cohort program file.").arg(name)};
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Error{tr("“%1” is damaged: its header is invalid.").arg(name)};
    if (validFor == changeCounter && pageCount > 0 && static_cast<qint64>(pageSize) * pageCount > info.size())
        return Error{tr("“%1” is damaged: the file is truncated (%2 of %3 bytes).")
                         .arg(name)
                         .arg(info.size())
                         .arg(static_cast<qint64>(pageSize) * pageCount)};
    return {};
}

Result<std::unique_ptr<Database>> Database::createFile(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && info.size() > 0)
        return Error{tr("“%1” already exists.").arg(info.fileName())};
    {
        // Created by us first so that it is 0600 before SQLite writes personal data into it;
        // SQLite gives the -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return Error{tr("Cannot create “%1”: %2").arg(info.fileName(), file.errorString())};
        file.close();
        if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            return Error{tr("Cannot restrict the permissions of “%1”.").arg(info.fileName())};
    }

    const QString connectionName = nextConnectionName();
    auto db = std::unique_ptr<Database>(new Database(connectionName, Dialect::Sqlite));
    db->m_path = info.absoluteFilePath();
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    conn.setDatabaseName(db->m_path);
    if (!conn.open()) {
        const QString message = conn.lastError().text();
        db.reset();
        QFile::remove(path);
        return Error{tr("Cannot create “%1”: %2").arg(info.fileName(), message)};
    }
    Status status = db->applyConnectionSettings();
    if (status)
        status = db->exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    if (status)
        status = db->migrate();
    // Fold the new header (application_id, schema) into the main file at once, so that the file
    // identifies itself as a program to anyone who opens it while this connection is open.
    if (status)
        status = db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!status) {
        db.reset();
        QFile::remove(path);
        QFile::remove(path + QLatin1String("-wal"));
        QFile::remove(path + QLatin1String("-shm"));
        return Error{status.error()};
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, bool forceReadOnly, qint64 quickCheckLimit)
{
    if (Status inspected = inspectFile(path); !inspected)
        return Error{inspected.error()};

    const QFileInfo info(path);
    const QString name = info.fileName();

    // First a read-only look: quick_check and the schema version, so that nothing is written
    // to a file that turns out to be damaged or foreign. quick_check is linear in the file's
    // size; a large file gets it later in the background unless it is about to be migrated.
    int version = 0;
    bool checked = false;
    {
        auto probe = openChecked(info.absoluteFilePath(), true, QString());
        if (!probe)
            return Error{probe.error()};
        if (info.size() <= quickCheckLimit) {
            if (Status status = probe.value()->quickCheck(name); !status)
                return Error{status.error()};
            checked = true;
        }
        auto schema = probe.value()->readSchemaVersion();
        if (!schema)
            return Error{tr("“%1” is not a Cohort program file: %2").arg(name, schema.error())};
        version = schema.value();
        if (!checked && version < latestSchemaVersion() && !forceReadOnly && hasWritePermission(info)) {
            if (Status status = probe.value()->quickCheck(name); !status)
                return Error{status.error()};
            checked = true;
        }
    }

    bool readOnly = forceReadOnly;
    QString reason;
    if (forceReadOnly)
        reason = tr("Opened read-only.");
    if (version > latestSchemaVersion()) {
        readOnly = true;
        reason = tr("“%1” was saved by a newer version of Cohort (file format %2; this version knows up to %3). "
                    "It is open read-only; install the newer Cohort to change it.")
                     .arg(name)
                     .arg(version)
                     .arg(latestSchemaVersion());
    } else if (!hasWritePermission(info)) {
        readOnly = true;
        reason = tr("You do not have permission to change “%1”. It is open read-only.").arg(name);
    }

    if (readOnly || version == latestSchemaVersion()) {
        auto db = openChecked(info.absoluteFilePath(), readOnly, reason);
        if (db) {
            db.value()->m_schemaVersion = version;
            db.value()->m_integrityCheckDeferred = !checked;
        }
        return db;
    }

    // An older file: keep a consistent copy, then migrate.
    auto db = openChecked(info.absoluteFilePath(), false, QString());
    if (!db)
        return db;
    const QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                           QStringLiteral(".v%1-backup.").arg(version) + info.suffix();
    if (Status saved = db.value()->backupTo(backup); !saved)
        return Error{tr("Cannot back up “%1” before updating its format: %2").arg(name, saved.error())};
    db.value()->m_backupPath = backup;
    if (Status migrated = db.value()->migrate(); !migrated)
        return Error{tr("Cannot update the format of “%1”; the file is unchanged. %2").arg(name, migrated.error())};
    (void)db.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return db;
}

Result<std::unique_ptr<Database>> Database::openChecked(const QString &path, bool readOnly,
                                                        const QString &readOnlyReason)
{
    const QString connectionName = nextConnectionName();
    auto db = std::unique_ptr<Database>(new Database(connectionName, Dialect::Sqlite));
    db->m_path = path;
    db->m_readOnly = readOnly;
    db->m_readOnlyReason = readOnlyReason;
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    conn.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    conn.setConnectOptions(options);
    if (!conn.open())
        return Error{tr("Cannot open “%1”: %2").arg(QFileInfo(path).fileName(), conn.lastError().text())};
    if (Status status = db->applyConnectionSettings(); !status)
        return Error{tr("Cannot open “%1”: %2").arg(QFileInfo(path).fileName(), status.error())};
    if (auto version = db->readSchemaVersion())
        db->m_schemaVersion = version.value();
    return db;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresParams &params)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("The PostgreSQL driver (QPSQL) is not installed.")};
    const QString connectionName = nextConnectionName();
    auto db = std::unique_ptr<Database>(new Database(connectionName, Dialect::Postgres));
    db->m_pg = params;
    db->m_path =
        QStringLiteral("postgresql://%1@%2:%3/%4").arg(params.user, params.host).arg(params.port).arg(params.database);
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    conn.setHostName(params.host);
    conn.setPort(params.port);
    conn.setDatabaseName(params.database);
    conn.setUserName(params.user);
    conn.setPassword(params.password);
    if (!conn.open())
        return Error{tr("Cannot connect to PostgreSQL at %1:%2: %3")
                         .arg(params.host)
                         .arg(params.port)
                         .arg(conn.lastError().text())};
    if (Status status = db->applyConnectionSettings(); !status)
        return Error{status.error()};
    if (Status status = db->migrate(); !status)
        return Error{status.error()};
    return db;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const
{
    if (m_dialect == Dialect::Postgres)
        return openPostgres(m_pg);
    auto db = openChecked(m_path, m_readOnly, m_readOnlyReason);
    if (db)
        db.value()->m_schemaVersion = m_schemaVersion;
    return db;
}

Status Database::applyConnectionSettings()
{
    if (m_dialect == Dialect::Postgres) {
        if (Status s = exec(QStringLiteral("SET client_min_messages TO warning")); !s)
            return s;
        if (!m_pg.schema.isEmpty()) {
            if (Status s = exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS \"%1\"").arg(m_pg.schema)); !s)
                return s;
            return exec(QStringLiteral("SET search_path TO \"%1\"").arg(m_pg.schema));
        }
        return {};
    }
    // Every SQLite connection: enforce foreign keys, never run code from the schema
    // (triggers/views of a crafted file), wait for a busy writer instead of failing at once.
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA trusted_schema = OFF"),
                           QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (m_readOnly) {
        pragmas.append(QStringLiteral("PRAGMA query_only = ON"));
    } else {
        pragmas.append(QStringLiteral("PRAGMA journal_mode = WAL"));
        pragmas.append(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    for (const QString &pragma : std::as_const(pragmas)) {
        if (Status s = exec(pragma); !s)
            return s;
    }
    return {};
}

Status Database::ensureMigrationsTable()
{
    return exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                               "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
}

Result<int> Database::readSchemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")))
        return Error{tr("it has no Cohort schema version")};
    if (!query.next())
        return Error{tr("it has no Cohort schema version")};
    return query.value(0).toInt();
}

Status Database::migrate()
{
    if (Status s = ensureMigrationsTable(); !s)
        return s;
    auto current = readSchemaVersion();
    if (!current)
        return Error{current.error()};
    int version = current.value();
    const bool sqlite = m_dialect == Dialect::Sqlite;
    if (sqlite)
        (void)exec(QStringLiteral("PRAGMA synchronous = FULL"));
    const auto migrations = availableMigrations();
    for (const Migration &migration : migrations) {
        if (migration.version <= version)
            continue;
        QFile file(migration.path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{tr("Migration %1 is missing.").arg(migration.version)};
        const QStringList statements = splitStatements(QString::fromUtf8(file.readAll()));
        // Each migration is one transaction: it all lands or nothing does.
        if (Status s = begin(); !s)
            return s;
        for (const QString &statement : statements) {
            QSqlQuery query(connection());
            if (!query.exec(statement)) {
                const Error error =
                    queryError(query, tr("Migration %1 (%2)").arg(migration.version).arg(migration.name));
                rollback();
                return error;
            }
        }
        QSqlQuery record(connection());
        record.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(migration.name);
        record.addBindValue(nowTimestamp());
        if (!record.exec()) {
            const Error error = queryError(record, tr("Recording migration %1").arg(migration.version));
            rollback();
            return error;
        }
        if (sqlite) {
            if (Status s = exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !s) {
                rollback();
                return s;
            }
        }
        if (Status s = commit(); !s)
            return s;
        version = migration.version;
    }
    if (sqlite)
        (void)exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    m_schemaVersion = version;
    return {};
}

Status Database::begin()
{
    if (m_readOnly)
        return Error{m_readOnlyReason.isEmpty() ? tr("The program is open read-only.") : m_readOnlyReason};
    // IMMEDIATE takes the write lock now (waiting up to busy_timeout), so a second writer
    // waits here instead of failing later in the middle of the transaction.
    return exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

Status Database::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    (void)exec(QStringLiteral("ROLLBACK"));
}

Status Database::backupTo(const QString &target) const
{
    if (m_dialect != Dialect::Sqlite)
        return Error{tr("Save a Copy works on program files; use pg_dump for a PostgreSQL program.")};
    const QFileInfo targetInfo(target);
    if (QFileInfo(m_path).canonicalFilePath() == targetInfo.canonicalFilePath())
        return Error{tr("A copy cannot replace the open program file itself.")};
    const QString partial =
        targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() + QStringLiteral(".part");
    QFile::remove(partial);
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(partial);
    if (!query.exec()) {
        const Error error = queryError(query, tr("Writing a copy to “%1”").arg(targetInfo.fileName()));
        QFile::remove(partial);
        return error;
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    // rename(2) replaces the target atomically: a reader never sees half a copy.
    if (std::rename(QFile::encodeName(partial).constData(),
                    QFile::encodeName(targetInfo.absoluteFilePath()).constData()) != 0) {
        QFile::remove(partial);
        return Error{tr("Cannot write “%1”.").arg(targetInfo.absoluteFilePath())};
    }
    return {};
}

Status Database::quickCheck(const QString &fileName) const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return Error{tr("“%1” is damaged: %2").arg(fileName, query.lastError().databaseText())};
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            return Error{tr("“%1” is damaged: %2").arg(fileName, line)};
    }
    return {};
}

Result<CheckReport> Database::check(bool full) const
{
    CheckReport report;
    report.latestSchemaVersion = latestSchemaVersion();
    auto version = readSchemaVersion();
    if (!version)
        return Error{version.error()};
    report.schemaVersion = version.value();
    if (m_dialect == Dialect::Postgres)
        return report;
    QSqlQuery query(connection());
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check")))
        return queryError(query, tr("Integrity check"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QLatin1String("ok"))
            report.integrityProblems.append(line);
    }
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return queryError(query, tr("Foreign key check"));
    while (query.next()) {
        report.foreignKeyProblems.append(
            tr("%1 row %2 refers to a missing %3 row")
                .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString()));
    }
    return report;
}

Transaction::Transaction(Database &db) : m_db(db), m_started(db.begin())
{}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return m_started;
    m_done = true;
    Status status = m_db.commit();
    if (!status)
        m_db.rollback();
    return status;
}

sqlite3 *Database::sqliteHandle() const
{
    if (m_dialect != Dialect::Sqlite)
        return nullptr;
    const QSqlDatabase db = connection();
    const QSqlDriver *driver = db.driver();
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace cohort
