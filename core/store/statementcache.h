#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlQuery;

namespace cohort {

class Database;

// Statements prepared once and run many times. Bulk writers (imports, the demo generator) keep
// one cache for the whole run and pass it to the stores' insert methods, so that an INSERT is
// prepared once and only rebound per row; a single insert uses a short-lived cache.
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
    Database &m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace cohort
