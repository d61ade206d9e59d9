#pragma once

#include "matching/matchboard.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace cohort {

class EmptyState;
class MenteePoolModel;
class MenteePoolView;
class MentorBoardModel;
class MentorBoardView;
class PairPanel;
class ProgramDocument;

// The Matching area: accepted mentees not matched yet | mentors with their matches nested | the
// selected pair's score factor by factor (or a mentee's five best mentors). Drag a mentee onto a
// mentor to match them, between mentors to move, back to the pool to unmatch; every move is one
// undo step. The cycle is read and scored on a worker thread and swapped in at once.
//
// The page owns the actions of the Matching menu (MainWindow adds them there).
class MatchingPage : public QWidget
{
    Q_OBJECT

public:
    explicit MatchingPage(QWidget *parent = nullptr);
    ~MatchingPage() override;

    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);
    // A load is under way or about to start (the board may still show a drop of its own).
    bool isLoading() const;
    MatchBoard *board() const { return m_board; }

    MenteePoolModel *poolModel() const { return m_poolModel; }
    MentorBoardModel *mentorModel() const { return m_mentorModel; }
    MenteePoolView *poolView() const { return m_poolView; }
    MentorBoardView *mentorView() const { return m_mentorView; }
    PairPanel *pairPanel() const { return m_pairPanel; }
    QLineEdit *searchEdit() const { return m_searchEdit; }

    QAction *matchWithAction() const { return m_matchWithAction; }
    QAction *unmatchAction() const { return m_unmatchAction; }
    QAction *lockAction() const { return m_lockAction; }
    QAction *autoMatchAction() const { return m_autoMatchAction; }
    QAction *publishAction() const { return m_publishAction; }
    QAction *settingsAction() const { return m_settingsAction; }
    QAction *exportAction() const { return m_exportAction; }
    QList<QAction *> actions() const;

    // The mentee selected in the pool or the tree, or "".
    QString selectedMentee() const;
    void selectMentee(const QString &menteeApplicationId);

public slots:
    void reload();
    void matchWith();
    void unmatchSelected();
    void setSelectedLocked(bool locked);
    void autoMatch();
    void publishMatches();
    void settingsDialog();
    void exportMatches();
    // Writes the cycle's matches as CSV (the columns of `cohort-cli match export`).
    bool exportMatchesTo(const QString &path);

signals:
    void loaded();
    // Accepted mentees of the cycle not matched yet: the sidebar's badge.
    void unmatchedChanged(int count);
    void statusMessage(const QString &message);

private:
    void startLoad();
    void finishLoad();
    // Shows the board's snapshot (a new load, or the board's own drop), keeping the selection
    // and the mentors that were open.
    void showSnapshot(bool firstOfCycle);
    void showState();
    void updateActions();
    void updateSummary();
    void poolSelectionChanged();
    void mentorSelectionChanged();

    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    QString m_selectAfterLoad;
    QFutureWatcher<std::shared_ptr<const MatchingSnapshot>> m_loadWatcher;
    std::shared_ptr<const MatchingSnapshot> m_snapshot;

    MatchBoard *m_board;
    MenteePoolModel *m_poolModel;
    QSortFilterProxyModel *m_poolProxy;
    MentorBoardModel *m_mentorModel;
    QSortFilterProxyModel *m_mentorProxy;
    QStackedWidget *m_stack;
    EmptyState *m_noCycleState;
    EmptyState *m_errorState;
    EmptyState *m_nobodyState;
    QWidget *m_boardWidget;
    QLabel *m_summaryLabel;
    QLineEdit *m_searchEdit;
    QLabel *m_poolLabel;
    MenteePoolView *m_poolView;
    MentorBoardView *m_mentorView;
    PairPanel *m_pairPanel;
    QSplitter *m_splitter;
    QTimer *m_reloadTimer;

    QAction *m_matchWithAction;
    QAction *m_unmatchAction;
    QAction *m_lockAction;
    QAction *m_autoMatchAction;
    QAction *m_publishAction;
    QAction *m_settingsAction;
    QAction *m_exportAction;
};

} // namespace cohort
