#include "review/scoringview.h"

#include "review/applicationtextpanel.h"
#include "review/scoregridmodel.h"
#include "review/scoregridview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cohort {

ScoringView::ScoringView(QAction *submitAction, QWidget *parent)
    : QWidget(parent), m_model(new ScoreGridModel(this)), m_view(new ScoreGridView(this)),
      m_textPanel(new ApplicationTextPanel(this)), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_progressBar(new QProgressBar(this)), m_progressLabel(new QLabel(this)), m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("scoringView"));
    m_view->setScoreModel(m_model);
    m_view->setAccessibleName(tr("Scoring grid"));

    m_progressBar->setObjectName(QStringLiteral("scoringProgressBar"));
    m_progressBar->setAccessibleName(tr("Scoring progress"));
    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(240);
    m_progressLabel->setObjectName(QStringLiteral("scoringProgressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setObjectName(QStringLiteral("scoringMessageLabel"));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    QPalette warning = m_messageLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc9, 0x4c, 0x4c));
    m_messageLabel->setPalette(warning);
    m_messageLabel->setVisible(false);

    auto *submitButton = new QToolButton(this);
    submitButton->setObjectName(QStringLiteral("submitScoresButton"));
    submitButton->setDefaultAction(submitAction);
    submitButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *hint = new QLabel(tr("Type a score to start; Enter moves down, Tab right; Delete clears; Ctrl+V pastes from "
                               "a spreadsheet."),
                            this);
    hint->setTextFormat(Qt::PlainText);
    hint->setEnabled(false);
    hint->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_progressBar);
    top->addWidget(m_progressLabel);
    top->addStretch(1);
    top->addWidget(submitButton);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_messageLabel);
    leftLayout->addWidget(hint);

    m_splitter->setObjectName(QStringLiteral("scoringSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_textPanel);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_model, &ScoreGridModel::editRefused, this, &ScoringView::showMessage);
    connect(m_model, &ScoreGridModel::edited, this, [this] {
        m_messageLabel->clear();
        m_messageLabel->setVisible(false);
        updateProgress();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateProgress(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showCurrentApplication(); });
}

void ScoringView::setDocument(ProgramDocument *document)
{
    m_model->setDocument(document);
    m_textPanel->setDocument(document);
}

void ScoringView::setReview(std::shared_ptr<const ReviewCycleData> data, int reviewer)
{
    m_data = data;
    const QString current = m_model->assignmentIdAt(m_view->currentIndex().row());
    const int currentColumn = m_view->currentIndex().column();
    m_model->setReview(std::move(data), reviewer);
    // Widths: scores narrow, comment wide; the header remembers what the user set since.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Criterion names come on two lines (ScoreGridModel::twoLines); the tooltip has the whole
    // name, the guidance and the scale.
    header->setMinimumHeight(fontMetrics().lineSpacing() * 2 + 10);
    header->resizeSection(m_model->applicationColumn(), fontMetrics().averageCharWidth() * 24);
    for (int c = 0; c < m_model->criterionCount(); ++c) {
        const int column = m_model->criterionColumn(c);
        int title = 0;
        for (const QString &line : m_model->headerData(column, Qt::Horizontal).toString().split(QLatin1Char('\n')))
            title = std::max(title, fontMetrics().horizontalAdvance(line));
        // Wide enough for the longer of the two header lines, within reason.
        header->resizeSection(column, std::clamp(title + 36, fontMetrics().averageCharWidth() * 8,
                                                 fontMetrics().averageCharWidth() * 32));
    }
    header->resizeSection(m_model->commentColumn(), fontMetrics().averageCharWidth() * 28);
    header->resizeSection(m_model->totalColumn(), fontMetrics().averageCharWidth() * 9);
    header->setStretchLastSection(true);
    const int row = m_model->rowOfAssignment(current);
    if (row >= 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_model->index(row, std::max(0, currentColumn)));
    else if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_model->criterionCount() > 0 ? m_model->criterionColumn(0) : 0));
    updateProgress();
    showCurrentApplication(true);
}

void ScoringView::clear()
{
    m_data.reset();
    m_model->clear();
    m_textPanel->setApplication(nullptr, true);
}

void ScoringView::updateProgress()
{
    const int total = m_model->rowCount();
    const int done = m_model->completeRows();
    m_progressBar->setRange(0, std::max(1, total));
    m_progressBar->setValue(done);
    QString text = tr("%1 of %Ln scored", nullptr, total).arg(done);
    if (const int submitted = m_model->submittedRows(); submitted > 0)
        text += QStringLiteral(" · ") + tr("%Ln submitted", nullptr, submitted);
    m_progressLabel->setText(text);
    m_progressBar->setAccessibleDescription(text);
}

QString ScoringView::progressText() const
{
    return m_progressLabel->text();
}

QString ScoringView::messageText() const
{
    return m_messageLabel->text();
}

void ScoringView::showMessage(const QString &message)
{
    m_messageLabel->setText(message);
    m_messageLabel->setVisible(!message.isEmpty());
    emit statusMessage(message);
}

void ScoringView::showCurrentApplication(bool force)
{
    const int row = m_view->currentIndex().row();
    const QString id = m_model->applicationIdAt(row);
    if (!m_data || id.isEmpty()) {
        m_textPanel->setApplication(nullptr, true);
        return;
    }
    if (!force && id == m_textPanel->applicationId())
        return;
    const int application = m_data->applicationIndex(id);
    m_textPanel->setApplication(application >= 0 ? &m_data->applications.at(application) : nullptr,
                                m_data->settings.blind);
}

} // namespace cohort
