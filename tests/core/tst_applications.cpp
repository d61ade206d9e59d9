#include "db/database.h"
#include "document/applicationcommands.h"
#include "document/programdocument.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "domain/reviewer.h"
#include "intake/eligibility.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/programstore.h"
#include "store/reviewstore.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cohort;

// People and applications in a real program file: the store's load/update/remove/merge, and the
// undo commands the applications area pushes (edit, status, new application, merge people).
class TestApplications : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyFieldRoundTrips_data();
    void everyFieldRoundTrips();
    void summaryAndPersonLoad();
    void findPersonByEmailIgnoresCaseAndSpaces();
    void nextCodeContinuesTheCycle();
    void staleUpdateIsAConflictThatChangesNothing();
    void conflictFromAnotherConnectionIsReported();
    void undoAfterAnotherConnectionChangedIsReported();
    void editCommandRedoUndoRedo();
    void editsOfOneFieldMerge();
    void interleavedCommandsKeepVersionsInStep();
    void statusChangeFollowsTheWorkflow();
    void statusWorkflowRefusals_data();
    void statusWorkflowRefusals();
    void newApplicationAndItsUndo();
    void newApplicationForAnExistingPerson();
    void newApplicationNeedsEmailOrPaper();
    void historyAcrossTwoCycles();
    void likelyDuplicates();
    void mergePeopleAndUndo();
    void storeWorksOnPostgres();

private:
    struct Applicant
    {
        Person person;
        Application application;
    };
    Applicant add(const QString &cycleId, const QString &first, const QString &last, const QString &email,
                  const QString &role, const QString &library, const QString &code, Person *existing = nullptr);
    static Applicant add(ProgramDocument &document, const QString &cycleId, const QString &first, const QString &last,
                         const QString &email, const QString &role, const QString &library, const QString &code,
                         Person *existing = nullptr);
    static Cycle makeCycle(const QString &name, int year);
    static bool insertCycles(ProgramDocument &document, const QList<Cycle> &cycles);
    int auditCount(const QString &action) const;
    Application reload(const QString &id) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ProgramDocument> m_doc;
    Cycle m_2016;
    Cycle m_2017;
};

Cycle TestApplications::makeCycle(const QString &name, int year)
{
    Cycle cycle;
    cycle.id = newId();
    cycle.name = name;
    cycle.season = QStringLiteral("spring");
    cycle.year = year;
    cycle.startsOn = QDate(year, 1, 2);
    cycle.endsOn = QDate(year + 1, 1, 1);
    cycle.sortOrder = year;
    return cycle;
}

bool TestApplications::insertCycles(ProgramDocument &document, const QList<Cycle> &cycles)
{
    Transaction transaction(document.database());
    if (!transaction.started())
        return false;
    for (const Cycle &cycle : cycles) {
        if (!document.cycleStore().insert(cycle, nowTimestamp(), QStringLiteral("test")))
            return false;
    }
    return bool(transaction.commit());
}

void TestApplications::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("program.cohort"));
    auto document = ProgramDocument::create(m_path, QStringLiteral("Applications"));
    QVERIFY2(document, qPrintable(document.error()));
    m_doc = std::move(document).value();
    m_2016 = makeCycle(QStringLiteral("Spring 2016"), 2016);
    m_2017 = makeCycle(QStringLiteral("Spring 2017"), 2017);
    QVERIFY(insertCycles(*m_doc, {m_2016, m_2017}));
}

void TestApplications::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

TestApplications::Applicant TestApplications::add(ProgramDocument &document, const QString &cycleId,
                                                  const QString &first, const QString &last, const QString &email,
                                                  const QString &role, const QString &library, const QString &code,
                                                  Person *existing)
{
    Applicant applicant;
    if (existing) {
        applicant.person = *existing;
    } else {
        applicant.person.id = newId();
        applicant.person.firstName = first;
        applicant.person.lastName = last;
        applicant.person.email = email;
    }
    Application &a = applicant.application;
    a.id = newId();
    a.cycleId = cycleId;
    a.personId = applicant.person.id;
    a.role = role;
    a.code = code;
    a.library = library;
    a.submittedAt = QDateTime(QDate(2017, 2, 1), QTime(9, 30), Qt::UTC);
    a.connection = role == QLatin1String("mentee") ? QStringLiteral("Library assistant") : QString();
    Transaction transaction(document.database());
    const QString now = nowTimestamp();
    if (!transaction.started() ||
        (!existing && !document.applicationStore().insertPerson(applicant.person, now, QStringLiteral("test"))) ||
        !document.applicationStore().insertApplication(a, now, QStringLiteral("test")) || !transaction.commit())
        qWarning("adding %s failed", qPrintable(code));
    return applicant;
}

TestApplications::Applicant TestApplications::add(const QString &cycleId, const QString &first, const QString &last,
                                                  const QString &email, const QString &role, const QString &library,
                                                  const QString &code, Person *existing)
{
    return add(*m_doc, cycleId, first, last, email, role, library, code, existing);
}

int TestApplications::auditCount(const QString &action) const
{
    QSqlQuery query(m_doc->database().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

Application TestApplications::reload(const QString &id) const
{
    auto loaded = m_doc->applicationStore().load(id);
    if (!loaded)
        qWarning("%s", qPrintable(loaded.error()));
    return loaded ? loaded.value() : Application{};
}

// Every field, each text field set to a hostile value: stored and read back exactly.
namespace {
Application everything(const QString &v, const QString &cycleId, const QString &personId)
{
    // List columns hold their items joined by "; " (the encoding the importer and the demo
    // generator share), so an item cannot itself contain "; ": the list fields get the value
    // with that separator folded.
    const QString item = QString(v).replace(QStringLiteral("; "), QStringLiteral(";"));
    Application a;
    a.id = newId();
    a.cycleId = cycleId;
    a.personId = personId;
    a.role = QStringLiteral("mentor");
    a.code = QStringLiteral("M-0001");
    a.status = QStringLiteral("under_review");
    a.statusReason = v;
    a.source = QStringLiteral("paper");
    a.submittedAt = QDateTime(QDate(2017, 2, 24), QTime(23, 59, 58), Qt::UTC);
    a.library = v;
    a.libraryType = QStringLiteral("school");
    a.position = v;
    a.city = v;
    a.state = v;
    a.country = v;
    a.timeZone = v;
    a.alscMember = true;
    a.alscMemberId = v;
    a.alaMember = true;
    a.membershipAttested = true;
    a.yearsExperience = 12.5;
    a.interests = {item, QStringLiteral("STEM")};
    a.connection = v;
    a.careerStage = QStringLiteral("returning");
    a.contactMethods = {QStringLiteral("email"), item};
    a.languages = {item};
    a.gender = v;
    a.bipoc = v;
    a.disability = v;
    a.useDemographics = true;
    a.mentorPreference = v;
    a.avoid = {item, QStringLiteral("Someone Else")};
    a.statement = v + QStringLiteral("\nsecond line\r\nthird");
    a.offer = v;
    a.capacity = 3;
    a.adult = false;
    a.guardianPermission = true;
    a.eligibility = QStringLiteral("ineligible");
    a.eligibilityReason = v;
    return a;
}

// The opposite of everything(): every flag flipped, every list empty, no years.
Application nothing(const Application &from)
{
    Application a;
    a.id = from.id;
    a.cycleId = from.cycleId;
    a.personId = from.personId;
    a.role = QStringLiteral("mentee");
    a.code = QStringLiteral("E-0009");
    a.submittedAt = QDateTime(QDate(2016, 1, 3), QTime(0, 0, 1), Qt::UTC);
    a.capacity = 0;
    a.version = from.version;
    return a;
}

void compareApplications(const Application &actual, const Application &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.cycleId, expected.cycleId);
    QCOMPARE(actual.personId, expected.personId);
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.code, expected.code);
    QCOMPARE(actual.status, expected.status);
    QCOMPARE(actual.statusReason, expected.statusReason);
    QCOMPARE(actual.source, expected.source);
    QCOMPARE(actual.submittedAt, expected.submittedAt);
    QCOMPARE(actual.library, expected.library);
    QCOMPARE(actual.libraryType, expected.libraryType);
    QCOMPARE(actual.position, expected.position);
    QCOMPARE(actual.city, expected.city);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.country, expected.country);
    QCOMPARE(actual.timeZone, expected.timeZone);
    QCOMPARE(actual.alscMember, expected.alscMember);
    QCOMPARE(actual.alscMemberId, expected.alscMemberId);
    QCOMPARE(actual.alaMember, expected.alaMember);
    QCOMPARE(actual.membershipAttested, expected.membershipAttested);
    QCOMPARE(actual.yearsExperience.has_value(), expected.yearsExperience.has_value());
    if (expected.yearsExperience)
        QCOMPARE(*actual.yearsExperience, *expected.yearsExperience);
    QCOMPARE(actual.interests, expected.interests);
    QCOMPARE(actual.connection, expected.connection);
    QCOMPARE(actual.careerStage, expected.careerStage);
    QCOMPARE(actual.contactMethods, expected.contactMethods);
    QCOMPARE(actual.languages, expected.languages);
    QCOMPARE(actual.gender, expected.gender);
    QCOMPARE(actual.bipoc, expected.bipoc);
    QCOMPARE(actual.disability, expected.disability);
    QCOMPARE(actual.useDemographics, expected.useDemographics);
    QCOMPARE(actual.mentorPreference, expected.mentorPreference);
    QCOMPARE(actual.avoid, expected.avoid);
    QCOMPARE(actual.statement, expected.statement);
    QCOMPARE(actual.offer, expected.offer);
    QCOMPARE(actual.capacity, expected.capacity);
    QCOMPARE(actual.adult, expected.adult);
    QCOMPARE(actual.guardianPermission, expected.guardianPermission);
    QCOMPARE(actual.eligibility, expected.eligibility);
    QCOMPARE(actual.eligibilityReason, expected.eligibilityReason);
}

// Runs the store's round trip on any database (SQLite here, PostgreSQL in storeWorksOnPostgres).
void roundTrip(Database &db, const QString &cycleId, const QString &value)
{
    ApplicationStore store(db);
    Person person;
    person.id = newId();
    person.firstName = value;
    person.lastName = value;
    person.email = value + QStringLiteral("@example.org");
    person.phone = value;
    const Application a = everything(value, cycleId, person.id);
    {
        Transaction transaction(db);
        QVERIFY(transaction.started());
        QVERIFY(store.insertPerson(person, nowTimestamp(), value));
        QVERIFY(store.insertApplication(a, nowTimestamp(), value));
        QVERIFY(transaction.commit());
    }
    auto loaded = store.load(a.id);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    compareApplications(loaded.value(), a);
    QCOMPARE(loaded->version, 1);
    auto loadedPerson = store.loadPerson(person.id);
    QVERIFY2(loadedPerson, qPrintable(loadedPerson.error()));
    QCOMPARE(loadedPerson->firstName, value);
    QCOMPARE(loadedPerson->lastName, value);
    QCOMPARE(loadedPerson->email, person.email);
    QCOMPARE(loadedPerson->phone, value);

    // Update to the opposite of every field, then back.
    const Application emptied = nothing(loaded.value());
    auto version = store.update(emptied, value);
    QVERIFY2(version, qPrintable(version.error()));
    QCOMPARE(version.value(), 2);
    compareApplications(store.load(a.id).value(), emptied);
    Application again = a;
    again.version = 2;
    QCOMPARE(store.update(again, value).value(), 3);
    compareApplications(store.load(a.id).value(), a);
    QCOMPARE(store.load(a.id)->version, 3);

    Person renamed = loadedPerson.value();
    renamed.firstName = QStringLiteral("Eve");
    renamed.phone.clear();
    QCOMPARE(store.updatePerson(renamed, value).value(), 2);
    QCOMPARE(store.loadPerson(person.id)->firstName, QStringLiteral("Eve"));
    QCOMPARE(store.loadPerson(person.id)->phone, QString());
    renamed.firstName = value;
    renamed.version = 2;
    QCOMPARE(store.updatePerson(renamed, value).value(), 3);
    QCOMPARE(store.loadPerson(person.id)->firstName, value);

    // The applications table is still there (the SQL value was bound, never spliced).
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM applications WHERE id = '%1'").arg(a.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}
} // namespace

void TestApplications::everyFieldRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("accents and apostrophe") << QStringLiteral("Zoë O'Brien-Núñez");
    QTest::newRow("markup") << QStringLiteral("<b>Eve</b>");
    QTest::newRow("sql") << QStringLiteral("Robert'); DROP TABLE applications;--");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")");
}

void TestApplications::everyFieldRoundTrips()
{
    QFETCH(QString, value);
    roundTrip(m_doc->database(), m_2017.id, value);
    if (QTest::currentTestFailed())
        return;
    // And after reopening the file.
    const Application stored = reload(m_doc->applicationStore().listSummaries(m_2017.id)->first().id);
    m_doc.reset();
    auto reopened = ProgramDocument::open(m_path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    m_doc = std::move(reopened).value();
    compareApplications(reload(stored.id), stored);
}

void TestApplications::summaryAndPersonLoad()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));
    auto summary = m_doc->applicationStore().loadSummary(ann.application.id);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->fullName, QStringLiteral("Ann Lee"));
    QCOMPARE(summary->email, QStringLiteral("ann@example.org"));
    QCOMPARE(summary->code, QStringLiteral("E-0001"));
    QCOMPARE(summary->library, QStringLiteral("Dayton Metro Library"));
    QCOMPARE(summary->personId, ann.person.id);
    QCOMPARE(summary->status, QStringLiteral("received"));
    QVERIFY(!m_doc->applicationStore().loadSummary(newId()));
    QVERIFY(!m_doc->applicationStore().load(newId()));
    const auto missing = m_doc->applicationStore().loadPerson(newId());
    QVERIFY(!missing);
    QVERIFY(missing.error().contains(QStringLiteral("no longer exists")));
}

void TestApplications::findPersonByEmailIgnoresCaseAndSpaces()
{
    const Applicant ann =
        add(m_2016.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann.lee@example.org"),
            QStringLiteral("mentee"), {}, QStringLiteral("E-0001"));
    const Applicant bob =
        add(m_2016.id, QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral(" Bob.Ray@Example.ORG"),
            QStringLiteral("mentor"), {}, QStringLiteral("M-0001"));
    ApplicationStore &store = m_doc->applicationStore();
    auto found = store.findPersonByEmail(QStringLiteral("  ANN.Lee@example.org "));
    QVERIFY2(found, qPrintable(found.error()));
    QVERIFY(found->has_value());
    QCOMPARE(found->value().id, ann.person.id);
    found = store.findPersonByEmail(QStringLiteral("bob.ray@example.org"));
    QVERIFY(found && found->has_value());
    QCOMPARE(found->value().id, bob.person.id);
    QVERIFY(!store.findPersonByEmail(QStringLiteral("nobody@example.org")).value().has_value());
    QVERIFY(!store.findPersonByEmail(QStringLiteral("   ")).value().has_value());
}

void TestApplications::nextCodeContinuesTheCycle()
{
    ApplicationStore &store = m_doc->applicationStore();
    QCOMPARE(store.nextCode(m_2017.id, QStringLiteral("mentor")).value(), QStringLiteral("M-0001"));
    QCOMPARE(store.nextCode(m_2017.id, QStringLiteral("mentee")).value(), QStringLiteral("E-0001"));
    add(m_2017.id, QStringLiteral("A"), QStringLiteral("A"), {}, QStringLiteral("mentor"), {},
        QStringLiteral("M-0041"));
    add(m_2017.id, QStringLiteral("B"), QStringLiteral("B"), {}, QStringLiteral("mentor"), {},
        QStringLiteral("M-0007"));
    QCOMPARE(store.nextCode(m_2017.id, QStringLiteral("mentor")).value(), QStringLiteral("M-0042"));
    QCOMPARE(store.nextCode(m_2017.id, QStringLiteral("mentee")).value(), QStringLiteral("E-0001"));
    // The demo generator's codes ("F17-E-041") go on in the same form.
    add(m_2016.id, QStringLiteral("C"), QStringLiteral("C"), {}, QStringLiteral("mentee"), {},
        QStringLiteral("F17-E-041"));
    QCOMPARE(store.nextCode(m_2016.id, QStringLiteral("mentee")).value(), QStringLiteral("F17-E-042"));
    // One prefix for both roles: the next code is free in the whole cycle.
    add(m_2016.id, QStringLiteral("D"), QStringLiteral("D"), {}, QStringLiteral("mentor"), {},
        QStringLiteral("A-0003"));
    add(m_2016.id, QStringLiteral("E"), QStringLiteral("E"), {}, QStringLiteral("mentee"), {},
        QStringLiteral("A-0008"));
    QCOMPARE(store.nextCode(m_2016.id, QStringLiteral("mentor")).value(), QStringLiteral("A-0009"));
}

void TestApplications::staleUpdateIsAConflictThatChangesNothing()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));
    ApplicationStore &store = m_doc->applicationStore();
    Application mine = reload(ann.application.id);
    Application theirs = mine;
    theirs.city = QStringLiteral("Dayton");
    QCOMPARE(store.update(theirs, QStringLiteral("ann")).value(), 2);
    mine.city = QStringLiteral("Kettering");
    const auto stale = store.update(mine, QStringLiteral("bob"));
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("E-0001 was changed by ann at")), qPrintable(stale.error()));
    QVERIFY2(stale.error().contains(QStringLiteral("since you opened it")), qPrintable(stale.error()));
    QCOMPARE(reload(ann.application.id).city, QStringLiteral("Dayton"));
    QCOMPARE(reload(ann.application.id).version, 2);

    Person person = store.loadPerson(ann.person.id).value();
    Person stalePerson = person;
    person.phone = QStringLiteral("555-0100");
    QVERIFY(store.updatePerson(person, QStringLiteral("ann")));
    stalePerson.phone = QStringLiteral("555-0199");
    const auto conflict = store.updatePerson(stalePerson, QStringLiteral("bob"));
    QVERIFY(!conflict);
    QVERIFY2(conflict.error().contains(QStringLiteral("Ann Lee was changed by ann at")), qPrintable(conflict.error()));
    QCOMPARE(store.loadPerson(ann.person.id)->phone, QStringLiteral("555-0100"));
}

void TestApplications::conflictFromAnotherConnectionIsReported()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));
    const Application opened = reload(ann.application.id);
    const Person openedPerson = m_doc->applicationStore().loadPerson(ann.person.id).value();

    // A second desktop (another connection to the same file) saves first.
    auto connection = m_doc->database().openAnotherConnection();
    QVERIFY2(connection, qPrintable(connection.error()));
    auto other = ProgramDocument::adopt(std::move(connection).value());
    QVERIFY2(other, qPrintable(other.error()));
    Application theirs = other.value()->applicationStore().load(ann.application.id).value();
    theirs.library = QStringLiteral("Kettering-Moraine Library");
    QVERIFY(other.value()->applicationStore().update(theirs, QStringLiteral("carol")));

    const int audits = m_doc->programStore().auditCount().value();
    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    Application mine = opened;
    mine.city = QStringLiteral("Dayton");
    const Status status = m_doc->execute(
        new EditApplicationCommand(*m_doc, openedPerson, opened, openedPerson, mine, QStringLiteral("City")));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("E-0001 was changed by carol at")), qPrintable(status.error()));
    QVERIFY2(status.error().contains(QStringLiteral("since you opened it")), qPrintable(status.error()));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_doc->programStore().auditCount().value(), audits);
    const Application stored = reload(ann.application.id);
    QCOMPARE(stored.library, QStringLiteral("Kettering-Moraine Library"));
    QCOMPARE(stored.city, QString());
    QCOMPARE(stored.version, 2);
}

void TestApplications::undoAfterAnotherConnectionChangedIsReported()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));
    const Application before = reload(ann.application.id);
    Application after = before;
    after.city = QStringLiteral("Dayton");
    QVERIFY(m_doc->execute(
        new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("City"))));

    auto connection = m_doc->database().openAnotherConnection();
    QVERIFY2(connection, qPrintable(connection.error()));
    auto other = ProgramDocument::adopt(std::move(connection).value());
    QVERIFY2(other, qPrintable(other.error()));
    Application theirs = other.value()->applicationStore().load(ann.application.id).value();
    theirs.state = QStringLiteral("OH");
    QVERIFY(other.value()->applicationStore().update(theirs, QStringLiteral("carol")));

    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("changed by carol")),
             qPrintable(failed.first().first().toString()));
    const Application stored = reload(ann.application.id);
    QCOMPARE(stored.city, QStringLiteral("Dayton"));
    QCOMPARE(stored.state, QStringLiteral("OH"));
}

void TestApplications::editCommandRedoUndoRedo()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));
    const Application before = reload(ann.application.id);
    const Person personBefore = m_doc->applicationStore().loadPerson(ann.person.id).value();
    Application after = before;
    after.library = QStringLiteral("<b>Eve</b>'s Library");
    Person personAfter = personBefore;
    personAfter.email = QStringLiteral("ann.lee@example.org");

    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    QVERIFY(m_doc->execute(
        new EditApplicationCommand(*m_doc, personBefore, before, personAfter, after, QStringLiteral("Library"))));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->text(0), QStringLiteral("Edit Library of E-0001"));
    QCOMPARE(reload(ann.application.id).library, after.library);
    QCOMPARE(m_doc->applicationStore().loadPerson(ann.person.id)->email, personAfter.email);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().first().toString(), m_2017.id);
    QCOMPARE(auditCount(QStringLiteral("application.edit")), 1);

    m_doc->undoStack()->undo();
    QCOMPARE(reload(ann.application.id).library, before.library);
    QCOMPARE(m_doc->applicationStore().loadPerson(ann.person.id)->email, personBefore.email);
    QCOMPARE(auditCount(QStringLiteral("application.edit.undo")), 1);

    m_doc->undoStack()->redo();
    QCOMPARE(reload(ann.application.id).library, after.library);
    QCOMPARE(m_doc->applicationStore().loadPerson(ann.person.id)->email, personAfter.email);
    QCOMPARE(auditCount(QStringLiteral("application.edit")), 2);
    QCOMPARE(reload(ann.application.id).version, 4);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(failed.count(), 0);
}

void TestApplications::editsOfOneFieldMerge()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton"), QStringLiteral("E-0001"));
    const Application original = reload(ann.application.id);
    // Typing "Dayton Metro" one keystroke-batch at a time: one undo step.
    for (const QString &text :
         {QStringLiteral("Dayton M"), QStringLiteral("Dayton Met"), QStringLiteral("Dayton Metro")}) {
        const Application before = reload(ann.application.id);
        Application after = before;
        after.library = text;
        QVERIFY(m_doc->execute(
            new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("Library"))));
    }
    QCOMPARE(m_doc->undoStack()->count(), 1);
    // Another field is another step.
    {
        const Application before = reload(ann.application.id);
        Application after = before;
        after.city = QStringLiteral("Dayton");
        QVERIFY(m_doc->execute(
            new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("City"))));
    }
    QCOMPARE(m_doc->undoStack()->count(), 2);
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(reload(ann.application.id).library, original.library);
    QCOMPARE(reload(ann.application.id).city, QString());
    m_doc->undoStack()->redo();
    QCOMPARE(reload(ann.application.id).library, QStringLiteral("Dayton Metro"));

    // Typing back to where the step began leaves nothing to undo.
    m_doc->undoStack()->clear();
    const Application start = reload(ann.application.id);
    for (const QString &text : {QStringLiteral("Dayton Metr"), QStringLiteral("Dayton Metro")}) {
        const Application before = reload(ann.application.id);
        Application after = before;
        after.library = text;
        QVERIFY(m_doc->execute(
            new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("Library"))));
    }
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(reload(ann.application.id).library, start.library);

    // A failed edit is not merged into the step before it.
    {
        const Application before = reload(ann.application.id);
        Application after = before;
        after.library = QStringLiteral("Dayton Metro Library");
        QVERIFY(m_doc->execute(
            new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("Library"))));
        Application stale = before; // the old copy: its content no longer matches the file
        Application bad = stale;
        bad.library = QStringLiteral("Nowhere");
        QVERIFY(!m_doc->execute(
            new EditApplicationCommand(*m_doc, ann.person, stale, ann.person, bad, QStringLiteral("Library"))));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(reload(ann.application.id).library, QStringLiteral("Dayton Metro Library"));
        m_doc->undoStack()->undo();
        QCOMPARE(reload(ann.application.id).library, QStringLiteral("Dayton Metro"));
    }
}

void TestApplications::interleavedCommandsKeepVersionsInStep()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton"), QStringLiteral("E-0001"));
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    Application before = reload(ann.application.id);
    Application after = before;
    after.library = QStringLiteral("Dayton Metro");
    QVERIFY(m_doc->execute(
        new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("Library"))));
    QVERIFY(
        m_doc->execute(new ChangeStatusCommand(*m_doc, reload(ann.application.id), QStringLiteral("eligible"), {})));
    before = reload(ann.application.id);
    after = before;
    after.city = QStringLiteral("Dayton");
    QVERIFY(m_doc->execute(
        new EditApplicationCommand(*m_doc, ann.person, before, ann.person, after, QStringLiteral("City"))));
    QUndoStack *stack = m_doc->undoStack();
    QCOMPARE(stack->count(), 3);
    for (int round = 0; round < 2; ++round) {
        stack->undo();
        stack->undo();
        stack->undo();
        const Application undone = reload(ann.application.id);
        QCOMPARE(undone.library, QStringLiteral("Dayton"));
        QCOMPARE(undone.status, QStringLiteral("received"));
        QCOMPARE(undone.city, QString());
        stack->redo();
        stack->redo();
        stack->redo();
        const Application redone = reload(ann.application.id);
        QCOMPARE(redone.library, QStringLiteral("Dayton Metro"));
        QCOMPARE(redone.status, QStringLiteral("eligible"));
        QCOMPARE(redone.city, QStringLiteral("Dayton"));
    }
    QCOMPARE(failed.count(), 0);
    QCOMPARE(reload(ann.application.id).version, 1 + 3 + 2 * 6);
}

void TestApplications::statusChangeFollowsTheWorkflow()
{
    const Applicant ann =
        add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton"), QStringLiteral("E-0001"));
    const QString reason = QStringLiteral("No connection to children's library service");
    QVERIFY(m_doc->execute(
        new ChangeStatusCommand(*m_doc, reload(ann.application.id), QStringLiteral("ineligible"), reason)));
    Application stored = reload(ann.application.id);
    QCOMPARE(stored.status, QStringLiteral("ineligible"));
    QCOMPARE(stored.statusReason, reason);
    QCOMPARE(stored.eligibility, QStringLiteral("ineligible"));
    QCOMPARE(stored.eligibilityReason, reason);
    QCOMPARE(auditCount(QStringLiteral("application.status")), 1);

    // A correction back to eligible is an override with a reason.
    const QString correction = QStringLiteral("Works as a library page; the form lost it");
    QVERIFY(m_doc->execute(
        new ChangeStatusCommand(*m_doc, reload(ann.application.id), QStringLiteral("eligible"), correction)));
    stored = reload(ann.application.id);
    QCOMPARE(stored.eligibility, QStringLiteral("eligible"));
    QCOMPARE(stored.statusReason, correction);

    QVERIFY(m_doc->execute(new ChangeStatusCommand(*m_doc, stored, QStringLiteral("under_review"), {})));
    QVERIFY(
        m_doc->execute(new ChangeStatusCommand(*m_doc, reload(ann.application.id), QStringLiteral("waitlisted"), {})));
    QVERIFY(
        m_doc->execute(new ChangeStatusCommand(*m_doc, reload(ann.application.id), QStringLiteral("accepted"), {})));
    stored = reload(ann.application.id);
    QCOMPARE(stored.status, QStringLiteral("accepted"));
    QCOMPARE(stored.statusReason, QString());
    QCOMPARE(stored.eligibility, QStringLiteral("eligible")); // unchanged by later steps

    // Undo all the way back, then redo: every step lands again.
    QUndoStack *stack = m_doc->undoStack();
    QCOMPARE(stack->count(), 5);
    while (stack->canUndo())
        stack->undo();
    stored = reload(ann.application.id);
    QCOMPARE(stored.status, QStringLiteral("received"));
    QCOMPARE(stored.eligibility, QStringLiteral("unknown"));
    QCOMPARE(stored.statusReason, QString());
    QCOMPARE(auditCount(QStringLiteral("application.status.undo")), 5);
    while (stack->canRedo())
        stack->redo();
    QCOMPARE(reload(ann.application.id).status, QStringLiteral("accepted"));
}

void TestApplications::statusWorkflowRefusals_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");
    QTest::newRow("ineligible without reason") << "received"
                                               << "ineligible"
                                               << "  "
                                               << "needs a reason";
    QTest::newRow("withdrawn without reason") << "accepted"
                                              << "withdrawn"
                                              << ""
                                              << "needs a reason";
    QTest::newRow("override without reason") << "received"
                                             << "accepted"
                                             << ""
                                             << "manual override";
    QTest::newRow("same status") << "received"
                                 << "received"
                                 << "why not"
                                 << "already";
    QTest::newRow("unknown status") << "received"
                                    << "approved"
                                    << "why not"
                                    << "cannot go from";
}

void TestApplications::statusWorkflowRefusals()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, reason);
    QFETCH(QString, message);
    Applicant ann = add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
                        QStringLiteral("mentee"), QStringLiteral("Dayton"), QStringLiteral("E-0001"));
    if (from != QLatin1String("received")) {
        Application moved = reload(ann.application.id);
        moved.status = from;
        QVERIFY(m_doc->applicationStore().update(moved, QStringLiteral("test")));
    }
    const Application before = reload(ann.application.id);
    const int audits = m_doc->programStore().auditCount().value();
    const Status status = m_doc->execute(new ChangeStatusCommand(*m_doc, before, to, reason));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(message), qPrintable(status.error()));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->programStore().auditCount().value(), audits);
    const Application after = reload(ann.application.id);
    QCOMPARE(after.status, from);
    QCOMPARE(after.version, before.version);
}

void TestApplications::newApplicationAndItsUndo()
{
    EligibilityRules rules;
    rules.requireAdult = true;
    QVERIFY(Eligibility::save(m_doc->database(), m_doc->programStore(), m_2017.id, QStringLiteral("mentee"), rules,
                              QStringLiteral("chair")));
    add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
        QStringLiteral("mentee"), {}, QStringLiteral("E-0004"));
    const int people = m_doc->applicationStore().personCount().value();

    Person person;
    person.firstName = QStringLiteral("Zoë");
    person.lastName = QStringLiteral("O'Brien-Núñez");
    person.email = QStringLiteral("zoe@example.org");
    Application application;
    application.cycleId = m_2017.id;
    application.role = QStringLiteral("mentee");
    application.source = QStringLiteral("paper");
    application.connection = QStringLiteral("Teen volunteer");
    application.adult = false;
    application.guardianPermission = true;
    application.submittedAt = QDateTime(QDate(2017, 2, 20), QTime(10, 0, 0, 123), Qt::UTC);

    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    QVERIFY(m_doc->execute(new NewApplicationCommand(*m_doc, person, application, true)));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_doc->applicationStore().personCount().value(), people + 1);
    auto found = m_doc->applicationStore().findPersonByEmail(QStringLiteral("zoe@example.org")).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->lastName, QStringLiteral("O'Brien-Núñez"));
    const auto history = m_doc->applicationStore().history(found->id).value();
    QCOMPARE(history.size(), 1);
    const Application stored = reload(history.first().applicationId);
    QCOMPARE(stored.code, QStringLiteral("E-0005"));
    QCOMPARE(stored.source, QStringLiteral("paper"));
    QCOMPARE(stored.status, QStringLiteral("received"));
    // Judged by this cycle's rules: "at least 18".
    QCOMPARE(stored.eligibility, QStringLiteral("ineligible"));
    QCOMPARE(stored.eligibilityReason, QStringLiteral("Not eligible: younger than 18"));
    QCOMPARE(auditCount(QStringLiteral("application.create")), 1);

    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->applicationStore().load(stored.id));
    QVERIFY(!m_doc->applicationStore().loadPerson(found->id));
    QCOMPARE(m_doc->applicationStore().personCount().value(), people);
    QCOMPARE(auditCount(QStringLiteral("application.create.undo")), 1);

    m_doc->undoStack()->redo();
    compareApplications(reload(stored.id), stored);
    QCOMPARE(m_doc->applicationStore().loadPerson(found->id)->email, QStringLiteral("zoe@example.org"));

    // An edit made after the new application is undone first; then the application goes.
    Application edited = stored;
    edited.city = QStringLiteral("Dayton");
    QVERIFY(m_doc->execute(
        new EditApplicationCommand(*m_doc, found.value(), stored, found.value(), edited, QStringLiteral("City"))));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->applicationStore().load(stored.id));
    QCOMPARE(m_doc->applicationStore().personCount().value(), people);
}

void TestApplications::newApplicationForAnExistingPerson()
{
    Applicant ann = add(m_2016.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
                        QStringLiteral("mentee"), {}, QStringLiteral("E-0001"));
    const int people = m_doc->applicationStore().personCount().value();
    Application application;
    application.cycleId = m_2017.id;
    application.role = QStringLiteral("mentor");
    application.source = QStringLiteral("email");
    application.alscMember = true;
    application.membershipAttested = true;
    application.yearsExperience = 6;
    QVERIFY(m_doc->execute(new NewApplicationCommand(*m_doc, ann.person, application, false)));
    QCOMPARE(m_doc->applicationStore().personCount().value(), people);
    auto history = m_doc->applicationStore().history(ann.person.id).value();
    QCOMPARE(history.size(), 2);
    const Application stored = reload(history.last().applicationId);
    QCOMPARE(stored.code, QStringLiteral("M-0001"));
    QCOMPARE(stored.eligibility, QStringLiteral("eligible"));
    QCOMPARE(stored.eligibilityReason, QString());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->applicationStore().history(ann.person.id)->size(), 1);
    QVERIFY(m_doc->applicationStore().loadPerson(ann.person.id)); // the person stays
}

void TestApplications::newApplicationNeedsEmailOrPaper()
{
    Person person;
    person.firstName = QStringLiteral("Eve");
    person.lastName = QStringLiteral("Form");
    Application application;
    application.cycleId = m_2017.id;
    application.role = QStringLiteral("mentee");
    const int people = m_doc->applicationStore().personCount().value();
    const Status status = m_doc->execute(new NewApplicationCommand(*m_doc, person, application, true));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("email or on paper")), qPrintable(status.error()));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(m_doc->applicationStore().personCount().value(), people);
    QCOMPARE(m_doc->applicationStore().count().value(), 0);
}

void TestApplications::historyAcrossTwoCycles()
{
    Applicant first = add(m_2016.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
                          QStringLiteral("mentee"), {}, QStringLiteral("E-0001"));
    add(m_2017.id, {}, {}, {}, QStringLiteral("mentor"), {}, QStringLiteral("M-0001"), &first.person);
    add(m_2017.id, QStringLiteral("Bob"), QStringLiteral("Ray"), QStringLiteral("bob@example.org"),
        QStringLiteral("mentee"), {}, QStringLiteral("E-0001"));
    const auto history = m_doc->applicationStore().history(first.person.id);
    QVERIFY2(history, qPrintable(history.error()));
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).cycleName, QStringLiteral("Spring 2016"));
    QCOMPARE(history->at(0).role, QStringLiteral("mentee"));
    QCOMPARE(history->at(0).applicationId, first.application.id);
    QCOMPARE(history->at(1).cycleName, QStringLiteral("Spring 2017"));
    QCOMPARE(history->at(1).cycleId, m_2017.id);
    QCOMPARE(history->at(1).role, QStringLiteral("mentor"));
    QCOMPARE(history->at(1).status, QStringLiteral("received"));
    QVERIFY(!history->at(1).submittedAt.isEmpty());
}

void TestApplications::likelyDuplicates()
{
    const Applicant zoe =
        add(m_2017.id, QStringLiteral("Zoë"), QStringLiteral("O'Brien-Núñez"), QStringLiteral("zoe@example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));
    const Applicant zoeAgain = add(m_2017.id, QStringLiteral("ZOE"), QStringLiteral("O Brien Nunez"),
                                   QStringLiteral("zoe.obrien@work.example.org"), QStringLiteral("mentee"),
                                   QStringLiteral("The Dayton Metro"), QStringLiteral("E-0002"));
    // Same name, another library: a different person.
    add(m_2017.id, QStringLiteral("Zoe"), QStringLiteral("O'Brien-Nunez"), QStringLiteral("z@elsewhere.example"),
        QStringLiteral("mentee"), QStringLiteral("Boise Public Library"), QStringLiteral("E-0003"));
    // One person applying in both roles: nothing to merge.
    Applicant ann = add(m_2017.id, QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("ann@example.org"),
                        QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0004"));
    add(m_2017.id, {}, {}, {}, QStringLiteral("mentor"), QStringLiteral("Dayton Metro Library"),
        QStringLiteral("M-0001"), &ann.person);
    // The same look-alike in another cycle is not this cycle's duplicate.
    add(m_2016.id, QStringLiteral("Zoe"), QStringLiteral("OBrien Nunez"), QStringLiteral("zoe2016@example.org"),
        QStringLiteral("mentee"), QStringLiteral("Dayton Metro Library"), QStringLiteral("E-0001"));

    const auto groups = m_doc->applicationStore().likelyDuplicates(m_2017.id);
    QVERIFY2(groups, qPrintable(groups.error()));
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().applicationIds, (QStringList{zoe.application.id, zoeAgain.application.id}));
    QCOMPARE(groups->first().key, QStringLiteral("zoe o brien nunez | dayton metro"));
    QVERIFY(m_doc->applicationStore().likelyDuplicates(m_2016.id)->isEmpty());
}

void TestApplications::mergePeopleAndUndo()
{
    Applicant kept = add(m_2017.id, QStringLiteral("Zoë"), QStringLiteral("O'Brien"), QStringLiteral("zoe@example.org"),
                         QStringLiteral("mentee"), QStringLiteral("Dayton Metro"), QStringLiteral("E-0001"));
    Applicant removed =
        add(m_2016.id, QStringLiteral("Zoe"), QStringLiteral("OBrien"), QStringLiteral("zoe@work.example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro"), QStringLiteral("E-0001"));
    const Applicant removedLater = add(m_2017.id, {}, {}, {}, QStringLiteral("mentor"), QStringLiteral("Dayton Metro"),
                                       QStringLiteral("M-0001"), &removed.person);
    // Two reviewers: one has a conflict with each record, the other only with the removed one.
    ReviewStore reviews(m_doc->database());
    Reviewer both, one;
    both.id = newId();
    both.name = QStringLiteral("Reviewer Both");
    one.id = newId();
    one.name = QStringLiteral("Reviewer One");
    Conflict c1{newId(),
                both.id,
                kept.person.id,
                QStringLiteral("declared"),
                QStringLiteral("confirmed"),
                QStringLiteral("friend"),
                1};
    Conflict c2{newId(),
                both.id,
                removed.person.id,
                QStringLiteral("same_library"),
                QStringLiteral("suggested"),
                QStringLiteral("same library"),
                1};
    Conflict c3{newId(),
                one.id,
                removed.person.id,
                QStringLiteral("declared"),
                QStringLiteral("confirmed"),
                QStringLiteral("supervisor"),
                1};
    {
        Transaction transaction(m_doc->database());
        const QString now = nowTimestamp();
        QVERIFY(reviews.insertReviewer(both, now, QStringLiteral("test")));
        QVERIFY(reviews.insertReviewer(one, now, QStringLiteral("test")));
        for (const Conflict &c : {c1, c2, c3})
            QVERIFY(reviews.insertConflict(c, now, QStringLiteral("test")));
        QVERIFY(transaction.commit());
    }
    ApplicationStore &store = m_doc->applicationStore();
    const int people = store.personCount().value();

    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    QVERIFY(m_doc->execute(new MergePeopleCommand(*m_doc, kept.person, removed.person)));
    QCOMPARE(store.personCount().value(), people - 1);
    QVERIFY(!store.loadPerson(removed.person.id));
    QCOMPARE(store.history(kept.person.id)->size(), 3);
    QCOMPARE(store.conflictsOf(kept.person.id)->size(), 2); // c1 kept, c3 moved, c2 dropped (same reviewer)
    QCOMPARE(changed.count(), 2);                           // both cycles
    QCOMPARE(auditCount(QStringLiteral("person.merge")), 1);
    // The moved applications keep their version: an edit open on them is still valid.
    QCOMPARE(reload(removedLater.application.id).version, 1);
    QVERIFY(store.likelyDuplicates(m_2017.id)->isEmpty());

    m_doc->undoStack()->undo();
    QCOMPARE(store.personCount().value(), people);
    const Person restored = store.loadPerson(removed.person.id).value();
    QCOMPARE(restored.email, removed.person.email);
    QCOMPARE(restored.firstName, removed.person.firstName);
    QCOMPARE(store.history(removed.person.id)->size(), 2);
    QCOMPARE(store.history(kept.person.id)->size(), 1);
    const auto keptConflicts = store.conflictsOf(kept.person.id).value();
    QCOMPARE(keptConflicts.size(), 1);
    QCOMPARE(keptConflicts.first().id, c1.id);
    auto removedConflicts = store.conflictsOf(removed.person.id).value();
    QCOMPARE(removedConflicts.size(), 2);
    std::sort(removedConflicts.begin(), removedConflicts.end(),
              [](const Conflict &l, const Conflict &r) { return l.reason < r.reason; });
    QCOMPARE(removedConflicts.at(0).reason, c2.reason);
    QCOMPARE(removedConflicts.at(0).status, c2.status);
    QCOMPARE(removedConflicts.at(0).source, c2.source);
    QCOMPARE(removedConflicts.at(1).id, c3.id);
    QCOMPARE(auditCount(QStringLiteral("person.merge.undo")), 1);

    m_doc->undoStack()->redo();
    QVERIFY(!store.loadPerson(removed.person.id));
    QCOMPARE(store.history(kept.person.id)->size(), 3);

    // Merging a person someone else changed meanwhile is a conflict that changes nothing.
    m_doc->undoStack()->undo();
    Person edited = store.loadPerson(removed.person.id).value();
    edited.phone = QStringLiteral("555-0100");
    QVERIFY(store.updatePerson(edited, QStringLiteral("carol")));
    const Status status = m_doc->execute(new MergePeopleCommand(*m_doc, kept.person, removed.person));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("was changed by carol")), qPrintable(status.error()));
    QVERIFY(store.loadPerson(removed.person.id));
}

// The store's SQL and the commands on PostgreSQL 15 (skipped unless COHORT_TEST_PG names a
// server, as in tst_postgres; scripts/test.sh sets it).
void TestApplications::storeWorksOnPostgres()
{
    const QString connection = qEnvironmentVariable("COHORT_TEST_PG");
    if (connection.isEmpty())
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    PostgresParams params = PostgresParams::fromConnectionString(connection);
    params.schema = QStringLiteral("cohort_apps_%1").arg(newId().left(8));
    auto opened = Database::openPostgres(params);
    QVERIFY2(opened, qPrintable(opened.error()));
    {
        ProgramInfo info;
        info.id = newId();
        info.name = QStringLiteral("Postgres");
        QVERIFY(ProgramStore(*opened.value()).initialize(info, QStringLiteral("00"), nowTimestamp()));
    }
    QList<Cycle> cycles;
    for (int i = 0; i < 6; ++i)
        cycles.append(makeCycle(QStringLiteral("Cycle %1").arg(i), 2012 + i));
    auto adopted = ProgramDocument::adopt(std::move(opened).value());
    QVERIFY2(adopted, qPrintable(adopted.error()));
    ProgramDocument &doc = *adopted.value();
    // Declared after the document, so it runs while the connection is still open.
    const auto dropSchema = qScopeGuard([&doc, &params] {
        (void)doc.database().exec(QStringLiteral("SET search_path TO public"));
        (void)doc.database().exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(params.schema));
    });
    QVERIFY(insertCycles(doc, cycles));

    const QStringList values = {QStringLiteral("Zoë O'Brien-Núñez"), QStringLiteral("<b>Eve</b>"),
                                QStringLiteral("Robert'); DROP TABLE applications;--"),
                                QStringLiteral("=HYPERLINK(\"x\")")};
    for (int i = 0; i < values.size(); ++i) {
        roundTrip(doc.database(), cycles.at(i).id, values.at(i));
        if (QTest::currentTestFailed())
            return;
    }

    ApplicationStore &store = doc.applicationStore();
    const QString cycleId = cycles.at(4).id;
    Applicant zoe =
        add(doc, cycleId, QStringLiteral("Zoë"), QStringLiteral("O'Brien"), QStringLiteral("Zoe@Example.org"),
            QStringLiteral("mentee"), QStringLiteral("Dayton Metro"), QStringLiteral("E-0007"));
    Applicant zoe2 =
        add(doc, cycleId, QStringLiteral("ZOE"), QStringLiteral("O Brien"), QStringLiteral("zoe@work.example.org"),
            QStringLiteral("mentee"), QStringLiteral("The Dayton Metro Library"), QStringLiteral("E-0008"));
    add(doc, cycles.at(5).id, {}, {}, {}, QStringLiteral("mentor"), {}, QStringLiteral("M-0001"), &zoe2.person);
    QCOMPARE(store.nextCode(cycleId, QStringLiteral("mentee")).value(), QStringLiteral("E-0009"));
    QCOMPARE(store.findPersonByEmail(QStringLiteral("zoe@example.org")).value()->id, zoe.person.id);
    QCOMPARE(store.likelyDuplicates(cycleId)->size(), 1);
    QCOMPARE(store.history(zoe2.person.id)->size(), 2);

    QSignalSpy failed(&doc, &ProgramDocument::commandFailed);
    Application after = store.load(zoe.application.id).value();
    const Application before = after;
    after.city = QStringLiteral("Dayton");
    QVERIFY(
        doc.execute(new EditApplicationCommand(doc, zoe.person, before, zoe.person, after, QStringLiteral("City"))));
    QVERIFY(doc.execute(new ChangeStatusCommand(doc, store.load(zoe.application.id).value(),
                                                QStringLiteral("ineligible"), QStringLiteral("No connection"))));
    QVERIFY(doc.execute(new MergePeopleCommand(doc, zoe.person, zoe2.person)));
    Person person;
    person.firstName = QStringLiteral("Paper");
    person.lastName = QStringLiteral("Applicant");
    Application paper;
    paper.cycleId = cycleId;
    paper.role = QStringLiteral("mentee");
    paper.source = QStringLiteral("paper");
    QVERIFY(doc.execute(new NewApplicationCommand(doc, person, paper, true)));
    QCOMPARE(store.count(cycleId).value(), 3);
    while (doc.undoStack()->canUndo())
        doc.undoStack()->undo();
    QCOMPARE(store.count(cycleId).value(), 2);
    QCOMPARE(store.history(zoe2.person.id)->size(), 2);
    QCOMPARE(store.load(zoe.application.id)->status, QStringLiteral("received"));
    while (doc.undoStack()->canRedo())
        doc.undoStack()->redo();
    QCOMPARE(store.history(zoe.person.id)->size(), 3);
    QCOMPARE(failed.count(), 0);
    QVERIFY(store.remove(zoe.application.id));
    QVERIFY(!store.load(zoe.application.id));
}

QTEST_GUILESS_MAIN(TestApplications)
#include "tst_applications.moc"
