#include "dashboard/funnelchart.h"

#include "charts/chartstyle.h"
#include "common/statustext.h"
#include "dashboard/dashboardfigures.h"

namespace cohort {

namespace {
const QStringList &roles()
{
    static const QStringList list = {QStringLiteral("mentor"), QStringLiteral("mentee")};
    return list;
}
} // namespace

FunnelChart::FunnelChart(QWidget *parent) : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("funnelChart"));
    setAccessibleName(tr("Acceptance funnel by role"));
    setMinimumSize(360, 260);
    ChartStyle::setTitle(this, tr("Acceptance funnel"));
    yAxis->setLabel(tr("Applications"));
    xAxis->grid()->setVisible(false);
    QSharedPointer<QCPAxisTickerText> stages(new QCPAxisTickerText);
    const QStringList names = {tr("Applied"), tr("Eligible"), tr("Decided"), tr("Accepted"), tr("Matched")};
    for (int i = 0; i < names.size(); ++i)
        stages->addTick(i + 1, names.at(i));
    xAxis->setTicker(stages);
    xAxis->setRange(0.4, names.size() + 0.6);
    legend->setVisible(true);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    ChartStyle::installExportMenu(this, tr("acceptance funnel"));
    rebuild();
}

void FunnelChart::setFigures(const DashboardFigures &figures)
{
    m_stages.clear();
    for (const QString &role : roles())
        m_stages.append(figures.funnel(role));
    rebuild();
}

QList<double> FunnelChart::values(int role) const
{
    QList<double> result;
    if (role >= 0 && role < m_stages.size()) {
        for (int count : m_stages.at(role))
            result << count;
    }
    return result;
}

void FunnelChart::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        ChartStyle::apply(this);
        rebuild();
    }
}

void FunnelChart::rebuild()
{
    clearPlottables();
    auto *group = new QCPBarsGroup(this);
    group->setSpacing(2);
    double most = 1;
    const QList<QColor> colors = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b)};
    for (int r = 0; r < m_stages.size(); ++r) {
        auto *bars = new QCPBars(xAxis, yAxis);
        bars->setName(StatusText::rolePlural(roles().at(r)));
        bars->setBrush(colors.at(r));
        bars->setPen(Qt::NoPen);
        bars->setWidth(0.38);
        bars->setBarsGroup(group);
        QVector<double> keys, values;
        for (int s = 0; s < m_stages.at(r).size(); ++s) {
            keys << s + 1;
            values << m_stages.at(r).at(s);
            most = qMax(most, double(m_stages.at(r).at(s)));
        }
        bars->setData(keys, values, true);
    }
    yAxis->setRange(0, most * 1.15);
    ChartStyle::apply(this);
    replot();
}

} // namespace cohort
