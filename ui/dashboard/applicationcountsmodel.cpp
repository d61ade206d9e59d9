#include "dashboard/applicationcountsmodel.h"

#include "common/statustext.h"

#include <QFont>
#include <QLocale>

namespace cohort {

ApplicationCountsModel::ApplicationCountsModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ApplicationCountsModel::setCounts(const QList<StatusCount> &counts)
{
    QList<Row> rows;
    Row total;
    QStringList order = StatusText::applicationStatuses();
    for (const StatusCount &count : counts) {
        if (!order.contains(count.status))
            order.append(count.status); // a status this version does not know still counts
    }
    for (const QString &status : std::as_const(order)) {
        Row row{status, 0, 0};
        for (const StatusCount &count : counts) {
            if (count.status != status)
                continue;
            if (count.role == QLatin1String("mentor"))
                row.mentors += count.count;
            else if (count.role == QLatin1String("mentee"))
                row.mentees += count.count;
        }
        if (row.mentors + row.mentees == 0)
            continue;
        total.mentors += row.mentors;
        total.mentees += row.mentees;
        rows.append(row);
    }
    rows.append(total);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ApplicationCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ApplicationCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isTotal = row.status.isEmpty();
    int value = 0;
    switch (index.column()) {
    case MentorColumn:
        value = row.mentors;
        break;
    case MenteeColumn:
        value = row.mentees;
        break;
    case TotalColumn:
        value = row.mentors + row.mentees;
        break;
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == StatusColumn)
            return isTotal ? tr("Total") : StatusText::applicationStatus(row.status);
        return QLocale().toString(value);
    case RawValueRole:
        if (index.column() == StatusColumn)
            return row.status;
        return value;
    case StatusCodeRole:
        return row.status;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && !isTotal)
            return StatusText::applicationStatusColor(row.status);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ApplicationCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(section == StatusColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                           : Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case MentorColumn:
        return tr("Mentors");
    case MenteeColumn:
        return tr("Mentees");
    case TotalColumn:
        return tr("Total");
    default:
        return {};
    }
}

} // namespace cohort
