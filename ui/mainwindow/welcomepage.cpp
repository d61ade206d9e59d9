#include "mainwindow/welcomepage.h"

#include "common/emptystate.h"
#include "common/icons.h"

#include <QVBoxLayout>

namespace cohort {

WelcomePage::WelcomePage(QAction *newAction, QAction *openAction, QAction *openDemoAction, QWidget *parent)
    : QWidget(parent), m_emptyState(new EmptyState(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_emptyState->setIcon(Icons::application());
    m_emptyState->setTitle(tr("No program is open"));
    m_emptyState->setText(tr("A program file holds one mentoring program: its cycles, applications, reviews, "
                             "matches and letters. Create a new one, open one you have, or look around the demo."));
    m_emptyState->addAction(newAction);
    m_emptyState->addAction(openAction);
    m_emptyState->addAction(openDemoAction);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyState);
}

} // namespace cohort
