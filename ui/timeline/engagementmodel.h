#pragma once

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>

namespace cohort {

struct TimelineSnapshot;

// One row per published (or ended) match of the cycle: the pair, its engagement status and why,
// the last contact and the days since, this month's contacts against the cadence, the goal sheet
// and the liaison.
class EngagementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        PairColumn,
        StatusColumn,
        LastContactColumn,
        QuietDaysColumn,
        MonthColumn,
        GoalSheetColumn,
        LiaisonColumn,
        ColumnCount
    };
    enum Role
    {
        MatchIdRole = Qt::UserRole + 1,
        MatchIndexRole,
        StatusRole, // EngagementStatus as int
        SortRole,
    };

    explicit EngagementModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const TimelineSnapshot> snapshot);
    int rowOf(const QString &matchId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const TimelineSnapshot> m_snapshot;
};

// The list's filter: every match, those that need attention (quiet or below cadence), or the
// quiet ones only; and the search text on the pair's names and codes.
class EngagementFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Show
    {
        All,
        NeedsAttention,
        Quiet
    };
    explicit EngagementFilterModel(QObject *parent = nullptr);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
};

} // namespace cohort
