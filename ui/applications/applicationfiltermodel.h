#pragma once

#include <QAbstractProxyModel>
#include <QList>

namespace cohort {

class ApplicationTableModel;

// The applications table as shown: the rows that match the search text and the role, status
// and eligibility filters, in the order of the sorted column.
//
// Not a QSortFilterProxyModel: on 50,000 rows its per-range row removals and QModelIndex-based
// comparisons took several hundred milliseconds per keystroke. This proxy keeps every source row
// in sorted order (m_order) and the visible ones (m_visible) as plain int lists built from the
// keys ApplicationRow computed while loading: a sort is one std::sort (a layout change that keeps
// the selection), a filter one linear scan (a reset; the page selects the row again). Typing on
// in the search field only scans the rows still shown.
class ApplicationFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit ApplicationFilterModel(ApplicationTableModel *source, QObject *parent = nullptr);

    // Matches name, email and library, ignoring case and accents; several words must all match.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    void setRoleFilter(const QString &role);               // empty: every role
    void setStatusFilter(const QString &status);           // empty: every status
    void setEligibilityFilter(const QString &eligibility); // empty: any; "unknown" for not checked

    QString roleFilter() const { return m_role; }
    QString statusFilter() const { return m_status; }
    QString eligibilityFilter() const { return m_eligibility; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    bool accepts(int sourceRow) const;
    bool lessThan(int a, int b) const;
    void sortOrder();
    // Rebuilds m_visible from `candidates` (kept in their order).
    void filterFrom(const QList<int> &candidates);
    void rebuild(); // a reset: sorted again and filtered again
    void refilter(bool narrower);
    void sourceRowChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    ApplicationTableModel *m_source;
    QList<int> m_order;    // every source row, sorted
    QList<int> m_visible;  // proxy row → source row
    QList<int> m_proxyRow; // source row → proxy row, or -1
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_searchText;
    QStringList m_searchWords; // folded
    QString m_role;
    QString m_status;
    QString m_eligibility;
};

} // namespace cohort
