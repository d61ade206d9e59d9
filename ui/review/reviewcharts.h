#pragma once

#include "review/calibration.h"
#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QStackedWidget;

namespace cohort {

// The committee's charts, one at a time (chosen above them): each reviewer's totals as a box plot
// (who scores high, low, narrow or wide), raw mean against the calibrated score, and the
// histogram of calibrated scores with the line where the target's last place falls. Styled by
// ChartStyle; PNG/PDF export from each chart's context menu.
class ReviewCharts : public QWidget
{
    Q_OBJECT

public:
    // The box plot shows this many reviewers at most (those with the most scores).
    static constexpr int MaxBoxes = 30;

    explicit ReviewCharts(QWidget *parent = nullptr);

    void setReview(std::shared_ptr<const ReviewCycleData> data, std::shared_ptr<const ReviewStatistics> statistics,
                   CalibrationMethod method);
    void setMethod(CalibrationMethod method);
    void clear();

    QCustomPlot *boxPlot() const { return m_boxPlot; }
    QCustomPlot *scatterPlot() const { return m_scatterPlot; }
    QCustomPlot *histogram() const { return m_histogram; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildBoxes();
    void rebuildScatter();
    void rebuildHistogram();

    std::shared_ptr<const ReviewCycleData> m_data;
    std::shared_ptr<const ReviewStatistics> m_statistics;
    CalibrationMethod m_method = CalibrationMethod::ReviewerOffset;
    QComboBox *m_chartComboBox;
    QStackedWidget *m_stack;
    QCustomPlot *m_boxPlot;
    QCustomPlot *m_scatterPlot;
    QCustomPlot *m_histogram;
};

} // namespace cohort
