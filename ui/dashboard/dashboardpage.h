#pragma once

#include "dashboard/dashboardfigures.h"
#include "timeline/engagement.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace cohort {

class ApplicationCountsModel;
class ApplicationsChart;
class FunnelChart;
class EmptyState;
class FigureCard;
class ProgramDocument;

// The Dashboard area: the selected cycle's figures (applications by role and status, the
// mentee:mentor ratio, matches by status, the next deadline), refreshed when the cycle changes
// or the document says its data changed.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(QWidget *parent = nullptr);

    // The document outlives the page's use of it: the window calls setDocument(nullptr) first.
    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);
    // The date "next deadline" counts from (today unless a test says otherwise).
    void setToday(QDate today);

    QSplitter *splitter() const { return m_splitter; }
    const DashboardFigures &figures() const { return m_figures; }
    // The engagement of the cycle's matches, as the Timeline area worked it out (none: unknown).
    void setEngagement(const QString &cycleId, std::optional<EngagementCounts> counts);
    FigureCard *engagementCard() const { return m_engagementCard; }
    FigureCard *matchesCard() const { return m_matchesCard; }
    FigureCard *deadlineCard() const { return m_deadlineCard; }
    QLabel *upcomingLabel() const { return m_upcomingLabel; }
    FunnelChart *funnelChart() const { return m_funnel; }

signals:
    // A figure was clicked: open the list behind it.
    void applicationsRequested();
    void matchesRequested();
    void engagementRequested();
    void timelineRequested();

public slots:
    void refresh();

private:
    void scheduleRefresh(const QString &cycleId = {});
    void showFigures();
    QString deadlineNote(const Deadline &deadline) const;

    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QDate m_today;
    std::optional<EngagementCounts> m_engagement;
    DashboardFigures m_figures;

    QStackedWidget *m_stack;
    EmptyState *m_noCycleState;
    QLabel *m_titleLabel;
    QLabel *m_errorLabel;
    FigureCard *m_applicationsCard;
    FigureCard *m_mentorsCard;
    FigureCard *m_menteesCard;
    FigureCard *m_ratioCard;
    FigureCard *m_matchesCard;
    FigureCard *m_engagementCard;
    FigureCard *m_deadlineCard;
    QSplitter *m_splitter;
    ApplicationsChart *m_chart;
    FunnelChart *m_funnel;
    ApplicationCountsModel *m_countsModel;
    QTableView *m_countsView;
    QHash<QString, QLabel *> m_matchCountLabels;
    QLabel *m_upcomingLabel;
    QHash<int, QLabel *> m_engagementLabels; // by EngagementStatus; -1: goal sheets overdue
    QTimer *m_refreshTimer;
};

} // namespace cohort
