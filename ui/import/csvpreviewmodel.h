#pragma once

#include "intake/csv.h"

#include <QAbstractTableModel>

#include <memory>

namespace cohort {

// The first rows of a parsed CSV file, read-only, for the import wizard's preview and nothing
// more: a row is a record of the file (its vertical header is the line where it starts), a
// column is a column of the file (its horizontal header is the file's header text). Cells are
// plain text on one line; the tooltip holds the whole value.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int DefaultRowLimit = 20;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    // Shares the table (no copy); a null table empties the preview.
    void setTable(std::shared_ptr<const CsvTable> table, int rowLimit = DefaultRowLimit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A value on one line: line breaks shown as " ↵ ".
    static QString oneLine(const QString &value);

private:
    std::shared_ptr<const CsvTable> m_table;
    int m_rows = 0;
};

} // namespace cohort
