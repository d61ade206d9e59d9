#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace cohort {

class MatchBoard;

// The board's left column: the cycle's accepted mentees not matched yet, with the best score
// they could still get. Rows drag onto mentors; a matched mentee dropped here is unmatched.
class MenteePoolModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MenteeColumn,
        BestScoreColumn,
        InterestsColumn,
        ColumnCount
    };
    enum Role
    {
        ApplicationIdRole = Qt::UserRole + 1,
        MenteeIndexRole, // index into MatchingData::mentees
        SortRole,
    };

    explicit MenteePoolModel(MatchBoard *board, QObject *parent = nullptr);

    // Rebuilds from the board's snapshot.
    void refresh();
    QString applicationIdAt(int row) const;
    int rowOf(const QString &applicationId) const;

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
    MatchBoard *m_board;
    QList<int> m_mentees; // indices into the snapshot's mentees, unmatched only
};

} // namespace cohort
