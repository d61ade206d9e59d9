#pragma once

#include <QWidget>

class QCustomPlot;
class QCPAxis;

namespace cohort {

struct TimelineSnapshot;

// The cycle on a date axis: its phases as bars (one row each, by order), deadlines as diamonds,
// orientation dates as milestones and a "today" line; below, the applications received per week
// and their running total against the applications deadline. Drag to pan and wheel to zoom the
// dates (both charts move together); right-click exports either chart as PNG or PDF.
class CycleChart : public QWidget
{
    Q_OBJECT

public:
    explicit CycleChart(QWidget *parent = nullptr);

    void setSnapshot(const TimelineSnapshot *snapshot);
    QCustomPlot *phasePlot() const { return m_phases; }
    QCustomPlot *intakePlot() const { return m_intake; }
    int phaseBarCount() const { return m_phaseBars; }

private:
    void showPhases(const TimelineSnapshot &snapshot);
    void showIntake(const TimelineSnapshot &snapshot);

    QCustomPlot *m_phases;
    QCustomPlot *m_intake;
    int m_phaseBars = 0;
};

} // namespace cohort
