#include "db/database.h"
#include "document/applicationcommands.h"
#include "document/programdocument.h"
#include "document/seteligibilityrulescommand.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "intake/eligibility.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/programstore.h"

#include <QMap>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cohort;

// Changing a cycle's eligibility rules (SetEligibilityRulesCommand): the rules and every stored
// verdict of the cycle and role in one transaction, statuses never touched, undo and redo exact,
// failures leaving nothing half-written; several roles as one undo step; Eligibility::save atomic.
class TestEligibilityRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void commandSavesRulesAndReevaluatesVerdicts();
    void undoRestoresRulesAndVerdictsExactly();
    void failureLeavesNothingHalfWritten();
    void undoRefusesWhatSomeoneElseChanged();
    void readOnlyProgramRefuses();
    void rolesTogetherAreOneUndoStepAllOrNothing();
    void saveIsAtomic();
    void commandWorksOnPostgres();

private:
    // One row of the applications table as the tests compare it: verdict, reason and status.
    using Snapshot = QMap<QString, QStringList>; // "cycle name/code" → {eligibility, reason, status}
    static Snapshot snapshot(ProgramDocument &document);
    static QString storedRules(ProgramDocument &document, const QString &cycleId, const QString &role);
    static bool seed(ProgramDocument &document, const Cycle &current, const Cycle &older);
    static Cycle makeCycle(const QString &name, int year);
    int auditCount(const QString &action) const;
    bool exec(const QString &sql) const;
    static QStringList row(const Snapshot &rows, const QString &code)
    {
        return rows.value(QStringLiteral("2017/") + code);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ProgramDocument> m_doc;
    Cycle m_2016;
    Cycle m_2017;
};

namespace {
const QString kMentor = QStringLiteral("mentor");
const QString kMentee = QStringLiteral("mentee");

QStringList verdict(const QString &eligibility, const QString &reason, const QString &status)
{
    return {eligibility, reason, status};
}
} // namespace

Cycle TestEligibilityRules::makeCycle(const QString &name, int year)
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

// Applicants whose verdicts differ under the default rules and under "18, no exceptions, no
// connection needed", with the verdicts the importer stored under the defaults (one unchecked),
// in statuses that must survive every change. The older cycle has its own mentee, never touched.
bool TestEligibilityRules::seed(ProgramDocument &document, const Cycle &current, const Cycle &older)
{
    struct Plan
    {
        const Cycle *cycle;
        QString role;
        QString code;
        QString status;
        bool member = false;
        bool attested = false;
        double years = -1;
        QString connection;
        bool adult = true;
        bool guardian = false;
        bool unchecked = false; // stored as "unknown"
    };
    const QList<Plan> plans = {
        {&current, kMentee, QStringLiteral("E-0001"), QStringLiteral("accepted"), false, false, -1,
         QStringLiteral("Teen services"), true, false, false},
        {&current, kMentee, QStringLiteral("E-0002"), QStringLiteral("received"), false, false, -1, QString(), true,
         false, false},
        {&current, kMentee, QStringLiteral("E-0003"), QStringLiteral("under_review"), false, false, -1,
         QStringLiteral("Page at the branch"), false, true, false},
        {&current, kMentee, QStringLiteral("E-0004"), QStringLiteral("ineligible"), false, false, -1,
         QStringLiteral("Student volunteer"), false, false, false},
        {&current, kMentee, QStringLiteral("E-0005"), QStringLiteral("received"), false, false, -1, QString(), false,
         true, true},
        {&current, kMentor, QStringLiteral("M-0001"), QStringLiteral("accepted"), true, true, 12, QString(), true,
         false, false},
        {&current, kMentor, QStringLiteral("M-0002"), QStringLiteral("received"), false, false, 3, QString(), true,
         false, false},
        {&current, kMentor, QStringLiteral("M-0003"), QStringLiteral("waitlisted"), true, false, -1, QString(), true,
         false, false},
        {&older, kMentee, QStringLiteral("E-0001"), QStringLiteral("declined"), false, false, -1, QString(), true,
         false, false},
    };
    Transaction transaction(document.database());
    if (!transaction.started())
        return false;
    const QString now = nowTimestamp();
    int serial = 0;
    for (const Plan &plan : plans) {
        Person person;
        person.id = newId();
        person.firstName = QStringLiteral("Applicant");
        person.lastName = QString::number(++serial);
        person.email = QStringLiteral("applicant%1@example.org").arg(serial);
        Application a;
        a.id = newId();
        a.cycleId = plan.cycle->id;
        a.personId = person.id;
        a.role = plan.role;
        a.code = plan.code;
        a.status = plan.status;
        a.submittedAt = QDateTime(QDate(plan.cycle->year, 2, 1), QTime(9, serial), Qt::UTC);
        a.alscMember = plan.member;
        a.membershipAttested = plan.attested;
        if (plan.years >= 0)
            a.yearsExperience = plan.years;
        a.connection = plan.connection;
        a.adult = plan.adult;
        a.guardianPermission = plan.guardian;
        const EligibilityVerdict verdict = Eligibility::evaluate(a, Eligibility::defaults(a.role));
        a.eligibility = plan.unchecked ? QStringLiteral("unknown")
                                       : (verdict.eligible ? QStringLiteral("eligible") : QStringLiteral("ineligible"));
        a.eligibilityReason = plan.unchecked || verdict.eligible ? QString() : verdict.text();
        if (!document.applicationStore().insertPerson(person, now, QStringLiteral("test")) ||
            !document.applicationStore().insertApplication(a, now, QStringLiteral("test")))
            return false;
    }
    return bool(transaction.commit());
}

TestEligibilityRules::Snapshot TestEligibilityRules::snapshot(ProgramDocument &document)
{
    Snapshot rows;
    QSqlQuery query(document.database().connection());
    if (!query.exec(QStringLiteral("SELECT c.year, a.code, a.eligibility, a.eligibility_reason, a.status "
                                   "FROM applications a JOIN cycles c ON c.id = a.cycle_id")))
        qWarning("snapshot failed");
    while (query.next()) {
        rows.insert(query.value(0).toString() + QLatin1Char('/') + query.value(1).toString(),
                    {query.value(2).toString(), query.value(3).toString(), query.value(4).toString()});
    }
    return rows;
}

QString TestEligibilityRules::storedRules(ProgramDocument &document, const QString &cycleId, const QString &role)
{
    auto stored = Eligibility::storedText(document.programStore(), cycleId, role);
    return stored ? stored.value() : QStringLiteral("(error) ") + stored.error();
}

int TestEligibilityRules::auditCount(const QString &action) const
{
    QSqlQuery query(m_doc->database().connection());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"));
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool TestEligibilityRules::exec(const QString &sql) const
{
    return bool(m_doc->database().exec(sql));
}

void TestEligibilityRules::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("program.cohort"));
    auto document = ProgramDocument::create(m_path, QStringLiteral("Rules"));
    QVERIFY2(document, qPrintable(document.error()));
    m_doc = std::move(document).value();
    m_2016 = makeCycle(QStringLiteral("Spring 2016"), 2016);
    m_2017 = makeCycle(QStringLiteral("Spring 2017"), 2017);
    {
        Transaction transaction(m_doc->database());
        QVERIFY(transaction.started());
        QVERIFY(m_doc->cycleStore().insert(m_2016, nowTimestamp(), QStringLiteral("test")));
        QVERIFY(m_doc->cycleStore().insert(m_2017, nowTimestamp(), QStringLiteral("test")));
        QVERIFY(transaction.commit());
    }
    QVERIFY(seed(*m_doc, m_2017, m_2016));
}

void TestEligibilityRules::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestEligibilityRules::commandSavesRulesAndReevaluatesVerdicts()
{
    const Snapshot before = snapshot(*m_doc);
    QCOMPARE(row(before, QStringLiteral("E-0002")),
             verdict(QStringLiteral("ineligible"),
                     QStringLiteral("Not eligible: no connection to children's library "
                                    "service given"),
                     QStringLiteral("received")));
    QCOMPARE(row(before, QStringLiteral("E-0003")),
             verdict(QStringLiteral("eligible"), {}, QStringLiteral("under_review")));

    EligibilityRules rules;
    rules.requireConnection = false;
    rules.requireAdult = true;
    const int audits = auditCount(QStringLiteral("eligibility.save"));
    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    auto *command = new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, rules);
    const Status status = m_doc->execute(command);
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Change Eligibility Rules for Mentees"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), m_2017.id);
    QCOMPARE(auditCount(QStringLiteral("eligibility.save")), audits + 1);

    // The rules, stored for this cycle and role only.
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), rules.toJson());
    QCOMPARE(Eligibility::load(m_doc->programStore(), m_2017.id, kMentee).value(), rules);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentor), QString());
    QCOMPARE(storedRules(*m_doc, m_2016.id, kMentee), QString());

    // Every mentee verdict of 2017 under the new rules, statuses as they were; mentors and the
    // older cycle untouched.
    const Snapshot after = snapshot(*m_doc);
    const QString minor = QStringLiteral("Not eligible: younger than 18");
    QCOMPARE(row(after, QStringLiteral("E-0001")), verdict(QStringLiteral("eligible"), {}, QStringLiteral("accepted")));
    QCOMPARE(row(after, QStringLiteral("E-0002")), verdict(QStringLiteral("eligible"), {}, QStringLiteral("received")));
    QCOMPARE(row(after, QStringLiteral("E-0003")),
             verdict(QStringLiteral("ineligible"), minor, QStringLiteral("under_review")));
    QCOMPARE(row(after, QStringLiteral("E-0004")),
             verdict(QStringLiteral("ineligible"), minor, QStringLiteral("ineligible")));
    QCOMPARE(row(after, QStringLiteral("E-0005")),
             verdict(QStringLiteral("ineligible"), minor, QStringLiteral("received")));
    for (const QString &key : before.keys()) {
        QCOMPARE(after.value(key).at(2), before.value(key).at(2)); // no status changes, anywhere
        if (!key.startsWith(QLatin1String("2017/E-")))
            QCOMPARE(after.value(key), before.value(key));
    }
    // E-0001 kept its verdict, so the command did not write it.
    QCOMPARE(command->changes().size(), 4);
    QCOMPARE(m_doc->applicationStore().listForEligibility(m_2017.id, kMentee)->size(), 5);
}

void TestEligibilityRules::undoRestoresRulesAndVerdictsExactly()
{
    // Rules saved earlier, so undo has something to put back other than "never saved".
    EligibilityRules earlier;
    earlier.requireAdultOrGuardian = false;
    QVERIFY(Eligibility::save(m_doc->database(), m_doc->programStore(), m_2017.id, kMentee, earlier,
                              QStringLiteral("chair")));
    const QString earlierText = storedRules(*m_doc, m_2017.id, kMentee);
    const Snapshot before = snapshot(*m_doc);

    EligibilityRules rules = earlier;
    rules.requireConnection = false;
    rules.requireAdult = true;
    QVERIFY(m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, rules)));
    const Snapshot after = snapshot(*m_doc);
    QVERIFY(after != before);

    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);
    const int undos = auditCount(QStringLiteral("eligibility.save.undo"));
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(snapshot(*m_doc), before); // "unknown" included: verdicts back exactly
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), earlierText);
    QCOMPARE(Eligibility::load(m_doc->programStore(), m_2017.id, kMentee).value(), earlier);
    QCOMPARE(auditCount(QStringLiteral("eligibility.save.undo")), undos + 1);

    m_doc->undoStack()->redo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(*m_doc), after);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), rules.toJson());

    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), before);

    // Rules never saved for mentors: undo leaves the defaults, as before.
    EligibilityRules mentor;
    mentor.requireAlscMember = false;
    mentor.requireMembershipAttestation = false;
    QVERIFY(m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentor, mentor)));
    QCOMPARE(row(snapshot(*m_doc), QStringLiteral("M-0002")),
             verdict(QStringLiteral("eligible"), {}, QStringLiteral("received")));
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(*m_doc), before);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentor), QString());
    QCOMPARE(Eligibility::load(m_doc->programStore(), m_2017.id, kMentor).value(), Eligibility::defaults(kMentor));
}

void TestEligibilityRules::failureLeavesNothingHalfWritten()
{
    // The fourth mentee's verdict cannot be written: by then the rules, the audit entry and
    // three verdicts are written in the transaction, and all of it must roll back.
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_e4 BEFORE UPDATE OF eligibility ON applications "
                                "WHEN NEW.code = 'E-0005' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    const Snapshot before = snapshot(*m_doc);
    const int audits = auditCount(QStringLiteral("eligibility.save"));
    QSignalSpy changed(m_doc.get(), &ProgramDocument::applicationsChanged);

    EligibilityRules rules;
    rules.requireConnection = false;
    rules.requireAdult = true;
    const Status status = m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, rules));
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("E-0005")), qPrintable(status.error()));
    QCOMPARE(m_doc->undoStack()->count(), 0); // the failed command is dropped
    QCOMPARE(changed.count(), 0);
    QCOMPARE(snapshot(*m_doc), before);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), QString());
    QCOMPARE(auditCount(QStringLiteral("eligibility.save")), audits);

    // Without the obstacle, the same change goes through.
    QVERIFY(exec(QStringLiteral("DROP TRIGGER refuse_e4")));
    QVERIFY(m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, rules)));
    QCOMPARE(row(snapshot(*m_doc), QStringLiteral("E-0005")).first(), QStringLiteral("ineligible"));
}

void TestEligibilityRules::undoRefusesWhatSomeoneElseChanged()
{
    EligibilityRules rules;
    rules.requireConnection = false;
    QVERIFY(m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, rules)));
    const Snapshot after = snapshot(*m_doc);
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);

    // Someone else decides E-0002's verdict meanwhile (another connection, another window):
    // undo would overwrite it, so it refuses and changes nothing, the rules included.
    {
        auto other = m_doc->database().openAnotherConnection();
        QVERIFY2(other, qPrintable(other.error()));
        QSqlQuery query(other.value()->connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE applications SET eligibility = 'ineligible', "
                                          "eligibility_reason = 'Checked by hand', updated_by = 'ann' "
                                          "WHERE code = 'E-0002'")));
    }
    Snapshot changedByOther = after;
    changedByOther[QStringLiteral("2017/E-0002")] =
        verdict(QStringLiteral("ineligible"), QStringLiteral("Checked by hand"), QStringLiteral("received"));
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("E-0002")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(snapshot(*m_doc), changedByOther);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), rules.toJson());

    // (The stack counts the failed undo as done, like every Cohort command: Redo is next.)
    m_doc->undoStack()->clear();

    // The rules change behind an undone command's back: its redo refuses and changes nothing.
    const Snapshot beforeMentors = snapshot(*m_doc);
    EligibilityRules mentor;
    mentor.requireExperience = false;
    QVERIFY(m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentor, mentor)));
    QVERIFY(snapshot(*m_doc) != beforeMentors);
    m_doc->undoStack()->undo();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(snapshot(*m_doc), beforeMentors);
    EligibilityRules other;
    other.requireAlscMember = false;
    QVERIFY(
        Eligibility::save(m_doc->database(), m_doc->programStore(), m_2017.id, kMentor, other, QStringLiteral("ann")));
    m_doc->undoStack()->redo();
    QCOMPARE(failed.count(), 2);
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("Someone else changed")),
             qPrintable(failed.last().first().toString()));
    QCOMPARE(snapshot(*m_doc), beforeMentors);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentor), other.toJson());
}

void TestEligibilityRules::readOnlyProgramRefuses()
{
    m_doc.reset();
    auto opened = ProgramDocument::open(m_path, true);
    QVERIFY2(opened, qPrintable(opened.error()));
    m_doc = std::move(opened).value();
    const Snapshot before = snapshot(*m_doc);
    EligibilityRules rules;
    rules.requireConnection = false;
    const Status status = m_doc->execute(new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, rules));
    QVERIFY(!status);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QCOMPARE(snapshot(*m_doc), before);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), QString());
}

void TestEligibilityRules::rolesTogetherAreOneUndoStepAllOrNothing()
{
    const Snapshot before = snapshot(*m_doc);
    EligibilityRules mentor;
    mentor.requireAlscMember = false;
    mentor.requireMembershipAttestation = false;
    EligibilityRules mentee;
    mentee.requireConnection = false;
    const QString text = QStringLiteral("Change Eligibility Rules of Spring 2017");

    Status status = m_doc->executeAsOne(text, {new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentor, mentor),
                                               new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, mentee)});
    QVERIFY2(status, qPrintable(status.error()));
    QCOMPARE(m_doc->undoStack()->count(), 1);
    QCOMPARE(m_doc->undoStack()->undoText(), text);
    const Snapshot after = snapshot(*m_doc);
    QCOMPARE(row(after, QStringLiteral("M-0002")).first(), QStringLiteral("eligible"));
    QCOMPARE(row(after, QStringLiteral("M-0003")), verdict(QStringLiteral("ineligible"),
                                                           QStringLiteral("Not eligible: no experience in children's "
                                                                          "librarianship or children's literature "
                                                                          "given"),
                                                           QStringLiteral("waitlisted")));
    QCOMPARE(row(after, QStringLiteral("E-0002")).first(), QStringLiteral("eligible"));
    m_doc->undoStack()->undo();
    QCOMPARE(snapshot(*m_doc), before);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentor), QString());
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), QString());
    m_doc->undoStack()->redo();
    QCOMPARE(snapshot(*m_doc), after);
    m_doc->undoStack()->undo();

    // The mentee half fails after the mentor half ran: the mentor half is undone, and no step
    // is left to undo or redo.
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_e2 BEFORE UPDATE OF eligibility ON applications "
                                "WHEN NEW.code = 'E-0002' BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    QSignalSpy failed(m_doc.get(), &ProgramDocument::commandFailed);
    status = m_doc->executeAsOne(text, {new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentor, mentor),
                                        new SetEligibilityRulesCommand(*m_doc, m_2017.id, kMentee, mentee)});
    QVERIFY(!status);
    QVERIFY2(status.error().contains(QStringLiteral("E-0002")), qPrintable(status.error()));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(*m_doc), before);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentor), QString());
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), QString());
    QCOMPARE(m_doc->undoStack()->index(), 0);
    QVERIFY(!m_doc->undoStack()->canUndo());
    QVERIFY(!m_doc->undoStack()->canRedo());
}

void TestEligibilityRules::saveIsAtomic()
{
    // The audit entry cannot be written: the setting must not be written either.
    QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log "
                                "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
    EligibilityRules rules;
    rules.requireAdult = true;
    const Status saved =
        Eligibility::save(m_doc->database(), m_doc->programStore(), m_2017.id, kMentee, rules, QStringLiteral("chair"));
    QVERIFY(!saved);
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), QString());
    QVERIFY(exec(QStringLiteral("DROP TRIGGER refuse_audit")));
    QVERIFY(Eligibility::save(m_doc->database(), m_doc->programStore(), m_2017.id, kMentee, rules,
                              QStringLiteral("chair")));
    QCOMPARE(storedRules(*m_doc, m_2017.id, kMentee), rules.toJson());
}

void TestEligibilityRules::commandWorksOnPostgres()
{
    const QString connection = qEnvironmentVariable("COHORT_TEST_PG");
    if (connection.isEmpty())
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    PostgresParams params = PostgresParams::fromConnectionString(connection);
    params.schema = QStringLiteral("cohort_rules_%1").arg(newId().left(8));
    auto opened = Database::openPostgres(params);
    QVERIFY2(opened, qPrintable(opened.error()));
    {
        ProgramInfo info;
        info.id = newId();
        info.name = QStringLiteral("Postgres");
        QVERIFY(ProgramStore(*opened.value()).initialize(info, QStringLiteral("00"), nowTimestamp()));
    }
    auto adopted = ProgramDocument::adopt(std::move(opened).value());
    QVERIFY2(adopted, qPrintable(adopted.error()));
    ProgramDocument &doc = *adopted.value();
    // Declared after the document, so it runs while the connection is still open.
    const auto dropSchema = qScopeGuard([&doc, &params] {
        (void)doc.database().exec(QStringLiteral("SET search_path TO public"));
        (void)doc.database().exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(params.schema));
    });
    const Cycle older = makeCycle(QStringLiteral("Spring 2016"), 2016);
    const Cycle current = makeCycle(QStringLiteral("Spring 2017"), 2017);
    {
        Transaction transaction(doc.database());
        QVERIFY(transaction.started());
        QVERIFY(doc.cycleStore().insert(older, nowTimestamp(), QStringLiteral("test")));
        QVERIFY(doc.cycleStore().insert(current, nowTimestamp(), QStringLiteral("test")));
        QVERIFY(transaction.commit());
    }
    QVERIFY(seed(doc, current, older));
    const Snapshot before = snapshot(doc);
    QCOMPARE(before.size(), 9);

    EligibilityRules mentor;
    mentor.requireAlscMember = false;
    mentor.requireMembershipAttestation = false;
    EligibilityRules mentee;
    mentee.requireConnection = false;
    mentee.requireAdult = true;
    Status status =
        doc.executeAsOne(QStringLiteral("Change"), {new SetEligibilityRulesCommand(doc, current.id, kMentor, mentor),
                                                    new SetEligibilityRulesCommand(doc, current.id, kMentee, mentee)});
    QVERIFY2(status, qPrintable(status.error()));
    const Snapshot after = snapshot(doc);
    const QString minor = QStringLiteral("Not eligible: younger than 18");
    QCOMPARE(row(after, QStringLiteral("E-0002")), verdict(QStringLiteral("eligible"), {}, QStringLiteral("received")));
    QCOMPARE(row(after, QStringLiteral("E-0003")),
             verdict(QStringLiteral("ineligible"), minor, QStringLiteral("under_review")));
    QCOMPARE(row(after, QStringLiteral("E-0005")),
             verdict(QStringLiteral("ineligible"), minor, QStringLiteral("received")));
    QCOMPARE(row(after, QStringLiteral("M-0002")).first(), QStringLiteral("eligible"));
    QCOMPARE(after.value(QStringLiteral("2016/E-0001")), before.value(QStringLiteral("2016/E-0001")));
    QCOMPARE(storedRules(doc, current.id, kMentee), mentee.toJson());

    QSignalSpy failed(&doc, &ProgramDocument::commandFailed);
    doc.undoStack()->undo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(doc), before);
    QCOMPARE(storedRules(doc, current.id, kMentee), QString());
    QCOMPARE(Eligibility::load(doc.programStore(), current.id, kMentor).value(), Eligibility::defaults(kMentor));
    doc.undoStack()->redo();
    QCOMPARE(failed.count(), 0);
    QCOMPARE(snapshot(doc), after);
}

QTEST_GUILESS_MAIN(TestEligibilityRules)
#include "tst_eligibilityrules.moc"
