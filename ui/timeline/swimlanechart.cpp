#include "timeline/swimlanechart.h"

#include "charts/chartstyle.h"
#include "charts/customplot.h"
#include "timeline/timelinesnapshot.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QWheelEvent>

namespace cohort {

namespace {
constexpr int VisibleLanes = 14;

double key(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date.startOfDay());
}

struct Method
{
    QString code;
    QColor color;
    QCPScatterStyle::ScatterShape shape;
};

QList<Method> methods()
{
    return {{QStringLiteral("email"), QColor(0x4e, 0x79, 0xa7), QCPScatterStyle::ssDisc},
            {QStringLiteral("phone"), QColor(0x59, 0xa1, 0x4f), QCPScatterStyle::ssSquare},
            {QStringLiteral("video"), QColor(0xb0, 0x7a, 0xa1), QCPScatterStyle::ssDiamond},
            {QStringLiteral("chat"), QColor(0xf2, 0x8e, 0x2b), QCPScatterStyle::ssTriangle},
            {QStringLiteral("in_person"), QColor(0x9c, 0x75, 0x5f), QCPScatterStyle::ssStar}};
}

QString methodName(const QString &code)
{
    if (code == QLatin1String("email"))
        return SwimlaneChart::tr("Email");
    if (code == QLatin1String("phone"))
        return SwimlaneChart::tr("Phone");
    if (code == QLatin1String("video"))
        return SwimlaneChart::tr("Video");
    if (code == QLatin1String("chat"))
        return SwimlaneChart::tr("Chat");
    return SwimlaneChart::tr("In person");
}
} // namespace

SwimlaneChart::SwimlaneChart(QWidget *parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_scroll(new QScrollBar(Qt::Vertical, this))
{
    m_plot->setObjectName(QStringLiteral("swimlaneChart"));
    m_plot->setAccessibleName(tr("Engagement timeline: one lane per match"));
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    dates->setTickCount(8);
    m_plot->xAxis->setTicker(dates);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->yAxis->grid()->setVisible(false);
    ChartStyle::setTitle(m_plot, tr("Engagement timeline"));
    // The legend goes below the lanes, in columns, so it never covers a dot.
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(m_plot->plotLayout()->rowCount(), 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(m_plot->plotLayout()->rowCount() - 1, 0.001);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setWrap(4);
    m_plot->legend->setMargins(QMargins(4, 0, 4, 4));
    ChartStyle::installExportMenu(m_plot, tr("engagement timeline"));
    m_plot->installEventFilter(this);
    m_scroll->setObjectName(QStringLiteral("swimlaneScrollBar"));
    m_scroll->setAccessibleName(tr("Scroll the matches"));
    connect(m_scroll, &QScrollBar::valueChanged, this, &SwimlaneChart::showLanes);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *event) {
        const int lane = int(std::lround(m_plot->yAxis->pixelToCoord(event->position().y())));
        const int index = int(m_lanes.size()) - 1 - lane;
        if (index >= 0 && index < m_lanes.size())
            emit matchClicked(m_lanes.at(index));
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_scroll);
}

void SwimlaneChart::setSnapshot(std::shared_ptr<const TimelineSnapshot> snapshot, const QList<int> &lanes)
{
    m_snapshot = std::move(snapshot);
    m_lanes = lanes;
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_dots = 0;
    const int n = int(m_lanes.size());
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    if (!m_snapshot || n == 0) {
        m_plot->yAxis->setTicker(names);
        m_scroll->setRange(0, 0);
        m_plot->replot();
        return;
    }
    // Lane i (from the top) sits at y = n − 1 − i, so the first match is on top.
    QList<QCPGraph *> byMethod;
    const QList<Method> all = methods();
    for (const Method &method : all) {
        auto *graph = m_plot->addGraph();
        graph->setName(methodName(method.code));
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(QCPScatterStyle(method.shape, method.color, method.color, 7));
        byMethod << graph;
    }
    auto *due = m_plot->addGraph();
    due->setName(tr("Goal sheet due"));
    due->setLineStyle(QCPGraph::lsNone);
    const QColor ink = palette().color(QPalette::WindowText);
    due->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, ink, 10));
    auto *submitted = m_plot->addGraph();
    submitted->setName(tr("Goal sheet submitted"));
    submitted->setLineStyle(QCPGraph::lsNone);
    submitted->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, ink, ink, 10));
    auto *broken = m_plot->addGraph();
    broken->setName(tr("Month below the cadence"));
    broken->setLineStyle(QCPGraph::lsNone);
    const QColor red(0xc6, 0x28, 0x28);
    broken->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(red, 2), Qt::NoBrush, 9));

    QList<QVector<double>> methodKeys(all.size()), methodRows(all.size());
    QVector<double> dueKeys, dueRows, submittedKeys, submittedRows, brokenKeys, brokenRows;
    QDate first, last = m_snapshot->asOf;
    for (int i = 0; i < n; ++i) {
        const int match = m_lanes.at(i);
        const double row = n - 1 - i;
        const TimelineMatch &m = m_snapshot->data.matches.at(match);
        const MatchEngagement &e = m_snapshot->engagement.at(match);
        names->addTick(row, m_snapshot->pairName(match));
        for (const ContactEntry &contact : m.contacts) {
            int method = 0;
            while (method < all.size() && all.at(method).code != contact.method)
                ++method;
            if (method == all.size())
                method = 0;
            methodKeys[method] << key(contact.contactOn);
            methodRows[method] << row;
            ++m_dots;
        }
        if (e.goalSheet.dueOn.isValid()) {
            dueKeys << key(e.goalSheet.dueOn);
            dueRows << row + 0.25;
        }
        if (e.goalSheet.submittedOn.isValid()) {
            submittedKeys << key(e.goalSheet.submittedOn);
            submittedRows << row + 0.25;
        }
        for (const MonthCadence &month : e.months) {
            if (!month.met && month.expected > 0) {
                brokenKeys << key(QDate(month.year, month.month, 15));
                brokenRows << row - 0.25;
            }
        }
        if (m.match.publishedOn.isValid() && (!first.isValid() || m.match.publishedOn < first))
            first = m.match.publishedOn;
    }
    for (int k = 0; k < all.size(); ++k)
        byMethod.at(k)->setData(methodKeys.at(k), methodRows.at(k), false);
    due->setData(dueKeys, dueRows, false);
    submitted->setData(submittedKeys, submittedRows, false);
    broken->setData(brokenKeys, brokenRows, false);
    m_plot->yAxis->setTicker(names);
    if (first.isValid() && last.isValid())
        m_plot->xAxis->setRange(key(first.addDays(-7)), key(last.addDays(7)));
    if (m_snapshot->asOf.isValid()) {
        auto *today = new QCPItemStraightLine(m_plot);
        today->point1->setCoords(key(m_snapshot->asOf), 0);
        today->point2->setCoords(key(m_snapshot->asOf), 1);
        today->setPen(QPen(red, 1.5, Qt::DashLine));
    }
    ChartStyle::setManyBars(m_plot, m_dots > 20000);
    ChartStyle::apply(m_plot);
    m_scroll->setRange(0, qMax(0, n - VisibleLanes));
    m_scroll->setPageStep(VisibleLanes);
    m_scroll->setValue(0);
    showLanes(0);
}

void SwimlaneChart::showLanes(int first)
{
    const int n = int(m_lanes.size());
    // The top lane shown is lane `first`, at y = n − 1 − first.
    const double top = n - 1 - first + 0.6;
    m_plot->yAxis->setRange(top - VisibleLanes, top);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SwimlaneChart::showMatch(int match)
{
    const int lane = int(m_lanes.indexOf(match));
    if (lane < 0)
        return;
    if (lane < m_scroll->value() || lane >= m_scroll->value() + VisibleLanes)
        m_scroll->setValue(qMax(0, lane - VisibleLanes / 2));
}

bool SwimlaneChart::eventFilter(QObject *watched, QEvent *event)
{
    // The wheel scrolls the lanes; with Ctrl it zooms the dates (QCustomPlot's own handling).
    if (watched == m_plot && event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (!(wheel->modifiers() & Qt::ControlModifier)) {
            QApplication::sendEvent(m_scroll, wheel);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cohort
