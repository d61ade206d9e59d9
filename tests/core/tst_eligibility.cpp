#include "db/database.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "intake/eligibility.h"
#include "intake/statusworkflow.h"
#include "store/cyclestore.h"
#include "store/programstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cohort;

// Eligibility rules (PROGRAM.md's defaults, custom rules saved per cycle and role) and the
// status workflow of an application.
class TestEligibility : public QObject
{
    Q_OBJECT

private slots:
    void verdict_data();
    void verdict();
    void defaultsFollowProgramRules();
    void rulesRoundTripThroughJson();
    void missingKeysKeepDefaults();
    void customRulesAreSavedPerCycleAndRole();
    void damagedOrUnknownRulesAreRefused();
    void workflow_data();
    void workflow();
    void nextListsForwardStepsFirst();
    void labelsAreWords();
};

namespace {
Cycle makeCycle(const QString &name, int year)
{
    Cycle cycle;
    cycle.id = newId();
    cycle.name = name;
    cycle.season = QStringLiteral("spring");
    cycle.year = year;
    cycle.startsOn = QDate(year, 1, 2);
    cycle.endsOn = QDate(year + 1, 1, 1);
    return cycle;
}
} // namespace

void TestEligibility::verdict_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("alscMember");
    QTest::addColumn<bool>("attested");
    QTest::addColumn<double>("years"); // < 0: not given
    QTest::addColumn<QStringList>("interests");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<bool>("adult");
    QTest::addColumn<bool>("guardian");
    QTest::addColumn<QString>("rules"); // JSON; empty: the defaults
    QTest::addColumn<bool>("eligible");
    QTest::addColumn<QString>("text");

    const QStringList none;
    const QStringList storytime = {QStringLiteral("Storytime and early literacy")};
    const QString connection = QStringLiteral("Library page at the Dayton Metro Library");

    QTest::newRow("mentor: member, attested, experienced") << "mentor" << true << true << 12.0 << storytime << QString()
                                                           << true << false << QString() << true << "Eligible";
    QTest::newRow("mentor: not a member, no experience")
        << "mentor" << false << true << -1.0 << none << QString() << true << false << QString() << false
        << "Not eligible: not an ALSC member; no experience in children's librarianship or children's literature "
           "given";
    QTest::newRow("mentor: not a member, no attestation (one reason)")
        << "mentor" << false << false << 5.0 << none << QString() << true << false << QString() << false
        << "Not eligible: not an ALSC member";
    QTest::newRow("mentor: member without attestation")
        << "mentor" << true << false << 5.0 << none << QString() << true << false << QString() << false
        << "Not eligible: no attestation to stay an ALSC member for the program year";
    QTest::newRow("mentor: zero years but areas of experience")
        << "mentor" << true << true << 0.0 << storytime << QString() << true << false << QString() << true
        << "Eligible";
    QTest::newRow("mentor: zero years, nothing listed")
        << "mentor" << true << true << 0.0 << none << QString() << true << false << QString() << false
        << "Not eligible: no experience in children's librarianship or children's literature given";
    QTest::newRow("mentor: membership not required by this cycle")
        << "mentor" << false << false << 3.0 << none << QString() << true << false
        << R"({"requireAlscMember":false,"requireMembershipAttestation":false})" << true << "Eligible";
    QTest::newRow("mentor: mentee rules do not apply")
        << "mentor" << true << true << 3.0 << none << QString() << false << false << QString() << true << "Eligible";

    QTest::newRow("mentee: adult with a connection")
        << "mentee" << false << false << -1.0 << none << connection << true << false << QString() << true << "Eligible";
    QTest::newRow("mentee: no connection")
        << "mentee" << false << false << -1.0 << none << QString() << true << false << QString() << false
        << "Not eligible: no connection to children's library service given";
    QTest::newRow("mentee: blank connection")
        << "mentee" << false << false << -1.0 << none << QStringLiteral("  \t ") << true << false << QString() << false
        << "Not eligible: no connection to children's library service given";
    QTest::newRow("mentee: under 18 with a guardian's permission")
        << "mentee" << false << false << -1.0 << none << connection << false << true << QString() << true << "Eligible";
    QTest::newRow("mentee: under 18 without permission")
        << "mentee" << false << false << -1.0 << none << connection << false << false << QString() << false
        << "Not eligible: younger than 18 and no parent's or guardian's permission";
    QTest::newRow("mentee: later cycle says at least 18")
        << "mentee" << false << false << -1.0 << none << connection << false << true << R"({"requireAdult":true})"
        << false << "Not eligible: younger than 18";
    QTest::newRow("mentee: two reasons")
        << "mentee" << false << false << -1.0 << none << QString() << false << false << QString() << false
        << "Not eligible: no connection to children's library service given; younger than 18 and no parent's or "
           "guardian's permission";
    QTest::newRow("mentee: connection not required") << "mentee" << false << false << -1.0 << none << QString() << true
                                                     << false << R"({"requireConnection":false})" << true << "Eligible";
    QTest::newRow("mentee: mentor rules do not apply")
        << "mentee" << false << false << -1.0 << none << connection << true << false << QString() << true << "Eligible";
}

void TestEligibility::verdict()
{
    QFETCH(QString, role);
    QFETCH(bool, alscMember);
    QFETCH(bool, attested);
    QFETCH(double, years);
    QFETCH(QStringList, interests);
    QFETCH(QString, connection);
    QFETCH(bool, adult);
    QFETCH(bool, guardian);
    QFETCH(QString, rules);
    QFETCH(bool, eligible);
    QFETCH(QString, text);

    Application application;
    application.role = role;
    application.alscMember = alscMember;
    application.membershipAttested = attested;
    if (years >= 0)
        application.yearsExperience = years;
    application.interests = interests;
    application.connection = connection;
    application.adult = adult;
    application.guardianPermission = guardian;
    const EligibilityRules applied = rules.isEmpty() ? Eligibility::defaults(role) : EligibilityRules::fromJson(rules);

    const EligibilityVerdict verdict = Eligibility::evaluate(application, applied);
    QCOMPARE(verdict.eligible, eligible);
    QCOMPARE(verdict.reasons.isEmpty(), eligible);
    QCOMPARE(verdict.text(), text);
}

void TestEligibility::defaultsFollowProgramRules()
{
    const EligibilityRules mentor = Eligibility::defaults(QStringLiteral("mentor"));
    QVERIFY(mentor.requireAlscMember);
    QVERIFY(mentor.requireMembershipAttestation);
    QVERIFY(mentor.requireExperience);
    const EligibilityRules mentee = Eligibility::defaults(QStringLiteral("mentee"));
    QVERIFY(mentee.requireConnection);
    QVERIFY(mentee.requireAdultOrGuardian);
    QVERIFY(!mentee.requireAdult);
}

void TestEligibility::rulesRoundTripThroughJson()
{
    EligibilityRules rules;
    rules.requireAlscMember = false;
    rules.requireExperience = false;
    rules.requireAdult = true;
    QCOMPARE(EligibilityRules::fromJson(rules.toJson()), rules);
    QCOMPARE(EligibilityRules::fromJson(EligibilityRules{}.toJson()), EligibilityRules{});
}

void TestEligibility::missingKeysKeepDefaults()
{
    EligibilityRules expected;
    expected.requireAdult = true;
    QCOMPARE(EligibilityRules::fromJson(QStringLiteral(R"({"requireAdult":true,"unknownRule":false})")), expected);
    QCOMPARE(EligibilityRules::fromJson(QStringLiteral("{}")), EligibilityRules{});
    QCOMPARE(EligibilityRules::fromJson(QString()), EligibilityRules{});
    // A value of the wrong type is ignored, not read as false.
    QCOMPARE(EligibilityRules::fromJson(QStringLiteral(R"({"requireAlscMember":"no"})")), EligibilityRules{});
}

void TestEligibility::customRulesAreSavedPerCycleAndRole()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rules.cohort"));
    const Cycle spring2016 = makeCycle(QStringLiteral("Spring 2016"), 2016);
    const Cycle spring2017 = makeCycle(QStringLiteral("Spring 2017"), 2017);
    EligibilityRules mentee2017;
    mentee2017.requireAdult = true;
    EligibilityRules mentor2017;
    mentor2017.requireExperience = false;
    {
        auto document = ProgramDocument::create(path, QStringLiteral("Rules"));
        QVERIFY2(document, qPrintable(document.error()));
        ProgramDocument &doc = *document.value();
        {
            Transaction transaction(doc.database());
            QVERIFY(transaction.started());
            QVERIFY(doc.cycleStore().insert(spring2016, nowTimestamp(), QStringLiteral("test")));
            QVERIFY(doc.cycleStore().insert(spring2017, nowTimestamp(), QStringLiteral("test")));
            QVERIFY(transaction.commit());
        }
        const int auditBefore = doc.programStore().auditCount().value();
        QVERIFY(Eligibility::save(doc.database(), doc.programStore(), spring2017.id, QStringLiteral("mentee"),
                                  mentee2017, QStringLiteral("chair")));
        QVERIFY(Eligibility::save(doc.database(), doc.programStore(), spring2017.id, QStringLiteral("mentor"),
                                  mentor2017, QStringLiteral("chair")));
        QCOMPARE(doc.programStore().auditCount().value(), auditBefore + 2);
        QCOMPARE(doc.programStore().setting(spring2017.id, QStringLiteral("eligibility.mentee")).value(),
                 mentee2017.toJson());
    }
    // Reopened: each cycle and role has its own rules; a cycle without saved rules has the defaults.
    auto reopened = ProgramDocument::open(path);
    QVERIFY2(reopened, qPrintable(reopened.error()));
    const ProgramStore &store = reopened.value()->programStore();
    QCOMPARE(Eligibility::load(store, spring2017.id, QStringLiteral("mentee")).value(), mentee2017);
    QCOMPARE(Eligibility::load(store, spring2017.id, QStringLiteral("mentor")).value(), mentor2017);
    QCOMPARE(Eligibility::load(store, spring2016.id, QStringLiteral("mentee")).value(),
             Eligibility::defaults(QStringLiteral("mentee")));
    QCOMPARE(Eligibility::load(store, spring2016.id, QStringLiteral("mentor")).value(),
             Eligibility::defaults(QStringLiteral("mentor")));

    // The same minor with a guardian's permission: eligible in 2016, not in 2017.
    Application minor;
    minor.role = QStringLiteral("mentee");
    minor.connection = QStringLiteral("Teen volunteer");
    minor.adult = false;
    minor.guardianPermission = true;
    QVERIFY(Eligibility::evaluate(minor, Eligibility::load(store, spring2016.id, minor.role).value()).eligible);
    QCOMPARE(Eligibility::evaluate(minor, Eligibility::load(store, spring2017.id, minor.role).value()).text(),
             QStringLiteral("Not eligible: younger than 18"));
}

void TestEligibility::damagedOrUnknownRulesAreRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto document = ProgramDocument::create(dir.filePath(QStringLiteral("damaged.cohort")), QStringLiteral("Rules"));
    QVERIFY2(document, qPrintable(document.error()));
    ProgramStore &store = document.value()->programStore();
    const QString cycleId = newId();
    QVERIFY(store.setSetting(cycleId, QStringLiteral("eligibility.mentor"), QStringLiteral("{not json"),
                             QStringLiteral("test")));
    const auto damaged = Eligibility::load(store, cycleId, QStringLiteral("mentor"));
    QVERIFY(!damaged);
    QVERIFY2(damaged.error().contains(QStringLiteral("cannot be read")), qPrintable(damaged.error()));
    QVERIFY(!Eligibility::load(store, cycleId, QStringLiteral("reviewer")));
    QVERIFY(!Eligibility::save(document.value()->database(), store, cycleId, QStringLiteral("reviewer"), {},
                               QStringLiteral("test")));
}

void TestEligibility::workflow_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("isOverride");
    QTest::addColumn<bool>("needsReason");

    QTest::newRow("received -> eligible") << "received"
                                          << "eligible" << true << false << false;
    QTest::newRow("received -> ineligible") << "received"
                                            << "ineligible" << true << false << true;
    QTest::newRow("received -> withdrawn") << "received"
                                           << "withdrawn" << true << false << true;
    QTest::newRow("eligible -> under_review") << "eligible"
                                              << "under_review" << true << false << false;
    QTest::newRow("under_review -> accepted") << "under_review"
                                              << "accepted" << true << false << false;
    QTest::newRow("under_review -> waitlisted") << "under_review"
                                                << "waitlisted" << true << false << false;
    QTest::newRow("under_review -> declined") << "under_review"
                                              << "declined" << true << false << false;
    QTest::newRow("waitlisted -> accepted") << "waitlisted"
                                            << "accepted" << true << false << false;
    QTest::newRow("waitlisted -> declined") << "waitlisted"
                                            << "declined" << true << false << false;
    QTest::newRow("accepted -> withdrawn") << "accepted"
                                           << "withdrawn" << true << false << true;
    QTest::newRow("ineligible -> withdrawn") << "ineligible"
                                             << "withdrawn" << true << false << true;
    QTest::newRow("override: ineligible -> eligible") << "ineligible"
                                                      << "eligible" << true << true << true;
    QTest::newRow("override: received -> under_review") << "received"
                                                        << "under_review" << true << true << true;
    QTest::newRow("override: received -> accepted") << "received"
                                                    << "accepted" << true << true << true;
    QTest::newRow("override: accepted -> under_review") << "accepted"
                                                        << "under_review" << true << true << true;
    QTest::newRow("override: declined -> waitlisted") << "declined"
                                                      << "waitlisted" << true << true << true;
    QTest::newRow("override: withdrawn -> under_review") << "withdrawn"
                                                         << "under_review" << true << true << true;
    QTest::newRow("override: eligible -> ineligible") << "eligible"
                                                      << "ineligible" << true << true << true;
    QTest::newRow("refused: same status") << "eligible"
                                          << "eligible" << false << false << false;
    QTest::newRow("refused: unknown target") << "received"
                                             << "approved" << false << false << false;
    QTest::newRow("refused: unknown source") << ""
                                             << "eligible" << false << false << false;
}

void TestEligibility::workflow()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QFETCH(bool, isOverride);
    QFETCH(bool, needsReason);
    QCOMPARE(StatusWorkflow::isAllowed(from, to), allowed);
    QCOMPARE(StatusWorkflow::isOverride(from, to), isOverride);
    if (allowed)
        QCOMPARE(StatusWorkflow::needsReason(from, to), needsReason);
    QCOMPARE(StatusWorkflow::next(from).contains(to), allowed);
}

void TestEligibility::nextListsForwardStepsFirst()
{
    QCOMPARE(StatusWorkflow::statuses().size(), 8);
    const QList<QString> fromReceived = StatusWorkflow::next(QStringLiteral("received"));
    QCOMPARE(fromReceived.mid(0, 3),
             (QList<QString>{QStringLiteral("eligible"), QStringLiteral("ineligible"), QStringLiteral("withdrawn")}));
    QCOMPARE(fromReceived.size(), 7); // every other status, the rest as overrides
    QCOMPARE(StatusWorkflow::next(QStringLiteral("waitlisted")).mid(0, 3),
             (QList<QString>{QStringLiteral("accepted"), QStringLiteral("declined"), QStringLiteral("withdrawn")}));
    QVERIFY(StatusWorkflow::next(QStringLiteral("nonsense")).isEmpty());
}

void TestEligibility::labelsAreWords()
{
    QCOMPARE(StatusWorkflow::label(QStringLiteral("under_review")), QStringLiteral("Under review"));
    QCOMPARE(StatusWorkflow::label(QStringLiteral("waitlisted")), QStringLiteral("Waitlisted"));
    for (const QString &status : StatusWorkflow::statuses())
        QVERIFY2(!StatusWorkflow::label(status).contains(QLatin1Char('_')), qPrintable(status));
}

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
