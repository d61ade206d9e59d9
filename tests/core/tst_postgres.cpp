#include "db/database.h"
#include "document/programdocument.h"
#include "domain/ids.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"

#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace cohort;

// The schema and the stores' basic reads and writes on a real PostgreSQL 15 server.
// COHORT_TEST_PG holds the connection ("host=... port=... dbname=... user=... password=...").
// CI sets COHORT_REQUIRE_PG=1, so a missing server fails there instead of skipping.
class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationsApplyAndRecordTheVersion();
    void programAndSettingsRoundTrip();
    void cyclesAndApplicationsRoundTrip();
    void writeConflictIsDetected();

private:
    PostgresParams m_params;
    std::unique_ptr<Database> m_db;
};

void TestPostgres::initTestCase()
{
    const QString connection = qEnvironmentVariable("COHORT_TEST_PG");
    if (connection.isEmpty()) {
        if (qEnvironmentVariable("COHORT_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("COHORT_REQUIRE_PG=1 but COHORT_TEST_PG is not set");
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    }
    m_params = PostgresParams::fromConnectionString(connection);
    // A schema of its own per run, so runs never see each other's rows.
    m_params.schema = QStringLiteral("cohort_test_%1").arg(newId().left(8));
    auto db = Database::openPostgres(m_params);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db).value();
}

void TestPostgres::cleanupTestCase()
{
    if (m_db) {
        QVERIFY(m_db->exec(QStringLiteral("SET search_path TO public")).ok());
        QVERIFY(m_db->exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(m_params.schema)).ok());
    }
}

void TestPostgres::migrationsApplyAndRecordTheVersion()
{
    QCOMPARE(m_db->dialect(), Database::Dialect::Postgres);
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '%1'")
                           .arg(m_params.schema)));
    QVERIFY(query.next());
    QVERIFY2(query.value(0).toInt() >= 20, qPrintable(query.value(0).toString()));
    auto report = m_db->check();
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->schemaVersion, Database::latestSchemaVersion());

    // Opening again applies nothing twice.
    auto again = Database::openPostgres(m_params);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestPostgres::programAndSettingsRoundTrip()
{
    ProgramStore store(*m_db);
    ProgramInfo info{newId(), QStringLiteral("Shared Mentoring Program"), QStringLiteral("ALSC"),
                     QStringLiteral("mentoring@example.org"), 1};
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.started().ok());
        QVERIFY(store.initialize(info, QStringLiteral("00ff"), nowTimestamp()).ok());
        QVERIFY(transaction.commit().ok());
    }
    auto loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(loaded->name, info.name);
    auto renamed = store.rename(QStringLiteral("Shared Program"), loaded->version, QStringLiteral("chair"));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error()));
    QCOMPARE(renamed->version, loaded->version + 1);

    QVERIFY(store.setSetting({}, QStringLiteral("contact_per_month"), QStringLiteral("2"), QStringLiteral("chair")).ok());
    QVERIFY(store.setSetting({}, QStringLiteral("contact_per_month"), QStringLiteral("3"), QStringLiteral("chair")).ok());
    QCOMPARE(store.setting({}, QStringLiteral("contact_per_month")).value(), QStringLiteral("3"));
    QCOMPARE(store.auditCount().value(), 1);

    auto document = ProgramDocument::adopt(std::move(m_db));
    QVERIFY2(document.ok(), qPrintable(document.error()));
    QCOMPARE(document.value()->program().name, QStringLiteral("Shared Program"));
    auto reopened = Database::openPostgres(m_params);
    QVERIFY(reopened.ok());
    m_db = std::move(reopened).value();
}

void TestPostgres::cyclesAndApplicationsRoundTrip()
{
    CycleStore cycles(*m_db);
    ApplicationStore applications(*m_db);
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Spring 2017");
    cycle.season = QStringLiteral("spring");
    cycle.year = 2017;
    cycle.startsOn = QDate(2017, 1, 1);
    cycle.endsOn = QDate(2018, 3, 31);
    cycle.phases.append({newId(), cycle.id, QStringLiteral("Applications accepted"), QStringLiteral("applications"),
                         QDate(2017, 1, 1), QDate(2017, 2, 24), QDate(2017, 2, 24), 0, 1});
    cycle.phases.append({newId(), cycle.id, QStringLiteral("Review and notifications"), QStringLiteral("review"),
                         QDate(2017, 3, 1), QDate(2017, 4, 30), QDate(), 1, 1});

    Person person{newId(), QStringLiteral("Maya"), QStringLiteral("Okafor"), QStringLiteral("maya@example.org"), {}, 1};
    Application application;
    application.id = newId();
    application.cycleId = cycle.id;
    application.personId = person.id;
    application.role = QStringLiteral("mentor");
    application.code = QStringLiteral("S17-M-001");
    application.status = QStringLiteral("accepted");
    application.submittedAt = QDateTime(QDate(2017, 2, 1), QTime(15, 0), Qt::UTC);
    application.library = QStringLiteral("Dayton Metro Library");
    application.libraryType = QStringLiteral("public");
    application.interests = {QStringLiteral("Storytime and early literacy"), QStringLiteral("Outreach")};
    application.yearsExperience = 12.5;
    {
        Transaction transaction(*m_db);
        QVERIFY(transaction.started().ok());
        QVERIFY(cycles.insert(cycle, nowTimestamp(), QStringLiteral("chair")).ok());
        QVERIFY(applications.insertPerson(person, nowTimestamp(), QStringLiteral("chair")).ok());
        const Status inserted = applications.insertApplication(application, nowTimestamp(), QStringLiteral("chair"));
        QVERIFY2(inserted.ok(), qPrintable(inserted.error()));
        QVERIFY(transaction.commit().ok());
    }
    auto listed = cycles.list();
    QVERIFY2(listed.ok(), qPrintable(listed.error()));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().phases.size(), 2);
    QCOMPARE(listed->first().phases.first().deadline, QDate(2017, 2, 24));

    auto next = cycles.nextDeadline(cycle.id, QDate(2017, 2, 25));
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QVERIFY(next->has_value());
    QCOMPARE(next->value().date, QDate(2017, 4, 30));

    auto counts = applications.countByRoleAndStatus(cycle.id);
    QVERIFY2(counts.ok(), qPrintable(counts.error()));
    QCOMPARE(counts->size(), 1);
    QCOMPARE(counts->first().count, 1);
    auto summaries = applications.listSummaries(cycle.id);
    QVERIFY2(summaries.ok(), qPrintable(summaries.error()));
    QCOMPARE(summaries->size(), 1);
    QCOMPARE(summaries->first().fullName, QStringLiteral("Maya Okafor"));
    QCOMPARE(summaries->first().library, QStringLiteral("Dayton Metro Library"));

    MatchStore matches(*m_db);
    auto matchCounts = matches.countByStatus(cycle.id);
    QVERIFY2(matchCounts.ok(), qPrintable(matchCounts.error()));
    QVERIFY(matchCounts->isEmpty());

    // Foreign keys hold on the server too.
    Application orphan = application;
    orphan.id = newId();
    orphan.personId = newId();
    orphan.code = QStringLiteral("S17-M-002");
    QVERIFY(!applications.insertApplication(orphan, nowTimestamp(), QStringLiteral("chair")).ok());
}

void TestPostgres::writeConflictIsDetected()
{
    ProgramStore store(*m_db);
    auto current = store.load();
    QVERIFY(current.ok());
    QVERIFY(store.rename(QStringLiteral("Newer"), current->version, QStringLiteral("a")).ok());
    const auto stale = store.rename(QStringLiteral("Stale"), current->version, QStringLiteral("b"));
    QVERIFY(!stale.ok());
    QCOMPARE(store.load()->name, QStringLiteral("Newer"));
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
