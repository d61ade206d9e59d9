#include "store/bulkwrite.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace cohort {

BulkWrite::BulkWrite(Database &db, int cacheMebibytes) : m_db(db)
{
    if (db.dialect() != Database::Dialect::Sqlite)
        return;
    QSqlQuery query(db.connection());
    if (!query.exec(QStringLiteral("PRAGMA cache_size")) || !query.next())
        return;
    m_previousCacheSize = query.value(0).toInt();
    query.finish();
    // A negative cache_size is in KiB.
    m_changed = db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(-1024 * cacheMebibytes)).ok();
}

BulkWrite::~BulkWrite()
{
    if (m_changed)
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previousCacheSize));
}

} // namespace cohort
