#include "import/csvpreviewmodel.h"

#include <QRegularExpression>

#include <algorithm>

namespace cohort {

CsvPreviewModel::CsvPreviewModel(QObject *parent) : QAbstractTableModel(parent)
{}

void CsvPreviewModel::setTable(std::shared_ptr<const CsvTable> table, int rowLimit)
{
    beginResetModel();
    m_table = std::move(table);
    m_rows = m_table ? int(std::min<qsizetype>(m_table->rows.size(), std::max(0, rowLimit))) : 0;
    endResetModel();
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : int(m_table->header.size());
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_table->rows.at(index.row());
    const QString value = index.column() < row.size() ? row.at(index.column()) : QString();
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(value);
    case Qt::ToolTipRole:
        return value.isEmpty() ? QVariant() : QVariant(value);
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_table->header.size())
            return {};
        if (role == Qt::DisplayRole)
            return oneLine(m_table->header.at(section));
        if (role == Qt::ToolTipRole)
            return m_table->header.at(section);
        return {};
    }
    if (section < 0 || section >= m_rows)
        return {};
    if (role == Qt::DisplayRole) // the line of the file, so errors that name a line can be found
        return section < m_table->rowLines.size() ? m_table->rowLines.at(section) : section + 2;
    if (role == Qt::ToolTipRole)
        return tr("Line %1 of the file")
            .arg(section < m_table->rowLines.size() ? m_table->rowLines.at(section) : section + 2);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString CsvPreviewModel::oneLine(const QString &value)
{
    if (!value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    QString single = value;
    single.replace(lineBreak, QStringLiteral(" ↵ "));
    return single;
}

} // namespace cohort
