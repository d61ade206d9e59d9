#include "applications/applicationfiltermodel.h"

#include "applications/applicationtablemodel.h"

#include <algorithm>

namespace cohort {

ApplicationFilterModel::ApplicationFilterModel(ApplicationTableModel *source, QObject *parent)
    : QAbstractProxyModel(parent), m_source(source)
{
    QAbstractProxyModel::setSourceModel(source);
    connect(source, &QAbstractItemModel::modelReset, this, &ApplicationFilterModel::rebuild);
    connect(source, &QAbstractItemModel::rowsInserted, this, &ApplicationFilterModel::rebuild);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &ApplicationFilterModel::rebuild);
    connect(source, &QAbstractItemModel::dataChanged, this, &ApplicationFilterModel::sourceRowChanged);
    rebuild();
}

QModelIndex ApplicationFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_visible.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ApplicationFilterModel::parent(const QModelIndex &) const
{
    return {};
}

bool ApplicationFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_visible.isEmpty();
}

int ApplicationFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int ApplicationFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ApplicationTableModel::ColumnCount;
}

QModelIndex ApplicationFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_visible.size())
        return {};
    return m_source->index(m_visible.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ApplicationFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant ApplicationFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

void ApplicationFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    const QStringList previous = m_searchWords;
    m_searchText = text;
    m_searchWords = ApplicationTableModel::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_searchWords == previous)
        return;
    // Typing on (each earlier word still there, grown or not, maybe a new word) only narrows.
    bool narrower = previous.size() <= m_searchWords.size();
    for (qsizetype i = 0; narrower && i < previous.size(); ++i)
        narrower = m_searchWords.at(i).contains(previous.at(i));
    refilter(narrower);
}

void ApplicationFilterModel::setRoleFilter(const QString &role)
{
    if (role == m_role)
        return;
    const bool narrower = m_role.isEmpty();
    m_role = role;
    refilter(narrower);
}

void ApplicationFilterModel::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    const bool narrower = m_status.isEmpty();
    m_status = status;
    refilter(narrower);
}

void ApplicationFilterModel::setEligibilityFilter(const QString &eligibility)
{
    if (eligibility == m_eligibility)
        return;
    const bool narrower = m_eligibility.isEmpty();
    m_eligibility = eligibility;
    refilter(narrower);
}

bool ApplicationFilterModel::accepts(int sourceRow) const
{
    const ApplicationRow &row = m_source->rowAt(sourceRow);
    const ApplicationSummary &s = row.summary;
    if (!m_role.isEmpty() && s.role != m_role)
        return false;
    if (!m_status.isEmpty() && s.status != m_status)
        return false;
    if (!m_eligibility.isEmpty()) {
        const bool known = row.eligibilityOrder < 2;
        if (m_eligibility == QLatin1String("unknown") ? known : s.eligibility != m_eligibility)
            return false;
    }
    for (const QString &word : m_searchWords) {
        if (!row.searchKey.contains(word))
            return false;
    }
    return true;
}

bool ApplicationFilterModel::lessThan(int left, int right) const
{
    // Ranks were computed on the loading thread: a sort compares numbers, never strings.
    return m_source->rowAt(left).rank[m_sortColumn] < m_source->rowAt(right).rank[m_sortColumn];
}

void ApplicationFilterModel::sortOrder()
{
    if (m_sortColumn < 0) {
        std::sort(m_order.begin(), m_order.end());
        return;
    }
    // Sorted through a plain array of ranks: no function call per comparison.
    QList<double> ranks(m_order.size());
    for (int row = 0; row < ranks.size(); ++row)
        ranks[row] = m_source->rowAt(row).rank[m_sortColumn];
    const double *rank = ranks.constData();
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(m_order.begin(), m_order.end(), [rank](int a, int b) { return rank[a] < rank[b]; });
    else
        std::sort(m_order.begin(), m_order.end(), [rank](int a, int b) { return rank[a] > rank[b]; });
}

void ApplicationFilterModel::filterFrom(const QList<int> &candidates)
{
    QList<int> visible;
    visible.reserve(candidates.size());
    const bool all = m_searchWords.isEmpty() && m_role.isEmpty() && m_status.isEmpty() && m_eligibility.isEmpty();
    for (int row : candidates) {
        if (all || accepts(row))
            visible.append(row);
    }
    m_visible = std::move(visible);
    m_proxyRow.fill(-1, m_source->rowCount());
    for (int i = 0; i < m_visible.size(); ++i)
        m_proxyRow[m_visible.at(i)] = i;
}

void ApplicationFilterModel::rebuild()
{
    beginResetModel();
    const int count = m_source->rowCount();
    m_order.resize(count);
    for (int i = 0; i < count; ++i)
        m_order[i] = i;
    sortOrder();
    filterFrom(m_order);
    endResetModel();
}

void ApplicationFilterModel::refilter(bool narrower)
{
    beginResetModel();
    if (narrower)
        filterFrom(QList<int>(m_visible)); // the rows shown, in their order
    else
        filterFrom(m_order);
    endResetModel();
}

void ApplicationFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The selection and the current row follow their rows to the new places.
    const QModelIndexList before = persistentIndexList();
    QList<QPair<int, int>> sourcePlaces;
    sourcePlaces.reserve(before.size());
    for (const QModelIndex &index : before)
        sourcePlaces.append({m_visible.value(index.row(), -1), index.column()});
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder();
    filterFrom(m_order);
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, column] : std::as_const(sourcePlaces))
        after.append(sourceRow < 0 ? QModelIndex() : index(m_proxyRow.value(sourceRow, -1), column));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ApplicationFilterModel::sourceRowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // One row refreshed (an edit in the detail panel): it may move, appear or disappear.
    if (topLeft.row() != bottomRight.row()) {
        rebuild();
        return;
    }
    const int sourceRow = topLeft.row();
    const int proxyRow = m_proxyRow.value(sourceRow, -1);
    const bool shown = proxyRow >= 0;
    const bool show = accepts(sourceRow);
    // Its new place in the sorted order: removed, then inserted where it now belongs.
    m_order.removeOne(sourceRow);
    QList<int>::iterator place = m_order.end();
    if (m_sortColumn >= 0 && m_sortOrder == Qt::AscendingOrder)
        place = std::lower_bound(m_order.begin(), m_order.end(), sourceRow,
                                 [this](int a, int b) { return lessThan(a, b); });
    else if (m_sortColumn >= 0)
        place = std::lower_bound(m_order.begin(), m_order.end(), sourceRow,
                                 [this](int a, int b) { return lessThan(b, a); });
    else
        place = std::lower_bound(m_order.begin(), m_order.end(), sourceRow);
    m_order.insert(place, sourceRow);

    if (shown != show) {
        beginResetModel();
        filterFrom(m_order);
        endResetModel();
        return;
    }
    if (!shown)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<QPair<int, int>> sourcePlaces;
    for (const QModelIndex &index : before)
        sourcePlaces.append({m_visible.value(index.row(), -1), index.column()});
    filterFrom(m_order);
    QModelIndexList after;
    for (const auto &[row, column] : std::as_const(sourcePlaces))
        after.append(row < 0 ? QModelIndex() : index(m_proxyRow.value(row, -1), column));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    const int newRow = m_proxyRow.value(sourceRow, -1);
    emit dataChanged(index(newRow, 0), index(newRow, ApplicationTableModel::ColumnCount - 1));
}

} // namespace cohort
