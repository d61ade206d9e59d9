#include "store/matchstore.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace cohort {

Result<QList<MatchStatusCount>> MatchStore::countByStatus(const QString &cycleId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT status, COUNT(*) FROM matches WHERE cycle_id = ? GROUP BY status ORDER BY status"));
    query.addBindValue(cycleId);
    if (!query.exec())
        return Database::queryError(query, tr("Counting matches"));
    QList<MatchStatusCount> counts;
    while (query.next())
        counts.append({query.value(0).toString(), query.value(1).toInt()});
    return counts;
}

} // namespace cohort
