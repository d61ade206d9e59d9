#include "review/scoregridview.h"

#include "review/scoregriddelegate.h"
#include "review/scoregridmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

namespace cohort {

ScoreGridView::ScoreGridView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("scoreGridView"));
    setItemDelegate(new ScoreGridDelegate(this));
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                    QAbstractItemView::EditKeyPressed);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setTabKeyNavigation(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setTextElideMode(Qt::ElideRight);
}

void ScoreGridView::setScoreModel(ScoreGridModel *model)
{
    m_model = model;
    setModel(model);
    connect(model, &ScoreGridModel::editRefused, this, [this] { m_refused = true; });
}

void ScoreGridView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState && m_model) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
            clearSelectedCells();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
            moveCurrent(1, 0);
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
            event->modifiers() == Qt::ShiftModifier) {
            moveCurrent(-1, 0);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void ScoreGridView::closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint)
{
    // The delegate commits before it closes; a refused value keeps the cursor in its cell.
    const bool refused = std::exchange(m_refused, false);
    switch (hint) {
    case QAbstractItemDelegate::SubmitModelCache: // Enter
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (!refused)
            moveCurrent(1, 0);
        break;
    case QAbstractItemDelegate::EditNextItem: // Tab: move right without opening the next editor
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (!refused)
            moveCurrent(0, 1);
        break;
    case QAbstractItemDelegate::EditPreviousItem:
        QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
        if (!refused)
            moveCurrent(0, -1);
        break;
    default:
        QTableView::closeEditor(editor, hint);
        break;
    }
}

void ScoreGridView::moveCurrent(int rowDelta, int columnDelta)
{
    const QModelIndex current = currentIndex();
    if (!current.isValid() || !model())
        return;
    int row = current.row() + rowDelta;
    int column = current.column() + columnDelta;
    if (column >= model()->columnCount()) { // Tab past the last column: the next row's first score
        column = m_model ? m_model->criterionColumn(0) : 0;
        ++row;
    } else if (column < 0) {
        column = model()->columnCount() - 1;
        --row;
    }
    if (row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex next = model()->index(row, column);
    selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect);
    scrollTo(next);
}

void ScoreGridView::copySelection()
{
    if (!m_model)
        return;
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes.append(currentIndex());
    if (!indexes.isEmpty())
        QApplication::clipboard()->setText(m_model->copyText(indexes));
}

void ScoreGridView::pasteClipboard()
{
    if (!m_model)
        return;
    QModelIndexList selection = selectionModel()->selectedIndexes();
    QModelIndex topLeft = selection.isEmpty() ? currentIndex() : QModelIndex();
    for (const QModelIndex &index : std::as_const(selection)) {
        if (!topLeft.isValid() || index.row() < topLeft.row() ||
            (index.row() == topLeft.row() && index.column() < topLeft.column()))
            topLeft = index;
    }
    if (topLeft.isValid())
        m_model->paste(topLeft, QApplication::clipboard()->text(), selection);
}

void ScoreGridView::clearSelectedCells()
{
    if (!m_model)
        return;
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes.append(currentIndex());
    m_model->clearCells(indexes);
}

} // namespace cohort
