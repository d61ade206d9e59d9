#pragma once

#include <QList>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QScrollBar;

namespace cohort {

struct TimelineSnapshot;

// The engagement timeline: one lane per match (in the order given), its contacts as dots coloured
// by method, the goal sheet's due date (open triangle) and submission (filled), and the months that
// broke the cadence marked in red. Shows a screenful of lanes at a time — the scroll bar or the
// wheel moves through them; Ctrl+wheel and dragging zoom and pan the dates. 500 matches draw at
// once (a handful of graphs, not an item per dot).
class SwimlaneChart : public QWidget
{
    Q_OBJECT

public:
    explicit SwimlaneChart(QWidget *parent = nullptr);

    // lanes: indices into the snapshot's matches, top first.
    void setSnapshot(std::shared_ptr<const TimelineSnapshot> snapshot, const QList<int> &lanes);
    QCustomPlot *plot() const { return m_plot; }
    QScrollBar *scrollBar() const { return m_scroll; }
    int laneCount() const { return int(m_lanes.size()); }
    int contactDotCount() const { return m_dots; }
    // Scrolls so that the match's lane is in view.
    void showMatch(int match);

signals:
    void matchClicked(int match);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showLanes(int first);

    std::shared_ptr<const TimelineSnapshot> m_snapshot;
    QList<int> m_lanes;
    QCustomPlot *m_plot;
    QScrollBar *m_scroll;
    int m_dots = 0;
};

} // namespace cohort
