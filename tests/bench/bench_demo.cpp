// bench_demo [N] [--out FILE] [--seed S]: generates a demo program of N applications (default
// 100000) and prints the wall time, rows per second and file size. Not a CTest test: figures go
// into docs/PERFORMANCE.md.
#include "demo/demogenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

namespace {
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    cohort::DemoOptions options;
    options.applicants = 100000;
    QString out;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--out") && i + 1 < args.size())
            out = args.at(++i);
        else if (args.at(i) == QLatin1String("--seed") && i + 1 < args.size())
            options.seed = args.at(++i).toUInt();
        else
            options.applicants = args.at(i).toInt();
    }
    QTemporaryDir dir;
    if (out.isEmpty())
        out = dir.filePath(QStringLiteral("bench.cohort"));
    QFile::remove(out);

    qint64 reports = 0;
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    auto summary = cohort::DemoGenerator::createFile(out, options, [&](qint64 done, qint64 total) {
        ++reports;
        rows = total;
        Q_UNUSED(done)
        return true;
    });
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    if (!summary) {
        std::fprintf(stderr, "bench_demo: %s\n", qPrintable(summary.error()));
        return 1;
    }
    const qint64 bytes = QFileInfo(out).size();
    std::printf("bench_demo: %d applications (%d mentors, %d mentees), %d reviewers, %d scores, %d matches, "
                "%d contacts\n",
                summary->mentors + summary->mentees, summary->mentors, summary->mentees, summary->reviewers,
                summary->scores, summary->matches, summary->contacts);
    std::printf("  generate + write: %.2f s (%lld rows, %.0f rows/s, %lld progress reports)\n", seconds, rows,
                static_cast<double>(rows) / seconds, reports);
    std::printf("  file size: %.1f MB (%lld bytes)\n", static_cast<double>(bytes) / (1024.0 * 1024.0), bytes);
    std::printf("  peak RSS: %.1f MB\n", static_cast<double>(peakRssKiB()) / 1024.0);
    if (args.contains(QStringLiteral("--out")))
        std::printf("  file: %s\n", qPrintable(out));
    return 0;
}
