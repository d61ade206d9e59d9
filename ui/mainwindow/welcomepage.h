#pragma once

#include <QWidget>

class QAction;

namespace cohort {

class EmptyState;

// What the window shows when no program is open: what Cohort is for, and New / Open / Open Demo.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    WelcomePage(QAction *newAction, QAction *openAction, QAction *openDemoAction, QWidget *parent = nullptr);

private:
    EmptyState *m_emptyState;
};

} // namespace cohort
