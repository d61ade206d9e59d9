#include "matching/menteepoolmodel.h"

#include "matching/matchboard.h"

#include <QLocale>
#include <QMimeData>

namespace cohort {

MenteePoolModel::MenteePoolModel(MatchBoard *board, QObject *parent) : QAbstractTableModel(parent), m_board(board)
{}

void MenteePoolModel::refresh()
{
    beginResetModel();
    m_mentees.clear();
    if (const MatchingSnapshot *s = m_board->snapshot()) {
        for (int e = 0; e < s->data.mentees.size(); ++e) {
            if (!s->data.matchOfMentee(s->data.mentees.at(e).applicationId))
                m_mentees.append(e);
        }
    }
    endResetModel();
}

QString MenteePoolModel::applicationIdAt(int row) const
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s || row < 0 || row >= m_mentees.size())
        return {};
    return s->data.mentees.at(m_mentees.at(row)).applicationId;
}

int MenteePoolModel::rowOf(const QString &applicationId) const
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s)
        return -1;
    return int(m_mentees.indexOf(s->data.menteeIndex(applicationId)));
}

int MenteePoolModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mentees.size());
}

int MenteePoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MenteePoolModel::data(const QModelIndex &index, int role) const
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int mentee = m_mentees.at(index.row());
    const MatchParticipant &p = s->data.mentees.at(mentee);
    const double best = s->bestScore.at(std::size_t(mentee));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MenteeColumn:
            return p.name.isEmpty() ? p.code : p.name;
        case BestScoreColumn:
            return best < 0 ? tr("none open") : QLocale().toString(best, 'f', 2);
        case InterestsColumn:
            return p.interests.join(QStringLiteral(", "));
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case MenteeColumn:
            return p.name.isEmpty() ? p.code : p.name;
        case BestScoreColumn:
            return best;
        case InterestsColumn:
            return p.interests.join(QStringLiteral(", "));
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2)").arg(p.name, p.code);
        if (!p.library.isEmpty())
            tip += QLatin1Char('\n') + p.library;
        if (!p.careerStage.isEmpty())
            tip += QLatin1Char('\n') + tr("Career stage: %1").arg(p.careerStage);
        tip += QLatin1Char('\n') + (best < 0 ? tr("No mentor with room is open to this mentee.")
                                             : tr("Best available score: %1").arg(QLocale().toString(best, 'f', 2)));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == BestScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ApplicationIdRole:
        return p.applicationId;
    case MenteeIndexRole:
        return mentee;
    default:
        return {};
    }
}

QVariant MenteePoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MenteeColumn:
        return tr("Mentee");
    case BestScoreColumn:
        return tr("Best");
    case InterestsColumn:
        return tr("Interests");
    }
    return {};
}

Qt::ItemFlags MenteePoolModel::flags(const QModelIndex &index) const
{
    // The pool as a whole takes drops (an unmatch); rows drag, but nothing lands on a row.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | (m_board->isWritable() ? Qt::ItemIsDragEnabled : Qt::NoItemFlags);
}

QStringList MenteePoolModel::mimeTypes() const
{
    return {MatchBoard::menteeMimeType()};
}

QMimeData *MenteePoolModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        const QString id = applicationIdAt(index.row());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids.isEmpty() ? nullptr : m_board->mimeDataForMentees(ids);
}

Qt::DropActions MenteePoolModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions MenteePoolModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool MenteePoolModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    if (action != Qt::MoveAction)
        return false;
    const QStringList ids = MatchBoard::menteesOf(data);
    return ids.size() == 1 && m_board->checkUnmatch(ids.first()).allowed();
}

bool MenteePoolModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // The board reloads from the program; the source view's removeRows() after a move is a
    // no-op on these models.
    return m_board->unmatch(MatchBoard::menteesOf(data).first());
}

} // namespace cohort
