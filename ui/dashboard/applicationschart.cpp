#include "dashboard/applicationschart.h"

#include "charts/chartstyle.h"
#include "common/statustext.h"

namespace cohort {

ApplicationsChart::ApplicationsChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("applicationsChart"));
    setAccessibleName(tr("Applications by role and status"));
    setMinimumSize(360, 260);
    ChartStyle::setTitle(this, tr("Applications by role and status"));
    xAxis->setLabel(tr("Applications"));
    yAxis->setLabel(tr("Role"));
    yAxis->grid()->setVisible(false);

    // The legend goes under the axis rect, in one row, instead of covering the bars.
    auto *legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(plotLayout()->rowCount(), 0, legendRow);
    legendRow->addElement(0, 0, legend);
    legendRow->setMargins(QMargins(0, 0, 0, 4));
    plotLayout()->setRowStretchFactor(plotLayout()->rowCount() - 1, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(4);
    legend->setVisible(true);

    ChartStyle::installExportMenu(this, tr("applications"));
    rebuild();
}

void ApplicationsChart::setCounts(const QList<StatusCount> &counts)
{
    m_counts = counts;
    rebuild();
}

void ApplicationsChart::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        ChartStyle::apply(this);
        rebuild();
    }
}

void ApplicationsChart::rebuild()
{
    clearPlottables();
    const QStringList roles = StatusText::roles();
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < roles.size(); ++i)
        ticker->addTick(i + 1, StatusText::rolePlural(roles.at(i)));
    yAxis->setTicker(ticker);
    yAxis->setRange(0.4, roles.size() + 0.6);
    yAxis->setRangeReversed(true); // mentors on top, as in the table beside the chart

    QCPBars *below = nullptr;
    int maxTotal = 0;
    QList<int> totals(roles.size(), 0);
    const QColor edge = palette().color(QPalette::Base);
    for (const QString &status : StatusText::applicationStatuses()) {
        QList<double> keys;
        QList<double> values;
        for (int i = 0; i < roles.size(); ++i) {
            int value = 0;
            for (const StatusCount &count : std::as_const(m_counts)) {
                if (count.role == roles.at(i) && count.status == status)
                    value += count.count;
            }
            keys.append(i + 1);
            values.append(value);
            totals[i] += value;
        }
        if (std::all_of(values.cbegin(), values.cend(), [](double v) { return v == 0; }))
            continue; // a status nobody has gets no legend entry
        auto *bars = new QCPBars(yAxis, xAxis);
        bars->setName(StatusText::applicationStatus(status));
        bars->setWidth(0.6);
        bars->setBrush(StatusText::applicationStatusColor(status));
        bars->setPen(QPen(edge, 1));
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (int total : std::as_const(totals))
        maxTotal = std::max(maxTotal, total);
    xAxis->setRange(0, std::max(5.0, maxTotal * 1.08));
    ChartStyle::setManyBars(this, false);
    legend->setVisible(legend->itemCount() > 0);
    replot(QCustomPlot::rpQueuedReplot);
}

} // namespace cohort
