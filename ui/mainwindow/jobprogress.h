#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cohort {

// The status bar's place for one background job: what it does, its progress (busy when the
// total is unknown) and Cancel. Hidden when no job runs.
class JobProgress : public QWidget
{
    Q_OBJECT

public:
    explicit JobProgress(QWidget *parent = nullptr);

    void start(const QString &text, bool cancellable);
    void setProgress(qint64 done, qint64 total);
    void finish();
    bool isRunning() const;

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_progressBar;
    QPushButton *m_cancelButton;
};

} // namespace cohort
