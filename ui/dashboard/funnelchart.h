#pragma once

#include "charts/customplot.h"

#include <QList>

namespace cohort {

struct DashboardFigures;

// The acceptance funnel of a cycle, mentors and mentees side by side: applied, eligible, decided,
// accepted, matched — how many are left at each step.
class FunnelChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit FunnelChart(QWidget *parent = nullptr);

    void setFigures(const DashboardFigures &figures);
    // The bars' values, mentors then mentees (for tests).
    QList<double> values(int role) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<QList<int>> m_stages; // per role (mentor, mentee): the five counts
};

} // namespace cohort
