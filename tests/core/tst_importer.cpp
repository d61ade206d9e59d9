#include "db/database.h"
#include "document/importcommand.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "intake/exporter.h"
#include "intake/importer.h"
#include "store/cyclestore.h"
#include "store/importstore.h"
#include "store/programstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cohort;

Q_DECLARE_METATYPE(cohort::DuplicatePolicy)

// Application imports into a real program file: the form-service fixtures in tests/data/intake,
// all-or-nothing writes, duplicates, linking across cycles, cancel, hostile values, saved
// mappings, undo and redo, and the export.
class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsGoogleFormsMentees();
    void importsGoogleFormsMentors();
    void dryRunWritesNothing();
    void invalidRowRefusesTheWholeFile();
    void databaseRefusalAtTheLastRowLeavesNothing();
    void validOnlyImportsTheRestAndSaysSo();
    void duplicatePolicies_data();
    void duplicatePolicies();
    void linksThePersonOfAnEarlierCycle();
    void flagsLikelyDuplicates();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void hostileValuesRoundTrip();
    void mappingsAreSavedByName();
    void undoAndRedoOfAnImport();
    void undoRefusesWhenImportedRowsChanged();
    void exportOmitsConfidentialAndNeutralizesFormulas();
    void importWorksOnPostgres();

private:
    static CsvTable fixture(const QString &name);
    static CsvTable table(const QStringList &header, const QList<QStringList> &rows);
    ImportRequest request(const CsvTable &table, const QString &role, const QString &cycleId) const;
    int scalar(const QString &sql) const;
    QString text(const QString &sql) const;
    Result<ImportReport> import(const CsvTable &table, const QString &role, const QString &cycleId,
                                DuplicatePolicy policy = DuplicatePolicy::Skip, bool validOnly = false);

    QTemporaryDir m_dir;
    std::unique_ptr<ProgramDocument> m_doc;
    QString m_spring;
    QString m_fall;
    int m_fileNumber = 0;
};

void TestImporter::init()
{
    QVERIFY(m_dir.isValid());
    auto doc = ProgramDocument::create(m_dir.filePath(QStringLiteral("p%1.cohort").arg(++m_fileNumber)),
                                       QStringLiteral("ALSC Mentoring"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    m_doc = std::move(doc).value();
    Database &db = m_doc->database();
    Transaction transaction(db);
    QVERIFY(transaction.started().ok());
    m_spring = newId();
    m_fall = newId();
    for (const auto &[id, name, season, month] :
         {std::tuple{m_spring, QStringLiteral("Spring 2017"), QStringLiteral("spring"), 1},
          std::tuple{m_fall, QStringLiteral("Fall 2017"), QStringLiteral("fall"), 7}}) {
        Cycle cycle;
        cycle.id = id;
        cycle.name = name;
        cycle.season = season;
        cycle.year = 2017;
        cycle.startsOn = QDate(2017, month, 1);
        cycle.endsOn = QDate(2018, month, 1);
        QVERIFY(CycleStore(db).insert(cycle, nowTimestamp(), QStringLiteral("test")).ok());
    }
    QVERIFY(transaction.commit().ok());
}

void TestImporter::cleanup()
{
    m_doc.reset();
}

CsvTable TestImporter::fixture(const QString &name)
{
    auto table = Csv::readFile(QStringLiteral(COHORT_TEST_DATA_DIR "/intake/") + name);
    if (!table) {
        qWarning("%s", qPrintable(table.error()));
        return {};
    }
    return table.value();
}

CsvTable TestImporter::table(const QStringList &header, const QList<QStringList> &rows)
{
    CsvTable t;
    t.header = header;
    t.rows = rows;
    for (qsizetype i = 0; i < rows.size(); ++i)
        t.rowLines.append(static_cast<int>(i) + 2);
    return t;
}

ImportRequest TestImporter::request(const CsvTable &table, const QString &role, const QString &cycleId) const
{
    ImportRequest r;
    r.cycleId = cycleId;
    r.role = role;
    r.mapping = ImportFields::suggest(table.header, role);
    r.sourceName = QStringLiteral("responses.csv");
    r.actor = QStringLiteral("chair");
    return r;
}

int TestImporter::scalar(const QString &sql) const
{
    QSqlQuery query(m_doc->database().connection());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s failed", qPrintable(sql));
        return -1;
    }
    return query.value(0).toInt();
}

QString TestImporter::text(const QString &sql) const
{
    QSqlQuery query(m_doc->database().connection());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("(no row)");
    return query.value(0).toString();
}

Result<ImportReport> TestImporter::import(const CsvTable &t, const QString &role, const QString &cycleId,
                                          DuplicatePolicy policy, bool validOnly)
{
    ImportRequest r = request(t, role, cycleId);
    r.duplicates = policy;
    r.validOnly = validOnly;
    return ApplicationImporter(m_doc->database()).run(t, r);
}

void TestImporter::importsGoogleFormsMentees()
{
    const CsvTable t = fixture(QStringLiteral("google-forms-mentees.csv"));
    QCOMPARE(t.rows.size(), 30);
    const int audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto report = import(t, QStringLiteral("mentee"), m_spring);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->errorCount() == 0, qPrintable(report->summary()));
    QVERIFY(report->committed);
    QCOMPARE(report->rows, 30);
    QCOMPARE(report->inserted, 30);
    QCOMPARE(report->insertedApplicationIds.size(), 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = '%1' AND role = 'mentee' "
                                   "AND source = 'import' AND status = 'received'")
                        .arg(m_spring)),
             30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 30);

    // The first answer, field by field. Its statement spans two lines, so the next row starts at line 4.
    QSqlQuery q(m_doc->database().connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT a.code, a.import_row, a.submitted_at, p.first_name, p.last_name, p.phone, a.library, a.library_type, "
        "a.state, a.alsc_member, a.ala_member, a.years_experience, a.career_stage, a.interests, a.contact_methods, "
        "a.statement, a.mentor_preference, a.adult, a.use_demographics FROM applications a JOIN people p ON "
        "p.id = a.person_id WHERE p.email = 'ana.lopez@example.org'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("E-0001"));
    QCOMPARE(q.value(1).toInt(), 2);
    QCOMPARE(q.value(2).toString(), QStringLiteral("2017-02-01T08:00:00Z"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("Ana"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Lopez"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("(402) 555-0100"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("Omaha Public Library"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("public"));
    QCOMPARE(q.value(8).toString(), QStringLiteral("NE"));
    QCOMPARE(q.value(9).toInt(), 0);
    QCOMPARE(q.value(10).toInt(), 1);
    QCOMPARE(q.value(11).toDouble(), 1.0);
    QCOMPARE(q.value(12).toString(), QStringLiteral("student"));
    QCOMPARE(q.value(13).toString(), QStringLiteral("Outreach"));
    QCOMPARE(q.value(14).toString(), QStringLiteral("Online chat"));
    QVERIFY(q.value(15).toString().contains(QLatin1Char('\n')));
    QCOMPARE(q.value(16).toString(), QStringLiteral("has worked in a large urban system"));
    QCOMPARE(q.value(17).toInt(), 1);
    QCOMPARE(q.value(18).toInt(), 0);
    QCOMPARE(text(QStringLiteral("SELECT import_row FROM applications a JOIN people p ON p.id = a.person_id "
                                 "WHERE p.email = 'maria.nguyen@example.org'")),
             QStringLiteral("4"));
    // Under 18 with a guardian's permission, and a connection given: eligible.
    QCOMPARE(text(QStringLiteral("SELECT a.adult || '/' || a.guardian_permission || '/' || a.eligibility FROM "
                                 "applications a JOIN people p ON p.id = a.person_id WHERE p.first_name = 'Olivia'")),
             QStringLiteral("0/1/eligible"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE eligibility = 'unknown'")), 0);
    // Codes continue in memory without gaps.
    QCOMPARE(text(QStringLiteral("SELECT MAX(code) FROM applications")), QStringLiteral("E-0030"));

    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits + 1);
    const QJsonObject detail =
        QJsonDocument::fromJson(text(QStringLiteral("SELECT detail FROM audit_log WHERE action = "
                                                    "'applications.import'"))
                                    .toUtf8())
            .object();
    QCOMPARE(detail.value(QStringLiteral("file")).toString(), QStringLiteral("responses.csv"));
    QCOMPARE(detail.value(QStringLiteral("inserted")).toInt(), 30);
    QCOMPARE(detail.value(QStringLiteral("validOnly")).toBool(true), false);
    QCOMPARE(text(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'applications.import'")),
             QStringLiteral("chair"));

    // A second import of the same file finds every row already there.
    auto again = import(t, QStringLiteral("mentee"), m_spring);
    QVERIFY(again.ok());
    QCOMPARE(again->inserted, 0);
    QCOMPARE(again->skippedDuplicates, 30);
    QCOMPARE(again->duplicatesInCycle, 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 30);
}

void TestImporter::importsGoogleFormsMentors()
{
    const CsvTable t = fixture(QStringLiteral("google-forms-mentors.csv"));
    QCOMPARE(t.rows.size(), 12);
    auto report = import(t, QStringLiteral("mentor"), m_spring);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->committed, qPrintable(report->summary()));
    QCOMPARE(report->inserted, 12);
    // "Your name" splits into first and last name.
    QCOMPARE(text(QStringLiteral("SELECT first_name || '|' || last_name FROM people WHERE email LIKE 'susan.%'")),
             QStringLiteral("Susan|O'Neil"));
    QCOMPARE(text(QStringLiteral("SELECT MIN(code) FROM applications")), QStringLiteral("M-0001"));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(capacity) FROM applications")), 21);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE membership_attested = 1")), 12);
    // Margaret Liu is not an ALSC member: imported, and ineligible with the reason in words.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE eligibility = 'ineligible'")), 1);
    QVERIFY(text(QStringLiteral("SELECT eligibility_reason FROM applications a JOIN people p ON p.id = a.person_id "
                                "WHERE p.last_name = 'Liu'"))
                .startsWith(QLatin1String("Not eligible: not an ALSC member")));
}

void TestImporter::dryRunWritesNothing()
{
    const CsvTable t = fixture(QStringLiteral("google-forms-mentees.csv"));
    const int audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto report = ApplicationImporter(m_doc->database()).check(t, request(t, QStringLiteral("mentee"), m_spring));
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->inserted, 30);
    QVERIFY(!report->committed);
    QVERIFY(report->summary().contains(QLatin1String("nothing written")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestImporter::invalidRowRefusesTheWholeFile()
{
    CsvTable t = fixture(QStringLiteral("google-forms-mentees.csv"));
    t.rows.last()[1] = QStringLiteral("not an email");
    const int audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto report = import(t, QStringLiteral("mentee"), m_spring);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(!report->committed);
    QCOMPARE(report->errorCount(), 1);
    QCOMPARE(report->inserted, 0);
    const ImportProblem problem = report->problems.constFirst();
    QCOMPARE(problem.line, t.rowLines.last());
    QCOMPARE(problem.column, QStringLiteral("Email Address"));
    QVERIFY(problem.message.contains(QLatin1String("not an email")));
    QVERIFY(report->summary().startsWith(QLatin1String("Nothing was imported")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
}

void TestImporter::databaseRefusalAtTheLastRowLeavesNothing()
{
    // The database itself refuses the last row (a trigger stands in for a full disk or a
    // constraint): every earlier row of the transaction goes too.
    QVERIFY(m_doc->database()
                .exec(QStringLiteral("CREATE TRIGGER refuse_last BEFORE INSERT ON applications "
                                     "WHEN NEW.library = 'Refusing Library' BEGIN SELECT RAISE(ABORT, 'refused'); END"))
                .ok());
    CsvTable t = fixture(QStringLiteral("google-forms-mentees.csv"));
    t.rows.last()[5] = QStringLiteral("Refusing Library");
    auto report = import(t, QStringLiteral("mentee"), m_spring);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().contains(QStringLiteral("Line %1").arg(t.rowLines.last())), qPrintable(report.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.import'")), 0);
    // The connection is usable afterwards: the next import goes through.
    t.rows.last()[5] = QStringLiteral("Omaha Public Library");
    auto retry = import(t, QStringLiteral("mentee"), m_spring);
    QVERIFY(retry.ok() && retry->committed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 30);
}

void TestImporter::validOnlyImportsTheRestAndSaysSo()
{
    CsvTable t = fixture(QStringLiteral("google-forms-mentees.csv"));
    t.rows[3][1] = QStringLiteral("someone@");
    t.rows[10][0] = QStringLiteral("the day before yesterday");
    auto refused = import(t, QStringLiteral("mentee"), m_spring);
    QVERIFY(refused.ok() && !refused->committed);
    QCOMPARE(refused->errorCount(), 2);

    auto report = import(t, QStringLiteral("mentee"), m_spring, DuplicatePolicy::Skip, true);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->committed);
    QVERIFY(report->validOnly);
    QCOMPARE(report->inserted, 28);
    QCOMPARE(report->skippedInvalid, 2);
    QCOMPARE(report->errorCount(), 2);
    QCOMPARE(report->problems.at(0).line, t.rowLines.at(3));
    QCOMPARE(report->problems.at(1).line, t.rowLines.at(10));
    QCOMPARE(report->problems.at(1).column, QStringLiteral("Timestamp"));
    QVERIFY(report->summary().contains(QLatin1String("Only the valid rows")));
    QCOMPARE(report->toJson().value(QStringLiteral("skippedInvalid")).toInt(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 28);
    const QJsonObject detail =
        QJsonDocument::fromJson(
            text(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'applications.import'")).toUtf8())
            .object();
    QCOMPARE(detail.value(QStringLiteral("validOnly")).toBool(), true);
    QCOMPARE(detail.value(QStringLiteral("skippedInvalid")).toInt(), 2);
}

void TestImporter::duplicatePolicies_data()
{
    QTest::addColumn<DuplicatePolicy>("policy");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("updated");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<int>("applications");
    QTest::addColumn<QString>("annLibrary");
    QTest::addColumn<QString>("dianaLibrary");
    // Existing: Ann, Ben, Cal. The file: Ann again (other spelling of her email, a new library),
    // Diana, and Diana again (resubmitted).
    QTest::newRow("skip") << DuplicatePolicy::Skip << 1 << 0 << 2 << 4 << QStringLiteral("Omaha Public Library")
                          << QStringLiteral("Richland Library");
    QTest::newRow("update") << DuplicatePolicy::Update << 1 << 2 << 0 << 4 << QStringLiteral("Denver Public Library")
                            << QStringLiteral("Richland Library Main");
    QTest::newRow("keep both") << DuplicatePolicy::KeepBoth << 3 << 0 << 0 << 6
                               << QStringLiteral("Omaha Public Library") << QStringLiteral("Richland Library");
}

void TestImporter::duplicatePolicies()
{
    QFETCH(DuplicatePolicy, policy);
    QFETCH(int, inserted);
    QFETCH(int, updated);
    QFETCH(int, skipped);
    QFETCH(int, applications);
    QFETCH(QString, annLibrary);
    QFETCH(QString, dianaLibrary);
    const QStringList header = {QStringLiteral("Email Address"), QStringLiteral("First Name"),
                                QStringLiteral("Last Name"), QStringLiteral("Library")};
    auto first = import(table(header, {{QStringLiteral("ann@example.org"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                                        QStringLiteral("Omaha Public Library")},
                                       {QStringLiteral("ben@example.org"), QStringLiteral("Ben"), QStringLiteral("Cho"),
                                        QStringLiteral("Omaha Public Library")},
                                       {QStringLiteral("cal@example.org"), QStringLiteral("Cal"),
                                        QStringLiteral("Diaz"), QStringLiteral("Dayton Metro Library")}}),
                        QStringLiteral("mentee"), m_spring);
    QVERIFY(first.ok() && first->committed);

    auto report = import(table(header, {{QStringLiteral(" Ann@Example.ORG"), QStringLiteral("Ann"),
                                         QStringLiteral("Lee"), QStringLiteral("Denver Public Library")},
                                        {QStringLiteral("diana@example.org"), QStringLiteral("Diana"),
                                         QStringLiteral("Fox"), QStringLiteral("Richland Library")},
                                        {QStringLiteral("diana@example.org"), QStringLiteral("Diana"),
                                         QStringLiteral("Fox"), QStringLiteral("Richland Library Main")}}),
                         QStringLiteral("mentee"), m_spring, policy);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->committed);
    QCOMPARE(report->duplicatesInCycle, 2);
    QCOMPARE(report->inserted, inserted);
    QCOMPARE(report->updated, updated);
    QCOMPARE(report->skippedDuplicates, skipped);
    QCOMPARE(report->errorCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), applications);
    // Duplicates are the same person: never a second person record for one email.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 4);
    QCOMPARE(text(QStringLiteral("SELECT a.library FROM applications a JOIN people p ON p.id = a.person_id WHERE "
                                 "p.first_name = 'Ann' ORDER BY a.code LIMIT 1")),
             annLibrary);
    QCOMPARE(text(QStringLiteral("SELECT a.library FROM applications a JOIN people p ON p.id = a.person_id WHERE "
                                 "p.first_name = 'Diana' ORDER BY a.code LIMIT 1")),
             dianaLibrary);
    // Updates bump the version (optimistic concurrency) and keep code and status.
    if (policy == DuplicatePolicy::Update) {
        QCOMPARE(text(QStringLiteral("SELECT a.code || '/' || a.version || '/' || a.status FROM applications a "
                                     "JOIN people p ON p.id = a.person_id WHERE p.first_name = 'Ann'")),
                 QStringLiteral("E-0001/2/received"));
        QCOMPARE(report->updatedApplications.size(), 1);
        QCOMPARE(report->updatedApplications.constFirst().before.library, QStringLiteral("Omaha Public Library"));
    }
}

void TestImporter::linksThePersonOfAnEarlierCycle()
{
    const QStringList header = {QStringLiteral("Email Address"), QStringLiteral("First Name"),
                                QStringLiteral("Last Name"), QStringLiteral("Phone number")};
    auto spring = import(
        table(header, {{QStringLiteral("ann@example.org"), QStringLiteral("Ann"), QStringLiteral("Lee"), QString()},
                       {QStringLiteral("ben@example.org"), QStringLiteral("Ben"), QStringLiteral("Cho"),
                        QStringLiteral("555-0101")}}),
        QStringLiteral("mentee"), m_spring);
    QVERIFY(spring.ok() && spring->committed);
    const QString annId = text(QStringLiteral("SELECT id FROM people WHERE first_name = 'Ann'"));

    auto fall = import(table(header, {{QStringLiteral("ANN@example.org "), QStringLiteral("Annie"),
                                       QStringLiteral("Lee"), QStringLiteral("555-0100")},
                                      {QStringLiteral("ben@example.org"), QStringLiteral("Benjamin"),
                                       QStringLiteral("Cho"), QStringLiteral("555-9999")}}),
                       QStringLiteral("mentee"), m_fall);
    QVERIFY2(fall.ok(), qPrintable(fall.error()));
    QVERIFY(fall->committed);
    QCOMPARE(fall->linkedPeople, 2);
    QCOMPARE(fall->inserted, 2);
    QCOMPARE(fall->duplicatesInCycle, 0);
    QVERIFY(fall->insertedPeople.isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 2);
    QCOMPARE(text(QStringLiteral("SELECT a.person_id FROM applications a WHERE a.cycle_id = '%1' ORDER BY a.code "
                                 "LIMIT 1")
                      .arg(m_fall)),
             annId);
    // Only empty fields are filled: Ann's phone; her name and Ben's phone stay as they were.
    QCOMPARE(text(QStringLiteral("SELECT first_name || '/' || phone FROM people WHERE id = '%1'").arg(annId)),
             QStringLiteral("Ann/555-0100"));
    QCOMPARE(text(QStringLiteral("SELECT first_name || '/' || phone FROM people WHERE last_name = 'Cho'")),
             QStringLiteral("Ben/555-0101"));
    QCOMPARE(fall->updatedPeople.size(), 1);
}

void TestImporter::flagsLikelyDuplicates()
{
    const QStringList header = {QStringLiteral("Email Address"), QStringLiteral("Full name"),
                                QStringLiteral("Library")};
    auto first = import(table(header, {{QStringLiteral("zoe@work.example"), QStringLiteral("Zoë O'Brien"),
                                        QStringLiteral("Dayton Metro Library")}}),
                        QStringLiteral("mentee"), m_spring);
    QVERIFY(first.ok() && first->committed);
    auto report = import(
        table(
            header,
            {{QStringLiteral("zoe@home.example"), QStringLiteral("ZOE O BRIEN"), QStringLiteral("Dayton Metro")},
             {QStringLiteral("sam@a.example"), QStringLiteral("Sam Park"), QStringLiteral("Denver Public Library")},
             {QStringLiteral("sam@b.example"), QStringLiteral("Sam Park"), QStringLiteral("The Denver Public Library")},
             {QStringLiteral("sam@c.example"), QStringLiteral("Sam Park"), QStringLiteral("Omaha Public Library")}}),
        QStringLiteral("mentee"), m_spring);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->committed);
    QCOMPARE(report->inserted, 4); // flagged, not refused: a person decides whether to merge
    QCOMPARE(report->likelyDuplicates, 2);
    QCOMPARE(report->errorCount(), 0);
    QList<int> warned;
    for (const ImportProblem &p : report->problems) {
        QVERIFY(!p.error);
        warned.append(p.line);
    }
    QCOMPARE(warned, (QList<int>{2, 4}));
    QVERIFY(report->problems.constFirst().message.contains(QLatin1String("E-0001")));
}

void TestImporter::cancelLeavesNothing_data()
{
    QTest::addColumn<qint64>("cancelAt");
    QTest::newRow("while checking") << qint64(500);
    QTest::newRow("while writing") << qint64(1500);
    QTest::newRow("at the very end") << qint64(2400);
}

void TestImporter::cancelLeavesNothing()
{
    QFETCH(qint64, cancelAt);
    QList<QStringList> rows;
    for (int i = 0; i < 1200; ++i)
        rows.append(
            {QStringLiteral("person%1@example.org").arg(i), QStringLiteral("First%1").arg(i), QStringLiteral("Last")});
    const CsvTable t =
        table({QStringLiteral("Email"), QStringLiteral("First name"), QStringLiteral("Last name")}, rows);
    ImportRequest r = request(t, QStringLiteral("mentee"), m_spring);
    QList<qint64> calls;
    auto report = ApplicationImporter(m_doc->database()).run(t, r, [&](qint64 done, qint64 total) {
        calls.append(done);
        return !(done >= cancelAt || (cancelAt >= total && done == total));
    });
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY(report->cancelled);
    QVERIFY(!report->committed);
    QCOMPARE(report->inserted, 0);
    QVERIFY(report->summary().contains(QLatin1String("cancelled")));
    QVERIFY(calls.size() >= 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.import'")), 0);
}

void TestImporter::hostileValuesRoundTrip()
{
    const QStringList hostile = {QStringLiteral("Zoë O'Brien-Núñez"),
                                 QStringLiteral("<b>Eve</b>"),
                                 QStringLiteral("Robert'); DROP TABLE applications;--"),
                                 QStringLiteral("=HYPERLINK(\"x\")"),
                                 QStringLiteral("\"quoted\", with comma"),
                                 QStringLiteral("乔 李 🙂"),
                                 QStringLiteral("-1+1"),
                                 QStringLiteral("@SUM(A1)")};
    const QStringList header = {QStringLiteral("Email"), QStringLiteral("First name"), QStringLiteral("Last name"),
                                QStringLiteral("Library"), QStringLiteral("Why are you applying?")};
    QList<QStringList> rows;
    for (qsizetype i = 0; i < hostile.size(); ++i)
        rows.append({QStringLiteral("h%1@example.org").arg(i), hostile.at(i), hostile.at(i), hostile.at(i),
                     hostile.at(i) + QStringLiteral("\nsecond line")});
    auto report = import(table(header, rows), QStringLiteral("mentee"), m_spring);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->committed, qPrintable(report->summary()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), static_cast<int>(hostile.size()));
    auto stored = ImportStore(m_doc->database()).loadApplications(m_spring);
    QVERIFY(stored.ok());
    for (const PersonApplication &row : stored.value()) {
        const int i = row.person.email.mid(1, row.person.email.indexOf(QLatin1Char('@')) - 1).toInt();
        QCOMPARE(row.person.firstName, hostile.at(i));
        QCOMPARE(row.person.lastName, hostile.at(i));
        QCOMPARE(row.application.library, hostile.at(i));
        QCOMPARE(row.application.statement, hostile.at(i) + QStringLiteral("\nsecond line"));
    }
}

void TestImporter::mappingsAreSavedByName()
{
    ImportMappingStore store(m_doc->database());
    ImportMapping mapping =
        ImportFields::suggest(fixture(QStringLiteral("google-forms-mentees.csv")).header, QStringLiteral("mentee"));
    mapping.name = QStringLiteral("ALSC mentee form (Google)");
    QVERIFY(store.save(mapping, QStringLiteral("chair")).ok());
    auto loaded = store.load(mapping.name);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->fields, mapping.fields);
    QCOMPARE(loaded->role, QStringLiteral("mentee"));

    // Saving under the same name replaces it.
    mapping.fields.remove(QStringLiteral("Timestamp"));
    QVERIFY(store.save(mapping, QStringLiteral("chair")).ok());
    auto list = store.list();
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QVERIFY(!list->constFirst().fields.contains(QStringLiteral("Timestamp")));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM import_mappings")), 2);

    QVERIFY(!store.load(QStringLiteral("nope")).ok());
    ImportMapping unnamed;
    QVERIFY(!store.save(unnamed, QStringLiteral("chair")).ok());
}

void TestImporter::undoAndRedoOfAnImport()
{
    const QStringList header = {QStringLiteral("Email Address"), QStringLiteral("First Name"),
                                QStringLiteral("Last Name"), QStringLiteral("Library")};
    auto first = import(table(header, {{QStringLiteral("ann@example.org"), QStringLiteral("Ann"), QStringLiteral("Lee"),
                                        QStringLiteral("Omaha Public Library")}}),
                        QStringLiteral("mentee"), m_spring);
    QVERIFY(first.ok() && first->committed);
    const QString annBefore = text(QStringLiteral("SELECT library || '/' || version FROM applications"));

    auto report = import(table(header, {{QStringLiteral("ann@example.org"), QStringLiteral("Ann"),
                                         QStringLiteral("Lee"), QStringLiteral("Denver Public Library")},
                                        {QStringLiteral("dee@example.org"), QStringLiteral("Dee"),
                                         QStringLiteral("Fox"), QStringLiteral("Richland Library")}}),
                         QStringLiteral("mentee"), m_spring, DuplicatePolicy::Update);
    QVERIFY(report.ok() && report->committed);
    QCOMPARE(report->insertedPeople.size(), 1);
    QCOMPARE(report->insertedApplications.size(), 1);
    QCOMPARE(report->updatedApplications.size(), 1);
    const QString deeCode = report->insertedApplications.constFirst().application.code;
    const QString deeId = report->insertedApplicationIds.constFirst();

    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    const int audits = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    // The first redo() writes nothing: the worker committed the import already.
    QVERIFY(m_doc->execute(new ImportApplicationsCommand(*m_doc, std::move(report).value())).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().constFirst().toString(), m_spring);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    QVERIFY(m_doc->undoStack()->undoText().contains(QLatin1String("responses.csv")));

    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 1);
    QCOMPARE(text(QStringLiteral("SELECT library FROM applications")), QStringLiteral("Omaha Public Library"));
    QVERIFY(annBefore.startsWith(QLatin1String("Omaha Public Library/")));

    m_doc->undoStack()->redo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 2);
    QCOMPARE(text(QStringLiteral("SELECT id || '/' || code || '/' || import_row FROM applications "
                                 "WHERE library = 'Richland Library'")),
             deeId + QLatin1Char('/') + deeCode + QStringLiteral("/3"));
    QCOMPARE(text(QStringLiteral("SELECT library FROM applications a JOIN people p ON p.id = a.person_id "
                                 "WHERE p.first_name = 'Ann'")),
             QStringLiteral("Denver Public Library"));

    // And once more back, to see that versions carried over.
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.import.undo'")), 2);
}

void TestImporter::undoRefusesWhenImportedRowsChanged()
{
    auto report = import(fixture(QStringLiteral("google-forms-mentees.csv")), QStringLiteral("mentee"), m_spring);
    QVERIFY(report.ok() && report->committed);
    QVERIFY(m_doc->execute(new ImportApplicationsCommand(*m_doc, std::move(report).value())).ok());
    // Someone edits one imported application after the import.
    QVERIFY(m_doc->database()
                .exec(QStringLiteral("UPDATE applications SET status = 'eligible', version = version + 1 "
                                     "WHERE code = 'E-0005'"))
                .ok());
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY(failed.constFirst().constFirst().toString().contains(QLatin1String("changed since")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM people")), 30);
}

void TestImporter::exportOmitsConfidentialAndNeutralizesFormulas()
{
    const QStringList header = {QStringLiteral("Email"),
                                QStringLiteral("First name"),
                                QStringLiteral("Last name"),
                                QStringLiteral("Library"),
                                QStringLiteral("Gender"),
                                QStringLiteral("I would like a mentor who..."),
                                QStringLiteral("Are you a current ALSC member?")};
    auto report =
        import(table(header, {{QStringLiteral("eve@example.org"), QStringLiteral("=HYPERLINK(\"x\")"),
                               QStringLiteral("<b>Eve</b>"), QStringLiteral("+Omaha"), QStringLiteral("Woman"),
                               QStringLiteral("knows picture books"), QStringLiteral("Yes")}}),
               QStringLiteral("mentee"), m_spring);
    QVERIFY(report.ok() && report->committed);

    ApplicationExporter exporter(m_doc->database());
    ExportRequest request;
    request.cycleId = m_spring;
    auto plain = exporter.table(request);
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QVERIFY(plain->header.contains(QStringLiteral("Email address")));
    QVERIFY(plain->header.contains(QStringLiteral("ALSC member")));
    for (const char *confidential :
         {"Gender", "BIPOC", "Disability", "I would like a mentor who", "Prefer not to be matched with"})
        QVERIFY2(!plain->header.contains(QString::fromUtf8(confidential)), confidential);
    QCOMPARE(plain->rows.size(), 1);
    QCOMPARE(plain->rows.constFirst().at(plain->header.indexOf(QStringLiteral("ALSC member"))), QStringLiteral("Yes"));
    const QByteArray csv = exporter.toCsv(request).value();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!csv.contains("Woman"));
    QVERIFY(csv.contains("'=HYPERLINK"));
    QVERIFY(csv.contains("'+Omaha"));
    QVERIFY(csv.contains("<b>Eve</b>"));

    request.includeConfidential = true;
    auto full = exporter.table(request);
    QVERIFY(full.ok());
    QVERIFY(full->header.contains(QStringLiteral("Gender")));
    QVERIFY(full->header.contains(QStringLiteral("I would like a mentor who")));
    QCOMPARE(full->rows.constFirst().at(full->header.indexOf(QStringLiteral("Gender"))), QStringLiteral("Woman"));

    // Written whole to a file; the other role's export is empty but has its header.
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    auto written = exporter.writeFile(path, request);
    QVERIFY2(written.ok(), qPrintable(written.error()));
    QCOMPARE(written.value(), 1);
    auto reread = Csv::readFile(path);
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->header, full->header);
    request.role = QStringLiteral("mentor");
    QCOMPARE(exporter.table(request)->rows.size(), 0);
}

QTEST_GUILESS_MAIN(TestImporter)
// The import's SQL (multi-row INSERTs, duplicates, linking, the audit entry) on PostgreSQL 15:
// skipped unless COHORT_TEST_PG names a server (scripts/test.sh sets it; CI requires it).
void TestImporter::importWorksOnPostgres()
{
    const QString connection = qEnvironmentVariable("COHORT_TEST_PG");
    if (connection.isEmpty()) {
        if (qEnvironmentVariableIntValue("COHORT_REQUIRE_PG") == 1)
            QFAIL("COHORT_REQUIRE_PG=1 but COHORT_TEST_PG is not set");
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    }
    PostgresParams params = PostgresParams::fromConnectionString(connection);
    params.schema = QStringLiteral("cohort_import_%1").arg(newId().left(8));
    auto opened = Database::openPostgres(params);
    QVERIFY2(opened, qPrintable(opened.error()));
    {
        ProgramInfo info;
        info.id = newId();
        info.name = QStringLiteral("Postgres import");
        QVERIFY(ProgramStore(*opened.value()).initialize(info, QStringLiteral("00"), nowTimestamp()));
        Cycle cycle;
        cycle.id = m_spring;
        cycle.name = QStringLiteral("Spring 2017");
        cycle.season = QStringLiteral("spring");
        cycle.year = 2017;
        cycle.startsOn = QDate(2017, 1, 1);
        cycle.endsOn = QDate(2018, 1, 1);
        QVERIFY(CycleStore(*opened.value()).insert(cycle, nowTimestamp(), QStringLiteral("test")).ok());
    }
    auto adopted = ProgramDocument::adopt(std::move(opened).value());
    QVERIFY2(adopted, qPrintable(adopted.error()));
    m_doc = std::move(adopted).value(); // scalar() and text() now read PostgreSQL
    const auto dropSchema = qScopeGuard([this, &params] {
        (void)m_doc->database().exec(QStringLiteral("SET search_path TO public"));
        (void)m_doc->database().exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(params.schema));
    });

    // 30 rows: the first 50-row statement is partly filled.
    const CsvTable mentees = fixture(QStringLiteral("google-forms-mentees.csv"));
    auto report = import(mentees, QStringLiteral("mentee"), m_spring);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QVERIFY2(report->committed, qPrintable(report->summary()));
    QCOMPARE(report->inserted, 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE role = 'mentee'")), 30);
    QCOMPARE(text(QStringLiteral("SELECT a.library FROM applications a JOIN people p ON p.id = a.person_id "
                                 "WHERE p.email = 'ana.lopez@example.org'")),
             QStringLiteral("Omaha Public Library"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'applications.import'")), 1);

    // 123 rows of hostile values: two full statements and a remainder, stored exactly.
    const QStringList hostile = {QStringLiteral("Zoë O'Brien-Núñez"), QStringLiteral("<b>Eve</b>"),
                                 QStringLiteral("Robert'); DROP TABLE applications;--"),
                                 QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("乔 李 🙂")};
    const QStringList header = {QStringLiteral("Email"), QStringLiteral("First name"), QStringLiteral("Last name"),
                                QStringLiteral("Library"), QStringLiteral("Why are you applying?")};
    QList<QStringList> rows;
    for (int i = 0; i < 123; ++i) {
        const QString value = hostile.at(i % hostile.size());
        rows.append({QStringLiteral("pg%1@example.org").arg(i), value, value, value, value});
    }
    auto bulk = import(table(header, rows), QStringLiteral("mentor"), m_spring);
    QVERIFY2(bulk.ok(), qPrintable(bulk.error()));
    QVERIFY2(bulk->committed, qPrintable(bulk->summary()));
    QCOMPARE(bulk->inserted, 123);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications WHERE role = 'mentor'")), 123);
    QCOMPARE(text(QStringLiteral("SELECT MAX(code) FROM applications WHERE role = 'mentor'")),
             QStringLiteral("M-0123"));
    auto stored = ImportStore(m_doc->database()).loadApplications(m_spring);
    QVERIFY(stored.ok());
    int checked = 0;
    for (const PersonApplication &row : stored.value()) {
        if (!row.person.email.startsWith(QLatin1String("pg")))
            continue;
        const int i = row.person.email.mid(2, row.person.email.indexOf(QLatin1Char('@')) - 2).toInt();
        const QString value = hostile.at(i % hostile.size());
        QCOMPARE(row.person.firstName, value);
        QCOMPARE(row.application.library, value);
        QCOMPARE(row.application.statement, value);
        ++checked;
    }
    QCOMPARE(checked, 123);

    // The same file again: every row is a duplicate, nothing is added.
    auto again = import(mentees, QStringLiteral("mentee"), m_spring);
    QVERIFY(again.ok());
    QCOMPARE(again->inserted, 0);
    QCOMPARE(again->skippedDuplicates, 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM applications")), 153);
}

#include "tst_importer.moc"
