#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &arguments);
    static QByteArray sha256(const QString &path);

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
    for (const char *word : {"demo", "info", "check", "--json", "Exit codes"})
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
