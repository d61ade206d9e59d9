#include "review/committeegridmodel.h"

#include "common/statustext.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace cohort {

namespace {
QString number(double value)
{
    return QLocale().toString(value, 'f', 2);
}

QIcon swatch(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    if (auto it = cache.constFind(color.rgb()); it != cache.cend())
        return it.value();
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    return cache.insert(color.rgb(), QIcon(pixmap)).value();
}
} // namespace

CommitteeGridModel::CommitteeGridModel(QObject *parent) : QAbstractTableModel(parent)
{}

QString CommitteeGridModel::methodName(CalibrationMethod method)
{
    switch (method) {
    case CalibrationMethod::RawMean:
        return tr("Raw mean");
    case CalibrationMethod::ZScore:
        return tr("Z-scores");
    case CalibrationMethod::ReviewerOffset:
        return tr("Reviewer offset");
    }
    return {};
}

QString CommitteeGridModel::rankChangeText(int change)
{
    if (change > 0)
        return tr("↑%1 up").arg(change);
    if (change < 0)
        return tr("↓%1 down").arg(-change);
    return tr("same");
}

void CommitteeGridModel::clear()
{
    beginResetModel();
    m_data.reset();
    m_statistics.reset();
    m_rows.clear();
    m_rowOf.clear();
    m_reviewerColumns.clear();
    m_outcomes.clear();
    m_methodNotes.clear();
    endResetModel();
}

void CommitteeGridModel::setReview(std::shared_ptr<const ReviewCycleData> data,
                                   std::shared_ptr<const ReviewStatistics> statistics)
{
    // Same applications and columns (a reload after a decision or a score): keep the rows and
    // their order, so the selection and the scroll position stay.
    QList<int> rows;
    QList<int> reviewerColumns;
    bool perReviewer = true;
    if (data && statistics) {
        for (int a = 0; a < data->applications.size(); ++a) {
            if (data->applications.at(a).inReview())
                rows.append(a);
        }
        QSet<int> used;
        int slotCount = 0;
        for (int a : std::as_const(rows)) {
            const QList<int> assignments = data->assignmentsOf(a);
            slotCount = std::max(slotCount, int(assignments.size()));
            for (int assignment : assignments)
                used.insert(data->assignments.at(assignment).reviewer);
        }
        perReviewer = used.size() <= PerReviewerLimit;
        if (perReviewer) {
            for (int r = 0; r < data->reviewers.size(); ++r) {
                if (used.contains(r))
                    reviewerColumns.append(r);
            }
        } else {
            for (int slot = 0; slot < slotCount; ++slot)
                reviewerColumns.append(slot);
        }
    }
    const bool same = m_data && data && rows.size() == m_rows.size() && reviewerColumns == m_reviewerColumns &&
                      perReviewer == m_perReviewer && data->settings.blind == m_data->settings.blind && [&] {
                          QList<int> sorted = m_rows;
                          std::sort(sorted.begin(), sorted.end());
                          for (int i = 0; i < rows.size(); ++i) {
                              if (data->applications.at(rows.at(i)).id != m_data->applications.at(sorted.at(i)).id)
                                  return false;
                          }
                          return true;
                      }();
    if (same) {
        m_data = std::move(data);
        m_statistics = std::move(statistics);
        m_outcomes.clear();
        rebuildMethodNotes();
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_data = std::move(data);
    m_statistics = std::move(statistics);
    m_rows = std::move(rows);
    m_reviewerColumns = std::move(reviewerColumns);
    m_perReviewer = perReviewer;
    m_outcomes.clear();
    m_rowOf = QList<int>(m_data ? m_data->applications.size() : 0, -1);
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows.at(row)] = row;
    rebuildMethodNotes();
    endResetModel();
    if (m_sortColumn < 0 || m_sortColumn >= columnCount())
        sort(column(RankColumn), Qt::AscendingOrder);
    else
        sort(m_sortColumn, m_sortOrder);
}

void CommitteeGridModel::setMethod(CalibrationMethod method)
{
    if (method == m_method)
        return;
    m_method = method;
    rebuildMethodNotes();
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 1), index(rowCount() - 1, TailColumnCount));
    if (m_sortColumn >= 1 && m_sortColumn <= TailColumnCount)
        sort(m_sortColumn, m_sortOrder);
}

void CommitteeGridModel::rebuildMethodNotes()
{
    m_methodNotes.clear();
    if (!m_statistics)
        return;
    auto rankText = [](int rank) {
        return rank > 0 ? tr("rank %1").arg(rank) : tr("unranked");
    };
    for (const MethodComparison &comparison : m_statistics->comparisons) {
        if (comparison.first != m_method && comparison.second != m_method)
            continue;
        const bool mineFirst = comparison.first == m_method;
        const CalibrationMethod other = mineFirst ? comparison.second : comparison.first;
        for (const AcceptanceChange &change : comparison.changes) {
            // acceptedByFirst: within the places under `first`, outside them under `second`.
            const bool inUnderOther = mineFirst ? !change.acceptedByFirst : change.acceptedByFirst;
            const int otherRank = mineFirst ? change.secondRank : change.firstRank;
            const QString note = inUnderOther ? tr("In under %1 (%2)").arg(methodName(other), rankText(otherRank))
                                              : tr("Out under %1 (%2)").arg(methodName(other), rankText(otherRank));
            QString &text = m_methodNotes[change.application];
            text = text.isEmpty() ? note : text + QStringLiteral("; ") + note;
        }
    }
}

int CommitteeGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitteeGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_data ? 0 : 1 + reviewerColumnCount() + TailColumnCount;
}

int CommitteeGridModel::rowOfApplication(int application) const
{
    return m_rowOf.value(application, -1);
}

QString CommitteeGridModel::outcomeOf(int application) const
{
    if (auto it = m_outcomes.constFind(application); it != m_outcomes.cend())
        return it.value();
    return m_statistics ? m_statistics->applications.at(application).decision : QString();
}

void CommitteeGridModel::setOutcomes(const QHash<int, QString> &outcomes)
{
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it) {
        m_outcomes.insert(it.key(), it.value());
        const int row = rowOfApplication(it.key());
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

QString CommitteeGridModel::reviewerCellText(int application, int reviewerColumn, QString *toolTip) const
{
    const ApplicationStatistics &stats = m_statistics->applications.at(application);
    const ApplicationStatistics::ReviewerTotal *found = nullptr;
    if (m_perReviewer) {
        const int reviewer = m_reviewerColumns.at(reviewerColumn);
        for (const auto &total : stats.totals) {
            if (total.reviewer == reviewer)
                found = &total;
        }
    } else if (reviewerColumn < stats.totals.size()) {
        found = &stats.totals.at(reviewerColumn);
    }
    if (!found)
        return {};
    const QString name = found->reviewer >= 0 ? m_data->reviewers.at(found->reviewer).name : QString();
    const AssignmentTotal &total = found->total;
    if (!total.total) {
        *toolTip = tr("%1: not scored yet").arg(name);
        return tr("not scored");
    }
    if (!total.complete()) {
        *toolTip = tr("%1: %2 so far (%3 of %4 criteria); not counted until complete")
                       .arg(name, number(*total.total))
                       .arg(total.scoredCells)
                       .arg(total.expectedCells);
        return tr("%1…").arg(number(*total.total));
    }
    *toolTip = tr("%1: %2").arg(name, number(*total.total));
    return number(*total.total);
}

QVariant CommitteeGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int a = m_rows.at(index.row());
    const ReviewApplication &application = m_data->applications.at(a);
    const ApplicationStatistics &stats = m_statistics->applications.at(a);
    const int c = index.column();
    const int tail = c >= 1 && c <= TailColumnCount ? c - 1 : -1; // -1: the application or a reviewer
    const int reviewerIndex = c - 1 - TailColumnCount;
    const bool ranked = stats.reviewCount > 0;
    const QString outcome = outcomeOf(a);

    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const bool tip = role == Qt::ToolTipRole;
        if (c == 0)
            return application.label(m_data->settings.blind);
        if (tail < 0) {
            QString toolTip;
            const QString text = reviewerCellText(a, reviewerIndex, &toolTip);
            return tip ? toolTip : text;
        }
        switch (tail) {
        case ReviewsColumn: {
            const int assigned = int(stats.totals.size());
            return tip ? tr("%1 of %n assigned reviews are complete", nullptr, assigned).arg(stats.reviewCount)
                       : tr("%1 of %2").arg(stats.reviewCount).arg(assigned);
        }
        case RawMeanColumn:
            return ranked ? number(stats.rawMean) : (tip ? tr("No complete review yet") : QString());
        case CalibratedColumn:
            if (!ranked)
                return tip ? tr("No complete review yet") : QString();
            if (tip && m_method == CalibrationMethod::ReviewerOffset && m_statistics->componentCount > 1)
                return tr("Group %1 of %2: offset scores compare only within one group of applications that share "
                          "reviewers")
                    .arg(stats.component + 1)
                    .arg(m_statistics->componentCount);
            return number(stats.score(m_method));
        case SpreadColumn:
            if (!ranked)
                return QString();
            return tip ? tr("Highest − lowest complete total: %1").arg(number(stats.spread)) : number(stats.spread);
        case RankColumn:
            if (!ranked)
                return tip ? tr("Not ranked: no complete review yet") : QString();
            return tip ? tr("Rank %1 of %2 under %3")
                             .arg(stats.rank(m_method))
                             .arg(m_statistics->rankedCount)
                             .arg(methodName(m_method))
                       : QLocale().toString(stats.rank(m_method));
        case ChangeColumn: {
            if (!ranked || m_method == CalibrationMethod::RawMean)
                return QString();
            const int change = stats.rankChange(m_method);
            if (!tip)
                return rankChangeText(change);
            if (change == 0)
                return tr("Same rank under raw mean and %1 (%2)").arg(methodName(m_method)).arg(stats.rawRank);
            return tr("%1 under %2 than under raw mean: rank %3 → %4")
                .arg(change > 0 ? tr("Higher") : tr("Lower"), methodName(m_method))
                .arg(stats.rawRank)
                .arg(stats.rank(m_method));
        }
        case MethodsColumn: {
            const QString note = m_methodNotes.value(a);
            if (tip)
                return note.isEmpty() ? tr("Within or outside the target (%n places) under every method alike", nullptr,
                                           m_statistics->places)
                                      : note;
            return note;
        }
        case DecisionColumn: {
            const QString words = outcome.isEmpty() ? tr("Undecided") : StatusText::applicationStatus(outcome);
            if (!tip)
                return words;
            const int d = m_data->decisionIndex(a);
            if (d >= 0 && m_data->decisions.at(d).outcome == outcome && !m_data->decisions.at(d).reason.isEmpty())
                return tr("%1: %2").arg(words, m_data->decisions.at(d).reason);
            return words;
        }
        default:
            break;
        }
        return {};
    }
    switch (role) {
    case Qt::TextAlignmentRole:
        if (c > 0 && tail != MethodsColumn && tail != DecisionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (tail == DecisionColumn)
            return swatch(outcome.isEmpty() ? StatusText::applicationStatusColor(QStringLiteral("under_review"))
                                            : StatusText::applicationStatusColor(outcome));
        break;
    case Qt::ForegroundRole:
        if (tail == ChangeColumn && ranked && m_method != CalibrationMethod::RawMean) {
            const int change = stats.rankChange(m_method);
            if (change > 0)
                return QBrush(StatusText::applicationStatusColor(QStringLiteral("accepted")));
            if (change < 0)
                return QBrush(StatusText::applicationStatusColor(QStringLiteral("declined")));
        }
        if (tail < 0 && c > 0) {
            QString ignored;
            if (reviewerCellText(a, reviewerIndex, &ignored).endsWith(QChar(0x2026)))
                return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        }
        break;
    case Qt::FontRole:
        if (tail == CalibratedColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case SortRole: {
        if (c == 0)
            return application.code;
        if (tail < 0) {
            QString ignored;
            const QString text = reviewerCellText(a, reviewerIndex, &ignored);
            return text;
        }
        switch (tail) {
        case ReviewsColumn:
            return stats.reviewCount;
        case RawMeanColumn:
            return ranked ? QVariant(stats.rawMean) : QVariant();
        case CalibratedColumn:
            return ranked ? QVariant(stats.score(m_method)) : QVariant();
        case SpreadColumn:
            return ranked ? QVariant(stats.spread) : QVariant();
        case RankColumn:
            return ranked ? QVariant(stats.rank(m_method)) : QVariant();
        case ChangeColumn:
            return ranked ? QVariant(stats.rankChange(m_method)) : QVariant();
        case MethodsColumn:
            return m_methodNotes.value(a);
        case DecisionColumn:
            return outcome;
        }
        break;
    }
    case ApplicationIdRole:
        return application.id;
    case ApplicationIndexRole:
        return a;
    case OutcomeRole:
        return outcome;
    default:
        break;
    }
    return {};
}

QVariant CommitteeGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const int tail = section >= 1 && section <= TailColumnCount ? section - 1 : -1;
    const int reviewerIndex = section - 1 - TailColumnCount;
    if (role == Qt::DisplayRole) {
        if (section == 0)
            return tr("Application");
        if (tail < 0)
            return m_perReviewer ? m_data->reviewers.at(m_reviewerColumns.at(reviewerIndex)).name
                                 : tr("Review %1").arg(reviewerIndex + 1);
        switch (tail) {
        case ReviewsColumn:
            return tr("Reviews");
        case RawMeanColumn:
            return tr("Raw mean");
        case CalibratedColumn:
            return tr("Calibrated");
        case SpreadColumn:
            return tr("Spread");
        case RankColumn:
            return tr("Rank");
        case ChangeColumn:
            return tr("Raw → calibrated");
        case MethodsColumn:
            return tr("Other methods");
        case DecisionColumn:
            return tr("Decision");
        }
    } else if (role == Qt::ToolTipRole) {
        if (section == 0)
            return m_data->settings.blind ? tr("Blind review is on: applications appear under their code")
                                          : tr("Code and applicant");
        if (tail < 0)
            return m_perReviewer ? tr("%1's weighted total (… while incomplete)")
                                       .arg(m_data->reviewers.at(m_reviewerColumns.at(reviewerIndex)).name)
                                 : tr("The total of the application's review number %1 (the reviewer is in the "
                                      "cell's tooltip)")
                                       .arg(reviewerIndex + 1);
        switch (tail) {
        case ReviewsColumn:
            return tr("Complete reviews of the assigned ones; only complete reviews count");
        case RawMeanColumn:
            return tr("The plain mean of the complete reviews' totals");
        case CalibratedColumn:
            return tr("The score under %1 (choose the method above the grid)").arg(methodName(m_method));
        case SpreadColumn:
            return tr("Highest − lowest complete total: large when the reviewers disagree");
        case RankColumn:
            return tr("Rank under %1 (1 = best)").arg(methodName(m_method));
        case ChangeColumn:
            return tr("How many places calibration moves the application from its raw-mean rank");
        case MethodsColumn:
            return tr("Where being within the target would differ under another method");
        case DecisionColumn:
            return tr("The committee's decision; it sets the application's status");
        }
    } else if (role == Qt::TextAlignmentRole) {
        if (section > 0 && tail != MethodsColumn && tail != DecisionColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void CommitteeGridModel::sort(int sortColumn, Qt::SortOrder order)
{
    if (!m_data || sortColumn < 0 || sortColumn >= columnCount())
        return;
    m_sortColumn = sortColumn;
    m_sortOrder = order;
    const int tail = sortColumn >= 1 && sortColumn <= TailColumnCount ? sortColumn - 1 : -1;
    // One key per application: a number (missing values always last) or a text.
    const bool textual = sortColumn == 0 || tail == MethodsColumn || tail == DecisionColumn;
    const double missing = std::numeric_limits<double>::infinity();
    QHash<int, double> numbers;
    QHash<int, QString> texts;
    for (int a : std::as_const(m_rows)) {
        const ApplicationStatistics &stats = m_statistics->applications.at(a);
        const bool ranked = stats.reviewCount > 0;
        if (textual) {
            texts.insert(a, sortColumn == 0 ? m_data->applications.at(a).code
                                            : data(index(m_rowOf.at(a), sortColumn), SortRole).toString());
            continue;
        }
        double key = missing;
        if (tail < 0) { // a reviewer's column
            const QVariant value = data(index(m_rowOf.at(a), sortColumn), SortRole);
            bool ok = false;
            const double v = QLocale().toDouble(value.toString(), &ok);
            key = ok ? v : missing;
        } else if (ranked || tail == ReviewsColumn) {
            switch (tail) {
            case ReviewsColumn:
                key = stats.reviewCount;
                break;
            case RawMeanColumn:
                key = stats.rawMean;
                break;
            case CalibratedColumn:
                key = stats.score(m_method);
                break;
            case SpreadColumn:
                key = stats.spread;
                break;
            case RankColumn:
                key = stats.rank(m_method);
                break;
            case ChangeColumn:
                key = stats.rankChange(m_method);
                break;
            }
        }
        numbers.insert(a, key);
    }
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> applicationsBefore;
    for (const QModelIndex &index : before)
        applicationsBefore.append(m_rows.at(index.row()));
    const bool descending = order == Qt::DescendingOrder;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int x, int y) {
        if (textual) {
            const int compared = QString::localeAwareCompare(texts.value(x), texts.value(y));
            if (compared != 0)
                return descending ? compared > 0 : compared < 0;
            return m_data->applications.at(x).code < m_data->applications.at(y).code;
        }
        const double kx = numbers.value(x), ky = numbers.value(y);
        if (std::isinf(kx) != std::isinf(ky))
            return std::isinf(ky); // missing last in either order
        if (kx != ky)
            return descending ? kx > ky : kx < ky;
        return m_data->applications.at(x).code < m_data->applications.at(y).code;
    });
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowOf[m_rows.at(row)] = row;
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after.append(index(m_rowOf.at(applicationsBefore.at(i)), before.at(i).column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cohort
