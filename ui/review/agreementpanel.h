#pragma once

#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTableWidget;

namespace cohort {

// How far the reviewers agree, beside the committee grid: Krippendorff's alpha (interval) per
// criterion and on the totals, in numbers and words; each reviewer's harshness and spread; and
// the applications the reviewers disagree on most (double-click one to select it in the grid).
class AgreementPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AgreementPanel(QWidget *parent = nullptr);

    void setReview(std::shared_ptr<const ReviewCycleData> data, std::shared_ptr<const ReviewStatistics> statistics);
    void clear();

    // "good agreement" (α ≥ 0.8), "tentative agreement" (≥ 0.667), "low agreement" (below).
    static QString alphaWords(const KrippendorffAlpha &alpha);
    QString overallText() const;
    QTableWidget *criteriaTable() const { return m_criteriaTable; }
    QTableWidget *reviewersTable() const { return m_reviewersTable; }
    QTableWidget *disagreementsTable() const { return m_disagreementsTable; }

signals:
    void applicationActivated(int application); // index into ReviewCycleData::applications

private:
    QLabel *m_overallLabel;
    QLabel *m_componentsLabel;
    QTableWidget *m_criteriaTable;
    QTableWidget *m_reviewersTable;
    QTableWidget *m_disagreementsTable;
};

} // namespace cohort
