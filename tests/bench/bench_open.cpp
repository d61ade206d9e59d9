// bench_open [FILE | --applicants N]: times what the GUI does when it opens a program and shows
// the dashboard and the applications table: ProgramDocument::open, the dashboard's counts,
// cycles and next deadline, and the summaries of the largest cycle. Prints the wall time of each
// step and the peak RSS (VmHWM) of the process. Not a CTest test.
#include "db/database.h"
#include "demo/demogenerator.h"
#include "document/programdocument.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

qint64 statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(static_cast<qsizetype>(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Resets VmHWM so that generating the file does not count as the cost of opening it.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

double millis(QElapsedTimer &timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    QString path;
    int applicants = 100000;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--applicants") && i + 1 < args.size())
            applicants = args.at(++i).toInt();
        else
            path = args.at(i);
    }
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("bench.cohort"));
        cohort::DemoOptions options;
        options.applicants = applicants;
        std::printf("bench_open: generating %d applications...\n", applicants);
        auto generated = cohort::DemoGenerator::createFile(path, options);
        if (!generated) {
            std::fprintf(stderr, "bench_open: %s\n", qPrintable(generated.error()));
            return 1;
        }
    }
    resetPeakRss();
    const qint64 baseRss = statusKiB("VmRSS:");

    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    auto document = cohort::ProgramDocument::open(path);
    const double openMs = millis(step);
    if (!document) {
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(document.error()));
        return 1;
    }
    cohort::ProgramDocument &doc = *document.value();

    auto cycles = doc.cycleStore().list();
    const double cyclesMs = millis(step);
    if (!cycles) {
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(cycles.error()));
        return 1;
    }
    QString largest;
    int largestCount = -1;
    int dashboardRows = 0;
    for (const cohort::Cycle &cycle : cycles.value()) {
        auto counts = doc.applicationStore().countByRoleAndStatus(cycle.id);
        auto matches = doc.matchStore().countByStatus(cycle.id);
        auto deadline = doc.cycleStore().nextDeadline(cycle.id, QDate(2017, 10, 13));
        if (!counts || !matches || !deadline) {
            std::fprintf(stderr, "bench_open: dashboard query failed\n");
            return 1;
        }
        int cycleCount = 0;
        for (const cohort::StatusCount &count : counts.value())
            cycleCount += count.count;
        dashboardRows += static_cast<int>(counts->size() + matches->size());
        if (cycleCount > largestCount) {
            largestCount = cycleCount;
            largest = cycle.id;
        }
    }
    const double dashboardMs = millis(step);

    auto summaries = doc.applicationStore().listSummaries(largest);
    const double listMs = millis(step);
    if (!summaries) {
        std::fprintf(stderr, "bench_open: %s\n", qPrintable(summaries.error()));
        return 1;
    }
    const double totalMs = static_cast<double>(total.nsecsElapsed()) / 1e6;

    std::printf("bench_open: %s (%.1f MB)\n", qPrintable(path),
                static_cast<double>(QFileInfo(path).size()) / 1048576.0);
    std::printf("  ProgramDocument::open                      %8.1f ms\n", openMs);
    std::printf("  CycleStore::list                           %8.1f ms (%lld cycles)\n", cyclesMs,
                static_cast<long long>(cycles->size()));
    std::printf("  dashboard counts + nextDeadline            %8.1f ms (%d rows)\n", dashboardMs, dashboardRows);
    std::printf("  ApplicationStore::listSummaries (largest)  %8.1f ms (%lld rows)\n", listMs,
                static_cast<long long>(summaries->size()));
    std::printf("  total                                      %8.1f ms\n", totalMs);
    // Diagnosis, not part of the total: how much of open() is the quick_check over the whole file.
    step.restart();
    QSqlQuery quickCheck(doc.database().connection());
    const bool checked = quickCheck.exec(QStringLiteral("PRAGMA quick_check")) && quickCheck.next();
    std::printf("  (diagnosis) PRAGMA quick_check alone       %8.1f ms (%s)\n", millis(step),
                checked ? qPrintable(quickCheck.value(0).toString()) : "failed");
    std::printf("  RSS before open %.1f MB, peak RSS (VmHWM) %.1f MB\n", static_cast<double>(baseRss) / 1024.0,
                static_cast<double>(statusKiB("VmHWM:")) / 1024.0);
    return 0;
}
