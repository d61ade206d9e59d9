#include "matching/mentorboardmodel.h"

#include "matching/matchboard.h"

#include <QFont>
#include <QHash>
#include <QLocale>
#include <QMimeData>

namespace cohort {

MentorBoardModel::MentorBoardModel(MatchBoard *board, QObject *parent) : QAbstractItemModel(parent), m_board(board)
{}

void MentorBoardModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (const MatchingSnapshot *s = m_board->snapshot()) {
        const MatchingData &d = s->data;
        m_rows.resize(d.mentors.size());
        for (int m = 0; m < d.mentors.size(); ++m)
            m_rows[m].mentor = m;
        for (int i = 0; i < d.matches.size(); ++i) {
            const Match &match = d.matches.at(i);
            const int mentor = d.mentorIndex(match.mentorApplicationId);
            if (mentor >= 0 && match.status != QLatin1String("ended") && d.menteeIndex(match.menteeApplicationId) >= 0)
                m_rows[mentor].matches.append(i);
        }
    }
    endResetModel();
}

QModelIndex MentorBoardModel::indexOfMentor(const QString &mentorApplicationId) const
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s)
        return {};
    const int mentor = s->data.mentorIndex(mentorApplicationId);
    return mentor >= 0 && mentor < m_rows.size() ? index(mentor, 0) : QModelIndex();
}

QModelIndex MentorBoardModel::indexOfMentee(const QString &menteeApplicationId) const
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s)
        return {};
    const Match *match = s->data.matchOfMentee(menteeApplicationId);
    if (!match)
        return {};
    const QModelIndex mentor = indexOfMentor(match->mentorApplicationId);
    if (!mentor.isValid())
        return {};
    const MentorRow &row = m_rows.at(mentor.row());
    for (int i = 0; i < row.matches.size(); ++i) {
        if (s->data.matches.at(row.matches.at(i)).menteeApplicationId == menteeApplicationId)
            return index(i, 0, mentor);
    }
    return {};
}

QString MentorBoardModel::mentorAt(const QModelIndex &index) const
{
    return index.isValid() ? index.data(MentorApplicationIdRole).toString() : QString();
}

QModelIndex MentorBoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, MentorLevel) : QModelIndex();
    if (parent.internalId() != MentorLevel || parent.row() >= m_rows.size())
        return {};
    const MentorRow &mentor = m_rows.at(parent.row());
    return row < mentor.matches.size() ? createIndex(row, column, quintptr(parent.row()) + 1) : QModelIndex();
}

QModelIndex MentorBoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == MentorLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, MentorLevel);
}

int MentorBoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != MentorLevel || parent.column() != 0)
        return 0;
    return int(m_rows.at(parent.row()).matches.size());
}

int MentorBoardModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant MentorBoardModel::data(const QModelIndex &index, int role) const
{
    const MatchingSnapshot *s = m_board->snapshot();
    if (!s || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MatchingData &d = s->data;
    const QLocale locale;
    if (index.internalId() == MentorLevel) {
        const MentorRow &row = m_rows.at(index.row());
        const MatchParticipant &p = d.mentors.at(row.mentor);
        const int load = s->load.at(std::size_t(row.mentor));
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case NameColumn:
                return p.name.isEmpty() ? p.code : p.name;
            case LoadColumn:
                return tr("%1 of %2").arg(load).arg(p.capacity);
            case DetailColumn:
                return p.library;
            }
            return {};
        case SortRole:
            switch (index.column()) {
            case NameColumn:
                return p.name;
            case LoadColumn:
                return p.capacity - load; // room left
            case DetailColumn:
                return p.library;
            }
            return {};
        case Qt::ToolTipRole: {
            QString tip = tr("%1 (%2)").arg(p.name, p.code);
            if (!p.library.isEmpty())
                tip += QLatin1Char('\n') + p.library;
            if (!p.interests.isEmpty())
                tip += QLatin1Char('\n') + tr("Experience: %1").arg(p.interests.join(QStringLiteral(", ")));
            tip += QLatin1Char('\n') + (load >= p.capacity ? tr("Full: %1 of %2 mentees").arg(load).arg(p.capacity)
                                                           : tr("Room for %n more", nullptr, p.capacity - load));
            return tip;
        }
        case Qt::FontRole:
            if (index.column() == LoadColumn && load < p.capacity) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        case ApplicationIdRole:
        case MentorApplicationIdRole:
            return p.applicationId;
        case IsMenteeRole:
            return false;
        default:
            return {};
        }
    }
    const MentorRow &row = m_rows.at(int(index.internalId() - 1));
    const Match &match = d.matches.at(row.matches.at(index.row()));
    const int mentee = d.menteeIndex(match.menteeApplicationId);
    const MatchParticipant &p = d.mentees.at(mentee);
    const double score = s->model->score(mentee, row.mentor);
    const bool published = match.status == QLatin1String("published");
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name.isEmpty() ? p.code : p.name;
        case LoadColumn:
            return locale.toString(score, 'f', 2);
        case DetailColumn: {
            QStringList parts;
            parts << (published ? tr("published %1").arg(locale.toString(match.publishedOn, QLocale::ShortFormat))
                                : tr("draft"));
            if (match.locked)
                parts << tr("locked");
            if (match.source == QLatin1String("auto"))
                parts << tr("auto");
            return parts.join(QStringLiteral(" · "));
        }
        }
        return {};
    case SortRole:
        return index.column() == LoadColumn ? QVariant(score) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return tr("%1 (%2) with %3: score %4")
            .arg(p.name, p.code, d.mentors.at(row.mentor).name, locale.toString(score, 'f', 2));
    case Qt::FontRole:
        if (index.column() == NameColumn && match.locked) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LoadColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case ApplicationIdRole:
        return p.applicationId;
    case MentorApplicationIdRole:
        return d.mentors.at(row.mentor).applicationId;
    case IsMenteeRole:
        return true;
    case MatchIdRole:
        return match.id;
    default:
        return {};
    }
}

QVariant MentorBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Mentor / mentee");
    case LoadColumn:
        return tr("Load / score");
    case DetailColumn:
        return tr("Library / match");
    }
    return {};
}

Qt::ItemFlags MentorBoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_board->isWritable()) {
        f |= Qt::ItemIsDropEnabled;
        if (index.internalId() != MentorLevel)
            f |= Qt::ItemIsDragEnabled;
    }
    return f;
}

QStringList MentorBoardModel::mimeTypes() const
{
    return {MatchBoard::menteeMimeType()};
}

QMimeData *MentorBoardModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes) {
        if (index.data(IsMenteeRole).toBool()) {
            const QString id = index.data(ApplicationIdRole).toString();
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids.isEmpty() ? nullptr : m_board->mimeDataForMentees(ids);
}

Qt::DropActions MentorBoardModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions MentorBoardModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool MentorBoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                       const QModelIndex &parent) const
{
    const QStringList ids = MatchBoard::menteesOf(data);
    const QString mentor = mentorAt(parent);
    return action == Qt::MoveAction && ids.size() == 1 && !mentor.isEmpty() &&
           m_board->checkDrop(ids.first(), mentor).allowed();
}

bool MentorBoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    return m_board->match(MatchBoard::menteesOf(data).first(), mentorAt(parent));
}

} // namespace cohort
