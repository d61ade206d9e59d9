#include "review/scoregridmodel.h"

#include "document/programdocument.h"
#include "document/reviewcommands.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace cohort {

namespace {
QString scaleText(const Criterion &criterion)
{
    return ScoreGridModel::tr("%1–%2").arg(criterion.scaleMin).arg(criterion.scaleMax);
}

QString totalText(const AssignmentTotal &total)
{
    return total.total ? QLocale().toString(*total.total, 'f', 2) : QString();
}

bool isNotApplicableText(const QString &text)
{
    static const QStringList words = {QStringLiteral("n/a"), QStringLiteral("na"), QStringLiteral("n.a."),
                                      ScoreGridModel::tr("N/A").toLower()};
    return words.contains(text.toLower());
}
} // namespace

ScoreGridModel::ScoreGridModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ScoreGridModel::setDocument(ProgramDocument *document)
{
    m_document = document;
}

int ScoreGridModel::criterionCount() const
{
    return m_data ? int(m_data->criteria.size()) : 0;
}

// A criterion's name is a phrase ("Connection to children's library service"): in a narrow
// score column it reads on two lines, broken at the space nearest the middle.
QString ScoreGridModel::twoLines(const QString &name)
{
    if (name.size() <= 16)
        return name;
    const qsizetype middle = name.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name.at(i) == QLatin1Char(' ') && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
            best = i;
    }
    if (best < 0)
        return name;
    return name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

int ScoreGridModel::criterionAt(int column) const
{
    const int criterion = column - 1;
    return criterion >= 0 && criterion < criterionCount() ? criterion : -1;
}

bool ScoreGridModel::blind() const
{
    return m_data && m_data->settings.blind;
}

void ScoreGridModel::clear()
{
    beginResetModel();
    m_data.reset();
    m_reviewer = -1;
    m_rows.clear();
    endResetModel();
}

void ScoreGridModel::setWriter(ScoreWriter *writer)
{
    m_writer = writer;
}

bool ScoreGridModel::writable() const
{
    return m_writer ? m_writer->isWritable() : m_document && !m_document->isReadOnly();
}

void ScoreGridModel::setReview(std::shared_ptr<const ReviewCycleData> data, int reviewer)
{
    QList<Row> rows;
    if (data && reviewer >= 0 && reviewer < data->reviewers.size()) {
        for (int assignment : data->assignmentsOfReviewer(reviewer)) {
            const ReviewAssignment &a = data->assignments.at(assignment);
            if (data->isConflicted(a.application, reviewer))
                continue; // a confirmed conflict keeps the application out of this reviewer's sight
            rows.append(Row{});
            rows.last().assignment = assignment;
        }
    }
    const bool sameShape =
        m_data && data && m_reviewer == reviewer && rows.size() == m_rows.size() &&
        data->criteria.size() == m_data->criteria.size() && data->settings.blind == m_data->settings.blind &&
        std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                   [&](const Row &a, const Row &b) { return data->assignments.at(a.assignment).id == b.assignmentId; });
    bool sameCriteria = sameShape;
    for (int c = 0; sameCriteria && c < data->criteria.size(); ++c)
        sameCriteria = data->criteria.at(c).id == m_data->criteria.at(c).id &&
                       data->criteria.at(c).name == m_data->criteria.at(c).name;
    if (!sameCriteria)
        beginResetModel();
    m_data = std::move(data);
    m_reviewer = reviewer;
    for (Row &row : rows)
        row = makeRow(row.assignment);
    m_rows = std::move(rows);
    if (!sameCriteria) {
        endResetModel();
    } else if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
}

ScoreGridModel::Row ScoreGridModel::makeRow(int assignment) const
{
    const ReviewCycleData &data = *m_data;
    const ReviewAssignment &a = data.assignments.at(assignment);
    const ReviewApplication &application = data.applications.at(a.application);
    Row row;
    row.assignment = assignment;
    row.assignmentId = a.id;
    row.applicationId = application.id;
    row.code = application.code;
    row.label = application.label(data.settings.blind);
    row.comment = a.comment;
    row.submittedAt = a.submittedAt;
    for (int c = 0; c < data.criteria.size(); ++c) {
        const int cell = data.cellIndex(assignment, c);
        row.values.append(cell >= 0 ? data.cells.at(cell).value : std::nullopt);
        row.notApplicable.append(cell >= 0 && data.cells.at(cell).notApplicable);
    }
    updateTotal(row);
    if (row.submittedAt.isValid()) {
        QStringList parts;
        QStringList tips;
        for (int other : data.assignmentsOf(a.application)) {
            if (other == assignment)
                continue;
            const ReviewAssignment &b = data.assignments.at(other);
            const QString reviewer = b.reviewer >= 0 ? data.reviewers.at(b.reviewer).name : QString();
            const AssignmentTotal total = ReviewStatistics::assignmentTotal(data, other);
            if (!total.total) {
                parts.append(tr("not scored yet"));
                tips.append(tr("%1: not scored yet").arg(reviewer));
            } else if (!total.complete()) {
                parts.append(tr("%1 so far").arg(totalText(total)));
                tips.append(tr("%1: %2 so far (%3 of %4 criteria)")
                                .arg(reviewer, totalText(total))
                                .arg(total.scoredCells)
                                .arg(total.expectedCells));
            } else {
                parts.append(totalText(total));
                tips.append(tr("%1: %2").arg(reviewer, totalText(total)));
            }
        }
        row.others = parts.isEmpty() ? tr("No other reviewer") : parts.join(QStringLiteral("; "));
        row.othersToolTip = tips.isEmpty() ? tr("Nobody else reviews this application.") : tips.join(QLatin1Char('\n'));
    }
    return row;
}

void ScoreGridModel::updateTotal(Row &row) const
{
    row.total = ReviewStatistics::weightedTotal(m_data->criteria, row.values, row.notApplicable);
}

int ScoreGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : criterionCount() + 4;
}

QString ScoreGridModel::formatValue(std::optional<double> value, bool notApplicable)
{
    if (notApplicable)
        return tr("N/A");
    if (!value)
        return {};
    const double v = *value;
    return v == std::floor(v) ? QLocale().toString(qint64(v)) : QLocale().toString(v, 'g', 6);
}

QVariant ScoreGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const int criterion = criterionAt(column);
    const bool submitted = row.submittedAt.isValid();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == applicationColumn())
            return role == Qt::DisplayRole && submitted ? tr("%1 (submitted)").arg(row.label) : row.label;
        if (criterion >= 0)
            return formatValue(row.values.at(criterion), row.notApplicable.at(criterion));
        if (column == commentColumn())
            return row.comment;
        if (column == totalColumn())
            return totalText(row.total);
        if (column == othersColumn())
            return submitted ? row.others : tr("After you submit");
        break;
    case Qt::ToolTipRole:
        if (column == applicationColumn())
            return submitted
                       ? tr("%1: submitted on %2; the scores can no longer be changed.")
                             .arg(row.label, QLocale().toString(row.submittedAt.toLocalTime(), QLocale::ShortFormat))
                       : tr("%1: not submitted yet").arg(row.label);
        if (criterion >= 0) {
            const Criterion &c = m_data->criteria.at(criterion);
            return c.allowNotApplicable ? tr("%1: a score from %2, or N/A").arg(c.name, scaleText(c))
                                        : tr("%1: a score from %2").arg(c.name, scaleText(c));
        }
        if (column == commentColumn())
            return row.comment.isEmpty() ? tr("Your comment on this application (for the committee)") : row.comment;
        if (column == totalColumn()) {
            if (!row.total.total)
                return tr("No score yet");
            return row.total.complete()
                       ? tr("Weighted total of your scores")
                       : tr("So far: %1 of %2 criteria scored").arg(row.total.scoredCells).arg(row.total.expectedCells);
        }
        if (column == othersColumn())
            return submitted ? row.othersToolTip
                             : tr("Other reviewers' scores for this application show once you have submitted yours "
                                  "(Review › Submit My Scores…).");
        break;
    case Qt::TextAlignmentRole:
        if (criterion >= 0 || column == totalColumn())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if ((criterion >= 0 && row.notApplicable.at(criterion)) || (column == totalColumn() && !row.total.complete()) ||
            (column == othersColumn() && !submitted) || (submitted && column != applicationColumn()))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (column == totalColumn() && row.total.complete()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SortRole:
        if (column == applicationColumn())
            return row.code;
        if (criterion >= 0)
            return row.values.at(criterion) ? QVariant(*row.values.at(criterion)) : QVariant();
        if (column == totalColumn())
            return row.total.total ? QVariant(*row.total.total) : QVariant();
        return data(index, Qt::DisplayRole);
    case AssignmentIdRole:
        return row.assignmentId;
    case ApplicationIdRole:
        return row.applicationId;
    case CriterionRole:
        return criterion;
    default:
        break;
    }
    return {};
}

QVariant ScoreGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int criterion = criterionAt(section);
    if (role == Qt::DisplayRole) {
        if (section == applicationColumn())
            return tr("Application");
        if (criterion >= 0)
            return twoLines(m_data->criteria.at(criterion).name);
        if (section == commentColumn())
            return tr("Comment");
        if (section == totalColumn())
            return tr("Total");
        if (section == othersColumn())
            return tr("Other reviewers");
    } else if (role == Qt::ToolTipRole) {
        if (criterion >= 0) {
            const Criterion &c = m_data->criteria.at(criterion);
            QString text = c.guidance.trimmed().isEmpty() ? c.name : c.name + QStringLiteral("\n\n") + c.guidance;
            text += QStringLiteral("\n\n") +
                    (c.allowNotApplicable ? tr("Scale %1; N/A allowed. Weight %2.") : tr("Scale %1. Weight %2."))
                        .arg(scaleText(c), QLocale().toString(c.weight, 'g', 4));
            return text;
        }
        if (section == applicationColumn())
            return blind() ? tr("Blind review: applications appear under their code") : tr("Code and applicant");
        if (section == totalColumn())
            return tr("Your weighted total: the rubric's weighted mean of your scores (N/A left out)");
        if (section == othersColumn())
            return tr("Other reviewers' totals, shown once you have submitted your own");
        if (section == commentColumn())
            return tr("Your comment for the committee");
    } else if (role == Qt::TextAlignmentRole) {
        if (criterion >= 0 || section == totalColumn())
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ScoreGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return flags;
    const bool editableColumn = criterionAt(index.column()) >= 0 || index.column() == commentColumn();
    if (editableColumn && !m_rows.at(index.row()).submittedAt.isValid() && writable())
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ScoreGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    return apply({Edit{index.row(), index.column(), value.toString()}}, tr("Score"));
}

QString ScoreGridModel::checkValue(const Criterion &criterion, const QString &text, std::optional<double> *value,
                                   bool *notApplicable)
{
    const QString t = text.trimmed();
    *value = std::nullopt;
    *notApplicable = false;
    if (t.isEmpty())
        return {};
    if (isNotApplicableText(t)) {
        if (!criterion.allowNotApplicable)
            return tr("“%1” does not allow N/A: enter a score from %2.").arg(criterion.name, scaleText(criterion));
        *notApplicable = true;
        return {};
    }
    bool ok = false;
    double v = QLocale().toDouble(t, &ok);
    if (!ok)
        v = QLocale::c().toDouble(t, &ok);
    if (!ok || !std::isfinite(v))
        return (criterion.allowNotApplicable ? tr("“%1” is not a score for “%2”: enter a number from %3, or N/A.")
                                             : tr("“%1” is not a score for “%2”: enter a number from %3."))
            .arg(t, criterion.name, scaleText(criterion));
    if (v < criterion.scaleMin || v > criterion.scaleMax)
        return tr("Score %1 for “%2” is outside %3.").arg(t, criterion.name, scaleText(criterion));
    *value = v;
    return {};
}

bool ScoreGridModel::apply(const QList<Edit> &edits, const QString &what)
{
    if (!m_data)
        return false;
    if (!writable()) {
        emit editRefused(m_writer ? tr("These scores are submitted; mark them as not submitted to change them.")
                                  : tr("This program is open read-only, so scores cannot be changed."));
        return false;
    }
    struct Checked
    {
        int row;
        int criterion;
        std::optional<double> value;
        bool notApplicable;
    };
    QList<Checked> scores;
    std::map<int, QString> comments; // row → new comment
    QStringList problems;
    for (const Edit &edit : edits) {
        const int criterion = criterionAt(edit.column);
        if (criterion < 0 && edit.column != commentColumn())
            continue; // the application, total and other reviewers' columns are not typed in
        const Row &row = m_rows.at(edit.row);
        if (row.submittedAt.isValid()) {
            problems.append(tr("%1 is submitted: its scores can no longer be changed.").arg(row.label));
            continue;
        }
        if (criterion < 0) {
            if (edit.text != row.comment)
                comments[edit.row] = edit.text;
            continue;
        }
        Checked checked{edit.row, criterion, std::nullopt, false};
        const QString problem =
            checkValue(m_data->criteria.at(criterion), edit.text, &checked.value, &checked.notApplicable);
        if (!problem.isEmpty()) {
            problems.append(edits.size() > 1 ? tr("%1: %2").arg(row.label, problem) : problem);
            continue;
        }
        if (checked.value == row.values.at(criterion) && checked.notApplicable == row.notApplicable.at(criterion))
            continue;
        scores.append(checked);
    }
    if (!problems.isEmpty()) {
        QString message = problems.constFirst();
        if (problems.size() > 1)
            message +=
                QLatin1Char(' ') + tr("(and %n more problems; nothing was stored)", nullptr, int(problems.size() - 1));
        else if (edits.size() > 1)
            message += QLatin1Char(' ') + tr("Nothing was stored.");
        emit editRefused(message);
        return false;
    }
    if (scores.isEmpty() && comments.empty())
        return true;

    QList<ScoreEdit> scoreEdits;
    for (const Checked &checked : std::as_const(scores))
        scoreEdits.append(ScoreEdit{m_rows.at(checked.row).assignmentId, m_data->criteria.at(checked.criterion).id,
                                    checked.value, checked.notApplicable});
    Status status;
    if (m_writer) {
        QList<std::pair<QString, QString>> commentEdits;
        for (const auto &[row, comment] : comments)
            commentEdits.append({m_rows.at(row).assignmentId, comment});
        status = m_writer->write(scoreEdits, commentEdits);
    } else {
        QList<QUndoCommand *> commands;
        if (!scoreEdits.isEmpty())
            commands.append(new SetScoresCommand(*m_document, m_data->cycleId, scoreEdits));
        for (const auto &[row, comment] : comments)
            commands.append(
                new SetAssignmentCommentCommand(*m_document, m_data->cycleId, m_rows.at(row).assignmentId, comment));
        status = commands.size() == 1 ? m_document->execute(commands.constFirst())
                                      : m_document->executeAsOne(what, commands);
    }
    if (!status) {
        emit editRefused(status.error());
        return false;
    }
    QSet<int> touched;
    for (const Checked &checked : std::as_const(scores)) {
        Row &row = m_rows[checked.row];
        row.values[checked.criterion] = checked.value;
        row.notApplicable[checked.criterion] = checked.notApplicable;
        touched.insert(checked.row);
    }
    for (const auto &[row, comment] : comments) {
        m_rows[row].comment = comment;
        touched.insert(row);
    }
    for (int row : std::as_const(touched)) {
        updateTotal(m_rows[row]);
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
    emit edited();
    return true;
}

bool ScoreGridModel::clearCells(const QModelIndexList &indexes)
{
    QList<Edit> edits;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && (criterionAt(index.column()) >= 0 || index.column() == commentColumn()))
            edits.append(Edit{index.row(), index.column(), QString()});
    }
    return edits.isEmpty() || apply(edits, tr("Clear Scores"));
}

bool ScoreGridModel::paste(const QModelIndex &topLeft, const QString &text, const QModelIndexList &selection)
{
    if (!topLeft.isValid())
        return false;
    QString block = text;
    block.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    block.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = block.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast(); // spreadsheets end a copied block with a line break
    if (lines.isEmpty())
        return true;
    QList<QStringList> cells;
    for (const QString &line : std::as_const(lines))
        cells.append(line.split(QLatin1Char('\t')));

    QList<Edit> edits;
    if (cells.size() == 1 && cells.constFirst().size() == 1 && selection.size() > 1) {
        for (const QModelIndex &index : selection)
            edits.append(Edit{index.row(), index.column(), cells.constFirst().constFirst()});
        return apply(edits, tr("Paste Scores"));
    }
    qsizetype width = 0;
    for (const QStringList &line : std::as_const(cells))
        width = std::max(width, line.size());
    if (topLeft.row() + cells.size() > rowCount() || topLeft.column() + width > columnCount()) {
        emit editRefused(tr("The pasted block (%1 × %2) does not fit below and right of the selected cell; nothing "
                            "was stored.")
                             .arg(cells.size())
                             .arg(width));
        return false;
    }
    for (int r = 0; r < cells.size(); ++r) {
        for (int c = 0; c < cells.at(r).size(); ++c)
            edits.append(Edit{topLeft.row() + r, topLeft.column() + c, cells.at(r).at(c)});
    }
    return apply(edits, tr("Paste Scores"));
}

QString ScoreGridModel::copyText(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return {};
    int top = rowCount(), bottom = -1, left = columnCount(), right = -1;
    QHash<QPair<int, int>, QString> texts;
    for (const QModelIndex &index : indexes) {
        top = std::min(top, index.row());
        bottom = std::max(bottom, index.row());
        left = std::min(left, index.column());
        right = std::max(right, index.column());
        QString text = index.data(Qt::EditRole).toString();
        text.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
        texts.insert({index.row(), index.column()}, text);
    }
    QStringList lines;
    for (int r = top; r <= bottom; ++r) {
        QStringList line;
        for (int c = left; c <= right; ++c)
            line.append(texts.value({r, c}));
        lines.append(line.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ScoreGridModel::assignmentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).assignmentId : QString();
}

QString ScoreGridModel::applicationIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).applicationId : QString();
}

int ScoreGridModel::rowOfAssignment(const QString &assignmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).assignmentId == assignmentId)
            return row;
    }
    return -1;
}

bool ScoreGridModel::isSubmitted(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).submittedAt.isValid();
}

int ScoreGridModel::completeRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.total.complete(); }));
}

int ScoreGridModel::submittedRows() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.submittedAt.isValid(); }));
}

QStringList ScoreGridModel::assignmentIds() const
{
    QStringList ids;
    for (const Row &row : m_rows)
        ids.append(row.assignmentId);
    return ids;
}

QStringList ScoreGridModel::completeUnsubmittedAssignmentIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        if (row.total.complete() && !row.submittedAt.isValid())
            ids.append(row.assignmentId);
    }
    return ids;
}

} // namespace cohort
