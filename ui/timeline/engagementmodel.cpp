#include "timeline/engagementmodel.h"

#include "timeline/timelinesnapshot.h"

#include <QColor>
#include <QLocale>

namespace cohort {

namespace {
QColor statusColor(EngagementStatus status)
{
    switch (status) {
    case EngagementStatus::OnTrack:
        return QColor(0x2e, 0x7d, 0x32);
    case EngagementStatus::BelowCadence:
        return QColor(0xb2, 0x6a, 0x00);
    case EngagementStatus::Quiet:
        return QColor(0xc6, 0x28, 0x28);
    case EngagementStatus::Ended:
    case EngagementStatus::NotStarted:
        break;
    }
    return {};
}

QString goalSheetText(const GoalSheetState &sheet)
{
    const QLocale locale;
    switch (sheet.state) {
    case GoalSheetState::State::Submitted:
        return EngagementModel::tr("Submitted %1").arg(locale.toString(sheet.submittedOn, QLocale::ShortFormat));
    case GoalSheetState::State::Overdue:
        return EngagementModel::tr("Overdue since %1").arg(locale.toString(sheet.dueOn, QLocale::ShortFormat));
    case GoalSheetState::State::Due:
        return EngagementModel::tr("Due %1").arg(locale.toString(sheet.dueOn, QLocale::ShortFormat));
    case GoalSheetState::State::NotDue:
        break;
    }
    return sheet.dueOn.isValid() ? EngagementModel::tr("Due %1").arg(locale.toString(sheet.dueOn, QLocale::ShortFormat))
                                 : QString();
}
} // namespace

EngagementModel::EngagementModel(QObject *parent) : QAbstractTableModel(parent)
{}

void EngagementModel::setSnapshot(std::shared_ptr<const TimelineSnapshot> snapshot)
{
    beginResetModel();
    m_snapshot = std::move(snapshot);
    endResetModel();
}

int EngagementModel::rowOf(const QString &matchId) const
{
    return m_snapshot ? m_snapshot->matchIndex(matchId) : -1;
}

int EngagementModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_snapshot || !m_snapshot->error.isEmpty())
        return 0;
    return int(m_snapshot->data.matches.size());
}

int EngagementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EngagementModel::data(const QModelIndex &index, int role) const
{
    if (!m_snapshot || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineMatch &m = m_snapshot->data.matches.at(index.row());
    const MatchEngagement &e = m_snapshot->engagement.at(index.row());
    const QLocale locale;
    const MonthCadence *month = e.months.isEmpty() ? nullptr : &e.months.constLast();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PairColumn:
            return m_snapshot->pairName(index.row());
        case StatusColumn:
            return Cadence::statusName(e.status);
        case LastContactColumn:
            return e.lastContact.isValid() ? locale.toString(e.lastContact, QLocale::ShortFormat) : tr("none yet");
        case QuietDaysColumn:
            return e.daysSinceContact < 0 ? QVariant() : QVariant(e.daysSinceContact);
        case MonthColumn:
            return month ? tr("%1 of %2").arg(month->contacts).arg(month->expected) : QString();
        case GoalSheetColumn:
            return goalSheetText(e.goalSheet);
        case LiaisonColumn:
            return m.liaisonName;
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return int(e.status);
        case LastContactColumn:
            return e.lastContact;
        case QuietDaysColumn:
            return e.daysSinceContact;
        case MonthColumn:
            return month ? month->contacts - month->expected : 0;
        case GoalSheetColumn:
            return int(e.goalSheet.state);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        return e.reason;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn ||
            (index.column() == GoalSheetColumn && e.goalSheet.state == GoalSheetState::State::Overdue)) {
            const QColor color =
                index.column() == StatusColumn ? statusColor(e.status) : statusColor(EngagementStatus::Quiet);
            return color.isValid() ? QVariant(color) : QVariant();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == QuietDaysColumn || index.column() == MonthColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case MatchIdRole:
        return m.match.id;
    case MatchIndexRole:
        return index.row();
    case StatusRole:
        return int(e.status);
    default:
        return {};
    }
}

QVariant EngagementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PairColumn:
        return tr("Mentor — mentee");
    case StatusColumn:
        return tr("Status");
    case LastContactColumn:
        return tr("Last contact");
    case QuietDaysColumn:
        return tr("Days quiet");
    case MonthColumn:
        return tr("This month");
    case GoalSheetColumn:
        return tr("Goal sheet");
    case LiaisonColumn:
        return tr("Liaison");
    }
    return {};
}

EngagementFilterModel::EngagementFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EngagementModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(EngagementModel::PairColumn);
}

void EngagementFilterModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    invalidateRowsFilter();
}

bool EngagementFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto status =
        EngagementStatus(sourceModel()->index(sourceRow, 0, sourceParent).data(EngagementModel::StatusRole).toInt());
    if (m_show == Show::Quiet && status != EngagementStatus::Quiet)
        return false;
    if (m_show == Show::NeedsAttention && status != EngagementStatus::Quiet && status != EngagementStatus::BelowCadence)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace cohort
