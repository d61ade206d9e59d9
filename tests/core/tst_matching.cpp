#include "db/database.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "matching/automatch.h"
#include "matching/compatibility.h"
#include "matching/matchingdata.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchingstore.h"
#include "store/matchstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <functional>
#include <memory>

using namespace cohort;

namespace {

const QString kActor = QStringLiteral("tester");

MatchParticipant person(const QString &code, const QString &role)
{
    MatchParticipant p;
    p.applicationId = newId();
    p.personId = newId();
    p.code = code;
    p.role = role;
    p.name = QStringLiteral("Person ") + code;
    p.email = code.toLower() + QStringLiteral("@example.org");
    p.library = QStringLiteral("Library of ") + code;
    p.libraryType = QStringLiteral("public");
    p.timeZone = QStringLiteral("America/Chicago");
    p.interests = {QStringLiteral("Storytime and early literacy"), QStringLiteral("STEM")};
    p.contactMethods = {QStringLiteral("email")};
    p.languages = {QStringLiteral("English")};
    p.yearsExperience = role == QLatin1String("mentor") ? 12.0 : 2.0;
    return p;
}

MatchParticipant mentor(const QString &code)
{
    return person(code, QStringLiteral("mentor"));
}

MatchParticipant mentee(const QString &code)
{
    return person(code, QStringLiteral("mentee"));
}

MatchingData dataOf(QList<MatchParticipant> mentees, QList<MatchParticipant> mentors, QList<Match> matches = {})
{
    MatchingData data;
    data.cycleId = newId();
    data.mentees = std::move(mentees);
    data.mentors = std::move(mentors);
    data.matches = std::move(matches);
    data.rebuildIndex();
    return data;
}

// Only one factor counts, so a pair's score is that factor's value.
MatchingData only(MatchFactor factor, MatchingData data)
{
    MatchWeights w;
    w.practiceArea = w.libraryType = w.timeZone = w.contactMethods = w.language = w.experience = w.preferences = 0.0;
    switch (factor) {
    case MatchFactor::PracticeArea:
        w.practiceArea = 1.0;
        break;
    case MatchFactor::LibraryType:
        w.libraryType = 1.0;
        break;
    case MatchFactor::TimeZone:
        w.timeZone = 1.0;
        break;
    case MatchFactor::ContactMethods:
        w.contactMethods = 1.0;
        break;
    case MatchFactor::Language:
        w.language = 1.0;
        break;
    case MatchFactor::Experience:
        w.experience = 1.0;
        break;
    case MatchFactor::Preferences:
        w.preferences = 1.0;
        break;
    }
    data.settings.weights = w;
    return data;
}

Match matchOf(const MatchingData &data, int mentee, int mentor, const QString &status, bool locked)
{
    Match m;
    m.id = newId();
    m.cycleId = data.cycleId;
    m.menteeApplicationId = data.mentees.at(mentee).applicationId;
    m.mentorApplicationId = data.mentors.at(mentor).applicationId;
    m.status = status;
    m.locked = locked;
    if (status == QLatin1String("published"))
        m.publishedOn = QDate(2017, 4, 21);
    return m;
}

QString allText(const PairExplanation &e)
{
    QStringList parts{e.blockedReason};
    for (const FactorScore &f : e.factors)
        parts << f.name << f.explanation;
    return parts.join(QLatin1Char('\n'));
}

const FactorScore &factorOf(const PairExplanation &e, MatchFactor factor)
{
    return e.factors.at(int(factor));
}

// A varied pool of participants for properties that hold for any pair.
MatchingData pool(int mentees, int mentors)
{
    const QStringList interests = {QStringLiteral("Storytime"), QStringLiteral("STEM"), QStringLiteral("Outreach"),
                                   QStringLiteral("Management"), QStringLiteral("Technology")};
    const QStringList zones = {QStringLiteral("America/New_York"), QStringLiteral("Central"), QStringLiteral("UTC-7"),
                               QStringLiteral("America/Los_Angeles"), QString()};
    const QStringList types = {QStringLiteral("public"), QStringLiteral("school"), QStringLiteral("academic"),
                               QString()};
    const auto vary = [&](MatchParticipant p, int k) {
        p.interests.clear();
        for (int b = 0; b < interests.size(); ++b)
            if ((k * 7 + b * 3) % 5 < 2)
                p.interests << interests.at(b);
        p.timeZone = zones.at(k % zones.size());
        p.libraryType = types.at(k % types.size());
        p.library = QStringLiteral("Library %1").arg(k % 6);
        p.contactMethods = k % 3 == 0 ? QStringList{QStringLiteral("email"), QStringLiteral("Video chat (Skype)")}
                                      : QStringList{QStringLiteral("phone")};
        p.languages = k % 4 == 0 ? QStringList{QStringLiteral("Spanish")} : QStringList{QStringLiteral("English")};
        if (k % 5 == 0)
            p.yearsExperience.reset();
        else
            p.yearsExperience = p.role == QLatin1String("mentor") ? 3 + k % 9 : k % 4;
        p.useDemographics = k % 3 == 1;
        p.gender = k % 2 ? QStringLiteral("Woman") : QStringLiteral("Man");
        p.mentorPreference = k % 3 == 1 ? QStringLiteral("I would like a mentor who knows STEM outreach") : QString();
        p.offer = QStringLiteral("I can help with outreach and grant writing.");
        p.capacity = 1 + k % 2;
        return p;
    };
    QList<MatchParticipant> e, m;
    for (int i = 0; i < mentees; ++i)
        e << vary(mentee(QStringLiteral("E-%1").arg(i + 1, 4, 10, QLatin1Char('0'))), i);
    for (int j = 0; j < mentors; ++j)
        m << vary(mentor(QStringLiteral("M-%1").arg(j + 1, 4, 10, QLatin1Char('0'))), j + 2);
    return dataOf(e, m);
}

// A program file with one cycle, for the store tests.
struct Program
{
    QTemporaryDir dir;
    std::unique_ptr<ProgramDocument> doc;
    Cycle cycle;
    Cycle other;

    bool create()
    {
        auto created = ProgramDocument::create(dir.filePath(QStringLiteral("m.cohort")), QStringLiteral("Matching"));
        if (!created)
            return false;
        doc = std::move(created).value();
        const auto makeCycle = [this](const QString &name, int year) {
            Cycle c;
            c.id = newId();
            c.name = name;
            c.season = QStringLiteral("spring");
            c.year = year;
            c.startsOn = QDate(year, 1, 1);
            c.endsOn = QDate(year, 12, 31);
            return doc->cycleStore().insert(c, nowTimestamp(), kActor) ? c : Cycle();
        };
        cycle = makeCycle(QStringLiteral("Spring 2017"), 2017);
        other = makeCycle(QStringLiteral("Spring 2016"), 2016);
        return !cycle.id.isEmpty() && !other.id.isEmpty();
    }

    // One application (and its person); returns its id, or empty.
    QString add(const Cycle &in, const QString &role, const QString &code, const QString &status,
                const std::function<void(Application &, Person &)> &edit = {})
    {
        Person p;
        p.id = newId();
        p.firstName = QStringLiteral("First") + code;
        p.lastName = QStringLiteral("Last");
        p.email = code.toLower() + QStringLiteral("@example.org");
        Application a;
        a.id = newId();
        a.cycleId = in.id;
        a.personId = p.id;
        a.role = role;
        a.code = code;
        a.status = status;
        a.submittedAt = QDateTime(QDate(2017, 2, 1), QTime(9, 0), Qt::UTC);
        if (edit)
            edit(a, p);
        if (!doc->applicationStore().insertPerson(p, nowTimestamp(), kActor) ||
            !doc->applicationStore().insertApplication(a, nowTimestamp(), kActor))
            return {};
        return a.id;
    }

    int count(const QString &sql)
    {
        QSqlQuery query(doc->database().connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }
};

} // namespace

class TestMatching : public QObject
{
    Q_OBJECT

private slots:
    void weightsJson();
    void utcOffsets_data();
    void utcOffsets();

    void loadReadsAcceptedApplicationsOfBothRolesAndMatches();
    void settingsRoundTrip();
    void loadRefusesAMissingCycle();

    void practiceArea();
    void libraryType();
    void timeZone();
    void contactMethods();
    void language();
    void experience();
    void contributionsSumToTheScore();
    void preferencesNeutralUnlessOptedIn();
    void preferencesUsedWhenOptedIn();
    void confidentialValuesOnlyForTheChair();
    void blockedByAvoidLists();
    void blockedBySameLibrary();

    void suggestionsSkipFullAndBlockedMentors();

    void autoMatchKeepsLockedAndPublished();
    void autoMatchRespectsCapacitiesAndBlocks();
    void autoMatchMinimumScoreLeavesMenteesUnmatched();
    void autoMatchMostMatchedMatchesAtLeastAsMany();
    void autoMatchIsDeterministic();
    void autoMatchChangesReplaceUnlockedDrafts();

    void storeWritesAreVersionChecked();
    void storeRefusesASecondMatchAndRemovingWorkedMatches();
};

void TestMatching::weightsJson()
{
    MatchWeights w;
    w.practiceArea = 2.5;
    w.preferences = 0.0;
    const auto back = MatchWeights::fromJson(w.toJson());
    QVERIFY(back);
    QCOMPARE(*back, w);
    const auto partial = MatchWeights::fromJson(QStringLiteral("{\"language\": 4}"));
    QVERIFY(partial);
    QCOMPARE(partial->language, 4.0);
    QCOMPARE(partial->practiceArea, MatchWeights::defaults().practiceArea);
    QVERIFY(!MatchWeights::fromJson(QStringLiteral("{\"language\": -1}")));
    QVERIFY(!MatchWeights::fromJson(QStringLiteral("{\"language\": \"a lot\"}")));
    QVERIFY(!MatchWeights::fromJson(QStringLiteral("[1, 2]")));
    QVERIFY(!MatchWeights::fromJson(QStringLiteral("not json")));
}

void TestMatching::utcOffsets_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<double>("hours"); // NaN: unknown
    const double unknown = std::nan("");
    QTest::newRow("iana") << QStringLiteral("America/New_York") << -5.0;
    QTest::newRow("iana dst-free") << QStringLiteral("America/Phoenix") << -7.0;
    QTest::newRow("iana east") << QStringLiteral("Asia/Kolkata") << 5.5;
    QTest::newRow("utc-5") << QStringLiteral("UTC-5") << -5.0;
    QTest::newRow("gmt+05:30") << QStringLiteral("GMT+05:30") << 5.5;
    QTest::newRow("minus sign") << QStringLiteral("UTC−8") << -8.0;
    QTest::newRow("bare offset") << QStringLiteral("-06:00") << -6.0;
    QTest::newRow("utc") << QStringLiteral("UTC") << 0.0;
    QTest::newRow("eastern") << QStringLiteral("Eastern") << -5.0;
    QTest::newRow("central time") << QStringLiteral("Central Time (US & Canada)") << -6.0;
    QTest::newRow("mountain") << QStringLiteral("Mountain") << -7.0;
    QTest::newRow("pacific") << QStringLiteral("pacific") << -8.0;
    QTest::newRow("pst") << QStringLiteral("PST") << -8.0;
    QTest::newRow("alaska") << QStringLiteral("Alaska") << -9.0;
    QTest::newRow("empty") << QString() << unknown;
    QTest::newRow("nonsense") << QStringLiteral("near the lake") << unknown;
}

void TestMatching::utcOffsets()
{
    QFETCH(QString, zone);
    QFETCH(double, hours);
    const std::optional<double> offset = Compatibility::utcOffsetHours(zone);
    if (std::isnan(hours)) {
        QVERIFY(!offset);
    } else {
        QVERIFY(offset);
        QCOMPARE(*offset, hours);
    }
}

void TestMatching::loadReadsAcceptedApplicationsOfBothRolesAndMatches()
{
    Program p;
    QVERIFY(p.create());
    const QString m1 = p.add(p.cycle, QStringLiteral("mentor"), QStringLiteral("M-002"), QStringLiteral("accepted"),
                             [](Application &a, Person &) {
                                 a.capacity = 2;
                                 a.interests = {QStringLiteral("STEM"), QStringLiteral("Outreach")};
                                 a.yearsExperience = 14.5;
                                 a.timeZone = QStringLiteral("America/Denver");
                             });
    const QString m2 = p.add(p.cycle, QStringLiteral("mentor"), QStringLiteral("M-001"), QStringLiteral("accepted"));
    p.add(p.cycle, QStringLiteral("mentor"), QStringLiteral("M-003"), QStringLiteral("waitlisted"));
    const QString e1 = p.add(p.cycle, QStringLiteral("mentee"), QStringLiteral("E-001"), QStringLiteral("accepted"),
                             [](Application &a, Person &person) {
                                 person.firstName = QStringLiteral("Zoë");
                                 person.lastName = QStringLiteral("Núñez");
                                 a.languages = {QStringLiteral("English"), QStringLiteral("Spanish")};
                                 a.contactMethods = {QStringLiteral("email"), QStringLiteral("video")};
                                 a.useDemographics = true;
                                 a.gender = QStringLiteral("Woman");
                                 a.mentorPreference = QStringLiteral("I would like a mentor who speaks Spanish.");
                                 a.avoid = {QStringLiteral("Ann Lee"), QStringLiteral("bob@example.org")};
                                 a.library = QStringLiteral("Dayton Metro Library");
                                 a.libraryType = QStringLiteral("public");
                             });
    const QString e2 = p.add(p.cycle, QStringLiteral("mentee"), QStringLiteral("E-002"), QStringLiteral("accepted"));
    p.add(p.cycle, QStringLiteral("mentee"), QStringLiteral("E-003"), QStringLiteral("declined"));
    p.add(p.cycle, QStringLiteral("mentee"), QStringLiteral("E-004"), QStringLiteral("under_review"));
    p.add(p.other, QStringLiteral("mentee"), QStringLiteral("E-001"), QStringLiteral("accepted"));
    QVERIFY(!e1.isEmpty() && !e2.isEmpty() && !m1.isEmpty() && !m2.isEmpty());
    MatchStore matches(p.doc->database());
    Match published;
    published.id = newId();
    published.cycleId = p.cycle.id;
    published.mentorApplicationId = m1;
    published.menteeApplicationId = e1;
    published.status = QStringLiteral("published");
    published.publishedOn = QDate(2017, 4, 21);
    published.score = 0.75;
    QVERIFY(matches.insertMatch(published, nowTimestamp(), kActor));
    Match ended = published;
    ended.id = newId();
    ended.menteeApplicationId = e2;
    ended.status = QStringLiteral("ended");
    ended.endedOn = QDate(2017, 9, 1);
    QVERIFY(matches.insertMatch(ended, nowTimestamp(), kActor));

    auto loaded = MatchingStore(p.doc->database()).load(p.cycle.id);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    const MatchingData &data = loaded.value();
    QCOMPARE(data.cycleId, p.cycle.id);
    QCOMPARE(data.mentors.size(), 2);
    QCOMPARE(data.mentees.size(), 2);
    QCOMPARE(data.mentors.at(0).code, QStringLiteral("M-001")); // by code
    QCOMPARE(data.mentors.at(1).code, QStringLiteral("M-002"));
    QCOMPARE(data.mentors.at(1).capacity, 2);
    QCOMPARE(data.mentors.at(1).interests, (QStringList{QStringLiteral("STEM"), QStringLiteral("Outreach")}));
    QCOMPARE(data.mentors.at(1).yearsExperience, std::optional<double>(14.5));
    QCOMPARE(data.mentors.at(1).timeZone, QStringLiteral("America/Denver"));
    QCOMPARE(data.mentors.at(0).role, QStringLiteral("mentor"));
    const MatchParticipant &zoe = data.mentees.at(0);
    QCOMPARE(zoe.code, QStringLiteral("E-001"));
    QCOMPARE(zoe.role, QStringLiteral("mentee"));
    QCOMPARE(zoe.name, QStringLiteral("Zoë Núñez"));
    QCOMPARE(zoe.email, QStringLiteral("e-001@example.org"));
    QCOMPARE(zoe.languages, (QStringList{QStringLiteral("English"), QStringLiteral("Spanish")}));
    QCOMPARE(zoe.contactMethods, (QStringList{QStringLiteral("email"), QStringLiteral("video")}));
    QCOMPARE(zoe.avoid, (QStringList{QStringLiteral("Ann Lee"), QStringLiteral("bob@example.org")}));
    QVERIFY(zoe.useDemographics);
    QCOMPARE(zoe.gender, QStringLiteral("Woman"));
    QCOMPARE(zoe.mentorPreference, QStringLiteral("I would like a mentor who speaks Spanish."));
    QCOMPARE(zoe.library, QStringLiteral("Dayton Metro Library"));
    QVERIFY(!data.mentees.at(1).yearsExperience);

    QCOMPARE(data.matches.size(), 2);
    QCOMPARE(data.mentorIndex(m1), 1);
    QCOMPARE(data.mentorIndex(e1), -1);
    QCOMPARE(data.menteeIndex(e2), 1);
    const Match *found = data.matchOfMentee(e1);
    QVERIFY(found);
    QCOMPARE(found->id, published.id);
    QCOMPARE(found->status, QStringLiteral("published"));
    QCOMPARE(found->score, std::optional<double>(0.75));
    QCOMPARE(found->publishedOn, QDate(2017, 4, 21));
    QVERIFY(!data.matchOfMentee(newId()));
    QCOMPARE(data.load(1), 1); // the ended match does not count
    QCOMPARE(data.load(0), 0);
    QCOMPARE(data.settings, MatchingSettings());
}

void TestMatching::settingsRoundTrip()
{
    Program p;
    QVERIFY(p.create());
    MatchingStore store(p.doc->database());
    auto loaded = store.loadSettings(p.cycle.id);
    QVERIFY(loaded);
    QCOMPARE(loaded.value(), MatchingSettings());
    MatchingSettings settings;
    settings.weights.practiceArea = 5.0;
    settings.weights.experience = 0.0;
    settings.minimumScore = 0.42;
    settings.forbidSameLibrary = false;
    QVERIFY(store.saveSettings(p.cycle.id, settings, kActor));
    loaded = store.loadSettings(p.cycle.id);
    QVERIFY(loaded);
    QCOMPARE(loaded.value(), settings);
    QCOMPARE(store.loadSettings(p.other.id).value(), MatchingSettings()); // per cycle
    auto data = store.load(p.cycle.id);
    QVERIFY(data);
    QCOMPARE(data->settings, settings);

    MatchingSettings bad = settings;
    bad.minimumScore = 1.5;
    QVERIFY(!store.saveSettings(p.cycle.id, bad, kActor));
    bad = settings;
    bad.weights.language = -1.0;
    const Status refused = store.saveSettings(p.cycle.id, bad, kActor);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("weight")));
    QCOMPARE(store.loadSettings(p.cycle.id).value(), settings);
}

void TestMatching::loadRefusesAMissingCycle()
{
    Program p;
    QVERIFY(p.create());
    auto loaded = MatchingStore(p.doc->database()).load(newId());
    QVERIFY(!loaded);
    QVERIFY(loaded.error().contains(QStringLiteral("cycle")));
}

void TestMatching::practiceArea()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.interests = {QStringLiteral("Storytime"), QStringLiteral("STEM"), QStringLiteral("Outreach")};
    MatchParticipant full = mentor(QStringLiteral("M-1"));
    full.interests = {QStringLiteral("stem"), QStringLiteral(" Storytime "), QStringLiteral("Outreach"),
                      QStringLiteral("Management")};
    MatchParticipant part = mentor(QStringLiteral("M-2"));
    part.interests = {QStringLiteral("STEM"), QStringLiteral("Management"), QStringLiteral("outreach")};
    MatchParticipant none = mentor(QStringLiteral("M-3"));
    none.interests = {QStringLiteral("Management")};
    MatchParticipant unknown = mentor(QStringLiteral("M-4"));
    unknown.interests.clear();
    const MatchingData data = only(MatchFactor::PracticeArea, dataOf({e}, {full, part, none, unknown}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0); // covers all of the mentee's (more is not penalized)
    QCOMPARE(model.score(0, 1), 2.0 / 3.0);
    QCOMPARE(model.score(0, 2), 0.0);
    QCOMPARE(model.score(0, 3), 0.5);
    const FactorScore f = factorOf(model.explain(0, 1, false), MatchFactor::PracticeArea);
    QVERIFY2(f.explanation.contains(QStringLiteral("2 of 3")), qPrintable(f.explanation));
    QVERIFY(f.explanation.contains(QStringLiteral("STEM")));
    QVERIFY(f.explanation.contains(QStringLiteral("Outreach")));
    QCOMPARE(f.name, QStringLiteral("Practice area"));
}

void TestMatching::libraryType()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.libraryType = QStringLiteral("school");
    MatchParticipant same = mentor(QStringLiteral("M-1"));
    same.libraryType = QStringLiteral("School");
    MatchParticipant other = mentor(QStringLiteral("M-2"));
    other.libraryType = QStringLiteral("public");
    MatchParticipant unknown = mentor(QStringLiteral("M-3"));
    unknown.libraryType.clear();
    const MatchingData data = only(MatchFactor::LibraryType, dataOf({e}, {same, other, unknown}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0);
    QCOMPARE(model.score(0, 1), 0.0);
    QCOMPARE(model.score(0, 2), 0.5);
}

void TestMatching::timeZone()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.timeZone = QStringLiteral("America/New_York");
    const auto at = [](const QString &code, const QString &zone) {
        MatchParticipant m = mentor(code);
        m.timeZone = zone;
        return m;
    };
    const MatchingData data =
        only(MatchFactor::TimeZone,
             dataOf({e}, {at(QStringLiteral("M-1"), QStringLiteral("Eastern")),
                          at(QStringLiteral("M-2"), QStringLiteral("America/Chicago")),
                          at(QStringLiteral("M-3"), QStringLiteral("Pacific")),
                          at(QStringLiteral("M-4"), QStringLiteral("Europe/Berlin")),    // 6 h
                          at(QStringLiteral("M-5"), QStringLiteral("Asia/Tokyo")),       // 14 h = 10 around
                          at(QStringLiteral("M-6"), QStringLiteral("Pacific/Auckland")), // 17 h = 7 around
                          at(QStringLiteral("M-7"), QString())}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0);
    QCOMPARE(model.score(0, 1), 1.0 - 1.0 / 6.0);
    QCOMPARE(model.score(0, 2), 0.5);
    QCOMPARE(model.score(0, 3), 0.0);
    QCOMPARE(model.score(0, 4), 0.0);
    QCOMPARE(model.score(0, 5), 0.0);
    QCOMPARE(model.score(0, 6), 0.5);
    QVERIFY(factorOf(model.explain(0, 2, false), MatchFactor::TimeZone).explanation.contains(QStringLiteral("3 h")));
}

void TestMatching::contactMethods()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.contactMethods = {QStringLiteral("Email"), QStringLiteral("Video chat (Skype, Zoom)")};
    MatchParticipant both = mentor(QStringLiteral("M-1"));
    both.contactMethods = {QStringLiteral("e-mail"), QStringLiteral("Zoom"), QStringLiteral("Phone")};
    MatchParticipant half = mentor(QStringLiteral("M-2"));
    half.contactMethods = {QStringLiteral("Video call")};
    MatchParticipant none = mentor(QStringLiteral("M-3"));
    none.contactMethods = {QStringLiteral("Phone"), QStringLiteral("Online chat")};
    MatchParticipant unknown = mentor(QStringLiteral("M-4"));
    unknown.contactMethods.clear();
    const MatchingData data = only(MatchFactor::ContactMethods, dataOf({e}, {both, half, none, unknown}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0);
    QCOMPARE(model.score(0, 1), 0.5);
    QCOMPARE(model.score(0, 2), 0.0);
    QCOMPARE(model.score(0, 3), 0.5);
    QVERIFY(factorOf(model.explain(0, 1, false), MatchFactor::ContactMethods)
                .explanation.contains(QStringLiteral("video")));
}

void TestMatching::language()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.languages = {QStringLiteral("English"), QStringLiteral("Spanish")};
    MatchParticipant spanish = mentor(QStringLiteral("M-1"));
    spanish.languages = {QStringLiteral("spanish")};
    MatchParticipant french = mentor(QStringLiteral("M-2"));
    french.languages = {QStringLiteral("French")};
    MatchParticipant empty = mentor(QStringLiteral("M-3"));
    empty.languages.clear();
    MatchParticipant silent = mentee(QStringLiteral("E-2"));
    silent.languages.clear();
    const MatchingData data = only(MatchFactor::Language, dataOf({e, silent}, {spanish, french, empty}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0);
    QCOMPARE(model.score(0, 1), 0.0);
    QCOMPARE(model.score(0, 2), 1.0); // none given: English assumed
    QCOMPARE(model.score(1, 2), 1.0);
    QCOMPARE(model.score(1, 1), 0.0);
    QVERIFY(
        factorOf(model.explain(0, 0, false), MatchFactor::Language).explanation.contains(QStringLiteral("Spanish")));
}

void TestMatching::experience()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.yearsExperience = 2.0;
    const auto with = [](const QString &code, std::optional<double> years) {
        MatchParticipant m = mentor(code);
        m.yearsExperience = years;
        return m;
    };
    const MatchingData data =
        only(MatchFactor::Experience, dataOf({e}, {with(QStringLiteral("M-1"), 10.0), with(QStringLiteral("M-2"), 4.0),
                                                   with(QStringLiteral("M-3"), 1.0), with(QStringLiteral("M-4"), {})}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0);
    QCOMPARE(model.score(0, 1), 0.4);
    QCOMPARE(model.score(0, 2), 0.0);
    QCOMPARE(model.score(0, 3), 0.5);
}

void TestMatching::contributionsSumToTheScore()
{
    MatchingData data = pool(23, 17);
    data.settings.weights.timeZone = 2.25;
    const Compatibility model(data);
    const std::vector<double> matrix = model.scoreMatrix();
    QCOMPARE(matrix.size(), std::size_t(23 * 17));
    const double weightSum = data.settings.weights.sum();
    for (int i = 0; i < data.mentees.size(); ++i) {
        for (int j = 0; j < data.mentors.size(); ++j) {
            const PairExplanation e = model.explain(i, j, true);
            QCOMPARE(e.factors.size(), 7);
            double sum = 0.0;
            for (const FactorScore &f : e.factors) {
                QVERIFY(f.value >= 0.0 && f.value <= 1.0);
                QVERIFY(std::abs(f.contribution - f.weight * f.value / weightSum) < 1e-12);
                QVERIFY(!f.explanation.isEmpty());
                sum += f.contribution;
            }
            QVERIFY2(std::abs(sum - e.score) < 1e-9, qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
            QVERIFY(std::abs(e.score - model.score(i, j)) < 1e-12);
            QCOMPARE(matrix[std::size_t(i) * 17 + std::size_t(j)], model.score(i, j));
        }
    }
    // Some rows only, in the order asked.
    const std::vector<double> rows = model.scoreMatrix(QList<int>{5, 2});
    QCOMPARE(rows.size(), std::size_t(2 * 17));
    QCOMPARE(rows[3], model.score(5, 3));
    QCOMPARE(rows[17 + 4], model.score(2, 4));
    // No weights at all: every score is 0.
    data.settings.weights = only(MatchFactor::Language, data).settings.weights;
    data.settings.weights.language = 0.0;
    const Compatibility zero(data);
    QCOMPARE(zero.score(0, 0), 0.0);
}

void TestMatching::preferencesNeutralUnlessOptedIn()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.useDemographics = false;
    e.mentorPreference = QStringLiteral("I would like a mentor who volunteers at a planetarium.");
    e.gender = QStringLiteral("Non-binary");
    MatchParticipant fits = mentor(QStringLiteral("M-1"));
    fits.offer = QStringLiteral("I volunteer at the planetarium every weekend.");
    fits.useDemographics = true;
    fits.gender = QStringLiteral("Non-binary");
    MatchParticipant other = mentor(QStringLiteral("M-2"));
    other.useDemographics = true;
    other.gender = QStringLiteral("Man");
    const MatchingData data = dataOf({e}, {fits, other});
    const Compatibility model(data);
    for (int j = 0; j < 2; ++j) {
        for (const bool chair : {false, true}) {
            const PairExplanation explained = model.explain(0, j, chair);
            const FactorScore &f = factorOf(explained, MatchFactor::Preferences);
            QCOMPARE(f.value, 0.5);
            QVERIFY2(f.explanation.contains(QStringLiteral("Not used")), qPrintable(f.explanation));
            const QString text = allText(explained);
            QVERIFY(!text.contains(QStringLiteral("planetarium")));
            QVERIFY(!text.contains(QStringLiteral("Non-binary")));
        }
    }
    // Same score either way: the mentee's answers did not count.
    QCOMPARE(model.score(0, 0), model.score(0, 1));
}

void TestMatching::preferencesUsedWhenOptedIn()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.useDemographics = true;
    e.mentorPreference = QStringLiteral("I would like a mentor who volunteers at a planetarium.");
    e.gender = QStringLiteral("Non-binary");
    e.bipoc = QStringLiteral("Prefer not to say");
    MatchParticipant fits = mentor(QStringLiteral("M-1"));
    fits.offer = QStringLiteral("I volunteer at the Planetarium every weekend.");
    fits.useDemographics = true;
    fits.gender = QStringLiteral("non-binary");
    fits.bipoc = QStringLiteral("Yes");
    MatchParticipant textOnly = mentor(QStringLiteral("M-2"));
    textOnly.statement = QStringLiteral("Planetariums are my passion.");
    textOnly.gender = QStringLiteral("Non-binary"); // not opted in: demographics not compared
    MatchParticipant neither = mentor(QStringLiteral("M-3"));
    neither.useDemographics = true;
    neither.gender = QStringLiteral("Man");
    const MatchingData data = only(MatchFactor::Preferences, dataOf({e}, {fits, textOnly, neither}));
    const Compatibility model(data);
    QCOMPARE(model.score(0, 0), 1.0); // keywords (volunteer, planetarium) 2/2, gender the same
    QCOMPARE(model.score(0, 1), 0.5); // "planetarium" of 2 keywords; no demographics
    QCOMPARE(model.score(0, 2), 0.0); // no keyword, gender differs
    QVERIFY(model.score(0, 0) > model.score(0, 2));
}

void TestMatching::confidentialValuesOnlyForTheChair()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.useDemographics = true;
    e.mentorPreference = QStringLiteral("I would like a mentor who volunteers at a planetarium.");
    e.gender = QStringLiteral("Genderqueer");
    e.bipoc = QStringLiteral("Yes");
    e.disability = QStringLiteral("Deaf");
    e.avoid = {QStringLiteral("Zed Quill (former supervisor)")};
    MatchParticipant m = mentor(QStringLiteral("M-1"));
    m.offer = QStringLiteral("I volunteer at the planetarium.");
    m.useDemographics = true;
    m.gender = QStringLiteral("Genderqueer");
    m.bipoc = QStringLiteral("Yes");
    m.disability = QStringLiteral("Deaf");
    MatchParticipant zed = mentor(QStringLiteral("M-2"));
    zed.name = QStringLiteral("Zed Quill");
    const MatchingData data = dataOf({e}, {m, zed});
    const Compatibility model(data);
    const QStringList secrets = {QStringLiteral("Genderqueer"), QStringLiteral("Deaf"),
                                 QStringLiteral("planetarium"), QStringLiteral("I would like"),
                                 QStringLiteral("Zed Quill"),   QStringLiteral("former supervisor")};
    for (int j = 0; j < 2; ++j) {
        const QString text = allText(model.explain(0, j, false)) + model.blockedReason(0, j);
        for (const QString &secret : secrets)
            QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(secret + QStringLiteral(": ") + text));
    }
    for (const Compatibility::Suggestion &s : model.suggestions(0, 5))
        for (const QString &secret : secrets)
            QVERIFY(!s.reason.contains(secret, Qt::CaseInsensitive));
    QVERIFY(
        factorOf(model.explain(0, 0, false), MatchFactor::Preferences).explanation.contains(QStringLiteral("100%")));

    const PairExplanation chair = model.explain(0, 0, true);
    const QString preferences = factorOf(chair, MatchFactor::Preferences).explanation;
    QVERIFY2(preferences.contains(QStringLiteral("planetarium")), qPrintable(preferences));
    QVERIFY(preferences.contains(QStringLiteral("Genderqueer")));
    const PairExplanation blocked = model.explain(0, 1, true);
    QVERIFY(blocked.blockedReason.contains(QStringLiteral("Zed Quill")));
    QVERIFY(blocked.blockedReason.contains(QStringLiteral("former supervisor")));
    QVERIFY(!model.explain(0, 1, false).blockedReason.isEmpty());
}

void TestMatching::blockedByAvoidLists()
{
    MatchParticipant byName = mentee(QStringLiteral("E-1"));
    byName.avoid = {QStringLiteral("My current supervisor, ZOE nunez")};
    MatchParticipant byEmail = mentee(QStringLiteral("E-2"));
    byEmail.avoid = {QStringLiteral("Ann.Lee@Example.org")};
    MatchParticipant free = mentee(QStringLiteral("E-3"));
    free.name = QStringLiteral("Pat Free");
    MatchParticipant zoe = mentor(QStringLiteral("M-1"));
    zoe.name = QStringLiteral("Zoë Núñez");
    MatchParticipant ann = mentor(QStringLiteral("M-2"));
    ann.email = QStringLiteral("ann.lee@example.org");
    MatchParticipant picky = mentor(QStringLiteral("M-3"));
    picky.avoid = {QStringLiteral("pat free")};
    MatchParticipant zoey = mentor(QStringLiteral("M-4"));
    zoey.name = QStringLiteral("Zoe Nunezz"); // a longer name is someone else
    const MatchingData data = dataOf({byName, byEmail, free}, {zoe, ann, picky, zoey});
    const Compatibility model(data);
    QVERIFY(model.isBlocked(0, 0));
    QVERIFY(!model.isBlocked(0, 1));
    QVERIFY(!model.isBlocked(0, 3));
    QVERIFY(model.isBlocked(1, 1));
    QVERIFY(!model.isBlocked(1, 0));
    QVERIFY(model.isBlocked(2, 2)); // the mentor's list names the mentee
    QVERIFY(!model.isBlocked(2, 0));
    QVERIFY(!model.blockedReason(0, 0).isEmpty());
    QVERIFY(model.blockedReason(0, 1).isEmpty());
    QVERIFY(model.explain(2, 2, true).blockedReason.contains(QStringLiteral("Person M-3")));
    const QList<matching::MentorPair> pairs = model.blockedPairs();
    QCOMPARE(pairs, (QList<matching::MentorPair>{{0, 0}, {1, 1}, {2, 2}}));
}

void TestMatching::blockedBySameLibrary()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.library = QStringLiteral("Dayton Metro Library");
    MatchParticipant same = mentor(QStringLiteral("M-1"));
    same.library = QStringLiteral("dayton metro");
    MatchParticipant other = mentor(QStringLiteral("M-2"));
    other.library = QStringLiteral("Springfield Public Library");
    MatchingData data = dataOf({e}, {same, other});
    {
        const Compatibility model(data);
        QVERIFY(model.isBlocked(0, 0));
        QVERIFY(!model.isBlocked(0, 1));
        QVERIFY(model.blockedReason(0, 0).contains(QStringLiteral("Dayton Metro")));
        QCOMPARE(model.blockedPairs(), (QList<matching::MentorPair>{{0, 0}}));
    }
    data.settings.forbidSameLibrary = false;
    const Compatibility model(data);
    QVERIFY(!model.isBlocked(0, 0));
    QVERIFY(model.blockedReason(0, 0).isEmpty());
    QVERIFY(model.blockedPairs().isEmpty());
}

void TestMatching::suggestionsSkipFullAndBlockedMentors()
{
    MatchParticipant e = mentee(QStringLiteral("E-1"));
    e.interests = {QStringLiteral("STEM"), QStringLiteral("Outreach")};
    MatchParticipant other = mentee(QStringLiteral("E-2"));
    const auto withInterests = [](const QString &code, const QStringList &interests) {
        MatchParticipant m = mentor(code);
        m.interests = interests;
        return m;
    };
    MatchParticipant full = withInterests(QStringLiteral("M-1"), {QStringLiteral("STEM"), QStringLiteral("Outreach")});
    MatchParticipant blocked =
        withInterests(QStringLiteral("M-2"), {QStringLiteral("STEM"), QStringLiteral("Outreach")});
    blocked.library = e.library;
    MatchParticipant best = withInterests(QStringLiteral("M-5"), {QStringLiteral("STEM"), QStringLiteral("Outreach")});
    MatchParticipant tieB = withInterests(QStringLiteral("M-4"), {QStringLiteral("STEM")});
    MatchParticipant tieA = withInterests(QStringLiteral("M-3"), {QStringLiteral("Outreach")});
    MatchParticipant poor = withInterests(QStringLiteral("M-6"), {QStringLiteral("Management")});
    MatchingData data = dataOf({e, other}, {full, blocked, best, tieB, tieA, poor});
    data.matches = {matchOf(data, 1, 0, QStringLiteral("draft"), false)}; // M-1's only place
    data.rebuildIndex();
    const Compatibility model(data);
    const QList<Compatibility::Suggestion> s = model.suggestions(0, 3);
    QCOMPARE(s.size(), 3);
    QCOMPARE(data.mentors.at(s.at(0).mentor).code, QStringLiteral("M-5"));
    QCOMPARE(data.mentors.at(s.at(1).mentor).code, QStringLiteral("M-3")); // ties by code
    QCOMPARE(data.mentors.at(s.at(2).mentor).code, QStringLiteral("M-4"));
    QCOMPARE(s.at(1).score, s.at(2).score);
    QVERIFY(s.at(0).score > s.at(1).score);
    QCOMPARE(s.at(0).score, model.score(0, s.at(0).mentor));
    QVERIFY(!s.at(0).reason.isEmpty());
    QVERIFY(!s.at(0).reason.contains(QLatin1Char('\n')));
    QVERIFY2(s.at(0).reason.contains(QStringLiteral("Practice area")), qPrintable(s.at(0).reason));
    const QList<Compatibility::Suggestion> all = model.suggestions(0, 100);
    QCOMPARE(all.size(), 4); // not M-1 (full), not M-2 (same library)
    for (int k = 1; k < all.size(); ++k)
        QVERIFY(all.at(k - 1).score >= all.at(k).score);
    QVERIFY(model.suggestions(0, 0).isEmpty());
}

void TestMatching::autoMatchKeepsLockedAndPublished()
{
    MatchingData data = pool(6, 4);
    for (MatchParticipant &m : data.mentors)
        m.capacity = 2;
    data.matches = {matchOf(data, 0, 1, QStringLiteral("draft"), true),      // locked draft: kept
                    matchOf(data, 1, 1, QStringLiteral("published"), false), // published: kept, M-0002 full now
                    matchOf(data, 2, 0, QStringLiteral("draft"), false),     // unlocked: free
                    matchOf(data, 3, 2, QStringLiteral("ended"), false)};    // ended: not matched again
    data.settings.forbidSameLibrary = false;
    data.rebuildIndex();
    const Compatibility model(data);
    auto proposal = AutoMatch::propose(data, model, AutoMatchMode::MostMatched);
    QVERIFY2(proposal, qPrintable(proposal.error()));
    const AutoMatchProposal &p = proposal.value();
    QCOMPARE(p.kept.size(), 2);
    QCOMPARE(p.kept.at(0).mentee, 0);
    QCOMPARE(p.kept.at(0).mentor, 1);
    QCOMPARE(p.kept.at(1).mentee, 1);
    QCOMPARE(p.kept.at(1).mentor, 1);
    QCOMPARE(p.kept.at(0).score, model.score(0, 1));
    QList<int> seen;
    for (const AutoMatchPair &pair : p.proposed) {
        QVERIFY(pair.mentor != 1); // full with the kept matches
        QVERIFY(pair.mentee >= 2);
        seen << pair.mentee;
    }
    for (const AutoMatchUnmatched &u : p.unmatched)
        seen << u.mentee;
    seen << 0 << 1;
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, (QList<int>{0, 1, 2, 3, 4, 5})); // each mentee once
    bool endedListed = false;
    for (const AutoMatchUnmatched &u : p.unmatched)
        if (u.mentee == 3)
            endedListed = u.reason.contains(QStringLiteral("ended"));
    QVERIFY(endedListed);
    QCOMPARE(p.matched(), int(p.kept.size() + p.proposed.size()));
    QVERIFY(p.summary().contains(QStringLiteral("of 6 mentee")));
}

void TestMatching::autoMatchRespectsCapacitiesAndBlocks()
{
    MatchingData data = pool(40, 12);
    const Compatibility model(data);
    for (const AutoMatchMode mode : {AutoMatchMode::BestScores, AutoMatchMode::MostMatched}) {
        auto proposal = AutoMatch::propose(data, model, mode);
        QVERIFY(proposal);
        QList<int> loads(data.mentors.size(), 0);
        for (const AutoMatchPair &pair : proposal->proposed) {
            QVERIFY(!model.isBlocked(pair.mentee, pair.mentor));
            QCOMPARE(pair.score, model.score(pair.mentee, pair.mentor));
            ++loads[pair.mentor];
        }
        int capacity = 0;
        for (int m = 0; m < data.mentors.size(); ++m) {
            QVERIFY(loads.at(m) <= data.mentors.at(m).capacity);
            capacity += data.mentors.at(m).capacity;
        }
        QVERIFY(proposal->matched() <= capacity);
        QCOMPARE(proposal->matched() + int(proposal->unmatched.size()), 40);
        for (const AutoMatchUnmatched &u : proposal->unmatched)
            QVERIFY(!u.reason.isEmpty());
    }
}

void TestMatching::autoMatchMinimumScoreLeavesMenteesUnmatched()
{
    MatchingData data = pool(10, 10);
    data.settings.forbidSameLibrary = false;
    const Compatibility model(data);
    auto none = AutoMatch::propose(data, model, AutoMatchMode::MostMatched, 0.99);
    QVERIFY(none);
    QCOMPARE(none->matched(), 0);
    QCOMPARE(none->unmatched.size(), 10);
    QVERIFY2(none->unmatched.first().reason.contains(QStringLiteral("below the minimum")),
             qPrintable(none->unmatched.first().reason));
    QVERIFY(none->summary().contains(QStringLiteral("10 stay unmatched")));

    auto all = AutoMatch::propose(data, model, AutoMatchMode::MostMatched, 0.0);
    QVERIFY(all);
    QCOMPARE(all->matched(), 10);
    // The cycle's setting is the default.
    data.settings.minimumScore = 0.99;
    const Compatibility strict(data);
    QCOMPARE(AutoMatch::propose(data, strict, AutoMatchMode::MostMatched)->matched(), 0);
    QVERIFY(!AutoMatch::propose(data, strict, AutoMatchMode::MostMatched, 1.5));
    // A model of other data is refused.
    const MatchingData copy = data;
    QVERIFY(!AutoMatch::propose(copy, model, AutoMatchMode::MostMatched));
}

void TestMatching::autoMatchMostMatchedMatchesAtLeastAsMany()
{
    // Practice area only: E-2 shares nothing with M-2, so BestScores gains nothing by matching them.
    MatchParticipant e1 = mentee(QStringLiteral("E-1"));
    e1.interests = {QStringLiteral("STEM")};
    MatchParticipant e2 = mentee(QStringLiteral("E-2"));
    e2.interests = {QStringLiteral("STEM")};
    MatchParticipant m1 = mentor(QStringLiteral("M-1"));
    m1.interests = {QStringLiteral("STEM")};
    MatchParticipant m2 = mentor(QStringLiteral("M-2"));
    m2.interests = {QStringLiteral("Management")};
    const MatchingData small = only(MatchFactor::PracticeArea, dataOf({e1, e2}, {m1, m2}));
    const Compatibility smallModel(small);
    const auto most = AutoMatch::propose(small, smallModel, AutoMatchMode::MostMatched);
    const auto best = AutoMatch::propose(small, smallModel, AutoMatchMode::BestScores);
    QVERIFY(most && best);
    QCOMPARE(most->matched(), 2);
    QVERIFY(best->matched() <= most->matched());
    QCOMPARE(best->meanScore() * best->matched(), 1.0);

    const MatchingData data = pool(60, 25);
    const Compatibility model(data);
    for (const double minimum : {0.0, 0.5, 0.6}) {
        const auto m = AutoMatch::propose(data, model, AutoMatchMode::MostMatched, minimum);
        const auto b = AutoMatch::propose(data, model, AutoMatchMode::BestScores, minimum);
        QVERIFY(m && b);
        QVERIFY(m->matched() >= b->matched());
        QVERIFY(b->meanScore() * b->matched() >= m->meanScore() * m->matched() - 1e-9);
    }
}

void TestMatching::autoMatchIsDeterministic()
{
    const MatchingData data = pool(50, 20);
    const Compatibility model(data);
    const auto first = AutoMatch::propose(data, model, AutoMatchMode::BestScores, 0.3);
    const MatchingData copy = data;
    const Compatibility again(copy);
    const auto second = AutoMatch::propose(copy, again, AutoMatchMode::BestScores, 0.3);
    QVERIFY(first && second);
    QCOMPARE(first->proposed.size(), second->proposed.size());
    for (int k = 0; k < first->proposed.size(); ++k) {
        QCOMPARE(first->proposed.at(k).mentee, second->proposed.at(k).mentee);
        QCOMPARE(first->proposed.at(k).mentor, second->proposed.at(k).mentor);
    }
    QCOMPARE(first->summary(), second->summary());
}

void TestMatching::autoMatchChangesReplaceUnlockedDrafts()
{
    MatchingData data = pool(5, 3);
    data.matches = {matchOf(data, 0, 0, QStringLiteral("draft"), false),
                    matchOf(data, 1, 1, QStringLiteral("draft"), true)};
    Match stranger; // a draft of a mentee who is not accepted stays
    stranger.id = newId();
    stranger.menteeApplicationId = newId();
    stranger.mentorApplicationId = data.mentors.at(2).applicationId;
    data.matches << stranger;
    data.rebuildIndex();
    const Compatibility model(data);
    const auto proposal = AutoMatch::propose(data, model, AutoMatchMode::MostMatched);
    QVERIFY(proposal);
    const AutoMatchChanges changes = AutoMatch::changes(data, proposal.value());
    QCOMPARE(changes.removed.size(), 1);
    QCOMPARE(changes.removed.first().id, data.matches.first().id);
    QCOMPARE(changes.added.size(), proposal->proposed.size());
    for (int k = 0; k < changes.added.size(); ++k) {
        const Match &m = changes.added.at(k);
        QVERIFY(!m.id.isEmpty());
        QCOMPARE(m.cycleId, data.cycleId);
        QCOMPARE(m.status, QStringLiteral("draft"));
        QCOMPARE(m.source, QStringLiteral("auto"));
        QVERIFY(!m.locked);
        QCOMPARE(m.menteeApplicationId, data.mentees.at(proposal->proposed.at(k).mentee).applicationId);
        QCOMPARE(m.score, std::optional<double>(proposal->proposed.at(k).score));
    }
}

void TestMatching::storeWritesAreVersionChecked()
{
    Program p;
    QVERIFY(p.create());
    const QString mentorA =
        p.add(p.cycle, QStringLiteral("mentor"), QStringLiteral("M-001"), QStringLiteral("accepted"));
    const QString mentorB =
        p.add(p.cycle, QStringLiteral("mentor"), QStringLiteral("M-002"), QStringLiteral("accepted"));
    const QString menteeA =
        p.add(p.cycle, QStringLiteral("mentee"), QStringLiteral("E-001"), QStringLiteral("accepted"));
    MatchingStore store(p.doc->database());
    Match m;
    m.id = newId();
    m.cycleId = p.cycle.id;
    m.mentorApplicationId = mentorA;
    m.menteeApplicationId = menteeA;
    m.score = 0.5;
    QVERIFY(store.insertMatch(m, kActor));
    auto found = store.findMatch(m.id);
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->version, 1);
    QCOMPARE(found.value()->status, QStringLiteral("draft"));
    QVERIFY(!store.findMatch(newId()).value());

    Match moved = *found.value();
    moved.mentorApplicationId = mentorB;
    moved.locked = true;
    moved.score = 0.9;
    auto version = store.updateMatch(moved, 1, kActor);
    QVERIFY2(version, qPrintable(version.error()));
    QCOMPARE(version.value(), 2);
    // A second writer who read version 1 is refused, in words, and nothing changes.
    Match stale = *found.value();
    stale.status = QStringLiteral("published");
    auto refused = store.updateMatch(stale, 1, QStringLiteral("other"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("M-002")) && refused.error().contains(QStringLiteral("E-001")) &&
                 refused.error().contains(kActor),
             qPrintable(refused.error()));
    found = store.findMatch(m.id);
    QCOMPARE(found.value()->mentorApplicationId, mentorB);
    QVERIFY(found.value()->locked);
    QCOMPARE(found.value()->score, std::optional<double>(0.9));
    QCOMPARE(found.value()->status, QStringLiteral("draft"));
    QCOMPARE(found.value()->version, 2);

    Match published = *found.value();
    published.status = QStringLiteral("published");
    published.publishedOn = QDate(2017, 4, 21);
    QCOMPARE(store.updateMatch(published, 2, kActor).value(), 3);
    QCOMPARE(store.findMatch(m.id).value()->publishedOn, QDate(2017, 4, 21));

    const Status staleRemove = store.removeMatch(m.id, 2);
    QVERIFY(!staleRemove);
    QVERIFY(staleRemove.error().contains(QStringLiteral("reload")));
    const Match before = *store.findMatch(m.id).value();
    QVERIFY(store.removeMatch(m.id, 3));
    QVERIFY(!store.findMatch(m.id).value());
    const Status gone = store.removeMatch(m.id, 3);
    QVERIFY(!gone);
    QVERIFY(gone.error().contains(QStringLiteral("no longer exists")));

    // Undo puts the row back as it was, version included.
    QVERIFY(store.restoreMatch(before, kActor));
    const Match restored = *store.findMatch(m.id).value();
    QCOMPARE(restored.version, 3);
    QCOMPARE(restored.status, QStringLiteral("published"));
    QCOMPARE(restored.mentorApplicationId, mentorB);
    QCOMPARE(restored.publishedOn, QDate(2017, 4, 21));
    QVERIFY(restored.locked);
    QCOMPARE(store.updateMatch(restored, 3, kActor).value(), 4);
}

void TestMatching::storeRefusesASecondMatchAndRemovingWorkedMatches()
{
    Program p;
    QVERIFY(p.create());
    const QString mentorA =
        p.add(p.cycle, QStringLiteral("mentor"), QStringLiteral("M-001"), QStringLiteral("accepted"));
    const QString menteeA =
        p.add(p.cycle, QStringLiteral("mentee"), QStringLiteral("E-001"), QStringLiteral("accepted"));
    MatchingStore store(p.doc->database());
    Match m;
    m.id = newId();
    m.cycleId = p.cycle.id;
    m.mentorApplicationId = mentorA;
    m.menteeApplicationId = menteeA;
    m.status = QStringLiteral("published");
    QVERIFY(store.insertMatch(m, kActor));
    Match second = m;
    second.id = newId();
    const Status refused = store.insertMatch(second, kActor);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("E-001 has a match already")), qPrintable(refused.error()));
    Match noId = m;
    noId.id.clear();
    QVERIFY(!store.insertMatch(noId, kActor));

    ContactEntry contact;
    contact.id = newId();
    contact.matchId = m.id;
    contact.contactOn = QDate(2017, 5, 1);
    contact.method = QStringLiteral("email");
    contact.initiatedBy = QStringLiteral("mentee");
    QVERIFY(MatchStore(p.doc->database()).insertContactEntry(contact, nowTimestamp(), kActor));
    const Status kept = store.removeMatch(m.id, 1);
    QVERIFY(!kept);
    QVERIFY2(kept.error().contains(QStringLiteral("end the match")), qPrintable(kept.error()));
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM contact_entries")), 1);
    QCOMPARE(p.count(QStringLiteral("SELECT COUNT(*) FROM matches")), 1);
}

QTEST_GUILESS_MAIN(TestMatching)
#include "tst_matching.moc"
