#include "db/database.h"
#include "document/programdocument.h"
#include "document/renameprogramcommand.h"
#include "store/programstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QVariant pragma(const Database &db, const char *name)
{
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !query.next())
        return {};
    return query.value(0);
}

// A connection that bypasses Database, to look at or tamper with a file as another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql);
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createdFileHasSchemaIdentityAndPermissions();
    void everyConnectionGetsThePragmas();
    void refusesToCreateOverAnExistingFile();
    void newFileOpensWhileItsCreatorIsOpen();
    void badFilesAreRefusedAndLeftUntouched_data();
    void badFilesAreRefusedAndLeftUntouched();
    void largeFileDefersTheIntegrityCheck();
    void newerFileOpensReadOnly();
    void fileWithoutWritePermissionOpensReadOnly();
    void olderFileIsBackedUpThenMigrated();
    void writeTransactionsTakeTheLockAtBegin();
    void transactionRollsBackUnlessCommitted();
    void backupIsAConsistentPrivateCopy();
    void checkReportsForeignKeyProblems();
    void renameIsUndoableAndAudited();
    void staleRenameIsAConflict();

private:
    QString makeProgram(const QString &name = QStringLiteral("program.cohort"));
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDatabase::makeProgram(const QString &name)
{
    const QString path = m_dir->filePath(name);
    auto document = ProgramDocument::create(path, QStringLiteral("Test Program"));
    if (!document)
        qWarning() << document.error();
    return path;
}

void TestDatabase::createdFileHasSchemaIdentityAndPermissions()
{
    const QString path = m_dir->filePath(QStringLiteral("new.cohort"));
    auto db = Database::createFile(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(pragma(*db.value(), "application_id").toInt(), Database::ApplicationId);
    QCOMPARE(pragma(*db.value(), "user_version").toInt(), Database::latestSchemaVersion());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), Database::latestSchemaVersion());

    const auto owner = QFile::ReadOwner | QFile::WriteOwner;
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(path) & (owner | others), owner);
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")) & others, QFile::Permissions());
}

void TestDatabase::everyConnectionGetsThePragmas()
{
    const QString path = makeProgram();
    auto db = Database::openFile(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    auto other = db.value()->openAnotherConnection();
    QVERIFY2(other.ok(), qPrintable(other.error()));
    for (const Database *connection : {db.value().get(), other.value().get()}) {
        QCOMPARE(pragma(*connection, "foreign_keys").toInt(), 1);
        QCOMPARE(pragma(*connection, "trusted_schema").toInt(), 0);
        QCOMPARE(pragma(*connection, "busy_timeout").toInt(), 5000);
        QCOMPARE(pragma(*connection, "journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(*connection, "synchronous").toInt(), 1); // NORMAL
    }
    auto readOnly = Database::openFile(path, true);
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.error()));
    QCOMPARE(pragma(*readOnly.value(), "foreign_keys").toInt(), 1);
    QCOMPARE(pragma(*readOnly.value(), "trusted_schema").toInt(), 0);
    QCOMPARE(pragma(*readOnly.value(), "query_only").toInt(), 1);
}

void TestDatabase::refusesToCreateOverAnExistingFile()
{
    const QString path = m_dir->filePath(QStringLiteral("existing.cohort"));
    writeFile(path, "keep me");
    const QByteArray before = sha256(path);
    auto db = Database::createFile(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("already exists")), qPrintable(db.error()));
    QCOMPARE(sha256(path), before);
}

void TestDatabase::badFilesAreRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "empty" << "empty (0 bytes)";
    QTest::newRow("csv") << "csv" << "CSV";
    QTest::newRow("png") << "png" << "PNG image";
    QTest::newRow("random bytes") << "random" << "not a SQLite database";
    QTest::newRow("another application's database") << "foreign-sqlite" << "another application";
    QTest::newRow("truncated program file") << "truncated" << "truncated";
    QTest::newRow("corrupted program file") << "corrupted" << "damaged";
    QTest::newRow("sqlite file claiming to be cohort without schema") << "no-schema" << "no Cohort schema version";
}

void TestDatabase::badFilesAreRefusedAndLeftUntouched()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    const QString path = m_dir->filePath(QStringLiteral("bad.cohort"));
    if (kind == QLatin1String("empty")) {
        writeFile(path, QByteArray());
    } else if (kind == QLatin1String("csv")) {
        writeFile(path, "Name,Email,Library\nAnn Lee,ann@example.org,Dayton Metro Library\n");
    } else if (kind == QLatin1String("png")) {
        QFile png(QStringLiteral(COHORT_TEST_DATA_DIR "/not-a-program.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        writeFile(path, png.readAll());
    } else if (kind == QLatin1String("random")) {
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = static_cast<char>((i * 7919 + 13) % 251);
        writeFile(path, bytes);
    } else if (kind == QLatin1String("foreign-sqlite") || kind == QLatin1String("no-schema")) {
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")));
            QVERIFY(raw.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('hello')")));
            if (kind == QLatin1String("no-schema"))
                QVERIFY(raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        }
    } else if (kind == QLatin1String("truncated") || kind == QLatin1String("corrupted")) {
        const QString good = makeProgram(QStringLiteral("good.cohort"));
        {
            // Fold the WAL into the main file so that the file on its own is complete.
            RawConnection raw(good);
            QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 8192);
        if (kind == QLatin1String("truncated")) {
            bytes.truncate(bytes.size() / 2);
        } else {
            // Overwrite every page after the first with garbage, keeping the valid header.
            for (qsizetype i = 4096; i < bytes.size(); ++i)
                bytes[i] = static_cast<char>(0xA5 ^ (i & 0xFF));
        }
        writeFile(path, bytes);
    }
    const QByteArray before = sha256(path);
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);

    auto db = Database::openFile(path);
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(expected, Qt::CaseInsensitive), qPrintable(db.error()));
    QVERIFY2(db.error().contains(QStringLiteral("bad.cohort")), qPrintable(db.error()));
    QVERIFY2(!db.error().contains(QLatin1Char('\n')), "the reason is one line");

    auto document = ProgramDocument::open(path);
    QVERIFY(!document.ok());

    QCOMPARE(sha256(path), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
}

void TestDatabase::largeFileDefersTheIntegrityCheck()
{
    const QString path = makeProgram();
    {
        // Enough audit rows for many pages past the schema, then the WAL folded into the file.
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 4000) "
                                        "INSERT INTO audit_log (id, at, action, detail) SELECT 'row-' || i, "
                                        "'2017-01-01T00:00:00Z', 'test', hex(randomblob(100)) FROM n")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 200 * 1024);
    // Damage pages near the end, where the audit rows live, and leave the schema pages alone.
    for (qsizetype i = bytes.size() - 64 * 1024; i < bytes.size() - 16 * 1024; ++i)
        bytes[i] = static_cast<char>(0x5A ^ (i & 0xFF));
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    // Small enough to check on open: refused.
    auto checked = Database::openFile(path);
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(QStringLiteral("damaged")), qPrintable(checked.error()));

    // Above the limit: opens after the cheap checks and asks for the check in the background,
    // which finds the damage.
    auto deferred = Database::openFile(path, false, 1024);
    QVERIFY2(deferred.ok(), qPrintable(deferred.error()));
    QVERIFY(deferred.value()->integrityCheckDeferred());
    auto report = deferred.value()->check(false);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->integrityProblems.isEmpty());

    // A healthy small file is checked on open and needs nothing more.
    const QString healthy = makeProgram(QStringLiteral("healthy.cohort"));
    auto opened = Database::openFile(healthy);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!opened.value()->integrityCheckDeferred());
}

void TestDatabase::newFileOpensWhileItsCreatorIsOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.cohort"));
    auto first = ProgramDocument::create(path, QStringLiteral("Shared"));
    QVERIFY2(first.ok(), qPrintable(first.error()));
    auto second = ProgramDocument::open(path);
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second.value()->program().name, QStringLiteral("Shared"));
}

void TestDatabase::newerFileOpensReadOnly()
{
    const QString path = makeProgram();
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (99, 'future', '2030-01-01T00:00:00Z')")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = sha256(path);
    {
        auto document = ProgramDocument::open(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QVERIFY(document.value()->isReadOnly());
        QVERIFY2(document.value()->readOnlyReason().contains(QStringLiteral("newer version")),
                 qPrintable(document.value()->readOnlyReason()));
        QCOMPARE(document.value()->database().schemaVersion(), 99);
        QCOMPARE(document.value()->program().name, QStringLiteral("Test Program"));
        const Status write = document.value()->applyProgramName(QStringLiteral("Changed"));
        QVERIFY(!write.ok());
    }
    QCOMPARE(sha256(path), before);
}

void TestDatabase::fileWithoutWritePermissionOpensReadOnly()
{
    const QString path = makeProgram();
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray before = sha256(path);
    {
        auto document = ProgramDocument::open(path);
        QVERIFY2(document.ok(), qPrintable(document.error()));
        QVERIFY(document.value()->isReadOnly());
        QVERIFY2(document.value()->readOnlyReason().contains(QStringLiteral("permission")),
                 qPrintable(document.value()->readOnlyReason()));
        QVERIFY(!document.value()->applyProgramName(QStringLiteral("Changed")).ok());
    }
    QCOMPARE(sha256(path), before);
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
}

void TestDatabase::olderFileIsBackedUpThenMigrated()
{
    const QString path = m_dir->filePath(QStringLiteral("old.cohort"));
    QVERIFY(QFile::copy(QStringLiteral(COHORT_TEST_DATA_DIR "/program-v1.cohort"), path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    const QByteArray original = sha256(path);

    auto db = Database::openFile(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(db.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM applications WHERE import_row IS NULL")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM import_mappings")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version")));
    QList<int> versions;
    while (query.next())
        versions.append(query.value(0).toInt());
    QCOMPARE(versions, QList<int>({1, 2}));

    const QString backup = db.value()->backupPath();
    QCOMPARE(backup, m_dir->filePath(QStringLiteral("old.v1-backup.cohort")));
    QVERIFY(QFile::exists(backup));
    {
        RawConnection raw(backup, QStringLiteral("QSQLITE_OPEN_READONLY"));
        QCOMPARE(raw.value(QStringLiteral("SELECT MAX(version) FROM schema_migrations")).toInt(), 1);
        QCOMPARE(raw.value(QStringLiteral("SELECT name FROM program")).toString(), QStringLiteral("Fixture Program v1"));
        QCOMPARE(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    }
    QVERIFY(sha256(path) != original);
}

void TestDatabase::writeTransactionsTakeTheLockAtBegin()
{
    const QString path = makeProgram();
    auto db = Database::openFile(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()->begin().ok());
    // A second writer that does not wait: it must be refused at its own BEGIN IMMEDIATE, which
    // only happens if our BEGIN already took the write lock (a deferred BEGIN would not).
    RawConnection other(path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QVERIFY(!other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(db.value()->commit().ok());
    QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    const QString path = makeProgram();
    auto db = Database::openFile(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    ProgramStore store(*db.value());
    {
        Transaction transaction(*db.value());
        QVERIFY(transaction.started().ok());
        QVERIFY(store.setSetting({}, QStringLiteral("contact_per_month"), QStringLiteral("3"), QStringLiteral("t")).ok());
    }
    QCOMPARE(store.setting({}, QStringLiteral("contact_per_month"), QStringLiteral("none")).value(), QStringLiteral("none"));
    {
        Transaction transaction(*db.value());
        QVERIFY(store.setSetting({}, QStringLiteral("contact_per_month"), QStringLiteral("3"), QStringLiteral("t")).ok());
        QVERIFY(transaction.commit().ok());
    }
    QCOMPARE(store.setting({}, QStringLiteral("contact_per_month")).value(), QStringLiteral("3"));
}

void TestDatabase::backupIsAConsistentPrivateCopy()
{
    const QString path = makeProgram();
    auto document = ProgramDocument::open(path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    const QString copy = m_dir->filePath(QStringLiteral("copy.cohort"));
    writeFile(copy, "an older copy to replace");
    QVERIFY(document.value()->database().backupTo(copy).ok());
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QCOMPARE(QFile::permissions(copy) & others, QFile::Permissions());
    QVERIFY(Database::inspectFile(copy).ok());
    auto reopened = ProgramDocument::open(copy, true);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QCOMPARE(reopened.value()->program().name, QStringLiteral("Test Program"));
    QCOMPARE(reopened.value()->program().id, document.value()->program().id);
    QVERIFY(QDir(m_dir->path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden).isEmpty());

    const Status self = document.value()->database().backupTo(path);
    QVERIFY(!self.ok());
}

void TestDatabase::checkReportsForeignKeyProblems()
{
    const QString path = makeProgram();
    {
        auto db = Database::openFile(path);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        auto report = db.value()->check();
        QVERIFY2(report.ok(), qPrintable(report.error()));
        QVERIFY(report->ok());
        QCOMPARE(report->schemaVersion, Database::latestSchemaVersion());
    }
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO phases (id, cycle_id, name, kind, starts_on, ends_on, updated_at) "
                                        "VALUES ('x', 'no-such-cycle', 'Orphan', 'other', '2017-01-01', '2017-01-02', 'now')")));
    }
    auto db = Database::openFile(path);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    auto report = db.value()->check();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->ok());
    QCOMPARE(report->foreignKeyProblems.size(), 1);
    QVERIFY(report->foreignKeyProblems.first().contains(QStringLiteral("phases")));
}

void TestDatabase::renameIsUndoableAndAudited()
{
    const QString path = makeProgram();
    auto document = ProgramDocument::open(path);
    QVERIFY2(document.ok(), qPrintable(document.error()));
    ProgramDocument &doc = *document.value();
    int changes = 0;
    connect(&doc, &ProgramDocument::programChanged, this, [&changes] { ++changes; });
    const int auditBefore = doc.programStore().auditCount().value();

    doc.undoStack()->push(new RenameProgramCommand(doc, QStringLiteral("Spring Mentoring")));
    QCOMPARE(doc.program().name, QStringLiteral("Spring Mentoring"));
    QCOMPARE(doc.programStore().load()->name, QStringLiteral("Spring Mentoring"));
    QVERIFY(!doc.undoStack()->isClean());
    doc.undoStack()->undo();
    QCOMPARE(doc.programStore().load()->name, QStringLiteral("Test Program"));
    QVERIFY(doc.undoStack()->isClean());
    doc.undoStack()->redo();
    QCOMPARE(doc.programStore().load()->name, QStringLiteral("Spring Mentoring"));
    QCOMPARE(changes, 3);
    QCOMPARE(doc.programStore().auditCount().value(), auditBefore + 3);

    // A refused rename leaves nothing on the stack.
    const int count = doc.undoStack()->count();
    doc.undoStack()->push(new RenameProgramCommand(doc, QStringLiteral("   ")));
    QCOMPARE(doc.undoStack()->count(), count);
    QCOMPARE(doc.program().name, QStringLiteral("Spring Mentoring"));
}

void TestDatabase::staleRenameIsAConflict()
{
    const QString path = makeProgram();
    auto first = ProgramDocument::open(path);
    auto second = ProgramDocument::open(path);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(first.value()->applyProgramName(QStringLiteral("From the first desk")).ok());
    const Status stale = second.value()->applyProgramName(QStringLiteral("From the second desk"));
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().contains(QStringLiteral("changed")), qPrintable(stale.error()));
    QCOMPARE(second.value()->programStore().load()->name, QStringLiteral("From the first desk"));

    // Through the undo stack: the failed command is reported to the caller and not kept.
    const Status pushed =
        second.value()->execute(new RenameProgramCommand(*second.value(), QStringLiteral("Second try")));
    QVERIFY(!pushed.ok());
    QVERIFY2(pushed.error().contains(QStringLiteral("changed")), qPrintable(pushed.error()));
    QCOMPARE(second.value()->undoStack()->count(), 0);

    // A rename that succeeds, then a stale undo: reported through commandFailed.
    QVERIFY(first.value()->execute(new RenameProgramCommand(*first.value(), QStringLiteral("Renamed"))).ok());
    QVERIFY(second.value()->applyProgramName(QStringLiteral("Meanwhile elsewhere")).ok() == false);
    {
        auto third = ProgramDocument::open(path);
        QVERIFY(third.ok());
        QVERIFY(third.value()->applyProgramName(QStringLiteral("Meanwhile elsewhere")).ok());
    }
    QSignalSpy failed(first.value().get(), &ProgramDocument::commandFailed);
    first.value()->undoStack()->undo();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(first.value()->programStore().load()->name, QStringLiteral("Meanwhile elsewhere"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
