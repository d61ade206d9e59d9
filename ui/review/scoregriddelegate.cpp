#include "review/scoregriddelegate.h"

#include "review/scoregridmodel.h"

#include <QLineEdit>

namespace cohort {

ScoreGridDelegate::ScoreGridDelegate(QObject *parent) : QStyledItemDelegate(parent)
{}

QWidget *ScoreGridDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("scoreEditor"));
    editor->setFrame(false);
    const bool score = index.data(ScoreGridModel::CriterionRole).toInt() >= 0;
    editor->setAlignment(score ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    editor->setToolTip(index.data(Qt::ToolTipRole).toString());
    editor->setAccessibleName(index.model()
                                  ->headerData(index.column(), Qt::Horizontal)
                                  .toString()
                                  .replace(QLatin1Char('\n'), QLatin1Char(' ')));
    return editor;
}

void ScoreGridDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor))
        lineEdit->setText(index.data(Qt::EditRole).toString());
}

void ScoreGridDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *lineEdit = qobject_cast<QLineEdit *>(editor)) {
        // Unchanged text is no edit (closing an editor must not push an empty undo step).
        if (lineEdit->text() != index.data(Qt::EditRole).toString())
            model->setData(index, lineEdit->text(), Qt::EditRole);
    }
}

} // namespace cohort
