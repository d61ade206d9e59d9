#include "letters/letterpreview.h"

#include "letters/lettertemplate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace cohort {

LetterPreview::LetterPreview(QWidget *parent)
    : QWidget(parent), m_combo(new QComboBox(this)), m_previousButton(new QToolButton(this)),
      m_nextButton(new QToolButton(this)), m_position(new QLabel(this)), m_stack(new QStackedWidget(this)),
      m_message(new QLabel(this)), m_preview(new QPrintPreviewWidget(this))
{
    setObjectName(QStringLiteral("letterPreview"));
    m_combo->setObjectName(QStringLiteral("recipientCombo"));
    m_combo->setAccessibleName(tr("Recipient"));
    m_combo->setToolTip(tr("Whose letter the preview shows"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_previousButton->setToolTip(tr("Previous recipient (Alt+Left)"));
    m_previousButton->setAccessibleName(tr("Previous recipient"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next recipient (Alt+Right)"));
    m_nextButton->setAccessibleName(tr("Next recipient"));
    m_position->setObjectName(QStringLiteral("recipientPosition"));

    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_preview->setObjectName(QStringLiteral("letterPreviewPages"));
    m_preview->setAccessibleName(tr("Letter preview"));
    m_preview->fitToWidth();
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_preview);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Recipient:"), this);
    label->setBuddy(m_combo);
    bar->addWidget(label);
    bar->addWidget(m_combo, 1);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    bar->addWidget(m_position);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) { setCurrentIndex(index); });
    connect(m_previousButton, &QToolButton::clicked, this, &LetterPreview::previous);
    connect(m_nextButton, &QToolButton::clicked, this, &LetterPreview::next);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &LetterPreview::paint);
    setRecipients({}, QString());
}

void LetterPreview::setLetterhead(const Letterhead &letterhead)
{
    m_letterhead = letterhead;
    render();
}

void LetterPreview::setRecipients(const QList<LetterRecipient> &recipients, const QString &emptyText)
{
    const QString shown = currentRecipient() ? currentRecipient()->applicationId : QString();
    m_recipients = recipients;
    int index = recipients.isEmpty() ? -1 : 0;
    for (qsizetype i = 0; i < recipients.size(); ++i)
        if (recipients.at(i).applicationId == shown)
            index = int(i);
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        for (const LetterRecipient &r : recipients)
            m_combo->addItem(r.name.isEmpty() ? r.code : tr("%1 (%2)").arg(r.name, r.code), r.applicationId);
        m_combo->setCurrentIndex(index);
    }
    m_current = index;
    m_message->setText(emptyText);
    m_combo->setEnabled(!recipients.isEmpty());
    render();
}

void LetterPreview::setTemplateBody(const QString &bodyHtml)
{
    m_templateBody = bodyHtml;
    render();
}

const LetterRecipient *LetterPreview::currentRecipient() const
{
    return m_current >= 0 && m_current < m_recipients.size() ? &m_recipients.at(m_current) : nullptr;
}

void LetterPreview::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_recipients.size() || index == m_current)
        return;
    m_current = index;
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(index);
    }
    render();
    emit currentChanged(index);
}

void LetterPreview::next()
{
    setCurrentIndex(m_current + 1);
}

void LetterPreview::previous()
{
    setCurrentIndex(m_current - 1);
}

void LetterPreview::render()
{
    m_previousButton->setEnabled(m_current > 0);
    m_nextButton->setEnabled(m_current >= 0 && m_current + 1 < m_recipients.size());
    m_position->setText(m_recipients.isEmpty() ? QString()
                                               : tr("%1 of %2").arg(m_current + 1).arg(m_recipients.size()));
    m_body.clear();
    m_problem.clear();
    const LetterRecipient *r = currentRecipient();
    if (!r) {
        m_stack->setCurrentWidget(m_message);
        return;
    }
    auto body = LetterTemplate().render(m_templateBody, r->values, r->name.isEmpty() ? r->code : r->name);
    if (!body) {
        m_problem = body.error();
        m_message->setText(tr("This letter cannot be issued as it stands:\n%1").arg(m_problem));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_body = body.value();
    m_stack->setCurrentWidget(m_preview);
    m_preview->updatePreview();
}

void LetterPreview::paint(QPrinter *printer)
{
    if (m_body.isEmpty())
        return;
    const LetterRenderer renderer(m_letterhead);
    printer->setPageLayout(renderer.pageLayout());
    (void)renderer.paint(*printer, {m_body});
}

} // namespace cohort
