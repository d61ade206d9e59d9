// bench_engagement [--matches N] [--months M] [--keep FILE]
// The timeline core at the size issue 7 names: 5,000 published matches (2,500 mentors with two
// mentees each) with 24 months of contacts, about two a month each (some pairs go quiet, some
// keep a slower pace), goal sheets and goals. Written with bulk inserts, then timed:
// TimelineStore::load, Engagement::evaluate (budget: under 1 s) with the counts and the quiet
// order, and `cohort-cli engagement FILE --cycle C` end to end (text and --json). --keep leaves
// the program for a GUI benchmark. Prints figures; never fails on time.
#include "db/database.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "domain/match.h"
#include "store/applicationstore.h"
#include "store/bulkwrite.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/statementcache.h"
#include "store/timelinestore.h"
#include "timeline/engagement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace cohort;

namespace {

const QDate kStart(2024, 1, 8);

const QStringList kMethods = {QStringLiteral("email"), QStringLiteral("email"), QStringLiteral("video"),
                              QStringLiteral("phone"), QStringLiteral("chat"),  QStringLiteral("in_person")};
const QStringList kInitiators = {QStringLiteral("mentee"), QStringLiteral("mentor"), QStringLiteral("mentee"),
                                 QStringLiteral("mentor"), QStringLiteral("liaison")};
const QStringList kNotes = {QString(),
                            QStringLiteral("Talked through the goal sheet."),
                            QStringLiteral("Shared a list of STEM storytime ideas."),
                            QStringLiteral("Mock interview with written feedback."),
                            QStringLiteral("Planned the conference session together."),
                            QStringLiteral("Quick check-in.")};

struct Written
{
    qint64 contacts = 0;
    QString cycleName;
};

bool makeProgram(ProgramDocument &doc, int matches, int months, Written &written)
{
    Database &db = doc.database();
    const QString now = nowTimestamp();
    const QString actor = QStringLiteral("bench");
    QRandomGenerator random(2024);
    BulkWrite bulk(db, 256);
    Transaction transaction(db);
    if (!transaction.started())
        return false;
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Engagement 2024");
    cycle.season = QStringLiteral("spring");
    cycle.year = 2024;
    cycle.startsOn = QDate(2023, 9, 1);
    cycle.endsOn = kStart.addMonths(months + 1);
    if (!doc.cycleStore().insert(cycle, now, actor))
        return false;
    written.cycleName = cycle.name;
    StatementCache cache(db);
    const auto pick = [&random](const QStringList &list) {
        return list.at(int(random.bounded(int(list.size()))));
    };
    const int mentors = (matches + 1) / 2;
    QList<QString> mentorIds;
    for (int k = 0; k < mentors + matches; ++k) {
        const bool mentor = k < mentors;
        const int serial = mentor ? k + 1 : k - mentors + 1;
        Person person;
        person.id = newId();
        person.firstName = mentor ? QStringLiteral("Mentor") : QStringLiteral("Mentee");
        person.lastName = QString::number(serial);
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
        a.submittedAt =
            QDateTime(QDate(2023, 10, 1).addDays(random.bounded(50)), QTime(9 + random.bounded(10), 0), Qt::UTC);
        a.capacity = mentor ? 2 : 1;
        if (!doc.applicationStore().insertApplication(a, now, actor, &cache))
            return false;
        if (mentor) {
            mentorIds.append(a.id);
            continue;
        }

        Match m;
        m.id = newId();
        m.cycleId = cycle.id;
        m.mentorApplicationId = mentorIds.at((serial - 1) / 2);
        m.menteeApplicationId = a.id;
        m.status = QStringLiteral("published");
        m.source = QStringLiteral("auto");
        m.score = 0.5 + random.bounded(50) / 100.0;
        m.publishedOn = kStart.addDays(random.bounded(14));
        if (!doc.matchStore().insertMatch(m, now, actor, &cache))
            return false;
        GoalSheet sheet;
        sheet.id = newId();
        sheet.matchId = m.id;
        sheet.dueOn = m.publishedOn.addDays(30);
        if (random.bounded(10) != 0)
            sheet.submittedOn = m.publishedOn.addDays(10 + random.bounded(30));
        if (!doc.matchStore().insertGoalSheet(sheet, now, actor, &cache))
            return false;
        for (int g = 0, goals = 1 + int(random.bounded(3)); g < goals; ++g) {
            Goal goal;
            goal.id = newId();
            goal.goalSheetId = sheet.id;
            goal.objective = 1 + int(random.bounded(7));
            goal.title = QStringLiteral("Goal %1").arg(g + 1);
            goal.sortOrder = g;
            if (!doc.matchStore().insertGoal(goal, now, actor, &cache))
                return false;
        }
        // About two contacts a month; one pair in ten goes quiet at some point, one in five
        // keeps a slower pace.
        const QDate end = m.publishedOn.addMonths(months);
        const QDate stop = random.bounded(10) == 0 ? m.publishedOn.addDays(60 + random.bounded(600)) : end;
        const bool slow = random.bounded(5) == 0;
        QDate day = m.publishedOn.addDays(random.bounded(7));
        while (day <= stop) {
            ContactEntry c;
            c.id = newId();
            c.matchId = m.id;
            c.contactOn = day;
            c.method = pick(kMethods);
            c.initiatedBy = pick(kInitiators);
            c.note = pick(kNotes);
            if (!doc.matchStore().insertContactEntry(c, now, actor, &cache))
                return false;
            ++written.contacts;
            day = day.addDays(slow ? 18 + random.bounded(12) : 10 + random.bounded(10));
        }
    }
    return bool(transaction.commit());
}

// CPU time of this process and of its finished children (the wall clock also counts what other
// programs on the machine do).
double cpuMillis()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

double childCpuMillis()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
#else
    return 0.0;
#endif
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
    int matches = 5000;
    int months = 24;
    QString keep;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--matches"))
            matches = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--months"))
            months = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    if (matches < 1 || months < 1) {
        std::fprintf(stderr, "usage: bench_engagement [--matches N] [--months M] [--keep FILE]\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("engagement.cohort"));
    Written written;
    QElapsedTimer timer;
    timer.start();
    {
        auto created = ProgramDocument::create(path, QStringLiteral("Engagement"));
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error()));
            return 1;
        }
        if (!makeProgram(*created.value(), matches, months, written)) {
            std::fprintf(stderr, "could not make the program\n");
            return 1;
        }
    }
    std::printf("program: %d published matches, %lld contacts over %d months, written in %.0f ms\n", matches,
                written.contacts, months, millis(timer));

    auto opened = Database::openFile(path, true);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    auto cycles = CycleStore(*opened.value()).list();
    if (!cycles || cycles->isEmpty())
        return 1;
    const QString cycleId = cycles->first().id;
    const QDate asOf = kStart.addMonths(months).addDays(10);
    double bestLoad = 0, bestEvaluate = 0;
    for (int run = 0; run < 3; ++run) {
        timer.restart();
        const double cpu0 = cpuMillis();
        auto loaded = TimelineStore(*opened.value()).load(cycleId);
        const double load = millis(timer);
        const double loadCpu = cpuMillis() - cpu0;
        if (!loaded) {
            std::fprintf(stderr, "%s\n", qPrintable(loaded.error()));
            return 1;
        }
        const TimelineData &data = loaded.value();
        const double cpu1 = cpuMillis();
        const QList<MatchEngagement> engagement = Engagement::evaluate(data, asOf);
        const double evaluate = millis(timer);
        const double evaluateCpu = cpuMillis() - cpu1;
        const EngagementCounts counts = Engagement::counts(engagement);
        const QList<int> quiet = Engagement::quietOrder(engagement);
        const double counted = millis(timer);
        bestLoad = run == 0 ? load : std::min(bestLoad, load);
        bestEvaluate = run == 0 ? evaluate : std::min(bestEvaluate, evaluate);
        qint64 contacts = 0;
        for (const TimelineMatch &t : data.matches)
            contacts += t.contacts.size();
        std::printf("run %d: TimelineStore::load %.0f ms (%.0f ms CPU; %lld matches, %lld contacts); "
                    "Engagement::evaluate %.1f ms (%.1f ms CPU; budget 1000 ms); counts + quiet order %.1f ms — on "
                    "track %d, below cadence %d, quiet %d, ended %d, not started %d, goal sheets overdue %d, %lld to "
                    "follow up\n",
                    run + 1, load, loadCpu, qlonglong(data.matches.size()), contacts, evaluate, evaluateCpu, counted,
                    counts.onTrack, counts.belowCadence, counts.quiet, counts.ended, counts.notStarted,
                    counts.goalSheetsOverdue, qlonglong(quiet.size()));
    }
    std::printf("best of 3: load %.0f ms, evaluate %.1f ms\n", bestLoad, bestEvaluate);
    opened.value().reset();

    for (const QStringList &options : {QStringList(), QStringList{QStringLiteral("--json")},
                                       QStringList{QStringLiteral("--json"), QStringLiteral("--months")}}) {
        const QStringList arguments = QStringList{QStringLiteral("engagement"), path,
                                                  QStringLiteral("--cycle"),    written.cycleName,
                                                  QStringLiteral("--as-of"),    asOf.toString(Qt::ISODate)} +
                                      options;
        QProcess process;
        const double cpuBefore = childCpuMillis();
        timer.restart();
        process.start(QStringLiteral(COHORT_CLI_PATH), arguments);
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            std::fprintf(stderr, "cohort-cli failed: %s\n", process.readAllStandardError().constData());
            return 1;
        }
        const double endToEnd = millis(timer);
        const double cpu = childCpuMillis() - cpuBefore;
        const qsizetype bytes = process.readAllStandardOutput().size();
        std::printf("cohort-cli engagement%s%s (end to end): %.0f ms (%.0f ms CPU), %lld bytes of output\n",
                    options.isEmpty() ? "" : " ", qPrintable(options.join(QLatin1Char(' '))), endToEnd, cpu,
                    qlonglong(bytes));
    }
    if (!keep.isEmpty()) {
        QFile::remove(keep);
        if (!QFile::copy(path, keep)) {
            std::fprintf(stderr, "could not keep the program as %s\n", qPrintable(keep));
            return 1;
        }
        std::printf("program kept as %s (cycle \"%s\", as of %s)\n", qPrintable(keep), qPrintable(written.cycleName),
                    qPrintable(asOf.toString(Qt::ISODate)));
    }
    return 0;
}
