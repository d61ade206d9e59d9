#pragma once

#include <QCoreApplication>
#include <QString>

class QCPTextElement;
class QCustomPlot;
class QWidget;

namespace cohort {

// One look for every chart: the system palette and font, a title and axis labels always, and
// "Export as PNG/PDF" in the context menu.
class ChartStyle
{
    Q_DECLARE_TR_FUNCTIONS(cohort::ChartStyle)

public:
    // Colours and fonts from the plot's palette; call again when the palette changes.
    static void apply(QCustomPlot *plot);
    // Adds (or updates) the title row above the axis rect.
    static QCPTextElement *setTitle(QCustomPlot *plot, const QString &title);
    // Antialiasing costs more than it gives when there are many bars.
    static void setManyBars(QCustomPlot *plot, bool many);
    static void installExportMenu(QCustomPlot *plot, const QString &baseName);
};

} // namespace cohort
