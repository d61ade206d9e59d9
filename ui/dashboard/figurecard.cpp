#include "dashboard/figurecard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace cohort {

FigureCard::FigureCard(const QString &caption, QWidget *parent)
    : QFrame(parent), m_captionLabel(new QLabel(caption, this)), m_valueLabel(new QLabel(this)),
      m_noteLabel(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(caption);

    for (QLabel *label : {m_captionLabel, m_valueLabel, m_noteLabel})
        label->setTextFormat(Qt::PlainText);
    m_captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont valueFont = m_valueLabel->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_valueLabel->setFont(valueFont);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_captionLabel);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_noteLabel);
    layout->addStretch();
}

void FigureCard::setValue(const QString &value, const QString &note)
{
    m_valueLabel->setText(value);
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
    setAccessibleDescription(note.isEmpty() ? value : value + QLatin1Char(' ') + note);
}

void FigureCard::setClickable(const QString &toolTip)
{
    m_clickable = true;
    setCursor(Qt::PointingHandCursor);
    setToolTip(toolTip);
    setFocusPolicy(Qt::StrongFocus);
}

void FigureCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_clickable && event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        emit clicked();
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void FigureCard::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable &&
        (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space)) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

QString FigureCard::value() const
{
    return m_valueLabel->text();
}

QString FigureCard::note() const
{
    return m_noteLabel->text();
}

} // namespace cohort
