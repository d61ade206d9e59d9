#pragma once

#include <QAbstractItemModel>
#include <QList>

namespace cohort {

class MatchBoard;

// The board's centre: the cycle's accepted mentors with their load ("1 of 2") and, nested under
// each, the mentees matched with them (score, draft/published, locked). A mentee dropped on a
// mentor, or on one of the mentor's mentees, is matched with that mentor (or moved there).
class MentorBoardModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        LoadColumn, // mentors: "1 of 2"; mentees: the pair's score
        DetailColumn,
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1, // the mentor's, or the matched mentee's
        MentorApplicationIdRole,              // the mentor of the row (itself for a mentor row)
        IsMenteeRole,
        MatchIdRole,
        SortRole,
    };

    explicit MentorBoardModel(MatchBoard *board, QObject *parent = nullptr);

    void refresh();
    // The mentor row of a mentor, or the row of a matched mentee.
    QModelIndex indexOfMentor(const QString &mentorApplicationId) const;
    QModelIndex indexOfMentee(const QString &menteeApplicationId) const;
    // The mentor a drop on `index` goes to (a mentee row's mentor), or "".
    QString mentorAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct MentorRow
    {
        int mentor = 0;     // index into the snapshot's mentors
        QList<int> matches; // indices into the snapshot's matches (not ended)
    };
    static constexpr quintptr MentorLevel = 0; // internalId of a mentor row; a mentee row: mentor row + 1

    MatchBoard *m_board;
    QList<MentorRow> m_rows;
};

} // namespace cohort
