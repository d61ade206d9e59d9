#include "applications/applicationtablemodel.h"

#include "applications/applicationfields.h"
#include "common/statustext.h"

#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace cohort {

namespace {
int statusRank(const QString &status)
{
    static const QStringList statuses = StatusText::applicationStatuses();
    const qsizetype index = statuses.indexOf(status);
    return index < 0 ? int(statuses.size()) : int(index);
}

int eligibilityRank(const QString &eligibility)
{
    if (eligibility == QLatin1String("eligible"))
        return 0;
    if (eligibility == QLatin1String("ineligible"))
        return 1;
    return 2;
}

// A small round swatch beside status words (a QColor decoration would fill a whole square).
QIcon swatch(const QColor &color)
{
    static QHash<QRgb, QIcon> cache;
    auto it = cache.constFind(color.rgb());
    if (it != cache.cend())
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

QColor eligibilityColor(const QString &eligibility)
{
    if (eligibility == QLatin1String("eligible"))
        return StatusText::applicationStatusColor(QStringLiteral("eligible"));
    if (eligibility == QLatin1String("ineligible"))
        return StatusText::applicationStatusColor(QStringLiteral("ineligible"));
    return StatusText::applicationStatusColor(QStringLiteral("received"));
}
} // namespace

QString ApplicationTableModel::fold(const QString &text)
{
    // Only strings with non-ASCII letters pay for the decomposition.
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

ApplicationRow ApplicationRow::from(ApplicationSummary summary)
{
    ApplicationRow row;
    row.nameKey = ApplicationTableModel::fold(summary.fullName);
    row.libraryKey = ApplicationTableModel::fold(summary.library);
    row.searchKey = row.nameKey + QLatin1Char('\n') + ApplicationTableModel::fold(summary.email) + QLatin1Char('\n') +
                    row.libraryKey;
    const QDateTime submitted = QDateTime::fromString(summary.submittedAt, Qt::ISODate);
    row.submittedText =
        submitted.isValid() ? QLocale().toString(submitted.toLocalTime().date(), QLocale::ShortFormat) : QString();
    row.roleOrder = summary.role == QLatin1String("mentor") ? 0 : 1;
    row.statusOrder = statusRank(summary.status);
    row.eligibilityOrder = eligibilityRank(summary.eligibility);
    row.summary = std::move(summary);
    return row;
}

ApplicationTableModel::ApplicationTableModel(QObject *parent) : QAbstractTableModel(parent)
{}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApplicationRow &row = m_rows.at(index.row());
    const ApplicationSummary &s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case RoleColumn:
            return ApplicationFields::roleLabel(s.role);
        case CodeColumn:
            return s.code;
        case NameColumn:
            return s.fullName;
        case EmailColumn:
            return s.email;
        case LibraryColumn:
            return s.library;
        case LibraryTypeColumn:
            return ApplicationFields::libraryTypeLabel(s.libraryType);
        case StateColumn:
            return s.state;
        case SubmittedColumn:
            return role == Qt::ToolTipRole ? QVariant(s.submittedAt) : QVariant(row.submittedText);
        case StatusColumn:
            return StatusText::applicationStatus(s.status);
        case EligibilityColumn:
            return ApplicationFields::eligibilityLabel(s.eligibility);
        }
        break;
    case Qt::DecorationRole:
        // Status and eligibility: the colour beside the words, never instead of them.
        if (index.column() == StatusColumn)
            return swatch(StatusText::applicationStatusColor(s.status));
        if (index.column() == EligibilityColumn)
            return swatch(eligibilityColor(s.eligibility));
        break;
    case SortRole:
        switch (index.column()) {
        case RoleColumn:
            return row.roleOrder;
        case CodeColumn:
            return s.code;
        case NameColumn:
            return row.nameKey;
        case EmailColumn:
            return s.email;
        case LibraryColumn:
            return row.libraryKey;
        case LibraryTypeColumn:
            return s.libraryType;
        case StateColumn:
            return s.state;
        case SubmittedColumn:
            return s.submittedAt;
        case StatusColumn:
            return row.statusOrder;
        case EligibilityColumn:
            return row.eligibilityOrder;
        }
        break;
    case CodeRole:
        switch (index.column()) {
        case RoleColumn:
            return s.role;
        case LibraryTypeColumn:
            return s.libraryType;
        case StatusColumn:
            return s.status;
        case EligibilityColumn:
            return s.eligibility;
        default:
            return data(index, Qt::DisplayRole);
        }
    case IdRole:
        return s.id;
    default:
        break;
    }
    return {};
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RoleColumn:
            return tr("Role");
        case CodeColumn:
            return tr("Code");
        case NameColumn:
            return tr("Name");
        case EmailColumn:
            return tr("Email");
        case LibraryColumn:
            return tr("Library");
        case LibraryTypeColumn:
            return tr("Library type");
        case StateColumn:
            return tr("State");
        case SubmittedColumn:
            return tr("Submitted");
        case StatusColumn:
            return tr("Status");
        case EligibilityColumn:
            return tr("Eligibility");
        }
    }
    if (role == Qt::ToolTipRole && section == StateColumn)
        return tr("State or province");
    return {};
}

int ApplicationTableModel::compareRows(const ApplicationRow &a, const ApplicationRow &b, int column)
{
    int order = 0;
    switch (column) {
    case RoleColumn:
        order = a.roleOrder - b.roleOrder;
        break;
    case CodeColumn:
        order = a.summary.code.compare(b.summary.code);
        break;
    case NameColumn:
        order = a.nameKey.compare(b.nameKey);
        break;
    case EmailColumn:
        order = a.summary.email.compare(b.summary.email, Qt::CaseInsensitive);
        break;
    case LibraryColumn:
        order = a.libraryKey.compare(b.libraryKey);
        break;
    case LibraryTypeColumn:
        order = a.summary.libraryType.compare(b.summary.libraryType);
        break;
    case StateColumn:
        order = a.summary.state.compare(b.summary.state, Qt::CaseInsensitive);
        break;
    case StatusColumn:
        order = a.statusOrder - b.statusOrder;
        break;
    case EligibilityColumn:
        order = a.eligibilityOrder - b.eligibilityOrder;
        break;
    default:
        break;
    }
    // Ties (and the Submitted column) go by submission time, then id: one repeatable order.
    if (order == 0)
        order = a.summary.submittedAt.compare(b.summary.submittedAt);
    if (order == 0)
        order = a.summary.id.compare(b.summary.id);
    return order;
}

ApplicationTableModel::SortedRows ApplicationTableModel::rankRows(QList<ApplicationRow> &rows)
{
    SortedRows sorted;
    for (int column = 0; column < ColumnCount; ++column) {
        QList<int> &order = sorted[column];
        order.resize(rows.size());
        for (int i = 0; i < rows.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&rows, column](int a, int b) { return compareRows(rows.at(a), rows.at(b), column) < 0; });
        for (int place = 0; place < order.size(); ++place)
            rows[order.at(place)].rank[column] = place;
    }
    return sorted;
}

void ApplicationTableModel::setRows(QList<ApplicationRow> rows, SortedRows sorted)
{
    if (sorted.front().size() != rows.size())
        sorted = rankRows(rows);
    beginResetModel();
    m_rows = std::move(rows);
    m_sorted = std::move(sorted);
    reindex();
    endResetModel();
}

void ApplicationTableModel::placeRow(int row)
{
    ApplicationRow &placed = m_rows[row];
    for (int column = 0; column < ColumnCount; ++column) {
        QList<int> &order = m_sorted[column];
        order.removeOne(row);
        const auto at = std::lower_bound(order.begin(), order.end(), row, [this, column](int a, int b) {
            return compareRows(m_rows.at(a), m_rows.at(b), column) < 0;
        });
        const qsizetype place = at - order.begin();
        const double before = place > 0 ? m_rows.at(order.at(place - 1)).rank[column] : -1.0;
        const double after = place < order.size() ? m_rows.at(order.at(place)).rank[column] : before + 2.0;
        placed.rank[column] = (before + after) / 2;
        order.insert(place, row);
    }
}

void ApplicationTableModel::clear()
{
    setRows({});
}

void ApplicationTableModel::upsertRow(ApplicationRow row)
{
    const int existing = rowOf(row.summary.id);
    if (existing >= 0) {
        m_rows[existing] = std::move(row);
        placeRow(existing);
        emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole, Qt::DecorationRole, SortRole, CodeRole});
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rowById.insert(row.summary.id, at);
    m_rows.append(std::move(row));
    placeRow(at);
    endInsertRows();
}

void ApplicationTableModel::removeApplication(const QString &applicationId)
{
    const int row = rowOf(applicationId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    for (QList<int> &order : m_sorted) {
        order.removeOne(row);
        for (int &index : order) {
            if (index > row)
                --index;
        }
    }
    reindex();
    endRemoveRows();
}

bool ApplicationTableModel::isConfidential(int column)
{
    Q_UNUSED(column)
    return false;
}

void ApplicationTableModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).summary.id, i);
}

} // namespace cohort
