#pragma once

#include "result.h"

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <QVariantList>

#include <functional>
#include <memory>
#include <string>
#include <vector>

class QSqlQuery;
struct sqlite3;
struct sqlite3_stmt;

namespace cohort {

class Database;

// The values of one execution of a statement, for bulk writers that bind hundreds of thousands
// of values: appended without a QVariant each, and text encoded to UTF-8 as it is appended (so a
// temporary, such as a joined list, may be passed). clear() keeps the memory for the next rows.
// They bind as the same values as a QVariantList would: text as text (a null QString as ''),
// ints, doubles, and NULL.
class BindValues
{
public:
    void clear();
    void reserve(qsizetype values, qsizetype textBytes);
    qsizetype size() const { return qsizetype(m_values.size()); }

    void addText(QStringView text);
    void addInt(int value);
    void addDouble(double value);
    void addNull(QMetaType::Type type); // the type matters to Qt Sql (PostgreSQL), not to SQLite

    // As a QVariantList, for Qt Sql.
    QVariantList toVariants() const;

private:
    friend class StatementCache;
    enum class Kind : unsigned char
    {
        Text,
        Int,
        Double,
        Null
    };
    struct Value
    {
        Kind kind = Kind::Null;
        int number = 0;     // Int; Null: the QMetaType::Type
        double real = 0;    // Double
        std::size_t at = 0; // Text: offset in m_text
        int length = 0;     // Text: bytes
    };
    std::vector<Value> m_values;
    std::string m_text; // UTF-8 of all text values, one after another
};

// Statements prepared once and run many times. Bulk writers (imports, the demo generator) keep
// one cache for the whole run and pass it to the stores' insert methods, so that an INSERT is
// prepared once and only rebound per row; a single insert uses a short-lived cache.
//
// On SQLite the statements go through the sqlite3 C API on the connection's own handle (Qt's
// QSQLITE driver on Debian links the same system libsqlite3): Qt Sql's per-value bookkeeping and
// SQLite's per-value UTF-16 → UTF-8 conversion (a malloc per text value) were most of an import's
// writing time. Text is encoded to UTF-8 into one reused buffer and bound without copying. The
// values bind exactly as Qt Sql binds them. PostgreSQL keeps the Qt Sql path.
class StatementCache
{
public:
    explicit StatementCache(Database &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // Prepares sql on first use, binds values by position and executes. A null QString binds
    // as '' and a null QVariant (QVariant(QMetaType(...))) as NULL. `what` names the
    // operation for the error message ("Saving score"); it is only called on failure, so a bulk
    // run does not pay for translating and formatting a message per row.
    Status run(const QString &sql, const QVariantList &values, const std::function<QString()> &what);
    // The same for values appended without QVariants (bulk inserts).
    Status run(const QString &sql, const BindValues &values, const std::function<QString()> &what);
    // The rows the last successful run() inserted, updated or deleted (for version-checked
    // writes, which change exactly one row or find someone else's change).
    int changes() const { return m_changes; }

private:
    struct Native; // a prepared sqlite3 statement
    Status runNative(const QString &sql, const QVariantList &values, const std::function<QString()> &what);
    // The prepared statement for sql (prepared on first use), or an error.
    Result<sqlite3_stmt *> nativeStatement(const QString &sql, qsizetype valueCount,
                                           const std::function<QString()> &what);
    // Steps a bound statement once and resets it.
    Status step(sqlite3_stmt *statement, const std::function<QString()> &what);
    Error nativeError(const std::function<QString()> &what, const char *message = nullptr) const;

    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    // SQLite: resolved on first use (nullptr when the driver gives no handle).
    bool m_resolved = false;
    sqlite3 *m_sqlite = nullptr;
    QHash<QString, std::shared_ptr<Native>> m_native;
    QString m_lastSql; // shares the data of the last statement's text: a bulk run skips hashing it
    Native *m_last = nullptr;
    int m_changes = 0;
    std::string m_text;                                   // UTF-8 of one row's text values
    std::vector<std::pair<std::size_t, int>> m_textSpans; // offset, length in m_text per value
};

} // namespace cohort
