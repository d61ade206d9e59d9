#include "review/packetfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace cohort {

namespace {

// "Cohort review packet": SQLite's application_id of every packet.
constexpr int kApplicationId = 0x43525650; // 'CRVP'

// The schema, in order. Every statement is compared with the packet's sqlite_master on reading.
const char *const kSchema[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
    "CREATE TABLE applications (id TEXT PRIMARY KEY NOT NULL, code TEXT NOT NULL, role TEXT NOT NULL, "
    "title TEXT NOT NULL)",
    "CREATE TABLE application_fields (application_id TEXT NOT NULL, position INTEGER NOT NULL, label TEXT NOT "
    "NULL, value TEXT NOT NULL, PRIMARY KEY (application_id, position))",
    "CREATE TABLE criteria (id TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL, name TEXT NOT NULL, guidance TEXT NOT "
    "NULL, scale_min INTEGER NOT NULL, scale_max INTEGER NOT NULL, weight REAL NOT NULL, allow_na INTEGER NOT NULL, "
    "sort_order INTEGER NOT NULL)",
    "CREATE TABLE assignments (id TEXT PRIMARY KEY NOT NULL, application_id TEXT NOT NULL, base_comment TEXT NOT "
    "NULL, base_version INTEGER NOT NULL, base_submitted INTEGER NOT NULL, comment TEXT NOT NULL, edited_at TEXT)",
    "CREATE TABLE cells (assignment_id TEXT NOT NULL, criterion_id TEXT NOT NULL, base_value REAL, base_na INTEGER "
    "NOT NULL, base_version INTEGER NOT NULL, value REAL, na INTEGER NOT NULL, edited_at TEXT, PRIMARY KEY "
    "(assignment_id, criterion_id))",
    "CREATE TABLE state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
};

QString timestamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(text, Qt::ISODate);
    return when.isValid() ? when.toUTC() : QDateTime();
}

// --- a thin sqlite3 wrapper: statements with bound values, errors in words ---

class Db
{
public:
    ~Db()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
    }
    Status open(const QString &path, int flags)
    {
        const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
        if (rc != SQLITE_OK)
            return Error{PacketFile::tr("“%1” cannot be opened: %2")
                             .arg(QFileInfo(path).fileName(), QString::fromUtf8(sqlite3_errstr(rc)))};
        // Before reading a byte of its schema: nothing in the file runs code.
        int ignored = 0;
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, &ignored);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &ignored);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &ignored);
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, &ignored);
        sqlite3_extended_result_codes(m_db, 1);
        return exec("PRAGMA trusted_schema = OFF");
    }
    sqlite3 *handle() const { return m_db; }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }
    // Ends a failed transaction; there is nothing more to report if that fails too.
    void rollback() { sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr); }
    Status exec(const char *sql)
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            const QString text = QString::fromUtf8(message ? message : "error");
            sqlite3_free(message);
            return Error{text};
        }
        return {};
    }

private:
    sqlite3 *m_db = nullptr;
};

class Statement
{
public:
    Statement(Db &db, const char *sql) : m_db(db)
    {
        if (sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_statement != nullptr; }
    Statement &bind(int i, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        sqlite3_bind_text(m_statement, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bindOrNull(int i, const QString &text)
    {
        if (text.isEmpty())
            sqlite3_bind_null(m_statement, i);
        else
            bind(i, text);
        return *this;
    }
    Statement &bind(int i, qint64 value)
    {
        sqlite3_bind_int64(m_statement, i, value);
        return *this;
    }
    Statement &bind(int i, std::optional<double> value)
    {
        if (value)
            sqlite3_bind_double(m_statement, i, *value);
        else
            sqlite3_bind_null(m_statement, i);
        return *this;
    }
    bool step() { return m_statement && sqlite3_step(m_statement) == SQLITE_ROW; }
    Status run()
    {
        if (!m_statement)
            return Error{m_db.error()};
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return Error{m_db.error()};
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        return {};
    }
    int changes() const { return sqlite3_changes(m_db.handle()); }
    QString text(int column) const
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column)) : QString();
    }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    std::optional<double> real(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return sqlite3_column_double(m_statement, column);
    }

private:
    Db &m_db;
    sqlite3_stmt *m_statement = nullptr;
};

// sqlite_master as (type, name, table, sql) rows, sorted.
Result<QStringList> schemaOf(Db &db)
{
    Statement query(db, "SELECT type, name, tbl_name, IFNULL(sql, '') FROM sqlite_master");
    if (!query.ok())
        return Error{db.error()};
    QStringList rows;
    while (query.step())
        rows.append(QStringList{query.text(0), query.text(1), query.text(2), query.text(3)}.join(QChar(0x1f)));
    rows.sort();
    return rows;
}

const QStringList &expectedSchema()
{
    static const QStringList schema = [] {
        Db db;
        QStringList rows;
        if (!db.open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            return rows;
        for (const char *statement : kSchema) {
            if (!db.exec(statement))
                return rows;
        }
        auto read = schemaOf(db);
        return read ? read.value() : rows;
    }();
    return schema;
}

// --- the signed part, in one canonical byte string ---

class Canonical
{
public:
    void field(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        m_bytes += QByteArray::number(bytes.size());
        m_bytes += ':';
        m_bytes += bytes;
    }
    void field(qint64 value) { field(QString::number(value)); }
    void field(std::optional<double> value)
    {
        field(value ? QString::number(*value, 'g', 17) : QStringLiteral("null"));
    }
    void endRow() { m_bytes += '\n'; }
    void section(const char *name)
    {
        m_bytes += '[';
        m_bytes += name;
        m_bytes += "]\n";
    }
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

QByteArray signedBytes(const PacketContent &c)
{
    Canonical out;
    out.section("meta");
    const PacketMeta &m = c.meta;
    for (const QString &value :
         {QString::number(m.format), m.packetId, m.programId, m.programName, m.cycleId, m.cycleName, m.reviewerId,
          m.reviewerName, m.rubricHash, timestamp(m.exportedAt), QString::number(m.blind ? 1 : 0)})
        out.field(value);
    out.endRow();
    out.section("applications");
    QList<PacketApplication> applications = c.applications;
    std::sort(applications.begin(), applications.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const PacketApplication &a : std::as_const(applications)) {
        out.field(a.id);
        out.field(a.code);
        out.field(a.role);
        out.field(a.title);
        for (const auto &[label, value] : a.fields) {
            out.field(label);
            out.field(value);
        }
        out.endRow();
    }
    out.section("criteria");
    QList<Criterion> criteria = c.criteria;
    std::sort(criteria.begin(), criteria.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const Criterion &k : std::as_const(criteria)) {
        out.field(k.id);
        out.field(k.role);
        out.field(k.name);
        out.field(k.guidance);
        out.field(k.scaleMin);
        out.field(k.scaleMax);
        out.field(std::optional<double>(k.weight));
        out.field(k.allowNotApplicable ? 1 : 0);
        out.field(k.sortOrder);
        out.endRow();
    }
    out.section("assignments");
    QList<PacketAssignment> assignments = c.assignments;
    std::sort(assignments.begin(), assignments.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const PacketAssignment &a : std::as_const(assignments)) {
        out.field(a.id);
        out.field(a.applicationId);
        out.field(a.baseComment);
        out.field(a.baseVersion);
        out.field(a.baseSubmitted ? 1 : 0);
        out.endRow();
    }
    out.section("cells");
    QList<PacketCell> cells = c.cells;
    std::sort(cells.begin(), cells.end(), [](const auto &a, const auto &b) {
        return std::tie(a.assignmentId, a.criterionId) < std::tie(b.assignmentId, b.criterionId);
    });
    for (const PacketCell &cell : std::as_const(cells)) {
        out.field(cell.assignmentId);
        out.field(cell.criterionId);
        out.field(cell.baseValue);
        out.field(cell.baseNotApplicable ? 1 : 0);
        out.field(cell.baseVersion);
        out.endRow();
    }
    return out.bytes();
}

// Reads every table of an opened, checked packet.
Result<PacketContent> readContent(Db &db)
{
    PacketContent c;
    QHash<QString, QString> meta;
    {
        Statement q(db, "SELECT key, value FROM meta");
        while (q.step())
            meta.insert(q.text(0), q.text(1));
    }
    bool ok = false;
    c.meta.format = meta.value(QStringLiteral("format")).toInt(&ok);
    if (!ok)
        return Error{PacketFile::tr("The packet does not say which format it has.")};
    if (c.meta.format != PacketFile::FormatVersion)
        return Error{
            c.meta.format > PacketFile::FormatVersion
                ? PacketFile::tr("The packet was made by a newer Cohort (format %1); update Cohort to merge it.")
                      .arg(c.meta.format)
                : PacketFile::tr("The packet has format %1, which this Cohort does not read.").arg(c.meta.format)};
    c.meta.packetId = meta.value(QStringLiteral("packet_id"));
    c.meta.programId = meta.value(QStringLiteral("program_id"));
    c.meta.programName = meta.value(QStringLiteral("program_name"));
    c.meta.cycleId = meta.value(QStringLiteral("cycle_id"));
    c.meta.cycleName = meta.value(QStringLiteral("cycle_name"));
    c.meta.reviewerId = meta.value(QStringLiteral("reviewer_id"));
    c.meta.reviewerName = meta.value(QStringLiteral("reviewer_name"));
    c.meta.rubricHash = meta.value(QStringLiteral("rubric_hash"));
    c.meta.exportedAt = fromTimestamp(meta.value(QStringLiteral("exported_at")));
    c.meta.blind = meta.value(QStringLiteral("blind")) == QLatin1String("1");
    c.mac = QByteArray::fromHex(meta.value(QStringLiteral("mac")).toLatin1());
    if (c.meta.packetId.isEmpty() || c.meta.programId.isEmpty() || c.meta.cycleId.isEmpty() ||
        c.meta.reviewerId.isEmpty() || c.mac.isEmpty())
        return Error{PacketFile::tr("The packet's description is incomplete.")};

    QHash<QString, int> applicationAt;
    {
        Statement q(db, "SELECT id, code, role, title FROM applications ORDER BY code, id");
        while (q.step()) {
            applicationAt.insert(q.text(0), int(c.applications.size()));
            c.applications.append({q.text(0), q.text(1), q.text(2), q.text(3), {}});
        }
    }
    {
        Statement q(db,
                    "SELECT application_id, label, value FROM application_fields ORDER BY application_id, position");
        while (q.step()) {
            const int at = applicationAt.value(q.text(0), -1);
            if (at < 0)
                return Error{PacketFile::tr("The packet holds text of an application it does not list.")};
            c.applications[at].fields.append({q.text(1), q.text(2)});
        }
    }
    {
        Statement q(db, "SELECT id, role, name, guidance, scale_min, scale_max, weight, allow_na, sort_order FROM "
                        "criteria ORDER BY role, sort_order, id");
        while (q.step()) {
            Criterion k;
            k.id = q.text(0);
            k.role = q.text(1);
            k.name = q.text(2);
            k.guidance = q.text(3);
            k.scaleMin = int(q.integer(4));
            k.scaleMax = int(q.integer(5));
            k.weight = q.real(6).value_or(1.0);
            k.allowNotApplicable = q.integer(7) != 0;
            k.sortOrder = int(q.integer(8));
            c.criteria.append(k);
        }
    }
    {
        Statement q(db, "SELECT a.id, a.application_id, a.base_comment, a.base_version, a.base_submitted, a.comment, "
                        "a.edited_at FROM assignments a LEFT JOIN applications p ON p.id = a.application_id ORDER BY "
                        "p.code, a.id");
        while (q.step())
            c.assignments.append({q.text(0), q.text(1), q.text(2), int(q.integer(3)), q.integer(4) != 0, q.text(5),
                                  fromTimestamp(q.text(6))});
    }
    {
        Statement q(db, "SELECT assignment_id, criterion_id, base_value, base_na, base_version, value, na, edited_at "
                        "FROM cells ORDER BY assignment_id, criterion_id");
        while (q.step()) {
            PacketCell cell;
            cell.assignmentId = q.text(0);
            cell.criterionId = q.text(1);
            cell.baseValue = q.real(2);
            cell.baseNotApplicable = q.integer(3) != 0;
            cell.baseVersion = int(q.integer(4));
            cell.value = q.real(5);
            cell.notApplicable = q.integer(6) != 0;
            cell.editedAt = fromTimestamp(q.text(7));
            c.cells.append(cell);
        }
    }
    {
        Statement q(db, "SELECT value FROM state WHERE key = 'submitted_at'");
        if (q.step())
            c.submittedAt = fromTimestamp(q.text(0));
    }
    return c;
}

// Opens `path` and runs every check of PacketFile::read() on it.
Status openChecked(Db &db, const QString &path, bool writable)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists())
        return Error{PacketFile::tr("“%1” does not exist.").arg(name)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{PacketFile::tr("“%1” cannot be read: %2").arg(name, file.errorString())};
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{PacketFile::tr("“%1” is not a Cohort review packet (it is not an SQLite file).").arg(name)};
    const int flags = writable ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
    if (Status opened = db.open(path, flags); !opened)
        return opened;
    {
        Statement q(db, "PRAGMA application_id");
        if (!q.step() || q.integer(0) != kApplicationId)
            return Error{PacketFile::tr("“%1” is an SQLite file but not a Cohort review packet.").arg(name)};
    }
    auto schema = schemaOf(db);
    if (!schema)
        return Error{PacketFile::tr("“%1” is damaged: %2").arg(name, schema.error())};
    if (schema.value() != expectedSchema()) {
        const QSet<QString> expected(expectedSchema().cbegin(), expectedSchema().cend());
        QStringList extra;
        for (const QString &row : schema.value()) {
            if (!expected.contains(row))
                extra.append(row.section(QChar(0x1f), 0, 0) + QLatin1Char(' ') + row.section(QChar(0x1f), 1, 1));
        }
        return Error{
            extra.isEmpty()
                ? PacketFile::tr("“%1” does not have the schema of a review packet (tables are missing).").arg(name)
                : PacketFile::tr("“%1” does not have the schema of a review packet: %2 should not be there.")
                      .arg(name, extra.join(QStringLiteral(", ")))};
    }
    {
        Statement q(db, "PRAGMA quick_check");
        const QString result = q.step() ? q.text(0) : db.error();
        if (result != QLatin1String("ok"))
            return Error{PacketFile::tr("“%1” is damaged: %2").arg(name, result)};
    }
    return {};
}

} // namespace

// --- PacketFile ---

QByteArray PacketFile::mac(const PacketContent &content, const QByteArray &secret)
{
    return QMessageAuthenticationCode::hash(signedBytes(content), secret, QCryptographicHash::Sha256);
}

bool PacketFile::verify(const PacketContent &content, const QByteArray &secret)
{
    const QByteArray expected = mac(content, secret);
    // Constant-time comparison: a forger learns nothing from how long it took.
    if (expected.size() != content.mac.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ content.mac[i]);
    return difference == 0;
}

QString PacketFile::rubricHash(QList<Criterion> criteria)
{
    std::sort(criteria.begin(), criteria.end(), [](const Criterion &a, const Criterion &b) {
        return std::tie(a.role, a.sortOrder, a.id) < std::tie(b.role, b.sortOrder, b.id);
    });
    Canonical out;
    for (const Criterion &k : std::as_const(criteria)) {
        out.field(k.id);
        out.field(k.role);
        out.field(k.name);
        out.field(k.scaleMin);
        out.field(k.scaleMax);
        out.field(std::optional<double>(k.weight));
        out.field(k.allowNotApplicable ? 1 : 0);
        out.field(k.sortOrder);
        out.endRow();
    }
    return QString::fromLatin1(QCryptographicHash::hash(out.bytes(), QCryptographicHash::Sha256).toHex());
}

QString PacketFile::fileName(const QString &reviewerName, const QString &cycleName)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\p{L}\\p{N}_-]+"));
    auto part = [](QString text) {
        text = text.simplified().replace(unsafe, QStringLiteral("-"));
        while (text.startsWith(QLatin1Char('-')))
            text.remove(0, 1);
        while (text.endsWith(QLatin1Char('-')))
            text.chop(1);
        return text.isEmpty() ? QStringLiteral("packet") : text;
    };
    return part(reviewerName) + QLatin1Char('-') + part(cycleName) + QLatin1Char('.') + suffix();
}

Status PacketFile::write(const QString &path, const PacketContent &content, const QByteArray &secret)
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Error{tr("The folder “%1” does not exist.").arg(target.absolutePath())};
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        // Created 0600 before anything is written into it.
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{tr("“%1” cannot be written: %2").arg(target.fileName(), file.errorString())};
    }
    auto failed = [&](const QString &why) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return Error{tr("“%1” cannot be written: %2").arg(target.fileName(), why)};
    };
    {
        Db db;
        if (Status s = db.open(temporary, SQLITE_OPEN_READWRITE); !s)
            return failed(s.error());
        const QByteArray pragma = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
        if (Status s = db.exec(pragma.constData()); !s)
            return failed(s.error());
        if (Status s = db.exec("PRAGMA user_version = 1"); !s)
            return failed(s.error());
        if (Status s = db.exec("BEGIN"); !s)
            return failed(s.error());
        for (const char *statement : kSchema) {
            if (Status s = db.exec(statement); !s)
                return failed(s.error());
        }
        const PacketMeta &m = content.meta;
        const QList<std::pair<QString, QString>> meta = {
            {QStringLiteral("format"), QString::number(FormatVersion)},
            {QStringLiteral("packet_id"), m.packetId},
            {QStringLiteral("program_id"), m.programId},
            {QStringLiteral("program_name"), m.programName},
            {QStringLiteral("cycle_id"), m.cycleId},
            {QStringLiteral("cycle_name"), m.cycleName},
            {QStringLiteral("reviewer_id"), m.reviewerId},
            {QStringLiteral("reviewer_name"), m.reviewerName},
            {QStringLiteral("rubric_hash"), m.rubricHash},
            {QStringLiteral("exported_at"), timestamp(m.exportedAt)},
            {QStringLiteral("blind"), m.blind ? QStringLiteral("1") : QStringLiteral("0")},
            {QStringLiteral("mac"), QString::fromLatin1(mac(content, secret).toHex())},
        };
        Statement insertMeta(db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        for (const auto &[key, value] : meta) {
            if (Status s = insertMeta.bind(1, key).bind(2, value).run(); !s)
                return failed(s.error());
        }
        Statement insertApplication(db, "INSERT INTO applications (id, code, role, title) VALUES (?, ?, ?, ?)");
        Statement insertField(db,
                              "INSERT INTO application_fields (application_id, position, label, value) VALUES (?, ?, "
                              "?, ?)");
        for (const PacketApplication &a : content.applications) {
            if (Status s = insertApplication.bind(1, a.id).bind(2, a.code).bind(3, a.role).bind(4, a.title).run(); !s)
                return failed(s.error());
            for (int i = 0; i < a.fields.size(); ++i) {
                if (Status s = insertField.bind(1, a.id)
                                   .bind(2, qint64(i))
                                   .bind(3, a.fields.at(i).first)
                                   .bind(4, a.fields.at(i).second)
                                   .run();
                    !s)
                    return failed(s.error());
            }
        }
        Statement insertCriterion(db, "INSERT INTO criteria (id, role, name, guidance, scale_min, scale_max, weight, "
                                      "allow_na, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const Criterion &k : content.criteria) {
            if (Status s = insertCriterion.bind(1, k.id)
                               .bind(2, k.role)
                               .bind(3, k.name)
                               .bind(4, k.guidance)
                               .bind(5, qint64(k.scaleMin))
                               .bind(6, qint64(k.scaleMax))
                               .bind(7, std::optional<double>(k.weight))
                               .bind(8, qint64(k.allowNotApplicable ? 1 : 0))
                               .bind(9, qint64(k.sortOrder))
                               .run();
                !s)
                return failed(s.error());
        }
        Statement insertAssignment(db, "INSERT INTO assignments (id, application_id, base_comment, base_version, "
                                       "base_submitted, comment, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (const PacketAssignment &a : content.assignments) {
            if (Status s = insertAssignment.bind(1, a.id)
                               .bind(2, a.applicationId)
                               .bind(3, a.baseComment)
                               .bind(4, qint64(a.baseVersion))
                               .bind(5, qint64(a.baseSubmitted ? 1 : 0))
                               .bind(6, a.comment)
                               .bindOrNull(7, timestamp(a.editedAt))
                               .run();
                !s)
                return failed(s.error());
        }
        Statement insertCell(db, "INSERT INTO cells (assignment_id, criterion_id, base_value, base_na, base_version, "
                                 "value, na, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const PacketCell &cell : content.cells) {
            if (Status s = insertCell.bind(1, cell.assignmentId)
                               .bind(2, cell.criterionId)
                               .bind(3, cell.baseValue)
                               .bind(4, qint64(cell.baseNotApplicable ? 1 : 0))
                               .bind(5, qint64(cell.baseVersion))
                               .bind(6, cell.value)
                               .bind(7, qint64(cell.notApplicable ? 1 : 0))
                               .bindOrNull(8, timestamp(cell.editedAt))
                               .run();
                !s)
                return failed(s.error());
        }
        if (content.submittedAt.isValid()) {
            Statement insertState(db, "INSERT INTO state (key, value) VALUES ('submitted_at', ?)");
            if (Status s = insertState.bind(1, timestamp(content.submittedAt)).run(); !s)
                return failed(s.error());
        }
        if (Status s = db.exec("COMMIT"); !s)
            return failed(s.error());
    }
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), error);
    if (error)
        return failed(QString::fromStdString(error.message()));
    return {};
}

Result<PacketContent> PacketFile::read(const QString &path)
{
    Db db;
    if (Status checked = openChecked(db, path, false); !checked)
        return Error{checked.error()};
    auto content = readContent(db);
    if (!content)
        return Error{tr("“%1”: %2").arg(QFileInfo(path).fileName(), content.error())};
    return content;
}

// --- PacketEditor ---

struct PacketEditor::Handle
{
    Db db;
};

PacketEditor::PacketEditor() = default;

PacketEditor::~PacketEditor()
{
    close();
}

void PacketEditor::close()
{
    delete m_handle;
    m_handle = nullptr;
    m_path.clear();
    m_content = {};
}

bool PacketEditor::isOpen() const
{
    return m_handle != nullptr;
}

Status PacketEditor::open(const QString &path)
{
    close();
    auto handle = std::make_unique<Handle>();
    if (Status checked = openChecked(handle->db, path, true); !checked)
        return checked;
    auto content = readContent(handle->db);
    if (!content)
        return Error{content.error()};
    m_content = std::move(content).value();
    m_handle = handle.release();
    m_path = path;
    return {};
}

Status PacketEditor::setCells(const QList<CellEdit> &edits)
{
    if (!m_handle)
        return Error{tr("No review packet is open.")};
    if (m_content.submittedAt.isValid())
        return Error{tr("This packet is submitted; mark it as not submitted to change scores.")};
    QHash<QString, int> cellAt;
    for (int i = 0; i < m_content.cells.size(); ++i)
        cellAt.insert(m_content.cells.at(i).assignmentId + QLatin1Char('|') + m_content.cells.at(i).criterionId, i);
    QHash<QString, const Criterion *> criteria;
    for (const Criterion &k : std::as_const(m_content.criteria))
        criteria.insert(k.id, &k);
    QSet<QString> submitted;
    for (const PacketAssignment &a : std::as_const(m_content.assignments)) {
        if (a.baseSubmitted)
            submitted.insert(a.id);
    }
    for (const CellEdit &edit : edits) {
        const Criterion *k = criteria.value(edit.criterionId);
        if (!k || !cellAt.contains(edit.assignmentId + QLatin1Char('|') + edit.criterionId))
            return Error{tr("The packet has no such score cell.")};
        if (submitted.contains(edit.assignmentId))
            return Error{tr("These scores were submitted before the packet was made; the chair can reopen them.")};
        if (edit.value && edit.notApplicable)
            return Error{tr("A score for “%1” is either a value or N/A.").arg(k->name)};
        if (edit.notApplicable && !k->allowNotApplicable)
            return Error{tr("“%1” does not allow N/A.").arg(k->name)};
        if (edit.value && (!std::isfinite(*edit.value) || *edit.value < k->scaleMin || *edit.value > k->scaleMax))
            return Error{
                tr("Score %1 for “%2” is outside %3–%4.")
                    .arg(std::isfinite(*edit.value) ? QString::number(*edit.value) : tr("(not a number)"), k->name)
                    .arg(k->scaleMin)
                    .arg(k->scaleMax)};
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (Status s = m_handle->db.exec("BEGIN IMMEDIATE"); !s)
        return Error{tr("The packet cannot be written: %1").arg(s.error())};
    Statement update(m_handle->db,
                     "UPDATE cells SET value = ?, na = ?, edited_at = ? WHERE assignment_id = ? AND criterion_id = ?");
    for (const CellEdit &edit : edits) {
        if (Status s = update.bind(1, edit.value)
                           .bind(2, qint64(edit.notApplicable ? 1 : 0))
                           .bind(3, timestamp(now))
                           .bind(4, edit.assignmentId)
                           .bind(5, edit.criterionId)
                           .run();
            !s) {
            m_handle->db.rollback();
            return Error{tr("The packet cannot be written: %1").arg(s.error())};
        }
    }
    if (Status s = m_handle->db.exec("COMMIT"); !s) {
        m_handle->db.rollback();
        return Error{tr("The packet cannot be written: %1").arg(s.error())};
    }
    for (const CellEdit &edit : edits) {
        PacketCell &cell = m_content.cells[cellAt.value(edit.assignmentId + QLatin1Char('|') + edit.criterionId)];
        cell.value = edit.value;
        cell.notApplicable = edit.notApplicable;
        cell.editedAt = now;
    }
    return {};
}

Status PacketEditor::setComment(const QString &assignmentId, const QString &comment)
{
    if (!m_handle)
        return Error{tr("No review packet is open.")};
    if (m_content.submittedAt.isValid())
        return Error{tr("This packet is submitted; mark it as not submitted to change comments.")};
    auto it = std::find_if(m_content.assignments.begin(), m_content.assignments.end(),
                           [&](const PacketAssignment &a) { return a.id == assignmentId; });
    if (it == m_content.assignments.end())
        return Error{tr("The packet has no such application.")};
    if (it->baseSubmitted)
        return Error{tr("These scores were submitted before the packet was made; the chair can reopen them.")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement update(m_handle->db, "UPDATE assignments SET comment = ?, edited_at = ? WHERE id = ?");
    if (Status s = update.bind(1, comment).bind(2, timestamp(now)).bind(3, assignmentId).run(); !s)
        return Error{tr("The packet cannot be written: %1").arg(s.error())};
    it->comment = comment;
    it->editedAt = now;
    return {};
}

Status PacketEditor::setSubmitted(bool submitted)
{
    if (!m_handle)
        return Error{tr("No review packet is open.")};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Statement write(m_handle->db, submitted ? "INSERT OR REPLACE INTO state (key, value) VALUES ('submitted_at', ?)"
                                            : "DELETE FROM state WHERE key = 'submitted_at'");
    if (submitted)
        write.bind(1, timestamp(now));
    if (Status s = write.run(); !s)
        return Error{tr("The packet cannot be written: %1").arg(s.error())};
    m_content.submittedAt = submitted ? now : QDateTime();
    return {};
}

} // namespace cohort
