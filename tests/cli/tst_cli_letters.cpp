#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// cohort-cli letters check|issue as the committee runs it: exit codes 0/1/2, PDFs written and
// recorded.
class TestCliLetters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkReady();
    void checkWithoutTemplateFails();
    void checkReportsUnknownPlaceholders();
    void issueWritesFiles();
    void usageErrors_data();
    void usageErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run cli(const QStringList &arguments);
    static int exec(const QString &program, const QString &sql);

    QTemporaryDir m_dir;
    QString m_program;
    const QString m_cycle = QStringLiteral("Spring 2017");
};

TestCliLetters::Run TestCliLetters::cli(const QStringList &arguments)
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

// Runs one statement on the program; for a SELECT returns the first column of the first row.
int TestCliLetters::exec(const QString &program, const QString &sql)
{
    int result = -1;
    const QString connection = QStringLiteral("tst_cli_letters");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(program);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql))
                result = query.next() ? query.value(0).toInt() : 0;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

void TestCliLetters::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_program = m_dir.filePath(QStringLiteral("program.cohort"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--out"), m_program, QStringLiteral("--applicants"),
                         QStringLiteral("60")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestCliLetters::checkReady()
{
    const Run run = cli({QStringLiteral("letters"), QStringLiteral("check"), m_program, QStringLiteral("--cycle"),
                         m_cycle, QStringLiteral("--kind"), QStringLiteral("acceptance_mentee")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("ready"));
}

void TestCliLetters::checkWithoutTemplateFails()
{
    const Run run = cli({QStringLiteral("letters"), QStringLiteral("check"), m_program, QStringLiteral("--cycle"),
                         m_cycle, QStringLiteral("--kind"), QStringLiteral("goal_reminder"), QStringLiteral("--lang"),
                         QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("goal_reminder"), run.err.constData());
}

void TestCliLetters::checkReportsUnknownPlaceholders()
{
    const QString program = m_dir.filePath(QStringLiteral("unknown.cohort"));
    QVERIFY(QFile::copy(m_program, program));
    QCOMPARE(exec(program,
                  QStringLiteral("INSERT INTO letter_templates (id, kind, language, name, body, updated_at) VALUES "
                                 "('t1', 'decline', 'en', 'Decline', '<p>{{person.first_name}} {{person.hat}}</p>', "
                                 "'2017-01-01T00:00:00Z')")),
             0);
    const Run run = cli({QStringLiteral("letters"), QStringLiteral("check"), program, QStringLiteral("--cycle"),
                         m_cycle, QStringLiteral("--kind"), QStringLiteral("decline"), QStringLiteral("--status"),
                         QStringLiteral("accepted")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("person.hat"), run.out.constData());
}

void TestCliLetters::issueWritesFiles()
{
    const QString program = m_dir.filePath(QStringLiteral("issue.cohort"));
    QVERIFY(QFile::copy(m_program, program));
    const QString out = m_dir.filePath(QStringLiteral("letters"));
    const Run run = cli({QStringLiteral("letters"), QStringLiteral("issue"), program, QStringLiteral("--cycle"),
                         m_cycle, QStringLiteral("--kind"), QStringLiteral("match_introduction"),
                         QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const int issued = int(report.value(QStringLiteral("issued")).toArray().size());
    QVERIFY(issued > 0);
    QCOMPARE(QDir(out).entryList({QStringLiteral("*.pdf")}, QDir::Files).size(), issued);
    QCOMPARE(exec(program, QStringLiteral("SELECT COUNT(*) FROM issued_letters")), issued);

    const Run again = cli({QStringLiteral("letters"), QStringLiteral("issue"), program, QStringLiteral("--cycle"),
                           m_cycle, QStringLiteral("--kind"), QStringLiteral("match_introduction"),
                           QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("issued")).toArray().size(), 0);
}

void TestCliLetters::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("letters")};
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("letters"), QStringLiteral("mail")};
    QTest::newRow("no kind") << QStringList{
        QStringLiteral("letters"), QStringLiteral("issue"), QStringLiteral("p.cohort"), QStringLiteral("--cycle"),
        QStringLiteral("x"),       QStringLiteral("--out"), QStringLiteral("d")};
    QTest::newRow("unknown kind") << QStringList{
        QStringLiteral("letters"), QStringLiteral("check"),  QStringLiteral("p.cohort"),   QStringLiteral("--cycle"),
        QStringLiteral("x"),       QStringLiteral("--kind"), QStringLiteral("love_letter")};
    QTest::newRow("no out") << QStringList{
        QStringLiteral("letters"), QStringLiteral("issue"),  QStringLiteral("p.cohort"), QStringLiteral("--cycle"),
        QStringLiteral("x"),       QStringLiteral("--kind"), QStringLiteral("waitlist")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("letters"), QStringLiteral("check"),
                                                   QStringLiteral("p.cohort"), QStringLiteral("--bogus")};
}

void TestCliLetters::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliLetters)
#include "tst_cli_letters.moc"
