#pragma once

#include "store/applicationstore.h"

#include "charts/customplot.h"

namespace cohort {

// Applications of the cycle as two horizontal bars (mentors, mentees), each stacked by status,
// so the committee sees both the mentee:mentor balance and how far review has come.
class ApplicationsChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit ApplicationsChart(QWidget *parent = nullptr);

    void setCounts(const QList<StatusCount> &counts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QList<StatusCount> m_counts;
};

} // namespace cohort
