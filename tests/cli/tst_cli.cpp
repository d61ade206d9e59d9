#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

// cohort-cli as a user runs it: exit codes, one-line reasons, JSON, and files left untouched.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void demoWritesAndRefusesToOverwrite();
    void infoJsonMatchesTheFile();
    void checkAcceptsGoodFile();
    void badFilesFailAndStayUntouched_data();
    void badFilesFailAndStayUntouched();
    void importThenExport();
    void importRefusesAndChangesNothing_data();
    void importRefusesAndChangesNothing();
    void reviewAssignKeepsCapacitiesAndConflicts();
    void reviewStatsRanksFromTheStoredScores();
    void reviewScoresExportHasEveryScoredCell();
    void reviewScoresImportEntersTheFile();
    void reviewScoresImportRefusesAndChangesNothing();
    void reviewDecideImportsDecisions();
    void reviewPacketsExportAndMergeBack();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &arguments);
    static QByteArray sha256(const QString &path);
    static int applicationCount(const QString &program);
    QString writeFile(const QString &name, const QByteArray &bytes) const;
    QString copyOfDemo(const QString &name) const;
    // The rows of a query on a program file (opened read-only, closed again), as text.
    static QList<QStringList> select(const QString &program, const QString &sql);

    QTemporaryDir m_dir;
    QString m_demo; // a demo program shared by the read-only tests
};

TestCli::Run TestCli::cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COHORT_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray TestCli::sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString TestCli::copyOfDemo(const QString &name) const
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    return QFile::copy(m_demo, path) ? path : QString();
}

QList<QStringList> TestCli::select(const QString &program, const QString &sql)
{
    QList<QStringList> rows;
    const QString connection = QStringLiteral("tst_cli_select");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(program);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning("%s", qPrintable(query.lastError().text()));
            while (query.next()) {
                QStringList row;
                for (int i = 0; i < query.record().count(); ++i)
                    row.append(query.value(i).toString());
                rows.append(row);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("shared.cohort"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_demo, QStringLiteral("--applicants"),
                         QStringLiteral("240"), QStringLiteral("--seed"), QStringLiteral("9")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(m_demo).size() > 0);
}

void TestCli::versionAndHelp()
{
    Run run = cli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.trimmed(), QByteArray("cohort-cli " COHORT_VERSION));
    run = cli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    for (const char *word : {"demo", "info", "check", "import", "export", "--valid-only", "--json", "Exit codes"})
        QVERIFY2(run.out.contains(word), word);
    QVERIFY(run.err.isEmpty());
    run = cli({QStringLiteral("demo"), QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--applicants"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("info"), QStringLiteral("--bogus"),
                                                   QStringLiteral("x")};
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")};
    QTest::newRow("check with two files")
        << QStringList{QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("demo without --out") << QStringList{QStringLiteral("demo")};
    QTest::newRow("--out without value") << QStringList{QStringLiteral("demo"), QStringLiteral("--out")};
    QTest::newRow("applicants not a number")
        << QStringList{QStringLiteral("demo"), QStringLiteral("--out"), QStringLiteral("x.cohort"),
                       QStringLiteral("--applicants"), QStringLiteral("many")};
    QTest::newRow("import without --program")
        << QStringList{QStringLiteral("import"),      QStringLiteral("a.csv"),  QStringLiteral("--cycle"),
                       QStringLiteral("Spring 2017"), QStringLiteral("--role"), QStringLiteral("mentee")};
    QTest::newRow("import without file") << QStringList{QStringLiteral("import"),      QStringLiteral("--program"),
                                                        QStringLiteral("x.cohort"),    QStringLiteral("--cycle"),
                                                        QStringLiteral("Spring 2017"), QStringLiteral("--role"),
                                                        QStringLiteral("mentee")};
    QTest::newRow("import bad role") << QStringList{
        QStringLiteral("import"),  QStringLiteral("a.csv"), QStringLiteral("--program"), QStringLiteral("x.cohort"),
        QStringLiteral("--cycle"), QStringLiteral("S"),     QStringLiteral("--role"),    QStringLiteral("reviewer")};
    QTest::newRow("import bad duplicates")
        << QStringList{QStringLiteral("import"),   QStringLiteral("a.csv"),   QStringLiteral("--program"),
                       QStringLiteral("x.cohort"), QStringLiteral("--cycle"), QStringLiteral("S"),
                       QStringLiteral("--role"),   QStringLiteral("mentee"),  QStringLiteral("--duplicates"),
                       QStringLiteral("merge")};
    QTest::newRow("import bad encoding") << QStringList{
        QStringLiteral("import"),     QStringLiteral("a.csv"), QStringLiteral("--program"), QStringLiteral("x.cohort"),
        QStringLiteral("--cycle"),    QStringLiteral("S"),     QStringLiteral("--role"),    QStringLiteral("mentee"),
        QStringLiteral("--encoding"), QStringLiteral("ebcdic")};
    QTest::newRow("import bad delimiter") << QStringList{
        QStringLiteral("import"),      QStringLiteral("a.csv"), QStringLiteral("--program"), QStringLiteral("x.cohort"),
        QStringLiteral("--cycle"),     QStringLiteral("S"),     QStringLiteral("--role"),    QStringLiteral("mentee"),
        QStringLiteral("--delimiter"), QStringLiteral("colon")};
    QTest::newRow("export without --cycle") << QStringList{QStringLiteral("export"), QStringLiteral("x.cohort")};
    QTest::newRow("export bad role") << QStringList{QStringLiteral("export"),  QStringLiteral("x.cohort"),
                                                    QStringLiteral("--cycle"), QStringLiteral("S"),
                                                    QStringLiteral("--role"),  QStringLiteral("chair")};
    QTest::newRow("review without subcommand") << QStringList{QStringLiteral("review")};
    QTest::newRow("review unknown subcommand") << QStringList{QStringLiteral("review"), QStringLiteral("grade")};
    QTest::newRow("review assign without --cycle")
        << QStringList{QStringLiteral("review"), QStringLiteral("assign"), QStringLiteral("x.cohort")};
    QTest::newRow("review assign bad k") << QStringList{QStringLiteral("review"),   QStringLiteral("assign"),
                                                        QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
                                                        QStringLiteral("S"),        QStringLiteral("--per-application"),
                                                        QStringLiteral("0")};
    QTest::newRow("review stats bad method") << QStringList{
        QStringLiteral("review"), QStringLiteral("stats"),    QStringLiteral("x.cohort"), QStringLiteral("--cycle"),
        QStringLiteral("S"),      QStringLiteral("--method"), QStringLiteral("median")};
    QTest::newRow("review scores import without csv")
        << QStringList{QStringLiteral("review"),   QStringLiteral("scores"),  QStringLiteral("import"),
                       QStringLiteral("x.cohort"), QStringLiteral("--cycle"), QStringLiteral("S")};
    QTest::newRow("review decide without --import")
        << QStringList{QStringLiteral("review"), QStringLiteral("decide"), QStringLiteral("x.cohort"),
                       QStringLiteral("--cycle"), QStringLiteral("S")};
    QTest::newRow("seed negative") << QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                                                  QStringLiteral("x.cohort"), QStringLiteral("--seed"),
                                                  QStringLiteral("-1")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.startsWith("cohort-cli: "), run.err.constData());
    QVERIFY(run.err.contains("Usage: cohort-cli"));
    QVERIFY(run.out.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("x.cohort")));
}

void TestCli::demoWritesAndRefusesToOverwrite()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.cohort"));
    const QStringList arguments = {
        QStringLiteral("demo"),   QStringLiteral("--out"), path, QStringLiteral("--applicants"), QStringLiteral("100"),
        QStringLiteral("--seed"), QStringLiteral("4")};
    Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("demo.cohort"));
    const QByteArray before = sha256(path);
    QVERIFY(!before.isEmpty());

    run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("cohort-cli: ") && run.err.count('\n') == 1, run.err.constData());
    QVERIFY(run.err.contains("--force"));
    QCOMPARE(sha256(path), before);

    run = cli(arguments + QStringList{QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFileInfo(path).size() > 0);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral(".demo.cohort.part"))));
    run = cli({QStringLiteral("check"), path});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCli::infoJsonMatchesTheFile()
{
    const QByteArray before = sha256(m_demo);
    const Run run = cli({QStringLiteral("info"), m_demo, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject root = document.object();
    QCOMPARE(sha256(m_demo), before);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli"));
    db.setDatabaseName(m_demo);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    {
        auto scalar = [&db](const QString &sql) {
            QSqlQuery query(db);
            return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
        };
        QCOMPARE(root.value(QStringLiteral("applications")).toInt(),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM applications")));
        QCOMPARE(root.value(QStringLiteral("applications")).toInt(), 240);
        QCOMPARE(root.value(QStringLiteral("people")).toInt(), scalar(QStringLiteral("SELECT COUNT(*) FROM people")));
        QCOMPARE(root.value(QStringLiteral("reviewers")).toInt(),
                 scalar(QStringLiteral("SELECT COUNT(*) FROM reviewers")));
        QCOMPARE(root.value(QStringLiteral("matches")).toInt(), scalar(QStringLiteral("SELECT COUNT(*) FROM matches")));
        QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(),
                 scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations")));
        QSqlQuery program(db);
        QVERIFY(program.exec(QStringLiteral("SELECT name FROM program")) && program.next());
        QCOMPARE(root.value(QStringLiteral("program")).toString(), program.value(0).toString());

        const QJsonArray cycles = root.value(QStringLiteral("cycles")).toArray();
        QCOMPARE(cycles.size(), scalar(QStringLiteral("SELECT COUNT(*) FROM cycles")));
        int seen = 0;
        for (const QJsonValue &value : cycles) {
            const QJsonObject cycle = value.toObject();
            const QString id = cycle.value(QStringLiteral("id")).toString();
            QSqlQuery counts(db);
            counts.prepare(QStringLiteral("SELECT role, status, COUNT(*) FROM applications WHERE cycle_id = ? "
                                          "GROUP BY role, status"));
            counts.addBindValue(id);
            QVERIFY(counts.exec());
            const QJsonObject applications = cycle.value(QStringLiteral("applications")).toObject();
            int total = 0;
            while (counts.next()) {
                const int count = counts.value(2).toInt();
                QCOMPARE(
                    applications.value(counts.value(0).toString()).toObject().value(counts.value(1).toString()).toInt(),
                    count);
                total += count;
            }
            QCOMPARE(applications.value(QStringLiteral("total")).toInt(), total);
            seen += total;
            QSqlQuery matches(db);
            matches.prepare(QStringLiteral("SELECT COUNT(*) FROM matches WHERE cycle_id = ?"));
            matches.addBindValue(id);
            QVERIFY(matches.exec() && matches.next());
            QCOMPARE(cycle.value(QStringLiteral("matches")).toObject().value(QStringLiteral("total")).toInt(),
                     matches.value(0).toInt());
        }
        QCOMPARE(seen, 240);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli"));

    // The plain form names the program and both cycles.
    const Run text = cli({QStringLiteral("info"), m_demo});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Spring 2017") && text.out.contains("Fall 2017"));
}

void TestCli::checkAcceptsGoodFile()
{
    const QByteArray before = sha256(m_demo);
    Run run = cli({QStringLiteral("check"), m_demo});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("ok"));
    QVERIFY(run.err.isEmpty());
    run = cli({QStringLiteral("check"), m_demo, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(report.value(QStringLiteral("integrityProblems")).toArray().isEmpty());
    QVERIFY(report.value(QStringLiteral("foreignKeyProblems")).toArray().isEmpty());
    QCOMPARE(sha256(m_demo), before);
}

void TestCli::badFilesFailAndStayUntouched_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("reason");

    QTest::newRow("png") << QStringLiteral(COHORT_TEST_DATA_DIR "/not-a-program.png") << QByteArray("PNG");

    const QString csv = m_dir.filePath(QStringLiteral("applicants.csv"));
    QFile csvFile(csv);
    if (csvFile.open(QIODevice::WriteOnly))
        csvFile.write("First name,Last name,Email\nAna,Lopez,ana@example.org\n");
    csvFile.close();
    QTest::newRow("csv") << csv << QByteArray("CSV");

    const QString empty = m_dir.filePath(QStringLiteral("empty.cohort"));
    QFile emptyFile(empty);
    if (emptyFile.open(QIODevice::WriteOnly))
        emptyFile.close();
    QTest::newRow("0 bytes") << empty << QByteArray("empty");

    const QString truncated = m_dir.filePath(QStringLiteral("truncated.cohort"));
    QFile::remove(truncated);
    QFile::copy(m_demo, truncated);
    QFile::setPermissions(truncated, QFile::ReadOwner | QFile::WriteOwner);
    QFile truncatedFile(truncated);
    truncatedFile.resize(QFileInfo(m_demo).size() / 2);
    QTest::newRow("truncated") << truncated << QByteArray("truncated");

    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.cohort")) << QByteArray("does not exist");
}

void TestCli::badFilesFailAndStayUntouched()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, reason);
    const QByteArray before = sha256(path);
    const qint64 size = QFileInfo(path).size();
    for (const QString &command : {QStringLiteral("check"), QStringLiteral("info")}) {
        const Run run = cli({command, path});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith("cohort-cli: ") && run.err.count('\n') == 1, run.err.constData());
        QVERIFY2(run.err.contains(reason), run.err.constData());
        QCOMPARE(sha256(path), before);
        QCOMPARE(QFileInfo(path).size(), size);
    }
    const Run json = cli({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("ok")).toBool(true), false);
}

int TestCli::applicationCount(const QString &program)
{
    const Run run = cli({QStringLiteral("info"), program, QStringLiteral("--json")});
    if (run.exitCode != 0)
        return -1;
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("applications")).toInt(-1);
}

QString TestCli::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCli::importThenExport()
{
    const QString program = m_dir.filePath(QStringLiteral("import.cohort"));
    QFile::remove(program);
    QVERIFY(QFile::copy(m_demo, program));
    QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner);
    const int before = applicationCount(program);
    QVERIFY(before > 0);
    const QString csv = QStringLiteral(COHORT_TEST_DATA_DIR "/intake/google-forms-mentees.csv");
    const QStringList importArgs = {QStringLiteral("import"),    csv,
                                    QStringLiteral("--program"), program,
                                    QStringLiteral("--cycle"),   QStringLiteral("fall 2017"),
                                    QStringLiteral("--role"),    QStringLiteral("mentee")};

    // A dry run reports what would happen and leaves the file as it was.
    const QByteArray untouched = sha256(program);
    Run run = cli(importArgs + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 30);
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("dryRun")).toBool(), true);
    QCOMPARE(sha256(program), untouched);

    run = cli(importArgs + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QStringLiteral("inserted")).toInt(), 30);
    QCOMPARE(report.value(QStringLiteral("committed")).toBool(), true);
    QCOMPARE(report.value(QStringLiteral("cycle")).toString(), QStringLiteral("Fall 2017"));
    QCOMPARE(report.value(QStringLiteral("mapping")).toObject().value(QStringLiteral("Email Address")).toString(),
             QStringLiteral("email"));
    QCOMPARE(applicationCount(program), before + 30);

    // Again, by cycle id and with the text report: every row is a duplicate and is skipped.
    const Run info = cli({QStringLiteral("info"), program, QStringLiteral("--json")});
    QString fallId;
    for (const QJsonValue &cycle :
         QJsonDocument::fromJson(info.out).object().value(QStringLiteral("cycles")).toArray()) {
        if (cycle.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Fall 2017"))
            fallId = cycle.toObject().value(QStringLiteral("id")).toString();
    }
    QVERIFY(!fallId.isEmpty());
    QStringList byId = importArgs;
    byId[5] = fallId;
    run = cli(byId);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("30 duplicates skipped"));
    QCOMPARE(applicationCount(program), before + 30);

    // Export to stdout: UTF-8 with BOM, readable headers, no confidential columns by default.
    run = cli({QStringLiteral("export"), program, QStringLiteral("--cycle"), QStringLiteral("Fall 2017"),
               QStringLiteral("--role"), QStringLiteral("mentee")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("\xEF\xBB\xBF"
                               "Code,Role,"));
    QVERIFY(run.out.contains("Email address"));
    QVERIFY(run.out.contains("ana.lopez@example.org"));
    QVERIFY(!run.out.contains("Gender"));
    QVERIFY(!run.out.contains("Nonbinary"));
    run = cli({QStringLiteral("export"), program, QStringLiteral("--cycle"), QStringLiteral("Fall 2017"),
               QStringLiteral("--include-confidential")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("Gender"));
    QVERIFY(run.out.contains("Nonbinary"));
    const QString out = m_dir.filePath(QStringLiteral("fall.csv"));
    run = cli({QStringLiteral("export"), program, QStringLiteral("--cycle"), QStringLiteral("Fall 2017"),
               QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("fall.csv"));
    QVERIFY(QFileInfo(out).size() > 1000);
}

void TestCli::importRefusesAndChangesNothing_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("reason");
    const QByteArray header = "Timestamp,Email Address,First Name,Last Name\r\n";
    QTest::newRow("unclosed quote")
        << writeFile(QStringLiteral("unclosed.csv"),
                     header + "2/24/2017 14:03:11,ann@example.org,\"Ann,Lee\r\n2/24/2017,b@example.org,Bo,Li\r\n")
        << QStringList() << QByteArray("unclosed.csv");
    QTest::newRow("ragged row") << writeFile(QStringLiteral("ragged.csv"),
                                             header + "2/24/2017 14:03:11,ann@example.org,Ann\r\n")
                                << QStringList() << QByteArray("ragged.csv");
    QTest::newRow("header only") << writeFile(QStringLiteral("header.csv"), header) << QStringList()
                                 << QByteArray("header.csv");
    QTest::newRow("empty") << writeFile(QStringLiteral("empty.csv"), QByteArray()) << QStringList()
                           << QByteArray("empty.csv");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nowhere.csv")) << QStringList()
                             << QByteArray("nowhere.csv");
    QTest::newRow("invalid row, no --valid-only")
        << writeFile(QStringLiteral("invalid.csv"), header + "2/24/2017 14:03:11,ann@example.org,Ann,Lee\r\n"
                                                             "2/24/2017 14:05:00,not-an-email,Bo,Li\r\n")
        << QStringList() << QByteArray("Nothing was imported");
    QTest::newRow("invalid row, dry run")
        << writeFile(QStringLiteral("invalid2.csv"), header + "yesterday,ann@example.org,Ann,Lee\r\n")
        << QStringList{QStringLiteral("--dry-run")} << QByteArray("would be refused");
    QTest::newRow("unknown cycle") << writeFile(QStringLiteral("good.csv"),
                                                header + "2/24/2017 14:03:11,ann@example.org,Ann,Lee\r\n")
                                   << QStringList{QStringLiteral("--cycle"), QStringLiteral("Winter 1999")}
                                   << QByteArray("Winter 1999");
    QTest::newRow("unknown mapping") << m_dir.filePath(QStringLiteral("good.csv"))
                                     << QStringList{QStringLiteral("--mapping"), QStringLiteral("Old form")}
                                     << QByteArray("Old form");
    QTest::newRow("mapping without email")
        << m_dir.filePath(QStringLiteral("good.csv"))
        << QStringList{QStringLiteral("--mapping"),
                       writeFile(QStringLiteral("mapping.json"), R"({"fields": {"First Name": "first_name"}})")}
        << QByteArray("email");
}

void TestCli::importRefusesAndChangesNothing()
{
    QFETCH(QString, csv);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, reason);
    const QString program = m_dir.filePath(QStringLiteral("refuse.cohort"));
    if (!QFile::exists(program)) {
        QVERIFY(QFile::copy(m_demo, program));
        QFile::setPermissions(program, QFile::ReadOwner | QFile::WriteOwner);
    }
    const int before = applicationCount(program);
    const QByteArray hash = sha256(program);
    QStringList arguments = {QStringLiteral("import"),    csv,
                             QStringLiteral("--program"), program,
                             QStringLiteral("--cycle"),   QStringLiteral("Spring 2017"),
                             QStringLiteral("--role"),    QStringLiteral("mentee")};
    if (extra.size() == 2 && extra.first() == QLatin1String("--cycle"))
        arguments[5] = extra.at(1);
    else
        arguments += extra;
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith("cohort-cli: ") && run.err.count('\n') == 1, run.err.constData());
    QVERIFY2(run.err.contains(reason), run.err.constData());
    QCOMPARE(applicationCount(program), before);
    QCOMPARE(sha256(program), hash);
}

QTEST_GUILESS_MAIN(TestCli)
// Automatic assignment on a copy of the demo: a dry run writes nothing; the real run gives every
// assignable application k reviewers, never one with a confirmed conflict, never beyond a
// reviewer's capacity, records the seed, and a second run with the same seed adds nothing.
void TestCli::reviewAssignKeepsCapacitiesAndConflicts()
{
    const QString program = m_dir.filePath(QStringLiteral("assign.cohort"));
    QVERIFY(QFile::copy(m_demo, program));
    const QByteArray before = sha256(program);
    Run run = cli({QStringLiteral("review"), QStringLiteral("assign"), program, QStringLiteral("--cycle"),
                   QStringLiteral("Fall 2017"), QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("nothing was written"));
    QCOMPARE(sha256(program), before);

    run = cli({QStringLiteral("review"), QStringLiteral("assign"), program, QStringLiteral("--cycle"),
               QStringLiteral("Fall 2017"), QStringLiteral("--per-application"), QStringLiteral("3"),
               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    int added = 0;
    for (const QJsonValue &role : root.value(QStringLiteral("roles")).toArray()) {
        QCOMPARE(role.toObject().value(QStringLiteral("seed")).toString(), QStringLiteral("5"));
        added += role.toObject().value(QStringLiteral("added")).toInt();
    }
    QVERIFY(added > 0);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli_assign"));
    db.setDatabaseName(program);
    QVERIFY(db.open());
    {
        auto scalar = [&db](const QString &sql) {
            QSqlQuery query(db);
            return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
        };
        const QString fall = QStringLiteral("(SELECT id FROM cycles WHERE name = 'Fall 2017')");
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assignments WHERE source = 'auto' AND seed = 5")), added);
        // Never a reviewer with a confirmed conflict with the applicant.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a ON a.id = "
                                       "s.application_id JOIN conflicts c ON c.reviewer_id = s.reviewer_id AND "
                                       "c.person_id = a.person_id AND c.status = 'confirmed' WHERE s.seed = 5")),
                 0);
        // Within capacity: a reviewer's assignments in the cycle, both roles.
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT s.reviewer_id, COUNT(*) AS n FROM assignments s "
                                       "JOIN applications a ON a.id = s.application_id WHERE a.cycle_id = %1 GROUP "
                                       "BY s.reviewer_id) l JOIN reviewers r ON r.id = l.reviewer_id WHERE l.n > "
                                       "r.capacity")
                            .arg(fall)),
                 0);
        // Every application that got reviewers now has at least 3 (the demo's reviewers have room).
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM (SELECT application_id, COUNT(*) AS n FROM assignments "
                                       "WHERE application_id IN (SELECT application_id FROM assignments WHERE seed "
                                       "= 5) GROUP BY application_id) WHERE n < 3")),
                 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_assign"));

    // The same again: everything is assigned already.
    const QByteArray assigned = sha256(program);
    run = cli({QStringLiteral("review"), QStringLiteral("assign"), program, QStringLiteral("--cycle"),
               QStringLiteral("Fall 2017"), QStringLiteral("--per-application"), QStringLiteral("3"),
               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    for (const QJsonValue &role : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("roles")).toArray())
        QCOMPARE(role.toObject().value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(sha256(program), assigned);
}

// review stats against the scores as SQL reads them: every ranked application's raw mean is the
// mean of its reviewers' weighted totals, and --method raw orders by it.
void TestCli::reviewStatsRanksFromTheStoredScores()
{
    const QByteArray before = sha256(m_demo);
    const Run run = cli({QStringLiteral("review"), QStringLiteral("stats"), m_demo, QStringLiteral("--cycle"),
                         QStringLiteral("Spring 2017"), QStringLiteral("--method"), QStringLiteral("raw"),
                         QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(sha256(m_demo), before);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("method")).toString(), QStringLiteral("raw"));
    const QJsonArray applications = root.value(QStringLiteral("applications")).toArray();
    QVERIFY(root.value(QStringLiteral("ranked")).toInt() > 10);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli_stats"));
    db.setDatabaseName(m_demo);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    {
        // Weighted mean per assignment (every criterion on one scale in the demo), then per application.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT a.code, AVG(t.total) FROM (SELECT s.assignment_id, SUM(s.value * c.weight) / SUM(c.weight) AS "
            "total FROM scores s JOIN rubric_criteria c ON c.id = s.criterion_id WHERE s.not_applicable = 0 AND "
            "s.value IS NOT NULL GROUP BY s.assignment_id) t JOIN assignments x ON x.id = t.assignment_id JOIN "
            "applications a ON a.id = x.application_id JOIN cycles y ON y.id = a.cycle_id WHERE y.name = 'Spring "
            "2017' AND a.role = 'mentee' GROUP BY a.code")));
        QHash<QString, double> expected;
        while (query.next())
            expected.insert(query.value(0).toString(), query.value(1).toDouble());
        int previousRank = 0;
        double previousMean = 1e9;
        int compared = 0;
        for (const QJsonValue &value : applications) {
            const QJsonObject a = value.toObject();
            const int rank = a.value(QStringLiteral("rank")).toInt();
            if (rank == 0)
                continue;
            QCOMPARE(rank, previousRank + 1);
            const double mean = a.value(QStringLiteral("rawMean")).toDouble();
            QVERIFY(mean <= previousMean + 1e-9);
            const QString code = a.value(QStringLiteral("code")).toString();
            QVERIFY2(expected.contains(code), qPrintable(code));
            QVERIFY2(qAbs(expected.value(code) - mean) < 0.0006, qPrintable(code));
            previousRank = rank;
            previousMean = mean;
            ++compared;
        }
        QCOMPARE(compared, root.value(QStringLiteral("ranked")).toInt());
        const QJsonObject agreement = root.value(QStringLiteral("agreement")).toObject();
        QVERIFY(agreement.value(QStringLiteral("total")).toObject().value(QStringLiteral("alpha")).isDouble());
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_stats"));
}

// One CSV row per scored cell of the cycle, as SQL counts them, each value as stored.
void TestCli::reviewScoresExportHasEveryScoredCell()
{
    const QString out = m_dir.filePath(QStringLiteral("scores.csv"));
    const Run run = cli({QStringLiteral("review"), QStringLiteral("scores"), QStringLiteral("export"), m_demo,
                         QStringLiteral("--cycle"), QStringLiteral("Spring 2017"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFreviewer,reviewer_email,application,role,criterion,value,comment\r\n"));
    // The demo's names, codes, criteria and values hold no quote or line break: a line is a row.
    QList<QByteArray> lines = bytes.mid(3).split('\n');
    lines.removeFirst();
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli_scores"));
    db.setDatabaseName(m_demo);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    QVERIFY(db.open());
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT r.name, a.code, c.name, s.value, s.not_applicable FROM scores s JOIN assignments x ON x.id = "
            "s.assignment_id JOIN reviewers r ON r.id = x.reviewer_id JOIN applications a ON a.id = "
            "x.application_id JOIN rubric_criteria c ON c.id = s.criterion_id JOIN cycles y ON y.id = a.cycle_id "
            "WHERE y.name = 'Spring 2017' AND (s.value IS NOT NULL OR s.not_applicable = 1)")));
        QSet<QString> expected;
        while (query.next()) {
            const QString value =
                query.value(4).toInt() == 1 ? QStringLiteral("N/A") : QString::number(query.value(3).toDouble());
            expected.insert(
                QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), value}
                    .join(QLatin1Char('|')));
        }
        QVERIFY(expected.size() > 100);
        QCOMPARE(lines.size(), expected.size());
        for (const QByteArray &line : std::as_const(lines)) {
            const QStringList f = QString::fromUtf8(line.trimmed()).split(QLatin1Char(','));
            QVERIFY2(f.size() >= 7, line.constData());
            const QString key = QStringList{f.at(0), f.at(2), f.at(4), f.at(5)}.join(QLatin1Char('|'));
            QVERIFY2(expected.contains(key), qPrintable(key));
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_scores"));
}

namespace {
// Scored cells of Fall 2017 mentee assignments: reviewer email, code, criterion, value, scale min,
// scale max, assignment id; `submitted` picks submitted or open assignments.
QString scoredCells(bool submitted)
{
    return QStringLiteral(
               "SELECT r.email, a.code, c.name, s.value, c.scale_min, c.scale_max, x.id FROM scores s JOIN "
               "assignments x ON x.id = s.assignment_id JOIN reviewers r ON r.id = x.reviewer_id JOIN applications "
               "a ON a.id = x.application_id JOIN rubric_criteria c ON c.id = s.criterion_id JOIN cycles y ON y.id = "
               "a.cycle_id WHERE y.name = 'Fall 2017' AND a.role = 'mentee' AND s.value IS NOT NULL AND c.allow_na = 0 "
               "AND x.submitted_at IS %1 ORDER BY a.code, r.email, c.sort_order")
        .arg(submitted ? QStringLiteral("NOT NULL") : QStringLiteral("NULL"));
}

QByteArray csvLine(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

// Another value on the cell's scale.
QString otherValue(const QStringList &cell)
{
    const int value = cell.at(3).toInt();
    return QString::number(value == cell.at(5).toInt() ? cell.at(4).toInt() : value + 1);
}
} // namespace

// A changed score and a comment are entered; the same file again changes nothing (the file's
// bytes stay the same); a dry run writes nothing; a cell the export neutralized ('=…) comes back.
void TestCli::reviewScoresImportEntersTheFile()
{
    const QString program = copyOfDemo(QStringLiteral("scoresimport.cohort"));
    QVERIFY(!program.isEmpty());
    const QList<QStringList> open = select(program, scoredCells(false));
    QVERIFY2(!open.isEmpty(), "the demo has open assignments with scores in Fall 2017");
    const QStringList cell = open.first();
    const QString changed = otherValue(cell);
    const QByteArray header = "reviewer_email,application,criterion,value,comment\r\n";
    const QString csv =
        writeFile(QStringLiteral("scores-in.csv"),
                  header + csvLine({cell.at(0), cell.at(1), cell.at(2), changed, QStringLiteral("'=Strong goals")}));
    const QStringList import = {
        QStringLiteral("review"),  QStringLiteral("scores"),   QStringLiteral("import"), program, csv,
        QStringLiteral("--cycle"), QStringLiteral("Fall 2017")};

    const QByteArray before = sha256(program);
    Run run = cli(import + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Would change 1 score and 1 comment"), run.out.constData());
    QCOMPARE(sha256(program), before);

    run = cli(import);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Changed 1 score and 1 comment"), run.out.constData());
    const QString where = QStringLiteral(" WHERE id = '%1'").arg(cell.at(6));
    QCOMPARE(select(program, QStringLiteral("SELECT comment FROM assignments") + where).value(0).value(0),
             QStringLiteral("=Strong goals"));
    const QList<QStringList> stored =
        select(program, QStringLiteral("SELECT s.value FROM scores s JOIN rubric_criteria c ON c.id = s.criterion_id "
                                       "WHERE s.assignment_id = '%1' AND c.name = '%2'")
                            .arg(cell.at(6), QString(cell.at(2)).replace(QLatin1Char('\''), QStringLiteral("''"))));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().first().toDouble(), changed.toDouble());
    QVERIFY(!select(program, QStringLiteral("SELECT 1 FROM audit_log WHERE action LIKE 'review.score%'")).isEmpty());

    const QByteArray after = sha256(program);
    run = cli(import + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(root.value(QStringLiteral("changedCells")).toInt(), 0);
    QCOMPARE(root.value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(sha256(program), after);
}

// Each bad file is refused with the line and the reason, and the program file keeps its bytes,
// even when the file's other rows are good.
void TestCli::reviewScoresImportRefusesAndChangesNothing()
{
    const QString program = copyOfDemo(QStringLiteral("scoresrefuse.cohort"));
    QVERIFY(!program.isEmpty());
    const QList<QStringList> open = select(program, scoredCells(false));
    const QList<QStringList> submitted = select(program, scoredCells(true));
    QVERIFY(open.size() >= 2);
    QVERIFY2(!submitted.isEmpty(), "the demo has submitted scores in Fall 2017");
    const QStringList cell = open.first();
    // A reviewer of the program who is not assigned to the cell's application.
    const QList<QStringList> outsider = select(
        program, QStringLiteral("SELECT email FROM reviewers WHERE id NOT IN (SELECT reviewer_id FROM assignments "
                                "WHERE application_id = (SELECT application_id FROM assignments WHERE id = '%1'))")
                     .arg(cell.at(6)));
    QVERIFY(!outsider.isEmpty());

    const QByteArray header = "reviewer_email,application,criterion,value\r\n";
    const QByteArray good = csvLine({cell.at(0), cell.at(1), cell.at(2), otherValue(cell)});
    auto row = [&](const QStringList &c, const QString &value) {
        return csvLine({c.at(0), c.at(1), c.at(2), value});
    };
    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *needle;
    };
    const QList<Case> cases = {
        {"out of range", header + good + row(cell, QStringLiteral("99")), "Line 3, column “value”: score 99"},
        {"not a number", header + good + row(cell, QStringLiteral("high")), "“high” is not a number"},
        {"N/A not allowed", header + good + row(cell, QStringLiteral("N/A")), "does not allow N/A"},
        {"unknown reviewer",
         header + good + csvLine({QStringLiteral("nobody@example.org"), cell.at(1), cell.at(2), QStringLiteral("3")}),
         "no reviewer has the email “nobody@example.org”"},
        {"not assigned",
         header + good + csvLine({outsider.first().first(), cell.at(1), cell.at(2), QStringLiteral("3")}),
         "is not assigned to review"},
        {"unknown application",
         header + good + csvLine({cell.at(0), QStringLiteral("Z-999"), cell.at(2), QStringLiteral("3")}),
         "no application of this cycle has the code “Z-999”"},
        {"unknown criterion",
         header + good + csvLine({cell.at(0), cell.at(1), QStringLiteral("Charisma"), QStringLiteral("3")}),
         "no criterion “Charisma”"},
        {"submitted", header + good + row(submitted.first(), otherValue(submitted.first())),
         "has submitted the scores"},
        {"two values for one cell", header + good + row(cell, cell.at(3)), "another value"},
        {"no value column", QByteArray("reviewer_email,application,criterion\r\n") + "a@b.org,E-1,Goals\r\n",
         "no “value” column"},
        {"unclosed quote", header + good + QByteArray("\"unclosed,E-1,Goals,3\r\n"), "quote"},
    };
    const QByteArray before = sha256(program);
    const QByteArray scoresBefore =
        select(program, QStringLiteral("SELECT group_concat(id || value || version, ';') FROM (SELECT * FROM scores "
                                       "ORDER BY id)"))
            .value(0)
            .value(0)
            .toUtf8();
    for (const Case &c : cases) {
        const QString csv = writeFile(QStringLiteral("bad-scores.csv"), c.bytes);
        const Run run = cli({QStringLiteral("review"), QStringLiteral("scores"), QStringLiteral("import"), program, csv,
                             QStringLiteral("--cycle"), QStringLiteral("Fall 2017")});
        QVERIFY2(run.exitCode == 1, c.name);
        QVERIFY2(
            run.out.contains(c.needle) || run.err.contains(c.needle),
            qPrintable(QStringLiteral("%1: %2 %3")
                           .arg(QString::fromUtf8(c.name), QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
        QVERIFY2(run.err.startsWith("cohort-cli: "), c.name);
        QVERIFY2(sha256(program) == before, c.name);
    }
    QCOMPARE(select(program, QStringLiteral("SELECT group_concat(id || value || version, ';') FROM (SELECT * FROM "
                                            "scores ORDER BY id)"))
                 .value(0)
                 .value(0)
                 .toUtf8(),
             scoresBefore);
}

// Decisions from a file set the decision rows and the statuses; a departure from the calibrated
// order without a rationale refuses the whole file; with one it is recorded.
void TestCli::reviewDecideImportsDecisions()
{
    const QString program = copyOfDemo(QStringLiteral("decide.cohort"));
    QVERIFY(!program.isEmpty());
    Run run = cli({QStringLiteral("review"), QStringLiteral("stats"), program, QStringLiteral("--cycle"),
                   QStringLiteral("Fall 2017"), QStringLiteral("--role"), QStringLiteral("mentee"),
                   QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QStringList ranked; // codes by calibrated rank
    for (const QJsonValue &value :
         QJsonDocument::fromJson(run.out).object().value(QStringLiteral("applications")).toArray()) {
        const QJsonObject a = value.toObject();
        if (a.value(QStringLiteral("rank")).toInt() > 0 && a.value(QStringLiteral("decision")).toString().isEmpty())
            ranked.append(a.value(QStringLiteral("code")).toString());
    }
    QVERIFY2(ranked.size() >= 3, "the demo's Fall 2017 has ranked, undecided mentees");
    const QString best = ranked.first();
    const QString worst = ranked.last();
    const QByteArray header = "application,decision,rationale\r\n";
    auto decide = [&](const QByteArray &bytes) {
        const QString csv = writeFile(QStringLiteral("decisions.csv"), bytes);
        return cli({QStringLiteral("review"), QStringLiteral("decide"), program, QStringLiteral("--cycle"),
                    QStringLiteral("Fall 2017"), QStringLiteral("--import"), csv});
    };

    const QByteArray before = sha256(program);
    run = decide(header + csvLine({best, QStringLiteral("accept"), QString()}) +
                 csvLine({worst, QStringLiteral("accepted"), QString()}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("Line 3") && run.out.contains("rationale"), run.out.constData());
    QCOMPARE(sha256(program), before);

    run = decide(header + csvLine({best, QStringLiteral("maybe"), QString()}));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("“maybe” is not a decision"), run.out.constData());
    QCOMPARE(sha256(program), before);

    run = decide(header + csvLine({best, QStringLiteral("accept"), QString()}) +
                 csvLine({worst, QStringLiteral("accepted"), QStringLiteral("Bilingual storytime outreach")}) +
                 csvLine({ranked.at(1), QStringLiteral("waitlist"), QString()}));
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QVERIFY2(run.out.contains("Recorded 3 decisions"), run.out.constData());
    const QList<QStringList> rows = select(
        program, QStringLiteral("SELECT a.code, a.status, d.outcome, d.reason FROM applications a JOIN decisions d ON "
                                "d.application_id = a.id WHERE a.code IN ('%1', '%2', '%3') ORDER BY a.code")
                     .arg(best, worst, ranked.at(1)));
    QCOMPARE(rows.size(), 3);
    for (const QStringList &r : rows) {
        const QString expected = r.first() == ranked.at(1) ? QStringLiteral("waitlisted") : QStringLiteral("accepted");
        QCOMPARE(r.at(1), expected);
        QCOMPARE(r.at(2), expected);
        QCOMPARE(r.at(3), r.first() == worst ? QStringLiteral("Bilingual storytime outreach") : QString());
    }
}

namespace {
bool execOn(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst_cli_packet"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst_cli_packet"));
    return ok;
}
} // namespace

// A reviewer's packet out and back: the changed cell is merged, merging again changes nothing,
// a conflict refuses the packet under --on-conflict fail and is settled by take-packet.
void TestCli::reviewPacketsExportAndMergeBack()
{
    const QString program = copyOfDemo(QStringLiteral("packets.cohort"));
    QVERIFY(!program.isEmpty());
    const QList<QStringList> open = select(program, scoredCells(false));
    QVERIFY(!open.isEmpty());
    const QStringList cell = open.first(); // email, code, criterion, value, min, max, assignment id
    const QString folder = m_dir.filePath(QStringLiteral("packets"));
    Run run = cli({QStringLiteral("review"), QStringLiteral("packet"), QStringLiteral("export"), program,
                   QStringLiteral("--cycle"), QStringLiteral("Fall 2017"), QStringLiteral("--reviewer"), cell.at(0),
                   QStringLiteral("--out"), folder, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray packets = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("packets")).toArray();
    QCOMPARE(packets.size(), 1);
    const QString packet = packets.first().toObject().value(QStringLiteral("file")).toString();
    QVERIFY(QFile::exists(packet));

    // The reviewer's edit (the unsigned part of the packet).
    const QString changed = otherValue(cell);
    QVERIFY(execOn(
        packet, QStringLiteral("UPDATE cells SET value = %1, edited_at = '2017-09-01T10:00:00Z' WHERE "
                               "assignment_id = '%2' AND criterion_id = (SELECT id FROM criteria WHERE "
                               "name = '%3')")
                    .arg(changed, cell.at(6), QString(cell.at(2)).replace(QLatin1Char('\''), QStringLiteral("''")))));
    const QStringList merge = {QStringLiteral("review"), QStringLiteral("packet"), QStringLiteral("merge"), program,
                               packet};
    run = cli(merge + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QJsonObject result =
        QJsonDocument::fromJson(run.out).object().value(QStringLiteral("packets")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("merged"));
    QCOMPARE(result.value(QStringLiteral("applied")).toInt(), 1);
    const QString scoreSql = QStringLiteral("SELECT s.value FROM scores s JOIN rubric_criteria c ON c.id = "
                                            "s.criterion_id WHERE s.assignment_id = '%1' AND c.name = '%2'")
                                 .arg(cell.at(6), QString(cell.at(2)).replace(QLatin1Char('\''), QStringLiteral("''")));
    QCOMPARE(select(program, scoreSql).value(0).value(0).toDouble(), changed.toDouble());
    QVERIFY(!select(program, QStringLiteral("SELECT 1 FROM audit_log WHERE action = 'review.packet.merge'")).isEmpty());

    const QByteArray merged = sha256(program);
    run = cli(merge + QStringList{QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    result = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("packets")).toArray().first().toObject();
    QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("already-merged"));
    QCOMPARE(sha256(program), merged);

    // The program moves on; the packet's (older) value now conflicts.
    QString third;
    for (int v = cell.at(4).toInt(); v <= cell.at(5).toInt() && third.isEmpty(); ++v) {
        if (v != cell.at(3).toInt() && v != changed.toInt())
            third = QString::number(v);
    }
    QVERIFY(execOn(packet, QStringLiteral("UPDATE cells SET value = %1 WHERE assignment_id = '%2' AND value = %3")
                               .arg(third, cell.at(6), changed)));
    run = cli(merge);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("conflict"), run.out.constData());
    QCOMPARE(sha256(program), merged);
    run = cli(merge + QStringList{QStringLiteral("--on-conflict"), QStringLiteral("take-packet")});
    QVERIFY2(run.exitCode == 0, QByteArray(run.out + run.err).constData());
    QCOMPARE(select(program, scoreSql).value(0).value(0).toDouble(), third.toDouble());

    // A packet that is not one is refused and changes nothing.
    const QString fake = writeFile(QStringLiteral("fake.cohort-review"), "not a packet");
    const QByteArray before = sha256(program);
    run = cli({QStringLiteral("review"), QStringLiteral("packet"), QStringLiteral("merge"), program, fake});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("not an SQLite file"));
    QCOMPARE(sha256(program), before);
}

#include "tst_cli.moc"
