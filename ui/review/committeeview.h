#pragma once

#include "review/calibration.h"
#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QTabWidget;
class QTableView;

namespace cohort {

class AgreementPanel;
class CommitteeGridModel;
class ProgramDocument;
class ReviewCharts;

// The chair's view of the Review area: the method selector and the decisions' count against the
// target above the committee grid; agreement and charts in tabs beside it (a QSplitter). The
// decision actions (Accept, Waitlist, Decline, Clear Decision; owned by ReviewPage, which puts
// them in the Review menu) work on the selected rows; the grid's context menu also assigns the
// selection to a reviewer or unassigns it.
class CommitteeView : public QWidget
{
    Q_OBJECT

public:
    // decisionActions: Accept, Waitlist, Decline, Clear Decision (in that order).
    CommitteeView(const QList<QAction *> &decisionActions, QWidget *parent = nullptr);

    void setDocument(ProgramDocument *document);
    void setReview(std::shared_ptr<const ReviewCycleData> data, std::shared_ptr<const ReviewStatistics> statistics);
    void clear();

    void setMethod(CalibrationMethod method);
    CalibrationMethod method() const;

    // The selected applications (indices into ReviewCycleData::applications), in grid order.
    QList<int> selectedApplications() const;
    void selectApplication(int application);
    // Sets the outcome (accepted, waitlisted, declined; empty clears) of the selection; asks for
    // a rationale where it departs from the calibrated order. False when nothing was decided.
    bool decide(const QString &outcome);
    bool assignSelectionTo(int reviewer);
    bool unassignSelectionFrom(int reviewer);

    CommitteeGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    AgreementPanel *agreementPanel() const { return m_agreement; }
    ReviewCharts *charts() const { return m_charts; }
    QSplitter *splitter() const { return m_splitter; }
    QTabWidget *sideTabs() const { return m_tabs; }
    QString countText() const;

signals:
    void selectionChanged();
    void methodChanged(CalibrationMethod method);
    void statusMessage(const QString &message);

private:
    void fillContextMenu(QMenu *menu);
    void updateSummary();

    QPointer<ProgramDocument> m_document;
    std::shared_ptr<const ReviewCycleData> m_data;
    std::shared_ptr<const ReviewStatistics> m_statistics;
    QList<QAction *> m_decisionActions;
    CommitteeGridModel *m_model;
    QTableView *m_view;
    QComboBox *m_methodComboBox;
    QLabel *m_countLabel;
    QLabel *m_summaryLabel;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    AgreementPanel *m_agreement;
    ReviewCharts *m_charts;
};

} // namespace cohort
