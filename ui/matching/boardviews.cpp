#include "matching/boardviews.h"

#include "matching/matchboard.h"
#include "matching/mentorboardmodel.h"

#include <QDragMoveEvent>
#include <QHeaderView>
#include <QToolTip>

namespace cohort {

namespace {
void setUpDragAndDrop(QAbstractItemView *view)
{
    view->setDragEnabled(true);
    view->setAcceptDrops(true);
    view->setDropIndicatorShown(true);
    view->setDragDropMode(QAbstractItemView::DragDrop);
    view->setDefaultDropAction(Qt::MoveAction);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
}
} // namespace

MentorBoardView::MentorBoardView(MatchBoard *board, QWidget *parent) : QTreeView(parent), m_board(board)
{
    setUpDragAndDrop(this);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    setAutoExpandDelay(600);
}

void MentorBoardView::dragMoveEvent(QDragMoveEvent *event)
{
    QTreeView::dragMoveEvent(event);
    const QStringList mentees = MatchBoard::menteesOf(event->mimeData());
    if (mentees.size() != 1)
        return;
    const QModelIndex index = indexAt(event->position().toPoint());
    const QString mentor = index.data(MentorBoardModel::MentorApplicationIdRole).toString();
    const QString text =
        mentor.isEmpty() ? tr("Drop on a mentor to match") : m_board->checkDrop(mentees.first(), mentor).reason;
    QToolTip::showText(viewport()->mapToGlobal(event->position().toPoint()), text, viewport());
    emit dropHint(text);
}

void MentorBoardView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QToolTip::hideText();
    QTreeView::dragLeaveEvent(event);
}

void MentorBoardView::dropEvent(QDropEvent *event)
{
    QToolTip::hideText();
    QTreeView::dropEvent(event);
}

MenteePoolView::MenteePoolView(MatchBoard *board, QWidget *parent) : QTableView(parent), m_board(board)
{
    setUpDragAndDrop(this);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
}

void MenteePoolView::dragMoveEvent(QDragMoveEvent *event)
{
    // The whole pool is one drop target (an unmatch), wherever the pointer is over it.
    const QStringList mentees = MatchBoard::menteesOf(event->mimeData());
    if (mentees.size() != 1 || event->source() == this) {
        event->ignore();
        return;
    }
    const DropCheck check = m_board->checkUnmatch(mentees.first());
    if (check.allowed())
        event->acceptProposedAction();
    else
        event->ignore();
    QToolTip::showText(viewport()->mapToGlobal(event->position().toPoint()), check.reason, viewport());
    emit dropHint(check.reason);
}

void MenteePoolView::dropEvent(QDropEvent *event)
{
    QToolTip::hideText();
    const QStringList mentees = MatchBoard::menteesOf(event->mimeData());
    if (mentees.size() != 1 || event->source() == this) {
        event->ignore();
        return;
    }
    // Straight to the model's drop, wherever it lands (rows of the pool take no drops).
    if (model()->dropMimeData(event->mimeData(), Qt::MoveAction, -1, -1, QModelIndex()))
        event->acceptProposedAction();
    else
        event->ignore();
}

} // namespace cohort
