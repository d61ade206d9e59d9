#pragma once

#include <QDate>
#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace cohort {

class CycleChart;
class EmptyState;
class EngagementFilterModel;
class EngagementModel;
class MatchDetailPanel;
class ProgramDocument;
class SwimlaneChart;
struct TimelineSnapshot;

// The Timeline area: the cycle's phases and intake on a date axis above; below, the published
// matches with their engagement — a list (all, those that need attention, the quiet ones, by days
// since the last contact) and the swimlane timeline — and the selected match's contacts, goal
// sheet and liaison, with a quick contact entry. Read and evaluated on a worker thread.
//
// The page owns the actions of the Timeline menu (MainWindow adds them there).
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(QWidget *parent = nullptr);
    ~TimelinePage() override;

    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);
    // The day the engagement is judged on (default: today).
    void setAsOf(const QDate &date);
    bool isLoading() const;
    std::shared_ptr<const TimelineSnapshot> snapshot() const { return m_snapshot; }

    CycleChart *cycleChart() const { return m_chart; }
    SwimlaneChart *swimlaneChart() const { return m_swimlanes; }
    MatchDetailPanel *detailPanel() const { return m_detail; }
    QTableView *matchTable() const { return m_table; }
    EngagementModel *engagementModel() const { return m_model; }
    EngagementFilterModel *filterModel() const { return m_filter; }
    QComboBox *showCombo() const { return m_showCombo; }
    QLabel *countsLabel() const { return m_counts; }
    QDateEdit *asOfEdit() const { return m_asOfEdit; }

    QAction *logContactAction() const { return m_logContactAction; }
    QAction *needsAttentionAction() const { return m_needsAttentionAction; }
    QAction *importContactsAction() const { return m_importContactsAction; }
    QAction *workloadAction() const { return m_workloadAction; }
    QList<QAction *> actions() const;

    void selectMatch(const QString &matchId);
    QString selectedMatch() const;
    bool importContactsFrom(const QString &path);

public slots:
    void reload();
    void importContacts();
    void showWorkload();

signals:
    void loaded();
    // Matches that are quiet or below cadence: the sidebar's badge.
    void attentionChanged(int count);
    void statusMessage(const QString &message);

private:
    void startLoad();
    void finishLoad();
    void showState();
    void updateCounts();
    void updateSwimlanes();
    void updateActions();

    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QDate m_asOf;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    QFutureWatcher<std::shared_ptr<const TimelineSnapshot>> m_loadWatcher;
    std::shared_ptr<const TimelineSnapshot> m_snapshot;

    QStackedWidget *m_stack;
    EmptyState *m_noCycleState;
    EmptyState *m_errorState;
    QWidget *m_content;
    CycleChart *m_chart;
    QTabWidget *m_tabs;
    QComboBox *m_showCombo;
    QLineEdit *m_searchEdit;
    QLabel *m_counts;
    QDateEdit *m_asOfEdit;
    EngagementModel *m_model;
    EngagementFilterModel *m_filter;
    QTableView *m_table;
    SwimlaneChart *m_swimlanes;
    MatchDetailPanel *m_detail;
    QTimer *m_reloadTimer;

    QAction *m_logContactAction;
    QAction *m_needsAttentionAction;
    QAction *m_importContactsAction;
    QAction *m_workloadAction;
};

} // namespace cohort
