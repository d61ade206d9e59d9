#pragma once

#include "store/applicationstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace cohort {

// The numbers behind the applications chart. A row is one application status that occurs in
// the cycle (in the order applications move through them), then a last "Total" row; the
// columns are the status, the mentor and mentee application counts, and their sum.
class ApplicationCountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        MentorColumn,
        MenteeColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        StatusCodeRole
    };

    explicit ApplicationCountsModel(QObject *parent = nullptr);

    void setCounts(const QList<StatusCount> &counts);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString status; // empty for the total row
        int mentors = 0;
        int mentees = 0;
    };
    QList<Row> m_rows;
};

} // namespace cohort
