#include "import/importproblemsmodel.h"

#include "import/csvpreviewmodel.h"

#include <QColor>
#include <QLocale>

namespace cohort {

namespace {
// Mid-tone colours that read on light and dark palettes; always shown beside the words.
const QColor ErrorColor(0xc6, 0x28, 0x28);
const QColor WarningColor(0xb2, 0x6a, 0x00);
} // namespace

ImportProblemsModel::ImportProblemsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ImportProblemsModel::setProblems(QList<ImportProblem> problems)
{
    beginResetModel();
    m_problems = std::move(problems);
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &problem = m_problems.at(index.row());
    switch (index.column()) {
    case LineColumn:
        if (role == Qt::DisplayRole)
            return problem.line > 0 ? QLocale().toString(problem.line) : QString();
        if (role == SortRole)
            return problem.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return problem.error ? tr("Error") : tr("Warning");
        if (role == SortRole)
            return problem.error ? 0 : 1;
        if (role == Qt::ForegroundRole)
            return problem.error ? ErrorColor : WarningColor;
        if (role == Qt::ToolTipRole)
            return problem.error ? tr("This row cannot be imported as it is")
                                 : tr("This row imports; check the value afterwards");
        break;
    case FileColumnColumn:
        if (role == Qt::DisplayRole)
            return problem.column.isEmpty() ? tr("(whole row)") : CsvPreviewModel::oneLine(problem.column);
        if (role == Qt::ToolTipRole || role == SortRole)
            return problem.column;
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return CsvPreviewModel::oneLine(problem.message);
        if (role == Qt::ToolTipRole || role == SortRole)
            return problem.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case SeverityColumn:
        return tr("Kind");
    case FileColumnColumn:
        return tr("Column");
    case MessageColumn:
        return tr("Problem");
    default:
        return {};
    }
}

} // namespace cohort
