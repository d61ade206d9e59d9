#pragma once

#include "review/reviewcycledata.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QSplitter;
class QToolButton;
class QAction;

namespace cohort {

class ApplicationTextPanel;
class ProgramDocument;
class ScoreGridModel;
class ScoreGridView;

// A reviewer's view of the Review area: the progress ("12 of 40 scored"), the scoring grid, and
// the selected application's text beside it in a splitter. Refused values are explained in the
// line under the grid (and in the window's status bar), never in a box per cell.
class ScoringView : public QWidget
{
    Q_OBJECT

public:
    ScoringView(QAction *submitAction, QWidget *parent = nullptr);

    void setDocument(ProgramDocument *document);
    void setReview(std::shared_ptr<const ReviewCycleData> data, int reviewer);
    void clear();

    ScoreGridModel *model() const { return m_model; }
    ScoreGridView *view() const { return m_view; }
    ApplicationTextPanel *textPanel() const { return m_textPanel; }
    QSplitter *splitter() const { return m_splitter; }
    QString progressText() const;
    QString messageText() const;

signals:
    void statusMessage(const QString &message);

private:
    void updateProgress();
    void showMessage(const QString &message);
    void showCurrentApplication(bool force = false);

    std::shared_ptr<const ReviewCycleData> m_data;
    ScoreGridModel *m_model;
    ScoreGridView *m_view;
    ApplicationTextPanel *m_textPanel;
    QSplitter *m_splitter;
    QProgressBar *m_progressBar;
    QLabel *m_progressLabel;
    QLabel *m_messageLabel;
};

} // namespace cohort
