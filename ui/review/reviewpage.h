#pragma once

#include "review/reviewloader.h"
#include "settings/appsettings.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace cohort {

class CommitteeView;
class EmptyState;
class ProgramDocument;
class ReviewFileActions;
class ScoringView;

// The Review area. Above: the role (mentees or mentors) and "View as": the committee (the chair's
// grid with calibration, agreement, decisions and charts) or one reviewer (their scoring grid).
// Empty states explain what is missing — a rubric, reviewers, assignments — and offer the action
// that fixes it. The cycle's review is read and its statistics computed on a worker thread with
// its own connection, and swapped in at once, so 100,000 applications never freeze the window.
//
// The page owns the actions of the Review menu (MainWindow adds them there).
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(QWidget *parent = nullptr);
    ~ReviewPage() override;

    // The window calls setDocument(nullptr) before the document goes; it waits for a running load.
    void setDocument(ProgramDocument *document);
    void setCycle(const QString &cycleId, const QString &cycleName);
    void setRole(const QString &role); // mentor, mentee
    QString role() const;
    // "" for the committee, else a reviewer's id.
    void setViewAs(const QString &reviewerId);
    QString viewAs() const;
    bool isLoading() const;
    std::shared_ptr<const ReviewCycleData> data() const { return m_loaded.data; }
    std::shared_ptr<const ReviewStatistics> statistics() const { return m_loaded.statistics; }

    QAction *rubricAction() const { return m_rubricAction; }
    QAction *reviewersAction() const { return m_reviewersAction; }
    QAction *assignAction() const { return m_assignAction; }
    QAction *blindAction() const { return m_blindAction; }
    QAction *submitAction() const { return m_submitAction; }
    QAction *acceptAction() const { return m_acceptAction; }
    QAction *waitlistAction() const { return m_waitlistAction; }
    QAction *declineAction() const { return m_declineAction; }
    QAction *clearDecisionAction() const { return m_clearDecisionAction; }
    QList<QAction *> decisionActions() const;
    QAction *reopenAction() const { return m_reopenAction; }
    // Export Scores…, Import Scores…, Import Decisions…
    ReviewFileActions *fileActions() const { return m_fileActions; }

    ScoringView *scoringView() const { return m_scoringView; }
    CommitteeView *committeeView() const { return m_committeeView; }
    QComboBox *roleComboBox() const { return m_roleComboBox; }
    QComboBox *viewAsComboBox() const { return m_viewAsComboBox; }
    QWidget *currentStateWidget() const;

public slots:
    void reload();
    void rubricDialog();
    void reviewersDialog();
    void assignDialog();
    void submitScores();
    // Reopens the submitted scores selected in the scoring grid (the chair's correction).
    void reopenScores();
    void setBlind(bool blind);

signals:
    void loaded();
    // The cycle's reviews not yet submitted (both roles); 0 without a program or cycle.
    void openAssignmentsChanged(int count);
    void statusMessage(const QString &message);

private:
    void startLoad();
    void finishLoad();
    void showState();
    void updateActions();
    void populateViewAs();
    int currentReviewer() const; // index into data()->reviewers, or -1 (committee)
    void saveSplitters();
    void setOpenAssignments(int count);
    void restoreSplitters();

    QPointer<ProgramDocument> m_document;
    QString m_cycleId;
    QString m_cycleName;
    QString m_viewAsId;
    AppSettings m_settings;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_reloadPending = false;
    int m_openAssignments = 0;
    LoadedReview m_loaded;
    QFutureWatcher<LoadedReview> m_loadWatcher;

    QComboBox *m_roleComboBox;
    QComboBox *m_viewAsComboBox;
    QLabel *m_blindLabel;
    QStackedWidget *m_stack;
    EmptyState *m_noCycleState;
    QLabel *m_loadingLabel;
    EmptyState *m_errorState;
    EmptyState *m_noRubricState;
    EmptyState *m_noReviewersState;
    EmptyState *m_noAssignmentsState;
    EmptyState *m_nothingToScoreState;
    ScoringView *m_scoringView;
    CommitteeView *m_committeeView;

    QAction *m_rubricAction;
    QAction *m_reviewersAction;
    QAction *m_assignAction;
    QAction *m_blindAction;
    QAction *m_submitAction;
    QAction *m_acceptAction;
    QAction *m_waitlistAction;
    QAction *m_declineAction;
    QAction *m_clearDecisionAction;
    QAction *m_reopenAction;
    ReviewFileActions *m_fileActions;
    QTimer *m_reloadTimer;
};

} // namespace cohort
