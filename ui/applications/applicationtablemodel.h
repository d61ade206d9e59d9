#pragma once

#include "domain/application.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <array>

namespace cohort {

// One row of the applications table: the summary as stored, plus what sorting and searching
// need, computed once (on the loading thread) so that sorting and filtering 50,000 rows never
// builds a string on the GUI thread.
struct ApplicationRow
{
    ApplicationSummary summary;
    QString searchKey;     // folded name, email and library, "\n"-separated
    QString nameKey;       // folded name ("zoe o'brien-nunez"), for sorting
    QString libraryKey;    // folded library
    QString submittedText; // the submission date in the locale's short format
    int roleOrder = 0;
    int statusOrder = 0;
    int eligibilityOrder = 0;
    // The row's place when sorted by each column (ApplicationTableModel::Column), so that a sort
    // compares two numbers. Fractional after a one-row refresh (placed between its neighbours).
    std::array<double, 10> rank{};

    // Builds the keys; safe on any thread.
    static ApplicationRow from(ApplicationSummary summary);
};

// The applications of one cycle: a row is one application (ApplicationSummary), a column one of
// Column. DisplayRole is the text shown; SortRole the raw value that sorts (also used by tests).
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RoleColumn,
        CodeColumn,
        NameColumn,
        EmailColumn,
        LibraryColumn,
        LibraryTypeColumn,
        StateColumn,
        SubmittedColumn,
        StatusColumn,
        EligibilityColumn,
        ColumnCount
    };
    enum DataRole
    {
        SortRole = Qt::UserRole + 1, // the value that sorts (codes for role, status, eligibility)
        IdRole,                      // the application's id
        CodeRole                     // the stored code of role, status, library type, eligibility
    };

    explicit ApplicationTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Every row in the order of one column: what ranks are computed from and kept up to date with.
    using SortedRows = std::array<QList<int>, 10>;
    // Sets every row's rank for every column (a few hundred milliseconds for 50,000 rows: the
    // loading thread does it).
    static SortedRows rankRows(QList<ApplicationRow> &rows);
    // Orders two rows by a column: its key, then submission time, then id. Negative, 0, positive.
    static int compareRows(const ApplicationRow &a, const ApplicationRow &b, int column);

    // `sorted` as rankRows() returned it for these rows; computed here when empty.
    void setRows(QList<ApplicationRow> rows, SortedRows sorted = {});
    void clear();
    // Replaces the row with the same id, or appends it.
    void upsertRow(ApplicationRow row);
    void removeApplication(const QString &applicationId);

    const ApplicationRow &rowAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &applicationId) const { return m_rowById.value(applicationId, -1); }
    // Confidential columns are left out of exports unless the user asks (none of the summary's
    // columns is confidential today; the export asks through this).
    static bool isConfidential(int column);

    // Folds text for searching and sorting: case-folded, accents removed ("Zoë" → "zoe").
    static QString fold(const QString &text);

private:
    void reindex();
    void placeRow(int row); // gives `row` its ranks and puts it into m_sorted

    QList<ApplicationRow> m_rows;
    SortedRows m_sorted;
    QHash<QString, int> m_rowById;
};

static_assert(std::tuple_size_v<decltype(ApplicationRow::rank)> == ApplicationTableModel::ColumnCount);

} // namespace cohort
