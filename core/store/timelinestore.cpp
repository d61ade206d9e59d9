#include "store/timelinestore.h"

#include "db/database.h"
#include "domain/ids.h"
#include "store/cyclestore.h"
#include "store/matchstore.h"
#include "store/programstore.h"
#include "store/sqlvalue.h"
#include "timeline/contactfields.h"
#include "timeline/cycletemplate.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>
#include <QStringBuilder>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace cohort {

namespace {

const QString kContactsPerMonthKey = QStringLiteral("contact_per_month");
const QString kQuietDaysKey = QStringLiteral("quiet_days");
const QString kGoalSheetDueDaysKey = QStringLiteral("goal_sheet_due_days");
const QString kOrientationKey = QStringLiteral("orientation_date");
const QString kMaxGoalsKey = QStringLiteral("max_goals");
constexpr int kDefaultMaxGoals = 3;

using sql::run;

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString dayText(QDate date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

// "10/13/17 9:05 AM" in the user's time zone, for conflict messages.
QString readableTime(const QString &timestamp)
{
    const QDateTime when = QDateTime::fromString(timestamp, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : timestamp;
}

QVariant optionalText(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

std::optional<int> wholeNumber(const QString &text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// "2017-05-18; 2017-06-01" → the valid dates, sorted, without repeats; none when one is invalid.
std::optional<QList<QDate>> datesOf(const QString &text)
{
    QList<QDate> dates;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QDate date = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        dates.append(date);
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

const QString kPhaseColumns =
    QStringLiteral("id, cycle_id, name, kind, starts_on, ends_on, deadline, sort_order, version");

Phase readPhase(const QSqlQuery &query)
{
    Phase phase;
    phase.id = query.value(0).toString();
    phase.cycleId = query.value(1).toString();
    phase.name = query.value(2).toString();
    phase.kind = query.value(3).toString();
    phase.startsOn = dateOf(query.value(4));
    phase.endsOn = dateOf(query.value(5));
    phase.deadline = dateOf(query.value(6));
    phase.sortOrder = query.value(7).toInt();
    phase.version = query.value(8).toInt();
    return phase;
}

const QString kContactColumns = QStringLiteral("id, match_id, contact_on, method, initiated_by, note, version");

ContactEntry readContact(const QSqlQuery &query)
{
    ContactEntry entry;
    entry.id = query.value(0).toString();
    entry.matchId = query.value(1).toString();
    entry.contactOn = dateOf(query.value(2));
    entry.method = query.value(3).toString();
    entry.initiatedBy = query.value(4).toString();
    entry.note = query.value(5).toString();
    entry.version = query.value(6).toInt();
    return entry;
}

const QString kGoalColumns = QStringLiteral(
    "id, goal_sheet_id, objective, title, specific, measurable, achievable, relevant, time_bound, sort_order, version");

// --- reading rows through Qt Sql or the sqlite3 C API ---
//
// A cycle of 5,000 matches with two years of contacts holds about 240,000 of them. Through Qt
// Sql every value becomes a QVariant and every text a UTF-16 copy; on SQLite the read model's
// queries therefore go through the sqlite3 C API on the QSQLITE driver's own handle (as
// ReviewStore::loadCycle does), and only what the read model keeps becomes a QString.
// PostgreSQL keeps the Qt Sql path. Both fill the read model through the same code: the row
// callbacks are generic over SqliteRow and QtRow.

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

// One QString for each distinct value of a column that has few (statuses, methods, initiators,
// the notes people copy), shared by the rows that have it. Past Limit distinct values it keeps
// no more.
class StringPool
{
public:
    QString get(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return QString();
        const auto it = m_strings.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (it != m_strings.constEnd())
            return it.value();
        QString value = QString::fromUtf8(bytes);
        if (m_strings.size() < Limit)
            m_strings.insert(bytes.toByteArray(), value);
        return value;
    }

private:
    static constexpr qsizetype Limit = 4096;
    QHash<QByteArray, QString> m_strings;
};

// The local date of a stored UTC timestamp ("2017-02-01T15:00:00Z"). The offset from UTC is
// worked out once per UTC day (and per timestamp only on a day the offset changes): the
// conversion asks the C library, which is slow.
class LocalDates
{
public:
    QDate of(QDate day, QTime time)
    {
        auto it = m_offsets.constFind(day.toJulianDay());
        if (it == m_offsets.constEnd()) {
            const int start = QDateTime(day, QTime(0, 0), Qt::UTC).toLocalTime().offsetFromUtc();
            const int end = QDateTime(day, QTime(23, 59, 59), Qt::UTC).toLocalTime().offsetFromUtc();
            it = m_offsets.insert(day.toJulianDay(), start == end ? std::optional<int>(start) : std::nullopt);
        }
        const int offset = *it ? **it : QDateTime(day, time, Qt::UTC).toLocalTime().offsetFromUtc();
        const int local = time.msecsSinceStartOfDay() / 1000 + offset;
        return local < 0 ? day.addDays(-1) : local >= 86400 ? day.addDays(1) : day;
    }

    QDate of(QByteArrayView bytes)
    {
        const char *p = bytes.data();
        if (bytes.size() == 20 && p[4] == '-' && p[7] == '-' && p[10] == 'T' && p[13] == ':' && p[16] == ':' &&
            p[19] == 'Z') {
            const QDate day(digits(p, 4), digits(p + 5, 2), digits(p + 8, 2));
            const QTime time(digits(p + 11, 2), digits(p + 14, 2), digits(p + 17, 2));
            if (day.isValid() && time.isValid())
                return of(day, time);
        }
        const QDateTime when = QDateTime::fromString(QString::fromUtf8(bytes), Qt::ISODate);
        return when.isValid() ? when.toLocalTime().date() : QDate();
    }

private:
    QHash<qint64, std::optional<int>> m_offsets;
};

// The matches of the read model by id, looked up by the UTF-8 bytes a row holds.
class MatchIndex
{
public:
    void insert(const QString &id, int index) { m_byId.insert(id.toUtf8(), index); }
    int find(QByteArrayView id) const
    {
        if (!m_lastId.isNull() && id == QByteArrayView(m_lastId))
            return m_last;
        m_lastId = id.toByteArray();
        m_last = m_byId.value(QByteArray::fromRawData(id.data(), id.size()), -1);
        return m_last;
    }

private:
    QHash<QByteArray, int> m_byId;
    mutable QByteArray m_lastId; // rows come grouped by match: the last lookup is often the next
    mutable int m_last = -1;
};

class SqliteRow
{
public:
    explicit SqliteRow(sqlite3_stmt *statement) : m_q(statement) {}
    QByteArrayView bytes(int c) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_q, c));
        return QByteArrayView(text, sqlite3_column_bytes(m_q, c));
    }
    QString text(int c) const
    {
        const QByteArrayView b = bytes(c);
        return b.isEmpty() ? QString() : QString::fromUtf8(b);
    }
    QString pooled(int c, StringPool &pool) const { return pool.get(bytes(c)); }
    int integer(int c) const { return sqlite3_column_int(m_q, c); }
    double real(int c) const { return sqlite3_column_double(m_q, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_q, c) == SQLITE_NULL; }
    // "2017-04-01" without QDate's parser; anything else goes through it.
    QDate date(int c) const
    {
        if (isNull(c))
            return {};
        const QByteArrayView b = bytes(c);
        const char *p = b.data();
        if (b.size() == 10 && p[4] == '-' && p[7] == '-') {
            const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
            if (y >= 0 && m >= 0 && d >= 0)
                return QDate(y, m, d);
        }
        return QDate::fromString(QString::fromUtf8(b), Qt::ISODate);
    }
    QDate localDate(int c, LocalDates &dates) const { return dates.of(bytes(c)); }
    int match(int c, const MatchIndex &index) const { return index.find(bytes(c)); }

private:
    sqlite3_stmt *m_q;
};

class QtRow
{
public:
    explicit QtRow(const QSqlQuery &query) : m_q(query) {}
    QString text(int c) const { return m_q.value(c).toString(); }
    QString pooled(int c, StringPool &) const { return text(c); }
    int integer(int c) const { return m_q.value(c).toInt(); }
    double real(int c) const { return m_q.value(c).toDouble(); }
    bool isNull(int c) const { return m_q.value(c).isNull(); }
    QDate date(int c) const { return dateOf(m_q.value(c)); }
    QDate localDate(int c, LocalDates &dates) const { return dates.of(text(c).toUtf8()); }
    int match(int c, const MatchIndex &index) const { return index.find(text(c).toUtf8()); }

private:
    const QSqlQuery &m_q;
};

// Runs sql with text parameters and calls each(row) for every result row, where row is a
// SqliteRow on SQLite and a QtRow otherwise.
template <typename Each>
Status forEachRow(Database &db, const char *sql, std::initializer_list<QString> binds, Each &&each, const QString &what)
{
    if (sqlite3 *native = db.sqliteHandle()) {
        const auto failed = [native, &what] {
            return Error{TimelineStore::tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(native)))};
        };
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(native, sql, -1, &statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(statement);
            return failed();
        }
        int column = 0;
        for (const QString &bind : binds) {
            const QByteArray utf8 = bind.toUtf8();
            sqlite3_bind_text(statement, ++column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        int rc = SQLITE_ROW;
        const SqliteRow row(statement);
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            each(row);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            return failed();
        return {};
    }
    QSqlQuery query(db.connection());
    QVariantList values;
    for (const QString &bind : binds)
        values.append(bind);
    if (!run(query, QString::fromLatin1(sql), values))
        return Database::queryError(query, what);
    const QtRow row(query);
    while (query.next())
        each(row);
    return {};
}

} // namespace

// --- the read model ---

Result<TimelineData> TimelineStore::load(const QString &cycleId) const
{
    TimelineData data;
    const QString what = tr("Reading the timeline of the cycle");
    bool found = false;
    if (Status s = forEachRow(
            m_db,
            "SELECT id, name, season, year, starts_on, ends_on, blind_review, sort_order, version FROM cycles "
            "WHERE id = ?",
            {cycleId},
            [&](const auto &row) {
                Cycle &c = data.cycle;
                c.id = row.text(0);
                c.name = row.text(1);
                c.season = row.text(2);
                c.year = row.integer(3);
                c.startsOn = row.date(4);
                c.endsOn = row.date(5);
                c.blindReview = row.integer(6) != 0;
                c.sortOrder = row.integer(7);
                c.version = row.integer(8);
                found = true;
            },
            what);
        !s)
        return Error{s.error()};
    if (!found)
        return Error{tr("The cycle no longer exists; someone else may have removed it.")};
    if (Status s = forEachRow(
            m_db,
            "SELECT id, cycle_id, name, kind, starts_on, ends_on, deadline, sort_order, version FROM phases "
            "WHERE cycle_id = ? ORDER BY sort_order, starts_on, id",
            {cycleId},
            [&](const auto &row) {
                Phase &p = data.cycle.phases.emplaceBack();
                p.id = row.text(0);
                p.cycleId = data.cycle.id;
                p.name = row.text(2);
                p.kind = row.text(3);
                p.startsOn = row.date(4);
                p.endsOn = row.date(5);
                p.deadline = row.date(6);
                p.sortOrder = row.integer(7);
                p.version = row.integer(8);
            },
            what);
        !s)
        return Error{s.error()};
    auto settings = loadSettings(cycleId);
    if (!settings)
        return Error{settings.error()};
    data.settings = settings.value();

    // The published and ended matches, by mentee code (sorted here: SQLite would sort them in a
    // temporary B-tree).
    {
        StringPool statuses, sources, liaisons;
        if (Status s = forEachRow(
                m_db,
                "SELECT m.id, m.cycle_id, m.mentor_application_id, m.mentee_application_id, m.status, m.source, "
                "m.locked, m.score, m.published_on, m.ended_on, m.liaison_reviewer_id, m.version, "
                "r.code, rp.first_name, rp.last_name, e.code, ep.first_name, ep.last_name, l.name "
                "FROM matches m "
                "JOIN applications r ON r.id = m.mentor_application_id JOIN people rp ON rp.id = r.person_id "
                "JOIN applications e ON e.id = m.mentee_application_id JOIN people ep ON ep.id = e.person_id "
                "LEFT JOIN reviewers l ON l.id = m.liaison_reviewer_id "
                "WHERE m.cycle_id = ? AND m.status IN ('published', 'ended')",
                {cycleId},
                [&](const auto &row) {
                    TimelineMatch &t = data.matches.emplaceBack();
                    Match &m = t.match;
                    m.id = row.text(0);
                    m.cycleId = data.cycle.id;
                    m.mentorApplicationId = row.text(2);
                    m.menteeApplicationId = row.text(3);
                    m.status = row.pooled(4, statuses);
                    m.source = row.pooled(5, sources);
                    m.locked = row.integer(6) != 0;
                    if (!row.isNull(7))
                        m.score = row.real(7);
                    m.publishedOn = row.date(8);
                    m.endedOn = row.date(9);
                    m.liaisonReviewerId = row.pooled(10, liaisons);
                    m.version = row.integer(11);
                    t.mentorCode = row.text(12);
                    t.mentorName = row.text(13) % QLatin1Char(' ') % row.text(14);
                    t.menteeCode = row.text(15);
                    t.menteeName = row.text(16) % QLatin1Char(' ') % row.text(17);
                    t.liaisonName = row.pooled(18, liaisons);
                },
                what);
            !s)
            return Error{s.error()};
    }
    std::sort(data.matches.begin(), data.matches.end(), [](const TimelineMatch &a, const TimelineMatch &b) {
        const int byCode = QString::compare(a.menteeCode, b.menteeCode);
        return byCode != 0 ? byCode < 0 : a.match.id < b.match.id;
    });
    MatchIndex byId;
    QHash<QString, QList<int>> byApplication; // mentor or mentee application → its matches
    for (int i = 0; i < data.matches.size(); ++i) {
        const Match &m = data.matches.at(i).match;
        byId.insert(m.id, i);
        byApplication[m.mentorApplicationId].append(i);
        byApplication[m.menteeApplicationId].append(i);
    }

    // Their contacts. Rows come grouped by match (the query walks each match's range of the
    // index on contact_entries(match_id, contact_on)): a match's rows are gathered in a buffer
    // and moved into its list at once, so each list is allocated once at its size (growing
    // 5,000 lists row by row cost more than the query). Rows of a match seen again later are
    // appended all the same.
    {
        StringPool methods, initiators, notes;
        std::vector<ContactEntry> pending;
        int pendingMatch = -1;
        const auto flush = [&] {
            if (pendingMatch < 0 || pending.empty())
                return;
            QList<ContactEntry> &list = data.matches[pendingMatch].contacts;
            list.reserve(list.size() + qsizetype(pending.size()));
            for (ContactEntry &e : pending)
                list.append(std::move(e));
            pending.clear();
        };
        if (Status s = forEachRow(
                m_db,
                "SELECT c.match_id, c.id, c.contact_on, c.method, c.initiated_by, c.note, c.version "
                "FROM matches m JOIN contact_entries c ON c.match_id = m.id "
                "WHERE m.cycle_id = ? AND m.status IN ('published', 'ended')",
                {cycleId},
                [&](const auto &row) {
                    const int index = row.match(0, byId);
                    if (index < 0)
                        return;
                    if (index != pendingMatch) {
                        flush();
                        pendingMatch = index;
                    }
                    ContactEntry &e = pending.emplace_back();
                    e.id = row.text(1);
                    e.matchId = data.matches.at(index).match.id;
                    e.contactOn = row.date(2);
                    e.method = row.pooled(3, methods);
                    e.initiatedBy = row.pooled(4, initiators);
                    e.note = row.pooled(5, notes);
                    e.version = row.integer(6);
                },
                what);
            !s)
            return Error{s.error()};
        flush();
    }
    // Each match's contacts by date; a stable sort keeps the order they were read in — the
    // order of the index on (match_id, contact_on), the order they were logged — within a day.
    const auto byDate = [](const ContactEntry &a, const ContactEntry &b) {
        return a.contactOn < b.contactOn;
    };
    for (TimelineMatch &t : data.matches) {
        if (!std::is_sorted(t.contacts.cbegin(), t.contacts.cend(), byDate))
            std::stable_sort(t.contacts.begin(), t.contacts.end(), byDate);
    }

    MatchIndex bySheet; // goal sheet id → match
    if (Status s = forEachRow(
            m_db,
            "SELECT g.match_id, g.id, g.due_on, g.submitted_on, g.version FROM goal_sheets g "
            "JOIN matches m ON m.id = g.match_id WHERE m.cycle_id = ? AND m.status IN ('published', 'ended')",
            {cycleId},
            [&](const auto &row) {
                const int index = row.match(0, byId);
                if (index < 0)
                    return;
                TimelineMatch &t = data.matches[index];
                GoalSheet &sheet = t.goalSheet.emplace();
                sheet.id = row.text(1);
                sheet.matchId = t.match.id;
                sheet.dueOn = row.date(2);
                sheet.submittedOn = row.date(3);
                sheet.version = row.integer(4);
                bySheet.insert(sheet.id, index);
            },
            what);
        !s)
        return Error{s.error()};
    // goals has no index on goal_sheet_id: one pass over it, each row's sheet looked up.
    if (Status s = forEachRow(
            m_db,
            "SELECT go.goal_sheet_id, go.id, go.objective, go.title, go.specific, go.measurable, go.achievable, "
            "go.relevant, go.time_bound, go.sort_order, go.version FROM goals go WHERE go.goal_sheet_id IN "
            "(SELECT g.id FROM goal_sheets g JOIN matches m ON m.id = g.match_id WHERE m.cycle_id = ? AND "
            "m.status IN ('published', 'ended'))",
            {cycleId},
            [&](const auto &row) {
                const int index = row.match(0, bySheet);
                if (index < 0)
                    return;
                TimelineMatch &t = data.matches[index];
                Goal &goal = t.goals.emplaceBack();
                goal.id = row.text(1);
                goal.goalSheetId = t.goalSheet->id;
                goal.objective = row.integer(2);
                goal.title = row.text(3);
                goal.specific = row.text(4);
                goal.measurable = row.text(5);
                goal.achievable = row.text(6);
                goal.relevant = row.text(7);
                goal.timeBound = row.text(8);
                goal.sortOrder = row.integer(9);
                goal.version = row.integer(10);
            },
            what);
        !s)
        return Error{s.error()};
    const auto bySortOrder = [](const Goal &a, const Goal &b) {
        return a.sortOrder != b.sortOrder ? a.sortOrder < b.sortOrder : a.id < b.id;
    };
    for (TimelineMatch &t : data.matches) {
        if (!std::is_sorted(t.goals.cbegin(), t.goals.cend(), bySortOrder))
            std::sort(t.goals.begin(), t.goals.end(), bySortOrder);
    }
    if (Status s = forEachRow(
            m_db,
            "SELECT a.id, a.application_id, a.session_on, a.attended, a.version FROM orientation_attendance a "
            "WHERE a.application_id IN (SELECT m.mentor_application_id FROM matches m WHERE m.cycle_id = ? AND "
            "m.status IN ('published', 'ended') UNION SELECT m.mentee_application_id FROM matches m WHERE "
            "m.cycle_id = ? AND m.status IN ('published', 'ended')) ORDER BY a.session_on, a.id",
            {cycleId, cycleId},
            [&](const auto &row) {
                OrientationAttendance a;
                a.id = row.text(0);
                a.applicationId = row.text(1);
                a.sessionOn = row.date(2);
                a.attended = row.integer(3) != 0;
                a.version = row.integer(4);
                for (const int index : byApplication.value(a.applicationId)) {
                    TimelineMatch &t = data.matches[index];
                    (t.match.mentorApplicationId == a.applicationId ? t.mentorAttendance : t.menteeAttendance)
                        .append(a);
                }
            },
            what);
        !s)
        return Error{s.error()};

    // The applications' submission dates, for the weekly chart.
    LocalDates local;
    if (Status s = forEachRow(
            m_db, "SELECT submitted_at FROM applications WHERE cycle_id = ?", {cycleId},
            [&](const auto &row) {
                if (const QDate date = row.localDate(0, local); date.isValid())
                    data.applicationDates.append(date);
            },
            what);
        !s)
        return Error{s.error()};
    std::sort(data.applicationDates.begin(), data.applicationDates.end());
    return data;
}

// --- settings ---

Result<CadenceSettings> TimelineStore::loadSettings(const QString &cycleId) const
{
    const QString what = tr("Reading the timeline settings");
    QSqlQuery cycle(m_db.connection());
    if (!run(cycle, QStringLiteral("SELECT 1 FROM cycles WHERE id = ?"), {cycleId}))
        return Database::queryError(cycle, what);
    if (!cycle.next())
        return Error{tr("The cycle no longer exists; someone else may have removed it.")};
    QSqlQuery query(m_db.connection());
    // The program's rows first, then the cycle's, so that the cycle's win.
    if (!run(query,
             QStringLiteral("SELECT scope, key, value FROM settings WHERE scope IN (?, '') AND key IN (?, ?, ?, ?) "
                            "ORDER BY CASE WHEN scope = '' THEN 0 ELSE 1 END"),
             {cycleId, kContactsPerMonthKey, kQuietDaysKey, kGoalSheetDueDaysKey, kOrientationKey}))
        return Database::queryError(query, what);
    CadenceSettings settings;
    while (query.next()) {
        const QString key = query.value(1).toString();
        const QString value = query.value(2).toString();
        if (key == kContactsPerMonthKey) {
            if (const auto n = wholeNumber(value, 0, 31))
                settings.contactsPerMonth = *n;
        } else if (key == kQuietDaysKey) {
            if (const auto n = wholeNumber(value, 1, 365))
                settings.quietDays = *n;
        } else if (key == kGoalSheetDueDaysKey) {
            if (const auto n = wholeNumber(value, 0, 365))
                settings.goalSheetDueDays = *n;
        } else if (key == kOrientationKey) {
            if (const auto dates = datesOf(value))
                settings.orientationDates = *dates;
        }
    }
    return settings;
}

Status TimelineStore::saveSettings(const QString &cycleId, const CadenceSettings &settings, const QString &actor)
{
    if (settings.contactsPerMonth < 0 || settings.contactsPerMonth > 31)
        return Error{tr("The contacts expected a month must be a whole number from 0 to 31.")};
    if (settings.quietDays < 1 || settings.quietDays > 365)
        return Error{tr("The days without contact before a match counts as quiet must be from 1 to 365.")};
    if (settings.goalSheetDueDays < 0 || settings.goalSheetDueDays > 365)
        return Error{tr("The days until a goal sheet is due must be from 0 to 365.")};
    QList<QDate> dates = settings.orientationDates;
    for (const QDate &date : std::as_const(dates))
        if (!date.isValid())
            return Error{tr("An orientation date is not a valid date.")};
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    QStringList texts;
    for (const QDate &date : std::as_const(dates))
        texts.append(date.toString(Qt::ISODate));

    QSqlQuery cycle(m_db.connection());
    if (!run(cycle, QStringLiteral("SELECT 1 FROM cycles WHERE id = ?"), {cycleId}))
        return Database::queryError(cycle, tr("Saving the timeline settings"));
    if (!cycle.next())
        return Error{tr("The cycle no longer exists; someone else may have removed it.")};
    ProgramStore program(m_db);
    const QString now = nowTimestamp();
    const QList<std::pair<QString, QString>> values = {
        {kContactsPerMonthKey, QString::number(settings.contactsPerMonth)},
        {kQuietDaysKey, QString::number(settings.quietDays)},
        {kGoalSheetDueDaysKey, QString::number(settings.goalSheetDueDays)},
        {kOrientationKey, texts.join(QStringLiteral("; "))},
    };
    for (const auto &[key, value] : values)
        if (Status s = program.setSetting(cycleId, key, value, actor, now); !s)
            return s;
    return {};
}

// --- helpers of the writes ---

Error TimelineStore::stale(const QString &table, const QString &id, const QString &what) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT updated_by, updated_at FROM ") % table % QStringLiteral(" WHERE id = ?"),
             {id}))
        return Database::queryError(query, tr("Reading %1").arg(what));
    if (!query.next())
        return Error{tr("%1 no longer exists; someone else may have removed it. Reload to see the changes.").arg(what)};
    const QString who = query.value(0).toString();
    return Error{tr("%1 was changed by %2 at %3 since you read it; reload to see the changes.")
                     .arg(what, who.isEmpty() ? tr("someone else") : who, readableTime(query.value(1).toString()))};
}

// "the match of M-0001 and E-0002" (lower case: it goes inside sentences).
QString TimelineStore::matchName(const QString &matchId) const
{
    QSqlQuery query(m_db.connection());
    if (run(query,
            QStringLiteral("SELECT r.code, e.code FROM matches m JOIN applications r ON r.id = m.mentor_application_id "
                           "JOIN applications e ON e.id = m.mentee_application_id WHERE m.id = ?"),
            {matchId}) &&
        query.next())
        return tr("the match of %1 and %2").arg(query.value(0).toString(), query.value(1).toString());
    return tr("the match");
}

Status TimelineStore::checkPhase(const Phase &phase) const
{
    QStringList refusals;
    for (const PhaseProblem &p : PhaseCheck::check({phase}))
        if (p.refusal)
            refusals.append(p.text);
    if (!refusals.isEmpty())
        return Error{refusals.join(QLatin1Char(' '))};
    return {};
}

QString TimelineStore::contactProblem(const ContactEntry &entry)
{
    if (!entry.contactOn.isValid())
        return tr("A contact needs a date.");
    if (!ContactFields::methods().contains(entry.method))
        return tr("“%1” is not a contact method; use email, phone, video, chat or in_person.").arg(entry.method);
    if (!ContactFields::initiators().contains(entry.initiatedBy))
        return tr("“%1” cannot start a contact; use mentor, mentee or liaison.").arg(entry.initiatedBy);
    return {};
}

Status TimelineStore::checkContact(const ContactEntry &entry) const
{
    if (const QString problem = contactProblem(entry); !problem.isEmpty())
        return Error{problem};
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT status FROM matches WHERE id = ?"), {entry.matchId}))
        return Database::queryError(query, tr("Saving a contact"));
    if (!query.next())
        return Error{tr("The match no longer exists; someone else may have removed it. Reload to see the changes.")};
    if (query.value(0).toString() == QLatin1String("draft"))
        return Error{tr("Contacts are logged for published matches; %1 is a draft.").arg(matchName(entry.matchId))};
    return {};
}

// --- cycles and phases ---

Status TimelineStore::insertPhase(const Phase &phase, const QString &actor)
{
    if (phase.id.isEmpty())
        return Error{tr("A new phase needs an id.")};
    if (Status s = checkPhase(phase); !s)
        return s;
    QSqlQuery cycle(m_db.connection());
    if (!run(cycle, QStringLiteral("SELECT 1 FROM cycles WHERE id = ?"), {phase.cycleId}))
        return Database::queryError(cycle, tr("Saving phase “%1”").arg(phase.name));
    if (!cycle.next())
        return Error{tr("The cycle no longer exists; someone else may have removed it.")};
    Phase fresh = phase;
    fresh.version = 1;
    return restorePhase(fresh, actor);
}

Result<int> TimelineStore::updatePhase(const Phase &phase, int expectedVersion, const QString &actor)
{
    if (Status s = checkPhase(phase); !s)
        return Error{s.error()};
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE phases SET name = ?, kind = ?, starts_on = ?, ends_on = ?, deadline = ?, "
                            "sort_order = ?, version = version + 1, updated_at = ?, updated_by = ? "
                            "WHERE id = ? AND version = ?"),
             {phase.name.trimmed(), phase.kind, date(phase.startsOn), date(phase.endsOn), date(phase.deadline),
              phase.sortOrder, nowTimestamp(), text(actor), phase.id, expectedVersion}))
        return Database::queryError(query, tr("Saving phase “%1”").arg(phase.name));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("phases"), phase.id, tr("Phase “%1”").arg(phase.name));
    return expectedVersion + 1;
}

Status TimelineStore::removePhase(const QString &phaseId, int expectedVersion)
{
    QString name;
    {
        QSqlQuery query(m_db.connection());
        if (run(query, QStringLiteral("SELECT name FROM phases WHERE id = ?"), {phaseId}) && query.next())
            name = query.value(0).toString();
    }
    const QString what = name.isEmpty() ? tr("The phase") : tr("Phase “%1”").arg(name);
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM phases WHERE id = ? AND version = ?"), {phaseId, expectedVersion}))
        return Database::queryError(query, tr("Removing %1").arg(what));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("phases"), phaseId, what);
    return {};
}

Status TimelineStore::restorePhase(const Phase &phase, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO phases (id, cycle_id, name, kind, starts_on, ends_on, deadline, sort_order, "
                            "version, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {phase.id, phase.cycleId, phase.name.trimmed(), phase.kind, date(phase.startsOn), date(phase.endsOn),
              date(phase.deadline), phase.sortOrder, phase.version, nowTimestamp(), text(actor)}))
        return Database::queryError(query, tr("Saving phase “%1”").arg(phase.name));
    return {};
}

Result<std::optional<Phase>> TimelineStore::findPhase(const QString &phaseId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT ") % kPhaseColumns % QStringLiteral(" FROM phases WHERE id = ?"), {phaseId}))
        return Database::queryError(query, tr("Reading a phase"));
    if (!query.next())
        return std::optional<Phase>();
    return std::optional<Phase>(readPhase(query));
}

Status TimelineStore::insertCycle(const Cycle &cycle, const QString &actor)
{
    if (cycle.id.isEmpty())
        return Error{tr("A new cycle needs an id.")};
    if (cycle.name.trimmed().isEmpty())
        return Error{tr("A cycle needs a name.")};
    if (cycle.season != QLatin1String("spring") && cycle.season != QLatin1String("fall") &&
        cycle.season != QLatin1String("other"))
        return Error{tr("“%1” is not a season; use spring, fall or other.").arg(cycle.season)};
    if (!cycle.startsOn.isValid() || !cycle.endsOn.isValid())
        return Error{tr("Cycle “%1” needs a start and an end date.").arg(cycle.name)};
    if (cycle.endsOn < cycle.startsOn)
        return Error{tr("Cycle “%1” ends before it starts.").arg(cycle.name)};
    QStringList refusals;
    for (const PhaseProblem &p : PhaseCheck::check(cycle.phases))
        if (p.refusal)
            refusals.append(p.text);
    if (!refusals.isEmpty())
        return Error{refusals.join(QLatin1Char(' '))};
    for (const Phase &phase : cycle.phases)
        if (phase.id.isEmpty())
            return Error{tr("Each phase of a new cycle needs an id.")};
    QSqlQuery query(m_db.connection());
    if (run(query, QStringLiteral("SELECT 1 FROM cycles WHERE lower(name) = lower(?)"), {cycle.name.trimmed()}) &&
        query.next())
        return Error{tr("The program has a cycle called “%1” already.").arg(cycle.name.trimmed())};
    Cycle stored = cycle;
    stored.name = cycle.name.trimmed();
    return CycleStore(m_db).insert(stored, nowTimestamp(), actor);
}

Status TimelineStore::removeCycle(const QString &cycleId, int expectedVersion)
{
    QString name;
    int applications = 0;
    int criteria = 0;
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT name, (SELECT COUNT(*) FROM applications WHERE cycle_id = c.id), "
                                "(SELECT COUNT(*) FROM rubric_criteria WHERE cycle_id = c.id) FROM cycles c "
                                "WHERE c.id = ?"),
                 {cycleId}))
            return Database::queryError(query, tr("Removing a cycle"));
        if (query.next()) {
            name = query.value(0).toString();
            applications = query.value(1).toInt();
            criteria = query.value(2).toInt();
        }
    }
    const QString what = name.isEmpty() ? tr("The cycle") : tr("Cycle “%1”").arg(name);
    if (applications > 0)
        return Error{tr("%1 has %n application(s); a cycle with applications cannot be removed.", nullptr, applications)
                         .arg(what)};
    if (criteria > 0)
        return Error{tr("%1 has %n rubric criteria; remove them first.", nullptr, criteria).arg(what)};
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM cycles WHERE id = ? AND version = ?"), {cycleId, expectedVersion}))
        return Database::queryError(query, tr("Removing %1").arg(what));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("cycles"), cycleId, what);
    return {};
}

Status TimelineStore::restoreCycle(const Cycle &cycle, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO cycles (id, name, season, year, starts_on, ends_on, blind_review, sort_order, "
                            "version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {cycle.id, cycle.name, cycle.season, cycle.year, date(cycle.startsOn), date(cycle.endsOn),
              cycle.blindReview ? 1 : 0, cycle.sortOrder, cycle.version, now, now, text(actor)}))
        return Database::queryError(query, tr("Restoring cycle “%1”").arg(cycle.name));
    for (const Phase &phase : cycle.phases) {
        Phase p = phase;
        p.cycleId = cycle.id;
        if (Status s = restorePhase(p, actor); !s)
            return s;
    }
    return {};
}

// --- contacts ---

Status TimelineStore::insertContact(const ContactEntry &entry, const QString &actor)
{
    if (entry.id.isEmpty())
        return Error{tr("A new contact needs an id.")};
    if (Status s = checkContact(entry); !s)
        return s;
    return MatchStore(m_db).insertContactEntry(entry, nowTimestamp(), actor);
}

Result<int> TimelineStore::updateContact(const ContactEntry &entry, int expectedVersion, const QString &actor)
{
    if (Status s = checkContact(entry); !s)
        return Error{s.error()};
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE contact_entries SET contact_on = ?, method = ?, initiated_by = ?, note = ?, "
                            "version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
             {date(entry.contactOn), entry.method, entry.initiatedBy, text(entry.note), nowTimestamp(), text(actor),
              entry.id, expectedVersion}))
        return Database::queryError(query, tr("Saving a contact"));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("contact_entries"), entry.id,
                     tr("The contact of %1 on %2").arg(matchName(entry.matchId), dayText(entry.contactOn)));
    return expectedVersion + 1;
}

Status TimelineStore::removeContact(const QString &contactId, int expectedVersion)
{
    QString what = tr("The contact");
    {
        QSqlQuery query(m_db.connection());
        if (run(query, QStringLiteral("SELECT match_id, contact_on FROM contact_entries WHERE id = ?"), {contactId}) &&
            query.next())
            what = tr("The contact of %1 on %2")
                       .arg(matchName(query.value(0).toString()), dayText(dateOf(query.value(1))));
    }
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM contact_entries WHERE id = ? AND version = ?"),
             {contactId, expectedVersion}))
        return Database::queryError(query, tr("Removing a contact"));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("contact_entries"), contactId, what);
    return {};
}

Status TimelineStore::restoreContact(const ContactEntry &entry, const QString &actor)
{
    const QString now = nowTimestamp();
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO contact_entries (") % kContactColumns %
                 QStringLiteral(", created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {entry.id, entry.matchId, date(entry.contactOn), entry.method, entry.initiatedBy, text(entry.note),
              entry.version, now, now, text(actor)}))
        return Database::queryError(query, tr("Restoring a contact"));
    return {};
}

Result<std::optional<ContactEntry>> TimelineStore::findContact(const QString &contactId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("SELECT ") % kContactColumns % QStringLiteral(" FROM contact_entries WHERE id = ?"),
             {contactId}))
        return Database::queryError(query, tr("Reading a contact"));
    if (!query.next())
        return std::optional<ContactEntry>();
    return std::optional<ContactEntry>(readContact(query));
}

// --- liaison ---

Result<int> TimelineStore::setLiaison(const QString &matchId, const QString &reviewerId, int expectedVersion,
                                      const QString &actor)
{
    if (!reviewerId.isEmpty()) {
        QSqlQuery query(m_db.connection());
        if (!run(query, QStringLiteral("SELECT 1 FROM reviewers WHERE id = ?"), {reviewerId}))
            return Database::queryError(query, tr("Assigning a liaison"));
        if (!query.next())
            return Error{tr("The reviewer no longer exists; someone else may have removed them.")};
    }
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE matches SET liaison_reviewer_id = ?, version = version + 1, updated_at = ?, "
                            "updated_by = ? WHERE id = ? AND version = ?"),
             {optionalText(reviewerId), nowTimestamp(), text(actor), matchId, expectedVersion}))
        return Database::queryError(query, tr("Assigning a liaison"));
    if (query.numRowsAffected() != 1) {
        QString what = matchName(matchId);
        what[0] = what.at(0).toUpper();
        return stale(QStringLiteral("matches"), matchId, what);
    }
    return expectedVersion + 1;
}

// --- goal sheets and goals ---

Status TimelineStore::insertGoalSheet(const GoalSheet &sheet, const QString &actor)
{
    if (sheet.id.isEmpty())
        return Error{tr("A new goal sheet needs an id.")};
    if (!sheet.dueOn.isValid())
        return Error{tr("A goal sheet needs a due date.")};
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT (SELECT COUNT(*) FROM matches WHERE id = ?), "
                                "(SELECT COUNT(*) FROM goal_sheets WHERE match_id = ?)"),
                 {sheet.matchId, sheet.matchId}) ||
            !query.next())
            return Database::queryError(query, tr("Saving a goal sheet"));
        if (query.value(0).toInt() == 0)
            return Error{
                tr("The match no longer exists; someone else may have removed it. Reload to see the changes.")};
        if (query.value(1).toInt() > 0)
            return Error{tr("The goal sheet of %1 exists already; reload to see it.").arg(matchName(sheet.matchId))};
    }
    GoalSheet fresh = sheet;
    fresh.version = 1;
    return restoreGoalSheet(fresh, actor);
}

Result<int> TimelineStore::updateGoalSheet(const GoalSheet &sheet, int expectedVersion, const QString &actor)
{
    if (!sheet.dueOn.isValid())
        return Error{tr("A goal sheet needs a due date.")};
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE goal_sheets SET due_on = ?, submitted_on = ?, version = version + 1, "
                            "updated_at = ?, updated_by = ? WHERE id = ? AND version = ?"),
             {date(sheet.dueOn), date(sheet.submittedOn), nowTimestamp(), text(actor), sheet.id, expectedVersion}))
        return Database::queryError(query, tr("Saving a goal sheet"));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("goal_sheets"), sheet.id, tr("The goal sheet of %1").arg(matchName(sheet.matchId)));
    return expectedVersion + 1;
}

Status TimelineStore::removeGoalSheet(const QString &sheetId, int expectedVersion)
{
    QString what = tr("The goal sheet");
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT match_id, (SELECT COUNT(*) FROM goals WHERE goal_sheet_id = g.id) "
                                "FROM goal_sheets g WHERE id = ?"),
                 {sheetId}))
            return Database::queryError(query, tr("Removing a goal sheet"));
        if (query.next()) {
            what = tr("The goal sheet of %1").arg(matchName(query.value(0).toString()));
            if (const int goals = query.value(1).toInt(); goals > 0)
                return Error{tr("%1 has %n goal(s); remove them first.", nullptr, goals).arg(what)};
        }
    }
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM goal_sheets WHERE id = ? AND version = ?"), {sheetId, expectedVersion}))
        return Database::queryError(query, tr("Removing a goal sheet"));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("goal_sheets"), sheetId, what);
    return {};
}

Status TimelineStore::restoreGoalSheet(const GoalSheet &sheet, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO goal_sheets (id, match_id, due_on, submitted_on, version, updated_at, "
                            "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {sheet.id, sheet.matchId, date(sheet.dueOn), date(sheet.submittedOn), sheet.version, nowTimestamp(),
              text(actor)}))
        return Database::queryError(query, tr("Saving a goal sheet"));
    return {};
}

Result<std::optional<GoalSheet>> TimelineStore::findGoalSheet(const QString &matchId) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT id, match_id, due_on, submitted_on, version FROM goal_sheets WHERE match_id = ?"),
             {matchId}))
        return Database::queryError(query, tr("Reading a goal sheet"));
    if (!query.next())
        return std::optional<GoalSheet>();
    GoalSheet sheet;
    sheet.id = query.value(0).toString();
    sheet.matchId = query.value(1).toString();
    sheet.dueOn = dateOf(query.value(2));
    sheet.submittedOn = dateOf(query.value(3));
    sheet.version = query.value(4).toInt();
    return std::optional<GoalSheet>(sheet);
}

namespace {
QString goalProblem(const Goal &goal)
{
    if (goal.objective < 1 || goal.objective > 7)
        return TimelineStore::tr("A goal is written against one of the program's objectives, 1 to 7.");
    if (goal.title.trimmed().isEmpty())
        return TimelineStore::tr("A goal needs a title.");
    return {};
}
} // namespace

Status TimelineStore::insertGoal(const Goal &goal, const QString &actor)
{
    if (goal.id.isEmpty())
        return Error{tr("A new goal needs an id.")};
    if (const QString problem = goalProblem(goal); !problem.isEmpty())
        return Error{problem};
    auto maxText = ProgramStore(m_db).setting(QString(), kMaxGoalsKey);
    if (!maxText)
        return Error{maxText.error()};
    const int maxGoals = wholeNumber(maxText.value(), 1, 100).value_or(kDefaultMaxGoals);
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("SELECT match_id, (SELECT COUNT(*) FROM goals WHERE goal_sheet_id = g.id) "
                                "FROM goal_sheets g WHERE id = ?"),
                 {goal.goalSheetId}))
            return Database::queryError(query, tr("Saving goal “%1”").arg(goal.title));
        if (!query.next())
            return Error{
                tr("The goal sheet no longer exists; someone else may have removed it. Reload to see the changes.")};
        if (query.value(1).toInt() >= maxGoals)
            return Error{tr("The goal sheet of %1 has %n goal(s) already, as many as a sheet may hold.", nullptr,
                            query.value(1).toInt())
                             .arg(matchName(query.value(0).toString()))};
    }
    Goal fresh = goal;
    fresh.version = 1;
    return restoreGoal(fresh, actor);
}

Result<int> TimelineStore::updateGoal(const Goal &goal, int expectedVersion, const QString &actor)
{
    if (const QString problem = goalProblem(goal); !problem.isEmpty())
        return Error{problem};
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("UPDATE goals SET objective = ?, title = ?, specific = ?, measurable = ?, achievable = ?, "
                            "relevant = ?, time_bound = ?, sort_order = ?, version = version + 1, updated_at = ?, "
                            "updated_by = ? WHERE id = ? AND version = ?"),
             {goal.objective, goal.title.trimmed(), text(goal.specific), text(goal.measurable), text(goal.achievable),
              text(goal.relevant), text(goal.timeBound), goal.sortOrder, nowTimestamp(), text(actor), goal.id,
              expectedVersion}))
        return Database::queryError(query, tr("Saving goal “%1”").arg(goal.title));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("goals"), goal.id, tr("Goal “%1”").arg(goal.title));
    return expectedVersion + 1;
}

Status TimelineStore::removeGoal(const QString &goalId, int expectedVersion)
{
    QString what = tr("The goal");
    {
        QSqlQuery query(m_db.connection());
        if (run(query, QStringLiteral("SELECT title FROM goals WHERE id = ?"), {goalId}) && query.next())
            what = tr("Goal “%1”").arg(query.value(0).toString());
    }
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM goals WHERE id = ? AND version = ?"), {goalId, expectedVersion}))
        return Database::queryError(query, tr("Removing a goal"));
    if (query.numRowsAffected() != 1)
        return stale(QStringLiteral("goals"), goalId, what);
    return {};
}

Status TimelineStore::restoreGoal(const Goal &goal, const QString &actor)
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("INSERT INTO goals (") % kGoalColumns %
                 QStringLiteral(", updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             {goal.id, goal.goalSheetId, goal.objective, goal.title.trimmed(), text(goal.specific),
              text(goal.measurable), text(goal.achievable), text(goal.relevant), text(goal.timeBound), goal.sortOrder,
              goal.version, nowTimestamp(), text(actor)}))
        return Database::queryError(query, tr("Saving goal “%1”").arg(goal.title));
    return {};
}

// --- orientation attendance ---

Result<int> TimelineStore::setAttendance(const QString &applicationId, QDate sessionOn, bool attended,
                                         const QString &actor)
{
    if (!sessionOn.isValid())
        return Error{tr("Attendance needs the date of the orientation session.")};
    const QString what = tr("Saving orientation attendance");
    {
        QSqlQuery query(m_db.connection());
        if (!run(query, QStringLiteral("SELECT 1 FROM applications WHERE id = ?"), {applicationId}))
            return Database::queryError(query, what);
        if (!query.next())
            return Error{tr("The application no longer exists; someone else may have removed it.")};
    }
    {
        QSqlQuery query(m_db.connection());
        if (!run(query,
                 QStringLiteral("INSERT INTO orientation_attendance (id, application_id, session_on, attended, "
                                "version, updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?) "
                                "ON CONFLICT (application_id, session_on) DO UPDATE SET attended = excluded.attended, "
                                "version = orientation_attendance.version + 1, updated_at = excluded.updated_at, "
                                "updated_by = excluded.updated_by "
                                "WHERE orientation_attendance.attended <> excluded.attended"),
                 {newId(), applicationId, date(sessionOn), attended ? 1 : 0, nowTimestamp(), text(actor)}))
            return Database::queryError(query, what);
    }
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT version FROM orientation_attendance WHERE application_id = ? AND session_on = ?"),
             {applicationId, date(sessionOn)}) ||
        !query.next())
        return Database::queryError(query, what);
    return query.value(0).toInt();
}

Status TimelineStore::removeAttendance(const QString &applicationId, QDate sessionOn)
{
    QSqlQuery query(m_db.connection());
    if (!run(query, QStringLiteral("DELETE FROM orientation_attendance WHERE application_id = ? AND session_on = ?"),
             {applicationId, date(sessionOn)}))
        return Database::queryError(query, tr("Removing orientation attendance"));
    return {};
}

Result<std::optional<OrientationAttendance>> TimelineStore::findAttendance(const QString &applicationId,
                                                                           QDate sessionOn) const
{
    QSqlQuery query(m_db.connection());
    if (!run(query,
             QStringLiteral("SELECT id, application_id, session_on, attended, version FROM orientation_attendance "
                            "WHERE application_id = ? AND session_on = ?"),
             {applicationId, date(sessionOn)}))
        return Database::queryError(query, tr("Reading orientation attendance"));
    if (!query.next())
        return std::optional<OrientationAttendance>();
    OrientationAttendance a;
    a.id = query.value(0).toString();
    a.applicationId = query.value(1).toString();
    a.sessionOn = dateOf(query.value(2));
    a.attended = query.value(3).toInt() != 0;
    a.version = query.value(4).toInt();
    return std::optional<OrientationAttendance>(a);
}

} // namespace cohort
