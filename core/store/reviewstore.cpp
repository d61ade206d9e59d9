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
#include <functional>
#include <numeric>
#include <vector>

#include <sqlite3.h>

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
// driver's own handle (as StatementCache does for writes): ids are matched as UTF-8 bytes and only
// what the read model keeps becomes a QString. PostgreSQL keeps the Qt Sql path.

// Runs sql with text parameters and calls row() for each result row.
Status nativeQuery(sqlite3 *db, const char *sql, const QList<QByteArray> &binds,
                   const std::function<void(sqlite3_stmt *)> &row, const QString &what)
{
    sqlite3_stmt *statement = nullptr;
    const auto failed = [db, &what] {
        return Error{ReviewStore::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
    };
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failed();
    }
    for (int i = 0; i < binds.size(); ++i)
        sqlite3_bind_text(statement, i + 1, binds[i].constData(), int(binds[i].size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        row(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return failed();
    return {};
}

QByteArray bytesAt(sqlite3_stmt *statement, int column)
{
    // A view, not a copy: valid until the next step. For hash lookups only.
    return QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                   sqlite3_column_bytes(statement, column));
}

QString textAt(sqlite3_stmt *statement, int column)
{
    const int size = sqlite3_column_bytes(statement, column);
    if (size == 0)
        return QString();
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)), size);
}

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
QDateTime timestampAt(sqlite3_stmt *statement, int column)
{
    if (sqlite3_column_type(statement, column) == SQLITE_NULL)
        return {};
    const int size = sqlite3_column_bytes(statement, column);
    const char *p = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (size == 20 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' && p[19] == 'Z') {
        const QDate date(digits(p, 4), digits(p + 5, 2), digits(p + 8, 2));
        const int h = digits(p + 11, 2), m = digits(p + 14, 2), s = digits(p + 17, 2);
        if (date.isValid() && h >= 0 && h < 24 && m >= 0 && m < 60 && s >= 0 && s < 60) {
            const qint64 seconds = (date.toJulianDay() - 2440588) * 86400 + h * 3600 + m * 60 + s;
            return QDateTime::fromMSecsSinceEpoch(seconds * 1000, Qt::UTC);
        }
    }
    return readTimestamp(QString::fromUtf8(p, size));
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
// Puts rows in order by a small key (application of an assignment, assignment of a cell) with a
// counting sort, then each group by a second key with an insertion sort (groups are small: the
// reviewers of one application, the criteria of one assignment). O(n).
template <typename T, typename Key, typename Second>
void groupSort(std::vector<T> &rows, int keyCount, Key key, Second second, QList<T> &out)
{
    std::vector<int> start(std::size_t(keyCount) + 1, 0);
    for (const T &row : rows)
        ++start[std::size_t(key(row)) + 1];
    for (std::size_t i = 0; i + 1 < start.size(); ++i)
        start[i + 1] += start[i];
    // The order as indices first, so that every row is moved once, straight into place.
    std::vector<int> order(rows.size());
    {
        std::vector<int> next(start.begin(), start.end() - 1);
        for (int i = 0; i < int(rows.size()); ++i)
            order[std::size_t(next[std::size_t(key(rows[std::size_t(i)]))]++)] = i;
    }
    for (int k = 0; k < keyCount; ++k) {
        for (int i = start[std::size_t(k)] + 1; i < start[std::size_t(k) + 1]; ++i) {
            for (int j = i; j > start[std::size_t(k)] && second(rows[std::size_t(order[std::size_t(j)])]) <
                                                             second(rows[std::size_t(order[std::size_t(j - 1)])]);
                 --j)
                std::swap(order[std::size_t(j)], order[std::size_t(j - 1)]);
        }
    }
    out.reserve(qsizetype(rows.size()));
    for (int index : order)
        out.append(std::move(rows[std::size_t(index)]));
    rows.clear();
}
} // namespace

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
    auto reviewers = listReviewers();
    if (!reviewers)
        return Error{reviewers.error()};
    data.reviewers = std::move(reviewers).value();
    const QString what = tr("Reading the review of the cycle");
    sqlite3 *native = m_db.sqliteHandle();
    const QByteArray cycleBytes = cycleId.toUtf8();
    const QByteArray roleBytes = role.toUtf8();

    // Applications, by code.
    static const char applicationsSql[] =
        "SELECT a.id, a.person_id, a.code, a.status, a.eligibility, a.library, a.capacity, a.version, p.first_name, "
        "p.last_name, p.email FROM applications a JOIN people p ON p.id = a.person_id "
        "WHERE a.cycle_id = ? AND a.role = ? ORDER BY a.code, a.id";
    if (native) {
        // The applications, then their people in one pass over the people table: a join looks
        // each person up at random, several times slower on a large program.
        QHash<QByteArray, QList<int>> byPerson;
        if (Status s = nativeQuery(
                native,
                "SELECT id, person_id, code, status, eligibility, library, capacity, version FROM applications "
                "WHERE cycle_id = ? AND role = ? ORDER BY code, id",
                {cycleBytes, roleBytes},
                [&](sqlite3_stmt *q) {
                    ReviewApplication a;
                    a.id = textAt(q, 0);
                    a.personId = textAt(q, 1);
                    a.code = textAt(q, 2);
                    a.role = role;
                    a.status = textAt(q, 3);
                    a.eligibility = textAt(q, 4);
                    a.library = textAt(q, 5);
                    a.capacity = sqlite3_column_int(q, 6);
                    a.version = sqlite3_column_int(q, 7);
                    byPerson[QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(q, 1)),
                                        sqlite3_column_bytes(q, 1))]
                        .append(int(data.applications.size()));
                    data.applications.append(std::move(a));
                },
                what);
            !s)
            return Error{s.error()};
        const bool scanPeople = data.applications.size() > 2000;
        const auto person = [&](sqlite3_stmt *q) {
            const auto it = byPerson.constFind(bytesAt(q, 0));
            if (it == byPerson.constEnd())
                return;
            const QString name = textAt(q, 1) % QLatin1Char(' ') % textAt(q, 2);
            const QString email = textAt(q, 3);
            for (int index : it.value()) {
                data.applications[index].displayName = name;
                data.applications[index].email = email;
            }
        };
        if (Status s =
                nativeQuery(native,
                            scanPeople ? "SELECT id, first_name, last_name, email FROM people"
                                       : "SELECT id, first_name, last_name, email FROM people WHERE id IN "
                                         "(SELECT person_id FROM applications WHERE cycle_id = ? AND role = ?)",
                            scanPeople ? QList<QByteArray>() : QList<QByteArray>{cycleBytes, roleBytes}, person, what);
            !s)
            return Error{s.error()};
    } else {
        QSqlQuery query(m_db.connection());
        if (!run(query, QString::fromLatin1(applicationsSql), {cycleId, role}))
            return Database::queryError(query, what);
        while (query.next()) {
            ReviewApplication a;
            a.id = query.value(0).toString();
            a.personId = query.value(1).toString();
            a.code = query.value(2).toString();
            a.role = role;
            a.status = query.value(3).toString();
            a.eligibility = query.value(4).toString();
            a.library = query.value(5).toString();
            a.capacity = query.value(6).toInt();
            a.version = query.value(7).toInt();
            a.displayName = query.value(8).toString() % QLatin1Char(' ') % query.value(9).toString();
            a.email = query.value(10).toString();
            data.applications.append(std::move(a));
        }
    }
    QHash<QString, int> applicationById;
    applicationById.reserve(data.applications.size());
    for (int i = 0; i < data.applications.size(); ++i)
        applicationById.insert(data.applications[i].id, i);
    QHash<QString, int> reviewerById;
    for (int i = 0; i < data.reviewers.size(); ++i)
        reviewerById.insert(data.reviewers[i].id, i);
    QHash<QString, int> criterionById;
    for (int i = 0; i < data.criteria.size(); ++i)
        criterionById.insert(data.criteria[i].id, i);

    // Assignments, by application, then reviewer.
    static const char assignmentsSql[] =
        "SELECT s.id, s.application_id, s.reviewer_id, s.source, s.seed, s.comment, s.submitted_at, s.version "
        "FROM assignments s JOIN applications a ON a.id = s.application_id WHERE a.cycle_id = ? AND a.role = ?";
    std::vector<ReviewAssignment> assignmentRows;
    assignmentRows.reserve(std::size_t(data.applications.size()) * 3);
    if (native) {
        QHash<QByteArray, int> applicationByBytes;
        applicationByBytes.reserve(data.applications.size());
        for (int i = 0; i < data.applications.size(); ++i)
            applicationByBytes.insert(data.applications[i].id.toUtf8(), i);
        QHash<QByteArray, int> reviewerByBytes;
        for (int i = 0; i < data.reviewers.size(); ++i)
            reviewerByBytes.insert(data.reviewers[i].id.toUtf8(), i);
        static const QString manual = QStringLiteral("manual");
        static const QString automatic = QStringLiteral("auto");
        // A large cycle reads the whole assignments table in order and keeps this cycle's rows
        // (matched by application id): looking each application's rows up by index is slower.
        const bool scan = data.applications.size() > 2000;
        if (Status s = nativeQuery(
                native,
                scan ? "SELECT s.id, s.application_id, s.reviewer_id, s.source, s.seed, s.comment, s.submitted_at, "
                       "s.version FROM assignments s"
                     : assignmentsSql,
                scan ? QList<QByteArray>() : QList<QByteArray>{cycleBytes, roleBytes},
                [&](sqlite3_stmt *q) {
                    ReviewAssignment a;
                    a.application = applicationByBytes.value(bytesAt(q, 1), -1);
                    a.reviewer = reviewerByBytes.value(bytesAt(q, 2), -1);
                    if (a.application < 0 || a.reviewer < 0)
                        return;
                    a.id = textAt(q, 0);
                    a.applicationId = data.applications[a.application].id; // shared, not copied
                    a.reviewerId = data.reviewers[a.reviewer].id;
                    const QByteArray source = bytesAt(q, 3);
                    a.source = source == "manual" ? manual : source == "auto" ? automatic : textAt(q, 3);
                    if (sqlite3_column_type(q, 4) != SQLITE_NULL)
                        a.seed = sqlite3_column_int64(q, 4);
                    a.comment = textAt(q, 5);
                    a.submittedAt = timestampAt(q, 6);
                    a.version = sqlite3_column_int(q, 7);
                    assignmentRows.push_back(std::move(a));
                },
                what);
            !s)
            return Error{s.error()};
    } else {
        QSqlQuery query(m_db.connection());
        if (!run(query, QString::fromLatin1(assignmentsSql), {cycleId, role}))
            return Database::queryError(query, what);
        while (query.next()) {
            ReviewAssignment a;
            readAssignment(query, a);
            a.application = applicationById.value(a.applicationId, -1);
            a.reviewer = reviewerById.value(a.reviewerId, -1);
            if (a.application < 0 || a.reviewer < 0)
                continue;
            a.applicationId = data.applications[a.application].id;
            a.reviewerId = data.reviewers[a.reviewer].id;
            assignmentRows.push_back(std::move(a));
        }
    }
    groupSort(
        assignmentRows, int(data.applications.size()), [](const ReviewAssignment &a) { return a.application; },
        [](const ReviewAssignment &a) { return a.reviewer; }, data.assignments);
    QHash<QString, int> assignmentById;
    assignmentById.reserve(data.assignments.size());
    for (int i = 0; i < data.assignments.size(); ++i)
        assignmentById.insert(data.assignments[i].id, i);

    // Score cells, by assignment, then criterion.
    static const char cellsSql[] =
        "SELECT s.assignment_id, s.criterion_id, s.value, s.not_applicable, s.version FROM scores s "
        "JOIN rubric_criteria c ON c.id = s.criterion_id WHERE c.cycle_id = ? AND c.role = ?";
    std::vector<ReviewCell> cellRows;
    cellRows.reserve(std::size_t(data.assignments.size()) * std::size_t(std::max<qsizetype>(1, data.criteria.size())));
    if (native) {
        QHash<QByteArray, int> assignmentByBytes;
        assignmentByBytes.reserve(data.assignments.size());
        for (int i = 0; i < data.assignments.size(); ++i)
            assignmentByBytes.insert(data.assignments[i].id.toUtf8(), i);
        QList<QByteArray> criterionBytes;
        for (const Criterion &c : std::as_const(data.criteria))
            criterionBytes.append(c.id.toUtf8());
        // Likewise, many cells are read in one pass over the scores table (the unary + keeps
        // SQLite from using the criterion index, which would fetch every row at random).
        const bool scan = qint64(data.assignments.size()) * data.criteria.size() > 20000;
        if (Status s = nativeQuery(
                native,
                scan ? "SELECT s.assignment_id, s.criterion_id, s.value, s.not_applicable, s.version FROM scores s "
                       "WHERE +s.criterion_id IN (SELECT id FROM rubric_criteria WHERE cycle_id = ? AND role = ?)"
                     : cellsSql,
                {cycleBytes, roleBytes},
                [&](sqlite3_stmt *q) {
                    ReviewCell cell;
                    const QByteArray criterion = bytesAt(q, 1);
                    for (int c = 0; c < criterionBytes.size(); ++c) {
                        if (criterionBytes[c] == criterion) {
                            cell.criterion = c;
                            break;
                        }
                    }
                    cell.assignment = assignmentByBytes.value(bytesAt(q, 0), -1);
                    if (cell.assignment < 0 || cell.criterion < 0)
                        return;
                    if (sqlite3_column_type(q, 2) != SQLITE_NULL)
                        cell.value = sqlite3_column_double(q, 2);
                    cell.notApplicable = sqlite3_column_int(q, 3) != 0;
                    cell.version = sqlite3_column_int(q, 4);
                    cellRows.push_back(cell);
                },
                what);
            !s)
            return Error{s.error()};
    } else {
        QSqlQuery query(m_db.connection());
        if (!run(query, QString::fromLatin1(cellsSql), {cycleId, role}))
            return Database::queryError(query, what);
        while (query.next()) {
            ReviewCell cell;
            cell.assignment = assignmentById.value(query.value(0).toString(), -1);
            cell.criterion = criterionById.value(query.value(1).toString(), -1);
            if (cell.assignment < 0 || cell.criterion < 0)
                continue;
            const QVariant value = query.value(2);
            if (!value.isNull())
                cell.value = value.toDouble();
            cell.notApplicable = query.value(3).toInt() != 0;
            cell.version = query.value(4).toInt();
            cellRows.push_back(cell);
        }
    }
    groupSort(
        cellRows, int(data.assignments.size()), [](const ReviewCell &c) { return c.assignment; },
        [](const ReviewCell &c) { return c.criterion; }, data.cells);

    auto decisions = listDecisions(cycleId, role);
    if (!decisions)
        return Error{decisions.error()};
    data.decisions = std::move(decisions).value();

    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT ") % kConflictColumns %
                     QStringLiteral(" FROM conflicts WHERE person_id IN "
                                    "(SELECT person_id FROM applications WHERE cycle_id = ? AND role = ?) "
                                    "ORDER BY reviewer_id, person_id"),
                 {cycleId, role}))
            return Database::queryError(query, what);
        while (query.next())
            data.conflicts.append(readConflict(query));
    }

    data.otherRoleLoads = QList<int>(data.reviewers.size(), 0);
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral(
                     "SELECT s.reviewer_id, COUNT(*) FROM assignments s JOIN applications a "
                     "ON a.id = s.application_id WHERE a.cycle_id = ? AND a.role <> ? GROUP BY s.reviewer_id"),
                 {cycleId, role}))
            return Database::queryError(query, what);
        while (query.next()) {
            const int r = reviewerById.value(query.value(0).toString(), -1);
            if (r >= 0)
                data.otherRoleLoads[r] = query.value(1).toInt();
        }
    }
    auto capacity = acceptedMentorCapacity(cycleId);
    if (!capacity)
        return Error{capacity.error()};
    data.acceptedMentorCapacity = capacity.value();
    data.m_applicationById = std::move(applicationById);
    data.m_reviewerById = std::move(reviewerById);
    data.m_criterionById = std::move(criterionById);
    data.m_assignmentById = std::move(assignmentById);
    data.buildIndex(false);
    return data;
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
                                      const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE assignments SET submitted_at = ?, version = version + 1, updated_at = ?, "
                            "updated_by = ? WHERE id = ? AND version = ?"),
             {timestampOrNull(submittedAt), nowTimestamp(), actor, assignmentId, expectedVersion}))
        return Database::queryError(query, tr("Submitting scores"));
    if (query.numRowsAffected() != 1)
        return staleRow(QStringLiteral("assignments"), QStringLiteral("id = ?"), {assignmentId}, tr("The assignment"));
    return expectedVersion + 1;
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

Result<int> ReviewStore::upsertScore(const Score &score, int expectedVersion, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    bool ok = false;
    if (expectedVersion <= 0) {
        // A row that appeared meanwhile is someone else's score: DO NOTHING, then report it.
        ok = run(query,
                 QStringLiteral("INSERT INTO scores (id, assignment_id, criterion_id, value, not_applicable, version, "
                                "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, 1, ?, ?) "
                                "ON CONFLICT (assignment_id, criterion_id) DO NOTHING"),
                 {score.id.isEmpty() ? newId() : score.id, score.assignmentId, score.criterionId,
                  optionalValue(score.value), score.notApplicable ? 1 : 0, now, actor});
    } else {
        ok = run(query,
                 QStringLiteral("UPDATE scores SET value = ?, not_applicable = ?, version = version + 1, "
                                "updated_at = ?, updated_by = ? WHERE assignment_id = ? AND criterion_id = ? "
                                "AND version = ?"),
                 {optionalValue(score.value), score.notApplicable ? 1 : 0, now, actor, score.assignmentId,
                  score.criterionId, expectedVersion});
    }
    if (!ok)
        return Database::queryError(query, tr("Saving a score"));
    if (query.numRowsAffected() != 1) {
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

Status ReviewStore::removeScore(const QString &assignmentId, const QString &criterionId, int expectedVersion)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM scores WHERE assignment_id = ? AND criterion_id = ? AND version = ?"),
             {assignmentId, criterionId, expectedVersion}))
        return Database::queryError(query, tr("Clearing a score"));
    if (query.numRowsAffected() != 1)
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
