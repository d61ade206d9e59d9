#include "db/database.h"
#include "demo/demogenerator.h"
#include "domain/ids.h"
#include "intake/csv.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/timelinestore.h"
#include "timeline/contactimport.h"
#include "timeline/cycletemplate.h"
#include "timeline/engagement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace cohort;

namespace {
const QString kActor = QStringLiteral("tester");
const QString kOther = QStringLiteral("someone-else");
} // namespace

// TimelineStore on a demo program: the read model, the settings, every write and its version
// check, and the contact import's plan and apply.
class TestTimelineStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadReadsPublishedMatchesWithTheirWork();
    void loadRefusesAMissingCycle();
    void settingsRoundTrip();
    void phaseWritesAreVersionChecked();
    void cycleWrites();
    void contactWritesAreVersionChecked();
    void liaisonIsVersionChecked();
    void goalSheetsAndGoals();
    void attendance();

    void importPlansAndAppliesAGoodFile();
    void importRefusesBadFiles_data();
    void importRefusesBadFiles();
    void importIdenticalRowsOneToOne();

    void postgresReadsAndWritesTheSameWay();

private:
    int count(const QString &sql) const;
    QString value(const QString &sql) const;
    QByteArray contactRowsHash() const;
    CsvTable csv(const QByteArray &text) const;
    // The first published match of Spring 2017 (by mentee code) and its cycle's data.
    const TimelineMatch &firstMatch();

    QTemporaryDir m_dir;
    QString m_template;
    std::unique_ptr<Database> m_db;
    QString m_spring;
    QString m_fall;
    TimelineData m_data;
    int m_run = 0;
};

void TestTimelineStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.cohort"));
    DemoOptions options;
    options.seed = 7;
    options.applicants = 240;
    QVERIFY(DemoGenerator::createFile(m_template, options));
}

void TestTimelineStore::init()
{
    const QString path = m_dir.filePath(QStringLiteral("program-%1.cohort").arg(++m_run));
    QVERIFY(QFile::copy(m_template, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Database::openFile(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    m_db = std::move(opened).value();
    auto cycles = CycleStore(*m_db).list();
    QVERIFY(cycles);
    for (const Cycle &c : cycles.value()) {
        if (c.name == QLatin1String("Spring 2017"))
            m_spring = c.id;
        else if (c.name == QLatin1String("Fall 2017"))
            m_fall = c.id;
    }
    QVERIFY(!m_spring.isEmpty() && !m_fall.isEmpty());
    auto loaded = TimelineStore(*m_db).load(m_spring);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    m_data = std::move(loaded).value();
    QVERIFY(m_data.matches.size() >= 5);
}

void TestTimelineStore::cleanup()
{
    m_db.reset();
}

int TestTimelineStore::count(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

QString TestTimelineStore::value(const QString &sql) const
{
    QSqlQuery query(m_db->connection());
    return query.exec(sql) && query.next() ? query.value(0).toString() : QStringLiteral("<none>");
}

QByteArray TestTimelineStore::contactRowsHash() const
{
    QSqlQuery query(m_db->connection());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!query.exec(QStringLiteral("SELECT id, match_id, contact_on, method, initiated_by, note, version, created_at, "
                                   "updated_at, updated_by FROM contact_entries ORDER BY id")))
        return {};
    while (query.next()) {
        for (int i = 0; i < 10; ++i)
            hash.addData(QByteArray(query.value(i).toString().toUtf8() + '|'));
        hash.addData("\n");
    }
    return hash.result().toHex();
}

CsvTable TestTimelineStore::csv(const QByteArray &text) const
{
    auto table = Csv::parse(text);
    if (!table)
        qWarning("%s", qPrintable(table.error()));
    return table ? table.value() : CsvTable();
}

const TimelineMatch &TestTimelineStore::firstMatch()
{
    return m_data.matches.first();
}

void TestTimelineStore::loadReadsPublishedMatchesWithTheirWork()
{
    const TimelineData &data = m_data;
    QCOMPARE(data.cycle.id, m_spring);
    QCOMPARE(data.cycle.name, QStringLiteral("Spring 2017"));
    QCOMPARE(data.cycle.phases.size(), 7);
    for (int i = 1; i < data.cycle.phases.size(); ++i)
        QVERIFY(data.cycle.phases.at(i - 1).sortOrder <= data.cycle.phases.at(i).sortOrder);
    QCOMPARE(data.cycle.phases.first().kind, QStringLiteral("applications"));

    // The demo keeps the cadence settings at program scope and the orientation per cycle.
    QCOMPARE(data.settings.contactsPerMonth, 2);
    QCOMPARE(data.settings.quietDays, 21);
    QCOMPARE(data.settings.goalSheetDueDays, 30);
    QCOMPARE(data.settings.orientationDates, QList<QDate>{QDate(2017, 5, 18)});

    // Every published or ended match of the cycle, by mentee code; no drafts.
    QCOMPARE(int(data.matches.size()),
             count(QStringLiteral("SELECT COUNT(*) FROM matches WHERE cycle_id = '%1' AND status IN ('published', "
                                  "'ended')")
                       .arg(m_spring)));
    for (int i = 1; i < data.matches.size(); ++i)
        QVERIFY(data.matches.at(i - 1).menteeCode < data.matches.at(i).menteeCode);
    int contacts = 0;
    for (const TimelineMatch &t : data.matches) {
        QCOMPARE(t.match.cycleId, m_spring);
        QCOMPARE(t.match.status, QStringLiteral("published"));
        QVERIFY(t.match.publishedOn.isValid());
        QCOMPARE(
            t.mentorCode,
            value(QStringLiteral("SELECT code FROM applications WHERE id = '%1'").arg(t.match.mentorApplicationId)));
        QCOMPARE(
            t.menteeCode,
            value(QStringLiteral("SELECT code FROM applications WHERE id = '%1'").arg(t.match.menteeApplicationId)));
        QVERIFY(!t.mentorName.trimmed().isEmpty());
        QVERIFY(!t.menteeName.trimmed().isEmpty());
        QCOMPARE(t.liaisonName.isEmpty(), t.match.liaisonReviewerId.isEmpty());
        QCOMPARE(int(t.contacts.size()),
                 count(QStringLiteral("SELECT COUNT(*) FROM contact_entries WHERE match_id = '%1'").arg(t.match.id)));
        for (int k = 0; k < t.contacts.size(); ++k) {
            QCOMPARE(t.contacts.at(k).matchId, t.match.id);
            QVERIFY(!t.contacts.at(k).id.isEmpty());
            QVERIFY(!t.contacts.at(k).method.isEmpty());
            if (k > 0)
                QVERIFY(t.contacts.at(k - 1).contactOn <= t.contacts.at(k).contactOn);
        }
        contacts += int(t.contacts.size());
        QVERIFY(t.goalSheet);
        QCOMPARE(t.goalSheet->matchId, t.match.id);
        QCOMPARE(t.goalSheet->dueOn, t.match.publishedOn.addDays(30));
        QCOMPARE(int(t.goals.size()),
                 count(QStringLiteral("SELECT COUNT(*) FROM goals WHERE goal_sheet_id = '%1'").arg(t.goalSheet->id)));
        for (int k = 1; k < t.goals.size(); ++k)
            QVERIFY(t.goals.at(k - 1).sortOrder <= t.goals.at(k).sortOrder);
        QCOMPARE(int(t.menteeAttendance.size()),
                 count(QStringLiteral("SELECT COUNT(*) FROM orientation_attendance WHERE application_id = '%1'")
                           .arg(t.match.menteeApplicationId)));
        QCOMPARE(int(t.mentorAttendance.size()),
                 count(QStringLiteral("SELECT COUNT(*) FROM orientation_attendance WHERE application_id = '%1'")
                           .arg(t.match.mentorApplicationId)));
    }
    QVERIFY(contacts > 50);
    QCOMPARE(int(data.applicationDates.size()),
             count(QStringLiteral("SELECT COUNT(*) FROM applications WHERE cycle_id = '%1'").arg(m_spring)));
    QVERIFY(std::is_sorted(data.applicationDates.cbegin(), data.applicationDates.cend()));
    QVERIFY(data.applicationDates.first() >= QDate(2016, 12, 1));

    // The demo's Fall 2017 has only drafts: its timeline has no matches.
    auto fall = TimelineStore(*m_db).load(m_fall);
    QVERIFY(fall);
    QVERIFY(fall->matches.isEmpty());
    QCOMPARE(fall->cycle.name, QStringLiteral("Fall 2017"));

    // The demo's matches are evaluated as the demo's day sees them.
    const QList<MatchEngagement> engagement = Engagement::evaluate(data, QDate(2017, 10, 13));
    const EngagementCounts counts = Engagement::counts(engagement);
    QCOMPARE(counts.total(), int(data.matches.size()));
    QVERIFY(counts.onTrack > 0);
    QVERIFY(counts.quiet > 0);
}

void TestTimelineStore::loadRefusesAMissingCycle()
{
    auto missing = TimelineStore(*m_db).load(newId());
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(QStringLiteral("no longer exists")), qPrintable(missing.error()));
    QVERIFY(!TimelineStore(*m_db).loadSettings(newId()));
}

void TestTimelineStore::settingsRoundTrip()
{
    TimelineStore store(*m_db);
    CadenceSettings s;
    s.contactsPerMonth = 3;
    s.quietDays = 14;
    s.goalSheetDueDays = 45;
    s.orientationDates = {QDate(2017, 6, 1), QDate(2017, 5, 18), QDate(2017, 6, 1)};
    QVERIFY(store.saveSettings(m_spring, s, kActor));
    auto loaded = store.loadSettings(m_spring);
    QVERIFY(loaded);
    CadenceSettings expected = s;
    expected.orientationDates = {QDate(2017, 5, 18), QDate(2017, 6, 1)};
    QCOMPARE(loaded.value(), expected);
    QCOMPARE(
        value(
            QStringLiteral("SELECT value FROM settings WHERE scope = '%1' AND key = 'orientation_date'").arg(m_spring)),
        QStringLiteral("2017-05-18; 2017-06-01"));
    // The other cycle still reads the program's values.
    auto fall = store.loadSettings(m_fall);
    QVERIFY(fall);
    QCOMPARE(fall->contactsPerMonth, 2);
    QCOMPARE(fall->orientationDates, QList<QDate>{QDate(2017, 12, 7)});

    // Refused in words, nothing written.
    for (const auto &[edit, words] : std::initializer_list<std::pair<std::function<void(CadenceSettings &)>, QString>>{
             {[](CadenceSettings &c) { c.contactsPerMonth = 40; }, QStringLiteral("0 to 31")},
             {[](CadenceSettings &c) { c.quietDays = 0; }, QStringLiteral("1 to 365")},
             {[](CadenceSettings &c) { c.goalSheetDueDays = -1; }, QStringLiteral("0 to 365")},
             {[](CadenceSettings &c) { c.orientationDates.append(QDate()); }, QStringLiteral("not a valid date")}}) {
        CadenceSettings bad = s;
        edit(bad);
        const Status refused = store.saveSettings(m_spring, bad, kActor);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(words), qPrintable(refused.error()));
    }
    QCOMPARE(store.loadSettings(m_spring).value(), expected);
    QVERIFY(!store.saveSettings(newId(), s, kActor));

    // An unreadable value at the cycle's scope falls back to the program's, then the default.
    QVERIFY(ProgramStore(*m_db).setSetting(m_spring, QStringLiteral("quiet_days"), QStringLiteral("soon"), kActor));
    QVERIFY(
        ProgramStore(*m_db).setSetting(m_spring, QStringLiteral("contact_per_month"), QStringLiteral("99"), kActor));
    QVERIFY(ProgramStore(*m_db).setSetting({}, QStringLiteral("contact_per_month"), QStringLiteral("x"), kActor));
    loaded = store.loadSettings(m_spring);
    QCOMPARE(loaded->quietDays, 21);
    QCOMPARE(loaded->contactsPerMonth, 2);
    QCOMPARE(loaded->goalSheetDueDays, 45);
}

void TestTimelineStore::phaseWritesAreVersionChecked()
{
    TimelineStore store(*m_db);
    Phase phase;
    phase.id = newId();
    phase.cycleId = m_spring;
    phase.name = QStringLiteral("Second orientation");
    phase.kind = QStringLiteral("orientation");
    phase.startsOn = QDate(2017, 6, 1);
    phase.endsOn = QDate(2017, 6, 1);
    phase.sortOrder = 9;
    QVERIFY(store.insertPhase(phase, kActor));
    QCOMPARE(store.findPhase(phase.id).value()->version, 1);
    QVERIFY(!store.findPhase(newId()).value());

    Phase moved = phase;
    moved.startsOn = moved.endsOn = QDate(2017, 6, 8);
    moved.deadline = QDate(2017, 6, 8);
    QCOMPARE(store.updatePhase(moved, 1, kActor).value(), 2);
    auto stale = store.updatePhase(phase, 1, kOther);
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("Second orientation")) && stale.error().contains(kActor) &&
                 stale.error().contains(QStringLiteral("reload")),
             qPrintable(stale.error()));
    QCOMPARE(store.findPhase(phase.id).value()->startsOn, QDate(2017, 6, 8));

    // Refusals in words.
    Phase backwards = moved;
    backwards.endsOn = QDate(2017, 5, 1);
    auto refused = store.updatePhase(backwards, 2, kActor);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("before it starts")), qPrintable(refused.error()));
    Phase late = moved;
    late.deadline = QDate(2017, 7, 1);
    QVERIFY(store.updatePhase(late, 2, kActor).error().contains(QStringLiteral("outside the phase")));
    Phase nameless = phase;
    nameless.id = newId();
    nameless.name = QStringLiteral(" ");
    QVERIFY(store.insertPhase(nameless, kActor).error().contains(QStringLiteral("no name")));
    Phase orphan = phase;
    orphan.id = newId();
    orphan.cycleId = newId();
    QVERIFY(store.insertPhase(orphan, kActor).error().contains(QStringLiteral("no longer exists")));

    const Status staleRemove = store.removePhase(phase.id, 1);
    QVERIFY(!staleRemove);
    QVERIFY(staleRemove.error().contains(QStringLiteral("since you read it")));
    const Phase before = *store.findPhase(phase.id).value();
    QVERIFY(store.removePhase(phase.id, 2));
    QVERIFY(!store.findPhase(phase.id).value());
    const Status gone = store.removePhase(phase.id, 2);
    QVERIFY(!gone);
    QVERIFY(gone.error().contains(QStringLiteral("no longer exists")));
    QVERIFY(store.restorePhase(before, kActor));
    QCOMPARE(store.findPhase(phase.id).value()->version, 2);
    QCOMPARE(store.findPhase(phase.id).value()->deadline, QDate(2017, 6, 8));
    QCOMPARE(store.updatePhase(before, 2, kActor).value(), 3);
}

void TestTimelineStore::cycleWrites()
{
    TimelineStore store(*m_db);
    const Cycle cycle = CycleTemplate::make(QStringLiteral("spring"), 2027);
    QVERIFY(store.insertCycle(cycle, kActor));
    auto loaded = store.load(cycle.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->cycle.name, QStringLiteral("Spring 2027"));
    QCOMPARE(loaded->cycle.phases.size(), cycle.phases.size());
    QCOMPARE(loaded->cycle.phases.first().deadline, QDate(2027, 2, 24));
    QVERIFY(loaded->matches.isEmpty());
    QVERIFY(loaded->applicationDates.isEmpty());

    Cycle twin = CycleTemplate::make(QStringLiteral("spring"), 2027);
    QVERIFY(store.insertCycle(twin, kActor).error().contains(QStringLiteral("already")));
    twin.name = QStringLiteral("Spring 2027 again");
    twin.phases[0].endsOn = QDate(2026, 1, 1);
    QVERIFY(store.insertCycle(twin, kActor).error().contains(QStringLiteral("before it starts")));
    twin = CycleTemplate::make(QStringLiteral("fall"), 2027);
    twin.season = QStringLiteral("winter");
    QVERIFY(store.insertCycle(twin, kActor).error().contains(QStringLiteral("not a season")));

    // Removal: version-checked, refused while the cycle has applications.
    QVERIFY(store.removeCycle(cycle.id, 2).error().contains(QStringLiteral("since you read it")));
    const Status withApplications = store.removeCycle(m_spring, 1);
    QVERIFY(!withApplications);
    QVERIFY2(withApplications.error().contains(QStringLiteral("Spring 2017")) &&
                 withApplications.error().contains(QStringLiteral("application")),
             qPrintable(withApplications.error()));
    QVERIFY(store.removeCycle(cycle.id, 1));
    QVERIFY(!store.load(cycle.id));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM phases WHERE cycle_id = '%1'").arg(cycle.id)), 0);
    QVERIFY(store.removeCycle(cycle.id, 1).error().contains(QStringLiteral("no longer exists")));
    Cycle restored = cycle;
    restored.version = 1;
    QVERIFY(store.restoreCycle(restored, kActor));
    QCOMPARE(store.load(cycle.id)->cycle.phases.size(), cycle.phases.size());
}

void TestTimelineStore::contactWritesAreVersionChecked()
{
    TimelineStore store(*m_db);
    const TimelineMatch &t = firstMatch();
    ContactEntry c;
    c.id = newId();
    c.matchId = t.match.id;
    c.contactOn = QDate(2017, 10, 1);
    c.method = QStringLiteral("in_person");
    c.initiatedBy = QStringLiteral("liaison");
    c.note = QStringLiteral("Coffee at the state conference.");
    QVERIFY(store.insertContact(c, kActor));
    QCOMPARE(store.findContact(c.id).value()->note, c.note);
    QCOMPARE(store.findContact(c.id).value()->version, 1);

    // Refusals in words.
    ContactEntry bad = c;
    bad.id = newId();
    bad.method = QStringLiteral("carrier pigeon");
    QVERIFY2(store.insertContact(bad, kActor).error().contains(QStringLiteral("not a contact method")),
             qPrintable(store.insertContact(bad, kActor).error()));
    bad.method = QStringLiteral("email");
    bad.initiatedBy = QStringLiteral("chair");
    QVERIFY(store.insertContact(bad, kActor).error().contains(QStringLiteral("mentor, mentee or liaison")));
    bad.initiatedBy = QStringLiteral("mentee");
    bad.contactOn = QDate();
    QVERIFY(store.insertContact(bad, kActor).error().contains(QStringLiteral("needs a date")));
    bad.contactOn = QDate(2017, 10, 2);
    bad.matchId = newId();
    QVERIFY(store.insertContact(bad, kActor).error().contains(QStringLiteral("no longer exists")));
    bad.matchId = value(QStringLiteral("SELECT id FROM matches WHERE status = 'draft' LIMIT 1"));
    QVERIFY2(store.insertContact(bad, kActor).error().contains(QStringLiteral("draft")),
             qPrintable(store.insertContact(bad, kActor).error()));

    ContactEntry edited = c;
    edited.method = QStringLiteral("video");
    edited.note = QString();
    QCOMPARE(store.updateContact(edited, 1, kActor).value(), 2);
    auto stale = store.updateContact(c, 1, kOther);
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(t.menteeCode) && stale.error().contains(kActor), qPrintable(stale.error()));
    QCOMPARE(store.findContact(c.id).value()->method, QStringLiteral("video"));

    QVERIFY(store.removeContact(c.id, 1).error().contains(QStringLiteral("since you read it")));
    const ContactEntry before = *store.findContact(c.id).value();
    QVERIFY(store.removeContact(c.id, 2));
    QVERIFY(!store.findContact(c.id).value());
    QVERIFY(store.removeContact(c.id, 2).error().contains(QStringLiteral("no longer exists")));
    QVERIFY(store.restoreContact(before, kActor));
    const ContactEntry restored = *store.findContact(c.id).value();
    QCOMPARE(restored.version, 2);
    QCOMPARE(restored.method, QStringLiteral("video"));
    QCOMPARE(restored.contactOn, QDate(2017, 10, 1));

    // The read model sees it, by date.
    const TimelineData data = store.load(m_spring).value();
    const TimelineMatch &again = data.matches.at(data.matchIndex(t.match.id));
    QCOMPARE(again.contacts.size(), t.contacts.size() + 1);
    QVERIFY(std::any_of(again.contacts.cbegin(), again.contacts.cend(),
                        [&c](const ContactEntry &e) { return e.id == c.id; }));
}

void TestTimelineStore::liaisonIsVersionChecked()
{
    TimelineStore store(*m_db);
    const TimelineMatch &t = firstMatch();
    const QString reviewer = value(QStringLiteral("SELECT id FROM reviewers ORDER BY name LIMIT 1"));
    const QString name = value(QStringLiteral("SELECT name FROM reviewers WHERE id = '%1'").arg(reviewer));
    auto version = store.setLiaison(t.match.id, reviewer, t.match.version, kActor);
    QVERIFY2(version, version ? "" : qPrintable(version.error()));
    QCOMPARE(version.value(), t.match.version + 1);
    QCOMPARE(store.load(m_spring)->matches.first().liaisonName, name);
    auto stale = store.setLiaison(t.match.id, QString(), t.match.version, kOther);
    QVERIFY(!stale);
    QVERIFY2(stale.error().startsWith(QStringLiteral("The match of")) && stale.error().contains(kActor),
             qPrintable(stale.error()));
    QVERIFY(
        store.setLiaison(t.match.id, newId(), version.value(), kActor).error().contains(QStringLiteral("reviewer")));
    QCOMPARE(store.setLiaison(t.match.id, QString(), version.value(), kActor).value(), version.value() + 1);
    QVERIFY(store.load(m_spring)->matches.first().liaisonName.isEmpty());
    QCOMPARE(value(QStringLiteral("SELECT COALESCE(liaison_reviewer_id, 'null') FROM matches WHERE id = '%1'")
                       .arg(t.match.id)),
             QStringLiteral("null"));
}

void TestTimelineStore::goalSheetsAndGoals()
{
    TimelineStore store(*m_db);
    const TimelineMatch &t = firstMatch();
    QVERIFY(t.goalSheet);
    GoalSheet sheet = *store.findGoalSheet(t.match.id).value();
    QCOMPARE(sheet.id, t.goalSheet->id);

    GoalSheet submitted = sheet;
    submitted.submittedOn = QDate(2017, 5, 30);
    QCOMPARE(store.updateGoalSheet(submitted, sheet.version, kActor).value(), sheet.version + 1);
    auto stale = store.updateGoalSheet(sheet, sheet.version, kOther);
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("goal sheet")) && stale.error().contains(kActor),
             qPrintable(stale.error()));
    sheet = *store.findGoalSheet(t.match.id).value();
    QCOMPARE(sheet.submittedOn, QDate(2017, 5, 30));

    GoalSheet second = sheet;
    second.id = newId();
    QVERIFY(store.insertGoalSheet(second, kActor).error().contains(QStringLiteral("exists already")));

    // Goals: up to the program's max_goals (3 in the demo).
    QList<Goal> goals = t.goals;
    while (goals.size() < 3) {
        Goal g;
        g.id = newId();
        g.goalSheetId = sheet.id;
        g.objective = 4;
        g.title = QStringLiteral("Plan a STEM storytime series");
        g.sortOrder = int(goals.size());
        QVERIFY(store.insertGoal(g, kActor));
        goals.append(g);
    }
    Goal fourth;
    fourth.id = newId();
    fourth.goalSheetId = sheet.id;
    fourth.objective = 2;
    fourth.title = QStringLiteral("One too many");
    const Status full = store.insertGoal(fourth, kActor);
    QVERIFY(!full);
    QVERIFY2(full.error().contains(QStringLiteral("as many as a sheet may hold")), qPrintable(full.error()));
    fourth.objective = 8;
    QVERIFY(store.insertGoal(fourth, kActor).error().contains(QStringLiteral("1 to 7")));
    fourth.objective = 1;
    fourth.title.clear();
    QVERIFY(store.insertGoal(fourth, kActor).error().contains(QStringLiteral("title")));

    Goal edited = goals.first();
    edited.title = QStringLiteral("Lead a mock Caldecott election");
    edited.measurable = QStringLiteral("30 children vote");
    QCOMPARE(store.updateGoal(edited, goals.first().version, kActor).value(), goals.first().version + 1);
    auto staleGoal = store.updateGoal(goals.first(), goals.first().version, kOther);
    QVERIFY(!staleGoal);
    QVERIFY2(staleGoal.error().contains(kActor), qPrintable(staleGoal.error()));

    // The sheet cannot go while it has goals; the goals go (and come back) one by one.
    const Status kept = store.removeGoalSheet(sheet.id, sheet.version);
    QVERIFY(!kept);
    QVERIFY2(kept.error().contains(QStringLiteral("remove them first")), qPrintable(kept.error()));
    const QList<Goal> stored = store.load(m_spring)->matches.first().goals;
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.first().title, QStringLiteral("Lead a mock Caldecott election"));
    QVERIFY(store.removeGoal(stored.first().id, stored.first().version - 1).error().contains(QStringLiteral("since")));
    for (const Goal &g : stored)
        QVERIFY(store.removeGoal(g.id, g.version));
    QVERIFY(store.removeGoal(stored.first().id, stored.first().version).error().contains(QStringLiteral("no longer")));
    QVERIFY(store.removeGoalSheet(sheet.id, sheet.version - 1).error().contains(QStringLiteral("since you read it")));
    QVERIFY(store.removeGoalSheet(sheet.id, sheet.version));
    QVERIFY(!store.findGoalSheet(t.match.id).value());
    QVERIFY(store.restoreGoalSheet(sheet, kActor));
    for (const Goal &g : stored)
        QVERIFY(store.restoreGoal(g, kActor));
    const TimelineMatch back = store.load(m_spring)->matches.first();
    QCOMPARE(back.goalSheet->version, sheet.version);
    QCOMPARE(back.goalSheet->submittedOn, QDate(2017, 5, 30));
    QCOMPARE(back.goals.size(), 3);
    QCOMPARE(back.goals.first().measurable, QStringLiteral("30 children vote"));

    // A sheet for a match that is gone.
    GoalSheet fresh;
    fresh.id = newId();
    fresh.matchId = newId();
    fresh.dueOn = QDate(2017, 6, 1);
    QVERIFY(store.insertGoalSheet(fresh, kActor).error().contains(QStringLiteral("no longer exists")));
}

void TestTimelineStore::attendance()
{
    TimelineStore store(*m_db);
    const TimelineMatch &t = firstMatch();
    const QDate session(2017, 6, 15);
    QVERIFY(!store.findAttendance(t.match.menteeApplicationId, session).value());
    QCOMPARE(store.setAttendance(t.match.menteeApplicationId, session, true, kActor).value(), 1);
    QCOMPARE(store.setAttendance(t.match.menteeApplicationId, session, true, kActor).value(), 1); // no change
    QCOMPARE(store.setAttendance(t.match.menteeApplicationId, session, false, kActor).value(), 2);
    const OrientationAttendance a = *store.findAttendance(t.match.menteeApplicationId, session).value();
    QVERIFY(!a.attended);
    QCOMPARE(a.sessionOn, session);
    const TimelineMatch loaded = store.load(m_spring)->matches.first();
    QCOMPARE(loaded.menteeAttendance.constLast().sessionOn, session);
    QVERIFY(store.setAttendance(newId(), session, true, kActor).error().contains(QStringLiteral("no longer exists")));
    QVERIFY(!store.setAttendance(t.match.menteeApplicationId, QDate(), true, kActor));
    QVERIFY(store.removeAttendance(t.match.menteeApplicationId, session));
    QVERIFY(!store.findAttendance(t.match.menteeApplicationId, session).value());
}

void TestTimelineStore::importPlansAndAppliesAGoodFile()
{
    const TimelineMatch &a = m_data.matches.at(0);
    const TimelineMatch &b = m_data.matches.at(1);
    const ContactEntry &existing = a.contacts.first();
    // A stored contact (already there), new ones by mentee code and by match id, a US date,
    // method words and a mentor check.
    const QByteArray file =
        QStringLiteral("Mentee,Mentor,Date,Method,Initiated By,Note\n"
                       "%1,%2,%3,%4,%5,\"%6\"\n"
                       "%1,,10/2/2017,In person,mentee,Met at the library\n"
                       "%7,%8,2017-10-03,Skype,MENTOR,\n")
            .arg(a.menteeCode, a.mentorCode, existing.contactOn.toString(Qt::ISODate), existing.method,
                 existing.initiatedBy, QString(existing.note).replace(QStringLiteral("\""), QStringLiteral("\"\"")),
                 b.menteeCode.toLower(), b.mentorCode)
            .toUtf8();
    const CsvTable table = csv(file);
    auto plan = ContactImport::plan(*m_db, table, QString(), QDate(2017, 10, 13));
    QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
    QVERIFY2(plan->ok(),
             plan->problems.isEmpty() ? "" : qPrintable(ContactImport::problemText(plan->problems.first())));
    QCOMPARE(plan->rows, 3);
    QCOMPARE(plan->alreadyThere, 1);
    QCOMPARE(plan->added.size(), 2);
    QCOMPARE(plan->addedLines, (QList<int>{3, 4}));
    QCOMPARE(plan->added.at(0).matchId, a.match.id);
    QCOMPARE(plan->added.at(0).contactOn, QDate(2017, 10, 2));
    QCOMPARE(plan->added.at(0).method, QStringLiteral("in_person"));
    QCOMPARE(plan->added.at(1).matchId, b.match.id);
    QCOMPARE(plan->added.at(1).method, QStringLiteral("video"));
    QCOMPARE(plan->added.at(1).initiatedBy, QStringLiteral("mentor"));

    // Planning writes nothing; applying writes the two and an audit entry.
    const QByteArray before = contactRowsHash();
    const int audits = ProgramStore(*m_db).auditCount().value();
    QCOMPARE(contactRowsHash(), before);
    plan->sourceName = QStringLiteral("contacts.csv");
    QVERIFY(ContactImport::apply(*m_db, plan.value(), kActor));
    QVERIFY(contactRowsHash() != before);
    QCOMPARE(ProgramStore(*m_db).auditCount().value(), audits + 1);
    QVERIFY(value(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'contacts.import'"))
                .contains(QStringLiteral("contacts.csv")));
    const TimelineData after = TimelineStore(*m_db).load(m_spring).value();
    QCOMPARE(after.matches.at(0).contacts.size(), a.contacts.size() + 1);
    QCOMPARE(after.matches.at(1).contacts.size(), b.contacts.size() + 1);

    // The same file again: everything is already there, and nothing is written.
    const QByteArray imported = contactRowsHash();
    auto again = ContactImport::plan(*m_db, table, m_spring, QDate(2017, 10, 13));
    QVERIFY(again && again->ok());
    QCOMPARE(again->added.size(), 0);
    QCOMPARE(again->alreadyThere, 3);
    QVERIFY(ContactImport::apply(*m_db, again.value(), kActor));
    QCOMPARE(contactRowsHash(), imported);
    QCOMPARE(ProgramStore(*m_db).auditCount().value(), audits + 1);
}

void TestTimelineStore::importRefusesBadFiles_data()
{
    QTest::addColumn<QString>("rows"); // %E: a mentee code, %M: its mentor's code, %I: its match id
    QTest::addColumn<QString>("header");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    const QString header = QStringLiteral("mentee,mentor,date,method,initiated_by,note");
    const QString good = QStringLiteral("%E,%M,2017-10-02,email,mentee,ok\n");
    QTest::newRow("unknown mentee") << good + QStringLiteral("E-999,,2017-10-02,email,mentee,\n") << header << 3
                                    << QStringLiteral("mentee") << QStringLiteral("no published or ended match");
    QTest::newRow("missing mentee") << good + QStringLiteral(",,2017-10-02,email,mentee,\n") << header << 3
                                    << QStringLiteral("mentee") << QStringLiteral("missing");
    QTest::newRow("wrong mentor") << good + QStringLiteral("%E,M-000,2017-10-02,email,mentee,\n") << header << 3
                                  << QStringLiteral("mentor") << QStringLiteral(", not M-000");
    QTest::newRow("bad date") << good + QStringLiteral("%E,,13.10.2017,email,mentee,\n") << header << 3
                              << QStringLiteral("date") << QStringLiteral("is not a date");
    QTest::newRow("impossible date") << good + QStringLiteral("%E,,2017-02-30,email,mentee,\n") << header << 3
                                     << QStringLiteral("date") << QStringLiteral("is not a date");
    QTest::newRow("missing date") << good + QStringLiteral("%E,,,email,mentee,\n") << header << 3
                                  << QStringLiteral("date") << QStringLiteral("missing");
    QTest::newRow("future date") << good + QStringLiteral("%E,,2017-10-14,email,mentee,\n") << header << 3
                                 << QStringLiteral("date") << QStringLiteral("in the future");
    QTest::newRow("before the match") << good + QStringLiteral("%E,,2017-01-02,email,mentee,\n") << header << 3
                                      << QStringLiteral("date") << QStringLiteral("before the match started");
    QTest::newRow("bad method") << good + QStringLiteral("%E,,2017-10-02,fax,mentee,\n") << header << 3
                                << QStringLiteral("method") << QStringLiteral("not a contact method");
    QTest::newRow("bad initiator") << good + QStringLiteral("%E,,2017-10-02,email,chair,\n") << header << 3
                                   << QStringLiteral("initiated_by") << QStringLiteral("not mentor, mentee or liaison");
    QTest::newRow("unknown match id") << QStringLiteral(
                                             "%I,2017-10-02,email,mentee\nnot-an-id,2017-10-02,email,mentee\n")
                                      << QStringLiteral("match,date,method,initiated_by") << 3
                                      << QStringLiteral("match")
                                      << QStringLiteral("no published or ended match has the id");
    QTest::newRow("match and mentee disagree") << QStringLiteral("%I,E-999,2017-10-02,email,mentee\n")
                                               << QStringLiteral("match,mentee,date,method,initiated_by") << 2
                                               << QStringLiteral("mentee") << QStringLiteral("not of E-999");
    QTest::newRow("no mentee column") << QStringLiteral("2017-10-02,email,mentee\n")
                                      << QStringLiteral("date,method,initiated_by") << 1 << QString()
                                      << QStringLiteral("no “mentee” or “match” column");
    QTest::newRow("no method column") << QStringLiteral("%E,2017-10-02,mentee\n")
                                      << QStringLiteral("mentee,date,initiated_by") << 1 << QString()
                                      << QStringLiteral("no “method” column");
    QTest::newRow("a later line, after a blank one")
        << good + QStringLiteral("\n%E,,2017-10-02,email,mentee,\n%E,,2017-10-02,letter,mentee,\n") << header << 5
        << QStringLiteral("method") << QStringLiteral("“letter”");
}

void TestTimelineStore::importRefusesBadFiles()
{
    QFETCH(QString, rows);
    QFETCH(QString, header);
    QFETCH(int, line);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const TimelineMatch &t = m_data.matches.at(2);
    rows.replace(QStringLiteral("%E"), t.menteeCode)
        .replace(QStringLiteral("%M"), t.mentorCode)
        .replace(QStringLiteral("%I"), t.match.id);
    const QByteArray before = contactRowsHash();
    const int audits = ProgramStore(*m_db).auditCount().value();
    auto plan =
        ContactImport::plan(*m_db, csv((header + QLatin1Char('\n') + rows).toUtf8()), QString(), QDate(2017, 10, 13));
    QVERIFY(plan);
    QVERIFY(!plan->ok());
    QVERIFY(plan->added.isEmpty());
    QCOMPARE(plan->problems.size(), 1);
    const ContactImportProblem &p = plan->problems.first();
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QVERIFY2(p.message.contains(message), qPrintable(p.message));
    QVERIFY(ContactImport::problemText(p).startsWith(QStringLiteral("Line %1").arg(line)));
    const Status refused = ContactImport::apply(*m_db, plan.value(), kActor);
    QVERIFY(!refused);
    QVERIFY(refused.error().contains(QStringLiteral("no contact was imported")));
    QCOMPARE(contactRowsHash(), before);
    QCOMPARE(ProgramStore(*m_db).auditCount().value(), audits);
}

void TestTimelineStore::importIdenticalRowsOneToOne()
{
    const TimelineMatch &t = m_data.matches.at(3);
    const QByteArray file = QStringLiteral("mentee,date,method,initiated_by,note\n"
                                           "%1,2017-10-05,phone,mentor,Weekly call\n"
                                           "%1,2017-10-05,phone,mentor,Weekly call \n"
                                           "%1,2017-10-05,phone,mentor,Another call\n")
                                .arg(t.menteeCode)
                                .toUtf8();
    const QString onThatDay =
        QStringLiteral("SELECT COUNT(*) FROM contact_entries WHERE match_id = '%1' AND contact_on = '2017-10-05' AND "
                       "method = 'phone' AND initiated_by = 'mentor' AND note IN ('Weekly call', 'Another call')")
            .arg(t.match.id);
    QCOMPARE(count(onThatDay), 0);
    auto plan = ContactImport::plan(*m_db, csv(file), m_spring, QDate(2017, 10, 13));
    QVERIFY(plan && plan->ok());
    QCOMPARE(plan->added.size(), 3); // two identical rows are two contacts
    QVERIFY(ContactImport::apply(*m_db, plan.value(), kActor));
    QCOMPARE(count(onThatDay), 3);
    auto again = ContactImport::plan(*m_db, csv(file), m_spring, QDate(2017, 10, 13));
    QVERIFY(again && again->ok());
    QCOMPARE(again->added.size(), 0);
    QCOMPARE(again->alreadyThere, 3);
    // One more identical row than stored: that one is added.
    auto more = ContactImport::plan(
        *m_db, csv(file + QStringLiteral("%1,2017-10-05,phone,mentor,Weekly call\n").arg(t.menteeCode).toUtf8()),
        m_spring, QDate(2017, 10, 13));
    QVERIFY(more && more->ok());
    QCOMPARE(more->added.size(), 1);
    QCOMPARE(more->alreadyThere, 3);
}

// The same store on PostgreSQL (COHORT_TEST_PG; CI sets COHORT_REQUIRE_PG=1): the Qt Sql path
// of the read model, the portable writes and the contact import.
void TestTimelineStore::postgresReadsAndWritesTheSameWay()
{
    const QString connection = qEnvironmentVariable("COHORT_TEST_PG");
    if (connection.isEmpty()) {
        if (qEnvironmentVariable("COHORT_REQUIRE_PG") == QLatin1String("1"))
            QFAIL("COHORT_REQUIRE_PG=1 but COHORT_TEST_PG is not set");
        QSKIP("COHORT_TEST_PG is not set (scripts/test.sh sets it up)");
    }
    PostgresParams params = PostgresParams::fromConnectionString(connection);
    params.schema = QStringLiteral("cohort_timeline_%1").arg(newId().left(8));
    auto opened = Database::openPostgres(params);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error()));
    Database &db = *opened.value();
    const auto dropSchema = qScopeGuard([&db, &params] {
        (void)db.exec(QStringLiteral("SET search_path TO public"));
        (void)db.exec(QStringLiteral("DROP SCHEMA \"%1\" CASCADE").arg(params.schema));
    });
    TimelineStore store(db);
    const Cycle cycle = CycleTemplate::make(QStringLiteral("spring"), 2017);
    QVERIFY(store.insertCycle(cycle, kActor));
    const QString now = nowTimestamp();
    const auto add = [&](const QString &role, const QString &code) {
        Person p;
        p.id = newId();
        p.firstName = QStringLiteral("First");
        p.lastName = code;
        Application a;
        a.id = newId();
        a.cycleId = cycle.id;
        a.personId = p.id;
        a.role = role;
        a.code = code;
        a.status = QStringLiteral("accepted");
        a.submittedAt = QDateTime(QDate(2017, 2, 1), QTime(23, 30), Qt::UTC);
        return ApplicationStore(db).insertPerson(p, now, kActor) &&
                       ApplicationStore(db).insertApplication(a, now, kActor)
                   ? a.id
                   : QString();
    };
    const QString mentor = add(QStringLiteral("mentor"), QStringLiteral("M-1"));
    const QString mentee = add(QStringLiteral("mentee"), QStringLiteral("E-1"));
    const QString waiting = add(QStringLiteral("mentee"), QStringLiteral("E-2"));
    QVERIFY(!mentor.isEmpty() && !mentee.isEmpty() && !waiting.isEmpty());
    Match published;
    published.id = newId();
    published.cycleId = cycle.id;
    published.mentorApplicationId = mentor;
    published.menteeApplicationId = mentee;
    published.status = QStringLiteral("published");
    published.publishedOn = QDate(2017, 4, 21);
    QVERIFY(MatchStore(db).insertMatch(published, now, kActor));
    Match draft = published;
    draft.id = newId();
    draft.menteeApplicationId = waiting;
    draft.status = QStringLiteral("draft");
    draft.publishedOn = QDate();
    QVERIFY(MatchStore(db).insertMatch(draft, now, kActor));

    QList<ContactEntry> contacts;
    for (const QDate &day : {QDate(2017, 5, 20), QDate(2017, 4, 25), QDate(2017, 5, 3)}) {
        ContactEntry c;
        c.id = newId();
        c.matchId = published.id;
        c.contactOn = day;
        c.method = QStringLiteral("email");
        c.initiatedBy = QStringLiteral("mentee");
        c.note = QStringLiteral("Note of %1").arg(day.toString(Qt::ISODate));
        QVERIFY(store.insertContact(c, kActor));
        contacts.append(c);
    }
    ContactEntry onDraft = contacts.first();
    onDraft.id = newId();
    onDraft.matchId = draft.id;
    QVERIFY(store.insertContact(onDraft, kActor).error().contains(QStringLiteral("draft")));
    QCOMPARE(store.updateContact(contacts.first(), 1, kActor).value(), 2);
    QVERIFY(store.updateContact(contacts.first(), 1, kOther).error().contains(kActor));
    GoalSheet sheet{newId(), published.id, QDate(2017, 5, 21), QDate(2017, 5, 19), 1};
    QVERIFY(store.insertGoalSheet(sheet, kActor));
    Goal goal;
    goal.id = newId();
    goal.goalSheetId = sheet.id;
    goal.objective = 3;
    goal.title = QStringLiteral("Mock Newbery election");
    QVERIFY(store.insertGoal(goal, kActor));
    QCOMPARE(store.setAttendance(mentee, QDate(2017, 5, 18), true, kActor).value(), 1);
    QCOMPARE(store.setAttendance(mentee, QDate(2017, 5, 18), false, kActor).value(), 2);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO reviewers (id, name, created_at, updated_at) VALUES ('r1', 'Ann Lee', "
                                   "'2017-01-01T00:00:00Z', '2017-01-01T00:00:00Z')")));
    QCOMPARE(store.setLiaison(published.id, QStringLiteral("r1"), 1, kActor).value(), 2);
    CadenceSettings settings;
    settings.quietDays = 10;
    settings.orientationDates = {QDate(2017, 5, 18)};
    QVERIFY(store.saveSettings(cycle.id, settings, kActor));

    auto loaded = store.load(cycle.id);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error()));
    const TimelineData &data = loaded.value();
    QCOMPARE(data.cycle.phases.size(), cycle.phases.size());
    QCOMPARE(data.settings, settings);
    QCOMPARE(data.matches.size(), 1);
    const TimelineMatch &t = data.matches.first();
    QCOMPARE(t.menteeCode, QStringLiteral("E-1"));
    QCOMPARE(t.mentorName, QStringLiteral("First M-1"));
    QCOMPARE(t.liaisonName, QStringLiteral("Ann Lee"));
    QCOMPARE(t.match.version, 2);
    QCOMPARE(t.contacts.size(), 3);
    QCOMPARE(t.contacts.at(0).contactOn, QDate(2017, 4, 25));
    QCOMPARE(t.contacts.at(2).contactOn, QDate(2017, 5, 20));
    QCOMPARE(t.goalSheet->submittedOn, QDate(2017, 5, 19));
    QCOMPARE(t.goals.size(), 1);
    QCOMPARE(t.goals.first().title, goal.title);
    QCOMPARE(t.menteeAttendance.size(), 1);
    QVERIFY(!t.menteeAttendance.first().attended);
    QCOMPARE(data.applicationDates.size(), 3);
    QCOMPARE(Engagement::evaluate(data, QDate(2017, 6, 15)).first().status, EngagementStatus::Quiet);

    // The contact import, twice.
    const QByteArray file = "mentee,mentor,date,method,initiated_by,note\n"
                            "E-1,M-1,2017-05-20,email,mentee,Note of 2017-05-20\n"
                            "e-1,,6/1/2017,video,mentor,\n";
    auto plan = ContactImport::plan(db, csv(file), QString(), QDate(2017, 10, 13));
    QVERIFY(plan && plan->ok());
    QCOMPARE(plan->added.size(), 1);
    QCOMPARE(plan->alreadyThere, 1);
    QVERIFY(ContactImport::apply(db, plan.value(), kActor));
    auto again = ContactImport::plan(db, csv(file), cycle.id, QDate(2017, 10, 13));
    QVERIFY(again && again->ok());
    QCOMPARE(again->added.size(), 0);
    QCOMPARE(again->alreadyThere, 2);

    QVERIFY(store.removeCycle(cycle.id, 1).error().contains(QStringLiteral("application")));
}

QTEST_GUILESS_MAIN(TestTimelineStore)
#include "tst_timelinestore.moc"
