#include "store/reviewstore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "intake/normalize.h"
#include "store/statementcache.h"

#include <QLocale>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>
#include <string>
#include <type_traits>
#include <vector>

#include <sqlite3.h>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace cohort {

namespace {
QVariant nullString()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant nullDouble()
{
    return QVariant(QMetaType(QMetaType::Double));
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : nullDouble();
}

QVariant timestampOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(toTimestamp(when)) : nullString();
}

// Binds by position like StatementCache::run(): a null QString is '' (the text columns are NOT
// NULL DEFAULT ''), a null QVariant (QVariant(QMetaType(...))) is NULL.
void bindAll(QSqlQuery &query, const QVariantList &values)
{
    static const QString empty = QStringLiteral("");
    for (const QVariant &value : values) {
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(empty);
        else
            query.addBindValue(value);
    }
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    bindAll(query, values);
    return query.exec();
}

// "10/13/17 9:05 AM" in the user's time zone, for conflict messages.
QString readableTime(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : timestamp;
}

QDateTime readTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

Reviewer readReviewer(const QSqlQuery &query)
{
    Reviewer reviewer;
    reviewer.id = query.value(0).toString();
    reviewer.name = query.value(1).toString();
    reviewer.email = query.value(2).toString();
    reviewer.role = query.value(3).toString();
    reviewer.capacity = query.value(4).toInt();
    reviewer.active = query.value(5).toInt() != 0;
    reviewer.version = query.value(6).toInt();
    return reviewer;
}

const QString kConflictColumns = QStringLiteral("id, reviewer_id, person_id, source, status, reason, version");

Conflict readConflict(const QSqlQuery &query)
{
    Conflict conflict;
    conflict.id = query.value(0).toString();
    conflict.reviewerId = query.value(1).toString();
    conflict.personId = query.value(2).toString();
    conflict.source = query.value(3).toString();
    conflict.status = query.value(4).toString();
    conflict.reason = query.value(5).toString();
    conflict.version = query.value(6).toInt();
    return conflict;
}

const QString kCriterionColumns =
    QStringLiteral("id, cycle_id, role, name, guidance, scale_min, scale_max, weight, allow_na, sort_order, version");

Criterion readCriterion(const QSqlQuery &query)
{
    Criterion criterion;
    criterion.id = query.value(0).toString();
    criterion.cycleId = query.value(1).toString();
    criterion.role = query.value(2).toString();
    criterion.name = query.value(3).toString();
    criterion.guidance = query.value(4).toString();
    criterion.scaleMin = query.value(5).toInt();
    criterion.scaleMax = query.value(6).toInt();
    criterion.weight = query.value(7).toDouble();
    criterion.allowNotApplicable = query.value(8).toInt() != 0;
    criterion.sortOrder = query.value(9).toInt();
    criterion.version = query.value(10).toInt();
    return criterion;
}

const QString kAssignmentColumns =
    QStringLiteral("s.id, s.application_id, s.reviewer_id, s.source, s.seed, s.comment, s.submitted_at, s.version");

void readAssignment(const QSqlQuery &query, Assignment &a)
{
    a.id = query.value(0).toString();
    a.applicationId = query.value(1).toString();
    a.reviewerId = query.value(2).toString();
    a.source = query.value(3).toString();
    const QVariant seed = query.value(4);
    a.seed = seed.isNull() ? std::nullopt : std::optional<qint64>(seed.toLongLong());
    a.comment = query.value(5).toString();
    a.submittedAt = readTimestamp(query.value(6));
    a.version = query.value(7).toInt();
}

const QString kScoreColumns = QStringLiteral("id, assignment_id, criterion_id, value, not_applicable, version");

Score readScore(const QSqlQuery &query)
{
    Score score;
    score.id = query.value(0).toString();
    score.assignmentId = query.value(1).toString();
    score.criterionId = query.value(2).toString();
    const QVariant value = query.value(3);
    if (!value.isNull())
        score.value = value.toDouble();
    score.notApplicable = query.value(4).toInt() != 0;
    score.version = query.value(5).toInt();
    return score;
}

const QString kDecisionColumns =
    QStringLiteral("d.id, d.application_id, d.outcome, d.reason, d.decided_on, d.decided_by, d.version");

Decision readDecision(const QSqlQuery &query)
{
    Decision decision;
    decision.id = query.value(0).toString();
    decision.applicationId = query.value(1).toString();
    decision.outcome = query.value(2).toString();
    decision.reason = query.value(3).toString();
    decision.decidedOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    decision.decidedBy = query.value(5).toString();
    decision.version = query.value(6).toInt();
    return decision;
}

// --- the read model's fast path on SQLite ---
//
// loadCycle() reads hundreds of thousands of rows (100,000 applications × 3 reviewers × 5
// criteria is 1.5 million score cells). Through Qt Sql every value becomes a QVariant and every
// text a UTF-16 copy; the big queries therefore go through the sqlite3 C API on the QSQLITE
// driver's own handle (as StatementCache does for writes): ids are looked up as the UTF-8 bytes
// SQLite holds (IdIndex) and only what the read model keeps becomes a QString. PostgreSQL keeps
// the Qt Sql path; both fill the read model through the same steps (see loadCycle()).

// Runs sql with text parameters and calls row() for each result row.
template <typename Row>
Status nativeQuery(sqlite3 *db, const char *sql, std::initializer_list<QByteArrayView> binds, Row &&row,
                   const QString &what)
{
    sqlite3_stmt *statement = nullptr;
    const auto failed = [db, &what] {
        return Error{ReviewStore::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
    };
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failed();
    }
    int column = 0;
    for (const QByteArrayView bind : binds)
        sqlite3_bind_text(statement, ++column, bind.isNull() ? "" : bind.data(), int(bind.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return failed();
    return {};
}

// For each row of "SELECT cohort_each(?1, column, …) FROM …", calls row(values) from inside
// SQLite's loop (an aggregate function that hands each row over): that saves a return from
// sqlite3_step() and an API call per column for every row, a quarter of the time of reading the
// 1.5 million score rows of 100,000 applications. ?1 is bound to the callback (a pointer only
// this code can read back: the function does nothing for any other caller); binds are ?2, ….
// The function is registered on the connection the first time and stays.
struct EachRow
{
    void (*call)(void *row, sqlite3_value **values);
    void *row;
};
constexpr char kEachRowType[] = "cohort::EachRow";

void eachRowStep(sqlite3_context *, int count, sqlite3_value **values)
{
    if (count < 1)
        return;
    if (auto *each = static_cast<EachRow *>(sqlite3_value_pointer(values[0], kEachRowType)))
        each->call(each->row, values + 1);
}

void eachRowFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

template <typename Row>
Status nativeEach(sqlite3 *db, const char *sql, std::initializer_list<QByteArrayView> binds, Row &&row,
                  const QString &what)
{
    const auto failed = [db, &what] {
        return Error{ReviewStore::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
    };
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        statement = nullptr;
        static constexpr char missing[] = "no such function: cohort_each";
        if (std::strncmp(sqlite3_errmsg(db), missing, sizeof missing - 1) != 0)
            return failed();
        if (sqlite3_create_function_v2(db, "cohort_each", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr,
                                       eachRowStep, eachRowFinal, nullptr) != SQLITE_OK ||
            sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return failed();
        }
    }
    EachRow each{[](void *r, sqlite3_value **values) { (*static_cast<std::remove_reference_t<Row> *>(r))(values); },
                 &row};
    sqlite3_bind_pointer(statement, 1, &each, kEachRowType, nullptr);
    int column = 1;
    for (const QByteArrayView bind : binds)
        sqlite3_bind_text(statement, ++column, bind.isNull() ? "" : bind.data(), int(bind.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return failed();
    return {};
}

QByteArrayView bytesOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return QByteArrayView(text, sqlite3_value_bytes(value));
}

// A column's text as SQLite holds it (UTF-8): a view, valid until the next step.
QByteArrayView bytesAt(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QByteArrayView(text, sqlite3_column_bytes(statement, column));
}

QString textAt(sqlite3_stmt *statement, int column)
{
    const QByteArrayView bytes = bytesAt(statement, column);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

QString textOf(sqlite3_value *value)
{
    const QByteArrayView bytes = bytesOf(value);
    return bytes.isEmpty() ? QString() : QString::fromUtf8(bytes);
}

bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && (a.isEmpty() || std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
}

// One QString for each distinct value of a column that has few (statuses, sources, libraries),
// shared by the rows that have it instead of one copy per row. Past Limit distinct values it
// stops keeping new ones.
class StringPool
{
public:
    QString get(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return QString();
        if (sameBytes(bytes, m_lastBytes))
            return m_last;
        const auto it = m_strings.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it != m_strings.constEnd()) {
            m_lastBytes = QByteArrayView(it.key());
            m_last = it.value();
            return m_last;
        }
        QString value = QString::fromUtf8(bytes);
        if (m_strings.size() < Limit) {
            const auto added = m_strings.insert(bytes.toByteArray(), value);
            m_lastBytes = QByteArrayView(added.key());
            m_last = value;
        }
        return value;
    }

private:
    static constexpr qsizetype Limit = 4096;
    QHash<QByteArray, QString> m_strings;
    QByteArrayView m_lastBytes; // a key of m_strings (their data stays put while it grows)
    QString m_last;
};

int digits(const char *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// "2017-03-04T10:11:12Z" (what toTimestamp() writes) without QDateTime's parser; anything else
// goes through readTimestamp().
QDateTime timestampOf(sqlite3_value *value)
{
    if (sqlite3_value_type(value) == SQLITE_NULL)
        return {};
    const QByteArrayView bytes = bytesOf(value);
    const char *p = bytes.data();
    if (bytes.size() == 20 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' &&
        p[19] == 'Z') {
        const QDate date(digits(p, 4), digits(p + 5, 2), digits(p + 8, 2));
        const int h = digits(p + 11, 2), m = digits(p + 14, 2), s = digits(p + 17, 2);
        if (date.isValid() && h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60) {
            const qint64 seconds = (date.toJulianDay() - 2440588) * 86400 + h * 3600 + m * 60 + s;
            return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
        }
    }
    return readTimestamp(QString::fromUtf8(bytes));
}

// "2017-04-01" without QDate's parser; anything else goes through it.
QDate dateAt(sqlite3_stmt *statement, int column)
{
    const QByteArrayView bytes = bytesAt(statement, column);
    const char *p = bytes.data();
    if (bytes.size() == 10 && p[4] == '-' && p[7] == '-') {
        const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d);
    }
    return QDate::fromString(QString::fromUtf8(bytes), Qt::ISODate);
}

// Asks Linux for transparent huge pages for a large buffer not written yet. Each first write to
// a 4 KiB page is a page fault, and on a virtual machine a fault can cost 10 µs or more (12 µs on
// the development machine: the 48 MB of the cells of 100,000 applications took 0.15 s of
// faults); with huge pages it is one fault per 2 MiB. Only the whole 2 MiB pages inside the
// buffer are advised; elsewhere (or when the kernel says no) nothing changes.
template <typename T> void adviseHugePages(const QList<T> &list)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr huge = quintptr(2) << 20;
    const auto start = quintptr(list.constData());
    const quintptr begin = (start + huge - 1) & ~(huge - 1);
    const quintptr end = (start + quintptr(list.capacity()) * sizeof(T)) & ~(huge - 1);
    if (end > begin + huge)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(list);
#endif
}

std::optional<int> optionalInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}
} // namespace

// What someone else did to a row this write expected at another version, in words.
Error ReviewStore::staleRow(const QString &table, const QString &where, const QVariantList &values,
                            const QString &what) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT updated_by, updated_at FROM ") % table % QStringLiteral(" WHERE ") % where,
             values))
        return Database::queryError(query, tr("Reading %1").arg(what));
    if (!query.next())
        return Error{tr("%1 no longer exists; someone else may have removed it. Reload to see the changes.").arg(what)};
    const QString who = query.value(0).toString();
    return Error{tr("%1 was changed by %2 at %3 since you read it; reload to see the changes.")
                     .arg(what, who.isEmpty() ? tr("someone else") : who, readableTime(query.value(1).toString()))};
}

Result<int> ReviewStore::reviewerCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM reviewers")) || !query.next())
        return Database::queryError(query, tr("Counting reviewers"));
    return query.value(0).toInt();
}

Result<QList<Reviewer>> ReviewStore::listReviewers() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, email, role, capacity, active, version FROM reviewers "
                                   "ORDER BY CASE role WHEN 'chair' THEN 0 ELSE 1 END, name, id")))
        return Database::queryError(query, tr("Reading reviewers"));
    QList<Reviewer> reviewers;
    while (query.next())
        reviewers.append(readReviewer(query));
    return reviewers;
}

Result<QList<Criterion>> ReviewStore::listCriteria(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, name, guidance, scale_min, scale_max, weight, allow_na, sort_order, "
                       "version FROM rubric_criteria WHERE cycle_id = ? AND role = ? ORDER BY sort_order, name"));
    query.addBindValue(cycleId);
    query.addBindValue(role);
    if (!query.exec())
        return Database::queryError(query, tr("Reading the rubric"));
    QList<Criterion> criteria;
    while (query.next()) {
        Criterion criterion;
        criterion.id = query.value(0).toString();
        criterion.cycleId = cycleId;
        criterion.role = role;
        criterion.name = query.value(1).toString();
        criterion.guidance = query.value(2).toString();
        criterion.scaleMin = query.value(3).toInt();
        criterion.scaleMax = query.value(4).toInt();
        criterion.weight = query.value(5).toDouble();
        criterion.allowNotApplicable = query.value(6).toInt() != 0;
        criterion.sortOrder = query.value(7).toInt();
        criterion.version = query.value(8).toInt();
        criteria.append(criterion);
    }
    return criteria;
}

Result<int> ReviewStore::countFor(const QString &sql, const QString &cycleId, const QString &what) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    if (!cycleId.isEmpty())
        query.addBindValue(cycleId);
    if (!query.exec() || !query.next())
        return Database::queryError(query, what);
    return query.value(0).toInt();
}

Result<int> ReviewStore::assignmentCount(const QString &cycleId) const
{
    return countFor(cycleId.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM assignments")
                                      : QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a "
                                                       "ON a.id = s.application_id WHERE a.cycle_id = ?"),
                    cycleId, tr("Counting assignments"));
}

Result<QList<ReviewCycleData>> ReviewStore::loadCycleRoles(const QString &cycleId) const
{
    QList<ReviewCycleData> roles;
    for (const QString &role : {QStringLiteral("mentee"), QStringLiteral("mentor")}) {
        auto data = loadCycle(cycleId, role);
        if (!data)
            return Error{data.error()};
        roles.append(std::move(data).value());
    }
    return roles;
}

Result<int> ReviewStore::openAssignmentCount(const QString &cycleId) const
{
    return countFor(QStringLiteral("SELECT COUNT(*) FROM assignments s JOIN applications a ON a.id = s.application_id "
                                   "WHERE a.cycle_id = ? AND s.submitted_at IS NULL"),
                    cycleId, tr("Counting the reviews not submitted"));
}

Result<int> ReviewStore::scoreCount(const QString &cycleId) const
{
    return countFor(cycleId.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM scores WHERE value IS NOT NULL")
                                      : QStringLiteral("SELECT COUNT(*) FROM scores s JOIN rubric_criteria c "
                                                       "ON c.id = s.criterion_id WHERE s.value IS NOT NULL "
                                                       "AND c.cycle_id = ?"),
                    cycleId, tr("Counting scores"));
}

Status ReviewStore::insertReviewer(const Reviewer &r, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO reviewers (id, name, email, role, capacity, active, version, created_at, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql, {r.id, r.name, r.email, r.role, r.capacity, r.active ? 1 : 0, timestamp, timestamp, actor},
             [&r] { return tr("Saving reviewer %1").arg(r.name); });
}

Status ReviewStore::insertConflict(const Conflict &c, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO conflicts (id, reviewer_id, person_id, source, status, reason, version, "
                       "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql, {c.id, c.reviewerId, c.personId, c.source, c.status, c.reason, timestamp, timestamp, actor},
             [] { return tr("Saving a conflict of interest"); });
}

Status ReviewStore::insertCriterion(const Criterion &c, const QString &timestamp, const QString &actor,
                                    StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO rubric_criteria (id, cycle_id, role, name, guidance, scale_min, scale_max, weight, allow_na, "
        "sort_order, version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {c.id, c.cycleId, c.role, c.name, c.guidance, c.scaleMin, c.scaleMax, c.weight,
              c.allowNotApplicable ? 1 : 0, c.sortOrder, timestamp, actor},
             [&c] { return tr("Saving criterion “%1”").arg(c.name); });
}

Status ReviewStore::insertAssignment(const Assignment &a, const QString &timestamp, const QString &actor,
                                     StatementCache *cache)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO assignments (id, application_id, reviewer_id, source, seed, comment, submitted_at, version, "
        "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {a.id, a.applicationId, a.reviewerId, a.source,
              a.seed ? QVariant(*a.seed) : QVariant(QMetaType(QMetaType::LongLong)), a.comment,
              a.submittedAt.isValid() ? QVariant(a.submittedAt.toUTC().toString(Qt::ISODate)) : nullString(), timestamp,
              timestamp, actor},
             [] { return tr("Saving a reviewer assignment"); });
}

Status ReviewStore::insertScore(const Score &s, const QString &timestamp, const QString &actor, StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO scores (id, assignment_id, criterion_id, value, not_applicable, version, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {s.id, s.assignmentId, s.criterionId,
              s.value ? QVariant(*s.value) : QVariant(QMetaType(QMetaType::Double)), s.notApplicable ? 1 : 0, timestamp,
              actor},
             [] { return tr("Saving a score"); });
}

Status ReviewStore::insertDecision(const Decision &d, const QString &timestamp, const QString &actor,
                                   StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("INSERT INTO decisions (id, application_id, outcome, reason, decided_on, decided_by, version, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)");
    StatementCache once(m_db);
    return (cache ? *cache : once)
        .run(sql,
             {d.id, d.applicationId, d.outcome, d.reason, d.decidedOn.toString(Qt::ISODate), d.decidedBy, timestamp,
              actor},
             [] { return tr("Saving a decision"); });
}

// --- settings ---

namespace {
const QString kPerApplicationKey = QStringLiteral("review.perApplication");
const QString kMentorTargetKey = QStringLiteral("review.target.mentor");
const QString kMenteeTargetKey = QStringLiteral("review.target.mentee");
} // namespace

Result<ReviewSettings> ReviewStore::loadSettings(const QString &cycleId) const
{
    ReviewSettings settings;
    QSqlQuery cycle(m_db.connection());
    if (!run(cycle, QStringLiteral("SELECT blind_review FROM cycles WHERE id = ?"), {cycleId}))
        return Database::queryError(cycle, tr("Reading the review settings"));
    if (!cycle.next())
        return Error{tr("The cycle no longer exists; someone else may have removed it.")};
    settings.blind = cycle.value(0).toInt() != 0;
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT key, value FROM settings WHERE scope = ? AND key IN (?, ?, ?)"),
             {cycleId, kPerApplicationKey, kMentorTargetKey, kMenteeTargetKey}))
        return Database::queryError(query, tr("Reading the review settings"));
    while (query.next()) {
        const QString key = query.value(0).toString();
        const std::optional<int> value = optionalInt(query.value(1).toString());
        if (key == kPerApplicationKey) {
            if (value && *value >= 1)
                settings.perApplication = *value;
        } else if (key == kMentorTargetKey) {
            settings.mentorTarget = value && *value >= 0 ? value : std::nullopt;
        } else if (key == kMenteeTargetKey) {
            settings.menteeTarget = value && *value >= 0 ? value : std::nullopt;
        }
    }
    return settings;
}

Status ReviewStore::saveSettings(const QString &cycleId, const ReviewSettings &settings, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery cycle(m_db.connection());
    if (!run(cycle,
             QStringLiteral("UPDATE cycles SET blind_review = ?, version = version + 1, updated_at = ?, updated_by = ? "
                            "WHERE id = ? AND blind_review <> ?"),
             {settings.blind ? 1 : 0, now, actor, cycleId, settings.blind ? 1 : 0}))
        return Database::queryError(cycle, tr("Saving the review settings"));
    const auto put = [&](const QString &key, const std::optional<int> &value) -> Status {
        QSqlQuery query(m_db.connection());
        bool ok = false;
        if (value) {
            ok = run(query,
                     QStringLiteral("INSERT INTO settings (scope, key, value, version, updated_at, updated_by) "
                                    "VALUES (?, ?, ?, 1, ?, ?) ON CONFLICT (scope, key) DO UPDATE SET "
                                    "value = excluded.value, version = settings.version + 1, "
                                    "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
                     {cycleId, key, QString::number(*value), now, actor});
        } else {
            ok = run(query, QStringLiteral("DELETE FROM settings WHERE scope = ? AND key = ?"), {cycleId, key});
        }
        if (!ok)
            return Database::queryError(query, tr("Saving the review settings"));
        return {};
    };
    // The default k is stored as no row, so that undoing a change leaves the table as it was.
    if (Status s = put(kPerApplicationKey, settings.perApplication == ReviewSettings().perApplication
                                               ? std::nullopt
                                               : std::optional<int>(settings.perApplication));
        !s)
        return s;
    if (Status s = put(kMentorTargetKey, settings.mentorTarget); !s)
        return s;
    return put(kMenteeTargetKey, settings.menteeTarget);
}

// --- the read model ---

namespace {
// The rows in order of key (0 … keyCount − 1), then of second, ties keeping their order: a
// counting sort by key, then an insertion sort of each key's rows (a few: the reviewers of one
// application). order[p] is the row that goes to position p. Empty when the rows are in that
// order already.
template <typename Key, typename Second>
std::vector<int> sortedOrder(qsizetype count, int keyCount, Key key, Second second)
{
    bool ordered = true;
    for (qsizetype i = 1; i < count && ordered; ++i) {
        const int k0 = key(i - 1), k1 = key(i);
        ordered = k0 < k1 || (k0 == k1 && !(second(i) < second(i - 1)));
    }
    if (ordered)
        return {};
    std::vector<int> start(std::size_t(keyCount) + 1, 0);
    for (qsizetype i = 0; i < count; ++i)
        ++start[std::size_t(key(i)) + 1];
    for (std::size_t k = 0; k + 1 < start.size(); ++k)
        start[k + 1] += start[k];
    std::vector<int> order(static_cast<std::size_t>(count));
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (qsizetype i = 0; i < count; ++i)
            order[std::size_t(next[std::size_t(key(i))]++)] = int(i);
    }
    for (std::size_t k = 0; k + 1 < start.size(); ++k) {
        for (int i = start[k] + 1; i < start[k + 1]; ++i) {
            for (int j = i; j > start[k] && second(order[std::size_t(j)]) < second(order[std::size_t(j - 1)]); --j)
                std::swap(order[std::size_t(j)], order[std::size_t(j - 1)]);
        }
    }
    return order;
}

// Moves row i to position[i] (a permutation) in place, one swap per row at most: no second copy of
// the rows. position ends as the identity.
template <typename T> void permute(QList<T> &rows, std::vector<int> &position)
{
    T *data = rows.data();
    for (std::size_t i = 0; i < position.size(); ++i) {
        while (position[i] != int(i)) {
            const std::size_t j = std::size_t(position[i]);
            std::swap(data[i], data[j]);
            std::swap(position[i], position[j]);
        }
    }
}

// Collects score cells in the order they are read, then puts them in the read model's order (by
// assignment, then criterion) in place. One bit per (assignment, criterion) tells which cells are
// there: it drops a second row for a cell (the schema allows none) and gives each cell its place
// (the cells of the assignments before it, plus those of its assignment before its criterion).
class CellCollector
{
public:
    CellCollector(QList<ReviewCell> &cells, qsizetype assignments, qsizetype criteria)
        : m_cells(cells), m_assignments(assignments), m_criteria(std::max<qsizetype>(1, criteria)),
          m_words((m_criteria + 63) / 64), m_bits(std::size_t(assignments * m_words), 0)
    {
        // Room for every cell (the list takes memory only where it is written); very large
        // rubrics grow the list instead.
        const qsizetype most = assignments * criteria;
        m_cells.reserve(std::min<qsizetype>(most, qsizetype(1) << 22));
        adviseHugePages(m_cells);
    }

    void add(int assignment, int criterion, std::optional<double> value, bool notApplicable, int version)
    {
        quint64 &word = m_bits[std::size_t(qsizetype(assignment) * m_words + criterion / 64)];
        const quint64 bit = quint64(1) << (criterion % 64);
        if (word & bit)
            return;
        word |= bit;
        const qint64 key = qint64(assignment) * m_criteria + criterion;
        m_ordered = m_ordered && key > m_lastKey;
        m_lastKey = key;
        ReviewCell &cell = m_cells.emplaceBack();
        cell.assignment = assignment;
        cell.criterion = criterion;
        cell.value = value;
        cell.notApplicable = notApplicable;
        cell.version = version;
    }

    // Puts the cells in order; returns where each assignment's cells start (and, last, their count).
    std::vector<int> finish()
    {
        std::vector<int> start(std::size_t(m_assignments) + 1, 0);
        for (qsizetype a = 0; a < m_assignments; ++a) {
            int n = 0;
            for (qsizetype w = 0; w < m_words; ++w)
                n += std::popcount(m_bits[std::size_t(a * m_words + w)]);
            start[std::size_t(a) + 1] = start[std::size_t(a)] + n;
        }
        if (!m_ordered) {
            const auto place = [&](const ReviewCell &cell) {
                const quint64 *bits = m_bits.data() + qsizetype(cell.assignment) * m_words;
                int before = start[std::size_t(cell.assignment)];
                for (int w = 0; w < cell.criterion / 64; ++w)
                    before += std::popcount(bits[w]);
                const quint64 below = (quint64(1) << (cell.criterion % 64)) - 1;
                return qsizetype(before + std::popcount(bits[cell.criterion / 64] & below));
            };
            ReviewCell *cells = m_cells.data();
            for (qsizetype i = 0; i < m_cells.size(); ++i) {
                for (qsizetype to = place(cells[i]); to != i; to = place(cells[i]))
                    std::swap(cells[i], cells[to]);
            }
        }
        if (m_cells.capacity() > 2 * m_cells.size())
            m_cells.squeeze();
        return start;
    }

private:
    QList<ReviewCell> &m_cells;
    qsizetype m_assignments;
    qsizetype m_criteria;
    qsizetype m_words;
    std::vector<quint64> m_bits;
    bool m_ordered = true;
    qint64 m_lastKey = -1;
};
} // namespace

// How loadCycle() reads a large cycle on SQLite: past this many applications, the people and the
// assignments of the whole program are read in one pass each and this cycle's rows kept (matched
// by id), which is faster than looking each one up through an index; likewise the cells past
// ScanCells (assignments × criteria).
static constexpr qsizetype ScanApplications = 2000;
static constexpr qsizetype ScanCells = 20000;

Result<ReviewCycleData> ReviewStore::loadCycle(const QString &cycleId, const QString &role) const
{
    ReviewCycleData data;
    data.cycleId = cycleId;
    data.role = role;
    auto settings = loadSettings(cycleId);
    if (!settings)
        return Error{settings.error()};
    data.settings = settings.value();
    auto criteria = listCriteria(cycleId, role);
    if (!criteria)
        return Error{criteria.error()};
    data.criteria = std::move(criteria).value();
    data.m_criterionById.build(data.criteria.size(), [&data](int row) { return data.criterionIdAt(row); });
    auto reviewers = listReviewers();
    if (!reviewers)
        return Error{reviewers.error()};
    data.reviewers = std::move(reviewers).value();
    data.m_reviewerById.build(data.reviewers.size(), [&data](int row) { return data.reviewerIdAt(row); });

    IdIndex byPerson;
    if (Status s = readApplications(data, byPerson); !s)
        return Error{s.error()};
    ReadOrder assignmentOrder;
    if (Status s = readAssignments(data, assignmentOrder); !s)
        return Error{s.error()};
    if (Status s = readCells(data, assignmentOrder); !s)
        return Error{s.error()};
    if (Status s = readDecisions(data); !s)
        return Error{s.error()};

    if (Status s = readConflicts(data, byPerson); !s)
        return Error{s.error()};
    if (Status s = readOtherRoleLoads(data); !s)
        return Error{s.error()};
    auto capacity = acceptedMentorCapacity(cycleId);
    if (!capacity)
        return Error{capacity.error()};
    data.acceptedMentorCapacity = capacity.value();
    data.buildIndex(true);
    return data;
}

// The applications of the cycle and role, by code, with their people's names and emails. On
// SQLite, byPerson is their index by person id (personId of data.applications).
Status ReviewStore::readApplications(ReviewCycleData &data, IdIndex &byPerson) const
{
    const QString what = tr("Reading the review of the cycle");
    sqlite3 *native = m_db.sqliteHandle();
    if (!native) {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT a.id, a.person_id, a.code, a.status, a.eligibility, a.library, a.capacity, "
                                "a.version, p.first_name, p.last_name, p.email FROM applications a JOIN people p "
                                "ON p.id = a.person_id WHERE a.cycle_id = ? AND a.role = ? ORDER BY a.code, a.id"),
                 {data.cycleId, data.role}))
            return Database::queryError(query, what);
        while (query.next()) {
            ReviewApplication &a = data.applications.emplaceBack();
            a.id = query.value(0).toString();
            a.personId = query.value(1).toString();
            a.code = query.value(2).toString();
            a.role = data.role;
            a.status = query.value(3).toString();
            a.eligibility = query.value(4).toString();
            a.library = query.value(5).toString();
            a.capacity = query.value(6).toInt();
            a.version = query.value(7).toInt();
            a.displayName = query.value(8).toString() % QLatin1Char(' ') % query.value(9).toString();
            a.email = query.value(10).toString();
        }
        data.m_applicationById.build(data.applications.size(), [&data](int row) { return data.applicationIdAt(row); });
        return {};
    }

    const QByteArray cycleBytes = data.cycleId.toUtf8();
    const QByteArray roleBytes = data.role.toUtf8();
    if (Status s = nativeQuery(
            native, "SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND role = ?", {cycleBytes, roleBytes},
            [&](sqlite3_stmt *q) { data.applications.reserve(sqlite3_column_int(q, 0)); }, what);
        !s)
        return s;
    adviseHugePages(data.applications);
    StringPool statuses;
    StringPool eligibilities;
    StringPool libraries;
    if (Status s = nativeQuery(
            native,
            "SELECT id, person_id, code, status, eligibility, library, capacity, version FROM applications "
            "WHERE cycle_id = ? AND role = ? ORDER BY code, id",
            {cycleBytes, roleBytes},
            [&](sqlite3_stmt *q) {
                ReviewApplication &a = data.applications.emplaceBack();
                a.id = textAt(q, 0);
                a.personId = textAt(q, 1);
                a.code = textAt(q, 2);
                a.role = data.role;
                a.status = statuses.get(bytesAt(q, 3));
                a.eligibility = eligibilities.get(bytesAt(q, 4));
                a.library = libraries.get(bytesAt(q, 5));
                a.capacity = sqlite3_column_int(q, 6);
                a.version = sqlite3_column_int(q, 7);
            },
            what);
        !s)
        return s;
    data.m_applicationById.build(data.applications.size(), [&data](int row) { return data.applicationIdAt(row); });

    // Their people in one pass over the people table when there are many (a join looks each
    // person up at random, several times slower on a large program). A person may have more
    // than one application: samePerson chains them.
    std::vector<int> samePerson(std::size_t(data.applications.size()), -1);
    const auto personIdAt = [&data](int row) {
        return row >= 0 && row < data.applications.size() ? QStringView(std::as_const(data.applications)[row].personId)
                                                          : QStringView();
    };
    byPerson.reset(data.applications.size());
    for (int i = 0; i < data.applications.size(); ++i)
        samePerson[std::size_t(i)] = byPerson.insert(i, data.applications[i].personId, personIdAt);
    std::string name;
    int lastPerson = -1;
    const bool scan = data.applications.size() > ScanApplications;
    return nativeQuery(
        native,
        scan ? "SELECT id, first_name, last_name, email FROM people"
             : "SELECT id, first_name, last_name, email FROM people WHERE id IN "
               "(SELECT person_id FROM applications WHERE cycle_id = ? AND role = ?)",
        scan ? std::initializer_list<QByteArrayView>{} : std::initializer_list<QByteArrayView>{cycleBytes, roleBytes},
        [&](sqlite3_stmt *q) {
            // People are often stored in the order of their applications' codes: guess the next.
            int i = byPerson.findUtf8(bytesAt(q, 0), lastPerson + 1, personIdAt);
            if (i < 0)
                return;
            lastPerson = i;
            const QByteArrayView first = bytesAt(q, 1);
            const QByteArrayView last = bytesAt(q, 2);
            name.assign(first.data(), std::size_t(first.size()));
            name += ' ';
            name.append(last.data(), std::size_t(last.size()));
            const QString displayName = QString::fromUtf8(name.data(), qsizetype(name.size()));
            const QString email = textAt(q, 3);
            for (; i >= 0; i = samePerson[std::size_t(i)]) {
                data.applications[i].displayName = displayName;
                data.applications[i].email = email;
            }
        },
        what);
}

// The assignments of those applications, by application, then reviewer (in list order). order
// tells where the rows read went (empty when they were read in that order).
Status ReviewStore::readAssignments(ReviewCycleData &data, ReadOrder &order) const
{
    const QString what = tr("Reading the review of the cycle");
    const auto applicationIdAt = [&data](int row) {
        return data.applicationIdAt(row);
    };
    const auto reviewerIdAt = [&data](int row) {
        return data.reviewerIdAt(row);
    };
    static const char assignmentsSql[] =
        "SELECT s.id, s.application_id, s.reviewer_id, s.source, s.seed, s.comment, s.submitted_at, s.version "
        "FROM assignments s JOIN applications a ON a.id = s.application_id WHERE a.cycle_id = ? AND a.role = ?";
    sqlite3 *native = m_db.sqliteHandle();
    const bool scan = native && data.applications.size() > ScanApplications;
    if (scan) {
        // Room for every row of the table, or for 8 reviewers per application if that is less
        // (memory is taken only where the list is written).
        if (Status s = nativeQuery(
                native, "SELECT COUNT(*) FROM assignments", {},
                [&](sqlite3_stmt *q) {
                    data.assignments.reserve(
                        std::min<qsizetype>(sqlite3_column_int(q, 0), data.applications.size() * 8));
                },
                what);
            !s)
            return s;
        adviseHugePages(data.assignments);
    } else {
        // An estimate: the list grows by reallocation (its rows are relocatable).
        data.assignments.reserve(data.applications.size() * std::max(1, data.settings.perApplication));
    }
    if (!native) {
        QSqlQuery query(m_db.connection());
        if (!run(query, QString::fromLatin1(assignmentsSql), {data.cycleId, data.role}))
            return Database::queryError(query, what);
        while (query.next()) {
            const int application = data.m_applicationById.find(query.value(1).toString(), applicationIdAt);
            const int reviewer = data.m_reviewerById.find(query.value(2).toString(), reviewerIdAt);
            if (application < 0 || reviewer < 0)
                continue;
            ReviewAssignment &a = data.assignments.emplaceBack();
            readAssignment(query, a);
            a.application = application;
            a.reviewer = reviewer;
            a.applicationId = data.applications.at(application).id; // shared, not copied
            a.reviewerId = data.reviewers.at(reviewer).id;
        }
    } else {
        const QByteArray cycleBytes = data.cycleId.toUtf8();
        const QByteArray roleBytes = data.role.toUtf8();
        static const QString manual = QStringLiteral("manual");
        static const QString automatic = QStringLiteral("auto");
        // The rows of one application are usually next to each other: look its id up once.
        std::string lastApplicationBytes;
        int lastApplication = -1;
        // A large cycle reads the whole assignments table in order and keeps this cycle's rows
        // (matched by application id): looking each application's rows up by index is slower.
        if (Status s = nativeEach(
                native,
                scan ? "SELECT cohort_each(?1, id, application_id, reviewer_id, source, seed, comment, submitted_at, "
                       "version) FROM assignments"
                     : "SELECT cohort_each(?1, s.id, s.application_id, s.reviewer_id, s.source, s.seed, s.comment, "
                       "s.submitted_at, s.version) FROM assignments s JOIN applications a ON a.id = s.application_id "
                       "WHERE a.cycle_id = ?2 AND a.role = ?3",
                scan ? std::initializer_list<QByteArrayView>{}
                     : std::initializer_list<QByteArrayView>{cycleBytes, roleBytes},
                [&](sqlite3_value **q) {
                    const QByteArrayView applicationBytes = bytesOf(q[1]);
                    int application = lastApplication;
                    if (!sameBytes(applicationBytes, QByteArrayView(lastApplicationBytes))) {
                        // Applications are read by code: often so are their assignments.
                        application =
                            data.m_applicationById.findUtf8(applicationBytes, lastApplication + 1, applicationIdAt);
                        lastApplicationBytes.assign(applicationBytes.data(), std::size_t(applicationBytes.size()));
                        lastApplication = application;
                    }
                    if (application < 0)
                        return;
                    const int reviewer = data.m_reviewerById.findUtf8(bytesOf(q[2]), reviewerIdAt);
                    if (reviewer < 0)
                        return;
                    ReviewAssignment &a = data.assignments.emplaceBack();
                    a.id = textOf(q[0]);
                    a.application = application;
                    a.reviewer = reviewer;
                    a.applicationId = std::as_const(data.applications)[application].id; // shared, not copied
                    a.reviewerId = std::as_const(data.reviewers)[reviewer].id;
                    const QByteArrayView source = bytesOf(q[3]);
                    a.source = sameBytes(source, "manual") ? manual
                               : sameBytes(source, "auto") ? automatic
                                                           : textOf(q[3]);
                    if (sqlite3_value_type(q[4]) != SQLITE_NULL)
                        a.seed = sqlite3_value_int64(q[4]);
                    a.comment = textOf(q[5]);
                    a.submittedAt = timestampOf(q[6]);
                    a.version = sqlite3_value_int(q[7]);
                },
                what);
            !s)
            return s;
    }
    order.rowAt = sortedOrder(
        data.assignments.size(), int(data.applications.size()),
        [&data](qsizetype i) { return std::as_const(data.assignments)[i].application; },
        [&data](qsizetype i) { return std::as_const(data.assignments)[i].reviewer; });
    if (!order.rowAt.empty()) {
        order.positionOf.resize(order.rowAt.size());
        for (std::size_t p = 0; p < order.rowAt.size(); ++p)
            order.positionOf[std::size_t(order.rowAt[p])] = int(p);
        std::vector<int> position = order.positionOf;
        permute(data.assignments, position);
    }
    data.m_assignmentById.build(data.assignments.size(), [&data](int row) { return data.assignmentIdAt(row); });
    return {};
}

// The stored score cells of those assignments for this role's rubric, by assignment, then
// criterion.
Status ReviewStore::readCells(ReviewCycleData &data, const ReadOrder &assignmentOrder) const
{
    const QString what = tr("Reading the review of the cycle");
    const auto assignmentIdAt = [&data](int row) {
        return data.assignmentIdAt(row);
    };
    CellCollector cells(data.cells, data.assignments.size(), data.criteria.size());
    static const char cellsSql[] =
        "SELECT s.criterion_id, s.assignment_id, s.value, s.not_applicable, s.version FROM scores s "
        "JOIN rubric_criteria c ON c.id = s.criterion_id WHERE c.cycle_id = ? AND c.role = ?";
    sqlite3 *native = m_db.sqliteHandle();
    if (!native) {
        QSqlQuery query(m_db.connection());
        if (!run(query, QString::fromLatin1(cellsSql), {data.cycleId, data.role}))
            return Database::queryError(query, what);
        while (query.next()) {
            const int criterion = data.criterionIndex(query.value(0).toString());
            const int assignment = data.m_assignmentById.find(query.value(1).toString(), assignmentIdAt);
            if (assignment < 0 || criterion < 0)
                continue;
            const QVariant value = query.value(2);
            cells.add(assignment, criterion, value.isNull() ? std::nullopt : std::optional<double>(value.toDouble()),
                      query.value(3).toInt() != 0, query.value(4).toInt());
        }
        data.m_cellStart = cells.finish();
        return {};
    }

    if (data.criteria.isEmpty() || data.assignments.isEmpty()) {
        data.m_cellStart = cells.finish();
        return {};
    }
    QList<QByteArray> criterionBytes;
    for (const Criterion &c : std::as_const(data.criteria))
        criterionBytes.append(c.id.toUtf8());
    int lastCriterion = 0;
    // A cell's assignment is usually the previous cell's: look its id up once.
    std::string lastAssignmentBytes;
    int lastAssignment = -1;
    // Many cells are read in one pass over the whole scores table, keeping this rubric's (the
    // criteria are few: their ids are compared here, not by SQLite for each row); the criterion
    // index would fetch every row at random.
    const bool scan = qint64(data.assignments.size()) * data.criteria.size() > ScanCells;
    const QByteArray cycleBytes = data.cycleId.toUtf8();
    const QByteArray roleBytes = data.role.toUtf8();
    if (Status s = nativeEach(
            native,
            scan
                ? "SELECT cohort_each(?1, criterion_id, assignment_id, value, not_applicable, version) FROM scores"
                : "SELECT cohort_each(?1, s.criterion_id, s.assignment_id, s.value, s.not_applicable, s.version) "
                  "FROM scores s JOIN rubric_criteria c ON c.id = s.criterion_id WHERE c.cycle_id = ?2 AND c.role = ?3",
            scan ? std::initializer_list<QByteArrayView>{}
                 : std::initializer_list<QByteArrayView>{cycleBytes, roleBytes},
            [&](sqlite3_value **q) {
                const QByteArrayView criterionId = bytesOf(q[0]);
                int criterion = lastCriterion;
                if (!sameBytes(criterionId, criterionBytes[criterion])) {
                    criterion = -1;
                    for (int c = 0; c < criterionBytes.size(); ++c) {
                        if (sameBytes(criterionId, criterionBytes[c])) {
                            criterion = lastCriterion = c;
                            break;
                        }
                    }
                    if (criterion < 0)
                        return;
                }
                const QByteArrayView assignmentId = bytesOf(q[1]);
                int assignment = lastAssignment;
                if (!sameBytes(assignmentId, QByteArrayView(lastAssignmentBytes))) {
                    // Cells are often stored in the order of their assignments: guess the next
                    // assignment read.
                    assignment = data.m_assignmentById.findUtf8(assignmentId, assignmentOrder.next(lastAssignment),
                                                                assignmentIdAt);
                    lastAssignmentBytes.assign(assignmentId.data(), std::size_t(assignmentId.size()));
                    lastAssignment = assignment;
                }
                if (assignment < 0)
                    return;
                cells.add(assignment, criterion,
                          sqlite3_value_type(q[2]) == SQLITE_NULL ? std::nullopt
                                                                  : std::optional<double>(sqlite3_value_double(q[2])),
                          sqlite3_value_int(q[3]) != 0, sqlite3_value_int(q[4]));
            },
            what);
        !s)
        return s;
    data.m_cellStart = cells.finish();
    return {};
}

// Per reviewer, the assignments of the cycle's applications of the other role.
Status ReviewStore::readOtherRoleLoads(ReviewCycleData &data) const
{
    const QString what = tr("Reading the review of the cycle");
    data.otherRoleLoads = QList<int>(data.reviewers.size(), 0);
    const auto reviewerIdAt = [&data](int row) {
        return data.reviewerIdAt(row);
    };
    static const char loadsSql[] =
        "SELECT s.reviewer_id, COUNT(*) FROM assignments s JOIN applications a ON a.id = s.application_id "
        "WHERE a.cycle_id = ? AND a.role <> ? GROUP BY s.reviewer_id";
    sqlite3 *native = m_db.sqliteHandle();
    if (!native) {
        QSqlQuery query(m_db.connection());
        if (!run(query, QString::fromLatin1(loadsSql), {data.cycleId, data.role}))
            return Database::queryError(query, what);
        while (query.next()) {
            const int r = data.m_reviewerById.find(query.value(0).toString(), reviewerIdAt);
            if (r >= 0)
                data.otherRoleLoads[r] = query.value(1).toInt();
        }
        return {};
    }
    const QByteArray cycleBytes = data.cycleId.toUtf8();
    const QByteArray roleBytes = data.role.toUtf8();
    int others = 0;
    if (Status s = nativeQuery(
            native, "SELECT COUNT(*) FROM applications WHERE cycle_id = ? AND role <> ?", {cycleBytes, roleBytes},
            [&](sqlite3_stmt *q) { others = sqlite3_column_int(q, 0); }, what);
        !s)
        return s;
    if (others <= ScanApplications) {
        return nativeQuery(
            native, loadsSql, {cycleBytes, roleBytes},
            [&](sqlite3_stmt *q) {
                const int r = data.m_reviewerById.findUtf8(bytesAt(q, 0), reviewerIdAt);
                if (r >= 0)
                    data.otherRoleLoads[r] = sqlite3_column_int(q, 1);
            },
            what);
    }
    // Many: the join would look each application, then its assignments, up at random (half a
    // second for 100,000 applications). Their ids, then one pass over the assignments table.
    QList<QString> ids;
    ids.reserve(others);
    if (Status s = nativeQuery(
            native, "SELECT id FROM applications WHERE cycle_id = ? AND role <> ?", {cycleBytes, roleBytes},
            [&](sqlite3_stmt *q) { ids.append(textAt(q, 0)); }, what);
        !s)
        return s;
    const auto idAt = [&ids](int row) {
        return row >= 0 && row < ids.size() ? QStringView(ids[row]) : QStringView();
    };
    IdIndex byId;
    byId.build(ids.size(), idAt);
    int last = -1;
    return nativeEach(
        native, "SELECT cohort_each(?1, application_id, reviewer_id) FROM assignments", {},
        [&](sqlite3_value **q) {
            const int application = byId.findUtf8(bytesOf(q[0]), last + 1, idAt);
            if (application < 0)
                return;
            last = application;
            const int r = data.m_reviewerById.findUtf8(bytesOf(q[1]), reviewerIdAt);
            if (r >= 0)
                ++data.otherRoleLoads[r];
        },
        what);
}

// The conflicts (any status) of those applications' people, by reviewer, then person.
Status ReviewStore::readConflicts(ReviewCycleData &data, const IdIndex &byPerson) const
{
    const QString what = tr("Reading the review of the cycle");
    sqlite3 *native = m_db.sqliteHandle();
    if (!native || data.applications.size() <= ScanApplications) {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT ") % kConflictColumns %
                     QStringLiteral(" FROM conflicts WHERE person_id IN "
                                    "(SELECT person_id FROM applications WHERE cycle_id = ? AND role = ?) "
                                    "ORDER BY reviewer_id, person_id"),
                 {data.cycleId, data.role}))
            return Database::queryError(query, what);
        while (query.next())
            data.conflicts.append(readConflict(query));
        return {};
    }
    // Many applications: every conflict (a small table), keeping those of their people; the
    // subquery would look each application up for its person.
    const auto personIdAt = [&data](int row) {
        return row >= 0 && row < data.applications.size() ? QStringView(std::as_const(data.applications)[row].personId)
                                                          : QStringView();
    };
    StringPool sources;
    StringPool statuses;
    return nativeQuery(
        native,
        "SELECT id, reviewer_id, person_id, source, status, reason, version FROM conflicts "
        "ORDER BY reviewer_id, person_id",
        {},
        [&](sqlite3_stmt *q) {
            const int application = byPerson.findUtf8(bytesAt(q, 2), personIdAt);
            if (application < 0)
                return;
            Conflict &c = data.conflicts.emplaceBack();
            c.id = textAt(q, 0);
            const int reviewer =
                data.m_reviewerById.findUtf8(bytesAt(q, 1), [&data](int row) { return data.reviewerIdAt(row); });
            c.reviewerId = reviewer >= 0 ? std::as_const(data.reviewers)[reviewer].id : textAt(q, 1);
            c.personId = std::as_const(data.applications)[application].personId;
            c.source = sources.get(bytesAt(q, 3));
            c.status = statuses.get(bytesAt(q, 4));
            c.reason = textAt(q, 5);
            c.version = sqlite3_column_int(q, 6);
        },
        what);
}

// The decisions of those applications, by application (code).
Status ReviewStore::readDecisions(ReviewCycleData &data) const
{
    sqlite3 *native = m_db.sqliteHandle();
    if (!native) {
        auto decisions = listDecisions(data.cycleId, data.role);
        if (!decisions)
            return Error{decisions.error()};
        data.decisions = std::move(decisions).value();
        return {};
    }
    const auto applicationIdAt = [&data](int row) {
        return data.applicationIdAt(row);
    };
    StringPool outcomes;
    StringPool deciders;
    // For a large cycle, the whole (small) decisions table in one pass, this cycle's kept and put
    // in the order of their applications; the join looks each application up.
    const bool scan = data.applications.size() > ScanApplications;
    std::vector<int> applicationOf;
    int last = -1;
    if (Status s = nativeQuery(
            native,
            scan ? "SELECT id, application_id, outcome, reason, decided_on, decided_by, version FROM decisions"
                 : "SELECT d.id, d.application_id, d.outcome, d.reason, d.decided_on, d.decided_by, d.version "
                   "FROM decisions d JOIN applications a ON a.id = d.application_id "
                   "WHERE a.cycle_id = ? AND a.role = ? ORDER BY a.code",
            scan ? std::initializer_list<QByteArrayView>{}
                 : std::initializer_list<QByteArrayView>{data.cycleId.toUtf8(), data.role.toUtf8()},
            [&](sqlite3_stmt *q) {
                const int application = data.m_applicationById.findUtf8(bytesAt(q, 1), last + 1, applicationIdAt);
                if (scan && application < 0)
                    return;
                last = application;
                Decision &d = data.decisions.emplaceBack();
                d.id = textAt(q, 0);
                d.applicationId = application >= 0 ? std::as_const(data.applications)[application].id : textAt(q, 1);
                d.outcome = outcomes.get(bytesAt(q, 2));
                d.reason = textAt(q, 3);
                d.decidedOn = dateAt(q, 4);
                d.decidedBy = deciders.get(bytesAt(q, 5));
                d.version = sqlite3_column_int(q, 6);
                applicationOf.push_back(application);
            },
            tr("Reading decisions"));
        !s)
        return s;
    if (scan) {
        // By code, as the join sorts them: applications are in code order, one decision each.
        const std::vector<int> order = sortedOrder(
            data.decisions.size(), int(data.applications.size()),
            [&applicationOf](qsizetype i) { return applicationOf[std::size_t(i)]; }, [](qsizetype) { return 0; });
        if (!order.empty()) {
            std::vector<int> position(order.size());
            for (std::size_t p = 0; p < order.size(); ++p)
                position[std::size_t(order[p])] = int(p);
            permute(data.decisions, position);
        }
    }
    return {};
}

Result<int> ReviewStore::acceptedMentorCapacity(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT COALESCE(SUM(capacity), 0) FROM applications WHERE cycle_id = ? "
                            "AND role = 'mentor' AND status = 'accepted'"),
             {cycleId}) ||
        !query.next())
        return Database::queryError(query, tr("Counting the accepted mentors' capacity"));
    return query.value(0).toInt();
}

// --- reviewers ---

Result<Reviewer> ReviewStore::loadReviewer(const QString &reviewerId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT id, name, email, role, capacity, active, version FROM reviewers WHERE id = ?"),
             {reviewerId}))
        return Database::queryError(query, tr("Reading a reviewer"));
    if (!query.next())
        return Error{tr("The reviewer no longer exists; someone else may have removed them.")};
    return readReviewer(query);
}

Result<int> ReviewStore::updateReviewer(const Reviewer &r, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE reviewers SET name = ?, email = ?, role = ?, capacity = ?, active = ?, "
                            "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
             {r.name, r.email, r.role, r.capacity, r.active ? 1 : 0, nowTimestamp(), actor, r.id, r.version}))
        return Database::queryError(query, tr("Saving reviewer %1").arg(r.name));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("reviewers"), QStringLiteral("id = ?"), {r.id}, tr("Reviewer %1").arg(r.name));
    return r.version + 1;
}

Status ReviewStore::removeReviewer(const QString &reviewerId, int expectedVersion)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM reviewers WHERE id = ? AND version = ?"),
             {reviewerId, expectedVersion}))
        return Database::queryError(query, tr("Removing a reviewer"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("reviewers"), QStringLiteral("id = ?"), {reviewerId}, tr("The reviewer"));
    return {};
}

Result<ReviewerUsage> ReviewStore::reviewerUsage(const QString &reviewerId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT (SELECT COUNT(*) FROM assignments WHERE reviewer_id = ?), "
                            "(SELECT COUNT(*) FROM matches WHERE liaison_reviewer_id = ?)"),
             {reviewerId, reviewerId}) ||
        !query.next())
        return Database::queryError(query, tr("Reading a reviewer's assignments"));
    return ReviewerUsage{query.value(0).toInt(), query.value(1).toInt()};
}

Result<QHash<QString, QStringList>> ReviewStore::reviewerLibraries() const
{
    auto reviewers = listReviewers();
    if (!reviewers)
        return Error{reviewers.error()};
    QHash<QString, QString> reviewerByEmail; // normalized email → reviewer id
    for (const Reviewer &reviewer : std::as_const(reviewers.value())) {
        const QString key = normalize::email(reviewer.email);
        if (!key.isEmpty())
            reviewerByEmail.insert(key, reviewer.id);
    }
    QHash<QString, QStringList> result;
    if (reviewerByEmail.isEmpty())
        return result;
    // The people table holds emails as given: compare normalized in C++ (one pass over people
    // with an application that names a library).
    QSqlQuery query(m_db.connection());
    if (!run(
            query,
            QStringLiteral("SELECT DISTINCT p.email, a.library FROM people p JOIN applications a ON a.person_id = p.id "
                           "WHERE a.library <> '' AND p.email <> ''"),
            {}))
        return Database::queryError(query, tr("Reading reviewers' libraries"));
    while (query.next()) {
        const auto it = reviewerByEmail.constFind(normalize::email(query.value(0).toString()));
        if (it == reviewerByEmail.constEnd())
            continue;
        QStringList &libraries = result[it.value()];
        const QString library = query.value(1).toString();
        if (!libraries.contains(library))
            libraries.append(library);
    }
    return result;
}

// --- conflicts ---

Result<QList<Conflict>> ReviewStore::listConflicts(const QString &reviewerId) const
{
    QSqlQuery query(m_db.connection());
    const bool all = reviewerId.isEmpty();
    if (!run(query,
             QStringLiteral("SELECT ") % kConflictColumns % QStringLiteral(" FROM conflicts ") %
                 (all ? QString() : QStringLiteral("WHERE reviewer_id = ? ")) %
                 QStringLiteral("ORDER BY reviewer_id, person_id"),
             all ? QVariantList() : QVariantList{reviewerId}))
        return Database::queryError(query, tr("Reading conflicts of interest"));
    QList<Conflict> result;
    while (query.next())
        result.append(readConflict(query));
    return result;
}

Result<Conflict> ReviewStore::loadConflict(const QString &conflictId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT ") % kConflictColumns % QStringLiteral(" FROM conflicts WHERE id = ?"),
             {conflictId}))
        return Database::queryError(query, tr("Reading a conflict of interest"));
    if (!query.next())
        return Error{tr("The conflict of interest no longer exists; someone else may have removed it.")};
    return readConflict(query);
}

Result<int> ReviewStore::updateConflict(const Conflict &c, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE conflicts SET source = ?, status = ?, reason = ?, version = version + 1, "
                            "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
             {c.source, c.status, c.reason, nowTimestamp(), actor, c.id, c.version}))
        return Database::queryError(query, tr("Saving a conflict of interest"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("conflicts"), QStringLiteral("id = ?"), {c.id}, tr("A conflict of interest"));
    return c.version + 1;
}

Status ReviewStore::removeConflict(const QString &conflictId, int expectedVersion)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM conflicts WHERE id = ? AND version = ?"),
             {conflictId, expectedVersion}))
        return Database::queryError(query, tr("Removing a conflict of interest"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("conflicts"), QStringLiteral("id = ?"), {conflictId},
                        tr("A conflict of interest"));
    return {};
}

Status ReviewStore::restoreConflict(const Conflict &c, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO conflicts (id, reviewer_id, person_id, source, status, reason, version, "
                            "created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {c.id, c.reviewerId, c.personId, c.source, c.status, c.reason, c.version, now, now, actor}))
        return Database::queryError(query, tr("Restoring a conflict of interest"));
    return {};
}

Result<std::optional<Conflict>> ReviewStore::findConflict(const QString &reviewerId, const QString &personId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kConflictColumns %
                 QStringLiteral(" FROM conflicts WHERE reviewer_id = ? AND person_id = ?"),
             {reviewerId, personId}))
        return Database::queryError(query, tr("Reading a conflict of interest"));
    if (!query.next())
        return std::optional<Conflict>();
    return std::optional<Conflict>(readConflict(query));
}

// --- rubric ---

Result<Criterion> ReviewStore::loadCriterion(const QString &criterionId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kCriterionColumns % QStringLiteral(" FROM rubric_criteria WHERE id = ?"),
             {criterionId}))
        return Database::queryError(query, tr("Reading a criterion"));
    if (!query.next())
        return Error{tr("The criterion no longer exists; someone else may have removed it.")};
    return readCriterion(query);
}

Result<int> ReviewStore::updateCriterion(const Criterion &c, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE rubric_criteria SET name = ?, guidance = ?, scale_min = ?, scale_max = ?, "
                            "weight = ?, allow_na = ?, sort_order = ?, version = version + 1, updated_at = ?, "
                            "updated_by = ? WHERE id = ? AND version = ?"),
             {c.name, c.guidance, c.scaleMin, c.scaleMax, c.weight, c.allowNotApplicable ? 1 : 0, c.sortOrder,
              nowTimestamp(), actor, c.id, c.version}))
        return Database::queryError(query, tr("Saving criterion “%1”").arg(c.name));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("rubric_criteria"), QStringLiteral("id = ?"), {c.id},
                        tr("Criterion “%1”").arg(c.name));
    return c.version + 1;
}

Status ReviewStore::removeCriterion(const QString &criterionId, int expectedVersion)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM rubric_criteria WHERE id = ? AND version = ?"),
             {criterionId, expectedVersion}))
        return Database::queryError(query, tr("Removing a criterion"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("rubric_criteria"), QStringLiteral("id = ?"), {criterionId},
                        tr("The criterion"));
    return {};
}

Result<int> ReviewStore::scoredCellCount(const QString &criterionId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT COUNT(*) FROM scores WHERE criterion_id = ? "
                            "AND (value IS NOT NULL OR not_applicable = 1)"),
             {criterionId}) ||
        !query.next())
        return Database::queryError(query, tr("Counting scores"));
    return query.value(0).toInt();
}

Result<int> ReviewStore::scoresOutside(const QString &criterionId, int scaleMin, int scaleMax) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT COUNT(*) FROM scores WHERE criterion_id = ? AND value IS NOT NULL "
                            "AND (value < ? OR value > ?)"),
             {criterionId, scaleMin, scaleMax}) ||
        !query.next())
        return Database::queryError(query, tr("Counting scores"));
    return query.value(0).toInt();
}

Result<int> ReviewStore::notApplicableCount(const QString &criterionId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT COUNT(*) FROM scores WHERE criterion_id = ? AND not_applicable = 1"),
             {criterionId}) ||
        !query.next())
        return Database::queryError(query, tr("Counting scores"));
    return query.value(0).toInt();
}

Result<QList<Score>> ReviewStore::scoresOfCriterion(const QString &criterionId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kScoreColumns %
                 QStringLiteral(" FROM scores WHERE criterion_id = ? ORDER BY id"),
             {criterionId}))
        return Database::queryError(query, tr("Reading scores"));
    QList<Score> result;
    while (query.next())
        result.append(readScore(query));
    return result;
}

// --- assignments ---

Result<QList<Assignment>> ReviewStore::listAssignments(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    const bool allRoles = role.isEmpty();
    if (!run(query,
             QStringLiteral("SELECT ") % kAssignmentColumns %
                 QStringLiteral(" FROM assignments s JOIN applications a ON a.id = s.application_id "
                                "WHERE a.cycle_id = ? ") %
                 (allRoles ? QString() : QStringLiteral("AND a.role = ? ")) % QStringLiteral("ORDER BY a.code, s.id"),
             allRoles ? QVariantList{cycleId} : QVariantList{cycleId, role}))
        return Database::queryError(query, tr("Reading assignments"));
    QList<Assignment> result;
    while (query.next()) {
        Assignment a;
        readAssignment(query, a);
        result.append(std::move(a));
    }
    return result;
}

Result<Assignment> ReviewStore::loadAssignment(const QString &assignmentId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kAssignmentColumns % QStringLiteral(" FROM assignments s WHERE s.id = ?"),
             {assignmentId}))
        return Database::queryError(query, tr("Reading an assignment"));
    if (!query.next())
        return Error{tr("The assignment no longer exists; someone else may have removed it.")};
    Assignment a;
    readAssignment(query, a);
    return a;
}

Result<std::optional<ReviewStore::AssignmentRow>> ReviewStore::assignmentRow(const QString &assignmentId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kAssignmentColumns %
                 QStringLiteral(", s.updated_by, s.updated_at FROM assignments s WHERE s.id = ?"),
             {assignmentId}))
        return Database::queryError(query, tr("Reading an assignment"));
    if (!query.next())
        return std::optional<AssignmentRow>();
    AssignmentRow row;
    readAssignment(query, row.assignment);
    row.updatedBy = query.value(8).toString();
    row.updatedAt = query.value(9).toString();
    return std::optional<AssignmentRow>(row);
}

Result<std::optional<Assignment>> ReviewStore::findAssignment(const QString &applicationId,
                                                              const QString &reviewerId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kAssignmentColumns %
                 QStringLiteral(" FROM assignments s WHERE s.application_id = ? AND s.reviewer_id = ?"),
             {applicationId, reviewerId}))
        return Database::queryError(query, tr("Reading an assignment"));
    if (!query.next())
        return std::optional<Assignment>();
    Assignment a;
    readAssignment(query, a);
    return std::optional<Assignment>(std::move(a));
}

Result<int> ReviewStore::updateAssignment(const Assignment &a, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE assignments SET comment = ?, submitted_at = ?, version = version + 1, "
                            "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
             {a.comment, timestampOrNull(a.submittedAt), nowTimestamp(), actor, a.id, a.version}))
        return Database::queryError(query, tr("Saving an assignment"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("assignments"), QStringLiteral("id = ?"), {a.id}, tr("The assignment"));
    return a.version + 1;
}

Result<int> ReviewStore::setSubmitted(const QString &assignmentId, const QDateTime &submittedAt, int expectedVersion,
                                      const QString &actor, StatementCache *cache)
{
    static const QString sql = QStringLiteral("UPDATE assignments SET submitted_at = ?, version = version + 1, "
                                              "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?");
    StatementCache once(m_db);
    StatementCache &statements = cache ? *cache : once;
    if (Status ran =
            statements.run(sql, {timestampOrNull(submittedAt), nowTimestamp(), actor, assignmentId, expectedVersion},
                           [] { return tr("Submitting scores"); });
        !ran)
        return Error{ran.error()};
    if (statements.changes() != 1)
        return staleRow(QStringLiteral("assignments"), QStringLiteral("id = ?"), {assignmentId}, tr("The assignment"));
    return expectedVersion + 1;
}

Result<QList<Assignment>> ReviewStore::assignmentsOfReviewer(const QString &cycleId, const QString &reviewerId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kAssignmentColumns %
                 QStringLiteral(" FROM assignments s JOIN applications a ON a.id = s.application_id "
                                "WHERE s.reviewer_id = ? AND a.cycle_id = ? ORDER BY a.code, s.id"),
             {reviewerId, cycleId}))
        return Database::queryError(query, tr("Reading assignments"));
    QList<Assignment> result;
    while (query.next()) {
        Assignment a;
        readAssignment(query, a);
        result.append(std::move(a));
    }
    return result;
}

Status ReviewStore::removeAssignment(const QString &assignmentId, int expectedVersion)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM assignments WHERE id = ? AND version = ?"),
             {assignmentId, expectedVersion}))
        return Database::queryError(query, tr("Removing an assignment"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("assignments"), QStringLiteral("id = ?"), {assignmentId}, tr("The assignment"));
    return {};
}

Status ReviewStore::restoreAssignment(const Assignment &a, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO assignments (id, application_id, reviewer_id, source, seed, comment, "
                            "submitted_at, version, created_at, updated_at, updated_by) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {a.id, a.applicationId, a.reviewerId, a.source,
              a.seed ? QVariant(*a.seed) : QVariant(QMetaType(QMetaType::LongLong)), a.comment,
              timestampOrNull(a.submittedAt), a.version, now, now, actor}))
        return Database::queryError(query, tr("Restoring an assignment"));
    return {};
}

// --- scores ---

Result<QList<Score>> ReviewStore::listScores(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT s.id, s.assignment_id, s.criterion_id, s.value, s.not_applicable, s.version "
                            "FROM scores s JOIN rubric_criteria c ON c.id = s.criterion_id "
                            "WHERE c.cycle_id = ? AND c.role = ? ORDER BY s.assignment_id, c.sort_order, c.id"),
             {cycleId, role}))
        return Database::queryError(query, tr("Reading scores"));
    QList<Score> result;
    while (query.next())
        result.append(readScore(query));
    return result;
}

Result<QList<Score>> ReviewStore::scoresOfReviewer(const QString &cycleId, const QString &reviewerId) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT ") % kScoreColumns %
                 QStringLiteral(" FROM scores WHERE assignment_id IN (SELECT s.id FROM assignments s JOIN applications "
                                "a ON a.id = s.application_id WHERE s.reviewer_id = ? AND a.cycle_id = ?) "
                                "ORDER BY assignment_id, criterion_id"),
             {reviewerId, cycleId}))
        return Database::queryError(query, tr("Reading scores"));
    QList<Score> result;
    while (query.next())
        result.append(readScore(query));
    return result;
}

Result<QList<Score>> ReviewStore::scoresOfAssignment(const QString &assignmentId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kScoreColumns %
                 QStringLiteral(" FROM scores WHERE assignment_id = ? ORDER BY criterion_id"),
             {assignmentId}))
        return Database::queryError(query, tr("Reading scores"));
    QList<Score> result;
    while (query.next())
        result.append(readScore(query));
    return result;
}

Result<QList<ReviewStore::ScoreRow>> ReviewStore::scoreRowsOfAssignment(const QString &assignmentId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kScoreColumns %
                 QStringLiteral(", updated_by, updated_at FROM scores WHERE assignment_id = ? ORDER BY criterion_id"),
             {assignmentId}))
        return Database::queryError(query, tr("Reading scores"));
    QList<ScoreRow> result;
    while (query.next())
        result.append({readScore(query), query.value(6).toString(), query.value(7).toString()});
    return result;
}

Result<std::optional<Score>> ReviewStore::findScore(const QString &assignmentId, const QString &criterionId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kScoreColumns %
                 QStringLiteral(" FROM scores WHERE assignment_id = ? AND criterion_id = ?"),
             {assignmentId, criterionId}))
        return Database::queryError(query, tr("Reading a score"));
    if (!query.next())
        return std::optional<Score>();
    return std::optional<Score>(readScore(query));
}

// Names a score cell for messages: "The score of E-0012 for “Experience”".
QString ReviewStore::cellName(const QString &assignmentId, const QString &criterionId) const
{
    QSqlQuery query(m_db.connection());
    if (run(query,
            QStringLiteral("SELECT a.code, (SELECT name FROM rubric_criteria WHERE id = ?) FROM assignments s "
                           "JOIN applications a ON a.id = s.application_id WHERE s.id = ?"),
            {criterionId, assignmentId}) &&
        query.next())
        return tr("The score of %1 for “%2”").arg(query.value(0).toString(), query.value(1).toString());
    return tr("A score");
}

Result<int> ReviewStore::upsertScore(const Score &score, int expectedVersion, const QString &actor,
                                     StatementCache *cache)
{
    static const QString insert =
        QStringLiteral("INSERT INTO scores (id, assignment_id, criterion_id, value, not_applicable, version, "
                       "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                       "ON CONFLICT (assignment_id, criterion_id) DO NOTHING");
    static const QString update =
        QStringLiteral("UPDATE scores SET value = ?, not_applicable = ?, version = version + 1, "
                       "updated_at = ?, updated_by = ? WHERE assignment_id = ? AND criterion_id = ? "
                       "AND version = ?");
    const QString now = nowTimestamp();
    StatementCache once(m_db);
    StatementCache &statements = cache ? *cache : once;
    // A row that appeared meanwhile is someone else's score: DO NOTHING, then report it.
    const Status ran =
        expectedVersion <= 0
            ? statements.run(insert,
                             {score.id.isEmpty() ? newId() : score.id, score.assignmentId, score.criterionId,
                              optionalValue(score.value), score.notApplicable ? 1 : 0, now, actor},
                             [] { return tr("Saving a score"); })
            : statements.run(update,
                             {optionalValue(score.value), score.notApplicable ? 1 : 0, now, actor, score.assignmentId,
                              score.criterionId, expectedVersion},
                             [] { return tr("Saving a score"); });
    if (!ran)
        return Error{ran.error()};
    if (statements.changes() != 1) {
        if (expectedVersion <= 0) {
            // Expected an empty cell; a row is there (or the assignment is gone).
            auto existing = findScore(score.assignmentId, score.criterionId);
            if (existing && existing.value())
                return Error{tr("%1 was entered by someone else meanwhile; reload to see it.")
                                 .arg(cellName(score.assignmentId, score.criterionId))};
        }
        return staleRow(QStringLiteral("scores"), QStringLiteral("assignment_id = ? AND criterion_id = ?"),
                        {score.assignmentId, score.criterionId}, cellName(score.assignmentId, score.criterionId));
    }
    return expectedVersion <= 0 ? 1 : expectedVersion + 1;
}

Status ReviewStore::removeScore(const QString &assignmentId, const QString &criterionId, int expectedVersion,
                                StatementCache *cache)
{
    static const QString sql =
        QStringLiteral("DELETE FROM scores WHERE assignment_id = ? AND criterion_id = ? AND version = ?");
    StatementCache once(m_db);
    StatementCache &statements = cache ? *cache : once;
    if (Status ran =
            statements.run(sql, {assignmentId, criterionId, expectedVersion}, [] { return tr("Clearing a score"); });
        !ran)
        return ran;
    if (statements.changes() != 1)
        return staleRow(QStringLiteral("scores"), QStringLiteral("assignment_id = ? AND criterion_id = ?"),
                        {assignmentId, criterionId}, cellName(assignmentId, criterionId));
    return {};
}

Status ReviewStore::restoreScore(const Score &s, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO scores (id, assignment_id, criterion_id, value, not_applicable, version, "
                            "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             {s.id, s.assignmentId, s.criterionId, optionalValue(s.value), s.notApplicable ? 1 : 0, s.version,
              nowTimestamp(), actor}))
        return Database::queryError(query, tr("Restoring a score"));
    return {};
}

// --- decisions ---

Result<QList<Decision>> ReviewStore::listDecisions(const QString &cycleId, const QString &role) const
{
    QSqlQuery query(m_db.connection());
    const bool allRoles = role.isEmpty();
    if (!run(query,
             QStringLiteral("SELECT ") % kDecisionColumns %
                 QStringLiteral(
                     " FROM decisions d JOIN applications a ON a.id = d.application_id WHERE a.cycle_id = ? ") %
                 (allRoles ? QString() : QStringLiteral("AND a.role = ? ")) % QStringLiteral("ORDER BY a.code"),
             allRoles ? QVariantList{cycleId} : QVariantList{cycleId, role}))
        return Database::queryError(query, tr("Reading decisions"));
    QList<Decision> result;
    while (query.next())
        result.append(readDecision(query));
    return result;
}

Result<std::optional<Decision>> ReviewStore::findDecision(const QString &applicationId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT ") % kDecisionColumns %
                 QStringLiteral(" FROM decisions d WHERE d.application_id = ?"),
             {applicationId}))
        return Database::queryError(query, tr("Reading a decision"));
    if (!query.next())
        return std::optional<Decision>();
    return std::optional<Decision>(readDecision(query));
}

Result<int> ReviewStore::upsertDecision(const Decision &d, int expectedVersion, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    bool ok = false;
    if (expectedVersion <= 0) {
        ok = run(query,
                 QStringLiteral("INSERT INTO decisions (id, application_id, outcome, reason, decided_on, decided_by, "
                                "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?) "
                                "ON CONFLICT (application_id) DO NOTHING"),
                 {d.id.isEmpty() ? newId() : d.id, d.applicationId, d.outcome, d.reason, toIsoDate(d.decidedOn),
                  d.decidedBy, now, actor});
    } else {
        ok = run(
            query,
            QStringLiteral("UPDATE decisions SET outcome = ?, reason = ?, decided_on = ?, decided_by = ?, "
                           "version = version + 1, updated_at = ?, updated_by = ? "
                           "WHERE application_id = ? AND version = ?"),
            {d.outcome, d.reason, toIsoDate(d.decidedOn), d.decidedBy, now, actor, d.applicationId, expectedVersion});
    }
    if (!ok)
        return Database::queryError(query, tr("Saving a decision"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("decisions"), QStringLiteral("application_id = ?"), {d.applicationId},
                        tr("The decision"));
    return expectedVersion <= 0 ? 1 : expectedVersion + 1;
}

Status ReviewStore::removeDecision(const QString &applicationId, int expectedVersion)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM decisions WHERE application_id = ? AND version = ?"),
             {applicationId, expectedVersion}))
        return Database::queryError(query, tr("Removing a decision"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("decisions"), QStringLiteral("application_id = ?"), {applicationId},
                        tr("The decision"));
    return {};
}

Status ReviewStore::restoreDecision(const Decision &d, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO decisions (id, application_id, outcome, reason, decided_on, decided_by, "
                            "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {d.id, d.applicationId, d.outcome, d.reason, toIsoDate(d.decidedOn), d.decidedBy, d.version,
              nowTimestamp(), actor}))
        return Database::queryError(query, tr("Restoring a decision"));
    return {};
}

Result<ReviewStore::ApplicationState> ReviewStore::applicationState(const QString &applicationId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT code, status, status_reason, version, id, cycle_id, person_id, role "
                            "FROM applications WHERE id = ?"),
             {applicationId}))
        return Database::queryError(query, tr("Reading an application"));
    if (!query.next())
        return Error{tr("The application no longer exists; someone else may have removed it.")};
    return ApplicationState{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toInt(),    query.value(4).toString(), query.value(5).toString(),
                            query.value(6).toString(), query.value(7).toString()};
}

Result<QHash<QString, ReviewStore::ApplicationState>> ReviewStore::applicationStates(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT code, status, status_reason, version, id, cycle_id, person_id, role "
                            "FROM applications WHERE cycle_id = ?"),
             {cycleId}))
        return Database::queryError(query, tr("Reading applications"));
    QHash<QString, ApplicationState> result;
    while (query.next()) {
        ApplicationState state{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toInt(),    query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString(), query.value(7).toString()};
        result.insert(state.id, state);
    }
    return result;
}

Result<int> ReviewStore::setApplicationStatus(const QString &applicationId, const QString &status,
                                              const QString &reason, int expectedVersion, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE applications SET status = ?, status_reason = ?, version = version + 1, "
                            "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
             {status, reason, nowTimestamp(), actor, applicationId, expectedVersion}))
        return Database::queryError(query, tr("Setting the status of an application"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("applications"), QStringLiteral("id = ?"), {applicationId},
                        tr("The application"));
    return expectedVersion + 1;
}

} // namespace cohort
