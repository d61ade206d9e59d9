#pragma once

#include "result.h"
#include "review/reviewcycledata.h"
#include "review/reviewstatistics.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QPointer>

#include <memory>
#include <optional>

namespace cohort {

class ProgramDocument;
struct ScoreEdit;

// Where a scoring grid stores its edits when it does not work on the program itself (a review
// packet): one call per user action, all of it or nothing.
class ScoreWriter
{
public:
    virtual ~ScoreWriter() = default;
    virtual bool isWritable() const = 0;
    // comments: (assignment id, new comment).
    virtual Status write(const QList<ScoreEdit> &scores, const QList<std::pair<QString, QString>> &comments) = 0;
};

// One reviewer's scoring grid. A row is one of the reviewer's assignments in the loaded cycle and
// role (never one with a confirmed conflict), in the order of the application codes. Columns: the
// application, one per rubric criterion, the comment, the weighted total, and the other
// reviewers' totals (shown only once this reviewer has submitted the row).
//
// Edits are stored at once: setData(), clearCells() and paste() check every value against its
// criterion first (nothing is written when one is refused; editRefused() says why), then push
// one SetScoresCommand (and the comment commands) as one undo step, and show the values without
// waiting for the reload that the document's reviewChanged() starts.
//
// Blind review: the application column shows the code only, and no other column ever shows an
// applicant's name, email or library (tooltips included).
class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum DataRole
    {
        SortRole = Qt::UserRole + 1, // raw value: the score, the total, the code
        AssignmentIdRole,
        ApplicationIdRole,
        CriterionRole, // index into the rubric, or -1 for the other columns
    };

    explicit ScoreGridModel(QObject *parent = nullptr);

    void setDocument(ProgramDocument *document);
    // Stores edits through `writer` instead of the document's undo stack (not owned; null: the
    // document again).
    void setWriter(ScoreWriter *writer);
    // Shows `reviewer`'s assignments (index into data->reviewers; -1: none). Keeps the rows when
    // they are the same ones (a reload after an edit), so an open editor and the selection stay.
    void setReview(std::shared_ptr<const ReviewCycleData> data, int reviewer);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Column layout: 0 the application, then the criteria, then these.
    int applicationColumn() const { return 0; }
    int criterionColumn(int criterion) const { return 1 + criterion; }
    // The total right after the scores, where the eye is; the wide comment last.
    int totalColumn() const { return 1 + criterionCount(); }
    int commentColumn() const { return 2 + criterionCount(); }
    int othersColumn() const { return 3 + criterionCount(); }
    int criterionCount() const;
    int criterionAt(int column) const; // -1 when the column is not a criterion
    static QString twoLines(const QString &name);

    // Delete: clears the scores and comments of the given cells (one undo step).
    bool clearCells(const QModelIndexList &indexes);
    // Ctrl+V: a tab-separated block (rows by line) from a spreadsheet, its top left at `topLeft`;
    // a single value fills every cell of `selection` instead. One undo step; refused as a whole.
    bool paste(const QModelIndex &topLeft, const QString &text, const QModelIndexList &selection = {});
    // Ctrl+C: the cells' display texts as a tab-separated block.
    QString copyText(const QModelIndexList &indexes) const;

    QString assignmentIdAt(int row) const;
    QString applicationIdAt(int row) const;
    int rowOfAssignment(const QString &assignmentId) const;
    bool isSubmitted(int row) const;
    bool blind() const;

    // Progress: rows whose every criterion is scored (or N/A), of all rows; cells likewise.
    int completeRows() const;
    int submittedRows() const;
    QStringList assignmentIds() const;
    QStringList completeUnsubmittedAssignmentIds() const;

    // "Score 7 for “Experience” is outside 1–5." — empty when `text` is acceptable for the
    // criterion (value set, or N/A, or cleared when empty).
    static QString checkValue(const Criterion &criterion, const QString &text, std::optional<double> *value,
                              bool *notApplicable);
    static QString formatValue(std::optional<double> value, bool notApplicable);

signals:
    void editRefused(const QString &message);
    void edited(); // scores or comments changed (the progress may have moved)

private:
    struct Row
    {
        int assignment = -1;
        QString assignmentId;
        QString applicationId;
        QString code;
        QString label; // code, or "code · name" when not blind
        QList<std::optional<double>> values;
        QList<bool> notApplicable;
        QString comment;
        QDateTime submittedAt;
        AssignmentTotal total;
        QString others; // the other reviewers' totals, once submitted
        QString othersToolTip;
    };
    struct Edit
    {
        int row = -1;
        int column = -1;
        QString text;
    };

    Row makeRow(int assignment) const;
    void updateTotal(Row &row) const;
    bool apply(const QList<Edit> &edits, const QString &what);

    QPointer<ProgramDocument> m_document;
    ScoreWriter *m_writer = nullptr;
    bool writable() const;
    std::shared_ptr<const ReviewCycleData> m_data;
    int m_reviewer = -1;
    QList<Row> m_rows;
};

} // namespace cohort
