// bench_applications_table FILE: times the Applications area on a large program, offscreen, as
// the GUI runs it: loading the largest cycle (on the worker thread, while a 5 ms timer on the GUI
// thread measures the longest stall), sorting by each column both ways, search-as-you-type
// steps, the filters, and a one-row refresh. Prints each figure in milliseconds. Not a CTest test.
//
//   cohort-cli demo --out /tmp/100k.cohort --applicants 100000
//   QT_QPA_PLATFORM=offscreen bench_applications_table /tmp/100k.cohort
#include "applications/applicationfiltermodel.h"
#include "applications/applicationspage.h"
#include "applications/applicationtablemodel.h"
#include "document/programdocument.h"
#include "store/applicationstore.h"
#include "store/cyclestore.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace cohort;

namespace {

double millis(QElapsedTimer &timer)
{
    const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    return ms;
}

// The longest time between two ticks of a 5 ms timer on the GUI thread: how long the window
// would have been frozen.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double gap = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_worst = std::max(m_worst, gap);
            m_clock.restart();
        });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    double stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_worst = 0;
};

// The time one GUI-thread step takes, including the view's repaint it triggers.
template <typename Step> double timed(QTableView &view, Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    view.viewport()->repaint();
    QCoreApplication::processEvents();
    return millis(timer);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_applications_table FILE.cohort\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    auto opened = ProgramDocument::open(path, true);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    ProgramDocument &document = *opened.value();

    // The largest cycle.
    QString cycleId, cycleName;
    int largest = -1;
    const QList<Cycle> cycles = document.cycleStore().list().value();
    for (const Cycle &cycle : cycles) {
        const int count = document.applicationStore().count(cycle.id).value();
        if (count > largest) {
            largest = count;
            cycleId = cycle.id;
            cycleName = cycle.name;
        }
    }
    std::printf("file %s, cycle %s: %d applications\n", qPrintable(path), qPrintable(cycleName), largest);

    ApplicationsPage page;
    page.resize(1400, 900);
    page.show();
    page.setDocument(&document);
    QTableView &view = *page.tableView();

    StallMeter stall;
    QElapsedTimer timer;
    QEventLoop loop;
    QObject::connect(&page, &ApplicationsPage::loaded, &loop, &QEventLoop::quit);
    stall.start();
    timer.start();
    page.setCycle(cycleId, cycleName);
    loop.exec();
    const double loadMs = millis(timer);
    const double loadStall = stall.stop();
    std::printf("load (worker thread, until rows shown)      %8.1f ms   longest GUI stall %6.1f ms\n", loadMs,
                loadStall);
    std::printf("rows in table                               %8d\n", page.filterModel()->rowCount());

    double worstSort = 0;
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        const QString name = page.tableModel()->headerData(column, Qt::Horizontal).toString();
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const double ms = timed(view, [&] { view.sortByColumn(column, order); });
            worstSort = std::max(worstSort, ms);
            std::printf("sort %-14s %-4s                     %8.1f ms\n", qPrintable(name),
                        order == Qt::AscendingOrder ? "asc" : "desc", ms);
        }
    }
    view.sortByColumn(ApplicationTableModel::NameColumn, Qt::AscendingOrder);

    // Search as you type: a name from the middle of the list, letter by letter, then erased.
    const QString name = page.tableModel()->rowAt(page.tableModel()->rowCount() / 2).summary.fullName;
    double worstSearch = 0;
    QString typed;
    for (const QChar c : name) {
        typed.append(c);
        const double ms = timed(view, [&] { page.setSearchText(typed); });
        worstSearch = std::max(worstSearch, ms);
        std::printf("search \"%s\"%*s %8.1f ms   %6d rows\n", qPrintable(typed), std::max(0, 34 - int(typed.size())),
                    "", ms, page.filterModel()->rowCount());
    }
    while (!typed.isEmpty()) {
        typed.chop(1);
        worstSearch = std::max(worstSearch, timed(view, [&] { page.setSearchText(typed); }));
    }
    std::printf("search, erasing letter by letter: worst     %8.1f ms\n", worstSearch);

    auto *role = page.findChild<QComboBox *>(QStringLiteral("roleFilterComboBox"));
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilterComboBox"));
    auto *eligibility = page.findChild<QComboBox *>(QStringLiteral("eligibilityFilterComboBox"));
    double worstFilter = 0;
    for (QComboBox *combo : {role, status, eligibility}) {
        for (int i = 1; i < combo->count(); ++i) {
            const double ms = timed(view, [&] { combo->setCurrentIndex(i); });
            worstFilter = std::max(worstFilter, ms);
            std::printf("filter %-20s                %8.1f ms   %6d rows\n", qPrintable(combo->itemText(i)), ms,
                        page.filterModel()->rowCount());
        }
        worstFilter = std::max(worstFilter, timed(view, [&] { combo->setCurrentIndex(0); }));
    }

    const QString id = page.tableModel()->rowAt(0).summary.id;
    QElapsedTimer sqlTimer;
    sqlTimer.start();
    auto summary = document.applicationStore().loadSummary(id);
    const double loadSummaryMs = millis(sqlTimer);
    QElapsedTimer upsertTimer;
    upsertTimer.start();
    page.tableModel()->upsertRow(ApplicationRow::from(std::move(summary).value()));
    const double upsertMs = millis(upsertTimer);
    const double refreshMs = timed(view, [] {}) + upsertMs + loadSummaryMs;
    std::printf("one-row refresh: re-rank and re-sort        %8.1f ms\n", upsertMs);
    std::printf("one-row refresh: loadSummary                %8.1f ms\n", loadSummaryMs);
    std::printf("one-row refresh: total with re-rank, re-sort %7.1f ms\n", refreshMs);
    std::printf("\nworst GUI-thread step: load %.1f, sort %.1f, search %.1f, filter %.1f, refresh %.1f ms\n", loadStall,
                worstSort, worstSearch, worstFilter, refreshMs);
    page.setDocument(nullptr);
    return 0;
}
