#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace cohort {

// Primary keys are UUIDs stored as text so that records from other files merge without renumbering.
inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Timestamps are UTC ISO-8601 text with seconds.
inline QString toTimestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

inline QString nowTimestamp()
{
    return toTimestamp(QDateTime::currentDateTimeUtc());
}

inline QString toIsoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace cohort
