// bench_matching [--mentees N] [--mentors M] [--keep FILE]
// The matching core at the size issue 6 names: 5,000 accepted mentees and 2,500 accepted mentors
// of capacity 2 (5,000 places), with varied interests, time zones (IANA names and the "Eastern" /
// "UTC-5" forms imports bring), library types, libraries, contact methods, languages, experience,
// confidential preferences and avoid lists. Written with bulk inserts, then timed:
// MatchingStore::load, Compatibility (construction and the full score matrix), AutoMatch::propose
// in both modes, and `cohort-cli match auto FILE --cycle C` end to end (budget: under 10 s).
// Prints figures; never fails on time.
#include "db/database.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "matching/automatch.h"
#include "matching/compatibility.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchingstore.h"
#include "store/statementcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace cohort;

namespace {

const QStringList kInterests = {QStringLiteral("Storytime and early literacy"),
                                QStringLiteral("Programming"),
                                QStringLiteral("Collection development"),
                                QStringLiteral("Outreach"),
                                QStringLiteral("School partnerships"),
                                QStringLiteral("Management"),
                                QStringLiteral("Youth advocacy"),
                                QStringLiteral("STEM"),
                                QStringLiteral("Technology"),
                                QStringLiteral("Equity, diversity and inclusion"),
                                QStringLiteral("Award committees"),
                                QStringLiteral("Children's literature")};
const QStringList kZones = {QStringLiteral("America/New_York"),
                            QStringLiteral("America/Chicago"),
                            QStringLiteral("America/Denver"),
                            QStringLiteral("America/Phoenix"),
                            QStringLiteral("America/Los_Angeles"),
                            QStringLiteral("America/Anchorage"),
                            QStringLiteral("Pacific/Honolulu"),
                            QStringLiteral("America/Toronto"),
                            QStringLiteral("Eastern"),
                            QStringLiteral("Central"),
                            QStringLiteral("Pacific"),
                            QStringLiteral("UTC-5"),
                            QStringLiteral("GMT-07:00"),
                            QString()};
const QStringList kTypes = {QStringLiteral("public"),   QStringLiteral("public"),  QStringLiteral("school"),
                            QStringLiteral("academic"), QStringLiteral("special"), QString()};
const QStringList kMethods = {QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("Video chat (Skype)"),
                              QStringLiteral("Online chat")};
const QStringList kLanguages = {QStringLiteral("Spanish"), QStringLiteral("French"), QStringLiteral("Mandarin"),
                                QStringLiteral("Vietnamese"), QStringLiteral("American Sign Language")};
const QStringList kPreferences = {
    QStringLiteral("I would like a mentor who works in a small or rural library."),
    QStringLiteral("I would like a mentor who speaks Spanish."),
    QStringLiteral("I would like a mentor who has managed a children's department."),
    QStringLiteral("I would like a mentor who has worked in a school library."),
};

bool makeProgram(ProgramDocument &doc, int mentees, int mentors, QString &cycleName)
{
    Database &db = doc.database();
    const QString now = nowTimestamp();
    const QString actor = QStringLiteral("bench");
    QRandomGenerator random(2017);
    Transaction transaction(db);
    if (!transaction.started())
        return false;
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Matching 2024");
    cycle.season = QStringLiteral("fall");
    cycle.year = 2024;
    cycle.startsOn = QDate(2024, 8, 1);
    cycle.endsOn = QDate(2025, 7, 31);
    if (!doc.cycleStore().insert(cycle, now, actor))
        return false;
    cycleName = cycle.name;
    StatementCache cache(db);
    const auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(int(list.size()))));
    };
    for (int k = 0; k < mentees + mentors; ++k) {
        const bool mentor = k >= mentees;
        const int serial = mentor ? k - mentees + 1 : k + 1;
        Person person;
        person.id = newId();
        person.firstName = QStringLiteral("Person");
        person.lastName = QString::number(k + 1);
        person.email = QStringLiteral("p%1@branch%2.org").arg(k).arg(k % 300);
        if (!doc.applicationStore().insertPerson(person, now, actor, &cache))
            return false;
        Application a;
        a.id = newId();
        a.cycleId = cycle.id;
        a.personId = person.id;
        a.role = mentor ? QStringLiteral("mentor") : QStringLiteral("mentee");
        a.code = (mentor ? QStringLiteral("M-%1") : QStringLiteral("E-%1")).arg(serial, 5, 10, QLatin1Char('0'));
        a.status = QStringLiteral("accepted");
        a.eligibility = QStringLiteral("eligible");
        a.submittedAt = QDateTime(QDate(2024, 8, 1), QTime(9, 0), Qt::UTC);
        a.library = QStringLiteral("Branch Library %1").arg(random.bounded(400));
        a.libraryType = pick(kTypes);
        a.timeZone = pick(kZones);
        const int interests = 1 + int(random.bounded(4));
        for (int i = 0; i < interests; ++i) {
            const QString interest = pick(kInterests);
            if (!a.interests.contains(interest))
                a.interests << interest;
        }
        a.contactMethods = {kMethods.first()};
        for (int i = 1; i < kMethods.size(); ++i)
            if (random.bounded(3) == 0)
                a.contactMethods << kMethods.at(i);
        a.languages = {QStringLiteral("English")};
        if (random.bounded(5) == 0)
            a.languages << pick(kLanguages);
        if (random.bounded(10) != 0)
            a.yearsExperience = mentor ? 4 + random.bounded(26) : random.bounded(6);
        if (random.bounded(5) == 0) {
            a.gender = random.bounded(3) ? QStringLiteral("Woman") : QStringLiteral("Man");
            a.bipoc = random.bounded(3) ? QStringLiteral("No") : QStringLiteral("Yes");
            a.useDemographics = random.bounded(2) == 0;
        }
        if (!mentor && random.bounded(3) == 0)
            a.mentorPreference = pick(kPreferences);
        if (!mentor && random.bounded(50) == 0)
            a.avoid = {QStringLiteral("Person %1 (former supervisor)").arg(mentees + random.bounded(mentors) + 1)};
        a.statement = QStringLiteral("I run storytimes for toddlers and want to grow our STEM programs.");
        if (mentor)
            a.offer = QStringLiteral("Twenty years of outreach and programming in a rural library system.");
        a.capacity = mentor ? 2 : 1;
        if (!doc.applicationStore().insertApplication(a, now, actor, &cache))
            return false;
    }
    return bool(transaction.commit());
}

double millis(QElapsedTimer &timer)
{
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int mentees = 5000;
    int mentors = 2500;
    QString keep; // where to leave the program for bench_matching_board
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--mentees"))
            mentees = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--mentors"))
            mentors = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    if (mentees < 1 || mentors < 1) {
        std::fprintf(stderr, "usage: bench_matching [--mentees N] [--mentors M] [--keep FILE]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("matching.cohort"));
    QString cycleName;
    QElapsedTimer timer;
    timer.start();
    {
        auto created = ProgramDocument::create(path, QStringLiteral("Matching"));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 1;
        }
        if (!makeProgram(*created.value(), mentees, mentors, cycleName)) {
            std::fprintf(stderr, "could not make the program\n");
            return 1;
        }
    }
    std::printf("program: %d accepted mentees, %d accepted mentors of capacity 2, written in %.0f ms\n", mentees,
                mentors, millis(timer));

    auto opened = Database::openFile(path, true);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    auto cycles = CycleStore(*opened.value()).list();
    if (!cycles || cycles->isEmpty())
        return 1;
    const QString cycleId = cycles->first().id;
    timer.restart();
    auto loaded = MatchingStore(*opened.value()).load(cycleId);
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
        return 1;
    }
    const double load = millis(timer);
    const MatchingData &data = loaded.value();
    const Compatibility model(data);
    const double built = millis(timer);
    const std::vector<double> matrix = model.scoreMatrix();
    const double scored = millis(timer);
    const QList<matching::MentorPair> blocked = model.blockedPairs();
    const double blocks = millis(timer);
    std::printf("MatchingStore::load: %.0f ms (%lld mentees, %lld mentors)\n", load, qlonglong(data.mentees.size()),
                qlonglong(data.mentors.size()));
    std::printf("Compatibility: built in %.0f ms, score matrix (%zu pairs) in %.0f ms, %lld blocked pairs in %.0f ms\n",
                built, matrix.size(), scored, qlonglong(blocked.size()), blocks);
    for (const AutoMatchMode mode : {AutoMatchMode::BestScores, AutoMatchMode::MostMatched}) {
        timer.restart();
        auto proposal = AutoMatch::propose(data, model, mode);
        const double proposed = millis(timer);
        if (!proposal) {
            std::fprintf(stderr, "%s\n", qPrintable(proposal.error()));
            return 1;
        }
        std::printf("AutoMatch::propose (%s): %.0f ms — %s\n",
                    mode == AutoMatchMode::BestScores ? "best scores" : "most matched", proposed,
                    qPrintable(proposal->summary()));
    }
    opened.value().reset();

    QProcess process;
    timer.restart();
    process.start(QStringLiteral(COHORT_CLI_PATH),
                  {QStringLiteral("match"), QStringLiteral("auto"), path, QStringLiteral("--cycle"), cycleName});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "cohort-cli failed: %s\n", process.readAllStandardError().constData());
        return 1;
    }
    const double endToEnd = millis(timer);
    std::printf("cohort-cli match auto (end to end, dry run): %.0f ms (budget 10000 ms)\n", endToEnd);
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        if (!QFile::copy(path, keep)) {
            std::fprintf(stderr, "could not keep the program as %s\n", qPrintable(keep));
            return 1;
        }
        std::printf("program kept as %s\n", qPrintable(keep));
    }
    return 0;
}
