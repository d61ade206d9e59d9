#pragma once

#include <QTableView>
#include <QTreeView>

namespace cohort {

class MatchBoard;

// The mentor tree of the board: while a mentee is dragged over it, says what a drop there would
// do — the pair's score, or why it is refused — in a tooltip at the pointer and in the status bar.
class MentorBoardView : public QTreeView
{
    Q_OBJECT

public:
    MentorBoardView(MatchBoard *board, QWidget *parent = nullptr);

signals:
    void dropHint(const QString &text);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    MatchBoard *m_board;
};

// The mentee pool: a matched mentee dragged here is unmatched; says so while hovering.
class MenteePoolView : public QTableView
{
    Q_OBJECT

public:
    MenteePoolView(MatchBoard *board, QWidget *parent = nullptr);

signals:
    void dropHint(const QString &text);

protected:
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    MatchBoard *m_board;
};

} // namespace cohort
