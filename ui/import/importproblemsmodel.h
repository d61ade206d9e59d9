#pragma once

#include "intake/importer.h"

#include <QAbstractTableModel>
#include <QList>

namespace cohort {

// The problems a check found, one row each: the line of the file, whether the row is refused
// (error) or imports with a warning, the column (header text, empty for the whole row) and the
// message. A check of a large file can list many thousands; the view is a plain table over them.
class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        SeverityColumn,
        FileColumnColumn,
        MessageColumn,
        ColumnCount
    };
    // The raw value for sorting: the line as a number, the severity as 0 (error) or 1 (warning).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ImportProblemsModel(QObject *parent = nullptr);

    void setProblems(QList<ImportProblem> problems);
    const ImportProblem &problem(int row) const { return m_problems.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
};

} // namespace cohort
