#include "review/reviewcharts.h"

#include "charts/chartstyle.h"
#include "charts/customplot.h"
#include "common/statustext.h"
#include "review/committeegridmodel.h"
#include "review/decisionrules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cohort {

namespace {
// The value at quantile q of sorted values (linear interpolation).
double quantile(const QList<double> &sorted, double q)
{
    if (sorted.isEmpty())
        return 0;
    const double position = q * double(sorted.size() - 1);
    const auto lower = qsizetype(std::floor(position));
    const auto upper = qsizetype(std::ceil(position));
    const double fraction = position - double(lower);
    return sorted.at(lower) + (sorted.at(upper) - sorted.at(lower)) * fraction;
}

QCustomPlot *makePlot(QWidget *parent, const QString &objectName, const QString &title, const QString &exportName)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setAccessibleName(title);
    plot->setMinimumSize(320, 260);
    ChartStyle::setTitle(plot, title);
    ChartStyle::installExportMenu(plot, exportName);
    return plot;
}
} // namespace

ReviewCharts::ReviewCharts(QWidget *parent)
    : QWidget(parent), m_chartComboBox(new QComboBox(this)), m_stack(new QStackedWidget(this)),
      m_boxPlot(
          makePlot(this, QStringLiteral("reviewerBoxPlot"), tr("Each reviewer's totals"), tr("reviewers' scores"))),
      m_scatterPlot(makePlot(this, QStringLiteral("rawCalibratedPlot"), tr("Raw mean against calibrated score"),
                             tr("raw and calibrated scores"))),
      m_histogram(makePlot(this, QStringLiteral("scoreHistogram"), tr("Calibrated scores"), tr("score histogram")))
{
    setObjectName(QStringLiteral("reviewCharts"));
    m_chartComboBox->setObjectName(QStringLiteral("chartComboBox"));
    m_chartComboBox->setAccessibleName(tr("Chart"));
    m_chartComboBox->setToolTip(tr("Choose the chart; right-click a chart to export it as PNG or PDF"));
    m_chartComboBox->addItem(tr("Reviewers' score distributions"));
    m_chartComboBox->addItem(tr("Raw against calibrated"));
    m_chartComboBox->addItem(tr("Score histogram and acceptance line"));
    for (QCustomPlot *plot : {m_boxPlot, m_scatterPlot, m_histogram})
        m_stack->addWidget(plot);
    connect(m_chartComboBox, &QComboBox::currentIndexChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *label = new QLabel(tr("C&hart:"), this);
    label->setBuddy(m_chartComboBox);
    auto *top = new QHBoxLayout;
    top->addWidget(label);
    top->addWidget(m_chartComboBox, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    m_boxPlot->xAxis->setLabel(tr("Reviewer"));
    m_boxPlot->yAxis->setLabel(tr("Weighted total"));
    m_boxPlot->xAxis->grid()->setVisible(false);
    m_scatterPlot->xAxis->setLabel(tr("Raw mean"));
    m_histogram->yAxis->setLabel(tr("Applications"));
    m_histogram->xAxis->grid()->setVisible(false);
    rebuild();
}

void ReviewCharts::clear()
{
    m_data.reset();
    m_statistics.reset();
    rebuild();
}

void ReviewCharts::setReview(std::shared_ptr<const ReviewCycleData> data,
                             std::shared_ptr<const ReviewStatistics> statistics, CalibrationMethod method)
{
    m_data = std::move(data);
    m_statistics = std::move(statistics);
    m_method = method;
    rebuild();
}

void ReviewCharts::setMethod(CalibrationMethod method)
{
    if (method == m_method)
        return;
    m_method = method;
    rebuildScatter();
    rebuildHistogram();
}

void ReviewCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        for (QCustomPlot *plot : {m_boxPlot, m_scatterPlot, m_histogram})
            ChartStyle::apply(plot);
        rebuild();
    }
}

void ReviewCharts::rebuild()
{
    rebuildBoxes();
    rebuildScatter();
    rebuildHistogram();
}

void ReviewCharts::rebuildBoxes()
{
    QCustomPlot *plot = m_boxPlot;
    plot->clearPlottables();
    if (!m_data || !m_statistics) {
        plot->replot();
        return;
    }
    QList<QList<double>> totals(m_data->reviewers.size());
    for (const ApplicationStatistics &application : m_statistics->applications) {
        for (const auto &total : application.totals) {
            if (total.counted && total.reviewer >= 0 && total.total.total)
                totals[total.reviewer].append(*total.total.total);
        }
    }
    QList<int> reviewers;
    for (int r = 0; r < totals.size(); ++r) {
        if (!totals.at(r).isEmpty())
            reviewers.append(r);
    }
    const qsizetype withScores = reviewers.size();
    if (reviewers.size() > MaxBoxes) {
        std::stable_sort(reviewers.begin(), reviewers.end(),
                         [&](int a, int b) { return totals.at(a).size() > totals.at(b).size(); });
        reviewers.resize(MaxBoxes);
        std::sort(reviewers.begin(), reviewers.end());
    }
    ChartStyle::setTitle(
        plot, withScores > MaxBoxes
                  ? tr("Totals of the %1 reviewers with the most scores (of %2)").arg(MaxBoxes).arg(withScores)
                  : tr("Each reviewer's totals"));
    auto *boxes = new QCPStatisticalBox(plot->xAxis, plot->yAxis);
    boxes->setName(tr("Totals"));
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.35);
    boxes->setBrush(fill);
    boxes->setWhiskerPen(QPen(palette().color(QPalette::WindowText), 1, Qt::SolidLine));
    boxes->setMedianPen(QPen(palette().color(QPalette::WindowText), 2));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    double low = 0, high = 1;
    bool first = true;
    for (int i = 0; i < reviewers.size(); ++i) {
        QList<double> values = totals.at(reviewers.at(i));
        std::sort(values.begin(), values.end());
        const double q1 = quantile(values, 0.25), median = quantile(values, 0.5), q3 = quantile(values, 0.75);
        const double iqr = q3 - q1;
        double lowWhisker = q3, highWhisker = q1;
        QList<double> outliers;
        for (double v : std::as_const(values)) {
            if (v < q1 - 1.5 * iqr || v > q3 + 1.5 * iqr) {
                outliers.append(v);
            } else {
                lowWhisker = std::min(lowWhisker, v);
                highWhisker = std::max(highWhisker, v);
            }
        }
        boxes->addData(i + 1, lowWhisker, q1, median, q3, highWhisker,
                       QVector<double>(outliers.cbegin(), outliers.cend()));
        ticker->addTick(i + 1, m_data->reviewers.at(reviewers.at(i)).name);
        low = first ? values.constFirst() : std::min(low, values.constFirst());
        high = first ? values.constLast() : std::max(high, values.constLast());
        first = false;
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setTickLabelRotation(reviewers.size() > 6 ? 45 : 0);
    plot->xAxis->setRange(0.4, std::max<double>(1, reviewers.size()) + 0.6);
    if (!m_data->criteria.isEmpty())
        plot->yAxis->setRange(m_data->criteria.constFirst().scaleMin - 0.2,
                              m_data->criteria.constFirst().scaleMax + 0.2);
    else
        plot->yAxis->setRange(low - 0.5, high + 0.5);
    ChartStyle::apply(plot);
    plot->replot();
}

void ReviewCharts::rebuildScatter()
{
    QCustomPlot *plot = m_scatterPlot;
    plot->clearPlottables();
    plot->clearItems();
    plot->yAxis->setLabel(CommitteeGridModel::methodName(m_method));
    if (!m_data || !m_statistics) {
        plot->replot();
        return;
    }
    QVector<double> x, y;
    for (const ApplicationStatistics &application : m_statistics->applications) {
        if (application.reviewCount == 0)
            continue;
        x.append(application.rawMean);
        y.append(application.score(m_method));
    }
    auto *graph = plot->addGraph();
    graph->setName(tr("Applications"));
    graph->setLineStyle(QCPGraph::lsNone);
    QColor color = palette().color(QPalette::Highlight);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, x.size() > 2000 ? 3 : 6));
    graph->setData(x, y, false);
    ChartStyle::setManyBars(plot, x.size() > 2000);
    plot->rescaleAxes();
    // The diagonal: where calibration changes nothing.
    auto *diagonal = new QCPItemStraightLine(plot);
    QColor line = palette().color(QPalette::WindowText);
    line.setAlphaF(0.4);
    diagonal->setPen(QPen(line, 1, Qt::DashLine));
    diagonal->point1->setCoords(0, 0);
    diagonal->point2->setCoords(1, 1);
    const QCPRange xr = plot->xAxis->range(), yr = plot->yAxis->range();
    plot->xAxis->setRange(xr.lower - 0.1, xr.upper + 0.1);
    plot->yAxis->setRange(yr.lower - 0.1, yr.upper + 0.1);
    ChartStyle::setTitle(plot, tr("Raw mean against %1 (%Ln applications)", nullptr, int(x.size()))
                                   .arg(CommitteeGridModel::methodName(m_method).toLower()));
    ChartStyle::apply(plot);
    plot->replot();
}

void ReviewCharts::rebuildHistogram()
{
    QCustomPlot *plot = m_histogram;
    plot->clearPlottables();
    plot->clearItems();
    plot->xAxis->setLabel(CommitteeGridModel::methodName(m_method));
    if (!m_data || !m_statistics) {
        plot->replot();
        return;
    }
    QList<double> scores;
    QList<QPair<int, double>> byRank;
    for (const ApplicationStatistics &application : m_statistics->applications) {
        if (application.reviewCount == 0)
            continue;
        scores.append(application.score(m_method));
        byRank.append({application.rank(m_method), application.score(m_method)});
    }
    if (scores.isEmpty()) {
        ChartStyle::setTitle(plot, tr("Calibrated scores: nothing scored yet"));
        plot->replot();
        return;
    }
    const auto [minIt, maxIt] = std::minmax_element(scores.cbegin(), scores.cend());
    const double low = *minIt, high = *maxIt;
    const int binCount = std::clamp(int(std::sqrt(double(scores.size()))), 5, 40);
    const double width = high > low ? (high - low) / binCount : 1.0;
    QVector<double> keys(binCount), counts(binCount, 0);
    for (int i = 0; i < binCount; ++i)
        keys[i] = low + (i + 0.5) * width;
    for (double s : std::as_const(scores))
        counts[std::clamp(int((s - low) / width), 0, binCount - 1)] += 1;
    auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
    bars->setName(tr("Applications"));
    bars->setWidth(width * 0.9);
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlphaF(0.6);
    bars->setBrush(fill);
    bars->setPen(Qt::NoPen);
    bars->setData(keys, counts, true);
    ChartStyle::setManyBars(plot, binCount > 30);
    plot->xAxis->setRange(low - width, high + width);
    plot->yAxis->setRange(0, *std::max_element(counts.cbegin(), counts.cend()) * 1.15 + 1);

    const std::optional<int> target = DecisionRules::target(*m_data);
    QString title =
        tr("%1 scores of %Ln applications", nullptr, int(scores.size())).arg(CommitteeGridModel::methodName(m_method));
    if (target && *target > 0) {
        std::sort(byRank.begin(), byRank.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        const int places = std::min<int>(*target, int(byRank.size()));
        const double cutoff = byRank.at(places - 1).second;
        auto *line = new QCPItemStraightLine(plot);
        line->setPen(QPen(StatusText::applicationStatusColor(QStringLiteral("accepted")), 2, Qt::DashLine));
        line->point1->setCoords(cutoff, 0);
        line->point2->setCoords(cutoff, 1);
        auto *label = new QCPItemText(plot);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->position->setType(QCPItemPosition::ptPlotCoords);
        label->position->setCoords(cutoff, plot->yAxis->range().upper);
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setColor(palette().color(QPalette::WindowText));
        label->setText(tr("Acceptance line: %Ln places", nullptr, *target));
        title += QStringLiteral(" — ") + tr("accepted at %1 or more").arg(QLocale().toString(cutoff, 'f', 2));
    } else {
        title += QStringLiteral(" — ") + tr("no target set");
    }
    ChartStyle::setTitle(plot, title);
    ChartStyle::apply(plot);
    plot->replot();
}

} // namespace cohort
