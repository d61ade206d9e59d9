// bench_matching_board FILE [--drops N]
// The Matching area on a large program (offscreen: QT_QPA_PLATFORM=offscreen), as a committee
// member drags mentees onto mentors: FILE is a program whose first cycle has accepted mentees and
// mentors (`bench_matching --keep FILE` writes one with 5,000 mentees and 2,500 mentors). Times
// the first load of the board (on its worker thread), then N drops through the board (default
// 20), one right after the other as a quick hand would: the window's part of each (the check, the
// undo command, and showing the drop: the board applies its own rows to a copy of its snapshot
// at once), then the time until the background reload has settled. Prints figures; never fails on
// time.
#include "document/programdocument.h"
#include "matching/matchboard.h"
#include "matching/matchingpage.h"
#include "matching/menteepoolmodel.h"
#include "matching/mentorboardmodel.h"
#include "store/cyclestore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cohort;

namespace {
double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool waitLoaded(MatchingPage &page)
{
    return QTest::qWaitFor(
        [&page] { return !page.isLoading() && page.board()->snapshot() && !page.board()->isStale(); }, 120000);
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_matching_board FILE [--drops N]\n");
        return 2;
    }
    int drops = 20;
    for (int i = 2; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--drops"))
            drops = args.at(i + 1).toInt();
    }
    auto opened = ProgramDocument::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    ProgramDocument &doc = *opened.value();
    auto cycles = doc.cycleStore().list();
    if (!cycles || cycles->isEmpty())
        return 1;
    MatchingPage page;
    page.resize(1400, 900);
    page.setDocument(&doc);
    QElapsedTimer timer;
    timer.start();
    page.setCycle(cycles->first().id, cycles->first().name);
    page.show();
    if (!waitLoaded(page)) {
        std::fprintf(stderr, "the board did not load\n");
        return 1;
    }
    const MatchingSnapshot *snapshot = page.board()->snapshot();
    std::printf("first load: %lld ms (%lld mentees, %lld mentors, %d unmatched in the pool)\n",
                qlonglong(timer.elapsed()), qlonglong(snapshot->data.mentees.size()),
                qlonglong(snapshot->data.mentors.size()), page.poolModel()->rowCount());

    std::vector<double> gui;
    QElapsedTimer all;
    all.start();
    for (int d = 0; d < drops; ++d) {
        const QString mentee = page.poolModel()->applicationIdAt(0);
        QString mentor;
        MentorBoardModel *mentors = page.mentorModel();
        for (int r = 0; r < mentors->rowCount() && mentor.isEmpty(); ++r) {
            const QString candidate = mentors->mentorAt(mentors->index(r, 0));
            if (page.board()->checkDrop(mentee, candidate).allowed())
                mentor = candidate;
        }
        if (mentee.isEmpty() || mentor.isEmpty())
            break;
        timer.restart();
        if (!page.board()->match(mentee, mentor)) {
            std::fprintf(stderr, "drop %d refused: the board was not ready\n", d);
            return 1;
        }
        QCoreApplication::processEvents(); // the queued update of the views
        gui.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    const double dropped = double(all.elapsed());
    if (!waitLoaded(page))
        return 1;
    std::printf("%zu drops in a row: each shown and ready for the next in median %.1f ms (max %.1f ms) on the GUI "
                "thread; %.0f ms for all, %.0f ms until the background reload settled\n",
                gui.size(), median(gui), gui.empty() ? 0.0 : *std::max_element(gui.begin(), gui.end()), dropped,
                double(all.elapsed()));
    return 0;
}
