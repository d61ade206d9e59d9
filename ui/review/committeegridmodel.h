#pragma once

#include "review/calibration.h"
#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <memory>

namespace cohort {

// The chair's committee grid. A row is one application in review (ReviewApplication::inReview())
// of the loaded cycle and role. Columns: the application; rank and calibrated score under the
// chosen method; the change of rank from raw mean to it; raw mean; spread (highest − lowest
// total); the number of complete reviews; the decision; where the acceptance within the target
// would differ under the other methods; then the reviewers' totals.
//
// The reviewers' columns: one per reviewer while few reviewers have assignments (up to
// PerReviewerLimit: the chair reads "what did Sam give?" across the grid), else "Review 1 …
// Review k" (k the most reviews of any application; the name is in the cell's tooltip), so a
// program with hundreds of reviewers does not get hundreds of mostly empty columns.
//
// Sorting is done here on plain numbers (no proxy), so that 100,000 rows sort in milliseconds.
class CommitteeGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int PerReviewerLimit = 8;

    // The summary columns come first (they are what the chair reads); the reviewers' columns last.
    enum TailColumn
    {
        RankColumn,
        CalibratedColumn,
        ChangeColumn,
        RawMeanColumn,
        SpreadColumn,
        ReviewsColumn,
        DecisionColumn,
        MethodsColumn,
        TailColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1,
        ApplicationIdRole,
        ApplicationIndexRole, // index into ReviewCycleData::applications
        OutcomeRole,          // accepted, waitlisted, declined or empty
    };

    explicit CommitteeGridModel(QObject *parent = nullptr);

    void setReview(std::shared_ptr<const ReviewCycleData> data, std::shared_ptr<const ReviewStatistics> statistics);
    void clear();
    void setMethod(CalibrationMethod method);
    CalibrationMethod method() const { return m_method; }
    bool perReviewerColumns() const { return m_perReviewer; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int column(TailColumn tail) const { return 1 + tail; }
    int reviewerColumn(int index) const { return 1 + TailColumnCount + index; }
    int reviewerColumnCount() const { return int(m_reviewerColumns.size()); }
    int applicationAt(int row) const { return m_rows.value(row, -1); }
    int rowOfApplication(int application) const;
    QString outcomeOf(int application) const;
    // Shows decisions just made before the reload that follows them arrives.
    void setOutcomes(const QHash<int, QString> &outcomes);

    static QString rankChangeText(int change);
    static QString methodName(CalibrationMethod method);

private:
    QString reviewerCellText(int application, int reviewerColumn, QString *toolTip) const;
    void rebuildMethodNotes();

    std::shared_ptr<const ReviewCycleData> m_data;
    std::shared_ptr<const ReviewStatistics> m_statistics;
    CalibrationMethod m_method = CalibrationMethod::ReviewerOffset;
    bool m_perReviewer = true;
    QList<int> m_reviewerColumns; // reviewer indices, or slot numbers 0 … k − 1
    QList<int> m_rows;            // application indices in display order
    QList<int> m_rowOf;           // application index → row, -1 when not shown
    QHash<int, QString> m_outcomes;
    QHash<int, QString> m_methodNotes;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace cohort
