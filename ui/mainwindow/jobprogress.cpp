#include "mainwindow/jobprogress.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cohort {

JobProgress::JobProgress(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_progressBar(new QProgressBar(this)),
      m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("jobProgress"));
    m_label->setTextFormat(Qt::PlainText);
    m_progressBar->setMaximumWidth(160);
    m_progressBar->setMaximumHeight(fontMetrics().height());
    m_progressBar->setTextVisible(false);
    m_progressBar->setAccessibleName(tr("Progress"));
    m_cancelButton->setObjectName(QStringLiteral("jobCancelButton"));
    m_cancelButton->setToolTip(tr("Stop this job; nothing it has written so far is kept"));
    m_cancelButton->setFlat(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    setVisible(false);
}

void JobProgress::start(const QString &text, bool cancellable)
{
    m_label->setText(text);
    m_progressBar->setRange(0, 0);
    m_cancelButton->setVisible(cancellable);
    m_cancelButton->setEnabled(cancellable);
    setVisible(true);
}

void JobProgress::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progressBar->setRange(0, 0);
        return;
    }
    // QProgressBar counts in int: scale to per-mille so large totals fit.
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(static_cast<int>(done * 1000 / total));
}

void JobProgress::finish()
{
    setVisible(false);
}

bool JobProgress::isRunning() const
{
    return !isHidden();
}

} // namespace cohort
