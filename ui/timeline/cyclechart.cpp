#include "timeline/cyclechart.h"

#include "charts/chartstyle.h"
#include "charts/customplot.h"
#include "timeline/timelinesnapshot.h"

#include <QLocale>
#include <QMap>
#include <QVBoxLayout>

namespace cohort {

namespace {
double key(const QDate &date)
{
    return QCPAxisTickerDateTime::dateTimeToKey(date.startOfDay());
}

// One colour per kind of phase, from a palette that reads on light and dark backgrounds.
QColor kindColor(const QString &kind)
{
    static const QMap<QString, QColor> colors = {
        {QStringLiteral("applications"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("review"), QColor(0xf2, 0x8e, 0x2b)},
        {QStringLiteral("notifications"), QColor(0xe1, 0x57, 0x59)},
        {QStringLiteral("goals"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("orientation"), QColor(0x59, 0xa1, 0x4f)},
        {QStringLiteral("work"), QColor(0xed, 0xc9, 0x48)},
        {QStringLiteral("midpoint"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("survey"), QColor(0xff, 0x9d, 0xa7)},
        {QStringLiteral("closing"), QColor(0x9c, 0x75, 0x5f)},
    };
    return colors.value(kind, QColor(0xba, 0xb0, 0xac));
}

QSharedPointer<QCPAxisTickerDateTime> dateTicker()
{
    QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
    ticker->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    ticker->setTickCount(8);
    return ticker;
}

void setUpDates(QCustomPlot *plot)
{
    plot->xAxis->setTicker(dateTicker());
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
}
} // namespace

CycleChart::CycleChart(QWidget *parent)
    : QWidget(parent), m_phases(new QCustomPlot(this)), m_intake(new QCustomPlot(this))
{
    m_phases->setObjectName(QStringLiteral("phaseChart"));
    m_phases->setAccessibleName(tr("The cycle's phases on a date axis"));
    m_intake->setObjectName(QStringLiteral("intakeChart"));
    m_intake->setAccessibleName(tr("Applications received per week"));
    setUpDates(m_phases);
    setUpDates(m_intake);
    ChartStyle::installExportMenu(m_phases, tr("cycle phases"));
    ChartStyle::installExportMenu(m_intake, tr("applications per week"));
    // The two charts share their dates.
    connect(m_phases->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &range) {
        if (m_intake->xAxis->range() != range) {
            m_intake->xAxis->setRange(range);
            m_intake->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    connect(m_intake->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this](const QCPRange &range) {
        if (m_phases->xAxis->range() != range) {
            m_phases->xAxis->setRange(range);
            m_phases->replot(QCustomPlot::rpQueuedReplot);
        }
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_phases, 3);
    layout->addWidget(m_intake, 2);
}

void CycleChart::setSnapshot(const TimelineSnapshot *snapshot)
{
    for (QCustomPlot *plot : {m_phases, m_intake}) {
        plot->clearPlottables();
        plot->clearItems();
    }
    m_phaseBars = 0;
    if (snapshot && snapshot->error.isEmpty()) {
        showPhases(*snapshot);
        showIntake(*snapshot);
    }
    m_phases->replot();
    m_intake->replot();
}

void CycleChart::showPhases(const TimelineSnapshot &snapshot)
{
    const Cycle &cycle = snapshot.data.cycle;
    const QLocale locale;
    ChartStyle::setTitle(m_phases, tr("%1: phases").arg(cycle.name));
    const int n = int(cycle.phases.size());
    QSharedPointer<QCPAxisTickerText> names(new QCPAxisTickerText);
    QVector<double> deadlineKeys, deadlineRows;
    QDate first = cycle.startsOn, last = cycle.endsOn;
    for (int i = 0; i < n; ++i) {
        const Phase &phase = cycle.phases.at(i);
        const double row = n - 1 - i; // the first phase on top
        names->addTick(row, phase.name);
        auto *bar = new QCPItemRect(m_phases);
        bar->topLeft->setCoords(key(phase.startsOn), row + 0.35);
        bar->bottomRight->setCoords(key(phase.endsOn.addDays(1)), row - 0.35);
        QColor fill = kindColor(phase.kind);
        bar->setBrush(fill);
        bar->setPen(QPen(fill.darker(130)));
        bar->setSelectable(false);
        ++m_phaseBars;
        if (phase.deadline.isValid()) {
            deadlineKeys << key(phase.deadline);
            deadlineRows << row;
        }
        if (!first.isValid() || phase.startsOn < first)
            first = phase.startsOn;
        if (!last.isValid() || phase.endsOn > last)
            last = phase.endsOn;
    }
    m_phases->yAxis->setTicker(names);
    m_phases->yAxis->setRange(-0.7, qMax(0, n - 1) + 0.7);
    m_phases->yAxis->grid()->setVisible(false);
    m_phases->xAxis->setLabel(QString());

    auto *deadlines = m_phases->addGraph();
    deadlines->setName(tr("Deadline"));
    deadlines->setLineStyle(QCPGraph::lsNone);
    const QColor ink = palette().color(QPalette::WindowText);
    deadlines->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, ink, palette().color(QPalette::Base), 9));
    deadlines->setData(deadlineKeys, deadlineRows, false);

    // Orientation sessions: milestones on the orientation phase's row, or the bottom row.
    int orientationRow = -1;
    for (const char *kind : {"orientation", "goals"}) {
        for (int i = 0; i < n && orientationRow < 0; ++i) {
            if (cycle.phases.at(i).kind == QLatin1String(kind))
                orientationRow = n - 1 - i;
        }
    }
    orientationRow = qMax(0, orientationRow);
    QVector<double> sessionKeys, sessionRows;
    for (const QDate &date : snapshot.data.settings.orientationDates) {
        sessionKeys << key(date);
        sessionRows << orientationRow;
    }
    auto *sessions = m_phases->addGraph();
    sessions->setName(tr("Orientation"));
    sessions->setLineStyle(QCPGraph::lsNone);
    sessions->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, ink, 11));
    sessions->setData(sessionKeys, sessionRows, false);

    if (snapshot.asOf.isValid()) {
        auto *today = new QCPItemStraightLine(m_phases);
        today->point1->setCoords(key(snapshot.asOf), 0);
        today->point2->setCoords(key(snapshot.asOf), 1);
        today->setPen(QPen(QColor(0xd6, 0x27, 0x28), 1.5, Qt::DashLine));
        auto *label = new QCPItemText(m_phases);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(key(snapshot.asOf), 0.0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setText(tr("Today, %1").arg(locale.toString(snapshot.asOf, QLocale::ShortFormat)));
        label->setColor(QColor(0xd6, 0x27, 0x28));
        label->setPadding(QMargins(4, 2, 4, 2));
    }
    if (first.isValid() && last.isValid())
        m_phases->xAxis->setRange(key(first.addDays(-7)), key(last.addDays(14)));
    ChartStyle::apply(m_phases);
}

void CycleChart::showIntake(const TimelineSnapshot &snapshot)
{
    const Cycle &cycle = snapshot.data.cycle;
    ChartStyle::setTitle(m_intake, tr("Applications received per week"));
    QMap<QDate, int> perWeek; // by the Monday of the week
    for (const QDate &date : snapshot.data.applicationDates) {
        if (date.isValid())
            ++perWeek[date.addDays(1 - date.dayOfWeek())];
    }
    QVector<double> keys, counts, cumulative;
    int total = 0;
    for (auto it = perWeek.cbegin(); it != perWeek.cend(); ++it) {
        keys << key(it.key().addDays(3)); // the bar sits on the middle of its week
        counts << it.value();
        total += it.value();
        cumulative << total;
    }
    auto *bars = new QCPBars(m_intake->xAxis, m_intake->yAxis);
    bars->setName(tr("This week"));
    bars->setWidth(6 * 24 * 3600.0);
    bars->setBrush(kindColor(QStringLiteral("applications")));
    bars->setPen(Qt::NoPen);
    bars->setData(keys, counts, true);
    auto *running = new QCPGraph(m_intake->xAxis, m_intake->yAxis2);
    running->setName(tr("Received so far"));
    running->setPen(QPen(palette().color(QPalette::WindowText), 1.5));
    running->setLineStyle(QCPGraph::lsStepLeft);
    running->setData(keys, cumulative, true);
    m_intake->yAxis->setLabel(tr("Per week"));
    m_intake->yAxis2->setVisible(true);
    m_intake->yAxis2->setLabel(tr("Total"));
    double most = 1;
    for (double c : std::as_const(counts))
        most = qMax(most, c);
    m_intake->yAxis->setRange(0, most * 1.15);
    m_intake->yAxis2->setRange(0, qMax(1, total) * 1.1);
    for (const Phase &phase : cycle.phases) {
        if (phase.kind != QLatin1String("applications") || !(phase.deadline.isValid() || phase.endsOn.isValid()))
            continue;
        const QDate due = phase.deadline.isValid() ? phase.deadline : phase.endsOn;
        auto *line = new QCPItemStraightLine(m_intake);
        line->point1->setCoords(key(due), 0);
        line->point2->setCoords(key(due), 1);
        line->setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_intake);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(key(due), 0.0);
        label->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setText(tr("Applications close"));
        label->setPadding(QMargins(4, 2, 4, 2));
        label->setColor(palette().color(QPalette::WindowText));
    }
    m_intake->legend->setVisible(true);
    m_intake->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_intake->xAxis->setRange(m_phases->xAxis->range());
    ChartStyle::apply(m_intake);
}

} // namespace cohort
