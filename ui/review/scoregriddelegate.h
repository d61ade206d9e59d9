#pragma once

#include <QStyledItemDelegate>

namespace cohort {

// The scoring grid's editor: a line edit for a score ("4", "N/A") or a comment. The model checks
// the value when it is committed (a refusal keeps the cell as it was and says why); the view
// moves on: Enter down, Tab right.
class ScoreGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ScoreGridDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace cohort
