#include "db/database.h"
#include "demo/demogenerator.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

// The demo generator: deterministic for a seed, realistic in shape, all or nothing.
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedGivesSameContent();
    void otherSeedGivesOtherContent();
    void shapeFollowsRequestedSize_data();
    void shapeFollowsRequestedSize();
    void reviewIsBalancedAndConflictFree();
    void timestampsComeFromTheCycles();
    void fileIsConsistent();
    void refusesExistingFile();
    void cancelRemovesFile_data();
    void cancelRemovesFile();
    void progressIsReported();

private:
    QString generate(const QString &name, int applicants, quint32 seed);
    static QMap<QString, QStringList> dump(const QString &path);
    static int scalar(Database &db, const QString &sql);

    QTemporaryDir m_dir;
};

QString TestDemo::generate(const QString &name, int applicants, quint32 seed)
{
    const QString path = m_dir.filePath(name);
    DemoOptions options;
    options.applicants = applicants;
    options.seed = seed;
    auto summary = DemoGenerator::createFile(path, options);
    if (!summary)
        qWarning("%s", qPrintable(summary.error()));
    return summary ? path : QString();
}

int TestDemo::scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(Database::queryError(query, sql).message));
        return -1;
    }
    return query.value(0).toInt();
}

// Every data table, every row, every column, in a stable order. settings.updated_at is left
// out: ProgramStore::setSetting() stamps it with the current time (see timestampsComeFromTheCycles).
QMap<QString, QStringList> TestDemo::dump(const QString &path)
{
    QMap<QString, QStringList> tables;
    auto db = Database::openFile(path, true);
    if (!db) {
        qWarning("%s", qPrintable(db.error()));
        return tables;
    }
    QSqlQuery names(db.value()->connection());
    names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "AND name <> 'schema_migrations' ORDER BY name"));
    QStringList tableNames;
    while (names.next())
        tableNames.append(names.value(0).toString());
    for (const QString &table : std::as_const(tableNames)) {
        QSqlQuery columns(db.value()->connection());
        columns.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        QStringList selected;
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            if (!(table == QLatin1String("settings") && column == QLatin1String("updated_at")))
                selected.append(column);
        }
        QSqlQuery rows(db.value()->connection());
        QStringList order;
        for (int i = 1; i <= selected.size(); ++i)
            order.append(QString::number(i));
        rows.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                      .arg(selected.join(QStringLiteral(", ")), table, order.join(QStringLiteral(", "))));
        QStringList lines;
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < selected.size(); ++i)
                fields.append(rows.value(i).isNull() ? QStringLiteral("<null>") : rows.value(i).toString());
            lines.append(fields.join(QLatin1Char('|')));
        }
        tables.insert(table, lines);
    }
    return tables;
}

void TestDemo::sameSeedGivesSameContent()
{
    const QString a = generate(QStringLiteral("a.cohort"), 160, 7);
    const QString b = generate(QStringLiteral("b.cohort"), 160, 7);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const auto left = dump(a);
    const auto right = dump(b);
    QCOMPARE(left.keys(), right.keys());
    for (const QString &table : left.keys()) {
        const QStringList &l = left.value(table);
        const QStringList &r = right.value(table);
        QVERIFY2(l.size() == r.size(), qPrintable(table));
        for (qsizetype i = 0; i < l.size(); ++i)
            QVERIFY2(l.at(i) == r.at(i),
                     qPrintable(table + QStringLiteral(": ") + l.at(i) + QStringLiteral(" vs ") + r.at(i)));
    }
    // A committee's whole year is there, not just applicants.
    for (const char *table : {"program", "settings", "cycles", "phases", "people", "applications", "reviewers",
                              "conflicts", "rubric_criteria", "assignments", "scores", "decisions", "matches",
                              "goal_sheets", "goals", "orientation_attendance", "contact_entries"})
        QVERIFY2(!left.value(QString::fromLatin1(table)).isEmpty(), table);
}

void TestDemo::otherSeedGivesOtherContent()
{
    const QString a = generate(QStringLiteral("seed1.cohort"), 160, 1);
    const QString b = generate(QStringLiteral("seed2.cohort"), 160, 2);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const auto left = dump(a);
    const auto right = dump(b);
    for (const char *table : {"people", "applications", "scores", "matches", "contact_entries"})
        QVERIFY2(left.value(QString::fromLatin1(table)) != right.value(QString::fromLatin1(table)), table);
    // The calendar is the same for every seed.
    QCOMPARE(left.value(QStringLiteral("phases")).size(), right.value(QStringLiteral("phases")).size());
}

void TestDemo::shapeFollowsRequestedSize_data()
{
    QTest::addColumn<int>("applicants");
    QTest::newRow("default") << 160;
    QTest::newRow("odd") << 333;
    QTest::newRow("thousand") << 1000;
}

void TestDemo::shapeFollowsRequestedSize()
{
    QFETCH(int, applicants);
    const QString path = generate(QStringLiteral("size-%1.cohort").arg(applicants), applicants, 2017);
    QVERIFY(!path.isEmpty());
    auto opened = Database::openFile(path, true);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications")), applicants);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cycles")), 2);
    const int mentors = scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications WHERE role = 'mentor'"));
    const double mentorShare = double(mentors) / applicants;
    QVERIFY2(mentorShare > 0.22 && mentorShare < 0.28, qPrintable(QString::number(mentorShare))); // about 1:3
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reviewers")),
             std::max(6, int(std::lround(applicants / 100.0))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM reviewers WHERE role = 'chair'")), 1);
    // Some people applied in both cycles, as the same person.
    const int people = scalar(db, QStringLiteral("SELECT COUNT(*) FROM people"));
    QVERIFY(people < applicants && people > applicants * 0.9);

    // Spring 2017 is decided, Fall 2017 is under review.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT c.name, a.status, COUNT(*) FROM applications a JOIN cycles c "
                                      "ON c.id = a.cycle_id GROUP BY c.name, a.status")));
    QMap<QString, QSet<QString>> statuses;
    while (query.next())
        statuses[query.value(0).toString()].insert(query.value(1).toString());
    QCOMPARE(statuses.value(QStringLiteral("Spring 2017")),
             (QSet<QString>{QStringLiteral("accepted"), QStringLiteral("waitlisted"), QStringLiteral("declined"),
                            QStringLiteral("ineligible"), QStringLiteral("withdrawn")}));
    QCOMPARE(statuses.value(QStringLiteral("Fall 2017")),
             (QSet<QString>{QStringLiteral("received"), QStringLiteral("eligible"), QStringLiteral("under_review")}));
    // Every decided Spring application has its decision.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications a JOIN decisions d ON d.application_id = a.id "
                                  "AND d.outcome = a.status")),
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications WHERE status IN ('accepted', 'waitlisted', "
                                  "'declined')")));
    // Mentors who are not ALSC members are ineligible.
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM applications WHERE role = 'mentor' AND alsc_member = 0 "
                                      "AND status = 'ineligible'")) >= 1);

    // Codes are stable, unique, and say cycle and role.
    QVERIFY(query.exec(QStringLiteral("SELECT code, role FROM applications")));
    static const QRegularExpression codePattern(QStringLiteral("^(S17|F17)-([ME])-\\d{3,}$"));
    QSet<QString> codes;
    while (query.next()) {
        const QString code = query.value(0).toString();
        const auto match = codePattern.match(code);
        QVERIFY2(match.hasMatch(), qPrintable(code));
        QCOMPARE(match.captured(2) == QLatin1String("M"), query.value(1).toString() == QLatin1String("mentor"));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), applicants);

    // About one published match per 16 applicants, in Spring; a few drafts in Fall.
    const int published = scalar(db, QStringLiteral("SELECT COUNT(*) FROM matches WHERE status = 'published'"));
    QVERIFY2(std::abs(published - applicants / 16.0) <= applicants / 64.0 + 1, qPrintable(QString::number(published)));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM matches m JOIN cycles c ON c.id = m.cycle_id "
                                      "WHERE m.status = 'draft' AND c.name = 'Fall 2017'")) >= 3);
    // Matched partners were accepted, and no mentor has more mentees than they offered to take.
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM matches m JOIN applications r ON r.id = m.mentor_application_id "
                            "JOIN applications e ON e.id = m.mentee_application_id WHERE m.status = 'published' "
                            "AND (r.status <> 'accepted' OR e.status <> 'accepted' OR r.role <> 'mentor' "
                            "OR e.role <> 'mentee')")),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT a.capacity, COUNT(*) AS taken FROM matches m JOIN "
                                       "applications a ON a.id = m.mentor_application_id GROUP BY a.id, a.capacity) "
                                       "WHERE taken > capacity")),
             0);
    // Each published match has a goal sheet with 1-3 goals once submitted; at least one is overdue.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM goal_sheets")), published);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT g.id, COUNT(x.id) AS n FROM goal_sheets g LEFT JOIN "
                                  "goals x ON x.goal_sheet_id = g.id WHERE g.submitted_on IS NOT NULL GROUP BY g.id) "
                                  "WHERE n < 1 OR n > 3")),
        0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM goal_sheets WHERE submitted_on IS NULL "
                                      "AND due_on < '2017-10-13'")) >= 1);
    // Most matches keep in touch; at least one has gone quiet (no contact in the last 21 days).
    QVERIFY(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT match_id, MAX(contact_on) AS last FROM contact_entries "
                                  "GROUP BY match_id) WHERE last < '2017-09-22'")) >= 1);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(DISTINCT match_id) FROM contact_entries")) == published);
}

void TestDemo::reviewIsBalancedAndConflictFree()
{
    const QString path = generate(QStringLiteral("review.cohort"), 600, 11);
    QVERIFY(!path.isEmpty());
    auto opened = Database::openFile(path, true);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    // Two readings of every screened application (never of ineligible or unscreened ones).
    QCOMPARE(scalar(db, QStringLiteral(
                            "SELECT COUNT(*) FROM applications a WHERE a.status NOT IN ('ineligible', 'received') "
                            "AND (SELECT COUNT(*) FROM assignments s WHERE s.application_id = a.id) <> 2")),
             0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a ON a.id = s.application_id "
                                  "WHERE a.status IN ('ineligible', 'received')")),
        0);
    // Nobody reads the application of someone they have a conflict with.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a ON a.id = s.application_id "
                                  "JOIN conflicts c ON c.reviewer_id = s.reviewer_id AND c.person_id = a.person_id")),
        0);
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM conflicts")) >= 2);
    // Balanced: no reviewer has more than 1.5 times the lightest load.
    const int most =
        scalar(db, QStringLiteral("SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM assignments GROUP BY reviewer_id)"));
    const int least =
        scalar(db, QStringLiteral("SELECT MIN(n) FROM (SELECT COUNT(*) AS n FROM assignments GROUP BY reviewer_id)"));
    QVERIFY2(least > 0 && most <= least * 1.5, qPrintable(QStringLiteral("%1..%2").arg(least).arg(most)));
    // Spring is fully scored; Fall about half; scores stay on the 1-5 scale.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM scores WHERE value < 1 OR value > 5")), 0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a ON a.id = s.application_id "
                                  "JOIN cycles c ON c.id = a.cycle_id WHERE c.name = 'Spring 2017' AND "
                                  "s.submitted_at IS NULL")),
        0);
    const double fallScored =
        scalar(db, QStringLiteral("SELECT COUNT(DISTINCT s.assignment_id) FROM scores s JOIN "
                                  "rubric_criteria c ON c.id = s.criterion_id JOIN cycles y ON "
                                  "y.id = c.cycle_id WHERE y.name = 'Fall 2017'")) /
        double(scalar(db, QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a ON "
                                         "a.id = s.application_id JOIN cycles c ON c.id = a.cycle_id "
                                         "WHERE c.name = 'Fall 2017'")));
    QVERIFY2(fallScored > 0.3 && fallScored < 0.7, qPrintable(QString::number(fallScored)));
    // The rubric: 3-4 criteria per role and cycle, on a 1-5 scale.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT COUNT(*) FROM (SELECT cycle_id, role, COUNT(*) AS n FROM rubric_criteria "
                                  "GROUP BY cycle_id, role) WHERE n BETWEEN 3 AND 4")),
        4);
}

void TestDemo::timestampsComeFromTheCycles()
{
    const QString path = generate(QStringLiteral("dates.cohort"), 160, 5);
    QVERIFY(!path.isEmpty());
    auto opened = Database::openFile(path, true);
    QVERIFY2(opened, qPrintable(opened.error()));
    Database &db = *opened.value();
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE "
                                      "m.type = 'table' AND m.name <> 'schema_migrations' AND (p.name GLOB '*_at' OR "
                                      "p.name GLOB '*_on')")));
    QList<std::pair<QString, QString>> columns;
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toString()});
    QVERIFY(columns.size() > 20);
    for (const auto &[table, column] : std::as_const(columns)) {
        const int late =
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 > '2018-10-01'").arg(table, column));
        QVERIFY2(late == 0, qPrintable(table + QLatin1Char('.') + column));
    }
}

void TestDemo::fileIsConsistent()
{
    const QString path = generate(QStringLiteral("check.cohort"), 400, 3);
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) || QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    auto opened = Database::openFile(path, true);
    QVERIFY2(opened, qPrintable(opened.error()));
    auto report = opened.value()->check(true);
    QVERIFY2(report, qPrintable(report.error()));
    QVERIFY2(report->integrityProblems.isEmpty(), qPrintable(report->integrityProblems.join(QLatin1Char('\n'))));
    QVERIFY2(report->foreignKeyProblems.isEmpty(), qPrintable(report->foreignKeyProblems.join(QLatin1Char('\n'))));
    QCOMPARE(report->schemaVersion, Database::latestSchemaVersion());
}

void TestDemo::refusesExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.cohort"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto summary = DemoGenerator::createFile(path, DemoOptions{});
    QVERIFY(!summary);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestDemo::cancelRemovesFile_data()
{
    QTest::addColumn<int>("cancelAtCall");
    QTest::newRow("first report") << 1;
    QTest::newRow("third report") << 3;
    QTest::newRow("last report") << -1;
}

void TestDemo::cancelRemovesFile()
{
    QFETCH(int, cancelAtCall);
    const QString path = m_dir.filePath(
        QStringLiteral("cancel-%1.cohort")
            .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
    int calls = 0;
    DemoOptions options;
    options.applicants = 2000;
    auto summary = DemoGenerator::createFile(path, options, [&calls, cancelAtCall](qint64 done, qint64 total) {
        ++calls;
        return cancelAtCall < 0 ? done < total : calls < cancelAtCall;
    });
    QVERIFY(!summary);
    QVERIFY(calls >= std::max(1, cancelAtCall));
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
}

void TestDemo::progressIsReported()
{
    const QString path = m_dir.filePath(QStringLiteral("progress.cohort"));
    qint64 last = -1;
    qint64 lastTotal = 0;
    bool monotonic = true;
    int calls = 0;
    DemoOptions options;
    options.applicants = 3000;
    auto summary = DemoGenerator::createFile(path, options, [&](qint64 done, qint64 total) {
        monotonic = monotonic && done >= last && done <= total;
        last = done;
        lastTotal = total;
        ++calls;
        return true;
    });
    QVERIFY2(summary, qPrintable(summary.error()));
    QVERIFY(monotonic);
    QCOMPARE(last, lastTotal);
    QVERIFY2(calls >= 10, qPrintable(QString::number(calls))); // every ~1000 rows
    QCOMPARE(summary->mentors + summary->mentees, 3000);
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
