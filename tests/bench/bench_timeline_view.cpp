// bench_timeline_view FILE
// The Timeline area on a program with many published matches (offscreen:
// QT_QPA_PLATFORM=offscreen); `bench_engagement --matches 500 --keep FILE` writes one. Times the
// first load (worker thread), the swimlane timeline of every match drawn (one replot), and
// scrolling through the lanes a screenful at a time (a replot each). Prints figures; never fails
// on time.
#include "charts/customplot.h"
#include "document/programdocument.h"
#include "store/cyclestore.h"
#include "timeline/swimlanechart.h"
#include "timeline/timelinepage.h"
#include "timeline/timelinesnapshot.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cohort;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_timeline_view FILE\n");
        return 2;
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
    TimelinePage page;
    page.resize(1400, 900);
    page.setDocument(&doc);
    QElapsedTimer timer;
    timer.start();
    page.setCycle(cycles->first().id, cycles->first().name);
    page.show();
    if (!QTest::qWaitFor([&page] { return !page.isLoading() && page.snapshot(); }, 120000)) {
        std::fprintf(stderr, "the timeline did not load\n");
        return 1;
    }
    const double loaded = double(timer.elapsed());
    SwimlaneChart *lanes = page.swimlaneChart();
    if (auto *tabs = page.findChild<QTabWidget *>(QStringLiteral("engagementTabs")))
        tabs->setCurrentWidget(lanes);
    timer.restart();
    lanes->plot()->replot(QCustomPlot::rpImmediateRefresh);
    const double drawn = double(timer.nsecsElapsed()) / 1e6;
    std::vector<double> scrolls;
    QScrollBar *bar = lanes->scrollBar();
    for (int step = 0; step < 20 && bar->value() < bar->maximum(); ++step) {
        timer.restart();
        bar->setValue(bar->value() + bar->pageStep());
        lanes->plot()->replot(QCustomPlot::rpImmediateRefresh);
        scrolls.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(scrolls.begin(), scrolls.end());
    std::printf("first load: %.0f ms (%d matches, %d contact dots); swimlanes drawn in %.1f ms; %zu scroll steps: "
                "median %.1f ms, max %.1f ms\n",
                loaded, lanes->laneCount(), lanes->contactDotCount(), drawn, scrolls.size(),
                scrolls.empty() ? 0.0 : scrolls[scrolls.size() / 2], scrolls.empty() ? 0.0 : scrolls.back());
    return 0;
}
