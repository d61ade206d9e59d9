#include "store/statementcache.h"

#include "db/database.h"

#include <QSqlQuery>

namespace cohort {

StatementCache::StatementCache(Database &db) : m_db(db)
{}

StatementCache::~StatementCache() = default;

Status StatementCache::run(const QString &sql, const QVariantList &values, const std::function<QString()> &what)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_shared<QSqlQuery>(m_db.connection());
        if (!query->prepare(sql))
            return Database::queryError(*query, what());
        it = m_queries.insert(sql, std::move(query));
    }
    QSqlQuery &query = **it;
    static const QString empty = QStringLiteral("");
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // Qt Sql binds a null QString as SQL NULL, but an empty text field of a domain value is
        // '' (the columns are NOT NULL DEFAULT ''). A deliberate NULL is a null QVariant
        // (QVariant(QMetaType(...))), which stays NULL.
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.bindValue(static_cast<int>(i), empty);
        else
            query.bindValue(static_cast<int>(i), value);
    }
    if (!query.exec())
        return Database::queryError(query, what());
    return {};
}

} // namespace cohort
