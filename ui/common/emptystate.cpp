#include "common/emptystate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cohort {

namespace {
constexpr int IconSize = 96;
constexpr int TextWidth = 460;
} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_iconLabel(new QLabel(this)), m_titleLabel(new QLabel(this)), m_textLabel(new QLabel(this)),
      m_buttonLayout(new QHBoxLayout)
{
    m_iconLabel->setAlignment(Qt::AlignCenter);
    m_iconLabel->setEnabled(false); // the disabled rendering is a quieter, greyed icon

    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setAlignment(Qt::AlignCenter);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(QStringLiteral("emptyStateTitleLabel"));

    m_textLabel->setAlignment(Qt::AlignCenter);
    m_textLabel->setWordWrap(true);
    m_textLabel->setTextFormat(Qt::PlainText);
    m_textLabel->setFixedWidth(TextWidth);
    m_textLabel->setObjectName(QStringLiteral("emptyStateTextLabel"));

    m_buttonLayout->addStretch();
    m_buttonLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_iconLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_titleLabel, 0, Qt::AlignHCenter);
    layout->addWidget(m_textLabel, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addLayout(m_buttonLayout);
    layout->addStretch(3);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_iconLabel->setPixmap(icon.pixmap(IconSize, IconSize));
}

void EmptyState::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
    setAccessibleName(title);
}

void EmptyState::setText(const QString &text)
{
    m_textLabel->setText(text);
    // A word-wrapped label centred by alignment gets no height-for-width from the layout.
    m_textLabel->setMinimumHeight(m_textLabel->heightForWidth(TextWidth));
    setAccessibleDescription(text);
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QPushButton(this);
    auto sync = [button, action] {
        button->setText(action->iconText());
        button->setToolTip(action->toolTip());
        button->setEnabled(action->isEnabled());
        button->setAccessibleName(action->iconText());
    };
    sync();
    connect(action, &QAction::changed, button, sync);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    m_buttonLayout->insertWidget(m_buttonLayout->count() - 1, button);
}

QString EmptyState::title() const
{
    return m_titleLabel->text();
}

QString EmptyState::text() const
{
    return m_textLabel->text();
}

} // namespace cohort
