#pragma once

#include "result.h"

#include <QHash>
#include <QString>
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

private:
    struct Native; // a prepared sqlite3 statement
    Status runNative(const QString &sql, const QVariantList &values, const std::function<QString()> &what);

    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    // SQLite: resolved on first use (nullptr when the driver gives no handle).
    bool m_resolved = false;
    sqlite3 *m_sqlite = nullptr;
    QHash<QString, std::shared_ptr<Native>> m_native;
    QString m_lastSql; // shares the data of the last statement's text: a bulk run skips hashing it
    Native *m_last = nullptr;
    std::string m_text;                                   // UTF-8 of one row's text values
    std::vector<std::pair<std::size_t, int>> m_textSpans; // offset, length in m_text per value
};

} // namespace cohort
