#pragma once

#include <QDate>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace cohort {

// Qt binds a null QString as SQL NULL, which NOT NULL text columns refuse. Text that may be
// null (a default-constructed field) goes through text(); a missing date goes through date().
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

inline QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

// Prepares sql, binds values by position and runs it, forward only (the stores' read and write
// helper; the caller turns a false into Database::queryError).
namespace sql {
inline bool run(QSqlQuery &query, const QString &statement, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return false;
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}
} // namespace sql

} // namespace cohort
