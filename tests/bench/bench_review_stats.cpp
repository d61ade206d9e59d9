// bench_review_stats [--demo FILE] [--synthetic FILE] [--applications N] [--runs N]
// The committee grid's numbers as the program computes them from a program file:
// ReviewStore::loadCycle (the read model, a few queries) + ReviewStatistics::compute (weighted
// totals with N/A, raw mean, z-scores, the reviewer-offset model, agreement per criterion and on
// totals, disagreements, components, acceptance changes, progress).
// 1. --synthetic FILE: one cycle with N (default 100,000) mentee applications × 3 reviewers drawn
//    from 1,000 × 5 criteria, all scored (a few N/A); the file is made on first use and reused.
// 2. --demo FILE: every cycle and role of a demo program (cohort-cli demo --applicants 100000).
// Also times AutoAssign::propose on the synthetic cycle with its assignments dropped (k = 3).
// Prints the best of N runs (default 3) in ms; never fails on time. DESIGN.md's budget for score
// aggregation + normalization on 100k applications × 3 reviewers is < 1 s.
#include "db/database.h"
#include "document/programdocument.h"
#include "domain/application.h"
#include "domain/cycle.h"
#include "domain/ids.h"
#include "review/autoassign.h"
#include "review/reviewstatistics.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/reviewstore.h"
#include "store/statementcache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>

using namespace cohort;

namespace {

constexpr int Reviewers = 1000;
constexpr int PerApplication = 3;
constexpr int Criteria = 5;

bool makeSynthetic(const QString &path, int applications)
{
    auto created = ProgramDocument::create(path, QStringLiteral("Review benchmark"));
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return false;
    }
    ProgramDocument &doc = *created.value();
    Database &db = doc.database();
    (void)db.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    std::mt19937_64 rng(20240611);
    std::normal_distribution<double> quality(3.0, 0.8);
    std::normal_distribution<double> biasOf(0.0, 0.4);
    std::normal_distribution<double> noise(0.0, 0.6);
    std::uniform_int_distribution<int> pick(0, Reviewers - 1);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QString now = nowTimestamp();
    const QString actor = QStringLiteral("bench");

    Transaction transaction(db);
    if (!transaction.started())
        return false;
    Cycle cycle;
    cycle.id = newId();
    cycle.name = QStringLiteral("Benchmark 2024");
    cycle.season = QStringLiteral("fall");
    cycle.year = 2024;
    cycle.startsOn = QDate(2024, 8, 1);
    cycle.endsOn = QDate(2025, 7, 31);
    if (!doc.cycleStore().insert(cycle, now, actor))
        return false;
    StatementCache cache(db);
    ReviewStore &store = doc.reviewStore();
    QList<Reviewer> reviewers;
    std::array<double, Reviewers> bias{};
    for (int r = 0; r < Reviewers; ++r) {
        Reviewer reviewer;
        reviewer.id = newId();
        reviewer.name = QStringLiteral("Reviewer %1").arg(r + 1, 4, 10, QLatin1Char('0'));
        reviewer.email = QStringLiteral("r%1@lib%2.org").arg(r).arg(r % 50);
        reviewer.capacity = 400;
        bias[std::size_t(r)] = biasOf(rng);
        if (!store.insertReviewer(reviewer, now, actor, &cache))
            return false;
        reviewers.append(reviewer);
    }
    const std::array<double, Criteria> weights = {2.0, 1.0, 1.0, 1.5, 0.5};
    QList<Criterion> criteria;
    for (int c = 0; c < Criteria; ++c) {
        Criterion criterion;
        criterion.id = newId();
        criterion.cycleId = cycle.id;
        criterion.role = QStringLiteral("mentee");
        criterion.name = QStringLiteral("Criterion %1").arg(c + 1);
        criterion.weight = weights[std::size_t(c)];
        criterion.allowNotApplicable = c == 4;
        criterion.sortOrder = c;
        if (!store.insertCriterion(criterion, now, actor, &cache))
            return false;
        criteria.append(criterion);
    }
    ApplicationStore &applicationStore = doc.applicationStore();
    for (int a = 0; a < applications; ++a) {
        Person person;
        person.id = newId();
        person.firstName = QStringLiteral("Applicant");
        person.lastName = QString::number(a + 1);
        person.email = QStringLiteral("a%1@branch%2.org").arg(a).arg(a % 700);
        if (!applicationStore.insertPerson(person, now, actor, &cache))
            return false;
        Application application;
        application.id = newId();
        application.cycleId = cycle.id;
        application.personId = person.id;
        application.role = QStringLiteral("mentee");
        application.code = QStringLiteral("E-%1").arg(a + 1, 6, 10, QLatin1Char('0'));
        application.status = QStringLiteral("under_review");
        application.eligibility = QStringLiteral("eligible");
        application.submittedAt = QDateTime(QDate(2024, 8, 2), QTime(12, 0), Qt::UTC);
        application.library = QStringLiteral("Branch %1 Library").arg(a % 700);
        if (!applicationStore.insertApplication(application, now, actor, &cache))
            return false;
        std::array<double, Criteria> q{};
        for (double &value : q)
            value = quality(rng);
        std::array<int, PerApplication> chosen{};
        for (int k = 0; k < PerApplication; ++k) {
            int r = 0;
            do {
                r = pick(rng);
            } while (std::find(chosen.begin(), chosen.begin() + k, r) != chosen.begin() + k);
            chosen[std::size_t(k)] = r;
            Assignment assignment;
            assignment.id = newId();
            assignment.applicationId = application.id;
            assignment.reviewerId = reviewers[r].id;
            assignment.submittedAt = QDateTime(QDate(2024, 9, 1), QTime(9, 0), Qt::UTC);
            if (!store.insertAssignment(assignment, now, actor, &cache))
                return false;
            for (int c = 0; c < Criteria; ++c) {
                Score score;
                score.id = newId();
                score.assignmentId = assignment.id;
                score.criterionId = criteria[c].id;
                if (c == 4 && unit(rng) < 0.05) {
                    score.notApplicable = true;
                } else {
                    const double raw = q[std::size_t(c)] + bias[std::size_t(r)] + noise(rng);
                    score.value = std::clamp(std::round(raw), 1.0, 5.0);
                }
                if (!store.insertScore(score, now, actor, &cache))
                    return false;
            }
        }
    }
    return bool(transaction.commit());
}

struct Timing
{
    double load = 1e300;
    double compute = 1e300;
};

bool timeCycle(ReviewStore &store, const QString &cycleId, const QString &role, int runs, const char *label)
{
    Timing best;
    Result<ReviewCycleData> data = Error{};
    Result<ReviewStatistics> stats = Error{};
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        data = store.loadCycle(cycleId, role);
        const double load = double(timer.nsecsElapsed()) / 1e6;
        if (!data) {
            std::fprintf(stderr, "%s\n", qPrintable(data.error()));
            return false;
        }
        timer.restart();
        stats = ReviewStatistics::compute(data.value());
        const double compute = double(timer.nsecsElapsed()) / 1e6;
        if (!stats) {
            std::fprintf(stderr, "%s\n", qPrintable(stats.error()));
            return false;
        }
        best.load = std::min(best.load, load);
        best.compute = std::min(best.compute, compute);
    }
    std::printf("%-28s %7lld apps %8lld assignments %9lld cells | loadCycle %8.1f ms  compute %8.1f ms  total %8.1f ms"
                " | alpha %s\n",
                label, qint64(data->applications.size()), qint64(data->assignments.size()), qint64(data->cells.size()),
                best.load, best.compute, best.load + best.compute, qPrintable(stats->totalAgreement.text()));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString demo;
    QString synthetic;
    int applications = 100000;
    int runs = 3;
    static const char usage[] = "usage: bench_review_stats [--demo FILE] [--synthetic FILE] [--applications N] "
                                "[--runs N]\n";
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        std::printf("%s", usage);
        return 0;
    }
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--demo"))
            demo = args[++i];
        else if (args[i] == QLatin1String("--synthetic"))
            synthetic = args[++i];
        else if (args[i] == QLatin1String("--applications"))
            applications = args[++i].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[++i].toInt());
    }
    if (demo.isEmpty() && synthetic.isEmpty()) {
        std::fprintf(stderr, "%s", usage);
        return 2;
    }
    if (!synthetic.isEmpty()) {
        if (!QFile::exists(synthetic)) {
            QElapsedTimer timer;
            timer.start();
            if (!makeSynthetic(synthetic, applications))
                return 1;
            std::printf("made %s (%d applications) in %.1f s\n", qPrintable(synthetic), applications,
                        double(timer.elapsed()) / 1000.0);
        }
        auto doc = ProgramDocument::open(synthetic, true);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.error()));
            return 1;
        }
        auto cycles = doc.value()->cycleStore().list();
        if (!cycles || cycles->isEmpty())
            return 1;
        ReviewStore &store = doc.value()->reviewStore();
        if (!timeCycle(store, cycles->first().id, QStringLiteral("mentee"), runs, "synthetic mentee"))
            return 1;
        // Automatic assignment of the same cycle from scratch: k = 3 over 1,000 reviewers.
        auto data = store.loadCycle(cycles->first().id, QStringLiteral("mentee"));
        if (!data)
            return 1;
        ReviewCycleData empty = data.value();
        empty.assignments.clear();
        empty.cells.clear();
        empty.buildIndex();
        double best = 1e300;
        int added = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto proposal = AutoAssign::propose(empty, 3, 42);
            best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
            if (!proposal)
                return 1;
            added = int(proposal->added.size());
        }
        std::printf("%-28s %7lld apps, k = 3: %d proposed in %.1f ms\n", "auto-assign synthetic",
                    qint64(empty.applications.size()), added, best);
    }
    if (!demo.isEmpty()) {
        auto doc = ProgramDocument::open(demo, true);
        if (!doc) {
            std::fprintf(stderr, "%s\n", qPrintable(doc.error()));
            return 1;
        }
        auto cycles = doc.value()->cycleStore().list();
        if (!cycles)
            return 1;
        for (const Cycle &cycle : std::as_const(cycles.value())) {
            for (const QString &role : {QStringLiteral("mentor"), QStringLiteral("mentee")}) {
                const QByteArray label = (QStringLiteral("demo ") + cycle.name + QLatin1Char(' ') + role).toUtf8();
                if (!timeCycle(doc.value()->reviewStore(), cycle.id, role, runs, label.constData()))
                    return 1;
            }
        }
    }
    return 0;
}
