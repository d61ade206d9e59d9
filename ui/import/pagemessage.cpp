#include "import/pagemessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace cohort {

PageMessage::PageMessage(QWidget *parent)
    : QWidget(parent), m_iconLabel(new QLabel(this)), m_textLabel(new QLabel(this))
{
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_iconLabel->setAlignment(Qt::AlignTop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_iconLabel);
    layout->addWidget(m_textLabel, 1);
    setVisible(false);
}

void PageMessage::setMessage(Kind kind, const QString &text)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    m_kind = kind;
    const QStyle::StandardPixmap pixmap = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                          : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                  : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_textLabel->setText(text);
    setAccessibleName(text);
    setVisible(true);
}

void PageMessage::clear()
{
    m_textLabel->clear();
    setAccessibleName({});
    setVisible(false);
}

QString PageMessage::text() const
{
    return m_textLabel->text();
}

} // namespace cohort
