#pragma once

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;

namespace cohort {

// What an area shows when it has nothing to show yet: a centered icon, a title, one or two
// sentences on what the area is for, and buttons for the first actions.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setText(const QString &text);
    // A button that triggers action (and follows its text, tooltip and enabled state).
    void addAction(QAction *action);

    QString title() const;
    QString text() const;

private:
    QLabel *m_iconLabel;
    QLabel *m_titleLabel;
    QLabel *m_textLabel;
    QHBoxLayout *m_buttonLayout;
};

} // namespace cohort
