#pragma once

#include <QTableView>

namespace cohort {

class ScoreGridModel;

// The scoring grid as a spreadsheet: typing a digit starts editing the current cell, Enter moves
// down and Tab right (committing what was typed), Delete clears the selected cells, Ctrl+C copies
// them as a tab-separated block and Ctrl+V pastes one (one undo step).
class ScoreGridView : public QTableView
{
    Q_OBJECT

public:
    explicit ScoreGridView(QWidget *parent = nullptr);

    void setScoreModel(ScoreGridModel *model);
    ScoreGridModel *scoreModel() const { return m_model; }

    void copySelection();
    void pasteClipboard();
    void clearSelectedCells();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEditor(QWidget *editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    void moveCurrent(int rowDelta, int columnDelta);

    ScoreGridModel *m_model = nullptr;
    bool m_refused = false; // the last commit was refused: stay in the cell
};

} // namespace cohort
