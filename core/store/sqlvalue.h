#pragma once

#include <QDate>
#include <QString>
#include <QVariant>

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

} // namespace cohort
